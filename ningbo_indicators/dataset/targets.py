"""The main expected targets of a report (主要预期目标) and, beside each, the past year's result
for the same canonical key; the place and year of a report; rows of a panel of many reports.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass

import regex

from ..context.place import detect_place
from ..context.structure import read_structure
from ..model import Record
from ..numbers import fold
from ..units import RATE_VERBS
from .keys import IndicatorKey, default_keys, unique_keys

# "主要预期目标是：" / "主要调控预期目标是:" / "主要目标为" -- the passage that lists the targets
_GOALS = (
    r"(?:主要(?:预期|调控){0,2}目标|总的(?:预期|调控){0,2}目标|预期(?:调控)?目标|调控目标|发展目标)"
)
RE_TARGET_PASSAGE = regex.compile(
    rf"{_GOALS}(?:建议)?(?:是|为|如下)?[：:]|{_GOALS}(?:建议)?(?:是|为)"
)
# a passage of five-year goals (到2025年…, “十四五”时期) is not the year's targets
RE_MULTI_YEAR = regex.compile(r"到(?:19|20)\d\d年|五年|“十[一二三四五]五”|年均")
PASSAGE_MAX = 800
TARGET_FIELDS = (
    "key",
    "name",
    "indicator",
    "target",
    "target_value",
    "target_high",
    "unit",
    "qualifier",
    "year",
    "actual",
    "actual_value",
    "actual_year",
)
TARGET_TABLE_FIELDS = ("key", "indicator", "target", "actual", "year")
# 比上年增长10.2%: a comparison with last year states a result, even inside the plan
RE_RESULT = regex.compile(r"(?:比上年|比去年|同比|上年)(?:增长|提高|下降|增加|减少)?$")
# 年均增长14.3%: an average over several years is neither this year's target nor last year's
# result
RE_AVERAGE = regex.compile(
    r"(?:(?:年均|平均每年|年平均|平均)(?:增长|递增|提高|下降)?|比(?:19|20)\d\d年末?(?:增长|提高|下降)?)$"
)


@dataclass(frozen=True)
class TargetRow:
    key: str | None
    name: str | None
    indicator: str
    target: str
    target_value: float
    target_high: float | None
    unit: str
    qualifier: str
    year: int | None
    actual: str | None
    actual_value: float | None
    actual_year: int | None

    def to_dict(self) -> dict:
        return asdict(self)


def target_passage(text: str, doc=None) -> tuple[int, int] | None:
    """Offsets of the passage that lists the year's main targets, or None.

    A passage starts at 主要预期目标是/为/： (or 调控目标, 发展目标) in the plan and runs to
    the end of its paragraph. Of several, the one that speaks of this year (今年, the plan
    year) and not of five-year goals (到2025年, 年均) wins; then the first.
    """
    doc = doc if doc is not None else read_structure(text, fold(text))
    folded = doc.folded
    best, best_score = None, None
    for m in RE_TARGET_PASSAGE.finditer(folded):
        if doc.status_changes and doc.status(m.start()) != "target":
            continue
        end = _paragraph_end(folded, m.end())
        end = min([end, *(h.start for h in doc.headings if m.end() < h.start < end)])
        lead = folded[max(0, m.start() - 40) : m.start()]
        score = 0
        if "今年" in lead or "明年" in lead or (doc.plan_year and f"{doc.plan_year}年" in lead):
            score += 2
        if RE_MULTI_YEAR.search(folded, m.start(), end):
            score -= 2
        if best_score is None or score > best_score:
            best, best_score = (m.start(), end), score
    return best


_PARAGRAPH_END = regex.compile(r"\n|[。！!][ \t\u3000]+")


def _paragraph_end(folded: str, start: int) -> int:
    m = _PARAGRAPH_END.search(folded, start, start + PASSAGE_MAX)
    return m.start() + 1 if m else min(len(folded), start + PASSAGE_MAX)


def bare_figure(record: Record) -> str:
    """The figure without its growth verb: 增长6%左右 -> 6%左右.

    >>> from ningbo_indicators import extract
    >>> bare_figure(extract("地区生产总值增长6%左右。")[0])
    '6%左右'
    """
    for verb in RATE_VERBS:
        if record.text.startswith(verb):
            return record.text[len(verb) :]
    return record.text


def targets_table(
    text: str,
    records: list[Record],
    keys: tuple[IndicatorKey, ...] | None = None,
    other_keys: bool = False,
    doc=None,
) -> list[TargetRow]:
    """One row per target of the main-targets passage (or, failing one, per keyed target),
    with the past year's figure of the same key where the report states it.

    With `other_keys`, keyed targets stated elsewhere in the plan are added for the keys the
    passage does not name (the panel wants every key a report sets).
    """
    keys = keys if keys is not None else default_keys()
    names = {k.key: k.name for k in keys}
    span = target_passage(text, doc)

    # the passage first; then, for keys it does not name, keyed figures of the plan that are
    # not results (比上年增长10.2%) -- older reports state some targets in running text
    def in_passage(r: Record) -> bool:
        return span is not None and span[0] <= r.start < span[1]

    chosen = [r for r in records if r.status == "target" and in_passage(r)]
    if span is None or other_keys:
        named = {r.indicator_key for r in chosen}
        chosen += [
            r
            for r in records
            if r.status == "target"
            and r.indicator_key
            and r.indicator_key not in named
            and not in_passage(r)
            and not RE_RESULT.search(fold(text[max(0, r.start - 8) : r.start]))
        ]
    rows, seen = [], set()
    for i, r in enumerate(chosen):
        if (r.indicator_key and r.indicator_key in seen) or _is_average(text, r):
            continue
        seen.add(r.indicator_key)
        upper = _upper_bound(text, r, chosen[i + 1] if i + 1 < len(chosen) else None)
        actual = _actual_for(text, r, records)
        target = bare_figure(r)
        if upper is not None:  # 增长5%—5.5%: one target, written as a range
            target = target + text[r.end : upper.end]
        rows.append(
            TargetRow(
                key=r.indicator_key,
                name=names.get(r.indicator_key),
                indicator=r.indicator,
                target=target,
                target_value=r.value,
                target_high=upper.value if upper is not None else None,
                unit=r.unit,
                qualifier=r.qualifier if upper is None else "range",
                year=r.year,
                actual=bare_figure(actual) if actual else None,
                actual_value=actual.value if actual else None,
                actual_year=actual.year if actual else None,
            )
        )
    return rows


def _is_average(text: str, r: Record) -> bool:
    return RE_AVERAGE.search(fold(text[max(0, r.start - 10) : r.start])) is not None


def _upper_bound(text: str, lower: Record, nxt: Record | None) -> Record | None:
    if nxt is None or lower.qualifier != "over" or nxt.qualifier != "under":
        return None
    if nxt.start - lower.end > 3 or fold(nxt.unit) != fold(lower.unit):
        return None
    return nxt


def _actual_for(text: str, target: Record, records: list[Record]) -> Record | None:
    if not target.indicator_key:
        return None
    for r in records:
        if (
            r.status == "actual"
            and r.indicator_key == target.indicator_key
            and not _is_average(text, r)
        ):
            return r
    return None


def panel_row(
    source: str,
    text: str,
    records: list[Record],
    keys: tuple[IndicatorKey, ...],
    place: str | None = None,
    year: int | None = None,
) -> tuple[dict, list[dict]]:
    """(wide row, long rows) of one report: targets and actuals for every key."""
    doc = read_structure(text, fold(text))  # once, for the year and the passage
    detected_year = year if year is not None else doc.plan_year
    place = place or detect_place(text)
    table = {
        r.key: r for r in targets_table(text, records, keys, other_keys=True, doc=doc) if r.key
    }
    wide = {"source": source, "place": place, "year": detected_year}
    long = []
    for k in unique_keys(keys):
        t = table.get(k.key)
        actual = (t.actual_value, t.actual) if t and t.actual_value is not None else None
        if actual is None:
            found = next(
                (
                    r
                    for r in records
                    if r.status == "actual"
                    and r.indicator_key == k.key
                    and not _is_average(text, r)
                ),
                None,
            )
            actual = (found.value, bare_figure(found)) if found else None
        wide[f"{k.key}_target"] = t.target_value if t else None
        wide[f"{k.key}_actual"] = actual[0] if actual else None
        if t or actual:
            long.append(
                {
                    "source": source,
                    "place": place,
                    "year": detected_year,
                    "key": k.key,
                    "name": k.name,
                    "target": t.target if t else None,
                    "target_value": t.target_value if t else None,
                    "target_high": t.target_high if t else None,
                    "target_qualifier": t.qualifier if t else None,
                    "actual": actual[1] if actual else None,
                    "actual_value": actual[0] if actual else None,
                }
            )
    return wide, long


LONG_FIELDS = (
    "source",
    "place",
    "year",
    "key",
    "name",
    "target",
    "target_value",
    "target_high",
    "target_qualifier",
    "actual",
    "actual_value",
)


def wide_fields(keys: tuple[IndicatorKey, ...]) -> tuple[str, ...]:
    cols = ["source", "place", "year"]
    for k in unique_keys(keys):
        cols += [f"{k.key}_target", f"{k.key}_actual"]
    return tuple(cols)
