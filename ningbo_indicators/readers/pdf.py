"""PDF: the text layer of every page through PDFium (the pypdfium2 library), laid out by
`lines.lay_out` (headers, footers and page numbers dropped, wrapped lines joined).

PDFium reads a 100-page report in a fraction of a second, maps CJK glyphs to the right
characters where pure-Python readers return Kangxi radicals (⼈ for 人), and gives the box of
every character, which is what tells a page header or a paragraph's last line from the text.
"""

from __future__ import annotations

from .. import compiled
from .lines import Box, Line, Page, clean, lay_out
from .source import Source, SourceError, require

# PDFium's error codes (FPDF_GetLastError)
_ERR_PASSWORD = 4
_ERR_SECURITY = 5
# A page is image-only when it has fewer text characters than this (a stray page number).
_TEXTLESS = 10
_LATIN = compiled.compile_std(r"[A-Za-z0-9]")
_SPACES = compiled.compile_std(r"[ \u3000]+")
_DIGIT = compiled.compile_std(r"\d")
_WIDE = compiled.compile_std(r"[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f]")
# Gaps between two characters of a line, in character heights: at least CELL_GAP parts two
# cells of a table row (a line with digits and two such gaps or more); at least WORD_GAP is a
# space between words (justified Chinese text stretches its gaps to 0.1–0.4)
CELL_GAP = 0.7
WORD_GAP = 0.5
_OCR_HINT = "run OCR first, e.g. `ocrmypdf -l chi_sim in.pdf out.pdf`"


def read_pdf(data: bytes, name: str) -> Source:
    """The text of a PDF with the start offset of every page; one-line SourceError for an
    encrypted, truncated, damaged or scanned (text-less) file."""
    pdfium = require("pypdfium2", "pypdfium2", name, "PDF files")
    if b"%%EOF" not in data[-2048:]:
        raise SourceError(f"{name}: the PDF is truncated (no end-of-file marker): get it again")
    try:
        doc = pdfium.PdfDocument(data)
    except pdfium.PdfiumError as exc:
        code = getattr(exc, "err_code", None)
        if code in (_ERR_PASSWORD, _ERR_SECURITY):
            raise SourceError(
                f"{name}: the PDF is encrypted and needs a password; decrypt it first, e.g. "
                "`qpdf --decrypt --password=PASSWORD in.pdf out.pdf`"
            ) from None
        raise SourceError(f"{name}: not a readable PDF (damaged or not a PDF)") from None
    try:
        pages, image_only = _read_pages(doc, pdfium, name)
    finally:
        doc.close()
    if not pages:
        raise SourceError(f"{name}: the PDF has no pages")
    text, starts, _ = lay_out(pages)
    if len(image_only) == len(pages) or not text.strip():
        raise SourceError(f"{name}: the PDF has no text layer (a scanned document?); {_OCR_HINT}")
    _check_decodable(text, name)
    warnings: tuple[str, ...] = ()
    if image_only:
        listed = ", ".join(str(n + 1) for n in image_only[:10])
        more = f" and {len(image_only) - 10} more" if len(image_only) > 10 else ""
        warnings = (
            f"{name}: page(s) {listed}{more} have no text layer (scanned?), their figures are "
            f"missing; {_OCR_HINT}",
        )
    return Source(name, text, None, "pdf", starts, warnings)


def _read_pages(doc, pdfium, name: str) -> tuple[list[Page], list[int]]:
    pages: list[Page] = []
    image_only: list[int] = []
    for n in range(len(doc)):
        try:
            page = doc[n]
            textpage = page.get_textpage()
        except pdfium.PdfiumError:
            raise SourceError(f"{name}: page {n + 1} of the PDF cannot be read (damaged)") from None
        try:
            lines = _page_lines(textpage, n)
            if sum(len(ln.text.strip()) for ln in lines) < _TEXTLESS and _has_images(page, pdfium):
                image_only.append(n)
            pages.append(Page(n, page.get_height(), lines))
        finally:
            textpage.close()
            page.close()
    return pages, image_only


