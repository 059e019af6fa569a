"""Text -> list[Record]: find quantities, drop the excluded ones, read values, attach context.

`extract` is a pure function of the text: no I/O, no global state, safe to map over a cluster.
"""

# (no `from __future__ import annotations`, as in model.py: its dataclasses are made faster)
import dataclasses
from bisect import bisect_left
from dataclasses import dataclass

from . import compiled
from .context import phrases
from .context.place import ReportPlace
from .context.structure import (
    PLAN_END,
    PLAN_END_NAMED,
    PLAN_ORDINAL,
    STOP_MARKS,
    YEAR_WRITTEN,
    Document,
    last_mark,
    plan_end,
    read_structure,
    year_number,
)
from .dataset.keying import KeyContext, key_in_context
from .dataset.keys import shipped_table
from .dataset.period import PeriodReader
from .extractors import exclude
from .extractors.quantity import (
    LIST_MARKS,
    RANGE_CHARS,
    Span,
    find_list_first,
    find_quantities,
    find_range_lower,
)
from .lazy import LazyPattern
from .model import Record, new_record
from .normalize import UnitReading, _unit_of, _values, verb_direction
from .numbers import NumberError, fold
from .subjects import attach_indicators
from .units import QUALIFIER_WORDS


@dataclass(slots=True)
class Mention:
    """A quantity found in the text, with what its context says of it (becomes a Record)."""

    span: Span
    # the reading of the span's unit (`reading.unit`, `reading.base_unit`, `reading.dimension`),
    # shared by every span written alike, and the span's value as written and in base units
    reading: UnitReading
    value: float
    base_value: float
    start: int
    end: int
    kind: str
    direction: str | None
    qualifier: str
    clause: int
    indicator: str = ""


def find_mentions(
    text: str, folded: str | None = None, doc: Document | None = None
) -> list[Mention]:
    """Every mention of `text` with its kind, qualifier and clause, no indicator yet."""
    folded = fold(text) if folded is None else folded
    doc = read_structure(text, folded) if doc is None else doc
    regions = exclude.ignored_regions(folded)
    # (the regions where no mention may sit are swept in text order with the spans: the last
    # region that starts at or before a span's number, and where the next one starts)
    zone_start, zone_end, next_zone = regions.around(-1)
    mentions: list[Mention] = []
    for span in find_quantities(folded):
        at = span.num_start
        if at >= next_zone or at < zone_start:  # (a span back before its region: rare, PDF spacing)
            zone_start, zone_end, next_zone = regions.around(at)
        if span.num_end <= zone_end or exclude.excluded(folded, span):
            continue  # quoted or ignored (`exclude.excluded_by`); or excluded by a rule
        # 3至5个, 1.7和4.9个百分点: numbers without their unit right before the span's number
        # (looked for after a range or list mark only: most spans follow neither)
        at = span.num_start if span.verb else span.start
        if at and folded[at - 1] in _BARE_MARKS:
            _add_with_bare_numbers(folded, doc, span, folded[at - 1], mentions)
        elif (m := _mention(folded, doc, span)) is not None:
            mentions.append(m)
            # (a range's two bounds stand within three characters of each other: _link_range)
            if len(mentions) > 1 and m.start - mentions[-2].end <= 3:
                _link_range(folded, mentions, doc)
    return mentions


_BARE_MARKS = RANGE_CHARS | LIST_MARKS


def _add_with_bare_numbers(
    folded: str, doc: Document, span: Span, mark: str, mentions: list[Mention]
) -> None:
    """Add the mentions of `span` and of the numbers written before it without their unit
    (3至5个: 3; 分别…1.7和4.9个百分点: 1.7), which `mark`, the character before it, may link."""
    floor = mentions[-1].end if mentions else 0
    lower = find_range_lower(folded, span, floor) if mark in RANGE_CHARS else None
    listed = (
        find_list_first(folded, span, floor)  # 分别…1.7和4.9个百分点
        if not lower and mark in LIST_MARKS
        else []
    )
    count = len(mentions)
    for s in (lower, span) if lower else (*listed, span):
        m = _mention(folded, doc, s)
        if m is not None:
            mentions.append(m)
    if len(mentions) - count > 1 and lower and mentions[-2].span is lower:
        mentions[-2].qualifier, mentions[-1].qualifier = "over", "under"
    elif len(mentions) > count:
        _link_range(folded, mentions, doc)


