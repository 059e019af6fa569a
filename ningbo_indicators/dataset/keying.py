"""The key of a figure read in its sentence.

`keys.key_for` gives the key of an indicator phrase; the phrase alone cannot tell a level from
a change of it (地区生产总值770亿元，净增129亿元), the place from a part of it (主城区新建停车泊位),
nor a stock from the year's additions when the verb opened the clause (新建8个国家重点实验室).
These rules read the words around the figure and give the key of what it measures, or none
where they cannot tell: a wrong key is worse than none.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .. import compiled
from ..context.structure import CLAUSE_END_CHARS as _CLAUSE_MARKS
from ..context.structure import CLAUSE_WINDOW
from .keys import clean_phrase, default_keys, key_for

if TYPE_CHECKING:
    from ..pipeline import Mention


# A sum or a count stated as a change, the verb just before the figure (存款余额增加186亿元,
# 低保标准每月提高30元, 建成区面积增加了34平方公里, 贷款余额比年初新增120亿元, 贫困人口减少5万人,
# 高新技术企业新增28家): the key of the level would give the change as the level, so it gets none.
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
_CHANGE_BEFORE = compiled.compile_std(
    rf"(?P<verb>{'|'.join(_CHANGE_WORDS)}|增长|压减|压缩|削减|多|少)了?"
    r"[ \t\u3000]{0,2}(?:约|近|超过?|逾)?\Z"
)


# ... and the figures of a list whose verb of change comes first (城乡低保标准人均分别提高160元/月、
# 130元/月; 存款、贷款余额均比年初增加…): not 分别提高到, 均增加至
_LIST_CHANGE = compiled.compile_std(
    r"(?:分别|均|各)(?:比上年|比年初|较上年|较年初)?"
    rf"(?P<verb>{'|'.join(_CHANGE_WORDS)})了?(?![到至为])"
)


# ... and each item of a list that a verb of change heads (净增市场主体7万户、规上工业企业141家:
# 141 firms are a net increase too), where the item has no verb of its own (新增贷款100亿元、存款
# 余额达到500亿元: 500亿 is a level). Under 新增 an item counts added things: it takes the key
# the table gives them (新增…、高新技术企业400家 as 新增高新技术企业), see `_key`.
_LIST_HEAD_CHANGE = compiled.compile_std(
    r"(?:全年|全市|全省|去年|当年)?(?P<verb>净增|新增|增加|减少)(?![到至为])"
    r"[^，。；：、\n]{1,20}?\d[^，。；：\n]*、[^，。；：、\n达为到至增减降提超突破完成实现]*$"
)


def _changed_by(text: str, m: Mention) -> str:
    """The verb of change right before m or heading its list (分别提高), else ""."""
    change = _LIST_CHANGE.search(text, m.clause, m.start) or _CHANGE_BEFORE.search(
        text, max(0, m.start - 6), m.start
    )
    return change["verb"] if change else ""


def _stated_as_change(text: str, m: Mention, key: str) -> bool:
    """Whether the sum or count of m is a change of the statistic `key` names, not its level."""
    if m.kind not in ("amount", "count"):
        return False
    if m.span.verb:
        return True
    change = (
        _LIST_CHANGE.search(text, m.clause, m.start)
        or _CHANGE_BEFORE.search(text, max(0, m.start - 6), m.start)
        or _list_head_change(text, m, "新增")
    )
    new_things = key.startswith("new_") or key.endswith("_new") or "_new_" in key
    return change is not None and not (new_things and change["verb"] == "新增")


def _list_head_change(text: str, m: Mention, other_than: str = ""):
    """The verb of change that heads m's list (净增A 7万户、B 141家), unless it is `other_than`."""
    head = _LIST_HEAD_CHANGE.match(text, m.clause, m.start)
    return head if head and head["verb"] != other_than else None


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
_PART = compiled.compile(
    r"(?:中心城区|中心市区|主城区|老城区|郊区|(?<!商务)中心区|核心区|聚集区|(?<![城县])市区(?!两级|县)|"
    r"(?<!县市)城区|县域|开发区|高新区|经开区|产业园区|工业园区|产业园|工业园|园区|新区|片区|"
    r"示范区|试验区|自贸区|综保区|保税区|集聚区|合作区|走廊|乡镇企业|民营企业|民营经济|"
    r"非公有制经济|非公经济|国有企业|国企|外资企业|外商投资企业|私营企业)"
    r"(?!院|分院|校|管委)"  # 长江新区院区, 新城区分院: a name of an institution
)
# what may stand before a part that opens its clause: marks, list numbers, years, openers
_PART_OPENERS = compiled.compile(
    r"^(?:[^\p{Han}\d]|其中|力争|预计|全年|今年|去年|明年|年内|当年|同时|此外|另外|目前|全市|全省|"
    r"全州|我市|本市|[市省州在对于]|每个|各|\d+年|\d+个|\d{1,2}[.．、)）]|[(（]\d{1,2}[)）])*"
)
# a name before the part holds no verb, count or mark (新增农业园区, 不含滇中产业新区 are no names)
_PART_VERBS = compiled.compile(
    r"[、和及与的等\d]|新增|新建|建成|建设|创建|培育|加快|推进|实施|打造|加强|开工|完成|引进|争创|"
    r"支持|促进|推动|发展|抓好|开展|实现|形成|扩大|提升|改造|整治|规划|编制|出台|制定|落实|做好|"
    r"获批|获评|入选|成为|认定|申报|累计|拥有|有|围绕|依托|聚焦|鼓励|引导|带动|吸引|争取|组建|设立|"
    r"启动|谋划|布局|优化|完善|深化|健全|构建|保障|确保|全面|提高|增加|包括|覆盖|辐射|不含|"
    r"除|首个|一批|治理|拆改|减少"
)
# a figure right after the part that counts the part (园区100个、), or after a verb of being
# (科技型中小企业入库2.6万家, 高新技术企业达到614家)
_PART_COUNTED = compiled.compile(
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
_PART_WORKS = compiled.compile(
    r"(?:新建|新增|改扩建|新改扩建|新改建|改建|扩建|建成|建设|开工建设|新开工|开工|完成|打通|"
    r"启动建设|改造|实施|投用|新开)*(?:、(?:新建|改扩建|新改扩建|扩建|改造|新开工|开工))?[ \t\u3000]*\d"
)
# the part helped, not measured (省政府支持磨憨跨境经济合作区建设22条政策)
_FOR_THE_PART = compiled.compile(r"支持|促进|帮扶|关于")
# a quota of each part (各县（市、新区）建设10个以上, 每个开发区储备…)
_EACH = compiled.compile(r"各县|各区|各开发区|各园区|每个|每县")
# the statistics of a part's economy that its later clauses go on with
_PART_ECONOMY = compiled.compile(
    r"增加值|生产总值|GDP|产值|营收|收入|税收|税金|利税|利润|投资|固投|进出口|出口|外资|内资"
)
_SECTORS = frozenset(
    ("乡镇企业", "民营企业", "民营经济", "非公有制经济", "非公经济", "国有企业", "国企")
    + ("外资企业", "外商投资企业", "私营企业")
)
_SECTOR_CARRIED = compiled.compile(
    r"^(?:上缴|实现|完成)?(?:税收|税金|利税|利润|营业收入|营收|主营业务收入|销售收入|出口|进出口)"
)
_BARE_CHANGE = compiled.compile(r"^(?:同比|比上年|较上年)?(?:增长|下降|提高|占)")
_OWN_SCOPE = compiled.compile(
    r"^(?:农村|乡村|城镇|城市|城乡|县城|市域|全域|全市|全省|全县|全州|农(?:牧)?民(?!专业|合作)|民间|民营|国有|"
    r"外资|外商)"
)
# more parts of the place after the first, a list of them (新区和梁园区、睢阳区新建8所中小学校,
# 在市区和临颍县城筹建7所中小学, 主城区及影响区17座污水处理厂): the figure is theirs together
_PART_LIST = compiled.compile(
    r"(?:[、和及与]\p{Han}{1,5}?(?:县城|(?<![社小景校院街厂矿专辖营病商学分])区|县))+"
)
# a character every word of _PART writes
_PART_CHARS = ("区", "园", "域", "廊", "企", "济")
# (the sentence of a figure starts after the last of these before it)
_STOPS = "。！？!?\n"
_LIST_OR_CLAUSE = compiled.compile(r"[、和及与，,；;：:]")
_CLAUSE_CUT = compiled.compile(r"[，,；;：:]")


def _of_a_part(text: str, m: Mention, key: str, keys) -> bool:
    """Whether m's figure is scoped to a part of the place or to a sector that its key, a key of
    the whole place, does not name (see above)."""
    lo = max(0, m.start - 3 * CLAUSE_WINDOW)
    begin = max(lo, max(text.rfind(c, lo, m.start) for c in _STOPS) + 1)
    before = text[begin : m.start]
    if not any(c in before for c in _PART_CHARS):
        return False  # (no word of _PART stands before the figure)
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
    clause = max(text.rfind(c, begin, last.start()) for c in _CLAUSE_MARKS) + 1
    prefix = text[max(clause, begin) : last.start()]
    name = prefix[_PART_OPENERS.match(prefix).end() :]
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
        # own (全市工业增加值); after a sector, only its tax, profit, sales or trade
        carried = _SECTOR_CARRIED if part in _SECTORS else _PART_ECONOMY
        if not (head and carried.search(m.indicator)):
            return False
        for i, piece in enumerate(pieces):
            if i and (_OWN_SCOPE.match(piece) or _PART.search(piece)):
                return False
            said = piece.split("占")[0]
            stated = _PART_ECONOMY.search(said) and any(c.isdigit() for c in piece)
            if i < len(pieces) - 1 and not (stated or i and _BARE_CHANGE.match(piece)):
                return False
    return key_for(part + m.indicator, m.kind, m.q.base_unit, keys) != key


# A quota of each unit (每个县（市、区）建设1所80-150个托位的托育机构, 各县市区至少引进2个亿元以上
# 项目, 每个城市推出1000辆新能源汽车) counts one county's, village's or zone's share, no figure of
# the place. Not 每人, 每户 (the per-head standards the keys measure: 低保标准每人每月620元), nor
# 每千人口, 每万人 (rates per head).
_QUOTA = compiled.compile(
    r"每个|每一个|每县|每乡|每镇|每村|每所|各县|各乡镇|各区(?!域)|各市(?!场)|各园区|各开发区"
)
# The size of one project or facility: a figure whose phrase runs on, with no mark or verb
# between, into the name of a project (开工建设辽能集团200兆瓦风电等重点项目, 热电厂60万千瓦风电
# 项目建成并网, 推进30万平方米标准化厂房等项目建设, 分别年产10万辆新能源汽车的合众项目) is that
# project's capacity, not the place's; a count of projects names them itself (26个重点项目).
_PROJECT_AFTER = compiled.compile(
    r"(?:(?![，。；：、,;:和及与()（）\s]|完成|建成|投用|开工|竣工|实现|达到).){0,12}?"
    r"(?:等)?[重大点批]{0,2}(?:项目|工程|电站|电厂|机组)"
)
_PROJECT_WORDS = compiled.compile(r"项目|工程|电站|电厂|机组")


def _of_one_unit(text: str, m: Mention) -> bool:
    """Whether m's figure is a quota of each county or unit, or the size of one project (see
    _QUOTA, _PROJECT_AFTER), which no key of the place measures."""
    if _QUOTA.search(text, m.clause, m.start):
        return True
    if m.kind != "amount" or _PROJECT_WORDS.search(m.indicator):
        return False  # 17条城市道路的41项城建重点工程, 322座病险水库除险加固主体工程: counted
    return bool(_PROJECT_AFTER.match(text, m.end))


# A short sentence without a figure that opens a run of the paragraph (肇庆新区进入产城融合新阶段。
# 中心城区要提升提神。) states its topic: when the topic is a part of the place, the figures after
# it in the paragraph, up to the next such sentence (软硬联通持续完善。), are the part's. Numbered
# steps within the topic (一是…, 二是…) do not end it.
_TOPIC_MAX = 16
_TOPIC_STEP = compiled.compile(
    r"^(?:[一二三四五六七八九十]+是|第[一二三四五六七八九十]+|[一二三四五六七八九十]+[、.．]|[(（])"
)
# the parts a run of a paragraph is about (a new district, the urban core), not a park or a
# sector, which the reports name as one more achievement (综合保税区顺利通过国家验收)
_TOPIC_PARTS = frozenset(("新区", "中心城区", "主城区", "中心市区"))
_TOPIC_EVENT = compiled.compile(
    r"获批|晋升|通过|启动|成为|列入|入选|获评|获得|荣获|设立|成立|揭牌|挂牌"
)
_SENTENCE_MARKS = compiled.compile(r"[。！？!?]")
_PLACE_WIDE = compiled.compile(r"全市|全省|全州|全区|全县|全盟|我市|我省|本市|全年")


# how far back a figure looks for the start of its paragraph (the corpus's longest run from a
# topic sentence to a figure it covers is well under it)
_TOPIC_REACH = 1500


def _under_a_part_topic(text: str, m: Mention, key: str, keys) -> bool:
    """Whether m's figure stands in the run of a paragraph whose topic sentence names a part of
    the place (see _TOPIC_MAX), and the part's key would not be the key of the place."""
    para = text.rfind("\n", max(0, m.start - _TOPIC_REACH), m.start) + 1
    if not para and m.start > _TOPIC_REACH:
        return False  # a paragraph that long is no topic's run (and each figure reads it all)
    run = text[para : m.start]
    if not any(part in run for part in _TOPIC_PARTS):
        return False  # (no topic can name a part: the paragraph is not cut into sentences)
    sentences = _SENTENCE_MARKS.split(run)
    own = sentences[-1]
    if _PLACE_WIDE.search(own) or _FOR_THE_PART.search(own):
        return False  # 全市…; 出台了促进新区发展的10项政策: the part helped
    if _PART.search(m.indicator) or _OWN_SCOPE.match(m.indicator):
        return False  # 市城区公共供水普及率: the figure names its scope itself
    for sentence in reversed(sentences[:-1]):
        topic = sentence.strip(" *#\t\u3000")
        if len(topic) > _TOPIC_MAX or any(c.isdigit() for c in topic):
            continue
        if _TOPIC_STEP.match(topic):
            continue
        part = _PART.search(topic)
        if part is None or part.group() not in _TOPIC_PARTS or part.start() > 4:
            return False
        if _PART_VERBS.search(topic, 0, part.start()) or _TOPIC_EVENT.search(topic):
            return False
        if (
            topic[part.end() : part.end() + 1] in ("和", "、", "及", "与")
            or "城" in topic[: part.start()]
        ):
            return (
                False  # 中心城区和县城人居环境大幅改善, 新城新区建设和旧城更新: more than the part
            )
        return key_for(part.group() + m.indicator, m.kind, m.q.base_unit, keys) != key
    return False


# A clause that opens with a verb of adding (新建8个国家重点实验室, 成功创建2家三甲医院, 新缔结3个
# 国际友好城市, 获批国家高新技术企业153家, 建成…湿地公园3个、森林公园8个) counts things added in
# the year, though the phrase lost the verb: the figure takes the key the table gives added things
# (as 新增…: new_key_laboratories). After a verb that may add or keep (培育, 发展, 建设, 认定, 引进,
# 打造), start (开工) or mend (规范提升, 改造, 优化, 调整: 新辟、调整、优化20条公交线路), a stock that
# the table keeps apart from its additions gets no key. Not after 累计 (累计建成…417公里 is a
# total), nor for an item with a level of its own (新增国际友好城市16对、总数达到58对: 58 is the
# stock), nor where a verb of change other than 新增 comes right before the figure (改造提升207万亩).
_ADDING_HEAD = compiled.compile_std(
    r"(?:全年|全市|全省|全区|今年|年内|力争|确保|争取|成功|再)*"
    r"(?:(?P<adds>新增|新建成|新建|建成(?!区)|新创建|创建|创成|新培育|新认定|新设立|新设|新缔结"
    r"|缔结|新开通|新开辟|新开(?!工)|新获批|获批|新获评|新获|新引进|新入库|新备案)"
    r"|(?P<vague>培育|发展|建设|认定|引进|打造|新开工|开工|新辟|规范提升|提升|改造|优化|调整))"
    r"(?![到至为成])"
    r"(?:[^，。；：、\n]*、)*(?:(?!达|总数|总量|累计|现有|共有|拥有|突破|到|至)[^，。；：、\n])*$"
)


def _added_key(text: str, m: Mention, key: str, keys) -> str | None | bool:
    """The key of m (phrase key `key`) when its clause opens with a verb of adding (see
    _ADDING_HEAD): the key of added things, or None; False where the rule does not apply."""
    if m.clause and text[m.clause - 1] not in _CLAUSE_MARKS:
        return False  # (a clause longer than the window: its opening words are not seen)
    head = _ADDING_HEAD.match(text, m.clause, m.start)
    if head is None:
        return False
    if m.span.verb or _changed_by(text, m) not in ("", "新增"):
        return False  # 新建高标准农田120万亩、改造提升207万亩: 207 is no land added
    known = _key_names(keys if keys is not None else default_keys())
    split = f"new_{key}" in known or f"{key}_new" in known
    if head["vague"]:
        return None if split else False
    added = key_for("新增" + clean_phrase(m.indicator), m.kind, m.q.base_unit, keys)
    return added if added is not None else (None if split else False)


def _key_names(table) -> frozenset[str]:
    """The keys a table names (kept per table)."""
    entry = _KEY_NAMES.get(id(table))
    if entry is None or entry[0] is not table:
        entry = _KEY_NAMES[id(table)] = (table, frozenset(k.key for k in table))
    return entry[1]


_KEY_NAMES: dict[int, tuple] = {}


# Keys that count the items of a list (key_projects: the projects on the place's list of key
# projects). The items that reached a stage (621个重大项目竣工310个, 新开工重点项目45个, 97个重大
# 项目实现当年签约、当年开工) are another count: no key of the list's size.
_LIST_SIZE_KEYS = frozenset(("key_projects",))
_STAGE = compiled.compile(r"开工|竣工|建成|投产|完工|签约|开竣工|落地")
_PREDICATE = compiled.compile(r"[^，,；;。\d]*")


def _items_at_a_stage(text: str, m: Mention, key: str) -> bool:
    """Whether m counts the items of a list that reached a stage, not the list (see above)."""
    if key not in _LIST_SIZE_KEYS:
        return False
    # the predicate after the items, up to the clause's end or the next figure (621个重大项目竣工
    # 310个: the stage is the second figure's)
    after = _PREDICATE.match(text, m.end, m.end + 24)
    stage_after = (
        after is not None
        and not text[after.end() : after.end() + 1].isdigit()
        and _STAGE.search(after.group()) is not None
    )
    return stage_after or _STAGE.search(text, m.clause, m.start) is not None


def key_in_context(text: str, m: Mention, keys) -> str | None:
    """The key of mention `m` of `text` (its indicator already attached), with the key table
    `keys`: the phrase's key (`keys.key_for`), unless the words around the figure make it
    another statistic's (a change of it, a part of the place or a sector, the year's
    additions), in which case the key of what the figure measures, or None.
    """
    key = key_for(m.indicator, m.kind, m.q.base_unit, keys)
    if key is None or _of_one_unit(text, m) or _of_a_part(text, m, key, keys):
        return None
    if _under_a_part_topic(text, m, key, keys) or _items_at_a_stage(text, m, key):
        return None
    if m.kind in ("amount", "count") and not m.indicator.startswith("新"):
        added = _added_key(text, m, key, keys)
        if added is not False:
            return added
        head = _list_head_change(text, m)
        if head and head["verb"] == "新增":
            return key_for("新增" + m.indicator, m.kind, m.q.base_unit, keys)
    return None if _stated_as_change(text, m, key) else key
