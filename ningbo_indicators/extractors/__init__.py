"""Extractors find spans and name their parts; they never compute values.

`find_quantities` is the one pass over the text (numbers with a unit, magnitude or percent
sign); `exclude.RULES` are the spec's "never an indicator" rules, applied in order.
"""

from .exclude import RULES, excluded_by, ignored_regions
from .quantity import Span, find_quantities, find_range_lower

__all__ = ["RULES", "Span", "excluded_by", "find_quantities", "find_range_lower", "ignored_regions"]
