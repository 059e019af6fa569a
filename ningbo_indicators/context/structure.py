"""The structure of a report: sentences, clauses, section headings, the part that reports the
past year and the part that plans the next, the year it plans.

Every rule reads the language of 政府工作报告 in general (heading numerals, 工作回顾 vs
主要目标任务, 分别 lists), never the wording of one report.
"""

from __future__ import annotations

import functools
import re
from bisect import bisect_right
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from itertools import chain

import regex

from .. import compiled
from ..lazy import LazyPattern

# ---------------------------------------------------------------- document structure

# A heading starts a paragraph: 一、 (level 1), (一) (level 2, parentheses already folded),
# optionally behind Markdown's '#' or '**'. Its title runs to the line break, the first full
# stop, or (in text whose paragraphs were joined by spaces) the first space.
# (this and RE_LINE_HEADING run on the standard library's engine: they need no `regex`
# syntax, and take a third of the time per call)
RE_HEADING = compiled.compile_std(
    r"""
    (?:^|(?<=[\n \t\u3000])|(?P<glued>(?<=[。！!])(?![\ \t\u3000])))
    (?P<md>\#{1,6}[ \t]*)?(?:\*\*)?[ \t\u3000]*
    (?P<head>
        (?P<l1>[一二三四五六七八九十]{1,3}、)
      | (?P<l2>\([一二三四五六七八九十]{1,3}\))
    )
    (?:[\ \t]*\*\*)*[\ \t]*                 # **二、** **2004** **年…: bold cut in pieces
    (?P<title>[^\n。！？!?\s*]{1,60})
""",
    re.VERBOSE | re.MULTILINE,
    first=True,
)
# Where a numbered heading's head may start: the run of one to three numerals before a 、, or
# a ( before a numeral. Each is found by a pattern that opens with its mark, which the
# standard library's engine skips to as str.find does (a class of the numerals first made it
# test every character: seven times the cost); RE_HEADING is then tried only from the run of
# Markdown marks and spaces before each head (see _numbered_headings).
_NUMERALS = "一二三四五六七八九十"
# (一、 at the end of a line has no title, which RE_HEADING needs: no head)
_MARK_AFTER_NUMERAL = compiled.compile_std(f"、(?<=[{_NUMERALS}]、)(?!\\n|\\Z)")
_BRACKET_BEFORE_NUMERAL = compiled.compile_std(f"\\((?=[{_NUMERALS}])")
_HEAD_NUMERALS = 3  # (RE_HEADING's heads: [一二三四五六七八九十]{1,3}、)
_BEFORE_HEAD = frozenset("#* \t\u3000")
# A Markdown heading line without a numeral: ## 今年工作安排
RE_MD_HEADING = compiled.compile(r"^\#{1,6}[ \t]*(?P<title>[^\n#]{2,60})$", regex.MULTILINE)

# the marks that end a sentence (`Document.sentence_span`): clause marks that are never a
# thousands separator (sentence cuts are clause cuts)
# the marks that end a sentence (a line break too); with ；; those that end a sentence or an item
# of a list of them, where `sentence_span` cuts the text (one table for the package's look-backs)
STOP_MARKS = "。！？!?\n"
SENTENCE_MARKS = STOP_MARKS + "；;"
_SENTENCE_MARK = compiled.compile_std(f"[{SENTENCE_MARKS}]")


@functools.cache
def to_last_mark(marks: str) -> re.Pattern:
    """A pattern whose `match(text, lo, hi)` is the stretch of text[lo:hi] up to and with its
    last character of `marks` (None where it holds none); `marks` is not empty. The backward
    search behind `last_mark`, which the package's look-backs for a last mark read.

    (The standard library's engine takes all of the stretch, then steps back to the last mark.
    Its call costs less than a `regex` reverse search, which steps back faster: for the
    look-backs here, several per figure and mostly short, `regex` cost 1 % more of `extract`;
    for the key rules' longer ones `re` costs ~0.1 % more.)

    >>> to_last_mark("。，").match("增长5%，出口。增长", 0, 9).end()
    8
    """
    escaped = "".join("\\" + c if c in "\\]^-[" else c for c in marks)
    return compiled.compile_std(f"(?s:.*[{escaped}])")


def last_mark(text: str, marks: str, lo: int, hi: int) -> int:
    """Where the last of `marks` stands in text[lo:hi], or -1, in one backward search
    (`to_last_mark`).

    >>> last_mark("增长5%，出口。增长", "。，", 0, 9), last_mark("增长", "。，", 0, 2)
    (7, -1)

    The bounds are offsets, never counted from the end as a slice's or `rfind`'s would be: an
    empty stretch (`hi <= lo`) holds none, also where `hi` is negative (a search that ends just
    before a clause that opens the text), and a negative `lo` is the text's start.

    >>> last_mark("，增长5%，出口", "，", 0, -1), last_mark("，甲乙丙", "，", -2, 4)
    (-1, 0)
    """
    if hi <= lo:
        return -1
    found = to_last_mark(marks).match(text, lo, hi)
    return found.end() - 1 if found else -1


