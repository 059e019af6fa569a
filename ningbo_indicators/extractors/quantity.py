"""Find every number that carries a unit, a magnitude or a percent sign, in one pass.

Extractors find spans and name their parts; they compute no values (see `normalize.py`).
"""

# (no `from __future__ import annotations`, as in model.py: its dataclasses are made faster)
import functools
import re
import sys
from collections.abc import Iterator
from dataclasses import dataclass

import regex

from .. import compiled
from ..lazy import LazyPattern
from ..units import COUNT_WORDS, QUALIFIERS_BEFORE, QUALIFIERS_MIDDLE, RATE_VERBS, UNITS
from ._parts import (
    ALTERNATIVE,
    CN_NUMERAL_CHARS,
    DIGITS,
    GAP,
    LEAD_UNIT,
    LEAD_UNITS,
    MAGNITUDE,
    MAGNITUDE_FIRST,
    NUMBER,
    PER_DENOMINATOR,
    PER_NUMERATOR,
    QUAL_AFTER,
    QUAL_BEFORE,
    QUAL_MIDDLE,
    RANGE_SEP,
    SIGN,
    SIGN_FIRST,
    UNIT,
    VERB,
)

# A unit, tried only where one can start: a look at the next character first (the engine
# would otherwise try each of the ~150 words after every number, 一 of 统一 too)
_UNIT_FIRST = "".join(sorted({w[0] for w in (*UNITS, *COUNT_WORDS)}))
_UNIT = rf"(?=[{regex.escape(_UNIT_FIRST)}])(?:{UNIT})"
# A magnitude, tried only where one can start (a look at the next character first: its five
# alternatives, each opening with an optional 十百千, are otherwise tried in turn after a number
# followed by a unit or a %)
_MAGNITUDE = rf"(?=[{MAGNITUDE_FIRST}])(?:{MAGNITUDE})"
# What may follow a number (after the gap) when no unit was written first: a magnitude, 余/多
# or a unit. Looked at once, before the three ways of writing them are tried, so that a number
# followed by none of them (2024年, 统一) fails at once: 5% of the scan.
_AFTER_NUMBER = "".join(
    sorted({*_UNIT_FIRST, *MAGNITUDE_FIRST, *(w[0] for w in QUALIFIERS_MIDDLE)})
)

# What may stand right after the first character of a Chinese numeral, where no unit was written
# before it: the numeral's next character, the 点 of its decimals, a gap, or what follows a
# number (a unit, a magnitude, 余/多; a split unit's numerator, 微克). Before any other
# (统一规划, 进一步, 三农: most Chinese numerals of a report), no quantity starts there, and
# the numeral is not tried.
_AFTER_CN_FIRST = "".join(
    sorted(
        {*CN_NUMERAL_CHARS, "点", " ", "\t", "\u3000", "\r", "\n", *_AFTER_NUMBER}
        | {w[0] for w in PER_NUMERATOR.split("|")}
    )
)
# (a necessary condition of a match that starts with a Chinese numeral: see RE_QUANTITY)
CN_GATE = rf"(?(pct)|(?![{CN_NUMERAL_CHARS}][^{regex.escape(_AFTER_CN_FIRST)}]))"
# The same test where the match starts, before the unit written first is tried: a match that
# opens with a Chinese numeral opens with its number, or with 百分之, 千分之, 万分之 (分 after the
# numeral). Most Chinese numerals of a report (统一, 进一步) fail here, before the engine tries
# the unit, 每 and a sign at each of them.
CN_EARLY_GATE = rf"(?![{CN_NUMERAL_CHARS}][^{regex.escape(_AFTER_CN_FIRST)}分])"
# Where a quantity can start: a digit, a Chinese numeral, the first character of a unit written
# before the number (百分之, $), 每 of a split unit, a sign. Looked at first, so that most
# positions of a text fail at once (3% of the scan).
_START = "".join(sorted({*CN_NUMERAL_CHARS, *(w[0] for w in LEAD_UNITS), "每", *SIGN_FIRST}))

# The ranges of code points that hold every decimal digit of Unicode beside 0-9 (what \d
# matches too) and no Han character: told to the engine as the first characters of a quantity
# instead of \d, so that it looks each character up rather than asks Unicode's tables (a
# wider set only costs a try; tests/test_units.py checks every code point)
_BMP_DIGITS = r"\u0660-\u1c59\ua620-\uabf9\uff10-\uff19"
OTHER_DIGITS = _BMP_DIGITS + r"\U000104a0-\U00016b59\U0001d7ce-\U0001fbf9"