def _page_lines(textpage, n: int) -> list[Line]:
    """The lines of one page in PDFium's reading order, each with its box, their spaces
    decided by the gaps around them (`_spaces`). Without boxes (a page whose string does not
    map one to one to PDFium's characters), the lines as PDFium spells them."""
    import pypdfium2.raw as pdfium_c

    count = textpage.count_chars()
    if count <= 0:
        return []
    raw = textpage.get_text_range(0, count)
    if len(raw) != count:
        return [Line(n, t) for t in (clean(s).strip() for s in raw.splitlines()) if t]
    rect = pdfium_c.FS_RECTF()
    handle = textpage.raw

    def box(i: int) -> tuple[float, float, float, float]:
        pdfium_c.FPDFText_GetLooseCharBox(handle, i, rect)
        return rect.left, rect.bottom, rect.right, rect.top

    def generated(i: int) -> bool:
        return bool(pdfium_c.FPDFText_IsGenerated(handle, i))

    lines: list[Line] = []
    for start, end in _segments(raw):
        segment = raw[start:end]
        body = segment.strip()
        if not body:
            continue
        first = start + len(segment) - len(segment.lstrip())
        last = start + len(segment.rstrip()) - 1
        if " " in body or "\u3000" in body:
            body = _spaces(raw, first, last + 1, box, generated)
        text = clean(body).strip()
        if not text:
            continue
        b0, b1 = box(first), box(last)
        lines.append(Line(n, text, Box(b0[0], b1[2], min(b0[1], b1[1]), max(b0[3], b1[3]))))
    return lines


def _spaces(raw: str, start: int, end: int, box, generated) -> str:
    """raw[start:end] with each run of spaces decided by the gap it stands for, in character
    heights. PDFium makes up spaces from the stretched gaps of justified Chinese text:
    nothing (`引进内资2 200亿元`, `94. 5%` are `2200`, `94.5`). A space the PDF holds stays
    one. Wide gaps between the cells of a table row (a line with digits and two wide gaps or
    more) are ` | `, so that a row number never reads as the count of the next cell
    (`20 | 万人发明专利拥有量`). Elsewhere a wide gap is a space, except inside Chinese (a title
    spaced out character by character); PDFium's space between two Latin words stays."""
    runs = []  # (run start, run end, gap, held)
    for m in _SPACES.finditer(raw, start, end):
        i, j = m.start(), m.end()
        before, after = box(i - 1), box(j)
        gap = (after[0] - before[2]) / ((before[3] - before[1]) or 1.0)
        held = not all(generated(k) for k in range(i, j))
        runs.append((i, j, gap, held))
    table = sum(gap >= CELL_GAP for _, _, gap, _ in runs) >= 2 and bool(
        _DIGIT.search(raw, start, end)
    )
    out, pos = [], start
    for i, j, gap, held in runs:
        out.append(raw[pos:i])
        a, b = raw[i - 1], raw[j]
        if gap >= CELL_GAP and table:
            out.append(" | ")
        elif held or (gap >= WORD_GAP and not (_WIDE.match(a) and _WIDE.match(b))):
            out.append(" ")
        elif _LATIN.match(a) and _LATIN.match(b) and not (a.isdigit() and b.isdigit()):
            out.append(" ")
        pos = j
    out.append(raw[pos:end])
    return "".join(out)


def _segments(raw: str):
    """(start, end) of each line of PDFium's text (lines end with a generated CR LF)."""
    start = 0
    while True:
        end = raw.find("\n", start)
        if end < 0:
            yield start, len(raw)
            return
        yield start, end - 1 if end > start and raw[end - 1] == "\r" else end
        start = end + 1


def _has_images(page, pdfium) -> bool:
    import pypdfium2.raw as pdfium_c

    for _ in page.get_objects(filter=[pdfium_c.FPDF_PAGEOBJ_IMAGE], max_depth=2):
        return True
    return False


def _check_decodable(text: str, name: str) -> None:
    """Fonts without a Unicode map give private-use characters or U+FFFD: not text."""
    sample = [ch for ch in text[:20000] if not ch.isspace()]
    bad = sum(1 for ch in sample if "\ue000" <= ch <= "\uf8ff" or ch == "\ufffd")
    if sample and bad / len(sample) > 0.25:
        raise SourceError(
            f"{name}: the PDF's text layer cannot be decoded (fonts without a Unicode map); "
            f"{_OCR_HINT}"
        )
