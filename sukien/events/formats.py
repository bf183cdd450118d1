"""Named multilateral formats whose members the news does not list ('đàm phán 6 bên',
'thảo luận với EU3'): the talks are the member countries' (``resources/event_formats.json``;
benchmarks/gold/about.md: 'talks of more than two parties list every party as an actor')."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from sukien.resources import ResourceError, load_json_resource

RESOURCE = "event_formats.json"
VERSION = 2
# what ends the phrase a trigger names its format in: a format told after a comma or a
# full stop belongs to another clause
_PHRASE_END = re.compile(r"[,.;:!?()\[\]\n\"“”]")
_WORD = re.compile(r"\w+")


@dataclass(frozen=True, slots=True)
class Format:
    """A multilateral format of fixed membership; ``months``: the ISO months (from, until;
    None open) its membership held."""

    format_id: str
    members: tuple[str, ...]
    names: tuple[str, ...]
    named_with: frozenset[str]
    # the members are every party at the table: no other side named is one
    closed: bool
    months: tuple[str | None, str | None]

    def held_in(self, month: str | None) -> bool:
        """Whether the format had these members in this month ('YYYY-MM'; None: unknown,
        and most VNTC articles carry no date)."""
        first, last = self.months
        # a year alone ('2003') is compared by its year
        return month is None or ((first is None or month >= first[:len(month)])
                                 and (last is None or month <= last[:len(month)]))


@dataclass(frozen=True, slots=True)
class Formats:
    formats: tuple[Format, ...]
    # (type, mode) pairs whose triggers may name a format; mode None: any
    triggers: frozenset[tuple[str, str | None]]
    # how many words may stand between the trigger and the format's name
    window: int
    # words right before a trigger that make it a title ('trưởng đoàn đàm phán 6 bên')
    titles: tuple[str, ...]
    # every name, longest first, as one pattern: its group names the format by index
    pattern: re.Pattern[str]
    by_name: Mapping[str, Format]

    def covers(self, kind: str, mode: str | None) -> bool:
        return (kind, None) in self.triggers or (kind, mode) in self.triggers

    def titled(self, before: str) -> bool:
        """Whether the words before a trigger make it a delegation's or a negotiator's
        title ('trưởng đoàn đàm phán 6 bên của Mỹ', 'đặc phái viên về đàm phán 6 bên'): a
        person, not talks."""
        words = _WORD.findall(before.casefold())
        return any(words[-len(t.split()):] == t.split() for t in self.titles)

    def named_by(self, trigger: str, following: str) -> tuple[Format, str] | None:
        """The format the trigger names, in its own words ('đàm phán 6 bên') or at the head
        of what follows it: within ``window`` words and before any punctuation ('6 bên' in
        'các cuộc thảo luận hạt nhân 6 bên về …', not in 'đàm phán, trong khi 6 bên …'),
        with the name as written."""
        match = self.pattern.search(trigger.casefold())
        if match is not None:
            return self.by_name[match.group(1)], trigger[match.start():match.end()]
        phrase = _PHRASE_END.split(following, maxsplit=1)[0]
        match = self.pattern.search(phrase.casefold())
        if match is None or len(_WORD.findall(phrase[:match.start()])) > self.window:
            return None
        return self.by_name[match.group(1)], phrase[match.start():match.end()]


def _format(entry: Mapping[str, Any]) -> Format:
    members, names = entry.get("members"), entry.get("names")
    if (not isinstance(entry.get("id"), str) or not isinstance(members, list) or len(members) < 3
            or not all(isinstance(m, str) and len(m) == 3 and m.isupper() for m in members)
            or not isinstance(names, list) or not names
            or not all(isinstance(n, str) and n.strip() == n and n for n in names)
            or not isinstance(entry.get("named_with"), list)
            or not isinstance(entry.get("closed"), bool)):
        raise ResourceError(f"{RESOURCE}: bad format {entry!r}")
    months = (entry.get("from"), entry.get("until"))
    if not all(m is None or (isinstance(m, str) and re.fullmatch(r"\d{4}-\d{2}", m))
               for m in months):
        raise ResourceError(f"{RESOURCE}: bad months in {entry['id']!r}")
    return Format(entry["id"], tuple(members), tuple(n.casefold() for n in names),
                  frozenset(entry["named_with"]), entry["closed"], (months[0], months[1]))


def load_formats() -> Formats:
    """The formats of the resource, checked: three or more members each, every name once."""
    data = load_json_resource(RESOURCE, "event_formats", VERSION)
    formats = tuple(_format(e) for e in data.get("formats", ()))
    by_name = {name: f for f in formats for name in f.names}
    if len(by_name) != sum(len(f.names) for f in formats):
        raise ResourceError(f"{RESOURCE}: a name belongs to two formats")
    triggers, window, titles = data.get("triggers"), data.get("window"), data.get("titles")
    if (not isinstance(triggers, list) or not isinstance(window, int) or window < 0
            or not isinstance(titles, list) or not all(isinstance(t, str) and t for t in titles)):
        raise ResourceError(f"{RESOURCE}: bad triggers or window")
    alternatives = "|".join(re.escape(n) for n in sorted(by_name, key=len, reverse=True))
    # whole words only, and not the head of a longer name ('eu3' of 'eu3+3')
    pattern = re.compile(rf"(?<!\w)({alternatives})(?![\w+])")
    return Formats(formats, frozenset((t["type"], t.get("mode")) for t in triggers), window,
                   tuple(titles), pattern, by_name)
