"""Document structure: headings, sections, the review and plan parts, the year, sentences."""

from __future__ import annotations

from typing import NamedTuple

import pytest

from ningbo_indicators import extract
from ningbo_indicators.context import read_structure
from ningbo_indicators.numbers import fold


def _by_text(records):
    return {r.text: r for r in records}


def test_markdown_sample(sample_text):
    rs = _by_text(extract(sample_text, source="sample.md"))
    assert set(rs) == {"增长5.5%", "26万人", "1900余家", "增长6%左右", "3.5%以内"}
    assert rs["增长5.5%"].status == "actual" and rs["增长5.5%"].year == 2023
    assert rs["增长5.5%"].section == "一、2023年工作回顾"
    assert rs["1900余家"].section == "（一）科技创新"
    assert rs["增长6%左右"].status == "target" and rs["增长6%左右"].year == 2024
    assert rs["增长6%左右"].section == "二、2024年主要目标任务"
    assert rs["增长6%左右"].sentence == "地区生产总值增长6%左右；"
    assert all(r.source == "sample.md" for r in rs.values())


def test_front_matter_gives_no_record(sample_text):
    assert all(r.start > sample_text.index("## 一") for r in extract(sample_text))


def test_bundled_sections(report_records):
    sections = {r.section for r in report_records}
    assert "(一)提信心稳增长,经济运行持续回升向好" in sections
    assert "二、2024年主要目标任务" in sections
    first = report_records[0]
    assert (first.text, first.status, first.year) == ("72条", "actual", 2023)


@pytest.mark.parametrize(
    "text,status,year",
    [
        (
            "一、2023年工作回顾\n增长5%。\n二、2024年工作安排\n增长6%。",
            ["actual", "target"],
            [2023, 2024],
        ),
        (
            "## 一、过去一年工作回顾\n增长5%。\n## 二、对今年政府工作的建议\n增长6%。",
            ["actual", "target"],
            [None, None],
        ),
        (
            "——2003年3月5日在第十届全国人民代表大会第一次会议上\n## 一、过去五年政府工作的回顾\n增长5%。\n## 二、对今年政府工作的建议\n增长6%。",
            ["actual", "target"],
            [2002, 2003],
        ),
        ("2004年工作回顾\n增长5%。\n2005年主要任务\n增长6%。", ["actual", "target"], [2004, 2005]),
        (
            "## 一、1991年国内工作的回顾\n增长5%。\n## 二、抓紧有利时机，加快经济发展\n增长6%。",
            ["actual", "target"],
            [1991, 1992],
        ),
        (  # provinces/宁夏回族自治区/2013: a look back inside the plan part, its sentence
            # broken by a line break
            "## 一、2012年工作回顾\n增长5%。\n## 二、2013年工作安排\n刚刚过去的一年，全区生产总值"
            "增长11.5%，城镇居民人均可支配收入和农民人均纯收入分别增长\n\n12.8%和14.2%，保持了"
            "好势头。\n\n今年的主要预期目标是：全区生产总值增长12%左右。",
            ["actual", "actual", "actual", "actual", "target"],
            [2012, 2012, 2012, 2012, 2013],
        ),
        (  # provinces/山东省/2016: the past year named by its number, under the year's plan
            "## 一、“十二五”规划完成情况\n增长9%。\n## 三、2016年政府工作总体安排\n"
            "刚刚过去的2015年，面对错综复杂的国内外形势，全省生产总值比上年增长8%。"
            "居民消费价格上涨1.2%。\n\n2016年主要预期目标是：地区生产总值增长7.5%—8%。",
            ["actual", "actual", "actual", "target", "target"],
            [2015, 2015, 2015, 2016, 2016],
        ),
        (
            "过去一年，地区生产总值增长5%。今年经济社会发展的主要预期目标是：增长6%左右。",
            ["actual", "target"],
            [None, None],
        ),
        (  # prefectures/黄石市/2014: one heading names the review and the plan; the plan starts
            # inside its section, at the sentence that opens the year planned
            "## 一、2013年工作回顾和2014年工作总体要求\n全市生产总值增长10.5%。\n\n"
            "2014年是全面深化改革的第一年。2014年全市经济社会发展的主要预期目标是：地区生产总值"
            "增长10%。\n## 二、突出抓好产业转型\n新建项目10个。",
            ["actual", "target", "target"],
            [2013, 2014, 2014],
        ),
        (  # prefectures/清远市/2018: the plan opens before its own heading
            "**2017年工作回顾**\n\n生产总值增长7%。\n\n2018年是决胜全面建成小康社会的关键"
            "一年。\n\n今年经济社会发展的主要预期目标是：生产总值增长6%左右。\n\n"
            "**2018年工作安排**\n\n新增城镇就业3万人。",
            ["actual", "target", "target"],
            [2017, 2018, 2018],
        ),
        (  # the sentence that opens the year planned is the plan's, with its figures
            "**2020年工作回顾**\n\n生产总值增长3%。\n\n今年是“十四五”开局之年，全市要确保"
            "新增就业5万人。今年经济社会发展的主要预期目标是：生产总值增长6%以上。\n\n"
            "**2021年工作安排**\n\n新建学校10所。",
            ["actual", "target", "target", "target"],
            [2020, 2021, 2021, 2021],
        ),
        (  # ... but not the targets of the year reviewed, recalled in the review
            "**2017年工作回顾**\n\n年初确定的主要预期目标是：生产总值增长7%。全年生产总值"
            "增长7.5%。\n\n**2018年工作安排**\n\n新增城镇就业3万人。",
            ["actual", "actual", "target"],
            [2017, 2017, 2018],
        ),
    ],
)
def test_review_then_plan(text, status, year):
    rs = extract(text)
    assert [r.status for r in rs] == status
    if year[0] is not None:
        assert [r.year for r in rs] == year


