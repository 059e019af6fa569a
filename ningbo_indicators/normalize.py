"""Spans -> values: the number, the unit as written, base value and unit, dimension, kind,
qualifier. Pure functions of a `Span`; context (growth vs ratio, indicator) is added later.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from .extractors.quantity import Span
from .numbers import magnitude_value, parse_number
from .units import COUNT_WORDS, QUALIFIER_WORDS, RATE_VERBS, UNITS

RATE_DIMENSIONS = ("percent", "pp", "multiple")


@dataclass(slots=True)
class Quantity:
    value: Decimal
    unit: str
    base_value: Decimal
    base_unit: str
    dimension: str
    kind: str  # "growth" is decided from context for percent; here percent -> "ratio"
    qualifier: str


def normalize_span(span: Span) -> Quantity:
    """Value, units, dimension, provisional kind and qualifier of a span.

    Raises `numbers.NumberError` when the number cannot be read.
    """
    value = parse_number(span.number)
    factor = magnitude_value(span.magnitude) if span.magnitude else Decimal(1)
    if span.split_unit:
        unit_key = f"{span.unit}/{span.split_unit}"
        base_unit, dimension, unit_factor = UNITS[unit_key]
        unit_written = unit_key
    elif span.unit in UNITS:
        base_unit, dimension, unit_factor = UNITS[span.unit]
        unit_written = span.magnitude + span.unit
    elif span.unit in COUNT_WORDS:
        base_unit, dimension, unit_factor = span.unit, "count", 1
        unit_written = span.magnitude + span.unit
    else:  # a magnitude with no measure word: 6434万农村人口
        base_unit, dimension, unit_factor = "", "count", 1
        unit_written = span.magnitude
    base = value * factor * Decimal(str(unit_factor))
    if dimension == "percent":
        kind = "ratio"
    elif dimension in ("pp", "multiple"):
        kind = dimension
    elif dimension == "count":
        kind = "count"
    else:
        kind = "amount"
    return Quantity(
        value=value,
        unit=unit_written,
        base_value=base,
        base_unit=base_unit,
        dimension=dimension,
        kind=kind,
        qualifier=qualifier_of(span),
    )


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


def as_float(d: Decimal) -> float:
    """Decimal -> float, integral values exact (16.4亿 -> 1640000000.0)."""
    return float(d)
