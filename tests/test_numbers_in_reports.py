"""Number reading on any report: signs only where written, numbers broken by PDF spacing,
compound units, thresholds that name a class. Cases are spellings from the reports of
../shared/corpus/more (the report each comes from is named in the comment)."""

from __future__ import annotations

from typing import NamedTuple

import pytest

from ningbo_indicators import extract


class Case(NamedTuple):
    text: str
    figure: str  # the mention's text
    value: float
    unit: str


# A sign is only a written -, − or 负 right before the number, never the 负 of a word.
SIGN_CASES = [
    Case("为企业减负674亿元。", "674亿元", 674, "亿元"),  # provinces/山东省/2021
    Case("出台降本减负36条。", "36条", 36, "条"),  # cities/兰州市/2025
    Case("农民人均减负27.6元。", "27.6元", 27.6, "元"),  # cities/昆明市/2005
    Case("再为企业减负70亿元以上。", "70亿元以上", 70, "亿元"),  # prefectures/丽水市/2021
    Case("出口增长负3.9%。", "增长负3.9%", -3.9, "%"),
    Case("工业增加值下降-2.2%。", "下降-2.2%", -2.2, "%"),
]

# Numbers cut by PDF spacing: one number where the break is plainly inside it.
BROKEN_CASES = [
    Case("地方一般预算收入907. 23亿元，", "907. 23亿元", 907.23, "亿元"),  # provinces/广东省/2001
    Case("分别比上年增长7. 9％和11. 4％", "增长7. 9％", 7.9, "%"),  # provinces/广东省/2001
    Case("去年财政收入达到\u20022. 11亿元，", "2. 11亿元", 2.11, "亿元"),  # cities/拉萨市/2002
    Case("已批准出售公房1 8万套，", "1 8万套", 18, "万套"),  # cities/南昌市/1999
    Case("创建 4 1 个教育强镇（街）", "4 1 个", 41, "个"),  # prefectures/茂名市/2014
    Case("力争引进 2 5 0亿元以上", "2 5 0亿元以上", 250, "亿元"),  # prefectures/韶关市/2016
    Case("城镇居民人均可支配收入34 065元，", "34 065元", 34065, "元"),  # cities/杭州市/2012
    Case("竣工35 144套。", "35 144套", 35144, "套"),  # cities/杭州市/2013
    Case("地区生产总值突破 1000亿元大关", "突破 1000亿元", 1000, "亿元"),  # prefectures/韶关市/2016
    Case("固定资产投资增长 62.2 %，", "增长 62.2 %", 62.2, "%"),  # prefectures/茂名市/2014
    # a line break between the growth verb and the rate (a page of the source): one mention
    Case(
        "农民人均纯收入 1274 元，扣除物价因素增长\n5.6% 。", "增长\n5.6%", 5.6, "%"
    ),  # provinces/海南省/1995
    Case(
        "地方财政收入 29.7 亿元，增长 7.7% ;财政支出 42.1 亿元，增长\n\n5.3% 。",
        "增长\n\n5.3%",
        5.3,
        "%",
    ),  # provinces/海南省/1995
]
# Where the break cannot be told, nothing: never a record with part of the number.
BROKEN_NOTHING = [
    "已在全市23 10个单位建立公积金制度",  # cities/南昌市/1999: 2310? 23 and 10?
    "共有1 2.5 3个",
    # Scanned reports that wrote a full stop or a comma for the decimal point: the figure
    # after the stop is part of a number (12.2, not 2), but a rule cannot tell 12。2 from a
    # sentence end, so nothing (and never 2%).
    "比上年增长12。2%，其中第一产业增长6。6%",  # provinces/山东省/1997
    "社会消费品零售总额1715，7亿元，增长21。2%。",  # provinces/山东省/1997
    "载重汽车62，6万辆，",  # communiques/1991
    "建成通村水泥（沥青）路1。2万公里。",  # provinces/湖北省/2009
    "共12，34个",
    # A template's placeholders left in the text: a currency sign glued after a number or a
    # point is no sign, and none is written after a number (13$ is no 13 dollars)
    "“１３４６”行动计划项目共完成投资３２$1.$2亿元，其中列入计划项目完成投资１３$1.$2亿元。",  # cities/合肥市/2007
    "收入13$。",
]

