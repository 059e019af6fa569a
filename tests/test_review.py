"""The review page: structure checked with html.parser, behaviour in a real headless Chromium."""

from __future__ import annotations

import json
import shutil
from html.parser import HTMLParser

import pytest
from click.testing import CliRunner

from ningbo_indicators import extract
from ningbo_indicators.cli import cli
from ningbo_indicators.outputs.review import render_review


class Marks(HTMLParser):
    """Collects <mark> elements with their text, the scripts, and external references."""

    def __init__(self):
        super().__init__()
        self.marks, self.scripts, self.external, self.ids = [], [], [], []
        self._mark = None
        self._script = None

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if a.get("id"):
            self.ids.append(a["id"])
        for attr in ("src", "href"):
            if a.get(attr) and not a[attr].startswith("#"):
                self.external.append(a[attr])
        if tag == "mark":
            self._mark = {**a, "text": ""}
        if tag == "script":
            self._script = {"type": a.get("type"), "body": ""}

    def handle_endtag(self, tag):
        if tag == "mark" and self._mark is not None:
            self.marks.append(self._mark)
            self._mark = None
        if tag == "script" and self._script is not None:
            self.scripts.append(self._script)
            self._script = None

    def handle_data(self, data):
        if self._mark is not None:
            self._mark["text"] += data
        if self._script is not None:
            self._script["body"] += data


def parse(page: str) -> Marks:
    p = Marks()
    p.feed(page)
    return p


def test_one_mark_per_record(report_text, report_records):
    page = render_review(report_text, report_records, "ningbo-2024.txt")
    p = parse(page)
    assert len(p.marks) == len(report_records)
    for m, r in zip(sorted(p.marks, key=lambda m: int(m["data-i"])), report_records):
        assert m["text"] == r.text
        assert report_text[int(m["data-start"]) : int(m["data-end"])] == r.text
        assert m["class"] == f"m k-{r.kind}" and m["tabindex"] == "0"
    assert len(p.ids) == len(set(p.ids)), "duplicate element ids"
    assert not p.external, "the page must not load anything"
    data = json.loads(next(s["body"] for s in p.scripts if s["type"] == "application/json"))
    assert [d["text"] for d in data] == [r.text for r in report_records]


def test_page_is_chinese_and_printable(report_text, report_records):
    page = render_review(report_text, report_records, "x")
    assert '<html lang="zh-CN">' in page and "Noto Sans CJK SC" in page
    assert "@media print" in page and '<meta charset="utf-8">' in page


def test_sections_become_navigation(report_text, report_records):
    page = render_review(report_text, report_records, "x")
    assert page.count('<a class="l2" href="#sec-') == 18
    assert "二、2024年主要目标任务</a>" in page


def test_hostile_text_is_escaped():
    text = "一、<script>alert('x')</script> & “引号” 增长5%。</script><img src=x onerror=alert(1)>"
    page = render_review(text, extract(text), "<b>evil</b>.txt")
    p = parse(page)
    assert [s["type"] for s in p.scripts] == ["application/json", None]
    assert "alert('x')" not in "".join(s["body"] for s in p.scripts if s["type"] is None)
    assert "一、&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt;" in page and " &amp; " in page
    assert "<img" not in page and "<b>evil" not in page
    json_body = next(s["body"] for s in p.scripts if s["type"] == "application/json")
    assert "</script" not in json_body
    assert [m["text"] for m in p.marks] == ["增长5%"]


def test_cli_html_writes_a_file_with_filters(tmp_path):
    out = tmp_path / "review.html"
    r = CliRunner().invoke(cli, ["html", "-o", str(out), "--status", "target", "--kind", "growth"])
    assert r.exit_code == 0, r.stderr
    p = parse(out.read_text("utf-8"))
    assert [m["text"] for m in p.marks][:2] == ["增长6%左右", "增长10%左右"]
    assert all(m["class"] == "m k-growth" for m in p.marks)


def test_open_needs_output():
    r = CliRunner().invoke(cli, ["html", "--open"])
    assert r.exit_code == 2 and "--output" in r.stderr


