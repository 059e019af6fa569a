"""The main expected targets of a report (主要预期目标) and, beside each, the past year's result
for the same canonical key; the five main columns of a report; rows of a panel of many reports.

Values are given in the unit of the key (`scale` in the key table: 万人 for jobs, 亿元 for
money, % for rates), whatever the report wrote (`8000人` → 0.8 万人); the text keeps what was
written. A price index written as an index (`居民消费价格指数控制在103.5%以内`, `104以内`) is a
rise (3.5, 4).
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, replace

from .. import compiled
from ..context.place import detect_place
from ..context.structure import SENTENCE_MARKS, last_mark, read_structure
from ..model import Record
from ..numbers import fold, magnitude_power
from ..units import MAGNITUDE_POWERS, RATE_VERBS, UNITS, same_measure
from .keys import IndicatorKey, clean_phrase, default_keys, key_for, unique_keys
from .period import NOT_ANNUAL_WINDOW, ON_LAST_YEAR, table_one_year

# "主要预期目标是：" / "主要调控预期目标是:" / "主要目标为" -- the passage that lists the targets
_GOALS = (
    r"(?:主要(?:预期|调控){0,2}目标|总的(?:预期|调控){0,2}目标|预期(?:调控)?目标|调控目标|发展目标)"
)
RE_TARGET_PASSAGE = compiled.compile(
    rf"{_GOALS}(?:建议)?(?:是|为|如下)?(?:\*\*)?[：:]|{_GOALS}(?:建议)?(?:是|为)"
    r"|主要(?:经济)?指标(?:计划)?(?:安排|确定)?(?:如下|是|为)[：:]"
)
# a passage of five-year goals (到2025年…, “十四五”时期) is not the year's targets
RE_MULTI_YEAR = compiled.compile(r"到(?:19|20)\d\d年|五年|“十[一二三四五]五”|年均")
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
# every column --fields may name: the default ones and the sentences they come from
TARGET_ALL_FIELDS = (*TARGET_FIELDS, "sentence", "actual_sentence")
# 比上年增长10.2%: a comparison with last year states a result, even inside the plan ...
RE_RESULT = compiled.compile(r"(?:比上年|比去年|同比|上年)(?:增长|提高|下降|增加|减少)?$")
RE_PLAN_WORDS = compiled.compile(r"力争|确保|争取|年内|今年|全年|目标|计划|预期|控制在|努力")
# (a change on the year before or an estimate; with 实现, 完成, 达到 any result)
RE_CHANGE_OR_ESTIMATE = compiled.compile(r"预计|初步(?:统计|核算)|比上年|同比")
RE_RESULT_WORDS = compiled.compile(r"实现|完成|达到|" + RE_CHANGE_OR_ESTIMATE.pattern)
# 力保增长12%: the figure is a floor, like 以上
RE_FLOOR = compiled.compile(r"力保(?:增长|达到)?$")
# ... unless the clause says it is planned: 国家计划要求今年的国民生产总值比上年增长百分之五
RE_PLANNED = compiled.compile(r"今年|明年|计划|要求|预期|目标|力争|安排")
# a review paragraph inside the plan part: 过去一年，…国内生产总值增长10.3%
RE_PAST_YEAR_LEAD = compiled.compile(r"过去(?:的)?一年|去年|上一年")
# CPI or retail prices written as an index without a percent sign: 居民消费价格指数控制在104以内
RE_PRICE_INDEX = compiled.compile(
    r"(?P<name>居民消费价格(?:总)?指数|(?:社会)?(?:商品)?零售(?:物价|价格)(?:总)?指数)"
    r"(?:[(（]CPI[)）])?(?:控制在|保持在|为|在)?"
    # (ASCII digits, read by float(): see structure.YEAR_WRITTEN)
    r"(?P<text>(?P<value>1[01][0-9](?:\.[0-9]+)?)(?P<pct>%)?(?P<qual>以内|左右|以下)?)"
)
# a "rise" of a key of class price_index written as an index: 103 or 103.5% is a rise of 3 / 3.5
INDEX_LOW, INDEX_HIGH = 80.0, 130.0
# the headline output measure of the old reports when they set no GDP target
HEADLINE_FALLBACK = ("gross_output_growth",)


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
    sentence: str = ""
    actual_sentence: str = ""

    def to_dict(self) -> dict:
        return asdict(self)


def target_passages(text: str, doc=None) -> list[tuple[int, int]]:
    """Offsets of the passages that list the year's targets, the best first.

    A passage starts at 主要预期目标是/为/： (or 调控目标, 发展目标, 主要指标计划安排如下) and
    runs to the end of its paragraph. One that speaks of this year (今年, the plan year) and
    not of five-year goals (到2025年, 年均) ranks first; a passage of five-year goals is kept
    only when there is no other. A passage in what the structure took for the review part
    counts only when its lead names this year and not the last (今年/2004年…主要预期目标是).
    """
    doc = doc if doc is not None else read_structure(text, fold(text))
    folded = doc.folded
    found = []
    for m in RE_TARGET_PASSAGE.finditer(folded):
        lead = folded[max(0, m.start() - 40) : m.start()]
        this_year = (
            "今年" in lead or "明年" in lead or (doc.plan_year and f"{doc.plan_year}年" in lead)
        )
        if doc.status_changes and doc.status(m.start()) != "target":
            if not this_year or RE_PAST_YEAR_LEAD.search(lead):
                continue
        end = _paragraph_end(folded, m.end())
        if not _HAS_DIGIT.search(folded, m.end(), end):
            end = _list_end(folded, end)  # 主要预期目标为：⏎——地区生产总值增长10%。⏎——…
        end = min([end, *(h.start for h in doc.headings if m.end() < h.start < end)])
        score = 2 if this_year else 0
        if RE_MULTI_YEAR.search(folded, m.start(), end):
            score -= 2
        found.append((score, m.start(), end))
    found.sort(key=lambda f: (-f[0], f[1]))
    best = [f for f in found if f[0] >= 0] or found[:1]
    return [(start, end) for _, start, end in best]


def target_passage(text: str, doc=None) -> tuple[int, int] | None:
    """The best passage of `target_passages`, or None."""
    passages = target_passages(text, doc)
    return passages[0] if passages else None


_PARAGRAPH_END = compiled.compile(r"\n|[。！!][ \t\u3000]+")


def _paragraph_end(folded: str, start: int) -> int:
    m = _PARAGRAPH_END.search(folded, start, start + PASSAGE_MAX)
    return m.start() + 1 if m else min(len(folded), start + PASSAGE_MAX)


_HAS_DIGIT = compiled.compile_std(r"\d")
# the items of a list set out under its lead, one per line: ——地区生产总值增长10%。 / 地区生产总值
# 增长13%； ... 实际利用内资增长10%。
_LIST_ITEM = compiled.compile_std(
    r"[ \t\u3000*]*(?:——|—|[(（][一二三四五六七八九十\d]{1,2}[)）]|\d{1,2}[.、．])"
)
_ITEM_GOES_ON = ("；", ";", "，", ",", "、")
LIST_MAX = 1600


def _list_end(folded: str, start: int) -> int:
    """The end of the list items that follow a lead whose own paragraph (ending at `start`)
    holds no figure: the lines that open as items (——, (一), 1.) or go on (end with ；), and
    the line that closes them; `start` itself when none follows."""
    end = pos = start
    going_on = False
    while pos < len(folded) and pos - start < LIST_MAX:
        while pos < len(folded) and folded[pos] in "\n \t\u3000":
            pos += 1
        stop = folded.find("\n", pos)
        stop = len(folded) if stop < 0 else stop
        line = folded[pos:stop].rstrip(" \t\u3000*")
        goes_on = line.endswith(_ITEM_GOES_ON)
        if not line or not (going_on or goes_on or _LIST_ITEM.match(line)):
            break
        end = stop
        going_on = goes_on
        pos = stop
    return end


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


def scale_factor(scale: str) -> float:
    """The multiplier of a scale word: 万 -> 1e4, 亿 -> 1e8, 万亿 -> 1e12, '' -> 1. A character
    that is no magnitude counts for nothing (a key table's scale is written by hand: 万人 -> 1e4).

    >>> scale_factor("万"), scale_factor("亿"), scale_factor(""), scale_factor("万人")
    (10000.0, 100000000.0, 1.0, 10000.0)
    """
    return 10.0 ** magnitude_power("".join(ch for ch in scale if ch in MAGNITUDE_POWERS))


def cell_value(record: Record, key: IndicatorKey | None) -> tuple[float, str]:
    """The record's value in its key's unit, and that unit.

    Rates stay as written (`6%` -> 6); a price index is a rise (`103.5%` -> 3.5); counts and
    amounts are converted to the key's scale (`8000人` -> 0.8 万人, `351亿元` -> 351 亿元).
    """
    if key is not None and "price_index" in key.classes and INDEX_LOW <= record.value <= INDEX_HIGH:
        return round(record.value - 100, 6), "%"
    if record.kind in ("growth", "ratio", "pp", "multiple") or key is None:
        return record.value, record.unit
    value = record.base_value / scale_factor(key.scale)
    return round(value, 10), key.scale + record.base_unit


# a currency a key takes besides its first unit gets wide columns of its own
# (`exports_target` in 亿元, `exports_usd_target` in 亿美元): the two cannot be converted
CURRENCY_COLUMNS = {"元": "cny", "美元": "usd"}


def _rate_unit(unit: str) -> tuple[str, float] | None:
    """A rate's unit as (base, factor): 个百分点 -> (百分点, 1), ‰ -> (%, 0.1); None otherwise."""
    entry = UNITS.get(unit)
    if entry is None or entry[1] not in ("percent", "pp", "multiple"):
        return None
    return entry[0], entry[2]


def convert_cell(value: float, unit: str, to: str, key: IndicatorKey | None) -> float | None:
    """A cell value given in `unit` (as cell_value gives it: 亿元, 万亩, %, ‰) in the unit `to`,
    or None where the two measure different things (亿元 and 亿美元, % and 万吨).

    >>> k = IndicatorKey("area", "面积", ("amount",), ("公顷", "亩"), "面积", scale="万")
    >>> convert_cell(30, "万亩", "万公顷", k), convert_cell(2, "%", "万公顷", k)
    (2.0, None)
    >>> convert_cell(1.2, "个百分点", "百分点", None), convert_cell(5, "‰", "%", None)
    (1.2, 0.5)
    """
    if unit == to:
        return value
    rates = _rate_unit(unit), _rate_unit(to)
    if rates[0] and rates[1]:
        same = rates[0][0] == rates[1][0]
        return round(value * rates[0][1] / rates[1][1], 10) if same else None
    scale = key.scale if key is not None else ""
    if scale and unit.startswith(scale) and to.startswith(scale):
        unit, to = unit[len(scale) :], to[len(scale) :]
    factor: float | None
    if key is not None and "" in key.base_units and "" in (unit, to):
        factor = 1.0  # 人口780万: the bare magnitude of a key that takes one (`人|`)
    else:
        factor = same_measure(unit, to)
    return None if factor is None else round(value * factor, 10)


def value_in(record: Record, key: IndicatorKey | None, unit: str) -> float | None:
    """The record's cell value in `unit`, or None where its own unit measures something else:
    a target is never compared with a figure in another currency or of another kind."""
    value, own = cell_value(record, key)
    return convert_cell(value, own, unit, key)


def wide_units(key: IndicatorKey) -> list[tuple[str, str | None]]:
    """(column suffix, unit) of a key's cells in a wide panel. A wide row holds one unit per
    column: the key's first base unit at its scale (None: the key names no unit), and a
    column of its own for each further currency.

    >>> wide_units(IndicatorKey("exports", "出口", ("amount",), ("元", "美元"), "", scale="亿"))
    [('', '亿元'), ('_usd', '亿美元')]
    """
    if not key.base_units:
        return [("", None)]

    def at_scale(unit: str) -> str:
        return unit if _rate_unit(unit) else key.scale + unit

    first = key.base_units[0]
    out: list[tuple[str, str | None]] = [("", at_scale(first))]
    for unit in key.base_units[1:]:
        if unit in CURRENCY_COLUMNS and first in CURRENCY_COLUMNS:
            out.append((f"_{CURRENCY_COLUMNS[unit]}", at_scale(unit)))
    return out


def _clause_before(folded: str, doc, pos: int) -> str:
    return folded[doc.clause_start(pos) : pos]


def _sentence_before(folded: str, pos: int, window: int = NOT_ANNUAL_WINDOW) -> str:
    """The words before `pos` back to the sentence's start (a colon does not end it), at most
    `window` characters: 1999年…主要指标计划安排如下：国内生产总值比上年增长12%左右"""
    start = max(0, pos - window)
    cut = last_mark(folded, SENTENCE_MARKS, start, pos)
    return folded[max(start, cut + 1) : pos]


# a rate whose subject the text gives in an earlier clause: 全省生产总值达到2417亿元，增长8.2%;
# 地区生产总值迈上新台阶，总量突破5万亿元，增长4.6%
GENERIC_PHRASES = frozenset(("", "总量", "规模", "总额", "总值"))
_SUBJECT_CUT = compiled.compile(
    r"迈上|跃上|站上|跨上|突破|达到|实现|保持|继续|稳定|首次|再创|比上年|按可比价"
)
_CLAUSE = compiled.compile(r"[，,：:]")
_RE_BIZENG = compiled.compile(r"(?:同比|比)增(?:长)?$")


def carry_keys(
    text: str, records: list[Record], keys: tuple[IndicatorKey, ...], doc=None
) -> list[Record]:
    """Records with a key added to rates whose own phrase names nothing (empty, 总量): the
    growth key of the keyed level before it in the sentence (gdp -> gdp_growth), else the key
    of the sentence's opening subject; a percentage after 比增 (比上年增长) is a growth. Other
    records are returned unchanged."""
    doc = doc if doc is not None else read_structure(text, fold(text))
    known = {k.key for k in keys}
    out: list[Record] = []
    for i, r in enumerate(records):
        if (
            not r.indicator_key
            and r.kind == "ratio"
            and _RE_BIZENG.search(doc.folded, max(0, r.start - 4), r.start)
        ):
            # 全年实现地区生产总值1380.11亿元，比增14%: 比增 is 比上年增长 (Fujian's usage)
            r = replace(r, kind="growth", direction="up")
            found = key_for(r.indicator, "growth", r.base_unit, keys)
            if found:
                out.append(replace(r, indicator_key=found))
                continue
        if (
            r.indicator_key
            or r.kind != "growth"
            or clean_phrase(r.indicator) not in GENERIC_PHRASES
        ):
            out.append(r)
            continue
        start = doc.sentence_span(r.start)[0]
        found = None
        for prev in reversed(out[max(0, i - 6) : i]):
            if prev.start < start:
                break
            if prev.indicator_key:
                growth = prev.indicator_key + "_growth"
                if prev.kind == "amount" and growth in known:
                    found = growth
                break
        if found is None:
            found = _opening_subject_key(doc.folded, start, r.start, keys)
        out.append(replace(r, indicator_key=found) if found else r)
    return out


def _opening_subject_key(folded: str, start: int, end: int, keys) -> str | None:
    first = _CLAUSE.split(folded[start:end], maxsplit=1)[0]
    cut = _SUBJECT_CUT.search(first)
    phrase = first[: cut.start()] if cut else first
    return key_for(phrase, "growth", "%", keys) if phrase.strip() else None


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
    passage does not name (the panel wants every key a report sets). A figure that is not one
    year's (年均, 累计, 五年内, 前三季度, 比2002年) is never a target nor a result.
    """
    keys = keys if keys is not None else default_keys()
    info = {k.key: k for k in unique_keys(keys)}
    doc = doc if doc is not None else read_structure(text, fold(text))
    folded = doc.folded
    passages = target_passages(text, doc)
    span = passages[0] if passages else None
    records = carry_keys(text, records, keys, doc)

    def passage_of(r: Record) -> int | None:
        return next((i for i, (s, e) in enumerate(passages) if s <= r.start < e), None)

    def in_passage(r: Record) -> bool:
        return passage_of(r) is not None

    def one_year(r: Record) -> bool:
        return r.period == "year" and table_one_year(folded, r.start, doc.plan_year)

    def is_result(r: Record) -> bool:
        # 比上年增长10.2%; 商品零售价格和居民消费价格总水平分别比上年下降1.9%和0.7%
        clause = _clause_before(folded, doc, r.start)
        return ON_LAST_YEAR.search(clause) is not None and not RE_PLANNED.search(
            _sentence_before(folded, r.start)
        )

    # the passage first; then, for keys it does not name, keyed figures of the plan that are
    # not results (比上年增长10.2%) -- older reports state some targets in running text
    chosen = sorted((r for r in records if in_passage(r)), key=lambda r: (passage_of(r), r.start))
    if span is None or other_keys:
        named = {r.indicator_key for r in chosen}
        others = [
            r
            for r in records
            if r.status == "target"
            and r.indicator_key
            and r.indicator_key not in named
            and not in_passage(r)
            and not is_result(r)
        ]
        # of several figures of one key in the plan, a section of five-year goals comes last
        # and a sentence that plans (力争, 确保, 年内, 控制在) first
        chosen += sorted(
            others,
            key=lambda r: (
                RE_MULTI_YEAR.search(r.section or "") is not None,
                RE_PLAN_WORDS.search(_sentence_before(folded, r.start)) is None,
                r.start,
            ),
        )
    rows, seen = [], set()
    for i, r in enumerate(chosen):
        # a figure of several years or of part of a year is never a target (period.py)
        if (r.indicator_key and r.indicator_key in seen) or not one_year(r):
            continue
        seen.add(r.indicator_key)
        upper = _upper_bound(text, r, chosen[i + 1] if i + 1 < len(chosen) else None)
        key = info.get(r.indicator_key) if r.indicator_key is not None else None
        actual = actual_for(text, r.indicator_key, records, doc, passages)
        target = bare_figure(r)
        if upper is not None:  # 增长5%—5.5%: one target, written as a range
            target = target + text[r.end : upper.end]
        value, unit = cell_value(r, key)
        actual_value = value_in(actual, key, unit) if actual else None
        if actual_value is None:  # no figure, or one in another unit: nothing to set beside
            actual = None
        qualifier = r.qualifier
        if qualifier == "exact" and RE_FLOOR.search(folded, max(0, r.start - 4), r.start):
            qualifier = "over"  # 力保增长12%: a floor
        rows.append(
            TargetRow(
                key=r.indicator_key,
                name=key.name if key else None,
                indicator=r.indicator,
                target=target,
                target_value=value,
                target_high=cell_value(upper, key)[0] if upper is not None else None,
                unit=unit,
                qualifier=qualifier if upper is None else "range",
                year=r.year if r.status == "target" else doc.plan_year,
                actual=bare_figure(actual) if actual else None,
                actual_value=actual_value,
                actual_year=actual.year if actual else None,
                sentence=r.sentence,
                actual_sentence=actual.sentence if actual else "",
            )
        )
    rows += _price_indexes(text, doc, span, {r.key for r in rows}, info)
    return rows


def _price_indexes(text, doc, span, have: set, info: dict) -> list[TargetRow]:
    """CPI or retail-price targets written as a bare index (`居民消费价格指数控制在104以内`),
    which the extractor does not take for a percentage: a rise of 4, the text as written."""
    if span is None:
        return []
    out = []
    for m in RE_PRICE_INDEX.finditer(doc.folded, span[0], span[1]):
        key = "cpi" if m["name"].startswith("居民") else "retail_price"
        if key in have:
            continue
        have.add(key)
        qual = {"以内": "under", "以下": "under", "左右": "about"}.get(m["qual"] or "", "exact")
        out.append(
            TargetRow(
                key=key,
                name=info[key].name if key in info else None,
                indicator=text[m.start("name") : m.end("name")],
                target=text[m.start("text") : m.end("text")],
                target_value=round(float(m["value"]) - 100, 6),
                target_high=None,
                unit="%",
                qualifier=qual,
                year=doc.plan_year,
                actual=None,
                actual_value=None,
                actual_year=None,
                sentence=doc.sentence(m.start()),
            )
        )
    return out


def _upper_bound(text: str, lower: Record, nxt: Record | None) -> Record | None:
    if nxt is None or lower.qualifier != "over" or nxt.qualifier != "under":
        return None
    if nxt.start - lower.end > 3 or fold(nxt.unit) != fold(lower.unit):
        return None
    return nxt


def actual_for(
    text: str, key: str | None, records: list[Record], doc=None, passages=None
) -> Record | None:
    """Last year's figure of `key` as the report states it, or None.

    A result of the review part (status actual) that is one year's figure (not 年均, 累计,
    前三季度, 比2002年…), of the year before the plan when the report says which; failing
    that, a figure of a review paragraph inside the plan part (过去一年，国内生产总值增长10.3%)
    that is worded as a result, or a figure before the year's targets worded as a result
    (实现, 预计, 比上年) with no word of planning. Never a guess.
    """
    if not key:
        return None
    doc = doc if doc is not None else read_structure(text, fold(text))
    folded = doc.folded
    passages = target_passages(text, doc) if passages is None else passages
    want = doc.plan_year - 1 if doc.plan_year else None
    candidates = [
        r
        for r in records
        if r.indicator_key == key
        and r.status == "actual"
        and not any(s <= r.start < e for s, e in passages)
        and table_one_year(folded, r.start, doc.plan_year)
    ]
    if candidates:
        # (the year written first: 从2874.4亿元增加到6010.5亿元 starts from a year not said)
        same_year = [r for r in candidates if r.year == want] or [
            r for r in candidates if want is None or r.year is None
        ]
        return (same_year or candidates)[0]
    for r in records:
        if (
            r.indicator_key == key
            and r.status == "target"
            and table_one_year(folded, r.start, doc.plan_year)
            and _in_review_paragraph(folded, r.start)
            and not RE_PLANNED.search(_clause_before(folded, doc, r.start))
        ):
            return r
    # the review the structure took for the plan: before the year's targets, worded as a
    # result (全市实现地区生产总值1395.9亿元，增长10%; 预计…增长10.3%), nothing planned; where
    # the structure found a review part, only a change on the year before or an estimate
    # (达到, 实现 and 完成 are the words of the plan's goals too: 城镇化率达到52%)
    first = min((s for s, _ in passages), default=None)
    result_words = RE_RESULT_WORDS
    if any(status == "actual" for _, status in doc.status_changes):
        result_words = RE_CHANGE_OR_ESTIMATE
    for r in records:
        if (
            first is not None
            and r.start < first
            and r.indicator_key == key
            and r.status == "target"
            and r.period == "year"  # (not a goal of the years: 到2017年，…达到5.2亿美元)
            and table_one_year(folded, r.start, doc.plan_year)
            and result_words.search(_sentence_before(folded, r.start))
            and not RE_PLANNED.search(_sentence_before(folded, r.start))
            and not RE_PLAN_WORDS.search(_sentence_before(folded, r.start))
        ):
            return r
    return None


def _in_review_paragraph(folded: str, pos: int) -> bool:
    """The paragraph of `pos` speaks of the past year before it: 过去一年，… / 去年，…"""
    start = folded.rfind("\n", 0, pos) + 1
    lead = folded[start:pos]
    m = RE_PAST_YEAR_LEAD.search(lead)
    return m is not None and not any(w in lead[m.end() :] for w in ("今年", "明年"))


# ------------------------------------------------------------------ the five main columns

MAIN_COLUMNS = (
    "gdp_growth_target",
    "gdp_growth_target_high",
    "gdp_growth_qualifier",
    "gdp_growth_actual",
    "cpi_target",
    "retail_price_target",
    "registered_unemployment_target",
    "surveyed_unemployment_target",
    "urban_new_jobs_target",
    "new_job_posts_target",
)


def main_columns(
    rows: list[TargetRow], text: str, records: list[Record], doc=None, passages=None
) -> dict:
    """The columns economists ask for first, from a report's target rows.

    Last year's realised GDP growth (`gdp_growth_actual`) from the review; the GDP growth target (the low bound of a range, with its upper bound and qualifier); in the
    reports of the 1970s-80s that set no GDP target, the growth of the headline output
    measure (工农业总产值, 社会总产值). CPI and retail-price targets as rises in percent;
    registered and surveyed unemployment apart; new urban jobs in 万人 and job posts in 万个.
    """
    by_key = {r.key: r for r in rows if r.key}
    gdp = by_key.get("gdp_growth") or next(
        (by_key[k] for k in HEADLINE_FALLBACK if k in by_key), None
    )

    def value(key: str):
        row = by_key.get(key)
        return row.target_value if row else None

    last = by_key["gdp_growth"].actual_value if "gdp_growth" in by_key else None
    if last is None:
        for key in ("gdp_growth", *HEADLINE_FALLBACK):
            found = actual_for(text, key, records, doc, passages)
            if found is not None:
                last = found.value
                break
    return {
        "gdp_growth_target": gdp.target_value if gdp else None,
        "gdp_growth_target_high": gdp.target_high if gdp else None,
        "gdp_growth_qualifier": gdp.qualifier if gdp else None,
        "gdp_growth_actual": last,
        "cpi_target": value("cpi"),
        "retail_price_target": value("retail_price"),
        "registered_unemployment_target": value("registered_unemployment"),
        "surveyed_unemployment_target": value("surveyed_unemployment"),
        "urban_new_jobs_target": value("urban_new_jobs"),
        "new_job_posts_target": value("new_job_posts"),
    }


# ------------------------------------------------------------------ panel


def panel_row(
    source: str,
    text: str,
    records: list[Record],
    keys: tuple[IndicatorKey, ...],
    place: str | None = None,
    year: int | None = None,
) -> tuple[dict, list[dict]]:
    """(wide row, long rows) of one report: the main columns, then targets and actuals for
    every key, in the unit of the key."""
    doc = read_structure(text, fold(text))  # once, for the year and the passage
    detected_year = year if year is not None else doc.plan_year
    place = place or detect_place(text)
    records = carry_keys(text, records, keys, doc)
    passages = target_passages(text, doc)
    rows = targets_table(text, records, keys, other_keys=True, doc=doc)
    table = {r.key: r for r in rows if r.key}
    by_key: dict[str, list[Record]] = {}
    for r in records:
        if r.indicator_key:
            by_key.setdefault(r.indicator_key, []).append(r)
    wide: dict[str, object] = {"source": source, "place": place, "year": detected_year}
    wide.update(main_columns(rows, text, records, doc, passages))
    long = []
    for k in unique_keys(keys):
        t = table.get(k.key)
        value: float | None
        unit: str | None
        # actual: (value, figure as written, sentence, unit), in the target's unit if any
        if t and t.actual_value is not None:
            actual = (t.actual_value, t.actual, t.actual_sentence, t.unit)
        else:
            mine = by_key.get(k.key)
            found = actual_for(text, k.key, mine, doc, passages) if mine else None
            actual = None
            if found is not None:
                value, unit = cell_value(found, k)
                if t is not None:  # set beside the target only in its unit
                    value, unit = convert_cell(value, unit, t.unit, k), t.unit
                if value is not None:
                    actual = (value, bare_figure(found), found.sentence, unit)
        # one unit per wide column (wide_units): a cell in a unit that has no column of its key
        # is left out there; the long row keeps it with its unit
        cells = {
            "target": (t.target_value, t.unit) if t else None,
            "actual": (actual[0], actual[3]) if actual else None,
        }
        for suffix, unit in wide_units(k):
            for column, cell in cells.items():
                value = None
                if cell is not None:
                    value = cell[0] if unit is None else convert_cell(*cell, unit, k)
                wide.setdefault(f"{k.key}{suffix}_{column}", value)
        if t or actual:
            long.append(
                {
                    "source": source,
                    "place": place,
                    "year": detected_year,
                    "key": k.key,
                    "name": k.name,
                    "unit": t.unit if t else actual[3] if actual else None,
                    "target": t.target if t else None,
                    "target_value": t.target_value if t else None,
                    "target_high": t.target_high if t else None,
                    "target_qualifier": t.qualifier if t else None,
                    "actual": actual[1] if actual else None,
                    "actual_value": actual[0] if actual else None,
                    "target_sentence": t.sentence if t else None,
                    "actual_sentence": actual[2] if actual else None,
                }
            )
    return wide, long


LONG_FIELDS = (
    "source",
    "place",
    "year",
    "key",
    "name",
    "unit",
    "target",
    "target_value",
    "target_high",
    "target_qualifier",
    "actual",
    "actual_value",
    "target_sentence",
    "actual_sentence",
)


def wide_fields(keys: tuple[IndicatorKey, ...]) -> tuple[str, ...]:
    """Every column a wide panel row can have: place and year, the main columns, then a
    target and an actual column per key."""
    cols = ["source", "place", "year", *MAIN_COLUMNS]
    for k in unique_keys(keys):
        for suffix, _ in wide_units(k):
            both = (f"{k.key}{suffix}_target", f"{k.key}{suffix}_actual")
            cols += [c for c in both if c not in MAIN_COLUMNS]
    return tuple(cols)


def filled_fields(rows: list[dict], keys: tuple[IndicatorKey, ...]) -> tuple[str, ...]:
    """The columns of a wide panel that hold at least one value (the main ones always)."""
    keep = ["source", "place", "year", *MAIN_COLUMNS]
    for name in wide_fields(keys)[len(keep) :]:
        if any(row.get(name) is not None for row in rows):
            keep.append(name)
    return tuple(keep)