# The communiqués of 1978-1983 and the State Council's report of 1980 separate thousands with a
# full-width comma: one number, never the part after the comma (33，212万吨 is not 212万吨).
THOUSANDS_CASES = [
    Case("粮食总产量35，343万吨，", "35，343万吨", 35343, "万吨"),  # communiques/1982
    Case("全国人口为99，622万人，", "99，622万人", 99622, "万人"),  # communiques/1981
    Case("化肥施用量1，659．8万吨", "1，659．8万吨", 1659.8, "万吨"),  # communiques/1983
    Case("由上年亏损9，000万元转为盈利", "9，000万元", 9000, "万元"),  # national/1980
    Case("社会商品零售总额1,753亿元，", "1,753亿元", 1753, "亿元"),
]

COMPOUND_UNIT_CASES = [
    Case("货物周转量546.4亿吨公里。", "546.4亿吨公里", 546.4, "亿吨公里"),
    Case("旅客周转量120亿人公里。", "120亿人公里", 120, "亿人公里"),
    Case("新增船舶运力767.8万载重吨，", "767.8万载重吨", 767.8, "万载重吨"),  # 儋州市/2022
    Case("新增变电容量120万千伏安。", "120万千伏安", 120, "万千伏安"),
    Case("审批时限压缩至30个工作日以内。", "30个工作日以内", 30, "个工作日"),  # 丹东市/2021
    Case("人口自然增长率控制在7.5‰以内。", "7.5‰以内", 7.5, "‰"),
    # trains run, wells, and days counted (after 天数)
    Case("物流港建设，开行国际班列220列，", "220列", 220, "列"),  # 德阳市/2023
    Case("关停自备井9804眼，", "9804眼", 9804, "眼"),  # 邢台市/2021-08
    Case("空气质量优良天数347天，", "347天", 347, "天"),  # 安康市/2023
    # units in Latin letters: power and computing power
    Case("隆基一二期11GW单晶硅棒项目", "11GW", 11, "GW"),  # 丽江市/2021
    Case("奥克阳光 200MW多晶硅锭等", "200MW", 200, "MW"),  # 锦州市/2014
    Case("数据中心算力规模达到2.91万P，", "2.91万P", 2.91, "万P"),  # 张家口市/2025
    Case("智算规模达到2077.8P、居", "2077.8P", 2077.8, "P"),  # 宿州市/2025
    Case("整治塘堰3500口，", "3500口", 3500, "口"),  # 荆门市/2016
    Case("保护区共关闭退出油气水井219口，", "219口", 219, "口"),  # 庆阳市/2018
    Case("农村推广沼气池 3000口", "3000口", 3000, "口"),  # 郴州市/2014
    Case("运动会长春赛区承办任务，以29块金牌的成绩", "29块", 29, "块"),  # 长春市/2013
]

# Sizes that name a class of things are thresholds, not figures (the counts of the class are).
THRESHOLD_CASES = [
    ("培育超百亿元企业5家。", ["5家"]),  # provinces/江西省/2012
    ("全市销售收入过10亿元的企业达到47家。", ["47家"]),  # cities/烟台市/2006
    ("推进亿元以上项目120个。", ["120个"]),
    ("继续推进20户以上自然村广播电视“村村通”。", []),  # cities/重庆市/2007
    ("扶持100户年进出口额超300万美元企业。", ["100户"]),  # prefectures/宣城市/2014
    ("长24米以上大中型渔船出海时", []),  # prefectures/江门市/2014
    ("新增减税降费超300亿元，", ["超300亿元"]),  # a figure: 超 then a comma
    ("地区生产总值迈上超千亿元大关。", ["超千亿元"]),  # a milestone, not a class
    ("每日单人单管最大检测能力超过20万份。", ["超过20万份"]),  # prefectures/绵阳市/2022
    # a class's size, then how many of it: the size is no figure (a PDF space may part 过 from it)
    # cities/唐山市/2016
    ("打造主营业务收入超300亿元企业2家、超100亿元5家、超10亿元18家。", ["2家", "5家", "18家"]),
    (
        "培育年产值过 10亿元龙头企业 1家、过 5亿元 4家、过亿元 40家以上。",
        ["1家", "4家", "40家以上"],
    ),
    ("亿元产业项目230个以上，其中过10亿元30个以上。", ["230个以上", "30个以上"]),  # 常德市/2021
    ("地区生产总值超5000亿元，3个县进入全国百强。", ["超5000亿元", "3个"]),  # a comma between
]


