"""The command line, through click's CliRunner: every command, option and error path."""

from __future__ import annotations

import csv
import io
import json

import click
import pytest
from click.testing import CliRunner

from ningbo_indicators import FIELDS, __version__
from ningbo_indicators.cli import cli

SENTENCES = "地区生产总值增长6%左右；城镇新增就业20万人，城镇登记失业率3.5%以内。\n兑付惠企政策资金1065亿元。\n"


@pytest.fixture
def runner():
    return CliRunner()


def run(runner, args, input=None):
    return runner.invoke(cli, args, input=input)


def command(name: str):
    """The command `name` of the group, made if not yet (`cli.LazyGroup`)."""
    return cli.get_command(click.Context(cli), name)


def jsonl(output: str) -> list[dict]:
    return [json.loads(line) for line in output.splitlines() if line.strip()]


def test_version(runner):
    r = run(runner, ["--version"])
    assert r.exit_code == 0 and __version__ in r.stdout


def test_bundled_report_is_the_default(runner):
    r = run(runner, ["extract"])
    rows = jsonl(r.stdout)
    assert r.exit_code == 0 and len(rows) >= 200
    assert rows[0]["source"] == "ningbo-2024.txt" and list(rows[0]) == list(FIELDS)


def test_jsonl_is_utf8_not_escaped(runner):
    r = run(runner, ["extract", "-", "-f", "jsonl"], input=SENTENCES)
    assert "地区生产总值" in r.stdout and "\\u" not in r.stdout


@pytest.mark.parametrize("fmt", ["json", "jsonl", "csv", "table"])
def test_formats(runner, fmt):
    r = run(runner, ["extract", "-", "-f", fmt], input=SENTENCES)
    assert r.exit_code == 0, r.stderr
    if fmt == "json":
        assert [d["text"] for d in json.loads(r.stdout)] == [
            "增长6%左右",
            "20万人",
            "3.5%以内",
            "1065亿元",
        ]
    elif fmt == "jsonl":
        assert len(jsonl(r.stdout)) == 4
    elif fmt == "csv":
        rows = list(csv.reader(io.StringIO(r.stdout)))
        assert rows[0] == list(FIELDS) and len(rows) == 5
        assert rows[4][FIELDS.index("base_value")] == "106500000000"
    else:
        assert "增长6%左右" in r.stdout and "indicator" in r.stdout


def test_default_format_off_a_terminal_is_jsonl(runner):
    r = run(runner, ["extract", "-"], input=SENTENCES)
    assert len(jsonl(r.stdout)) == 4


def test_fields_pick_and_order(runner):
    r = run(runner, ["extract", "-", "--fields", "value,indicator"], input=SENTENCES)
    assert jsonl(r.stdout)[0] == {"value": 6.0, "indicator": "地区生产总值"}


def test_unknown_field_lists_valid_ones(runner):
    r = run(runner, ["extract", "--fields", "value,colour"])
    assert r.exit_code == 2 and "colour" in r.stderr and "indicator" in r.stderr
    assert r.stdout == ""


@pytest.mark.parametrize(
    "suffix,check",
    [
        (".csv", lambda s: s.startswith("source,text")),
        (".json", lambda s: s.startswith("[")),
        (".jsonl", lambda s: s.startswith("{")),
    ],
)
def test_output_format_follows_suffix(runner, tmp_path, suffix, check):
    out = tmp_path / f"out{suffix}"
    r = run(runner, ["extract", "-", "-o", str(out)], input=SENTENCES)
    assert r.exit_code == 0 and r.stdout == ""
    assert check(out.read_text("utf-8"))
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".tmp")]


def test_explicit_format_beats_suffix(runner, tmp_path):
    out = tmp_path / "out.csv"
    run(runner, ["extract", "-", "-o", str(out), "-f", "jsonl"], input=SENTENCES)
    assert out.read_text("utf-8").startswith("{")


