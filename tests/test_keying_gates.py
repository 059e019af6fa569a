"""The shortcuts of keying's context rules give the answers of the searches they stand for."""

import pytest
from pattern_util import last_characters

from ningbo_indicators.dataset import keying
from ningbo_indicators.dataset.keys import default_keys, rows_of_key

TEXT = (
    "全市生产总值增长6%。\n东城新区加快开发建设，完成固定资产投资43亿元，产业园区新增企业12家。"
    "中心城区绿化覆盖率达40%，综合保税区进出口增长9%。\n加快推进中心城区提质发展。新建公园8个。"
)


@pytest.mark.parametrize(
    "hint", [keying._PART_HINT, keying._PARK_HINT, keying._ZONE_HINT, keying._WORKS_TOPIC_HINT]
)
@pytest.mark.parametrize("order", ["forward", "backward"])
def test_context_hint_is_the_search(hint, order):
    """Remembered per start, in any order of the windows' ends: the search's answer."""
    context = keying.KeyContext(TEXT)
    starts = [0, TEXT.index("东"), TEXT.index("加快推进"), len(TEXT) - 3]
    for start in starts:
        ends = list(range(start, len(TEXT) + 1))
        for end in ends if order == "forward" else ends[::-1]:
            expected = hint.search(TEXT, start, end) is not None
            assert context.hint(hint, start, end) == expected, (start, end)


@pytest.mark.parametrize(
    "marks", [keying._STOPS, keying._CLAUSE_MARKS, "，,。；;：:！？\n", "。；;！？\n", "]^-[\\、"]
)
def test_last_mark_is_the_last_of_the_marks(marks):
    """One match through the last mark: the last of each mark's backward search, in every
    window of a text (and none where the window is empty)."""
    text = TEXT + "[a]^b-c\\d、"
    for lo in range(len(text) + 1):
        for hi in range(max(0, lo - 1), len(text) + 2):
            expected = max(text.rfind(c, lo, hi) for c in marks) if hi > lo else -1
            assert keying._last_mark(text, marks, lo, hi) == expected, (lo, hi)


def test_stocks_kept_apart_are_those_whose_additions_are_named():
    """_kept_apart holds X exactly where the table names new_X or X_new (for every key of the
    table, what it would be the stock or the additions of, and a string of no key)."""
    table = default_keys()
    known = {k.key for k in table}
    stocks = keying._kept_apart(table)
    assert stocks
    words = known | {k.removeprefix("new_").removesuffix("_new") for k in known} | {"no_such_key"}
    for word in sorted(words):
        assert (word in stocks) == (f"new_{word}" in known or f"{word}_new" in known), word


@pytest.mark.parametrize("lead", ["", "比上年", "同比净", "较去年"])
@pytest.mark.parametrize(
    "tail", ["", "了", " ", "\u3000\t", "约", "近", "超", "超过", "逾", "了 近"]
)
def test_change_gate_holds_the_last_character_of_every_change(lead, tail):
    """_CHANGE_LAST, the gate of the verbs of change right before a figure, holds the last
    character of every match of _CHANGE_BEFORE and _CHANGE_ON_LAST_YEAR."""
    for verb in (*keying._CHANGE_VERBS, "增", "减"):
        words = "存款余额" + lead + verb + tail
        if verb in keying._CHANGE_VERBS:  # (every verb with every tail: the gate is asked)
            assert keying._CHANGE_BEFORE.search(words, len(words) - 6), (verb, tail)
        for pattern in (keying._CHANGE_BEFORE, keying._CHANGE_ON_LAST_YEAR):
            found = pattern.search(words, max(0, len(words) - 8))
            if found:
                assert found.end() == len(words)
                assert words[-1] in keying._CHANGE_LAST, (verb, tail)


def test_rows_of_key_are_the_keys_rows():
    """The rules read a key's rows through `keys.rows_of_key`: each key's rows, in table order."""
    table = default_keys()
    for key in sorted({k.key for k in table})[:200] + ["no_such_key"]:
        assert rows_of_key(table, key) == tuple(k for k in table if k.key == key)


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
    """Every word _GAP_TO_ANOTHER opens with holds one of _GAP_TO_ANOTHER_CHARS (its gate)."""
    assert not keying._GAP_TO_ANOTHER_CHARS.isdisjoint(words)


