"""Saved web pages: the article of a government site's page as text, without the navigation,
breadcrumbs, sidebars, share and print links or the footer (site code, ICP number, phone
numbers, visit counter) around it.

The page is parsed by lxml (libxml2's forgiving HTML parser). The article is the element that
holds the most paragraph text that is not link text, as readability's scoring finds it: each
paragraph credits its container fully and the container's container by half, and link-dense
containers are discounted. Headings become `#` lines, paragraphs are separated by a blank
line, `<br>` breaks a line, and a table's rows are lines with cells joined by ` | `.
"""

from __future__ import annotations

from collections import defaultdict

import regex

from .. import compiled
from .source import Source, SourceError, require
from .text import decode_bytes

# Never text: scripts, styles, form controls, embedded objects
SKIP = frozenset(
    "script style noscript template iframe frame frameset object embed svg math canvas "
    "select option button input textarea head title meta link".split()
)
# Navigation by its markup (HTML5); inside the article they are kept out as well
BOILERPLATE_TAGS = frozenset({"nav", "aside", "footer"})
HEADINGS = {"h1": 1, "h2": 2, "h3": 3, "h4": 4, "h5": 5, "h6": 6}
# Elements that credit their container: a paragraph of text
PARAGRAPHS = frozenset("p pre blockquote li dd dt h1 h2 h3 h4 h5 h6 figcaption address".split())
# Elements that start a block of their own (everything else is inline)
BLOCKS = frozenset(
    "p div section article main header footer aside nav ul ol li dl dt dd blockquote pre "
    "table thead tbody tfoot tr td th caption center hr figure figcaption address form "
    "fieldset legend body html details summary h1 h2 h3 h4 h5 h6".split()
)
# Short lines around an article that are never report text (the article's own safety net)
RE_BOILERPLATE = compiled.compile(
    r"网站标识码|ICP备|ICP证|公网安备|浏览次数|浏览量|访问量|访问次数|点击数|点击量|点击[:：]"
    r"|阅读次数|阅读量|版权所有|Copyright|©|主办单位|承办单位|技术支持|联系电话|联系我们"
    r"|网站地图|打印本页|关闭窗口|分享到|扫一扫|【字体|字号[:：]|当前位置|您现在的位置"
    r"|发布日期|发布时间|信息来源|来源[:：]|责任编辑|上一篇|下一篇|相关链接|相关阅读|相关文章"
)
BOILERPLATE_MAX = 120  # only lines shorter than this are tested against RE_BOILERPLATE
RE_META_CHARSET = compiled.compile(
    rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([\w.:\-]+)""", regex.I
)
_GB = {"gb2312", "gbk", "x-gbk", "gb_2312-80", "cp936", "csgb2312", "euc-cn", "gb18030"}
_WS = compiled.compile(r"[ \t\r\n\f\v\xa0\u3000\u2000-\u200b\u202f\u205f]+")
_WORD = compiled.compile(r"[A-Za-z0-9]")
_CONTROLS = compiled.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_XML_DECL = compiled.compile(r"^\s*<\?xml[^>]*\?>")
_BR = "\x00"  # a <br> in the text being collected (controls are removed from the page first)


def read_html(data: bytes, name: str, charset: str | None = None) -> Source:
    """The article of a saved web page; `charset` is what the archive around it declared."""
    text, encoding = decode_html(data, charset)
    html = require("lxml.html", "lxml", name, "web pages")
    text = _XML_DECL.sub("", _CONTROLS.sub("", text))
    try:
        root = html.document_fromstring(text)
    except Exception:  # lxml's ParserError: an empty document, nothing it can parse
        root = None
    article = article_text(root) if root is not None else ""
    if not article.strip():
        raise SourceError(f"{name}: no article text found in the web page")
    return Source(name, article, encoding, "html")


def read_mhtml(data: bytes, name: str) -> Source:
    """A page saved as one file (`.mht`, `.mhtml`: a MIME archive): its HTML part."""
    import email
    import email.policy

    message = email.message_from_bytes(data, policy=email.policy.compat32)
    for part in message.walk():
        if part.get_content_type() == "text/html":
            payload = part.get_payload(decode=True)  # (bytes; None only for a multipart part)
            return read_html(
                payload if isinstance(payload, bytes) else b"", name, part.get_content_charset()
            )
    raise SourceError(f"{name}: a web archive without an HTML page in it")


def decode_html(data: bytes, declared: str | None = None) -> tuple[str, str]:
    """(text, encoding) of a page: a byte-order mark, else UTF-8 if the bytes are valid UTF-8
    (mislabelled pages, declared GB2312 and written in UTF-8, are common), else the charset it
    declares (GB2312 and GBK read as their superset GB18030), else GB18030.

    >>> decode_html('<meta charset="gb2312"><p>增长6%</p>'.encode("gb18030"))[1]
    'gb18030'
    >>> decode_html('<meta charset="gb2312"><p>增长6%</p>'.encode("utf-8"))[1]
    'utf-8'
    """
    if data.startswith((b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff")):
        try:
            return decode_bytes(data)
        except ValueError:
            pass
    if declared is None:
        m = RE_META_CHARSET.search(data[:4096])
        declared = m[1].decode("ascii", "ignore") if m else None
    candidates = ["utf-8"]  # valid UTF-8 is UTF-8 (GB18030 would decode it, wrongly)
    if declared:
        d = declared.lower()
        candidates.append("gb18030" if d in _GB else "utf-8" if d in ("utf8", "utf-8") else d)
    candidates.append("gb18030")
    for enc in dict.fromkeys(candidates):
        try:
            return data.decode(enc), enc
        except (UnicodeDecodeError, LookupError):
            continue
    return data.decode("gb18030", "replace"), "gb18030"


# ------------------------------------------------------------------ finding the article


def article_text(root) -> str:
    """The text of the page's article (the best-scoring container and its siblings that hold
    text too), with the page's title heading when it sits outside the container."""
    for el in list(root.iter()):
        if not isinstance(el.tag, str) or el.tag in SKIP:
            if el.getparent() is not None:
                el.drop_tree()  # keeps its tail
    body = root.find("body")
    body = body if body is not None else root
    scores = _scores(body)
    if not scores:
        return ""
    best = max(scores, key=scores.__getitem__)
    parts = [best]
    parent = best.getparent()
    if parent is not None:
        floor = 0.2 * scores[best]
        parts = [
            el
            for el in parent
            if el is best
            or (
                isinstance(el.tag, str)
                and scores.get(el, 0) >= floor
                and _link_density(el) < 0.25
                and el.tag not in BOILERPLATE_TAGS
            )
        ]
    writer = _Writer()
    title = _title_before(best)
    if title is not None:
        writer.heading(1, _inline(title))
    for el in parts:
        writer.walk(el)
    writer.flush()
    return writer.text()


