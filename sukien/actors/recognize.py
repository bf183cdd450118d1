"""Find actor mentions in an article: gazetteer names (longest match over tokens),
'title (+ institution/country) + Name' for people not in the gazetteer, and the
references that need the rest of the article (coreference, 'hai bên', 'nước này',
'người đồng cấp X'), resolved in reading order.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Callable
from datetime import date
from typing import NamedTuple

from sukien.actors.gazetteer import FORMER_HOLDER, NON_STATE, Entry, EntryKind, Gazetteer, Variant
from sukien.model import HOME_COUNTRY, ActorMention, ActorRole, MentionVia
from sukien.text import Words, words
from sukien.text.boundaries import WordBoundaries
from sukien.text.sentences import CLAUSE_BREAKS, clause_breaks, name_goes_on
from sukien.text.tones import one_spelling

# titles and institutions an apposition may chain before it names a country ('Đặc phái
# viên của Tổng thống Mỹ')
_APPOSITION_REACH = 3
# words at most between a civilian noun and the demonstrative that refers it back ('viên
# kỹ sư viễn thông này')
_DEMONSTRATIVE_REACH = 3
# the most words a gazetteer match spans ('Chủ tịch Hội đồng Tham mưu trưởng liên quân Mỹ')
_MATCH_SPAN = 12

# where a name in Sino-Vietnamese syllables ('Hồ Cẩm Đào') is not Vietnamese
SINO_VIETNAMESE_NAMES = frozenset({"CHN", "TWN"})
# the syllables of a given name an honorific names a person by alone ('chị Thanh Tuyền')
_GIVEN_NAME_WORDS = 2

# entry kinds, by what they do next to a name or a title
_STATES = frozenset({EntryKind.COUNTRY, EntryKind.CAPITAL})
_PLACES = _STATES | {EntryKind.PLACE}
_NAMED_SIDES = _STATES | {EntryKind.ORGANIZATION}
_OWNERS = _NAMED_SIDES | {EntryKind.BODY, EntryKind.PLACE}
_OFFICES = frozenset({EntryKind.TITLE, EntryKind.BODY})
_INSTITUTIONS = frozenset({EntryKind.BODY, EntryKind.ORGANIZATION})
# the word that names a title's owner after it ('Bộ trưởng Quốc phòng của Israel …')
_OWNER_WORD = "của"
# the most words that may describe a title's holder before 'của' ('mới nhậm chức')
_OWNER_WORD_REACH = 4
# the sectors of private people: they share a nationality named near them ('Một công dân Nga
# thiệt mạng, 2 người bị bắt cóc'), the state's bodies and armed groups do not
_PRIVATE = frozenset({"CVL", "MED", "EDU", "BUS", "REL", "LAB", "REF", "NGO"})
# how far after an apposition's role the institution it holds may be named
_ROLE_REACH = 8
# the sectors of a government and its civil bodies, whose country armed groups confront
_STATE_BODIES = frozenset({"GOV", "LEG", "JUD"})
# the sectors whose one member a role names with the context's country ('phát ngôn viên
# Richard Boucher', 'tên khủng bố Shamil Basayev'): a state's office holders at home, and
# armed groups, coded by the country of their conflict; not soldiers or reporters, who are
# as often abroad ('binh sĩ Lynndie England', 'nhà báo Giuliana Sgrena' in Iraq)
_CONTEXT_ROLES = _STATE_BODIES | {"COP", "REB"}
# the sector of civilians, who take an army's country only when nothing else is named
_CIVILIANS = frozenset({"CVL"})
# the sectors of a state's office holders, whose title 'của' a country names alone ('Đại sứ
# của Mỹ'); not a person's or a leader's ('đầu người của Việt Nam', 'thủ lĩnh của Mỹ')
_STATE_OFFICES = _STATE_BODIES | {"MIL", "COP", "SPY"}
# sectors as often abroad as at home: a place after them is not their country
_ABROAD = frozenset({"MIL", "MED"})
# the nouns of a place's own police and people, which a mission abroad there does not make
# its owner's ('Cảnh sát và người biểu tình … bên ngoài đại sứ quán Đan Mạch ở Afghanistan')
_LOCAL = frozenset({"COP", "CVL"})
# the words that may join a noun to the mission it belongs to or stands at
_MISSION_LINKS = frozenset({"của", "tại", "thuộc"})
# the sectors of bodies whose own name follows them and their country ('Công ty Nhật Việt
# Thiên Nhiên', 'công ty dầu mỏ Nga Yukos'): no person's name after them
_NAMED_AFTER = frozenset({"BUS"})
# words at most between a Vietnamese office and its holder's name: its unit and place
_HOLDER_REACH = 6
# the longest phrase of ``neighbours`` in words ('gần biên giới với')
_NEIGHBOUR_WORDS = 4
# words after a title within which 'của' names its owner ('chỉ huy cấp cao của …')
_OWNER_REACH = 3
# syllables of trade between a company noun and the country closing its phrase ('các công ty
# sản xuất hóa chất Mỹ')
_TRADE_REACH = 5
# characters before a dot within which the name it may end an initial of is looked for
_INITIAL_LOOKBACK = 64
# sentences before a group ('hai bên') where the two sides it stands for may be named
_PAIR_SENTENCES = 2
# sentences before 'nhóm này', 'cơ quan này' where the institution it means may be named
_REFERRING_SENTENCES = 2
# the longest phrase of a context word list ('tổng lãnh sự quán', 'cơ quan ngoại giao')
_PHRASE_WORDS = 4
# how mentions of institutions are made: not titles, names or groups
_INSTITUTION_VIAS = frozenset({MentionVia.GAZETTEER, MentionVia.CONTEXT, MentionVia.METONYM,
                               MentionVia.COREFERENCE})
# what ends a sentence or a line between two words of a title ('vua Jordan.\nTổng thống')
_SENTENCE_ENDS = (".", "!", "?", ";", "\n")
_NAMING_CONTEXT = _OFFICES | _NAMED_SIDES
# the sector of news agencies and papers
_MEDIA = "MED"

# candidate names open on an upper-case letter of the Basic Multilingual Plane
_LAST_OF_BMP = "\uffff"
# words within which a sentence's end is looked for after a name's first word: longer than
# the longest name of the gazetteer
_NAME_REACH = 32


# Vietnamese personal names that make an article naming a foreign country once home news
_HOME_NAMES = 3
# a clock time written as one word: '11h30', '9h', '23g15'
_CLOCK = re.compile(r"\d{1,2}[hg]\d{0,2}")
# an acronym a text defines in brackets after the phrase it stands for ('Cơ quan Kiểm toán
# và Thanh tra Hàn Quốc (BAI)', 'người lao động (NLĐ)')
_BRACKETED_ACRONYM = re.compile(r"\(\s*([A-ZĐ][A-ZĐ0-9]{1,9})\)")
# one Vietnamese syllable written without diacritics ('Lan', 'Minh', 'Thanh'): onset,
# vowels, coda; a foreign name of one word ('Kulov', 'Sirikit', 'Bush') is not one
_PLAIN_SYLLABLE = re.compile(
    r"(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdghklmnprstvx])?"
    r"[aeiouy]{1,3}(?:ng|nh|ch|[cmnpt])?", re.IGNORECASE)
# Vietnamese letters with a diacritic: a name holding one is Vietnamese
_VIETNAMESE_LETTERS = frozenset("ăâđêôơưàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợ"
                                "ùúủũụừứửữựỳýỷỹỵ")


class _Token(NamedTuple):
    """One word; a named tuple, as ``_Reader`` makes one for every look at a word and a
    frozen dataclass costs several times as much to build."""

    start: int
    end: int
    text: str
    key: str

    @property
    def capitalized(self) -> bool:
        return self.text[0].isupper()


def _initial(word: str) -> str:
    """A name's first letter without its diacritics ('Ê' is 'e')."""
    return unicodedata.normalize("NFD", word[:1].casefold())[:1]


def _without_vietnamese_words(earlier: list[str]) -> list[str]:
    """Given names read outward from a surname, but the plain Vietnamese syllables that open
    the run ('Theo Laura Bush': 'Laura')."""
    given = list(earlier)
    while given and _PLAIN_SYLLABLE.fullmatch(given[-1]):
        given.pop()
    return given


class _Match(NamedTuple):
    """A gazetteer name over words first..last; a named tuple with the variant's entry
    kept beside it, as every step asks for both."""

    first: int
    last: int
    variant: Variant
    entry: Entry


class ActorRecognizer:
    def __init__(self, gazetteer: Gazetteer, boundaries: WordBoundaries) -> None:
        self.gazetteer = gazetteer
        self.boundaries = boundaries

    def mentions(self, text: str, on: date | None = None,
                 tokens_of_text: Words | None = None,
                 line_at: Callable[[int], int | None] | None = None,
                 title: str | None = None) -> list[ActorMention]:
        """``line_at``: the page line of an offset, for mentions made with their line.
        ``title``: the article's headline, read first for the nationalities it gives kinds
        of people ('Israel đồng ý thả 170 tù nhân Palestine'); its mentions are not
        returned, as it is no part of ``text``."""
        kinds = self._reader(title, on).kinds_named() if title else {}
        tokens = _Tokens(words(text) if tokens_of_text is None else tokens_of_text)
        return self._reader(text, on, tokens, line_at, kinds).read()

    def _reader(self, text: str, on: date | None, tokens: _Tokens | None = None,
                line_at: Callable[[int], int | None] | None = None,
                kinds: dict[str, str] | None = None) -> _Reader:
        if tokens is None:
            tokens = _Tokens(words(text))
        return _Reader(self.gazetteer, self.boundaries, text, tokens,
                       self._matches(tokens.words), on, line_at, kinds)

    def _in_home_place(self, tokens: Words, first: int, last: int) -> bool:
        """Whether a country name over words first..last is a syllable of a Vietnamese
        place name: after an administrative unit or a street, before the capitalised rest
        of the name ('huyện Đức Trọng', 'phường Mỹ Phước', 'xã Nga Thắng')."""
        keys = tokens.keys
        if last + 1 >= len(keys) or not tokens.text[tokens.starts[last + 1]].isupper():
            return False
        if tokens.text[tokens.ends[last]:tokens.starts[last + 1]].strip():
            return False  # 'ở phố Pháp. Tại …': the name ends with its sentence
        return _after_phrase(keys, first, self.gazetteer.rules.home_units)

    def _in_vietnamese_name(self, tokens: Words, first: int, last: int,
                            before: _Match | None) -> bool:
        """Whether a one-syllable country name ('Mỹ', 'Nga', 'Đức') is a syllable of a
        Vietnamese proper name rather than the country: a person's after an honorific
        ('ông Đức'), or the first syllable of a place's or a firm's name ('khách sạn Mỹ
        Yên', 'chợ Mỹ Hưng'). Never after an office or a public body, which it is the
        country of ('Thủ tướng Lào Bua-xỏn', 'Lực lượng Mỹ Thứ hai'); after a private one
        ('Trường THCS Mỹ Hưng', 'khách sạn', 'công ty') it may be either.
        ``before``: the gazetteer match that ends right before it, if any."""
        if first != last or _foreign_word(tokens.text[tokens.starts[first]:tokens.ends[first]]):
            return False
        if before is not None and before.entry.kind in _OFFICES and (
                before.entry.sector not in _PRIVATE):
            return False
        return self._after_honorific(tokens, first) or self._opens_vietnamese_name(tokens, last)

    def _after_honorific(self, tokens: Words, at: int) -> bool:
        """Whether word ``at`` follows an honorific that is not a syllable of a noun ('ông
        Đức', 'phu nhân Mỹ'; not 'người đàn ông Mỹ', 'cụ bà Pháp')."""
        rules, keys = self.gazetteer.rules, tokens.keys
        if at == 0 or tokens.text[tokens.ends[at - 1]:tokens.starts[at]] != " ":
            return False
        return (_after_phrase(keys, at, rules.honorifics)
                and not _after_phrase(keys, at, rules.honorific_nouns))

    def _opens_vietnamese_name(self, tokens: Words, last: int) -> bool:
        """Whether the word after ``last`` goes on a Vietnamese name: a capitalised
        Vietnamese syllable, one space on, that is no function word and opens no other name,
        nor a transliteration ('Tô-ni Blơ'), a foreign name ('Mỹ Tom Daschle') or a
        Vietnamese person's full name ('Mỹ Lê Văn Bảy')."""
        after, keys, text = last + 1, tokens.keys, tokens.text
        if after >= len(keys) or not self._spaced_capital(tokens, after):
            return False
        written = text[tokens.starts[after]:tokens.ends[after]]
        rules = self.gazetteer.rules
        if (written.isupper() or _foreign_word(written) or keys[after] in rules.function_words
                or text[tokens.ends[after]:tokens.ends[after] + 1] == "-"):
            return False
        if self.gazetteer.longest(keys, written, after, len(keys)) is not None:
            return False
        following = after + 1
        if following < len(keys) and self._spaced_capital(tokens, following):
            # 'Mỹ Tom Daschle' is an American, 'Mỹ Lê Văn Bảy' one with a Vietnamese name
            return not (keys[after] in rules.family_names or _foreign_word(
                text[tokens.starts[following]:tokens.ends[following]]))
        return True

    @staticmethod
    def _spaced_capital(tokens: Words, at: int) -> bool:
        """Whether word ``at`` is capitalised and one space from the word before it."""
        return (tokens.text[tokens.starts[at]].isupper()
                and tokens.text[tokens.ends[at - 1]:tokens.starts[at]] == " ")

    def _matches(self, tokens: Words) -> dict[int, _Match]:
        """Longest gazetteer match at each token where one starts, left to right; never a
        part of a word ('Mỹ' in 'Mỹ phẩm', 'Đức' in 'Đức tin'), nor a name read across
        two words ('sát thủ' in 'ám sát thủ lĩnh')."""
        keys = tokens.keys
        found: dict[int, _Match] = {}
        before: _Match | None = None
        free = 0
        breaks = _break_words(tokens)
        for index in self.gazetteer.start_indices(keys):
            if index < free:
                continue
            start = tokens.starts[index]
            # 'ở Anh. Cảnh sát …' holds no 'anh cảnh sát': a name ends with its sentence
            hit = self.gazetteer.longest(keys, tokens.text[start:tokens.ends[index]], index,
                                         _sentence_end(tokens, breaks, index))
            if hit is None:
                continue
            length, variant = hit
            if self.boundaries.splits_word(tokens, index, index + length - 1):
                continue
            if length > 1 and self.boundaries.cut_both_ways(tokens, index, index + length - 1):
                # 'ám sát thủ lĩnh', 'ám sát Thủ tướng': no 'sát thủ' (an assassin), the
                # name read across two words of the list, as with triggers
                continue
            if variant.entry.kind == EntryKind.COUNTRY and (
                    self._in_home_place(tokens, index, index + length - 1)
                    or self._in_vietnamese_name(tokens, index, index + length - 1,
                                                before if before is not None
                                                and before.last == index - 1 else None)):
                continue
            found[index] = before = _Match(index, index + length - 1, variant, variant.entry)
            free = index + length
        return found


