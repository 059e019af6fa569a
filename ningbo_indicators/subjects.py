"""The indicator of each figure: the subject a figure measures, read in its sentence.

`phrases.clean_subject` cuts the noun phrase before a figure; these rules decide which phrase a
figure takes when the words before it do not name it alone: the items of a 分别 list paired with
their figures, a subject carried from the clause before (全省生产总值达到2417亿元，增长8.2%), the
owner of a bare statistic (规模以上工业企业超过1000户，实现增加值…), what a bare rate rates
(办理人大代表建议825件…，办结率100%), the base of a share. `attach_indicators` sets
`Mention.indicator` for every mention of a text, in place.
"""

from __future__ import annotations

import functools
from bisect import bisect_right
from itertools import islice
from operator import attrgetter
from typing import TYPE_CHECKING

from . import compiled
from .context import phrases
from .context.structure import (
    CLAUSE_END_CHARS,
    CLAUSE_WINDOW,
    SENTENCE_MARKS,
    STOP_MARKS,
    last_mark,
)
from .dataset.keys import key_for
from .extractors._parts import written_out_han
from .lazy import LazyPattern

if TYPE_CHECKING:
    import re
    from collections.abc import Iterable, Iterator

    from .context.place import ReportPlace
    from .pipeline import Mention

_SPREAD_QUALIFIERS = ("以上", "以下", "左右", "以内")
_CLAUSE_MARKS = CLAUSE_END_CHARS
# list separators, never the character inside a word: 普及率, 及时, 参与率, 和谐社区
_LIST_SEPARATOR = compiled.compile_std(r"、|和(?!谐)|(?<!普)及(?!时)|(?<!参)与", first=True)
_LIST_JOINT = LazyPattern(r"[、和及与]")
# a list gap holding only verbs: 新增100家、规范发展200家农民专业合作社, 5条续建和3条新建
_VERB_GAP = compiled.compile_std(written_out_han(r"\p{Han}{0,4}[、和及与]\p{Han}{1,4}"))
_LIST_GAPS = frozenset(("、", "和", "及", "与", "、和"))
_LIST_GAP_LEN = max(map(len, _LIST_GAPS))


def attach_indicators(
    text: str, folded: str, mentions: list[Mention], place: ReportPlace | None = None
) -> None:
    """Give every mention its indicator phrase, in place (see EXTRACTION-SPEC.md).

    In order: the noun right after a counted number (3项原创成果); else the subject phrase
    between the clause start (or the previous figure and the noun it took) and the number;
    分别 lists pair subjects with numbers. A figure whose own words name nothing (增加到,
    是2010年的, 总数达) takes the subject of the figure before it in the sentence (达15.3万亩,
    增长20.5%), else the subject of the clause before (地区生产总值迈上新台阶，总量突破5万亿元),
    else the noun after it; never a link word: "" when nothing is named. `place`: the
    report's place, found once per document (`extract` shares it with the key rules).
    """
    order: dict[int, int] = {}  # each mention's place in the text's list, by id (_paired fills it)
    ratios = [m for m in mentions if m.kind == "ratio"]  # (read by the rules after the main pass)
    levels = _Levels(text, place)  # the report's place, found when a rule first reads it
    lists = _BareLists(folded)  # the bare list found last, which its other figures share
    rates = _ListedRates(folded, mentions)  # the runs of rates of counted things, as first read
    schemes = _SchemesBefore(folded)  # the schemes named before a bare 参保率, read on as it goes
    groups = _clause_groups(folded, mentions)
    noun_end: dict[int, int] = {}
    of_whole: list[tuple[Mention, int]] = []  # ratios that may be shares of a whole (全市, 全省)
    prev: Mention | None = None
    i = -1  # the figure's place in `mentions`
    for group in groups:
        # where the first 分别 of the clause stands (-1: none)
        respectively = folded.find("分别", group[0].clause, group[-1].start)
        for index, m in enumerate(group):
            i += 1
            before = group[index - 1] if index else None
            before_end = noun_end.get(id(before)) if index else None  # where its noun ended
            pair = before is not None and _is_range_pair(folded, before, m)
            if (
                pair
                and before is not None
                and before.indicator
                and not _counted_after(folded, before, m)
            ):
                m.indicator = before.indicator  # 3至5个, 5%—5.5%: one indicator for both bounds
                prev = m
                continue
            if before is None:
                # (the clause as the pipeline reads it back, which stops within reach of the
                # figure: never over the figure before, of another group)
                seg_start = m.clause if i == 0 else max(m.clause, mentions[i - 1].end)
            else:
                seg_start = max(before.end, before_end or 0)
                if seg_start == before_end and folded[seg_start : seg_start + 1] == "中":
                    # 全省160个国控断面中Ⅲ类及以上水质断面占比: among the counted ones
                    seg_start += 1
                if seg_start == before_end and folded[seg_start : seg_start + 1] == "的":
                    # 360个贫困村的整村推进和3万人的易地搬迁: the phrase after 的 is the previous one's
                    joint = _LIST_JOINT.search(folded, seg_start, m.start)
                    seg_start = joint.end() if joint else m.start
                elif (
                    seg_start == before.end
                    and before.reading.base_unit == "%"
                    and folded[seg_start : seg_start + 1] == "的"
                    and (joint := _LIST_JOINT.search(folded, seg_start, m.start))
                ):
                    # 覆盖78%的行政村、近50%的自然村: the noun after the share's 的 is that share's
                    seg_start = joint.end()
            indicator = ""
            words = text[seg_start : m.start]  # the figure's own words
            next_char = folded[m.end : m.end + 1]  # the character right after the figure
            lower = m.span.lower_of is not None  # 3-5家优质企业: the upper bound names it
            if (m.reading.dimension == "count" or m.kind == "amount") and not lower:
                after = folded[m.end : m.end + 2].lstrip("“")
                if (
                    after
                    and after[0] not in phrases.CONNECTORS
                    and phrases.starts_noun(folded, m.end + (after[0] != next_char))
                ):
                    indicator, noun_end[id(m)] = phrases.noun_after(text, m.end)
            if indicator:
                own = ""
            else:
                # 主要污染物平均减排3%: a verb that holds its object is part of the subject
                verb = m.span.verb
                held = verb in phrases.VERBS_WITH_OBJECT and folded.startswith(verb, m.start)
                own = _subject(words + verb if held else words, m.kind)
            if own:
                after_noun = before is not None and seg_start == before_end
                raw = phrases.tidy(words).strip() if after_noun else ""
                if (
                    after_noun
                    and before is not None
                    and (
                        phrases.opens_with_result(raw)
                        or phrases.opens_with_result(own)
                        or phrases.held_quantity(raw)
                    )
                ):
                    # 19个省重点产业集群实现销售收入7300亿元: the counted noun holds the quantity
                    result = raw if phrases.opens_with_result(raw) else own
                    own = _subject(before.indicator + result, m.kind)
                elif next_char == "的" and phrases.names_a_task(own):
                    # 使流通网络覆盖全部乡镇和85%的行政村: the noun after 的 is what is counted
                    own = phrases.noun_after(text, m.end + 1)[0] or own
                elif m.reading.base_unit == "%" and next_char == "的":
                    # 才能支撑7.5%的经济增速: the rate after 的 is measured, not the words before;
                    # where its name ends, the next figure's words begin (创造了占全省21.1%的GDP、
                    # 30.6%的一般公共预算收入: 30.6% is the revenue's, not the GDP's)
                    rate = phrases.rate_after(text, m.end + 1, own)
                    if rate:
                        own, noun_end[id(m)] = rate, phrases.noun_after(text, m.end + 1)[1]
            indicator = indicator or own
            if (
                not indicator
                and next_char not in phrases.RANGE_START
                and not (
                    m.kind == "growth"
                    and next_char != "的"
                    and phrases.growth_named_after(folded, m.end)
                )
            ):
                # 新增8000万吨标准煤的节能能力, 80%医保事项实现“网上办”, 7.5%左右的经济增速 (not
                # 保持20%以上高速增长: the growth named right after the figure is no noun of it)
                indicator, noun_end[id(m)] = phrases.noun_after(text, m.end + (next_char == "的"))
            if m.kind == "ratio" and next_char == "的" and noun_end.get(id(m)):
                # 争取50%的村集体完成清产核资: the share of those that did it
                indicator = phrases.share_that(text, m.end + 1) or indicator
            if not indicator and m.reading.base_unit in phrases.PEOPLE and not lower:
                indicator = phrases.predicate_after(text, m.end)  # 20万人实现稳定脱贫
            if not indicator and i + 1 < len(mentions):
                # 3万套、135万平方米廉租住房: two measures of the noun after the second
                indicator = _noun_of_next(text, folded, m, mentions[i + 1])
            after_respectively = 0 <= respectively <= m.start - 2  # 分别 before the figure
            if after_respectively:
                indicator = (
                    _respectively(text, folded, mentions, order, group, m, levels) or indicator
                )
            elif (
                # a figure next to one of its clause (the length test of _joined's gap), in a list
                (before is not None and m.start - before.end <= _LIST_GAP_LEN)
                or (index + 1 < len(group) and group[index + 1].start - m.end <= _LIST_GAP_LEN)
            ) and (listed := lists.around(group, index)):
                # 刑事和治安案件下降7.2%和7.7%; 增长16%和13.9% after 存、贷款余额分别为…: lists
                # without 分别
                begin = group[lists.first - 1].end if lists.first else m.clause
                paired = _paired(
                    text, folded, mentions, order, listed, m, begin, listed[0].start, levels
                )
                indicator = paired or indicator
            if not indicator and m.reading.dimension == "currency":
                indicator = phrases.spending_verb(words)  # 投入850万元，…
            if (not indicator or indicator in phrases.GENERIC_SUBJECTS) and not lower:
                indicator = _carried_subject(text, folded, prev, m, indicator)
                if m.kind == "amount" and indicator.endswith(phrases.GROWTH_NOUNS):
                    # 地区生产总值增速居全省第3位，预计全年完成560亿元: the amount is of the subject
                    indicator = phrases.without_growth_noun(indicator)
                share = phrases.share_of(words) if m.kind in ("ratio", "pp") else ""
                if share:  # 工业增加值…，占生产总值的比重为43.2%; alone: 力争占工业比重提高到18%
                    indicator = (
                        phrases.without_inner_result(indicator) + share if indicator else share
                    )
                elif m.kind == "ratio" and prev is not None and indicator == prev.indicator:
                    indicator = _share_of_previous(folded, prev, m, indicator)
            if (
                indicator[:1] == "新"  # (the test new_verb_only opens with)
                and prev is not None
                and len(prev.indicator) >= 3
                and phrases.new_verb_only(indicator)
                and prev.reading.base_unit == m.reading.base_unit
                and not ("\u4e00" <= next_char <= "\u9fff")
                and next_char not in phrases.RANGE_START
                and phrases.names_a_thing(prev.indicator)
                and _same_sentence(folded, prev, m)
            ):
                indicator += phrases.without_new(prev.indicator)  # 国家标准2860项，其中新制定2123项
            if indicator in _HEAD_WORDS:
                # the rules below each read one of these bare words (a part of the place, a
                # statistic without its owner, investment, revenue, funds): one test for them all
                if (
                    indicator in phrases.MODIFIERS
                    and prev is not None
                    and _same_sentence(folded, prev, m)
                ):
                    among = "其中" in folded[max(prev.end, m.clause - 4) : m.start]
                    indicator = phrases.narrowed(indicator, prev.indicator, among)  # 其中城镇15万套
                elif (
                    indicator in phrases.MODIFIERS
                    and id(m) not in noun_end  # 8个城市: the noun counted, no part of a whole
                    and (whole := _whole_before(text, folded, prev, m))
                ):
                    # 零售总额12237亿元。其中城市7176亿元; 提高低保补差水平，城镇提高到196.5元
                    indicator = phrases.narrowed(indicator, whole, True)
                if (
                    indicator in _BARE_AFTER
                    and prev is not None
                    and _next_to(folded, prev, m, indicator)
                ):
                    # 规模以上工业总产值突破6000亿元，增加值增长6.9%; 市属国企资产增长13.8%，利润增长
                    # 5.3%; 接待游客2000万人次，实现总收入130亿元; 利用内资4100亿元、外资85.3亿美元
                    indicator = _of_previous(prev.indicator, indicator)
                if indicator in _OWNED_HEADS and len(group) == 1:
                    # 第三产业快速发展，实现增加值456.3亿元: the industry the clause before names, when
                    # the statistic so named is one of the table (never a list: 金融业…，房地产业…，实现
                    # 增加值分别增长15%和17%)
                    owner = _previous_clause_subject(text, folded, m, prev)
                    if (
                        owner.endswith(_OWNER_END)
                        and not _LIST_JOINT.search(owner)
                        and key_for(owner + indicator, m.kind, m.reading.base_unit) is not None
                    ):
                        indicator = owner + indicator
                if indicator in _TOPIC_HEADS and len(group) == 1:
                    # 服务业发展较快。实现增加值
                    indicator = _topic_owner(text, folded, m, prev, indicator)
                if indicator in _OWNED_HEADS:
                    # 市属国企…，营收、利润分别
                    indicator = _state_firms_owner(folded, prev, m, indicator)
                if indicator == "投资" and m.kind == "growth" and prev is not None:
                    # 地区生产总值增长8%，投资增长
                    indicator = _investment_after_gdp(text, folded, prev, m)
                if indicator in _REVENUE_HEADS and prev is not None:
                    # 接待游客…，实现总收入…
                    indicator = _visitors_revenue(folded, prev, m, indicator)
                if indicator in _FUNDS_IN_PLACE and prev is not None:
                    # 招商引资项目202个，到位资金
                    indicator = _funds_of_projects(folded, prev, m, indicator)
            if before is not None and noun_end.get(id(m)) and indicator:
                start = max(before.end, before_end or 0)
                indicator = _shared_work(text, folded, before, start, m, indicator)
            if (
                m.kind == "pp"
                and indicator
                and prev is not None
                and _same_sentence(folded, prev, m)
            ):
                indicator = _compared_rate(folded, prev, m, indicator)
            if m.kind == "ratio":  # the rules of rates and shares
                indicator = _rate_rules(
                    text,
                    folded,
                    mentions,
                    i,
                    group,
                    prev,
                    noun_end,
                    rates,
                    schemes,
                    indicator,
                    respectively if after_respectively else -1,
                )
            if indicator.rstrip("\n")[-1:].isdecimal() and _GARBLED.search(indicator):
                indicator = ""  # a list the rules could not pair: nothing rather than a run of it
            if not indicator and m.reading.dimension == "count" and not lower:
                # 出台26条支持政策, 90个签约项目尽快开工: the noun the number is before (spec)
                indicator, end = phrases.headed_noun_after(text, m.end)
                if indicator:
                    noun_end[id(m)] = end
            m.indicator = indicator
            if pair and before is not None:
                # 引进2-3家域外金融机构: the noun after the upper bound
                before.indicator = indicator
            if prev is not None and prev.indicator == indicator:
                _distinct_works(text, folded, prev, m)
            if m.kind == "ratio" and indicator and "占" not in indicator:
                of_whole.append((m, seg_start))
            prev = m
    last: tuple[Mention, str] | None = None
    for m, start in of_whole:  # after all: the figures after a share carry its subject, not it
        named = m.indicator
        m.indicator = _share_of_whole(text, start, m, named, levels)
        if last and m.indicator == named and _same_share(folded, last, m):
            m.indicator = last[0].indicator  # 占全省比重由5.49%提高到5.96%: both bounds
        last = (m, named)
    for m in ratios:  # the rules below read rates and shares
        if m.indicator.startswith(_BARE_VALUE_ADDED):
            m.indicator = _owner_of_share(text, folded, m) + m.indicator
        elif m.indicator and "占" not in m.indicator:
            m.indicator = (
                _listed_share(text, m, levels)
                or _clause_share(text, m)
                or _share_after(text, m)
                or m.indicator
            )
        elif m.indicator.startswith("占") or _IN_WHOLE.fullmatch(m.indicator):
            m.indicator = _owner_of_bare_share(text, folded, m) or m.indicator
        elif not m.indicator and _BARE_SHARE_WORD.match(text, m.clause):
            m.indicator = _owner_of_bare_share(text, folded, m, "比重")  # …蓬勃发展，比重由61.7%…
        if _PER_CAPITA_GDP.search(m.indicator):
            m.indicator = _per_capita_of_nation(text, m) or m.indicator
        if m.indicator in _BARE_SECTORS and _STRUCTURE.search(
            text, max(m.clause - 40, _last_sentence_start(folded, m.start)), m.start
        ):
            m.indicator += "比重"  # 全市三次产业结构要有明显优化，一产调到15%以下，三产调到35%以上
        if _VILLAGE_WORKS.fullmatch(m.indicator):
            m.indicator += _village_works_done(text, m)
        elif m.indicator.endswith("事项") and not _ITEMS_NAMED.search(m.indicator):
            m.indicator += _items_done(text, m)
        elif m.indicator in _CUT_WORDS:
            m.indicator = _items_cut(folded, m) + m.indicator
        if m.indicator in _RURAL_RATES:
            m.indicator = _rural_scope(folded, m) + m.indicator
        elif m.indicator in _RATES_OF_THINGS:
            m.indicator = _thing_before(folded, m) + m.indicator
        elif m.indicator in _PLAN_DONE:
            m.indicator = _projects_plan_done(folded, m) or m.indicator
    _deposits_then_loans(folded, mentions)
    _owner_carried(folded, mentions)


