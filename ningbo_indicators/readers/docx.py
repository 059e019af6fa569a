"""Word (.docx): paragraphs and headings in document order, tables as rows, read from the
package's XML with the standard library (zipfile, ElementTree).

python-docx was measured and not taken: its body iteration drops content controls (w:sdt,
how cover pages and form-like reports hold text), tracked insertions (w:ins) and smart tags,
and it is twice as slow. This reader takes every w:t of the main document in order, skips
deleted text, field codes and the fallback copy of text boxes, and leaves out page headers
and footers (page numbers, document numbers), which live in other parts of the package.
"""

from __future__ import annotations

import io
import zipfile
import zlib
from xml.etree import ElementTree as ET

from .source import Source, SourceError

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
MC_FALLBACK = "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"
CONTENT_TYPES = "{http://schemas.openxmlformats.org/package/2006/content-types}"
MAIN_TYPES = (
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml",
    "application/vnd.ms-word.document.macroEnabled.main+xml",
    "application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml",
    "application/vnd.ms-word.template.macroEnabledTemplate.main+xml",
)
# Zips that are not Word files, by a part only they have: what to tell the user
OTHER_ZIPS = (
    ("xl/workbook.xml", "an Excel workbook, not a report"),
    ("ppt/presentation.xml", "a PowerPoint file, not a report"),
    ("OFD.xml", "an OFD document; convert it to PDF first"),
    ("content.xml", "an OpenDocument file; save it as .docx or PDF"),
)
MAX_XML = 512 * 1024 * 1024  # a document.xml larger than this unpacked is refused (zip bomb)
# Subtrees that hold no text of the document: deleted or moved-away text, field codes, the
# second (fallback) copy of a drawing's text box, properties
SKIP = frozenset(
    {W + "del", W + "moveFrom", W + "instrText", W + "delInstrText", MC_FALLBACK, W + "pPr"}
    | {W + "rPr", W + "sectPr", W + "tblPr", W + "trPr", W + "tcPr"}
)


# What a damaged file raises while it is read (zlib.error: a member whose compressed data is
# damaged; NotImplementedError: a compression method zipfile does not have; LookupError: an
# XML declaration that names no known encoding)
_DAMAGED: tuple[type[Exception], ...] = (
    zipfile.BadZipFile, KeyError, ET.ParseError, OSError, EOFError, ValueError,
    zlib.error, NotImplementedError, LookupError
)  # fmt: skip


def read_docx(data: bytes, name: str) -> Source:
    """The text of a .docx: headings as `#` lines, paragraphs separated by a blank line, table
    rows as lines `| cell | cell |` (bars at both ends: a number ending a row never reads as
    the count of the word that starts the next)."""
    try:
        package = zipfile.ZipFile(io.BytesIO(data))
        main = _main_part(package, name)
        info = package.getinfo(main)
        if info.file_size > MAX_XML:
            raise SourceError(f"{name}: the Word document is too large to read")
        root = ET.fromstring(package.read(main))
        styles = _styles(package)
    except SourceError:
        raise
    except _DAMAGED:
        raise SourceError(f"{name}: not a readable Word file (damaged?)") from None
    except RuntimeError:  # zipfile: an encrypted member
        raise SourceError(
            f"{name}: the Word file is encrypted; save it without a password"
        ) from None
    body = root.find(W + "body")
    blocks: list[str] = []
    try:
        if body is not None:
            _blocks(body, styles, blocks)
    except RecursionError:  # (content controls or runs nested some thousand levels deep)
        raise SourceError(f"{name}: the Word document is nested too deeply to read") from None
    text = "\n\n".join(b for b in blocks if b)
    if not text.strip():
        raise SourceError(f"{name}: the Word document has no text")
    return Source(name, text, None, "docx")


def _main_part(package: zipfile.ZipFile, name: str) -> str:
    names = set(package.namelist())
    if "[Content_Types].xml" in names:
        types = ET.fromstring(package.read("[Content_Types].xml"))
        for override in types.iter(CONTENT_TYPES + "Override"):
            if override.get("ContentType") in MAIN_TYPES:
                part = override.get("PartName", "").lstrip("/")
                if part in names:
                    return part
    if "word/document.xml" in names:
        return "word/document.xml"
    for part, what in OTHER_ZIPS:
        if part in names:
            raise SourceError(f"{name}: {what}")
    raise SourceError(f"{name}: a zip archive, not a Word .docx file")


