"""The "never an indicator" rules of the spec: each a named rule with its motivating example.

A rule looks at the folded text around a span and answers True when the span must not become
a record. Rules describe the language of reports, never one report.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable
from typing import NamedTuple

import regex

from .. import compiled
from ..lazy import LazyPattern
from ..units import COUNT_WORDS, UNITS
from ._parts import written_out_han
from .quantity import Span

_HAN = compiled.compile_std(written_out_han(r"\p{Han}"))


class _HanTable(dict):
    """Whether a character is a Han character ("" is not): `_IS_HAN[ch]`. The rules ask it of
    the characters around every span, and a report uses a few thousand characters, so a look-up
    replaces a call into the pattern engine (a sixth of the rules' time); the table fills itself
    on first sight of a character (a plain look-up costs less than a call to a cached function)."""

    def __missing__(self, ch: str) -> bool:
        han = self[ch] = _HAN.match(ch) is not None
        return han


_IS_HAN = _HanTable()


_CN_SINGLE = set("一二两三四五六七八九十")
_MEASUREMENT = {u for u, (_, dim, _) in UNITS.items() if dim not in ("percent", "pp", "multiple")}


_PAST_ANY = 1 << 62  # (an offset after every offset of a text)


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

    def around(self, pos: int) -> tuple[int, int, int]:
        """(start, end) of the last region that starts at or before `pos`, (-1, -1) when none,
        and where the next region starts (past any offset when none): what a sweep over spans
        in text order reads, until a span passes that next start (see `covers`: a span is
        covered when its end is within the first region's end).

        >>> Regions([(2, 5), (9, 12)]).around(6)
        (2, 5, 9)
        """
        i = bisect_right(self.starts, pos)
        start, end = self.spans[i - 1] if i else (-1, -1)
        return start, end, self.starts[i] if i < len(self.starts) else _PAST_ANY


# Code names and titles: “1245”, “十四五”, 《Science》; long quotations are not names. Each
# kind of quotation: its opening and closing marks, the most characters between them.
_QUOTES = (("“", "”", 30), ("「", "」", 30), ("《", "》", 40), ('"', '"', 30), ("‘", "’", 30))
# (plain syntax on the standard library's engine; at most 40 characters are tried from a
# mark, so no input can make it slow)
RE_QUOTED = compiled.compile_std(
    "|".join(rf"{o}[^{o}{c}\n]{{1,{most}}}{c}" for o, c, most in _QUOTES)
)
_OPENING_MARKS = tuple(o for o, _, _ in _QUOTES)
RE_URL = compiled.compile(r"(?:https?|ftp)://[^\s)\]>\"'，。]+|www\.[^\s)\]>\"'，。]+")
RE_FRONT_MATTER = compiled.compile(r"\A\ufeff?---[ \t]*\n.*?\n---[ \t]*\n", regex.DOTALL)


# A glossary appended to a report (名词解释, 附：相关名词解释, 名词解释和说明): its entries define
# terms (农村电影“2131”工程：是指…1个建制村1个月放映1场电影) and state no figure of the report.
# From its heading, the entries are ignored: a paragraph that opens with a term and a colon (〔4〕
# 四上企业：指…, 1、“四化两型”：…), a term in bold, a term and 指 (直通关指…), a numbered note (［1］), a
# term on a line of its own, a note in brackets (（以文中出现先后为序）), or the rest of an entry cut
# by a line break. The first other paragraph (附件, 2023年6件惠民实事, a table, a list of the
# year's projects, 1．全市地区生产总值从…增长到…) ends the glossary.
RE_GLOSSARY = LazyPattern(
    r"(?m)^[ \t\u3000>#*\[【]*(?:附(?:录[一二三四五六七八九]?|件)?[:：]?)?[《“]?(?:政府工作报告)?[》”]?"
    r"(?:有关|相关|部分)?(?:专业术语)?名词解释(?:和说明|及有关说明)?[:：]?[*\]】]*[:：]?[ \t]*$",
    first=True,
    std=True,
)
_ENTRY = LazyPattern(
    r"[ \t\u3000>*-]*(?:[［\[〔]\d{1,3}[］\]〕]|[“\"]?[^”\"\d\s，。；：:]{1,20}[”\"]?(?:[是系]?指|即)"
    r"|(?:[(（]?\d{1,3}[)）、.．]?)?[ \t]*(?:\*\*[^*\n]{1,30}\*\*|\**[“\"]?[^：:\n]{1,40}[：:])"
    r"|[（(][^）)\n]{1,30}[）)][ \t]*$|[ \t*]*(?![（(]|附)[^\d\s，。；：:,.%]{2,20}[ \t*]*$)",
    std=True,
)
_ENTRY_ENDS = frozenset("。”！；")


def glossary(folded: str) -> list[tuple[int, int]]:
    """The spans of the entries of the glossary appended to a report (none when it has none).

    >>> text = "二、今年的工作\\n增长6%。\\n名词解释\\n〔1〕“2131”工程：是指1个村1个月放映1场电影。\\n附件\\n1.新建学校5所。"
    >>> [text[s:e] for s, e in glossary(text)]
    ['〔1〕“2131”工程：是指1个村1个月放映1场电影。']
    """
    heading = _glossary_heading(folded)
    if heading is None:
        return []
    spans: list[tuple[int, int]] = []
    at = heading.end() + 1
    while at < len(folded):
        end = folded.find("\n", at)
        end = len(folded) if end < 0 else end
        line = folded[at:end]
        if line.strip():
            cut = spans and folded[spans[-1][1] - 1] not in _ENTRY_ENDS and not line[:1].isdigit()
            if not (cut or _ENTRY.match(line)):
                break
            spans.append((at, end))
        at = end + 1
    return spans


def _glossary_heading(folded: str) -> re.Match | None:
    """RE_GLOSSARY's first match (`search`), tried only at the start of the lines that hold
    名词解释: every match holds it on the line it starts (nothing before it crosses a line), and
    starts a line. (The engine's search tries the pattern at every line of the report.)

    >>> text = "见名词解释。\\n名词解释\\n〔1〕…"
    >>> _glossary_heading(text).span() == RE_GLOSSARY.search(text).span() == (7, 11)
    True
    """
    at = folded.find("名词解释")
    while at >= 0:
        line = folded.rfind("\n", 0, at) + 1
        heading = RE_GLOSSARY.match(folded, line)
        if heading is not None:
            return heading
        end = folded.find("\n", at)
        at = folded.find("名词解释", end) if end >= 0 else -1
    return None


def urls(folded: str) -> list[tuple[int, int]]:
    """The spans of the URLs of the text (RE_URL's matches, as `finditer` gives them).

    Every URL holds :// after its scheme (http, https, ftp: 3 to 5 characters before it) or
    opens with www.; the pattern is tried at those places only, found by a plain string
    search (a scan of the pattern over a whole report cost a twentieth of finding mentions,
    for the one URL of its source line).

    >>> text = "来源：https://example.cn/a。见www.gov.cn，及ftp:// 与 xhttp://b"
    >>> [text[s:e] for s, e in urls(text)]
    ['https://example.cn/a', 'www.gov.cn', 'http://b']
    """
    starts: set[int] = set()
    for needle, back in (("://", (5, 4, 3)), ("www.", (0,))):
        # (found by their first character, a rare one in a report: a search for one character
        # skips through the text many times faster than a search for several)
        at = folded.find(needle[0])
        while at >= 0:
            if folded.startswith(needle, at):
                starts.update(at - b for b in back)
            at = folded.find(needle[0], at + 1)
    spans: list[tuple[int, int]] = []
    end = 0  # (matches do not overlap: the next is looked for after the last)
    for start in sorted(starts):
        if start >= end and (url := RE_URL.match(folded, start)):
            spans.append(url.span())
            end = url.end()
    return spans


def quoted(folded: str) -> list[tuple[int, int]]:
    """The spans of the quotations and titles of the text (RE_QUOTED's matches, as `finditer`
    gives them).

    The pattern is tried only where an opening mark stands, found by a plain string search for
    each mark (the engine's own skip to them reads every character of the text in turn: a
    quarter more time, over every report of the corpus).

    >>> text = "实施“十四五”规划，出台《意见》，“一个很长的引语”。"
    >>> [text[s:e] for s, e in quoted(text)]
    ['“十四五”', '《意见》', '“一个很长的引语”']
    """
    starts: list[int] = []
    for mark in _OPENING_MARKS:
        at = folded.find(mark)
        while at >= 0:
            starts.append(at)
            at = folded.find(mark, at + 1)
    starts.sort()
    spans: list[tuple[int, int]] = []
    end = 0
    for start in starts:
        if start >= end and (m := RE_QUOTED.match(folded, start)):
            end = m.end()
            spans.append((start, end))
    return spans


def ignored_regions(folded: str) -> Regions:
    spans = quoted(folded)
    spans += urls(folded)
    fm = RE_FRONT_MATTER.match(folded)
    if fm:
        spans.append(fm.span())
    return Regions(spans + glossary(folded))


_HEAD_REACH = 40  # (how far back `Around.head` reads)


class Around:
    """What a rule may look at: the span and the characters around its number.

    The few characters every rule reads are cut once; the longer stretches (`tail`, `head`)
    only when a rule gets that far (most spans are settled before).
    """

    __slots__ = ("span", "before", "prev", "after", "after_han", "next2", "_folded", "_lead")

    def __init__(self, folded: str, span: Span):
        lead = span.start + len(span.verb)
        self.span = span
        # the two characters before the qualifier and number (a touching verb skipped)
        self.before = folded[lead - 2 : lead] if lead >= 2 else folded[:lead]
        self.prev = self.before[-1:]  # the one character before them (what most rules read)
        self.next2 = folded[span.end : span.end + 2]  # the two characters after the span
        self.after = self.next2[:1]  # the character after the span
        self.after_han = _IS_HAN[self.after]  # a Han character follows the span
        self._folded, self._lead = folded, lead

    @property
    def tail(self) -> str:
        """The sixteen characters after the span."""
        return self._folded[self.span.end : self.span.end + 16]

    @property
    def head(self) -> str:
        """The _HEAD_REACH (forty) characters before the qualifier and number."""
        return self._folded[max(0, self._lead - _HEAD_REACH) : self._lead]


class Rule(NamedTuple):
    name: str
    example: str
    test: Callable[[Around], bool]


def _vague(a: Around) -> bool:
    # 数十个, 几百家 (never 就业人数110万人: digits after 数 are exact)
    return a.span.chinese and (a.prev in ("数", "几") or a.before == "若干")


def _ordinal(a: Around) -> bool:
    return a.prev == "第"


def _streak(a: Around) -> bool:
    return a.before in ("连续", "蝉联") or a.prev == "连"


def _ranking(a: Around) -> bool:
    if a.prev == "前" or a.after == "强":
        return True
    if a.span.unit == "位" and _RANK_WORDS.search(_CLAUSE_CUT.split(a.head[-16:])[-1]):
        return True  # 营商环境排名再提高10位, 位次由181位前移: places in a ranking
    # 在全国168个重点城市中排名第一, 在27个省会城市中位列第2, 全国20个魅力湿地之一: the size of
    # the field ranked in
    field = a.before in _FIELDS or a.prev == "在"
    return field and _RANKED_IN.match(a.tail) is not None


_RANK_WORDS = LazyPattern(r"排名|位次|排位|名次")
_FIELDS = frozenset(("全国", "全省", "全市", "全区", "世界", "全球"))
_RANKED_IN = compiled.compile(
    r"[\p{Han}]{0,10}(?:中|之中)[，,]?(?:排名|位列|位居|居|名列|排在|排(?=第|前))"
    r"|[\p{Han}]{0,10}之一"
)


def _denominator(a: Around) -> bool:
    return not a.span.split_unit and a.prev == "每"


def _threshold(a: Around) -> bool:
    s = a.span
    if a.after == "级":
        return True
    # 超百亿元企业, 产值过10亿元企业, 年产值过 10亿元龙头企业: 超/过 a size, then the class it
    # names; 超5亿元5家, 过 5亿元 4家: the class's size, then how many there are
    before = a.before
    if before[-1:] in _GAP_CHARS:
        before = a.head.rstrip(_GAP_CHARS)[-2:]
    over = s.pre in ("超", "超过") or (before[-1:] == "过" and before[-2:-1] not in "通经超度越")
    over_size = over and not s.post and s.unit in _MEASUREMENT
    if over_size and _HOW_MANY.match(a.tail):
        return True
    if not a.after_han or a.after in _LINKS or a.next2 in _MILESTONES:
        return False
    sized = s.unit in _MEASUREMENT or (not s.unit and bool(s.magnitude))
    if s.post in _SIZE_BOUNDS:
        # 年产值50亿元以上农业全产业链, 千人以上村, 30户以上自然村
        return sized or s.unit in ("人", "户")
    if over_size:
        return True
    # 纳入省500亿元产业培育园区: a size glued to the kind of entity it sizes
    return s.unit in _MONEY and not s.post and _SIZED_KIND.match(a.tail) is not None


_MONEY = frozenset(u for u, (_, dim, _) in UNITS.items() if dim == "currency")
_SIZE_BOUNDS = ("以上", "以下")
_GAP_CHARS = " \t\u3000"
_GAPS = frozenset(_GAP_CHARS)
# how many of a class follow its size: 5家, 30个以上, 4 家
_HOW_MANY = LazyPattern(r"[ \t\u3000]*\d+[ \t\u3000]*(?:家|个|户|座|所|项|条|批)")
_SIZED_KIND = LazyPattern(r"产业(?:培育)?(?:园区|集群)|级")
# What may follow a size without making it a class: a link word, a milestone (超千亿元大关)
_LINKS = frozenset("和及与或并且比较占是为达增同、")
_MILESTONES = frozenset(("大关", "台阶", "关口", "规模", "水平"))


# 一 and a measure word of tasks or people said again close by: a slogan (说一件、干一件、成一件;
# 发现一户、帮扶一户; 不漏一户、不落一人). Facilities listed one by one (处理厂一座、污水厂一座)
# are counts.
_SLOGAN_UNITS = "件户人条项"
_ONE_OF = LazyPattern(f"一[{_SLOGAN_UNITS}]")
_SLOGAN_REACH = 10
# the financial forms of numerals; one alone is the character of a word (陆家嘴, 队伍对, 大陆架)
_FINANCIAL = frozenset("壹贰叁肆伍陆柒捌玖拾佰仟")


# what a bare 百倍 may follow or precede as a set phrase (信心百倍, 精神百倍; 百倍的努力, 百倍努力)
_SPIRITS = ("信心", "精神")
_EFFORT = frozenset("的努")

# measure words counted only after digits
_DIGITS_ONLY = frozenset(("度", "起", "列", "眼", "天", "口", "块"))


def _a_name(s: Span, after: str) -> bool:
    """Whether span `s`, followed by the character `after`, is one Chinese numeral and a count
    word or 元 in a name (三元互动, 二元结构, 五篇大文章, 三项制度), not a figure: chinese_idiom's
    most frequent verdict, which `excluded` asks first."""
    return (
        s.number in _CN_SINGLE
        and not s.magnitude
        and not s.post
        and (s.unit in COUNT_WORDS or s.unit == "元")
        and _IS_HAN[after]
        and after not in "至到"
    )


def _chinese_idiom(a: Around) -> bool:
    s, after = a.span, a.after
    if not s.chinese:
        return False
    if len(s.number) == 1 and s.number in _FINANCIAL:
        return True
    if len(s.number) > 1 and s.number[0] in "零〇" and s.number[1] != "点":
        return True  # 动态清零一户: no numeral starts with 零 (but 零点五)
    if s.unit in _DIGITS_ONLY:
        return True  # 一度, 一起, 一列, 一眼, 一天, 一口气: words, not figures
    if _a_name(s, after):
        return True  # 三元互动, 二元结构, 五篇大文章, 三项制度: a name, not a figure
    if s.number == "一" and s.unit == "个" and not a.after_han:
        return True  # 留住一个、涵养一个: an article, not a count
    if s.number[0] in "百千万亿" and not s.pre and a.after_han:
        return True  # 千亿斤粮食产能提升行动: a size in a name
    if (
        s.unit == "倍"
        and s.number in ("百", "千")
        and (a.head.endswith(_SPIRITS) or after in _EFFORT)
    ):
        return True  # 信心百倍, 百倍的努力: a spirit, not a multiple
    if s.unit in COUNT_WORDS:
        if s.unit == "次" or a.prev == "届":
            return True  # 十一届五次全会: sessions are ordinals
        if s.number[0] in "百千万亿" or not s.number.strip("零〇"):
            return True  # 千人以上村, 百万家庭: sizes, not counts
        if s.number in _CN_SINGLE and a.after_han and not s.post:
            return True  # 五篇大文章, 三项制度: a name, not a count
        if a.prev == "”" or after == "“":
            return True  # “大三农、大智造”四个领域, 三个“一号工程”: the speech's own lists
        if s.number == "一" and (s.unit == "批" or after == "一"):
            return True  # 一批, 一人一艺
        if s.number == "一" and s.unit in _SLOGAN_UNITS and not a.after_han:
            near = a.head[-_SLOGAN_REACH:] + a.tail[:_SLOGAN_REACH]
            if _ONE_OF.search(near):
                return True  # 说一件、干一件、成一件; 不漏一户、不落一人: a slogan
    return False


def _not_a_figure_unit(a: Around) -> bool:
    s = a.span
    if s.unit in ("千伏", "伏"):
        return True  # 500千伏输变电工程, 22万伏及以上变电设备: the class of a line
    if s.unit == "番":
        return "翻" not in a.before  # 翻了1.2番, 翻两番; never 一番努力
    if s.unit == "天":
        return "天数" not in a.head[-12:]  # 优良天数332天 is counted; 历时184天 is a duration
    return False


def _list_frame(a: Around) -> bool:
    # 十个方面民生实事, 16个方面改革意见: the speech's own headings; 1美元兑6.6227元: the base of
    # a rate; 化肥(折100%): a conversion basis
    if a.next2 == "方面" or a.after == "兑" or a.prev == "折":
        return True
    s = a.span
    if s.unit in COUNT_WORDS and s.number.isdigit() and _IS_HAN[a.prev] and _ABSTRACT.match(a.tail):
        # 经济发展、城市建设、社会管理3个联席会议制度: the count of the items just listed
        clause = _CLAUSE_CUT.split(a.head)[-1]
        items = [i for i in _LIST_SEP.split(clause) if i]
        return (
            len(items) >= 2
            and int(s.number) == len(items)
            and not clause.endswith("等")
            and not any(ch.isdigit() for ch in clause)
        )
    return False


# Abstract things a speech lists by name and then counts (never firms, parks or bridges)
_ABSTRACT_WORDS = (
    *("方面", "领域", "关键", "制度", "指标", "环节", "机制", "体系", "目标", "任务", "行动"),
    *("战略", "理念", "原则", "重点", "板块", "功能", "经济区", "工程", "举措", "措施", "路径"),
)
_ABSTRACT_LEAD = 4  # (the most characters before one of its words)
_ABSTRACT = compiled.compile_std(
    written_out_han(rf"[\p{{Han}}]{{0,{_ABSTRACT_LEAD}}}?(?:{'|'.join(_ABSTRACT_WORDS)})"),
    first=True,
)
_ABSTRACT_REACH = _ABSTRACT_LEAD + 1  # (where the first character of one of its words may stand)
_ABSTRACT_FIRST = frozenset(w[0] for w in _ABSTRACT_WORDS)
_CLAUSE_CUT = compiled.compile_std(r"[，,。；;：:！？!?\n]")
_LIST_SEP = compiled.compile_std(r"[、和及与]")


RULES: tuple[Rule, ...] = (
    Rule("ordinal", "第二个, 第九次", _ordinal),
    Rule("vague", "数十个国家, 几百家", _vague),
    Rule("streak", "连续7个季度", _streak),
    Rule("ranking", "前1%, 500强", _ranking),
    Rule("denominator", "每千人口", _denominator),
    Rule("threshold", "年产值50亿元以上农业全产业链, 千亿级", _threshold),
    Rule("chinese_idiom", "一批, 五篇大文章, 三个“一号工程”, 干一件、成一件", _chinese_idiom),
    Rule("not_a_figure_unit", "500千伏输变电工程, 一番努力", _not_a_figure_unit),
    Rule("list_frame", "十个方面民生实事, 1美元兑6.6元, 折100%", _list_frame),
)


# The cues without which no rule fires on a span written in digits and followed by no Han
# character (most spans: 增长8%，, 1200亿元。). Every other test of the rules reads a Chinese
# numeral or the Han character after the span (强, 级, 方面, 兑, the words of _RANKED_IN,
# _ABSTRACT and _SIZED_KIND), or the qualifier before a size and a count after it (超5亿元5家:
# see `excluded`). A rule that looks at something else adds its cue here.
# ordinal, streak, ranking, denominator, list_frame; threshold (过10亿元, 过 10亿元)
_CUES_BEFORE = frozenset("第连续联前每折过")
_CUES_UNIT = frozenset(("位", "千伏", "伏", "番", "天"))  # ranking, not_a_figure_unit
# The cues without which no rule fires on a span written in digits and followed by a Han
# character, besides those above: that character (ranking: 500强; threshold: 千亿级, 500亿元
# 产业园区; list_frame: 十个方面, 1美元兑), a bound of a size (threshold: 50亿元以上企业), the
# field ranked in before it (ranking: 全国168个…中排名第一, 在27个省会城市中位列第2), a count after
# a Han character with the first character of a word of _ABSTRACT close after it (list_frame:
# 社会管理3个联席会议制度), a qualifier before it (threshold: 超百亿元企业). A rule that reads
# the Han character after a span (the words of _RANKED_IN, _ABSTRACT, _SIZED_KIND too) adds
# its cue here.
_CUES_AFTER = frozenset("强级产方兑")
_CUES_FIELD = frozenset(f[-1] for f in _FIELDS) | {"在"}


def excluded_by(folded: str, span: Span, regions: Regions) -> str | None:
    """The name of the first rule that excludes `span`, in RULES' order, or None."""
    if regions.covers(span.num_start, span.num_end):
        return "quoted_or_ignored"
    if not excluded(folded, span):
        return None
    around = Around(folded, span)
    return next(rule.name for rule in RULES if rule.test(around))


def excluded(folded: str, span: Span) -> bool:
    """Whether one of RULES excludes `span` (regions aside: see `excluded_by`). The rules are
    asked in the order that settles most spans soonest: which one fires does not matter here."""
    lead = span.start + len(span.verb)
    before = folded[lead - 1] if lead else ""  # before the qualifier and number, gaps skipped
    if before in _GAPS:  # (as threshold skips them in `Around.head`: 过  10亿元 5家)
        before = folded[max(0, lead - _HEAD_REACH) : lead].rstrip(_GAP_CHARS)[-1:]
    digits = span.number[:1].isdigit()  # (not `span.chinese`: a call less)
    if before not in _CUES_BEFORE and digits and span.unit not in _CUES_UNIT:
        after = folded[span.end : span.end + 1]
        if not _IS_HAN[after]:
            # no rule can fire (three spans in four), but threshold on a size after 超 and
            # how many there are (超5亿元5家, 超5亿元 5家: a space or a digit after the span)
            if not (span.pre and (after in _GAPS or after.isdigit())):
                return False  # the rules are not asked
        elif (
            not span.pre  # (超百亿元企业: threshold)
            and after not in _CUES_AFTER
            and span.post not in _SIZE_BOUNDS
            and before not in _CUES_FIELD
            and not (
                span.unit in COUNT_WORDS
                and _IS_HAN[before]
                and not _ABSTRACT_FIRST.isdisjoint(folded[span.end : span.end + _ABSTRACT_REACH])
            )
        ):
            return False  # a Han character after it, none of its cues: not asked either
    elif _a_name(span, folded[span.end : span.end + 1]):
        # 五篇大文章, 三项制度, 三元互动: chinese_idiom's own test of a name (seven numbers in
        # Chinese numerals in ten), asked before the rest of the span's surroundings are cut
        return True
    around = Around(folded, span)
    for test in _TESTS_FOR_DIGITS if digits else _TESTS_FOR_CHINESE:
        if test(around):
            return True
    return False


# The rules as `excluded` asks them. A number in Chinese numerals: chinese_idiom first (it
# excludes nine in ten of them: 一批, 三项制度), then the others in order. A number in digits:
# all but the two that read a Chinese numeral (vague: 数十个; chinese_idiom: 五篇大文章), which
# answer False at once on digits.
# (their tests alone: the loop then reads no attribute)
_TESTS_FOR_CHINESE = tuple(r.test for r in sorted(RULES, key=lambda r: r.name != "chinese_idiom"))
_TESTS_FOR_DIGITS = tuple(r.test for r in RULES if r.name not in ("vague", "chinese_idiom"))
