"""`cli._ShortFirstParser`: a short option (`-f`) is matched as one at once, without click's
failed try as a long option (whose error ranks close matches with difflib); what the command
reads of its arguments, and every error it shows, is what click's own parser gives."""

from __future__ import annotations

import subprocess
import sys

import click
import pytest

from ningbo_indicators import cli

pytestmark = pytest.mark.skipif(cli._OptionParser is None, reason="click without _OptionParser")

ARGS = [
    ["-f", "jsonl"],
    ["-fjsonl"],
    ["-f=jsonl"],
    ["--format", "csv"],
    ["--format=csv"],
    ["-f", "csv", "--status", "target", "a.txt", "b.txt"],
    ["a.txt", "-f", "table", "--", "-f"],
    ["-x"],
    ["-fx", "jsonl"],
    ["--formt", "csv"],
    ["--stat", "target"],
    ["-f"],
    ["-", "-f", "json"],
    ["--kind", "growth", "-f", "csv", "-o", "out.csv"],
]


def _parsed(parser_class, args: list[str]):
    command = click.Context(cli.cli).command.get_command(click.Context(cli.cli), "extract")
    ctx = click.Context(command, info_name="extract")
    parser = parser_class(ctx)
    for param in command.get_params(ctx):
        param.add_to_parser(parser, ctx)
    try:
        return parser.parse_args(list(args))
    except click.UsageError as error:
        return type(error).__name__, error.format_message()


@pytest.mark.parametrize("args", ARGS, ids=" ".join)
def test_the_same_reading_as_clicks_own_parser(args):
    assert _parsed(cli._ShortFirstParser, args) == _parsed(cli._OptionParser, args)


def test_the_group_makes_its_commands_with_the_short_first_parser():
    ctx = click.Context(cli.cli)
    command = cli.cli.get_command(ctx, "extract")
    assert isinstance(command.make_parser(click.Context(command)), cli._ShortFirstParser)


def test_a_run_with_a_short_option_imports_no_difflib():
    """`extract -f jsonl` does not import difflib (click's error for a failed long option,
    ranking close matches, imported it); a mistyped option still gets its suggestions."""
    code = (
        "import sys\n"
        "from ningbo_indicators.cli import main\n"
        "try:\n"
        "    main(sys.argv[1:])\n"
        "except SystemExit:\n"
        "    pass\n"
        "sys.stderr.write(str('difflib' in sys.modules))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code, "extract", "-f", "jsonl"], capture_output=True, text=True
    )
    assert '"value"' in done.stdout and done.stderr == "False", done.stderr
    done = subprocess.run(
        [sys.executable, "-c", code, "extract", "--formt", "jsonl"], capture_output=True, text=True
    )
    assert "Did you mean" in done.stderr and done.stderr.endswith("True"), done.stderr
