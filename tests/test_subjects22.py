"""The bookkeeping of `attach_indicators` (subjects22): the figures of a clause taken as one
group, read in one pass."""

from __future__ import annotations

from ningbo_indicators import subjects
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
    want = [[id(m) for m in g] for g in _grouped_by_dict(folded, mentions)]
    clauses = [m.clause for m in mentions]
    folded, mentions = _mentions(report_text)
    got = [[id(m) for m in g] for g in subjects._clause_groups(folded, mentions)]
    assert [len(g) for g in got] == [len(g) for g in want]
    assert [m.clause for m in mentions] == clauses  # (the same list marks joined)


def test_clause_groups_join_a_list_cut_by_the_clause_window():
    head = "，".join("甲" * 10 for _ in range(3))
    items = "、".join(f"{i}万吨" for i in range(1, 40))
    text = f"{head}，产量分别为{items}。出口增长3%，进口增长4%。"
    folded, mentions = _mentions(text)
    assert len({m.clause for m in mentions[:39]}) > 1  # (the window cut the list)
    groups = subjects._clause_groups(folded, mentions)
    assert [len(g) for g in groups] == [39, 1, 1]
    assert {m.clause for m in groups[0]} == {mentions[0].clause}
