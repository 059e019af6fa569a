"""`export corpus.db DIR…`: the tables, indexes and views of the database, re-runs that replace
rather than duplicate, a crash that leaves the previous file intact, and the same SQL through
DuckDB and Datasette where they are installed."""

from __future__ import annotations

import sqlite3

import pytest
from click.testing import CliRunner

from ningbo_indicators import FIELDS
from ningbo_indicators.cli import cli
from ningbo_indicators.outputs.sqlite import DatabaseWriter, write_database
from ningbo_indicators.readers import bundled_text, read_source

PLAN = """2024年1月17日在宁波市第十六届人民代表大会第四次会议上

一、2023年工作回顾

全市地区生产总值增长5.5%，城镇新增就业26万人。

二、2024年主要目标任务

地区生产总值增长6%左右；城镇新增就业20万人；居民消费价格涨幅3%左右。
"""


@pytest.fixture
def reports(tmp_path):
    folder = tmp_path / "reports"
    (folder / "cities" / "宁波市").mkdir(parents=True)
    (folder / "cities" / "宁波市" / "2024.md").write_text(PLAN, "utf-8")
    (folder / "bundled.txt").write_text(bundled_text(), "utf-8")
    return folder


def export(*args):
    return CliRunner().invoke(cli, ["export", *map(str, args), "--jobs", "1"])


def rows(db, sql, *params):
    with sqlite3.connect(db) as con:
        return con.execute(sql, params).fetchall()


def test_tables_columns_and_indexes(tmp_path, reports):
    db = tmp_path / "corpus.db"
    r = export(db, reports)
    assert r.exit_code == 0 and r.stdout == "" and r.stderr == ""
    assert [c[1] for c in rows(db, "PRAGMA table_info(records)")] == ["id", "report_id", *FIELDS]
    assert [c[1] for c in rows(db, "PRAGMA table_info(reports)")] == [
        "id", "source", "place", "year", "sha256", "record_count", "reader", "pages", "chars",
        "encoding",
    ]  # fmt: skip
    indexes = {name for (name,) in rows(db, "SELECT name FROM sqlite_master WHERE type='index'")}
    assert {"records_indicator_key", "records_kind", "reports_place_year"} <= indexes
    plan = rows(db, "EXPLAIN QUERY PLAN SELECT * FROM records WHERE indicator_key = 'cpi'")
    assert "records_indicator_key" in plan[0][-1]
    plan = rows(db, "EXPLAIN QUERY PLAN SELECT * FROM reports WHERE place = 'x' AND year = 1")
    assert "reports_place_year" in plan[0][-1]


def test_reports_and_records(tmp_path, reports):
    db = tmp_path / "corpus.db"
    export(db, reports)
    got = rows(db, "SELECT source, place, year, record_count, reader FROM reports ORDER BY source")
    plan = str(reports / "cities" / "宁波市" / "2024.md")
    assert got[1] == (plan, "宁波市", 2024, 5, "text")
    counts = rows(db, "SELECT reports.record_count, count(records.id) FROM reports "
                      "JOIN records ON records.report_id = reports.id GROUP BY reports.id")  # fmt: skip
    assert all(a == b for a, b in counts)
    import hashlib

    digest = hashlib.sha256(PLAN.encode()).hexdigest()
    assert rows(db, "SELECT sha256 FROM reports WHERE source = ?", plan) == [(digest,)]
    first = rows(db, 'SELECT text, start, "end", value, unit, status, year FROM records '
                     "WHERE source = ? ORDER BY start LIMIT 1", plan)  # fmt: skip
    assert first == [("增长5.5%", PLAN.index("增长5.5%"), PLAN.index("增长5.5%") + 6, 5.5, "%",
                      "actual", 2023)]  # fmt: skip


