"""Windows of keying's rules: what each reads before a figure, and that a shorter read gives the
answer of the longer one."""

from types import SimpleNamespace

import pytest

from ningbo_indicators.dataset import keying

# ------------------------------------------------------------------ a count before a growth

_COUNTS = (
    "发展市场主体29300户、增长44.6%",
    "新增企业1户、增长1%、企业2家同比增长2%、企业3个，增长3%",
    "新增企业" + "1" * 30 + "户、增长5%",  # (a number longer than the reach)
    "新增企业" + "12345." * 6 + "　 \t家同比增长5%",  # (points and blanks through the reach)
    "新增企业" + "1" * 30 + "元、增长5%",
    "新增企业5" + " " * 30 + "户增长",  # (a count that starts before the reach: the whole read)
    "新增企业1" + "." * 30 + "户、增长5%",
    "增长" + "１２３４５６７８９０" * 3 + "所，",  # (digits of other scripts: \d)
)


@pytest.mark.parametrize("text", _COUNTS)
def test_a_count_before_is_the_search_from_the_start(text):
    """`_a_count_before` gives the answer of _COUNT_BEFORE searched from the stretch's start, at
    every start and end."""
    for start in range(len(text)):
        for end in range(start, len(text) + 1):
            want = keying._COUNT_BEFORE.search(text, start, end) is not None
            assert keying._a_count_before(text, start, end) == want, (start, end)


def test_a_count_before_reads_a_list_within_its_reach(monkeypatch):
    """Past a list's first items, no search of _COUNT_BEFORE starts at the clause start."""
    searched = []
    pattern = keying._COUNT_BEFORE

    class Counted:
        def search(self, text, pos, endpos):
            searched.append(endpos - pos)
            return pattern.search(text, pos, endpos)

    monkeypatch.setattr(keying, "_COUNT_BEFORE", Counted())
    text = "发展" + "、".join(f"企业{i}户、增长{i % 50}.5%" for i in range(1, 400))
    for end in (i for i, ch in enumerate(text) if ch == "增"):
        keying._a_count_before(text, 0, end)
    assert max(searched) <= keying._COUNT_REACH, max(searched)


# ------------------------------------------------------------------ one phase's additions


def _phase(text: str) -> bool:
    clause = text.index("新增")
    return keying._one_phases_additions(text, SimpleNamespace(clause=clause))


def test_one_phases_additions_reads_the_clause_before_within_40_characters():
    """The clause before the additions is read within the 40 characters before them: a plant's
    clause longer than that still counts, and a list's mark beyond them (even one sentence back,
    where no mark stands within the 40) does not make it a list of plants."""
    assert _phase("阳曲热源厂年内建成投运，新增供热能力2000万平方米。")
    assert _phase("二、三号机组。" + "阿" * 50 + "热电厂建成投产，新增供热能力400万平方米。")
    assert not _phase("阿、热电厂建成投产，新增供热能力400万平方米。")
    assert not _phase("热电厂等建成投产，新增供热能力400万平方米。")
    assert not _phase("阿" * 50 + "建成投产，新增供热能力400万平方米。")


# ------------------------------------------------------------------ things built, no verb of building

# A clause of 74 characters with no mark and no verb of building in it
_LONG_CLAUSE = (
    "坚持以人民为中心的发展思想持续推动教育卫生文化体育等各项社会事业高质量发展"
    "不断满足人民群众日益增长的美好生活需要切实增强人民群众的获得感幸福感安全感"
)


@pytest.mark.parametrize(
    "text, key",
    [
        # the verb of the clause before, read back across its comma
        ("新建、改扩建公办幼儿园20所，义务教育学校130所。", "schools_built"),
        ("新建、改扩建公办幼儿园20所左右，义务教育学校130所。", "schools_built"),
        # a verb of building only in an earlier sentence, beyond the 60 characters read back
        # when the clause before (a list's: it ends on a count of the same unit) has no mark:
        # no count of schools built (the look-back read the text from its start where it found
        # no mark)
        ("新建学校的工作全面推进。" + _LONG_CLAUSE + "2所，学校20所。", None),
        ("全市" + _LONG_CLAUSE + "2所，学校20所。", None),
        # the clause before ends on no count of the figure's unit: not read (more/cities/
        # 东莞市/2016.md; national/2007.md)
        ("加快慕课教育平台建设，新增微课1万节、推送2万节，选定100所学校开展慕课教学试点。", None),
        ("中央财政累计投入90亿元，用于农村寄宿制学校建设工程，7651所学校受益。", None),
    ],
    ids=[
        "verb-of-the-list",
        "qualified-count-before",
        "verb-in-an-earlier-sentence",
        "no-verb",
        "pilot",
        "benefited",
    ],
)
def test_built_count_reads_back_at_most_sixty_characters(text, key):
    from ningbo_indicators import extract

    (record,) = [r for r in extract(text) if r.unit == "所" and r.indicator.endswith("学校")]
    assert record.indicator_key == key
