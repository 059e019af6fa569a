"""`RecordWriter.write_chunk`: rows a worker formatted, as text or as UTF-8 bytes, come out the
same in any stream."""

from __future__ import annotations

import io
import os

import pytest

from ningbo_indicators.outputs.export import RecordWriter, format_rows

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


# A batch's CSV rows (`format_rows`) are written without the csv writer where no cell needs
# quoting; each row must come out as the streaming writer (`RecordWriter.write`) writes it.
CSV_ROWS = [
    ("地区生产总值", "增长6%左右", 6.0, None),  # plain cells, a whole float, None
    ("1,753亿元", "收入", 1753.0, 2024),  # a comma: quoted
    ('说"好"', "x", 0.5, 1),  # a quote: quoted, doubled
    ("两\n行", "x", -2.5, None),  # a line break
    ("回车\r", "x", 1e20, None),  # a carriage return; a float too large for digits
    ("=SUM(A1)", "-3%", -3.0, None),  # formula prefixes: a leading quote, not a cell quote
    ("@人", "+1", 3.25, True),  # bool as the csv module writes it through csv_cell
    ("", "", 0.0, 0),  # empty text
]


@pytest.mark.parametrize("values", CSV_ROWS, ids=[str(r[0]) for r in CSV_ROWS])
def test_batch_csv_rows_as_the_csv_writer_writes_them(values):
    fields = ("indicator", "text", "value", "year")
    rows = [dict(zip(fields, values))]
    streamed = io.StringIO()
    RecordWriter("csv", streamed, fields).write(rows)
    header = ",".join(fields) + "\r\n"
    assert format_rows(rows, "csv", fields) == (streamed.getvalue().removeprefix(header), 1)


@pytest.mark.parametrize("value", ["", None], ids=["empty", "None"])
def test_batch_csv_row_of_one_empty_cell(value):
    # the csv writer quotes a row made of one empty cell (""), so that it is no blank line
    streamed = io.StringIO()
    RecordWriter("csv", streamed, ("direction",)).write([{"direction": value}])
    assert format_rows([{"direction": value}], "csv", ("direction",))[0] == '""\r\n'
    assert streamed.getvalue() == 'direction\r\n""\r\n'


def test_batch_csv_quotes_as_the_csv_writer_on_random_cells():
    # cells made of the characters the csv writer treats apart (comma, quote, line breaks, a
    # NUL, formula marks, a space) and plain ones, many to a column and repeated, each
    # column of one type or mixed: format_rows quotes them itself, once per distinct text
    import random

    rng = random.Random(13)
    alphabet = ',"\r\n\0=+-@\t a中，'
    fields = ("indicator", "text", "value", "year", "sentence")

    def text():
        return "".join(rng.choice(alphabet) for _ in range(rng.randrange(4)))

    for _ in range(200):
        pool = [text() for _ in range(3)]
        rows = [
            {
                "indicator": rng.choice(pool),
                "text": text(),
                "value": rng.choice([1.5, 2.0, 0.0, -3.0, 1e20]),
                "year": rng.choice([2024, None, text()]),
                "sentence": rng.choice([*pool, None]),
            }
            for _ in range(rng.randrange(1, 6))
        ]
        streamed = io.StringIO()
        RecordWriter("csv", streamed, fields).write(rows)
        header = ",".join(fields) + "\r\n"
        assert format_rows(rows, "csv", fields) == (
            streamed.getvalue().removeprefix(header),
            len(rows),
        )


def test_float_cells_as_csv_cell_writes_them():
    """The texts of float cells, each distinct value worked out once (`_float_texts`), are
    csv_cell's, on random values and on the edge ones (zeros of both signs, whole numbers past
    2**53 and 1e18, infinities, NaN), asked twice: worked out, then remembered."""
    import math
    import random

    from ningbo_indicators.outputs.export import _column_texts, csv_cell

    rng = random.Random(12)
    edges = [0.0, -0.0, 2.0**53, 2.0**53 + 2, -(2.0**60), 1e18, 1e20, 5.0, -2.5, 16.4]
    edges += [math.inf, -math.inf, math.nan]
    values = edges + [rng.choice([1, -1]) * 10 ** rng.uniform(-6, 22) for _ in range(2000)]
    values += [float(round(v)) for v in values[len(edges) :]]
    for _ in range(2):
        assert _column_texts(tuple(values)) == [csv_cell(v) for v in values]
    assert _column_texts((None, None)) == ["", ""]


