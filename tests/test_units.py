"""Table-driven cases for numbers, magnitudes, units, qualifiers and exclusions."""

from __future__ import annotations

from decimal import Decimal
from typing import NamedTuple

import pytest

from ningbo_indicators import FIELDS, Record, extract
from ningbo_indicators.extractors import exclude
from ningbo_indicators.extractors.quantity import find_quantities
from ningbo_indicators.numbers import fold, parse_numeral
from ningbo_indicators.readers import bundled_text


class Case(NamedTuple):
    text: str
    value: float
    unit: str
    base_value: float | None = None
    base_unit: str | None = None
    kind: str | None = None
    qualifier: str = "exact"
    direction: str | None = None
    dimension: str | None = None


NUMBER_CASES = [
    ("351", 351),
    ("1,065", 1065),
    ("6.5", 6.5),
    ("６．５", 6.5),
    ("0.05", 0.05),
    ("两", 2),
    ("一千二百", 1200),
    ("十二", 12),
    ("三点五", 3.5),
    ("二十五", 25),
    ("一万二千", 12000),
    ("百", 100),
    ("十", 10),
]


@pytest.mark.parametrize("written,value", NUMBER_CASES, ids=[c[0] for c in NUMBER_CASES])
def test_parse_number(written, value):
    assert float(parse_numeral(written)) == value


def test_fold_keeps_length():
    s = "増長６．５％，億元萬畝百分點"
    assert len(fold(s)) == len(s)


# Quantities in a minimal sentence: the whole sentence is "<text>。"
QUANTITY_CASES = [
    Case("351亿元", 351, "亿元", 35_100_000_000, "元", "amount", dimension="currency"),
    Case("50亿美元", 50, "亿美元", 5_000_000_000, "美元", "amount", dimension="currency"),
    Case("8100亩", 8100, "亩", 8100, "亩", "amount", dimension="area"),
    Case("2.49万亩", 2.49, "万亩", 24_900, "亩", "amount", dimension="area"),
    Case("435.9万吨标煤", 435.9, "万吨标煤", 4_359_000, "吨标准煤", "amount", dimension="energy"),
    Case("171万千瓦", 171, "万千瓦", 1_710_000, "千瓦", "amount", dimension="power"),
    Case("165.2万标箱", 165.2, "万标箱", 1_652_000, "标箱", "amount", dimension="container"),
    Case("135公里", 135, "公里", 135, "公里", "amount", dimension="length"),
    Case("1000万平方米", 1000, "万平方米", 10_000_000, "平方米", "amount", dimension="area"),
    Case("28.5平方公里", 28.5, "平方公里", 28.5, "平方公里", "amount", dimension="area"),
    Case("14.3亿斤", 14.3, "亿斤", 1_430_000_000, "斤", "amount", dimension="mass"),
    Case("1.52万元", 1.52, "万元", 15_200, "元", "amount", dimension="currency"),
    Case("16.4亿元", 16.4, "亿元", 1_640_000_000, "元", "amount"),
    Case("5000千瓦时", 5000, "千瓦时", 5000, "千瓦时", "amount", dimension="energy"),
    Case("3千万元", 3, "千万元", 30_000_000, "元", "amount"),
    Case("1,065亿元", 1065, "亿元", 106_500_000_000, "元", "amount"),
    Case("两万亿元", 2, "万亿元", 2_000_000_000_000, "元", "amount"),
    Case("4万多亿元", 4, "万亿元", 4e12, "元", "amount", qualifier="over"),
    Case("69家", 69, "家", 69, "家", "count", dimension="count"),
    Case("26.6万人", 26.6, "万人", 266_000, "人", "count"),
    Case("140余个", 140, "个", 140, "个", "count", qualifier="over"),
    Case("3500多宗", 3500, "宗", 3500, "宗", "count", qualifier="over"),
    Case("一千二百万人", 1200, "万人", 12_000_000, "人", "count"),
    Case("200万人次", 200, "万人次", 2_000_000, "人次", "count"),
    Case("3万套(间)", 3, "万套", 30_000, "套", "count"),
    Case("6434万", 6434, "万", 64_340_000, "", "count"),
    Case("增长6%左右", 6, "%", 6, "%", "growth", "about", "up", "percent"),
    Case("下降3.1%", 3.1, "%", 3.1, "%", "growth", "exact", "down"),
    Case("增长三成", 3, "成", 30, "%", "growth", "exact", "up", "percent"),
    Case("涨幅百分之五", 5, "%", 5, "%", "growth", "exact", "up"),
    Case("增长６．５％", 6.5, "%", 6.5, "%", "growth", "exact", "up"),
    Case("提高2个百分点", 2, "个百分点", 2, "百分点", "pp", "exact", "up", "pp"),
    Case("增长1.4倍", 1.4, "倍", 1.4, "倍", "multiple", "exact", None, "multiple"),
    Case("每立方米23微克以下", 23, "微克/立方米", 23, "微克/立方米", "amount", "under"),
    Case("42.5微克/立方米", 42.5, "微克/立方米", 42.5, "微克/立方米", "amount"),
    Case("351 亿元", 351, "亿元", 35_100_000_000, "元", "amount"),
    Case("351\n亿元", 351, "亿元", 35_100_000_000, "元", "amount"),
    Case("6.5\n%", 6.5, "%", 6.5, "%", "ratio"),
    Case("351億元", 351, "億元", 35_100_000_000, "元", "amount"),
    Case("2.49萬畝", 2.49, "萬畝", 24_900, "亩", "amount"),
    Case("提高2個百分點", 2, "個百分點", 2, "百分点", "pp", "exact", "up"),
]