@pytest.mark.parametrize("order", ["forward", "backward"])
def test_context_finds_what_each_figure_would(order):
    """The sentence's last stop and start and the paragraph's start, found once per figure: the
    searches' answers, in any order of the figures."""
    context = keying.KeyContext(TEXT)
    starts = list(range(len(TEXT) + 1))
    for start in starts if order == "forward" else starts[::-1]:
        lo = max(0, start - 3 * keying.CLAUSE_WINDOW)
        stop = max(TEXT.rfind(c, lo, start) for c in keying._STOPS)
        assert context.sentence(start) == (stop, max(lo, stop + 1))
        para = TEXT.rfind("\n", max(0, start - keying._TOPIC_REACH), start) + 1
        assert context.paragraph(start) == para


def test_context_reads_once():
    """A reader's answer is kept per stretch of the text: asked again, it is not read again."""
    context = keying.KeyContext(TEXT)
    calls = []

    def reader(text, start, end):
        calls.append((start, end))
        return None if start else text[start:end]

    for _ in range(2):
        assert context.read_once(reader, 0, 5) == TEXT[:5]
        assert context.read_once(reader, 3, 5) is None  # (None is kept too)
    assert calls == [(0, 5), (3, 5)]


def test_context_is_the_documents():
    """A context serves the text it was made for alone."""
    other = TEXT + "。"
    m = keying.KeyContext(TEXT)
    with pytest.raises(ValueError):
        keying.key_in_context(other, None, default_keys(), m)


def _figure(text, figure, indicator, kind="amount", unit="元", clause=0):
    """A mention of `figure`, the first in `text`, as the rules read it."""
    from types import SimpleNamespace

    start = text.index(figure)
    return SimpleNamespace(
        start=start,
        end=start + len(figure),
        indicator=indicator,
        kind=kind,
        clause=clause,
        reading=SimpleNamespace(base_unit=unit),
        span=SimpleNamespace(verb=None),
    )


# the gates read a bounded stretch after the figure: the figures at the ends of what the
# patterns admit must pass them
@pytest.mark.parametrize("lead", [0, 1, 29, 30])
@pytest.mark.parametrize("blanks", ["", " ", "\u3000\t", " " * 40])
def test_local_share_gate_admits_what_the_pattern_admits(lead, blanks):
    share = "地方一般公共预算收入"
    key = keying.key_for(share, "amount", "元", default_keys())
    assert key is not None
    text = "一般公共预算收入52亿元" + "增" * lead + "，" + blanks + "其中" + share + "30亿元"
    m = _figure(text, "52亿元", "一般公共预算收入")
    assert keying._LOCAL_SHARE_AFTER.match(text, m.end)
    assert keying._includes_the_centre(text, m, key, default_keys())


@pytest.mark.parametrize(
    "after",
    ["，占", "、占", "，约占", "，同比增长12.5%，占", "增长１２.５%、占", "下降3%，同比占"],
)
def test_share_gate_admits_what_the_patterns_admit(after):
    whole = "实际利用外资"
    key = keying.key_for(whole, "amount", "美元", default_keys())
    assert key is not None
    text = "新批外商投资项目125个，实际利用外资3.9亿美元" + after + whole + "的55%"
    m = _figure(text, "3.9亿美元", whole, unit="美元")
    assert keying._SHARE_OF_AFTER.match(text, m.end)
    assert keying._part_of_its_whole(text, m, key, default_keys(), ())


def _characters(pattern: str) -> set[str]:
    """Every character a match of `pattern` (literals, lists of characters, \\d, groups,
    alternatives and repeats) may hold, read from the standard library's parse of it; \\d as
    the ASCII digits."""
    try:
        from re import _constants as c
        from re import _parser
    except ImportError:  # (Python 3.10: the same modules under their old names)
        import sre_constants as c
        import sre_parse as _parser

    found: set[str] = set()

    def walk(items) -> None:
        for op, av in items:
            if op is c.LITERAL:
                found.add(chr(av))
            elif op is c.IN:
                for o, a in av:
                    if o is c.LITERAL:
                        found.add(chr(a))
                    elif o is c.CATEGORY and a is c.CATEGORY_DIGIT:
                        found.update("0123456789")
                    else:
                        raise AssertionError((o, a))
            elif op is c.SUBPATTERN:
                walk(av[-1])
            elif op is c.BRANCH:
                for alternative in av[1]:
                    walk(alternative)
            elif op in (c.MAX_REPEAT, c.MIN_REPEAT):
                walk(av[2])
            else:
                raise AssertionError(op)

    walk(_parser.parse(pattern))
    return found


