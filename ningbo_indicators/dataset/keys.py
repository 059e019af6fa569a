"""Canonical indicator keys: a data table (data/indicators.csv) that users can read and extend.

Columns: `key`, Chinese `name`, English `label`, the `kinds` it applies to, the `base_unit`s it
takes, the `scale` its values are given in by the panel (万 for people, 亿 for money, empty for
rates), a regular expression `pattern` over the cleaned indicator phrase, `same_as` (the current
name an older or other wording stands for: 公共财政预算收入 is 一般公共预算收入 since 2014),
`better` (`up` or `down`: which way is good, for judging whether a target was met), the
`classes` of the key (`KEY_CLASSES`: what the rules that read a figure in its sentence,
`keying`, and the targets' cells treat the key's figures as, space-separated) and a `note`. One key may have several
rows (one per family of wordings); its classes are those named on any of them. The first row whose
pattern, kind and base unit all fit gives a record its `indicator_key`; matching is by rules
over the phrase, never by position in a report. Tables written for older versions (without
`label`, `scale`, `same_as`, `better`, `classes`) still load; a table without the `classes`
column gives each key the classes the shipped table gives it (as those versions did, whose
rules named the shipped keys), and `flow` to a row whose note opens with "a flow" (how those
versions marked one); a table with the column, the classes it names.

Before matching, the phrase is cleaned (`clean_phrase`): quotes and spaces go, and so do
leading scope and time words (全市, 全年, 2023年, 预计) and trailing link words (分别, 同口径),
so that the patterns can be anchored (`^…$`) and stay precise.
"""

from __future__ import annotations

import dataclasses
import functools
import io
import itertools
import marshal
import mmap
import os
import re
import threading
from array import array
from collections.abc import Callable, Iterator, Sequence
from typing import TYPE_CHECKING, TypeVar, overload

import regex

from .. import DATA_DIR, compiled
from ..lazy import LazyPattern

if TYPE_CHECKING:  # (pathlib is not imported at start-up)
    from pathlib import Path

T = TypeVar("T")