def test_bom_and_formula_safety(runner, tmp_path):
    out = tmp_path / "out.csv"
    text = "=HYPERLINK增长6%。\n-1增长5%。\n"
    r = run(
        runner, ["extract", "-", "-o", str(out), "--bom", "--fields", "sentence,value"], input=text
    )
    assert r.exit_code == 0
    raw = out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(io.StringIO(raw.decode("utf-8-sig"))))
    assert rows[1][0].startswith("'=") and rows[1][1] == "6"


def test_failed_run_leaves_previous_output(runner, tmp_path):
    out = tmp_path / "out.csv"
    out.write_text("previous", encoding="utf-8")
    r = run(runner, ["extract", "missing.txt", "-o", str(out)])
    assert r.exit_code == 2 and out.read_text("utf-8") == "previous"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.csv"]


@pytest.mark.parametrize(
    "args,expected",
    [
        (["--kind", "growth"], ["增长6%左右"]),
        (["--kind", "ratio", "--kind", "count"], ["20万人", "3.5%以内"]),
        (["--dimension", "currency"], ["1065亿元"]),
        (["--qualifier", "under"], ["3.5%以内"]),
        (["--unit", "万人"], ["20万人"]),
        (["--base-unit", "元"], ["1065亿元"]),
        (["--indicator", "失业"], ["3.5%以内"]),
        (["--grep", "惠企"], ["1065亿元"]),
        (["--min", "100000"], ["20万人", "1065亿元"]),
        (["--max", "10"], ["增长6%左右", "3.5%以内"]),
        (["--limit", "2"], ["增长6%左右", "20万人"]),
        (["--status", "target"], []),
        (["--status", "actual", "--kind", "count"], ["20万人"]),
    ],
)
def test_filters(runner, args, expected):
    r = run(runner, ["extract", "-", "--fields", "text", *args], input=SENTENCES)
    assert r.exit_code == 0, r.stderr
    assert [d["text"] for d in jsonl(r.stdout)] == expected


def test_year_and_section_filters(runner):
    r = run(runner, ["extract", "--year", "2024", "--section", "主要目标任务", "--fields", "text"])
    assert [d["text"] for d in jsonl(r.stdout)][:2] == ["增长6%左右", "增长10%左右"]


def test_choice_is_rejected_with_choices(runner):
    r = run(runner, ["extract", "--status", "planned"])
    assert r.exit_code == 2 and "actual" in r.stderr and "target" in r.stderr


@pytest.mark.parametrize(
    "make,message",
    [
        (lambda p: p / "missing.txt", "no such file"),
        (lambda p: p, "is a directory"),
        (lambda p: (p / "b.bin").write_bytes(b"\x00\x01\x02binary") and p / "b.bin", "binary"),
        (lambda p: (p / "u.txt").write_bytes(b"\xff\xfe\x00\xd8") and p / "u.txt", "UTF-16"),
        (lambda p: (p / "g.txt").write_bytes(b"\x81\x30\x81") and p / "g.txt", "undecodable"),
    ],
)
def test_bad_input_is_one_line(runner, tmp_path, make, message):
    path = make(tmp_path)
    r = run(runner, ["extract", str(path)])
    assert r.exit_code == 2 and r.stdout == ""
    assert len(r.stderr.strip().splitlines()) == 1 and message in r.stderr
    assert str(path) in r.stderr and "Traceback" not in r.stderr


def test_empty_input_warns(runner):
    r = run(runner, ["extract", "-"], input="")
    assert r.exit_code == 0 and r.stdout == "" and "empty" in r.stderr


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "utf-16", "gb18030", "gbk"])
def test_encodings(runner, tmp_path, encoding):
    path = tmp_path / "r.txt"
    path.write_bytes(SENTENCES.encode(encoding))
    r = run(runner, ["extract", str(path), "--fields", "text,start"])
    rows = jsonl(r.stdout)
    assert [d["text"] for d in rows][:1] == ["增长6%左右"] and rows[0]["start"] == 6


