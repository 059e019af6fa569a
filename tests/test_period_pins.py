"""Pins of rules of rounds 24 and 25 that no other test held: for each, a mutant of the rule
(an alternative dropped, a condition removed) passed tests/test_period.py and
tests/test_structure.py. Each case is a short report snippet modelled on a report of the corpus
(named where it is one), with the period or year a reader gives its figure.
"""

from __future__ import annotations

import pytest

from ningbo_indicators import extract

_REVIEW = "2021年政府工作报告\n一、“十三五”时期工作回顾\n五年来，我们砥砺奋进，新建学校120所。\n"
_WORK = "二、2021年工作安排\n地区生产总值增长6%左右。\n"
_ITEMS = (
    "五年来，我们主要做了以下工作：\n"
    "（一）推进创新发展。新增国家高新技术企业142家。\n"
    "（二）保障改善民生。新增医疗床位1.3万张。\n"
)
_LATER = "成绩来之不易。{}我们主要做了以下工作：\n（一）推进创新发展。新增企业142家。\n"


def _goals(year: int, title: str, body: str) -> str:
    """A report whose second section holds the goals of several years."""
    return (
        f"{year}年政府工作报告\n一、{year - 1}年工作回顾\n生产总值增长6%。\n二、{title}\n{body}\n"
        f"三、{year}年工作安排\n生产总值增长6%左右。\n"
    )