COLUMNS = (
    "key",
    "name",
    "label",
    "kinds",
    "base_unit",
    "scale",
    "pattern",
    "same_as",
    "better",
    "classes",
    "note",
)
REQUIRED = ("key", "name", "kinds", "base_unit", "pattern")
BETTER = ("up", "down", "")
# The classes of keys (the `classes` column): what the rules of `keying` treat a key's figures as,
# where the words around a figure can make it a part's or another body's (a name and what it says)
KEY_CLASSES = {
    "list_size": "the size of the place's list of key projects (重点项目): a group of them (a "
    "sector's, a stage's, a programme's, another level's, a region's) is not",
    "works_list": "a list of works or projects done in the year: the items done after its count "
    "are a part (30件民生实事完成29件), the list of the report's own level is the place's",
    "own_list": "a list of works the place's government sets (民生实事): the province's list in a "
    "lower report is not",
    "industry_projects": "the place's industrial projects: poverty relief's are not",
    "school_places": "school places added: the places of each kind of school are parts",
    "job_posts": "job posts the economy added: posts offered at fairs or to one group, or kept, are not",
    "tax": "the place's tax revenue: what one sector or kind of firm pays (上缴税金) is not",
    "signed_projects": "projects signed: those of one event the sentence names are not",
    "renovation_projects": "technical-renovation projects: one industry's are not",
    "bank_ratio": "a ratio of the banks: the housing provident fund's (公积金存贷比) is not",
    "work_deaths": "deaths in accidents at work: a bare 死亡人数 after one kind of accident is not",
    "tourism": "the place's tourism: what an event drove (带动) is not",
    "bridges": "the place's bridges: those of a kind glued before the phrase (生产危桥) are a part",
    "price_index": "a price index (consumer, retail, producer prices): a target written as an "
    "index, 103 or 103.5%, is a rise of 3 or 3.5 (the targets' cells)",
    "poverty_exit": "people, villages or counties lifted out of poverty: those of the places "
    "the report's place helped (对口帮扶, 东西部扶贫协作, 助力受援地区) are not",
    "flow": "a flow, what was added or done in the year (新增, 新建, 建成): the stock it reached "
    "(总数达…, 累计…) is not",
    "per_person": "an amount per person (a pension, a subsidy per head): a sum in 万元 or 亿元 is "
    "what was paid in all (发放养老金63.99亿元), not the amount per person",
    "nominal": "the growth of a statistic at current prices (retail sales, trade, investment): "
    "its growth with prices taken out (扣除价格因素，实际增长) is not",
}
# (how tables without the classes column marked a flow: their note opened with it)
_FLOW_NOTE = "a flow"
_DROPPED = "“”\"'‘’ \t\r\n\u3000_"  # (PM_2.5: a subscript)
_DROP = str.maketrans("", "", _DROPPED)
_ANY_DROPPED = compiled.compile_std(f"[{re.escape(_DROPPED)}]")
# leading words of scope, time and reporting that do not change what is measured:
# 全市生产总值 = 生产总值, 2023年全省地区生产总值 = 地区生产总值, 预计全年… = …
# (the standard library's engine: three times faster per call on these short phrases)
_LEAD = compiled.compile_std(
    r"^(?:到?(?:(?:19|20)\d\d|[一二][九〇零○][〇零○一二三四五六七八九]{2})年(?:末|底|全年)?|全(?:市|省|区|县|州|盟|国|年)|本(?:市|省|区|县|州)"
    r"|我(?:市|省|区|县|州|国)|今年|去年|上年|当年|年末|年底|年内|预计|其中|累计|实现|完成"
    r"|推动|确保|争取|力争|努力|促进|认真办理|共办理|办理|使(?!用)|特别是|尤其是"
    r"|每年|始终保持|可喜的是|即(?=.))+"
)
# (the characters a match of _LEAD opens with, as `compiled.first_characters` reads them from
# it, tests/test_keys.py: a phrase that opens with none, nearly every phrase, is not tried)
_LEAD_FIRST = "到12一二全本我今去上当年预其累实完推确争力努促认共办使特尤每始可即"
# a list's enumerator or dash: （2）推动城镇新增就业, 3.地区生产总值, ——社会消费品零售总额; an ordinal
# of a spoken list: 二是服务业占比, 五是城镇化率(只有51.8%), 一是城镇登记失业率(控制在3%以内)
_ENUMERATOR = compiled.compile(
    r"^(?:[(（](?:[0-9一二三四五六七八九十]{1,2}|下同|初步统计|预计)[)）]|[0-9]{1,2}[.、．]|—{1,2}|－"
    r"|[一二三四五六七八九十]{1,2}是(?=.))"
)
_ENUMERATOR_FIRST = frozenset("(（0123456789—－一二三四五六七八九十")
# 按可比价(格)计算: how the rate was computed, not what it measures
_COMPARABLE = compiled.compile(r"按可比价格?计算|按可比口径计算")
# words before 今年/明年 that say who plans it: 国家计划要求今年的国民生产总值, 中央提出今年…
_PLANNER = compiled.compile(r"^[^，,。；;]{0,12}?(?:今年|明年)的?")
# words of reckoning or planning before the statistic: 初步核算全市生产总值(6275亿元),
# 初步确定2006年全市生产总值(增长…), 确定经济(增长8.5%左右的预期目标), 提出地方财政一般预算收入(增长16%);
# 确定 only before the economy or a scope (清理确定停车泊位: spaces designated, not reckoned)
_RECKONED = compiled.compile_std(
    r"^(?:初步(?:核算|确定|安排|预计)?|提出|确定(?=经济|(?:全|我|本)(?:省|市|区|县|州|盟)))(?=.)"
)
_RECKONED_FIRST = frozenset("初确提")
# trailing link words: 一般公共预算收入同口径(增长), 城镇调查失业率全年(控制在), 国民生产总值计划,
# 外贸出口逆势(增长), 社会消费品零售总额要(增长), 城镇登记失业率始终(控制在), 单位生产总值能耗
# 五年(累计下降): the span of a review, not part of the statistic; 地区生产总值连续(…),
# 单位GDP能耗可(下降): an adverb or modal before the verb
_TRAIL_WORDS = (
    ("分别", "预计", "同口径", "可比口径", "按可比价", "可比", "总计", "合计", "实现", "完成")
    + ("初步核算", "初步", "按同比口径")  # 国内生产总值初步核算(为1316亿元), 生产总值初步(预计)
    + ("按历史可比口径", "可望")  # 实际利用外资按历史可比口径(达…), 万元生产总值能耗可望(降低3.5％)
    + ("达到", "达", "全年", "计划", "控制在", "控制", "保持在", "保持", "力保", "力争", "确保")
    + (
        "必保",
        "争取",
        "逆势",
        "始终",
        "稳固",  # 参合率稳固(在96%以上)
        "处于",  # 城镇登记失业率处于(2.77%的较低水平)
        "要",
        "五年",
        "三年",
        "连续",
        "连",
        "持续",
        "双双",
        "历史性",
        "可",
    )
)
_TRAIL = compiled.compile(f"(?:{'|'.join(_TRAIL_WORDS)})+$")
_TRAIL_LAST = frozenset(w[-1] for w in _TRAIL_WORDS)
# the name of a growth rate after the statistic, for a growth record: 固定资产投资增速(居全省第4位，…增长15%),
# 规上工业增加值增速(…增长12%): the statistic grew; tried only when the phrase as written has no key
_RATE_NAMES = ("增速", "增幅", "增长速度")
_RATE_NAME = compiled.compile(rf"(?<=.)(?:{'|'.join(_RATE_NAMES)})$")
# an acronym in brackets: 居民消费价格指数（CPI）, 地区生产总值(GDP)
_ACRONYM = compiled.compile(r"[(（][A-Za-z0-9.]{2,6}[)）]")
# a verb of reporting inside the phrase: 规模以上工业实现增加值 = 规模以上工业增加值
_INNER = compiled.compile(r"(?<=.)(?:预计)?(?:实现|完成)(?=.)")  # 第三产业预计实现增加值


class KeyTableError(ValueError):
    """A key table that cannot be read; the message names the row."""


@dataclasses.dataclass(frozen=True)
class IndicatorKey:
    """One row of a key table: the key, its name, the kinds and base units it takes, its pattern
    and the optional columns."""

    key: str
    name: str
    kinds: tuple[str, ...]
    base_units: tuple[str, ...]
    source: str  # the regular expression as written in the table
    note: str = ""
    label: str = ""
    same_as: str = ""
    better: str = ""
    scale: str = ""
    classes: tuple[str, ...] = ()  # (names of KEY_CLASSES)

    @functools.cached_property
    def pattern(self) -> re.Pattern | regex.Pattern:
        """The compiled pattern (compiled on first use: start-up stays fast)."""
        return compile_pattern(self.source)

    def fits(self, indicator: str, kind: str, base_unit: str) -> bool:
        return (
            kind in self.kinds
            and (not self.base_units or base_unit in self.base_units)
            and self.pattern.search(indicator) is not None
        )


def compile_pattern(source: str) -> re.Pattern | regex.Pattern:
    """A key pattern, compiled by the standard library where it can (about four times faster
    to compile and twice as fast to match than `regex` on these patterns), else by `regex`,
    whose syntax user tables may use (`\\p{Han}`).

    >>> compile_pattern(r"^生产总值$").search("生产总值") is not None
    True
    >>> compile_pattern(r"^\\p{Han}+$").search("生产总值") is not None
    True
    """
    try:
        return compiled.compile_std(source)
    except re.error:
        return compiled.compile(source)


