"""Demands, allegations and denials told with no trigger word: a speaker says another side
should or must act ('Bà khẳng định Bình Nhưỡng cần thuận theo …'), did wrong ('Thủ tướng Iraq
cho rằng Syria đứng sau …'), or that the speaker did not ('Syria khẳng định không liên quan
…'), or a side wants another to act ('IAEA muốn Iran đình chỉ …';
``resources/event_demands.json``). The coder codes them as REQUEST or ACCUSE from the
reporting verb's (or the wish's) subject to the side before the modal word or the wrong, or
after the wish, and as REJECT by the speaker."""

from __future__ import annotations

from dataclasses import dataclass

from sukien.events.lexicon import Trigger
from sukien.resources import ResourceError, load_json_resource
from sukien.text import PhraseIndex
from sukien.text.tones import tone_spellings

RESOURCE = "event_demands.json"
VERSION = 9
# the CAMEO code of a demand whose content no mode names (REQUEST, 'make an appeal or request')
_CAMEO = "010"
# the CAMEO code of an allegation (ACCUSE allege, 'accuse of crime, corruption')
_ALLEGE_CAMEO = "112"
# the CAMEO code of a denial, as of the REJECT trigger 'phủ nhận' ('reject, not specified')
_DENY_CAMEO = "120"
_LISTS = ("introducers", "modals", "fillers", "not_modals", "wrongs", "wrong_fillers",
          "opinion_holders", "denial_introducers", "self_references", "denials",
          "not_denials", "wishes", "well_wishes", "plots", "plot_introducers")


@dataclass(frozen=True, slots=True)
class Demands:
    """``trigger``: the REQUEST a demand is coded as (its words are the modal's, as found);
    ``allegation``: the ACCUSE an allegation is coded as (its words are the wrong's);
    ``imputation``: the ACCUSE an act imputed to a side is coded as, beside the act, whose
    status it leaves as told;
    ``denial``: the REJECT a denial is coded as (its words are the negation's);
    ``wish``: the REQUEST a wish that another side act is coded as (its words are the
    verb of wishing: 'IAEA muốn Iran đình chỉ …');
    ``plot``: the ACCUSE an attack another side plots is coded as ('cảnh báo Al-Qaeda đang
    lên kế hoạch tấn công …'), beside the attack, which is not done;
    ``phrases``: the lists of the resource, valued by their list's name."""

    trigger: Trigger
    allegation: Trigger
    imputation: Trigger
    denial: Trigger
    wish: Trigger
    plot: Trigger
    phrases: PhraseIndex[str]
    # how far before an introducing 'rằng' its reporting verb may stand
    reach: int
    # speakers' sectors whose word on a side of their own country is a view, not a demand
    opinion_sectors: frozenset[str] = frozenset()
    # the number of words of the longest phrase of the lists
    longest: int = 1
    # the types of trigger whose act, told as done by a side after an introducer, is also
    # an allegation by the speaker ('cho rằng Azahari đã đặt bom')
    imputable: frozenset[str] = frozenset()
    # how many words a plot ('có kế hoạch', 'âm mưu') may stand before the act it plots
    plot_reach: int = 0
    # types of trigger that, introducing a plot ('cảnh báo'), are that allegation
    alleging_types: frozenset[str] = frozenset()
    # the sectors of plotters the speaker's own country may allege (its armed groups); of
    # another country, none of the sectors that plan operations (its troops, its police)
    own_plotters: frozenset[str] = frozenset()
    planning_sectors: frozenset[str] = frozenset()

    def alleges_plot(self, speaker: tuple[str | None, str | None],
                     plotter: tuple[str | None, str | None]) -> bool:
        """Whether a speaker (country, sector) saying a side (country, sector) plots an
        attack alleges it: not a side's own volunteers ('tuyên bố rằng những người tình
        nguyện đang chuẩn bị cho các vụ tấn công'), nor an ally's planned operation ('quân
        đội Iraq đang lên kế hoạch tấn công Falluja')."""
        if plotter[0] == speaker[0]:
            return plotter[1] in self.own_plotters
        return plotter[1] not in self.planning_sectors

    def length_at(self, keys: list[str], at: int, name: str) -> int:
        """The length in words of the longest phrase of list ``name`` at word ``at``."""
        return self.phrases.length_of(keys, at, name)

    def modal_at(self, keys: list[str], at: int) -> int:
        """The length in words of any fillers and the modal phrase after them from ``at``
        ('cũng cần'); 0 when there is no modal, or a guard phrase starts at it ('cần thiết',
        'phải là')."""
        return self._after_fillers(keys, at, "fillers", "modals", "not_modals")

    def wrong_at(self, keys: list[str], at: int) -> int:
        """The length in words of any fillers and the phrase of a wrong after them from
        ``at`` ('đã vi phạm', 'đứng sau'); 0 when there is none ('không vi phạm': a
        negation is no filler)."""
        return self._after_fillers(keys, at, "wrong_fillers", "wrongs")

    def fillers_before(self, keys: list[str], at: int, first: int) -> int:
        """The first word of the wrong's fillers ending right before word ``at`` ('đã' of
        'Azahari đã chế tạo'), or ``at`` itself when none stands there."""
        while at > first and (width := self._width_ending(keys, at, "wrong_fillers", first)):
            at -= width
        return at

    def plot_before(self, keys: list[str], at: int, first: int) -> int | None:
        """The first word of the plot ('đang lên kế hoạch', 'có âm mưu'), with the wrong's
        fillers before it, that stands within ``plot_reach`` words before word ``at``; None
        for none."""
        for start in range(at - 1, max(first, at - self.plot_reach) - 1, -1):
            if (width := self.length_at(keys, start, "plots")) and start + width <= at:
                return self.fillers_before(keys, start, first)
        return None

    def denial_at(self, keys: list[str], at: int) -> int:
        """The length in words of a negation at ``at`` that denies ('không', 'chưa hề',
        'không có ý định'); 0 for none, or where a longer phrase states inability, existence,
        hedges or counts ('không thể', 'không có vũ khí', 'không loại trừ', 'không ít')."""
        width = self.length_at(keys, at, "denials")
        return width if width > self.length_at(keys, at, "not_denials") else 0

    def denial_opening(self, keys: list[str], at: int, first: int) -> int | None:
        """The first word of the verb of firm assertion that ends right before word ``at``,
        or before the speaker's own pronoun there ('khẳng định họ không …'); None for none."""
        pronoun = self._width_ending(keys, at, "self_references", first)
        for end in dict.fromkeys((at, at - pronoun)):
            if width := self._width_ending(keys, end, "denial_introducers", first):
                return end - width
        return None

    def _width_ending(self, keys: list[str], at: int, name: str, first: int) -> int:
        """The length of the longest phrase of list ``name``, of words first..at - 1, that
        ends right before word ``at``; 0 for none."""
        return max(self.phrases.widths_ending(keys, at, name, min(self.longest, at - first)),
                   default=0)

    def _after_fillers(self, keys: list[str], at: int, fillers: str, wanted: str,
                       guard: str | None = None) -> int:
        """The length of the fillers from ``at`` and the ``wanted`` phrase right after them;
        0 when none follows, or a ``guard`` phrase starts where it would."""
        start = at
        while at < len(keys) and (width := self.length_at(keys, at, fillers)):
            at += width
        if at >= len(keys) or (guard is not None and self.length_at(keys, at, guard)):
            return 0
        width = self.length_at(keys, at, wanted)
        return at + width - start if width else 0


