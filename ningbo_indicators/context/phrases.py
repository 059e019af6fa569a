"""The indicator phrase of a mention: the subject it measures, cut of verbs and links; and
whether a percentage is a rate of change or a level (growth vs ratio).

Every rule reads the language of 政府工作报告 in general, never the wording of one report.
"""

from __future__ import annotations

import regex

from ..units import GROWTH_CUES, LEVEL_CUES, RATE_VERBS, unit_alternation

# Leading words dropped from an indicator: adverbs and action verbs (spec: keep 新增, 增加,
# 新引进, 新认定, 新入选, 新培育; drop 建成, 改造, 新开工 ...). Longest first.
LEADING_ADVERBS = (
    "预计",
    "力争",
    "累计",
    "全年",
    "其中",
    "总计",
    "合计",
    "努力",
    "确保",
    "今年",
    "去年",
    "持续",
    "深入",
    "加快",
    "全市",
    "全省",
    "全区",
    "全县",
    "一体化",
    "拟",
    "现在",
    "目前",
    "要把",
    "把",
    "将",
    "我国",
    "我市",
    "我省",
    "我区",
    "五年来",
    "一年来",
    "过去五年",
    "过去一年",
    "要",
    "建议",
    "奋力",
    "力争实现",
    "年末",
    "年底",
    "计划",
    "预期",
)
LEADING_VERBS = (
    "兑付",
    "争取",
    "获得",
    "获",
    "统筹保障",
    "建成投用",
    "建成",
    "完成",
    "改造提升",
    "改造",
    "提升",
    "提质",
    "新开工",
    "开工建设",
    "开工",
    "实施",
    "推进",
    "打通",
    "开通运营",
    "开通",
    "办理",
    "出台",
    "拓展",
    "创建",
    "创成",
    "争创",
    "引进支持",
    "遴选支持",
    "培育",
    "建设",
    "新建",
    "新改建",
    "新改扩建",
    "改扩建",
    "更新改造",
    "更新",
    "实现",
    "组织",
    "打造",
    "落地实施",
    "主持",
    "承担",
    "入选",
    "上榜",
    "入围",
    "竣工验收",
    "整治",
    "上线",
    "筛选出",
    "落实",
    "开展",
    "发放",
    "兑现",
    "投入",
    "安排",
    "取得",
    "建立",
    "设立",
    "组建",
    "筹建",
    "新投产",
    "投产",
    "新建成",
    "推动",
    "推介",
    "发布",
    "拟安排",
    "筹集",
    "举办",
    "修复",
    "治理",
    "新改造",
    "备案",
    "启动",
    "开发",
    "淘汰",
)
KEEP_LEADING = ("新增", "增加", "新引进", "新认定", "新入选", "新培育")
# Trailing words dropped: links between the indicator and its number.
TRAILING_DROP = (
    "达到",
    "达",
    "为",
    "是",
    "共",
    "超过",
    "超",
    "突破",
    "逾",
    "接近",
    "保持在",
    "稳定在",
    "控制在",
    "提升到",
    "提升至",
    "提高到",
    "提高至",
    "降至",
    "降到",
    "下降到",
    "增至",
    "增加到",
    "增长到",
    "拓展至",
    "拓展到",
    "扩大到",
    "扩大至",
    "达到了",
    "均",
    "分别",
    "各",
    "继续",
    "保持",
    "稳定",
    "力争",
    "累计",
    "实现",
    "完成",
    "已",
    "已达",
    "将",
    "再",
    "同比",
    "比上年",
    "比去年",
    "年均",
    "总计",
    "合计",
    "在",
    "平均为",
    "平均",
    "从",
    "由",
    "拟安排",
    "安排",
    "拟按",
    "提高",
    "增加",
    "减少",
    "下降",
    "降低",
    "增长",
    "已经",
    "实际",
    "扣除物价因素",
    "扣除价格因素",
    "按可比价格计算",
    "按可比口径",
    "控制在",
    "按",
    "预期",
    "每年",
    "平均每年",
    "迈上",
    "跨上",
    "跃上",
    "站上",
    "跨越",
    "定为",
    "预期为",
    "确定为",
)
RANGE_START = frozenset("—–-~至到")
# Words that name a milestone, not what is measured: 迈上3万亿元新台阶
MILESTONES = frozenset(("新台阶", "台阶", "大关", "关口", "新高", "历史新高", "新水平"))
# A subject that only says "the total" of something named in the clause before: 总量突破5万亿元
GENERIC_SUBJECTS = frozenset(("总量", "规模", "总额", "总值", "经济总量"))
_CLAUSE_SUBJECT_CUT = regex.compile(r"迈上|跃上|站上|跨上|突破|达到|实现|保持|继续|稳定|首次|再创")
RATE_TRAILING = tuple(RATE_VERBS)
GROWTH_NOUNS = ("增速", "增幅", "涨幅", "降幅", "增长率")  # dropped for growth, kept for pp
COMPARISON = regex.compile(r"(?:高于|低于|快于|慢于|多于|少于|超出|优于)")
NOUN_AFTER_STOP = regex.compile(
    r"的|在|入选|入围|进入|列入|纳入|发表|提交|获|获得|实现|完成|建成|开工|投产|上榜|被|已|将"
    r"|优化|更新|参与|通过|落户|覆盖|受益|享受|、|支持|用于|提供|作为|开展|全面|发起|设立"
)
# Nouns of action that end a counted phrase without naming the thing: 3个物流基地建设
NOUN_AFTER_TAIL = regex.compile(r"(?:建设|发展|工作|改造提升)$")
CONNECTORS = "、和及与并且以,，的"


