"""A SQLite database of reports and their records (standard library sqlite3, no dependency).

Tables `reports` (one row per input: source, place, year, the sha256 of its text, how many
records, which reader) and `records` (every field of a record, plus `report_id`); indexes on
`records.indicator_key`, `records.kind` and `reports(place, year)`; views `targets` (the plan's
figures with the report's place and year) and `panel` (one row per report and indicator key:
its first target and first actual figure of one year, `period = 'year'`: never a five-year
average, a cumulative total or a quarter). Plain SQL: the file opens as it is in Datasette,
DuckDB (its sqlite extension), pandas or any SQLite client.

Writing is one transaction: a crash or Ctrl-C leaves the previous database as it was.
Re-running on the same inputs replaces their rows (matched by `source`), never duplicates them.
"""

from __future__ import annotations

import hashlib
import sqlite3
import typing
from collections.abc import Iterable, Sequence
from pathlib import Path

from ..model import FIELDS, Record

SUFFIXES = (".db", ".sqlite", ".sqlite3")
SCHEMA_VERSION = 2  # PRAGMA user_version of the databases this module writes (2: period)
REPORT_COLUMNS = (
    "source",
    "place",
    "year",
    "sha256",
    "record_count",
    "reader",
    "pages",
    "chars",
    "encoding",
)


class DatabaseError(Exception):
    """The database cannot be opened or written (not SQLite, another schema, locked)."""


def _sql_type(field_type: object) -> str:
    """The SQLite type of a Record field from its type, `X` or `X | None` (the column list is not
    retyped).

    >>> _sql_type(int | None), _sql_type(float), _sql_type(str | None), _sql_type(bool)
    ('INTEGER', 'REAL', 'TEXT', 'TEXT')
    """
    types = typing.get_args(field_type) or (field_type,)
    if int in types:
        return "INTEGER"
    if float in types:
        return "REAL"
    return "TEXT"