def _mention(folded: str, doc: Document, span: Span) -> Mention | None:
    # (normalize.read_span, inline: a call and a tuple less per figure)
    try:
        reading = _unit_of(span.unit, span.split_unit, span.magnitude)
        value, base_value = _values(span.number, reading.power)
    except NumberError:
        return None
    word = span.post or span.mid or span.pre
    qualifier = QUALIFIER_WORDS[word] if word else "exact"
    start = span.start
    kind, direction = reading.kind, None
    clause = doc.clause_start(span.start)
    if clause and folded[clause - 1] == "\n":
        clause = _clause_across_break(folded, doc, clause)
    if reading.dimension in ("percent", "pp", "multiple"):
        if span.verb:
            direction = verb_direction(span)
            kind = "growth" if reading.dimension == "percent" else kind
        elif reading.dimension == "percent":
            kind, direction = phrases.percent_kind(folded, clause, span.start, span.end)
        elif reading.dimension == "pp":
            direction = phrases.direction_before(folded, clause, span.start)
        if span.lower_of is not None and span.lower_of.verb:
            direction = verb_direction(span.lower_of)
            kind = "growth" if reading.dimension == "percent" else kind
        if kind not in ("growth", "pp"):
            direction = None
    else:
        start += len(span.verb)  # 增加2万亩: the verb is not part of an amount
        while span.verb and folded[start] in " \t\u3000\n":
            start += 1
    return Mention(
        span, reading, value, base_value, start, span.end, kind, direction, qualifier, clause
    )


# A line opening with a figure (85 亿元, 12.8%和, 2个、), never with a year or a list number
_FIGURE_OPENS_LINE = LazyPattern(r"[ \t\u3000]*\d+(?:\.\d+)?[ \t\u3000]*(?![年月日号、.．)）\d])")


def _clause_across_break(folded: str, doc: Document, clause: int) -> int:
    """Where the clause of a line opening with a figure starts when the line before breaks off in
    the middle of a sentence (a page break of the source: 乡镇企业总产值完成\n\n85 亿元): the
    clause of that line's end; else `clause` itself."""
    if not _FIGURE_OPENS_LINE.match(folded, clause):
        return clause  # 2023年，…; 1. …: a line of its own
    end = clause - 1
    while end > 0 and folded[end - 1] in "\n \t\u3000":
        end -= 1
    line = folded.rfind("\n", 0, end) + 1
    if (
        end - line < 20  # a title, a list item: no sentence broken off
        or folded[line : line + 1] in "#|>-*"
        or not "\u4e00" <= folded[end - 1] <= "\u9fff"
        or doc.clause_start(end) != doc.clause_start(end - 1)
        or _heading_between(doc, line, clause)
    ):
        return clause
    return doc.clause_start(end)


def _heading_between(doc: Document, start: int, end: int) -> bool:
    """Whether a heading starts or ends in folded[start:end] (a heading is a sentence of its
    own)."""
    edges = doc._heading_edges
    i = bisect_left(edges, start)
    return i < len(edges) and edges[i] <= end


def _link_range(folded: str, mentions: list[Mention], doc: Document) -> None:
    """5%—5.5%: two written bounds; the lower is `over`, the upper `under`. A lower bound
    written with its magnitude and no unit takes the upper's (3亿至5亿元: 3亿元, not 3亿)."""
    if len(mentions) < 2:
        return
    a, b = mentions[-2], mentions[-1]
    if not (
        0 < b.start - a.end <= 3
        and folded[a.end : b.start].strip(" \t") in ("—", "——", "–", "-", "~", "至", "到")
        and a.qualifier == "exact"
        and b.qualifier == "exact"
    ):
        return
    if a.reading.unit != b.reading.unit:
        span = a.span
        if span.unit or not span.magnitude or span.magnitude != b.span.magnitude or not b.span.unit:
            return
        lower = _mention(folded, doc, dataclasses.replace(span, unit=b.span.unit, lower_of=b.span))
        if lower is None:
            return
        mentions[-2] = a = lower
    a.qualifier, b.qualifier = "over", "under"
    b.kind, b.direction = a.kind, a.direction


def extract(text: str, source: str = "-", keys=None, pages=None) -> list[Record]:
    """Every quantitative mention of a report as records (the public entry point).

    `keys` is a table of canonical indicator keys (`keys.load_keys`); the shipped one by
    default. `pages` (the start offset of each page, as a PDF reader gives them) sets each
    record's `page`.

    >>> [(r.text, r.indicator_key) for r in extract("地区生产总值增长6%左右。")]
    [('增长6%左右', 'gdp_growth')]
    """
    folded = fold(text)
    doc = read_structure(text, folded)
    mentions = find_mentions(text, folded, doc)
    place = ReportPlace(text)  # (found once, when a rule of subjects or keys first reads it)
    attach_indicators(text, folded, mentions, place)
    table = keys if keys is not None else shipped_table()  # (its rows made as first read)
    records = to_records(text, doc, mentions, source, table, place)
    return with_pages(records, pages) if pages else records