def load_demands() -> Demands:
    data = load_json_resource(RESOURCE, "event_demands", VERSION)
    phrases: PhraseIndex[str] = PhraseIndex()
    longest = 1
    try:
        for name in _LISTS:
            for words in data[name]:
                if not isinstance(words, str) or not words.strip():
                    raise ResourceError(f"{RESOURCE}: bad phrase {words!r} in {name}")
                longest = max(longest, len(words.split()))
                for spelling in tone_spellings(words):
                    phrases.add(spelling, name)
        reach = int(data["reach"])
        opinion = frozenset(str(sector) for sector in data["opinion_sectors"])
        imputable = frozenset(str(kind) for kind in data["imputable_types"])
        plot_reach = int(data["plot_reach"])
        alleging = frozenset(str(kind) for kind in data["alleging_types"])
        own_plotters = frozenset(str(sector) for sector in data["own_plotters"])
        planning = frozenset(str(sector) for sector in data["planning_sectors"])
    except (KeyError, TypeError, ValueError) as exc:
        raise ResourceError(f"{RESOURCE}: {exc}") from exc
    if reach < 1:
        raise ResourceError(f"{RESOURCE}: reach must be positive")
    trigger = Trigger("nên", "REQUEST", None, _CAMEO, dyadic=True, symmetric=False)
    allegation = Trigger("vi phạm", "ACCUSE", "allege", _ALLEGE_CAMEO, dyadic=True,
                         symmetric=False)
    imputation = Trigger("cho rằng", "ACCUSE", "allege", _ALLEGE_CAMEO, dyadic=True,
                         symmetric=False)
    denial = Trigger("phủ nhận", "REJECT", None, _DENY_CAMEO, dyadic=False, symmetric=False)
    wish = Trigger("muốn", "REQUEST", None, _CAMEO, dyadic=True, symmetric=False)
    plot = Trigger("âm mưu", "ACCUSE", "allege", _ALLEGE_CAMEO, dyadic=True, symmetric=False)
    return Demands(trigger, allegation, imputation, denial, wish, plot, phrases, reach,
                   opinion, longest, imputable, plot_reach, alleging, own_plotters, planning)
