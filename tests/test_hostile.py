"""Inputs built to hurt a regex engine or a clause scanner: each must finish, give valid
records and keep offsets true. (Their speed per MB is printed by benchmarks/bench.py; no
timing is asserted here.)"""

from __future__ import annotations

import pytest
from hostile_inputs import HOSTILE, SIZE

from ningbo_indicators import extract


@pytest.mark.parametrize("name", HOSTILE)
def test_hostile_input(name):
    text = HOSTILE[name](SIZE)
    records = extract(text)
    for r in records[:: max(1, len(records) // 500)]:
        assert text[r.start : r.end] == r.text
        assert len(r.sentence) <= 600 and len(r.indicator) <= 64


def test_alternation_gives_a_record_per_figure():
    assert len(extract("1个" * 1000)) == 1000


# Digits of scripts newer than this Python's Unicode tables (Kawi, Unicode 15): the regex
# engine's \d takes them, int() refuses them. Where they stand in a year or a month, the year
# or month is not read (nothing is made up) and nothing fails.
KAWI = "".join(chr(0x11F50 + i) for i in range(10))


def _kawi(digits: str) -> str:
    return "".join(KAWI[int(c)] for c in digits)


@pytest.mark.parametrize(
    "text",
    [
        f"2024年{_kawi('1')}月15日在市第十六届人民代表大会上\n\n全市生产总值增长6%。\n",
        f"20{_kawi('24')}年政府工作报告\n\n全市生产总值增长6%。\n",
        f"二、今年工作安排\n\n20{_kawi('16')}年是“十三五”开局之年。全市生产总值增长6%。\n",
        f"刚刚过去的20{_kawi('23')}年，全市生产总值增长6%。\n",
        f"20{_kawi('23')}年国民经济和社会发展统计公报\n\n全市生产总值增长6%。\n",
        f"地区生产总值由20{_kawi('20')}年的5126亿元增至6188.5亿元。\n",
    ],
    ids=["delivery month", "title year", "year is", "past year", "communique", "from a year"],
)
def test_digits_python_cannot_read_are_not_read(text):
    records = extract(text)
    assert records, "the figures in ASCII digits are still read"
    for r in records:
        assert not any(c in KAWI for c in r.text)
        assert r.year is None or 1990 <= r.year <= 2030


@pytest.mark.parametrize(
    "sentence",
    [
        f"全市生产总值比20{_kawi('20')}年增长10%。",  # (a year a growth is counted from)
        f"居民消费价格指数控制在10{_kawi('3')}以内。",  # (a price index written bare)
    ],
    ids=["than a year", "price index"],
)
def test_digits_python_cannot_read_in_the_targets(sentence):
    """The targets table reads further patterns (a figure of more than one year, a bare price
    index): those digits are not read there either, and nothing fails."""
    from ningbo_indicators.dataset.targets import targets_table

    text = f"二、2025年主要目标\n\n今年主要预期目标是：地区生产总值增长6%左右，{sentence}\n"
    rows = targets_table(text, extract(text))
    assert [r.key for r in rows if r.key == "gdp_growth"] == ["gdp_growth"]
    assert all(not any(c in KAWI for c in (r.target or "")) for r in rows)


def test_the_benchmarks_test_modules_need_no_pytest():
    """benchmarks/bench.py reads the hostile inputs and the format builders from tests/, and
    runs where the test extras are not installed: those modules must not import pytest."""
    import subprocess
    import sys
    from pathlib import Path

    tests = Path(__file__).parent
    code = "import sys; sys.modules['pytest'] = None; import hostile_inputs, formats"
    done = subprocess.run([sys.executable, "-c", code], cwd=tests, capture_output=True, text=True)
    assert done.returncode == 0, done.stderr


def test_a_long_list_is_walked_once(monkeypatch):
    """A list of n bare figures (A、B、C…) is read in work linear in n: each figure of it once
    asked whether it joins its neighbour, not the whole list walked again for each of its
    figures (4,000,000 asks for 2,000 figures before)."""
    from ningbo_indicators import subjects

    asked = 0
    joined = subjects._joined

    def counted(*args):
        nonlocal asked
        asked += 1
        return joined(*args)

    monkeypatch.setattr(subjects, "_joined", counted)
    n = 2000
    records = extract("全市净增市场主体" + "、".join(f"{i}万户" for i in range(1, n + 1)) + "。")
    assert len(records) == n
    assert asked <= 4 * n, asked
