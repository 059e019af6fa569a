"""Batch export: many reports -> one file each plus one combined file, or one SQLite
database, over worker processes.

Per-input files mirror the folders given (`reports/cities/杭州市/2024.md` ->
`out/cities/杭州市/2024.csv`); they and the combined file are written atomically; the combined
file is streamed, so memory stays flat in the number of inputs. One bad input is reported,
not fatal.
"""

from __future__ import annotations

import ctypes
import gc
import multiprocessing
import os
import signal
import sys
from collections import deque
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path  # (not lazy: off extract's path; each caller walks folders with it first)
from typing import TYPE_CHECKING

from ..filters import Filters, select
from ..readers import INPUT_SUFFIXES, SourceError, read_source
from .export import RecordWriter, atomic_output, format_rows

if TYPE_CHECKING:
    from rich.progress import Progress

SUFFIX = {"csv": ".csv", "jsonl": ".jsonl", "json": ".json"}


class BatchError(Exception):
    """The batch as a whole cannot run (the output folder cannot be made)."""


def collect_inputs(inputs: Sequence[str]) -> list[str]:
    """Files as given, folders expanded to the reports in them (text, Markdown, PDF, web
    pages, Word), recursively, sorted."""
    return [path for path, _ in collect_tree(inputs)]


def collect_tree(inputs: Sequence[str]) -> list[tuple[str, str | None]]:
    """(path, its path relative to the folder given) for every report in the folders given,
    recursively, sorted; (path, None) for a file given by itself."""
    out: list[tuple[str, str | None]] = []
    for name in inputs:
        p = Path(name)
        if p.is_dir():
            found = sorted(
                f for f in p.rglob("*") if f.suffix.lower() in INPUT_SUFFIXES and f.is_file()
            )
            out.extend((str(f), f.relative_to(p).as_posix()) for f in found)
        else:
            out.append((name, None))
    return out


def output_names(
    paths: Sequence[str],
    suffix: str,
    reserved: str,
    relative: Sequence[str | None] | None = None,
) -> list[str]:
    """One distinct output path per input, relative to the output folder: the input's path
    under the folder it was found in, with the new suffix; a file given by itself keeps its
    name (report.csv). Clashes get -2, -3 ...; `reserved` is the combined file's name.

    >>> output_names(["a/x.txt", "b/x.txt", "combined.txt"], ".csv", "combined")
    ['x.csv', 'x-2.csv', 'combined-2.csv']
    >>> output_names(["r/杭州市/2024.md", "r/宁波市/2024.pdf", "r/宁波市/2024.md"], ".csv",
    ...              "combined", ["杭州市/2024.md", "宁波市/2024.pdf", "宁波市/2024.md"])
    ['杭州市/2024.csv', '宁波市/2024.csv', '宁波市/2024-2.csv']
    """
    seen: dict[str, int] = {reserved: 1}
    names = []
    for p, rel in zip(paths, relative or [None] * len(paths)):
        stem = (str(Path(rel).with_suffix("")) if rel else Path(p).stem) or "input"
        stem = Path(stem).as_posix()
        n = seen.get(stem, 0) + 1
        seen[stem] = n
        names.append(f"{stem}{'' if n == 1 else f'-{n}'}{suffix}")
    return names


def _work(job: tuple) -> tuple[str, tuple[bytes, int] | None, str | None, tuple[str, ...]]:
    """Extract one input and write its file; returns (name, (rows as UTF-8 bytes, count),
    error, the reader's warnings).

    The rows come back already formatted and encoded, so that the parent only appends bytes to
    the combined file (pickling records back and formatting them there made it the
    bottleneck; text was decoded and encoded again on the way).
    """
    path, target, fmt, fields, bom, filters = job
    src, records, error = _extracted(path, filters)
    if error is not None:
        return path, None, error, ()
    rows, count = format_rows(records, fmt, fields)
    chunk = (rows.encode("utf-8"), count)  # (encoded once: for this file and the combined one)
    try:
        try:
            _write_file(target, fmt, fields, bom, chunk)
        except (FileNotFoundError, NotADirectoryError):  # (its folder is not made yet)
            Path(target).parent.mkdir(parents=True, exist_ok=True)
            _write_file(target, fmt, fields, bom, chunk)
    except OSError as exc:
        return path, None, f"cannot write {target}: {exc.strerror or exc}", src.warnings
    return path, chunk, None, src.warnings


def _write_file(target: str, fmt: str, fields: Sequence[str], bom: bool, chunk: tuple) -> None:
    """One input's file, atomically. Its folder is made by the worker that first writes in it
    (`_work`), not by the parent before the workers start: making the 344 folders of more/
    took the parent 0.05–0.15 s of the file system's time while both cores waited."""
    with atomic_output(target) as stream:
        writer = RecordWriter(fmt, stream, fields, bom)
        writer.write_chunk(*chunk)
        writer.close()


