"""Compiled patterns kept on disk between runs, so that start-up does not compile them again.

Why: `regex` (and the standard library's `re`) parse and compile a pattern in pure Python, a
few hundred microseconds for a small pattern and milliseconds for a large one; the ~70
patterns every report needs took about a third of the command's start-up. Matching is done by
a C engine that is handed plain data at the end of that work: for `regex`,
`_regex.compile(pattern, flags, code, group_index, index_group, named_lists,
named_list_indexes, req_offset, req_chars, req_flags, group_count)` (ints, lists, dicts,
frozensets); for `re`, `_sre.compile(pattern, flags, code, groups, groupindex, indexgroup)`.

What is stored: on a cache miss the pattern is compiled as usual while that last call is
watched, and its arguments are kept (the program, a list of 32-bit words, as their bytes; the
pattern's text, which the key holds, as its length), one `marshal`led blob per pattern, keyed
by (engine, pattern, flags as an int, keyword arguments sorted, and for `regex` its version).
At exit, if any pattern was new, the blobs are written to one file (temporary file +
`os.replace`, so a reader never sees half a file), named after the versions of Python and this
package: an upgrade of either starts a new file (one of `regex` files its patterns anew in
it). The next run hands the stored arguments straight to the C engine, which gives an object
identical to a compiled one (same `.pattern`, `.flags`, `.groupindex`, same matches): that
takes microseconds. The same file keeps the data `remember` is given (the shipped key
table's columns and index, the word lists' length tables), and, for the package's imports
(`cached_imports`), the code its dataclasses generate and the patterns that the modules it
imports compile with `re.compile`. That code is run, as Python's own `__pycache__` is, so the
cache directory is to be the user's own, as the default is: a file another user owns, or that
group or others may write, is not read.

Where: `$NINGBO_INDICATORS_CACHE` if set, else `$XDG_CACHE_HOME/ningbo-indicators`, else
`~/.cache/ningbo-indicators`. Turn it off with `NINGBO_INDICATORS_CACHE=off` (or empty).

When it is not used: never an error. An unwritable directory, a damaged or foreign file (a
magic line and a CRC-32 of the rest guard it), a file not the user's own, an engine whose
internals differ (no `_regex.compile`, an argument it refuses), a locale-dependent pattern
(`regex.LOCALE`) or user input (`--grep`, which is compiled by `regex` directly): the pattern is
simply compiled as usual. (The checksum is 1 % of the command's start-up, and is kept: the
`regex` engine runs a stored program unchecked and code is run, so one byte changed inside the
file, its length kept, was seen to hang the command or crash it, on every run until the file
was removed; the standard library's engine checks a program first.)
"""

from __future__ import annotations
import __future__

import atexit
import builtins
import marshal
import mmap
import os
import re
import stat
import sys
import threading
import zlib
from array import array
from collections.abc import Callable
from types import CodeType
from typing import TYPE_CHECKING, Any, TypeGuard, TypeVar

from . import __version__

if TYPE_CHECKING:  # (pathlib is not imported at start-up: with urllib.parse, ~3 % of it)
    from pathlib import Path

    # (regex is imported by the functions that use it, not here: importing it compiles two
    # patterns with `re`, which are taken from the cache when it is imported inside a
    # `cached_imports` block, as the package's modules import it; see cached_imports)
    import regex

T = TypeVar("T")
_ENV = "NINGBO_INDICATORS_CACHE"
# The size past which the cache file keeps only what a run used (the package's own patterns
# and key table take about 1.1 MB; each edit of a key table passed with --keys adds its own)
MAX_BYTES = 8 * 1024 * 1024
# (the engines' programs are stored as machine words, see _pack: their byte order is in it;
# 3: data kept by `remember` under a digest of its source, not the source; 4: a pattern's entry
# holds the length of its text, not the text, which is in its key; 5, the payload's length in
# place of its CRC-32, was tried and dropped: see the module's docstring; 6: entries left in
# the mapping, an index of where each is before them, see `_read` and `_payload`)
_MAGIC = f"ningbo-indicators compiled patterns 6 {sys.byteorder}\n".encode()
# The engines' modules that receive the compiled data (in the package named as the engine),
# and the C modules whose `compile` builds a pattern from it. Absent (another version's
# internals): no cache, compiling as usual.
_HOOKS = {"regex": ("_main", "_regex"), "re": ("_compiler", "_sre")}
_LOCALE = re.LOCALE  # (regex.LOCALE is the same flag)
# Python < 3.11: the standard library's `re` does not know possessive quantifiers (`*+`) nor
# atomic groups (`(?>…)`), which the package's patterns use; `regex` (its version 0, the
# default, is `re`'s syntax and matching with them) compiles those patterns there. `first` is
# not used: it is told to the engine of `re` on 3.11 and later (see _std_with_first), a speed-up
# only, same matches.
_STD_BY_REGEX = sys.version_info < (3, 11)
# whether the cache file is mapped (see `_read`): not on Windows, which refuses to replace a
# file that a process maps (`save`, another process's)
_MAP = os.name != "nt"


def compile(pattern: str | bytes, flags: int = 0, **kwargs) -> regex.Pattern:
    """`regex.compile(pattern, flags, **kwargs)`, built from the disk cache when it holds it.

    >>> p = compile(r"(?P<n>\\d+)%")
    >>> p.search("增长5%").group("n"), p.pattern, p.groupindex
    ('5', '(?P<n>\\\\d+)%', {'n': 1})
    """
    return _STORE.get("regex", pattern, flags, kwargs)


