"""The review page: one self-contained HTML file with the report text, every mention marked and
coloured by kind, the section headings as navigation, and a table of the records that selects
and is selected by the marks. No network: styles and script are inline; text is escaped.
"""

from __future__ import annotations

import html
import json
from collections.abc import Sequence

from ..context.structure import read_structure
from ..model import KIND_LABELS
from ..numbers import fold

# kind: background colour -- one table for the marks and the legend
_COLOURS = {
    "amount": "#b3e5fc",
    "count": "#c8e6c9",
    "growth": "#fff59d",
    "ratio": "#e1bee7",
    "pp": "#ffccbc",
    "multiple": "#f5deb3",
}
KIND_COLOURS: dict[str, tuple[str, str]] = {k: (_COLOURS[k], KIND_LABELS[k]) for k in KIND_LABELS}
COLUMNS = (
    "indicator",
    "text",
    "value",
    "unit",
    "base_value",
    "kind",
    "qualifier",
    "status",
    "year",
    "indicator_key",
    "period",
    "section",
)

CSS = """
:root { --fg:#1b1b1b; --muted:#5f6368; --line:#d7d7d7; --sel:#d32f2f; }
* { box-sizing: border-box; }
body { margin:0; color:var(--fg); background:#fafafa;
  font-family:"Noto Sans CJK SC","Source Han Sans SC","PingFang SC","Hiragino Sans GB",
    "Microsoft YaHei","WenQuanYi Micro Hei","Noto Sans SC",sans-serif; line-height:1.75; }
header { padding:12px 20px; background:#fff; border-bottom:1px solid var(--line); }
header h1 { font-size:1.2rem; margin:0 0 4px; }
.legend span { display:inline-block; padding:0 6px; margin:2px 6px 2px 0; border-radius:3px; }
.layout { display:grid; grid-template-columns: 220px minmax(0,1fr) minmax(0,1fr); gap:0; }
nav { position:sticky; top:0; align-self:start; max-height:100vh; overflow:auto;
  padding:12px; border-right:1px solid var(--line); font-size:.85rem; background:#fff; }
nav a { display:block; color:#1a4f8b; text-decoration:none; padding:2px 0; }
nav a.l2 { padding-left:1em; }
#report { padding:12px 24px; max-height:100vh; overflow:auto; background:#fff; }
#report p { margin:0 0 .8em; }
.h { display:block; font-weight:700; margin:1em 0 .4em; }
.h1 { font-size:1.15rem; } .h2 { font-size:1.02rem; }
mark.m { padding:0 2px; border-radius:3px; cursor:pointer; color:inherit; }
mark.m:focus { outline:2px solid #1a73e8; outline-offset:1px; }
mark.m.dim { opacity:.35; }
mark.m.selected, tr.selected td { box-shadow:0 0 0 3px var(--sel) inset; }
mark.m.selected { box-shadow:0 0 0 2px var(--sel); }
#panel { padding:12px; max-height:100vh; overflow:auto; border-left:1px solid var(--line); }
.filters { display:flex; gap:8px; flex-wrap:wrap; margin-bottom:8px; }
.filters label { font-size:.85rem; color:var(--muted); }
table { border-collapse:collapse; width:100%; font-size:.82rem; background:#fff; }
th, td { border-bottom:1px solid var(--line); padding:3px 6px; text-align:left; vertical-align:top; }
th { position:sticky; top:0; background:#f1f3f4; cursor:pointer; user-select:none; }
th[aria-sort=ascending]::after { content:" ▲"; } th[aria-sort=descending]::after { content:" ▼"; }
td.num { text-align:right; font-variant-numeric:tabular-nums; }
td.c-text, td.c-unit, td.c-kind, td.c-qualifier, td.c-status, td.num { white-space:nowrap; }
td.c-indicator { min-width:8em; }
td.c-section { max-width:12em; white-space:nowrap; overflow:hidden; text-overflow:ellipsis; }
tr[hidden] { display:none; }
tbody tr { cursor:pointer; } tbody tr:focus { outline:2px solid #1a73e8; }
#tip { position:fixed; z-index:10; display:none; max-width:360px; background:#202124; color:#fff;
  padding:6px 10px; border-radius:4px; font-size:.8rem; line-height:1.5; pointer-events:none; }
#tip b { color:#ffe082; }
.count { color:var(--muted); font-size:.85rem; }
@media (max-width: 1100px) { .layout { grid-template-columns: 1fr; } nav { position:static; }
  #report, #panel { max-height:none; } }
@media print {
  nav, .filters, #tip { display:none !important; }
  .layout { display:block; } #report, #panel { max-height:none; overflow:visible; }
  mark.m { background:none !important; border-bottom:2px solid #555; }
  mark.m.dim { opacity:1; } body { background:#fff; }
  tr { break-inside:avoid; }
}
"""

