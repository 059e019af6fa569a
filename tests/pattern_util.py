"""Helpers for tests that read a pattern's parse."""

from __future__ import annotations

from ningbo_indicators.extractors._parts import written_out_han


def first_characters(pattern: str) -> set[str]:
    """The characters a match of `pattern` (an alternation of words, each after look-arounds
    only) can open with, read from the standard library's parse of it. (Kept apart from the
    package's `compiled.first_characters` on purpose: a second reading, stricter, which fails
    on any construct it does not know, that tests hold the package's against.)"""
    try:
        from re import _constants as c
        from re import _parser
    except ImportError:  # (Python 3.10: the same modules under their old names)
        import sre_constants as c
        import sre_parse as _parser

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


def last_characters(pattern: str) -> set[str]:
    """The characters a match of `pattern` (words anchored at the end, `…$`, each after
    look-arounds only) can end with, read from the standard library's parse of it (`\\p{Han}`,
    which only a look-around may hold, written out by `_parts.written_out_han`)."""
    try:
        from re import _constants as c
        from re import _parser
    except ImportError:  # (Python 3.10: the same modules under their old names)
        import sre_constants as c
        import sre_parse as _parser

    def last_of(items) -> tuple[set[str], bool]:
        """The last characters of a sequence, and whether it may take no character."""
        found: set[str] = set()
        for op, av in reversed(list(items)):
            if op in (c.ASSERT, c.ASSERT_NOT, c.AT):
                continue  # a look-around or the end takes no character
            chars, empty = last_of_item(op, av)
            found |= chars
            if not empty:
                return found, False
        return found, True

    def last_of_item(op, av) -> tuple[set[str], bool]:
        if op is c.LITERAL:
            return {chr(av)}, False
        if op is c.IN:
            assert all(o is c.LITERAL for o, _ in av), av
            return {chr(a) for _, a in av}, False
        if op is c.SUBPATTERN:
            return last_of(av[-1])
        if op is c.BRANCH:
            found: set[str] = set()
            empty = False
            for alternative in av[1]:
                chars, none = last_of(alternative)
                found |= chars
                empty = empty or none
            return found, empty
        if op in (c.MAX_REPEAT, c.MIN_REPEAT):
            low, _, item = av
            chars, none = last_of(item)
            return chars, none or low == 0
        raise AssertionError(op)

    found, empty = last_of(_parser.parse(written_out_han(pattern)))
    assert not empty, "a match that may take no character"
    return found
