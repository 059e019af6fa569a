"""The command as a process of its own: `ningbo-indicators` and `python -m ningbo_indicators`.

`cli.main` is the command for any caller: it ends in `SystemExit`, which a program that calls
it can catch. `run` wraps it with what only a process of its own may do:

- the package's imports run with the garbage collector paused and their dataclasses' code
  taken from the disk cache (`engine_imports`), and what they built is frozen (the collector
  never walks it again); while the command runs, the collector runs a tenth as often;
- at the end the exit handlers run (the disk cache of compiled patterns is saved there) and
  the output is flushed, then the process ends at once, without the interpreter's freeing of
  every module and object one by one (2 % of the command's instructions on a report). It does
  not under a debugger, a profiler or `python -i`, which need the interpreter's own end, nor
  while another thread runs, nor where `atexit` has no `_run_exitfuncs` (not CPython).
"""

from __future__ import annotations

import atexit
import gc
import os
import sys
import threading

from . import engine_imports


def run() -> None:
    """The console script: `cli.main()`, then the process ends with its exit status."""
    with engine_imports():
        from .cli import main

        gc.freeze()
    # the collector's youngest generation examined a tenth as often (Python 3.11: every 7,000
    # new objects, not every 700): a report's run makes objects that live to the end (its
    # records, their texts, the rows and patterns made on first use), which each collection
    # walks again until they reach the oldest generation (the bundled report: -1.9 M
    # instructions; 1 MB: -1.4 %, same memory)
    first, *older = gc.get_threshold()
    gc.set_threshold(first * 10, *older)
    try:
        main()
    except SystemExit as end:
        if (end.code is None or isinstance(end.code, int)) and _may_end_at_once():
            _end_at_once(end.code or 0)
        raise


def _may_end_at_once() -> bool:
    return (
        sys.gettrace() is None
        and sys.getprofile() is None
        and not sys.flags.inspect
        and threading.active_count() == 1
        and callable(getattr(atexit, "_run_exitfuncs", None))
    )


def _end_at_once(code: int) -> None:
    """Ends the process as the interpreter would with `code`: exit handlers, then the output
    flushed (status 120 where that fails, as Python's own end gives), then `os._exit`."""
    atexit._run_exitfuncs()
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.flush()
        except ValueError:  # (a stream the command closed: nothing to flush)
            pass
        except OSError:
            code = code or 120
    os._exit(code)
