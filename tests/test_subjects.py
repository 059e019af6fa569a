"""How `subjects` reads a report: the bookkeeping of `attach_indicators` (the figures of a
clause taken as one group, read in one pass) and its sentence look-backs."""

from __future__ import annotations

import pytest

from ningbo_indicators import extract, subjects
from ningbo_indicators.numbers import fold
from ningbo_indicators.pipeline import find_mentions


def _mentions(text: str):
    folded = fold(text)
    return folded, find_mentions(text, folded)


def _grouped_by_dict(folded, mentions):
    """The grouping `attach_indicators` made before `_clause_groups`: a dict of clause starts,
    a figure joined to the one before moved to its clause first."""
    by_clause: dict[int, list] = {}
    previous = None
    for m in mentions:
        if (
            previous is not None
            and m.clause > previous.clause
            and subjects._joined(folded, previous, m)
        ):
            m.clause = previous.clause
        by_clause.setdefault(m.clause, []).append(m)
        previous = m
    return list(by_clause.values())


def test_clause_groups_are_runs_of_the_text_order(report_text):
    # _clause_groups takes a clause's figures as a run of the mentions: right only because
    # a figure's clause never starts before the one before it does
    folded, mentions = _mentions(report_text)
    assert all(a.clause <= b.clause for a, b in zip(mentions, mentions[1:]))
    want = [[m.start for m in g] for g in _grouped_by_dict(folded, mentions)]
    clauses = [m.clause for m in mentions]
    folded, mentions = _mentions(report_text)
    got = [[m.start for m in g] for g in subjects._clause_groups(folded, mentions)]
    assert got == want
    assert [m.clause for m in mentions] == clauses  # (the same list marks joined)


def test_clauses_never_step_back_on_hostile_inputs_and_broken_lines():
    # (what `_clause_groups` relies on, beyond the bundled report: the benchmark's hostile
    # inputs, and a report's passages with a line break before each figure, as a PDF's page
    # breaks leave them)
    from hostile_inputs import HOSTILE

    broken = "".join(f"{line[:6]}\n{line[6:]}" for line in SAMPLE.splitlines())
    seen = 0
    for text in [*(make(5_000) for make in HOSTILE.values()), broken]:
        _, mentions = _mentions(text)
        assert all(a.clause <= b.clause for a, b in zip(mentions, mentions[1:]))
        seen += len(mentions)
    assert seen > 1_000


SAMPLE = """全市生产总值增长6.1%，一般公共预算收入1125亿元，增长5.2%。
新增城镇就业12.3万人，城镇登记失业率1.9%；居民人均可支配收入分别增长4.8%和6.5%。
办理人大代表建议218件，政协委员提案291件，满意率分别为99.23%、99.65%。
"""


def test_clause_groups_join_a_list_cut_by_the_clause_window():
    head = "，".join("甲" * 10 for _ in range(3))
    items = "、".join(f"{i}万吨" for i in range(1, 40))
    text = f"{head}，产量分别为{items}。出口增长3%，进口增长4%。"
    folded, mentions = _mentions(text)
    assert len({m.clause for m in mentions[:39]}) > 1  # (the window cut the list)
    groups = subjects._clause_groups(folded, mentions)
    assert [len(g) for g in groups] == [39, 1, 1]
    assert {m.clause for m in groups[0]} == {mentions[0].clause}


def test_sentence_look_back_is_the_last_mark_of_any(report_text):
    # the look-backs read `structure.last_mark`, once, where each mark was looked for in turn
    folded = fold(report_text)
    for at in range(0, len(folded), 41):
        # (the marks as the look-backs were written by hand, not read from the module)
        for module_marks, marks in (
            (subjects.STOP_MARKS, "。！？!?\n"),
            (subjects.SENTENCE_MARKS, "。！？!?\n；;"),
        ):
            assert set(module_marks) == set(marks)
            want = max(folded.rfind(c, 0, at) for c in marks) + 1
            assert subjects._last_sentence_start(folded, at, module_marks) == want


def test_a_topic_is_never_read_after_a_figure_that_opens_the_text():
    # the clause of a figure opening the text ends before it: the search for the topic's
    # sentence read the whole text (rfind's negative end) and found 工业经济 after the figure
    from ningbo_indicators import extract

    [record] = extract("增加值456.3亿元。工业经济平稳运行。")
    assert record.indicator == "增加值"


class _CountedReads(list):
    """The mentions, counting how often a rule reads one of them by its index."""

    reads = 0

    def __getitem__(self, index):
        self.reads += 1
        return super().__getitem__(index)