# 由2020年的5126亿元增至6188.5亿元, 森林覆盖率从34.9%提高到39.93%: the figure a change starts
# from is the level of an earlier time, not of the year the part of the report speaks of. Its
# year is the one written before it (2020年的, “十一五”末的, 上年的), else unknown.
# (the time before the figure ends with 的, or is a year or a plan's end written right before it:
# 由2016年2807亿元增加到…, 从2011年6580.28亿元预计提高到…; the verb may follow a comma: 从2000年的
# 269.12亿元，增加到2005年的525.62亿元)
_FROM = compiled.compile_std(
    r"[由从](?P<when>[^，。；、,;由从]{0,14}?的|上年|(?:19|20)[0-9][0-9]年末?"
    # (the figures a list starts from: 由19019元、6876元提高到30775元、11045元)
    rf"|{PLAN_END})?(?:每[人户月年]){{0,2}}(?:[^，。；、,;由从]{{1,12}}、)*$"
)
_TO = compiled.compile(
    r"(?:、[^，。；、,;]{1,12}?)*[，,]?[^，。；,;]{0,3}?(?:提高|提升|增加|增长|上升|下降|降低|减少|扩大|缩小"
    r"|缩短|延长|攀升|跃升|增|降|升)(?:到|至|为)"
)
_TO_REACH = 40  # (the verb after the figures of the list, 由A、B提高到)
_FROM_REACH = 30  # (由 before the figures of the list: 由2015年的24310.5元、11079.3元、46000.8元)
_WHEN = LazyPattern(
    rf"(?P<year>{YEAR_WRITTEN})年"
    rf"|{PLAN_END_NAMED}|(?P<before>上年)"
)


def start_of_change_year(text: str, start: int, end: int, year: int | None) -> int | None:
    """The year of a figure that a change starts from (由A提高到B: A), from the words before
    it; None where they do not say. `year` is the year of the part of the report (the figure
    of 上年 is the year before it). Not a change\'s start: `year` as it is.

    >>> def year_of(text, figure, year):
    ...     at = text.index(figure)
    ...     return start_of_change_year(text, at, at + len(figure), year)
    >>> year_of("地区生产总值由2020年的5126亿元增至6188.5亿元", "5126亿元", 2025)
    2020
    >>> year_of("比重由“十二五”末的17.1%提高到32.9%", "17.1%", 2020)
    2015
    >>> year_of("比重由上年的48.8%上升到60.2%", "48.8%", 1998)
    1997
    >>> year_of("城市低保标准由每人每月365元提高到410元", "365元", 2013) is None
    True
    >>> year_of("由3家企业组成", "3家", 2013)
    2013

    The year or plan's end may stand right before the figure, and the verb after a comma:

    >>> year_of("GDP由2016年2807亿元增加到2021年4402.98亿元", "2807亿元", 2021)
    2016
    >>> year_of("生产总值从2000年的269.12亿元，增加到2005年的525.62亿元", "269.12亿元", 2005)
    2000
    >>> year_of("比重从“十二五”末26%提高到32%", "26%", 2020)
    2015

    A list of figures may start the change, each before the verb (由A、B提高到C、D):

    >>> year_of("收入分别由19019元、6876元提高到30775元、11045元", "6876元", 2017) is None
    True
    >>> year_of("收入分别由2015年的24310元、11079元提高到32634元", "24310元", 2020)
    2015
    >>> year_of("分别由2015年的24310.5元、11079.3元、46000.8元提高到…", "46000.8元", 2020)
    2015
    """
    before = _FROM.search(text, max(0, start - _FROM_REACH), start)
    if before is None or _TO.match(text, end, end + _TO_REACH) is None:
        return year
    when = before["when"] and _WHEN.search(before["when"])
    if not when:
        return None
    if when["year"]:
        return year_number(when["year"])
    if when["plan"]:
        return plan_end(when["plan"])
    return None if year is None else year - 1


