"""Words that place an event's sides around its trigger (``resources/event_arguments.json``):
the nouns that name an event, the owners of what precedes them, and the adverbs a verb's
object may follow."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from sukien.model import HOME_COUNTRY, Event, EventStatus
from sukien.resources import ResourceError, load_json_resource
from sukien.text import PhraseIndex, phrase_keys

if TYPE_CHECKING:
    from sukien.events.lexicon import Trigger

RESOURCE = "event_arguments.json"
VERSION = 77
LISTS = ("nominalizers", "owners", "fillers", "fronted", "person_pronouns", "group_pronouns",
         "open_addressees", "destination_heads", "movers", "honorifics", "object_topics",
         "object_heads", "first_person", "receiving", "givers", "purpose", "passive_openers",
         "authored_by", "author_verbs", "toll_verbs", "tolls", "distributives", "opener_verbs",
         "report_joiners", "owned_markers", "state_instruments", "purpose_means",
         "means_verbs", "relative_heads",
         "time_anchors", "predicate_joiners", "shared_subject", "settings",
         "named_addressees", "unaddressed_calls", "planned_after", "subject_determiners",
         "neighbours", "object_clauses", "clause_subject_marks", "protest_aims",
         "refusal_modals", "not_refusals",
         "undergone_verbs", "threat_conditions", "subordinators", "monarchs", "suffering",
         "person_heads", "person_classifiers", "person_counts", "home_groups",
         "event_locatives", "fact_clauses",
         "backers_before", "backing_verbs", "judgements", "judging_verbs", "act_anaphors",
         "armed_means", "acting_parts", "struck_sites",
         "presupposing_questions", "intent_markers", "request_settings", "held_series",
         "not_judging", "retold_fillers", "discourse_openers", "aid_sums")


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
    # 'TYPE' or 'TYPE/mode': reactions aimed at the maker of their object when they name
    # no recipient ('lo ngại về việc Mỹ bán vũ khí', 'bác bỏ điều kiện Bình Nhưỡng đưa ra')
    object_types: frozenset[str] = frozenset()
    # trigger phrases of refusals that, naming no one refused, private persons' sectors
    # make no political event
    private_refusals: frozenset[str] = frozenset()
    private_sectors: frozenset[str] = frozenset()
    # type -> 'actors' or 'recipients': the side of the act it threatens or demands that a
    # threat or demand naming no recipient is aimed at
    content_sides: Mapping[str, str] = field(default_factory=dict)
    # type -> types: a reaction naming no recipient answers the last event of those types
    # against its side ('Pakistan bác bỏ lời cáo buộc này' answers the accuser)
    answered_types: Mapping[str, frozenset[str]] = field(default_factory=dict)
    # types whose object may be a person pronoun ('cáo buộc ông', 'kêu gọi bà')
    pronoun_object_types: frozenset[str] = frozenset()
    # types whose object may be a group pronoun ('đe dọa giết họ'): the side named before
    group_object_types: frozenset[str] = frozenset()
    # types whose condition's subject, with no other recipient, is whom they address
    conditioned_types: frozenset[str] = frozenset()
    # types a state side's act on a group of people it names by a noun only is coded for
    # ('Sở GTCC yêu cầu các cơ sở phải …'), and the sector of such groups where not civilians
    home_group_types: frozenset[str] = frozenset()
    home_group_sectors: Mapping[str, str] = field(default_factory=dict)
    # speech acts joined to the reporting verb before them are the speaker's
    report_joined_types: frozenset[str] = frozenset()
    # arrest warrants (THREATEN arrest) that Vietnam's own police and investigators carry
    # out as they issue them: an arrest made ('Cơ quan CSĐT … vừa ra lệnh bắt Hồ Bá Tú')
    home_warrants: frozenset[str] = frozenset()
    # 'TYPE' or 'TYPE/mode': demands and accusations that an owner right after names as
    # nouns ('yêu cầu của Mỹ'); not 'lấy lời khai của …', whose 'của' names the questioned
    owned_types: frozenset[str] = frozenset()
    # sectors of state organs: their demand of an act the authorities do is procedure
    state_sectors: frozenset[str] = frozenset()
    # sectors of the sides whose travel abroad is a visit ('Thủ tướng … sẽ đến Tokyo')
    travellers: frozenset[str] = frozenset()
    # sectors whose members visit only when named: their units abroad are a deployment
    named_travellers: frozenset[str] = frozenset()
    # sectors whose arrests are abductions ('phiến quân bắt giữ …'), and the
    # (type, mode) of an arrest with the (type, mode, cameo) it becomes
    abductors: frozenset[str] = frozenset()
    abduction: tuple[tuple[str, str], tuple[str, str, str]] | None = None
    # 'TYPE/mode' ('TYPE/' without a mode) of events that, by these sectors against no
    # named side, are private, not coded
    private_parties: frozenset[str] = frozenset()
    private_kinds: frozenset[str] = frozenset()
    # types of event that, between private sides only, are no political event
    private_exchanges: frozenset[str] = frozenset()
    # 'TYPE/mode' of events that, between persons named by name, all private, are crimes
    private_crimes: frozenset[str] = frozenset()
    # types of event that, inside the home country between sides of no state or armed
    # sector, are crimes (home law news), not coded
    home_crime_types: frozenset[str] = frozenset()
    # 'TYPE/mode' of arrests whose private sides, holding no one named, are the held
    held_kinds: frozenset[str] = frozenset()
    # words that may stand between a time anchor and the noun event it names ('một ngày
    # sau một loạt vụ tấn công')
    anchor_counts: frozenset[str] = frozenset()
    # how an event shows the unnamed government that made a law or policy
    instrument_maker: str = ""
    # aid whose clause subject may be its recipient ('nhận viện trợ của Mỹ')
    receiving_types: frozenset[str] = frozenset()
    # criticism whose clause subject suffers it ('vấp phải sự chỉ trích của …')
    suffering_types: frozenset[str] = frozenset()
    # types that, told as the purpose of the clause before ('… để cứu trợ'), take its subject
    purpose_types: frozenset[str] = frozenset()
    # types not coded between two state bodies of one country (routine inside a government)
    inside_state_types: frozenset[str] = frozenset()
    # types whose trigger may end with its recipient ('cứu trợ đồng bào')
    inner_recipient_types: frozenset[str] = frozenset()
    # types aimed at the state whose embassy, base or convoy they strike or stand at
    # ('struck_sites': 'vụ bom xe bên ngoài sứ quán Australia ở Jakarta')
    site_types: frozenset[str] = frozenset()
    # the CAMEO codes of aid given or offered as a sum (``aid_sums``) that names no
    # recipient and goes to the country the article names most as a place ('Australia sẽ
    # giúp 11 triệu USD')
    placed_aid_cameos: frozenset[str] = frozenset()
    # refusals that, naming no one they refuse, are aimed at the side of the act refused
    # after them ('không phải xin lỗi Washington')
    refusal_aim_types: frozenset[str] = frozenset()
    # types of split trigger whose object may follow the tail, past the reach from the head
    # ('phóng khoảng 20 quả rocket vào căn cứ quân sự của Israel'; not 'gọi Hamas là …')
    tail_object_types: frozenset[str] = frozenset()
    # types of noun event that a toll told after them makes a report ('… làm 37 người chết')
    toll_types: frozenset[str] = frozenset()
    # types of noun event a text names by the day or the place right after it ('vụ tấn công
    # 11/9', 'vụ khủng bố Madrid'): recalled, not reported
    named_types: frozenset[str] = frozenset()
    # types coded inside one country only where a side is political (party, opposition,
    # armed group)
    domestic_types: frozenset[str] = frozenset()
    political_sectors: frozenset[str] = frozenset()
    # types whose passive trigger ('Hàng trăm cảnh sát … đã được triển khai') has the forces
    # it sends stand before it as its actors, and the mode each sector of forces gives
    deployed_types: frozenset[str] = frozenset()
    deployed_modes: Mapping[str, str] = field(default_factory=dict)
    # sectors that, with their own country's state, are two sides of an agreement or talks
    # ('Chính phủ Nepal và phiến quân Maoist đã đạt được thỏa thuận ngừng bắn')
    opposed_sectors: frozenset[str] = frozenset()
    # sectors of forces that, of several countries before a one-way act, act together; the
    # words of a trigger that make it a clash between them
    allied_sectors: frozenset[str] = frozenset()
    # sectors whose sides make the attacks they tell of (armed forces, rebels); a country
    # named alone may too
    fighting_sectors: frozenset[str] = frozenset()
    # attacks named as nouns that the police or troops telling of them made: raids
    own_raids: tuple[str, ...] = ()
    reciprocal: tuple[str, ...] = ()
    # speech acts whose addressee follows them: no other act's object past one
    addressed_types: frozenset[str] = frozenset()
    # types whose purpose ('để phản đối …') may name whom they are aimed at
    protest_types: frozenset[str] = frozenset()
    # acts a side says it will do that are a stated intent, with the CAMEO code of the
    # intent ('tuyên bố sẽ viện trợ': AGREE 033)
    intent_cameos: Mapping[str, str] = field(default_factory=dict)
    # violent acts a side says it will do: a threat, with its CAMEO code ('tuyên bố sẽ
    # giết con tin': THREATEN 138)
    threat_intents: Mapping[str, str] = field(default_factory=dict)
    # types of violent act a call asks for ('kêu gọi tiêu diệt ông Sharon'), a threat made,
    # with the CAMEO code of that threat
    called_violence: Mapping[str, str] = field(default_factory=dict)
    # the trigger words of such a call ('kêu gọi', 'hối thúc'; not 'yêu cầu', 'đề nghị')
    violence_calls: frozenset[str] = frozenset()
    # the words that may urge the act between such a call and it ('kêu gọi hãy tấn công')
    call_urgings: frozenset[str] = frozenset()
    # words that open what a reporting verb says ('tuyên bố rằng sẽ …')
    speech_openers: frozenset[str] = frozenset()
    # words that may stand between 'sẽ' and the violent act a threat names ('sẽ tiếp tục
    # tấn công', 'sẽ lại đánh bom')
    threat_fillers: frozenset[str] = frozenset()
    # the types of the trigger a setting holds ('theo yêu cầu của', 'theo lời mời của')
    setting_types: frozenset[str] = frozenset()
    # threats of revenge ('thề sẽ trả thù'): aimed at the author of the event they name
    revenge_verbs: frozenset[str] = frozenset()
    # visits told by their host ('Chavez chào đón Uribe'): the visitor is the actor, and
    # the event the visit's CAMEO code (042 'make a visit', not 043 'host a visit')
    hosting: frozenset[str] = frozenset()
    visit_cameo: str = ""
    # 'TYPE/mode' of a court's proceeding (its trigger holding one of trial_words: 'xét
    # xử', 'phiên tòa') that a ruling (ruling_types) made by a court of its country, told
    # after it in its sentence, is part of: 'TAND tỉnh Đồng Nai đã xét xử sơ thẩm và tuyên
    # phạt Dương Hoàng Long 6 năm tù' is a sentence, one event
    ruled_trials: frozenset[str] = frozenset()
    trial_words: tuple[str, ...] = ()
    ruling_types: frozenset[str] = frozenset()
    court_sectors: frozenset[str] = frozenset()
    # types of event a body of states (assembly_bodies: the codes of international
    # organisations) holds among its members when it names no other side, in this mode
    assembly_types: frozenset[str] = frozenset()
    assembly_bodies: frozenset[str] = frozenset()
    assembly_mode: str = ""
    assembly_words: frozenset[str] = frozenset()
    not_assembly_words: frozenset[str] = frozenset()

    def content_side(self, event_type: str) -> str | None:
        """Which side of its content act ('actors', 'recipients') an event of this type
        naming no recipient is aimed at; None for types that are not."""
        return self.content_sides.get(event_type)

    def aims_at_object_maker(self, event_type: str, mode: str | None) -> bool:
        """Whether an event of this type and mode that names no recipient is aimed at the
        maker of its object."""
        return event_type in self.object_types or f"{event_type}/{mode}" in self.object_types

    def private(self, event_type: str, mode: str | None, sectors: list[str | None]) -> bool:
        """Whether an event of this kind by sides of these sectors is a private matter."""
        return self._by_private_sides(self.private_kinds, event_type, mode, sectors)

    def held(self, event_type: str, mode: str | None, sectors: list[str | None]) -> bool:
        """Whether an arrest by private sides only (``held_kinds``) names its held."""
        return self._by_private_sides(self.held_kinds, event_type, mode, sectors)

    def _by_private_sides(self, kinds: frozenset[str], event_type: str, mode: str | None,
                          sectors: list[str | None]) -> bool:
        """Whether an event of one of ``kinds`` ('TYPE/mode') has only private sides."""
        return (f"{event_type}/{mode or ''}" in kinds and bool(sectors)
                and all(sector in self.private_parties for sector in sectors))

    def crowned(self, text: str) -> bool:
        """Whether a side's words open with a monarch's title ('Quốc vương Bhumibol
        Adulyadej', 'Nhà vua Norodom Sihamoni'): a head of state apart from the government."""
        keys = phrase_keys(text)
        return bool(keys) and self.length_at(keys, 0, "monarchs") > 0

    def between_private(self, event_type: str, sectors: list[str | None]) -> bool:
        """Whether talks, cooperation, demands, accusations or refusals (``private_exchanges``)
        are between private sides only."""
        return (event_type in self.private_exchanges and bool(sectors)
                and all(sector in self.private_parties for sector in sectors))

    def private_crime(self, event_type: str, mode: str | None,
                      sides: list[tuple[str | None, str | None]]) -> bool:
        """Whether a beating or killing is between named private persons only ('Tùng thú
        nhận đã giết ông Vũ Xuân Trường'): a crime, where the state's response is coded;
        ``sides`` are (sector, name) of its actors and recipients."""
        return (f"{event_type}/{mode or ''}" in self.private_crimes and len(sides) > 1
                and all(sector in self.private_parties and name for sector, name in sides))

    def home_crime(self, event_type: str, sides: list[tuple[str | None, str | None]]) -> bool:
        """Whether violence or a threat (``home_crime_types``) stays inside Vietnam between
        sides of no state or armed sector, private or unknown ('một vụ dùng súng giết
        người, cướp tài sản', 'anh Diệp và anh Tú bị bắn chết'): a crime of home law news,
        whose state response (arrest, charge, trial) is what is coded; ``sides`` are
        (country, sector) of its actors and recipients."""
        return (event_type in self.home_crime_types and bool(sides)
                and all(country == HOME_COUNTRY and (sector is None
                                                     or sector in self.private_parties)
                        for country, sector in sides))

    def abducts(self, event_type: str, mode: str | None, sectors: list[str | None]) -> bool:
        """Whether an arrest's actors are all armed groups: an abduction."""
        return (self.abduction is not None and (event_type, mode) == self.abduction[0]
                and bool(sectors) and all(s in self.abductors for s in sectors))

    def addresses_author(self, reaction: Trigger, action: str) -> bool:
        """Whether a reaction to an event of type ``action`` it names as its object is
        aimed at that event's author: one of the referring types ('lên án vụ tấn công'), or
        a threat of revenge ('thề sẽ trả thù cho vụ tấn công')."""
        return action in self.referred and (reaction.type in self.referring
                                            or reaction.words in self.revenge_verbs)

    def owned(self, event_type: str, mode: str | None) -> bool:
        """Whether a trigger of this kind with an owner right after it is a noun."""
        return event_type in self.owned_types or f"{event_type}/{mode}" in self.owned_types

    def allied(self, trigger_text: str, sectors: set[str | None]) -> bool:
        """Whether forces of one sector (``allied_sectors``), of several countries, act
        together in a trigger that names no clash ('bao vây', not 'đụng độ')."""
        return (len(sectors) == 1 and sectors <= self.allied_sectors
                and not self.names_clash(trigger_text))

    def names_clash(self, trigger_text: str) -> bool:
        """Whether a trigger names a clash between its sides ('đụng độ', ``reciprocal``)."""
        # whole syllables: 'đụng độ' in 'cuộc đụng độ', not 'độ' of another word
        text = f" {' '.join(phrase_keys(trigger_text))} "
        return any(f" {words} " in text for words in self.reciprocal)

    def rules_after(self, trial: Trigger, ruling: Trigger) -> bool:
        """Whether a trigger of a ruling follows one of a trial ('xét xử', 'phiên tòa':
        ``trial_words``): the court's decision, no content the trial alleges ('HĐXX vẫn
        tiếp tục xét xử và tuyên bác yêu cầu của bà Hoa' rules on the claim)."""
        return (self._trial(trial.type, trial.mode, trial.words)
                and ruling.type in self.ruling_types)

    def _trial(self, kind: str, mode: str | None, words: str) -> bool:
        """Whether an act of this type and mode told by these words is a trial."""
        return (f"{kind}/{mode or ''}" in self.ruled_trials
                and any(word in words.lower() for word in self.trial_words))

    def rules_on(self, trial: Event, ruling: Event) -> bool:
        """Whether ``ruling``, told after ``trial`` in its sentence, decides it: a trial
        (its trigger holds a word of ``trial_words``) and a ruling made or being made
        (not one asked for or expected: 'hội đồng xét xử có thể sẽ tuyên phạt …') by a
        court of the trial's court's country."""
        return (self._trial(trial.type, trial.mode, trial.trigger)
                and ruling.type in self.ruling_types
                and ruling.status in (EventStatus.OCCURRED, EventStatus.ONGOING)
                and bool(self._court_countries(trial) & self._court_countries(ruling)))

    def _court_countries(self, event: Event) -> set[str | None]:
        """The countries of the event's actors that are courts (``court_sectors``)."""
        return {a.country for a in event.actors if a.sector in self.court_sectors}

    def assembles(self, trigger: Trigger, countries: list[str | None]) -> bool:
        """Whether an event of this trigger by sides of these countries, naming no other
        side, is a meeting of an international body among its members: its trigger holds a
        syllable of meeting or discussing (``assembly_words``: 'họp', 'hội nghị', 'thảo
        luận'), none of attending or of two sides (``not_assembly_words``: 'dự hội nghị',
        'họp song phương'); not talks, a visit or a trip with someone."""
        syllables = trigger.words.lower().split()
        return (trigger.type in self.assembly_types and bool(countries)
                and all(country in self.assembly_bodies for country in countries)
                and any(word in syllables for word in self.assembly_words)
                and not any(word in syllables for word in self.not_assembly_words))

    def inside_state(self, event_type: str, mode: str | None) -> bool:
        """Whether an event of this type and mode between state bodies of one country is
        routine inside its government ('TYPE', or 'TYPE/mode', 'TYPE/' for no mode: a
        handover of power between two of its leaders is a succession)."""
        return (event_type in self.inside_state_types
                or f"{event_type}/{mode or ''}" in self.inside_state_types)

    def place_recipient(self, event_type: str, mode: str | None) -> bool:
        """'tấn công … ở Ukraine', 'chuyến thăm … tới Việt Nam': the place is the target."""
        return (event_type in self.place_recipients
                or f"{event_type}/{mode}" in self.place_recipients)

    def length_at(self, keys: list[str], at: int, name: str) -> int:
        """The length in words of the longest phrase of list ``name`` starting at ``at``;
        0 for none."""
        return self.phrases.length_of(keys, at, name)

    def judges_at(self, keys: list[str], at: int) -> bool:
        """Whether a trigger starting at ``at`` is a judgement ('là không thể chấp nhận
        được', 'là … khiêu khích': ``judgements``), which its speaker's report codes."""
        return self.length_at(keys, at, "judgements") > 0

    def joined_predicate(self, keys: list[str], at: int, floor: int) -> int | None:
        """The first word of the joiner ('và', 'đồng thời': ``predicate_joiners``) that, with
        only fillers after it ('đã', 'cũng'), stands right before word ``at``; None for
        none."""
        end = at
        while end > floor:
            if width := self._width_ending(keys, end, "predicate_joiners", min(3, end - floor)):
                return end - width
            filler = self._width_ending(keys, end, "fillers", min(3, end - floor))
            if not filler:
                return None
            end -= filler
        return None

    def before_fillers(self, keys: list[str], at: int, floor: int) -> int:
        """The word after the last one, before word ``at`` and from ``floor`` on, that is no
        filler ('đã', 'cũng', 'công khai'): where the trigger's subject would end."""
        while at > floor and (filler := self._width_ending(keys, at, "fillers",
                                                           min(3, at - floor))):
            at -= filler
        return at

    def ends_before(self, keys: list[str], at: int, name: str, reach: int = 3) -> bool:
        """Whether a phrase of list ``name`` ends right before word ``at``."""
        return self._width_ending(keys, at, name, min(reach, at)) > 0

    def _width_ending(self, keys: list[str], at: int, name: str, reach: int) -> int:
        """The length of the shortest phrase of list ``name``, of ``reach`` words at most,
        that ends right before word ``at``; 0 for none."""
        return next(self.phrases.widths_ending(keys, at, name, reach), 0)


def load_argument_words() -> ArgumentWords:
    data = load_json_resource(RESOURCE, "event_arguments", VERSION)
    phrases: PhraseIndex[str] = PhraseIndex()
    try:
        for name in LISTS:
            for words in data[name]:
                phrases.add(str(words), name)
        place_recipients = _strings(data, "place_recipients")
        not_after_y = _strings(data, "not_after_y")
        referring = _strings(data, "referring_types")
        referred = _strings(data, "referred_types")
        fronted_types = _strings(data, "fronted_types")
        object_types = _strings(data, "object_types")
        private_refusals = _strings(data, "private_refusals")
        private_sectors = _strings(data, "private_sectors")
        state_sectors = _strings(data, "state_sectors")
        content_sides = {str(kind): str(side) for kind, side in data["content_sides"].items()
                         if side in ("actors", "recipients")}
        pronoun_object_types = _strings(data, "pronoun_object_types")
        group_object_types = _strings(data, "group_object_types")
        conditioned_types = _strings(data, "conditioned_types")
        home_group_types = _strings(data, "home_group_types")
        home_group_sectors = {str(words): str(sector)
                              for words, sector in data["home_group_sectors"].items()}
        report_joined_types = _strings(data, "report_joined_types")
        home_warrants = _strings(data, "home_warrants")
        owned_types = _strings(data, "owned_types")
        answered_types = {str(kind): frozenset(map(str, others))
                          for kind, others in data["answered_types"].items()}
        travellers = _strings(data, "travellers")
        named_travellers = _strings(data, "named_travellers")
        abductors = _strings(data, "abductors")
        rule = data["abduction"]
        arrest_type, _, arrest_mode = str(rule["arrest"]).partition("/")
        as_type, _, as_mode = str(rule["as"]).partition("/")
        abduction = ((arrest_type, arrest_mode), (as_type, as_mode, str(rule["cameo"])))
        private_parties = _strings(data, "private_parties")
        private_kinds = _strings(data, "private_kinds")
        private_exchanges = _strings(data, "private_exchanges")
        private_crimes = _strings(data, "private_crimes")
        home_crime_types = _strings(data, "home_crime_types")
        held_kinds = _strings(data, "held_kinds")
        anchor_counts = _strings(data, "anchor_counts")
        instrument_maker = str(data["instrument_maker"])
        receiving_types, suffering_types, purpose_types, inside_state_types, inner = (
            _strings(data, name) for name in ("receiving_types", "suffering_types",
                                              "purpose_types", "inside_state_types",
                                              "inner_recipient_types"))
        toll_types = _strings(data, "toll_types")
        site_types = _strings(data, "site_types")
        placed_aid_cameos = _strings(data, "placed_aid_cameos")
        refusal_aim_types = _strings(data, "refusal_aim_types")
        named_types = _strings(data, "named_types")
        tail_object_types = _strings(data, "tail_object_types")
        domestic = _strings(data, "domestic_types")
        political = _strings(data, "political_sectors")
        deployed_types = _strings(data, "deployed_types")
        opposed = _strings(data, "opposed_sectors")
        allied = _strings(data, "allied_sectors")
        fighting = _strings(data, "fighting_sectors")
        own_raids = tuple(str(words) for words in data["own_raids"])
        addressed = _strings(data, "addressed_types")
        protest_types = _strings(data, "protest_types")
        reciprocal = tuple(" ".join(phrase_keys(str(words))) for words in data["reciprocal"])
        deployed_modes = {str(sector): str(mode)
                          for sector, mode in data["deployed_modes"].items()}
        intent_cameos = {str(kind): str(cameo) for kind, cameo in data["intent_cameos"].items()}
        threat_intents = {str(kind): str(cameo)
                          for kind, cameo in data["threat_intents"].items()}
        called_violence = {str(kind): str(cameo)
                           for kind, cameo in data["called_violence"].items()}
        violence_calls = _strings(data, "violence_calls")
        call_urgings = _strings(data, "call_urgings")
        speech_openers = _strings(data, "speech_openers")
        threat_fillers = frozenset(" ".join(phrase_keys(str(words)))
                                   for words in data["threat_fillers"])
        setting_types = _strings(data, "setting_types")
        revenge_verbs = _strings(data, "revenge_verbs")
        hosting = _strings(data, "hosting")
        visit_cameo = str(data["visit_cameo"])
        ruled_trials, ruling_types, court_sectors = (
            _strings(data, name) for name in ("ruled_trials", "ruling_types", "court_sectors"))
        trial_words = tuple(str(words).lower() for words in data["trial_words"])
        assembly_types, assembly_bodies = (
            _strings(data, name) for name in ("assembly_types", "assembly_bodies"))
        assembly_mode = str(data["assembly_mode"])
        assembly_words = _strings(data, "assembly_words")
        not_assembly_words = _strings(data, "not_assembly_words")
    except (KeyError, TypeError) as exc:
        raise ResourceError(f"{RESOURCE}: {exc}") from exc
    return ArgumentWords(
        phrases, place_recipients=place_recipients, not_after_y=not_after_y,
        referring=referring, referred=referred, fronted_types=fronted_types,
        object_types=object_types, private_refusals=private_refusals,
        private_sectors=private_sectors, content_sides=content_sides,
        answered_types=answered_types, pronoun_object_types=pronoun_object_types,
        group_object_types=group_object_types, conditioned_types=conditioned_types,
        home_group_types=home_group_types, home_group_sectors=home_group_sectors,
        report_joined_types=report_joined_types, home_warrants=home_warrants,
        owned_types=owned_types,
        state_sectors=state_sectors, travellers=travellers, named_travellers=named_travellers,
        abductors=abductors, abduction=abduction, private_parties=private_parties,
        private_kinds=private_kinds, private_exchanges=private_exchanges,
        private_crimes=private_crimes, home_crime_types=home_crime_types,
        held_kinds=held_kinds, anchor_counts=anchor_counts,
        instrument_maker=instrument_maker,
        receiving_types=receiving_types, suffering_types=suffering_types,
        purpose_types=purpose_types,
        inside_state_types=inside_state_types, inner_recipient_types=inner,
        placed_aid_cameos=placed_aid_cameos, refusal_aim_types=refusal_aim_types,
        toll_types=toll_types, site_types=site_types, domestic_types=domestic,
        political_sectors=political,
        tail_object_types=tail_object_types, deployed_types=deployed_types,
        deployed_modes=deployed_modes, opposed_sectors=opposed, allied_sectors=allied,
        fighting_sectors=fighting, own_raids=own_raids,
        reciprocal=reciprocal, addressed_types=addressed, named_types=named_types,
        protest_types=protest_types, intent_cameos=intent_cameos,
        threat_intents=threat_intents, called_violence=called_violence,
        violence_calls=violence_calls, call_urgings=call_urgings,
        speech_openers=speech_openers,
        threat_fillers=threat_fillers,
        setting_types=setting_types,
        revenge_verbs=revenge_verbs,
        hosting=hosting, visit_cameo=visit_cameo, ruled_trials=ruled_trials,
        trial_words=trial_words, ruling_types=ruling_types, court_sectors=court_sectors,
        assembly_types=assembly_types, assembly_bodies=assembly_bodies,
        assembly_mode=assembly_mode, assembly_words=assembly_words,
        not_assembly_words=not_assembly_words)


def _strings(data: Mapping[str, Any], key: str) -> frozenset[str]:
    """A list of the resource as a set of strings."""
    return frozenset(str(value) for value in data[key])
