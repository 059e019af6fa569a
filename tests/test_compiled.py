"""The disk cache of compiled patterns (ningbo_indicators/compiled.py): a pattern built from the
cache is the compiled pattern (same text, flags, groups and matches); whatever is wrong with
the cache, patterns are compiled as usual and nothing is raised; the file is written once and
then reused, and the command's output does not depend on it."""

from __future__ import annotations

import importlib
import marshal
import os
import pkgutil
import re
import subprocess
import sys
import zlib
from pathlib import Path

import pytest
import regex
from conftest import REPO

import ningbo_indicators
from ningbo_indicators import compiled
from ningbo_indicators.dataset import keys
from ningbo_indicators.lazy import compile_all


def _engine_compile(key: tuple):
    engine, pattern, flags, named, _ = key
    if engine == "re":
        return re.compile(pattern, flags)
    return regex.compile(pattern, flags, **{k: list(v) for k, v in named})


def _package_pattern_keys(report_text: str) -> list[tuple]:
    """The keys of every pattern the package compiles on the bundled report, its lazy patterns
    and every row of the shipped key table."""
    for module in pkgutil.walk_packages(ningbo_indicators.__path__, "ningbo_indicators."):
        importlib.import_module(module.name)
    ningbo_indicators.extract(report_text)
    compile_all()  # (every lazy pattern: test_batch checks that it holds them all)
    for row in keys.default_keys():
        row.pattern  # noqa: B018
    return sorted(compiled._STORE.built, key=repr)


def _behaviour(p, text: str) -> tuple:
    subject = text.encode() if isinstance(p.pattern, bytes) else text
    return (p.pattern, p.flags, dict(p.groupindex), [m.regs for m in p.finditer(subject)])


def test_every_package_pattern_round_trips(tmp_path, report_text):
    """Compiled with the cache cold, then built from the file: the same as the engine's own
    compile, down to the spans of every group of every match on the bundled report."""
    all_keys = _package_pattern_keys(report_text)
    assert len(all_keys) > 200  # (the package's ~160 patterns and the key table's rows)
    # (before Python 3.11, compile_std's patterns are compiled by regex: see compiled.py)
    assert {k[0] for k in all_keys} == (
        {"re", "regex"} if sys.version_info >= (3, 11) else {"regex"}
    )
    path = tmp_path / "cache.marshal"
    cold = compiled.PatternStore(path)
    for key in all_keys:
        cold.get(key[0], key[1], key[2], dict(key[3]))
    assert cold.new == len(all_keys) and cold.hits == 0
    cold.save()
    warm = compiled.PatternStore(path)
    differ = []
    for key in all_keys:
        built = warm.get(key[0], key[1], key[2], dict(key[3]))
        if _behaviour(built, report_text) != _behaviour(_engine_compile(key), report_text):
            differ.append(key[1])
    assert differ == []
    assert (warm.hits, warm.new) == (len(all_keys), 0)


def _valid_file(path: Path, blobs: object) -> None:
    """A file as `save` writes it, holding `blobs` ({key: an entry's bytes}; else, what its
    index is)."""
    if isinstance(blobs, dict):
        payload = compiled._payload(blobs)
    else:
        index = marshal.dumps(blobs)
        payload = len(index).to_bytes(4, "big") + index
    path.write_bytes(compiled._MAGIC + zlib.crc32(payload).to_bytes(4, "big") + payload)


def _index_past_the_end(path: Path) -> None:
    """A file whose index places the entry past the file's end (its CRC-32 right)."""
    index = marshal.dumps({KEY: (0, 10_000)})
    payload = len(index).to_bytes(4, "big") + index + b"\x00" * 10
    path.write_bytes(compiled._MAGIC + zlib.crc32(payload).to_bytes(4, "big") + payload)


PATTERN = r"(?P<num>\d+(?:\.\d+)?)(?P<pct>%)?(?=左右|以上)"
KEY = ("regex", PATTERN, 0, (), (regex.__version__, int(regex.DEFAULT_VERSION)))
TEXT = "地区生产总值增长6%左右，研发经费投入强度达到3.2%以上。"


def _good_file(path: Path) -> None:
    store = compiled.PatternStore(path)
    store.get("regex", PATTERN, 0, {})
    store.save()


def _damage(path: Path, how) -> None:
    _good_file(path)
    path.write_bytes(how(path.read_bytes()))


def _flip(data: bytes) -> bytes:
    middle = len(data) - 20
    return data[:middle] + bytes([data[middle] ^ 0x10]) + data[middle + 1 :]


