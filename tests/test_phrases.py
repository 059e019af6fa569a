"""The indicator phrase, rule by rule: sentences quoted from reports of the corpus, each with
the indicator a reader gives one of its figures (EXTRACTION-SPEC.md: the shortest phrase that
still names the subject, leading scope words such as 全省/全市 dropped, never a link word).

Every case names the report it is quoted from (a path under ../shared/corpus); where the
corpus is present, a test checks the sentence is there word for word.
"""

from __future__ import annotations

from dataclasses import dataclass

import pytest
from conftest import CORPUS, needs_corpus
from pattern_util import first_characters, last_characters

from ningbo_indicators import extract


@dataclass(frozen=True)
class Case:
    source: str  # the report it is quoted from, relative to ../shared/corpus
    sentence: str
    mention: str  # the record's text
    indicator: str
    nth: int = 0  # which record with that text, when the sentence has several


# 由/从 X 增加到 Y: both figures measure the subject before 由/从 (never 增加到)
FROM_TO_CASES = [
    # a two-character link (上升至, 下降至) goes whole, never leaving a stub (上, 下)
    Case(
        "more/prefectures/攀枝花市/2022.md",
        "城镇登记失业率由4.0%下降至3.7%",
        "3.7%",
        "城镇登记失业率",
    ),
    Case("more/prefectures/滁州市/2016.md", "工业化率由42.9%上升到48.1%", "48.1%", "工业化率"),
    Case(
        "more/prefectures/滁州市/2016.md",
        "全社会研发投入占GDP比重由0.6%上升至1.8%",
        "1.8%",
        "全社会研发投入占GDP比重",
    ),
    Case(
        "more/prefectures/韶关市/2016.md",
        "市区建成区由 2010年的 78平方公里拓展到 99.2平方公里，常住人口由 79.3万人增加到 102.6万人。",
        "78平方公里",
        "市区建成区",
    ),
    Case(
        "more/prefectures/韶关市/2016.md",
        "市区建成区由 2010年的 78平方公里拓展到 99.2平方公里，常住人口由 79.3万人增加到 102.6万人。",
        "102.6万人",
        "常住人口",
    ),
    Case(
        "more/provinces/山东省/1998.md",
        "“四五”扶贫攻坚取得决定性胜利，全省贫困人口由1992年的430万人减少到25万人，"
        "按省定标准贫困县由24个减少到1个。",
        "430万人",
        "贫困人口",
    ),
    Case(
        "more/provinces/山东省/1998.md",
        "“四五”扶贫攻坚取得决定性胜利，全省贫困人口由1992年的430万人减少到25万人，"
        "按省定标准贫困县由24个减少到1个。",
        "1个",
        "贫困县",
    ),
    Case(
        "more/prefectures/黔西南布依族苗族自治州/2021.md",
        "基础能源快速发展，煤炭年产量从934万吨增加到1553万吨，普安、贞丰等火电厂建成发电，"
        "电力装机容量从853万千瓦增加到1500万千瓦，年发电量从295.8亿度增加到340.7亿度；",
        "934万吨",
        "煤炭年产量",
    ),
    Case(
        "more/prefectures/资阳市/2021.md",
        "城市低保月保障标准从370元提高到590元，农村低保月保障标准从190元提高到390元。",
        "590元",
        "城市低保月保障标准",
    ),
]

# 是2015年的1.3倍, 高于全省0.3个百分点: a comparison names no subject; the figure before does
COMPARISON_CASES = [
    Case(
        "more/prefectures/常州市/2021.md",
        "一般公共预算收入达616.6亿元，是2015年的1.3倍，年均增长6.4%。",
        "1.3倍",
        "一般公共预算收入",
    ),
    Case(
        "more/prefectures/徐州市/2016.md",
        "一般公共预算收入完成530.7亿元，是2010年的2.4倍；",
        "2.4倍",
        "一般公共预算收入",
    ),
    Case(
        "more/prefectures/濮阳市/2014.md",
        "规模以上工业增加值643.74亿元，是2008年的1.9倍；",
        "1.9倍",
        "规模以上工业增加值",
    ),
    Case(
        "more/prefectures/丽水市/2021.md",
        "一般公共预算收入由2015年的94.51亿元增加到143.86亿元，年均增长8.8%，高于全省0.3个百分点；",
        "0.3个百分点",
        "一般公共预算收入",
    ),
]

# 五年累计, 五年年均: a span of time opening the phrase is dropped
# a dash opening the item of a list is no part of the indicator
DASH_CASES = [
    Case(
        "more/prefectures/克拉玛依市/2020.md",
        "——工业增加值增长6%左右；",
        "增长6%左右",
        "工业增加值",
    ),
    Case(
        "more/cities/南昌市/1999.md",
        "——社会消费品零售总额增长10%，",
        "增长10%",
        "社会消费品零售总额",
    ),
    Case("more/cities/苏州市/2016.md", "——高等教育毛入学率达到70%；", "70%", "高等教育毛入学率"),
    Case(
        "more/provinces/辽宁省/2001.md",
        "——乡镇企业增加值年均增长12%，",
        "增长12%",
        "乡镇企业增加值",
    ),
]

TIME_CASES = [
    # a year in Chinese numerals is a date like 2015年 (the communiqués of 1978-1985)
    Case(
        "communiques/1978.md",
        "一九七八年全国完成基本建设投资总额四百七十九亿元",
        "四百七十九亿元",
        "基本建设投资总额",
    ),
    Case("communiques/1984.md", "一九八四年末全国医院病床达到216．8万张", "216．8万张", "医院病床"),
    Case(
        "communiques/1985.md", "一九八五年全国进出口总额达696.2亿美元", "696.2亿美元", "进出口总额"
    ),
    Case(
        "more/prefectures/宣城市/2016.md",
        "五年累计完成固定资产投资4848亿元，年均增长21%。",
        "4848亿元",
        "固定资产投资",
    ),
    Case(
        "more/cities/海口市/2006.md",
        "2005年全市接待过夜游客512.2万人次，五年年均增长9.5%;旅游总收入47.2亿元，五年年均增长12.6%。",
        "增长12.6%",
        "旅游总收入",
    ),
    Case(
        "more/prefectures/酒泉市/2016.md",
        "扶贫攻坚成效显著，贫困人口由12.01万人减少到2.65万人，五年减少9.36万人。",
        "9.36万人",
        "贫困人口",
    ),
]

# 占全省的46%: a share of the whole place is named by the subject before 占; a share of
# another quantity keeps it (占地区生产总值比重)
SHARE_CASES = [
    Case(
        "more/cities/太原市/2004.md", "房地产交易额64.5亿元，占全省的46%。", "46%", "房地产交易额"
    ),
    Case(
        "more/cities/昆明市/2026.md",
        "全社会研发投入占全省比重达42%、居全省第一。",
        "42%",
        "全社会研发投入",
    ),
    Case(
        "more/prefectures/保山市/2023.md",
        "民营经济完成增加值830.3亿元、增长7%，占地区生产总值比重达65.8%、排全省第1位。",
        "65.8%",
        "民营经济增加值占地区生产总值比重",
    ),
    # a share of the year's plan, written 为年度计划(投资)的: the key projects' completion named before
    Case(
        "more/cities/福州市/2016.md",
        "595项市级重点项目完成投资2367.17亿元，为年度计划的115.2%；",
        "115.2%",
        "市级重点项目投资完成率",
    ),
    Case(
        "more/prefectures/咸阳市/2014.md",
        "新开工保障性住房29304套，完成投资64.5亿元，占年度计划的119%。",
        "119%",
        "投资占年度计划",
    ),
    # a share of the fiscal resources (财力), and what it went to, written after the figure
    Case(
        "more/cities/西安市/2015.md",
        "全市一般公共预算支出的81.7%和新增财力的83.9%用于民生，",
        "83.9%",
        "新增财力用于民生",
    ),
    Case(
        "more/provinces/宁夏回族自治区/2015.md",
        "一切为了群众，心里装着群众，将74.4%的财力用于改善民生，",
        "74.4%",
        "财力用于改善民生",
    ),
    # a share of the government's service items, and the way they are done, after the figure
    Case(
        "more/prefectures/濮阳市/2021.md",
        "提高审批和服务事项网上办理率，95%以上政务服务事项实现“最多跑一次”，",
        "95%以上",
        "政务服务事项最多跑一次比例",
    ),
    Case(
        "more/prefectures/克拉玛依市/2020.md",
        "80%以上政务服务事项实现在线办理，2490项实现“最多跑一次”，",
        "80%以上",
        "政务服务事项网上办理率",
    ),
    Case(
        "more/cities/成都市/2023.md",
        "实现依申请类政务服务事项100%“最多跑一次”、90%以上“可全程网办”，",
        "100%",
        "依申请类政务服务事项最多跑一次比例",
    ),
    # a bare cut after the approval items it cut, in the same clauses; a part named instead (市辖区)
    Case(
        "more/prefectures/包头市/2015.md",
        "市本级行政审批事项由269项减少到43项，减幅84%；市辖区保留23项，减幅70%；",
        "84%",
        "行政审批事项减幅",
    ),
    Case(
        "more/prefectures/包头市/2015.md",
        "市本级行政审批事项由269项减少到43项，减幅84%；市辖区保留23项，减幅70%；",
        "70%",
        "减幅",
    ),
    Case(
        "more/cities/太原市/2006.md",
        "累计取消行政审批和收费项目600项，减幅达71%，",
        "71%",
        "减幅",
    ),
    # two ways for one figure: neither is read
    Case(
        "more/cities/北京市/2021.md",
        "98%的政务服务事项实现了网上办、“最多跑一次”，",
        "98%",
        "政务服务事项",
    ),
]

# 城镇、农村居民人均可支配收入分别…: the urban and rural halves of a statistic each take its
# head; another short first item shares the last item's head only where the phrase so made is
# written; else the whole list as written
SHARED_HEAD_CASES = [
    # 零售额 is a head short items share, as 销售额 is (round 25)
    Case(
        "more/prefectures/扬州市/2023.md",
        "汽车、家电零售额分别增长18%、10%",
        "增长18%",
        "汽车零售额",
    ),
    # one character names nothing alone: it takes the head after the last item's character
    Case(
        "more/prefectures/阿坝藏族羌族自治州/2014.md",
        "肉、奶总产量分别增长 5%和 2%",
        "增长 5%",
        "肉总产量",
    ),
    Case(
        "more/prefectures/衡水市/2016.md",
        "肉、蛋、奶产量分别达到51万吨、42万吨和33万吨",
        "42万吨",
        "蛋产量",
    ),
    Case(
        "more/prefectures/呼伦贝尔市/2025.md",
        "二、三级子企业分别压减24.5%和31%",
        "压减24.5%",
        "二级子企业",
    ),
    Case(
        "more/prefectures/莆田市/2014.md",
        "第一、二、三产业增加值分别增长3.5%、13.5%、13%",
        "13.5%",
        "第二产业增加值",
    ),
    Case(
        "more/cities/贵阳市/2021.md",
        "城镇、农村居民人均可支配收入分别增长8%和9%，金融机构人民币存贷款余额分别增长10%和15%，"
        "绿色经济、数字经济占地区生产总值比重分别为47%和39%；",
        "增长8%",
        "城镇居民人均可支配收入",
    ),
    Case(
        "more/cities/贵阳市/2021.md",
        "城镇、农村居民人均可支配收入分别增长8%和9%，金融机构人民币存贷款余额分别增长10%和15%，"
        "绿色经济、数字经济占地区生产总值比重分别为47%和39%；",
        "9%",
        "农村居民人均可支配收入",
    ),
    # 城乡居民…分别 with two figures: urban residents' first, rural residents' second
    Case(
        "more/cities/拉萨市/2023.md",
        "城乡居民人均可支配收入分别增长10%、13%",
        "增长10%",
        "城镇居民人均可支配收入",
    ),
    Case(
        "more/cities/拉萨市/2023.md",
        "城乡居民人均可支配收入分别增长10%、13%",
        "13%",
        "农村居民人均可支配收入",
    ),
]

# lists of statistics with as many figures: each figure takes its item, the items sharing what
# the list leaves unsaid (the head of the last item, the modifier of the first)
LIST_SPLIT_CASES = [
    # items with the same opening word that each name a statistic of their own stand alone
    Case(
        "more/prefectures/巴中市/2023.md",
        "旅游人次、旅游综合收入预计分别增长17.47%、15.24%。",
        "增长17.47%",
        "旅游人次",
    ),
    Case(
        "more/cities/郑州市/2019.md",
        "PM10、PM2.5年均浓度同比分别下降10.2%、4.5%，超额完成国家和省定目标",
        "下降10.2%",
        "PM10",
    ),
    # … and share the head where neither names one alone (进口和出口整体通关时间)
    Case(
        "more/provinces/广东省/2019.md",
        "口岸进口和出口通关时间分别比上年压缩56.7%、59.8%，贸易便利化水平明显提升。",
        "压缩56.7%",
        "口岸进口和出口通关时间",
    ),
    # a list longer than the clause window stays one list
    Case(
        "more/prefectures/攀枝花市/2022.md",
        "地区生产总值、规上工业增加值、全社会固定资产投资、社会消费品零售总额、地方一般公共预算收入"
        "分别增长8.3%、9.9%、11%、18.3%、31.7%",
        "31.7%",
        "地方一般公共预算收入",
    ),
    Case(
        "more/prefectures/黄石市/2022.md",
        "地区生产总值、规模以上工业增加值、固定资产投资、社会消费品零售总额、地方公共财政预算收入、"
        "外贸出口年均分别增长6.1%、7.5%、7.6%、5.2%、3.7%、5.6%",
        "5.6%",
        "外贸出口",
    ),
    # 城乡常住居民…分别: urban residents' first, rural residents' second
    Case(
        "more/prefectures/鄂尔多斯市/2015.md",
        "城乡常住居民人均可支配收入分别增长8.5%和11%，达到34983元和13439元",
        "11%",
        "农村常住居民人均可支配收入",
    ),
    Case(
        "more/provinces/云南省/2017.md",
        "城乡常住居民人均可支配收入分别增长8.5%、9.4%，城镇登记失业率控制在3.6%以内",
        "增长8.5%",
        "城镇常住居民人均可支配收入",
    ),
    # …分别从…、…提高到…、…, then 年均分别增长 in a clause of its own
    Case(
        "more/cities/青岛市/2016.md",
        "城乡居民人均可支配收入分别从24380元、9326元提高到40370元、16730元，年均分别增长10.6%、12.4%",
        "16730元",
        "农村居民人均可支配收入",
    ),
    Case(
        "more/cities/青岛市/2016.md",
        "城乡居民人均可支配收入分别从24380元、9326元提高到40370元、16730元，年均分别增长10.6%、12.4%",
        "12.4%",
        "农村居民人均可支配收入",
    ),
    Case(
        "more/prefectures/丹东市/2021.md",
        "城乡常住居民人均可支配收入年均分别增长5.5%和7.8%，为实现高质量发展奠定了坚实基础",
        "7.8%",
        "农村常住居民人均可支配收入",
    ),
    # 城乡低保…分别: the urban allowance first (城市低保), the rural second; other 城乡… are
    # compounds and stay whole
    Case(
        "more/prefectures/莆田市/2014.md", "城乡低保标准分别提高32%和60%", "提高32%", "城市低保标准"
    ),
    Case("more/prefectures/莆田市/2014.md", "城乡低保标准分别提高32%和60%", "60%", "农村低保标准"),
    Case(
        "more/prefectures/鞍山市/2016.md",
        "城乡最低生活保障标准分别提高5%和10%",
        "10%",
        "农村最低生活保障标准",
    ),
    Case(
        "more/prefectures/广元市/2024.md",
        "城乡特困人员供养标准分别上调78元、69元",
        "78元",
        "城市特困人员供养标准",
    ),
    Case(
        "more/prefectures/齐齐哈尔市/2016.md",
        "城乡管理网格覆盖率分别达到98%和95%",
        "95%",
        "城乡管理网格覆盖率",
    ),
    # a population named whole takes the statistic of the last item
    Case(
        "more/prefectures/泰安市/2020.md",
        "城镇居民、农村居民人均可支配收入分别增长7%和7.5%",
        "增长7%",
        "城镇居民人均可支配收入",
    ),
    Case(
        "more/cities/西安市/2024.md",
        "深化社会保险制度改革，城市居民和农村居民最低生活保障标准分别提高8%和16%",
        "提高8%",
        "城市居民最低生活保障标准",
    ),
    # 第一、二、三产业: the first ordinal takes the head too
    Case(
        "more/prefectures/三亚市/2014.md",
        "2013年全市第一、二、三产业增加值分别增长6.4％、9.2％和11.1％",
        "增长6.4％",
        "第一产业增加值",
    ),
    # a bare statistic after the first item is of what the first item's statistic is of
    Case(
        "more/prefectures/泰州市/2021.md",
        "规上工业增加值、利润分别增长6.4%、8.5%，净增规上工业企业277家",
        "8.5%",
        "规上工业利润",
    ),
    Case(
        "more/cities/广州市/1999.md",
        "农业总产值和增加值分别增长4.6%和4.1%，花卉、蔬菜成为我市农业支柱产业",
        "4.1%",
        "农业增加值",
    ),
    Case(
        "more/prefectures/梧州市/2023.md",
        "力争规上工业总产值和增加值分别增长15%和10%左右，第二产业增加值增长8.6%",
        "10%左右",
        "规上工业增加值",
    ),
    # sums in two currencies form one list, and the growth figures after it follow
    Case(
        "more/prefectures/莱芜市/2014.md",
        "社会消费品零售总额、进出口总值达到256亿元、24.4亿美元，分别增长12.5%和14.7%",
        "24.4亿美元",
        "进出口总值",
    ),
    Case(
        "more/prefectures/莱芜市/2014.md",
        "社会消费品零售总额、进出口总值达到256亿元、24.4亿美元，分别增长12.5%和14.7%",
        "14.7%",
        "进出口总值",
    ),
    # the three sectors named at once, in turn
    Case(
        "more/cities/成都市/2023.md",
        "其中三次产业增加值分别增长2%、5%和7%以上",
        "5%",
        "第二产业增加值",
    ),
    Case(
        "more/provinces/贵州省/2019.md",
        "一二三产业分别增长6.8%、9.5%和10%",
        "10%",
        "第三产业",
    ),
    Case(
        "more/prefectures/齐齐哈尔市/2016.md",
        "一产、二产、三产增加值年均分别增长8.2%、7.1%和8.6%",
        "增长8.2%",
        "一产增加值",
    ),
    Case(
        "more/cities/烟台市/2006.md",
        "一、二、三次产业增加值分别达到193.5亿元、1228.4亿元和590.6亿元",
        "1228.4亿元",
        "第二产业增加值",
    ),
    # …分别增加5.83亿元、…: changes (a census revision), never taken for the sectors' levels
    Case(
        "more/prefectures/平凉市/2020.md",
        "一二三产增加值分别增加5.83亿元、14.22亿元、17.11亿元",
        "14.22亿元",
        "一二三产增加值",
    ),
    # industries listed before one statistic each take it
    Case(
        "more/cities/贵阳市/2022.md",
        "农业、规模以上工业、服务业增加值分别增长6.5%、10.5%和6.5%左右",
        "增长6.5%",
        "农业增加值",
    ),
    Case(
        "more/cities/无锡市/2017.md",
        "万元GDP能耗、水耗分别下降26.1%、25.3%",
        "25.3%",
        "万元GDP水耗",
    ),
    # an item that names a statistic by itself stands alone …
    Case(
        "more/prefectures/济宁市/2021.md",
        "GDP、一般公共预算收入分别增长3.6%、1.7%",
        "增长3.6%",
        "GDP",
    ),
    Case(
        "more/provinces/广东省/2009.md",
        "二氧化硫和化学需氧量排放总量分别削减3.0%和4.5%",
        "削减3.0%",
        "二氧化硫",
    ),
    # a modifier as long as the next item's takes the rest of it, when the phrase so made is
    # another statistic of the taxonomy (刑事案件 beside 治安案件)
    Case(
        "more/provinces/四川省/2026.md",
        "刑事、治安案件分别下降6.6%、3.6%",
        "下降6.6%",
        "刑事案件",
    ),
    # … and a rate's modifier longer than the next item's own word takes the rest after that
    # word (医疗 beside 基本养老: 基本养老保险的参保率), when the phrase so made is another
    # statistic of the taxonomy
    Case(
        "more/cities/杭州市/2018.md",
        "全市基本养老、医疗保险的参保率分别达95%、98%以上。",
        "95%",
        "基本养老保险的参保率",
    ),
    Case(
        "more/prefectures/阜新市/2023.md",
        "畜禽粪污、秸秆综合利用率分别达到77%、90%。",
        "77%",
        "畜禽粪污综合利用率",
    ),
    Case(
        "more/cities/无锡市/2014.md",
        "食品安全和药品检测合格率分别达到97.4%、98.6%",
        "97.4%",
        "食品安全检测合格率",
    ),
    # an item with no word of a rate takes the longest end of the last item's rate that makes
    # with it another statistic of the taxonomy (秸秆综合利用率 beside 畜禽粪污综合利用率)
    Case(
        "more/provinces/安徽省/2020.md",
        "秸秆和畜禽粪污综合利用率分别超过90%和80%。",
        "超过90%",
        "秸秆综合利用率",
    ),
    Case(
        "more/provinces/黑龙江省/2016.md",
        "城市供水、燃气、集中供热普及率分别达到96%、89%和74%；",
        "89%",
        "燃气普及率",
    ),
    Case(
        "more/prefectures/凉山彝族自治州/2021.md",
        "城市污水和生活垃圾无害化处理率分别达80%、95%，",
        "80%",
        "城市污水处理率",
    ),
    Case(
        "more/prefectures/金昌市/2021.md",
        "粮食、蔬菜总产量分别达到45万吨、72万吨，较“十二五”末增长15.1%和65.4%",
        "45万吨",
        "粮食总产量",
    ),
    Case(
        "more/prefectures/驻马店市/2021.md",
        "全年存款、贷款余额为3860亿元、2245亿元，分别增长12.4%、16.7%",
        "增长12.4%",
        "存款余额",
    ),
    # … but not when it is parallel to the last item's opening word: the head is shared (进口
    # takes the rest of 出口整体通关时间, a statistic of the table of its own)
    Case(
        "more/cities/福州市/2019.md",
        "进口和出口整体通关时间分别压缩74.2%、85.8%，获得电力平均时长缩短38.6%",
        "压缩74.2%",
        "进口整体通关时间",
    ),
    # 普及率 is one word, never a list cut at 及
    Case(
        "more/prefectures/乌海市/2014.md",
        "供热普及率和燃气普及率分别达到83.2%和83.1%",
        "83.1%",
        "燃气普及率",
    ),
    # counts in two units measure one thing twice: never a list of two statistics
    Case(
        "more/prefectures/淄博市/2014.md",
        "贫困人口人均增收1157元，3.76万户、9.12万人实现脱贫",
        "9.12万人",
        "脱贫",
    ),
]

