"""The Word reader on .docx files written with python-docx (tests/formats.py), on the parts of
the format a government office's file may hold (content controls, tracked changes, text boxes,
fields, headers and footers), and on broken files."""

from __future__ import annotations

import io
import zipfile

import pytest
from click.testing import CliRunner
from formats import agreement, blocks, empty_docx, figures, zip_not_docx

from ningbo_indicators.cli import cli
from ningbo_indicators.pipeline import extract_source
from ningbo_indicators.readers import read_source

THRESHOLD = 0.97
W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


@pytest.fixture(scope="session")
def documents(rendered):
    return [r for r in rendered if r.fmt == "docx"]


def test_figures_agree_with_the_plain_text(documents):
    for r in documents:
        src = read_source(r.path)
        precision, recall = agreement(figures(r.reference), figures(src.text))
        print(f"docx {r.report}: precision {precision:.4f} recall {recall:.4f}")
        assert precision >= THRESHOLD and recall >= THRESHOLD, r.report


def test_structure_and_offsets(documents):
    for r in documents:
        src = read_source(r.path)
        assert src.reader == "docx" and src.pages is None and src.encoding is None
        assert src.text.startswith("# 政府工作报告\n\n")  # the Title style
        assert "第3号" not in src.text  # the page header is not the document's text
        for t in (b for b in blocks(r.reference) if b.kind == "table"):
            assert "| " + " | ".join(t.rows[1]) + " |" in src.text
        records = extract_source(src)
        assert records and all(src.text[x.start : x.end] == x.text for x in records)
        assert all(x.page is None for x in records)


def _docx(body_xml: str) -> bytes:
    """A .docx whose body is the given WordprocessingML."""
    pytest.importorskip("docx")
    from docx import Document
    from docx.oxml import parse_xml

    doc = Document()
    body = doc.element.body
    for el in parse_xml(f"<w:body {W}>{body_xml}</w:body>"):
        body.insert(len(body) - 1, el)  # before sectPr
    buf = io.BytesIO()
    doc.save(buf)
    return buf.getvalue()


def _p(*runs: str, style: str = "") -> str:
    ppr = f'<w:pPr><w:pStyle w:val="{style}"/></w:pPr>' if style else ""
    return f"<w:p>{ppr}{''.join(runs)}</w:p>"


def _r(text: str) -> str:
    return f'<w:r><w:t xml:space="preserve">{text}</w:t></w:r>'


PARTS = [  # (what, body XML, the text read)
    ("heading styles", _p(_r("二、2024年主要目标任务"), style="Heading1") + _p(_r("增长6%左右。")),
     "# 二、2024年主要目标任务\n\n增长6%左右。"),
    ("a content control", f"<w:sdt><w:sdtContent>{_p(_r('地区生产总值增长6%左右'))}</w:sdtContent></w:sdt>",
     "地区生产总值增长6%左右"),
    ("tracked changes", _p(_r("新增就业"), '<w:ins w:id="1" w:author="a"><w:r><w:t>20万人</w:t></w:r></w:ins>',
                           '<w:del w:id="2" w:author="a"><w:r><w:delText>18万人</w:delText></w:r></w:del>'),
     "新增就业20万人"),
    ("a field's code and result", _p(_r("共"), '<w:r><w:fldChar w:fldCharType="begin"/></w:r>',
                                     '<w:r><w:instrText> NUMPAGES </w:instrText></w:r>',
                                     '<w:r><w:fldChar w:fldCharType="separate"/></w:r>', _r("12"),
                                     '<w:r><w:fldChar w:fldCharType="end"/></w:r>', _r("项")),
     "共12项"),
    ("line break and tab", _p(_r("增长6%"), "<w:r><w:br/><w:t>增长5%</w:t><w:tab/><w:t>x</w:t></w:r>"),
     "增长6%\n增长5%\tx"),
    ("a smart tag", _p(f'<w:smartTag w:uri="u" w:element="e">{_r("增长5%")}</w:smartTag>'), "增长5%"),
    ("a table with an empty row", "<w:tbl><w:tr><w:tc>" + _p(_r("指标")) + "</w:tc><w:tc>" + _p(_r("6%"))
     + "</w:tc></w:tr><w:tr><w:tc>" + _p() + "</w:tc></w:tr></w:tbl>", "| 指标 | 6% |"),
]  # fmt: skip


@pytest.mark.parametrize("case", PARTS, ids=[c[0] for c in PARTS])
def test_parts_of_the_format(case, tmp_path):
    _, body, expected = case
    path = tmp_path / "d.docx"
    path.write_bytes(_docx(body))
    assert read_source(path).text == expected


