"""Export stories as PLOVER records: JSON lines, or CSV/Parquet tables of events and mentions.

One row per event (a story: every report of one real event), with the nearest CAMEO
code so users of CAMEO data can join; the mentions table gives every article and
sentence that reports it. Columns are typed: a date is the first and last day of the
period it names (``date_start``, ``date_end``: Parquet DATE, ISO in CSV) beside its text
and precision; sides and links are lists (Parquet lists, JSON arrays in CSV cells). The
JSON lines carry the fields of the PLOVER record the project can fill (the PLOVER
manual's "Data Fields" chapter), and nothing depends on the time of the export: two
exports of one database are byte for byte the same.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum
from pathlib import Path
from typing import IO, Any

import pyarrow as pa
import pyarrow.parquet as pq

from sukien import __version__
from sukien.errors import UsageError
from sukien.merge import Story, story_links
from sukien.model import EventActor
from sukien.store.stories import ArticleCitation
from sukien.time.periods import period_range

CODER = f"sukien {__version__}"
# the language of every text sukien codes (ISO 639-1), for PLOVER's cite_info
LANGUAGE = "vi"


class ExportFormat(StrEnum):
    PLOVER_JSONL = "plover-jsonl"
    CSV = "csv"
    PARQUET = "parquet"


# stories written per batch: their links and articles are looked up together, Parquet
# gets a row group
_BATCH = 1000

LinksOf = Callable[[Sequence[str]], Mapping[str, tuple[str, ...]]]
CitationsOf = Callable[[Sequence[str]], Mapping[str, ArticleCitation]]


def _no_citations(article_ids: Sequence[str]) -> Mapping[str, ArticleCitation]:
    return {}


@dataclass(frozen=True, slots=True)
class ExportSources:
    """Where an export finds what a story does not hold, a batch of stories at a time: the
    PLOVER links of stories (``sukien.merge.story_links``), the title, publication date
    and coding time of articles; and the coder's name."""

    links_of: LinksOf
    citations_of: CitationsOf = field(default=_no_citations)
    coder: str = CODER


def export(stories: Iterable[Story], fmt: ExportFormat, out: Path,
           citations: Mapping[str, ArticleCitation] | None = None) -> int:
    """Write stories held in memory (any order); returns how many. JSON lines go to the
    file ``out``; CSV and Parquet write ``events`` and ``mentions`` tables into the
    directory ``out``. ``citations``: of the stories' articles, by id."""
    rows = sorted(stories, key=lambda s: (s.date.value if s.date else "~", s.story_id))
    links = story_links(rows)
    known = dict(citations or {})
    return export_stream(rows, ExportSources(lambda ids: links, lambda ids: known), fmt, out)


def export_stream(stories: Iterable[Story], sources: ExportSources, fmt: ExportFormat,
                  out: Path) -> int:
    """Write stories as they come (already in export order: by date, then id), a batch at
    a time, so memory holds one batch whatever the number. Returns how many."""
    count = 0
    try:
        if fmt is ExportFormat.PLOVER_JSONL:
            with out.open("w", encoding="utf-8") as handle:
                for chunk, written in _plover_chunks(stories, sources):
                    handle.write(chunk)
                    count += written
            return count
        out.mkdir(parents=True, exist_ok=True)
        with _TableWriters(out, fmt) as writers:
            for batch in _batches(stories, sources):
                writers.write([event_row(s, batch) for s in batch.stories],
                              [m for s in batch.stories for m in mention_rows(s, batch)])
                count += len(batch.stories)
    except OSError as exc:
        raise UsageError(f"cannot write {out}: {exc}") from exc
    return count


def plover_jsonl_chunks(stories: Iterable[Story], sources: ExportSources) -> Iterator[str]:
    """The PLOVER JSON lines of stories, a batch of lines per chunk: what ``export_stream``
    writes to a file, for a response that streams (the web UI's download)."""
    return (chunk for chunk, _ in _plover_chunks(stories, sources))


def events_csv_chunks(stories: Iterable[Story], sources: ExportSources) -> Iterator[str]:
    """The events table as CSV (header first), a batch of rows per chunk: one row per
    story, the rows ``export_stream`` writes to ``events.csv``."""
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=EVENTS_SCHEMA.names)
    writer.writeheader()
    yield _taken(buffer)
    for batch in _batches(stories, sources):
        writer.writerows(csv_row(event_row(s, batch)) for s in batch.stories)
        yield _taken(buffer)


def _taken(buffer: io.StringIO) -> str:
    text = buffer.getvalue()
    buffer.seek(0)
    buffer.truncate()
    return text


