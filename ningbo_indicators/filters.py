"""Selecting records: the filters shared by `extract`, `show`, `summary`, `html` and `export`."""

# (no `from __future__ import annotations`, as in model.py: its dataclasses are made faster)
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, fields

import regex


@dataclass(frozen=True)
class Filters:
    """All given filters must hold; None means 'any'."""

    kind: tuple[str, ...] = ()
    dimension: tuple[str, ...] = ()
    status: str | None = None
    year: int | None = None
    qualifier: tuple[str, ...] = ()
    unit: tuple[str, ...] = ()
    base_unit: tuple[str, ...] = ()
    indicator: str | None = None
    section: str | None = None
    grep: str | None = None
    min: float | None = None
    max: float | None = None
    indicator_key: tuple[str, ...] = ()
    period: tuple[str, ...] = ()

    def active(self) -> bool:
        return any(getattr(self, f.name) not in (None, ()) for f in fields(self))

    def compiled_grep(self):
        return regex.compile(self.grep) if self.grep else None

    def matches(self, r, grep=None) -> bool:
        """True when record `r` passes every filter.

        >>> from ningbo_indicators import extract
        >>> r = extract("地区生产总值增长6%左右。")[0]
        >>> Filters(kind=("growth",), min=5).matches(r), Filters(status="actual").matches(r)
        (True, True)
        >>> Filters(period=("year",)).matches(r), Filters(period=("years", "part")).matches(r)
        (True, False)
        """
        if self.kind and r.kind not in self.kind:
            return False
        if self.dimension and r.dimension not in self.dimension:
            return False
        if self.status and r.status != self.status:
            return False
        if self.year is not None and r.year != self.year:
            return False
        if self.qualifier and r.qualifier not in self.qualifier:
            return False
        if self.unit and r.unit not in self.unit:
            return False
        if self.base_unit and r.base_unit not in self.base_unit:
            return False
        if self.indicator and self.indicator not in (r.indicator or ""):
            return False
        if self.section and self.section not in (r.section or ""):
            return False
        if self.min is not None and r.base_value < self.min:
            return False
        if self.max is not None and r.base_value > self.max:
            return False
        if self.indicator_key and getattr(r, "indicator_key", None) not in self.indicator_key:
            return False
        if self.period and getattr(r, "period", "year") not in self.period:
            return False
        if grep is not None and not grep.search(r.sentence or ""):
            return False
        return True


def select(records: Iterable, filters: Filters, limit: int | None = None) -> Iterator:
    """The records that pass `filters`, at most `limit` of them."""
    grep = filters.compiled_grep()
    n = 0
    for r in records:
        if limit is not None and n >= limit:
            return
        if filters.matches(r, grep):
            n += 1
            yield r
