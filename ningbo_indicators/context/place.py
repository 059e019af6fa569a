"""The place of a report: the city, prefecture, province or 全国 whose government speaks."""

from __future__ import annotations

import functools
import re
from collections import Counter
from typing import TYPE_CHECKING

from .. import compiled
from ..lazy import LazyPattern
from ..numbers import fold

if TYPE_CHECKING:
    from collections.abc import Iterator

    import regex

PROVINCES = (
    "北京市",
    "天津市",
    "上海市",
    "重庆市",
    "河北省",
    "山西省",
    "辽宁省",
    "吉林省",
    "黑龙江省",
    "江苏省",
    "浙江省",
    "安徽省",
    "福建省",
    "江西省",
    "山东省",
    "河南省",
    "湖北省",
    "湖南省",
    "广东省",
    "海南省",
    "四川省",
    "贵州省",
    "云南省",
    "陕西省",
    "甘肃省",
    "青海省",
    "台湾省",
    "内蒙古自治区",
    "广西壮族自治区",
    "西藏自治区",
    "宁夏回族自治区",
    "新疆维吾尔自治区",
    "香港特别行政区",
    "澳门特别行政区",
)
# Sub-provincial cities and provincial capitals: enough to name the city that speaks most
CITIES = (
    "宁波市",
    "杭州市",
    "温州市",
    "深圳市",
    "广州市",
    "厦门市",
    "青岛市",
    "大连市",
    "沈阳市",
    "长春市",
    "哈尔滨市",
    "南京市",
    "苏州市",
    "无锡市",
    "武汉市",
    "成都市",
    "西安市",
    "济南市",
    "福州市",
    "郑州市",
    "长沙市",
    "合肥市",
    "南昌市",
    "石家庄市",
    "太原市",
    "呼和浩特市",
    "南宁市",
    "海口市",
    "贵阳市",
    "昆明市",
    "拉萨市",
    "兰州市",
    "西宁市",
    "银川市",
    "乌鲁木齐市",
    "东莞市",
    "佛山市",
    "绍兴市",
    "嘉兴市",
    "金华市",
    "台州市",
    "湖州市",
    "舟山市",
    "丽水市",
    "衢州市",
    "常州市",
    "徐州市",
    "南通市",
    "烟台市",
    "泉州市",
    "珠海市",
)
# The name of a place as a government calls itself: 宁波市, 广西壮族自治区, 甘南藏族自治州,
# 锡林郭勒盟, 大兴安岭地区 (two to fourteen characters, ending in the word of its level)
_NAME = r"(?:(?![在了])\p{Han}){2,14}?(?:特别行政区|自治区|自治州|自治县|省|市|州|盟|地区|县)"
# A name starts after a non-Han character, or after the 在 or the 日 of the date line
_START = r"(?:(?<=在)|(?<=\d\s*日)|(?<![\p{Han}]))\s*"
# The congress the report is delivered to, under the title: 在宁波市第十六届人民代表大会,
# 丹东市第十六届人民代表大会, 在哈密市九届人大五次会议
_CONGRESS = r"届\s*(?:人民代表大会|人大)"
RE_CONGRESS = compiled.compile(rf"{_START}({_NAME})\s*第?[一二三四五六七八九十]+\s*{_CONGRESS}")
# The title: 景德镇市政府工作报告, **甘南藏族自治州人民政府工作报告**
RE_TITLE = LazyPattern(rf"(?:^|\n)(?:title:)?[\s*#]*({_NAME})(?:人民)?政府工作报告")
RE_SPEAKER = LazyPattern(r"我代表(省|市|自治区|州|盟|地区|县)人民政府")
_HEADS = "省长|市长|州长|主席|盟长|专员|县长"
RE_HEAD_OF = LazyPattern(rf"{_START}({_NAME})\s*(?:人民政府|行政公署)?\s*(?:代理?|代)?(?:{_HEADS})")
# The patterns read in the head, each with the words that end every match of it (None: none
# needed): a pattern is tried only in the runs of Han characters and spaces that hold them
# (`_ending_in`: the name before them is tried at almost every character)
_CONGRESS_WORDS = compiled.compile(_CONGRESS)
_HEAD_PATTERNS = (
    (RE_CONGRESS, _CONGRESS_WORDS),
    (RE_TITLE, None),
    (RE_HEAD_OF, compiled.compile(_HEADS)),
)
# What a name may not be: a generic word (在市第十四届 names no place) or a phrase that only
# ends like one (成功举办了中日韩十城市)
_NOT_A_NAME = compiled.compile(
    r"^自治|举办|会议|世界|[一二三四五六七八九十百千]城市$"
    r"|完成|按照|围绕|落实|执行|认真|顺利|圆满|较好|代表|市长|省长"
)
# The thirty autonomous prefectures by their full names: a report may call itself 恩施州
AUTONOMOUS_PREFECTURES = (
    "延边朝鲜族自治州",
    "恩施土家族苗族自治州",
    "湘西土家族苗族自治州",
    "阿坝藏族羌族自治州",
    "甘孜藏族自治州",
    "凉山彝族自治州",
    "黔东南苗族侗族自治州",
    "黔南布依族苗族自治州",
    "黔西南布依族苗族自治州",
    "楚雄彝族自治州",
    "红河哈尼族彝族自治州",
    "文山壮族苗族自治州",
    "西双版纳傣族自治州",
    "大理白族自治州",
    "德宏傣族景颇族自治州",
    "怒江傈僳族自治州",
    "迪庆藏族自治州",
    "临夏回族自治州",
    "甘南藏族自治州",
    "海北藏族自治州",
    "黄南藏族自治州",
    "海南藏族自治州",
    "果洛藏族自治州",
    "玉树藏族自治州",
    "海西蒙古族藏族自治州",
    "昌吉回族自治州",
    "博尔塔拉蒙古自治州",
    "巴音郭楞蒙古自治州",
    "克孜勒苏柯尔克孜自治州",
    "伊犁哈萨克自治州",
)
NATIONAL = "全国"


def _name(m) -> str | None:
    name = m[1] if m else None
    if name is None:
        return None
    if name[0] == "日" and m.start(1) and m.string[m.start(1) - 1].isdigit():
        name = name[1:]  # 17日哈尔滨市: the 日 of the date
    if len(name) < 3 or _NOT_A_NAME.search(name):
        return None
    if name.endswith("州") and not name.endswith("自治州"):  # 恩施州 -> 恩施土家族苗族自治州
        full = [p for p in AUTONOMOUS_PREFECTURES if p.startswith(name[:-1])]
        if len(full) == 1:
            return full[0]
    return name


def _short(name: str) -> str:
    for suffix in ("特别行政区", "维吾尔自治区", "回族自治区", "壮族自治区", "自治区", "省", "市"):
        if name.endswith(suffix) and len(name) > len(suffix) + 1:
            return name[: -len(suffix)]
    return name


_TOP = 600
# the run of Han characters and spaces around a place: before it (read backwards), after it
_HAN_OR_SPACE_BEFORE = compiled.compile(r"(?r)[\p{Han}\s]*")
_HAN_OR_SPACE_AFTER = compiled.compile(r"[\p{Han}\s]*")


def _ending_in(
    pattern: regex.Pattern[str] | LazyPattern, words: regex.Pattern[str], head: str
) -> Iterator[regex.Match[str]]:
    """`pattern.finditer(head)` for a pattern whose every match is Han characters and spaces up
    to the `words` it ends with (RE_CONGRESS, RE_HEAD_OF): a match lies in a run of Han
    characters and spaces that holds those words, so only such runs are searched, each once,
    not every character of the head (the same matches, in the same order)."""
    searched = 0  # where the runs searched so far end
    for found in words.finditer(head):
        if found.start() < searched:
            continue  # (in the run searched last)
        before = _HAN_OR_SPACE_BEFORE.search(head, 0, found.start())
        after = _HAN_OR_SPACE_AFTER.match(head, found.start())
        assert before is not None and after is not None, "a run matches, if only an empty one"
        searched = after.end()
        yield from pattern.finditer(head, before.start(), searched)


def detect_place(text: str) -> str | None:
    """The city or province whose government speaks, or 全国 for the State Council.

    The congress named under the title decides; else the title (景德镇市政府工作报告); else the
    head of government's title (甘南藏族自治州州长); else the place named most often in the text.

    >>> detect_place("2024年1月17日在宁波市第十六届人民代表大会第四次会议上")
    '宁波市'
    >>> detect_place("——2024年3月5日在第十四届全国人民代表大会第二次会议上")
    '全国'
    >>> detect_place("——2021年1月13日丹东市第十六届人民代表大会第四次会议通过")
    '丹东市'
    >>> detect_place("——2016年1月22日在哈密市九届人大五次会议上")
    '哈密市'
    >>> detect_place("——2014年1月14日在市第十四届人民代表大会第五次会议上") is None
    True
    >>> detect_place("——2023年1月5日在日喀则市第二届人民代表大会第四次会议上")
    '日喀则市'

    The national statistical communiqué (its title and its author under it) is the whole
    country's, whatever place it names most often (上海, where a games was held; 台湾省, left out of
    its figures):

    >>> detect_place("**中华人民共和国2015年国民经济和社会发展统计公报**\\n\\n中华人民共和国国家统计局")
    '全国'
    """
    # (these words hold no character that fold changes: read in the text as written)
    if "全国人民代表大会" in text[:3000] or "国务院总理" in text[:3000]:
        return NATIONAL
    if "国家统计局" in text[:_TOP] and "中华人民共和国" in text[:_TOP]:
        return NATIONAL
    # the congress line stands under the title: tried first on the first lines alone (a tenth of
    # the cost; the first match there is the first in the longer head too)
    top = fold(text[:_TOP])
    for m in _ending_in(RE_CONGRESS, _CONGRESS_WORDS, top):
        name = _name(m)
        if name:
            return name
    head = fold(text[:3000])
    for pattern, words in _HEAD_PATTERNS:
        for m in pattern.finditer(head) if words is None else _ending_in(pattern, words, head):
            name = _name(m)
            if name:
                return name
    speaker = RE_SPEAKER.search(head)  # 我代表省人民政府: a province speaks, not a city
    level = speaker[1] if speaker else ""
    # (one pass over the text for all the names, longest first; no name holds a character that
    # fold changes)
    found = Counter(_any_name().findall(text))
    counts: Counter[str] = Counter()
    for name in PROVINCES + CITIES:
        if level == "市" and name in PROVINCES[4:] or level in ("省", "自治区") and name in CITIES:
            continue
        n = found[_short(name)]
        if n:
            counts[name] = n
    if not counts:
        return None
    # the most frequent, the first of equals (as most_common)
    return max(counts, key=counts.__getitem__)


class ReportPlace:
    """The place of one report (`detect_place` of its text), found when first asked and kept
    for that report's reading only: `extract` makes one per document and hands it to the rules
    that read the place (the subjects' shares, the keys' own place names), which found it once
    each before.

    >>> place = ReportPlace("2024年1月17日在宁波市第十六届人民代表大会第四次会议上")
    >>> place(), place()
    ('宁波市', '宁波市')
    """

    __slots__ = ("text", "_place", "_found")

    def __init__(self, text: str) -> None:
        self.text = text
        self._place: str | None = None
        self._found = False

    def __call__(self) -> str | None:
        if not self._found:
            self._place = detect_place(self.text)
            self._found = True
        return self._place


@functools.cache
def _any_name():
    """The short names of PROVINCES and CITIES as one pattern, the longest first (names of one
    length in their own order: two of them cannot both match at one position, and the pattern is
    then the same in every run, so that the disk cache of `compiled` holds it).

    The names are grouped by their first character, in that order (南京|南宁 as 南(?:京|宁)):
    only the names of the character at a position can match there, tried in the same order, so
    the matches are the same; the engine tries one alternative per first character instead of
    every name at each position that opens one (a fifth less time over a long report, which
    has no congress line to name its place).

    >>> _any_name().findall("黑龙江省和哈尔滨、南宁、南京、上海")
    ['黑龙江', '哈尔滨', '南宁', '南京', '上海']

    The pattern's text is kept in the disk cache of `compiled` (`remember`) under the names it
    is made of: made, it took ~1.5 M instructions, about 1 % of a report's start-up.
    """
    names = PROVINCES + CITIES
    # (an edit of this module makes it again, `remember` sees to that; a change of what another
    # module gives to make it takes a new name: "… pattern 2")
    return compiled.compile_std(
        compiled.remember("place names, pattern 1", "\n".join(names), lambda: _names_pattern(names))
    )


def _names_pattern(names: tuple[str, ...]) -> str:
    """The text of `_any_name`'s pattern (the one the disk cache holds: a test of it).

    >>> _any_name().pattern == _names_pattern(PROVINCES + CITIES)
    True
    """
    by_first: dict[str, list[str]] = {}
    for name in sorted({_short(n) for n in names}, key=lambda name: (-len(name), name)):
        by_first.setdefault(name[0], []).append(re.escape(name[1:]))
    return "|".join(
        re.escape(first) + (rests[0] if len(rests) == 1 else f"(?:{'|'.join(rests)})")
        for first, rests in by_first.items()
    )
