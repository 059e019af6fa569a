"""Canonical keys, the targets table and the panel: the bundled report, six report passages
of other places and years (written from the public reports), and the shared corpus."""

from __future__ import annotations

import pytest
from conftest import corpus_files, needs_corpus
from panels import panel_of

from ningbo_indicators import extract
from ningbo_indicators.context.place import detect_place
from ningbo_indicators.dataset.keys import default_keys
from ningbo_indicators.dataset.targets import actual_for, convert_cell, panel_row, targets_table


def table(text):
    return {r.key: (r.target, r.actual) for r in targets_table(text, extract(text))}


def test_bundled_report_targets(report_text, report_records):
    rows = {r.key: r for r in targets_table(report_text, report_records)}
    assert {
        k: rows[k].target
        for k in (
            "gdp_growth",
            "fixed_asset_investment_growth",
            "retail_sales_growth",
            "cpi",
            "urban_new_jobs",
            "registered_unemployment",
        )
    } == {
        "gdp_growth": "6%左右",
        "fixed_asset_investment_growth": "10%左右",
        "retail_sales_growth": "6.5%",
        "cpi": "3%左右",
        "urban_new_jobs": "20万人",
        "registered_unemployment": "3.5%以内",
    }
    assert rows["urban_new_jobs"].actual == "26万人" and rows["urban_new_jobs"].year == 2024
    assert rows["retail_sales_growth"].actual_year == 2023


NATIONAL_2023 = """政府工作报告
——2023年3月5日在第十四届全国人民代表大会第一次会议上
国务院总理 李克强
一、过去一年和五年工作回顾
过去一年，国内生产总值增长3%，城镇新增就业1206万人，年末城镇调查失业率降到5.5%，居民消费价格上涨2%。
二、对今年政府工作的建议
今年发展主要预期目标是：国内生产总值增长5%左右；城镇新增就业1200万人左右，城镇调查失业率5.5%左右；居民消费价格涨幅3%左右；居民收入增长与经济增长基本同步；进出口促稳提质，国际收支基本平衡；粮食产量保持在1.3万亿斤以上；单位国内生产总值能耗和主要污染物排放量继续下降。
"""
SHANGHAI_2023 = """上海市人民政府工作报告
——2023年1月12日在上海市第十六届人民代表大会第一次会议上
一、过去五年工作回顾
过去一年，全市生产总值达到4.47万亿元，地方一般公共预算收入7608.2亿元。
二、2023年主要工作
今年经济社会发展的主要预期目标是：全市生产总值增长5.5%以上，地方一般公共预算收入增长5%，全社会研发经费支出相当于全市生产总值的比例达到4.2%左右，城镇调查失业率5%以内，居民人均可支配收入增长与经济增长基本同步，居民消费价格涨幅3%左右。
"""
GUANGDONG_2023 = """各位代表：现在，我代表省人民政府，向大会报告工作。
一、2022年工作回顾
全省地区生产总值达12.9万亿元、增长1.9%。广州、深圳经济总量稳居前列，广州、深圳、佛山、东莞加快发展，广东制造业稳步增长。
二、2023年工作安排
今年经济社会发展的主要预期目标是：地区生产总值增长5%以上；地方一般公共预算收入增长5%；固定资产投资增长8%左右；社会消费品零售总额增长6%；城镇调查失业率控制在5.5%以内；居民消费价格涨幅3%左右。广东要走在全国前列。
"""
HANGZHOU_2023 = """杭州市市长 姚高员
一、2022年工作回顾
全市实现地区生产总值18753亿元，增长1.5%；城镇新增就业29.8万人。
二、2023年目标任务
今年经济社会发展的主要预期目标是：地区生产总值增长5.5%左右；城镇新增就业20万人以上；城镇调查失业率控制在5%以内；居民消费价格涨幅3%左右。
"""
NATIONAL_2010 = """——2010年3月5日在第十一届全国人民代表大会第三次会议上
一、2009年工作回顾
国内生产总值达到33.5万亿元，比上年增长8.7%；城镇新增就业1102万人。
二、2010年工作总体部署
今年经济社会发展的主要预期目标是：国内生产总值增长8%左右；城镇新增就业900万人以上，城镇登记失业率控制在4.6%以内；居民消费价格涨幅3%左右；国际收支状况继续改善。
"""
SHENZHEN_2010 = """深圳市人民政府工作报告
2010年1月在深圳市第四届人民代表大会第七次会议上
一、2009年工作回顾
全市生产总值8201亿元，增长10.7%。
二、2010年工作安排
今年经济社会发展的主要调控目标是：全市生产总值增长10%—11%，居民消费价格涨幅控制在3%左右，城镇登记失业率控制在3%以内。
"""

