"""The `ningbo-indicators` command: options in, calls to the library, exit codes out.

No extraction rules and no arithmetic live here.
"""

from __future__ import annotations

import gc
import os
import sys

import click

from . import __version__
from .filters import Filters, select
from .model import DIMENSIONS, FIELDS, KINDS, PERIODS, QUALIFIERS, STATUSES
from .outputs.export import (
    FILE_FORMATS,
    FORMATS,
    FieldError,
    format_for,
    parse_fields,
    write_records,
)
from .pipeline import extract_source
from .readers import SourceError, read_source


class UsageFailure(click.ClickException):
    """A one-line `Error: ...` on stderr and exit status 2, never a traceback."""

    exit_code = 2


def _warn(message: str) -> None:
    click.echo(f"Warning: {message}", err=True)


# ------------------------------------------------------------------ shared option groups

# (one instance each, shared by the options that take a file: click's Path type looks up its
# translated messages when made, 20 µs each)
OUTPUT_FILE = click.Path(dir_okay=False, writable=True)
INPUT_FILE = click.Path(dir_okay=False)


def _shared(*decorators):
    """A decorator that gives a command the options of `decorators` (`click.option(...)`s, in
    the order they would be stacked) as stacking them would, but made once: the same Option
    objects for every command that takes them. An Option holds nothing of a command or of a
    run, and making one costs ~45,000 instructions (the ~70 that the commands repeated were
    ~3 M of the command's start-up). Click's decorators keep a function's parameters in its
    `__click_params__`, last first, until `@command` makes the command: so does this."""

    def stand_in():
        pass

    for decorator in reversed(decorators):
        decorator(stand_in)
    options = vars(stand_in)["__click_params__"]

    def attach(f):
        if isinstance(f, click.Command):  # (placed above @command: as click.option does)
            f.params.extend(reversed(options))
            return f
        vars(f).setdefault("__click_params__", []).extend(options)
        return f

    return attach


# The filters shared by extract, show, summary, html and export.
filter_options = _shared(
    click.option(
        "--kind", multiple=True, type=click.Choice(KINDS), help="Keep these kinds (repeatable)."
    ),
    click.option(
        "--dimension",
        multiple=True,
        type=click.Choice(DIMENSIONS),
        help="Keep these dimensions (repeatable).",
    ),
    click.option(
        "--status",
        type=click.Choice(STATUSES),
        help="actual: last year's results; target: this year's plan.",
    ),
    click.option("--year", type=int, help="Keep figures that refer to this year."),
    click.option(
        "--period",
        multiple=True,
        type=click.Choice(PERIODS),
        help="year: one year's figure; years: an average, total or change over several "
        "years, or a goal for a later year; part: a quarter, half or months (repeatable).",
    ),
    click.option(
        "--qualifier",
        multiple=True,
        type=click.Choice(QUALIFIERS),
        help="Keep these qualifiers (repeatable).",
    ),
    click.option("--unit", multiple=True, help="Unit as written, e.g. 亿元 (repeatable)."),
    click.option("--base-unit", multiple=True, help="Base unit, e.g. 元 (repeatable)."),
    click.option("--indicator", metavar="TEXT", help="Indicator contains TEXT."),
    click.option("--section", metavar="TEXT", help="Section heading contains TEXT."),
    click.option("--grep", metavar="PATTERN", help="Regular expression searched in the sentence."),
    click.option("--min", "min_", type=float, metavar="N", help="base_value >= N."),
    click.option("--max", "max_", type=float, metavar="N", help="base_value <= N."),
)


def _filters(kw: dict) -> Filters:
    grep = kw.pop("grep")
    if grep:
        import regex

        try:
            regex.compile(grep)
        except regex.error as exc:
            raise UsageFailure(f"--grep: invalid regular expression: {exc}") from None
    return Filters(
        kind=kw.pop("kind"),
        dimension=kw.pop("dimension"),
        status=kw.pop("status"),
        year=kw.pop("year"),
        period=kw.pop("period"),
        qualifier=kw.pop("qualifier"),
        unit=kw.pop("unit"),
        base_unit=kw.pop("base_unit"),
        indicator=kw.pop("indicator"),
        section=kw.pop("section"),
        grep=grep,
        min=kw.pop("min_"),
        max=kw.pop("max_"),
    )