# (run by the standard library's engine: twice as fast as `regex` on this pattern, and its
# matches cheaper to read; the pieces are written in the syntax both engines share. The engine
# is told the characters a match starts with, `first`: it skips the other positions in C, a
# third of the time of the scan. An optional part is written (?:X|), not X?: the engine runs
# X? as a loop that saves and restores the marks of every group; a branch with an empty
# alternative matches the same, tried in the same order, at less cost: a fifth of the scan)
_QUANTITY = rf"""
    (?=[\d{regex.escape(_START)}])         # where a quantity can start (most positions: not)
    (?!(?<=[\d.])\d)                        # never inside a digit run (cheap early exit)
    {CN_EARLY_GATE}                         # (统一, 进一步: not tried further)
    (?:(?P<pct>{LEAD_UNIT})|)               # 百分之五, 千分之三, $20: the unit written first
    (?:每(?P<den>{PER_DENOMINATOR})|)       # 每立方米23微克: a unit split around the number
    (?:(?P<sign>(?=[{regex.escape(SIGN_FIRST)}]){SIGN})|)  # -22.2%, 负3.9% (look-behinds only there)
    {CN_GATE}                               # (统一规划, 进一步: not tried)
    (?P<num>{NUMBER})
    (?(pct)|{GAP}                           # (the number is written once in the pattern:
        (?(den)(?P<numer>{PER_NUMERATOR})   #  it is the costliest part to compile)
        |(?=[{regex.escape(_AFTER_NUMBER)}])(?:
            (?P<mag>{_MAGNITUDE})            # 万 / 亿 / 万亿
            (?:(?P<mid>{QUAL_MIDDLE})|)     # 4万多亿元
            (?:(?P<mag2>{_MAGNITUDE})|)
          | (?:(?P<mid_b>{QUAL_MIDDLE})|)   # 140余个 (the unit must follow: see below)
          | (?P<mid_c>{QUAL_MIDDLE})        # 67700多亿元, 300多万人
            (?P<mag_c>{_MAGNITUDE})
        )                                   # the unit, shared by the three ways (written
        (?:(?P<unit>{_UNIT})|(?(mag)|(?(mag_c)|(?!))))  # once: half the program): optional
        )                                   # after a magnitude, else the second way fails
        (?:(?P<alt>{ALTERNATIVE})|)         # 3万套(间)
    )
    (?:(?P<post>{QUAL_AFTER})|)             # 左右 / 以上 / 以内
"""
RE_QUANTITY = LazyPattern(
    _QUANTITY, re.VERBOSE, std=True, first=rf"0-9{OTHER_DIGITS}{regex.escape(_START)}"
)
# The same pattern told only the first characters of the Basic Multilingual Plane, for a text
# that holds no character beyond it (see find_quantities; nearly every text: the pattern is
# compiled at import, RE_QUANTITY on first use): the engine then looks at two ranges of code
# points less at each character of the text, the digits beyond the plane, which none of its
# characters can fall in. A tenth of the scan's instructions.
_RE_QUANTITY_BMP = compiled.compile_std(
    _QUANTITY, re.VERBOSE, first=rf"0-9{_BMP_DIGITS}{regex.escape(_START)}"
)

# What may stand right before the number, read backwards from it (cheaper than trying two
# optional alternations at every position of the text).
RE_LEAD = compiled.compile(  # (groups in this order: see `_spans`)
    rf"""(?r)
    (?P<verb>{VERB})?                       # 增长 / 下降 / 涨幅: kept in text for rates only
    (?P<g1>[\ \t\u3000]{{0,2}}(?:\n{{1,2}}[\ \t\u3000]{{0,2}})?)  # (PDF spacing: 增长 10%, 增长\n5.6%)
    (?P<pre>{QUAL_BEFORE})?                 # 约 / 超 / 突破 / 不低于
    (?P<g2>[\ \t\u3000]{{0,2}})
    \Z""",
    regex.VERBOSE,
)
_LEAD_WINDOW = 10
# currency signs written before a number ($20, ￥300), and what a sign is never written after:
# a digit or a point (３２$1.$2亿元, the placeholders of a report's broken template)
_SIGNS = frozenset(("$", "￥", "¥"))
_GLUED = frozenset("0123456789.．")
# What RE_LEAD can end on, right before the number: a space or a line break, or the last
# character of a verb or qualifier, and then its last two (the one of 约, 超, 近, 逾). Before any
# other, nothing stands before the number and the look-back is skipped (most numbers; 达到5%)
_LEAD_GAPS = frozenset(" \t\u3000\n")
_LEAD_ENDS = frozenset(w[-1] for w in (*RATE_VERBS, *QUALIFIERS_BEFORE)) | _LEAD_GAPS
_LEAD_TAILS = frozenset(w[-2:] for w in (*RATE_VERBS, *QUALIFIERS_BEFORE))
# The last characters of two-character verbs that end no other verb and no qualifier: before
# the number, RE_LEAD reads the verb alone there (no qualifier or space can stand between it and
# the number), so the two characters are looked up instead (增长5%, 下降0.3个百分点: two in
# three of the look-backs)
_VERB_ALONE_ENDS = frozenset(w[-1] for w in RATE_VERBS if len(w) == 2) - frozenset(
    w[-1] for w in (*(v for v in RATE_VERBS if len(v) != 2), *QUALIFIERS_BEFORE)
)


