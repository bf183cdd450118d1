"""Actor score: is each side of each gold event coded on the event's lines?"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from sukien.evaluate.content import processed
from sukien.evaluate.gold import GoldActor, GoldDocument
from sukien.model import ActorMention
from sukien.options import ProcessOptions


@dataclass(frozen=True, slots=True)
class ActorCheck:
    page: str
    gold: GoldActor
    found: tuple[str, ...]
    correct: bool


def score_actors(documents: list[GoldDocument], options: ProcessOptions,
                 corpus: Path | None = None) -> tuple[ActorCheck, ...]:
    """A named gold actor needs a mention of that person (any surface: title, surname,
    coreference) with its country and sector; an unnamed one a mention of its country
    (and sector, where the gold gives one)."""
    checks = []
    for document, articles in processed(documents, options, corpus):
        mentions = [m for a in articles for m in a.actors]
        for gold in document.event_actors:
            on_lines = [m for m in mentions if m.line in gold.lines]
            correct = any(_matches(gold, m) for m in on_lines)
            checks.append(ActorCheck(document.name, gold,
                                     tuple(_shown(m) for m in on_lines), correct))
    return tuple(checks)


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
