"""`RecordWriter.write_chunk`: rows a worker formatted, as text or as UTF-8 bytes, come out the
same in any stream."""

from __future__ import annotations

import io

import pytest

from ningbo_indicators.outputs.export import RecordWriter

ROWS = "-,增长6%左右,地区生产总值\r\n"
STREAMS = [
    ("utf-8 file", "utf-8"),  # bytes go to the file's buffer
    ("gb18030 file", "gb18030"),  # bytes are decoded, then encoded as the file says
    ("StringIO", None),  # no buffer at all
]


@pytest.mark.parametrize("chunk", [ROWS, ROWS.encode("utf-8")], ids=["text", "bytes"])
@pytest.mark.parametrize(("name", "encoding"), STREAMS, ids=[s[0] for s in STREAMS])
def test_chunk_written_as_text(tmp_path, name, encoding, chunk):
    path = tmp_path / "out.csv"
    out = io.StringIO() if encoding is None else open(path, "w", encoding=encoding, newline="")
    with out:
        writer = RecordWriter("csv", out, ("source", "text", "indicator"), bom=True)
        writer.write_chunk(chunk, 1)
        writer.write_chunk(chunk, 1)
        writer.close()
        written = out.getvalue() if encoding is None else None
    if encoding is not None:
        written = path.read_bytes().decode(encoding)
    assert written == "\ufeffsource,text,indicator\r\n" + ROWS * 2
    assert writer.count == 2
