"""The three ways of writing what follows a number (RE_QUANTITY shares one unit group)."""

import pytest

from ningbo_indicators import extract
from ningbo_indicators.extractors.quantity import find_quantities


@pytest.mark.parametrize(
    ("text", "parts"),
    [
        ("增加508万", [("508", "万", "", "")]),  # a magnitude alone
        ("达4万多亿元", [("4", "万亿", "多", "元")]),  # the first way: magnitude first
        ("建成140余个", [("140", "", "余", "个")]),  # the second way: the unit is needed
        ("新建12个", [("12", "", "", "个")]),
        ("共140余，", []),  # neither a unit nor a magnitude after 余
        ("共140，", []),
        ("67700多亿元", [("67700", "亿", "多", "元")]),  # the third way: 多 then a magnitude
        ("300多万人", [("300", "万", "多", "人")]),
        ("300多万", [("300", "万", "多", "")]),
    ],
)
def test_the_parts_after_a_number(text, parts):
    found = [(s.number, s.magnitude, s.mid, s.unit) for s in find_quantities(text)]
    assert found == parts


@pytest.mark.parametrize(
    ("text", "values"),
    [
        # 万 ends the numeral's section below 亿 (the national reports of 1978-1991): read apart,
        # 一百六十七亿六千 is no numeral and the figure was lost; 三亿零四百七十五 is one, and the
        # figure was read as 300000475 万吨
        ("出口一百六十七亿六千万元。", [16_760_000_000]),
        ("钢产量三亿零四百七十五万吨。", [304_750_000]),
        ("原油一亿零四百万吨。", [104_000_000]),
        ("投资两万亿元。", [2_000_000_000_000]),  # (万亿 the numeral's own magnitude)
        # a range's lower bound in Chinese numerals with its own magnitude: not the upper bound's
        # on top of it (1388万 万吨)
        ("原油一千三百八十八万至一千三百九十三万吨。", [13_880_000, 13_930_000]),
        ("资金五千万至六千万元。", [50_000_000, 60_000_000]),
        ("原油九千万至一亿吨。", [90_000_000, 100_000_000]),
        ("原油一亿三千万至二亿吨。", [130_000_000, 200_000_000]),
        ("原油一亿三千八百八十万至一亿三千九百三十万吨。", [138_800_000, 139_300_000]),
        ("原油一千三百八十八至一千三百九十三万吨。", [13_880_000, 13_930_000]),  # (the upper's)
        ("原油三亿至五亿吨。", [300_000_000, 500_000_000]),
    ],
)
def test_chinese_numerals_with_two_magnitudes(text, values):
    """A Chinese numeral's 万 and 亿 read as it writes them, in a figure and in a range."""
    assert [r.base_value for r in extract(text)] == values


@pytest.mark.parametrize(
    ("text", "bounds"),
    [
        # a range's lower bound written with its magnitude and no unit takes the upper's
        ("投资3亿至5亿元。", [("3亿", "亿元", "over"), ("5亿元", "亿元", "under")]),
        ("原油1.388亿至1.393亿吨。", [("1.388亿", "亿吨", "over"), ("1.393亿吨", "亿吨", "under")]),
        (
            "争取明年节约标准煤700万到800万吨。",  # (national/1980.md)
            [("700万", "万吨", "over"), ("800万吨", "万吨", "under")],
        ),
        # not after a list mark, nor with another magnitude
        ("投资3亿、5亿元。", [("3亿", "亿", "exact"), ("5亿元", "亿元", "exact")]),
        ("投资3000万至5亿元。", [("3000万", "万", "exact"), ("5亿元", "亿元", "exact")]),
    ],
)
def test_a_range_with_the_magnitude_written_twice(text, bounds):
    assert [(r.text, r.unit, r.qualifier) for r in extract(text)] == bounds