def compile_std(pattern: str | bytes, flags: int = 0, first: str | bool = "") -> re.Pattern:
    """`re.compile(pattern, flags)` (the standard library's engine), through the same cache.

    `first`: the characters every match starts with, as the inside of a character class (a
    pattern that opens with a look-ahead for them); or True, to read them from the pattern's
    parse (`first_characters`; where it cannot tell them, the pattern is compiled as usual).
    The engine is told, as it tells itself for a pattern that opens with a character class
    (see `_std_with_first`): it then skips every other position of the text in C, and tries
    the pattern at those only. Same matches.

    On Python 3.10, whose `re` lacks possessive quantifiers and atomic groups, the pattern is
    compiled by `regex` (its default version 0, `re`'s own matching), without `first`.

    >>> compile_std(r"\\d+").findall("2023年增长5%")
    ['2023', '5']
    >>> compile_std(r"(?=[\\d一])(?:\\d+|一)[年%]", first=r"\\d一").findall("2023年增长5%，一%")
    ['2023年', '5%', '一%']
    >>> compile_std(r"(?<!大)(?:增长|下降)|比上年", first=True).findall("比上年增长5%")
    ['比上年', '增长']
    """
    if _STD_BY_REGEX:  # (Python 3.10: see _STD_BY_REGEX)
        import regex

        flags = int(flags)
        if flags & re.ASCII:  # (the one flag the two engines number differently)
            flags = flags & ~re.ASCII | regex.ASCII
        return _STORE.get("regex", pattern, flags, {})
    return _STORE.get("re", pattern, flags, {"first": first} if first else {})


def first_characters(pattern: str, flags: int = 0) -> str | None:
    """The characters every match of `pattern` starts with, read from the standard library's
    parse of it, as the inside of a character class; None where the parse does not tell them
    (a match that may take no character, a class by category or negation such as \\d or [^，],
    any character, a back-reference, ignored case).

    Look-arounds and anchors take no character and are passed over (a look-ahead could narrow
    the set; it is not read, so the set may be larger than the truth, never smaller).

    >>> first_characters(r"(?<=[一-龥]{2})(?:共有|现有)|累计(?:实现)?|[“”]?[六七]五")
    '共现累“”六七'
    >>> first_characters(r"(?:\\d+)年"), first_characters(r"(?:年均)?增长")
    (None, '年增')
    """
    try:
        from re import _constants as c  # type: ignore[attr-defined]  # (private modules)
        from re import _parser  # type: ignore[attr-defined]
    except ImportError:  # (Python 3.10: the same modules under their old names)
        import sre_constants as c
        import sre_parse as _parser
    # (3.11 and later: atomic groups and possessive repeats, which 3.10 does not parse)
    atomic, possessive = getattr(c, "ATOMIC_GROUP", None), getattr(c, "POSSESSIVE_REPEAT", None)

    found: dict[str, None] = {}  # (in the order of the pattern)

    def first_of(items) -> bool | None:
        """Adds the first characters of a sequence to `found`: whether the sequence may take
        no character; None where they cannot be told."""
        for op, av in items:
            empty = first_of_item(op, av)
            if empty is not True:
                return empty
        return True

    def first_of_item(op, av) -> bool | None:
        if op in (c.ASSERT, c.ASSERT_NOT, c.AT):  # (a look-around, an anchor)
            return True
        if op is c.LITERAL:
            found[re.escape(chr(av))] = None
            return False
        if op is c.IN:
            for kind, value in av:
                if kind is c.LITERAL:
                    found[re.escape(chr(value))] = None
                elif kind is c.RANGE:
                    found[f"{re.escape(chr(value[0]))}-{re.escape(chr(value[1]))}"] = None
                else:  # (a category, a negation)
                    return None
            return False
        if op is atomic:
            return first_of(av)
        if op is c.SUBPATTERN:
            return None if (av[1] | av[2]) & c.SRE_FLAG_IGNORECASE else first_of(av[-1])
        if op is c.BRANCH:
            empties = [first_of(alternative) for alternative in av[1]]
            return None if None in empties else any(empties)
        if op in (c.MAX_REPEAT, c.MIN_REPEAT, possessive):
            low, _, sub = av
            empty = first_of(sub)
            return None if empty is None else empty or low == 0
        return None  # (any character, a back-reference, a conditional group, a negated literal)

    parsed = _parser.parse(pattern, flags)
    if (parsed.state.flags | flags) & c.SRE_FLAG_IGNORECASE or first_of(parsed) is not False:
        return None
    return "".join(found)


def match_end(pattern: re.Pattern | regex.Pattern, text: str, pos: int = 0) -> int:
    """Where the match of `pattern` at `pos` in `text` ends, for a pattern that always matches
    (every part of it optional: the words that may open a phrase, say).

    >>> match_end(compile_std(r"(?:其中|力争)*"), "力争其中增长5%"), match_end(compile_std("a*"), "b")
    (4, 0)
    """
    found = pattern.match(text, pos)
    assert found is not None, f"{pattern.pattern!r} always matches"
    return found.end()


