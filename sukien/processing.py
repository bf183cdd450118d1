"""The front door: inputs to page results. Every command that runs the pipeline
(``ingest``, ``extract``, ``clean``, ``demo``, evaluation) goes through ``process``, and
the Spark worker through ``worker_pipeline``, so a run's options reach every stage.

    read        ``Reader`` streams the inputs (files, directories, stdin)
    repeated    a first pass counts the lines repeated across each site's pages
    pipeline    stages 2-6 and 8 per page, in this process or in worker processes

Reading stays in the calling process and streams; workers only get pages, a bounded
number at a time, so memory does not grow with the size of a crawl.
"""

from __future__ import annotations

import functools
import multiprocessing
import signal
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from itertools import islice
from typing import BinaryIO

from sukien.clean import NO_REPEATED_LINES, LineCounter, RepeatedLines
from sukien.model import IngestItem, Page, PageResult, ProcessedItem, Rejected
from sukien.options import ProcessOptions, RepeatedLineOptions
from sukien.pipeline import Pipeline
from sukien.read import Reader
from sukien.read.reader import STDIN, SkipInput

# pages sent to a worker at once, and chunks in flight per worker: enough to keep every
# worker busy, few enough that memory stays bounded
_CHUNK = 16
_WINDOW_PER_WORKER = 4


def process(
    inputs: Iterable[str],
    options: ProcessOptions | None = None,
    *,
    skip: SkipInput | None = None,
    stdin: BinaryIO | None = None,
) -> Iterator[ProcessedItem]:
    """Every input as a page result, a rejection, or (after a file's last record) the
    marker that the file is done, in input order. ``skip`` leaves out files already done
    (a resumed ingest); it is asked in both passes."""
    options = options or ProcessOptions()
    inputs = list(inputs)
    reader = Reader(options.read)
    repeated = learn_repeated_lines(reader, inputs, options.repeated, skip)
    yield from processed_items(reader.read(inputs, skip=skip, stdin=stdin), options, repeated)


def page_results(
    inputs: Iterable[str], options: ProcessOptions | None = None, stdin: BinaryIO | None = None
) -> Iterator[PageResult | Rejected]:
    """``process`` without the resume markers: what a run without a database reports."""
    for item in process(inputs, options, stdin=stdin):
        if isinstance(item, PageResult | Rejected):
            yield item


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


def processed_items(
    items: Iterator[IngestItem], options: ProcessOptions, repeated: RepeatedLines
) -> Iterator[ProcessedItem]:
    """Pages through the pipeline, everything else as it is, in order."""
    if options.workers > 1:
        yield from _in_processes(items, options, repeated)
        return
    pipeline = worker_pipeline(options, repeated)
    for item in items:
        yield pipeline.process(item) if isinstance(item, Page) else item


@functools.lru_cache(maxsize=1)
def worker_pipeline(options: ProcessOptions, repeated: RepeatedLines) -> Pipeline:
    """One pipeline per process (this one, ingest workers, Spark's Python workers), built
    on its first use and again only when a run brings other options."""
    return Pipeline(options, repeated)


def _ignore_interrupts() -> None:
    """Workers leave Ctrl-C to the parent, which stops cleanly between batches."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)


def _process_chunk(options: ProcessOptions, repeated: RepeatedLines, chunk: list[IngestItem]
                   ) -> list[ProcessedItem]:
    pipeline = worker_pipeline(options, repeated)
    return [pipeline.process(item) if isinstance(item, Page) else item for item in chunk]


def _in_processes(
    items: Iterator[IngestItem], options: ProcessOptions, repeated: RepeatedLines
) -> Iterator[ProcessedItem]:
    """Results in input order, with at most a few chunks per worker in flight."""
    context = multiprocessing.get_context("spawn")
    window: deque[Future[list[ProcessedItem]]] = deque()
    workers = options.workers
    with ProcessPoolExecutor(workers, mp_context=context, initializer=_ignore_interrupts) as pool:
        for chunk in _chunks(items, _CHUNK):
            window.append(pool.submit(_process_chunk, options, repeated, chunk))
            if len(window) >= workers * _WINDOW_PER_WORKER:
                yield from window.popleft().result()
        while window:
            yield from window.popleft().result()


def _chunks(items: Iterator[IngestItem], size: int) -> Iterator[list[IngestItem]]:
    while chunk := list(islice(items, size)):
        yield chunk