# ---------------------------------------------------------------- in a real browser

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
CHROMEDRIVER = shutil.which("chromedriver")


@pytest.fixture
def browser(tmp_path):
    if not (CHROMIUM and CHROMEDRIVER):
        pytest.skip(
            "no Chromium here: install Debian's chromium and chromium-driver (.ci/run does)"
        )
    webdriver = pytest.importorskip("selenium.webdriver")
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for flag in (
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--disable-dev-shm-usage",
        f"--user-data-dir={tmp_path / 'profile'}",
        "--window-size=1500,1000",
    ):
        options.add_argument(flag)
    driver = webdriver.Chrome(service=Service(CHROMEDRIVER), options=options)
    driver.set_page_load_timeout(60)
    yield driver
    driver.quit()


def test_in_chromium(browser, tmp_path, report_text, report_records):
    from selenium.webdriver.common.by import By
    from selenium.webdriver.common.keys import Keys

    page = tmp_path / "review.html"
    page.write_text(render_review(report_text, report_records, "ningbo-2024.txt"), "utf-8")
    browser.get(page.resolve().as_uri())
    marks = browser.find_elements(By.CSS_SELECTOR, "mark.m")
    assert len(marks) == len(report_records)

    # filter the table with the free-text box and the status select
    box = browser.find_element(By.ID, "f-text")
    box.send_keys("失业率")
    browser.find_element(By.CSS_SELECTOR, "#f-status option[value=target]").click()
    browser.find_element(By.CSS_SELECTOR, "#f-kind option[value=ratio]").click()
    visible = [
        r
        for r in browser.find_elements(By.CSS_SELECTOR, "#records-table tbody tr")
        if r.is_displayed()
    ]
    assert len(visible) == 1 and "3.5%以内" in visible[0].text
    assert browser.find_element(By.ID, "shown").text == "1"

    # click the row: its mark is selected and scrolled into view
    visible[0].click()
    i = visible[0].get_attribute("data-i")
    mark = browser.find_element(By.ID, f"m-{i}")
    assert "selected" in mark.get_attribute("class") and mark.text == "3.5%以内"
    in_view = browser.execute_script(
        "const r = arguments[0].getBoundingClientRect();"
        "const c = document.getElementById('report').getBoundingClientRect();"
        "return r.top >= c.top && r.bottom <= c.bottom && r.top >= 0 &&"
        " r.bottom <= window.innerHeight;",
        mark,
    )
    assert in_view
    assert browser.execute_script("return document.activeElement.id") == f"m-{i}"

    # hovering or focusing a mark shows its record
    tip = browser.find_element(By.ID, "tip")
    assert tip.is_displayed() and "城镇登记失业率" in tip.text and "under" in tip.text

    # clicking a mark selects its row; Enter on a focused mark does the same
    box.clear()
    box.send_keys(Keys.BACKSPACE)
    browser.execute_script(
        "for (const id of ['f-status', 'f-kind']) { const e = document.getElementById(id);"
        " e.value = ''; e.dispatchEvent(new Event('change')); }"
    )
    first = browser.find_element(By.ID, "m-0")
    browser.execute_script("arguments[0].scrollIntoView({block:'center'})", first)
    first.click()
    assert "selected" in browser.find_element(By.ID, "r-0").get_attribute("class")
    second = browser.find_element(By.ID, "m-1")
    browser.execute_script("arguments[0].focus()", second)
    second.send_keys(Keys.ENTER)
    assert "selected" in browser.find_element(By.ID, "r-1").get_attribute("class")

    # sorting by value puts the largest base value first on the second click
    header = browser.find_element(By.CSS_SELECTOR, "th[data-field=base_value]")
    header.click()
    header.click()
    top = browser.find_element(By.CSS_SELECTOR, "#records-table tbody tr")
    assert top.get_attribute("data-i") == str(
        max(range(len(report_records)), key=lambda k: report_records[k].base_value)
    )

    shot = tmp_path / "review.png"
    browser.save_screenshot(str(shot))
    assert shot.stat().st_size > 10_000