# a stretch up to its last sentence mark
_TO_LAST_SENTENCE_MARK = to_last_mark(SENTENCE_MARKS)
# (plain character classes run on the standard library's engine: same matches, about half
# the time of `regex` for a cut list built once per text)
# (a comma between a digit and three more is a thousands separator: 1,753亿元, 98，255万人)
RE_CLAUSE_END = LazyPattern(
    r"(?<!\d)[，,]|[，,](?!\d{3}(?!\d))|[。；;：:！？!?\n]", first=True, std=True
)
# the same cuts in two steps, each a plain character class first (four times faster): every
# comma and stop, then whether a comma is a thousands separator
_CLAUSE_MARKS = LazyPattern(r"[，,。；;：:！？!?\n]", std=True)
_THOUSANDS_COMMA = LazyPattern(r"[，,](?<=\d[，,])(?=\d{3}(?!\d))", std=True)
# a stretch up to its last clause mark (see Document.clause_start)
_TO_LAST_CLAUSE_MARK = to_last_mark("，,。；;：:！？!?\n")

REVIEW_HEADING = compiled.compile_std(
    r"回顾|过去|[一二三四五六七八九十两多]年来|总结|成绩(?!迎接)|成就|执行情况|完成情况|去年|上年",
    first=True,
)
PLAN_HEADING = compiled.compile_std(
    r"目标|任务|安排|总体要求|重点工作|建议|今年|明年|政策取向|部署|措施|规划|纲要|计划"
    r"|“十[一二三四五]五”|年.{0,8}工作"
)
# Review words that no plan heading uses
STRONG_REVIEW = LazyPattern(r"回顾|过去|[一二三四五六七八九十两多]年来|总结|执行情况|完成情况")
# Plan words that review headings do not use (目标, 规划, “十一五” they do: “十一五”开局良好)
STRONG_PLAN_HEADING = compiled.compile_std(
    r"安排|主要任务|目标任务|总体要求|重点工作|建议|今年|明年|部署|工作任务|预期目标"
    r"|做好.{0,8}工作|年.{0,8}工作"
)
# A section that opens with the year it plans: 今年是全面深化改革的关键之年
PLAN_OPENING = compiled.compile_std(r"明年是|明年(?:政府|的)?(?:工作|经济社会发展)")
PLAN_OPENING_THIS_YEAR = compiled.compile_std(r"今年是|今年(?:政府|的)?(?:工作|经济社会发展)")
# (digits read as numbers are written [0-9]: see YEAR_WRITTEN)
RE_YEAR_IS = compiled.compile(r"((?:19|20)[0-9][0-9])\s*年是")
# A year that a long-range goal names is not the plan year: 2035年远景目标
RE_FAR_GOAL = compiled.compile(r"远景|长远|“十[一二三四五]五”|规划|纲要|时期")
_HEADING_WORDS = compiled.compile_std(
    f"{REVIEW_HEADING.pattern}|{PLAN_HEADING.pattern}", first=True
)
# A short line of its own that names the review or the plan: 2004年工作回顾, 2005年主要任务
RE_LINE_HEADING = compiled.compile_std(
    r"^[ \t\u3000]*(?:\*\*)?(?P<title>[^\n。；;！？!?*#，,：:]{2,36}?)(?:\*\*)?[ \t\u3000]*$",
    re.MULTILINE,
)
PLAN_SENTENCE = LazyPattern(
    r"(?:今年|明年|\d{4}年)(?:经济社会发展|国民经济和社会发展)?的?主要预期目标"
    r"|主要预期目标(?:是|为)|主要(?:调控)?目标(?:是|为)[：:]"
    r"|今年(?:政府)?工作的?总(?:体)?的?要求|今年的?主要任务"
)
# A year as it is written, to be read by year_number: 2024, 二〇〇八 (digits [0-9]: the regex
# engine's \d takes the digits of scripts newer than Python's own tables, which int() refuses;
# folded text has ASCII digits)
YEAR_WRITTEN = r"(?:19|20)[0-9][0-9]|[一二][九〇零][〇零一二三四五六七八九]{2}"
RE_YEAR = compiled.compile_std(rf"(?<!\d)({YEAR_WRITTEN})年", first=True)
# The delivery date under the title: 2024年1月17日在宁波市第十六届人民代表大会...
# (in digits or in Chinese numerals: 二〇〇八年一月十八日在福建省第十一届人民代表大会)
_CN_DAY = r"[0-9]{1,2}|[一二三]?十[一二三四五六七八九]?|[一二三四五六七八九]"
RE_DELIVERY = compiled.compile(
    rf"({YEAR_WRITTEN})\s*年"
    rf"\s*([0-9]{{1,2}}|十[一二]?|[一二三四五六七八九])\s*月\s*(?:{_CN_DAY})\s*日"
    rf"(?:\s*(?:[—\-、和至到])\s*(?:(?:[0-9]{{1,2}}|十[一二]?|[一二三四五六七八九])\s*月\s*)?"
    rf"(?:{_CN_DAY})\s*日)?\s*在"
)
# A statistical communiqué (统计公报) of one year: 2010年国民经济和社会发展统计公报,
# 国家统计局关于一九七八年国民经济计划执行结果的公报
RE_COMMUNIQUE = LazyPattern(
    rf"({YEAR_WRITTEN})\s*年\s*[\p{{Han}}]{{0,16}}"
    r"(?:统计公报|计划执行结果的公报)"
)
# A paragraph of the plan part that opens by looking back reports results: 过去的五年，是我州…
# 取得显著成就的五年 under a heading of the next five-year plan; 刚刚过去的2015年，… under the
# year's plan heading
REVIEW_PARAGRAPH = LazyPattern(
    r"(?m)^[ \t\u3000]*(?:刚刚)?(?:过去的?五年|五年来|过去的?(?:一年|(?:19|20)\d\d年))"
)
# …until it turns to what comes: 新的一年，要…; 未来五年
_LOOKING_AHEAD = LazyPattern(r"新的一年|未来|今后|今年|明年|下一步|展望")
RE_TITLE_YEAR = LazyPattern(r"((?:19|20)[0-9][0-9])年政府工作报告")
RE_PAST_YEAR = LazyPattern(r"(?:刚刚)?过去的((?:19|20)[0-9][0-9])年")
# ... a title with the place between its year and 政府工作报告 (2006年烟台市政府工作报告)
RE_PLACE_TITLE_YEAR = LazyPattern(r"((?:19|20)[0-9][0-9])年[^\n，。,]{1,12}?政府工作报告")
_TITLE_HEAD = 600