def _scores(body) -> dict:
    """Container -> score: the paragraph text it holds, link text left out, discounted by its
    link density."""
    scores: dict = defaultdict(float)
    for el in body.iter():
        if not isinstance(el.tag, str) or el.tag not in BLOCKS or el.tag in BOILERPLATE_TAGS:
            continue
        n = _own_length(el)
        if not n:
            continue
        container = el.getparent() if el.tag in PARAGRAPHS else el
        while container is not None and container.tag in PARAGRAPHS:
            container = container.getparent()
        if container is None:
            continue
        scores[container] += n
        grand = container.getparent()
        if grand is not None:
            scores[grand] += n / 2
    return {el: s * (1 - _link_density(el)) for el, s in scores.items() if s > 0}


def _own_length(el) -> int:
    """Characters of text directly in a block (not in its child blocks, not in links)."""
    n = _chars(el.text)
    for child in el:
        if isinstance(child.tag, str) and child.tag not in BLOCKS and child.tag != "a":
            n += _own_length(child)
        n += _chars(child.tail)
    return n


def _chars(s: str | None) -> int:
    return len(_WS.sub("", s)) if s else 0


def _link_density(el) -> float:
    total = _chars(el.text_content())
    if not total:
        return 0.0
    links = sum(_chars(a.text_content()) for a in el.iter("a"))
    return min(1.0, links / total)


def _title_before(best):
    """The article's title: the last <h1> or <h2> before the article in its wrapper (the
    article's parent or grandparent), when the article has no heading of its own."""
    if next(best.iter("h1", "h2"), None) is not None:
        return None
    wrapper = best
    for _ in range(2):
        wrapper = wrapper.getparent() if wrapper.getparent() is not None else wrapper
    title = None
    for el in wrapper.iter():
        if el is best:
            break
        if el.tag in ("h1", "h2"):
            title = el
    return title if title is not None and _inline(title) else None


