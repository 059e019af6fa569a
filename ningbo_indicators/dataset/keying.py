"""The key of a figure read in its sentence.

`keys.key_for` gives the key of an indicator phrase; the phrase alone cannot tell a level from
a change of it (地区生产总值770亿元，净增129亿元), the place from a part of it (主城区新建停车泊位),
nor a stock from the year's additions when the verb opened the clause (新建8个国家重点实验室).
These rules read the words around the figure and give the key of what it measures, or none
where they cannot tell: a wrong key is worse than none.

Some rules apply to some keys alone: those of a class (`keys.KEY_CLASSES`, the `classes` column
of the key table, read per table by `keys.classes_by_key`): the size of the place's list of key
projects (list_size), a list of works (works_list, own_list), the place's tax (tax), job posts
(job_posts), and so on. A rule asks the class, never a key's name.
"""

from __future__ import annotations

import dataclasses
import functools
import re
from typing import TYPE_CHECKING, Any, Literal

from .. import compiled
from ..context.structure import CLAUSE_END_CHARS as _CLAUSE_MARKS
from ..context.structure import CLAUSE_WINDOW, PLAN_END, PLAN_ORDINAL, STOP_MARKS
from ..context.structure import last_mark as _last_mark
from ..lazy import LazyPattern
from ..units import QUALIFIERS_AFTER
from .keys import (
    _NO_CLASSES,
    classes_by_key,
    clean_phrase,
    default_keys,
    key_for,
    key_names,
    per_table,
    rows_of_key,
)
from .period import ON_LAST_YEAR

if TYPE_CHECKING:
    import re

    import regex

    from ..context.place import ReportPlace
    from ..pipeline import Mention


# A sum or a count stated as a change, the verb just before the figure (存款余额增加186亿元,
# 低保标准每月提高30元, 建成区面积增加了34平方公里, 贷款余额比年初新增120亿元, 贫困人口减少5万人,
# 高新技术企业新增28家): the key of the level would give the change as the level, so it gets none.
# what may stand between the words before a figure and the figure: spaces and a word of
# approximation (扶持 约300个, 增至近552所); the tail of the patterns of words right before a figure
_RIGHT_BEFORE = r"[ \t\u3000]*(?:约|近|超过?)?\Z"
# 增加到, 提高至 give the level (they end in 到/至); 新增 before the figure of a key of new things
# (new_job_posts: 新增23.5万个城镇就业岗位) is what the key counts.
# _CHANGE_WORDS are also the verbs a list's figures share (_LIST_CHANGE); a list of 削减 keeps
# its keys (化学需氧量排放总量分别削减…和7000吨: cod_reduction counts the cut)
# (these patterns of keying run on the standard library's engine where they need no `regex`
# syntax: about half the time per call)
_CHANGE_WORDS = (
    "增加",
    "提高",
    "提升",
    "上升",
    "减少",
    "下降",
    "降低",
    "扩大",
    "缩小",
    "净增",
    "新增",
)
# (多增, 少增: more or fewer added than in the year before or than planned, 比上年少增9万人, 比年初
# 计划多增4.9万人)
_CHANGE_VERBS = (*_CHANGE_WORDS, "增长", "压减", "压缩", "削减", "多增", "少增", "多", "少")
_CHANGE_BEFORE = LazyPattern(
    rf"(?P<verb>{'|'.join(_CHANGE_VERBS)})了?[ \t\u3000]{{0,2}}(?:约|近|超过?|逾)?\Z", std=True
)
# the verbs of change after the year before (_CHANGE_ON_LAST_YEAR): 比上年增2.01件
_ON_LAST_YEAR_VERBS = "增减多少"
# (the character right before a figure that a verb of change precedes, _CHANGE_BEFORE or
# _CHANGE_ON_LAST_YEAR: a verb's last character, 了, a blank or the last character of a word of
# approximation)
_CHANGE_LAST = (
    frozenset(verb[-1] for verb in _CHANGE_VERBS)
    | frozenset(_ON_LAST_YEAR_VERBS)
    | frozenset("了 \t\u3000约近超过逾")
)


# ... and the figures of a list whose verb of change comes first (城乡低保标准人均分别提高160元/月、
# 130元/月; 存款、贷款余额均比年初增加…): not 分别提高到, 均增加至
_LIST_CHANGE = compiled.compile_std(
    r"(?:分别|均|各)(?:比上年|比年初|较上年|较年初|(?:比|较)(?:19|20)\d\d年(?:末|底)?"
    # (比“十五”期末, 较“十二五”末: the end of a five-year plan)
    rf"|(?:比|较){PLAN_END})?"
    # (分别再提高30元和5元, 分别又增加: an adverb of again)
    rf"[再又]?(?P<verb>{'|'.join(_CHANGE_WORDS)})了?(?![到至为])"
)


# ... and each item of a list that a verb of change heads (净增市场主体7万户、规上工业企业141家:
# 141 firms are a net increase too), where the item has no verb of its own (新增贷款100亿元、存款
# 余额达到500亿元: 500亿 is a level). Under 新增 an item counts added things: it takes the key
# the table gives them (新增…、高新技术企业400家 as 新增高新技术企业), see `_key`.
# (the head, then the items up to the figure, none with a mark of _ITEM_CUTS, the last without a
# verb of its own: the pieces, for `_heads_items`)
_LIST_HEAD = r"(?:全年|全市|全省|去年|当年|累计)?(?P<verb>净增|新增|增加|减少)(?![到至为])[^，。；：、\n]{1,20}?\d"
_ITEM_CUTS = r"，。；：\n"
_OWN_VERB_CHARS = "达为到至增减降提超突破完成实现"
_LIST_HEAD_CHANGE = compiled.compile_std(
    rf"{_LIST_HEAD}[^{_ITEM_CUTS}]*、[^{_ITEM_CUTS}、{_OWN_VERB_CHARS}]*$"
)


def _changed_by(ctx: KeyContext, m: Mention) -> str:
    """The verb of change right before m or heading its list (分别提高), else ""."""
    change = ctx.search(_LIST_CHANGE, m.clause, m.start) or _change_before(ctx.text, m)
    return change["verb"] if change else ""


# 每万人口发明专利拥有量6.72件，比上年增2.01件: a bare 增 after the year before is a change too
_CHANGE_ON_LAST_YEAR = LazyPattern(
    r"(?:比上年|较上年|比去年|较去年|同比)净?"
    rf"(?P<verb>[{_ON_LAST_YEAR_VERBS}])[ \t\u3000]*(?:约|近|超过?|逾)?\Z",
    std=True,
)


def _change_before(text: str, m: Mention, on_last_year: bool = False) -> re.Match[str] | None:
    """The match of the verb of change right before m's figure: _CHANGE_BEFORE's, else, with
    `on_last_year`, _CHANGE_ON_LAST_YEAR's (比上年增2.01件); or None."""
    if text[m.start - 1 : m.start] not in _CHANGE_LAST:
        return None  # (the character before the figure ends no such verb)
    change = _CHANGE_BEFORE.search(text, m.start - 6 if m.start > 6 else 0, m.start)
    if change is None and on_last_year:
        change = _CHANGE_ON_LAST_YEAR.search(text, m.start - 8 if m.start > 8 else 0, m.start)
    return change


def _stated_as_change(ctx: KeyContext, m: Mention, key: str, clause: str | _Stretch) -> bool:
    """Whether the sum or count of m is a change of the statistic `key` names, not its level;
    `clause`: the words of m's clause before the figure (`KeyContext.words`)."""
    if m.kind not in ("amount", "count"):
        return False
    if m.span.verb:
        return True
    listed = "分别" in clause or "均" in clause or "各" in clause  # (what _LIST_CHANGE opens with)
    change = (
        listed
        and ctx.search(_LIST_CHANGE, m.clause, m.start)
        or _change_before(ctx.text, m, on_last_year=True)
        or _list_head_change(ctx, m, "新增")
    )
    new_things = key.startswith("new_") or key.endswith("_new") or "_new_" in key
    return change is not None and not (new_things and change["verb"] == "新增")


def _list_head_change(ctx: KeyContext, m: Mention, other_than: str = ""):
    """The verb of change that heads m's list (净增A 7万户、B 141家), unless it is `other_than`:
    the match of _LIST_HEAD_CHANGE, or of its head (`_heads_items`)."""
    text = ctx.text
    if m.start - m.clause <= _LONG:  # (read in place, as most clauses are: see _LONG)
        if text.find("、", m.clause, m.start) < 0:
            return None  # (no list before the figure in its clause)
        head = _LIST_HEAD_CHANGE.match(text, m.clause, m.start)
    elif ctx.has("、", m.clause, m.start):
        head = _heads_items(ctx, _LIST_HEAD_CHANGE, _LIST_HEAD_ONLY, m.clause, m.start)
    else:
        return None
    return head if head and head["verb"] != other_than else None


# (the patterns of _heads_items, which only long lists need)
_LIST_HEAD_ONLY = LazyPattern(_LIST_HEAD, std=True)
_ITEM_CUT = LazyPattern(f"[{_ITEM_CUTS}]", std=True)
_OWN_VERB_CHAR = LazyPattern(f"[{_OWN_VERB_CHARS}]", std=True)


def _heads_items(ctx: KeyContext, whole, head_only, start: int, end: int):
    """`whole.match(text, start, end)` for the patterns of a verb that heads the items of a
    list up to a figure (_LIST_HEAD_CHANGE, _ADDING_HEAD): `head_only`, its head, then items
    up to `end` with no mark of _ITEM_CUTS, the last (after the last 、) without a verb of its
    own; for a stretch longer than _LONG (a list's: `KeyContext.words`), which its callers
    read in place when shorter. It is read through ctx's memo: the head's match, then the
    items' marks, 、 and the last item's verbs, each looked for (the head's groups are the
    whole's: no verb of a head holds a word the last item may not). (`$` also matches before
    a line break that ends the stretch.)"""
    head = head_only.match(ctx.text, start, end)
    if head is None:
        return None
    items = head.end()
    stop = end - 1 if ctx.text[end - 1] == "\n" else end
    if ctx.search(_ITEM_CUT, items, stop) is not None:
        return None
    last = ctx.last("、", items, stop) + 1 or items  # (where the last item starts)
    if head_only is _LIST_HEAD_ONLY:
        own_verb = last == items or ctx.search(_OWN_VERB_CHAR, last, stop) is not None
    else:
        own_verb = ctx.search(_ITEM_LEVEL_WORD, last, stop) is not None
    return None if own_verb else head


# A figure of a part of the place (its urban core, a district, a park or zone, the counties
# together, one corridor) or of a sector (乡镇企业, 民营企业) is no figure of the place: the
# place's key would misstate it (主城区新建停车泊位5.2万个, 智能制造产业园71万平方米标准化厂房,
# 县域经济总量、规上工业增加值分别增长8%和12%). The part scopes the figure when it opens the
# figure's clause (after an opener, or ending a name: 泽当城区, 新片区) or follows a verb of works
# right before the count (加快光谷科创大走廊82个重大项目建设); and the figures of the clauses
# after it in the sentence when they go on with the part's economy (开发区工业投资增长30.7%，
# 规上工业增加值增长13.7%; 乡镇企业完成增加值83.5亿元，增长34%；上缴税金9.2亿元). It does not
# when a figure counts the part itself (新增农业园区100个、设施农业5万亩; 高新技术企业达到614家),
# when it is one of a list of scopes (中心城区、城镇污水处理率分别达95%、85%), an example (浪潮
# 产业园等35个重点项目), the object of a verb (推进园区加快发展的20条政策措施), when the
# figure's own phrase opens with a scope (城区…、农村生活垃圾有效处理率), or when the key is the
# part's too (城区生活垃圾无害化处理率: the taxonomy's urban rates).
# (the standard library's engine, told the first characters of the words, read from the
# pattern: it skips in C every position that opens none of them)
_PART = compiled.compile_std(
    r"(?:中心城区|中心市区|主城区|老城区|郊区|(?<!商务)中心区|核心区|聚集区|(?<![城县])市区(?!两级|县)|"
    r"(?<!县市)城区|县域|开发区|高新区|经开区|产业园区|工业园区|产业园|工业园|园区|新区|片区|工业区|经济区|"
    r"示范区|试验区|自贸区|综保区|保税区|集聚区|集中区|合作区|走廊|乡镇企业|民营企业|民营经济|"
    r"非公有制经济|非公经济|国有企业|国企|外资企业|外商投资企业|私营企业)"
    r"(?!院|分院|校|管委)",  # 长江新区院区, 新城区分院: a name of an institution
    first=True,
)
# two or three characters that every word of _PART holds, for a cheap test first (found in a
# sentence in a fraction of the time _PART takes, with its look-arounds;
# tests/test_keys.py checks that every word of _PART holds one)
_PART_HINT = compiled.compile_std(
    "城区|市区|郊区|心区|集区|聚区|县域|发区|新区|开区|园区|业园|片区|业区|济区|范区|验区|贸区|保区|税区|"
    "作区|走廊|营企业|镇企业|有企业|资企业|营经济|公经济|制经济|国企|中区"
)


def _part_in(text: str, start: int = 0, end: int | None = None):
    """The first word of _PART in text[start:end], or None (see _PART_HINT)."""
    end = len(text) if end is None else end
    return _PART.search(text, start, end) if _PART_HINT.search(text, start, end) else None


# what may stand before a part that opens its clause: marks, list numbers, years, openers (each
# optional: it always matches at the start, read by `compiled.match_end`)
_PART_OPENERS = compiled.compile(
    r"^(?:[^\p{Han}\d]|其中|力争|预计|全年|今年|去年|明年|年内|当年|同时|此外|另外|目前|全市|全省|"
    r"全州|我市|本市|[市省州在对于]|每个|各|\d+年|\d+个|\d{1,2}[.．、)）]|[(（]\d{1,2}[)）])*"
)


# a name before the part holds no verb, count or mark (新增农业园区, 不含滇中产业新区 are no names)
_PART_VERBS = compiled.compile_std(
    r"[、和及与的等\d]|新增|新建|建成|建设|创建|培育|加快|推进|实施|打造|加强|开工|完成|引进|争创|"
    r"支持|促进|推动|发展|抓好|开展|实现|形成|扩大|提升|改造|整治|规划|编制|出台|制定|落实|做好|"
    r"获批|获评|入选|成为|认定|申报|累计|拥有|有|围绕|依托|聚焦|鼓励|引导|带动|吸引|争取|组建|设立|"
    r"启动|谋划|布局|优化|完善|深化|健全|构建|保障|确保|全面|提高|增加|包括|覆盖|辐射|不含|"
    r"除|首个|一批|治理|拆改|减少"
)
# a figure right after the part that counts the part (园区100个、), or after a verb of being
# (科技型中小企业入库2.6万家, 高新技术企业达到614家)
_PART_COUNTED = compiled.compile_std(
    r"[ \t\u3000]*(?:约|近|超过?)?\d[\d.,]*[ \t\u3000]*[多余]?[万亿千百]?"
    r"(?:个|家|座|所|处|条|项|户|亩|公顷|平方米|平方公里|公里|批|类|片|期|区|园|块|宗)?"
    r"(?:以上|左右)?[ \t\u3000]*(?:[、，,；;。和及与）)]|$)"
    r"|(?:入库|总数|数量|达到|达|增加到|增至|增长到|发展到|突破|超过|共有|有)+[ \t\u3000]*\d"
)
# the parts there is one of (the urban core, the counties together): never counted
_ONE_PART = frozenset(
    ("中心城区", "中心市区", "主城区", "老城区", "中心区", "核心区", "市区", "城区", "县域")
)
# works done in the part, the count right after them (城区3个污水处理厂, 主城区打通20条断头路)
_PART_WORKS = LazyPattern(
    r"(?:新建|新增|改扩建|新改扩建|新改建|改建|扩建|建成|建设|开工建设|新开工|开工|完成|打通|"
    r"启动建设|改造|实施|投用|新开)*(?:、(?:新建|改扩建|新改扩建|扩建|改造|新开工|开工))?[ \t\u3000]*\d",
    std=True,
)
# the part helped, not measured (省政府支持磨憨跨境经济合作区建设22条政策)
_FOR_THE_PART = compiled.compile_std(r"支持|促进|帮扶|关于")
# a quota of each part (各县（市、新区）建设10个以上, 每个开发区储备…)
_EACH = LazyPattern(r"各县|各区|各开发区|各园区|每个|每县", std=True)
# the statistics of a part's economy that its later clauses go on with
_PART_ECONOMY = compiled.compile_std(
    r"增加值|生产总值|GDP|产值|营收|收入|税收|税金|利税|利润|投资|固投|进出口|出口|外资|内资"
)


@functools.lru_cache(maxsize=4096)
def _of_the_economy(indicator: str) -> bool:
    """Whether the phrase states a figure of the economy (_PART_ECONOMY), kept per phrase: the
    look-back to a part's sentence asks it of every figure first."""
    return _PART_ECONOMY.search(indicator) is not None


_SECTORS = frozenset(
    ("乡镇企业", "民营企业", "民营经济", "非公有制经济", "非公经济", "国有企业", "国企")
    + ("外资企业", "外商投资企业", "私营企业")
)
_SECTOR_CARRIED = LazyPattern(
    r"^(?:上缴|实现|完成)?(?:税收|税金|利税|利润|营业收入|营收|主营业务收入|销售收入|出口|进出口)",
    std=True,
)
_BARE_CHANGE = LazyPattern(rf"^(?:{ON_LAST_YEAR.pattern})?(?:增长|下降|提高|占)", std=True)
_OWN_SCOPE = compiled.compile_std(
    r"^(?:农村|乡村|城镇|城市|城乡|县城|市域|全域|全市|全省|全县|全州|农(?:牧)?民(?!专业|合作)|民间|民营|国有|"
    r"外资|外商)"
)


@functools.lru_cache(maxsize=4096)
def _names_a_scope(indicator: str) -> bool:
    """Whether the phrase names a scope of its own (_OWN_SCOPE) or a part of the place (_PART):
    the zone and part rules ask it of every figure, so it is kept per phrase."""
    return _OWN_SCOPE.match(indicator) is not None or _part_in(indicator) is not None


# more parts of the place after the first, a list of them (新区和梁园区、睢阳区新建8所中小学校,
# 在市区和临颍县城筹建7所中小学, 主城区及影响区17座污水处理厂): the figure is theirs together
_PART_LIST = compiled.compile(
    r"(?:[、和及与]\p{Han}{1,5}?(?:县城|(?<![社小景校院街厂矿专辖营病商学分])区|县))+"
)
# a clause that opens with a verb has no subject of its own: the sentence's goes on
_VERB_LED = compiled.compile_std(
    r"^(?:全年|年内|当年|累计|共|已|还|并|又|再|新)?(?:完成|实现|新增|新建|建成|新签|签约|引进|开工|"
    r"竣工|投产|落户|入驻|带动|吸引|实施|启动|推进|加快|打造|培育|形成|拥有|创建|获批|争取|力争|确保|"
    r"改造|新改建|改扩建|新开工|到位|实际利用|利用|招引|聚集|集聚|入园|入区|入驻|达到|突破|扩大|深化|深入|深度|"
    r"持续|不断|积极|大力|着力|加强|加大|提升|优化|完善|开展|举办|开通|建立|组建|设立|引育|储备|谋划|重点)"
)
# works the part does in the clause that opens with it (中心城区拆除违建4830处，新建停车场22处: the
# lots are the part's too, as the next clause opens with a verb)
_PART_OWN_WORKS = LazyPattern(
    r"^(?:拆除|整治|治理|清理|新建|建成|改造|完成|打通|新增|实施|启动|开工)[^，,；;：:\d]{1,10}"
    r"\d[\d.]*[万千百]?[个处条座所家项户辆米](?:公里|平方米)?$",
    std=True,
)
# a clause that names the whole place (努力实现全市规模工业增加值突破1000亿元)
_WHOLE_PLACE = compiled.compile_std(r"全市|全省|全州|全区|全县|全盟|全国|我市|我省|本市|本省")
# 县域 qualifies a noun more often than it names the counties (县域医疗服务共同体建设试点积极推进):
# in the relaxed reading it scopes only the counties' economy (县域经济, 县域工业)
_COUNTY_ECONOMY = LazyPattern(r"^(?:经济|工业)", std=True)
# a clause that states the part's share (非公有制经济蓬勃发展，比重由61.7%提高到67%，实现税收…)
_SHARE_LED = LazyPattern(r"^(?:比重|占比|所占比重)", std=True)
# a clause of the part's own works (主城区新改建…桥梁17座，新建过街天桥7座; 13个工业园区新建标准厂房…，
# 新增入园企业185户，共完成工业总产值545亿元) goes on with the part; not one that counts the parts
# themselves (全域旅游示范区创建单位达到35个，旅游业总收入增长13%: the place's)
_COUNTS_THE_PART = LazyPattern(r"达到|总数|累计|突破", std=True)
# (a clause that the sentence's general words open before the part: 其中，洋浦经济开发区…)
_OPENER_CLAUSE = LazyPattern(r"其中|同时|此外|另外|目前|特别是|尤其是", std=True)
# (within the sentence, a clause of mere comment after the part, 综合试验区加快建设, carries nothing)
_MID_COMMENT_MAX = 6
_SEMICOLON = LazyPattern(r"[；;]", std=True)
# a clause of comment (加快开发建设, 蓬勃发展): short and without a figure, right after the part
_COMMENT_MAX = 20
# words before a part that make it no subject (以示范区建设为契机, 狠抓高新区转型升级, 突出打好园区
# 攻坚战役, 致力解决中心城区大班额问题)
_NOT_A_NAME = LazyPattern(
    r"[以把将对向为从在]|通过|按照|随着|借助|结合|抓住|狠抓|抓|打好|突出|致力|解决|着力|坚持|加大|贯通|"
    r"强化|壮大|打通|用好|利用",
    std=True,
)
# (the sentence of a figure starts after the last of these before it)
_STOPS = STOP_MARKS

# (the look-backs that nearly every keyed figure takes, and their windows' bounds, are written
# `start - n if start > n else 0` rather than `max(0, start - n)`: Python 3.11's min and max
# parse keywords and iterate over their arguments on every call, about 1,200 instructions more
# each, and the figures of a tenth of more/ asked them some 100,000 times; likewise, whether a
# word stands in a short window (up to 3 * CLAUSE_WINDOW characters, a sentence's reach) is
# asked as `word in text[lo:hi]`, not `text.find(word, lo, hi) >= 0`: the same answer (find
# reads its bounds as a slice's), some 300 instructions less (find parses its bounds from a
# tuple). A longer window, one that may reach back to the start of the text (a paragraph's
# out of reach, `KeyContext.paragraph`), or one from a figure's clause start (a list's figures
# share their first clause's: `attach_indicators`) is searched in place)


def _last_stop_in(text: str, marks: str, para: int, start: int, stop: int) -> int:
    """`_last_mark(text, marks, para, start)` for the marks _STOPS or _SENTENCE_ENDS in the
    paragraph of a figure at `start` (which starts at `para`, `KeyContext.paragraph`), read from
    the figure's last stop `stop` (`KeyContext.sentence`, which looked within 3 * CLAUSE_WINDOW
    before it): no line break stands in the paragraph, so there the two sets of marks are the
    same. Searched for only before that reach, where `stop` found none."""
    lo = start - 3 * CLAUSE_WINDOW if start > 3 * CLAUSE_WINDOW else 0
    if stop >= lo:
        return stop if stop >= para else -1
    return _last_mark(text, marks, para, lo)


@functools.cache
def _longest_word(words: str) -> int:
    """The length of the longest word of `words`, an alternation of plain words."""
    return max(len(word) for word in words.split("|"))


