"""Fixtures: the bundled report, a tiny two-section sample, and the shared folder's paths."""

from __future__ import annotations

import atexit
import os
import shutil
import sys
import tempfile
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("NINGBO_SHARED", REPO.parent / "shared"))
CORPUS = SHARED / "corpus"
EXTERNAL = SHARED / "external" / "recognizers-text"

# The disk cache of compiled patterns (ningbo_indicators/compiled.py): a fresh directory for the
# test run, never the user's ~/.cache (set before the package is imported, removed at the end).
CACHE_DIR = tempfile.mkdtemp(prefix="ningbo-indicators-cache-")
os.environ["NINGBO_INDICATORS_CACHE"] = CACHE_DIR
atexit.register(shutil.rmtree, CACHE_DIR, ignore_errors=True)

SAMPLE = """---
title: 2024年政府工作报告
---

## 一、2023年工作回顾

全市地区生产总值增长5.5%，新增城镇就业26万人。

**（一）科技创新**

新增高新技术企业1900余家。

## 二、2024年主要目标任务

地区生产总值增长6%左右；城镇登记失业率3.5%以内。
"""


@pytest.fixture(scope="session")
def report_text() -> str:
    from ningbo_indicators.readers import bundled_text

    return bundled_text()


@pytest.fixture(scope="session")
def report_records(report_text):
    from ningbo_indicators import extract

    return extract(report_text, source="ningbo-2024.txt")


@pytest.fixture
def sample_text() -> str:
    return SAMPLE


def corpus_files() -> list[Path]:
    """The reports of the corpus (its README is not one)."""
    return sorted(p for p in CORPUS.glob("*/*.md")) if CORPUS.is_dir() else []


needs_corpus = pytest.mark.skipif(not CORPUS.is_dir(), reason=f"corpus not found at {CORPUS}")
# (the standard library's re knows possessive quantifiers and atomic groups from Python 3.11:
# before, compiled.compile_std compiles the package's patterns with regex, see compiled.py)
needs_std_re = pytest.mark.skipif(
    sys.version_info < (3, 11), reason="compile_std is on regex before Python 3.11"
)


# ---------------------------------------------------------------- reports in other formats


@pytest.fixture(scope="session")
def rendered(tmp_path_factory, report_text) -> list:
    """Reports written as PDF, web pages and Word files (tests/formats.py), built once: the
    corpus reports of formats.AGREEMENT_REPORTS where the corpus is present, else the bundled
    report."""
    pytest.importorskip("reportlab", reason="reportlab (test extras) writes the test PDFs")
    pytest.importorskip("docx", reason="python-docx (test extras) writes the test .docx files")
    from formats import AGREEMENT_REPORTS, render_all

    if CORPUS.is_dir():
        reports = {name: (CORPUS / name).read_text("utf-8") for name in AGREEMENT_REPORTS}
    else:
        reports = {"ningbo-2024.txt": report_text}
    return render_all(reports, tmp_path_factory.mktemp("rendered"))


def all_corpus_files() -> list[Path]:
    """Every report of the corpus, more/ included (its README is not one)."""
    if not CORPUS.is_dir():
        return []
    return sorted(p for p in CORPUS.rglob("*.md") if p.name != "README.md")


def _report_records(path: Path) -> list[tuple[str, str, str, str]]:
    from ningbo_indicators import extract

    records = extract(path.read_text(encoding="utf-8"), source=str(path))
    return [(r.text, r.indicator, r.kind, r.dimension) for r in records]


@pytest.fixture(scope="session")
def corpus_records() -> dict[str, list[tuple[str, str, str, str]]]:
    """(text, indicator, kind, dimension) of every record of every report of the corpus, by
    path relative to it: one pass over the whole corpus per session, on every core."""
    from concurrent.futures import ProcessPoolExecutor

    files = all_corpus_files()
    if not files:
        pytest.skip(f"corpus not found at {CORPUS}")
    with ProcessPoolExecutor() as pool:
        per_file = pool.map(_report_records, files, chunksize=8)
        return {str(p.relative_to(CORPUS)): recs for p, recs in zip(files, per_file)}
