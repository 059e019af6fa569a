"""Numbers read without `decimal`: parse_numeral's numerals and their point moved for a magnitude
or a unit (`numbers.scaled`) give the floats the package computed with `decimal` before: the
same value read, the same spellings refused, and a base value rounded to 28 significant digits
(half to even) before it is made a float, as decimal's default context rounded the product.
Each property is checked against the Decimal way, written out here as the package had it."""

from __future__ import annotations

import math
from decimal import Context, Decimal, InvalidOperation

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from ningbo_indicators import extract
from ningbo_indicators.normalize import _unit_of, _values
from ningbo_indicators.numbers import (
    PRECISION,
    NumberError,
    fold,
    parse_numeral,
    power_of_ten,
    scaled,
)
from ningbo_indicators.units import COUNT_WORDS, MAGNITUDES, UNITS

DECIMAL = Context()  # decimal's default context: 28 digits, half to even, as the package used


def decimal_number(written: str) -> Decimal:
    """The value parse_numeral gave a number written in digits, the Decimal way."""
    return Decimal(fold(written).replace(",", "").replace("，", "").replace(" ", ""))


def decimal_scale(magnitude: str, unit_factor: float) -> Decimal:
    """The factor a value was multiplied by for its base value, the Decimal way."""
    factor = Decimal(1)
    for ch in magnitude:
        factor *= MAGNITUDES[ch]
    return DECIMAL.multiply(factor, Decimal(str(unit_factor)))


def decimal_base(numeral: str, scale: Decimal) -> float:
    value = Decimal(numeral)
    return float(value if scale == 1 else DECIMAL.multiply(value, scale))


def same_float(a: float, b: float) -> bool:
    return a == b and math.copysign(1, a) == math.copysign(1, b) or (a != a and b != b)


DIGITS = st.text("0123456789", min_size=1, max_size=60)
OTHER_SCRIPTS = [  # digits of other scripts, which Decimal read and parse_numeral reads
    str.maketrans("0123456789", "".join(chr(base + i) for i in range(10)))
    for base in (0x0660, 0x09E6, 0x0E50, 0xFF10)  # Arabic-Indic, Bengali, Thai, full width
]


@st.composite
def written_in_digits(draw) -> str:
    """A number as the quantity pattern finds it: a sign, digits grouped by commas or not, a
    point and more digits, in ASCII, full width or another script's digits."""
    whole = draw(DIGITS)
    if draw(st.booleans()):  # 1,234,567 / 1，234，567 (commas anywhere: they are removed)
        comma = draw(st.sampled_from([",", "，"]))
        whole = whole[:1] + "".join((comma if draw(st.booleans()) else "") + ch for ch in whole[1:])
    decimals = draw(st.one_of(st.just(""), st.text("0123456789", min_size=1, max_size=45)))
    text = whole + ("." + decimals if decimals else "")
    if draw(st.integers(0, 3)) == 0:
        text = text.translate(draw(st.sampled_from(OTHER_SCRIPTS)))
    return ("-" if draw(st.booleans()) else "") + text


@given(written_in_digits())
@example("-0")
@example("0.000")
@example("1" * 5000)  # (past int()'s 4300 digits: no int() is made of the digits)
@example("١٢٣.٤")
def test_a_number_reads_as_decimal_read_it(written):
    numeral = parse_numeral(written)
    assert Decimal(numeral) == decimal_number(written)
    assert same_float(float(numeral), float(decimal_number(written)))
    assert numeral.isascii()


@given(st.text("0123456789.,，- ²٣", min_size=1, max_size=12))
@example("1.2.3")
@example("²")
@example("1-2")
@example("-.5")
def test_a_spelling_is_refused_as_decimal_refused_it(written):
    """The same spellings refused, but one the quantity pattern never finds: a point with no
    digit after it (1.), which Decimal read."""
    try:
        old = decimal_number(written)
    except InvalidOperation:
        old = None
    folded = fold(written).replace(",", "").replace("，", "").replace(" ", "")
    if not folded or not (folded[0].isdigit() or (folded[0] == "-" and folded[1:2].isdigit())):
        return  # not a number written in digits (a Chinese numeral, or nothing): not compared
    try:
        new = parse_numeral(written)
    except NumberError:
        assert old is None or folded.endswith("."), written
    else:
        assert old is not None and Decimal(new) == old, written