# A line of fewer than 20 characters, or one of a Markdown heading or list, ending at the search's
# end: a verb there ends a title, not a sentence broken by the page (增长\n5.6%)
_SHORT_LINE = LazyPattern(r"(?:^|\n)(?:[#>*|\-][^\n]*|[^\n]{0,19})\Z", std=True)
_LINE_REACH = 200  # (how far back the line's start is looked for: a heading's whole line)


# The upper bound of 百分之八至九: the unit is written once, before the lower bound.
@functools.cache
def _pct_upper():
    return compiled.compile(
        rf"{RANGE_SEP}(?P<num>{NUMBER})(?!{UNIT}|{MAGNITUDE}|%)(?P<post>{QUAL_AFTER})?"
    )


# The lower bound of a range whose upper bound carries the unit: 3至5个, 5%—5.5%.
# (compiled on first use: ranges are rare and the pattern costs start-up time)
@functools.cache
def _range_lower():
    return compiled.compile(rf"(?P<num>{NUMBER})(?P<pct>%)?{RANGE_SEP}$")


@dataclass(slots=True)
class Span:
    """A quantity as found: offsets in the text and its parts as written (folded)."""

    start: int
    end: int
    num_start: int
    num_end: int
    number: str
    magnitude: str
    unit: str
    pre: str
    mid: str
    post: str
    verb: str
    split_unit: str = ""  # the denominator of a split unit (立方米 of 每立方米23微克)
    lower_of: "Span | None" = None  # set on a range's lower bound (quoted: Span is being made)

    @property
    def chinese(self) -> bool:
        return not self.number[:1].isdigit()


# The groups of RE_QUANTITY in the order `Match.groups()` gives them, as `_spans` reads them
# (by position: lookups by name are ten times slower). The three ways of writing what follows
# the number each have their own names (mid, mid_b, mid_c: the standard library's engine does
# not let a name repeat); at most one of them matches. The unit that follows is one group.
_GROUPS = (
    *("pct", "den", "sign", "num", "numer", "mag", "mid", "mag2"),
    *("mid_b", "mid_c", "mag_c", "unit", "alt", "post"),
)
_GROUP_INDEX = _RE_QUANTITY_BMP.groupindex  # (RE_QUANTITY's too: the same pattern)
assert tuple(sorted(_GROUP_INDEX, key=_GROUP_INDEX.__getitem__)) == _GROUPS
_NUM = _GROUP_INDEX["num"]


_PAST_ANY_SIZE = 1 << 62  # (the size sys.getsizeof tells where it cannot tell one)


def find_quantities(folded: str) -> Iterator[Span]:
    """Yield every quantity span of the folded text, left to right, before any exclusion."""
    # (Python stores a text in one, two or four bytes a character, the fewest that hold its
    # every character: four where one stands beyond the plane, and only then is its size more
    # than four bytes a character; a text of fewer than forty characters, or where Python does
    # not tell the size, is read with the whole set, as any text may be: a wrong guess can only
    # choose the whole set, which costs time, never a figure)
    size = sys.getsizeof(folded, _PAST_ANY_SIZE)
    pattern = _RE_QUANTITY_BMP if size < 4 * len(folded) else RE_QUANTITY
    return _spans(folded, pattern.finditer(folded))