# a report that presents a five-year plan (modelled on ningbo 2012, 烟台 2022, 银川 2013): the
# goals of the term are not the year's targets, and a change over the five years starts from a
# figure of another year
TERM_2012 = """宁波市人民政府工作报告
——2012年2月16日在宁波市第十四届人民代表大会第一次会议上
一、过去五年工作回顾
五年来，全市经济实力大幅提升。地区生产总值从2874.4亿元增加到6010.5亿元，年均增长11.3%。
去年，地区生产总值增长10%。
二、第十四届政府任务目标
城镇新增就业50万人以上，全社会研发投入占地区生产总值比重提高到3.2%以上。
三、2012年主要工作
今年经济社会发展的主要预期目标是：地区生产总值增长10%左右，城镇新增就业10万人以上。
"""

# the targets set out as a list under their lead, one per line (modelled on 重庆 2005)
LIST_2005 = """重庆市人民政府工作报告
——2005年1月25日在重庆市第二届人民代表大会第三次会议上
一、2004年工作回顾
全市生产总值增长12.2%。
二、2005年工作安排
**建议2005年国民经济和社会发展主要预期目标为：**

——促进经济持续快速增长。地区生产总值增长10%。

——保持市场物价基本稳定。城市居民消费价格总指数控制在104。

——提高城乡居民收入水平。城市居民人均可支配收入增长8%。

各位代表！做好今年的政府工作，要坚定不移地抓好发展。
"""

PASSAGES = [
    (
        "national 2023",
        NATIONAL_2023,
        "全国",
        2023,
        {
            "gdp_growth": ("5%左右", "3%"),
            "urban_new_jobs": ("1200万人左右", "1206万人"),
            "surveyed_unemployment": ("5.5%左右", "5.5%"),
            "cpi": ("3%左右", "2%"),
            "grain_output": ("1.3万亿斤以上", None),
        },
    ),
    (
        "shanghai 2023",
        SHANGHAI_2023,
        "上海市",
        2023,
        {
            "gdp_growth": ("5.5%以上", None),
            "general_budget_revenue_growth": ("5%", None),
            "rd_intensity": ("4.2%左右", None),
            "surveyed_unemployment": ("5%以内", None),
            "cpi": ("3%左右", None),
        },
    ),
    (
        "guangdong 2023",
        GUANGDONG_2023,
        "广东省",
        2023,
        {
            "gdp_growth": ("5%以上", "1.9%"),
            "general_budget_revenue_growth": ("5%", None),
            "fixed_asset_investment_growth": ("8%左右", None),
            "retail_sales_growth": ("6%", None),
            "surveyed_unemployment": ("5.5%以内", None),
            "cpi": ("3%左右", None),
        },
    ),
    (
        "hangzhou 2023",
        HANGZHOU_2023,
        "杭州市",
        2023,
        {
            "gdp_growth": ("5.5%左右", "1.5%"),
            "urban_new_jobs": ("20万人以上", "29.8万人"),
            "surveyed_unemployment": ("5%以内", None),
            "cpi": ("3%左右", None),
        },
    ),
    (
        "national 2010",
        NATIONAL_2010,
        "全国",
        2010,
        {
            "gdp_growth": ("8%左右", "8.7%"),
            "urban_new_jobs": ("900万人以上", "1102万人"),
            "registered_unemployment": ("4.6%以内", None),
            "cpi": ("3%左右", None),
        },
    ),
    (
        "term 2012",
        TERM_2012,
        "宁波市",
        2012,
        {
            "gdp_growth": ("10%左右", "10%"),
            "urban_new_jobs": ("10万人以上", None),
        },
    ),
    (
        "list 2005",
        LIST_2005,
        "重庆市",
        2005,
        {"gdp_growth": ("10%", "12.2%"), "cpi": ("104", None)},
    ),
    (
        "shenzhen 2010",
        SHENZHEN_2010,
        "深圳市",
        2010,
        {
            "gdp_growth": ("10%—11%", "10.7%"),
            "cpi": ("3%左右", None),
            "registered_unemployment": ("3%以内", None),
        },
    ),
]


@pytest.mark.parametrize("name,text,place,year,expected", PASSAGES, ids=[p[0] for p in PASSAGES])
def test_targets_of_other_reports(name, text, place, year, expected):
    rows = table(text)
    assert {k: rows[k] for k in expected if k in rows} == expected
    assert detect_place(text) == place