# Every way a magnitude is written (万, 亿, 千万, 万亿, 十万亿: runs of up to three) and every unit
# of the tables (a count word, or none: factor 1)
MAGNITUDE_RUNS = st.lists(st.sampled_from(sorted(MAGNITUDES)), max_size=3).map("".join)
UNIT_FACTORS = sorted((name, factor) for name, (_, _, factor) in UNITS.items()) + [
    (sorted(COUNT_WORDS)[0], 1),
    ("", 1),
]


@given(written_in_digits(), MAGNITUDE_RUNS, st.sampled_from(UNIT_FACTORS))
@example("16.4", "亿", ("元", 1))
@example("-0", "万", ("元", 1))
@example("1" * 30, "万", ("元", 1))
@example("9" * 40, "亿", ("‰", 0.1))
def test_a_base_value_is_what_decimal_computed(written, magnitude, unit):
    name, unit_factor = unit
    power = _unit_of(name, "", magnitude).power
    scale = decimal_scale(magnitude, unit_factor)
    assert DECIMAL.power(Decimal(10), power) == scale
    value, base = _values(written, power)
    numeral = parse_numeral(written)
    assert same_float(value, float(Decimal(numeral)))
    assert same_float(base, decimal_base(numeral, scale)), (written, magnitude, unit)
    if power:  # the product itself, rounded: the same digits
        assert Decimal(scaled(numeral, power)) == DECIMAL.multiply(Decimal(numeral), scale)


@pytest.mark.parametrize(
    "written",
    ["1065", "6.5", "05", "0.0", "5.", ".5", "1.2.3", "-12.5", "1,065", "٣.٥", "二十", "1" * 28]
    + ["1" * 29, "1." + "5" * 27, "1." + "5" * 28],
)
@pytest.mark.parametrize("power", [0, 4, -3])
def test_values_read_a_plain_numeral_as_parse_numeral_and_scaled_do(written, power):
    # (_values reads ASCII digits with a point as written, without parse_numeral's steps)
    try:
        numeral = parse_numeral(written)
    except NumberError:
        with pytest.raises(NumberError):
            _values.__wrapped__(written, power)
        return
    want = (float(numeral), float(scaled(numeral, power)) if power else float(numeral))
    assert repr(_values.__wrapped__(written, power)) == repr(want)


@given(
    st.text("0123456789", min_size=PRECISION, max_size=PRECISION).filter(lambda d: d[0] != "0"),
    st.sampled_from(["5", "50", "5000", "4999", "5001", "9", "0001"]),
    st.booleans(),
    st.sampled_from([1, 4, 8, -3]),
)
@example("9" * PRECISION, "5", False, 4)  # (99…9 rounded up: one digit more)
def test_the_digit_past_the_28th_rounds_as_decimal_did(kept, dropped, point, power):
    """Half to even on a tie (…5, …500), up past it, down below it, at any point."""
    numeral = kept[:7] + "." + kept[7:] + dropped if point else kept + dropped
    scale = DECIMAL.power(Decimal(10), power)
    assert Decimal(scaled(numeral, power)) == DECIMAL.multiply(Decimal(numeral), scale)


def test_every_unit_factor_is_a_power_of_ten():
    """A base value is its number with the point moved: every factor of the tables is a power
    of ten (power_of_ten raises for any other; a unit of another factor needs arithmetic the
    package no longer has)."""
    for name, (_, _, factor) in UNITS.items():
        assert Decimal(10) ** power_of_ten(str(factor)) == Decimal(str(factor)), name
    for ch, factor in MAGNITUDES.items():
        assert 10 ** power_of_ten(str(factor)) == factor, ch
    with pytest.raises(ValueError):
        power_of_ten("1.5")


@st.composite
def near_halfway(draw) -> tuple[str, int]:
    """(numeral, power): a numeral of more than 28 digits whose value × 10**power lies a hair
    from halfway between two floats, where rounding to 28 digits first can give the other
    float: the case the 28-digit rounding is kept for."""
    low = draw(
        st.one_of(
            st.floats(min_value=1e-6, max_value=1e30),
            st.integers(2**53, 2**80).map(float),  # (halfway: an integer of at most 25 digits)
        )
    )
    high = math.nextafter(low, math.inf)
    wide = Context(prec=2000)
    halfway = wide.divide(wide.add(Decimal(low), Decimal(high)), 2)
    hair = wide.scaleb(
        Decimal(draw(st.sampled_from([1, -1]))), halfway.adjusted() - draw(st.integers(29, 45))
    )
    power = draw(st.sampled_from([1, 3, 4, 8, 12, -3]))
    return format(wide.scaleb(wide.add(halfway, hair), -power), "f"), power


