"""The record: one quantitative mention of a report, with every field of EXTRACTION-SPEC.md."""

# (no `from __future__ import annotations` here: a dataclass's annotations written as text
# are each matched against a pattern when the class is made, ~27,000 instructions a field)
import dataclasses
from dataclasses import dataclass

KINDS = ("amount", "count", "growth", "ratio", "pp", "multiple")
# kind: label shown in legends (terminal and review page)
KIND_LABELS = {
    "amount": "amount 金额/数量",
    "count": "count 个数",
    "growth": "growth 增长",
    "ratio": "ratio 比率",
    "pp": "pp 百分点",
    "multiple": "multiple 倍",
}
DIMENSIONS = (
    "currency",
    "area",
    "length",
    "mass",
    "energy",
    "power",
    "volume",
    "container",
    "count",
    "percent",
    "pp",
    "multiple",
    "other",
)
QUALIFIERS = ("about", "over", "under", "exact")
DIRECTIONS = ("up", "down")
STATUSES = ("actual", "target")
# one year's figure; several years' (an average, a total, a change since a base year, a goal for
# a later year); part of a year (quarters, halves, months): dataset/period.py
PERIODS = ("year", "years", "part")


@dataclass(frozen=True, slots=True)
class Record:
    """One mention, in the field order of the spec (None where unknown)."""

    source: str
    text: str
    start: int
    end: int
    value: float
    unit: str
    base_value: float
    base_unit: str
    dimension: str
    kind: str
    qualifier: str
    direction: str | None
    indicator: str
    status: str
    year: int | None
    section: str | None
    sentence: str
    indicator_key: str | None = None
    # year | years | part: the period the figure covers (dataset/period.py)
    period: str = "year"
    page: int | None = None  # 1-based page of a PDF input; None for text, web pages, Word

    def to_dict(self) -> dict:
        """The record as a plain dict, keys in spec order."""
        return {name: getattr(self, name) for name in FIELDS}


FIELDS: tuple[str, ...] = tuple(f.name for f in dataclasses.fields(Record))


# The engine builds one record per mention. A frozen dataclass's __init__ sets each field
# through object.__setattr__, a call per field and most of the cost of a record; a slotted twin
# with the same fields stores them as plain attributes, and the object then becomes a Record
# (the same slots in the same order, so Python allows the change of class). The twin has no
# __init__: `new_record` sets its fields.
_Twin = dataclasses.make_dataclass(
    "Record",
    [(f.name, f.type) for f in dataclasses.fields(Record)],
    init=False,
    slots=True,
    eq=False,
    repr=False,
    # (a docstring of its own: dataclasses writes one from the class's signature where there is
    # none, and working out the signature of twenty fields was a third of the twin's cost)
    namespace={"__doc__": "Record's twin: see new_record."},
)


_new = object.__new__


def new_record(
    source: str,
    text: str,
    start: int,
    end: int,
    value: float,
    unit: str,
    base_value: float,
    base_unit: str,
    dimension: str,
    kind: str,
    qualifier: str,
    direction: str | None,
    indicator: str,
    status: str,
    year: int | None,
    section: str | None,
    sentence: str,
    indicator_key: str | None = None,
    period: str = "year",
    page: int | None = None,
) -> Record:
    """`Record(...)` at under a third of the cost: the same object (equal, same hash, frozen).
    The twin is made empty and its fields are set here, in the order of FIELDS (a twin made
    through its class, whose __init__ set them, cost a sixth more).

    >>> values = ("-", "5%", 0, 2, 5.0, "%", 5.0, "%", "percent", "ratio", "exact", None, "", "actual")
    >>> r = new_record(*values, None, None, None, "year")
    >>> type(r) is Record, r == Record(*values, None, None, None, "year")
    (True, True)
    """
    record = _new(_Twin)  # type: ignore[var-annotated]  # (its class is set below)
    record.source = source
    record.text = text
    record.start = start
    record.end = end
    record.value = value
    record.unit = unit
    record.base_value = base_value
    record.base_unit = base_unit
    record.dimension = dimension
    record.kind = kind
    record.qualifier = qualifier
    record.direction = direction
    record.indicator = indicator
    record.status = status
    record.year = year
    record.section = section
    record.sentence = sentence
    record.indicator_key = indicator_key
    record.period = period
    record.page = page
    record.__class__ = Record
    return record