# 新增X 354家，总数达2282家: the total counts X, not the new ones
TOTAL_CASES = [
    Case(
        "more/cities/厦门市/2021.md",
        "净增国家高新技术企业354家，总数达2282家。",
        "2282家",
        "国家高新技术企业",
    ),
    Case(
        "more/cities/青岛市/2024.md",
        "新增省级以上企业技术中心19家、工程研究中心22家，总数分别达到239家、129家。",
        "239家",
        "省级以上企业技术中心",
    ),
    Case(
        "more/prefectures/淮北市/2014.md",
        "新增产值超亿元企业72家，总数达392家。",
        "392家",
        "产值超亿元企业",
    ),
]

# 竣工15344套: a stage of the works names no subject; the works named before do
STAGE_CASES = [
    # figures of one works told apart only by their stage keep it (开工 / 竣工 / 基本建成)
    Case(
        "more/prefectures/濮阳市/2014.md",
        "保障性住房开工建设63421套，竣工15344套。",
        "15344套",
        "保障性住房竣工",
    ),
    Case(
        "more/prefectures/绵阳市/2014.md",
        "完善住房保障体系，开工保障性住房和棚户区改造14713套、竣工9000套。",
        "9000套",
        "竣工保障性住房和棚户区改造",
    ),
    Case(
        "more/prefectures/绵阳市/2014.md",
        "完善住房保障体系，开工保障性住房和棚户区改造14713套、竣工9000套。",
        "14713套",
        "开工保障性住房和棚户区改造",
    ),
    Case(
        "more/prefectures/铜陵市/2021.md",
        "实施亿元以上项目580个，开工130个、竣工100个。",
        "580个",
        "亿元以上项目",
    ),
    Case(
        "communiques/2018.md",
        "全年全国棚户区住房改造开工626万套，基本建成511万套。",
        "511万套",
        "棚户区住房改造基本建成",
    ),
    Case(
        "more/prefectures/池州市/2014.md",
        "新开工保障性住房28242套，基本建成15903套，",
        "15903套",
        "基本建成保障性住房",
    ),
    Case(
        "more/prefectures/白城市/2014.md",
        "适时开展了抗灾保粮和灾后重建，新建住房480户、维修住房2248户，",
        "480户",
        "新建住房",
    ),
    Case(
        "more/provinces/浙江省/2018.md",
        "开工建设棚改安置住房29.2万套、建成19.5万套。",
        "19.5万套",
        "建成棚改安置住房",
    ),
]

# a count takes the noun after it, numbers and thresholds in its name included, PDF spaces
# skipped; a range's lower bound takes the noun after the upper one
NOUN_AFTER_CASES = [
    # a capacity names the product, not the project
    Case(
        "provinces-2024/陕西省.md",
        "陕皖电力通道获批，榆能40万吨乙二醇项目建成，",
        "40万吨",
        "乙二醇",
    ),
    Case(
        "more/prefectures/中卫市/2016.md",
        "中电投热电联产、兴尔泰120万吨硝基复合肥等一批项目加快推进",
        "120万吨",
        "硝基复合肥",
    ),
    Case(
        "more/prefectures/秦皇岛市/2025.md",
        "50万千瓦海上风电等重点项目建设",
        "50万千瓦",
        "海上风电",
    ),
    Case("more/prefectures/濮阳市/2021.md", "实施10个5G场景应用项目。", "10个", "5G场景应用项目"),
    Case(
        "more/prefectures/濮阳市/2021.md",
        "建成1400个5G基站，实施10个5G场景应用项目。",
        "1400个",
        "5G基站",
    ),
    Case(
        "more/prefectures/焦作市/2023.md",
        "太极拳成功列入人类非物质文化遗产代表作名录，新增19家3A级以上旅游景区，"
        "修武、博爱成功创建国家级全域旅游示范区。",
        "19家",
        "3A级以上旅游景区",
    ),
    Case(
        "more/prefectures/锦州市/2014.md",
        "12个 10亿元以上重大农产品加工项目顺利推进，黑山百锦盈食品、北镇五峰米业谷物精深加工、"
        "凌海 宏基园菊苣糖、义县国大乳业奶粉加工等项目即将投产。",
        "12个",
        "10亿元以上重大农产品加工项目",
    ),
    Case(
        "more/prefectures/临沧市/2023.md",
        "46个在建重点水源及连通工程加快实施，22件沿边行政村供水项目建成通水。",
        "46个",
        "在建重点水源及连通工程",
    ),
    Case(
        "more/prefectures/九江市/2016.md",
        "鼓励企业参加信用评级，培育3-5家优质企业在银行间市场募集资金，扶持5家企业挂牌“新三板”。",
        "3",
        "优质企业",
    ),
    # where the counted go, what they take on or expand, and what was basically solved end the
    # noun (round 25): 83名企业家赴德国, 486名医护人员奔赴…, 15个督导组分赴…; not 扩大开放, a
    # noun of its own
    Case("more/cities/唐山市/2019.md", "组织4批次83名企业家赴德国、美国", "83名", "企业家"),
    Case("more/cities/西安市/2020.md", "486名医护人员奔赴援鄂抗疫最前线", "486名", "医护人员"),
    Case("more/prefectures/潍坊市/2021.md", "组建15个督导组分赴各县市区开展工作", "15个", "督导组"),
    Case("more/cities/呼和浩特市/2026.md", "2个点位承担国家科技项目", "2个", "点位"),
    Case("more/cities/沈阳市/2018.md", "等50家大户扩大出口", "50家", "大户"),
    Case(
        "more/prefectures/鹤岗市/2014.md",
        "近300万平方米供热缺口问题基本解决",
        "近300万平方米",
        "供热缺口问题",
    ),
    Case("national/2022.md", "新增4个服务业扩大开放综合试点", "4个", "服务业扩大开放综合试点"),
]

# a number of people with no noun is named by what is said of them; a sum with no noun by
# the verb that spends it
PREDICATE_CASES = [
    Case(
        "more/cities/无锡市/2019.md",
        "户籍制度改革红利进一步释放，5.6万人落户无锡。",
        "5.6万人",
        "落户无锡",
    ),
    Case(
        "more/provinces/四川省/2019.md",
        "50万人实现脱贫，31个县摘帽验收，藏区贫困县全部摘帽，四川藏区发展翻开了崭新的一页。",
        "50万人",
        "脱贫",
    ),
    Case(
        "more/provinces/宁夏回族自治区/2015.md",
        "建立城乡居民普惠性健康体检制度，120万人受益。",
        "120万人",
        "受益",
    ),
    Case("more/cities/昆明市/2007.md", "投入1947万元，推进新型农村合作医疗。", "1947万元", "投入"),
    Case("more/prefectures/中山市/2014.md", "安排4200万元，用于人才建设。", "4200万元", "安排"),
    Case(
        "more/provinces/内蒙古自治区/2016.md",
        "累计投入546亿元，实施五大生态工程和六大区域性绿化工程。",
        "546亿元",
        "投入",
    ),
]

# a figure whose words name nothing takes the figure before's subject, else the clause before's
CARRIED_CASES = [
    # 城乡 before a statistic of both, in a 分别 list: the urban one first
    Case(
        "more/cities/济南市/2006.md",
        "价格总水平基本稳定，城乡恩格尔系数分别降到30%和37%",
        "37%",
        "农村恩格尔系数",
    ),
    # a clause that names a statistic and where it rose to, with no figure, gives the next bare
    # figure its subject (not the figure's before it)
    Case(
        "more/provinces/浙江省/2019.md",
        "全省生产总值增长7.1%，一般公共预算收入升至全国第4位，增长11.1%，城乡居民人均可支配收入分别增长8.4%和9.4%，高质量发展势头良好。",
        "增长11.1%",
        "一般公共预算收入",
    ),
    Case(
        "communiques/1980.md",
        "其中住宅投资比重由上年的14.8％上升到20％；用于轻工业投资的比重，由上年的6.4％上升到9.1％。",
        "9.1％",
        "用于轻工业投资的比重",
    ),
    Case(
        "more/provinces/云南省/2005.md",
        "与上年相比，预计全省生产总值达到2959.48亿元，增长11.5%。",
        "增长11.5%",
        "生产总值",
    ),
    Case(
        "more/provinces/安徽省/2011.md",
        "固定资产投资突破万亿元，达11849.4亿元，增长33.6%。",
        "11849.4亿元",
        "固定资产投资",
    ),
    Case(
        "more/provinces/青海省/2018.md",
        "地区生产总值跨上第二个千亿元台阶，年均增长8.7% ，固定资产投资跨过两个千亿元大关，"
        "全省总财力达到1650.8亿元，社会消费品零售总额年均增长11.8% 。",
        "增长8.7%",
        "地区生产总值",
    ),
]

# figures listed without 分别 pair with the subjects listed before them, in order
LIST_CASES = [
    # a second 分别 list of a run of figures joined by 、: its subjects are written after the
    # figure before its 分别, and a figure after it has its own (before, the words read from the
    # clause's start, cut within reach of the figure, held the figures before)
    Case(
        "more/prefectures/固原市/2016.md",
        "完成地区生产总值增长8%、全社会固定资产投资增长12%、地方公共财政一般预算收入和支出分别增长8%和10%以上、城镇和农村居民人均可支配收入分别增长9%和10%、社会消费品零售总额增长8%的目标",
        "增长9%",
        "城镇居民人均可支配收入",
    ),
    Case(
        "more/prefectures/固原市/2016.md",
        "完成地区生产总值增长8%、全社会固定资产投资增长12%、地方公共财政一般预算收入和支出分别增长8%和10%以上、城镇和农村居民人均可支配收入分别增长9%和10%、社会消费品零售总额增长8%的目标",
        "10%",
        "农村居民人均可支配收入",
    ),
    Case(
        "more/prefectures/固原市/2016.md",
        "完成地区生产总值增长8%、全社会固定资产投资增长12%、地方公共财政一般预算收入和支出分别增长8%和10%以上、城镇和农村居民人均可支配收入分别增长9%和10%、社会消费品零售总额增长8%的目标",
        "增长8%",
        "社会消费品零售总额",
        2,
    ),
    Case(
        "more/prefectures/巴音郭楞蒙古自治州/2023.md",
        "城乡居民人均可支配收入分别达36677元和22429元、分别增长2%和5.5%。",
        "5.5%",
        "农村居民人均可支配收入",
    ),
    # short items share the measure noun the last item writes after an own part like theirs
    Case(
        "more/prefectures/德阳市/2023.md",
        "机械装备、材料化工、食品饮料产业产值分别达1740亿元、1650亿元、930亿元以上",
        "1650亿元",
        "材料化工产业产值",
    ),
    Case(
        "more/prefectures/天水市/2021.md",
        "果品、蔬菜、畜牧、中药材产值分别达到140.4亿元、130亿元、100.78亿元和44.52亿元",
        "140.4亿元",
        "果品产值",
    ),
    Case(
        "more/prefectures/驻马店市/2021.md",
        "全年PM10、PM2.5平均浓度分别为71微克/立方米、45微克/立方米，",
        "71微克/立方米",
        "PM10平均浓度",
    ),
    Case(
        "more/prefectures/淮南市/2014.md",
        "金融、文化产业增加值分别增长9.3%、15%，",
        "增长9.3%",
        "金融产业增加值",
    ),
    Case(
        "more/prefectures/渭南市/2023.md",
        "新材料、新能源工业产值分别增长25.2%和7.1%",
        "增长25.2%",
        "新材料工业产值",
    ),
    Case(
        "more/provinces/内蒙古自治区/2016.md",
        "创新社会治理，劳动关系总体和谐稳定，信访批次和人数下降18.4%和27.9%，"
        "刑事和治安案件下降7.2%和7.7%。",
        "7.7%",
        "治安案件",
    ),
    Case(
        "more/prefectures/驻马店市/2021.md",
        "医疗卫生资源显著增长，每千人口医疗卫生机构床位数、执业医师数、注册护士数，"
        "较“十二五”末提高40.5%、45.7%、60.5%。",
        "45.7%",
        "执业医师数",
    ),
    Case(
        "more/prefectures/西双版纳傣族自治州/2021.md",
        "城镇常住居民人均可支配收入和农村常住居民人均可支配收入，年均分别增长7.3%和8.9%，"
        "在全省首批实现义务教育基本均衡发展，结束了没有本科院校的历史，"
        "基本建成覆盖城乡居民的社会保障体系。",
        "8.9%",
        "农村常住居民人均可支配收入",
    ),
    Case(
        "more/cities/厦门市/2016.md",
        "金融机构本外币存、贷款余额分别为8876亿元和7567亿元，增长16%和13.9%。",
        "13.9%",
        "贷款余额",
    ),
]

# 其中城镇为29.2%: a part of the place narrows the subject named before
PART_CASES = [
    Case(
        "communiques/2020.md",
        "全国居民恩格尔系数为30.2%，其中城镇为29.2%，农村为32.7%。",
        "29.2%",
        "城镇居民恩格尔系数",
    ),
    Case(
        "more/provinces/云南省/2010.md",
        "去年整合补助资金100亿元，建设保障性住房50万套，其中城镇15万套、农村35万套。",
        "35万套",
        "农村保障性住房",
    ),
    Case(
        "more/provinces/海南省/2009.md",
        "提高城乡低保补助标准，城镇低保月人均补差水平提高43元、农村提高16元。",
        "16元",
        "农村低保月人均补差水平",
    ),
]

# a result verb between the holder and the quantity stays as written (the bare quantity would not
# say whose it is; the reviewed gold of tests/gold/more keeps it); PDF spaces are removed
WORDING_CASES = [
    # a connector that opens a word is no edge of the phrase: 及时 (an adverb of manner, dropped
    # before its verb), 和谐, 并购 (never 时下拨…, 谐劳动关系…, 购…)
    Case("more/prefectures/新乡市/2022.md", "及时下拨救灾资金14.8亿元", "14.8亿元", "下拨救灾资金"),
    Case(
        "more/prefectures/云浮市/2015.md",
        "创建和谐劳动关系示范区工程示范点48个",
        "48个",
        "和谐劳动关系示范区工程示范点",
    ),
    Case("more/cities/沈阳市/2011.md", "并购国内外高科技企业10家", "10家", "并购国内外高科技企业"),
    # the government speaking (我们) and a causative before the scope (使全市) are no part of
    # the name
    Case(
        "more/prefectures/怒江傈僳族自治州/2022.md",
        "我们认真办理人大代表建议771件、政协提案670件，办结率为100%",
        "771件",
        "人大代表建议",
    ),
    Case(
        "more/prefectures/鹤岗市/2014.md",
        "使全市信访积案化解率达到80%以上",
        "80%以上",
        "信访积案化解率",
    ),
    Case("more/provinces/陕西省/2016.md", "使全省城市绿地率达到35%以上", "35%以上", "城市绿地率"),
    Case("more/provinces/内蒙古自治区/1999.md", "使我区新增投资达到64亿元", "64亿元", "新增投资"),
    # 率先 after a subject, 早日/尽快 after a counted noun: how it fares, not its name
    Case(
        "more/cities/温州市/2014.md", "今年力争电气行业产值率先超千亿元", "超千亿元", "电气行业产值"
    ),
    Case(
        "more/provinces/四川省/2019.md",
        "电子信息产业营业收入率先突破1万亿元",
        "突破1万亿元",
        "电子信息产业营业收入",
    ),
    Case(
        "more/prefectures/咸阳市/2014.md",
        "推动100个重点工业项目早日建成投产",
        "100个",
        "重点工业项目",
    ),
    Case("more/prefectures/毕节市/2020.md", "力争864个项目尽快开工", "864个", "项目"),
    # works verbs, also with an alternative in brackets (新（改）建), are dropped
    Case("more/cities/乌鲁木齐市/2014.md", "新（改）建学校6所", "6所", "学校"),
    Case("more/prefectures/周口市/2014.md", "新修农村公路345公里", "345公里", "农村公路"),
    Case("more/provinces/浙江省/2011.md", "加固改造病险桥梁170座", "170座", "病险桥梁"),
    Case("more/prefectures/黄石市/2022.md", "加固改造危桥120座", "120座", "危桥"),
    # 开复工 is a stage verb like 开工 and 新开工 (开复工率 keeps it: a rate of its own)
    Case("more/prefectures/锦州市/2023.md", "全市开复工重点项目764个", "764个", "重点项目"),
    Case(
        "more/cities/大连市/2026.md",
        "全年开复工亿元以上项目1369个",
        "1369个",
        "亿元以上项目",
    ),
    # a note that a word holds for what follows is no part of the name; 提至 is a link
    Case(
        "more/prefectures/乐山市/2019.md",
        "预计（下同）全市实现地区生产总值1620亿元",
        "1620亿元",
        "地区生产总值",
    ),
    Case(
        "more/prefectures/丽江市/2021.md",
        "地区生产总值同比（下同）增长4.6%；",
        "增长4.6%",
        "地区生产总值",
    ),
    Case("more/cities/东莞市/2023.md", "R&D投入强度提至4%，", "4%", "R&D投入强度"),
    Case(
        "more/prefectures/佳木斯市/2016.md",
        "新农合人均筹资标准提至560元；",
        "560元",
        "新农合人均筹资标准",
    ),
    Case(
        "more/cities/石家庄市/2014.md",
        "民营经济完成增加值3300亿元，增长11%；",
        "增长11%",
        "民营经济完成增加值",
    ),
    Case(
        "more/cities/杭州市/2021.md",
        "数字经济核心产业实现增加值4290亿元、增长13.3%。",
        "4290亿元",
        "数字经济核心产业实现增加值",
    ),
    Case(
        "communiques/2011.md",
        "全年因旱灾造成直接经济损失928亿元，增长22.6%。",
        "928亿元",
        "旱灾造成直接经济损失",
    ),
    Case(
        "more/cities/哈尔滨市/2026.md",
        "打好国企改革深化提升行动收官战，增强核心功能、提升核心竞争力，"
        "市国资委出资企业实现营业收入472.7亿元、增长4.1%。",
        "增长4.1%",
        "市国资委出资企业实现营业收入",
    ),
    Case(
        "more/cities/南昌市/2023.md",
        "截至10月底，全市规上数字经济核心产业企业607户，实现营业收入1899.02亿元，同比增长5.9%;",
        "1899.02亿元",
        "营业收入",
    ),
    Case(
        "more/cities/武汉市/2026.md",
        "A级以上物流企业新增21家，总量保持全国第1。",
        "21家",
        "A级以上物流企业",
    ),
    Case(
        "more/provinces/江苏省/2026.md",
        "PM2.5年均浓度较“十三五”末改善16.5%，连续5年达国家二级标准。",
        "16.5%",
        "PM2.5年均浓度",
    ),
    Case(
        "more/cities/合肥市/2025.md",
        "实现百亿农企零突破，新增1个200亿产业集群，农产品加工产值首超2000亿元。",
        "超2000亿元",
        "农产品加工产值",
    ),
    Case(
        "more/cities/天津市/2006.md",
        "城市居民人均可支配收入和农村居民人均纯 收入年均增长10%以上。",
        "增长10%以上",
        "城市居民人均可支配收入和农村居民人均纯收入",
    ),
    Case(
        "more/cities/无锡市/2013.md",
        "全市八大新兴产业营 业收入增长15%以上，高新技术产业产值占规模以上工业总产值比重达41%。",
        "增长15%以上",
        "八大新兴产业营业收入",
    ),
]