# (what is wrong, how the cache directory is set up, whether the run can write a good file)
BROKEN = [
    ("random bytes", lambda p: p.write_bytes(os.urandom(300)), True),
    ("an empty file", lambda p: p.write_bytes(b""), True),
    ("truncated", lambda p: _damage(p, lambda d: d[: len(d) // 2]), True),
    ("one bit changed", lambda p: _damage(p, _flip), True),
    ("another program's marshal data", lambda p: p.write_bytes(marshal.dumps({"a": 1})), True),
    ("our header, not a table", lambda p: _valid_file(p, [1, 2]), True),
    (
        "an entry the engine refuses (another regex's internals)",
        lambda p: _valid_file(p, {KEY: marshal.dumps((1, 2, 3))}),
        True,
    ),
    (
        "an entry for another pattern",
        lambda p: _valid_file(
            p, {KEY: marshal.dumps(_captured(compiled.PatternStore(None), r"\d+"))}
        ),
        True,
    ),
    ("an entry that is not marshal data", lambda p: _valid_file(p, {KEY: b"\xff\x00"}), True),
    ("an entry placed past the file's end", _index_past_the_end, True),
    ("a directory in the file's place", lambda p: p.mkdir(), False),
    ("a FIFO in the file's place (its open once waited for ever)", lambda p: os.mkfifo(p), True),
    ("the directory is a file", lambda p: p.parent.rmdir() or p.parent.write_text("x"), False),
]


def _captured(store: compiled.PatternStore, pattern: str) -> tuple:
    """The engine arguments of `pattern`, as the cache stores them."""
    store.path, store.blobs = Path("unused"), {}
    store._compile_and_keep("regex", ("regex", pattern, 0, ()), pattern, 0, {})
    return marshal.loads(next(iter(store.blobs.values())))


@pytest.mark.parametrize(
    "setup,writable", [(s, w) for _, s, w in BROKEN], ids=[name for name, _, _ in BROKEN]
)
def test_a_broken_cache_means_compiling_as_usual(tmp_path, setup, writable):
    path = tmp_path / "cache" / "patterns.marshal"
    path.parent.mkdir()
    setup(path)
    store = compiled.PatternStore(path)
    built = store.get("regex", PATTERN, 0, {})
    assert _behaviour(built, TEXT) == _behaviour(regex.compile(PATTERN), TEXT)
    assert [m.group("num") for m in built.finditer(TEXT)] == ["6", "3.2"]
    store.save()  # (never raises)
    if writable:  # the next run finds the pattern in a good file
        again = compiled.PatternStore(path)
        assert _behaviour(again.get("regex", PATTERN, 0, {}), TEXT) == _behaviour(built, TEXT)
        assert again.hits == 1


def test_an_engine_without_the_expected_internals_compiles_as_usual(tmp_path, monkeypatch):
    _good_file(tmp_path / "p.marshal")
    monkeypatch.setitem(compiled._HOOKS, "regex", ("_not_there", "_regex"))
    store = compiled.PatternStore(tmp_path / "p.marshal")
    assert _behaviour(store.get("regex", PATTERN, 0, {}), TEXT) == _behaviour(
        regex.compile(PATTERN), TEXT
    )
    store.get("regex", r"\d+万人", 0, {})  # (a new pattern: compiled, not kept)
    assert store.hits == 0 and store.new == 0


@pytest.mark.parametrize(
    "args,packed",
    [
        (("p", 0, [17, 4294967295, 0], 1, {}), True),  # a program of 32-bit words: as bytes
        (("p", 0, (17, 4), 1), False),  # another engine's internals: not stored
        (("p", 0, [17, -1]), False),
        (("p", 0, [17, 2**32]), False),
        (("p", 0, ["a"]), False),
        (("p", 0), False),
        (("q", 0, [17, 4], 1), False),  # another pattern's text: not stored
    ],
)
def test_the_program_is_stored_as_words(args, packed):
    stored = compiled._pack(args, "p")
    assert (stored is not None) == packed
    if packed:
        assert type(stored[2]) is bytes and compiled._unpack(stored, "p") == args
        assert stored[0] == 1 and "p" not in stored  # (the key holds the text)
        with pytest.raises(ValueError):
            compiled._unpack(stored, "pq")


def test_two_processes_writing_keep_both_patterns(tmp_path):
    path = tmp_path / "p.marshal"
    first, second = compiled.PatternStore(path), compiled.PatternStore(path)
    first.get("regex", r"\d+亿元", 0, {})
    second.get("regex", r"\d+万人", 0, {})
    first.save()
    second.save()  # (read before the first one wrote: merged with it)
    again = compiled.PatternStore(path)
    for pattern in (r"\d+亿元", r"\d+万人"):
        again.get("regex", pattern, 0, {})
    assert (again.hits, again.new) == (2, 0)


def test_a_file_grown_too_large_keeps_what_a_run_used(tmp_path, monkeypatch):
    path = tmp_path / "p.marshal"
    old = compiled.PatternStore(path)
    for n in range(40):  # (entries of older key tables, say)
        old.get("regex", rf"\d+亿元{n}", 0, {})
    old.save()
    grown = path.stat().st_size
    monkeypatch.setattr(compiled, "MAX_BYTES", grown // 4)
    run = compiled.PatternStore(path)
    run.get("regex", r"\d+亿元3", 0, {})  # (from the file)
    run.get("regex", r"\d+万人", 0, {})  # (new)
    run.save()
    assert path.stat().st_size < grown // 4
    again = compiled.PatternStore(path)
    for pattern in (r"\d+亿元3", r"\d+万人"):
        again.get("regex", pattern, 0, {})
    again.get("regex", r"\d+亿元5", 0, {})  # (not used by the last run: dropped)
    assert (again.hits, again.new) == (2, 1)


def test_a_file_under_the_limit_is_not_written_again(tmp_path):
    path = tmp_path / "p.marshal"
    first = compiled.PatternStore(path)
    first.get("regex", r"\d+亿元", 0, {})
    first.save()
    stat = path.stat()
    second = compiled.PatternStore(path)
    second.get("regex", r"\d+亿元", 0, {})
    second.save()
    assert path.stat().st_mtime_ns == stat.st_mtime_ns


def test_another_regex_version_reads_other_entries(monkeypatch, tmp_path):
    """regex's patterns are filed under its version (the file is named after Python's and the
    package's): another version of regex compiles them anew; re's patterns are read."""
    path = tmp_path / "p.marshal"
    _good_file(path)
    store = compiled.PatternStore(path)
    store.get("re", r"\d+万人", 0, {})
    store.save()
    name = compiled.cache_file(tmp_path).name
    monkeypatch.setattr(regex, "__version__", "1999.1.1")
    assert compiled.cache_file(tmp_path).name == name
    again = compiled.PatternStore(path)
    again.get("regex", PATTERN, 0, {})
    again.get("re", r"\d+万人", 0, {})
    assert (again.hits, again.new) == (1, 1)


def test_the_locale_flag_is_the_same_in_both_engines():
    assert compiled._LOCALE == re.LOCALE == regex.LOCALE


# (NINGBO_INDICATORS_CACHE, XDG_CACHE_HOME, the directory expected; ~ is the home directory)
LOCATIONS = [
    ("off", None, None),
    ("OFF", None, None),
    ("", None, None),
    ("/tmp/ni-cache", None, "/tmp/ni-cache"),
    (None, "/tmp/xdg", "/tmp/xdg/ningbo-indicators"),
    (None, "", "~/.cache/ningbo-indicators"),
    (None, None, "~/.cache/ningbo-indicators"),
]


@pytest.mark.parametrize("chosen,xdg,expected", LOCATIONS, ids=[repr(c[:2]) for c in LOCATIONS])
def test_cache_location(monkeypatch, chosen, xdg, expected):
    for name, value in (("NINGBO_INDICATORS_CACHE", chosen), ("XDG_CACHE_HOME", xdg)):
        if value is None:
            monkeypatch.delenv(name, raising=False)
        else:
            monkeypatch.setenv(name, value)
    found = compiled.cache_dir()
    assert found == (None if expected is None else Path(os.path.expanduser(expected)))


def test_the_key_table_from_the_cache_is_the_parsed_table(tmp_path, monkeypatch):
    text = (REPO / "ningbo_indicators" / "data" / "indicators.csv").read_text("utf-8")
    parsed = keys.parse_table(text, check=False)
    for run in ("cold", "warm"):
        store = compiled.PatternStore(tmp_path / "p.marshal")
        monkeypatch.setattr(compiled, "_STORE", store)
        table = keys.shipped_table.__wrapped__()
        # (rows made as read: the last first, then every one)
        assert table[-1] == parsed[-1] and table[len(parsed) // 2] == parsed[len(parsed) // 2]
        assert tuple(table) == parsed, run
        assert [hash(k) for k in table] == [hash(k) for k in parsed], run
        assert keys._index(table).parts() == keys._Index(parsed).parts(), run
        assert keys.classes_by_key(table) == keys.classes_by_key(parsed), run
        assert (store.hits, store.new) == ((0, 1) if run == "cold" else (1, 0))
        store.save()


def test_remembered_data_is_built_again_after_an_edit(tmp_path):
    """`remember` keeps data under a digest of its source: an edit that keeps the length (one
    character for another, two swapped) is not read from the file but built again."""
    source = "key,name\ngdp,地区生产总值\njobs,城镇新增就业\n"
    edits = [source, source.replace("gdp", "gdq"), source.replace("就业", "业就")]
    for run in range(2):
        store = compiled.PatternStore(tmp_path / "p.marshal")
        for text in edits:
            assert store.remember("table", text, lambda t=text: t.split()) == text.split()
        assert (store.hits, store.new) == ((0, 3) if run == 0 else (3, 0))
        store.save()


def test_remembered_data_is_built_again_after_its_builder_is_edited(tmp_path, monkeypatch):
    """The same name and source, but the module that builds the data edited (a checkout of
    another commit under the same version): built again, not the old module's data read."""
    monkeypatch.syspath_prepend(str(tmp_path))
    module = tmp_path / "builder_mod.py"
    answers = []
    for run, body in enumerate(
        ["def build():\n    return [1]\n", "def build():\n    return [1, 2]\n"]
    ):
        module.write_text(body, "utf-8")
        os.utime(module, ns=(run * 10**9, run * 10**9))
        sys.modules.pop("builder_mod", None)
        import builder_mod

        store = compiled.PatternStore(tmp_path / "p.marshal")
        answers.append(store.remember("table", "key,name\n", builder_mod.build))
        assert (store.hits, store.new) == (0, 1), run
        store.save()
    again = compiled.PatternStore(tmp_path / "p.marshal")
    assert again.remember("table", "key,name\n", builder_mod.build) == [1, 2]
    assert (again.hits, again.new) == (1, 0)
    assert answers == [[1], [1, 2]]
    sys.modules.pop("builder_mod", None)


_RUN = """
import sys
from ningbo_indicators import compiled, extract
from ningbo_indicators.readers import bundled_text
extract(bundled_text())
print(compiled._STORE.hits, compiled._STORE.new)
"""


def _run(env_value: str, *args: str) -> subprocess.CompletedProcess:
    env = {**os.environ, "NINGBO_INDICATORS_CACHE": env_value}
    return subprocess.run(
        [sys.executable, *args], env=env, capture_output=True, text=True, check=True, cwd=REPO
    )


def test_the_file_is_written_once_then_reused(tmp_path):
    first = _run(str(tmp_path), "-c", _RUN)
    (written,) = tmp_path.iterdir()
    hits, new = map(int, first.stdout.split())
    assert hits == 0 and new > 100
    stat = written.stat()
    second = _run(str(tmp_path), "-c", _RUN)
    assert tuple(map(int, second.stdout.split())) == (new, 0)  # (every entry from the file)
    assert (written.stat().st_mtime_ns, written.stat().st_ino) == (stat.st_mtime_ns, stat.st_ino)
    assert [p.name for p in tmp_path.iterdir()] == [written.name]  # (no temporary file left)


def test_the_command_prints_the_same_with_the_cache_cold_warm_and_off(tmp_path):
    command = ("-m", "ningbo_indicators", "extract", "-f", "jsonl")
    cold = _run(str(tmp_path), *command)
    warm = _run(str(tmp_path), *command)
    off = _run("off", *command)
    assert cold.stdout.count("\n") > 100
    assert cold.stdout == warm.stdout == off.stdout
    assert cold.stderr == warm.stderr == off.stderr == ""


@pytest.mark.skipif(not hasattr(os, "geteuid"), reason="no user ids here")
def test_a_file_others_may_write_is_not_read(tmp_path):
    """The file holds code that is run (the dataclasses' generated code): one that group or
    others may write is not read, as if absent; the user's own file is."""
    path = tmp_path / "cache.marshal"
    store = compiled.PatternStore(path)
    store.get("regex", r"(\d+)亿元", 0, {})
    umask = os.umask(0o002)  # (a umask that lets the group write: the file is written 644)
    try:
        store.save()
    finally:
        os.umask(umask)
    assert path.stat().st_mode & 0o777 == 0o644
    for mode, hits in ((0o666, 0), (0o620, 0), (0o644, 1), (0o600, 1)):
        path.chmod(mode)
        again = compiled.PatternStore(path)
        assert again.get("regex", r"(\d+)亿元", 0, {}).search("351亿元").group(1) == "351"
        assert again.hits == hits, oct(mode)


def _a_dataclass():
    import dataclasses

    @dataclasses.dataclass(frozen=True)
    class Thing:
        source: str
        n: int = 0
        tags: list = dataclasses.field(default_factory=list)

    return Thing


def test_cached_imports_is_the_code_dataclasses_compile(tmp_path, monkeypatch):
    """The dataclass made through the cache, cold then warm, has the same methods (code, flags,
    annotations: not this module's `from __future__ import annotations`) as one made plainly."""
    import dataclasses
    import inspect

    plain = _a_dataclass()
    methods = [n for n, v in vars(plain).items() if inspect.isfunction(v)]
    assert "__init__" in methods and "__setattr__" in methods
    for run in ("cold", "warm"):
        store = compiled.PatternStore(tmp_path / "cache.marshal")
        monkeypatch.setattr(compiled, "_STORE", store)
        with compiled.cached_imports():
            cached = _a_dataclass()
        assert (store.new > 0, store.hits > 0) == (run == "cold", run == "warm")
        for name in methods:
            a, b = getattr(plain, name), getattr(cached, name)
            assert a.__annotations__ == b.__annotations__, name
            assert (a.__code__.co_code, a.__code__.co_flags) == (
                b.__code__.co_code,
                b.__code__.co_flags,
            )
        assert inspect.signature(plain) == inspect.signature(cached)
        assert cached("a", 2) == cached("a", 2, []) and repr(cached("a")).endswith(
            "Thing(source='a', n=0, tags=[])"
        )
        store.save()
    assert "exec" not in vars(dataclasses)


def test_cached_imports_blocks_of_threads_ending_out_of_order(tmp_path, monkeypatch):
    """Two threads' blocks overlap and end in the other order: dataclasses' module is as it was
    after both; a thread outside any block meanwhile compiles as usual (not through the cache)."""
    import dataclasses
    import threading

    store = compiled.PatternStore(tmp_path / "cache.marshal")
    monkeypatch.setattr(compiled, "_STORE", store)
    a_in, b_in, a_out = threading.Event(), threading.Event(), threading.Event()

    def a():
        with compiled.cached_imports():
            a_in.set()
            b_in.wait(5)
        a_out.set()

    def b():
        a_in.wait(5)
        with compiled.cached_imports():
            b_in.set()
            a_out.wait(5)
            outside = []
            t = threading.Thread(
                target=lambda: outside.append((_a_dataclass(), re.compile(r"\d+万人")))
            )
            t.start()
            t.join(5)
            assert outside and store.new == 0  # (made outside a block: not cached)

    threads = [threading.Thread(target=f) for f in (a, b)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(10)
    assert "exec" not in vars(dataclasses) and not compiled._INSIDE
    assert re.compile is compiled._RE_COMPILE


def test_a_patch_made_while_a_block_runs_is_kept(tmp_path, monkeypatch):
    """A program that sets its own `re.compile` while a block runs (another thread's patch)
    keeps it when the block ends; one that undoes its patch meanwhile is not given it back."""
    store = compiled.PatternStore(tmp_path / "cache.marshal")
    monkeypatch.setattr(compiled, "_STORE", store)
    plain = re.compile

    def patched(pattern, flags=0):
        return plain(pattern, flags)

    with compiled.cached_imports():
        re.compile = patched  # (as a test double set by a program would be)
    try:
        assert re.compile is patched
    finally:
        re.compile = plain
    re.compile = patched
    try:
        with compiled.cached_imports():
            assert re.compile is compiled._re_compile_stand_in
            re.compile = plain  # (the program's patch undone while the block runs)
        assert re.compile is plain
    finally:
        re.compile = plain


STD_PATTERN = r"(?P<num>[0-9]+(?:\.[0-9]+)?)  %?  (?=左右|以上)"


def test_cached_imports_take_re_patterns_from_the_cache(tmp_path, monkeypatch):
    """What a module compiles with `re.compile` inside a block: from the cache once warm, and
    the pattern `re` itself compiles (text, flags, groups, matches); `re.compile` is put back."""
    plain = re.compile(STD_PATTERN, re.VERBOSE)
    for run in ("cold", "warm"):
        store = compiled.PatternStore(tmp_path / "cache.marshal")
        monkeypatch.setattr(compiled, "_STORE", store)
        with compiled.cached_imports():
            cached = re.compile(STD_PATTERN, re.VERBOSE)
            assert re.compile(STD_PATTERN, re.VERBOSE) is cached  # (as re's own cache)
        assert (store.new, store.hits) == ((1, 0) if run == "cold" else (0, 1))
        assert _behaviour(cached, TEXT) == _behaviour(plain, TEXT)
        assert [m["num"] for m in cached.finditer(TEXT)] == ["6", "3.2"]
        assert re.compile is compiled._RE_COMPILE
        store.save()


@pytest.mark.parametrize(
    "call,kept",
    [
        (lambda: re.compile(rb"\w+", re.LOCALE), 0),  # (depends on the locale: as usual)
        (lambda: re.compile(re.compile(r"\d+")), 1),  # (a pattern, not a text: itself)
        (lambda: re.compile(r"\d+", flags=re.I | re.M), 1),  # (RegexFlag: an int)
    ],
    ids=["locale", "a pattern", "flags"],
)
def test_re_compile_inside_a_block_as_re_would(tmp_path, monkeypatch, call, kept):
    store = compiled.PatternStore(tmp_path / "cache.marshal")
    monkeypatch.setattr(compiled, "_STORE", store)
    with compiled.cached_imports():
        inside = call()
    plain = call()
    assert (inside.pattern, inside.flags, inside.groups) == (
        plain.pattern,
        plain.flags,
        plain.groups,
    )
    assert store.new == kept


def test_cached_imports_take_named_tuples_new_from_the_cache(tmp_path, monkeypatch):
    """A named tuple made inside a block: its __new__ compiled once, then from the cache; the
    same class as one made plainly (fields, defaults, signature, values); eval is put back."""
    import collections
    import inspect

    def made():
        return collections.namedtuple("Pair", "a b", defaults=(2,))

    plain = made()
    for run in ("cold", "warm"):
        store = compiled.PatternStore(tmp_path / "cache.marshal")
        monkeypatch.setattr(compiled, "_STORE", store)
        with compiled.cached_imports():
            cached = made()
        assert (store.new, store.hits) == ((1, 0) if run == "cold" else (0, 1))
        assert cached._fields == plain._fields and cached(1) == plain(1) == (1, 2)
        assert inspect.signature(cached) == inspect.signature(plain)
        assert cached.__new__.__code__.co_code == plain.__new__.__code__.co_code
        assert "eval" not in vars(collections)
        store.save()


def test_cached_imports_take_forward_references_code_from_the_cache(tmp_path, monkeypatch):
    """A forward reference made inside a block (typing compiles its text): its code from the
    cache once warm, the code compile gives; typing's compile is put back."""
    import typing

    plain = typing.ForwardRef("list[int] | None")
    for run in ("cold", "warm"):
        store = compiled.PatternStore(tmp_path / "cache.marshal")
        monkeypatch.setattr(compiled, "_STORE", store)
        with compiled.cached_imports():
            cached = typing.ForwardRef("list[int] | None")
        assert (store.new, store.hits) == ((1, 0) if run == "cold" else (0, 1))
        assert cached == plain and cached._evaluate(
            globals(), None, recursive_guard=frozenset()
        ) == (list[int] | None)
        for attribute in ("co_code", "co_names", "co_consts", "co_flags"):
            assert getattr(cached.__forward_code__, attribute) == getattr(
                plain.__forward_code__, attribute
            )
        assert "compile" not in vars(typing)
        store.save()


def test_compile_stand_in_as_compile_for_a_caller():
    """`_compile_stand_in` for what it does not cache (an AST asked for, another file name), and
    for a text outside a block: what compile gives, with the caller's future flags."""
    import ast

    assert isinstance(
        compiled._compile_stand_in("a + 1", "<string>", "eval", ast.PyCF_ONLY_AST), ast.AST
    )
    assert compiled._compile_stand_in("a", "x.py", "eval").co_filename == "x.py"
    annotations = __import__("__future__").annotations.compiler_flag
    assert (
        compiled._compile_stand_in("def f(x: y): pass", "<string>", "exec").co_flags & annotations
    )


def test_eval_stand_in_as_eval_for_a_caller():
    """`_eval_stand_in` called as eval is (no globals: the caller's names; leading blanks; a code
    object
    or a text), outside a block: what eval gives."""
    n = 5  # noqa: F841 (read by the evals, through the frame)
    assert compiled._eval_stand_in("  n + 1") == eval("  n + 1") == 6
    assert compiled._eval_stand_in("n * k", {"n": 2}, {"k": 3}) == 6
    assert compiled._eval_stand_in(compile("n", "<s>", "eval")) == 5


def test_re_compile_inside_a_block_without_a_cache_or_with_errors(monkeypatch):
    """The cache off: compiled as usual (not by itself again); a bad pattern: re's error."""
    monkeypatch.setattr(compiled, "_STORE", compiled.PatternStore(None))
    with compiled.cached_imports():
        assert re.compile(r"(\d+)%").findall("增长5%") == ["5"]
        with pytest.raises(re.error):
            re.compile(r"(\d+")
    assert re.compile is compiled._RE_COMPILE


@pytest.mark.skipif(not hasattr(os, "geteuid"), reason="no user ids here")
def test_a_file_of_another_user_is_not_read(tmp_path, monkeypatch):
    path = tmp_path / "cache.marshal"
    store = compiled.PatternStore(path)
    store.get("regex", r"(\d+)万人", 0, {})
    store.save()
    monkeypatch.setattr(os, "geteuid", lambda: os.stat(path).st_uid + 1)
    again = compiled.PatternStore(path)
    again.get("regex", r"(\d+)万人", 0, {})
    assert again.hits == 0


@pytest.mark.skipif(not hasattr(os, "O_NOFOLLOW"), reason="no O_NOFOLLOW here")
def test_saving_never_writes_through_a_link(tmp_path, monkeypatch):
    """The temporary file is made new (a link planted under its name is not followed)."""
    victim = tmp_path / "victim.txt"
    victim.write_text("mine")
    path = tmp_path / "cache.marshal"
    monkeypatch.setattr(os, "urandom", lambda n: b"\0" * n)  # (its name, known beforehand)
    (tmp_path / f".cache.marshal.{os.getpid()}.00000000.tmp").symlink_to(victim)
    store = compiled.PatternStore(path)
    store.get("regex", r"(\d+)个", 0, {})
    store.save()
    assert victim.read_text() == "mine" and not path.exists()


def test_remembered_data_asked_for_twice(tmp_path):
    """An entry taken from the file is freed once loaded (fewer pages touched): asked for again,
    it is built again, the same; one made by this run stays for `save`, whatever is asked."""
    built = []

    def build() -> list:
        built.append(1)
        return [1, 2, 3]

    cold = compiled.PatternStore(tmp_path / "p.marshal")
    assert cold.remember("t", "src", build) == cold.remember("t", "src", build) == [1, 2, 3]
    assert len(built) == 1 and cold.new == 1
    cold.save()
    warm = compiled.PatternStore(tmp_path / "p.marshal")
    assert warm.remember("t", "src", build) == [1, 2, 3] and warm.hits == 1 and len(built) == 1
    assert warm.remember("t", "src", build) == [1, 2, 3] and warm.again == 1 and len(built) == 2
    assert warm.new == 0
    warm.save()
    assert compiled.PatternStore(tmp_path / "p.marshal").remember("t", "src", build) == [1, 2, 3]
    assert len(built) == 2  # (the file still holds it)


def test_entries_are_read_from_the_mapping_which_save_closes(tmp_path):
    """A file's entries stay in its mapping until loaded (not copied out of it first); `save`
    closes the mapping before it replaces the file (Windows refuses to replace a mapped file),
    and what the file held is read again from the new file."""
    _good_file(tmp_path / "p.marshal")
    store = compiled.PatternStore(tmp_path / "p.marshal")
    store.get("regex", r"\d+万人", 0, {})  # (a miss: the file is read, the pattern is new)
    assert store.file.mapped is not None and list(store.file.index) == [KEY]
    assert store.file.views()[KEY].obj is store.file.mapped  # (a view, not a copy)
    mapping = store.file.mapped
    store.save()
    assert store.file.mapped is None and store.blobs is None and mapping.closed
    assert _behaviour(store.get("regex", PATTERN, 0, {}), TEXT) == _behaviour(
        regex.compile(PATTERN), TEXT
    )
    assert (
        store.hits == 1
        and compiled.PatternStore(tmp_path / "p.marshal").get("regex", r"\d+万人", 0, {}).pattern
        == r"\d+万人"
    )


def test_remembered_bytes_are_a_view_of_the_file(tmp_path):
    """`remember_bytes`: the bytes `build` gave, kept as they are; the next run is given a
    view of the file (not a copy) with the same bytes; what is not bytes is not kept."""
    built = []

    def build() -> bytes:
        built.append(1)
        return "甲乙".encode()

    cold = compiled.PatternStore(tmp_path / "p.marshal")
    assert cold.remember("t", "src", build, raw=True) == "甲乙".encode() and cold.new == 1
    assert cold.remember("u", "src", lambda: b"xyz", raw=True) == b"xyz" and cold.new == 2
    assert cold.remember("not bytes", "src", lambda: [1], raw=True) == [1] and cold.new == 2
    cold.save()
    warm = compiled.PatternStore(tmp_path / "p.marshal")
    kept = warm.remember("t", "src", build, raw=True)
    assert type(kept) is memoryview and kept.obj is warm.file.mapped and kept == "甲乙".encode()
    assert warm.remember("u", "src", lambda: b"", raw=True) == b"xyz"  # (the entry after it)
    assert warm.hits == 2 and len(built) == 1
    assert warm.remember("t", "src", build, raw=True) == "甲乙".encode() and warm.again == 1
    warm.get("regex", r"\d+万人", 0, {})  # (new: `save` writes, and closes the mapping…)
    warm.save()  # (… which `kept` holds: it is closed once `kept` is freed, never an error)
    assert kept == "甲乙".encode()
    # (a name kept as bytes is not the same entry as that name kept by `remember`)
    assert warm.remember("t", "src", lambda: 5) == 5 and warm.new == 1


def test_where_files_are_not_mapped_they_are_read(tmp_path, monkeypatch):
    """Where the cache file is not mapped (Windows, which refuses to replace a mapped file), it
    is read: the same entries, and `save` replaces it."""
    monkeypatch.setattr(compiled, "_MAP", False)
    _good_file(tmp_path / "p.marshal")
    store = compiled.PatternStore(tmp_path / "p.marshal")
    assert _behaviour(store.get("regex", PATTERN, 0, {}), TEXT) == _behaviour(
        regex.compile(PATTERN), TEXT
    )
    assert store.hits == 1 and type(store.file.mapped) is bytes
    store.get("regex", r"\d+万人", 0, {})
    store.save()
    again = compiled.PatternStore(tmp_path / "p.marshal")
    again.get("regex", r"\d+万人", 0, {})
    assert again.hits == 1 and again.new == 0


def test_every_byte_of_the_file_is_checked(tmp_path):
    """One byte changed anywhere in a file (its magic line, its CRC-32, its index, an entry's
    program: bytes that `marshal` still loads, and that the engine would run unchecked) and the
    file gives no entry: the CRC-32 covers everything that is loaded or run."""
    path = tmp_path / "p.marshal"
    _good_file(path)
    good = path.read_bytes()
    assert compiled._read(path).index  # (the file as written is read)
    for at in range(len(good)):
        path.write_bytes(good[:at] + bytes([good[at] ^ 0x01]) + good[at + 1 :])
        assert not compiled._read(path).index, at


def test_an_index_that_lies_is_not_kept_for_ever(tmp_path):
    """An index whose places are not (start, end) within the entries (a file made by hand or by
    a fault, its CRC-32 right): its entries are not taken, and `save` writes a good file in its
    place (it once gave up, so that the file was never replaced and nothing was kept again)."""
    for span in [5, (0,), ("a", "b"), None, (0, 1, 2), (-5, -1), (8, 2), (0, 10_000)]:
        path = tmp_path / "p.marshal"
        bytes_key = ("bytes", "t", (3, zlib.crc32(b"src")), None)
        _valid_file(path, {KEY: b"\x00" * 10})
        index = marshal.dumps({KEY: span, bytes_key: span})
        payload = len(index).to_bytes(4, "big") + index + b"\x00" * 10
        path.write_bytes(compiled._MAGIC + zlib.crc32(payload).to_bytes(4, "big") + payload)
        store = compiled.PatternStore(path)
        store._read_file()
        assert store.file.take(bytes_key) is None and not store.file.views()
        store = compiled.PatternStore(path)
        built = store.get("regex", PATTERN, 0, {})
        assert _behaviour(built, TEXT) == _behaviour(regex.compile(PATTERN), TEXT)
        store.save()
        again = compiled.PatternStore(path)
        again.get("regex", PATTERN, 0, {})
        assert again.hits == 1, span


def test_save_keeps_what_it_mapped_when_the_file_was_replaced_meanwhile(tmp_path):
    """The entries a process mapped and did not load are written by its `save` though the file
    it finds there then lacks them (replaced meanwhile by a damaged one, say)."""
    path = tmp_path / "p.marshal"
    _good_file(path)
    store = compiled.PatternStore(path)
    store.get("regex", r"\d+万人", 0, {})  # (a miss: the file is mapped, PATTERN not loaded)
    (tmp_path / "other").write_bytes(b"not a cache file")
    os.replace(tmp_path / "other", path)  # (as another process's save replaces it)
    store.save()
    again = compiled.PatternStore(path)
    assert _behaviour(again.get("regex", PATTERN, 0, {}), TEXT) == _behaviour(
        regex.compile(PATTERN), TEXT
    )
    again.get("regex", r"\d+万人", 0, {})
    assert (again.hits, again.new) == (2, 0)
