"""The "never an indicator" rules of the spec: each a named rule with its motivating example.

A rule looks at the folded text around a span and answers True when the span must not become
a record. Rules describe the language of reports, never one report.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable
from typing import NamedTuple

import regex

from ..units import COUNT_WORDS, UNITS
from .quantity import Span

_HAN = regex.compile(r"\p{Han}")
_CN_SINGLE = set("一二两三四五六七八九")
_MEASUREMENT = {u for u, (_, dim, _) in UNITS.items() if dim not in ("percent", "pp", "multiple")}


class Regions:
    """Offsets of the text where no mention may sit: quotes, titles, URLs, front matter."""

    def __init__(self, spans: list[tuple[int, int]]):
        merged: list[tuple[int, int]] = []
        for s, e in sorted(spans):
            if merged and s <= merged[-1][1]:
                merged[-1] = (merged[-1][0], max(e, merged[-1][1]))
            else:
                merged.append((s, e))
        self.spans = merged
        self.starts = [s for s, _ in merged]

    def covers(self, start: int, end: int) -> bool:
        i = bisect_right(self.starts, start) - 1
        return i >= 0 and self.spans[i][1] >= end


# Code names and titles: “1245”, “十四五”, 《Science》; long quotations are not names.
RE_QUOTED = regex.compile(
    r"“[^“”\n]{1,30}”|「[^「」\n]{1,30}」|《[^《》\n]{1,40}》|\"[^\"\n]{1,30}\"|‘[^‘’\n]{1,30}’"
)
RE_URL = regex.compile(r"(?:https?|ftp)://[^\s)\]>\"'，。]+|www\.[^\s)\]>\"'，。]+")
RE_FRONT_MATTER = regex.compile(r"\A\ufeff?---[ \t]*\n.*?\n---[ \t]*\n", regex.DOTALL)


def ignored_regions(folded: str) -> Regions:
    spans = [m.span() for m in RE_QUOTED.finditer(folded)]
    spans += [m.span() for m in RE_URL.finditer(folded)]
    fm = RE_FRONT_MATTER.match(folded)
    if fm:
        spans.append(fm.span())
    return Regions(spans)


class Around(NamedTuple):
    """What a rule may look at: the span and the characters around its number."""

    span: Span
    before: str  # the two characters before the qualifier and number (a touching verb skipped)
    after: str  # the character after the span
    next2: str = ""  # the two characters after the span


class Rule(NamedTuple):
    name: str
    example: str
    test: Callable[[Around], bool]


def _vague(a: Around) -> bool:
    # 数十个, 几百家 (never 就业人数110万人: digits after 数 are exact)
    return a.span.chinese and (a.before[-1:] in ("数", "几") or a.before == "若干")


def _ordinal(a: Around) -> bool:
    return a.before[-1:] == "第"


def _streak(a: Around) -> bool:
    return a.before in ("连续", "蝉联") or a.before[-1:] == "连"


def _ranking(a: Around) -> bool:
    return a.before[-1:] == "前" or a.after == "强"


def _denominator(a: Around) -> bool:
    return not a.span.split_unit and a.before[-1:] == "每"


def _threshold(a: Around) -> bool:
    s = a.span
    if a.after == "级":
        return True
    if not a.after or not _HAN.match(a.after) or a.after in _LINKS or a.next2 in _MILESTONES:
        return False
    sized = s.unit in _MEASUREMENT or (not s.unit and bool(s.magnitude))
    if s.post in ("以上", "以下"):
        # 年产值50亿元以上农业全产业链, 千人以上村, 30户以上自然村
        return sized or s.unit in ("人", "户")
    # 超百亿元企业, 产值过10亿元企业: 超/过 a size, then the class it names
    over = s.pre in ("超", "超过") or (
        a.before[-1:] == "过" and a.before[-2:-1] not in "通经超度越"
    )
    return over and not s.post and s.unit in _MEASUREMENT


# What may follow a size without making it a class: a link word, a milestone (超千亿元大关)
_LINKS = frozenset("和及与或并且比较占是为达增同、")
_MILESTONES = frozenset(("大关", "台阶", "关口", "规模", "水平"))


def _chinese_idiom(a: Around) -> bool:
    s, after = a.span, a.after
    if not s.chinese:
        return False
    if s.unit == "度":
        return True
    if s.number[0] in "百千万亿" and not s.pre and after and _HAN.match(after):
        return True  # 千亿斤粮食产能提升行动: a size in a name
    if s.unit in COUNT_WORDS:
        if s.unit == "次" or a.before[-1:] == "届":
            return True  # 十一届五次全会: sessions are ordinals
        if s.number[0] in "百千万亿" or not s.number.strip("零〇"):
            return True  # 千人以上村, 百万家庭: sizes, not counts
        if s.number in _CN_SINGLE and after and _HAN.match(after) and not s.post:
            return True  # 五篇大文章, 三项制度: a name, not a count
        if a.before[-1:] == "”" or after == "“":
            return True  # “大三农、大智造”四个领域, 三个“一号工程”: the speech's own lists
        if s.number == "一" and (s.unit == "批" or after == "一"):
            return True  # 一批, 一人一艺
    return False


RULES: tuple[Rule, ...] = (
    Rule("ordinal", "第二个, 第九次", _ordinal),
    Rule("vague", "数十个国家, 几百家", _vague),
    Rule("streak", "连续7个季度", _streak),
    Rule("ranking", "前1%, 500强", _ranking),
    Rule("denominator", "每千人口", _denominator),
    Rule("threshold", "年产值50亿元以上农业全产业链, 千亿级", _threshold),
    Rule("chinese_idiom", "一批, 五篇大文章, 三个“一号工程”", _chinese_idiom),
)


def excluded_by(folded: str, span: Span, regions: Regions) -> str | None:
    """The name of the first rule that excludes `span`, or None."""
    if regions.covers(span.num_start, span.num_end):
        return "quoted_or_ignored"
    lead = span.start + len(span.verb)
    around = Around(
        span,
        folded[max(0, lead - 2) : lead],
        folded[span.end : span.end + 1],
        folded[span.end : span.end + 2],
    )
    for rule in RULES:
        if rule.test(around):
            return rule.name
    return None
