"""The chart page: structure (self-contained, escaped, one marker per value, bands for ranges
and 左右), the CLI, and behaviour in a real headless Chromium (hover shows value and source)."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner
from test_achievement import R2023, R2024
from test_review import browser, parse  # noqa: F401  (browser: the shared Chromium fixture)

from ningbo_indicators.cli import cli
from ningbo_indicators.outputs.chart import band_of, nice_ticks, render_chart

ROWS = [
    {
        "place": "江海市",
        "year": 2021,
        "key": "gdp_growth",
        "target": "6%左右",
        "target_value": 6.0,
        "target_high": None,
        "qualifier": "about",
        "realized": "8.1%",
        "realized_value": 8.1,
        "gap": 2.1,
        "met": "yes",
        "unit": "%",
        "target_sentence": "地区生产总值增长6%左右",
        "realized_sentence": "全市地区生产总值增长8.1%",
        "target_source": "2021.md",
        "realized_source": "2022.md",
    },
    {
        "place": "江海市",
        "year": 2022,
        "key": "gdp_growth",
        "target": "5.5%—6%",
        "target_value": 5.5,
        "target_high": 6.0,
        "qualifier": "range",
        "realized": "3%",
        "realized_value": 3.0,
        "gap": -2.5,
        "met": "no",
        "unit": "%",
        "target_sentence": "",
        "realized_sentence": "<script>alert(1)</script> 增长3%",
        "target_source": "2022.md",
        "realized_source": "2023.md",
    },
    {
        "place": "全国",
        "year": 2022,
        "key": "gdp_growth",
        "target": "5.5%左右",
        "target_value": 5.5,
        "target_high": None,
        "qualifier": "about",
        "realized": None,
        "realized_value": None,
        "gap": None,
        "met": "unknown",
        "unit": "%",
    },
]


def test_page_is_self_contained_and_escaped():
    page = render_chart(ROWS, "地区生产总值增长", "gdp_growth")
    p = parse(page)
    assert not p.external, "the page must not load anything"
    assert '<html lang="zh-CN">' in page and "<svg" in page
    assert "<script>alert(1)</script>" not in page
    points = json.loads(next(s["body"] for s in p.scripts if s["type"] == "application/json"))
    # one marker per value: three targets, two realised values
    assert [(x["place"], x["year"], x["text"]) for x in points] == [
        ("全国", 2022, "5.5%左右"),
        ("江海市", 2021, "6%左右"),
        ("江海市", 2021, "8.1%"),
        ("江海市", 2022, "5.5%—6%"),
        ("江海市", 2022, "3%"),
    ]
    assert page.count('class="pt pt-target"') == 3 and page.count('class="pt pt-realized"') == 2
    assert page.count('class="band"') == 3  # two 左右 bands and one range
    assert "年份 year" in page and "地区生产总值增长 (%)" in page  # axis labels


@pytest.mark.parametrize(
    "row,band",
    [
        ({"target_value": 6, "qualifier": "about", "unit": "%"}, (5.5, 6.5)),
        ({"target_value": 1200, "qualifier": "about", "unit": "万人"}, (1140, 1260)),
        ({"target_value": 6.5, "target_high": 7, "qualifier": "range", "unit": "%"}, (6.5, 7)),
        ({"target_value": 6, "qualifier": "over", "unit": "%"}, None),
    ],
    ids=["左右 rate", "左右 level", "range", "以上"],
)
def test_bands(row, band):
    assert band_of(row) == band


def test_ticks_cover_the_values():
    ticks = nice_ticks(-3.2, 15.5)
    assert ticks[0] <= -3.2 and ticks[-1] >= 15.5 and len(ticks) <= 8


def test_cli_chart(tmp_path):
    for name, text in (("2023.md", R2023), ("2024.md", R2024)):
        (tmp_path / name).write_text(text, "utf-8")
    out = tmp_path / "chart.html"
    r = CliRunner().invoke(cli, ["chart", str(tmp_path), "--key", "gdp_growth", "-o", str(out)])
    assert r.exit_code == 0, r.stderr
    page = out.read_text("utf-8")
    assert "江海市" in page and "5.5%左右" in page and "6.1%" in page
    r = CliRunner().invoke(cli, ["chart", str(tmp_path), "--key", "pm25", "-o", str(out)])
    assert r.exit_code == 2 and "no target of pm25" in r.stderr
    assert "江海市" in out.read_text("utf-8"), "a failed run leaves the previous file"
    missing = tmp_path / "no-such-folder" / "chart.html"
    r = CliRunner().invoke(cli, ["chart", str(tmp_path), "-o", str(missing)])
    assert r.exit_code == 2 and "does not exist" in r.stderr and r.stdout == ""


def test_in_chromium(browser, tmp_path):  # noqa: F811
    from selenium.webdriver.common.action_chains import ActionChains
    from selenium.webdriver.common.by import By

    page = tmp_path / "chart.html"
    page.write_text(render_chart(ROWS, "地区生产总值增长", "gdp_growth"), "utf-8")
    browser.get(page.resolve().as_uri())
    svg = browser.find_element(By.ID, "chart")
    assert svg.size["width"] > 600 and svg.size["height"] > 250
    tip = browser.find_element(By.ID, "tip")
    assert not tip.is_displayed()
    realised = browser.find_elements(By.CSS_SELECTOR, ".pt-realized")
    assert len(realised) == 2
    ActionChains(browser).move_to_element(realised[1]).perform()
    assert tip.is_displayed()
    assert "江海市 2022" in tip.text and "3%" in tip.text and "met: no" in tip.text
    assert "<script>alert(1)</script> 增长3%" in tip.text  # shown as text, not run
    ActionChains(browser).move_to_element(browser.find_element(By.TAG_NAME, "h1")).perform()
    assert not tip.is_displayed()
    # keyboard: focusing a target marker shows it too
    target = browser.find_elements(By.CSS_SELECTOR, ".pt-target")[1]
    browser.execute_script("arguments[0].focus()", target)
    assert tip.is_displayed() and "6%左右" in tip.text and "2021.md" in tip.text
    # the target marker sits above the realised one of 2022 (5.5 vs 3): y grows downwards
    y = {
        e.get_attribute("data-i"): e.rect["y"]
        for e in browser.find_elements(By.CSS_SELECTOR, ".pt")
    }
    assert y["3"] < y["4"]
    shot = tmp_path / "chart.png"
    browser.save_screenshot(str(shot))
    assert shot.stat().st_size > 10_000
