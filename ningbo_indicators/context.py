"""The structure of a report: sentences, clauses, section headings, the part that reports the
past year and the part that plans the next, the year; and the indicator phrase of a mention.

Every rule reads the language of 政府工作报告 in general (heading numerals, 工作回顾 vs
主要目标任务, 分别 lists), never the wording of one report.
"""

from __future__ import annotations

from bisect import bisect_right
from collections import Counter
from dataclasses import dataclass, field

import regex

from .units import GROWTH_CUES, LEVEL_CUES, RATE_VERBS, unit_alternation

# ---------------------------------------------------------------- document structure

# A heading starts a paragraph: 一、 (level 1), (一) (level 2, parentheses already folded),
# optionally behind Markdown's '#' or '**'. Its title runs to the line break, the first full
# stop, or (in text whose paragraphs were joined by spaces) the first space.
RE_HEADING = regex.compile(r"""
    (?:^|(?<=[\n \t\u3000]))
    (?P<md>\#{1,6}[ \t]*)?(?:\*\*)?[ \t\u3000]*
    (?P<head>
        (?P<l1>[一二三四五六七八九十]{1,3}、)
      | (?P<l2>\([一二三四五六七八九十]{1,3}\))
    )
    (?P<title>[^\n。！？!?\s*]{1,60})
""", regex.VERBOSE | regex.MULTILINE)
# A Markdown heading line without a numeral: ## 今年工作安排
RE_MD_HEADING = regex.compile(r"^\#{1,6}[ \t]*(?P<title>[^\n#]{2,60})$", regex.MULTILINE)

RE_SENTENCE_END = regex.compile(r"[。！？!?；;\n]")
RE_CLAUSE_END = regex.compile(r"[，,。；;：:！？!?\n]")

REVIEW_HEADING = regex.compile(r"回顾|过去|一年来|五年来|工作总结|主要成绩|成就|执行情况|完成情况")
PLAN_HEADING = regex.compile(
    r"目标|任务|安排|总体要求|重点工作|建议|今年|明年|政策取向|部署|措施|规划|纲要|计划"
    r"|“十[一二三四五]五”|年.{0,8}工作")
_HEADING_WORDS = regex.compile(f"{REVIEW_HEADING.pattern}|{PLAN_HEADING.pattern}")
# A short line of its own that names the review or the plan: 2004年工作回顾, 2005年主要任务
RE_LINE_HEADING = regex.compile(
    r"^[ \t\u3000]*(?:\*\*)?(?P<title>[^\n。；;！？!?*#，,：:]{2,36}?)(?:\*\*)?[ \t\u3000]*$",
    regex.MULTILINE)
PLAN_SENTENCE = regex.compile(
    r"(?:今年|明年|\d{4}年)(?:经济社会发展|国民经济和社会发展)?的?主要预期目标"
    r"|今年(?:政府)?工作的总体要求|今年的?主要任务")
RE_YEAR = regex.compile(r"(?<!\d)((?:19|20)\d\d|[一二][九〇零][一二三四五六七八九〇零]{2})年")
# The delivery date under the title: 2024年1月17日在宁波市第十六届人民代表大会...
RE_DELIVERY = regex.compile(r"((?:19|20)\d\d)年\d{1,2}月\d{1,2}日\s*在")
RE_TITLE_YEAR = regex.compile(r"((?:19|20)\d\d)年政府工作报告")
RE_PAST_YEAR = regex.compile(r"(?:刚刚)?过去的((?:19|20)\d\d)年")


# Bounds that keep every per-mention look-around linear on text without punctuation: a
# clause is read at most this far back, a sentence is cut to a window around the mention.
CLAUSE_WINDOW = 64
SENTENCE_MAX = 600


@dataclass(slots=True)
class Heading:
    start: int
    end: int
    level: int
    text: str