def _spans(folded: str, matches: Iterator[re.Match]) -> Iterator[Span]:
    for m in matches:
        # ("" for a group that did not match: every group that matches is not empty; all
        # named at once, in _GROUPS' order: slices of the tuple cost more than the names)
        (
            pct,
            den,
            sign,
            number,
            numer,
            mag,
            mid,
            mag2,
            mid_b,
            mid_c,
            mag_c,
            unit,
            alt,
            post,
        ) = m.groups("")
        if not mag:  # 140余个, 67700多亿元: the second or third way of writing it
            mid, mag = mid_b or mid_c, mag_c
        written = number
        digits = number[0].isdigit()
        if alt and alt[1:-1] == "次" and unit + "次" in COUNT_WORDS:
            unit += "次"  # 38.5万人（次）: the bracket makes the unit 人次
        magnitude = mag + mag2
        split = ""
        if pct:
            if pct in _SIGNS and m.start() and folded[m.start() - 1] in _GLUED:
                continue  # 完成投资３２$1.$2亿元: a template's placeholders, no dollars
            unit = LEAD_UNITS[pct]
        elif numer or den:
            if not (numer and den):
                continue  # 每立方米 without 微克, or 微克 without its denominator
            unit, split = numer, den
        if not digits and (own := _own_magnitude(number + magnitude)) is not None:
            number, magnitude = own  # (a Chinese numeral carries its own magnitude)
        if not unit and (not digits or not magnitude.endswith(("万", "亿"))):
            continue  # a bare magnitude: 万/亿 after digits (508万), not 百万家庭 or 500千
        start, end = m.span()
        # (the number opens the match unless a unit, 每 or a sign is written before it)
        num_start = m.start(_NUM) if pct or den or sign else start
        # the character before the span, read once (most spans open with their number: it is
        # the character before the number too)
        end_of_word = folded[start - 1] if start else ""
        if digits and not sign and num_start:  # (what may stand inside a number, before it)
            cut = end_of_word if num_start == start else folded[num_start - 1]
            if cut in _SPACES:
                joined = broken_number(folded, num_start, number)
                if joined is None:
                    continue  # a number cut by PDF spacing that cannot be told: nothing
                if joined[0] != num_start:
                    start, num_start, number = joined[0], joined[0], joined[1]
                    end_of_word = folded[start - 1] if start else ""
            elif cut in _STOPS and stop_inside_number(folded, num_start - 1):
                continue  # 增长12。2%: 2% is part of a number that OCR cut; 12.2? nothing
        verb = pre = ""
        opens = start  # where the span opens: its verb or qualifier before the number, if any
        if (
            end_of_word in _LEAD_ENDS  # ("" at the text's start: in none of them)
            and (
                end_of_word in _LEAD_GAPS
                or end_of_word in _LEAD_TAILS
                or folded[start - 2 : start] in _LEAD_TAILS
            )
        ):  # (most numbers: no word before them)
            if (
                end_of_word in _VERB_ALONE_ENDS
                and (word := folded[start - 2 : start]) in RATE_VERBS
            ):
                verb, opens = word, start - 2  # 增长5%: the verb alone, what RE_LEAD would read
            else:
                lo = start - _LEAD_WINDOW if start > _LEAD_WINDOW else 0  # (max() costs more)
                lead = RE_LEAD.search(folded, lo, start)
                assert lead is not None  # (every part is optional: it always matches)
                verb, g1, pre, g2 = lead.groups("")
                if "\n" in g1:
                    at = start - len(g2) - len(pre) - len(g1) - len(verb)
                    if _SHORT_LINE.search(folded, max(0, at - _LINE_REACH), at):
                        verb, g1 = "", ""  # a heading's last word (…稳定增长\n\n2.5%…): no verb
                if verb or pre:  # the spaces between the words and the number belong to the mention
                    start -= len(g2) + (len(g1) if verb else 0)
                    opens = start - len(verb) - len(pre)
        if sign:
            number = "-" + number
        yield Span(
            opens,
            end,
            num_start,
            num_start + len(written),
            number,
            magnitude,
            unit,
            pre,
            mid,
            post,
            verb,
            split,
        )
        if pct and not post:
            upper = _pct_upper().match(folded, end)
            if upper:  # 百分之八至九: the upper bound shares the written 百分之
                yield Span(
                    upper.start("num"),
                    upper.end(),
                    upper.start("num"),
                    upper.end("num"),
                    upper["num"],
                    "",
                    "%",
                    "",
                    "",
                    upper["post"] or "",
                    "",
                )


