"""A rich progress display for ingest: pages, pages per second, running counts."""

from __future__ import annotations

import time
from types import TracebackType

from rich.console import Console
from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

from sukien.ingest import IngestProgress


class IngestProgressBar:
    def __init__(self, console: Console, enabled: bool = True) -> None:
        self._progress = Progress(
            SpinnerColumn(),
            TextColumn("{task.completed} pages"),
            TextColumn("{task.fields[rate]:.1f} pages/s"),
            TextColumn("{task.fields[counts]}"),
            TimeElapsedColumn(),
            console=console,
            disable=not enabled,
            transient=False,
        )
        self._task = self._progress.add_task("ingest", total=None, rate=0.0, counts="")
        self._started = time.perf_counter()

    def __enter__(self) -> IngestProgressBar:
        self._progress.start()
        self._started = time.perf_counter()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self._progress.stop()

    def update(self, progress: IngestProgress) -> None:
        elapsed = max(time.perf_counter() - self._started, 1e-9)
        counts = progress.counts
        self._progress.update(
            self._task,
            completed=progress.pages,
            rate=progress.pages / elapsed,
            counts=f"new {counts.stored} · already {counts.already_stored} · "
                   f"dup {counts.duplicates} · rejected {counts.rejected}",
        )
