"""The five main columns of the panel against hand-read gold: the GDP growth target (with the
upper bound of a range), the CPI target, the unemployment targets (registered and surveyed
kept apart), the new urban jobs target (万人) and last year's realised GDP growth.

tests/gold/main-targets.csv was written by reading the 110 reports of the first corpus
(Ningbo 1998-2026, the State Council 1975-2026, every province 2024), and
tests/gold/main-targets-more.csv by reading 64 reports sampled across corpus/more (provinces,
cities and prefectures, 1999-2026) that the rules were not written on, and
tests/gold/main-targets-heldout.csv by reading 40 more, drawn at random from the rest of
corpus/more in the sixth round (three readers who never ran the tool; one cell, a jobs figure
that counts re-employment, was emptied at review to follow the second set; its first misses
led to two rules of that round, so it is no longer untouched); see their `note`
columns for the readers' reasons. A cell is right when both are empty or the values agree
within 1e-6; every column must reach 0.97 on the first set and 0.95 on the others.
"""

from __future__ import annotations

import sys

import pytest
from conftest import needs_corpus
from panels import GOLD, panel_of, read_gold

# gold file: (the accuracy every column must reach, the reports it holds at least)
GOLD_FILES = {
    "main-targets.csv": (0.97, 110),
    "main-targets-more.csv": (0.95, 60),
    "main-targets-heldout.csv": (0.95, 40),
}


def _num(cell: str | None) -> float | None:
    return float(cell) if cell not in (None, "") else None


def _same(a, b) -> bool:
    if a is None or b is None:
        return a is None and b is None
    return abs(a - b) < 1e-6


# column: (gold cells, panel cells) -- each a tuple compared cell by cell
COLUMNS = {
    "gdp_target": (
        ("gdp_target", "gdp_target_high"),
        ("gdp_growth_target", "gdp_growth_target_high"),
    ),
    "cpi_target": (("cpi_target",), ("cpi_target",)),
    "unemployment_target": (
        ("registered_unemployment_target", "surveyed_unemployment_target"),
        ("registered_unemployment_target", "surveyed_unemployment_target"),
    ),
    "urban_new_jobs_target": (("urban_new_jobs_target",), ("urban_new_jobs_target",)),
    "gdp_last_year": (("gdp_last_year",), ("gdp_growth_actual",)),
}


def score(gold_rows: list[dict]) -> dict[str, tuple[int, int, list]]:
    """column -> (right, total, [(file, panel cells, gold cells)])"""
    out = {c: [0, 0, []] for c in COLUMNS}
    for g in gold_rows:
        wide, _ = panel_of(g["file"])
        for column, (gold_cells, panel_cells) in COLUMNS.items():
            want = tuple(_num(g[c]) for c in gold_cells)
            got = tuple(wide[c] for c in panel_cells)
            out[column][1] += 1
            if all(_same(a, b) for a, b in zip(got, want)):
                out[column][0] += 1
            else:
                out[column][2].append((g["file"], got, want))
    return {c: tuple(v) for c, v in out.items()}


@needs_corpus
@pytest.mark.parametrize("gold_file", list(GOLD_FILES))
def test_main_columns_against_gold(gold_file):
    threshold, least = GOLD_FILES[gold_file]
    rows = read_gold(GOLD / gold_file)
    assert len(rows) >= least
    result = score(rows)
    print(f"\n{gold_file}: {len(rows)} reports")
    for column, (right, total, wrong) in result.items():
        print(f"  {column:22s} {right / total:.3f} ({right}/{total})")
        for file, got, want in wrong:
            print(f"      {file}: panel {got}, gold {want}")
    low = {c: round(r / t, 3) for c, (r, t, _) in result.items() if r / t < threshold}
    assert not low, f"columns below {threshold}: {low}"


def test_scoring_compares_ranges_and_empty_cells(monkeypatch):
    """The scorer itself: a range needs both bounds, an empty cell must stay empty."""
    wide = {
        "gdp_growth_target": 6.5,
        "gdp_growth_target_high": 7.0,
        "cpi_target": None,
        "registered_unemployment_target": 4.5,
        "surveyed_unemployment_target": None,
        "urban_new_jobs_target": 0.8,
        "gdp_growth_actual": 6.9,
    }
    gold = {
        "file": "x",
        "gdp_target": "6.5",
        "gdp_target_high": "",
        "cpi_target": "3",
        "registered_unemployment_target": "4.5",
        "surveyed_unemployment_target": "",
        "urban_new_jobs_target": "0.8",
        "gdp_last_year": "6.9",
    }
    monkeypatch.setattr(sys.modules[__name__], "panel_of", lambda f: (wide, []))
    result = score([gold])
    assert {c: v[0] for c, v in result.items()} == {
        "gdp_target": 0,
        "cpi_target": 0,
        "unemployment_target": 1,
        "urban_new_jobs_target": 1,
        "gdp_last_year": 1,
    }
