"""The split of the package's patterns between those compiled at import and those compiled on
first use (`lazy.LazyPattern`), held to its rule (lazy.py): a pattern that nearly every report
needs is compiled at import, one that fewer need is lazy, so that a run pays for what it uses.

- A lazy pattern compiled while a module is imported (a use at its top level, `compile_all`)
  costs every run, as an eager one does, and hides it: none may be, on the command's path.
- Over the reports of `cg.sh`'s workload (every tenth of more/: 78 reports): an eager pattern
  that none of them calls (nor the key table's parse) costs every run for nothing, so belongs
  lazy; a lazy pattern that every one of them compiles costs each run its first use, so belongs
  eager. (The use is read in a process of its own, `pattern_use.py`.)
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import CORPUS, needs_corpus

PROBE = Path(__file__).with_name("pattern_use.py")


@pytest.fixture(scope="module")
def use() -> dict:
    reports = sorted((CORPUS / "more").rglob("*.md"))[::10] if CORPUS.is_dir() else []
    done = subprocess.run(
        [sys.executable, str(PROBE), *map(str, reports)], capture_output=True, text=True
    )
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)


def test_no_lazy_pattern_is_compiled_at_import(use):
    assert use["at_import"] == []


@needs_corpus
def test_eager_patterns_are_used_and_lazy_ones_not_by_every_report(use):
    assert use["reports"] > 50
    unused = sorted(name for name, n in use["eager"].items() if n == 0)
    assert unused == [], "compiled at import, used by none of the reports: make them lazy"
    always = sorted(name for name, n in use["lazy"].items() if n == use["reports"])
    assert always == [], "lazy, used by every report: compile them at import"
