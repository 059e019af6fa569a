"""Target beside realised: for every place, plan year and key that has a target, the value the
same place's next report states for that year, the gap and whether the target was met.

The realised value of year t is the actual that the report of year t+1 states for year t (its
review part, a figure of that one year: never an average, a five-year total, a quarter). When
there is no report of year t+1, or it does not state the figure, the realised value is empty
and `met` is `unknown`: nothing is guessed.

`met`, by the target's qualifier and the key's direction (`better` in the key table: `up` for
growth, income, output; `down` for prices, unemployment, energy intensity):

| qualifier | written | met when |
|---|---|---|
| `over` | 以上, 不低于, 超过 | realised >= target |
| `under` | 以内, 以下, 不超过 | realised <= target |
| `range` | 6.5%—7% | low <= realised <= high; above high also for `up` keys, below low for `down` keys |
| `about` | 左右, 约 | realised within the band (target ± 0.5 percentage points for rates, ± 5 % of the target for levels); beyond the band on the better side also |
| `exact` | 增长6% | `up` keys: realised >= target; `down` keys: realised <= target |

A key with no direction and an `about`/`exact`/`range` target is met only inside the band or
range. `gap` is realised − target (for a range, from the nearer bound, 0 inside it).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from ..context.place import detect_place
from ..context.structure import read_structure
from ..model import Record
from ..numbers import fold
from .keys import IndicatorKey, default_keys, unique_keys
from .targets import (
    actual_for,
    bare_figure,
    carry_keys,
    target_passages,
    targets_table,
    value_in,
)

ABOUT_RATE_BAND = 0.5  # percentage points around a 左右 target of a rate
ABOUT_LEVEL_BAND = 0.05  # share of the target around a 左右 target of a level
FIELDS = (
    "place",
    "year",
    "key",
    "name",
    "target",
    "target_value",
    "target_high",
    "qualifier",
    "realized",
    "realized_value",
    "realized_source",
    "gap",
    "met",
)
TABLE_FIELDS = ("place", "year", "key", "target", "realized", "gap", "met")
EXTRA_FIELDS = ("unit", "better", "target_source", "target_sentence", "realized_sentence")
ALL_FIELDS = FIELDS + EXTRA_FIELDS
RATE_UNITS = ("%", "‰", "个百分点")


@dataclass
class Report:
    """What achievement needs of one report: where and when it plans, its targets and its
    statements of last year's figures."""

    source: str
    place: str | None
    plan_year: int | None
    targets: list
    text: str
    records: list[Record]
    doc: object
    passages: list


def read_report(
    source: str,
    text: str,
    records: list[Record],
    keys: tuple[IndicatorKey, ...] | None = None,
    place: str | None = None,
) -> Report:
    """Place, plan year and target rows of one report (one structure pass)."""
    keys = keys if keys is not None else default_keys()
    doc = read_structure(text, fold(text))
    records = carry_keys(text, records, keys, doc)
    return Report(
        source=source,
        place=place or detect_place(text),
        plan_year=doc.plan_year,
        targets=targets_table(text, records, keys, other_keys=True, doc=doc),
        text=text,
        records=records,
        doc=doc,
        passages=target_passages(text, doc),
    )


def realized_in(report: Report, key: str, year: int) -> Record | None:
    """The figure of `key` for `year` that `report` states as a result, or None."""
    found = actual_for(
        report.text,
        key,
        [r for r in report.records if r.indicator_key == key],
        report.doc,
        report.passages,
    )
    if found is None:
        return None
    # a result of the review part must be of that year; a figure of a review paragraph in the
    # plan part (过去一年，…增长10.3%) is the year before the plan by its wording
    if found.status == "actual" and found.year not in (year, None):
        return None
    if found.status == "target" and report.plan_year != year + 1:
        return None
    return found