def parse_table(
    text: str, origin: str = "indicators.csv", check: bool = True
) -> tuple[IndicatorKey, ...]:
    """Rows of a key table (CSV text with the COLUMNS header; label, scale, same_as, better,
    classes and note may be absent: without classes, each key has the shipped table's). With
    `check`, every pattern is compiled now, so that a bad one is reported with its line; the
    shipped table is checked by the tests instead. A class not in KEY_CLASSES is an error."""
    import csv  # (only a table parsed needs it: the shipped one comes from the disk cache)

    # (strict: a quoted field left open, or text after a closing quote, is an error, not the
    # rest of the file read as one field)
    reader = csv.DictReader(io.StringIO(text), strict=True)
    try:
        rows = list(reader)
    except csv.Error as exc:
        # (line_num counts the lines read before the record that failed)
        raise KeyTableError(f"{origin}:{reader.line_num + 1}: bad CSV: {exc}") from None
    columns = reader.fieldnames or ()  # (None for an empty text)
    missing = [c for c in REQUIRED if c not in columns]
    if missing:
        raise KeyTableError(f"{origin}: missing column(s) {', '.join(missing)}")
    shipped = None if "classes" in columns else _shipped_classes()
    keys = []
    for line, row in enumerate(rows, start=2):
        if None in row:
            raise KeyTableError(f"{origin}:{line}: too many fields (quote a pattern with commas)")
        short = [c for c in REQUIRED if row[c] is None]
        if short:
            raise KeyTableError(f"{origin}:{line}: too few fields (no {', '.join(short)})")
        if check:
            try:
                compile_pattern(row["pattern"])
            except regex.error as exc:
                raise KeyTableError(f"{origin}:{line}: bad pattern: {exc}") from None
        better = (row.get("better") or "").strip()
        if better not in BETTER:
            raise KeyTableError(
                f"{origin}:{line}: better must be up, down or empty, not {better!r}"
            )
        if shipped is None:
            classes = tuple((row.get("classes") or "").split())
            unknown = [c for c in classes if c not in KEY_CLASSES]
            if unknown:
                raise KeyTableError(
                    f"{origin}:{line}: unknown class {unknown[0]!r}"
                    f" (known: {', '.join(KEY_CLASSES)})"
                )
        else:
            classes = shipped.get(row["key"].strip(), ())
            if (row.get("note") or "").strip().startswith(_FLOW_NOTE) and "flow" not in classes:
                classes = (*classes, "flow")
        keys.append(
            IndicatorKey(
                key=row["key"].strip(),
                name=row["name"].strip(),
                kinds=tuple(k.strip() for k in row["kinds"].split("|") if k.strip()),
                base_units=_base_units(row["base_unit"] or ""),
                source=row["pattern"],
                note=(row.get("note") or "").strip(),
                label=(row.get("label") or "").strip(),
                same_as=(row.get("same_as") or "").strip(),
                better=better,
                scale=(row.get("scale") or "").strip(),
                classes=classes,
            )
        )
    return _classes_on_every_row(keys)


def _classes_on_every_row(keys: Sequence[IndicatorKey]) -> tuple[IndicatorKey, ...]:
    """The rows with each key's classes, those named on any of its rows (`_classes_by_key`),
    on every row (so that a reader of one row, such as the targets' first row of a key, sees
    them all).

    >>> rows = [IndicatorKey("a", "", ("growth",), ("%",), "^甲$", classes=("tax",)),
    ...         IndicatorKey("a", "", ("ratio",), ("%",), "^乙$")]
    >>> [k.classes for k in _classes_on_every_row(rows)]
    [('tax',), ('tax',)]
    """
    named = _classes_by_key(keys)
    return tuple(
        k
        if k.classes == (on := tuple(sorted(named.get(k.key, ()))))
        else dataclasses.replace(k, classes=on)
        for k in keys
    )


def _shipped_classes() -> dict[str, tuple[str, ...]]:
    """The classes the shipped table gives each key (for a table without the column)."""
    return {key: tuple(sorted(classes)) for key, classes in classes_by_key().items()}


def _base_units(cell: str) -> tuple[str, ...]:
    """`元|美元` -> ('元', '美元'); an empty piece (`人|`) stands for the empty base unit of a
    bare magnitude (6434万农村人口); an empty cell allows any unit.

    >>> _base_units("元|美元"), _base_units("人|"), _base_units("")
    (('元', '美元'), ('人', ''), ())
    """
    if not cell.strip():
        return ()
    return tuple(u.strip() for u in cell.split("|"))


# the shipped table
_TABLE = os.path.join(DATA_DIR, "indicators.csv")


@functools.cache
def default_keys() -> tuple[IndicatorKey, ...]:
    """The key table shipped in the package, every row made (the rows of `shipped_table`: the
    same objects)."""
    shipped = shipped_table()
    table = shipped.all()
    # (its index and classes are the shipped table's: the table is indexed once per process)
    _PER_TABLE[("index", id(table))] = (table, _Index(table, _index(shipped).parts()))
    _PER_TABLE[("classes", id(table))] = (table, classes_by_key(shipped))
    return table


@functools.cache
def shipped_table() -> ShippedTable:
    """The shipped key table as `extract` reads it when given none: its rows made when first
    read (see `ShippedTable`), its index, its keys' classes and its column of keys kept in the
    disk cache of `compiled` under a digest of the table's bytes (reading the CSV and indexing
    it took ~15 ms). The table's bytes are mapped, not read: its pages are then the system's
    file cache's, mapped several at a time, where a buffer takes fresh pages one by one (~80
    page faults of the command's start-up)."""
    with open(_TABLE, "rb") as f:
        try:
            mapped = mmap.mmap(f.fileno(), 0, access=mmap.ACCESS_READ)
        except ValueError:  # (a file of no bytes cannot be mapped)
            return _shipped_table(b"")
    with mapped:
        return _shipped_table(mapped)