# a result verb inside: kept before the name of a quantity (利润, 产值, 吞吐量); before a work
# done (老小区整治, 审计项目) the work is counted, not who did it; 造成 and 共死亡 as written
INNER_RESULT_CASES = [
    Case(
        "more/cities/哈尔滨市/2004.md",
        "高新技术产业实现产值400亿元，增长33%。",
        "400亿元",
        "高新技术产业实现产值",
    ),
    Case(
        "communiques/2013.md",
        "全年规模以上港口完成货物吞吐量106.1亿吨，比上年增长8.5%，其中外贸货物吞吐量33.1亿吨，"
        "增长9.2%。",
        "106.1亿吨",
        "规模以上港口完成货物吞吐量",
    ),
    Case(
        "more/provinces/西藏自治区/2012.md",
        "国有和国有控股企业实现利润7.9亿元、增长23%，",
        "增长23%",
        "国有和国有控股企业实现利润",
    ),
    Case(
        "ningbo/2010.md",
        "启动非成套房改造13.9万平方米，中心城区完成老小区整治175万平方米，",
        "175万平方米",
        "老小区整治",
    ),
    Case(
        "more/cities/长沙市/2015.md",
        "市本级完成审计项目938个，核减投资额29.97亿元。",
        "938个",
        "审计项目",
    ),
    Case(
        "communiques/2019.md",
        "全年因洪涝和地质灾害造成直接经济损失1923亿元，因旱灾造成直接经济损失457亿元，",
        "1923亿元",
        "洪涝和地质灾害造成直接经济损失",
    ),
    Case(
        "communiques/2015.md",
        "全年各类生产安全事故共死亡66182人。",
        "66182人",
        "生产安全事故共死亡",
    ),
]

# the counted noun: 全部金融机构 is a scope like 全省; a bracket listing parts belongs to the noun
# (县（市、区）); people who 得到 something are named with it; 参展/参赛 end the noun
COUNTED_NOUN_CASES = [
    Case(
        "communiques/2008.md",
        "年末全部金融机构本外币各项存款余额47.8万亿元，增长19.3%；",
        "47.8万亿元",
        "本外币各项存款余额",
    ),
    Case(
        "communiques/2020.md",
        "全部金融机构人民币消费贷款余额495668亿元，增加55994亿元。",
        "495668亿元",
        "人民币消费贷款余额",
    ),
    Case(
        "national/2007.md",
        "新型农村合作医疗试点范围扩大到1451个县（市、区），占全国总数的50.7%，有4.1亿农民参加；",
        "1451个",
        "县（市、区）",
    ),
    Case(
        "more/cities/郑州市/2019.md",
        "彻底改善城乡结合部48个乡（镇、办）脏乱差面貌。",
        "48个",
        "乡（镇、办）",
    ),
    Case(
        "more/provinces/江西省/2012.md",
        "林权制度配套改革不断完善，国有林场改革试点稳步推进，3万多职工得到妥善安置。",
        "3万多",
        "职工得到妥善安置",
    ),
    Case(
        "more/provinces/山西省/2013.md",
        "1.6万名孤儿和17万名残疾人得到救助。",
        "17万名",
        "残疾人得到救助",
    ),
    Case(
        "more/prefectures/湛江市/2019.md",
        "成功举办中国海博会，72个国家、2832家企业参展，达成合作交易意向1100亿元。",
        "2832家",
        "企业",
    ),
    Case(
        "more/provinces/四川省/2026.md",
        "精心筹办成都世运会，116个国家和地区近4000名运动员参赛，",
        "近4000名",
        "运动员",
    ),
]

# who has or handled something (共有, 现有, 共办理) goes, what is counted stays; notes inside a
# name go; verbs of announcing, submitting and providing go (公布, 提请…审议, 提供, 规范)
HOLDER_CASES = [
    # a verb that opens a clause on the noun stays: 提供住宿的…机构
    Case(
        "communiques/2019.md",
        "年末全国共有各类提供住宿的社会服务机构3.7万个，其中养老机构3.4万个，儿童服务机构663个。",
        "3.7万个",
        "提供住宿的社会服务机构",
    ),
    Case(
        "communiques/2021.md",
        "年末全国文化和旅游系统共有艺术表演团体2044个，博物馆3671个。",
        "2044个",
        "艺术表演团体",
    ),
    Case(
        "more/provinces/山西省/2013.md",
        "5年省政府共办理人大代表建议和政协提案6465件，向省人大常委会提请审议地方性法规草案40件，"
        "制定政府规章18件。",
        "6465件",
        "人大代表建议和政协提案",
    ),
    Case(
        "more/prefectures/珠海市/2021.md",
        "跨境办公试点楼宇现有澳门企业162家。",
        "162家",
        "澳门企业",
    ),
    Case(
        "communiques/2016.md",
        "全年吸收外商直接投资（不含银行、证券、保险）新设立企业27900家，比上年增长5.0%。",
        "27900家",
        "吸收外商直接投资新设立企业",
    ),
    Case(
        "more/cities/长沙市/2019.md",
        "制造业（含高技术服务业）投资占固定资产投资比重达35%；",
        "35%",
        "制造业投资占固定资产投资比重",
    ),
    Case(
        "more/provinces/宁夏回族自治区/2013.md",
        "公布政府规章52件，取消和调整行政审批事项371项。",
        "52件",
        "政府规章",
    ),
    Case(
        "more/cities/天津市/2014.md",
        "提请市人大常委会审议地方性法规草案9件，制定政府规章7件，修改完善了市政府工作规则。",
        "9件",
        "地方性法规草案",
    ),
    Case(
        "national/2024.md",
        "提请全国人大常委会审议法律议案10件，制定修订行政法规25部，实施提升行政执法质量三年行动。",
        "10件",
        "法律议案",
    ),
    Case("more/provinces/陕西省/2011.md", "提供就业岗位160万个。", "160万个", "就业岗位"),
    Case(
        "more/prefectures/定西市/2025.md",
        "规范提升农民合作社200家，培育家庭农场100家，合作社联结小农户占比达到43%以上。",
        "200家",
        "农民合作社",
    ),
]

# tails and run-ons of a counted noun: a task named after what is counted (…任务), a trailing 等,
# 改善 ends the noun; modifiers in 性 listed before one noun (共性、关键性技术)
NOUN_TAIL_CASES = [
    Case(
        "more/cities/南京市/2012.md",
        "全面启动4186个村庄环境整治，完成1455个村庄整治任务。",
        "1455个",
        "村庄整治",
    ),
    Case(
        "more/cities/乌鲁木齐市/2015.md",
        "加大对普惠性民办幼儿园奖补力度，完成15所公办幼儿园建设任务。",
        "15所",
        "公办幼儿园",
    ),
    Case(
        "more/cities/济南市/2011.md",
        "完成38个小城镇建设任务，启动农村整村改造迁建项目326个，新建农村住房16.4万户、"
        "改造危房2.6万户。",
        "38个",
        "小城镇",
    ),
    Case(
        "more/prefectures/双鸭山市/2015.md",
        "龙煤天泰10万吨芳烃等26个项目正在加快建设；",
        "10万吨",
        "芳烃",
    ),
    Case(
        "more/provinces/河北省/2002.md",
        "切实加快重点龙头项目建设，抓好沧化40万吨聚氯乙烯等50项工业结构调整标志性技改项目，"
        "以及60家重点企业系统改造工程。",
        "40万吨",
        "聚氯乙烯",
    ),
    Case(
        "more/provinces/河北省/2002.md",
        "加大科技开发和成果推广力度，重点抓好30项联合开发项目，推广应用20项共性、关键性技术和"
        "先进适用技术，促进科技成果向现实生产力转化。",
        "20项",
        "共性、关键性技术和先进适用技术",
    ),
    Case(
        "more/prefectures/白山市/2016.md",
        "谋划260个具有标志性、引领性、成长性项目，滚动谋划100个亿元以上项目，",
        "260个",
        "具有标志性、引领性、成长性项目",
    ),
    Case(
        "more/cities/泉州市/2020.md",
        "建立防返贫、控新贫、稳脱贫长效机制，经营性收入低于5万元的薄弱村全部消除，"
        "支持1551户贫困户改善住房条件。",
        "1551户",
        "贫困户",
    ),
    Case(
        "more/cities/福州市/2006.md",
        "完成中心城区38片268万平方米旧屋区改造，3万多户居民改善了居住生活条件。",
        "3万多户",
        "居民",
    ),
]

# a clause that is only a subject (服务业, …) names the figures after it; an adjustment after a
# subject goes (剔除…因素后); after a task word alone (集中) the noun after 的 is counted
SUBJECT_CASES = [
    Case(
        "more/prefectures/南阳市/2016.md",
        "服务业成为拉动经济增长的关键因素，增长11.4%，占比提高1.8个百分点 ；",
        "增长11.4%",
        "服务业",
    ),
    Case(
        "more/provinces/河北省/2002.md",
        "服务业，增长10.7％，分别高于一、二产业增速5.4和2.3个百分点。",
        "增长10.7％",
        "服务业",
    ),
    Case(
        "more/cities/拉萨市/2023.md",
        "一般公共预算收入剔除增值税留抵退税因素后同比下降10.1%；",
        "下降10.1%",
        "一般公共预算收入",
    ),
    Case(
        "more/provinces/青海省/2013.md",
        "努力集中75%左右的财力，并动员社会力量，",
        "75%左右",
        "财力",
    ),
]

# a quoted programme or a place before what was done in it is context: the work is counted;
# the programme's own result (完成投资) stays whole
PROGRAMME_CASES = [
    Case(
        "more/provinces/陕西省/2026.md",
        "打好黄河“几字弯”攻坚战，“三北”工程造林种草103.3万亩，",
        "103.3万亩",
        "造林种草",
    ),
    Case(
        "more/cities/合肥市/2010.md",
        "“十镇百村”工程市级示范点扩大到152个，缩并自然村1028个，",
        "152个",
        "市级示范点",
    ),
    Case(
        "more/prefectures/邵阳市/2021.md",
        "湘商产业园建设领跑全省，“135”工程累计完成投资230亿元，",
        "230亿元",
        "“135”工程累计完成投资",
    ),
    Case(
        "more/prefectures/九江市/2016.md",
        "9.鼓励社会资本参与停车场建设，中心城区新建停车场6个，其中立体停车场3个。",
        "6个",
        "停车场",
    ),
    Case(
        "more/cities/杭州市/2013.md",
        "主城区新建停车泊位5.2万个，其中公共泊位8700个。",
        "5.2万个",
        "停车泊位",
    ),
    Case(
        "more/prefectures/潍坊市/2021.md",
        "中心城区新建续建城建重点项目36个，完成投资41.5亿元。",
        "36个",
        "城建重点项目",
    ),
]

# points that compare the rate of the growth before them (快于服务业增速0.5个百分点) name the rate;
# 更新改造投资 is a category of investment, not 投资 after a verb
# a leading 在-phrase of place before what was done there is context (在建, 在沪 … stay)
PLACE_CASES = [
    Case(
        "more/cities/西宁市/2014.md", "在四川德阳建设蔬菜专供基地5000亩；", "5000亩", "蔬菜专供基地"
    ),
    Case(
        "more/cities/郑州市/2019.md",
        "在城市外围开工建设郊野公园10个，建成3-5个；",
        "10个",
        "郊野公园",
    ),
    Case(
        "more/prefectures/甘南藏族自治州/2023.md",
        "在合作、临潭、卓尼建设加工车间3个，提升中藏药研发、饮片生产、制剂加工水平，",
        "3个",
        "加工车间",
    ),
    Case(
        "more/prefectures/资阳市/2021.md", "（3）在资阳中学外新建人行天桥1座。", "1座", "人行天桥"
    ),
    Case(
        "more/cities/拉萨市/2023.md", "力争在北京、江苏新开设“拉萨班”2个。", "2个", "新开设“拉萨班”"
    ),
    Case(
        "more/cities/上海市/2026.md", "在沪持牌金融机构增加到1813家。", "1813家", "在沪持牌金融机构"
    ),
]

# a category of two characters that the examples before 等 are instances of (大桥…等桥梁)
EXAMPLE_OF_CASES = [
    Case(
        "more/prefectures/聊城市/2021.md",
        "新建松桂大桥等桥梁5座，改扩建光岳大桥等3座，",
        "5座",
        "桥梁",
    ),
    Case("more/cities/天津市/2026.md", "更新改造复康路等道路80条、桥梁15座，", "80条", "道路"),
    Case("more/cities/昆明市/2018.md", "举办农博会、医博会等展会120场，", "120场", "展会"),
    Case(
        "more/prefectures/包头市/2015.md",
        "治理昆河、四道沙河等河道22公里，完成景观蓄水10.7公里。",
        "22公里",
        "河道",
    ),
]

# verbs of rule-making go like 出台/颁布 (制定修改废止政府规章 -> 政府规章), up to three in a row;
# a list of verbs that goes on with one we do not know keeps them all
RULE_MAKING_CASES = [
    Case(
        "more/cities/北京市/2025.md",
        "制定修改废止政府规章4项，办理市人大代表议案4项、建议880件，",
        "4项",
        "政府规章",
    ),
    Case("national/2025.md", "制定修订行政法规28部。", "28部", "行政法规"),
    Case(
        "more/cities/合肥市/2021.md",
        "新建扩建幼儿园346所，公办率和普惠率分别达到51%、84%，",
        "346所",
        "幼儿园",
    ),
    Case(
        "more/cities/呼和浩特市/2013.md", "新建、扩建热源厂4座，建设热力站34座，", "4座", "热源厂"
    ),
    Case(
        "more/cities/乌鲁木齐市/2024.md",
        "废止和宣布失效行政规范性文件182件，行政机关负责人出庭应诉率100%。",
        "182件",
        "废止和宣布失效行政规范性文件",
    ),
]

# the work named after the last figure of a list is the work of each item (…和25个…棚户区改造);
# a 建设任务 after the number is the task of the noun before it
SHARED_WORK_CASES = [
    Case(
        "more/cities/南京市/2015.md",
        "完成22条主次干道、48条背街小巷环境综合整治，",
        "22条",
        "主次干道整治",
    ),
    Case(
        "more/cities/太原市/2017.md",
        "新启动30个城中村和25个集中连片棚户区改造，新建开工棚户区保障房2.96万套，",
        "30个",
        "城中村改造",
    ),
    Case(
        "more/prefectures/昭通市/2014.md",
        "启动1.55万户城市棚户区和3万户农村危房改造。",
        "1.55万户",
        "城市棚户区改造",
    ),
    Case(
        "more/prefectures/白城市/2014.md",
        "完成国道15.1公里和省道28.4公里干线维修、农村公路394.1公里建设任务。",
        "28.4公里",
        "省道干线维修",
    ),
    Case(
        "more/prefectures/白城市/2014.md",
        "完成国道15.1公里和省道28.4公里干线维修、农村公路394.1公里建设任务。",
        "394.1公里",
        "农村公路",
    ),
    Case(
        "more/cities/太原市/2002.md",
        "完成黄河水源太原城市供水工程首期日供水40万立方米建设任务。",
        "40万立方米",
        "黄河水源太原城市供水工程首期日供水",
    ),
]

# holders counted, then a quantity of theirs: the count names the holders, the amount names
# the holders' quantity; a 新-verb alone counts what the figure before counts; 共发生 and 登陆
HELD_CASES = [
    Case(
        "communiques/2004.md",
        "年末全国422座大型水库蓄水总量1758亿立方米，增加70亿立方米。",
        "422座",
        "大型水库",
    ),
    Case(
        "communiques/2004.md",
        "年末全国422座大型水库蓄水总量1758亿立方米，增加70亿立方米。",
        "1758亿立方米",
        "大型水库蓄水总量",
    ),
    Case(
        "more/provinces/福建省/2007.md",
        "农业产业化步伐加快，150家省级重点龙头企业销售收入333.42亿元，带动农户198.94万户。",
        "150家",
        "省级重点龙头企业",
    ),
    Case(
        "more/provinces/福建省/2007.md",
        "农业产业化步伐加快，150家省级重点龙头企业销售收入333.42亿元，带动农户198.94万户。",
        "333.42亿元",
        "省级重点龙头企业销售收入",
    ),
    Case(
        "more/cities/海口市/2006.md", "重点完善10个中心镇基础设施和公共服务设施；", "10个", "中心镇"
    ),
    Case(
        "more/prefectures/怀化市/2014.md",
        "抓好100个深度贫困村基础设施建设，",
        "100个",
        "深度贫困村",
    ),
    Case(
        "more/provinces/湖北省/2011.md",
        "（9）新建或扩改建500个城市社区公共服务站。",
        "500个",
        "城市社区公共服务站",
    ),
    Case(
        "communiques/2005.md",
        "全年制定、修订国家标准1304项，其中新制定673项。",
        "673项",
        "新制定国家标准",
    ),
    Case(
        "communiques/2005.md", "国家地质公园达138个，其中新批准53个。", "53个", "新批准国家地质公园"
    ),
    Case("communiques/2024.md", "共有9个台风登陆。", "9个", "台风"),
    Case(
        "communiques/2007.md", "全年大陆地区共发生5级以上地震6次，成灾3次，", "6次", "5级以上地震"
    ),
    Case(
        "communiques/2008.md",
        "A股再筹资（包括配股、公开增发、非公开增发、认股权证）筹资1332亿元，减少1046亿元；",
        "1332亿元",
        "A股再筹资",
    ),
]

# 更新 stays: the bare noun would read as the whole fleet or stock (更新公交车辆979辆)
RENEWAL_CASES = [
    Case(
        "more/cities/乌鲁木齐市/2014.md",
        "更新公交车辆979辆，完成“田”字路快客2条线路14对站点建设，",
        "979辆",
        "更新公交车辆",
    ),
    Case(
        "more/provinces/河南省/2025.md",
        "更新汽车50万辆、家电800万台，实施设备更新项目3000个，",
        "50万辆",
        "更新汽车",
    ),
    Case("more/cities/武汉市/2024.md", "更新井盖4万个以上。", "4万个以上", "更新井盖"),
]

RATE_CASES = [
    # a rate verb that holds its object (减排: cuts emissions) names what falls
    Case(
        "more/cities/大连市/2014.md",
        "万元GDP能耗降低3.8%，主要污染物平均减排3%以上。",
        "减排3%以上",
        "主要污染物平均减排",
    ),
    Case(
        "more/provinces/山西省/2007.md",
        "预计全年二氧化硫和化学需氧量减排5.4万吨和1.07万吨，",
        "1.07万吨",
        "化学需氧量减排",
    ),
    Case(
        "more/cities/深圳市/2014.md",
        "预计化学需氧量三年累计减排2.55万吨，",
        "2.55万吨",
        "化学需氧量三年累计减排",
    ),
    Case(
        "more/cities/沈阳市/2012.md",
        "现代服务业增加值增长11.5%，快于服务业增速0.5个百分点；",
        "0.5个百分点",
        "现代服务业增加值增速",
    ),
    Case(
        "more/prefectures/珠海市/2014.md",
        "预计实现地区生产总值 1651 亿元，增长 10.3%，高于全省增速 1.8个百分点，",
        "1.8个百分点",
        "地区生产总值增速",
    ),
    Case(
        "more/provinces/海南省/2020.md",
        "开展国际旅游消费年活动，旅游总收入增长11.3%、快于游客增速2.3个百分点，",
        "2.3个百分点",
        "旅游总收入增速",
    ),
    Case(
        "more/provinces/河北省/2002.md",
        "服务业，增长10.7％，分别高于一、二产业增速5.4和2.3个百分点。",
        "2.3个百分点",
        "服务业增速",
    ),
    Case("communiques/1998.md", "更新改造投资4467亿元，增长13.9%；", "4467亿元", "更新改造投资"),
    Case(
        "ningbo/2002.md",
        "其中基本建设投资增长37.8%，更新改造投资增长19.3%，房地产投资增长45.5%。",
        "增长19.3%",
        "更新改造投资",
    ),
    Case(
        "more/prefectures/宣城市/2014.md",
        "市区新建城市公园3个，建设和提升6条绿带，",
        "3个",
        "城市公园",
    ),
    Case(
        "more/cities/大连市/2014.md",
        "恒隆广场等10大项目加快建设，市区集聚企业总部115家，",
        "115家",
        "企业总部",
    ),
]

# the clause before names the subject: with a predicate (翻了一番) even past an earlier figure;
# a standard its verb sets (提高…补助标准，由每人610元提升至每人640元)
CLAUSE_CASES = [
    Case(
        "more/prefectures/红河哈尼族彝族自治州/2016.md",
        "地方一般公共财政预算收入比“十一五”末翻了一番，年均增长15%。",
        "增长15%",
        "地方一般公共财政预算收入",
    ),
    Case(
        "more/provinces/山东省/1998.md",
        "1997年全省国内生产总值达到6650亿元，按可比价格计算比1992年翻了一番，年均增长15.1%；",
        "增长15.1%",
        "国内生产总值",
    ),
    Case(
        "more/prefectures/铁岭市/2023.md",
        "提高城乡居民基本医疗保险财政补助标准，由每人610元提升至每人640元，惠及参保居民178万名。",
        "640元",
        "城乡居民基本医疗保险财政补助标准",
    ),
    Case(
        "more/provinces/吉林省/2010.md",
        "提高城镇居民基本医疗保险和新型农村合作医疗补助标准，由人均80元增加到120元。",
        "80元",
        "城镇居民基本医疗保险和新型农村合作医疗补助标准",
    ),
    Case(
        "more/cities/太原市/2017.md",
        "经济发展首位度有所提升，占全省的22.9%。",
        "22.9%",
        "经济发展首位度",
    ),
]

