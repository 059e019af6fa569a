"""The chart page: target and realised values of one key over the years, one pair of lines per
place, as one self-contained HTML file with inline SVG (nothing loaded from the network; it
works from file://). The target's band is drawn for ranges (6.5%—7%) and for 左右 (± 0.5
percentage points for rates, ± 5 % for levels, the same band `achievement` judges by); a
point shows its value, year, place and source sentence on hover or focus.

No charting library: the few shapes are drawn here (axes with round ticks, polylines broken
at missing years, bars for bands, markers) and tested in a headless browser.
"""

from __future__ import annotations

import html
import json
import math
from collections.abc import Sequence

from ..dataset.achievement import ABOUT_LEVEL_BAND, ABOUT_RATE_BAND, RATE_UNITS

# Okabe-Ito: distinguishable with the common colour-vision deficiencies
PALETTE = ("#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9", "#000000", "#F0E442")
WIDTH, HEIGHT = 960, 460
MARGIN = {"left": 64, "right": 24, "top": 24, "bottom": 48}

CSS = """
body { margin:0; padding:16px 24px; color:#1b1b1b; background:#fff;
  font-family:"Noto Sans CJK SC","Source Han Sans SC","PingFang SC","Microsoft YaHei",
    "WenQuanYi Micro Hei",sans-serif; }
h1 { font-size:1.25rem; margin:0 0 4px; }
p.sub { margin:0 0 12px; color:#5f6368; font-size:.9rem; }
svg { max-width:100%; height:auto; overflow:visible; }
.axis line, .axis path { stroke:#5f6368; }
.grid line { stroke:#e8eaed; }
.axis text { fill:#3c4043; font-size:12px; }
.label { fill:#3c4043; font-size:13px; }
.target { fill:none; stroke-width:2; stroke-dasharray:6 4; }
.realized { fill:none; stroke-width:2.5; }
.band { opacity:.16; }
.pt { cursor:pointer; }
.pt:focus { outline:none; stroke:#1a73e8 !important; stroke-width:3; }
.legend { display:flex; flex-wrap:wrap; gap:6px 18px; margin:8px 0 0; font-size:.88rem; }
.legend span { display:inline-flex; align-items:center; gap:6px; }
#tip { position:fixed; z-index:10; display:none; max-width:420px; background:#202124; color:#fff;
  padding:8px 10px; border-radius:4px; font-size:.82rem; line-height:1.5; pointer-events:none; }
#tip b { color:#ffe082; }
#tip .src { color:#c0c4c8; font-size:.75rem; }
table { border-collapse:collapse; margin-top:18px; font-size:.82rem; }
th, td { border-bottom:1px solid #e0e0e0; padding:2px 8px; text-align:right; }
th:first-child, td:first-child { text-align:left; }
caption { text-align:left; font-weight:600; padding:4px 0; }
@media print { #tip { display:none !important; } }
"""

SCRIPT = """
(function () {
  const tip = document.getElementById('tip');
  const points = JSON.parse(document.getElementById('points').textContent);
  function esc(s) {
    return String(s).replace(/[&<>"']/g, c => ({'&':'&amp;','<':'&lt;','>':'&gt;',
      '"':'&quot;',"'":'&#39;'}[c]));
  }
  function show(el) {
    const p = points[+el.dataset.i];
    tip.innerHTML = '<b>' + esc(p.place) + ' ' + p.year + '</b> · ' + esc(p.what) + ' <b>' +
      esc(p.text) + '</b>' + (p.met ? ' · met: ' + esc(p.met) : '') +
      (p.sentence ? '<br>' + esc(p.sentence) : '') +
      (p.source ? '<br><span class="src">' + esc(p.source) + '</span>' : '');
    tip.style.display = 'block';
    const r = el.getBoundingClientRect();
    const x = Math.min(r.right + 12, window.innerWidth - tip.offsetWidth - 8);
    const y = Math.min(r.top, window.innerHeight - tip.offsetHeight - 8);
    tip.style.left = Math.max(8, x) + 'px';
    tip.style.top = Math.max(8, y) + 'px';
  }
  function hide() { tip.style.display = 'none'; }
  for (const el of document.querySelectorAll('.pt')) {
    el.addEventListener('mouseenter', () => show(el));
    el.addEventListener('focus', () => show(el));
    el.addEventListener('mouseleave', hide);
    el.addEventListener('blur', hide);
  }
})();
"""


