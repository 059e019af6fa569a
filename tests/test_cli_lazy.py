"""The group's commands are made when first asked for (`cli.LazyGroup`): a run makes only its
own command, and what the user sees (every --help, the unknown-command error with its
suggestions) is byte for byte what the group with every command made gives."""

from __future__ import annotations

import json
import os
import subprocess
import sys

# the commands as --help lists them (a command added, removed or renamed changes this list; the
# help texts themselves are compared with the fully made group's below)
COMMANDS = [
    "achievement", "chart", "export", "extract", "html", "panel", "show", "summary", "targets",
    "text",
]  # fmt: skip

# what a fresh process shows for each of these arguments (its output, error output and status),
# with the group as it is or with every command made first (as an eager group would have them)
SHOWN = """
import contextlib, io, json, sys
import click
from ningbo_indicators.cli import cli, main
cases, made_first = json.loads(sys.argv[1]), sys.argv[2] == "made"
if made_first:
    ctx = click.Context(cli)
    for name in cli.list_commands(ctx):
        cli.get_command(ctx, name)
shown = {}
for args in cases:
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        try:
            main(args)
        except SystemExit as end:
            code = end.code
    shown[" ".join(args)] = [out.getvalue(), err.getvalue(), code]
    if len(shown) == 1:
        shown["made by the first"] = sorted(cli.commands)
print(json.dumps(shown))
"""


def _shown(cases: list[list[str]], made_first: bool = False) -> dict:
    done = subprocess.run(
        [sys.executable, "-c", SHOWN, json.dumps(cases), "made" if made_first else "lazy"],
        env={**os.environ, "COLUMNS": "100"},
        capture_output=True,
        text=True,
        check=True,
    )
    return json.loads(done.stdout)


def test_a_run_makes_its_own_command_only():
    assert _shown([["extract", "--help"]])["made by the first"] == ["extract"]
    assert _shown([["extract", "--help"]], made_first=True)["made by the first"] == COMMANDS


def test_what_is_shown_is_what_the_fully_made_group_shows():
    cases = [["--help"], [], ["extrac"], ["foo"], *([name, "--help"] for name in COMMANDS)]
    lazy, made = _shown(cases), _shown(cases, made_first=True)
    for args in cases:
        assert lazy[" ".join(args)] == made[" ".join(args)], args
    assert "Did you mean one of: 'extract', 'text'?" in lazy["extrac"][1]
    listed = lazy["--help"][0].split("Commands:\n")[1].splitlines()
    assert [line.split()[0] for line in listed] == COMMANDS


def test_an_unknown_command_first_is_told_the_near_names():
    # (in a process of its own: above, `--help` has made every command before `extrac`; click
    # takes its suggestions from the commands made)
    assert "Did you mean one of: 'extract', 'text'?" in _shown([["extrac"]])["extrac"][1]