# rows of a 分别 list take the subjects in turn; a bare adverb or a time names nothing
LIST_ROW_CASES = [
    Case(
        "more/prefectures/七台河市/2022.md",
        "推进千万元以上产业项目105个，完成投资227亿元，分别是上个五年的1.25倍和1.16倍。",
        "1.16倍",
        "投资",
    ),
    Case(
        "more/prefectures/信阳市/2023.md",
        "五年累计民生支出2222亿元，是上个五年的1.7倍。",
        "1.7倍",
        "民生支出",
    ),
    Case(
        "more/prefectures/岳阳市/2015.md",
        "全面完成15项24件省级实事：",
        "15项",
        "省级实事",
    ),
    Case(
        "more/prefectures/汕头市/2021.md",
        "大湾区港口群东翼枢纽港加快建设，广澳港区2个10万吨级集装箱泊位、8公里长深水防波堤、"
        "10万吨级航道建成运营，具备开通远洋航线的硬件基础；",
        "2个",
        "10万吨级集装箱泊位",
    ),
    Case(
        "more/cities/上海市/2022.md",
        "集成电路、生物医药、人工智能三大产业“上海方案”加快落实，一批关键核心技术实现重大突破，"
        "高端通用图形芯片实现量产，高温超导电缆示范运行，8个1类新药获批上市，"
        "神舟十二号、天和核心舱、天问一号等重大任务保障有力；",
        "8个",
        "1类新药",
    ),
]

# a remedial verb keeps its object (治理, 整治, 修复, 淘汰, 取缔, 拆除 …): the object names a
# problem or a stock, not the thing counted; listed with a plain verb (新建、修复) both go; a
# holder before it goes (为企业解决问题 -> 解决问题)
REMEDIAL_CASES = [
    Case(
        "more/prefectures/新乡市/2022.md",
        "深入开展“万人助万企”活动，为企业解决问题2512个。",
        "2512个",
        "解决问题",
    ),
    Case(
        "more/prefectures/张家口市/2025.md",
        "为5952名农民工追偿欠薪1.12亿元，不动产首次登记取得突破性进展",
        "1.12亿元",
        "追偿欠薪",
    ),
    Case(
        "more/prefectures/阿坝藏族羌族自治州/2014.md",
        "新建、修复堤防 18公里，治理中小河流 40公里，治理水土流失 74.7平方公里。",
        "74.7平方公里",
        "治理水土流失",
    ),
    Case(
        "more/prefectures/阿坝藏族羌族自治州/2014.md",
        "新建、修复堤防 18公里，治理中小河流 40公里，治理水土流失 74.7平方公里。",
        "18公里",
        "堤防",
    ),
    Case(
        "more/prefectures/阿坝藏族羌族自治州/2014.md",
        "完成技改升级项目 14个，淘汰落后产能项目 8个。",
        "8个",
        "淘汰落后产能项目",
    ),
    Case(
        "more/prefectures/天水市/2014.md",
        "新修梯田33.4万亩，治理水土流失面积333.73平方公里，解决了36.22万人安全饮水问题。",
        "333.73平方公里",
        "治理水土流失面积",
    ),
    Case(
        "more/prefectures/阿坝藏族羌族自治州/2022.md",
        "大力推进“人草畜平衡”，修复退化湿地1.8万亩，治理草原“两化三害”295万亩，",
        "1.8万亩",
        "修复退化湿地",
    ),
    Case("more/prefectures/衡水市/2016.md", "全面取缔砖瓦窑223座。", "223座", "取缔砖瓦窑"),
    Case(
        "more/prefectures/三明市/2023.md",
        "全市整治撂荒耕地3.12万亩，粮食总产量95.4万吨；",
        "3.12万亩",
        "整治撂荒耕地",
    ),
    Case("more/prefectures/白城市/2014.md", "拆除城市危房8433户。", "8433户", "拆除城市危房"),
    Case(
        "more/prefectures/阿坝藏族羌族自治州/2014.md",
        "首批精简行政审批事项 69项、下放 30项。",
        "30项",
        "下放",
    ),
]

# examples before 等 go, the category after it names the figure (富达棒材等高载能项目 ->
# 高载能项目); a two-character category, a number or a rest after 等 keeps them; 翻了 is a link
EXAMPLES_CASES = [
    Case(
        "more/prefectures/白城市/2014.md",
        "引进洽谈富达棒材等高载能项目15个。",
        "15个",
        "高载能项目",
    ),
    Case(
        "more/prefectures/马鞍山市/2025.md",
        "签约新华三图灵小镇等数字经济项目46个。",
        "46个",
        "数字经济项目",
    ),
    Case("more/prefectures/鸡西市/2022.md", "实施“六曲花街”等绿化工程11个，", "11个", "绿化工程"),
    Case(
        "more/prefectures/阿坝藏族羌族自治州/2014.md",
        "加快发展林业产业，新建花椒、核桃等基地 3.5 万亩。",
        "3.5 万亩",
        "花椒、核桃等基地",
    ),
    Case(
        "communiques/2010.md",
        "基础设施等其他用地12.2万公顷，增长10.2%。",
        "12.2万公顷",
        "基础设施等其他用地",
    ),
    Case(
        "more/provinces/青海省/2013.md",
        "五年来，生产总值翻了1.2番，年均增长12.9%；公共财政收入翻了1.5番，年均增长23.7%；",
        "1.5番",
        "公共财政收入",
    ),
]

# 生产 / 出版 before a count: what was made is counted (生产能力, 生产安全事故 keep it)
MAKING_CASES = [
    Case(
        "communiques/2015.md",
        "全年生产电视剧395部16560集，电视动画片134011分钟。",
        "395部",
        "电视剧",
    ),
    Case(
        "communiques/2010.md",
        "出版各类报纸448亿份，各类期刊32亿册，图书74亿册（张）。",
        "448亿份",
        "报纸",
    ),
    Case(
        "more/prefectures/张家口市/2025.md",
        "引进汽车零部件企业12家，生产整车16.98万辆，增长74%。",
        "16.98万辆",
        "整车",
    ),
]

# a figure reckoned by a standard (按…标准1196元测算) is that standard, never the verb 测算
STANDARD_CASES = [
    Case(
        "communiques/2008.md",
        "按2008年农村贫困标准1196元测算，年末农村贫困人口为4007万人。",
        "1196元",
        "农村贫困标准",
    ),
    Case(
        "communiques/2007.md",
        "按农村绝对贫困人口标准低于785元测算，年末农村贫困人口为1479万人，比上年末减少669万人；",
        "低于785元",
        "农村绝对贫困人口标准",
    ),
]

# what is counted: the noun after the next figure of a pair (3万套、135万平方米廉租住房), not
# the 的-phrase of the figure before (29个贫困村的整村推进和1992户…的扶贫搬迁任务), a name
# without its bracketed note
COUNTED_CASES = [
    Case(
        "more/provinces/内蒙古自治区/2009.md",
        "新建3万套、135万平方米廉租住房，组织实施煤矿、林区和农垦棚户区改造，"
        "继续推进农村牧区危房改造工程，加快“城中村”改造。",
        "3万套",
        "廉租住房",
    ),
    Case(
        "more/cities/郑州市/2011.md",
        "完成29个贫困村的整村推进和1992户7295人的扶贫搬迁任务，1.3万人实现脱贫。",
        "1992户",
        "扶贫搬迁任务",
    ),
    Case(
        "communiques/2008.md",
        "进出口差额（出口减进口）2955亿美元，比上年增加328亿美元。",
        "2955亿美元",
        "进出口差额",
    ),
    Case(
        "communiques/2012.md",
        "其中，固定资产投资（不含农户）364835亿元，增长20.6%；",
        "364835亿元",
        "固定资产投资",
    ),
]

# Adverbs of manner before a verb go (妥善, 按期, 成功, 主动, 积极, 先后, 足额, 向上 …), and the
# verb after them is read as usual; a rate named by its manner keeps them (按时办结率)
DOING_CASES = [
    Case("more/cities/南昌市/2011.md", "妥善安置职工12.19万人，", "12.19万人", "安置职工"),
    Case("more/cities/太原市/2006.md", "妥善安置拆迁居民2.3万户。", "2.3万户", "安置拆迁居民"),
    # 成功 goes with a verb that goes (获批, 创建); before a kept verb it counts the acts that
    # succeeded
    Case(
        "more/prefectures/萍乡市/2014.md",
        "成功获批国家级科技园区（基地）3个、省级园区（基地）6个，",
        "3个",
        "国家级科技园区（基地）",
    ),
    Case(
        "more/prefectures/常德市/2021.md",
        "成功创建国家5A级旅游景区1家、国家级旅游度假区1家，新增4A级景区3家，",
        "1家",
        "国家5A级旅游景区",
    ),
    # and before a verb of gaining: what is counted was gained
    Case(
        "more/prefectures/淮南市/2014.md",
        "实施大学生就学就业“万人计划”，成功引进大学生3000余名。",
        "3000余名",
        "引进大学生",
    ),
    Case("communiques/2012.md", "全年成功发射卫星19次。", "19次", "成功发射卫星"),
    Case(
        "more/prefectures/甘孜藏族自治州/2019.md",
        "全力推进“五个信访”建设，成功调解信访矛盾纠纷1061件。",
        "1061件",
        "成功调解信访矛盾纠纷",
    ),
    Case(
        "more/provinces/江西省/2012.md",
        "政务公开力度加大，主动公开政府信息97万多条，政府工作的透明度和公信力得到提高。",
        "97万多条",
        "公开政府信息",
    ),
    Case(
        "more/prefectures/肇庆市/2023.md",
        "主动向市人大及其常委会报告工作，按期办结人大代表建议107件、政协提案160件。",
        "107件",
        "人大代表建议",
    ),
    Case(
        "more/prefectures/玉溪市/2023.md",
        "按时足额偿还到期政府债务113亿元，金融机构不良贷款实现“双降”。",
        "113亿元",
        "偿还到期政府债务",
    ),
    Case(
        "more/cities/唐山市/2014.md",
        "先后关停重污染企业 1085 家，压减炼铁产能 362 万吨",
        "1085 家",
        "关停重污染企业",
    ),
    Case(
        "more/cities/南昌市/2019.md",
        "积极筹集各类资金500亿元以上，实施100件左右的民生实事，",
        "500亿元以上",
        "各类资金",
    ),
    Case(
        "more/provinces/广西壮族自治区/2009.md",
        "全力争取到中央新增投资43.55亿元。",
        "43.55亿元",
        "中央新增投资",
    ),
    # 必保 is a stronger 确保
    Case(
        "more/prefectures/阜新市/2023.md",
        "新增投资亿元以上储备项目100个，必保完成固定资产投资270亿元。",
        "270亿元",
        "固定资产投资",
    ),
    Case(
        "more/prefectures/双鸭山市/2015.md",
        "必保市开发区开复工5000万元以上产业项目10个，各县绿色食品产业园开复工项目5个，",
        "10个",
        "市开发区开复工5000万元以上产业项目",
    ),
    # a rate named by how it is done keeps its manner
    Case(
        "more/prefectures/迪庆藏族自治州/2023.md",
        "高位推进生态环境保护督察反馈问题整改，整改验收率提高到98.7%。",
        "98.7%",
        "整改验收率",
    ),
]

# 谋划 (and 谋划储备) plan projects: a leading verb like 新开工
PLANNING_CASES = [
    Case(
        "more/prefectures/白银市/2023.md",
        "谋划实施省列重大项目17个、年度完成投资105亿元；",
        "17个",
        "省列重大项目",
    ),
    Case(
        "more/prefectures/辽源市/2021.md",
        "谋划储备亿元以上项目225个、新基建“761”工程项目443个。",
        "225个",
        "亿元以上项目",
    ),
    Case(
        "more/prefectures/北海市/2025.md",
        "引导钢铁、建材、火电等传统产业实施设备更新、节能改造，谋划实施“千企技改”项目60个以上。",
        "60个以上",
        "“千企技改”项目",
    ),
    Case(
        "more/prefectures/滁州市/2014.md",
        "围绕转型升级、新型城镇化等方面，谋划亿元以上项目615个，总投资3538亿元；",
        "615个",
        "亿元以上项目",
    ),
    Case(
        "more/prefectures/张家界市/2014.md",
        "大力加强招商引资项目库建设，精心策划和包装重大招商项目32个。",
        "32个",
        "策划和包装重大招商项目",
    ),
]

# 整改 is remedial: what it takes names a problem (隐患 found are not 隐患 put right)
RECTIFY_CASES = [
    Case(
        "more/cities/广州市/2023.md",
        "深入推进重点行业领域大检查大督查行动，整改各类隐患70.7万处，处置易涝风险点488宗，",
        "70.7万处",
        "整改各类隐患",
    ),
    Case(
        "more/prefectures/阜新市/2023.md",
        "全面开展自建房排查整治，整改隐患房屋606栋；",
        "606栋",
        "整改隐患房屋",
    ),
    Case(
        "more/cities/哈尔滨市/2010.md",
        "取消行政审批要件118个，减少审批环节812个，向区下放事权19项。",
        "19项",
        "下放事权",
    ),
]

# the aspect mark 了 goes with the verb it follows (完成了, 新建了, 实施了)
ASPECT_CASES = [
    Case(
        "more/prefectures/嘉峪关市/2014.md",
        "（11）新建了公共卫生间10座并全部免费开放，",
        "10座",
        "公共卫生间",
    ),
    Case(
        "more/prefectures/东营市/2014.md",
        "积极发展高效生态农业，实施了总投资268亿元的22个重点项目，",
        "268亿元",
        "总投资",
    ),
    Case(
        "more/prefectures/邢台市/2021-08.md",
        "投入专项扶贫资金49.2亿元，实施了产业扶贫项目4180个，",
        "4180个",
        "产业扶贫项目",
    ),
    Case(
        "more/provinces/海南省/2009.md",
        "争取了新增中央投资17.36亿元，可带动地方和社会投资总规模58.45亿元，",
        "17.36亿元",
        "新增中央投资",
    ),
    # after a verb that sets a standard, in the clause before a 分别 list
    Case(
        "more/provinces/西藏自治区/2005.md",
        "提高了国有企业离退休人员养老金和城镇居民最低生活保障标准，平均每人每月分别增加40元和20元。",
        "20元",
        "城镇居民最低生活保障标准",
    ),
]

# A figure whose own words are only a stage of works (建成, 开工建设, 年内完成) counts the works the
# clause before names (加快X建设, 推进X, X改造扎实推进)
WORKS_CLAUSE_CASES = [
    Case(
        "more/cities/福州市/2016.md",
        "加快保障性安居工程建设，新开工建设1.8万套，基本建成1万套。",
        "1.8万套",
        "保障性安居工程",
    ),
    Case(
        "more/prefectures/黔南布依族苗族自治州/2023.md",
        "大力推进棚户区改造攻坚，确保完成改造1.3万户，",
        "1.3万户",
        "棚户区改造",
    ),
    Case(
        "more/provinces/河北省/2013.md",
        "抓好农村危房改造，年内完成18万户。",
        "18万户",
        "农村危房改造",
    ),
    Case(
        "more/cities/成都市/2019.md",
        "7.实施三级天府绿道建设，建成800公里。",
        "800公里",
        "三级天府绿道",
    ),
    Case(
        "more/prefectures/柳州市/2023.md",
        "继续大力推进工业标准厂房建设，力争全年建成500万平方米。",
        "500万平方米",
        "工业标准厂房",
    ),
    Case(
        "more/prefectures/开封市/2014.md",
        "新型农村社区建设扎实推进，开工建设112个，38个达到入住条件。",
        "112个",
        "新型农村社区",
    ),
    Case(
        "more/cities/长春市/2013.md",
        "居住方面，加快建设保障性住房，年内力争竣工1万套。",
        "1万套",
        "保障性住房",
    ),
    Case(
        "more/prefectures/江门市/2014.md",
        "华侨农场危房改造有效推进，新开工207套，基本建成222套。",
        "207套",
        "华侨农场危房改造",
    ),
]

# Items that end in the same noun share what follows it in the last item (机电产品、高新技术产品
# 出口: 机电产品出口); never a share (占工业增加值的比重) nor a time (全年)
SAME_NOUN_CASES = [
    Case(
        "more/provinces/山西省/2015.md",
        "外贸结构进一步优化，机电产品、高新技术产品出口分别增长9%、15.6%。",
        "增长9%",
        "机电产品出口",
    ),
    Case(
        "more/provinces/江苏省/2007.md",
        "企业职工养老保险、基本医疗保险、失业保险参保人数分别增加107.4万人、147.7万人和62.6万人。",
        "147.7万人",
        "基本医疗保险参保人数",
    ),
    Case(
        "more/provinces/西藏自治区/2022.md",
        "规模以上工业企业、高新技术企业、科技型中小企业数量分别增长12.5%、18%和127%。",
        "增长12.5%",
        "规模以上工业企业数量",
    ),
    Case(
        "more/cities/重庆市/2004.md",
        "高速公路和高等级公路通车里程分别达到2000公里和6000公里，",
        "2000公里",
        "高速公路通车里程",
    ),
    Case(
        "more/prefectures/包头市/2024.md",
        "年内绿色建筑和装配式建筑占比分别达到25%和30%。",
        "25%",
        "绿色建筑占比",
    ),
    Case(
        "more/prefectures/邯郸市/2014.md",
        "全部财政收入和公共财政预算收入中税收占比分别达到81.2%和67.2%，提高2个和4.2个百分点。",
        "81.2%",
        "全部财政收入中税收占比",
    ),
    Case(
        "more/provinces/青海省/2022.md",
        "城镇登记失业率、城镇调查失业率全年分别控制在3.5%和5.5%以内；",
        "3.5%",
        "城镇登记失业率",
    ),
]

# How the counted things are going ends their noun: 11个特色园区建设扎实推进, 157项改革任务有序
# 推进 (有序 inside a name stays: 产业有序转移子基金)
PROGRESS_CASES = [
    Case(
        "more/cities/无锡市/2025.md",
        "加强龙头企业跟踪服务，11个特色园区建设扎实推进，2个I类创新药获批上市、全省第二。",
        "11个",
        "特色园区",
    ),
    Case(
        "more/cities/上海市/2025.md",
        "深入开展浦东综合改革试点，157项改革任务有序推进。",
        "157项",
        "改革任务",
    ),
    Case(
        "more/prefectures/辽阳市/2021.md",
        "高性能聚丙烯、聚酰亚胺等10项重点工程快速推进。",
        "10项",
        "重点工程",
    ),
    Case(
        "more/prefectures/鹤壁市/2021.md",
        "134个乡村振兴示范村建设扎实推进，",
        "134个",
        "乡村振兴示范村",
    ),
    Case(
        "more/prefectures/惠州市/2024.md",
        "组建20亿元产业有序转移子基金，",
        "20亿元",
        "产业有序转移子基金",
    ),
]

# A percentage after a verb done (创造了, 吸纳了, 贡献了) measures the noun after its 的
SHARE_AFTER_CASES = [
    Case(
        "more/prefectures/湛江市/2019.md",
        "民营经济增加值超1900亿元、增长6.5%，创造了60%以上的GDP和固定资产投资、70%以上的创新成果和税收，",
        "60%以上",
        "GDP和固定资产投资",
    ),
    Case(
        "more/prefectures/酒泉市/2016.md",
        "各类园区入驻企业800多户，吸纳了27.1%的城镇就业，创造了近七成的地方税收，",
        "27.1%",
        "城镇就业",
    ),
    Case(
        "more/cities/海口市/2023.md",
        "**四大重点产业园区以不到10%的土地，贡献了46.9%的投资、41.3%的税收。",
        "46.9%",
        "投资",
    ),
]

# The base a figure is set on is no part of its subject (在2005年基础上, 在上年度), nor a
# subject itself (的基础上又增长14.5%: the subject before)
BASE_CASES = [
    Case(
        "more/cities/呼和浩特市/2015.md",
        "其中，抢劫案件在上年度下降49.9%的基础上再次下降19.4%；",
        "下降19.4%",
        "抢劫案件",
    ),
    Case(
        "more/cities/哈尔滨市/2010.md",
        "水、气主要污染物在2005年基础上累计分别削减16%和11%。",
        "11%",
        "气主要污染物",
    ),
    Case(
        "more/prefectures/鄂尔多斯市/2015.md",
        "加快化解存量政府性债务，确保债务余额在上年基础上再下降20%。",
        "下降20%",
        "债务余额",
    ),
    Case(
        "more/cities/天津市/2006.md",
        "全市生产总值在上年增长 15.7%的基础上又增长14.5%，连续10个季度增长14%以上。",
        "增长14.5%",
        "生产总值",
    ),
    Case(
        "more/provinces/黑龙江省/2016.md",
        "哈尔滨机场旅客吞吐量在上年增长18%的基础上再增长14.8%。",
        "增长14.8%",
        "哈尔滨机场旅客吞吐量",
    ),
    Case(
        "more/cities/重庆市/2005.md",
        "“二环八射”高速公路在已建成714公里基础上，续建716公里，新开工480公里，",
        "714公里",
        "“二环八射”高速公路",
    ),
    Case(
        "communiques/1980.md",
        "全国农副产品收购价格总指数在一九七九年提高22．1％的基础上又提高了7.1％。",
        "7.1％",
        "农副产品收购价格总指数",
    ),
]

