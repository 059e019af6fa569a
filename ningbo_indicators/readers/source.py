"""What a reader returns (`Source`), the one error it raises (`SourceError`), and the page of an
offset. Shared by every reader; no format knowledge here."""

from __future__ import annotations

import importlib
from bisect import bisect_right
from dataclasses import dataclass

# Reports are well under 1 MB of text; above this a text input is refused rather than read.
MAX_BYTES = 64 * 1024 * 1024
# PDF and Word files carry fonts and images: they may be larger than their text.
MAX_DOCUMENT_BYTES = 4 * MAX_BYTES
INSTALL = "python3 -m pip install"


class SourceError(Exception):
    """An input that cannot be read as report text; the message names the input."""


@dataclass(frozen=True, slots=True)
class Source:
    """The text of one input as its reader produced it: record offsets refer to `text`.

    `reader` is "text", "pdf", "html" or "docx"; `encoding` is the decoding of a text or web
    page (None for PDF and Word); `pages` the offset in `text` where each page starts (PDF
    only); `warnings` what the reader could not read but did not stop for (scanned pages).
    """

    name: str
    text: str
    encoding: str | None = "utf-8"
    reader: str = "text"
    pages: tuple[int, ...] | None = None
    warnings: tuple[str, ...] = ()


def page_of(pages: tuple[int, ...] | list[int] | None, offset: int) -> int | None:
    """The 1-based page holding `offset`, given the start offset of each page; None without
    pages. An empty page shares its start with the next one, which is the one returned.

    >>> page_of((0, 120, 120, 300), 130)
    3
    >>> page_of((0, 120, 300), 0), page_of((0, 120, 300), 299), page_of(None, 5)
    (1, 2, None)
    """
    if not pages:
        return None
    return max(bisect_right(pages, offset), 1)


def require(module: str, package: str, name: str, what: str):
    """Import `module` (a library a reader needs), or raise a one-line SourceError naming the
    command that installs it."""
    try:
        return importlib.import_module(module)
    except ImportError:
        raise SourceError(
            f"{name}: reading {what} needs the {package} library: {INSTALL} {package}"
        ) from None
