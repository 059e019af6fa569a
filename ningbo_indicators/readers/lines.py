"""Lines of PDF pages -> running text: page headers, footers and page numbers dropped, lines
wrapped inside a paragraph joined (numbers cut by the wrap made whole again), paragraphs
separated by a blank line, and the offset where each page starts.

Pure geometry and text, no PDF library: `pdf.py` measures the lines, this module lays them out.
Coordinates are PDF points with y upwards (a line's `top` is above its `bottom`).
"""

from __future__ import annotations

import math
import statistics
import unicodedata
from collections import Counter
from dataclasses import dataclass

import regex

from .. import compiled

PARAGRAPH = "\n\n"
# Header and footer zones: the top and bottom fraction of a page's height.
ZONE = 0.15
# A line repeated at the same height on this share of the pages (at least two) is running
# matter (a header or footer), whatever it says.
REPEATED_SHARE = 0.3

# A page number standing alone: 3, - 3 -, — 3 —, 第3页, 第 3 页 共 12 页, 3/12, Page 3 of 12, iv
RE_PAGE_NUMBER = compiled.compile(
    r"""
    [-–—－―~～·•\s]* (?:\d{1,4}|[ivxlc]{1,6}|[IVXLC]{1,6}) [-–—－―~～·•\s]*
  | 第\s*\d{1,4}\s*页 (?:\s*[,，/、]?\s*共\s*\d{1,4}\s*页)?
  | \d{1,4}\s*/\s*\d{1,4}
  | (?i:page)\s*\d{1,4}(?:\s*(?i:of)\s*\d{1,4})?
""",
    regex.VERBOSE,
)
# A number standing alone between spaces, as the cells of a table's row are read
RE_CELL_NUMBER = compiled.compile(r"(?:^|(?<=\s))[-+−]?\d[\d.,．，]*[%％]?(?=\s|$)")
RE_ROW_END = compiled.compile(r"\s[-+−]?\d[\d.,．，]*[%％]?$")
_DIGITS = compiled.compile(r"\d+")
_SPACE = compiled.compile(r"\s+")
_ENDS_CLAUSE = compiled.compile(r"[。！？；：!?;:…”’）)」』】]$")
_LATIN_END = compiled.compile(r"[A-Za-z0-9]$")
_LATIN_START = compiled.compile(r"^[A-Za-z]")

# Radicals that PDF fonts map instead of the ideograph (a known fault of ToUnicode tables:
# 人 written as the Kangxi radical ⼈, 长 as ⻓). Kangxi radicals and compatibility ideographs
# fold by NFKC; the simplified-form radicals of the supplement block need this table.
SUPPLEMENT_RADICALS = {  # radical: ideograph
    "⺟": "母", "⺠": "民", "⻅": "见", "⻆": "角", "⻉": "贝", "⻋": "车", "⻓": "长",
    "⻔": "门", "⻙": "韦", "⻚": "页", "⻛": "风", "⻜": "飞", "⻢": "马", "⻥": "鱼",
    "⻦": "鸟", "⻧": "卤", "⻨": "麦", "⻩": "黄", "⻪": "黾", "⻬": "齐", "⻮": "齿",
    "⻰": "龙", "⻳": "龟",
}  # fmt: skip
_RADICAL = compiled.compile(r"[\u2e80-\u2eff\u2f00-\u2fdf\uf900-\ufaff\U0002f800-\U0002fa1f]")
# Controls PDFium leaves in text (0x02 marks a hyphen at a line end), soft hyphens
_CONTROL = compiled.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\u00ad\ufeff]")


@dataclass(slots=True, frozen=True)
class Box:
    """Where a line stands on its page: its edges, in points from the page's bottom left."""

    left: float
    right: float
    bottom: float
    top: float


@dataclass(slots=True)
class Line:
    """One line of a page as the PDF library reads it; its box is None when unknown."""

    page: int  # 0-based
    text: str
    box: Box | None = None


@dataclass(slots=True)
class Page:
    number: int  # 0-based
    height: float
    lines: list[Line]


def clean(text: str) -> str:
    """Text of a PDF line with radicals folded to ideographs and stray controls removed.

    >>> clean("⼈均可⽀配收⼊增⻓6%\\x02")
    '人均可支配收入增长6%'
    """
    text = _CONTROL.sub("", text)
    if _RADICAL.search(text):
        text = _RADICAL.sub(
            lambda m: SUPPLEMENT_RADICALS.get(m[0]) or unicodedata.normalize("NFKC", m[0]), text
        )
    return text


def _signature(line: Line) -> str:
    """The text of a line with its numbers blanked out: a header that counts pages repeats."""
    return _DIGITS.sub("#", _SPACE.sub("", unicodedata.normalize("NFKC", line.text)))


def running_lines(pages: list[Page]) -> set[tuple[int, int]]:
    """(page, line index) of the headers, footers and page numbers: lines in the top or bottom
    zone of a page that are a bare page number, or that repeat at the same height (numbers
    blanked) on many pages."""
    zoned: list[tuple[int, int, tuple[str, int]]] = []
    found: set[tuple[int, int]] = set()
    for page in pages:
        for i, line in enumerate(page.lines):
            box = line.box
            if box is None:
                continue
            if not (box.top > page.height * (1 - ZONE) or box.bottom < page.height * ZONE):
                continue
            text = unicodedata.normalize("NFKC", line.text).strip()
            if RE_PAGE_NUMBER.fullmatch(text):
                found.add((page.number, i))
            else:
                zoned.append((page.number, i, (_signature(line), round(box.bottom / 4))))
    if len(pages) >= 2:
        on_pages = Counter(sig for _, sig in {(n, sig) for n, _, sig in zoned})
        least = max(2, math.ceil(REPEATED_SHARE * len(pages)))
        found.update((n, i) for n, i, sig in zoned if on_pages[sig] >= least)
    return found


