"""Benchmark: prints median figures, each beside the floor it is measured against in the same run.

    python benchmarks/bench.py            # everything (a few minutes)
    python benchmarks/bench.py --quick    # fewer repetitions, smaller batch

Sections: extraction throughput (vs one pass of a single compiled number pattern), start-up of
the command (vs a process that imports regex, reads the report and scans it once), the real
corpus of ../shared/corpus, batch export with one and two jobs (wall time, speed-up, peak
memory), the export of ../shared/corpus/more with two jobs, hostile inputs (time per MB and
per record vs the report's), the peers (jionlp, chinese2digits, Recognizers-Text: optional,
skipped where not installed; never dependencies of the project) and the readers: a generated 100-page PDF, a web page and a .docx of the same text, read and
extracted, each against the extraction of its text alone. Nothing here asserts: goals are
compared in the printed table.
"""

from __future__ import annotations

import argparse
import gc
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import regex

from ningbo_indicators import extract
from ningbo_indicators.extractors._parts import NUMBER
from ningbo_indicators.readers import bundled_text
from ningbo_indicators.readers.text import BUNDLED_NAME

ROOT = Path(__file__).resolve().parents[1]
CORPUS = Path(os.environ.get("NINGBO_SHARED", ROOT.parent / "shared")) / "corpus"
FLOOR = regex.compile(NUMBER)
# the bundled report as a file (the command reads it from the package's data)
REPORT_FILE = ROOT / "ningbo_indicators" / "data" / BUNDLED_NAME
# What the command's process cannot avoid: start Python, import regex, read the report, scan
# it once with the number pattern (argv: the pattern, then the files: the export's floor reads
# every file of more/ the same way).
_FLOOR_PROCESS = (
    "import sys, regex; p = regex.compile(sys.argv[1]); "
    "[sum(1 for _ in p.finditer(open(f, encoding='utf-8').read())) for f in sys.argv[2:]]"
)


def median_time(fn, runs: int) -> float:
    return median_times([fn], runs)[0]


def median_times(fns: list, runs: int) -> list[float]:
    """The median time of each function, the functions run in turn in each of `runs` rounds: a
    figure and its floor interleaved, so that a change of the machine's load while they run (it
    is shared) falls on both, not on whichever happened to run second; every other round in the
    other order, so that none always runs after another's garbage."""
    times: list[list[float]] = [[] for _ in fns]
    for r in range(runs):
        pairs = list(zip(fns, times))
        for fn, kept in pairs if r % 2 == 0 else reversed(pairs):
            gc.collect()
            start = time.perf_counter()
            fn()
            kept.append(time.perf_counter() - start)
    return [statistics.median(kept) for kept in times]


def row(*cells) -> None:
    print("  " + " | ".join(str(c) for c in cells))


def mb(text: str) -> float:
    return len(text.encode("utf-8")) / 1e6


