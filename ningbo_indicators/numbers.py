"""Numbers as written -> values: width folding, thousands separators, Chinese numerals.

`fold` maps full-width digits and signs and the traditional characters of units one to one,
so offsets found on the folded copy are offsets in the original. `parse_number` turns the
digits of one mention into an exact `Decimal`; Chinese numerals go through `cn2an`, imported
only when one has to be converted (it costs ~150 ms to import).
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
    if s[0].isdigit():
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
    try:
        import cn2an  # lazy: ~150 ms to import

        value = cn2an.cn2an(s, "smart")
    except Exception as exc:  # cn2an raises plain ValueError subclasses
        raise NumberError(s) from exc
    return Decimal(str(value))
