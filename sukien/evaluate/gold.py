"""Reading gold files (schema ``gold/1``) into typed records.

A document names its page either by ``file`` (a page beside the gold file, as in
``examples/gold.json``) or by ``id`` (a record of a JSON-lines corpus given separately,
as in the development gold under ``benchmarks/gold/``)."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sukien.errors import UsageError

SCHEMA = "gold/1"
# the bounds of a publication range that the text leaves open on one side
OPEN_EARLIEST = "0000-01-01"
OPEN_LATEST = "9999-12-31"


@dataclass(frozen=True, slots=True)
class GoldArticle:
    title_line: int
    body_lines: tuple[int, ...]


@dataclass(frozen=True, slots=True)
class GoldPublished:
    earliest: str
    latest: str
    derivable: bool


@dataclass(frozen=True, slots=True)
class GoldEventDate:
    """When a gold event happened, and the page lines that report it."""

    event_id: str
    date: str | None
    precision: str
    derivable: bool
    lines: tuple[int, ...]


@dataclass(frozen=True, slots=True)
class GoldActor:
    """A side of a gold event: country, sector and name where the gold gives them."""

    event_id: str
    country: str | None
    sector: str | None
    name: str | None
    lines: tuple[int, ...]
    # "actors" or "recipients": the side of the event it is on
    role: str = "actors"


@dataclass(frozen=True, slots=True)
class GoldEvent:
    event_id: str
    tier: str
    types: tuple[str, ...]
    symmetric: bool
    actor_countries: frozenset[str]
    recipient_countries: frozenset[str]
    date: str | None
    derivable: bool
    status: str
    lines: tuple[int, ...]


@dataclass(frozen=True, slots=True)
class GoldDocument:
    """``path`` for a page file, ``record_id`` for a corpus record: exactly one is set."""

    path: Path | None
    articles: tuple[GoldArticle, ...]
    caption_lines: tuple[int, ...]
    published: GoldPublished | None
    author: str | None
    url: str | None
    agency: str | None
    event_dates: tuple[GoldEventDate, ...] = ()
    event_actors: tuple[GoldActor, ...] = ()
    events: tuple[GoldEvent, ...] = ()
    record_id: str | None = None
    section: str | None = None
    # a page the gold holds to count false events: it reports no political event
    control: bool = False

    @property
    def name(self) -> str:
        """The page's file name or the record's id, for reports."""
        return self.path.name if self.path is not None else str(self.record_id)


def load_gold(path: Path) -> list[GoldDocument]:
    """Documents of a gold file; page paths are resolved beside it."""
    try:
        data = json.loads(path.read_text("utf-8"))
    except (OSError, json.JSONDecodeError) as exc:
        raise UsageError(f"cannot read gold file {path}: {exc}") from exc
    if data.get("schema") != SCHEMA:
        raise UsageError(f"{path}: expected schema {SCHEMA!r}, got {data.get('schema')!r}")
    try:
        return [_document(path.parent, doc) for doc in data["documents"]]
    except (KeyError, TypeError) as exc:
        raise UsageError(f"{path}: malformed document entry: {exc}") from exc


def _document(base: Path, doc: dict[str, object]) -> GoldDocument:
    published = doc.get("published")
    if ("file" in doc) == ("id" in doc):
        raise KeyError("a document names its page by either 'file' or 'id'")
    return GoldDocument(
        path=base / str(doc["file"]) if "file" in doc else None,
        record_id=str(doc["id"]) if "id" in doc else None,
        section=str(doc["section"]) if doc.get("section") else None,
        control=bool(doc.get("control", False)),
        articles=tuple(
            GoldArticle(int(a["title_line"]), tuple(int(n) for n in a["body_lines"]))
            for a in doc.get("articles", ())  # type: ignore[attr-defined]
        ),
        caption_lines=tuple(int(n) for n in doc.get("caption_lines", ())),  # type: ignore[attr-defined]
        published=GoldPublished(published["earliest"] or OPEN_EARLIEST,
                                published["latest"] or OPEN_LATEST,
                                bool(published["derivable"]))
        if isinstance(published, dict) else None,
        author=doc.get("author"),  # type: ignore[arg-type]
        url=doc.get("url"),  # type: ignore[arg-type]
        agency=doc.get("agency"),  # type: ignore[arg-type]
        event_dates=tuple(
            GoldEventDate(str(e["id"]), e.get("date"), str(e.get("precision", "unknown")),
                          bool(e.get("derivable", False)), tuple(int(n) for n in e["lines"]))
            for e in doc.get("events", ())  # type: ignore[attr-defined]
        ),
        event_actors=tuple(
            GoldActor(str(e["id"]), a.get("country"), a.get("sector"), a.get("name"),
                      tuple(int(n) for n in e["lines"]), role)
            for e in doc.get("events", ())  # type: ignore[attr-defined]
            for role in ("actors", "recipients")
            for a in e.get(role, ())
        ),
        events=tuple(_event(e) for e in doc.get("events", ())),  # type: ignore[attr-defined]
    )


def _event(e: dict[str, Any]) -> GoldEvent:
    return GoldEvent(
        event_id=str(e["id"]), tier=str(e.get("tier", "secondary")),
        types=(str(e["type"]), *(str(t) for t in e.get("alt_types", ()))),
        symmetric=bool(e.get("symmetric", False)),
        actor_countries=frozenset(a["country"] for a in e.get("actors", ()) if a.get("country")),
        recipient_countries=frozenset(
            a["country"] for a in e.get("recipients", ()) if a.get("country")),
        date=e.get("date"), derivable=bool(e.get("derivable", False)),
        status=str(e.get("status", "occurred")), lines=tuple(int(n) for n in e["lines"]))