SCRIPT = r"""
(function () {
  const records = JSON.parse(document.getElementById('records').textContent);
  const rows = Array.from(document.querySelectorAll('#records-table tbody tr'));
  const marks = Array.from(document.querySelectorAll('mark.m'));
  const byIndex = i => document.getElementById('m-' + i);
  const rowOf = i => document.getElementById('r-' + i);
  const tip = document.getElementById('tip');
  const fmt = v => (v === null || v === undefined) ? '—' : String(v);
  function showTip(mark) {
    const r = records[+mark.dataset.i];
    tip.innerHTML = '';
    const fields = [['indicator', r.indicator], ['value', fmt(r.value) + ' ' + r.unit],
      ['base value', fmt(r.base_value) + ' ' + r.base_unit], ['qualifier', r.qualifier],
      ['kind', r.kind], ['status', r.status], ['year', fmt(r.year)],
      ['key', fmt(r.indicator_key)], ['period', r.period]].concat(r.page ? [['page', String(r.page)]] : []);
    for (const [k, v] of fields) {
      const line = document.createElement('div');
      const b = document.createElement('b'); b.textContent = k + ': ';
      line.appendChild(b); line.appendChild(document.createTextNode(v));
      tip.appendChild(line);
    }
    const box = mark.getBoundingClientRect();
    tip.style.display = 'block';
    tip.style.left = Math.min(box.left, window.innerWidth - 380) + 'px';
    tip.style.top = (box.bottom + 6) + 'px';
  }
  function hideTip() { tip.style.display = 'none'; }
  function select(i, from) {
    document.querySelectorAll('.selected').forEach(e => e.classList.remove('selected'));
    const mark = byIndex(i), row = rowOf(i);
    if (mark) { mark.classList.add('selected'); }
    if (row) { row.classList.add('selected'); }
    if (from === 'row' && mark) { mark.scrollIntoView({block: 'center'}); mark.focus({preventScroll: true}); }
    if (from === 'mark' && row) { row.scrollIntoView({block: 'nearest'}); }
    document.body.dataset.selected = i;
  }
  marks.forEach(m => {
    m.addEventListener('mouseenter', () => showTip(m));
    m.addEventListener('mouseleave', hideTip);
    m.addEventListener('focus', () => showTip(m));
    m.addEventListener('blur', hideTip);
    m.addEventListener('click', () => select(+m.dataset.i, 'mark'));
    m.addEventListener('keydown', e => {
      if (e.key === 'Enter' || e.key === ' ') { e.preventDefault(); select(+m.dataset.i, 'mark'); }
    });
  });
  rows.forEach(r => {
    r.addEventListener('click', () => select(+r.dataset.i, 'row'));
    r.addEventListener('keydown', e => {
      if (e.key === 'Enter' || e.key === ' ') { e.preventDefault(); select(+r.dataset.i, 'row'); }
    });
  });
  const kind = document.getElementById('f-kind'), status = document.getElementById('f-status'),
        q = document.getElementById('f-text'), shown = document.getElementById('shown');
  function applyFilters() {
    const k = kind.value, s = status.value, t = q.value.trim().toLowerCase();
    let n = 0;
    rows.forEach(row => {
      const r = records[+row.dataset.i];
      const hay = [r.indicator, r.text, r.unit, r.indicator_key || '', r.section || '',
                   r.sentence].join(' ').toLowerCase();
      const ok = (!k || r.kind === k) && (!s || r.status === s) && (!t || hay.includes(t));
      row.hidden = !ok;
      const mark = byIndex(+row.dataset.i);
      if (mark) { mark.classList.toggle('dim', !ok); }
      if (ok) { n++; }
    });
    shown.textContent = n;
  }
  [kind, status].forEach(e => e.addEventListener('change', applyFilters));
  q.addEventListener('input', applyFilters);
  const numeric = new Set(['value', 'base_value', 'year']);
  document.querySelectorAll('#records-table th').forEach((th, col) => {
    th.tabIndex = 0;
    const sort = () => {
      const dir = th.getAttribute('aria-sort') === 'ascending' ? 'descending' : 'ascending';
      document.querySelectorAll('#records-table th').forEach(h => h.removeAttribute('aria-sort'));
      th.setAttribute('aria-sort', dir);
      const key = th.dataset.field, sign = dir === 'ascending' ? 1 : -1;
      const body = document.querySelector('#records-table tbody');
      rows.sort((a, b) => {
        const x = records[+a.dataset.i][key], y = records[+b.dataset.i][key];
        if (x === y) { return 0; }
        if (x === null || x === undefined) { return 1; }
        if (y === null || y === undefined) { return -1; }
        return (numeric.has(key) ? (x - y) : String(x).localeCompare(String(y), 'zh')) * sign;
      });
      rows.forEach(r => body.appendChild(r));
    };
    th.addEventListener('click', sort);
    th.addEventListener('keydown', e => { if (e.key === 'Enter') { sort(); } });
  });
  applyFilters();
})();
"""


