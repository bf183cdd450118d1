"""Ingest: the front door's page results (``sukien.process``) stored in batches.

Each batch commits in one transaction; files whose every record is committed are
remembered, so a rerun after a crash resumes where the last batch ended.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from sukien.model import PageResult, ProcessedItem, Rejected
from sukien.options import IngestOptions
from sukien.processing import process
from sukien.store import BatchCounts, Store

# a batch also ends at this many bytes of pages, so a run of huge pages cannot exhaust memory
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
        return (self.counts.stored + self.counts.already_stored + self.counts.duplicates
                + self.counts.rejected)


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
    inputs = list(inputs)
    with Store.open(options.db, memory_mb=options.memory_mb) as store:
        finished: set[tuple[str, int, int]] = set()
        if not options.force:
            for given in inputs:
                if given != "-":
                    finished |= store.finished_inputs(str(Path(given).resolve()))
        skipped: set[str] = set()

        def skip(path: Path, size: int, mtime_ns: int) -> bool:
            key = (str(path.resolve()), size, mtime_ns)
            if key in finished:
                skipped.add(key[0])
                return True
            return False

        processed = process(inputs, options.process, skip=skip, stdin=stdin)
        counts = BatchCounts()
        pages = size = 0
        for batch in _batches(processed, options.batch_size, _BATCH_BYTES):
            counts += store.write_batch(batch)
            if stop is not None and stop.is_set():
                return IngestSummary(counts, len(skipped), interrupted=True)
            for item in batch:
                if isinstance(item, PageResult | Rejected):
                    pages += 1
                    size += item.page.n_bytes if isinstance(item, PageResult) else item.n_bytes
            if progress is not None:
                progress(IngestProgress(pages, size, counts))
        pairs = store.link_duplicates(options.duplicates)
        if not store.stories_current():
            # merged once here, so timeline, export and serve only query them
            store.build_stories()
    return IngestSummary(counts, len(skipped), duplicate_pairs=pairs)


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