@dataclass
class Document:
    """Offsets of the structure of one text; built once, queried per mention by bisection."""

    text: str
    folded: str
    headings: list[Heading] = field(default_factory=list)
    sentence_cuts: list[int] = field(default_factory=list)
    clause_cuts: list[int] = field(default_factory=list)
    status_changes: list[tuple[int, str]] = field(default_factory=list)
    plan_year: int | None = None
    _heading_starts: list[int] = field(default_factory=list)
    _last_sentence: tuple = ((-1, -1), "")
    _status_starts: list[int] = field(default_factory=list)

    # -- queries
    def sentence_span(self, pos: int) -> tuple[int, int]:
        cuts = self.sentence_cuts
        i = bisect_right(cuts, pos)
        start = cuts[i - 1] if i else 0
        end = cuts[i] if i < len(cuts) else len(self.text)
        return start, end

    def sentence(self, pos: int) -> str:
        """The sentence around `pos`; in text without punctuation, a window of it."""
        s, e = self.sentence_span(pos)
        if e - s > SENTENCE_MAX:
            s, e = max(s, pos - SENTENCE_MAX // 2), min(e, pos + SENTENCE_MAX // 2)
        key = (s, e)
        if key != self._last_sentence[0]:
            self._last_sentence = (key, self.text[s:e].strip())
        return self._last_sentence[1]

    def clause_start(self, pos: int) -> int:
        """Where the clause of `pos` starts, never more than CLAUSE_WINDOW characters back."""
        i = bisect_right(self.clause_cuts, pos)
        clause = self.clause_cuts[i - 1] if i else 0
        return max(clause, self.sentence_span(pos)[0], pos - CLAUSE_WINDOW)

    def section(self, pos: int) -> str | None:
        i = bisect_right(self._heading_starts, pos) - 1
        if i < 0:
            return None
        return self.headings[i].text  # the innermost heading before pos

    def status(self, pos: int) -> str:
        i = bisect_right(self._status_starts, pos) - 1
        return self.status_changes[i][1] if i >= 0 else "actual"

    def year(self, status: str) -> int | None:
        if self.plan_year is None:
            return None
        return self.plan_year if status == "target" else self.plan_year - 1


def read_structure(text: str, folded: str) -> Document:
    """Sentences, clauses, headings, the review/plan parts and the plan year of a text."""
    doc = Document(text=text, folded=folded)
    doc.clause_cuts = [m.end() for m in RE_CLAUSE_END.finditer(folded)]
    sentence_cuts = [m.end() for m in RE_SENTENCE_END.finditer(folded)]

    raw: list[Heading] = []
    for m in RE_HEADING.finditer(folded):
        title = m["title"].rstrip("，,：:；;*")
        level = 1 if m["l1"] else 2
        start = m.start("head")
        raw.append(Heading(start, m.start("title") + len(title), level,
                           text[start:m.start("title") + len(title)]))
    taken = {h.start for h in raw}
    for m in RE_MD_HEADING.finditer(folded):
        title = m["title"].strip().strip("*").strip()
        if title and not RE_HEADING.match(title) and not any(
                m.start() <= h < m.end() for h in taken):
            s = m.start("title")
            raw.append(Heading(s, m.end("title"), 1, text[s:m.end("title")].strip()))
            taken.add(s)
    for m in _short_lines(folded):
        title = m["title"]
        if (REVIEW_HEADING.search(title) or PLAN_HEADING.search(title)) and not any(
                m.start() <= h < m.end() for h in taken) and not RE_DELIVERY.search(title) \
                and "报告" not in title:  # the document's own title is no section
            raw.append(Heading(m.start("title"), m.end("title"), 1, text[m.start("title"):m.end("title")]))
    raw.sort(key=lambda h: h.start)

    # A section is the innermost heading: a level-2 heading lasts until the next heading.
    doc.headings = raw
    doc._heading_starts = [h.start for h in raw]
    for h in raw:  # a heading is a sentence of its own
        sentence_cuts += [h.start, h.end]
    doc.sentence_cuts = sorted(set(sentence_cuts))

    # Status: a level-1 heading of review or plan switches the part. A heading that names a
    # year before the year the report is delivered is a review; after a review, the next
    # level-1 heading that is not one starts the plan (reports review first, then plan).
    delivered = _delivery_year(folded)
    changes: list[tuple[int, str]] = []
    plan_year = review_year = None
    for h in raw:
        if h.level != 1:
            continue
        title = folded[h.start:h.end]
        if "报告" in title:
            continue
        y = RE_YEAR.search(title)
        year = year_number(y[1]) if y else None
        if REVIEW_HEADING.search(title) or (year and delivered and year < delivered):
            changes.append((h.start, "actual"))
            if year and review_year is None:
                review_year = year
        elif PLAN_HEADING.search(title) or (year and delivered and year >= delivered) or (
                changes and changes[-1][1] == "actual"):
            if not changes or changes[-1][1] != "target":
                changes.append((h.start, "target"))
            if year and plan_year is None:
                plan_year = year
    if not any(status == "target" for _, status in changes):
        m = PLAN_SENTENCE.search(folded)
        if m:
            changes.append((doc.sentence_span(m.start())[0] if doc.sentence_cuts else 0,
                            "target"))
            changes.sort()
    doc.status_changes = changes
    doc._status_starts = [p for p, _ in changes]
    # the date it is delivered decides (a report plans the year it is given in); else the
    # year its plan heading names
    doc.plan_year = delivered or plan_year or (review_year + 1 if review_year else None) \
        or _fallback_year(folded)
    return doc


def _short_lines(folded: str):
    """Matches of RE_LINE_HEADING, tried only on the lines that hold a review or plan word
    (found in one pass over the text: cheaper than MULTILINE, and than trying every line)."""
    tried = set()
    for hit in _HEADING_WORDS.finditer(folded):
        pos = folded.rfind("\n", 0, hit.start()) + 1
        if pos in tried or hit.start() - pos > 40:
            continue
        tried.add(pos)
        m = RE_LINE_HEADING.match(folded, pos)
        if m:
            yield m


def year_number(written: str) -> int:
    """'2024' or '一九九〇' -> 2024 / 1990.

    >>> year_number("一九九〇")
    1990
    """
    if written.isdigit():
        return int(written)
    return int("".join(str("〇一二三四五六七八九".index(c)) if c != "零" else "0"
                       for c in written))


def _delivery_year(folded: str) -> int | None:
    """The year the report is delivered: its date line, else its title."""
    head = folded[:3000]
    m = RE_DELIVERY.search(head) or RE_TITLE_YEAR.search(head)
    return int(m[1]) if m else None


def _fallback_year(folded: str) -> int | None:
    m = RE_PAST_YEAR.search(folded)
    if m:
        return int(m[1]) + 1
    years = Counter(year_number(y) for y in RE_YEAR.findall(folded[:20000]))
    return years.most_common(1)[0][0] if years else None


# ---------------------------------------------------------------- indicator phrase

# Leading words dropped from an indicator: adverbs and action verbs (spec: keep 新增, 增加,
# 新引进, 新认定, 新入选, 新培育; drop 建成, 改造, 新开工 ...). Longest first.
LEADING_ADVERBS = ("预计", "力争", "累计", "全年", "其中", "总计", "合计", "努力", "确保", "今年",
                   "去年", "持续", "深入", "加快", "全市", "全省", "全区", "全县", "一体化", "拟", "现在",
                   "目前", "要把", "把", "将", "我国", "我市", "我省", "我区", "五年来", "一年来",
                   "过去五年", "过去一年", "要", "建议", "奋力", "力争实现", "年末", "年底", "计划",
                   "预期")
LEADING_VERBS = (
    "兑付", "争取", "获得", "获", "统筹保障", "建成投用", "建成", "完成", "改造提升", "改造",
    "提升", "提质", "新开工", "开工建设", "开工", "实施", "推进", "打通", "开通运营", "开通",
    "办理", "出台", "拓展", "创建", "创成", "争创", "引进支持", "遴选支持", "培育", "建设",
    "新建", "新改建", "新改扩建", "改扩建", "更新改造", "更新", "实现", "组织", "打造",
    "落地实施", "主持", "承担", "入选", "上榜", "入围", "竣工验收", "整治", "上线", "筛选出",
    "落实", "开展", "发放", "兑现", "投入", "安排", "取得", "建立", "设立", "组建", "筹建",
    "新投产", "投产", "新建成", "推动", "推介", "发布", "拟安排", "筹集", "举办", "修复",
    "治理", "新改造", "备案", "启动", "开发", "淘汰",
)
KEEP_LEADING = ("新增", "增加", "新引进", "新认定", "新入选", "新培育")
# Trailing words dropped: links between the indicator and its number.
TRAILING_DROP = (
    "达到", "达", "为", "是", "共", "超过", "超", "突破", "逾", "接近", "保持在",
    "稳定在", "控制在", "提升到", "提升至", "提高到", "提高至", "降至", "降到", "下降到",
    "增至", "增加到", "增长到", "拓展至", "拓展到", "扩大到", "扩大至", "达到了", "均", "分别",
    "各", "继续", "保持", "稳定", "力争", "累计", "实现", "完成", "已", "已达", "将", "再",
    "同比", "比上年", "比去年", "年均", "总计", "合计", "在", "平均为", "平均", "从", "由",
    "拟安排", "安排", "拟按", "提高", "增加", "减少", "下降", "降低", "增长", "已经", "实际",
    "扣除物价因素", "扣除价格因素", "按可比价格计算", "按可比口径", "控制在", "按", "预期",
    "每年", "平均每年", "迈上", "跨上", "跃上", "站上", "跨越", "定为", "预期为", "确定为",
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
    r"|优化|更新|参与|通过|落户|覆盖|受益|享受|、|支持|用于|提供|作为|开展|全面|发起|设立")
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
        for w in self.by_first.get(p[start:start + 1], ()):
            if p.startswith(w, start) and p[start + len(w):start + len(w) + 1] not in self.guard:
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
    rf"(?r)(?P<g>{unit_alternation(GROWTH_CUES)})(?P<to>到|至|为)?|(?P<l>{unit_alternation(LEVEL_CUES)})")
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
        p = p[:cut.start()]
    lists = [_TRAILING] + ([_RATE_TRAILING] if rate else []) + (
        [_GROWTH_TRAILING] if kind == "growth" else [])
    for _ in range(6):
        before = p
        for words in lists:
            w = words.suffix(p)
            if w:
                p = p[:-len(w)]
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
            link = p[cut:cut + 1] if p[cut:cut + 1] in "和及与、" else ""
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
        phrase = phrase[:stop.start()]
    phrase = NOUN_AFTER_TAIL.sub("", phrase) or phrase
    for left, right in (("（", "）"), ("(", ")")):
        if phrase.count(left) > phrase.count(right):  # 22个县（市、区）: cut the open bracket
            phrase = phrase[:phrase.rfind(left)]
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
        phrase = phrase[:cut.start()]
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