def _extracted(path: str, filters: Filters) -> tuple:
    """(Source, selected records, None) of one input, or (None, None, the error message)."""
    from ..pipeline import extract_source

    try:
        src = read_source(path)
    except SourceError as exc:
        return None, None, str(exc).removeprefix(f"{path}: ")
    records = extract_source(src)
    return src, list(select(records, filters)) if filters.active() else records, None


def _work_rows(job: tuple) -> tuple:
    """Extract one input for the database: (name, (its reports row, its records as tuples),
    error, the reader's warnings)."""
    from .sqlite import record_rows, report_row

    path, filters = job
    src, records, error = _extracted(path, filters)
    if error is not None:
        return path, None, error, ()
    return path, (report_row(src, records), record_rows(records)), None, src.warnings


def _results(jobs: list[tuple], workers: int, work=_work) -> Iterator[tuple]:
    """Results in input order, with at most a few runs of jobs in flight per worker, so that
    memory stays flat however many inputs there are (Executor.map would submit them all at
    once).

    A worker is handed a run of consecutive jobs (`_run_size`), not one job at a time: each
    hand-over costs the parent's threads of the pool about a third of a millisecond, a fortieth
    of a report's work (0.26 s of CPU taken from the workers over the 780 reports of more/, on
    a machine whose cores they fill). When the batch stops (Ctrl-C, a signal, an error), the
    workers are told through a shared flag and end their runs after the job at hand."""
    if workers <= 1 or len(jobs) <= 1:
        for job in jobs:
            yield work(job)
        return
    _warm_up()
    ahead = 4 * workers
    context = multiprocessing.get_context()
    # (a flag in shared memory, with no lock: an Event's lock, held by a worker killed inside
    # is_set, would never be released, and the parent would wait on it for ever)
    stop = context.RawValue(ctypes.c_bool, False)
    with ProcessPoolExecutor(
        max_workers=min(workers, len(jobs)),
        mp_context=context,
        initializer=_start_worker,
        initargs=(stop,),
    ) as pool:
        pending: deque = deque()
        try:
            for start, end in _runs(len(jobs), workers):
                pending.append(pool.submit(_run, work, jobs[start:end]))
                if len(pending) >= ahead:
                    yield from pending.popleft().result()
            while pending:
                yield from pending.popleft().result()
        except BaseException:
            stop.value = True
            pool.shutdown(wait=True, cancel_futures=True)
            raise


# The most jobs handed to a worker at once: the last run of a batch, which one worker may be
# left alone to finish, then holds a few reports at most (about a tenth of a second)
_RUN_MAX = 8


