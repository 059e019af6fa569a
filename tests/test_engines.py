"""Patterns moved from the `regex` engine (`compiled.compile`) to the standard library's
(`compiled.compile_std`, a cheaper call): each gives the answers the `regex` engine gives on
the same text, down to the span of every group, on every sentence of every 10th report of
corpus/more and on random and hostile text. The one difference of meaning between the two
engines in what these patterns use is \\d on the digits of scripts newer than Python's own
Unicode tables (the last test): those are left out of the random text."""

from __future__ import annotations

import importlib
import random
import re
import sys
from functools import cache

import pytest
import regex
from conftest import CORPUS, needs_corpus, needs_std_re

from ningbo_indicators import compiled
from ningbo_indicators.dataset import period
from ningbo_indicators.extractors._parts import HAN

# RE_NOT_ANNUAL as the `regex` engine read it: three groups of one name (the standard engine
# wants one group per name)
_NOT_ANNUAL_ON_REGEX = (
    r"(?P<clause>年均(?!浓度)|平均每年|每年平均|年平均|平均增长|两年平均|(?P<total>累计))|"
    # (round 22: the end of a five-year plan compared with, before the frame)
    r"[比较][“\"]?(?P<plan>(?:十[一二三四五]?|[六七八九])五)[”\"]?(?:时期|期)?(?:末期?|期末)|"
    # (round 25: not a campaign named for five years, 五年行动)
    r"(?P<frame>五年(?!行动)|十年|期间|年间|“?十[一二三四五]五”?(?:时期|以来|末)|[“”]?[六七八九]五[”]?时期|"
    # (round 23: spans of other years)
    # (each on its rarer character, read back: the engine skips to the words' first characters)
    r"过(?<=经过)[二两三四六七八九]年|历经[二两三四六七八九]年|"
    r"间(?<=用[二两三四六七八九]年时间)|间(?<=用[二两三四六七八九]年的时间)|"
    r"间(?<=用[二两三四六七八九]年左右时间)|"
    r"来(?<=[二两三四六七八九]年来)"
    r"(?![^，,。]{0,6}(?:最|首|第一次|少有|罕见|新高|新低|的(?=[^\d一二三四五六七八九十两])))|"
    rf"{period._YEAR}(?:—|-|－|至|到){period._YEAR}?年)|"
    rf"到(?P<by>{period._YEAR})年|[比较](?P<than>{period._YEAR})年|"
    rf"(?:同|与|和|跟)(?P<than>{period._YEAR})年(?:相比|比较)|是(?P<than>{period._YEAR})年末?的|"
    r"(?P<part>前三季度|[上下]半年|[一二三四]季度)"
)

# (a pattern whose \p{Han} is written out: on the `regex` engine it read \p{Han})
HAN_ON_REGEX = "\\p{Han}"


def _moved(module: str, names: str, text: str | None = None) -> list[tuple]:
    """(module, name, text) for each of the space-separated `names` of one module."""
    return [(f"ningbo_indicators.{module}", name, text) for name in names.split()]


# (module, name of the pattern, its text on the `regex` engine where it is not the same)
MOVED = [
    ("ningbo_indicators.dataset.period", "RE_NOT_ANNUAL", _NOT_ANNUAL_ON_REGEX),
    *_moved(
        "dataset.period",
        "RE_AVERAGE _CLAUSE_MARK _STOCK ON_LAST_YEAR _THEN_GROWTH _RUNNING_TOTAL _SENTENCE_END"
        " RE_REVIEW_HEADING RE_GOALS_HEADING RE_ONE_YEAR RE_LEVEL RE_LEVEL_OPENING RE_HELD"
        " RE_ONE_YEAR_WORDS",
    ),
    *_moved("context.structure", "RE_YEAR STRONG_PLAN_HEADING PLAN_OPENING PLAN_OPENING_THIS_YEAR"),
    *_moved("pipeline", "_FROM"),
    *_moved("extractors.exclude", "_CLAUSE_CUT _LIST_SEP"),
    *_moved("subjects", "_THREE_SECTORS _POPULATION _LIST_SEPARATOR"),
    *_moved("context.phrases", "COMPARISON _SHARE_OF_WHOLE _RATE_OF_GROWTH"),
    # \p{Han} written out for the standard engine (_parts.written_out_han)
    *_moved(
        "context.phrases",
        "NOUN_AFTER_TAIL _INNER_VERB _INNER_RESULT _LETTER _WORK_TAIL _LEADING",
        HAN_ON_REGEX,
    ),
    *_moved("extractors.exclude", "_HAN _ABSTRACT", HAN_ON_REGEX),
    *_moved("subjects", "_VERB_GAP", HAN_ON_REGEX),
]