class KeyContext:
    """What the key rules read of one document, found once for all its figures.

    One context is made per document (`pipeline.extract` makes one and passes it with each
    figure; `key_in_context` makes its own when given none). It holds the document's text and
    what several rules or figures would otherwise find again, and lives no longer than the
    document's reading: nothing is kept between documents, and a thread reads only its own.
    """

    __slots__ = ("text", "_hints", "_place", "names", "_read", "classes", "_long", "_last_stop")

    def __init__(self, text: str, place: ReportPlace | None = None) -> None:
        self.text = text
        self._place = place  # (the report's place, when the caller has found or will find it)
        # a hint's search from a start: {(words, start): [clear to, end of a match]}
        self._hints: dict[tuple[str, int], list] = {}
        # the report's own place names once `place_names` has found them, else None: a figure
        # reads them as `ctx.names or ctx.place_names()`, without a call once found
        self.names: tuple[str, ...] | None = None
        # what a reader found in a stretch of the text: {(reader, start, end): its answer}
        self._read: dict = {}
        # (the key table the document's figures are keyed with, None for the shipped one, and
        # its keys' classes, `keys.classes_by_key`: see `use_table`; no table yet)
        self.classes: tuple[object, dict[str, frozenset[str]]] = (self, {})
        # what `words`, `last` and `search` found in a long stretch from a start:
        # {(what, how, start): (read to, answer)}
        self._long: dict[tuple[object, str, int], tuple[int, Any]] = {}
        # (where the last figure `sentence` was asked of stands, and the last stop before it)
        self._last_stop = (-1, -1)

    def use_table(self, keys) -> tuple[object, dict[str, frozenset[str]]]:
        """(`keys`, the classes of its keys), kept as `classes` for the next figures (one
        look-up per figure: `key_in_context` reads `classes` and calls this when the table is
        another)."""
        self.classes = (keys, classes_by_key(keys))
        return self.classes

    def paragraph(self, start: int) -> int:
        """Where the paragraph of a figure at `start` starts, looked for within _TOPIC_REACH
        characters before it (0 where no paragraph starts in reach). `key_in_context` finds it
        once per figure and passes it to the rules of topics and zones."""
        lo = start - _TOPIC_REACH if start > _TOPIC_REACH else 0
        return self.text.rfind("\n", lo, start) + 1

    def read_once(self, reader, start: int, end: int):
        """`reader(text, start, end)`, read once per document: what the sentences of a
        paragraph before a figure's say (the topic of its run, the heading that opens it) is
        the same for all the figures of that sentence, or of the paragraph."""
        found = self._read.get((reader, start, end), self)
        if found is self:
            found = self._read[reader, start, end] = reader(self.text, start, end)
        return found

    def place_names(self) -> tuple[str, ...]:
        """The report's own place names (`_own_place_names`), found once per document."""
        if self.names is None:
            self.names = _own_place_names(self.text, self._place)
        return self.names

    def sentence(self, start: int) -> tuple[int, int]:
        """Where the last of _STOPS stands within 3 * CLAUSE_WINDOW characters before `start`
        (or -1), and where the sentence of a figure at `start` starts within that reach: after
        the stop, else that far back. `key_in_context` finds both once per figure and passes
        them to the rules that read them."""
        lo = start - 3 * CLAUSE_WINDOW if start > 3 * CLAUSE_WINDOW else 0
        # (a sentence's figures are asked in text order: after a figure within reach, only the
        # stretch from it is read; where that holds no stop, that figure's last stop, if within
        # reach, is this one's too)
        before, stop = self._last_stop
        if lo <= before <= start:
            after = _last_mark(self.text, _STOPS, before, start)
            stop = after if after >= 0 else stop if stop >= lo else -1
        else:
            stop = _last_mark(self.text, _STOPS, lo, start)
        self._last_stop = (start, stop)
        return stop, (stop + 1 if stop >= lo else lo)

    def hint(self, hint, start: int, end: int) -> bool:
        """Whether `hint` (an alternation of plain words) matches within text[start:end]: the
        same as `hint.search(text, start, end) is not None`, remembered per (hint, start): how
        far from `start` no word stands, and where the first word found ends. The figures of
        a paragraph look back to the same start of the paragraph or the sentence, each a little
        further, so each stretch of the text is searched once per hint, not once per figure."""
        words = hint.pattern  # (the key: a str keeps its hash, a compiled pattern does not)
        seen = self._hints.get((words, start))
        if seen is None:
            seen = self._hints[words, start] = [start, None, start, _longest_word(words) - 1]
        clear, found, after, back = seen
        if found is not None and found <= end:
            return True
        if end <= clear:
            return False
        # (a word not within text[start:clear] ends after `clear`: it starts after clear - longest;
        # `after`: that start, or `start` if later)
        match = hint.search(self.text, after, end)
        if match is None:
            seen[0] = end
            seen[2] = end - back if end - back > start else start
            return False
        if found is None or match.end() < found:
            seen[1] = match.end()
        return True

    # A list's figures share their first clause's start (`attach_indicators`), so the stretch from
    # a figure's clause start to the figure grows with the list: read anew for each figure, a
    # list of n figures costs n * n. A stretch longer than _LONG is read through the methods
    # below, which remember per (what, start) how far they read and what they found, and read
    # on from there: a list is read once per word or pattern. A shorter one (every clause but a
    # list's) is read in place, as before.

    def words(self, start: int, end: int) -> str | _Stretch:
        """text[start:end], to ask whether words stand in it (`word in ...`): the slice, or, for
        a stretch longer than _LONG, a `_Stretch` that answers through `has`."""
        if end - start <= _LONG:
            return self.text[start:end]
        return _Stretch(self, start, end)

    def has(self, word: str, start: int, end: int) -> bool:
        """`word in text[start:end]`, remembered per (word, start) (see above)."""
        if end - start <= _LONG:
            return word in self.text[start:end]
        memo = (word, "in", start)
        read, at = self._long.get(memo, (start, -1))
        if at >= 0:  # (the first, read before)
            return at + len(word) <= end
        if end <= read:
            return False
        lo = read - len(word) + 1
        at = self.text.find(word, lo if lo > start else start, end)
        self._long[memo] = (end, at)
        return at >= 0

    def last(self, word: str, start: int, end: int) -> int:
        """`text.rfind(word, start, end)`, remembered per (word, start) (see above)."""
        if end - start <= _LONG:
            return self.text.rfind(word, start, end)
        memo = (word, "rfind", start)
        read, at = self._long.get(memo, (start, -1))
        if end < read:
            return self.text.rfind(word, start, end)  # (an end before one read: not in a list)
        lo = read - len(word) + 1
        later = self.text.rfind(word, lo if lo > start else start, end)
        if later >= 0:
            at = later
        self._long[memo] = (end, at)
        return at

    def search(self, pattern, start: int, end: int):
        """`pattern.search(text, start, end)`, remembered per (pattern, start) (see above), for a
        pattern with no anchor at the end whose matches, with what its look-arounds read, span
        at most _REREAD characters (tests/test_long_lists.py reads that from each one's parse): a
        position _REREAD characters or more before where the last search ended was tried on all
        the text it reads, so the search goes on from there."""
        if end - start <= _LONG:
            return pattern.search(self.text, start, end)
        memo = (pattern, "search", start)  # (by the pattern: its text and flags)
        read, match = self._long.get(memo, (start, None))
        if end < read:
            return pattern.search(self.text, start, end)  # (an end before one read: not in a list)
        if read > start and not (match is not None and match.start() + _REREAD <= read):
            lo = read - _REREAD
            match = pattern.search(self.text, lo if lo > start else start, end)
        elif read == start:
            match = pattern.search(self.text, start, end)
        self._long[memo] = (end, match)
        return match


# (a stretch longer than this is read through a KeyContext's memo: twice the longest clause
# but a list's, `structure.clause_start`)
_LONG = 3 * CLAUSE_WINDOW
# (the most characters a pattern given to `KeyContext.search` reads from where a match starts)
_REREAD = CLAUSE_WINDOW


class _Stretch:
    """A long stretch of a document's text, text[start:end], that answers `word in` through its
    KeyContext's memo (`KeyContext.words`)."""

    __slots__ = ("ctx", "start", "end")

    def __init__(self, ctx: KeyContext, start: int, end: int) -> None:
        self.ctx, self.start, self.end = ctx, start, end

    def __contains__(self, word: str) -> bool:
        return self.ctx.has(word, self.start, self.end)


_LIST_OR_CLAUSE = LazyPattern(r"[、和及与，,；;：:]", std=True)
_CLAUSE_CUT = compiled.compile_std(r"[，,；;：:]")


def _of_a_part(ctx: KeyContext, m: Mention, key: str, keys, begin: int) -> bool:
    """Whether m's figure is scoped to a part of the place or to a sector that its key, a key of
    the whole place, does not name (see above); `begin`: where m's sentence starts
    (`KeyContext.sentence`)."""
    text = ctx.text
    if not ctx.hint(_PART_HINT, begin, m.start):
        return False  # (no word of _PART stands before the figure in its sentence)
    parts = list(_PART.finditer(text, begin, m.start))
    last = parts[-1] if parts else None
    if last is None or last.group() in m.indicator:
        return False
    part, after = last.group(), text[last.end() : m.start]
    listed = _PART_LIST.match(after)
    end = last.end() + (listed.end() if listed else 0)
    after = text[end : m.start]
    if _OWN_SCOPE.match(m.indicator) and _LIST_OR_CLAUSE.search(after):
        return False  # 城区生活垃圾…、农村生活垃圾有效处理率: an item with a scope of its own
    counted = part not in _ONE_PART and _PART_COUNTED.match(text, end)
    if after[:1] in ("、", "和", "及", "与") or counted:
        return False  # a list of scopes (中心城区、城镇…), a part counted (园区100个、)
    # (a list of parts, 高新区、经济区增容扩区: the name stands before the first)
    # (not of the parts there is one of, 市区、郊区…分别, nor of a kind, 各类开发区和高新区)
    first = len(parts) - 1
    while first and parts[first - 1].end() + 1 == parts[first].start():
        if text[parts[first - 1].end()] not in "、和及与" or parts[first - 1].group() in _ONE_PART:
            break
        first -= 1
    if first < len(parts) - 1 and (part in _ONE_PART or "各" in text[begin : parts[first].start()]):
        first = len(parts) - 1
    opening = parts[first].start()
    clause = _last_mark(text, _CLAUSE_MARKS, begin, opening) + 1
    prefix = text[max(clause, begin) : opening]
    name = prefix[compiled.match_end(_PART_OPENERS, prefix) :]
    head = len(name) <= 16 and not _PART_VERBS.search(name) or bool(_EACH.search(prefix))
    # a sector's own statistic, the part right before the phrase (为87户民营企业新增贷款7.6亿元)
    head = head or part in _SECTORS and after.startswith(m.indicator)
    if not head and not _PART_WORKS.match(text, end):
        return False
    if _FOR_THE_PART.search(prefix) or _FOR_THE_PART.search(after):
        return False
    if after.startswith("等"):
        return False  # 杉杉锂电、黄金产业园等30个重点工业项目: the part is an example
    pieces = [piece.strip() for piece in _CLAUSE_CUT.split(after)]
    if len(pieces) > 1:
        # carried: the part's clause states a figure of its economy (not a share: 民营经济占比),
        # each clause up to m's goes on with it or with a bare change, none names a scope of its
        # own (全市工业增加值); after a sector, only its tax, profit, sales or trade. Where the
        # part opens the sentence, a clause that only comments (江东新区加快开发建设, 非公有制经济
        # 蓬勃发展) or opens with a verb (新签项目81个) goes on with it too, and a figure of a
        # part's clause that opens with a verb is the part's whatever it counts (江东新区加快开发
        # 建设，建成东江东路、凤凰路等市政道路25条)
        carried = _SECTOR_CARRIED if part in _SECTORS else _PART_ECONOMY
        named = (
            head
            and not _NOT_A_NAME.search(name)
            and not _TOPIC_EVENT.search(pieces[0])
            and not (part == "县域" and not _COUNTY_ECONOMY.match(pieces[0]))
            and not any(_WHOLE_PLACE.search(piece) for piece in pieces[1:])
        )
        at_start = clause <= begin or _OPENER_CLAUSE.fullmatch(text[begin : clause - 1].strip())
        opens = named and at_start
        # (a part that opens a clause within the sentence, its works following: 榆神工业区加快建设
        # 国家能源科技示范基地，重点推动…建设，完成生产总值200亿元)
        # (… up to a semicolon, which ends the part's clauses: 黔东工业聚集区完成375亿元…；实现规模以上
        # 工业增加值132亿元以上 is the place's)
        mid = named and not at_start and part not in _SECTORS and not _SEMICOLON.search(after)
        led = (opens or mid) and part not in _SECTORS and _VERB_LED.match(pieces[-1]) is not None
        if not (head and (carried.search(m.indicator) or led)):
            return False
        for i, piece in enumerate(pieces):
            if i and (_OWN_SCOPE.match(piece) or _PART.search(piece)):
                return False
            said = piece.split("占")[0]
            stated = _PART_ECONOMY.search(said) and any(c.isdigit() for c in piece)
            goes_on = (
                opens
                and (
                    i == 0
                    and len(piece) <= _COMMENT_MAX
                    and not any(c.isdigit() for c in piece)
                    or i == 0
                    and led
                    and _PART_OWN_WORKS.match(piece) is not None
                    or i == 0
                    and _VERB_LED.match(piece) is not None
                    and not _COUNTS_THE_PART.search(piece)
                    or i > 0
                    and (_VERB_LED.match(piece) or _SHARE_LED.match(piece)) is not None
                )
                or mid
                and (
                    i == 0
                    and len(piece) > _MID_COMMENT_MAX
                    and _VERB_LED.match(piece) is not None
                    and not _COUNTS_THE_PART.search(piece)
                    or i > 0
                    and _VERB_LED.match(piece) is not None
                )
            )
            if i < len(pieces) - 1 and not (stated or i and _BARE_CHANGE.match(piece) or goes_on):
                return False
    return part_key_differs(part, m, key, keys)


# A sentence that opens with the result of a part of the place (完成固定资产投资43.2亿元。) goes on
# with the sentence before it when that one opens with the part and states figures of its economy
# (宣城经济技术开发区狠抓工业和项目两个重点，新签项目81个，…实际利用外资8195万美元。完成固定资产
# 投资43.2亿元; 园区基础设施日益完善，完成固定资产投资730亿元…。实现规模以上工业增加值274.4亿元);
# and a sentence without a subject goes on with one that opens with an industry (咖啡产业力争精深
# 加工率达50%。新增标准化咖啡示范园0.8万亩，…实现规上工业产值16亿元以上) for figures of industry
# (规上工业产值), which the industry's own statistics do not name (旅游产业…。实现旅游收入: the
# industry's own key). The sentence before must be in the same paragraph and name the part first,
# as a name (no verb before it), not as an event (滇中新区未来交通科学城揭牌) or a quota (各开发区
# 至少引进1个…项目); the sentence of the figure names no scope of its own.
_RESULT_LED = compiled.compile_std(r"^(?:全年|当年|累计)?(?:完成|实现)")
_INDUSTRY = LazyPattern(r"(?P<name>\p{Han}{1,4}?)产业(?![园区链集基带化体项投结发转升融])")
_GENERIC_INDUSTRY = LazyPattern(
    r"^(?:第?[一二三]|新兴|主导|优势|特色|传统|支柱|现代|战略性新兴|战新|未来|新型|高新技术|高技术|数字|"
    r"绿色|重点|农业|工业|加快|推进|发展|推动|培育|壮大|做强|做大|围绕|聚焦|全市|全省)$",
    std=True,
)
# what an industry's figures of industry state (its output, value added, sales), not counts
_INDUSTRIAL = compiled.compile_std(
    r"工业(?:总)?产值|工业增加值|工业营业收入|工业主营业务收入|工业销售收入"
)
# an industry's name is no verb phrase (坚持产业立市, 激发传统产业新活力, 强龙头壮产业)
_NOT_AN_INDUSTRY = LazyPattern(r"[激强壮推加促做抓打坚持发展培育建实用各]", std=True)


def _after_a_part_sentence(
    ctx: KeyContext, m: Mention, key: str, keys, stop: int, begin: int
) -> bool:
    """Whether m's sentence goes on with the sentence before it, which opens with a part of the
    place or an industry (see above); `stop`, `begin`: the last stop before m and where m's
    sentence starts (`KeyContext.sentence`). Both ways need a figure of the economy:
    key_in_context asks it of those alone (`_of_the_economy`)."""
    text = ctx.text
    # (no stop in reach: the sentence opens the text or is too long to see its start; or the
    # sentence opens the paragraph)
    if stop < 0 or text[stop] == "\n":
        return False
    industrial = _INDUSTRIAL.search(m.indicator)
    own = text[begin : m.start]
    if not industrial and "完成" not in own and "实现" not in own:
        return False  # (the other way needs _RESULT_LED, 完成 or 实现, opening the sentence)
    # (what each way needs of the figure's own sentence, before looking back: it opens with the
    # verb, _VERB_LED or _RESULT_LED, and no opener of _PART_OPENERS stands before it; their ^
    # matches at the sentence's start alone, never after an opener)
    led = industrial and _VERB_LED.match(own)
    result = _RESULT_LED.match(own)
    if not (led or result) or compiled.match_end(_PART_OPENERS, own):
        return False
    if _WHOLE_PLACE.search(own) or _OWN_SCOPE.match(m.indicator) or _part_in(own):
        return False
    clause = text[max(m.clause, begin) : m.start].lstrip()
    pieces = _CLAUSE_CUT.split(own)
    # (the first clause, or the growth right after its figure: 实现规模以上工业增加值274.4亿元，增长13%)
    first = len(pieces) == 1 or (
        len(pieces) == 2 and m.kind == "growth" and pieces[1].strip() in ("", "同比", "比上年")
    )
    start = _last_mark(text, _STOPS, max(0, begin - 400), begin - 1) + 1
    if "\n" in text[start:begin]:
        return False
    before = text[start:begin]
    at = compiled.match_end(_PART_OPENERS, before)
    industry = _INDUSTRY.match(before, at)
    part: regex.Match[str] | re.Match[str] | None  # (an industry's name, or a part's)
    if (
        industry
        and not _GENERIC_INDUSTRY.match(industry["name"])
        and not _NOT_AN_INDUSTRY.search(industry["name"])
    ):
        if not led:
            return False
        if not _VERB_LED.match(clause):
            return False
        part = industry
    else:
        part = _PART.search(before, at, at + 20)
        if part is None or part.group() in _SECTORS or not first:
            return False
        if not result:
            return False
        stated = [p for p in _CLAUSE_CUT.split(before) if _PART_ECONOMY.search(p)]
        if not any(any(c.isdigit() for c in p) for p in stated) or _QUOTA.search(before):
            return False
    name = before[at : part.start()]
    if _PART_VERBS.search(name) or _NOT_A_NAME.search(name):
        return False
    after = before[part.end() :]
    if after[:1] in ("、", "和", "及", "与", "等") or _TOPIC_EVENT.search(after.split("，")[0]):
        return False
    if _WHOLE_PLACE.search(after) or _PART_COUNTED.match(after):
        return False
    return key_for(part.group() + m.indicator, m.kind, m.reading.base_unit, keys) != key


# A quota of each unit (每个县（市、区）建设1所80-150个托位的托育机构, 各县市区至少引进2个亿元以上
# 项目, 每个城市推出1000辆新能源汽车) counts one county's, village's or zone's share, no figure of
# the place. Not 每人, 每户 (the per-head standards the keys measure: 低保标准每人每月620元), nor
# 每千人口, 每万人 (rates per head).
_QUOTA = compiled.compile_std(
    r"每个|每一个|每县|每乡|每镇|每村|每所|各县|各乡镇|各区(?!域)|各市(?!场)|各园区|各开发区|"
    r"(?:^|(?<=[，,；;]))各(?=培育|建设|新建|打造|创建|建成|引进|实施|新增|完成|至少)"  # 各培育1—3个
)
# The size of one project or facility: a figure whose phrase runs on, with no mark or verb
# between, into the name of a project (开工建设辽能集团200兆瓦风电等重点项目, 热电厂60万千瓦风电
# 项目建成并网, 推进30万平方米标准化厂房等项目建设, 分别年产10万辆新能源汽车的合众项目) is that
# project's capacity, not the place's; a count of projects names them itself (26个重点项目).
_PROJECT_AFTER = compiled.compile_std(
    r"(?:(?![，。；：、,;:和及与()（）\s]|完成|建成|投用|开工|竣工|实现|达到).){0,12}?"
    r"(?:等)?[重大点批]{0,2}(?:项目|工程|电站|电厂|机组)"
)
_PROJECT_WORDS = compiled.compile_std(r"项目|工程|电站|电厂|机组")
# ... and a figure of a list of such projects, each with its size (芒市平河5万千瓦光伏发电、盈江15万
# 千瓦光伏发电项目实现并网)
_PROJECT_LIST_AFTER = LazyPattern(
    r"[^，。；：、,;:\s]{0,12}(?:、[^，。；：、,;:\s\d]{0,12}\d[\d.]*[万千百]?(?:千瓦|兆瓦|瓦|吨)"
    r"[^，。；：、,;:\s]{0,12}?)+?(?:项目|工程|电站|电厂)",
    std=True,
)


# ... and the figures of the clauses after one whose subject is each unit, bound by 要 or 力争 (各开发区
# （园区）要完成产业项目引进任务，力争地区生产总值…分别增长8%、9%和15%以上: the zones' targets)
_EACH_UNIT_LED = compiled.compile_std(
    r"(?:^|[，,；;])(?:同时|今年|全年)?(?:各开发区|各园区|各县|各区(?!域)|各市(?!场)|各乡镇|各级开发区|"
    r"各类园区|各功能区)[^，,；;。]{0,16}?(?:要|必须|务必|力争|确保)"
)


def _of_one_unit(ctx: KeyContext, m: Mention, stop: int, each: bool, units: bool) -> bool:
    """Whether m's figure is a quota of each county or unit, or the size of one project (see
    _QUOTA, _PROJECT_AFTER), which no key of the place measures. What key_in_context found of
    the figure once: `stop`, the last stop before it (`KeyContext.sentence`); `each`, whether
    每 or 各 stands in its clause before it (every word of _QUOTA holds one); `units`, whether 各
    stands within 3 * CLAUSE_WINDOW characters before it (every unit _EACH_UNIT_LED names
    opens with 各)."""
    text = ctx.text
    if each and ctx.search(_QUOTA, m.clause, m.start):
        return True
    if units:
        begin = stop + 1
        # (a match starts at most 3 characters before its 各: the search starts there)
        first = text.find("各", begin, m.start)
        led = first >= 0 and _EACH_UNIT_LED.search(text, max(begin, first - 3), m.start)
        if led and not _WHOLE_PLACE.search(text, led.end(), m.start):
            return True
    if m.kind != "amount" or _PROJECT_WORDS.search(m.indicator):
        return False  # 17条城市道路的41项城建重点工程, 322座病险水库除险加固主体工程: counted
    if _PROJECT_AFTER.match(text, m.end):
        return True
    # (the figure stands before its phrase: 5万千瓦光伏发电、…)
    own = text.startswith(m.indicator, m.end)
    return own and _PROJECT_LIST_AFTER.match(text, m.end) is not None


# A short sentence without a figure that opens a run of the paragraph (肇庆新区进入产城融合新阶段。
# 中心城区要提升提神。) states its topic: when the topic is a part of the place, the figures after
# it in the paragraph, up to the next such sentence (软硬联通持续完善。), are the part's. Numbered
# steps within the topic (一是…, 二是…) do not end it.
_TOPIC_MAX = 16
_TOPIC_STEP = compiled.compile_std(
    r"^(?:[一二三四五六七八九十]+是|第[一二三四五六七八九十]+|[一二三四五六七八九十]+[、.．]|[(（])"
)
# the parts a run of a paragraph is about (a new district, the urban core), not a park or a
# sector, which the reports name as one more achievement (综合保税区顺利通过国家验收)
_TOPIC_PARTS = frozenset(("新区", "中心城区", "主城区", "中心市区", "新城"))
# (a new town names a part as a new district does: 呈贡新城建设积极推进; not 创新城乡…, 新城镇)
_NEW_TOWN = compiled.compile_std(r"(?<!创)新城(?![乡市镇区])")
_TOPIC_EVENT = LazyPattern(
    r"获批|晋升|通过|启动|成为|列入|入选|获评|获得|荣获|设立|成立|揭牌|挂牌", std=True
)
_SENTENCE_MARKS = compiled.compile_std(r"[。！？!?]")
_SENTENCE_ENDS = "。！？!?"  # (the same marks, for _last_mark)
_PLACE_WIDE = compiled.compile_std(r"全市|全省|全州|全区|全县|全盟|我市|我省|本市|全年")


# how far back a figure looks for the start of its paragraph (the corpus's longest run from a
# topic sentence to a figure it covers is well under it)
_TOPIC_REACH = 1500


def _under_a_part_topic(ctx: KeyContext, m: Mention, key: str, keys, para: int, stop: int) -> bool:
    """Whether m's figure stands in the run of a paragraph whose topic sentence names a part of
    the place (see _TOPIC_MAX), and the part's key would not be the key of the place; `para`:
    where m's paragraph starts (`KeyContext.paragraph`); `stop`: the last stop before m
    (`KeyContext.sentence`)."""
    if not para and m.start > _TOPIC_REACH:
        return False  # a paragraph that long is no topic's run (and each figure reads it all)
    # (key_in_context asks for 区 or 新城 in the paragraph before the figure first: every word
    # of _WORKS_TOPIC_HINT holds one)
    if not ctx.hint(_WORKS_TOPIC_HINT, para, m.start):
        return False  # (no topic can name a part: the paragraph is not cut into sentences)
    if _names_a_scope(m.indicator):
        return False  # 市城区公共供水普及率: the figure names its scope itself
    run = _sentence_in_a_run(ctx, m, para, stop, _PLACE_WIDE)
    if run is None:
        return False
    part = ctx.read_once(_topic_part, para, run[0])  # (the sentences before m's sentence)
    return part is not None and part_key_differs(part, m, key, keys)


def _sentence_in_a_run(
    ctx: KeyContext, m: Mention, para: int, stop: int, whole
) -> tuple[int, str] | None:
    """Where the sentence before m's ends in m's paragraph (at `para`; `stop`: the last stop
    before m, `KeyContext.sentence`), and the words of m's own sentence before the figure, for
    the rules that read the topic of m's run (the sentences of the paragraph before m's, read
    once per document: `KeyContext.read_once`). None where no topic's run goes on to m: m's
    sentence opens the paragraph, or names the whole place (`whole`: the rule's words for it)
    or a part helped (出台了促进新区发展的10项政策)."""
    text = ctx.text
    cut = _last_stop_in(text, _SENTENCE_ENDS, para, m.start, stop)
    if cut < 0:
        return None
    own = text[cut + 1 : m.start]
    if whole.search(own) or _FOR_THE_PART.search(own):
        return None
    return cut, own


def _topic_part(text: str, start: int, end: int) -> str | None:
    """The part of the place that the topic sentence of the run ending at `end` names (the
    sentences of text[start:end], a paragraph's before a figure's, read backwards), or None."""
    stepped = False
    for sentence in reversed(_SENTENCE_MARKS.split(text[start:end])):
        topic = sentence.strip(" *#\t\u3000")
        if len(topic) > _TOPIC_MAX or any(c.isdigit() for c in topic):
            continue
        works = _WORKS_TOPIC.match(topic)
        if works:  # 加快推进中心城区提质发展。, 二是建好…新城。: the part's works
            if stepped and _TOPIC_STEP.match(topic):
                return None  # (a later step of the list ended this step's run)
            return works["part"]
        if _TOPIC_STEP.match(topic):
            stepped = True
            continue
        part = _PART.search(topic) or _NEW_TOWN.search(topic)
        if part is None or part.group() not in _TOPIC_PARTS or part.start() > 4:
            return None
        if _PART_VERBS.search(topic, 0, part.start()) or _TOPIC_EVENT.search(topic):
            return None
        if (
            topic[part.end() : part.end() + 1] in ("和", "、", "及", "与")
            or "城" in topic[: part.start()]
        ):
            return (
                None  # 中心城区和县城人居环境大幅改善, 新城新区建设和旧城更新: more than the part
            )
        return part.group()
    return None