def test_share_gate_strips_what_the_patterns_admit_before_their_share():
    """_BEFORE_SHARE, what _part_of_its_whole's gate strips after a figure before it looks for
    占, is every character that _SHARE_OF_AFTER or _SHARE_OF_THE_PLACE admits before its 占, no
    more (\\d read as the ASCII digits: the gate takes any other decimal digit for a growth's)."""
    admitted: set[str] = set()
    for pattern in (keying._SHARE_OF_AFTER, keying._SHARE_OF_THE_PLACE):
        before, share, _rest = pattern.pattern.partition("占")
        assert share and before
        admitted |= _characters(before)
    assert admitted == set(keying._BEFORE_SHARE)
    assert _characters(r"(?:[、，]?增长[\d.]+%)?约") == set("、，增长0123456789.%约")


def test_range_ends_are_what_the_range_pattern_ends_with():
    """_RANGE_ENDS, _from_range_lower's gate on the character before a figure, is every
    character a match of _RANGE_LOWER may end with, no more."""
    assert last_characters(keying._RANGE_LOWER.pattern) == set(keying._RANGE_ENDS)


@pytest.mark.parametrize("between", ["", "～16.8%", "至16.8％ ", "—" + "1" * 11])
def test_band_ends_within_its_gate(between):
    """区间 ends within 15 characters after a band's bound (key_in_context's gate)."""
    text = "增速一直在16%" + between + "的区间运行"
    m = _figure(text, "16%", "增速", kind="growth", unit="%")
    band = keying._BAND_AFTER.match(text, m.end)
    assert band and band.end() <= m.end + 15


def test_item_gate_admits_a_list_in_its_clause():
    text = (
        "持续改善民生，教育、卫生、社保等民生支出占地方公共财政预算支出比例分别提高到21.4%、10.6%"
    )
    m = _figure(
        text, "21.4%", "民生支出占地方公共财政预算支出比例", "ratio", "%", text.index("教育")
    )
    assert keying._an_item_before_a_class(text, m)
    # (its gate in key_in_context: 分别 within the 80 characters before the figure)
    assert text.find(keying._SPLIT, max(0, m.start - 80), m.start) >= 0


def test_each_unit_led_search_starts_before_its_unit():
    text = "今年要抓好招商，同时各开发区要完成产业项目引进任务，力争引进项目20个"
    m = _figure(text, "20个", "项目", kind="count", unit="个", clause=text.index("力争"))
    context = keying.KeyContext(text)
    stop = context.sentence(m.start)[0]
    assert keying._of_one_unit(context, m, stop, each=False, units=True)


def _words_of(pattern, group):
    """The plain words of a named group of alternatives in a pattern's source."""
    import re

    return re.search(rf"\(\?P<{group}>([^()]*)\)", pattern.pattern).group(1).split("|")


def test_gate_characters_hold_for_every_word():
    """The characters a gate looks for stand in every word of the pattern behind it."""
    for act in _words_of(keying._ACT_BEFORE, "act"):
        assert "修" in act or "组" in act or "复" in act, act
    for mark in "—–-－~～至到":
        assert mark in keying._RANGE_ENDS and keying._RANGE_LOWER.search("3" + mark + " ")
    assert keying._LIST_CHANGE.pattern.startswith("(?:分别|均|各)")
    for stage in keying._STAGES:
        assert keying._BARE_STAGE.match("，" + stage, 1).group("stage") == stage
    assert keying._CORE.pattern.count("(?:") == 2  # (its words: 城 or 市区 in each)
    for word in ("中心城区", "主城区", "中心市区", "老城区", "中心城市", "县城"):
        assert "城" in word or "市区" in word
        for lead in ("", "全市", "我市", "本市", "市"):  # (_after_a_core_item's first 6)
            head = (lead + word + "污水处理率")[:6]
            assert keying._CORE.match(lead + word) and ("城" in head or "市区" in head)
        assert keying._of_the_core(_figure(word + "绿化覆盖率40%", "40%", word + "绿化覆盖率"))


def test_zone_and_topic_gate_words():
    """key_in_context looks for 区 (or 新城, 园) in a figure's paragraph before the zone rules:
    every word of the hints behind that gate holds one."""
    for word in keying._ZONE_HINT.pattern.split("|"):
        assert "区" in word, word
    for word in keying._PARK_HINT.pattern.split("|"):
        assert "区" in word or "园" in word, word
    for word in keying._WORKS_TOPIC_HINT.pattern.split("|"):
        assert "区" in word or "新城" in word, word