def test_several_inputs(runner, tmp_path):
    a, b = tmp_path / "a.txt", tmp_path / "b.txt"
    a.write_text("增长6%。", "utf-8")
    b.write_text("新增就业20万人。", "utf-8")
    r = run(runner, ["extract", str(a), str(b), "--fields", "source,text"])
    assert jsonl(r.stdout) == [
        {"source": str(a), "text": "增长6%"},
        {"source": str(b), "text": "20万人"},
    ]


def test_show_marks_mentions(runner):
    r = run(runner, ["show", "-", "--kind", "growth"], input=SENTENCES)
    assert r.exit_code == 0 and "legend" in r.stdout and "地区生产总值增长6%左右" in r.stdout


def test_show_section(runner):
    r = run(runner, ["show", "--section", "主要目标任务", "--status", "target"])
    assert r.exit_code == 0
    assert "城镇登记失业率3.5%以内" in r.stdout and "提信心扩需求增动能" not in r.stdout


def test_summary_json(runner):
    r = run(runner, ["summary", "-", "-f", "json"], input=SENTENCES)
    data = json.loads(r.stdout)
    assert data["mentions"] == 4 and data["by_kind"]["growth"] == 1
    assert data["money_by_status"]["actual"]["元"] == 106500000000


def test_summary_table(runner):
    r = run(runner, ["summary"])
    assert r.exit_code == 0 and "by kind" in r.stdout and "money by status" in r.stdout


def test_export_batch(runner, tmp_path):
    src = tmp_path / "in"
    (src / "sub").mkdir(parents=True)
    (src / "a.txt").write_text("增长6%。", "utf-8")
    (src / "sub" / "b.md").write_text("新增就业20万人。", "utf-8")
    (src / "bad.txt").write_bytes(b"\x00\x00binary")
    out = tmp_path / "out"
    r = run(runner, ["export", str(out), str(src), "--jobs", "1"])
    assert r.exit_code == 1 and "bad.txt" in r.stderr
    written = sorted(p.relative_to(out).as_posix() for p in out.rglob("*") if p.is_file())
    assert written == ["a.csv", "combined.csv", "sub/b.csv"]  # the folder given, mirrored
    combined = list(csv.reader(io.StringIO(out.joinpath("combined.csv").read_text("utf-8"))))
    assert combined[0] == list(FIELDS) and len(combined) == 3


@pytest.mark.parametrize("fmt", ["jsonl", "json"])
def test_export_formats_in_parallel(runner, tmp_path, fmt):
    inputs = []
    for i in range(4):
        p = tmp_path / f"r{i}.txt"
        p.write_text(f"新增就业{i + 1}万人。", "utf-8")
        inputs.append(str(p))
    out = tmp_path / "out"
    r = run(runner, ["export", str(out), *inputs, "-f", fmt, "--jobs", "2"])
    assert r.exit_code == 0, r.stderr
    combined = out / f"combined.{fmt}"
    text = combined.read_text("utf-8")
    rows = json.loads(text) if fmt == "json" else jsonl(text)
    assert [d["value"] for d in rows] == [1.0, 2.0, 3.0, 4.0]


def test_help_has_examples(runner):
    for name in cli.list_commands(click.Context(cli)):
        r = run(runner, [name, "--help"])
        assert r.exit_code == 0 and "Example" in r.stdout, name
    assert "Example" in run(runner, ["--help"]).stdout


def test_file_above_the_size_limit_is_refused(runner, tmp_path):
    from ningbo_indicators.readers import MAX_BYTES

    big = tmp_path / "big.txt"
    with open(big, "wb") as f:  # sparse: no disk is used
        f.truncate(MAX_BYTES + 1)
    r = run(runner, ["extract", str(big)])
    assert r.exit_code == 2 and "limit" in r.stderr and len(r.stderr.splitlines()) == 1


