"""Sides an event implies when its text names none: the police of an arrest, the court of
a sentence, the government a protest is against (``resources/event_implied_sides.json``)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum

from sukien.model import EventActor
from sukien.resources import ResourceError, load_json_resource

RESOURCE = "event_implied_sides.json"
# how every implied side's label ends: what tells it from a side the text names
UNNAMED = "(không nêu tên)"
VERSION = 14
# where an implied side's country comes from, besides the default order (the sentence's
# place, the named side's country, the article's most named)
WHERE = (None, "place", "side", "reporter")
FOREIGNERS = (None, "held by the land")
# whether a rule codes an event that names neither side: always, never, as a noun only, or
# as a noun or a passive verb ('vụ bắt giữ', 'bị bắt giữ'; not 'bắt')
ALONE = (True, False, "nominal", "nominal-or-passive")


def is_implied(side: EventActor) -> bool:
    """Whether the text names this side or the coder implied it (its label says so)."""
    return side.text.endswith(UNNAMED)


class MissingSide(StrEnum):
    ACTOR = "actor"
    RECIPIENT = "recipient"


@dataclass(frozen=True, slots=True)
class ImpliedSide:
    """``alone``: the rule also codes an event that names neither side ('hơn một nghìn
    người bị bắt'), its other side then implied too; with ``alone_nominal`` only when
    the event is named as a noun ('vụ tấn công', not 'sóng đánh vỡ đê')."""

    side: MissingSide
    sector: str | None
    label: str
    alone: bool = False
    # words of a trigger the rule does not apply to, lower-case
    unless: tuple[str, ...] = ()
    # the side is of the event's place only, never of the other side's country
    place_only: bool = False
    # words one of which the trigger must hold (lower-case); any trigger when empty
    only: tuple[str, ...] = ()
    # the side is of the named side's country first, then of the event's place: the
    # government protesters protest against is their own ('phản đối … rút quân khỏi Gaza')
    side_first: bool = False
    # the side is of the country of who reports the event, where someone does, first: who
    # announces a release holds the prisoners ('Văn phòng Thủ tướng Israel hôm qua cho biết
    # 170 tù nhân sẽ được phóng thích')
    reporter_first: bool = False
    # words one of which the trigger must hold where the event is told as a noun or a
    # passive verb ('lời cáo buộc', 'bị truy tố'); an active verb needs none ('Cảnh sát
    # cáo buộc nhóm …'): an accusation as a noun is mostly one referred to
    told_only: tuple[str, ...] = ()
    alone_nominal: bool = False
    # with ``alone_nominal``: a passive verb names the event as a noun does ('Hán khi bị bắt
    # giữ', 'cả hai đã bị tạm giam'): the one acted on is what it reports
    alone_passive: bool = False
    # the rule applies only to an event told as a noun or a passive verb, the side the text
    # names its patient ('hai quan chức … sẽ bị xét xử'): a bare verb's side may be its
    # agent ('Qua xét xử, HĐXX nhận định')
    undergone_only: bool = False
    # sectors of the named side the implied one never acts on: a court tries no court
    not_against: frozenset[str] = frozenset()
    # foreigners the text names are held or freed by the land the article tells of, not by
    # their own country ('2 nhà báo Pháp … được thả' in news from Iraq)
    held_by_land: bool = False

    def applies_to(self, trigger: str, told: bool = False, undergone: bool = False) -> bool:
        """Whether the trigger's words are none of those the rule excepts ('giao tranh');
        ``told``: the event is named as a noun or a passive verb (for ``told_only``),
        ``undergone`` likewise (for ``undergone_only``)."""
        text = trigger.lower()
        return ((undergone or not self.undergone_only)
                and not any(word in text for word in self.unless)
                and (not self.only or any(word in text for word in self.only))
                and (not told or not self.told_only
                     or any(word in text for word in self.told_only)))


@dataclass(frozen=True, slots=True)
class ImpliedSides:
    """Rules by (type, mode, missing side), in the resource's order; a mode of None covers
    triggers without one. The first rule that applies to the trigger is its rule: a
    prosecution's police and a trial's court are both an allegation's missing actor."""

    rules: Mapping[tuple[str, str | None, MissingSide], tuple[ImpliedSide, ...]]
    # the recipient of a directed event whose text names none and no rule covers
    default_recipient: ImpliedSide

    def missing(self, event_type: str, mode: str | None, side: MissingSide,
                trigger: str = "", told: bool = False, undergone: bool = False
                ) -> ImpliedSide | None:
        """The rule for the side an event of this type and mode misses, unless its trigger
        is one the rule excepts (``told``, ``undergone``: named as a noun or a passive
        verb)."""
        return next((rule for rule in self.rules.get((event_type, mode, side), ())
                     if rule.applies_to(trigger, told, undergone)), None)


def load_implied_sides(types: Mapping[str, int]) -> ImpliedSides:
    """``types``: the PLOVER types of the event lexicon, which every rule must name."""
    data = load_json_resource(RESOURCE, "event_implied_sides", VERSION)
    rules: dict[tuple[str, str | None, MissingSide], tuple[ImpliedSide, ...]] = {}
    try:
        for raw in data["rules"]:
            if raw["type"] not in types:
                raise ResourceError(f"{RESOURCE}: unknown type {raw['type']!r}")
            sector = raw["sector"]
            implied = ImpliedSide(
                MissingSide(raw["side"]), None if sector is None else str(sector),
                str(raw["label"]),
                alone=raw.get("alone", False) in (True, "nominal", "nominal-or-passive"),
                unless=tuple(str(w).lower() for w in raw.get("unless", ())),
                place_only=raw.get("where") == "place",
                only=tuple(str(w).lower() for w in raw.get("only", ())),
                told_only=tuple(str(w).lower() for w in raw.get("told_only", ())),
                side_first=raw.get("where") == "side",
                reporter_first=raw.get("where") == "reporter",
                alone_nominal=raw.get("alone") in ("nominal", "nominal-or-passive"),
                alone_passive=raw.get("alone") == "nominal-or-passive",
                undergone_only=raw.get("undergone_only", False) is True,
                not_against=frozenset(str(w) for w in raw.get("not_against", ())),
                held_by_land=raw.get("foreigners") == "held by the land")
            if raw.get("alone", False) not in ALONE:
                raise ResourceError(f"{RESOURCE}: unknown alone {raw['alone']!r}")
            if raw.get("where") not in WHERE:
                raise ResourceError(f"{RESOURCE}: unknown where {raw['where']!r}")
            if raw.get("foreigners") not in FOREIGNERS:
                raise ResourceError(f"{RESOURCE}: unknown foreigners {raw['foreigners']!r}")
            for mode in raw["modes"]:
                earlier = rules.get((raw["type"], mode, implied.side), ())
                if any(not rule.only and not rule.undergone_only for rule in earlier):
                    # a rule for every trigger of its type, mode and side comes last: one
                    # after it would never apply
                    raise ResourceError(f"{RESOURCE}: two rules for {raw['type']}/{mode} "
                                        f"{implied.side}")
                rules[(raw["type"], mode, implied.side)] = (*earlier, implied)
        raw_default = data["default_recipient"]
        default = ImpliedSide(MissingSide.RECIPIENT, raw_default["sector"],
                              str(raw_default["label"]))
        if not all(rule.label.endswith(UNNAMED)
                   for rule in (*(r for key in rules.values() for r in key), default)):
            raise ResourceError(f"{RESOURCE}: every label ends with {UNNAMED!r}")
    except (KeyError, TypeError, ValueError) as exc:
        raise ResourceError(f"{RESOURCE}: {exc}") from exc
    return ImpliedSides(rules, default)
