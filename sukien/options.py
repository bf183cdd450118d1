"""Run options: one frozen object per run, built from CLI flags in one place
(``sukien.cli.options``). A leaf module: it imports no stage, so every stage may import it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

DEFAULT_DB = Path("sukien.duckdb")
# DuckDB's buffer pool would otherwise grow to most of the machine's memory during a long
# ingest; past this it spills to disk (every query of the store can). Reading a whole
# crawl (timeline, export, serve) may need more: --memory-mb raises it
DEFAULT_MEMORY_MB = 256

# a feed item or an aggregator's record may hold only its teaser: the last three
DEFAULT_TEXT_FIELDS = ("text", "content", "body", "article", "summary", "description", "sapo")
DEFAULT_TITLE_FIELDS = ("title", "headline")
DEFAULT_HTML_FIELDS = ("html", "raw_html", "raw_content")
DEFAULT_URL_FIELDS = ("url", "link", "source_url")
DEFAULT_PUBLISHED_FIELDS = ("published", "date", "publish_date", "published_at", "time")
DEFAULT_ID_FIELDS = ("id", "doc_id", "uuid")

# a line is repeated on its site when on at least this many pages...
MIN_PAGES = 4
# ...and on at least this share of the site's pages
MIN_SHARE = 0.1


@dataclass(frozen=True, slots=True)
class JsonlFields:
    """Which JSON keys hold each part of a record; the first present key wins."""

    text: tuple[str, ...] = DEFAULT_TEXT_FIELDS
    html: tuple[str, ...] = DEFAULT_HTML_FIELDS
    url: tuple[str, ...] = DEFAULT_URL_FIELDS
    published: tuple[str, ...] = DEFAULT_PUBLISHED_FIELDS
    id: tuple[str, ...] = DEFAULT_ID_FIELDS
    # a title the text does not begin with becomes the page's first line
    title: tuple[str, ...] = DEFAULT_TITLE_FIELDS


_MB = 1024 * 1024
# HTML pages larger than this are read by the streaming extraction, not trafilatura (whose
# time grows faster than the page: benchmarks/html_scaling.py)
DEFAULT_HTML_STREAM_MB = 1
# libxml2 stops at 256 levels, and trafilatura finds no article in such a page (at most
# the menus outside the deep part): pages nested deeper than this are streamed instead
DEFAULT_HTML_STREAM_DEPTH = 200
# uncompressed bytes of one compressed input: a crawl's WARC.gz of 1 GB holds about 5 GB;
# past this it is a decompression bomb, and the rest of it is not read
DEFAULT_MAX_UNCOMPRESSED_MB = 16 * 1024
# seconds spent reading one input (decoding, vetting; not the pipeline after it)
DEFAULT_MAX_INPUT_SECONDS = 3600.0


@dataclass(frozen=True, slots=True)
class ReadOptions:
    """Limits protect memory and time: nothing larger than these is ever held whole, no
    input is read for longer than ``max_input_seconds``, no compressed input is
    decompressed past ``max_uncompressed_bytes``. HTML pages of more than
    ``html_stream_bytes``, or nested more than ``html_stream_depth`` deep, go through the
    streaming extraction instead of trafilatura. The share of
    Vietnamese words also decides, in the clean stage, which lines are Vietnamese."""

    max_page_bytes: int = 16 * _MB
    max_line_bytes: int = 2 * _MB
    min_vietnamese_ratio: float = 0.12
    html_stream_bytes: int = DEFAULT_HTML_STREAM_MB * _MB
    html_stream_depth: int = DEFAULT_HTML_STREAM_DEPTH
    max_uncompressed_bytes: int = DEFAULT_MAX_UNCOMPRESSED_MB * _MB
    max_input_seconds: float = DEFAULT_MAX_INPUT_SECONDS
    jsonl: JsonlFields = field(default_factory=JsonlFields)
    published: str | None = None


@dataclass(frozen=True, slots=True)
class RepeatedLineOptions:
    """The first pass over a crawl that finds lines repeated across a site's pages;
    ``error`` bounds the lossy counter's undercount (and so its memory)."""

    min_pages: int = MIN_PAGES
    min_share: float = MIN_SHARE
    error: float = 1e-4

    def __post_init__(self) -> None:
        if self.min_pages < 2:
            raise ValueError(f"min_pages must be at least 2, got {self.min_pages}")
        if not 0 < self.min_share <= 1:
            raise ValueError(f"min_share must be in (0, 1], got {self.min_share}")
        if not 0 < self.error < 1:
            raise ValueError(f"error must be in (0, 1), got {self.error}")


@dataclass(frozen=True, slots=True)
class DuplicateOptions:
    """MinHash LSH of near-duplicate articles; chosen by ``benchmarks/duplicates.py``."""

    shingle_words: int = 5
    num_perm: int = 128
    bands: int = 64
    threshold: float = 0.4
    seed: int = 1

    @property
    def rows(self) -> int:
        return self.num_perm // self.bands


@dataclass(frozen=True, slots=True)
class ProcessOptions:
    """What turns inputs into page results (``sukien.process``): how they are read, whether
    pages are cleaned, the repeated-lines pass (None: none), and how many processes run the
    per-page pipeline. Hashable, so each worker can cache its pipeline."""

    read: ReadOptions = field(default_factory=ReadOptions)
    clean: bool = True
    repeated: RepeatedLineOptions | None = field(default_factory=RepeatedLineOptions)
    workers: int = 1


@dataclass(frozen=True, slots=True)
class IngestOptions:
    db: Path = DEFAULT_DB
    memory_mb: int = DEFAULT_MEMORY_MB
    batch_size: int = 200
    force: bool = False
    process: ProcessOptions = field(default_factory=ProcessOptions)
    duplicates: DuplicateOptions = field(default_factory=DuplicateOptions)


@dataclass(frozen=True, slots=True)
class SparkJobOptions:
    """``partitions`` None: one per ``PAGES_PER_PARTITION`` pages, at least 4 per core;
    ``master`` None: the one ``spark-submit`` gives."""

    inputs: tuple[str, ...]
    out: str
    master: str | None = None
    partitions: int | None = None
    process: ProcessOptions = field(default_factory=ProcessOptions)
    duplicates: DuplicateOptions = field(default_factory=DuplicateOptions)
