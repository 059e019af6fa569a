"""The indicator phrase of a mention: the subject it measures, cut of verbs and links; and
whether a percentage is a rate of change or a level (growth vs ratio).

Every rule reads the language of 政府工作报告 in general, never the wording of one report.
"""

from __future__ import annotations

import re

import regex

from .. import compiled
from ..extractors._parts import HAN, written_out_han
from ..lazy import LazyPattern
from ..units import GROWTH_CUES, LEVEL_CUES, RATE_VERBS, unit_alternation

# Leading words dropped from an indicator: adverbs and action verbs (spec: keep 新增, 增加,
# 新引进, 新认定, 新入选, 新培育; drop 建成, 改造, 新开工 ...). Longest first.
LEADING_ADVERBS = (
    # a point of a list: 一是城镇新增就业1.2万人, 九是城乡居民最低生活保障标准分别提高…
    *(n + "是" for n in "一二三四五六七八九十"),
    "预计",
    "力争",
    "累计",
    "全年",
    "其中",
    "总计",
    "合计",
    "努力",
    "确保",
    "必保",  # 必保油气产量当量突破470万吨: a stronger 确保
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
    "大规模",
    "认真",
    "力促",
    "首批",
    "连续",
    "共有",
    "现有",
    "圆满",
    "现在",
    "目前",
    "要把",
    "把",
    "将",
    "我们",  # the government speaking: 我们认真办理人大代表建议771件
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
    "各类",
    "同口径",
    "可比口径",
    "全部金融机构",  # the whole of the banking system, like 全省: 全部金融机构本外币各项存款余额
)
LEADING_VERBS = (
    "兑付",
    "发行",
    "支付",
    "签订",
    "发生",
    "造成",
    "列入",
    "获评",
    "荣获",
    "争取到位",  # 争取到位省级预算内前期费2086万元
    "争取到",
    "争取",
    "获得",
    "审议通过",
    "激活",
    "美化",
    "动用",
    "铺装",
    "促成",
    "争列",
    "引进洽谈",
    "抓好",
    "清理",
    "发展",
    "扶持",
    "提交",
    "获批",
    "获",
    "颁布",
    "审议",
    "带动",
    "统筹保障",
    "建成投用",
    "建成",
    "完成",
    "改造提升",
    "提标改造",  # 提标改造污水处理厂5座: works on a plant, like 改造
    "改造",
    "提升",
    "提质",
    "新开工",
    "开工建设",
    "开复工",
    "开工",
    "实施",
    "推进",
    "打通",
    "开通运营",
    "开通",
    "办理",
    "办复",  # 办复省、市人大代表建议217件
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
    "新修",
    "新（改）建",  # 新（改）建口袋公园: the works verb with its alternative in brackets
    "新(改)建",
    "新（扩）建",
    "新修（改造）",
    "新修(改造)",
    "加固改造",
    "更新改造",
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
    "新改造",
    "备案",
    "启动",
    "开发",
    "铺设",
    "安装",
    "改建",
    "配备",
    "种植",
    "推广",
    "编制",
    "维修",
    "维修改造",
    "维修加固",
    "申报",
    "举行",
    # verbs of announcing and providing: 公布取消、下放行政审批事项, 提请审议地方性法规草案,
    # 规范广告牌匾, 提供各类康复服务
    "公布",
    "提请",
    "规范",
    "提供",
    # verbs of rule-making, like 出台/颁布/发布: 制定修改和废止政府规章
    "制定",
    "修订",
    "修改",
    "废止",
    "扩建",
    # verbs of planning projects, like 新开工: 谋划储备亿元以上项目150个, 谋划重点项目1200个
    "谋划储备",
    "谋划",
    # verbs of concluding, mending and founding, like 签订/维修/设立: 达成外贸订单,
    # 整修农村公路, 新建、扩改建乡镇敬老院, 办结人大代表建议, 成立协商自治组织 (盘活 stays:
    # 盘活存量土地 is not the stock)
    "达成",
    "整修",
    "扩改建",
    "办结",
    "成立",
    # the works on a dam, like 维修加固: 除险加固病险水库39座
    "除险加固",
    # more verbs of building and upgrading, like 新建/改造/铺设: 修建屯级道路, 兴建廉租住房,
    # 升级改造县乡公路, 提档升级农村公路, 修缮历史建筑, 敷设供水管道, 架设输电线路, 改造升级
    # 农村电网
    "修建",
    "兴建",
    "升级改造",
    "提档升级",
    "修缮",
    "敷设",
    "架设",
    "新铺设",
    "改造升级",
    "硬化",  # 硬化农村公路6701公里, like 铺设
)
# of these, the ones that stay before what only the work names (修缮工程, 升级改造项目)
_NEW_WORKS = frozenset(
    ("修建", "兴建", "升级改造", "提档升级", "修缮", "敷设", "架设", "新铺设", "改造升级", "硬化")
)
KEEP_LEADING = ("新增", "增加", "新引进", "新认定", "新入选", "新培育", "新开设")
# Remedial verbs stay on their object: what they take names a problem or a stock, not the thing
# counted (治理水土流失74.7平方公里, 淘汰落后产能项目8个, 修复历史遗留废弃矿山8422亩)
REMEDIAL_VERBS = (
    "治理", "整治", "修复", "解决", "消除", "化解", "淘汰", "关停", "取缔", "拆除", "取消",
    "下放", "压减", "追偿", "整改",
)  # fmt: skip
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
    "率先",  # 太阳山开发区产值率先突破300亿元
    "提升到",
    "发展到",
    "巩固在",
    "削减为",
    "升至",
    "升到",
    "跃升至",
    "跃升到",
    "降为",
    "压减为",
    "精简为",
    "整合为",
    "新增",
    "净增",
    "维持在",
    "发展至",
    "提升至",
    "提至",
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
    "占",
    "占到",
    "同口径",
    "可比",
    "按同口径",
    "按可比价格",
    "分别为",
    "分别达到",
    "分别达",
    "增长了",
    "首次",
    "首",
    "翻了",  # 生产总值翻了1.2番
    # links of a from-to pair ending in a word the shorter links would cut to a stub
    # (比重由30%上升至35%: never 上)
    "上升到",
    "上升至",
    "上升为",
    "下降至",
    "下降为",
    "回升到",
    "回升至",
    "回落到",
    "回落至",
    "减少到",
    "减少至",
    "减少为",
    "增加至",
    "增加为",
    "增长至",
    "提升为",
    "提高为",
    "降低到",
    "降低至",
    "降低为",
    "扩大为",
    "缩小到",
    "缩小至",
    "缩小为",
    "翻",
    "仅",
    "仅为",
    "约为",
    "预计",
    # a rate verb with its aspect 了, like 增长了 (城乡居民储蓄存款余额增加了150亿元), and
    # adverbs of addition left before the figure (成本费用也下降了16.34%)
    "增加了",
    "提高了",
    "提升了",
    "下降了",
    "减少了",
    "降低了",
    "上升了",
    "也",
    "又",
    # adverbs of persistence and extent before the figure: 城镇登记失业率始终控制在,
    # 粮食产量持续稳定在, 生产总值先后迈上, 村集体经济收入全部达到, 城乡居民收入都增长
    "仍",
    "仍然",
    "依然",
    "始终",
    "一直",
    "持续",
    "全部",
    "基本",
    "都",
    # links of a cut, a rise or a shift to a new level, like 降至/提升到: 企业开办时间压缩至,
    # 审批时限缩短到, 入库企业扩至, 基础养老金标准上调至
    "压缩至",
    "压缩到",
    "压缩为",
    "压减至",
    "压减到",
    "压降至",
    "压降到",
    "缩短至",
    "缩短到",
    "缩短为",
    "削减至",
    "削减到",
    "缩减至",
    "缩减到",
    "缩减为",
    "精简至",
    "精简到",
    "精减至",
    "精减到",
    "调减至",
    "调减到",
    "减至",
    "减到",
    "扩至",
    "扩容至",
    "扩容到",
    "调至",
    "调到",
    "上调至",
    "上调到",
    "下调至",
    "下调到",
    "调整至",
    "调整到",
    "调整为",
    "抬升至",
    "延长至",
    "延长到",
    "扩展到",
    "扩展至",
    "恢复到",
    "恢复至",
    "控制到",
    "提标到",
    "提标至",
    "调高至",
    "调高到",
    "调增到",
    "调增至",
    "整合至",
    "整合到",
    "放大至",
    "放大到",
    "收窄至",
    "收窄到",
    "合并到",
    "合并为",
    # adverbs of how much or when, before such a link: 权责清单事项大幅压减至, 投资计划适时调整为
    "大幅",
    "适时",
    # words of intent and of scope before a figure: 生产总值确保增长11%以上, 海洋经济增加值争取
    # 达到, 孤儿最低养育标准总体提高15%, 审批事项时限整体压缩, 经济总量连续跨越
    "确保",
    "争取",
    "总体",
    "整体",
    "连续",
    # what is left of a link cut at a comparison or a short link (配建公租房不低于总建筑面积10%,
    # 机采率再提3个百分点, 粮食产量稳在), and adverbs of manner or likelihood before a figure
    # (生产总值历史性突破, 总量有望达到, 外贸进出口双双迈上, 业务总量约占, 涉农支出就达)
    "不",
    "提",
    "提增至",
    "稳在",
    "调控在",
    "修订为",
    "历史性",
    "有望",
    "双双",
    "动态",
    "约",
    "就",
)
# 有 of how many there are, cut off the end of a subject (重点项目有46项, 82条小流域中有77条,
# 外资参与度只有3.8%); never the 有 of a word (国有, 特有, 原有, 拥有, 没有), nor one after
# a phrase that names nothing (全市有, 解决的有, 其中有)
HAVE_WORDS = ("有", "已有", "只有", "仅有", "尚有", "至少有", "共有", "中有")
# Modal verbs between a subject and its figure (社会消费品零售总额要增长15%, 贷款余额可达8177亿元);
# never the end of a word (重要, 主要, 纲要, 许可, 认可)
# (and 先后, which like them is left alone when nothing is before it: 先后6次获国务院通报表扬)
MODAL_WORDS = ("要", "也要", "都要", "还要", "将要", "可", "可以", "能够", "必须", "先后")
# One-character words cut off the end of a subject (links, 有, modal verbs) that end other words
# too: the characters before them in those words (签约, 成就, 前提, 国有, 拥有, 重要, 许可)
_WORD_ENDS = {
    "约": "签节合条公契履预制婚邀特大",
    "就": "成造迁将俯",
    "提": "前题",
    "有": "国特原没所拥具私持固享占保含专稀富共",
    "要": "重主需纲摘必首提显政机概只紧",
    "可": "许认不宁尚即皆",
}


def _ends_a_word(p: str, w: str) -> bool:
    """Whether the one-character word `w` at the end of `p` ends a longer word (签约, 国有)."""
    return w in _WORD_ENDS and p[-2:-1] in _WORD_ENDS[w]


# Verbs that are never a subject by themselves, though they may open one (引进内资, 竣工面积)
VERB_ONLY = (
    "竣工",
    "完工",
    "续建",
    "在建",
    "基本建成",
    "新开工",
    "开复工",
    "形成",
    "解决",
    "解决了",
    "引进",
    "投用",
    "签约",
    "净增",
    "新增",
    "增加",
    "新认定",
)
# Nouns too bare to name a quantity without the verb before them: 竣工面积, 推广面积
BARE_NOUNS = frozenset(
    (
        "面积", "规模", "总量", "数量", "产量", "人数", "人次", "户数", "金额", "总额", "里程",
        "资金",
    )
)  # fmt: skip
RESULT_OPENERS = ("实现", "完成", "累计实现", "累计完成")


def opens_with_result(p: str) -> bool:
    """实现销售收入: a result verb and the quantity it names."""
    return p.startswith(RESULT_OPENERS) and len(p) >= 4


def without_result(p: str) -> str:
    """The quantity after a result verb (实现销售收入 -> 销售收入)."""
    for verb in sorted(RESULT_OPENERS, key=len, reverse=True):
        if p.startswith(verb):
            return p[len(verb) :]
    return p


def names_a_task(p: str) -> bool:
    """A phrase that opens with a verb or a preposition names a task, not a subject."""
    return bool(_CLAUSE_OPENERS.prefix(p) or _VERBS.prefix(p) or p in _CLAUSE_OPENERS.words)


RANGE_START = frozenset("—–-~至到")
# Words that name a milestone, not what is measured: 迈上3万亿元新台阶
MILESTONES = frozenset(("新台阶", "台阶", "大关", "关口", "新高", "历史新高", "新水平"))
# Words that narrow a subject to a part of the place: 恩格尔系数为30.2%，其中城镇为29.2%
MODIFIERS = frozenset(("城镇", "农村", "城市", "乡村", "城乡", "市区", "县域", "牧区", "农牧区"))
_WHOLE = ("全国", "全省", "全市", "全区", "全县", "全州", "全体", "全部")


def narrowed(modifier: str, named: str, among: bool) -> str:
    """A part (城镇) of a subject named before (全国居民恩格尔系数): the part's modifier put in
    the place of the whole's (城镇居民恩格尔系数), or before it after 其中 (其中城镇15万套 of
    保障性住房); else the modifier alone.

    >>> narrowed("城镇", "全国居民恩格尔系数", True), narrowed("农村", "城镇低保标准", False)
    ('城镇居民恩格尔系数', '农村低保标准')
    >>> narrowed("城镇", "省级森林城市", False)
    '城镇'
    """
    for head in (*MODIFIERS, *_WHOLE):
        if named.startswith(head) and len(named) - len(head) >= 2:
            return modifier + named[len(head) :] if head != modifier else named
    return modifier + named if among and named else modifier


# A subject that only says "the total" of something named in the clause before: 总量突破5万亿元
GENERIC_SUBJECTS = frozenset(("总量", "规模", "总额", "总值", "经济总量", "总数"))
RESULT_VERBS = frozenset(("实现", "完成"))
# Rates of handling or reach that name no subject of their own: their subject is what the
# figures just before counted (办理人大代表建议234件、政协提案316件，办结率100%; 新建社区日间照料
# 中心153个、覆盖率达到97%)
RATES_OF_COUNTED = frozenset(
    ("办结率", "按时办结率", "按期办结率", "办复率", "按时办复率", "答复率", "回复率", "满意率")
    + ("满意和基本满意率", "解决率", "化解率", "完成率", "开工率", "竣工率", "覆盖率", "签约率")
)