# (text, figure as written, period)
PERIOD_PINS = [
    # _DEADLINE: its verbs (建成投产), its adverbs (基本), the words before them (前)
    # (文山 2022, 日喀则 2023)
    ("力争重点项目上半年建成投产，新增发电装机容量60万千瓦。", "60万千瓦", "year"),
    ("确保重点项目上半年基本完成征地拆迁，新建标准厂房50万平方米。", "50万平方米", "year"),
    ("力争重大项目一季度前全部开工建设，新增工业产值100亿元。", "100亿元", "year"),
    # ... only where a clause follows the deadline: in its own clause the figure is the
    # part's (石家庄 2014, 南京 2024)
    ("一季度完成第二批17家水泥企业的拆除工作。", "17家", "part"),
    ("确保新开工重大项目上半年开工率达到75%、三季度全部开工。", "75%", "part"),
    # RE_SEVERAL_PARAGRAPH: “十五” quoted (天津 2006)
    (
        "2006年政府工作报告\n“十五”期间，全市实际直接利用外资103亿美元，年均增长32%。"
        "引进内资800亿元。\n",
        "800亿元",
        "years",
    ),
    # _ONE_YEAR_OPENING: 在刚刚过去的一年里 (苏州 2017); a year written with a space
    (
        "2017年政府工作报告\n一、本届政府的工作回顾\n五年来，我们新建学校120所。\n"
        "各位代表，在刚刚过去的一年里，我们认真落实目标任务。\n"
        "全市完成地区生产总值1.54万亿元，增长7.5%以上。\n二、2017年的主要任务\n"
        "地区生产总值增长7%左右。\n",
        "增长7.5%以上",
        "year",
    ),
    (
        _REVIEW
        + "刚刚过去的2020 年，我们统筹疫情防控和经济社会发展。新增城镇就业5.2万人。\n"
        + _WORK,
        "5.2万人",
        "year",
    ),
    (
        _REVIEW + "2020 年，我们统筹疫情防控和经济社会发展。新增城镇就业5.2万人。\n" + _WORK,
        "5.2万人",
        "year",
    ),
    # RE_YEAR_SENTENCE: the year alone after an exclamation mark
    (
        "2021年政府工作报告\n“十三五”时期是极不平凡的五年，越是艰难越向前！2020年，"
        "一般公共预算收入增长2.7%；居民消费价格涨幅为3.1%。新增城镇就业36.4万人。",
        "3.1%",
        "year",
    ),
    # _CHANGE_SINCE_AFTER: 分别 (烟台 2006), 末 (贵阳 2021), 增长 (广州 2016); a growth
    # before it is still the years'
    (
        "五年来，经济实力增强。全市销售收入过10亿元的企业达到47家，利税过亿元的企业60家，"
        "分别比2000年增加39家和49家。",
        "60家",
        "year",
    ),
    ("五年来，营商环境持续优化。市场主体68.72万户，比2015年末增加33.12万户。", "68.72万户", "year"),
    (
        "五年来，社会保障水平稳步提升。社会保险五险缴费人数2840.73万人次，比2010年增长58.46%。",
        "2840.73万人次",
        "year",
    ),
    (
        "五年来，居民收入较快增长。城镇居民人均可支配收入增长52%，比2012年增加1.3万元。",
        "增长52%",
        "years",
    ),
    # 其中 after a level: a count or amount only (a growth of the part is the years')
    ("五年来，对外开放扩大。进出口总额达到259亿美元，其中出口增长1.5倍。", "增长1.5倍", "years"),
    # _WHOLE_LEVEL: 增加到 (河北 2008), 实有, 突破
    (
        "五年来，县域经济加快发展。财政收入过亿元的县（市）由68个增加到121个，"
        "其中17个县（市）超10亿元。",
        "17个",
        "year",
    ),
    ("五年来，创新主体加快壮大。全市实有市场主体85万户，其中企业23万户。", "23万户", "year"),
    ("五年来，对外开放扩大。进出口总额突破200亿美元，其中出口120亿美元。", "120亿美元", "year"),
    # _WHOLE_OF_YEARS: 五年 (湖北 2011), 新建, 净增
    (
        "五年来，农业基础加强。全省涉农专项资金五年支出达到2620亿元，其中四项直补资金192亿元。",
        "192亿元",
        "years",
    ),
    ("五年来，住房保障加强。新建保障性住房超过10万套，其中公共租赁住房3万套。", "3万套", "years"),
    ("五年来，市场活力迸发。净增市场主体超过50万户，其中企业15万户。", "15万户", "years"),
    # ... read in the clause before 其中 only, not the whole sentence (贵州 2018)
    (
        "五年来，基础设施建设取得历史性突破。新增公路3.55万公里，总里程达到20万公里，"
        "其中高速公路5833公里。",
        "5833公里",
        "year",
    ),
    # RE_REVIEW_HEADING: 成效, 执行情况 (浙江 2011)
    (
        "2021年政府工作报告\n一、“十三五”时期发展成效\n新增城镇就业50万人。\n"
        "二、2021年工作安排\n新建学校12所。\n",
        "50万人",
        "years",
    ),
    (
        "2011年政府工作报告\n一、“十一五”规划执行情况\n新增城镇就业50万人。\n"
        "二、2011年工作安排\n新建学校12所。\n",
        "50万人",
        "years",
    ),
    # a heading of a review and of goals is of goals: the plan's task sections follow it
    (
        "2026年政府工作报告\n一、2025年工作回顾\n生产总值增长5.2%。\n"
        "二、“十四五”发展成效和“十五五”目标任务\n“十五五”时期主要目标是：全市生产总值年均增长5%左右。\n"
        "三、加快建设现代化产业体系\n新增4A级旅游景区6个以上。\n四、2026年工作安排\n"
        "地区生产总值增长5%左右。\n",
        "6个以上",
        "years",
    ),
    # an unnumbered review title holds the numbered sections up to one of the years ahead
    # (太原 2002)
    (
        "2002年政府工作报告\n本届政府五年工作回顾\n一、经济实力明显增强\n国内生产总值年均增长8.4%。\n"
        "二、对下届政府工作的建议\n今年我市经济社会发展的主要预期目标是：国内生产总值430亿元，"
        "比上年增长10%；规模以上工业增加值111亿元，增长10%。\n",
        "111亿元",
        "year",
    ),
    # _ItemRuns.after: a run ends at a heading of the first level (呼和浩特 2022)
    (
        "2022年政府工作报告\n一、2021年工作回顾\n生产总值增长6%。\n二、今后五年主要任务\n"
        "今后五年，我们将重点抓好以下工作：\n（一）全力推进首府强实力。新增高新技术企业500家。\n"
        "三、2022年工作安排\n主要预期目标是：地区生产总值增长7%左右。\n"
        "（一）着力扩大投资。新建学校12所。\n",
        "增长7%左右",
        "year",
    ),
    # ... its items follow on the next line, not after another paragraph (七台河 2022)
    (
        "2022年政府工作报告\n一、过去五年和2021年工作回顾\n"
        "五年来，我们坚持创新驱动发展战略，新增高新技术企业120家。\n"
        "各位代表，过去的五年，我们精诚团结，奋力拼搏。\n"
        "各位代表，刚刚过去的2021年是我市历史上极不平凡的一年。一年来，我们主要做了以下工作：\n"
        "（一）产业项目建设取得重大进展。全年新开工项目130个。\n"
        "（二）民生保障能力稳步提升。新增城镇就业1.2万人。\n"
        "各位代表，在充分肯定成绩的同时，我们也清醒看到不足。\n二、2022年工作安排\n"
        "地区生产总值增长6%左右。\n",
        "1.2万人",
        "year",
    ),
    # ... blank lines between paragraphs, as Markdown writes them (浙江 2018, 哈尔滨 2011)
    (
        "功崇惟志，业广惟勤。五年来，我们勇毅笃行，重点抓了以下工作。\n\n"
        "（一）推进生态建设。完成营造林173.28万亩。\n",
        "173.28万亩",
        "years",
    ),
    (_ITEMS.replace("\n", "\n\n"), "142家", "years"),
    (
        "过去的四年，是极不平凡的四年。\n\n——创新能力显著提升。新增国家高新技术企业142家。\n\n"
        "——民生持续改善。新增医疗床位1.3万张。\n",
        "1.3万张",
        "years",
    ),
    # _RUN_ENDS: 回顾 a year, a year with a space, 明年
    (
        _ITEMS + "回顾2020年，我们统筹疫情防控和经济社会发展。新增城镇就业5.2万人。\n",
        "5.2万人",
        "year",
    ),
    (
        "2021年政府工作报告\n" + _ITEMS + "2020 年全市上下统筹疫情防控和经济社会发展。"
        "新增城镇就业5.2万人。\n",
        "5.2万人",
        "year",
    ),
    (_ITEMS + "明年是“十四五”开局之年。新建学校12所。\n", "12所", "year"),
    # _looks_back: blanks before a sentence; a later sentence on this year or the next
    (_LATER.format("\u3000五年来，"), "142家", "years"),
    (
        "2021年政府工作报告\n五年来，我们砥砺前行。今年是“十四五”开局之年，我们将重点抓好以下工作：\n"
        "（一）稳投资。新建学校12所。\n",
        "12所",
        "year",
    ),
    (
        "2021年政府工作报告\n五年来，我们砥砺前行。明年是“十四五”开局之年，我们将重点抓好以下工作：\n"
        "（一）稳投资。新建学校12所。\n",
        "12所",
        "year",
    ),
    # RE_LOOKING_BACK: 这五年 (昆明 2026), 五年间, 近五年来
    (_LATER.format("这五年，"), "142家", "years"),
    (_LATER.format("五年间，"), "142家", "years"),
    (_LATER.format("近五年来，"), "142家", "years"),
]


