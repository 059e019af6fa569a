"""Inputs built to hurt a regex engine or a clause scanner, by name: each makes a text of
about n characters. Shared by tests/test_hostile.py and benchmarks/bench.py, so this module
needs nothing but the standard library (the benchmark runs without the test extras)."""

from __future__ import annotations

_REVIEW = "五年来，我们主要做了以下工作。\n（一）推进建设。新建项目3个。\n各位代表！今年生产总值增长6%。\n"

SIZE = 200_000  # characters: large enough for a quadratic step to stand out in the benchmark

HOSTILE = {
    "no punctuation": lambda n: ("新增企业数量达到十分可观规模并且持续增长" * (n // 20))[:n],
    "digits": lambda n: "1" * n,
    "wan run": lambda n: "万" * n,
    "verb run": lambda n: ("增长" * (n // 2))[:n],
    "dotted digits": lambda n: ("1." * (n // 2))[:n],
    "digit unit alternation": lambda n: ("1个" * (n // 2))[:n],
    "digit unit, no punctuation, respectively": lambda n: ("分别增长5%和6%以上" * (n // 11))[:n],
    "brackets": lambda n: ("（" * (n // 2)) + ("）" * (n // 2)),
    "quotes": lambda n: ("“" * (n // 2)) + "12亿元" + ("”" * (n // 2)),
    "numbers in a line": lambda n: ("地区生产总值增长6%左右" * (n // 12))[:n],
    "headings": lambda n: ("\n一、" * (n // 3))[:n],
    "front matter unclosed": lambda n: "---\n" + "title: 增长5%\n" * (n // 10),
    # (a review of several years with its item, again and again: as many passages as
    # paragraphs, which the period's reader once tested each against each)
    "reviews of several years": lambda n: (_REVIEW * (n // len(_REVIEW) + 1))[:n],
}