# Last characters of the names of quantities: 生产总值, 总额, 产量, 比重, 收入, 投资, 目标
QUANTITY_ENDINGS = frozenset("值额量率数入资出价比度重模积产口标费金款税润利耗速幅业")
# Words that open a clause stating a task or a circumstance, not a subject: 鼓励企业…,
# 以基础设施建设为重点, 经过五年努力, 做好…四篇文章
CLAUSE_OPENERS = (
    "以", "把", "对", "在", "从", "通过", "按照", "围绕", "经过", "依托", "利用", "特别是",
    "尤其是", "同时", "先后", "全力", "大力", "着力", "积极", "努力", "认真", "切实", "扎实",
    "深入", "全面", "加快", "加大", "加强", "强化", "深化", "推动", "推进", "促进", "实施",
    "完善", "健全", "建立", "构建", "打造", "做好", "抓好", "办好", "坚持", "鼓励", "支持",
    "引导", "培育", "壮大", "提高", "提升", "优化", "落实", "开展", "启动", "编制", "制定",
    "出台", "组织", "举办", "保障", "确保", "进一步", "不断", "继续", "持续", "力争", "争取",
    "引进", "提供", "解决", "消除", "加速", "增强", "拓展", "统筹", "规范", "严格", "依法",
    "稳步", "有序", "率先", "成功", "我们", "发挥", "服务", "更新", "为", "让", "使", "将", "与",
    "集中",
)  # fmt: skip
CLAUSE_PREDICATE = compiled.compile_std(
    r"迈上|跃上|站上|跨上|跨过|迈过|越过|跨越|迈入|再上|突破|翻番|翻了|翻一番|首破|首超|位居|跃居|居全"
    r"|升至|升到|位列"  # (一般公共预算收入升至全国第4位，增长11.1%)
)
# Nouns that open with a preposition of CLAUSE_OPENERS (对外贸易稳中提质, 2020年达4.45万亿元)
_NOUNS_LIKE_OPENERS = ("对外贸易", "对外经济", "对外投资", "对外承包")
_CLAUSE_SUBJECT_CUT = LazyPattern(
    r"(?<!大)(?:连续|接连|连)(?=跨|迈上|跃上|站上|突破|翻)"  # 地区生产总值连跨三个万亿元台阶
    r"|止跌回升|企稳回升|由负转正|成倍增长|(?<!超)过(?=[百千万]亿)|呈(?=\p{Han}{2,8}(?:走势|态势))|迈上|跃上|站上|跨上|跨过|迈过|越过|跨越|迈入|再上|突破|达到|实现|保持|继续|稳定|首次|再创|位居|跃居"
    r"|翻番|翻了|翻一番|创|首破|首超|跨(?=[千万百亿上过入越两三四五六七八九十])|升至|升到|位列"
    r"|一年一个|历史性|提出|指出|显示|表明|不断|逐步|持续|稳步|进一步|明显|显著|大幅|快速"
    r"|较快|日益|均(?=居|达|为|保持|增长|实现|超过|突破|在)|居(?=全|第|前)|[\d０-９]|[一二三四五六七八九十两][十百千万亿]"
    r"|稳中|逐季|逐年|逐月|有所|成为"
)
# A rate verb that holds its object names what changes, and stays in the indicator: 减排
# (cuts emissions) in 主要污染物平均减排3%, as 化学需氧量减排1.07万吨 keeps it for an amount;
# the pollutant alone names no quantity
VERBS_WITH_OBJECT = frozenset(("减排",))
RATE_TRAILING = tuple(v for v in RATE_VERBS if v not in VERBS_WITH_OBJECT)
GROWTH_NOUNS = ("增速", "增幅", "涨幅", "降幅", "增长率")  # dropped for growth, kept for pp
COMPARISON = compiled.compile_std(
    r"(?:高于|低于|快于|慢于|多于|少于|超出|优于)"
    r"|(?:较|比)(?=上年|去年|同期|“?十[一二三四五六七八九十]{0,2}五|(?:19|20)\d\d年)",
    first=True,
)  # PM2.5年均浓度较“十三五”末改善
# 占地400亩 is land taken; 占地区生产总值, 占地方财政支出 are shares
_LAND = compiled.compile(r"占地(?=面积|规模|约|近|超|达|\d|[一二三四五六七八九十百千万两]|\s|$)")
_COMPARISON_WORDS = frozenset(("高于", "低于", "快于", "慢于", "多于", "少于", "超出", "优于"))
# 都 after a quantity or a list (收入都, 病例都, 抚顺、本溪、葫芦岛都), never in a place's name
# (成都, 昌都, 首都, 古都)
_ALL_OF_TEXT = (
    r"(?<=[" + "".join(sorted(QUANTITY_ENDINGS)) + r"险例长年]|、[^、]{1,8})"
    r"(?<![首成京昌古国建旧故帝陪定迁江花丰宁新商东西南北大上中于武])都"
)
_ALL_OF = LazyPattern(_ALL_OF_TEXT + "$")
_AFTER_TWO_HAN = f"(?<=[{HAN}]{{2}})"  # after two Han characters
# (run on the standard library's engine, told the first character of each of its words, read
# from its parse (first=True): it skips in C every position where none starts, about four
# times faster than `regex` trying each word at each position; \p{Han} is written out as the
# ranges of _parts.HAN)
NOUN_AFTER_STOP = compiled.compile_std(
    r"的|在(?![建园校岗职读册线库营])|入选|入围|进入|列入|纳入|发表|提交|获|获得|实现|完成|建成(?!区)|开工|投产|上榜|被|已(?!婚|故)|将"
    r"|优化|更新|参与|参展|参赛|登陆|改善(?!工程|项目|提升)|通过|落户|覆盖|受益|享受|支持|用于|提供|作为|开展|全面|发起|设立"
    r"|(?<!性)、(?![^（）()]*[）)])"  # 、 inside brackets lists the parts of the noun: 县（市、区）
    # adverbs and predicates that open what is said of the noun: 100个大项目加快推进
    r"|加快|全部|顺利|稳步|陆续|相继|得到|取得|达到|建立|接受|按期|如期|提前|率先|分别|正在"
    r"|即将|同比|比上年|较上年|(?<![稳促保])增长(?!点|极)|下降|减少|提高|累计"
    r"|入驻|落地|签约|挂牌|成为|加入|荣获|获评|被评为|评为|认定为|竣工|投用|通车|开业|启用"
    r"|惠及|带动|吸纳|走进|日益|日趋|逐步|不断|进一步|明显|显著|大幅|(?<!可)持续|更加"
    r"|成功|圆满|预计|火速|填补|追偿|结对|新签约|实行|进行|年内|(?<![兼合])并(?!购)|早日|尽快"
    rf"|扎实|有序(?=推进|实施|退出|开展|展开|展业|启动|进行|返)|快速推进|深入推进|有力推进|务实推进|强力推进|{_AFTER_TWO_HAN}签订"
    # how counted things fared, and the board firms list on: 15件群众身边具体实事成效积极,
    # 7家企业“新三板”挂牌, 5家企业境内外上市
    rf"|成效(?=积极|明显|显著|突出|良好)|{_AFTER_TWO_HAN}(?:“[^“”]{{1,8}}”|新三板|主板|创业板|科创板|中小板|境内外|境内|境外)(?=挂牌|上市)"
    r"|基本(?=建成|完成|实现|形成|消除|达到|覆盖)|进展(?=顺利|良好)"
    # where the counted go, what they take on or expand, what was basically solved: 83名企业家
    # 赴德国, 2个点位承担…, 50家大户扩大出口 (after a noun: 赴港上市企业, 承担单位 are nouns)
    rf"|{_AFTER_TWO_HAN}(?:基本(?=解决)|奔赴|分赴|赴|承担|扩大(?!开放))"
    rf"|{_AFTER_TWO_HAN}(?<![结升改级列评作成称定亏])为(?![主民])"
    # verbs that take the counted noun as their subject: 21.5万名低保对象发放保障金
    rf"|{_AFTER_TWO_HAN}(?:新增(?!长)|发放|兑现|兑付|投入|安排|落实|筹集|争取|办理|(?<!复制)推广|引进|培育"
    r"|打造|实施|开展|举办|出台|发布|提供)|依法",
    first=True,
)
# Nouns of action that end a counted phrase without naming the thing: 3个物流基地建设
NOUN_AFTER_TAIL = compiled.compile_std(
    written_out_han(
        r"(?:建设|发展|工作|改造提升|前期|创建|标准化|专业化管护|全[国省市区县]|研制"
        r"|(?<=\p{Han}{2})的?基础上)$"  # 国33条、省30条等稳增长政策基础上
    ),
    first=True,
)
# Predicates at the end of a counted phrase: 8万贫困人口脱贫, 48个超(10亿元)
NOUN_AFTER_VERB_TAIL = compiled.compile(
    r"(?:脱贫|摘帽|出列|受益|到位|通车|达到|达|超过|突破|增至|增加到|提高到|增长到|扩大到"
    r"|减少到|占"
    # what is said of what was counted: 30个投运项目达产增效, 50余万农户增收 (人均增收 is an
    # amount), 62户国企“三供一业”分离移交, 6户重点企业改革 (取得…), 45个产业创新联盟实体化运营
    r"|(?:尽快|早日|早)?达产(?:达效|增效)?|(?:稳定|减负|创业|就业)?(?<![人年户]均)增收|分离移交"
    r"|(?<=企业|国企|集团|公司)改革|(?:实体化|启动|开街|组建|开通|投入|正式)运营"
    # adverbs glued after the counted noun, before what is said of it: 130个农村公路项目共
    # 308.8公里, 19件省市民生实事均按期完成, 6个百亿级产业项目接连落户, 3290所学校近170万师生
    r"|(?<=\p{Han}{2})(?:(?<!公)共|各|(?<![人户亩平生日年月])均|也|又|(?<!不)再|仅|接连"
    r"|(?<![附邻远将接逼])近|先后|全部|基本|整体|总体|当年|深入|连续|" + _ALL_OF_TEXT + ")"
    # 33个贫困村退出, 712户居民迁入新居, 12个片区启动 (建设), 10条县乡公路基本完工, 4家企业上市
    r"|(?:改制|改革|摘帽|脱贫|脱困|高标准|稳定|分类|有序|依法|转型转产)?退出"
    r"|(?:入住|迁入|喜迁|搬入)新居|(?:开始|正式)?启动|(?:主体(?:工程)?)?(?:基本)?完工"
    r"|(?<=企业|公司|集团)(?:A股)?(?:首发|整体|多板块)?上市)$"
)
# the last characters of those tails and of _AMONG (a cheap test before the patterns; tests/
# test_phrases.py reads them from the patterns)
_NOUN_TAIL_LAST = frozenset(
    "设展作升期建化护国省市区县贫帽列益位车到达过破至占中制产效收交革营出居动工上"
    "共各均也又再仅连近后部本都体年入续"
)
# A number followed by a predicate has no noun after it: 由934万吨增加到1553万吨, 是2010年的
NOUN_AFTER_PREDICATE = compiled.compile_std(
    r"""(?:增加|增长|提高|提升|扩大|扩展|拓展|减少|下降|降低|上升|跃升|攀升|缩小|缩减|压缩
          |精简|整合|调整|回落|回升|上涨)(?!值|额|量|率|点|极)
      | (?:增|减|降|升)(?:到|至|为|了)
      | (?:达到|超过|突破|相当于|分别|占到|约占|达|超|过|是|为|占|比|较|均|各|计|居|列)
        (?=$|[全上去同年])
      | (?:测算|计算)$  # 按农村贫困标准1274元测算: the figure is the standard
    """,
    re.VERBOSE,
)
CONNECTORS = "、和及与并且以,，的"


def word_lengths(words) -> tuple[dict[str, list[int]], dict[str, list[int]]]:
    """The lengths of `words` by their first character and by their last, longest first.

    >>> word_lengths(["达", "达到", "均", "增长到"])
    ({'增': [3], '达': [2, 1], '均': [1]}, {'到': [3, 2], '达': [1], '均': [1]})
    """
    first: dict[str, list[int]] = {}
    last: dict[str, list[int]] = {}
    # (the words taken longest first: one sort, not one per character)
    for w in sorted(words, key=len, reverse=True):
        for lens in (first.setdefault(w[0], []), last.setdefault(w[-1], [])):
            if not lens or lens[-1] != len(w):
                lens.append(len(w))
    return first, last


class WordList:
    """Longest-first lookups of a word list at the start or the end of a phrase.

    Plain dictionary lookups by first or last character: as fast as a regex at run time and
    free at import time (a regex alternation of a hundred words costs milliseconds to compile).

    >>> WordList(["达", "达到", "均"]).suffix("增速均达到")
    '达到'
    """

    def __init__(self, words, guard: str = ""):
        self.words = frozenset(words)
        # the lengths of the words by their first and last character (`word_lengths`): built
        # once, then read from the disk cache of compiled patterns (a third of the cost, for the
        # 1,165 words of the module's lists), kept under the words as given (sorted when they
        # come unordered: a set's order changes from one run to the next)
        listed = words if isinstance(words, (tuple, list)) else sorted(self.words)
        # (the entry's name changes with what word_lengths gives: "lengths 1" now)
        self.first_lens, self.last_lens = compiled.remember(
            "word list, lengths 1", "\n".join(listed), lambda: word_lengths(self.words)
        )
        # the characters a word opens and ends with: no word starts or ends where these fail
        # (a cheap test before the call to prefix or suffix; the keys above, not a copy)
        self.firsts = self.first_lens.keys()
        self.lasts = self.last_lens.keys()
        self.guard = guard  # characters that may not follow a prefix (建设用地 keeps 建设)

    def prefix(self, p: str, start: int = 0) -> str | None:
        """The longest word at p[start:] that something follows, not a guard character."""
        for n in self.first_lens.get(p[start : start + 1], ()):
            end = start + n
            if p[start:end] in self.words:
                after = p[end : end + 1]
                if after and after not in self.guard:
                    return p[start:end]
        return None

    def suffix(self, p: str) -> str | None:
        for n in self.last_lens.get(p[-1:], ()):
            if len(p) >= n and p[-n:] in self.words:
                return p[-n:]
        return None