def test_headings_are_found_in_joined_paragraphs(report_text):
    doc = read_structure(report_text, fold(report_text))
    titles = [h.text for h in doc.headings]
    assert "二、2024年主要目标任务" in titles and "三、加强政府自身建设" in titles
    assert sum(1 for h in doc.headings if h.level == 2) == 18


def test_sentence_excludes_heading(report_records):
    r = report_records[0]
    assert r.sentence == "实施提信心扩需求增动能72条,精准有力打好拼经济组合拳。"


class Shape(NamedTuple):
    name: str  # the shape of report, and a report of the corpus that has it
    text: str
    statuses: list[tuple[str, str]]  # (figure, status) in order
    plan_year: int


# The shapes reports take across places and eras (each modelled on a report of
# ../shared/corpus/more named in `name`; wording shortened).
SHAPES = [
    Shape(
        "review heading over topical 一、二、 (prefectures/阿坝藏族羌族自治州/2014)",
        "——2014年1月6日在某州第十一届人民代表大会第三次会议上\n\n**2013年工作回顾**\n\n"
        "地区生产总值233.99亿元。\n\n**一、挖增量、提质量，经济持续快速发展**\n\n增长12%。\n\n"
        "**二、抓统筹、强保障，民生建设成果丰硕**\n\n新增就业1.2万人。\n\n"
        "**2014 年工作安排**\n\n地区生产总值增长9%左右。\n\n**一、夯实跨越发展基础**\n\n新建公路100公里。",
        [
            ("233.99亿元", "actual"),
            ("增长12%", "actual"),
            ("1.2万人", "actual"),
            ("增长9%左右", "target"),
            ("100公里", "target"),
        ],
        2014,
    ),
    Shape(
        "a review heading with no review word, then the plan year (provinces/福建省/2007)",
        "——2007年1月25日在某省第十届人民代表大会第五次会议上\n\n"
        "一、“十一五”开局良好，海峡西岸经济区建设全面推进\n\n生产总值增长13.4%。\n\n"
        "二、落实“四个重在”，扎实做好2007年工作\n\n生产总值增长10%。",
        [("增长13.4%", "actual"), ("增长10%", "target")],
        2007,
    ),
    Shape(
        "five years reviewed at the first session (provinces/青海省/2013)",
        "——2013年1月23日在某省第十二届人民代表大会第一次会议上\n\n**一、过去五年工作回顾**\n\n"
        "生产总值年均增长12.9%。\n\n**二、确保与全国同步全面建成小康社会**\n\n"
        "到2020年城乡居民收入翻一番。\n\n**三、2013年发展的目标和主要任务**\n\n生产总值增长12%。",
        [("增长12.9%", "actual"), ("一番", "target"), ("增长12%", "target")],
        2013,
    ),
    Shape(
        "delivered in December: the plan is next year's (prefectures/白城市/2014)",
        "——2013年12月25日在某市第五届人民代表大会第二次会议上\n\n**一、2013年工作回顾**\n\n"
        "预计地区生产总值增长9%。\n\n**二、2014年工作安排**\n\n地区生产总值增长8.5%。",
        [("增长9%", "actual"), ("增长8.5%", "target")],
        2014,
    ),
    Shape(
        "topical headings only; the plan section opens with 今年是 (cities/银川市/2015)",
        "——2015年1月7日在某市第十四届人民代表大会第四次会议上\n\n"
        "**一、拼搏奋进，经济社会发展迈出新步伐**\n\n地区生产总值增长8.5%。\n\n"
        "**二、适应新常态，全面加快开放内涵式发展**\n\n今年是全面深化改革的关键之年。"
        "力争全年完成投资1700亿元。",
        [("增长8.5%", "actual"), ("1700亿元", "target")],
        2015,
    ),
    Shape(
        "paragraphs joined, the plan heading glued after a full stop (cities/太原市/2019)",
        "——2019年1月9日在某市第十四届人民代表大会第三次会议上 一、2018年工作回顾 "
        "地区生产总值增长9.2%。走出一条率先发展之路！二、2019年工作安排 2019年是关键之年。"
        "地区生产总值增长8%。",
        [("增长9.2%", "actual"), ("增长8%", "target")],
        2019,
    ),
    Shape(
        "no plan heading: the plan starts at 今年是 before the targets (prefectures/河池市/2015)",
        "——2015年1月20日在某市第三届人民代表大会第五次会议上\n\n一、2014年工作回顾\n\n"
        "地区生产总值增长8.1%。\n\n今年是全面深化改革的关键之年。\n\n"
        "经济社会发展主要预期目标是：地区生产总值增长7%。",
        [("增长8.1%", "actual"), ("增长7%", "target")],
        2015,
    ),
    Shape(
        "delivered on a date in Chinese numerals (provinces/福建省/2008)",
        "——二〇〇八年一月十八日在某省第十一届人民代表大会第一次会议上\n\n**一、2007年的主要工作**\n\n"
        "过去的一年，生产总值增长14.5%。\n\n**二、过去五年的工作回顾**\n\n生产总值年均增长12.9%。\n\n"
        "**三、今后五年政府工作的总体要求和主要任务**\n\n生产总值年均增长10%。",
        [("增长14.5%", "actual"), ("增长12.9%", "actual"), ("增长10%", "target")],
        2008,
    ),
    Shape(
        "a paragraph looking back inside the plan part, until it turns ahead "
        "(prefectures/延边朝鲜族自治州/2016, national/2014)",
        "——2016年1月12日在某州第十四届人民代表大会第五次会议上\n\n**一、2015年工作回顾**\n\n"
        "地区生产总值增长6.5%。\n\n**二、“十三五”发展总体部署**\n\n"
        "过去的五年，是我州经济社会发展取得显著成就的五年。地区生产总值年均增长9.8%。\n\n"
        "“十三五”时期地区生产总值年均增长7%。\n\n**三、2016年工作安排**\n\n"
        "过去一年，国防建设扎实推进，新增民兵2000人。新的一年，要新增民兵3000人。\n\n"
        "地区生产总值增长7%左右。",
        [
            ("增长6.5%", "actual"),
            ("增长9.8%", "actual"),
            ("增长7%", "target"),
            ("2000人", "actual"),
            ("3000人", "target"),
            ("增长7%左右", "target"),
        ],
        2016,
    ),
    Shape(
        "no date line; a title with the place names the plan year, whatever years the text "
        "names most (cities/烟台市/2006)",
        "---\ntitle: 2006年烟台市政府工作报告\n---\n\n各位代表：\n\n"
        "一、进入新世纪，全市“十五”时期经济社会发展取得可喜成就\n\n"
        "2005年全市实现生产总值2012亿元，比2000年增加1133亿元。结构比例由2000年的14.4:51.8:33.8"
        "调整为9.6:61:29.4。公路里程比2000年增加6749公里。\n\n"
        "二、瞄准新目标，确保“十一五”开好局、起好步\n\n全市生产总值增长13%。",
        [
            ("2012亿元", "actual"),
            ("1133亿元", "actual"),
            ("6749公里", "actual"),
            ("增长13%", "target"),
        ],
        2006,
    ),
    Shape(
        "a statistical communiqué: every figure a result of its year (communiques/2010)",
        "**2010年国民经济和社会发展统计公报[1]**\n\n中华人民共和国国家统计局\n\n2011年2月28日\n\n"
        "## 一、综合\n\n初步核算，全年国内生产总值[2]397983亿元，比上年增长10.3%。\n\n"
        "## 二、农业\n\n全年粮食种植面积10987万公顷。",
        [("397983亿元", "actual"), ("增长10.3%", "actual"), ("10987万公顷", "actual")],
        2011,
    ),
]