def _break_words(tokens: Words) -> list[int]:
    """The words a clause break stands right before (or opens), in order: found once per
    text, not once per name looked up."""
    starts, text = tokens.starts, tokens.text
    # 'George W. Bush', 'Gen. Pervez Musharraf': one name, no sentence end, as the sentence
    # splitter reads them
    return sorted({bisect_left(starts, at) for at in clause_breaks(text)
                   if not name_goes_on(text, at, max(0, at - _INITIAL_LOOKBACK))})


def _sentence_end(tokens: Words, breaks: list[int], first: int) -> int:
    """The first word after ``first`` that opens a sentence (``breaks``: those words),
    looked for as far as a name reaches."""
    at = bisect_right(breaks, first)
    if at < len(breaks) and breaks[at] < min(len(tokens.keys), first + _NAME_REACH):
        return breaks[at]
    return len(tokens.keys)


class _Tokens:
    """Token views made on demand: most words are only ever looked at as keys."""

    def __init__(self, tokens: Words) -> None:
        self.words = tokens
        self._sentence_starts: list[int] | None = None

    def __len__(self) -> int:
        return len(self.words)

    def sentence_of(self, index: int) -> tuple[int, int]:
        """The first token of the sentence holding ``index`` and the first after it; the
        sentence starts are found once per text, when first asked for."""
        if self._sentence_starts is None:
            # the first word after each break character opens a sentence
            starts, text = self.words.starts, self.words.text
            self._sentence_starts = sorted({0, *(
                bisect_left(starts, at) for at in clause_breaks(text))})
        starts = self._sentence_starts
        at = bisect_right(starts, index) - 1
        return starts[at], starts[at + 1] if at + 1 < len(starts) else len(self.words)

    def __getitem__(self, index: int) -> _Token:
        w = self.words
        start = w.starts[index]
        return _Token(start, w.ends[index], w.text[start:w.ends[index]], w.keys[index])

    def starts_sentence(self, index: int) -> bool:
        if index == 0:
            return True
        w = self.words
        # the gap and the next word's first character, which tells '1.000' from 'Mỹ. Ông';
        # an initial's dot ends no sentence ('Joseph A. Mussomeli')
        return any(not name_goes_on(w.text, found.start(),
                                    max(0, found.start() - _INITIAL_LOOKBACK))
                   for found in CLAUSE_BREAKS.finditer(w.text, w.ends[index - 1],
                                                       w.starts[index] + 1))

    def text(self, index: int) -> str:
        return self.words.text[self.words.starts[index]:self.words.ends[index]]

    def capitalized(self, index: int) -> bool:
        return self.words.text[self.words.starts[index]].isupper()

    def capitalized_indices(self) -> list[int]:
        """The words whose first letter is an upper-case letter of the Basic Multilingual
        Plane, looked at word by word (a regular expression over the whole text cost
        more); an upper-case character that starts no word ('Ⓐ') is no candidate."""
        text = self.words.text
        return [index for index, start in enumerate(self.words.starts)
                if (first := text[start]).isupper() and first <= _LAST_OF_BMP]


