"""`period`: one year's figure (`year`), several years' (`years`) or part of a year (`part`).

Cases quote real sentences of the corpus; the gold files are records of more/ whose period
was given by reading the sentence and its paragraph (tests/gold/period-more*.csv).
"""

from __future__ import annotations

import csv
import json
import sqlite3

import pytest
from click.testing import CliRunner
from conftest import CORPUS, REPO
from hypothesis import given
from hypothesis import strategies as st

from ningbo_indicators import FIELDS, extract
from ningbo_indicators.cli import cli
from ningbo_indicators.context.structure import read_structure
from ningbo_indicators.dataset.period import NOT_ANNUAL_WINDOW, PeriodReader
from ningbo_indicators.model import PERIODS
from ningbo_indicators.numbers import fold
from ningbo_indicators.pipeline import find_mentions
from ningbo_indicators.readers import bundled_text

GOLD = REPO / "tests" / "gold"

# (text, figure as written, period)
CASES = [
    # averages, totals, changes since a base year
    (
        "全市地区生产总值年均增长1.3%，城乡常住居民人均可支配收入年均分别增长5.5%和7.8%。",
        "7.8%",
        "years",
    ),
    ("城乡居民低保标准分别比“十二五”末提高53.2%、113.3%。", "提高53.2%", "years"),
    ("5年城镇新增就业累计232.5万人。", "232.5万人", "years"),
    ("2010年全省城镇居民人均可支配收入达到27359元，五年年均实际增长8.2%。", "增长8.2%", "years"),
    ("五年净增规上工业企业4163家、总数达1.45万家。", "1.45万家", "year"),
    (
        "2012年财政总收入3282.8亿元，地方公共财政预算收入2040.6亿元、支出5006亿元，分别是2007年的2.1倍、2.4倍和2.7倍。",
        "2.1倍",
        "years",
    ),
    ("力争到2015年电力装机容量达到4100万千瓦。", "4100万千瓦", "years"),
    (
        "过去五年，我们着力加强基础建设。三年造林绿化1000万亩，森林覆盖率达到45.2%。",
        "1000万亩",
        "years",
    ),
    # ... but not a level after them, nor a clause of its own
    ("累计净增各类经营主体155万户、总量达474万户。", "155万户", "years"),
    ("累计净增各类经营主体155万户、总量达474万户。", "474万户", "year"),
    ("一般公共预算收入达到411.8亿元、年均增长3.7%，税收占比达到73.3%。", "73.3%", "year"),
    ("“十三五”末“4+4”现代产业增加值达到2275.3亿元，占GDP比重达到41.3%。", "2275.3亿元", "year"),
    ("城乡一体化进程加快，累计投入新农村建设资金3.9亿元，开展了2个省级百镇试点。", "2个", "year"),
    # part of a year
    ("前三季度市内生产总值增长7.8%，高于全国4.8个百分点。", "增长7.8%", "part"),
    ("1-11月，南昌铁海联运完成外贸进出口集装箱运量6.4万标箱，同比增长40.8%。", "6.4万标箱", "part"),
    ("实现规模以上工业增加值91.9亿元，增速由2月份-4.9%回升至全年6.9%。", "-4.9%", "part"),
    ("实现规模以上工业增加值91.9亿元，增速由2月份-4.9%回升至全年6.9%。", "6.9%", "year"),
    ("外贸进出口总额由1月份下降31.1%转为全年增长11.3%。", "下降31.1%", "part"),
    ("外贸进出口总额由1月份下降31.1%转为全年增长11.3%。", "增长11.3%", "year"),
    ("全省经济增长上半年由负转正，全年地区生产总值增长3.7%。", "增长3.7%", "year"),
    ("大愿文化园正式开园后四个月共接待游客60万人次。", "60万人次", "part"),
    ("提前三个月完成21240户棚户区改造任务。", "21240户", "year"),
    # one year's
    ("全市地区生产总值增长6%左右，城镇登记失业率控制在4.5%以内。", "增长6%左右", "year"),
    ("深入推进服务业发展提速三年行动计划，服务业增加值增长10%以上。", "增长10%以上", "year"),
    # a paragraph that looks back over five years: what was done in them, not the levels
    (
        "五年来，我们着力补短板强弱项。完成城镇棚户区住房改造8.3万套，综合治理老旧小区135个。",
        "135个",
        "years",
    ),
    (
        "五年来，坚持生态环保。优良水域面积比例达到65%，提高7.8个百分点。",
        "提高7.8个百分点",
        "years",
    ),
    ("五年来，坚持生态环保。优良水域面积比例达到65%，提高7.8个百分点。", "65%", "year"),
    (
        "五年来，全市生产总值从5666亿元增加到9300亿元，年均增长9.7%，人均生产总值超过1.6万美元。",
        "5666亿元",
        "year",
    ),
    (
        "五年来，全市生产总值从5666亿元增加到9300亿元，年均增长9.7%，人均生产总值超过1.6万美元。",
        "超过1.6万美元",
        "year",
    ),
    (
        "五年来，我们全力巩固发展势头。民生支出占一般公共预算支出比重稳定在80%左右。",
        "80%左右",
        "years",
    ),
    (
        "过去五年，我们倾心尽力保民生。2012年专利授权量达到2.7万件。",
        "2.7万件",
        "year",
    ),
    # a rate held through the years, a bare rate of what they counted, a series they open
    (
        "——这五年，民生福祉持续增进。民生支出占一般公共预算支出的比重保持70%以上。",
        "70%以上",
        "years",
    ),
    ("五年认真办理人大代表建议768件、政协提案2605件，办复率100%。", "100%", "years"),
    # ... after the address, or opened by the words that look back (回顾, 回首, 历经, 近, 在)
    ("各位代表！五年来，我们真抓实干。净增国家高新技术企业1282家。", "1282家", "years"),
    ("各位代表，回首过去的五年，我们砥砺前行。新建学校120所。", "120所", "years"),
    ("回顾五年工作，我们倍感振奋。改造老旧小区135个。", "135个", "years"),
    ("历经五年艰苦奋斗，全州新改扩建农村公路1.2万公里。", "1.2万公里", "years"),
    ("近五年，我们聚焦民生。新增城镇就业38万人。", "38万人", "years"),
    ("在过去的五年中，建成投产大中型项目四百九十六个。", "四百九十六个", "years"),
    ("回望本届政府，我们一路奋进。新建保障性住房2.1万套。", "2.1万套", "years"),
    ("本届政府任期的五年，是加快发展的五年。新增城镇就业60万人。", "60万人", "years"),
    # ... or with a five-year plan's years (厦门 2016), and a rate held every year (苏州 2017)
    (
        "各位代表！“十二五”期间，我们扎实推进十大行动计划。两岸交流合作综合配套改革先行先试"
        "92项政策，“一区三中心”建设初显成效。",
        "92项",
        "years",
    ),
    (
        "五年来，民生福祉持续增进。帮助困难人员就业11.6万人，城镇登记失业率每年控制在2%左右。",
        "2%左右",
        "years",
    ),
    # ... but not the unit of a level (per person and year)
    ("五年来，民生福祉持续增进。新农合补助标准达到每人每年120元。", "120元", "year"),
    ("五年来，民生福祉持续增进。最低生活保障标准提高到每年1.2万元。", "1.2万元", "year"),
    # ... nor the last year's figures after 特别是 within its paragraph (无锡 2017)
    (
        "2017年政府工作报告\n过去五年，全市经济发展经历了起伏变化过程。前几年，主要经济指标增速逐年"
        "回落。特别是刚刚过去的2016年，我们积极应对各种困难和挑战，统筹做好稳增长、调结构、促改革、"
        "惠民生各项工作，基本完成了全年各项目标任务，经济社会发展呈现更多积极变化。一是综合实力稳步"
        "提升。主要经济指标增速整体摆脱了连续多年全省排位靠后的局面。社会消费品零售总额增长9.6%。",
        "增长9.6%",
        "year",
    ),
    # ... nor the last year's figures after the address within its paragraph (呼和浩特 2026)
    (
        "2026年政府工作报告\n五年来，我们加强政府自身建设，办理人大代表建议1538件。各位代表，"
        "刚刚过去的2025年，我们紧扣“十四五”目标任务，按照市委部署，圆满完成了“收官”到“开局”的"
        "关键接续，扛牢了首府挑大梁的责任担当，地区生产总值增长5.2%，规模以上工业增加值增长6.7%，"
        "固定资产投资增长2.9%，社会消费品零售总额增长4.8%，一般公共预算收入增长5.3%。",
        "增长5.3%",
        "year",
    ),
    # the goals of a plan under a heading of the years ahead with no word of goals (南昌 2021,
    # 厦门 2016, 白山 2016), but not those of the plan year's section
    *(
        (
            "——2021年1月10日在某市人民代表大会上\n一、过去五年工作回顾\n生产总值增长4%。\n"
            f"二、{title}\n第三产业占比达到53%左右。\n三、2021年工作安排\n第三产业占比达到50%。",
            figure,
            period,
        )
        for title in ("今后五年工作的总体考虑", "“十四五”时期展望", "展望“十四五”，全力打造示范区")
        for figure, period in (("53%左右", "years"), ("50%", "year"))
    ),
    # a span of other years than five or ten (national 2023, 济南 2012, 九江 2014) ...
    ("经过八年持续努力，近1亿农村贫困人口实现脱贫。", "近1亿", "years"),
    ("——城乡居民生活持续改善。四年来，承诺的43件民生实事全部兑现。", "43件", "years"),
    ("用两年时间在中心城区改造棚户区500万平方米。", "500万平方米", "years"),
    # ... but not a comparison with them, nor 用 of another word (泉州 2025, 崇左 2023, 海南 2009)
    ("实施世界遗产文物保护利用三年行动，完成20个文保单位保护修缮。", "20个", "year"),
    ("面对三年来最为严峻的防疫形势，每日投入1.7万名工作人员坚守在防控一线。", "1.7万名", "year"),
    (
        "加强目标责任考核。三年来我省首次实现化学需氧量、二氧化硫指标双下降，下降幅度分别为0.2%、14.8%。",
        "14.8%",
        "year",
    ),
    ("村组集体纯收入增速创十六年来新高，增长8.2%。", "增长8.2%", "year"),
    # ... a paragraph that says what the years were (——这是…的五年。, 聊城 2021, 山东 2021),
    # and what was done in them whatever its figure's first words (黄石 2022)
    ("——这是新旧动能加速转换的五年。上市公司新增102家，达到334家。", "102家", "years"),
    ("——这是新旧动能加速转换的五年。上市公司新增102家，达到334家。", "334家", "year"),
    (
        "五年来，产业转型蓄力成势。完成工业技改投资超900亿元、年均增长15%。",
        "超900亿元",
        "years",
    ),
    ("五年来，港口能级提升。广州港完成年货物吞吐量超过2亿吨。", "超过2亿吨", "year"),
    # ... but not one year of the term (今年是本届政府任期的最后一年), nor its levels
    ("今年是本届政府任期的最后一年。新增城镇就业6万人。", "6万人", "year"),
    ("各位代表！五年来，我们真抓实干。总量达474万户。", "474万户", "year"),
    (
        "对内对外开放进一步扩大，五年累计引进国内资金2156亿元，年均增长13.5%;实际利用外资38亿美元，年均增长10.1%。",
        "38亿美元",
        "years",
    ),
    # ... but an annual mean, a change on the year before, a running total after an addition
    # and a total with the year's growth are one year's, or one time's
    ("PM2.5年均浓度36.2微克/立方米、同比下降5%，优良天数比例达到77%。", "36.2微克/立方米", "year"),
    ("PM2.5年均浓度36.2微克/立方米、同比下降5%，优良天数比例达到77%。", "下降5%", "year"),
    ("金融改革创新成果显著，新增上市企业42家，累计达到70家。", "70家", "year"),
    ("累计接待游客总人数1148.7万人次，增长15.9%。", "1148.7万人次", "year"),
    # a change since the end of a five-year plan counts the years since (临沂 2021, 黑龙江 2011),
    # in the clause after it too; a level after it does not (天津 2006)
    (
        "一般公共预算收入年均增长6.8%，2020年完成349.8亿元，比“十二五”末增长23.2%。",
        "增长23.2%",
        "years",
    ),
    ("2010年，畜牧业产值达到965.8亿元，比“十五”期末增长42.4%。", "增长42.4%", "years"),
    (
        "预计固定资产投资比“十二五”期末增长32.9%，规模以上工业增加值增长29.3%。",
        "增长29.3%",
        "years",
    ),
    (
        "天津港货物吞吐量2.4亿吨，比“九五”末增长1.5倍，来自天津以外的货物占70%以上。",
        "70%以上",
        "year",
    ),
]