# An amount that takes a subject carried from a clause about its rate of growth is of the
# subject, not of the rate (地区生产总值增速居全省第3位，预计全年完成560亿元)
GROWTH_CARRIED_CASES = [
    Case(
        "more/prefectures/陇南市/2023.md",
        "三季度，地区生产总值增速居全省第3位，预计全年完成560亿元，增长7%；",
        "560亿元",
        "地区生产总值",
    ),
    Case(
        "more/prefectures/大理白族自治州/2022.md",
        "力争地区生产总值增速高于全省平均水平，到2026年经济总量突破2400亿元，",
        "突破2400亿元",
        "地区生产总值",
    ),
    Case(
        "more/prefectures/开封市/2014.md",
        "生产总值年均增速高于全省平均水平，到2018年突破2000亿元；",
        "突破2000亿元",
        "生产总值",
    ),
]

# An adverb of manner goes with the verb it opens (全面落实, 集中实施, 依法办理, 基本建成)
MANNER_VERB_CASES = [
    Case(
        "more/prefectures/枣庄市/2020.md",
        "依法办理行政复议案件169件，市长热线办结率99.5%。",
        "169件",
        "行政复议案件",
    ),
    Case(
        "more/prefectures/新余市/2023.md",
        "全面落实工业高质量发展30条，打造产业链链长制升级版，",
        "30条",
        "工业高质量发展",
    ),
    Case(
        "more/cities/石家庄市/2015.md",
        "坚持“有中生新”，改造提升传统产业，集中实施技改项目1600项，",
        "1600项",
        "技改项目",
    ),
    Case(
        "more/cities/南宁市/2017.md",
        "基本建成各类保障性住房2.36万套，分配入住1.79万套，新增发放租赁补贴2767户。",
        "2.36万套",
        "保障性住房",
    ),
    # 基本建设 (capital construction) is a noun, not a manner and a verb
    Case(
        "communiques/1984.md",
        "在全民所有制单位固定资产投资中，基本建设投资735亿元，比上年增长23．8％；",
        "735亿元",
        "基本建设投资",
    ),
]

# What is said of counted things after their noun ends it: 10条市域快速通道基本建成, 35项重点文旅
# 项目进展顺利
COUNTED_PREDICATE_CASES = [
    Case(
        "more/cities/郑州市/2014.md",
        "地铁1号线一期如期试运营，10条市域快速通道基本建成，打通城区断头路110条，",
        "10条",
        "市域快速通道",
    ),
    Case(
        "more/prefectures/张掖市/2021.md",
        "高台“1+8”红色文化旅游大景区等35项重点文旅项目进展顺利，完成投资38.2亿元。",
        "35项",
        "重点文旅项目",
    ),
    Case(
        "more/prefectures/衡阳市/2021.md",
        "28个省重点项目、283个市重点项目进展顺利，分别完成投资252亿元、787亿元。",
        "283个",
        "市重点项目",
    ),
]

# A span of years after a subject is when, not what (能耗五年累计下降, 水耗三年累计下降)
SPAN_CASES = [
    Case(
        "more/provinces/福建省/2008.md",
        "全社会固定资产投资五年累计1.32万亿元，其中基础设施投资3717亿元，",
        "1.32万亿元",
        "全社会固定资产投资",
    ),
    Case(
        "more/provinces/山西省/2021.md",
        "深入开展“三零”单位创建，煤炭百万吨死亡率五年下降70.9%。",
        "下降70.9%",
        "煤炭百万吨死亡率",
    ),
    Case(
        "more/cities/深圳市/2014.md",
        "万元GDP水耗三年累计下降33.4%，完成“十二五”规划目标的167%，",
        "下降33.4%",
        "万元GDP水耗",
    ),
]

# A bare rate after the first item of a list is of what the first item's rate is of, when the
# phrase so made is a statistic the taxonomy knows (城市污水收集率、处理率: 城市污水处理率)
SHARED_RATE_CASES = [
    Case(
        "more/cities/南昌市/2021-10.md",
        "义务教育入学率、巩固率分别达100%、97%，普通高中教育毛入学率达93.3%。",
        "97%",
        "义务教育巩固率",
    ),
    Case(
        "more/cities/贵阳市/2021.md",
        "学前教育公办率、普惠率分别提高到52.76%、86.63%，",
        "86.63%",
        "学前教育普惠率",
    ),
    Case(
        "more/prefectures/白城市/2014.md",
        "城市污水收集率、处理率分别达到67%和62%",
        "62%",
        "城市污水处理率",
    ),
    # a longer bare rate takes the longest holder of the first rate that makes a statistic
    Case(
        "more/prefectures/乐山市/2019.md",
        "推动土地流转6.9万亩，土地流转率、规模化经营率分别达32.1%和25.6%；",
        "25.6%",
        "土地规模化经营率",
    ),
]

# 提标改造 (upgrading a plant) is a verb of works like 改造: it goes before its object, and alone
# the figure counts the object named before
UPGRADE_CASES = [
    Case(
        "more/prefectures/景德镇市/2022.md",
        "开展中央环保督察反馈问题整改，提标改造污水处理厂4座，",
        "4座",
        "污水处理厂",
    ),
    Case(
        "more/cities/西安市/2014.md",
        "加大渭河、皂河污染治理力度，完成新建和提标改造污水处理厂13座，新增污水日处理能力24.5万吨。",
        "13座",
        "污水处理厂",
    ),
    Case(
        "more/provinces/宁夏回族自治区/2016.md",
        "新建城市污水处理厂8座，提标改造12座，加快工业园区污水处理厂建设，",
        "12座",
        "城市污水处理厂",
    ),
]

# The subjects of a 分别 list named by the clause before, as many items as figures (whatever
# their last words); never what the clause says of them (徘徊不前的情况, 力度加大)
CLAUSE_LIST_CASES = [
    Case(
        "more/cities/东莞市/2012.md",
        "各类安全事故宗数、死亡人数、直接经济损失，比五年前分别下降33.9%、35.5%和41.3%。",
        "35.5%",
        "死亡人数",
    ),
    Case(
        "more/prefectures/安庆市/2016.md",
        "城市低保、农村低保和五保供养标准提高，分别是“十一五”末的 1.8倍、 2.7倍和 2.5倍。",
        "2.5倍",
        "五保供养标准",
    ),
    Case(
        "more/provinces/黑龙江省/2012.md",
        "城镇职工、居民医保以及新农合统筹基金政策内住院支付比例，分别达到77.4%、63%和70%，",
        "70%",
        "新农合统筹基金政策内住院支付比例",
    ),
    Case(
        "more/cities/南京市/2015.md",
        "城镇职工、居民医保和新农合政策范围内住院报销比例，分别提高到84%、74%和75%。",
        "75%",
        "新农合政策范围内住院报销比例",
    ),
]

# A share with no base right after a figure (其中境内申请188.6万件，占91.9%) is that figure's
# share of the whole before it
BARE_SHARE_CASES = [
    Case(
        "communiques/1999.md",
        "其中，城镇人口38892万人，占30.9%；乡村人口87017万人，占69.1%。",
        "69.1%",
        "乡村人口占比",
    ),
    Case(
        "communiques/2012.md",
        "全年受理境内外专利申请205.1万件，其中境内申请188.6万件，占91.9%。",
        "91.9%",
        "境内申请占比",
    ),
    Case(
        "communiques/1982.md",
        "基本建设投资中，用于生产性建设303亿元，占54.5％；",
        "54.5％",
        "用于生产性建设占比",
    ),
    Case(
        "more/prefectures/雅安市/2014.md",
        "公共财政支出中民生支出171.5亿元，占65.71%。",
        "65.71%",
        "公共财政支出中民生支出占比",
    ),
]

# Water bodies or monitoring sites counted, then their water quality: the sites are counted, the
# quality is said of them (a rate after them is their water's); firms counted by 家 are firms
WATER_HOLDER_CASES = [
    Case(
        "more/provinces/河南省/2021.md",
        "加强流域环境治理，18个国控断面水质全部达标。",
        "18个",
        "国控断面",
    ),
    Case(
        "more/cities/无锡市/2017.md",
        "组织开展新一轮太湖治理和黑臭河道整治，太湖无锡水域水质和161条重点河道水质进一步改善。",
        "161条",
        "重点河道",
    ),
    Case(
        "more/prefectures/临沧市/2023.md",
        "澜沧江、怒江两大水系11个国控断面水质优良率达100%，获评省级美丽河湖12个。",
        "11个",
        "国控断面",
    ),
    Case(
        "more/prefectures/临沧市/2023.md",
        "澜沧江、怒江两大水系11个国控断面水质优良率达100%，获评省级美丽河湖12个。",
        "100%",
        "国控断面水质优良率",
    ),
    Case(
        "more/provinces/四川省/2019.md",
        "沱江水质显著改善、87个国考断面中水质优良断面达85个、水环境质量创“十三五”以来最好水平。",
        "87个",
        "国考断面",
    ),
    Case(
        "more/prefectures/张家口市/2025.md",
        "华泰矿冶、新烨工程等11家企业产品填补国内空白，万丰冶金、秦淮数据等12家企业市场占有率全国第一。",
        "12家",
        "企业",
    ),
    Case(
        "more/prefectures/张家口市/2025.md",
        "华泰矿冶、新烨工程等11家企业产品填补国内空白，万丰冶金、秦淮数据等12家企业市场占有率全国第一。",
        "11家",
        "企业",
    ),
]

# What is said of what was counted ends its noun: 达产达效, 增收, 分离移交, 运营, a firm's 改革
SAID_OF_COUNTED_CASES = [
    Case(
        "more/prefectures/吉安市/2025.md",
        "“井冈山”品牌累计授权企业397家，产品年销售额超120亿元、溢价达21.8%，带动50余万农户增收。",
        "50余万",
        "农户",
    ),
    Case(
        "more/cities/贵阳市/2021.md",
        "“三变”改革实现行政村全覆盖，带动194万群众稳定增收。",
        "194万",
        "群众",
    ),
    Case(
        "more/prefectures/张家口市/2025.md",
        "紧密对接京津冀算力需求，推动27个在建项目、30个投运项目达产增效，",
        "30个",
        "投运项目",
    ),
    Case("more/cities/太原市/2002.md", "13个项目达产达效，占31%，", "13个", "项目"),
    Case(
        "more/prefectures/自贡市/2021.md",
        "培育发展电子信息产业，力促联积电子等30户企业达产，",
        "30户",
        "企业",
    ),
    Case(
        "more/cities/哈尔滨市/2004.md",
        "搞好国有企业主辅分离，启动12所企办学校分离移交工作。",
        "12所",
        "企办学校",
    ),
    Case(
        "more/cities/南昌市/2011.md",
        "圆满完成68家国有工业企业改革，妥善安置职工12.19万人，",
        "68家",
        "国有工业企业",
    ),
    Case(
        "more/cities/沈阳市/2018.md",
        "推动机床集团等12户重点企业改革取得新突破，",
        "12户",
        "重点企业",
    ),
    Case(
        "more/cities/青岛市/2024.md",
        "历史城区11万平方米老建筑完成保护修缮，10个街区开街运营，台东步行街获评全国示范步行街。",
        "10个",
        "街区",
    ),
    Case(
        "more/prefectures/雅安市/2023.md",
        "熊猫会展博览馆建成投运，2家五星级标准酒店正式运营。",
        "2家",
        "五星级标准酒店",
    ),
    Case(
        "more/provinces/四川省/2019.md",
        "确保剩余的7个县摘帽、300个村退出、20万人脱贫。",
        "300个",
        "村",
    ),
    Case(
        "more/cities/天津市/2014.md",
        "新开工建设农民住房1000万平方米，竣工600万平方米，累计55万农民迁入新居。",
        "55万",
        "农民",
    ),
    Case(
        "more/cities/郑州市/2019.md",
        "推动107国道东移与四港联动大道连接线等6个项目完工。",
        "6个",
        "项目",
    ),
    Case(
        "more/cities/太原市/2019.md",
        "青运村、滨河体育中心等9个二青会场馆基本完工。",
        "9个",
        "二青会场馆",
    ),
    Case(
        "more/cities/南宁市/2014.md",
        "完善扶持企业上市相关规定，推动南城百货等4家企业上市。",
        "4家",
        "企业",
    ),
    Case(
        "more/prefectures/酒泉市/2016.md",
        "风电二期首批300万千瓦项目建成，二期500万千瓦项目启动，",
        "500万千瓦",
        "项目",
    ),
    # what is cut off as said of the noun is no subject of the next figure
    Case(
        "more/prefectures/甘孜藏族自治州/2019.md",
        "全力实现12个县摘帽、251个村退出、7161户31242人脱贫，",
        "7161户",
        "脱贫",
    ),
    # the poor and their places lifted out of poverty: the predicate names the statistic and
    # stays, with its adverbs, as written
    Case(
        "more/provinces/黑龙江省/2023.md",
        "现行标准下全省62.5万贫困人口全部脱贫，28个贫困县全部摘帽，1778个贫困村全部出列。",
        "62.5万",
        "贫困人口全部脱贫",
    ),
    Case(
        "more/provinces/黑龙江省/2023.md",
        "现行标准下全省62.5万贫困人口全部脱贫，28个贫困县全部摘帽，1778个贫困村全部出列。",
        "28个",
        "贫困县全部摘帽",
    ),
    Case(
        "more/provinces/黑龙江省/2023.md",
        "现行标准下全省62.5万贫困人口全部脱贫，28个贫困县全部摘帽，1778个贫困村全部出列。",
        "1778个",
        "贫困村全部出列",
    ),
    # (before, 稳定 was left on the noun once 脱贫 was cut)
    Case(
        "more/prefectures/衡水市/2016.md",
        "确保13万贫困人口稳定脱贫。",
        "13万",
        "贫困人口稳定脱贫",
    ),
    Case(
        "more/cities/武汉市/2016.md",
        "实现77个贫困村脱贫出列、43369名农村贫困人口脱贫销号。",
        "43369名",
        "农村贫困人口脱贫销号",
    ),
    # a compound that the predicate opens is no predicate: the villages are helped
    Case(
        "more/prefectures/丹东市/2014.md",
        "积极做好135个贫困村脱贫帮扶工作。",
        "135个",
        "贫困村脱贫帮扶",
    ),
]

# A 分别 list of examples before 等, as many as the figures: each example with the quantity named
# after 等; after a category of things (新型农业经营主体) the examples alone
EXAMPLES_LISTED_CASES = [
    Case(
        "more/cities/沈阳市/2018.md",
        "机器人、航空、新一代信息技术、生物制药及高性能医疗器械等产业产值分别增长28.6%、12.5%、8.2%、11.6%。",
        "11.6%",
        "生物制药及高性能医疗器械产业产值",
    ),
    Case(
        "more/cities/深圳市/2026.md",
        "质检、信用、广告等服务业营收分别增长9.1%、15.0%、17.6%。",
        "15.0%",
        "信用服务业营收",
    ),
    Case(
        "more/cities/东莞市/2023.md",
        "新型显示、新能源装备、生物制药等行业增加值分别增长9.2%、9.6%、11.3%。",
        "11.3%",
        "生物制药行业增加值",
    ),
    Case(
        "more/provinces/黑龙江省/2012.md",
        "食品、石化、矿产、林产品深加工等产业主营业务收入分别增长25%、16%、30%和20%。",
        "16%",
        "石化产业主营业务收入",
    ),
    Case(
        "more/cities/长沙市/2019.md",
        "种养大户、家庭农场、农民合作社、农业龙头企业等新型农业经营主体分别新增1374家、676家、854家、108家，",
        "676家",
        "家庭农场",
    ),
    # a share after 等 is of the whole category: no example is named alone
    Case(
        "more/prefectures/孝感市/2014.md",
        "教育、卫生、社保等民生支出占地方公共财政预算支出比例分别提高到21.4%、10.6%、14.9%。",
        "10.6%",
        "民生支出占地方公共财政预算支出比例",
    ),
]

# A range of counts with its noun after the upper bound: both bounds count that noun, never the
# words before the lower bound (a task: 重点培育, 选择, 每个区消除)
RANGE_NOUN_CASES = [
    Case(
        "more/prefectures/萍乡市/2021.md",
        "培育壮大产业链核心骨干企业，每个产业链重点培育3-5家头部企业，",
        "3",
        "头部企业",
    ),
    Case(
        "more/prefectures/九江市/2016.md",
        "加快“百县百园”建设，重点打造3-5个现代农业示范园。",
        "5个",
        "现代农业示范园",
    ),
    Case(
        "more/provinces/江西省/2007.md",
        "选择1-2个设区市开展失业保险基金市级统筹试点；",
        "1",
        "设区市",
    ),
    Case(
        "more/prefectures/襄阳市/2023.md",
        "力争每条产业链引进培育1-3家链主企业和3-5家骨干企业。",
        "3",
        "骨干企业",
    ),
    Case(
        "more/provinces/湖南省/2007.md",
        "重点在企业培育10－15家省级工程（技术）研究中心，集中力量开发核心技术，",
        "15家",
        "省级工程（技术）研究中心",
    ),
]

# A class of investment before counted projects is part of their noun (the threshold is no figure)
INVESTED_CLASS_CASES = [
    Case(
        "more/cities/青岛市/2005.md",
        "推进炼油、造船、汽车等20个投资10亿元以上大项目、100个投资过亿元的重点项目。",
        "20个",
        "投资10亿元以上大项目",
    ),
    Case(
        "more/cities/青岛市/2005.md",
        "推进炼油、造船、汽车等20个投资10亿元以上大项目、100个投资过亿元的重点项目。",
        "100个",
        "投资过亿元的重点项目",
    ),
    Case(
        "more/prefectures/阜新市/2023.md",
        "万达铸业高精合金关键部件、中广核10万千瓦光伏发电等200个投资5000万元以上项目开工建设；",
        "200个",
        "投资5000万元以上项目",
    ),
    Case(
        "more/prefectures/襄阳市/2023.md",
        "长飞光纤光电信息与智能装备制造等18个投资过百亿元的产业项目落户，",
        "18个",
        "投资过百亿元的产业项目",
    ),
    Case(
        "more/cities/武汉市/2015.md",
        "周大福珠宝文化产业园等5个投资50亿元以上工业项目建成投产；",
        "5个",
        "投资50亿元以上工业项目",
    ),
]

# A share of things that have done or reached something (50%的村集体完成清产核资): the things named
# with what they did, as a reader names the share (完成清产核资的村集体), never the bare things
SHARE_THAT_CASES = [
    Case(
        "more/cities/沈阳市/2018.md",
        "深入推进集体产权制度改革，争取50%的村集体完成清产核资，",
        "50%",
        "完成清产核资的村集体",
    ),
    Case(
        "more/prefectures/阿坝藏族羌族自治州/2014.md",
        "90%的乡镇、 75%的村庄达到“四化”标准。",
        "75%",
        "达到“四化”标准的村庄",
    ),
    Case(
        "more/prefectures/威海市/2021.md",
        "恢复和新增兴利库容2.5亿立方米，73%的村庄实现规模化供水，",
        "73%",
        "实现规模化供水的村庄",
    ),
    Case(
        "more/provinces/湖南省/2017.md",
        "推动农村环境综合整治全覆盖，80%的乡镇建成生活垃圾收转运设施，建设更多的美丽乡村。",
        "80%",
        "建成生活垃圾收转运设施的乡镇",
    ),
    Case(
        "more/provinces/宁夏回族自治区/2012.md",
        "加强公共卫生应急处置能力建设，力争95%以上的疾控中心达到基本标准。",
        "95%以上",
        "达到基本标准的疾控中心",
    ),
    Case(
        "more/provinces/黑龙江省/2011.md",
        "全面开工建设47个新增补的松花江流域治理项目，力争70%的项目当年建成运行。",
        "70%",
        "建成运行的项目",
    ),
]

# How counted things fared (成效明显, 务实推进) and the board firms list on end their noun
FARED_CASES = [
    Case(
        "more/cities/沈阳市/2018.md",
        "全市新增金融及金融服务机构44家，15家企业“新三板”挂牌，",
        "15家",
        "企业",
    ),
    Case(
        "more/prefectures/许昌市/2014.md",
        "确保1家企业主板上市，争取1家企业境外上市，",
        "1家",
        "企业",
        nth=1,
    ),
    Case(
        "more/prefectures/吉安市/2025.md",
        "深入开展群众身边不正之风和腐败问题集中整治，15件群众身边具体实事成效积极，",
        "15件",
        "群众身边具体实事",
    ),
    Case(
        "more/prefectures/吉安市/2025.md",
        "新疆阿克陶县9个对口支援事项务实推进，",
        "9个",
        "对口支援事项",
    ),
    # a board at the noun's head is its name: 新增1家主板上市企业
    Case("more/prefectures/云浮市/2023.md", "年内新增1家主板上市企业，", "1家", "主板上市企业"),
]

