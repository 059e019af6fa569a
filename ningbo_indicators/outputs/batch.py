"""Batch export: many reports -> one file each plus one combined file, over worker processes.

Per-input files and the combined file are written atomically; the combined file is streamed,
so memory stays flat in the number of inputs. One bad input is reported, not fatal.
"""

from __future__ import annotations

import signal
import sys
from collections import deque
from collections.abc import Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

from ..filters import Filters, select
from ..readers import SourceError, read_source
from .export import RecordWriter, atomic_output, format_rows

SUFFIX = {"csv": ".csv", "jsonl": ".jsonl", "json": ".json"}
INPUT_PATTERNS = ("*.txt", "*.md")


class BatchError(Exception):
    """The batch as a whole cannot run (the output folder cannot be made)."""


def collect_inputs(inputs: Sequence[str]) -> list[str]:
    """Files as given, folders expanded to their *.txt and *.md files, recursively, sorted."""
    out: list[str] = []
    for name in inputs:
        p = Path(name)
        if p.is_dir():
            found = sorted({f for pat in INPUT_PATTERNS for f in p.rglob(pat) if f.is_file()})
            out.extend(str(f) for f in found)
        else:
            out.append(name)
    return out


def output_names(paths: Sequence[str], suffix: str, reserved: str) -> list[str]:
    """One distinct file name per input: report.csv, report-2.csv, ...

    >>> output_names(["a/x.txt", "b/x.txt", "combined.txt"], ".csv", "combined")
    ['x.csv', 'x-2.csv', 'combined-2.csv']
    """
    seen: dict[str, int] = {reserved: 1}
    names = []
    for p in paths:
        stem = Path(p).stem or "input"
        n = seen.get(stem, 0) + 1
        seen[stem] = n
        names.append(f"{stem}{'' if n == 1 else f'-{n}'}{suffix}")
    return names


def _work(job: tuple) -> tuple[str, tuple[str, int] | None, str | None]:
    """Extract one input and write its file; returns (name, (rows as text, count), error).

    The rows come back already formatted, so that the parent only appends text to the
    combined file (pickling records back and formatting them there made it the bottleneck).
    """
    path, target, fmt, fields, bom, filters = job
    from ..pipeline import extract

    try:
        src = read_source(path)
    except SourceError as exc:
        return path, None, str(exc).removeprefix(f"{path}: ")
    from ..extractors.quantity import PatternTimeout

    try:
        records = list(select(extract(src.text, source=src.name), filters))
    except PatternTimeout as exc:
        return path, None, str(exc)
    chunk = format_rows(records, fmt, fields)
    try:
        with atomic_output(target) as stream:
            writer = RecordWriter(fmt, stream, fields, bom)
            writer.write_chunk(*chunk)
            writer.close()
    except OSError as exc:
        return path, None, f"cannot write {target}: {exc.strerror or exc}"
    return path, chunk, None


def _results(jobs: list[tuple], workers: int) -> Iterator[tuple]:
    """Results in input order, with at most a few jobs in flight per worker, so that memory
    stays flat however many inputs there are (Executor.map would submit them all at once)."""
    if workers <= 1 or len(jobs) <= 1:
        for job in jobs:
            yield _work(job)
        return
    ahead = 4 * workers
    with ProcessPoolExecutor(
        max_workers=min(workers, len(jobs)), initializer=_ignore_sigint
    ) as pool:
        pending: deque = deque()
        try:
            for job in jobs:
                pending.append(pool.submit(_work, job))
                if len(pending) >= ahead:
                    yield pending.popleft().result()
            while pending:
                yield pending.popleft().result()
        except BaseException:
            pool.shutdown(wait=True, cancel_futures=True)
            raise


def _ignore_sigint() -> None:
    # Ctrl-C is handled once, by the parent, which cancels the rest and removes its own
    # temporary file; a worker finishes (atomically) the one input it is writing.
    signal.signal(signal.SIGINT, signal.SIG_IGN)


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
) -> list[tuple[str, str]]:
    """Run the batch; returns the failures as (input, message)."""
    try:
        Path(outdir).mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise BatchError(f"{outdir}: cannot create output folder ({exc.strerror or exc})") from None
    suffix = SUFFIX[fmt]
    paths = collect_inputs(inputs)
    if not paths:
        raise BatchError("no input files found")
    targets = [str(Path(outdir) / n) for n in output_names(paths, suffix, combined)]
    work = [(p, t, fmt, tuple(fields), bom, filters) for p, t in zip(paths, targets)]
    failures: list[tuple[str, str]] = []
    previous = signal.signal(signal.SIGTERM, _raise_interrupt)
    try:
        with (
            atomic_output(Path(outdir) / f"{combined}{suffix}") as stream,
            _progress(len(work)) as advance,
        ):
            writer = RecordWriter(fmt, stream, fields, bom)
            for name, chunk, error in _results(work, jobs):
                if error is not None:
                    failures.append((name, error))
                else:
                    writer.write_chunk(*chunk)
                advance()
            writer.close()
    finally:
        signal.signal(signal.SIGTERM, previous)
    return failures


class _progress:
    """A rich progress bar on stderr when stderr is a terminal; nothing otherwise."""

    def __init__(self, total: int):
        self.total, self.bar = total, None

    def __enter__(self):
        if not sys.stderr.isatty():
            return lambda: None
        from rich.console import Console
        from rich.progress import Progress

        self.bar = Progress(console=Console(stderr=True), transient=False)
        self.bar.start()
        task = self.bar.add_task("extracting", total=self.total)
        return lambda: self.bar.advance(task)

    def __exit__(self, *exc):
        if self.bar is not None:
            self.bar.stop()
        return False