@pytest.mark.parametrize("shape", SHAPES, ids=lambda s: s.name)
def test_parts_of_reports_of_every_shape(shape):
    records = extract(shape.text)
    assert [(r.text, r.status) for r in records] == shape.statuses
    assert read_structure(shape.text, fold(shape.text)).plan_year == shape.plan_year
    # (a goal of several years carries the year written that it is to be reached by: 到2020年)
    goals = {r.year for r in records if r.status == "target" and r.period == "years"}
    assert {r.year for r in records if r.status == "target"} - goals <= {shape.plan_year}
    assert all(year >= shape.plan_year for year in goals)
    assert {r.year for r in records if r.status == "actual"} <= {shape.plan_year - 1}


# Texts whose clause starts are easy to get wrong: thousands separators (a comma that cuts
# nothing), a heading's edges (cuts that no mark makes), a clause longer than the window.
CLAUSE_TEXTS = [
    "收入1,753亿元，增长5%。人口98，255万人，增加1，2万人",
    "一、回顾\n(一)科技创新 新增1900余家，增长12%；" + "长" * 80 + "，完成3项",
    "a1,234元, 12,3456元, 7,000, 8,00元，9。",
]


@pytest.mark.parametrize("text", CLAUSE_TEXTS)
def test_clause_start_is_the_last_cut_before(text):
    """Document.clause_start, which reads backwards from a position, agrees everywhere with
    the cuts of the whole text (clause_cuts) and the heading edges; asked in text order, then
    backwards (it keeps the heading edge it read last between calls)."""
    from bisect import bisect_right

    from ningbo_indicators.context.structure import CLAUSE_WINDOW, clause_cuts

    folded = fold(text)
    doc = read_structure(text, folded)
    edges = {e for h in doc.headings for e in (h.start, h.end)}
    cuts = sorted({*clause_cuts(folded), *edges})
    for pos in [*range(len(text) + 1), *range(len(text), -1, -1)]:
        i = bisect_right(cuts, pos)
        expected = max(cuts[i - 1] if i else 0, pos - CLAUSE_WINDOW)
        assert doc.clause_start(pos) == expected, pos