# --format, --output, --fields, --bom: spelled the same by every command that writes.
output_options = _shared(
    click.option(
        "--format",
        "-f",
        "fmt",
        type=click.Choice(FORMATS),
        help="Default: table on a terminal, jsonl otherwise; or from -o's suffix.",
    ),
    click.option(
        "--output",
        "-o",
        type=OUTPUT_FILE,
        help="Write to this file (atomically) instead of standard output.",
    ),
    click.option(
        "--fields",
        metavar="A,B,...",
        help=f"Columns to write, in order. Valid: {','.join(FIELDS)}.",
    ),
    click.option("--bom", is_flag=True, help="CSV with a UTF-8 BOM, for Excel."),
)


def _read_all(inputs: tuple[str, ...]) -> list:
    """Read every input first, so that a bad one fails before anything is written."""
    sources = []
    for name in inputs or (None,):
        try:
            src = read_source(name)
        except SourceError as exc:
            raise UsageFailure(str(exc)) from None
        if not src.text.strip():
            _warn(f"{src.name}: empty input, no records")
        for warning in src.warnings:
            _warn(warning)
        sources.append(src)
    return sources


keys_option = _shared(
    click.option(
        "--keys",
        "keys_file",
        type=INPUT_FILE,
        help="A table of canonical indicator keys (CSV, the columns of the "
        "shipped data/indicators.csv) instead of the shipped one.",
    )
)


def _keys(path):
    from .dataset.keys import KeyTableError, load_keys

    try:
        return load_keys(path)
    except KeyTableError as exc:
        raise UsageFailure(f"--keys: {exc}") from None


def _records(sources, keys=None) -> list:
    out = []
    for src in sources:
        out.extend(extract_source(src, keys=keys))
    return out


def _check_output(output: str) -> None:
    """Refuse, before any work is written, an output file whose folder does not exist."""
    folder = os.path.dirname(output) or "."
    if not os.path.isdir(folder):
        raise UsageFailure(f"{output}: the folder {folder} does not exist")


def emit(
    rows, fmt: str | None, output: str | None, fields, bom: bool, title: str | None = None
) -> None:
    """Write rows (records or dicts) to stdout or atomically to `output`."""
    fmt = format_for(fmt, output, sys.stdout.isatty())
    path = None if output in (None, "-") else output  # (the file written, if any)
    if path is not None:
        _check_output(path)
    if fmt == "table":
        from rich.console import Console

        from .outputs.render import render_table, stdout_console

        rows = list(rows)
        if path is not None:
            from .outputs.export import atomic_output

            with atomic_output(path) as stream:
                Console(file=stream, width=200, color_system=None).print(
                    render_table(rows, fields, title)
                )
        else:
            stdout_console().print(render_table(rows, fields, title))
        return
    if path is not None:
        from .outputs.export import atomic_output

        with atomic_output(path) as stream:
            write_records(rows, fmt, stream, fields, bom)
    else:
        stream = _utf8_stdout()
        try:
            write_records(rows, fmt, stream, fields, bom)
            stream.flush()
        except BrokenPipeError:  # `| head`: the reader has all it wanted
            _silence_stdout()
            sys.exit(0)


def _utf8_stdout():
    """Standard output as UTF-8 whatever the locale says (JSON and CSV are UTF-8)."""
    out = sys.stdout
    if (getattr(out, "encoding", "utf-8") or "").lower().replace("-", "") != "utf8" and hasattr(
        out, "reconfigure"
    ):
        out.reconfigure(encoding="utf-8")
    return out


def _fields(spec: str | None, fmt: str | None, valid=FIELDS):
    try:
        names = parse_fields(spec, valid)
    except FieldError as exc:
        raise UsageFailure(f"--fields: {exc}") from None
    return names if spec else None


# ------------------------------------------------------------------ commands


try:  # (click's parser class: private, so looked up where it is and left alone elsewhere)
    from click.parser import _OptionParser
except ImportError:  # pragma: no cover (a click that moved it: its own parser, as it is)
    _OptionParser = None  # type: ignore[assignment,misc]