def _one(text: str, figure: str):
    hits = [r for r in extract(text) if r.text == figure]
    assert hits, [r.text for r in extract(text)]
    return hits[0]


@pytest.mark.parametrize(
    "case",
    SIGN_CASES + BROKEN_CASES + THOUSANDS_CASES + COMPOUND_UNIT_CASES,
    ids=lambda c: c.text,
)
def test_number(case):
    r = _one(case.text, case.figure)
    assert (r.value, r.unit) == (pytest.approx(case.value), case.unit)
    assert case.text[r.start : r.end] == r.text


# A comma between a number and the next clause stays a comma; a separator carries the subject
# across (98，255万人增加1，367万人: the subject of the increase is not 255万人).
COMMA_CASES = [
    ("增长5.6%，120个项目开工。", ["增长5.6%", "120个"]),
    ("2019，2020年分别完成3个和5个。", ["3个", "5个"]),
    # a sentence that ends on a rank, a decimal or a fraction ends no number
    ("排名全省第1。88%的村（社区）达到", ["88%"]),  # cities/东莞市/2023
    ("进入全省同类前10，20个优质专科创建", ["20个"]),  # prefectures/广元市/2024
    ("调整为19.1：34.2：46.7。68个重大产业项目建成", ["68个"]),  # prefectures/贺州市/2021
    ("产值占全国1/4，增长10%。", ["增长10%"]),  # cities/厦门市/2018
]


# Slogans and words that only look like numerals (spec: proper names and slogans are never
# records); a facility counted one by one is a count.
SLOGAN_CASES = [
    ("确保说一件、干一件、成一件。", []),  # cities/南京市/2024 and many more
    ("做到发现一户、帮扶一户、动态清零一户。", []),  # provinces/甘肃省/2022, 白银市/2023
    ("确保扶贫路上不漏一户、不落一人。", []),  # provinces/广东省/2019, 大连市/2020
    ("对群众关心的事，定一条办一条，条条算数；", []),  # prefectures/宜春市/2014
    ("建成垃圾焚烧发电厂一座、餐厨垃圾无害化处理厂一座。", ["一座", "一座"]),
    ("其中一等奖一项。", ["一项"]),
    # a spirit, not a multiple; a multiple written with its numeral is one
    ("展望未来发展，我们信心百倍。", []),  # cities/南昌市/2011, provinces/广东省/2009
    ("以百倍的努力，百倍的干劲，", []),
    ("进出口总额是1978年的一百倍。", ["一百倍"]),
    ("进出口额增长百倍", ["增长百倍"]),
    # a duration is no figure; 一列, 一眼 are words
    ("上海世博会历时184天，", []),  # communiques/2010
    ("水位超汛限运行长达91天。", []),  # prefectures/白城市/2014
    ("一眼望去，一列列火车驶过", []),
    ("一口气干到底，一块儿推进", []),
    ("建设10GWh储能电站，推进P2P风险出清，建设5G基站", []),
    # durations and places in a ranking
    ("地区生产总值结束6个季度负增长，", []),  # cities/沈阳市/2018
    ("溧阳市全国百强县排名提升22位，", []),  # prefectures/常州市/2021
    ("我市信用监测排名由上一年的252位升至目前的136位，", []),  # prefectures/四平市/2020
    # a lone financial numeral is the character of a word
    ("推进陆家嘴金融城管理体制创新", []),  # cities/上海市/2014
    ("宜昌市伍家岗区、荆门市高新区", []),  # provinces/湖北省/2022
    ("提升干部队伍对新业态、新模式", []),  # cities/南京市/2026
    ("中心和大陆对台贸易中心建设", []),  # cities/厦门市/2016
    ("新增资金伍拾万元", ["伍拾万元"]),
    ("增长零点五个百分点", ["增长零点五个百分点"]),
]