def part_key_differs(part: str, m: Mention, key: str, keys) -> bool:
    """Whether the figure of m read as the part's is no value of `key` (the core is always a
    part; a part the key's pattern admits, 城区生活垃圾无害化处理率, keeps the key)."""
    return (
        part in _CORE_PARTS or key_for(part + m.indicator, m.kind, m.reading.base_unit, keys) != key
    )


# A topic sentence whose subject is the place's works on one part of it (加快推进中心城区提质发展。
# 大力推动园区发展。 高标准建设自贸试验区金义片区。 二是建好…东区 as a step of a list): the figures of
# its run are the part's. The part ends the topic, or one word of its works does (建设, 发展): a
# topic that goes on (以…示范区建设为引领…, 推动雅州新区加快成势) says more than the part. Not a
# designation that may cover the whole place (示范区, 试验区), nor the counties (县域经济 holds most
# of a prefecture), nor a sector.
_WORKS_TOPIC = compiled.compile_std(
    r"^(?:[一二三四五六七八九十]+是)?(?:加快|全力|大力|持续|着力|全面|高标准|高质量|扎实|深入|积极|统筹|"
    r"突出|强化|聚力|聚焦|继续|重点|努力)*(?:推进|推动|建设|抓好|建好|打造|提升|完善|做强|做优|做大|壮大|"
    r"开发|抓|建)+(?!以)[^，、和及与的以为]{0,8}?"
    r"(?P<part>中心城区|主城区|中心市区|老城区|开发区|高新区|经开区|产业园区|工业园区|园区|片区|新区|新城)"
    r"(?:建设|发展|开发|提质发展|开发建设|建设发展|提质|提质增效|提档升级|高质量发展)?$"
)
# (every word of _TOPIC_PARTS and every part _WORKS_TOPIC names holds one of these: the cheap test
# before a paragraph is cut into sentences)
_WORKS_TOPIC_HINT = compiled.compile_std("城区|市区|发区|新区|开区|园区|片区|新城")


# A paragraph whose first sentence opens with a part of the place as its subject (生产建设兵团认真
# 落实科学发展观，…。预计兵团生产总值340亿元; 一年来，新疆生产建设兵团…。完成生产总值510亿元) reports
# the part: its figures are the part's, up to a sentence that names the whole place again (全区…)
# or a part of its own. The subject is a name with no verb before it (after a number, 一年来,
# 过去的一年, 各位代表). Only the Corps, which reports as a body of its own, and the urban core: a
# paragraph that opens with a zone or a new district (滨海新区…, 兴隆综合保税区封关运营) goes on with
# the place's port, airport, trade and capital more often than not.
_PARAGRAPH_SUBJECT = LazyPattern(
    r"(?:[*#\s\u3000]|[一二三四五六七八九十]+[、.．]|[(（][一二三四五六七八九十\d]+[)）]|各位代表[！!，,]|"
    r"一年来[，,]?|过去的一年[，,]?|新的一年[，,]?|今年[，,]?|去年[，,]?)*"
    r"(?P<name>[^，。；：、,;:\s\d]{0,10}?)"
    r"(?P<part>生产建设兵团|兵团|中心城区|主城区|中心市区)(?![、和及与等的])",
    std=True,
)
_PARAGRAPH_REACH = 1200
_CLAUSE_OR_SENTENCE = LazyPattern(r"[，,；;。！？!?]", std=True)
_MORE_THAN_THE_PART = LazyPattern(r"[、和及与]", std=True)


def _in_a_part_paragraph(ctx: KeyContext, m: Mention, key: str, keys, para: int) -> bool:
    """Whether m's paragraph opens with a part of the place as its subject (see above); `para`:
    where m's paragraph starts within _TOPIC_REACH (`KeyContext.paragraph`)."""
    text = ctx.text
    # (the paragraph's start within _TOPIC_REACH, which is longer: the same where it stands
    # within _PARAGRAPH_REACH; where it does not, the paragraph is too long to read)
    if m.start > _PARAGRAPH_REACH and para <= m.start - _PARAGRAPH_REACH:
        return False
    head = text[para : para + 60 if para + 60 < m.start else m.start]
    if "兵团" not in head and "城区" not in head and "市区" not in head:
        return False  # (the cheap test first: every part of _PARAGRAPH_SUBJECT holds one of these)
    opening = ctx.read_once(_PARAGRAPH_SUBJECT.match, para, min(m.start, para + 60))
    if (
        opening is None
        or _PART_VERBS.search(opening["name"])
        or _NOT_A_NAME.search(opening["name"])
    ):
        return False
    clause = _CLAUSE_OR_SENTENCE.search(text, opening.end(), m.start)
    if clause is None or _MORE_THAN_THE_PART.search(text, opening.end(), clause.start()):
        return False  # 中心城区扩容提质和美丽城乡建设深入推进: more than the part
    first = _SENTENCE_MARKS.search(text, para, m.start)
    if first is None:
        return False  # (the figure stands in the first sentence: the clause rules read it)
    own = text[_last_mark(text, _STOPS, para, m.start) + 1 : m.start]
    if _WHOLE_PLACE.search(own) or _part_in(own) or _names_a_scope(m.indicator):
        return False
    between = text[first.end() : m.start]
    if _WHOLE_PLACE.search(between):
        return False  # (the paragraph came back to the whole place)
    return part_key_differs(opening["part"], m, key, keys)


# The urban core (中心城区, 主城区, 中心市区, 老城区) and the county towns (县城) are parts of the urban
# area that an urban statistic measures: a rate or a size of the core (中心城区绿化覆盖率达40.9%,
# 中心城区公交分担率, 主城区生活污水集中处理率) or of the county towns (市区和县城污水处理率分别达到95%
# 和85%) is no value of the place's statistic, though the table's pattern admits the word. The
# urban area itself (城市, 城区, 市区, 市城区, 建成区: the statistics' own scope) and all the towns
# (县城以上, 县城及以上, 县城和县城以上) keep the key.
_CORE = compiled.compile_std(
    r"^(?:全市|我市|本市|市)?(?:中心城区|主城区|中心市区|老城区|中心城市|县城(?!及?以上|级|和县城及?以上))"
)
_CORE_PARTS = frozenset(("中心城区", "主城区", "中心市区", "老城区"))


def _of_the_core(m: Mention) -> bool:
    """Whether m's phrase names the urban core or the county towns as its scope (see _CORE).

    >>> from types import SimpleNamespace as N
    >>> [_of_the_core(N(indicator=p)) for p in ("中心城区绿化覆盖率", "县城以上空气质量优良天数比例")]
    [True, False]
    >>> _of_the_core(N(indicator="县城和县城以上城市污水集中处理率"))
    False
    """
    # (every word of _CORE holds 城 or 市区: two finds before the pattern)
    if "城" not in m.indicator and "市区" not in m.indicator:
        return False
    return _CORE.match(m.indicator) is not None


# (a province's central cities, 中心城市, are its cities: the statistic's own scope there)
_CENTRAL_CITIES = "中心城市"


def _core_of(names: tuple[str, ...], scope: str) -> bool:
    """Whether `scope`, which opens with a word of _CORE, is a part of the report's place (its
    names: `KeyContext.place_names`)."""
    return _CENTRAL_CITIES not in scope[:8] or not _of_a_province(names)


def _of_a_province(names: tuple[str, ...]) -> bool:
    """Whether the report whose place `names` names is a province's (or an autonomous
    region's)."""
    return bool(names) and names[0].endswith(_PROVINCES)


# The core's scope goes on over a list its first item opens (县城生活垃圾无害化处理率、污水处理率分别
# 提高到95%和85%; 中心城市建成区面积62平方公里、常住人口77.76万人): the later items are the core's
# too, unless an item names its own scope (中心城区、城镇污水处理率分别达95%、85%).
_LIST_JOINS = "、和及与"


def _after_a_core_item(ctx: KeyContext, m: Mention, names: tuple[str, ...] = ()) -> bool:
    """Whether m's phrase is a later item of a list whose first item names the core (see above;
    `names`: the report's own place names).

    >>> from types import SimpleNamespace as N
    >>> text = "推进垃圾分类，县城生活垃圾无害化处理率、污水处理率分别提高到95%和85%"
    >>> m = N(indicator="污水处理率", clause=7, start=text.index("分别"))
    >>> _after_a_core_item(KeyContext(text), m)
    True
    >>> text = "中心城区、城镇污水处理率分别达95%、85%"
    >>> m = N(indicator="城镇污水处理率", clause=0, start=text.index("分别"))
    >>> _after_a_core_item(KeyContext(text), m)
    False
    """
    # (the cheap test first: the first item opens m's clause with a word of _CORE, after 全市 at
    # most, so 城 or 市区 stands in the clause's first 6 characters)
    text = ctx.text
    head = text[m.clause : m.clause + 6]
    if "城" not in head and "市区" not in head:
        return False
    at = ctx.last(m.indicator, m.clause, m.start)
    if at <= m.clause or text[at - 1] not in _LIST_JOINS or _OWN_SCOPE.match(m.indicator):
        return False
    return _CORE.match(text[m.clause : at]) is not None and _core_of(names, text[m.clause : at])


# A count of a list of livelihood projects that another body set (省政府10件惠民实事, 办好省定20项民生
# 工程, 省20项民生工程、市10件民生实事: the 20) is no count of the place's own list, unless the
# report is the province's; the body named last before the count owns it (省定五件实事和市定10件实事:
# the city's 10; 省市20项民生实事: the joint list, kept).
_LIST_OWNER = LazyPattern(r"(?r)(?:省(?!市)|市|州|县|盟|区)")
_PROVINCES = ("省", "自治区")


def _another_bodys_list(text: str, m: Mention, names: tuple[str, ...]) -> bool:
    """Whether m counts a list of works set by the province in a lower report (`names`: the
    report's own place names; asked of the keys of class own_list alone)."""
    owner = _LIST_OWNER.search(text, m.clause, m.start)
    if owner is None or owner.group() != "省":
        return False
    return not _of_a_province(names)


# The aid a place gives others (东西部扶贫协作, 对口帮扶, 助力受援地区, 帮助桂川黔滇4省区): the poor lifted
# out of poverty in the clause, or the clause before, are the helped places'
_AID_ELSEWHERE = LazyPattern(
    r"对口(?:帮扶|支援|援助|协作|合作)|扶贫协作|东西部协作|受援|援建|助力|助推"
    r"|帮助\p{Han}{1,8}?\d*(?:省|州|市|县)"
)


# One route's or one group's share of the poor lifted out of poverty, written right before the
# figure: what drove it (发展扶贫产业，带动65万贫困人口稳定脱贫) or who they are (使居住在生态脆弱区的8万
# 贫困人口实现脱贫); not all of them, those who remained or were identified (年初剩余的1.26万贫困人口
# 全部脱贫, 动态识别的190.6万农村贫困人口全部脱贫)
_ONE_ROUTE_OR_GROUP = LazyPattern(
    r"(?:带动|(?<!剩余|余下|尚余|未脱贫|现有|识别|建档立卡)的)[ \t\u3000]*\Z"
)


def _others_or_a_parts_exits(text: str, m: Mention, begin: int) -> bool:
    """Whether m's figure of the poor lifted out of poverty is not its report's place's total:
    of the places the place helped (an aid word in its clause or the clause before, within its
    item of the sentence that starts at `begin`), or of one route or group (see above; asked of
    the keys of class poverty_exit alone)."""
    if _ONE_ROUTE_OR_GROUP.search(text, max(0, m.start - 8), m.start):
        return True
    item = _after_a_semicolon(text, begin, m.start)
    start = _last_mark(text, "，,", item, m.clause - 1) + 1 if m.clause > item else item
    return _AID_ELSEWHERE.search(text, max(start, item), m.start) is not None


# School places added, written bare (新增学位) twice or more in a sentence, each after its own kind
# of school (建成公办幼儿园160所，新增学位4.8万个，新建和改扩建中小学60所，新增学位3.2万个; 分别新增学位
# 2710个、10080个): each is a part of the places added. So too across the semicolons of one sentence
# where each item names another kind (新改扩建小学13所，增加学位1.3万个；新改扩建初中7所，增加学位6400个,
# parts10); not items of one kind (用5年时间新建改扩建公办中小学229所，新增学位约34万个；今年新建改扩建公办
# 中小学29所，新增学位3.36万个: the term's and the year's).
_BARE_PLACES = LazyPattern(
    r"(?:新增|增加)学位[ \t\u3000]*(?:约|近|超过?)?\d[\d.]*[万千]?个(?:以上)?(?:[、和][ \t\u3000]*\d[\d.]*[万千]?个)*",
    std=True,
)
_A_FIGURE = LazyPattern(r"\d[\d.]*[万千]?个", std=True)
_SCHOOL_KIND = LazyPattern(
    r"(?r)中小学|幼儿园|小学|初中|高中|中职|职校|中学|特殊教育|特教|托育|高校"
)


def _after_a_semicolon(text: str, begin: int, end: int) -> int:
    """Where the item of a figure at `end` starts: after the last semicolon in its sentence,
    which starts at `begin` (`KeyContext.sentence`, which found the sentence's last stop), else
    at `begin`."""
    return _last_mark(text, "；;", begin, end) + 1 or begin


def _one_of_parted_places(ctx: KeyContext, m: Mention, begin: int) -> bool:
    """Whether m's bare school places are one of two or more in its sentence (see above);
    `begin`: where m's sentence starts (`KeyContext.sentence`; asked of the keys of class
    school_places alone)."""
    text = ctx.text
    if m.indicator not in ("新增学位", "增加学位", "学位"):
        return False
    item = _after_a_semicolon(text, begin, m.start)
    end = m.end
    while end < len(text) and text[end] not in _STOPS + "；;":
        end += 1
    sentence = text[item:end]
    if "其中" in sentence:
        return False  # 新增学位2万个，其中…: a total and its part
    figures = sum(len(_A_FIGURE.findall(f.group())) for f in _BARE_PLACES.finditer(sentence))
    if figures >= 2:
        return True
    while end < len(text) and text[end] not in _STOPS:
        end += 1
    kinds = []
    for words in _SEMICOLON.split(text[begin:end]):
        places = _BARE_PLACES.search(words)
        if places is not None:
            kind = _SCHOOL_KIND.search(words, 0, places.start())
            kinds.append(kind.group() if kind else "")
    return len(kinds) >= 2 and "" not in kinds and len(set(kinds)) == len(kinds)


# A clause that opens with a verb of adding (新建8个国家重点实验室, 成功创建2家三甲医院, 新缔结3个
# 国际友好城市, 获批国家高新技术企业153家, 建成…湿地公园3个、森林公园8个, 争创中国驰名商标2件) counts things added in
# the year, though the phrase lost the verb: the figure takes the key the table gives added things
# (as 新增…: new_key_laboratories). After a verb that may add or keep (培育, 发展, 建设, 认定, 引进,
# 打造), start (开工) or mend (规范提升, 改造, 优化, 调整: 新辟、调整、优化20条公交线路), a stock that
# the table keeps apart from its additions gets no key. Not after 累计 (累计建成…417公里 is a
# total), nor for an item with a level of its own (新增国际友好城市16对、总数达到58对: 58 is the
# stock), nor where a verb of change other than 新增 comes right before the figure (改造提升207万亩).
# The verb may follow words of effort or span (着力培育15家国家高新技术企业, 扶持和培育…6家, 三年新建
# 省级湿地公园4个: additions over the span, the period tells it), and in a list of kinds 入选, 获评
# (入选国家级专精特新"小巨人"企业3家) may add or keep. What was built new or rebuilt (新（改）建设施农业
# 6000亩, 新改扩建) is neither the stock nor what was added.
_ADDS = (
    r"新增|新发展|新成立|新组建|组建|新建成|新建|建成(?!区)|新创建|创建|争创|创成|新培育|新认定|新设立|新设"
    r"|新缔结|缔结|新开通|新开辟|新开(?!工)|增开|新获批|获批|新获评|新获|新引进|新入库|新备案|新建立|建立"
)
_MENDING = r"(?:和|及|与|、)?(?:调整|优化|改造|改扩建|扩建|改建|提升|续建)"
# (the verbs that may add or keep, start or mend)
_MAY_ADD = (
    r"培育|发展|建设|认定|引进|引育|培养|打造|升级改造|提升改造|改造提升|新开工|开工|新辟|规范提升|提升"
    r"|改造|优化|调整|入选|获评|荣获|评为|申报|设立|扶持|支持|(?:免费)?培训(?=[^，。；：\n]*人才)"
)
_NOT_MENDING = f"(?!{_MENDING})"
_ADDING_VERB = (
    r"(?:全年|全市|全省|全区|今年|年内|力争|确保|争取|成功|再|着力|重点|大力|积极|加快|优选|规划"
    r"|(?:扶持|支持)和?|[一二三四五两\d]年(?:内|间)?)*"
    rf"(?:(?P<adds>{_ADDS}){_NOT_MENDING}"
    # (an adding verb with one of mending or going on beside it: 新开和调整公交线路, 新建续建7座公园,
    # 建成改造设施农业)
    rf"|(?P<vague>(?:{_ADDS}){_MENDING}|新[（(][改扩、]{{1,3}}[）)]建|新改扩?建|改扩建|{_MAY_ADD}))"
    r"(?![到至为成])"
)
# (the words of a level, which the last item may not hold)
_ITEM_LEVEL_WORDS = "达|总数|总量|累计|现有|共有|拥有|突破|到|至"
_ADDING_HEAD = compiled.compile_std(
    rf"{_ADDING_VERB}(?:[^{_ITEM_CUTS}、]*、)*(?:(?!{_ITEM_LEVEL_WORDS})[^{_ITEM_CUTS}、])*$"
)
_ADDING_VERB_ONLY = LazyPattern(_ADDING_VERB, std=True)  # (for _heads_items)
_ITEM_LEVEL_WORD = LazyPattern(_ITEM_LEVEL_WORDS, std=True)


def _added_key(
    ctx: KeyContext, m: Mention, key: str, keys, classes: frozenset[str]
) -> str | None | Literal[False]:
    """The key of m (phrase key `key`, of `classes`) when its clause opens with a verb of adding
    (see _ADDING_HEAD): the key of added things, or None; False where the rule does not
    apply."""
    text = ctx.text
    if m.clause and text[m.clause - 1] not in _CLAUSE_MARKS:
        return False  # (a clause longer than the window: its opening words are not seen)
    head = (
        _ADDING_HEAD.match(text, m.clause, m.start)
        if m.start - m.clause <= _LONG
        else _heads_items(ctx, _ADDING_HEAD, _ADDING_VERB_ONLY, m.clause, m.start)
    )
    if head is None:
        head = _adding_head_of_bare_items(text, m)
    if head is None:
        return False
    if m.span.verb or _changed_by(ctx, m) not in ("", "新增"):
        return False  # 新建高标准农田120万亩、改造提升207万亩: 207 is no land added
    split = key in _kept_apart(keys if keys is not None else default_keys())
    if head["vague"]:
        # a flow of things built (parks) counts none that were mended (改造北陵、南湖等10个公园)
        mended = (
            head["vague"] in _MENDS
            and not ctx.search(_BUILDS, m.clause, m.start)  # 改造新建高标准农田9.7万亩
            and "flow" in classes
        )
        return None if split or mended else False
    added = key_for("新增" + clean_phrase(m.indicator), m.kind, m.reading.base_unit, keys)
    return added if added is not None else (None if split else False)


_MENDS = frozenset(("改造", "规范提升", "提升", "优化", "调整", "升级改造", "提升改造", "改造提升"))
_BUILDS = LazyPattern(r"新建|建成|新增|扩建|建设", std=True)


# A clause of bare items (省部级共建实验室20家、工程技术研究中心30家) goes on with the verb of adding that
# opened the clause before it when that one ends in a count too (建成国家科技成果转移转化平台3个，省部级
# 共建实验室20家、工程技术研究中心30家: centres built).
_BARE_ITEMS = compiled.compile_std(
    r"(?:[^，。；：、,;:\n\d]{2,16}?[ \t\u3000]*\d[\d.]*[ \t\u3000]*[万千百]?[个家所项座处条户]、)*"
    r"[^，。；：、,;:\n\d]{2,16}\Z"
)
_ITEM_VERBS = compiled.compile_std(
    r"达|到|增|减|提|降|新|(?<!共)建|创|获|认定|培育|发展|引进|实现|完成|累计|总数|现有|共有|拥有|保持|突破|超|"
    r"入库|评价|余额|总量|总额|规模|扶持|支持|备案|流转"
)
# (a count 以上/左右 ends it too: 新增高新技术企业8家以上，省级工程技术研究中心3—5个: centres added)
_COUNT_END = compiled.compile_std(
    r"\d[\d.]*[ \t\u3000]*[万千百]?[个家所项座处条户](?:以上|左右)?\Z"
)


def _kept_apart(table) -> frozenset[str]:
    """The stocks whose additions a table keys apart: each X for which it names new_X or X_new
    (whether or not it names X; kept per table)."""
    return per_table(table, "stocks with additions", _stocks_of_additions)


def _stocks_of_additions(table) -> frozenset[str]:
    """The stocks of the additions a table names (new_X, X_new: X)."""
    stocks = set()
    for key in key_names(table):
        if key.startswith("new_"):
            stocks.add(key[len("new_") :])
        if key.endswith("_new"):
            stocks.add(key[: -len("_new")])
    return frozenset(stocks)


# The size of the place's list of key projects (class list_size): the items that reached a stage
# (621个重大项目竣工310个, 新开工重点项目45个, 97个重大项目实现当年签约、当年开工) are another count: no
# key of the list's size. A list of works (class works_list): the items done after the list's own
# count are a part of it (30件民生实事完成29件); the items a list of livelihood projects names by
# examples are the list (遴选出缓解停车难…等12件民生实事).
_STAGE = LazyPattern(r"开工|竣工|建成|投产|完工|签约|开竣工|落地", std=True)
# after the list's own count, the items done (30件民生实事完成29件)
_DONE_AFTER_A_COUNT = compiled.compile_std(r"\d[^，,；;。]*(?:完成|办结|兑现)[^，,；;。\d]*$")
_PREDICATE = LazyPattern(r"[^，,；;。\d]*", std=True)
# The items a list's count names by examples (郑州日产第二工厂等700个重大项目, 实施了农村路网、农田水利
# …等26个重点项目): in the reports a group of the list (one industry's, one district's, one
# sector's, those at one stage), seldom the whole of it.
_EXAMPLES_BEFORE = LazyPattern(r"等" + _RIGHT_BEFORE, std=True)


def _items_at_a_stage(text: str, m: Mention, classes: frozenset[str]) -> bool:
    """Whether m counts the items of a list that reached a stage, or a group of them that
    examples name, not the list (see above; `classes`: its key's, list_size or works_list)."""
    if "works_list" in classes and _DONE_AFTER_A_COUNT.search(text, m.clause, m.start):
        return True
    if "list_size" not in classes:
        return False
    if _EXAMPLES_BEFORE.search(text, max(m.clause, m.start - 3), m.start):
        return True  # 南庄生态休闲工程、美的鹭湖森林度假区…等60个重点项目: a group of them
    at = text.rfind(m.indicator, max(m.clause, m.start - len(m.indicator) - 4), m.start)
    if at > m.clause and text[at - 1] == "等":
        return True  # 实施旅游新镇、沙坡头景区提升改造…等重点项目28个 (prec9b): a group of them
    # the predicate after the items, up to the clause's end or the next figure (621个重大项目竣工
    # 310个: the stage is the second figure's)
    after = _PREDICATE.match(text, m.end, m.end + 24)
    stage_after = (
        after is not None
        and not text[after.end() : after.end() + 1].isdigit()
        and _STAGE.search(after.group()) is not None
    )
    return stage_after or _STAGE.search(text, m.clause, m.start) is not None


# The key projects of one sector that the sentence names, alone (围绕城市建设上水平，实施重点工程80项;
# 把握服务业发展新趋势，…滚动实施100个重点项目; 工业重点项目建设有新进展，共推出71个重点项目): a group of
# the place's list, not its size; not where the sentence lists sectors (聚焦产业、交通、能源等领域，实施
# 284个省市重点项目: the list). The sentence runs from the last full stop or semicolon (a heading of the
# section, （一）加快工业转型升级, stands in it).
_ONE_SECTOR = LazyPattern(
    r"(?<![、])(服务业|工业|城市建设|城建|城镇建设|旅游|农业|交通|水利|能源|文化旅游|文旅)(?![、和])",
    std=True,
)
_SECTORS_LISTED = LazyPattern(
    r"(?:服务业|工业|城市建设|城建|城镇建设|旅游|农业|交通|水利|能源|产业|民生|基础设施|生态|社会)[、和及]"
    r"|[、和及](?:服务业|工业|城市建设|城建|城镇建设|旅游|农业|交通|水利|能源|产业|民生|基础设施|生态)",
    std=True,
)
_SENTENCE_STOPS = "。！？!?；;"
_SECTOR_REACH = 160


def _sentence_start(text: str, m: Mention, stops: str = _SENTENCE_STOPS) -> int:
    """Where m's sentence starts: after the last of `stops` within _SECTOR_REACH characters
    before the figure, else that far back."""
    lo = max(0, m.start - _SECTOR_REACH)
    return _last_mark(text, stops, lo, m.start) + 1 or lo


def _a_sectors_projects(text: str, m: Mention) -> bool:
    """Whether m counts the key projects of the one sector its sentence names (see above;
    asked of the keys of class list_size alone)."""
    sentence = text[_sentence_start(text, m) : m.start]
    if _SECTORS_LISTED.search(sentence):
        return False
    return len(set(_ONE_SECTOR.findall(sentence))) == 1


