"""Loader of ``resources/page_markers.json``: the signals of the line classifier."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from sukien.resources import ResourceError, load_json_resource

RESOURCE = "page_markers.json"
VERSION = 4


@dataclass(frozen=True, slots=True)
class PageMarkers:
    section_markers: frozenset[str]
    boilerplate: tuple[re.Pattern[str], ...]
    caption: tuple[re.Pattern[str], ...]
    agencies: tuple[str, ...]

    def is_section_marker(self, line: str) -> bool:
        return marker_key(line) in self.section_markers

    def is_boilerplate(self, line: str) -> bool:
        return any(pattern.search(line) for pattern in self.boilerplate)

    def is_caption(self, line: str) -> bool:
        return any(pattern.search(line) for pattern in self.caption)


def marker_key(line: str) -> str:
    return unicodedata.normalize("NFC", line).strip().rstrip(":").strip().lower()


def load_page_markers() -> PageMarkers:
    data = load_json_resource(RESOURCE, "page_markers", VERSION)
    try:
        return PageMarkers(
            section_markers=frozenset(marker_key(m) for m in data["section_markers"]),
            boilerplate=tuple(re.compile(p, re.IGNORECASE) for p in data["boilerplate"]),
            caption=tuple(re.compile(p, re.IGNORECASE) for p in data["caption"]),
            agencies=tuple(data["agencies"]),
        )
    except (KeyError, TypeError, re.error) as exc:
        raise ResourceError(f"{RESOURCE}: {exc}") from exc