def _clause_groups(folded: str, mentions: list[Mention]) -> list[list[Mention]]:
    """The figures of each clause, in text order; a figure joined by a list mark to the one
    before it is of that one's clause (a long list cut by the clause window stays one list):
    its `clause` is set so, in place.

    (The mentions come in text order and a figure's clause never starts before the one
    before it does, so the figures of a clause stand together.)"""
    groups: list[list[Mention]] = []
    previous: Mention | None = None
    for m in mentions:
        if previous is not None and (
            m.clause == previous.clause
            or (m.start - previous.end <= _LIST_GAP_LEN and _joined(folded, previous, m))
        ):  # (the length test of _joined's gap first: most figures stand farther apart)
            m.clause = previous.clause
            groups[-1].append(m)
        else:
            groups.append([m])
        previous = m
    return groups


def _rate_rules(
    text: str,
    folded: str,
    mentions: list[Mention],
    i: int,
    group: list[Mention],
    prev: Mention | None,
    noun_end: dict[int, int],
    rates: _ListedRates,
    schemes: _SchemesBefore,
    indicator: str,
    respectively: int,
) -> str:
    """The indicator of a rate or a share (the i-th mention, of kind ratio, among the figures of
    its clause, `group`), from the one its own words gave: the scheme a bare 参保率 is of, the
    subject a rate shares with the figure before it, the owner of a bare rate's name.
    (`respectively`: where the clause's first 分别 stands before the figure, else -1.)"""
    m = mentions[i]
    carried = prev is not None and indicator == prev.indicator
    if (indicator == "参保率" or (carried and indicator.endswith("参保率"))) and respectively >= 0:
        # A和B…，参保率分别…: the later rates carry the first one's phrase
        scheme = _listed_scheme(folded, group, mentions[i])
        indicator = scheme + "参保率" if scheme else indicator
    elif indicator == "参保率" or _WITHIN_POLICY.fullmatch(indicator):
        # 城乡居民基本医疗保险…，参保率
        indicator = _scheme_before(folded, m, schemes, respectively) + indicator
    if prev is not None and _same_sentence(folded, prev, m):
        indicator = _rate_subject(
            text, folded, mentions, i, group, noun_end, rates, indicator, respectively
        )
    if _BARE_RATE_NAME.fullmatch(indicator):
        # 高等教育稳步发展，毛入学率达到11.2%: the rate of what the clause before names,
        # when the statistic so named is one of the table
        owner = _previous_clause_subject(text, folded, m, prev)
        if (
            owner
            and not _LIST_JOINT.search(owner)
            and key_for(owner + indicator, m.kind, m.reading.base_unit) is not None
        ):
            indicator = owner + indicator
        elif indicator == "毛入学率":
            indicator = _stage_before(folded, m) + indicator
    if indicator in _PRESCHOOL_RATES:
        indicator = _preschool(folded, m) + indicator  # 幼儿园…，普惠率达到83%
    if indicator in _HANDLING_RATES:
        indicator = _handled_by(folded, m, indicator) + indicator
    if indicator.endswith(("支出", "财力")):
        indicator += _spent_on(folded, noun_end.get(id(m)) or m.end, indicator)
    return indicator


# 存贷款余额分别为8876亿元和7567亿元: two figures for one 存贷款 are the deposits' and the loans'
_DEPOSITS_AND_LOANS = "存贷款"


def _deposits_then_loans(folded: str, mentions: list[Mention]) -> None:
    """金融机构存贷款余额分别增长15%和6%; 存贷款余额增长2.98%、12.78%: a pair of figures of one kind
    joined as a list that share a 存贷款 indicator are the deposits' (the first) and the loans'
    (the second), in place; one figure alone is of both together, and a longer list is left."""

    def listed(x: Mention, y: Mention) -> bool:
        return (
            x.indicator == y.indicator
            and x.kind == y.kind
            and folded[x.end : y.start].strip() in ("、", "和", "，", ",", "与")
        )

    for i, a in enumerate(mentions):
        if _DEPOSITS_AND_LOANS not in a.indicator or i + 1 == len(mentions):
            continue  # (most figures: no pair looked at)
        b = mentions[i + 1]
        if (
            listed(a, b)
            and (i == 0 or not listed(mentions[i - 1], a))
            and (i + 2 >= len(mentions) or not listed(b, mentions[i + 2]))
        ):
            a.indicator = a.indicator.replace(_DEPOSITS_AND_LOANS, "存款", 1)
            b.indicator = b.indicator.replace(_DEPOSITS_AND_LOANS, "贷款", 1)


def _counted_after(folded: str, lower: Mention, m: Mention) -> bool:
    """培育10－15家省级工程（技术）研究中心: a range of counts whose upper bound has its noun after
    it is named by that noun, never by the words before the lower bound (重点在企业培育)."""
    return (
        lower.span.lower_of is not None
        and m.reading.dimension == "count"
        and folded[m.end : m.end + 1] not in phrases.CONNECTORS
        and phrases.starts_noun(folded, m.end)
    )


# `phrases.clean_subject(phrase, kind)`, cached: a pure function of the words before a figure,
# and the same words come back figure after figure (、, 年均, 社会消费品零售总额: about 40% of
# the calls over a batch of reports), and so do the items of a list, cleaned once per figure of
# it (_paired, _item: about 70% of their calls). 32768 entries (a few MB) hold what a worker's
# share of a batch of 400 reports repeats; 8192 dropped a tenth of the hits. (The cache wraps
# clean_subject itself: no frame of ours between them.)
_subject = functools.lru_cache(maxsize=32768)(phrases.clean_subject)


_DONE = ("建设", "大修", "活化", "提升", "提质", "升级")


def _shared_work(
    text: str, folded: str, before: Mention, start: int, m: Mention, after: str
) -> str:
    """完成国道15.1公里和省道28.4公里干线维修; 完成5个棚户区和12个老旧小区改造: the work named
    after the last figure of a list is the work of each (国道干线维修, 省道干线维修; 棚户区改造).
    Returns the figure's own indicator; gives the figure before it its share."""
    work = phrases.work_tail(after)
    gap = folded[start : m.start]
    if (
        not work
        or m.reading.unit != before.reading.unit
        or m.reading.base_unit in ("家", "吨")  # 2家钢铁、5家水泥…超低排放改造: firms, not works
        or not gap
        or gap[0] not in "和、及"
    ):
        return after
    own = _subject(text[start + 1 : m.start], m.kind) if len(gap) > 1 else ""
    if (len(gap) > 1 and not own) or len(own) > 6:
        return after  # 、完成6.6万户…: a verb of its own
    if own and own.endswith(after[: -len(work)] or "\0"):
        return after  # 昆吾西片区2个片区改造: the own words name instances of the noun after
    shared = after if own else work  # 省道 + 干线维修; 老旧小区改造 -> 改造
    named = before.indicator
    if named and len(named) <= 8 and not phrases.work_tail(named) and not named.endswith(_DONE):
        before.indicator += shared
    return own + after if own else after


def _compared_rate(folded: str, prev: Mention, m: Mention, indicator: str) -> str:
    """增长10.7%，分别高于一、二产业增速5.4和2.3个百分点: points that compare the rate of the
    growth before them name that rate (服务业增速), and so does the next figure of the list."""
    if prev.kind == "growth" and indicator == prev.indicator:
        return indicator + phrases.compared_rate(folded[prev.end : m.start], indicator)
    if (
        prev.kind == "pp"
        and prev.indicator.startswith(indicator)
        and prev.indicator[len(indicator) :] in phrases.GROWTH_NOUNS
        and len(folded[prev.end : m.start]) <= 2
    ):
        return prev.indicator
    return indicator


def _distinct_works(text: str, folded: str, prev: Mention | None, m: Mention) -> None:
    """新建保障房23702套，基本建成21044套; 新建住房480户、维修住房2248户: two figures of one noun
    told apart only by their verbs of works keep them."""
    if (
        prev is None
        or not m.indicator
        or prev.indicator != m.indicator
        or prev.kind != m.kind
        or not _same_sentence(folded, prev, m)
    ):
        return
    first = phrases.work_verb(text[max(0, prev.start - 40) : prev.start], prev.indicator)
    if not first:
        return  # (the second figure's verb is looked for only after the first's)
    between = text[prev.end : m.start]
    second = phrases.work_verb(between, "") or phrases.work_verb(between, m.indicator)
    if second and first != second:
        prev.indicator, m.indicator = first + prev.indicator, second + m.indicator


# Words by which a figure states the total reached after a flow: 新增19家，总数达239家
_TOTAL_CUES = ("总数", "总量", "累计", "达到", "达", "总计", "共")
_FLOW_PREFIXES = ("新增", "净增", "新认定", "新培育", "新设立", "新设", "新登记", "增加")


# 占全市生产总值的比重, 占全省的比重: a share of a whole named by its level (全市, 全省, 全区, 全国)
_OF_WHOLE = compiled.compile_std(r"占到?全(省|市|区|州|盟|国)")
# the place's own totals whose share of the level above recurs across reports: its output
# (地区生产总值, GDP, 经济总量), its foreign trade and its exports
_OWN_TOTAL = LazyPattern(
    r"^(?:全市|全州|全盟|全省|全区|我市|我省)?(?:地区生产总值|生产总值|GDP|经济总量"
    r"|(?:外贸)?进出口(?:总额|总值|额)?|(?:外贸)?出口(?:总额|总值|额)?|实际(?:利用|使用|吸收)外资(?:金额)?)$"
)
# a part of the place named in the sentence: its output is not the place's (县域, 开发区, 郊区, 沿海地区)
_PART_OF_PLACE = LazyPattern(
    r"县域|园区|开发区|郊区|城区|新区|片区|示范区|实验区|试验区|保税区|自贸区|港区|集聚区"
    r"|经济带|经济圈|都市圈|城市群|沿海|山区"
    r"|[东西南北中]部|两翼|(?<!全)(?<!国家和)地区(?!生产总值)"
)


_NAMED_SHARE = ("比重", "占比", "比例", "率")
_SHARE_WORD = LazyPattern(r"的?(?:比重|比例)$")


# a share of value added named bare (增加值占地区生产总值的比重, 增加值占比), a contribution to
# growth named bare (对经济增长的贡献率): whose is it?
_BARE_VALUE_ADDED = ("增加值占", "对经济增长的贡献率", "对经济增长贡献率")
# a clause opening with an industry or a sector of the economy and what it did: 服务业提档升级,
# 民营经济发展提速, 非公有制经济对全市贡献率不断提高, 第三产业保持两位数增长
_OWNER_CLAUSE = LazyPattern(
    r"(?:全市|全省|全区|我市|我省)?(\p{Han}{1,8}?(?:经济|产业|业))"
    r"(?=发展|保持|提档|攻坚|快速|加快|加速|量质|势头|对|稳步|持续|实现|迅速|健康|蓬勃|不断|较快|平稳|提速"
    r"|主导|支撑|成为)"
)


def _owner_of_share(text: str, folded: str, m: Mention) -> str:
    """服务业提档升级，增加值增长10.7%，占地区生产总值的比重达到45.7%: a share of value added
    named bare (or a contribution to growth: 工业主导作用突出，对经济增长的贡献率达56.3%) is that of
    the industry or sector whose clause, in the same sentence, opens with it and what it did (the
    nearest such clause); "" when none does, or when the share so named has no key
    (装备制造等八大优势产业…，增加值占工业比重)."""
    sentence = _last_sentence_start(folded, m.start)
    starts = [sentence] + [
        i + 1 for i in range(sentence, m.clause) if folded[i] in _CLAUSE_MARKS and folded[i] != "："
    ]
    for start in reversed(starts):
        hit = _OWNER_CLAUSE.match(text, start)
        if hit:
            owner = hit.group(1)
            if key_for(owner + m.indicator, m.kind, m.reading.base_unit) is not None:
                return owner
            return ""
    return ""


# the share a list of subjects shares, written before 分别 or 均: 先进制造业、高技术制造业增加值占规上
# 工业增加值比重分别达49.3%和15.8%
_LISTED_SHARE = compiled.compile_std(
    r"(占[^，,；;。：:]*?(?:比重|比例))(?:分别|均)"
    r"|(?:分别|均)(占[^，,；;。：:\d]*?(?:的?(?:比重|比例)|的(?=[\d０-９])))",
    first=True,
)
# the heads an item of such a list shares with the last item: 增加值, 产值, 出口
_LISTED_HEADS = ("增加值", "总产值", "产值", "出口额", "出口", "投资")


def _listed_share(text: str, m: Mention, levels: _Levels) -> str:
    """先进制造业、高技术制造业增加值占规上工业增加值比重分别达49.3%和15.8%: an item of a list before
    a share and 分别 (the last one too, when the list's pairing left it bare; 分别 may stand before
    the share: 数字经济、绿色经济分别占地区生产总值比重达44%、48%) is that share of the item, with
    the head the last item ends in (先进制造业增加值占规上工业增加值比重); "" unless the share so
    named has a key, or when the share is of a whole other than the place's own (占全省比重分别: a
    list of the place's shares of its province)."""
    if text.find("占", m.clause, m.start + 1) < 0:
        return ""  # no 占, no share (a literal look before the pattern's)
    hits = list(_LISTED_SHARE.finditer(text, m.clause, m.start + 1))
    if not hits:
        return ""
    hit = hits[-1]
    items = text[m.clause : hit.start()]
    parts = [p for p in _LIST_SEPARATOR.split(items) if p]
    head = next((h for h in _LISTED_HEADS if parts[-1].endswith(h)), "") if parts else ""
    bare = m.indicator.removesuffix(head) if head else m.indicator  # 文化产业(增加值)
    sectors = _THREE_SECTORS.match(items.strip()) is not None  # 第一、二、三产业占…比重分别
    if len(parts) < 2 or not (sectors or any(p.endswith((m.indicator, bare)) for p in parts)):
        return ""  # not an item of the list (2015年先进制造业: the year is no item)
    share = hit.group(1) or hit.group(2)
    if not share.endswith(("比重", "比例")):
        share = share.removesuffix("的") + "比重"  # 分别占全省经济总量的15%和42%
    whole = _OF_WHOLE.match(share)
    if whole:
        if whole.group(1) != levels()[0]:
            return ""
        share = "占" + share[whole.end() :]
    named = m.indicator if m.indicator.endswith(head) else m.indicator + head
    if key_for(named + share, m.kind, m.reading.base_unit) is None:
        return ""
    return named + share


# the share a figure's clause opens with: 占规模以上工业比重由上年的19.6%…, 占规模以上工业的比重分别…,
# 分别占规上工业的30%、24%
_CLAUSE_SHARE = compiled.compile_std(
    r"[、\s]*(?:分别)?占(?!全)([^，,；;。：:\d%％]{2,16}?)(?:的?(比重|比例)|的(?=[\d０-９]))"
)


def _clause_share(text: str, m: Mention) -> str:
    """全年高技术产业和战略性新兴产业增加值分别增长5.7%和7.6%，占规模以上工业比重由上年的19.6%和
    26.2%增加到23.0%和33.4%: a figure whose clause opens with a share (占…比重) and whose subject
    names none is that share of its subject (高技术产业增加值占规模以上工业比重), when the
    taxonomy keys the phrase so made; "" otherwise (never of a whole named by its level, 占全市:
    see _share_of_whole)."""
    hit = _CLAUSE_SHARE.match(text, m.clause, m.start + 1)
    if not hit or m.indicator.endswith(_NAMED_SHARE):
        return ""
    named = m.indicator + "占" + hit.group(1) + (hit.group(2) or "比重")
    return named if key_for(named, m.kind, m.reading.base_unit) is not None else ""


# 占比 right before the figure, after the subject's own figure: 服务业增加值增长8.5%、占比达52.4%
_SHARE_WORD_BEFORE = LazyPattern(
    r"[\d%％][\u4e00-\u9fff]{0,4}\s*[、，,]\s*占比(?:分别)?"
    r"(?:达到|达|为|提高到|提升到|超过|突破|保持在|稳定在)?\s*$",
    std=True,
)