# a verb is not dropped off a word it is part of: 建设用地, 保障性住房
_VERBS = WordList(LEADING_VERBS, guard="性用者的型费率区化")
_ADVERBS = WordList(LEADING_ADVERBS)
_KEEP = WordList(KEEP_LEADING)
_REMEDIAL = WordList(REMEDIAL_VERBS)
_TRAILING = WordList(TRAILING_DROP)
_HAVE = WordList(HAVE_WORDS)
_MODAL = WordList(MODAL_WORDS)
_CLAUSE_OPENERS = WordList(CLAUSE_OPENERS, guard="业性")  # 服务业, 保障性住房 name subjects
# verbs that set a rate or a standard the next clause gives: 提高…补助标准，由…提升至…
_RATE_SETTERS = WordList(("提高", "提升", "降低", "调整", "上调", "下调", "调高"))
_STANDARD_ENDINGS = frozenset("准平额率例费金贴价资")
_LIST_ITEMS = compiled.compile(r"[、和及与]")
# A list marker opening a clause: （3）, 3., ⑵
_ENUMERATOR_FIRST = frozenset("(（0123456789⑴⑵⑶⑷⑸⑹⑺⑻⑼⑽①②③④⑤⑥⑦⑧⑨⑩")
_ENUMERATOR = compiled.compile(r"^(?:[(（]\d{1,2}[)）]|\d{1,2}[.、．]|[⑴-⒇①-⑳])")
_GROWTH_TRAILING = WordList(GROWTH_NOUNS)
_RATE_WORDS = TRAILING_DROP + RATE_TRAILING + ("增产", "减产", "增收", "减收")
# the trailing words dropped for each kind, in one table (one lookup per word cut)
_RATE_TRAILING_WORDS = WordList(_RATE_WORDS)
_TRAILING_BY_KIND = {
    "growth": WordList(_RATE_WORDS + GROWTH_NOUNS),
    "pp": _RATE_TRAILING_WORDS,
    "multiple": _RATE_TRAILING_WORDS,
    "ratio": _RATE_TRAILING_WORDS,
}
# The leading cuts of _cut_leading, pattern texts read together in _LEADING (below).
# A leading date is context, not the indicator: 到2025年全省PM2.5浓度, 一九七八年全国…
_LEADING_DATE_TEXT = (
    r"^(?:到|至|截至)?(?:(?:19|20)\d\d|[一二][九〇零][〇零一二三四五六七八九]{2})年(?:底|末|年底)?"
)
# A leading span of time: 五年累计完成固定资产投资, 三年来, “十二五”期间, 上半年
_LEADING_TIME = compiled.compile_std(
    r"""^(?:
        (?:过去|这|近|前|最近|今后|未来)?[一二两三四五六七八九十\d]{1,2}年(?:来|间|中|内|里)?
        (?:累计|共|合计|总计)?
      | “?十[一二三四五六七八九十]{0,2}五”?+(?:期间|以来|时期|末|期末)?+(?!规划|计划|目标)
      | 上半年|下半年|前三季度|年内|当年|年初|年底|年末|同期
      | (?:到|至|截至)(?:去|今)?年(?:底|末)  # 至年底金融机构各项人民币存款余额
      | \d{1,2}(?:[-—–~至]\d{1,2})?月份?|第?[一二三四]季度
    )""",
    re.VERBOSE,
)
# A leading scope: 全省, 全州, 我市, 本市 (全国 stays: 全国文明城市 would lose its sense), and
# the causative before it (使全市森林覆盖率达到60%, 使我区新增投资)
_LEADING_SCOPE_TEXT = r"^使?(?:全|我|本)(?:自治区|自治州|国|省|市|区|县|州|盟|旗)"
# A leading basis of reckoning: 按省定标准贫困县, 按可比口径
_LEADING_BASIS_TEXT = (
    r"^(?:按照?|根据|依据)(?:“[^”]{1,10}”|\p{Han}{1,8}?(?:标准|口径|价格计算|价格|要求|规定))"
)
# The four leading cuts in one pattern, tried in that order (the group that matched says which):
# one match where a leading date, time, scope or basis may open the phrase, not four in turn
# (tests/test_phrase_gates.py checks it against the four)
_LEADING = compiled.compile_std(
    written_out_han(
        f"(?P<date>{_LEADING_DATE_TEXT})|(?x:(?P<time>{_LEADING_TIME.pattern})\n)"
        f"|(?P<scope>{_LEADING_SCOPE_TEXT})|(?P<basis>{_LEADING_BASIS_TEXT})"
    )
)
# A standard a figure is reckoned by, named after 按: 按2010年农村贫困标准1274元测算
_STANDARD_BASIS = LazyPattern(r"^(?:按照?|根据|依据)(?:(?:19|20)\d\d年)?(?=\p{Han}{2,12}标准$)")
# the characters a leading date, time or scope can open with (a cheap test before the patterns)
_LEADING_FIRST = frozenset(
    "到至截过这近前最今未一二两三四五六七八九十“上下年当第全我本按根依使0123456789０１２３４５６７８９"
)
# A share of the whole place: 工业增加值占全省比重达35% -> the subject is before 占
_SHARE_OF_WHOLE = compiled.compile_std(r"占(?:全(?:国|省|市|区|县|州|盟|旗|自治区))")
# Trailing comparison bases, dates and denominators: 由2010年的, 是2015年的, 比上年,
# 由“十二五”末的, 提高到每人每月, 由人均; and a dangling 的
_TRAILING_TAIL = compiled.compile(
    r"""(?r)(?:
        (?:由|从|是|为|相当于|比|较|达到|到|至)?
        (?:(?:19|20)\d\d年(?:底|末|初)?
          |“?(?:十[一二三四五六七八九十]{0,2}|[七八九])五”?(?:末|期末|初|时期|期间)?
          |(?:上年|去年)(?:同期|末|底)?|前年|同期
          |(?:上一?个?|(?<!学)前|过去)(?:[一二两三四五六七八九十\d]{1,2}个?)?五?年)  # (学前三年: preschool)
        的?
      | 连续[一二两三四五六七八九十\d]{1,2}(?:年|个月|个季度)
      # a base after its link: 各项存款余额比年初, 平均时速从目前, 是五年前
      | (?<=\p{Han}{2})(?:由|从|是|比|较)(?:年初|目前|[一二两三四五六七八九十\d]{1,2}年前)的?
      | (?<=\p{Han}{2}(?<![第〇零一二两三四五六七八九十]))[一二两三四五六七八九十]{1,2}年  # 能耗五年累计
      | (?:由|从|提高到|提高至|提升到|提升至|达到|为|增加到|调整为|调整到)?
        (?:每人每年|每人每月|每生每年|每户每年|每年每人|每人|每月|每年|每亩|每户)
      | (?:由|从|提高到|提高至|提升到|提升至|达到|为|增加到|调整为|调整到)(?:年人均|月人均|人均)
      | 前三季度|第?[一二三四]季度|上半年|下半年|\d{1,2}(?:[-—–~至]\d{1,2})?月份?  # (前三季度 first)
      # adverbs of time after the subject, not after a link (天数占全年, 回升至全年 stay):
      # 有效灌溉面积今年增加, 粮食总产量连年稳定在, 固定资产投资5年累计达
      | (?<=\p{Han}{2}(?<![至到为占比较由从是在]))
        (?:连年|常年|今年|全年|当年|明年|\d{1,2}年|(?:[一二两三四五六七八九十\d]{1,2}年|年)内)
      | 的
    )$""",
    regex.VERBOSE,
)
_TAIL_LAST = frozenset("年底末初的期度月份人均五”亩户间前内")
# A phrase that is only a link, a time or a scope names nothing: 增加到, 是2010年, 五年, 占全省
# (the three are only read together, in _NOTHING_NAMED: pattern text, compiled once there)
_LINK_ONLY = r"""(?:净|共|已|再|又|均|分别|逐步|进一步|累计|同比|比上年|年均)?
    (?:增加|提高|增长|减少|下降|降低|扩大|扩展|拓展|提升|上升|跃升|攀升|精简|整合|缩小|缩减
      |压缩|调整|回落|回升|减|增|降|升|达|达到|超过|超|过|有|已有|是|为|到|至|占|突破|翻
      |跃居|位居|居|相当于)
    (?:到|至|为|了|达)?"""
_TIME_ONLY = r"""(?:是|为|相当于|占|比|较|到|至|截至)?
    (?:(?:(?:19|20)\d\d|[一二][九〇零][〇零一二三四五六七八九]{2})年(?:底|末|初)?
      |(?:过去|这|近|前)?[一二两三四五六七八九十\d]{1,2}年(?:来|间|内|中)?
      |“?十[一二三四五六七八九十]{0,2}五”?(?:末|期末|期间|以来)?
      |(?:上年|去年)(?:同期|末|底)?|前年|同期|年内|当年|全年|今年|明年|上半年|下半年|前三季度
      |(?:上一?个?|前|过去)(?:[一二两三四五六七八九十\d]{1,2}个?)?五?年
      |\d{1,2}(?:[-—–~至]\d{1,2})?月份?|第?[一二三四]季度)
    (?:的|累计|共)?"""
_SCOPE_ONLY = r"占?(?:全|我|本)(?:国|省|市|区|县|州|盟|旗|自治区)的?"
# the characters such a phrase can open with (a cheap test before the pattern)
_NOTHING_FIRST = frozenset(
    "净共已再又均分逐进累同比年增提减下降扩拓上跃攀精整缩压调回达超过有是为到至占突翻位居相较截"
    "这近前“去当全今明十我本一二两三四五六七八九0123456789０１２３４５６７８９"
)
_NOTHING_NAMED = compiled.compile_std(
    f"(?:{_LINK_ONLY})|(?:{_TIME_ONLY})|(?:{_SCOPE_ONLY})", re.VERBOSE
)
# A result verb or adverb inside a subject, between what holds the quantity and its name:
# 民营经济实现主营业务收入, 规模以上港口完成货物吞吐量, 因旱灾造成直接经济损失,
# 生产安全事故共死亡, 上市公司通过境内市场累计筹资 (never inside a word: 一般公共预算收入)
# Who did it, then what was counted: the object of an action verb inside a phrase names the
# quantity (市县两级举办政银企对接活动, 12345热线解决企业和群众诉求, 专业艺术领域共获得国家级和
# 国际奖项); a leading 为/向/给 phrase before the verb goes too (为各类市场主体新增贷款)
# (a rate the verb names keeps its holder: 劳动合同签订率 is no 签订率)
_ACTION_VERBS = ("举办", "举行", "发布", "公布", "解决", "获得", "荣获", "颁布", "签订", "追偿", "提交", "惠及", "审议")  # fmt: skip
_ACTION_INSIDE = compiled.compile(
    r"(?r)(?<=\p{Han}{2})(?:"
    + "|".join(v + "(?!方案)" if v == "解决" else v for v in _ACTION_VERBS)
    + r")(?!率)(?=\p{Han}{2})|^(?:为|向|给)\p{Han}{1,12}?(?=新增|增加|发放|提供|公布|兑现|追偿|减免|下放)"
)
# the verbs alone (a cheap test before the pattern)
_ACTION_HINT = compiled.compile_std("|".join(_ACTION_VERBS))
# Adjustments named after a subject: 一般公共预算收入剔除增值税留抵退税因素后
_ADJUSTMENT = LazyPattern(
    r"(?:扣除|剔除)\p{Han}{1,16}?因素(?:影响)?后?(?=(?:同比|比上年|可比)?(?:增长|下降|增加|减少)?$)"
)
# Who has or handled what is counted: 文化系统共有艺术表演团体, 大陆地区共发生5级以上地震,
# 各部门共办理人大代表建议 (the object is counted, the holder goes)
_HOLDER_HAS = LazyPattern(
    r"(?r)(?<=\p{Han}{2}(?<![满仍均已将再又都全也还并]))(?:共有(?!产权|制)|现有|共发生|共办理|共受理)"
    r"(?=\p{Han}{2}|\d+级)"
)
# A place or works, then what was built or gathered in it: 生态新区新建续建道路, 市区集聚企业总部,
# 生物产业基地新开工项目
_PLACE_WORKS = LazyPattern(
    r"(?r)(?<=(?:区|基地|工程))(?:新建续建|新开工|新建|续建|集聚|聚集)"
    r"(?=\p{Han}{2})"
)
# A note inside a name, before the rest of it: 农村金融合作机构（农村信用社、农村合作银行、农村商业
# 银行）人民币贷款余额 (a list of three or more, or 包括/含/不含); 县（市、区） stays
_INNER_NOTE = LazyPattern(
    r"[（(](?:(?:包括|含|不含|即)[^（）()]{1,40}|[^（）()、，]{2,12}(?:、[^（）()、，]{2,12}){2,})[）)]"
    r"(?=\p{Han})"
)
_INNER_VERB = compiled.compile_std(
    written_out_han(
        r"(?<=\p{Han}{2}(?<![满仍均已将再又都全也还并]))"
        r"(?:共有|现有|(?<![模比虚])拟(?=\p{Han}{2})"
        r"|共(?=发生|签订|发布|接待|受理|培训|举办|投入|安排))(?=\p{Han}{2})"
        r"|(?<![原基诱病起])因(?![素此而为])(?=[\p{Han}、]{1,16}?(?:造成|导致|引发))"
    ),
    first=True,
)
# A result verb inside a phrase, after who achieved it: 民营经济实现主营业务收入
_INNER_RESULT = compiled.compile_std(
    written_out_han(
        r"(?<=\p{Han}{2}(?<![满仍均已将再又都全也还并有未]))"
        r"(?:累计实现|累计完成|共完成|共实现|实现(?![率度]|程度)|完成(?![率度]))(?![的零])(?=\p{Han}{2})"
    ),
    first=True,
)
# the last characters of what a result verb yields (利润, 收入, 税收, 营业额, 吞吐量, 里程)
_RESULT_ENDINGS = QUANTITY_ENDINGS | frozenset("收程")
_INCLUDING = LazyPattern(r"^(?:包括|其中|含)")
# a bracketed note after a name: （出口减进口）, （不含农户）, （包括配股…）; 县（市、区） stays
_NOTE = LazyPattern(
    r"(?<=\p{Han}{2})[（(](?:(?:包括|含|不含|即|指)[^（）()]*|[^（）()、，,]{4,})[）)]$"
)
# A trailing 中 (among): 全省160个国控断面中 (高中, 初中 and 集中 are words)
_AMONG = compiled.compile(r"(?<=\p{Han}{2}(?<![高初集其空心适]))中$")
# The tails cut in turn off the noun after a figure (`headed_noun_after`); the first again once
# the others have cut
_NOUN_TAILS: tuple[re.Pattern[str] | regex.Pattern[str], ...] = (
    NOUN_AFTER_TAIL,
    NOUN_AFTER_VERB_TAIL,
    NOUN_AFTER_TAIL,
    _AMONG,
)
# PDF line breaks and spaces inside a phrase (全市 地区生产总值), footnote marks ([2])
_INNER_SPACE = LazyPattern(r"(?<![A-Za-z0-9])[ \t\u3000\r\n]+|[ \t\u3000\r\n]+(?![A-Za-z0-9])")
# adverbs that only name nothing when alone (全面完成15项: 全面 is no subject; 全面小康 keeps it)
_ADVERB_WORDS = frozenset(
    LEADING_ADVERBS + ("全面", "基本", "顺利", "圆满", "切实", "扎实", "大力")
)
# adverbs of manner before a verb: 全面取缔, 集中整治, 基本消除
_MANNER = WordList(("全面", "基本", "顺利", "圆满", "切实", "扎实", "大力", "集中", "依法"))
_MANNER_FIRST = frozenset("全基顺圆切扎大集依")
_ADVERB_FIRST = frozenset(w[0] for w in _ADVERB_WORDS) | frozenset("共再又还已均各仍")
_ONE_CHAR_ADVERBS = frozenset("共再又还已均各仍")
_LETTER = compiled.compile_std(written_out_han(r"[\p{Han}A-Za-z]"))
_TIDY_HINT = compiled.compile_std(r"[\[［ \t\u3000\r\n（(]")
# footnote marks ([2]) and the notes that say a word holds for what follows: 预计（下同）
# (and a newspaper's page-turn notes: （下转第三版）（上接第一版）)
_FOOTNOTE = LazyPattern(
    r"\[\d{1,2}\]|［\d{1,2}］|[（(]下[同称][^（）()]{0,10}[）)]"
    r"|[（(]?(?:下转|上接)第[一二三四五六七八九十\d]{1,2}版[）)]?"
)
_PUNCT_EDGE = "\"' \t\u3000\n*#—－–"  # dashes open the items of a list: ——国内生产总值
_EDGE = _PUNCT_EDGE + CONNECTORS
_EDGE_SET = frozenset(_EDGE)  # its characters, for the cheap test of an end
# words that open with a connector or an adverb, which then is none: the edge strip and the
# leading-adverb cut leave them whole (及时出台, 和谐劳动关系, 并购企业, 与会, 和美乡村, 以旧换新
# 补贴, 以工代赈, 并网发电, 并轨, 要求; 和美丽乡村 is 和 + 美丽乡村, 以工业… 以 + 工业)
_OPENS_A_WORD = frozenset(
    (
        "及时",
        "和谐",
        "并购",
        "与会",
        "和美",
        "以旧换",
        "以工代",
        "并网",
        "并轨",
        "要求",
        "要素",
        "要件",
        "计划生",  # 计划生育率: the family-planning rate, not a plan's 生育率
    )
)
_OPENS_NO_WORD = frozenset(("和美丽",))
# words a connector closes (长期护理保险惠及4.8万人: not 惠)
_CONNECTOR_ENDS = frozenset(
    ("惠及", "涉及", "普及", "遍及", "波及", "危及", "顾及", "提及", "触及")
)


