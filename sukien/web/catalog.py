"""What the web UI shows: queries of an open store, a page at a time.

The stories are merged once (``sukien.store.stories``), so each request is a SQL
query over them: filters, counts and LIMIT/OFFSET run in DuckDB, and only the
entries of the page asked for become objects. The UI therefore starts at once
and holds little memory whatever the database's size. The store stays open,
read-only, while the server runs: an ingest into the same file has to wait for
it to stop. One DuckDB connection serves every request, one query at a time.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field

from sukien.duplicates import DuplicateLink
from sukien.export import ExportSources
from sukien.merge import Story
from sukien.model import Article, Evidence
from sukien.store import RejectedRow, Store
from sukien.store.stories import ActorCount, ActorOrder, ActorPage, ArticleCitation, StoryOrder
from sukien.timeline import TimelineEntry, TimelineQuery, timeline_entries
from sukien.web.map import EventMap, MapView, PlaceIndex, event_map, index_places, load_places

QUAD_CLASSES: Mapping[int, str] = {1: "verbal cooperation", 2: "material cooperation",
                                   3: "verbal conflict", 4: "material conflict"}
# entries on one page of the timeline, rows on one page of rejected inputs
PAGE_SIZE = 100


@dataclass(frozen=True, slots=True)
class StoredArticle:
    page: str
    article: Article


@dataclass(frozen=True, slots=True)
class Report:
    """One mention of a story as the event page shows it: the article's paragraphs cut
    around the evidence, and the copies of the article published elsewhere."""

    mention_index: int
    stored: StoredArticle
    passages: list[Passage]
    copies: tuple[tuple[DuplicateLink, str], ...]


@dataclass(frozen=True, slots=True)
class Catalog:
    """An open store seen by the UI; counts that never change while it runs are read once."""

    store: Store
    total: int
    types: list[str]
    places: PlaceIndex
    lock: threading.Lock = field(default_factory=threading.Lock)

    def timeline(self, query: TimelineQuery, limit: int | None = None,
                 offset: int = 0, order: StoryOrder = StoryOrder.TIMELINE
                 ) -> list[TimelineEntry]:
        with self.lock:
            return list(timeline_entries(self.store.stories(query, order, limit=limit,
                                                            offset=offset)))

    def stream(self, query: TimelineQuery, order: StoryOrder) -> Iterator[Story]:
        """Every story a query keeps, for a download: they stream from a cursor of their
        own, so the lock is held only to open it, and other pages are served meanwhile."""
        with self.lock:
            stories = self.store.stories(query, order)
            first = next(stories, None)
        if first is None:
            return
        yield first
        yield from stories

    def export_sources(self, query: TimelineQuery) -> ExportSources:
        """Links (to stories the query keeps) and citations, looked up a batch at a time."""
        def links_of(story_ids: Sequence[str]) -> Mapping[str, tuple[str, ...]]:
            with self.lock:
                return self.store.story_links(story_ids, query)
        return ExportSources(links_of, self.citations)

    def citations(self, article_ids: Sequence[str]) -> dict[str, ArticleCitation]:
        with self.lock:
            return self.store.article_citations(article_ids)

    def actors(self, query: TimelineQuery, order: ActorOrder, name: str | None,
               limit: int, offset: int) -> ActorPage:
        with self.lock:
            return self.store.actors(query, order, name, limit=limit, offset=offset)

    def actor(self, query: TimelineQuery, code: str) -> ActorCount | None:
        """The actor of a code (a country code or a whole name), counted over ``query``."""
        with self.lock:
            found = self.store.actors(query, code=code).actors
        return found[0] if found else None

    def counterparts(self, query: TimelineQuery, code: str, limit: int) -> list[ActorCount]:
        with self.lock:
            return self.store.counterparts(query, code, limit)

    def without_month(self, query: TimelineQuery) -> int:
        with self.lock:
            return self.store.count_without_month(query)

    def count(self, query: TimelineQuery) -> int:
        with self.lock:
            return self.store.count_stories(query)

    def story(self, story_id: str) -> Story | None:
        with self.lock:
            return self.store.story(story_id)

    def related(self, story_id: str) -> list[Story]:
        """Stories reported in a sentence with this one, in id order."""
        with self.lock:
            linked = self.store.story_links([story_id]).get(story_id, ())
            found = {s.story_id: s for s in self.store.stories_by_id(linked)}
        return [found[i] for i in linked if i in found]

    def reports(self, story: Story, start: int = 0, stop: int | None = None) -> list[Report]:
        """The articles of mentions ``start`` to ``stop`` (a page of them: a story of a
        whole corpus may have hundreds)."""
        shown = list(enumerate(story.mentions))[start:stop]
        ids = list(dict.fromkeys(m.article_id for _, m in shown))
        with self.lock:
            articles = self.store.articles_by_id(ids)
            copies = self.store.copies_of(ids)
        reports = []
        for index, mention in shown:
            page, article = articles[mention.article_id]
            reports.append(Report(index, StoredArticle(page, article),
                                  passages(article, mention.event.evidence),
                                  tuple(copies.get(mention.article_id, ()))))
        return reports

    def rejected(self, reason: str | None, limit: int | None = None,
                 offset: int = 0) -> list[RejectedRow]:
        with self.lock:
            return self.store.rejected(reason or None, limit, offset)

    def rejected_reasons(self) -> list[str]:
        with self.lock:
            return self.store.rejected_reasons()

    def monthly(self, query: TimelineQuery) -> list[tuple[str, int, int]]:
        """(YYYY-MM, quad class, events) of the stories a query keeps whose month is known."""
        with self.lock:
            return self.store.monthly_counts(query)

    def event_map(self, query: TimelineQuery, view: MapView) -> EventMap:
        with self.lock:
            counts = self.store.location_counts(query)
        return event_map(counts, self.places, view)


def load_catalog(store: Store) -> Catalog:
    """The UI's view of an open store (which must stay open while the UI runs); stories
    out of date are merged first."""
    store.prepare_stories()
    return Catalog(store, store.count_stories(), store.story_types(),
                   index_places(store.location_names(), load_places()))


@dataclass(frozen=True, slots=True)
class Passage:
    """A paragraph cut around the evidence, so the template escapes each part and marks
    only the evidence."""

    line: int | None
    before: str
    evidence: str
    after: str


def passages(article: Article, evidence: Evidence) -> list[Passage]:
    found = []
    for paragraph in article.paragraphs:
        text = article.text[paragraph.start:paragraph.end]
        start = max(evidence.start, paragraph.start) - paragraph.start
        end = min(evidence.end, paragraph.end) - paragraph.start
        if start < end:
            found.append(Passage(paragraph.line, text[:start], text[start:end], text[end:]))
        else:
            found.append(Passage(paragraph.line, text, "", ""))
    return found
