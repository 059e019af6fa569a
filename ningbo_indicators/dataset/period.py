"""The period a figure covers: one year's, several years', or part of a year (`period`).

Every record gets one of three values, from the words before its figure (in its sentence,
at most NOT_ANNUAL_WINDOW characters back) and the passage it stands in:

| value | covers | written |
|---|---|---|
| `year` | one year's figure, or a level at one time (the default when nothing says otherwise) | 增长7%, 达到1000亿元, 2012年专利授权量达到2.7万件, 每年种植100万株 |
| `years` | an average, total or change over several years; a goal for a year later than the plan year | 年均增长8.5%, 累计新增就业60万人, 比2002年增长65.5%, 是2007年的2.1倍, 到2025年达到…, in a review of five years (五年来，…) what was done in them (完成改造135个), in the goals of a five-year plan (“十四五”时期主要目标) what is to be reached |
| `part` | part of a year: quarters, halves, months | 前三季度增长5.2%, 上半年, 1—11月, 2月份-4.9% |

One classifier for the records (extract) and the dataset side (targets, panel, achievement): a
target or a past year's result is only ever a record of period `year`.

Cost: it runs for every record. The words that can make a figure something other than one
year's are rare and each holds one of a few characters (均, 累, 季, 比, 到…): one scan of the
text for them (a plain character class, the standard library's fast path) finds the few
figures worth reading closely; every other figure is `year` at the cost of a bisection.
"""

from __future__ import annotations

import re
from bisect import bisect_left

from .. import compiled
from ..context.structure import Document, year_number

PERIODS = ("year", "years", "part")

# 年均增长14.3%, 比2002年末增长: the words just before the figure (10 characters)
RE_AVERAGE = compiled.compile(
    r"(?:(?:年均|平均每年|年平均|平均)(?:增长|递增|提高|下降)?|比(?:19|20)\d\d年末?(?:增长|提高|下降)?)$"
)
AVERAGE_WINDOW = 10
# Words before a figure, in its sentence, that make it something other than one year's figure:
# 五年内…增长百分之四十四, 累计新增城镇就业60万人, 前三季度增长5.2%, 两年平均增长, 比2002年增长
_YEAR = r"(?:(?:19|20)\d\d|[一二][九〇零○][〇零○一二三四五六七八九]{2})"
RE_NOT_ANNUAL = compiled.compile(
    r"年均|平均每年|每年平均|年平均|平均增长|两年平均|累计|五年|十年|期间|年间|"
    r"“?十[一二三四五]五”?(?:时期|以来|末)|[“”]?[六七八九]五[”]?时期|"
    rf"{_YEAR}(?:—|-|－|至|到){_YEAR}?年|到{_YEAR}年|比(?P<than>{_YEAR})年|"
    rf"(?:同|与|和|跟)(?P<than>{_YEAR})年(?:相比|比较)|"
    r"(?P<part>前三季度|上半年|[一二三四]季度)"
)
NOT_ANNUAL_WINDOW = 60
_SENTENCE_STOP = compiled.compile(r"[。；;：:\n！？!?]")
# 增速从一季度的-13.1%回升到1.5%: the quarter is where the year's figure started from
_FROM_PART = compiled.compile(r"[从由]\p{Han}{0,2}$")
_FIGURE = compiled.compile(r"\d[\d.]*%.*?[到至]")

# Every word of RE_NOT_ANNUAL and RE_AVERAGE holds one of these characters: a figure with
# none of them in the NOT_ANNUAL_WINDOW characters before it is one year's.
_ANCHORS = re.compile(r"[均累五十间季半到比至—\-－]")


def _year_of(written: str) -> int:
    """'2003', '一九八〇', '二○○二' -> the year.

    >>> _year_of("二○○二"), _year_of("2003")
    (2002, 2003)
    """
    return year_number(written.replace("○", "〇").replace("零", "〇"))


def words_period(folded: str, pos: int, plan_year: int | None) -> str:
    """The period the words before `pos` give a figure: `years`, `part`, or `year` when they
    say nothing.

    >>> words_period("城镇居民人均可支配收入年均增长9.7%", 15, 2008)
    'years'
    >>> words_period("前三季度地区生产总值增长5.2%", 12, 2024)
    'part'
    >>> words_period("比2002年增长65.5%", 6, 2004), words_period("地区生产总值增长6%", 6, 2004)
    ('years', 'year')
    """
    if RE_AVERAGE.search(folded[max(0, pos - AVERAGE_WINDOW) : pos]):
        return "years"
    window = folded[max(0, pos - NOT_ANNUAL_WINDOW) : pos]
    stops = list(_SENTENCE_STOP.finditer(window))
    if stops:
        window = window[stops[-1].end() :]
    for m in RE_NOT_ANNUAL.finditer(window):
        # 比2003年增长13% in the report that plans 2004 (or reviews 2003) is one year's growth
        if m["than"] and plan_year and _year_of(m["than"]) >= plan_year - 2:
            continue
        if m["part"]:
            # 增速从一季度的-13.1%回升到1.5%: the quarter is where the year's figure started
            if _FROM_PART.search(window, 0, m.start()) and _FIGURE.search(window, m.end()):
                continue
            return "part"
        return "years"
    return "year"


class PeriodReader:
    """The period of the figures of one document, read at their start offsets.

    >>> from ningbo_indicators.context.structure import read_structure
    >>> text = "前三季度，全市生产总值增长5.2%，全年增长6%；五年来年均增长8.5%。"
    >>> reader = PeriodReader(read_structure(text, text))
    >>> [reader.period(text.index(f)) for f in ("5.2%", "6%", "8.5%")]
    ['part', 'part', 'years']
    """

    __slots__ = ("folded", "plan_year", "_anchors")

    def __init__(self, doc: Document) -> None:
        self.folded = doc.folded
        self.plan_year = doc.plan_year
        self._anchors = [m.start() for m in _ANCHORS.finditer(doc.folded)]

    def period(self, pos: int) -> str:
        """`year`, `years` or `part` for the figure that starts at `pos`."""
        anchors = self._anchors
        i = bisect_left(anchors, pos - NOT_ANNUAL_WINDOW)
        if i == len(anchors) or anchors[i] >= pos:
            return "year"
        return words_period(self.folded, pos, self.plan_year)
