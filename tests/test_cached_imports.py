"""The command's imports with a warm disk cache (`compiled.cached_imports`, entered by
`engine_imports`): no pattern is parsed and compiled by `re`'s own compiler, not the package's
nor those that the standard library's and click's modules compile when imported (platform,
gettext, tokenize, dataclasses, string, locale…); `compiled` imports neither dataclasses nor
regex, so that they are imported inside the block."""

from __future__ import annotations

import os
import re
import subprocess
import sys

import pytest

# the imports of the command as `console.run` makes them, with re's parser watched; prints how
# many patterns it parsed, and whether dataclasses or regex was imported before the block
PROBE = """
import re, sys
from re import _parser
parsed = []
real = _parser.parse
_parser.parse = lambda *a, **k: parsed.append(a[0]) or real(*a, **k)
from ningbo_indicators import compiled, engine_imports
early = "dataclasses" in sys.modules or "regex" in sys.modules
with engine_imports():
    from ningbo_indicators.cli import main
print(len(parsed), early, parsed[:3])
"""


@pytest.mark.skipif(not hasattr(re, "_parser"), reason="re._parser: Python 3.11 and later")
def test_a_warm_run_compiles_no_pattern_while_importing(tmp_path):
    env = {**os.environ, "NINGBO_INDICATORS_CACHE": str(tmp_path), "PYTHONDONTWRITEBYTECODE": "1"}
    runs = [
        subprocess.run(
            [sys.executable, "-c", PROBE], env=env, capture_output=True, text=True, check=True
        ).stdout.split(maxsplit=2)
        for _ in ("cold", "warm")
    ]
    (cold, cold_early, _), (warm, warm_early, which) = runs
    assert int(cold) > 0 and int(warm) == 0, which
    assert cold_early == warm_early == "False"  # (compiled imports neither)