def judge(
    qualifier: str, target: float, high: float | None, realized: float, better: str, unit: str
) -> tuple[float, str]:
    """(gap, met) of one target and its realised value, by the rules of the module docstring.

    >>> judge("about", 6, None, 6.3, "up", "%")
    (0.3, 'yes')
    >>> judge("about", 8, None, 7.3, "up", "%")
    (-0.7, 'no')
    >>> judge("under", 3.5, None, 3.9, "down", "%")
    (0.4, 'no')
    >>> judge("range", 6.5, 7, 6.9, "up", "%")
    (0.0, 'yes')
    >>> judge("over", 5, None, 4.9, "up", "%")
    (-0.1, 'no')
    >>> judge("exact", 3, None, 2.1, "down", "%")
    (-0.9, 'yes')
    """
    if qualifier == "range" and high is not None:
        low = min(target, high)
        high = max(target, high)
        if realized < low:
            gap = realized - low
            met = better == "down"
        elif realized > high:
            gap = realized - high
            met = better == "up"
        else:
            gap, met = 0.0, True
        return round(gap, 6), "yes" if met else "no"
    gap = round(realized - target, 6)
    if qualifier == "over":
        met = realized >= target - 1e-9
    elif qualifier == "under":
        met = realized <= target + 1e-9
    elif qualifier == "about":
        band = ABOUT_RATE_BAND if unit in RATE_UNITS else abs(target) * ABOUT_LEVEL_BAND
        met = (
            abs(gap) <= band + 1e-9
            or (better == "up" and gap > 0)
            or (better == "down" and gap < 0)
        )
    elif better == "up":
        met = realized >= target - 1e-9
    elif better == "down":
        met = realized <= target + 1e-9
    else:
        return gap, "yes" if abs(gap) <= 1e-9 else "unknown"
    return gap, "yes" if met else "no"


def achievement_rows(
    reports: Iterable[Report],
    keys: tuple[IndicatorKey, ...] | None = None,
    only: Iterable[str] = (),
    places: Iterable[str] = (),
) -> tuple[list[dict], list[str]]:
    """(rows, warnings): one row per place × plan year × key with a target, sorted by place,
    year and the key table's order. `only` keeps these keys; `places` these places."""
    keys = keys if keys is not None else default_keys()
    info = {k.key: k for k in unique_keys(keys)}
    order = {k: i for i, k in enumerate(info)}
    only, places = set(only), set(places)
    warnings: list[str] = []
    by_place_year: dict[tuple[str, int], Report] = {}
    for rep in reports:
        if rep.place is None or rep.plan_year is None:
            warnings.append(f"{rep.source}: place or plan year not detected, left out")
            continue
        if places and rep.place not in places:
            continue
        slot = (rep.place, rep.plan_year)
        if slot in by_place_year:
            warnings.append(
                f"{rep.source}: a second report of {rep.place} {rep.plan_year} "
                f"(after {by_place_year[slot].source}), left out"
            )
            continue
        by_place_year[slot] = rep
    rows = []
    for (place, year), rep in by_place_year.items():
        nxt = by_place_year.get((place, year + 1))
        for t in rep.targets:
            if not t.key or (only and t.key not in only):
                continue
            k = info.get(t.key)
            found = realized_in(nxt, t.key, year) if nxt is not None else None
            # a realised figure in another unit (亿元 for a 亿美元 target, 万吨 for a %) is no
            # answer to the target
            realized_value = value_in(found, k, t.unit) if found is not None else None
            if realized_value is None:
                found = None
            if realized_value is None:
                gap, met = None, "unknown"
            else:
                gap, met = judge(
                    t.qualifier,
                    t.target_value,
                    t.target_high,
                    realized_value,
                    k.better if k else "",
                    t.unit,
                )
            rows.append(
                {
                    "place": place,
                    "year": year,
                    "key": t.key,
                    "name": t.name,
                    "target": t.target,
                    "target_value": t.target_value,
                    "target_high": t.target_high,
                    "qualifier": t.qualifier,
                    "realized": bare_figure(found) if found is not None else None,
                    "realized_value": realized_value,
                    "realized_source": nxt.source
                    if found is not None and nxt is not None
                    else None,
                    "gap": gap,
                    "met": met,
                    "unit": t.unit,
                    "better": k.better if k else "",
                    "target_source": rep.source,
                    "target_sentence": t.sentence,
                    "realized_sentence": found.sentence if found is not None else None,
                }
            )
    rows.sort(key=lambda r: (r["place"], r["year"], order.get(r["key"], len(order))))
    return rows, warnings