if _OptionParser is not None:

    class _ShortFirstParser(_OptionParser):
        """Click's parser, which matches an option such as `-f` as a short option at once.

        Click tries every option as a long one first; `-f` fails that with `NoSuchOption`,
        whose making (click 8.2 and later) imports difflib and ranks the close matches among
        the long options, and only then is `-f` matched as the short option it is: ~3 M
        instructions and ~60 page faults of each run given `-f` (nearly 1 % of the command's
        start-up), for an error that is thrown away. Where the long try could not match (the
        argument is no long option and does not start with a whole prefix such as `--`), this
        goes straight to what click then does; every other argument takes click's own way.
        """

        def _process_opts(self, arg: str, state) -> None:
            if (
                "=" not in arg
                and arg[:2] not in self._opt_prefixes
                and arg not in self._long_opt
                and getattr(self.ctx, "token_normalize_func", None) is None
            ):
                self._match_short_opt(arg, state)
            else:
                super()._process_opts(arg, state)


class Command(click.Command):
    """A command of the group: click's, with `_ShortFirstParser` where click has the parser
    it extends."""

    def make_parser(self, ctx: click.Context):
        if _OptionParser is None:  # pragma: no cover
            return super().make_parser(ctx)
        parser = _ShortFirstParser(ctx)
        for param in self.get_params(ctx):
            param.add_to_parser(parser, ctx)
        return parser


class LazyGroup(click.Group):
    """A group whose commands are made when first asked for: to run one, or to list them all
    for --help (click's documented pattern for lazily loaded subcommands: `list_commands` and
    `get_command` overridden). Making a command makes its Options and Arguments, ~45,000
    instructions each: making all ten for a run of one took ~1.4 M of its start-up."""

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        # name: (the function, the click decorators it takes, in the order they would be
        # stacked), for the commands not made yet
        self.recipes: dict[str, tuple] = {}

    def lazy_command(self, name: str, *decorators):
        """`@group.lazy_command(name, d1, d2)` over a function: the command that
        `@group.command(name)` over `@d1` over `@d2` would make, made when first asked for."""

        def register(f):
            self.recipes[name] = (f, decorators)
            return f

        return register

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted({*self.commands, *self.recipes})

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        if cmd_name not in self.commands and cmd_name in self.recipes:
            f, decorators = self.recipes[cmd_name]
            for decorator in reversed(decorators):
                f = decorator(f)
            self.add_command(click.command(cmd_name, cls=Command)(f))
        return super().get_command(ctx, cmd_name)

    def resolve_command(self, ctx: click.Context, args: list[str]):
        if args and args[0] not in self.recipes:  # (a name it does not know: click suggests
            for name in self.recipes:  # the names of `self.commands`, so every one is made)
                self.get_command(ctx, name)
        return super().resolve_command(ctx, args)


@click.group(cls=LazyGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="ningbo-indicators")
def cli():
    """Quantitative indicators of Chinese government work reports (政府工作报告).

    Every growth rate, amount, count, ratio and percentage-point figure of a report becomes a
    record: value, unit, base value, indicator, status (actual or target), year, section.

    \b
    Example:
        ningbo-indicators extract --status target --kind growth -f table
    """


@cli.lazy_command(
    "extract",
    click.argument("inputs", nargs=-1, metavar="[FILE|-]..."),
    output_options,
    filter_options,
    click.option("--limit", type=click.IntRange(min=0), help="At most N records."),
    click.option(
        "--indicator-key",
        multiple=True,
        metavar="KEY",
        help="Keep records with this canonical key, e.g. gdp_growth (repeatable).",
    ),
    keys_option,
)
def extract(inputs, fmt, output, fields, bom, limit, indicator_key, keys_file, **kw):
    """Records of one or more reports (the bundled Ningbo 2024 report by default).

    \b
    Examples:
        ningbo-indicators extract                      # bundled report, JSON Lines
        ningbo-indicators extract report.txt -o out.csv --bom
        ningbo-indicators extract --status target --kind growth -f table
        cat report.txt | ningbo-indicators extract - --fields indicator,value,unit
    """
    import dataclasses

    filters = dataclasses.replace(_filters(kw), indicator_key=indicator_key)
    names = _fields(fields, fmt)
    # (None: extract's own, the shipped table; an empty --keys is a file that cannot be read)
    keys = _keys(keys_file) if keys_file is not None else None
    sources = _read_all(inputs)
    if output and not fmt and _is_database(output):
        _write_database(output, sources, keys, filters, limit)
        return
    records = select(_records(sources, keys), filters, limit)
    default_fields = (
        None
        if names
        else (FIELDS if format_for(fmt, output, sys.stdout.isatty()) != "table" else None)
    )
    emit(records, fmt, output, names or default_fields, bom)


