"""Turning inputs into pages: dispatch by format, decode, check the language."""

from __future__ import annotations

import gzip
import io
import json
import re
import time
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path, PurePosixPath
from typing import Any, BinaryIO

from sukien.errors import InputRejected
from sukien.model import Container, IngestItem, InputDone, Page, PageKind, Rejected, RejectReason
from sukien.options import ReadOptions
from sukien.read import warc
from sukien.read.bounds import ReadingClock
from sukien.read.decode import decode_bytes, normalize_decoded
from sukien.read.files import (
    Format,
    format_from_name,
    gunzipped,
    is_gzip_name,
    iter_files,
    open_binary,
    read_bounded,
    read_line,
    rejection_of,
    sniff_format,
)
from sukien.read.html import html_to_plain_text
from sukien.read.language import VietnameseDetector

SkipInput = Callable[[Path, int, int], bool]
STDIN = "-"
_SNIFF_BYTES = 4096
_CONTAINERS = {
    Format.TXT: Container.TXT,
    Format.HTML: Container.HTML,
    Format.JSON: Container.JSONL,
    Format.JSONL: Container.JSONL,
    Format.WARC: Container.WARC,
}


class Reader:
    """Owns the read options and the language detector; safe to build once per worker.
    ``clock`` measures each input's reading time (a test gives its own)."""

    def __init__(self, options: ReadOptions,
                 clock: Callable[[], float] = time.monotonic) -> None:
        self.options = options
        self._detector = VietnameseDetector(options.min_vietnamese_ratio)
        self._clock = clock

    def read(
        self, inputs: Iterable[str], skip: SkipInput | None = None, stdin: BinaryIO | None = None
    ) -> Iterator[IngestItem]:
        """Pages and rejections of every input, then an ``InputDone`` per finished file."""
        for given in inputs:
            if given == STDIN:
                yield from self._read_stream(stdin or io.BytesIO(), "<stdin>", "stdin", None)
                continue
            root = Path(given)
            try:
                root.stat()
            except OSError as exc:
                # a missing path, or a loop of symbolic links named on the command line
                yield Rejected(given, rejection_of(exc), exc.strerror or str(exc))
                continue
            for path in iter_files(root):
                if isinstance(path, Rejected):
                    yield path
                else:
                    yield from self._read_file(path, skip)

    def read_blob(self, data: bytes, source: str) -> Iterator[Page | Rejected]:
        """Pages of one input file's bytes, fetched by someone else (Spark's binary file
        source); its name decides gzip and format, as for a local file."""
        name = PurePosixPath(source).name
        stream: BinaryIO = io.BytesIO(data)
        fmt = format_from_name(Path(name))
        if is_gzip_name(Path(name)) and fmt is not Format.WARC:
            stream = gunzipped(gzip.GzipFile(fileobj=stream), self.options.max_uncompressed_bytes)
        yield from self._read_stream(stream, source, name, fmt)

    def page_from_bytes(
        self, data: bytes, source: str, name: str, kind: PageKind, container: Container,
        url: str | None = None, published: str | None = None, external_id: str | None = None,
        declared_encoding: str | None = None,
    ) -> Page | Rejected:
        """Decode and vet one document's bytes."""
        if kind is PageKind.HTML and declared_encoding is None:
            declared_encoding = declared_html_charset(data)
        try:
            text, encoding = decode_bytes(data, self._score, declared_encoding)
            return self._vetted_page(
                Page(source, name, kind, container, text, encoding, len(data), url,
                     published or self.options.published, external_id)
            )
        except InputRejected as exc:
            return Rejected(source, exc.reason, exc.detail, len(data))

    def page_from_text(
        self, text: str, source: str, name: str, kind: PageKind, container: Container,
        url: str | None, published: str | None, external_id: str | None,
    ) -> Page | Rejected:
        """A page from already-decoded text (a JSON string field)."""
        n_bytes = len(text.encode("utf-8", "surrogatepass"))
        try:
            return self._vetted_page(
                Page(source, name, kind, container, normalize_decoded(text), "utf-8", n_bytes,
                     url, published or self.options.published, external_id)
            )
        except InputRejected as exc:
            return Rejected(source, exc.reason, exc.detail, n_bytes)

    def _score(self, text: str) -> float:
        return self._detector.verdict(text).ratio

    def _vetted_page(self, page: Page) -> Page | Rejected:
        plain = html_to_plain_text(page.content) if page.kind is PageKind.HTML else page.content
        if not plain.strip():
            return Rejected(page.source, RejectReason.EMPTY, "no text content", page.n_bytes)
        if not self._detector.is_vietnamese(plain):
            verdict = self._detector.verdict(plain)
            return Rejected(
                page.source,
                RejectReason.NOT_VIETNAMESE,
                f"of {verdict.words} words, {verdict.ratio:.0%} are common Vietnamese syllables "
                f"and {verdict.marked_ratio:.0%} carry Vietnamese letters",
                page.n_bytes,
            )
        return page

    def _read_file(self, path: Path, skip: SkipInput | None) -> Iterator[IngestItem]:
        try:
            stat = path.stat()
        except OSError as exc:
            yield Rejected(str(path), rejection_of(exc), exc.strerror or str(exc))
            return
        if skip is not None and skip(path, stat.st_size, stat.st_mtime_ns):
            return
        try:
            with open_binary(path, self.options.max_uncompressed_bytes) as stream:
                yield from self._read_stream(stream, str(path), path.name, format_from_name(path))
        except OSError as exc:
            yield Rejected(str(path), RejectReason.UNREADABLE, exc.strerror or str(exc))
        yield InputDone(str(path.resolve()), stat.st_size, stat.st_mtime_ns)

    def _read_stream(
        self, stream: BinaryIO, source: str, name: str, fmt: Format | None
    ) -> Iterator[Page | Rejected]:
        """One input's pages and rejections, its reading time bounded."""
        clock = ReadingClock(self.options.max_input_seconds, self._clock)
        yield from clock.timed(self._read_container(stream, source, name, fmt, clock))

    def _read_container(
        self, stream: BinaryIO, source: str, name: str, fmt: Format | None, clock: ReadingClock
    ) -> Iterator[Page | Rejected]:
        try:
            if fmt is None:
                stream = _peekable(stream)
                fmt = sniff_format(stream.peek(_SNIFF_BYTES)[:_SNIFF_BYTES])
            container = Container.STDIN if source == "<stdin>" else _CONTAINERS[fmt]
            if fmt is Format.JSONL:
                yield from self._read_jsonl(stream, source, name, clock)
            elif fmt is Format.JSON:
                yield from self._read_json(stream, source, name, clock)
            elif fmt is Format.WARC:
                yield from warc.read_warc(stream, source, self, clock)
            else:
                yield self._read_document(stream, source, name, fmt, container, clock)
        except InputRejected as exc:
            yield Rejected(source, exc.reason, exc.detail)

    def _read_document(
        self, stream: BinaryIO, source: str, name: str, fmt: Format, container: Container,
        clock: ReadingClock,
    ) -> Page | Rejected:
        line_limit = self.options.max_line_bytes if fmt is Format.TXT else None
        data = read_bounded(stream, self.options.max_page_bytes, line_limit, clock.check)
        kind = PageKind.HTML if fmt is Format.HTML else PageKind.TEXT
        return self.page_from_bytes(data, source, name, kind, container)

    def _read_jsonl(self, stream: BinaryIO, source: str, name: str, clock: ReadingClock
                    ) -> Iterator[Page | Rejected]:
        """One page or rejection per record. A file with no record is rejected as empty;
        so is the rest of a file after more blank bytes in a row than a page may hold (a
        few kilobytes of gzip can hold a gigabyte of newlines)."""
        number = records = blank = 0
        limit = self.options.max_page_bytes
        while True:
            number += 1
            line_source = f"{source}:{number}"
            try:
                line, fits = read_line(stream, self.options.max_line_bytes)
                if line or not fits:
                    clock.check()
            except InputRejected as exc:
                yield Rejected(line_source, exc.reason, exc.detail)
                return
            if fits and not line:
                break
            if not fits:
                records += 1
                blank = 0
                yield Rejected(line_source, RejectReason.LINE_TOO_LONG,
                               f"line longer than {self.options.max_line_bytes} bytes")
            elif line.strip():
                records += 1
                blank = 0
                yield self._jsonl_record(line, line_source, f"{name}:{number}")
            else:
                blank += len(line)
                if blank > limit:
                    yield Rejected(line_source, RejectReason.EMPTY,
                                   f"more than {limit} bytes of blank lines in a row; the rest "
                                   "of the file is not read")
                    return
        if records == 0:
            yield Rejected(source, RejectReason.EMPTY, "no JSON record")

    def _read_json(self, stream: BinaryIO, source: str, name: str, clock: ReadingClock
                   ) -> Iterator[Page | Rejected]:
        """A .json file: one record, or a list of records."""
        data = read_bounded(stream, self.options.max_page_bytes, None, clock.check)
        try:
            document = json.loads(data)
        except (UnicodeDecodeError, json.JSONDecodeError) as exc:
            yield Rejected(source, RejectReason.MALFORMED_JSON, str(exc), len(data))
            return
        if isinstance(document, dict):
            yield self._page_from_record(document, source, name, len(data))
        elif isinstance(document, list):
            for index, record in enumerate(document):
                clock.check()
                if isinstance(record, dict):
                    yield self._page_from_record(record, f"{source}[{index}]",
                                                 f"{name}[{index}]", 0)
                else:
                    yield Rejected(f"{source}[{index}]", RejectReason.MALFORMED_JSON,
                                   "list item is not a JSON object")
        else:
            yield Rejected(source, RejectReason.MALFORMED_JSON, "not a JSON object or list",
                           len(data))

    def _jsonl_record(self, line: bytes, source: str, name: str) -> Page | Rejected:
        try:
            record = json.loads(line)
        except UnicodeDecodeError as exc:
            return Rejected(source, RejectReason.UNDECODABLE, f"JSON line is not UTF-8: {exc}",
                            len(line))
        except json.JSONDecodeError as exc:
            return Rejected(source, RejectReason.MALFORMED_JSON, f"{exc.msg} at column {exc.colno}",
                            len(line))
        if not isinstance(record, dict):
            return Rejected(source, RejectReason.MALFORMED_JSON, "line is not a JSON object",
                            len(line))
        return self._page_from_record(record, source, name, len(line))

    def _page_from_record(
        self, record: dict[str, Any], source: str, name: str, n_bytes: int
    ) -> Page | Rejected:
        fields = self.options.jsonl
        html = _first_string(record, fields.html)
        text = _first_string(record, fields.text)
        if html is None and text is None:
            wanted = ", ".join(fields.text + fields.html)
            return Rejected(source, RejectReason.MISSING_FIELD, f"no string field among {wanted}",
                            n_bytes)
        external_id = _first_string(record, fields.id)
        kind = PageKind.HTML if html is not None and text is None else PageKind.TEXT
        content = text if text is not None else html
        assert content is not None
        title = _first_string(record, fields.title) if kind is PageKind.TEXT else None
        if title and title.strip() and not content.lstrip().startswith(title.strip()):
            # a feed item: its headline and its teaser are one short article
            content = f"{title.strip()}\n{content}"
        return self.page_from_text(
            content, source, external_id or name, kind, Container.JSONL,
            _first_string(record, fields.url), _first_string(record, fields.published),
            external_id,
        )


def _first_string(record: dict[str, Any], keys: tuple[str, ...]) -> str | None:
    for key in keys:
        value = record.get(key)
        if isinstance(value, str):
            return value
        if isinstance(value, int | float) and not isinstance(value, bool):
            return str(value)
    return None


_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?([A-Za-z0-9_\-]+)""", re.IGNORECASE)


def declared_html_charset(data: bytes) -> str | None:
    match = _META_CHARSET.search(data[:_SNIFF_BYTES])
    return match.group(1).decode("ascii").lower() if match else None


def _peekable(stream: BinaryIO) -> io.BufferedReader:
    if isinstance(stream, io.BufferedReader):
        return stream
    return io.BufferedReader(stream)  # type: ignore[arg-type]