def remember(name: str, source: str | bytes | mmap.mmap, build: Callable[[], T]) -> T:
    """`build()`, data made from `source` (the text or bytes of a file, or its mapping: a table
    parsed from it), kept in the same cache file under `name` and a digest of `source` (its length and its
    CRC-32, what a zip file checks its members by: the file then holds no copy of it, to be read
    and hashed each run): plain data only (what `marshal` stores: str, int, tuple, list, dict,
    frozenset…). Data it cannot store is simply built each time. The digest catches an edit
    (all but one in 2**32 of those that keep the length), not a forgery: this is for the
    package's own files (the shipped key table), never for a file a user passes. The key also
    holds the size and modification time of the module `build` is written in, so that data is
    built again after that module is edited (the package's version unchanged). A helper `build`
    calls in another module is not covered: a change of what is built there changes the entry's
    name (the format number it carries).

    >>> remember("doctest: lengths", "甲,乙", lambda: [len(c) for c in "甲,乙".split(",")])
    [1, 1]
    """
    return _STORE.remember(name, source, build)


def remember_bytes(
    name: str, source: str | bytes | mmap.mmap, build: Callable[[], bytes]
) -> bytes | memoryview:
    """`remember` for data that is bytes, kept as they are (not `marshal`led): what the file
    holds is given as a read-only view of it, not a copy (its pages are touched only where it
    is read: a table of rows read one by one, say). `build` must return bytes.

    >>> bytes(remember_bytes("doctest: raw", "甲", lambda: "甲".encode())).decode()
    '甲'
    """
    return _STORE.remember(name, source, build, raw=True)


class cached_imports:
    """`with cached_imports():` for imports: while the block runs, what they compile is taken
    compiled from the same cache file, under the exact text and flags it would be compiled with:

    - the code that `dataclasses` generates for a class (its __init__, __repr__, __eq__…: a text
      it compiles, then runs with `exec`; about a millisecond for a class of twenty fields): the
      package's imports make about ten dataclasses;
    - the patterns that modules compile with `re.compile`, as `compile_std` takes the package's:
      the modules that the command's imports bring in compile 16 when imported (platform's
      nine, tokenize's two, dataclasses', string's, locale's, gettext's, click's: ~11 M
      instructions, 3 % of the command, every run);
    - the `__new__` of a named tuple (`collections.namedtuple` compiles a lambda and `eval`s it):
      inspect, dis, tokenize and platform make 13 when imported (~3 M);
    - the code of a forward reference (`typing.ForwardRef` compiles its text): the annotations
      of click's typed dicts and the package's named tuples, written as text, make 29 (~0.9 M).

    Same classes, patterns and functions: only the compiling is skipped. So that dataclasses'
    and regex's imports are among them, this module imports neither itself: dataclasses is
    imported by the first block, regex by the package's modules (inside it).

    How: `dataclasses` calls `exec`, `collections` `eval` and `typing` `compile` by name, and a
    name of their module is found before the builtin (Python 3.10–3.13 do; were a later one not
    to, nothing is cached and nothing changes); modules call `re.compile` as an attribute of
    `re`. While any thread is inside a block, those names are the stand-ins of `_STAND_INS`;
    they are put back as they were when the last block ends, whatever the order threads leave
    theirs in. Only the threads inside a block go through the cache: another thread's class,
    pattern, named tuple or forward reference is compiled as usual (by what was there before,
    if a program had set its own). A module that takes `re.compile` into a name of its own
    (`from re import compile`) while inside keeps `_re_compile_stand_in`, which outside a block
    is `re.compile` as this module found it.

    >>> import collections, dataclasses, re
    >>> with cached_imports():
    ...     Point = dataclasses.make_dataclass("Point", ["x", "y"])
    ...     digits = re.compile("[0-9]+")
    ...     Pair = collections.namedtuple("Pair", "a b")
    >>> Point(1, 2), digits.findall("增长5%"), Pair(1, b=2)
    (Point(x=1, y=2), ['5'], Pair(a=1, b=2))
    >>> "exec" in vars(dataclasses), "eval" in vars(collections), re.compile is _RE_COMPILE
    (False, False, True)
    """

    def __enter__(self) -> None:
        with _BLOCKS:
            first = not _INSIDE
            me = threading.get_ident()
            _INSIDE[me] = _INSIDE.get(me, 0) + 1
            if first:
                try:
                    for module_name, name, stand_in in _STAND_INS:
                        module = __import__(module_name)  # (dataclasses: imported here)
                        _EARLIER[module_name, name] = vars(module).get(name, _NONE)
                        setattr(module, name, stand_in)
                except BaseException:  # (as if the block had not begun)
                    _put_back()
                    del _INSIDE[me]
                    raise

    def __exit__(self, *exc: object) -> None:
        with _BLOCKS:
            me = threading.get_ident()
            _INSIDE[me] -= 1
            if not _INSIDE[me]:
                del _INSIDE[me]
            if not _INSIDE:
                _put_back()


def _put_back() -> None:
    """Every name the first block replaced, as it was (see `cached_imports`); a name another
    thread has set since (a patch of its own, made or undone while the block ran) is left as
    that thread set it."""
    stand_ins = {(module_name, name): stand_in for module_name, name, stand_in in _STAND_INS}
    for (module_name, name), earlier in _EARLIER.items():
        module = sys.modules[module_name]
        if vars(module).get(name, _NONE) is not stand_ins[module_name, name]:
            continue
        if earlier is _NONE:
            vars(module).pop(name, None)
        else:
            setattr(module, name, earlier)
    _EARLIER.clear()


_NONE = object()
_BLOCKS = threading.Lock()
_INSIDE: dict[int, int] = {}  # the threads inside a cached_imports block: how deep
# (module, name): what it was before the first block (_NONE: none of the module's own), while
# blocks run
_EARLIER: dict[tuple[str, str], object] = {}
# `re.compile` as this module found it (what PatternStore compiles by)
_RE_COMPILE = re.compile
# the compiler flags of the `from __future__` imports, which `exec` or `eval` of a text takes from
# the code that calls it (nested scopes and generators are no longer flags of the compiler;
# dataclasses' and collections' modules have none, but a caller's are kept as exec would keep them)
_FUTURE_FLAGS = sum(
    getattr(__future__, name).compiler_flag
    for name in __future__.all_feature_names
    if name not in ("nested_scopes", "generators")
)


