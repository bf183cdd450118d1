"""The ``sukien`` command. Commands only parse flags, call the library and format results."""

from __future__ import annotations

import json
import logging
import signal
import sys
import tempfile
import threading
import time
from collections.abc import Iterator
from dataclasses import replace
from enum import StrEnum
from importlib import resources
from pathlib import Path
from typing import Annotated

import click
import typer
from rich.console import Console
from rich.table import Table

from sukien import __version__
from sukien.cli.options import (
    build_ingest_options,
    build_process_options,
    build_read_options,
    build_repeated_options,
    build_spark_options,
)
from sukien.cli.progress import IngestProgressBar
from sukien.errors import SukienError, UsageError
from sukien.evaluate import load_gold, score_content
from sukien.evaluate.actors import score_actors
from sukien.evaluate.bkee import load_bkee
from sukien.evaluate.events import NONE, EventScore, score_bkee_mentions, score_events
from sukien.evaluate.metrics import share_of
from sukien.evaluate.time import (
    per_line,
    score_event_dates,
    score_published,
    score_spans,
)
from sukien.export import ExportFormat, ExportSources, export_stream
from sukien.extract import records
from sukien.ingest import IngestSummary, ingest
from sukien.model import Event, EventActor, PageResult, Rejected
from sukien.options import (
    DEFAULT_DB,
    DEFAULT_HTML_STREAM_DEPTH,
    DEFAULT_HTML_STREAM_MB,
    DEFAULT_MAX_INPUT_SECONDS,
    DEFAULT_MAX_UNCOMPRESSED_MB,
    DEFAULT_MEMORY_MB,
    MIN_PAGES,
    MIN_SHARE,
    IngestOptions,
    ProcessOptions,
)
from sukien.processing import page_results
from sukien.store import Store
from sukien.store.stories import StoryOrder
from sukien.time import TimeStage
from sukien.timeline import (
    TimelineQuery,
    html_chunks,
    json_chunks,
    markdown_chunks,
    parse_dyad,
    parse_period,
    parse_types,
    side_text,
    timeline_entries,
)

EXIT_REJECTED = 1
EXIT_USAGE = 2
EXIT_ERROR = 3
EXIT_INTERRUPTED = 130

app = typer.Typer(
    name="sukien",
    help="Vietnamese news pages to a queryable record of political events.",
    epilog=f"Exit codes: 0 done; {EXIT_REJECTED} some input was rejected (with --strict); "
           f"{EXIT_USAGE} usage error (bad option, path or date); {EXIT_ERROR} runtime error "
           f"(database, resources); {EXIT_INTERRUPTED} interrupted.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    # click's own help: rich's option tables cut long option names at 80 columns
    # ('--max-uncompres…'); click wraps the help text and keeps every name whole
    rich_markup_mode=None,
)

DbOption = Annotated[Path, typer.Option(
    "--db", help="DuckDB database file (or, to read, the Parquet folder of sukien.spark).")]
MemoryOption = Annotated[int, typer.Option(
    "--memory-mb", min=16, help="Memory DuckDB may use before it spills to disk; raise it "
                                "to read a whole crawl faster.")]
RepeatedLinesOption = Annotated[bool, typer.Option(
    help="First read all inputs to find lines repeated on many pages of a site (menus, "
         "footers) and drop them; not possible on stdin.")]
RepeatedMinPages = Annotated[int, typer.Option(
    min=2, help="A repeated line is on at least this many pages of its site...")]
RepeatedMinShare = Annotated[float, typer.Option(
    min=0.0, max=1.0, help="...and on at least this share of them.")]
Inputs = Annotated[
    list[str],
    typer.Argument(metavar="PATH",
                   help="Files or directories (txt, html, jsonl[.gz], warc[.gz]); '-' for stdin."),
]


class ExtractFormat(StrEnum):
    JSONL = "jsonl"
    JSON = "json"


class CleanFormat(StrEnum):
    TEXT = "text"
    JSONL = "jsonl"


class TimelineFormat(StrEnum):
    TABLE = "table"
    JSON = "json"
    MARKDOWN = "markdown"
    HTML = "html"


# piped output is for files and other programs: a table row stays one line
_PIPED_WIDTH = 10_000


def _stdout() -> Console:
    return Console(highlight=False, soft_wrap=True,
                   width=None if sys.stdout.isatty() else _PIPED_WIDTH)


def _stderr() -> Console:
    return Console(stderr=True, highlight=False, soft_wrap=True)


def _short_source(page: str) -> str:
    """A page's file name or URL path end: 'vntc.jsonl.gz#vntc/test/…/TG_VNE_T_ (704).txt'
    is shown as 'TG_VNE_T_ (704).txt'."""
    return page.rstrip("/").rsplit("/", 1)[-1].rsplit("#", 1)[-1] or page


def _print_version(context: typer.Context, wanted: bool) -> None:
    if wanted and not context.resilient_parsing:
        _stdout().print(f"sukien {__version__}")
        raise typer.Exit(0)


@app.callback()
def _root(
    debug: Annotated[bool, typer.Option("--debug", help="Show tracebacks and debug logs.")] = False,
    version: Annotated[bool, typer.Option(
        "--version", help="Print the version and exit.", callback=_print_version,
        is_eager=True)] = False,
) -> None:
    logging.basicConfig(level=logging.DEBUG if debug else logging.WARNING)