@pytest.mark.parametrize("case", QUANTITY_CASES, ids=lambda c: c.text)
def test_quantity(case):
    records = extract(case.text + "。")
    assert len(records) == 1, [r.text for r in records]
    r = records[0]
    assert (r.text, r.value, r.base_unit) == (case.text, case.value, case.base_unit)
    assert fold(r.unit) == fold(case.unit)
    assert r.base_value == pytest.approx(case.base_value, rel=1e-12)
    assert r.kind == case.kind and r.qualifier == case.qualifier
    assert r.direction == case.direction
    if case.dimension:
        assert r.dimension == case.dimension


QUALIFIER_CASES = [
    ("约300亿元", "about"),
    ("近3000家", "about"),
    ("3000亿元左右", "about"),
    ("接近50%", "about"),
    ("超300亿元", "over"),
    ("超过1700亿元", "over"),
    ("突破5000亿元", "over"),
    ("逾20万人", "over"),
    ("140余个", "over"),
    ("3500多宗", "over"),
    ("200个以上", "over"),
    ("不低于50%", "over"),
    ("不少于26万人", "over"),
    ("3.5%以内", "under"),
    ("每立方米23微克以下", "under"),
    ("不超过3%", "under"),
    ("低于5.5%", "under"),
    ("不足10个", "under"),
    ("351亿元", "exact"),
]


@pytest.mark.parametrize("text,qualifier", QUALIFIER_CASES, ids=[c[0] for c in QUALIFIER_CASES])
def test_qualifier(text, qualifier):
    (r,) = extract("指标" + text + "。")
    assert (r.text, r.qualifier) == (text, qualifier)


