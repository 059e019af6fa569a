"""Writing records: JSON Lines, JSON, CSV; atomic file output; CSV formula safety."""

from __future__ import annotations

import codecs
import contextlib
import itertools
import math
import operator
import os
import re
from collections.abc import Iterable, Iterator, Sequence
from typing import IO, cast

from ..compiled import NEW_FILE_FLAGS
from ..lazy import LazyPattern
from ..model import FIELDS

FORMATS = ("table", "json", "jsonl", "csv")
FILE_FORMATS = ("json", "jsonl", "csv")
SUFFIX_FORMATS = {
    ".json": "json",
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
    ".csv": "csv",
    ".txt": "table",
}
# Characters that make a spreadsheet read a cell as a formula (OWASP CSV injection).
FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")


class FieldError(ValueError):
    """An unknown field name in --fields."""


def parse_fields(spec: str | None, valid: Sequence[str] = FIELDS) -> tuple[str, ...]:
    """'source,value' -> ('source', 'value'); None -> every field.

    >>> parse_fields("indicator, value")
    ('indicator', 'value')
    """
    if not spec:
        return tuple(valid)
    names = tuple(n.strip() for n in spec.split(",") if n.strip())
    unknown = [n for n in names if n not in valid]
    if unknown or not names:
        raise FieldError(
            f"unknown field(s) {', '.join(unknown) or '(none given)'}; "
            f"valid fields: {', '.join(valid)}"
        )
    return names


def format_for(fmt: str | None, output: str | None, isatty: bool) -> str:
    """Explicit --format > the suffix of -o > a table on a terminal, JSON Lines elsewhere.

    >>> format_for(None, "out.csv", True)
    'csv'
    >>> format_for(None, None, False)
    'jsonl'
    """
    if fmt:
        return fmt
    if output and output != "-":
        suffix = os.path.splitext(output)[1].lower()
        if suffix in SUFFIX_FORMATS:
            return SUFFIX_FORMATS[suffix]
        return "jsonl"
    return "table" if isatty else "jsonl"


def row(record, fields: Sequence[str]) -> dict:
    d = record if isinstance(record, dict) else record.to_dict()
    return {f: d.get(f) for f in fields}


def _values(records: Iterable, fields: Sequence[str]) -> Iterator[tuple]:
    """The values of `fields` of each record (a Record or a dict), in order: what `row` gives,
    without building a dict per record (a third of the cost of writing a record)."""
    fields = tuple(fields)
    by_name = operator.attrgetter(*fields) if fields and set(fields) <= set(FIELDS) else None
    single = len(fields) == 1
    for r in records:
        if isinstance(r, dict) or by_name is None:
            d = r if isinstance(r, dict) else r.to_dict()
            yield tuple(d.get(f) for f in fields)
        else:
            yield (by_name(r),) if single else by_name(r)


try:  # a str as JSON (ensure_ascii=False), by the standard library's C function
    from _json import encode_basestring as _JSON_TEXT
except ImportError:  # (not CPython)
    from json.encoder import encode_basestring as _JSON_TEXT


def _json_joined(rows: list[tuple], fields: Sequence[str], separator: str) -> str:
    """Each row as `json.dumps(dict(zip(fields, row)), ensure_ascii=False)` writes it (the same
    text), joined by `separator`.

    Written a column at a time (the encoder, called per record, wrote every key and every
    text again: 50,000 instructions a record): the JSON of each distinct text of a column once
    (a report's sentence, unit, kind… repeat from row to row), of whole and finite numbers by
    their repr in one pass; then the keys and cells of every row are joined in one step.

    >>> rows = [("宁波", 5.0, None, 3, '说"好"'), ("宁波", float("nan"), "%", None, "")]
    >>> fields = ("a", "b", "c", "d", "e")
    >>> import json
    >>> _json_joined(rows, fields, "|") == "|".join(
    ...     json.dumps(dict(zip(fields, r)), ensure_ascii=False) for r in rows
    ... )
    True
    >>> _json_joined([(1, 1.0, True)], "abc", ""), _json_joined([(1, 2)], "aa", ""), _json_joined([], "a", "")
    ('{"a": 1, "b": 1.0, "c": true}', '{"a": 2}', '')
    """
    fields = tuple(fields)
    if not rows or not fields or len(set(fields)) < len(fields):  # (a key given twice: one)
        return separator.join(_json_value(dict(zip(fields, values))) for values in rows)
    n = len(rows)
    # the text before each cell (its key) and the cells, column after column
    columns: list[Sequence[str]] = []
    for i, (field, column) in enumerate(zip(fields, zip(*rows))):
        columns += (
            [("{" if i == 0 else ", ") + _JSON_TEXT(field) + ": "] * n,
            _json_column(column),
        )
    columns.append(["}" + separator] * (n - 1) + ["}"])
    return "".join(itertools.chain.from_iterable(zip(*columns)))


