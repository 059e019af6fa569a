"""ningbo_indicators: quantitative indicators of Chinese government work reports as records.

>>> from ningbo_indicators import extract
>>> r = extract("地区生产总值增长6%左右。")[0]
>>> (r.value, r.unit, r.kind, r.qualifier)
(6.0, '%', 'growth', 'about')
"""

__version__ = "0.1.0"  # (before the imports: compiled.py names its cache file after it)

from .model import FIELDS, Record  # noqa: E402
from .pipeline import extract  # noqa: E402

__all__ = ["FIELDS", "Record", "extract", "__version__"]