def _is_database(path: str) -> bool:
    from .outputs.sqlite import is_database_path

    return is_database_path(path)


def _write_database(path, sources, keys, filters, limit=None) -> None:
    """Every source with its selected records into the SQLite database at `path`."""
    from .outputs.sqlite import DatabaseError, write_database

    pairs = []
    left = limit
    for src in sources:
        records = list(select(_records([src], keys), filters, left))
        if left is not None:
            left -= len(records)
        pairs.append((src, records))
    try:
        write_database(path, pairs)
    except DatabaseError as exc:
        raise UsageFailure(str(exc)) from None


@cli.lazy_command(
    "text",
    click.argument("input_", metavar="[FILE|-]", required=False),
    click.option(
        "--output",
        "-o",
        type=OUTPUT_FILE,
        help="Write the text to this file (atomically) instead of standard output.",
    ),
    click.option(
        "--json",
        "as_json",
        is_flag=True,
        help="One JSON object: source, reader, encoding, the start offset of each page, text.",
    ),
)
def text_(input_, output, as_json):
    """The text a reader makes of an input (PDF, web page, Word, text): what the offsets of
    records refer to, so that text[start:end] == record.text can be checked.

    \b
    Examples:
        ningbo-indicators text report.pdf -o report.txt
        ningbo-indicators text page.html | less
        ningbo-indicators text report.pdf --json | jq '.pages | length'
    """
    (src,) = _read_all((input_,) if input_ else ())
    if as_json:
        import json

        body = json.dumps(
            {
                "source": src.name,
                "reader": src.reader,
                "encoding": src.encoding,
                "pages": list(src.pages) if src.pages is not None else None,
                "text": src.text,
            },
            ensure_ascii=False,
        )
        body += "\n"
    else:
        body = src.text
    if output and output != "-":
        from .outputs.export import atomic_output

        with atomic_output(output) as stream:
            stream.write(body)
        return
    stream = _utf8_stdout()
    try:
        stream.write(body)
        if not as_json and body and not body.endswith("\n") and stream.isatty():
            stream.write("\n")  # for the prompt; never added when piped or written to a file
        stream.flush()
    except BrokenPipeError:
        _silence_stdout()
        sys.exit(0)


@cli.lazy_command(
    "show",
    click.argument("input_", metavar="[FILE|-]", required=False),
    filter_options,
    click.option("--pager", is_flag=True, help="Page the output (less -R)."),
)
def show(input_, pager, **kw):
    """The report text with every mention highlighted, a colour per kind.

    The filters decide which mentions are marked; --section also narrows the text to the
    sections whose heading contains TEXT.

    \b
    Examples:
        ningbo-indicators show --status target --kind growth
        ningbo-indicators show report.txt --section 科技 --pager
    """
    from rich.console import Console

    from .outputs.render import render_show

    filters = _filters(kw)
    (src,) = _read_all((input_,) if input_ else ())
    records = list(select(_records([src]), filters))
    ranges = _section_ranges(src.text, filters.section) if filters.section else [(0, len(src.text))]
    if filters.section and not ranges:
        _warn(f"no section heading contains {filters.section!r}")
    console = Console()
    group = render_show(src.text, records, ranges)
    if pager:
        with console.pager(styles=True):
            console.print(group)
    else:
        console.print(group)


def _section_ranges(text: str, needle: str) -> list[tuple[int, int]]:
    from .context.structure import read_structure
    from .numbers import fold

    doc = read_structure(text, fold(text))
    out = []
    heads = doc.headings
    for i, h in enumerate(heads):
        if needle in h.text:
            end = len(text)
            for nxt in heads[i + 1 :]:
                if nxt.level <= h.level:
                    end = nxt.start
                    break
            out.append((h.start, end))
    return out


@cli.lazy_command(
    "summary",
    click.argument("inputs", nargs=-1, metavar="[FILE|-]..."),
    click.option(
        "--format",
        "-f",
        "fmt",
        type=click.Choice(["table", "json"]),
        default="table",
        show_default=True,
    ),
    filter_options,
)
def summary(inputs, fmt, **kw):
    """At a glance: mentions by kind, dimension, status and section, top indicators, money.

    \b
    Examples:
        ningbo-indicators summary
        ningbo-indicators summary report.txt -f json | jq .by_kind
    """
    import json

    from .outputs.render import render_summary, summarize

    filters = _filters(kw)
    sources = _read_all(inputs)
    records = list(select(_records(sources), filters))
    data = summarize(records)
    name = ", ".join(s.name for s in sources)
    if fmt == "json":
        click.echo(json.dumps({"source": name, **data}, ensure_ascii=False, indent=2))
        return
    from rich.console import Console

    Console().print(render_summary(data, name))


