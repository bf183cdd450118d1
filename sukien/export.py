"""Export stories as PLOVER records: JSON lines, or CSV/Parquet tables of events and mentions.

One row per event (a story: every report of one real event), with the nearest CAMEO
code so users of CAMEO data can join; the mentions table gives every article and
sentence that reports it.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from enum import StrEnum
from pathlib import Path
from typing import IO, Any

import pyarrow as pa
import pyarrow.parquet as pq

from sukien.errors import UsageError
from sukien.merge import Story, story_links

EVENT_COLUMNS = ("id", "date", "date_precision", "year_known", "event_type", "mode", "quad_code",
                 "cameo_code", "status", "actor_countries", "actor_sectors", "actor_names",
                 "recipient_countries", "recipient_sectors", "recipient_names", "confidence",
                 "n_articles", "links")
MENTION_COLUMNS = ("event_id", "page", "article_id", "line", "url", "trigger", "sentence",
                   "source")


class ExportFormat(StrEnum):
    PLOVER_JSONL = "plover-jsonl"
    CSV = "csv"
    PARQUET = "parquet"


# stories written per batch: their links are looked up together, Parquet gets a row group
_BATCH = 1000

LinksOf = Callable[[Sequence[str]], Mapping[str, tuple[str, ...]]]


def export(stories: Iterable[Story], fmt: ExportFormat, out: Path) -> int:
    """Write stories held in memory (any order); returns how many. JSON lines go to the
    file ``out``; CSV and Parquet write ``events`` and ``mentions`` tables into the
    directory ``out``."""
    rows = sorted(stories, key=lambda s: (s.date.value if s.date else "~", s.story_id))
    links = story_links(rows)
    return export_stream(rows, lambda ids: links, fmt, out)


def export_stream(stories: Iterable[Story], links_of: LinksOf, fmt: ExportFormat,
                  out: Path) -> int:
    """Write stories as they come (already in export order: by date, then id), a batch at
    a time, so memory holds one batch whatever the number; ``links_of`` gives a batch's
    PLOVER links. Returns how many."""
    count = 0
    try:
        if fmt is ExportFormat.PLOVER_JSONL:
            with out.open("w", encoding="utf-8") as handle:
                for batch, links in _batches(stories, links_of):
                    for story in batch:
                        handle.write(json.dumps(plover_record(
                            story, links.get(story.story_id, ())), ensure_ascii=False) + "\n")
                    count += len(batch)
            return count
        out.mkdir(parents=True, exist_ok=True)
        with _TableWriters(out, fmt) as writers:
            for batch, links in _batches(stories, links_of):
                writers.write([event_row(s, links.get(s.story_id, ())) for s in batch],
                              [m for s in batch for m in mention_rows(s)])
                count += len(batch)
    except OSError as exc:
        raise UsageError(f"cannot write {out}: {exc}") from exc
    return count


def _batches(stories: Iterable[Story], links_of: LinksOf
             ) -> Iterator[tuple[list[Story], Mapping[str, tuple[str, ...]]]]:
    batch: list[Story] = []
    for story in stories:
        batch.append(story)
        if len(batch) >= _BATCH:
            yield batch, links_of([s.story_id for s in batch])
            batch = []
    if batch:
        yield batch, links_of([s.story_id for s in batch])


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
            for name, columns in (("events", EVENT_COLUMNS), ("mentions", MENTION_COLUMNS)):
                handle = (self.out / f"{name}.csv").open("w", encoding="utf-8", newline="")
                self._handles.append(handle)
                writer = csv.DictWriter(handle, fieldnames=columns)
                writer.writeheader()
                self._csv.append(writer)
        else:
            self._parquet = [pq.ParquetWriter(self.out / "events.parquet", _EVENTS),
                             pq.ParquetWriter(self.out / "mentions.parquet", _MENTIONS)]
        return self

    def write(self, events: list[dict[str, Any]], mentions: list[dict[str, Any]]) -> None:
        if self._csv:
            self._csv[0].writerows(events)
            self._csv[1].writerows(mentions)
            return
        self._parquet[0].write_table(pa.Table.from_pylist(events, schema=_EVENTS))
        self._parquet[1].write_table(pa.Table.from_pylist(mentions, schema=_MENTIONS))

    def __exit__(self, *exc: object) -> None:
        for handle in self._handles:
            handle.close()
        for writer in self._parquet:
            writer.close()


def plover_record(story: Story, links: tuple[str, ...] = ()) -> dict[str, Any]:
    """``links``: the ids of related events (``sukien.merge.story_links``)."""
    row = event_row(story, links)
    return {
        "id": row["id"], "date": row["date"], "date_precision": row["date_precision"],
        "year_known": row["year_known"], "event_type": row["event_type"], "mode": row["mode"],
        "quad_code": row["quad_code"], "cameo_code": row["cameo_code"], "status": row["status"],
        "actor": [_side(a) for a in story.actors],
        "recipient": [_side(a) for a in story.recipients],
        "confidence": row["confidence"],
        "mentions": list(mention_rows(story)),
        "links": list(links),
    }


def event_row(story: Story, links: tuple[str, ...] = ()) -> dict[str, Any]:
    first = story.mentions[0].event
    return {
        "id": story.story_id, "date": story.date.value if story.date else None,
        "date_precision": story.date.precision if story.date else None,
        "year_known": story.year_known, "event_type": story.type, "mode": story.mode,
        "quad_code": story.quad_code, "cameo_code": first.cameo, "status": story.status,
        "actor_countries": ";".join(a.country or "" for a in story.actors),
        "actor_sectors": ";".join(a.sector or "" for a in story.actors),
        "actor_names": ";".join(a.name or "" for a in story.actors),
        "recipient_countries": ";".join(a.country or "" for a in story.recipients),
        "recipient_sectors": ";".join(a.sector or "" for a in story.recipients),
        "recipient_names": ";".join(a.name or "" for a in story.recipients),
        "confidence": story.confidence, "n_articles": len({m.article_id for m in story.mentions}),
        "links": ";".join(links),
    }


def mention_rows(story: Story) -> Iterator[dict[str, Any]]:
    for mention in story.mentions:
        event = mention.event
        yield {
            "event_id": story.story_id, "page": mention.page, "article_id": mention.article_id,
            "line": event.evidence.line, "url": mention.url, "trigger": event.trigger,
            "sentence": mention.sentence,
            "source": (event.source.name or event.source.text) if event.source else None,
        }


def _side(side: Any) -> dict[str, Any]:
    return {"text": side.text, "country": side.country, "sector": side.sector, "name": side.name}


_EVENTS = pa.schema([
    ("id", pa.string()), ("date", pa.string()), ("date_precision", pa.string()),
    ("year_known", pa.bool_()), ("event_type", pa.string()), ("mode", pa.string()),
    ("quad_code", pa.int32()), ("cameo_code", pa.string()), ("status", pa.string()),
    ("actor_countries", pa.string()), ("actor_sectors", pa.string()),
    ("actor_names", pa.string()), ("recipient_countries", pa.string()),
    ("recipient_sectors", pa.string()), ("recipient_names", pa.string()),
    ("confidence", pa.float64()), ("n_articles", pa.int32()), ("links", pa.string()),
])
_MENTIONS = pa.schema([
    ("event_id", pa.string()), ("page", pa.string()), ("article_id", pa.string()),
    ("line", pa.int32()), ("url", pa.string()), ("trigger", pa.string()),
    ("sentence", pa.string()), ("source", pa.string()),
])