# A place of any kind (…区, 基地), then what was built or gathered in it: what was built is counted
PLACE_GATHERED_CASES = [
    Case(
        "more/cities/沈阳市/2018.md",
        "国家大数据综合试验区聚集企业130余家，",
        "130余家",
        "企业",
    ),
    Case(
        "more/prefectures/中卫市/2016.md",
        "优化公交线路6条，沙坡头区新建候车亭268座、",
        "268座",
        "候车亭",
    ),
    Case(
        "more/cities/南宁市/2021.md",
        "示范基地聚集创新主体达339家",
        "339家",
        "创新主体",
    ),
]

# What counted things have, before 的 and their noun, says which are counted: never the having alone
HAVING_CASES = [
    Case(
        "more/provinces/云南省/2011.md",
        "研究开发50个拥有自主知识产权的重大新产品。",
        "50个",
        "拥有自主知识产权的重大新产品",
    ),
    Case(
        "more/prefectures/庆阳市/2018.md",
        "北京正大、圣元环保、河北微聚等126户有实力的民营企业落户我市。",
        "126户",
        "有实力的民营企业",
    ),
    Case(
        "more/provinces/海南省/2020.md",
        "围绕简政放权、提高政府效能，推出2～3项有全国影响的重大制度创新。",
        "3项",
        "有全国影响的重大制度创新",
    ),
    Case(
        "more/prefectures/大庆市/2022.md",
        "对20个具备条件的小区进行智能化改造、系统化整合。",
        "20个",
        "具备条件的小区",
    ),
    Case(
        "more/cities/温州市/2014.md",
        "今年启动建设30个有示范作用的高质量小微企业园。",
        "30个",
        "有示范作用的高质量小微企业园",
    ),
]

# Verbs of concluding, mending and founding go before their object like 签订/维修/设立
CONCLUDING_VERB_CASES = [
    Case(
        "more/prefectures/郴州市/2023.md",
        "自觉接受各方监督，办结人大代表建议369件、政协提案187件，",
        "369件",
        "人大代表建议",
    ),
    Case(
        "more/prefectures/十堰市/2023.md",
        "我们突出抓大事、办要事，成功举办楚商年会，达成意向投资1670亿元，",
        "1670亿元",
        "意向投资",
    ),
    Case(
        "more/prefectures/吉安市/2025.md",
        "119家生产型出口企业赴外参展，达成外贸订单超20亿元，",
        "超20亿元",
        "外贸订单",
    ),
    Case(
        "more/prefectures/张家界市/2014.md",
        "整修病险水库30座，治理河道38.3公里，",
        "30座",
        "病险水库",
    ),
    Case(
        "more/cities/沈阳市/2018.md",
        "坚持共建共治共享，成立协商自治组织3000余个，新登记社会组织375个，",
        "3000余个",
        "协商自治组织",
    ),
    Case(
        "more/provinces/湖南省/2007.md",
        "全面建立农村最低生活保障制度，新建、扩改建乡镇敬老院200所；",
        "200所",
        "乡镇敬老院",
    ),
]

# A bare statistic of firms (增加值, 利润, 税收, 营业收入) right after the figure of another
# statistic of the same owner is the owner's; the second of a pair (收入和支出, 申请量、授权量,
# 内资…、外资…) and a bare 收入 after the visitors (旅游人次、收入) name the statistic they pair
# with; a clause naming an industry gives it to a lone bare statistic when the table has it;
# 城乡…分别 lists pair the figures of each kind; 内外资…分别 splits into 内资 and 外资
OWNER_CASES = [
    Case(
        "more/cities/西安市/2020.md",
        "规模以上工业总产值突破6000亿元，增加值增长6.9%，增速在9个国家中心城市中排名",
        "增长6.9%",
        "规模以上工业增加值",
    ),
    Case(
        "more/cities/厦门市/2016.md",
        "推行一系列国资国企改革，19家市属国企资产增长13.8%，利润增长5.3%。",
        "增长5.3%",
        "市属国企利润",
    ),
    Case(
        "more/cities/海口市/2025.md",
        "园区完成营收1600亿元、增长13%，税收33亿元、增长25%，进出口总额370亿元、增长17%。",
        "增长25%",
        "园区税收",
    ),
    Case(
        "more/cities/南昌市/2005.md",
        "全市27户重点企业完成工业增加值109.83亿元，实现销售收入381.08亿元，实现利税55.76亿元，分别占",
        "55.76亿元",
        "重点企业工业利税",
    ),
    Case(
        "more/provinces/河南省/2013.md",
        "财政总收入及地方公共财政预算收入、支出分别增长15.1%和18.5%、17.8%，城镇居民人均可支配收入",
        "17.8%",
        "地方公共财政预算支出",
    ),
    Case(
        "more/provinces/江苏省/2012.md",
        "专利申请量、授权量分别增长47.6%和44.3%。",
        "44.3%",
        "专利授权量",
    ),
    Case(
        "more/cities/成都市/2017.md",
        "实际利用内资4100亿元、外资85.3亿美元，分别增长14.5%、13.4%。",
        "85.3亿美元",
        "实际利用外资",
    ),
    Case(
        "more/provinces/青海省/2005.md",
        "旅游业发展加快，接待游客509万人次，实现收入20.2亿元。",
        "20.2亿元",
        "旅游收入",
    ),
    Case(
        "more/cities/西宁市/2024.md",
        "旅游人数和收入分别增长73.5%、120.9%。",
        "120.9%",
        "旅游收入",
    ),
    Case(
        "more/prefectures/曲靖市/2014.md",
        "第三产业快速发展，实现增加值456.3亿元，同比增长12.4%。",
        "增长12.4%",
        "第三产业增加值",
    ),
    Case(
        "more/cities/武汉市/2004.md",
        "金融业发展迅速，房地产业快速升温，实现增加值分别增长15％和17％；会展、旅游",
        "增长15％",
        "增加值",
    ),
    Case(
        "more/provinces/甘肃省/2018.md",
        "城乡居民人均可支配收入分别由17979元和4931元增加到27763元和8076元、年均增长9.1%和10.4%。",
        "10.4%",
        "农村居民人均可支配收入",
    ),
    Case(
        "more/prefectures/六安市/2020.md",
        "固定资产投资增长13%以上、其他营利性服务业增长68.9%、城镇及农村常住居民人均可支配收入分别增长9%和10%以上",
        "增长9%",
        "城镇常住居民人均可支配收入",
    ),
    Case(
        "more/cities/长春市/2015.md",
        "引进国际战略投资者、央企、民营500强企业，实际利用内外资分别增长15%和13%。",
        "增长15%",
        "实际利用内资",
    ),
    Case(
        "more/cities/太原市/2023.md",
        "全年新设市场主体16.93万户、增长38.49%，总量达71.92万户、增长19.92%。",
        "增长19.92%",
        "市场主体",
    ),
]

# A bare statistic (实现增加值, 总收入, 产值增长) takes the industry a topic just before it names with what
# it did (the clause before, or a short sentence or heading before the sentence), when the table has
# the statistic so named; funds in place right after the count of the place's 招商引资 projects are its
# 招商引资到位资金 (not after projects of a kind: 新签约); a bare 总收入 after the visitors' count is
# tourism's; a bare 投资 growing right after GDP growth is the fixed-asset investment (not a project's)
TOPIC_OWNER_CASES = [
    Case(
        "more/prefectures/泰州市/2014.md",
        "服务业发展较快。实现增加值1245亿元，增长12.2%；",
        "增长12.2%",
        "服务业增加值",
    ),
    Case(
        "more/prefectures/云浮市/2015.md",
        "（一）第一产业稳定增长。实现增加值148.1亿元，增长4.3%。",
        "148.1亿元",
        "第一产业增加值",
    ),
    Case(
        "more/provinces/内蒙古自治区/2012.md",
        "大力发展第三产业，实现增加值4849.1亿元，增长11%。",
        "增长11%",
        "第三产业增加值",
    ),
    Case(
        "more/provinces/西藏自治区/2007.md",
        "以旅游业为龙头的第三产业快速发展，实现增加值162.8亿元，增长11.8%。",
        "增长11.8%",
        "第三产业增加值",
    ),
    Case(
        "more/provinces/黑龙江省/2012.md",
        "非公有制经济发展势头强劲，增加值增长16%以上，占地区生产总值的51%；",
        "增长16%以上",
        "非公有制经济增加值",
    ),
    Case(
        "more/prefectures/乌海市/2014.md",
        "全年实施招商引资项目202个，引进到位资金271亿元，增长13%，",
        "增长13%",
        "招商引资到位资金",
    ),
    Case(
        "more/prefectures/天水市/2014.md",
        "新签约招商引资项目205项，总投资549.21亿元，到位资金102.63亿元",
        "102.63亿元",
        "到位资金",
    ),
    Case(
        "more/prefectures/六安市/2014.md",
        "全年共接待游客2000万人次，实现总收入130亿元，分别增长33.3%、36.8%。",
        "36.8%",
        "旅游总收入",
    ),
    Case(
        "more/prefectures/周口市/2014.md",
        "旅游业稳步发展，实现总收入80.9亿元，增长16.5%。",
        "增长16.5%",
        "旅游业总收入",
    ),
    Case(
        "more/provinces/湖南省/2018.md",
        "地区生产总值增长8%左右，投资增长11.5%，",
        "增长11.5%",
        "固定资产投资",
    ),
    Case("more/cities/南宁市/2014.md", "完成投资50.05亿元，增长81.1%。", "增长81.1%", "投资"),
    # the firms the clause before counts own it; never new firms, nor a part of the place's
    Case(
        "more/prefectures/蚌埠市/2016.md",
        "规模以上工业企业超过1000户，实现增加值670亿元、居全省第4，增长11%。",
        "增长11%",
        "规模以上工业企业增加值",
    ),
    Case(
        "more/prefectures/玉溪市/2023.md",
        "新增规上工业企业45户，总量达489户，增加值增长9%。",
        "增长9%",
        "规上工业企业增加值",
    ),
    Case(
        "more/prefectures/周口市/2014.md",
        "全市11个产业集聚区规模以上工业企业达到429家，增加值增长25.7%",
        "增长25.7%",
        "增加值",
    ),
    # a bare statistic further on in the sentence of the industrial firms' statistic, with only
    # bare statistics between, is theirs; never across a clause after ； that names another subject
    Case(
        "more/prefectures/淮安市/2014.md",
        "规模以上工业增加值增长13.5%，实现销售4758亿元、利税413亿元、利润219亿元，"
        "分别增长20.2%、19.4%和21.8%，新增销售超百亿元企业1户。",
        "19.4%",
        "规模以上工业利税",
    ),
    Case(
        "more/prefectures/淮安市/2014.md",
        "规模以上工业增加值增长13.5%，实现销售4758亿元、利税413亿元、利润219亿元，"
        "分别增长20.2%、19.4%和21.8%，新增销售超百亿元企业1户。",
        "21.8%",
        "规模以上工业利润",
    ),
    Case(
        "more/cities/烟台市/2006.md",
        "全市规模以上工业企业完成销售收入3814亿元，年均增长32.8%；实现利税、利润分别达到"
        "415.6亿元和306.3亿元，年均增长32.9%和38.1%。",
        "38.1%",
        "规模以上工业企业利润",
    ),
    Case(
        "more/provinces/福建省/2002.md",
        "规模以上工业企业经济效益综合指数124.76％，比上年提高4.07个百分点，实现利润增长17.2％。",
        "增长17.2％",
        "规模以上工业企业利润",
    ),
    Case(
        "more/prefectures/阿坝藏族羌族自治州/2022.md",
        "规模以上工业企业达139户、利润总额年均增长25.7%。",
        "增长25.7%",
        "规模以上工业企业利润总额",
    ),
    Case(
        "communiques/2000.md",
        "全年规模以上工业企业实现利润4262亿元，达到90年代以来的最高水平，比上年增长86.2%，"
        "特别是国有及国有控股企业利润增长更快，实现利润2392亿元，增加1.4倍。",
        "2392亿元",
        "利润",
    ),
    Case(
        "more/prefectures/宿州市/2014.md",
        "实现规模以上工业增加值39亿元，积极创建国家级开发区；制鞋产业城一期建成，功能基本完善，"
        "实现产值超60亿元、税收超6亿元",
        "超60亿元",
        "产值",
    ),
    # the government's own state-owned firms, when nothing else is measured in between
    Case(
        "more/cities/海口市/2024.md",
        "深化国企改革，17家市属国企整合重组为“2家国有资本投资运营平台+4家行业集团”，"
        "营收、利润分别增长48.4%和45.2%。",
        "45.2%",
        "市属国企利润",
    ),
    Case(
        "more/cities/杭州市/2021.md",
        "激发市属国企活力，国有企业净资产增长15%，利润总额增长13%",
        "增长13%",
        "利润总额",
    ),
]

# Two figures of one kind for one 存贷款 are the deposits' and the loans', in that order; one figure
# alone is of both together
DEPOSITS_THEN_LOANS_CASES = [
    Case(
        "more/prefectures/赤峰市/2023.md",
        "全市金融机构存贷款余额分别增长15％和6％。",
        "6％",
        "金融机构贷款余额",
    ),
    Case(
        "more/prefectures/昭通市/2022.md",
        "金融机构存贷款余额增长2.98%、12.78%",
        "增长2.98%",
        "金融机构存款余额",
    ),
    Case(
        "more/prefectures/武威市/2022.md",
        "金融机构存贷款余额分别达到1022.6亿元、886.5亿元，净增195.9亿元、117.7亿元，年均增长5.5%、3.6%",
        "117.7亿元",
        "金融机构贷款余额",
    ),
    Case(
        "more/prefectures/赣州市/2023.md",
        "金融机构存贷款余额均突破7300亿元",
        "突破7300亿元",
        "金融机构存贷款余额",
    ),
]

# a rate with no subject of its own (办结率, 满意率, 对经济增长的贡献率, 流转率) is the rate of what the figures
# just before it counted or measured; a list cut by 分别 pairs them; a share of spending names what it went to
RATE_SUBJECT_CASES = [
    Case(
        "more/prefectures/黄石市/2022.md",
        "依法全面履行职责，完成“七五”普法，办理人大代表建议825件、政协委员提案1129件，满意率100%。",
        "100%",
        "人大代表建议、政协委员提案满意率",
    ),
    Case(
        "more/prefectures/宁德市/2014.md",
        "办理市人大代表建议275件，满意率97.1%。",
        "97.1%",
        "市人大代表建议满意率",
    ),
    Case(
        "more/prefectures/中卫市/2016.md",
        "自觉接受人大法律监督和政协民主监督，办理人大代表建议42件，当年办结率85.7%，答复率100%；"
        "政协委员提案166件，当年办结率90.9%，答复率100%。",
        "90.9%",
        "政协委员提案办结率",
    ),
    Case(
        "more/cities/厦门市/2016.md",
        "自觉接受人大法律监督、工作监督和政协民主监督，认真办理市人大代表建议337件、市政协提案497件，"
        "办复率均为100%，满意率分别为97.9%和95.8%。",
        "95.8%",
        "市政协提案满意率",
    ),
    # a verb opens the next count: 审议法规 and 办理建议 are two acts, and the rate is not of
    # both; the suggestions and proposals the sentence names are what a 办复率 rates
    Case(
        "more/provinces/宁夏回族自治区/2026.md",
        "依法接受人大及其常委会监督、政协民主监督，提请自治区人大常委会审议地方性法规18件，"
        "高质量办理人大代表建议395件、政协委员提案495件，办复率达100%。",
        "100%",
        "人大代表建议、政协委员提案办复率",
    ),
    Case(
        "more/cities/乌鲁木齐市/2014.md",
        "加强政务公开和网络问政，受理市长专线2.68万件，办结率99.41%；市长信箱884件，办结率99.15%；"
        "网络问政3850项，回复率100%。",
        "99.15%",
        "市长信箱办结率",
    ),
    Case(
        "more/provinces/新疆维吾尔自治区/2017.md",
        "第三产业增长9.9%，对经济增长的贡献率达58.9%。",
        "58.9%",
        "第三产业对经济增长的贡献率",
    ),
    Case(
        "more/cities/厦门市/2003.md",
        "工业增加值占国内生产总值的51％，对经济增长的贡献率达70％。",
        "70％",
        "工业增加值对经济增长的贡献率",
    ),
    Case(
        "more/prefectures/邯郸市/2014.md",
        "全市土地流转面积达到193.6万亩，流转率达到21.8%。",
        "21.8%",
        "土地流转率",
    ),
    Case(
        "more/cities/西宁市/2024.md",
        "全年空气质量优良天数346天、优良率94.8%，“西宁蓝”让我们引以为豪，随手一拍就是一幅美丽的风景画！",
        "94.8%",
        "空气质量优良率",
    ),
    # a flow (新增、改造绿地) is not the stock whose rate follows; the rate keeps its own name
    Case(
        "more/cities/兰州市/2017.md",
        "新建马拉松主题公园等开放景观，城区新增、改造绿地2345.6公顷，绿地率由26.7％提高到32.63％。",
        "26.7％",
        "绿地率",
    ),
    Case(
        "more/prefectures/莆田市/2014.md",
        "实现基本医疗保障政策城乡统筹并轨，新增参合人数7.9万人，参合率达99.9%；"
        "实施农村饮水工程，提升43.8万群众饮水安全水平。",
        "99.9%",
        "参合率",
    ),
    # a bare 参保率 is of the one scheme named just before it, not of a scheme of some (村干部)
    Case(
        "more/cities/南昌市/2021-10.md",
        "城乡居民基本医疗保险一体运行，参保率达95%以上。",
        "95%以上",
        "城乡居民基本医疗保险参保率",
    ),
    Case(
        "more/cities/兰州市/2009.md",
        "全面推行村干部养老保险，参保率达到100%。",
        "100%",
        "参保率",
    ),
    Case(
        "more/prefectures/巴彦淖尔市/2025.md",
        "70%的财政支出用于民生，30项民生实事全部兑现。",
        "70%",
        "财政支出用于民生",
    ),
]