@pytest.mark.parametrize("name,text,place,year,expected", PASSAGES, ids=[p[0] for p in PASSAGES])
def test_panel_cells(name, text, place, year, expected):
    keys = default_keys()
    wide, long = panel_row(name, text, extract(text), keys)
    assert (wide["place"], wide["year"]) == (place, year)
    for key, (target, actual) in expected.items():
        cell = next(r for r in long if r["key"] == key)
        assert (cell["target"], cell["actual"]) == (target, actual)
    low = float(expected["gdp_growth"][0].split("%")[0])
    assert wide["gdp_growth_target"] == low


def test_a_term_report_keeps_the_years_apart():
    # 地区生产总值从2874.4亿元增加到6010.5亿元 over five years: 6010.5 is last year's level
    found = actual_for(TERM_2012, "gdp", extract(TERM_2012))
    assert found is not None and found.text == "6010.5亿元"
    # the term's goal (研发投入…提高到3.2%以上) is not a target of the year, nor, worded with
    # 提高到 before the year's targets, last year's result
    assert "rd_intensity" not in table(TERM_2012)
    assert actual_for(TERM_2012, "rd_intensity", extract(TERM_2012)) is None


def test_a_task_of_the_plan_is_not_last_years_result():
    # the structure found the review: before the year's targets, a figure worded with 达到 is
    # a task of the plan (中卫 2016, 宁波 2007), not last year's result
    text = (
        "一、2015年工作回顾\n全市生产总值增长8%。\n二、加快推进新型城镇化\n"
        "加快推进城镇化进程，全市城镇化率达到52%。\n三、2016年工作安排\n"
        "今年经济社会发展的主要预期目标是：地区生产总值增长7.5%。\n"
    )
    assert actual_for(text, "urbanization_rate", extract(text)) is None
    assert actual_for(text, "gdp_growth", extract(text)).text == "增长8%"


def test_range_target_keeps_both_bounds():
    (row,) = [
        r for r in targets_table(SHENZHEN_2010, extract(SHENZHEN_2010)) if r.key == "gdp_growth"
    ]
    assert (row.target_value, row.target_high, row.qualifier) == (10.0, 11.0, "range")


def test_overrides():
    wide, _ = panel_row(
        "x",
        "地区生产总值增长6%。",
        extract("地区生产总值增长6%。"),
        default_keys(),
        place="某市",
        year=2030,
    )
    assert (wide["place"], wide["year"]) == ("某市", 2030)


@needs_corpus
@pytest.mark.parametrize("folder", ["ningbo", "national", "provinces-2024"])
def test_corpus_panel_gdp_targets(folder):
    missing, rows = [], 0
    for path in corpus_files():
        if path.parent.name != folder:
            continue
        wide, _ = panel_of(f"{folder}/{path.name}")
        rows += 1
        if wide["gdp_growth_target"] is None:
            missing.append(path.stem)
        if folder == "provinces-2024":
            assert wide["place"] == path.stem and wide["year"] == 2024
        else:  # the State Council's reports of late 1981 and 1982 plan the next year
            delivered_late = {"1981": 1982, "1982": 1983}
            assert wide["year"] == delivered_late.get(path.stem, int(path.stem))
    # reports that state no annual GDP growth target (checked by reading them): the 1970s-80s
    # five-year-plan reports, 2000, 2001 (only the 十五 average), 2002 and 2020 (no target set in the pandemic year)
    allowed = {
        "ningbo": set(),
        "national": {
            str(y)
            for y in (
                1975,
                1978,
                1979,
                1980,
                1981,
                1982,
                1983,
                1984,
                1985,
                1986,
                1987,
                1988,
                1989,
                1990,
                1991,
                1992,
                1993,
                2000,
                2001,
                2002,
                2020,
            )
        },
        "provinces-2024": set(),
    }[folder]
    assert set(missing) <= allowed, sorted(set(missing) - allowed)
    assert rows >= 29


# ------------------------------------------------------------------ the main columns

