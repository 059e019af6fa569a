"""The cheap first- and last-character tests of the subject phrase cuts give the answers of the
cuts they skip: with every test passing (the cuts always tried), the same phrases."""

import ast
import inspect
import re
import textwrap

import pytest
import regex

from ningbo_indicators.context import phrases
from ningbo_indicators.readers import bundled_text


class _Everything:
    """A set that holds every character: the gate always lets the cut run."""

    def __contains__(self, item: object) -> bool:
        return True


def _phrases() -> list[str]:
    """The words between the figures and marks of the bundled report, with what opens and ends
    them (、和及…, 共, 全年, 达到, 了): the phrases clean_subject reads."""
    text = bundled_text()
    cut = re.split(r"[\d.%，,：:。；;！？\n]+", text)
    return sorted({p for p in cut if 0 < len(p) <= 40})


PHRASES = _phrases()


@pytest.fixture
def ungated(monkeypatch):
    def run(fn, *args):
        with monkeypatch.context() as m:
            everything = _Everything()
            m.setattr(phrases, "_EDGE_SET", everything)
            m.setattr(phrases, "_CUT_LEADING_FIRST", everything)
            m.setattr(phrases, "_NOUN_TAIL_LAST", everything)
            m.setattr(phrases, "_OPENING_CUT_FIRST", everything)
            m.setattr(phrases, "_ADVERB_CUT_FIRST", everything)
            m.setattr(phrases, "_COMPARED_FIRST", everything)
            m.setattr(phrases, "_OTHER_TRAILING_LAST", everything)
            trailing = dict.fromkeys(phrases._CUT_TRAILING_LAST, everything)
            m.setattr(phrases, "_CUT_TRAILING_LAST", trailing)
            m.setattr(phrases, "_RARER_CUTS", re.compile(""))  # every phrase takes the long path
            for words in (phrases._ADVERBS, phrases._KEEP, phrases._VERBS):
                m.setattr(words, "firsts", everything)
            return fn(*args)

    return run


def test_there_are_phrases():
    assert len(PHRASES) > 500


@pytest.mark.parametrize("kind", ["amount", "count", "growth", "ratio", "pp"])
def test_clean_subject_is_the_ungated(kind, ungated):
    for p in PHRASES:
        assert phrases.clean_subject(p, kind) == ungated(phrases.clean_subject, p, kind), p


def test_cuts_are_the_ungated(ungated):
    for p in PHRASES:
        for q in (p, "、" + p + "和", "共" + p + "达到了"):
            assert phrases._strip_edge(q) == ungated(phrases._strip_edge, q), q
            assert phrases._cut_leading(q) == ungated(phrases._cut_leading, q), q
            for kind in ("amount", "growth"):
                assert phrases._cut_trailing(q, kind) == ungated(phrases._cut_trailing, q, kind)


def test_noun_after_is_the_ungated(ungated):
    """The noun after each number of the bundled report and after the character that follows
    it (its unit, most often), with every tail tried."""
    text = bundled_text()
    ends = sorted({m.end() + k for m in re.finditer(r"\d+(?:\.\d+)?", text) for k in (0, 1, 2)})
    assert len(ends) > 500
    for end in ends:
        assert phrases.noun_after(text, end) == ungated(phrases.noun_after, text, end), end


_IN_TURN = (
    ("date", re.compile(phrases._LEADING_DATE_TEXT)),
    ("time", phrases._LEADING_TIME),
    ("scope", re.compile(phrases._LEADING_SCOPE_TEXT)),
    ("basis", regex.compile(phrases._LEADING_BASIS_TEXT)),
)


def _leading_in_turn(p: str):
    """The plain way: the four leading patterns, each on its own (on the engine each ran on),
    tried in turn; (which, end) of the first match."""
    for name, pattern in _IN_TURN:
        m = pattern.match(p)
        if m and m.end():
            return name, m.end()
    return None


def test_leading_is_the_four_patterns_in_turn():
    """_LEADING (one alternation) finds what its four patterns, tried in turn, find first."""
    openings = (
        "",
        "2020年",
        "一九九八年底",
        "五年",
        "“十三五”期间",
        "全市",
        "使我区",
        "按可比价格",
    )
    found = 0
    for p in PHRASES:
        for q in [o + p for o in openings] + [p[k:] for k in range(1, min(len(p), 8))]:
            lead = phrases._LEADING.match(q)
            got = (lead.lastgroup, lead.end()) if lead else None
            assert got == _leading_in_turn(q), q
            found += lead is not None
    assert found > 1000


