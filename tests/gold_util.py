"""Load hand-written gold mentions and score records against them."""

from __future__ import annotations

import dataclasses
from pathlib import Path

GOLD_DIR = Path(__file__).parent / "gold"
QUOTES = str.maketrans("", "", '“”"‘’')


@dataclasses.dataclass(frozen=True)
class Gold:
    text: str
    start: int
    end: int
    value: float
    unit: str
    kind: str
    qualifier: str
    direction: str | None
    indicator: str
    status: str


def locate(source: str, text: str, context: str = "") -> int:
    """Offset of `text` inside the unique occurrence of `context` (or of `text` itself)."""
    anchor = context or text
    first = source.find(anchor)
    if first < 0 or source.find(anchor, first + 1) >= 0:
        raise ValueError(f"context {anchor!r} must occur exactly once")
    inner = anchor.find(text)
    if inner < 0:
        raise ValueError(f"{text!r} is not inside its context {anchor!r}")
    return first + inner


def gold_source(path: Path) -> str | None:
    """The `@source` of a gold file: the report's path relative to the shared corpus."""
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("@source"):
            return line.split(None, 1)[1].strip()
    return None


def load_gold(path: Path, source: str) -> list[Gold]:
    rows: list[Gold] = []
    status = "actual"
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#") or line.startswith("@source"):
            continue
        if line.startswith("@status"):
            status = line.split()[1]
            continue
        cols = [c.strip() for c in line.split("|")]
        text, value, unit, kind, qualifier, direction, indicator = cols[:7]
        context = cols[7] if len(cols) > 7 else ""
        if len(cols) not in (7, 8):
            raise ValueError(f"gold row needs 7 or 8 columns: {line!r}")
        start = locate(source, text, context)
        rows.append(
            Gold(
                text,
                start,
                start + len(text),
                float(value),
                unit,
                kind,
                qualifier,
                None if direction == "-" else direction,
                indicator,
                status,
            )
        )
    return rows


def same_indicator(a: str, b: str) -> bool:
    """Indicator wording agrees, quotes and the spaces of PDF text ignored."""
    return a.translate(QUOTES).replace(" ", "") == b.translate(QUOTES).replace(" ", "")


@dataclasses.dataclass
class Score:
    gold: int
    predicted: int
    matched: list  # (gold, record)
    missed: list
    spurious: list

    @property
    def precision(self) -> float:
        return len(self.matched) / self.predicted if self.predicted else 0.0

    @property
    def recall(self) -> float:
        return len(self.matched) / self.gold if self.gold else 0.0

    def accuracy(self, field: str) -> float:
        if not self.matched:
            return 0.0
        if field == "indicator":
            ok = sum(same_indicator(g.indicator, r.indicator) for g, r in self.matched)
        else:
            ok = sum(getattr(g, field) == getattr(r, field) for g, r in self.matched)
        return ok / len(self.matched)


def score(gold: list[Gold], records: list) -> Score:
    """A record matches a gold mention when spans overlap and value and unit agree."""
    used: set[int] = set()
    matched, missed = [], []
    for g in gold:
        hit = None
        for i, r in enumerate(records):
            if i in used or r.end <= g.start or r.start >= g.end:
                continue
            if abs(r.value - g.value) < 1e-9 and r.unit == g.unit:
                hit = i
                break
        if hit is None:
            missed.append(g)
        else:
            used.add(hit)
            matched.append((g, records[hit]))
    spurious = [r for i, r in enumerate(records) if i not in used]
    return Score(len(gold), len(records), matched, missed, spurious)
