"""Ingest: read inputs, run the per-page pipeline (in processes if asked), store in batches.

Reading stays in the main process and streams; workers only get pages, a
bounded number at a time, so memory does not grow with the size of a crawl.
Inputs are read twice: a first pass counts the lines repeated across each
site's pages (bounded memory too), which the clean stage then drops.
"""

from __future__ import annotations

import functools
import multiprocessing
import signal
import threading
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass
from itertools import islice
from pathlib import Path
from typing import BinaryIO

from sukien.clean import NO_REPEATED_LINES, LineCounter, RepeatedLineOptions, RepeatedLines
from sukien.model import IngestItem, Page, PageResult, ProcessedItem, Rejected
from sukien.options import IngestOptions
from sukien.pipeline import Pipeline, PipelineOptions
from sukien.read import Reader
from sukien.read.reader import STDIN, SkipInput
from sukien.store import BatchCounts, Store

_CHUNK = 16
_WINDOW_PER_WORKER = 4
_BATCH_BYTES = 64 * 1024 * 1024


@dataclass(frozen=True, slots=True)
class IngestProgress:
    """Running totals, reported after every stored batch."""

    pages: int
    bytes: int
    counts: BatchCounts


@dataclass(frozen=True, slots=True)
class IngestSummary:
    counts: BatchCounts
    inputs_skipped: int
    interrupted: bool = False
    duplicate_pairs: int = 0

    @property
    def total(self) -> int:
        return self.counts.stored + self.counts.duplicates + self.counts.rejected


ProgressCallback = Callable[[IngestProgress], None]


def ingest(
    inputs: Iterable[str],
    options: IngestOptions,
    progress: ProgressCallback | None = None,
    stdin: BinaryIO | None = None,
    stop: threading.Event | None = None,
) -> IngestSummary:
    """Ingest every input into the database at ``options.db``; safe to rerun after a crash.

    Near-duplicate links are made once the pages are stored (one join, not one per
    batch); an interrupted run leaves them to the next one.

    Setting ``stop`` ends the run after the batch being written, so an interrupt
    never lands inside a database call.
    """
    reader = Reader(options.read)
    inputs = list(inputs)
    with Store.open(options.db) as store:
        skipped = 0
        finished: set[tuple[str, int, int]] = set()
        if not options.force:
            for given in inputs:
                if given != "-":
                    finished |= store.finished_inputs(str(Path(given).resolve()))

        def is_finished(path: Path, size: int, mtime_ns: int) -> bool:
            return (str(path.resolve()), size, mtime_ns) in finished

        def skip(path: Path, size: int, mtime_ns: int) -> bool:
            nonlocal skipped
            done = is_finished(path, size, mtime_ns)
            skipped += done
            return done

        pipeline = PipelineOptions(repeated=learn_repeated_lines(
            reader, inputs, options.repeated, is_finished))
        items = reader.read(inputs, skip=skip, stdin=stdin)
        processed = (
            _in_processes(items, options.workers, pipeline) if options.workers > 1
            else _in_process(items, pipeline)
        )
        counts = BatchCounts()
        pages = size = 0
        for batch in _batches(processed, options.batch_size, _BATCH_BYTES):
            counts += store.write_batch(batch)
            if stop is not None and stop.is_set():
                return IngestSummary(counts, skipped, interrupted=True)
            for item in batch:
                if isinstance(item, PageResult | Rejected):
                    pages += 1
                    size += item.page.n_bytes if isinstance(item, PageResult) else item.n_bytes
            if progress is not None:
                progress(IngestProgress(pages, size, counts))
        pairs = store.link_duplicates(options.duplicates)
    return IngestSummary(counts, skipped, duplicate_pairs=pairs)


def learn_repeated_lines(
    reader: Reader,
    inputs: list[str],
    options: RepeatedLineOptions | None,
    skip: SkipInput | None = None,
) -> RepeatedLines:
    """The first pass: lines repeated across each site's pages. Standard input cannot be
    read twice, so a run that reads it learns nothing."""
    if options is None or STDIN in inputs:
        return NO_REPEATED_LINES
    counter = LineCounter(options)
    for item in reader.read(inputs, skip=skip):
        if isinstance(item, Page):
            counter.add(item)
    return counter.repeated()


def _in_process(items: Iterator[IngestItem], options: PipelineOptions) -> Iterator[ProcessedItem]:
    pipeline = Pipeline(options)
    for item in items:
        yield pipeline.process(item) if isinstance(item, Page) else item


@functools.lru_cache(maxsize=1)
def worker_pipeline(options: PipelineOptions) -> Pipeline:
    """One pipeline per worker process (ingest workers, Spark's Python workers), built on
    its first use and again only when a run brings other options."""
    return Pipeline(options)


def _ignore_interrupts() -> None:
    """Workers leave Ctrl-C to the parent, which stops cleanly between batches."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)


def _process_chunk(options: PipelineOptions, chunk: list[IngestItem]) -> list[ProcessedItem]:
    pipeline = worker_pipeline(options)
    return [pipeline.process(item) if isinstance(item, Page) else item for item in chunk]


def _in_processes(
    items: Iterator[IngestItem], workers: int, options: PipelineOptions
) -> Iterator[ProcessedItem]:
    """Results in input order, with at most a few chunks per worker in flight."""
    context = multiprocessing.get_context("spawn")
    window: deque[Future[list[ProcessedItem]]] = deque()
    with ProcessPoolExecutor(workers, mp_context=context, initializer=_ignore_interrupts) as pool:
        for chunk in _chunks(items, _CHUNK):
            window.append(pool.submit(_process_chunk, options, chunk))
            if len(window) >= workers * _WINDOW_PER_WORKER:
                yield from window.popleft().result()
        while window:
            yield from window.popleft().result()


def _chunks(items: Iterator[IngestItem], size: int) -> Iterator[list[IngestItem]]:
    while chunk := list(islice(items, size)):
        yield chunk


def _batches(
    items: Iterator[ProcessedItem], max_items: int, max_bytes: int
) -> Iterator[list[ProcessedItem]]:
    """Batches bounded in count and in bytes, so a run of huge pages cannot exhaust memory."""
    batch: list[ProcessedItem] = []
    size = 0
    for item in items:
        batch.append(item)
        size += item.page.n_bytes if isinstance(item, PageResult) else 0
        if len(batch) >= max_items or size >= max_bytes:
            yield batch
            batch, size = [], 0
    if batch:
        yield batch