def _strip_edge(p: str, right: bool = True) -> str:
    """`p` without punctuation and connectors at its ends, but a connector that opens a word
    stays (及时出台…, 和谐劳动关系…: not 时出台, 谐劳动关系).

    >>> _strip_edge("、及时出台稳增长措施，"), _strip_edge("和规上工业")
    ('及时出台稳增长措施', '规上工业')
    >>> _strip_edge("、和美乡村"), _strip_edge("和美丽乡村"), _strip_edge("以旧换新补贴")
    ('和美乡村', '美丽乡村', '以旧换新补贴')
    """
    if p[:1] not in _EDGE_SET and p[-1:] not in _EDGE_SET:
        return p  # no edge character at either end: nothing to strip
    q = p.lstrip(_EDGE)
    cut = len(p) - len(q)
    word = p[cut - 1 : cut + 1] if cut else ""
    if (
        word
        and (word in _OPENS_A_WORD or p[cut - 1 : cut + 2] in _OPENS_A_WORD)
        and (p[cut - 1 : cut + 2] not in _OPENS_NO_WORD)
    ):
        q = p[cut - 1 :]
    return _rstrip_edge(q) if right else q


def _rstrip_edge(q: str) -> str:
    """`q` without punctuation and connectors at its end, but a connector that closes a word
    stays (长期护理保险惠及4.8万人: never 惠).

    >>> _rstrip_edge("长期护理保险惠及"), _rstrip_edge("规上工业和")
    ('长期护理保险惠及', '规上工业')
    """
    if q[-1:] not in _EDGE_SET:
        return q  # no edge character at the end: nothing to strip
    r = q.rstrip(_EDGE)
    if len(r) < len(q) and q[len(r) - 1 : len(r) + 1] in _CONNECTOR_ENDS:
        return q[: len(r) + 1]
    return r


# (on the standard library's engine, \p{Han} written as the ranges of _parts.HAN: about twice
# as fast as `regex` on this repeated group)
_HAN_RUN = compiled.compile_std(
    rf"(?:“[^“”\n]{{1,20}}”|[（(][{HAN}、]{{1,12}}[）)]|性、(?=[{HAN}])|[{HAN}A-Za-z()（）·\-+]){{1,24}}"
)
# A number that is part of the counted noun, glued before it: 1400个5G基站, 2个4A级景区,
# 122家500强企业, 4个3000头以上奶牛规模牧场, 2条2千亿级产业带
_NOUN_NUMBER_PREFIX = compiled.compile(
    r"(?:\d+[A-Za-z]+级?|\d+(?:\.\d+)?[万亿千百]{0,2}(?:\p{Han}{0,3}?(?:以上|以下)的?|\p{Han}?[级强类]))"
    r"(?=\p{Han})"
)
# A class of investment before the counted projects: 20个投资10亿元以上大项目, 100个投资过亿元的
# 重点项目, 15个投资超10亿元重大项目 (the threshold is no figure; the projects are counted)
_INVESTED_PREFIX = LazyPattern(
    r"总?投资额?(?:(?:\d+(?:\.\d+)?|[一二三四五六七八九十百千两])[万亿千百]*元及?以上"
    r"|[过超](?:\d+(?:\.\d+)?|[一二三四五六七八九十百千两])?[万亿千百]*元)的?(?=\p{Han})(?![和及与或、])"
)
# searched backwards (?r): the first match is the cue nearest the number
_GROWTH_CUE_RE = compiled.compile(
    rf"(?r)(?P<g>{unit_alternation(GROWTH_CUES)})(?P<to>到|至|为)?|(?P<l>{unit_alternation(LEVEL_CUES)})"
)
_RATE_OF_GROWTH = compiled.compile_std(
    r"增速|增幅|涨幅|降幅|(?<!自然)增长率|增长速度", first=True
)  # (人口自然增长率 is a level)
_GROWTH_ONLY_RE = LazyPattern(rf"(?r){unit_alternation(GROWTH_CUES)}")


def tidy(phrase: str) -> str:
    """A phrase without the PDF spaces and footnote marks inside it.

    >>> tidy("全市 地区生产总值[2]"), tidy("预计（下同）全市实现地区生产总值")
    ('全市地区生产总值', '预计全市实现地区生产总值')
    >>> tidy("（下转第三版）（上接第一版）战略性新兴产业增加值")
    '战略性新兴产业增加值'

    """
    phrase = phrase.strip()
    if not phrase.isalpha() and _TIDY_HINT.search(phrase):  # isalpha: the common, clean case
        phrase = _INNER_SPACE.sub("", _FOOTNOTE.sub("", phrase))
    return phrase


# Verbs that name a sum of money when nothing else does: 投入850万元，所有乡镇都建成…
SPENDING_VERBS = (
    "投入", "安排", "筹集", "争取", "发放", "拨付", "兑现", "兑付", "下达", "募集", "签约",
)  # fmt: skip
_SPENDING = compiled.compile(
    rf"(?:{'|'.join(SPENDING_VERBS)})(?=(?:了)?[\s\u3000]*$)"  # the verb right before the number
)


def spending_verb(phrase: str) -> str:
    """The verb that spends a sum, when a phrase before a sum of money is only that verb and
    its adverbs (累计投入, 今年计划安排); else "".

    >>> spending_verb("累计投入"), spending_verb("中央财政投入")
    ('投入', '')
    """
    m = _SPENDING.search(phrase)
    if not m:
        return ""
    head = clean_subject(phrase[: m.start()], "amount")
    return "" if head else m[0]


# Stages of a works programme that end a subject: 保障性住房开工建设63421套，竣工15344套
STAGE_VERBS = ("开工建设", "新开工", "开复工", "开工", "建成", "基本建成", "竣工", "完工", "续建")
_STAGE_TAIL = WordList(STAGE_VERBS)


def other_stage(carried: str, gap: str) -> str:
    """The subject carried to a figure of another stage of the same works (竣工15344套 after
    保障性住房开工建设63421套): the carried subject with this figure's stage in place of its own
    (the stage tells the two figures apart).

    >>> other_stage("保障性住房开工建设", "，竣工"), other_stage("保障性住房", "，竣工")
    ('保障性住房竣工', '保障性住房')
    """
    verb = gap.strip(_EDGE + "，,、；;")
    tail = _STAGE_TAIL.suffix(carried)
    if tail and verb in STAGE_VERBS and verb != tail and len(carried) - len(tail) >= 2:
        return carried[: -len(tail)] + verb
    return carried


# Verbs of works that alone tell two figures of one noun apart: 新建住房480户、维修住房2248户
WORK_VERBS = STAGE_VERBS + ("新建", "维修", "改建", "扩建", "加固", "翻建")
_WORK_VERB = WordList(WORK_VERBS)
_CLAUSE_EDGE = "，,、；;。：:\n"


_WORK_TAIL = compiled.compile_std(
    written_out_han(r"(?<=\p{Han})(?:改造提升|提升改造|维修改造|改造|维修|整治|修复|改建)$"),
    first=True,
)


def work_tail(noun: str) -> str:
    """The work a counted phrase ends with (老旧小区改造 -> 改造, 干线维修 -> 维修), or "".

    >>> work_tail("老旧小区改造"), work_tail("公园")
    ('改造', '')
    """
    m = _WORK_TAIL.search(noun)
    return m[0] if m else ""


def work_verb(before: str, indicator: str) -> str:
    """The verb of works written right before a figure's indicator (全市新建保障房 -> 新建), or
    alone between two figures (，基本建成); "" for none, or a verb inside a name (棚户区改造住房).

    >>> work_verb("。全市新建保障房", "保障房"), work_verb("，基本建成", ""), work_verb("区维修住房", "住房")
    ('新建', '基本建成', '')
    """
    b = tidy(before).rstrip(_PUNCT_EDGE)
    if not b.endswith(indicator):
        return ""
    b = b[: len(b) - len(indicator)]
    verb = _WORK_VERB.suffix(b)
    if not verb:
        return ""
    rest = b[: -len(verb)].rstrip(_PUNCT_EDGE)
    opener = _ADVERBS.suffix(rest)
    if opener:
        rest = rest[: -len(opener)].rstrip(_PUNCT_EDGE)
    return verb if not rest or rest[-1] in _CLAUSE_EDGE else ""


_NEW_ACTS = frozenset(("登记", "设", "开", "批准", "缔结", "制定", "创建", "启动", "竣工", "开工"))


def new_verb_only(p: str) -> bool:
    """A 新-verb with no object (新制定, 新登记, 新竣工): the object is the figure's before it.

    >>> new_verb_only("新制定"), new_verb_only("新产品")
    (True, False)
    """
    return len(p) <= 3 and p[:1] == "新" and (p[1:] in _NEW_ACTS or p[1:] in _VERBS.words)


def leading_verb(p: str, within: int = 1) -> str:
    """The verb that opens a phrase, if any (办理人大代表建议 -> 办理), or that starts among its
    first `within` characters (高质量办理人大代表建议, within 4 -> 办理).

    >>> leading_verb("办理人大代表建议"), leading_verb("政协提案"), leading_verb("高质量办理建议", 4)
    ('办理', '', '办理')
    """
    for start in range(min(within, len(p))):
        verb = _VERBS.prefix(p, start)
        if verb:
            return verb
    return ""


def names_a_thing(p: str) -> bool:
    """A subject that is not itself a stage of works or a total (中心城区新开工, 总量)."""
    return not (_STAGE_TAIL.suffix(p) or p in GENERIC_SUBJECTS or "新开工" in p)


def without_new(p: str) -> str:
    """The noun of a phrase without a leading kept verb (新增企业 -> 企业)."""
    keep = _KEEP.prefix(p)
    return p[len(keep) :] if keep and len(p) - len(keep) >= 2 else p


def keep_prefix(p: str) -> str:
    """The kept leading verb of a phrase (新增, 新引进 …), or "".

    >>> keep_prefix("新增国家级"), keep_prefix("国家级")
    ('新增', '')
    """
    return _KEEP.prefix(p) or ""


def _only_adverbs(p: str) -> bool:
    while p:
        if p in _ADVERB_WORDS or p in _ONE_CHAR_ADVERBS:
            return True
        w = _ADVERBS.prefix(p) or (p[0] if p[0] in _ONE_CHAR_ADVERBS else None)
        if not w:
            return False
        p = p[len(w) :]
    return True


def not_a_subject(p: str) -> bool:
    """True for a phrase that names nothing: empty, a link, a verb, a time or a scope alone.

    >>> [not_a_subject(w) for w in ("增加到", "是2010年", "五年", "占全省", "竣工", "生产总值")]
    [True, True, True, True, True, False]
    """
    if not p or p in _NOT_A_SUBJECT:
        return True
    first = p[0]  # (read once for the tests below)
    if len(p) <= 6 and first in _ADVERB_FIRST and _only_adverbs(p):
        return True  # 今年要, 全年共
    if not ("\u4e00" <= first <= "\u9fff") and not _LETTER.search(p):
        return True  # （, 1., ）: no word at all
    return len(p) <= 12 and first in _NOTHING_FIRST and _NOTHING_NAMED.fullmatch(p) is not None


