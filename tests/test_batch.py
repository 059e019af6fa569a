"""The batch's workers: a stopped batch ends the runs in flight after the job at hand."""

from __future__ import annotations

import ctypes
import multiprocessing
import sys
import time
from pathlib import Path

import pytest

from ningbo_indicators.outputs import batch
from ningbo_indicators.outputs.batch import _results, _run, _run_size


def _flag():
    return multiprocessing.get_context().RawValue(ctypes.c_bool, False)


def test_a_run_ends_after_the_job_at_hand_once_the_batch_is_stopped(monkeypatch):
    stop = _flag()
    monkeypatch.setattr(batch, "_stop", stop)

    def work(job):
        if job == 2:
            stop.value = True  # (the parent stops the batch while job 2 is being done)
        return job * 10

    assert _run(work, [1, 2, 3, 4, 5]) == [10, 20]


def test_a_run_does_every_job_while_the_batch_goes_on(monkeypatch):
    monkeypatch.setattr(batch, "_stop", _flag())
    assert _run(lambda job: job * 10, [1, 2, 3]) == [10, 20, 30]


def _logged_job(job: tuple) -> tuple:
    """A job that writes its number to a log; every job after the first run takes a while."""
    number, log, first_run = job
    with open(log, "a", encoding="utf-8") as out:
        out.write(f"{number}\n")
    if number >= first_run:
        time.sleep(0.3)
    return (number,)


def test_an_interrupted_batch_does_not_finish_the_runs_in_flight(tmp_path):
    """Interrupted when the first run's results come back, the two workers are each in a run
    of slow jobs (0.3 s each); the parent's interrupt stops them after the job at hand, where
    before each finished its whole run (8 jobs, 2.4 s)."""
    log = tmp_path / "log"
    log.touch()
    size = _run_size(320, 2)
    assert size == 8
    jobs = [(number, str(log), size) for number in range(320)]
    results = _results(jobs, 2, work=_logged_job)
    assert next(results) == (0,)
    with pytest.raises(KeyboardInterrupt):
        results.throw(KeyboardInterrupt)
    done = {int(line) for line in Path(log).read_text(encoding="utf-8").split()}
    assert set(range(size)) <= done  # (the first run, whose results were read)
    for second in (size, 2 * size):  # (the runs the workers were in)
        run = set(range(second, second + size))
        assert not run <= done, f"the run from {second} was finished after the interrupt"
    assert max(done) < 4 * size


def test_a_failed_job_leaves_the_worker_out_of_a_job(monkeypatch):
    """SIGTERM ends a worker at once when it is between jobs (_end_worker); a job that raised
    must not leave it marked as in a job, where SIGTERM would raise in the pool's own loop."""
    monkeypatch.setattr(batch, "_stop", _flag())

    def work(job):
        raise ValueError(job)

    with pytest.raises(ValueError):
        _run(work, [1, 2])
    assert batch._in_job is False


def test_the_parent_compiles_what_workers_would_compile_and_lose(report_text):
    """Workers fork from the parent after `_warm_up` and exit without saving the disk cache of
    compiled patterns: every lazy pattern and key pattern must be compiled before, or each
    worker compiles (and loses) them on every run."""
    import importlib
    import pkgutil

    import ningbo_indicators
    from ningbo_indicators import lazy
    from ningbo_indicators.outputs import batch

    for module in pkgutil.walk_packages(ningbo_indicators.__path__, "ningbo_indicators."):
        importlib.import_module(module.name)
    held = [
        value
        for module in list(sys.modules.values())
        if getattr(module, "__name__", "").startswith("ningbo_indicators")
        for value in vars(module).values()
        if isinstance(value, lazy.LazyPattern)
    ]
    assert len(held) > 150 and {id(p) for p in held} <= {id(p) for p in lazy._MADE}
    batch._warm_up()
    assert [p for p in lazy._MADE if "_compiled" not in vars(p)] == []
