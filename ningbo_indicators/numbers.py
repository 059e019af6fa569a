"""Numbers as written -> values: width folding, thousands separators, Chinese numerals.

`fold` maps full-width digits and signs and the traditional characters of units one to one,
so offsets found on the folded copy are offsets in the original. `parse_numeral` turns the
digits of one mention into its exact value, written out as a plain numeral ('1065', '6.5',
'-12.5'), which float() reads correctly rounded (`parse_number`: the same value as a Decimal);
`scaled` moves its point for a magnitude or a unit (a base value), rounded as the `decimal`
module's default context rounded a product (28 significant digits: no figure of a report has
that many, so for them it is exact). Chinese numerals written the plain way (三千七百, 一百〇一点九) are
read here, the others go through `cn2an`, imported only when one has to be converted (it costs
~0.2 s to import: a batch worker seldom needs it now).

(No `decimal`: numbers are only read, and their point moved by powers of ten, so their digits
as a string are all the arithmetic there is; importing `decimal` cost ~5 M instructions, over
1 % of the command's start-up.)
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from . import compiled
from .units import MAGNITUDE_POWERS, TRADITIONAL

if TYPE_CHECKING:  # (decimal is imported by parse_number only, when called)
    from decimal import Decimal

_FULLWIDTH = {chr(0xFF10 + i): str(i) for i in range(10)}
_FULLWIDTH.update(
    {
        "．": ".",
        "％": "%",
        "＋": "+",
        "－": "-",
        "～": "~",
        "／": "/",
        "（": "(",
        "）": ")",
        "﹪": "%",
    }
)
_FOLD_MAP = {**_FULLWIDTH, **{k: v for k, v in TRADITIONAL.items() if k != v}}
FOLD = str.maketrans(_FOLD_MAP)
# str.translate with a dict walks every character in Python-level lookups; substituting only
# the characters that need it is several times faster on report text, where they are rare.
# (a plain character class: the standard library's engine scans it about 7× faster than regex)
_RE_FOLD = compiled.compile_std("[" + re.escape("".join(_FOLD_MAP)) + "]")

CN_DIGITS = {
    "零": 0,
    "〇": 0,
    "一": 1,
    "二": 2,
    "两": 2,
    "三": 3,
    "四": 4,
    "五": 5,
    "六": 6,
    "七": 7,
    "八": 8,
    "九": 9,
    "壹": 1,
    "贰": 2,
    "叁": 3,
    "肆": 4,
    "伍": 5,
    "陆": 6,
    "柒": 7,
    "捌": 8,
    "玖": 9,
}


class NumberError(ValueError):
    """A span that looked like a number could not be read as one."""


def fold(text: str) -> str:
    """Full-width digits and signs to ASCII, traditional unit characters to simplified.

    >>> fold("６．５％，億元")
    '6.5%，亿元'
    """
    return _RE_FOLD.sub(_fold_match, text)


def _fold_match(m) -> str:
    return _FOLD_MAP[m[0]]


def is_chinese_numeral(s: str) -> bool:
    return bool(s) and not any(ch.isdigit() for ch in s)


def parse_numeral(written: str) -> str:
    """The value of a number as written, exact, as a numeral the way Python writes numbers
    (ASCII digits, a point, a sign; an exponent only where cn2an gives a float so: 1e-05),
    which float() reads correctly rounded.

    >>> parse_numeral("1,065")
    '1065'
    >>> parse_numeral("６．５")
    '6.5'
    >>> parse_numeral("一千二百")
    '1200'
    >>> parse_numeral("两")
    '2'
    >>> parse_numeral("-12.5"), parse_numeral("٣.٥")
    ('-12.5', '3.5')

    Digits are read as the quantity pattern finds them: a run of them, a point and more, a
    minus sign written before; any other spelling (1.2.3, a superscript ², 1e5) raises
    `NumberError`.
    """
    # (fold changes no ASCII character: most numbers are written in ASCII, read as they are)
    s = written if written.isascii() else fold(written)
    s = s.replace(",", "").replace("，", "").replace(" ", "")
    if not s:
        raise NumberError(written)
    if s[0].isdigit() or (s[0] == "-" and s[1:2].isdigit()):  # -12.5: a sign written before
        whole, point, decimals = (s[1:] if s[0] == "-" else s).partition(".")
        if not whole.isdecimal() or (point and not decimals.isdecimal()):
            raise NumberError(written)
        if not s.isascii():  # digits of another script (٣, ৩): int() reads each one
            s = "".join(ch if ch in "-." else str(int(ch)) for ch in s)
        return s
    return _parse_chinese(s)


def parse_number(written: str) -> Decimal:
    """The value of a number as written, as an exact `Decimal`: `parse_numeral`'s numeral
    (`decimal` is imported here, on first call: the extraction itself needs only the numeral).

    >>> parse_number("1,065"), parse_number("一千二百")
    (Decimal('1065'), Decimal('1200'))
    """
    from decimal import Decimal

    return Decimal(parse_numeral(written))


def _parse_chinese(s: str) -> str:
    if len(s) == 1 and s in CN_DIGITS:  # fast path, no cn2an import
        return str(CN_DIGITS[s])
    if s[0] in "十百千":  # 十二 / 百 / 千 need a leading 一 for cn2an
        s = "一" + s
    if not s.strip("万亿") or (s[-1] in "十百千" and s[-2:-1] == "万"):
        raise NumberError(s)  # 万亿 alone, 一千万千: a place with no digit (cn2an refuses both)
    plain = _plain_numeral(s)
    if plain is not None:
        return plain
    try:
        import cn2an  # lazy: ~150 ms to import

        value = cn2an.cn2an(s, "smart")
    except Exception as exc:  # cn2an raises plain ValueError subclasses
        raise NumberError(s) from exc
    return str(value)  # an int or a float: its shortest numeral (3.5, 1e+16), read back exactly


# The significant digits a scaled value keeps, rounded half to even: what the `decimal` module's
# default context kept of a product when values were Decimals (it rounds only a number of more
# than 28 digits; kept so that no record changed when `decimal` went)
PRECISION = 28


def digits_of(numeral: str) -> tuple[str, str, int]:
    """The sign ('-' or ''), the significant digits and the power of ten of a numeral: its
    value is sign digits × 10**power (the digits keep the zeros written after them).

    >>> digits_of("-0.065"), digits_of("1065"), digits_of("1e+16"), digits_of("0.0")
    (('-', '65', -3), ('', '1065', 0), ('', '1', 16), ('', '0', -1))
    """
    mantissa, _, exponent = numeral.partition("e")
    sign = "-" if mantissa[0] == "-" else ""
    whole, _, decimals = mantissa.lstrip("-").partition(".")
    return sign, (whole + decimals).lstrip("0") or "0", int(exponent or 0) - len(decimals)


def scaled(numeral: str, power: int) -> str:
    """The numeral's value × 10**power, rounded to `PRECISION` significant digits (half to
    even), in exponent form, which float() reads correctly rounded.

    >>> scaled("16.4", 8), scaled("-0.5", -3), scaled("1e+16", 4)
    ('16.4e8', '-0.5e-3', '1e20')
    >>> scaled("2" * 28 + "5", 4), scaled("2" * 27 + "35", 4)  # 29 digits: ties, to even
    ('2222222222222222222222222222e5', '2222222222222222222222222224e5')
    """
    if len(numeral) <= PRECISION and "e" not in numeral:  # (most: no digit to round)
        return f"{numeral}e{power}"
    sign, digits, exponent = digits_of(numeral)
    if len(digits) > PRECISION:
        kept, dropped = digits[:PRECISION], digits[PRECISION:]
        half = "5".ljust(len(dropped), "0")  # (digit strings of one length compare as numbers)
        if dropped > half or (dropped == half and kept[-1] in "13579"):
            kept = str(int(kept) + 1)  # (99…9 + 1: one digit more, the same value)
        digits, exponent = kept, exponent + len(dropped)
    return f"{sign}{digits}e{exponent + power}"


def magnitude_power(chars: str) -> int:
    """The power of ten of a run of magnitude characters: '千万' -> 7 (a unit's scale,
    `normalize`; a key table's, `targets.scale_factor`).

    >>> magnitude_power("万亿"), magnitude_power("")
    (12, 0)
    """
    power = 0
    for ch in chars:
        power += MAGNITUDE_POWERS[ch]
    return power


def power_of_ten(numeral: str) -> int:
    """k of a numeral whose value is 10**k: '1000' -> 3, '0.01' -> -2; ValueError for any other.

    >>> power_of_ten("10000"), power_of_ten("0.001"), power_of_ten("1")
    (4, -3, 0)
    """
    sign, digits, exponent = digits_of(numeral)
    if sign or digits.rstrip("0") != "1":
        raise ValueError(f"{numeral} is not a power of ten")
    return exponent + len(digits) - 1


# The digits and the places of a numeral written the plain way (the financial forms, 拾佰仟, go
# to cn2an)
_PLAIN_DIGITS = {ch: CN_DIGITS[ch] for ch in "零〇一二两三四五六七八九"}
_PLACES = {"千": 1000, "百": 100, "十": 10}


def _plain_numeral(s: str) -> str | None:
    """The value of a Chinese numeral written the plain way: each digit before its place, the
    places falling, 零 where some are skipped, at most one 万, decimals after 点 (三千七百,
    一百〇一点九, 四百四十九万七千), or digits one by one (五一〇); None for any other spelling
    (亿, 三万五, 两千五), which cn2an reads. The values are cn2an's (checked against it on every
    plain spelling below 100000 and on every run of up to four digits); most numerals of reports
    are plain, and cn2an takes ~0.2 s to import.

    >>> [_plain_numeral(s) for s in ("一十二点三", "二千零四十八", "一百〇一点九", "四十九万七千")]
    ['12.3', '2048', '101.9', '497000']
    >>> _plain_numeral("一万零五百"), _plain_numeral("零")
    ('10500', '0')
    >>> [_plain_numeral(s) for s in ("三百五", "三万五", "一亿零四百", "两千五", "零点二", "五一〇")]
    [None, None, None, None, '0.2', '510']
    """
    if len(s) > 1 and all(ch in _PLAIN_DIGITS for ch in s):
        # 五一〇, 一一: digits one by one, no place (what cn2an reads them as: 510, 11)
        return str(int("".join(str(_PLAIN_DIGITS[ch]) for ch in s)))
    whole, dot, decimals = s.partition("点")
    if dot and not (decimals and all(ch in "零〇一二三四五六七八九" for ch in decimals)):
        return None
    high, wan, low = whole.partition("万")
    value: int | None
    if wan:
        if low[:1] in "零〇" and low:
            low = low[1:]  # 一万零五百
        elif low and low[1:2] != "千":
            return None  # 三万五 (35000 said short): cn2an's to read
        high_value, low_value = _plain_section(high), _plain_section(low) if low else 0
        if high_value is None or low_value is None:
            return None
        value = high_value * 10_000 + low_value
    else:
        value = _plain_section(whole)
        if value is None:
            return None
    if not dot:
        return str(value)
    return f"{value}.{''.join(str(_PLAIN_DIGITS[ch]) for ch in decimals)}"


def _plain_section(s: str) -> int | None:
    """The value of a plain numeral below 10000 (三千七百, 二千零四十八, 四十九, 零): see
    `_plain_numeral`; None for any other spelling."""
    value, place, i, skipped = 0, 10_000, 0, False
    while i < len(s):
        ch = s[i]
        if ch in "零〇" and i and i + 1 < len(s) and not skipped:
            skipped, i = True, i + 1  # 三百零五: a place skipped
            continue
        digit = _PLAIN_DIGITS.get(ch)
        if digit is None:
            return None
        nxt = s[i + 1 : i + 2]
        if nxt == "":  # the ones: after 十 (四十九), after 零 (三百零五), or alone (零, 五)
            if value and place != 10 and not skipped:
                return None  # 三百五: 350 said short, or 305?
            return value + digit
        if nxt not in _PLACES or _PLACES[nxt] >= place or (ch in "零〇"):
            return None  # 一一, 五一〇, 一百千
        place = _PLACES[nxt]
        value += digit * place
        skipped, i = False, i + 2
    return value if s else None