@pytest.mark.parametrize("text,figures", SLOGAN_CASES, ids=[c[0] for c in SLOGAN_CASES])
def test_slogans_and_words_that_look_like_numerals(text, figures):
    assert [r.text for r in extract(text)] == figures


@pytest.mark.parametrize("text,figures", COMMA_CASES, ids=[c[0] for c in COMMA_CASES])
def test_a_comma_that_separates_no_thousands(text, figures):
    assert [r.text for r in extract(text)] == figures


def test_a_thousands_separator_is_no_clause_end():
    text = "全国人口为99，622万人，比上年末的98，255万人增加1，367万人，增长1.4％。"
    got = {r.text: r.indicator for r in extract(text)}
    assert not any(d in (got["1，367万人"] + got["增长1.4％"]) for d in "0123456789")


@pytest.mark.parametrize("text", BROKEN_NOTHING)
def test_broken_number_that_cannot_be_told_gives_nothing(text):
    assert [r.text for r in extract(text)] == []


@pytest.mark.parametrize("text,figures", THRESHOLD_CASES, ids=[c[0] for c in THRESHOLD_CASES])
def test_thresholds(text, figures):
    assert [r.text for r in extract(text)] == figures


# The first numbers of a 分别 list share the last one's unit, and each pairs with its subject.
LIST_CASES = [
    (  # provinces/河北省/2002
        "龙型经济销售收入和利润增幅，分别高于全省工业平均水平1.7和4.9个百分点。",
        [
            ("1.7", 1.7, "个百分点", "龙型经济销售收入"),
            ("4.9个百分点", 4.9, "个百分点", "利润增幅"),
        ],
    ),
    (  # the shape of prefectures/南阳市 and others' five-year reviews
        "地区生产总值、固定资产投资分别是2010年的1.6、2.4倍。",
        [("1.6", 1.6, "倍", "地区生产总值"), ("2.4倍", 2.4, "倍", "固定资产投资")],
    ),
    (  # cities/济南市/2006: a piece of a number cut by a space is never a list item
        "分别提高3.5、13. 5和4.8个百分点。",
        [
            ("3.5", 3.5, "个百分点", ""),
            ("13. 5", 13.5, "个百分点", ""),
            ("4.8个百分点", 4.8, "个百分点", ""),
        ],
    ),
]


@pytest.mark.parametrize("text,expected", LIST_CASES, ids=[c[0] for c in LIST_CASES])
def test_lists_share_the_last_unit(text, expected):
    got = [(r.text, r.value, r.unit, r.indicator) for r in extract(text)]
    assert [g[:3] for g in got] == [e[:3] for e in expected]
    for g, e in zip(got, expected):
        if e[3]:
            assert g[3] == e[3]


