"""Versioned data files and their loaders.

Each text resource starts with a ``# sukien resource: NAME vN`` header and each
JSON resource carries ``resource`` and ``version`` fields; the loaders check
them so a stale or foreign file fails loudly instead of silently changing
results.
"""

from __future__ import annotations

import json
import unicodedata
from collections.abc import Mapping
from importlib import resources as importlib_resources
from typing import Any

from sukien.errors import SukienError


class ResourceError(SukienError):
    """A bundled data file is missing or does not follow its schema."""


def read_resource_text(filename: str) -> str:
    try:
        return (importlib_resources.files("sukien.resources") / filename).read_text("utf-8")
    except FileNotFoundError as exc:
        raise ResourceError(f"missing resource file {filename}") from exc


def load_word_list(filename: str, name: str, version: int) -> frozenset[str]:
    """A header-checked list of lowercase NFC entries, one per line, '#' for comments."""
    lines = read_resource_text(filename).splitlines()
    expected = f"# sukien resource: {name} v{version}"
    if not lines or lines[0].strip() != expected:
        raise ResourceError(f"{filename}: first line must be {expected!r}")
    entries: list[str] = []
    for number, raw in enumerate(lines[1:], start=2):
        entry = raw.strip()
        if not entry or entry.startswith("#"):
            continue
        if entry != unicodedata.normalize("NFC", entry) or entry != entry.lower():
            raise ResourceError(f"{filename}:{number}: entry {entry!r} is not lowercase NFC")
        entries.append(entry)
    if len(entries) != len(set(entries)):
        raise ResourceError(f"{filename}: duplicate entries")
    return frozenset(entries)


def load_json_resource(filename: str, name: str, version: int) -> Mapping[str, Any]:
    """A JSON resource whose ``resource`` and ``version`` fields are the ones expected."""
    try:
        data = json.loads(read_resource_text(filename))
    except json.JSONDecodeError as exc:
        raise ResourceError(f"{filename}: {exc}") from exc
    if not isinstance(data, dict) or data.get("resource") != name or data.get("version") != version:
        raise ResourceError(f"{filename}: expected {name} v{version}")
    return data