def _truncated(docs):
    data = docs[0].path.read_bytes()
    return data[: len(data) // 2]


def _excel(docs):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr("[Content_Types].xml", "<Types/>")
        z.writestr("xl/workbook.xml", "<workbook/>")
    return buf.getvalue()


def _bad_xml(docs):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr("word/document.xml", "<w:document><w:body><w:p>")
    return buf.getvalue()


def _damaged_member(docs):
    """A .docx whose document.xml holds compressed data that does not inflate (zlib.error)."""
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("word/document.xml", "<w:document>" + "增长6%。" * 500 + "</w:document>")
    data = bytearray(buf.getvalue())
    info = zipfile.ZipFile(io.BytesIO(bytes(data))).getinfo("word/document.xml")
    start = info.header_offset + 30 + len(info.filename.encode()) + len(info.extra)
    data[start : start + info.compress_size] = b"\xff" * info.compress_size  # (block type 3)
    return bytes(data)


def _unknown_encoding(docs):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr("word/document.xml", '<?xml version="1.0" encoding="UbF-8"?><w:document/>')
    return buf.getvalue()


def _nested(body_xml: str):
    """A .docx of the given body, written without python-docx (whose parser refuses more than
    256 levels)."""

    def make(docs):
        buf = io.BytesIO()
        with zipfile.ZipFile(buf, "w") as z:
            z.writestr(
                "word/document.xml", f"<w:document {W}><w:body>{body_xml}</w:body></w:document>"
            )
        return buf.getvalue()

    return make


DEEP = 3000  # (levels of nesting: past Python's recursion limit)

BROKEN = [  # (what, bytes, message)
    ("a zip that is not a .docx", lambda docs: zip_not_docx(), "not a Word .docx"),
    ("an empty .docx", lambda docs: empty_docx(), "has no text"),
    ("a truncated .docx", _truncated, "not a readable Word file"),
    ("an Excel workbook", _excel, "Excel"),
    ("broken XML", _bad_xml, "not a readable Word file"),
    ("damaged compressed data", _damaged_member, "not a readable Word file"),
    ("an unknown encoding", _unknown_encoding, "not a readable Word file"),
    (
        "content controls 3,000 deep",
        _nested(
            "<w:sdt><w:sdtContent>" * DEEP + _p(_r("增长6%。")) + "</w:sdtContent></w:sdt>" * DEEP
        ),
        "nested too deeply",
    ),
    (
        "runs 3,000 deep",
        _nested(
            "<w:p>" + "<w:hyperlink>" * DEEP + _r("增长6%。") + "</w:hyperlink>" * DEEP + "</w:p>"
        ),
        "nested too deeply",
    ),
    ("a Word 97 .doc", lambda docs: b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(600), ".doc"),
]


@pytest.mark.parametrize("case", BROKEN, ids=[c[0] for c in BROKEN])
def test_broken_word_file_is_one_line_exit_2(case, tmp_path, documents):
    _, make, message = case
    path = tmp_path / "bad.docx"
    path.write_bytes(make(documents))
    out = tmp_path / "out.csv"
    r = CliRunner().invoke(cli, ["extract", str(path), "-o", str(out)])
    assert r.exit_code == 2 and r.stdout == ""
    assert len(r.stderr.splitlines()) == 1 and message in r.stderr and str(path) in r.stderr
    assert "Traceback" not in r.stderr and not out.exists()


@pytest.mark.parametrize(
    "style",
    [
        "<w:name/>",  # (written by some tools: a name of no value)
        '<w:name w:val="heading ²"/>',  # (a superscript two: str.isdigit says yes, int() no)
        '<w:name w:val="Odd"/><w:pPr><w:outlineLvl w:val="²"/></w:pPr>',
    ],
    ids=["name of no value", "heading level not a number", "outline level not a number"],
)
def test_a_style_that_names_no_level_is_body_text(tmp_path, style):
    """A paragraph style whose name or outline level does not give a level: its paragraphs
    are read as body text (each raised an error with a traceback before)."""
    pytest.importorskip("docx")
    from docx import Document
    from docx.oxml import parse_xml

    doc = Document()
    doc.styles.element.append(
        parse_xml(f'<w:style {W} w:type="paragraph" w:styleId="Odd">{style}</w:style>')
    )
    body = doc.element.body
    for el in parse_xml(f"<w:body {W}>{_p(_r('全市生产总值增长6%。'), style='Odd')}</w:body>"):
        body.insert(len(body) - 1, el)
    path = tmp_path / "odd.docx"
    doc.save(str(path))
    assert read_source(str(path)).text == "全市生产总值增长6%。"


def test_a_paragraph_whose_outline_level_is_not_a_number_is_body_text(tmp_path):
    body = '<w:p><w:pPr><w:outlineLvl w:val="²"/></w:pPr>' + _r("全市生产总值增长6%。") + "</w:p>"
    path = tmp_path / "d.docx"
    path.write_bytes(_docx(body))
    assert read_source(path).text == "全市生产总值增长6%。"
