"""The key rules read a long list in work linear in its length.

A list's figures share their first clause's start (`subjects.attach_indicators`), so a rule
that reads from a figure's clause start to the figure reads the whole list so far: n * n for a
list of n figures. Such stretches are read through `KeyContext`'s memo (`words`, `has`, `last`,
`search`) and `_heads_items`; these tests count the characters the key rules read per figure,
and check that the memo gives the answers of reading in place.
"""

from __future__ import annotations

import re
import sys

import pytest

from ningbo_indicators import extract, pipeline, subjects
from ningbo_indicators.dataset import keying

try:  # (the standard library's parser of patterns: Python 3.11 on, then 3.10's)
    from re import _constants as sre_constants  # type: ignore[attr-defined]
    from re import _parser as sre_parse  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover
    import sre_constants  # type: ignore[no-redef]
    import sre_parse  # type: ignore[no-redef]

_UNBOUNDED = float("inf")


def _reach(parsed) -> tuple[float, float]:
    """(the most characters a match of the parsed pattern spans, the most it reads from where it
    starts, its look-aheads with it); infinite for a repeat without bound or an anchor at the
    end (which reads where the stretch ends)."""
    c = sre_constants
    width = reach = 0.0
    for op, av in parsed:
        if op in (c.LITERAL, c.NOT_LITERAL, c.ANY, c.IN):
            w, r = 1.0, 1.0
        elif op is c.SUBPATTERN:
            w, r = _reach(av[-1])
        elif op is c.BRANCH:
            pairs = [_reach(branch) for branch in av[1]]
            w, r = max(p[0] for p in pairs), max(p[1] for p in pairs)
        elif op in (c.MAX_REPEAT, c.MIN_REPEAT, getattr(c, "POSSESSIVE_REPEAT", None)):
            lo, hi, sub = av
            sw, sr = _reach(sub)
            if hi == c.MAXREPEAT:
                return _UNBOUNDED, _UNBOUNDED
            w, r = hi * sw, ((hi - 1) * sw + sr if hi else 0.0)
        elif op in (c.ASSERT, c.ASSERT_NOT):
            direction, sub = av
            w, r = 0.0, (_reach(sub)[1] if direction == 1 else 0.0)
        elif op is c.AT:
            if av in (c.AT_END, c.AT_END_STRING, c.AT_END_LINE):
                return _UNBOUNDED, _UNBOUNDED
            w, r = 0.0, 1.0
        else:
            return _UNBOUNDED, _UNBOUNDED  # (what this reader does not know: not bounded)
        reach = max(reach, width + r)
        width += w
    return width, reach


def _searched_patterns() -> dict[str, object]:
    """The patterns keying.py gives to `KeyContext.search` (`ctx.search(NAME, ...)`), by name."""
    import ast
    import inspect

    found = {}
    for node in ast.walk(ast.parse(inspect.getsource(keying))):
        if (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Attribute)
            and node.func.attr == "search"
            and isinstance(node.func.value, ast.Name)
            and node.func.value.id == "ctx"
        ):
            name = node.args[0]
            assert isinstance(name, ast.Name), ast.dump(node)
            found[name.id] = getattr(keying, name.id)
    return found


def test_the_memos_patterns_read_at_most_the_reread():
    """`KeyContext.search` goes on from _REREAD characters before where it last read: each
    pattern it is given reads no further from where a match starts, and has no anchor at the
    end (whose answer changes as the stretch grows)."""
    searched = _searched_patterns()
    assert "_LIST_CHANGE" in searched and "_ITEM_CUT" in searched  # (the reader found them)
    for name, pattern in searched.items():
        width, reach = _reach(sre_parse.parse(pattern.pattern, pattern.flags & ~re.UNICODE))
        assert reach <= keying._REREAD, (name, reach)