# A percentage a rate verb brings to (提高到30%) is a level, unless what comes to it is itself a
# rate of growth (增速, 增幅, 涨幅, 增长率; never 人口自然增长率, a level).
RATE_LEVEL_CASES = [
    ("全市生产总值增速从一季度的-13.1%回升到1.5%", "1.5%", "growth"),  # prefectures/中山市/2021
    ("利润增速从上半年的0.08%回升至全年的13%", "13%", "growth"),  # prefectures/商丘市/2014
    ("去年居民消费价格涨幅回落到2.6%", "2.6%", "growth"),  # national/2013
    ("地区生产总值增速由一季度0.5%逐季回升到全年6.1%", "6.1%", "growth"),  # 中卫市/2016
    ("人口自然增长率由9.7‰下降到4.27‰", "4.27‰", "ratio"),  # cities/太原市/2006
    ("城镇化率提高到60%", "60%", "ratio"),
    # a rate of growth stated with 为 is a rate of growth: 涨幅为, 增幅为, 降幅为
    ("商品零售价格涨幅为0.8%", "0.8%", "growth"),  # national/1998
    ("居民消费价格涨幅为2.3%", "2.3%", "growth"),  # prefectures/珠海市/2021
    ("居民消费价格总水平涨幅为1.6%", "1.6%", "growth"),  # cities/苏州市/2016
    ("全年对外承包劳务完成营业额13.2亿元，增幅为111%", "111%", "growth"),  # provinces/湖北省/2009
    ("占比提高为30%", "30%", "ratio"),
    # not lower / higher than N% OF something is a share, not a rate of change
    ("城市低保标准不低于上年度人均可支配收入的20%", "20%", "ratio"),  # provinces/吉林省/2017
    ("确保基础研究投入比例不低于财政科技专项资金的30%", "30%", "ratio"),  # cities/深圳市/2019
    ("年末城镇登记失业率为4.05%，略低于上年末的4.09%", "4.09%", "ratio"),  # communiques/2013
    # a higher aim right after a growth target is the growth aimed at; not after a level
    ("地区生产总值增长5.5%以上，争取达到6%；", "6%", "growth"),  # cities/东莞市/2023
    (
        "地区生产总值增长8.5%，力争9%；全社会固定资产投资增长18%，力争20%",
        "20%",
        "growth",
    ),  # 厦门 2016
    ("城镇化率达到60%，力争达到62%", "62%", "ratio"),
    # a rate of growth named right after the figure, where nothing before it names one
    ("连续四年保持12%以上的增长速度", "12%以上", "growth"),  # provinces/西藏自治区/2005
    ("全市固定资产投资以15%的速度快速增长", "15%", "growth"),  # cities/长春市/2015
    ("渭河出境断面污染负荷连续两年以15％的速度下降", "15％", "growth"),  # provinces/陕西省/2009
    ("地区生产总值确定11%以上的增长目标", "11%以上", "growth"),  # prefectures/荆州市/2021
    # (ratiophr9) an adverb before the growth named after the figure; the economy's rate of growth
    ("固定资产投资实现29%的快速增长，收窄了经济下行速度", "29%", "growth"),  # 七台河 2014
    ("制造业投资连续11个月保持40%以上的高速增长", "40%以上", "growth"),  # 宿州 2025
    ("7.5%左右的经济增速，与去年相比，作了适当调整", "7.5%左右", "growth"),  # 湖北省 2020
    ("贡献了60%以上的GDP", "60%以上", "ratio"),
    ("省级科技专项资金继续保持20%增长，大力实施数字经济", "20%", "growth"),  # 黑龙江省 2023
    ("全年接待游客人数和旅游总收入保持20%以上增速。", "20%以上", "growth"),  # 朔州 2020
    ("全市科技进步贡献率由2015年的42%增长到54.1%。", "42%", "ratio"),  # 拉萨 2021
    # the level a rate of decline comes to is a rate of growth (a fall)
    ("在全面落实减税降费刚性政策下，地方级财政收入降幅收窄至2.4%", "2.4%", "growth"),  # 辽源 2021
    ("出口降幅由上半年的23%收窄到全年的16.6%", "16.6%", "growth"),  # national/2010
    # a higher aim after a growth target written as a range
    ("“十四五”时期地区生产总值年均增长8%—9%，力争10%以上", "10%以上", "growth"),  # 贺州 2021
]


@pytest.mark.parametrize("text,figure,kind", RATE_LEVEL_CASES, ids=[c[0] for c in RATE_LEVEL_CASES])
def test_the_level_a_rate_of_growth_comes_to(text, figure, kind):
    assert _one(text, figure).kind == kind


