"""Timelines: the stories that match a query, oldest first, with their sources.

Entries whose year the texts cannot give (``XXXX-12-07``) cannot be placed among
the dated ones; they follow them, by month and day, flagged ``year_known: false``.
"""

from __future__ import annotations

import html
import json
import re
import unicodedata
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from sukien.errors import UsageError
from sukien.events.codes import load_plover_codes
from sukien.merge import Story
from sukien.model import NOT_FACTS, EventActor, EventStatus

SUMMARY_CHARS = 220


@dataclass(frozen=True, slots=True)
class TimelineQuery:
    """Every field narrows the timeline; empty fields do not."""

    dyad: tuple[str, str] | None = None
    actors: tuple[str, ...] = ()
    # actor codes that must all be sides of the story, each a country code or a whole name
    # (an actor page and its counterparts), where ``actors`` matches any part of a name
    sides: tuple[str, ...] = ()
    types: tuple[str, ...] = ()
    quads: tuple[int, ...] = ()
    since: str | None = None
    until: str | None = None
    text: str | None = None
    facts_only: bool = True
    # 'trung quoc' finds 'Trung Quốc': the words match without their tone and vowel marks
    ignore_diacritics: bool = True
    # the story's location (``Story.location``, as written) is one of these; None: any
    # story, located or not; (): none (a place no story names)
    locations: tuple[str, ...] | None = None


@dataclass(frozen=True, slots=True)
class Source:
    page: str
    article_id: str
    line: int | None
    url: str | None


@dataclass(frozen=True, slots=True)
class TimelineEntry:
    date: str | None
    precision: str | None
    year_known: bool
    story: Story
    summary: str
    sources: tuple[Source, ...]


def without_diacritics(text: str) -> str:
    """Case-folded, without marks: 'Trung Quốc' and 'trung quoc' read the same ('đ' is
    a letter of its own, not a marked 'd', and is mapped by hand)."""
    decomposed = unicodedata.normalize("NFD", text.casefold().replace("đ", "d"))
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def parse_dyad(value: str | None, name: str) -> tuple[str, str] | None:
    if not value:
        return None
    parts = [p.strip().upper() for p in value.split(",")]
    if len(parts) != 2 or not all(len(p) == 3 and p.isalpha() for p in parts):
        raise UsageError(f"{name} wants two country codes like USA,RUS, not {value!r}")
    codes = load_plover_codes()
    for part in parts:
        if not codes.is_actor_code(part):
            raise UsageError(f"{name}: {part!r} is neither an ISO 3166 alpha-3 country nor "
                             f"one of {', '.join(sorted(codes.non_state))}")
    return parts[0], parts[1]


def parse_period(value: str | None, name: str) -> str | None:
    """A real calendar period: YYYY, YYYY-MM (month 01-12) or a day that exists."""
    if not value:
        return None
    wrong = UsageError(f"{name} wants a real date as YYYY, YYYY-MM or YYYY-MM-DD, not {value!r}")
    if not re.fullmatch(r"\d{4}(-\d{2}(-\d{2})?)?", value):
        raise wrong
    try:
        date.fromisoformat(value if len(value) == 10 else f"{value[:7]}-01"
                           if len(value) == 7 else f"{value}-01-01")
    except ValueError as exc:
        raise wrong from exc
    return value


def parse_types(values: Iterable[str] | None, name: str) -> tuple[str, ...]:
    """PLOVER types from repeated flags or comma lists, any case; an unknown one is an
    error, never an empty result."""
    known = load_plover_codes().quad
    types: list[str] = []
    for value in values or ():
        for part in value.split(","):
            kind = part.strip().upper()
            if not kind:
                continue
            if kind not in known:
                raise UsageError(f"{name}: {part.strip()!r} is not a PLOVER type "
                                 f"({', '.join(known)})")
            types.append(kind)
    return tuple(dict.fromkeys(types))


def build_timeline(stories: Iterable[Story], query: TimelineQuery) -> list[TimelineEntry]:
    """The timeline of stories held in memory; a store gives the same entries, filtered
    and ordered in SQL, with ``timeline_entries(store.stories(query))``."""
    entries = [_entry(s) for s in stories if _wanted(s, query)]
    return sorted(entries, key=_order)