def _e(text) -> str:
    return html.escape("" if text is None else str(text), quote=True)


def _json_for_script(data) -> str:
    # inside <script>, "</" could close the element: escape it (and U+2028/9 for old parsers)
    return (
        json.dumps(data, ensure_ascii=False)
        .replace("</", "<\\/")
        .replace("\u2028", "\\u2028")
        .replace("\u2029", "\\u2029")
    )


def render_review(text: str, records: Sequence, source: str) -> str:
    """The whole page as a string."""
    doc = read_structure(text, fold(text))
    body, nav = _marked_text(text, doc.headings, records)
    rows = "\n".join(_row(i, r) for i, r in enumerate(records))
    legend = "".join(
        f'<span class="k-{k}" style="background:{c}">{_e(label)}</span>'
        for k, (c, label) in KIND_COLOURS.items()
    )
    kind_css = "\n".join(f"mark.k-{k} {{ background:{c}; }}" for k, (c, _) in KIND_COLOURS.items())
    options = "".join(f'<option value="{k}">{k}</option>' for k in KIND_COLOURS)
    heads_html = "".join(f'<th data-field="{c}" scope="col">{c}</th>' for c in COLUMNS)
    data = [r.to_dict() for r in records]
    return f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{_e(source)} — ningbo-indicators review</title>
<style>{CSS}
{kind_css}
</style>
</head>
<body>
<header>
<h1>{_e(source)}</h1>
<div class="count">{len(records)} mentions · <span id="shown">{len(records)}</span> shown in
the table</div>
<div class="legend" aria-label="legend">{legend}</div>
</header>
<div class="layout">
<nav aria-label="sections">{"".join(nav) or '<span class="count">no headings</span>'}</nav>
<main id="report" lang="zh-CN"><p>{body}</p></main>
<section id="panel" aria-label="records">
<div class="filters">
<label>kind <select id="f-kind"><option value="">all</option>{options}</select></label>
<label>status <select id="f-status"><option value="">all</option>
<option value="actual">actual</option><option value="target">target</option></select></label>
<label>search <input id="f-text" type="search" placeholder="指标、数值、章节…"></label>
</div>
<table id="records-table">
<thead><tr>{heads_html}</tr></thead>
<tbody>
{rows}
</tbody>
</table>
</section>
</div>
<div id="tip" role="tooltip"></div>
<script type="application/json" id="records">{_json_for_script(data)}</script>
<script>{SCRIPT}</script>
</body>
</html>
"""


def _text(chunk: str) -> str:
    """Escaped report text; a line break starts a new paragraph."""
    if not chunk:
        return ""
    parts = chunk.split("\n")
    return "</p><p>".join(_e(p) for p in parts)


def _marked_text(text: str, headings, records) -> tuple[str, list[str]]:
    """The escaped text with headings as anchored spans and every record as a <mark>."""
    OPEN, MARK, CLOSE = 1, 2, 0  # at one position: close a heading, open one, then marks
    events = [(h.start, OPEN, h) for h in headings] + [(h.end, CLOSE, h) for h in headings]
    events += [(r.start, MARK, (i, r)) for i, r in enumerate(records)]
    events.sort(key=lambda e: (e[0], e[1]))
    out, nav, pos, number = [], [], 0, 0
    for at, what, item in events:
        if what == CLOSE:
            if at > pos:
                out.append(_text(text[pos:at]))
                pos = at
            out.append("</span>")
            continue
        if at < pos:
            continue  # (never: marks do not overlap, headings do not cross marks)
        out.append(_text(text[pos:at]))
        pos = at
        if what == OPEN:
            number += 1
            out.append(
                f'<span class="h h{item.level}" id="sec-{number}" role="heading" '
                f'aria-level="{item.level + 1}">'
            )
            nav.append(f'<a class="l{item.level}" href="#sec-{number}">{_e(item.text)}</a>')
            continue
        i, r = item
        label = f"{r.indicator} {r.text} ({r.kind}, {r.status})"
        out.append(
            f'<mark class="m k-{_e(r.kind)}" id="m-{i}" data-i="{i}" data-start="{r.start}" '
            f'data-end="{r.end}" tabindex="0" aria-label="{_e(label)}">{_e(r.text)}</mark>'
        )
        pos = r.end
    out.append(_text(text[pos:]))
    return "".join(out), nav


def _row(i: int, r) -> str:
    cells = []
    for c in COLUMNS:
        v = getattr(r, c)
        cls = "num" if c in ("value", "base_value", "year") else f"c-{c}"
        if isinstance(v, float):
            v = f"{v:,.0f}" if v.is_integer() else f"{v:g}"
        title = f' title="{_e(v)}"' if c == "section" and v else ""
        cells.append(f'<td class="{cls}"{title}>{_e(v)}</td>')
    return f'<tr id="r-{i}" data-i="{i}" tabindex="0">{"".join(cells)}</tr>'
