"""Accuracy on reports no rule was written on: whole reports of ../shared/corpus/more read by
hand (tests/gold/heldout/*.gold.tsv), each written after the rules it measures and never used to
write a rule: 青岛市 2005 (a major city before 2008) and 松原市 2019 (a prefecture), read after the
second gold set's rules; 甘肃省 1999 (a province of the 1990s), 吴忠市 2025 (a prefecture),
长沙市 2009 (a major city), 延边朝鲜族自治州 2016 (an autonomous prefecture) and 呼和浩特市
2026 (a major city, the newest year), read a round later. One reader wrote each file; a second checked it against the reviewed set's
conventions (REVIEW-CHANGES.tsv logs every change). Same measures and floors as
tests/test_gold_more.py; this is the figure to expect on a report of a place and year the tool
has not seen.

A third set, tests/gold/dev/ (湖南省 2007, 沈阳市 2018, 吉安市 2025), was read the same way for
writing rules from: it is development data, scored here with the same floors so that its figures
stay visible, and it says nothing about unseen reports.
"""

from __future__ import annotations

import pytest
from conftest import CORPUS, needs_corpus
from gold_util import GOLD_DIR, gold_source, load_gold
from test_gold_more import ATTRIBUTE_THRESHOLDS, THRESHOLDS, _scored, assert_floors

GOLD_FILES = sorted((GOLD_DIR / "heldout").glob("*.gold.tsv"))
DEV_FILES = sorted((GOLD_DIR / "dev").glob("*.gold.tsv"))
pytestmark = needs_corpus
# the indicator wording is below its floor on these reports (0.72-0.84 when written)
BELOW_FLOOR = {"indicator"}


@pytest.fixture(scope="module")
def results():
    return {p.name: _scored(p) for p in GOLD_FILES}


@pytest.fixture(scope="module")
def dev_results():
    return {p.name: _scored(p) for p in DEV_FILES}


def test_the_held_out_set_is_whole_reports():
    assert len(GOLD_FILES) >= 7
    rows = sum(len(load_gold(p, (CORPUS / gold_source(p)).read_text("utf-8"))) for p in GOLD_FILES)
    assert rows >= 1000


@pytest.mark.parametrize(
    "metric",
    [
        pytest.param(m, marks=pytest.mark.xfail(strict=True, reason="below the floor"))
        if m in BELOW_FLOOR
        else m
        for m in list(THRESHOLDS) + list(ATTRIBUTE_THRESHOLDS)
    ],
)
def test_each_held_out_document(results, metric):
    assert_floors(results, metric)


def test_the_development_set_is_whole_reports():
    assert len(DEV_FILES) >= 3
    rows = sum(len(load_gold(p, (CORPUS / gold_source(p)).read_text("utf-8"))) for p in DEV_FILES)
    assert rows >= 400


@pytest.mark.parametrize(
    "metric",
    [
        pytest.param(m, marks=pytest.mark.xfail(strict=True, reason="below the floor"))
        if m in BELOW_FLOOR
        else m
        for m in list(THRESHOLDS) + list(ATTRIBUTE_THRESHOLDS)
    ],
)
def test_each_development_document(dev_results, metric):
    assert_floors(dev_results, metric)