def _shipped_table(data: bytes | mmap.mmap) -> ShippedTable:
    """`shipped_table`, from the table's bytes."""
    parsed: list[tuple[IndicatorKey, ...]] = []  # (the table, when parsed in this process)

    def parse() -> bytes:
        parsed.append(parse_table(str(data, "utf-8"), check=False))
        return _kept(parsed[0])

    # (what is kept has a name of its own: a change of how the table is indexed or kept takes a
    # new name, so that no run reads what an older one kept; the key's fields are in the name,
    # so that a field added, renamed or removed is never read from an older run)
    name = f"indicators.csv, index 9, rows apart, {' '.join(_FIELDS)}"
    kept = compiled.remember_bytes(name, data, parse)
    try:
        return _table_of(kept, parsed[0] if parsed else None)
    except (TypeError, ValueError, EOFError):  # (an entry of another shape under this name:
        if parsed:  # the cache must never be an error, so the table is parsed again)
            raise
        return _table_of(parse(), parsed[0])


def _kept(table: tuple[IndicatorKey, ...]) -> bytes:
    """What the cache keeps of a table (`_table_of` reads it): the length of its head (4 bytes,
    little-endian), its head, then each row's fields (a tuple, in the order of the class)
    `marshal`led on its own, one after another. The head, `marshal`led: its column of keys (a
    key equal to one before kept as that one: marshal then stores a reference to it), the
    classes of its keys, its index's parts, and where each row's bytes end (32-bit words, as
    bytes). A row is read when first made (`ShippedTable`): a report makes a hundred-odd of
    the 1153, and the others' names, patterns and notes are never read, nor their pages of
    the cache file touched."""
    same: dict = {}
    keys = tuple(same.setdefault(k.key, k.key) for k in table)
    rows = [marshal.dumps(tuple(getattr(k, field) for field in _FIELDS)) for k in table]
    ends = array("I", itertools.accumulate(map(len, rows)))
    head = marshal.dumps((keys, _classes_by_key(table), _Index(table).parts(), ends.tobytes()))
    return b"".join([len(head).to_bytes(4, "little"), head, *rows])


def _table_of(kept: bytes | memoryview, made: Sequence[IndicatorKey] | None = None) -> ShippedTable:
    """The table that `_kept` kept, with its index and its keys' classes (`made`: its rows, when
    parsed in this run); a ValueError or TypeError where `kept` is not of that shape."""
    data = memoryview(kept)
    size = int.from_bytes(data[:4], "little")
    keys, classes, parts, end_bytes = marshal.loads(data[4 : 4 + size])
    ends = array("I")
    ends.frombytes(end_bytes)
    rows = data[4 + size :]
    if not (
        isinstance(keys, tuple)
        and isinstance(classes, dict)
        and isinstance(parts, dict)
        and len(ends) == len(keys)
        and (ends[-1] if ends else 0) == len(rows)
    ):
        raise ValueError("a key table kept otherwise")
    table = ShippedTable(keys, rows, ends, made)
    _PER_TABLE[("index", id(table))] = (table, _Index(table, parts))
    _PER_TABLE[("classes", id(table))] = (table, classes)
    return table


# the fields of a key, in the order of the class
_FIELDS = tuple(f.name for f in dataclasses.fields(IndicatorKey))


class ShippedTable(Sequence[IndicatorKey]):
    """The shipped key table, each row made (its key object built) when first read. A report's
    phrases may match a hundred-odd of its 1153 rows (those its index names,
    `_Index.candidates`): a row's fields are read from the cache's bytes (`_kept`: each row
    `marshal`led on its own) and its object made when the row is first read. What the rules
    read of the whole table is kept made: its index, its keys' classes (`classes_by_key`) and
    its column of keys (`key_names`, `rows_of_key`). Its rows are those of `default_keys`, the
    same objects, equal to those `parse_table` gives.
    """

    def __init__(
        self,
        keys: tuple[str, ...],
        data: bytes | memoryview,
        ends: Sequence[int],
        made: Sequence[IndicatorKey] | None = None,
    ):
        self.keys = keys  # the key of each row
        # each row's fields, `marshal`led, one after another, and where each ends (see `_kept`)
        self._data, self._ends = data, ends
        # the rows made so far (None: not yet), every one when the table was parsed in this run
        self.rows: list[IndicatorKey | None] = list(made) if made else [None] * len(self.keys)
        self._all: tuple[IndicatorKey, ...] | None = None
        # (a process that keys many reports reads nearly every row: 78 reports of more/ read
        # 1104, one report 100 to 270. Made one by one among the reports' work, they cost ~10 M
        # instructions more than made at once: when a quarter have been made one by one, the
        # rest are made at once)
        self._left = len(self.keys) // 4
        self._lock = threading.Lock()  # (rows are made under it: see _first_read)

    def __len__(self) -> int:
        return len(self.keys)

    @overload
    def __getitem__(self, i: int) -> IndicatorKey: ...

    @overload
    def __getitem__(self, i: slice) -> tuple[IndicatorKey, ...]: ...

    def __getitem__(self, i: int | slice) -> IndicatorKey | tuple[IndicatorKey, ...]:
        if isinstance(i, slice):
            return self.all()[i]
        row = self.rows[i]  # (an IndexError for a row past the end)
        if row is None:
            row = self._first_read(i)
        return row

    def __iter__(self) -> Iterator[IndicatorKey]:
        return iter(self.all())

    def all(self) -> tuple[IndicatorKey, ...]:
        """Every row, made (once)."""
        if self._all is None:
            with self._lock:
                if self._all is None:
                    self._make_all()
        return self._all  # type: ignore[return-value]  # (made above)

    def _first_read(self, i: int) -> IndicatorKey:
        """Row `i`, made on its first read: under the table's lock, so that two threads reading
        it first get the same object, and each row is counted once."""
        with self._lock:
            i %= len(self.rows)  # (a row from the end: its number)
            row = self.rows[i]
            if row is None:
                row = self.rows[i] = self._make(i)
                self._left -= 1
                if not self._left:
                    self._make_all()
            return row

    def _make_all(self) -> None:
        """Every row not yet made, made (the table's lock held)."""
        rows, data = self.rows, self._data
        start = 0
        for i, end in enumerate(self._ends):  # (`_make`, written out: a call less per row)
            if rows[i] is None:
                rows[i] = _key_of_fields(marshal.loads(data[start:end]))
            start = end
        self._all = tuple(rows)  # type: ignore[arg-type]  # (no None left)

    def _make(self, i: int) -> IndicatorKey:
        """Row `i` (0 or more), from its fields' bytes."""
        ends = self._ends
        return _key_of_fields(marshal.loads(self._data[ends[i - 1] if i else 0 : ends[i]]))


