"""Data tables: units, magnitudes, qualifier and direction words.

Every rule that names a unit or a word reads it from here, so that extending the tool to a
new unit is a one-line change to a table, not a new regular expression.
"""

from __future__ import annotations

# Measurement and percent units.
# spelling as written: (base_unit, dimension, factor to base_unit)
UNITS: dict[str, tuple[str, str, float]] = {
    # currency
    "元": ("元", "currency", 1),
    "美元": ("美元", "currency", 1),
    "欧元": ("欧元", "currency", 1),
    "港元": ("港元", "currency", 1),
    "日元": ("日元", "currency", 1),
    "英镑": ("英镑", "currency", 1),
    "美圆": ("美元", "currency", 1),
    "人民币": ("元", "currency", 1),
    "瑞士法郎": ("瑞士法郎", "currency", 1),
    "台币": ("新台币", "currency", 1),
    "新台币": ("新台币", "currency", 1),
    "韩元": ("韩元", "currency", 1),
    "卢布": ("卢布", "currency", 1),
    "澳元": ("澳元", "currency", 1),
    "加元": ("加元", "currency", 1),
    "奈拉": ("奈拉", "currency", 1),
    "$": ("美元", "currency", 1),
    "￥": ("元", "currency", 1),
    # area
    "亩": ("亩", "area", 1),
    "公顷": ("公顷", "area", 1),
    "平方米": ("平方米", "area", 1),
    "平方公里": ("平方公里", "area", 1),
    "平方千米": ("平方公里", "area", 1),
    # length
    "公里": ("公里", "length", 1),
    "千米": ("公里", "length", 1),
    "米": ("米", "length", 1),
    "毫米": ("米", "length", 0.001),
    "公分": ("米", "length", 0.01),
    # mass
    "吨": ("吨", "mass", 1),
    "斤": ("斤", "mass", 1),
    "公斤": ("公斤", "mass", 1),
    "千克": ("公斤", "mass", 1),
    "克": ("克", "mass", 1),
    "微克": ("微克", "mass", 1),
    "毫克": ("毫克", "mass", 1),
    # energy (吨标煤 is the report's abbreviation of 吨标准煤)
    "吨标煤": ("吨标准煤", "energy", 1),
    "吨标准煤": ("吨标准煤", "energy", 1),
    "千瓦时": ("千瓦时", "energy", 1),
    "千卡": ("千卡", "energy", 1),
    "度": ("千瓦时", "energy", 1),
    # power
    "千瓦": ("千瓦", "power", 1),
    "兆瓦": ("千瓦", "power", 1000),
    "瓦": ("瓦", "power", 1),
    "kW": ("千瓦", "power", 1),
    "MW": ("千瓦", "power", 1000),
    "GW": ("千瓦", "power", 1_000_000),
    # computing power, in PFLOPS (算力规模达到2.91万P)
    "P": ("P", "other", 1),
    # volume
    "立方米": ("立方米", "volume", 1),
    "升": ("升", "volume", 1),
    # containers
    "标箱": ("标箱", "container", 1),
    "标准箱": ("标箱", "container", 1),
    # concentration (written split around the number: 每立方米23微克)
    "微克/立方米": ("微克/立方米", "other", 1),
    "毫克/立方米": ("微克/立方米", "other", 1000),
    # compound units: freight and passenger turnover, deadweight tonnage, transformer capacity,
    # working days (546.4亿吨公里 is not 546.4亿吨 of 公里)
    "吨公里": ("吨公里", "other", 1),
    "人公里": ("人公里", "other", 1),
    "载重吨": ("载重吨", "mass", 1),
    "千伏安": ("千伏安", "power", 1),
    "个工作日": ("工作日", "other", 1),
    "工作日": ("工作日", "other", 1),
    # rates
    "%": ("%", "percent", 1),
    "成": ("%", "percent", 10),
    "‰": ("%", "percent", 0.1),
    "‱": ("%", "percent", 0.01),
    "个百分点": ("百分点", "pp", 1),
    "百分点": ("百分点", "pp", 1),
    "倍": ("倍", "multiple", 1),
    "番": ("番", "multiple", 1),  # 翻了1.2番, 翻两番: doublings (only after 翻, see exclude.py)
    # temperature, and voltage: a voltage names a class of line (500千伏输变电工程), see exclude.py
    "℃": ("℃", "other", 1),
    "千伏": ("千伏", "other", 1),
    "伏": ("伏", "other", 1),
}

# Units written in Latin letters: a number glued to other letters is no figure (5G, PM2.5)
LATIN_UNITS = tuple(w for w in UNITS if w.isascii() and w.isalpha())

