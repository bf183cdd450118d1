"""Merge the events of many articles into stories: one entry per real event.

Two events are one when they have the same type, the same sides (either way round
when symmetric) and compatible dates: equal at the coarser precision, a month
containing a day ("tháng 3-2023" and 2023-03-15), and a day of unknown year
matching the same day of any year (XXXX-10-21 and 2022-10-21). The entry keeps
the best-supported date (a known year over an unknown one, the event's own date
over the report's, the finer precision, the surer), and its confidence grows
with the number of articles that report it.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from sukien.model import (
    Article,
    Event,
    EventActor,
    EventDate,
    EventStatus,
    date_rank,
    dates_compatible,
)

# each further article that reports the event is more evidence that it happened
SOURCE_BONUS = 0.1
# however many articles report it, a story is never certain
_MOST_CONFIDENT = 0.99
# no date to take a confidence from (no timex, no publication date): a low start, raised by reports
_UNDATED = 0.3


@dataclass(frozen=True, slots=True)
class StoryMention:
    """One article's report of the event."""

    page: str
    article_id: str
    url: str | None
    event: Event
    sentence: str


@dataclass(frozen=True, slots=True)
class Story:
    story_id: str
    type: str
    mode: str | None
    symmetric: bool
    actors: tuple[EventActor, ...]
    recipients: tuple[EventActor, ...]
    date: EventDate | None
    status: EventStatus
    confidence: float
    mentions: tuple[StoryMention, ...]

    @property
    def countries(self) -> frozenset[str]:
        return frozenset(a.country for a in (*self.actors, *self.recipients) if a.country)

    @property
    def quad_code(self) -> int:
        return self.mentions[0].event.quad_code

    @property
    def year_known(self) -> bool:
        return self.date is not None and not self.date.value.startswith("XXXX")

    @property
    def location(self) -> str | None:
        """Where the story happened, as its first mention naming a place writes it."""
        return next((m.event.location for m in self.mentions if m.event.location), None)


def merge_events(articles: Iterable[tuple[str, Article]]) -> list[Story]:
    """Stories of the events of (page name, article) pairs, in no particular order."""
    groups: dict[str, list[StoryMention]] = {}
    for page, article in articles:
        for mention in story_mentions(page, article):
            groups.setdefault(merge_key(mention.event), []).append(mention)
    return [story for group in groups.values() for story in merge_group(group)]


def story_mentions(page: str, article: Article) -> Iterator[StoryMention]:
    for event in article.events:
        evidence = event.evidence
        yield StoryMention(page, article.article_id, article.url, event,
                           " ".join(article.text[evidence.start:evidence.end].split()))


def merge_key(event: Event) -> str:
    """Only mentions with equal keys can be one event; a string, the same in every process,
    so Spark can group by it."""
    return "|".join([event.type, *(",".join(sorted(side)) for side in event.sides)])


def merge_group(mentions: Iterable[StoryMention]) -> list[Story]:
    """Stories of mentions that share a merge key. Each mention joins the first story whose
    every date is compatible with its own, taken in (page, article, offset) order so the
    result does not depend on the order the mentions arrive in."""
    groups: list[list[StoryMention]] = []
    for mention in sorted(mentions, key=_mention_order):
        for group in groups:
            if all(dates_compatible(m.event.date, mention.event.date,
                                    same_article=m.article_id == mention.article_id)
                   for m in group):
                group.append(mention)
                break
        else:
            groups.append([mention])
    return [_story(group) for group in groups]


def _mention_order(mention: StoryMention) -> tuple[str, str, int, str]:
    return (mention.page, mention.article_id, mention.event.evidence.start,
            mention.event.event_id)


def story_links(stories: Iterable[Story]) -> dict[str, tuple[str, ...]]:
    """PLOVER ``links``: stories reported in one and the same sentence of an article are
    related ("the first call since March 2023", a planned talk and the call that set it
    up); each story maps to the others, in id order."""
    by_sentence: dict[tuple[str, int], set[str]] = {}
    for story in stories:
        for mention in story.mentions:
            event = mention.event
            for sentence in {event.evidence.start, *(m.start for m in event.mentions)}:
                by_sentence.setdefault((mention.article_id, sentence), set()).add(story.story_id)
    links: dict[str, set[str]] = {}
    for together in by_sentence.values():
        for story_id in together:
            links.setdefault(story_id, set()).update(together - {story_id})
    return {key: tuple(sorted(value)) for key, value in links.items() if value}


def _story(group: list[StoryMention]) -> Story:
    best = min(group, key=lambda m: date_rank(m.event.date))
    event = best.event
    articles = {m.article_id for m in group}
    confidence = min(_MOST_CONFIDENT, (event.date.confidence if event.date else _UNDATED)
                     + SOURCE_BONUS * (len(articles) - 1))
    statuses = {m.event.status for m in group}
    status = EventStatus.OCCURRED if EventStatus.OCCURRED in statuses else event.status
    digest = hashlib.sha1("|".join(sorted(m.event.event_id for m in group)).encode())
    return Story(
        story_id=digest.hexdigest()[:16], type=event.type,
        mode=next((m.event.mode for m in group if m.event.mode), None),
        symmetric=event.symmetric, actors=event.actors, recipients=event.recipients,
        date=event.date, status=status, confidence=round(confidence, 3),
        mentions=tuple(group))  # merge_group builds each group in mention order