def _ways(node: ast.expr) -> list[list[tuple[str, str]]]:
    """The ways a condition of clean_subject on the phrase `p` can hold, each a list of what it
    needs of `p`: ("in", word), ("start", word), ("end", word) or ("pattern", a module pattern's
    name, searched or matched in it). What only narrows a way (a length, the kind, a word not in
    it) is not kept; a condition that tests none of these holds no way."""
    if isinstance(node, ast.BoolOp):
        parts = [_ways(value) for value in node.values]
        if isinstance(node.op, ast.Or):
            return [way for ways in parts for way in ways]
        ways: list[list[tuple[str, str]]] = [[]]
        for options in (ways for ways in parts if ways):
            ways = [way + option for way in ways for option in options]
        return ways if any(parts) else []
    if isinstance(node, ast.IfExp):  # (cut = PATTERN.search(p) if "于" in p else None)
        return _ways(ast.BoolOp(op=ast.And(), values=[node.test, node.body]))
    if isinstance(node, ast.Compare) and len(node.ops) == 1 and isinstance(node.ops[0], ast.In):
        left, right = node.left, node.comparators[0]
        if isinstance(right, ast.Name) and right.id == "p" and isinstance(left, ast.Constant):
            return [[("in", left.value)]]  # "共" in p
        if (  # p[0] in "为向给", p[:1] in "（(" (a first character; no other subscript)
            isinstance(left, ast.Subscript)
            and isinstance(left.value, ast.Name)
            and left.value.id == "p"
            and ast.unparse(left.slice) in ("0", ":1")
            and isinstance(right, ast.Constant)
        ):
            return [[("start", ch)] for ch in right.value]
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute):
        on, method = node.func.value, node.func.attr
        if isinstance(on, ast.Name) and on.id == "p" and method in ("startswith", "endswith"):
            return [[("start" if method == "startswith" else "end", node.args[0].value)]]
        if isinstance(on, ast.Name) and method in ("search", "match") and hasattr(phrases, on.id):
            return [[("pattern", on.id)]]
    return []


def _after_the_gate() -> list[ast.stmt]:
    """The statements of clean_subject after its _RARER_CUTS gate."""
    (function,) = ast.parse(textwrap.dedent(inspect.getsource(phrases.clean_subject))).body
    assert isinstance(function, ast.FunctionDef)
    body = function.body
    (gate,) = (i for i, s in enumerate(body) if "_RARER_CUTS" in ast.unparse(s))
    return body[gate + 1 :]


def _rarer_cut_triggers() -> list[list[tuple[str, str]]]:
    """The ways of every condition in clean_subject after its _RARER_CUTS gate."""
    tests = [
        node.test if isinstance(node, ast.If) else node
        for statement in _after_the_gate()
        for node in ast.walk(statement)
        if isinstance(node, (ast.If, ast.IfExp))
    ]
    return [way for test in tests for way in _ways(test)]


def test_every_cut_behind_the_gate_is_one_the_reader_knows():
    """Each statement after the gate is a cut whose condition `_ways` reads (an `if` on the
    phrase, or a match kept in a name when the phrase holds a word and tested next), and the
    last returns: a cut written otherwise (no condition, its condition kept in a name first,
    a test `_ways` does not know) fails here, not passed over by the test below."""
    *cuts, last = _after_the_gate()
    assert isinstance(last, ast.Return)
    kept: set[str] = set()
    for statement in cuts:
        if isinstance(statement, ast.Assign) and isinstance(statement.value, ast.IfExp):
            assert _ways(statement.value), ast.unparse(statement)
            kept.update(target.id for target in statement.targets if isinstance(target, ast.Name))
            continue
        assert isinstance(statement, ast.If), ast.unparse(statement)
        names = {n.id for n in ast.walk(statement.test) if isinstance(n, ast.Name)}
        assert _ways(statement.test) or (names and names <= kept), ast.unparse(statement.test)


def test_rarer_cuts_gate_lets_every_cut_through():
    """Every cut of clean_subject behind the _RARER_CUTS gate, read from its own code: a phrase
    with what the cut's condition tests is let through (a cut that searches a pattern: the
    gate holds the pattern), so a new cut or a new word of one cannot be skipped unseen."""
    gate = phrases._RARER_CUTS
    triggers = _rarer_cut_triggers()
    assert len(triggers) >= 15, triggers
    for way in triggers:
        patterns = [getattr(phrases, name).pattern for how, name in way if how == "pattern"]
        if patterns:  # (the words beside a pattern are a cheaper test before it)
            assert any(p in gate.pattern for p in patterns), way
            continue
        start = "".join(word for how, word in way if how == "start")
        inside = "丙".join(word for how, word in way if how == "in")
        end = "".join(word for how, word in way if how == "end")
        phrase = f"{start}甲乙{inside}丁戊{end}"
        assert gate.search(phrase), (way, phrase)
