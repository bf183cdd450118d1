"""Every flag of a run becomes part of one options object, here and nowhere else."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from sukien.errors import UsageError
from sukien.options import (
    DEFAULT_HTML_STREAM_DEPTH,
    DEFAULT_HTML_STREAM_MB,
    DEFAULT_MAX_INPUT_SECONDS,
    DEFAULT_MAX_UNCOMPRESSED_MB,
    DEFAULT_MEMORY_MB,
    MIN_PAGES,
    MIN_SHARE,
    DuplicateOptions,
    IngestOptions,
    JsonlFields,
    ProcessOptions,
    ReadOptions,
    RepeatedLineOptions,
    SparkJobOptions,
)

_MB = 1024 * 1024


def build_read_options(
    text_field: str | None = None,
    html_field: str | None = None,
    url_field: str | None = None,
    published_field: str | None = None,
    id_field: str | None = None,
    published: str | None = None,
    max_page_mb: float = 16,
    max_line_mb: float = 2,
    html_stream_mb: float = DEFAULT_HTML_STREAM_MB,
    html_stream_depth: int = DEFAULT_HTML_STREAM_DEPTH,
    max_uncompressed_mb: float = DEFAULT_MAX_UNCOMPRESSED_MB,
    max_input_seconds: float = DEFAULT_MAX_INPUT_SECONDS,
    title_field: str | None = None,
) -> ReadOptions:
    if published is not None:
        check_iso_day(published, "--published")
    if min(max_page_mb, max_line_mb, html_stream_mb, max_uncompressed_mb) <= 0:
        raise UsageError("size limits must be positive")
    if max_input_seconds <= 0:
        raise UsageError(f"--max-input-seconds must be positive, got {max_input_seconds:g}")
    if html_stream_depth < 1:
        raise UsageError(f"--html-stream-depth must be at least 1, got {html_stream_depth}")
    defaults = JsonlFields()
    return ReadOptions(
        max_page_bytes=int(max_page_mb * _MB),
        max_line_bytes=int(max_line_mb * _MB),
        html_stream_bytes=int(html_stream_mb * _MB),
        html_stream_depth=html_stream_depth,
        max_uncompressed_bytes=int(max_uncompressed_mb * _MB),
        max_input_seconds=max_input_seconds,
        jsonl=JsonlFields(
            text=_fields(text_field, defaults.text),
            html=_fields(html_field, defaults.html),
            url=_fields(url_field, defaults.url),
            published=_fields(published_field, defaults.published),
            id=_fields(id_field, defaults.id),
            title=_fields(title_field, defaults.title),
        ),
        published=published,
    )


def build_repeated_options(
    enabled: bool = True, min_pages: int = MIN_PAGES, min_share: float = MIN_SHARE
) -> RepeatedLineOptions | None:
    """The first pass over the inputs, from its flags; None when it is switched off."""
    if not enabled:
        return None
    try:
        return RepeatedLineOptions(min_pages=min_pages, min_share=min_share)
    except ValueError as exc:
        raise UsageError(str(exc)) from exc


def build_process_options(
    read: ReadOptions | None = None,
    repeated: RepeatedLineOptions | None = None,
    clean: bool = True,
    workers: int = 1,
) -> ProcessOptions:
    if workers < 1:
        raise UsageError(f"--workers must be at least 1, got {workers}")
    return ProcessOptions(read=read or ReadOptions(), clean=clean, repeated=repeated,
                          workers=workers)


def build_ingest_options(db: Path, process: ProcessOptions, batch_size: int = 200,
                         force: bool = False, memory_mb: int = DEFAULT_MEMORY_MB
                         ) -> IngestOptions:
    if batch_size < 1:
        raise UsageError(f"--batch-size must be at least 1, got {batch_size}")
    return IngestOptions(db=db, memory_mb=memory_mb, batch_size=batch_size, force=force,
                         process=process, duplicates=DuplicateOptions())


def build_spark_options(inputs: list[str], out: str, master: str | None,
                        partitions: int | None, process: ProcessOptions) -> SparkJobOptions:
    if partitions is not None and partitions < 1:
        raise UsageError(f"--partitions must be at least 1, got {partitions}")
    return SparkJobOptions(tuple(inputs), out, master, partitions, process, DuplicateOptions())


def check_iso_day(value: str, flag: str) -> None:
    try:
        date.fromisoformat(value)
    except ValueError as exc:
        raise UsageError(f"{flag} must be YYYY-MM-DD, got {value!r}") from exc


def _fields(flag: str | None, default: tuple[str, ...]) -> tuple[str, ...]:
    return (flag,) if flag else default