def _key_of_fields(fields: tuple) -> IndicatorKey:
    """The key whose fields, in the order of the class, are `fields`: `IndicatorKey(*fields)`
    at a fifth of the cost (a frozen dataclass's __init__ sets each field through
    object.__setattr__, a call per field; here the fields' dict is made whole, by a display:
    half the cost of dict(zip(…)), which grows it twice). The same object: equal, same hash.
    An empty `classes`, most keys', is left to the class's default (an eleventh entry would
    double the size of the dict). (The names and order of the fields are the class's:
    `test_a_key_made_from_its_fields_is_the_key`.)

    >>> k = next(k for k in default_keys() if k.classes)
    >>> made = _key_of_fields(tuple(getattr(k, f) for f in _FIELDS))
    >>> made == k, hash(made) == hash(k)
    (True, True)
    """
    key, name, kinds, base_units, source, note, label, same_as, better, scale, classes = fields
    made = {
        "key": key,
        "name": name,
        "kinds": kinds,
        "base_units": base_units,
        "source": source,
        "note": note,
        "label": label,
        "same_as": same_as,
        "better": better,
        "scale": scale,
    }
    if classes:
        made["classes"] = classes
    row = object.__new__(IndicatorKey)
    object.__setattr__(row, "__dict__", made)  # (the class's own __setattr__ refuses)
    return row


def load_keys(path: str | Path | None = None) -> tuple[IndicatorKey, ...]:
    """The shipped table, or a user's table read from `path` (same columns)."""
    if path is None:
        return default_keys()
    try:
        with open(path, encoding="utf-8-sig") as f:
            text = f.read()
    except OSError as exc:
        raise KeyTableError(f"{path}: cannot read ({exc.strerror or exc})") from None
    return parse_table(text, str(path))


def unique_keys(keys: tuple[IndicatorKey, ...]) -> tuple[IndicatorKey, ...]:
    """One entry per key, in table order (a key may have several rows of patterns)."""
    seen: dict[str, IndicatorKey] = {}
    for k in keys:
        seen.setdefault(k.key, k)
    return tuple(seen.values())


def key_for(
    indicator: str, kind: str, base_unit: str, keys: Sequence[IndicatorKey] | None = None
) -> str | None:
    """The canonical key of an indicator phrase, or None.

    >>> key_for("地区生产总值", "growth", "%")
    'gdp_growth'
    >>> key_for("单位地区生产总值能耗", "growth", "%")
    'energy_intensity'
    >>> key_for("投资", "amount", "元") is None
    True
    """
    table = keys if keys is not None else shipped_table()
    last = _LAST_TABLE  # (the table of the last call, nearly always this one: no look-up)
    if last[0] is not table:
        last = _use_table(table)
    cache = last[1]
    found = cache.get((indicator, kind, base_unit), _MISSING)
    if found is _MISSING:
        index = last[2]
        phrase = clean_phrase(indicator)
        found = None
        if phrase:
            found = _first_fit(index, phrase, kind, base_unit)
        if (
            found is None
            and kind == "growth"
            and phrase.endswith(_RATE_NAMES)  # (what _RATE_NAME needs: a clean phrase has no \n)
            and _RATE_NAME.search(phrase)
        ):
            found = _first_fit(index, _TRAIL.sub("", _RATE_NAME.sub("", phrase)), kind, base_unit)
        if found is None and kind == "ratio" and "占" in phrase:  # (占到, 占: a share)
            if "占到" in phrase:
                phrase = phrase.replace("占到", "占")  # 服务业占到经济总量的38.8%
                found = _first_fit(index, phrase, kind, base_unit)
            if found is None and _SHARE_UNNAMED.search(phrase):
                found = _first_fit(index, phrase + "比重", kind, base_unit)  # 工业增加值占生产总值
        if len(cache) < 100_000:
            cache[(indicator, kind, base_unit)] = found
    return found


def _first_fit(index: _Index, phrase: str, kind: str, base_unit: str) -> str | None:
    """The key of the first row of the index's table that fits the cleaned phrase, or None."""
    for k in index.candidates(phrase, kind):
        # (`k.fits`, without a call and without its test of the kind: the candidates take it)
        if (not k.base_units or base_unit in k.base_units) and k.pattern.search(phrase) is not None:
            return k.key
    return None


def clean_phrase(indicator: str) -> str:
    """The indicator phrase as the key patterns see it.

    >>> clean_phrase("2023年全市生产总值")
    '生产总值'
    >>> clean_phrase("规模以上工业实现增加值"), clean_phrase("第三产业预计实现增加值")
    ('规模以上工业增加值', '第三产业增加值')
    >>> clean_phrase("一般公共预算收入同口径")
    '一般公共预算收入'
    >>> clean_phrase("单位生产总值能耗五年")
    '单位生产总值能耗'
    >>> clean_phrase("“三公”经费")
    '三公经费'
    >>> clean_phrase("国家计划要求今年的国民生产总值")
    '国民生产总值'
    >>> clean_phrase("居民消费价格指数（CPI）涨幅")
    '居民消费价格指数涨幅'
    >>> clean_phrase("（2）推动城镇新增就业"), clean_phrase("五是城镇化率")
    ('城镇新增就业', '城镇化率')
    >>> clean_phrase("初步确定2006年全市生产总值"), clean_phrase("国内生产总值初步核算")
    ('生产总值', '国内生产总值')
    >>> clean_phrase("二是服务业占比"), clean_phrase("即城镇登记失业率"), clean_phrase("每年财政支出")
    ('服务业占比', '城镇登记失业率', '财政支出')
    """
    # (a third of the calls clean a phrase cleaned before: key_for's, then the context rules')
    phrase = _CLEANED.get(indicator)
    if phrase is None:
        phrase = _clean(indicator)
        if len(_CLEANED) < 100_000:
            _CLEANED[indicator] = phrase
    return phrase