# A total of which the place's own share follows (全省一般预算收入增长13%，其中，地方一般预算收入增长
# 10%; 财政一般预算收入135.3亿元，…其中地方财政一般预算收入76.4亿元; …增加到466.5亿元，其中地方财政收入从
# 64.4亿元增加到212.4亿元): the figure includes what
# the centre takes, and the key is the local share's.
_BLANKS = (" ", "\t", "\u3000")  # (what [ \t\u3000] matches, one by one)
_LOCAL = "地方"  # (the local government's level: its own share of a revenue raised in the place)
_LOCAL_SHARE_AFTER = compiled.compile_std(
    r"[^。；;！？\n]{0,30}?[，,；;][ \t\u3000]*其中[，,]?[ \t\u3000]*"
    r"(?P<share>地方[^，,。；;：:\d]{2,16}?)[ \t\u3000]*(?:增长|下降|达到|完成|实现|为|约|从|由|\d)"
)


def _includes_the_centre(text: str, m: Mention, key: str, keys) -> bool:
    """Whether m's figure is a total whose local share, which `key` measures, follows
    (key_in_context asks it only where 其中 can open the share: its gate)."""
    if m.indicator.startswith(_LOCAL):
        return False
    return _local_share_at(text, m.end, len(text), m, key, keys)


def _local_share_at(text: str, at: int, end: int, m: Mention, key: str, keys) -> bool:
    """Whether a local share that `key` measures, for m's kind and unit, follows `at` (within
    text[:end]) as _LOCAL_SHARE_AFTER reads it."""
    after = _LOCAL_SHARE_AFTER.match(text, at, end)
    return after is not None and key_for(after["share"], m.kind, m.reading.base_unit, keys) == key


def _the_total_again(text: str, m: Mention, key: str, keys, begin: int) -> bool:
    """Whether m, a figure after the local share, is of the total its sentence named before the
    share (财政一般预算收入达到561.2亿元，其中地方财政收入257.4亿元，年均分别增长21.4%和23.2%: 21.4%
    is the total's growth; …，调整出口退税因素后，财政一般预算收入为400.9亿元): m's phrase opens a
    figure that `_includes_the_centre` reads as such; `begin`: where m's sentence starts."""
    if not m.indicator or m.indicator.startswith(_LOCAL):
        return False
    at = text.find(m.indicator, begin, m.start)
    if at < 0 or text.find(_OF_WHICH + _LOCAL, at, m.start) < 0:
        return False  # (the cheap tests first: the total named before m, a local share after it)
    return _local_share_at(text, at + len(m.indicator), m.start, m, key, keys)


# The same total named bare elsewhere in the report (宁波 2004-2009: 财政一般预算收入增长12% among the
# year's targets, where the review reads 财政一般预算收入810.9亿元，其中地方财政收入390.4亿元): a
# report that splits the phrase's figure into the local share and the rest writes it for the
# total everywhere.
_LOCAL_SHARE_ANYWHERE = compiled.compile_std(r"其中[，,]?[ \t\u3000]*地方")


def _a_total_in_its_report(ctx: KeyContext, m: Mention, key: str, keys) -> bool:
    """Whether m's phrase names, somewhere in its report, a total whose local share follows
    it (`_local_share_at`, with `key`): found once per document and phrase."""
    text = ctx.text
    shares = ctx.read_once(_local_shares, 0, len(text))
    kind, unit = m.kind, m.reading.base_unit
    if not shares or all(key_for(share, kind, unit, keys) != key for share in shares):
        return False  # (the cheap test first: no local share of the key in the report)
    phrase = m.indicator
    memo = (_a_total_in_its_report, phrase, key)
    found = ctx._read.get(memo)
    if found is None:
        found = _splits_its_total(ctx, m, key, keys)
        ctx._read[memo] = found
    return found


def _splits_its_total(ctx: KeyContext, m: Mention, key: str, keys) -> bool:
    """`_a_total_in_its_report`, worked out."""
    phrase = m.indicator
    text = ctx.text
    if not phrase or phrase.startswith(_LOCAL):
        return False
    at = text.find(phrase)
    for _ in range(50):
        if at < 0:
            break
        end = at + len(phrase)
        if _local_share_at(text, end, min(len(text), end + 80), m, key, keys):
            return True
        at = text.find(phrase, end)
    return False


def _local_shares(text: str, start: int, end: int) -> frozenset[str]:
    """The local shares named after 其中 in text[start:end], as `_LOCAL_SHARE_AFTER` reads
    them (地方财政收入): those whose key `_a_total_in_its_report` can find a total of."""
    found = set()
    for m in _LOCAL_SHARE_ANYWHERE.finditer(text, start, end):
        share = _LOCAL_SHARE_AFTER.match(text, max(start, m.start() - 2), end)
        if share is not None:
            found.add(share["share"])
    return frozenset(found)


# Exports or imports after 其中 are the part of the trade total just before, in its scope: 服务进出
# 口总额65754亿元…。其中，出口26857亿元 (services' exports), 对“一带一路”沿线国家进出口总额92690亿
# 元…。其中，出口52585亿元 (those countries'); the total of goods (货物进出口总额) or of all
# (进出口总额) gives the place's exports their key.
_TRADE_PARTS = frozenset(("出口", "进口", "出口额", "进口额", "出口总额", "进口总额"))
_OF_WHICH_OPENING = compiled.compile_std(r"[ \t\u3000]*其中")
_TRADE_TOTAL = "进出口"


def _trade_parts_scope(ctx: KeyContext, m: Mention, keys, begin: int) -> str | None:
    """The scope of the trade total before exports or imports written bare after 其中 (服务,
    对“一带一路”沿线国家: see above), or None where no such total is read or it is the place's
    own (`begin`: where m's sentence starts)."""
    if m.indicator not in _TRADE_PARTS:
        return None
    text = ctx.text
    # (其中 opens m's sentence, or its clause right after the total's figure)
    at = text.rfind("其中", begin, m.start)
    if at < 0 or text.find(m.indicator, at, m.start) < 0:
        return None
    if not (_OF_WHICH_OPENING.match(text, begin, at + 2) or text[at - 1 : at] in ("，", ",")):
        return None
    total = text.rfind(_TRADE_TOTAL, max(0, at - 120), at)
    if total < 0:
        return None
    opening = max(text.rfind(mark, max(0, total - 40), total) for mark in "。；;，,、\n：:") + 1
    scope = _NOT_HAN_ENDS.sub("", text[max(opening, total - 40) : total])
    scope = scope[compiled.match_end(_YEARS_SPOKEN_OF, scope) :]  # (五年外贸进出口总额)
    if (
        not scope
        or key_for(scope + "进出口总额", m.kind, m.reading.base_unit, keys) in _PLACES_TRADE
    ):
        return None  # (the place's own trade: 全年货物进出口总额, 海关进出口总额)
    return scope


_PLACES_TRADE = ("foreign_trade", "foreign_trade_growth")
_YEARS_SPOKEN_OF = compiled.compile_std(
    rf"(?:过去)?(?:五年|十年|[“\"]?(?:{PLAN_ORDINAL})五[”\"]?(?:时期|期间)?)?"
)
# (marks and markup around the scope: **完成 as 完成; a year's digits stay, 2000年 as written)
_NOT_HAN_ENDS = LazyPattern(r"^[^\p{Han}\p{N}“]+|[^\p{Han}\p{N}”]+$")


# A count of things the place helps (扶持300个农民专业合作社, 支持29家新型研发机构加快发展, 重点培育和
# 扶持20家农业龙头企业) is no count of them all, nor of those added: what they help to build or set up
# is (支持建设100个乡镇综合文化站, 扶持建立5家企业技术中心, 支持新建50个省级现代农业产业园).
_HELPED = LazyPattern(
    r"(?:(?:扶持|支持)(?:壮大|发展|认定|培育)?|结对帮扶(?:我[市州省县区盟])?)" + _RIGHT_BEFORE,
    std=True,
)


def _helped(text: str, m: Mention) -> bool:
    """Whether m, a count, counts things the place helps (see _HELPED; key_in_context asks it
    of counts alone: the kind is read there, once per figure)."""
    return _HELPED.search(text, max(m.clause, m.start - 12), m.start) is not None


# The articles of a policy the place carries out (严格落实安全生产十五条硬措施, 用好省支持高质量发展的
# 24条政策, 对标国务院安委会十五条硬措施) were issued by another level or an earlier year: the count
# names the policy, it counts no measures the place issued (出台帮扶企业20条措施, 制定实施…21条政策
# 措施 keep their key).
_IMPLEMENTS = LazyPattern(r"落实|落细|贯彻|执行|对标|用好|用足", std=True)
_ISSUES = LazyPattern(r"出台|制定|推出|印发|发布|研究|颁布", std=True)
_POLICY_WORDS = LazyPattern(r"政策|措施|举措|意见|办法|条例", std=True)


def _policy_carried_out(text: str, m: Mention) -> bool:
    """Whether m, a count, counts the articles of a policy the place carries out (see
    _IMPLEMENTS; asked of counts alone, as _helped)."""
    if text[m.end - 1 : m.end] not in ("条", "项"):
        return False
    if not _POLICY_WORDS.search(m.indicator):
        return False  # 认真落实好为民兴办的11件26项实事项目: the place's own works
    before = text[m.clause : m.start]
    return _IMPLEMENTS.search(before) is not None and _ISSUES.search(before) is None


# A flow (parks built, kindergartens built: the table's note says "a flow", or the key ends in
# _built) stated as the stock it reached (幼儿园增至552所, 城市公园增至103个, 新增公园141座、累计达到
# 973座) is no flow: no key (the stock has none of its own in the table).
_STOCK_BEFORE = compiled.compile_std(
    r"(?:增至|增加到|增长到|发展到|总数达到?|总数为|总量达到?|累计达到?|共有|现有)" + _RIGHT_BEFORE
)


# ... and the things themselves reaching a figure (5G基站达到1.4万座, 各类公园达1514个, 到2025年…高标准
# 农田达到800万亩, 5G基站突破2.1万座: 突破 opens the figure's own words): with no verb of building in
# the clause, the figure is how many there are
_REACHED_BEFORE = compiled.compile_std(r"(?:达到|达)" + _RIGHT_BEFORE)
_REACHED_OPENING = "突破"
_BUILT_IN_PHRASE = LazyPattern(
    r"新建|新增|建成|建设|改造|完成|实施|开工|开通|新开|造林|植树|种植", std=True
)  # (全年植树造林突破5万亩: planted)


# ... and a list of how many there are, with no verb at all: a count right after its phrase, where
# neither the phrase, nor the sentence before it, nor the rest of its clause says what was done
# or is to be done (乡镇卫生院4.0万个，床位65.3万张; 基层医疗卫生机构93.1万个，其中乡镇卫生院3.7万个;
# 全市停车位87万个。 Not 筹集保障性租赁住房2.3万套, 开发公益性岗位1100个, 5G基站1715个建成开通)
_LISTED_SCOPE = compiled.compile_std(r"(?:其中|全市|全省|全国|全区|全州|年末|目前|现有|共有)*\Z")
_DOING = LazyPattern(
    r"建|改|筹|新|开发|开通|开工|开放|完成|实施|部署|发放|提供|推出|投|修|造|配|装|购|添|创|培|"
    r"引|扶|帮|增加|提升|提高|达标|力争|确保|目标|计划|任务|预计|争取",
    std=True,
)


def _listed_stock(text: str, m: Mention, begin: int) -> bool:
    """Whether m, a count of a key of a flow, is one of a list of how many there are (see
    _LISTED_SCOPE; `begin`: where m's sentence starts)."""
    phrase = m.indicator
    if not phrase or not text.endswith(phrase, m.clause, m.start):
        return False
    if not _LISTED_SCOPE.match(text, m.clause, m.start - len(phrase)):
        return False
    if begin >= m.clause and text.startswith("其中", m.clause):
        # (新增停车泊位5.5万个。其中公共停车泊位4500个: the whole, and its verb, in the sentence
        # before)
        begin = _last_mark(text, _SENTENCE_ENDS, max(0, begin - 200), begin - 1) + 1
    after = _CLAUSE_OR_SENTENCE.search(text, m.end, m.end + 30)
    rest = text[m.end : after.start() if after else m.end + 30]
    return not (
        _DOING.search(phrase) or _DOING.search(text, begin, m.clause) or _DOING.search(rest)
    )


# A growth after what its statistic leaves out (一般公共预算收入下降1.6%，扣除减税降费等因素影响，
# 可比增长11.5%; 剔除煤炭去产能等因素，实际增长6%左右) is a comparison of the report's own making, not
# the statistic's growth: no key. With prices left out (扣除价格因素，实际增长) it is the real growth,
# another statistic for the keys of class nominal (retail sales, trade, investment). The words
# apply to the figure they stand before: no number between them and it.
_LEFT_OUT = LazyPattern(r"(?:扣除|剔除)([^，。；;,\d]{0,20}?)因素", std=True)
_PRICES = ("价格", "物价", "涨价", "通胀", "通货膨胀", "生活费")
_A_DIGIT = LazyPattern(r"\d", std=True)
_LEFT_OUT_REACH = 30


def _adjusted_growth(text: str, m: Mention, classes, lo: int) -> bool:
    """Whether m, a growth, is one with something left out of its statistic (see _LEFT_OUT;
    `lo`: where the words are looked for, from m's sentence or 30 characters before its clause)."""
    last = None
    for found in _LEFT_OUT.finditer(text, lo, m.start):
        last = found
    if last is None or _A_DIGIT.search(text, last.end(), m.start):
        return False  # (扣除不可比因素，预计地区生产总值实现1100亿元，同比增长7%: the amount's)
    if any(word in last[1] for word in _PRICES):
        return "nominal" in classes
    return True


def _stock_of_a_flow(text: str, m: Mention) -> bool:
    """Whether m, a count or an amount, states the stock of things that its key counts as a
    flow (see _STOCK_BEFORE; key_in_context asks it of those kinds and of the keys of a flow
    alone: those that end in _built or have the class flow)."""
    if m.reading.base_unit == "元":
        return False
    lo = m.start - 8 if m.start - 8 > m.clause else m.clause
    if not _STOCK_BEFORE.search(text, lo, m.start):
        lo = m.start - 6 if m.start - 6 > m.clause else m.clause
        reached = _REACHED_BEFORE.search(text, lo, m.start)
        at = reached.start() if reached else m.start
        if (
            (reached is None and not text.startswith(_REACHED_OPENING, m.start))
            or not m.indicator
            or not text.endswith(m.indicator, 0, at)
            or _BUILT_IN_PHRASE.search(text, m.clause, at)
        ):
            return False
    return True


# A count that stands before a list of kinds of things (打通10条断头路、卡脖路; 40所中小学、幼儿园建成开学;
# 加快522所乡镇卫生院、牧业医院、村卫生室建设; 1162件人大代表建议、政协提案全部办结) counts them all,
# not the first kind its phrase names. Each kind after the first ends as a facility or a document does
# and holds no figure (新增3个4A级景区、宣威尼珠河大峡谷等11个3A级景区: the second has its own count).
_KINDS_AFTER = compiled.compile_std(
    r"(?:、[^，。；：、,;:\s\d等]{0,10}[路园校院室所站村区厂场馆心库桥案议构市楼网线中])+"
    r"(?:[，。；：,;:\n]|建设|改造|提升|建成|开放|办结|办复|等(?![^，。；：,;:\n]{0,12}\d)|$)"
)


def _counts_a_list_of_kinds(text: str, m: Mention) -> bool:
    """Whether m, a count before its phrase, counts a list of kinds (see _KINDS_AFTER; asked of
    counts alone, as _helped)."""
    if not m.indicator or not text.startswith(m.indicator, m.end):
        return False
    return _KINDS_AFTER.match(text, m.end + len(m.indicator)) is not None


# The bounds of the band a statistic moved in through the year (增速一直在16%～16.8%的区间运行) are
# no value of it. (A figure of a part of the year, 一季度地区生产总值下降3%, keeps its key: keys carry
# no span, and its `period` is `part`.)
_BAND_AFTER = LazyPattern(r"[～~至到\-—–\d.%％ ]{0,12}的?区间", std=True)


def _bounds_a_band(text: str, m: Mention) -> bool:
    """Whether m bounds the band the statistic moved in (see _BAND_AFTER)."""
    return _BAND_AFTER.match(text, m.end) is not None


# A figure by which the statistic beat a goal or a standard (全市优良天数超出省考指标71天, 超过省定目标
# 5个百分点) is a difference, no level of it.
_OVER_A_GOAL = compiled.compile_std(
    r"(?:超出|超过|高于|多出|多于|超额完成)[^，,；;。\d]{0,8}?(?:指标|目标|任务|计划|标准)[ \t\u3000]*\Z"
)

# A figure by which the place is above or below another place (城镇化率达到57%，比全省平均水平高7个
# 百分点; 高于全国、全省14.19、17.64个百分点; 人均生产总值…高于全省平均水平2万元以上), or that other
# place's own figure (居民消费价格上涨3.4%，低于全国4.5%和全省3.7%的水平), is no figure of the place's
# statistic: no key
_GAP_TO_ANOTHER = compiled.compile_std(
    r"(?:(?:高于|低于|高出|低出|快于|慢于|多于|少于|超出|领先|落后)(?:同期)?"
    r"(?:全国|全省|全区|全州|全盟|全市|国家|省|市|周边)[^，。；：,;:\n\d]{0,10}"
    r"|[比较](?:同期)?(?:全国|全省|全区|全州|全盟|国家|省|周边)[^，。；：,;:\n\d]{0,8}"
    r"(?:高|低|多|少|快|慢)出?)"
    r"(?:[\d.]+(?:个百分点)?[、和])?\Z"
)


# A count of things the place solved a problem for (解决了19家上市公司的用地问题, 协调解决120家企业融资
# 难题) counts those helped, not them all (解决10万农村人口饮水安全问题: the phrase names the problem,
# its own key).
_SOLVED_BEFORE = compiled.compile_std(r"(?:解决|化解|协调|帮助|帮)[了好]?" + _RIGHT_BEFORE)
_PROBLEM_AFTER = LazyPattern(r"的?[^，,；;。、\d]{0,8}?(?:问题|难题|困难|诉求|需求)", std=True)


def _problem_solved(text: str, m: Mention) -> bool:
    """Whether m, a count, counts things the place solved a problem for (see _SOLVED_BEFORE;
    asked of counts alone, as _helped)."""
    if not m.indicator or not text.startswith(m.indicator, m.end):
        return False
    if not _SOLVED_BEFORE.search(text, max(m.clause, m.start - 12), m.start):
        return False
    return _PROBLEM_AFTER.match(text, m.end + len(m.indicator)) is not None


# A figure said to be a share of the statistic its own phrase names (新批外商投资制造业项目125个，实际利用
# 外资3.9亿美元，占实际利用外资的55%) is a part of that whole: the whole's key would misstate it.
_SHARE_OF_AFTER = LazyPattern(
    r"(?:[、，,]?(?:同比|比上年)?(?:增长|下降)[\d.]+[%％])?[，,、]?(?:约|同比)?"
    r"占(?:全市|我市|本市)?"
    r"(?P<whole>[^，,；;。\d]{2,16}?)(?:总量|总额)?的?(?:比重|比例)?(?:达到?|为)?[ \t\u3000]*\d",
    std=True,
)


# (the characters _SHARE_OF_AFTER and _SHARE_OF_THE_PLACE admit before 占, with the digits; a
# test reads them from the patterns)
_BEFORE_SHARE = "、，,同比上年增长下降.%％约 \t\u30000123456789"
# (a whole of another level, or the province's in a city's report: the figure may be the place's)
_ANOTHER_LEVEL = ("全国", "全省", "全区", "全州", "全县", "全盟", "我省", "本省", "国家", "省")


def _part_of_its_whole(text: str, m: Mention, key: str, keys, names: tuple[str, ...]) -> bool:
    """Whether the words after m say its figure is a share of the statistic its key names, or
    of the place itself (see _SHARE_OF_THE_PLACE; `names`: the report's own place names).
    key_in_context asks it of amounts, counts and growths alone."""
    # (both patterns need 占 after the figure, after no more than marks, a growth and 约 or
    # 同比: the first other character after the figure is 占 or a digit of the growth)
    other = text[m.end : m.end + 40].lstrip(_BEFORE_SHARE)
    if other and other[0] != "占" and not other[0].isdecimal():
        return False
    if _share_of_the_place(text, m, names):
        return True
    after = _SHARE_OF_AFTER.match(text, m.end)
    if after is None or after["whole"].startswith(_ANOTHER_LEVEL):
        return False  # 对俄进出口总额223.6亿美元，占全国对俄进出口总额的25.1%: the place's own
    return key_for(after["whole"], m.kind, m.reading.base_unit, keys) == key


# ... and a figure said to be a share of the place itself, the whole unnamed (规模以上工业总产值350亿
# 元，占全市比重35.5%; 开发区…实际利用外资1.4亿美元，占全市的51.7%): a part's. The whole place is the
# report's own level (全市 in a city's report; 占全省 there is the city's share of its province).
_SHARE_OF_THE_PLACE = LazyPattern(
    r"(?:[、，,]?(?:同比|比上年)?(?:增长|下降)[\d.]+[%％])?[，,、][ \t\u3000]*(?:约|同比)?"
    r"占(?P<level>全市|我市|本市|全省|我省|本省|全区|全州|全盟)的?(?:比重|比例|份额)?"
    r"(?:达到?|为|超过?|近)?[ \t\u3000]*\d",
    std=True,
)
_LEVEL_WORDS = (
    ("自治区", ("全区",)),
    ("省", ("全省", "我省", "本省")),
    ("州", ("全州",)),
    ("盟", ("全盟",)),
    ("市", ("全市", "我市", "本市")),
)


def _share_of_the_place(text: str, m: Mention, names: tuple[str, ...]) -> bool:
    """Whether m is said to be a share of the report's own place, which `names` names (see
    _SHARE_OF_THE_PLACE)."""
    after = _SHARE_OF_THE_PLACE.match(text, m.end)
    if after is None:
        return False
    if not names:
        return False
    own = next((words for suffix, words in _LEVEL_WORDS if names[0].endswith(suffix)), ())
    return after["level"] in own


# Revenue of the budget collected in the place (公共财政预算收入122.7亿元) is of all levels where the
# local part (地方公共财政预算收入54.8亿元) is written beside it in the same sentence: the bare phrase is
# no local revenue there (_LOCAL above).


def _all_levels_beside_local(ctx: KeyContext, m: Mention, begin: int) -> bool:
    """Whether m's revenue, a bare phrase, has its local part written in the same sentence
    (which starts at `begin`, `KeyContext.sentence`)."""
    text = ctx.text
    if "预算" not in m.indicator or "收入" not in m.indicator:
        return False  # (the words the cleaned phrase needs: one test before cleaning it)
    phrase = clean_phrase(m.indicator)
    if not phrase.endswith("收入") or "预算" not in phrase or phrase.startswith(_LOCAL):
        return False
    ends = [i for i in (text.find(c, m.end, m.end + 3 * CLAUSE_WINDOW) for c in _STOPS) if i >= 0]
    end = min(ends) if ends else m.end + 3 * CLAUSE_WINDOW
    return text.find(_LOCAL + phrase, begin, end) >= 0


# A bare statistic written after another item of its list (猕猴桃综合产值增长8.5%、出口增长53.6%;
# 民营经济增加值增长5.5%、税收增长12%) is the first item's subject's when that item names a subset the
# table has no key for: the place's key would misstate it (地区生产总值增长8%、出口增长10%: the first is
# the place's own, the list goes on with the place).
_LIST_HEADS = frozenset(
    ("出口", "进口", "进出口", "出口额", "进口额", "出口总额", "销售额", "营业额", "产量", "投资")
    + ("主营业务收入", "营业总收入", "利润总额", "利税总额", "营业收入", "销售收入", "出口交货值")
    + ("总产值", "增加值", "营收", "产值", "利润", "利税", "税金", "税收")
)
# (the kinds and units the first item's figure may have)
_ITEM_KINDS = (
    ("growth", "%"),
    ("amount", "元"),
    ("amount", "美元"),
    ("amount", "吨"),
    ("count", "个"),
)
# (what else the first item's phrase may end with: a subset's statistic, 猕猴桃综合产值)
_ITEM_HEADS = ("收入", "产值", "总收入", "规模", "总额", "交易额", "产量")
_FIRST_ITEM = LazyPattern(
    r"(?:[^，,；;。、\d]*?(?:实现|完成))?(?P<phrase>[^，,；;。、\d]{2,20}?)"
    r"(?:同比|比上年|较上年)?(?:增长|下降|达到?|突破|超|\d)",
    std=True,
)


def _bare_after_a_subset(text: str, m: Mention, keys, names: tuple[str, ...]) -> bool:
    """Whether m's bare phrase goes on with the subset its list's first item names (`names`:
    the report's own place names). key_in_context asks it of the bare statistics of lists
    alone (_LIST_HEADS)."""
    if m.kind not in ("growth", "amount"):
        return False
    at = text.rfind(m.indicator, max(m.clause, m.start - 8), m.start)
    if at < m.clause or at == 0 or text[at - 1] not in "、，,":
        return False
    opening = m.clause
    if text[at - 1] in "，,":  # (茶叶产量3.1万吨、增长4.7%，出口1.02亿美元: the clause before)
        lo = max(0, at - CLAUSE_WINDOW)
        opening = _last_mark(text, _CLAUSE_MARKS, lo, at - 1) + 1
        if opening <= lo:
            return False
    if not any(c.isdigit() for c in text[opening:at]):
        return False  # (not after an item with a figure of its own)
    first = _FIRST_ITEM.match(text, opening, at)
    if first is None:
        return False
    phrase = first["phrase"].strip()
    if _WHOLE_PLACE.match(phrase) or _OWN_SCOPE.match(phrase):
        return False
    if not phrase.endswith((*_LIST_HEADS, *_ITEM_HEADS)):
        return False  # 实际到账注册外资77.8亿美元、进出口321.7亿美元: no subset's statistic
    if any(key_for(phrase, kind, unit, keys) for kind, unit in _ITEM_KINDS):
        return False  # (the first item is a statistic of the table, the place's)
    return not _without_own_place(names, phrase)