# Measure words for discrete things: the base unit is the word itself, dimension "count".
# word: characters that, right after it, make it part of another word (家庭, 项目, 人口)
COUNT_WORDS: dict[str, str] = {
    "人次": "",
    "个": "人体性别案例月季",  # 个月, 个季度 are durations
    "家": "庭族乡园长居用具电政属",
    "项": "目",
    "条": "件例款约理线",
    "人": "口才员民们均工物类造格文性气生权身心士大手",
    "名": "单录称额义牌片次胜字",
    "所": "有在得属谓以长",
    "套": "餐路",
    "户": "籍口外型",
    "件": "事",
    "宗": "教旨",
    "台": "账阶湾风",
    "支": "持付出撑队部",
    "对": "接外口标象于比应策照手",
    "座": "谈位",
    "批": "准复次示评发",  # 批发 (wholesale) is no batch
    "次": "数序要级性",
    "辆": "",
    "张": "家",
    "处": "理置罚于长级室",
    "头": "部雁条等",
    "只": "是要能有",
    "艘": "",
    "架": "构",
    "场": "景所馆地次合面",
    "篇": "章",
    "部": "门分署",
    "栋": "",
    "间": "接",
    "株": "",
    "棵": "",
    "例": "如外",
    "位": "置于列居数",
    "款": "项",
    # counts of events, services and trips: 1.6万场次, 1.28万台次, 9.57万户次, 500余项次
    "场次": "",
    "台次": "",
    "户次": "",
    "项次": "",
    "架次": "",
    "班次": "",
    "车次": "",
    "种": "植子类业养苗粮源质族群草",  # 出版地图1944种 (not 种植, 种子)
    "枚": "举",  # 199枚金牌
    "起": "来步点草源到诉飞航始码",  # 化解矛盾纠纷3931起 (digits only, see exclude.py)
    "份": "额子",
    "集": "团中体聚成约群镇市散装资",  # 电视剧14685集
    "册": "子",
    "卷": "烟入",
    "门": "类户槛诊票店窗口面市路禁",  # 交换机容量46559万门
    "队": "伍员长列",
    # trains run (开行国际班列220列) and wells or stoves (关停自备井9804眼): digits only, since
    # 一列, 一眼 are words (see exclude.py)
    "列": "入车为出支全第表举席位队阵岛强",
    "眼": "光睛界前看镜科",
    # pits, wells and ponds (新建沼气池15万口, 整治塘堰3500口) and medals (11块金牌): digits
    # only, since 一口气, 一块儿 are words
    "口": "岸径号袋腔碑味罩子头述语气吻感",
    "块": "钱状头儿",
    # days counted (空气质量优良天数达到320天): only after 天数, see exclude.py; a duration
    # (历时184天) is not a figure
    "天": "然津下府山河地堂空气使文际平资猫鹅网线",
}

# A unit may be followed by an alternative spelling in brackets: 3万套(间).
# Wide panels hold one number per key and year, so a key's cells must share one unit. Where a
# key takes several base units (`亩|公顷`, `元|美元`, `家|户|个`), a cell is given in the first
# one: converted where the two measure the same thing at a fixed rate, and left out of the wide
# row where they do not (元 and 美元, 人 and 户, a rate and a tonnage); the long row keeps it.
SAME_MEASURE: dict[tuple[str, str], float] = {
    ("公顷", "亩"): 15,
    ("亩", "公顷"): 1 / 15,
    ("平方公里", "公顷"): 100,
    ("公顷", "平方公里"): 0.01,
    ("吨", "斤"): 2000,
    ("斤", "吨"): 0.0005,
    ("公斤", "吨"): 0.001,
    ("吨", "公斤"): 1000,
    ("斤", "公斤"): 0.5,
    ("公斤", "斤"): 2,
    ("名", "人"): 1,
    ("人", "名"): 1,
}
# Measure words that count the thing the key names, whichever word a report uses (19家 or 19个
# high-tech firms, 5座 or 5个 parks). 户, 人, 人次 and 套 count something else and stay apart.
THING_WORDS = frozenset("个家所座处项件条部对张台根株棵间")


def same_measure(unit: str, canonical: str) -> float | None:
    """The factor that turns a value in `unit` into `canonical`, or None when the two measure
    different things.

    >>> same_measure("亩", "公顷"), same_measure("家", "个"), same_measure("美元", "元")
    (0.06666666666666667, 1, None)
    """
    if unit == canonical:
        return 1
    if unit in THING_WORDS and canonical in THING_WORDS:
        return 1
    return SAME_MEASURE.get((unit, canonical))


# Magnitude characters and the powers of ten of their factors; they stack: 千万, 万亿.
MAGNITUDE_POWERS: dict[str, int] = {"十": 1, "百": 2, "千": 3, "万": 4, "亿": 8}
MAGNITUDES: dict[str, int] = {ch: 10**power for ch, power in MAGNITUDE_POWERS.items()}