HEAD = "——2011年1月10日在江海市第十四届人民代表大会第五次会议上\n一、2010年工作回顾\n"
PLAN = "\n二、2011年工作安排\n"
GOALS = "今年经济社会发展的主要预期目标是："
LAST = "全市生产总值增长9%。"
# (shape, text, expected main columns): the shapes that fail in real reports, one per case
MAIN_CASES = [
    (
        "新增就业岗位10万个 is posts, not jobs",
        HEAD
        + LAST
        + PLAN
        + GOALS
        + "生产总值增长9%左右，新增就业岗位10万个，城镇登记失业率控制在4%以内。\n",
        {
            "new_job_posts_target": 10.0,
            "urban_new_jobs_target": None,
            "registered_unemployment_target": 4.0,
        },
    ),
    (
        "新增城镇就业8000人 in 万人",
        HEAD + LAST + PLAN + GOALS + "生产总值增长9%左右，新增城镇就业8000人。\n",
        {"urban_new_jobs_target": 0.8},
    ),
    (
        "jobs in the employment section",
        HEAD
        + LAST
        + PLAN
        + GOALS
        + "生产总值增长9%左右。\n（三）扩大就业。年内城镇新增就业5.5万人。\n",
        {"urban_new_jobs_target": 5.5},
    ),
    (
        "a five-year total is not the year's jobs",
        HEAD
        + "五年累计新增城镇就业60万人。"
        + PLAN
        + GOALS
        + "生产总值增长9%左右。\n五年内累计新增城镇就业60万人以上。\n",
        {"urban_new_jobs_target": None, "gdp_growth_actual": None},
    ),
    (
        "商品零售价格 is the retail price, not the CPI",
        HEAD + LAST + PLAN + GOALS + "生产总值增长9%左右，商品零售价格涨幅控制在3%以内。\n",
        {"retail_price_target": 3.0, "cpi_target": None},
    ),
    (
        "居民消费价格指数103.5%以内 is a rise of 3.5",
        HEAD + LAST + PLAN + GOALS + "生产总值增长9%左右，居民消费价格指数控制在103.5%以内。\n",
        {"cpi_target": 3.5},
    ),
    (
        "居民消费价格指数104以内 is a rise of 4",
        HEAD + LAST + PLAN + GOALS + "生产总值增长9%左右，居民消费价格指数控制在104以内。\n",
        {"cpi_target": 4.0},
    ),
    (
        "全省生产总值达到2417亿元，增长8.2%",
        HEAD + "全省生产总值达到2417亿元，增长8.2%。" + PLAN + GOALS + "生产总值增长9%左右。\n",
        {"gdp_growth_actual": 8.2},
    ),
    (
        "预计增长5.1%左右",
        HEAD + "预计全市生产总值增长5.1%左右。" + PLAN + GOALS + "生产总值增长9%左右。\n",
        {"gdp_growth_actual": 5.1},
    ),
    (
        "分别增长8%、12%和14%",
        HEAD
        + "地区生产总值、财政总收入和固定资产投资分别增长8%、12%和14%。"
        + PLAN
        + GOALS
        + "生产总值增长9%左右。\n",
        {"gdp_growth_actual": 8.0},
    ),
    (
        "no average, quarter or comparison with an earlier year",
        HEAD
        + "五年来，全市生产总值年均增长11.2%。前三季度生产总值增长7.3%。全市生产总值比2005年增长65.5%。"
        + PLAN
        + GOALS
        + "生产总值增长9%左右。\n",
        {"gdp_growth_actual": None, "gdp_growth_target": 9.0},
    ),
    (
        "a growth rate from a quarter to the year's (中山市 2021)",
        HEAD
        + "全市生产总值增速从一季度的-13.1%回升到1.5%，在全省排名明显上升。"
        + PLAN
        + GOALS
        + "生产总值增长9%左右。\n",
        {"gdp_growth_actual": 1.5},
    ),
    (
        "the quarter's own figure is still no year's",
        HEAD + "一季度生产总值增长3.1%，比上年回升。" + PLAN + GOALS + "生产总值增长9%左右。\n",
        {"gdp_growth_actual": None},
    ),
    (
        "力保增长12%",
        HEAD + LAST + PLAN + GOALS + "地区生产总值力保增长12%，力争达到13%。\n",
        {"gdp_growth_target": 12.0, "gdp_growth_qualifier": "over"},
    ),
    (
        "经济增长的预期目标是8%左右",
        HEAD + LAST + PLAN + "今年经济增长的预期目标是8%左右。\n",
        {"gdp_growth_target": 8.0, "gdp_growth_qualifier": "about", "gdp_growth_actual": 9.0},
    ),
    (
        "国民生产总值 in the old reports",
        HEAD
        + "国民生产总值比上年增长百分之三点九。"
        + PLAN
        + "国家计划要求今年的国民生产总值比上年增长百分之五。\n",
        {"gdp_growth_target": 5.0, "gdp_growth_actual": 3.9},
    ),
    (
        "a range keeps both bounds",
        HEAD + LAST + PLAN + GOALS + "地区生产总值增长6.5%—7%。\n",
        {"gdp_growth_target": 6.5, "gdp_growth_target_high": 7.0, "gdp_growth_qualifier": "range"},
    ),
]