# Spaces that PDF extraction leaves inside numbers (en and thin spaces too).
_SPACES = frozenset(" \t\u3000\u2002\u2009\u00a0")
_PIECE = LazyPattern(r"(?r)(?<![\dA-Za-z.])(\d+)(\.?)[ \t\u3000\u2002\u2009\u00a0]{1,3}\Z")
_TOKEN = LazyPattern(r"(?r)(?P<name>[A-Za-z]*)[\d.]+[ \t\u3000\u2002\u2009\u00a0]{1,3}\Z")
_LINE_START = LazyPattern(r"(?r)(?:^|\n)[ \t\u3000>*#-]*\Z")


def broken_number(folded: str, num_start: int, number: str) -> tuple[int, str] | None:
    """A number that PDF spacing cut into pieces, read whole where the break plainly falls
    inside it; None where it cannot be told (the caller then emits nothing).

    Returns (where the number starts, the digits joined); the number as it is when the space
    before it does not follow a piece of digits.

    >>> text = "收入907. 23亿元"
    >>> broken_number(text, 7, "23")
    (2, '907.23')
    >>> broken_number("公房1 8万套", 4, "8")       # a single digit cut from the rest
    (2, '18')
    >>> broken_number("收入34 065元", 5, "065")     # a space as thousands separator
    (2, '34065')
    >>> broken_number("全市23 10个单位", 5, "10") is None   # 2310? 23 and 10? no record
    True
    >>> broken_number("\\n7. 3条措施", 4, "3")  # a list marker at a line start: 3条
    (4, '3')
    """
    pieces: list[tuple[int, str, str]] = []  # (start, digits, dot) right to left
    at = num_start
    while len(pieces) < 4:
        m = _PIECE.search(folded, at - 16 if at > 16 else 0, at)
        if m is None:
            break
        pieces.append((m.start(), m[1], m[2]))
        at = m.start()
        if m[2]:
            break  # a decimal point ends the number on the left
    if not pieces:
        token = _TOKEN.search(folded, max(0, num_start - 16), num_start)
        if token and not token["name"]:
            return None  # 1 2.5 3个: digits before the space that are no whole piece
        return num_start, number  # PM2.5 35微克: a name before the space; or no digit at all
    pieces.reverse()
    first, digits, dot = pieces[0]
    if dot:
        if len(pieces) > 1 or "." in number:
            return None
        if _LINE_START.search(folded, max(0, first - 8), first):
            return num_start, number  # 7. 3条: the seventh item of a list, then its figure
        return first, f"{digits}.{number}"  # 184. 37亿元
    whole = number.split(".")[0]
    if all(len(d) == 1 for _, d, _ in pieces):
        return first, "".join(d for _, d, _ in pieces) + number  # 1 2.2万人, 2 5 0亿元
    if len(digits) <= 3 and len(whole) == 3 and all(len(d) == 3 for _, d, _ in pieces[1:]):
        return first, "".join(d for _, d, _ in pieces) + number  # 34 065元
    return None


# Stops that scanned old reports leave where a decimal point or a thousands comma was
# (增长12。2%, 1715，7亿元). A sentence that ends on a rank (第1, 前10), a decimal or a
# fraction does not end a number (第1。88%的村, 46.7。68个, 1/4，增长10%).
_STOPS = frozenset("。，")
_ENDS_NO_NUMBER = frozenset("第前.．/／:：")


def stop_inside_number(folded: str, stop: int) -> bool:
    """Whether the stop at `stop` may stand inside a number: bare digits before it, not a
    rank, a decimal or a fraction. The figure after such a stop cannot be told whole.

    >>> stop_inside_number("比上年增长12。2%", 7)
    True
    >>> stop_inside_number("社会消费品零售总额1715，7亿元", 13)
    True
    >>> stop_inside_number("排名全省第1。88%的村", 6)
    False
    >>> stop_inside_number("46.7。68个重大项目", 4)
    False
    >>> stop_inside_number("增长10%。3个", 5)
    False
    """
    at = stop
    while at and folded[at - 1].isdigit():
        at -= 1
    if at == stop:
        return False  # no digit just before the stop
    return not at or folded[at - 1] not in _ENDS_NO_NUMBER


# what a range's lower bound (3至5个) and a list's first numbers (1.7和4.9个百分点) stand
# before: the character right before the number that carries the unit
_RANGE_TEXT = "—–-~至到 \t"
RANGE_CHARS = frozenset(_RANGE_TEXT)
LIST_MARKS = frozenset("和、及与")
# what a range's lower bound ends with, a digit aside: a Chinese numeral, its percent sign
_LOWER_ENDS = frozenset(CN_NUMERAL_CHARS + "%")