@cli.lazy_command(
    "export",
    click.argument("outdir", type=click.Path(), metavar="OUT"),
    click.argument("inputs", nargs=-1, required=True, metavar="FILE|DIR..."),
    click.option(
        "--format",
        "-f",
        "fmt",
        type=click.Choice((*FILE_FORMATS, "sqlite")),
        help="csv (default), jsonl, json: a folder of files; sqlite: one database "
        "(the default when OUT ends in .db, .sqlite or .sqlite3).",
    ),
    click.option("--fields", metavar="A,B,...", help="Columns to write, in order."),
    click.option("--bom", is_flag=True, help="CSV with a UTF-8 BOM, for Excel."),
    click.option(
        "--jobs",
        "-j",
        type=click.IntRange(min=1),
        default=None,
        help="Worker processes (default: the number of cores).",
    ),
    click.option(
        "--combined",
        default="combined",
        show_default=True,
        help="Name (without suffix) of the file that holds every record.",
    ),
    filter_options,
)
def export_(outdir, inputs, fmt, fields, bom, jobs, combined, **kw):
    """Batch: one output file per input plus one combined file, or one SQLite database; in
    parallel.

    Inputs may be folders: the reports in them (.txt .md .pdf .html .htm .mht .docx),
    recursively; the output folder mirrors each folder given (reports/cities/杭州市/2024.md
    -> out/cities/杭州市/2024.csv); files given one by one keep their names. A database
    (OUT ending in .db/.sqlite, or -f sqlite) gets tables reports and records and views
    targets and panel; a re-run replaces the rows of the reports it reads again. A bad input
    does not stop the others; it is reported at the end and the exit status is 1.

    \b
    Examples:
        ningbo-indicators export out/ reports/ --jobs 2
        ningbo-indicators export out/ a.txt b.pdf -f jsonl
        ningbo-indicators export corpus.db reports/ && datasette corpus.db
    """
    from .outputs.batch import BatchError, run_batch

    filters = _filters(kw)
    fmt = fmt or ("sqlite" if _is_database(outdir) else "csv")
    if fmt == "sqlite" and fields:
        raise UsageFailure("--fields: a database holds every field (select columns in SQL)")
    names = _fields(fields, fmt) or FIELDS
    try:
        failures = run_batch(
            outdir, inputs, fmt, names, bom, jobs or os.cpu_count() or 1, filters, combined, _warn
        )
    except BatchError as exc:
        raise UsageFailure(str(exc)) from None
    if failures:
        for name, message in failures:
            click.echo(f"Error: {name}: {message}", err=True)
        sys.exit(1)


@cli.lazy_command(
    "targets",
    click.argument("input_", metavar="[FILE|-]", required=False),
    output_options,
    keys_option,
)
def targets(input_, fmt, output, fields, bom, keys_file):
    """The main expected targets (主要预期目标) beside last year's results for the same key.

    \b
    Examples:
        ningbo-indicators targets
        ningbo-indicators targets report.md -f csv -o targets.csv
    """
    from .dataset.targets import (
        TARGET_ALL_FIELDS,
        TARGET_FIELDS,
        TARGET_TABLE_FIELDS,
        targets_table,
    )

    keys = _keys(keys_file)
    on_screen = format_for(fmt, output, sys.stdout.isatty()) == "table"
    names = _fields(fields, fmt, TARGET_ALL_FIELDS) or (
        TARGET_TABLE_FIELDS if on_screen else TARGET_FIELDS
    )
    (src,) = _read_all((input_,) if input_ else ())
    rows = targets_table(src.text, _records([src], keys), keys)
    if not rows:
        _warn(f"{src.name}: no target found")
    emit([r.to_dict() for r in rows], fmt, output, names, bom, title=f"{src.name}: main targets")