def _re_compile_stand_in(pattern, flags=0):
    """`re.compile(pattern, flags)` while a block runs (see `cached_imports`): through the cache
    in a thread inside a block, for a pattern's text and int flags; by the earlier `re.compile`
    otherwise, and for the flags that make it print (DEBUG) or warn (TEMPLATE) or a pattern
    that depends on the locale (LOCALE)."""
    if (
        threading.get_ident() in _INSIDE
        and isinstance(pattern, (str, bytes))
        and isinstance(flags, int)
        and not flags & _RE_AS_USUAL
    ):
        return _STORE.get("re", pattern, flags, {})
    return _EARLIER.get(("re", "compile"), _RE_COMPILE)(pattern, flags)  # type: ignore[operator]


_RE_AS_USUAL = re.DEBUG | re.LOCALE | getattr(re, "TEMPLATE", 0)


def _exec_stand_in(source, globals, locals=None, /) -> None:
    """`exec(source, globals, locals)` as `dataclasses` calls it (see `cached_imports`): a text
    compiled with its caller's `from __future__` flags, through the cache in a thread inside a
    block; by the module's own earlier `exec` where a program had set one."""
    earlier = _EARLIER.get(("dataclasses", "exec"), _NONE)
    if isinstance(source, str):
        flags = sys._getframe(1).f_code.co_flags & _FUTURE_FLAGS
        source = _text_code(source, flags, "exec", earlier)
    (exec if earlier is _NONE else earlier)(source, globals, locals)  # type: ignore[operator]


def _text_code(source: str, flags: int, mode: str, earlier: object) -> str | CodeType:
    """What the `exec` or `eval` stand-in runs for a text: its code from the cache in a thread
    inside a block, compiled as the builtin would compile it where the module had no earlier
    one of its own, else the text itself (for that earlier one to take)."""
    if threading.get_ident() in _INSIDE:
        return _STORE.code(source, flags, mode)
    if earlier is _NONE:
        return builtins.compile(source, "<string>", mode, flags, dont_inherit=True)
    return source


def _eval_stand_in(source, globals=None, locals=None, /):
    """`eval(source, globals, locals)` as `collections.namedtuple` calls it (see
    `cached_imports`), as `_exec_stand_in` does exec: with the caller's names where no globals
    are given, as eval would."""
    caller = sys._getframe(1)
    if globals is None:
        globals = caller.f_globals
        locals = caller.f_locals if locals is None else locals
    earlier = _EARLIER.get(("collections", "eval"), _NONE)
    if isinstance(source, str):
        flags = caller.f_code.co_flags & _FUTURE_FLAGS
        source = _text_code(source.lstrip(" \t"), flags, "eval", earlier)  # (as eval takes it)
    run = eval if earlier is _NONE else earlier
    return run(source, globals, locals)  # type: ignore[operator]


def _compile_stand_in(source, filename, mode, flags=0, dont_inherit=False, optimize=-1, **kwargs):
    """`compile(...)` as `typing.ForwardRef` calls it (see `cached_imports`): a text compiled to
    code under the name "<string>" with its caller's `from __future__` flags, through the cache
    in a thread inside a block; anything else as `compile` would (by the module's own earlier
    `compile` where a program had set one)."""
    if not dont_inherit:
        flags |= sys._getframe(1).f_code.co_flags & _FUTURE_FLAGS
    earlier = _EARLIER.get(("typing", "compile"), _NONE)
    if (
        isinstance(source, str)
        and filename == "<string>"
        and mode in ("eval", "exec")
        and not flags & ~_FUTURE_FLAGS  # (not an AST asked for, nor another compiler flag)
        and optimize == -1
        and not kwargs
        and threading.get_ident() in _INSIDE
    ):
        return _STORE.code(source, flags, mode)
    return (builtins.compile if earlier is _NONE else earlier)(  # type: ignore[operator]
        source, filename, mode, flags, True, optimize, **kwargs
    )


# What a block puts in place of what, in this order: (module, name, stand-in). dataclasses comes
# last, imported by the first block once the others are in place (importing it compiles three
# patterns and makes eleven named tuples).
_STAND_INS = (
    ("re", "compile", _re_compile_stand_in),
    ("collections", "eval", _eval_stand_in),
    ("typing", "compile", _compile_stand_in),
    ("dataclasses", "exec", _exec_stand_in),
)


def cache_dir() -> Path | None:
    """The directory of the cache file, or None when the cache is turned off (see above)."""
    from pathlib import Path

    directory = _directory()
    return None if directory is None else Path(directory)


def cache_file(directory: str | os.PathLike) -> Path:
    """The cache file in `directory`: its name carries the versions it is valid for."""
    from pathlib import Path

    return Path(directory) / _file_name()


def _directory() -> str | None:
    chosen = os.environ.get(_ENV)
    if chosen is not None:
        return None if chosen.strip().lower() in ("", "off") else chosen
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return os.path.join(base, "ningbo-indicators")


def _file_name() -> str:
    python = f"{sys.implementation.cache_tag}-{sys.version_info.releaselevel}"
    python += "".join(f".{n}" for n in sys.version_info[:3])
    return f"patterns-{python}-{__version__}.marshal"


