"""Loader of the event lexicon: the trigger files, the guards and the clause markers.

- ``event_triggers.json``: PLOVER types with their quad class, the clause markers
  (status, recipients, topics, reporting verbs …) and the embedding types.
- ``event_triggers_cooperation.json`` (AGREE … RETREAT) and
  ``event_triggers_conflict.json`` (REQUEST … ASSAULT): the trigger entries, each a
  type, mode, nearest CAMEO code, dyadic and symmetric flags, and its verbal and
  nominal forms ('tấn công'; 'cuộc tấn công', 'vụ tấn công').
- ``event_guards.json``: what only looks like a trigger. ``blocked`` phrases hold a
  trigger's words but are no event and consume them ('thăm dò', 'đánh trúng vào');
  ``guards`` are words near a trigger that make it no event ('tàu ngầm tấn công': a
  kind of submarine; 'mối đe dọa': a noun; 'vi phạm lệnh ngừng bắn': named only to be
  broken), an event that did not happen ('từ chối đối thoại') or one only allowed or
  possible ('cho phép Israel triển khai thêm lực lượng').

Each file has its own version; a trigger phrase is matched in both Vietnamese tone
placements ('hòa giải' and 'hoà giải'), since news sites use either.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any

from sukien.model import EventStatus
from sukien.resources import ResourceError, load_json_resource
from sukien.text import PhraseIndex, phrase_keys
from sukien.text.tones import tone_spellings

RESOURCE = "event_triggers.json"
VERSION = 27
TRIGGER_FILES = (("event_triggers_cooperation.json", "event_triggers_cooperation", 23),
                 ("event_triggers_conflict.json", "event_triggers_conflict", 69))
GUARDS = ("event_guards.json", "event_guards", 70)
MARKERS = ("negation", "planned", "hypothetical", "past", "ongoing", "recipients", "topics",
           "reporting", "passive", "first_since", "since", "clause_breaks", "pronouns", "generic",
           "vague", "vague_actions", "obligation", "obligation_met", "births", "bearer_facts",
           "statutes", "alternatives", "conditions", "otherwise")
GUARD_EFFECTS = ("drop", "deny", "hypothetical", "mute")
GUARD_SIDES = ("before", "after")
GUARD_FORMS = ("verbal", "nominal", "any")
# where an entry's "near" words may stand: around the trigger or after it only
NEAR_SIDES = ("around", "after")
# what an entry's trigger needs right after it to be one ("object"), if anything
TRIGGER_OBJECTS = (None, "place")
# whose act an entry's trigger is ("actor"): anyone's, or a state side's only
TRIGGER_ACTORS = (None, "state")
# a split trigger's gap ('gọi … là'), and how far its tail may follow the head at most
# (an entry's "gap" may bring it nearer)
SPLIT = "…"
SPLIT_GAP = 8


@dataclass(frozen=True, slots=True)
class Trigger:
    """A trigger phrase; ``type`` 'BLOCKED' for phrases that only look like one.
    ``nominal``: the event named as a noun ('cuộc tấn công'), not a verb."""

    words: str
    type: str
    mode: str | None
    cameo: str
    dyadic: bool
    symmetric: bool
    nominal: bool = False
    # a split trigger ('gọi … là'): the words that must follow within ``gap`` words
    tail: tuple[str, ...] = ()
    gap: int = 0
    # a verb of motion ('đến', 'sang', 'lên đường đi') that is a visit only when a country
    # or its capital follows it at once (the entry's "object": "place")
    destination: bool = False
    # words one of which must stand within ``near_reach`` words of it, before or after, in
    # the article: 'tiếng nổ', 'vụ nổ' are an attack only with a bomb or a grenade told
    # around them (the entry's "near"), not a gas leak or a mine's blast
    near: tuple[tuple[str, ...], ...] = ()
    near_reach: int = 0
    # a split trigger whose tail stands in the head's clause, no clause mark between ('đưa
    # … ra tòa': not 'đưa nghi phạm về đồn, hôm sau hắn ra tòa'; the entry's "clause")
    clause: bool = False
    # the near words must follow it, not stand before it (the entry's "near_side": "after":
    # 'mời bà Sonia Gandhi tới thảo luận', not 'Sau khi thảo luận, Công an huyện đã mời …')
    near_after: bool = False
    # words one of which must end right before it (the entry's "after": a count, 'một vụ
    # nổ', 'hai tiếng nổ'), when any
    after: tuple[tuple[str, ...], ...] = ()
    # an act only of a state's side (the entry's "actor": "state"): a president or a
    # government dismissing an official ('Tổng thống Liberia đã sa thải toàn bộ nhân viên
    # Bộ Tài chính'), not a firm dismissing its staff
    state_actor: bool = False


@dataclass(frozen=True, slots=True)
class Guard:
    """Words that, standing ``side`` of a trigger of one of ``types`` (any when empty) with
    at most ``reach - 1`` words between, make it no event (``effect`` 'drop'; 'mute': no
    event, but still the verb of its clause, whose topic is no one's act: 'từ chối bình
    luận về vụ không kích') or an event that did not take place ('deny') or may not
    ('hypothetical'). ``form``: the trigger forms it applies to; ``triggers``: the
    trigger phrases it applies to, when not every phrase of its types ('cảnh báo về khả
    năng bất ổn' is no threat, 'đe dọa về' may be one); ``spared``: phrases of its types
    it never applies to (the words of a match make no prosecution play: 'khởi tố … trọng
    tài'); ``clause``: it reaches no trigger across a comma or another clause mark, being
    the verb of its own clause ('đang cân nhắc trừng phạt', not 'Sau hai tuần cân nhắc, Tổng
    thống … đã cách chức …')."""

    words: str
    side: str
    reach: int
    types: frozenset[str]
    form: str
    effect: str
    triggers: frozenset[str] = frozenset()
    spared: frozenset[str] = frozenset()
    clause: bool = False

    def applies_to(self, trigger: Trigger) -> bool:
        if self.types and trigger.type not in self.types:
            return False
        if self.triggers and trigger.words not in self.triggers:
            return False
        if trigger.words in self.spared:
            return False
        return self.form == "any" or (self.form == "nominal") == trigger.nominal


@dataclass(frozen=True, slots=True)
class Promises:
    """The triggers of promises and agreements told as verbs ('cam kết', 'đồng ý'): of
    ``types``, by their CAMEO code (``cameos``: intent to cooperate or to meet) or by their
    words (``words``: the bare verbs of agreeing, whose entry also holds signing). What
    they promise, a few words on, is still to come."""

    types: frozenset[str] = frozenset()
    cameos: frozenset[str] = frozenset()
    words: frozenset[str] = frozenset()


@dataclass(frozen=True, slots=True)
class Retype:
    """A trigger of type ``source`` ending in one of ``endings`` that is another event when
    one of ``objects`` follows it at once ('phản đối đề xuất', 'phản đối mạnh mẽ yêu cầu':
    what is opposed is a proposal or a demand, so the act is a rejection, not a criticism)."""

    endings: tuple[tuple[str, ...], ...]
    source: str
    objects: tuple[tuple[str, ...], ...]
    type: str
    mode: str | None
    cameo: str
    dyadic: bool

    def applies_to(self, trigger: Trigger) -> bool:
        if trigger.type != self.source or trigger.tail:
            return False
        words = tuple(phrase_keys(trigger.words))
        return any(words[-len(ending):] == ending for ending in self.endings)


@dataclass(frozen=True, slots=True)
class EventLexicon:
    triggers: PhraseIndex[Trigger]
    markers: PhraseIndex[str]
    quad: Mapping[str, int]
    # types whose trigger makes a later trigger of its clause its content, and the status
    # that content takes
    embedding: Mapping[str, EventStatus]
    guards: PhraseIndex[Guard]
    # the widest reach plus the longest guard phrase: how far from a trigger to look
    guard_span: int = 0
    # the CAMEO code of each (type, mode), as its first entry in the trigger files gives it
    mode_cameos: Mapping[tuple[str, str | None], str] = field(default_factory=dict)
    promises: Promises = Promises()
    # heads of the embedding triggers whose content keeps its own status (condemning)
    factive: frozenset[str] = frozenset()
    retypes: tuple[Retype, ...] = ()

    def is_factive(self, trigger: Trigger) -> bool:
        """Whether the trigger holds a verb of condemning ('công khai chỉ trích', 'lên án
        mạnh mẽ'), whose content was done."""
        words = f" {trigger.words} "
        return any(f" {head} " in words for head in self.factive)

    def all_triggers(self) -> Iterator[Trigger]:
        """Every trigger and blocked phrase as written in the files (one spelling each)."""
        seen: set[tuple[str, str, str | None]] = set()
        for trigger in self.triggers.values():
            key = (trigger.words, trigger.type, trigger.mode)
            if key not in seen:
                seen.add(key)
                yield trigger


def load_event_lexicon() -> EventLexicon:
    data = load_json_resource(RESOURCE, "event_triggers", VERSION)
    try:
        quad = {str(k): int(v) for k, v in data["types"].items()}
        triggers: PhraseIndex[Trigger] = PhraseIndex()
        mode_cameos: dict[tuple[str, str | None], str] = {}
        retypes: list[Retype] = []
        for filename, name, version in TRIGGER_FILES:
            trigger_data = load_json_resource(filename, name, version)
            for trigger in _triggers_of(trigger_data, quad, filename):
                mode_cameos.setdefault((trigger.type, trigger.mode), trigger.cameo)
                for spelling in tone_spellings(trigger.words):
                    triggers.add(spelling, trigger)
            retypes.extend(_retypes_of(trigger_data, quad, filename))
        guard_data = load_json_resource(*GUARDS)
        for words in guard_data["blocked"]:
            for spelling in tone_spellings(words):
                triggers.add(spelling, Trigger(words, "BLOCKED", None, "", False, False))
        guards: PhraseIndex[Guard] = PhraseIndex()
        span = 0
        for guard in _guards_of(guard_data, quad):
            for spelling in tone_spellings(guard.words):
                guards.add(spelling, guard)
            span = max(span, guard.reach + len(guard.words.split()))
        markers: PhraseIndex[str] = PhraseIndex()
        for name in MARKERS:
            for words in data[name]:
                markers.add(words, name)
        embedding = {str(k): EventStatus(v) for k, v in data["embedding"].items()}
        factive = frozenset(str(words) for words in data["factive"])
        promises = Promises(*(frozenset(str(v) for v in data["promises"][key])
                              for key in ("types", "cameos", "words")))
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise ResourceError(f"{RESOURCE}: {exc}") from exc
    return EventLexicon(triggers, markers, quad, embedding, guards, span, mode_cameos,
                        promises, factive, tuple(retypes))


def _retypes_of(data: Mapping[str, Any], quad: Mapping[str, int],
                filename: str) -> Iterator[Retype]:
    for raw in data.get("retypes", ()):
        if (raw["from"] not in quad or raw["type"] not in quad or not raw["objects"]
                or not raw["endings"]):
            raise ResourceError(f"{filename}: bad retype {raw}")
        yield Retype(tuple(tuple(phrase_keys(words)) for words in raw["endings"]), raw["from"],
                     tuple(tuple(phrase_keys(words)) for words in raw["objects"]),
                     raw["type"], raw["mode"], str(raw["cameo"]), bool(raw["dyadic"]))


def _triggers_of(data: Mapping[str, Any], quad: Mapping[str, int],
                 filename: str) -> Iterator[Trigger]:
    for raw in data["triggers"]:
        if raw["type"] not in quad:
            raise ResourceError(f"{filename}: unknown type {raw['type']!r}")
        if raw.get("object") not in TRIGGER_OBJECTS:
            raise ResourceError(f"{filename}: unknown object {raw['object']!r}")
        if raw.get("actor") not in TRIGGER_ACTORS:
            raise ResourceError(f"{filename}: unknown actor {raw['actor']!r}")
        near = tuple(tuple(phrase_keys(words)) for words in raw.get("near", ()))
        after = tuple(tuple(phrase_keys(words)) for words in raw.get("after", ()))
        if bool(near) != bool(raw.get("near_reach")):
            raise ResourceError(f"{filename}: 'near' and 'near_reach' go together: {raw}")
        if raw.get("near_side", "around") not in NEAR_SIDES:
            raise ResourceError(f"{filename}: unknown near_side {raw['near_side']!r}")
        if not 0 < int(raw.get("gap", SPLIT_GAP)) <= SPLIT_GAP:
            raise ResourceError(f"{filename}: a split trigger's gap is 1 to {SPLIT_GAP}: {raw}")
        for form, nominal in (("verbal", False), ("nominal", True)):
            for words in raw[form]:
                head, _, tail = words.partition(SPLIT)
                # a tail matches in both tone placements, as a head does ('ký … thỏa
                # thuận' in 'ký văn bản thoả thuận')
                for spelled in tone_spellings(tail) if tail.strip() else [tail]:
                    yield Trigger(head.strip() if tail else words, raw["type"], raw["mode"],
                                  str(raw["cameo"]), bool(raw["dyadic"]),
                                  bool(raw["symmetric"]), nominal, tuple(phrase_keys(spelled)),
                                  int(raw.get("gap", SPLIT_GAP)) if tail else 0,
                                  raw.get("object") == "place", near,
                                  int(raw.get("near_reach", 0)), after=after,
                                  near_after=raw.get("near_side") == "after",
                                  clause=bool(raw.get("clause", False)),
                                  state_actor=raw.get("actor") == "state")


def _guards_of(data: Mapping[str, Any], quad: Mapping[str, int]) -> Iterator[Guard]:
    for raw in data["guards"]:
        types = frozenset(raw["types"])
        if not types <= quad.keys():
            raise ResourceError(f"{GUARDS[0]}: unknown types {sorted(types - quad.keys())}")
        if (raw["effect"] not in GUARD_EFFECTS or raw["side"] not in GUARD_SIDES
                or raw["form"] not in GUARD_FORMS or int(raw["reach"]) < 1):
            raise ResourceError(f"{GUARDS[0]}: bad guard {raw}")
        for words in raw["words"]:
            yield Guard(words, raw["side"], int(raw["reach"]), types, raw["form"],
                        raw["effect"], frozenset(raw.get("triggers", ())),
                        frozenset(raw.get("spared", ())), bool(raw.get("clause", False)))