def test_views(tmp_path, reports):
    db = tmp_path / "corpus.db"
    export(db, reports)
    plan = str(reports / "cities" / "宁波市" / "2024.md")
    targets = rows(db, "SELECT place, report_year, indicator_key, text FROM targets "
                       "WHERE source = ? ORDER BY start", plan)  # fmt: skip
    assert targets == [
        ("宁波市", 2024, "gdp_growth", "增长6%左右"),
        ("宁波市", 2024, "urban_new_jobs", "20万人"),
        ("宁波市", 2024, "cpi", "涨幅3%左右"),
    ]
    panel = rows(db, "SELECT place, year, indicator_key, target_value, target_text, "
                     "actual_value, actual_text FROM panel WHERE source = ? "
                     "ORDER BY indicator_key", plan)  # fmt: skip
    assert panel == [
        ("宁波市", 2024, "cpi", 3.0, "涨幅3%左右", None, None),
        ("宁波市", 2024, "gdp_growth", 6.0, "增长6%左右", 5.5, "增长5.5%"),
        ("宁波市", 2024, "urban_new_jobs", 20.0, "20万人", 26.0, "26万人"),
    ]


def test_rerun_replaces_and_never_duplicates(tmp_path, reports):
    db = tmp_path / "corpus.db"
    export(db, reports)
    before = rows(db, "SELECT id, source, record_count FROM reports ORDER BY id")
    count = rows(db, "SELECT count(*) FROM records")
    export(db, reports)
    assert rows(db, "SELECT id, source, record_count FROM reports ORDER BY id") == before
    assert rows(db, "SELECT count(*) FROM records") == count
    # a report that changed gets its new rows, under the same id
    changed = reports / "cities" / "宁波市" / "2024.md"
    changed.write_text(PLAN.replace("城镇新增就业20万人；", ""), "utf-8")
    export(db, reports)
    assert rows(db, "SELECT id, record_count FROM reports WHERE source = ?", str(changed)) == [
        (before[1][0], 4)
    ]
    assert rows(db, "SELECT count(*) FROM records WHERE source = ?", str(changed)) == [(4,)]


def test_a_crash_leaves_the_previous_database(tmp_path, reports):
    db = tmp_path / "corpus.db"
    export(db, reports)
    before = rows(db, "SELECT * FROM records ORDER BY id")
    src = read_source(reports / "cities" / "宁波市" / "2024.md")
    with pytest.raises(RuntimeError), DatabaseWriter(db) as writer:
        writer.add({"source": src.name, "place": "x", "year": 1, "sha256": "", "record_count": 0,
                    "reader": "text", "pages": None, "chars": 0, "encoding": None}, [])  # fmt: skip
        raise RuntimeError("killed halfway")
    assert rows(db, "SELECT * FROM records ORDER BY id") == before
    assert rows(db, "SELECT place FROM reports WHERE source = ?", src.name) == [("宁波市",)]


def test_a_failed_first_write_leaves_no_file(tmp_path):
    db = tmp_path / "new.db"
    with pytest.raises(KeyboardInterrupt), DatabaseWriter(db):
        raise KeyboardInterrupt  # Ctrl-C before anything was committed
    assert not db.exists() and list(tmp_path.iterdir()) == []


def test_bad_inputs_are_reported_the_rest_written(tmp_path, reports):
    (reports / "broken.pdf").write_bytes(b"%PDF-1.7\nno end")
    db = tmp_path / "corpus.db"
    r = export(db, reports)
    assert r.exit_code == 1 and "broken.pdf" in r.stderr and "truncated" in r.stderr
    assert rows(db, "SELECT count(*) FROM reports") == [(2,)]


CANNOT = [  # (what, make the path, message)
    ("not a database", lambda p: (p / "x.db").write_text("hello " * 400) and p / "x.db", "not a database"),
    ("another schema", lambda p: _other_schema(p / "y.sqlite"), "another schema"),
]  # fmt: skip


def _other_schema(path):
    with sqlite3.connect(path) as con:
        con.execute("CREATE TABLE records (a, b)")
    return path