def nice_ticks(low: float, high: float, count: int = 6) -> list[float]:
    """Round tick values that cover [low, high].

    >>> nice_ticks(3.1, 9.7)
    [2.0, 4.0, 6.0, 8.0, 10.0]
    >>> nice_ticks(5, 5)
    [4.0, 4.5, 5.0, 5.5, 6.0]
    """
    if high < low:
        low, high = high, low
    if high - low < 1e-9:
        low, high = low - 1, high + 1
    raw = (high - low) / max(1, count - 1)
    mag = 10 ** math.floor(math.log10(raw))
    step = next(m * mag for m in (1, 2, 2.5, 5, 10) if m * mag >= raw)
    start = math.floor(low / step) * step
    ticks, v = [], start
    while v < high + step * 0.5:
        ticks.append(round(v, 10))
        v += step
    if ticks[-1] < high - 1e-9:
        ticks.append(round(v, 10))
    return [float(t) for t in ticks]


def band_of(row: dict) -> tuple[float, float] | None:
    """The target's band: a written range, or the 左右 band achievement judges by."""
    value, high = row.get("target_value"), row.get("target_high")
    if value is None:
        return None
    if row.get("qualifier") == "range" and high is not None:
        return (min(value, high), max(value, high))
    if row.get("qualifier") == "about":
        half = ABOUT_RATE_BAND if row.get("unit") in RATE_UNITS else abs(value) * ABOUT_LEVEL_BAND
        return (value - half, value + half)
    return None


def _fmt(v: float) -> str:
    return f"{v:g}"