_CLEANED: dict[str, str] = {}  # indicator phrase -> clean_phrase of it


# What the cuts of `_clean` but the leading words need (each tests it again): a character that
# is dropped, a bracket (an acronym), 按可比, 今年 or 明年 (a planner), 实现 or 完成 (a verb inside),
# a first character of an enumerator or of words of reckoning, a last character of trailing
# words. A phrase with none of them (nine in ten) loses its leading words only.
# (one alternative per character, each opening with it, a first one's held to the start by a
# look-behind: the engine then passes over at once every character that opens none, where a
# class or an anchor opening an alternative had it try every alternative at every character,
# 4.6 K instructions a phrase against 1.9 K)
_MAY_CUT = compiled.compile_std(
    "|".join(
        [*map(re.escape, _DROPPED + "(（"), "按可比", "今年", "明年", "实现", "完成"]
        + [re.escape(c) + r"(?<=\A.)" for c in sorted(_ENUMERATOR_FIRST | _RECKONED_FIRST)]
        + [re.escape(c) + r"\Z" for c in sorted(_TRAIL_LAST)]
    )
)


def _clean(indicator: str) -> str:
    """`clean_phrase`, worked out."""
    if _MAY_CUT.search(indicator) is None:
        # (= _LEAD.sub: it matches at the start only, with one of its first characters)
        lead = _LEAD.match(indicator) if indicator[:1] in _LEAD_FIRST else None
        return indicator[lead.end() :] if lead else indicator
    # (each cut but the leading words only where the characters it needs are written)
    phrase = indicator.translate(_DROP) if _ANY_DROPPED.search(indicator) else indicator
    if "(" in phrase or "（" in phrase:
        phrase = _ACRONYM.sub("", phrase)
    if "按可比" in phrase:
        phrase = _COMPARABLE.sub("", phrase)
    if phrase[:1] in _ENUMERATOR_FIRST:
        phrase = _ENUMERATOR.sub("", phrase)
    if "今年" in phrase or "明年" in phrase:
        phrase = _PLANNER.sub("", phrase)
    if phrase[:1] in _RECKONED_FIRST:
        phrase = _RECKONED.sub("", phrase)
    if phrase[:1] in _LEAD_FIRST:  # (as above: _LEAD matches at the start only)
        phrase = _LEAD.sub("", phrase)
    # (no line break is left, where $ would match before it: _TRAIL matches at the end only,
    # where the phrase ends with one of its words)
    if phrase.endswith(_TRAIL_WORDS):
        phrase = _TRAIL.sub("", phrase)
    return _INNER.sub("", phrase) if "实现" in phrase or "完成" in phrase else phrase


# a share whose phrase names its base but not the word of a share: 海洋生产总值占生产总值(33%)
_SHARE_UNNAMED = compiled.compile(r"^\p{Han}{2,}占\p{Han}{2,}(?<!比重|比例|占比|率|的)$")
_MISSING = object()


def key_classes(key: str, keys: Sequence[IndicatorKey] | None = None) -> frozenset[str]:
    """The classes (names of KEY_CLASSES) the rows of `key` give it in the key table `keys`
    (the shipped one if None), kept per table.

    >>> sorted(key_classes("key_projects")), key_classes("gdp")
    (['list_size', 'works_list'], frozenset())
    """
    return classes_by_key(keys).get(key, _NO_CLASSES)


_NO_CLASSES: frozenset[str] = frozenset()


def classes_by_key(keys: Sequence[IndicatorKey] | None = None) -> dict[str, frozenset[str]]:
    """The classes of each key of the table `keys` (the shipped one if None) that has any:
    those its rows name (kept per table).

    >>> sorted(classes_by_key()["key_projects"])
    ['list_size', 'works_list']
    """
    table = keys if keys is not None else shipped_table()
    return per_table(table, "classes", _classes_by_key)


def _classes_by_key(table: Sequence[IndicatorKey]) -> dict[str, frozenset[str]]:
    """`classes_by_key`, worked out: each key's classes merged over its rows. The one place
    that merges them: `parse_table` puts them on every row with it, and a table built without
    `parse_table` (a tuple of `IndicatorKey`, whose rows may differ) is merged here too."""
    found: dict[str, frozenset[str]] = {}
    for k in table:
        if k.classes:
            found[k.key] = found.get(k.key, _NO_CLASSES) | frozenset(k.classes)
    return found


def _use_table(table: Sequence[IndicatorKey]) -> tuple:
    """(table, key_for's cache of it, its index), remembered as the last table used."""
    global _LAST_TABLE
    _LAST_TABLE = (table, per_table(table, "key_for", lambda _table: {}), _index(table))
    return _LAST_TABLE


_LAST_TABLE: tuple = (None, None, None)


