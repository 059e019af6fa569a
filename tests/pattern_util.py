"""Helpers for tests that read a pattern's parse."""

from __future__ import annotations


def first_characters(pattern: str) -> set[str]:
    """The characters a match of `pattern` (an alternation of words, each after look-arounds
    only) can open with, read from the standard library's parse of it."""
    from re import _constants as c
    from re import _parser

    found: set[str] = set()

    def first_of(items) -> None:
        for op, av in items:
            if op in (c.ASSERT, c.ASSERT_NOT):
                continue  # a look-around takes no character
            if op is c.LITERAL:
                found.add(chr(av))
            elif op is c.IN:
                assert all(o is c.LITERAL for o, _ in av), av
                found.update(chr(a) for _, a in av)
            elif op is c.SUBPATTERN:
                first_of(av[-1])
            elif op is c.BRANCH:
                for alternative in av[1]:
                    first_of(alternative)
            else:
                raise AssertionError(op)
            return
        raise AssertionError("an alternative that takes no character")

    first_of(list(_parser.parse(pattern)))
    return found