def render_chart(rows: Sequence[dict], title: str, key: str) -> str:
    """The page for achievement rows of one key (rows of other keys are ignored)."""
    rows = [r for r in rows if r.get("key") == key and r.get("target_value") is not None]
    places = sorted({r["place"] for r in rows}, key=lambda p: (p != "全国", p))
    colour = {p: PALETTE[i % len(PALETTE)] for i, p in enumerate(places)}
    years = sorted({r["year"] for r in rows})
    unit = next((r.get("unit") for r in rows if r.get("unit")), "")
    values: list[float] = []
    for r in rows:
        values.append(r["target_value"])
        if r.get("realized_value") is not None:
            values.append(r["realized_value"])
        band = band_of(r)
        if band:
            values.extend(band)
    ticks = nice_ticks(min(values), max(values)) if values else [0.0, 1.0]
    y0, y1 = ticks[0], ticks[-1]
    x0, x1 = (years[0], years[-1]) if years else (0, 1)
    if x0 == x1:
        x0, x1 = x0 - 1, x1 + 1
    plot_w = WIDTH - MARGIN["left"] - MARGIN["right"]
    plot_h = HEIGHT - MARGIN["top"] - MARGIN["bottom"]

    def sx(year: float) -> float:
        return round(MARGIN["left"] + (year - x0) / (x1 - x0) * plot_w, 2)

    def sy(v: float) -> float:
        return round(MARGIN["top"] + (y1 - v) / (y1 - y0) * plot_h, 2)

    parts: list[str] = []
    # grid and axes
    parts.append('<g class="grid">')
    for t in ticks:
        parts.append(
            f'<line x1="{MARGIN["left"]}" x2="{WIDTH - MARGIN["right"]}" y1="{sy(t)}" y2="{sy(t)}"/>'
        )
    parts.append("</g>")
    parts.append('<g class="axis" id="y-axis">')
    parts.append(
        f'<line x1="{MARGIN["left"]}" x2="{MARGIN["left"]}" y1="{MARGIN["top"]}" '
        f'y2="{HEIGHT - MARGIN["bottom"]}"/>'
    )
    for t in ticks:
        parts.append(
            f'<text x="{MARGIN["left"] - 8}" y="{sy(t) + 4}" text-anchor="end">{_fmt(t)}</text>'
        )
    parts.append("</g>")
    step = max(1, math.ceil((x1 - x0) / 14))
    parts.append('<g class="axis" id="x-axis">')
    base = HEIGHT - MARGIN["bottom"]
    parts.append(
        f'<line x1="{MARGIN["left"]}" x2="{WIDTH - MARGIN["right"]}" y1="{base}" y2="{base}"/>'
    )
    first = x0 + (-x0) % step
    for year in range(first, x1 + 1, step):
        parts.append(f'<line x1="{sx(year)}" x2="{sx(year)}" y1="{base}" y2="{base + 5}"/>')
        parts.append(f'<text x="{sx(year)}" y="{base + 19}" text-anchor="middle">{year}</text>')
    parts.append("</g>")
    parts.append(
        f'<text class="label" x="{MARGIN["left"] + plot_w / 2}" y="{HEIGHT - 6}" '
        f'text-anchor="middle">年份 year</text>'
    )
    parts.append(
        f'<text class="label" transform="translate(16 {MARGIN["top"] + plot_h / 2}) rotate(-90)" '
        f'text-anchor="middle">{html.escape(title)}{f" ({html.escape(unit)})" if unit else ""}'
        "</text>"
    )

    points: list[dict] = []
    bar = max(4.0, min(18.0, plot_w / max(1, (x1 - x0)) * 0.5))
    for place in places:
        c = colour[place]
        mine = sorted((r for r in rows if r["place"] == place), key=lambda r: r["year"])
        parts.append(f'<g class="place" data-place="{html.escape(place)}">')
        for r in mine:  # bands first, under the lines
            band = band_of(r)
            if band:
                parts.append(
                    f'<rect class="band" x="{sx(r["year"]) - bar / 2}" y="{sy(band[1])}" '
                    f'width="{bar}" height="{max(1.0, sy(band[0]) - sy(band[1]))}" fill="{c}">'
                    f"<title>{html.escape(place)} {r['year']}: "
                    f"{_fmt(band[0])}–{_fmt(band[1])}</title></rect>"
                )
        for series, field in (("target", "target_value"), ("realized", "realized_value")):
            path = _path([(r["year"], r.get(field)) for r in mine], sx, sy)
            if path:
                parts.append(f'<path class="{series}" d="{path}" stroke="{c}"/>')
        for r in mine:
            for series in ("target", "realized"):
                v = r.get(f"{series}_value")
                if v is None:
                    continue
                i = len(points)
                written = r.get("target") if series == "target" else r.get("realized")
                points.append(
                    {
                        "place": place,
                        "year": r["year"],
                        "what": "目标 target" if series == "target" else "实际 realised",
                        "text": written or _fmt(v),
                        "value": v,
                        "met": r.get("met") if series == "realized" else None,
                        "sentence": r.get(f"{series}_sentence") or "",
                        "source": r.get(f"{series}_source") or "",
                    }
                )
                label = html.escape(f"{place} {r['year']} {series} {written or _fmt(v)}")
                x, y = sx(r["year"]), sy(v)
                if series == "target":
                    parts.append(
                        f'<rect class="pt pt-target" data-i="{i}" tabindex="0" x="{x - 4}" '
                        f'y="{y - 4}" width="8" height="8" fill="#fff" stroke="{c}" '
                        f'stroke-width="2" aria-label="{label}"><title>{label}</title></rect>'
                    )
                else:
                    fill = c if r.get("met") != "no" else "#fff"
                    parts.append(
                        f'<circle class="pt pt-realized" data-i="{i}" tabindex="0" cx="{x}" '
                        f'cy="{y}" r="5" fill="{fill}" stroke="{c}" stroke-width="2" '
                        f'aria-label="{label}"><title>{label}</title></circle>'
                    )
        parts.append("</g>")

    legend = "".join(
        f'<span><svg width="28" height="12" aria-hidden="true"><line x1="0" x2="28" y1="6" '
        f'y2="6" stroke="{colour[p]}" stroke-width="3"/></svg>{html.escape(p)}</span>'
        for p in places
    )
    legend += (
        '<span><svg width="28" height="12" aria-hidden="true"><line x1="0" x2="28" y1="6" y2="6"'
        ' stroke="#3c4043" stroke-width="2" stroke-dasharray="6 4"/><rect x="10" y="2" width="8"'
        ' height="8" fill="#fff" stroke="#3c4043" stroke-width="2"/></svg>目标 target</span>'
        '<span><svg width="28" height="12" aria-hidden="true"><line x1="0" x2="28" y1="6" y2="6"'
        ' stroke="#3c4043" stroke-width="2.5"/><circle cx="14" cy="6" r="4" fill="#3c4043"/>'
        "</svg>实际 realised (hollow: target not met)</span>"
        '<span><svg width="14" height="14" aria-hidden="true"><rect width="14" height="14"'
        ' fill="#3c4043" opacity=".2"/></svg>目标区间 band: a range, or 左右 ± '
        f"{ABOUT_RATE_BAND:g} pp</span>"
    )
    data = json.dumps(points, ensure_ascii=False).replace("</", "<\\/")
    svg = (
        f'<svg id="chart" viewBox="0 0 {WIDTH} {HEIGHT}" width="{WIDTH}" height="{HEIGHT}" '
        f'role="img" aria-label="{html.escape(title)}" xmlns="http://www.w3.org/2000/svg">'
        + "".join(parts)
        + "</svg>"
    )
    return (
        '<!DOCTYPE html>\n<html lang="zh-CN">\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>{html.escape(title)}</title>\n<style>{CSS}</style>\n</head>\n<body>\n"
        f"<h1>{html.escape(title)}</h1>\n"
        f'<p class="sub">{html.escape(key)} · {len(places)} place(s) · '
        f"{years[0] if years else ''}–{years[-1] if years else ''} · "
        "target from each year's report, realised from the next year's report</p>\n"
        f'{svg}\n<div class="legend">{legend}</div>\n'
        f"{_table(rows, places)}\n"
        '<div id="tip" role="tooltip"></div>\n'
        f'<script type="application/json" id="points">{data}</script>\n'
        f"<script>{SCRIPT}</script>\n</body>\n</html>\n"
    )


