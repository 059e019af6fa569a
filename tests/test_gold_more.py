"""Accuracy on a second gold set: whole reports of ../shared/corpus/more read by hand, sentence by
sentence (tests/gold/more/*.gold.tsv): a province before 2008, a major city, a prefecture, an
autonomous prefecture, a first-session report that reviews five years, a December-delivered
report, a report of 2025 and a statistical communiqué. Each file names its report (`@source`);
the tests skip where ../shared is absent. Each file was written by one reader and its indicator
wording reviewed by a second against EXTRACTION-SPEC.md (as written, the noun after a counted
number, verbs kept only where the bare noun would not name the quantity), neither of them
looking at the extractor's output.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import CORPUS, needs_corpus
from gold_util import GOLD_DIR, gold_source, load_gold, score

from ningbo_indicators import extract

GOLD_FILES = sorted((GOLD_DIR / "more").glob("*.gold.tsv"))
# Thresholds of the engine issue, per document and over the whole set.
THRESHOLDS = {"precision": 0.97, "recall": 0.97}
ATTRIBUTE_THRESHOLDS = {"status": 0.98, "kind": 0.97, "qualifier": 0.97, "indicator": 0.92}

pytestmark = needs_corpus


def _scored(path: Path):
    source = gold_source(path)
    text = (CORPUS / source).read_text(encoding="utf-8")
    return score(load_gold(path, text), extract(text, source=source))


@pytest.fixture(scope="module")
def results():
    return {p.name: _scored(p) for p in GOLD_FILES}


def test_the_gold_set_covers_the_kinds_of_report():
    sources = [gold_source(p) for p in GOLD_FILES]
    assert len(sources) >= 8
    assert any(s.startswith("communiques/") for s in sources)
    assert any("自治州" in s for s in sources)
    assert (
        sum(len(load_gold(p, (CORPUS / gold_source(p)).read_text("utf-8"))) for p in GOLD_FILES)
        >= 1000
    )


def _table(results) -> str:
    lines = [
        f"{'document':28} {'gold':>5} {'P':>6} {'R':>6} {'status':>6} {'kind':>6} {'qual':>6} {'ind':>6}"
    ]
    for name, r in results.items():
        lines.append(
            f"{name:28} {r.gold:5} {r.precision:6.3f} {r.recall:6.3f} {r.accuracy('status'):6.3f} "
            f"{r.accuracy('kind'):6.3f} {r.accuracy('qualifier'):6.3f} {r.accuracy('indicator'):6.3f}"
        )
    return "\n".join(lines)


# Metrics some document does not reach yet: strict xfails, so that reaching the floor announces
# itself (the per-document table is printed either way).
BELOW_FLOOR: set[str] = set()


@pytest.mark.parametrize(
    "metric",
    [
        pytest.param(
            m, marks=pytest.mark.xfail(strict=True, reason="below the floor on some document")
        )
        if m in BELOW_FLOOR
        else m
        for m in list(THRESHOLDS) + list(ATTRIBUTE_THRESHOLDS)
    ],
)
def test_each_document(results, metric):
    assert_floors(results, metric)


def assert_floors(results, metric) -> None:
    """Every document at or above the metric's floor (the table printed either way)."""
    print("\n" + _table(results))
    low = {}
    for name, r in results.items():
        value = getattr(r, metric) if metric in THRESHOLDS else r.accuracy(metric)
        floor = THRESHOLDS.get(metric) or ATTRIBUTE_THRESHOLDS[metric]
        if value < floor:
            low[name] = round(value, 3)
    assert not low, f"{metric} below its floor: {low}"
