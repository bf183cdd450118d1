"""Loader of ``resources/event_triggers.json``: triggers, blocked phrases, clause markers."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from sukien.resources import ResourceError, load_json_resource
from sukien.text import PhraseIndex

RESOURCE = "event_triggers.json"
VERSION = 3
MARKERS = ("negation", "planned", "hypothetical", "ongoing", "recipients", "topics", "reporting",
           "passive", "first_since", "since", "clause_breaks", "pronouns", "generic")


@dataclass(frozen=True, slots=True)
class Trigger:
    """A trigger phrase; ``type`` 'BLOCKED' for phrases that only look like one."""

    words: str
    type: str
    mode: str | None
    cameo: str
    dyadic: bool
    symmetric: bool


@dataclass(frozen=True, slots=True)
class EventLexicon:
    triggers: PhraseIndex[Trigger]
    markers: PhraseIndex[str]
    quad: Mapping[str, int]
    embedding: frozenset[str]


def load_event_lexicon() -> EventLexicon:
    data = load_json_resource(RESOURCE, "event_triggers", VERSION)
    try:
        quad = {str(k): int(v) for k, v in data["types"].items()}
        triggers: PhraseIndex[Trigger] = PhraseIndex()
        for raw in data["triggers"]:
            if raw["type"] not in quad:
                raise ResourceError(f"{RESOURCE}: unknown type {raw['type']!r}")
            for words in raw["words"]:
                triggers.add(words, Trigger(words, raw["type"], raw["mode"], str(raw["cameo"]),
                                            bool(raw["dyadic"]), bool(raw["symmetric"])))
        for words in data["blocked"]:
            triggers.add(words, Trigger(words, "BLOCKED", None, "", False, False))
        markers: PhraseIndex[str] = PhraseIndex()
        for name in MARKERS:
            for words in data[name]:
                markers.add(words, name)
    except (KeyError, TypeError, ValueError) as exc:
        raise ResourceError(f"{RESOURCE}: {exc}") from exc
    return EventLexicon(triggers, markers, quad, frozenset(data["embedding"]))