def _json_column(column: tuple) -> Sequence[str]:
    """The JSON of each value of one column, as `_json_value` writes it."""
    try:
        distinct = set(column)
    except TypeError:  # (a list, a dict: not hashable)
        return list(map(_json_value, column))
    # (a value equal to a text is a text: a str of a subclass, written as the text)
    if set(map(type, distinct)) <= _TEXT:
        texts = {v: "null" if v is None else _JSON_TEXT(v) for v in distinct}
        return list(map(texts.__getitem__, column))
    # (the types of every cell, not of the distinct values: 1, 1.0 and True are equal, so a
    # set of the values would keep one of them and hide the others' types)
    kinds = set(map(type, column))
    # (the repr of an int, and of a float where it is finite, is its JSON; a sum of floats is
    # finite only where each is: NaN and the infinities have texts of their own)
    if kinds == _INT or kinds == _FLOAT and math.isfinite(sum(column)):
        return list(map(repr, column))
    return list(map(_json_value, column))  # (None and numbers, a mix of types)


def _json_value(value: object) -> str:
    """`value` as `json.dumps(value, ensure_ascii=False)` writes it: the values of records by
    the rules of the standard library's encoder, anything else by the encoder itself (json and
    its decoder are not imported at start-up: 1 % of a run to standard output).

    >>> [_json_value(v) for v in (None, True, 2, 2.5, float("-inf"), float("nan"), "说", [1])]
    ['null', 'true', '2', '2.5', '-Infinity', 'NaN', '"说"', '[1]']
    """
    if value is None or value is True or value is False:
        return "null" if value is None else "true" if value else "false"
    if isinstance(value, str):
        return _JSON_TEXT(value)
    if isinstance(value, int):
        return int.__repr__(value)
    if isinstance(value, float):
        if math.isfinite(value):
            return float.__repr__(value)
        return "NaN" if value != value else "Infinity" if value > 0 else "-Infinity"
    import json

    return json.dumps(value, ensure_ascii=False)


def _csv_cells(values: tuple) -> list:
    # plain text (most cells) is its own cell, and so are whole numbers and None, which the csv
    # module writes as csv_cell would (str, ""); anything else through csv_cell
    return [
        v
        if (type(v) is str and not v.startswith(FORMULA_PREFIXES)) or type(v) is int or v is None
        else csv_cell(v)
        for v in values
    ]


def _csv_texts(values: tuple) -> list[str]:
    """The cells of a row as the text the csv module writes for `_csv_cells(values)`: text
    as it is (or through csv_cell), whole numbers in digits, None empty."""
    return [
        v
        if type(v) is str and not v.startswith(FORMULA_PREFIXES)
        else ""
        if v is None
        else str(v)
        if type(v) is int
        else csv_cell(v)
        for v in values
    ]


def _csv_lines(rows: list[tuple]) -> str:
    """Rows as the csv module writes them (minimal quoting, CRLF line ends).

    Written a column at a time (`_column_texts`): a column of plain text (most: source, text,
    unit, kind, the sentence…) is its own cells and a column of whole numbers their digits, each
    found with one pass of the standard library over the column, not a test per cell in Python;
    a cell the csv writer would quote (`_quoted`) is quoted where its column holds one, once
    per distinct text (the sentence and section of a report repeat from row to row). Each row
    is then its cells joined by commas (the csv writer, which copies every character of every
    cell and took a tenth of the time of an export, is not called).

    >>> _csv_lines([("宁波", 5.0, None, "=A1"), ("1,753亿元", 2, "两\\n行", "")]).split("\\r\\n")
    ["宁波,5,,'=A1", '"1,753亿元",2,"两\\n行",', '']
    >>> _csv_lines([("",), ("a",)]), _csv_lines([])
    ('""\\r\\na\\r\\n', '')
    """
    if not rows:
        return ""
    columns = [_column_texts(column) for column in zip(*rows)]
    if len(columns) == 1:  # (a row of one empty cell is written "", so that it is no blank line)
        columns[0] = [v or '""' for v in columns[0]]
    lines = list(map(",".join, zip(*columns)))
    lines.append("")
    return "\r\n".join(lines)


_NONE = type(None)
_TEXT = frozenset((str, _NONE))
_WHOLE = frozenset((int, _NONE))
_NOTHING, _FLOAT, _INT = frozenset((_NONE,)), frozenset((float,)), frozenset((int,))
# (what makes the csv writer quote a cell: the comma, the quote, a line break)
_QUOTED_CHARS = (",", '"', "\r", "\n")  # (what makes the csv writer quote a cell)
_FORMULA_AFTER_NUL = LazyPattern("\0[" + re.escape("".join(FORMULA_PREFIXES)) + "]", std=True)


