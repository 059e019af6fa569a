"""Shared named pieces of the patterns: NUMBER, MAGNITUDE, UNIT, QUAL_BEFORE, QUAL_AFTER.

Everything here is regex text built from the tables of `units.py`; the patterns run on the
folded copy of the text (see `numbers.fold`), so full-width and traditional spellings need no
alternatives of their own.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

import regex

from ..units import (
    COUNT_WORDS,
    LATIN_UNITS,
    QUALIFIERS_AFTER,
    QUALIFIERS_BEFORE,
    QUALIFIERS_MIDDLE,
    RATE_VERBS,
    UNITS,
    unit_alternation,
)

# The Han characters (Unicode's Han script: what `regex` calls \p{Han}) written out as the
# ranges of a character class, so that the number pattern, which the standard library's engine
# runs (it has no \p{…}), reads them the same (tests/test_units.py checks every code point).
HAN = (
    r"\u2e80-\u2e99\u2e9b-\u2ef3\u2f00-\u2fd5\u3005\u3007\u3021-\u3029\u3038-\u303b"
    r"\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufa6d\ufa70-\ufad9\U00016fe2-\U00016fe3"
    r"\U00016ff0-\U00016ff6\U00020000-\U0002a6df\U0002a700-\U0002cead"
    r"\U0002ceb0-\U0002ebe0\U0002ebf0-\U0002ee5d\U0002f800-\U0002fa1d\U00030000-\U0003134a"
    r"\U00031350-\U00033479"
)


def written_out_han(pattern: str) -> str:
    r"""`pattern` with `regex`'s \p{Han} written out as the ranges of HAN, for the standard
    library's engine (it has no \p{…}): a class that opens with it (`[\p{Han}A-Z]`,
    `[^\p{Han}`) takes the ranges, every other \p{Han} becomes the class [HAN].

    >>> written_out_han(r"(?<=\p{Han}{2})等[\p{Han}A-Z]").count(HAN[:12])
    2
    """
    written = pattern.replace("[\\p{Han}", f"[{HAN}").replace("[^\\p{Han}", f"[^{HAN}")
    written = written.replace("\\p{Han}", f"[{HAN}]")
    if "\\p{" in written:  # (within a class, not at its opening; or another property)
        raise ValueError(f"a property not written out: {pattern!r}")
    return written


# Arabic digits: 1,065 / 6.5 / 2024; never glued to Latin letters (5G, PM2.5, G228) or to a
# dotted run (1.1.1), never read from inside a longer digit run. The communiqués of 1978-1983
# and the reports of that time separate thousands with a full-width comma (粮食产量33，212万吨):
# groups of exactly three digits after it, never followed by another digit or by ，and a digit,
# and never after a unit written before (在下面的价格中选一个，$20，300美圆: two prices).
# (a Latin unit may follow: 10GW, 2077.8P; see LATIN_UNITS). A run of digits is read whole,
# never in part (\d+ then no digit: the possessive \d++ is not in Python 3.10's engine).
# The two ways with separators are tried only where one follows one to three digits (most
# numbers have none), and optional parts are written (?:X|), as in quantity.RE_QUANTITY.
DIGITS = (
    r"(?<![\d.A-Za-z_/])"
    r"(?:(?=\d{1,3}[,，]\d{3})(?:\d{1,3}(?:,\d{3})+(?!\d)|(?<![$￥¥])\d{1,3}(?:，\d{3})+(?!\d|，\d))"
    r"|\d+(?!\d))"
    rf"(?:\.\d+|)(?!\d|(?!(?:{unit_alternation(LATIN_UNITS)})(?![A-Za-z]))[A-Za-z])"
)
# Chinese numerals: 两 / 一千二百 / 三点五; magnitudes inside (两万亿) are split off later.
# (financial forms 壹贰叁…拾佰仟 too; a numeral stops before 分: 十分重要, 七十百分位)
_CN = "零〇一二两三四五六七八九十百千万亿壹贰叁肆伍陆柒捌玖拾佰仟"
CN_NUMERAL_CHARS = _CN
CN_NUMERAL = (
    rf"(?<![{_CN}])(?:(?!千[瓦米克卡伏])[{_CN}](?!分)){{1,12}}"
    r"(?:点[零〇一二三四五六七八九壹贰叁肆伍陆柒捌玖]{1,6}|)"
)
NUMBER = rf"(?:{DIGITS}|{CN_NUMERAL})"

# 万, 亿, 万亿, 千万, 百万 ... (十/百/千 only before 万 or 亿, or alone before a unit)
# (千 before 瓦/米/克 belongs to the unit: 千瓦, 千米, 千克; 百 before 分 to 百分点)
MAGNITUDE = r"(?:[十百千]?万亿|[十百千]?亿|[十百千]?万|千(?![瓦米克卡伏])|百(?!分))"
MAGNITUDE_FIRST = "十百千万亿"  # the characters a magnitude starts with

# Lookaheads that stop a unit character from being read out of a longer word (家庭, 项目).
_UNIT_GUARDS = {
    **{w: "(?![A-Za-z])" for w in LATIN_UNITS},  # 10GW but not 10GWh
    "成": rf"(?=以上|左右|以内|以下|[^{HAN}]|$)",  # 三成 but not 一成不变
    "元": r"(?![素旦年首])",
    "升": r"(?![级温值格])",
    "度": r"(?![假过])",
    "米": r"(?![面粮饭])",
}


def _guard(word: str) -> str:
    guard = _UNIT_GUARDS.get(word, "")
    blockers = COUNT_WORDS.get(word, "")
    if blockers:
        guard += f"(?![{regex.escape(blockers)}])"
    return guard


def by_first_character(
    words: Iterable[str], guard: Callable[[str], str] = lambda w: "", common: str = ""
) -> str:
    """An alternation of `words` (each followed by its guard), longest first, that tries only
    the words beginning with the character at hand: the engine otherwise tries them one by one.
    The words beginning with a character of `common` come first, in its order (no two
    alternatives start alike, so the order changes no match: only how many alternatives the
    engine passes over, a step each, before the one that starts with the character at hand).

    >>> by_first_character(["个", "个百分点", "亿元", "元"])
    '个(?:百分点|)|亿元|元'
    >>> by_first_character(["个", "个百分点", "亿元", "元"], common="元")
    '元|个(?:百分点|)|亿元'
    """
    groups: dict[str, list[str]] = {first: [] for first in common}
    for w in sorted(set(words), key=lambda w: (-len(w), w)):
        groups.setdefault(w[0], []).append(regex.escape(w[1:]) + guard(w))
    return "|".join(
        regex.escape(first) + (rests[0] if len(rests) == 1 else f"(?:{'|'.join(rests)})")
        for first, rests in groups.items()
        if rests
    )


# (the currency signs are written before a number only: 13$ is no 13 dollars)
# The first characters of the units that reports write most (个, %, 元, 家, 批, 人, 项, 亩, 户: three in four
# of the units of the spans of corpus/more), whose words the engine tries first
COMMON_UNIT_FIRST = "个%元家批人项亩户次条公件吨名"
UNIT = by_first_character({*UNITS, *COUNT_WORDS} - {"$", "￥"}, _guard, COMMON_UNIT_FIRST)
# A one-character qualifier is not read out of a word: 条约, 最近, 赶超
_WORD_GUARDS = {"约": "条节合签公制契预缔邀履违特", "近": "最附临", "超": "赶高"}
QUAL_BEFORE = "|".join(
    (f"(?<![{_WORD_GUARDS[w]}])" if w in _WORD_GUARDS else "") + regex.escape(w)
    for w in sorted(QUALIFIERS_BEFORE, key=lambda w: (-len(w), w))
)
QUAL_AFTER = by_first_character(QUALIFIERS_AFTER)
QUAL_MIDDLE = unit_alternation(QUALIFIERS_MIDDLE)
VERB = unit_alternation(RATE_VERBS)

# A space or a line break left by PDF extraction between a number and its unit.
# (\n and \r\n written apart, not \r?\n: an alternative that opens with a character is
# passed over at once where another stands, as after most numbers)
GAP = r"[ \t\u3000]{0,4}(?:\n[ \t\u3000]{0,2}|\r\n[ \t\u3000]{0,2}|)"

# A sign written before digits (never a dash between two numbers: 5-20%).
# (负 is a sign on its own or after a link: 增长负3.9%, 为负2.1%; never the 负 of a word,
# 减负674亿元, 税负7.3亿元, 辜负, 抱负, 胜负, 担负)
SIGN = rf"(?:(?<![\d%.])[-−]|(?:(?<![{HAN}])|(?<=[长为是达至到率速幅值了和、于比降]))负)"
SIGN_FIRST = "-−负"  # the characters a sign is written with
# What may be written before the number instead of a unit after it:
# 百分之五, 千分之三, $20, ￥300 (spelling: unit)
LEAD_UNITS = {"百分之": "%", "千分之": "‰", "万分之": "‱", "$": "$", "￥": "￥", "¥": "￥"}
LEAD_UNIT = unit_alternation(LEAD_UNITS)
# 每立方米23微克: the denominator written before the number.
PER_DENOMINATOR = r"立方米"
PER_NUMERATOR = r"微克|毫克"
# 3万套(间), 38.5万人（次）: another measure word in brackets
ALTERNATIVE = rf"[(（][{HAN}]{{1,3}}[)）]"

# Range separators between two bounds: 5%—5.5%, 4%至6%, 3至5个 (quantity.RANGE_CHARS holds their
# characters and the spaces around them: change both together).
RANGE_SEP = r"[ \t]?(?:—{1,2}|–|-|~|至|到)[ \t]?"