def _share_after(text: str, m: Mention) -> str:
    """服务业增加值增长8.5%、占比达52.4%; 新能源装机容量达到183.6万千瓦，占比超过50%: 占比 written
    between the subject's own figure and this one is the subject's share (服务业增加值占比), when
    the taxonomy keys the phrase so made; "" otherwise."""
    lo = max(0, m.start - 30)
    if text.find("占比", lo, m.start) < 0 or not _SHARE_WORD_BEFORE.search(text, lo, m.start):
        return ""
    if m.indicator.endswith(_NAMED_SHARE):
        return ""
    named = m.indicator + "占比"
    return named if key_for(named, m.kind, m.reading.base_unit) is not None else ""


_LIST_JOINTS = frozenset("、和及与")
# per-capita GDP set against the nation's average: 人均GDP仅为全国的35.6%、全省的50%
_PER_CAPITA_GDP = compiled.compile_std(
    r"人均(?:地区生产总值|生产总值|GDP)(?:仅为|只有|是|从|达到|相当于)?全"
)
_WHOLES = LazyPattern(r"全(?:国|省|区|市|州|盟)", std=True)


def _per_capita_of_nation(text: str, m: Mention) -> str:
    """人均GDP从全国平均水平的58%提升到68%左右; 人均地区生产总值仅为全区63%、全国56.5%: the
    place's per-capita GDP as a share of the nation's, when the last whole named before the
    figure in its clause is the nation; "" otherwise (全省的50%: another base)."""
    wholes = list(_WHOLES.finditer(text, m.clause, m.start))
    if not wholes or wholes[-1].group() != "全国":
        return ""
    return "人均地区生产总值相当于全国平均水平"


# a sector named bare in a sentence about the structure of the three sectors is its share
_BARE_SECTORS = frozenset(("一产", "二产", "三产", "第一产业", "第二产业", "第三产业"))
_STRUCTURE = LazyPattern(r"三次产业结构|产业结构", std=True)


def _last_sentence_start(folded: str, at: int, marks: str = STOP_MARKS) -> int:
    """Where the sentence holding position `at` starts: after the last of `marks` before it
    (`SENTENCE_MARKS`: a ；ends it too), else at the text's start."""
    return last_mark(folded, marks, 0, at) + 1


# a share written 在…中(所占)的比重 (第三产业…，在国内生产总值中所占比重由上年的36.3%…), and a bare
# 比重 or 占比 opening the figure's clause (非公有制经济蓬勃发展，比重由61.7%提高到67%)
_IN_WHOLE = compiled.compile_std(r"在([\u4e00-\u9fff]{2,12}?)中(?:所占)?的?(比重|比例)")
_BARE_SHARE_WORD = LazyPattern(r"\s*(?:比重|占比)(?!\w*[占])", std=True)


def _owner_of_bare_share(text: str, folded: str, m: Mention, share: str = "") -> str:
    """现代服务业加快发展，占服务业比重达到52.8%: a share named without its subject is the share of
    what the clause before names (现代服务业占服务业比重), when the taxonomy keys the phrase so
    made; "" otherwise. 在国内生产总值中所占比重 is read 占国内生产总值比重; `share` stands for
    the phrase when the figure's clause names the share alone (比重由61.7%提高到67%)."""
    share = share or m.indicator
    if hit := _IN_WHOLE.fullmatch(share):
        share = "占" + hit.group(1) + hit.group(2)
    begin = _clause_before(folded, m)
    if begin is None:
        return ""
    clause = phrases.tidy(text[begin : m.clause - 1])
    clause = clause[2:] if clause[1:2] == "是" and clause[:1] in "一二三四五六七八九十" else clause
    if any(ch.isdigit() for ch in clause):
        return ""  # the clause before states figures of its own
    # the longest opening of the clause before that makes a statistic of the table with the
    # share, never an item of a list (县域经济和民营经济…，占全市经济比重均…)
    for end in range(min(len(clause), 16), 1, -1):
        if clause[end : end + 1] in _LIST_JOINTS:
            continue
        named = clause[:end] + share
        if key_for(named, m.kind, m.reading.base_unit) is not None:
            return named
    return ""


# rates of village works written bare after the sentence names the countryside
_RURAL_RATES = frozenset(("生活污水治理率", "生活污水有效治理率", "污水治理率"))
_RURAL_WORDS = LazyPattern(r"农村|乡村|村庄|行政村|建制村", std=True)
_URBAN_WORDS = LazyPattern(r"城市|城镇|县城|城区|市区|镇区", std=True)


def _rural_scope(folded: str, m: Mention) -> str:
    """深化农村人居环境整治，稳步提高农村卫生厕所普及率，…生活污水治理率分别提高到78%、21%: a
    bare rate of sewage governance is the villages' when its sentence, before it, names the
    countryside and no town ("农村"); "" otherwise (生活垃圾实现无害化处理，生活污水治理率…)."""
    sentence = _last_sentence_start(folded, m.start)
    before = folded[sentence : m.start]
    if _RURAL_WORDS.search(before) and not _URBAN_WORDS.search(before):
        return "农村"
    return ""


# rates of treating or using a waste or a resource, written bare: 无害化处理率, 资源化利用率
_RATES_OF_THINGS = frozenset(
    ("处理率", "无害化处理率", "资源化利用率", "综合利用率", "利用率", "回收利用率")
    + ("安全利用率", "处置率", "安全处置率", "集中处理率")
)
# the wastes and resources whose rates the table keys
_THINGS = LazyPattern(
    r"生活垃圾|餐厨垃圾|建筑垃圾|畜禽粪污|畜禽粪便|秸秆|再生水|中水|生活污水|污水"
    r"|工业固体废物|一般工业固体废物|危险废物|医疗废物|受污染耕地|污染地块|地膜|磷石膏",
    std=True,
)


def _thing_before(folded: str, m: Mention) -> str:
    """全市生活垃圾实现日产日清，无害化处理率达82.8%; 强力推进畜禽粪污整治，确保资源化利用率超过
    80%: a bare rate of treating or using is that of the one waste or resource its sentence names
    before it (生活垃圾无害化处理率), when the rate so named has a key; "" when it names none, or
    several (生活垃圾回收利用率提升至35％以上、资源化利用率…: a rate named in full before it)."""
    sentence = _last_sentence_start(folded, m.start)
    before = folded[sentence : m.start]
    if "率" in before[: -len(m.indicator)]:
        return ""  # another rate named before it: the list is another rule's
    found = {f.group() for f in _THINGS.finditer(before)}
    if len(found) != 1:
        return ""
    thing = found.pop()
    if key_for(thing + m.indicator, m.kind, m.reading.base_unit) is None:
        return ""
    return thing


# the villages' sewage or refuse counted by a share before them: 90%以上的行政村生活垃圾
_VILLAGE_WORKS = compiled.compile_std(r"(?:行政村|农村)生活(?:污水|垃圾)")
# … and what was done with it, after the noun and the other items of its list: 97%的行政村生活垃圾和
# 63.6%的行政村生活污水得到有效治理
_WORKS_DONE = LazyPattern(
    r"的?(?:行政村|农村)生活(?:污水|垃圾)"
    r"(?:[、和]\d+(?:\.\d+)?%(?:以上|左右)?的?(?:行政村|农村)生活(?:污水|垃圾))*"
    r"(?:均|都)?得到有效(治理|处理)"
)


def _village_works_done(text: str, m: Mention) -> str:
    """96.4%的行政村生活垃圾得到有效处理: the share of villages whose refuse or sewage was dealt
    with is the rate of that (有效处理率, 有效治理率); "" when the words after it say nothing of it."""
    done = _WORKS_DONE.match(text, m.end)
    return f"有效{done.group(1)}率" if done else ""


# the government's service items counted by a share, and the way they are done, after the figure:
# 98%的政务服务事项实现“最多跑一次”, 政务服务事项100%“网上可办”, 97%以上政务服务事项实现可全程网办
_ITEMS_DONE = LazyPattern(
    r"(?:的?[^，,；;。、\d]{0,12}?事项)?(?:均|全部)?(?:实现了?|达到)?(?:可在?)?[“\"]?"
    r"(网上可办|网上办理|在线办理|全程网办|网上办|最多跑一次)[”\"]?(?![”\"]?[、和及与](?!\d))"
)
# a phrase that names the share or the way already: 实现网上办理的事项, 占全部审批事项
_ITEMS_NAMED = LazyPattern(r"占|网上|网办|在线|跑一次|跑一趟", std=True)
_ITEMS_RATE = {"网上可办": "网上可办率", "全程网办": "全程网办率", "最多跑一次": "最多跑一次比例"}


def _items_done(text: str, m: Mention) -> str:
    """95%以上政务服务事项实现“最多跑一次”: a share of the government's service items is the
    share done that way (网上可办率, 网上办理率, 全程网办率, 最多跑一次比例); "" when the words after
    it name no such way, or name several for the one figure (实现了网上办、“最多跑一次”; a figure
    after the mark has a way of its own: 100%“最多跑一次”、90%以上“可全程网办”)."""
    done = _ITEMS_DONE.match(text, m.end)
    return _ITEMS_RATE.get(done.group(1), "网上办理率") if done else ""


# a cut written as a bare share after the items it cut, in the same clauses (up to ；or 。):
# 市本级行政审批事项由269项减少到43项，减幅84%; 市辖区保留23项，减幅70% names a part, not the items
_CUT_WORDS = frozenset(("减幅", "精简率", "精简比例", "精简幅度", "精减幅度", "压减率"))
_APPROVAL_ITEMS = LazyPattern(r"(?:行政)?审批(?:（服务）|\(服务\))?(?:事项|项目)", std=True)
# other things cut alongside, or instead: 收费项目, 行政许可, 行政权力, 权责清单, 机构
_NOT_ONLY_APPROVALS = LazyPattern(r"收费|许可|权力|权责|机构|前置", std=True)


def _items_cut(folded: str, m: Mention) -> str:
    """精简行政审批事项313项，减幅达43%: a bare cut (减幅, 精简率, 压减率) is the approval items'
    cut when its clauses since the last ；or 。 name the approval items and nothing else cut;
    "" otherwise."""
    start = _last_sentence_start(folded, m.start, SENTENCE_MARKS)
    before = folded[start : m.start]
    if not _APPROVAL_ITEMS.search(before) or _NOT_ONLY_APPROVALS.search(before):
        return ""
    return "行政审批事项"


# a share of the year's plan done, written bare: 投资完成率, 完成年度计划(投资)的118.3%
_PLAN_DONE = frozenset(
    ("投资完成率", "完成率", "年度计划", "年度计划投资", "投资占年度计划", "年度投资计划", "年计划")
    + ("为年度计划", "为年度计划投资", "投资占年度投资计划", "投资占年计划")
)
# the key projects named before it, and the investment they completed: 330个省市重点项目完成投资
_PROJECTS_DONE = LazyPattern(
    r"((?:省市|省|市|市级|省级|自治区|市级以上|省级以上)?(?:重点|重大)(?:建设)?项目)[^，,；;。]{0,6}"
    r"(?:分别)?(?:完成(?:年度)?(?:计划)?投资|投资完成率)"
)


def _projects_plan_done(folded: str, m: Mention) -> str:
    """330个省市重点项目完成投资732.1亿元、投资完成率119.7%; 重点项目完成投资376.6亿元，完成年度
    计划投资的89.5%: a share of the year's plan done is the investment completion of the key
    projects the sentence names before it (省市重点项目投资完成率); "" when it names none, when
    the figure is the excess (超年度计划21.7%) or when the rate so named has no key."""
    start = _last_sentence_start(folded, m.start, SENTENCE_MARKS)
    before = folded[start : m.start]
    hits = list(_PROJECTS_DONE.finditer(before))
    if not hits or before.rstrip("的").endswith(("超年度计划", "超年计划")):
        return ""
    named = hits[-1].group(1) + "投资完成率"
    return named if key_for(named, m.kind, m.reading.base_unit) is not None else ""


def _same_share(folded: str, last: tuple[Mention, str], m: Mention) -> bool:
    """Whether m, named as the share before it was, follows it in its clause with no mark or
    share between (由…提高到…)"""
    before, named = last
    gap = folded[before.end : m.start]
    return (
        before.indicator != named
        and m.indicator == named
        and not any(ch in gap for ch in _CLAUSE_MARKS)
        and not any(ch in gap for ch in "占全、和及与")  # 占全国的7.29%、全省的20%: two wholes
    )


class _Levels:
    """The 全X words of the report's own place and of the level above it (_place_levels), which
    the rules of shares read: found once per call of attach_indicators, when a rule first asks
    (detect_place reads the text: up to 10 ms for a report without its congress line), and
    dropped with the call (no cache keyed by the text keeps texts alive)."""

    __slots__ = ("_text", "_place", "_found")

    def __init__(self, text: str, place: ReportPlace | None = None) -> None:
        self._text = text
        self._place = place  # (the report's place, when the caller has found or will find it)
        self._found: tuple[str, str] | None = None

    def __call__(self) -> tuple[str, str]:
        if self._found is None:
            self._found = _place_levels(self._text, self._place)
        return self._found


def _place_levels(text: str, report: ReportPlace | None = None) -> tuple[str, str]:
    """(the 全X words of the report's own place, those of the level above it): 市 and 省 for a
    city's report, 省 and 国 for a province's, 市 and 国 for Beijing's; ("", "") when the place
    is not known or is the nation. `report`: the text's `ReportPlace`, when the caller has one."""
    from .context.place import PROVINCES, detect_place

    place = detect_place(text) if report is None else report()
    if place is None or place == "全国":
        return "", ""
    if place in PROVINCES[:4]:
        return "市", "国"
    if place.endswith("省"):
        return "省", "国"
    if place.endswith(("自治区", "特别行政区")):
        return "区", "国"
    own = "州" if place.endswith("州") else "盟" if place.endswith("盟") else "市"
    if _REGION_GOVERNMENT.search(text) and "省委" not in text:
        # a city of an autonomous region: its 全区 is the region (南宁: 总量占全区比重…, the phrase
        # 地区生产总值占全区比重, which no key takes: 全区 alone may be a district)
        return own, "区国"
    return own, "省国"


# the government of an autonomous region, named in the report of one of its cities (自治区党委)
_REGION_GOVERNMENT = LazyPattern(r"自治区(?:党委|人民政府|政府)", std=True)


def _share_of_whole(text: str, start: int, m: Mention, indicator: str, levels: _Levels) -> str:
    """A share of a whole named by its level, read against the report's place. The place's own
    whole names the base of a share of it (工业增加值占全市生产总值的比重 in a city's report: 占生产
    总值的比重); the level above, after the place's own output with no part of the place in the
    sentence, or its foreign trade or exports, is the place's share of the province
    or the nation (忻州: 全市地区生产总值…，占全省比重由5.49%提高到5.96%: 占全省比重). Else the phrase is
    left as it is (县域生产总值占全市的73.6%, 开发区完成生产总值780亿元，占全省的31% in a province's
    report)."""
    if text.find("占", start, m.start) < 0:
        return indicator  # no 占, no share (a literal look before the pattern's)
    seg = text[start : m.start]
    hits = list(_OF_WHOLE.finditer(seg))
    if not hits:
        return indicator
    hit = hits[-1]
    own, above = levels()
    if hit.group(1) == own:
        rest = seg[hit.end() :]
        share = phrases.share_of("占" + rest)
        subject = phrases.without_inner_result(indicator)
        short = "" if share else _short_base(rest)
        if short and key_for(subject + short, m.kind, m.reading.base_unit) is not None:
            share = short  # 民间投资…，占全市投资的64.34%: when the share so named is keyed
        base = _SHARE_WORD.sub("", share[1:])
        if not base and _ECONOMY_SECTOR.fullmatch(subject):
            # 非公经济增加值占全市比重达57%: a sector of the economy's share of the place's output
            named = subject + "占地区生产总值比重"
            return named if key_for(named, m.kind, m.reading.base_unit) is not None else indicator
        if len(base) < 2 or subject.endswith(_NAMED_SHARE) or base.startswith(subject):
            return indicator  # 非公有制经济比重占全省…; 工业增加值…占全市工业增加值比重: a part's
        return subject + share
    if not above or hit.group(1) not in above or not _OWN_TOTAL.match(indicator):
        return indicator
    named = _SHARE_WORD.sub("", phrases.share_of("占" + seg[hit.end() :])[1:])
    if len(named) >= 2 or seg[hit.end() :].lstrip("的").startswith(("生产总值", "GDP", "经济")):
        return indicator  # 占全省生产总值: a base named in full, another rule's business
    # (an item of a list of results cut by ；is a sentence of its own: 航空港实验区进出口总额…；
    # 引进境内外资金…，其中实际吸收外资42.1亿美元，占全省的23.6%)
    sentence = _last_sentence_start(text, m.start, STOP_MARKS + "；")
    if _PART_OF_PLACE.search(text, sentence, m.start):
        return indicator
    return indicator + "占全" + hit.group(1) + "比重"