def _plover_chunks(stories: Iterable[Story], sources: ExportSources
                   ) -> Iterator[tuple[str, int]]:
    for batch in _batches(stories, sources):
        yield "".join(json.dumps(plover_record(story, batch, sources.coder),
                                 ensure_ascii=False) + "\n"
                      for story in batch.stories), len(batch.stories)


@dataclass(frozen=True, slots=True)
class Batch:
    """Stories written together, with their links and their articles' citations."""

    stories: list[Story]
    links: Mapping[str, tuple[str, ...]]
    citations: Mapping[str, ArticleCitation]

    def links_of(self, story: Story) -> tuple[str, ...]:
        return tuple(self.links.get(story.story_id, ()))

    def citation(self, article_id: str) -> ArticleCitation | None:
        return self.citations.get(article_id)


def _batches(stories: Iterable[Story], sources: ExportSources) -> Iterator[Batch]:
    batch: list[Story] = []
    for story in stories:
        batch.append(story)
        if len(batch) >= _BATCH:
            yield _batch(batch, sources)
            batch = []
    if batch:
        yield _batch(batch, sources)


def _batch(stories: list[Story], sources: ExportSources) -> Batch:
    articles = sorted({m.article_id for s in stories for m in s.mentions})
    return Batch(stories, sources.links_of([s.story_id for s in stories]),
                 sources.citations_of(articles))


class _TableWriters:
    """The events and mentions tables of CSV or Parquet, written a batch at a time."""

    def __init__(self, out: Path, fmt: ExportFormat) -> None:
        self.out = out
        self.fmt = fmt
        self._handles: list[IO[str]] = []
        self._csv: list[csv.DictWriter[str]] = []
        self._parquet: list[pq.ParquetWriter] = []

    def __enter__(self) -> _TableWriters:
        if self.fmt is ExportFormat.CSV:
            for name, schema in (("events", EVENTS_SCHEMA), ("mentions", MENTIONS_SCHEMA)):
                handle = (self.out / f"{name}.csv").open("w", encoding="utf-8", newline="")
                self._handles.append(handle)
                writer = csv.DictWriter(handle, fieldnames=schema.names)
                writer.writeheader()
                self._csv.append(writer)
        else:
            self._parquet = [pq.ParquetWriter(self.out / "events.parquet", EVENTS_SCHEMA),
                             pq.ParquetWriter(self.out / "mentions.parquet", MENTIONS_SCHEMA)]
        return self

    def write(self, events: list[dict[str, Any]], mentions: list[dict[str, Any]]) -> None:
        if self._csv:
            self._csv[0].writerows(csv_row(row) for row in events)
            self._csv[1].writerows(csv_row(row) for row in mentions)
            return
        self._parquet[0].write_table(pa.Table.from_pylist(events, schema=EVENTS_SCHEMA))
        self._parquet[1].write_table(pa.Table.from_pylist(mentions, schema=MENTIONS_SCHEMA))

    def __exit__(self, *exc: object) -> None:
        for handle in self._handles:
            handle.close()
        for writer in self._parquet:
            writer.close()


def csv_row(row: dict[str, Any]) -> dict[str, Any]:
    """A table row as CSV cells: lists and structs as JSON, dates in ISO form, no value
    as an empty cell."""
    return {name: json.dumps(value, ensure_ascii=False) if isinstance(value, list | dict)
            else value.isoformat() if isinstance(value, date)
            else value for name, value in row.items()}


def plover_record(story: Story, batch: Batch, coder: str = CODER) -> dict[str, Any]:
    """The PLOVER record of a story, with every field of the manual's record format that
    sukien fills (``context``: sukien codes none, an empty list), then fields of its own
    (the text of the date, status, confidence, CAMEO code, every mention)."""
    first = story.mentions[0]
    span = _date_range(story)
    citation = batch.citation(first.article_id)
    location = next((m.event.location for m in story.mentions if m.event.location), None)
    return {
        "id": story.story_id,
        "date": span[0].isoformat() if span else None,
        "enddate": span[1].isoformat() if span else None,
        "actor": [_entity(a) for a in story.actors],
        "recipient": [_entity(a) for a in story.recipients],
        "event": [story.type],
        "mode": [story.mode] if story.mode else [],
        "context": [],
        "event_loc": {"extracted_place": location} if location else None,
        "event_text": list(dict.fromkeys(m.sentence for m in story.mentions)),
        "quad_code": story.quad_code,
        "link": list(batch.links_of(story)),
        "cite_info": {"citation": first.article_id, "url": first.url,
                      "title": citation.title if citation else None,
                      "language": LANGUAGE, "coder": coder},
        "coder": coder,
        "coded_date": _coded_date(story, batch),
        "date_text": story.date.value if story.date else None,
        "date_precision": story.date.precision.value if story.date else None,
        "year_known": story.year_known, "status": story.status.value,
        "confidence": story.confidence, "cameo_code": first.event.cameo,
        "mentions": [_json_mention(row) for row in mention_rows(story, batch)],
    }