@app.command("ingest")
def ingest_command(
    inputs: Inputs,
    db: DbOption = DEFAULT_DB,
    memory_mb: MemoryOption = DEFAULT_MEMORY_MB,
    workers: Annotated[int, typer.Option(min=1, help="Worker processes.")] = 1,
    batch_size: Annotated[int, typer.Option(min=1, help="Pages per transaction.")] = 200,
    force: Annotated[bool, typer.Option(help="Re-read inputs already ingested.")] = False,
    strict: Annotated[bool, typer.Option(help="Exit 1 when any input is rejected.")] = False,
    text_field: Annotated[str | None, typer.Option(help="JSONL key of the text.")] = None,
    html_field: Annotated[str | None, typer.Option(help="JSONL key of the HTML.")] = None,
    url_field: Annotated[str | None, typer.Option(help="JSONL key of the URL.")] = None,
    published_field: Annotated[
        str | None, typer.Option(help="JSONL key of the publication date.")
    ] = None,
    id_field: Annotated[str | None, typer.Option(help="JSONL key of the record id.")] = None,
    title_field: Annotated[str | None, typer.Option(
        help="JSONL key of the title, put before the text when the text lacks it.")] = None,
    published: Annotated[
        str | None, typer.Option(help="Publication date (YYYY-MM-DD) for inputs that lack one.")
    ] = None,
    max_page_mb: Annotated[float, typer.Option(help="Reject pages larger than this.")] = 16,
    max_line_mb: Annotated[float, typer.Option(help="Reject lines longer than this.")] = 2,
    html_stream_mb: Annotated[float, typer.Option(
        help="Read HTML pages larger than this by the streaming extraction.")
    ] = DEFAULT_HTML_STREAM_MB,
    html_stream_depth: Annotated[int, typer.Option(
        help="Read HTML pages nested deeper than this by the streaming extraction.")
    ] = DEFAULT_HTML_STREAM_DEPTH,
    max_uncompressed_mb: Annotated[float, typer.Option(
        help="Reject the rest of a .gz input past this many uncompressed MB.")
    ] = DEFAULT_MAX_UNCOMPRESSED_MB,
    max_input_seconds: Annotated[float, typer.Option(
        help="Reject the rest of an input read for longer than this.")
    ] = DEFAULT_MAX_INPUT_SECONDS,
    repeated_lines: RepeatedLinesOption = True,
    repeated_min_pages: RepeatedMinPages = MIN_PAGES,
    repeated_min_share: RepeatedMinShare = MIN_SHARE,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar.")] = False,
) -> None:
    """Read pages into the database; rerunning adds only what is new."""
    options = build_ingest_options(db, build_process_options(
        build_read_options(text_field, html_field, url_field, published_field, id_field,
                           published, max_page_mb, max_line_mb, html_stream_mb,
                           html_stream_depth, max_uncompressed_mb, max_input_seconds,
                           title_field),
        build_repeated_options(repeated_lines, repeated_min_pages, repeated_min_share),
        workers=workers), batch_size, force, memory_mb)
    stop = threading.Event()
    previous = signal.signal(signal.SIGINT, lambda signum, frame: stop.set())
    try:
        with IngestProgressBar(_stderr(), enabled=not quiet) as bar:
            summary = ingest(inputs, options, progress=bar.update, stdin=sys.stdin.buffer,
                             stop=stop)
    finally:
        signal.signal(signal.SIGINT, previous)
    _print_summary(summary, db)
    if summary.interrupted:
        _stderr().print("interrupted: committed batches are kept; rerun the same command to resume")
        raise typer.Exit(EXIT_INTERRUPTED)
    if strict and summary.counts.rejected:
        raise typer.Exit(EXIT_REJECTED)


def _print_summary(summary: IngestSummary, db: Path) -> None:
    counts = summary.counts
    line = f"stored {counts.stored} new pages ({counts.articles} articles), "
    if counts.already_stored:
        line += f"{counts.already_stored} already stored from the same source, "
    line += f"{counts.duplicates} exact duplicates, {counts.rejected} rejected"
    if counts.rejected_before:
        line += f" ({counts.rejected_before} of them already recorded)"
    if summary.duplicate_pairs:
        line += f", {summary.duplicate_pairs} near-duplicate pairs linked"
    if summary.inputs_skipped:
        line += f", {summary.inputs_skipped} inputs already ingested"
    _stdout().print(f"{line} -> {db}")


@app.command("stats")
def stats_command(
    db: DbOption = DEFAULT_DB,
    memory_mb: MemoryOption = DEFAULT_MEMORY_MB,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False,
) -> None:
    """Counts of what the database holds."""
    with Store.open(db, read_only=True, memory_mb=memory_mb) as store:
        stats = store.stats()
    if as_json:
        payload = {
            "schema_version": stats.schema_version, "pages": stats.pages,
            "articles": stats.articles, "rejected": stats.rejected, "sources": stats.sources,
            "copies": stats.copies, "rejected_by_reason": dict(stats.rejected_by_reason),
            "events": stats.events, "stories": stats.stories, "facts": stats.facts,
        }
        _stdout().print_json(json.dumps(payload))
        return
    table = Table("what", "count", title=str(db))
    for label, value in (("pages", stats.pages), ("page sources", stats.sources),
                         ("articles", stats.articles),
                         ("copies of other articles", stats.copies),
                         ("events", stats.events),
                         ("stories (events merged across articles)",
                          "not merged: run 'sukien upgrade'" if stats.stories is None
                          else stats.stories),
                         *((("  of them facts (shown without --all)", stats.facts),)
                           if stats.facts is not None else ()),
                         ("rejected", stats.rejected)):
        table.add_row(label, str(value))
    for reason, count in stats.rejected_by_reason:
        table.add_row(f"  rejected: {reason}", str(count))
    _stdout().print(table)


