"""What a fragment indicator is: a phrase that names nothing measured.

Written from the wording of the engine issue (增加到, 提高到, 城镇 alone, 五年, 总数, 竣工, 占全省,
empty, 是2006年 and similar link- or verb-only phrases), independently of the engine's own word
lists, so that the corpus test measures the engine rather than repeating it. Shared by
tests/test_fragments.py and benchmarks/indicator_census.py.
"""

from __future__ import annotations

import re

# verb + 到/至/为 and other links between a subject and its number
LINK = re.compile(
    r"(?:净|共|已|再|又|均|分别|逐步|进一步|累计|同比|比上年|年均)?"
    r"(?:增加|提高|增长|减少|下降|降低|扩大|扩展|拓展|提升|上升|跃升|攀升|精简|整合|缩小|缩减|压缩"
    r"|调整|回落|回升|减|增|降|升|达|达到|超过|超|过|有|已有|共有|是|为|到|至|占|突破|翻|跃居|位居"
    r"|居|相当于)(?:到|至|为|了|达)?"
)
# a comparison base: 是2010年, 为上年, 相当于“十五”末
BASE = re.compile(r"(?:是|为|相当于)(?:(?:19|20)\d\d年|上年|去年|“?十.五”?末?)(?:的)?")
# a time alone: 五年, 2015年, 上年, 一九八五年末
TIME = re.compile(
    r"(?:到|至|截至)?(?:(?:19|20)\d\d|[一二][九〇零][〇零一二三四五六七八九]{2})年(?:底|末|初)?"
    r"|(?:过去|这|近|前)?[一二两三四五六七八九十\d]{1,2}年(?:来|间|内|累计)?"
    r"|(?:上年|去年|当年|全年|今年|年内|同期)(?:末|底)?"
)
# a scope alone: 占全省, 全市, 我省
SCOPE = re.compile(r"占?(?:全|我|本)(?:国|省|市|区|县|州|盟|旗|自治区)?(?:的)?")
# verbs and adverbs that name nothing by themselves
VERBS = frozenset(
    "竣工 完工 续建 开工 新开工 开复工 建成 完成 实施 引进 实现 形成 解决 解决了 累计 其中 合计 总计"
    " 比上年 同比 同口径 可比 净增 新增 增加 签约 投用 在建".split()
)
# verbs that name a sum of money when nothing else does (投入850万元): a fragment only when the
# figure is not money
SPENDING = frozenset("投入 共投入 安排 筹集 争取 发放 拨付 兑现 兑付 下达 募集".split())
ALONE = frozenset(("城镇", "农村", "总数", "同口径", "可比"))

# the classes reported, in order
CLASSES = (
    "empty",
    "增加到",
    "提高到",
    "other link",
    "是NNNN年",
    "五年",
    "other time",
    "占全省",
    "other scope",
    "城镇",
    "农村",
    "总数",
    "竣工",
    "other verb",
)


def fragment_kind(indicator: str, dimension: str = "") -> str | None:
    """The class of a fragment indicator, or None for an indicator that names something.

    >>> [fragment_kind(i) for i in ("", "增加到", "是2010年", "五年", "占全省", "城镇", "生产总值")]
    ['empty', '增加到', '是NNNN年', '五年', '占全省', '城镇', None]
    >>> fragment_kind("投入", "currency"), fragment_kind("投入", "count")
    (None, 'other verb')
    """
    i = indicator.strip()
    if not i:
        return "empty"
    if i in ("增加到", "提高到", "五年", "占全省", "城镇", "农村", "总数", "竣工"):
        return i
    if BASE.fullmatch(i):
        return "是NNNN年"
    if LINK.fullmatch(i):
        return "other link"
    if TIME.fullmatch(i):
        return "other time"
    if SCOPE.fullmatch(i):
        return "other scope"
    if i in VERBS or i in ALONE or (i in SPENDING and dimension != "currency"):
        return "other verb"
    return None
