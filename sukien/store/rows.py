"""Records as table rows (dicts keyed by column), for the DuckDB store and for the Spark
job's Parquet tables: one encoding, so both write the same schema."""

from __future__ import annotations

from dataclasses import asdict
from datetime import datetime
from typing import Any

from sukien.model import ActorMention, Article, Event, PageResult, Rejected, Timex

Row = dict[str, Any]


def page_result_rows(results: list[PageResult], now: datetime, *, bands: bool = True
                     ) -> dict[str, list[Row]]:
    """Rows of every table a new page fills (``page_sources`` apart: a page seen again
    under another name adds only a source); ``article_bands`` stays empty without
    ``bands``, for a writer that expands each fingerprint's band keys itself."""
    tables: dict[str, list[Row]] = {name: [] for name in (
        "pages", "articles", "timexes", "actor_mentions", "events", "article_fingerprints",
        "article_bands")}
    for result in results:
        page = result.page
        tables["pages"].append({
            "page_id": page.page_id, "source": page.source, "name": page.name,
            "kind": page.kind.value, "container": page.container.value,
            "encoding": page.encoding, "n_bytes": page.n_bytes, "url": page.url,
            "published": page.published, "external_id": page.external_id,
            "content": page.content, "ingested_at": now})
        for article in result.articles:
            key = article.article_id
            tables["articles"].append(_article_row(article))
            tables["timexes"].extend(_timex_row(key, i, t) for i, t in enumerate(article.timexes))
            tables["actor_mentions"].extend(
                _actor_row(key, i, a) for i, a in enumerate(article.actors))
            tables["events"].extend(_event_row(key, i, e) for i, e in enumerate(article.events))
        for fingerprint in result.fingerprints:
            if not fingerprint.signature:
                continue
            tables["article_fingerprints"].append({
                "article_id": fingerprint.article_id, "signature": list(fingerprint.signature),
                "linked": False})
            if bands:
                tables["article_bands"].extend(
                    {"band": band, "key": key, "article_id": fingerprint.article_id}
                    for band, key in enumerate(fingerprint.band_keys))
    return tables


def source_row(result: PageResult, now: datetime) -> Row:
    return {"source": result.page.source, "page_id": result.page.page_id, "first_seen": now}


def rejected_row(rejected: Rejected, now: datetime) -> Row:
    return {"reject_id": rejected.reject_id, "source": rejected.source,
            "reason": rejected.reason.value, "detail": rejected.detail,
            "n_bytes": rejected.n_bytes, "rejected_at": now}


def _article_row(article: Article) -> dict[str, Any]:
    published = article.published
    return {
        "article_id": article.article_id, "page_id": article.page_id, "idx": article.index,
        "title": article.title, "title_line": article.title_line, "text": article.text,
        "paragraphs": [{"start": p.start, "end": p.end, "line": p.line}
                       for p in article.paragraphs],
        "url": article.url,
        "published_value": published.value if published else None,
        "published_precision": published.precision if published else None,
        "published_confidence": published.confidence if published else None,
        "published_evidence": published.evidence if published else None,
        "caption_lines": list(article.caption_lines),
        "author": article.author,
        "agency": article.agency,
    }


def _timex_row(article_id: str, index: int, timex: Timex) -> dict[str, Any]:
    return {
        "article_id": article_id, "idx": index, "start": timex.start, "end": timex.end,
        "line": timex.line, "text": timex.text, "kind": timex.kind.value, "value": timex.value,
        "precision": timex.precision, "confidence": timex.confidence, "rule": timex.rule,
        "mod": timex.mod, "tense": timex.tense,
    }


def _actor_row(article_id: str, index: int, actor: ActorMention) -> dict[str, Any]:
    return {
        "article_id": article_id, "idx": index, "start": actor.start, "end": actor.end,
        "line": actor.line, "text": actor.text, "country": actor.country, "sector": actor.sector,
        "name": actor.name, "entity_id": actor.entity_id, "role": actor.role, "via": actor.via,
    }


def _event_row(article_id: str, index: int, event: Event) -> dict[str, Any]:
    date = event.date
    return {
        "event_id": event.event_id, "article_id": article_id, "idx": index,
        "type": event.type, "mode": event.mode,
        "actors": [asdict(a) for a in event.actors],
        "recipients": [asdict(a) for a in event.recipients],
        "date_value": date.value if date else None,
        "date_precision": date.precision if date else None,
        "date_confidence": date.confidence if date else None,
        "date_basis": date.basis if date else None,
        "status": event.status, "location": event.location, "quad_code": event.quad_code,
        "cameo": event.cameo, "trigger": event.trigger, "symmetric": event.symmetric,
        "source": asdict(event.source) if event.source else None,
        "mentions": [asdict(m) for m in event.mentions],
    }