class WordList:
    """Longest-first lookups of a word list at the start or the end of a phrase.

    Plain dictionary lookups by first or last character: as fast as a regex at run time and
    free at import time (a regex alternation of a hundred words costs milliseconds to compile).

    >>> WordList(["达", "达到", "均"]).suffix("增速均达到")
    '达到'
    """

    def __init__(self, words, guard: str = ""):
        ordered = sorted(set(words), key=len, reverse=True)
        self.by_first: dict[str, list[str]] = {}
        self.by_last: dict[str, list[str]] = {}
        for w in ordered:
            self.by_first.setdefault(w[0], []).append(w)
            self.by_last.setdefault(w[-1], []).append(w)
        self.guard = guard  # characters that may not follow a prefix (建设用地 keeps 建设)

    def prefix(self, p: str, start: int = 0) -> str | None:
        for w in self.by_first.get(p[start : start + 1], ()):
            if p.startswith(w, start) and p[start + len(w) : start + len(w) + 1] not in self.guard:
                return w
        return None

    def suffix(self, p: str) -> str | None:
        for w in self.by_last.get(p[-1:], ()):
            if p.endswith(w):
                return w
        return None


# a verb is not dropped off a word it is part of: 建设用地, 保障性住房
_VERBS = WordList(LEADING_VERBS, guard="性用者的型费率区")
_ADVERBS = WordList(LEADING_ADVERBS)
_KEEP = WordList(KEEP_LEADING)
_TRAILING = WordList(TRAILING_DROP)
_RATE_TRAILING = WordList(RATE_TRAILING)
_GROWTH_TRAILING = WordList(GROWTH_NOUNS)
# A leading date is context, not the indicator: 到2025年全省PM2.5浓度
_LEADING_DATE = regex.compile(r"^(?:到|至|截至)?(?:19|20)\d\d年(?:底|末|年底)?")
_PUNCT_EDGE = "\"' \t\u3000\n*#"
_HAN_RUN = regex.compile(r"(?:“[^“”\n]{1,20}”|[\p{Han}A-Za-z()（）·\-+]){1,24}")
# searched backwards (?r): the first match is the cue nearest the number
_GROWTH_CUE_RE = regex.compile(
    rf"(?r)(?P<g>{unit_alternation(GROWTH_CUES)})(?P<to>到|至|为)?|(?P<l>{unit_alternation(LEVEL_CUES)})"
)
_GROWTH_ONLY_RE = regex.compile(rf"(?r){unit_alternation(GROWTH_CUES)}")