# The rate a fall comes to falls; a verb that ends a short line (a heading) is no verb of the
# figure on the next line
DIRECTION_CASES = [
    ("地方级财政收入降幅收窄至2.4%", "2.4%", "growth", "down"),  # prefectures/辽源市/2021
    (
        "搞活现有资金存量，严格清理逾期贷款，使逾期贷款额下降\n\n15%\n\n左右。",
        "下降\n\n15%",
        "growth",
        "down",
    ),  # provinces/海南省/1995
    ("## 推动经济增长\n\n5.3%的目标", "5.3%", "ratio", None),
    # a heading longer than the short-line reach (20 characters) is still a heading
    (
        "## 三、坚持稳中求进，推动全市经济实现质的有效提升和量的合理增长\n\n5.3%的目标",
        "5.3%",
        "ratio",
        None,
    ),
]


@pytest.mark.parametrize(
    "text,figure,kind,direction", DIRECTION_CASES, ids=[c[0] for c in DIRECTION_CASES]
)
def test_the_direction_of_a_rate(text, figure, kind, direction):
    record = _one(text, figure)
    assert (record.kind, record.direction) == (kind, direction)


# A glossary appended to a report defines terms; its numbers are no figures of the report. It
# ends at the first paragraph that is no entry (an appendix, a list of the year's projects).
GLOSSARY_CASES = [
    (  # provinces/西藏自治区/2007
        "## 二、2007年工作安排\n新建学校5所。\n\n**政府工作报告专业术语名词解释**\n\n"
        "农村电影“2131”工程：是指21世纪1个建制村1个月放映1场电影。\n\n",
        ["5所"],
    ),
    (  # prefectures/孝感市/2023: numbered entries
        "## 二、2023年工作安排\n新建学校5所。\n\n附件：名词解释\n\n"
        "〔3〕“2+1+N”招商工作机制：指构建2名市“四大家”班子成员、1名二级巡视员的全员招商体系。\n",
        ["5所"],
    ),
    (  # prefectures/株洲市/2014: the year's projects after the glossary are figures again
        "## 二、2014年工作安排\n新建学校5所。\n\n名词解释：\n\n1、“四化两型”：“四化”即新型工业化。\n\n"
        "十大重点改革和民生工程\n\n1、新建乡镇公厕100所。\n",
        ["5所", "100所"],
    ),
    (  # ningbo/2003: a term on a line of its own, then its explanation
        "## 二、2003年工作安排\n新建学校5所。\n\n名词解释\n\n四区三园、江湖港桥\n\n"
        "解释：“四区”指宁波经济技术开发区等4个开发区。\n\n直通关指由海关总署提出的1种通关模式。\n",
        ["5所"],
    ),
]


@pytest.mark.parametrize("text,figures", GLOSSARY_CASES, ids=[c[0][-30:] for c in GLOSSARY_CASES])
def test_a_glossary_gives_no_record(text, figures):
    assert [r.text for r in extract(text)] == figures


def test_the_glossary_heading_is_the_engines_first_match():
    """exclude._glossary_heading tries RE_GLOSSARY at the lines that hold 名词解释 only: the
    same match as the engine's search, on every report of the corpus that holds the word, on
    the cases above and on random lines."""
    import random

    from conftest import all_corpus_files

    from ningbo_indicators.extractors import exclude
    from ningbo_indicators.numbers import fold

    texts = [c[0] for c in GLOSSARY_CASES]
    texts += [t for p in all_corpus_files() if "名词解释" in (t := fold(p.read_text("utf-8")))]
    pieces = [
        "名词解释",
        "附件：",
        "**",
        "\n",
        "\n\n",
        "相关",
        "见",
        "。",
        " ",
        "：",
        "政府工作报告",
        "《",
    ]
    rng = random.Random(15)
    texts += ["".join(rng.choice(pieces) for _ in range(rng.randint(1, 12))) for _ in range(5000)]
    for text in texts:
        found, heading = exclude.RE_GLOSSARY.search(text), exclude._glossary_heading(text)
        assert (found and found.span()) == (heading and heading.span()), text[:60]
