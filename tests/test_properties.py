"""Property tests (hypothesis): nothing raises, offsets are always true, and numbers in every
supported spelling come back with the exact base value."""

from __future__ import annotations

from decimal import Decimal

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ningbo_indicators import extract

REPORT_ALPHABET = st.sampled_from(
    list(
        "0123456789.,%％０１２３４５６７８９．万亿千百十一二两三四五六七八九零〇元亩个家人项"
        "增长下降提高约超余多以上下内左右分别和、，。；：“”《》（）()\n 第连续前每数级强年号"
    )
)

settings.register_profile(
    "ci", max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)
settings.load_profile("ci")


def _valid(text: str) -> None:
    for r in extract(text):
        assert text[r.start : r.end] == r.text
        assert r.start < r.end
        assert r.kind in ("amount", "count", "growth", "ratio", "pp", "multiple")


@given(st.text())
def test_any_unicode(text):
    _valid(text)


@given(st.text(alphabet=REPORT_ALPHABET, max_size=200))
def test_report_like_noise(text):
    _valid(text)


FULL_WIDTH = str.maketrans("0123456789.", "０１２３４５６７８９．")
MAGNITUDES = {"": 1, "万": 10**4, "亿": 10**8, "万亿": 10**12, "萬": 10**4, "億": 10**8}


@st.composite
def written_numbers(draw):
    """(spelling, exact value) in digits, decimals, separators, full width, Chinese."""
    integer = draw(st.integers(min_value=1, max_value=999_999))
    decimals = draw(st.sampled_from(["", "5", "25", "4", "05"]))
    style = draw(st.sampled_from(["plain", "comma", "fullwidth", "chinese"]))
    value = Decimal(f"{integer}.{decimals}" if decimals else str(integer))
    if style == "chinese":
        import cn2an

        return cn2an.an2cn(str(value)), value
    text = f"{integer:,}" if style == "comma" else str(integer)
    if decimals:
        text += "." + decimals
    if style == "fullwidth":
        text = text.translate(FULL_WIDTH)
    return text, value


@given(
    written_numbers(),
    st.sampled_from(sorted(MAGNITUDES)),
    st.sampled_from(["元", "亩", "人", "吨"]),
)
def test_base_value_is_exact(number, magnitude, unit):
    written, value = number
    sentence = f"全年收入{written}{magnitude}{unit}。"
    records = extract(sentence)
    assert len(records) == 1, (sentence, [r.text for r in records])
    expected = value * MAGNITUDES[magnitude]
    assert records[0].base_value == float(expected), sentence
    assert sentence[records[0].start : records[0].end] == records[0].text


NO_QUOTES = st.text(alphabet=st.characters(blacklist_characters='“”「」《》"‘’'), max_size=50)


@given(NO_QUOTES, NO_QUOTES)
def test_a_sentence_is_read_the_same_anywhere(before, after):
    text = before + "。地区生产总值增长6%左右。" + after
    hits = [r for r in extract(text) if r.text == "增长6%左右"]
    assert hits and text[hits[-1].start : hits[-1].end] == "增长6%左右"
    assert (hits[-1].value, hits[-1].qualifier, hits[-1].indicator) == (
        6.0,
        "about",
        "地区生产总值",
    )
