"""How context/place.py reads the head of a report: the patterns' lookaheads (a necessary
condition of each match put first) and the search from the run of Han characters and spaces
before the words that end a match find the matches of a plain search."""

import pytest
import regex

from ningbo_indicators.context import place

# heads of reports as written, and texts made to try the lookahead's edges: spaces and line
# breaks inside a match, the short 人大, a name after 在 or a date's 日, a name the rules
# refuse before a valid one, a 届 or a head beyond punctuation (no match), nothing at all
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
    "",
)


# the patterns as written before their lookaheads
PLAIN = {
    "congress": rf"{place._START}({place._NAME})\s*第?[一二三四五六七八九十]+\s*{place._CONGRESS}",
    "head_of": rf"{place._START}({place._NAME})\s*(?:人民政府|行政公署)?\s*(?:代理?|代)?"
    rf"(?:{place._HEADS})",
}
PATTERNS = {"congress": place.RE_CONGRESS, "head_of": place.RE_HEAD_OF}
WORDS = dict(zip(PATTERNS, (words for _, words in place._HEAD_PATTERNS[::2])))


@pytest.mark.parametrize("name", PATTERNS)
def test_lookahead_keeps_matches(name):
    pattern, plain = PATTERNS[name], regex.compile(PLAIN[name])
    found = [[(m.span(), m.groups()) for m in pattern.finditer(text)] for text in TEXTS]
    assert found == [[(m.span(), m.groups()) for m in plain.finditer(text)] for text in TEXTS]
    assert sum(map(len, found)) >= 4  # (the texts hold matches to compare)


@pytest.mark.parametrize("name", PATTERNS)
def test_search_from_the_run_keeps_matches(name):
    # _ending_in searches only the runs of Han characters and spaces that hold the words that
    # end a match: the matches are those of the search over the whole head
    pattern, words = PATTERNS[name], WORDS[name]
    runs = "届人大。（宁波市第十六届人大）副市长，7 日温州市 市长、宁波市第十届人大市长"
    for text in (*TEXTS, "".join(TEXTS), "1届人大2 宁波市第十六届人民代表大会市长", runs):
        whole = [(m.span(), m.groups()) for m in pattern.finditer(text)]
        assert [(m.span(), m.groups()) for m in place._ending_in(pattern, words, text)] == whole
