"""Numbers as written -> values: width folding, thousands separators, Chinese numerals.

`fold` maps full-width digits and signs and the traditional characters of units one to one,
so offsets found on the folded copy are offsets in the original. `parse_number` turns the
digits of one mention into an exact `Decimal`; Chinese numerals written the plain way
(三千七百, 一百〇一点九) are read here, the others go through `cn2an`, imported only when one has
to be converted (it costs ~0.2 s to import: a batch worker seldom needs it now).
"""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation
from functools import lru_cache

from . import compiled
from .units import MAGNITUDES, TRADITIONAL

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


def _magnitude_value(chars: str) -> Decimal:
    factor = Decimal(1)
    for ch in chars:
        factor *= MAGNITUDES[ch]
    return factor


def magnitude_value(chars: str) -> Decimal:
    """Factor of a run of magnitude characters: '千万' -> 10000000.

    >>> magnitude_value("万亿")
    Decimal('1000000000000')
    """
    return _magnitude_value(chars)


def is_chinese_numeral(s: str) -> bool:
    return bool(s) and not any(ch.isdigit() for ch in s)


@lru_cache(maxsize=4096)
def parse_number(written: str) -> Decimal:
    """The value of a number as written, exact.

    >>> parse_number("1,065")
    Decimal('1065')
    >>> parse_number("６．５")
    Decimal('6.5')
    >>> parse_number("一千二百")
    Decimal('1200')
    >>> parse_number("两")
    Decimal('2')
    """
    s = fold(written).replace(",", "").replace("，", "").replace(" ", "")
    if not s:
        raise NumberError(written)
    if s[0].isdigit() or (s[0] == "-" and s[1:2].isdigit()):  # -12.5: a sign written before
        try:
            return Decimal(s)
        except InvalidOperation as exc:
            raise NumberError(written) from exc
    return _parse_chinese(s)


def _parse_chinese(s: str) -> Decimal:
    if len(s) == 1 and s in CN_DIGITS:  # fast path, no cn2an import
        return Decimal(CN_DIGITS[s])
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
    return Decimal(str(value))


# The digits and the places of a numeral written the plain way (the financial forms, 拾佰仟, go
# to cn2an)
_PLAIN_DIGITS = {ch: CN_DIGITS[ch] for ch in "零〇一二两三四五六七八九"}
_PLACES = {"千": 1000, "百": 100, "十": 10}


def _plain_numeral(s: str) -> Decimal | None:
    """The value of a Chinese numeral written the plain way: each digit before its place, the
    places falling, 零 where some are skipped, at most one 万, decimals after 点 (三千七百,
    一百〇一点九, 四百四十九万七千), or digits one by one (五一〇); None for any other spelling
    (亿, 三万五, 两千五), which cn2an reads. The values are cn2an's (checked against it on every
    plain spelling below 100000 and on every run of up to four digits); most numerals of reports
    are plain, and cn2an takes ~0.2 s to import.

    >>> [_plain_numeral(s) for s in ("一十二点三", "二千零四十八", "一百〇一点九", "四十九万七千")]
    [Decimal('12.3'), Decimal('2048'), Decimal('101.9'), Decimal('497000')]
    >>> _plain_numeral("一万零五百"), _plain_numeral("零")
    (Decimal('10500'), Decimal('0'))
    >>> [_plain_numeral(s) for s in ("三百五", "三万五", "一亿零四百", "两千五", "零点二", "五一〇")]
    [None, None, None, None, Decimal('0.2'), Decimal('510')]
    """
    if len(s) > 1 and all(ch in _PLAIN_DIGITS for ch in s):
        # 五一〇, 一一: digits one by one, no place (what cn2an reads them as: 510, 11)
        return Decimal("".join(str(_PLAIN_DIGITS[ch]) for ch in s))
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
        return Decimal(value)
    return Decimal(f"{value}.{''.join(str(_PLAIN_DIGITS[ch]) for ch in decimals)}")


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