@cli.lazy_command(
    "panel",
    click.argument("inputs", nargs=-1, required=True, metavar="FILE|DIR..."),
    output_options,
    keys_option,
    click.option("--long", "long_", is_flag=True, help="One row per report and key."),
    click.option("--place", help="The place of every report (when detection fails)."),
    click.option("--year", type=int, help="The plan year of every report (when detection fails)."),
)
def panel(inputs, fmt, output, fields, bom, keys_file, long_, place, year):
    """A panel of many reports: one row per report, targets and actuals per canonical key.

    Place and year are detected from each text (the congress or government that speaks,
    the year of the plan); --place and --year override. Wide CSV by default: the main
    columns (GDP growth target and last year's growth, CPI, unemployment, jobs), then a
    target and an actual column for every key that any report fills.

    \b
    Examples:
        ningbo-indicators panel reports/ -o panel.csv
        ningbo-indicators panel reports/ --long -f jsonl | jq 'select(.key=="gdp_growth")'
    """
    from .dataset.targets import LONG_FIELDS, filled_fields, panel_row, wide_fields
    from .outputs.batch import collect_inputs

    keys = _keys(keys_file)
    paths = collect_inputs(inputs)
    if not paths:
        raise UsageFailure("no input files found")
    valid = LONG_FIELDS if long_ else wide_fields(keys)
    names = _fields(fields, fmt, valid)
    rows = []
    for src in _read_all(tuple(paths)):
        wide, long_rows = panel_row(
            src.name, src.text, _records([src], keys), keys, place=place, year=year
        )
        if wide["place"] is None:
            _warn(f"{src.name}: place not detected (use --place)")
        if wide["year"] is None:
            _warn(f"{src.name}: year not detected (use --year)")
        rows.extend(long_rows if long_ else [wide])
    if names is None:
        names = LONG_FIELDS if long_ else filled_fields(rows, keys)
    fmt = fmt or (None if output else "csv")
    emit(rows, fmt, output, names, bom)


def _reports(inputs, keys, place=None) -> list:
    """Read every input (files or folders) and turn each into an achievement Report."""
    from .dataset.achievement import read_report
    from .outputs.batch import collect_inputs

    paths = collect_inputs(inputs)
    if not paths:
        raise UsageFailure("no input files found")
    return [
        read_report(src.name, src.text, _records([src], keys), keys, place)
        for src in _read_all(tuple(paths))
    ]


def _known_keys(wanted, keys) -> None:
    from .dataset.keys import unique_keys

    names = {k.key for k in unique_keys(keys)}
    unknown = [k for k in wanted if k not in names]
    if unknown:
        raise UsageFailure(f"--key: unknown key(s) {', '.join(unknown)} (see data/indicators.csv)")


@cli.lazy_command(
    "achievement",
    click.argument("inputs", nargs=-1, required=True, metavar="FILE|DIR..."),
    output_options,
    keys_option,
    click.option("--key", "key_", multiple=True, metavar="KEY", help="Keep this key (repeatable)."),
    click.option("--place", multiple=True, help="Keep this place (repeatable), e.g. 宁波市."),
)
def achievement(inputs, fmt, output, fields, bom, keys_file, key_, place):
    """Target beside realised: one row per place, plan year and key with a target.

    The realised value of year t is what the same place's report of year t+1 states for
    year t; met is yes, no or unknown (no report of t+1, or no figure in it). The rules for
    each qualifier (左右, 以上, 以内, ranges) are in the README.

    \b
    Examples:
        ningbo-indicators achievement reports/ningbo --key gdp_growth -f table
        ningbo-indicators achievement reports/ -o achievement.csv --bom
    """
    from .dataset.achievement import ALL_FIELDS, FIELDS, TABLE_FIELDS, achievement_rows

    keys = _keys(keys_file)
    _known_keys(key_, keys)
    on_screen = format_for(fmt, output, sys.stdout.isatty()) == "table"
    names = _fields(fields, fmt, ALL_FIELDS) or (TABLE_FIELDS if on_screen else FIELDS)
    if output not in (None, "-"):
        _check_output(output)
    rows, warnings = achievement_rows(_reports(inputs, keys), keys, only=key_, places=place)
    for message in warnings:
        _warn(message)
    if not rows:
        _warn("no target found")
    emit(rows, fmt, output, names, bom, title="target beside realised")


