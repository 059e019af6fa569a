"""ningbo_indicators: quantitative indicators of Chinese government work reports as records.

>>> from ningbo_indicators import extract
>>> r = extract("地区生产总值增长6%左右。")[0]
>>> (r.value, r.unit, r.kind, r.qualifier)
(6.0, '%', 'growth', 'about')
"""

__version__ = "0.1.0"  # (compiled.py names its cache file after it)

import gc as _gc

TYPE_CHECKING = False  # (True for type checkers; typing is not imported for it here)
if TYPE_CHECKING:
    from .model import FIELDS, Record
    from .pipeline import extract

__all__ = ["FIELDS", "Record", "extract", "__version__"]


def __getattr__(name: str):
    """FIELDS, Record and extract, imported on first use: `import ningbo_indicators.cli` (the
    command) does not import them through here, but itself, with the collector paused and what
    they built frozen (see cli.py)."""
    if name not in ("FIELDS", "Record", "extract"):
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    # The imports build the package's tables and patterns: many objects, no garbage. The
    # collector, left on, would walk them again and again while they are made (31 collections);
    # it is paused meanwhile, and walks them once when next run.
    collecting = _gc.isenabled()
    _gc.disable()
    try:
        from .model import FIELDS, Record
        from .pipeline import extract
    finally:
        if collecting:
            _gc.enable()
    globals().update(FIELDS=FIELDS, Record=Record, extract=extract)
    return globals()[name]