@app.command("rejected")
def rejected_command(
    db: DbOption = DEFAULT_DB,
    memory_mb: MemoryOption = DEFAULT_MEMORY_MB,
    reason: Annotated[str | None, typer.Option(help="Only this reason.")] = None,
    limit: Annotated[int | None, typer.Option(min=1, help="At most this many.")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="JSON lines.")] = False,
) -> None:
    """Inputs that did not become pages, with the reason."""
    with Store.open(db, read_only=True, memory_mb=memory_mb) as store:
        rows = store.rejected(reason, limit)
        total = store.count_rejected(reason)
    out = _stdout()
    if as_json:
        for row in rows:
            out.print(json.dumps({"source": row.source, "reason": row.reason,
                                  "detail": row.detail, "bytes": row.n_bytes},
                                 ensure_ascii=False), markup=False)
        return
    shown = f"{len(rows)} of {total}" if len(rows) < total else str(total)
    table = Table("source", "reason", "detail",
                  title=f"{shown} rejected inputs" + (f" ({reason})" if reason else ""))
    for row in rows:
        table.add_row(row.source, row.reason, row.detail)
    out.print(table)


@app.command("extract")
def extract_command(
    inputs: Inputs,
    output_format: Annotated[ExtractFormat, typer.Option(
        "--format", help="jsonl (one object per article) or json (a list).")
    ] = ExtractFormat.JSONL,
    published: Annotated[
        str | None, typer.Option(help="Publication date (YYYY-MM-DD) for inputs that lack one.")
    ] = None,
    strict: Annotated[bool, typer.Option(help="Exit 1 when any input is rejected.")] = False,
    clean: Annotated[
        bool, typer.Option(help="Separate article from navigation (--no-clean keeps all lines).")
    ] = True,
    repeated_lines: RepeatedLinesOption = True,
) -> None:
    """One article in, structured JSON out; no database."""
    collected: list[dict[str, object]] = []
    rejected = 0
    options = build_process_options(build_read_options(published=published),
                                    build_repeated_options(repeated_lines), clean)
    for result in _page_results(inputs, options):
        if isinstance(result, Rejected):
            rejected += 1
            continue
        for record in records(result):
            if output_format is ExtractFormat.JSONL:
                _write_jsonl(record)
            else:
                collected.append(record)
    if output_format is ExtractFormat.JSON:
        sys.stdout.write(json.dumps(collected, ensure_ascii=False, indent=2) + "\n")
    if strict and rejected:
        raise typer.Exit(EXIT_REJECTED)


@app.command("clean", short_help="Print the clean articles of pages, without navigation.")
def clean_command(
    inputs: Inputs,
    output_format: Annotated[CleanFormat, typer.Option(
        "--format", help="text (title and paragraphs) or jsonl.")] = CleanFormat.TEXT,
    repeated_lines: RepeatedLinesOption = True,
) -> None:
    """Print the clean articles of pages: title, byline, body, without navigation."""
    out = _stdout()
    options = build_process_options(repeated=build_repeated_options(repeated_lines))
    for result in _page_results(inputs, options):
        if isinstance(result, Rejected):
            continue
        for record in records(result):
            if output_format is CleanFormat.JSONL:
                _write_jsonl(record)
                continue
            out.print(f"# {record['title']}", markup=False)
            byline = " · ".join(str(record[k]) for k in ("author", "agency", "url") if record[k])
            if byline:
                out.print(byline, markup=False)
            out.print("", markup=False)
            out.print(str(record["text"]), markup=False)
            out.print("", markup=False)


def _page_results(inputs: list[str], options: ProcessOptions) -> Iterator[PageResult | Rejected]:
    """Results of the inputs, no database; each rejection is also reported on stderr."""
    for result in page_results(inputs, options, stdin=sys.stdin.buffer):
        if isinstance(result, Rejected):
            _stderr().print(f"rejected {result.source}: {result.reason.value}: {result.detail}",
                            markup=False)
        yield result


def _event_line(event: Event) -> str:
    """'2024-11-27 CONSULT/phone RUS → USA (occurred, line 5)' for terminal listings."""
    def side(actors: tuple[EventActor, ...]) -> str:
        return "+".join(dict.fromkeys(a.country or "?" for a in actors)) or "-"
    when = event.date.value if event.date else "date unknown"
    kind = f"{event.type}/{event.mode}" if event.mode else event.type
    arrow = "↔" if event.symmetric else "→"
    return (f"{when} {kind} {side(event.actors)} {arrow} {side(event.recipients)} "
            f"({event.status}, line {event.evidence.line})")


