"""Fixture files for the readers: a report rendered as a PDF, a saved web page and a Word file,
the way governments publish them, and broken files of each format.

Used by the reader tests (a few pages each, built once per session in a temporary folder) and by
benchmarks/bench.py (a 100-page PDF). Rendering needs reportlab and python-docx (test extras).

The renderings carry what real files carry and what must produce nothing: PDF page headers and
page numbers (`- 3 -`, `第3页 共12页`), lines wrapped inside numbers; web pages with navigation,
breadcrumbs, sidebars of headlines with figures, and a footer with the site code, the ICP
number, phone numbers and a visit counter.
"""

from __future__ import annotations

import html
import io
import zipfile
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

import regex

RE_FRONT_MATTER = regex.compile(r"\A---\n.*?\n---\n", regex.DOTALL)
RE_BOLD = regex.compile(r"\*\*(.+?)\*\*")


@dataclass
class Block:
    """One block of a report: a heading, a paragraph, or a table (rows of cells)."""

    kind: str  # "heading" | "para" | "table"
    text: str = ""
    level: int = 0
    rows: list[list[str]] = field(default_factory=list)


def blocks(markdown: str) -> list[Block]:
    """The blocks of a corpus report (Markdown): front matter dropped, bold marks removed; a
    paragraph that is bold as a whole, or a `#` line, is a heading."""
    body = RE_FRONT_MATTER.sub("", markdown)
    out: list[Block] = []
    for chunk in regex.split(r"\n\s*\n", body):
        lines = [ln.strip() for ln in chunk.strip().splitlines() if ln.strip()]
        if not lines:
            continue
        if all(ln.startswith("|") for ln in lines):
            rows = [
                [c.strip() for c in ln.strip("|").split("|")]
                for ln in lines
                if not regex.fullmatch(r"\|[\s\-:|]+\|?", ln)
            ]
            out.append(Block("table", rows=rows))
            continue
        text = "\n".join(lines)  # a line break of the source stays one (tables as text)
        if text.startswith("#"):
            level = len(text) - len(text.lstrip("#"))
            out.append(Block("heading", text.lstrip("#").strip(), level=min(level, 3)))
        elif regex.fullmatch(r"\*\*[^*]+\*\*", text):
            out.append(Block("heading", text.strip("*").strip(), level=2))
        else:
            out.append(Block("para", RE_BOLD.sub(r"\1", text)))
    return out


# ------------------------------------------------------------------------------ PDF

PAGE_W, PAGE_H = 595.0, 842.0  # A4 in points
MARGIN_X, MARGIN_TOP, MARGIN_BOTTOM = 80.0, 90.0, 80.0
FONT = "STSong-Light"  # reportlab's built-in CJK CID font (Adobe-GB1): no font file needed


@dataclass
class PdfLayout:
    """What was drawn: the lines per page, and the places where a paragraph's line ends
    inside a number (the last characters of the line, the first of the next)."""

    pages: list[list[str]] = field(default_factory=list)
    cuts: list[tuple[str, str]] = field(default_factory=list)

    def number_breaks(self) -> int:
        """How many lines of a paragraph end inside a number."""
        return len(self.cuts)


def _font(size: float):
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont

    if FONT not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(UnicodeCIDFont(FONT))
    return lambda s: pdfmetrics.stringWidth(s, FONT, size)


def _wrap(text: str, width: float, measure, indent: float) -> list[tuple[float, str]]:
    """Lines of `text` broken at any character (numbers included), as (x offset, text)."""
    lines: list[tuple[float, str]] = []
    start, x0 = 0, indent
    while start < len(text):
        end = start + 1
        while end < len(text) and measure(text[start : end + 1]) <= width - x0:
            end += 1
        lines.append((x0, text[start:end]))
        start, x0 = end, 0.0
    return lines