class _Reader:
    """One pass over an article's tokens; holds the article's mentions so far."""

    def __init__(self, gazetteer: Gazetteer, boundaries: WordBoundaries, text: str,
                 tokens: _Tokens, matches: dict[int, _Match], on: date | None,
                 line_at: Callable[[int], int | None] | None = None,
                 kinds: dict[str, str] | None = None) -> None:
        self.g = gazetteer
        self.line_at = line_at
        self.boundaries = boundaries
        self.text = text
        self.tokens = tokens
        self.matches = matches
        self.on = on
        self.out: list[ActorMention] = []
        # what later references look back to, kept as the mentions are made so that a
        # long page costs time in proportion to its length
        self._people: dict[str, ActorMention] = {}
        # people of a family-name-first country by their family name ('Hồ' of 'Hồ Cẩm
        # Đào'), referred to only after an honorific or a title ('ông Hồ', 'Thủ tướng Ôn')
        self._families: dict[str, ActorMention] = {}
        # and by the last syllable, after an honorific or a title, where nothing else
        # matches ('bà Lu' for Annette Lu)
        self._given_last: dict[str, ActorMention] = {}
        # the nationality the text gave a kind of person ('170 tù nhân Palestine': the
        # rules' person nouns), by the noun without its quantifier: what 'các tù nhân'
        # later in it are
        self._kinds: dict[str, str] = dict(kinds or {})
        self._countries: Counter[str] = Counter()
        self._last_country: str | None = None
        self._acting: list[tuple[int, str]] = []  # (first word, country) of acting mentions
        self._last_person: ActorMention | None = None
        self._last_organization: ActorMention | None = None
        # by whether missions abroad count (``_article_countries``)
        self._named_countries: dict[bool, Counter[str]] = {}
        self._lands: Counter[str] | None = None
        self._starts: list[int] | None = None
        self._given_names: frozenset[str] | None = None
        self._personal_names: list[tuple[int, int]] | None = None
        # acronyms the text defined, by what they stand for: a mention, or None for a
        # phrase that is no side ('người lao động (NLĐ)' is not the newspaper NLĐ)
        self._acronyms: dict[str, ActorMention | None] = {}
        self._bracketed = self._bracketed_acronyms()

    def read(self) -> list[ActorMention]:
        index = 0
        for candidate in self._candidates():
            if candidate >= index:
                index = self._step(candidate)
        # in the text's order: an envoy's posting is read before the title holding it
        return sorted(self.out, key=lambda mention: mention.start)

    def kinds_named(self) -> dict[str, str]:
        """The nationalities the text gives kinds of private people, read to its end."""
        self.read()
        return self._kinds

    def _candidates(self) -> list[int]:
        """The tokens ``_step`` does something with, in order: gazetteer matches,
        honorifics and capitalized words; stepping over every other token one at a time
        cost more than all the rest of the stage."""
        keys = self.tokens.words.keys
        honorifics = self.g.rules.honorifics
        found = set(self.matches)
        found.update(i for i, key in enumerate(keys) if key in honorifics)
        found.update(self.tokens.capitalized_indices())
        return sorted(found)

    def _step(self, i: int) -> int:
        match = self.matches.get(i)
        if i in self._bracketed and self._defines(i, self._bracketed[i]):
            return match.last + 1 if match is not None else i + 1
        if self._acronyms and (written := self.tokens.text(i)) in self._acronyms:
            return self._acronym_used(i, written, match)
        if match is None:
            if self.tokens.words.keys[i] in self.g.rules.honorifics:
                return self._honorific(i)
            if not self.tokens.capitalized(i):
                return i + 1
            if (referent := self._people.get(self.tokens.text(i))) is not None:
                # 'Austin' alone, after 'Bộ trưởng Quốc phòng Mỹ Austin' earlier on
                self._emit(i, i, referent.country, referent.sector, referent.name,
                           referent.entity_id, ActorRole.ACTOR, MentionVia.COREFERENCE)
                return i + 1
            if (end := self._named_with_nationality(i)) is not None:
                return end + 1
            if (end := self._named_after_role(i)) is not None:
                return end + 1
            return self._vietnamese_name(i)
        kind = match.entry.kind
        if kind == EntryKind.TITLE:
            return self._titled_person(match)
        if kind == EntryKind.BODY:
            return self._body(match)
        if kind in _NAMED_SIDES:
            self._named(match)
        elif kind == EntryKind.PERSON:
            self._person(match, match, match.entry, None)
        elif kind == EntryKind.GROUP and not self._group(match):
            # 'hai ngoại trưởng Mỹ và …': read on from the title after 'hai'
            return self._step(match.first + 1) if self._rematch(match.first + 1) else (
                match.last + 1)
        elif kind == EntryKind.THIS_COUNTRY:
            self._this_country(match)
        elif kind == EntryKind.THIS_ORGANIZATION:
            self._this_organization(match)
        elif kind == EntryKind.THIS_BODY:
            if not self._this_body(match) and self._rematch(match.first, match.last):
                # 'Tòa án này' with no court named before: the court of the context
                return self._step(match.first)
        elif kind == EntryKind.COUNTERPART:
            return self._counterpart(match)
        elif kind == EntryKind.PLACE:
            self._located(match)
        return match.last + 1

    # -- acronyms -----------------------------------------------------------------------

    def _bracketed_acronyms(self) -> dict[int, str]:
        """The words that stand alone in brackets as an acronym after a phrase ('Thanh tra
        Hàn Quốc (BAI)'), by index: what they define is read as the text is."""
        words = self.tokens.words
        found: dict[int, str] = {}
        for bracketed in _BRACKETED_ACRONYM.finditer(self.text):
            at = bisect_left(words.starts, bracketed.start(1))
            if (0 < at < len(words.starts) and words.starts[at] == bracketed.start(1)
                    and words.ends[at] == bracketed.end(1)):
                found[at] = bracketed.group(1)
        return found

    def _defines(self, i: int, acronym: str) -> bool:
        """Records what a bracketed acronym stands for, where the gazetteer does not know
        it: the named side right before it ('Thanh tra Hàn Quốc (BAI)', 'Bộ Công an
        (C17B)'). One the gazetteer knows keeps its reading ('Quốc hội (QH)', 'cảnh sát
        giao thông (CSGT)' and their countries after them), unless it spells the initials
        of another kind of side ('người lao động (NLĐ)': the workers, no newspaper). A
        second definition replaces the first. Whether the acronym's own word is passed
        over: it only repeats what stands before it."""
        before = self.out[-1] if self.out else None
        if before is not None and before.end != self.tokens.words.ends[i - 1]:
            before = None
        known = self.matches.get(i)
        if known is not None:
            if (before is not None and before.sector != known.entry.sector
                    and self._spells_initials(i, acronym)):
                self._acronyms[acronym] = _named_side(before)
                return True
            self._acronyms.pop(acronym, None)
            return False
        side = _named_side(before) if before is not None else None
        if side is None:
            self._acronyms.pop(acronym, None)
            return False
        self._acronyms[acronym] = side
        return True

    def _spells_initials(self, i: int, acronym: str) -> bool:
        """Whether the acronym is the first letters of the words right before its bracket
        ('Hội đồng Bảo an (HĐBA)', 'người lao động (NLĐ)')."""
        count = len(acronym)
        if count > i:
            return False
        initials = "".join(self.tokens.text(at)[0] for at in range(i - count, i))
        return initials.upper() == acronym

    def _acronym_used(self, i: int, acronym: str, match: _Match | None) -> int:
        """A defined acronym used again stands for what it was defined as, whatever the
        gazetteer makes of it."""
        referent = self._acronyms[acronym]
        if referent is not None:
            self._emit(i, i, referent.country, referent.sector, referent.name,
                       referent.entity_id, referent.role, MentionVia.COREFERENCE)
        return match.last + 1 if match is not None else i + 1

    # -- names --------------------------------------------------------------------------

    def _named(self, match: _Match) -> None:
        entry = match.entry
        if entry.kind in _PLACES and self._modifier(match):
            return
        if self._inside_personal_name(match) or (entry.ambiguous and (
                not self._in_context(match) or self._a_given_name(match))):
            return
        if (referent := self._person_by_given_name(match)) is not None:
            # 'Nguyễn Thị Quỳnh Nga' … 'Trước đó, Nga "chọi" đã bị … truy nã': she, not Russia
            self._emit(match.first, match.last, referent.country, referent.sector,
                       referent.name, referent.entity_id, ActorRole.ACTOR,
                       MentionVia.COREFERENCE)
            return
        place = (self._after_locative(match.first) or self._bracketed_after_place(match)
                 or self._after_neighbour(match.first))
        if entry.kind == EntryKind.CAPITAL:
            if place:
                self._located(match)
            else:
                self._emit(match.first, match.last, entry.country, "GOV", None, entry.entity_id,
                           ActorRole.ACTOR, MentionVia.METONYM)
            return
        if entry.kind == EntryKind.COUNTRY and self._after_side_word(match.first):
            # 'phía Nga', 'phía Czech': the country's side at the table, its government
            self._emit(match.first - 1, match.last, entry.country, "GOV", None,
                       entry.entity_id, ActorRole.ACTOR, MentionVia.GAZETTEER)
            return
        role = (ActorRole.LOCATION if place and entry.kind == EntryKind.COUNTRY
                else ActorRole.ACTOR)
        name = entry.name if entry.kind == EntryKind.ORGANIZATION else None
        country = entry.country
        if entry.transnational:
            # 'mạng Al-Qaeda … tiến hành 5 vụ đánh bom ở Casablanca' is Morocco's
            country = self._sentence_place(match.first) or self._article_place() or country
        self._emit(match.first, match.last, country, entry.sector, name, entry.entity_id,
                   role, MentionVia.GAZETTEER)

    def _modifier(self, match: _Match) -> bool:
        """A capital or country after a clock or a modifier word ('15 giờ giờ Hà Nội',
        '(11h30 Hà Nội)', 'tiếng Anh', 'bảng Anh'): a time zone, a language, a currency, a
        style; no side and no place of the event."""
        if match.first == 0 or not self._spaced(match.first):
            return False
        if self._after_words(match.first, self.g.rules.modifier_words):
            # not the end of a longer word: 'bản thân Mỹ' (the US itself) acts
            before = match.first - 1
            return not self.boundaries.splits_word(self.tokens.words, before, before)
        return _CLOCK.fullmatch(self.tokens.words.keys[match.first - 1]) is not None

    def _article_place(self) -> str | None:
        """The country the article most names as where things happen ('tại Khobar')."""
        places = Counter(m.entry.country for m in self.matches.values()
                         if self._names_where(m))
        return places.most_common(1)[0][0] if places else None

    def _sentence_place(self, at: int) -> str | None:
        """The country of the place named after 'tại', 'ở', 'khỏi' nearest after word
        ``at`` in its sentence, else nearest before it ('Phát biểu tại Washington, Tổng
        thống Bush cho biết al-Qaeda đang tấn công binh sĩ Mỹ ở Iraq' is Iraq's)."""
        begin, end = self.tokens.sentence_of(at)
        starts = self._match_starts()
        after = starts[bisect_left(starts, at):bisect_left(starts, end)]
        before = starts[bisect_left(starts, begin):bisect_left(starts, at)]
        for index in (*after, *reversed(before)):
            match = self.matches[index]
            if self._names_where(match):
                return match.entry.country
        return None

    def _names_where(self, match: _Match) -> bool:
        """Whether a place is named as where something happens ('tại Khobar', 'ở Jeddah'),
        not as the owner of a mission abroad ('Đại sứ quán Mỹ')."""
        return (self._names_a_place(match) and self._after_locative(match.first)
                and not self._owns_a_mission(match))

    def _owns_a_mission(self, match: _Match) -> bool:
        """Whether a country is named as the owner of a mission abroad ('Đại sứ quán Mỹ'),
        or joined to one that is ('đại sứ quán Mỹ và Israel')."""
        if self._after_words(match.first, self.g.rules.missions):
            return True
        at = match.first
        keys = self.tokens.words.keys
        if at > 1 and keys[at - 1] == "và":
            before = self.matches_ending_at(at - 2)
        elif at > 0 and self._comma_before(at, 1):
            before = self.matches_ending_at(at - 1)
        else:
            return False
        return (before is not None and before.entry.kind in _STATES
                and before.first < match.first and self._owns_a_mission(before))

    def _mission_of(self, last: int, owner: _Match) -> bool:
        """Whether the noun ending at word ``last`` is of the mission right after it, whose
        owner ``owner`` is ('nhân viên sứ quán Mỹ', 'người biểu tình của đại sứ quán …',
        'cảnh sát tại sứ quán Mỹ')."""
        between = self.tokens.words.keys[last + 1:owner.first]
        if between[:1] and between[0] in _MISSION_LINKS:
            between = between[1:]
        return " ".join(between) in self.g.rules.missions

    def _after_side_word(self, first: int) -> bool:
        return first > 0 and self.tokens.words.keys[first - 1] == "phía"

    def _inside_personal_name(self, match: _Match) -> bool:
        """'Thúy Nga', 'Minh Đức', 'Tuấn Anh': a one-word country name after a capitalized
        word that is neither a name we know nor a common word opening a sentence, nor a
        context word ('Phía Czech đòi …' opens on the country's side)."""
        if match.first != match.last or match.first == 0:
            return False
        previous = self.tokens[match.first - 1]
        if (not previous.capitalized or self.tokens.starts_sentence(match.first)
                or not self._spaced(match.first)):
            # 'của Libby, CIA đã cáo buộc …': a comma ends the name before it
            return False
        if previous.key in self.g.rules.context_before:
            return False
        if (before := self.matches_ending_at(match.first - 1)) is not None:
            # 'Anh, Đức': two countries; 'Vũ Đức Anh': 'Đức' is a name's, so is 'Anh'
            return self._inside_personal_name(before)
        return previous.key not in self.g.rules.function_words

    def _person_by_given_name(self, match: _Match) -> ActorMention | None:
        """The Vietnamese person named before whose given name a one-syllable country name
        is ('Nga' after 'Nguyễn Thị Quỳnh Nga'), unless an office or a body stands right
        before it ('Bộ trưởng Ngoại giao Nga' is Russia's)."""
        if match.entry.kind != EntryKind.COUNTRY or match.first != match.last:
            return None
        # the lookup first: most articles name no one so, and it is asked of every place
        written = self.tokens.text(match.first)
        referent = self._people.get(written)
        if (referent is None or referent.country != HOME_COUNTRY or _foreign_word(written)
                or not self._a_given_name(match)):
            return None
        before = self.matches_ending_at(match.first - 1) if match.first else None
        return None if before is not None and before.entry.kind in _OFFICES else referent

    def _a_given_name(self, match: _Match) -> bool:
        """Whether an ambiguous name ends a personal name elsewhere in the article: then
        it is that person's ('Vũ Đức Anh … bị cáo Anh'; 'Trương Văn Như Ý' … 'cha của
        Ý')."""
        if match.first != match.last:
            return False
        if self._given_names is None:
            self._given_names = self._last_names_of_people()
        return self.tokens[match.first].key in self._given_names

    def _last_names_of_people(self) -> frozenset[str]:
        """The last syllables of the article's Vietnamese personal names ('Vũ Đức Anh',
        'Trương Văn Như Ý') and of the names that hold an ambiguous country name."""
        keys = self.tokens.words.keys
        found = {keys[m.first] for m in self.matches.values()
                 if m.entry.ambiguous and self._inside_personal_name(m)}
        return frozenset(found | {keys[last] for _, last in self._vietnamese_names()})

    def _vietnamese_names(self) -> list[tuple[int, int]]:
        """First and last word of each run that reads as a Vietnamese personal name: a
        family name and one to three capitalized syllables ('Nguyễn Gia Thiều')."""
        if self._personal_names is None:
            self._personal_names = [(at, end) for at in range(len(self.tokens))
                                    if (end := self._personal_name_end(at)) is not None]
        return self._personal_names

    def _personal_name_end(self, at: int) -> int | None:
        """The last word of a Vietnamese personal name opening at ``at``: a family name and
        one to three capitalized syllables."""
        if (self.tokens.words.keys[at] not in self.g.rules.family_names
                or at + 1 >= len(self.tokens) or not self.tokens.capitalized(at + 1)):
            return None
        end = self._name_run(at, through_countries=True)
        return end if end is not None and 1 <= end - at <= 3 else None

    def _in_context(self, match: _Match) -> bool:
        """An ambiguous name ('Anh', 'Đức', 'Nga') is a country next to a title, a context
        word or another country, or mid-sentence after a lowercase word; never inside a
        Vietnamese personal name ('Thúy Nga', 'Minh Đức') or opening a sentence alone."""
        return self._named_as_country(match) or not self.tokens.starts_sentence(match.first)

    def _named_as_country(self, match: _Match) -> bool:
        """Whether an ambiguous name is surely the country, as the country of a context
        needs: next to a title, a context word or another country ('nước Ý', 'Thủ tướng
        Ý', 'Anh, Pháp'), or after a word of place ('ở Anh'), not merely mid-sentence
        ('tiếng Anh', 'bị cáo Vũ Đức Anh')."""
        # 'tòa án.\nAnh Tăng Hữu Phong': no context across a line break ('Anh, Pháp' is one)
        before = (self.matches_ending_at(match.first - 1)
                  if self._same_line(match.first) else None)
        if before is not None and before.entry.kind in _NAMING_CONTEXT:
            return True
        after = self.matches.get(match.last + 1)
        if after is not None and after.entry.kind in _PLACES and self._same_line(after.first):
            return True
        if self._joined_to_a_country(match):
            return True
        following = match.last + 1
        if self._after_locative(match.first) and (
                following >= len(self.tokens) or self.tokens.starts_sentence(following)
                or not self.tokens.capitalized(following)):
            # 'những kẻ cực đoan Hồi giáo ở Anh': where things happen; not a place whose
            # name goes on ('tại Đức Hòa', 'ở Nga Sơn')
            return True
        return match.first > 0 and self.tokens[match.first - 1].key in self.g.rules.context_before

    def _joined_to_a_country(self, match: _Match) -> bool:
        """Whether a coordinator ('và', 'cùng', 'với', a dash: ``coordinators``) joins an
        ambiguous name to a country that is surely one ('Anh và Pháp phản đối kế hoạch
        này', 'Anh cùng Mỹ …'): two states, where 'Anh' alone opening a sentence is as often
        'he'."""
        joint = match.last + 1
        country = self.matches.get(joint + 1)
        return (country is not None and country.entry.kind is EntryKind.COUNTRY
                and not country.entry.ambiguous and self._spaced(joint)
                and self._spaced(joint + 1)
                and self.tokens[joint].key in self.g.rules.coordinators)

    def matches_ending_at(self, last: int) -> _Match | None:
        for first in range(last, max(last - _MATCH_SPAN, -1), -1):
            match = self.matches.get(first)
            if match is not None:
                return match if match.last == last else None
        return None

    def _bracketed_after_place(self, match: _Match) -> bool:
        """Whether a country stands in brackets right after a city, telling where the city
        is ('ở Oslo (Na Uy)', 'tại Geneva (Thụy Sĩ)'): a place, as the city is, no side."""
        if match.first == 0:
            return False
        city = self.matches_ending_at(match.first - 1)
        if city is None or city.entry.kind not in (EntryKind.CAPITAL, EntryKind.PLACE):
            return False
        words = self.tokens.words
        return words.text[words.ends[city.last]:words.starts[match.first]].strip() == "("

    def _after_locative(self, first: int) -> bool:
        """A place after 'tại', 'ở', 'tới' …, in its sentence: a sentence ending on one
        ('… trong vòng 48 giờ tới. Nhật đã bác bỏ yêu cầu này') names no place after it."""
        return self._right_after_words(first, self.g.rules.locatives)

    def _after_words(self, first: int, words: frozenset[str]) -> bool:
        """Whether the one to four words right before ``first`` are one of ``words``."""
        return _after_phrase(self.tokens.words.keys, first, words)

    def _right_after_words(self, first: int, words: frozenset[str]) -> bool:
        """``_after_words`` with only a space between: a sentence or clause break parts
        them ('Vụ nổ xảy ra lúc 9 giờ. Mỹ lên án …' names the United States)."""
        return first > 0 and self._spaced(first) and self._after_words(first, words)

    def _followed_by(self, last: int, words: frozenset[str]) -> bool:
        """Whether a phrase of ``words`` (of one or two words) starts right after word
        ``last``."""
        keys = self.tokens.words.keys
        return any(" ".join(keys[last + 1:last + 1 + width]) in words
                   for width in (1, 2) if last + width < len(keys))

    def _hyphened(self, first: int) -> bool:
        """Whether a hyphen alone joins word ``first`` to the one before."""
        words = self.tokens.words
        return words.text[words.ends[first - 1]:words.starts[first]] == "-"

    def _same_line(self, first: int) -> bool:
        """Whether word ``first`` and the one before stand on one line."""
        words = self.tokens.words
        return "\n" not in words.text[words.ends[first - 1]:words.starts[first]]

    def _spaced(self, first: int) -> bool:
        """Whether only white space stands between word ``first`` and the one before, on one
        line: a line break ends a title or a paragraph."""
        words = self.tokens.words
        between = words.text[words.ends[first - 1]:words.starts[first]]
        return between.isspace() and "\n" not in between

    # -- people ---------------------------------------------------------------------------

    def _titled_person(self, title: _Match) -> int:
        """'Bộ trưởng Quốc phòng Nga Andrei Belousov', 'Chủ tịch Hội đồng … Mỹ, Tướng Charles
        Brown', 'Thiếu tướng Patrick S. Ryder', 'Tổng thống Nga' (a title-holder, no name);
        a title held for one state only is that state's ('Giáo hoàng'), where it names its
        holder, not the office ('bầu giáo hoàng mới')."""
        country: str | None = (None if self._after_words(title.first, self.g.rules.not_holders)
                               else title.entry.country)
        sector = title.entry.sector
        # 'Tư lệnh lực lượng an ninh', 'Chánh án Tòa án tối cao': the institution the
        # holder heads gives the sector, whatever the rank
        owner_sector: str | None = None
        titles = [title]
        at = title.last + 1
        while at < len(self.tokens) and not self._sentence_ends_before(at):
            # a title ends with its sentence: 'vua Jordan.' then 'Tổng thống Mỹ …' are two
            nxt = self.matches.get(at)
            if (titles[-1].last == at - 1 and country is None
                    and (place := self._unit_place(at)) is not None):
                # 'Thống đốc tỉnh Nineveh', 'Thống đốc bang Florida': the holder of the
                # place past its administrative unit
                country = place.entry.country
                at = place.last + 1
                continue
            owner_at = self._owner_after_title(at) if (
                titles[-1].last == at - 1 and country is None) else at
            owner = self.matches.get(owner_at)
            if owner is not None and owner_at > at and not self._state_before_name(owner):
                if (owner_at == at + 1 and sector in _STATE_OFFICES
                        and self._unnamed_holder_of(owner)):
                    # 'Phái viên của Mỹ sẽ tới Israel': the country's holder, unnamed; not
                    # 'đầu người của Việt Nam' (per capita), 'vai trò thủ lĩnh của Mỹ'
                    text = self.text[self.tokens[title.first].start:self.tokens[at - 1].end]
                    held = (FORMER_HOLDER if self._former(title.first, text)
                            else owner_sector or sector)
                    self._emit(title.first, owner.last, owner.entry.country, held, None, None,
                               ActorRole.ACTOR, MentionVia.TITLE)
                    return owner.last + 1
                owner = None  # 'chỉ huy của Mỹ' alone stays the title and the country
            if (owner is not None and owner.entry.kind in _OWNERS
                    and not self._comma_before(owner_at, 1)):
                if owner.entry.country is not None:
                    country = owner.entry.country
                if owner_sector is None and owner.entry.kind in _INSTITUTIONS:
                    owner_sector = owner.entry.sector
                at = owner.last + 1
                continue
            if country is not None and self._posting_before_name(at):
                # 'Đại sứ Nga tại Nhật Bản Aleksandr P. Losyukov': where the holder serves,
                # between the title and the name, is no country of the holder's but a place
                # of the sentence
                post = self.matches[at + 1]
                self._located(post)
                at = post.last + 1
                continue
            if nxt is not None and nxt.entry.kind == EntryKind.TITLE and (
                    not self._comma_before(at, 1) or self._names_someone(nxt.last + 1)):
                titles.append(nxt)
                if nxt.entry.sector == "MIL":
                    sector = "MIL"
                at = nxt.last + 1
                continue
            break
        title_text = self.text[self.tokens[title.first].start:self.tokens[titles[-1].last].end]
        former = self._former(title.first, title_text)
        # 'cựu thủ tướng Nikolai Tanayev': a former holder is a civilian (PLOVER-CODING.md)
        sector = FORMER_HOLDER if former else owner_sector or sector
        person = self.matches.get(at)
        if person is not None and person.entry.kind == EntryKind.PERSON:
            self._person(title, person, person.entry, title_text, country, former, sector)
            return person.last + 1
        more = self._coordinated_countries(at)
        if more:
            # 'Bộ trưởng Quốc phòng Nga và Mỹ': one title, a holder for each country
            self._emit(title.first, at - 1, country, sector, None, None, ActorRole.ACTOR,
                       MentionVia.TITLE)
            for match in more:
                self._emit(match.first, match.last, match.entry.country, sector, None, None,
                           ActorRole.ACTOR, MentionVia.TITLE)
            return more[-1].last + 1
        name_end = self._name_run(at)
        if name_end is not None and self._sentence_ends_before(at):
            # 'Tổng thống Mỹ. Ông …', 'Cúp Nhà vua. Real …': the next sentence's first
            # words are no name of the holder
            if country is not None:
                self._emit(title.first, at - 1, country, sector, None, None, ActorRole.ACTOR,
                           MentionVia.TITLE)
            return at
        if name_end is not None:
            name = self.text[self.tokens[at].start:self.tokens[name_end].end]
            referent = self._earlier_person(name)
            known = (self.g.by_surname(name, country, self.on)
                     if referent is None and name_end == at else None)
            if referent is not None:
                self._emit(title.first, name_end, referent.country, referent.sector,
                           referent.name, referent.entity_id, ActorRole.ACTOR,
                           MentionVia.COREFERENCE)
            elif known is not None:
                self._emit(title.first, name_end, known.country_on(self.on, title_text, former),
                           known.sector_on(self.on, title_text, former),
                           known.name, known.entity_id,
                           ActorRole.ACTOR, MentionVia.GAZETTEER)
            elif country is not None or len(name.split()) > 1:
                country = (country or self._apposition_country(name_end + 1)
                           or self._owner_after_name(name_end + 1)
                           or self._context_country(title.first, name_end, sector=sector))
                self._emit(title.first, name_end, country, sector, name, None, ActorRole.ACTOR,
                           MentionVia.TITLE)
            elif (title.entry.sector not in _CIVILIANS and _foreign_word(name)
                  and not self._sentence_ends_before(at)):
                # 'Thủ tướng Kulov', 'Hoàng hậu Sirikit': a foreign name alone after a
                # title is its holder, of the country of the context; not a Vietnamese
                # given name ('Thủ tướng Dũng'), whose holder the context does not give,
                # nor a people after 'người' ('người Kurd'), nor anyone where the context
                # is Vietnam ('phu nhân tổng thống Harrison' in an article naming no country),
                # nor a word opening the next sentence ('Cúp Nhà vua. Real …')
                country = (self._apposition_country(name_end + 1)
                           or self._owner_after_name(name_end + 1)
                           or self._context_country(title.first, name_end, sector=sector))
                if country != HOME_COUNTRY:
                    self._emit(title.first, name_end, country, sector, name, None,
                               ActorRole.ACTOR, MentionVia.TITLE)
            return name_end + 1
        if country is None and (self._quantified(title.first) or (
                self._definite(title) and at not in self.matches)) and not self._owned(at):
            # '21 nghị sĩ', 'các quan chức', 'kêu gọi tổng thống từ chức': unnamed holders, of
            # the country of the context (not 'một chỉ huy cấp cao của lực lượng này': of an
            # owner named after)
            country = self._context_country(title.first, at - 1, sector=sector)
        if country is not None:
            self._emit(title.first, at - 1, country, sector, None, None, ActorRole.ACTOR,
                       MentionVia.TITLE)
        return max(at, title.last + 1)

    def _unit_place(self, at: int) -> _Match | None:
        """The place of the gazetteer named right after an administrative unit at word
        ``at`` ('tỉnh Nineveh', 'bang Florida', 'thành phố Mosul'), in its sentence."""
        keys, units = self.tokens.words.keys, self.g.rules.office_units
        width = next((n for n in range(self.g.rules.longest_office_unit, 0, -1)
                      if " ".join(keys[at:at + n]) in units), 0)
        if not width or at + width >= len(self.tokens) or self._sentence_ends_before(
                at + width) or not self._spaced(at + width):
            return None
        place = self.matches.get(at + width)
        return place if place is not None and place.entry.kind == EntryKind.PLACE else None

    def _unnamed_holder_of(self, owner: _Match) -> bool:
        """Whether a country or capital right after a title's 'của' ends the holder's words:
        no name, no other country joined to it ('các đại sứ của Nga và Trung Quốc': one
        holder each, as without 'của'), no posting ('Đại sứ của Mỹ tại Hàn Quốc Alexander
        Vershbow') after it ('Đại sứ của Mỹ sẽ …')."""
        after = owner.last + 1
        if owner.entry.kind not in _STATES or owner.entry.country is None:
            return False
        return after >= len(self.tokens) or not (
            self._names_someone(after) or self._coordinated_countries(after)
            or self._posting_before_name(after))

    def _state_before_name(self, owner: _Match) -> bool:
        """Whether a country or capital is followed at once, in its sentence and with no
        comma, by a person's name ('… của Iran Bijan Namdar Zanganeh')."""
        after = owner.last + 1
        return (owner.entry.kind in _STATES and self._names_someone(after)
                and not self._sentence_ends_before(after) and not self._comma_before(after, 1))

    def _owner_after_title(self, at: int) -> int:
        """Where the owner of a title ending before ``at`` starts: after 'của' and the few
        words in lower case that may describe the holder before it ('Bộ trưởng dầu mỏ của
        Iran Bijan Namdar Zanganeh', 'Ngoại trưởng sắp mãn nhiệm của Mỹ Colin Powell'); ``at``
        itself where no 'của' follows so. Any such words pass, a verb's too: 'hoan nghênh lời
        mời của Trung Quốc Hồ Cẩm Đào' after a title reads as one holder."""
        words = self.tokens.words
        for word in range(at, min(len(self.tokens), at + _OWNER_WORD_REACH + 1)):
            if words.keys[word] == _OWNER_WORD:
                return word + 1
            if (word in self.matches or self.tokens.capitalized(word)
                    or self._comma_before(word, 1) or self._sentence_ends_before(word)):
                break
        return at

    def _posting_before_name(self, at: int) -> bool:
        """Whether 'tại' or 'ở' and a country or place at ``at`` come right before a foreign
        name of two words or more."""
        if self.tokens[at].key not in self.g.rules.residence_links:
            return False
        post = self.matches.get(at + 1)
        if post is None or post.entry.kind not in _STATES | {EntryKind.PLACE}:
            return False
        end = self._name_run(post.last + 1)
        return end is not None and end > post.last + 1 and self._spaced(post.last + 1)

    def _sentence_ends_before(self, at: int) -> bool:
        """Whether a line or a sentence ends between ``at`` and the word before it (not a
        quote or a colon, which a title may hold: 'lực lượng "trinh sát" của …')."""
        words = self.tokens.words
        return at > 0 and any(mark in self.text[words.ends[at - 1]:words.starts[at]]
                              for mark in _SENTENCE_ENDS)

    def _definite(self, title: _Match) -> bool:
        """A title that alone is the holder ('chỉ trích tổng thống'), not the office ('bầu cử
        tổng thống', 'chức thủ tướng'); not before a name the gazetteer knows ('Tổng thống
        nước này' is that country's)."""
        return title.entry.definite and not self._after_words(title.first,
                                                              self.g.rules.not_holders)

    def _owned(self, at: int) -> bool:
        return "của" in self.tokens.words.keys[at:at + _OWNER_REACH]

    def _quantified(self, first: int) -> bool:
        keys = self.tokens.words.keys
        quantifiers = self.g.rules.quantifiers
        return first > 0 and (keys[first - 1].isdigit() or keys[first - 1] in quantifiers
                              or (first > 1 and f"{keys[first - 2]} {keys[first - 1]}"
                                  in quantifiers))

    def _coordinated_countries(self, at: int) -> list[_Match]:
        """Countries joined to the one before ``at`` by 'và', ',' or '-'."""
        found: list[_Match] = []
        while 0 < at < len(self.tokens):
            gap = self._gap(at)
            word = self.tokens[at].key
            nxt = at
            if not gap and word in self.g.rules.coordinators:
                nxt = at + 1
            elif gap not in self.g.rules.coordinators:
                break
            match = self.matches.get(nxt)
            if match is None or match.entry.kind != EntryKind.COUNTRY or (
                    found == [] and self.matches_ending_at(at - 1) is None):
                break
            found.append(match)
            at = match.last + 1
        return found

    def _names_someone(self, at: int) -> bool:
        """Whether a person's name starts at ``at`` (so 'X Mỹ, Tướng Y' is one person)."""
        match = self.matches.get(at)
        if match is not None:
            return match.entry.kind == EntryKind.PERSON
        return self._name_run(at) is not None

    def _person(self, start: _Match, match: _Match, entry: Entry, title: str | None,
                country: str | None = None, former: bool = False,
                title_sector: str | None = None, role: bool = False) -> None:
        """``former``: the title names a former holder ('cựu Thủ tướng', ``_former``);
        ``country`` and ``title_sector``: the title's, where one stands before the name;
        ``role``: the title is a role noun ('giáo sĩ', 'ứng viên đối lập'), whose sector
        holds where the person holds and the role names no office."""
        earlier, later = self._names_beside(match)
        if self._another_bearer(match, earlier + later):
            self._another_person(start, match, earlier, later, country, title_sector)
            return
        sector = (title_sector if role and title is not None and title_sector is not None
                  and not entry.holds_office(self.on, title)
                  else entry.sector_on(self.on, title, former))
        self._emit(start.first, match.last, entry.country_on(self.on, title, former) or country,
                   sector, entry.name,
                   entry.entity_id, ActorRole.ACTOR, MentionVia.GAZETTEER,
                   written=match.variant.text)

    def _another_bearer(self, match: _Match, written: list[str]) -> bool:
        """Whether a one-word name of a known person is part of someone else's name: the
        names ``written`` with it ('Laura Bush', 'Cherie Blair', 'Mubarak Atrous Rishawi')
        share no initial with the person's other names, initials aside ('Mahmud Ahmadinejad'
        is Mahmoud Ahmadinejad, 'Saddam Husein' Saddam Hussein). A first letter is a coarse
        test: a namesake whose given name shares it ('Ali Allawi') is still taken for the
        known person."""
        if match.first != match.last:
            return False
        own = [w for w in match.entry.name.split()
               if w.casefold() != match.variant.text.casefold() and len(w.strip(".")) > 1]
        if not own or not written:
            return False
        initials = {_initial(w) for w in own}
        return not any(_initial(w) in initials for w in written)

    def _another_person(self, start: _Match, match: _Match, earlier: list[str],
                        later: list[str], country: str | None, title_sector: str | None
                        ) -> None:
        """Someone else bearing a known person's name: right after a title, the holder it
        names, of the title's country or the context's; named by given names and the family
        name alone, a private person of the nationality an apposition gives, else of the
        family's country ('Bà Suha Arafat'); nothing where words of the name were read
        already (a title's holder, 'Thống đốc Florida Jeb …') or, with no title, where it
        runs on past the name ('Mubarak Atrous Rishawi', whose country nothing tells)."""
        words = self.tokens.words
        if start is not match:
            last = match.last + len(later)
            name = self.text[words.starts[match.first]:words.ends[last]]
            self._emit(start.first, last, country or self._context_country(
                start.first, last, sector=title_sector), title_sector, name, None,
                ActorRole.ACTOR, MentionVia.TITLE)
            return
        given = _without_vietnamese_words(earlier)
        if later or not given:
            return
        first = match.first - len(given)
        if any(m.start < words.ends[match.last] and m.end > words.starts[first]
               for m in self.out):
            return
        name = self.text[words.starts[first]:words.ends[match.last]]
        nationality = (self._apposed_nationality(match.last + 1)
                       or self._bracketed_nationality(match.last + 1))
        if nationality is not None:
            of, sector, _ = nationality
        elif match.entry.country is not None and match.entry.country not in NON_STATE:
            of, sector = match.entry.country, None
        else:
            return
        self._emit(first, match.last, of, sector or "CVL", name, None, ActorRole.ACTOR,
                   MentionVia.NAME)

    def _names_beside(self, match: _Match) -> tuple[list[str], list[str]]:
        """The names of no other match that run on from a match before it (nearest first)
        and after it, joined to it by a space (a few each way), a run only where one of its
        names at least is foreign: capitalized Vietnamese words are no name ('Theo Bush',
        'Bush Hôm qua'), though a syllable without diacritics may be ('Lee Sang Hoon'); nor
        are the affixes English writes with a name ('Mr Blair', 'Bush Jr.')."""
        before = match.first - 1
        earlier: list[str] = []
        while before >= 0 and len(earlier) < 3 and (word := self._name_word(before, before + 1)):
            earlier.append(word)
            before -= 1
        after = match.last + 1
        later: list[str] = []
        while after < len(self.tokens) and len(later) < 3 and (
                word := self._name_word(after, after - 1)):
            later.append(word)
            after += 1
        return ([] if not any(map(_foreign_word, earlier)) else earlier,
                [] if not any(map(_foreign_word, later)) else later)

    def _name_word(self, index: int, beside: int) -> str | None:
        """Word ``index`` where it may be a foreign name (capitalized, no Vietnamese
        diacritic, no affix) of no match, joined by white space alone to the word ``beside``
        it in one sentence."""
        word = self.tokens.text(index)
        if (not self._spaced(max(index, beside)) or self.tokens.starts_sentence(max(index, beside))
                or not self.tokens.capitalized(index) or _VIETNAMESE_LETTERS & set(word.lower())
                or word.strip(".") in self.g.rules.name_affixes
                or self._match_covering(index) is not None):
            return None
        return word

    def _former(self, first: int, title: str | None) -> bool:
        """Whether the title at word ``first`` names a former holder: a word of
        ``former_markers`` opens it ('Cựu tổng thống') or stands right before it ('cựu
        Thủ tướng Iraq')."""
        if title is None:
            return False
        rules, keys = self.g.rules, self.tokens.words.keys
        opening = title.casefold().split()[:2]
        if opening[:1] and opening[0] in rules.former_markers:
            # 'Nguyên thủ quốc gia': the marker's syllable opens another word
            return " ".join(opening) not in rules.not_former
        # 'giữ nguyên Thủ tướng …': the marker's syllable ends another word
        return (first > 0 and keys[first - 1] in rules.former_markers
                and " ".join(keys[max(0, first - 2):first]) not in rules.not_former)

    def _name_run(self, at: int, through_countries: bool = False) -> int | None:
        """The last token of a run of capitalized name tokens starting at ``at``; with
        ``through_countries``, a one-syllable country name is a given name of the run
        ('Nguyễn Tuấn Anh', 'Nguyễn Thị Thúy Nga')."""
        last = None
        index = at
        tokens = self.tokens.words
        starts, ends, keys = tokens.starts, tokens.ends, tokens.keys
        while index < len(self.tokens):
            match = self.matches.get(index)
            if match is not None and not (
                    through_countries and index > at and match.first == match.last
                    and match.entry.kind is EntryKind.COUNTRY):
                break
            if index > at and self.tokens.starts_sentence(index):
                break
            if not (self.tokens.capitalized(index) or (
                    last is not None and keys[index] in self.g.rules.name_particles)):
                break
            if index > at and self.text[ends[index - 1]:starts[index]].strip(" .-'’"):
                break
            last = index
            index += 1
        while last is not None and last >= at and not self.tokens.capitalized(last):
            last = last - 1 if last > at else None  # 'Hans van der': the particles trail
        # 'Đảng Lao động': the run's last syllable begins a word the run cuts
        while last is not None and last >= at and self.boundaries.splits_word(
                self.tokens.words, at, last, known_name=False):
            last = last - 1 if last > at else None
        return last

    def _honorific(self, i: int) -> int:
        """'ông Austin', 'bà Sherman': a person named earlier in the article, or in the
        gazetteer under that surname."""
        at = i + 1
        if at >= len(self.tokens) or (i > 0 and self._spaced(i) and self._after_words(
                at, self.g.rules.honorific_nouns)):
            # 'nghe theo đàn anh Mỹ': a kind of person, no honorific ('Đối thủ của bà, ông
            # Sebastian Pinera' is one)
            return at
        person = self.matches.get(at)
        if person is not None and person.entry.kind == EntryKind.PERSON:
            self._person(person, person, person.entry, None)
            return person.last + 1
        end = self._name_run(at)
        if end is None:
            # 'anh Minh', 'Bà Ba': in lower case the honorific and the name make a word of
            # their own ('anh minh', 'bà ba'), which the capital rules out
            given = self._given_run(at)
            return self._given_name_only(at, given) if given is not None else at
        name = self.text[self.tokens[at].start:self.tokens[end].end]
        referent = self._earlier_person(name)
        if referent is not None:
            self._emit(at, end, referent.country, referent.sector, referent.name,
                       referent.entity_id, ActorRole.ACTOR, MentionVia.COREFERENCE)
            return end + 1
        if end > at and all(_foreign_word(self.tokens.text(k)) for k in range(at, end + 1)):
            return self._foreign_person(at, end, name)
        if self._personal_name_end(at) is None:
            given = self._name_run(at, through_countries=True)
            if given is not None and given - at < _GIVEN_NAME_WORDS and all(
                    _vietnamese_syllable(self.tokens.text(k)) for k in range(at, given + 1)):
                return self._given_name_only(at, given)
        return self._vietnamese_name(at)

    def _given_run(self, at: int) -> int | None:
        """The last word of a given name of one or two capitalized Vietnamese syllables
        starting at ``at``, on its line and in its sentence; None for none."""
        words = self.tokens.words
        end = None
        for index in range(at, min(at + _GIVEN_NAME_WORDS, len(self.tokens))):
            if index in self.matches or not (self.tokens.capitalized(index) and (
                    _vietnamese_syllable(words.text[words.starts[index]:words.ends[index]]))) or (
                    index > at and (self.tokens.starts_sentence(index) or not self._spaced(index))):
                break
            end = index
        return end

    def _given_name_only(self, at: int, end: int) -> int:
        """'Chị Minh gửi đơn đòi bồi thường', 'ông Lực (chồng bà Ba)', 'anh Tuấn Anh': a
        person home news names by the honorific and the given name alone, never in full;
        Vietnamese, or Chinese where the context is China or Taiwan ('ông Lý'; after 'anh'
        or 'chị', ``home_honorifics``, Vietnamese unless a name with no diacritic stands in
        a foreign sentence), or of the nationality an apposition gives ('anh Tom, một du
        khách Mỹ'); a private person (CVL). None in other news, where a single syllable is
        as often another people's name ('ông Kim'), nor where the honorific is a syllable of
        a place's name ('quận Hai Bà Trưng', 'đường Bà Triệu') or names no one ('ông Trời',
        ``not_given_names``)."""
        honorific = at - 1
        keys = self.tokens.words.keys
        if self.tokens.starts_sentence(at) or not self._spaced(at):
            # '… giữa anh và bố mẹ. Bố mẹ …': the honorific ends its sentence, a pronoun
            return at
        if self._after_words(honorific, self.g.rules.place_words) or (
                self.tokens.capitalized(honorific)
                and not self.tokens.starts_sentence(honorific)) or (
                keys[at] in self.g.rules.not_given_names):
            return at + 1
        name = self.text[self.tokens[at].start:self.tokens[end].end]
        if (apposed := self._apposed_person(at, end, name)) is not None:
            # 'anh Tom, một du khách Mỹ': the press's honorific for a foreigner
            return apposed
        context = self._context_country(at, end)
        diacritic = any(_VIETNAMESE_LETTERS & set(keys[k]) for k in range(at, end + 1))
        country = (HOME_COUNTRY if keys[honorific] in self.g.rules.home_honorifics and (
            diacritic or context in (None, HOME_COUNTRY)) else context)
        if country != HOME_COUNTRY and country not in SINO_VIETNAMESE_NAMES:
            return at + 1
        self._emit(at, end, country, "CVL", name, None, ActorRole.ACTOR, MentionVia.NAME)
        return end + 1

    def _apposed_person(self, at: int, end: int, name: str) -> int | None:
        """The person named in words at..end, of the nationality and sector an apposition or
        a bracket after the name gives ('bà Olan Orefuja, một người Nigeria', 'anh Tom, một
        du khách Mỹ'): the word after the apposition; None where none follows."""
        nationality = self._apposed_nationality(end + 1) or self._bracketed_nationality(end + 1)
        if nationality is None:
            return None
        apposed, sector, last = nationality
        self._emit(at, end, apposed, sector, name, None, ActorRole.ACTOR, MentionVia.NAME)
        return last + 1

    def _foreign_person(self, at: int, end: int, name: str) -> int:
        """'ông Sebastian Pinera', 'bà Olan Orefuja, một người Nigeria': a foreign person the
        gazetteer does not know, named in full after an honorific; of the nationality an
        apposition gives, else of the country of the context, a private person (CVL) until
        a title says otherwise, when its sentence names no other country. The word after
        the name, or after its apposition."""
        if (apposed := self._apposed_person(at, end, name)) is not None:
            return apposed
        if len(self._sentence_countries(at)) > 1:
            # 'Ngoại trưởng Mỹ đã hội đàm với ông Youssef Kamal': the nearest country is as
            # often the other party's
            return end + 1
        context = self._context_country(at, end, sector="CVL")
        self._emit(at, end, context, "CVL", name, None, ActorRole.ACTOR, MentionVia.NAME)
        return end + 1

    def _sentence_countries(self, at: int) -> set[str]:
        """The countries the sentence of word ``at`` names."""
        begin, end = self.tokens.sentence_of(at)
        return {match.entry.country for index, match in self.matches.items()
                if begin <= index < end and match.entry.kind in _STATES
                and match.entry.country is not None}

    def _vietnamese_name(self, at: int) -> int:
        """'Nguyễn Văn Tám', a person the gazetteer does not know: two to four capitalized
        syllables opening on a family name, not a street, school or district named after
        someone ('đường Trần Hưng Đạo'). Vietnamese, or Chinese where the context is
        China or Taiwan (the same Sino-Vietnamese syllables); a private person (CVL)."""
        if self._after_words(at, self.g.rules.place_words):
            return at + 1
        end = self._personal_name_end(at)
        if end is None:
            return at + 1
        name = self.text[self.tokens[at].start:self.tokens[end].end]
        country = self._context_country(at, end)
        if country not in SINO_VIETNAMESE_NAMES:
            country = HOME_COUNTRY
        self._emit(at, end, country, "CVL", name, None, ActorRole.ACTOR, MentionVia.NAME)
        return end + 1

    def _earlier_person(self, name: str) -> ActorMention | None:
        """The person an honorific or a title and ``name`` refer back to: one named so, or
        by that last syllable, earlier in the article; or, for a one-syllable ``name``, a
        person of a family-name-first country by that family name ('ông Hồ', 'Tổng thống
        Roh'), the later of the two when both are, else by the last syllable ('bà Lu')."""
        found = self._people.get(name) or self._people.get(name.split()[-1])
        family = self._families.get(name) if " " not in name else None
        if family is None or (found is not None and found.start > family.start):
            return found or (self._given_last.get(name) if " " not in name else None)
        return family

    def _remember(self, mention: ActorMention, name: str, written: str | None) -> None:
        """Keep a person for later references: by the full name and the last syllable. A
        known person of a family-name-first country is kept by the full name, and by the
        family name, the first syllable of the name and of the form written ('Chen
        Shui-bian', 'Trần Thủy Biển'), for an honorific or a title only: the last syllable
        alone reads a word as him ('Quốc' of 'Quốc dân đảng' as Ngô Bang Quốc), though a
        title before it may name one whose given name comes first ('bà Lu' for Annette
        Lu). A name the text alone gives, coded of such a country by its context, may be a
        Vietnamese one ('Nguyễn Văn Thịnh' … 'Thịnh'): its last syllable still refers."""
        self._people[name] = mention
        self._last_person = mention
        foreign = mention.country in self.g.rules.family_name_first
        if not foreign or mention.entity_id is None:
            self._people[name.split()[-1]] = mention
        if not foreign:
            return
        for form in (name, written or name):
            self._people[form] = mention
            self._families[form.split()[0]] = mention
            if mention.entity_id is not None:
                self._given_last[form.split()[-1]] = mention

    # -- references to the rest of the article ----------------------------------------

    def _group(self, match: _Match) -> bool:
        """The two sides a group stands for ('hai bên', 'hai nhà lãnh đạo'); False, coding
        nothing, where countries follow an office at once ('hai ngoại trưởng Mỹ và CHDCND
        Triều Tiên', 'hai nhà lãnh đạo Palestine'): they and the office are the sides."""
        own = self._own_group_sector(match)
        nxt = self.matches.get(match.last + 1)
        if own is not None and nxt is not None and nxt.entry.kind in _STATES:
            return False
        sector = self._group_sector(match.first) or own
        for country in self._local_pair(match.first) or self._main_countries():
            self._emit(match.first, match.last, country, sector, None, None, ActorRole.GROUP,
                       MentionVia.GROUP)
        return True

    def _group_sector(self, first: int) -> str | None:
        """'các nhà ngoại giao hai bên' → GOV; 'Bộ trưởng Quốc phòng hai nước' → GOV."""
        before = self.matches_ending_at(first - 1)
        if before is not None and before.entry.kind in _OFFICES:
            return before.entry.sector
        for width in (3, 2, 1):
            if first - width >= 0:
                words = " ".join(self.tokens.words.keys[first - width:first])
                if words in self.g.rules.group_roles:
                    return self.g.rules.group_roles[words]
        return None

    def _rematch(self, index: int, end: int | None = None) -> bool:
        """Whether a gazetteer name starts at word ``index`` inside a longer match given
        up (the title of 'hai ngoại trưởng Mỹ'; 'Tòa án' of 'Tòa án này', ending before
        word ``end``), now the match there."""
        words = self.tokens.words
        hit = self.g.longest(words.keys, words.text[words.starts[index]:words.ends[index]],
                             index, end)
        if hit is None:
            return False
        length, variant = hit
        self.matches[index] = _Match(index, index + length - 1, variant, variant.entry)
        return True

    def _own_group_sector(self, match: _Match) -> str | None:
        """'hai nhà lãnh đạo', 'hai ngoại trưởng' → GOV: the office the group phrase names
        after its number (``group_roles``)."""
        keys = self.tokens.words.keys
        for first in range(match.first + 1, match.last + 1):
            words = " ".join(keys[first:match.last + 1])
            if words in self.g.rules.group_roles:
                return self.g.rules.group_roles[words]
        return None

    def _local_pair(self, at: int) -> list[str]:
        """The two countries acting just before word ``at``, in its sentence ('Rice … trong
        cuộc gặp với người đồng nhiệm Trung Quốc Lý Triệu Tinh, trong đó, cả hai bên …'),
        else in it and the sentences before ('Trong cuộc gặp Tổng thống Indonesia, Chủ tịch
        nước Trần Đức Lương … Hai nhà lãnh đạo …'): the sides of the meeting just told,
        before the article's two main ones; none where one or more than two act there."""
        floors = [self.tokens.sentence_of(at)[0]]
        for _ in range(_PAIR_SENTENCES):
            # an initial ends a sentence of its own ('ngài S.B. Yudhoyono')
            floors.append(self.tokens.sentence_of(floors[-1] - 1)[0] if floors[-1] else 0)
        for floor in floors:
            countries = list(dict.fromkeys(country for first, country in self._acting
                                           if floor <= first < at))
            if len(countries) == 2:
                return countries
            if len(countries) > 2:
                return []
        return []

    def _main_countries(self) -> list[str]:
        counts = self._countries
        return [country for country, _ in counts.most_common(2)] if len(counts) >= 2 else []

    def _this_country(self, match: _Match) -> None:
        country = self._referred_country(match.first)
        if country is not None:
            # 'ở miền nam nước này' is where, as 'ở miền nam Afghanistan' would be
            role = ActorRole.LOCATION if self._after_locative(match.first) else ActorRole.ACTOR
            self._emit(match.first, match.last, country, None, None, f"country:{country}",
                       role, MentionVia.COREFERENCE)

    def _this_organization(self, match: _Match) -> None:
        """'tổ chức này', 'khối này': the organisation last named as a side ('NATO …
        các quốc gia thành viên của tổ chức này')."""
        referent = self._last_organization
        if referent is not None:
            self._emit(match.first, match.last, referent.country, referent.sector,
                       referent.name, referent.entity_id, ActorRole.ACTOR,
                       MentionVia.COREFERENCE)

    def _this_body(self, match: _Match) -> bool:
        """'nhóm này', 'cơ quan này', 'đảng này': the institution of a sector the phrase
        allows (``referring_bodies``) last named as a side, in its sentence or the two
        before, the nearest sentence first ('Bộ Ngoại giao Trung Quốc ra tuyên bố. Cơ quan
        này chỉ trích Nhật Bản'); nothing further back, where 'nhóm này' is as often a gang
        the text never names as a side. Whether it found one."""
        keys = self.tokens.words.keys[match.first:match.last + 1]
        sectors = self.g.rules.referring_bodies.get(" ".join(keys), frozenset())
        starts = self.tokens.words.starts
        until = starts[match.first]
        begin = self.tokens.sentence_of(match.first)[0]
        # an object is never its own clause's subject: that side is left out of its sentence
        subject = None if self._subject_position(match) else next(
            (m.start for m in self.out if m.start >= starts[begin]
             and m.role is ActorRole.ACTOR), None)
        for _ in range(_REFERRING_SENTENCES + 1):
            since = starts[begin]
            # the first one of its sentence: the subject more often than the object
            # ('Phiến quân Taliban tấn công quân đội Mỹ. Lực lượng này …' are the Taliban)
            referent = next((m for m in self.out if since <= m.start < until
                             and m.role is ActorRole.ACTOR and m.sector in sectors
                             and _an_institution(m) and m.start != subject), None)
            if referent is not None:
                self._emit(match.first, match.last, referent.country, referent.sector,
                           referent.name, referent.entity_id, ActorRole.ACTOR,
                           MentionVia.COREFERENCE)
                return True
            if begin == 0:
                return False
            until = since
            begin = self.tokens.sentence_of(begin - 1)[0]
        return False

    def _subject_position(self, match: _Match) -> bool:
        """Whether the referring phrase opens a clause, where it may stand for the subject of
        the one before ('Bộ Ngoại giao Trung Quốc ra tuyên bố, trong đó cơ quan này chỉ
        trích Nhật Bản', 'Lầu Năm Góc cho biết ngày mai cơ quan này sẽ …', 'người phát ngôn
        của cơ quan này'): after a comma or a word of ``self_referrers``, or before an
        auxiliary of ``clause_auxiliaries``. Elsewhere it is its verb's object, another side
        than the clause's subject ('Ủy ban Tình báo Thượng viện Mỹ ra thông báo chỉ trích cơ
        quan này': the CIA of the sentence before; 'Iran chỉ trích IAEA và cáo buộc cơ quan
        này thiên vị': the IAEA)."""
        rules, words = self.g.rules, self.tokens.words
        return (match.first == 0
                or "," in words.text[words.ends[match.first - 1]:words.starts[match.first]]
                or self._after_words(match.first, rules.self_referrers)
                or self._followed_by(match.last, rules.clause_auxiliaries))

    def _counterpart(self, match: _Match) -> int:
        """'người đồng cấp Mỹ Lloyd Austin': the counterpart holds the office of the person
        just named in the sentence, for the country that follows."""
        office = self._last_person
        at = match.last + 1
        country = None
        nxt = self.matches.get(at)
        if nxt is not None and nxt.entry.kind in _STATES:
            country = nxt.entry.country
            at = nxt.last + 1
        person = self.matches.get(at)
        if person is not None and person.entry.kind == EntryKind.PERSON:
            entry = person.entry
            self._emit(match.first, person.last, entry.country_on(self.on),
                       entry.sector_on(self.on),
                       entry.name, entry.entity_id, ActorRole.ACTOR, MentionVia.COUNTERPART)
            return person.last + 1
        end = self._name_run(at)
        name = self.text[self.tokens[at].start:self.tokens[end].end] if end is not None else None
        if country is not None:
            last = end if end is not None else at - 1
            self._emit(match.first, last, country, office.sector if office else None, name, None,
                       ActorRole.ACTOR, MentionVia.COUNTERPART)
        return (end + 1) if end is not None else at

    def _owner_after_name(self, at: int) -> str | None:
        """The country a title-holder's name is owned by right after it ('Bộ trưởng Quốc
        phòng Ali Ahmed của Somalia', 'tướng Yuri Netkachov của Nga'): a state after 'của',
        in the sentence and with no comma before it; not an organisation, whose officers
        the title's sector would make a state's ('Tướng Ali Hassan của Hezbollah')."""
        if (at + 1 >= len(self.tokens) or self.tokens.words.keys[at] != _OWNER_WORD
                or self._comma_before(at, 1) or self._sentence_ends_before(at + 1)):
            return None
        owner = self.matches.get(at + 1)
        if (owner is None or owner.entry.kind not in _STATES or owner.entry.country is None
                or self._state_before_name(owner)):
            return None
        return owner.entry.country

    def _apposition_country(self, at: int) -> str | None:
        """The country an apposition gives a person: 'Đại sứ Marshall Billingslea, Đặc
        phái viên của Tổng thống Mỹ' (a comma, a title, and the country of its owners)."""
        if not self._comma_before(at, 1):
            return None
        title = self.matches.get(at)
        if title is None or title.entry.kind not in _OFFICES:
            return None
        index = title.last + 1
        for _ in range(_APPOSITION_REACH):
            if index < len(self.tokens) and self.tokens.words.keys[index] == "của":
                index += 1
            owner = self.matches.get(index)
            if owner is None or owner.entry.kind not in _OWNERS | _OFFICES:
                return None
            if owner.entry.country is not None:
                return owner.entry.country
            index = owner.last + 1
        return None

    def _role_person(self, match: _Match, at: int, country: str | None = None) -> int | None:
        """The word after the known person a role noun names when that person's name
        stands at word ``at`` ('giáo sĩ Moqtada Sadr'), the two read as one side; None
        where the match is no role noun (``Entry.role``) or no known name follows."""
        known = self.matches.get(at)
        if (not match.entry.role or known is None or known.entry.kind != EntryKind.PERSON
                or known.first in self._bracketed or not self._spaced(known.first)):
            return None
        role = self.text[self.tokens[match.first].start:self.tokens[match.last].end]
        self._person(match, known, known.entry, role, country,
                     title_sector=match.entry.sector, role=True)
        return known.last + 1

    def _body(self, match: _Match) -> int:
        """'Bộ Quốc phòng Nga', 'quân đội Israel', 'lực lượng vũ trang của Armenia': the
        institution of the country after it; 'quân đội nước này': of the country just named;
        'cảnh sát', 'tòa án' alone: of the country of its context (``_context_country``)."""
        after = match.last + 1
        if after < len(self.tokens) and self.tokens.words.keys[after] == "của":
            owner = self.matches.get(after + 1)
            if owner is not None and owner.entry.kind in _STATES:
                self._emit(match.first, owner.last, owner.entry.country, match.entry.sector,
                           None, owner.entry.entity_id, ActorRole.ACTOR, MentionVia.GAZETTEER)
                return owner.last + 1
            if (owner is not None and owner.entry.kind == EntryKind.ORGANIZATION
                    and owner.entry.country is not None and not owner.entry.transnational
                    and owner.entry.country not in NON_STATE):
                # 'nhà báo của hãng tin AP': the staff of a national organisation are of
                # its country, wherever they work; the organisation is read next
                self._emit(match.first, match.last, owner.entry.country, match.entry.sector,
                           None, None, ActorRole.ACTOR, MentionVia.GAZETTEER)
                return after + 1
        if (end := self._role_person(match, after)) is not None:
            # 'giáo sĩ Moqtada Sadr', 'phát ngôn viên Scott McClellan': one side
            return end
        if (holder := self._holder_named(match)) is not None:
            # 'Chủ tịch UBND tỉnh Nguyễn Hữu Chí': the one person holding the office
            first, last, place = holder
            if place is not None:
                self._located(place)
            deputy = match.first > 0 and self.tokens.words.keys[
                match.first - 1] in self.g.rules.deputy_markers
            opening = match.first - 1 if deputy else match.first
            office = self.text[self.tokens[opening].start:self.tokens[match.last].end]
            # 'nguyên phó chủ tịch huyện Phú Quốc Lê Minh Dũng': a former holder
            sector = (FORMER_HOLDER if self._former(opening, office)
                      else match.entry.sector)
            self._emit(match.first, last, match.entry.country, sector,
                       self.text[self.tokens[first].start:self.tokens[last].end], None,
                       ActorRole.ACTOR, MentionVia.TITLE)
            return last + 1
        nxt = self.matches.get(match.last + 1)
        if nxt is not None and (nxt.first in self._bracketed or not self._spaced(nxt.first)):
            # 'người lao động (NLĐ)': the body's acronym, not its owner; 'kẻ bắt cóc. Tehran
            # hôm qua …': the next sentence's subject
            nxt = None
        if nxt is not None and nxt.entry.kind in _NAMED_SIDES | {EntryKind.PLACE}:
            if nxt.entry.kind == EntryKind.ORGANIZATION:
                self._named(nxt)
                return nxt.last + 1
            if match.entry.sector not in _NAMED_AFTER and (
                    end := self._role_person(match, nxt.last + 1, nxt.entry.country)) is not None:
                # 'thủ lĩnh phiến quân Chechnya Shamil Basayev': the known person so named
                return end
            if match.entry.sector not in _NAMED_AFTER and (
                    named := self._apposed_name(nxt.last + 1)) is not None:
                # 'thủ lĩnh phiến quân Chechnya Aslan Maskhadov': the one person so named
                self._emit(match.first, named, nxt.entry.country, match.entry.sector,
                           self.text[self.tokens[nxt.last + 1].start:self.tokens[named].end],
                           None, ActorRole.ACTOR, MentionVia.TITLE)
                return named + 1
            self._emit(match.first, nxt.last, nxt.entry.country, match.entry.sector, None,
                       nxt.entry.entity_id, ActorRole.ACTOR, MentionVia.GAZETTEER)
            if (match.entry.sector in _PRIVATE and nxt.entry.kind in _STATES
                    and nxt.entry.country is not None
                    and (kind := self._kind_of(match)) in self.g.rules.person_nouns):
                self._kinds[kind] = nxt.entry.country
            # 'hai phái đoàn VN và Nhật Bản': the body of each country
            more = self._coordinated_countries(nxt.last + 1) if nxt.entry.kind in _STATES else []
            for other in more:
                self._emit(other.first, other.last, other.entry.country, match.entry.sector,
                           None, other.entry.entity_id, ActorRole.ACTOR, MentionVia.GAZETTEER)
            return (more[-1] if more else nxt).last + 1
        if nxt is not None and nxt.entry.kind == EntryKind.GROUP:
            # 'các nhà ngoại giao hai bên': the group codes both sides, with this sector
            return match.last + 1
        if match.entry.sector != "REB" and (foreign := self._foreign_end(match)) is not None:
            # 'các lực lượng quân đội nước ngoài': a side, of no country the text names;
            # foreign fighters still take the country where they fight
            self._emit(match.first, foreign, None, match.entry.sector, None, None,
                       ActorRole.ACTOR, MentionVia.FOREIGN)
            return foreign + 1
        if match.entry.country is not None:
            # Vietnam's own institutions ('công an', 'VKSND'): their country is their name's
            self._emit(match.first, match.last, match.entry.country, match.entry.sector, None,
                       None, ActorRole.ACTOR, MentionVia.GAZETTEER)
            return match.last + 1
        if nxt is not None and nxt.entry.kind == EntryKind.THIS_COUNTRY:
            country = self._referred_country(match.first)
            if country is not None:
                self._emit(match.first, nxt.last, country, match.entry.sector, None,
                           None, ActorRole.ACTOR, MentionVia.COREFERENCE)
            return nxt.last + 1
        if match.entry.sector in _CIVILIANS and (
                referent := self._demonstrated_person(match)) is not None:
            # 'viên kỹ sư viễn thông này' after 'Con tin Ấn Độ': the same person, not one of
            # the country of the sentence's police
            self._emit(match.first, match.last, referent.country, match.entry.sector, None,
                       None, ActorRole.ACTOR, MentionVia.COREFERENCE)
            return match.last + 1
        if (self._kinds and match.entry.sector in _PRIVATE and self._residence(match.last) is None
                and not self._followed_by(match.last, self.g.rules.nationality_givers)
                and (given := self._kinds.get(self._kind_of(match))) is not None):
            # 'hành khách', 'các con tin' after 'một hành khách Pháp', 'con tin Philippines':
            # the same people, not those of the country their sentence names
            self._emit(match.first, match.last, given, match.entry.sector, None, None,
                       ActorRole.ACTOR, MentionVia.COREFERENCE)
            return match.last + 1
        armed = match.entry.sector == "REB"
        country = (self._trade_country(match) if match.entry.sector in _NAMED_AFTER else None
                   ) or self._context_country(match.first, match.last, armed=armed,
                                              sector=match.entry.sector)
        named = (self._apposed_name(match.last + 1) if match.entry.sector in _CONTEXT_ROLES
                 and self.tokens.words.keys[match.first] not in self.g.rules.quantifiers
                 and not self._quantified(match.first) else None)
        if named is not None and country is not None and all(
                _foreign_word(self.tokens.text(k)) for k in range(match.last + 1, named + 1)):
            # 'phát ngôn viên Richard Boucher', 'cựu nhân viên cảnh sát Aroon Pongchangkid':
            # the one office holder the role names, of the context's country, whom the
            # surname alone means later ('Boucher cũng cho hay'); not a count of them
            # ('hai con tin Christian Chesnot và Georges Malbrunot')
            self._emit(match.first, named, country, match.entry.sector,
                       self.text[self.tokens[match.last + 1].start:self.tokens[named].end],
                       None, ActorRole.ACTOR, MentionVia.CONTEXT)
            return named + 1
        if country is not None or armed:
            # an armed group whose country the text leaves open is still a side
            self._emit(match.first, match.last, country, match.entry.sector, None, None,
                       ActorRole.ACTOR, MentionVia.CONTEXT)
        return match.last + 1

    def _foreign_end(self, match: _Match) -> int | None:
        """The last word of a foreign marker that ends the match or follows it ('người
        nước ngoài', 'các lực lượng nước ngoài'), if any."""
        keys = self.tokens.words.keys
        markers = self.g.rules.foreign_markers
        for width in (2, 1):
            if (match.last - width + 1 > match.first
                    and " ".join(keys[match.last - width + 1:match.last + 1]) in markers):
                return match.last  # 'người nước ngoài': the entry names foreigners
            end = match.last + width
            if (end < len(keys) and " ".join(keys[match.last + 1:end + 1]) in markers
                    and all(self._spaced(at) for at in range(match.last + 1, end + 1))):
                return end
        return None

    def _match_covering(self, at: int) -> _Match | None:
        """The gazetteer match over word ``at``, if any."""
        return next((m for first in range(at, max(at - _MATCH_SPAN, -1), -1)
                     if (m := self.matches.get(first)) is not None and m.last >= at), None)

    def _demonstrated_person(self, match: _Match) -> ActorMention | None:
        """The private person a civilian noun with 'này' refers back to ('viên kỹ sư viễn
        thông này', 'người đàn ông này'): the nearest civilian named before, when the article
        named it with a nationality of its own; none when the noun has no demonstrative or
        the nearest civilian's country was guessed from the context."""
        keys = self.tokens.words.keys
        end = min(match.last + _DEMONSTRATIVE_REACH + 1, len(keys) - 1)
        at = next((k for k in range(match.last + 1, end + 1)
                   if keys[k] in self.g.rules.demonstratives), None)
        rules = self.g.rules
        if at is None or not all(
                self._spaced(k) and not self.tokens.capitalized(k)
                and (k == at or (keys[k] not in rules.function_words
                                 and self._match_covering(k) is None))
                for k in range(match.last + 1, at + 1)):
            # 'các nạn nhân của tai nạn này', 'những người ủng hộ giáo sĩ này': 'này' is
            # another noun's
            return None
        nearest = next((m for m in reversed(self.out) if m.role is ActorRole.ACTOR
                        and m.sector in _CIVILIANS), None)
        if nearest is None or nearest.country is None or nearest.via is MentionVia.CONTEXT:
            return None  # the nearest civilian's country was guessed: nothing to refer to
        return nearest

    def _kind_of(self, match: _Match) -> str:
        """The noun of a body match without its quantifiers ('những tù nhân': 'tù nhân'), in
        one tone spelling ('thủy thủ' and 'thuỷ thủ' are one kind)."""
        keys = self.tokens.words.keys[match.first:match.last + 1]
        quantifiers = self.g.rules.quantifiers
        first = 0
        while first < len(keys) - 1:
            if " ".join(keys[first:first + 2]) in quantifiers and first < len(keys) - 2:
                first += 2
            elif keys[first] in quantifiers:
                first += 1
            else:
                break
        return one_spelling(" ".join(keys[first:]))

    def _trade_country(self, match: _Match) -> str | None:
        """The country that closes a company noun's phrase after the words of its trade
        ('Vụ kiện … đối với các công ty sản xuất hóa chất Mỹ', 'các tập đoàn dầu khí Nga'):
        the companies', not the nearest country before them in the sentence (Vietnam, the
        plaintiffs'); none past a function word, a punctuation mark, a locative or another
        mention ('các công ty đã kiện Mỹ', 'công ty xuất khẩu sang Mỹ')."""
        keys = self.tokens.words.keys
        for at in range(match.last + 1, min(match.last + 2 + _TRADE_REACH, len(self.tokens))):
            if not self._spaced(at):
                return None
            country = self.matches.get(at)
            if country is not None:
                return (country.entry.country if at > match.last + 1
                        and country.entry.kind in _STATES and self._names_a_place(country)
                        and not self._after_locative(at) else None)
            word = keys[at]
            if (not word.isalpha() or self.tokens.capitalized(at)
                    or word in self.g.rules.function_words or word in self.g.rules.locatives
                    or word in self.g.rules.person_nouns):
                return None
        return None

    def _named_with_nationality(self, at: int) -> int | None:
        """The last word of the apposition after a personal name the gazetteer does not
        know, of two words or more, that gives it a nationality: 'Jamal Zougam, 30 tuổi,
        người Marốc', 'Maher Arar, công dân Canada', 'Greg Rollins, một nhà báo Canada'.
        The person is of that country and the apposition's sector, and so are later
        references to the name ('Zougam bị thẩm vấn'); the apposition is no second side.
        None where no such apposition follows."""
        after = at + 1
        while after < len(self.tokens) and self.tokens.capitalized(after) and (
                self._spaced(after) or self._hyphened(after)):  # 'Kim Hak-Su'
            after += 1
        if after == at + 1 or not (self._apposition_opens(after) or self._gap(after) == "("):
            return None  # most capitalized words: no run of them closed by a comma
        end = self._name_run(at)
        if end is None or end == at or not self._reads_as_name(at, end):
            return None
        nationality = (self._apposed_nationality(end + 1) or self._apposed_role(end + 1)
                       or self._bracketed_nationality(end + 1))
        if nationality is None:
            return None
        country, sector, last = nationality
        name = self.text[self.tokens[at].start:self.tokens[end].end]
        self._emit(at, end, country, sector, name, None, ActorRole.ACTOR, MentionVia.NAME)
        return last

    def _named_after_role(self, at: int) -> int | None:
        """The last word of a foreign name at ``at`` that a link of ``name_links`` joins to
        the unnamed role mentioned right before it ('công nhân người Myanmar tên là Ton',
        'Một thành viên nội các Palestine là Saeb Erakat'): the person of that role, its
        country (named with it, not guessed from the context) and sector, whom later
        references to the name mean. Not a role that owns the subject ('Mục tiêu của …
        là'); after the bare 'là' only a foreign name of two words or more ('Đối thủ là
        Anh' names no one); no name that opens on a Vietnamese family name, read as one."""
        keys, ends = self.tokens.words.keys, self.tokens.words.ends
        width = next((n for n in (3, 2, 1) if at > n
                      and " ".join(keys[at - n:at]) in self.g.rules.name_links), 0)
        if not width or not self.out or keys[at] in self.g.rules.family_names:
            return None
        role = self.out[-1]
        if (role.role is not ActorRole.ACTOR or role.country is None or role.sector is None
                or role.name is not None or role.via is MentionVia.CONTEXT
                or role.end != ends[at - width - 1]
                or self._sentence_ends_before(at - width)):
            return None  # a country the context guessed is no one's nationality
        if self._after_words(self.tokens.words.index_at(role.start),
                             self.g.rules.apposition_owners):
            return None  # 'Mục tiêu của quân đội Israel là Mahmoud Zahar': an owner
        end = self._name_run(at)
        if end is None:
            return None
        if " ".join(keys[at - width:at]) == "là" and (end == at or not all(
                _foreign_word(self.tokens.text(k)) for k in range(at, end + 1))):
            return None
        name = self.text[self.tokens[at].start:self.tokens[end].end]
        self._emit(at, end, role.country, role.sector, name, None, ActorRole.ACTOR,
                   MentionVia.NAME)
        return end

    def _reads_as_name(self, at: int, end: int) -> bool:
        """Whether capitalized words at..end read as a person's name: all foreign, or
        opening on a family name ('Nguyễn Tường Vân', 'Kim Myong Suk'); not a day or a
        place opening a sentence ('Sáng Thứ Hai, công dân Mỹ …', 'Tại Tal Afar, …')."""
        keys = self.tokens.words.keys
        return keys[at] in self.g.rules.family_names or all(
            _foreign_word(self.tokens.text(k)) for k in range(at, end + 1))

    def _apposed_nationality(self, at: int) -> tuple[str, str | None, int] | None:
        """(country, sector, last word) of an apposition starting at ``at`` after a comma: a
        private person's noun ('người', 'công dân', 'một kỹ sư') and right after it a
        country, or 'người' and a country ('phóng viên người Mỹ'), with an age before it if
        any ('30 tuổi, người Marốc'); a dash opens it as a comma does ('Orly Halperin -
        phóng viên người Mỹ -')."""
        if not self._apposition_opens(at):
            return None
        keys = self.tokens.words.keys
        if at + 2 < len(keys) and keys[at].isdigit() and keys[at + 1] == "tuổi":
            at += 2
            if not self._comma_before(at, 1):
                return None
        former = False
        if (at < len(keys) and keys[at] in self.g.rules.apposition_openers
                and at not in self.matches):
            # 'Blake Naftel, một sinh viên Mỹ' ('một nhà báo' is one entry); 'cựu nhà báo'
            # is no journalist now
            former = keys[at] in self.g.rules.former_markers
            at += 1
        noun = self.matches.get(at)
        if (noun is None or noun.entry.kind not in _OFFICES
                or noun.entry.sector not in _PRIVATE):
            return None
        country = self.matches.get(noun.last + 1)
        if keys[noun.last + 1:noun.last + 2] == ["người"]:
            country = self.matches.get(noun.last + 2)  # 'phóng viên người Mỹ'
        if (country is None or country.entry.kind is not EntryKind.COUNTRY
                or country.entry.country is None or not self._spaced(noun.last + 1)):
            return None
        after = country.last + 1
        if after < len(self.tokens) and self.tokens.capitalized(after) and self._spaced(after):
            return None  # a syllable of a place's name: 'người Đức Thọ, Hà Tĩnh'
        return (country.entry.country, FORMER_HOLDER if former else noun.entry.sector,
                country.last)

    def _bracketed_nationality(self, at: int) -> tuple[str, str | None, int] | None:
        """(country, sector, last word) of a bracket opening right before word ``at``, after
        a name, one of whose comma-separated parts is a nationality: a word of
        ``bracket_nationalities`` and a country that closes the part ('Michel Adrian Omallon
        (1947, quốc tịch Australia)', 'Jeffrey Williams (người Mỹ)', 'Lee I Hsiung (quốc tịch
        Đài Loan)', as Vietnamese law news writes a foreigner's particulars); a private
        person (CVL). The last word is the bracket's."""
        if at >= len(self.tokens) or self._gap(at) != "(":
            return None
        keys, openers = self.tokens.words.keys, self.g.rules.bracket_nationalities
        found: str | None = None
        part, index = at, at
        while index < len(self.tokens) and (index == at or ")" not in self._gap(index)):
            if index > at and "," in self._gap(index):
                part = index
            if index == part and found is None:
                width = next((n for n in range(self.g.rules.longest_bracket_nationality, 0, -1)
                              if " ".join(keys[index:index + n]) in openers), 0)
                country = self.matches.get(index + width) if width else None
                if (country is not None and country.entry.kind is EntryKind.COUNTRY
                        and country.entry.country is not None
                        and self._text_after(country.last)[:1] in (",", ")")):
                    found = country.entry.country
            index += 1
        closed = index < len(self.tokens) or ")" in self._text_after(index - 1)
        if found is None or not closed:
            return None
        return found, "CVL", index - 1

    def _text_after(self, at: int) -> str:
        """The text between word ``at`` and the next word (or the text's end), without its
        spaces."""
        end = self.tokens[at + 1].start if at + 1 < len(self.tokens) else len(self.text)
        return self.text[self.tokens[at].end:end].strip()

    def _gap(self, at: int) -> str:
        """The text between word ``at`` and the word before it, without its spaces."""
        if not 0 < at < len(self.tokens):
            return ""
        return self.text[self.tokens[at - 1].end:self.tokens[at].start].strip()

    def _apposed_role(self, at: int) -> tuple[str, str | None, int] | None:
        """(country, sector, last word) of an apposition starting at ``at`` after a comma
        that gives a role in an institution ('giám đốc điều hành ESCAP', 'chuyên gia về
        Indonesia của bộ Ngoại giao Mỹ', 'phóng viên The Times (Anh)'): a role of
        ``apposed_roles``, then the first institution or country named before the
        apposition's next comma, not after a locative, the owner after 'của' first."""
        if not self._apposition_opens(at):
            return None
        keys, rules = self.tokens.words.keys, self.g.rules
        if at < len(keys) and keys[at] in rules.apposition_openers:
            at += 1
        width = next((n for n in (3, 2, 1) if " ".join(keys[at:at + n])
                      in self.g.rules.apposed_roles), 0)
        if not width:
            return None
        _, sentence_end = self.tokens.sentence_of(at)
        named: list[tuple[bool, tuple[str, str | None, int]]] = []
        owned = False
        for index in range(at + width, min(sentence_end, at + width + _ROLE_REACH)):
            if self._comma_before(index, 1) or keys[index] in rules.apposition_ends:
                break  # '…, một thủ lĩnh phiến quân Chechnya bị quân đội Nga tiêu diệt'
            owned = owned or keys[index] in rules.apposition_owners
            match = self.matches.get(index)
            if (match is None or match.entry.kind not in _OWNERS - {EntryKind.PLACE}
                    or keys[index - 1] in rules.leanings or self._after_locative(index)):
                # 'nhóm Hồi giáo Sunni thân Syria' is of no Syrian, 'chuyên gia về Trung
                # Quốc', 'nhân viên khách sạn ở Baghdad' of no Chinese or Iraqi body
                continue
            country, sector, last = match.entry.country, match.entry.sector, match.last
            state = self.matches.get(match.last + 1)
            if (country is None and match.entry.kind is EntryKind.BODY and state is not None
                    and state.entry.kind in _STATES and self._spaced(state.first)):
                # 'bộ Ngoại giao Mỹ': the body's sector, the country after it
                country, last = state.entry.country, state.last
            if country is not None:
                named.append((owned, (country, sector, last)))
        if not named:
            return None
        return next((n for n in named if n[0]), named[0])[1]

    def _holder_named(self, match: _Match) -> tuple[int, int, _Match | None] | None:
        """(first, last word, place) of the Vietnamese personal name right after the name of
        a Vietnamese office held by one person (``Entry.holder``), after the office's unit
        and place if any ('Chủ tịch UBND tỉnh Nguyễn Hữu Chí', 'Bí thư Thành ủy thành phố
        Hải Phòng Nguyễn Văn Thuận', 'Chủ tịch UBND xã Bình Chánh Nguyễn Văn Hai'): the
        holder, whom later references to the name mean, not a private person beside the
        office. Not an office of a foreign place ('Bí thư Thành ủy Thượng Hải', China's),
        nor one counted ('Hai kiểm sát viên …'). The place is the gazetteer's, when it
        knows it."""
        if not match.entry.holder or (self._spaced(match.first)
                                      and self._quantified(match.first)):
            return None
        keys, at = self.tokens.words.keys, match.last + 1
        place: _Match | None = None
        units = self.g.rules.office_units
        width = next((n for n in range(self.g.rules.longest_office_unit, 0, -1)
                      if " ".join(keys[at:at + n]) in units), 0)
        # the office's own name may end in its unit ('Chủ tịch UBND xã')
        unit = bool(width) or any(
            " ".join(keys[match.last - n + 1:match.last + 1]) in units
            for n in range(1, self.g.rules.longest_office_unit + 1))
        at += width
        if at < len(self.tokens) and (found := self.matches.get(at)) is not None and (
                found.entry.kind in _PLACES):
            if found.entry.country != match.entry.country:
                return None
            place, at = found, found.last + 1
        if (at >= len(self.tokens) or not self._spaced(at)
                or self._sentence_ends_before(at) or at - match.last - 1 > _HOLDER_REACH):
            return None
        run_end = self._name_run(at, through_countries=True)
        if run_end is None:
            return None
        if not unit or place is not None:
            return (at, run_end, place) if self._personal_name_end(at) == run_end else None
        # a unit's place the gazetteer does not know runs into the name: the name, of three
        # syllables or four, opens after the place's two syllables, as most are ('phường Tuần
        # Châu Phạm Văn Toàn', 'xã Bình Chánh Nguyễn Văn Hai'), else after one or three
        starts = [start for start in (at + 2, at + 1, at + 3) if start <= run_end - 2]
        first = next((start for start in starts
                      if self._personal_name_end(start) == run_end), None)
        return (first, run_end, None) if first is not None else None

    def _apposed_name(self, at: int) -> int | None:
        """The last word of a foreign personal name of two or more words right after a
        role and its country ('thủ lĩnh phiến quân Chechnya Aslan Maskhadov'), which names
        the one person the role is; not a Vietnamese name, which the role noun does not
        take so ('công dân Việt Nam Nguyễn Văn A' is read as a name of its own)."""
        if at >= len(self.tokens) or not self._spaced(at) or at in self.matches:
            return None
        if self.tokens.words.keys[at] in self.g.rules.family_names or self.tokens.text(
                at).isupper():
            return None  # nor a ship's ('hải quân Australia HMAS Kanimbla')
        end = self._name_run(at)
        return end if end is not None and end > at else None

    def _referred_country(self, first: int) -> str | None:
        """The country 'nước này' refers to: the subject's, i.e. the first country acting
        in its sentence ('Bộ Quốc phòng Nga … xác nhận nước này và Ukraine'), else in the
        sentence before ('quân số Hàn Quốc tại Iraq lớn thứ ba sau Mỹ và Anh. Hồi tháng
        giêng, Quốc hội nước này …' is Korea's), else the last country named."""
        begin, _ = self.tokens.sentence_of(first)
        previous = self.tokens.sentence_of(begin - 1)[0] if begin > 0 else begin
        for since, until in ((begin, first), (previous, begin)):
            start = bisect_left(self._acting, (since, ""))
            if start < len(self._acting) and self._acting[start][0] < until:
                return self._acting[start][1]
        return self._last_country

    def _group_member_country(self, first: int) -> str | None:
        """The country of the group whose members a link lists right before word
        ``first``, past a count ('6 công dân Sudan gồm một nhà ngoại giao'): the last
        mention made, private people of a country, ending right before the link."""
        keys, quantifiers = self.tokens.words.keys, self.g.rules.quantifiers
        at = first
        while at > 0 and (keys[at - 1] in quantifiers or keys[at - 1].isdigit()):
            at -= 1
        link = next((at - width for width in (4, 3, 2, 1) if at - width >= 0
                     and " ".join(keys[at - width:at]) in self.g.rules.member_links), None)
        if link is None or link == 0 or not self.out:
            return None
        group = self.out[-1]
        if (group.end != self.tokens[link - 1].end or group.role is not ActorRole.ACTOR
                or group.sector not in _PRIVATE or group.country is None
                or group.country in NON_STATE):
            return None
        return group.country

    def _residence(self, last: int) -> str | None:
        """The country of the place named right after a noun ending at ``last`` and a word
        of residence ('ở', 'tại': the rules' residence_links), if any."""
        at = last + 1
        if at + 1 >= len(self.tokens) or (
                self.tokens.words.keys[at] not in self.g.rules.residence_links):
            return None
        place = self.matches.get(at + 1)
        if place is None or place.entry.country is None or not self._names_a_place(place):
            return None
        return place.entry.country

    def _context_country(self, first: int, last: int, armed: bool = False,
                         sector: str | None = None) -> str | None:
        """The country of a noun that names none: the nearest country named in its
        sentence (before it, then after), but for ``armed`` groups, which take the country
        where they fight, never that of the army they fight ('phiến quân tấn công binh sĩ
        Mỹ'), and for civilians, who take an army's country only when the sentence names
        no other ('các du kích bắt khoảng 150 người Shiite' beside 'Quân đội Iraq và Mỹ' are
        Iraqis: the first army's land; 'quân đội Uzbekistan nổ súng vào đoàn biểu tình');
        else (for armed groups) the one the article most names as a place ('các phần tử Hồi
        giáo cực đoan' in an article about attacks in Uzbekistan), else the
        country the article names most, else Vietnam when the article names no country at
        all (home news: 'công an', 'tòa án' unqualified in Vietnamese press are
        Vietnam's). No state body or armed group (``sector``) takes the nationality of a
        person named in its sentence (``_nationalities``: 'cảnh sát bắn chết một chàng
        trai Brazil ở London' is London's police), nor a private person that of one named
        after it. A place right after the noun and 'ở' or
        'tại' is theirs ('những kẻ cực đoan ở Uzbekistan', 'chính phủ mới ở New Delhi'),
        but for soldiers and the press, as often abroad ('các binh sĩ ở Iraq'). Armed
        groups do not take the country of a government they confront either ('đòi chính
        phủ Italy rút quân khỏi Iraq'), unless the sentence names no other ('bắn vào đoàn
        xe của ông sau khi ông rời trụ sở Quốc hội Iraq')."""
        if (member := self._group_member_country(first)) is not None:
            return member
        if sector not in _ABROAD and (resident := self._residence(last)) is not None:
            return resident
        begin, end = self.tokens.sentence_of(first)
        starts = self._match_starts()
        before = starts[bisect_left(starts, begin):bisect_left(starts, first)]
        after = starts[bisect_right(starts, last):bisect_left(starts, end)]
        foes = set()
        first_foe: str | None = None
        first_foe_at = end
        governed: str | None = None
        nationalities = (self._nationalities(begin, end, last, armed) if sector is not None
                         else set())
        if sector in _PRIVATE:
            # a private person shares a nationality told before it ('Một công dân Nga thiệt
            # mạng, 2 người bị bắt cóc') or its own after it ('Khoảng 200 người, chủ yếu là
            # sinh viên Iran, …': nationality_links), not that of whom it acts on ('Khoảng 15
            # người đã tấn công hai sinh viên Peru … tại Voronezh' are of Voronezh's country)
            nationalities = {index for index in nationalities if index > last}
        for index in (*reversed(before), *after):
            match = self.matches[index]
            if (not self._names_a_place(match) or index in nationalities
                    or self._after_neighbour(match.first)):
                continue
            if armed and match.first > last and self._titles_another(match):
                continue
            if armed and governed is None and self._owns_a_body(match):
                governed = match.entry.country
                continue
            if (armed or sector in _CIVILIANS) and (self._owns_an_army(match) or (
                    armed and self._owns_a_mission(match))):
                # nor do civilians take the country of an army named with them ('Quân đội
                # Iraq và Mỹ đang bao vây …, sau khi các du kích bắt khoảng 150 người Shiite')
                if first_foe is None or match.first < first_foe_at:
                    first_foe, first_foe_at = match.entry.country, match.first
                foes.add(match.entry.country)
                continue
            if (sector in _LOCAL and self._owns_a_mission(match)
                    and not self._mission_of(last, match)):
                # 'Cảnh sát và người biểu tình đụng độ bên ngoài đại sứ quán Đan Mạch ở
                # Afghanistan': a mission abroad stands in another land; not 'nhân viên sứ
                # quán Mỹ', the mission's own staff
                continue
            return match.entry.country
        if armed and (place := self._article_place()) is not None:
            return place
        if governed is not None:
            return governed
        if sector in _CIVILIANS and foes:
            # civilians where only armies are named: of the first army's land ('quân đội
            # Uzbekistan nổ súng vào đoàn biểu tình', 'Quân đội Iraq và Mỹ')
            return first_foe
        article = self._article_countries(missions=sector not in _LOCAL)
        counts = self._article_lands() if armed else article
        named = [country for country, _ in counts.most_common() if country not in foes]
        if named:
            return named[0]
        # an armed group in news that names countries only as nationalities: no country
        return None if foes or (armed and article) else HOME_COUNTRY

    def _article_lands(self) -> Counter[str]:
        """How often the article names each country as a land or by the people the
        gazetteer knows, not as the nationality of someone in it: an armed group the text
        gives no country is of the land where it fights, not of the hostages it takes ('Một
        nhóm chiến binh bắt 2 tài xế người Pakistan', 'Các tay súng … đã bắt cựu thứ trưởng
        Ngoại giao Đức')."""
        if self._lands is None:
            self._lands = Counter(
                country for m in self.matches.values()
                if (country := self._match_country(m)) is not None and (
                    (self._names_a_place(m) and not self._a_nationality(m, True)
                     and not self._owns_a_mission(m))
                    or (m.entry.kind is EntryKind.PERSON and country not in NON_STATE)))
        return self._lands

    def _after_neighbour(self, first: int) -> bool:
        """Whether a country is named as a place's neighbour ('tại tỉnh Narathiwat, giáp
        biên giới Malaysia'), not where its sentence happens."""
        keys = self.tokens.words.keys
        return any(" ".join(keys[first - width:first]) in self.g.rules.neighbours
                   for width in range(1, min(_NEIGHBOUR_WORDS, first) + 1))

    def _nationalities(self, begin: int, end: int, last: int, given: bool = False
                       ) -> set[int]:
        """The first words of the countries between ``begin`` and ``end`` named as the
        nationality of someone other than the noun ending at ``last``, with the
        countries listed after one ('công dân Đức, Anh, Ý, Pháp')."""
        starts = self._match_starts()
        found: set[int] = set()
        previous: _Match | None = None
        for index in starts[bisect_left(starts, begin):bisect_left(starts, end)]:
            match = self.matches[index]
            if match.entry.kind not in _PLACES:
                continue
            listed = previous is not None and previous.first in found and all(
                key in self.g.rules.coordinators
                for key in self.tokens.words.keys[previous.last + 1:match.first])
            if listed or self._anothers_nationality(match, last, given):
                found.add(index)
            previous = match
        return found

    def _anothers_nationality(self, match: _Match, last: int, given: bool = False) -> bool:
        """A nationality (``_a_nationality``) of someone other than the noun ending at
        word ``last``: 'viên tài xế người Afghanistan', '4 nghi phạm đều là công dân Anh',
        '18 đối tượng này bao gồm 14 công dân Marốc' are the driver's and the suspects'
        own."""
        if match.entry.country == HOME_COUNTRY or not self._a_nationality(match, given):
            # 'sinh viên Việt Nam' in home news: Vietnamese people are the home context
            return False
        if match.first <= last:
            return True
        between = [w for w in self.tokens.words.keys[last + 1:match.first]
                   if w not in self.g.rules.nationality_links
                   and w not in self.g.rules.bracket_nationalities and not w.isdigit()]
        return bool(between) and " ".join(between) not in self.g.rules.person_nouns

    def _a_nationality(self, match: _Match, given: bool = False) -> bool:
        """Whether a country is named as a civilian's nationality ('chàng trai Brazil',
        'công dân Mỹ', 'du khách Anh', 'nhà báo Mỹ'): that person's, not the country of
        the police, courts or crowds around them."""
        if not (self._right_after_words(match.first, self.g.rules.person_nouns) or (
                given and self._right_after_words(match.first,
                                                  self.g.rules.bracket_nationalities))):
            # 'công dân Mỹ'; with ``given``, also after the words that give a nationality
            # ('người Pakistan'), which mark another's for armed groups, while a private
            # person's own often stands after its modifiers ('một nghi phạm khủng bố người
            # Indonesia')
            return False
        # 'Bộ Lao động Hàn Quốc': a ministry's country, not a worker's nationality
        before = self.matches_ending_at(match.first - 1)
        return before is None or before.entry.sector in _PRIVATE

    def _owns_an_army(self, match: _Match) -> bool:
        """Whether a country is named as the owner of armed forces ('binh sĩ Mỹ', 'Quân
        đội Iraq và Mỹ')."""
        keys, at = self.tokens.words.keys, match.first - 1
        while at > 0 and keys[at] in self.g.rules.coordinators:
            # 'Quân đội Iraq và Mỹ': the army before the list
            listed = self.matches_ending_at(at - 1)
            if listed is None or listed.entry.kind not in _STATES:
                return False
            at = listed.first - 1
        before = self.matches_ending_at(at) if at >= 0 else None
        return before is not None and before.entry.sector == "MIL"

    def _titles_another(self, match: _Match) -> bool:
        """Whether a country is named in the title of someone ('cựu thứ trưởng Ngoại giao
        Đức Juergen Chrobog'): his country, not that of an armed group acting on him (a
        title before the group is as often of its land's officials); a nationality ('nghi
        phạm khủng bố người Indonesia') is the group's own when right after it."""
        before = self.matches_ending_at(match.first - 1) if match.first > 0 else None
        return (before is not None and before.entry.kind is EntryKind.TITLE
                and not self._a_nationality(match, True))

    def _owns_a_body(self, match: _Match) -> bool:
        """Whether a country is named as the owner of its government or another state body
        ('đòi chính phủ Italy rút quân'): armed groups confront it, they are of its country
        only when their sentence names no other."""
        before = self.matches_ending_at(match.first - 1) if match.first > 0 else None
        return (before is not None and before.entry.kind is EntryKind.BODY
                and before.entry.sector in _STATE_BODIES)

    def _match_starts(self) -> list[int]:
        if self._starts is None:
            self._starts = sorted(self.matches)
        return self._starts

    def _article_countries(self, missions: bool = True) -> Counter[str]:
        """How often the article names each country (places and people), counted once;
        without ``missions``, not as the owner of a mission abroad, which stands in another
        land: the local police and people are of that land ('bản fax đe doạ khủng bố gửi
        tới cơ quan ngoại giao Anh. Cảnh sát địa phương …' in Dhaka), while an embassy's
        government is its own ('Đại sứ quán Nhật Bản … chính phủ sẽ tiếp tục hỗ trợ')."""
        if missions not in self._named_countries:
            named = [m for m in self.matches.values()
                     if (country := self._match_country(m)) is not None and (
                         (self._names_a_place(m) and (missions or not self._owns_a_mission(m)))
                         or (m.entry.kind is EntryKind.PERSON and country not in NON_STATE))]
            # the countries that act outweigh those only named as where things happen
            # ('binh sĩ đóng quân tại Iraq'): places after 'tại', 'ở', 'khỏi' count only
            # when the article names no country otherwise
            acting = [m for m in named if m.entry.kind is EntryKind.PERSON
                      or not self._after_locative(m.first)]
            if len(named) <= 1 and len(self._vietnamese_names()) >= _HOME_NAMES:
                # home news that names a foreign country once, as where someone went ('Hà
                # Kiều Anh đi Mỹ'): the unqualified police and courts are still Vietnam's
                acting = named = []
            self._named_countries[missions] = Counter(
                country for m in acting or named
                if (country := self._match_country(m)) is not None)
        return self._named_countries[missions]

    def _match_country(self, match: _Match) -> str | None:
        """A match's country; a person's on the article's day (``Entry.country_on``)."""
        if match.entry.kind is EntryKind.PERSON:
            return match.entry.country_on(self.on)
        return match.entry.country

    def _names_a_place(self, match: _Match) -> bool:
        """A country, capital or city the reader takes as one: not a syllable of a personal
        name ('Thúy Nga'), a time zone or a language ('giờ Hà Nội', 'tiếng Anh') nor an
        ambiguous name out of context ('Anh' the honorific)."""
        entry = match.entry
        return (entry.kind in _PLACES and entry.country is not None
                and entry.country not in NON_STATE
                and not self._inside_personal_name(match) and not self._modifier(match)
                and self._person_by_given_name(match) is None
                and not self._given_name_alone(match)
                and (not entry.ambiguous or (self._named_as_country(match)
                                             and not self._a_given_name(match))))

    def _given_name_alone(self, match: _Match) -> bool:
        """Whether a one-word country ends a Vietnamese personal name of the article and
        stands in no context of a country ('Lê Anh Đức … Ánh và Đức thường xuyên mâu
        thuẫn'): the person, even where the reader has not yet met him, as an article's
        counts of countries are taken before all its people are read."""
        if match.entry.kind is not EntryKind.COUNTRY or not self._a_given_name(match):
            return False
        before = match.first - 1
        if before >= 0 and self.tokens[before].key in self.g.rules.weak_context and (
                self.matches_ending_at(before) is None):
            return True  # 'Ánh và Đức', 'đàn em của Đức'
        return not self._named_as_country(match)

    # -- output ---------------------------------------------------------------------------

    def _apposition_opens(self, at: int) -> bool:
        """Whether a comma or a spaced dash stands right before word ``at``."""
        if at == 0 or at >= len(self.tokens):
            return False
        gap = self.text[self.tokens[at - 1].end:self.tokens[at].start]
        return self._comma_before(at, 1) or (gap.strip() in ("-", "–", "—")
                                             and gap.startswith(" ") and gap.endswith(" "))

    def _comma_before(self, at: int, width: int) -> bool:
        gap = self._gap(at)
        return "," in gap and len(gap) <= width

    def _located(self, match: _Match) -> None:
        """A gazetteer place or country named as where something happens, no side."""
        self._emit(match.first, match.last, match.entry.country, None, None,
                   match.entry.entity_id, ActorRole.LOCATION, MentionVia.GAZETTEER)

    def _emit(self, first: int, last: int, country: str | None, sector: str | None,
              name: str | None, entity_id: str | None, role: ActorRole,
              via: MentionVia, written: str | None = None) -> None:
        """``written``: a known person's name as the text writes it, when it is not the
        entry's name ('Trần Thủy Biển' for Chen Shui-bian)."""
        start, end = self.tokens.words.starts[first], self.tokens.words.ends[last]
        line = self.line_at(start) if self.line_at is not None else None
        mention = ActorMention(start, end, line, self.text[start:end], country, sector, name,
                               entity_id, role, via)
        self.out.append(mention)
        if country and country not in NON_STATE:
            self._last_country = country
            if role is ActorRole.ACTOR:
                self._acting.append((first, country))
        if country and role is ActorRole.ACTOR and via is not MentionVia.GROUP:
            self._countries[country] += 1
        if (role is ActorRole.ACTOR and (entity_id or "").startswith("org:")
                and sector != _MEDIA):
            # not a news agency cited ('theo AP'), which no later 'tổ chức này' means
            self._last_organization = mention
        if (name and role is ActorRole.ACTOR
                and not (entity_id or "").startswith(("org:", "country:"))):
            self._remember(mention, name, written)