def event_row(story: Story, batch: Batch) -> dict[str, Any]:
    """A row of the events table; the article columns are those of its first mention."""
    first = story.mentions[0]
    span = _date_range(story)
    citation = batch.citation(first.article_id)
    published = citation.published if citation else None
    return {
        "id": story.story_id,
        "date_start": span[0] if span else None, "date_end": span[1] if span else None,
        "date_precision": story.date.precision.value if story.date else None,
        "date_text": story.date.value if story.date else None,
        "year_known": story.year_known, "event_type": story.type, "mode": story.mode,
        "quad_code": story.quad_code, "cameo_code": first.event.cameo,
        "status": story.status.value,
        "actors": [_side(a) for a in story.actors],
        "recipients": [_side(a) for a in story.recipients],
        "actor_countries": sorted({a.country for a in story.actors if a.country}),
        "recipient_countries": sorted({a.country for a in story.recipients if a.country}),
        "confidence": story.confidence,
        "n_articles": len({m.article_id for m in story.mentions}),
        "links": list(batch.links_of(story)),
        "title": citation.title if citation else None,
        "published_date": published_day(published), "published_text": published,
        "url": first.url,
        "coded_date": _coded_day(story, batch),
    }


def mention_rows(story: Story, batch: Batch) -> Iterator[dict[str, Any]]:
    for mention in story.mentions:
        event = mention.event
        citation = batch.citation(mention.article_id)
        published = citation.published if citation else None
        yield {
            "event_id": story.story_id, "page": mention.page, "article_id": mention.article_id,
            "line": event.evidence.line, "url": mention.url,
            "title": citation.title if citation else None,
            "published_date": published_day(published), "published_text": published,
            "trigger": event.trigger, "sentence": mention.sentence,
            "source": (event.source.name or event.source.text) if event.source else None,
        }


def published_day(value: str | None) -> date | None:
    """The day an article was published, when its page gives one (not a coarser period)."""
    span = period_range(value) if value else None
    return span[0] if span and span[0] == span[1] else None


def _date_range(story: Story) -> tuple[date, date] | None:
    return period_range(story.date.value) if story.date else None


def _coded_day(story: Story, batch: Batch) -> date | None:
    """When the story's last report was coded: the latest ingest of its articles (stored
    with the pages), so an export says the same whenever it runs."""
    times = [c.coded_at for m in story.mentions
             if (c := batch.citation(m.article_id)) is not None]
    return max(times).date() if times else None


def _coded_date(story: Story, batch: Batch) -> str | None:
    day = _coded_day(story, batch)
    return day.isoformat() if day else None


def _json_mention(row: dict[str, Any]) -> dict[str, Any]:
    return {name: value.isoformat() if isinstance(value, date) else value
            for name, value in row.items() if name != "event_id"}


def _entity(side: EventActor) -> dict[str, Any]:
    """A PLOVER entity object: country code, sector, the text and the resolved name."""
    return {"code": side.country, "sector": side.sector, "entity_text": side.text,
            "identifier_text": side.name}


def _side(side: EventActor) -> dict[str, Any]:
    return {"text": side.text, "country": side.country, "sector": side.sector, "name": side.name}


_SIDE = pa.list_(pa.struct([("text", pa.string()), ("country", pa.string()),
                            ("sector", pa.string()), ("name", pa.string())]))
EVENTS_SCHEMA = pa.schema([
    ("id", pa.string()), ("date_start", pa.date32()), ("date_end", pa.date32()),
    ("date_precision", pa.string()), ("date_text", pa.string()), ("year_known", pa.bool_()),
    ("event_type", pa.string()), ("mode", pa.string()), ("quad_code", pa.int32()),
    ("cameo_code", pa.string()), ("status", pa.string()),
    ("actors", _SIDE), ("recipients", _SIDE),
    ("actor_countries", pa.list_(pa.string())), ("recipient_countries", pa.list_(pa.string())),
    ("confidence", pa.float64()), ("n_articles", pa.int32()), ("links", pa.list_(pa.string())),
    ("title", pa.string()), ("published_date", pa.date32()), ("published_text", pa.string()),
    ("url", pa.string()), ("coded_date", pa.date32()),
])
MENTIONS_SCHEMA = pa.schema([
    ("event_id", pa.string()), ("page", pa.string()), ("article_id", pa.string()),
    ("line", pa.int32()), ("url", pa.string()), ("title", pa.string()),
    ("published_date", pa.date32()), ("published_text", pa.string()),
    ("trigger", pa.string()), ("sentence", pa.string()), ("source", pa.string()),
])