class PatternStore:
    """The compiled patterns of one cache file: read on first use, written at exit if any
    pattern was new. `path=None`: no file, every pattern is compiled as usual."""

    def __init__(self, path: str | os.PathLike | None):
        self.path = path
        # the entries this process made, not in the file (None: the file not read yet)
        self.blobs: dict[tuple, bytes] | None = None
        # the file's entries not yet loaded, left in its mapping (see `_read`)
        self.file = _FileEntries()
        self.new = 0  # entries made in this process and not in the file
        self.hits = 0  # entries taken from the file
        self.built: dict[tuple, object] = {}  # this process's patterns, by key
        self.codes: dict[tuple, CodeType] = {}  # this process's code (`code`), by key
        self.used: set[tuple] = set()  # the entries this process took from the file or made
        # `remember`'s entries this process made (kept for `save`), and those it took from the
        # file (their bytes freed once loaded: asked for again, built again)
        self.fresh: set[tuple] = set()
        self.taken: set[tuple] = set()
        self.again = 0  # (how many of those were built again)
        self.size = 0  # the bytes of the file as read
        self.stamps: dict[str, tuple[int, int] | None] = {}  # (`stamp`: per module file)
        # (re-entrant: a pattern compiled on first use may be first used by remember's build)
        self._lock = threading.RLock()

    def get(self, engine: str, pattern, flags: int, kwargs: dict):
        """The pattern `engine` ("regex" or "re") compiles, from the file when it holds it."""
        flags = int(flags)
        try:
            named = (
                tuple(
                    sorted(
                        (k, v if isinstance(v, (str, bool)) else tuple(sorted(v)))
                        for k, v in kwargs.items()
                    )
                )
                if kwargs
                else ()
            )
            key = (engine, pattern, flags, named, _version(engine))
            hash(key)
        except TypeError:  # (unorderable or unhashable arguments: not ours to cache)
            return self._compile(engine, pattern, flags, kwargs)
        found = self.built.get(key)
        if found is not None:
            return found
        if self.path is None:
            found = self._compile(engine, pattern, flags, kwargs)
        else:
            with self._lock:
                found = self._from_file(engine, key) or self._compile_and_keep(
                    engine, key, pattern, flags, kwargs
                )
        self.built[key] = found
        return found

    def remember(
        self, name: str, source: str | bytes | mmap.mmap, build: Callable[[], T], raw: bool = False
    ) -> T:
        """`build()`, or what it returned in an earlier run (see `remember` above; `raw`: see
        `remember_bytes`)."""
        if self.path is None:
            return build()
        data = source.encode("utf-8", "surrogatepass") if isinstance(source, str) else source
        digest = (len(data), zlib.crc32(data))
        return self._kept(("bytes" if raw else "data", name, digest, self.stamp(build)), build)

    def stamp(self, build: Callable) -> tuple[int, int] | None:
        """The size and modification time of the file `build`'s code is in (looked up once per
        file and store), as Python's own `__pycache__` checks a module's source: data kept by
        `remember` is built again after an edit of the module that builds it, though the
        package's version is the same (a checkout, an install from another commit). None where
        there is no such file (the entry is then keyed by its name and source only)."""
        filename = getattr(getattr(build, "__code__", None), "co_filename", "")
        if filename not in self.stamps:
            try:
                found = os.stat(filename)
            except (OSError, ValueError):
                self.stamps[filename] = None
            else:
                self.stamps[filename] = found.st_size, found.st_mtime_ns
        return self.stamps[filename]

    def code(self, source: str, flags: int, mode: str = "exec") -> CodeType:
        """`compile(source, "<string>", mode, flags, dont_inherit=True)`, or the code an
        earlier run compiled from the same text with the same flags and mode (once per process:
        code is not changed by running it, and forward references repeat, "str" eleven times)."""

        def build() -> CodeType:
            return builtins.compile(source, "<string>", mode, flags, dont_inherit=True)

        key = ("code", mode, source, flags)
        found = self.codes.get(key)
        if found is None:
            found = self.codes[key] = build() if self.path is None else self._kept(key, build)
        return found

    def _kept(self, key: tuple, build: Callable[[], T]) -> T:
        """What the file holds under `key`, else `build()`, kept under `key` if marshal can."""
        with self._lock:
            blobs = self.blobs if self.blobs is not None else self._read_file()
            if key in self.taken:  # (asked for again: the file holds it, already loaded once)
                self.again += 1
                return build()
            blob = blobs.get(key)
            value: Any
            try:
                if key[0] == "bytes":  # (`remember_bytes`: the bytes themselves)
                    value = blob if blob is not None else self.file.take(key)
                    value = _NONE if value is None else value
                else:
                    value = marshal.loads(blob) if blob is not None else self.file.load(key)
            except Exception:  # (a damaged entry: built again below)
                blobs.pop(key, None)
            else:
                if value is not _NONE:
                    self.hits += 1
                    self.used.add(key)
                    if blob is None:  # (a file's entry: taken out of the index, as in _from_file)
                        self.taken.add(key)
                    return value
            value = built = build()
            if key[0] == "bytes":  # (`remember_bytes`: the bytes themselves)
                if not isinstance(value, bytes):
                    return built
                blobs[key] = value
            else:
                try:
                    blobs[key] = marshal.dumps(value)  # (see except)
                except ValueError:  # (not plain data)
                    return built
            self.new += 1
            self.fresh.add(key)
            self.used.add(key)
            return built

    @staticmethod
    def _compile(engine: str, pattern, flags: int, kwargs: dict):
        if engine == "re":
            return (
                _std_with_first(pattern, flags, kwargs["first"])
                if kwargs
                else _RE_COMPILE(pattern, flags)
            )
        import regex

        return regex.compile(pattern, flags, **kwargs)

    def _read_file(self) -> dict[tuple, bytes]:
        """The file's entries, mapped (`file`); no entry made by this process yet (`blobs`)."""
        self.blobs = {}
        if self.path is not None:  # (no cache: nothing to read)
            try:
                self.size = os.stat(self.path).st_size
            except OSError:
                self.size = 0
            self.file = _read(self.path)
        return self.blobs

    def _from_file(self, engine: str, key: tuple):
        if self.blobs is None:
            self._read_file()
        # (an entry is taken out of the index once loaded: a pattern or code is loaded once per
        # process, `built`, `codes`; `save` reads the file's entries again; `_FileEntries.load`
        # written out: a call per pattern)
        span = self.file.index.pop(key, None)
        if span is None:
            return None
        try:
            module, name = _hook(engine)
            stored = marshal.loads(self.file.data[span[0] : span[1]])
            built = getattr(module, name).compile(*_unpack(stored, key[1]))
        except Exception:  # (another engine's internals, another pattern's entry): compile it
            return None
        self.hits += 1
        self.used.add(key)
        return built

    def _compile_and_keep(self, engine: str, key: tuple, pattern, flags: int, kwargs: dict):
        """Compile as usual, watching the engine's last call to keep its arguments."""
        module, name = _hook(engine)
        real = getattr(module, name, None)
        if module is None or real is None or not callable(getattr(real, "compile", None)):
            return self._compile(engine, pattern, flags, kwargs)
        seen: list = []
        watcher = _Watcher(real, seen)
        setattr(module, name, watcher)
        compiled: re.Pattern | regex.Pattern
        try:
            # (bypassing the engines' own caches, so that the engine is called)
            if engine == "re" and kwargs:  # (`first` given: see compile_std)
                compiled = _std_with_first(pattern, flags, kwargs["first"])
            elif engine == "re":  # (re._compiler.compile: what re.compile calls on a miss)
                compiled = module.compile(pattern, flags)
            else:
                import regex

                compiled = regex.compile(pattern, flags, cache_pattern=False, **kwargs)
        finally:
            setattr(module, name, real)
        if seen and seen[-1][1] is compiled and not compiled.flags & _LOCALE:
            args = _pack(seen[-1][0], pattern)
            if args is None:  # (another engine's internals: compiled as usual every run)
                return compiled
            try:  # (the flags may be an enum; the rest is plain data, checked by marshal)
                blob = marshal.dumps(tuple(_plain(a) if isinstance(a, int) else a for a in args))
            except ValueError:  # (an enum deeper down: the slow way)
                try:
                    blob = marshal.dumps(_plain(args))
                except ValueError:  # (an argument marshal cannot store)
                    return compiled
            if self.blobs is not None:
                self.blobs[key] = blob
                self.new += 1
                self.used.add(key)
        return compiled

    def save(self) -> None:
        """Write the file if any entry was new, with what another process may have written
        meanwhile; never raises. A file grown past MAX_BYTES (entries of older versions of a
        key table or of the package's patterns, each kept once) is written again with the
        entries this process used only, new or not, so that it never grows without bound."""
        if self.path is None or self.blobs is None:
            return
        if not self.new and self.size <= MAX_BYTES:
            return
        now = _read(self.path)  # (what another process may have written meanwhile)
        try:
            merged: dict[tuple, bytes | memoryview] = {
                **now.views(),
                **self.file.views(),
                **self.blobs,
            }
            payload = _payload(merged)
            if len(payload) > MAX_BYTES:
                payload = _payload({k: v for k, v in merged.items() if k in self.used})
        except Exception:  # (a damaged mapping: next run compiles again)
            return
        finally:
            merged = {}
            now.close()
        # (this process's mapping is closed before the file is replaced, as Windows requires:
        # what the file held is read again from the new file, if asked for)
        self.file.close()
        self.blobs, self.file = None, _FileEntries()
        try:
            folder, name = os.path.split(self.path)
            os.makedirs(folder or ".", exist_ok=True)
            temporary = os.path.join(folder, f".{name}.{os.getpid()}.{os.urandom(4).hex()}.tmp")
            # (a new file, never through a link planted under its name; writable by its owner
            # only, whatever the umask: `_own_file` reads no other)
            fd = os.open(temporary, NEW_FILE_FLAGS, 0o644)
            try:
                with os.fdopen(fd, "wb") as out:
                    out.write(_MAGIC + zlib.crc32(payload).to_bytes(4, "big"))
                    out.write(payload)
                os.replace(temporary, self.path)
            except BaseException:  # (ours, half written: removed)
                try:
                    os.unlink(temporary)
                except OSError:
                    pass
                raise
        except Exception:  # (an unwritable directory, a full disk: next run compiles again)
            return
        self.new, self.size = 0, len(payload)