def _named_side(mention: ActorMention) -> ActorMention | None:
    """The side an acronym may stand for: an institution or organisation the gazetteer
    names, acting; not a person, a place, a city standing for its government ('Hà Nội
    (PV)' is a dateline), a body of a context country ('cựu chiến binh (CCB)', whose
    country the next use names) or a country ending a longer name ('Học viện Quản lý
    Khách sạn Singapore (TMIS)')."""
    if (mention.role is not ActorRole.ACTOR or mention.sector is None
            or mention.via is not MentionVia.GAZETTEER
            or (mention.entity_id or "").startswith("person:")):
        return None
    return mention


def _an_institution(mention: ActorMention) -> bool:
    """Whether a mention names an institution or a state, not a person: no title, no
    personal name."""
    entity = mention.entity_id or ""
    return (mention.via in _INSTITUTION_VIAS and not entity.startswith("person:")
            and (mention.name is None or entity.startswith("org:")))


def _after_phrase(keys: list[str], first: int, words: frozenset[str]) -> bool:
    """Whether the one to four words right before word ``first`` are one of ``words``
    ('sứ quán', 'cơ quan ngoại giao')."""
    if first == 0 or keys[first - 1] not in _last_words(words):
        return False  # most words end no phrase of the list: no joining
    return any(" ".join(keys[first - width:first]) in words
               for width in range(1, min(_PHRASE_WORDS, first) + 1))


@functools.cache
def _last_words(words: frozenset[str]) -> frozenset[str]:
    """The last word of each phrase of a context word list."""
    return frozenset(phrase.rsplit(" ", 1)[-1] for phrase in words)


def _vietnamese_syllable(word: str) -> bool:
    """Whether one capitalized word is a Vietnamese syllable: a diacritic, or a syllable's
    spelling without one; no initial nor acronym ('anh K. Suryanarayana')."""
    return len(word) > 1 and not word.isupper() and (
        bool(_VIETNAMESE_LETTERS & set(word.lower()))
        or _PLAIN_SYLLABLE.fullmatch(word) is not None)


def _foreign_word(word: str) -> bool:
    """Whether one capitalized word is a foreign name: no acronym ('chủ tịch ECB' heads a
    bank), no Vietnamese diacritic and no syllable's spelling without them."""
    return (not word.isupper() and not _VIETNAMESE_LETTERS & set(word.lower())
            and _PLAIN_SYLLABLE.fullmatch(word) is None)