# Qualifier words: spelling: qualifier value
QUALIFIER_WORDS: dict[str, str] = {
    # about
    "约": "about",
    "约为": "about",  # 全面小康进程约为70%
    "大约": "about",
    "近": "about",
    "接近": "about",
    "将近": "about",
    "左右": "about",
    "上下": "about",
    # over
    "超": "over",
    "超过": "over",
    "超出": "over",
    "突破": "over",
    "逾": "over",
    "余": "over",
    "多": "over",
    "以上": "over",
    "之上": "over",
    "有余": "over",
    "不低于": "over",
    "不少于": "over",
    "至少": "over",
    "高于": "over",
    # under
    "以内": "under",
    "之内": "under",
    "以下": "under",
    "不超过": "under",
    "低于": "under",
    "不足": "under",
    "不到": "under",
    "不高于": "under",
}
QUALIFIERS_BEFORE = (
    "约",
    "约为",
    "大约",
    "近",
    "接近",
    "将近",
    "超",
    "超过",
    "超出",
    "突破",
    "逾",
    "不低于",
    "不少于",
    "至少",
    "高于",
    "不超过",
    "低于",
    "不足",
    "不到",
    "不高于",
)
QUALIFIERS_AFTER = ("左右", "上下", "以上", "之上", "有余", "以内", "之内", "以下")
QUALIFIERS_MIDDLE = ("余", "多")

# Growth verbs that become part of `text` when they touch a rate: verb: direction
RATE_VERBS: dict[str, str] = {
    "增长": "up",
    "提高": "up",
    "提升": "up",
    "上升": "up",
    "增加": "up",
    "回升": "up",
    "涨幅": "up",
    "增幅": "up",
    "扩大": "up",
    "上涨": "up",
    "增产": "up",  # 粮食产量…增产2.9%
    "比增": "up",  # 比上年增长, abbreviated: 财政收入比增14%
    "升值": "up",  # 人民币汇率…升值3.0%
    "下降": "down",
    "降低": "down",
    "减少": "down",
    "回落": "down",
    "降幅": "down",
    "下滑": "down",
    "缩小": "down",
    "收窄": "down",
    "下跌": "down",
    "减产": "down",  # 棉花产量…减产6.3%
    "贬值": "down",
    "压缩": "down",  # 行政审批项目…压缩32%
    "压减": "down",
    "减排": "down",  # 主要污染物平均减排3%以上
    "削减": "down",
}
# Words in a clause that say a percentage is a rate of change (growth) rather than a level.
GROWTH_CUES: dict[str, str] = {
    **RATE_VERBS,
    "增速": "up",
    "涨": "up",
    "同比": "up",
    "年均": "up",
    "高于": "up",
    "快于": "up",
    "低于": "down",
    "慢于": "down",
}
# Words that say a percentage is a level (ratio).
LEVEL_CUES = (
    "率",
    "比重",
    "占比",
    "强度",
    "比例",
    "份额",
    "覆盖",
    "占",
    "水平",
    "贡献",
    "达标",
    "程度",
    "指数",
)

# Traditional -> simplified characters that matter to units, numerals and verbs, and the
# financial numerals 仟/佰. One character to one character, so folding keeps every offset.
TRADITIONAL = {
    "億": "亿",
    "萬": "万",
    "點": "点",
    "兩": "两",
    "畝": "亩",
    "噸": "吨",
    "個": "个",
    "項": "项",
    "條": "条",
    "輛": "辆",
    "臺": "台",
    "張": "张",
    "處": "处",
    "戶": "户",
    "頃": "顷",
    "標": "标",
    "時": "时",
    "歐": "欧",
    "長": "长",
    "數": "数",
    "際": "际",
    "鎊": "镑",
    "門": "门",
    "間": "间",
    "場": "场",
    "隻": "只",
    "務": "务",
    "額": "额",
    "與": "与",
    "級": "级",
    "達": "达",
    "約": "约",
    "餘": "余",
    "內": "内",
    "於": "于",
    "幣": "币",
    "總": "总",
    "產": "产",
    "業": "业",
    "貸": "贷",
    "價": "价",
    "漲": "涨",
    "減": "减",
    "過": "过",
    "擴": "扩",
    "縮": "缩",
    "準": "准",
    "貳": "贰",
    "參": "叁",
    "陸": "陆",
    "圓": "元",
    "員": "员",
    "仟": "千",
    "佰": "百",
}


def unit_alternation(words) -> str:
    """A regex alternation of `words`, escaped, longest first (as price-parser sorts symbols).

    >>> unit_alternation(["个", "个百分点"])
    '个百分点|个'
    """
    import regex

    return "|".join(regex.escape(w) for w in sorted(set(words), key=lambda w: (-len(w), w)))
