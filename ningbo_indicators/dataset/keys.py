"""Canonical indicator keys: a data table (data/indicators.csv) that users can read and extend.

One row per key: `key`, Chinese `name`, the `kinds` it applies to, the `base_unit`s it takes,
and a regular expression `pattern` searched in a record's indicator phrase. The first row
whose pattern, kind and base unit all fit gives the record its `indicator_key`; matching is by
rules over the phrase, never by position in a report.
"""

from __future__ import annotations

import csv
import functools
import io
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

import regex

COLUMNS = ("key", "name", "kinds", "base_unit", "pattern", "note")
_QUOTES = str.maketrans("", "", "“”\"'‘’")


class KeyTableError(ValueError):
    """A key table that cannot be read; the message names the row."""


@dataclass(frozen=True)
class IndicatorKey:
    key: str
    name: str
    kinds: tuple[str, ...]
    base_units: tuple[str, ...]
    pattern: regex.Pattern
    note: str = ""

    def fits(self, indicator: str, kind: str, base_unit: str) -> bool:
        return (
            kind in self.kinds
            and (not self.base_units or base_unit in self.base_units)
            and self.pattern.search(indicator) is not None
        )


def parse_table(text: str, origin: str = "indicators.csv") -> tuple[IndicatorKey, ...]:
    """Rows of a key table (CSV text with the COLUMNS header)."""
    reader = csv.DictReader(io.StringIO(text))
    missing = [c for c in COLUMNS[:5] if c not in (reader.fieldnames or ())]
    if missing:
        raise KeyTableError(f"{origin}: missing column(s) {', '.join(missing)}")
    keys = []
    for line, row in enumerate(reader, start=2):
        if None in row:
            raise KeyTableError(f"{origin}:{line}: too many fields (quote a pattern with commas)")
        try:
            pattern = regex.compile(row["pattern"])
        except regex.error as exc:
            raise KeyTableError(f"{origin}:{line}: bad pattern: {exc}") from None
        keys.append(
            IndicatorKey(
                key=row["key"].strip(),
                name=row["name"].strip(),
                kinds=tuple(k.strip() for k in row["kinds"].split("|") if k.strip()),
                base_units=tuple(
                    u.strip() for u in (row["base_unit"] or "").split("|") if u.strip()
                ),
                pattern=pattern,
                note=(row.get("note") or "").strip(),
            )
        )
    return tuple(keys)


@functools.cache
def default_keys() -> tuple[IndicatorKey, ...]:
    """The key table shipped in the package."""
    text = (resources.files("ningbo_indicators") / "data" / "indicators.csv").read_text("utf-8")
    return parse_table(text)


def load_keys(path: str | Path | None = None) -> tuple[IndicatorKey, ...]:
    """The shipped table, or a user's table read from `path` (same columns)."""
    if path is None:
        return default_keys()
    try:
        text = Path(path).read_text(encoding="utf-8-sig")
    except OSError as exc:
        raise KeyTableError(f"{path}: cannot read ({exc.strerror or exc})") from None
    return parse_table(text, str(path))


def unique_keys(keys: tuple[IndicatorKey, ...]) -> tuple[IndicatorKey, ...]:
    """One entry per key, in table order (a key may have several rows of patterns)."""
    seen: dict[str, IndicatorKey] = {}
    for k in keys:
        seen.setdefault(k.key, k)
    return tuple(seen.values())


def key_for(
    indicator: str, kind: str, base_unit: str, keys: tuple[IndicatorKey, ...] | None = None
) -> str | None:
    """The canonical key of an indicator phrase, or None.

    >>> key_for("地区生产总值", "growth", "%")
    'gdp_growth'
    >>> key_for("单位地区生产总值能耗", "growth", "%")
    'energy_intensity'
    >>> key_for("新增本外币贷款", "amount", "元") is None
    True
    """
    table = keys if keys is not None else default_keys()
    cache = _CACHE.setdefault(id(table), (table, {}))[1]  # (the table is kept alive with it)
    found = cache.get((indicator, kind, base_unit), _MISSING)
    if found is _MISSING:
        phrase = indicator.translate(_QUOTES).strip()
        found = None
        if phrase:
            for k in _by_kind(table).get(kind, ()):
                if k.fits(phrase, kind, base_unit):
                    found = k.key
                    break
        if len(cache) < 100_000:
            cache[(indicator, kind, base_unit)] = found
    return found


_MISSING = object()
_CACHE: dict[int, tuple] = {}


def _by_kind(table: tuple[IndicatorKey, ...]) -> dict[str, tuple[IndicatorKey, ...]]:
    """The rows that can fit each kind, in table order (computed once per table)."""
    entry = _KINDS.get(id(table))
    if entry is None or entry[0] is not table:
        groups: dict[str, list] = {}
        for k in table:
            for kind in k.kinds:
                groups.setdefault(kind, []).append(k)
        entry = _KINDS[id(table)] = (table, {kd: tuple(v) for kd, v in groups.items()})
    return entry[1]


_KINDS: dict[int, tuple] = {}
