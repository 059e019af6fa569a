"""The PDF reader on PDFs made here from real reports (tests/formats.py): page headers that
would count as figures, page numbers `- 3 -` and `第3页 共20页`, lines wrapped inside numbers,
tables drawn cell by cell; and broken PDFs, each a one-line error."""

from __future__ import annotations

import shutil
import subprocess

import pytest
from click.testing import CliRunner
from formats import (
    RUNNING_HEADER,
    agreement,
    blocks,
    figures,
    render_mixed_pdf,
    render_pdf,
    render_scanned_pdf,
)

from ningbo_indicators.cli import cli
from ningbo_indicators.pipeline import extract_source
from ningbo_indicators.readers import read_source
from ningbo_indicators.readers.lines import RE_PAGE_NUMBER

THRESHOLD = 0.97


@pytest.fixture(scope="session")
def pdfs(rendered):
    return [r for r in rendered if r.fmt == "pdf"]


@pytest.fixture(scope="session")
def read(pdfs):
    """Each test PDF as the reader gives it (read once)."""
    return {r.path: read_source(r.path) for r in pdfs}


def test_figures_agree_with_the_plain_text(pdfs, read):
    """The figures of each report as a PDF are those of the same report as plain text."""
    for r in pdfs:
        src = read[r.path]
        precision, recall = agreement(figures(r.reference), figures(src.text, src.pages))
        print(f"pdf {r.report}: precision {precision:.4f} recall {recall:.4f}")
        assert precision >= THRESHOLD and recall >= THRESHOLD, r.report


def test_the_files_are_demanding(pdfs):
    """The test PDFs do cut numbers at line ends and have pages enough for running heads."""
    assert sum(r.layout.number_breaks() for r in pdfs) >= 5
    assert all(len(r.layout.pages) >= 10 for r in pdfs)


def test_running_heads_and_page_numbers_are_dropped(pdfs, read):
    for r in pdfs:
        text = read[r.path].text
        assert RUNNING_HEADER not in text and "500份" not in text
        assert not any(RE_PAGE_NUMBER.fullmatch(line.strip()) for line in text.splitlines())
        assert "共" + str(len(r.layout.pages)) + "页" not in text


def test_numbers_cut_by_a_line_end_are_whole(pdfs, read):
    for r in pdfs:
        text = read[r.path].text
        for end, start in r.layout.cuts:
            assert end + start in text, (end, start)


def test_offsets_and_pages_are_honest(pdfs, read):
    """text[start:end] is the record's text, and its page is the page the figure was drawn
    on (or, for a figure cut by a page break, the page it starts on)."""
    for r in pdfs:
        src = read[r.path]
        records = extract_source(src)
        assert records and all(src.text[x.start : x.end] == x.text for x in records)
        pages = ["".join(page).replace(" ", "") for page in r.layout.pages]
        for x in records:
            assert x.page is not None and 1 <= x.page <= len(pages)
            here = pages[x.page - 1] + (pages[x.page][:40] if x.page < len(pages) else "")
            assert x.text.replace(" ", "").replace("\n", "") in here, (x.text, x.page)


def test_text_command_prints_what_offsets_refer_to(pdfs, read, tmp_path):
    path = pdfs[0].path
    runner = CliRunner()
    text = runner.invoke(cli, ["text", str(path)])
    assert text.exit_code == 0 and text.stdout == read[path].text
    out = runner.invoke(cli, ["extract", str(path), "-f", "jsonl", "--fields", "text,start,end"])
    import json

    for line in out.stdout.splitlines():
        r = json.loads(line)
        assert text.stdout[r["start"] : r["end"]] == r["text"]
    saved = tmp_path / "r.txt"
    assert runner.invoke(cli, ["text", str(path), "-o", str(saved)]).exit_code == 0
    assert saved.read_text("utf-8") == text.stdout


def test_pdf_is_known_by_its_bytes_not_its_name(pdfs, tmp_path):
    disguised = tmp_path / "report.txt"
    disguised.write_bytes(pdfs[0].path.read_bytes())
    src = read_source(disguised)
    assert src.reader == "pdf" and src.pages[0] == 0
    r = CliRunner().invoke(cli, ["extract", "-", "--fields", "page"], input=disguised.read_bytes())
    assert r.exit_code == 0 and '"page": 1' in r.stdout


def test_owner_password_only_is_read(tmp_path):
    """Many government PDFs forbid copying with an owner password: they open without one."""
    pytest.importorskip("reportlab")
    from formats import FONT, _font
    from reportlab.lib.pdfencrypt import StandardEncryption
    from reportlab.pdfgen import canvas

    _font(14)
    path = tmp_path / "locked.pdf"
    c = canvas.Canvas(str(path), encrypt=StandardEncryption("", ownerPassword="o", canCopy=0))
    c.setFont(FONT, 14)
    c.drawString(100, 700, "地区生产总值增长6%左右。")
    c.showPage()
    c.save()
    assert [r.text for r in extract_source(read_source(path))] == ["增长6%左右"]