def _run_size(jobs: int, workers: int) -> int:
    """How many consecutive jobs a worker is handed at once: enough runs for each worker to
    take a few dozen (the work stays spread evenly), at most _RUN_MAX jobs each.

    >>> _run_size(780, 2), _run_size(100, 2), _run_size(20, 2)
    (8, 3, 1)
    """
    return max(1, min(_RUN_MAX, jobs // (16 * workers)))


def _runs(jobs: int, workers: int) -> Iterator[tuple[int, int]]:
    """(start, end) of each run of jobs handed to a worker, in order: `_run_size` jobs, and
    towards the end at most a (2 × workers)th of the jobs left, so that the workers finish
    nearly together (with runs of 8 to the end, one worker of two waited for the other's last
    run; simulated from each report's cost over more/: 0.04 s idle, 0.002 s with this).

    >>> [end - start for start, end in _runs(100, 2)][-9:]
    [3, 3, 3, 3, 2, 2, 1, 1, 1]
    """
    size, start = _run_size(jobs, workers), 0
    while start < jobs:
        end = start + max(1, min(size, -(-(jobs - start) // (2 * workers))))
        yield start, end
        start = end


# Allocations between two of a worker's passes of the garbage collector (see _start_worker)
_YOUNG_PASS = 10_000
# Set in a worker by `_start_worker`: the flag by which the parent stops the batch
_stop: ctypes.c_bool | None = None
# Whether the worker is doing a job (see _end_worker)
_in_job = False


class _Terminated(BaseException):
    """SIGTERM in a worker, in the middle of a job (see _end_worker)."""


def _run(work: Callable[[tuple], tuple], jobs: list[tuple]) -> list[tuple]:
    """`work` of each job of a run, in order (in a worker); the jobs done when the batch is
    stopped (the rest of the run is not wanted: the parent has stopped reading)."""
    global _in_job
    done = []
    try:
        for job in jobs:
            if _stop is not None and _stop.value:
                break
            _in_job = True
            try:
                done.append(work(job))
            finally:  # (also when the job fails: the worker then waits for work again)
                _in_job = False
    except _Terminated:  # (the job's own temporary file is removed on the way: atomic_output)
        os._exit(128 + signal.SIGTERM)
    return done


def _warm_up() -> None:
    """Import the engine and compile its patterns and key table once, in the parent: workers
    forked from it start with them. A whole report (the bundled one) compiles the patterns
    most reports need; every lazy pattern (those fewer reports need, `lazy.compile_all`) and
    every key pattern are compiled too: a worker's own compiling is lost when it ends (it
    exits without writing the disk cache of `compiled`), so each run paid ~0.3 s per worker
    for it. What that built lives as long as the workers: frozen, so
    that their garbage collector does not walk it again (nor touch, so copy, the pages they
    share with the parent)."""
    from ..dataset.keys import default_keys
    from ..lazy import compile_all
    from ..pipeline import extract
    from ..readers import bundled_text

    extract(bundled_text())
    compile_all()
    for key in default_keys():
        _ = key.pattern
    gc.freeze()


def _start_worker(stop: ctypes.c_bool) -> None:
    """A worker's start: Ctrl-C is handled once, by the parent, which sets `stop`, cancels the
    runs not begun and removes its own temporary file; a worker finishes (atomically) the one
    input it is writing, then ends its run. SIGTERM ends a worker (`_end_worker`)."""
    global _stop
    _stop = stop
    # (a report's records and spans die by reference counting: the collector's passes over the
    # youngest objects, each time 700 more were alive, freed nothing over every tenth report of
    # more/ and took 0.8 % of the instructions; a pass each 10,000 left the peak as it was)
    gc.set_threshold(_YOUNG_PASS, *gc.get_threshold()[1:])
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, _end_worker)


def _end_worker(signum: int, frame: object) -> None:
    """SIGTERM in a worker: `timeout` and service managers send it to the whole process group,
    the pool to its workers when one has died. A worker between jobs ends at once; one in a
    job is interrupted, so that the job's temporary file is removed, then ends (`_run`). (The
    parent's handler, inherited, raised KeyboardInterrupt anywhere: in the pool's own loop it
    killed the worker with a traceback, or was taken for the job's error and the worker went
    on, and the parent waited for it for ever.)"""
    if _in_job:
        raise _Terminated
    os._exit(128 + signum)


def _raise_interrupt(signum, frame):
    raise KeyboardInterrupt


def run_batch(
    outdir: str,
    inputs: Sequence[str],
    fmt: str,
    fields: Sequence[str],
    bom: bool,
    jobs: int,
    filters: Filters,
    combined: str = "combined",
    warn: Callable[[str], None] | None = None,
) -> list[tuple[str, str]]:
    """Run the batch; returns the failures as (input, message). With `fmt` "sqlite", `outdir`
    is the database file. `warn` is called with each reader's warning (scanned pages)."""
    tree = collect_tree(inputs)
    if not tree:
        raise BatchError("no input files found")
    if fmt == "sqlite":
        return _run_database(outdir, [p for p, _ in tree], jobs, filters, warn)
    try:
        Path(outdir).mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise BatchError(f"{outdir}: cannot create output folder ({exc.strerror or exc})") from None
    suffix = SUFFIX[fmt]
    paths = [p for p, _ in tree]
    names = output_names(paths, suffix, combined, [rel for _, rel in tree])
    fields = tuple(fields)
    work = [(p, str(Path(outdir) / n), fmt, fields, bom, filters) for p, n in zip(paths, names)]
    failures: list[tuple[str, str]] = []
    previous = signal.signal(signal.SIGTERM, _raise_interrupt)
    try:
        with (
            atomic_output(Path(outdir) / f"{combined}{suffix}") as stream,
            _progress(len(work)) as advance,
        ):
            writer = RecordWriter(fmt, stream, fields, bom)
            for name, chunk, error, warnings in _results(work, jobs):
                if warn is not None:
                    for warning in warnings:
                        warn(warning)
                if error is not None:
                    failures.append((name, error))
                else:
                    writer.write_chunk(*chunk)
                advance()
            writer.close()
    finally:
        signal.signal(signal.SIGTERM, previous)
    return failures


def _run_database(path: str, paths: list[str], jobs: int, filters: Filters, warn=None) -> list:
    """Every input into the database at `path`, in one transaction (see outputs/sqlite.py)."""
    from .sqlite import DatabaseError, DatabaseWriter

    failures: list[tuple[str, str]] = []
    work = [(p, filters) for p in paths]
    previous = signal.signal(signal.SIGTERM, _raise_interrupt)
    try:
        with DatabaseWriter(path) as db, _progress(len(work)) as advance:
            for name, result, error, warnings in _results(work, jobs, _work_rows):
                if warn is not None:
                    for warning in warnings:
                        warn(warning)
                if error is not None:
                    failures.append((name, error))
                else:
                    db.add(*result)
                advance()
    except DatabaseError as exc:
        raise BatchError(str(exc)) from None
    finally:
        signal.signal(signal.SIGTERM, previous)
    return failures


class _progress:
    """A rich progress bar on stderr when stderr is a terminal; nothing otherwise."""

    def __init__(self, total: int):
        self.total = total
        self.bar: Progress | None = None

    def __enter__(self) -> Callable[[], None]:
        if not sys.stderr.isatty():
            return lambda: None
        from rich.console import Console
        from rich.progress import Progress

        bar = self.bar = Progress(console=Console(stderr=True), transient=False)
        bar.start()
        task = bar.add_task("extracting", total=self.total)
        return lambda: bar.advance(task)

    def __exit__(self, *exc):
        if self.bar is not None:
            self.bar.stop()
        return False
