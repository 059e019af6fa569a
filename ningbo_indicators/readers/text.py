"""Inputs: a path, '-' for standard input, or None for the bundled report; decoding lives here.

Government files come as UTF-8 (with or without BOM), UTF-16 with BOM, or GB18030/GBK; the
encoding is detected without asking the user and without an extra dependency: BOMs first,
then strict UTF-8, then strict GB18030 (a superset of GBK and GB2312).
"""

from __future__ import annotations

import codecs
import os
import sys
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import BinaryIO

BUNDLED_NAME = "ningbo-2024.txt"
# Reports are well under 1 MB; above this an input is refused rather than read into memory.
MAX_BYTES = 64 * 1024 * 1024


class SourceError(Exception):
    """An input that cannot be read as report text; the message names the input."""


@dataclass(frozen=True, slots=True)
class Source:
    name: str
    text: str
    encoding: str = "utf-8"


def bundled_text() -> str:
    """The bundled Ningbo 2024 report, read from the installed package."""
    return (resources.files("ningbo_indicators") / "data" / BUNDLED_NAME).read_text("utf-8")


def read_source(
    path: str | os.PathLike | None, stdin: BinaryIO | None = None, max_bytes: int = MAX_BYTES
) -> Source:
    """Read and decode one input: None -> bundled report, '-' -> standard input."""
    if path is None:
        return Source(BUNDLED_NAME, bundled_text())
    name = os.fspath(path)
    if name == "-":
        stream = stdin if stdin is not None else sys.stdin.buffer
        data = stream.read(max_bytes + 1)
        if len(data) > max_bytes:
            raise SourceError(f"-: input is larger than {max_bytes // 2**20} MiB")
        return _decoded("-", data)
    p = Path(name)
    if not p.exists():
        raise SourceError(f"{name}: no such file")
    if p.is_dir():
        raise SourceError(f"{name}: is a directory, expected a text file")
    try:
        size = p.stat().st_size
        if size > max_bytes:
            raise SourceError(
                f"{name}: file is {size / 2**20:.0f} MiB, larger than the "
                f"{max_bytes // 2**20} MiB limit for one report"
            )
        data = p.read_bytes()
    except PermissionError:
        raise SourceError(f"{name}: permission denied") from None
    except OSError as exc:
        raise SourceError(f"{name}: cannot read ({exc.strerror or exc})") from None
    return _decoded(name, data)


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


def _looks_binary(text: str) -> bool:
    sample = text[:4096]
    controls = sum(1 for ch in sample if ord(ch) < 32 and ch not in "\n\r\t\f")
    return bool(sample) and controls / len(sample) > 0.05


def _decoded(name: str, data: bytes) -> Source:
    try:
        text, encoding = decode_bytes(data)
    except ValueError as exc:
        raise SourceError(f"{name}: {exc}") from None
    except UnicodeDecodeError as exc:
        raise SourceError(f"{name}: undecodable bytes at offset {exc.start}") from None
    if _looks_binary(text):
        raise SourceError(f"{name}: binary content, not text")
    return Source(name, text, encoding)