# A bare statistic in a 分别 list beside a statistic only an owner has (实现增加值、税收分别增长18%和22%
# after 民营经济实力明显增强; 销售农产品400万吨，销售额、出口额分别达到120亿元和2.16亿美元) is that
# owner's, not the place's (投资、消费、出口分别增长6%、6%和11%: the place's own).
_OWNERS_ONLY = frozenset(
    ("增加值", "产值", "总产值", "销售额", "销售收入", "营业收入", "主营业务收入", "营收", "利润")
    + ("利税", "利润总额", "利税总额", "营业额", "交易额")
)
_BARE_LIST = compiled.compile_std(
    r"(?:实现|完成)?(?P<items>[^，,；;。\d]{2,30}?)(?:均|同比)?分别(?:比上年|较上年|同比)?"
)


def _bare_beside_an_owners(text: str, m: Mention) -> bool:
    """Whether m's bare phrase is listed beside a statistic only an owner has (see above;
    key_in_context asks it of the bare statistics of lists alone, _LIST_HEADS)."""
    if m.indicator in _OWNERS_ONLY:
        return False
    lo = max(0, m.start - 3 * CLAUSE_WINDOW)
    begin = _last_mark(text, _CLAUSE_MARKS, lo, m.start) + 1
    listed = _BARE_LIST.match(text, max(begin, lo), m.start)
    if listed is None:
        return False
    items = [i.strip() for i in compiled.compile_std(r"[、和及与]").split(listed["items"])]
    return m.indicator in items and any(i in _OWNERS_ONLY for i in items)


# Items of a 分别 list that the table's key lumps together (广播、电视人口综合覆盖率分别达到97%和98%:
# radio's and television's, which broadcast_coverage joins) are no value of the key: the list splits
# it. Found where the phrase's other item, put before m's head, takes the same key.
_SPLIT_LIST = compiled.compile_std(r"[^，,；;。\d]{0,12}?分别")


def _lumped_in_a_list(text: str, m: Mention, key: str, keys) -> bool:
    """Whether m is an item of a 分别 list whose items the key lumps (see _SPLIT_LIST)."""
    if not m.indicator:
        return False
    lo = m.start - 3 * CLAUSE_WINDOW if m.start > 3 * CLAUSE_WINDOW else 0
    at = text.rfind(m.indicator, lo, m.start)
    if at < 0 or not _SPLIT_LIST.match(text, at + len(m.indicator)):
        if "、" not in m.indicator:
            return False
        at = text.rfind(m.indicator, lo, m.start)  # (the whole list as one phrase)
        if at < 0 or not _SPLIT_LIST.match(text, at + len(m.indicator)):
            return False
    own = m.indicator
    if "、" in own:
        other, own = own.split("、", 1)[0], own.split("、")[-1]
    elif at > 0 and text[at - 1] in "、和及与":
        start = at - 1
        while start > lo and text[start - 1] not in "，,；;。、：:\n" and start > at - 7:
            start -= 1
        other = text[start : at - 1]
    else:
        return False
    if not 1 <= len(other) <= 6 or any(c.isdigit() for c in other):
        return False
    if _OWN_SCOPE.match(own):
        return False  # 中心城区、城镇污水处理率分别达95%、85%: a scope the key admits
    for cut in range(1, min(5, len(own))):
        if key_for(other + own[cut:], m.kind, m.reading.base_unit, keys) == key:
            return True
    return False


# A count of one class of things (a grade, a size, a level) written beside another class of the same
# things in its sentence (新增4A级景区7个、3A级景区27个; 新建改建23个大公园和100多个社区公园; 158座大中型
# 水库和3882座小型水库除险加固) counts a part of what the key counts, all classes: no key. A class the
# table keys apart (the phrase's key changes without it) keeps its key; so does a class alone in its
# sentence (the table's convention: 新增4A级景区3个).
_CLASS_FAMILIES = (
    r"[1-5１-５]A[ \t\u3000]?级|A{1,5}级",
    r"大中型|中小型|大型|中型|小型|微型|社区|口袋|大",
    r"国家级|国家|省级|市区级|市级|县级|区级|镇级",
    r"万亿级|五千亿级|千亿级|五百亿级|百亿级|[三五]十亿级",
)
# (what the key's phrase keeps in place of the class: A级景区 for 4A级景区)
_GENERIC = ("A级", "", "", "")
_CLASSED = compiled.compile_std(
    r"(?P<verb>新增|新建|新创|新认定|新培育|建成|新改建|改扩建|新改扩建)?"
    r"(?:国家)?(?P<cls>" + "|".join(_CLASS_FAMILIES) + r")(?P<rest>[^\d]{2,})\Z"
)
_FAMILY_RES = tuple(compiled.compile_std(f) for f in _CLASS_FAMILIES)
# (the other class's phrase, up to a mark, a joining word or a figure)
# (the other class's own figure: a count before it, 158座大中型水库, or after its phrase, 3A级景区27个)
_COUNT_BEFORE_CLASS = LazyPattern(
    r"\d[\d.]*[ \t\u3000]*[万千百]?[个家所座处项户条][ \t\u3000]*(?:国家)?[ \t\u3000]*\Z", std=True
)
_FIGURE_AFTER = LazyPattern(r"[^，。；：、,;:\n\d]{0,12}?\d", std=True)
_ITEM_AFTER = LazyPattern(r"[^，。；：、,;:和及与\d“”\s]{2,16}", std=True)


def _own_level(names: tuple[str, ...]) -> str:
    """The class word of the report's own level (市级 in a city's report, 省级 in a province's),
    from its place's `names`."""
    if not names:
        return ""
    return "市级" if names[0].endswith(("市", "州", "盟", "地区")) else "省级"


@functools.lru_cache(maxsize=4096)
def _class_named(indicator: str) -> tuple[str, int, str, str] | None:
    """The class a count's phrase names (_CLASSED), the index of its family in _FAMILY_RES, the
    verb before it and the words after it; or None: kept per phrase."""
    got = _CLASSED.match(clean_phrase(indicator))
    if got is None:
        return None
    at = next(i for i, f in enumerate(_FAMILY_RES) if f.fullmatch(got["cls"]))
    return got["cls"], at, got["verb"] or "", got["rest"]


def _one_class_beside_another(
    ctx: KeyContext, m: Mention, key: str, keys, classes: frozenset[str], begin: int
) -> bool:
    """Whether m counts one class of what `key` counts, another class beside it (see above);
    `classes`: the key's; `begin`: where m's sentence starts (`KeyContext.sentence`; asked of
    counts alone, as _helped)."""
    text = ctx.text
    if not m.indicator:
        return False
    got = _class_named(m.indicator)
    if got is None:
        return False
    cls, at, verb, rest = got
    family = _FAMILY_RES[at]
    if key_for(verb + _GENERIC[at] + rest, m.kind, m.reading.base_unit, keys) != key:
        return False  # (a class the table keys apart)
    ends = [i for i in (text.find(c, m.end, m.end + 3 * CLAUSE_WINDOW) for c in _STOPS) if i >= 0]
    end = min(ends) if ends else m.end + 3 * CLAUSE_WINDOW
    if "works_list" in classes and cls == _own_level(ctx.place_names()):
        return False  # 232个市级重点项目 in a city's report: the place's own list
    for hit in family.finditer(text, begin, end):
        if hit.group() == cls:
            continue
        counted = _COUNT_BEFORE_CLASS.search(text, begin, hit.start()) is not None
        if counted and text[hit.end() : hit.end() + 1] in ("、", "和", "及", "与"):
            return True  # 新增1个5A级、6个4A级旅游景区: the things named once
        if not text.startswith(rest[:2], hit.end()):
            continue  # (a class of other things)
        item = _ITEM_AFTER.match(text, hit.end(), end)
        other = item.group() if item else ""
        if not counted and not _FIGURE_AFTER.match(text, hit.end() + len(other), end):
            continue  # (no figure of its own: 织金洞景区通过5A级景区景观质量评审)
        if (
            rest.startswith(other)
            or other.startswith(rest)
            or key_for(verb + _GENERIC[at] + other, m.kind, m.reading.base_unit, keys) == key
        ):
            return True  # (not 国家级科技企业孵化器 beside 国家科技型中小企业: other things)
    return False


# A count of things that the words after it say were selected, rated, named or taken into a scheme
# (3所学校入选首届全国文明校园, 9个特色产业集群入选省重点调度名录, 227个村卫生室纳入医保定点) counts
# those, none of the statistic its phrase names: no key. Things said to be approved (10家全国重点实验室
# 获批建设) are the year's additions: the key the table gives added things, where it keeps them apart.
_SELECTED_AFTER = compiled.compile_std(
    r"[ \t\u3000]*(?:全部|均|先后|相继|成功|已)?(?:被)?"
    r"(?:(?P<approved>获批|获准|获认定|通过认定)|创建|入选|获评|荣获|评为|被评为|获得|命名为|被命名|认定为|被认定|列入|纳入|跻身"
    r"|入围|上榜)"
)


def _selected_key(text: str, m: Mention, key: str, keys) -> str | None | Literal[False]:
    """The key of m, a count the words after its phrase say were selected or approved (see
    above): the added things' key, or None; False where the rule does not apply (asked of
    counts alone, as _helped)."""
    if not m.indicator or not text.startswith(m.indicator, m.end):
        return False
    after = _SELECTED_AFTER.match(text, m.end + len(m.indicator))
    if after is None:
        return False
    if after["approved"] and not m.indicator.startswith("新"):
        added = key_for("新增" + clean_phrase(m.indicator), m.kind, m.reading.base_unit, keys)
        if added is not None and added != key and added in (f"new_{key}", f"{key}_new"):
            return added
    return None


# The growth of a count whose clause opens with a verb of adding (发展市场主体29300户、增长44.6%)
# is the additions' growth: the key of the additions' growth (new_market_entities_growth) after a
# verb that adds, none after one that may add or keep where the table splits the stock.
def _added_growth_key(ctx: KeyContext, m: Mention, key: str, keys) -> str | None | Literal[False]:
    """The key of m, a growth whose clause opens with a verb of adding; False where no rule
    (asked of growths alone: key_in_context reads the kind)."""
    text = ctx.text
    if not key.endswith("_growth") or m.indicator.startswith("新"):
        return False
    if m.clause and text[m.clause - 1] not in _CLAUSE_MARKS:
        return False
    if key[: -len("_growth")] not in _kept_apart(keys if keys is not None else default_keys()):
        return False  # (the table keeps no additions of the stock apart: one test before the text)
    head = (
        _ADDING_HEAD.match(text, m.clause, m.start)
        if m.start - m.clause <= _LONG
        else _heads_items(ctx, _ADDING_HEAD, _ADDING_VERB_ONLY, m.clause, m.start)
    )
    if head is None or not _a_count_before(text, m.clause, m.start):
        return False
    if head["vague"]:
        return None
    added = key_for("新增" + clean_phrase(m.indicator), m.kind, m.reading.base_unit, keys)
    return added


# (the count the growth follows, in the same clause: 发展市场主体29300户、增长)
_COUNT_BEFORE = LazyPattern(
    r"\d[\d.]*[ \t\u3000]*[万亿千百]?[户家个所][、，,]?(?:同比)?\Z", std=True
)
# (where _COUNT_BEFORE is looked for first: its number's last 18 characters and the five after
# them at most, a unit's and 、同比; what it reads of a number before them, digits, points and
# blanks)
_COUNT_REACH = 24
_NUMBER_RUN = LazyPattern(r"[\d. \t\u3000]*", std=True)


def _a_count_before(text: str, start: int, end: int) -> bool:
    """Whether a count (_COUNT_BEFORE) ends at `end` in text[start:end]: looked for in the
    _COUNT_REACH characters before `end` first; only where they hold nothing but a number up to
    the last five (a count that starts before them would run through them) is the whole stretch
    searched. (A list's figures share their clause start: a search from it for each figure
    would read the list again.)"""
    lo = end - _COUNT_REACH
    if lo > start:
        if _COUNT_BEFORE.search(text, lo, end) is not None:
            return True
        if _NUMBER_RUN.fullmatch(text, lo, end - 5) is None:
            return False
    return _COUNT_BEFORE.search(text, start, end) is not None


# A count of things repealed or cleared up (废止政府规章6件, 制定政府规章2件、废止5件, 清理政府规章200件,
# 制定、修改、废止政府规章22项) counts none made: the verbs of its own item say so. (A phrase that holds
# the verb is its own statistic: 清理并拆除违法建筑.)
_REMOVED = LazyPattern(r"废止|废除|清理|撤销", std=True)
_ITEM_MARKS = "，,；;。：:、\n"


def _removed(text: str, m: Mention) -> bool:
    """Whether m, a count, counts things repealed or cleared up, as the verbs of its own item
    say (asked of counts alone, as _helped)."""
    start = _last_mark(text, _ITEM_MARKS, max(m.clause, m.start - 24), m.start) + 1
    verb = _REMOVED.search(text, max(start, m.clause), m.start)
    return verb is not None and verb.group() not in m.indicator


# acts10: things acted on in the year, keyed as the things. A count followed by what was done to
# them (4座污水处理厂完成提标扩能改造, 5家省重点实验室顺利重组, 3500所村卫生室达到国家良好标准) counts the
# things mended, restructured or brought to a standard, not how many there are nor how many were
# built: no key, unless the act written before the phrase keeps the key (改造背街小巷: back_streets;
# 改造老旧小区). All of them (68座污水处理厂全部达到一级A排放标准) are the stock: 全部/均/都 keeps it.
_ACT_AFTER = compiled.compile_std(
    r"(?P<lead>[^，,；;。：:、\n]{0,20}?)[ \t\u3000]*(?:已|已经|顺利|成功|先后|陆续|相继|基本|率先)*(?:完成|实现|进行)?了?的?"
    r"(?P<act>提标扩能改造|提标改造|提质改造|提升改造|改造提升|升级改造|提档升级|标准化改造|改扩建|改造"
    r"|重组|达到[^，,；;。：:、\n]{0,12}?(?:标准|水平)|达标|通过[^，,；;。：:、\n]{0,12}?(?:验收|评估|认定)"
    r"|建成投产|竣工投产|建成投用|投产|开工建设|开工|竣工|签约落地|签约)(?![ \t\u3000]*\d)"
)
# (every act of _ACT_AFTER holds one of these characters, and no mark of _ITEM_MARKS stands in
# its match: whether one stands after the figure before the next mark, for a cheap test first)
_ACT_CHAR_AFTER = compiled.compile_std(
    r"[^，,；;。：:、\n改升重达通投开竣签]*+[改升重达通投开竣签]"
)
# ... and an item or a clause that opens with such an act, the phrase carried from the item before
# (制定市政府规章4件、修改3件、废止1件: 3 amended, none made) or written after it (全市开复工重点项目764个:
# the projects started or resumed, not the list's count).
_ACT_BEFORE = LazyPattern(
    r"(?:全年|全市|全省|全区|今年|年内)*(?P<act>修改|修订|修正|重组|开复工|复工)[ \t\u3000]*\Z",
    std=True,
)


# (projects started or resumed are those a key of projects started or under way counts; things
# completed, those a key of things built counts: 16条市政道路建成投用, 53个亿元以上项目投产)
_COMPLETED = ("新建", "建成", "竣工")
_ACT_ALSO = {
    **dict.fromkeys(("开复工", "复工"), ("开工", "在建")),  # (not 新开工: some were resumed)
    **dict.fromkeys(("开工", "开工建设"), ("新开工", "开工")),
    **dict.fromkeys(("建成投产", "竣工投产", "建成投用", "投产", "竣工"), _COMPLETED),
}


def _act_keeps(act: str, phrase: str, key: str, m: Mention, keys) -> bool:
    """Whether the act written with the phrase still takes `key` (改造提升 as 改造 or 提升), or the
    key's name or note counts things mended too (township hospitals built or rebuilt)."""
    table = keys if keys is not None else default_keys()
    if any(_BOTH_IN_NOTE.search(k.name + k.note) for k in rows_of_key(table, key)):
        return True
    halves = () if act.startswith(("达到", "通过")) else (act[:2], act[-2:])  # (not 达到 alone)
    for verb in {act, *halves, *_ACT_ALSO.get(act, ())}:
        bare = phrase.removeprefix("重点").removeprefix("重大")  # (新开工 or 重大: one prefix)
        for words in (verb + phrase, phrase + verb, verb + bare):
            if key_for(words, m.kind, m.reading.base_unit, keys) == key:
                return True
    return False


def _acted_on(ctx: KeyContext, m: Mention, key: str, keys) -> bool:
    """Whether m, a count, counts things acted on in the year, its key the things' (see
    _ACT_AFTER; asked of counts alone, as _helped)."""
    text = ctx.text
    if not m.indicator:
        return False
    phrase = clean_phrase(m.indicator)
    # (the phrase may stand between: 4座污水处理厂完成…)
    after = _ACT_AFTER.match(text, m.end) if _ACT_CHAR_AFTER.match(text, m.end) else None
    if after is not None and after["lead"].strip(" \t\u3000") in m.indicator:
        act = after["act"]
        if act not in m.indicator and not _act_keeps(act, phrase, key, m, keys):
            return True
    # (every act of _ACT_BEFORE holds 修, 组 or 复: three finds in the clause before the figure,
    # the most the look-back below reads, before it)
    clause = ctx.words(m.clause, m.start)
    if "修" not in clause and "组" not in clause and "复" not in clause:
        return False
    start = _last_mark(text, _ITEM_MARKS, max(m.clause, m.start - 24), m.start) + 1
    at = text.rfind(m.indicator, start, m.start)
    before = _ACT_BEFORE.search(text, max(start, m.clause), at if at >= 0 else m.start)
    if before is None or before["act"] in m.indicator:
        return False
    return not _act_keeps(before["act"], phrase, key, m, keys)


# acts10: a rate of growth written right after the year's additions to a balance (新增本外币各项贷款
# 6147亿元，增长13.9%; 新增贷款136.1亿元，增长19.8%，增量和增幅均创历史最好水平) is the balance's growth:
# the additions are 13.9% of last year's balance. The growth of the additions themselves is written
# 多增 or 同比多增. The balance is the stock whose name says 余额 (loans: 金融机构贷款余额).
_AMOUNT_BEFORE = LazyPattern(
    r"\d[\d.]*[ \t\u3000]*[万亿千百]*元(?:以上|左右)?[ \t\u3000]*[，,、]?[ \t\u3000]*(?:同比|年均|比上年)?\Z",
    std=True,
)


def _balance_growth(text: str, m: Mention, key: str, keys) -> str | None:
    """The balance's growth key for m, a growth after the additions to a balance, or None
    (asked of growths of a key of additions, new_…, alone: key_in_context reads the kind and
    the key)."""
    if not key.endswith("_growth"):
        return None
    if m.indicator.endswith("规模"):
        return None  # (新增贷款规模: the credit plan's quota, read as the new loans')
    stock = key[len("new_") : -len("_growth")]
    table = keys if keys is not None else default_keys()
    if f"{stock}_growth" not in key_names(table):
        return None
    if not any("余额" in k.name for k in rows_of_key(table, stock)):
        return None
    at = text.rfind(m.indicator, max(0, m.start - 40), m.start) if m.indicator else -1
    if at < 0 or not _AMOUNT_BEFORE.search(text, at + len(m.indicator), m.start):
        return None
    return f"{stock}_growth"


# acts10: the upper figure of a range (新增高新技术企业8家以上，省级工程技术研究中心3—5个; 建成1至2家国家级
# 农业产业化龙头企业) is read from where the range opens: the verb of adding before the lower figure
# heads both (the lower took the additions' key, the upper the stock's).
_RANGE_MARKS = ("—", "–", "-", "－", "~", "～", "至", "到")
_RANGE_LOWER = compiled.compile_std(
    rf"\d[\d.]*[ \t\u3000]*(?:{'|'.join(_RANGE_MARKS)})[ \t\u3000]*\Z"
)
_RANGE_ENDS = frozenset((*_RANGE_MARKS, *_BLANKS))  # (what _RANGE_LOWER may end with)


def _from_range_lower(text: str, m: Mention) -> Mention:
    """m, or m seen from the lower figure of the range it closes (see above)."""
    # (the figure opens with its number, right after a range's mark or blanks: two tests first)
    if not text[m.start : m.start + 1].isdigit() or text[m.start - 1 : m.start] not in _RANGE_ENDS:
        return m
    lo = m.start - 12 if m.start - 12 > m.clause else m.clause
    lower = _RANGE_LOWER.search(text, lo, m.start)
    if lower is None:
        return m
    return dataclasses.replace(m, start=lower.start())


# acts10: the parts after 其中 of the year's additions (全年新增各类人才7万人，其中高层次人才0.7万人、高技能人才
# 1.35万人; 新增“四上”企业500家以上，其中规模以上工业企业230家以上) are additions too: the additions' key
# of each part (new_skilled_workers, new_above_scale_firms), not the stock's.
_OF_WHICH_OPENS = compiled.compile_std(r"[ \t\u3000]*其中")


def _part_of_additions(text: str, m: Mention, keys) -> str | None:
    """The additions' key of m, a part after 其中 of the additions the clause before counts
    (key_in_context asks it of counts and amounts alone)."""
    if not m.indicator or not m.clause:
        return None
    if not _OF_WHICH_OPENS.match(text, m.clause) or text[m.clause - 1] not in "，,":
        return None
    begin = _last_mark(text, _CLAUSE_MARKS, max(0, m.clause - 60), m.clause - 1) + 1
    head = _ADDING_HEAD.match(text, begin, m.clause - 1)
    if head is None or not head["adds"]:
        return None
    return key_for("新增" + clean_phrase(m.indicator), m.kind, m.reading.base_unit, keys)


# acts10: a run of clauses of bare items after a clause of additions (新增省级工程技术研究中心8个，高新技术
# 企业14家，国家级科技企业孵化器1个，…) goes on counting additions: the verb that opened the run heads
# each (_adding_head_of_bare_items reads the clause before m's, then the run).
_ITEM_CLAUSE = compiled.compile_std(
    r"(?:[^，。；：、,;:\n\d]{2,16}?[ \t\u3000]*\d[\d.]*[ \t\u3000]*[万千百]?[个家所项座处条户](?:以上|左右)?、)*"
    r"[^，。；：、,;:\n\d]{2,16}?[ \t\u3000]*\d[\d.]*[ \t\u3000]*[万千百]?[个家所项座处条户](?:以上|左右)?\Z"
)


# (names that hold 新 or 建 and are no verb: 高新技术企业14家)
_NAMES_NEW = compiled.compile_std(r"高新|新型|创新|新兴|新能源|新材料|共建")


def _adding_head_of_bare_items(text: str, m: Mention):
    """The verb of adding that opened the clause before m's, which holds bare items only
    (_BARE_ITEMS), or that opened a run of clauses of bare items (_ITEM_CLAUSE) that m's clause
    ends (see _BARE_ITEMS and acts10 above); the clause of the verb ends in a count."""
    if m.kind != "count" or not m.clause or text[m.clause - 1] not in "，,":
        return None
    own = text[m.clause : m.start]
    if not _BARE_ITEMS.match(own):
        return None
    words = own + text[m.start : m.end]
    # (after the clause before: no verb of an item in m's, 突破48万户 a level; after a run of
    # clauses: the same, names that hold 新 or 建 set aside, and not from a level, 高新技术企业
    # 由43家增加到…)
    after_one = _ITEM_VERBS.search(words) is None
    after_a_run = not own.endswith(("由", "从")) and not _ITEM_VERBS.search(
        _NAMES_NEW.sub("", words)
    )
    if not after_one and not after_a_run:
        return None
    end = m.clause - 1
    for _ in range(4):
        lo = end - 80 if end > 80 else 0
        start = _last_mark(text, _CLAUSE_MARKS, lo, end) + 1 or lo
        if start and text[start - 1] not in _CLAUSE_MARKS:
            return None  # (a clause longer than the window)
        head = _ADDING_HEAD.match(text, start, end)
        if head is not None or not start or text[start - 1] not in "，,":
            ends = _COUNT_END.search(text, start, end) is not None  # (新增病床位2.5万张: no)
            return head if head is not None and head["adds"] and ends else None
        if not after_a_run:
            return None  # (no verb of adding in the clause before)
        item = text[start:end]
        if not _ITEM_CLAUSE.match(item) or _ITEM_VERBS.search(_NAMES_NEW.sub("", item)):
            return None
        end = start - 1
    return None


# A share written right after 占 (…增加值81.36亿元，占全市规模以上工业增加值的22.6%，增长9.15%; 先进制造业、
# 高技术制造业增加值分别占规模以上工业增加值的35.4%和15.7%): a part of a whole, whatever kind the figure
# was given, never the statistic's growth.
_SHARE_BEFORE = compiled.compile_std(
    r"占[^，。；：,;:\n\d%]{1,30}?[ \t\u3000]*(?:\d[\d.]*[ \t\u3000]*%[ \t\u3000]*[和、与及])*\Z"
)


def _share_as_growth(text: str, m: Mention) -> bool:
    """Whether m, a growth, is a share that 占 right before it names (see above; asked of
    growths alone: key_in_context reads the kind)."""
    if not text[m.start : m.start + 1].isdigit():
        return False
    lo = m.start - 50 if m.start - 50 > m.clause else m.clause
    return _SHARE_BEFORE.search(text, lo, m.start) is not None


# Names that open with 新 and add nothing (新三板挂牌企业): a verb of adding before them still counts
# additions (新增上市公司7家、新三板挂牌企业106家). (新型研发机构 is left out: the table's patterns of
# additions read it as written, 新增…、新型研发机构10家: new_rd_institutions.)
_NAMES_WITH_NEW = ("新三板",)


def _says_new(indicator: str) -> bool:
    """Whether the phrase itself says its things are new (新增…, 新建…), not a name with 新."""
    return indicator.startswith("新") and not indicator.startswith(_NAMES_WITH_NEW)


