"""The structure of a report: sentences, clauses, section headings, the part that reports the
past year and the part that plans the next, the year it plans.

Every rule reads the language of 政府工作报告 in general (heading numerals, 工作回顾 vs
主要目标任务, 分别 lists), never the wording of one report.
"""

from __future__ import annotations

from bisect import bisect_right
from collections import Counter
from dataclasses import dataclass, field

import regex

# ---------------------------------------------------------------- document structure

# A heading starts a paragraph: 一、 (level 1), (一) (level 2, parentheses already folded),
# optionally behind Markdown's '#' or '**'. Its title runs to the line break, the first full
# stop, or (in text whose paragraphs were joined by spaces) the first space.
RE_HEADING = regex.compile(
    r"""
    (?:^|(?<=[\n \t\u3000]))
    (?P<md>\#{1,6}[ \t]*)?(?:\*\*)?[ \t\u3000]*
    (?P<head>
        (?P<l1>[一二三四五六七八九十]{1,3}、)
      | (?P<l2>\([一二三四五六七八九十]{1,3}\))
    )
    (?P<title>[^\n。！？!?\s*]{1,60})
""",
    regex.VERBOSE | regex.MULTILINE,
)
# A Markdown heading line without a numeral: ## 今年工作安排
RE_MD_HEADING = regex.compile(r"^\#{1,6}[ \t]*(?P<title>[^\n#]{2,60})$", regex.MULTILINE)

RE_SENTENCE_END = regex.compile(r"[。！？!?；;\n]")
RE_CLAUSE_END = regex.compile(r"[，,。；;：:！？!?\n]")

REVIEW_HEADING = regex.compile(r"回顾|过去|一年来|五年来|工作总结|主要成绩|成就|执行情况|完成情况")
PLAN_HEADING = regex.compile(
    r"目标|任务|安排|总体要求|重点工作|建议|今年|明年|政策取向|部署|措施|规划|纲要|计划"
    r"|“十[一二三四五]五”|年.{0,8}工作"
)
_HEADING_WORDS = regex.compile(f"{REVIEW_HEADING.pattern}|{PLAN_HEADING.pattern}")
# A short line of its own that names the review or the plan: 2004年工作回顾, 2005年主要任务
RE_LINE_HEADING = regex.compile(
    r"^[ \t\u3000]*(?:\*\*)?(?P<title>[^\n。；;！？!?*#，,：:]{2,36}?)(?:\*\*)?[ \t\u3000]*$",
    regex.MULTILINE,
)
PLAN_SENTENCE = regex.compile(
    r"(?:今年|明年|\d{4}年)(?:经济社会发展|国民经济和社会发展)?的?主要预期目标"
    r"|今年(?:政府)?工作的总体要求|今年的?主要任务"
)
RE_YEAR = regex.compile(r"(?<!\d)((?:19|20)\d\d|[一二][九〇零][一二三四五六七八九〇零]{2})年")
# The delivery date under the title: 2024年1月17日在宁波市第十六届人民代表大会...
RE_DELIVERY = regex.compile(r"((?:19|20)\d\d)年\d{1,2}月\d{1,2}日\s*在")
RE_TITLE_YEAR = regex.compile(r"((?:19|20)\d\d)年政府工作报告")
RE_PAST_YEAR = regex.compile(r"(?:刚刚)?过去的((?:19|20)\d\d)年")


# Bounds that keep every per-mention look-around linear on text without punctuation: a
# clause is read at most this far back, a sentence is cut to a window around the mention.
CLAUSE_WINDOW = 64
SENTENCE_MAX = 600


@dataclass(slots=True)
class Heading:
    start: int
    end: int
    level: int
    text: str


