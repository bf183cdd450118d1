"""Run options: one frozen object per run, built from CLI flags in one place."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from sukien.clean.repeated import RepeatedLineOptions
from sukien.merge.duplicates import DuplicateOptions

DEFAULT_TEXT_FIELDS = ("text", "content", "body", "article")
DEFAULT_HTML_FIELDS = ("html", "raw_html", "raw_content")
DEFAULT_URL_FIELDS = ("url", "link", "source_url")
DEFAULT_PUBLISHED_FIELDS = ("published", "date", "publish_date", "published_at", "time")
DEFAULT_ID_FIELDS = ("id", "doc_id", "uuid")


@dataclass(frozen=True, slots=True)
class JsonlFields:
    """Which JSON keys hold each part of a record; the first present key wins."""

    text: tuple[str, ...] = DEFAULT_TEXT_FIELDS
    html: tuple[str, ...] = DEFAULT_HTML_FIELDS
    url: tuple[str, ...] = DEFAULT_URL_FIELDS
    published: tuple[str, ...] = DEFAULT_PUBLISHED_FIELDS
    id: tuple[str, ...] = DEFAULT_ID_FIELDS


@dataclass(frozen=True, slots=True)
class ReadOptions:
    """Limits protect memory: nothing larger than these is ever held whole."""

    max_page_bytes: int = 16 * 1024 * 1024
    max_line_bytes: int = 2 * 1024 * 1024
    min_vietnamese_ratio: float = 0.12
    jsonl: JsonlFields = field(default_factory=JsonlFields)
    published: str | None = None


@dataclass(frozen=True, slots=True)
class IngestOptions:
    db: Path = Path("sukien.duckdb")
    workers: int = 1
    batch_size: int = 200
    force: bool = False
    read: ReadOptions = field(default_factory=ReadOptions)
    duplicates: DuplicateOptions = field(default_factory=DuplicateOptions)
    # None: no first pass counting the lines repeated across a site's pages
    repeated: RepeatedLineOptions | None = field(default_factory=RepeatedLineOptions)
