"""The three ways of writing what follows a number (RE_QUANTITY shares one unit group)."""

import pytest

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
