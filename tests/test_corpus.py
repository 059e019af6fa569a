"""The extractor over the 110 real reports of ../shared/corpus (skipped where it is absent).

Every file: no exception, every offset round-trips, front matter and URLs give no record.
Then figures read by hand in reports of other places and decades.
"""

from __future__ import annotations

import pytest
import regex
from conftest import CORPUS, corpus_files, needs_corpus

from ningbo_indicators import FIELDS, extract

URL = regex.compile(r"https?://\S+")

pytestmark = needs_corpus


@pytest.mark.parametrize("path", corpus_files(), ids=lambda p: f"{p.parent.name}/{p.stem}")
def test_every_report(path):
    text = path.read_text(encoding="utf-8")
    records = extract(text, source=str(path))
    body = text.index("\n---", 3) + 4 if text.startswith("---") else 0
    urls = [m.span() for m in URL.finditer(text)]
    for r in records:
        assert text[r.start : r.end] == r.text
        assert r.start >= body, "front matter gave a record"
        assert not any(s <= r.start < e for s, e in urls), "a URL gave a record"
        assert list(r.to_dict()) == list(FIELDS)
    assert len(records) >= 10, "a report with almost no figure"


# (file, text, indicator, status, year) read by hand
READ_BY_HAND = [
    ("national/2024.md", "1244万人", "城镇新增就业", "actual", 2023),
    ("national/2024.md", "增长5%左右", "国内生产总值", "target", 2024),
    ("national/2024.md", "5.5%左右", "城镇调查失业率", "target", 2024),
    ("national/2024.md", "涨幅3%左右", "居民消费价格", "target", 2024),
    ("national/2024.md", "降低2.5%左右", "单位国内生产总值能耗", "target", 2024),
    ("national/1995.md", "4445亿公斤", "粮食总产量", "actual", 1994),
    # the scope word 全国 is dropped like 全省/全市 (gold conventions: 全国工业增加值 -> 工业增加值)
    ("national/1995.md", "增长百分之十八", "工业增加值", "actual", 1994),
    ("provinces-2024/广东省.md", "13.57万亿元", "地区生产总值", "actual", 2023),
    ("provinces-2024/广东省.md", "增长4.8%", "地区生产总值", "actual", 2023),
    ("ningbo/2004.md", "1769.9亿元", "生产总值", "actual", 2003),
    ("ningbo/2004.md", "4.5%以内", "城镇登记失业率", "target", 2004),
    ("ningbo/2005.md", "261.1亿美元", "外贸进出口总额", "actual", 2004),
]


@pytest.mark.parametrize(
    "name,text,indicator,status,year", READ_BY_HAND, ids=[f"{c[0]}:{c[1]}" for c in READ_BY_HAND]
)
def test_read_by_hand(name, text, indicator, status, year):
    records = extract((CORPUS / name).read_text(encoding="utf-8"))
    hits = [r for r in records if r.text == text and r.indicator == indicator]
    assert hits, [(r.text, r.indicator) for r in records if r.text == text]
    assert (hits[0].status, hits[0].year) == (status, year)


def test_every_report_has_both_parts_since_2004():
    missing = []
    for path in corpus_files():
        if path.parent.name == "communiques":
            continue  # statistical communiqués report results only
        if path.parent.name != "provinces-2024" and int(path.stem) < 2004:
            continue
        statuses = {r.status for r in extract(path.read_text(encoding="utf-8"))}
        if statuses != {"actual", "target"}:
            missing.append(f"{path.parent.name}/{path.stem}")
    assert not missing
