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


_PROBE_CASE = """
import re

import regex

MAPPED = re.compile("a")
KEYED = regex.compile("b")
LISTED = (re.compile("c"), "c")
BY_NAME = {"d": re.compile("d")}
CALLED = re.compile("e")
UNUSED = re.compile("f")
WEIGHED = re.compile("g")


def run(text):
    # (each of the first five called from C only: by map, sorted, filter, max)
    list(map(MAPPED.match, text))
    sorted(text, key=KEYED.split)
    list(filter(LISTED[0].search, text))
    list(filter(BY_NAME["d"].fullmatch, text))
    max(text, key=WEIGHED.findall)
    CALLED.search(text)
"""


def test_the_pattern_probe_sees_a_pattern_used_through_map_or_a_key():
    # tests/pattern_use.py (test_lazy_split.py's probe) saw a use only in a call from a frame:
    # a pattern used only through map or sorted(key=…) was reported unused (a false failure);
    # the builtins that call from C are watched too. (A pattern is taken from a module as
    # test_lazy_split takes the package's: by its name, or in a tuple, list or dict.)
    import types

    import pattern_use

    module = types.ModuleType("ningbo_indicators._probe_case")
    exec(_PROBE_CASE, vars(module))
    eager, lazy = pattern_use.count_uses([module], [(module.run, "abcdef", True)])
    used = {name.rsplit(".", 1)[1]: n for name, n in eager.items()}
    assert used == {
        "MAPPED": 1,
        "KEYED": 1,
        "LISTED": 1,
        "BY_NAME": 1,
        "CALLED": 1,
        "UNUSED": 0,
        "WEIGHED": 1,
    }
    assert lazy == {}
