"""KeyContext's memo (`has`, `last`, `search`, `words`) against the plain str methods
and pattern.search, for random texts and random sequences of (start, end) calls (ends that grow,
go back, starts shared), with _LONG 0 so that every call goes through the memo; and
`_heads_items` against the whole pattern's match on random adversarial stretches."""

from __future__ import annotations

import random

import pytest

from ningbo_indicators.dataset import keying

_ALPHABET = "、，。；：\n新增净减少达到至为总数量累计现有共拥突破分别各每至少户人家个企业城区园1234567890%万亿元和及与全市年"
_WORDS = ("、", "区", "新城", "园", "等", "分别", "、、", "\n", "新增", "1")
_SEARCHED = ("_LIST_CHANGE", "_ITEM_CUT", "_OWN_VERB_CHAR", "_ITEM_LEVEL_WORD", "_QUOTA",
             "_BUILDS", "_PER_HEAD", "_UNITS_AT_LEAST")  # fmt: skip


def _text(rng: random.Random, n: int) -> str:
    pieces = [rng.choice(_ALPHABET) for _ in range(n)]
    for _ in range(n // 20):  # words that the patterns look for, pasted in
        at = rng.randrange(n)
        pieces[at] = rng.choice(
            ("分别增加", "分别比上年增长", "每户", "至少", "新建", "改造", "累计", "新增企业3家、")
        )
    return "".join(pieces)


def _calls(rng: random.Random, n: int):
    """(start, end) sequences a caller may make: starts shared, ends growing, going back."""
    starts = [rng.randrange(n) for _ in range(3)] + [0]
    for _ in range(60):
        start = rng.choice(starts)
        end = rng.randrange(start, n + 1)
        yield start, end


@pytest.mark.parametrize("seed", range(300))
def test_the_memo_answers_as_in_place(monkeypatch, seed):
    monkeypatch.setattr(keying, "_LONG", 0)
    rng = random.Random(seed)
    n = rng.choice((20, 80, 200, 400))
    text = _text(rng, n)
    ctx = keying.KeyContext(text)
    patterns = [getattr(keying, name) for name in _SEARCHED]
    for start, end in _calls(rng, len(text)):
        word = rng.choice(_WORDS)
        assert ctx.has(word, start, end) == (word in text[start:end]), (word, start, end)
        assert (word in ctx.words(start, end)) == (word in text[start:end])
        assert ctx.last(word, start, end) == text.rfind(word, start, end), (word, start, end)
        pattern = rng.choice(patterns)
        got, want = ctx.search(pattern, start, end), pattern.search(text, start, end)
        assert (got and (got.span(), got.groupdict())) == (
            want and (want.span(), want.groupdict())
        ), (pattern.pattern, start, end, text)


_HEAD_PIECES = (
    "全市", "全年", "净增", "新增", "增加", "减少", "新建", "新建成", "新建立", "扶持和", "培育",
    "提升改造", "提升", "企业", "3家", "12个", "、", "、", "，", "\n", "达到", "总数", "至", "为",
    "到", "万户", "成功创建", "培训", "人才", "和", "突破", "累计", "1", "现有",
)  # fmt: skip


@pytest.mark.parametrize("whole", ["_LIST_HEAD_CHANGE", "_ADDING_HEAD"])
@pytest.mark.parametrize("seed", range(40))
def test_heads_items_is_the_whole_match(monkeypatch, whole, seed):
    rng = random.Random(seed)
    pattern = getattr(keying, whole)
    head_only = keying._LIST_HEAD_ONLY if whole == "_LIST_HEAD_CHANGE" else keying._ADDING_VERB_ONLY
    for long in (0, 1 << 40):
        monkeypatch.setattr(keying, "_LONG", long)
        for _ in range(200):
            text = "".join(rng.choice(_HEAD_PIECES) for _ in range(rng.randrange(2, 14)))
            ctx = keying.KeyContext(text)
            for end in range(1, len(text) + 1):
                want = pattern.match(text, 0, end)
                got = keying._heads_items(ctx, pattern, head_only, 0, end)
                assert (want and (want.span(0)[0], want.groupdict())) == (
                    got and (got.span(0)[0], got.groupdict())
                ), (text[:end], want, got)


@pytest.mark.parametrize(
    "tail, calls",
    [
        ("分别增加了5%", [(0, -3), (0, -2)]),  # (了 read once the end grows past it)
        ("分别增加到5%", [(0, -3), (0, -2)]),  # (a match at the old end, none after: 到)
        ("分别增加5%", [(0, -1), (0, -3), (0, None)]),  # (an end that goes back, then on)
    ],
)
def test_the_memo_rereads_a_match_at_the_old_end(monkeypatch, tail, calls):
    """A match found near where the last search ended may change as the end grows (an optional
    tail, a look-ahead): the memo searches again from _REREAD before the old end."""
    monkeypatch.setattr(keying, "_LONG", 0)
    text = "和" * 100 + tail
    ctx = keying.KeyContext(text)
    for start, end in calls:
        end = len(text) + end if end is not None and end < 0 else len(text)
        got = ctx.search(keying._LIST_CHANGE, start, end)
        want = keying._LIST_CHANGE.search(text, start, end)
        assert (got and got.span()) == (want and want.span()), (tail, start, end)
