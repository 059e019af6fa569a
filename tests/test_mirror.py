"""`export out/ reports/` mirrors the folders given: reports/cities/杭州市/2024.md is
out/cities/杭州市/2024.csv; files given one by one keep today's names; the combined file stays
at the top."""

from __future__ import annotations

import csv
import io

import pytest
from click.testing import CliRunner

from ningbo_indicators.cli import cli
from ningbo_indicators.outputs.batch import collect_tree, output_names

REPORT = "地区生产总值增长6%左右。\n"

CASES = [  # (what, files under the temporary folder, export arguments, files written under out)
    (
        "one folder mirrored",
        ["reports/cities/杭州市/2024.md", "reports/cities/宁波市/2024.md", "reports/全国.txt"],
        ["reports"],
        ["cities/宁波市/2024.csv", "cities/杭州市/2024.csv", "combined.csv", "全国.csv"],
    ),
    (
        "relative to each folder given",
        ["a/cities/x/2024.md", "b/provinces/y/2024.md"],
        ["a/cities", "b"],
        ["combined.csv", "provinces/y/2024.csv", "x/2024.csv"],
    ),
    (
        "files one by one keep their names",
        ["a/2024.md", "b/2024.md", "c/report.txt"],
        ["a/2024.md", "b/2024.md", "c/report.txt"],
        ["2024-2.csv", "2024.csv", "combined.csv", "report.csv"],
    ),
    (
        "same stem in one folder",
        ["r/宁波市/2024.md", "r/宁波市/2024.txt"],
        ["r"],
        ["combined.csv", "宁波市/2024-2.csv", "宁波市/2024.csv"],
    ),
    (
        "a report named combined",
        ["r/combined.md", "r/sub/combined.md"],
        ["r"],
        ["combined-2.csv", "combined.csv", "sub/combined.csv"],
    ),
    (
        "other files are not reports",
        ["r/x/2024.md", "r/x/notes.csv", "r/x/image.png"],
        ["r"],
        ["combined.csv", "x/2024.csv"],
    ),
]


@pytest.mark.parametrize("case", CASES, ids=[c[0] for c in CASES])
def test_export_mirrors_the_folders_given(case, tmp_path, monkeypatch):
    _, files, args, expected = case
    for name in files:
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text(REPORT, "utf-8")
    monkeypatch.chdir(tmp_path)
    r = CliRunner().invoke(cli, ["export", "out", *args, "--jobs", "1"])
    assert r.exit_code == 0, r.stderr
    out = tmp_path / "out"
    written = sorted(p.relative_to(out).as_posix() for p in out.rglob("*") if p.is_file())
    assert written == sorted(expected)
    reports = [f for f in files if f.endswith((".md", ".txt"))]
    combined = list(csv.DictReader(io.StringIO((out / "combined.csv").read_text("utf-8"))))
    assert sorted(row["source"] for row in combined) == sorted(reports)


def test_every_reader_in_one_tree(tmp_path, rendered):
    """A folder of PDFs, web pages and Word files: one mirrored file each."""
    root = tmp_path / "reports"
    for r in rendered[:4]:
        target = root / "宁波市" / r.fmt / ("2024" + r.path.suffix)
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(r.path.read_bytes())
    out = tmp_path / "out"
    res = CliRunner().invoke(cli, ["export", str(out), str(root), "-f", "jsonl", "--jobs", "2"])
    assert res.exit_code == 0, res.stderr
    written = sorted(p.relative_to(out).as_posix() for p in out.rglob("*.jsonl"))
    assert written == [
        "combined.jsonl",
        "宁波市/docx/2024.jsonl",
        "宁波市/html-legacy/2024.jsonl",
        "宁波市/html/2024.jsonl",
        "宁波市/pdf/2024.jsonl",
    ]
    pdf_rows = (out / "宁波市" / "pdf" / "2024.jsonl").read_text("utf-8")
    assert '"page": 1' in pdf_rows and '"page": null' not in pdf_rows


def test_output_names_doctest_cases():
    tree = [("r/a/2024.md", "a/2024.md"), ("one.txt", None)]
    assert output_names([p for p, _ in tree], ".csv", "combined", [r for _, r in tree]) == [
        "a/2024.csv",
        "one.csv",
    ]


def test_collect_tree(tmp_path):
    (tmp_path / "r" / "a").mkdir(parents=True)
    for name in ("a/x.md", "a/y.PDF", "a/z.docx", "a/w.htm", "a/skip.json"):
        (tmp_path / "r" / name).write_text("x")
    got = collect_tree([str(tmp_path / "r")])
    assert [rel for _, rel in got] == ["a/w.htm", "a/x.md", "a/y.PDF", "a/z.docx"]