def timeline_entries(stories: Iterable[Story]) -> Iterator[TimelineEntry]:
    """Entries of stories already chosen and in timeline order (``Store.stories``)."""
    return (_entry(story) for story in stories)


def _wanted(story: Story, query: TimelineQuery) -> bool:
    if query.facts_only and story.status in NOT_FACTS:
        return False
    if query.types and story.type not in query.types:
        return False
    if query.quads and story.quad_code not in query.quads:
        return False
    if query.dyad is not None and not set(query.dyad) <= story.countries:
        return False
    if query.actors and not any(_names(story, actor) for actor in query.actors):
        return False
    if not all(_has_side(story, code) for code in query.sides):
        return False
    value = story.date.value if story.date else None
    if (query.since or query.until) and (value is None or not story.year_known):
        return False
    if query.since and value is not None and value[:len(query.since)] < query.since:
        return False
    if query.until and value is not None and value[:len(query.until)] > query.until:
        return False
    if query.locations is not None and story.location not in query.locations:
        return False
    if query.text:
        fold = without_diacritics if query.ignore_diacritics else str.casefold
        needle = fold(query.text)
        return any(needle in fold(m.sentence) for m in story.mentions)
    return True


def _names(story: Story, actor: str) -> bool:
    wanted = actor.casefold()
    return any(wanted == (a.country or "").casefold() or wanted in (a.name or "").casefold()
               for a in (*story.actors, *story.recipients))


def _has_side(story: Story, code: str) -> bool:
    wanted = code.casefold()
    return any(wanted in ((a.country or "").casefold(), (a.name or "").casefold())
               for a in (*story.actors, *story.recipients))


def _entry(story: Story) -> TimelineEntry:
    best = min(story.mentions, key=lambda m: (m.event.date is None, -(m.event.date.confidence
                                                                        if m.event.date else 0)))
    summary = best.sentence if len(best.sentence) <= SUMMARY_CHARS else (
        best.sentence[:SUMMARY_CHARS - 1].rsplit(" ", 1)[0] + "…")
    sources = tuple(dict.fromkeys(
        Source(m.page, m.article_id, m.event.evidence.line, m.url) for m in story.mentions))
    date = story.date
    return TimelineEntry(date.value if date else None, date.precision if date else None,
                         story.year_known, story, summary, sources)


def _order(entry: TimelineEntry) -> tuple[int, str, str]:
    value = entry.date or "~"
    return (0 if entry.year_known else 1, value[4:] if not entry.year_known else value,
            entry.story.story_id)


# what a side that the text does not name shows
NO_SIDE = "—"


def side_text(sides: Sequence[EventActor]) -> str:
    """'Lloyd Austin (USA GOV), RUS GOV': names with their codes, codes alone for unnamed
    sides; a missing side shows as such, never as nothing after an arrow."""
    return ", ".join(dict.fromkeys(side_label(a) for a in sides)) or NO_SIDE


def side_label(side: EventActor) -> str:
    code = " ".join(part for part in (side.country, side.sector) if part)
    if side.name:
        return f"{side.name} ({code})" if code else side.name
    return code or side.text


def entry_record(entry: TimelineEntry) -> dict[str, Any]:
    story = entry.story
    return {
        "date": entry.date, "precision": entry.precision, "year_known": entry.year_known,
        "type": story.type, "mode": story.mode, "status": story.status,
        "quad_code": story.quad_code, "cameo": story.mentions[0].event.cameo,
        "actors": [_side(a) for a in story.actors],
        "recipients": [_side(a) for a in story.recipients],
        "summary": entry.summary, "confidence": story.confidence,
        "sources": [{"page": s.page, "article": s.article_id, "line": s.line, "url": s.url}
                    for s in entry.sources],
        "story_id": story.story_id,
    }


def _side(side: EventActor) -> dict[str, Any]:
    return {"text": side.text, "country": side.country, "sector": side.sector, "name": side.name}


def to_markdown(entries: Iterable[TimelineEntry], title: str) -> str:
    return "".join(markdown_chunks(entries, title))