# ------------------------------------------------------------------ writing the text


def _collapse(s: str) -> str:
    r"""HTML whitespace to text: a line break of the page's source is nothing unless it parts
    two Latin words (browsers show no gap between Chinese characters; a number or a range cut
    by the source's wrapping is made whole); other runs of white space are one space.

    >>> _collapse("地区生产总值\n  增长6%，收入18\n4.37亿元，引进1\n-2家 the\nreport  now")
    '地区生产总值增长6%，收入184.37亿元，引进1-2家 the report now'
    """

    def space(m: regex.Match) -> str:
        i, j = m.start(), m.end()
        if i == 0 or j == len(s):
            return ""
        if "\n" in m[0] or "\r" in m[0]:
            a, b = s[i - 1], s[j]
            words = _WORD.match(a) and _WORD.match(b) and not (a.isdigit() and b.isdigit())
            return " " if words else ""
        return " "

    return _WS.sub(space, s)


def _inline(el) -> str:
    """The text of an element as one line (line breaks inside it become spaces)."""
    return _collapse(" ".join(el.itertext())).strip() if el.text or len(el) else ""


class _Writer:
    """Walks the article and collects blocks: (kind, text)."""

    def __init__(self) -> None:
        self.blocks: list[tuple[str, str]] = []
        self.buf: list[str] = []

    def text(self) -> str:
        out: list[str] = []
        for i, (kind, text) in enumerate(self.blocks):
            if i:
                same_table = kind.startswith("row") and self.blocks[i - 1][0] == kind
                out.append("\n" if same_table else "\n\n")
            out.append(text)
        return "".join(out)

    def add(self, s: str | None) -> None:
        if s:
            self.buf.append(s)

    def flush(self) -> None:
        if not self.buf:
            return
        raw = "".join(self.buf)
        self.buf = []
        lines = [_collapse(part).strip() for part in raw.split(_BR)]
        lines = [ln for ln in lines if ln and not _is_boilerplate(ln)]
        if lines:
            self.blocks.append(("para", "\n".join(lines)))

    def heading(self, level: int, text: str) -> None:
        self.flush()
        if text and not _is_boilerplate(text):
            self.blocks.append(("heading", "#" * level + " " + text))

    def walk(self, el) -> None:
        tag = el.tag if isinstance(el.tag, str) else ""
        if tag in BOILERPLATE_TAGS or (tag in BLOCKS and _is_link_list(el)):
            return
        if tag in HEADINGS:
            self.heading(HEADINGS[tag], _inline(el))
            return
        if tag == "br":
            self.add(_BR)
            return
        if tag == "table" and _is_data_table(el):
            self.flush()
            for row in el.iter("tr"):
                if _nearest_table(row) is not el:
                    continue
                cells = [_inline(c) for c in row if c.tag in ("td", "th")]
                if any(cells):
                    self.blocks.append((f"row{id(el)}", _row(cells)))
            return
        block = tag in BLOCKS
        if block:
            self.flush()
        self.add(el.text)
        for child in el:
            self.walk(child)
            self.add(child.tail)
        if block:
            self.flush()


def _row(cells: list[str]) -> str:
    """A table row as a line, cells between bars as in Markdown, so that a number closing a
    row never reads as the count of the word opening the next one.

    >>> _row(["交通运输业", "0.9"])
    '| 交通运输业 | 0.9 |'
    """
    return "| " + " | ".join(cells) + " |"


def _nearest_table(el):
    for a in el.iterancestors("table"):
        return a
    return None


def _is_data_table(table) -> bool:
    """A table of figures (rows of cells), not a page layout made of tables."""
    for cell in table.iter("td", "th"):
        if cell.find(".//table") is not None or _chars(cell.text_content()) > 300:
            return False
    return True


def _is_link_list(el) -> bool:
    """A block made of links (related articles, pagination, a menu) with little else."""
    if el.tag not in ("ul", "ol", "div", "table", "p", "dl", "td"):
        return False
    total = _chars(el.text_content())
    return 0 < total < 1000 and _link_density(el) > 0.5


def _is_boilerplate(line: str) -> bool:
    return len(line) < BOILERPLATE_MAX and bool(RE_BOILERPLATE.search(line))