def _pair(module: str, name: str, text: str | None):
    """The package's pattern, and the pattern the `regex` engine compiled before the move."""
    moved = getattr(importlib.import_module(module), name)
    assert isinstance(moved, re.Pattern), f"{name} is not on the standard engine"
    inline = moved.flags & (re.MULTILINE | re.DOTALL | re.VERBOSE)
    if text == HAN_ON_REGEX:
        text = moved.pattern.replace(f"[{HAN}]", HAN_ON_REGEX).replace(
            f"[{HAN}", "[" + HAN_ON_REGEX
        )
        assert HAN not in text and HAN_ON_REGEX in text  # (read back as it was written)
    return moved, regex.compile(moved.pattern if text is None else text, inline)


def _answers(p, text: str, names, every_offset: bool = True) -> list:
    """Every match of `p` in `text` (as `finditer` finds them), with the span of each group,
    and with `every_offset` the match at every offset (`match`, `fullmatch`): what the package
    asks of them. (Without it: the same first match implies the same `match` at 0.)"""

    def one(m):
        return None if m is None else (m.span(), *(m.span(n) for n in names))

    found = [one(m) for m in p.finditer(text)]
    if every_offset:
        found += [one(p.match(text, i)) for i in range(len(text) + 1)]
        found += [one(p.fullmatch(text, i)) for i in range(len(text) + 1)]
    return found


def _names(reference) -> list:
    return (
        [*range(1, reference.groups + 1)] if not reference.groupindex else [*reference.groupindex]
    )


@cache
def _sentences() -> tuple[str, ...]:
    reports = sorted((CORPUS / "more").rglob("*.md"))[::10]
    found: list[str] = []
    for path in reports:
        found += re.split(r"(?<=[。！？\n])", path.read_text(encoding="utf-8"))
    return tuple(s for s in found if s)


def _differing_digits() -> set[str]:
    """The characters one engine's \\d takes and the other's does not."""
    every = "".join(map(chr, range(sys.maxunicode + 1)))
    return set(regex.findall(r"\d", every)) ^ set(re.findall(r"\d", every))


# what random and hostile text is made of beside the pattern's own characters
_OTHERS = "々〆⺀𠀀ーA-z0123456789０１２３４５６７８９٠٣ \t\n\u3000\xa0，,。；;、：:！？“”()（）%年月的是比增长"


