"""The examples run as a user runs them, against the installed console script."""

from __future__ import annotations

import csv
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"
SCRIPT = shutil.which(
    "ningbo-indicators",
    path=os.pathsep.join([str(Path(sys.executable).parent), os.environ.get("PATH", "")]),
)
needs_script = pytest.mark.skipif(SCRIPT is None, reason="console script not installed")


def _env():
    env = dict(os.environ)
    env["PATH"] = os.pathsep.join([str(Path(SCRIPT).parent), env.get("PATH", "")])
    return env


@needs_script
@pytest.mark.skipif(shutil.which("jq") is None, reason="jq is not installed")
def test_jq_session():
    out = subprocess.run(
        ["bash", str(EXAMPLES / "jq-session.sh")],
        capture_output=True,
        text=True,
        env=_env(),
        timeout=120,
    )
    assert out.returncode == 0, out.stderr
    assert "地区生产总值\t增长6%左右" in out.stdout
    assert "growth\t" in out.stdout


@needs_script
def test_pandas_pivot(tmp_path):
    pytest.importorskip("pandas")
    records = tmp_path / "records.jsonl"
    subprocess.run([SCRIPT, "extract", "-o", str(records)], check=True, env=_env())
    out = subprocess.run(
        [sys.executable, str(EXAMPLES / "pivot_targets.py"), str(records)],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert out.returncode == 0, out.stderr
    line = next(ln for ln in out.stdout.splitlines() if ln.startswith("城镇登记失业率"))
    assert "3.5" in line


@needs_script
def test_batch_export(tmp_path):
    reports = tmp_path / "reports"
    reports.mkdir()
    for name in ("a", "b"):
        (reports / f"{name}.txt").write_text("地区生产总值增长6%左右。", "utf-8")
    out = tmp_path / "out"
    run = subprocess.run(
        ["bash", str(EXAMPLES / "batch_export.sh"), str(reports), str(out)],
        capture_output=True,
        text=True,
        env=_env(),
        timeout=120,
    )
    assert run.returncode == 0, run.stderr
    assert sorted(p.name for p in out.iterdir()) == ["a.csv", "b.csv", "combined.csv"]
    raw = (out / "combined.csv").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    assert len(list(csv.reader(raw.decode("utf-8-sig").splitlines()))) == 3
