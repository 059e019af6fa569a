"""The engine's record builder (`model.new_record`) gives the very object `Record(*values)` gives."""

from __future__ import annotations

import copy
import dataclasses
import pickle

import pytest

from ningbo_indicators.model import FIELDS, Record, new_record

VALUES = ("-", "增长6%左右", 6, 12, 6.0, "%", 6.0, "%", "percent", "growth", "about", "up") + (
    "地区生产总值",
    "target",
    2024,
    "二、今年工作安排",
    "地区生产总值增长6%左右。",
    "gdp_growth",
    3,
)
CASES = [
    ("type", lambda r: type(r)),
    ("fields", lambda r: tuple(getattr(r, f) for f in FIELDS)),
    ("hash", hash),
    ("repr", repr),
    ("dict", lambda r: r.to_dict()),
    ("pickle", lambda r: pickle.loads(pickle.dumps(r))),
    ("copy", copy.copy),
    ("replace", lambda r: dataclasses.replace(r, page=None)),
]


@pytest.mark.parametrize(("name", "view"), CASES, ids=[c[0] for c in CASES])
def test_same_record(name, view):
    assert view(new_record(*VALUES)) == view(Record(*VALUES))


def test_frozen():
    with pytest.raises(dataclasses.FrozenInstanceError):
        new_record(*VALUES).value = 7.0


def test_new_record_takes_the_fields_in_order_with_their_defaults():
    import inspect

    parameters = inspect.signature(new_record).parameters.values()
    assert [p.name for p in parameters] == list(FIELDS)
    missing = {dataclasses.MISSING: inspect.Parameter.empty}
    defaults = {f.name: missing.get(f.default, f.default) for f in dataclasses.fields(Record)}
    assert {p.name: p.default for p in parameters} == defaults
