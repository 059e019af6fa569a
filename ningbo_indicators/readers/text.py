"""Plain text and Markdown: decoding lives here.

Government files come as UTF-8 (with or without BOM), UTF-16 with BOM, or GB18030/GBK; the
encoding is detected without asking the user and without an extra dependency: BOMs first,
then strict UTF-8, then strict GB18030 (a superset of GBK and GB2312).
"""

from __future__ import annotations

import codecs
import os

from .. import DATA_DIR
from ..lazy import LazyPattern
from .source import Source, SourceError

BUNDLED_NAME = "ningbo-2024.txt"


def bundled_text() -> str:
    """The bundled Ningbo 2024 report, read from the installed package."""
    # (a path beside the module, not importlib.resources: that import alone costs ~13 ms of
    # start-up, and the package is always installed as files; nor pathlib, ~3 % of it)
    with open(os.path.join(DATA_DIR, BUNDLED_NAME), encoding="utf-8") as f:
        return f.read()


def decode_bytes(data: bytes) -> tuple[str, str]:
    """(text, encoding) of raw bytes; raises ValueError when they are not text.

    >>> decode_bytes("增长6%".encode("gb18030"))
    ('增长6%', 'gb18030')
    >>> decode_bytes(codecs.BOM_UTF8 + "亿元".encode())
    ('亿元', 'utf-8-sig')
    """
    if data.startswith(codecs.BOM_UTF8):
        return data[3:].decode("utf-8"), "utf-8-sig"
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return data.decode("utf-16"), "utf-16"
        except UnicodeDecodeError as exc:
            raise ValueError(
                f"invalid UTF-16 text after its byte-order mark (offset {exc.start})"
            ) from None
    if b"\x00" in data[:8192]:
        raise ValueError("binary content (NUL bytes), not text")
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    try:
        text = data.decode("gb18030")
    except UnicodeDecodeError as exc:
        raise ValueError(
            f"undecodable bytes at offset {exc.start} (not UTF-8, UTF-16 or GB18030)"
        ) from None
    if _looks_binary(text):
        raise ValueError("binary content, not text")
    return text, "gb18030"


# Control characters other than \t \n \f \r (counted by the engine: a Python test per
# character took 3% of an export)
_CONTROL = LazyPattern("[\x00-\x08\x0b\x0e-\x1f]", std=True)


def _looks_binary(text: str) -> bool:
    """More than 5% control characters in the first 4096.

    >>> _looks_binary("增长6%\\n\\t"), _looks_binary("\\x01\\x02ab"), _looks_binary("")
    (False, True, False)
    """
    sample = text[:4096]
    controls = len(_CONTROL.findall(sample))
    return bool(sample) and controls / len(sample) > 0.05


def read_text(data: bytes, name: str) -> Source:
    """A text input: decoded as `decode_bytes` says, or a one-line SourceError."""
    try:
        text, encoding = decode_bytes(data)
    except ValueError as exc:
        raise SourceError(f"{name}: {exc}") from None
    except UnicodeDecodeError as exc:
        raise SourceError(f"{name}: undecodable bytes at offset {exc.start}") from None
    if _looks_binary(text):
        raise SourceError(f"{name}: binary content, not text")
    return Source(name, text, encoding)