class _Index:
    """A table's rows narrowed, before any pattern is compiled, to those that can match a
    phrase: a phrase matched by an anchored pattern (^…$) that stands for no character it does
    not write (no ., no class but a list of characters, no escape of a letter but \\d, flag or
    fuzzy count: see `_letters`) is made of characters written in that pattern, or of decimal
    digits where it has \\d. For each kind, its rows numbered anew from 0 in table order (an
    AND of the bits of a kind's few hundred rows costs less than one of the table's 1153), and
    a bit per such row for each character; rows are then tried in table order exactly as
    before, compiling each pattern on first use (compiling all 500 patterns took longer than
    extracting a whole report)."""

    # kind -> (the numbers of its rows in the table, in table order; character -> its rows that
    # write it (or \d of it); its rows whose pattern may match characters it does not write;
    # its rows whose pattern has \d (any decimal digit); every one of its rows), the bits of
    # rows in the kind's own numbering
    kinds: dict[str, tuple[tuple[int, ...], dict[str, int], int, int, int]]

    def __init__(self, table: Sequence[IndicatorKey], parts: dict | None = None):
        self.table = table
        # (the rows as a list or tuple, read without a call: the shipped table's list holds
        # None for a row not made yet, which `table` makes)
        self.rows = table.rows if isinstance(table, ShippedTable) else table
        self._any_rows: dict[str, list[IndicatorKey]] = {}  # kind -> its rows that take any phrase
        if parts is not None:  # (`parts()` of an index of the same table, kept on disk)
            self.kinds = parts
            return
        numbers: dict[str, list[int]] = {}  # kind -> its rows
        for i, k in enumerate(table):
            for kind in k.kinds:
                of_kind = numbers.setdefault(kind, [])
                if not of_kind or of_kind[-1] != i:  # (a kind named twice: one row)
                    of_kind.append(i)
        letters = [_letters(k.source) for k in table]
        self.kinds = {kind: _narrowing(rows, letters) for kind, rows in numbers.items()}

    def parts(self) -> dict[str, tuple[tuple[int, ...], dict[str, int], int, int, int]]:
        """What the index holds besides the rows (plain data)."""
        return self.kinds

    def candidates(self, phrase: str, kind: str) -> list[IndicatorKey]:
        """The rows of `kind` whose pattern may match `phrase`, in table order (a list: most
        often one or two, cheaper to build than a generator to resume)."""
        part = self.kinds.get(kind)
        if part is None:
            return []
        numbers, written, any_phrase, digits, every = part
        narrowed = every
        # (the characters in the order written: a set of them took longer to build than the
        # few characters written twice take to look up again)
        for ch in phrase:
            bits = written.get(ch)
            if bits is None:  # written by no row: a decimal digit may still match \d, and a
                # line break is no character of the phrase ($ matches before a final one)
                bits = digits if ch.isdecimal() else every if ch == "\n" else 0
            narrowed &= bits
            if not narrowed:
                # (most phrases: no row writes them all; the rows that take any phrase remain)
                found = self._any_rows.get(kind)
                if found is None:
                    found = self._any_rows[kind] = self._rows_of(any_phrase, numbers)
                return found
        return self._rows_of(narrowed | any_phrase, numbers)

    def _rows_of(self, mask: int, numbers: tuple[int, ...]) -> list[IndicatorKey]:
        """The rows whose bits `mask` sets (`numbers`: the number in the table of each bit's
        row), in table order."""
        found = []
        rows = self.rows
        while mask:
            low = mask & -mask
            i = numbers[low.bit_length() - 1]
            row = rows[i]
            found.append(row if row is not None else self.table[i])
            mask ^= low
        return found


def _narrowing(
    numbers: Sequence[int], letters: Sequence[frozenset[str] | None]
) -> tuple[tuple[int, ...], dict[str, int], int, int, int]:
    """The part of `_Index.kinds` of a kind whose rows are `numbers` (`letters`: the `_letters`
    of each row of the table)."""
    written: dict[str, int] = {}
    any_phrase = digits = 0
    for j, i in enumerate(numbers):
        bit = 1 << j
        of_row = letters[i]
        if of_row is None:
            any_phrase |= bit
            continue
        if _DIGIT in of_row:
            digits |= bit
        for ch in of_row:
            written[ch] = written.get(ch, 0) | bit
    for ch in written:
        if ch.isdecimal():
            written[ch] |= digits
    written.pop("\n", None)  # (no character of a phrase: see `candidates`)
    return tuple(numbers), written, any_phrase, digits, (1 << len(numbers)) - 1


def _index(table: Sequence[IndicatorKey]) -> _Index:
    """The `_Index` of a table, built once per table."""
    return per_table(table, "index", _Index)


def per_table(table: Sequence[IndicatorKey], name: str, build: Callable[[Sequence], T]) -> T:
    """`build(table)`, made once per table and `name` (a cache to fill, an index, a set of the
    table's keys): the table is kept alive with it, so that its id is never another table's.

    >>> t = default_keys()
    >>> per_table(t, "size", len) == len(t), per_table(t, "size", lambda t: 0) == len(t)
    (True, True)
    """
    entry = _PER_TABLE.get((name, id(table)))
    if entry is None or entry[0] is not table:
        entry = _PER_TABLE[(name, id(table))] = (table, build(table))
    return entry[1]


_PER_TABLE: dict[tuple[str, int], tuple] = {}


def key_names(table: Sequence[IndicatorKey]) -> frozenset[str]:
    """The keys a table names (kept per table; the shipped table's from its column of keys,
    no row made).

    >>> {"gdp", "gdp_growth"} <= key_names(shipped_table())
    True
    """
    return per_table(table, "names", lambda t: frozenset(_keys_of_rows(t)))


def rows_of_key(table: Sequence[IndicatorKey], key: str) -> tuple[IndicatorKey, ...]:
    """The rows of `table` whose key is `key`, in table order (where each key's rows are is kept
    per table: a rule reads a key's names and notes without a pass over the table, and of the
    shipped table only those rows are made).

    >>> [k.name for k in rows_of_key(shipped_table(), "gdp")][:1]
    ['地区生产总值']
    """
    return tuple(map(table.__getitem__, per_table(table, "rows by key", _rows_by_key).get(key, ())))