# A goal by a later year names it before its figure: 到2026年，规上工业企业突破2200户; 2025年前;
# 到“十四五”末 (the plan's last year); a clause that opens with the year or the plan's end, after
# a stop or 力争, 确保, 争取 (，2020年达到1.5万亿元; 力争2020年全市…; 、2026年市域城镇人口). Not a
# year that starts a range, a list or a time since (2022-2026年, 2023年、2024年、2025年分别达到…,
# 2016年以来, 2016年起), nor a price base or a level (2010年不变价, 2020年的, 2020年水平, 2020年同期);
# a year something is counted from is no clause's opening (比2010年, 在2019年基础上). A plan's
# period written after it (“十四五”期间, “十五五”时期) names no year: the plan year. The nearest
# in the figure's sentence, within _BY_REACH characters (a plan's list of goals runs long after
# its year: 到2026年，地区生产总值超过7500亿元，…，常住人口达到720万人; at 80 characters, 41
# figures of the corpus lost their year).
# (each alternative opens with a character of a small set, which the engine skips to: a
# look-behind opening one had it try every alternative at every character, 9.3 against 6.4 ms
# over a third of more/; the stop before a clause is read, not looked behind at)
_OPENING = r"(?:[，,、；;：:。！？!?\n]|力争|确保|争取)"
_NOT_BY = r"[以之]?[来起后]|开始|分别|[至到和与及、\-—－~～]|基础|[不价的为同]|水平"
_BY_YEAR = compiled.compile_std(
    rf"(?:[到至](?<![年\d][到至])|截[至止](?<![年\d]截[至止])) ?(?P<year>{YEAR_WRITTEN}) ?年(?:底|末)?"
    rf"|(?P<before>{YEAR_WRITTEN}) ?年(?:底)?前"
    rf"|{_OPENING} ?(?P<opening>{YEAR_WRITTEN}) ?年(?!{_NOT_BY})"
    rf"|(?:{_OPENING}|到|至)(?:到|至)?{PLAN_END_NAMED}"
    rf"|(?P<period>[“\"]?(?:{PLAN_ORDINAL})五[”\"]?(?:期间|时期))"
)
# (what every deadline of _BY_YEAR writes: a year or a plan's end; a plan's period names none)
_NAMES_A_YEAR = compiled.compile_std(rf"(?:{YEAR_WRITTEN}) ?年|{PLAN_END}")
# the year of the report's plan named after a later one, nearer the figure (今年, 年内)
_NEARER_THIS_YEAR = compiled.compile_std(r"今年|年内|本年度")
_BY_REACH = 400  # (back to the sentence's last full stop, STOP_MARKS: not a semicolon)
# what follows the start of a change in its clause: the words to its end (、7234元和405亿元分别达到,
# 提高到, 降为)
_TO_END = compiled.compile_std(r"[^，,。；;！？!?\n]{0,24}?[到至为]")


def goal_year(text: str, start: int, year: int, since: int = 0) -> int:
    """The year of a goal of several years at `start` (`period` years, status target): the
    later year it is to be reached by, written before it in its sentence (to its last full
    stop or line break, across semicolons: a plan sets out its goals by a year in clauses,
    `2020年全市生产总值达1800亿元；人均生产总值6万元；…`) within _BY_REACH characters (到2026年,
    2025年前, 到“十四五”末, 力争2020年), else `year`, the plan year.

    >>> text = "到2026年，规上工业企业突破2200户。"
    >>> goal_year(text, text.index("突破"), 2022), goal_year("年均增长7%", 4, 2022)
    (2026, 2022)
    >>> text = "到“十四五”末，全市生产总值突破5000亿元；比2010年翻一番。年均增长7%"
    >>> [goal_year(text, text.index(w), 2021) for w in ("突破", "翻", "增长")]
    [2025, 2025, 2021]
    >>> text = "到2035年，人均生产总值翻一番；“十四五”期间，生产总值年均增长6.5%。"
    >>> goal_year(text, text.index("增长"), 2021)
    2021

    The year named nearer the figure, this year's, wins (`2027年前完成改造，今年完成60%`);
    `since`: where the reading stops, if later than the sentence's last full stop.

    >>> text = "2027年前完成改造，今年完成60%，2026年完成80%。"
    >>> goal_year(text, text.index("60%"), 2025), goal_year(text, text.index("80%"), 2025)
    (2025, 2026)
    """
    lo = start - _BY_REACH if start > _BY_REACH else 0
    lo = max(lo, since, 1 + last_mark(text, STOP_MARKS, lo, start))
    # (from the character before: the stop before the sentence may open its first clause,
    # 。2020年全市…)
    written_by = list(_BY_YEAR.finditer(text, lo - 1 if lo else 0, start))
    if not written_by:
        return year
    found = written_by[-1]
    if found["period"]:
        return year
    written = found["year"] or found["before"] or found["opening"]
    by = year_number(written) if written else plan_end(found["plan"])
    if by <= year or _NEARER_THIS_YEAR.search(text, found.end(), start):
        return year
    return by