def _write_jsonl(record: dict[str, object]) -> None:
    sys.stdout.write(json.dumps(record, ensure_ascii=False) + "\n")


@app.command("demo", short_help="Ingest the bundled example pages and show what sukien knows.")
def demo_command(
    db: Annotated[
        Path | None, typer.Option("--db", help="Keep the demo database here.")
    ] = None,
) -> None:
    """Ingest the bundled example pages and show what sukien knows of them."""
    examples = resources.files("sukien") / "examples"
    pages = sorted(str(page) for page in examples.iterdir() if page.name.endswith(".txt"))
    with tempfile.TemporaryDirectory(prefix="sukien-demo-") as tmp:
        target = db or Path(tmp) / "demo.duckdb"
        options = IngestOptions(db=target)
        summary = ingest(pages, options)
        _print_summary(summary, target)
        out = _stdout()
        with Store.open(target, read_only=True) as store:
            for name, article in store.articles():
                published = article.published
                when = (f"published {published.value} (confidence {published.confidence:.2f})"
                        if published else "date unknown")
                out.print(f"{name}  [{len(article.paragraphs)} paragraphs, {when}]", markup=False)
                out.print(f"    {article.title}", markup=False)
                dated = [t for t in article.timexes
                         if t.value and t.kind.value in ("date", "time", "range")]
                if dated:
                    shown = "; ".join(f"{t.text} → {t.value}" for t in dated[:4])
                    out.print(f"    dates: {shown}" + (" …" if len(dated) > 4 else ""),
                              markup=False)
                for event in article.events[:4]:
                    out.print(f"    event: {_event_line(event)}", markup=False)
                if len(article.events) > 4:
                    out.print(f"    … {len(article.events) - 4} more events", markup=False)


