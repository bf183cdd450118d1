"""Loader of the actor resources and the syllable trie the recognizer walks.

Files (each ``{"resource": NAME, "version": N, …}``, N in ``VERSIONS``):
``actor_countries.json``, ``actor_organizations.json``, ``actor_titles.json``,
``actor_collectives.json``, ``actor_people.json``, ``actor_rules.json``, and
``places.json`` and ``vietnamese_names.json``. Names are matched over ``\\w+`` tokens,
case-folded; a name written with a capital matches only a capitalized token ("hoa mỹ"
is not Mỹ), an acronym only the same letters in capitals.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum
from typing import Any

from sukien.resources import ResourceError, load_json_resource, load_word_list
from sukien.text.phrases import PhraseIndex, phrase_keys

# the version each resource must have: bumped whenever its content changes
VERSIONS = {"actor_countries": 10, "actor_organizations": 14, "actor_titles": 10,
            "actor_people": 6, "actor_rules": 39, "actor_collectives": 8}
PLACES_VERSION = 4
NAMES_VERSION = 2
SECTORS = frozenset({"GOV", "MIL", "COP", "JUD", "LEG", "PTY", "REB", "SPY", "OPP", "BUS", "CVL",
                     "NGO", "MED", "EDU", "REL", "LAB", "REF", "UAF", "UNK"})
# the sector of a person on a day after every office the gazetteer knows of has ended
FORMER_HOLDER = "CVL"
NON_STATE = frozenset({"IGO", "UNO", "EUR", "WST", "NGO", "MNC"})


class EntryKind(StrEnum):
    """What a gazetteer name stands for."""

    COUNTRY = "country"
    CAPITAL = "capital"
    ORGANIZATION = "organization"
    PERSON = "person"
    TITLE = "title"
    BODY = "body"
    BLOCKED = "blocked"
    GROUP = "group"
    THIS_COUNTRY = "this_country"
    # 'tổ chức này': the organisation named last
    THIS_ORGANIZATION = "this_organization"
    # 'nhóm này', 'cơ quan này': the institution of a kind named last (ActorRules)
    THIS_BODY = "this_body"
    COUNTERPART = "counterpart"
    # a province, city or foreign region (resources/places.json): where something happens,
    # never a side
    PLACE = "place"


@dataclass(frozen=True, slots=True)
class Office:
    """``country``: the international body the holder acts for in this office (UNO, IGO,
    EUR: Anders Fogh Rasmussen as NATO's secretary general), where it is not the person's
    own country (Denmark, whose prime minister he was before)."""

    title: str
    sector: str
    start: date
    end: date | None
    country: str | None = None

    def valid_on(self, day: date) -> bool:
        return self.start <= day and (self.end is None or day <= self.end)


@dataclass(frozen=True, slots=True)
class Entry:
    """A gazetteer name's entry."""

    kind: EntryKind
    name: str
    entity_id: str | None = None
    country: str | None = None
    sector: str | None = None
    ambiguous: bool = False
    offices: tuple[Office, ...] = ()
    # an armed group fighting in many countries takes the one where it acts (PLOVER-CODING.md)
    transnational: bool = False
    # a title that alone names its holder in the country of the context ('kêu gọi tổng thống
    # từ chức': the president), as a counted title does ('21 nghị sĩ')
    definite: bool = False
    # one holder of a Vietnamese office, whose name may follow ('Chủ tịch UBND tỉnh Nguyễn
    # Hữu Chí', 'Bí thư Thành ủy thành phố Hải Phòng Nguyễn Văn Thuận')
    holder: bool = False
    # a noun naming one person by role ('giáo sĩ', 'phát ngôn viên'), whose known name may
    # follow it ('giáo sĩ Moqtada Sadr'); not a body ('chính quyền Kim Châng In')
    role: bool = False

    def sector_on(self, day: date | None, title: str | None = None,
                  former: bool = False) -> str | None:
        """A person's sector: that of the office they hold (``office_on``); a former holder
        of every office is a civilian on that day."""
        if not self.offices:
            return self.sector
        office = self.office_on(day, title, former)
        return office.sector if office is not None else FORMER_HOLDER

    def country_on(self, day: date | None, title: str | None = None,
                   former: bool = False) -> str | None:
        """Whom a person acts for: the international body of the office they hold
        (``office_on``), where it names one, else their own country."""
        office = self.office_on(day, title, former)
        return office.country if office is not None and office.country else self.country

    def office_on(self, day: date | None, title: str | None = None,
                  former: bool = False) -> Office | None:
        """The office held on ``day``; else the office the text names before the name, which
        the person held on the day of the event told ('Thủ tướng Iraq Iyad Allawi' in a later
        article recalling 2004: PLOVER-CODING.md codes the office held on the event's date),
        unless the text calls them a ``former`` holder ('cựu Thủ tướng'); none for a former
        holder of every office; else, on a day the offices do not cover, the last office."""
        if not self.offices:
            return None
        if day is not None:
            for office in self.offices:
                if office.valid_on(day):
                    return office
        named = self._office_named(title) if title is not None and not former else None
        if named is not None:
            return named
        if former or (day is not None and all(office.end is not None and office.end < day
                                              for office in self.offices)):
            return None
        return self.offices[-1]

    def holds_office(self, day: date | None, title: str) -> bool:
        """Whether the person holds an office on ``day`` or ``title`` names one of theirs:
        where neither, a role the text gives them tells their sector ('Ứng viên đối lập
        Yushchenko' in 2004, before his presidency)."""
        return (day is not None and any(office.valid_on(day) for office in self.offices)) or (
            self._office_named(title) is not None)

    def _office_named(self, title: str) -> Office | None:
        """The person's office whose title the text's title holds ('Thủ tướng' in 'Thủ
        tướng lâm thời Iraq')."""
        return next((o for o in self.offices if o.title.lower() in title.lower()), None)


@dataclass(frozen=True, slots=True)
class Variant:
    """One written form of an entry: capitalized forms need a capital, acronyms all capitals."""

    text: str
    entry: Entry
    # what ``fits`` asks of the first word, from the variant's own first word, found once:
    # the gazetteer asks it at every word where a name may start
    acronym: bool = field(init=False, repr=False, compare=False)
    capitalized: bool = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        head = self.text.split()[0]
        object.__setattr__(self, "acronym", len(head) > 1 and head.isupper())
        object.__setattr__(self, "capitalized", head[0].isupper())

    def fits(self, first_token: str) -> bool:
        if self.acronym:
            return first_token.isupper()
        if self.capitalized:
            return first_token[0].isupper()
        return True


@dataclass(frozen=True, slots=True)
class ActorRules:
    locatives: frozenset[str]
    honorifics: frozenset[str]
    context_before: frozenset[str]
    name_particles: frozenset[str]
    group_roles: Mapping[str, str]
    coordinators: frozenset[str]
    function_words: frozenset[str]
    # words before a title that make it unnamed office holders: 'các', 'một', 'hàng trăm'
    quantifiers: frozenset[str] = frozenset()
    # words after which a capital or country is a time zone, a language, a currency or a
    # style ('giờ Hà Nội', 'tiếng Anh', 'bảng Anh', 'kiểu Mỹ'), no side
    modifier_words: frozenset[str] = frozenset()
    # words before a definite title that make it an office, not its holder ('bầu cử tổng
    # thống', 'chức thủ tướng')
    not_holders: frozenset[str] = frozenset()
    # nouns for private people before a nationality ('chàng trai Brazil', 'du khách Anh'):
    # the country is that person's, no context for other mentions
    person_nouns: frozenset[str] = frozenset()
    # Vietnamese administrative units and streets: a country name after one, followed by a
    # capitalised word, is a syllable of a Vietnamese place name ('phường Mỹ Phước')
    home_units: frozenset[str] = frozenset()
    # words after which a country is a place's neighbour ('giáp biên giới Malaysia'), no
    # context for the nouns around it
    neighbours: frozenset[str] = frozenset()
    # a state's missions abroad ('đại sứ quán Mỹ'): its country is the owner's, not where
    # anything happens
    missions: frozenset[str] = frozenset()
    # words that may stand between a noun and the nationality it is given ('nghi phạm đều là
    # công dân Anh', 'đối tượng này bao gồm 14 công dân Marốc')
    nationality_links: frozenset[str] = frozenset()
    # words between unnamed people and the place they are of ('những kẻ cực đoan ở
    # Uzbekistan', 'nhiều chiến binh tại Zabul')
    residence_links: frozenset[str] = frozenset()
    # two words whose second is an honorific but which name a kind of person ('đàn ông',
    # 'cụ bà'): no person's name follows them
    honorific_nouns: frozenset[str] = frozenset()
    # honorifics the press gives its own people only ('anh', 'chị'): a given name after
    # one is a Vietnamese's, whatever country its sentence names ('chị Thanh Tuyền … bị
    # áp giải đi Quảng Đông')
    home_honorifics: frozenset[str] = frozenset()
    # words after an honorific that are no given name ('ông Trời', 'bà Mẹ Việt Nam Anh
    # hùng', 'ông Bụt'), lower-case
    not_given_names: frozenset[str] = frozenset()
    # words right after a kind of person that give it a nationality of its own ('con tin
    # người Nhật', 'du khách khác là người Đức'), where an earlier one does not hold
    nationality_givers: frozenset[str] = frozenset()
    # words right after a kind of person or an institution that make it foreign ('các
    # lực lượng quân đội nước ngoài', 'công ty nước ngoài'): of no country the text names
    foreign_markers: frozenset[str] = frozenset()
    # context words that as often stand before a person's given name ('Ánh và Đức', 'đàn
    # em của Đức'): no context for a name that ends a Vietnamese personal name of the article
    weak_context: frozenset[str] = frozenset()
    # words that refer a noun back to one named before ('viên kỹ sư này')
    demonstratives: frozenset[str] = frozenset()
    # roles that open an apposition after an unknown foreign name and take the country of
    # the institution it names ('Kim Hak-Su, giám đốc điều hành ESCAP')
    apposed_roles: frozenset[str] = frozenset()
    # words that list a group's members ('6 công dân Sudan gồm một nhà ngoại giao'): a
    # member named by a noun alone is of the group's country
    member_links: frozenset[str] = frozenset()
    # an apposition's words: before its role, before the institution, at its end, and
    # before a country that is a leaning ('thân Syria'), not a nationality
    apposition_openers: frozenset[str] = frozenset()
    # links between a role and a foreign name that is its person ('công nhân người Myanmar
    # tên là Ton', 'Một thành viên nội các Palestine là Saeb Erakat')
    name_links: frozenset[str] = frozenset()
    apposition_owners: frozenset[str] = frozenset()
    apposition_ends: frozenset[str] = frozenset()
    leanings: frozenset[str] = frozenset()
    # words before a title that make its holder a former one ('cựu Thủ tướng', 'nguyên Bộ
    # trưởng'): a civilian, unless the person holds an office on the day
    former_markers: frozenset[str] = frozenset()
    # words before an office that make its holder a deputy ('phó chủ tịch'), after which a
    # former marker still makes a former one
    deputy_markers: frozenset[str] = frozenset()
    # the administrative units between a Vietnamese office and its place ('Chủ tịch UBND
    # thành phố Hải Phòng'), and the most words one has
    office_units: frozenset[str] = frozenset()
    longest_office_unit: int = 1
    # the two words holding a former marker that make it none, before a title ('giữ
    # nguyên') or opening one ('nguyên thủ')
    not_former: frozenset[str] = frozenset()
    # words that give a nationality inside a bracket after a name ('(1947, quốc tịch
    # Australia)', '(người Mỹ)')
    bracket_nationalities: frozenset[str] = frozenset()
    longest_bracket_nationality: int = 1
    # words English writes beside a name that are no name of its own ('Mr Blair', 'Bush Jr.')
    name_affixes: frozenset[str] = frozenset()
    # Vietnamese personal names outside the gazetteer (resources/vietnamese_names.json)
    family_names: frozenset[str] = frozenset()
    place_words: frozenset[str] = frozenset()
    # countries whose people are referred back to by their family name, the first syllable
    # ('Hồ Cẩm Đào' … 'ông Hồ'), not by the last as Vietnamese and Western people are
    family_name_first: frozenset[str] = frozenset()
    # phrases referring back to an institution ('nhóm này', 'cơ quan này'), case-folded,
    # each with the sectors of the institutions it may mean
    referring_bodies: Mapping[str, frozenset[str]] = field(default_factory=dict)
    # words right before a referring phrase after which it may stand for the subject of its
    # own clause ('cho biết', 'của'), and the auxiliaries right after one that make it a
    # subject ('sẽ', 'đã'), case-folded, a phrase's words joined by one space
    self_referrers: frozenset[str] = frozenset()
    clause_auxiliaries: frozenset[str] = frozenset()


class Gazetteer:
    """Every actor name as a trie over case-folded tokens, and the context rules."""

    def __init__(self, entries: Iterable[tuple[str, Entry]], rules: ActorRules,
                 as_of: date) -> None:
        """``as_of``: the day up to which the people's offices were checked; an office
        without an end is taken to run to it, whatever day the code runs."""
        self.rules = rules
        self.as_of = as_of
        self._index: PhraseIndex[Variant] = PhraseIndex()
        self._by_surname: dict[str, list[Entry]] = {}
        self._people: dict[str, Entry] = {}
        for text, entry in entries:
            self._add(text, entry)
            if entry.kind is EntryKind.PERSON and entry.entity_id:
                self._people[entry.entity_id] = entry
            if entry.kind is EntryKind.PERSON and text == entry.name:
                self._by_surname.setdefault(phrase_keys(entry.name)[-1], []).append(entry)

    def by_surname(self, surname: str, country: str | None, on: date | None) -> Entry | None:
        """The one person of the gazetteer with this surname (and country, and an office on
        the date, when known); None when there is no one or more than one. A person of a
        country whose names put the family name first is never named by the last syllable
        ('Chủ tịch Quốc dân đảng' is no Ngô Bang Quốc), and by the family name only once
        the article has named him in full (the recognizer's coreference): None for him,
        though his last syllable still makes the surname ambiguous, being a given name."""
        found = [e for e in self._by_surname.get(surname.casefold(), ())
                 if (country is None or country in (e.country, e.country_on(on)))
                 and (on is None or any(o.valid_on(on) for o in e.offices))]
        if len(found) != 1 or found[0].country in self.rules.family_name_first:
            return None
        return found[0]

    def person(self, entity_id: str) -> Entry | None:
        return self._people.get(entity_id)

    def _add(self, text: str, entry: Entry) -> None:
        try:
            self._index.add(text, Variant(text, entry))
        except ValueError as exc:
            raise ResourceError(f"actor name {text!r} has no word") from exc

    def start_indices(self, keys: list[str]) -> list[int]:
        return self._index.start_indices(keys)

    def longest(self, keys: list[str], first_text: str, at: int, end: int | None = None
                ) -> tuple[int, Variant] | None:
        """The longest name starting at token ``at`` (written ``first_text``) and ending
        before token ``end``: (tokens it spans, variant)."""
        return self._index.longest(keys, at, lambda variant: variant.fits(first_text), end)


def load_gazetteer() -> Gazetteer:
    entries: list[tuple[str, Entry]] = []
    try:
        for raw in _load("actor_countries", "countries"):
            ambiguous = set(raw.get("ambiguous", ()))
            code = _code(raw["code"])
            for name in raw["names"]:
                entries.append((name, Entry(EntryKind.COUNTRY, raw["names"][0],
                                            f"country:{code}", code, None,
                                            name in ambiguous)))
            for name in raw["capitals"]:
                entries.append((name, Entry(EntryKind.CAPITAL, name, f"country:{code}", code, "GOV",
                                            name in ambiguous)))
        for raw in _load("actor_organizations", "organizations"):
            ambiguous = set(raw.get("ambiguous", ()))
            for name in raw["names"]:
                entries.append((name, Entry(EntryKind.ORGANIZATION, raw["names"][0],
                                            f"org:{raw['id']}",
                                            _code(raw["country"]), _sector(raw["sector"]),
                                            name in ambiguous,
                                            transnational=bool(raw.get("transnational")))))
        titled: set[str] = set()
        for raw in _load("actor_titles", "titles"):
            kind = {"person": EntryKind.TITLE, "body": EntryKind.BODY}[raw["kind"]]
            for name in raw["names"]:
                titled.add(name)
                entries.append((name, Entry(kind, name, None,
                                            _code(raw["country"]) if raw.get("country") else None,
                                            _sector(raw["sector"]),
                                            definite=bool(raw.get("definite")))))
        entries.extend((name, Entry(EntryKind.TITLE, name, None, None, sector))
                       for name, sector in _portfolio_titles(_load_data("actor_titles"))
                       if name not in titled)
        rules_data = _load_data("actor_rules")
        quantifiers = frozenset(w.casefold() for w in rules_data["quantifiers"])
        # roles held for someone else: the known name after them is the one served
        serving = frozenset(w.casefold() for w in rules_data["serving_roles"])
        for raw in _load("actor_collectives", "entries"):
            # institutions, groups and role nouns all take a country as an institution
            # does ('cảnh sát Pháp', 'người biểu tình Thái Lan'), or their own (Vietnam's)
            country = _code(raw["country"]) if raw["country"] else None
            holder = raw["kind"] == "person_role" and country is not None
            for name in raw["names"]:
                # not a count of them ('các công an', 'nhiều công an')
                counted = name.split()[0].casefold() in quantifiers
                entries.append((name, Entry(EntryKind.BODY, name, None, country,
                                            _sector(raw["sector"]),
                                            holder=holder and not counted,
                                            role=raw["kind"] == "person_role" and not counted
                                            and name.casefold() not in serving)))
        for raw in _load("actor_people", "people"):
            offices = tuple(Office(o["title"], _sector(o["sector"]), date.fromisoformat(o["start"]),
                                   date.fromisoformat(o["end"]) if o["end"] else None,
                                   _code(o["country"]) if o.get("country") else None)
                            for o in raw["offices"])
            person = Entry(EntryKind.PERSON, raw["name"], f"person:{raw['id']}",
                           _code(raw["country"]),
                           offices[-1].sector, False, offices)
            for name in (raw["name"], *raw["aliases"]):
                entries.append((name, person))
        entries.extend(_place_entries())
        names = load_json_resource("vietnamese_names.json", "vietnamese_names", NAMES_VERSION)
        as_of = date.fromisoformat(_load_data("actor_people")["as_of"])
        for rule_kind, key in ((EntryKind.BLOCKED, "blocked"), (EntryKind.GROUP, "groups"),
                               (EntryKind.THIS_COUNTRY, "this_country"),
                               (EntryKind.THIS_ORGANIZATION, "this_organization"),
                               (EntryKind.COUNTERPART, "counterparts")):
            entries.extend((name, Entry(rule_kind, name)) for name in rules_data[key])
        referring_bodies = {" ".join(phrase_keys(phrase)): frozenset(map(_sector, raw["sectors"]))
                            for raw in rules_data["referring_bodies"] for phrase in raw["phrases"]}
        entries.extend((phrase, Entry(EntryKind.THIS_BODY, phrase)) for phrase in referring_bodies)
        rules = ActorRules(
            locatives=frozenset(w.casefold() for w in rules_data["locatives"]),
            honorifics=frozenset(w.casefold() for w in rules_data["honorifics"]),
            context_before=frozenset(w.casefold() for w in rules_data["context_before"]),
            name_particles=frozenset(w.casefold() for w in rules_data["name_particles"]),
            group_roles={k.casefold(): _sector(v) for k, v in rules_data["group_roles"].items()},
            coordinators=frozenset(rules_data["coordinators"]),
            quantifiers=quantifiers,
            modifier_words=frozenset(w.casefold() for w in rules_data["modifier_words"]),
            not_holders=frozenset(w.casefold() for w in rules_data["not_holders"]),
            person_nouns=frozenset(w.casefold() for w in rules_data["person_nouns"]),
            home_units=frozenset(w.casefold() for w in rules_data["home_units"]),
            neighbours=frozenset(w.casefold() for w in rules_data["neighbours"]),
            missions=frozenset(w.casefold() for w in rules_data["missions"]),
            nationality_links=frozenset(w.casefold() for w in rules_data["nationality_links"]),
            residence_links=frozenset(w.casefold() for w in rules_data["residence_links"]),
            honorific_nouns=frozenset(w.casefold() for w in rules_data["honorific_nouns"]),
            home_honorifics=frozenset(w.casefold() for w in rules_data["home_honorifics"]),
            not_given_names=frozenset(w.casefold() for w in rules_data["not_given_names"]),
            nationality_givers=frozenset(w.casefold() for w in rules_data["nationality_givers"]),
            foreign_markers=frozenset(w.casefold() for w in rules_data["foreign_markers"]),
            weak_context=frozenset(w.casefold() for w in rules_data["weak_context"]),
            demonstratives=frozenset(w.casefold() for w in rules_data["demonstratives"]),
            apposed_roles=frozenset(w.casefold() for w in rules_data["apposed_roles"]),
            member_links=frozenset(w.casefold() for w in rules_data["member_links"]),
            apposition_openers=frozenset(rules_data["apposition_openers"]),
            name_links=frozenset(rules_data["name_links"]),
            apposition_owners=frozenset(rules_data["apposition_owners"]),
            apposition_ends=frozenset(rules_data["apposition_ends"]),
            leanings=frozenset(rules_data["leanings"]),
            former_markers=frozenset(w.casefold() for w in rules_data["former_markers"]),
            deputy_markers=frozenset(w.casefold() for w in rules_data["deputy_markers"]),
            office_units=frozenset(w.casefold() for w in rules_data["office_units"]),
            longest_office_unit=max(len(w.split()) for w in rules_data["office_units"]),
            not_former=frozenset(w.casefold() for w in rules_data["not_former"]),
            bracket_nationalities=frozenset(w.casefold()
                                            for w in rules_data["bracket_nationalities"]),
            longest_bracket_nationality=max(len(w.split())
                                            for w in rules_data["bracket_nationalities"]),
            name_affixes=frozenset(rules_data["name_affixes"]),
            function_words=load_word_list("vietnamese_function_words.txt",
                                          "vietnamese_function_words", 1),
            family_names=frozenset(names["family_names"]),
            place_words=frozenset(names["place_words"]),
            family_name_first=frozenset(_code(c) for c in rules_data["family_name_first"]),
            referring_bodies=referring_bodies,
            self_referrers=frozenset(" ".join(phrase_keys(w))
                                     for w in rules_data["self_referrers"]),
            clause_auxiliaries=frozenset(" ".join(phrase_keys(w))
                                         for w in rules_data["clause_auxiliaries"]),
        )
    except (KeyError, TypeError, ValueError) as exc:
        raise ResourceError(f"actor resources: {exc}") from exc
    return Gazetteer(entries, rules, as_of)


def _place_entries() -> Iterator[tuple[str, Entry]]:
    """Vietnam's provinces (the 63 until 30 June 2025, the 34 after, and the earlier ones),
    the world's capitals and big cities, and the foreign regions news names. Loaded after
    the countries' capitals, so a capital keeps its entry (a capital may act for its
    government: 'Washington'). A city's 'ambiguous_names' (also people or words: 'Van',
    'Kennedy') are not matched at all, since no context rule takes them yet; a name in both
    province lists gives the unit of the 63 (an event's location only needs the place and
    its country)."""
    data = load_json_resource("places.json", "places", PLACES_VERSION)
    for key in ("vietnam_provinces_until_2025_06_30", "vietnam_provinces_from_2025_07_01",
                "vietnam_provinces_former"):
        for raw in data[key]:
            entry = Entry(EntryKind.PLACE, raw["names"][0], f"place:vn-{raw['id']}", "VNM")
            yield from ((name, entry) for name in raw["names"])
    biggest: dict[str, int] = {}
    for raw in data["cities"]:
        for name in raw["names"]:
            biggest[name] = max(biggest.get(name, 0), int(raw.get("population") or 0))
    for raw in data["cities"]:
        skipped = set(raw.get("ambiguous_names", ()))
        entry = Entry(EntryKind.PLACE, raw["names"][0], f"place:{raw['id']}",
                      _code(raw["country"]))
        # a name two cities share is the bigger one's (Barcelona in Spain, not Venezuela)
        yield from ((name, entry) for name in raw["names"] if name not in skipped and (
            not raw.get("ambiguous") or int(raw.get("population") or 0) >= biggest[name]))
    yield from _region_entries(data["regions"])


def _region_entries(regions: Iterable[Mapping[str, Any]]) -> Iterator[tuple[str, Entry]]:
    """Foreign regions Vietnamese news names without a city ('tỉnh Narathiwat', 'Tây
    Tạng', 'bang Texas'): places of their country, as a city is; the phrases that hold a
    region's name and are something else ('chè Tân Cương') are blocked, so no place is
    coded there."""
    for raw in regions:
        entry = Entry(EntryKind.PLACE, raw["names"][0], f"place:region-{raw['id']}",
                      _code(raw["country"]))
        yield from ((name, entry) for name in raw["names"])
        yield from ((phrase, Entry(EntryKind.BLOCKED, phrase))
                    for phrase in raw.get("blocked", ()))


def _portfolio_titles(data: Mapping[str, Any]) -> Iterator[tuple[str, str]]:
    """(title, sector) of every holder before every portfolio ('Bộ trưởng Y tế', 'thứ trưởng
    y tế'): the press writes a minister's title as the ministry's name after the holder, so a
    list of each is all the file needs; a title opening a sentence or not, its portfolio
    capitalized or not."""
    spec = data["portfolio_titles"]
    for group in spec["portfolios"]:
        sector = _sector(group["sector"])
        for holder in spec["holders"]:
            for portfolio in group["names"]:
                for title in {f"{holder} {portfolio}", f"{holder} {portfolio.lower()}"}:
                    yield title, sector
                    yield title[0].lower() + title[1:], sector


def _load(name: str, key: str) -> list[Mapping[str, Any]]:
    items = _load_data(name)[key]
    if not isinstance(items, list):
        raise ResourceError(f"{name}.json: {key} must be a list")
    return items


def _load_data(name: str) -> Mapping[str, Any]:
    return load_json_resource(f"{name}.json", name, VERSIONS[name])


def _code(code: str) -> str:
    if not (len(code) == 3 and code.isupper()):
        raise ResourceError(f"country code {code!r} is not ISO 3166 alpha-3 or a non-state code")
    return code


def _sector(sector: str) -> str:
    if sector not in SECTORS:
        raise ResourceError(f"unknown sector {sector!r}")
    return sector
