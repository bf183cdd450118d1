"""Checks a gold file against its schema, the PLOVER vocabulary and (when the texts are at
hand) its articles: every evidence quote verbatim on the lines it names. Also counts what
the gold holds, for the README and for anyone choosing a split."""

from __future__ import annotations

import json
import re
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sukien.errors import UsageError
from sukien.evaluate.content import corpus_records
from sukien.evaluate.gold import SCHEMA
from sukien.events.codes import PloverCodes, load_plover_codes
from sukien.model import EventStatus, Precision

MAX_EVIDENCE_WORDS = 25
TIERS = frozenset({"primary", "secondary"})
PRECISIONS = frozenset(Precision)
_DATE = re.compile(r"^(\d{4}|XXXX)(-\d\d(-\d\d)?)?$")


@dataclass(frozen=True, slots=True)
class GoldCounts:
    articles: Counter[str]
    events_by_type: Counter[str]
    events_by_tier: Counter[str]
    events_by_section: Counter[str]
    articles_without_events: int

    @property
    def events(self) -> int:
        return sum(self.events_by_tier.values())


@dataclass(frozen=True, slots=True)
class GoldReport:
    path: Path
    problems: tuple[str, ...]
    counts: GoldCounts


def check_gold(path: Path, texts: Mapping[str, str] | None = None,
               codes: PloverCodes | None = None) -> GoldReport:
    """Problems of a gold file (empty when it is sound) and its counts. ``texts``: the
    articles by record id, or None to skip the verbatim check."""
    codes = codes or load_plover_codes()
    try:
        data = json.loads(path.read_text("utf-8"))
    except (OSError, json.JSONDecodeError) as exc:
        raise UsageError(f"cannot read gold file {path}: {exc}") from exc
    problems: list[str] = []
    articles: Counter[str] = Counter()
    by_type: Counter[str] = Counter()
    by_tier: Counter[str] = Counter()
    by_section: Counter[str] = Counter()
    if data.get("schema") != SCHEMA:
        problems.append(f"schema is {data.get('schema')!r}, not {SCHEMA!r}")
    seen_events: set[str] = set()
    empty = 0
    for doc in data.get("documents", []):
        where = str(doc.get("id") or doc.get("file"))
        section = str(doc.get("section") or "-")
        articles[section] += 1
        problems.extend(f"{where}: {p}" for p in _document_problems(doc))
        text = texts.get(where) if texts is not None else None
        if texts is not None and text is None:
            problems.append(f"{where}: no such record in the corpus")
        empty += not doc.get("events")
        for event in doc.get("events") or []:
            event_id = str(event.get("id"))
            if event_id in seen_events:
                problems.append(f"{where}: event id {event_id} twice")
            seen_events.add(event_id)
            problems.extend(f"{where} {event_id}: {p}"
                            for p in _event_problems(event, codes, text))
            by_type[str(event.get("type"))] += 1
            by_tier[str(event.get("tier"))] += 1
            by_section[section] += 1
    return GoldReport(path, tuple(problems),
                      GoldCounts(articles, by_type, by_tier, by_section, empty))


def corpus_texts(corpus: Path, ids: Iterable[str]) -> dict[str, str]:
    """The ``text`` of each wanted record of a JSON-lines corpus (gzipped or not)."""
    return {record_id: str(json.loads(line).get("text", ""))
            for record_id, line in corpus_records(corpus, set(ids))}


def gold_record_ids(path: Path) -> list[str]:
    data = json.loads(path.read_text("utf-8"))
    return [str(d["id"]) for d in data.get("documents", []) if "id" in d]


def _document_problems(doc: dict[str, Any]) -> Iterable[str]:
    if ("id" in doc) == ("file" in doc):
        yield "names its page by neither or both of 'id' and 'file'"
    if not isinstance(doc.get("events"), list):
        yield "events is not a list"
    published = doc.get("published")
    if published is not None:
        if not isinstance(published, dict) or not isinstance(published.get("derivable"), bool):
            yield "published is neither null nor a range with 'derivable'"
        else:
            for end in ("earliest", "latest"):
                value = published.get(end)
                if value is not None and not _DATE.match(str(value)):
                    yield f"published {end} {value!r} is not an ISO date"


def _event_problems(event: dict[str, Any], codes: PloverCodes, text: str | None
                    ) -> Iterable[str]:
    kind = event.get("type")
    if kind not in codes.quad:
        yield f"type {kind!r} is not a PLOVER type"
    for alt in event.get("alt_types") or []:
        if alt not in codes.quad:
            yield f"alt type {alt!r} is not a PLOVER type"
    mode = event.get("mode")
    if mode is not None and mode not in codes.modes.get(str(kind), frozenset()):
        yield f"mode {mode!r} is not a mode of {kind}"
    if event.get("tier") not in TIERS:
        yield f"tier {event.get('tier')!r}"
    if event.get("status") not in set(EventStatus):
        yield f"status {event.get('status')!r}"
    if not isinstance(event.get("symmetric", False), bool):
        yield "symmetric is not a boolean"
    for role in ("actors", "recipients"):
        sides = event.get(role)
        if not isinstance(sides, list):
            yield f"{role} is not a list"
            continue
        for side in sides:
            yield from _side_problems(side, codes, role)
    if not event.get("actors"):
        yield "no actor"
    date = event.get("date")
    if date is not None and not _DATE.match(str(date)):
        yield f"date {date!r} is not ISO 8601 (or XXXX-MM-DD)"
    if event.get("precision", "unknown") not in PRECISIONS:
        yield f"precision {event.get('precision')!r}"
    if not isinstance(event.get("derivable", False), bool):
        yield "derivable is not a boolean"
    yield from _evidence_problems(event, text)


def _side_problems(side: Any, codes: PloverCodes, role: str) -> Iterable[str]:
    if not isinstance(side, dict):
        yield f"a side of {role} is not an object"
        return
    country, sector = side.get("country"), side.get("sector")
    if country is not None and not codes.is_actor_code(str(country)):
        yield f"{role}: {country!r} is neither an ISO 3166 alpha-3 code nor a non-state code"
    if sector is not None and sector not in codes.sectors:
        yield f"{role}: sector {sector!r} is not a PLOVER sector"


def _evidence_problems(event: dict[str, Any], text: str | None) -> Iterable[str]:
    evidence = event.get("evidence")
    lines = event.get("lines")
    if not isinstance(evidence, str) or not evidence.strip():
        yield "no evidence quote"
        return
    if len(evidence.split()) > MAX_EVIDENCE_WORDS:
        yield f"evidence has {len(evidence.split())} words (at most {MAX_EVIDENCE_WORDS})"
    if not isinstance(lines, list) or not lines or not all(isinstance(n, int) for n in lines):
        yield "lines is not a non-empty list of line numbers"
        return
    if text is None:
        return
    page = text.split("\n")
    if not any(0 < n <= len(page) and evidence in page[n - 1] for n in lines):
        yield f"evidence not verbatim on lines {lines}: {evidence[:60]!r}"