_SHORT_BASE = LazyPattern(r"^(\p{Han}{2,3}?)的?$")
# the private sector of the economy, whose share of the place's whole is of its output
_ECONOMY_SECTOR = LazyPattern(r"(?:民营|非公有制|非公有|非公)经济(?:增加值)?", std=True)


def _short_base(rest: str) -> str:
    """The share of a base of two or three characters written between 占全市 and the figure
    (民间投资增长15.64%，占全市投资的64.34%: 占投资比重), else "".

    >>> _short_base("投资的"), _short_base("的"), _short_base("工业投资比重达")
    ('占投资比重', '', '')
    """
    found = _SHORT_BASE.match(phrases.tidy(rest).strip())
    return "占" + found[1] + "比重" if found else ""


def _carried_subject(
    text: str, folded: str, prev: Mention | None, m: Mention, indicator: str
) -> str:
    """The subject of a figure that names none: the previous figure's in the sentence, else the
    clause before's (see attach_indicators)."""
    carried = ""
    if (
        prev is not None
        and prev.indicator
        and _same_sentence(folded, prev, m)
        and not _unread_figure_after_semicolon(folded, prev, m)
    ):
        carried = prev.indicator
        gap = folded[prev.end : m.start]
        if (
            m.kind in ("amount", "count")
            and prev.kind in (m.kind, "growth")  # 新增X 19家、增长5%，总数达239家
            and any(cue in gap for cue in _TOTAL_CUES)
        ):
            carried = _stock_of(carried)  # 新增X 19家，总数达239家: the total is of X
        carried = phrases.other_stage(carried, gap)  # 开工建设63421套，竣工15344套
    # 地区生产总值迈上新台阶，总量突破5万亿元; 经济增长速度的调控目标，定为8%; 公共财政收入
    # 翻了1.5番，年均增长23.7% (a figure further back names another subject)
    if indicator in phrases.GENERIC_SUBJECTS or not carried:
        return _previous_clause_subject(text, folded, m, prev) or carried or indicator
    if phrases.CLAUSE_PREDICATE.search(folded, max(0, m.clause - CLAUSE_WINDOW), m.clause):
        return _previous_clause_subject(text, folded, m, prev) or carried
    return carried


# A number the figures do not hold (a fraction, a broken number, a Chinese numeral with no unit
# known): not a year or a month
_UNREAD_NUMBER = LazyPattern(r"\d|[一二两三四五六七八九十百千]+[万亿]", std=True)
# ... and what holds a number but is no figure: a time (2020—2022年, 1-11月), a rank (第2位),
# a name with letters (5G, G20), a milestone (迈上千亿台阶)
_NO_FIGURE = LazyPattern(
    r"\d+(?:[-—–~～至到]\d+)?[年月日]|第\d+|\d+[A-Z]|[A-Z]\d+"
    r"|[一二两三四五六七八九十百千]*[万亿]+级?(?:元)?台阶",
    std=True,
)


def _unread_figure_after_semicolon(folded: str, prev: Mention, m: Mention) -> bool:
    """Whether a clause after a semicolon between prev and m holds a number of its own that is
    no figure (单位GDP能耗…分别为全国平均水平的1/3、1/5，五年分别下降19.3%: 19.3% is of what
    that clause names, not of prev's 居民人均可支配收入 before the ；)."""
    semicolon = max(folded.rfind("；", prev.end, m.start), folded.rfind(";", prev.end, m.start))
    if semicolon < 0:
        return False
    after = folded[semicolon + 1 : m.start]
    return _UNREAD_NUMBER.search(_NO_FIGURE.sub("", after)) is not None


_BARE_SHARE = ("，占", "，约占", ",占", ", 占")


def _share_of_previous(folded: str, prev: Mention, m: Mention, indicator: str) -> str:
    """其中境内申请108.4万件，占88.7%: a share with no base, right after a figure, is that
    figure's share of the whole before it (境内申请占比)."""
    if (
        folded[prev.end : m.start] not in _BARE_SHARE
        or prev.kind not in ("amount", "count")
        or "占" in indicator
        or indicator.endswith(("占比", "比重", "比例", "率"))
    ):
        return indicator
    return indicator + "占比"


# statistics of an industry, a set of firms or a zone, written bare after the figure of another
# statistic of the same owner (longest first)
_OWNED_HEADS = (
    "主营业务收入",
    "营业总收入",
    "利润总额",
    "利税总额",
    "资产总额",
    "营业收入",
    "销售收入",
    "出口交货值",
    "总产值",
    "增加值",
    "营收",
    "产值",
    "利润",
    "利税",
    "税金",
    "税收",
    "资产",
)
_BARE_AFTER = frozenset(_OWNED_HEADS) | {"支出", "授权量", "外资", "收入", "综合收入", "总花费"}
# what a clause before may name as the owner of a bare statistic: an industry or its firms, all
# ending in 业 (第三产业, 工业, 金融业, 企业)
_OWNER_END = "业"
_RESULT_VERB = LazyPattern(r"(?:实现|完成)")
_OWNER = LazyPattern(r"^\p{Han}{2,20}$")


def _of_previous(named: str, head: str) -> str:
    """The statistic a bare `head` names after the figure of `named` (see _paired_item,
    _owner_of), else `head`.

    >>> _of_previous("实际利用内资", "外资"), _of_previous("接待游客", "总收入")
    ('实际利用外资', '旅游总收入')
    """
    if paired := _paired_item(named, head):
        return paired
    return _owner_of(named, head) if head in _OWNED_HEADS else head


def _paired_item(named: str, head: str) -> str:
    """The second of a pair of statistics written bare after the first (_PAIRED_ITEMS,
    _tourism_revenue), else "".

    >>> _paired_item("地方一般公共预算收入", "支出"), _paired_item("专利申请量", "授权量")
    ('地方一般公共预算支出', '专利授权量')
    >>> _paired_item("旅游接待人数", "收入"), _paired_item("城镇居民人均可支配收入", "利润")
    ('旅游收入', '')
    """
    for one, other in _PAIRED_ITEMS:
        if head == other and named.endswith(one) and len(named) >= len(one) + 2:
            return named[: -len(one)] + other
    return _tourism_revenue(named, head)


# A bare statistic further on in the sentence of another statistic of an owner, with only bare
# statistics between (规模以上工业增加值增长13.5%，实现销售4758亿元、利税413亿元、利润219亿元，
# 分别增长…; 规模以上工业企业完成销售收入3814亿元，年均增长32.8%；实现利税、利润分别达到…) is the
# owner's, when the statistic so named is one of the table
_CARRIED_HEADS = frozenset(_OWNED_HEADS) | {"销售", "利润总额", "利税总额"}
_CARRIED_KINDS = ("growth", "amount")
_INDUSTRIAL_FIRMS = LazyPattern(r"^(?:规模以上|规上|规模)工业(?:企业)?")
_NEW_FIRMS = LazyPattern(r"新|净增")  # 新增规上工业企业45户: the new firms' count
_CARRY_STOP = LazyPattern(
    r"[。！？!?\n]|其中|特别是|企业|国有|国企|民营|非公|产业|行业|园区|开发区|集团|经济",
    first=True,
    std=True,
)  # another sentence, a part, or another owner named between (特别是国有…企业利润增长更快)
_AFTER_SEMICOLON = LazyPattern(
    rf"\s*(?:实现|完成)?(?:{'|'.join(sorted(_CARRIED_HEADS, key=lambda h: (-len(h), h)))})"
)


def _owner_carried(folded: str, mentions: list[Mention]) -> None:
    """Give bare statistics the owner of the statistic before them in the sentence (see
    _CARRIED_HEADS), in place."""
    for i, m in enumerate(mentions):
        if m.indicator not in _CARRIED_HEADS or m.kind not in _CARRIED_KINDS:
            continue
        for j in range(i - 1, -1, -1):  # (no copy of the mentions before: linear in a long text)
            p = mentions[j]
            semi = last_mark(folded, "；;", p.end, m.start)
            if _CARRY_STOP.search(folded, p.end, m.start) or (
                semi >= 0 and not _AFTER_SEMICOLON.match(folded, semi + 1)
            ):
                break  # another sentence or owner, a part, or a clause naming another subject
            if p.indicator in _CARRIED_HEADS or not p.indicator:
                continue
            owner = _owner_of(p.indicator, m.indicator).removesuffix(m.indicator)
            if not owner and p.indicator.endswith(m.indicator):
                owner = p.indicator[: -len(m.indicator)]  # 第三产业实现增加值398亿元、增长8.5%
                owner = owner if _OWNER.match(owner) and not _LIST_JOINT.search(owner) else ""
            if (
                not owner
                and (firms := _INDUSTRIAL_FIRMS.match(p.indicator))
                and not _NEW_FIRMS.search(folded, p.clause, p.start)
            ):
                owner = firms[0]  # 规模以上工业企业经济效益综合指数…，实现利润增长17.2%
            if owner and key_for(owner + m.indicator, m.kind, m.reading.base_unit) is not None:
                m.indicator = owner + m.indicator
            break


def _next_to(folded: str, prev: Mention, m: Mention, head: str) -> bool:
    """m follows prev in the same clause or the next one, with nothing but a verb and `head`
    between them (增长15.7%，实现利税185亿元; 总产值2313亿元、增加值564亿元)."""
    gap = folded[prev.end : m.start]
    return len(gap) <= len(head) + 6 and sum(gap.count(c) for c in "，,；;、") <= 1


def _owner_of(named: str, head: str) -> str:
    """The statistic `head` of the owner whose other statistic is `named`, else `head`.

    >>> _owner_of("规模以上工业总产值", "增加值"), _owner_of("市属国企资产", "利润")
    ('规模以上工业增加值', '市属国企利润')
    >>> _owner_of("重点企业完成工业增加值", "利税")
    '重点企业工业利税'
    >>> _owner_of("地区生产总值", "增加值"), _owner_of("工业增加值", "增加值")
    ('增加值', '增加值')
    """
    for other in _OWNED_HEADS:
        if named.endswith(other) and other != head:
            owner = named[: -len(other)]
            owner = _RESULT_VERB.sub("", owner).removesuffix("的")  # 重点企业完成工业增加值
            if (
                _OWNER.match(owner)
                and not _LIST_JOINT.search(owner)
                and owner[-1] not in "净总新年"  # 净资产, 总资产: the head is longer
            ):
                return owner + head
            return head
    return head


# A bare statistic whose clause names nothing but it (实现增加值, 总产值达到) ...
_TOPIC_HEADS = frozenset(_OWNED_HEADS) | {"总收入"}
_BARE_CLAUSE = LazyPattern(
    r"^(?:全年|今年|年内|当年|预计|力争|确保|全市|全省|全区|全州|共|累计|同比)*(?:实现|完成)?了?"
    rf"(?:{'|'.join(sorted(_TOPIC_HEADS, key=lambda h: (-len(h), h)))})(?:达到?|为|突破|超过|首次突破)?$"
)
# ... takes the industry (or the private economy) a topic before it names, with what it did:
# 服务业发展较快。实现增加值1245亿元; 第三产业平稳运行，实现增加值; 大力发展第三产业，实现增加值
_TOPIC_OWNER = LazyPattern(
    r"^(?:[(（][一二三四五六七八九十\d]{1,2}[)）]|[一二三四五六七八九十\d]{1,2}[.、．]|——)?"
    r"(?:大力发展|加快发展|积极发展|着力发展|发展壮大|促进|推动|推进|加快)?"
    r"(?:以[^的，。；]{2,30}?为(?:主导|龙头|重点|主体)的)?"  # 以旅游业为龙头的第三产业快速发展
    r"(?P<owner>[^\P{Han}的和与及以在对为]{1,12}?业|(?:民营|非公有制|非公|个体私营)经济)(?:经济)?"
    r"(?:$|(?:发展|运行|增长|经济)?(?:平稳|快速|加快|稳步|持续|不断|稳定|提速|蓬勃|较快|迅速"
    r"|健康|继续|明显|逐步|加速|稳中|有新|增势|实力|提档|企稳|回升|壮大|振兴|转型|保持|势头"
    r"|发展|运行|增长|提质|升级|优化|集聚))"
)
# the longest topic sentence read for an owner (a heading or a few words: 第三产业快速发展)
_TOPIC_LENGTH = 16


def _topic_owner(text: str, folded: str, m: Mention, prev: Mention | None, head: str) -> str:
    """`head` of the industry named by the topic just before a clause naming only `head` (the
    clause before in the sentence, or a short sentence or heading before the sentence), when the
    statistic so named is one of the table; else `head`.

    >>> _topic_owner_of("第三产业平稳运行", "增加值"), _topic_owner_of("（一）第一产业稳定增长", "增加值")
    ('第三产业增加值', '第一产业增加值')
    >>> _topic_owner_of("服务业投资占比提高", "增加值"), _topic_owner_of("鼓励企业参加信用评级", "利润")
    ('增加值', '利润')
    """
    if not _BARE_CLAUSE.match(phrases.tidy(text[m.clause : m.start]).strip()):
        return head
    begin = _clause_before(folded, m)
    if begin is not None:
        if prev is not None and prev.end > begin:
            return _firms_owner(folded, prev, m, head, begin)  # 规模以上工业企业超过1000户，
        return _topic_owner_of(text[begin : m.clause - 1], head, m.kind, m.reading.base_unit)
    end = m.clause - 1
    while end > 0 and folded[end - 1] in STOP_MARKS + " \t\u3000#*":
        end -= 1
    lo = max(0, end - _TOPIC_LENGTH - 1)
    start = last_mark(folded, STOP_MARKS, lo, end)  # -1: the text opens there
    if (start < 0 and lo > 0) or (prev is not None and prev.end > start):
        return head  # a long sentence before, or one with a figure
    return _topic_owner_of(text[start + 1 : end], head, m.kind, m.reading.base_unit)


def _firms_owner(folded: str, prev: Mention, m: Mention, head: str, begin: int) -> str:
    """`head` of the firms the clause before counts (规模以上工业企业超过1000户，实现增加值670亿元;
    规模以上工业企业由85户增加至96户，增加值增长16.7%), when that clause is only their count and
    the statistic so named is one of the table; never of new firms (新增规上工业企业45户); else
    `head`."""
    owner = prev.indicator
    if (
        prev.reading.dimension == "count"
        and prev.start >= begin
        and owner.endswith("企业")
        and "新" not in folded[begin : prev.start]
        and folded[prev.end : m.clause].strip() in ("，", ",")
        and (
            key_for(owner + head, m.kind, m.reading.base_unit) is not None
            or key_for(owner + head, "growth", "%") is not None
        )
    ):
        return owner + head
    return head


# the government's own state-owned firms, named as the subject of a sentence about their reform
_STATE_FIRMS = LazyPattern(r"(?:省属|市属|州属|区属|盟属|省管|市管)(?:国有企业|国企)")


def _state_firms_owner(folded: str, prev: Mention | None, m: Mention, head: str) -> str:
    """`head` of the government's state-owned firms the sentence names before it, with no figure
    of anything else between (17家市属国企整合重组为…，营收、利润分别增长48.4%和45.2%; 市属国有企业
    战略性重组与专业化整合全面完成，营业收入增长27.5%), when keyed; else `head`."""
    begin = last_mark(folded, STOP_MARKS, m.clause - 2 * CLAUSE_WINDOW, m.clause)
    named_firms = list(_STATE_FIRMS.finditer(folded, begin + 1, m.clause))
    found = named_firms[-1] if named_firms else None
    if found is None or (prev is not None and found.end() < prev.end and prev.start < m.clause):
        return head  # none named, or a figure of something else after it
    owner = found.group()
    named = key_for(owner + head, m.kind, m.reading.base_unit) or key_for(
        owner + head, "growth", "%"
    )
    return owner + head if named else head


def _topic_owner_of(topic: str, head: str, kind: str = "amount", unit: str = "元") -> str:
    """`head` of the owner `topic` names before saying what it did, when keyed; else `head`."""
    found = _TOPIC_OWNER.match(phrases.tidy(topic).strip(" \t\u3000#*"))
    if found and (
        key_for(found["owner"] + head, kind, unit) is not None
        or key_for(found["owner"] + head, "growth", "%") is not None  # 乡镇企业总产值: its growth
    ):
        return found["owner"] + head
    return head


# Funds in place written bare right after the count of the place's 招商引资 projects are the
# funds in place of its 招商引资 (实施招商引资项目202个，引进到位资金271亿元); after projects of a
# kind or a size (签约, 在建, 区外, 亿元以上, 京津冀) they are that part's, and keep no owner
_FUNDS_IN_PLACE = frozenset(("到位资金", "实际到位资金", "引进到位资金", "引进资金"))
_ATTRACTED_PROJECTS = LazyPattern(r"^(?:实施|落地|引进实施|执行|落实)?招商引资(?:落实)?项目$")