# Link words and adverbs of time or sequence before what is counted, with the characters after
# them that make a word of them instead (共享, 共建, 共需, 继续教育): 共接待国内外游客 -> 接待国内外
# 游客, 分别完成投资, 已有家庭农场, 同时外派劳务, 但旅游总收入. 已 and 正在 stay: 已开放各类档案,
# 已确权集体林地面积, 正在实施项目 name a stock or a state (what is open so far, under way)
LINK_ADVERBS = {
    "共计": "",
    "共": "产享同富建性济管青识赢需",
    "已有": "",
    "又有": "",
    "又": "",
    "仍": "",
    "分别": "",
    "同时": "",
    "率先": "",
    "再次": "",
    "大幅": "",
    "逐步": "",
    "不断": "",
    "继续": "教",
    "但是": "",
    "但": "",
    "而": "",
    # how the government goes about it, before what it does: 坚持把新增财力的80%…,
    # 统筹实施城镇老旧小区改造项目, 统筹整合涉农资金 (统筹城乡发展试点, 统筹基金 are names)
    "坚持": "",
    "统筹整合": "",
    "统筹使用": "",
    "统筹用好": "",
    "统筹": "城基地区",
    # keeping a figure where it is: 保持森林覆盖率55%以上, 稳定粮食播种面积400万亩 (稳定 only
    # before an area or a size: 稳定就业岗位, 稳定脱贫 are what is counted)
    "保持": "",
    "稳定": "",
    # planning before the verb of works: 规划建设现代农业园区26个 (规划面积 keeps it)
    "规划": "",
}
_LINK_FIRST = frozenset(w[0] for w in LINK_ADVERBS)
_KEPT_SIZE = ("面积", "播面", "规模")
_PLANNED = ("面积", "规模", "总量", "里程", "资金")  # 规划建设总面积: what is planned is named


def _link_adverb(p: str) -> str:
    """The link word or adverb that opens a phrase (see LINK_ADVERBS), or "".

    >>> _link_adverb("共接待国内外游客"), _link_adverb("共享停车泊位"), _link_adverb("已开放各类档案")
    ('共', '', '')
    >>> _link_adverb("稳定粮食播种面积"), _link_adverb("稳定就业岗位"), _link_adverb("统筹城乡发展试点")
    ('稳定', '', '')
    """
    for n in (4, 2, 1):
        w = p[:n]
        if w in LINK_ADVERBS and p[n : n + 1] and p[n] not in LINK_ADVERBS[w]:
            if w == "稳定" and not p.endswith(_KEPT_SIZE):
                return ""
            if w == "规划":
                verb = _VERBS.prefix(p, 2)
                rest = p[2 + len(verb) :] if verb else ""
                if len(rest) < 2 or rest[0] == "的" or verb == "发展" or rest.endswith(_PLANNED):
                    return ""  # 规划发展村 is a name
            return "" if w[:2] == "统筹" and p[-2:] == "发展" else w  # the title of a policy
    return ""


# words that open with a leading adverb, which then is no adverb: 要求, 要素, 要件
def _cut_leading(p: str) -> str:
    """Leading adverbs, dates, spans of time and scopes, while a name of 2+ characters is left."""
    opening = p[:1]  # (the first character, read again after each cut)
    if opening not in _CUT_LEADING_FIRST:
        return p  # none of the cuts below can start here
    for _ in range(4):
        w = (_ADVERBS.prefix(p) if opening in _ADVERBS.firsts else None) or (
            _link_adverb(p) if opening in _LINK_FIRST else ""
        )
        if w and p[: len(w) + 1] in _OPENS_A_WORD:
            w = ""  # 要求社区填报的表格: 要 opens the word 要求
        end = len(w) if w else 0
        if not end and opening in _LEADING_FIRST:
            lead = _LEADING.match(p)
            if lead and lead.lastgroup == "basis":
                p = p[lead.end() :]  # 按可比价格计算比1992年: a basis goes whatever is left
                opening = p[:1]
                continue
            end = lead.end() if lead else 0
        if not end or len(p) - end < 2 or p[end:] in BARE_NOUNS:
            break  # 各类资金 keeps 各类: 资金 alone names no sum
        p = _strip_edge(p[end:], right=False)
        opening = p[:1]
        if opening not in _CUT_LEADING_FIRST:
            break  # no cut can start where the rest opens (see the test at the top)
    return p


# the characters each cut of _cut_leading needs its phrase to open with
_CUT_LEADING_FIRST = _ADVERBS.firsts | _LINK_FIRST | _LEADING_FIRST


def _having_nothing(p: str, have: str) -> bool:
    """What is left before 有 names nothing (全市有, 解决的有, 其中有): 有 stays.

    >>> _having_nothing("其中有", "中有"), _having_nothing("重点项目有", "有")
    (True, False)
    """
    return p.endswith("其中有") or not_a_subject(p[: -len(have)].rstrip("的"))


def _cut_trailing(p: str, kind: str) -> str:
    """Trailing links, rate words, comparison bases, dates and denominators."""
    words = _TRAILING_BY_KIND.get(kind, _TRAILING)
    lasts = _CUT_TRAILING_LAST[words]
    ending = p[-1:]  # (the last character, read again after each round of cuts)
    if ending not in lasts:
        return p  # none of the cuts below can end here
    for _ in range(10):
        before = p
        if ending == "了" and (words.suffix(p[:-1]) or _TRAILING.suffix(p[:-1])):
            p = p[:-1]  # 压减了, 控制在了, 保持了: the aspect of a link that goes
        w = words.suffix(p)
        if (
            w
            and not (
                (w == "均" and p[-2:-1] in "人亩户")  # 人均 is not 均
                or (w == "都" and not _ALL_OF.search(p))  # 首都, 成都, 昌都 are names
                or (w == "增长" and p[-3:-2] in "稳促" and kind not in _TRAILING_BY_KIND)
                # 争取 of a sum's target goes (增加值争取达到); 新争取, 对上争取 obtain what is counted
                or (w == "争取" and p[-3:-2] not in QUANTITY_ENDINGS)
                or _ends_a_word(p, w)  # 签约, 成就, 前提
            )
        ):  # 稳增长26条, 促增长43条: policies named by their aim, not a rate
            p = p[: -len(w)]
        if p[-1:] in _OTHER_TRAILING_LAST:
            # (the cuts of 有, a modal word, a tail and an edge: where none of their last
            # characters ends the phrase, none of them cuts, nor makes another one cut)
            have = _HAVE.suffix(p) if p[-1:] == "有" else None
            if have and not (_ends_a_word(p, have) or _having_nothing(p, have)):
                p = p[: -len(have)]
            modal = _MODAL.suffix(p) if p[-1:] in _MODAL.lasts else None
            if modal and len(p) > len(modal) and not _ends_a_word(p, modal):
                p = p[: -len(modal)]
            tail = _TRAILING_TAIL.search(p) if p[-1:] in _TAIL_LAST else None
            if tail:
                p = p[: tail.start()]
            if p[-1:] in _EDGE_SET:
                p = _rstrip_edge(p)
        ending = p[-1:]
        if p == before or ending not in lasts:
            break  # nothing cut, or the cuts can end nowhere here (see the test at the top)
    return p


# the characters each cut of _cut_trailing needs its phrase to end with: the last characters
# of its list of words (by kind), and those of the other cuts (了 of a link's aspect, 有, the
# modal words, a tail, an edge)
_OTHER_TRAILING_LAST = {"了"} | _HAVE.lasts | _MODAL.lasts | _TAIL_LAST | _EDGE_SET
_CUT_TRAILING_LAST = {
    words: words.lasts | _OTHER_TRAILING_LAST for words in (_TRAILING, *_TRAILING_BY_KIND.values())
}
_COMPARED_RATE = LazyPattern(r"(?:高于|低于|快于|慢于)[\p{Han}、]{0,12}?(增速|增幅|涨幅)$")


def without_growth_noun(subject: str) -> str:
    """A subject without the rate of growth it ends with, for an amount carried to it.

    >>> without_growth_noun("地区生产总值年均增速"), without_growth_noun("增速")
    ('地区生产总值', '增速')
    """
    rest = clean_subject(subject[: -len(_GROWTH_TRAILING.suffix(subject) or "")], "amount")
    return rest if len(rest) >= 2 else subject


def compared_rate(gap: str, subject: str) -> str:
    """The rate a percentage-point gap compares, when the words before it name one (增长10.7%，
    分别高于一、二产业增速5.4个百分点: the subject's 增速); "" otherwise.

    >>> compared_rate("，分别高于一、二产业增速", "服务业"), compared_rate("，高于全国", "服务业")
    ('增速', '')
    """
    m = _COMPARED_RATE.search(tidy(gap).rstrip(_PUNCT_EDGE))
    if not m or subject.endswith(GROWTH_NOUNS):
        return ""
    return m[1]


def share_of(phrase: str) -> str:
    """The share a percentage states when its phrase opens with 占 (of what: 占生产总值的比重);
    "" for a share of the whole place (占全省的46%: the subject alone names it) or none.

    >>> share_of("占生产总值的比重为"), share_of("占全省的"), share_of("增长")
    ('占生产总值的比重', '', '')
    """
    p = _cut_leading(_strip_edge(tidy(phrase)))
    if not p.startswith("占") or _LAND.match(p) or _SHARE_OF_WHOLE.match(p):
        return ""
    p = _cut_trailing(p, "ratio")
    if len(p) < 4 or COMPARISON.search(p) or not p.isalpha() or p.startswith("占比"):
        return ""  # 占比分别提高4.3、: no base named
    return p


# The base a figure is set on, not its subject: 在2005年基础上, 在上年增长15.7%的基础上又增长
_ON_BASE = LazyPattern(
    r"^的?基础上(?:再次|又|再|还|继续|进一步)?"
    r"|(?<=\p{Han}{2})在[^在，,；;]{0,12}?的?基础上(?:累计|均|分别|再|又)?$"
    r"|(?<=\p{Han}{2})在(?:上年度?|上年同期|已建成|已完成|(?:19|20)\d\d年|[一二][九〇零][〇零一二三四五六七八九]{2}年)$"
)


def clean_subject(phrase: str, kind: str) -> str:
    """Cut leading verbs and trailing links off a subject phrase; "" when nothing is named.

    >>> clean_subject("兑付惠企政策资金", "amount")
    '惠企政策资金'
    >>> clean_subject("本外币存贷款增速均达到", "growth")
    '本外币存贷款'
    >>> clean_subject("战略性新兴产业增加值增速", "pp")
    '战略性新兴产业增加值增速'
    >>> clean_subject("五年累计完成固定资产投资", "amount")
    '固定资产投资'
    >>> clean_subject("工业增加值占全省比重达到", "ratio")
    '工业增加值'
    >>> clean_subject("城市低保月保障标准由每人每月", "amount")
    '城市低保月保障标准'
    >>> clean_subject("主要污染物排放总量在2005年基础上", "growth"), clean_subject("的基础上又", "growth")
    ('主要污染物排放总量', '')
    >>> [clean_subject(p, "multiple") for p in ("是2010年的", "增加到", "五年")]
    ['', '', '']
    >>> clean_subject("九是城乡居民最低生活保障标准", "growth")
    '城乡居民最低生活保障标准'
    >>> clean_subject("学前三年", "ratio"), clean_subject("固定资产投资前三年", "growth")
    ('学前', '固定资产投资')
    """
    p = phrase if phrase.isalpha() else tidy(phrase)  # (letters alone: tidy already)
    if p[:1] in _EDGE_SET or p[-1:] in _EDGE_SET:
        p = _strip_edge(p)
    if "基础" in p or "在" in p[-8:]:
        p = _ON_BASE.sub("", p)  # 主要污染物在2005年基础上, 在上年增长15.7%的基础上又增长
    if not p:
        return ""
    if p[0] in _OPENING_CUT_FIRST or "是" in p[1:3]:
        # (the cuts of an opening: where none of their first characters opens the phrase and
        # no ordinal's 是 follows it, none of them cuts, nor makes another one cut)
        if p[0] in "按根依":
            basis = _STANDARD_BASIS.match(p)
            if basis:
                p = p[basis.end() :]  # 按2010年农村贫困标准1274元测算: the standard is named
        if p[0] in _ENUMERATOR_FIRST:
            p = _ENUMERATOR.sub("", p)  # （22）农村五保供养对象…
        if p[1:2] == "是" or p[2:3] == "是":
            p = _ORDINAL_FIRST.sub("", p)  # 九是城乡居民最低生活保障标准(分别提高…): an ordinal
        if p[:1] in "）)":
            p = p[1:].lstrip(_EDGE)  # …（其中新建30个）、义务教育学校项目
        if p[:1] == "“":
            label = _PROGRAMME.match(p)
            if label and not _HELD_RESULT.search(p, label.end()):
                # “暖房子”工程既有建筑节能改造: the programme is context (“135”工程累计完成投资
                # is the programme's own result)
                p = p[label.end() :]
    if (
        len(p) >= 6
        and kind in ("amount", "count")
        and ("新" in p or "续建" in p or "集" in p)
        and ("区" in p or "基地" in p or "工程" in p)  # (the place _PLACE_WORKS reads first)
    ):
        works = _PLACE_WORKS.search(p)
        built = p[works.end() :] if works else ""
        if built and built not in BARE_NOUNS and built[0] not in "或和及、与拓":
            # 生态新区新建续建道路: the roads, not the district; 中心城区新建改造农贸市场: the
            # verbs go with the leading ones
            p = p[works.start() :] if built[0] in "扩改" else built
    if not _RARER_CUTS.search(p):
        return _clean_common(p, kind)  # none of the rarer cuts below can apply
    cut = COMPARISON.search(p) if ("于" in p or "比" in p or "较" in p or "出" in p) else None
    if cut and cut.start() > 0:
        p = p[: cut.start()]
    share = _SHARE_OF_WHOLE.search(p) if "占" in p else None
    if share:
        p = p[: share.start()]
    if len(p) >= 5 and ("共" in p or "现有" in p):
        has = _HOLDER_HAS.search(p)
        if has:
            p = p[has.end() :]  # 文化系统共有艺术表演团体: what the holder has is counted
    if len(p) >= 5 and ("共" in p or "因" in p or "现有" in p or "拟" in p):
        p = _INNER_VERB.sub("", p)
    if len(p) >= 8 and ("（" in p or "(" in p):
        p = _INNER_NOTE.sub("", p)
        if len(p) >= 6 and p[-2:] == p[-4:-2]:
            p = p[:-2]  # A股再筹资（包括配股…）筹资: the name said twice around its note
    if len(p) >= 6 and ("实现" in p or "完成" in p):
        p = _inner_result(p, kind)
    if p.endswith("中"):
        p = _AMONG.sub("", p)
    if len(p) >= 6 and (p[0] in "为向给" or _ACTION_HINT.search(p)):
        action = _ACTION_INSIDE.search(p)
        if action:
            # 12345热线解决企业和群众诉求: the holder goes, a remedial verb stays
            p = p[action.end() :] if action[0][:1] in "为向给" else p[action.start() :]
    if "等" in p:
        p = _after_examples(p)
    if "因素" in p:
        p = _ADJUSTMENT.sub("", p)
    if p[:1] in "（(" and ")" not in p and "）" not in p:
        p = _INCLUDING.sub("", p[1:])  # （包括三轮汽车和低速货车: an unclosed bracket
    return _clean_common(p, kind)


