"""ningbo_indicators: quantitative indicators of Chinese government work reports as records.

>>> from ningbo_indicators import extract
>>> r = extract("地区生产总值增长6%左右。")[0]
>>> (r.value, r.unit, r.kind, r.qualifier)
(6.0, '%', 'growth', 'about')
"""

__version__ = "0.1.0"  # (before the imports: compiled.py names its cache file after it)

import gc as _gc  # noqa: E402

# The imports below build the package's tables and patterns: many objects, no garbage. The
# collector, left on, would walk them again and again while they are made (31 collections);
# it is paused meanwhile, and walks them once when next run (-0.9 % of the command's start-up).
_collecting = _gc.isenabled()
_gc.disable()
try:
    from .model import FIELDS, Record
    from .pipeline import extract
finally:
    if _collecting:
        _gc.enable()
    del _collecting, _gc

__all__ = ["FIELDS", "Record", "extract", "__version__"]
