"""Find every number that carries a unit, a magnitude or a percent sign, in one pass.

Extractors find spans and name their parts; they compute no values (see `normalize.py`).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Iterator

import regex

from ._parts import (ALTERNATIVE, CN_NUMERAL, DIGITS, GAP, MAGNITUDE, NUMBER, PER_DENOMINATOR,
                     PER_NUMERATOR, QUAL_AFTER, QUAL_BEFORE, QUAL_MIDDLE, RANGE_SEP, UNIT, VERB)

RE_QUANTITY = regex.compile(rf"""
    (?P<verb>{VERB})?                       # 增长 / 下降 / 涨幅: kept in text for rates only
    (?P<pre>{QUAL_BEFORE})?                 # 约 / 超 / 突破 / 不低于
    (?:
        百分之(?P<num>{NUMBER})(?P<pct>)    # 百分之五
      | 每(?P<den>{PER_DENOMINATOR})         # 每立方米23微克: unit split around the number
        (?P<num>{DIGITS}){GAP}(?P<numer>{PER_NUMERATOR})
      | (?P<num>{NUMBER}){GAP}
        (?:
            (?P<mag>{MAGNITUDE})            # 万 / 亿 / 万亿
            (?P<mid>{QUAL_MIDDLE})?         # 4万多亿元
            (?P<mag2>{MAGNITUDE})?
            (?P<unit>{UNIT})?
          | (?P<mid>{QUAL_MIDDLE})?         # 140余个
            (?P<unit>{UNIT})
        )
        (?P<alt>{ALTERNATIVE})?             # 3万套(间)
    )
    (?P<post>{QUAL_AFTER})?                 # 左右 / 以上 / 以内
""", regex.VERBOSE)

# The upper bound of 百分之八至九: the unit is written once, before the lower bound.
RE_PCT_UPPER = regex.compile(rf"{RANGE_SEP}(?P<num>{NUMBER})(?!{UNIT}|{MAGNITUDE}|%)(?P<post>{QUAL_AFTER})?")
# The lower bound of a range whose upper bound carries the unit: 3至5个, 5%—5.5%.
RE_RANGE_LOWER = regex.compile(rf"(?P<num>{NUMBER})(?P<pct>%)?{RANGE_SEP}$")
RE_CN_ONLY = regex.compile(CN_NUMERAL)


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
    lower_of: "Span | None" = None  # set on a range's lower bound

    @property
    def chinese(self) -> bool:
        return not self.number[:1].isdigit()


def find_quantities(folded: str) -> Iterator[Span]:
    """Yield every quantity span of the folded text, left to right, before any exclusion."""
    for m in RE_QUANTITY.finditer(folded):
        number = m["num"]
        unit = m["unit"] or ""
        magnitude = (m["mag"] or "") + (m["mag2"] or "")
        split = ""
        if m["pct"] is not None:
            unit = "%"
        elif m["numer"]:
            unit, split = m["numer"], m["den"]
        if number[:1] not in "0123456789":
            # a Chinese numeral carries its own magnitude: 两万亿 -> 两 + 万亿
            stripped = number.rstrip("万亿")
            if stripped and stripped != number:
                magnitude = number[len(stripped):] + magnitude
                number = stripped
        if not unit and (not magnitude.endswith(("万", "亿")) or not number[:1].isdigit()):
            continue  # a bare magnitude: 万/亿 after digits (508万), not 百万家庭 or 500千
        if m["pct"] is not None and not m["post"]:
            upper = RE_PCT_UPPER.match(folded, m.end())
            if upper:
                yield _span(m, number, magnitude, unit, split)
                yield Span(start=upper.start("num"), end=upper.end(),
                           num_start=upper.start("num"), num_end=upper.end("num"),
                           number=upper["num"], magnitude="", unit="%", pre="", mid="",
                           post=upper["post"] or "", verb="")
                continue
        yield _span(m, number, magnitude, unit, split)


def _span(m, number: str, magnitude: str, unit: str, split: str) -> Span:
    num_start = m.start("num")
    return Span(start=m.start(), end=m.end(), num_start=num_start,
                   num_end=num_start + len(m["num"]), number=number, magnitude=magnitude,
                   unit=unit, pre=m["pre"] or "", mid=m["mid"] or "", post=m["post"] or "",
                   verb=m["verb"] or "", split_unit=split)


def find_range_lower(folded: str, upper: Span, floor: int) -> Span | None:
    """The bare lower bound written before `upper` (3至5个 -> 3), or None."""
    lo = max(floor, upper.num_start - 24)
    m = RE_RANGE_LOWER.search(folded, lo, upper.start if not upper.verb else upper.num_start)
    if not m:
        return None
    return Span(start=m.start("num"), end=m.end("num") + (1 if m["pct"] else 0),
                num_start=m.start("num"), num_end=m.end("num"), number=m["num"],
                magnitude=upper.magnitude, unit=upper.unit, pre="", mid="", post="",
                verb="", lower_of=upper)