# the first characters of the opening cuts of clean_subject (a basis, an enumerator, a closing
# bracket, a programme's quotation mark); an ordinal is told by the 是 after it
_OPENING_CUT_FIRST = frozenset("按根依）)“") | _ENUMERATOR_FIRST


def _inner_result(p: str, kind: str) -> str:
    """A result verb inside a phrase: who achieved it and the quantity stay as written when what
    follows names a quantity (民营经济实现主营业务收入, 规模以上港口完成货物吞吐量); else the
    object alone is counted (鹤鸣湖工程完成土方 -> 土方). A holder that is only a scope or a
    time (全市实现, 年内完成) goes with the verb.

    >>> _inner_result("民营经济实现主营业务收入", "amount"), _inner_result("鹤鸣湖工程完成土方", "amount")
    ('民营经济实现主营业务收入', '土方')
    """
    m = _INNER_RESULT.search(p)
    if not m:
        return p
    holder = _cut_leading(_strip_edge(p[: m.start()]))
    rest = p[m.end() :]
    if not holder or not_a_subject(holder) or _LEADING_TIME.fullmatch(holder):
        return p  # the leading cuts take them both
    named = _cut_trailing(rest, kind)
    if named[-1:] in _RESULT_ENDINGS or kind not in ("amount", "count") or not_a_subject(named):
        return p
    return rest


def without_inner_result(p: str) -> str:
    """A subject without the result verb inside it, to name a share of it (民营经济完成增加值 ->
    民营经济增加值, in 民营经济增加值占地区生产总值比重).

    >>> without_inner_result("林业重点工程完成造林面积")
    '林业重点工程造林面积'
    """
    return _INNER_RESULT.sub("", p) if "实现" in p or "完成" in p else p


def _after_place(p: str) -> str:
    """What was done after a leading 在-phrase of place (在新老城区建设公共卫生间 -> 建设公共卫生间);
    在建, 在校, 在学 … are words, not places.

    >>> _after_place("在北京、江苏新开设“拉萨班”"), _after_place("在建项目")
    ('新开设“拉萨班”', '在建项目')
    """
    if p[1:2] in _AT_WORDS:
        return p
    for i in range(3, min(len(p) - 2, 12)):
        if p[i - 1] in "，,；;：":
            break
        verb = _KEEP.prefix(p, i) or _VERBS.prefix(p, i)
        if verb:
            rest = p[i + len(verb) :]
            if rest[:1] in "首第了到至为占" or not_a_subject(rest):
                return p  # 在全国设立首个…, 在裕华区建设占地208亩的…
            return p[i:]
    return p


# 在建, 在校, 在学 … are words; 在沪, 在京, 在华 … name the place of a noun (在沪持牌金融机构)
_AT_WORDS = frozenset(
    "学校建园用岗职读册线营库深沪京甬穗蓉津渝汉杭闽粤鄂湘赣皖鲁豫冀晋陕琼黔滇华衡"
)
_VERB_AFTER_LINK = LazyPattern(r"宣布|修正|调整|撤销|合并")
# A quoted programme before what it did: “暖房子”工程既有建筑节能改造, “满天星”行动新增从业人员
_PROGRAMME = LazyPattern(
    r"^“[^“”]{1,12}”(?:专项行动|行动计划|工程|行动|计划|活动)(?![的是])(?=\p{Han}{4})"
)


_HELD_RESULT = LazyPattern(r"完成|实现|^项目|的")


# where the rarer cuts of clean_subject may cut, in one scan in C: the patterns of a comparison
# and of a share of the whole, and the words the tests of the other cuts look for (what a
# holder has or an inner verb, a note or an unclosed bracket, a result verb inside, 中 closing
# the phrase, an action verb inside or 为/向/给 opening it, examples, an adjustment); where none
# is, the phrase takes none of them (test_phrase_gates reads each cut's condition from
# clean_subject's code and checks that the gate lets it through)
_RARER_CUTS = compiled.compile_std(
    "|".join((COMPARISON.pattern, _SHARE_OF_WHOLE.pattern, "共", "现有", "因", "拟", "（"))
    + r"|\(|实现|完成|中\Z|\A[为向给]|"
    + "|".join((*_ACTION_VERBS, "等")),
    first=True,
)
# Examples before 等 and the category after it: 富达棒材等高载能项目, 迎亲大桥等桥梁 (never
# inside a word: 高等教育, 中等职业学校, 等级公路, 平等)
_EXAMPLES = compiled.compile(
    r"(?r)(?<=[\p{Han}”](?<![高中初平同对均特优上次头超相一二三四五何]))等(?![级额于待候同次])"
    r"(?![一二三四五六七八九十两几多各其方领])(?=\p{Han}{3})"
)

_EXAMPLE_OF = LazyPattern(r"(?<=[^、和及与]{2,}\p{Han})等(?=\p{Han}{2}$)")


def _after_examples(p: str) -> str:
    """The category a list of examples ends with (富达棒材等高载能项目 -> 高载能项目), a kept
    verb (新增) staying in front; a category of two characters (花椒、核桃等基地), a number (钢铁、
    医药等六条龙型经济) or a rest (基础设施等其他用地, 就业、教育等方面的投入) needs its examples.

    >>> _after_examples("富达棒材等高载能项目"), _after_examples("新增A级、B级等景区区域")
    ('高载能项目', '新增景区区域')
    >>> _after_examples("花椒、核桃等基地"), _after_examples("基础设施等其他用地")
    ('花椒、核桃等基地', '基础设施等其他用地')
    >>> _after_examples("中等职业教育在校生"), _after_examples("迎亲大桥等桥梁")
    ('中等职业教育在校生', '桥梁')
    """
    m = _EXAMPLES.search(p)
    if not m:
        # a category of two characters the example is one of: 迎亲大桥等桥梁, 红旗水库等水库
        m = _EXAMPLE_OF.search(p)
        if not m or p[m.start() - 1] not in p[m.end() :]:
            return p
    return (_KEEP.prefix(p) or "") + p[m.end() :]


# what may follow 生产/出版 inside a name: 生产能力, 生产性码头泊位, 生产安全事故, 出版物
# Adverbs of how a task was done, before its verb: 妥善安置群众, 按期偿还平台等债务, 成功转移安置
# 群众, 精心谋划储备项目, 向上争取资金 (the verb after them is read as if they were not there)
DOING_ADVERBS = (
    "妥善", "按期", "按时", "如期", "成功", "精心", "积极", "全力", "着力", "主动", "有序",
    "先后", "陆续", "及时", "稳妥", "足额", "向上", "因地制宜",
)  # fmt: skip
_DOING = WordList(DOING_ADVERBS)
# verbs of gaining, after which 成功 adds nothing: what is counted was gained
_GAINED = WordList(("引进", "引入", "招引", "签约", "推出", "盘活"))
_DOING_FIRST = frozenset(w[0] for w in DOING_ADVERBS)


def _without_doing(p: str) -> str:
    """A phrase without the adverbs of manner before its verb; a rate named by its manner keeps
    them (按时办结率, 按期办复率), and so does a phrase with no verb and object left. 成功 goes
    only before a verb that goes too (成功创建国家5A级旅游景区) or one of gaining (成功引进企业:
    what is counted came): before another kept verb it counts the acts that succeeded
    (成功发射卫星15次, 成功调解矛盾纠纷).

    >>> _without_doing("妥善安置群众"), _without_doing("成功向上争取资金"), _without_doing("按时办结率")
    ('安置群众', '争取资金', '按时办结率')
    >>> _without_doing("成功发射卫星")
    '成功发射卫星'
    """
    if p[-1:] in "率度":
        return p
    for _ in range(2):
        w = _DOING.prefix(p)
        if not w or len(p) - len(w) < 3:
            break
        if w == "成功" and not (
            _DOING.prefix(p, 2)
            or _VERBS.prefix(p, 2)
            or _GAINED.prefix(p, 2)
            or not_a_subject(p[2:])
        ):
            break
        p = p[len(w) :]
    return p


# works verbs that go after another verb even before a two-character noun (新建改造公厕), and the
# nouns only the work names (改造项目, 改造面积: not 项目, 面积)
_SECOND_WORKS = frozenset(("改造", "改建", "扩建", "维修", "改造提升", "提标改造"))
_WORK_NOUNS = frozenset(
    ("项目", "面积", "任务", "工程", "资金", "规模", "目标", "投资", "计划", "范围", "进度", "标准")
)
_MAKING_GUARD = frozenset("能型性线者企基单车设要经安许用资率总物社单")


# the first characters of the cuts of a leading adverb, place or manner in _clean_common
_ADVERB_CUT_FIRST = _DOING_FIRST | {"在"} | _ONE_CHAR_ADVERBS | _MANNER_FIRST


def _clean_common(p: str, kind: str) -> str:
    """Trailing links, leading adverbs and verbs, and what is left: see clean_subject."""
    p = _cut_leading(_cut_trailing(p, kind))
    if p[:1] in _ADVERB_CUT_FIRST:
        # (the cuts of a leading adverb, place or manner: where none of their first characters
        # opens the phrase, none of them cuts, nor makes another one cut)
        if p[:1] in _DOING_FIRST:
            p = _without_doing(p)
        if p[:1] == "在":
            p = _after_place(p)  # 在北京、江苏新开设“拉萨班”: where it was done is context
        if p[:1] in _ONE_CHAR_ADVERBS and (
            p[1:] in _NOT_A_SUBJECT or _VERBS.prefix(p, 1) or _KEEP.prefix(p[1:])
        ):
            p = p[1:]  # 共投入, 再新增: the adverb goes with the verb
        elif p[:1] in _MANNER_FIRST:
            manner = _MANNER.prefix(p)
            verb = _VERBS.prefix(p, len(manner)) if manner else None
            if manner and (_REMEDIAL.prefix(p, len(manner)) or verb not in (None, "建设")):
                # 全面取缔砖瓦窑: the manner goes, the remedial verb stays; 全面落实军地互办事项:
                # the manner goes with the verb (基本建设投资 is a noun: it stays)
                p = p[len(manner) :]
    opening = p[:1]
    if not (opening in _KEEP.firsts and _KEEP.prefix(p)):
        first = _VERBS.prefix(p) if opening in _VERBS.firsts else None
        if first == "更新改造" and p[4:6] == "投资":
            first = None  # 更新改造投资 is a category of investment, like 技术改造投资
        if first:
            cut = len(first)
            for _ in range(2):  # 制定修改和废止政府规章: up to three verbs in a row
                link = p[cut : cut + 1] if p[cut : cut + 1] in "和及与、" else ""
                # 新建、修复堤防: a remedial verb listed with a plain one goes with it
                second = _VERBS.prefix(p, cut + len(link)) or (
                    _REMEDIAL.prefix(p, cut + len(link)) if link else None
                )
                # two glued verbs only when a real noun is left (新开工整治项目 keeps 整治项目);
                # a works verb goes before a two-character thing too (新建改造绿地 -> 绿地), not
                # before what only the work names (新开工改造项目, 完成改造面积)
                left = p[cut + len(link) + len(second or "") :]
                if not second or not (
                    link
                    or len(left) >= 3
                    or (len(left) == 2 and second in _SECOND_WORKS and left not in _WORK_NOUNS)
                ):
                    break
                cut += len(link) + len(second)
            rest = _strip_edge(p[cut:], right=False)
            if rest[:1] == "了" and rest[1:2] != "解":
                rest = rest[1:]  # 完成了市属企业整体出售: the aspect mark goes with its verb
            if 0 < rest.find("的") <= 2 and len(rest) - rest.find("的") > 2:
                rest = ""  # 提供住宿的收养性社会服务机构: the verb opens a clause on the noun
            elif p[cut : cut + 1] in "和及与、" and _VERB_AFTER_LINK.match(rest):
                rest = ""  # 废止和宣布失效…文件: a verb we do not know continues the list
            # the verb stays where the bare noun would not name the quantity: 竣工面积
            if (
                len(rest) >= 2
                and rest not in BARE_NOUNS
                and rest not in _BARE_SHARE_WORDS  # 支付比例: the share of what is paid
                and not (first in _NEW_WORKS and rest in _WORK_NOUNS)
            ):
                p = _cut_leading(rest)  # 投入各类扶持资金: the scope after the verb goes too
    if kind == "count" and p[:2] in ("生产", "出版") and p[2:3] not in _MAKING_GUARD and len(p) > 3:
        p = _cut_leading(p[2:])  # 生产电视剧436部, 出版各类报纸448亿份: what was made is counted
    # (the first and last characters, read once for the tests below, again after a cut)
    opening, ending = p[:1], p[-1:]
    if opening in _EDGE_SET or ending in _EDGE_SET:
        p = _strip_edge(p)
        opening, ending = p[:1], p[-1:]
    if ending in _CLOSING_BRACKETS and _NOTE.search(p):
        p = _NOTE.sub("", p)  # 进出口差额（出口减进口）: a note, not the name
        opening = p[:1]
    if (
        (
            opening in _COMPARED_FIRST  # (a first character of the two tests of a comparison)
            and (
                (
                    p.startswith(("比", "较", "占"))
                    and not p.startswith("比较")
                    and not _LAND.match(p)
                    and not (p[0] == "较" and p[1:2] in _GRADE_AFTER_COMPARED)  # 较大规模: a grade
                )
                or (p[:2] in _COMPARISON_WORDS)
            )
        )
        or not_a_subject(p)
    ):
        # 比上年增加1.1万亿元, 累计达7个, 占全国的60%: the subject is the previous figure's
        return ""
    return _unquote(p) if opening == "“" else p


