"""Spans -> values: the number, the unit as written, base value and unit, dimension, kind,
qualifier. Pure functions of a `Span`; context (growth vs ratio, indicator) is added later.
"""

# (no `from __future__ import annotations`, as in model.py: its dataclasses are made faster)
from dataclasses import dataclass
from functools import lru_cache

from .extractors.quantity import Span
from .numbers import PRECISION, magnitude_power, parse_numeral, power_of_ten, scaled
from .units import COUNT_WORDS, QUALIFIER_WORDS, RATE_VERBS, UNITS

RATE_DIMENSIONS = ("percent", "pp", "multiple")


@dataclass(slots=True)
class Quantity:
    """A span read: its value and unit as written, in base units, its dimension, a provisional
    kind and its qualifier. The values are the floats a record carries, each the nearest to the
    value as written (`numbers.parse_numeral`) and to that value moved to base units
    (`numbers.scaled`: rounded first to 28 significant digits, as `decimal` rounded a product,
    which only a number longer than any report writes reaches)."""

    value: float
    unit: str
    base_value: float
    base_unit: str
    dimension: str
    kind: str  # "growth" is decided from context for percent; here percent -> "ratio"
    qualifier: str


@dataclass(frozen=True, slots=True)
class UnitReading:
    """What a span's unit parts say: the unit as written, the base unit, the dimension, the
    provisional kind, and the power of ten that takes a value to base units (magnitude factor ×
    unit factor = 10**power). One for every span written alike (`_unit_of`, cached), shared by
    every figure, document and thread: frozen, so it cannot be changed. (Not a named tuple: a
    slot is read faster than a tuple's item by name, 7 M instructions of a second extract() on
    1 MB.)"""

    unit: str
    base_unit: str
    dimension: str
    kind: str
    power: int


def normalize_span(span: Span) -> Quantity:
    """Value, units, dimension, provisional kind and qualifier of a span.

    Raises `numbers.NumberError` when the number cannot be read.
    """
    unit, value, base, qualifier = read_span(span)
    return Quantity(value, unit.unit, base, unit.base_unit, unit.dimension, unit.kind, qualifier)


def read_span(span: Span) -> tuple[UnitReading, float, float, str]:
    """`normalize_span`'s parts, no `Quantity` made: the reading of the span's unit (one object
    for every span written alike), the value, the value in base units and the qualifier (the
    pipeline keeps them on its mention: an object less per figure; `pipeline._mention` reads
    them so, inline).

    Raises `numbers.NumberError` when the number cannot be read.
    """
    unit = _unit_of(span.unit, span.split_unit, span.magnitude)
    value, base = _values(span.number, unit.power)
    # qualifier_of(span), inline: a call less per span
    word = span.post or span.mid or span.pre
    return unit, value, base, QUALIFIER_WORDS[word] if word else "exact"


@lru_cache(maxsize=4096)
def _values(number: str, power: int) -> tuple[float, float]:
    """The value of a number as written and its value × 10**power, as floats: read once for
    every span written alike (cached).

    Raises `numbers.NumberError` when the number cannot be read.
    """
    # 1065, 6.5 (most numbers): ASCII digits, a point and more, no longer than PRECISION, which
    # parse_numeral and scaled give as written (scaled with the power after an e), without
    # their steps
    whole, point, decimals = number.partition(".")
    if (
        number.isascii()
        and whole.isdigit()
        and (decimals.isdigit() or not point)
        and len(number) <= PRECISION
    ):
        value = float(number)
        return value, float(f"{number}e{power}") if power else value
    numeral = parse_numeral(number)
    value = float(numeral)
    return value, float(scaled(numeral, power)) if power else value


@lru_cache(maxsize=1024)
def _unit_of(unit: str, split_unit: str, magnitude: str) -> UnitReading:
    """The `UnitReading` of a span's unit parts: table look-ups, the same for every span written
    alike (cached)."""
    if split_unit:
        unit_key = f"{unit}/{split_unit}"
        base_unit, dimension, unit_factor = UNITS[unit_key]
        unit_written = unit_key
    elif unit in UNITS:
        base_unit, dimension, unit_factor = UNITS[unit]
        unit_written = magnitude + unit
    elif unit in COUNT_WORDS:
        base_unit, dimension, unit_factor = unit, "count", 1
        unit_written = magnitude + unit
    else:  # a magnitude with no measure word: 6434万农村人口
        base_unit, dimension, unit_factor = "", "count", 1
        unit_written = magnitude
    if dimension == "percent":
        kind = "ratio"
    elif dimension in ("pp", "multiple"):
        kind = dimension
    elif dimension == "count":
        kind = "count"
    else:
        kind = "amount"
    # (every factor of the tables is a power of ten: a base value is the number with its point
    # moved, exactly; power_of_ten raises for any other unit factor)
    power = magnitude_power(magnitude) + power_of_ten(str(unit_factor))
    return UnitReading(unit_written, base_unit, dimension, kind, power)


def qualifier_of(span: Span) -> str:
    """The qualifier touching the number: after it, inside it (余/多), then before it.

    >>> from ningbo_indicators.extractors.quantity import Span
    >>> qualifier_of(Span(0, 0, 0, 0, "6", "", "%", "", "", "左右", "增长"))
    'about'
    """
    for word in (span.post, span.mid, span.pre):
        if word:
            return QUALIFIER_WORDS[word]
    return "exact"


def verb_direction(span: Span) -> str | None:
    return RATE_VERBS.get(span.verb)
