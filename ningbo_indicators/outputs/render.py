"""Terminal output with rich: the records table, the report with highlighted mentions (`show`,
drawn the way displaCy draws entities), and the `summary` tables.

Imported only by the commands that draw, so the JSON path never pays for rich.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence

from rich.console import Console, Group
from rich.table import Table
from rich.text import Text

from ..model import KIND_LABELS

# kind: rich style -- the one table for highlighting and for the legend
_STYLES = {
    "amount": "bold black on bright_cyan",
    "count": "bold black on bright_green",
    "growth": "bold black on bright_yellow",
    "ratio": "bold black on plum2",
    "pp": "bold black on light_salmon1",
    "multiple": "bold black on wheat1",
}
KIND_STYLES: dict[str, tuple[str, str]] = {k: (_STYLES[k], KIND_LABELS[k]) for k in KIND_LABELS}
TABLE_FIELDS = ("indicator", "text", "value", "unit", "kind", "qualifier", "status", "year")


def _cell(value) -> str:
    if value is None:
        return ""
    if isinstance(value, float):
        return f"{value:,.0f}" if value.is_integer() else f"{value:,.6g}"
    return str(value)


def render_table(
    records: Sequence, fields: Sequence[str] | None = None, title: str | None = None
) -> Table:
    """A rich Table of records, one row each, the given fields as columns."""
    fields = tuple(fields or TABLE_FIELDS)
    table = Table(title=title, show_lines=False, header_style="bold")
    for f in fields:
        numeric = f in ("value", "base_value", "start", "end", "year")
        table.add_column(
            f,
            justify="right" if numeric else "left",
            overflow="fold",
            no_wrap=f not in ("indicator", "sentence", "section"),
            min_width=10 if f == "indicator" else None,
            ratio=1 if f in ("indicator", "sentence", "section") else None,
        )
    for r in records:
        d = r if isinstance(r, dict) else r.to_dict()
        table.add_row(*(_cell(d.get(f)) for f in fields))
    return table


def legend() -> Text:
    t = Text("legend: ")
    for style, label in KIND_STYLES.values():
        t.append(f" {label} ", style=style)
        t.append(" ")
    return t


def render_marked(text: str, records: Iterable, start: int = 0, end: int | None = None) -> Text:
    """The text between `start` and `end` with every record's span styled by its kind."""
    end = len(text) if end is None else end
    out = Text()
    pos = start
    for r in sorted(records, key=lambda r: (r.start, r.end)):
        if r.start < pos or r.end > end:
            continue
        out.append(text[pos : r.start])
        style = KIND_STYLES.get(r.kind, ("reverse", r.kind))[0]
        out.append(text[r.start : r.end], style=style)
        pos = r.end
    out.append(text[pos:end])
    return out


def render_show(text: str, records: Sequence, ranges: Sequence[tuple[int, int]]) -> Group:
    parts = [legend(), Text("")]
    for s, e in ranges:
        parts.append(render_marked(text, [r for r in records if s <= r.start and r.end <= e], s, e))
        parts.append(Text(""))
    return Group(*parts)


def summarize(records: Sequence, top: int = 15) -> dict:
    """Counts by kind, dimension, status and section; top indicators; money by status."""
    money: dict[str, dict[str, float]] = defaultdict(lambda: defaultdict(float))
    for r in records:
        if r.dimension == "currency":
            money[r.status][r.base_unit] += r.base_value
    return {
        "mentions": len(records),
        "by_kind": dict(Counter(r.kind for r in records).most_common()),
        "by_dimension": dict(Counter(r.dimension for r in records).most_common()),
        "by_status": dict(Counter(r.status for r in records).most_common()),
        "by_section": dict(Counter(r.section or "" for r in records).most_common()),
        "top_indicators": dict(
            Counter(r.indicator for r in records if r.indicator).most_common(top)
        ),
        "money_by_status": {s: dict(v) for s, v in money.items()},
    }


def render_summary(summary: dict, source: str) -> Group:
    tables: list[Table | Text] = []

    def counts(title: str, data: dict, col: str):
        t = Table(title=title, header_style="bold")
        t.add_column(col, overflow="fold")
        t.add_column("mentions", justify="right")
        for k, v in data.items():
            t.add_row(k or "(none)", str(v))
        tables.append(t)

    tables.append(Text(f"{source}: {summary['mentions']} mentions", style="bold"))
    counts("by kind", summary["by_kind"], "kind")
    counts("by dimension", summary["by_dimension"], "dimension")
    counts("by status", summary["by_status"], "status")
    counts("by section", summary["by_section"], "section")
    counts("top indicators", summary["top_indicators"], "indicator")
    t = Table(title="money by status", header_style="bold")
    for col in ("status", "base_unit", "total", "亿"):
        t.add_column(col, justify="right" if col in ("total", "亿") else "left")
    for status, units in summary["money_by_status"].items():
        for unit, total in units.items():
            t.add_row(status, unit, f"{total:,.0f}", f"{total / 1e8:,.2f}")
    tables.append(t)
    return Group(*tables)


def stdout_console() -> Console:
    """The console for records: a terminal's width, or 160 columns into a pipe or file."""
    import sys

    return Console() if sys.stdout.isatty() else Console(width=160)