# shares named by their word alone, which a verb before them names the share of (支付比例)
_BARE_SHARE_WORDS = frozenset(("比例", "比重", "比率", "占比"))
# what follows 较 in a grade (较大规模, 较高水平), never in a comparison (较上年, 较2010年)
_GRADE_AFTER_COMPARED = frozenset("大小高低")
# the closing brackets a note ends with (进出口差额（出口减进口）)
_CLOSING_BRACKETS = frozenset("）)")
# the first characters of a comparison or a share opening a subject (比, 较, 占, 高于 …)
_COMPARED_FIRST = frozenset("比较占") | frozenset(w[0] for w in _COMPARISON_WORDS)


_NOT_A_SUBJECT = (
    frozenset(
        LEADING_ADVERBS
        + LEADING_VERBS
        + TRAILING_DROP
        + KEEP_LEADING
        + VERB_ONLY
        # alone, these carry the subject before them (整改16280处); 下放30项 names itself
        + ("治理", "整治", "修复", "淘汰", "追偿", "整改")
        + ("对", "向", "给")  # a preposition alone: 对3.9万户、12.5万人实施易地扶贫搬迁
    )
    - _NEW_WORKS
)  # 关停化工企业250家，升级改造373家: alone, these carry no subject (not 关停…)


def _unquote(p: str) -> str:
    if p.startswith("“") and p.endswith("”") and p.count("“") == 1:
        return p[1:-1]
    return p


def noun_after(text: str, end: int) -> tuple[str, int]:
    """The noun phrase right after a counted number, and where it ends.

    >>> noun_after("3项原创成果在国际顶级学术期刊发表", 2)
    ('原创成果', 6)
    """
    first = text[end : end + 1]
    if first in (" ", "\u3000") and text[end + 1 : end + 2].isdigit():
        end += 1  # 12个 10亿元以上重大农产品加工项目: a PDF space
        first = text[end]
    # (a glued number opens with a digit: the pattern is tried only there)
    number = _NOUN_NUMBER_PREFIX.match(text, end) if first.isdigit() else None
    if number is None and first in "投总" and text[end : end + 2] in ("投资", "总投"):
        number = _INVESTED_PREFIX.match(text, end)  # 20个投资10亿元以上大项目
    m = _HAN_RUN.match(text, number.end() if number else end)
    if not m:
        return "", end
    phrase = m[0][:24]
    if NOUN_AFTER_PREDICATE.match(phrase):
        return "", end
    prefix = number[0] if number else ""
    stop = NOUN_AFTER_STOP.search(phrase)
    if "贫困" in phrase:
        exited = _LIFTED_OUT.match(phrase)
        if exited and not (stop and stop.start() < exited.start("poor")):
            # 331万贫困人口全部脱贫, 12个贫困村出列: the poor who left poverty are counted, not
            # the poor (the predicate names the statistic; its words are kept as written)
            phrase = prefix + exited[0]
            return phrase, end + len(phrase)
    if stop and stop[0] == "的" and not number and _HAVING.match(phrase, 0, stop.start()):
        # 60个具有自主知识产权的重大新产品: what they have says which are counted
        noun, after = noun_after(text, m.start() + stop.end())
        if noun and not not_a_subject(noun):
            return phrase[: stop.end()] + noun, after
    if stop and not (stop[0] == "得到" and _PEOPLE_NOUN.search(phrase, 0, stop.start())):
        phrase = phrase[: stop.start()]
    said, kept = 0, ""  # a predicate cut off the noun is no part of the next figure's words
    whole = phrase
    for n, cut in enumerate(_NOUN_TAILS):
        if phrase[-1:] not in _NOUN_TAIL_LAST:
            break  # no tail ends here (_NOUN_TAIL_LAST: the last characters of them all)
        if n == 2 and phrase == whole:
            continue  # the first two cut nothing: the first tail again finds nothing
        before = phrase
        phrase = cut.sub("", phrase) or phrase
        if cut is NOUN_AFTER_VERB_TAIL and phrase != before:
            said, kept = len(before) - len(phrase), phrase  # 251个村退出、7161户
    parts = _PARTS.search(phrase) if "、" in phrase else None
    if parts:
        phrase = phrase[: parts.end()]  # 2678个县（市、区）: the parts close the noun
    for left, right in (("（", "）"), ("(", ")")):
        # 22个县（市、区）: cut the open bracket
        if left in phrase and phrase.count(left) > phrase.count(right):
            phrase = phrase[: phrase.rfind(left)]
    phrase = phrase.rstrip("和与及或、")
    if "等" in phrase[-2:]:
        phrase = _TRAILING_ETC.sub("", phrase)  # 40万吨聚氯乙烯等
    counter = text[end - 1 : end]  # what the number counts by: 个, 家, 吨 …
    if counter in _CAPACITY_LAST:
        # 60万吨马铃薯加工项目, 120万吨硝基复合肥等一批项目: the capacity is of the product
        phrase = _CAPACITY_PROJECT.sub(r"\1", phrase)
    if counter in "个家座所处" and len(phrase) >= 6 and _HOLDER_HINT.search(phrase):
        held = _HOLDER_QUANTITY.match(phrase) or _HOLDER_FACILITIES.match(phrase)
        if held:
            phrase = held[1]  # 19个特色产业集群营业收入预计增长20%: the clusters are counted
    if counter == "家" and phrase[:2] == "企业" and _FIRMS_QUANTITY.match(phrase):
        phrase = phrase[:2]  # 11家企业产品填补国内空白, 12家企业市场占有率全国第一: the firms
    if "水质" in phrase:
        water = _WATER_HOLDER.match(phrase)
        if water:
            phrase = water[1]  # 15个国考断面水质全部达标, 18条省控入江支流水质保持优良
    if counter not in "项件条" and phrase.endswith("任务"):
        if _TASK_ONLY.fullmatch(phrase):
            return "", end  # 农村公路394.1公里建设任务: the task of the noun before
        # 完成44个重点村整村推进任务: the villages (10所改扩建任务 keeps its noun)
        phrase = _TASK_TAIL.sub("", phrase) if not not_a_subject(phrase[:-2]) else phrase
    if phrase in MILESTONES or phrase.startswith("基础上"):
        return "", end + len(phrase)  # 在已建成714公里基础上: the base, not a noun
    if not_a_subject(phrase):
        return "", end
    said = said if phrase == kept else 0
    phrase = prefix + phrase
    return _unquote(phrase), end + len(phrase) + said


# The poor and their places lifted out of poverty, as a counted noun and its predicate: 8万农村贫
# 困人口全部脱贫, 33个贫困村退出, 7个贫困县实现脱贫摘帽 (not 135个贫困村脱贫帮扶工作: a compound)
_LIFTED_OUT = LazyPattern(
    r"\p{Han}{0,6}?(?P<poor>贫困(?:人口|群众|村|县))"
    r"(?:全部|整体|如期|稳定|实现|已经|已|均|基本)*(?:脱贫)?(?:摘帽|出列|退出|销号)?"
    r"(?<=脱贫|摘帽|出列|退出|销号)(?!帮扶|攻坚|工作|规划|计划|工程|项目|资金|产业|致富)"
)
# What counted things have, before 的 and their noun: 具有自主知识产权的, 有一定规模的, 具备条件的
_HAVING = LazyPattern(r"(?:具有|具备|拥有|有(?![机色线效限偿]))\p{Han}{1,12}$")
# A bracket listing the parts of a noun: 县（市、区）, 省（自治区、直辖市）
_PARTS = LazyPattern(r"[（(][\p{Han}]{1,6}(?:、[\p{Han}]{1,6})+[）)]")
# People a count names who receive something: 2311.1万城市居民得到政府最低生活保障 (the bare
# 城市居民 would not name the quantity)
_PEOPLE_NOUN = LazyPattern(r"(?:居民|群众|人员|职工|农民|灾民|残疾人|人口|儿童|老人|贫困户)$")
# A task named after what is counted (44个重点村整村推进任务, 40个示范村建设任务); 83项重点任务
# counts the tasks
_TASK_ONLY = LazyPattern(r"建设任务")
# Holders counted, then a quantity of theirs that another figure measures: 19个特色产业集群营业收入,
# 422座大型水库蓄水总量, 11家企业产品填补国内空白
_HELD = (
    r"(?:营业收入|主营业务收入|销售收入|总产值|产值|增加值|利润|税收|综合地价|蓄水总量|能级|产品"
    r"|市场占有率|服务能力)"
)
_HOLDER_QUANTITY = LazyPattern(
    r"(\p{Han}{2,}?(?:集群|企业|园区|城市|水库|中心|基地|景区|开发区))" + _HELD
)
_HELD_QUANTITY = LazyPattern(_HELD + "|(?:中|的)?(?:优良)?水质(?![监自净检量])")
# firms counted, then a quantity of theirs (家 counts the firms, never their products)
_FIRMS_QUANTITY = LazyPattern(r"企业" + _HELD)
# Water bodies or monitoring sites counted, then their water quality: 42个国省考断面水质优良比例,
# 22条重点整治河涌水质达V类标准, 4个县级污水处理厂出水水质 (水质自动监测站, 水质净化厂,
# 饮水质量 are other things)
_WATER_HOLDER = LazyPattern(
    r"(\p{Han}{2,}?(?:断面|河流|支流|河涌|河道|流域|水源地|水源|监测点|点位|湖泊|排污口|水库|处理厂))"
    r"(?:中|的|出水)?(?:优良)?水质(?![监自净检量])"
)
# Places counted, then the facilities built in them: 4个中心镇基础设施及公共服务体系建设 (286个城镇
# 基础设施项目 counts the projects)
# what either holder pattern holds (a quantity held, or the facilities): a literal scan first
_HOLDER_HINT = compiled.compile_std(_HELD + "|基础设施|公共服务", first=True)
_HOLDER_FACILITIES = LazyPattern(
    r"(\p{Han}{1,8}?(?:镇|村|社区|园区|乡镇))(?:基础设施|公共服务)(?!\p{Han}*(?:项目|工程|平台|站|中心|室|点)$)"
)


def held_quantity(p: str) -> bool:
    """A phrase that opens with a quantity its holder has (营业收入, 蓄水总量 …)."""
    return _HELD_QUANTITY.match(p) is not None


_TASK_TAIL = LazyPattern(r"(?<=\p{Han}{3})(?:年度)?(?:建设)?任务$")
# the last character of a unit of capacity (万吨, 万千瓦, 兆瓦, 万立方米, 万头, 万标箱) and the
# project named after what it makes
_CAPACITY_LAST = frozenset("吨瓦米头箱")
_CAPACITY_PROJECT = compiled.compile(r"^(\p{Han}{2,}?)(?:等(?:一批)?(?:重点)?)?项目$")
_TRAILING_ETC = LazyPattern(r"(?<=\p{Han}{2}(?<![中高初平同上次]))等$")
# Measure words of people: a count of them followed by a predicate is named by it
PEOPLE = frozenset(("人", "名", "户", "人次", "位"))


# What a percentage is set against, not what it measures: 增长8%的目标, 下降27%的情况下
_FRAME = LazyPattern(r"(?:目标|指标|任务|警戒线|红线|底线|基础|情况|水平|份额|标)$")
# a rate of whatever the words before name: 以15%的速度下降, 保持8.5%左右的中高速增长
_BARE_RATE = LazyPattern(r"^(?:发展|增长|中高|高)?(?:速度|速)$|^(?:增|涨|降)幅$|^增速$")


def rate_after(text: str, end: int, own: str) -> str:
    """The quantity a percentage measures, named after 的 (贡献了46.9%的投资, 创造了占全省30.6%的
    一般公共预算收入), when the words before it are a task or a verb done (了, 着); "" otherwise,
    or when what follows frames the figure (增长8%的目标) or is the bare rate of what is before.

    >>> rate_after("46.9%的投资。", 6, "贡献了"), rate_after("8%的目标", 3, "实现")
    ('投资', '')
    >>> rate_after("8%的增长速度", 3, "地区生产总值"), rate_after("15%的速度下降", 4, "污染负荷连续两年以")
    ('', '')
    """
    if own[-1:] not in "了着" and not names_a_task(own):
        return ""  # 小盘河水库完成65%的工程量, 覆盖全省80%的人口: the words before name it
    noun = noun_after(text, end)[0]
    if noun[-1:] not in QUANTITY_ENDINGS and not noun.endswith("GDP"):
        return ""
    if _FRAME.search(noun) or noun in BARE_NOUNS:
        return ""
    return "" if _BARE_RATE.search(noun) else noun


# What the things counted by a share have done or reached, up to the clause's end: 50%的村集体
# 完成清产核资, 75%的村庄达到“四化”标准
_SHARE_PREDICATE = LazyPattern(
    r"(?:已|均|基本)?(?:达到|完成|实现|通过|建成|建立|开展)[^，。；;,、\s\d０-９的]{2,12}(?=[，。；;,\s]|$)"
)


_WHEN_DONE = LazyPattern(r"(?:初步|当年|年内|已经|全面|率先)$")


def share_that(text: str, start: int) -> str:
    """The things a share counts, named with what they have done (50%的村集体完成清产核资 ->
    完成清产核资的村集体); "" when no such predicate closes the clause.

    >>> share_that("50%的村集体完成清产核资，", 4), share_that("80%的人口。", 4)
    ('完成清产核资的村集体', '')
    """
    noun, end = noun_after(text, start)
    if not noun or len(noun) > 12 or _HOLDER_QUANTITY.match(noun):
        return ""  # 社区卫生服务中心服务能力达到基本标准: what is said is of their capacity
    done = _SHARE_PREDICATE.match(text, end)
    if not done:
        return ""
    when = _WHEN_DONE.search(noun)  # 70%的项目当年建成运行, 骨干企业初步建立了…: how it went
    if when:
        noun = noun[: when.start()]
    return done[0] + "的" + noun if len(noun) >= 2 else ""