def _q(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


# (the fields' types resolved, whether the model writes its annotations as text or not)
_RECORD_TYPES = {name: _sql_type(t) for name, t in typing.get_type_hints(Record).items()}

SCHEMA = f"""
CREATE TABLE IF NOT EXISTS reports (
    id INTEGER PRIMARY KEY,
    source TEXT NOT NULL UNIQUE,
    place TEXT,
    year INTEGER,
    sha256 TEXT NOT NULL,
    record_count INTEGER NOT NULL,
    reader TEXT NOT NULL,
    pages INTEGER,
    chars INTEGER NOT NULL,
    encoding TEXT
);
CREATE TABLE IF NOT EXISTS records (
    id INTEGER PRIMARY KEY,
    report_id INTEGER NOT NULL REFERENCES reports(id) ON DELETE CASCADE,
    {", ".join(f"{_q(n)} {_RECORD_TYPES[n]}" for n in FIELDS)}
);
CREATE INDEX IF NOT EXISTS records_indicator_key ON records(indicator_key);
CREATE INDEX IF NOT EXISTS records_kind ON records(kind);
CREATE INDEX IF NOT EXISTS records_period ON records(period);
CREATE INDEX IF NOT EXISTS records_report_id ON records(report_id);
CREATE INDEX IF NOT EXISTS reports_place_year ON reports(place, year);
CREATE VIEW IF NOT EXISTS targets AS
    SELECT reports.place, reports.year AS report_year, records.*
    FROM records JOIN reports ON reports.id = records.report_id
    WHERE records.status = 'target';
CREATE VIEW IF NOT EXISTS panel AS
    WITH firsts AS (
        SELECT report_id, indicator_key, status, value, unit, text,
               ROW_NUMBER() OVER (
                   PARTITION BY report_id, indicator_key, status ORDER BY start
               ) AS n
        FROM records
        WHERE indicator_key IS NOT NULL AND period = 'year'
    )
    SELECT reports.id AS report_id, reports.source, reports.place, reports.year,
           firsts.indicator_key,
           MAX(CASE WHEN firsts.status = 'target' THEN firsts.value END) AS target_value,
           MAX(CASE WHEN firsts.status = 'target' THEN firsts.unit END) AS target_unit,
           MAX(CASE WHEN firsts.status = 'target' THEN firsts.text END) AS target_text,
           MAX(CASE WHEN firsts.status = 'actual' THEN firsts.value END) AS actual_value,
           MAX(CASE WHEN firsts.status = 'actual' THEN firsts.unit END) AS actual_unit,
           MAX(CASE WHEN firsts.status = 'actual' THEN firsts.text END) AS actual_text
    FROM firsts JOIN reports ON reports.id = firsts.report_id
    WHERE firsts.n = 1
    GROUP BY reports.id, reports.source, reports.place, reports.year, firsts.indicator_key;
"""


def is_database_path(path: str) -> bool:
    """Whether an output path names a database by its suffix.

    >>> is_database_path("corpus.db"), is_database_path("out/")
    (True, False)
    """
    return Path(path).suffix.lower() in SUFFIXES


def report_row(src, records: Sequence[Record]) -> dict:
    """The `reports` row of one input (a readers.Source) and its records: place and plan year
    as the report states them, the sha256 of its text."""
    from ..context.place import detect_place
    from ..context.structure import read_structure
    from ..numbers import fold

    return {
        "source": src.name,
        "place": detect_place(src.text),
        "year": read_structure(src.text, fold(src.text)).plan_year,
        "sha256": hashlib.sha256(src.text.encode("utf-8")).hexdigest(),
        "record_count": len(records),
        "reader": src.reader,
        "pages": len(src.pages) if src.pages else None,
        "chars": len(src.text),
        "encoding": src.encoding,
    }


def record_rows(records: Iterable[Record]) -> list[tuple]:
    """Records as tuples in FIELDS order (cheap to send back from a worker process)."""
    return [tuple(getattr(r, f) for f in FIELDS) for r in records]


class DatabaseWriter:
    """Replaces the rows of each report it is given, all in one transaction.

    Use as a context manager: the transaction commits when the block ends normally and rolls
    back on any exception (the previous content of the file stays as it was).
    """

    def __init__(self, path: str | Path):
        self.path = Path(path)
        self.created = not self.path.exists()  # removed again if the first write fails
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            self.con = sqlite3.connect(str(self.path), timeout=30, isolation_level=None)
        except (OSError, sqlite3.Error) as exc:
            raise DatabaseError(f"{path}: cannot open the database ({exc})") from None
        try:
            self.con.execute("BEGIN IMMEDIATE")
            self._schema()
        except sqlite3.DatabaseError as exc:
            self.con.close()
            self._forget()
            raise DatabaseError(f"{path}: not a database this tool can write ({exc})") from None
        insert_fields = ", ".join(_q(n) for n in ("report_id", *FIELDS))
        self._insert = (
            f"INSERT INTO records ({insert_fields}) VALUES ({', '.join('?' * (len(FIELDS) + 1))})"
        )
        self.reports = 0

    def _schema(self) -> None:
        version = self.con.execute("PRAGMA user_version").fetchone()[0]
        tables = {
            r[0] for r in self.con.execute("SELECT name FROM sqlite_master WHERE type='table'")
        }
        if tables & {"reports", "records"} and version != SCHEMA_VERSION:
            raise sqlite3.DatabaseError(
                f"it holds tables of another schema (version {version}); write to a new file"
            )
        if "records" in tables:
            columns = [r[1] for r in self.con.execute("PRAGMA table_info(records)")]
            if columns != ["id", "report_id", *FIELDS]:
                raise sqlite3.DatabaseError(
                    "its records table has other columns; write to a new file"
                )
        # one by one: executescript would commit the transaction it runs in
        for statement in _statements(SCHEMA):
            self.con.execute(statement)
        self.con.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")

    def add(self, report: dict, rows: Sequence[tuple]) -> None:
        """Replace one report's row and all its records."""
        cur = self.con.cursor()
        found = cur.execute("SELECT id FROM reports WHERE source = ?", (report["source"],))
        existing = found.fetchone()
        values = [report[c] for c in REPORT_COLUMNS]
        if existing:
            report_id = existing[0]
            cur.execute("DELETE FROM records WHERE report_id = ?", (report_id,))
            sets = ", ".join(f"{c} = ?" for c in REPORT_COLUMNS)
            cur.execute(f"UPDATE reports SET {sets} WHERE id = ?", (*values, report_id))
        else:
            marks = ", ".join("?" * len(REPORT_COLUMNS))
            cur.execute(
                f"INSERT INTO reports ({', '.join(REPORT_COLUMNS)}) VALUES ({marks})", values
            )
            report_id = cur.lastrowid
        cur.executemany(self._insert, ((report_id, *row) for row in rows))
        self.reports += 1

    def __enter__(self) -> DatabaseWriter:
        return self

    def __exit__(self, exc_type, exc, tb) -> None:
        try:
            if exc_type is None:
                self.con.execute("COMMIT")
            else:
                self.con.execute("ROLLBACK")
        except sqlite3.Error as error:
            exc_type = exc_type or type(error)
            raise DatabaseError(f"{self.path}: cannot write the database ({error})") from None
        finally:
            self.con.close()
            if exc_type is not None:
                self._forget()

    def _forget(self) -> None:
        """A database file this writer created and could not fill is not left behind."""
        if self.created:
            for leftover in (self.path, self.path.with_name(self.path.name + "-journal")):
                leftover.unlink(missing_ok=True)


def _statements(script: str) -> list[str]:
    """The statements of a script, split where sqlite3 says one is complete."""
    out, buf = [], ""
    for line in script.splitlines(keepends=True):
        buf += line
        if sqlite3.complete_statement(buf):
            out.append(buf.strip())
            buf = ""
    return [s for s in out if s]


def write_database(path: str | Path, sources_and_records: Iterable[tuple]) -> int:
    """Write (Source, records) pairs to the database at `path`; returns the reports written."""
    with DatabaseWriter(path) as db:
        for src, records in sources_and_records:
            db.add(report_row(src, records), record_rows(records))
        return db.reports