def _random_texts(pattern: str, seed: int) -> list[str]:
    rng = random.Random(seed)
    alphabet = sorted(set(pattern) | set(_OTHERS))
    texts = ["".join(rng.choices(alphabet, k=rng.randint(0, 40))) for _ in range(600)]
    # hostile: long runs of one character, of the pattern's own text, of characters in turn
    texts += [c * 1500 for c in alphabet[:: max(1, len(alphabet) // 40)]]
    texts += [pattern * 20, "".join(alphabet) * 50]
    return texts


@needs_std_re
@pytest.mark.parametrize("module, name, text", MOVED, ids=[m[1] for m in MOVED])
def test_moved_pattern_answers_as_on_regex_on_random_and_hostile_text(module, name, text):
    moved, reference = _pair(module, name, text)
    names = _names(reference)
    for sample in _random_texts(reference.pattern, seed=len(name)):
        assert _answers(moved, sample, names) == _answers(reference, sample, names), sample


@needs_std_re
@needs_corpus
@pytest.mark.parametrize("module, name, text", MOVED, ids=[m[1] for m in MOVED])
def test_moved_pattern_answers_as_on_regex_on_the_corpus(module, name, text):
    moved, reference = _pair(module, name, text)
    names = _names(reference)
    sentences = _sentences()
    assert len(sentences) > 20000
    for sentence in sentences:
        assert _answers(moved, sentence, names, False) == _answers(
            reference, sentence, names, False
        ), sentence


def test_the_engines_differ_in_digits_only_where_python_knows_none():
    """\\d of the `regex` engine takes the digits of scripts newer than Python's Unicode tables
    (Kawi, Nag Mundari…), which `int` and `str.isdigit` do not know: on the standard engine a
    year read by \\d is one `int` reads (structure.year_number)."""
    differ = _differing_digits()
    assert differ  # (if the engines ever agree, this test and the note above can go)
    assert not any(c.isdigit() or re.match(r"\d", c) for c in differ)


@pytest.mark.parametrize(
    "pattern, first",
    [
        (r"(?<=[一-龥]{2})(?:共有|现有)|累计(?:实现)?|[“”]?[六七]五", "共现累“”六七"),
        (r"(?:年均)?增长|\^", r"年增\^"),
        pytest.param(r"(?>a|b)c|d++e|(?:x*?)y", "abdxy", marks=needs_std_re),
        (r"\d+", None),  # (a category)
        (r"[^a]b", None),
        (r".b", None),
        (r"a|b?", None),  # (a match that may take no character)
        (r"(?i:a)b", None),
        (r"(?i)ab", None),
        (r"(a)\1", "a"),
        (r"(?:(a)|b)(?(1)c|d)", "ab"),
    ],
)
def test_first_characters(pattern, first):
    assert compiled.first_characters(pattern) == first


def test_a_pattern_told_its_first_characters_finds_what_it_finds_untold():
    """compile_std(first=True): the engine skips every position where none of the characters
    stands; the same matches as the pattern compiled as usual."""
    rng = random.Random(7)
    patterns = [
        r"(?<!大)(?:增长|下降)|比上年",
        r"(?:年均)?增长\d",
        r"[“”]?[六七]五[”]?时期",
        _NOT_ANNUAL_ON_REGEX.replace("(?P<than>", "(?:"),
    ]
    for pattern in patterns:
        told, untold = compiled._std_with_first(pattern, 0, True), re.compile(pattern)
        assert told.pattern == untold.pattern
        alphabet = sorted(set(pattern) | set(_OTHERS))
        for _ in range(500):
            text = "".join(rng.choices(alphabet, k=rng.randint(0, 60)))
            assert [m.regs for m in told.finditer(text)] == [m.regs for m in untold.finditer(text)]


# Patterns on the standard engine before, told their first characters now (first=True): the
# same answers as the pattern compiled as usual
TOLD_FIRST = [
    ("ningbo_indicators.context.structure", "RE_CLAUSE_END"),
    ("ningbo_indicators.context.structure", "RE_HEADING"),
    ("ningbo_indicators.context.structure", "REVIEW_HEADING"),
    ("ningbo_indicators.context.structure", "_HEADING_WORDS"),
    ("ningbo_indicators.subjects", "_CARRY_STOP"),
    ("ningbo_indicators.subjects", "_LISTED_SHARE"),
    ("ningbo_indicators.context.phrases", "_HOLDER_HINT"),
    ("ningbo_indicators.context.phrases", "NOUN_AFTER_STOP"),
    ("ningbo_indicators.extractors.exclude", "RE_GLOSSARY"),
    ("ningbo_indicators.dataset.keying", "_PART"),
]


def _told_and_untold(module: str, name: str):
    told = getattr(importlib.import_module(module), name)
    untold = re.compile(told.pattern, told.flags)
    assert compiled.first_characters(told.pattern, told.flags) is not None
    return told, untold


@pytest.mark.parametrize("module, name", TOLD_FIRST, ids=[m[1] for m in TOLD_FIRST])
def test_told_first_characters_answers_as_untold_on_random_and_hostile_text(module, name):
    told, untold = _told_and_untold(module, name)
    names = _names(untold)
    for sample in _random_texts(told.pattern, seed=len(name)):
        assert _answers(told, sample, names) == _answers(untold, sample, names), sample


@needs_corpus
@pytest.mark.parametrize("module, name", TOLD_FIRST, ids=[m[1] for m in TOLD_FIRST])
def test_told_first_characters_answers_as_untold_on_the_corpus(module, name):
    told, untold = _told_and_untold(module, name)
    names = _names(untold)
    for sentence in _sentences():
        assert _answers(told, sentence, names, False) == _answers(untold, sentence, names, False), (
            sentence
        )
