"""WARC (and ARC) files: every HTTP response record with an HTML or text body is a page."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any, BinaryIO

from warcio.archiveiterator import ArchiveIterator
from warcio.exceptions import ArchiveLoadFailed

from sukien.errors import InputRejected
from sukien.model import Container, Page, PageKind, Rejected, RejectReason
from sukien.read.bounds import ReadingClock, too_large_detail

if TYPE_CHECKING:
    from sukien.read.reader import Reader

_CHARSET = re.compile(r"charset\s*=\s*[\"']?([A-Za-z0-9_\-]+)", re.IGNORECASE)
_TEXT_TYPES = ("text/html", "application/xhtml+xml", "text/plain")


def read_warc(stream: BinaryIO, source: str, reader: Reader, clock: ReadingClock
              ) -> Iterator[Page | Rejected]:
    """Each response record as a page; a record cut short (its payload shorter than its
    Content-Length: a file cut mid-record) is a rejection, never a page, and ends the
    file's reading, since nothing after it can be framed. So does a record that takes a
    compressed file past ``max_uncompressed_bytes`` (warcio would decompress all of it
    to skip it), or one met after ``max_input_seconds`` of reading."""
    records = ArchiveIterator(stream)
    seen = 0
    declared = 0
    limit = reader.options.max_uncompressed_bytes
    try:
        while (record := _next_record(records, source, seen)) is not None:
            if isinstance(record, Rejected):
                yield record
                return
            seen += 1
            clock.check()
            declared += record.length or 0
            if declared > limit and _compressed(records):
                yield Rejected(f"{source}@record-{seen}", RejectReason.DECOMPRESSED_TOO_LARGE,
                               too_large_detail(limit))
                return
            if record.rec_type is None:
                yield Rejected(source, RejectReason.MALFORMED_WARC, "record without WARC-Type")
                return
            if record.rec_type != "response":
                continue
            data = _read_payload(record, reader.options.max_page_bytes)
            # warcio knows a record's offset only once its payload has been read
            where = f"{source}@{records.get_record_offset()}"
            missing = _missing_bytes(record, data, reader.options.max_page_bytes)
            if missing:
                yield Rejected(where, RejectReason.TRUNCATED_WARC,
                               f"record cut short: {missing} of its bytes are missing",
                               len(data))
                return
            yield _page_from_record(record, data, where, reader)
    except (ArchiveLoadFailed, ValueError) as exc:
        yield Rejected(source, RejectReason.MALFORMED_WARC, str(exc).strip() or type(exc).__name__)
        return
    except EOFError as exc:
        yield Rejected(source, RejectReason.TRUNCATED_GZIP, str(exc))
        return
    if seen == 0:
        yield Rejected(source, RejectReason.EMPTY, "no WARC record")


def _compressed(records: ArchiveIterator) -> bool:
    return getattr(records.reader, "decompressor", None) is not None


def _next_record(records: ArchiveIterator, source: str, seen: int) -> Any:
    """The next record, None at the end, or the rejection of a record warcio cannot
    frame: it fails with an AttributeError on a response record that names no
    WARC-Target-URI (caught here, around warcio alone, so no bug of ours hides in it)."""
    try:
        return next(records)
    except StopIteration:
        return None
    except AttributeError:
        return Rejected(f"{source}@record-{seen + 1}", RejectReason.MALFORMED_WARC,
                        "response record without WARC-Target-URI")


def _missing_bytes(record: Any, data: bytes, limit: int) -> int:
    """Bytes of the record's declared length that the file does not hold (0 when whole, or
    when the payload was left unread beyond the page limit)."""
    if len(data) > limit:
        return 0
    remaining = getattr(record.raw_stream, "limit", 0)
    return int(remaining) if isinstance(remaining, int) else 0


def _read_payload(record: Any, limit: int) -> bytes:
    try:
        data: bytes = record.content_stream().read(limit + 1)
    except EOFError as exc:
        raise InputRejected(RejectReason.TRUNCATED_GZIP, str(exc)) from exc
    return data


def _page_from_record(record: Any, data: bytes, source: str, reader: Reader) -> Page | Rejected:
    url = record.rec_headers.get_header("WARC-Target-URI")
    warc_date = record.rec_headers.get_header("WARC-Date")
    http = record.http_headers
    content_type = (http.get_header("Content-Type") if http else None) or "text/html"
    if not content_type.lower().startswith(_TEXT_TYPES):
        return Rejected(source, RejectReason.UNSUPPORTED_TYPE, f"content type {content_type}",
                        len(data))
    limit = reader.options.max_page_bytes
    if len(data) > limit:
        return Rejected(source, RejectReason.PAGE_TOO_LARGE, f"more than {limit} bytes", limit)
    charset = _CHARSET.search(content_type)
    kind = PageKind.TEXT if content_type.lower().startswith("text/plain") else PageKind.HTML
    return reader.page_from_bytes(
        data, source, url or source, kind, Container.WARC, url=url,
        published=warc_date[:10] if warc_date else None,
        declared_encoding=charset.group(1) if charset else None,
    )