def _quoted(cell: str) -> str:
    """A cell's text as the csv writer writes it (minimal quoting, quotes doubled).

    >>> print(_quoted("1,753亿元"), _quoted('说"好"了'), _quoted("宁波"))
    "1,753亿元" "说""好""了" 宁波
    """
    if any(c in cell for c in _QUOTED_CHARS):
        return '"' + cell.replace('"', '""') + '"'
    return cell


def _column_texts(column: tuple) -> Sequence[str]:
    """The cells of one column as the csv writer writes `_csv_texts(column)`, a column at a
    time where it can."""
    kinds = set(map(type, column))
    if kinds == _NOTHING:
        return [""] * len(column)  # (a field no record has: the page of a text)
    if kinds <= _TEXT:
        texts = [v or "" for v in column] if _NONE in kinds else column
        # (a cell that opens with a formula's mark follows a NUL in the joined column; the marks
        # are looked for first, each in one pass: most columns hold none of them)
        joined = "\0" + "\0".join(texts)
        formula = any(c in joined for c in FORMULA_PREFIXES) and _FORMULA_AFTER_NUL.search(joined)
        if not formula and not any(c in joined for c in _QUOTED_CHARS):
            return texts
        cells = {v: _quoted(csv_cell(v)) for v in set(texts)}  # (text repeats: a sentence)
        return list(map(cells.__getitem__, texts))
    if kinds <= _WHOLE:
        return ["" if v is None else str(v) for v in column]  # (digits: never quoted)
    if kinds == _FLOAT:
        return _float_texts(column)  # (digits, a point, an exponent: never quoted)
    return list(map(_quoted, _csv_texts(column)))


# The text of each float value written before (values repeat: 5%, 8.5%, an amount said twice;
# five in six of a report's values were written before by the same worker), so that csv_cell,
# most of the cost of writing a value, runs once per distinct value. Bounded.
_FLOAT_TEXTS: dict[float, str] = {}


def _float_texts(column: Sequence[float]) -> list[str]:
    """The cells of a column of floats as csv_cell writes them (16.4 as it is, 5.0 as 5),
    each distinct value's text worked out once. Equal floats have one text: csv_cell writes
    0.0 and -0.0 alike (0), and a float's repr is a function of its value.

    >>> _float_texts((16.4, 5.0, 1640000000.0, 16.4, -2.5, -0.0, 1e20))
    ['16.4', '5', '1640000000', '16.4', '-2.5', '0', '1e+20']
    """
    known = _FLOAT_TEXTS
    texts: list[str | None] = list(map(known.get, column))
    if None in texts:
        for i, v in enumerate(column):
            if texts[i] is None:
                texts[i] = text = csv_cell(v)
                if len(known) < 50_000:
                    known[v] = text
    return cast("list[str]", texts)  # (every None replaced above)


def csv_cell(value: object) -> str:
    """A CSV cell: numbers stay numbers, text that Excel would run as a formula is quoted.

    >>> csv_cell("=SUM(A1)")
    "'=SUM(A1)"
    >>> csv_cell(35100000000.0)
    '35100000000'
    >>> csv_cell(None)
    ''
    """
    if value is None:
        return ""
    if isinstance(value, bool):
        return str(value).lower()
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() and abs(value) < 1e18 else repr(value)
    if isinstance(value, int):
        return str(value)
    s = str(value)
    if s.startswith(FORMULA_PREFIXES):
        return "'" + s
    return s


# How many rows JSON and JSON Lines are made and written at a time (`RecordWriter.write`): 128
# touch fewer new pages of memory than 1,000 (the start-up of `extract -f jsonl`: ~50 page
# faults less) and cost little more in calls
JSON_CHUNK = 128


