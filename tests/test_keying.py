"""Windows of keying's rules: what each reads before a figure, and that a shorter read gives the
answer of the longer one."""

from types import SimpleNamespace

from ningbo_indicators.dataset import keying

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