@pytest.mark.parametrize(("text", "figure", "period"), PERIOD_PINS)
def test_period_pins(text, figure, period):
    found = [r for r in extract(text) if r.text == figure]
    assert found, f"no record {figure}"
    assert found[0].period == period


_THREE_STEPS = _goals(
    2003,
    "今后五年的目标任务",
    "市委制定了现代化建设“三步走”战略：2005年，全市国内生产总值超过1000亿元，比2000年翻一番；"
    "2010年，全市国内生产总值超过2000亿元，比2000年翻两番。",
)

# (text, figure, status, period, year)
YEAR_PINS = [
    # goal_year's openings: 确保 (山西 2013), after a full stop (郑州 2014), a colon and a
    # semicolon (东莞 2003)
    (
        _goals(
            2013,
            "今后五年的目标任务",
            "确保2017年地区生产总值达到2万亿元以上，财政总收入达到4500亿元以上。",
        ),
        "4500亿元以上",
        ("target", "years", 2017),
    ),
    (
        _goals(
            2014,
            "今后五年的目标任务",
            "今后五年，努力实现以下主要目标：综合经济实力显著增强。"
            "2018年全市地区生产总值突破1万亿元，人均地区生产总值突破10万元。",
        ),
        "突破1万亿元",
        ("target", "years", 2018),
    ),
    (_THREE_STEPS, "超过1000亿元", ("target", "years", 2005)),
    (_THREE_STEPS, "超过2000亿元", ("target", "years", 2010)),
    # the plan's end after 力争 or a comma (九江 2016, 重庆 2021)
    (
        _goals(
            2016,
            "“十三五”时期的主要目标和任务",
            "优化城市空间布局，力争“十三五”末中心城区人口达100万，建成区面积达300平方公里。",
        ),
        "300平方公里",
        ("target", "years", 2020),
    ),
    (
        _goals(
            2021,
            "“十四五”时期的主要目标和任务",
            "建设现代化教育强市，“十四五”末公办园在园幼儿占比、高等教育毛入学率分别达到55%、60%。",
        ),
        "55%",
        ("target", "years", 2025),
    ),
    # 年底前
    (
        _goals(
            2021,
            "“十四五”时期的主要目标和任务",
            "全面推进城市更新，在2025年底前完成老旧小区改造1200个。",
        ),
        "1200个",
        ("target", "years", 2025),
    ),
    # only a goal of several years: this year's figure after a later deadline keeps the plan
    # year, and so does a review's figure after a goal it reached early
    (
        "2021年政府工作报告\n一、2020年工作回顾\n生产总值增长3%。\n二、2021年工作安排\n"
        "全力推进5G建设，2025年前实现城乡全覆盖，今年新建5G基站5000个。\n",
        "5000个",
        ("target", "year", 2021),
    ),
    (
        "2018年政府工作报告\n一、过去五年工作回顾\n"
        "五年来，我们提前三年实现到2020年全市生产总值比2010年翻一番的目标。\n"
        "二、2018年工作安排\n生产总值增长7%。\n",
        "一番",
        ("actual", "years", 2017),
    ),
]


@pytest.mark.parametrize(("text", "figure", "want"), YEAR_PINS)
def test_year_pins(text, figure, want):
    found = [r for r in extract(text) if r.text == figure]
    assert found, f"no record {figure}"
    assert (found[0].status, found[0].period, found[0].year) == want
