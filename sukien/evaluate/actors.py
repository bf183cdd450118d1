"""Actor scores: is each side of each gold event coded on the event's lines (the seeds'
score), found in its article, and placed on its side of its event?"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from sukien.evaluate.content import processed
from sukien.evaluate.gold import GoldActor, GoldDocument, GoldEvent
from sukien.evaluate.metrics import Share, share_of
from sukien.model import ActorMention, ActorRole, Event
from sukien.options import ProcessOptions


@dataclass(frozen=True, slots=True)
class ActorCheck:
    page: str
    gold: GoldActor
    found: tuple[str, ...]
    correct: bool


@dataclass(frozen=True, slots=True)
class ActorScore:
    """``checks``: each gold side on its event's lines (the seeds' score); ``sides``: each
    gold side found in its article and placed on its event."""

    checks: tuple[ActorCheck, ...]
    sides: SideScore

    @property
    def recall(self) -> Share:
        return share_of(c.correct for c in self.checks)

    @property
    def named(self) -> Share:
        return share_of(c.correct for c in self.checks if c.gold.name)


def score_actors(documents: list[GoldDocument], options: ProcessOptions,
                 corpus: Path | None = None) -> ActorScore:
    """A named gold actor needs a mention of that person (any surface: title, surname,
    coreference) with its country and sector on the event's lines; an unnamed one a
    mention of its country (and sector, where the gold gives one). Sides: see
    ``SideCheck``; sides the text gives no country are left out of them."""
    checks: list[ActorCheck] = []
    sides: list[SideCheck] = []
    for document, articles in processed(documents, options, corpus):
        mentions = [m for a in articles for m in a.actors]
        events = [e for a in articles for e in a.events]
        gold_events = {e.event_id: e for e in document.events}
        for gold in document.event_actors:
            on_lines = [m for m in mentions if m.line in gold.lines]
            checks.append(ActorCheck(document.name, gold, tuple(_shown(m) for m in on_lines),
                                     any(_matches(gold, m) for m in on_lines)))
            if gold.country is not None:
                sides.append(_side_check(document.name, gold, gold_events.get(gold.event_id),
                                         mentions, events))
    return ActorScore(tuple(checks), SideScore(tuple(sides)))


def _side_check(page: str, gold: GoldActor, event: GoldEvent | None,
                mentions: list[ActorMention], events: list[Event]) -> SideCheck:
    """Only mentions that can act count: a province or city named as a place says the
    country is in the article, not that it is a side."""
    mentions = [m for m in mentions if m.role is not ActorRole.LOCATION]
    found = any(m.country == gold.country for m in mentions)
    sector = gold.sector is None or any(
        m.country == gold.country and m.sector == gold.sector for m in mentions)
    placed = event is not None and any(_placed(gold, event, e) for e in events)
    return SideCheck(page, gold, found, found and sector, placed)


def _matches(gold: GoldActor, mention: ActorMention) -> bool:
    if gold.country is not None and mention.country != gold.country:
        return False
    if gold.sector is not None and mention.sector != gold.sector:
        return False
    if gold.name is not None:
        return mention.name is not None and _same_person(gold.name, mention.name)
    return True


def _same_person(gold: str, found: str) -> bool:
    return gold == found or gold.split()[-1] == found.split()[-1]


def _shown(mention: ActorMention) -> str:
    who = mention.name or mention.text
    return f"{who} {mention.country}/{mention.sector or '-'}"


@dataclass(frozen=True, slots=True)
class SideCheck:
    """One side of a gold event against the article: its country among the article's actor
    mentions, with the gold's sector too, and on its side of an event of the gold event's
    type reported on the gold's lines."""

    page: str
    gold: GoldActor
    found: bool
    sector_right: bool
    placed: bool


@dataclass(frozen=True, slots=True)
class SideScore:
    checks: tuple[SideCheck, ...]

    @property
    def found(self) -> Share:
        return share_of(c.found for c in self.checks)

    @property
    def sector_right(self) -> Share:
        return share_of(c.sector_right for c in self.checks if c.gold.sector is not None)

    @property
    def placed(self) -> Share:
        return share_of(c.placed for c in self.checks)


def _placed(side: GoldActor, gold: GoldEvent, event: Event) -> bool:
    if event.type not in gold.types or not {m.line for m in event.mentions} & set(gold.lines):
        return False
    actors = {a.country for a in event.actors}
    recipients = {a.country for a in event.recipients}
    if gold.symmetric or event.symmetric:
        return side.country in actors | recipients
    return side.country in (actors if side.role == "actors" else recipients)