def test_a_scanned_page_among_text_pages_is_a_warning(tmp_path, report_text):
    pytest.importorskip("reportlab")
    path = tmp_path / "mixed.pdf"
    render_mixed_pdf(blocks(report_text), path)
    r = CliRunner().invoke(cli, ["extract", str(path), "-f", "jsonl"])
    assert r.exit_code == 0 and r.stdout
    assert r.stderr.count("\n") == 1 and "page(s) 2" in r.stderr and "OCR" in r.stderr
    for out in (tmp_path / "out", tmp_path / "out.db"):  # a batch says it too
        r = CliRunner().invoke(cli, ["export", str(out), str(path), "--jobs", "1"])
        assert r.exit_code == 0 and r.stderr.count("\n") == 1 and "page(s) 2" in r.stderr


def _truncated(tmp_path, pdf):
    data = pdf.read_bytes()
    return data[: len(data) * 2 // 3]


def _scanned(tmp_path, pdf):
    path = tmp_path / "scan-src.pdf"
    render_scanned_pdf(path)
    return path.read_bytes()


def _encrypted(tmp_path, pdf):
    path = tmp_path / "enc-src.pdf"
    render_pdf(blocks("地区生产总值增长6%左右。\n"), path, password="secret")
    return path.read_bytes()


def _garbage(tmp_path, pdf):
    return b"%PDF-1.7\n" + bytes(range(256)) * 20 + b"\n%%EOF\n"


def _no_pages(tmp_path, pdf):
    return b"%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n"


BROKEN = [
    ("truncated", _truncated, "truncated"),
    ("garbage with a PDF header", _garbage, "not a readable PDF"),
    ("no page tree", _no_pages, "PDF"),
    ("scanned, no text layer", _scanned, "no text layer"),
    ("encrypted with a password", _encrypted, "encrypted"),
]


@pytest.mark.parametrize("case", BROKEN, ids=[c[0] for c in BROKEN])
def test_broken_pdf_is_one_line_exit_2(case, tmp_path, pdfs):
    _, make, message = case
    path = tmp_path / "bad.pdf"
    path.write_bytes(make(tmp_path, pdfs[0].path))
    out = tmp_path / "out.csv"
    r = CliRunner().invoke(cli, ["extract", str(path), "-o", str(out)])
    assert r.exit_code == 2 and r.stdout == ""
    assert len(r.stderr.splitlines()) == 1 and message in r.stderr and str(path) in r.stderr
    assert "Traceback" not in r.stderr and not out.exists()


CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")


def _has_cjk_font() -> bool:
    fc = shutil.which("fc-list")
    if fc is None:
        return False
    out = subprocess.run([fc, ":lang=zh"], capture_output=True, text=True, check=False).stdout
    return bool(out.strip())


@pytest.mark.skipif(
    not CHROMIUM, reason="no Chromium here to print a page to PDF (.ci/run installs it)"
)
@pytest.mark.skipif(not _has_cjk_font(), reason="no Chinese font for Chromium to print with")
def test_pdf_printed_by_a_browser(tmp_path, report_text):
    """A PDF from another producer: Chromium prints the report justified, in an embedded CJK
    font, so glyphs are spaced out (PDFium reads `2 200`) and lines break where the browser
    decides."""
    from formats import _html_blocks

    page = tmp_path / "r.html"
    page.write_text(
        '<html><head><meta charset="utf-8"><style>@page{size:A4;margin:2.5cm}'
        "body{font-size:16pt;line-height:1.6} p{text-align:justify;margin:0}</style>"
        f"</head><body>{_html_blocks(blocks(report_text), 'strong')}</body></html>",
        "utf-8",
    )
    pdf = tmp_path / "r.pdf"
    subprocess.run(
        [CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
         f"--print-to-pdf={pdf}", page.as_uri()],
        capture_output=True, timeout=120, check=False,
    )  # fmt: skip
    if not pdf.exists():
        pytest.skip("Chromium did not print the page")
    src = read_source(pdf)
    precision, recall = agreement(figures(report_text), figures(src.text, src.pages))
    print(f"pdf printed by Chromium: precision {precision:.4f} recall {recall:.4f}")
    assert precision >= THRESHOLD and recall >= THRESHOLD


MISSING = [  # (library a reader needs, a file that needs it, the install command named)
    ("pypdfium2", "pdf", "pip install pypdfium2"),
    ("lxml.html", "html", "pip install lxml"),
]


@pytest.mark.parametrize("case", MISSING, ids=[c[0] for c in MISSING])
def test_a_missing_library_is_one_line_naming_the_install(case, rendered, monkeypatch):
    import sys

    module, fmt, command = case
    monkeypatch.setitem(sys.modules, module, None)  # import fails as if not installed
    path = next(r.path for r in rendered if r.fmt == fmt)
    r = CliRunner().invoke(cli, ["extract", str(path)])
    assert r.exit_code == 2 and r.stdout == ""
    assert len(r.stderr.splitlines()) == 1 and command in r.stderr and str(path) in r.stderr
