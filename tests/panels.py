"""One extraction pass per corpus file, shared by every test of the dataset side (panel, main
targets, achievement): records and panel rows are computed once per session and cached."""

from __future__ import annotations

import csv
import functools
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