def _path(pairs: list[tuple[int, float | None]], sx, sy) -> str:
    """An SVG path through the points, broken where a year has no value."""
    out, pen_down, last_year = [], False, None
    for year, v in pairs:
        if v is None:
            pen_down = False
            continue
        gap = last_year is not None and year - last_year > 1
        out.append(f"{'L' if pen_down and not gap else 'M'}{sx(year)},{sy(v)}")
        pen_down, last_year = True, year
    return " ".join(out)


def _table(rows: list[dict], places: list[str]) -> str:
    """The numbers behind the chart, for reading and printing."""
    body = []
    for place in places:
        for r in sorted((r for r in rows if r["place"] == place), key=lambda r: r["year"]):
            body.append(
                "<tr>"
                + "".join(
                    f"<td>{html.escape(str(c))}</td>"
                    for c in (
                        place,
                        r["year"],
                        r.get("target") or "",
                        r.get("realized") or "",
                        "" if r.get("gap") is None else _fmt(r["gap"]),
                        r.get("met") or "",
                    )
                )
                + "</tr>"
            )
    return (
        '<table id="data"><caption>数据 data</caption><thead><tr><th>place</th><th>year</th>'
        "<th>target</th><th>realised</th><th>gap</th><th>met</th></tr></thead><tbody>"
        + "".join(body)
        + "</tbody></table>"
    )