# sentence -> the only mention texts it gives (the rest are excluded by a named rule)
NOT_INDICATOR_CASES = [
    ("2024年是中华人民共和国成立75周年。", []),
    ("成为全国第二个试点城市，第九次创成全国双拥模范城。", []),
    ("国家级制造业单项冠军企业数量连续7年全国第一。", []),
    ("上榜中国服务业500强企业13家。", ["13家"]),
    ("4家企业入选中国电子信息行业百强。", ["4家"]),
    ("16个学科进入ESI全球前1%。", ["16个"]),
    # the size of the field ranked in
    ("预计空气质量综合指数在全国168个重点城市中位列第12。", []),  # 张家口市/2025
    ("生产总值年均增速在全省7个资源型城市中排名第1。", []),  # 岳阳市/2015
    ("空气质量优良率在全省6个重点监控城市中排第一。", []),  # 三门峡市/2021
    ("地区生产总值年均增速6.1%、在27个省会城市中位列第2。", ["6.1%"]),
    ("建设年产值50亿元以上农业全产业链5条。", ["5条"]),
    ("集体经营性收入50万元以上行政村占比提高到70%以上。", ["70%以上"]),
    ("千亿级服务业企业实现零的突破。", []),
    ("每千人口托位数提升至4.21个。", ["4.21个"]),
    ("发挥重大项目“1245”统筹推进机制作用，打造“361”万千亿级产业集群。", []),
    ("签订“三个一百”协议，建设“15分钟品质文化生活圈”455个。", ["455个"]),
    ("开通运营3号线二期，加速建设6、7、8号线，梅山6—10号集装箱码头建成投用。", []),
    ("培育一批种业龙头企业，推进百万家庭奔富行动计划。", []),
    ("建设5G工厂，PM2.5平均浓度下降，G228快速化改造。", []),
    ("深入学习贯彻十一届五次全会精神，出访了数十个国家。", []),
    ("“大三农、大智造”四个领域产业政策整合，三个“一号工程”深入实施。", []),
    ("实施新一轮千亿斤粮食产能提升行动。", []),
    ("部分品种保鲜时间从6天延长至1个月。", []),
    ("source: http://www.ningbo.gov.cn/art/2024/1/23/art_12298_4355833.html", []),
]


@pytest.mark.parametrize(
    "sentence,texts", NOT_INDICATOR_CASES, ids=[c[0][:16] for c in NOT_INDICATOR_CASES]
)
def test_not_indicator(sentence, texts):
    assert [r.text for r in extract(sentence)] == texts


# Spans written in digits that a rule excludes without a Han character after them: the cues of
# `exclude._CUES_BEFORE` and `_CUES_UNIT` (a rule that does not need them must name its cue)
CUED_CASES = [
    "成为第2个，第3家。",
    "连续7个季度，蝉联3届。",
    "进入全球前1%。",
    "每1000人。",
    "营商环境排名再提高10位。",
    "500千伏。",
    "翻了1.2番。",
    "历时184天。",
    "化肥(折100%)。",
    "年产值超5亿元5家，超过5亿元 4家。",
    "年产值过  10亿元 5家，过\u3000 \t5亿元4家。",  # (gaps before the number: threshold skips them all)
]
# Spans written in digits that a rule excludes with a Han character after them: the cues of
# `exclude._CUES_AFTER`, `_SIZE_BOUNDS`, `_CUES_FIELD` and a count after a Han character
HAN_AFTER_CUED_CASES = [
    "培育10个强村。",
    "打造100亿级产业集群。",
    "纳入省500亿元产业培育园区。",
    "年产值50亿元以上农业全产业链，30户以上自然村。",
    "在全国168个重点城市中排名第一，在27个省会城市中位列第2。",
    "16个方面改革意见，1美元兑6.6227元。",
    "经济发展、城市建设、社会管理3个联席会议制度。",
]


@pytest.mark.parametrize(
    "sentence",
    [c[0] for c in NOT_INDICATOR_CASES]
    + CUED_CASES
    + HAN_AFTER_CUED_CASES
    + [bundled_text()[:20000]],
    ids=[c[0][:16] for c in NOT_INDICATOR_CASES]
    + CUED_CASES
    + HAN_AFTER_CUED_CASES
    + ["bundled report"],
)
def test_exclusion_shortcut_asks_every_rule_that_could_fire(sentence):
    folded = fold(sentence)
    regions = exclude.ignored_regions(folded)
    for span in find_quantities(folded):
        around = exclude.Around(folded, span)
        every = next((r.name for r in exclude.RULES if r.test(around)), None)
        if regions.covers(span.num_start, span.num_end):
            every = "quoted_or_ignored"
        assert exclude.excluded_by(folded, span, regions) == every, folded[span.start : span.end]


# Chinese numerals that quantity.CN_GATE lets through or stops (the character after the first:
# a numeral's, 点, a gap, a unit, a magnitude, 余, a numerator; or a word's)
CN_GATE_CASES = [
    "统一规划，进一步推进三农工作，十四五规划，一体化。",
    "新建学校三所，两万亿元，一点五倍，三 个，四\n项，十余家，每立方米二十微克。",
    "增长百分之八至九，千分之三，负三个百分点，三十五万人，一千二百亩。",
]


