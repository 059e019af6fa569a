"""Document structure: headings, sections, the review and plan parts, the year, sentences."""

from __future__ import annotations

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
        (
            "过去一年，地区生产总值增长5%。今年经济社会发展的主要预期目标是：增长6%左右。",
            ["actual", "target"],
            [None, None],
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