@pytest.mark.parametrize("case", CANNOT, ids=[c[0] for c in CANNOT])
def test_a_file_that_is_not_our_database_is_one_line_exit_2(case, tmp_path, reports):
    _, make, message = case
    path = make(tmp_path)
    before = path.read_bytes()
    r = export(path, reports)
    assert r.exit_code == 2 and len(r.stderr.splitlines()) == 1 and message in r.stderr
    assert path.read_bytes() == before


def test_format_flag_and_fields(tmp_path, reports):
    db = tmp_path / "corpus.data"
    assert CliRunner().invoke(cli, ["export", str(db), str(reports), "-f", "sqlite"]).exit_code == 0
    assert rows(db, "SELECT count(*) FROM reports") == [(2,)]
    r = export(tmp_path / "c.db", reports, "--fields", "text")
    assert r.exit_code == 2 and "--fields" in r.stderr


def test_extract_to_a_database_with_pages(tmp_path, rendered):
    pdf = next(r for r in rendered if r.fmt == "pdf")
    db = tmp_path / "one.db"
    r = CliRunner().invoke(cli, ["extract", str(pdf.path), "-o", str(db)])
    assert r.exit_code == 0
    assert rows(db, "SELECT reader, pages > 1 FROM reports") == [("pdf", 1)]
    assert rows(db, "SELECT count(*) FROM records WHERE page IS NULL") == [(0,)]


def test_write_database_library_call(tmp_path):
    from ningbo_indicators.pipeline import extract_source

    src = read_source(None)
    assert write_database(tmp_path / "b.db", [(src, extract_source(src))]) == 1
    assert rows(tmp_path / "b.db", "SELECT source FROM reports") == [("ningbo-2024.txt",)]


def _duckdb_with_sqlite():
    duckdb = pytest.importorskip("duckdb", reason="duckdb is not installed")
    con = duckdb.connect()
    try:  # the extension as a wheel (duckdb-ext-sqlite), where it is installed
        import duckdb_ext

        con.execute(f"SET extension_directory = '{list(duckdb_ext.__path__)[0]}/extensions'")
    except ImportError:
        pass
    try:
        con.execute("LOAD sqlite")
    except Exception:
        try:
            con.execute("INSTALL sqlite")  # needs the network the first time
            con.execute("LOAD sqlite")
        except Exception as exc:
            pytest.skip(f"DuckDB's sqlite extension cannot be loaded here: {str(exc)[:80]}")
    return con


def test_duckdb_reads_it_as_it_is(tmp_path, reports):
    db = tmp_path / "corpus.db"
    export(db, reports)
    con = _duckdb_with_sqlite()
    con.execute(f"ATTACH '{db}' AS c (TYPE sqlite, READ_ONLY)")
    got = con.execute(
        "SELECT place, indicator_key, target_value, actual_value FROM c.panel "
        "WHERE indicator_key = 'gdp_growth' AND year = 2024 ORDER BY source"
    ).fetchall()
    assert ("宁波市", "gdp_growth", 6.0, 5.5) in got
    assert con.execute('SELECT count(*) FROM c.records WHERE "end" > start').fetchone()[0] > 200


def test_datasette_serves_it(tmp_path, reports):
    datasette_app = pytest.importorskip("datasette.app", reason="datasette is not installed")
    import asyncio

    db = tmp_path / "corpus.db"
    export(db, reports)

    async def get():
        ds = datasette_app.Datasette([str(db)])
        return await ds.client.get("/corpus/panel.json?indicator_key=cpi&_shape=array")

    response = asyncio.run(get())
    assert response.status_code == 200
    assert {row["target_value"] for row in response.json()} == {3.0}


def test_the_records_columns_are_typed_by_the_fields_types():
    """Offsets, the year and the page are integers, the two values reals, every other field
    text: read from the Record's types, whether its module writes them as text or not."""
    from ningbo_indicators.outputs import sqlite

    whole = {"start", "end", "year", "page"}
    real = {"value", "base_value"}
    assert sqlite._RECORD_TYPES == {
        name: "INTEGER" if name in whole else "REAL" if name in real else "TEXT" for name in FIELDS
    }
