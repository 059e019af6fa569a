"""The period a figure covers: one year's, several years', or part of a year (`period`).

Every record gets one of three values, from the words before its figure (in its sentence,
at most NOT_ANNUAL_WINDOW characters back) and the passage it stands in:

| value | covers | written |
|---|---|---|
| `year` | one year's figure, or a level at one time (the default when nothing says otherwise) | 增长7%, 达到1000亿元, 2012年专利授权量达到2.7万件, 每年种植100万株, 增加到2020年的512.75亿元, PM2.5年均浓度36.2微克/立方米、同比下降5%, 新增42家，累计达到70家; in a review of five years, the part on one year (一年来，…, 去年，…, 刚刚过去的2020年…) |
| `years` | an average, total or change over several years; a goal for a year later than the plan year | 年均增长8.5%, 累计新增就业60万人, 比2002年增长65.5%, 是2007年的2.1倍, 到2025年达到…, in a review of five years (五年来，…) what was done in them (完成改造135个) or a rate held through them (比重保持70%以上), in the goals of a five-year plan (“十四五”时期主要目标, and the sections of the plan after them up to the section of the year's work) what is to be reached |
| `part` | part of a year: quarters, halves, months | 前三季度增长5.2%, 上半年, 1—11月, 2月份-4.9% |

The records (extract) get `period`; the dataset tables (targets, panel, achievement) also
read the words before a figure more narrowly (`table_one_year`, below): a target of the year
must be one year's by both readings, last year's figure by the narrower one (a wider reading
there changes the past year's figure in a third of the reports of more/).

Cost: it runs for every record. The words that can make a figure something other than one
year's are rare and each holds one of a few characters (均, 累, 季, 比, 到…): one scan of the
text for them (a plain character class, the standard library's fast path) finds the few
figures worth reading closely; every other figure is `year` at the cost of a bisection.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from heapq import heappop, heappush
from itertools import chain

from .. import compiled
from ..context.structure import PLAN_END_NAMED, Document, plan_end, year_number
from ..lazy import LazyPattern
from ..model import PERIODS  # noqa: F401  (the values, for those who import them from here)

# 年均增长14.3%, 比2002年末增长: the words just before the figure (10 characters)
RE_AVERAGE = compiled.compile_std(
    r"(?:(?:年均|平均每年|年平均|平均)(?:增长|递增|提高|下降)?|比(?:19|20)\d\d年末?(?:增长|提高|下降)?)$",
    first=True,
)
AVERAGE_WINDOW = 10
# Words before a figure, in its sentence, that make it something other than one year's figure:
# 五年内…增长百分之四十四, 累计新增城镇就业60万人, 前三季度增长5.2%, 两年平均增长, 比2002年增长,
# 1—11月, 2月份, 前11个月, 是2007年的2.1倍
# (a year as written, as structure.YEAR_WRITTEN with ○ besides, which _year_of reads: ASCII
# digits, for the same reason)
_YEAR = r"(?:(?:19|20)[0-9][0-9]|[一二][九〇零○][〇零○一二三四五六七八九]{2})"
_MONTH = r"(?:1[012]|[1-9]|十[一二]?|[一二三四五六七八九])"
# (run on the standard library's engine, told the first character of each of its words: it
# skips in C every position where none starts)
RE_NOT_ANNUAL = compiled.compile_std(
    r"(?P<clause>年均(?!浓度)|平均每年|每年平均|年平均|平均增长|两年平均|(?P<total>累计))|"
    # 比“十二五”末, 比“十五”期末, 较“九五”末期: compared with the end of a five-year plan (before
    # the frame's “十二五”末, which would leave the figure to its clause's other words)
    rf"[比较]{PLAN_END_NAMED}|"
    # (五年, not of a campaign named for its five years: 实施农村人居环境整治提升五年行动，新改建
    # 农村户厕3000座 is the year's work)
    r"(?P<frame>五年(?!行动)|十年|期间|年间|“?十[一二三四五]五”?(?:时期|以来|末)|[“”]?[六七八九]五[”]?时期|"
    # (经过八年持续努力, 用三年时间, 四年来: a span of other years; not a comparison with them:
    # 三年来最为严峻的, 三年来首次, 三年来第一次正增长, 十六年来新高, 扭转了三年来持续下滑的态势)
    # (each on its rarer character, read back: the engine skips to the words' first characters)
    r"过(?<=经过)[二两三四六七八九]年|历经[二两三四六七八九]年|"
    r"间(?<=用[二两三四六七八九]年时间)|间(?<=用[二两三四六七八九]年的时间)|"
    r"间(?<=用[二两三四六七八九]年左右时间)|"
    r"来(?<=[二两三四六七八九]年来)"
    r"(?![^，,。]{0,6}(?:最|首|第一次|少有|罕见|新高|新低|的(?=[^\d一二三四五六七八九十两])))|"
    rf"{_YEAR}(?:—|-|－|至|到){_YEAR}?年)|"
    rf"到(?P<by>{_YEAR})年|"
    # 比2002年, 同2002年相比, 是2007年末的: `than`, the year compared with, one group for the
    # three, closed by 相比 or 比较 after 同 (`compared`), by 的 after 是 (`times`)
    rf"(?:[比较]|(?P<compared>同|与|和|跟)|(?P<times>是))(?P<than>{_YEAR})年"
    r"(?(compared)(?:相比|比较))(?(times)末?的)|"
    r"(?P<part>前三季度|[上下]半年|[一二三四]季度)",
    first=True,
)
# months, read only where the window holds 月 (a pattern that starts with a digit is slow to
# try at every character): 1—11月, 2月份, 前11个月, 开园后四个月共
RE_MONTHS = compiled.compile(
    rf"(?<![\d年]){_MONTH}(?:—|-|－|~|～|至|到){_MONTH}月|(?<![\d年—\-－至到]){_MONTH}月份|"
    r"(?<!提)前(?:1[01]|[1-9]|十一?|[一二三四五六七八九])个月|"
    r"(?:[1-9]|[一二三四五六七八九十])个月(?:共|内|来)"
)
NOT_ANNUAL_WINDOW = 60
# what ends the stretch of a figure's window that its words are read in (the last of them)
_SENTENCE_STOPS = "。；;：:\n！？!?"
_STOP = compiled.compile_std(f"[{re.escape(_SENTENCE_STOPS)}]")
# 增速从一季度的-13.1%回升到1.5%: the quarter is where the year's figure started from
_FROM_PART = LazyPattern(r"[从由]\p{Han}{0,2}$")
_FIGURE = LazyPattern(r"\d[\d.]*%.*?[到至]")
# 上半年由负转正，全年地区生产总值增长3.7%: the part is left behind
_WHOLE_YEAR = LazyPattern(r"全年")
# a deadline right after a part of the year: 上半年全部开工, 一季度前完成, 上半年建成投产 (not
# what the part's figures were: 上半年完成生产总值6740亿元、增长2.5%)
_DEADLINE = LazyPattern(
    r"(?:前|内|底|末)?(?:全部|全面|基本|率先|要|必须|力争|确保)?"
    r"(?:开工|完成|建成|投产|竣工|到位|启动|落地|通车|运行|投用|上线|出台|实施)"
    r"(?![^，,；;。]{0,10}(?:生产总值|增加值|收入|产值|总额|投资|营业额|销售额|零售))"
)
# 年均增长3.7%，税收占比达到73.3%: an average or a total speaks of its own clause; 累计净增
# 155万户、总量达474万户: a stock after it is one time's
_CLAUSE_MARK = compiled.compile_std(r"[，,]")
_STOCK = compiled.compile_std(r"总量|总数|总规模")
_REACHED = LazyPattern(r"[加高升大长增达]到")
_AT_THE_DATE = LazyPattern(r"(?:末|底)?的?")  # (the figure right after the date)
# PM2.5年均浓度36.2微克/立方米、同比下降5%: a change on the year before, one year's
ON_LAST_YEAR = compiled.compile_std(r"同比|比上年|较上年|比去年|较去年")
# 新增上市企业42家，累计达到70家: after an addition, the running total is the stock at one time
_RUNNING_TOTAL = compiled.compile_std(r"(?:新增|净增|增加)[^，,；;。]*[，,、]累计(?:达到|达)$")
# 累计接待游客1148.7万人次，增长15.9%: a total with a growth on the year before is the year's
_THEN_GROWTH = compiled.compile_std(r"[^，,；;。]{0,16}[，,、](?:同比|比上年)?(?:增长|下降)\d")
# 五年累计引进国内资金2156亿元，年均增长13.5%；实际利用外资38亿美元: a series whose sentence
# opens with the years (五年累计, “十三五”期间) goes on after a semicolon
_SERIES_STOPS = "；;"
_SENTENCE_END = compiled.compile_std(r"[。\n！？!?]")
_SERIES_OPENING = compiled.compile(
    r"[^；;]*?(?:五年|“?十[一二三四五]五”?(?:时期|期间)|[二三四五]年来)[^，,；;]{0,2}累计"
)

# The dataset tables (targets, panel, achievement) read the words before a figure more
# narrowly (`table_one_year`): these words only, with no passage, clause or whole-year reading;
# their results are kept as they were when `period` came (a wider reading there changes the
# past year's figure set beside a target in a third of the reports of more/: to be judged on
# its own, report by report)
RE_TABLE_NOT_ANNUAL = LazyPattern(
    r"年均|平均每年|每年平均|年平均|平均增长|两年平均|累计|五年|十年|期间|年间|"
    r"“?十[一二三四五]五”?(?:时期|以来|末)|[“”]?[六七八九]五[”]?时期|"
    rf"{_YEAR}(?:—|-|－|至|到){_YEAR}?年|到{_YEAR}年|比(?P<than>{_YEAR})年|"
    rf"(?:同|与|和|跟)(?P<than>{_YEAR})年(?:相比|比较)|"
    r"(?P<part>前三季度|上半年|[一二三四]季度)"
)


def table_one_year(folded: str, pos: int, plan_year: int | None) -> bool:
    """Whether the dataset tables take the figure at `pos` for one year's: no average (年均),
    total (累计), five-year word (五年, “十三五”时期), base year (比2002年) or quarter (前三季度)
    before it in its sentence. It is the narrower reading the tables had before `period`:
    no passages (五年来，…), no months (1—11月), none of the exceptions of `words_period`
    (全年, a clause of its own, 总量); on the keyed records of more/ the two differ on 5.3 %
    (README, "period").

    >>> table_one_year("五年来年均增长8.5%", 5, 2021), table_one_year("增长6%", 0, 2021)
    (False, True)
    """
    if RE_AVERAGE.search(folded[max(0, pos - AVERAGE_WINDOW) : pos]):
        return False
    window = folded[max(0, pos - NOT_ANNUAL_WINDOW) : pos]
    window = window[_last_stop(window) + 1 :]
    for m in RE_TABLE_NOT_ANNUAL.finditer(window):
        if m["than"] and plan_year and _year_of(m["than"]) >= plan_year - 2:
            continue
        if (
            m["part"]
            and _FROM_PART.search(window, 0, m.start())
            and _FIGURE.search(window, m.end())
        ):
            continue
        return False
    return True


# Every word of RE_NOT_ANNUAL and RE_AVERAGE holds one of the characters 均累五十间季半到比较至—-－~～月
# (the anchors): a figure with none of them in the NOT_ANNUAL_WINDOW characters before it is
# one year's. (是2007年的2.1倍 has none: a multiple is read closely whatever the words before it)
# So words_period reads RE_NOT_ANNUAL only where its window holds one of them or 是 (月 is
# RE_MONTHS' alone), and RE_AVERAGE where its window holds 均 (年均, 平均) or 比 (比2002年).
_NOT_ANNUAL_CHARS = compiled.compile_std("[均累五十间季半到比较至—\\-－~～是来过历]")


def _last_stop(window: str) -> int:
    """Where the last of `_SENTENCE_STOPS` stands in `window`, or -1: the first of them in the
    window read backwards (a reversed copy of its sixty characters costs less than the engine's
    stepping back from its end, `structure.last_mark`, which was a third of the cost of a search
    for each stop and the greatest of them).

    >>> _last_stop("增长5%。全年：增长6%"), _last_stop("增长6%")
    (7, -1)
    """
    found = _STOP.search(window[::-1])
    return len(window) - 1 - found.start() if found else -1


def _year_of(written: str) -> int:
    """'2003', '一九八〇', '二○○二' -> the year.

    >>> _year_of("二○○二"), _year_of("2003")
    (2002, 2003)
    """
    return year_number(written.replace("○", "〇").replace("零", "〇"))


def words_period(folded: str, pos: int, plan_year: int | None) -> str:
    """The period the words before `pos` give a figure: `years`, `part`, `frame` (the
    sentence speaks of several years: 五年来, “十三五”时期, 2016—2020年; what the figure is
    depends on what it counts, `in_years`), or `year` when they say nothing.

    >>> words_period("城镇居民人均可支配收入年均增长9.7%", 15, 2008)
    'years'
    >>> words_period("前三季度地区生产总值增长5.2%", 12, 2024)
    'part'
    >>> words_period("比2002年增长65.5%", 6, 2004), words_period("地区生产总值增长6%", 6, 2004)
    ('years', 'year')
    """
    # (the windows' starts by conditional expressions: Python's max costs more than the slice)
    average = folded[pos - AVERAGE_WINDOW if pos > AVERAGE_WINDOW else 0 : pos]
    if ("均" in average or "比" in average) and RE_AVERAGE.search(average):
        return "years"
    window = folded[pos - NOT_ANNUAL_WINDOW if pos > NOT_ANNUAL_WINDOW else 0 : pos]
    stop = _last_stop(window)
    frame = False
    if stop >= 0:
        if window[stop] in _SERIES_STOPS and _series_of_years(folded, pos):
            frame = True
        window = window[stop + 1 :]
    found = list(RE_NOT_ANNUAL.finditer(window)) if _NOT_ANNUAL_CHARS.search(window) else []
    if "月" in window:
        found = sorted([*found, *RE_MONTHS.finditer(window)], key=lambda m: m.start())
    for m in found:
        months = m.re is RE_MONTHS
        # 比2003年增长13% in the report that plans 2004 (or reviews 2003) is one year's growth
        if not months and m["than"] and plan_year and _year_of(m["than"]) >= plan_year - 2:
            continue
        if not months and m["plan"]:
            # (比“十四五”末 in the report that plans 2027, which reviews 2026, is one year's
            # growth, as 比2025年 is)
            if plan_year and plan_year - 2 <= plan_end(m["plan"]) < plan_year:
                continue
            if _CLAUSE_MARK.search(window, m.end()):
                frame = True  # (a clause after the comparison: its figure's kind decides)
                continue
            return "years"
        if months or m["part"]:
            # 增速从一季度的-13.1%回升到1.5%: the quarter is where the year's figure started
            if _FROM_PART.search(window, 0, m.start()) and _FIGURE.search(window, m.end()):
                continue
            if _WHOLE_YEAR.search(window, m.end()):
                continue
            # (项目上半年全部开工，…，新增火电装机120万千瓦: the deadline of its own clause's work)
            if _DEADLINE.match(window, m.end()) and _CLAUSE_MARK.search(window, m.end()):
                continue
            return "part"
        # 增加到2020年的512.75亿元 in the report of 2021: a level at a past date, not a goal
        if (
            m["by"]
            and plan_year
            and _year_of(m["by"]) < plan_year
            and _REACHED.match(window, m.start() - 1 if m.start() else 0)
            and _AT_THE_DATE.fullmatch(window, m.end())
        ):
            continue
        if m["clause"] and _CLAUSE_MARK.search(window, m.end()):
            continue
        if _STOCK.search(window, m.end()) or ON_LAST_YEAR.search(window, m.end()):
            continue
        if m["total"] and _THEN_GROWTH.match(folded, pos, pos + 30):
            continue
        if m["total"] and _RUNNING_TOTAL.search(window):
            frame = True  # a stock, or by a later year (到2025年…累计达到26个)
            continue
        if m["frame"]:  # 五年年均实际增长8.2%: the words after the frame may say more
            frame = True
            continue
        return "years"
    return "frame" if frame else "year"


def _series_of_years(folded: str, pos: int) -> bool:
    """Whether the first part of the sentence of `pos` (cut at a semicolon before it) is a
    total of the years: 五年累计引进国内资金2156亿元，年均增长13.5%；实际利用外资38亿美元.

    >>> _series_of_years("。五年累计引进国内资金2156亿元；实际利用外资38亿美元", 21)
    True
    """
    lo = max(0, pos - 3 * NOT_ANNUAL_WINDOW)
    ends = list(_SENTENCE_END.finditer(folded, lo, pos))
    start = ends[-1].end() if ends else lo
    return _SERIES_OPENING.match(folded, start, pos) is not None


_DIGITS = frozenset("0123456789〇零○一二三四五六七八九十")
_OPENING = 16  # the first words of a sentence that may name the year it plans
_RANGE = frozenset("—-－~～至到")


def _cue_anchors(folded: str, starts: list[int] | None = None) -> list[int]:
    """The offsets of the anchors (above) that can be part of a word of
    RE_NOT_ANNUAL, RE_MONTHS or RE_AVERAGE, by their neighbours (达到 and 比上年 are not:
    到 and 比 count before a year only): a figure with none of them in the window before it
    is one year's, at the cost of a bisection.

    With `starts` (figures' offsets, in order), those in the windows before the figures only
    (with the characters after a window that a cue's look-ahead reads): the anchors that
    `PeriodReader.period` reads for them, found in a third of a report.

    >>> _cue_anchors("达到100亿元，比上年增长5%，年均增长3%")
    [17]
    >>> _cue_anchors("达到100亿元，比上年增长5%，年均增长3%", [6])
    []
    """
    if starts is None:
        return [m.start() for m in _CUES.finditer(folded)]
    found: list[int] = []
    # (a search for each anchor: most windows hold none, and a finditer with the list of its
    # matches cost a fifth more)
    search = _CUES.search
    lo = hi = 0  # the window read next: the windows of figures that overlap, joined
    for pos in [*starts, _PAST_ANY]:  # (the last window is read before an offset past any)
        if pos - NOT_ANNUAL_WINDOW > hi:
            cue = search(folded, lo, hi)
            while cue:
                found.append(cue.start())
                cue = search(folded, cue.end(), hi)
            lo = pos - NOT_ANNUAL_WINDOW
        hi = pos + _CUES_AHEAD
    return found


# _cue_anchors' characters with the neighbours that make each a cue, one alternative per
# character and neighbour, each opening with its character (the engine then skips to the next
# of those characters): 年均, 平均; 累计; 期间, 年间; 季度; 半年; 五年, 五”, 五时, 五期, 六五…九五;
# 三年来, 经过八年, 历经三年, 用三年时间;
# 十年, 十一五…十五五 (or 十, 十一 ending the text); 到, 比, 较 before a year (到2025年) or 较, or
# after a digit or 相; 月份, 个月, a month after a range (1—11月, 1-9月); a range after a digit
_DIGITS_CLASS = "".join(sorted(_DIGITS))
# the characters after a cue that its look-aheads read, at most (到2025年: 5)
_CUES_AHEAD = 5
_PAST_ANY = 1 << 62  # (an offset after every offset of a text)
_RANGE_CLASS = "".join(sorted(_RANGE)).replace("-", "\\-")
_CUES = compiled.compile_std(
    "|".join(
        [
            "均(?<=[年平]均)",
            "累(?=计)",
            "间(?<=[期年]间)",
            "季(?=度)",
            "半(?=年)",
            "五(?=[年”时期])",
            "五(?<=[六七八九]五)",
            # (三年来, 经过八年, 历经三年, 用两年时间: on their rarer characters, not the numerals)
            "来(?<=[二两三四六七八九]年来)",
            "过(?<=经过)(?=[二两三四六七八九]年)",
            "历(?=经[二两三四六七八九]年)",
            "间(?<=年时间)",
            "间(?<=[右的]时间)",
            r"十(?=年|[一二三四五](?:五|\Z)|\Z)",
            *(rf"{c}(?=[12一二][\s\S]{{3}}年|较)" for c in "到比较"),
            *(f"{c}(?<=[{_DIGITS_CLASS}相]{c})" for c in "到比较"),
            "月(?=份)",
            "月(?<=个月)",
            f"月(?<=[{_RANGE_CLASS}][{_DIGITS_CLASS}]月)",
            rf"月(?<=[{_RANGE_CLASS}][\s\S][{_DIGITS_CLASS}]月)",
            *(f"{re.escape(c)}(?<=[{_DIGITS_CLASS}]{re.escape(c)})" for c in "至—-－~～"),
        ]
    )
)


def _cut(passages: list[tuple[int, int, str]]) -> tuple[list[int], list[str | None]]:
    """The passages (start, end, status), sorted, as cuts: the offsets where one starts or
    ends, and at each the status of the innermost passage that holds it (the shortest; of two
    as long, the first), None where none does. One sweep: the passages that hold a cut are
    kept in a heap by length, and those ended are dropped when they come to its top (a test
    of every passage at every cut took 4.9 s on a text of 6,000 short passages).

    >>> _cut([(0, 10, "years"), (2, 5, "one"), (12, 14, "years")])
    ([0, 2, 5, 10, 12, 14], ['years', 'one', 'years', None, 'years', None])
    """
    cuts = sorted({p for start, end, _ in passages for p in (start, end)})
    statuses: list[str | None] = []
    held: list[tuple[int, int, int, str]] = []  # (length, order, end, status)
    i = 0
    for at in cuts:
        while i < len(passages) and passages[i][0] <= at:
            start, end, status = passages[i]
            heappush(held, (end - start, i, end, status))
            i += 1
        while held and held[0][2] <= at:
            heappop(held)
        statuses.append(held[0][3] if held else None)
    return cuts, statuses


class PeriodReader:
    """The period of the figures of one document, read at their start offsets.

    >>> from ningbo_indicators.context.structure import read_structure
    >>> text = "前三季度，全市生产总值增长5.2%，全年增长6%；五年来年均增长8.5%。"
    >>> reader = PeriodReader(read_structure(text, text))
    >>> [reader.period(text.index(f), "growth") for f in ("5.2%", "6%", "8.5%")]
    ['part', 'year', 'years']
    """

    __slots__ = (
        "doc",
        "folded",
        "plan_year",
        "_anchors",
        "_starts",
        "_cuts",
        "_statuses",
        "plain",
    )

    def __init__(self, doc: Document, starts: list[int] | None = None) -> None:
        """`starts`: the offsets of the figures whose period will be read, when known (the
        anchors are then looked for before them only; a figure at another offset is looked
        at when its period is read)."""
        self.doc = doc
        self.folded = doc.folded
        self.plan_year = doc.plan_year
        if starts is not None:
            starts = sorted(starts)
        self._anchors = _cue_anchors(doc.folded, starts)
        self._starts = None if starts is None else frozenset(starts)
        # the passages of several years as cuts: _statuses[i] holds from _cuts[i] to the next
        self._cuts, self._statuses = _cut(several_years_passages(doc))
        # the figures whose period is `year` at once, but for a multiple (read by the pipeline
        # too, which then makes no call of `period` for most figures)
        self.plain = self._plain_years(starts) if starts is not None else frozenset()

    def _plain_years(self, starts: list[int]) -> frozenset[int]:
        """The offsets of `starts` (in order) that `period` answers `year` for at once, but for
        a multiple: no anchor in the window before them (so no words are read), and no passage
        of several years around them. (Anchors and passages are few: the figures after each
        are found by bisection, where `period` would bisect both for every figure.)"""
        plain = set(starts)
        # an anchor at `a` is in the window of the figures in (a, a + NOT_ANNUAL_WINDOW]
        for a in self._anchors:
            lo = bisect_right(starts, a)
            plain.difference_update(starts[lo : bisect_right(starts, a + NOT_ANNUAL_WINDOW, lo)])
        # a passage of several years holds from its cut to the next (as `period` reads them)
        cuts = self._cuts
        for k, passage in enumerate(self._statuses):
            if passage is not None and passage != "one":
                lo = bisect_left(starts, cuts[k])
                hi = bisect_left(starts, cuts[k + 1]) if k + 1 < len(cuts) else len(starts)
                plain.difference_update(starts[lo:hi])
        return frozenset(plain)

    def period(self, pos: int, kind: str = "") -> str:
        """`year`, `years` or `part` for the figure of `kind` that starts at `pos`."""
        if pos in self.plain and kind != "multiple":
            return "year"  # (most figures: `_plain_years`)
        if self._starts is None or pos in self._starts:
            anchors = self._anchors
            i = bisect_left(anchors, pos - NOT_ANNUAL_WINDOW)
            cue = i < len(anchors) and anchors[i] < pos
        else:  # (a figure the anchors were not looked for before)
            found = _CUES.search(self.folded, max(0, pos - NOT_ANNUAL_WINDOW), pos + _CUES_AHEAD)
            cue = found is not None and found.start() < pos
        words = "year"
        if cue or kind == "multiple":
            words = words_period(self.folded, pos, self.plan_year)
            if words in ("years", "part"):
                return words
        cuts = self._cuts
        passage = None
        if cuts:
            j = bisect_right(cuts, pos) - 1
            passage = self._statuses[j] if j >= 0 else None
            if passage == "one":  # a part on one year inside a review of several
                passage = None
        if words == "year" and passage is None:
            return "year"
        return self._several(pos, kind, passage)

    def _several(self, pos: int, kind: str, passage: str | None) -> str:
        """A figure in a passage or a sentence of several years (`words_period` gave `frame`)."""
        doc, folded = self.doc, self.folded
        status = doc.status(pos)
        if passage is not None and passage != status:
            passage = None  # a review paragraph the plan part holds, a goal in a review
        first = doc.sentence_span(pos)[0]  # (where the sentence starts)
        start = pos - 2 * NOT_ANNUAL_WINDOW
        before = folded[first if first > start else start : pos]
        if status == "target":
            # (in its last words, or the first of its sentence: 今年经济社会发展主要预期目标是：…)
            this_year = ("今年", "明年", "全年", f"{self.plan_year}年")
            opening = folded[first : first + _OPENING]
            if any(w in before or w in opening for w in this_year):
                return "year"
            return "years"  # a goal of the plan for its last year
        # (every word of RE_ONE_YEAR_WORDS holds 年 but 同比: four in five stretches hold neither)
        if ("年" in before or "同比" in before) and RE_ONE_YEAR_WORDS.search(before):
            return "year"
        at = doc.clause_start(pos)
        clause = folded[at:pos]
        if kind == "ratio" and len(clause.strip()) <= 5 and RE_LEVEL.search(clause) is None:
            # 五年办理人大代表建议768件、政协提案2605件，办复率100%: the rate of what was
            # just counted is of the same years
            counted = _COUNTED_BEFORE.search(folded, max(0, at - 20), at)
            if counted:
                return self.period(counted.start(), "count")
        if kind in ("count", "amount") and _CHANGE_SINCE_AFTER.match(folded, pos):
            return "year"  # 利税过亿元的企业60家，比2000年增加49家: the level the change led to
        if kind in ("count", "amount") and at > first and RE_ADDED.search(clause) is None:
            # 进出口总额达到259亿美元，其中出口144亿美元 (or 其中，出口…): a part of a level is a
            # level (not of what was added or spent in the years: 五年新增公路里程2113公里，其中
            # 高速公路559公里, 五年支出达到2620亿元，其中…; nor 其中火电新增730万千瓦)
            # (where the stop before 其中 stands, inside the sentence: a sentence that opens with
            # 其中 is not read against the one before, whose last clause need not be its whole)
            if clause.lstrip().startswith("其中"):
                end = at - 1
            elif folded.endswith(("其中，", "其中,"), 0, at):
                end = at - 1 - len("其中，")
            else:
                end = first - 1
            if end >= first:
                whole = folded[doc.clause_start(end) : end]
                if _WHOLE_LEVEL.search(whole) and not _WHOLE_OF_YEARS.search(whole):
                    return "year"
        return "years" if in_years(clause, kind, folded[pos : pos + 2]) else "year"


# A passage that looks back over several years: a paragraph that opens with 五年来, 过去五年,
# 这五年, 四年来, 五年的, 近五年，, 回顾过去五年, 历经五年, 回顾本届政府, 本届政府任期的五年,
# 这是…的五年。 or “十二五”期间 (a plan's years ahead, in the part of the plan, are another
# status: `_several`), after the address or not (各位代表！过去五年，…); a first-level section
# that reviews a five-year plan or a term and names no single year (一、过去五年工作回顾,
# 一、“十二五”时期工作回顾; not 一、2020年和“十三五”工作回顾). (Not 今年是本届政府任期的最后一年:
# one year.)
# (in numerals or digits: 五年来, 5年来; not the last digit of a year, 2015年)
_SEVERAL = r"(?:[二两三四五六七八九十]|(?<![0-9.])[2-9])年"
# The opening of a paragraph (a line break, then blanks, dashes or Markdown's marks) and of the
# address that may open it: the patterns of paragraphs below share them
_PARAGRAPH = r"\n[ \t\u3000—\-*#>]{0,4}"
_ADDRESS = r"(?:各位代表[，,！!：:]\s*)?"
# (a line break first: the standard library's engine finds a literal first character fast)
RE_SEVERAL_PARAGRAPH = compiled.compile_std(
    _PARAGRAPH
    + _ADDRESS
    + (
        # (the first characters of the words below, tried first: most paragraphs open otherwise)
        r"(?=[回在经历近我过这二两三四五六七八九十2-9本“\"今未新])"
        rf"(?:(?P<back>(?:回顾|回首|回望)(?:过去的?|这)?{_SEVERAL}|(?:在|经过|历经|近|我[市州省区])?"
        rf"(?:过去的?{_SEVERAL}|这五年|五年的|{_SEVERAL}(?:来|中|间|里|[，,]))"
        # (not an ordinal: 本届政府履职的第二年)
        rf"|(?:回顾|回首|回望)本届政府|本届[^，,。\n]{{0,8}}?(?<!第){_SEVERAL}"
        # (——这是综合实力迈上新台阶的五年。: what the years were, the paragraph's first sentence)
        rf"|这是[^。，,\n]{{0,30}}的{_SEVERAL}[。，,！!]"
        r"|[“\"]?(?:十[一二三四五]|[六七八九])五[”\"]?(?:时期|期间|以来)|[“\"]十五[”\"](?:时期|期间|以来))"
        rf"|今后{_SEVERAL}|未来{_SEVERAL}|新一届[^，,。\n]{{0,8}}?{_SEVERAL})"
    )
)
# ... and, inside a review of them, a part on one year: a paragraph that opens with 一年来,
# 去年, 过去一年, 这一年, 刚刚过去的2020年, 2015年， (the year before the plan year), or a
# sentence that does so after the address or 特别是 (…有了新作为。各位代表，刚刚过去的2025年，…;
# “十三五”时期是…的五年。特别是刚刚过去的2020年，…), runs to the
# next paragraph of several years (五年来, “十二五”时期…) or the end of the review
_ONE_YEAR_OPENING = (
    r"(?:一年来|去年|这一年|(?:在|回顾|回首|回望|总结)?(?:刚刚)?过去(?:的)?一年"
    rf"|刚刚过去的(?P<past>{_YEAR})[ \u3000]?年|(?P<year>{_YEAR})[ \u3000]?年[，,是])"
)
RE_ONE_YEAR_PARAGRAPH = LazyPattern(_PARAGRAPH + _ADDRESS + _ONE_YEAR_OPENING, std=True)
# (mid-paragraph: a pattern of its own, whose first characters, 各 and 特, are rare; the stop
# before it is read apart: a pattern that opened with the stop was tried at every sentence)
RE_ONE_YEAR_SENTENCE = LazyPattern(
    r"(?:各位代表[，,！!：:]\s*|特别是)" + _ONE_YEAR_OPENING, std=True
)
# ... or a sentence that opens with the year alone (…的五年。2020年，民间投资增长30.6%), for that
# sentence (a pattern of its own, found on 年 and its comma and read back: one that opened
# with the year was tried at every digit, one that opened with the stop five times as long as this)
RE_YEAR_SENTENCE = LazyPattern(rf"年[，,](?<=[。！!](?P<alone>{_YEAR})年[，,])", std=True)
# (the stops a sentence of a paragraph ends with, for the look-backs below)
_STOPS_BEFORE_MARKS = "。！!"
_STOPS_BEFORE = frozenset(_STOPS_BEFORE_MARKS)
_OPENS_SEVERAL = LazyPattern(
    rf"年均|累计|五年|年来|是{_YEAR}年末?的|[比较]{_YEAR}年|{_YEAR}年(?:—|-|－|至|到)"
)
# (a paragraph that names several years in its first words: 各位代表！2017年各项工作任务的完成，
# 为实现本届政府五年任期目标划上了圆满句号。五年来，…)
RE_SEVERAL_OPENING = LazyPattern(
    rf"\n[^\n]{{0,60}}?(?:过去的?{_SEVERAL}|{_SEVERAL}来|这五年|今后五年|未来五年|"
    r"“?十[一二三四五]五”?(?:时期|期间|以来))",
    std=True,
)
# (十五, 九五 … quoted: not 十五项)
_PLAN_TERM = (
    r"五年|“?十[一二三四五]五”?|[一二三四五六七八九]五(?:时期|计划)|[“\"](?:十|[六七八九])五[”\"]"
)
RE_REVIEW_HEADING = compiled.compile_std(
    rf"(?:{_PLAN_TERM}|届|任期).*(?:回顾|成就|成效|工作|完成情况|执行情况)", first=True
)
# 二、未来五年工作的总体要求和主要目标任务, 二、对下届政府工作的建议: the years ahead, whatever
# the title's words
_AHEAD = LazyPattern(r"今后|未来|下届")
# (a government's term is five years: 二、第十八届政府任务目标; 二、今后五年工作的总体考虑,
# 二、“十四五”时期发展的主要考虑, 二、新一届政府努力方向, 二、展望“十三五”，…)
RE_GOALS_HEADING = compiled.compile_std(
    rf"(?:{_PLAN_TERM}|远景|规划|届|任期).*"
    r"(?:目标|任务|规划|纲要|部署|要求|考虑|展望|构想|谋划|总体安排|思路|方向)"
    rf"|(?:今后|未来|展望)(?:{_PLAN_TERM})",
    first=True,
)
# a figure's change since a year, right after it: 60家，分别比2000年增加… (the figure then is the
# level the years led to)
_CHANGE_SINCE_AFTER = LazyPattern(
    rf"[^，,。；;、\n]{{1,12}}?[，,]\s*(?:分别|均|都)?[比较]{_YEAR}年(?:末|底)?"
    r"(?:增加|增长|提高|多|翻|扩大|上升)",
    std=True,
)
# the whole a part after 其中 is of: a level (达到, 由…增加到, 总数, 实有) ...
_WHOLE_LEVEL = LazyPattern(r"达|突破|超过|超|[加高升大]到|总量|总数|实有|现有", std=True)
# ... not one of the years (五年累计, 新增)
_WHOLE_OF_YEARS = LazyPattern(rf"新增|净增|新建|累计|完成|{_SEVERAL}", std=True)
# a count that ends the clause before: 政协提案2605件，
_COUNTED_BEFORE = LazyPattern(r"(?<![\d.])\d+(?:\.\d+)?万?[件个项家户所座][，,]\s*$")
# (a plan's first or last year: 决胜“十四五”收官之年的重点任务, 全力开创“十一五”开局之年工作新局面,
# 全力以赴做好“十四五”开局工作, 推动“十四五”各项工作起好步、开好局)
RE_ONE_YEAR = compiled.compile_std(
    rf"(?P<year>{_YEAR})年(?!代|[—\-－至到])|今年|去年|明年|一年|年度|之年|开局|起好步|收官",
    first=True,
)


# (十一五 … 十五五 and 六五 … 九五 as written; 十五 quoted: not 十五项, 十五届, 第十五个五年规划)
_PLAN_NAMED = LazyPattern(
    r"(?P<plan>(?:十[一二三四五]|[六七八九])五|(?<=[“\"])十五(?=[”\"]))(?!年)", std=True
)


def _plan_ended(title: str, plan_year: int | None) -> bool:
    """Whether a heading names a five-year plan that ends in the plan year or before: its goals
    are then the year's (二、全面实现“十五”计划的各项目标 in 2005).

    >>> _plan_ended("二、全面实现“十五”计划的各项目标", 2005), _plan_ended("二、“十五”期间的目标", 2001)
    (True, False)
    >>> _plan_ended("二、“十四五”发展成效和“十五五”目标任务", 2026)
    False
    >>> _plan_ended("二、今后十五年的奋斗目标", 2021)  # (fifteen years: no plan)
    False
    """
    ends = [plan_end(named["plan"]) for named in _PLAN_NAMED.finditer(title)]
    return bool(ends) and plan_year is not None and max(ends) <= plan_year


def _names_one_year(title: str, plan_year: int | None) -> bool:
    """Whether a heading names one year: 一、2020年工作回顾, 三、扎实做好今年工作; not the far
    year of a vision (二、2035年远景目标及“十四五”时期主要目标).

    >>> _names_one_year("二、2035年远景目标及“十四五”时期主要目标", 2021)
    False
    """
    for m in RE_ONE_YEAR.finditer(title):
        if not (m["year"] and plan_year and _year_of(m["year"]) > plan_year + 1):
            return True
    return False


# a level at one time, not what was done over the years: 总量达474万户, 人均生产总值超过1.6万美元,
# 从453亿元增加到1006亿元, 林草综合覆盖度提高到85.5%
RE_LEVEL = compiled.compile_std(
    r"达|突破|超过|超|[到至为]$|增加到|提高到|上升到|扩大到|从|由|总量|总数|规模|余额|形成|拥有|"
    r"位居|居全|占|人均|比重|实有|保有|^(?:全[市省区县州国]|我[市省区国])?现有|"
    # ... or a statistic of the last year (旅游业总收入近4000亿元, 粮食总产量1393.15万吨)
    r"收入|总额|总值|增加值|产量|产值|营业额|销售额|利润",
    first=True,
)
# the figure's own first words: 超过200家, 达167个
RE_LEVEL_OPENING = compiled.compile_std(r"达|突破|超过|超")
# what was added or done in the years, whatever its figure's first words (新增城镇就业超过110万人,
# 完成工业技改投资超900亿元; not 完成年货物吞吐量超…: the year's)
RE_ADDED = compiled.compile_std(r"新增|净增|新建|累计|完成(?!年)")
# ... a rate held over the years: 比重稳定在80%左右, 城镇登记失业率每年控制在2%左右, 每年将75%以上
# 的财力用于民生 (not the unit of a level: 每人每年120元, 提高到每年每人580元, 提高到每年1.2万元;
# nor a yearly level: 每年接待游客达到5000万人次)
RE_HELD = compiled.compile_std(
    r"稳定在|保持在|保持$|始终|连续|"
    r"(?<!人)(?:每年|年年)(?!$|每)(?![^，,。]{0,8}(?:达到|达|超过|超|突破|接待))"
)
# a figure of one year inside the passage: 2012年专利授权量达到2.7万件, 比上年增长
RE_ONE_YEAR_WORDS = compiled.compile_std(
    rf"{_YEAR}年(?!代|[—\-－至到])|全年|去年|当年|比上年|同比|上年", first=True
)


def in_years(clause: str, kind: str, opening: str = "") -> bool:
    """Whether a figure in a passage of several years counts them (`years`) rather than being
    a level at one time (`year`): a change (growth, points, multiple) or what was done
    (完成改造135个, 惠及居民4.34万户, 减少689.6万亩) counts them; a level (达到, 超过, 总量, 从…)
    or a rate does not, unless it was held through them (稳定在80%左右). `clause` is the text
    before the figure in its clause, `opening` the figure's first words.

    >>> in_years("综合治理老旧小区", "count"), in_years("总量达", "count")
    (True, False)
    >>> in_years("优良水域面积比例达到65%，", "pp"), in_years("处理率达到", "ratio")
    (True, False)
    >>> in_years("新增城镇就业", "count", "超过110万人"), in_years("企业", "count", "超过200家")
    (True, False)
    >>> in_years("新建成轨道交通线路7条、通车里程", "amount", "超400公里")
    False
    """
    if kind in ("growth", "pp", "multiple"):
        return True
    if RE_HELD.search(clause):
        return True
    if kind == "ratio":
        return False
    if RE_LEVEL.search(clause) is not None:
        return False
    # (超过 before what was added counts it too: 新增城镇就业超过110万人; the figure's own item,
    # after the last 、: 新建成轨道交通线路7条、通车里程超400公里 is a level)
    item = clause[clause.rfind("、") + 1 :]
    return RE_LEVEL_OPENING.match(opening) is None or RE_ADDED.search(item) is not None


def several_years_passages(doc: Document) -> list[tuple[int, int, str]]:
    """(start, end, status) of the passages that speak of several years: reviews of them
    (`actual`) and goals for them (`target`), from paragraph openings (with the items such a
    paragraph announces, `_ItemRuns`) and first-level headings."""
    folded = doc.folded
    found = []
    items = _ItemRuns(doc)
    for m in RE_SEVERAL_PARAGRAPH.finditer("\n" + folded):  # (one copy: cheaper than ^|\n)
        start = m.start()
        end = folded.find("\n", m.end() - 1)
        end = len(folded) if end < 0 else end
        status = "actual" if m["back"] else "target"
        found.append((start, end, status))
        # (五年来，我们主要做了以下工作： then (一)…(九): the items are of the same years)
        # (unless a sentence after the one that looks back opens with one year: 五年来，…。
        # 2020年，我们主要做了以下工作：)
        run = items.after(end)
        if run > end and _looks_back(folded, end, start) >= 0:
            found.append((start, run, status))
    # (功崇惟志，业广惟勤。五年来，我们…重点抓了以下工作。 then (一)…: a sentence of the paragraph
    # before the items looks back over the years, and none after it on one year)
    for at in items.first_items():
        looking = _looks_back(folded, at)
        if looking >= 0:
            found.append((looking, items.after(at), "actual"))
    firsts = [h for h in doc.headings if h.level == 1]
    titles = [folded[h.start : h.end] for h in firsts]
    # a report that presents a five-year plan: the sections after its goals are its tasks, up
    # to the section of the year's work (七、做好2006年工作); where no section names the year,
    # the year's work may be among them, and they are left alone
    plan = False  # in the sections of a five-year plan
    for i, h in enumerate(firsts):
        title = titles[i]
        if _names_one_year(title, doc.plan_year):
            plan = False
            continue
        end = firsts[i + 1].start if i + 1 < len(firsts) else len(folded)
        goals = RE_GOALS_HEADING.search(title) and not _plan_ended(title, doc.plan_year)
        # (二、“十四五”发展成效和“十五五”目标任务: goals, as the plan's sections after it)
        if RE_REVIEW_HEADING.search(title) and not _AHEAD.search(title) and not goals:
            plan = False
            if not h.numbered:
                # (过去五年的政府工作, then 一、经济发展目标超额实现 … 五、…: a title without a
                # number holds the numbered ones after it, up to one of one year or of goals)
                j = i + 1
                while (
                    j < len(firsts)
                    and firsts[j].numbered
                    and not _names_one_year(titles[j], doc.plan_year)
                    and not RE_GOALS_HEADING.search(titles[j])
                    and not _AHEAD.search(titles[j])
                ):
                    j += 1
                end = firsts[j].start if j < len(firsts) else len(folded)
            found.append((h.end, end, "actual"))
        elif goals or plan:
            found.append((h.end, end, "target"))
            plan = any(_names_one_year(later, doc.plan_year) for later in titles[i + 1 :])
    reviews = [(start, end) for start, end, status in found if status == "actual"]
    if reviews:
        found.extend(_one_year_parts(doc, reviews))
    return sorted(set(found))  # (a run found from its paragraph and from its first item: once)


# A paragraph's item: a numbered heading of the second level, (一), or a line that opens with a
# dash, ——经济综合实力大幅跃升。
_DASH_ITEM = LazyPattern(r"[ \t\u3000*]*——", std=True)


class _ItemRuns:
    """The runs of items that follow a paragraph (`after`), read on one document."""

    def __init__(self, doc: Document) -> None:
        self.folded = doc.folded
        self.heads = [h.start for h in doc.headings]
        self.levels = [h.level for h in doc.headings]
        self.titles = [doc.folded[h.start : h.end] for h in doc.headings]

    def first_items(self) -> list[int]:
        """Where the paragraph before each numbered item (一) of the second level ends."""
        folded = self.folded
        found = []
        for head, level, title in zip(self.heads, self.levels, self.titles):
            if level == 2 and _FIRST_ITEM.match(title):
                end = folded.rfind("\n", 0, head)
                if folded[end + 1 : head].strip(" \t\u3000*#"):
                    continue  # (a heading inside a line: in text whose paragraphs were joined)
                while end > 0 and folded[end - 1] in "\n \t\u3000*#":
                    end -= 1
                if end > 0:
                    found.append(end)
        return found

    def after(self, end: int) -> int:
        """Where the run of items right after the paragraph that ends at `end` ends (`end` if
        none follows): a run of numbered items of the second level, (一)…(九), with the
        paragraphs under each, up to the first heading of the first level, the first item
        numbered (一) again, the first paragraph that opens with one year (刚刚过去的2020年，…;
        `RE_ONE_YEAR_PARAGRAPH`) or with the years ahead (今后五年); or a run of paragraphs
        that each open with a dash (——综合实力显著增强。…), up to the first that does not."""
        folded = self.folded
        nxt = end + 1
        while nxt < len(folded) and folded[nxt] in "\n \t\u3000*":
            nxt += 1
        if nxt >= len(folded):
            return end
        i = bisect_left(self.heads, nxt)
        line_end = folded.find("\n", nxt)
        line_end = len(folded) if line_end < 0 else line_end
        if (
            i < len(self.heads)
            and self.heads[i] < line_end
            and self.levels[i] == 2
            and _FIRST_ITEM.match(self.titles[i])
        ):
            stop = len(folded)
            for j in range(i + 1, len(self.heads)):
                if self.levels[j] == 1 or _FIRST_ITEM.match(self.titles[j]):
                    stop = self.heads[j]
                    break
            stop = folded.rfind("\n", 0, stop) if stop < len(folded) else stop
            # (or the line break before a paragraph that opens with one year, the years ahead,
            # the address, this year or a year: 各位代表！今年是…开局之年, 2023年全市…主要预期目标)
            for pattern in (RE_ONE_YEAR_PARAGRAPH, _AHEAD_PARAGRAPH, _RUN_ENDS):
                found = pattern.search(folded, nxt, stop)
                if found is not None:
                    stop = found.start()
            return stop
        run = end
        at = nxt
        while at < len(folded) and _DASH_ITEM.match(folded, at):
            line = folded.find("\n", at)
            run = len(folded) if line < 0 else line
            at = run + 1
            while at < len(folded) and folded[at] in "\n \t\u3000":
                at += 1
        return run


_FIRST_ITEM = LazyPattern(r"\(一\)", std=True)
_RUN_ENDS = LazyPattern(
    _PARAGRAPH + rf"(?:各位代表|今年|明年|(?:在|回顾)?(?:刚刚过去的)?{_YEAR}[ \u3000]?年)",
    std=True,
)
_ONE_YEAR_START = LazyPattern(_ONE_YEAR_OPENING, std=True)
_SENTENCE_STOP = compiled.compile_std(f"[{_STOPS_BEFORE_MARKS}]")
_THIS_YEAR = LazyPattern(_ADDRESS + "(?:今年|明年)", std=True)


def _looks_back(folded: str, end: int, found: int = -1) -> int:
    """Where the last sentence of the paragraph that ends at `end` that opens with several years
    looking back (五年来，…) starts, if no sentence after it opens with one year (2020年，…);
    -1 otherwise. `found`: where the paragraph opens so, if it does (“十三五”时期，…)."""
    first = folded.rfind("\n", 0, end) + 1
    at = first
    while at < end:
        while at < end and folded[at] in " \t\u3000*":
            at += 1
        found_stop = _SENTENCE_STOP.search(folded, at, end)
        stop = found_stop.start() if found_stop else end
        if RE_LOOKING_BACK.match(folded, at):
            found = at
        elif (
            found >= 0
            and (one := _ONE_YEAR_START.match(folded, at) or _THIS_YEAR.match(folded, at))
            # (2011年，全市完成生产总值4406.3亿元，比2007年增长58%: the years' close)
            and not _OPENS_SEVERAL.search(folded, one.end(), stop)
        ):
            found = -1
        at = stop + 1
    return found


# a sentence that looks back over several years: 五年来，我们…; 过去五年，…
RE_LOOKING_BACK = LazyPattern(
    _ADDRESS + rf"(?:在|经过|历经|近|我[市州省区])?"
    rf"(?:过去的?{_SEVERAL}|这五年|{_SEVERAL}(?:来|中|间|里))(?!的)",
    std=True,
)
_AHEAD_PARAGRAPH = LazyPattern(_PARAGRAPH + _ADDRESS + rf"(?:今后|未来){_SEVERAL}", std=True)


def _one_year_parts(doc: Document, reviews: list[tuple[int, int]]) -> list:
    """(start, end, "one") of the parts on one year inside the reviews of several years:
    from a paragraph that opens with 一年来, 去年, 2015年， (the year before the plan year) to
    the next paragraph that opens with several years, or the end of the review."""
    folded = "\n" + doc.folded  # (offsets in it are one more than in doc.folded)
    plan_year = doc.plan_year
    heads = [h.start for h in doc.headings]
    found = []
    # (the sentences inside the reviews only: no other is kept)
    sentences = {
        m.start(): m
        for a, b in reviews
        for m in RE_ONE_YEAR_SENTENCE.finditer(folded, a + 1, b + 1)
        if folded[m.start() - 1] in _STOPS_BEFORE
    }
    alone = {
        m.start("alone"): m for a, b in reviews for m in RE_YEAR_SENTENCE.finditer(folded, a, b + 1)
    }
    for m in chain(RE_ONE_YEAR_PARAGRAPH.finditer(folded), sentences.values(), alone.values()):
        mine = m.groupdict().get("alone")  # (a sentence that opens with the year alone)
        written = mine if mine is not None else (m["past"] or m["year"])
        if written and (plan_year is None or _year_of(written) != plan_year - 1):
            continue
        # 2013年，全市生产总值…是2008年的1.9倍: the year closes the several that the review counts
        first = _SENTENCE_END.search(folded, m.end())
        if _OPENS_SEVERAL.search(folded, m.end(), first.start() if first else len(folded)):
            continue
        start = m.start() if mine is None else m.start("alone")
        inside = [end for a, end in reviews if a <= start < end]
        if not inside:
            continue
        end = min(inside)
        nxt = RE_SEVERAL_OPENING.search(folded, m.end(), end + 1)
        if nxt:
            end = nxt.start()
        if mine is not None or start in sentences:
            # (a sentence's part ends with its paragraph: the paragraphs after it may be of the
            # years again, with no word of them)
            line = folded.find("\n", m.end())
            if 0 <= line < end:
                end = line
            if mine is not None and first is not None and first.start() < end:
                end = first.start()  # (2020年，…: that sentence; the next may be of the years)
        # (一)…(五) after 去年是本届政府收官之年: a section may be of the years again
        i = bisect_right(heads, start)
        if i < len(heads) and heads[i] < end:
            end = heads[i]
        found.append((start, end, "one"))
    return found
