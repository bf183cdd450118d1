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
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from sukien.duplicates import DuplicateLink
from sukien.merge import Story
from sukien.model import Article, Evidence
from sukien.store import RejectedRow, Store
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
                 offset: int = 0) -> list[TimelineEntry]:
        with self.lock:
            return list(timeline_entries(self.store.stories(query, limit=limit,
                                                            offset=offset)))

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

    def reports(self, story: Story) -> list[Report]:
        ids = list(dict.fromkeys(m.article_id for m in story.mentions))
        with self.lock:
            articles = self.store.articles_by_id(ids)
            copies = self.store.copies_of(ids)
        reports = []
        for index, mention in enumerate(story.mentions):
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

    def monthly(self, query: TimelineQuery) -> list[MonthBar]:
        with self.lock:
            counts = self.store.monthly_counts(query)
        return month_bars(Counter({(month, quad): n for month, quad, n in counts}))

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


@dataclass(frozen=True, slots=True)
class MonthBar:
    month: str
    counts: tuple[int, ...]

    @property
    def total(self) -> int:
        return sum(self.counts)


def monthly_counts(stories: Sequence[Story]) -> list[MonthBar]:
    """Events per month and quad class of stories held in memory."""
    return month_bars(Counter(
        (s.date.value[:7], s.quad_code) for s in stories
        if s.date is not None and s.year_known and len(s.date.value) >= 7))


def month_bars(counts: Counter[tuple[str, int]]) -> list[MonthBar]:
    """Bars of (month, quad class) counts, every month from the first to the last shown,
    so quiet months appear as gaps rather than vanish."""
    if not counts:
        return []
    months = sorted({month for month, _ in counts})
    bars = []
    year, month = int(months[0][:4]), int(months[0][5:7])
    while f"{year:04d}-{month:02d}" <= months[-1]:
        label = f"{year:04d}-{month:02d}"
        bars.append(MonthBar(label, tuple(counts[(label, quad)] for quad in QUAD_CLASSES)))
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return bars