def _own_place_names(text: str, report: ReportPlace | None = None) -> tuple[str, ...]:
    """The report's own place as a phrase may name it: in full, then short (哈尔滨市, 哈尔滨).
    (Read through `KeyContext.place_names`, once per document and kept no longer: nothing is
    remembered of a text between two extractions, even of the same text.) `report`: the text's
    `ReportPlace`, when the caller has one."""
    from ..context.place import NATIONAL, detect_place

    place = detect_place(text) if report is None else report()
    if place is None or place == NATIONAL:
        return ()
    for suffix in _PLACE_SUFFIXES:
        if place.endswith(suffix) and len(place) > len(suffix) + 1:
            return place, place[: -len(suffix)]
    return (place,)


# the endings a place's short name drops (维吾尔自治区 before 自治区; 藏族自治州 and the like
# keep their people's name: only the ending goes)
_PLACE_SUFFIXES = (
    "维吾尔自治区",
    "回族自治区",
    "壮族自治区",
    "自治区",
    "自治州",
    "省",
    "市",
    "地区",
    "盟",
)
# a name followed by a unit of its own is another place or a part (吉林市 in 吉林省's report,
# 哈尔滨市区 in 哈尔滨市's)
_ANOTHER_UNIT = ("市", "县", "区", "州", "盟", "旗", "省")
# a facility named after the place is one of its own, not the place's total (丽江机场旅客吞吐量
# beside 泸沽湖机场's; 天津海关进出口总额, the customs district's trade, of other provinces too)
_FACILITIES = ("机场", "港", "站", "海关")


def _without_own_place(names: tuple[str, ...], indicator: str) -> str:
    """The phrase without the report's own place name (one of `names`, `_own_place_names`)
    before its statistic (哈尔滨市生产总值 in 哈尔滨's report: 生产总值; 西藏生产总值 in 西藏自治区's),
    or "" when it names none: the place's own figure, as 全市 would have written it.

    >>> names = _own_place_names("——2011年1月6日在哈尔滨市第十三届人民代表大会第六次会议上")
    >>> _without_own_place(names, "哈尔滨市生产总值"), _without_own_place(names, "哈尔滨生产总值")
    ('生产总值', '生产总值')
    >>> _without_own_place(names, "大庆市生产总值"), _without_own_place(names, "哈尔滨市区生产总值")
    ('', '')
    >>> _without_own_place(names, "哈尔滨机场旅客吞吐量")
    ''
    """
    if not indicator.startswith(names):
        return ""
    for name in names:
        if indicator.startswith(name):
            rest = indicator[len(name) :]
            if len(rest) < 2 or rest.startswith(_ANOTHER_UNIT + _FACILITIES):
                return ""
            return rest
    return ""


# A zone of the place (a new district, a development or high-tech zone, a bonded zone, an area of
# the free trade zone, a cooperation zone: 东城新区, 医药高新区, 综合保税区, 自贸试验区合肥片区, 前海…合作
# 示范区) that opens a sentence, or a
# clause after a semicolon, as its subject scopes the figures of the clauses after it, to the
# semicolon or the end of the sentence (东城新区20平方公里基础设施建设启动，26个重点项目顺利推进;
# 福州新区承接省级行政许可审批事项17项，完成重点项目投资超2200亿元): they are the zone's, not the
# place's. So do a bonded zone and an area of the free trade zone that the place works on (全力推进
# 综合保税区建设，全面铺开基建工作，启动实施…18个重点项目), and a short topic sentence of works on a
# named zone for the figures of its run (推动雅州新区加快成势。大力实施140个重点项目), and a heading
# that opens the paragraph naming one zone (**力促综合保税区快见效。**) for the paragraph's. Not where the
# zone's own clause is an event of it (滇中新区未来交通科学城揭牌，新增云南实验室2个; 杭州综保区成功
# 扩区), after which the place's figures follow; not where a clause names the whole place (全市) or
# the figure a scope of its own; not a park (工业园区循环化改造全面推进，…单位生产总值能耗…下降: the
# place's), nor a designation that may cover the whole place (示范区, 试验区: 国家自主创新示范区, 跨境
# 电子商务综合试验区); not a zone the place only works on (加快贵港高新技术产业开发区建设，…新增国家
# 高新技术企业15家: the place's), nor the sentence after a zone's (…综保区成功扩区，…。实际利用外资…).
# (the zones every zone rule names, and those that all but the firms' rule add: an area of the free
# trade zone, a cooperation zone)
_ZONE_CORE = (
    r"高新技术产业开发区|经济技术开发区|高新区|经开区|开发区|(?<!创|城市)新区|综合保税区|综保区"
)
_ZONE_MORE = r"(?:自贸试验区|自由贸易试验区|自贸区)\p{Han}{2,4}片区|合作区|合作示范区"
_ZONE = LazyPattern(
    r"(?P<name>[\p{Han}“”\"（）()]{0,12}?)"
    rf"(?P<zone>{_ZONE_CORE}|保税区|{_ZONE_MORE})"
    r"(?![、和及与等的])"
)
# (the words of works before a zone the place works on, and the zones it may be)
_ZONE_WORKS = compiled.compile_std(
    r"(?:加快|全力|大力|持续|着力|全面|高标准|高质量|高水平|扎实|深入|积极|统筹|继续|重点|努力|"
    r"推进|推动|建设|抓好|建好|打造|提升|做强|做优|做大|壮大|开发|加速|实施)*"
)
_WORKED_ZONES = ("片区", "保税区", "综保区")
_ZONE_EVENT = LazyPattern(
    r"获批|晋升|升级|成为|列入|纳入|入选|获评|获得|荣获|设立|成立|揭牌|挂牌|扩区|申报|创建|通过",
    std=True,
)
_ZONE_TOPIC = LazyPattern(
    r"^(?:[一二三四五六七八九十]+是)?"
    r"(?:加快|全力|大力|持续|着力|全面|高标准|高质量|高水平|扎实|深入|积极|统筹|继续|重点|努力)*"
    r"(?:推进|推动|建设|抓好|建好|打造|提升|做强|做优|做大|壮大|开发|加速|实施)+"
    r"(?P<name>[\p{Han}“”]{2,8}?)"
    rf"(?P<zone>{_ZONE_CORE}|{_ZONE_MORE})"
    r"[^，,、和及与的以为]{0,6}$"
)
_ZONE_TOPIC_MAX = 20
# (every zone of _ZONE, _ZONE_TOPIC and _ZONE_IN_HEADING holds one of these, and every zone of
# _ZONE_FIRMS one of _ZONE_HINT's or _PARK_HINT's: the cheap tests first)
_ZONE_HINT = compiled.compile_std("发区|新区|开区|保区|税区|片区|作区|作示范区")
_PARK_HINT = compiled.compile_std("发区|新区|开区|保区|税区|片区|作区|范区|验区|园区|业园")


# a zone that opens a clause within the sentence with the firms it holds (黄花综保区注册企业284家，实现
# 进出口额25亿美元; 试验区进驻企业38家，实现规模以上工业总产值94亿元): the clauses after it to the end
# of the sentence are its (any zone or park: one that holds firms is no designation of the place)
_ZONE_FIRMS = LazyPattern(
    r"(?:^|(?<=[，,]))(?P<name>[\p{Han}“”]{0,12}?)"
    rf"(?P<zone>{_ZONE_CORE}|保税区|片区|合作区|试验区|示范区|园区|产业园)"
    r"(?:累计|共|已)?(?:注册|入驻|进驻|落户|入园|聚集|集聚)(?:各类)?企业(?:约|近|超过?)?\d[\d.]*[万]?[家户个]"
    r"[^，,；;。]*[，,]"
)


def _of_a_zone(
    ctx: KeyContext, m: Mention, key: str, keys, para: int, stop: int, begin: int
) -> bool:
    """Whether m's figure is a zone's: its sentence (after a semicolon) opens with the zone, or
    its paragraph's run (which starts at `para`, `KeyContext.paragraph`) with a topic of works
    on the zone (see above); `stop`, `begin`: the last stop before m and where m's sentence
    starts (`KeyContext.sentence`)."""
    text = ctx.text
    if _names_a_scope(m.indicator):
        return False
    # (the cheap test first: no zone nor park in m's paragraph, where both readings look)
    # (key_in_context asks for 区 or 园 in the paragraph before the figure first: every word of
    # _PARK_HINT holds one)
    if not ctx.hint(_PARK_HINT, para, m.start):
        return False
    item = _after_a_semicolon(text, begin, m.start)
    if stop < 0 and begin > 0 and item == begin:
        return False  # (a sentence too long to see its start: no stop nor semicolon in reach)
    own = text[item : m.start]
    if not _PARK_HINT.search(own):
        # (no zone in the sentence: its paragraph's)
        return _zone_before(ctx, m, key, keys, para, stop)
    if _WHOLE_PLACE.search(own) or _FOR_THE_PART.search(own):
        return False
    at = compiled.match_end(_PART_OPENERS, own)
    works = compiled.match_end(_ZONE_WORKS, own, at)  # (where the words of works end)
    zone = _ZONE.match(own, works)
    if zone is not None and not (
        _PART_VERBS.search(zone["name"]) or _NOT_A_NAME.search(zone["name"])
    ):
        after = own[zone.end() :]
        worked = works == at or zone["zone"].endswith(_WORKED_ZONES)
        if (
            worked
            and _CLAUSE_CUT.search(after)
            and not _ZONE_EVENT.search(_CLAUSE_CUT.split(after)[0])
        ):
            return part_key_differs(zone["zone"], m, key, keys)
    for mid in _ZONE_FIRMS.finditer(own, at):
        if _PART_VERBS.search(mid["name"]) or _NOT_A_NAME.search(mid["name"]):
            continue
        after = own[mid.end() :]
        if _WHOLE_PLACE.search(after) or _SEMICOLON.search(after):
            continue
        if part_key_differs(mid["zone"], m, key, keys):
            return True
    return _zone_before(ctx, m, key, keys, para, stop)


def _zone_before(ctx: KeyContext, m: Mention, key: str, keys, para: int, stop: int) -> bool:
    """Whether a topic sentence of works on a zone, or a heading naming one, scopes m's run
    (in the paragraph at `para`; `stop`: the last stop before m, `KeyContext.sentence`)."""
    if not para and m.start > _TOPIC_REACH:
        return False  # (a paragraph too long to see its start: no topic nor heading of its run)
    if not ctx.hint(_ZONE_HINT, para, m.start):
        return False
    zone = _zone_topic(ctx, m, para, stop) or _zone_heading(ctx, m, para, stop)
    return zone is not None and part_key_differs(zone, m, key, keys)


# a heading that opens the paragraph, bold or numbered (**力促综合保税区快见效。**, （三）加快推进郑汴
# 融合，打好开封新区五年成规模攻坚战。), naming one zone and no other part nor the whole place: the
# figures of the paragraph are the zone's, up to a sentence that names the whole place
_HEADING = compiled.compile_std(
    r"(?:\*\*(?P<bold>[^*\n]{4,80}?)\*\*|(?:[(（][一二三四五六七八九十]+[)）]|[一二三四五六七八九十]+[、.．])"
    r"(?P<numbered>[^。！？!?\n]{4,60})[。！？!?]?)"
)
_ZONE_IN_HEADING = LazyPattern(
    r"(?P<name>[\p{Han}“”]{2,8}?)"
    rf"(?P<zone>{_ZONE_CORE}|{_ZONE_MORE})(?![、和及与等])"
)


def _zone_heading(ctx: KeyContext, m: Mention, para: int, stop: int) -> str | None:
    """The zone that the heading opening m's paragraph (at `para`) names (see _HEADING), or
    None (`stop`: the last stop before m, `KeyContext.sentence`)."""
    heading = ctx.read_once(_heading_zone, para, len(ctx.text))
    if heading is None or heading[0] >= m.start:
        return None
    text = ctx.text
    own = text[_last_stop_in(text, _STOPS, para, m.start, stop) + 1 : m.start]
    if _PLACE_WIDE.search(text, heading[0], m.start) or _FOR_THE_PART.search(own):
        return None
    return heading[1]


def _heading_zone(text: str, para: int, end: int) -> tuple[int, str] | None:
    """Where the heading that opens the paragraph at `para` ends and the one zone it names
    (see _HEADING), or None. (A figure within the heading has none: the heading matched
    up to the figure alone would end at it, or not match.)"""
    head = _HEADING.match(text, para, end)
    if head is None:
        return None
    words = head["bold"] or head["numbered"]
    zones = list(_ZONE_IN_HEADING.finditer(words))
    if len(zones) != 1:
        return None
    zone = zones[0]
    if _NOT_A_NAME.search(zone["name"][-2:]) or _PLACE_WIDE.search(words):
        return None
    rest = words[: zone.start()] + words[zone.end() :]
    if _part_in(rest) or _MORE_THAN_THE_PART.search(words[zone.end() : zone.end() + 1]):
        return None
    return head.end(), zone["zone"]


def _zone_topic(ctx: KeyContext, m: Mention, para: int, stop: int) -> str | None:
    """The zone that the topic sentence of m's run (in the paragraph at `para`) works on (see
    _ZONE_TOPIC), or None (`stop`: the last stop before m, `KeyContext.sentence`)."""
    run = _sentence_in_a_run(ctx, m, para, stop, _WHOLE_PLACE)
    if run is None or _TOPIC_STEP.match(run[1].strip(" *#\t\u3000")):
        return None  # (or the figure's own sentence opens a step of its own)
    return ctx.read_once(_zone_of_topic, para, run[0])  # (the sentences before m's sentence)


def _zone_of_topic(text: str, start: int, end: int) -> str | None:
    """The zone that the topic sentence of the run ending at `end` works on (the sentences of
    text[start:end], a paragraph's before a figure's, read backwards), or None."""
    for sentence in reversed(_SENTENCE_MARKS.split(text[start:end])):
        topic = sentence.strip(" *#\t\u3000")
        long = len(topic) > _ZONE_TOPIC_MAX or any(c.isdigit() for c in topic)
        if long and _TOPIC_STEP.match(topic):
            return None  # (a step of a list, 二是…, ends the run of the step before)
        if long:
            if _PLACE_WIDE.search(topic):
                return None  # (the run came back to the whole place)
            continue
        zone = _ZONE_TOPIC.match(topic)
        if zone is None or _PART_VERBS.search(zone["name"]) or _NOT_A_NAME.search(zone["name"]):
            return None
        return zone["zone"]
    return None


# --- subsets (round 9): parts of a whole that the phrase's key would misstate ---------------------
# A figure in a clause that opens with 其中, its phrase carried from the whole before it (新增规模以上工业
# 企业不少于60户，其中新建投产20户; 新建成4条高速公路，其中2条通车运营), counts a part of that whole.


def _carried_into_of_which(text: str, m: Mention) -> bool:
    """Whether m, in a clause opened by 其中, carries the whole's phrase from before it."""
    opened = _OF_WHICH_OPENS.match(text, m.clause, m.start)
    if not m.indicator or opened is None:
        return False
    own = text[m.clause : m.start]
    if m.indicator in own or text.startswith(m.indicator, m.end) or _SPLIT in own:
        return False  # (其中一、二、三产分别增长…: the parts' own statistics)
    words = text[opened.end() : m.start].lstrip("，,：: \t\u3000")
    words = words[_last_mark(words, _LIST_JOINS, 0, len(words)) + 1 :]
    if words[:2] and m.indicator.startswith(words[:2]):
        return False  # (其中城镇115万人: a part the phrase names)
    return m.indicator[-2:] not in own  # (其中一、二、三产业增加值…: a list of its own)


_SPLIT = "分别"


# A count after 其中 whose key a phrase counted before 其中 in the sentence has too
# (新建或改扩建幼儿园4所、中小学19所，其中标准化幼儿园2所、中小学7所; 新增停车泊位5.5万个，其中公共停车泊位
# 4500个; 建设保障性住房50万套，其中城镇15万套) counts a part of that statistic (the standard schools
# among those built, the public spaces among those added): the whole's figure is the key's, the
# part's none. A part that the key's own name qualifies so keeps it (新增就业14万人，其中城镇
# 11.5万人: 城镇新增就业); so does a part named otherwise than the whole, which the key's name names
# (新建学校10所，其中中小学6所: 新(改扩)建中小学). Not where 其中 names the place's own part or the
# year's of a larger place's or several years' whole (全省新增高新技术企业3000家，其中我市800家; 五年
# 累计新建5G基站5万个，其中2023年1.2万个: the part is the report's statistic), nor after a 其中 that
# opens no clause (乐在其中). An amount's part alike (本外币各项存款余额82.7万亿元，其中人民币各项存款余额
# 80.9万亿元; 完成造林面积477万公顷，其中人工造林329万公顷), where its phrase is the whole's with words of
# its own before it, and not the local government's part (财政一般预算收入…其中地方财政一般预算收入: the
# key's own statistic).
_WHOLE_FIGURE = LazyPattern(r"\d[\d.]*[ \t\u3000]*[万千百亿]*[余多]?", std=True)
_WHOLE_MARKS = _CLAUSE_MARKS + '、（(“"' + "".join(_BLANKS)
_WHOLE_WORDS = LazyPattern(f"[^{re.escape(_WHOLE_MARKS)}]*", std=True)
_OF_WHICH = "其中"
# (a time that scopes the part: 其中今年, 其中2023年; a place, _WHOLE_PLACE or the report's name)
_PART_SCOPE = LazyPattern(r"今年|当年|全年|本年|上年|去年|\d{4}年|半年|季度", std=True)
# (how far after 其中 the part's place or time is read)
_SCOPE_REACH = 24


def _part_of_the_same_statistic(ctx: KeyContext, m: Mention, key: str, keys) -> bool:
    """Whether m, a count or an amount after 其中 in its clause, counts a part of a statistic
    of its key that the sentence counts before 其中 (see above)."""
    text = ctx.text
    unit = m.reading.base_unit
    if not unit or not m.indicator:
        return False
    opened = _OF_WHICH_OPENS.match(text, m.clause, m.start)
    if opened:
        of_which = opened.end() - len(_OF_WHICH)
    elif (
        m.clause >= 3
        and text[m.clause - 1] in "，,：:"
        and text.startswith(_OF_WHICH, m.clause - 3)
        and (m.clause == 3 or text[m.clause - 4] in _WHOLE_MARKS)
    ):
        # (其中 a clause of its own: 完成投资3077.2亿元，其中，省级重点项目500个)
        of_which = m.clause - 3
    else:
        return False  # (no 其中 opens the clause: 乐在其中，新增停车泊位4500个)
    # (the words right after 其中: in a long list after it, 其中，工业投资分别完成…, every figure's
    # scope would otherwise run from 其中 to it)
    opens = of_which + len(_OF_WHICH)
    scope = text[opens : m.start if m.start - opens < _SCOPE_REACH else opens + _SCOPE_REACH]
    own_names = ctx.names or ctx.place_names()
    if (
        _WHOLE_PLACE.search(scope)
        or _PART_SCOPE.search(scope)
        # (the local government's own part, its phrase opening with 地方: 其中地方财政收入, the
        # key's own statistic; not another item after it, 其中地方林场…、人工造林…)
        or m.indicator.startswith(_LOCAL)
        or any(name in scope for name in own_names)
    ):
        return False  # (其中我市, 其中宁波, 其中今年: the place's or the year's own figure)
    reach = of_which - 100 if of_which > 100 else 0
    stop = _last_mark(text, _STOPS + "；;", reach, of_which)
    begin = stop + 1 if stop >= 0 else reach
    noun = ""
    for figure in _WHOLE_FIGURE.finditer(text, begin, of_which):
        if not text.startswith(unit, figure.end()):
            continue
        # (the phrase before the figure, back to a mark, or the noun after it: 700个重大项目建设)
        near = figure.start() - 20 if figure.start() - 20 > begin else begin
        mark = _last_mark(text, _WHOLE_MARKS, near, figure.start())
        before = text[mark + 1 if mark >= 0 else near : figure.start()]
        at = figure.end() + len(unit)
        words = _WHOLE_WORDS.match(text, at, at + 12)  # (up to a mark, within 12 characters)
        after = words.group() if words else ""
        # (the whole's noun is its longest phrase that has a key, before the figure, else after
        # it, and that key must be m's: not 出口总额 cut from 进出口总额, whose key is trade's)
        names = [before[i:] for i in range(len(before) - 1)]
        names += [after[:i] for i in range(len(after), 1, -1)]
        for name in names:
            found = key_for(name, m.kind, unit, keys)
            if found:
                noun = name if found == key else ""
                break
        if noun:
            break
    if not noun:
        return False
    if m.kind == "amount":
        # (an amount's part names the whole's statistic with words of its own: 人民币各项存款余额
        # after 本外币各项存款余额, 人工造林 after 造林面积; a part named otherwise, 公共财政预算收入
        # after 地方财政收入, may be the very statistic the key's table names alike)
        phrase = m.indicator
        tail = next(
            (
                phrase[i:]
                for i in range(1, len(phrase) - 1)
                if phrase[i:] in noun and key_for(phrase[i:], m.kind, unit, keys) == key
            ),
            "",
        )
        if not tail:
            return False
        noun = tail
    # (the words of the part's phrase beside the whole's noun: 公共, 城镇; none where the noun ends
    # with the phrase, 10件民生实事…其中5件实事已经完成; the whole phrase where it names another)
    if m.indicator.endswith(noun):
        own = m.indicator[: -len(noun)]
    else:
        own = "" if noun.endswith(m.indicator) else m.indicator
    table = keys if keys is not None else default_keys()
    return not own or not any(own in k.name for k in rows_of_key(table, key))


# A share whose own clause names another whole after 占 (数字经济增加值占生产总值的41.4%，占全省数字产业的
# 比重达到51.7%), or a larger place's whole by itself (占全省的比重 in a city's report), is no share of the
# whole the carried phrase names.
_SHARE_WORD = "占"
_DIGIT = LazyPattern(r"\d", std=True)
# (where the whole's name ends: 的比重, or the verb or figure after it)
_WHOLE_END = LazyPattern(
    r"(?:的|之)?(?:比重|比例|份额)|由|从|达|为|提|升|超|近|约|分别|已|在|\d", std=True
)
_LEVEL_HEAD = LazyPattern(r"全市|我市|本市|全省|我省|本省|全区|全州|全盟|全国", std=True)


def _whole_named(words: str, start: int = 0, end: int | None = None) -> str:
    """The whole that the words after 占, words[start:end], name, without the place's level
    (全省数字产业的比重: 数字产业). (Read up to where the whole's name ends.)"""
    stop = len(words) if end is None else end
    found = _WHOLE_END.search(words, start, stop)
    words = words[start : found.start() if found else stop].strip()
    head = _LEVEL_HEAD.match(words)
    return words[head.end() :] if head else words


def _share_of_another_whole(ctx: KeyContext, m: Mention) -> bool:
    """Whether m, a share carried from an earlier phrase, names another whole in its clause
    (_a_subset asks it of ratios alone). (The clause is read through ctx's memo, which a
    list's figures share.)"""
    if _SHARE_WORD not in m.indicator:
        return False
    share = ctx.last(_SHARE_WORD, m.clause, m.start)  # (the clause's last 占)
    if share < 0:
        return False
    # (the phrase written in the clause with no figure between it and m: m's own share; one
    # whose figure stands between is carried, as in a list after 、 or 分别: 占生产总值的41.4%、
    # 占全省数字产业的比重达到51.7%; 占生产总值的比重、占全省数字经济的比重分别为41.4%和12%)
    at = ctx.last(m.indicator, m.clause, m.start)
    if at >= 0 and _DIGIT.search(ctx.text, at + len(m.indicator), m.start) is None:
        return False
    carried = m.indicator.rsplit(_SHARE_WORD, 1)[1]
    named = _whole_named(ctx.text, share + 1, m.start)
    if not named:  # (占全省的比重 in a city's report: the larger place's whole, named by itself)
        place = ctx.text[share + 1 : share + 3]
        larger = _LARGER_PLACES.get(_own_level(ctx.place_names()), ())
        return place in larger and not carried.startswith(place)
    whole = _whole_named(carried)
    return len(named) >= 2 and named not in whole and whole not in named


# A count of things built and mended together (建设改造公园44个, 新改建公共停车位1.78万个, 新建和改造口袋
# 公园30个), or the things added beside those mended (改造和新增绿地面积64公顷), is no count of things
# built or added, unless the key counts both (its name or note says so: kindergartens built or
# renovated, township hospitals built or rebuilt). (An area built and mended, 建设改造高标准农田70万亩,
# keeps its key: the table's note counts it built up.)
_BUILT_AND_MENDED = compiled.compile_std(
    r"(?:新建|建设|建成|新增)[、和及与]?(?:改造|改扩建|提升改造|提升|改建)"
    r"|(?:改造|改扩建|提升)[、和及与]?(?:新建|新增|建设)|新改建|新[（(]改[)）]建"
)
_MENDED_BESIDE = compiled.compile_std(r"(?:改造|改扩建|提升|改建)[、和及与]?\Z")
_ADDED_PHRASE = ("新增", "增加", "新建", "建成")
_BOTH_IN_NOTE = LazyPattern(r"改|rebuil|renovat|upgrad", std=True)


def _built_and_mended(ctx: KeyContext, m: Mention, key: str, keys, classes: frozenset[str]) -> bool:
    """Whether m counts things built and mended, its key (of `classes`) things built or added
    (see above; _a_subset asks it of counts and amounts alone)."""
    if not m.indicator:
        return False
    table = keys if keys is not None else default_keys()
    if not (key.endswith(("_built", "_added")) or key.startswith("new_") or "flow" in classes):
        return False
    text = ctx.text
    at = ctx.last(m.indicator, m.clause, m.start)
    head = text[m.clause : at if at >= 0 else m.start]
    if m.indicator.startswith(_ADDED_PHRASE):
        mixed = _MENDED_BESIDE.search(head) is not None
    else:
        mixed = m.kind == "count" and _BUILT_AND_MENDED.search(head + m.indicator) is not None
    return mixed and not any(_BOTH_IN_NOTE.search(k.name + k.note) for k in rows_of_key(table, key))