def throughput(report: str, runs: int, sizes: list[int]) -> tuple[float, float]:
    print("\n## Extraction throughput (extract() on one core)")
    row("input", "size", "extract", "floor: one number pattern", "ratio", "chars/s", "MB/s")
    per_mb = per_record = 0.0
    for label, target in [("bundled report", 0)] + [
        (f"report × to {s // 10**6} MB", s) for s in sizes
    ]:
        text = report if not target else (report * (target // len(report.encode()) + 1))
        n = runs if not target else max(5, runs // (10 * target // 10**6))
        t, floor = median_times(
            [
                lambda text=text: extract(text),
                lambda text=text: sum(1 for _ in FLOOR.finditer(text)),
            ],
            n,
        )
        row(
            label,
            f"{mb(text):.2f} MB",
            f"{t * 1000:.1f} ms",
            f"{floor * 1000:.2f} ms",
            f"{t / floor:.1f}×",
            f"{len(text) / t:,.0f}",
            f"{mb(text) / t:.2f}",
        )
        if not target:
            per_mb = t / mb(text)
            per_record = t / len(extract(text))
        elif target == 10**6:
            print(
                f"  goal: at most 10× the floor on the report repeated to 1 MB -> "
                f"{'met' if t / floor <= 10 else 'missed'}"
            )
    return per_mb, per_record


def startup(runs: int) -> None:
    print("\n## Start-up (whole process, bundled report, JSON Lines to /dev/null)")
    exe = shutil.which("ningbo-indicators")
    if exe is None:
        print("  ningbo-indicators is not installed; skipped")
        return
    # the disk cache of compiled patterns (ningbo_indicators/compiled.py), in directories of
    # this run: filled by the first run (warm), emptied before every run (cold), turned off
    warm_dir, cold_dir = tempfile.mkdtemp(), tempfile.mkdtemp()
    # bytecode as after `pip install .`: compiled once into a directory of this run, also where
    # the environment says not to write it (PYTHONDONTWRITEBYTECODE, an editable checkout), so
    # that the figure does not depend on how the package was installed
    pyc_dir = tempfile.mkdtemp()
    base = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    base["PYTHONPYCACHEPREFIX"] = pyc_dir
    cache = "NINGBO_INDICATORS_CACHE"
    warm, cold, off = ({**base, cache: d} for d in (warm_dir, cold_dir, "off"))
    # and as this environment runs it (an editable checkout without bytecode recompiles the
    # package's modules every run)
    as_is = {**os.environ, cache: warm_dir}

    def run(cmd, env=None):
        if env is cold:
            shutil.rmtree(cold_dir, ignore_errors=True)
        start = time.perf_counter()
        subprocess.run(cmd, stdout=subprocess.DEVNULL, check=True, env=env)
        return time.perf_counter() - start

    # warm the file cache, the pattern cache and the bytecode (the floor's imports too)
    run([exe, "extract", "-f", "jsonl"], warm)
    run([sys.executable, "-c", _FLOOR_PROCESS, NUMBER, str(REPORT_FILE)], base)
    commands = {
        "python -c pass": ([sys.executable, "-c", "pass"], base),
        "import the CLI and the engine": (
            [sys.executable, "-c", "import ningbo_indicators.cli, ningbo_indicators.pipeline"],
            warm,
        ),
        "floor: python imports regex, reads the report, scans it once": (
            [sys.executable, "-c", _FLOOR_PROCESS, NUMBER, str(REPORT_FILE)],
            base,
        ),
        "ningbo-indicators extract -f jsonl": ([exe, "extract", "-f", "jsonl"], warm),
        "… the pattern cache cold (a first run)": ([exe, "extract", "-f", "jsonl"], cold),
        "… the pattern cache off": ([exe, "extract", "-f", "jsonl"], off),
        "… bytecode as this environment has it": ([exe, "extract", "-f", "jsonl"], as_is),
    }
    times: dict[str, list[float]] = {name: [] for name in commands}
    for _ in range(runs):  # interleaved, so that a noisy moment hits all of them alike
        for name, (cmd, env) in commands.items():
            times[name].append(run(cmd, env))
    for directory in (warm_dir, cold_dir, pyc_dir):
        shutil.rmtree(directory, ignore_errors=True)
    row("command", "median", "fastest")
    for name, ts in times.items():
        row(name, f"{statistics.median(ts) * 1000:.0f} ms", f"{min(ts) * 1000:.0f} ms")
    floor = min(times["floor: python imports regex, reads the report, scans it once"])
    cmd = min(times["ningbo-indicators extract -f jsonl"])
    print(
        f"  the command / the floor process (fastest runs): {cmd / floor:.2f}×; goal at most "
        f"2.5× -> {'met' if cmd / floor <= 2.5 else 'missed'}"
    )
    print(
        "  with the pattern cache cold / off / bytecode as this environment has it: "
        f"{min(times['… the pattern cache cold (a first run)']) / floor:.2f}× / "
        f"{min(times['… the pattern cache off']) / floor:.2f}× / "
        f"{min(times['… bytecode as this environment has it']) / floor:.2f}×"
    )


def corpus() -> None:
    print("\n## Real corpus (../shared/corpus)")
    files = sorted(CORPUS.glob("*/*.md")) if CORPUS.is_dir() else []
    if not files:
        print(f"  no corpus at {CORPUS}; skipped")
        return
    texts = [p.read_text("utf-8") for p in files]
    size = sum(mb(t) for t in texts)
    start = time.perf_counter()
    n = sum(len(extract(t)) for t in texts)
    t = time.perf_counter() - start
    row(
        f"{len(files)} reports",
        f"{size:.1f} MB",
        f"{t:.2f} s",
        f"{size / t:.2f} MB/s",
        f"{n:,} records",
    )


def batch(report: str, count: int) -> None:
    print(f"\n## Batch export ({count} report-sized inputs, CSV)")
    exe = shutil.which("ningbo-indicators")
    if exe is None:
        print("  ningbo-indicators is not installed; skipped")
        return
    with tempfile.TemporaryDirectory() as tmp:
        inputs = Path(tmp) / "in"
        inputs.mkdir()
        for i in range(count):
            (inputs / f"r{i:05}.txt").write_text(report, "utf-8")
        results = {}
        for jobs in (1, 2):
            out = Path(tmp) / f"out{jobs}"
            cmd = ["/usr/bin/time", "-f", "%M"] if Path("/usr/bin/time").exists() else []
            start = time.perf_counter()
            proc = subprocess.run(
                [*cmd, exe, "export", str(out), str(inputs), "--jobs", str(jobs)],
                capture_output=True,
                text=True,
                check=True,
            )
            wall = time.perf_counter() - start
            peak = proc.stderr.strip().splitlines()[-1] if cmd else "?"
            children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
            results[jobs] = wall
            row(
                f"--jobs {jobs}",
                f"{wall:.2f} s",
                f"{count / wall:.0f} reports/s",
                f"peak RSS of the parent {peak} KB",
                f"largest process so far {children} KB",
            )
        print(
            f"  speed-up with 2 jobs: {results[1] / results[2]:.2f}×; goal 1,000 reports under "
            f"10 s with two jobs -> {'met' if results[2] * 1000 / count < 10 else 'missed'}"
        )


def export_more(runs: int, jobs: int = 2) -> None:
    print(f"\n## Export of the corpus's more/ folder (CSV, --jobs {jobs}, {runs} runs)")
    exe = shutil.which("ningbo-indicators")
    more = CORPUS / "more"
    if exe is None or not more.is_dir():
        print(f"  ningbo-indicators not installed or no {more}; skipped")
        return
    files = sorted(p for p in more.rglob("*") if p.is_file())
    size = sum(p.stat().st_size for p in files) / 1e6
    timer = ["/usr/bin/time", "-f", "%M"] if Path("/usr/bin/time").exists() else []
    # the same run's floor: one process reads every file and scans it once with the number
    # pattern (one core: a floor of the work, not of the two cores' wall time)
    floor_cmd = [sys.executable, "-c", _FLOOR_PROCESS, NUMBER, *map(str, files)]
    walls, cpus, floors, peaks = [], [], [], []
    for r in range(runs):  # (interleaved with the floor, alternating which goes first)
        for step in ("export", "floor") if r % 2 == 0 else ("floor", "export"):
            if step == "floor":
                start = time.perf_counter()
                subprocess.run(floor_cmd, check=True)
                floors.append(time.perf_counter() - start)
                continue
            with tempfile.TemporaryDirectory() as tmp:
                before = resource.getrusage(resource.RUSAGE_CHILDREN)
                start = time.perf_counter()
                proc = subprocess.run(
                    [*timer, exe, "export", str(Path(tmp) / "out"), str(more), "--jobs", str(jobs)],
                    capture_output=True,
                    text=True,
                    check=True,
                )
                walls.append(time.perf_counter() - start)
                after = resource.getrusage(resource.RUSAGE_CHILDREN)
                cpus.append(after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime)
                peaks.append(proc.stderr.strip().splitlines()[-1] if timer else "?")
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    row("reports", "size", "wall: fastest / median", "CPU, all processes: median", "MB/s")
    row(
        len(files),
        f"{size:.0f} MB",
        f"{min(walls):.2f} s / {statistics.median(walls):.2f} s",
        f"{statistics.median(cpus):.2f} s",
        f"{size / min(walls):.1f}",
    )
    row(
        "floor: one process reads every file and scans it once (one core)",
        f"{min(floors):.2f} s / {statistics.median(floors):.2f} s",
        f"the export's fastest / the floor's fastest: {min(walls) / min(floors):.1f}×",
    )
    print(f"  peak RSS of the parent {', '.join(peaks)} KB; largest process so far {children} KB")
    print(
        f"  goal: at most 3 s with 2 jobs (fastest run) -> {'met' if min(walls) <= 3 else 'missed'}"
    )


def peers(report: str, runs: int) -> None:
    """The same report through other Chinese number extractors (each optional)."""
    print("\n## Peers on the bundled report (each skipped where it is not installed)")
    floor, ours = median_times(
        [lambda: sum(1 for _ in FLOOR.finditer(report)), lambda: extract(report)], runs
    )
    row("extractor", "time", "× the number-pattern floor", "found")
    row("floor: one number pattern", f"{floor * 1000:.2f} ms", "1.0×", "")
    row("ningbo-indicators extract()", f"{ours * 1000:.1f} ms", f"{ours / floor:.1f}×",
        len(extract(report)))  # fmt: skip

    def jionlp_money():
        import jionlp

        return lambda text: jionlp.ner.extract_money(text)

    def chinese2digits():
        import chinese2digits

        return lambda text: chinese2digits.takeNumberFromString(text)

    def recognizers():
        from recognizers_number_with_unit import NumberWithUnitRecognizer
        from recognizers_text import Culture

        model = NumberWithUnitRecognizer(Culture.Chinese).get_currency_model()
        return lambda text: model.parse(text)

    for name, make in [
        ("jionlp.ner.extract_money (money only)", jionlp_money),
        ("chinese2digits.takeNumberFromString", chinese2digits),
        ("Recognizers-Text, Chinese currency model (emoji<1)", recognizers),
    ]:
        try:
            fn = make()
            found = fn(report)
        except Exception as exc:  # ImportError, or a peer that fails on the text
            row(name, f"skipped ({type(exc).__name__}: {str(exc)[:60]})", "", "")
            continue
        n = max(3, runs // 10)
        t = median_time(lambda fn=fn: fn(report), n)
        count = len(found.get("digitsStringList", [])) if isinstance(found, dict) else len(found)
        row(name, f"{t * 1000:.1f} ms", f"{t / floor:.1f}×", count)


def hostile(report_per_mb: float, report_per_record: float, size: int) -> None:
    print(
        f"\n## Hostile inputs ({size // 1000} k characters each, median of 3): time per MB vs the "
        "report"
    )
    sys.path.insert(0, str(ROOT / "tests"))
    from hostile_inputs import HOSTILE  # the same inputs the tests run (no pytest needed)

    row("input", "MB", "time", "s/MB", "× report", "records", "µs per record", "× report")
    worst = 0.0
    for name, make in HOSTILE.items():
        text = make(size)
        times = []
        for _ in range(3):  # a median, as the report's figure is
            start = time.perf_counter()
            n = len(extract(text))
            times.append(time.perf_counter() - start)
        t = statistics.median(times)
        per = t / mb(text)
        row(
            name,
            f"{mb(text):.2f}",
            f"{t:.2f} s",
            f"{per:.3f}",
            f"{per / report_per_mb:.1f}×",
            n,
            f"{t / n * 1e6:.0f}" if n else "-",
            f"{t / n / report_per_record:.1f}×" if n else "-",
        )
        # the unit of work: a MB of text, or a record where an input is all figures
        worst = max(worst, min(per / report_per_mb, t / n / report_per_record if n else 1e9))
    print(
        f"  the report: {report_per_mb:.3f} s/MB, {report_per_record * 1e6:.0f} µs per record; "
        f"goal: every input within 3× the report per MB or per record -> "
        f"{'met' if worst <= 3 else 'missed'} (worst {worst:.1f}×)"
    )


def readers(runs: int) -> None:
    print("\n## Readers: a 100-page report as PDF, web page and Word file (read + extract)")
    sys.path.insert(0, str(ROOT / "tests"))
    try:
        import docx  # noqa: F401
        import reportlab  # noqa: F401
        from formats import (
            AGREEMENT_REPORTS,
            RUNNING_HEADER,
            _html_blocks,
            blocks,
            render_docx,
            render_html,
            render_pdf,
        )
    except ImportError:
        print("  reportlab and python-docx (the test extras) write the files; skipped")
        return
    from ningbo_indicators.pipeline import extract_source
    from ningbo_indicators.readers import read_source

    if CORPUS.is_dir():
        texts = [(CORPUS / name).read_text("utf-8") for name in AGREEMENT_REPORTS]
    else:
        texts = [bundled_text()]
    report_blocks = [b for t in texts for b in blocks(t)]
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        pdf = folder / "report.pdf"
        layout = render_pdf(report_blocks, pdf, header=RUNNING_HEADER, footer="of", min_pages=100)
        # the web page and the Word file hold about the same text as the PDF's 100 pages
        drawn = sum(len(line) for page in layout.pages for line in page)
        held = sum(len(b.text) + sum(len(c) for r in b.rows for c in r) for b in report_blocks)
        same = report_blocks * max(1, round(drawn / held))
        page = folder / "report.html"
        page.write_bytes(render_html(same, "政府工作报告"))
        word = folder / "report.docx"
        render_docx(same, word)
        files = [("PDF, reportlab CID font", pdf), ("web page", page), ("Word .docx", word)]
        chromium = shutil.which("chromium") or shutil.which("chromium-browser")
        if chromium:  # a second PDF producer: embedded fonts, justified text
            html_file = folder / "print.html"
            html_file.write_text(
                '<html><head><meta charset="utf-8"><style>@page{size:A4;margin:2.5cm}'
                "body{font-size:15pt;line-height:1.6} p{text-align:justify;margin:0}</style>"
                f"</head><body>{_html_blocks(same, 'strong')}</body></html>",
                "utf-8",
            )
            printed = folder / "printed.pdf"
            subprocess.run(
                [chromium, "--headless", "--no-sandbox", "--disable-gpu",
                 "--no-pdf-header-footer", f"--print-to-pdf={printed}", html_file.as_uri()],
                capture_output=True, timeout=300, check=False,
            )  # fmt: skip
            if printed.exists():
                files.insert(1, ("PDF, printed by Chromium", printed))
        row("input", "pages", "chars", "read", "read + extract", "extract of its text", "ratio")
        for label, path in files:
            src = read_source(path)
            n = max(3, runs // 5)
            read, both, floor = median_times(
                [
                    lambda path=path: read_source(path),
                    lambda path=path: extract_source(read_source(path)),
                    lambda text=src.text: extract(text),
                ],
                n,
            )
            row(
                label,
                len(src.pages) if src.pages else "-",
                f"{len(src.text):,}",
                f"{read * 1000:.0f} ms",
                f"{both * 1000:.0f} ms",
                f"{floor * 1000:.0f} ms",
                f"{both / floor:.1f}×",
            )
        print("  goal: a 100-page PDF read and extracted in about a second -> see the PDF rows")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="fewer runs, smaller inputs")
    args = parser.parse_args()
    report = bundled_text()
    runs = 15 if args.quick else 51
    print(
        f"# ningbo-indicators benchmark ({os.cpu_count()} cores, Python "
        f"{sys.version.split()[0]}, medians)"
    )
    per_mb, per_record = throughput(report, runs, [10**6] if args.quick else [10**6, 10**7])
    startup(11 if args.quick else 31)
    corpus()
    batch(report, 200 if args.quick else 1000)
    export_more(3 if args.quick else 5)
    hostile(per_mb, per_record, 200_000 if args.quick else 1_000_000)
    readers(15 if args.quick else 31)
    peers(report, 11 if args.quick else 31)


if __name__ == "__main__":
    main()
