"""The installed console script through real pipes and signals."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time

import pytest
from test_examples import SCRIPT, _env, needs_script

pytestmark = needs_script


def test_pipe_into_head():
    run = subprocess.run(
        f"'{SCRIPT}' extract | head -n 1",
        shell=True,
        capture_output=True,
        text=True,
        env=_env(),
        timeout=60,
    )
    assert run.returncode == 0 and run.stderr == ""
    (line,) = run.stdout.splitlines()
    assert json.loads(line)["source"] == "ningbo-2024.txt"


def test_pipe_status_is_quiet():
    run = subprocess.run(
        ["bash", "-c", f"set -o pipefail; '{SCRIPT}' extract -f csv | head -c 10"],
        capture_output=True,
        text=True,
        env=_env(),
        timeout=60,
    )
    assert run.stderr == "" and run.returncode == 0


def test_module_entry_point():
    run = subprocess.run(
        [sys.executable, "-m", "ningbo_indicators", "extract", "--limit", "1"],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert run.returncode == 0 and json.loads(run.stdout)["text"] == "72条"


def test_the_command_saves_a_cold_pattern_cache_and_its_status(tmp_path):
    """The console script ends its process at once (console.run): the exit handlers still
    run, so a first run writes the disk cache of compiled patterns; statuses are kept."""
    env = {**_env(), "NINGBO_INDICATORS_CACHE": str(tmp_path / "cache")}
    run = subprocess.run(
        [SCRIPT, "extract", "--limit", "2"], capture_output=True, text=True, env=env, timeout=60
    )
    assert run.returncode == 0 and run.stderr == "" and len(run.stdout.splitlines()) == 2
    assert [p.stat().st_size > 100_000 for p in (tmp_path / "cache").iterdir()] == [True]
    bad = subprocess.run([SCRIPT, "extract", "--nope"], capture_output=True, env=env, timeout=60)
    assert bad.returncode == 2 and bad.stderr.endswith(b"Error: No such option '--nope'.\n")


_CALLER = """
import sys
from ningbo_indicators.cli import main
sys.argv = ["ningbo-indicators", "extract", "--limit", "1", "-f", "csv"]
try:
    main()
except SystemExit as end:
    print("caught", end.code)
with open({out!r}, "w") as f:
    f.write("written after")
"""


def test_a_program_that_calls_main_goes_on(tmp_path):
    """cli.main() called by a program of its own ends in SystemExit, which it can catch: only
    the console script (console.run) ends the process at once."""
    out = tmp_path / "after.txt"
    run = subprocess.run(
        [sys.executable, "-c", _CALLER.format(out=str(out))],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert run.returncode == 0 and run.stdout.endswith("caught 0\n")
    assert out.read_text() == "written after"


def test_the_command_under_a_profiler_ends_as_python_does(tmp_path):
    """Under a profiler (or a debugger, or python -i) the command ends the interpreter's way,
    so that what they write at the end is written."""
    prof = tmp_path / "prof.out"
    run = subprocess.run(
        [sys.executable, "-m", "cProfile", "-o", str(prof), "-m", "ningbo_indicators", "--version"],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert run.returncode == 0 and prof.stat().st_size > 0


def test_error_has_no_traceback(tmp_path):
    run = subprocess.run(
        [SCRIPT, "extract", str(tmp_path / "nope.txt")],
        capture_output=True,
        text=True,
        env=_env(),
        timeout=60,
    )
    assert run.returncode == 2
    assert run.stderr.strip() == f"Error: {tmp_path / 'nope.txt'}: no such file"


@pytest.mark.parametrize("sig,code", [(signal.SIGINT, 130), (signal.SIGTERM, 130)])
def test_interrupted_export_leaves_no_partial_file(tmp_path, report_text, sig, code):
    inputs = tmp_path / "in"
    inputs.mkdir()
    for i in range(400):
        (inputs / f"r{i:03}.txt").write_text(report_text, "utf-8")
    out = tmp_path / "out"
    out.mkdir()
    (out / "combined.csv").write_text("previous run\n", "utf-8")
    proc = subprocess.Popen(
        [SCRIPT, "export", str(out), str(inputs), "--jobs", "1"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=_env(),
    )
    # Wait for the first files, however loaded the machine: a signal sent before the
    # handlers are installed would test Python's start-up, not the export.
    deadline = time.time() + 180
    while len(list(out.glob("r*.csv"))) < 3:
        assert proc.poll() is None, "the export ended before it could be interrupted"
        assert time.time() < deadline, "no file was written in 180 s"
        time.sleep(0.02)
    proc.send_signal(sig)
    _, err = proc.communicate(timeout=60)
    assert proc.returncode == code, err
    assert not list(out.glob(".*tmp")), "a temporary file was left behind"
    assert (out / "combined.csv").read_text("utf-8") == "previous run\n"
    written = sorted(out.glob("r*.csv"))
    assert 0 < len(written) < 400
    for path in written:  # every file there is whole
        assert path.read_bytes().endswith(b"\r\n") and path.stat().st_size > 1000


def test_a_batch_signalled_as_a_process_group_ends_cleanly(tmp_path, report_text):
    """`timeout` and service managers send SIGTERM to the whole process group: the workers get
    it too. Here one worker is idle (its small input done) and one is in a long job when it
    comes. Each ends (the idle one at once, the busy one after removing its temporary file)
    and the export exits 130 without a traceback. Before, a worker's inherited handler raised
    KeyboardInterrupt in the pool's own loop: the idle worker died with a traceback, and the
    pool, broken, could leave the busy one waiting for work for ever (the export hung in 4 of
    12 runs over more/ under `timeout`)."""
    inputs = tmp_path / "in"
    inputs.mkdir()
    (inputs / "a_long.txt").write_text(report_text * 200, "utf-8")
    (inputs / "b_short.txt").write_text(report_text, "utf-8")
    for attempt in range(3):
        out = tmp_path / f"out{attempt}"
        proc = subprocess.Popen(
            [SCRIPT, "export", str(out), str(inputs), "--jobs", "2"],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            env=_env(),
            start_new_session=True,  # (its own process group, as under `timeout`)
        )
        deadline = time.time() + 180
        while not (out / "b_short.csv").exists():
            assert proc.poll() is None, "the export ended before it could be interrupted"
            assert time.time() < deadline, "the short input was not written in 180 s"
            time.sleep(0.01)
        time.sleep(0.2)  # (its worker back in the pool's loop, waiting for work)
        os.killpg(proc.pid, signal.SIGTERM)
        try:
            _, err = proc.communicate(timeout=60)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.communicate()
            pytest.fail("the export hung after SIGTERM")
        assert proc.returncode == 130, err
        assert b"Traceback" not in err, err.decode()
        assert not list(out.rglob(".*tmp")), "a temporary file was left behind"
        assert not (out / "a_long.csv").exists() or (out / "a_long.csv").stat().st_size > 1000