def _hook(engine: str) -> tuple:
    """The module of `engine` ("re" or "regex") that receives the compiled data (None where it
    has none), and the name of the C module in it (see _HOOKS). Imports regex on its first use,
    not at the import of this module (see TYPE_CHECKING above)."""
    inner, c_module = _HOOKS[engine]
    # (sys.modules first: __import__ of a module imported already costs ~2,600 instructions)
    return getattr(sys.modules.get(engine) or __import__(engine), inner, None), c_module


def _version(engine: str) -> object:
    """What the compiled data of `engine` depends on besides the pattern, its flags and the
    version of Python (which names the file): for regex, its own version (its internals) and
    `regex.DEFAULT_VERSION` (which a program may change: it decides the syntax)."""
    if engine != "regex":
        return 0
    import regex

    return regex.__version__, int(regex.DEFAULT_VERSION)


def _std_with_first(pattern, flags: int, first: str | bool) -> re.Pattern:
    """`re.compile(pattern, flags)`, with the engine told that every match starts with one of
    the characters of the class [first] (see compile_std; True: `first_characters`).

    How: the engine's program opens with an information block (the least and greatest width
    of a match, and a literal prefix or a set of first characters when the compiler can tell
    them). The compiler finds the set only when the pattern opens with a character class, not
    when it opens with a look-ahead; the block is made here as for the class [first], with the
    pattern's own widths. Where the engine's internals are not as expected (another version of
    Python), or the compiler found a prefix itself: compiled as usual (by the compiler, not
    through `re`'s own cache, so that the engine's call is seen and kept).
    """
    try:
        from re import _compiler, _parser  # type: ignore[attr-defined]  # (private modules)

        if first is True:
            found = first_characters(pattern, flags)
            if found is None:
                return _compiler.compile(pattern, flags)
            first = found
        parsed = _parser.parse(pattern, flags)
        flags = parsed.state.flags | flags
        code = _compiler._code(parsed, flags)
        if code[0] != _compiler.INFO or code[1:3] != [4, 0]:  # (a prefix of its own)
            return _compiler.compile(pattern, flags)
        info: list[int] = []
        _compiler._compile_info(info, _parser.parse(f"[{first}]", flags), flags)
        if info[2] != _compiler.SRE_INFO_CHARSET:
            return _compiler.compile(pattern, flags)
        info[3:5] = code[3:5]  # the pattern's own least and greatest width
        names = [None] * parsed.state.groups
        for name, i in parsed.state.groupdict.items():
            names[i] = name
        return _compiler._sre.compile(
            pattern,
            flags,
            info + code[code[1] + 1 :],
            parsed.state.groups - 1,
            parsed.state.groupdict,
            tuple(names),
        )
    except Exception:  # (another version's internals)
        return _RE_COMPILE(pattern, flags)