def _rows_by_key(table: Sequence[IndicatorKey]) -> dict[str, tuple[int, ...]]:
    """The numbers of each key's rows in `table`."""
    found: dict[str, list[int]] = {}
    for i, key in enumerate(_keys_of_rows(table)):
        found.setdefault(key, []).append(i)
    return {key: tuple(rows) for key, rows in found.items()}


def _keys_of_rows(table: Sequence[IndicatorKey]) -> Sequence[str]:
    """The key of each row of `table` (the shipped table keeps them apart: no row is made)."""
    return table.keys if isinstance(table, ShippedTable) else [k.key for k in table]


# what may stand for characters a pattern does not write: any character (.), a class that is
# more than a list of characters ([^甲], a range a-z, an escape or a set in it), an escape of a
# letter or digit (\d, \p{Han}, \u7532, \1), a flag or a named group ((?i), (?P<x>…)) or a
# fuzzy match ({e<=1}); an escaped mark (\. \( \)) and a list of characters ([(（]) stand for
# characters the pattern writes, and a count ({0,12}) repeats what it follows. A look-around
# ((?=[^率]*建议), (?!.*年均)) matches no character: what it holds may be anything. \d stands
# for the decimal digits (marked by _DIGIT among the letters).
_ASCII_ALNUM = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789")
_LOOK_AROUNDS = ("(?=", "(?!", "(?<=", "(?<!")
_COUNT = LazyPattern(r"\{\d*,?\d*\}", std=True)  # (no shipped pattern counts: lazy)
_DIGIT = "\\d"  # (two characters: no character of a phrase)


def _letters(source: str) -> frozenset[str] | None:
    """The characters that any phrase the pattern matches is made of (a superset; with _DIGIT
    where \\d matches any decimal digit too), or None when the pattern can match characters it
    does not write, or is not anchored at both ends.

    >>> _letters(r"^(?:地区)?生产总值$") >= set("地区生产总值")
    True
    >>> _letters(r"^PM2\\.5[(（]年[)）]$") >= set("PM2.5(（年)）")
    True
    >>> _letters(r"^(?=[^率]*建议)(?!.*年均)(?:代表)?建议办复率$") >= set("代表建议办复率")
    True
    >>> _letters(r"^.*生产总值$"), _letters(r"^[^甲]乙$"), _letters(r"^[a-z]$"), _letters(r"生产总值")
    (None, None, None, None)
    >>> _letters(r"^(?=乙).$"), _letters(r"^甲{1,3}$") >= {"甲"}, _letters(r"^(?:甲){e<=1}$")
    (None, True, None)
    >>> _DIGIT in _letters(r"^\\d+个项目$"), _letters(r"^\\D个$")
    (True, None)
    """
    if not _anchored(source):
        return None
    i, n = 0, len(source)
    digits = False
    while i < n:
        c = source[i]
        if c == "\\":
            if source[i + 1 : i + 2] == "d":
                digits = True
            elif source[i + 1 : i + 2] in _ASCII_ALNUM:  # \p{…}, \u7532, \D
                return None
            i += 2
            continue
        if c == "(" and source.startswith(_LOOK_AROUNDS, i):
            i = _group_end(source, i)  # (no character matched: none need be written)
            if i < 0:
                return None
            i += 1
            continue
        if c == "{":
            count = _COUNT.match(source, i)
            if count is None:
                return None  # (a fuzzy match)
            i = count.end()
            continue
        if (
            c == "."
            or c == "("
            and source[i + 1 : i + 2] == "?"
            and source[i + 2 : i + 3] in _ASCII_ALNUM
        ):
            return None  # (any character, a flag or a named group)
        if c == "[":
            end = source.find("]", i + 1)
            body = source[i + 1 : end]
            if end < 0 or not body or body[0] == "^" or any(m in body for m in "-\\["):
                return None  # (more than a list of characters)
            i = end
        i += 1
    return frozenset(source) | {_DIGIT} if digits else frozenset(source)


def _group_end(source: str, start: int) -> int:
    """The offset of the parenthesis that closes the group opening at `start`, or -1 (a
    parenthesis escaped or in a class is a character).

    >>> _group_end(r"(?=[)]\\)(a))b", 0)
    11
    """
    depth, i, n = 0, start, len(source)
    while i < n:
        c = source[i]
        if c == "\\":
            i += 1
        elif c == "[":
            i = _class_end(source, i)
            if i < 0:
                return -1
        elif c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
            if not depth:
                return i
        i += 1
    return -1


def _class_end(source: str, start: int) -> int:
    """The offset of the bracket that closes the class opening at `start`, or -1 (also for a
    class that holds a [, a set in `regex`'s newer syntax)."""
    i = start + 1
    if source[i : i + 1] == "^":
        i += 1
    if source[i : i + 1] == "]":
        i += 1  # (a ] first in a class is a character)
    while i < len(source):
        c = source[i]
        if c == "\\":
            i += 1
        elif c == "[":
            return -1
        elif c == "]":
            return i
        i += 1
    return -1


_ESCAPE = compiled.compile_std(r"\\.", re.DOTALL)
_CLASS = compiled.compile_std(r"\[[^]]*\]")
_INNERMOST_GROUP = compiled.compile_std(r"\([^()]*\)")


def _anchored(pattern: str) -> bool:
    """Every top-level alternative starts with ^ and ends with $.

    >>> _anchored(r"^a$|^(?:b|c)$"), _anchored(r"^a$|b"), _anchored(r"a[|]b"), _anchored(r"^a\\$")
    (True, False, False, False)
    """
    # escapes, classes and groups become one placeholder each, from the innermost group out:
    # what is left is the top level
    top = _CLASS.sub("_", _ESCAPE.sub("_", pattern))
    count = 1
    while count:
        top, count = _INNERMOST_GROUP.subn("_", top)
    return all(p.startswith("^") and p.endswith("$") for p in top.split("|"))