@pytest.mark.parametrize("sentence", CN_GATE_CASES)
def test_chinese_numeral_gate_keeps_every_match(sentence):
    import re

    from ningbo_indicators.extractors import quantity

    ungated = re.compile(
        quantity.RE_QUANTITY.pattern.replace(quantity.CN_GATE, "").replace(
            quantity.CN_EARLY_GATE, ""
        ),
        re.VERBOSE,
    )
    assert ungated.pattern != quantity.RE_QUANTITY.pattern
    folded = fold(sentence)
    assert [(m.span(), m.groups()) for m in quantity.RE_QUANTITY.finditer(folded)] == [
        (m.span(), m.groups()) for m in ungated.finditer(folded)
    ]


def test_a_verb_alone_before_a_number_is_what_the_look_back_reads():
    """quantity._VERB_ALONE_ENDS: where the character before a number ends a two-character
    verb and nothing else, RE_LEAD reads that verb alone, whatever stands before it (random
    text of verbs, qualifiers, spaces and line breaks)."""
    import random

    from ningbo_indicators.extractors import quantity
    from ningbo_indicators.units import QUALIFIERS_BEFORE, RATE_VERBS

    assert quantity._VERB_ALONE_ENDS  # (增长, 下降, …)
    pieces = [*RATE_VERBS, *QUALIFIERS_BEFORE, " ", "\t", "\u3000", "\n", "比上年", "赶", "条"]
    rng = random.Random(12)
    checked = 0
    for _ in range(3000):
        head = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 5)))
        for verb in RATE_VERBS:
            if verb[-1] not in quantity._VERB_ALONE_ENDS:
                continue
            text = head + verb + "5%"
            start = len(head) + len(verb)
            lead = quantity.RE_LEAD.search(text, max(0, start - quantity._LEAD_WINDOW), start)
            assert lead.groups("") == (verb, "", "", ""), text
            checked += 1
    assert checked > 10000
    folded = fold("全市生产总值增长6.5%，财政收入下降3.2%，约增长 5%，增长约5%。")
    assert [(s.verb, s.pre) for s in find_quantities(folded)] == [
        ("增长", ""),
        ("下降", ""),
        ("增长", ""),
        ("增长", "约"),
    ]


RANGE_CASES = [
    ("增长5%—5.5%。", [("增长5%", "over"), ("5.5%", "under")]),
    ("增长4%至6%。", [("增长4%", "over"), ("6%", "under")]),
    ("新建学校3至5个。", [("3", "over"), ("5个", "under")]),
    ("增长百分之八至九。", [("增长百分之八", "over"), ("九", "under")]),
    ("增长8.5%和9%左右。", [("增长8.5%", "exact"), ("9%左右", "about")]),
    ("分别稳定在172万亩和14.3亿斤以上。", [("172万亩", "over"), ("14.3亿斤以上", "over")]),
]


@pytest.mark.parametrize("sentence,expected", RANGE_CASES, ids=[c[0] for c in RANGE_CASES])
def test_ranges_and_lists(sentence, expected):
    assert [(r.text, r.qualifier) for r in extract(sentence)] == expected


def test_record_fields_follow_the_spec():
    assert FIELDS == (
        "source",
        "text",
        "start",
        "end",
        "value",
        "unit",
        "base_value",
        "base_unit",
        "dimension",
        "kind",
        "qualifier",
        "direction",
        "indicator",
        "status",
        "year",
        "section",
        "sentence",
        "indicator_key",
        "period",
        "page",
    )
    (r,) = extract("地区生产总值增长6%左右。", source="x.txt")
    assert isinstance(r, Record) and list(r.to_dict()) == list(FIELDS)
    with pytest.raises(AttributeError):
        r.value = 7  # frozen


def test_full_width_offsets_round_trip():
    text = "社会消费品零售总额增长６．５％，新增就业２６万人。"
    records = extract(text)
    assert [r.text for r in records] == ["增长６．５％", "２６万人"]
    assert all(text[r.start : r.end] == r.text for r in records)
    assert records[0].value == 6.5