class _Watcher:
    """Stands for the engine's C module during one compile: keeps the arguments and the result
    of `compile`, forwards everything else."""

    def __init__(self, real, seen: list):
        self._real, self._seen = real, seen

    def compile(self, *args):
        result = self._real.compile(*args)
        self._seen.append((args, result))
        return result

    def __getattr__(self, name: str):
        return getattr(self._real, name)


def _pack(args: tuple, pattern: str | bytes) -> tuple | None:
    """The engine's arguments for `pattern` as they are stored: its program (the third: a list
    of 32-bit words, for both engines) as the bytes of those words, read back in one step where
    `marshal` reads a list number by number (two thirds of the time of building the patterns
    from the file); the pattern's text (the first), which the entry's key holds, as its length
    only (read back, the text took a sixth of that time). None where the third argument is not
    such a list, or the first is not the pattern (another engine's internals)."""
    if len(args) < 3 or type(args[2]) is not list or args[0] != pattern:
        return None
    try:
        words = array("I", args[2])
    except (TypeError, OverflowError):
        return None
    return (len(pattern), args[1], words.tobytes(), *args[3:])


def _unpack(stored: tuple, pattern: str | bytes) -> tuple:
    """What `_pack` was given for `pattern`; ValueError where `stored` was made for a pattern of
    another length (an entry under another pattern's key). A pattern of the same length filed
    under another's key would pass: only a fault of `save` or a file made by hand could file it
    so (entries are filed by the pattern's whole text, and the file's checksum guards the rest),
    and this check is a guard against the first, not the second."""
    if stored[0] != len(pattern):
        raise ValueError("an entry of another pattern")
    words = array("I")
    words.frombytes(stored[2])
    return (pattern, stored[1], words.tolist(), *stored[3:])


def _plain(value):
    """`value` with int subclasses (flag enums) made ints: marshal stores only built-in types."""
    if isinstance(value, int) and not isinstance(value, bool):
        return int(value)
    if isinstance(value, list):
        return [_plain(v) for v in value]
    if isinstance(value, tuple):
        return tuple(_plain(v) for v in value)
    if isinstance(value, dict):
        return {_plain(k): _plain(v) for k, v in value.items()}
    return value


# os.open's flags for a new file, only this process's, never through a link (the cache's
# temporary file, and `outputs.export`'s)
NEW_FILE_FLAGS = (
    os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_BINARY", 0)
)


# os.open's flags for reading a cache file (see `_read`)
_READ_FLAGS = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)


def _own_file(st: os.stat_result) -> bool:
    """Whether a cache file may be trusted: it holds code that is run (`cached_imports`), so
    one that another user owns, or that others than its owner may write, is not read (as ssh
    refuses such a key file). Where there are no user ids (Windows), every file is."""
    geteuid = getattr(os, "geteuid", None)
    return geteuid is None or st.st_uid == geteuid() and not st.st_mode & 0o022