@pytest.mark.parametrize("gap", [0, 1, 5, 1199, 1200, 1201, 1499, 1500, 1501, 2000])
@pytest.mark.parametrize("lead", [0, 300])
def test_part_paragraph_reads_the_shared_paragraph_start(gap, lead):
    """_in_a_part_paragraph's start of the paragraph within _PARAGRAPH_REACH, from the context's
    (within _TOPIC_REACH): the same, or the paragraph is too long for both."""
    assert keying._PARAGRAPH_REACH <= keying._TOPIC_REACH
    text = "甲" * lead + "\n" + "乙" * gap + "丙" * 10
    for start in range(len(text) - 10, len(text) + 1):
        reach = keying._PARAGRAPH_REACH
        own = text.rfind("\n", max(0, start - reach), start) + 1
        too_long = not own and start > reach
        para = keying.KeyContext(text).paragraph(start)
        assert too_long == (start > reach and para <= start - reach), start
        assert too_long or para == own, start


def test_acts_after_hold_a_character_of_their_gate():
    """Every act of _ACT_AFTER holds a character that _ACT_CHAR_AFTER, its gate, looks for, and
    the gate stops at each mark that the pattern's match cannot hold."""
    source = keying._ACT_AFTER.pattern
    acts = source[source.index("(?P<act>") + len("(?P<act>") : source.rindex(")(?!")]
    gate = keying._ACT_CHAR_AFTER.pattern
    chars = gate[gate.rindex("[") + 1 : -1]
    depth, cuts = 0, [-1]  # (the alternatives at the group's top level)
    for i, c in enumerate(acts):
        depth += (c == "(") - (c == ")")
        if c == "|" and not depth:
            cuts.append(i)
    alternatives = [acts[a + 1 : b] for a, b in zip(cuts, [*cuts[1:], len(acts)])]
    assert r"达到[^，,；;。：:、\n]{0,12}?(?:标准|水平)" in alternatives
    for act in alternatives:
        assert any(c in act for c in chars), act
    for mark in keying._ITEM_MARKS:
        assert keying._ACT_CHAR_AFTER.match(mark + "改造") is None, mark
    assert keying._ACT_CHAR_AFTER.match("座污水处理厂完成提标改造") is not None


@pytest.mark.parametrize("head", ["", "  ", "[12] ", "3．", "12、"])
def test_definition_colon_stands_within_its_gate(head):
    """The colon of a definition stands within the 48 characters _DEFINITION reads from the
    sentence's start (the gate of _in_a_definition)."""
    text = "增长5%。" + head + "甲" * 30 + "：即建设1条路"
    begin = text.index("。") + 1
    found = keying._DEFINITION.match(text, begin, begin + 48)
    assert found and found.end() <= begin + 48
    m = _figure(text, "1条", "路", kind="count", unit="条")
    context = keying.KeyContext(text)
    assert keying._in_a_definition(context, m, context.sentence(m.start)[0])


@pytest.mark.parametrize("order", ["forward", "backward", "jumps"])
def test_context_sentence_is_the_search(order):
    """Read on from the figure asked before (`KeyContext.sentence`), in any order of the
    figures: the last stop within reach before each, as the search finds it, and its start."""
    long = "推进" * 130
    text = TEXT + long + "。" + long + "完成投资5亿元！\n" + long * 3 + "，增长5%。" + TEXT
    starts = list(range(len(text) + 1))
    if order == "backward":
        starts.reverse()
    elif order == "jumps":
        starts = [s for i in range(0, len(starts), 37) for s in starts[i : i + 37][::-1]]
        starts += starts[::5]
    context = keying.KeyContext(text)
    for start in starts:
        lo = max(0, start - 3 * keying.CLAUSE_WINDOW)
        stop = keying._last_mark(text, keying._STOPS, lo, start)
        assert context.sentence(start) == (stop, stop + 1 if stop >= lo else lo), start


@pytest.mark.parametrize("marks", [keying._STOPS, keying._SENTENCE_ENDS])
def test_last_stop_in_the_paragraph_is_the_search(marks):
    """Read from a figure's last stop within its reach (`KeyContext.sentence`): the last of the
    marks in its paragraph before it, as the search finds it (sentences longer than the reach,
    and a paragraph longer than the paragraph's reach, included)."""
    long = "推进" * 130
    text = TEXT + long + "。" + long + "完成投资5亿元！\n" + long * 7 + "，增长5%。" + TEXT
    context = keying.KeyContext(text)
    for start in range(len(text) + 1):
        para = context.paragraph(start)
        stop, _ = context.sentence(start)
        expected = keying._last_mark(text, marks, para, start)
        assert keying._last_stop_in(text, marks, para, start, stop) == expected, start