def _funds_of_projects(folded: str, prev: Mention, m: Mention, funds: str) -> str:
    """招商引资到位资金 for `funds` right after the count of the 招商引资 projects, else `funds`."""
    gap = folded[prev.end : m.start]
    if (
        prev.reading.dimension == "count"
        and _ATTRACTED_PROJECTS.match(prev.indicator)
        and len(gap) <= len(funds) + 4
        and sum(gap.count(c) for c in "，,、") == 1
        and not any(c in gap for c in "；;。")
    ):
        return "招商引资到位资金"
    return funds


# A bare revenue right after the count of visitors, or after the growth of that count in a list
# of the two, is the revenue of tourism (全年接待游客2000万人次，实现总收入130亿元，分别增长33.3%、
# 36.8%)
_REVENUE_HEADS = frozenset(("总收入", "收入", "综合收入"))
# every bare word that one of attach_indicators' head rules reads (its gate to them all)
_HEAD_WORDS = (
    phrases.MODIFIERS
    | _BARE_AFTER
    | _TOPIC_HEADS
    | {"投资"}
    | _REVENUE_HEADS
    | _FUNDS_IN_PLACE
    | frozenset(_OWNED_HEADS)
)


def _visitors_revenue(folded: str, prev: Mention, m: Mention, head: str) -> str:
    """旅游总收入 (旅游收入) for a bare `head` right after the visitors' figure, else `head`."""
    gap = folded[prev.end : m.start]
    listed = m.kind == "growth" and prev.kind == "growth" and gap.strip() in ("、", "和", "，", ",")
    if listed or _next_to(folded, prev, m, head):
        return _tourism_revenue(prev.indicator, head) or head
    return head


# A bare 投资 growing right after the growth of the economy is the fixed-asset investment of the
# place (地区生产总值增长8%左右，投资增长11.5%; 经济年均增长11.1%，投资年均增长25.2%), not the
# investment of projects (完成投资19.5亿元，增长34.96%)
_BARE_INVESTMENT = LazyPattern(r"^[，,；;、]\s*(?:全年|全市|全省|全社会)?投资(?:年均|同比)?$")


def _investment_after_gdp(text: str, folded: str, prev: Mention, m: Mention) -> str:
    """固定资产投资 for a bare 投资 right after the growth of GDP, else 投资."""
    if (
        prev.kind == "growth"
        and _BARE_INVESTMENT.match(phrases.tidy(text[prev.end : m.start]))
        and key_for(prev.indicator, prev.kind, prev.reading.base_unit) == "gdp_growth"
    ):
        return "固定资产投资"
    return "投资"


# a contribution with no contributor: 第三产业增长9.9%，对经济增长的贡献率达58.9%
_CONTRIBUTION = compiled.compile_std(r"对[\u4e00-\u9fff]{0,8}?增长的?贡献率")
# a rate named by one or two words and nothing else: 毛入学率, 覆盖率, 参合率, 覆盖面
_BARE_RATE_NAME = compiled.compile_std(r"[\u4e00-\u9fff]{1,4}(?:率|覆盖面)")
# a rate named by one word: 流转率, 优良率 (土地流转面积达206万亩，流转率49%)
_BARE_RATE = compiled.compile_std(r"([\u4e00-\u9fff]{2,3})率")
# the measures of a stock whose rate follows: 土地流转面积, 优良天数, 参合人数 (not 行政审批事项)
_MEASURES_OF_STOCK = frozenset(("", "面积", "总面积", "人数", "总人数", "天数", "总量", "户数"))
# what a contributor's figure says of it, not the contributor: 增速, 占…比重
_CONTRIBUTOR_TAIL = LazyPattern(r"(?:占.*|比重|占比|增速|增幅|总量|总规模|规模)$", std=True)


# what a share of spending (or of the fiscal resources, 财力) went to, written after the figure:
# 财政支出79%用于民生, 74.5%的一般公共预算支出用于民生, 新增财力的80%用于民生, 本级财政支出的
# 70%以上用于保障改善民生, 安排71.5%的财力改善民生, 八成左右的财政支出用于民生领域
_SPENT_ON = LazyPattern(
    r"(?:优先|主要)?(?:(用于|投向|投入)(保障和改善|保障改善|改善)?|(保障和改善|改善))民生",
    std=True,
)


def _spent_on(folded: str, end: int, noun: str = "") -> str:
    """ "用于民生" when the words after a share of spending or of the fiscal resources say it went
    to people's livelihood; the noun may stand between the figure and those words (七成以上的财力
    用于民生领域).

    >>> _spent_on("把七成以上的财力用于民生领域", 6, "财力"), _spent_on("安排71.5%的财力改善民生", 7, "财力")
    ('用于民生', '用于改善民生')
    >>> _spent_on("把80%的财力用于偿还债务", 5, "财力"), _spent_on("70%以上用于保障改善民生", 5)
    ('', '用于保障和改善民生')
    """
    if folded.startswith(noun, end + 1) and folded[end] == "的":
        end += 1 + len(noun)  # 七成以上的财力: the noun after the figure
    elif noun and folded.startswith(noun, end):
        end += len(noun)
    hit = _SPENT_ON.match(folded, end)
    if not hit:
        return ""
    done = (hit.group(2) or hit.group(3) or "").replace("保障改善", "保障和改善")
    return (hit.group(1) or "用于") + done + "民生"


# an insurance scheme named in a clause: 城乡居民基本医疗保险, 新农合, 基本医保
_SCHEME = LazyPattern(
    r"(?:城乡居民|城镇居民|城镇职工|企业职工|机关事业单位|新型农村|农村)?(?:社会|基本)?"
    r"(?:养老|医疗|失业|工伤|生育|大病)保险|新型农村合作医疗|新农合|新农保|(?:城乡居民|基本)?医保",
    std=True,
)


# verbs that may stand right before a scheme's name: 完善新型农村合作医疗制度, 健全基本医保…
_SCHEME_VERBS = (
    *("推进", "实施", "完善", "健全", "巩固", "推行", "落实", "启动", "开展", "扩大"),
    *("做好", "加快", "深化", "推广", "建立", "整合", "提高", "全面", "实行", "的"),
)


def _scheme_before(folded: str, m: Mention, schemes: _SchemesBefore, respectively: int) -> str:
    """城乡居民基本医疗保险一体运行，参保率达95%以上: a bare 参保率 is the participation in the one
    scheme named by the clause before it (or before it in its own clause); "" when that names
    none or several (城乡居民社会养老和基本医疗保险…，参保率分别…), or when 分别 stands before m in
    its clause (`respectively`: where, else -1; `schemes`: the names read so far)."""
    if respectively >= 0:
        return ""
    begin = _clause_before(folded, m)
    found = schemes.one(m.clause if begin is None else begin, m.start)
    if found is None:
        return ""
    at = found.start()
    if "\u4e00" <= folded[at - 1 : at] <= "\u9fff" and not folded.endswith(_SCHEME_VERBS, 0, at):
        return ""  # 村干部养老保险, 参加工伤保险: the scheme of some only
    return found.group()


# the most characters a match of _SCHEME reads from where it starts (机关事业单位社会养老保险): a
# match that starts so far before a stretch's end is the same in any longer stretch (the tests
# read it from the pattern)
_SCHEME_REACH = 12


class _SchemesBefore:
    """The schemes' names (_SCHEME) in a stretch from a clause start up to a figure, read on
    from where the last figure with the same start left off: each figure of a long list of bare
    rates (参保率1%、2%、…) read the whole list before it (quadratic). Only what
    `_scheme_before` asks of the names is kept: the first, the distinct names, whether one
    follows a list mark (社会养老和基本医疗保险: a list cut by the pattern)."""

    __slots__ = ("folded", "start", "end", "resume", "first", "names", "marked")

    def __init__(self, folded: str) -> None:
        self.folded = folded
        self.start = self.end = -1  # (the stretch read last)
        self.resume = 0  # where to read on: every match before it is the same in longer stretches
        self.first: re.Match[str] | None = None
        self.names: set[str] = set()
        self.marked = False

    def one(self, start: int, end: int) -> re.Match[str] | None:
        """The first match of _SCHEME in folded[start:end] (as `finditer(folded, start, end)`
        finds them) when all its matches there are one name, none after a list mark; else
        None."""
        if start != self.start or end < self.end:  # (another stretch: read from its start)
            self.start, self.resume = start, start
            self.first, self.names, self.marked = None, set(), False
        self.end = end
        near: list[re.Match[str]] = []  # the matches that a longer stretch may change
        for f in _SCHEME.finditer(self.folded, self.resume, end):
            if f.start() + _SCHEME_REACH > end:
                near.append(f)
                continue
            self.first = self.first or f
            self.names.add(f.group())
            self.marked = self.marked or self._marked(f)
            self.resume = f.end()
        # (no match starts before end - _SCHEME_REACH + 1 after those kept, in any longer one)
        self.resume = max(self.resume, end - _SCHEME_REACH + 1)
        first, names, marked = self.first, self.names, self.marked
        if near:
            first = first or near[0]
            names = names | {f.group() for f in near}
            marked = marked or any(map(self._marked, near))
        return first if len(names) == 1 and not marked else None

    def _marked(self, f: re.Match[str]) -> bool:
        return self.folded[f.start() - 1 : f.start()] in ("和", "、", "及", "与")


# the share of inpatient costs within the policy scope that a medical scheme paid, written
# without the scheme (新型农村合作医疗参合率达到97%，政策范围内住院费用补偿比例达到76.7%)
_WITHIN_POLICY = compiled.compile_std(
    r"政策(?:范围)?内(?:的)?(?:住院)?(?:费用|医疗费用?)?(?:平均)?(?:报销|补偿|支付)比例"
)


# the qualifiers that make a scheme's name whole, and the schemes named whole without one
_SCHEME_QUALIFIERS = (
    "城乡居民",
    "城镇居民",
    "城镇职工",
    "企业职工",
    "机关事业单位",
    "新型农村",
    "农村",
)
_WHOLE_SCHEMES = frozenset(("新型农村合作医疗", "新农合", "新农保"))


def _listed_scheme(folded: str, group: list[Mention], m: Mention) -> str:
    """基本养老保险和基本医疗保险参保人数分别达到…，参保率分别达到88.6%和98%: each rate of a 分别
    list is the participation in the scheme named in the same place of the list of schemes that
    the clause before (or its own clause before 分别) names, when there are as many schemes as
    rates, all distinct; "" otherwise, and when a later scheme lacks the qualifier the first
    has (城乡居民基本医疗保险和社会养老保险: 城乡居民 holds for both, the pattern cuts it off).
    (`group`: the figures of m's clause.)"""
    at = folded.rfind("分别", m.clause, m.start)
    begin = _clause_before(folded, m)
    found = list(_SCHEME.finditer(folded, m.clause if begin is None else begin, at))
    names = [f.group() for f in found]
    # the ratios after 分别, one more than the names at most: enough to tell that their numbers
    # differ, without a walk of a long list for each of its figures
    listed = list(islice(_ratios_after(group, at), len(names) + 1))
    if len(listed) < 2 or len(names) != len(listed) or len(set(names)) != len(names):
        return ""
    first = found[0].start()
    if "\u4e00" <= folded[first - 1 : first] <= "\u9fff" and not folded.endswith(
        _SCHEME_VERBS, 0, first
    ):
        return ""  # 村干部养老保险: the scheme of some only
    qualified = [n.startswith(_SCHEME_QUALIFIERS) or n in _WHOLE_SCHEMES for n in names]
    if qualified[0] and not all(qualified):
        return ""
    return names[listed.index(m)] if m in listed else ""


def _rate_subject(
    text: str,
    folded: str,
    mentions: list[Mention],
    i: int,
    group: list[Mention],
    noun_end: dict[int, int],
    rates: _ListedRates,
    rate: str,
    respectively: int,
) -> str:
    """The subject of a ratio whose phrase names only the rate, taken from the figures before
    it in the sentence: the things they counted (`_rate_of_counted`), the contributor whose
    growth was just given (第三产业增长9.9%，对经济增长的贡献率达58.9%), the stock whose size was
    just given (土地流转面积达206万亩，流转率49%: 土地流转率). Lists cut by 分别 are left alone.
    (`group`: the figures of the i-th mention's clause; `respectively`: where the first 分别 of
    the clause stands before the figure, else -1.)"""
    m, prev = mentions[i], mentions[i - 1]
    if respectively >= 0:
        # 办理人大代表建议218件，政协委员提案291件，满意率分别为99.23%、99.65%: one rate each
        # (the ratios after 分别, from the first: made only where names are found, and no
        # more of them than the names could pair, not the whole of a long list for each figure)
        ratios = _ratios_after(group, respectively)
        first = next(ratios)  # (m itself, or a ratio before it)
        bare = rate if m is first else _carried_rate(rate, prev)
        if bare not in phrases.RATES_OF_COUNTED:
            return rate
        names = _counted_names(text, folded, mentions, i, noun_end, rates)
        if names:
            listed = [first, *islice(ratios, len(names))]  # (one more than the names: too many)
            if len(listed) == len(names) and len(set(names)) == len(names):
                return names[listed.index(m)] + bare
        return rate
    if rate in phrases.RATES_OF_COUNTED:
        counted = _counted_names(text, folded, mentions, i, noun_end, rates)
        named = _rate_of_counted(counted, rate)
        if named != rate:
            return named
    gap = folded[prev.end : m.start]
    if len(gap) > 16 or "；" in gap or ";" in gap or not prev.indicator:
        return rate
    if _CONTRIBUTION.fullmatch(rate) and prev.kind in ("growth", "amount", "ratio", "pp"):
        contributor = _CONTRIBUTOR_TAIL.sub("", prev.indicator)
        if len(contributor.removesuffix("增加值")) >= 2 and "贡献" not in contributor:
            return contributor + rate
        return rate
    bare_rate = _BARE_RATE.fullmatch(rate)
    if bare_rate and prev.kind in ("amount", "count") and prev.reading.dimension != "currency":
        stem = bare_rate.group(1)
        at = prev.indicator.find(stem)
        whole = prev.indicator[:at]
        whole = "" if whole in _FLOW_PREFIXES else _stock_of(whole)
        if (
            len(whole) >= 2
            and prev.indicator[at + len(stem) :] in _MEASURES_OF_STOCK
            and not any(ch in whole for ch in "、和及与，,")
            and phrases.leading_verb(whole + stem) not in (whole, whole[:2])
        ):
            return whole + stem + "率"  # not 新增、改造绿地 (flows), 减少贫困人口 (a verb)
    if bare_rate and prev.kind in ("amount", "count") and prev.reading.dimension != "currency":
        # 新建卫生厕所4740座，普及率86%; 森林面积新增800万亩，覆盖率达到27%: the rate of the
        # stock the figure before counts or measures, when the phrase so made is a statistic of
        # the table (not a list: 建议109件、提案144件，办复率均为100%)
        # (not rates of handling, nor cuts: 审批事项削减到184项，精简率…, _CUT_WORDS)
        own = rate not in _HANDLING_RATES and rate not in _CUT_WORDS
        stock = _stock_named(prev.indicator) if own else ""
        if (
            stock
            and "均" not in gap
            and key_for(rate, m.kind, m.reading.base_unit) is None  # (城镇化率: already one)
            and key_for(stock + rate, m.kind, m.reading.base_unit)
        ):
            return stock + rate
    if (
        prev.kind == "ratio"
        and _SHORT_RATE.fullmatch(rate)
        and rate not in _HANDLING_RATES  # (their owner: _handled_by)
        and "均" not in gap
    ):
        # 建制村通畅率100%、通客车率98%: a bare rate after another rate of the same holder
        holder = _holder_of_rate(prev.indicator, rate, m)
        if holder:
            return holder + rate
    return rate


# a rate named by a few words without its holder: 通客车率, 回访满意率, 资源化利用率
_SHORT_RATE = compiled.compile_std(r"[\u4e00-\u9fff]{1,5}率")


def _holder_of_rate(before: str, rate: str, m: Mention) -> str:
    """The holder of the rate just before (建制村 of 建制村通畅率) that makes with a bare rate a
    statistic of the table other than the rate before's, the longest such; "" when the bare
    rate is a key by itself, the rate before is of a list (乡镇、建制村通畅率), or none does."""
    if not before.endswith(("率", "度")) or any(ch in before for ch in "、和及与，,"):
        return ""
    unit = m.reading.base_unit
    if key_for(rate, m.kind, unit) is not None:
        return ""
    own = key_for(before, m.kind, unit)
    for end in range(len(before) - 2, 1, -1):
        key = key_for(before[:end] + rate, m.kind, unit)
        if key is not None and key != own:
            return before[:end]
    return ""


# what a figure before a bare rate measures of its stock: 森林面积, 卫生户厕(11857座), 集中供热扩网
_STOCK_TAILS = ("总面积", "面积", "户数", "总人数", "人数", "扩网")