class RecordWriter:
    """Streams rows in one format: the header or opening bracket once, then the rows of each
    `write` (JSON and JSON Lines JSON_CHUNK rows at a time, see `_json_joined`: a record that
    fails to be made stops the output at the last whole chunk). Field names are texts."""

    def __init__(self, fmt: str, out: IO[str], fields: Sequence[str] = FIELDS, bom: bool = False):
        if fmt not in FILE_FORMATS:
            raise ValueError(f"unknown format {fmt!r}")
        self.fmt, self.out, self.fields, self.count = fmt, out, tuple(fields), 0
        self._csv = None
        if fmt == "csv":
            import csv  # (the CSV output only: JSON's start-up need not import it)

            if bom:
                out.write("\ufeff")
            self._csv = csv.writer(out, lineterminator="\r\n")
            self._csv_error = csv.Error
            self._csv.writerow(self.fields)
        elif fmt == "json":
            out.write("[")

    def write_chunk(self, chunk: str | bytes, count: int) -> None:
        """Append rows already formatted by `format_rows` (a worker's share of a batch), as text
        or as UTF-8 bytes: bytes go straight to a UTF-8 file's buffer, without being decoded
        and encoded again."""
        if not count:
            return
        if self.fmt == "json" and self.count:
            self.out.write(",")
        if self.fmt == "json":
            self.out.write("\n  ")
        buffer = None if isinstance(chunk, str) else _utf8_buffer(self.out)
        if buffer is not None:
            self.out.flush()
            buffer.write(chunk)
        else:
            self.out.write(chunk if isinstance(chunk, str) else chunk.decode("utf-8"))
        self.count += count

    def write(self, records: Iterable) -> int:
        n = 0
        fields = self.fields
        if self._csv is not None:
            for values in _values(records, fields):
                try:
                    self._csv.writerow(_csv_cells(values))
                except self._csv_error:  # (Python 3.10's writer refuses a NUL: written as 3.11's)
                    self.out.write(_csv_lines([values]))
                n += 1
            self.count += n
            return n
        pending = _values(records, fields)
        # (JSON a chunk of records at a time, a column at a time: `_json_joined`)
        while rows := list(itertools.islice(pending, JSON_CHUNK)):
            if self.fmt == "json":
                opening = ",\n  " if self.count else "\n  "
                self.out.write(opening + _json_joined(rows, fields, ",\n  "))
            else:
                self.out.write(_json_joined(rows, fields, "\n") + "\n")
            self.count += len(rows)
            n += len(rows)
        return n

    def close(self) -> None:
        if self.fmt == "json":
            self.out.write("\n]\n" if self.count else "]\n")


def _utf8_buffer(out: IO[str]):
    """The binary buffer under a UTF-8 text stream (a file), or None."""
    buffer = getattr(out, "buffer", None)
    encoding = getattr(out, "encoding", None) or ""
    return buffer if buffer is not None and codecs.lookup(encoding).name == "utf-8" else None


def format_rows(records: Iterable, fmt: str, fields: Sequence[str] = FIELDS) -> tuple[str, int]:
    """Rows as text with no header or brackets, for `RecordWriter.write_chunk`."""
    rows = list(_values(records, fields))
    if fmt == "csv":
        return _csv_lines(rows), len(rows)
    if fmt == "json":
        return _json_joined(rows, fields, ",\n  "), len(rows)
    return (_json_joined(rows, fields, "\n") + "\n" if rows else ""), len(rows)


def write_records(
    records: Iterable, fmt: str, out: IO[str], fields: Sequence[str] = FIELDS, bom: bool = False
) -> int:
    """Write records (or dicts) in `fmt` (json, jsonl, csv) to a text stream; returns count."""
    writer = RecordWriter(fmt, out, fields, bom)
    writer.write(records)
    writer.close()
    return writer.count


@contextlib.contextmanager
def atomic_output(path: str | os.PathLike, encoding: str = "utf-8") -> Iterator[IO[str]]:
    """A text stream whose content replaces `path` only if the block succeeds.

    The data goes to a temporary file in the same folder, renamed into place at the end; on
    any error or interrupt the temporary file is removed and `path` is left as it was.
    """
    from pathlib import Path  # (not at import: pathlib is not needed by a run to stdout)

    target = Path(path)
    folder = target.parent if str(target.parent) else Path(".")
    # The temporary file (.NAME.RANDOM.tmp) is named here and made by os.open, not by
    # tempfile.mkstemp: a signal's handler runs as soon as os.open returns, and an interrupt
    # there left mkstemp's file behind before its name was handed back (a batch interrupted
    # while it made a file did so about once in seven times). Here every step after the name
    # is chosen stands in a try that removes the file.
    while True:
        tmp = folder / f".{target.name}.{os.urandom(6).hex()}.tmp"
        try:
            fd = os.open(tmp, NEW_FILE_FLAGS, 0o600)
            break
        except FileExistsError:  # (another file of that name: not ours to remove)
            continue
        except BaseException:
            with contextlib.suppress(OSError):  # (not made, or made and then interrupted)
                os.unlink(tmp)
            raise
    try:
        with open(fd, "w", encoding=encoding, newline="") as stream:
            yield stream
        if target.exists():
            with contextlib.suppress(OSError):
                os.chmod(tmp, target.stat().st_mode & 0o777)
        else:
            with contextlib.suppress(OSError):
                umask = os.umask(0)
                os.umask(umask)
                os.chmod(tmp, 0o666 & ~umask)
        os.replace(tmp, target)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise
