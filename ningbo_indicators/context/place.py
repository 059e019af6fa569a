"""The place of a report: the city, prefecture, province or 全国 whose government speaks."""

from __future__ import annotations

from collections import Counter

import regex

from ..numbers import fold

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
RE_CONGRESS = regex.compile(
    r"在\s*([\p{Han}]{2,10}?(?:省|市|自治区|特别行政区))\s*第[一二三四五六七八九十]+届"
    r"\s*人民代表大会"
)
RE_SPEAKER = regex.compile(r"我代表(省|市|自治区)人民政府")
RE_HEAD_OF = regex.compile(r"([\p{Han}]{2,10}?(?:省|市|自治区))\s*(?:代理?)?(?:省长|市长|主席)")
NATIONAL = "全国"


def _short(name: str) -> str:
    for suffix in ("特别行政区", "维吾尔自治区", "回族自治区", "壮族自治区", "自治区", "省", "市"):
        if name.endswith(suffix) and len(name) > len(suffix) + 1:
            return name[: -len(suffix)]
    return name


def detect_place(text: str) -> str | None:
    """The city or province whose government speaks, or 全国 for the State Council.

    The congress named under the title decides; else the head of government's title; else the
    place named most often in the text.

    >>> detect_place("2024年1月17日在宁波市第十六届人民代表大会第四次会议上")
    '宁波市'
    >>> detect_place("——2024年3月5日在第十四届全国人民代表大会第二次会议上")
    '全国'
    """
    head = fold(text[:3000])
    m = RE_CONGRESS.search(head)
    if m:
        return m[1]
    if "全国人民代表大会" in head or "国务院总理" in head:
        return NATIONAL
    m = RE_HEAD_OF.search(head)
    if m and m[1] not in ("省", "市"):
        return m[1]
    counts = Counter()
    body = fold(text)
    speaker = RE_SPEAKER.search(head)  # 我代表省人民政府: a province speaks, not a city
    level = speaker[1] if speaker else ""
    for name in PROVINCES + CITIES:
        if level == "市" and name in PROVINCES[4:] or level in ("省", "自治区") and name in CITIES:
            continue
        n = body.count(_short(name))
        if n:
            counts[name] = n
    if not counts:
        return None
    return counts.most_common(1)[0][0]