@dataclass(slots=True)
class _Margins:
    left: float
    right: float
    em: float
    pitch: float


def _margins(lines: list[Line]) -> _Margins | None:
    """The text block of a document: its left and right edges, the height of a line (an em)
    and the distance between baselines."""
    boxed = [(ln.page, ln.box) for ln in lines if ln.box is not None]
    if len(boxed) < 3:
        return None
    em = statistics.median(box.top - box.bottom for _, box in boxed) or 10.0
    left = Counter(round(box.left) for _, box in boxed).most_common(1)[0][0]
    rights = sorted(box.right for _, box in boxed)
    right = rights[int(0.8 * (len(rights) - 1))]
    steps = [
        a.bottom - b.bottom
        for (page_a, a), (page_b, b) in zip(boxed, boxed[1:])
        if page_a == page_b and a.bottom - b.bottom > 0.5 * em
    ]
    pitch = statistics.median(steps) if steps else 1.5 * em
    return _Margins(left, right, em, pitch)


def _page_margins(lines: list[Line], overall: _Margins | None) -> _Margins | None:
    """The document's text block, shifted on a page whose lines mostly start elsewhere
    (mirrored margins of a bound document)."""
    boxed = [ln.box for ln in lines if ln.box is not None]
    if overall is None or len(boxed) < 10:
        return overall
    left, count = Counter(round(box.left) for box in boxed).most_common(1)[0]
    if count < 0.4 * len(boxed) or abs(left - overall.left) < overall.em:
        return overall
    shift = left - overall.left
    return _Margins(left, overall.right + shift, overall.em, overall.pitch)


def _breaks_paragraph(a: Line, b: Line, ma: _Margins | None, mb: _Margins | None) -> bool:
    """Whether the text of line b starts a new paragraph after line a."""
    box_a, box_b = a.box, b.box
    if ma is None or mb is None or box_a is None or box_b is None:
        return True  # no geometry: keep the break as a paragraph break
    if _is_row(a.text) or _is_row(b.text):  # a table's rows span the width: never joined
        return True
    short = ma.right - box_a.right
    # a ends short of the margin: a paragraph's end, unless only by a character or two in
    # the middle of a sentence (ragged text; a character pushed down by a closing mark)
    if short > 4 * ma.em or (short > 1.5 * ma.em and _ENDS_CLAUSE.search(a.text)):
        return True
    if box_b.left > mb.left + 0.8 * mb.em:  # b is indented or centred: a paragraph's start
        return True
    return a.page == b.page and box_a.bottom - box_b.bottom > 1.6 * ma.pitch  # space between


def _is_row(text: str) -> bool:
    """A line of a table: cells parted by wide gaps (` | `, see pdf._line_text), or a line
    that ends with a number standing apart and holds three such numbers (cells parted by
    plain spaces). Prose with spaces around its numbers is not a row.

    >>> _is_row("工业增加值 | 亿元 | 1796"), _is_row("软件业 1796 1.3 8.2")
    (True, True)
    >>> _is_row("争取政策性投资 26 亿元，激活社会投资 172.9")
    False
    """
    if " | " in text:
        return True
    return bool(RE_ROW_END.search(text)) and len(RE_CELL_NUMBER.findall(text)) >= 3


def _row_separator(a: Line, b: Line, m: _Margins | None) -> str | None:
    """What stands between line a and line b when b goes on a's row (a table's cells side by
    side): " | " across a gap wider than an em, else a space; None when b is not on a's row."""
    if m is None or a.page != b.page or a.box is None or b.box is None:
        return None
    if abs(a.box.bottom - b.box.bottom) >= 0.3 * m.em or b.box.left < a.box.right - m.em:
        return None
    return " | " if b.box.left - a.box.right > m.em else " "


def _joiner(a: str, b: str) -> str:
    """'' inside Chinese text and inside a number cut by the wrap; a space between words.

    >>> _joiner("全市生产总值18", "4.37亿元"), _joiner("the", "report"), _joiner("增长", "6%")
    ('', ' ', '')
    """
    return " " if _LATIN_END.search(a) and _LATIN_START.search(b) else ""


def lay_out(pages: list[Page]) -> tuple[str, tuple[int, ...], set[tuple[int, int]]]:
    """(text, start offset of each page, the running lines dropped) of a document's lines."""
    running = running_lines(pages)
    body = [
        [ln for i, ln in enumerate(p.lines) if (p.number, i) not in running and ln.text.strip()]
        for p in pages
    ]
    overall = _margins([ln for lines in body for ln in lines])
    margins = {p.number: _page_margins(lines, overall) for p, lines in zip(pages, body)}
    parts: list[str] = []
    length = 0
    starts: list[int | None] = []
    prev: Line | None = None
    for lines in body:
        page_start = None
        for line in lines:
            text = line.text.strip()
            if prev is None:
                sep = ""
            elif (row := _row_separator(prev, line, margins[line.page])) is not None:
                sep = row
            elif _breaks_paragraph(prev, line, margins[prev.page], margins[line.page]):
                sep = PARAGRAPH
            else:
                sep = _joiner(parts[-1], text)
            if page_start is None:
                page_start = length + len(sep)
            parts.append(sep)
            parts.append(text)
            length += len(sep) + len(text)
            prev = line
        starts.append(page_start)
    text = "".join(parts)
    # a page without text starts where the next page's text starts (or at the end)
    fixed: list[int] = []
    following = len(text)
    for s in reversed(starts):
        following = s if s is not None else following
        fixed.append(following)
    return text, tuple(reversed(fixed)), running
