"""Finding input files and reading their bytes without ever holding more than a limit."""

from __future__ import annotations

import errno
import gzip
import os
import zlib
from collections.abc import Callable, Iterator
from enum import StrEnum
from pathlib import Path
from typing import BinaryIO

from sukien.errors import InputRejected
from sukien.model import Rejected, RejectReason
from sukien.read.bounds import bounded_decompression

CHUNK = 1024 * 1024


class Format(StrEnum):
    TXT = "txt"
    HTML = "html"
    JSON = "json"
    JSONL = "jsonl"
    WARC = "warc"


_SUFFIXES = {
    ".txt": Format.TXT,
    ".text": Format.TXT,
    ".html": Format.HTML,
    ".htm": Format.HTML,
    ".xhtml": Format.HTML,
    ".shtml": Format.HTML,
    ".json": Format.JSON,
    ".jsonl": Format.JSONL,
    ".ndjson": Format.JSONL,
    ".warc": Format.WARC,
    ".arc": Format.WARC,
}


def iter_files(root: Path) -> Iterator[Path | Rejected]:
    """Depth-first, sorted within each directory, never holding more than one listing. A
    directory that cannot be listed is a rejection and the walk goes on; an entry that
    cannot be examined (a symbolic link loop) is yielded for the reader to reject."""
    if not root.is_dir():
        yield root
        return
    try:
        with os.scandir(root) as listing:
            entries = sorted(listing, key=lambda entry: entry.name)
    except OSError as exc:
        yield Rejected(str(root), rejection_of(exc), f"cannot list directory: {exc.strerror}")
        return
    for entry in entries:
        path = Path(entry.path)
        try:
            if entry.is_dir(follow_symlinks=False):
                yield from iter_files(path)
            elif entry.is_file():
                yield path
        except OSError:
            yield path


def rejection_of(exc: OSError) -> RejectReason:
    """Why the file system refused an input: a loop of symbolic links, or anything else
    that keeps it from being read."""
    return RejectReason.SYMLINK_LOOP if exc.errno == errno.ELOOP else RejectReason.UNREADABLE


def format_from_name(path: Path) -> Format | None:
    suffixes = [suffix.lower() for suffix in path.suffixes]
    if suffixes and suffixes[-1] == ".gz":
        suffixes = suffixes[:-1]
    return _SUFFIXES.get(suffixes[-1]) if suffixes else None


def sniff_format(head: bytes) -> Format:
    """Format of an input whose name does not say (stdin, odd extensions)."""
    stripped = head.lstrip(b"\xef\xbb\xbf \t\r\n")
    lowered = stripped[:512].lower()
    if stripped.startswith(b"WARC/"):
        return Format.WARC
    if stripped.startswith(b"{"):
        return Format.JSONL
    if lowered.startswith((b"<!doctype html", b"<html", b"<?xml")) or b"<body" in lowered:
        return Format.HTML
    return Format.TXT


def is_gzip_name(path: Path) -> bool:
    return path.suffix.lower() == ".gz"


def open_binary(path: Path, max_uncompressed_bytes: int) -> BinaryIO:
    """The file's bytes, decompressed when its name ends in .gz, up to
    ``max_uncompressed_bytes``; a WARC's stay compressed, since warcio reads its gzip
    members record by record and so can tell a record cut short from a whole one (its
    bound is in ``sukien.read.warc``)."""
    if is_gzip_name(path) and format_from_name(path) is not Format.WARC:
        return gunzipped(gzip.GzipFile(path, "rb"), max_uncompressed_bytes)
    return path.open("rb")


def gunzipped(gzip_stream: gzip.GzipFile, max_uncompressed_bytes: int) -> BinaryIO:
    """A gzip stream's decompressed bytes, no further than the bound."""
    return bounded_decompression(gzip_stream, max_uncompressed_bytes, CHUNK)


def read_bounded(stream: BinaryIO, max_bytes: int, max_line_bytes: int | None,
                 check: Callable[[], None] | None = None) -> bytes:
    """Whole content of a stream, or a rejection as soon as a limit is crossed; ``check``
    is asked when a chunk follows the first (the input's reading time: past it, there was
    more to read)."""
    chunks: list[bytes] = []
    total = 0
    line_length = 0
    while chunk := read_chunk(stream):
        if check is not None and chunks:
            check()
        total += len(chunk)
        if max_line_bytes is not None:
            line_length = _longest_open_line(chunk, line_length, max_line_bytes)
        if total > max_bytes:
            raise InputRejected(RejectReason.PAGE_TOO_LARGE, f"more than {max_bytes} bytes")
        chunks.append(chunk)
    return b"".join(chunks)


def read_chunk(stream: BinaryIO, size: int = CHUNK) -> bytes:
    """One chunk, with the failures of compressed streams turned into rejections."""
    try:
        return stream.read(size)
    except EOFError as exc:
        raise InputRejected(RejectReason.TRUNCATED_GZIP, str(exc)) from exc
    except (gzip.BadGzipFile, zlib.error) as exc:
        raise InputRejected(RejectReason.BINARY, f"corrupt gzip data: {exc}") from exc


def _longest_open_line(chunk: bytes, carried: int, max_line_bytes: int) -> int:
    """Length of the line still open at the end of the chunk; rejects an over-long line."""
    start = 0
    while True:
        newline = chunk.find(b"\n", start)
        end = len(chunk) if newline < 0 else newline
        length = carried + end - start
        if length > max_line_bytes:
            raise InputRejected(
                RejectReason.LINE_TOO_LONG, f"a line longer than {max_line_bytes} bytes"
            )
        if newline < 0:
            return length
        carried = 0
        start = newline + 1


def read_line(stream: BinaryIO, max_line_bytes: int) -> tuple[bytes, bool]:
    """Next line and whether it fits the limit; an over-long line is consumed, not kept."""
    try:
        line = stream.readline(max_line_bytes + 1)
        if len(line) <= max_line_bytes or line.endswith(b"\n"):
            return line, True
        while line and not line.endswith(b"\n"):
            line = stream.readline(CHUNK)
    except EOFError as exc:
        raise InputRejected(RejectReason.TRUNCATED_GZIP, str(exc)) from exc
    except (gzip.BadGzipFile, zlib.error) as exc:
        raise InputRejected(RejectReason.BINARY, f"corrupt gzip data: {exc}") from exc
    return b"", False