@pytest.mark.parametrize(
    "text",
    [
        "过去五年来\n  五年来，\n回顾过去一年",
        "\n\n过去的五年\u3000过去一年",
        "x\n \u3000过去的一年\n五年来过去五年",
        "去年。过去",
    ],
)
def test_review_openings_are_the_pattern_matches(text):
    from ningbo_indicators.context.structure import REVIEW_PARAGRAPH, _review_openings

    expected = [m.span() for m in REVIEW_PARAGRAPH.finditer(text)]
    assert [m.span() for m in _review_openings(text)] == expected


def test_review_openings_stay_linear_without_line_breaks():
    import time

    from ningbo_indicators.context.structure import _review_openings

    text = "过去五年" + "过去" * 200_000  # 400,000 characters on one line
    began = time.perf_counter()
    assert [m.span() for m in _review_openings(text)] == [(0, 4)]
    assert time.perf_counter() - began < 2.0  # (quadratic: minutes)


# The figure a change starts from (由A提高到B: A) is the level of an earlier time: its year is
# the one written before it, else unknown; the figure it reaches keeps the year of its part.
REVIEW = "## 一、2025年工作回顾\n"
START_OF_CHANGE_CASES = [
    # cities/哈尔滨市/2026: 2020
    ("地区生产总值由2020年的5126亿元增至6188.5亿元。", {"5126亿元": 2020, "6188.5亿元": 2025}),
    # cities/石家庄市/2021: “十二五”末 is 2015
    ("比重由“十二五”末的17.1%提高到32.9%。", {"17.1%": 2015, "32.9%": 2025}),
    # provinces/内蒙古自治区/1999: 上年 is the year before the one reviewed
    ("占整个工业的比重由上年的48.8%上升到60.2%。", {"48.8%": 2024, "60.2%": 2025}),
    # national/1983: a year in Chinese numerals
    (
        "进出口贸易总额，由一九七八年的三百五十五亿元增加到七百七十一亿元。",
        {"三百五十五亿元": 1978},
    ),
    # prefectures/丹东市/2014 and provinces/贵州省/2008: no year written: unknown
    ("城市低保标准由每人每月365元提高到410元。", {"365元": None, "410元": 2025}),
    ("森林覆盖率从34.9%提高到39.93%。", {"34.9%": None, "39.93%": 2025}),
    # no change follows: not a change's start
    ("由3家企业组成联盟。", {"3家": 2025}),
]