def _stock_named(indicator: str) -> str:
    """The stock a count or a measure names, without the verb that adds to it and the measure
    (新建和提升农村卫生户厕 -> 农村卫生户厕, 森林面积 -> 森林); "" for a list of things.

    >>> _stock_named("新建和提升农村卫生户厕"), _stock_named("森林面积"), _stock_named("建议、提案")
    ('农村卫生户厕', '森林', '')
    """
    verb = phrases.leading_verb(indicator)
    if verb:
        indicator = indicator[len(verb) :]
        if indicator[:1] in ("和", "、") and (second := phrases.leading_verb(indicator[1:])):
            indicator = indicator[1 + len(second) :]  # 新建和提升农村卫生户厕: joined verbs
    if any(ch in indicator for ch in "、和及与，,"):
        return ""
    stock = phrases.without_new(indicator)
    for tail in _STOCK_TAILS:
        if stock.endswith(tail) and len(stock) >= len(tail) + 2:
            return stock[: -len(tail)]
    return stock if len(stock) >= 2 else ""


# rates of handling written bare, whose owner the words before them in the sentence name
_HANDLING_RATES = frozenset(
    ("办结率", "办复率", "按时办复率", "满意率", "结果满意率", "办理结果满意率", "办理满意率")
    + ("满意和基本满意率", "群众满意率", "满意率和基本满意率", "满意和基本满意率相加")
)
# deputies' suggestions and members' proposals: 市人大代表建议, 人大代表议案, 政协委员提案
_PROPOSALS = LazyPattern(
    r"(?:人大代表|人大|代表)的?(?:议案|建议)|(?:政协委员|政协|委员)的?提案|建议提案",
    std=True,
)
# a government hotline by its name: 12345政务服务便民热线, 市长热线, “12345”政府服务热线
_HOTLINE = LazyPattern(
    r"(?:“?12345”?|市长|市民|便民|政务服务|政府服务|政务)"
    r"[\u4e00-\u9fff“”]{0,10}?热线",
    std=True,
)
# other things whose handling is rated, named after the owner: the rate is then theirs
_OTHER_HANDLED = LazyPattern(
    r"审批|信箱|专线|复议|信访|问政|留言|事项|案件|好差评|投诉|直通车|热线|建议|提案|议案",
    std=True,
)
_HANDLED_REACH = 60


def _handled_by(folded: str, m: Mention, rate: str) -> str:
    """办理人大代表建议…件、政协提案…件，办结率100%、满意率99%; 12345政务服务热线受理群众诉求…件，
    群众满意率94.2%: a bare rate of handling is that of the suggestions and proposals, or of the
    hotline, that the sentence names before it (at most _HANDLED_REACH characters back, no
    semicolon between, nothing else handled named after it); "" when it names neither or both.
    """
    reach = m.start - _HANDLED_REACH
    start = max(last_mark(folded, SENTENCE_MARKS, reach, m.start), reach)
    window = folded[start + 1 : m.start]
    proposals = list(_PROPOSALS.finditer(window))
    hotlines = list(_HOTLINE.finditer(window))
    if bool(proposals) == bool(hotlines) or (proposals and rate == "群众满意率"):
        return ""
    if hotlines and window.count("热线") > len(hotlines):
        return ""  # 开通“心连心服务热线”…为原市长热线…的6倍: a hotline not named by the pattern
    found = proposals or hotlines
    if _OTHER_HANDLED.search(window, found[-1].end()):
        return ""  # 办理人大代表建议…，行政审批事项按时办结率: the approvals' rate
    names = list(dict.fromkeys(f.group() for f in found))
    return "、".join(names) if proposals else names[-1]


def _carried_rate(indicator: str, prev: Mention) -> str:
    """The bare rate a figure of a 分别 list carried from the figure before it (满意率分别为
    97.9%和95.8%: the second carries 市人大代表建议满意率), "" when it carries none."""
    if indicator != prev.indicator:
        return ""
    ends = [r for r in phrases.RATES_OF_COUNTED if indicator.endswith(r)]
    return max(ends, key=len, default="")


def _rate_of_counted(counted: list[str], rate: str) -> str:
    """办理人大代表建议825件、政协提案1038件，办结率100%、满意率99%: a bare rate of handling or
    reach (phrases.RATES_OF_COUNTED) is the rate of what the counts just before it in the sentence
    counted (`_counted_names`, read across the rates listed with it: 人大代表建议、政协提案办结率);
    a rate with no count before it keeps its bare name.

    >>> _rate_of_counted(["人大代表建议", "政协提案", "人大代表建议"], "办结率")
    '人大代表建议、政协提案办结率'
    >>> _rate_of_counted(["农房重建开工"], "开工率"), _rate_of_counted([], "满意率")
    ('农房重建开工率', '满意率')
    """
    names = list(dict.fromkeys(counted))
    if not names:
        return rate
    subject = "、".join(names)
    stem = rate[: -len("率")]
    if subject.endswith(stem):
        subject = subject[: -len(stem)]  # 农房重建开工5.7万户、开工率70.7%
    return subject + rate


def _counted_names(
    text: str,
    folded: str,
    mentions: list[Mention],
    i: int,
    noun_end: dict[int, int],
    rates: _ListedRates,
) -> list[str]:
    """What the run of counts just before a rate (and the rates listed with it) counted, in
    order; [] when there is none or one of them names nothing clearly."""
    m = mentions[i]
    j = i - 1
    if j >= 0 and _is_listed_rate(mentions[j]) and _same_sentence(folded, mentions[j], m):
        j = rates.start(j - 1) - 1  # the rates listed before it: 办复率100%、满意率…
    first = mentions[j + 1]
    # (the figures from `first` to m are in m's sentence, and so is a count before them when
    # no sentence ends before the figure after it ends: the list is not read again)
    until = first.end if j + 1 < i else m.start
    run: list[Mention] = []
    while (
        j >= 0
        and mentions[j].kind == "count"
        and _SENTENCE_END.search(folded, mentions[j].end, until) is None
    ):
        c = mentions[j]
        if run and (
            c.reading.unit != run[-1].reading.unit
            or len(run) == 4
            or not _same_list(text, c, run[-1])
        ):
            break
        run.append(c)
        until = c.end
        j -= 1
    if not run:
        return []
    last = run[0]
    gap = text[max(last.end, noun_end.get(id(last), 0)) : first.start]
    if len(gap) > 14 or "；" in gap or ";" in gap:
        return []
    names: list[str] = []
    for c in reversed(run):
        name = phrases.without_result(c.indicator)
        if (
            not 2 <= len(name) <= 16
            or any(ch in name for ch in "，,。；;")
            or name.endswith("率")
            or phrases.leading_verb(name, 4)
            or phrases.not_a_subject(name)
        ):
            return []
        names.append(name)
    return names


def _same_list(text: str, a: Mention, b: Mention) -> bool:
    """Two counts of one list: 办理人大代表建议739件，政协提案774件 (no verb of its own after the
    comma, or the verb of the first again: 办复…建议217件，办复…提案366件), not 审议法规草案6件，
    办复人大代表建议481件 (two acts)."""
    gap = text[a.end : b.start]
    if "；" in gap or ";" in gap:
        return False
    cut = last_mark(gap, "，,", 0, len(gap))
    if cut < 0:
        return True
    verb = phrases.leading_verb(gap[cut + 1 :], 4)
    return not verb or verb in text[max(0, a.start - 16) : a.start]


def _stock_of(flow: str) -> str:
    """新增国家高新技术企业 -> 国家高新技术企业: what a total after a flow counts."""
    for prefix in _FLOW_PREFIXES:
        if flow.startswith(prefix) and len(flow) - len(prefix) >= 2:
            return flow[len(prefix) :]
    return flow


def _noun_of_next(text: str, folded: str, m: Mention, nxt: Mention) -> str:
    """新开工8000套、建成2万套城镇保障性住房: the noun after the next figure of the list."""
    gap = folded[m.end : nxt.start]
    if nxt.kind not in ("amount", "count") or len(gap) > 8:
        return ""
    if gap not in ("", "、", "和", "及") and not (
        _VERB_GAP.fullmatch(gap) and not any(_subject(w, "count") for w in _split_list(gap))
    ):
        return ""
    noun, _ = phrases.noun_after(text, nxt.end)
    if not noun and nxt.reading.base_unit in phrases.PEOPLE:
        noun = phrases.predicate_after(text, nxt.end)  # 1048户3044人实现脱贫
    return noun


def _clause_before(folded: str, m: Mention) -> int | None:
    """Where the clause before m's own begins (at most CLAUSE_WINDOW back), or None when m's
    clause opens a sentence."""
    if m.clause <= 1 or folded[m.clause - 1 : m.clause] in STOP_MARKS:
        return None
    start = max(0, m.clause - CLAUSE_WINDOW)
    return max(last_mark(folded, _CLAUSE_MARKS, start, m.clause - 1) + 1, start)


# the stages of schooling whose gross enrolment a bare 毛入学率 may be
_STAGES = LazyPattern(r"高中阶段|高等教育|学前三年|学前教育", std=True)


def _stage_before(folded: str, m: Mention) -> str:
    """提前一年实现基本普及高中阶段教育的目标，毛入学率达86.2%: the one stage of schooling that
    the clause before (or m's own before it) names (完成高中阶段普及攻坚，毛入学率达到90%:
    高中阶段); "" when it names none or several."""
    begin = _clause_before(folded, m)
    stages = {
        f.group() for f in _STAGES.finditer(folded, m.clause if begin is None else begin, m.start)
    }
    return stages.pop() if len(stages) == 1 else ""


def _previous_clause_subject(text: str, folded: str, m: Mention, prev: Mention | None) -> str:
    """The subject set by the clause before, when that clause has no figure of its own."""
    begin = _clause_before(folded, m)
    if begin is None:
        return ""  # the clause before ends a sentence
    if prev is not None and prev.start >= begin:
        return ""  # 新增X 98家，总数达716家: the figure before names it
    subject = phrases.clause_subject(text, begin, m.clause - 1)
    if (
        not subject
        and m.kind in ("amount", "count")
        and m.reading.dimension != "currency"
        and phrases.works_only(text[m.clause : m.start])
    ):
        # 加快保障性安居工程建设，新开工建设1.8万套: the works of the clause before
        subject = phrases.works_subject(text, begin, m.clause - 1)
    return subject


def _is_range_pair(folded: str, a: Mention, b: Mention) -> bool:
    return (b.span.lower_of is None and a.span.lower_of is b.span) or (
        a.qualifier == "over"
        and b.qualifier == "under"
        and a.reading.unit == b.reading.unit
        and len(folded[a.end : b.start]) <= 3
    )


# Words that open a sentence about the parts of the whole the sentence before measured
_PARTS_OPENERS = ("其中", "分城乡看", "分城乡")


def _whole_before(text: str, folded: str, prev: Mention | None, m: Mention) -> str:
    """The whole a part (城镇, 农村) of a figure in a new clause or sentence is of: the subject of
    the clause before in the sentence, or, in a sentence opening with 其中 or 分城乡看, the
    subject of the last figure of the sentence before; "" when neither names one."""
    begin = last_mark(folded, STOP_MARKS, m.start - 2 * CLAUSE_WINDOW, m.start) + 1
    subject = _previous_clause_subject(text, folded, m, prev) if m.clause > begin else ""
    if subject:
        return subject
    opening = folded[begin : m.start].lstrip(" \t\u3000")
    if prev is None or not opening.startswith(_PARTS_OPENERS) or not prev.indicator:
        return ""
    if _SENTENCE_END.search(folded, prev.end, begin - 1) or prev.indicator in phrases.MODIFIERS:
        return ""  # a sentence between, or a part itself
    return prev.indicator


# rates of kindergartens written bare (普惠率: places in affordable kindergartens, 公办率: in public
# ones), whose level the sentence before the figure names: 新建扩建幼儿园346所，公办率和普惠率…
_PRESCHOOL_RATES = frozenset(("普惠率", "公办率"))
_PRESCHOOL = LazyPattern(r"幼儿园|学前教育|入园", std=True)
# another level of schooling named in the same sentence: whose rate it is cannot be told
_OTHER_SCHOOLING = LazyPattern(
    r"义务教育|中小学|小学|初中|高中|中职|职业教育|高校|高等教育",
    std=True,
)


def _preschool(folded: str, m: Mention) -> str:
    """学前教育 when the sentence before a bare 普惠率 or 公办率 speaks of kindergartens or preschool
    education and of no other level of schooling; "" otherwise."""
    begin = last_mark(folded, STOP_MARKS, m.start - 2 * CLAUSE_WINDOW, m.start) + 1
    before = folded[begin : m.start]
    if _PRESCHOOL.search(before) and not _OTHER_SCHOOLING.search(before):
        return "学前教育"
    return ""


def _same_sentence(folded: str, a: Mention, b: Mention) -> bool:
    return _SENTENCE_END.search(folded, a.end, b.start) is None


_SENTENCE_END = compiled.compile_std(f"[{STOP_MARKS}]")


def _respectively(
    text: str,
    folded: str,
    mentions: list[Mention],
    order: dict[int, int],
    group: list[Mention],
    m: Mention,
    levels: _Levels,
) -> str:
    """粮食播种面积和产量分别稳定在172万亩和14.3亿斤以上: pair subjects with numbers.

    With no subject before 分别 (A达565亿美元，其中B382.6亿美元，分别增长33.9%和33%), the
    figures before it in the sentence are the subjects, in order.
    """
    at = folded.rfind("分别", m.clause, m.start)
    # (the group's figures stand in the text's order, apart: those after 分别 and the last one
    # before it are found by bisection, not by a walk of the whole group for each of its
    # figures, which made a long list quadratic)
    after = bisect_right(group, at, key=_START)
    listed = _the_list(text, group[after : after + 12], m.kind)
    # (a figure past the twelve read after 分别 is not one of them: _paired looks it up in them)
    if len(listed) < 2 or not any(g is m for g in listed):
        return ""
    last = listed[-1]
    if last.span.post in _SPREAD_QUALIFIERS:
        for g in listed:
            if g.qualifier == "exact":
                g.qualifier = last.qualifier
    before = bisect_right(mentions, at, key=_END)  # (the figures that end by 分别)
    if before and mentions[before - 1].end > m.clause:
        # 固定资产投资增长13%以上、城镇及农村居民人均可支配收入分别增长9%和10%: the subjects
        # written after the last figure before 分别 (not the words from the clause's start,
        # which hold that figure and the figures before it, of its group or another 分别 list's)
        end = mentions[before - 1].end
        paired = _paired(text, folded, mentions, order, listed, m, end, at, levels)
        if paired:
            return paired
    return _paired(text, folded, mentions, order, listed, m, m.clause, at, levels)


_START, _END = attrgetter("start"), attrgetter("end")
_JOINED = compiled.compile_std(r"[和及与]")


def _the_list(text: str, after: list[Mention], kind: str) -> list[Mention]:
    """The figures of a 分别 list among `after`, the figures of its clause group after 分别: up
    to one that opens an item of its own, its subject and its verb written before it (分别增长9%
    和10%、社会消费品零售总额增长8%: the retail sales' figure ends the list; not the nouns of
    分别提高到上年度城镇居民人均可支配收入的20%和农村居民人均纯收入的25%, whose figures have no verb
    of their own)."""
    for k in range(1, len(after)):
        g = after[k]
        if g.span.verb and len(_subject(text[after[k - 1].end : g.start], kind)) >= 2:
            return after[:k]
    return after


def _ratios_after(group: list[Mention], at: int) -> Iterator[Mention]:
    """The ratios of a clause's figures (`group`, in the text's order) that start after `at`, in
    turn: the first of them found by bisection, not by a walk of the group."""
    after = bisect_right(group, at, key=_START)
    return (group[k] for k in range(after, len(group)) if group[k].kind == "ratio")


