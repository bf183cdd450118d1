"""The ``extract`` JSONL contract (v1): one JSON object per article.

Only fields of stages that exist are written; a field is never filled with
a placeholder. External evaluation relies on the names: add, never rename.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from sukien.model import (
    ActorMention,
    Article,
    Event,
    EventActor,
    Evidence,
    PageResult,
    PublishedDate,
    Timex,
)

CONTRACT_VERSION = 1


def article_record(page_name: str, article: Article) -> dict[str, Any]:
    return {
        "page": page_name,
        "article": article.index,
        "title": article.title,
        "title_line": article.title_line,
        "body_lines": list(article.body_lines),
        "caption_lines": list(article.caption_lines),
        "author": article.author,
        "url": article.url,
        "agency": article.agency,
        "published": _published(article.published),
        "text": article.text,
        "timex": [_timex(timex) for timex in article.timexes],
        "actors": [_actor(actor) for actor in article.actors],
        "events": [_event(event) for event in article.events],
    }


def records(result: PageResult) -> Iterator[dict[str, Any]]:
    for article in result.articles:
        yield article_record(result.page.name, article)


def _published(published: PublishedDate | None) -> dict[str, Any] | None:
    if published is None:
        return None
    return {
        "value": published.value,
        "precision": published.precision,
        "confidence": published.confidence,
        "evidence": published.evidence,
    }


def _timex(timex: Timex) -> dict[str, Any]:
    return {
        "start": timex.start, "end": timex.end, "line": timex.line, "text": timex.text,
        "kind": timex.kind.value, "value": timex.value, "precision": timex.precision,
        "confidence": timex.confidence, "rule": timex.rule, "mod": timex.mod,
        "tense": timex.tense,
    }


def _actor(actor: ActorMention) -> dict[str, Any]:
    return {
        "start": actor.start, "end": actor.end, "line": actor.line, "text": actor.text,
        "country": actor.country, "sector": actor.sector, "name": actor.name,
        "entity_id": actor.entity_id, "role": actor.role, "via": actor.via,
    }


def _event(event: Event) -> dict[str, Any]:
    date = event.date
    return {
        "id": event.event_id, "type": event.type, "mode": event.mode,
        "actors": [_side(a) for a in event.actors],
        "recipients": [_side(a) for a in event.recipients],
        "date": {"value": date.value, "precision": date.precision,
                 "confidence": date.confidence, "basis": date.basis} if date else None,
        "status": event.status, "location": event.location, "quad_code": event.quad_code,
        "cameo": event.cameo, "evidence": _evidence(event.evidence),
        "trigger": event.trigger, "symmetric": event.symmetric,
        "source": _side(event.source) if event.source else None,
        "mentions": [_evidence(m) for m in event.mentions],
    }


def _side(side: EventActor) -> dict[str, Any]:
    return {"text": side.text, "country": side.country, "sector": side.sector, "name": side.name}


def _evidence(evidence: Evidence) -> dict[str, Any]:
    return {"start": evidence.start, "end": evidence.end, "line": evidence.line}