@pytest.mark.parametrize(
    "text,years", START_OF_CHANGE_CASES, ids=[c[0] for c in START_OF_CHANGE_CASES]
)
def test_the_start_of_a_change_has_its_own_year(text, years):
    got = {r.text: r.year for r in extract(REVIEW + text)}
    assert {t: got.get(t, "missing") for t in years} == years


def test_the_place_is_found_once_per_report(monkeypatch):
    """The rules of shares (subjects) and of the report's own place names (keys) both read the
    report's place: `extract` finds it once and hands it to both."""
    import ningbo_indicators.context.place as place

    calls = []
    detect = place.detect_place
    monkeypatch.setattr(place, "detect_place", lambda text: calls.append(text) or detect(text))
    text = (
        "——2024年1月17日在宁波市第十六届人民代表大会第四次会议上\n\n一、2023年工作回顾\n\n"
        "全市生产总值1.7万亿元，增长5.5%。工业增加值占全市生产总值的40%。宁波市地区生产总值增长6%。"
    )
    records = extract(text)
    assert [r.indicator for r in records][2:] == ["工业增加值占生产总值", "宁波市地区生产总值"]
    assert len(calls) == 1


def test_ends_of_marks_are_the_ends_of_a_class_of_them():
    """`_ends_of` (each mark found by str.find) gives the ends of the matches of a character
    class of the marks, on random text of marks and other characters, and on reports of the
    corpus."""
    import random
    import re

    from conftest import corpus_files

    from ningbo_indicators.context.structure import SENTENCE_MARKS, _ends_of

    def plain(text):
        return [m.end() for m in re.finditer(f"[{re.escape(SENTENCE_MARKS)}]", text)]

    rng = random.Random(15)
    alphabet = SENTENCE_MARKS + "增长5%，a\u3000"
    texts = ["", "。", "\n\n"]
    texts += ["".join(rng.choices(alphabet, k=rng.randrange(60))) for _ in range(500)]
    texts += [path.read_text("utf-8") for path in corpus_files()[::40]]
    for text in texts:
        assert _ends_of(text, SENTENCE_MARKS) == plain(text)


def test_sentence_span_is_the_cuts_around():
    """`Document.sentence_span`, which looks for the marks near a position, agrees everywhere
    with the cuts of the whole text (each sentence mark's end and the heading edges), on
    random text with sentences longer than its reach, and on reports of the corpus."""
    import random
    from bisect import bisect_right

    from conftest import corpus_files

    from ningbo_indicators.context.structure import SENTENCE_MARKS, _ends_of, _merged

    rng = random.Random(17)
    texts = ["", "。", "一、回顾\n" + "长" * 700 + "。(一)科技" + "长" * 1300 + "\n二、任务"]
    for alphabet in (SENTENCE_MARKS + "增长5%，一、(二)" + "长" * 20, "；\n" + "长" * 400):
        texts += ["".join(rng.choices(alphabet, k=rng.randrange(3000))) for _ in range(60)]
    texts += [path.read_text("utf-8") for path in corpus_files()[::80]]
    for text in texts:
        folded = fold(text)
        doc = read_structure(text, folded)
        cuts = _merged(_ends_of(folded, SENTENCE_MARKS), doc._heading_edges)
        for pos in range(len(text) + 1):
            i = bisect_right(cuts, pos)
            expected = (cuts[i - 1] if i else 0, cuts[i] if i < len(cuts) else len(text))
            assert doc.sentence_span(pos) == expected, pos