def to_records(
    text: str,
    doc: Document,
    mentions: list[Mention],
    source: str,
    keys=(),
    place: ReportPlace | None = None,
) -> list[Record]:
    """The records of a document's mentions, in one sweep over them in text order.

    A figure's sentence, status (and so its year) and section are those of the figure before
    it until it passes the end of them (most figures share them with the one before: over
    more/, a sentence with figures holds two on average, a section thirteen); only then are
    they looked up (by bisection). A figure before them (mentions out of order) is looked up
    too. The reader of periods is told the figures' offsets (`PeriodReader`). `place`: the
    report's place, which the key rules share with the subjects' (`extract`).
    """
    periods = PeriodReader(doc, [m.start for m in mentions])
    period, plain = periods.period, periods.plain
    context = KeyContext(text, place)  # what the key rules read once per document
    keyed = bool(keys)  # (once: the shipped table, `keys.ShippedTable`, tells its length by a call)
    records = []
    sentence_lo = sentence_hi = status_lo = status_hi = section_lo = section_hi = 0
    for m in mentions:
        start = m.start
        if not sentence_lo <= start < sentence_hi:
            sentence_lo, sentence_hi, sentence = doc.sentence_at(start)
            changes = "由" in sentence or "从" in sentence  # (a change's start: below)
            later = None  # (whether the sentence names a year or a plan's end: below)
        if not status_lo <= start < status_hi:
            status_lo, status_hi, status = doc.status_at(start)
            part_year = doc.year(status)
        if not section_lo <= start < section_hi:
            section_lo, section_hi, section = doc.section_at(start)
        year = part_year
        # 由2020年的5126亿元增至…: the start of a change writes 由 or 从 in the 30 characters
        # before it (looked for there where they may stand before the figure's sentence)
        change_start = False
        if not m.span.verb and (changes or start - _FROM_REACH < sentence_lo):
            before = text[start - _FROM_REACH if start > _FROM_REACH else 0 : start]
            if "由" in before or "从" in before:
                year = start_of_change_year(text, start, m.end, year)
                # (its end follows it in the clause: 从15104元、7234元分别达到…, 从8.7万元提高到)
                change_start = _TO_END.match(text, m.end) is not None
        reading = m.reading
        # (`period`'s answer for most figures, without the call)
        span = "year" if start in plain and m.kind != "multiple" else period(start, m.kind)
        # (not for the start of a change, which keeps its own year, written or not:
        # 由2020年的5000亿元增加到…, 从15104元、7234元分别达到…)
        if status == "target" and year == part_year and year is not None and not change_start:
            if span == "years":
                year = goal_year(text, start, year)
            elif span == "year" and (
                later or later is None and (later := _NAMES_A_YEAR.search(sentence) is not None)
            ):
                # a goal of a later year in the year's work (力争到2027年，数字经济核心产业增加值
                # 占比达到12%): of several years, by that year. Read in the figure's clauses up
                # to a semicolon only: there a semicolon opens the next task of the year
                # (力争2015年基本消除棚户区；完成城镇保障性住房建设47366套)
                by = goal_year(text, start, year, sentence_lo)
                if by != year:
                    span, year = "years", by
        # positional, in the field order of Record (by keyword, a fifth of the cost of a record)
        records.append(
            new_record(
                source,
                text[start : m.end],
                start,
                m.end,
                m.value,
                reading.unit,
                m.base_value,
                reading.base_unit,
                reading.dimension,
                m.kind,
                m.qualifier,
                m.direction,
                m.indicator,
                status,
                year,
                section,
                sentence,
                key_in_context(text, m, keys, context) if keyed else None,
                span,
            )
        )
    return records


# ------------------------------------------------------------------ inputs with pages


def with_pages(records: list[Record], pages) -> list[Record]:
    """Records with `page` set from the start offset of each page (1-based, by bisection)."""
    from .readers.source import page_of

    return [dataclasses.replace(r, page=page_of(pages, r.start)) for r in records]


def extract_source(src, keys=None) -> list[Record]:
    """`extract` of a `readers.Source`: its text, its name, and the pages of a PDF."""
    return extract(src.text, source=src.name, keys=keys, pages=src.pages)