@pytest.mark.parametrize(("text", "figure", "period"), CASES, ids=[c[0] for c in CASES])
def test_period_of_a_figure(text, figure, period):
    found = [r for r in extract(text) if r.text == figure]
    assert found, f"no record {figure}"
    assert found[0].period == period


def _gold(name: str) -> list[dict]:
    with open(GOLD / name, encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


def _accuracy(rows: list[dict]) -> tuple[float, list]:
    """The classifier's accuracy on gold rows, read with the structure of each report only
    (a tenth of the cost of extract; the records carry the same reader's answer)."""
    readers: dict[str, PeriodReader] = {}
    misses = []
    for row in rows:
        if row["source"] not in readers:
            text = (CORPUS / "more" / row["source"]).read_text(encoding="utf-8")
            readers[row["source"]] = PeriodReader(read_structure(text, fold(text)))
        got = readers[row["source"]].period(int(row["start"]), row["kind"])
        if got != row["period"]:
            misses.append((row["sentence"], row["period"], got))
    return 1 - len(misses) / len(rows), misses


# the first file was written before the classifier's rules; the held-out one after the rules
# were first written, read by hand before they were run on it
@pytest.mark.parametrize(
    ("name", "least"),
    [
        ("period-more.csv", 0.95),
        ("period-more-heldout.csv", 0.9),
        ("period-more-heldout2.csv", 0.95),
    ],
)
def test_period_against_gold(name, least):
    if not (CORPUS / "more").is_dir():
        pytest.skip("corpus not available")
    rows = _gold(name)
    assert len(rows) >= 50
    assert {r["period"] for r in rows} <= set(PERIODS)
    accuracy, misses = _accuracy(rows)
    assert accuracy >= least, misses


def test_the_gold_is_stratified():
    rows = _gold("period-more.csv")
    assert len(rows) >= 150
    strata = {r["stratum"] for r in rows}
    assert {"five", "target", "any"} <= strata
    assert {r["period"] for r in rows} == set(PERIODS)


# a report that reviews five years and presents the next five-year plan
TERM = """2021年2月23日在某市第十四届人民代表大会第六次会议上

一、“十三五”时期工作回顾

五年来，全市新建省级企业技术中心40家。地区生产总值从2015年的308亿元增加到2020年的512.75亿元，年均增长8%。

各位代表，刚刚过去的2020年是极不平凡的一年。

一年来，我们全力打造一流创新生态，新建省级企业技术中心8家。

二、“十四五”时期目标任务

常住人口城镇化率提高到62%左右。

三、加快建设现代产业体系

新增4A级旅游景区6个以上。

四、全力做好2021年工作

新建省级企业技术中心10家。
"""


@pytest.mark.parametrize(
    ("figure", "period"),
    [
        ("40家", "years"),  # what was done in the five years
        ("512.75亿元", "year"),  # a level at a past date (增加到2020年的)
        ("增长8%", "years"),
        ("8家", "year"),  # the part on one year inside the review (一年来)
        ("62%左右", "years"),  # a goal of the plan
        ("6个以上", "years"),  # a section after the plan's goals: its tasks
        ("10家", "year"),  # the section of the year's work
    ],
    ids=[
        "五年来…40家",
        "增加到2020年的512.75亿元",
        "年均增长8%",
        "一年来…8家",
        "62%左右",
        "6个以上",
        "2021年工作…10家",
    ],
)
def test_period_in_a_report_of_a_term(figure, period):
    found = [r for r in extract(TERM) if r.text == figure]
    assert found, f"no record {figure}"
    assert found[0].period == period


# The sections of a report that plans five years, by their headings (each modelled on a report
# of corpus/more, named; wording shortened): (report, figure, period)
SECTIONS = [
    (  # prefectures/定西市/2025: the plan's last year is one year
        "一、2024年工作回顾\n地区生产总值增长5.8%。\n二、决胜“十四五”收官之年的重点任务\n"
        "经济社会发展主要预期目标是：地区生产总值增长6.5%，城镇新增就业1.5万人以上。",
        "1.5万人以上",
        "year",
    ),
    (  # prefectures/金华市/2021: the work of the plan's first year
        "一、2020年主要工作和“十三五”发展成就\n城镇新增就业26.6万人。\n"
        "二、“十四五”时期的主要目标和任务\n城镇新增就业50万人。\n"
        "三、全力以赴做好“十四五”开局工作\n居民消费价格涨幅控制在3.5%以内；城镇新增就业10万人。",
        "10万人",
        "year",
    ),
    (  # cities/烟台市/2022: the goals of a government's term are five years'
        "一、过去五年工作回顾\n城镇新增就业10.9万人。\n二、第十八届政府任务目标\n"
        "城镇新增就业50万人以上，居民人均可支配收入突破6万元。\n三、2022年重点工作\n"
        "城镇新增就业10.3万人以上。",
        "50万人以上",
        "years",
    ),
    (  # cities/太原市/2002: advice to the next government is not a review
        "一、本届政府五年工作回顾\n国内生产总值年均增长8.4%。\n二、对下届政府工作的建议\n"
        "2002年是新一届政府的开局之年。今年我市经济社会发展的主要预期目标是：国内生产总值"
        "430亿元，比上年增长10%；固定资产投资总规模140亿元，增长14%。",
        "增长14%",
        "year",
    ),
    (  # cities/郑州市/2011: the year's targets inside the section of the plan, named where
        # their sentence opens
        "一、2010年及“十一五”工作回顾\n生产总值增长13%。\n"
        "二、“十二五”发展的指导思想和目标任务\n生产总值年均增长12%。\n"
        "今年经济社会发展主要预期目标是：生产总值增长13%，财政一般预算收入增长15%，"
        "全社会固定资产投资增长23%，社会消费品零售总额增长17%，进出口总额增长25%，"
        "实际利用外商直接投资增长22%，居民消费价格涨幅控制在4%左右，城镇居民人均可支配收入"
        "增长10%，农民人均纯收入增长10%，新增城镇就业13万人，城镇登记失业率控制在4%以内。",
        "13万人",
        "year",
    ),
]


@pytest.mark.parametrize(
    ("text", "figure", "period"), SECTIONS, ids=["收官之年", "开局工作", "届", "下届", "今年…目标"]
)
def test_period_by_the_section(text, figure, period):
    found = [r for r in extract(text) if r.text == figure]
    assert found, f"no record {figure}"
    assert found[-1].period == period


PARAGRAPH = "前三季度，全市生产总值增长5.2%。全年地区生产总值增长6%，五年来年均增长8.5%。"


def test_the_field_comes_after_indicator_key():
    assert FIELDS.index("period") == FIELDS.index("indicator_key") + 1


@pytest.mark.parametrize(
    ("wanted", "figures"),
    [("year", ["增长6%"]), ("years", ["增长8.5%"]), ("part", ["增长5.2%"])],
    ids=["year", "years", "part"],
)
def test_extract_filters_by_period(tmp_path, wanted, figures):
    path = tmp_path / "r.txt"
    path.write_text(PARAGRAPH, "utf-8")
    result = CliRunner().invoke(cli, ["extract", str(path), "-f", "jsonl", "--period", wanted])
    assert result.exit_code == 0, result.output
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert [r["text"] for r in rows] == figures
    assert {r["period"] for r in rows} == {wanted}


def test_unknown_period_is_a_usage_error(tmp_path):
    path = tmp_path / "r.txt"
    path.write_text(PARAGRAPH, "utf-8")
    result = CliRunner().invoke(cli, ["extract", str(path), "--period", "month"])
    assert result.exit_code == 2
    assert "month" in result.stderr


def test_csv_column_and_fields(tmp_path):
    path = tmp_path / "r.txt"
    path.write_text(PARAGRAPH, "utf-8")
    result = CliRunner().invoke(cli, ["extract", str(path), "-f", "csv"])
    header = result.stdout.splitlines()[0].split(",")
    assert header.index("period") == header.index("indicator_key") + 1
    result = CliRunner().invoke(cli, ["extract", str(path), "-f", "csv", "--fields", "text,period"])
    assert result.exit_code == 0
    assert result.stdout.splitlines()[:4] == [
        "text,period",
        "增长5.2%,part",
        "增长6%,year",
        "增长8.5%,years",
    ]


PLAN = """2021年1月20日在某市第十六届人民代表大会第五次会议上

一、2020年工作回顾

全市地区生产总值增长3.5%，五年来年均增长6.8%，城镇新增就业12万人。

二、2021年主要目标任务

地区生产总值增长6%左右；城镇新增就业10万人。
"""


def test_database_column_and_panel_view(tmp_path):
    folder = tmp_path / "reports"
    folder.mkdir()
    (folder / "2021.md").write_text(PLAN, "utf-8")
    db = tmp_path / "corpus.db"
    result = CliRunner().invoke(cli, ["export", str(db), str(folder), "--jobs", "1"])
    assert result.exit_code == 0, result.output
    con = sqlite3.connect(db)
    periods = dict(con.execute("SELECT text, period FROM records WHERE kind = 'growth'"))
    assert periods == {"增长3.5%": "year", "增长6.8%": "years", "增长6%左右": "year"}
    # the panel view sets one year's figure beside the target, never the five-year average
    actual = con.execute(
        "SELECT actual_text FROM panel WHERE indicator_key = 'gdp_growth'"
    ).fetchone()
    assert actual == ("增长3.5%",)
    con.close()


# One word of each alternative of RE_NOT_ANNUAL and of RE_AVERAGE: words_period reads each
# pattern only where its window holds one of the characters of its gate, which every word
# must then hold
NOT_ANNUAL_WORDS = [
    *("年均", "平均每年", "每年平均", "年平均", "平均增长", "两年平均", "累计", "五年", "十年"),
    *("期间", "年间", "“十一五”时期", "十二五以来", "十三五末", "“九五”时期", "2016—2020年"),
    *("2016-2020年", "2016至年", "二〇一六到二〇二〇年", "到2025年", "比2002年", "较二〇〇二年"),
    *("与2002年相比", "同2002年比较", "是2007年末的", "前三季度", "上半年", "下半年", "四季度"),
    *("比“十二五”末", "比“十五”期末", "较九五末期"),
]
AVERAGE_WORDS = ["年均增长", "平均每年", "年平均下降", "平均递增", "比2002年末增长", "比1998年"]


@pytest.mark.parametrize("word", NOT_ANNUAL_WORDS)
def test_not_annual_words_hold_a_gate_character(word):
    from ningbo_indicators.dataset import period

    assert period.RE_NOT_ANNUAL.fullmatch(word), word  # (a word of the pattern)
    assert period._NOT_ANNUAL_CHARS.search(word)


@pytest.mark.parametrize("word", AVERAGE_WORDS)
def test_average_words_hold_a_gate_character(word):
    from ningbo_indicators.dataset import period

    assert period.RE_AVERAGE.search(word), word  # (a word of the pattern)
    assert "均" in word or "比" in word


def test_anchors_read_before_the_figures_only_give_the_same_periods():
    # a reader told the figures' offsets looks for the anchors before them only; a figure at
    # another offset (every other one here) is looked at when its period is read
    from ningbo_indicators.pipeline import find_mentions
    from ningbo_indicators.readers import bundled_text

    texts = [bundled_text()] + [p.read_text("utf-8") for p in sorted(CORPUS.rglob("*.md"))[::97]]
    for text in texts:
        folded = fold(text)
        doc = read_structure(text, folded)
        figures = [(m.start, m.kind) for m in find_mentions(text, folded, doc)]
        whole = PeriodReader(doc)
        told = PeriodReader(doc, [pos for pos, _ in figures[::2]])
        assert [told.period(*f) for f in figures] == [whole.period(*f) for f in figures]


def test_last_stop_is_the_greatest_of_the_stops_found():
    """`_last_stop` (a pattern up to the last stop) gives where the last of the stops stands,
    as the greatest of a search for each of them, on random windows and on windows of reports."""
    import random

    from conftest import corpus_files

    from ningbo_indicators.dataset.period import _SENTENCE_STOPS, _last_stop

    rng = random.Random(16)
    alphabet = _SENTENCE_STOPS + "增长5%，,a\u3000\r"
    windows = ["", "。", "\n", "增长"]
    windows += ["".join(rng.choices(alphabet, k=rng.randrange(70))) for _ in range(3000)]
    for path in corpus_files()[::40]:
        text = path.read_text("utf-8")
        windows += [text[at : at + 60] for at in range(0, len(text), 97)]
    for window in windows:
        assert _last_stop(window) == max(window.rfind(stop) for stop in _SENTENCE_STOPS)


def test_one_year_words_hold_a_year_or_a_change_on_it():
    """Every match of RE_ONE_YEAR_WORDS holds 年 or 同比 (the gate `_several` asks first), on
    random text of its characters and on stretches of reports."""
    import random

    from conftest import corpus_files

    from ningbo_indicators.dataset.period import RE_ONE_YEAR_WORDS

    rng = random.Random(16)
    alphabet = "年全去当比上同2019一九〇零○二代—-－至到，。长"
    texts = ["".join(rng.choices(alphabet, k=rng.randrange(30))) for _ in range(5000)]
    for path in corpus_files()[::40]:
        text = path.read_text("utf-8")
        texts += [text[at : at + 120] for at in range(0, len(text), 113)]
    for text in texts:
        for m in RE_ONE_YEAR_WORDS.finditer(text):
            assert "年" in m[0] or "同比" in m[0], m[0]


def _plain_year_texts() -> list[str]:
    return [bundled_text()] + [p.read_text("utf-8") for p in sorted(CORPUS.rglob("*.md"))[::61]]


def test_plain_figures_get_the_period_the_words_and_passages_give():
    """`PeriodReader._plain_years`: a figure it answers `year` for at once gets what a reader
    that reads every figure's window and passage gives, for every kind (a multiple is read
    closely whatever its window holds); and it takes most figures."""
    plain = told = 0
    for text in _plain_year_texts():
        folded = fold(text)
        doc = read_structure(text, folded)
        starts = [m.start for m in find_mentions(text, folded, doc)]
        whole = PeriodReader(doc)  # (no offsets told: every figure read in full)
        reader = PeriodReader(doc, starts)
        plain += len(reader.plain)
        told += len(set(starts))
        for kind in ("growth", "ratio", "count", "amount", "pp", "multiple"):
            assert [reader.period(p, kind) for p in starts] == [
                whole.period(p, kind) for p in starts
            ], kind
    assert plain > told / 2


# (edges of `_plain_years` that the corpus sample above does not reach: its window's end,
# a multiple, the cuts of passages)
_FILL = "甲"
# anchors at every distance around the window's edge, a multiple after 是…年的 (no anchor),
# and passages of several years with figures at their cuts
_EDGES = "".join(
    f"{anchor}{_FILL * (NOT_ANNUAL_WINDOW - len(anchor) + d)}增长5%。"
    for anchor in ("年均", "累计", "前三季度", "1—11月", "到2025年")
    for d in (-2, -1, 0, 1, 2)
)
_TEXTS = [
    _EDGES,
    "2024年政府工作报告\n生产总值是2007年的2.1倍。出口增长1.5倍。",
    "一、过去五年工作回顾\n五年来，生产总值达到100亿元，完成改造135个。\n一年来，增长6%。\n"
    "二、今年工作安排\n增长6%左右。\n“十四五”时期主要目标：生产总值达到2000亿元。\n三、2024年\n增长5%。",
]


@pytest.mark.parametrize("text", _TEXTS)
def test_plain_years_at_every_offset(text):
    # every offset told as a figure's start: each boundary of _plain_years (an anchor's window
    # end, a passage's cuts, the kind of a multiple) is met by some offset
    doc = read_structure(text, fold(text))
    whole = PeriodReader(doc)
    told = PeriodReader(doc, list(range(len(text) + 1)))
    for kind in ("growth", "ratio", "count", "amount", "pp", "multiple"):
        got = [told.period(p, kind) for p in range(len(text) + 1)]
        want = [whole.period(p, kind) for p in range(len(text) + 1)]
        assert got == want, kind


def test_the_end_of_a_plan_a_year_before_is_one_years_base():
    """比“十四五”末 in the report that plans 2027, reviewing 2026, compares with 2025: one year's
    growth, as 比2025年 would be; in the report of 2022 it names a goal years ahead."""
    from ningbo_indicators.dataset.period import words_period

    text = "全市生产总值比“十四五”末增长5%"
    assert words_period(text, len(text) - 4, 2027) == "year"
    assert words_period(text, len(text) - 4, 2022) == "years"
    assert words_period(text, len(text) - 4, 2030) == "years"


def test_the_first_characters_tried_first_lose_no_paragraph():
    # RE_SEVERAL_PARAGRAPH tries the first characters of its words before the words (most
    # paragraphs open otherwise): without that look-ahead it finds the same paragraphs over the
    # corpus, so the look-ahead names every word's first character
    import re

    from ningbo_indicators.dataset.period import RE_SEVERAL_PARAGRAPH

    files = sorted(CORPUS.rglob("*.md"))
    if not files:
        pytest.skip(f"{CORPUS} not found")
    text = RE_SEVERAL_PARAGRAPH.pattern
    ahead = re.search(r"\(\?=\[[^\]]*\]\)", text)
    assert ahead is not None
    plain = re.compile(text[: ahead.start()] + text[ahead.end() :])
    for path in files:
        folded = "\n" + fold(path.read_text(encoding="utf-8"))
        spans = [m.span() for m in RE_SEVERAL_PARAGRAPH.finditer(folded)]
        assert spans == [m.span() for m in plain.finditer(folded)], path


# Round 24: the items a review of several years announces. A paragraph that looks back over the
# years (五年来，…, 过去的四年, 功崇惟志。五年来，我们…重点抓了以下工作。) is followed by its items,
# (一)…(九) with the paragraphs under each, or ——… lines; they are of the same years, up to a
# heading of the first level, a paragraph on one year, or the end of the run (贵阳 2021, 青岛
# 2021, 济宁 2021, national 2023, 浙江 2018, 黄山 2022)
_ITEMS = (
    "五年来，我们主要做了以下工作：\n"
    "（一）推进创新发展。新增国家高新技术企业142家。\n"
    "经济实现稳步增长。建成美丽乡村示范村400个。\n"
    "（二）保障改善民生。新增医疗床位1.3万张。\n"
    "各位代表，在刚刚过去的一年里，我们迎难而上。新增城镇就业13.89万人。\n"
)
_LATER_CUE = (
    "功崇惟志，业广惟勤。五年来，我们勇毅笃行，重点抓了以下工作。\n"
    "（一）推进生态建设。完成营造林173.28万亩。\n"
)
_ONE_YEAR_LAST = (
    "五年来，我们攻坚克难。2020年，我们主要做了以下工作：\n（一）稳定就业。新增城镇就业5.2万人。\n"
)
_DASHES = (
    "过去的四年，是极不平凡的四年。\n"
    "——创新能力显著提升。新增国家高新技术企业142家。\n"
    "——民生持续改善。新增医疗床位1.3万张。\n"
    "这些成就来之不易。新建学校12所。\n"
)
_SPACED_YEAR = (
    "过去五年，我们主要做了以下工作：\n"
    "（一）城乡面貌改善。新建污水处理厂22个。\n"
    "2015 年是“十二五”收官之年。新开工保障性住房2.71万套。\n"
)
_LAST_YEAR_ALONE = (
    "2021年政府工作报告\n“十三五”时期是极不平凡的五年。"
    "2020年，一般公共预算收入增长2.7%；居民消费价格涨幅为3.1%。新增城镇就业36.4万人。"
)
ITEM_CASES = [
    # (the paragraph in bold, as Markdown writes it: round 25)
    (
        "成绩来之不易。**五年来，我们主要做了以下工作：**\n\n**（一）推进创新发展。**新增企业142家。\n",
        "142家",
        "years",
    ),
    (_ITEMS, "142家", "years"),
    (_ITEMS, "400个", "years"),
    (_ITEMS, "1.3万张", "years"),
    (_ITEMS, "13.89万人", "year"),  # (在刚刚过去的一年里: one year, and the run ends there)
    (_LATER_CUE, "173.28万亩", "years"),
    (_ONE_YEAR_LAST, "5.2万人", "year"),  # (the paragraph's last opening is one year's)
    (_DASHES, "142家", "years"),
    (_DASHES, "1.3万张", "years"),
    (_DASHES, "12所", "year"),  # (after the run of dashes)
    (_SPACED_YEAR, "22个", "years"),
    (_SPACED_YEAR, "2.71万套", "year"),  # (2015 年是…: a year written with a space)
    # several years in digits (浙江 2018, 红河 2016)
    ("5年来，我们坚持创新驱动。新增发明专利10.3万件。", "10.3万件", "years"),
    ("这是基础设施明显改善的5年。完成能源投资404.1亿元。", "404.1亿元", "years"),
    # ... not the last digit of a year
    ("2015年，我们坚持创新驱动。新增发明专利2.8万件。", "2.8万件", "year"),
    # a sentence inside a review that opens with the last year alone is that year's, after its
    # semicolon too (济南 2011, 聊城 2021); the sentence after it may be of the years again
    (_LAST_YEAR_ALONE, "3.1%", "year"),
    (_LAST_YEAR_ALONE, "36.4万人", "years"),
    # a level with its change since a year right after it (烟台 2006, 广州 2003)
    ("五年来，经济实力增强。利税过亿元的企业60家，比2000年增加49家。", "60家", "year"),
    ("五年来，经济实力增强。新建学校60所，比“十一五”多20所。", "60所", "years"),
]


# Round 24: sections. A review's title without a number holds the numbered sections after it
# (过去五年的政府工作, then 一、…五、: 成都 2013, 吕梁 2016, 贵阳 2006), up to one of one year;
# the plans before 十一五 are named quoted (一、“九五”时期政府工作回顾: 辽宁 2001, 天津 2006);
# a plan's fulfilment is reviewed (一、“十二五”规划完成情况); the goals of a plan that ends in
# the plan year are the year's (二、全面实现“十五”计划的各项目标 in 2005: 云南 2005)
_UNNUMBERED = (
    "2013年政府工作报告\n过去五年的政府工作\n"
    "一、经济发展目标超额实现\n建成高标准农田330万亩。\n"
    "二、城乡面貌明显改善\n完成场镇改造58个。\n"
    "三、2013年工作安排\n新建学校12所。\n"
)
_QUOTED_PLAN = (
    "2001年政府工作报告\n一、“九五”时期政府工作回顾\n建成高速公路559公里。\n"
    "二、“十五”期间经济和社会发展目标\n第三产业比重达到41%。\n"
    "三、2001年政府工作的主要任务\n新建学校12所。\n"
)
_FULFILMENT = (
    "2016年政府工作报告\n一、“十二五”规划完成情况\n新增保障性安居工程48.5万套。\n"
    "二、2016年的主要工作\n新建学校12所。\n"
)
_PLAN_ENDS = (
    "2005年政府工作报告\n一、2004年经济社会发展取得新成效\n生产总值增长11%。\n"
    "二、全面实现“十五”计划的各项目标\n主要预期目标建议为：全省生产总值增长8.5%。\n"
)
SECTION_CASES = [
    (_UNNUMBERED, "330万亩", "years"),
    (_UNNUMBERED, "58个", "years"),
    (_UNNUMBERED, "12所", "year"),
    (_QUOTED_PLAN, "559公里", "years"),
    (_QUOTED_PLAN, "41%", "years"),
    (_QUOTED_PLAN, "12所", "year"),
    (_FULFILMENT, "48.5万套", "years"),
    (_FULFILMENT, "12所", "year"),
    (_PLAN_ENDS, "增长8.5%", "year"),
]


# a part (其中…) of a level in a review is a level (湖北 2011, 贵州 2018); of what was added or
# spent in the years, of the years (宁波 1998, 福建 2008)
PART_CASES = [
    ("五年来，对外开放扩大。进出口总额达到259亿美元，其中出口144亿美元。", "144亿美元", "year"),
    ("五年来，交通改善。五年新增公路里程2113公里，其中高速公路559公里。", "559公里", "years"),
    # (a campaign named for five years, in the year's work, names no period: round 25)
    (
        "2023年政府工作报告\n三、2023年工作安排\n深入实施农村人居环境整治提升五年行动，"
        "新改建农村户厕3000座，农村生活污水治理率达到40%。\n",
        "3000座",
        "year",
    ),
    # (其中 a clause of its own, round 25; a sentence that opens with 其中 is not read against
    # the one before, whose last clause need not be its whole: …引进项目1200个，到位资金突破3000
    # 亿元。其中，世界500强企业投资项目45个)
    ("五年来，对外开放扩大。进出口总额达到259亿美元，其中，出口144亿美元。", "144亿美元", "year"),
    ("五年来，交通改善。五年新增公路里程2113公里，其中，高速公路559公里。", "559公里", "years"),
    (
        "五年来，对外开放扩大。累计利用外资总额30.3亿美元，其中直接利用外资21.6亿美元。",
        "21.6亿美元",
        "years",
    ),
    (
        "五年来，能源保障增强。装机容量增加到2376万千瓦，其中火电新增730万千瓦。",
        "730万千瓦",
        "years",
    ),
]


# a part of the year that is the deadline of its own clause's work (项目上半年全部开工，…) does not
# make the figures of the clauses after it the part's (鄂尔多斯 2016, 文山 2023, 日喀则 2023); what
# the part's figures were does (上半年完成生产总值6740亿元、增长2.5%)
DEADLINE_CASES = [
    (
        "力争配套电源点项目上半年全部开工，确保电厂建成投产，新增火电装机120万千瓦以上。",
        "120万千瓦以上",
        "year",
    ),
    ("上半年完成182个帮扶产业项目建设，年内完成62个。", "62个", "year"),
    ("上半年完成生产总值6740亿元、增长2.5%。", "增长2.5%", "part"),
]


# Round 24: the year of a goal of several years is the year it is to be reached by, written
# before it in its sentence (the spec: the year the figure refers to; a review's figures carry
# its last year alike); a goal with no such year keeps the plan year, and so does a goal of
# one year
GOAL_YEAR_TEXT = (
    "2022年政府工作报告\n二、今后五年目标任务\n"
    "到2026年，规上工业企业突破2200户，地区生产总值年均增长7%。"
    "城乡居民人均可支配收入年均增长8%。"
    "到2025年常住人口突破1000万人，到2035年城镇化率达到80%。2027年前，高新技术企业达到9000家。"
    "到2026年，地区生产总值由2020年的5000亿元增加到7000亿元。\n"
    "三、2022年工作安排\n地区生产总值增长6.5%。\n"
)


@pytest.mark.parametrize(
    ("figure", "year"),
    [
        ("突破2200户", 2026),
        ("增长7%", 2026),
        ("增长8%", 2022),
        ("增长6.5%", 2022),
        ("80%", 2035),  # (the nearest year before it)
        ("9000家", 2027),  # (2027年前)
        ("5000亿元", 2020),  # (a change's start keeps its year: 由2020年的5000亿元)
    ],
)
def test_the_year_of_a_goal(figure, year):
    found = [r for r in extract(GOAL_YEAR_TEXT) if r.text == figure]
    assert found, f"no record {figure}"
    assert (found[0].status, found[0].year) == ("target", year)


# Round 25: the year a goal is to be reached by, written as the plan's end (到“十四五”末), with
# spaces (到 2025 年), or as a clause's opening year (力争2025年, 、2024年), anywhere in the
# figure's sentence, semicolons included; not a year or an end something is counted from
# (比“十四五”期末, 在2023年基础上) nor a price base, nor one of the sentence before
GOAL_YEAR_TEXT_25 = (
    "2021年政府工作报告\n二、今后五年目标任务\n"
    "到“十四五”末，全市生产总值突破6500亿元。"
    "力争2025年高新技术企业达到600家、2024年规上工业企业突破3000户。"
    "到 2025 年，常住人口城镇化率达到70%。"
    "到2030年，全市生产总值比“十四五”期末翻一番。"
    "全市进出口总额在2023年基础上增长50%。"
    "按2025年价格计算，服务业增加值达到4000亿元。"
    "到2026年，地区生产总值超过7500亿元，经济增速高于全国、全省平均水平，工业增加值占比达到27%，"
    "战略性新兴产业增加值占比达到20%，城乡居民人均可支配收入比缩小至2以内，人才总量达到160万人。"
    "到2027年，全市一般公共预算收入达到500亿元，年均增长8%；规上工业企业达到3000户。\n"
)


@pytest.mark.parametrize(
    ("figure", "year"),
    [
        ("突破6500亿元", 2025),
        ("600家", 2025),
        ("突破3000户", 2024),  # (the nearest: 、2024年)
        ("70%", 2025),
        ("一番", 2030),  # (not 比“十四五”期末)
        ("增长50%", 2021),
        ("4000亿元", 2021),
        ("160万人", 2026),  # (the list of goals runs on long after its year)
        ("3000户", 2027),  # (and on across a semicolon)
    ],
)
def test_the_year_a_goal_is_reached_by(figure, year):
    found = [r for r in extract(GOAL_YEAR_TEXT_25) if r.text == figure]
    assert found, f"no record {figure}"
    assert (found[0].status, found[0].period, found[0].year) == ("target", "years", year)


# (the review's cases: a plan's period after a later year names no year; a list of years
# with 分别 names no one year; 2025年比2020年 is a deadline; a clause after ！; the start of a
# change keeps no goal's year)
GOAL_YEAR_TEXT_25B = (
    "2021年政府工作报告\n二、今后五年目标任务\n"
    "到2035年，人均地区生产总值比2020年翻一番；“十四五”期间，地区生产总值年均增长6.5%左右。"
    "力争高新技术企业2023年、2024年、2025年分别达到800家、900家、1000家。"
    "到2023年，全市生产总值突破5000亿元；2025年比2020年翻一番，人均生产总值达到12万元。"
    "奋斗目标宏伟！2025年全市常住人口达到800万人。"
    "城乡居民收入从3.5万元、1.8万元分别提高到5万元、2.6万元。\n"
    "三、2021年工作安排\n地区生产总值增长6%。\n"
)


@pytest.mark.parametrize(
    ("figure", "year"),
    [
        ("增长6.5%左右", 2021),
        ("800家", 2021),
        ("1000家", 2021),
        ("12万元", 2025),
        ("800万人", 2025),
        ("1.8万元", None),
    ],
)
def test_the_year_a_goal_is_reached_by_not_made_up(figure, year):
    found = [r for r in extract(GOAL_YEAR_TEXT_25B) if r.text == figure]
    assert found, f"no record {figure}"
    assert (found[0].status, found[0].period, found[0].year) == ("target", "years", year)


# A goal of a later year in the year's work (河南 2024, 西宁 2014, 合肥 2014, 广东 2001): of
# several years, by its year, read in its clauses up to a semicolon (after one, the next task
# of the year) and not where this year is named nearer the figure
GOAL_YEAR_TEXT_26 = (
    "2024年政府工作报告\n二、2024年主要工作\n"
    "到2025年经济总量突破1.5万亿元，城市首位度大幅提高。"
    "力争2015年基本消除棚户区；完成城镇保障性住房建设47366套。"
    "细颗粒物平均浓度今年力争下降3.75%以上，2027年力争下降25%以上。"
    "到“十五五”期末，全省小学入学率达到100％，初中入学率达到98％。"
    "2027年前完成老旧小区改造，今年完成1200个。"
    "全市生产总值增长6%。\n"
)


@pytest.mark.parametrize(
    ("figure", "period", "year"),
    [
        ("突破1.5万亿元", "years", 2025),
        ("47366套", "year", 2024),
        ("下降3.75%以上", "year", 2024),
        ("下降25%以上", "years", 2027),
        ("100％", "years", 2030),
        ("98％", "years", 2030),
        ("1200个", "year", 2024),
        ("增长6%", "year", 2024),
    ],
)
def test_a_later_goal_in_the_years_work(figure, period, year):
    found = [r for r in extract(GOAL_YEAR_TEXT_26) if r.text == figure]
    assert found, f"no record {figure}"
    assert (found[0].status, found[0].period, found[0].year) == ("target", period, year)


def test_no_items_in_text_whose_paragraphs_were_joined():
    """A numbered item inside a line (text joined by spaces, as the bundled report is) has no
    paragraph before it to read: none is read (reading the whole text before each item cost the
    1 MB benchmark 10 %)."""
    from ningbo_indicators.context.structure import read_structure
    from ningbo_indicators.dataset.period import _ItemRuns

    joined = "五年来，我们主要做了以下工作。 (一)推进创新发展。新增企业142家。 (二)改善民生。新增床位1.3万张。"
    lines = joined.replace(" (", "\n(")
    assert _ItemRuns(read_structure(joined, fold(joined))).first_items() == []
    assert _ItemRuns(read_structure(lines, fold(lines))).first_items() != []


# Pins of the narrowings (a helper's mutants of the round's rules survived the tests above):
# the looking-back sentence's openings, the sentence that closes the years, a list that starts
# again, a dash after blanks, the whole a part after 其中 is of, 保有
_ANNOUNCED_LATER = "成绩来之不易。{}我们主要做了以下工作：\n（一）推进创新发展。新增企业142家。\n"
_RUN_THEN_YEAR = (
    "2021年政府工作报告\n五年来，我们主要做了以下工作：\n（一）推进创新。新增国家高新技术企业142家。\n"
    "各位代表！今年是“十四五”开局之年。主要预期目标是：地区生产总值增长7%左右。\n"
)
_RESTARTED = (
    "五年来，我们主要做了以下工作：\n（一）推进创新发展。新增企业142家。\n"
    "（二）改善民生。新增床位1.3万张。\n今年重点抓好以下工作：\n（一）稳增长。新建学校12所。\n"
)
PIN_CASES = [
    (_ANNOUNCED_LATER.format("各位代表，五年来，"), "142家", "years"),
    (_ANNOUNCED_LATER.format("在过去五年里，"), "142家", "years"),
    (_ANNOUNCED_LATER.format("过去五年，"), "142家", "years"),
    (
        "过去的四年，极不平凡。2011年，全市完成生产总值4406.3亿元，比2007年增长58%。\n"
        "——转方式调结构成效明显。新增国家级工程技术研究中心10家。\n",
        "10家",
        "years",
    ),
    (_RESTARTED, "1.3万张", "years"),
    (_RESTARTED, "12所", "year"),
    (
        "过去的四年，极不平凡。\n**——创新能力提升。**新增国家高新技术企业142家。\n",
        "142家",
        "years",
    ),
    ("五年来，产业升级。培育骨干企业3000家，其中高新技术企业500家。", "500家", "years"),
    ("五年来，投入加大。涉农资金五年累计达到2620亿元，其中直补资金192亿元。", "192亿元", "years"),
    ("五年来，耕地得到保护。新增耕地3931公顷，耕地保有量305.5万亩。", "305.5万亩", "year"),
    # (the review's second reading: a run ends at the year's part after its items, 各位代表！今年…;
    # a deadline's look-ahead reads past a long statistic; 五年来的实践 looks back at nothing;
    # 十五项 is no plan; a whole of what was done, 完成…，其中, is of the years)
    (_RUN_THEN_YEAR, "142家", "years"),
    (_RUN_THEN_YEAR, "增长7%左右", "year"),
    ("前三季度完成全社会固定资产投资1200亿元，增长10%。", "增长10%", "part"),
    (
        "2021年政府工作报告\n三、2021年工作安排\n今年预期目标是：生产总值增长6%。"
        "五年来的实践告诉我们，发展是第一要务。我们要重点抓好以下工作：\n（一）稳投资。新建学校12所。\n",
        "12所",
        "year",
    ),
    (
        "2026年政府工作报告\n二、今后五年的目标和十五项重点任务\n新增高新技术企业2000家。\n",
        "2000家",
        "years",
    ),
    ("五年来，交通改善。完成交通投资超过500亿元，其中高速公路投资300亿元。", "300亿元", "years"),
]


# (the round's cases of periods, one test: the groups above)
ROUND_24 = [*ITEM_CASES, *SECTION_CASES, *PART_CASES, *DEADLINE_CASES, *PIN_CASES]


@pytest.mark.parametrize(("text", "figure", "period"), ROUND_24)
def test_period_of_the_rounds_cases(text, figure, period):
    found = [r for r in extract(text) if r.text == figure]
    assert found, f"no record {figure}"
    assert found[0].period == period


@given(
    st.lists(
        st.tuples(
            st.integers(0, 60), st.integers(1, 40), st.sampled_from(["years", "one", "target"])
        ),
        max_size=12,
    )
)
def test_the_cuts_of_the_passages_are_the_innermost(spans):
    """PeriodReader's cuts, made in one sweep (`period._cut`), give at each cut the status of
    the shortest passage that holds it, the first of two as long, as a test of every passage
    at every cut gives it."""
    from ningbo_indicators.dataset.period import _cut

    passages = sorted({(start, start + length, status) for start, length, status in spans})
    cuts, statuses = _cut(passages)
    assert cuts == sorted({p for start, end, _ in passages for p in (start, end)})
    for at, status in zip(cuts, statuses):
        inner = [p for p in passages if p[0] <= at < p[1]]
        assert status == (min(inner, key=lambda p: p[1] - p[0])[2] if inner else None)
