"""Accuracy on the hand-written gold of the bundled report, and near-misses that give nothing."""

from __future__ import annotations

import pytest
from gold_util import GOLD_DIR, load_gold, score

from ningbo_indicators import extract

THRESHOLDS = {"precision": 0.97, "recall": 0.97}
ATTRIBUTE_THRESHOLDS = {"kind": 0.95, "qualifier": 0.95, "status": 0.95, "indicator": 0.85}


@pytest.fixture(scope="module")
def result(report_text, report_records):
    gold = load_gold(GOLD_DIR / "ningbo-2024.gold.tsv", report_text)
    return score(gold, report_records)


def test_gold_is_substantial(result):
    assert result.gold >= 200


@pytest.mark.parametrize("metric", THRESHOLDS)
def test_mentions(result, metric):
    value = getattr(result, metric)
    print(f"{metric}: {value:.3f} (gold {result.gold}, predicted {result.predicted})")
    assert value >= THRESHOLDS[metric], (
        f"{metric} {value:.3f}; missed {[g.text for g in result.missed]}, "
        f"spurious {[r.text for r in result.spurious]}"
    )


@pytest.mark.parametrize("field", ATTRIBUTE_THRESHOLDS)
def test_attributes(result, field):
    value = result.accuracy(field)
    print(f"{field} accuracy: {value:.3f}")
    assert value >= ATTRIBUTE_THRESHOLDS[field]


def test_direction_of_rates(result):
    rates = [(g, r) for g, r in result.matched if g.kind in ("growth", "pp")]
    assert rates and all(g.direction == r.direction for g, r in rates)


def test_years_follow_status(report_records):
    assert {r.year for r in report_records if r.status == "actual"} == {2023}
    assert {r.year for r in report_records if r.status == "target"} == {2024}


NEAR_MISSES = [
    line
    for line in (GOLD_DIR / "near-misses.txt").read_text("utf-8").splitlines()
    if line.strip() and not line.startswith("#")
]


@pytest.mark.parametrize("sentence", NEAR_MISSES, ids=lambda s: s[:24])
def test_near_miss_gives_nothing(sentence):
    assert [r.text for r in extract(sentence)] == []
