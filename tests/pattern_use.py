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

An eager pattern's use is a call of one of its methods seen by a profile, from a frame; or one
of its methods given to a builtin that calls it from C, where the profile cannot see the call
(`map(P.match, …)`, `sorted(…, key=P.search)`: `_CALLING_BUILTINS`, watched while a run lasts;
then `map` and `filter` are functions, not classes, so an `isinstance(x, map)` in the package
would fail in a run: it has none).
(Standing in for each eager pattern with an object that notes the use of its methods was tried:
it breaks the package's `match.re is PATTERN` tests.)
"""

from __future__ import annotations

import builtins
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


# the builtins that call a function given to them from C, where the profile does not see the
# call: map(P.match, …), filter(P.search, …), sorted(…, key=P.search), min and max as sorted
_CALLING_BUILTINS = ("map", "filter", "sorted", "min", "max")


def _seeing(builtin):
    """`builtin`, noting in `called` each pattern whose method it is given (as an argument or
    as `key`)."""

    def seeing(*args, **kwargs):
        for function in (*args, kwargs.get("key")):
            owner = getattr(function, "__self__", None)
            if isinstance(owner, PATTERNS):
                called.add(id(owner))
        return builtin(*args, **kwargs)

    return seeing


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


def _patterns(modules: list) -> tuple[dict[int, str], dict[int, str]]:
    """The eager and the lazy patterns of `modules`, by id: their names."""
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


def count_uses(modules: list, runs: list) -> tuple[dict[str, int], dict[str, int]]:
    """How many of `runs` used each eager and each lazy pattern of `modules`, by name. A run is
    (a function, its text, whether its lazy patterns count); each lazy pattern is made lazy
    again before it."""
    eager, lazies = _patterns(modules)
    eager_uses = dict.fromkeys(eager.values(), 0)
    lazy_uses = dict.fromkeys(lazies.values(), 0)
    originals = {name: getattr(builtins, name) for name in _CALLING_BUILTINS}
    for run, text, lazy_too in runs:
        _lazy_again()
        called.clear()
        for name, builtin in originals.items():
            setattr(builtins, name, _seeing(builtin))
        sys.setprofile(_watch)
        try:
            run(text)
        finally:
            sys.setprofile(None)
            for name, builtin in originals.items():
                setattr(builtins, name, builtin)
        for i in called & eager.keys():
            eager_uses[eager[i]] += 1
        for pattern in lazy._MADE if lazy_too else ():
            if "_compiled" in pattern.__dict__ and id(pattern) in lazies:
                lazy_uses[lazies[id(pattern)]] += 1
    return eager_uses, lazy_uses


def main(reports: list[str]) -> dict:
    lazy.LazyPattern.__getattr__ = _spy  # type: ignore[method-assign]
    _command()
    from ningbo_indicators.dataset.keys import _Index, parse_table
    from ningbo_indicators.pipeline import extract

    def parse(text: str) -> None:
        _Index(parse_table(text))

    modules = [m for n, m in sorted(sys.modules.items()) if n.split(".")[0] == "ningbo_indicators"]
    table = os.path.join(PACKAGE, "data", "indicators.csv")
    runs = [(parse, open(table, encoding="utf-8").read(), False)]
    runs += [(extract, open(path, encoding="utf-8").read(), True) for path in reports]
    eager_uses, lazy_uses = count_uses(modules, runs)
    return {"at_import": at_import, "reports": len(reports), "eager": eager_uses, "lazy": lazy_uses}


if __name__ == "__main__":
    json.dump(main(sys.argv[1:]), sys.stdout)
