"""Target beside realised: the rule of `met` for each qualifier, two reports of one place in a
row, and the GDP growth rows of Ningbo and the State Council against the hand-read gold."""

from __future__ import annotations

import csv
import io

import pytest
from click.testing import CliRunner
from conftest import CORPUS, needs_corpus
from panels import GOLD, read_gold, records_of, text_of

from ningbo_indicators import extract
from ningbo_indicators.cli import cli
from ningbo_indicators.dataset.achievement import FIELDS, achievement_rows, judge, read_report

# (qualifier, target, high, realised, better, unit) -> (gap, met)
JUDGE_CASES = [
    ("about", 6, None, 6.4, "up", "%", 0.4, "yes"),  # inside the ±0.5 pp band
    ("about", 6, None, 5.5, "up", "%", -0.5, "yes"),  # on its edge
    ("about", 6, None, 5.4, "up", "%", -0.6, "no"),  # below it
    ("about", 6, None, 7.8, "up", "%", 1.8, "yes"),  # beyond it on the better side
    ("about", 3, None, 3.6, "down", "%", 0.6, "no"),  # CPI 3%左右, prices rose 3.6%
    ("about", 3, None, 0.4, "down", "%", -2.6, "yes"),
    ("about", 1200, None, 1150, "up", "万人", -50, "yes"),  # levels: ±5 %
    ("about", 1200, None, 1100, "up", "万人", -100, "no"),
    ("over", 5, None, 5.0, "up", "%", 0.0, "yes"),
    ("over", 5, None, 4.9, "up", "%", -0.1, "no"),
    ("under", 3.5, None, 3.5, "down", "%", 0.0, "yes"),
    ("under", 3.5, None, 3.8, "down", "%", 0.3, "no"),
    ("range", 6.5, 7, 6.9, "up", "%", 0.0, "yes"),
    ("range", 6.5, 7, 7.3, "up", "%", 0.3, "yes"),  # above the range of a growth target
    ("range", 6.5, 7, 6.1, "up", "%", -0.4, "no"),
    ("range", 2, 3, 3.4, "down", "%", 0.4, "no"),
    ("range", 2, 3, 1.5, "down", "%", -0.5, "yes"),
    ("range", 2, 3, 3.4, "", "%", 0.4, "no"),
    ("exact", 8, None, 8.7, "up", "%", 0.7, "yes"),
    ("exact", 8, None, 7.9, "up", "%", -0.1, "no"),
    ("exact", 3, None, 2.1, "down", "%", -0.9, "yes"),
    ("exact", 3, None, 2.1, "", "%", -0.9, "unknown"),  # no direction: cannot tell
]


@pytest.mark.parametrize(
    "case", JUDGE_CASES, ids=lambda c: f"{c[0]} {c[1]}{'-' + str(c[2]) if c[2] else ''} -> {c[3]}"
)
def test_met_rules(case):
    qualifier, target, high, realized, better, unit, gap, met = case
    assert judge(qualifier, target, high, realized, better, unit) == (gap, met)


R2023 = """江海市人民政府工作报告
——2023年1月10日在江海市第十六届人民代表大会第二次会议上
一、2022年工作回顾
全市地区生产总值增长3.5%，居民消费价格上涨2.1%，城镇登记失业率2.8%。
二、2023年主要目标任务
今年经济社会发展的主要预期目标是：地区生产总值增长5.5%左右，居民消费价格涨幅3%左右，城镇登记失业率控制在3.5%以内，城镇新增就业8000人。
"""
R2024 = """江海市人民政府工作报告
——2024年1月12日在江海市第十六届人民代表大会第三次会议上
一、2023年工作回顾
全市地区生产总值增长6.1%，居民消费价格上涨0.4%，城镇登记失业率3.8%，城镇新增就业1.2万人。
二、2024年主要目标任务
今年经济社会发展的主要预期目标是：地区生产总值增长6%—6.5%，城镇登记失业率控制在3.5%以内。
"""


def _reports(*texts):
    return [read_report(f"{i}.md", t, extract(t)) for i, t in enumerate(texts)]


def test_two_reports_in_a_row():
    rows, warnings = achievement_rows(_reports(R2023, R2024))
    assert warnings == []
    got = {(r["year"], r["key"]): (r["target"], r["realized"], r["gap"], r["met"]) for r in rows}
    assert got == {
        (2023, "gdp_growth"): ("5.5%左右", "6.1%", 0.6, "yes"),
        (2023, "cpi"): ("3%左右", "0.4%", -2.6, "yes"),
        # 8000人 and 1.2万人 compared in the key's unit, 万人
        (2023, "urban_new_jobs"): ("8000人", "1.2万人", 0.4, "yes"),
        (2023, "registered_unemployment"): ("3.5%以内", "3.8%", 0.3, "no"),
        # no report of 2025: unknown, never guessed
        (2024, "gdp_growth"): ("6%—6.5%", None, None, "unknown"),
        (2024, "registered_unemployment"): ("3.5%以内", None, None, "unknown"),
    }
    row = next(r for r in rows if r["key"] == "gdp_growth" and r["year"] == 2023)
    assert row["realized_source"] == "1.md" and row["target_source"] == "0.md"
    assert row["place"] == "江海市" and "6.1%" in row["realized_sentence"]
    assert list(row)[: len(FIELDS)] == list(FIELDS)