def render_pdf(
    report_blocks: list[Block],
    path: Path,
    *,
    header: str = "政府工作报告",
    footer: str = "dash",
    size: float = 14.0,
    min_pages: int = 0,
    password: str | None = None,
) -> PdfLayout:
    """Draw blocks as an A4 report: first lines indented two characters, headings centred, a
    running header with a rule from page 2, page numbers at the bottom (`- 3 -` or `第3页
    共12页`). Repeats the blocks until `min_pages` pages are filled (for the benchmark)."""
    from reportlab.pdfgen import canvas

    measure = _font(size)
    width = PAGE_W - 2 * MARGIN_X
    lead = size * 1.6
    per_page = int((PAGE_H - MARGIN_TOP - MARGIN_BOTTOM) // lead)
    placed: list[tuple] = []  # (x, text) for a line, (xs, cells, size) for a table row
    cuts: list[tuple[str, str]] = []
    while True:
        for b in report_blocks:
            if b.kind == "heading":
                for _, ln in _wrap(b.text, width, measure, 0.0):
                    placed.append((MARGIN_X + (width - measure(ln)) / 2, ln))
            elif b.kind == "table":
                placed.extend(_table_rows(b.rows, width))
            else:
                for i, part in enumerate(b.text.split("\n")):
                    wrapped = _wrap(part, width, measure, 0.0 if i else 2 * size)
                    for (_, a), (_, c) in zip(wrapped, wrapped[1:]):
                        if a[-1].isdigit() and (c[0].isdigit() or c[0] == "."):
                            cuts.append((a[-6:], c[:6]))
                    placed.extend((MARGIN_X + x, ln) for x, ln in wrapped)
        if len(placed) >= min_pages * per_page:
            break
    pages = [placed[i : i + per_page] for i in range(0, len(placed), per_page)]
    if min_pages:
        pages = pages[:min_pages]
    encrypt = None
    if password is not None:
        from reportlab.lib.pdfencrypt import StandardEncryption

        encrypt = StandardEncryption(password, ownerPassword="owner" + password)
    c = canvas.Canvas(str(path), pagesize=(PAGE_W, PAGE_H), encrypt=encrypt, invariant=1)
    c.setTitle(header)
    layout = PdfLayout(cuts=cuts)
    for n, page in enumerate(pages, 1):
        c.setFont(FONT, size)
        if n > 1 and header:
            c.setFont(FONT, 10.5)
            c.drawCentredString(PAGE_W / 2, PAGE_H - 50, header)
            c.line(MARGIN_X, PAGE_H - 56, PAGE_W - MARGIN_X, PAGE_H - 56)
            c.setFont(FONT, size)
        y = PAGE_H - MARGIN_TOP
        for item in page:
            if len(item) == 3:  # a table row: each cell at its column
                xs, cells, cell_size = item
                c.setFont(FONT, cell_size)
                for x, cell in zip(xs, cells):
                    c.drawString(x, y, cell)
                c.setFont(FONT, size)
            else:
                c.drawString(item[0], y, item[1])
            y -= lead
        c.setFont(FONT, 10.5)
        label = f"- {n} -" if footer == "dash" else f"第{n}页 共{len(pages)}页"
        c.drawCentredString(PAGE_W / 2, 45, label)
        c.showPage()
        layout.pages.append(["  ".join(item[1]) if len(item) == 3 else item[1] for item in page])
    c.save()
    return layout


def _table_rows(rows: list[list[str]], width: float) -> list[tuple]:
    """A table's rows as (cell x positions, cells, font size): columns as wide as their widest
    cell, a gap of 1.5 characters between them, the font made smaller until the table fits."""
    size = 10.5
    while True:
        measure = _font(size)
        ncols = max(len(r) for r in rows)
        widths = [max(measure(r[j]) if j < len(r) else 0 for r in rows) for j in range(ncols)]
        if sum(widths) + 1.5 * size * (ncols - 1) <= width or size <= 5:
            break
        size -= 0.5
    xs, x = [], MARGIN_X
    for w in widths:
        xs.append(x)
        x += w + 1.5 * size
    return [(xs, row, size) for row in rows]


def render_scanned_pdf(path: Path) -> None:
    """A PDF whose page is an image of text only (a scan): no text layer."""
    from PIL import Image, ImageDraw
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen import canvas

    img = Image.new("L", (400, 560), 255)
    draw = ImageDraw.Draw(img)
    for y in range(40, 520, 18):
        draw.rectangle([40, y, 360, y + 8], fill=30)
    c = canvas.Canvas(str(path), pagesize=(PAGE_W, PAGE_H), invariant=1)
    c.drawImage(ImageReader(img), 50, 50, PAGE_W - 100, PAGE_H - 100)
    c.showPage()
    c.save()


# ------------------------------------------------------------------------------ web pages

NAV = ["首页", "政务公开", "政务服务", "互动交流", "走进宁波", "专题专栏"]
HEADLINES = [  # a sidebar of news headlines, each with figures that are not the report's
    "前三季度全市外贸进出口总额增长3.2%",
    "我市新增国家级专精特新“小巨人”企业52家",
    "全市新建5G基站1.2万个",
    "宁波舟山港集装箱吞吐量突破3500万标箱",
]
FOOTER = (
    "主办单位：宁波市人民政府办公厅　承办单位：宁波市大数据发展管理局",
    "网站标识码：3302000003　浙ICP备05004498号-1　浙公网安备 33020302000151号",
    "联系电话：0574-89186000　传真：0574-89186111　地址：宁波市海曙区宁穿路2001号",
    "建议使用1920×1080分辨率　本站共有网页8500余个　今日访问量12万人次",
)


def _html_blocks(report_blocks: list[Block], heading_tag: str) -> str:
    out = []
    for b in report_blocks:
        if b.kind == "heading":
            if heading_tag == "strong":
                out.append(f'<p style="text-indent:2em"><strong>{html.escape(b.text)}</strong></p>')
            else:
                out.append(f"<h{b.level + 1}>{html.escape(b.text)}</h{b.level + 1}>")
        elif b.kind == "table":
            rows = "".join(
                "<tr>" + "".join(f"<td>{html.escape(c)}</td>" for c in row) + "</tr>"
                for row in b.rows
            )
            out.append(f'<table border="1" cellspacing="0">{rows}</table>')
        else:
            # the source wraps long paragraphs; a browser joins the lines
            wrapped = "<br>\n".join(
                "\n".join(html.escape(part[i : i + 90]) for i in range(0, len(part), 90))
                for part in b.text.split("\n")
            )
            out.append(f'<p style="text-indent:2em">&nbsp;&nbsp;{wrapped}</p>')
    return "\n".join(out)


def render_html(report_blocks: list[Block], title: str, template: str = "modern") -> bytes:
    """A saved page of a government site. `modern`: div layout, UTF-8, headings as <h2>;
    `legacy`: table layout, GB2312, headings as bold paragraphs, a <br>-separated info cell."""
    nav = "".join(f'<li><a href="/col/{i}.html">{n}</a></li>' for i, n in enumerate(NAV))
    side = "".join(f'<li><a href="/art/{i}.html">{h}</a></li>' for i, h in enumerate(HEADLINES))
    foot = "".join(f"<p>{line}</p>" for line in FOOTER)
    if template == "modern":
        body = _html_blocks(report_blocks, "h")
        page = f"""<!DOCTYPE html>
<!-- saved from url=(0062)https://www.ningbo.gov.cn/art/2024/1/23/art_1229886274_4355833.html -->
<html lang="zh-CN"><head><meta charset="utf-8">
<title>{html.escape(title)}_宁波市人民政府</title>
<script>var _hmt = _hmt || []; window.visits = 123456;</script>
<style>.nav li{{float:left}} body{{font-size:16px}}</style></head>
<body>
<div class="header"><div class="logo"><img src="logo.png" alt="宁波市人民政府"></div>
<div class="search"><input placeholder="请输入关键字"><button>搜索</button></div>
<ul class="nav">{nav}</ul></div>
<div class="crumb">当前位置：<a href="/">首页</a> &gt; <a href="/col/1.html">政务公开</a> &gt; 政府工作报告</div>
<div class="main"><div class="left">
<div class="article"><h1 class="title">{html.escape(title)}</h1>
<div class="info">发布日期：2024-01-23 10:21　来源：宁波日报　浏览次数：<span id="count">12345</span>　字号：<a>大</a> <a>中</a> <a>小</a></div>
<div id="zoom" class="article-content">
{body}
</div>
<div class="share">分享到：<a>微信</a> <a>微博</a>　<a href="javascript:window.print()">【打印本页】</a> <a href="javascript:window.close()">【关闭窗口】</a></div>
<div class="related"><h3>相关阅读</h3><ul>{side}</ul></div>
</div></div>
<div class="right"><h3>热点信息</h3><ul>{side}</ul></div></div>
<div class="footer">{foot}</div>
<script>document.getElementById("count").innerText = 12346;</script>
</body></html>"""
        return page.encode("utf-8")
    body = _html_blocks(report_blocks, "strong")
    page = f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>{html.escape(title)}</title></head>
<body topmargin="0">
<table width="1000" align="center" border="0"><tr><td colspan="2">
<table width="100%"><tr>{"".join(f'<td class="nav"><a href="#">{n}</a></td>' for n in NAV)}</tr></table>
</td></tr>
<tr><td width="220" valign="top" class="left">
<table><tr><td><b>最新动态</b></td></tr>{"".join(f'<tr><td><a href="#">{h}</a></td></tr>' for h in HEADLINES)}</table>
<table><tr><td>市长信箱</td></tr><tr><td>办事指南</td></tr></table>
</td>
<td valign="top"><table width="100%"><tr><td class="position">您现在的位置：首页 &gt;&gt; 政务公开 &gt;&gt; 规划计划</td></tr>
<tr><td align="center"><font size="4"><b>{html.escape(title)}</b></font></td></tr>
<tr><td align="center">时间：2012-02-10 来源：市政府办公厅 点击：3521<br>【字体：大 中 小】</td></tr>
<tr><td class="bt_content"><div class="TRS_Editor">
{body}
</div></td></tr></table></td></tr>
<tr><td colspan="2" align="center" class="foot">{"<br>".join(FOOTER)}</td></tr>
</table></body></html>"""
    return page.encode("gb18030")


# ------------------------------------------------------------------------------ Word


def render_docx(report_blocks: list[Block], path: Path, title: str = "政府工作报告") -> None:
    """A .docx as a government office writes one: a title, headings in heading styles (or bold
    paragraphs), body paragraphs, tables; page numbers in the footer."""
    from docx import Document
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    doc = Document()
    doc.add_heading(title, level=0)
    for b in report_blocks:
        if b.kind == "heading":
            if b.level >= 2:
                doc.add_paragraph().add_run(b.text).bold = True
            else:
                doc.add_heading(b.text, level=b.level)
        elif b.kind == "table":
            width = max(len(r) for r in b.rows)
            table = doc.add_table(rows=0, cols=width)
            for row in b.rows:
                cells = table.add_row().cells
                for cell, value in zip(cells, row):
                    cell.text = value
        else:
            p = doc.add_paragraph()
            for i, part in enumerate(b.text.split("\n")):
                if i:
                    p.add_run().add_break()
                half = len(part) // 2  # two runs, as an editor leaves them
                p.add_run(part[:half])
                p.add_run(part[half:])
    footer = doc.sections[0].footer.paragraphs[0]
    run = footer.add_run()
    for kind, text in (("begin", None), (None, "PAGE"), ("end", None)):
        if kind:
            el = OxmlElement("w:fldChar")
            el.set(qn("w:fldCharType"), kind)
        else:
            el = OxmlElement("w:instrText")
            el.text = text
        run._r.append(el)
    doc.sections[0].header.paragraphs[0].text = "宁波市人民政府 2024年1月 第3号"
    doc.save(str(path))


def empty_docx() -> bytes:
    """A valid .docx without a word of text."""
    from docx import Document

    buf = io.BytesIO()
    Document().save(buf)
    return buf.getvalue()


def zip_not_docx() -> bytes:
    """A zip archive that is not a Word file."""
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr("readme.txt", "增长6%")
    return buf.getvalue()


# ------------------------------------------------------------------------------ a rendered set

RUNNING_HEADER = "大会文件　本文件共印500份"  # a figure of its own if the reader kept it
# Reports of the corpus rendered in every format for the agreement tests: a city's report,
# a province's, and an older city report with a table of figures (more/)
AGREEMENT_REPORTS = ("ningbo/2024.md", "provinces-2024/浙江省.md", "more/cities/无锡市/2017.md")


@dataclass
class Rendered:
    """One report written in one format, with the plain text it was written from."""

    report: str
    fmt: str  # pdf, html, html-legacy, docx
    path: Path
    reference: str
    layout: PdfLayout | None = None


def render_all(reports: dict[str, str], folder: Path) -> list[Rendered]:
    """Every report in every format: PDF (page numbers `- 3 -` for the first report, `第3页
    共12页` for the others), a modern UTF-8 page, an old GB2312 table-layout page, a .docx."""
    out = []
    for i, (name, text) in enumerate(reports.items()):
        report_blocks = blocks(text)
        stem = f"r{i}"
        pdf = folder / f"{stem}.pdf"
        layout = render_pdf(
            report_blocks, pdf, header=RUNNING_HEADER, footer="dash" if i == 0 else "of"
        )
        out.append(Rendered(name, "pdf", pdf, text, layout))
        for template, fmt in (("modern", "html"), ("legacy", "html-legacy")):
            page = folder / f"{stem}-{template}.html"
            page.write_bytes(render_html(report_blocks, "政府工作报告", template))
            out.append(Rendered(name, fmt, page, text))
        docx = folder / f"{stem}.docx"
        render_docx(report_blocks, docx)
        out.append(Rendered(name, "docx", docx, text))
    return out


def figures(text: str, pages=None) -> Counter:
    """The multiset of (value, unit) the extractor finds in a text."""
    from ningbo_indicators import extract

    return Counter((r.value, r.unit) for r in extract(text, pages=pages))


def agreement(reference: Counter, found: Counter) -> tuple[float, float]:
    """(precision, recall) of the figures found against those of the plain text."""
    both = sum((reference & found).values())
    return both / max(1, sum(found.values())), both / max(1, sum(reference.values()))


def render_mixed_pdf(report_blocks: list[Block], path: Path) -> None:
    """A PDF of a few text pages with a scanned page (an image only) in the middle."""
    from PIL import Image
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen import canvas

    measure = _font(14)
    c = canvas.Canvas(str(path), pagesize=(PAGE_W, PAGE_H), invariant=1)
    for n in range(3):
        if n == 1:
            c.drawImage(ImageReader(Image.new("L", (200, 280), 200)), 50, 50, 400, 600)
        else:
            c.setFont(FONT, 14)
            y = PAGE_H - MARGIN_TOP
            for b in report_blocks[n * 3 : n * 3 + 3]:
                for x, ln in _wrap(b.text, PAGE_W - 2 * MARGIN_X, measure, 28):
                    c.drawString(MARGIN_X + x, y, ln)
                    y -= 22
        c.showPage()
    c.save()