@cli.lazy_command(
    "chart",
    click.argument("inputs", nargs=-1, required=True, metavar="FILE|DIR..."),
    click.option("--key", "key_", default="gdp_growth", show_default=True, metavar="KEY"),
    click.option("--place", multiple=True, help="Draw this place only (repeatable)."),
    click.option(
        "--output",
        "-o",
        required=True,
        type=OUTPUT_FILE,
        help="The HTML file to write (atomically).",
    ),
    click.option("--title", help="The chart's title (default: the key's name)."),
    click.option("--open", "open_", is_flag=True, help="Open the page in the default browser."),
    keys_option,
)
def chart(inputs, key_, place, output, title, open_, keys_file):
    """A chart of target and realised values over the years, one pair of lines per place.

    One self-contained HTML page (inline SVG, nothing from the network): the target's band
    for ranges and 左右, axis labels, a legend; hovering a point shows its value and source
    sentence.

    \b
    Examples:
        ningbo-indicators chart reports/ningbo --key gdp_growth -o gdp.html --open
        ningbo-indicators chart reports/ --key cpi --place 宁波市 --place 全国 -o cpi.html
    """
    from .dataset.achievement import achievement_rows
    from .dataset.keys import unique_keys
    from .outputs.chart import render_chart
    from .outputs.export import atomic_output

    keys = _keys(keys_file)
    _known_keys((key_,), keys)
    _check_output(output)
    rows, warnings = achievement_rows(_reports(inputs, keys), keys, only=(key_,), places=place)
    for message in warnings:
        _warn(message)
    if not rows:
        raise UsageFailure(f"no target of {key_} found in the inputs")
    info = next(k for k in unique_keys(keys) if k.key == key_)
    page = render_chart(rows, title or f"{info.name} {info.label}", key_)
    with atomic_output(output) as stream:
        stream.write(page)
    if open_:
        import webbrowser
        from pathlib import Path

        if not webbrowser.open(Path(output).resolve().as_uri()):
            _warn("no browser found; open the file yourself: " + str(Path(output).resolve()))


@cli.lazy_command(
    "html",
    click.argument("input_", metavar="[FILE|-]", required=False),
    click.option(
        "--output",
        "-o",
        type=OUTPUT_FILE,
        help="The HTML file to write (atomically); standard output if omitted.",
    ),
    click.option("--open", "open_", is_flag=True, help="Open the page in the default browser."),
    filter_options,
    keys_option,
)
def html_(input_, output, open_, keys_file, **kw):
    """A review page: the report with every mention marked, and the records table beside it.

    One self-contained file (no network): hover or focus a mark to see its record, click a
    table row to jump to its mark. The filters decide which mentions are marked.

    \b
    Examples:
        ningbo-indicators html -o review.html --open
        ningbo-indicators html report.md --status target -o targets.html
    """
    from .outputs.export import atomic_output
    from .outputs.review import render_review

    filters = _filters(kw)
    keys = _keys(keys_file)
    (src,) = _read_all((input_,) if input_ else ())
    records = list(select(_records([src], keys), filters))
    page = render_review(src.text, records, src.name)
    if output:
        with atomic_output(output) as stream:
            stream.write(page)
    else:
        _utf8_stdout().write(page)
    if open_:
        if not output:
            raise UsageFailure("--open needs --output")
        import webbrowser
        from pathlib import Path

        if not webbrowser.open(Path(output).resolve().as_uri()):
            _warn("no browser found; open the file yourself: " + str(Path(output).resolve()))


def main(argv=None) -> None:
    """Console entry point: one-line errors, quiet on a closed pipe, 130 on Ctrl-C."""
    # what the imports built (compiled patterns, tables) lives as long as the process: the
    # garbage collector need not walk it again on every collection of a run (3 % of a report)
    gc.freeze()
    try:
        rv = cli.main(args=argv, prog_name="ningbo-indicators", standalone_mode=False)
    except click.ClickException as exc:
        exc.show()
        sys.exit(exc.exit_code)
    except (click.exceptions.Abort, KeyboardInterrupt):
        click.echo("Interrupted.", err=True)
        sys.exit(130)
    except BrokenPipeError:
        _silence_stdout()
        sys.exit(0)
    except OSError as exc:  # -o into a missing folder, a full disk: one line, no traceback
        where = f"{exc.filename}: " if exc.filename else ""
        click.echo(f"Error: {where}{exc.strerror or exc}", err=True)
        sys.exit(2)
    try:
        sys.stdout.flush()
    except BrokenPipeError:
        _silence_stdout()
    sys.exit(rv if isinstance(rv, int) else 0)


def _silence_stdout() -> None:
    """Python's signal docs recipe: point stdout at devnull so the exit flush cannot fail."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):
        pass