def test_the_reach_reader_sees_what_reads_far():
    assert _reach(sre_parse.parse(r"分别(?:比上年)?增加了?(?![到至为])")) == (8, 9)
    assert _reach(sre_parse.parse(r"\d+"))[1] == _UNBOUNDED
    assert _reach(sre_parse.parse(r"总数\Z"))[1] == _UNBOUNDED
    assert _reach(sre_parse.parse(r"各(?=培育|建设)"))[1] == 3


# ------------------------------------------------------------------ the memo's answers


def _records(text: str):
    return [tuple(r) if isinstance(r, tuple) else r.__dict__ for r in extract(text)]


_LISTS = (
    "全市固定资产投资分别完成{}。",
    "全市新增高新技术企业{}。",
    "其中，工业投资分别完成{}。",
    "每万人口发明专利拥有量分别达到{}。",
    "全市累计建成公园{}。",
    "全市城乡居民基本医疗保险参保率分别达{}。",
    "新建改造农村公路{}。",
    "净增市场主体{}，新增规上工业企业{}。",
    "改造提升老旧小区{}，建成口袋公园{}。",
    "广播电视综合人口覆盖率分别达{}。",
    "全省服务业增加值占比分别为{}。",
    "全国新增企业{}。",
    "全市学校{}。",
)
_UNITS = ("亿元", "家", "亿元", "件", "个", "%", "公里", "万户", "个", "%", "%", "家", "所")


def _a_list(template: str, unit: str, n: int) -> str:
    items = "、".join(f"{i}{unit}" for i in range(1, n + 1))
    return template.replace("{}", items)


def test_the_memo_gives_the_answers_of_reading_in_place(monkeypatch, report_text):
    """Every stretch read through the memo (_LONG 0) gives the records of reading each in place
    (_LONG past any stretch), on the bundled report and on long lists of each kind."""
    texts = [report_text] + [_a_list(t, u, 60) for t, u in zip(_LISTS, _UNITS)]
    texts.append("新增学校" + "和".join(f"{i}所" for i in range(1, 80)) + "，其中小学5所。")
    in_place = []
    monkeypatch.setattr(keying, "_LONG", 1 << 40)
    for text in texts:
        in_place.append(extract(text))
    monkeypatch.setattr(keying, "_LONG", 0)
    for text, records in zip(texts, in_place):
        assert extract(text) == records


_HEADED = (
    "全市净增市场主体7万户、规上工业企业141家",
    "新增贷款100亿元、存款余额达到500亿元",
    "新增高新技术企业400家、总数达到1200家",
    "新增省级工程技术研究中心8个、企业14家、孵化器1个",
    "扶持新建企业3家、工厂4个",
    "全年新增就业岗位5万个\n、6万个",
    "减少贫困人口5万人、贫困村20个\n",
    "新建公园3个和绿道10公里",
    "成功创建示范区2个、示范县3个、示范乡至5个",
    "培训人才1万名、技工2万名",
    "新增企业3家，工厂4个、车间5个",
)


@pytest.mark.parametrize("whole", ["_LIST_HEAD_CHANGE", "_ADDING_HEAD"])
def test_the_heads_items_are_the_whole_patterns(monkeypatch, whole, report_text):
    """`_heads_items` through the memo (_LONG 0) gives the whole pattern's match and groups, over
    every stretch from a clause start to a figure of the bundled report and of hand-made lists."""
    pattern = getattr(keying, whole)
    head_only = keying._LIST_HEAD_ONLY if whole == "_LIST_HEAD_CHANGE" else keying._ADDING_VERB_ONLY
    monkeypatch.setattr(keying, "_LONG", 0)
    texts = list(_HEADED) + [report_text]
    asked = found = 0
    for text in texts:
        ctx = keying.KeyContext(text)
        starts = [0] + [i + 1 for i, ch in enumerate(text) if ch in "，。；：\n,;:"]
        for start in starts:
            for end in range(start + 1, min(len(text), start + 120) + 1):
                if not text[end - 1 : end].isdigit() and end != len(text):
                    continue
                want = pattern.match(text, start, end)
                got = keying._heads_items(ctx, pattern, head_only, start, end)
                asked += 1
                assert (want is None) == (got is None), (text[start:end], want, got)
                if want is not None:
                    found += 1
                    assert want.groupdict() == got.groupdict(), text[start:end]
    assert asked > 4_000 and found > 40, (asked, found)


