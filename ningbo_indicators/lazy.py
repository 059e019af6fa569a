"""Patterns compiled on first use: for the patterns that most reports never need.

Compiling a `regex` pattern costs far more than matching it (a few hundred microseconds for a
small one); compiling at import the patterns that only rare reports need makes every start-up
pay for them. A pattern that nearly every report needs is compiled at import as usual. Both go
through `compiled.compile`: after the first run, they are built from its disk cache instead.
"""

from __future__ import annotations

from . import compiled

# what the package calls on a pattern: bound to the instance once compiled, so that a call
# then costs about what a call on the compiled pattern costs (0.1 µs more)
_METHODS = ("search", "match", "fullmatch", "sub", "subn", "split", "finditer", "findall")
# Every lazy pattern made (all are the package's module-level patterns), for `compile_all`
_MADE: list[LazyPattern] = []


def compile_all() -> None:
    """Compile every lazy pattern the imported modules hold (each from the disk cache once it is
    warm: about a millisecond for all): what a batch's parent does before its workers fork,
    since a worker's own compiling is lost when it ends."""
    for pattern in _MADE:
        pattern.pattern  # noqa: B018 (compiles it)


class LazyPattern:
    """`regex.compile(...)` (through the disk cache of `compiled`), done the first time the
    pattern is used; with `std=True`, the standard library's engine (`compiled.compile_std`,
    which takes `first`).

    >>> p = LazyPattern(r"(?:扣除|剔除)\\p{Han}{1,16}?因素")
    >>> p.sub("", "扣除价格因素增长5%")
    '增长5%'
    >>> p.pattern
    '(?:扣除|剔除)\\\\p{Han}{1,16}?因素'
    >>> LazyPattern(r"\\d+", std=True).findall("增长5%"), LazyPattern("(a)", std=True).groups
    (['5'], 1)
    """

    def __init__(self, *args, std: bool = False, **kwargs):
        self._arguments = (args, kwargs)
        self._std = std
        _MADE.append(self)

    def __getattr__(self, name: str):
        # reached only for what the instance does not hold yet: the first use of a method,
        # or an attribute of the pattern other than the methods
        if name.startswith("__"):  # (copy and pickle probe for these: not the pattern's)
            raise AttributeError(name)
        pattern = self.__dict__.get("_compiled")
        if pattern is None:
            args, kwargs = self._arguments
            build = compiled.compile_std if self._std else compiled.compile
            pattern = self._compiled = build(*args, **kwargs)
            for method in _METHODS:
                setattr(self, method, getattr(pattern, method))
        return getattr(pattern, name)
