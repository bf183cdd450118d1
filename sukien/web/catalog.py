"""What the web UI shows, read once from the database and then never written.

Reading everything at start-up keeps the database closed while the UI runs (an
ingest can go on beside it) and makes every page a lookup; restart the server to
see new pages.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from sukien.duplicates import DuplicateLink
from sukien.merge import Story, merge_events, story_links
from sukien.model import Article, Evidence
from sukien.store import RejectedRow, Store

QUAD_CLASSES: Mapping[int, str] = {1: "verbal cooperation", 2: "material cooperation",
                                   3: "verbal conflict", 4: "material conflict"}


@dataclass(frozen=True, slots=True)
class StoredArticle:
    page: str
    article: Article


@dataclass(frozen=True, slots=True)
class Catalog:
    stories: tuple[Story, ...]
    articles: Mapping[str, StoredArticle]
    copies: Mapping[str, tuple[DuplicateLink, ...]]
    rejected: tuple[RejectedRow, ...]
    links: Mapping[str, tuple[str, ...]]

    @property
    def types(self) -> list[str]:
        return sorted({story.type for story in self.stories})

    def story(self, story_id: str) -> Story | None:
        return next((s for s in self.stories if s.story_id == story_id), None)


def load_catalog(store: Store) -> Catalog:
    articles = {article.article_id: StoredArticle(page, article)
                for page, article in store.articles()}
    links = store.duplicate_links()
    copied = {link.article_id for link in links}
    copies: dict[str, list[DuplicateLink]] = {}
    for link in links:
        copies.setdefault(link.canonical_id, []).append(link)
    stories = merge_events((a.page, a.article) for key, a in articles.items()
                           if key not in copied)
    return Catalog(tuple(stories), articles,
                   {key: tuple(value) for key, value in copies.items()},
                   tuple(store.rejected()), story_links(stories))


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
    """Events per month and quad class, every month from the first to the last shown,
    so quiet months appear as gaps rather than vanish."""
    counts: Counter[tuple[str, int]] = Counter(
        (s.date.value[:7], s.quad_code) for s in stories
        if s.date is not None and s.year_known and len(s.date.value) >= 7)
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