# Link words, adverbs and times left at the END of a phrase (polish of the tail)
# an adverb glued after a counted noun, before what is said of it, is no part of its name;
# a place named with 都 (昌都) keeps it, and 不再 is no adverb to cut
GLUED_ADVERB_CASES = [
    Case("more/cities/南宁市/2019.md", "完工130个农村公路项目共308.8公里", "130个", "农村公路项目"),
    Case(
        "more/cities/海口市/2025.md",
        "持续推行民生实事人大代表票决制[16]，19件省市民生实事均按期完成。",
        "19件",
        "省市民生实事",
    ),
    Case(
        "more/cities/南宁市/2014.md",
        "在12个县区各建成一个综合示范村，创建3个生态乡镇、100个生态村。",
        "12个",
        "县区",
    ),
    Case(
        "more/cities/南昌市/2023.md",
        "全市1149个行政村集体经营性收入近13.3亿元，集体经营性收入超过30万元的比例达到82%。",
        "近13.3亿元",
        "行政村集体经营性收入",
    ),
    Case(
        "more/provinces/四川省/2011.md",
        "纳入省规划的103个一般受灾县重建项目也基本完成。",
        "103个",
        "一般受灾县重建项目",
    ),
    Case("more/prefectures/南充市/2023.md", "6个百亿级产业项目接连落户；", "6个", "百亿级产业项目"),
    Case(
        "more/provinces/江西省/2007.md",
        "南昌西外环等3条高速公路先后建成通车",
        "3条",
        "高速公路",
    ),
    Case(
        "more/prefectures/威海市/2021.md",
        "20天内实现本土确诊病例零新增，38例确诊病例都得到妥善救治。",
        "38例",
        "确诊病例",
    ),
    Case("more/prefectures/乌海市/2014.md", "政府为民办十二件实事基本落实。", "十二件", "实事"),
    Case("more/prefectures/昌都市/2023.md", "新增6家央企援助昌都", "6家", "央企援助昌都"),
    Case(
        "more/prefectures/晋中市/2023.md",
        "27万余户房主拿到“大红本”，80多万群众不再为“证”而忧；",
        "80多万",
        "群众不再",
    ),
]
# adverbs of persistence and extent (始终, 持续, 仍, 先后, 全部, 基本, 都) and a rate verb with
# its aspect 了 between the subject and its figure
TAIL_ADVERB_CASES = [
    Case(
        "more/prefectures/潮州市/2021.md",
        "城镇登记失业率始终控制在3.5%以下。",
        "3.5%以下",
        "城镇登记失业率",
    ),
    Case(
        "more/prefectures/濮阳市/2021.md",
        "粮食产量持续稳定在50亿斤以上。",
        "50亿斤以上",
        "粮食产量",
    ),
    Case(
        "more/provinces/河南省/2002.md",
        "农村经济稳定发展，在遭受严重旱灾的情况下，粮食总产仍达4119万吨；",
        "4119万吨",
        "粮食总产",
    ),
    Case(
        "more/provinces/河南省/2021.md",
        "全省生产总值先后迈上4万亿元、5万亿元两个大台阶，人均生产总值突破8000美元。",
        "4万亿元",
        "生产总值",
    ),
    Case(
        "more/prefectures/保山市/2023.md",
        "村集体经济收入全部达到10万元以上。",
        "10万元以上",
        "村集体经济收入",
    ),
    Case(
        "more/prefectures/许昌市/2021.md",
        "新改建农村公路150公里，农村自来水普及率基本达到100%。",
        "100%",
        "农村自来水普及率",
    ),
    Case(
        "more/prefectures/西双版纳傣族自治州/2014.md",
        "橡胶、甘蔗、茶产量都增长8%以上。",
        "增长8%以上",
        "橡胶、甘蔗、茶产量",
    ),
    Case(
        "more/cities/厦门市/2003.md",
        "恩格尔系数从49.8％下降为41.2％，城乡居民储蓄存款余额增加了150亿元。",
        "150亿元",
        "城乡居民储蓄存款余额",
    ),
    Case(
        "more/provinces/甘肃省/2002.md",
        "高校招生规模继续扩大，高考录取率突破了50%。",
        "50%",
        "高考录取率",
    ),
    Case(
        "more/prefectures/嘉峪关市/2014.md",
        "城镇新增就业7100人，登记失业率控制在了2.7%以内。",
        "2.7%以内",
        "登记失业率",
    ),
    Case(
        "more/prefectures/舟山市/2014.md",
        "80%的低收入渔农户实现脱贫，城乡低保救助标准提高了13%。",
        "13%",
        "城乡低保救助标准",
    ),
]
# a time or a base after the subject: 今年, 全年, 连年, 三年内, 比年初, 是“九五”时期的; never
# after a link (天数占全年 is the share of the year)
TAIL_TIME_CASES = [
    # 前三季度 after the statistic is a time, cut whole (not 三季度, leaving 前 as the subject of
    # this figure and the next)
    Case(
        "more/cities/武汉市/2024.md",
        "经济增速逐季回升，一季度增长4.5%，上半年增长5%，前三季度增长5.5%，全年增长5.7%，"
        "地区生产总值突破2万亿元",
        "增长5.7%",
        "经济增速",
    ),
    Case(
        "more/prefectures/楚雄彝族自治州/2021.md",
        "据统计核算，地区生产总值一季度增长0.3%、上半年增长3.1%、前三季度增长5.2%、全年增长6%。",
        "增长5.2%",
        "地区生产总值",
    ),
    Case(
        "more/provinces/山西省/2007.md",
        "使全省有效灌溉面积今年增加100万亩",
        "100万亩",
        "有效灌溉面积",
    ),
    Case(
        "more/cities/南昌市/2021-10.md",
        "粮食播种面积稳定在500万亩以上，粮食总产量连年稳定在42亿斤以上。",
        "42亿斤以上",
        "粮食总产量",
    ),
    Case(
        "more/provinces/青海省/2022.md",
        "城镇登记失业率、城镇调查失业率全年分别控制在3.5%和5.5%以内；",
        "5.5%以内",
        "城镇调查失业率",
    ),
    Case(
        "more/provinces/湖北省/2020.md",
        "确保二级及以上公路比例三年内达到85%。",
        "85%",
        "二级及以上公路比例",
    ),
    Case(
        "more/cities/哈尔滨市/2011.md",
        "固定资产投资5年累计达7725.8亿元",
        "7725.8亿元",
        "固定资产投资",
    ),
    Case(
        "more/provinces/新疆维吾尔自治区/2018.md",
        "商品房待售面积较年初减少99.59万平方米。",
        "99.59万平方米",
        "商品房待售面积",
    ),
    Case(
        "more/prefectures/盐城市/2020.md",
        "金融机构各项贷款余额比年初增加865亿元。",
        "865亿元",
        "金融机构各项贷款余额",
    ),
    Case(
        "more/cities/济南市/2006.md",
        "五年进出口总额118.2亿美元，是“九五”时期的2.3倍。",
        "2.3倍",
        "进出口总额",
    ),
    Case(
        "more/cities/贵阳市/2006.md",
        "非公有制经济比重从“九五”期末的32.2%提高到2005年的41.6%",
        "32.2%",
        "非公有制经济比重",
    ),
    Case(
        "more/cities/重庆市/2004.md",
        "主城区空气质量达到2级及其以上标准的天数占全年的65%",
        "65%",
        "主城区空气质量达到2级及其以上标准的天数占全年",
    ),
]
# 连跨, 连续跨越 (a milestone's link) goes whole, never leaving 连 on the subject; 稳增长, 促增长
# name a policy by its aim: 增长 there is no rate word to cut
TAIL_LINK_CASES = [
    Case(
        "more/provinces/江苏省/2013.md",
        "公共财政收入连跨三个千亿元台阶，2012年达5861亿元，同比增长13.8%，年均增长21.2%。",
        "5861亿元",
        "公共财政收入",
    ),
    Case(
        "more/cities/太原市/2006.md",
        "全市地区生产总值连续跨越五个百亿台阶，达到895.5亿元，年均增长14%；",
        "895.5亿元",
        "地区生产总值",
    ),
    Case(
        "more/cities/厦门市/2016.md",
        "出台促进工业稳增长11条、加快智能制造发展10条、大众创业万众创新35条、扶持小微企业8条等措施。",
        "11条",
        "促进工业稳增长",
    ),
    Case(
        "more/cities/昆明市/2018.md",
        "出台26条稳增长政策措施，市级领导带头深入企业、深入基层开展稳增长督查",
        "26条",
        "稳增长政策措施",
    ),
    Case(
        "more/cities/长春市/2013.md",
        "先后出台25项稳增长政策，连续采取促进自主品牌汽车销售、壮大战略性新兴产业等一揽子措施",
        "25项",
        "稳增长政策",
    ),
    Case(
        "more/prefectures/运城市/2021.md",
        "认真办好省政府确定的11件民生实事基础上，再增加4件：",
        "11件",
        "民生实事",
    ),
    Case(
        "more/prefectures/宿州市/2014.md",
        "在实施33项民生工程基础上，本着“广覆盖、重实效、惠民生”的原则，再办10件惠民实事",
        "33项",
        "民生工程",
    ),
]

# 有 of how many there are goes off the end of the subject (只有, 已有, 尚有, 中有 too); the 有
# of a word stays (国有), and so does one after a phrase that names nothing (全市有, 其中有)
HAVE_CASES = [
    Case(
        "more/provinces/江苏省/2023.md",
        "五年累计吸引外资1270亿美元，世界500强企业有392家在苏投资；",
        "392家",
        "世界500强企业",
    ),
    Case(
        "more/cities/重庆市/2004.md",
        "对外开放水平不高，外贸进出口依存度仅为9.4%，外资参与度只有3.8%。",
        "3.8%",
        "外资参与度",
    ),
    Case(
        "more/cities/重庆市/2004.md",
        "城镇就业形势严峻，下岗失业人员尚有30万人。",
        "30万人",
        "下岗失业人员",
    ),
    Case(
        "more/provinces/河北省/2013.md",
        "百家院所校进河北签约项目中有187项进入实施阶段。",
        "187项",
        "百家院所校进河北签约项目",
    ),
    Case(
        "more/provinces/甘肃省/1994.md",
        "股份制试点迈出了实质性步伐，规范化的股份制企业已有125户，长风股票上市交易获得了成功。",
        "125户",
        "规范化的股份制企业",
    ),
    Case(
        "more/provinces/辽宁省/2014.md",
        "目前我省省级地方法人金融机构有160家。",
        "160家",
        "省级地方法人金融机构",
    ),
]

# links of a cut or a shift to a new level (压缩至, 缩短到, 扩至, 上调至, 调整为) and the modal
# verbs before a figure (要, 可, 都要) go off the end of the subject; 许可, 重要 keep theirs
LEVEL_LINK_CASES = [
    Case(
        "more/prefectures/宣城市/2016.md",
        "建成区面积扩展到55平方公里。",
        "55平方公里",
        "建成区面积",
    ),
    Case(
        "more/prefectures/濮阳市/2021.md",
        "生猪存栏恢复到94.9万头，超额完成省定目标。",
        "94.9万头",
        "生猪存栏",
    ),
    Case(
        "more/prefectures/三亚市/2022.md",
        "完善“一鹿快办”政务服务体系，企业开办时间压缩至1个工作日以内。",
        "1个工作日以内",
        "企业开办时间",
    ),
    Case(
        "more/prefectures/萍乡市/2021.md",
        "“赣服通”3.0版加快建设，企业开办注册缩短到1个工作日",
        "1个工作日",
        "企业开办注册",
    ),
    Case(
        "more/cities/东莞市/2023.md",
        "搭建瞪羚企业服务平台，将入库企业扩至400家。",
        "400家",
        "入库企业",
    ),
    Case(
        "more/cities/沈阳市/2002.md",
        "市场成交额要达到810亿元，增长8%。",
        "810亿元",
        "市场成交额",
    ),
    Case(
        "more/cities/长春市/2012.md",
        "工业投资、工业产值都要增长20%以上。",
        "增长20%以上",
        "工业投资、工业产值",
    ),
    Case(
        "more/cities/兰州市/2017.md",
        "今年接待国内外游客可达5150万人次，实现旅游总收入435亿元，分别是2011年的3.66倍和4.23倍。",
        "5150万人次",
        "接待国内外游客",
    ),
]

# words of intent and scope (确保, 争取 after a sum, 总体, 整体) and 当年, 深入 after a counted noun
# are no part of a name; 新争取 obtains what is counted, and stays
INTENT_CASES = [
    Case(
        "more/cities/唐山市/2016.md",
        "年内金融业增加值确保增长15%以上。",
        "增长15%以上",
        "金融业增加值",
    ),
    Case(
        "more/prefectures/大同市/2021.md",
        "全年优良天数比例确保达到85％以上的目标。",
        "85％以上",
        "优良天数比例",
    ),
    Case(
        "more/prefectures/朔州市/2020.md",
        "市县建成区覆盖率达到100%，农村地区覆盖率争取达到60%。",
        "60%",
        "农村地区覆盖率",
    ),
    Case(
        "more/cities/深圳市/2014.md", "孤儿最低养育标准总体提高15%。", "提高15%", "孤儿最低养育标准"
    ),
    Case(
        "more/cities/苏州市/2014.md",
        "完善生态补偿政策，补偿标准总体提高50%。",
        "提高50%",
        "补偿标准",
    ),
    Case(
        "more/cities/长春市/2022.md",
        "新冠疫苗12条分装线当年投产，净增产值30亿元，带动生物医药产业产值增长39.7%。",
        "12条",
        "分装线",
    ),
    Case(
        "more/prefectures/岳阳市/2022.md",
        "2021年，园区共有汇川伺服电机制造等270个亿元以上项目当年签约、当年开工，正威汨罗等318个项目投产见效。",
        "270个",
        "亿元以上项目",
    ),
    Case(
        "more/cities/济南市/2021.md",
        "12项改革攻坚行动深入实施，重点领域改革有序推进。",
        "12项",
        "改革攻坚行动",
    ),
    Case("more/prefectures/丽江市/2021.md", "爱国卫生7个专项行动深入开展。", "7个", "专项行动"),
]

# a connector that closes a word (惠及, 涉及) stays whole at the end of a phrase: never 惠, 涉
CONNECTOR_END_CASES = [
    Case(
        "more/cities/南京市/2024.md",
        "长期护理保险惠及4.8万人，获批国家中医药传承创新发展示范试点",
        "4.8万人",
        "长期护理保险惠及",
    ),
    Case(
        "more/cities/广州市/2026.md",
        "关爱新就业群体，办理暖“新”微实事惠及30余万人次。",
        "30余万人次",
        "暖“新”微实事惠及",
    ),
    Case(
        "more/cities/哈尔滨市/2023.md",
        "有效化解45个房地产项目逾期交付风险，涉及14090户的恒大7个楼盘全面复工，其中3个楼盘全部交楼，2779户完成入户；",
        "14090户",
        "涉及",
    ),
]

# what is left of a link cut at a comparison (不 of 不低于) or a short link (稳 of 稳在), and
# adverbs of manner or likelihood before a figure (双双, 有望)
LINK_REST_CASES = [
    Case(
        "more/cities/深圳市/2019.md",
        "加大基础研究投入力度，确保基础研究投入比例不低于财政科技专项资金的30%。",
        "30%",
        "基础研究投入比例",
    ),
    Case(
        "more/cities/昆明市/2024.md",
        "大力改善学前教育结构，新增公办学位不低于新增总学位的65%。",
        "65%",
        "新增公办学位",
    ),
    Case(
        "more/cities/大连市/2009.md",
        "外贸进出口双双迈上200亿美元新台阶，分别增长26.5%和20.9%。",
        "200亿美元",
        "外贸进出口",
    ),
    Case(
        "more/cities/昆明市/2024.md",
        "高新区、经开区主营业务收入双双突破3000亿元。",
        "突破3000亿元",
        "高新区、经开区主营业务收入",
    ),
    Case(
        "more/prefectures/克孜勒苏柯尔克孜自治州/2025.md",
        "全州国有企业利润总额有望突破4700万元，首次实现由负转正；",
        "突破4700万元",
        "国有企业利润总额",
    ),
    Case(
        "more/prefectures/南充市/2023.md",
        "民生实事全面完成，民生支出占一般公共预算支出比重稳在65%以上",
        "65%以上",
        "民生支出占一般公共预算支出比重",
    ),
]

# a number before a noun phrase that opens with a verb (支持, 优化, 签约, 已): the phrase up to the
# head noun its measure word counts (政策, 措施, 项目, 案例); a measure word of times names none
HEADED_NOUN_CASES = [
    Case(
        "more/cities/合肥市/2014.md",
        "修订促进民营经济发展条例和优化投资环境条例，出台26条支持政策，设立1亿元专项资金，"
        "推动全民创业，新登记各类市场主体近2万户、增长23%。",
        "26条",
        "支持政策",
    ),
    Case(
        "more/provinces/辽宁省/2019.md",
        "召开加快民营企业发展大会，出台23条支持措施。",
        "23条",
        "支持措施",
    ),
    Case(
        "more/prefectures/吴忠市/2025.md",
        "下大力气提升招商引资质效，进一步规范招商引资行为，建立健全县区园区协同招商、"
        "产业链龙头企业共链招商等机制，力促90个签约项目尽快开工、314个重点意向性项目早日落地，"
        "全年招商引资到位资金达到420亿元以上。",
        "90个",
        "签约项目",
    ),
    Case(
        "more/provinces/宁夏回族自治区/2026.md",
        "有效应对多次地震、旱涝等自然灾害，36起成功避险避灾案例获应急管理部表扬。",
        "36起",
        "成功避险避灾案例",
    ),
    Case(
        "more/cities/温州市/2014.md",
        "强化工业项目开工率、竣工率、投产率考核，开工建设400个以上已供地未开工项目。",
        "400个以上",
        "已供地未开工项目",
    ),
    Case(
        "more/cities/昆明市/2026.md",
        "上榜“十大美好宜居城市”，3次荣获“中国美好生活城市”称号。",
        "3次",
        "",
    ),
]

# the clause before names the subject with a predicate of how it fared (稳中提质, 止跌回升,
# 由负转正, 成倍增长, 过万亿, 呈…走势); 对外贸易 is a noun, not the preposition 对
FARED_CLAUSE_CASES = [
    Case(
        "more/provinces/江苏省/2021.md",
        "对外贸易稳中提质，2020年达4.45万亿元，居全国前列。",
        "4.45万亿元",
        "对外贸易",
    ),
    Case(
        "more/cities/厦门市/2000.md",
        "外贸出口止跌回升，比上年增长3.3％。",
        "增长3.3％",
        "外贸出口",
    ),
    Case(
        "more/provinces/广东省/2009.md",
        "物价涨幅得到控制，居民消费价格水平呈前高后低走势，全年上涨5.6%。",
        "上涨5.6%",
        "居民消费价格水平",
    ),
    Case(
        "more/provinces/甘肃省/2022.md",
        "两大指标实现历史性突破，全省地区生产总值过万亿，达到10243.3亿元；"
        "一般公共预算收入过千亿，达到1001.8亿元。",
        "1001.8亿元",
        "一般公共预算收入",
    ),
]

# 城镇/农村 (城市) before a figure of a new clause or sentence: the part of the whole the clause
# before, or the sentence before a sentence opening with 其中 or 分城乡看, measured; never a
# counted noun (101个城市)
WHOLE_BEFORE_CASES = [
    Case(
        "communiques/1993.md",
        "1993年社会消费品零售总额12237亿元，比上年增长26．1％(扣除价格因素，实际增长11．6％)。"
        "其中城市7176亿元，增长31．2％；农村5061亿元，增长19．5％。",
        "5061亿元",
        "农村社会消费品零售总额",
    ),
    Case(
        "communiques/2001.md",
        "全年居民消费价格总水平比上年上涨0.7%。其中，城市上涨0.7%，农村上涨0.8%；",
        "上涨0.8%",
        "农村居民消费价格总水平",
    ),
    Case(
        "communiques/1986.md",
        "全年零售物价总水平比上年平均上升6％。分城乡看，城镇上升7％，农村上升5％。",
        "上升7％",
        "城镇零售物价总水平",
    ),
    Case(
        "more/cities/南昌市/2011.md",
        "提高低保补差水平，城镇提高到196.5元、农村提高到81.9元。",
        "81.9元",
        "农村低保补差水平",
    ),
    Case(
        "communiques/1996.md",
        "社会救济改革进一步深化，全国建立最低生活保障制度的有101个城市，",
        "101个",
        "城市",
    ),
]

# a line broken off in the middle of a sentence (a page break of the source) and a line opening
# with a figure: one clause
BROKEN_LINE_CASES = [
    Case(
        "more/provinces/海南省/1995.md",
        "林业生产超额完成任务。乡镇企业总产值完成\n\n85 亿元，比上年增长 71.8% 。",
        "85 亿元",
        "乡镇企业总产值",
    ),
    Case(
        "more/provinces/宁夏回族自治区/2015.md",
        "——发展环境不断优化。取消和调整自治区级行政审批事项\n\n422项，降幅39.2%，",
        "422项",
        "取消和调整自治区级行政审批事项",
    ),
    Case(
        "more/prefectures/邯郸市/2023.md",
        "实施城乡商业体系建设工程，打造县级物流配送中心\n\n2个、乡镇商贸中心23个，",
        "23个",
        "乡镇商贸中心",
    ),
]

# A link word or adverb before the counted thing goes (共接待, 分别完成, 已有, 仍接待, 但, 同时);
# kept where it makes a word with what follows (共享停车泊位, 共需资金), and 已 alone stays
# (已建标准化厂房利用率: what is built so far)
LINK_ADVERB_CASES = [
    Case(
        "more/cities/西宁市/2014.md",
        "推进文化体育旅游融合发展，共接待国内外游客1307万人次，增长15.9%，西宁机场旅客吞吐量突破300万人次；",
        "1307万人次",
        "接待国内外游客",
    ),
    Case(
        "more/cities/泉州市/2015.md",
        "突出上门招商、产业链招商，务实组织和参加多场招商活动，共签约项目389个，总投资4200多亿元。",
        "389个",
        "签约项目",
    ),
    Case(
        "more/prefectures/阜阳市/2016.md",
        "交通、水利基础设施建设力度加大，分别完成投资54亿元和24亿元，比上年增长25.4%和71%。",
        "54亿元",
        "投资",
    ),
    Case(
        "more/prefectures/辽阳市/2021.md",
        "农村新型经营主体日益壮大，已有家庭农场1738家、农民合作社2429家。",
        "1738家",
        "家庭农场",
    ),
    Case(
        "more/provinces/陕西省/2009.md",
        "旅游业在十分困难的情况下，仍接待境外游客125.7万人次、国内游客9056万人次，总收入607亿元，"
        "分别增长2.1％、13％和20.4％。",
        "125.7万人次",
        "接待境外游客",
    ),
    Case(
        "more/prefectures/张家界市/2014.md",
        "虽然同比分别下降了4.1%和4%，但旅游总收入达到212亿元，同比增长1.7%，",
        "212亿元",
        "旅游总收入",
    ),
    Case(
        "more/provinces/辽宁省/2002.md",
        "要充分挖掘就业潜力，使70万人就业和再就业，同时外派劳务10万人。",
        "10万人",
        "外派劳务",
    ),
    Case(
        "more/cities/郑州市/2023.md",
        "打通“断头路”50条，新增公共停车泊位5万多个、共享停车泊位7.58万个。",
        "7.58万个",
        "共享停车泊位",
    ),
    Case(
        "more/prefectures/益阳市/2016.md",
        "认真落实“135”工程目标任务，新建标准化厂房150万平方米，已建标准化厂房利用率达80%以上，",
        "80%以上",
        "已建标准化厂房利用率",
    ),
    Case(
        "more/provinces/西藏自治区/2007.md",
        "全区农牧民“一孩、双女”户困难家庭扶助制度目标人数为25237人，共需资金1514.22万元。",
        "1514.22万元",
        "共需资金",
    ),
]