def clean_subject(phrase: str, kind: str) -> str:
    """Cut leading verbs and trailing links off a subject phrase.

    >>> clean_subject("兑付惠企政策资金", "amount")
    '惠企政策资金'
    >>> clean_subject("本外币存贷款增速均达到", "growth")
    '本外币存贷款'
    >>> clean_subject("战略性新兴产业增加值增速", "pp")
    '战略性新兴产业增加值增速'
    """
    rate = kind in ("growth", "pp", "multiple", "ratio")
    p = phrase.strip(_PUNCT_EDGE + CONNECTORS)
    cut = COMPARISON.search(p)
    if cut and cut.start() > 0:
        p = p[: cut.start()]
    lists = (
        [_TRAILING]
        + ([_RATE_TRAILING] if rate else [])
        + ([_GROWTH_TRAILING] if kind == "growth" else [])
    )
    for _ in range(6):
        before = p
        for words in lists:
            w = words.suffix(p)
            if w:
                p = p[: -len(w)]
        p = p.rstrip(_PUNCT_EDGE + CONNECTORS)
        if p == before:
            break
    for _ in range(3):
        w = _ADVERBS.prefix(p)
        end = len(w) if w else (m.end() if (m := _LEADING_DATE.match(p)) else 0)
        if not end or len(p) - end < 2:
            break
        p = p[end:].lstrip(_PUNCT_EDGE + CONNECTORS)
    if not _KEEP.prefix(p):
        first = _VERBS.prefix(p)
        if first:
            cut = len(first)
            link = p[cut : cut + 1] if p[cut : cut + 1] in "和及与、" else ""
            second = _VERBS.prefix(p, cut + len(link))
            if second:
                # two glued verbs only when a real noun is left (新开工整治项目 keeps 整治项目)
                if link or len(p) - (cut + len(second)) >= 3:
                    cut += len(link) + len(second)
            if len(p) - cut >= 2:
                p = p[cut:].lstrip(_PUNCT_EDGE + CONNECTORS)
    p = p.strip(_PUNCT_EDGE + CONNECTORS)
    if p.startswith(("比", "较")) or p in _NOT_A_SUBJECT:
        return ""  # 比上年增加1.1万亿元, 累计达7个: the subject is the previous figure's
    return _unquote(p)


_NOT_A_SUBJECT = frozenset(LEADING_ADVERBS + LEADING_VERBS + TRAILING_DROP + KEEP_LEADING)


def _unquote(p: str) -> str:
    if p.startswith("“") and p.endswith("”") and p.count("“") == 1:
        return p[1:-1]
    return p


def noun_after(text: str, end: int) -> tuple[str, int]:
    """The noun phrase right after a counted number, and where it ends.

    >>> noun_after("3项原创成果在国际顶级学术期刊发表", 2)
    ('原创成果', 6)
    """
    m = _HAN_RUN.match(text, end)
    if not m:
        return "", end
    phrase = m[0][:24]
    stop = NOUN_AFTER_STOP.search(phrase)
    if stop:
        phrase = phrase[: stop.start()]
    phrase = NOUN_AFTER_TAIL.sub("", phrase) or phrase
    for left, right in (("（", "）"), ("(", ")")):
        if phrase.count(left) > phrase.count(right):  # 22个县（市、区）: cut the open bracket
            phrase = phrase[: phrase.rfind(left)]
    phrase = phrase.rstrip("和与及或")
    if phrase in MILESTONES:
        return "", end + len(phrase)
    return _unquote(phrase), end + len(phrase)


def clause_subject(text: str, start: int, end: int) -> str:
    """The subject a clause without a figure sets for the next one (全年地区生产总值迈上新台阶,
    总量突破5万亿元 -> 地区生产总值)."""
    phrase = text[start:end]
    cut = _CLAUSE_SUBJECT_CUT.search(phrase)
    if cut:
        phrase = phrase[: cut.start()]
    return clean_subject(phrase, "amount")


def percent_kind(folded: str, clause_start: int, span_start: int) -> tuple[str, str | None]:
    """Growth or ratio for a percentage without a touching verb, from the clause before it.

    The last cue word before the number decides: a growth word (增速, 增长) makes a rate of
    change, unless it is followed by 到/至 (提升到30% is a level); a level word (率, 比重,
    占比, 强度) makes a ratio; no cue makes a ratio.
    """
    last = _GROWTH_CUE_RE.search(folded, clause_start, span_start)
    if last is None or last["l"] or last["to"]:
        return "ratio", None
    return "growth", GROWTH_CUES[last["g"]]


def direction_before(folded: str, clause_start: int, span_start: int) -> str | None:
    last = _GROWTH_ONLY_RE.search(folded, clause_start, span_start)
    return GROWTH_CUES[last[0]] if last else None