def test_han_ranges_are_regex_han():
    """_parts.HAN, written out for the standard library's engine, holds `regex`'s \\p{Han},
    and besides it only code points that `regex`'s Unicode leaves unassigned (the installed
    `regex` may know a later Unicode, which assigns Han characters inside the CJK blocks: U+2B81E
    in 2026.11)."""
    import re

    import regex

    from ningbo_indicators.extractors._parts import HAN

    ours, theirs, unassigned = (
        re.compile(f"[{HAN}]"),
        regex.compile(r"\p{Han}"),
        regex.compile(r"\p{Cn}"),
    )
    missing, extra = [], []
    for cp in range(0x40000):
        ch = chr(cp)
        if theirs.match(ch) and not ours.match(ch):
            missing.append(hex(cp))
        elif ours.match(ch) and not theirs.match(ch) and not unassigned.match(ch):
            extra.append(hex(cp))
    assert (missing, extra) == ([], [])


def test_the_first_characters_of_a_quantity_hold_every_digit_and_no_han():
    """The characters the number scan is tried at (quantity.RE_QUANTITY's `first`) hold every
    code point the pattern's \\d matches (a decimal digit of any script), so that no quantity
    is skipped; and no Han character but the numerals and the other words a quantity opens
    with (the bulk of a report is skipped)."""
    import re

    from ningbo_indicators.extractors._parts import HAN
    from ningbo_indicators.extractors.quantity import _START, OTHER_DIGITS

    first = re.compile(f"[0-9{OTHER_DIGITS}]")
    han = re.compile(f"[{HAN}]")
    missing = [
        hex(cp) for cp in range(0x110000) if chr(cp).isdecimal() and not first.match(chr(cp))
    ]
    han_in = [hex(cp) for cp in range(0x110000) if first.match(chr(cp)) and han.match(chr(cp))]
    assert (missing, han_in) == ([], [])
    assert re.match(r"\d", "٣") and first.match("٣")  # (an Arabic-Indic digit: \d, and kept)
    assert not set(_START) & set("0123456789")


def test_the_scan_reads_digits_beyond_the_plane_where_a_text_holds_them():
    """find_quantities scans a text of the Basic Multilingual Plane with the pattern told only
    the first characters of that plane (quantity._RE_QUANTITY_BMP); a text that holds a
    character beyond it is scanned with them all, and reads a digit there (𐒥, an Osmanya five,
    which the other pattern would pass over). Both find what RE_QUANTITY finds."""
    from ningbo_indicators.extractors import quantity

    def spans(found):
        return [(s.start, s.end, s.number) for s in found]

    for text in (
        "全年新增就业岗位3万个，增长百分之八，" * 3,
        "全年新增就业岗位\U000104a5万个，增长5%，" * 3,
    ):
        folded = fold(text)
        every = spans(quantity._spans(folded, quantity.RE_QUANTITY.finditer(folded)))
        assert spans(quantity.find_quantities(folded)) == every
    assert every[0] == (8, 11, "\U000104a5")
    assert spans(quantity._spans(folded, quantity._RE_QUANTITY_BMP.finditer(folded)))[0] != every[0]


# Chinese numerals read without cn2an (numbers._plain_numeral), each against cn2an's value
PLAIN_NUMERALS = ["一十二点三", "二千零四十八", "一百〇一点九", "四百四十九万七千", "一万零五百"]
PLAIN_NUMERALS += [
    "三千七百",
    "两千",
    "零点二",
    "五一〇",
    "一一",
    "一两",
    "九千万",
    "一十三万六千零二十四",
]


@pytest.mark.parametrize("written", PLAIN_NUMERALS, ids=PLAIN_NUMERALS)
def test_plain_numeral_is_cn2an_value(written):
    import cn2an

    from ningbo_indicators.numbers import _plain_numeral

    assert Decimal(_plain_numeral(written)) == Decimal(str(cn2an.cn2an(written, "smart")))


# Chinese numerals that name no number, as cn2an refuses them too: no value, never a guess
NOT_NUMERALS = ["万亿", "万", "一千万千", "三百万十"]


@pytest.mark.parametrize("written", NOT_NUMERALS, ids=NOT_NUMERALS)
def test_not_a_numeral(written):
    import cn2an

    from ningbo_indicators.numbers import NumberError

    with pytest.raises(NumberError):
        parse_numeral(written)
    with pytest.raises(ValueError):
        cn2an.cn2an(written, "smart")
