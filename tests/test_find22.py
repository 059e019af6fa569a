"""Round 17's speed work on finding figures and building records (lane find22): each short cut
is checked against the way it replaces."""

from __future__ import annotations

from conftest import CORPUS

from ningbo_indicators.context.structure import read_structure
from ningbo_indicators.dataset.period import PeriodReader
from ningbo_indicators.numbers import fold
from ningbo_indicators.pipeline import find_mentions
from ningbo_indicators.readers import bundled_text


def _texts() -> list[str]:
    return [bundled_text()] + [p.read_text("utf-8") for p in sorted(CORPUS.rglob("*.md"))[::61]]


def test_plain_figures_get_the_period_the_words_and_passages_give():
    """`PeriodReader._plain_years`: a figure it answers `year` for at once gets what a reader
    that reads every figure's window and passage gives, for every kind (a multiple is read
    closely whatever its window holds); and it takes most figures."""
    plain = told = 0
    for text in _texts():
        folded = fold(text)
        doc = read_structure(text, folded)
        starts = [m.start for m in find_mentions(text, folded, doc)]
        whole = PeriodReader(doc)  # (no offsets told: every figure read in full)
        reader = PeriodReader(doc, starts)
        plain += len(reader._plain)
        told += len(set(starts))
        for kind in ("growth", "ratio", "count", "amount", "pp", "multiple"):
            assert [reader.period(p, kind) for p in starts] == [
                whole.period(p, kind) for p in starts
            ], kind
    assert plain > told / 2