def _paired(
    text: str,
    folded: str,
    mentions: list[Mention],
    order: dict[int, int],
    listed: list[Mention],
    m: Mention,
    begin: int,
    at: int,
    levels: _Levels,
) -> str:
    """The subject of m among the listed figures: the list of subjects in text[begin:at],
    else the figures just before them in the sentence, else the clause before."""
    subject = _subject(text[begin:at], m.kind)
    parts = list(_items(subject))
    if len(parts) > len(listed) and "、" in subject:
        # 不动产登记机构一般登记和抵押登记业务办理时间、工程建设项目审批时间、企业开办时间分别压缩至5、
        # 55、2个工作日: an item before the last holds 和, 及 or 与; the marks between the items say
        # which (not one in the last item, which may join the list: 绿地率、绿化覆盖率和人均公园绿地面积; nor a
        # list of the figures a change starts from: 企业数和注册资金额由17669家、770亿元分别增加到)
        marked = [p for p in subject.split("、") if p]
        if (
            len(marked) == len(listed)
            and not _JOINED.search(marked[-1])
            and not any(c.isdigit() for c in subject)
        ):
            parts = marked
    if halves := _urban_rural(subject, listed, m) or _domestic_foreign(subject, listed, m):
        return halves
    changes = m.kind == "amount" and listed[0].span.verb in _CHANGE_VERBS
    own = levels()[0] if "占全" in subject else ""
    if not changes and (sectors := _three_sectors(subject, listed, m, own)):
        return sectors  # never 一二三产增加值分别增加5.83亿元、…: changes, not the levels
    if len(parts) == len(listed) or (
        len(parts) >= 2 and len(listed) % len(parts) == 0 and len(listed) <= 3 * len(parts)
    ):
        # 分别从每月503元、228元提高到554元、251元: the subjects in turn, once per row
        return _item(text, m, parts, listed.index(m) % len(parts), subject)
    if len(parts) == 1 and (named := _examples_listed(text[begin:at], listed, m)):
        return named  # 机器人、航空…等产业产值分别增长: 机器人产业产值, 航空产业产值 …
    if not subject or subject in phrases.GENERIC_SUBJECTS:
        if not order:  # (made when first read: few documents have such a list)
            order.update({id(e): i for i, e in enumerate(mentions)})
        first = order[id(listed[0])]
        earlier = [
            e
            for e in mentions[max(0, first - len(listed)) : first]
            if _same_sentence(folded, e, listed[0]) and e.indicator
        ]
        if (
            len(earlier) == len(listed)
            # (as many subjects as figures: not two figures of one, 居民人均可支配收入达6.49万元，
            # 五年年均增长7.8%；…，五年分别下降19.3%、23.2%)
            # (a list of percentage points may compare one statistic with several places:
            # 增长9.9%，分别高出全国和全省2.5和0.2个百分点)
            and (len({e.indicator for e in earlier}) == len(earlier) or m.kind == "pp")
            and not _unread_figure_after_semicolon(folded, earlier[-1], listed[0])
        ):
            named = earlier[listed.index(m)].indicator
            total = subject or any(cue in text[begin:at] for cue in _TOTAL_CUES)
            return _stock_of(named) if total else named  # 新增…19家，总数分别达到239家
    if not subject:
        # 城镇居民人均可支配收入和农民人均纯收入较快增长，年均增长分别达到12.5%和13%
        named = _previous_clause_subject(text, folded, listed[0], None)
        parts = list(_items(named))
        if halves := _urban_rural(named, listed, m):
            return halves  # 城乡居民人均可支配收入…，年均分别增长10.6%、12.4%
        if len(parts) == len(listed):
            return _item(text, m, parts, listed.index(m), named)
        # 各类安全事故宗数、死亡人数、直接经济损失，比五年前分别下降33.9%、35.5%和41.3%: as
        # many items as figures name them, whatever their last words
        named = _previous_clause_items(text, folded, listed[0])
        parts = list(_items(named))
        if len(parts) == len(listed):
            return _item(text, m, parts, listed.index(m), named)
    return ""


_EXAMPLES_HEAD = compiled.compile(r"^(?:指标|方面)?")


def _examples_listed(phrase: str, listed: list[Mention], m: Mention) -> str:
    """质检、信用、广告等服务业营收分别增长9.1%、15.0%、17.6%: as many examples before 等 as
    figures are the subjects, each with the quantity named after 等 (质检服务业营收); with a
    category of things after 等 and no quantity (种养大户、家庭农场…等新型农业经营主体分别新增),
    the examples alone; "" when the counts differ."""
    raw = phrases.tidy(phrase)
    at = raw.rfind("等")
    if at < 2 or "、" not in raw[:at]:
        return ""
    items = [_subject(p, m.kind) for p in raw[:at].split("、")]
    if len(items) != len(listed) or not all(items) or max(map(len, items)) > 16:
        return ""
    head = _subject(raw[at + 1 :], m.kind)
    if (
        not head
        or not head.isalpha()
        or head[0] in "一二两三四五六七八九十几多各其"
        or "占" in head
    ):
        return ""  # 等26个优秀剧目, 等六条龙型经济: a count of the examples; 等民生支出占…: a share
    item = items[listed.index(m)]
    if head[-1] not in phrases.QUANTITY_ENDINGS and not head.endswith("营收"):
        return item
    return item + head[compiled.match_end(_EXAMPLES_HEAD, head) :]


def _previous_clause_items(text: str, folded: str, m: Mention) -> str:
    """The list of subjects the clause before a 分别 list names (see phrases.clause_items)."""
    begin = _clause_before(folded, m)
    return "" if begin is None else phrases.clause_items(text, begin, m.clause - 1)


def _urban_rural(subject: str, listed: list[Mention], m: Mention) -> str:
    """城乡居民人均可支配收入分别增长10%、13% (or 分别从…、…提高到…、…): the urban residents'
    statistic first, the rural residents' second.

    >>> _urban_rural("城乡常住居民人均可支配收入", ["a", "b"], "b")
    '农村常住居民人均可支配收入'
    >>> _urban_rural("城乡居民收入", ["a", "b", "c", "d"], "c")
    '城镇居民收入'
    >>> _urban_rural("城乡居民人均可支配收入、农民人均纯收入", ["a", "b"], "a")
    ''
    >>> _urban_rural("城乡低保标准", ["a", "b"], "a"), _urban_rural("城乡管理网格覆盖率", ["a", "b"], "a")
    ('城市低保标准', '')
    >>> _urban_rural("城乡生活污水处理率", ["a", "b"], "b"), _urban_rural("城乡社区养老服务设施覆盖率", ["a", "b"], "a")
    ('农村生活污水处理率', '城市社区养老服务设施覆盖率')
    """
    if subject[:2] not in _URBAN_RURAL_OPENINGS:
        return ""  # (the test of every opening's first two characters at once)
    urban = next((w for opening, w in _URBAN_RURAL.items() if subject.startswith(opening)), None)
    if urban is None or len(_items(subject)) != 1:
        return ""
    # 分别由17979元和4931元增加到27763元和8076元、年均增长9.1%和10.4%: the figures of m's kind
    # pair in turn (two levels from, two to, two rates)
    # (else the whole list: 分别增长68.3%和1.2倍)
    kind = getattr(m, "kind", None)
    same = []
    for g in listed:
        if getattr(g, "kind", None) == kind:
            same.append(g)
            if len(same) > 4:
                break  # (more than four: the whole list is read, as below; a long list stays linear)
    if len(same) not in (2, 4):
        same = listed
    if len(same) not in (2, 4):
        return ""
    return (urban, "农村")[same.index(m) % 2] + subject[len("城乡") :]


def _domestic_foreign(subject: str, listed: list[Mention], m: Mention) -> str:
    """实际利用内外资分别增长15%和13%: domestic capital first, foreign capital second.

    >>> _domestic_foreign("实际引进内外资", ["a", "b"], "b"), _domestic_foreign("内外资", ["a"], "a")
    ('实际引进外资', '')
    """
    at = subject.find("内外资")
    if at < 0 or len(listed) != 2 or len(_items(subject)) != 1:
        return ""
    return subject[:at] + ("内资", "外资")[listed.index(m)] + subject[at + 3 :]


# the three sectors named at once: 三次产业增加值, 一、二、三次产业, 一二三产业
_CHANGE_VERBS = frozenset(("增加", "减少", "增长", "下降"))
_THREE_SECTORS = compiled.compile_std(
    r"^(?:三次产业|第?一、?二、?三(?:次产业|产业?))(增加值|投资)?(占[^，,；;。]+(?:比重|比例))?$"
)


def _three_sectors(subject: str, listed: list[Mention], m: Mention, own: str = "") -> str:
    """三次产业增加值分别增长2%、5%和7%: the primary, secondary and tertiary sectors in turn
    (`own`: the 全X word of the report's own place, see _place_levels).

    >>> _three_sectors("一、二、三次产业增加值", ["a", "b", "c"], "b")
    '第二产业增加值'
    >>> _three_sectors("一二三产", ["a", "b", "c"], "c"), _three_sectors("三次产业", ["a", "b"], "a")
    ('第三产业', '')
    """
    found = _THREE_SECTORS.match(subject)
    if found is None or len(listed) != 3:
        return ""
    named = ("第一产业", "第二产业", "第三产业")[listed.index(m)] + (found.group(1) or "")
    if share := found.group(2):
        # 第一、二、三产业占全市国内生产总值的比重分别为…: each sector's share of the place's own
        # output; never of a whole above it (占全省)
        whole = _OF_WHOLE.match(share)
        if whole and whole.group(1) != own:
            return ""
        share = "占" + share[whole.end() :] if whole else share
        return named + share if key_for(named + share, m.kind, m.reading.base_unit) else ""
    return named


# a first item opening with the urban core (市区职工医疗保险): the items after it share the scope
_SCOPED_FIRST = compiled.compile_std(r"(?:市区|主城区|中心城区|城区|郊区)(?=[\u4e00-\u9fff]{2})")


def _item(text: str, m: Mention, parts: list[str], i: int, whole: str) -> str:
    """The i-th statistic of a list of subjects (see _shared_head and _shared_modifier)."""
    part = _subject(parts[i], m.kind)
    first = _subject(parts[0], m.kind)
    if i and _SCOPED_FIRST.match(first) and not _SCOPED_FIRST.match(part):
        return whole  # 市区职工医疗保险、城镇居民医疗保险…分别: both the urban core's schemes
    if i and m.kind in ("growth", "amount"):
        # 财政总收入及一般公共预算收入、支出: the pair is with the item just before
        before = _subject(parts[i - 1], m.kind)
        if (paired := _paired_item(before, part)) or (paired := _shared_modifier(first, part)):
            return paired
    if i and m.kind == "ratio" and (rate := _shared_rate(first, part, m)):
        return rate  # 城市污水收集率、处理率: 城市污水处理率
    if i and m.kind == "growth" and (per_unit := _per_unit_item(first, part, m)):
        return per_unit  # 单位生产总值能耗和二氧化碳排放量分别下降: CO2 per unit of GDP
    last = parts[-1]
    shared = _shared_head(text, m.start, part, last, whole, parts[i + 1 : -1])
    if shared == part != whole and (rate := _rate_head(part, parts, m)):
        return rate  # 乡镇卫生院、村卫生室标准化率分别…: an item too long to share a modifier
    if shared == whole != part:
        if m.kind == "ratio" and (share := _item_share(part, last, m)):
            return share  # 工业经济、民营经济、…新经济占地区生产总值比重分别提高到32%、55%…
        if _stands_alone(part, last, m):
            return part
        nxt = parts[i + 1] if i + 1 < len(parts) else ""
        return (
            _parallel_head(part, nxt, m)
            or _listed_head(part, parts)
            or _rate_head(part, parts, m)
            or (part if _each_its_own(part, last, m) else shared)
        )
    return shared


def _item_share(part: str, last: str, m: Mention) -> str:
    """工业经济、民营经济、绿色经济、新经济占地区生产总值比重分别提高到32%、55%、40%和19%: an
    item before the last of a list whose last item names a share (…占…比重/比例) is that share
    of the item (工业经济占地区生产总值比重), with the head the last item ends in before 占
    (装备制造、食品…产业增加值占…: 增加值); "" unless the share so named is a statistic of the
    taxonomy, and never of a whole named by its level (占全省: the place's share of another).

    >>> from types import SimpleNamespace as N
    >>> m = N(kind="ratio", reading=N(base_unit="%"))
    >>> _item_share("工业经济", "新经济占地区生产总值比重", m)
    '工业经济占地区生产总值比重'
    >>> _item_share("城镇人口", "县域经济比重", m), _item_share("新经济", "工业经济占全省比重", m)
    ('', '')
    """
    at = last.find("占")
    if at < 1 or not last.endswith(("比重", "比例")) or _OF_WHOLE.match(last, at):
        return ""
    head = next((h for h in _LISTED_HEADS if last[:at].endswith(h)), "")
    named = part if part.endswith(head) else part + head
    candidate = named + last[at:]
    return candidate if key_for(candidate, m.kind, m.reading.base_unit) is not None else ""


def _each_its_own(part: str, last: str, m: Mention) -> bool:
    """旅游人次、旅游综合收入分别增长17.47%、15.24%: items with the same opening word that each
    name a statistic of their own (two keys) stand alone; parallel openings most often share
    the last item's head (进口和出口整体通关时间: neither names one), see _stands_alone."""
    if part[:2] != last[:2] or part == last:
        return False
    own = key_for(part, m.kind, m.reading.base_unit)
    return own is not None and key_for(last, m.kind, m.reading.base_unit) not in (None, own)


# 单位地区生产总值能耗、用水量、二氧化碳排放量分别下降15%、50%、18%: the first item's "per unit of
# GDP" holds for the items after it (water and CO2 per unit of GDP, the plans' intensity targets)
_PER_UNIT = compiled.compile(r"^(?:单位|万元)(?:地区|国内)?(?:生产总值|GDP)")


def _per_unit_item(first: str, part: str, m: Mention) -> str:
    """The i-th item of a list opened by a statistic per unit of GDP, read per unit of GDP when
    the taxonomy keys that as another statistic (a total, 排放总量, is no intensity); else "".

    >>> from types import SimpleNamespace as N
    >>> m = N(kind="growth", reading=N(base_unit="%"))
    >>> _per_unit_item("单位生产总值能耗", "二氧化碳排放量", m)
    '单位生产总值二氧化碳排放量'
    >>> _per_unit_item("单位生产总值能耗", "主要污染物排放总量", m), _per_unit_item("能耗", "用水量", m)
    ('', '')
    """
    opening = _PER_UNIT.match(first)
    if opening is None or _PER_UNIT.match(part) or "总量" in part:
        return ""
    own = key_for(part, m.kind, m.reading.base_unit)
    return _another_statistic([opening.group() + part], own, m)


def _shared_rate(first: str, part: str, m: Mention) -> str:
    """城市污水收集率、处理率分别达到67%和62%: a bare rate after the first item is a rate of
    what the first item's is of (城市污水处理率), when the phrase so made is a statistic of the
    taxonomy other than the first item's; else ""."""
    if not (2 <= len(part) <= 3 and part[-1] == "率" and first[-1:] == "率"):
        if _SHORT_RATE.fullmatch(part) and (holder := _holder_of_rate(first, part, m)):
            return holder + part  # 土地流转率、规模化经营率: 土地规模化经营率
        return ""
    if len(first) < len(part) + 2:
        return ""
    own = key_for(first, m.kind, m.reading.base_unit)
    return _another_statistic([first[: -len(part)] + part], own, m)


def _rate_head(part: str, parts: list[str], m: Mention) -> str:
    """秸秆和畜禽粪污综合利用率分别超过90%和80%: an item without a word of a rate takes the
    longest end of the last item's rate that makes with it a statistic of the taxonomy other
    than the last item's (秸秆综合利用率); "" when none does, or when an item before the last
    names a rate of its own."""
    last = parts[-1]
    if m.kind != "ratio" or not last.endswith(("率", "度")) or len(part) > 6:
        return ""
    if any(p.endswith(("率", "度")) for p in parts[:-1]):
        return ""
    own = key_for(last, m.kind, m.reading.base_unit)
    return _another_statistic((part + last[cut:] for cut in range(1, len(last) - 1)), own, m)


def _another_statistic(candidates: Iterable[str], own: str | None, m: Mention) -> str:
    """The first of `candidates` that the taxonomy keys for m's kind and unit with a key other
    than `own` (the key of the item it is made from), else "": a list's item completed from
    its neighbour names a statistic of its own, or nothing."""
    for candidate in candidates:
        key = key_for(candidate, m.kind, m.reading.base_unit)
        if key is not None and key != own:
            return candidate
    return ""


def _parallel_head(part: str, nxt: str, m: Mention) -> str:
    """刑事、治安案件分别下降6.6%、3.6%: a modifier as long as the next item's takes the rest of
    it (刑事案件), when the phrase so made is a statistic of the taxonomy other than the next
    item's; else "" (广播、电视人口综合覆盖率: one statistic of both, the list stays whole)."""
    if not 2 <= len(part) <= 4 or len(nxt) < len(part) + 2:
        return ""
    own = key_for(nxt, m.kind, m.reading.base_unit)
    if found := _another_statistic([part + nxt[len(part) :]], own, m):
        return found
    if m.kind == "ratio" and nxt.endswith("率"):
        # 基本养老、医疗保险的参保率分别达95%、98%: the next item's own word (医疗) is shorter
        # than the modifier; the rest of it completes this one (基本养老保险的参保率)
        return _another_statistic((part + nxt[cut:] for cut in range(2, len(part))), own, m)
    return ""


