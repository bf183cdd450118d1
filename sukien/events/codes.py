"""The PLOVER vocabulary (``resources/plover_codes.json``): which types, modes, sectors and
non-state actor codes exist, so gold files and events can be checked against it."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

import pycountry

from sukien.resources import ResourceError, load_json_resource

RESOURCE = "plover_codes.json"
VERSION = 2


@dataclass(frozen=True, slots=True)
class PloverCodes:
    quad: Mapping[str, int]
    modes: Mapping[str, frozenset[str]]
    sectors: frozenset[str]
    non_state: frozenset[str]
    countries: frozenset[str]

    def is_actor_code(self, code: str) -> bool:
        """An ISO 3166 alpha-3 country (or a former or user-assigned one the gazetteer uses:
        SUN, XKX) or a non-state code (UNO, IGO, EUR …)."""
        return code in self.countries or code in self.non_state


def load_plover_codes() -> PloverCodes:
    data = load_json_resource(RESOURCE, "plover_codes", VERSION)
    try:
        types = data["types"]
        codes = PloverCodes(
            quad={name: int(spec["quad"]) for name, spec in types.items()},
            modes={name: frozenset(spec["modes"]) for name, spec in types.items()},
            sectors=frozenset(data["sectors"]),
            non_state=frozenset(data["non_state"]),
            countries=frozenset(c.alpha_3 for c in pycountry.countries)
            | frozenset(data["former_and_user_assigned"]),
        )
    except (KeyError, TypeError, ValueError) as exc:
        raise ResourceError(f"{RESOURCE}: {exc}") from exc
    if set(codes.quad.values()) != {1, 2, 3, 4}:
        raise ResourceError(f"{RESOURCE}: quad classes must be 1-4")
    return codes