@given(near_halfway())
def test_halfway_between_floats_rounds_as_decimal_did(case):
    numeral, power = case
    scale = DECIMAL.power(Decimal(10), power)
    assert float(scaled(numeral, power)) == decimal_base(numeral, scale)


def test_the_28_digit_rounding_is_what_keeps_a_record():
    """2**60 + 128 is halfway between two floats; a hair above it, the exact value is nearer
    the upper float, but rounded to 28 digits first it is halfway, and goes to the even one."""
    numeral = "115292150460684.7104" + "0" * 12 + "1"  # (2**60 + 128) / 10**4 + 1e-16
    exact = float(f"{numeral}e4")
    assert exact == 2.0**60 + 256
    assert float(scaled(numeral, 4)) == decimal_base(numeral, Decimal(10**4)) == 2.0**60
    assert len(scaled(numeral, 4).split("e")[0]) == PRECISION


def test_a_negative_zero_keeps_its_sign():
    (r,) = extract("增长-0.0%。")
    assert math.copysign(1, r.value) == -1 and math.copysign(1, r.base_value) == -1
    (r,) = extract("全年收入-0万元。")
    assert math.copysign(1, r.base_value) == -1


def test_a_number_too_long_for_a_float_is_infinite():
    """Digits past a float's range: an infinite value, as float() of the Decimal gave."""
    (r,) = extract("全年收入" + "1" * 400 + "亿元。")
    assert r.value == r.base_value == math.inf


def test_the_command_imports_no_decimal():
    """`decimal` (~5 M instructions of the command's start-up, with the standard library's
    `numbers`, which it imports) stays off the path of `ningbo-indicators extract -f jsonl`;
    `numbers` too, unless the dependencies (click, regex) import it themselves."""
    import subprocess
    import sys

    deps = (
        "import sys, click, regex; sys.stderr.write('numbers' if 'numbers' in sys.modules else '')"
    )
    numbers_by_deps = subprocess.run([sys.executable, "-c", deps], capture_output=True, text=True)
    expected = numbers_by_deps.stderr  # ("numbers" where a dependency imports it)

    code = (
        "import sys\n"
        "sys.argv = ['ningbo-indicators', 'extract', '-f', 'jsonl']\n"
        "from ningbo_indicators.cli import main\n"
        "try:\n"
        "    main()\n"
        "except SystemExit:\n"
        "    pass\n"
        "sys.stderr.write(' '.join(m for m in ('decimal', 'numbers') if m in sys.modules))\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert done.returncode == 0 and '"value"' in done.stdout, done.stderr
    assert done.stderr == expected


def test_normalize_span_is_read_span_as_a_quantity():
    """`normalize_span` (the public reading of one span) holds what the pipeline reads of it
    with `read_span`, for every span of the bundled report: the same value, base value, unit
    parts and qualifier; and the unit parts are one shared, unchangeable reading per form."""
    from ningbo_indicators.extractors.quantity import find_quantities
    from ningbo_indicators.normalize import normalize_span, read_span
    from ningbo_indicators.readers import bundled_text

    spans = list(find_quantities(fold(bundled_text())))
    assert len(spans) > 200
    for span in spans:
        try:
            unit, value, base, qualifier = read_span(span)
        except NumberError:
            with pytest.raises(NumberError):
                normalize_span(span)
            continue
        q = normalize_span(span)
        assert (q.value, q.base_value, q.qualifier) == (value, base, qualifier), span
        assert (q.unit, q.base_unit, q.dimension, q.kind) == (
            unit.unit,
            unit.base_unit,
            unit.dimension,
            unit.kind,
        ), span
        assert read_span(span)[0] is unit  # (one reading per form, cached)
        with pytest.raises(AttributeError):  # (dataclasses.FrozenInstanceError)
            unit.power = 0  # type: ignore[misc]
