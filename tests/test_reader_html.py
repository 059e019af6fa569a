"""The web page reader on pages shaped like government sites (tests/formats.py): a modern
UTF-8 page and an old GB2312 table layout, with navigation, breadcrumbs, sidebars of headlines
that carry figures, share and print links, and footers with the site code, the ICP number,
phone numbers and visit counters."""

from __future__ import annotations

import pytest
from click.testing import CliRunner
from formats import FOOTER, HEADLINES, agreement, blocks, figures, render_html

from ningbo_indicators.cli import cli
from ningbo_indicators.pipeline import extract_source
from ningbo_indicators.readers import read_source, sniff
from ningbo_indicators.readers.html import decode_html

THRESHOLD = 0.97
# What is on the page around the article and must produce nothing
BOILERPLATE = ["网站标识码", "ICP备", "公网安备", "浏览次数", "0574-89186000", "点击：3521",
               "当前位置", "分享到", "打印本页", "相关阅读", "今日访问量", *HEADLINES]  # fmt: skip


@pytest.fixture(scope="session")
def pages(rendered):
    return [r for r in rendered if r.fmt.startswith("html")]


def test_figures_agree_with_the_plain_text(pages):
    for r in pages:
        src = read_source(r.path)
        precision, recall = agreement(figures(r.reference), figures(src.text))
        print(f"{r.fmt} {r.report}: precision {precision:.4f} recall {recall:.4f}")
        assert precision >= THRESHOLD and recall >= THRESHOLD, (r.fmt, r.report)


def test_only_the_article_is_read(pages):
    for r in pages:
        src = read_source(r.path)
        assert src.reader == "html"
        assert [b for b in BOILERPLATE if b in src.text] == [], r.path.name
        sentences = " ".join(x.sentence for x in extract_source(src))
        assert not any(line.split("　")[0] in sentences for line in FOOTER)


def test_structure_is_kept(pages):
    """Headings on lines of their own (h2 as `## `), paragraphs apart, table rows as lines."""
    for r in pages:
        text = read_source(r.path).text
        paragraphs = [b.text for b in blocks(r.reference) if b.kind == "para"]
        assert all(p.split("\n")[0][:30] in text for p in paragraphs[:20])
        assert "\n\n\n" not in text and ("\n\n" in text or len(paragraphs) < 2)
        for h in (b for b in blocks(r.reference) if b.kind == "heading"):
            # h1-h6 (level + 1 on the modern page) as Markdown; bold paragraphs as lines
            prefix = "#" * (h.level + 1) + " " if r.fmt == "html" else ""
            assert f"\n{prefix}{h.text}\n" in f"\n{text}\n", h.text
        for t in (b for b in blocks(r.reference) if b.kind == "table"):
            row = "| " + " | ".join(" ".join(cell.split()) for cell in t.rows[1]) + " |"
            assert row in text


def test_modern_page_keeps_its_title(pages):
    modern = next(r for r in pages if r.fmt == "html")
    assert read_source(modern.path).text.startswith("# 政府工作报告\n\n")


DECODING = [  # (bytes, encoding read)
    ('<meta charset="gb2312"><p>增长6%</p>'.encode("gb18030"), "gb18030"),
    ('<meta http-equiv="Content-Type" content="text/html; charset=GBK"><p>增长6%</p>'.encode(
        "gbk"), "gb18030"),
    ('<meta charset="gb2312"><p>增长6%</p>'.encode(), "utf-8"),  # mislabelled
    ("<html><p>增长6%</p></html>".encode("gb18030"), "gb18030"),  # nothing declared
    ("\ufeff<html><p>增长6%</p></html>".encode(), "utf-8-sig"),
]  # fmt: skip


@pytest.mark.parametrize("case", DECODING, ids=[c[1] + str(i) for i, c in enumerate(DECODING)])
def test_decoding(case):
    data, encoding = case
    text, found = decode_html(data)
    assert found == encoding and "增长6%" in text


SNIFF = [  # (first bytes, file name, reader)
    (b"<!DOCTYPE html><html>", "page.txt", "html"),
    (b"<!-- saved from url=(0040)http://x -->\n<html>", "a", "html"),
    (b"<p>\xe5\xa2\x9e</p>", "a.htm", "html"),
    ("<一>地区生产总值增长6%".encode(), "notes.txt", "text"),
    (b"From: <Saved by Blink>\r\nMIME-Version: 1.0\r\nContent-Type: multipart/related;", "a.mhtml", "mhtml"),
]  # fmt: skip


@pytest.mark.parametrize("case", SNIFF, ids=[c[1] + ":" + c[2] for c in SNIFF])
def test_sniffing(case):
    head, name, kind = case
    assert sniff(head, name) == kind


def test_saved_as_one_file_mhtml(tmp_path, report_text):
    """Chrome's 'Webpage, single file': a MIME archive, the page quoted-printable."""
    import email.mime.multipart
    import email.mime.text

    page = render_html(blocks(report_text), "政府工作报告")
    message = email.mime.multipart.MIMEMultipart("related")
    message["Snapshot-Content-Location"] = "https://www.ningbo.gov.cn/art/2024/1/23/x.html"
    part = email.mime.text.MIMEText(page.decode("utf-8"), "html", "utf-8")
    message.attach(part)
    path = tmp_path / "page.mhtml"
    path.write_bytes(b"From: <Saved by Blink>\r\n" + message.as_bytes())
    src = read_source(path)
    assert src.reader == "html"
    precision, recall = agreement(figures(report_text), figures(src.text))
    assert precision >= THRESHOLD and recall >= THRESHOLD


def test_source_line_breaks_do_not_cut_numbers():
    page = "<html><body><div><p>收入18\n4.37亿元，引进1\n-2家企业，\n增长\n6%。</p></div></body></html>"
    src = read_source_bytes(page.encode())
    assert "收入184.37亿元，引进1-2家企业，增长6%。" in src.text


def read_source_bytes(data: bytes):
    import io

    return read_source("-", stdin=io.BytesIO(data))


NAVIGATION_ONLY = (
    "<html><body><ul><li><a href='/'>首页</a></li><li><a href='/a'>政务公开</a></li></ul>"
    "<div class='footer'><p>网站标识码：3302000003　浙ICP备05004498号</p></div></body></html>"
)
BROKEN = [  # (what, page)
    ("empty body", b"<html><head><title>x</title></head><body></body></html>"),
    ("navigation and footer only", NAVIGATION_ONLY.encode()),
    ("a doctype and nothing", b"<!DOCTYPE html>\n   \n"),
]


@pytest.mark.parametrize("case", BROKEN, ids=[c[0] for c in BROKEN])
def test_a_page_without_an_article_is_one_line_exit_2(case, tmp_path):
    _, page = case
    message = "no article text"
    path = tmp_path / "page.html"
    path.write_bytes(page)
    r = CliRunner().invoke(cli, ["extract", str(path)])
    assert r.exit_code == 2 and r.stdout == ""
    assert len(r.stderr.splitlines()) == 1 and message in r.stderr and str(path) in r.stderr
