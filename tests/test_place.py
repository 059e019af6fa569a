"""How context/place.py reads the head of a report: the congress and head-of patterns are
searched only in the runs of Han characters and spaces that hold the words their matches end
with (`_ending_in`), and find the matches of a search over the whole head."""

import pytest

from ningbo_indicators.context import place

# heads of reports as written, and texts made to try the runs' edges: spaces and line breaks
# inside a match, the short 人大, a name after 在 or a date's 日, a name the rules refuse
# before a valid one, words ending a match beyond punctuation (no match), nothing at all
TEXTS = (
    "——2024年1月17日在宁波市第十六届人民代表大会第四次会议上",
    "——2016年1月22日在哈密市九届人大五次会议上",
    "2021年1月13日丹东市 第十六 届 人民代表大会第四次会议通过",
    "2023年1月5日\n日喀则市\n第二届\n人民代表大会",
    "成功举办了中日韩十城市第一届人大，在宁波市第十六届人民代表大会",
    "在市第十四届人民代表大会第五次会议上，温州市，第十届人大",
    "甘南藏族自治州州长 张三",
    "（2012年1月5日 长春市人民政府代市长 崔杰）",
    "广西壮族自治区人民政府主席，在大会上；某某县行政公署专员",
    "景德镇市长，届",
    "届人大。（宁波市第十六届人大）副市长，7 日温州市 市长、宁波市第十届人大市长",
    "",
)
PATTERNS = {"congress": place.RE_CONGRESS, "head_of": place.RE_HEAD_OF}
WORDS = dict(zip(PATTERNS, (words for _, words in place._HEAD_PATTERNS[::2])))


@pytest.mark.parametrize("name", PATTERNS)
def test_runs_hold_every_match(name):
    pattern, words = PATTERNS[name], WORDS[name]
    found = 0
    for text in (*TEXTS, "".join(TEXTS), "1届人大2 宁波市第十六届人民代表大会市长"):
        whole = [(m.span(), m.groups()) for m in pattern.finditer(text)]
        assert [(m.span(), m.groups()) for m in place._ending_in(pattern, words, text)] == whole
        found += len(whole)
    assert found >= 8  # (the texts hold matches to compare)
