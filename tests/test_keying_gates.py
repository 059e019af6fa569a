"""The shortcuts of keying's context rules give the answers of the searches they stand for."""

import pytest

from ningbo_indicators.dataset import keying
from ningbo_indicators.dataset.keys import default_keys

TEXT = (
    "全市生产总值增长6%。\n东城新区加快开发建设，完成固定资产投资43亿元，产业园区新增企业12家。"
    "中心城区绿化覆盖率达40%，综合保税区进出口增长9%。\n加快推进中心城区提质发展。新建公园8个。"
)


@pytest.mark.parametrize(
    "hint", [keying._PART_HINT, keying._PARK_HINT, keying._ZONE_HINT, keying._WORKS_TOPIC_HINT]
)
@pytest.mark.parametrize("order", ["forward", "backward"])
def test_hint_from_is_the_search(hint, order):
    """Remembered per start, in any order of the windows' ends: the search's answer."""
    context = keying.KeyContext(TEXT)
    starts = [0, TEXT.index("东"), TEXT.index("加快推进"), len(TEXT) - 3]
    for start in starts:
        ends = list(range(start, len(TEXT) + 1))
        for end in ends if order == "forward" else ends[::-1]:
            expected = hint.search(TEXT, start, end) is not None
            assert context.hint(hint, start, end) == expected, (start, end)


def test_entries_are_the_keys_entries():
    table = default_keys()
    for key in sorted({k.key for k in table})[:200] + ["no_such_key"]:
        assert keying._entries(table, key) == tuple(k for k in table if k.key == key)


@pytest.mark.parametrize(
    "words",
    [
        "高于",
        "低于",
        "高出",
        "低出",
        "快于",
        "慢于",
        "多于",
        "少于",
        "超出",
        "领先",
        "落后",
        "比",
        "较",
    ],
)
def test_gap_words_hold_a_gate_character(words):
    """Every word _GAP_TO_ANOTHER opens with holds one of _GAP_CHARS (its gate)."""
    assert not keying._GAP_CHARS.isdisjoint(words)