@dataclass
class Document:
    """Offsets of the structure of one text; built once, queried per mention by bisection."""

    text: str
    folded: str
    headings: list[Heading] = field(default_factory=list)
    sentence_cuts: list[int] = field(default_factory=list)
    clause_cuts: list[int] = field(default_factory=list)
    status_changes: list[tuple[int, str]] = field(default_factory=list)
    plan_year: int | None = None
    _heading_starts: list[int] = field(default_factory=list)
    _last_sentence: tuple = ((-1, -1), "")
    _status_starts: list[int] = field(default_factory=list)

    # -- queries
    def sentence_span(self, pos: int) -> tuple[int, int]:
        cuts = self.sentence_cuts
        i = bisect_right(cuts, pos)
        start = cuts[i - 1] if i else 0
        end = cuts[i] if i < len(cuts) else len(self.text)
        return start, end

    def sentence(self, pos: int) -> str:
        """The sentence around `pos`; in text without punctuation, a window of it."""
        s, e = self.sentence_span(pos)
        if e - s > SENTENCE_MAX:
            s, e = max(s, pos - SENTENCE_MAX // 2), min(e, pos + SENTENCE_MAX // 2)
        key = (s, e)
        if key != self._last_sentence[0]:
            self._last_sentence = (key, self.text[s:e].strip())
        return self._last_sentence[1]

    def clause_start(self, pos: int) -> int:
        """Where the clause of `pos` starts, never more than CLAUSE_WINDOW characters back."""
        i = bisect_right(self.clause_cuts, pos)
        clause = self.clause_cuts[i - 1] if i else 0
        return max(clause, self.sentence_span(pos)[0], pos - CLAUSE_WINDOW)

    def section(self, pos: int) -> str | None:
        i = bisect_right(self._heading_starts, pos) - 1
        if i < 0:
            return None
        return self.headings[i].text  # the innermost heading before pos

    def status(self, pos: int) -> str:
        i = bisect_right(self._status_starts, pos) - 1
        return self.status_changes[i][1] if i >= 0 else "actual"

    def year(self, status: str) -> int | None:
        if self.plan_year is None:
            return None
        return self.plan_year if status == "target" else self.plan_year - 1


def read_structure(text: str, folded: str) -> Document:
    """Sentences, clauses, headings, the review/plan parts and the plan year of a text."""
    doc = Document(text=text, folded=folded)
    doc.clause_cuts = [m.end() for m in RE_CLAUSE_END.finditer(folded)]
    sentence_cuts = [m.end() for m in RE_SENTENCE_END.finditer(folded)]

    raw: list[Heading] = []
    for m in RE_HEADING.finditer(folded):
        title = m["title"].rstrip("，,：:；;*")
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
            raw.append(Heading(s, m.end("title"), 1, text[s : m.end("title")].strip()))
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
                    m.start("title"), m.end("title"), 1, text[m.start("title") : m.end("title")]
                )
            )
    raw.sort(key=lambda h: h.start)

    # A section is the innermost heading: a level-2 heading lasts until the next heading.
    doc.headings = raw
    doc._heading_starts = [h.start for h in raw]
    for h in raw:  # a heading is a sentence of its own
        sentence_cuts += [h.start, h.end]
    doc.sentence_cuts = sorted(set(sentence_cuts))

    # Status: a level-1 heading of review or plan switches the part. A heading that names a
    # year before the year the report is delivered is a review; after a review, the next
    # level-1 heading that is not one starts the plan (reports review first, then plan).
    delivered = _delivery_year(folded)
    changes: list[tuple[int, str]] = []
    plan_year = review_year = None
    for h in raw:
        if h.level != 1:
            continue
        title = folded[h.start : h.end]
        if "报告" in title:
            continue
        y = RE_YEAR.search(title)
        year = year_number(y[1]) if y else None
        if REVIEW_HEADING.search(title) or (year and delivered and year < delivered):
            changes.append((h.start, "actual"))
            if year and review_year is None:
                review_year = year
        elif (
            PLAN_HEADING.search(title)
            or (year and delivered and year >= delivered)
            or (changes and changes[-1][1] == "actual")
        ):
            if not changes or changes[-1][1] != "target":
                changes.append((h.start, "target"))
            if year and plan_year is None:
                plan_year = year
    if not any(status == "target" for _, status in changes):
        m = PLAN_SENTENCE.search(folded)
        if m:
            changes.append((doc.sentence_span(m.start())[0] if doc.sentence_cuts else 0, "target"))
            changes.sort()
    doc.status_changes = changes
    doc._status_starts = [p for p, _ in changes]
    # the date it is delivered decides (a report plans the year it is given in); else the
    # year its plan heading names
    doc.plan_year = (
        delivered
        or plan_year
        or (review_year + 1 if review_year else None)
        or _fallback_year(folded)
    )
    return doc


def _short_lines(folded: str):
    """Matches of RE_LINE_HEADING, tried only on the lines that hold a review or plan word
    (found in one pass over the text: cheaper than MULTILINE, and than trying every line)."""
    tried = set()
    for hit in _HEADING_WORDS.finditer(folded):
        pos = folded.rfind("\n", 0, hit.start()) + 1
        if pos in tried or hit.start() - pos > 40:
            continue
        tried.add(pos)
        m = RE_LINE_HEADING.match(folded, pos)
        if m:
            yield m


def year_number(written: str) -> int:
    """'2024' or '一九九〇' -> 2024 / 1990.

    >>> year_number("一九九〇")
    1990
    """
    if written.isdigit():
        return int(written)
    return int("".join(str("〇一二三四五六七八九".index(c)) if c != "零" else "0" for c in written))


def _delivery_year(folded: str) -> int | None:
    """The year the report is delivered: its date line, else its title."""
    head = folded[:3000]
    m = RE_DELIVERY.search(head) or RE_TITLE_YEAR.search(head)
    return int(m[1]) if m else None


def _fallback_year(folded: str) -> int | None:
    m = RE_PAST_YEAR.search(folded)
    if m:
        return int(m[1]) + 1
    years = Counter(year_number(y) for y in RE_YEAR.findall(folded[:20000]))
    return years.most_common(1)[0][0] if years else None