@app.command("timeline", short_help="Each event once, oldest first, with every report of it.")
def timeline_command(
    db: DbOption = DEFAULT_DB,
    memory_mb: MemoryOption = DEFAULT_MEMORY_MB,
    dyad: Annotated[str | None, typer.Option(
        "--dyad", help="Two countries, e.g. USA,RUS: events between them.")] = None,
    actor: Annotated[list[str] | None, typer.Option(
        "--actor", help="A country code or part of a name (repeatable).")] = None,
    event_type: Annotated[list[str] | None, typer.Option(
        "--type", help="A PLOVER type, e.g. CONSULT (repeatable, or a comma list).")] = None,
    since: Annotated[str | None, typer.Option("--since", help="YYYY[-MM[-DD]]")] = None,
    until: Annotated[str | None, typer.Option("--until", help="YYYY[-MM[-DD]]")] = None,
    query: Annotated[str | None, typer.Option(
        "--query", help="Words that the evidence sentence must contain, in any case, with "
                        "or without diacritics ('trung quoc' finds 'Trung Quốc').")] = None,
    exact_diacritics: Annotated[bool, typer.Option(
        "--exact-diacritics", help="--query matches only with the same diacritics.")
    ] = False,
    every_status: Annotated[bool, typer.Option(
        "--all", help="Also hypothetical and denied events.")] = False,
    output_format: Annotated[TimelineFormat, typer.Option("--format")] = TimelineFormat.TABLE,
    output: Annotated[Path | None, typer.Option(
        "--output", "-o", help="Write to this file instead of standard output.")] = None,
) -> None:
    """Dated entries, oldest first: each event once, with every article that reports it."""
    timeline_query = TimelineQuery(
        dyad=parse_dyad(dyad, "--dyad"), actors=tuple(actor or ()),
        types=parse_types(event_type, "--type"), since=parse_period(since, "--since"),
        until=parse_period(until, "--until"), text=query, facts_only=not every_status,
        ignore_diacritics=not exact_diacritics)
    title = "sukien timeline" + (f": {dyad}" if dyad else "")
    with Store.open(db, read_only=True, memory_mb=memory_mb) as store:
        _prepare_stories(store, db)
        # entries stream from DuckDB, filtered and ordered there, to the output
        entries = timeline_entries(store.stories(timeline_query))
        if output_format is TimelineFormat.TABLE and output is None:
            out = _stdout()
            table = Table("date", "event", "sides", "status", "sources", title=title,
                          caption=_story_count_text(store, timeline_query, "--all"))
            # on a terminal the evidence gets a third of the width, cut rather than wrapped
            table.add_column("evidence", no_wrap=True, overflow="ellipsis",
                             max_width=max(24, out.width // 3))
            for entry in entries:
                story = entry.story
                kind = f"{story.type}/{story.mode}" if story.mode else story.type
                date = (entry.date or "?") + ("" if entry.year_known else " (year unknown)")
                arrow = "↔" if story.symmetric else "→"
                table.add_row(date, kind, f"{side_text(story.actors)} {arrow} "
                              f"{side_text(story.recipients)}", story.status,
                              "\n".join(f"{_short_source(s.page)}:{s.line}"
                                         for s in entry.sources),
                              entry.summary)
            out.print(table)
            return
        if output_format is TimelineFormat.JSON:
            chunks = json_chunks(entries)
        elif output_format is TimelineFormat.HTML:
            chunks = html_chunks(entries, title)
        else:
            chunks = markdown_chunks(entries, title)
        if output is None:
            sys.stdout.writelines(chunks)
            return
        try:
            with output.open("w", encoding="utf-8") as handle:
                handle.writelines(chunks)
        except OSError as exc:
            raise UsageError(f"cannot write {output}: {exc.strerror}") from exc


def _story_count_text(store: Store, query: TimelineQuery, show_all: str) -> str:
    """How many events ``query`` keeps, and why the others are not shown: a count of
    every story beside a timeline of facts read as a contradiction ('370 events' from
    ``serve``, 347 on its timeline). ``show_all`` names the switch that shows them."""
    shown = store.count_stories(query)
    if not query.facts_only:
        return f"{shown} events"
    everything = store.count_stories(replace(query, facts_only=False))
    if everything == shown:
        return f"{shown} events"
    return (f"{everything} events: {shown} facts shown, {everything - shown} hypothetical "
            f"or denied left out ({show_all} shows them)")


def _prepare_stories(store: Store, db: Path) -> None:
    """Stories merged if out of date, and a word on stderr about anything a reader would
    otherwise miss: a merge that was not stored, pages an older sukien did not code."""
    state = store.prepare_stories()
    if state.built_now and state.counts is not None and not db.is_dir():
        _stderr().print(
            f"note: the stories of {db} were out of date (an interrupted ingest, or a "
            f"database from an older sukien); merged {state.counts.stories} for this run "
            f"in {state.seconds:.1f} s; 'sukien upgrade --db {db}' stores them",
            markup=False)
    if not db.is_dir():
        _warn_missing_stages(store, db)


def _warn_missing_stages(store: Store, db: Path) -> None:
    for missing in store.missing_stages():
        _stderr().print(
            f"warning: {missing.pages} pages of {db} were stored before it had "
            f"{missing.stage} (schema {missing.schema_version}): they have none"
            + (", so no timeline entries" if missing.stage == "events" else "")
            + "; ingest their inputs into a new database to code them",
            markup=False)


@app.command("upgrade", short_help="Bring an older database to this schema; store its stories.")
def upgrade_command(
    db: Annotated[Path, typer.Option(
        "--db", help="DuckDB database file, or Parquet folder of sukien.spark.")] = DEFAULT_DB,
    memory_mb: MemoryOption = DEFAULT_MEMORY_MB,
) -> None:
    """Bring a database written by an older sukien to this one's schema, and store its
    stories merged (an ingest does both too); for a Spark output folder, write its
    stories beside its tables (the Spark job does too)."""
    if db.is_dir():
        with Store.open(db, read_only=True, memory_mb=memory_mb) as folder:
            started = time.perf_counter()
            merged = folder.save_stories_parquet()
        _stdout().print(f"{db}: its stories are current" if merged is None else
                        f"{db}: merged {merged.stories} stories from {merged.events} events "
                        f"in {time.perf_counter() - started:.1f} s, written as Parquet "
                        "beside its tables", markup=False)
        return
    if not db.exists():
        raise UsageError(f"no database at {db}")
    with Store.open(db, memory_mb=memory_mb) as store:
        before = store.migrated_from
        started = time.perf_counter()
        counts = None if store.stories_current() else store.build_stories()
        seconds = time.perf_counter() - started
        version = store.schema_version
        _warn_missing_stages(store, db)
    line = (f"upgraded {db} from schema {before} to {version}" if before is not None
            else f"{db} has the current schema ({version})")
    if counts is not None:
        line += (f"; merged {counts.stories} stories from {counts.events} events "
                 f"in {seconds:.1f} s")
    else:
        line += "; its stories are current"
    _stdout().print(line, markup=False)


@app.command("serve", short_help="A local, read-only web UI: timeline, events, rejected inputs.")
def serve_command(
    db: DbOption = DEFAULT_DB,
    memory_mb: MemoryOption = DEFAULT_MEMORY_MB,
    host: Annotated[str, typer.Option(
        "--host", help="Address to listen on; keep 127.0.0.1 unless others should see it.")
    ] = "127.0.0.1",
    port: Annotated[int, typer.Option("--port", min=1, max=65535)] = 8000,
) -> None:
    """A local web UI: timeline with search, filters, sort and downloads, events with
    their mentions and evidence, actors, a chart, rejected inputs. Keeps the database
    open read-only while it runs."""
    import uvicorn  # the web stack loads only for this command

    from sukien.web import create_app, load_catalog

    with Store.open(db, read_only=True, memory_mb=memory_mb) as store:
        _prepare_stories(store, db)
        catalog = load_catalog(store)
        counted = _story_count_text(store, TimelineQuery(),
                                    "the timeline's 'hypothetical and denied too'")
        _stdout().print(f"sukien: {counted}; from {db} on http://{host}:{port}/ "
                        "(Ctrl-C stops)", markup=False)
        uvicorn.run(create_app(catalog), host=host, port=port, log_level="warning")


@app.command("export", short_help="PLOVER records (JSON lines), or CSV or Parquet tables.")
def export_command(
    out: Annotated[Path, typer.Argument(
        metavar="OUT",
        help="A file for plover-jsonl; a directory for csv and parquet (events + mentions).")],
    db: DbOption = DEFAULT_DB,
    memory_mb: MemoryOption = DEFAULT_MEMORY_MB,
    output_format: Annotated[ExportFormat, typer.Option("--format")] = ExportFormat.PLOVER_JSONL,
    every_status: Annotated[bool, typer.Option(
        "--all", help="Also hypothetical and denied events.")] = False,
) -> None:
    """PLOVER records with their CAMEO code: one row per event, and where each is reported.

    Parquet and CSV have typed columns: date_start/date_end (the days the date's period
    covers), lists of sides and links, and each article's title, publication date and URL.
    """
    query = TimelineQuery(facts_only=not every_status)
    with Store.open(db, read_only=True, memory_mb=memory_mb) as store:
        _prepare_stories(store, db)
        # every story's links in one query: a few thousand pairs on all of VNTC
        links = store.story_links(None, query)
        # a batch's articles (title, publication date, ingest time) in one query each
        sources = ExportSources(lambda ids: links, store.article_citations)
        count = export_stream(store.stories(query, order=StoryOrder.EXPORT), sources,
                              output_format, out)
    _stderr().print(f"exported {count} events to {out}", markup=False)


eval_app = typer.Typer(help="Score the pipeline against gold annotations.",
                       no_args_is_help=True, rich_markup_mode=None)
app.add_typer(eval_app, name="eval")
GoldOption = Annotated[
    Path | None, typer.Option("--gold", help="Gold file (default: the bundled examples/gold.json).")
]


def _eval_options() -> ProcessOptions:
    """The shipped pipeline, as ``sukien extract`` runs it: no evaluation-only switches."""
    return build_process_options(build_read_options(), build_repeated_options())


def _gold_path(gold: Path | None) -> Path:
    return gold or Path(str(resources.files("sukien") / "examples" / "gold.json"))


@eval_app.command("content", short_help="Title and body lines: precision, recall and F1.")
def eval_content_command(
    gold: GoldOption = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False,
) -> None:
    """Title and body line precision, recall and F1 per page and overall."""
    score = score_content(load_gold(_gold_path(gold)), _eval_options())
    if as_json:
        payload = {
            "precision": score.precision, "recall": score.recall, "f1": score.f1,
            "articles_matched": score.articles_matched,
            "metadata_accuracy": score.metadata_accuracy,
            "pages": [{"page": p.page, "false_positives": list(p.false_positives),
                       "false_negatives": list(p.false_negatives),
                       "articles": [p.gold_articles, p.found_articles]} for p in score.pages],
        }
        sys.stdout.write(json.dumps(payload) + "\n")
        return
    table = Table("page", "extra lines", "missed lines", "articles (gold/found)",
                  "author/url/agency", title="content: title + body lines")
    for page in score.pages:
        flags = "".join("✓" if ok else "✗" for ok in (page.author_ok, page.url_ok, page.agency_ok))
        table.add_row(page.page, str(list(page.false_positives)),
                      str(list(page.false_negatives)),
                      f"{page.gold_articles}/{page.found_articles}", flags)
    out = _stdout()
    out.print(table)
    out.print(f"precision {score.precision:.3f}  recall {score.recall:.3f}  F1 {score.f1:.3f}  "
              f"articles matched {score.articles_matched:.2f}  "
              f"metadata {score.metadata_accuracy:.2f}")


@eval_app.command("published", short_help="Publication dates against the gold ranges.")
def eval_published_command(
    gold: GoldOption = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False,
) -> None:
    """Publication dates: right when in the gold range, with the year only where derivable."""
    score = score_published(load_gold(_gold_path(gold)), _eval_options())
    if as_json:
        sys.stdout.write(json.dumps({
            "precision": score.precision, "recall": score.recall, "f1": score.f1,
            "pages": [{"page": p.page, "found": p.found.value if p.found else None,
                       "confidence": p.found.confidence if p.found else None,
                       "correct": p.correct, "why": p.why} for p in score.pages],
        }) + "\n")
        return
    table = Table("page", "gold range", "found", "confidence", "", "why / evidence",
                  title="published")
    for page in score.pages:
        gold_range = "-"
        if page.gold is not None:
            gold_range = f"{page.gold.earliest}..{page.gold.latest}" + (
                "" if page.gold.derivable else " (year not derivable)")
        found = page.found
        table.add_row(page.page, gold_range, found.value if found else "-",
                      f"{found.confidence:.2f}" if found else "-", "✓" if page.correct else "✗",
                      f"{page.why}: {found.evidence}" if found else page.why)
    out = _stdout()
    out.print(table)
    out.print(f"precision {score.precision:.3f}  recall {score.recall:.3f}  F1 {score.f1:.3f}")


@eval_app.command("time", short_help="Timexes: gold event dates, publication dates, BKEE TIME.")
def eval_time_command(
    gold: GoldOption = None,
    bkee: Annotated[Path | None, typer.Option(
        "--bkee", help="BKEE corpus (the .tar.gz or its folder): recall of its TIME mentions.")
    ] = None,
    split: Annotated[str, typer.Option("--split", help="BKEE split.")] = "dev",
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False,
) -> None:
    """Timexes: gold event dates found on their lines, publication dates, BKEE TIME recall."""
    documents = load_gold(_gold_path(gold))
    options = _eval_options()
    events = score_event_dates(documents, options)
    published = score_published(documents, options)
    bkee_score = None
    if bkee is not None:
        stage = TimeStage()
        bkee_score = score_spans("sukien", load_bkee(bkee, split),
                                 per_line(lambda text: [(m.start, m.end)
                                                        for m in stage.mentions(text)]))
    event_recall = share_of(c.correct for c in events)
    if as_json:
        payload: dict[str, object] = {
            "event_dates": {"recall": event_recall.rate, "checked": event_recall.total,
                            "missed": [c.event_id for c in events if not c.correct]},
            "published": {"precision": published.precision, "recall": published.recall,
                          "f1": published.f1},
        }
        if bkee_score is not None:
            payload["bkee"] = {"split": split, "gold": bkee_score.gold,
                               "recall": bkee_score.recall, "predicted": bkee_score.predicted,
                               "mb_per_s": bkee_score.throughput}
        sys.stdout.write(json.dumps(payload) + "\n")
        return
    out = _stdout()
    table = Table("page", "event", "gold date", "timexes on its lines", "", title="event dates")
    for check in events:
        table.add_row(check.page, check.event_id, check.gold, ", ".join(check.found) or "-",
                      "✓" if check.correct else "✗")
    out.print(table)
    out.print(f"event dates: recall {event_recall}")
    out.print(f"published: precision {published.precision:.3f}  recall {published.recall:.3f}  "
              f"F1 {published.f1:.3f}")
    if bkee_score is not None:
        out.print(f"BKEE {split} TIME mentions: recall {bkee_score.recall:.3f} "
                  f"({bkee_score.found}/{bkee_score.gold}), {bkee_score.predicted} spans found, "
                  f"{bkee_score.throughput:.2f} MB/s")


CorpusOption = Annotated[Path | None, typer.Option(
    "--corpus", help="JSON-lines corpus (.jsonl or .jsonl.gz) holding the records a gold names "
                     "by id, e.g. VNTC for benchmarks/gold/*.json.")]


@eval_app.command("events", short_help="Gold events found, precision, confusion of types.")
def eval_events_command(
    gold: GoldOption = None,
    corpus: CorpusOption = None,
    bkee: Annotated[Path | None, typer.Option(
        "--bkee", help="BKEE corpus (.tar.gz or folder): mention-level type P/R/F1.")] = None,
    split: Annotated[str, typer.Option("--split", help="BKEE split.")] = "dev",
    details: Annotated[bool, typer.Option(
        "--details", help="Also list every gold event, found or not.")] = False,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False,
) -> None:
    """Gold events found (primary with type, countries and date; secondary without the date),
    precision, recall by type, a confusion table of types, events without a named recipient and
    events coded on control pages; with --bkee, event mentions on BKEE."""
    options = _eval_options()
    score = score_events(load_gold(_gold_path(gold)), options, corpus)
    types = score_bkee_mentions(load_bkee(bkee, split), options) if bkee is not None else None
    if as_json:
        payload: dict[str, object] = {
            "primary_recall": score.recall("primary"),
            "secondary_recall": score.recall("secondary"),
            "precision": score.precision, "predicted": score.predicted,
            "correct": score.correct, "gold_events": len(score.checks),
            "by_type": {k: {"found": f, "gold": n} for k, (f, n) in score.by_type().items()},
            "confusion": [{"gold": g, "coded": c, "count": n}
                          for (g, c), n in sorted(score.confusion().items())],
            "missing_recipient_rate": score.missing_recipient_rate,
            "control_pages": score.control_pages, "control_events": score.control_events,
            "missed": [c.gold.event_id for c in score.checks if not c.found]}
        if types is not None:
            payload["bkee"] = {"split": split, "precision": types.precision,
                               "recall": types.recall, "f1": types.f1,
                               "annotated_precision": types.annotated_precision,
                               "annotated_f1": types.annotated_f1}
        sys.stdout.write(json.dumps(payload) + "\n")
        return
    out = _stdout()
    if details:
        out.print(_gold_event_table(score))
    out.print(_type_table(score))
    out.print(_confusion_table(score))
    out.print(f"primary recall {score.recall('primary'):.3f}  secondary recall "
              f"{score.recall('secondary'):.3f}  precision {score.precision:.3f} "
              f"({score.correct}/{score.predicted} coded facts match a gold event; "
              f"{len(score.checks)} gold events)")
    out.print(f"coded facts without a named recipient {score.missing_recipient_rate:.3f}; "
              f"{score.control_events} false events coded on {score.control_pages} control "
              "pages (sport, business, culture)")
    if types is not None:
        out.print(f"BKEE {split}, event mentions by line and type (CONSULT, ASSAULT, PROTEST, "
                  f"COERCE, RETREAT), shipped pipeline: P {types.precision:.3f}  "
                  f"R {types.recall:.3f}  F1 {types.f1:.3f}")
        out.print(f"  false mentions counted on annotated lines only (BKEE annotates about a "
                  f"third of its sentences): P {types.annotated_precision:.3f}  "
                  f"F1 {types.annotated_f1:.3f}")


def _gold_event_table(score: EventScore) -> Table:
    table = Table("page", "event", "tier", "type", "countries", "date", "", title="gold events")
    for check in score.checks:
        g = check.gold
        sides = "/".join(sorted(g.actor_countries)) + " → " + "/".join(
            sorted(g.recipient_countries))
        table.add_row(check.page, g.event_id, g.tier, g.types[0], sides,
                      g.date or "-", "✓" if check.found else "✗")
    return table


def _type_table(score: EventScore) -> Table:
    table = Table("gold type", "found", "gold", "recall", title="recall by type")
    for kind, (found, total) in score.by_type().items():
        table.add_row(kind, str(found), str(total), f"{found / total:.2f}")
    return table


def _confusion_table(score: EventScore) -> Table:
    """Each non-empty cell of the confusion matrix as a row: gold type, the type coded on
    its lines with its sides (-: nothing), how often; gold types in order."""
    table = Table("gold type", "coded as", "events",
                  title="confusion of types (-: no event, or no gold event)")
    cells = sorted(score.confusion().items(),
                   key=lambda cell: (cell[0][0] == NONE, cell[0][0], -cell[1], cell[0][1]))
    for (gold, coded), count in cells:
        table.add_row(gold, coded, str(count))
    return table


@eval_app.command("actors", short_help="Every side of every gold event: found, sector, placed.")
def eval_actors_command(
    gold: GoldOption = None,
    corpus: CorpusOption = None,
    details: Annotated[bool, typer.Option(
        "--details", help="Also list every gold side and what was coded on its lines.")
    ] = False,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False,
) -> None:
    """Every side of every gold event: found in its article (its country; with its sector),
    placed on its side of its event, and coded on the event's lines (the seeds' score)."""
    score = score_actors(load_gold(_gold_path(gold)), _eval_options(), corpus)
    sides = score.sides
    if as_json:
        sys.stdout.write(json.dumps({
            "recall": score.recall.rate, "checked": score.recall.total,
            "named_correct": score.named.hits, "named_checked": score.named.total,
            "sides_found": sides.found.rate, "sector_right": sides.sector_right.rate,
            "placed": sides.placed.rate, "sides": sides.found.total,
            "missed": [{"page": c.page, "event": c.gold.event_id, "country": c.gold.country,
                        "sector": c.gold.sector, "name": c.gold.name} for c in score.checks
                       if not c.correct]}) + "\n")
        return
    out = _stdout()
    if details:
        table = Table("page", "event", "gold actor", "coded on its lines", "",
                      title="event actors")
        for check in score.checks:
            wanted = f"{check.gold.name or '-'} {check.gold.country}/{check.gold.sector or '-'}"
            table.add_row(check.page, check.gold.event_id, wanted,
                          ", ".join(dict.fromkeys(check.found)) or "-",
                          "✓" if check.correct else "✗")
        out.print(table)
    out.print(f"sides found in their article {sides.found}; with their sector "
              f"{sides.sector_right}; placed on their side of their event {sides.placed}")
    out.print(f"on the event's lines: recall {score.recall}; named people "
              f"{score.named.hits}/{score.named.total}")


@app.command("spark", short_help="The ingest pipeline on Apache Spark, writing Parquet.")
def spark_command(
    inputs: Annotated[list[str], typer.Argument(
        metavar="INPUT", help="Files or directories; any Hadoop filesystem URI.")],
    out: Annotated[str, typer.Option("--out", help="Output folder of Parquet tables.")],
    master: Annotated[str | None, typer.Option(
        help="Spark master, e.g. local[*]; left to spark-submit when not given.")] = None,
    partitions: Annotated[int | None, typer.Option(
        help="Partitions the pages are spread over (default: one per 2,000 pages, at least "
             "4 per core).")] = None,
    published: Annotated[
        str | None, typer.Option(help="Publication date (YYYY-MM-DD) for inputs that lack one.")
    ] = None,
    repeated_lines: RepeatedLinesOption = True,
    repeated_min_pages: RepeatedMinPages = MIN_PAGES,
    repeated_min_share: RepeatedMinShare = MIN_SHARE,
) -> None:
    """The ingest pipeline on Apache Spark, writing the store's tables as Parquet that
    timeline, serve, export and stats read with --db OUT. Needs the spark extra and Java."""
    from sukien.spark import run_job  # pyspark loads only for this command

    options = build_spark_options(inputs, out, master, partitions, build_process_options(
        build_read_options(published=published),
        build_repeated_options(repeated_lines, repeated_min_pages, repeated_min_share)))
    _stdout().print(str(run_job(options)), markup=False)


def main(argv: list[str] | None = None) -> None:
    """Console entry point: typed errors become one line and an exit code (the traceback
    too with --debug)."""
    args = sys.argv[1:] if argv is None else argv
    debug = _debug_requested(args)
    try:
        app(args=args, prog_name="sukien")
    except UsageError as exc:
        if debug:
            raise
        _stderr().print(f"error: {exc}", markup=False)
        sys.exit(EXIT_USAGE)
    except SukienError as exc:
        if debug:
            raise
        _stderr().print(f"error: {exc}", markup=False)
        sys.exit(EXIT_ERROR)


def _debug_requested(args: list[str]) -> bool:
    """Whether the root options hold --debug, parsed as the command will parse them."""
    command = typer.main.get_command(app)
    try:
        context = command.make_context("sukien", list(args), resilient_parsing=True)
    except click.exceptions.Exit:
        return False
    return bool(context.params.get("debug"))
