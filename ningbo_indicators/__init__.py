"""ningbo_indicators: quantitative indicators of Chinese government work reports as records.

>>> from ningbo_indicators import extract
>>> r = extract("地区生产总值增长6%左右。")[0]
>>> (r.value, r.unit, r.kind, r.qualifier)
(6.0, '%', 'growth', 'about')
"""

__version__ = "0.1.0"  # (compiled.py names its cache file after it)

import gc as _gc
import os as _os

# the package's data folder: the bundled report and the shipped key table
DATA_DIR = _os.path.join(_os.path.dirname(__file__), "data")

TYPE_CHECKING = False  # (True for type checkers; typing is not imported for it here)
if TYPE_CHECKING:
    from .model import FIELDS, Record
    from .pipeline import extract

__all__ = ["FIELDS", "Record", "extract", "__version__"]
_ON_FIRST_USE = ("FIELDS", "Record", "extract")

if not TYPE_CHECKING:  # (so that a type checker still reports a misspelled name)

    def __getattr__(name: str):
        """FIELDS, Record and extract, imported on first use (`engine_imports`, as
        `console.run` does): the command imports the engine itself, with what it built
        frozen, and `import ningbo_indicators.console` must not import it before."""
        if name not in _ON_FIRST_USE:
            raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
        with engine_imports():
            from .model import FIELDS, Record
            from .pipeline import extract
        globals().update(FIELDS=FIELDS, Record=Record, extract=extract)
        return globals()[name]


class engine_imports:
    """`with engine_imports():` for the imports that build the engine's tables, patterns and
    classes. The garbage collector is off for the block, then back on if it was on (many
    objects, no garbage: the collector, left on, walks them again and again while they are
    made, 31 collections; paused, it walks them once when next run). And what the modules
    imported compile (their dataclasses' code, `re` patterns, named tuples, forward references)
    is taken compiled from the disk cache (`compiled.cached_imports`, imported with the
    collector paused)."""

    def __enter__(self) -> None:
        self.collecting = _gc.isenabled()
        _gc.disable()
        try:
            from .compiled import cached_imports

            self.code = cached_imports()
            self.code.__enter__()
        except BaseException:
            self._collector_back()
            raise

    def __exit__(self, *exc: object) -> None:
        try:
            self.code.__exit__(*exc)
        finally:
            self._collector_back()

    def _collector_back(self) -> None:
        if self.collecting:
            _gc.enable()


def __dir__() -> list[str]:
    return sorted({*globals(), *_ON_FIRST_USE})