# Bounds that keep every per-mention look-around linear on text without punctuation: a
# clause is read at most this far back, a sentence is cut to a window around the mention.
CLAUSE_WINDOW = 64
_PAST_ANY = 1 << 62  # (an offset after every offset of a text)
# The marks that end a clause for the rules that read back from a figure (its subject, its key)
CLAUSE_END_CHARS = "，,；;。：:\n"
SENTENCE_MAX = 600


@dataclass(slots=True)
class Heading:
    """A heading of the text: its offsets, its level and its text."""

    start: int
    end: int
    level: int
    text: str
    numbered: bool = True  # 一、… / (一)…; False for a Markdown or short-line heading


@dataclass
class Document:
    """Offsets of the structure of one text; built once, queried per mention by bisection."""

    text: str
    folded: str
    headings: list[Heading] = field(default_factory=list)
    status_changes: list[tuple[int, str]] = field(default_factory=list)
    plan_year: int | None = None
    _heading_starts: list[int] = field(default_factory=list)
    _heading_edges: list[int] = field(default_factory=list)  # starts and ends, in order
    _status_starts: list[int] = field(default_factory=list)
    # (memos of the queries below: not part of what a Document is, so not compared or shown)
    # the sentence cuts, found when first needed (`sentence_cuts`)
    _sentence_cuts: list[int] | None = field(default=None, compare=False, repr=False)
    # the span sentence_span gave last (every position in it has the same)
    _last_sentence: tuple[int, int] = field(default=(0, 0), compare=False, repr=False)
    # the heading edge clause_start read last and the next edge: the offsets [edge, next)
    # have the same last edge (-1: before the first edge; `_heading_edges` is set once, by
    # read_structure, before any query)
    _between_edges: tuple[int, int] = field(default=(0, 0), compare=False, repr=False)

    # -- queries
    @property
    def sentence_cuts(self) -> list[int]:
        """Where sentences end (after each of SENTENCE_MARKS) and headings start and end, in
        order: the whole text's, found once, when a sentence reaches beyond SENTENCE_MAX
        characters on either side of a position (`sentence_span`)."""
        if self._sentence_cuts is None:
            self._sentence_cuts = _merged(
                _ends_of(self.folded, SENTENCE_MARKS), self._heading_edges
            )
        return self._sentence_cuts

    def sentence_span(self, pos: int) -> tuple[int, int]:
        """The offsets [start, end) of the sentence around `pos`: from the last cut at or
        before it to the next cut after it (`sentence_cuts`).

        The marks are looked for near `pos` only, SENTENCE_MAX characters back and ahead (a
        few characters per figure, where finding every mark of the text took a third of the
        time of `read_structure`); a sentence longer than that on either side is looked up
        in the cuts of the whole text."""
        start, end = self._last_sentence
        if start <= pos < end:  # (the sentence of the figure before, or of another reading)
            return start, end
        folded = self.folded
        if self._sentence_cuts is None:
            lo, hi = pos - SENTENCE_MAX, pos + SENTENCE_MAX
            back = _TO_LAST_SENTENCE_MARK.match(folded, lo if lo > 0 else 0, pos)
            ahead = _SENTENCE_MARK.search(folded, pos, hi)
            if (back or lo <= 0) and (ahead or hi >= len(folded)):
                start = back.end() if back else 0
                end = ahead.end() if ahead else len(self.text)
                edges = self._heading_edges  # (a heading is a sentence of its own)
                i = bisect_right(edges, pos)
                if i and edges[i - 1] > start:
                    start = edges[i - 1]
                if i < len(edges) and edges[i] < end:
                    end = edges[i]
                self._last_sentence = start, end
                return start, end
        cuts = self.sentence_cuts
        i = bisect_right(cuts, pos)
        start = cuts[i - 1] if i else 0
        end = cuts[i] if i < len(cuts) else len(self.text)
        self._last_sentence = start, end
        return start, end

    def sentence(self, pos: int) -> str:
        """The sentence around `pos`; in text without punctuation, a window of it. (Records
        are built in one sweep that keeps a sentence while its figures last: `sentence_at`.)"""
        return self.sentence_at(pos)[2]

    def sentence_at(self, pos: int) -> tuple[int, int, str]:
        """(lo, hi, `sentence(pos)`): the offsets [lo, hi) that share the sentence of `pos`
        (none, lo == hi, where it is a window of a sentence too long: of `pos` alone)."""
        s, e = self.sentence_span(pos)
        if e - s > SENTENCE_MAX:
            lo, hi = max(s, pos - SENTENCE_MAX // 2), min(e, pos + SENTENCE_MAX // 2)
            return pos, pos, self.text[lo:hi].strip()
        return s, e, self.text[s:e].strip()

    def clause_start(self, pos: int) -> int:
        """Where the clause of `pos` starts, never more than CLAUSE_WINDOW characters back.

        The clause starts at the last clause cut (`clause_cuts`) or heading edge (a heading is
        a sentence of its own) before `pos`. The cut is looked for backwards from `pos`, in
        the window only: a few characters per mention, where cutting the whole text at every
        mark took about 5% of the time of `extract`.
        """
        window = pos - CLAUSE_WINDOW
        lo = window if window > 0 else 0
        folded = self.folded
        mark = _TO_LAST_CLAUSE_MARK.match(folded, lo, pos)
        start = mark.end() if mark else 0
        # 1,753亿元: no cut (a thousands comma has a digit before it): the search goes on before it
        while (
            mark
            and folded[start - 2 : start - 1].isdigit()
            and _THOUSANDS_COMMA.match(folded, start - 1)
        ):
            mark = _TO_LAST_CLAUSE_MARK.match(folded, lo, start - 1)
            start = mark.end() if mark else 0
        # the last heading edge at or before pos: that of the mention before, most often
        edge, after = self._between_edges
        if not edge <= pos < after:
            edges = self._heading_edges
            i = bisect_right(edges, pos)
            edge = edges[i - 1] if i else -1
            after = edges[i] if i < len(edges) else _PAST_ANY
            self._between_edges = edge, after
        if edge > start:
            start = edge
        return start if start > window else window  # max(), without a call

    def section(self, pos: int) -> str | None:
        """The innermost heading before `pos`, or None (see `section_at`)."""
        return self.section_at(pos)[2]

    def section_at(self, pos: int) -> tuple[int, int, str | None]:
        """(lo, hi, `section(pos)`): the offsets [lo, hi) that share the section of `pos`."""
        starts = self._heading_starts
        i = bisect_right(starts, pos) - 1
        section = self.headings[i].text if i >= 0 else None  # the innermost heading before pos
        lo = starts[i] if i >= 0 else 0
        hi = starts[i + 1] if i + 1 < len(starts) else len(self.text)
        return lo, hi, section

    def status(self, pos: int) -> str:
        return self.status_at(pos)[2]

    def status_at(self, pos: int) -> tuple[int, int, str]:
        """(lo, hi, `status(pos)`): the offsets [lo, hi) that share the status of `pos`."""
        starts = self._status_starts
        i = bisect_right(starts, pos) - 1
        lo = starts[i] if i >= 0 else 0
        hi = starts[i + 1] if i + 1 < len(starts) else len(self.text)
        return lo, hi, self.status_changes[i][1] if i >= 0 else "actual"

    def year(self, status: str) -> int | None:
        if self.plan_year is None:
            return None
        return self.plan_year if status == "target" else self.plan_year - 1


def read_structure(text: str, folded: str) -> Document:
    """Sentences, clauses, headings, the review/plan parts and the plan year of a text."""
    doc = Document(text=text, folded=folded)

    raw: list[Heading] = []
    for m in _numbered_headings(folded):
        title = _whole_title(folded, m)
        if m["glued"] is not None and not (m["l1"] and _HEADING_WORDS.search(title)):
            continue  # in text whose paragraphs were joined: 。二、2019年工作安排 2019年是…
        level = 1 if m["l1"] else 2
        start = m.start("head")
        raw.append(
            Heading(
                start,
                m.start("title") + len(title),
                level,
                text[start : m.start("title") + len(title)],
            )
        )
    taken = {h.start for h in raw}
    for m in RE_MD_HEADING.finditer(folded):
        title = m["title"].strip().strip("*").strip()
        if (
            title
            and not RE_HEADING.match(title)
            and not any(m.start() <= h < m.end() for h in taken)
        ):
            s = m.start("title")
            raw.append(
                Heading(s, m.end("title"), 1, text[s : m.end("title")].strip(), numbered=False)
            )
            taken.add(s)
    for m in _short_lines(folded):
        title = m["title"]
        if (
            (REVIEW_HEADING.search(title) or PLAN_HEADING.search(title))
            and not any(m.start() <= h < m.end() for h in taken)
            and not RE_DELIVERY.search(title)
            and "报告" not in title
        ):  # the document's own title is no section
            raw.append(
                Heading(
                    m.start("title"),
                    m.end("title"),
                    1,
                    text[m.start("title") : m.end("title")],
                    numbered=False,
                )
            )
    raw.sort(key=lambda h: h.start)

    # A section is the innermost heading: a level-2 heading lasts until the next heading.
    doc.headings = raw
    doc._heading_starts = [h.start for h in raw]
    # a heading is a sentence of its own
    doc._heading_edges = sorted({e for h in raw for e in (h.start, h.end)})

    head = folded[:2000]
    # (every match of RE_COMMUNIQUE ends with 公报, which few reports' first lines hold)
    communique = RE_COMMUNIQUE.search(head) if "公报" in head else None
    if communique:  # a statistical communiqué reports one year's results: all of it is actual
        doc.plan_year = year_number(communique[1]) + 1
        return doc
    delivered, month = _delivery(folded)
    # a report delivered in November or December plans the next year
    plan_guess = delivered + 1 if delivered and month and month >= 11 else delivered
    december = bool(month and month >= 11)
    if plan_guess is None:
        past = RE_PAST_YEAR.search(folded)
        plan_guess = int(past[1]) + 1 if past else None
    changes, plan_year, review_year = _parts(folded, raw, plan_guess, december)
    if not any(status == "target" for _, status in changes):
        start = _plan_start(doc, folded, plan_guess, december)
        if start is not None:
            changes = [c for c in changes if c[0] < start] + [(start, "target")]
    changes = _review_paragraphs(folded, changes)
    doc.status_changes = changes
    doc._status_starts = [p for p, _ in changes]
    # the date it is delivered decides (a report plans the year it is given in, the next year
    # when given in November or December); else the year its plan heading names
    doc.plan_year = (
        plan_guess
        or plan_year
        or (review_year + 1 if review_year else None)
        or _fallback_year(folded)
    )
    return doc


def _review_paragraphs(folded: str, changes: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """The review paragraphs inside the plan part (REVIEW_PARAGRAPH) are actual to their end."""
    if not any(status == "target" for _, status in changes):
        return changes
    starts = [p for p, _ in changes]
    found: list[tuple[int, str]] = []
    for m in _review_openings(folded):
        i = bisect_right(starts, m.start()) - 1
        if i < 0 or changes[i][1] != "target":
            continue
        end = folded.find("\n", m.end())
        end = len(folded) if end < 0 else end
        if folded[m.start() : end].rstrip()[-1:] not in _SENTENCE_ENDS:
            # a sentence broken by a line break (分别增长\n\n12.8%和14.2%) goes on to its end
            stop = folded.find("。", end, end + _SENTENCE_GOES_ON)
            end = stop + 1 if stop >= 0 else end
        ahead = _LOOKING_AHEAD.search(folded, m.end(), end)
        if ahead:
            sentence = last_mark(folded, "。；！", m.end(), ahead.start())
            end = sentence + 1 if sentence >= 0 else m.start()
        if end > m.start():
            found += [(m.start(), "actual"), (end, "target")]
    return sorted(changes + found) if found else changes


def _ends_of(text: str, marks: str) -> list[int]:
    """The offset after each occurrence of the characters `marks` in `text`, in order: the
    ends of the matches of a class of them, without a match object per mark (each mark found
    in turn by `str.find`, which skips to it in C: splitting the text at each mark, or
    counting it, read every character again, and a pattern of the class tests each one).

    >>> _ends_of("增长5%。完成;好\\n", "。;\\n")
    [5, 8, 10]
    """
    ends: list[int] = []
    for mark in marks:
        at = text.find(mark)
        while at >= 0:
            at += 1
            ends.append(at)
            at = text.find(mark, at)
    ends.sort()
    return ends


def _merged(cuts: list[int], edges: list[int]) -> list[int]:
    """The increasing `cuts` with the `edges` not in them, in order (a merge of two sorted runs,
    without the set of every cut).

    >>> _merged([3, 8, 12], [0, 8, 10])
    [0, 3, 8, 10, 12]
    """
    extra = [e for e in edges if not _holds(cuts, e)]
    return sorted(cuts + extra) if extra else cuts


def _holds(ordered: list[int], x: int) -> bool:
    i = bisect_right(ordered, x)
    return i > 0 and ordered[i - 1] == x


# How a line of a review paragraph ends its sentence, and how far a sentence broken by a line
# break is followed
_SENTENCE_ENDS = frozenset("。！？；!?;")
_SENTENCE_GOES_ON = 400

# What every opening of REVIEW_PARAGRAPH holds
_REVIEW_WORDS = ("过去", "五年来")


def _review_openings(folded: str) -> Iterator[regex.Match]:
    """The matches of REVIEW_PARAGRAPH.finditer(folded), tried only at the start of the lines
    that hold one of _REVIEW_WORDS (found by `str.find`: the pattern tried every line start
    of the text, 2% of the time of `extract`).

    >>> [m.span() for m in _review_openings("过去五年来\\n  五年来，\\n回顾过去一年")]
    [(0, 4), (6, 11)]
    """
    lines = set()
    for word in _REVIEW_WORDS:
        line = seen = 0  # the line of the last occurrence, and where it stands
        at = folded.find(word)
        while at >= 0:
            # (a line break looked for since the last occurrence only: linear on any text)
            brk = folded.rfind("\n", seen, at)
            if brk >= 0:
                line = brk + 1
            lines.add(line)
            seen = at
            at = folded.find(word, at + len(word))
    for line in sorted(lines):
        m = REVIEW_PARAGRAPH.match(folded, line)
        if m:
            yield m


def clause_cuts(folded: str) -> list[int]:
    """Where clauses end (after the mark): the ends of the matches of RE_CLAUSE_END.
    (`Document.clause_start` finds the same cuts near a position.)

    >>> clause_cuts("收入1,753亿元，增长5%。")
    [10, 15]
    """
    cuts = [m.end() for m in _CLAUSE_MARKS.finditer(folded)]
    separators = {m.end() for m in _THOUSANDS_COMMA.finditer(folded)}
    return [c for c in cuts if c not in separators] if separators else cuts


def _numbered_headings(folded: str):
    """The matches of RE_HEADING.finditer(folded), tried only where a head starts
    (`_head_starts`); a match starts at the head or within the run of #, * and spaces right
    before it.

    >>> [m["head"] for m in _numbered_headings("前言\\n一、回顾\\n正文。(二)任务\\n**十一、** 三项")]
    ['一、', '(二)', '十一、']
    >>> [m["head"] for m in _numbered_headings("一、\\n二、\\n三、回顾")]
    ['三、']
    """
    end = 0
    for head in _head_starts(folded):
        if head < end:
            continue  # inside the heading found last
        start = head
        while start > end and folded[start - 1] in _BEFORE_HEAD:
            start -= 1
        for pos in range(start, head + 1):
            m = RE_HEADING.match(folded, pos)
            if m:
                yield m
                end = m.end()
                break


def _head_starts(folded: str) -> list[int]:
    """Where the heads of numbered headings may start, in order: the first of one to three
    numerals before a 、 that does not end a line (a longer run holds no head: a head starts
    the run, and RE_HEADING takes three), and each ( before a numeral.

    >>> _head_starts("一、回顾 十一、 (二)任务 第三、 一二三四、")
    [0, 5, 9, 16]
    """
    heads = [m.start() for m in _BRACKET_BEFORE_NUMERAL.finditer(folded)]
    for mark in _MARK_AFTER_NUMERAL.finditer(folded):
        at = mark.start()
        head = at - 1  # (a numeral: the pattern's look-behind)
        while head > at - _HEAD_NUMERALS and head and folded[head - 1] in _NUMERALS:
            head -= 1
        if not head or folded[head - 1] not in _NUMERALS:
            heads.append(head)
    heads.sort()
    return heads


def _short_lines(folded: str):
    """Matches of RE_LINE_HEADING on the lines that hold a review or plan word within their
    first 40 characters.

    Two equivalent ways, the cheaper for the text: where lines are long (a report: a paragraph
    a line), the lines short enough once their spaces are stripped are tried (found by
    `_SHORT_LINE_AFTER_BREAK`; a match of RE_LINE_HEADING is no longer), and the words are
    looked for only on the few that match; where lines are short and many, the words are
    found first, in one pass, and only their lines are tried."""
    # (the lines' length is read on a stretch of the middle of the text: counting the breaks
    # of the whole text cost a fifth of the lines' reading)
    lo = max(0, (len(folded) - _LINE_SAMPLE) // 2)
    hi = min(len(folded), lo + _LINE_SAMPLE)
    if folded.count("\n", lo, hi) * _LINE_COST > hi - lo:
        yield from _short_lines_by_words(folded)
        return
    for pos in chain([0], (m.end() for m in _SHORT_LINE_AFTER_BREAK.finditer(folded))):
        m = RE_LINE_HEADING.match(folded, pos)
        if m:
            hit = _HEADING_WORDS.search(folded, pos, m.end())
            if hit and hit.start() - pos <= 40:
                yield m


# trying a line costs about as much as scanning this many characters for the words
_LINE_COST = 30
_LINE_SAMPLE = 4000  # (the characters whose lines tell the way: see _short_lines)
# the longest line RE_LINE_HEADING takes once its spaces are stripped (a title of 36, ** twice)
_LINE_TITLE_MAX = 36 + 4
# A line break before a line of at least two characters and at most _LINE_TITLE_MAX once its
# spaces are stripped (the rest of it spaces): the engine skips to each break in C, and reads
# no further than _LINE_TITLE_MAX characters into a line
_SHORT_LINE_AFTER_BREAK = compiled.compile_std(
    rf"\n(?=[ \t\u3000]*+[^\n]{{2,{_LINE_TITLE_MAX}}}+[ \t\u3000]*+(?:\n|\Z))"
)


def _short_lines_by_words(folded: str):
    tried = set()
    for hit in _HEADING_WORDS.finditer(folded):
        pos = folded.rfind("\n", 0, hit.start()) + 1
        if pos in tried or hit.start() - pos > 40:
            continue
        tried.add(pos)
        m = RE_LINE_HEADING.match(folded, pos)
        if m:
            yield m


def _month(written: str) -> int:
    """'12', '十二' or '一' -> 12 / 12 / 1."""
    if written.isdigit():
        return int(written)
    return "一二三四五六七八九十".index(written[-1]) + 1 + (10 if len(written) == 2 else 0)


_DIGITS = "一二三四五六七八九"
# A five-year plan as reports name it, by its ordinal before 五 (“十二五”, 十五, “九五”), and the
# end of one as written (“十二五”末, “十五”期末, “九五”末期)
# (PLAN_END_NAMED with the plan, ordinal and 五, in its group `plan`, for `plan_end`)
PLAN_ORDINAL = r"十[一二三四五]?|[六七八九]"
PLAN_END_NAMED = rf"[“\"]?(?P<plan>(?:{PLAN_ORDINAL})五)[”\"]?(?:时期|期)?(?:末期?|期末)"
PLAN_END = PLAN_END_NAMED.replace("?P<plan>", "?:")


def plan_end(plan: str) -> int:
    """The last year of a five-year plan named by its ordinal and 五 (“十一五”末: the end of 2010);
    from the third plan (1966-1970) on, the nth ends in 1955 + 5n.

    >>> [plan_end(p) for p in ("七五", "十五", "十一五", "十四五")]
    [1990, 2005, 2010, 2025]
    """
    ordinal = plan[:-1]  # 十一五 -> 十一, 十五 -> 十, 八五 -> 八
    n = (10 if ordinal[0] == "十" else 0) + (
        _DIGITS.index(ordinal[-1]) + 1 if ordinal[-1] != "十" else 0
    )
    return 1955 + 5 * n


def year_number(written: str) -> int:
    """'2024' or '一九九〇' -> 2024 / 1990.

    >>> year_number("一九九〇")
    1990
    """
    if written.isdigit():
        return int(written)
    return int("".join(str("〇一二三四五六七八九".index(c)) if c != "零" else "0" for c in written))


def _delivery(folded: str) -> tuple[int | None, int | None]:
    """(year, month) the report is delivered: its date line, else the year of its title.

    >>> _delivery("——2022年12月19日在拉萨市第十二届人民代表大会第三次会议上")
    (2022, 12)
    >>> _delivery("2016 年 1 月 18 日在韶关市第十三届人民代表大会")
    (2016, 1)
    >>> _delivery("——二〇〇八年一月十八日在福建省第十一届人民代表大会第一次会议上")
    (2008, 1)
    >>> _delivery("一九九八年十二月二十八日在…")
    (1998, 12)
    """
    head = folded[:3000]
    m = RE_DELIVERY.search(head)
    if m:
        return year_number(m[1]), _month(m[2])
    m = RE_TITLE_YEAR.search(head)
    return (int(m[1]), None) if m else (None, None)


_TITLE_LINE = 40  # (the most characters of a heading's line read as its title)
_TITLE_LINE_TRAIL = " \t\u3000*"  # (what a line's end may hold after its title)


def _whole_title(folded: str, m) -> str:
    """A numbered heading's title: to the line end when the heading is a short line of its own
    (PDF spacing puts spaces inside titles: 一、“十二五”时期和 2015年工作回顾), else to the first
    space or full stop."""
    start = m.start("title")
    # (the line's end is looked for within the longest title only: a heading glued to its
    # paragraph's first sentence has the paragraph's line, often a thousand characters)
    end = folded.find("\n", start, start + _TITLE_LINE + 1)
    if end < 0:
        past = folded[start + _TITLE_LINE : start + _TITLE_LINE + 1]
        if past and past not in _TITLE_LINE_TRAIL:
            return m["title"].rstrip("，,：:；;*")  # more than _TITLE_LINE characters, stripped
        end = folded.find("\n", start)
    line = folded[start : end if end >= 0 else len(folded)].rstrip(_TITLE_LINE_TRAIL)
    if len(line) <= _TITLE_LINE and not any(ch in line for ch in "。！？!?"):
        return line.rstrip("，,：:；;*")
    return m["title"].rstrip("，,：:；;*")


def _part(
    folded: str, h: Heading, plan_guess: int | None, december: bool, until: int
) -> str | None:
    """'review', 'plan', 'weak' (a plan word that review headings use too) or None."""
    title = folded[h.start : h.end]
    y = RE_YEAR.search(title)
    year = year_number(y[1]) if y else None
    if REVIEW_HEADING.search(title) or (year and plan_guess and year < plan_guess):
        return "review"
    if STRONG_PLAN_HEADING.search(title) or (year and plan_guess and year >= plan_guess):
        return "plan"
    opening = folded[h.end : min(h.end + 80, until)]  # the section's first words
    if PLAN_OPENING.search(opening) or (not december and PLAN_OPENING_THIS_YEAR.search(opening)):
        return "plan"  # a topical heading whose section opens with the year it plans
    said = RE_YEAR_IS.search(opening)
    if said and plan_guess and int(said[1]) == plan_guess:
        return "plan"  # 2016年是“十三五”开局之年
    if PLAN_HEADING.search(title):
        return "weak"
    return None


def _plan_start(doc: Document, folded: str, plan_guess: int | None, december: bool) -> int | None:
    """Where the plan starts in a report whose headings do not say: the sentence that opens
    the year's plan (今年是…之年, 2016年是…) right before its targets passage, else the targets
    passage (主要预期目标是：) itself, else the first sentence that opens the year's plan."""
    # (every alternative of PLAN_SENTENCE writes 主要 or 今年)
    m = PLAN_SENTENCE.search(folded) if "主要" in folded or "今年" in folded else None
    intro = _plan_intro(plan_guess, december)
    if m:
        start = doc.sentence_span(m.start())[0]
        first = intro.search(folded, max(0, m.start() - 2500), m.start())
        return doc.sentence_span(first.start())[0] if first else start
    first = intro.search(folded, len(folded) // 10)
    return doc.sentence_span(first.start())[0] if first else None


@functools.lru_cache(maxsize=64)
def _plan_intro(plan_guess: int | None, december: bool):
    """The words that open the year's plan (明年是, 今年是, 2016年是), as one pattern, made once
    per plan year."""
    words = ["明年是"] + ([] if december else ["今年是", r"今年(?:政府)?工作的?总(?:体)?的?要求"])
    if plan_guess:
        words.append(f"{plan_guess}\\s*年是")
    return compiled.compile("|".join(words))


def _parts(folded: str, headings: list[Heading], plan_guess: int | None, december: bool):
    """Where the review (actual) and the plan (target) start: (changes, plan year named by a
    plan heading, year named by a review heading).

    Reports review first, then plan. A heading of review or plan switches the part; a heading
    that is neither (or only weakly a plan: “十一五”开局良好) before any part is the review
    when a plan heading follows; after a review it starts the plan, unless it is a subsection
    of the review: the review heading is of another kind (2013年工作回顾 over 一、二、…) and a
    plan heading of that kind follows (2014年工作安排).
    """
    parts = [h for h in headings if h.level == 1 and "报告" not in folded[h.start : h.end]]
    starts = sorted(h.start for h in headings)
    # a part's section runs to the next heading's start (found by bisection: a scan per part
    # costs as many steps as there are headings before it)
    bounds = [*starts, len(folded)]
    kinds = [
        _part(folded, h, plan_guess, december, bounds[bisect_right(starts, h.start)]) for h in parts
    ]
    changes: list[tuple[int, str]] = []
    plan_year = review_year = None
    state = review = None
    for i, (h, kind) in enumerate(zip(parts, kinds)):
        new = state
        if not h.numbered and kind not in ("review", "plan"):
            continue  # a short line is a part heading only when it names the review or the plan
        if (
            kind == "review"
            and state == "target"
            and not STRONG_REVIEW.search(folded[h.start : h.end])
        ):
            continue  # in the plan, only a heading that plainly reviews goes back (成绩单 does not)
        if kind == "review":
            new, review = "actual", h
        elif kind == "plan":
            new = "target"
        elif state is None:
            following = next((k for k in kinds[i + 1 :] if k in ("review", "plan")), None)
            new = "actual" if following == "plan" else None
        elif state == "actual":
            inside = (
                review is not None
                and review.numbered != h.numbered
                and any(
                    k == "plan" and p.numbered == review.numbered
                    for p, k in zip(parts[i + 1 :], kinds[i + 1 :])
                )
            )
            new = "actual" if inside else "target"
        if new == "target" and state == "actual" and changes:
            # 2017年工作回顾 … 2018年是…。今年经济社会发展的主要预期目标是：… 2018年工作安排: the
            # plan opens before its heading, in the review's last section (so too under 一、2013年
            # 工作回顾和2014年工作总体要求, before the first section of the year's work)
            begin = _plan_inside(folded, changes[-1][0], h.start, plan_guess, december)
            if begin is not None:
                changes.append((begin, "target"))
                state = "target"
        if new is not None and new != state:
            changes.append((h.start, new))
            state = new
        title = folded[h.start : h.end]
        y = RE_YEAR.search(title)
        if y:
            year = year_number(y[1])
            if new == "actual" and review_year is None:
                review_year = year
            elif new == "target" and plan_year is None and not RE_FAR_GOAL.search(title):
                plan_year = year
    return changes, plan_year, review_year


# The targets passage of the year planned, announced: 今年经济社会发展的主要预期目标是, 2014年全市…
# 主要预期目标是 (not 2013年主要预期目标全面完成, the year reviewed)
_PLAN_ANNOUNCED = LazyPattern(
    r"主要(?:预期|调控)?目标(?:是|为|建议为)[：:]?|今年(?:政府)?工作的?总(?:体)?的?要求"
)


def _plan_inside(
    folded: str, start: int, end: int, plan_guess: int | None, december: bool
) -> int | None:
    """Where the plan starts within folded[start:end], the review's last section before the
    plan's first heading, where the plan may open: the sentence that opens
    the year's plan (今年是…, 2014年是…) before the passage that announces its targets (主要预期
    目标是：), else that passage's sentence; None without such a passage, or where the passage
    recalls the targets of the year reviewed (年初确定的主要预期目标是…)."""
    for m in _PLAN_ANNOUNCED.finditer(folded, start, end):
        if _RECALLED.search(folded, _sentence_start(folded, start, m.start()), m.start()):
            continue
        intro = _plan_intro(plan_guess, december)
        first = intro.search(folded, max(start, m.start() - 2500), m.start())
        return _sentence_start(folded, start, first.start() if first else m.start())
    return None


def _sentence_start(folded: str, start: int, at: int) -> int:
    """Where the sentence of `at` starts, within folded[start:at] (after its last stop or line
    break), else `start`."""
    return max(start, *(folded.rfind(mark, start, at) + 1 for mark in "。\n！？"))


# what recalls a year reviewed before its targets: 去年, 年初确定的, 过去
_RECALLED = LazyPattern(r"去年|上年|年初|过去|确定的|提出的|回顾", std=True)


def _fallback_year(folded: str) -> int | None:
    """The plan year where neither a date line nor the parts tell it: the year after 过去的2005年,
    else the year of a title that names the place (2006年烟台市政府工作报告: such titles name the
    year of the plan or, some, of the review, which the parts tell first), else the year most
    often written."""
    m = RE_PAST_YEAR.search(folded)
    if m:
        return int(m[1]) + 1
    m = RE_PLACE_TITLE_YEAR.search(folded, 0, _TITLE_HEAD)
    if m:
        return int(m[1])
    years = Counter(year_number(y) for y in RE_YEAR.findall(folded[:20000]))
    return years.most_common(1)[0][0] if years else None
