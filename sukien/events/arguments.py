"""Words that place an event's sides around its trigger (``resources/event_arguments.json``):
the nouns that name an event, the owners of what precedes them, and the adverbs a verb's
object may follow."""

from __future__ import annotations

from dataclasses import dataclass

from sukien.resources import ResourceError, load_json_resource
from sukien.text import PhraseIndex

RESOURCE = "event_arguments.json"
VERSION = 8
LISTS = ("nominalizers", "owners", "fillers", "fronted", "person_pronouns", "group_pronouns",
         "open_addressees", "receiving", "givers", "purpose", "passive_openers")


@dataclass(frozen=True, slots=True)
class ArgumentWords:
    """Each list as a phrase index over case-folded words, valued by the list's name."""

    phrases: PhraseIndex[str]
    # 'TYPE' or 'TYPE/mode': events whose target may be named as a place after the trigger
    place_recipients: frozenset[str] = frozenset()
    # words after which 'y' is no pronoun ('y tế', 'y án')
    not_after_y: frozenset[str] = frozenset()
    # reactions aimed at the author of the action they name ('lên án vụ tấn công')
    referring: frozenset[str] = frozenset()
    referred: frozenset[str] = frozenset()
    # types of noun event whose fronted phrase has the main clause's subject take part
    fronted_types: frozenset[str] = frozenset()
    # aid whose clause subject may be its recipient ('nhận viện trợ của Mỹ')
    receiving_types: frozenset[str] = frozenset()
    # types that, told as the purpose of the clause before ('… để cứu trợ'), take its subject
    purpose_types: frozenset[str] = frozenset()
    # types not coded between two state bodies of one country (routine inside a government)
    inside_state_types: frozenset[str] = frozenset()
    state_sectors: frozenset[str] = frozenset()
    # types whose trigger may end with its recipient ('cứu trợ đồng bào')
    inner_recipient_types: frozenset[str] = frozenset()
    # types coded inside one country only where a side is political (party, opposition,
    # armed group)
    domestic_types: frozenset[str] = frozenset()
    political_sectors: frozenset[str] = frozenset()

    def addresses_author(self, reaction: str, action: str) -> bool:
        """Whether a reaction of type ``reaction`` to an event of type ``action`` it names
        as its object is aimed at that event's author."""
        return reaction in self.referring and action in self.referred

    def place_recipient(self, event_type: str, mode: str | None) -> bool:
        """'tấn công … ở Ukraine', 'chuyến thăm … tới Việt Nam': the place is the target."""
        return (event_type in self.place_recipients
                or f"{event_type}/{mode}" in self.place_recipients)

    def length_at(self, keys: list[str], at: int, name: str) -> int:
        """The length in words of the longest phrase of list ``name`` starting at ``at``;
        0 for none."""
        return max((length for length, kind in self.phrases.matches_at(keys, at)
                    if kind == name), default=0)

    def ends_before(self, keys: list[str], at: int, name: str, reach: int = 3) -> bool:
        """Whether a phrase of list ``name`` ends right before word ``at``."""
        return any(self.length_at(keys, at - width, name) == width
                   for width in range(1, min(reach, at) + 1))


def load_argument_words() -> ArgumentWords:
    data = load_json_resource(RESOURCE, "event_arguments", VERSION)
    phrases: PhraseIndex[str] = PhraseIndex()
    try:
        for name in LISTS:
            for words in data[name]:
                phrases.add(str(words), name)
        place_recipients = frozenset(str(kind) for kind in data["place_recipients"])
        not_after_y = frozenset(str(word) for word in data["not_after_y"])
        referring = frozenset(str(kind) for kind in data["referring_types"])
        referred = frozenset(str(kind) for kind in data["referred_types"])
        fronted_types = frozenset(str(kind) for kind in data["fronted_types"])
        (receiving_types, purpose_types, inside_state_types, state_sectors, inner, domestic,
         political) = (frozenset(str(kind) for kind in data[name]) for name in (
             "receiving_types", "purpose_types", "inside_state_types", "state_sectors",
             "inner_recipient_types", "domestic_types", "political_sectors"))
    except (KeyError, TypeError) as exc:
        raise ResourceError(f"{RESOURCE}: {exc}") from exc
    return ArgumentWords(phrases, place_recipients, not_after_y, referring, referred,
                         fronted_types, receiving_types, purpose_types, inside_state_types,
                         state_sectors, inner, domestic, political)