@pytest.mark.parametrize("case", MAIN_CASES, ids=lambda c: c[0])
def test_main_columns(case):
    _, text, expected = case
    wide, _ = panel_row("x", text, extract(text), default_keys())
    assert {k: wide[k] for k in expected} == expected


def test_cli_panel_writes_the_main_columns_then_filled_keys(tmp_path):
    from click.testing import CliRunner

    from ningbo_indicators.cli import cli
    from ningbo_indicators.dataset.targets import MAIN_COLUMNS

    for i, (_, text, _) in enumerate(MAIN_CASES[:3]):
        (tmp_path / f"{i}.md").write_text(text, "utf-8")
    r = CliRunner().invoke(cli, ["panel", str(tmp_path), "-f", "csv"])
    assert r.exit_code == 0, r.stderr
    header = r.stdout.splitlines()[0].split(",")
    assert header[: 3 + len(MAIN_COLUMNS)] == ["source", "place", "year", *MAIN_COLUMNS]
    # key columns only where some report has a value: no column of 900 empty cells
    assert "pm25_target" not in header and "fixed_asset_investment_target" not in header
    assert len(r.stdout.splitlines()) == 4


# A cell is given in its key's unit; units that measure the same thing are converted, units that
# do not (元 and 美元, 人 and 户, a rate and a tonnage) are never compared.
CONVERSIONS = [
    # (key, value, unit, to, expected)
    ("afforestation", 30e4, "亩", "公顷", 2e4),
    ("grain_output", 12.2e4, "万公斤", "万吨", 122.0),
    ("high_tech_enterprises", 19, "家", "个", 19),
    ("natural_population_growth_rate", 5.0, "‰", "%", 0.5),
    ("urbanization_rate_pp", 1.2, "个百分点", "百分点", 1.2),
    ("livelihood_expenditure_share", 7, "成", "%", 70.0),
    ("exports", 500, "亿美元", "亿元", None),
    ("relocation_poverty", 3, "万户", "万人", None),
    ("so2_reduction", 3, "万吨", "%", None),
    ("urbanization_rate_pp", 1.2, "个百分点", "%", None),
]


@pytest.mark.parametrize("key,value,unit,to,expected", CONVERSIONS, ids=[c[2] for c in CONVERSIONS])
def test_cells_convert_only_between_units_of_one_measure(key, value, unit, to, expected):
    info = {k.key: k for k in default_keys()}
    assert convert_cell(value, unit, to, info[key]) == expected


TRADE_2014 = """某市人民政府工作报告
——2014年1月10日在某市第十五届人民代表大会第三次会议上
一、2013年工作回顾
全市外贸出口总额达到420亿元，实际利用外资12亿美元。
二、2014年主要目标
今年的主要预期目标是：地区生产总值增长8%，出口总额达到80亿美元，实际利用外资13亿美元。
"""


def test_wide_panel_keeps_one_unit_per_column():
    wide, long = panel_row("x", TRADE_2014, extract(TRADE_2014), default_keys())
    # exports: the target is in 亿美元, last year's figure in 亿元: two columns, never one
    assert (wide["exports_target"], wide["exports_usd_target"]) == (None, 80.0)
    assert wide["exports_actual"] is None and wide["exports_usd_actual"] is None
    (row,) = [r for r in long if r["key"] == "exports"]
    assert (row["unit"], row["target_value"], row["actual"]) == ("亿美元", 80.0, None)
    assert (wide["utilised_foreign_capital_target"], wide["utilised_foreign_capital_actual"]) == (
        13.0,
        12.0,
    )


def test_scale_factor_is_ten_to_the_magnitudes_power_and_skips_other_characters():
    # scale_factor reads numbers.magnitude_power, as the unit readings do; a key table's scale
    # is written by hand, and a character that is no magnitude counts for nothing, as when it
    # multiplied the magnitudes itself (the product below)
    from ningbo_indicators.dataset.targets import scale_factor
    from ningbo_indicators.units import MAGNITUDES

    def product(scale: str) -> float:
        factor = 1.0
        for ch in scale:
            factor *= MAGNITUDES.get(ch, 1)
        return factor

    for scale in ("", "万", "亿", "万亿", "千万", "十", "百万", "万人", "亿元", "x", " 万 "):
        assert scale_factor(scale) == product(scale), scale
    assert scale_factor("万人") == 1e4 and scale_factor("元") == 1.0
