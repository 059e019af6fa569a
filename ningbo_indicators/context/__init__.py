"""The context of a mention: the structure of a report (sentences, headings, review and plan
parts, plan year), its place, and the indicator phrase a figure measures."""

from .phrases import clean_subject, noun_after, percent_kind
from .structure import Document, read_structure, year_number

__all__ = [
    "Document",
    "clean_subject",
    "detect_place",
    "noun_after",
    "percent_kind",
    "read_structure",
    "year_number",
]


def __getattr__(name: str):
    # the place is read by the dataset side only: `extract` does not pay for its patterns
    if name == "detect_place":
        from .place import detect_place

        return detect_place
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