# ------------------------------------------------------------------ the characters read


class _Counted(str):
    """A document's text that counts the characters the key rules slice or search in place."""

    read = 0

    def __getitem__(self, at):
        got = str.__getitem__(self, at)
        if isinstance(at, slice):
            _Counted.read += len(got)
        return got

    def _window(self, args) -> None:
        start, end = (list(args) + [0, None])[:2]
        end = len(self) if end is None or end > len(self) else end
        _Counted.read += max(0, end - max(0, start))

    def find(self, sub, *args):  # type: ignore[override]
        self._window(args)
        return str.find(self, sub, *args)

    def rfind(self, sub, *args):  # type: ignore[override]
        self._window(args)
        return str.rfind(self, sub, *args)


class _CountedPattern:
    """A pattern of keying that counts the characters its searches may read: for a search, the
    stretch up to the end of its match, else the whole; for a match, the stretch or, for a pattern that reads at most k characters from
    where it starts, k; for one that may read further, _NEAR where it gives the same match
    within _NEAR characters (whatever the repeats without bound, such as blanks, took)."""

    def __init__(self, pattern) -> None:
        self._pattern = pattern
        try:
            self._reach = _reach(sre_parse.parse(pattern.pattern, pattern.flags & ~re.UNICODE))[1]
        except Exception:  # (a pattern of `regex` alone)
            self._reach = _UNBOUNDED

    def __getattr__(self, name):
        method = getattr(self._pattern, name)
        if name not in ("search", "match", "fullmatch", "finditer", "findall"):
            return method

        def counted(text, pos=0, endpos=sys.maxsize, *args):
            found = method(text, pos, endpos, *args)
            window = max(0, min(endpos, len(text)) - max(0, pos))
            if name == "search" and found is not None:
                window = found.end() - pos  # (read up to the match)
            elif name == "match" and window > self._reach:
                window = int(self._reach)
            elif name == "match" and window > _NEAR:
                near = method(text, pos, pos + _NEAR)
                if _same(near, found):
                    window = _NEAR
            _Counted.read += window
            return found

        return counted


_NEAR = 64


def _same(a, b) -> bool:
    if a is None or b is None:
        return a is b
    return a.span() == b.span() and a.groups() == b.groups()


def _read_per_figure(monkeypatch, text: str) -> float:
    """The characters the key rules read per figure of `text`."""
    key_in_context = keying.key_in_context
    contexts: dict[int, keying.KeyContext] = {}

    def counted(text, m, keys, context):
        ctx = contexts.get(id(context))
        if ctx is None:
            ctx = contexts[id(context)] = keying.KeyContext(_Counted(text))
        return key_in_context(ctx.text, m, keys, ctx)

    monkeypatch.setattr(pipeline, "key_in_context", counted)
    _Counted.read = 0
    records = extract(text)
    assert len(records) > 100
    return _Counted.read / len(records)


def test_the_counter_sees_a_read_from_the_clause_start(monkeypatch, counted_patterns):
    """(the counter of the test below sees the stretch from a list's clause start)"""
    monkeypatch.setattr(keying, "_LONG", 1 << 40)
    short = _read_per_figure(monkeypatch, _a_list(_LISTS[0], _UNITS[0], 400))
    long = _read_per_figure(monkeypatch, _a_list(_LISTS[0], _UNITS[0], 1600))
    assert long > 3 * short, (short, long)


@pytest.fixture
def counted_patterns(monkeypatch):
    for name, value in vars(keying).items():
        if hasattr(value, "search") and hasattr(value, "pattern") and not isinstance(value, type):
            monkeypatch.setattr(keying, name, _CountedPattern(value))


