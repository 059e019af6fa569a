"""Which of the package's patterns a run uses: run by test_lazy_split.py in a process of its own
(`python pattern_use.py [REPORT ...]`), it prints JSON.

- "at_import": the lazy patterns (`lazy.LazyPattern`) compiled while a module of the package
  was being imported, by the command `ningbo-indicators extract -f jsonl` on the bundled report
  (the modules it imports on the way included);
- "reports": how many reports were given; then, for each pattern of the modules that command
  imports, how many of those reports' `extract()` used it: "eager" (compiled at import: a
  module-level pattern, or one in a module-level tuple, list or dict) counts the reports that
  called one of its methods, "lazy" the reports that compiled it (each lazy pattern is made
  lazy again before each report). The shipped key table's parse and index count as one more use of
  every pattern compiled at import that they call: a run makes them when the disk cache is cold
  or a table is given.
"""

from __future__ import annotations

import contextlib
import io
import json
import os
import re
import sys

import regex

from ningbo_indicators import lazy

PACKAGE = os.path.dirname(lazy.__file__)
PATTERNS = (re.Pattern, regex.Pattern)
at_import: list[str] = []
called: set[int] = set()
_getattr = lazy.LazyPattern.__getattr__


def _importing(frame) -> bool:
    """Whether a module of the package is running its top level in the stack of `frame`."""
    while frame is not None:
        code = frame.f_code
        if code.co_name == "<module>" and code.co_filename.startswith(PACKAGE):
            return True
        frame = frame.f_back
    return False


def _spy(self, name: str):
    if "_compiled" not in self.__dict__ and _importing(sys._getframe(1)):
        at_import.append(str(self._arguments[0][0]))
    return _getattr(self, name)


def _watch(frame, event: str, arg) -> None:
    if event == "c_call" and isinstance(getattr(arg, "__self__", None), PATTERNS):
        called.add(id(arg.__self__))


def _lazy_again() -> None:
    for pattern in lazy._MADE:
        for name in ("_compiled", *lazy._METHODS):
            pattern.__dict__.pop(name, None)


def _command() -> None:
    """`ningbo-indicators extract -f jsonl`, the bundled report, in this process."""
    sys.argv = ["ningbo-indicators", "extract", "-f", "jsonl"]
    from ningbo_indicators.cli import main

    with contextlib.redirect_stdout(io.StringIO()):
        try:
            main()
        except SystemExit as done:
            assert not done.code, done.code


def _patterns() -> tuple[dict[int, str], dict[int, str]]:
    """The eager and the lazy patterns of the package's modules imported, by id: their names."""
    modules = [m for n, m in sorted(sys.modules.items()) if n.split(".")[0] == "ningbo_indicators"]
    eager: dict[int, str] = {}
    lazies: dict[int, str] = {}
    for module in modules:
        for name, value in vars(module).items():
            if isinstance(value, lazy.LazyPattern):
                lazies.setdefault(id(value), f"{module.__name__}.{name}")
            inner = value.values() if isinstance(value, dict) else value
            for item in [value, *inner] if isinstance(value, (tuple, list, dict)) else [value]:
                if isinstance(item, PATTERNS):
                    eager.setdefault(id(item), f"{module.__name__}.{name}")
    return eager, lazies


def main(reports: list[str]) -> dict:
    lazy.LazyPattern.__getattr__ = _spy  # type: ignore[method-assign]
    _command()
    from ningbo_indicators.dataset.keys import _Index, parse_table
    from ningbo_indicators.pipeline import extract

    def parse(text: str) -> None:
        _Index(parse_table(text))

    eager, lazies = _patterns()
    eager_uses = dict.fromkeys(eager.values(), 0)
    lazy_uses = dict.fromkeys(lazies.values(), 0)
    table = os.path.join(PACKAGE, "data", "indicators.csv")
    runs = [(parse, open(table, encoding="utf-8").read())]
    runs += [(extract, open(path, encoding="utf-8").read()) for path in reports]
    for run, text in runs:
        _lazy_again()
        called.clear()
        sys.setprofile(_watch)
        run(text)
        sys.setprofile(None)
        for i in called & eager.keys():
            eager_uses[eager[i]] += 1
        for pattern in lazy._MADE if run is extract else ():
            if "_compiled" in pattern.__dict__ and id(pattern) in lazies:
                lazy_uses[lazies[id(pattern)]] += 1
    return {"at_import": at_import, "reports": len(reports), "eager": eager_uses, "lazy": lazy_uses}


if __name__ == "__main__":
    json.dump(main(sys.argv[1:]), sys.stdout)