def test_filters_and_duplicates():
    rows, warnings = achievement_rows(_reports(R2023, R2024, R2023), only=["cpi"])
    assert [(r["year"], r["key"]) for r in rows] == [(2023, "cpi")]
    assert warnings == ["2.md: a second report of 江海市 2023 (after 0.md), left out"]
    assert achievement_rows(_reports(R2023), places=["宁波市"])[0] == []


def test_a_report_without_place_or_year_is_reported():
    rows, warnings = achievement_rows(_reports("地区生产总值增长6%。"))
    assert rows == [] and "not detected" in warnings[0]


def test_cli_achievement(tmp_path):
    for name, text in (("2023.md", R2023), ("2024.md", R2024)):
        (tmp_path / name).write_text(text, "utf-8")
    r = CliRunner().invoke(cli, ["achievement", str(tmp_path), "--key", "gdp_growth", "-f", "csv"])
    assert r.exit_code == 0, r.stderr
    rows = list(csv.DictReader(io.StringIO(r.stdout)))
    assert [(x["year"], x["target"], x["realized"], x["met"]) for x in rows] == [
        ("2023", "5.5%左右", "6.1%", "yes"),
        ("2024", "6%—6.5%", "", "unknown"),
    ]
    assert list(rows[0]) == list(FIELDS) and r.stderr == ""


@pytest.mark.parametrize(
    "args,message",
    [
        (["achievement", "nothing-here.md"], "nothing-here.md"),
        (["achievement", ".", "--key", "gdp_grwth"], "unknown key"),
        (["achievement", ".", "--fields", "place,colour"], "--fields"),
        (["achievement", ".", "-o", "no-such-folder/a.csv"], "does not exist"),
    ],
    ids=["missing file", "unknown key", "unknown field", "missing output folder"],
)
def test_cli_achievement_errors(args, message, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "r.md").write_text(R2023, "utf-8")
    r = CliRunner().invoke(cli, args)
    assert r.exit_code == 2 and message in r.stderr and r.stdout == ""


# ------------------------------------------------------------------ the corpus


def _gold_pairs(folder: str) -> dict[int, tuple]:
    """year -> (target, target_high, realised) read by hand: the target of the report of year
    t and the growth of year t that the report of year t+1 states."""
    gold = {
        int(g["plan_year"]): g
        for g in read_gold(GOLD / "main-targets.csv")
        if g["file"].startswith(folder + "/")
    }

    def num(cell):
        return float(cell) if cell else None

    out = {}
    for year, g in gold.items():
        nxt = gold.get(year + 1)
        target, realised = num(g["gdp_target"]), num(nxt["gdp_last_year"]) if nxt else None
        if target is not None and realised is not None:
            out[year] = (target, num(g["gdp_target_high"]), realised)
    return out


@needs_corpus
@pytest.mark.parametrize("folder,at_least", [("ningbo", 20), ("national", 28)])
def test_gdp_rows_match_the_hand_read_check(folder, at_least):
    reports = [
        read_report(
            f"{folder}/{p.name}",
            text_of(f"{folder}/{p.name}"),
            list(records_of(f"{folder}/{p.name}")),
        )
        for p in sorted((CORPUS / folder).glob("*.md"))
    ]
    rows, _ = achievement_rows(reports, only=["gdp_growth"])
    got = {r["year"]: (r["target_value"], r["target_high"], r["realized_value"]) for r in rows}
    gold = _gold_pairs(folder)
    wrong = {y: (got.get(y), want) for y, want in gold.items() if got.get(y) != want}
    share = 1 - len(wrong) / len(gold)
    print(
        f"\n{folder}: GDP growth rows match the hand-read check in {share:.3f} "
        f"({len(gold) - len(wrong)}/{len(gold)}); differ: {wrong}"
    )
    assert len(gold) >= at_least
    assert share >= 0.95, wrong


TRADE_2023 = """江海市人民政府工作报告
——2023年1月10日在江海市第十六届人民代表大会第二次会议上
二、2023年主要目标任务
今年经济社会发展的主要预期目标是：地区生产总值增长5.5%左右，外贸进出口总额达到500亿美元。
"""
TRADE_2024 = """江海市人民政府工作报告
——2024年1月12日在江海市第十六届人民代表大会第三次会议上
一、2023年工作回顾
全市地区生产总值增长6.1%，外贸进出口总额3429.8亿元。
二、2024年主要目标任务
今年经济社会发展的主要预期目标是：地区生产总值增长6%。
"""


def test_a_realised_figure_in_another_currency_is_not_judged():
    rows, _ = achievement_rows(_reports(TRADE_2023, TRADE_2024))
    got = {(r["year"], r["key"]): (r["realized"], r["met"]) for r in rows}
    assert got[(2023, "gdp_growth")] == ("6.1%", "yes")
    assert got[(2023, "foreign_trade")] == (None, "unknown")
