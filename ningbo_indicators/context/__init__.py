"""The context of a mention: the structure of a report (sentences, headings, review and plan
parts, plan year), its place, and the indicator phrase a figure measures."""

from .phrases import clean_subject, noun_after, percent_kind
from .place import detect_place
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