# How the government goes about it (统筹, 坚持) and keeping a figure where it is (保持, 稳定 before
# an area) open no indicator; 统筹城乡发展, a policy's title (…发展), 稳定就业岗位 stay
MANNER_OF_POLICY_CASES = [
    Case(
        "more/prefectures/贺州市/2021.md",
        "筹集安排财政扶贫资金23.85亿元，统筹整合涉农资金10.56亿元。",
        "10.56亿元",
        "涉农资金",
    ),
    Case(
        "more/prefectures/包头市/2024.md",
        "统筹实施城镇老旧小区改造项目112个、265.8万平方米，积极申报国家城镇老旧小区改造与住房保障激励城市。",
        "112个",
        "城镇老旧小区改造项目",
    ),
    Case(
        "more/prefectures/白城市/2016.md",
        "坚持把新增财力的80%以上用于民生事业，努力增进人民福祉。",
        "80%以上",
        "新增财力用于民生",  # (what the share went to, after it: round 6)
    ),
    Case(
        "more/cities/大连市/2026.md",
        "扛牢粮食安全重任，建设高标准农田30.4万亩，稳定粮食播种面积400万亩，确保粮食稳产丰收。",
        "400万亩",
        "粮食播种面积",
    ),
    Case(
        "more/cities/贵阳市/2022.md",
        "到2026年，保持森林覆盖率55%以上，不断提高森林质量，",
        "55%以上",
        "森林覆盖率",
    ),
    Case(
        "more/prefectures/三明市/2023.md",
        "抓好蛋鸡优势特色产业集群建设，保持生猪存栏122万头以上。",
        "122万头以上",
        "生猪存栏",
    ),
    Case(
        "more/prefectures/营口市/2023.md",
        "坚持把稳就业、保就业摆在突出位置，发放稳岗返还补贴7900万元，稳定就业岗位15.4万个，",
        "15.4万个",
        "稳定就业岗位",
    ),
    Case(
        "more/cities/兰州市/2011.md",
        "编制新农村村庄规划200个，2个统筹城乡发展试点县区和10个试点镇建设取得积极进展，",
        "2个",
        "统筹城乡发展试点县区",
    ),
    Case(
        "more/prefectures/潍坊市/2021.md",
        "制定实施统筹推进经济社会发展58条、服务企业复工复产19条、促进消费回补6条、稳就业28条、",
        "58条",
        "统筹推进经济社会发展",
    ),
]

# A connector that opens a word is no edge of a phrase (和美乡村, 以旧换新, 以工代赈, 并网); 以 before
# 工业 is the preposition it is
CONNECTOR_WORD_CASES = [
    Case(
        "more/cities/杭州市/2026.md",
        "实施新一轮农村公路提升行动，改造农房1.8万栋，和美乡村覆盖率90%以上。",
        "90%以上",
        "和美乡村覆盖率",
    ),
    Case(
        "more/cities/合肥市/2025.md",
        "新建省级精品示范村13个、和美乡村中心村32个、美丽宜居自然村724个，",
        "32个",
        "和美乡村中心村",
    ),
    Case(
        "more/cities/烟台市/2025.md",
        "实施“两新”行动，发放以旧换新补贴11亿元，带动大宗消费88亿元。",
        "11亿元",
        "以旧换新补贴",
    ),
    Case(
        "more/provinces/青海省/2026.md",
        "发放以工代赈劳务报酬4.19亿元、带动3.78万农牧民就业增收。",
        "4.19亿元",
        "以工代赈劳务报酬",
    ),
    Case(
        "more/prefectures/普洱市/2023.md",
        "规划光伏项目总装机828万千瓦，开工18个，并网发电3个。",
        "3个",
        "并网发电",
    ),
    Case(
        "more/provinces/新疆维吾尔自治区/2007.md",
        "积极实施以工业固定资产投资800亿元",
        "800亿元",
        "工业固定资产投资",
    ),
]

# A time to the year's end opens no indicator (至年底…); an adverb that opens a word stays (要求)
YEAR_END_CASES = [
    Case(
        "more/cities/泉州市/2004.md",
        "至年底金融机构各项人民币存款余额1023.21亿元，贷款余额653.38亿元，分别增长24.8%和34.9%。",
        "1023.21亿元",
        "金融机构各项人民币存款余额",
    ),
    Case(
        "more/cities/北京市/2021.md",
        "力戒形式主义、官僚主义，要求社区填报的表格从44项精简为3项，",
        "3项",
        "要求社区填报的表格",
    ),
]

# A works verb after another goes before a two-character thing too (新建改造公厕 -> 公厕), not before
# what only the work names (新开工改造项目, 完成改造面积)
SECOND_WORKS_CASES = [
    Case(
        "more/cities/郑州市/2019.md",
        "新建公共停车泊位5.2万个，新建改造公厕1692座，",
        "1692座",
        "公厕",
    ),
    Case(
        "more/prefectures/濮阳市/2014.md",
        "基本完成了城市路网改造工程，新建改建道路96条、180多公里。",
        "96条",
        "道路",
    ),
    Case("more/prefectures/舟山市/2021.md", "新建城市道路20条，提升改造道路10条，", "10条", "道路"),
    Case(
        "more/cities/哈尔滨市/2023.md",
        "以新理念新模式推进老旧小区改造，新开工改造项目222个、1169万平方米，",
        "222个",
        "改造项目",
    ),
    Case(
        "more/cities/佛山市/2009.md",
        "全市启动“三旧”改造项目209个，完成改造项目69个，完成改造面积632.77万平方米。",
        "632.77万平方米",
        "改造面积",
    ),
]

# Planning before a verb of works goes with it (规划建设加氢站 -> 加氢站); what is planned stays named
# (规划建设总面积) and 规划发展村 is a name
PLANNED_WORKS_CASES = [
    Case(
        "more/cities/郑州市/2023.md",
        "加快燃料电池汽车应用示范城市群建设，规划建设加氢站200座以上，",
        "200座以上",
        "加氢站",
    ),
    Case(
        "more/prefectures/阿坝藏族羌族自治州/2014.md",
        "建立浙江—阿坝东西扶贫协作对口帮扶机制，规划实施项目 30个。",
        "30个",
        "项目",
    ),
    Case(
        "more/prefectures/汕头市/2021.md",
        "打造华侨试验区、国家高新区、综合保税区等功能区，规划建设总面积164.2平方公里的",
        "164.2平方公里",
        "规划建设总面积",
    ),
]

# 除险加固 is a verb of works on a dam, like 维修加固; 因地制宜 an adverb of how it was done
DAM_WORKS_CASES = [
    Case(
        "more/cities/武汉市/2015.md",
        "更新改造骨干泵站179座，除险加固病险水库30座，",
        "30座",
        "病险水库",
    ),
    Case(
        "more/cities/杭州市/2018.md",
        "整治高坝、屋顶山塘80座，除险加固小型水库15座。",
        "15座",
        "小型水库",
    ),
    Case(
        "more/cities/太原市/2023.md",
        "推进300个村庄生活垃圾分类处置，因地制宜改造农村户厕8708座，",
        "8708座",
        "农村户厕",
    ),
    Case(
        "more/prefectures/黑河市/2020.md",
        "实施农村饮水安全巩固提升工程，因地制宜改造农村户厕2735户，",
        "2735户",
        "农村户厕",
    ),
]

# More verbs of building and upgrading go like 新建/改造/铺设 (修建, 兴建, 升级改造, 提档升级, 修缮,
# 敷设, 架设, 新铺设, 改造升级, 硬化)
BUILDING_VERB_CASES = [
    Case(
        "more/prefectures/池州市/2014.md",
        "升级改造县乡公路80公里、新一轮农村电网1000公里，",
        "80公里",
        "县乡公路",
    ),
    Case(
        "more/cities/南昌市/2011.md",
        "兴建廉租住房5000套、发放租赁补贴4785万元，",
        "5000套",
        "廉租住房",
    ),
    Case(
        "more/cities/郑州市/2011.md",
        "新建垃圾中转站26座、改造28座，敷设供水管道47公里，",
        "47公里",
        "供水管道",
    ),
    Case(
        "more/prefectures/三亚市/2014.md",
        "城乡电网建设进展顺利，新铺设了28公里的天然气管道。",
        "28公里",
        "天然气管道",
    ),
    Case(
        "more/prefectures/红河哈尼族彝族自治州/2016.md",
        "建成高速公路225公里、一级路50公里、二级路435公里，硬化农村公路6701公里，",
        "6701公里",
        "农村公路",
    ),
    Case(
        "more/prefectures/乐山市/2019.md",
        "布点益农信息社836个，改造升级农村电网580公里，",
        "580公里",
        "农村电网",
    ),
]

# (ratiophr9) shares named after 的 in a list: each figure takes the noun after its own 的, the
# next figure's words begin where that noun ends; a page-turn note of a newspaper is no part of
# the phrase; a growth verb cut from its rate by a line break keeps the subject carried
RATIOPHR9_CASES = [
    Case(
        "more/cities/郑州市/2019.md",
        "创造了占全省21.1%的GDP、30.6%的一般公共预算收入、20.7%的社会消费品零售总额、32.9%的重点项目投资",
        "30.6%",
        "一般公共预算收入",
    ),
    Case(
        "more/cities/郑州市/2019.md",
        "创造了占全省21.1%的GDP、30.6%的一般公共预算收入、20.7%的社会消费品零售总额、32.9%的重点项目投资",
        "32.9%",
        "重点项目投资",
    ),
    Case(
        "more/cities/海口市/2023.md",
        "四大重点产业园区以不到10%的土地，贡献了46.9%的投资、41.3%的税收。",
        "41.3%",
        "税收",
    ),
    Case(
        "more/prefectures/湛江市/2019.md",
        "创造了60%以上的GDP和固定资产投资、70%以上的创新成果和税收",
        "70%以上",
        "创新成果和税收",
    ),
    Case(
        "more/prefectures/大同市/2021.md",
        "（下转第三版）（上接第一版）战略性新兴产业增加值占规上工业比重达到16.9％；",
        "16.9％",
        "战略性新兴产业增加值占规上工业比重",
    ),
    Case(
        "more/prefectures/乌兰察布市/2016.md",
        "累计投资70亿元，覆盖78%的行政村、近50%的自然村，90万农牧民直接受益",
        "近50%",
        "自然村",
    ),
    Case(
        "more/cities/长沙市/2021.md",
        "贡献全市约55%的税收、65%的GDP、75%的投资、89%的就业、95%的企业数量和科技创新成果。",
        "89%",
        "就业",
    ),
    # a streak (连续24个月) names no subject; the growth named right after the figure is no noun
    # of it: the subject is the one before
    Case(
        "more/cities/西宁市/2023.md",
        "规模以上工业增加值增长26.9%，连续24个月保持20%以上高速增长，对全省贡献率达70%。",
        "20%以上",
        "规模以上工业增加值",
    ),
    Case(
        "more/cities/合肥市/2025.md",
        "制造业贷款连续36个月保持20%以上增长，科技贷款、小微企业贷款分别增长18.6%、2",
        "20%以上",
        "制造业贷款",
    ),
    Case(
        "more/cities/天津市/2006.md",
        "全市生产总值在上年增长 15.7%的基础上又增长14.5%，连续10个季度增长14%以上。",
        "增长14%以上",
        "生产总值",
    ),
    # a share named by its word alone keeps the verb before it; 较大 is a grade, no comparison
    Case(
        "more/cities/哈尔滨市/2010.md",
        "扩大医疗保险统筹金支付范围，支付比例达到75%以上。",
        "75%以上",
        "支付比例",
    ),
    Case(
        "more/provinces/湖南省/2019.md",
        "城乡居民大病保险筹资标准提高到人均50元左右，支付比例提高5个百分点，",
        "提高5个百分点",
        "支付比例",
    ),
    Case(
        "more/prefectures/德阳市/2023.md",
        "启动农村“五网”建设，较大规模自然村通硬化路率达60%，解决20.5万人饮水安全问题。",
        "60%",
        "较大规模自然村通硬化路率",
    ),
    Case(
        "more/provinces/西藏自治区/2020.md",
        "全年各类事故发生起数下降3.5%，较大事故下降40%，未发生重大及以上安全事故。",
        "下降40%",
        "较大事故",
    ),
    Case(
        "more/provinces/海南省/1995.md",
        "地方财政收入 29.7 亿元，增长 7.7% ;财政支出 42.1 亿元，增长\n\n5.3% 。",
        "增长\n\n5.3%",
        "财政支出",
    ),
]

CASES = (
    FROM_TO_CASES
    + COMPARISON_CASES
    + TIME_CASES
    + SHARE_CASES
    + SHARED_HEAD_CASES
    + LIST_SPLIT_CASES
    + TOTAL_CASES
    + STAGE_CASES
    + NOUN_AFTER_CASES
    + PREDICATE_CASES
    + CARRIED_CASES
    + LIST_CASES
    + PART_CASES
    + WORDING_CASES
    + INNER_RESULT_CASES
    + COUNTED_NOUN_CASES
    + HOLDER_CASES
    + NOUN_TAIL_CASES
    + SUBJECT_CASES
    + PROGRAMME_CASES
    + RATE_CASES
    + PLACE_CASES
    + DASH_CASES
    + EXAMPLE_OF_CASES
    + RULE_MAKING_CASES
    + SHARED_WORK_CASES
    + HELD_CASES
    + RENEWAL_CASES
    + CLAUSE_CASES
    + LIST_ROW_CASES
    + COUNTED_CASES
    + REMEDIAL_CASES
    + EXAMPLES_CASES
    + MAKING_CASES
    + STANDARD_CASES
    + DOING_CASES
    + PLANNING_CASES
    + RECTIFY_CASES
    + ASPECT_CASES
    + WORKS_CLAUSE_CASES
    + SAME_NOUN_CASES
    + PROGRESS_CASES
    + SHARE_AFTER_CASES
    + BASE_CASES
    + GROWTH_CARRIED_CASES
    + OWNER_CASES
    + MANNER_VERB_CASES
    + COUNTED_PREDICATE_CASES
    + SPAN_CASES
    + SHARED_RATE_CASES
    + UPGRADE_CASES
    + CLAUSE_LIST_CASES
    + BARE_SHARE_CASES
    + WATER_HOLDER_CASES
    + SAID_OF_COUNTED_CASES
    + CONCLUDING_VERB_CASES
    + EXAMPLES_LISTED_CASES
    + RANGE_NOUN_CASES
    + INVESTED_CLASS_CASES
    + SHARE_THAT_CASES
    + FARED_CASES
    + PLACE_GATHERED_CASES
    + HAVING_CASES
    + RATE_SUBJECT_CASES
    + GLUED_ADVERB_CASES
    + TAIL_ADVERB_CASES
    + TAIL_TIME_CASES
    + TAIL_LINK_CASES
    + HAVE_CASES
    + LEVEL_LINK_CASES
    + INTENT_CASES
    + CONNECTOR_END_CASES
    + LINK_REST_CASES
    + HEADED_NOUN_CASES
    + FARED_CLAUSE_CASES
    + WHOLE_BEFORE_CASES
    + BROKEN_LINE_CASES
    + LINK_ADVERB_CASES
    + MANNER_OF_POLICY_CASES
    + CONNECTOR_WORD_CASES
    + YEAR_END_CASES
    + SECOND_WORKS_CASES
    + PLANNED_WORKS_CASES
    + DAM_WORKS_CASES
    + BUILDING_VERB_CASES
    + TOPIC_OWNER_CASES
    + DEPOSITS_THEN_LOANS_CASES
    + RATIOPHR9_CASES
)

# known gaps, xfail(strict=True): a fix announces itself
KNOWN_GAPS = [
    # 存、贷款余额: the list splits a word (存款/贷款); the first item is cut to 金融机构本外币存
    Case(
        "more/cities/厦门市/2016.md",
        "金融机构本外币存、贷款余额分别为8876亿元和7567亿元，增长16%和13.9%。",
        "8876亿元",
        "金融机构本外币存、贷款余额",
    ),
    # a predicate before 占 is kept: 经济总量进入全省前5位
    Case(
        "more/prefectures/文山壮族苗族自治州/2022.md",
        "地区生产总值年均增长10%以上，力争经济总量进入全省前5位、占全省比重达5%以上，"
        "成为全省经济发展新的增长极，实现由“总量居中、人均靠后”向“总量靠前、人均居中”转变。",
        "5%以上",
        "经济总量",
    ),
]


def _id(case: Case) -> str:
    return f"{case.sentence[:16]}…{case.mention}"


def _indicator(case: Case) -> str:
    records = [r for r in extract(case.sentence) if r.text == case.mention]
    assert len(records) > case.nth, f"{case.mention!r} not found"
    return records[case.nth].indicator


@pytest.mark.parametrize("case", CASES, ids=_id)
def test_indicator(case):
    assert _indicator(case) == case.indicator


@pytest.mark.parametrize(
    "case", [pytest.param(c, marks=pytest.mark.xfail(strict=True)) for c in KNOWN_GAPS], ids=_id
)
def test_known_gap(case):
    assert _indicator(case) == case.indicator


def test_cases_come_from_several_reports():
    assert len({c.source for c in CASES}) >= 30


@needs_corpus
@pytest.mark.parametrize("case", CASES + KNOWN_GAPS, ids=_id)
def test_case_is_quoted_from_its_report(case):
    assert case.sentence in (CORPUS / case.source).read_text(encoding="utf-8")


def test_noun_after_stop_is_told_the_first_character_of_each_of_its_words():
    """NOUN_AFTER_STOP runs on the standard library's engine, which skips every position where
    none of the characters compiled.first_characters reads from its parse stands: they must be
    the first character of every word (read here by the tests' own reading of the parse)."""
    from ningbo_indicators import compiled
    from ningbo_indicators.context.phrases import NOUN_AFTER_STOP

    told = compiled.first_characters(NOUN_AFTER_STOP.pattern)
    assert told is not None and set(told) == first_characters(NOUN_AFTER_STOP.pattern)
    assert len(told) > 100
    assert NOUN_AFTER_STOP.search("3个项目顺利竣工") is not None


def test_noun_tail_last_holds_the_last_character_of_every_tail():
    """noun_after tries its tails only where the phrase ends with one of _NOUN_TAIL_LAST: it
    must be the last characters of every tail (read from the patterns' parse), and no more."""
    from ningbo_indicators.context import phrases

    lasts = set().union(*(last_characters(t.pattern) for t in phrases._NOUN_TAILS))
    assert lasts == set(phrases._NOUN_TAIL_LAST)
    assert last_characters("(?:达产(?:达效|增效)?|上市)$") == {"产", "效", "市"}


def test_word_lists_read_from_the_cache_are_the_lists_built(tmp_path, monkeypatch):
    """A word list's tables come from the disk cache after the first run (`compiled.remember`):
    the same as built, for every list of the module; words given unordered (a set) are kept
    under one entry whatever their order."""
    from ningbo_indicators import compiled
    from ningbo_indicators.context import phrases

    lists = {id(v): v for v in vars(phrases).values() if isinstance(v, phrases.WordList)}
    assert len(lists) > 10
    unordered = ["达到", "达", "均", "增长到", "提高到"]
    for run in ("cold", "warm"):
        store = compiled.PatternStore(tmp_path / "p.marshal")
        monkeypatch.setattr(compiled, "_STORE", store)
        for words in lists.values():
            again = phrases.WordList(tuple(words.words), words.guard)
            assert (again.first_lens, again.last_lens) == phrases.word_lengths(words.words), run
            assert again.firsts == words.firsts and again.lasts == words.lasts, run
        for order in (unordered, unordered[::-1]):
            one = phrases.WordList(set(order))
            assert (one.first_lens, one.last_lens) == phrases.word_lengths(order), run
            assert one.suffix("增速均达到") == "达到" and one.prefix("增长到5%") == "增长到"
        # (one entry per distinct list: the set's second order reads the entry of its first,
        # or, warm, builds it again: an entry taken from the file is freed once loaded)
        distinct = len({w.words for w in lists.values()}) + 1
        assert store.new == (distinct if run == "cold" else 0), run
        assert store.new + store.hits + store.again == len(lists) + 2, run
        assert store.again == (0 if run == "cold" else len(lists) + 2 - distinct), run
        store.save()


@pytest.mark.parametrize(
    ("text", "figure", "indicator"),
    [
        ("新增3家赴港上市企业。", "3家", "赴港上市企业"),
        ("新增8家承担单位。", "8家", "承担单位"),
        ("全年有20万人基本解决温饱问题。", "20万人", "基本解决温饱问题"),
        ("组织83名企业家赴德国学习。", "83名", "企业家"),
    ],
)
def test_where_the_counted_go_ends_a_noun_only_after_one(text, figure, indicator):
    """赴, 承担, 扩大 and 基本解决 end a counted noun (83名企业家赴德国) only after two
    characters of it: a noun may open with them (赴港上市企业, 承担单位)."""
    found = [r for r in extract(text) if r.text == figure]
    assert found and found[0].indicator == indicator
