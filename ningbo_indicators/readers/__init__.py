"""Readers: bytes of an input -> report text. Decoding of plain text lives in `text`."""

from .text import (
    BUNDLED_NAME,
    MAX_BYTES,
    Source,
    SourceError,
    bundled_text,
    decode_bytes,
    read_source,
)

__all__ = [
    "BUNDLED_NAME",
    "MAX_BYTES",
    "Source",
    "SourceError",
    "bundled_text",
    "decode_bytes",
    "read_source",
]