def markdown_chunks(entries: Iterable[TimelineEntry], title: str) -> Iterator[str]:
    """The Markdown table a piece at a time, so a long timeline streams to its file."""
    yield f"# {title}\n\n| date | event | sides | summary | sources |\n|---|---|---|---|---|\n"
    for entry in entries:
        story = entry.story
        kind = f"{story.type}/{story.mode}" if story.mode else story.type
        if story.status is not EventStatus.OCCURRED:
            kind += f" ({story.status})"
        sides = f"{side_text(story.actors)} → {side_text(story.recipients)}"
        sources = "; ".join(f"{s.page}:{s.line}" for s in entry.sources)
        cells = [entry.date or "?", kind, sides, entry.summary, sources]
        yield "| " + " | ".join(markdown_cell(c) for c in cells) + " |\n"


# characters a Markdown renderer would read as markup or as a table's edge
_MARKDOWN_SPECIAL = re.compile(r"([\\`*_\[\]|~])")


def markdown_cell(text: str) -> str:
    """Crawled text shown as text: HTML is escaped ('<script>' does not run where the
    Markdown is rendered), Markdown markup and the table's '|' are backslashed."""
    return _MARKDOWN_SPECIAL.sub(r"\\\1", html.escape(" ".join(text.split()), quote=False))


def to_html(entries: Iterable[TimelineEntry], title: str) -> str:
    return "".join(html_chunks(entries, title))


def html_chunks(entries: Iterable[TimelineEntry], title: str) -> Iterator[str]:
    """A standalone page, a piece at a time: crawled text is escaped, and the policy
    forbids every script."""
    yield (
        "<!DOCTYPE html>\n<html lang=\"vi\"><head><meta charset=\"utf-8\">"
        "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
        "style-src 'unsafe-inline'\">"
        f"<title>{html.escape(title)}</title><style>"
        "body{font-family:sans-serif;max-width:52rem;margin:2rem auto;color:#222}"
        ".entry{border-left:3px solid #36c;margin:0 0 1.2rem;padding-left:1rem;list-style:none}"
        ".date{font-weight:bold}.kind{color:#555}.flag{color:#a40;font-size:.85em}"
        ".sources{font-size:.85em;color:#666}</style></head><body>"
        f"<h1>{html.escape(title)}</h1><ol>")
    for entry in entries:
        story = entry.story
        kind = f"{story.type}/{story.mode}" if story.mode else story.type
        flag = "" if entry.year_known else ' <span class="flag">year unknown</span>'
        status = ("" if story.status is EventStatus.OCCURRED
                  else f' <span class="flag">{story.status}</span>')
        sources = "".join(f"<li>{html.escape(s.page)}, line {s.line}</li>"
                          for s in entry.sources)
        yield (
            f'<li class="entry"><div class="date">{html.escape(entry.date or "?")}{flag}</div>'
            f'<div class="kind">{html.escape(kind)}{status}: '
            f"{html.escape(side_text(story.actors))} → {html.escape(side_text(story.recipients))}"
            f'</div><p>{html.escape(entry.summary)}</p><ul class="sources">{sources}</ul></li>')
    yield "</ol></body></html>\n"


def json_chunks(entries: Iterable[TimelineEntry]) -> Iterator[str]:
    """``json.dumps([entry_record(e) ...], ensure_ascii=False, indent=1)``, an entry at a
    time: the same text, never the whole list in memory."""
    first = True
    for entry in entries:
        yield ("[\n " if first else ",\n ") + _indented(entry_record(entry), "\n ")
        first = False
    yield "[]\n" if first else "\n]\n"


_encode = json.JSONEncoder(ensure_ascii=False).encode


def _indented(value: Any, pad: str) -> str:
    """``json.dumps(value, ensure_ascii=False, indent=1)`` nested at ``pad``: the same text
    (held to it by a test) in 60% of the time, for json's own encoder indents in Python
    while its C encoder, used here for each scalar, cannot indent."""
    if isinstance(value, dict):
        if not value:
            return "{}"
        inner = pad + " "
        return "{" + inner + ("," + inner).join(
            _encode(str(key)) + ": " + _indented(item, inner)
            for key, item in value.items()) + pad + "}"
    if isinstance(value, list | tuple):
        if not value:
            return "[]"
        inner = pad + " "
        return "[" + inner + ("," + inner).join(_indented(item, inner)
                                                for item in value) + pad + "]"
    return _encode(value)
