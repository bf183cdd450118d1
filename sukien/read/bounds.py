"""Bounds on one input as a whole: the bytes a compressed input may decompress to, and the
time spent reading it. Each is checked as the input is read, so a gzip bomb or an input
that reads slowly ends as a typed rejection of what was left of it, and the run goes on.
"""

from __future__ import annotations

import gzip
import io
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import BinaryIO, TypeVar

from sukien.errors import InputRejected
from sukien.model import RejectReason

T = TypeVar("T")


class BoundedDecompression(io.RawIOBase):
    """The bytes a decompressing stream gives, until more than ``limit`` have come out of
    it: then a ``decompressed_too_large`` rejection. A few kilobytes of gzip can hold
    gigabytes; each page and line is bounded already, but not the time to go through
    them all."""

    def __init__(self, inner: gzip.GzipFile, limit: int) -> None:
        super().__init__()
        self._inner = inner
        self._limit = limit
        self.total = 0

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: bytearray | memoryview) -> int:  # type: ignore[override]
        # read1: what one step of decompression gives, so that the bytes before a cut are
        # handed on before the cut's EOFError
        data = self._inner.read1(len(buffer))
        self.total += len(data)
        if self.total > self._limit:
            raise InputRejected(RejectReason.DECOMPRESSED_TOO_LARGE, too_large_detail(self._limit))
        buffer[:len(data)] = data
        return len(data)

    def close(self) -> None:
        self._inner.close()
        super().close()


def too_large_detail(limit: int) -> str:
    return f"decompresses to more than {limit} bytes; the rest of it is not read"


def bounded_decompression(inner: gzip.GzipFile, limit: int, buffer_size: int) -> BinaryIO:
    """``inner`` behind the bound, buffered (``readline`` and ``peek`` stay fast)."""
    return io.BufferedReader(BoundedDecompression(inner, limit), buffer_size)


@dataclass(slots=True)
class ReadingClock:
    """Seconds spent reading one input, counted only while its reader runs: in a run of
    one process the pipeline analyses each page between two reads, and that time is not
    the input's. ``check`` raises a ``timed_out`` rejection past the limit; the readers ask
    it before each record, line or chunk, so a rejection always means something was left
    unread."""

    limit: float
    now: Callable[[], float]
    spent: float = 0.0
    resumed_at: float | None = None

    def check(self) -> None:
        running = self.now() - self.resumed_at if self.resumed_at is not None else 0.0
        if self.spent + running > self.limit:
            raise InputRejected(RejectReason.TIMED_OUT,
                                f"read for more than {self.limit:g} s; the rest of it is "
                                "not read")

    def timed(self, items: Iterator[T]) -> Iterator[T]:
        """``items``, with the time spent producing each one added to ``spent``."""
        while True:
            self.resumed_at = started = self.now()
            try:
                item = next(items)
            except StopIteration:
                return
            finally:
                self.spent += self.now() - started
                self.resumed_at = None
            yield item