# (a list of each way into the rules that read from the clause start: amounts, added counts,
# 其中, a ratio after 分别, a second list after a first, a share after 全省 (_a_subset's share of
# another whole and larger place's figure), counts after 全国, things built without a verb of
# building; not the joined pair 广播电视, whose subjects alone, `subjects._counted_names`, take
# n * n: 25 s for 1,600 figures)
_READ = (0, 1, 2, 5, 7, 10, 11, 12)


@pytest.mark.parametrize("template, unit", [(_LISTS[i], _UNITS[i]) for i in _READ])
def test_a_long_list_is_read_once(monkeypatch, counted_patterns, template, unit):
    """The key rules read about as many characters per figure of a list of 1,600 figures as of
    one of 400 (whose paragraph already runs beyond the reach of the look-backs to a paragraph's
    start, _TOPIC_REACH, for most of its figures). Reading from the clause start in place, they
    read some 4 times as many."""
    short = _read_per_figure(monkeypatch, _a_list(template, unit, 400))
    long = _read_per_figure(monkeypatch, _a_list(template, unit, 1600))
    assert long <= 1.25 * short + 100, (short, long)


# ------------------------------------------------------------------ the subject rules


def _subjects_read_per_figure(monkeypatch, text: str) -> float:
    """The characters the subject rules (`subjects.attach_indicators`) read per figure of
    `text`, in slices and searches of the folded text and by the searches of the scheme's
    name (`subjects._SCHEME`)."""
    attach = subjects.attach_indicators

    def counted(text, folded, mentions, place=None):
        return attach(text, _Counted(folded), mentions, place)

    monkeypatch.setattr(pipeline, "attach_indicators", counted)
    monkeypatch.setattr(subjects, "_SCHEME", _CountedPattern(subjects._SCHEME))
    _Counted.read = 0
    records = extract(text)
    assert len(records) > 100
    return _Counted.read / len(records)


def test_the_schemes_reach_is_the_patterns():
    """`_SchemesBefore` takes a match of _SCHEME that starts _SCHEME_REACH characters before a
    stretch's end to be the same in any longer stretch: no match reads further."""
    pattern = subjects._SCHEME
    width, reach = _reach(sre_parse.parse(pattern.pattern, pattern.flags & ~re.UNICODE))
    assert reach == subjects._SCHEME_REACH, (width, reach)


def test_a_long_list_of_bare_participation_rates_is_read_once(monkeypatch):
    """参保率1%、2%、…: each bare rate looks for the scheme named before it, from its clause's
    start, which the figures of a list share; the names are read on from where the figure
    before left off, not from the start again (reading from the start: 4 times as many
    characters per figure of 1,600 figures as of 400)."""
    short = _subjects_read_per_figure(monkeypatch, _a_list("全市参保率{}。", "%", 400))
    long = _subjects_read_per_figure(monkeypatch, _a_list("全市参保率{}。", "%", 1600))
    assert long <= 1.25 * short + 100, (short, long)


class _CountingList(list):
    """A list that counts the items read through iteration."""

    read = 0

    def __iter__(self):
        for item in super().__iter__():
            self.read += 1
            yield item


def test_urban_rural_reads_a_bounded_part_of_a_long_list():
    # 城乡…参保率为1%、2%、… (no 分别): each figure's pairing read the whole list for the
    # figures of its kind, which made the list quadratic; more than four ends the reading
    from types import SimpleNamespace

    from ningbo_indicators.subjects import _urban_rural

    listed = _CountingList(SimpleNamespace(kind="ratio", at=i) for i in range(1000))
    assert _urban_rural("城乡居民收入", listed, listed[500]) == ""
    assert listed.read <= 5
    pair = _CountingList(SimpleNamespace(kind="ratio", at=i) for i in range(2))
    assert _urban_rural("城乡居民收入", pair, pair[1]) == "农村居民收入"