def _read(path: str | os.PathLike) -> _FileEntries:
    """The entries of a cache file, left in its mapping; an absent, damaged or foreign file (its
    magic line, or the CRC-32 of the rest after it, not as `save` writes them), one whose index
    `marshal` cannot read, or one not the user's own (`_own_file`), gives none.

    (The file is mapped, not read into a buffer, and its entries are loaded from the mapping,
    not copied out of it first: its pages are the system's file cache's, mapped several at a
    time, where a buffer or a copy takes fresh pages one by one, ~4 µs each on a virtual
    machine: reading the file into a buffer took ~430 page faults more, copying its entries out
    ~270. On Windows, which refuses to replace a file that a process maps, it is read.)

    (The mapping is kept while the process runs: a pattern compiled on first use and a row of
    the key table are loaded from it then. This package never writes into the file in place,
    `save` replaces it whole, so the bytes the CRC-32 checked stay those that are read; were
    another program to write into it in place, or cut it short, while a process maps it, that
    process would read the changed bytes, or end on SIGBUS, and the next run's check would
    refuse the file: the assumption of other mapped caches, such as fontconfig's.)"""
    mapped: mmap.mmap | bytes
    try:
        # (opened without waiting: a FIFO in the file's place would block the open for ever; it
        # is not a regular file, and is not read)
        with open(os.open(path, _READ_FLAGS), "rb") as f:
            found = os.fstat(f.fileno())
            if not stat.S_ISREG(found.st_mode) or not _own_file(found):
                return _FileEntries()
            if _MAP:
                mapped = mmap.mmap(f.fileno(), 0, access=mmap.ACCESS_READ)
            else:
                mapped = f.read()
    except (OSError, ValueError):  # (ValueError: an empty file, which cannot be mapped)
        return _FileEntries()
    head = len(_MAGIC)
    try:
        with memoryview(mapped) as data, data[head + 4 :] as payload:
            if data[:head] != _MAGIC or data[head : head + 4] != zlib.crc32(payload).to_bytes(
                4, "big"
            ):
                raise ValueError("not a cache file")
            start = head + 8 + int.from_bytes(payload[:4], "big")
            with data[head + 8 : start] as index_bytes:
                index = marshal.loads(index_bytes)
        if not isinstance(index, dict):
            raise ValueError("not a cache file")
    except Exception:
        if isinstance(mapped, mmap.mmap):
            mapped.close()
        return _FileEntries()
    return _FileEntries(index, mapped, start)


def _within(span: object, size: int) -> TypeGuard[tuple[int, int]]:
    """Whether `span`, an entry's place in an index, is (start, end) within `size` bytes. The
    CRC-32 guards the index against damage, not against a fault of `save` or a file made by
    hand: `save` leaves out an entry placed elsewhere (it once failed on it, so that the file
    was never written again), and `take` does not give it (a slice out of bounds would be cut
    short, a negative one read from the end). (Not checked where an entry is `marshal`led,
    `load` and `_from_file`: the checks cost ~1.1 M instructions of a run's ~450 entries, and
    `marshal` refuses bytes cut short; a place that lies, `_payload` does not write.)"""
    return (
        type(span) is tuple
        and len(span) == 2
        and type(span[0]) is int
        and type(span[1]) is int
        and 0 <= span[0] <= span[1] <= size
    )


def _payload(blobs: dict[tuple, bytes | memoryview]) -> bytes:
    """What a cache file holds after its magic line and CRC-32, for `blobs` (each entry's
    `marshal`led bytes): the length of its index, its index ({key: (start, end)} of each entry,
    counted from the end of the index), then the entries one after another."""
    index = {}
    at = 0
    for key, blob in blobs.items():
        index[key] = (at, at + len(blob))
        at += len(blob)
    head = marshal.dumps(index)
    return b"".join([len(head).to_bytes(4, "big"), head, *blobs.values()])


class _FileEntries:
    """The entries of a cache file left in its mapping (`_read`), each loaded from it when first
    asked for, then taken out of the index; closed before `save` replaces the file."""

    def __init__(
        self, index: dict | None = None, mapped: mmap.mmap | bytes | None = None, start: int = 0
    ):
        self.index: dict[tuple, tuple[int, int]] = index or {}  # key: (start, end) in `data`
        self.mapped = mapped
        # the entries' part of the mapping (a slice of it is a view, not a copy; one out of its
        # bounds is cut short, and `marshal` then fails to read it)
        self.data = memoryview(mapped)[start:] if mapped is not None else memoryview(b"")

    def load(self, key: tuple) -> Any:
        """The entry under `key`, loaded, and taken out of the index (_NONE if there is none);
        an error for a damaged entry."""
        span = self.index.pop(key, None)
        if span is None:
            return _NONE
        return marshal.loads(self.data[span[0] : span[1]])

    def take(self, key: tuple) -> memoryview | None:
        """The bytes of the entry under `key`, a view of the mapping (held, it keeps the
        mapping open), taken out of the index; None if there is none."""
        span = self.index.pop(key, None)
        return self.data[span[0] : span[1]] if _within(span, len(self.data)) else None

    def views(self) -> dict[tuple, memoryview]:
        """The entries not loaded yet, as views of the mapping (for `save`, which closes it)."""
        data = self.data
        size = len(data)
        return {key: data[s[0] : s[1]] for key, s in self.index.items() if _within(s, size)}

    def close(self) -> None:
        if self.mapped is not None:
            try:
                self.data.release()
                if isinstance(self.mapped, mmap.mmap):
                    self.mapped.close()
            except BufferError:  # (a view still held: the mapping closes once it is freed)
                pass
            self.mapped, self.index, self.data = None, {}, memoryview(b"")


def _store() -> PatternStore:
    directory = _directory()
    return PatternStore(os.path.join(directory, _file_name()) if directory is not None else None)


_STORE = _store()
atexit.register(lambda: _STORE.save())