# A statistic written right after 全省 or 全国 in a city's report (全省经济增速已由2012年的13%降至2013年的
# 12.1%), or after 全国 in a province's, is the larger place's figure, cited.
_LARGER_PLACES = {"市级": ("全省", "全国", "我国"), "省级": ("全国", "我国")}
# (全国重点实验室, 全国特色小镇: a tier of the place's own things; 全国人大代表建议, 全国政协提案: the
# national bodies' documents, handled by the place, are cited)
_NATIONAL_BODIES = ("人大代表建议", "政协提案", "政协委员提案")


def _larger_places_figure(ctx: KeyContext, m: Mention, names: tuple[str, ...]) -> bool:
    """Whether m's phrase is written right after the name of a larger place than the report's,
    which `names` names (see above). (The clause is read through ctx's memo, which a list's
    figures share.)"""
    if not m.indicator or m.indicator.startswith(_SHARE_WORD):
        return False
    text = ctx.text
    at = ctx.last(m.indicator, max(0, m.clause - 2), m.start)
    if at < 2 or text[at - 2 : at] not in _LARGER_PLACES["市级"]:
        return False  # (the cheap test first: no larger place's name before the phrase)
    if text[at - 2 : at] not in _LARGER_PLACES.get(_own_level(names), ()):
        return False
    return m.kind != "count" or m.indicator.startswith(_NATIONAL_BODIES)


# A count of things that the table keys as built (schools_built) whose clause holds no verb of
# building, before the figure or after it (全市769所学校24万名学生…复学; 3028所学校…平安顺利; 1000所中小学校
# 结对帮扶; 解决78所学校…供暖) counts the things themselves, or those in a scheme: none built. (建立, to
# set up a scheme or a tie, builds nothing: 建立…防控机制，全市3028所学校…复学; 50所学校建立结对关系.
# Nor does 创建, to earn a status: 创建普惠性幼儿园735所, 创建省级优质幼儿园20所, 创建义务教育标准化学校.)
_BUILDING = LazyPattern(
    r"(?<!创)建(?!立)|新增|增加|改造|改扩|扩容|完工|竣工|投用|投入使用|启用|新开学|招生|提质|标准化|维修|修缮|主体|迁|新开",
    std=True,
    first=True,  # (the look-behind hides the words' first characters from the engine: told them)
)
# (a clause whose own verb earns a status reads no verb of the clause before: 新建公办幼儿园10所，
# 创建普惠性幼儿园20所)
_EARNING = LazyPattern(r"创建|创成|争创", std=True)


def _built_without_building(ctx: KeyContext, m: Mention, key: str) -> bool:
    """Whether m, a count of things built by its key, has no verb of building in its clause
    (_a_subset asks it of counts alone). (The clause is read through ctx's memo, which a list's
    figures share.)"""
    if not key.endswith("_built") or _BUILDING.search(m.indicator):
        return False
    text = ctx.text
    end = m.end
    reach = m.end + 24 if m.end + 24 < len(text) else len(text)
    while end < reach and text[end] not in _CLAUSE_MARKS:
        end += 1
    start = m.clause
    # (the clause before, where it ends on a count of the same unit as a list's does, a qualifier
    # after it or not: 新建、改扩建公办幼儿园20所(左右)，义务教育学校130所; not 新增微课1万节、推送2万节，
    # 选定100所学校开展…试点)
    if (
        start
        and text[start - 1] in "，,、"
        and _ends_on_count(text, start - 1, m.span.unit)
        and _EARNING.search(text, start, m.start) is None
    ):
        lo = start - 60 if start > 60 else 0
        mark = _last_mark(text, _STOPS + "，,；;", lo, start - 1)
        start = mark + 1 if mark >= 0 else lo  # (no mark within 60 characters: those 60)
    return ctx.search(_BUILDING, start, end) is None


def _ends_on_count(text: str, end: int, unit: str) -> bool:
    """Whether text[:end] ends on `unit`, a qualifier written after the number (units'
    QUALIFIERS_AFTER, two characters each) or not: 20所, 20所左右."""
    if text[end - 2 : end] in QUALIFIERS_AFTER:
        end -= 2
    return text[end - len(unit) : end] == unit


# A figure in a sentence that defines a term (8个1工程：指示范小城镇要建设1条路、1个农贸市场…; “1411”城镇体系：
# 即1个中心城市…; 稳外贸20条：指…制定20条政策) belongs to the term's definition, a glossary's entry or a
# scheme's quota, not to the year's statistics.
_DEFINITION = compiled.compile_std(
    r"[ \t\u3000]*(?:\[\d+\][ \t\u3000]*|\d+[．.、][ \t\u3000]*)?[^，,。；;：:\n]{1,30}[：:][ \t\u3000]*(?:即|是指|指)"
)


def _in_a_definition(ctx: KeyContext, m: Mention, stop: int) -> bool:
    """Whether m stands in a sentence that opens as the definition of a term (see above);
    `stop`: the last stop before m (`KeyContext.sentence`)."""
    text = ctx.text
    if stop >= 0:
        begin = stop + 1  # (a stop within 3 * CLAUSE_WINDOW: the last within 400 too)
    else:
        lo = m.start - 400 if m.start > 400 else 0
        last = _last_mark(text, _STOPS, lo, m.start)
        begin = last + 1 if last >= lo else lo
    # (the cheap test first: the colon of a definition stands within the 48 characters it reads)
    head = text[begin : begin + 48]
    if "：" not in head and ":" not in head:
        return False
    return _DEFINITION.match(text, begin, begin + 48) is not None  # (the term's figures too)


def _a_subset(
    ctx: KeyContext,
    m: Mention,
    key: str,
    keys,
    classes: frozenset[str],
    clause: str | _Stretch,
    stop: int,
) -> bool:
    """Whether m counts a subset or another body's figure that its phrase's key (of `classes`)
    would misstate; `clause`: the words of m's clause before the figure; `stop`: the last stop
    before it."""
    text = ctx.text
    # (全省, 全国, 我国 right before the phrase, which stands in the clause)
    lo = m.clause - 4 if m.clause > 4 else 0
    larger = text[lo : m.start] if m.start - lo <= _LONG else _Stretch(ctx, lo, m.start)
    of_which = _OF_WHICH in clause  # (其中 opens the clause or stands in it)
    return (
        of_which
        and _carried_into_of_which(text, m)
        or m.kind in ("count", "amount")
        # (the gate of _part_of_the_same_statistic: 其中 in the clause, or a clause of its own
        # before m's)
        and (of_which or m.clause >= 3 and text.startswith(_OF_WHICH, m.clause - 3))
        and _part_of_the_same_statistic(ctx, m, key, keys)
        or m.kind == "ratio"
        and _share_of_another_whole(ctx, m)
        or m.kind in ("count", "amount")
        and _built_and_mended(ctx, m, key, keys, classes)
        or ("全省" in larger or "全国" in larger or "我国" in larger)
        and _larger_places_figure(ctx, m, ctx.place_names())
        or m.kind == "count"
        and _built_without_building(ctx, m, key)
        or _in_a_definition(ctx, m, stop)
    )


# A total written right after the year's additions (新增专精特新中小企业338家、总数694家; 新增国家高新技术企业
# 7300家、总量突破2.6万家; 新登记市场主体3.6万户，总量增长7%) is the stock, carried the additions' phrase:
# the stock's key (high_tech_enterprises, market_entities_growth), or none where the table has none.
_TOTAL_BEFORE = compiled.compile_std(
    r"(?:总数|总量|累计|总计)(?:已|已经)?(?:达到?|突破|超过?|为|增至)?[ \t\u3000]*\Z"
)
_ADDED_NAME = "新增"


def _stock_after_additions(text: str, m: Mention, key: str, keys) -> str | None | Literal[False]:
    """The stock's key of m, a total after the additions (see above); False where no rule."""
    if m.indicator.startswith(("总", "累计")) or m.kind not in ("count", "amount", "growth"):
        return False
    if not _TOTAL_BEFORE.search(text, m.start - 8 if m.start - 8 > m.clause else m.clause, m.start):
        return False
    table = keys if keys is not None else default_keys()
    growth = key.endswith("_growth")
    base = key[: -len("_growth")] if growth else key
    known = key_names(table)
    if base in _kept_apart(table):
        return key  # (the phrase's own key is the stock's: not the additions' of the list head)
    if not base.startswith("new_") and not base.endswith("_new"):
        return False  # (大幅减税降费累计超过2800亿元: a flow's cumulative total keeps its key)
    if not any(k.name.startswith(_ADDED_NAME) for k in rows_of_key(table, key)):
        return False
    stock = base.removeprefix("new_").removesuffix("_new") + ("_growth" if growth else "")
    return stock if stock != key and stock in known else None


# A phrase that joins two things without a mark, before 分别 and two figures (广播电视综合人口覆盖率分别达
# 99.28%和99.44%), gives each figure one of them: radio's, then television's.
_JOINED_PAIRS = (("广播电视", "广播", "电视"),)
_SPLIT_FIGURE = LazyPattern(r"\d[\d.]*[ \t\u3000]*[%％]", std=True)


def _one_of_a_joined_pair(ctx: KeyContext, m: Mention, keys) -> str | None | Literal[False]:
    """The key of m's own half of a joined pair (see above); False where no rule."""
    text = ctx.text
    split = ctx.last(_SPLIT, m.clause, m.start)
    if split < 0:
        return False
    for joined, first, second in _JOINED_PAIRS:
        if m.indicator.startswith(joined) and joined in text[m.clause : split]:
            half = second if _SPLIT_FIGURE.search(text, split, m.start) else first
            return key_for(half + m.indicator[len(joined) :], m.kind, m.reading.base_unit, keys)
    return False


# parts10 (round 8, issue #10): parts of the place and other bodies' lists, from the readers' rows.
# A list of key projects that names a body of another level (省重点项目175个 in a city's report: the
# province's projects located in the city; 2000项市级重点项目 in a province's report: the cities'
# lists together; 14个县级重点项目 in a city's): no count of the place's own list. The joint list
# (省市重点项目) and the place's own level (市级 in a city's report, 省级 or 区 in a province's or an
# autonomous region's) keep the key, and so does any where the report's place is not known.
_LIST_LEVEL = LazyPattern(r"^(?:省|市|州|县|区)(?!市)", std=True)
_LOWER_LEVELS = ("市", "州", "县")
_OTHER_LEVELS = ("省", "县", "区")


def _another_levels_list(names: tuple[str, ...], m: Mention) -> bool:
    """Whether m counts key projects of a list of another level than the report's, whose place
    `names` names (see above; asked of the keys of class list_size alone)."""
    level = _LIST_LEVEL.match(m.indicator)
    if level is None or not names:
        return False  # (a report of a place not known: its level is not either)
    own = _LOWER_LEVELS if _of_a_province(names) else _OTHER_LEVELS
    return level.group() in own


# lists11 (round 8 third wave, issue #10): figures of a list or a series whose key belongs to another
# item of it. (1) A later item of a list of stages that names its stage alone (力争全年签约项目100个、
# 开工200个、投产150个; 签约项目45个以上、开工30个以上) carries the first item's phrase, whose stage
# is another: no count of it, unless the table keys the phrase at this stage too (在建亿元以上项目455个，
# 竣工138个: projects_over_100m admits 竣工); a later item under way or opened (建成污水处理厂5座，在建14座;
# 新建、改扩建中小学38所，投用20所) is no count of things built nor of their stock. (2) The joint list of two levels before 分别 and two
# figures (165个省市重点项目分别完成年度计划投资的132%、127.8%): the first figure is the province's
# list, the second the city's; another level's than the report's gets no key. (3) One phrase that
# holds two things, said of both (外贸进出口双双迈上200亿美元新台阶，分别增长26.5%和20.9%; 本外币存贷款余额
# 双双突破2万亿元): each figure is one half's or a bound of each (exports, imports; deposits, loans),
# not the whole's.
# (stages that are no count of things built, whatever the phrase: those under way, those opened)
_NOT_BUILT = frozenset(("在建", "投用", "投入使用"))
_STAGE_IN_PHRASE = LazyPattern(
    r"签约|新开工|开工建设|开工|竣工|投产|基本建成|建成|落地|完工|在建|续建|引进", std=True
)
_STAGES = (
    "签约",
    "新开工",
    "开工建设",
    "开工",
    "竣工投产",
    "建成投产",
    "竣工",
    "投产",
    "基本建成",
    "建成",
) + ("落地", "完工", "在建", "续建", "投用", "投入使用")
_BARE_STAGE = LazyPattern(
    r"[ \t\u3000]*(?:全年|年内|今年|当年|力争|确保|争取|实现|累计|[一二三四五两\d]年)*"
    rf"(?P<stage>{'|'.join(_STAGES)})"
    r"[ \t\u3000]*\Z",
    std=True,
)
# (what may stand right before a figure after a bare stage: its last character, or blanks)
_AFTER_A_STAGE = frozenset(stage[-1] for stage in _STAGES) | frozenset(" \t\u3000")


def _another_stage_item(text: str, m: Mention, key: str, keys) -> bool:
    """Whether m, a later item of a list of stages, carries an earlier item's phrase of another
    stage that the table does not key at m's (see (1) above; asked of counts alone, as
    _helped)."""
    if not m.indicator:
        return False
    if text[m.start - 1 : m.start] not in _AFTER_A_STAGE:
        return False  # (no bare stage right before the figure: one test before the look-back)
    start = _last_mark(text, "，,、；;。：:\n", max(0, m.start - 20), m.start)
    if start < 0 or text[start] not in "，,、":
        return False
    bare = _BARE_STAGE.match(text, start + 1, m.start)
    if bare is None or bare["stage"] in m.indicator:
        return False
    carried = _STAGE_IN_PHRASE.search(m.indicator)
    if carried is None:  # (新建、改扩建中小学38所，投用20所; 建成污水处理厂5座，在建14座)
        return bare["stage"] in _NOT_BUILT and text[start] in "，,、"
    for stage in (bare["stage"], bare["stage"][:2]):
        phrase = m.indicator[: carried.start()] + stage + m.indicator[carried.end() :]
        if key_for(phrase, m.kind, m.reading.base_unit, keys) == key:
            return False
    return True


_JOINT_LEVELS = "省市"
_FIGURE = LazyPattern(r"\d[\d.]*[ \t\u3000]*[%％个项]", std=True)


def _other_level_of_a_joint_list(text: str, m: Mention, names: tuple[str, ...]) -> bool:
    """Whether m is the figure of another level's list than the report's (whose place `names`
    names) in a joint list of two levels before 分别 (see (2) above)."""
    if not m.indicator.startswith(_JOINT_LEVELS):
        return False
    lo = _last_mark(text, "，,；;。！？\n", max(0, m.start - 60), m.start) + 1
    split = text.rfind(_SPLIT, lo, m.start)
    if split < 0 or text.rfind(_JOINT_LEVELS, lo, split) < 0:
        return False
    if not names:
        return False
    level = "市" if _FIGURE.search(text, split, m.start) else "省"
    own = "省" if _of_a_province(names) else "市"
    return level != own


_BOTH = "双双"


def _half_of_one_phrase(text: str, m: Mention) -> bool:
    """Whether m is a figure of a phrase said of both its halves (双双, see (3) above;
    key_in_context asks it only where 双双 stands within the 60 characters it reads)."""
    if not m.indicator:
        return False
    lo = _last_mark(text, "。；;！？\n", max(0, m.start - 60), m.start) + 1
    return text.rfind(m.indicator + _BOTH, lo, m.start) >= 0


# (4) Two rates written after a joined pair with no 分别 (广播电视综合人口覆盖率达91.6%和92.8%): as with
# 分别, radio's then television's. (Not a list of two a key lumps, with no 分别: 办理市人大代表建议158件、
# 市政协提案182件，办理结果满意率达96.8%和97.8% keeps proposal_satisfaction_rate, as read before.)
_SECOND_OF_TWO = compiled.compile_std(
    r"\d[\d.]*[ \t\u3000]*[%％](?:以上|以内|左右)?[ \t\u3000]*[和、][ \t\u3000]*\Z"
)
_FIRST_OF_TWO = compiled.compile_std(r"[ \t\u3000]*[和、][ \t\u3000]*\d[\d.]*[ \t\u3000]*[%％]")


def _one_of_two_without_split(ctx: KeyContext, m: Mention, keys) -> str | None | Literal[False]:
    """The key of m, one of two rates of a joined pair written with no 分别 (see (4) above);
    False where no rule."""
    text = ctx.text
    if not m.indicator or ctx.has(_SPLIT, m.clause, m.start):
        return False
    lo = m.start - 16 if m.start - 16 > m.clause else m.clause
    second = _SECOND_OF_TWO.search(text, lo, m.start) is not None
    if not second and not _FIRST_OF_TWO.match(text, m.end):
        return False
    for joined, first, other in _JOINED_PAIRS:
        if m.indicator.startswith(joined):
            half = other if second else first
            return key_for(half + m.indicator[len(joined) :], m.kind, m.reading.base_unit, keys)
    return False


# (5) The residents' schemes listed under one modifier (城乡居民养老和医保参保率分别达到99%、98%; 城乡居民
# 基本养老、医疗保险参保率稳定在99%、97%以上): the later item is the residents' scheme too, though its
# phrase lost the modifier; not where the modifier heads a later item of a list (企业职工养老保险、城乡居民
# 养老保险和基本医疗保险参保率: all schemes), nor an item with a figure of its own between.
_RESIDENTS_HEAD = compiled.compile_std(
    r"(?<![、和及与])城乡居民(?:基本)?养老(?:保险)?[ \t\u3000]*[和、及与][ \t\u3000]*\Z"
)
_RESIDENTS = "城乡居民"


def _residents_scheme(text: str, m: Mention, keys) -> str | None | Literal[False]:
    """The residents' scheme's key of m, a later item under 城乡居民 (see (5) above); False where
    no rule."""
    if not m.indicator or m.indicator.startswith(("城", "职工", "企业")):
        return False
    lo = m.start - len(m.indicator) - 12
    at = text.rfind(m.indicator, lo if lo > m.clause else m.clause, m.start)
    if at < 0 or not _RESIDENTS_HEAD.search(text, at - 12 if at > 12 else 0, at):
        return False
    key = key_for(_RESIDENTS + m.indicator, m.kind, m.reading.base_unit, keys)
    return key if key is not None else False


# (6) Items named before a class with 等, then 分别 and a figure each (教育、卫生、社保等民生支出占地方公共
# 财政预算支出比例分别提高到21.4%、10.6%、14.9%): each figure is one item's share, none the class's.
_ITEMS_THEN_CLASS = compiled.compile_std(
    r"(?:[^，,。；;：:、\d]{1,10}、)+[^，,。；;：:、\d]{1,10}等\Z"
)


def _an_item_before_a_class(text: str, m: Mention) -> bool:
    """Whether m is one item's figure of a list named before a class with 等 (see (6) above)."""
    if len(m.indicator) < 3:
        return False
    # (where m's clause opens after a mark within 80 characters, the list and its 分别 stand in
    # the clause, after that mark)
    marked = m.clause and m.clause > m.start - 80 and text[m.clause - 1] in "，,；;。：:\n"
    if marked and text.find(_SPLIT, m.clause, m.start) < 0:
        return False
    lo = _last_mark(text, "，,。；;：:！？\n", m.start - 80 if m.start > 80 else 0, m.start) + 1
    at = text.find(m.indicator[:3], lo, m.start)
    if at <= lo or text.find(_SPLIT, at, m.start) < 0:
        return False
    return _ITEMS_THEN_CLASS.search(text, lo, at) is not None


# A bare statistic in the clause right after a clause that opens with the urban core and states a
# figure of it, both of one field (中心城区空气优良天数比例96.7%，PM2.5浓度均值31微克/立方米: the core's
# PM2.5 too; 中心城区新增供热380万平方米，集中供热率达到95%): the core's scope goes on; not into
# another field (主城区空气质量优良天数率94%，国省考核断面水质达标率100%: the city's waters;
# 中心城区人口达到110万，常住人口城镇化率达到65%), nor where the phrase names a scope of its own.
_CORE_CLAUSE = LazyPattern(
    r"^[ \t\u3000]*(?:全市|我市|本市|市)?(?:中心城区|主城区|中心市区|老城区)"
    r"[^，,；;。！？!?：:\d、和及与]{2,24}?(?:达到|达|为|是)?[ \t\u3000]*(?:约|近)?\d",
    std=True,
)
_CORE_FIELDS = tuple(
    compiled.compile_std(f)
    for f in (
        r"空气|PM2|PM10|颗粒物|优良天数|臭氧|降尘|二氧化硫|二氧化氮",
        r"供热|供暖",
        r"绿地|绿化",
    )
)


def _field(words: str) -> int:
    """The index of the first field of _CORE_FIELDS `words` speak of, or -1."""
    return next((i for i, f in enumerate(_CORE_FIELDS) if f.search(words)), -1)


@functools.lru_cache(maxsize=4096)
def _bare_field(indicator: str) -> int:
    """The field a phrase speaks of (`_field`), or -1 where it names a scope of its own or the
    whole place: kept per phrase (every figure whose phrase opens its clause asks it)."""
    if _OWN_SCOPE.match(indicator) or _WHOLE_PLACE.search(indicator):
        return -1
    return _field(indicator)


def _after_a_core_clause(text: str, m: Mention, names: tuple[str, ...]) -> bool:
    """Whether m's bare phrase goes on with a clause of the urban core before it (see above;
    `names`: the report's own place names). key_in_context asks it only where the phrase opens
    m's clause, after a comma (its gate)."""
    field = _bare_field(m.indicator)
    if field < 0:
        return False
    end = m.clause - 1
    clause = text[_last_mark(text, _CLAUSE_MARKS, max(0, end - 40), end) + 1 : end]
    return (
        _CORE_CLAUSE.match(clause) is not None
        and _field(clause) == field
        and _core_of(names, clause.strip())
    )


# Job posts offered at job fairs (举办招聘会350场，提供就业岗位10.5万个) or to one group (为退役军人提供5万个
# 就业岗位, 实施“零就业家庭”援助项目，提供就业岗位1485个, 为农村提供了7000多个就业岗位) are no count of the
# posts the place's economy added: no key. The sentence runs from the last full stop or semicolon.
_POSTS_OFFERED = LazyPattern(
    r"招聘会|招聘活动|专场招聘|援助项目"
    r"|为[^，,；;。]{0,12}(?:退役军人|残疾人|零就业|困难|毕业生|农民工|贫困|农村|妇女|青年)[^，,；;。]{0,8}提供",
    std=True,
)


def _posts_offered_to_some(text: str, m: Mention) -> bool:
    """Whether m counts job posts offered at fairs or to one group (see above; asked of the keys
    of class job_posts alone)."""
    start = _sentence_start(text, m)
    return _POSTS_OFFERED.search(text, start, m.start) is not None


# A river's basin that qualifies the count in the figure's clause (渭河流域规划的56个污水处理厂已有15个建成,
# 全面建成湟水流域8个污水处理厂) scopes the count to that part of the place; not the basins in general
# (主要流域, 重点江河流域), nor a basin a work or strategy is named after (推动黄河流域生态保护和高质量发展，
# …: the place's figures may follow), nor a phrase that names its basin itself (主要流域国控断面优良水质比例).
_BASIN = LazyPattern(
    r"(?<![主要重点各大小])(?!主要|重点|江河|各)\p{Han}{1,3}[河江湖水溪]流域(?:规划)?的?(?=\d)"
)


def _of_a_basin(text: str, m: Mention) -> bool:
    """Whether m's clause names one river's basin before the figure (see above)."""
    if "流域" in m.indicator:
        return False
    return _BASIN.search(text, m.clause, m.start + 1) is not None  # (+1: the count's first digit)


# A count of key projects right after a quoted name (保障好“两核”31个重大建设项目, “购物天堂、美食之都”100个
# 重点项目), or after the partners of a cooperation (与清华、北大合作的100个重点项目), counts the
# projects of that zone, programme or cooperation, not the place's list.
_NAMED_BEFORE = LazyPattern(r"(?:[”」]|合作的)[ \t\u3000]*\Z", std=True)


def _a_named_programmes_projects(text: str, m: Mention) -> bool:
    """Whether m counts the key projects of a quoted zone or programme (see above; asked of the
    keys of class list_size alone)."""
    return _NAMED_BEFORE.search(text, max(0, m.start - 6), m.start) is not None


# sectors11: a figure of one sector, group, project or unit keyed as the place's statistic.
# Taxes a kind of firm or a sector paid (农村商业银行…，全年实现税收7.4亿元; 非公经济…；上缴税金156.7亿元;
# 服务业繁荣发展，完成税收150.41亿元; 烟草工业…实现税收): 上缴税金 is what firms pay, and a sentence that
# names the payer is about it, not the place's tax revenue. The sentence runs from the last full stop.
_TAX_PAYER = LazyPattern(
    r"商业银行|农商行|农信社|信用社|银行|集团|烟草|卷烟|服务业|个体|私营|民营|非公|新经济|开发区|园区",
    std=True,
)


def _a_sectors_tax(text: str, m: Mention) -> bool:
    """Whether m is the tax one sector or kind of firm paid (see above)."""
    if "税金" in m.indicator:
        return True
    start = _sentence_start(text, m, _STOPS)
    return _TAX_PAYER.search(text, start, m.start) is not None


# A count quota per household or per person (极度贫困户每户安排1个公益性岗位; 主要领导每人至少引进1个
# 10亿元以上项目): no count of the place. (Amounts per head are the standards some keys measure.)
_PER_HEAD = LazyPattern(r"每户|每家|每人|每名|每位", std=True)


# ... and a quota of each county or district of a group, written without 每 or 各 (农业重点县区至少新增种养大户
# 40个、家庭农场40个).
_UNITS_AT_LEAST = LazyPattern(
    r"(?:县区|县市区|区县|县（市、区）|县\(市、区\)|乡镇|园区)至少", std=True
)


