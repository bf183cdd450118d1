"""Sides an event implies when its text names none: the police of an arrest, the court of
a sentence, the government a protest is against (``resources/event_implied_sides.json``)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum

from sukien.resources import ResourceError, load_json_resource

RESOURCE = "event_implied_sides.json"
VERSION = 1


class MissingSide(StrEnum):
    ACTOR = "actor"
    RECIPIENT = "recipient"


@dataclass(frozen=True, slots=True)
class ImpliedSide:
    side: MissingSide
    sector: str
    label: str


@dataclass(frozen=True, slots=True)
class ImpliedSides:
    """Rules by (type, mode, missing side); a mode of None covers triggers without one."""

    rules: Mapping[tuple[str, str | None, MissingSide], ImpliedSide]

    def missing(self, event_type: str, mode: str | None, side: MissingSide
                ) -> ImpliedSide | None:
        return self.rules.get((event_type, mode, side))


def load_implied_sides(types: Mapping[str, int]) -> ImpliedSides:
    """``types``: the PLOVER types of the event lexicon, which every rule must name."""
    data = load_json_resource(RESOURCE, "event_implied_sides", VERSION)
    rules: dict[tuple[str, str | None, MissingSide], ImpliedSide] = {}
    try:
        for raw in data["rules"]:
            if raw["type"] not in types:
                raise ResourceError(f"{RESOURCE}: unknown type {raw['type']!r}")
            implied = ImpliedSide(MissingSide(raw["side"]), str(raw["sector"]), str(raw["label"]))
            for mode in raw["modes"]:
                rules[(raw["type"], mode, implied.side)] = implied
    except (KeyError, TypeError, ValueError) as exc:
        raise ResourceError(f"{RESOURCE}: {exc}") from exc
    return ImpliedSides(rules)