def predicate_after(text: str, end: int) -> str:
    """What is said of a number of people with no noun of their own (20万人实现稳定脱贫,
    2300多人入选“海纳百川”人才计划): the predicate, without a leading 实现/获得.

    >>> predicate_after("20万人实现稳定脱贫。", 4), predicate_after("92万人受益，", 4)
    ('稳定脱贫', '受益')
    """
    m = _HAN_RUN.match(text, end)
    if not m:
        return ""
    phrase = m[0][:16]
    if NOUN_AFTER_PREDICATE.match(phrase):
        return ""  # 5万人增加到8万人: a link, not a predicate
    cut = _PREDICATE_END.search(phrase, 1)
    if cut:
        phrase = phrase[: cut.start()]
    return clean_subject(phrase, "count")


# Where a predicate phrase ends: 28万人纳入低保范围，做到应保尽保 / 实现脱贫的
_PREDICATE_END = LazyPattern(r"的|并|和|等|(?:全部|均|已|将|得到)")


# The head nouns a measure word counts when what follows the number opens with a verb and the
# noun closes the phrase (出台26条支持政策, 实施152项提升举措, 90个签约项目尽快开工,
# 36起成功避险避灾案例): the whole phrase is the counted noun. A measure word with no entry (次,
# 家, 人) counts no head of this table.
_HEADS_BY_MEASURE = {
    "条": ("政策", "措施", "举措", "意见", "规定", "建议", "经验", "做法"),
    "项": ("政策", "措施", "举措", "做法", "事项", "改革", "成果", "制度", "项目", "标准"),
    "件": ("建议", "提案", "实事", "事项", "案件"),
    "个": ("项目", "事项", "案例"),
    "起": ("案例", "案件"),
}

# The measure word that ends a number, before a bound (400个以上已供地未开工项目)
_MEASURE_LAST = LazyPattern(r"(\p{Han})(?:以上|左右)?$")


def headed_noun_after(text: str, end: int) -> tuple[str, int]:
    """The counted noun after a number whose words open with a verb (支持, 优化, 签约, 已): the
    phrase up to the first head noun its measure word counts, and where it ends; ("", end)
    when no such noun closes a short phrase.

    >>> headed_noun_after("出台26条支持政策，设立", 5)
    ('支持政策', 9)
    >>> headed_noun_after("加快174个调整振兴重点项目建设", 6)
    ('调整振兴重点项目', 14)
    >>> headed_noun_after("3次荣获“中国美好生活城市”称号", 2)
    ('', 2)
    """
    measure = _MEASURE_LAST.search(text, max(0, end - 4), end)
    heads = _HEADS_BY_MEASURE.get(measure[1]) if measure else None
    run = _HAN_RUN.match(text, end) if heads else None
    if not heads or not run:
        return "", end
    phrase = run[0][:16]
    found = [(i, h) for h in heads if (i := phrase.find(h)) >= 0 and phrase[i + 2 : i + 3] != "性"]
    if not found:
        return "", end
    i, head = min(found)
    noun = phrase[: i + len(head)]
    if "“" in noun or noun.count("的") > 1 or "到" in noun or "至" in noun:
        return "", end  # 3项增加到5项: a link, not a noun
    return noun, end + len(noun)


def starts_noun(folded: str, end: int) -> bool:
    """Whether a noun may start right after a number: a Chinese character (3项原创成果), or a
    number glued to the noun as part of its name (1400个5G基站).

    >>> starts_noun("1400个5G基站", 5), starts_noun("2个，", 2)
    (True, False)
    """
    c = folded[end : end + 1]
    if c in (" ", "\u3000") and folded[end + 1 : end + 2].isdigit():
        end += 1
        c = folded[end : end + 1]
    if "\u4e00" <= c <= "\u9fff":
        return True
    return c.isdigit() and _NOUN_NUMBER_PREFIX.match(folded, end) is not None


def clause_subject(text: str, start: int, end: int) -> str:
    """The subject a clause without a figure sets for the next one; "" for a clause that opens
    with a verb or a preposition (a task, not a subject).

    >>> clause_subject("全年地区生产总值迈上新台阶", 0, 13)
    '地区生产总值'
    >>> clause_subject("鼓励企业参加信用评级", 0, 10)
    ''
    """
    phrase = _ENUMERATOR.sub("", tidy(text[start:end]))
    opening = _cut_leading(phrase)
    rate = _RATE_SETTERS.prefix(opening)
    if rate:
        # 提高城乡居民基本医疗保险财政补助标准，由每人610元提升至每人640元: the standard set
        # 提高了国有企业离退休人员养老金和城镇居民最低生活保障标准: 了 goes with the verb, and
        # each standard of a list may be as long as one
        subject = clean_subject(opening[len(rate) :].removeprefix("了"), "amount")
        longest = max(len(part) for part in _LIST_ITEMS.split(subject))
        return subject if subject[-1:] in _STANDARD_ENDINGS and longest <= 24 else ""
    verb = _VERBS.prefix(opening)
    opener = _CLAUSE_OPENERS.prefix(opening) and not opening.startswith(_NOUNS_LIKE_OPENERS)
    if opener or (verb and verb not in RESULT_VERBS):
        return ""  # 实现/完成 open a result: 全年实现地区生产总值…
    cut = _CLAUSE_SUBJECT_CUT.search(phrase)
    if cut:
        phrase = phrase[: cut.start()]
    subject = clean_subject(phrase, "amount")
    longest = max(len(part) for part in _LIST_ITEMS.split(subject))
    if longest > 24 or (not cut and subject[-1:] not in QUANTITY_ENDINGS):
        # a clause with no predicate we know names a subject only when it ends like the name
        # of a quantity (经济增长速度的调控目标); 文明新风吹拂城乡 names none
        return ""
    return subject


def clause_items(text: str, start: int, end: int) -> str:
    """The list of subjects a clause without a figure names for a 分别 list after it: like
    clause_subject, but items need not end like the name of a quantity (the caller checks there
    are as many items as figures); "" for a clause that opens with a verb.

    >>> clause_items("各类安全事故宗数、死亡人数、直接经济损失", 0, 20)
    '安全事故宗数、死亡人数、直接经济损失'
    >>> clause_items("加强城市、农村基础设施建设", 0, 13), clause_items("交通、水利建设力度加大", 0, 11)
    ('', '')
    """
    phrase = _ENUMERATOR.sub("", tidy(text[start:end]))
    opening = _cut_leading(phrase)
    if not opening or _CLAUSE_OPENERS.prefix(opening) or _VERBS.prefix(opening):
        return ""
    if opening[0] in "了一二两三四五六七八九十0123456789":
        return ""  # 加快了…建设, 两次提高…: a task done, not the subjects
    cut = _CLAUSE_SUBJECT_CUT.search(phrase)
    if cut:
        phrase = phrase[: cut.start()]
    if "、" not in phrase and "和" not in phrase and "及" not in phrase:
        return ""
    subject = clean_subject(phrase, "amount")
    items = _LIST_ITEMS.split(subject)
    if max(len(p) for p in items) > 24 or any(_SAID_OF.search(p) for p in items):
        return ""  # 增加值多年徘徊不前的情况得以改变, 基础设施建设力度加大: what is said of them
    return subject


# What a clause says of its subjects, never part of their names
_SAID_OF = LazyPattern(r"的情况|得以|力度|不前|加大|加快|明显|顺利|进一步|形成|地位")


# A clause that only says which stage of works a figure counts: 力争全年建成, 确保完工, 年内完成改造
_WORKS_ONLY = LazyPattern(
    r"(?:新开工建设|开工建设|新开工|开复工|开工|基本建成|建成|竣工|完工|续建|新建|建设|完成改造"
    r"|改造|完成)$"
)
# How works are going, after their name: 棚户区改造扎实推进, 保障性住房建设
_WORKS_PROGRESS = LazyPattern(
    r"(?:攻坚|行动)?(?:(?:扎实|有效|加快|稳步|顺利|全面|有序)?推进|进展顺利)?$"
)
# 三是推进…, 高度重视…: an ordinal of the list of tasks, and regard for the works
# (_ORDINAL_FIRST: the ordinal alone, before a name of two characters or more)
_ORDINAL_FIRST = LazyPattern(r"^[一二三四五六七八九十]{1,2}是(?=\p{Han}{2})")
_ORDINAL = LazyPattern(r"^(?:[一二三四五六七八九十]{1,2}是|(?:高度)?重视)")
_WORKS_VERBS = WordList(("建设", "新建", "改造", "修建", "兴建"))
_WORKS_NAME = LazyPattern(r"(?:“[^“”]{1,10}”|\p{Han})+")


def works_only(p: str) -> bool:
    """Whether the words before a figure are only a stage of works (and adverbs): 力争全年建成,
    确保完工, 开工建设.

    >>> works_only("力争全年建成"), works_only("建成公园")
    (True, False)
    """
    p = _strip_edge(tidy(p))
    return bool(p) and _WORKS_ONLY.search(p) is not None and not clean_subject(p, "count")


def works_subject(text: str, start: int, end: int) -> str:
    """What a clause of works with no figure names, for the stage figure after it (推进保障性安居
    工程，年内建设5.2万套; 大力推进棚户区改造攻坚，确保完成改造1.3万户): the works named after the
    clause's verbs (加快, 推进, 实施 …), without 建设 and how they are going; "" when the clause
    names no works.

    >>> works_subject("加快保障性安居工程建设", 0, 11), works_subject("大力推进棚户区改造攻坚", 0, 11)
    ('保障性安居工程', '棚户区改造')
    >>> works_subject("加快建设保障性住房", 0, 9), works_subject("坚持每季度集中开工一批项目", 0, 13)
    ('保障性住房', '')
    """
    p = _ORDINAL.sub("", _ENUMERATOR.sub("", _strip_edge(tidy(text[start:end]))))
    built = False
    for _ in range(4):
        p = _cut_leading(p)
        w = _WORKS_VERBS.prefix(p)
        built = built or bool(w)
        w = w or _CLAUSE_OPENERS.prefix(p) or _MANNER.prefix(p) or _DOING.prefix(p)
        if not w:
            break
        p = p[len(w) :]
    p = p[: len(p) - len(_WORKS_PROGRESS.search(p)[0])]
    if p.endswith("建设") and len(p) > 2:
        p, built = p[:-2], True
    elif p.endswith(("改造", "改造提升", "工程")):
        built = True
    if not built or not 2 <= len(p) <= 12 or not _WORKS_NAME.fullmatch(p) or not_a_subject(p):
        return ""
    return _unquote(p)


# a higher aim right after a growth target (增长5.5%以上，争取达到6%; 增长8.5%，力争9%; 增长6%以上，在实际
# 工作中争取实现7%的更好结果): the clause holds no cue of its own, its figure is the growth aimed at
_HIGHER_AIM = compiled.compile_std(r"(?:在实际工作中)?(?:争取|力争|努力)(?:达到|实现)?")
_GROWTH_TARGET_ENDS = LazyPattern(
    r"增长(?:\d+(?:\.\d+)?%?[—–\-~至到])?\d+(?:\.\d+)?%(?:以上|左右)?[，,]\Z", std=True
)  # (or a range: 年均增长8%—9%，力争10%以上)


# a rate of growth named after the figure (保持12%以上的增长速度, 实现9%左右的增速, 以15%的速度快速增长,
# 连续两年以15%的速度下降), where nothing before it names one
_GROWTH_AFTER = compiled.compile_std(
    r"的(?:年均|平均)?(?:(?:经济)?(?:增长速度|增速)|增幅"
    r"|(?:快速|较快|高速|平稳|稳定|稳步|持续)?增长(?!点|极)|速度(?:快速|稳步)?(?P<down>下降|递减)?)"
    r"|(?:快速|较快|高速|平稳|稳定|稳步|持续)?(?:增长|增速)(?![点极到至为])"  # 保持20%以上增长
)


def growth_named_after(folded: str, end: int) -> bool:
    """Whether a rate of growth is named right after a figure (20%以上高速增长, 15%的速度下降).

    >>> growth_named_after("20%以上高速增长", 5), growth_named_after("80%医保事项", 3)
    (True, False)
    """
    return _GROWTH_AFTER.match(folded, end) is not None


def percent_kind(
    folded: str, clause_start: int, span_start: int, span_end: int | None = None
) -> tuple[str, str | None]:
    """Growth or ratio for a percentage without a touching verb, from the clause before it
    (or, where nothing there names one, from a rate of growth named right after it: `span_end`).

    The last cue word before the number decides: a growth word (增速, 增长) makes a rate of
    change, unless it is followed by 到/至 (提升到30% is a level, but 增速回落到6.5% is still a
    rate of growth); a level word (率, 比重, 占比, 强度) makes a ratio; no cue makes a ratio.
    """
    last = _GROWTH_CUE_RE.search(folded, clause_start, span_start)
    if last is None and span_end is not None and (after := _GROWTH_AFTER.match(folded, span_end)):
        return "growth", "down" if after["down"] else "up"
    if last is None and _HIGHER_AIM.fullmatch(folded, clause_start, span_start):
        if _GROWTH_TARGET_ENDS.search(folded, max(0, clause_start - 16), clause_start):
            return "growth", "up"  # 地区生产总值增长5.5%以上，争取达到6%: the growth aimed at
    if last is None or last["l"]:
        return "ratio", None
    if last["g"] in ("高于", "低于") and folded[span_start - 1 : span_start] == "的":
        # 城市低保标准不低于上年度人均可支配收入的20%: a share of what is compared with, not a
        # rate of change
        return "ratio", None
    if last["to"]:
        # 增速由8%回落至6.5%, 涨幅回落到3%: the level a rate of growth comes to is a rate of growth
        if rate := _RATE_OF_GROWTH.search(folded, clause_start, last.start()):
            return "growth", "down" if rate[0] == "降幅" else "up"  # 降幅收窄至2.4%: a fall
        if last["g"] in GROWTH_NOUNS:
            return "growth", GROWTH_CUES[last["g"]]  # 涨幅为-1.8%, 增速为3%: the rate itself
        return "ratio", None
    return "growth", GROWTH_CUES[last["g"]]


def direction_before(folded: str, clause_start: int, span_start: int) -> str | None:
    last = _GROWTH_ONLY_RE.search(folded, clause_start, span_start)
    return GROWTH_CUES[last[0]] if last else None