def test_short_lines_either_way():
    """`_short_lines` gives the same matches whether it tries the short lines (the lines
    `_SHORT_LINE_AFTER_BREAK` finds) or the lines of the words, on random lines of heading
    words, spaces, marks and long runs, and on reports of the corpus."""
    import random
    import re

    from conftest import corpus_files

    from ningbo_indicators.context import structure

    pieces = ["回顾", "2004年工作回顾", "主要任务", "今年", "\n", "\n", " ", "\u3000", "\t"]
    pieces += ["**", "长" * 8, "长" * 30, "。", "，", "一、", "#"]
    rng = random.Random(12)
    texts = ["".join(rng.choices(pieces, k=rng.randrange(120))) for _ in range(1500)]
    texts += [fold(path.read_text("utf-8")) for path in corpus_files()[::40]]
    for text in texts:
        by_words = [m.span() for m in structure._short_lines_by_words(text)]
        lines = [0] + [m.end() for m in re.finditer("\n", text)]
        every_line = [
            m.span()
            for m in map(structure.RE_LINE_HEADING.match, [text] * len(lines), lines)
            if m
            and (hit := structure._HEADING_WORDS.search(text, m.start(), m.end()))
            and hit.start() - m.start() <= 40
        ]
        with pytest.MonkeyPatch.context() as patch:
            patch.setattr(structure, "_LINE_COST", 0)  # (by lines, whatever the text)
            by_lines = [m.span() for m in structure._short_lines(text)]
        assert by_lines == by_words == every_line, text


def test_numbered_headings_are_the_matches_of_the_heading_pattern():
    """`_numbered_headings` (RE_HEADING tried where `_head_starts` finds a head) gives the
    matches of RE_HEADING.finditer, on random text of numerals, marks, spaces and Markdown and
    on reports of the corpus."""
    import random

    from conftest import corpus_files

    from ningbo_indicators.context.structure import RE_HEADING, _numbered_headings

    def spans(matches):
        return [(m.start(), m.end(), m["head"]) for m in matches]

    rng = random.Random(15)
    alphabet = "一二三十、、、((())) \t\u3000\n\n#**。！!第回顾任务"
    texts = ["", "一、", "(一)", "一二三四、回顾", "#一、回顾", "**十一、** 任务"]
    texts += ["".join(rng.choices(alphabet, k=rng.randrange(80))) for _ in range(3000)]
    texts += [fold(path.read_text("utf-8")) for path in corpus_files()[::20]]
    for text in texts:
        assert spans(_numbered_headings(text)) == spans(RE_HEADING.finditer(text)), text


def test_communique_matches_end_with_its_word():
    """Every match of RE_COMMUNIQUE ends with 公报 (read_structure looks for it only where the
    first lines hold the word), on random text of its characters and on reports' first lines."""
    import random

    from conftest import corpus_files

    from ningbo_indicators.context.structure import RE_COMMUNIQUE

    rng = random.Random(16)
    alphabet = "1920年 统计公报计划执行结果的一九〇零二三"
    texts = ["".join(rng.choices(alphabet, k=rng.randrange(40))) for _ in range(3000)]
    texts += ["2010年国民经济和社会发展统计公报", "一九七八年国民经济计划执行结果的公报"]
    texts += [fold(path.read_text("utf-8"))[:2000] for path in corpus_files()[::10]]
    for text in texts:
        for m in RE_COMMUNIQUE.finditer(text):
            assert m[0].endswith("公报"), m[0]
    assert RE_COMMUNIQUE.search(texts[-len(corpus_files()[::10]) - 1])


def test_a_document_is_the_same_after_its_queries():
    """The queries' memos (the last sentence, heading edges, sentence cuts) are not part of what
    a Document is: two read from one text stay equal, and alike when shown, after queries."""
    text = "一、回顾\n全年增长5%，出口增长3%。\n二、目标\n增长6%左右。"
    queried, fresh = read_structure(text, fold(text)), read_structure(text, fold(text))
    for pos in (8, 20, 30):
        queried.clause_start(pos)
        queried.sentence_span(pos)
    assert queried.sentence_cuts
    assert queried == fresh
    assert repr(queried) == repr(fresh)