def _a_quota_per_head(ctx: KeyContext, m: Mention) -> bool:
    """Whether m's count is a quota of each household, person or unit (see above; asked of
    counts alone)."""
    if ctx.search(_PER_HEAD, m.clause, m.start) is not None:
        return True
    return ctx.search(_UNITS_AT_LEAST, m.clause, m.start) is not None


# One road's section (加紧实施正繁公路辖区路段88公里干线公路建设): the length of one project.
_ONE_SECTION = LazyPattern(r"路段[ \t\u3000]*\Z", std=True)


def _one_roads_section(text: str, m: Mention) -> bool:
    """Whether m's figure is the length of one road's section (see above)."""
    return _ONE_SECTION.search(text, max(m.clause, m.start - 4), m.start) is not None


# Job posts kept rather than created (帮助企业稳定7.3万个就业岗位; 稳定25.7万个就业岗位): no new posts.
_POSTS_KEPT = LazyPattern(r"稳定|稳住|保住|稳岗", std=True)


def _posts_kept(text: str, m: Mention) -> bool:
    """Whether m counts job posts kept, not created (see above)."""
    return _POSTS_KEPT.search(text, m.clause, m.start) is not None


# A kind of bridge glued before the phrase, which loses it (改造提升生产危桥81座: farm bridges, a part
# of the bridges renovated).
_BRIDGE_KIND = "生产"


def _a_kind_of_bridge(text: str, m: Mention) -> bool:
    """Whether a kind of bridge stands right before m's phrase in its clause (see above)."""
    at = text.rfind(m.indicator, m.clause, m.start)
    if at < 0:
        at = text.find(m.indicator, m.end, m.end + 12)
    return at > 0 and text.startswith(_BRIDGE_KIND, at - len(_BRIDGE_KIND))


# Projects signed at one event the sentence names (成功举办第五届佛山（国际）物流洽谈会，签约项目98项;
# 高水平举办第十五届苏州国际精英创业周，签约项目超2000个): the event's, not the place's signed projects;
# not events listed (、, 等, 系列, 40余场次, 一节三会, 招商活动 unnamed) nor a count of the whole year or place (全年, 全市, 累计).
_ONE_EVENT = LazyPattern(
    r"(?P<event>[^，,；;。]{0,40}(?:举办|承办)[^，,；;。]{2,40})[，,]", std=True
)
_MANY_EVENTS = LazyPattern(
    r"[、等]|系列|各类|多场|\d[\d余多 \t]*(?:场次|场|次)"
    r"|(?<![第一二三四五六七八九十])[两二三四五六七八九十]+[会节届]"
    r"|^[^“”]*活动(?!周)[^“”]*$",
    std=True,
)
_MORE_EVENTS = LazyPattern(r"系列|各类|多场|活动|招商|\d[\d余多 \t]*(?:场次|场|次)", std=True)
_WHOLE_COUNT = LazyPattern(r"全年|全市|全区|全省|全州|累计|共", std=True)


def _one_events_projects(text: str, m: Mention) -> bool:
    """Whether m counts the projects signed at one event (see above)."""
    if _WHOLE_COUNT.search(text, m.clause, m.start):
        return False
    start = _sentence_start(text, m)
    event = _ONE_EVENT.search(text, start, m.clause)
    if event is None or _MANY_EVENTS.search(event["event"]):
        return False
    return _MORE_EVENTS.search(text, event.end(), m.clause) is None


# The capacity one phase of a project or one plant added (完成二电厂热电联产集中供热第三期工程，新增供热能力
# 400万平方米; 阳曲热源厂年内建成投运，新增供热能力2000万平方米): that project's, not the place's additions;
# not where the clause before lists plants (、, 等).
_PHASE_BEFORE = compiled.compile_std(
    r"(?:第?[一二三四五六七八九十]期(?:工程|项目)|(?:热源厂|热电厂|电厂|电站|水厂)[^，,]{0,8}?"
    r"(?:投产|投运|建成|并网|运行))[ \t\u3000]*[，,][ \t\u3000]*\Z"
)


def _one_phases_additions(text: str, m: Mention) -> bool:
    """Whether m's clause of additions follows the clause of one project's phase (see above):
    the clause before, read within the 40 characters before m's."""
    if not text.startswith("新增", m.clause) or m.clause < 2:
        return False
    lo = m.clause - 40 if m.clause > 40 else 0
    last = _last_mark(text, "，,。；;：:\n", lo, m.clause - 1)
    begin = last + 1 if last >= lo else lo
    before = text[begin : m.clause]
    if "、" in before or "等" in before:
        return False
    return _PHASE_BEFORE.search(text, begin, m.clause) is not None


# Technical-renovation projects of one industry (加快推动纺织服装产业升级改造，推进35个技改项目建设; 加快装备
# 制造全产业链拓展。围绕…，实施…新建技改项目20个): a group of the place's projects. The industry is
# named in the figure's sentence alone, or in a short sentence without figures just before it (the topic).
_RENOVATION_INDUSTRY = LazyPattern(
    r"装备制造|纺织服装|纺织|钢铁|石化|化工|食品|医药|汽车|电子信息|建材|冶金|有色|机械|煤炭|能源|轻工",
    std=True,
)


def _one_industrys_renovation(text: str, m: Mention) -> bool:
    """Whether m counts the technical-renovation projects of one industry (see above)."""
    lo = max(0, m.start - _SECTOR_REACH)
    start = _last_mark(text, _SENTENCE_STOPS, lo, m.start) + 1 or lo
    if start >= 2 and text[start - 1] == "。":
        lo = max(0, start - 26)
        before = _last_mark(text, _SENTENCE_STOPS + "\n", lo, start - 1) + 1
        topic = text[before : start - 1]
        if (before > 0 or lo == 0) and not any(c.isdigit() for c in topic):
            names = set(_RENOVATION_INDUSTRY.findall(topic))
            if len(names) == 1 and "、" not in topic:
                return True
    sentence = text[start : m.start]
    return len(set(_RENOVATION_INDUSTRY.findall(sentence))) == 1 and "、" not in sentence


# The loan-to-deposit ratio of the housing provident fund (住房公积金…，存贷比达95.3%): not the banks'.


def _a_funds_ratio(text: str, m: Mention) -> bool:
    """Whether m's ratio is the housing provident fund's (see above)."""
    start = _sentence_start(text, m, _STOPS)
    return text.find("公积金", start, m.start) >= 0


# Deaths in one kind of accident (火灾事故宗数、死亡人数分别下降22.7%和75.6%; 道路交通事故起数和死亡人数分别
# 下降1.8%、31.3%; 煤矿事故起数和死亡人数): a bare 死亡人数 counts the deaths of the last accidents its
# sentence names, here fires, road traffic or coal mines, not the work-safety deaths of the place.
_ACCIDENTS = LazyPattern(r"(?P<kind>火灾|道路交通|交通|煤矿|矿山|溺水)?(?:安全)?事故", std=True)


def _one_kinds_deaths(text: str, m: Mention) -> bool:
    """Whether m's bare deaths are those of one kind of accident (see above)."""
    if "事故" in m.indicator:
        return False
    start = _sentence_start(text, m)
    kinds = [found["kind"] for found in _ACCIDENTS.finditer(text, start, m.start)]
    return bool(kinds) and kinds[-1] is not None


# Tourism an event or a season drove (全年举办各类演艺活动200余场，…入场观众38万人次、带动旅游收入17.8亿元;
# 举办128场跨年夜活动，…带动今年元旦期间日均接待游客、旅游消费分别增长20.3%和24.8%): the events' share, not
# the place's tourism.
_DRIVEN = LazyPattern(r"带动|拉动", std=True)


def _tourism_driven(text: str, m: Mention) -> bool:
    """Whether m's tourism is what something drove (see above)."""
    return _DRIVEN.search(text, m.clause, m.start) is not None


# (the rules above, each with the class of keys it is asked of, in the order they are asked)
_SECTOR_RULES = (
    ("tax", _a_sectors_tax),
    ("job_posts", _posts_kept),
    ("bridges", _a_kind_of_bridge),
    ("signed_projects", _one_events_projects),
    ("renovation_projects", _one_industrys_renovation),
    ("bank_ratio", _a_funds_ratio),
    ("work_deaths", _one_kinds_deaths),
    ("tourism", _tourism_driven),
)


def _of_one_sector(
    ctx: KeyContext, m: Mention, classes: frozenset[str], clause: str | _Stretch
) -> bool:
    """Whether m is one sector's, group's, project's or unit's figure (the rules above, each
    asked of the keys of its class, _SECTOR_RULES: `classes`, m's key's); `clause`: the words
    of m's clause before the figure (`KeyContext.words`)."""
    text = ctx.text
    if classes:
        for cls, rule in _SECTOR_RULES:
            if cls in classes and rule(text, m):
                return True
    return (
        # (每户…, …至少: a count's quota per head, in its clause, holds 每 or 至少)
        m.kind == "count"
        and ("每" in clause or "至少" in clause)
        and _a_quota_per_head(ctx, m)
        or "路段" in text[m.start - 4 if m.start - 4 > m.clause else m.clause : m.start]
        and _one_roads_section(text, m)
        or text.startswith("新增", m.clause)  # (the clause of one phase's additions)
        and _one_phases_additions(text, m)
    )


# misc12 (round 8, issue #10): other readers' rows. (Both halves of a joined pair, 双双, are lists11's
# _half_of_one_phrase.)
# A part after 其中 of a net increase (净增企业10万户以上，其中“四上”企业600户以上): a net increase of the
# part too, not its stock nor its additions (净增 is not additions).
_NET_HEAD = LazyPattern(r"[^，。；：\n\d]{0,12}?净增", std=True)


def _part_of_a_net_increase(text: str, m: Mention) -> bool:
    """Whether m is a part after 其中 of the net increase the clause before states (see above)."""
    if m.kind not in ("count", "amount") or not m.clause or text[m.clause - 1] not in "，,":
        return False
    if not _OF_WHICH_OPENS.match(text, m.clause):
        return False
    begin = _last_mark(text, _CLAUSE_MARKS, max(0, m.clause - 60), m.clause - 1) + 1
    return _NET_HEAD.match(text, begin, m.clause - 1) is not None


# Projects under a numbered document of a higher body (国务院16号文件加快实施，86个重大项目已开工74个): the
# document's list, not the place's key-project list. The document is named earlier in the sentence.
_NUMBERED_DOCUMENT = LazyPattern(r"\d+号文件?|〔\d{4}〕\d+号", std=True)


def _a_documents_projects(text: str, m: Mention) -> bool:
    """Whether m counts the projects of a numbered document its sentence names (see above;
    asked of the keys of class list_size alone)."""
    start = _sentence_start(text, m, _STOPS)
    return _NUMBERED_DOCUMENT.search(text, start, m.start) is not None


# A sentence that names one zone before the figure and again after it (编制完成河湟新区总体规划，总投资
# 150亿元的13个产业项目开工建设，河湟新区步入了转型发展的快车道): the sentence is on the zone, its figures
# the zone's, where no word of the whole place stands in it.
_NAMED_ZONE = LazyPattern(rf"\p{{Han}}{{2}}(?:{_ZONE_CORE})")


def _zone_around(ctx: KeyContext, m: Mention, key: str, keys, stop: int) -> bool:
    """Whether m's sentence names one zone before and after the figure (see above); `stop`: the
    last stop before m within 3 * CLAUSE_WINDOW, which is longer than _SECTOR_REACH
    (`KeyContext.sentence`)."""
    text = ctx.text
    lo = m.start - _SECTOR_REACH if m.start > _SECTOR_REACH else 0
    start = stop + 1 if stop >= lo else 0
    if not start and lo:
        return False  # (a sentence too long to see its start)
    # (the cheap tests first: every word of _ZONE_HINT holds 区, which key_in_context looks for
    # in the paragraph first; no zone in the sentence before the figure, where the zone's name
    # must stand)
    if "区" not in text[start : m.start] or not ctx.hint(_ZONE_HINT, start, m.start):
        return False
    end = min(len(text), m.start + _SECTOR_REACH)
    ends = [i for i in (text.find(c, m.start, end) for c in _STOPS) if i >= 0]
    if not ends:
        return False
    before, after = text[start : m.start], text[m.start : min(ends)]
    if not _ZONE_HINT.search(after):
        return False  # (no zone after the figure that could name it again)
    if _WHOLE_PLACE.search(before) or _WHOLE_PLACE.search(after):
        return False
    names = {z.group() for z in _NAMED_ZONE.finditer(before)}
    if len(names) != 1:
        return False
    (name,) = names
    return name in after and part_key_differs(name, m, key, keys)


# Key projects a region of several places plans (洛阳都市圈发展规划印发实施，…谋划了1481个重大项目) and
# projects of poverty relief (巩固拓展脱贫攻坚成果…，投入1.7亿元，实施产业项目58个): the region's list or
# the relief's, not the place's key or industrial projects. The region or relief stands earlier in
# the sentence.
_REGION_PROJECTS = LazyPattern(r"都市圈|经济圈|城市群", std=True)
_RELIEF_PROJECTS = LazyPattern(r"脱贫|扶贫|帮扶|返贫", std=True)


def _a_regions_or_reliefs_projects(text: str, m: Mention, found) -> bool:
    """Whether m counts a multi-place region's or poverty relief's projects (see above): the
    pattern `found` of the one its key's class may count (list_size: a region's;
    industry_projects: a relief's) before it in its sentence."""
    start = _sentence_start(text, m, _STOPS)
    return found.search(text, start, m.start) is not None


def _misc12(ctx: KeyContext, m: Mention, classes: frozenset[str], clause: str | _Stretch) -> bool:
    """Whether m is a part of a net increase, a document's or a region's figure (a zone's,
    `_zone_around`, is asked behind its gate in key_in_context); `classes`: m's key's;
    `clause`: the words of m's clause before the figure."""
    text = ctx.text
    if "其中" in clause and _part_of_a_net_increase(text, m):  # (其中 opens the clause)
        return True
    if "list_size" in classes:
        return _a_documents_projects(text, m) or _a_regions_or_reliefs_projects(
            text, m, _REGION_PROJECTS
        )
    return "industry_projects" in classes and _a_regions_or_reliefs_projects(
        text, m, _RELIEF_PROJECTS
    )


# (_GAP_TO_ANOTHER: 高于, 低于, 高出, 低出, 快于, 慢于, 多于, 少于, 超出, 领先, 落后; 比 or 较 …)
_GAP_TO_ANOTHER_CHARS = frozenset("高低快慢多少超领落比较")


def key_in_context(text: str, m: Mention, keys, context: KeyContext | None = None) -> str | None:
    """The key of mention `m` of `text` (its indicator already attached), with the key table
    `keys`: the phrase's key (`keys.key_for`), unless the words around the figure make it
    another statistic's (a change of it, a part of the place or a sector, the year's
    additions), in which case the key of what the figure measures, or None. `context`: the
    document's `KeyContext(text)`, made once for all its figures (one of its own if None).
    """
    if context is None:
        context = KeyContext(text)
    elif context.text is not text:
        raise ValueError("the context is another text's")
    ctx = context
    key = key_for(m.indicator, m.kind, m.reading.base_unit, keys)
    # 哈尔滨市生产总值, 黄石空气优良率: the place's own, as 全市 writes it (the phrase opens with
    # one of the place's names, found once per document; read without a call once found)
    names = ctx.names or ctx.place_names()
    if key is None and m.indicator.startswith(names):
        rest = _without_own_place(names, m.indicator)
        # (not 带动陕西进出口415.4亿元: what something drove)
        if rest and text.rfind("带动" + m.indicator, max(0, m.start - 40), m.start) < 0:
            key = key_for(rest, m.kind, m.reading.base_unit, keys)
    if key is None:
        return None
    # (what the rules treat the key's figures as: its classes in the table)
    table_classes = ctx.classes
    if table_classes[0] is not keys:
        table_classes = ctx.use_table(keys)
    classes = table_classes[1].get(key, _NO_CLASSES)
    # The rules below find the figures a phrase's key would misstate. Each runs behind its gate:
    # first the key or kind it reads, then words that every match of it holds, looked up in the
    # window it reads (or one around it). A gate is a necessary condition of its rule, no more.
    kind = m.kind
    # (the figure's clause, before it: `ctx.words`, inline)
    clause = (
        text[m.clause : m.start]
        if m.start - m.clause <= _LONG
        else _Stretch(ctx, m.clause, m.start)
    )
    # (where the figure's paragraph and sentence start and the last stop before it: found once
    # for the rules that read them)
    para = ctx.paragraph(m.start)
    stop, begin = ctx.sentence(m.start)
    reach = m.start - 3 * CLAUSE_WINDOW if m.start > 3 * CLAUSE_WINDOW else 0
    # (each quota word holds 每 or 各, in the clause or, 各 for a unit's, the sentence; the size
    # of one project is an amount)
    each = "每" in clause or "各" in clause
    units = "各" in text[reach : m.start]
    if (each or units or kind == "amount") and _of_one_unit(ctx, m, stop, each, units):
        return None
    if _of_a_part(ctx, m, key, keys, begin):
        return None
    if _of_the_core(m) and _core_of(names, m.indicator) or _after_a_core_item(ctx, m, names):
        return None
    if "own_list" in classes and _another_bodys_list(text, m, names):
        return None
    if "poverty_exit" in classes and _others_or_a_parts_exits(text, m, begin):
        return None
    if "school_places" in classes and _one_of_parted_places(ctx, m, begin):
        return None
    if "list_size" in classes and (_a_sectors_projects(text, m) or _another_levels_list(names, m)):
        return None
    if kind == "count" and _another_stage_item(text, m, key, keys):
        return None
    if m.indicator.startswith(_JOINT_LEVELS) and _other_level_of_a_joint_list(text, m, names):
        return None
    lo = m.start - 60 if m.start > 60 else 0  # (the reach of _half_of_one_phrase's 双双)
    if _BOTH in text[lo : m.start] and _half_of_one_phrase(text, m):
        return None
    # (the 分别 of _SPLIT_LIST stands within 14 characters after a phrase before the figure; an
    # item before a class has its 分别 within the 80 characters before the figure)
    split = _SPLIT in text[reach : m.start + 14]
    if split and _an_item_before_a_class(text, m):
        return None
    # (a bare phrase after a core's clause opens its own clause, after a comma)
    if (
        m.clause > 1
        and text[m.clause - 1] in "，,"
        and text.startswith(m.indicator, m.clause)
        and _after_a_core_clause(text, m, names)
    ):
        return None
    if "job_posts" in classes and _posts_offered_to_some(text, m):
        return None
    # (流域 ends before the figure: _BASIN reads its first digit after it)
    if "流域" in clause and _of_a_basin(text, m):
        return None
    if "list_size" in classes and _a_named_programmes_projects(text, m):
        return None
    # (every word of a zone or a park the rules of zones read, and most parts a topic names,
    # hold 区: whether it stands in the figure's paragraph before it, which holds the sentence
    # and the run of a topic, is found once for these rules)
    # (searched in place within a paragraph's reach; from the text's start, where no paragraph
    # starts in reach and a list's figures share it, through ctx's memo)
    near = m.start - para <= _TOPIC_REACH
    zoned = text.find("区", para, m.start) >= 0 if near else ctx.has("区", para, m.start)
    # (every word of _WORKS_TOPIC_HINT holds 区 or 新城)
    if (
        zoned or (text.find("新城", para, m.start) >= 0 if near else ctx.has("新城", para, m.start))
    ) and _under_a_part_topic(ctx, m, key, keys, para, stop):
        return None
    if ("works_list" in classes or "list_size" in classes) and _items_at_a_stage(text, m, classes):
        return None
    # (both ways of a part's sentence before need a figure of the economy: its gate alone)
    if _of_the_economy(m.indicator) and _after_a_part_sentence(ctx, m, key, keys, stop, begin):
        return None
    if _in_a_part_paragraph(ctx, m, key, keys, para):
        return None
    # (the 其中 of a local share, _includes_the_centre, starts within 31 characters after the
    # figure: 30 of its clause, then its mark; or later, after blanks, one of which then stands
    # 31 characters after it)
    after = text[m.end : m.end + 33]
    centre = "其中" in after or after[31:32] in _BLANKS
    if centre and _includes_the_centre(text, m, key, keys):
        return None
    if _the_total_again(text, m, key, keys, begin):
        return None
    if _a_total_in_its_report(ctx, m, key, keys):
        return None
    if kind != "count" and (scope := _trade_parts_scope(ctx, m, keys, begin)) is not None:
        return key_for(scope + m.indicator, kind, m.reading.base_unit, keys)  # (服务出口: none)
    # (the words before the figure in its clause, sliced once: the last 30 characters and,
    # within them, the last 20, 12 and 8 that some rules read)
    last30 = text[m.start - 30 if m.start - 30 > m.clause else m.clause : m.start]
    last12 = last30[-12:]
    if kind == "count" and ("持" in last12 or "扶" in last12) and _helped(text, m):
        return None  # (扶持, 支持, 帮扶)
    if kind == "count" and _policy_carried_out(text, m):
        return None
    # (an amount per person written in 万 or 亿: what was paid in all)
    if (
        kind == "amount"
        and "per_person" in classes
        and ("亿" in m.reading.unit or "万" in m.reading.unit)
    ):
        return None
    # (扣除 or 剔除 stands in the figure's clause or within 30 characters before it, in its sentence)
    if kind == "growth":
        lo = max(begin, m.clause - _LEFT_OUT_REACH)
        if "除" in text[lo : m.start] and _adjusted_growth(text, m, classes, lo):
            return None
    # (a stock of a flow: of the keys of a flow alone, `_stock_of_a_flow`)
    if (
        (kind == "count" or kind == "amount")
        and (key.endswith("_built") or "flow" in classes)
        and (_stock_of_a_flow(text, m) or kind == "count" and _listed_stock(text, m, begin))
    ):
        return None
    # (a count before its phrase: what _counts_a_list_of_kinds, _problem_solved and _selected_key
    # read after the phrase, found once)
    ahead = kind == "count" and bool(m.indicator) and text.startswith(m.indicator, m.end)
    # (区间 ends within 15 characters after a band's bound)
    band = "区间" in text[m.end : m.end + 15] and _bounds_a_band(text, m)
    if band or ahead and _counts_a_list_of_kinds(text, m):
        return None
    # (超出, 超过, 超额, 高于, 多出, 多于)
    last20 = last30[-20:]
    if ("超" in last20 or "高" in last20 or "多" in last20) and _OVER_A_GOAL.search(last20):
        return None
    if not _GAP_TO_ANOTHER_CHARS.isdisjoint(last30) and _GAP_TO_ANOTHER.search(last30):
        return None
    if ahead and _problem_solved(text, m):
        return None
    # (a revenue of the budget)
    if "预算" in m.indicator and _all_levels_beside_local(ctx, m, begin):
        return None
    if kind in ("amount", "count", "growth") and _part_of_its_whole(text, m, key, keys, names):
        return None
    # (the bare statistics of lists, _LIST_HEADS, and their owners')
    if m.indicator in _LIST_HEADS and _bare_after_a_subset(text, m, keys, names):
        return None
    if split and _lumped_in_a_list(text, m, key, keys):
        return None
    if m.indicator in _LIST_HEADS and _bare_beside_an_owners(text, m):
        return None
    # (废止, 废除, 清理, 撤销, in the figure's item, which its clause holds)
    if (
        kind == "count"
        and ("废" in clause or "清" in clause or "撤" in clause)
        and _removed(text, m)
    ):
        return None
    if kind == "count" and _acted_on(ctx, m, key, keys):
        return None
    # (_misc12 reads a part after 其中 in the clause, or the keys of a class)
    if _of_one_sector(ctx, m, classes, clause) or (
        (classes or "其中" in clause) and _misc12(ctx, m, classes, clause)
    ):
        return None
    if zoned and _zone_around(ctx, m, key, keys, stop):  # (every word of _ZONE_HINT holds 区)
        return None
    # (the growth of a balance after additions: of a key of additions, new_…)
    balance = (
        _balance_growth(text, m, key, keys) if kind == "growth" and key.startswith("new_") else None
    )
    if balance is not None:
        return balance
    if (
        kind == "growth"
        and _share_as_growth(text, m)
        or _a_subset(ctx, m, key, keys, classes, clause, stop)
    ):
        return None
    # (every word of _PARK_HINT holds 区 or 园)
    if (
        zoned or (text.find("园", para, m.start) >= 0 if near else ctx.has("园", para, m.start))
    ) and _of_a_zone(ctx, m, key, keys, para, stop, begin):
        return None
    if kind == "ratio":
        half = _one_of_a_joined_pair(ctx, m, keys)
        if half is False:
            half = _one_of_two_without_split(ctx, m, keys)
        if half is False:
            half = _residents_scheme(text, m, keys)
        if half is not False:
            return half
    if kind == "count":
        selected = _selected_key(text, m, key, keys) if ahead else False
        if selected is not False:
            return selected
        if _one_class_beside_another(ctx, m, key, keys, classes, begin):
            return None
    last8 = last30[-8:]  # (总数, 总量, 总计, 累计 before the figure)
    stock = ("总" in last8 or "累" in last8) and _stock_after_additions(text, m, key, keys)
    if stock is not False:
        return None if stock is None or _stated_as_change(ctx, m, stock, clause) else stock
    growth = kind == "growth" and _added_growth_key(ctx, m, key, keys)
    if growth is not False:
        return growth
    if kind != "amount" and kind != "count":
        return key  # (_stated_as_change reads sums and counts alone)
    if not _says_new(m.indicator):
        added = _added_key(ctx, _from_range_lower(text, m), key, keys, classes)
        if added is not False:
            return added
        part = _part_of_additions(text, m, keys)
        if part is not None:
            return part
        head = _list_head_change(ctx, m)
        if head and head["verb"] == "新增":
            return key_for("新增" + m.indicator, m.kind, m.reading.base_unit, keys)
    return None if _stated_as_change(ctx, m, key, clause) else key