def _stands_alone(part: str, last: str, m: Mention) -> bool:
    """GDP、一般公共预算收入分别增长; 二氧化硫和化学需氧量排放总量: an item that names a
    statistic stands alone; never a bare 税收 or 增加值 (of whom?), an industry (装备制造, 规上
    工业: its value added or its output?), nor an item parallel to the last one's opening word
    (进口和出口整体通关时间, 规上工业、规上服务业企业亩均税收: the head is shared)."""
    if part in _OF_SOMETHING or part.endswith(("制造", "业")) or part[:2] == last[:2]:
        return False
    if key_for(last[: len(part)], m.kind, m.reading.base_unit) is not None:
        return False
    return key_for(part, m.kind, m.reading.base_unit) is not None


def _bare_list(folded: str, group: list[Mention], i: int) -> tuple[int, int]:
    """The first and last of the figures of a clause (`group`) that form one list with its i-th
    (40.5%、45.7%、60.5%): (i, i) where it stands in none."""
    start = end = i
    while start > 0 and _joined(folded, group[start - 1], group[start]):
        start -= 1
    while end + 1 < len(group) and _joined(folded, group[end], group[end + 1]):
        end += 1
    return start, end


_RATE_ENDS = tuple(phrases.RATES_OF_COUNTED)


def _is_listed_rate(m: Mention) -> bool:
    """A rate of counted things (满意率99%), which may be listed with others after the counts."""
    return m.kind == "ratio" and m.indicator.endswith(_RATE_ENDS)


class _ListedRates:
    """Where each run of rates of counted things listed one after the other in a sentence
    starts (办结率100%、满意率99%、…: `_counted_names` reads back over it to the counts), found
    once for each figure as the rules first read it: each figure of a long list walked the whole
    list before it (quadratic)."""

    __slots__ = ("folded", "mentions", "starts")

    def __init__(self, folded: str, mentions: list[Mention]) -> None:
        self.folded = folded
        self.mentions = mentions
        self.starts: list[int] = []  # for each figure read so far: where the run it ends starts

    def start(self, k: int) -> int:
        """The index of the first of the run of rates (`_is_listed_rate`) that ends at the
        k-th figure, each in the sentence of the figure after it; k + 1 when the k-th is no such
        rate, 0 when k is -1.

        Read only for figures whose indicators the main pass no longer sets (it sets a figure's
        and the one's before it). The figures stand in the text's order, apart: a rate of the run
        is in the sentence of a figure after the run when the run's last one is."""
        starts, mentions = self.starts, self.mentions
        for n in range(len(starts), k + 1):
            m = mentions[n]
            listed = _is_listed_rate(m) and _same_sentence(self.folded, m, mentions[n + 1])
            starts.append((starts[n - 1] if n else 0) if listed else n + 1)
        return starts[k] if k >= 0 else 0


class _BareLists:
    """The figures that form one list with a clause's i-th (`around`), by `_bare_list`: the
    list found last is kept, and its other figures take it without walking it again (each
    figure of a long list walked the whole list: quadratic)."""

    __slots__ = ("folded", "group", "first", "last", "listed")

    def __init__(self, folded: str) -> None:
        self.folded = folded
        self.group: list[Mention] | None = None
        self.first, self.last = 0, -1  # (the bounds of the list found last in `group`)
        self.listed: list[Mention] = []  # (its figures, made once: not copied for each figure)

    def around(self, group: list[Mention], i: int) -> list[Mention]:
        """The list of group's i-th figure (`first`: the index of its first), else [] (the
        same list for each of its figures: not to be changed)."""
        if group is not self.group or not self.first <= i <= self.last:
            self.group = group
            self.first, self.last = _bare_list(self.folded, group, i)
            self.listed = group[self.first : self.last + 1] if self.last > self.first else []
        return self.listed


def _joined(folded: str, a: Mention, b: Mention) -> bool:
    """a and b are neighbours of one list: 8.3%、9.9%; sums of money in two currencies or
    scales (社会消费品零售总额、进出口总值达到256亿元、24.4亿美元), never counts in two units,
    which most often measure one thing twice (3.76万户、9.12万人实现脱贫).

    (Its callers test the gap's length before calling it, `_clause_groups` and
    `attach_indicators` before `_bare_list`: no gap longer than _LIST_GAP_LEN is a list mark,
    and most pairs of figures are farther apart. The gaps `_bare_list` reads beyond are those
    between one clause's figures.)"""
    if folded[a.end : b.start] not in _LIST_GAPS or a.kind != b.kind:
        return False
    return a.reading.unit == b.reading.unit or (
        a.kind == "amount" and a.reading.dimension == b.reading.dimension == "currency"
    )


# An indicator that swallowed a figure of a list: …分别是2010年的1.6, 提高29, 上升3.0 (it ends
# in a digit, which the caller checks first: most indicators do not)
_GARBLED = LazyPattern(r"(?:[的、和及与]|^\p{Han}{1,3})\d+(?:\.\d+)?$")


def _split_list(subject: str) -> list[str]:
    """The items of a listed subject.

    >>> _split_list("燃气普及率、集中供热普及率和污水处理率")
    ['燃气普及率', '集中供热普及率', '污水处理率']
    """
    return _LIST_SEPARATOR.split(subject)


@functools.lru_cache(maxsize=4096)
def _items(subject: str) -> tuple[str, ...]:
    """The items of a listed subject that name something (_split_list without the empty ones),
    cached: a pure function of the subject, which every figure of its list reads (_paired,
    _urban_rural, _domestic_foreign: the split was made up to three times per figure)."""
    return tuple(p for p in _split_list(subject) if p)


# how far from a list the phrase its items would make is looked for (a report is ~100 KB; a
# bound keeps the look-up linear in a long input)
_WRITTEN_WINDOW = 60_000


# 城乡居民…分别: the statistic of urban residents, then of rural residents; 城乡低保…分别: the
# urban, then the rural subsistence allowance. What 城乡 opens -> the word of the urban half
# (the rural half is 农村). Other 城乡… are compounds (城乡管理, 城乡建设) and are not split.
_URBAN_RURAL = {
    "城乡居民": "城镇",
    "城乡常住居民": "城镇",
    "城乡人均": "城镇",
    "城乡低保": "城市",
    "城乡最低生活保障": "城市",
    "城乡特困": "城市",
    "城乡生活污水": "城镇",  # 城乡生活污水处理率分别达92.5%、48%: the towns', then the villages'
    "城乡污水": "城镇",
    "城乡生活垃圾": "城镇",
    "城乡社区": "城市",  # 城乡社区养老服务设施覆盖率分别达到98%、86%
    "城乡恩格尔": "城镇",  # 城乡恩格尔系数分别降到30%和37%
}
_URBAN_RURAL_OPENINGS = frozenset(opening[:2] for opening in _URBAN_RURAL)
# 城镇居民和农村居民人均可支配收入: a population named whole before the statistic of the last
_POPULATION = compiled.compile_std(r"^(?:城镇|城市|农村|乡村)(?:常住)?居民|^农(?:牧)?民")
# the statistics of an industry or a set of firms, named after the first item and left bare in
# the next: 规模以上工业总产值、增加值 (= 规模以上工业增加值), 规模以上工业增加值和利润
_ORDINALS = frozenset("一二三四五六七八九")
# statistics that are always of something, named before the list or in a clause before
_OF_SOMETHING = frozenset(
    (
        "增加值",
        "总产值",
        "产值",
        "利润",
        "利润总额",
        "利税",
        "税收",
        "税金",
        "营收",
        "收入",
        "总收入",
    )
    + ("营业收入", "主营业务收入", "销售收入", "投资", "总量", "规模", "总额", "总值")
)
_BARE_HEADS = (
    "增加值",
    "总产值",
    "产值",
    "利润总额",
    "利润",
    "利税总额",
    "利税",
    "主营业务收入",
    "营业收入",
    "销售收入",
    "能耗",
    "水耗",
    "用水量",
)
# Measure nouns that short items of a list share when the last item writes one after its own
# part: 排污权、碳排放权交易额; PM10、PM2.5平均浓度 (longest first)
_LIST_HEADS = tuple(
    sorted(
        {
            *_BARE_HEADS,
            *("交易额", "成交额", "销售额", "零售额", "营业额"),
            *("平均浓度", "浓度", "产业规模", "规模"),
        },  # (no rates: 中心城区、城镇污水处理率 share 污水 too, and where it ends cannot be told)
        key=lambda h: (-len(h), h),
    )
)
# The urban and rural halves of a statistic, listed before its head: 城镇、农村居民人均可支配收入
_PAIRED_SCOPES = frozenset(("城镇", "农村", "城市", "乡村"))


def _shared_modifier(first: str, part: str) -> str:
    """规模以上工业总产值、增加值: a bare statistic after the first item is of what the first
    item's statistic is of; "" when the items are not of that shape.

    >>> _shared_modifier("规模以上工业总产值", "增加值")
    '规模以上工业增加值'
    >>> _shared_modifier("农业总产值", "增加值")
    '农业增加值'
    >>> _shared_modifier("规模以上工业增加值", "利润")
    '规模以上工业利润'
    >>> _shared_modifier("固定资产投资", "利润"), _shared_modifier("增加值", "利润")
    ('', '')
    """
    if part not in _BARE_HEADS:
        return ""
    head = next((h for h in _BARE_HEADS if first.endswith(h)), "")
    if not head or len(first) < len(head) + 2:
        return ""
    return first[: -len(head)] + part


# the second of two statistics that pair with the first, written bare after it: 一般公共预算
# 收入和支出, 专利申请量和授权量, 实际利用内资…、外资…
_PAIRED_ITEMS = (("收入", "支出"), ("申请量", "授权量"), ("申请", "授权量"), ("内资", "外资"))
# the visitors a place received (旅游接待人次, 接待国内外游客): the revenue written bare after
# them (旅游人次、收入分别增长; 接待游客2000万人次，实现总收入130亿元) is the tourism revenue
_TOURISTS = LazyPattern(
    r"^(?:全域)?旅游(?:业)?(?:接待)?(?:总)?(?:人次|人数|游客(?:人次|人数)?)$"
    r"|^(?:旅游)?接待(?:国内外|中外|海内外)?游客(?:总)?(?:人次|人数|量)?$"
)


def _tourism_revenue(named: str, head: str) -> str:
    """旅游收入 for a bare 收入 (总收入, 综合收入) after the count of visitors, else ""."""
    if head in ("收入", "总收入", "综合收入", "总花费") and _TOURISTS.match(named):
        return "旅游" + head
    return ""


def _shared_head(
    text: str, at: int, part: str, last: str, whole: str, between: list[str] | None = None
) -> str:
    """城镇、农村居民人均可支配收入分别增长7.5%、10%: the first items share the head of the last.

    The urban and rural halves of a statistic (城镇、农村) each take the head; another short item
    takes it when the phrase so made is written in the text around; else the whole list as
    written.

    >>> text = "城镇居民人均可支配收入增长8%。城镇、农村居民人均可支配收入分别增长7.5%、10%。"
    >>> _shared_head(text, 30, "城镇", "农村居民人均可支配收入", "城镇、农村居民人均可支配收入")
    '城镇居民人均可支配收入'
    >>> _shared_head(text[17:], 13, "城镇", "农村居民人均可支配收入", "城镇、农村居民人均可支配收入")
    '城镇居民人均可支配收入'
    >>> _shared_head("广播、电视人口综合覆盖率", 5, "广播", "电视人口综合覆盖率", "广播、电视人口综合覆盖率")
    '广播、电视人口综合覆盖率'
    >>> _shared_head("肉、奶总产量分别增长5%和2%", 10, "肉", "奶总产量", "肉、奶总产量")
    '肉总产量'
    >>> text = "刑事警情下降8%。刑事、治安警情和电诈案件数分别下降6.5%、15.8%、8.2%"
    >>> _shared_head(text, 30, "刑事", "电诈案件数", "刑事、治安警情和电诈案件数", ["治安警情"])
    '刑事警情'
    >>> _shared_head("城镇居民和农村居民人均可支配收入", 20, "城镇居民", "农村居民人均可支配收入", "")
    '城镇居民人均可支配收入'
    >>> _shared_head("", 0, "农业", "服务业增加值", ""), _shared_head("", 0, "一产", "三产增加值", "")
    ('农业增加值', '一产增加值')
    """
    core = part[len(phrases.keep_prefix(part)) :]  # 新增国家级、省级众创空间: 国家级
    head = next((h for h in _BARE_HEADS if last.endswith(h)), "")
    if head and part.endswith("业") and last[: -len(head)].endswith("业") and part != last:
        return part + head  # 农业、规模以上工业、服务业增加值: each industry's value added
    population = _POPULATION.match(last)
    if population and _POPULATION.fullmatch(part) and part != last:
        # 城镇居民和农村居民人均可支配收入: each population takes the statistic
        return part + last[population.end() :]
    if joined := _same_noun(part, last):
        return joined  # 高新技术产品和机电产品出口: 高新技术产品出口
    if not part or part == last or len(core) > 4 or len(last) < len(core) + 2:
        return part
    if part[:1] == "第" and part[1:] in _ORDINALS and last[:1] in "一二三四五六七八九":
        return part + last[1:]  # 第一、二、三产业增加值: 第一产业增加值
    if part[0] in _ORDINALS and last[0] in _ORDINALS and last[1 : len(part)] == part[1:]:
        return part + last[len(part) :]  # 一产、二产、三产增加值: 一产增加值
    if len(part) == 1:
        # 肉、奶总产量分别增长5%和2%: one character names nothing alone; it takes the head
        # after the last item's own character (肉总产量, never 肉产量)
        ordinal = "第" if whole.startswith("第") and part in "一二三四五六七八九十" else ""
        return ordinal + part + last[1:]  # 第一、二、三产业增加值: 第二产业增加值
    if part in _PAIRED_SCOPES and last[: len(part)] in _PAIRED_SCOPES:
        # 城镇、农村居民人均可支配收入: the two populations of one statistic, each named whole
        return part + last[len(part) :]
    # the modifier in the last item is most often as long as the short item (城镇 / 农村); the
    # item right after may hold the head instead (刑事、治安警情和电诈案件数: 刑事警情)
    lo, hi = max(0, at - _WRITTEN_WINDOW), at + _WRITTEN_WINDOW
    for item in (*(between or ())[:1], last):
        for k in sorted(range(1, min(5, len(item) - 1)), key=lambda k: (abs(k - len(part)), k)):
            candidate = part + item[k:]
            if text.find(candidate, lo, hi) >= 0:
                return candidate
    return whole


def _listed_head(part: str, parts: list[str]) -> str:
    """排污权、碳排放权交易额分别增长40%、30%: a short item takes the measure noun (_LIST_HEADS)
    the last item writes after an own part as long as the item (one character more or less),
    with 产业/工业/行业 when the own part ends so; "" otherwise: where the own part is not like
    the item (电视人口综合 after 广播), which words the items share cannot be told; nor when
    another item ends in a measure noun of its own (规模以上工业增加值、利润).

    >>> _listed_head("排污权", ["排污权", "碳排放权交易额"])
    '排污权交易额'
    >>> _listed_head("机械装备", ["机械装备", "材料化工", "食品饮料产业产值"])
    '机械装备产业产值'
    >>> _listed_head("广播", ["广播", "电视人口综合增加值"]), _listed_head("冶铸", ["冶铸", "化工行业"])
    ('', '')
    """
    last = parts[-1]
    if len(part) > 6 or any(p.endswith(_LIST_HEADS) for p in parts[:-1]):
        return ""
    head = next((h for h in _LIST_HEADS if last.endswith(h)), "")
    if not head:
        return ""
    own = last[: len(last) - len(head)]
    for sector in ("产业", "工业", "行业"):
        if own.endswith(sector) and len(own) > 2 and not part.endswith(sector):
            own, head = own[:-2], sector + head
    return part + head if head and own and abs(len(own) - len(part)) <= 1 else ""


def _same_noun(part: str, last: str) -> str:
    """Items that end in the same noun share what follows it in the last item: 高新技术产品和
    机电产品出口 (高新技术产品出口), 国有企业和民营企业利润; "" otherwise.

    >>> _same_noun("高新技术产品", "机电产品出口"), _same_noun("国有企业", "民营企业利润总额")
    ('高新技术产品出口', '国有企业利润总额')
    >>> _same_noun("进口", "出口整体通关时间"), _same_noun("城镇居民", "城镇居民收入")
    ('', '')
    >>> _same_noun("非煤电工业", "制造业占工业增加值的比重"), _same_noun("城镇登记失业率", "城镇调查失业率全年")
    ('', '')
    """
    for n in (4, 3, 2):
        if len(part) < n + 2:
            continue
        at = last.find(part[-n:], 2)
        head = last[at + n :] if at > 0 else ""
        if (
            2 <= len(head) <= 6
            and last[:at] != part[:-n]
            and head[0] not in phrases.CONNECTORS
            and "占" not in last[:at]  # 非煤电工业、制造业占工业增加值的比重: a share, not a head
            and not phrases.not_a_subject(head)  # 城镇登记失业率、城镇调查失业率全年: no head
        ):
            return part + head
    return ""