def _styles(package: zipfile.ZipFile) -> dict[str, int]:
    """styleId -> heading level (1 for Title and Heading 1, 2 for Heading 2 …), from the style
    names and outline levels, following basedOn."""
    try:
        root = ET.fromstring(package.read("word/styles.xml"))
    except KeyError:
        return {}
    based: dict[str, str] = {}
    level: dict[str, int] = {}
    for style in root.iter(W + "style"):
        sid = style.get(W + "styleId")
        if not sid or style.get(W + "type") != "paragraph":
            continue
        name_el = style.find(W + "name")
        sname = ((name_el.get(W + "val") if name_el is not None else "") or "").lower()
        if sname == "title":
            level[sid] = 1
        elif sname.startswith("heading ") and sname[8:].isdecimal():
            level[sid] = min(int(sname[8:]), 6)
        elif outlined := _outline_level(style.find(W + "pPr")):  # (not body text: 1 to 6)
            level[sid] = outlined
        base = style.find(W + "basedOn")
        if base is not None:
            based[sid] = base.get(W + "val", "")
    resolved = dict(level)
    for sid in based:
        seen, cur = set(), sid
        while cur not in level and cur in based and cur not in seen:
            seen.add(cur)
            cur = based[cur]
        if cur in level:
            resolved[sid] = level[cur]
    return resolved


def _blocks(parent: ET.Element, styles: dict[str, int], out: list[str]) -> None:
    """Body-level content in order: paragraphs, tables, and what content controls or custom
    XML wrap around them."""
    for el in parent:
        if el.tag == W + "p":
            text, boxes = _paragraph(el)
            level = _heading_level(el, styles)
            text = text.strip(" \t\u3000\xa0")
            out.append("#" * level + " " + text if level and text else text)
            out.extend(boxes)
        elif el.tag == W + "tbl":
            rows = ["| " + " | ".join(cells) + " |" for cells in _rows(el) if any(cells)]
            out.append("\n".join(rows))
        elif el.tag in (W + "sdt", W + "customXml", W + "sdtContent"):
            _blocks(el, styles, out)


def _heading_level(p: ET.Element, styles: dict[str, int]) -> int:
    ppr = p.find(W + "pPr")
    if ppr is None:
        return 0
    outlined = _outline_level(ppr)
    if outlined is not None:
        return outlined
    style = ppr.find(W + "pStyle")
    return styles.get(style.get(W + "val", ""), 0) if style is not None else 0


def _outline_level(ppr: ET.Element | None) -> int | None:
    """The heading level the outline level of paragraph properties gives (1 to 6; 0 for level
    9, body text); None where they give none (no outline level, or one not in decimal digits:
    a superscript ² passes str.isdigit, not int())."""
    outline = ppr.find(W + "outlineLvl") if ppr is not None else None
    written = outline.get(W + "val") if outline is not None else None
    if not written or not written.isdecimal():
        return None
    n = int(written)
    return min(n + 1, 6) if n < 9 else 0


def _paragraph(p: ET.Element) -> tuple[str, list[str]]:
    """(text of the paragraph, paragraphs of the text boxes anchored in it)."""
    parts: list[str] = []
    boxes: list[str] = []

    def walk(el: ET.Element) -> None:
        for child in el:
            tag = child.tag
            if tag in SKIP:
                continue
            if tag == W + "t":
                parts.append(child.text or "")
            elif tag == W + "tab":
                parts.append("\t")
            elif tag == W + "br":
                if child.get(W + "type") not in ("page", "column"):
                    parts.append("\n")
            elif tag == W + "cr":
                parts.append("\n")
            elif tag == W + "noBreakHyphen":
                parts.append("-")
            elif tag == W + "txbxContent":
                for q in child.iter(W + "p"):
                    text = _paragraph(q)[0].strip()
                    if text:
                        boxes.append(text)
            else:
                walk(child)

    walk(p)
    return "".join(parts), boxes


def _rows(table: ET.Element) -> list[list[str]]:
    """The cells of each row as text (a cell's paragraphs joined by a space)."""
    rows = []
    for tr in _children(table, W + "tr"):
        cells = []
        for tc in _children(tr, W + "tc"):
            texts = [_paragraph(q)[0].strip() for q in tc.iter(W + "p")]
            cells.append(" ".join(t for t in texts if t))
        rows.append(cells)
    return rows


def _children(el: ET.Element, tag: str):
    """Children with `tag`, looking through content controls and custom XML wrappers."""
    for child in el:
        if child.tag == tag:
            yield child
        elif child.tag in (W + "sdt", W + "sdtContent", W + "customXml"):
            yield from _children(child, tag)