def test_interrupt_exits_130(monkeypatch):
    from ningbo_indicators import cli as cli_module

    def interrupted(*args, **kwargs):
        raise KeyboardInterrupt

    monkeypatch.setattr(cli_module, "_read_all", interrupted)
    with pytest.raises(SystemExit) as exc:
        cli_module.main(["extract"])
    assert exc.value.code == 130


# A key table of the user's (--keys): one without the classes column works; an unknown class
# is a one-line error naming its line, and nothing is written.
@pytest.mark.parametrize(
    "table,code,stderr",
    [
        ("key,name,kinds,base_unit,pattern\njobs,就业,count,人,^城镇新增就业$\n", 0, ""),
        (
            "key,name,kinds,base_unit,pattern,classes\njobs,就业,count,人,^城镇新增就业$,jobs\n",
            2,
            "jobs.csv:2: unknown class 'jobs'",
        ),
    ],
    ids=["without classes", "unknown class"],
)
def test_a_user_key_table(runner, tmp_path, table, code, stderr):
    path = tmp_path / "jobs.csv"
    path.write_text(table, encoding="utf-8")
    r = run(runner, ["extract", "-", "--keys", str(path)], input="城镇新增就业20万人。\n")
    assert r.exit_code == code, r.stderr
    if code:
        assert stderr in r.stderr and len(r.stderr.strip().splitlines()) == 1 and not r.stdout
    else:
        assert [row["indicator_key"] for row in jsonl(r.stdout)] == ["jobs"] and not r.stderr


def test_shared_options_are_where_they_are_written_and_keep_nothing_between_runs(runner):
    """The options that several commands take are made once and given to each (`cli._shared`):
    each command lists them where its decorators put them, and one command's run of them leaves
    nothing for the next."""
    names = [p.name for p in command("extract").params]
    assert names == [
        "inputs", "fmt", "output", "fields", "bom", "kind", "dimension", "status", "year",
        "period", "qualifier", "unit", "base_unit", "indicator", "section", "grep", "min_",
        "max_", "limit", "indicator_key", "keys_file",
    ]  # fmt: skip
    assert [p.name for p in command("html").params][-14:] == [*names[5:18], "keys_file"]
    kind = [p for c in ("extract", "show", "export") for p in command(c).params if p.name == "kind"]
    assert kind[0] is kind[1] is kind[2]  # (the same object)
    shared = [p for p in command("extract").params if p in command("show").params]
    before = [repr(vars(p)) for p in shared]
    first = runner.invoke(cli, ["extract", "--kind", "growth", "-f", "jsonl", "--limit", "3"])
    # (a run leaves the shared options as they were: nothing of it is kept on them)
    assert [repr(vars(p)) for p in shared] == before
    second = runner.invoke(cli, ["extract", "-f", "jsonl", "--limit", "3"])
    assert first.exit_code == second.exit_code == 0
    assert [json.loads(line)["kind"] for line in first.output.splitlines()] == ["growth"] * 3
    assert {json.loads(line)["kind"] for line in second.output.splitlines()} != {"growth"}


def test_an_empty_keys_option_is_a_table_that_cannot_be_read(runner):
    """`--keys ""` names no file: the command stops with the one-line error every other
    unreadable table gives, never quietly uses the shipped table."""
    for args in (["extract", "-f", "jsonl"], ["targets"]):
        result = runner.invoke(cli, [*args, "--keys", ""])
        assert result.exit_code != 0, args
        assert "--keys" in result.output and "cannot read" in result.output, args
        assert "Traceback" not in result.output


def test_shared_options_placed_above_a_command_are_given_to_it():
    """`_shared`'s decorator on a command already made (placed above `@command`, or called on
    one) gives it the options, in their order, as `click.option` does."""
    import click

    from ningbo_indicators.cli import _shared

    both = _shared(click.option("--one"), click.option("--two"))

    @both
    @click.command()
    def made(one, two):
        click.echo(f"{one} {two}")

    assert [p.name for p in made.params] == ["one", "two"]
    assert CliRunner().invoke(made, ["--one", "1", "--two", "2"]).output == "1 2\n"
