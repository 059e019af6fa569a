"""One extraction pass per corpus file, shared by every test of the dataset side (panel, main
targets, achievement): records and panel rows are computed once per session and cached."""

from __future__ import annotations

import csv
import functools
import os
from collections import Counter
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

from conftest import CORPUS, REPO

from ningbo_indicators import extract
from ningbo_indicators.dataset.keys import default_keys
from ningbo_indicators.dataset.targets import panel_row

GOLD = REPO / "tests" / "gold"


@functools.cache
def text_of(relative: str) -> str:
    return (CORPUS / relative).read_text("utf-8")


@functools.cache
def records_of(relative: str) -> tuple:
    return tuple(extract(text_of(relative), source=relative))


@functools.cache
def panel_of(relative: str) -> tuple[dict, list[dict]]:
    return panel_row(relative, text_of(relative), list(records_of(relative)), default_keys())


def read_gold(path: Path) -> list[dict]:
    with open(path, encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


def _phrases_of(path: str) -> Counter:
    """(indicator, kind, base unit) -> count, for one file (run in a worker process)."""
    text = Path(path).read_text("utf-8")
    return Counter((r.indicator, r.kind, r.base_unit) for r in extract(text, keys=()))


@functools.cache
def more_phrases() -> Counter:
    """The indicator phrases of every record of corpus/more, with kind and base unit: one
    extraction pass, spread over the machine's cores."""
    paths = sorted(str(p) for p in (CORPUS / "more").glob("*/*/*.md"))
    total: Counter = Counter()
    workers = max(1, min(4, os.cpu_count() or 1))
    with ProcessPoolExecutor(workers) as pool:
        for counts in pool.map(_phrases_of, paths, chunksize=16):
            total.update(counts)
    return total
