"""Readers: the bytes of an input -> the report's text (`Source`).

`read_source` is the one entry point. It looks at the first bytes, not the file name: a PDF
(`%PDF-`), a Word file (a zip holding word/document.xml), a saved web page (HTML markers, or
a MIME archive `.mht`/`.mhtml`), else text in UTF-8, UTF-16 or GB18030. Each format has its
module (pdf, html, docx, text); their libraries are imported only when such a file comes.
"""

from __future__ import annotations

import os
import sys
from typing import BinaryIO

from .source import (
    MAX_BYTES,
    MAX_DOCUMENT_BYTES,
    Source,
    SourceError,
    page_of,
)
from .text import BUNDLED_NAME, bundled_text, decode_bytes, read_text

__all__ = [
    "BUNDLED_NAME",
    "MAX_BYTES",
    "MAX_DOCUMENT_BYTES",
    "READERS",
    "Source",
    "SourceError",
    "bundled_text",
    "decode_bytes",
    "page_of",
    "read_source",
    "sniff",
]

READERS = ("text", "pdf", "html", "docx")
# Suffixes a folder is searched for (export, panel)
INPUT_SUFFIXES = (".txt", ".md", ".pdf", ".html", ".htm", ".mht", ".mhtml", ".docx")
HEAD = 8192
_HTML_SUFFIXES = (".html", ".htm", ".xhtml", ".shtml")
_HTML_MARKERS = (b"<!doctype html", b"<html", b"<head", b"<body", b"<meta", b"<title")
_OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_IMAGES = (b"\x89PNG\r\n\x1a\n", b"\xff\xd8\xff", b"II*\x00", b"MM\x00*", b"GIF8")


def sniff(head: bytes, name: str = "") -> str:
    """The kind of an input from its first bytes: pdf, zip (a Word file or not), ole (Office
    97–2003), image, mhtml, html or text. The suffix only helps with web pages.

    >>> sniff(b"%PDF-1.7\\n"), sniff(b"PK\\x03\\x04..."), sniff("增长6%".encode())
    ('pdf', 'zip', 'text')
    >>> sniff(b"\\xef\\xbb\\xbf<!DOCTYPE html><html>"), sniff(b"<p>x</p>", "a.htm")
    ('html', 'html')
    """
    stripped = head.lstrip(b"\xef\xbb\xbf \t\r\n")
    if stripped.startswith(b"%PDF-") or (name.lower().endswith(".pdf") and b"%PDF-" in head[:1024]):
        return "pdf"
    if head.startswith(b"PK\x03\x04"):
        return "zip"
    if head.startswith(_OLE):
        return "ole"
    if head.startswith(_IMAGES):
        return "image"
    lower = stripped[:1024].lower()
    if lower.startswith((b"from:", b"mime-version:")) and b"multipart/related" in head.lower():
        return "mhtml"
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):  # UTF-16: look at it as text
        lower = head[:2048].decode("utf-16", "ignore").encode("ascii", "ignore").lower()
        lower = lower.lstrip()
    if lower.startswith(b"<") and (
        any(m in lower for m in _HTML_MARKERS) or name.lower().endswith(_HTML_SUFFIXES)
    ):
        return "html"
    return "text"


def read_source(
    path: str | os.PathLike | None, stdin: BinaryIO | None = None, max_bytes: int = MAX_BYTES
) -> Source:
    """Read one input: None -> the bundled report, '-' -> standard input, else a file of any
    format above. Raises SourceError (one line naming the input) when it cannot be read."""
    if path is None:
        return Source(BUNDLED_NAME, bundled_text())
    name = os.fspath(path)
    doc_limit = max(max_bytes, MAX_DOCUMENT_BYTES * max_bytes // MAX_BYTES)
    if name == "-":
        stream = stdin if stdin is not None else sys.stdin.buffer
        data = stream.read(doc_limit + 1)
        kind = sniff(data[:HEAD])
        limit = max_bytes if kind in ("text", "html", "mhtml") else doc_limit
        if len(data) > limit:
            raise SourceError(f"-: input is larger than {limit // 2**20} MiB")
        return _read(kind, data, "-")
    if not os.path.exists(name):
        raise SourceError(f"{name}: no such file")
    if os.path.isdir(name):
        raise SourceError(f"{name}: is a directory, expected a report file")
    try:
        size = os.stat(name).st_size
        with open(name, "rb") as f:
            head = f.read(HEAD)
            kind = sniff(head, name)
            limit = max_bytes if kind in ("text", "html", "mhtml") else doc_limit
            if size > limit:
                raise SourceError(
                    f"{name}: file is {size / 2**20:.0f} MiB, larger than the "
                    f"{limit // 2**20} MiB limit for one report"
                )
            data = head + f.read()
    except PermissionError:
        raise SourceError(f"{name}: permission denied") from None
    except OSError as exc:
        raise SourceError(f"{name}: cannot read ({exc.strerror or exc})") from None
    return _read(kind, data, name)


def _read(kind: str, data: bytes, name: str) -> Source:
    if kind == "pdf":
        from .pdf import read_pdf

        return read_pdf(data, name)
    if kind == "zip":
        from .docx import read_docx

        return read_docx(data, name)
    if kind in ("html", "mhtml"):
        from .html import read_html, read_mhtml

        return read_html(data, name) if kind == "html" else read_mhtml(data, name)
    if kind == "ole":
        raise SourceError(
            f"{name}: a Word 97–2003 (.doc) or other old Office file; save it as .docx or PDF"
        )
    if kind == "image":
        raise SourceError(f"{name}: an image, not a text; run OCR on it first")
    return read_text(data, name)