def _reads_per_figure(text: str) -> float:
    folded, mentions = _mentions(text)
    counted = _CountedReads(mentions)
    subjects.attach_indicators(text, folded, counted)
    return counted.reads / len(counted)


def _rates_after_counts(n: int, respectively: bool) -> str:
    rates = "、".join(f"{k % 97 + 1}%" for k in range(n))
    rate = "满意率分别为" if respectively else "办复率"
    return f"办理人大代表建议218件，政协委员提案291件，{rate}{rates}。"


def test_a_long_list_of_rates_is_not_walked_back_for_each_of_its_figures():
    # each figure of 办复率1%、2%、… (a rate of counted things) is named by the counts before
    # the list: the run of rates before it is found once for the list, not walked again for
    # each figure (quadratic: 25 s for 1,600 rates)
    for respectively in (False, True):
        short = _reads_per_figure(_rates_after_counts(400, respectively))
        long = _reads_per_figure(_rates_after_counts(1600, respectively))
        assert long <= short + 1


def test_rates_listed_after_counts_take_their_names():
    def named(text):
        folded, mentions = _mentions(text)
        subjects.attach_indicators(text, folded, mentions)
        return [m.indicator for m in mentions if m.kind == "ratio"]

    both = "人大代表建议、政协委员提案"
    assert named(_rates_after_counts(3, False)) == [both + "办复率"] * 3
    assert named(_rates_after_counts(2, True)) == ["人大代表建议满意率", "政协委员提案满意率"]
    assert named(_rates_after_counts(3, True)) == [both + "满意率"] * 3  # (3 rates, 2 counts)
    # a run of rates cut by a sentence end or another ratio: the counts name those before it
    cut = "办理人大代表建议218件，政协委员提案291件，办复率98%、满意率99%。办结率97%。"
    assert named(cut) == [both + "办复率", both + "满意率", "办结率"]
    cut = "办理人大代表建议218件，政协委员提案291件，办复率98%、满意率99%，城镇化率60%，解决率97%。"
    assert named(cut) == [both + "办复率", both + "满意率", "城镇化率", "解决率"]


def test_figures_stand_in_the_text_order_apart(report_text):
    # _ListedRates reads a run of rates as in a figure's sentence when its last one is
    _, mentions = _mentions(report_text)
    assert all(a.start <= a.end <= b.start for a, b in zip(mentions, mentions[1:]))


@pytest.mark.parametrize(
    "text",
    [
        "保和新、保和例分别8、7和7、7和7、7和7、7和0%0%0%0%0%",
        "8户长9%2%8户9%2%2%2%2%8户9%8户分别9%2%2%2%2%2%2%2%2%9%2%2%2%",
    ],
)
def test_a_figure_past_the_twelve_after_respectively_is_not_paired(text):
    # (it was looked up among the twelve figures read after 分别: ValueError, a traceback)
    records = extract(text)
    assert records and all(r.value is not None for r in records)


@pytest.mark.parametrize(
    "text, expected",
    [
        # an item before the last holds 和: the marks between the items say which (吐鲁番 2023)
        (
            "不动产登记机构一般登记和抵押登记业务办理时间、工程建设项目审批时间、企业开办时间"
            "分别压缩至5、55、2个工作日。",
            [
                ("5", "不动产登记机构一般登记和抵押登记业务办理时间"),
                ("55", "工程建设项目审批时间"),
                ("2个工作日", "企业开办时间"),
            ],
        ),
        (
            "县城及以上城镇生活垃圾无害化处理率、污水处理率达到99.7%、85%以上。",
            [("99.7%", "县城及以上城镇生活垃圾无害化处理率"), ("85%以上", "污水处理率")],
        ),
        # ... not 和 in the last item, which may join the list (a figure not read: 16.57平米)
        (
            "城市绿地率、绿化覆盖率和人均公园绿地面积分别达到40.99%、41.03%和16.57平米。",
            [("40.99%", ""), ("41.03%", "")],
        ),
    ],
)
def test_a_list_whose_item_holds_a_conjunction(text, expected):
    records = extract(text)
    got = [(r.text, r.indicator) for r in records]
    assert [figure for figure, _ in got] == [figure for figure, _ in expected]
    for (_, indicator), (_, phrase) in zip(expected, got):
        if indicator:
            assert phrase == indicator
        else:  # (no pairing by the marks: each figure keeps the list, not one item of it)
            assert "、" in phrase