def find_range_lower(folded: str, upper: Span, floor: int) -> Span | None:
    """The bare lower bound written before `upper` (3至5个 -> 3), or None."""
    at = upper.start if not upper.verb else upper.num_start
    if at == 0 or folded[at - 1] not in RANGE_CHARS:
        return None
    lo = upper.num_start - 24
    lo = lo if lo > floor else floor  # (max() costs more)
    # (first, what the pattern needs, cheaply: a number or its percent sign before the separator
    # and the spaces around it; most separators are the 到 of a verb, 达到5%, 提高到)
    head = folded[lo:at].rstrip(_RANGE_TEXT)
    if not head or not (head[-1].isdigit() or head[-1] in _LOWER_ENDS):
        return None
    m = _range_lower().search(folded, lo, at)
    if not m:
        return None
    bare = _bare(m.start("num"), m.end("num"), m["num"], upper, lower_of=upper)
    bare.end += 1 if m["pct"] else 0  # 5%—5.5%: the lower bound's own percent sign
    if not bare.number[0].isdigit() and (own := _own_magnitude(bare.number)) is not None:
        # a Chinese numeral's own magnitude, not the upper bound's: 一千三百八十八万至一千三百九十三万吨
        # (1388 万吨, not 1388万 万吨), 九千万至一亿吨, 一亿三千八百八十万至…
        bare.number, bare.magnitude = own
    return bare


def _own_magnitude(numeral: str) -> tuple[str, str] | None:
    """A Chinese numeral and the magnitude it ends with, or None where it ends with none. A 万
    after 亿 ends the numeral's section below 亿 and stays in it (read apart, 一百六十七亿六千 is
    no numeral; 三亿零四百七十五 is one, 10,000 times too small).

    >>> _own_magnitude("两万亿"), _own_magnitude("九千万"), _own_magnitude("一百六十七亿六千万")
    (('两', '万亿'), ('九千', '万'), ('一百六十七亿六千万', ''))
    >>> _own_magnitude("三百") is None
    True
    """
    stripped = numeral.rstrip("万亿")
    if not stripped or stripped == numeral:
        return None
    own = numeral[len(stripped) :]
    return (numeral, "") if own == "万" and "亿" in stripped else (stripped, own)


def _bare(start: int, num_end: int, number: str, like: Span, lower_of: Span | None = None) -> Span:
    """A number written without its unit, which it shares with `like` (3至5个, 1.7和4.9个百分点)."""
    return Span(
        start=start,
        end=num_end,
        num_start=start,
        num_end=num_end,
        number=number,
        magnitude=like.magnitude,
        unit=like.unit,
        pre="",
        mid="",
        post="",
        verb="",
        lower_of=lower_of,
    )


# The first numbers of a 分别 list whose last number alone carries the unit:
# 分别高于全省工业平均水平1.7和4.9个百分点 (1.7 is 1.7个百分点)
_LIST_FIRST = LazyPattern(rf"(?P<num>{DIGITS})[和、及与]$")
_RESPECTIVELY_WINDOW = 40


def find_list_first(folded: str, last: Span, floor: int) -> list[Span]:
    """The bare numbers listed before `last` after 分别, sharing its unit, first first.

    >>> text = "分别高于全省工业平均水平1.7和4.9个百分点"
    >>> [s.number for s in find_list_first(text, list(find_quantities(text))[0], 0)]
    ['1.7']
    >>> text = "分别增长8、12和14%"
    >>> [s.number for s in find_list_first(text, list(find_quantities(text))[0], 0)]
    ['8', '12']
    >>> find_list_first("增长1.7和4.9个百分点", list(find_quantities("增长1.7和4.9个百分点"))[0], 0)
    []
    """
    if last.lower_of is not None:
        return []
    found: list[Span] = []
    at = last.start if not last.verb else last.num_start
    # (a listed number ends with a digit, right before its mark: looked at before the pattern)
    while len(found) < 8 and at >= 2 and folded[at - 1] in LIST_MARKS and folded[at - 2].isdigit():
        m = _LIST_FIRST.search(folded, max(floor, at - 16), at)
        if m is None:
            break
        start, number = m.start("num"), m["num"]
        if start and folded[start - 1] in _SPACES:
            joined = broken_number(folded, start, number)  # 13. 5和4.8个百分点
            if joined is None:
                break
            start, number = joined
        found.append(_bare(start, m.end("num"), number, last))
        at = start
    if not found or folded.find("分别", max(floor, at - _RESPECTIVELY_WINDOW), at) < 0:
        return []
    return found[::-1]