# ------------------------------------------------------------------ atomic output


def test_atomic_output_interrupted_as_its_file_is_made_leaves_nothing(tmp_path, monkeypatch):
    """A signal's handler runs as soon as os.open returns: an interrupt there, before the
    temporary file's name was handed back, left the file behind (tempfile.mkstemp)."""
    from ningbo_indicators.outputs import export

    target = tmp_path / "out.csv"
    target.write_text("previous run\n", "utf-8")
    real_open = os.open

    def open_then_interrupt(*args, **kwargs):
        real_open(*args, **kwargs)
        raise KeyboardInterrupt

    monkeypatch.setattr(os, "open", open_then_interrupt)
    with pytest.raises(KeyboardInterrupt), export.atomic_output(target) as stream:
        stream.write("never\n")
    monkeypatch.undo()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.csv"]
    assert target.read_text("utf-8") == "previous run\n"


def test_atomic_output_never_touches_a_file_of_the_same_temporary_name(tmp_path, monkeypatch):
    from ningbo_indicators.outputs import export

    draws = iter([b"\0" * 6, b"\1" * 6])
    monkeypatch.setattr(os, "urandom", lambda n: next(draws))
    other = tmp_path / f".out.csv.{'00' * 6}.tmp"  # (another program's file of that name)
    other.write_text("theirs", "utf-8")
    with export.atomic_output(tmp_path / "out.csv") as stream:
        stream.write("ours\n")
    assert other.read_text("utf-8") == "theirs"
    assert (tmp_path / "out.csv").read_text("utf-8") == "ours\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == [other.name, "out.csv"]


def test_atomic_output_error_in_the_block_keeps_the_old_file(tmp_path):
    from ningbo_indicators.outputs import export

    target = tmp_path / "out.csv"
    target.write_text("previous run\n", "utf-8")
    with pytest.raises(RuntimeError), export.atomic_output(target) as stream:
        stream.write("half")
        raise RuntimeError
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.csv"]
    assert target.read_text("utf-8") == "previous run\n"


@pytest.mark.parametrize("n", [127, 128, 129, 256, 257, 999, 1000, 1001, 2500])
@pytest.mark.parametrize("fmt", ["json", "jsonl"])
def test_json_past_a_chunk_of_rows_is_valid(n, fmt):
    """JSON is written JSON_CHUNK (128) rows at a time: the chunks join into one valid document."""
    import json

    rows = [{"i": i, "v": i / 3, "t": f"第{i}项"} for i in range(n)]
    out = io.StringIO()
    w = RecordWriter(fmt, out, ("i", "v", "t"))
    w.write(rows[: n // 2])
    w.write(iter(rows[n // 2 :]))
    w.close()
    text = out.getvalue()
    got = json.loads(text) if fmt == "json" else [json.loads(line) for line in text.splitlines()]
    assert got == rows


def test_json_rows_are_what_json_dumps_writes():
    """`_json_joined` writes each row as json.dumps(dict(zip(fields, row)), ensure_ascii=False)
    does, for any mix of the values a row may hold."""
    import json

    from hypothesis import given, settings
    from hypothesis import strategies as st

    from ningbo_indicators.outputs.export import _json_joined

    class Text(str):
        pass

    cell = st.one_of(
        st.none(),
        st.booleans(),
        st.integers(),
        st.floats(allow_nan=True, allow_infinity=True),
        st.text(max_size=6),
        st.text(max_size=3).map(Text),
        st.lists(st.integers(), max_size=2),
    )

    @settings(max_examples=300, deadline=None)
    @given(
        st.integers(1, 4).flatmap(
            lambda k: st.tuples(
                st.lists(st.sampled_from("abcd"), min_size=k, max_size=k),
                st.lists(st.lists(cell, min_size=k, max_size=k).map(tuple), max_size=5),
            )
        )
    )
    def check(case):
        fields, rows = case
        want = "|".join(json.dumps(dict(zip(fields, r)), ensure_ascii=False) for r in rows)
        assert _json_joined(rows, fields, "|") == want

    check()
