"""Code the PLOVER events of one article from its triggers, actors and timexes.

Per sentence: triggers (longest match; blocked phrases such as 'thăm dò' consume
their words), one interaction per type; the actor is the nearest coded actor
before the trigger with those coordinated with it ('X và người đồng cấp Y'),
after any reporting verb (whose speaker becomes the source); recipients follow
a recipient marker ('với', 'cùng', 'nhằm vào', 'giữa') or the trigger itself,
never a topic ('về vấn đề Ukraine'); 'bị' swaps the sides; 'hai bên' is both.
Status from the clause (không/chưa → denied, nếu → hypothetical, sẽ/dự kiến →
planned, đang → ongoing). The date is the clause's own timex, else the date of
the dated interaction of the same sides in the article, else the report's date.
Mentions of one interaction in several sentences become one event.
"""

from __future__ import annotations

import hashlib
import re
from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, replace
from itertools import pairwise

from sukien.actors.gazetteer import NON_STATE
from sukien.events.arguments import ArgumentWords, load_argument_words
from sukien.events.demands import Demands, load_demands
from sukien.events.formats import Formats, load_formats
from sukien.events.implied import (
    ImpliedSide,
    ImpliedSides,
    MissingSide,
    is_implied,
    load_implied_sides,
)
from sukien.events.lexicon import EventLexicon, Guard, Trigger
from sukien.model import (
    HOME_COUNTRY,
    NOT_FACTS,
    ActorMention,
    ActorRole,
    Article,
    DateBasis,
    Event,
    EventActor,
    EventDate,
    EventStatus,
    Evidence,
    MentionVia,
    Precision,
    Timex,
    TimexKind,
    better_date,
    dates_compatible,
)
from sukien.text import Words, phrase_keys, words
from sukien.text.boundaries import WordBoundaries
from sukien.text.sentences import sentence_spans

# words that may stand between two coordinated sides: 'X và người đồng cấp Y'
_JOINERS = frozenset({"và", "cùng", "người", "đồng", "cấp"})
# the parties after 'giữa' may also be joined by 'với' ('thoả thuận ngừng bắn giữa chính phủ
# và liên quân với chiến binh Shiite'), which elsewhere opens a recipient
_BETWEEN_JOINERS = _JOINERS | {"với"}
# 'giữa' stands within this many words before the first party it names, one word between
# at most ('giữa ông Assad và …', where the mention leaves out 'ông')
_BETWEEN_REACH = 2
# a wish for a side's good names it within a few words of the side ('mong muốn ông Fidel
# Castro sớm hoàn toàn bình phục')
_WELL_WISH_REACH = 4
# types whose modes are the manner of one act (an attack's weapons, a protest's forms): a
# report names them variously, so they do not tell two events apart; the modes of the other
# types are different acts (an arrest and a seizure, a release and a withdrawal)
_MANNER_TYPES = frozenset({"ASSAULT", "PROTEST"})
# the longest verb phrase that opens a sentence before the comma and its subject
_VERB_PHRASE_WORDS = 12
# words after a comma that join clauses, open a noun phrase (the next of a list: 'Kêu
# gọi các chính phủ, các tổ chức quốc tế, …') or a time ('khai nhận, khoảng đầu tháng
# 4-2006, N. …'), never a second verb phrase
_PHRASE_JOINERS = frozenset({"và", "còn", "hay", "hoặc", "tuy", "nên", "thì", "là", "cùng",
                             "đồng", "trong", "tại", "ở", "theo", "với", "từ", "các", "những",
                             "một", "mọi", "nhiều", "khoảng", "vào", "lúc", "hôm", "ngày",
                             "sáng", "trưa", "chiều", "tối", "đêm", "tháng", "năm", "đầu",
                             "cuối", "sau", "trước", "hiện", "nay"})
# officials who serve in their own country: where an attack on them happened, unnamed
_AT_HOME_SECTORS = frozenset({"GOV", "LEG", "JUD", "COP"})
# a country's state: a state body does not condemn or answer the unnamed acts of its own
# state (a procuracy approving an arrest by its own police)
_STATE_AGENTS = _AT_HOME_SECTORS | {"MIL"}
_DATED_KINDS = frozenset({TimexKind.DATE, TimexKind.TIME, TimexKind.RANGE})
# precisions an event date keeps from its timex; others become day (a clock time: its day)
_EVENT_PRECISIONS = frozenset({Precision.DAY, Precision.MONTH, Precision.YEAR, Precision.WEEK,
                               Precision.QUARTER, Precision.DECADE})

# Windows, in words before the trigger (after it for recipients), where a marker or side counts.
# a generic phrase ('các cuộc', two words) stands right before the trigger it makes a kind
_GENERIC_REACH = 2
# words after plural attacks within which their day makes them one series ('các vụ đánh bom
# lẻ tẻ đã diễn ra tại Ankara và Istanbul hôm thứ năm')
_SERIES_REACH = 12
# room for the agent between 'bị' and the trigger: 'Ukraine bị quân đội Nga tấn công'
_PASSIVE_REACH = 9
# short, so that a 'không' on another verb further back does not deny the trigger
_NEGATION_REACH = 3
# words before a year's first word (and that word) where 'SN', 'sinh năm' make it a birth year
_BIRTH_REACH = 3
# words at most from a law's name to its date ('Pháp lệnh xử lý vi phạm hành chính năm 2002')
_STATUTE_REACH = 8
# statuses of a promise that make what it promises planned, and of an act a promise can
# make planned
_DONE = frozenset({EventStatus.OCCURRED, EventStatus.ONGOING})
# the quad classes of cooperation, verbal and material (PLOVER), and how many words may
# stand between a demand and the cooperation it asks for as a noun ('yêu cầu … lời xin lỗi')
_COOPERATIVE_QUAD = 2
_ASKED_REACH = 8
# the longest phrase of ``neighbours`` in words ('gần biên giới với')
_NEIGHBOUR_WORDS = 4
# words before 'hoặc' within which a negation denies the verbs it joins
_ALTERNATIVE_REACH = 6
# 'để', 'nhằm' stand right before the act they aim at, a word at most between ('để sớm
# trả tự do')
_PURPOSE_REACH = 3
# a means or a leave ('dùng chất độc xyanua để', 'đồng ý để') stands a few words before
# the purpose word
_MEANS_REACH = 6
# 'phải', 'cần' stand right before the verb they bind, an adverb at most between
# ('phải sớm rút quân')
_OBLIGATION_REACH = 3
# what ends a phrase: a trigger's words never run across it
_CLAUSE_MARKS = r",.;:!?()\[\]"
_PUNCTUATION = re.compile(rf"[{_CLAUSE_MARKS}\"“”]")
# the same but quotes, which a judgement's words may stand in ('là "khiêu khích"')
_CLAUSE_PUNCTUATION = re.compile(rf"[{_CLAUSE_MARKS}]")
# a year a time expression's words name ('Năm 1999', 'tháng 8-2004')
_YEAR = re.compile(r"\d{4}")
# a year opening parentheses ('Lê Văn Tiến (1985)', 'Peter Mueller (1937, quốc tịch Áo)'):
# what stands between the word before and the year, and between the year and what follows
_PAREN_OPENS = re.compile(r"\s*\(\s*")
_PAREN_CLOSES = re.compile(r"\s*\)")
_FACT_FOLLOWS = re.compile(r"\s*,\s*")
# words that end what a judgement's 'là' says before its condemning word
_JUDGEMENT_BREAKS = frozenset({"là", "không", "chứ", "chẳng", "chưa", "hề"})
# words after which the side a judgement is about is named anew
_JUDGED_BREAKS = frozenset({"là", "còn"})
# how far before a judgement's 'là' a negation denies it ('không phải là', 'không còn là')
_JUDGEMENT_NEGATION_REACH = 2
# how far before a trigger the word opening a phrase of setting may stand ('sau hơn 1 tháng
# điều tra, …')
_SETTING_REACH = 4
# words after a setting's trigger before the comma that closes its phrase ('phiên xử phúc
# thẩm,')
_SETTING_TAIL = 3
# how far before a demand's trigger the phrase naming it as what an act was done at may
# start ('theo lời đề nghị của')
_SETTING_LEAD = 2
# the most words (adverbs: 'cũng', 'đồng thời', 'lại') between a contrast and its verb for
# the verb to share the subject of the clause before
_SHARED_SUBJECT_GAP = 2
# wider: 'theo kế hoạch', 'dự kiến' may open the clause ('Theo kế hoạch, Nga và Mỹ hội đàm')
_PLANNED_REACH = 6
# words a hypothetical marker may start before the reporting verb it holds ('nhà bình
# luận cho rằng')
_OPINION_REACH = 4
# words after a noun event opening its clause within which 'sẽ', 'dự kiến' tell its status,
# past the sides it names ('Cuộc gặp giữa Tổng thống Nga và Tổng thống Mỹ sẽ diễn ra …')
_PLANNED_AFTER_REACH = 16
# a promised act follows its promise closely ('cam kết rút quân đội Tây Ban Nha'), not at
# the end of a long clause ('đồng ý chuyển giao … 5 thành phố bị chiếm đóng')
_PROMISED_GAP = 5
# words no mention covers that may stand between an introducer and the side a demand or an
# allegation names ('cho rằng nhóm ly khai ETA đứng đằng sau …': a kind of group before it)
_LOOSE_BEFORE_ADDRESSEE = 4
# the sector of people a state's act names by a group noun of no other sector
_CIVILIANS = "CVL"
# short, as for negation: 'đang', 'tiếp tục' bear on the verb right after them
_ONGOING_REACH = 3
# 'đã', 'vừa' right before the verb: it took place, whatever its date says
_PAST_REACH = 3
# 'kể từ' (two words) right before a timex makes it the date of an earlier event
_SINCE_REACH = 2
# the longest topic markers that end right before an actor: 'về vấn đề', 'liên quan đến'
_TOPIC_REACH = 3
# coordinated sides stand a few joiner words apart ('X và Y'); more is not one phrase
_JOINER_GAP = 3
# a recipient follows the trigger closely ('điện đàm trực tuyến với …'), not at the clause's end
_RECIPIENT_REACH = 8
# with no recipient marker, the recipient follows at once ('tấn công Ukraine'), a word at most
_BARE_RECIPIENT_GAP = 1
# words from 'ở', 'tại' to the place it names ('ở thành phố Istanbul')
_LOCATIVE_REACH = 3
# how far after a protest its purpose may name whom it is aimed at ('tuần hành trên các
# đường phố Dublin, Ireland, để phản đối Bush')
_PROTEST_AIM_REACH = 12
# words between a fronted preposition and its noun event ('Trong buổi hội đàm')
_FRONTED_GAP = 2
# words between a first-person subject and its verb ('chúng tôi đã luôn ủng hộ')
_FIRST_PERSON_REACH = 4
# words between a threat or demand and the act it threatens or demands ('cảnh báo có thể
# tấn công', 'kêu gọi phải truy tố', 'đe doạ sẽ hành quyết')
_CONTENT_GAP = 3
# words after a threat within which its condition ('nếu', 'trừ khi') may stand, and after
# the condition word within which its subject, the threatened side, is named
_CONDITION_REACH = 25
_CONDITION_SUBJECT_REACH = 4
# at most this many words open a sentence before the comma that a fronted phrase follows
_OPENER_WORDS = 3
# mentions before a sentence among which its pronouns look for what they stand for
_ANTECEDENTS = 6
# status words that may stand between a traveller and a verb of motion ('… sẽ đến Tokyo')
_STATUS_MARKERS = ("planned", "ongoing", "negation")
# words at most from an aid's trigger to the currency of its sum ('hỗ trợ 534 nghìn đôla')
_AID_SUM_REACH = 5
# words that join two verbs sharing one object ('bắt cóc và giết chết một người Ấn Độ')
_VERB_JOINERS = frozenset({"và", "rồi"})
# words at most between two verbs joined by 'và' that share a subject: the first's object
# ('chỉ trích Iran và kêu gọi …'); a longer stretch holds clauses of its own
_JOINED_OBJECT = 10
# words a reporting verb that ends a sentence may still have after it ('cho biết hôm qua')
_TRAILING_REPORT = 6
# words before a traveller within which 'đưa', 'cấm', 'mời' make it moved, not visiting
_MOVER_REACH = 3
# a verb's object follows it at once or after an adverb ('lên án mạnh mẽ vụ tấn công')
_OBJECT_GAP = 2
# talks a side says it will not hold are its refusal to meet (REJECT meet, CAMEO 125), told
# within this many words after the statement ('tuyên bố không thể thương lượng')
_TALKS = "CONSULT"
_REFUSAL = "REJECT"
_REFUSAL_MODE = "meet"
_REFUSAL_REACH = 8
# an act an accusation names back ('lên án hành động dã man trên') is the article's attack
_ANAPHOR_ACCUSER = "ACCUSE"
_ANAPHOR_TYPE = "ASSAULT"
# a phrase of another sense may open this many words before a verb of judging it holds
# ('cái gọi là', 'lời kêu gọi')
_NOT_JUDGING_LEAD = 2
# a call for violence ('kêu gọi tiêu diệt ông Sharon') is a threat of violence, as a stated
# intent of violence is ('tuyên bố sẽ giết con tin')
_THREAT = "THREATEN"
_THREAT_MODE = "violence"
# type, mode and CAMEO code of an arrest made (PLOVER COERCE arrest, CAMEO 173)
_ARREST = ("COERCE", "arrest", "173")
# words between a receiving verb and the aid it receives ('nhận được sự hỗ trợ')
_RECEIVED_GAP = 2
# words after a trigger within which 'của X' / 'từ phía X' names an owner: a noun event's
# agent ('vụ tấn công tên lửa của Nga'), a verb's object ('các cơ sở của lực lượng … Armenia')
_OWNER_REACH = 5
# how far after a reaction's object head ('kế hoạch', 'đề xuất') its owner may come
_OBJECT_OWNER_REACH = 12
# words after an attack or a protest within which the state site it strikes may stand
# ('struck_sites'), words from the site's head to its owner, and words between the site's
# end and its owner ('căn cứ Merez của Mỹ', 'căn cứ quân sự của Mỹ')
_SITE_REACH = 12
_SITE_LEAD = 6
_SITE_GAP = 2
# words after the verb of a noun attack's toll ('làm', 'khiến') within which the toll
# ('thiệt mạng') may stand
_TOLL_GAP = 10
# words from an attack named as a noun to the verb of its toll, past its place and day
# ('các vụ đánh bom lẻ tẻ đã diễn ra tại Ankara và Istabul hôm thứ năm làm 4 người chết')
_TOLL_VERB_GAP = 14
# words from 'khi', 'sau khi' to the subject of their clause, a long title between
_SUBORDINATE_SUBJECT_REACH = 14

# A borrowed date's confidence, as a share of the lender's (DateBasis: timex, related, published).
# the dated interaction of the same sides: likely the same occasion, not surely
_RELATED_DATE = 0.8
# the report's own date: the event may have happened days before it was reported
_PUBLISHED_DATE = 0.6
def _is_blocked(trigger: Trigger) -> bool:
    return trigger.type == "BLOCKED"


def _guarded(guards: list[tuple[int, int, Guard]], trigger: Trigger, first: int,
             last: int, joined_at: int | None = None,
             names: Sequence[tuple[int, int]] = (),
             marked: Callable[[int, int], bool] | None = None) -> str | None:
    """The effect of the sentence's guards on a trigger in words first..last: 'drop' wins
    over 'mute', which wins over 'deny', which wins over 'hypothetical'. ``joined_at``: the
    joiner ('và') that makes the trigger a second predicate, before which no guard that is
    a predicate of its own reaches it ('bác bỏ cáo buộc và dọa sẽ tấn công': the threat is
    not what is denied); a guard of the shared subject still does. A name between a guard
    that makes the trigger hypothetical and the trigger (``names``: first and last words)
    counts as one word ('những lời kêu gọi người đứng đầu Lầu Năm Góc từ chức'); the reach of
    the others, modifiers and nouns next to the trigger, stays in words ('bắn chết nhiều
    người Palestine, Liên đoàn Arập lên án Israel' is no crowd's opinion). ``marked``: whether
    a clause mark stands between two words, which a guard of its own clause never crosses."""
    effect: str | None = None
    for at, end, guard in guards:
        if not guard.applies_to(trigger):
            continue
        if guard.clause and marked is not None and (
                marked(end, first) if at < first else marked(last, at)):
            continue
        # the content of a demand or a hope names its sides at any length
        named = names if guard.effect == "hypothetical" else ()
        before = (guard.side == "before" and first > end
                  and _words_apart(end, first, named) <= guard.reach
                  and (joined_at is None or joined_at <= end
                       or guard.effect not in _PREDICATE_EFFECTS))
        after = guard.side == "after" and at > last and _words_apart(
            last, at, named) <= guard.reach
        if before or after:
            if guard.effect == "drop":
                return "drop"
            if effect not in ("mute", "deny") or guard.effect == "mute":
                effect = guard.effect
    return effect


def _words_apart(end: int, first: int, names: Sequence[tuple[int, int]]) -> int:
    """How far word ``first`` stands after word ``end``, a name wholly between them counted
    as one word."""
    return first - end - sum(last - start for start, last in names
                             if end < start and last < first)


# the effects of guards that are predicates of their own ('bác bỏ cáo buộc', 'từ chối
# bình luận'), which a second verb joined by 'và' escapes
_PREDICATE_EFFECTS = frozenset({"deny", "mute"})
# the status a guard of event_guards.json gives an event it does not drop
_GUARDED_STATUS = {"deny": EventStatus.DENIED, "hypothetical": EventStatus.HYPOTHETICAL}


@dataclass(frozen=True, slots=True)
class _Found:
    """A trigger in words first..last; ``status`` when a guard says what became of the event:
    denied ('từ chối đối thoại'), hypothetical ('cho phép Israel triển khai thêm lực lượng')."""

    first: int
    last: int
    trigger: Trigger
    status: EventStatus | None = None
    # no event, though still its clause's verb ('từ chối bình luận về vụ không kích')
    muted: bool = False
    # the words of a split trigger's tail ('rút 1.000 binh sĩ': 'binh sĩ'), first and last
    tail: tuple[int, int] | None = None


def _outside_tails(found: list[_Found]) -> list[_Found]:
    """The triggers but those inside the tail of a split trigger of their type, which tells
    that one event ('đưa vụ án ra xét xử' is one trial, not a second in 'xét xử'); a
    trigger of another type there is an event of its own ('mời … đến thăm': a visit)."""
    tails = [(f.tail, f.trigger.type) for f in found if f.tail is not None]
    return [f for f in found if not any(
        tail[0] <= f.first and f.last <= tail[1] and f.trigger.type == kind
        for tail, kind in tails)]


@dataclass(frozen=True, slots=True)
class _Referring:
    """An event whose recipient is the author of the ``named`` type of event it takes as
    its object ('lên án vụ tấn công'); coded without a recipient until that is known."""

    event: Event
    named: str


@dataclass(frozen=True, slots=True)
class _Placed:
    """An actor mention with the words it covers."""

    first: int
    last: int
    mention: ActorMention


class EventCoder:
    def __init__(self, lexicon: EventLexicon, boundaries: WordBoundaries | None = None,
                 implied: ImpliedSides | None = None,
                 arguments: ArgumentWords | None = None,
                 formats: Formats | None = None, demands: Demands | None = None) -> None:
        self.lexicon = lexicon
        self.demands = demands or load_demands()
        self.formats = formats or load_formats()
        self.implied = implied or load_implied_sides(lexicon.quad)
        self.arguments = arguments or load_argument_words()
        self.boundaries = boundaries or WordBoundaries()

    def code(self, article: Article, tokens: Words | None = None) -> tuple[Event, ...]:
        if not article.actors:
            return ()
        tokens = words(article.text) if tokens is None else tokens
        placed = _place(article.actors, tokens)
        placed_starts = [p.first for p in placed]
        timexes = sorted(article.timexes, key=lambda t: t.start)
        timex_starts = [t.start for t in timexes]
        events: list[Event] = []
        referring: list[_Referring] = []
        for start, end in sentence_spans(article.text):
            first = tokens.index_at(start)
            last = tokens.index_at(end) - 1
            if first > last:
                continue
            begin = bisect_left(placed_starts, first)
            actors = placed[begin:bisect_right(placed_starts, last)]
            names = _name_spans(actors)
            found = _outside_names(self.triggers(tokens, first, last, names), names)
            demands = self._demand_candidates(tokens, first, last, found)
            if not found and not demands:
                continue
            markers = _markers_outside_mentions(self._markers(tokens, first, last), actors)
            dated = timexes[bisect_left(timex_starts, start):bisect_left(timex_starts, end)]
            sentence = _Sentence(self, article, tokens, markers, actors, dated, first, last,
                                 start, end, placed[max(0, begin - _ANTECEDENTS):begin], found)
            if demands:
                found = sentence.with_demands(found, demands)
            coded, waiting = sentence.events(found)
            events.extend(coded)
            referring.extend(waiting)
        events = _answering_accusations(
            _attached(_merged([self._carried_out(e) for e in events])),
            self.arguments.answered_types)
        events = _merged([*events, *_answered(referring, events)])
        return _with_related_dates([e for e in events if not self._home_crime(e)], article)

    def _carried_out(self, event: Event) -> Event:
        """A warrant of Vietnam's own police or investigators is an arrest made (``home_warrants``:
        'Cơ quan Cảnh sát điều tra Bộ Công an vừa ra lệnh bắt Hồ Bá Tú'); one abroad threatens
        the arrest of someone at large ('Thẩm phán người Italy hôm qua ra lệnh bắt 13 nhân
        viên CIA')."""
        if (event.type != _THREAT or event.trigger.casefold() not in self.arguments.home_warrants
                or not event.actors or any(a.country != HOME_COUNTRY for a in event.actors)):
            return event
        kind, mode, cameo = _ARREST
        # the wanted man the warrant implied is the one arrested
        rule = self.implied.missing(kind, mode, MissingSide.RECIPIENT, event.trigger)
        recipients = tuple(replace(a, text=rule.label) if rule is not None and is_implied(a)
                           else a for a in event.recipients)
        return replace(event, type=kind, mode=mode, cameo=cameo, recipients=recipients,
                       quad_code=self.lexicon.quad[kind])

    def _home_crime(self, event: Event) -> bool:
        return self.arguments.home_crime(
            event.type, [(a.country, a.sector) for a in (*event.actors, *event.recipients)])

    def triggers(self, tokens: Words, first: int = 0, last: int | None = None,
                 names: Sequence[tuple[int, int]] = ()) -> list[_Found]:
        """Triggers in words first..last; a blocked phrase hides the triggers inside it, a
        trigger never matches part of a word ('bác' in 'bác sĩ'), a split trigger ('gọi …
        là') needs its tail, and the guards drop or deny what they cover, but for those
        inside the ``names`` (first and last words) of a body or a person ('câu lạc bộ' of
        'Câu lạc bộ Paris' makes no football)."""
        found: list[_Found] = []
        keys = tokens.keys
        index_of = self.lexicon.triggers
        last = len(keys) - 1 if last is None else last
        free = first
        guards: list[tuple[int, int, Guard]] | None = None
        def marked(end: int, start: int) -> bool:
            return _CLAUSE_PUNCTUATION.search(
                tokens.text, tokens.ends[end], tokens.starts[start]) is not None

        for index in index_of.start_indices(keys, first, last):
            if index < free:
                continue
            hit = self._longest_at(keys, index, last)
            if hit is not None and hit[0] > 1 and self._punctuated(tokens, index, hit[0]):
                # 'khởi tố, bắt tạm giam': not 'khởi tố bắt tạm giam' (an arrest) across the
                # comma, but the prosecution before it; 'sau khi kết luận, Thanh tra thành phố
                # đã kiến nghị': no 'kết luận thanh tra' (an inspection's findings)
                hit = self._longest_at(keys, index, last,
                                       self._unpunctuated(tokens, index, hit[0]))
            if hit is None or index + hit[0] - 1 > last:
                continue
            length, trigger = hit
            if self.boundaries.splits_word(tokens, index, index + length - 1) or (
                    length > 1 and self.arguments.length_at(keys, index, "nominalizers")
                    and self.boundaries.closes_word(tokens, index)):
                # 'có nhiệm vụ áp giải': the noun's classifier is the end of another word,
                # no 'vụ áp giải'; the verb after it may still be a trigger
                continue
            trigger = self._retyped(tokens, trigger, index + length)
            if trigger.type != "BLOCKED" and (
                    self._blocked_across(keys, index, length)
                    or self.boundaries.cut_both_ways(tokens, index, index + length - 1)):
                continue
            free = index + length
            tail = self._tail_span(keys, trigger, index + length, last)
            if trigger.type == "BLOCKED" or not self._near_words(
                    keys, trigger, index, length if tail is None else tail[1] + 1 - index, last):
                continue
            if guards is None:
                guards = self._guards_in(tokens, first, last, names)
            effect = _guarded(guards, trigger, index, index + length - 1,
                              self._speech_joined_at(keys, trigger, index,
                                                     index + length - 1, first)
                              if guards else None, names, marked)
            if tail is not None and self._tail_blocked(keys, tail):
                continue  # 'mời các chuyên gia Mỹ tới thăm quan nhà máy': no visit's tail
            if tail is not None and trigger.clause and marked(index + length - 1, tail[0]):
                # 'Cảnh sát Mỹ đưa nghi phạm về đồn, hôm sau hắn ra tòa': the tail stands in
                # the head's clause
                continue
            if tail is not None and not self._judgement_tail_clear(tokens, index, length, tail):
                continue
            if effect != "drop":
                found.append(_Found(index, index + length - 1, trigger,
                                    _GUARDED_STATUS.get(effect) if effect else None,
                                    muted=effect == "mute", tail=tail))
        return _outside_tails(found)

    def _retyped(self, tokens: Words, trigger: Trigger, after: int) -> Trigger:
        """The trigger as its object, right after it, makes it ('phản đối đề xuất của một số
        quốc gia châu Âu' rejects a proposal: ``Retype``); not past a comma ('phản đối, yêu
        cầu Nhật Bản xin lỗi')."""
        keys = tokens.keys
        if after >= len(keys) or not tokens.text[tokens.ends[after - 1]:
                                                 tokens.starts[after]].isspace():
            return trigger
        for retype in self.lexicon.retypes:
            if retype.applies_to(trigger) and any(
                    tuple(keys[after:after + len(words)]) == words for words in retype.objects):
                return replace(trigger, type=retype.type, mode=retype.mode,
                               cameo=retype.cameo, dyadic=retype.dyadic)
        return trigger

    def _judgement_tail_clear(self, tokens: Words, index: int, length: int,
                              tail: tuple[int, int]) -> bool:
        """Whether a judgement's condemning word stands in the clause of its 'là', after no
        other 'là' and no negation ('Triều Tiên là đối tác chứ không phải kẻ thù', 'là láng
        giềng, không phải kẻ thù'); any other split trigger's tail is clear."""
        if not self.arguments.judges_at(tokens.keys, index):
            return True
        after = index + length
        between = tokens.keys[after:tail[0]]
        return (_CLAUSE_PUNCTUATION.search(tokens.text, tokens.ends[after - 1],
                                           tokens.starts[tail[0]]) is None
                and not any(key in _JUDGEMENT_BREAKS for key in between))

    def _unpunctuated(self, tokens: Words, index: int, length: int) -> int:
        """How many words of the phrase of ``length`` words at ``index`` stand before the
        punctuation inside it (``_punctuated``)."""
        return next(width for width in range(1, length)
                    if self._punctuated(tokens, index, width + 1))

    def _punctuated(self, tokens: Words, index: int, length: int) -> bool:
        """Whether punctuation stands inside the phrase of ``length`` words at ``index``; a
        judgement's quoted words are still its own ('là "khiêu khích"')."""
        pattern = (_CLAUSE_PUNCTUATION if self.arguments.judges_at(tokens.keys, index)
                   else _PUNCTUATION)
        return pattern.search(tokens.text, tokens.ends[index],
                              tokens.starts[index + length - 1]) is not None

    def _demand_candidates(self, tokens: Words, first: int, last: int, found: list[_Found]
                           ) -> list[_Found]:
        """Modal words ('nên', 'cần', 'phải') followed by a verb in a sentence holding an
        introducer ('khẳng định Bình Nhưỡng cần …'), and verbs of wishing ('IAEA muốn Iran
        …'), outside the triggers: demands told with no trigger word if the sentence finds
        their sides (``_Sentence.demands``, ``_Sentence._wish``)."""
        demands, keys = self.demands, tokens.keys
        starts = demands.phrases.start_indices(keys, first, last)
        taken = {at for f in found for at in range(f.first, f.last + 1)}
        wishes = self._wish_candidates(keys, starts, first, last, taken)
        if not any(demands.length_at(keys, at, "introducers")
                   or demands.length_at(keys, at, "denial_introducers")
                   or demands.length_at(keys, at, "plot_introducers") for at in starts):
            return wishes
        modals = [_Found(at, at + width - 1, demands.trigger) for at in starts
                  if at > first and at not in taken
                  and (width := demands.modal_at(keys, at)) and at + width - 1 < last
                  and not demands.length_at(keys, at - 1, "fillers")
                  # 'Hễ người dân cần, chúng tôi sẽ có mặt': a verb, not a modal
                  and not _PUNCTUATION.search(tokens.text, tokens.ends[at + width - 1],
                                              tokens.starts[at + width])]
        # 'Thủ tướng Iraq cho rằng Syria đứng sau …': a wrong alleged, not a trigger's words
        wrongs = [_Found(at, at + width - 1, demands.allegation) for at in starts
                  if at > first and (width := demands.wrong_at(keys, at))
                  and at + width - 1 <= last and taken.isdisjoint(range(at, at + width))
                  and not demands.length_at(keys, at - 1, "wrong_fillers")]
        # 'Cảnh sát Indonesia cho rằng Azahari đã đặt bom …': an attack told as what a side
        # did, by a speaker who is not that side, is also the speaker's allegation
        wrongs += [_Found(at, f.last, demands.imputation) for f in found
                   if f.trigger.type in demands.imputable and not f.trigger.nominal
                   and (at := demands.fillers_before(keys, f.first, first)) > first]
        # 'Bộ Ngoại giao Mỹ cảnh báo Jemaah Islamiyah … đang vạch kế hoạch tấn công …': an
        # attack a side plots, told by a speaker who is not that side, is alleged as well
        wrongs += [_Found(plot, f.last, demands.plot) for f in found
                   if f.trigger.type in demands.imputable
                   and (plot := demands.plot_before(keys, f.first, first)) is not None
                   and plot > first]
        # 'Syria khẳng định không liên quan …': the speaker denies, with no trigger word; not
        # where a guard drops any event ('… CLB thủ đô London khẳng định họ không có ý định
        # mời HLV …': football)
        denials = [_Found(at, at + width - 1, demands.denial) for at in starts
                   if at > first and (width := demands.denial_at(keys, at))
                   and taken.isdisjoint(range(at, at + width)) and at + width - 1 < last
                   and demands.denial_opening(keys, at, first) is not None]
        if denials:
            guards = self._guards_in(tokens, first, last)
            denials = [d for d in denials
                       if _guarded(guards, d.trigger, d.first, d.last) != "drop"]
        return sorted([*modals, *wrongs, *denials, *wishes], key=lambda f: f.first)

    def _wish_candidates(self, keys: list[str], starts: list[int], first: int, last: int,
                         taken: set[int]) -> list[_Found]:
        """The verbs of wishing outside the triggers, not opening the sentence nor ending
        it; the longer of two that overlap ('mong muốn', not its 'muốn')."""
        wishes: list[_Found] = []
        for at in starts:
            width = self.demands.length_at(keys, at, "wishes")
            if (width and at > first and at + width < last
                    and taken.isdisjoint(range(at, at + width))
                    and not (wishes and at <= wishes[-1].last)):
                wishes.append(_Found(at, at + width - 1, self.demands.wish))
        return wishes

    @staticmethod
    def _near_words(keys: list[str], trigger: Trigger, index: int, length: int,
                    last: int) -> bool:
        """Whether a trigger that needs words around it ('vụ nổ': a bomb, a grenade), in the
        sentence or the ones around it, or after it in its sentence ('mời … tới': a word of
        talks; 'gọi … là': a word of blame), counted from the end of its tail, has one of
        them within its reach, and one of the words it must follow right before it ('một
        vụ nổ'). ``length``: the trigger's words with its tail; ``last``: the sentence's
        last word."""
        if trigger.after and not any(
                len(phrase) <= index and keys[index - len(phrase):index] == list(phrase)
                for phrase in trigger.after):
            return False
        if not trigger.near:
            return True
        low = index + length if trigger.near_after else max(0, index - trigger.near_reach)
        high = min(last + 1 if trigger.near_after else len(keys),
                   index + length + trigger.near_reach)
        return any(keys[at:at + len(phrase)] == list(phrase)
                   for at in range(low, high) for phrase in trigger.near)

    def _tail_blocked(self, keys: list[str], tail: tuple[int, int]) -> bool:
        """Whether a blocked phrase opens in a split trigger's tail and runs past it
        ('thăm' of 'thăm quan')."""
        for at in range(tail[0], tail[1] + 1):
            hit = self.lexicon.triggers.longest(keys, at, _is_blocked)
            if hit is not None and at + hit[0] > tail[1] + 1:
                return True
        return False

    def _blocked_across(self, keys: list[str], index: int, length: int) -> bool:
        """Whether a blocked phrase starts inside the trigger at ``index`` and runs past its
        end: 'cuộc thăm' of 'cuộc thăm dò dư luận' is the probe, not a visit."""
        for at in range(index + 1, index + length):
            hit = self.lexicon.triggers.longest(keys, at, _is_blocked)
            if hit is not None and at + hit[0] > index + length:
                return True
        return False

    def _longest_at(self, keys: list[str], index: int, last: int, most: int | None = None
                    ) -> tuple[int, Trigger] | None:
        """The longest trigger at ``index``, of ``most`` words at most; of a split trigger
        whose tail follows and a plain one of the same head, the split one ('thả … bom' is
        an air strike where bare 'thả' is a release). One walk down the phrases at
        ``index``, shortest first: at each length the first trigger that fits, plain or
        split, replaces the shorter one."""
        follows = self._tail_follows(keys, index, last)
        plain: tuple[int, Trigger] | None = None
        split: tuple[int, Trigger] | None = None
        for length, trigger in self.lexicon.triggers.matches_at(keys, index):
            if most is not None and length > most:
                break
            longer_plain = plain is None or plain[0] < length
            longer_split = bool(trigger.tail) and (split is None or split[0] < length)
            if (longer_plain or longer_split) and follows(trigger, length):
                if longer_plain:
                    plain = (length, trigger)
                if longer_split:
                    split = (length, trigger)
        return split if split is not None and (plain is None or split[0] >= plain[0]) else plain

    def _tail_follows(self, keys: list[str], index: int, last: int
                      ) -> Callable[[Trigger, int], bool]:
        """Of split triggers sharing a head of so many words ('phóng … tên lửa', 'phóng …
        UAV', the many judgements 'là … W'), those whose tail follows the head at
        ``index``: only those whose tail's first word is among the words within their gap
        are looked at word by word."""
        windows: dict[tuple[int, int], set[str]] = {}

        def follows(trigger: Trigger, length: int) -> bool:
            if not trigger.tail:
                return True
            after = index + length
            window = windows.get((length, trigger.gap))
            if window is None:
                window = windows[length, trigger.gap] = set(
                    keys[after + 1:min(last, after + trigger.gap) + 1])
            return trigger.tail[0] in window and self._has_tail(keys, trigger, after, last)
        return follows

    @staticmethod
    def _has_tail(keys: list[str], trigger: Trigger, after: int, last: int) -> bool:
        """Whether the tail of a split trigger follows, with at least one word between
        ('gọi Mỹ là …'; 'gọi là' is 'so-called')."""
        return EventCoder._tail_span(keys, trigger, after, last) is not None

    @staticmethod
    def _tail_span(keys: list[str], trigger: Trigger, after: int, last: int
                   ) -> tuple[int, int] | None:
        """The first and last word of a split trigger's tail after word ``after``; None for
        a trigger that has none, or whose tail does not follow."""
        tail = trigger.tail
        width = len(tail)
        if not width:
            return None
        stop = min(last - width + 1, after + trigger.gap)
        first = tail[0]
        return next(((at, at + width - 1) for at in range(after + 1, stop + 1)
                     if keys[at] == first and tuple(keys[at:at + width]) == tail), None)

    def _speech_joined_at(self, keys: list[str], trigger: Trigger, at: int, end: int,
                          first: int) -> int | None:
        """The joiner ('và', 'đồng thời') right before a verb of speech (a demand, a threat,
        an accusation, a refusal) in words at..end: a second act of the sentence's subject;
        not a noun its owner follows ('bác bỏ cáo buộc và đe dọa của Mỹ')."""
        if (trigger.type not in self.lexicon.embedding or trigger.nominal
                or (end + 1 < len(keys) and self.arguments.length_at(
                    keys, end + 1, "owned_markers"))):
            return None
        return self.arguments.joined_predicate(keys, at, first)

    def _guards_in(self, tokens: Words, first: int, last: int,
                   names: Sequence[tuple[int, int]] = ()) -> list[tuple[int, int, Guard]]:
        """The guard phrases of ``event_guards.json`` in words first..last (the sentence),
        each with its first and last word, never part of a word nor read across two ('trọng
        tài' of 'thiệt hại nghiêm trọng tài sản' is no referee), nor inside one of the
        ``names`` (first and last words) of a body or a person: found once, checked
        against every trigger."""
        index, keys, boundaries = self.lexicon.guards, tokens.keys, self.boundaries
        return [(at, end, guard) for at in index.start_indices(keys, first, last)
                for length, guard in index.matches_at(keys, at)
                if (end := at + length - 1) <= last
                and not boundaries.splits_word(tokens, at, end)
                and not boundaries.cut_both_ways(tokens, at, end)
                and not any(start <= at and end <= stop for start, stop in names)]

    def _markers(self, tokens: Words, first: int, last: int) -> dict[int, dict[str, int]]:
        """At each word of first..last where markers start: each category there and the
        length of its phrase; never part of a word ('song' of 'song phương' is no 'but')."""
        index_of, keys = self.lexicon.markers, tokens.keys
        found: dict[int, dict[str, int]] = {}
        for index in index_of.start_indices(keys, first, last):
            categories: dict[str, int] = {}
            for length, name in index_of.matches_at(keys, index):
                end = index + length - 1
                if end <= last and not self.boundaries.splits_word(tokens, index, end):
                    categories[name] = max(length, categories.get(name, 0))
            if categories:
                found[index] = categories
        return _otherwise_unnegated(found)


class _Sentence:
    def __init__(self, coder: EventCoder, article: Article, tokens: Words,
                 markers: dict[int, dict[str, int]], actors: list[_Placed],
                 timexes: list[Timex], first: int, last: int, start: int, end: int,
                 before: list[_Placed], found: list[_Found]) -> None:
        self.coder = coder
        self.article = article
        self.tokens = tokens
        self.keys = tokens.keys
        self.markers = markers
        self.first, self.last, self.start, self.end = first, last, start, end
        # a question tells no fact ('Đài Loan đã đưa ra phán quyết gì …?'), unless it asks
        # why or how ('Tại sao Mỹ tấn công Iraq?')
        self.asks = _asks(article.text[start:end]) and not any(
            coder.arguments.length_at(tokens.keys, at, "presupposing_questions")
            for at in range(first, last + 1))
        self.actors = actors
        # the mentions just before the sentence: what its pronouns may stand for
        self.before = before
        # the sentence's triggers, by their first word
        self.found_at = {f.first: f for f in found}
        # the demands, allegations and denials told with no trigger word that the sentence
        # confirms, coded once (``with_demands``)
        self.demanded: dict[_Found, Event] = {}
        # the reporting words that introduce a plot the sentence confirms ('cảnh báo' of 'Mỹ
        # cảnh báo Al-Qaeda đang lên kế hoạch tấn công …'): the allegation, no act of their
        # own (``alleging_types``)
        self.alleging_reports: set[int] = set()
        # where the sentence's time expressions stand, dated or not
        self.timex_spans = [(t.start, t.end) for t in timexes]
        # 'đêm thứ bảy' of an undated report ('XXXX-XX-XX…') dates nothing
        self.timexes = [t for t in timexes if t.kind in _DATED_KINDS and t.value
                        and not t.value.endswith("_REF") and not t.value.startswith("XXXX-XX")]

    def with_demands(self, found: list[_Found], demands: list[_Found]) -> list[_Found]:
        """The triggers with the demands, allegations and denials told with no trigger word
        whose sides the sentence names ('Bà khẳng định Bình Nhưỡng cần …', 'Syria khẳng định
        không liên quan …'); what they demand, later on, is their content."""
        for demand in demands:
            event = (self._denial(demand) if demand.trigger is self.coder.demands.denial
                     else self._wish(demand) if demand.trigger is self.coder.demands.wish
                     else self._demand(demand))
            if event is None:
                continue
            if demand.trigger is self.coder.demands.plot:
                if self._imputes_an_act(demand, found):
                    self.demanded[demand] = event
                    self.alleging_reports.update(self._plot_introducer(demand))
            elif (demand.trigger is not self.coder.demands.imputation
                  or self._imputes_a_done_act(demand, found, event)):
                self.demanded[demand] = event
        confirmed = [d for d in demands if d in self.demanded]
        return sorted([*found, *confirmed], key=lambda f: f.first) if confirmed else found

    def _imputes_a_done_act(self, imputation: _Found, found: list[_Found],
                            event: Event) -> bool:
        """Whether the act a speaker imputes to a side is told as done, though it may be
        believed ('họ tin rằng Jenkins đã bị Bình Nhưỡng bắt cóc'), not hedged nor a
        condition ('Mỹ cho rằng Iran có thể tấn công Israel', 'nếu binh sĩ Nga nổ súng'
        allege nothing), by another state or against a side that is no state's own forces
        ('Lầu Năm Góc khẳng định binh sĩ Mỹ đã nổ súng để tự vệ' is no accusation;
        'Kokoity khẳng định, binh sĩ Gruzia đã nổ súng' is)."""
        if not self._imputes_an_act(imputation, found):
            return False
        states = self.coder.arguments.state_sectors
        return not any(a.country == o.country and a.sector in states and o.sector in states
                       for a in event.actors for o in event.recipients)

    def _plot_introducer(self, plot: _Found) -> list[int]:
        """The word that introduces a plot alleged ('cảnh báo' of 'Mỹ cảnh báo Al-Qaeda
        đang lên kế hoạch …'), as ``_demand`` found it; none where none stands."""
        opened = self._opened_addressee(plot)
        return [opened[1][0]] if opened is not None else []

    def _opened_addressee(self, found: _Found) -> tuple[list[_Placed], tuple[int, int]] | None:
        """The sides before a demand, allegation or plot told with no trigger word, the
        last of them right before it, and the introducer that opens them with the first
        word after it (``_demand_opening``); None where either is missing."""
        addressee = [p for p in self._candidates(self.first, found.first)
                     if p.last < found.first]
        if not addressee or addressee[-1].last != found.first - 1:
            return None
        opening = self._demand_opening(addressee[-1].first,
                                       plot=found.trigger is self.coder.demands.plot)
        return (addressee, opening) if opening is not None else None

    def _imputes_an_act(self, imputation: _Found, found: list[_Found]) -> bool:
        """Whether the sentence tells the act imputed to a side (done, or plotted) as the
        speaker's claim: not denied, neither under a condition nor hedged ('Mỹ cho rằng Iran
        có thể tấn công Israel'). A negated plot ('Gruzia không có âm mưu …') alleges
        nothing already: its negation parts the plotter from the plot."""
        demands = self.coder.demands
        act = next((f for f in found if f.last == imputation.last
                    and f.trigger not in (demands.imputation, demands.plot)), None)
        return not (act is None or self._status(act, None) is EventStatus.DENIED
                    or self._last_marker("conditions", self.first, act.first) is not None
                    or self._last_marker("hypothetical", imputation.first, act.first + 1)
                    is not None)

    def events(self, triggers: list[_Found]) -> tuple[list[Event], list[_Referring]]:
        """Every trigger that names an event, not a kind ('các cuộc tập trận'); the content
        of a request, warning or accusation earlier in the clause is hypothetical, that of a
        refusal denied, that of a condemnation keeps its own status (``factive``). Apart:
        the events whose recipient is the author of the event they name as their object
        ('Pakistan lên án vụ tấn công'), known only when the article is coded."""
        events = []
        referring = []
        embedding: _Found | None = None
        promise_at: int | None = None
        promised_as = EventStatus.PLANNED
        # None: the content keeps its own status (what is condemned was done)
        content_status: EventStatus | None = EventStatus.HYPOTHETICAL
        # the status the embedding trigger's act has, which a trigger telling it again takes
        embedding_status = EventStatus.OCCURRED
        for number, found in enumerate(triggers):
            # 'Mỹ chỉ trích Iran và kêu gọi …': the embedding verb's second act is no content
            # a judgement is its speaker's, whose status its report verb gives: not what a
            # verb inside the judged words asks, refuses or alleges ('mô tả việc Đài Loan
            # bác bỏ … là "khiêu khích"')
            told_again = embedding is not None and self._told_again(embedding, found)
            # what stands between a split trigger's head and its tail is its object, not
            # its content ('đưa ông Lay bị còng tay ra toà': the arrest took place)
            embedded = embedding is not None and (
                embedding.tail is None or found.first > embedding.tail[1]) and self._last_marker(
                "clause_breaks", embedding.last, found.first) is None and self._first_verb(
                found, self.first) is not embedding and not self._speech_after_comma(
                found) and not self._judges(found) and not told_again and not (
                self._ruling_joined(embedding, found)) and not self._listed_after(
                embedding, found)
            embedded_as = content_status
            retold = embedding_status if told_again else None
            # 'Israel đã đồng ý và rút quân': the second act, not what was agreed
            promised = (promise_at is not None and found.first - promise_at - 1 <= _PROMISED_GAP
                        and self._last_marker("clause_breaks", promise_at, found.first) is None
                        and not any(self._comma_before(at)
                                    for at in range(promise_at + 1, found.first + 1))
                        and not self._joined_to(promise_at, found))
            setting = self._request_setting(found)
            if (found.trigger.type in self.coder.lexicon.embedding
                    and not any(found.trigger is told for told in (
                        self.coder.demands.denial, self.coder.demands.imputation,
                        self.coder.demands.plot))
                    and setting is None and not self._fronted_noun(found)
                    and not self._frames_clause(found) and not self._opens_passive(found)):
                # not one its subject undergoes ('vụ án đang được điều tra', 'ra hầu tòa và
                # bị tuyên phạt 3 năm tù'): no content follows, the sentence goes on; a
                # denial's negation already denies what follows it
                embedding_status = (found.status or retold or (
                    embedded_as if embedded and embedded_as is not None
                    and not self._nominal(found) else self._status(found, None)))
                embedding = found
                content_status = (None if self.coder.lexicon.is_factive(found.trigger)
                                  else self.coder.lexicon.embedding[found.trigger.type])
            if self._promises(found):
                promise_at = found.last
                # 'Nga chưa bao giờ cam kết rút quân': no promise, nothing planned or done
                promised_as = (EventStatus.PLANNED if self._status(found, None) in _DONE
                               else EventStatus.HYPOTHETICAL)
            if found.muted or self._generic(found) or (
                    found.first in self.alleging_reports
                    and found.trigger.type in self.coder.demands.alleging_types):
                continue
            if any(found.trigger is told for told in (self.coder.demands.trigger,
                                                      self.coder.demands.allegation,
                                                      self.coder.demands.imputation,
                                                      self.coder.demands.plot,
                                                      self.coder.demands.denial)):
                events.append(self.demanded[found])
                continue
            if found.trigger is self.coder.demands.wish:
                # 'Nga cáo buộc Mỹ muốn Ukraine …': a wish alleged or asked about is not one
                # made
                wished = self.demanded[found]
                events.append(replace(wished, status=embedded_as) if embedded
                              and embedded_as is not None else wished)
                continue
            if setting is not None:
                if (asked := self._at_request(found, setting)) is not None:
                    events.append(asked)
                continue
            event = (self._event(found, triggers[:number])
                     or self._aimed_at_content(found, triggers[:number], triggers[number + 1:])
                     or self._unaddressed_call(found, triggers[:number])
                     or self._conditioned_threat(found, triggers[:number]))
            named = None
            if event is None:
                named = self._object_event(found, triggers[number + 1:])
                event = self._event(found, triggers[:number], awaiting=True) if named else None
            named_type = named.trigger.type if named is not None else None
            if event is None and (judged := self._judged_event(found, triggers[:number])):
                # 'Tony Blair mô tả vụ tấn công là "một tội ác chính trị"': the attack's author
                named_type = judged.trigger.type
                event = self._event(found, triggers[:number], awaiting=True)
            violence = self._called_violence(found, triggers[number + 1:])
            if event is None and violence is not None:
                # 'Bin Laden kêu gọi tấn công thường dân Mỹ': aimed at the act's target
                event = self._event(found, triggers[:number], awaiting=True)
            if event is None and self._names_act_back(found):
                # 'lên án hành động dã man trên': the article's attack, named back
                named_type = _ANAPHOR_TYPE
                event = self._event(found, triggers[:number], awaiting=True)
            if event is None:
                continue
            if found.status is not None:
                event = replace(event, status=found.status)
            elif retold is not None:
                # 'TAND … mở phiên tòa xét xử X': the trial as the opening is, held,
                # postponed or asked for
                event = replace(event, status=retold)
            elif embedded and embedded_as is not None and (
                    not self._nominal(found) or self._asked_for(embedding, found)):
                # what was requested, threatened or alleged is not (yet) a fact, what was
                # refused did not happen; an event named as a noun is one referred to
                # ('lên án vụ tấn công'), but for what is asked of a side
                event = replace(event, status=embedded_as)
            elif (promised and not self._nominal(found) and not found.trigger.nominal
                  and event.status in _DONE):
                # what was promised or agreed is to come ('Thaksin Shinawatra cam kết mở
                # cuộc điều tra', PLOVER-CODING.md), not what may be ('có thể … đồng ý
                # tiếp tục hợp tác' stays hypothetical)
                event = replace(event, status=promised_as)
            if named_type is not None:
                referring.append(_Referring(event, named_type))
                continue
            event = self._held_compels(found, event)
            if event.status is EventStatus.PLANNED and self._object_of_reaction(
                    found, triggers[:number], event.date):
                # 'Hamas thề sẽ trả thù cho vụ tấn công': the plan is the reaction's, the
                # attack avenged or condemned took place
                event = replace(event, status=EventStatus.OCCURRED)
            if not promised and (marker := self._stated_intent(found, event)) is not None:
                event = self._intent(event, marker)
            if violence is not None:
                called = self._call_to_violence(event, violence, triggers[:number + 1])
                if called is None:
                    continue
                event = called
            if self._stated_refusal(found, event):
                event = self._refusal_to_meet(event)
            events.append(event)
            events.extend(self._first_since(event))
        return self._aimed_refusals(self._without_ruled_trials(events)), referring

    def _aimed_refusals(self, events: list[Event]) -> list[Event]:
        """The events with a refusal naming no one it refuses (its recipient the implied
        place) aimed at the side of the act it refuses, told after it in the sentence and
        denied there ('Arroyo khẳng định bà không phải xin lỗi Washington': the apology to
        the United States is refused), where that side is not the refuser's own."""
        implied = self.coder.implied.default_recipient.label
        aimed = []
        for number, event in enumerate(events):
            if (event.type in self.coder.arguments.refusal_aim_types and event.recipients
                    and event.status not in NOT_FACTS
                    and all(side.text == implied for side in event.recipients)):
                own = {side.country for side in event.actors}
                # the sentence's events stand in the order of their triggers
                refused = next((other for other in events[number + 1:]
                                if other.status is EventStatus.DENIED
                                and {side.country for side in other.actors} == own
                                and other.recipients and not own & {
                                    side.country for side in other.recipients}), None)
                if refused is not None:
                    event = replace(event, recipients=refused.recipients)
            aimed.append(event)
        return aimed

    def _without_ruled_trials(self, events: list[Event]) -> list[Event]:
        """The events but a trial that a ruling made by a court of its country, told after it
        in the sentence, decides ('TAND tỉnh Đồng Nai đã xét xử sơ thẩm và tuyên phạt Dương
        Hoàng Long 6 năm tù'): the gold codes the ruling alone, the trial being its
        procedure."""
        arguments = self.coder.arguments
        return [event for number, event in enumerate(events) if not any(
            arguments.rules_on(event, ruling) for ruling in events[number + 1:])]

    def _told_again(self, embedding: _Found, found: _Found) -> bool:
        """Whether a trigger after an embedding one of its type and mode, with nothing but
        ``retold_fillers`` between them (a court's procedure, 'và'), tells the same act
        ('TAND tỉnh Đồng Nai mở phiên tòa xét xử Nguyễn Văn Hùng', 'vừa ra cáo trạng truy tố
        Hồ Thái Hưng'), not what that act alleges or asks ('Mỹ cáo buộc Iran kết tội oan các
        nhà báo', 'Mỹ yêu cầu các nước kêu gọi Iran …')."""
        return ((embedding.trigger.type, embedding.trigger.mode)
                == (found.trigger.type, found.trigger.mode)
                and self._past(embedding.last + 1, "retold_fillers") == found.first)

    def _judges(self, found: _Found) -> bool:
        return self.coder.arguments.judges_at(self.keys, found.first)

    def _asked_for(self, embedding: _Found | None, found: _Found) -> bool:
        """Whether a noun event is what a demand asks for: a concession, a ceasefire,
        talks or aid (of a cooperative quad class) named as its object ('yêu cầu lời xin lỗi
        chính thức', 'kêu gọi một lệnh ngừng bắn'), which is not done; not an attack it
        asks to end ('kêu gọi chấm dứt các cuộc không kích'), which was, nor what a proposal
        named as a noun was made at ('những đề xuất … đưa ra trong cuộc đàm phán 6 bên')."""
        return (embedding is not None and embedding.trigger.type == "REQUEST"
                and not embedding.trigger.nominal and not self._nominal(embedding)
                and self.coder.lexicon.quad[found.trigger.type] <= _COOPERATIVE_QUAD
                and found.first - embedding.last - 1 <= _ASKED_REACH)

    def _request_setting(self, found: _Found) -> int | None:
        """The first word of the phrase that names a demand or an invitation as what an act
        was done at ('theo yêu cầu của các lãnh đạo tôn giáo', 'theo lời mời của Tổng thống
        Bush': ``request_settings``), which holds the trigger and the owner word after it: a
        request or an invitation made, whose act took place; None for none."""
        if found.trigger.type not in self.coder.arguments.setting_types:
            return None
        return next((at for at in range(max(self.first, found.first - _SETTING_LEAD),
                                        found.first + 1)
                     if self.coder.arguments.length_at(self.keys, at, "request_settings")
                     > found.last - at + 1), None)

    def _at_request(self, found: _Found, setting: int) -> Event | None:
        """The request an act was done at: by the side after 'của', to the subject of the
        act's clause, after the setting when it opens the sentence or a comma and a comma
        closes it ('Sáng nay, theo yêu cầu của Mỹ, Israel đã rút quân …'), else before it,
        past any report ('Bộ Ngoại giao Mỹ cho biết cảnh sát Anh đã bắt giữ … theo yêu cầu
        của Mỹ'); made when it was said, unless asked about or hedged."""
        askers = self._owner(found.last + 1, agent=True)
        if not askers:
            return None
        opening = setting == self.first or self._comma_before(setting)
        if opening:
            # 'Theo lời mời của Tổng thống George Bush, Thủ tướng Phan Văn Khải sang thăm
            # Mỹ': the comma closes the setting, the clause's subject follows it
            askers = askers[:next((n for n, p in enumerate(askers)
                                   if n and self._comma_before(p.first)), len(askers))]
        after = askers[-1].last + 1
        if (opening
                and after <= self.last and self._comma_before(after)):
            asked = self._first_side(after, self.last + 1)
        else:
            report = self._report_before(setting)
            asked = ((report is not None and self._first_side(report + 1, setting))
                     or self._first_side(self.first, setting))
        actors = _sides(askers)
        others = [o for o in _sides(asked) if not any(self._same_state(o, a) for a in actors)]
        if not others or self._between_private_persons(found.trigger, actors, others):
            return None
        text = self.article.text[self.tokens.starts[setting]:self.tokens.ends[found.last]]
        event = replace(self._coded(found, actors, others, None, text),
                        date=self._said_date(setting))
        hedged = self.asks or self._last_marker("hypothetical", self.first, setting) is not None
        return replace(event, status=EventStatus.HYPOTHETICAL if hedged
                       else EventStatus.OCCURRED)

    def _same_state(self, side: EventActor, other: EventActor) -> bool:
        """Whether two sides are one state: one country, either named by the country alone
        or both state bodies ('Mỹ' and 'cảnh sát Mỹ'; not a party and its government)."""
        state = self.coder.arguments.state_sectors
        return side.country == other.country and (
            side.sector is None or other.sector is None
            or (side.sector in state and other.sector in state))

    def _said_date(self, before: int) -> EventDate | None:
        """The date of what was said before word ``before``: the sentence's timex nearest
        it that ends before it, else the article's publication date (not the date of an
        act the statement promises: 'tuyên bố sẽ viện trợ … vào tháng 9 tới')."""
        bound = self.tokens.starts[before]
        told = [t for t in self.timexes if t.end <= bound and not self._since_before(t)
                and not self._birth_year(t)]
        if told:
            return _event_date(max(told, key=lambda t: t.end), DateBasis.TIMEX)
        return self._published_date()

    def _published_date(self) -> EventDate | None:
        """The article's publication date as an event's, less sure than a timex of its
        sentence; None for an undated article."""
        published = self.article.published
        if published is None:
            return None
        return EventDate(published.value, published.precision,
                         round(published.confidence * _PUBLISHED_DATE, 3), DateBasis.PUBLISHED)

    def _object_of_reaction(self, found: _Found, earlier: list[_Found],
                            date: EventDate | None) -> bool:
        """Whether a noun event is the object of a reaction right before it aimed at its
        author ('lên án vụ tấn công', 'trả thù cho vụ tấn công'), the reaction's plan its
        only one: not a noun still to come ('cuộc tập trận chung sắp tới')."""
        return (self._nominal(found) and not self._planned_after(found)
                and not self._still_to_come(found, date) and any(
                    self.coder.arguments.addresses_author(other.trigger, found.trigger.type)
                    and 0 <= found.first - other.last - 1 <= _OBJECT_GAP
                    and self._plan_of(other) for other in earlier))

    def _plan_of(self, found: _Found) -> bool:
        """Whether the last word of plan before a trigger's end stands before it or in its
        words ('thề sẽ trả thù'): the trigger's own plan."""
        marker = self._last_marker("planned", self.first, found.last + 1)
        return marker is not None and (marker >= found.first or self._planned_before(found))

    def _stated_intent(self, found: _Found, event: Event) -> int | None:
        """The word of intent ('sẽ') when aid or cooperation is one a side says it will give
        ('Nga hôm qua cũng tuyên bố sẽ viện trợ cho Hamas'): a reporting verb, then 'sẽ',
        then the act told as a verb; a stated intent (PLOVER-CODING.md), not the act
        planned. None for none."""
        arguments = self.coder.arguments
        # a threat is made whatever it depends on ('tuyên bố sẽ giết con tin nếu cảnh sát
        # không cho chúng thoát')
        stated = ({EventStatus.PLANNED, EventStatus.HYPOTHETICAL}
                  if event.type in arguments.threat_intents else {EventStatus.PLANNED})
        if (event.type not in arguments.intent_cameos.keys() | arguments.threat_intents.keys()
                or event.status not in stated or found.status is not None
                or self._noun_event(found)):
            return None
        report = self._report_before(found.first)
        if report is None:
            return None
        marker = self._intent_marker(found, report)
        if marker is None or event.type not in arguments.threat_intents:
            return marker
        return marker if self._said_right_before(report, marker, found) else None

    def _said_right_before(self, report: int, marker: int, found: _Found) -> bool:
        """Whether the word of intent follows an affirmed reporting verb at once, but for a
        word that opens what is said, and the violent act follows it at once or after a word
        of going on (``threat_fillers``: 'tuyên bố sẽ giết con tin', 'khẳng định rằng sẽ
        tiếp tục tấn công'; not 'sẽ chấm dứt không kích'): the speaker's own
        threat, not an act of another told after a subject ('cho biết …: Họ sẽ giết bà cụ')
        or a plan told further on ('cho biết nhóm này sẽ hoạt động … Argentina dự tính tấn
        công')."""
        if self._marker_near("negation", report, _NEGATION_REACH):
            # 'Mỹ chưa bao giờ tuyên bố sẽ tấn công Iran': no threat made
            return False
        spoken = report + self.markers[report]["reporting"]
        arguments = self.coder.arguments
        between = " ".join(self.keys[marker + 1:found.first])
        # 'sẽ tiếp tục tấn công', not 'sẽ chấm dứt không kích'
        return (set(self.keys[spoken:marker]) <= arguments.speech_openers
                and (not between or between in arguments.threat_fillers))

    def _intent_marker(self, found: _Found, report: int) -> int | None:
        """The word of intent ('sẽ') between the reporting verb at ``report`` and the
        trigger, with no side named between the verb and it: the speaker's own act ('Tehran
        cho biết sẽ …'), not another's ('Ông Putin cho biết Mỹ sẽ hợp tác …'); None for
        none."""
        marker = next((at for at in range(report + 1, found.first)
                       if self.coder.arguments.length_at(self.keys, at, "intent_markers")), None)
        if marker is None or self._candidates(report + 1, marker):
            return None
        return marker

    def _intent(self, event: Event, marker: int) -> Event:
        """The stated intent to do ``event``: an agreement made (AGREE) when it was said,
        before its word of intent at ``marker``, with the CAMEO code of the intent, from
        its speaker to the side it names; of violence, a threat made (THREATEN violence:
        'Bọn bắt cóc tuyên bố sẽ giết con tin')."""
        arguments = self.coder.arguments
        kind, mode, cameo = ((_THREAT, _THREAT_MODE, arguments.threat_intents[event.type])
                             if event.type in arguments.threat_intents
                             else ("AGREE", None, arguments.intent_cameos[event.type]))
        return replace(event, type=kind, mode=mode, cameo=cameo,
                       quad_code=self.coder.lexicon.quad[kind], status=EventStatus.OCCURRED,
                       symmetric=False, date=self._said_date(marker))

    def _called_violence(self, found: _Found, later: list[_Found]) -> _Found | None:
        """The violent act a call asks for, told as a verb right after it or after a word
        that urges it (``call_urgings``: 'kêu gọi tiêu diệt ông Sharon', 'kêu gọi tấn công
        thường dân Mỹ', 'kêu gọi hãy tấn công'); None for none, and for a call to stop one
        ('kêu gọi ngừng các vụ tấn công' names a ceasefire first)."""
        arguments = self.coder.arguments
        content = later[0] if later else None
        if (found.trigger.words not in arguments.violence_calls or content is None
                or content.trigger.type not in arguments.called_violence
                or self._nominal(content)
                or self._last_marker("clause_breaks", found.last + 1, content.first) is not None
                or any(self._comma_before(at) for at in range(found.last + 1, content.first + 1))):
            return None
        # the act right after the call, or after a word that urges it ('kêu gọi hãy tấn
        # công'), whom it addresses unnamed; a call to a side to act ('kêu gọi Mỹ tấn công
        # Iran', 'kêu gọi các phần tử khủng bố al-Qaeda tấn công Đan Mạch') is a request to
        # it, as the development gold codes it (tune18), and a call not to act no threat
        between = " ".join(self.keys[found.last + 1:content.first])
        return content if not between or between in arguments.call_urgings else None

    def _call_to_violence(self, call: Event, violence: _Found, earlier: list[_Found]
                          ) -> Event | None:
        """A call for violence, a threat made by the caller against the act's target,
        THREATEN violence (CAMEO 138), as the development gold codes every such call
        (tune5, tune12, tune14, tune18): 'một giáo sĩ Do Thái cực đoan ở Bờ Tây đã kêu gọi
        tiêu diệt ông Sharon'; the act itself stays what was asked for. Aimed at the act's
        named target not of the caller's side (the call's own recipient when the act is
        not coded); None when there is none."""
        act = self._event(violence, earlier)
        named = [a for a in (act.recipients if act is not None else call.recipients)
                 if not is_implied(a) and not _own_side(a, list(call.actors))]
        if not named:
            # 'Hamas kêu gọi tấn công trả đũa': no one the threat names
            return None
        return replace(call, type=_THREAT, mode=_THREAT_MODE,
                       cameo=self.coder.arguments.called_violence[violence.trigger.type],
                       quad_code=self.coder.lexicon.quad[_THREAT], recipients=tuple(named))

    def _stated_refusal(self, found: _Found, event: Event) -> bool:
        """Whether talks are told as ones their side says it will not or cannot hold, a
        statement a few words before the negated trigger ('Washington tuyên bố không thể
        thương lượng với Tokyo', 'Ông khẳng định sẽ không tham gia tranh luận': words of
        unwillingness, ``refusal_modals``): a refusal to meet, as the development gold codes
        it, not talks that did not happen."""
        if (event.type != _TALKS or event.status is not EventStatus.DENIED
                # not talks named as a noun: 'xác nhận không diễn ra cuộc gặp' denies a fact
                or self._noun_event(found)):
            return False
        report = self._last_marker("reporting", max(self.first, found.first - _REFUSAL_REACH),
                                   found.first)
        # unwillingness, not a report that the talks did not happen ('cho biết ông đã
        # không gặp Tổng thống Bush')
        between = range(report + 1, found.first) if report is not None else range(0)
        return any(self._phrase_at(at, "refusal_modals") for at in between) and not any(
            self._phrase_at(at, "not_refusals") for at in between)

    def _refusal_to_meet(self, talks: Event) -> Event:
        lexicon = self.coder.lexicon
        return replace(talks, type=_REFUSAL, mode=_REFUSAL_MODE, status=EventStatus.OCCURRED,
                       cameo=lexicon.mode_cameos[(_REFUSAL, _REFUSAL_MODE)],
                       quad_code=lexicon.quad[_REFUSAL], symmetric=False)

    def _listed_after(self, verb: _Found, found: _Found) -> bool:
        """Whether the trigger is a verb listed right after another, only a comma between
        ('khởi tố, bắt tạm giam một "bộ sậu"'): a second act of the same subject, not what
        the first one alleges."""
        return (found.first == verb.last + 1 and not verb.trigger.nominal
                and not found.trigger.nominal and self._comma_before(found.first))

    def _speech_after_comma(self, found: _Found) -> bool:
        """Whether the trigger is a verb that itself takes content (a demand, a threat, an
        accusation, a refusal) right after a comma: the subject's next act, not what the
        act before it was about ('Bình Nhưỡng từ chối dự vòng đàm phán mới, yêu cầu
        Washington phải xin lỗi' made the demand)."""
        return (found.trigger.type in self.coder.lexicon.embedding and not found.trigger.nominal
                and not self._nominal(found) and self._comma_before(found.first))

    def _ruling_joined(self, trial: _Found | None, found: _Found) -> bool:
        """Whether a ruling is joined by 'và', 'đồng thời' to the trial before it ('HĐXX vẫn
        tiếp tục xét xử và tuyên bác yêu cầu của bà Hoa'): the court's decision, no content
        the trial alleges; not a ruling the trial is asked to reach ('VKS đề nghị tòa phúc
        thẩm xét xử lại vụ án theo hướng tăng hình phạt tù')."""
        # the joiner right before the ruling's trigger, or before the 'tuyên' that opens it
        # ('và tuyên bác yêu cầu')
        return (trial is not None
                and self.coder.arguments.rules_after(trial.trigger, found.trigger)
                and any(self.coder.arguments.joined_predicate(self.keys, at, trial.last + 1)
                        is not None for at in (found.first, found.first - 1)))

    def _joined_to(self, verb_last: int, found: _Found) -> bool:
        """Whether the trigger follows 'và', 'đồng thời' that follows the verb ending at
        ``verb_last`` with only fillers between: its second act ('đã đồng ý và rút quân'),
        not the second thing it names ('cam kết thúc đẩy … và ủng hộ …')."""
        joiner = self.coder.arguments.joined_predicate(self.keys, found.first, verb_last + 1)
        return joiner is not None and self._past(verb_last + 1, "fillers") >= joiner

    def _promises(self, found: _Found) -> bool:
        """Whether the trigger is a promise or an agreement told as a verb ('cam kết',
        'đồng ý', 'nhất trí tăng cường': ``promises`` of the lexicon), whose content a few
        words on is still to come; not a deal named as a noun ('thoả thuận từ chức ông ký',
        'lời hứa'), nor signing, whose document names what was agreed."""
        trigger, promises = found.trigger, self.coder.lexicon.promises
        return (trigger.type in promises.types and not trigger.nominal
                and not self._nominal(found)
                and (trigger.cameo in promises.cameos or trigger.words in promises.words))

    def _frames_clause(self, found: _Found) -> bool:
        """Whether the trigger is the setting of a phrase that opens the clause after it
        ('Tại phiên tòa, bị cáo phủ nhận …', 'sau hơn 1 tháng điều tra, công an đã khởi tố
        …', 'Trong phiên xử phúc thẩm, TAND tối cao …': ``settings``, the phrase closed by a
        comma a few words after it), whose content it is not: the denial and the charge
        took place."""
        tail = 0 if not self._noun_event(found) else _SETTING_TAIL
        closing = next((at for at in range(found.last + 1, min(self.last, found.last + tail + 1)
                                           + 1) if self._comma_before(at)), None)
        if closing is None or any(found.last < p.first < closing for p in self.actors):
            # not a verb's list of sides ('kêu gọi Mỹ, Anh và Australia rút quân')
            return False
        # the phrase opens the sentence or follows a comma: not 'Đại sứ Mỹ tại LHQ John
        # Bolton cáo buộc, Iran đã …'
        return any(self._phrase_at(at, "settings") and (at == self.first or self._comma_before(at))
                   for at in range(max(self.first, found.first - _SETTING_REACH), found.first))

    def _names_act_back(self, found: _Found) -> bool:
        """Whether an accusation takes as its object an act named back by a demonstrative
        ('lên án hành động dã man trên': ``act_anaphors``) within a few words after it."""
        arguments = self.coder.arguments
        return found.trigger.type == _ANAPHOR_ACCUSER and any(
            arguments.length_at(self.keys, at, "act_anaphors")
            for at in range(found.last + 1, min(self.last, found.last + 1 + _OBJECT_GAP) + 1))

    def _object_event(self, found: _Found, later: list[_Found]) -> _Found | None:
        """The noun event right after a verb that needs a recipient ('lên án vụ tấn công',
        'phản đối mạnh mẽ cuộc không kích'): its object."""
        following = later[0] if later else None
        if (following is None or not self._nominal(following)
                or not 0 <= following.first - found.last - 1 <= _OBJECT_GAP
                or not self.coder.arguments.addresses_author(found.trigger,
                                                              following.trigger.type)):
            return None
        return following

    def _aimed_at_content(self, found: _Found, earlier: list[_Found], later: list[_Found]
                          ) -> Event | None:
        """A threat or a demand naming no recipient, aimed at a side of the act it threatens
        or demands, named right after it in its clause: the target of a threatened attack
        ('cảnh báo có thể tấn công Đài Loan'), the agent of a demanded act ('kêu gọi phải
        truy tố 3 người này': the police of the place), never the speaker's own side."""
        side = self.coder.arguments.content_side(found.trigger.type)
        content = later[0] if later else None
        if (side is None or content is None or content.muted or self._nominal(content)
                or content.first - found.last - 1 > self._content_gap(found, content, side)
                or self._last_marker("clause_breaks", found.last + 1, content.first) is not None):
            return None
        # 'Những người biểu tình … kêu gọi đương kim Tổng thống Kyrgyzstan từ chức': private
        # callers, whose call is political for whom it addresses
        event = self._event(found, earlier, awaiting=True, private=True)
        act = self._event(content, [*earlier, found])
        if event is None:
            return None
        # the agent of a demanded act is whom the demand names as its addressee, another
        # office of the same state too ('Tổng thống Alejandro Toledo yêu cầu tất cả các bộ
        # trưởng từ chức'), unless it is the speaker named again or the country alone
        owned = _named_again if side == "actors" else _own_side
        aimed = [a for a in getattr(act, side)
                 if not owned(a, list(event.actors)) and not is_implied(a)] if act else []
        if not aimed and found.trigger.type in self.coder.arguments.group_object_types:
            # 'đe doạ sẽ hành quyết họ': whom the pronoun after the act stands for
            aimed = _sides(self._group_object(content.last + 1, list(event.actors)))
        state = self.coder.arguments.state_sectors
        if (not aimed and act is not None and side == "actors"
                and not any(a.sector in state for a in event.actors)):
            # 'kêu gọi phải truy tố …' asks the police of the place, whom the act implies
            text = self.article.text[self.tokens.starts[content.first]:
                                     self.tokens.ends[content.last]]
            rule = self.coder.implied.missing(content.trigger.type, content.trigger.mode,
                                              MissingSide.ACTOR, text)
            # the authorities an act implies, not the unknown author of an attack
            aimed = (self._implied_side(rule, list(act.recipients))
                     if rule is not None and rule.sector is not None else [])
        if not aimed and act is not None and side == "recipients":
            aimed = self._home_target(list(event.actors), list(act.recipients))
        if not aimed or self._between_private_persons(found.trigger, list(event.actors), aimed):
            return None
        return replace(event, recipients=tuple(aimed))

    def _home_target(self, actors: list[EventActor], targets: list[EventActor]
                     ) -> list[EventActor]:
        """What a threat by armed groups, miners or other sides outside the state is aimed
        at when the act it threatens hits their own country ('một số chiến binh Hồi giáo
        doạ sẽ tấn công khu vực này', 'các thợ mỏ doạ lật đổ chính phủ'): that country, the
        state they threaten, which the act's place or implied government names; none for a
        state's own threat."""
        state = self.coder.arguments.state_sectors
        if not actors or any(a.sector in state for a in actors):
            return []
        homes = {a.country for a in actors if a.country}
        # the unnamed victims the act implies stand for their country too ('một số chiến
        # binh Hồi giáo ở Ấn Độ doạ sẽ tấn công khu vực này': its civilians, India)
        return [t for t in targets if t.country in homes
                and (t.sector is None or t.sector in state or is_implied(t))][:1]

    def _content_gap(self, found: _Found, content: _Found, side: str) -> int:
        """How far a demand's act may follow it: a few words ('kêu gọi phải truy tố'), or
        as far as a recipient may when a side stands between them, the addressee who is to
        act ('kêu gọi đương kim Tổng thống Kyrgyzstan từ chức', 'yêu cầu các thành viên
        trong chính phủ Libăng thoái vị')."""
        if side == "actors" and self._candidates(found.last + 1, content.first):
            return _RECIPIENT_REACH
        return _CONTENT_GAP

    def _unaddressed_call(self, found: _Found, earlier: list[_Found]) -> Event | None:
        """A call naming no addressee ('Tổng thống Mỹ … kêu gọi sự kiềm chế', 'UNICEF kêu
        gọi thúc đẩy hoạt động cứu trợ', 'đòi tổ chức bỏ phiếu sớm': ``unaddressed_calls``,
        words that start at the trigger and may run past it), aimed at its place. Not one
        that names an addressee: of the caller's own side ('Thủ tướng kêu gọi chính phủ …'),
        or a plural the actors do not know ('thúc giục các bậc phụ huynh'); nor a noun, a
        passive or a relative clause ('lời kêu gọi', 'được kêu gọi', 'phong trào … do thủ
        tướng … kêu gọi'), references to a call."""
        after = self._past(found.last + 1, "fillers")
        reach = min(self._clause_end(found.last + 1), found.last + 1 + _RECIPIENT_REACH)
        if (not self._phrase_at(found.first, "unaddressed_calls")
                or self._candidates(found.last + 1, reach)
                or (after <= self.last and self._phrase_at(after, "named_addressees"))
                or self._nominal(found) or self._passive_at(found) is not None
                or self._in_relative_clause(found)):
            return None
        event = self._event(found, earlier, awaiting=True)
        if event is None:
            return None
        return replace(event, recipients=tuple(self._called_place(list(event.actors))))

    def _conditioned_threat(self, found: _Found, earlier: list[_Found]) -> Event | None:
        """A threat naming no recipient, nor a target of its act, with a condition after it
        ('Đài Loan từng nhiều lần đe dọa sẽ ngừng tiếp nhận nếu Việt Nam không đưa hết số
        người …'): aimed at the side the condition names first (``_condition_sides``)."""
        if (found.trigger.type not in self.coder.arguments.conditioned_types
                or self._nominal(found) or not (subject := self._condition_subject(found))):
            return None
        event = self._event(found, earlier, awaiting=True)
        if event is None:
            return None
        aimed = [a for a in subject if not _own_side(a, list(event.actors))]
        if not aimed or self._between_private_persons(found.trigger, list(event.actors), aimed):
            return None
        return replace(event, recipients=tuple(aimed))

    def _condition_subject(self, found: _Found) -> list[EventActor]:
        """The side a condition after a threat names first, its subject, whom the threat
        is to compel; not a side further on ('nếu hai bên không đạt được thoả thuận' names
        none), nor the object of a condition whose subject is left unsaid ('dọa tiến hành
        thánh chiến chống Mỹ nếu không giao nộp những kẻ phạm tội')."""
        ceiling = min(self.last, found.last + _CONDITION_REACH)
        condition = next((at for at in range(found.last + 1, ceiling + 1)
                          if self._phrase_at(at, "threat_conditions")), None)
        if condition is None:
            return []
        start = condition + self._phrase_at(condition, "threat_conditions")
        sides = self._candidates(start, min(self.last + 1, start + _CONDITION_SUBJECT_REACH))
        if not sides or self._last_marker("negation", start, sides[0].first) is not None:
            return []
        return _sides(self._coordinated(sides[0], self._clause_end(start)))

    def _held_compels(self, found: _Found, event: Event) -> Event:
        """A threat to persons held ('đe doạ sẽ giết con tin nếu chính phủ Philippines không
        rút quân'): aimed at the side its condition names, whom it is to compel, not at the
        private persons threatened, nor the threatener's own side."""
        if (event.type not in self.coder.arguments.conditioned_types or not event.recipients
                or any(r.sector not in self.coder.arguments.private_parties
                       for r in event.recipients)):
            return event
        aimed = [a for a in self._condition_subject(found)
                 if not _own_side(a, list(event.actors))]
        return replace(event, recipients=tuple(aimed)) if aimed else event

    def _in_relative_clause(self, found: _Found) -> bool:
        """Whether the trigger's subject follows 'do', 'mà' (``authored_by``): the verb of a
        clause that names a noun's author ('phong trào … do thủ tướng Nhật Bản Junichiro
        Koizumi kêu gọi'), a reference to the act."""
        clause = self._last_marker("clause_breaks", self.first, found.first)
        subjects = self._nearest_before(found.first, self.first if clause is None else clause + 1)
        return bool(subjects) and subjects[0].first > self.first and self._phrase_at(
            subjects[0].first - 1, "authored_by") == 1

    def _called_place(self, actors: list[EventActor]) -> list[EventActor]:
        """Where a call naming no addressee is aimed: the country named as a place in its
        sentence, else the one its article names most, whose situation a foreign leader's
        call is about ('Tổng thống Mỹ … kêu gọi sự kiềm chế' in an article on Iraq), else
        the caller's own; none for an international body's."""
        own = _state_of(actors)
        if own is None:
            return []
        country = (self._sentence_place() or self._most_named(places=False)
                   or self._most_named(places=True) or own)
        return [EventActor(self.coder.implied.default_recipient.label, country, None, None)]


    def _generic(self, found: _Found) -> bool:
        """A kind or a vague plural, not an event: 'các cuộc tập trận', 'nhiều nơi bị dội
        bom' (the generic words stand before the trigger or before its 'bị')."""
        head = found.first
        if head > self.first and "passive" in self.markers.get(head - 1, {}):
            head -= 1
        vague = self._last_marker("vague", max(self.first, head - _GENERIC_REACH), head)
        if vague is not None:
            # 'nhận trách nhiệm về nhiều vụ tấn công': a tally of the past, unless the clause
            # carries them out ('tiến hành nhiều cuộc không kích nhắm vào …')
            return not self._marker_near("vague_actions", vague, _GENERIC_REACH)
        if not self._marker_near("generic", head, _GENERIC_REACH):
            return False
        # 'các cuộc đàm phán … giữa 6 bên là Mỹ, …', 'các cuộc không kích của Israel vào
        # Gaza', 'đã có các cuộc thảo luận với người đồng nhiệm Pranab Mukherjee': a plural
        # whose sides are named is a series of events, not a kind
        return not (self._owner(found.last + 1, agent=True) or self._between(found.last + 1)
                    or self._series(found) or self._partner_after(found))

    def _partner_after(self, found: _Found) -> bool:
        """Whether talks held name their other party right after them ('sau các cuộc thảo
        luận với Thủ tướng Ireland', 'đã có các cuộc hội đàm với Tổng thống Bush'): a frame
        of ``held_series`` before the plural, a recipient marker and a side after the
        trigger; not talks a verb rejects or backs ('bác bỏ các cuộc thương lượng với …')."""
        at = found.last + 1
        plural = self._last_marker("generic", max(self.first, found.first - _GENERIC_REACH),
                                   found.first)
        return (found.trigger.symmetric and plural is not None and at < self.last
                and self.coder.arguments.ends_before(self.keys, plural, "held_series")
                and self.markers.get(at, {}).get("recipients", 0) == 1
                and any(p.first == at + 1 for p in self.actors))

    def _series(self, found: _Found) -> bool:
        """Whether plural attacks are told as one series by their day or their toll ('các
        vụ đánh bom ở London hôm 7/7', 'các vụ đánh bom lẻ tẻ đã diễn ra tại Ankara và
        Istanbul hôm thứ năm làm 4 người chết'), not as a kind ('các vụ đánh bom tự sát')."""
        if found.trigger.type not in self.coder.arguments.toll_types:
            return False
        end = self._clause_end(found.last + 1)
        after, ceiling = self.tokens.ends[found.last], self.tokens.ends[
            min(end, found.last + _SERIES_REACH) - 1]
        dated = any(after <= t.start < ceiling and t.precision == Precision.DAY
                    for t in self.timexes)
        return dated or self._toll(found, found.trigger)[0]

    def _between(self, index: int) -> list[_Placed]:
        """The sides listed after 'giữa' within a few words of ``index``."""
        ceiling = min(self._clause_end(index), index + _OWNER_REACH + 1)
        for at in range(index, ceiling):
            if self.keys[at] == "giữa":
                after = self._candidates(at + 1, self._clause_end(at + 1))
                if after and after[0].first - at <= _OWNER_REACH:
                    return self._coordinated(after[0], self._clause_end(at + 1))
                return []
        return []

    # -- sides -------------------------------------------------------------------------------

    def _event(self, found: _Found, earlier: list[_Found], awaiting: bool = False,
               private: bool = False) -> Event | None:
        """``awaiting``: a dyadic event whose recipient the article's coding will give,
        coded without one for now; ``private``: even when its actors are private persons
        (the caller judges the event once it has its recipient)."""
        trigger = found.trigger
        if trigger.destination and not self._destinations(found.last + 1):
            return None  # 'đến', 'sang' with no country after them: no visit, and frequent
        report = self._report_before(found.first)
        if self._judges(found):
            return self._judgement(found, awaiting)
        source = None
        subject_from = self.first
        if report is not None:
            speaker = self._nearest_before(report, self.first)
            if self._candidates(report, found.first):
                subject_from = report + 1
                source = speaker[-1].mention if speaker else None
        source = source or self._attributed() or self._trailing_speaker(found)
        subjects = self._clause_subjects(found, report, subject_from)
        if report is not None and self._speaker_of_noun_attack(found, report, subjects):
            # 'Cảnh sát địa phương cho biết, đây là một vụ tấn công bằng rocket …': who tells
            # of an attack named as a noun did not make it
            subjects = []
        if report is not None and subjects and self._pair_after(found):
            # 'Ông Lương Văn Tự cho biết, cuộc đàm phán song phương Việt Nam - Mỹ …': the
            # talks are the pair's, not the speaker's
            subjects = []
        if self._relative_of_unnamed(found, subjects):
            if found.trigger.type not in self.coder.arguments.toll_types:
                return None
            # an attack by the unknown person stays an attack, by an unnamed attacker
            subjects = []
        if report is not None and source is not None and self._joined_to_report(
                found, report, subjects):
            # 'Chavez cho hay lính Mỹ đã tới đảo Curacao … đồng thời bác bỏ khẳng định của
            # Washington': the speaker denies, not the soldiers of the report
            subjects, source = self._nearest_before(report, self.first), None
        passive = self._passive_at(found)
        deployed_mode = None
        if passive == found.first and trigger.type in self.coder.arguments.deployed_types:
            # 'Hàng trăm cảnh sát … đã được triển khai tại Karachi': the forces sent act;
            # 'dự án được triển khai' sends none
            subjects, deployed_mode = self._deployed(found, subject_from)
            if deployed_mode is None:
                return None
            passive = None
        if passive is not None:
            # 'Ukraine bị Nga tấn công': who is hit stands before 'bị', who hits after it
            subjects = self._candidates(passive + 1, found.first)
            # 'Chính phủ Pakistan cho biết hơn 100 người đã bị bắt': not the speaker
            floor = subject_from if report is None else max(subject_from, report + 1)
            recipients = (self._nearest_before(passive, floor)
                          or self._antecedent(floor, passive)
                          or self._subordinate_patient(passive, earlier))
        nominal = self._nominal(found)
        if nominal and self._named_by_place_or_day(found):
            # 'vụ tấn công 11/9/2001', 'vụ khủng bố Madrid': an attack known by its name is
            # one the text recalls, not one it reports
            return None
        victims: list[_Placed] = []
        received = None if passive is not None else self._received(found, subjects)
        # a split trigger's owner follows its tail: the owner between is its object's
        # ('Việc đưa các lãnh đạo của Khmer Đỏ ra tòa': the leaders tried are the Khmer
        # Rouge's, who try no one)
        owner_at = found.last + 1 if found.tail is None else found.tail[1] + 1
        agent = (self._owner(owner_at, agent=True,
                             targeted=trigger.type in self.coder.arguments.toll_types)
                 if nominal and received is None else [])
        # 'vụ đánh bom do Hamas tiến hành': told as what its author did, not a reference
        authored = (not agent and nominal and received is None
                    and bool(author := self._author(found.last + 1)))
        if authored:
            agent = author
        if received is not None:
            # 'Ai Cập … nhận nhiều viện trợ nhất của Mỹ': the subject receives, Mỹ gives
            subjects, recipients = received
        elif agent:
            # 'Ukraine lên án vụ tấn công của Nga vào Kiev': the noun's agent is its owner
            subjects, passive = agent, None
        elif nominal and passive is None and self._victims_before(found, subjects):
            # '5 lính Mỹ thiệt mạng trong một vụ nổ bom …': the dead were hit, not hitting
            victims, subjects = subjects, []
        elif nominal and passive is None and (self._referred(found, subjects, earlier)
                                              or self._time_anchor(found)):
            subjects = []
        elif nominal and passive is None and not subjects and self._fronted(found):
            subjects = self._main_subject(found)
        subject_sides = _sides(subjects)
        if passive is None and received is None:
            # 'ủng hộ sáng kiến của Thủ tướng Vajpayee đối với Pakistan': the maker of the
            # object first, then a recipient further on
            maker = (self._object_maker(found.last + 1, subject_sides) if not agent
                     and self.coder.arguments.aims_at_object_maker(trigger.type, trigger.mode)
                     else [])
            start = (agent[-1].last if agent else found.last) + 1
            until = (None if trigger.type in self.coder.arguments.addressed_types
                     else self._next_speech_act(start))
            recipients = (maker or self._after(start, subject_sides, until, trigger.type)
                          or victims
                          or self._protested(found, subject_sides))
            if (not recipients and found.tail is not None and not agent
                    and trigger.type in self.coder.arguments.tail_object_types):
                # a split trigger's object may follow its tail past the reach from its head
                # ('phóng khoảng 20 quả rocket vào căn cứ quân sự của Israel'), where 'gọi
                # Hamas là …' names it between the two
                recipients = self._after(found.tail[1] + 1, subject_sides)
            if (not recipients and not nominal
                    and trigger.type in self.coder.arguments.pronoun_object_types):
                # 'Fidel Castro cáo buộc ông là kẻ phản bội': the person the pronoun means
                recipients = self._pronoun_object(found.last + 1, subject_sides)
            if (not recipients and not nominal
                    and trigger.type in self.coder.arguments.group_object_types):
                # 'bắt khoảng 150 người Shiite làm con tin và đe dọa giết họ': the hostages
                recipients = self._group_object(found.last + 1, subject_sides)
            if found.tail is not None:
                # 'Ba Lan sẽ rút 200 binh sĩ khỏi Iraq': the troops of the tail are the
                # actor's own, not what the withdrawal is aimed at; who stands between head
                # and tail is ('bắt khoảng 150 người Shiite làm con tin')
                recipients = (self._candidates(found.last + 1, found.tail[0]) or [
                    p for p in recipients if not found.tail[0] <= p.first <= found.tail[1]])
        if source is not None:
            # '…, Nhà Trắng cho biết': who reports the event is not its recipient
            recipients = [p for p in recipients if p.mention is not source]
        actors, others = subject_sides, _sides(recipients)
        parted: tuple[list[EventActor], list[EventActor]] | None = None
        if passive is None and received is None and not trigger.destination and (
                not self._backed(subjects)) and (
                trigger.symmetric or not self._distributive(subjects, found.first)) and not (
                actors == [] and found.first == self.first and not trigger.symmetric) and (
                trigger.symmetric or others or not self.coder.arguments.allied(
                    trigger.words, {a.sector for a in actors})):
            # nor the objects of a verb that opens its sentence ('Tấn công Iraq, Syria và
            # Iran là mục tiêu của Mỹ': no one of them attacks)
            # not 'Các lãnh đạo Afghanistan và Ấn Độ đều lên án …' (each acts), nor the
            # agents after a passive 'bị' ('bị cảnh sát Iraq và binh sĩ Mỹ bắt giữ'), those
            # who receive aid ('Ai Cập và Jordan nhận được viện trợ') or who travel together,
            # nor allied forces ('Quân đội Iraq và Mỹ đang bao vây …')
            # a one-way act of sides named as one list is theirs together ('Mỹ và Anh đưa
            # quân xâm lược Iraq', 'Schroeder và Putin cam kết …'); the first acts on the
            # others when the act is symmetric or reciprocal, when they are no list, or when
            # it would otherwise be aimed at no one (below)
            parted = _split(actors, others, self.coder.arguments.opposed_sectors
                            if trigger.symmetric else frozenset())
            if (trigger.symmetric or self._reciprocal_after(found)
                    or not self._listed(sorted(subjects, key=lambda p: p.first))):
                # 'Nga và Gruzia cáo buộc nhau': each acts on the other
                actors, others = parted
        if not actors and len(others) > 1 and trigger.symmetric and self._after_between(found):
            # 'thoả thuận ngừng bắn giữa quân đội chính phủ và phiến quân': two parties of one
            # country, the first named as the actor
            actors, others = others[:1], others[1:]
        if trigger.destination:
            # 'Thủ tướng … sẽ đến Tokyo': an official travelling abroad visits
            actors = actors if self._travels(found, subjects) else []
            others = [a for a in _sides(self._destinations(found.last + 1))
                      if not _own_side(a, actors)]
            if not actors or not others:
                return None
        if not others and not (agent and not authored):
            # 'bị lực lượng nổi dậy bắn rơi gần Falluja làm chết 16 lính Mỹ': the toll
            # names the victims the attack's object does not, before its place does; an
            # unqualified 'người' there is of no country the text names ('làm 5 người chết')
            victims = [v for v in self._toll(found, trigger)[1] if _named_country(v.mention)]
            others = [v for v in _sides(victims) if not _own_side(v, actors)]
        if (not others and trigger.type in self.coder.arguments.site_types
                and not self.coder.arguments.names_clash(trigger.words)):
            # not a clash, whose sides strike each other
            others = [a for a in _sides(self._struck_site(found))
                      if not _own_side(a, actors)]
        if not others and self.coder.arguments.place_recipient(trigger.type, trigger.mode):
            # 'thăm Nga và Kazakhstan': the first place not the actor's own, and those
            # listed with it
            target = next((p for p in self._places_after(found.last + 1)
                           if _country_or_its_place(p)
                           and not _own_side(_side(p.mention), actors)), None)
            others = [a for a in _sides(self._listed_countries(target))
                      if not _own_side(a, actors)] if target is not None else []
        others = [o for o in others if self._other_side(o, actors, trigger.type)]
        if (not others and actors and passive is None and received is None
                and self.coder.arguments.aims_at_object_maker(trigger.type, trigger.mode)):
            others = self._instrument_maker(found, actors)
        if not others and trigger.type in self.coder.arguments.inner_recipient_types:
            # 'ủng hộ đồng bào', 'cứu trợ đồng bào': the trigger ends with its recipient (a
            # named donor gives to the people of his own country)
            named = {(a.country, a.sector, a.name) for a in actors}
            others = [o for o in _sides(self._ending_inside(found))
                      if (o.country, o.sector, o.name) not in named]
        if agent and not others and not authored:
            told, victims = self._toll(found, trigger)
            if not told:
                # 'vụ ném bom của Nga' with no target: a reference, not a report of the event
                return None
            others = [v for v in _sides(victims) if not _own_side(v, actors)]
        trigger_text = self.article.text[
            self.tokens.starts[found.first]:self.tokens.ends[found.last]]
        told = nominal or (passive is not None
                           and self._told_passive(trigger, trigger_text, passive))
        actors, others = self._with_implied(trigger, trigger_text, actors, others, source,
                                            told, said=self._said_by_subject(found),
                                            undergone=nominal or passive is not None,
                                            at=found.last)
        formatted = None if awaiting else self._format_sides(found, actors, others)
        if formatted is not None:
            actors, others = formatted
        if not actors and not others and not told and self._noun_only(trigger, trigger_text):
            # 'Bố mẹ bắt tôi lựa chọn …': a bare verb naming neither side is no event, nor
            # another mention of the article's arrest
            return None
        if self._inside_one_state(trigger, [*actors, *others]):
            return None
        if trigger.state_actor and not any(
                a.sector in self.coder.arguments.state_sectors and not is_implied(a)
                for a in actors):
            # 'Công ty Honda Việt Nam đã sa thải 200 công nhân': no state acts, though the
            # firm's name holds a country's; 'VPĐD đã sa thải ông Kiệt': the text names none
            return None
        open_addressee = bool(actors) and not others and self._open_addressee(found)
        # 'Ban giám đốc Cơ quan năng lượng nguyên tử quốc tế (IAEA) đã họp ngày thứ 2 tại
        # Vienna': a body of states meets among its members, no other side; the body is the
        # clause's subject, not the owner of a meeting named (``agent``: 'sau cuộc họp
        # thượng đỉnh SCO') nor a side before a meeting set by 'trong', 'tại' …
        assembly = (bool(actors) and not others and not awaiting and not agent
                    and self.coder.arguments.assembles(trigger, [a.country for a in actors])
                    and not (nominal and self._placed_by_preposition(found)))
        if (actors and trigger.dyadic and not others and not awaiting and not open_addressee
                and formatted is None and not assembly):
            others = self._home_group_object(found, actors) or self._aid_recipient(found, actors)
            if (not others and parted is not None
                    and self.coder.lexicon.quad[trigger.type] <= _COOPERATIVE_QUAD
                    and not self._phrase_at(found.first, "unaddressed_calls")):
                # aimed at no one else: the first of the list acts on the others ('Mỹ và Hàn
                # Quốc đã đồng ý sẽ thảo luận …'); not a call naming no addressee, which stays
                # the list's, aimed at its place ('Mỹ và Anh kêu gọi xoá bỏ hầu hết các khoản
                # nợ': _unaddressed_call), nor a conflictual act, which partners do together
                # ('Nga và Trung Quốc vẫn phản đối trừng phạt', 'Mỹ và EU đã lên án cuộc bầu
                # cử': no one of them opposes or condemns another)
                actors, others = parted
            if not others or self._inside_one_state(trigger, [*actors, *others]):
                return None
        if awaiting and (not actors or others):
            return None
        if actors and not others and not trigger.symmetric and not awaiting and not open_addressee:
            if self._private_refusal(trigger, actors) or self.coder.arguments.private(
                    trigger.type, trigger.mode, [a.sector for a in actors]):
                # 'anh Chen vẫn chống cự', 'Cha say xỉn đánh mắng': no political event
                return None
            if self._held(trigger, actors):
                # 'Gary Glitter đang được dẫn giải', 'những người tham gia bạo loạn sẽ được
                # giam': the private persons named are the ones held, by the implied police
                actors, others = self._with_implied(trigger, trigger_text, [], actors)
                if not actors:
                    return None
            else:
                others = self._unnamed_recipient(actors)
        if self._between_private_persons(trigger, actors, others) and not (private and awaiting):
            return None
        hosted = trigger.words in self.coder.arguments.hosting
        if hosted:
            # 'Chavez chào đón Uribe': the host welcomes, the visitor is the actor; a
            # welcome between public sides of two states only ('cư dân … chào đón lính Mỹ'
            # is no visit, nor a party cheering its own leader back in parliament); an
            # awaiting event has no side to swap yet, so none is coded
            if not (self._official(actors) and self._official(others)) or not (
                    {a.country for a in others} - {a.country for a in actors}):
                return None
            actors, others = others, actors
        event = self._coded(found, actors, others, source, trigger_text)
        if hosted:
            event = replace(event, cameo=self.coder.arguments.visit_cameo)
        if assembly:
            event = replace(event, mode=self.coder.arguments.assembly_mode)
        if deployed_mode is None:
            return event
        cameo = self.coder.lexicon.mode_cameos.get((event.type, deployed_mode), event.cameo)
        return replace(event, mode=deployed_mode, cameo=cameo)

    def _judgement(self, found: _Found, awaiting: bool = False) -> Event | None:
        """Criticism told as a judgement of what a side does ('Nhật đáp lại bằng tuyên bố
        việc Trung Quốc xây dựng các công trình trên biển là không chấp nhận được'): the
        speaker of the report before it criticises the side its subject names; none
        without a report, a speaker or a subject the text codes as sides, nor by private
        persons only (an opinion: PLOVER-CODING.md codes no commentator's view). A verb
        of judging ('mô tả', 'coi', 'bình luận rằng': ``judging_verbs``) speaks as a
        report does ('Ngoại trưởng Nga Sergei Lavrov bình luận rằng những lời lẽ của tổng
        thống Iran là không thể chấp nhận được'); the later of the two verbs speaks.
        ``awaiting``: the judged words name an event whose author the article's coding will
        give ('mô tả vụ tấn công là "một tội ác"'), coded without a recipient for now."""
        if any(other.tail is not None and other.tail[0] == found.first
               for other in self.found_at.values()):
            # 'Iran gọi Mỹ là kẻ khủng bố': the naming whose 'là' opens the judgement codes it
            return None
        report = self._speaking_before(found.first)
        if report is None:
            return None
        # a verb after a comma has the clause's subject ('Sadr cũng lên án chính phủ lâm
        # thời, coi Thủ tướng Allawi là …'), not the object before the comma
        actors = _sides(self._first_side(self.first, report) if self._comma_before(report)
                        else self._nearest_before(report, self.first))
        # the subject of the judged clause, named first ('việc Đài Loan bác bỏ nguyên tắc
        # "một Trung Quốc" là "khiêu khích"'), or the author it names ('cuộc chiến Iraq do
        # Mỹ phát động là "bất hợp pháp"'), else the owner of the judged words
        judged_from = self._judged_from(report, found.first)
        act = self._judged_act(judged_from, found.first)
        # 'vụ hành quyết con tin của phiến quân Iraq là "hết sức ghê tởm"': the act's author
        # named after 'của', not its victims
        owners = [o for o in _sides(self._owner(act.last + 1, agent=True, targeted=True))
                  if not _own_side(o, actors)] if act is not None else []
        judged = None if owners else next(
            (p for p in self._candidates(judged_from, found.first)
             if not _own_side(_side(p.mention), actors)), None)
        authors = self._author(judged.last + 1) if judged is not None else []
        if owners:
            others = owners
        elif judged is not None:
            others = _sides(authors or self._coordinated(judged, found.first))
        else:
            others = [o for o in _sides(self._owners_between(report + 1, found.first)[-1:])
                      if not _own_side(o, actors)]
        if not actors or not (others or awaiting) or all(
                a.sector in self.coder.arguments.private_sectors for a in actors):
            # a lawyer's or a company's view of what others do is an opinion
            return None
        text = self.article.text[self.tokens.starts[found.first]:self.tokens.ends[found.last]]
        event = self._coded(found, actors, others, None, text)
        if self._marker_near("negation", found.first, _JUDGEMENT_NEGATION_REACH):
            # 'Lavrov nói rằng Mỹ không phải là kẻ thù của Nga': no one is condemned
            return replace(event, status=EventStatus.DENIED)
        return replace(event, status=self._status(_Found(report, report, found.trigger),
                                                  event.date))

    def _judged_act(self, first: int, judgement: int) -> _Found | None:
        """The act named as a noun that opens the words a judgement is about ('vụ hành
        quyết con tin …', 'các vụ đánh bom …' right after the verb that speaks it), of a
        type whose author a condemnation addresses; None for none."""
        return next((other for at, other in sorted(self.found_at.items())
                     if first <= at < judgement and at - first <= _OBJECT_GAP
                     and self._nominal(other)
                     and other.trigger.type in self.coder.arguments.referred), None)

    def _judged_from(self, report: int, judgement: int) -> int:
        """Where the words a judgement is about start: after its report verb, or after the
        last comma, 'còn' or earlier 'là' before it ('Ông Bush cho rằng Nga là đối tác và
        Triều Tiên là trục ma quỷ': North Korea is judged, not Russia)."""
        return max((at + 1 for at in range(report + 1, judgement)
                    if self.keys[at] in _JUDGED_BREAKS or self._comma_before(at + 1)),
                   default=report + 1)

    def _owners_between(self, first: int, last: int) -> list[_Placed]:
        """The sides named after 'của' in words first..last-1, which ``_candidates`` leaves
        out as topics: the owner of a judged subject ('những lời lẽ của tổng thống Iran là
        không thể chấp nhận được')."""
        return [p for p in self.actors if first <= p.first < last
                and p.mention.role is not ActorRole.LOCATION
                and self.coder.arguments.ends_before(self.keys, p.first, "owners")]

    def _speaking_before(self, index: int) -> int | None:
        """The verb that speaks what follows it, before word ``index``: the later of the
        last reporting verb and the last verb of judging ('Nga cho biết Ba Lan mô tả …':
        Poland judges); None for neither."""
        return max((at for at in (self._report_before(index), self._judging_verb_before(index))
                    if at is not None), default=None)

    def _judging_verb_before(self, index: int) -> int | None:
        """The last verb of judging before word ``index`` in the sentence, not one a
        phrase of another sense holds ('gọi điện', 'cái gọi là': ``not_judging``); None
        for none."""
        return next((at for at in range(index - 1, self.first - 1, -1)
                     if self._phrase_at(at, "judging_verbs") and not any(
                         self._phrase_at(start, "not_judging") > at - start
                         for start in range(max(self.first, at - _NOT_JUDGING_LEAD), at + 1))),
                    None)

    def _report_before(self, index: int) -> int | None:
        """The last reporting verb before word ``index`` in the sentence, not the head of a
        longer trigger ('tuyên bố từ chức' is a resignation, not a report of what follows)."""
        report = self._last_marker("reporting", self.first, index)
        if report is None:
            return None
        trigger = self.found_at.get(report)
        if trigger is not None and trigger.last >= report + self.markers[report]["reporting"]:
            return None
        return report

    def _subordinate_patient(self, passive: int, earlier: list[_Found]) -> list[_Placed]:
        """Who undergoes a passive that opens a clause of time or cause with no subject of
        its own ('ông Takebaev … tuyên bố từ chức sau khi bị TT Bakiev dọa giải tán quốc
        hội': ``subordinators`` right before 'bị'): the subject of the verb the clause
        follows, not that verb's object ('Mỹ tấn công Iraq sau khi bị …'), nor the speaker
        of a report whose clause names no subject; none after a passive verb."""
        opening = next((at for at in range(max(self.first, passive - 2), passive)
                        if at + self._phrase_at(at, "subordinators") == passive), None)
        if opening is None:
            return []
        verb = next((f for f in reversed(earlier) if f.last < opening), None)
        if verb is None or self._nominal(verb) or self._passive_at(verb) is not None:
            return []
        report = self._report_before(verb.first)
        if report is not None and not self._candidates(report, verb.first):
            # 'cảnh sát cho biết Tom Fox đã bị tra tấn trước khi bị giết chết': not the speaker
            return []
        return self._clause_subjects(verb, report, self.first if report is None else report + 1)

    def _demand(self, found: _Found) -> Event | None:
        """A demand told with no trigger word ('Bà khẳng định Bình Nhưỡng cần thuận theo …'):
        the side right before the modal word is its addressee, right after an introducer
        (resources/event_demands.json), and the reporting verb's subject its speaker; none
        when the speaker is no side the text names or is the addressee's own."""
        demands = self.coder.demands
        plot = found.trigger is demands.plot
        opened = self._opened_addressee(found)
        if opened is None:
            return None
        addressee, (introducer, start) = opened
        # a plot is the side's right before it, not the people a warning names before it
        # ('cảnh báo công dân không nên tới Indonesia vì phiến quân có kế hoạch …')
        addressee = [p for p in addressee if p.first >= start][-1:] if plot else [
            p for p in addressee if p.first >= start]
        passive = self._last_marker("passive", start, found.first + 1)
        if found.trigger is demands.imputation and passive is not None:
            # 'Iraq đã bị Al-Qaeda tấn công': the agent after 'bị' did it, not the victim
            addressee = [p for p in addressee if p.first > passive]
        if any(p.mention.via is MentionVia.GROUP for p in addressee):
            return None  # 'cho rằng hai nước nên sớm …': a proposal to both, the speaker's too
        report: int | None = introducer
        if self.keys[introducer] == "rằng" and demands.length_at(
                self.keys, introducer, "introducers") == 1:
            # 'đã nói với những người biểu tình tại Karachi rằng …': the verb before 'rằng'
            report = self._last_marker("reporting", max(self.first, introducer - demands.reach),
                                       introducer)
            if report is not None and self._last_marker("clause_breaks", report + 1,
                                                        introducer) is not None:
                report = None
        if report is None:
            return None
        if self._opinion_at(report):
            return None  # 'giới phân tích cho rằng …', 'tin rằng …': an opinion
        said = _Found(report, report, found.trigger)
        actors = _sides(self._clause_subjects(said, None, self.first))
        others = [o for o in _sides(addressee) if not _own_side(o, actors)]
        if not actors or not others or self._between_private_persons(
                found.trigger, actors, others):
            return None
        if self._private_view(actors, others):
            return None  # 'Ông Quý cho rằng, cơ quan nhà nước không nên …': a view
        if plot and not all(demands.alleges_plot((a.country, a.sector), (o.country, o.sector))
                            for a in actors for o in others):
            return None
        text = self.article.text[self.tokens.starts[found.first]:self.tokens.ends[found.last]]
        event = self._coded(found, actors, others, None, text)
        status = self._status(said, event.date)
        if plot and status is EventStatus.PLANNED and not self._planned_before(said):
            # 'tuyên bố, các chiến binh đang lên kế hoạch …': the plot alleged is to come,
            # the allegation is made
            status = EventStatus.OCCURRED
        return replace(event, status=status)

    def _private_view(self, speakers: list[EventActor], addressed: list[EventActor]) -> bool:
        """Whether private persons or firms (``opinion_sectors``) say what a side of their
        own country should do: a view, not a demand."""
        return all(a.sector in self.coder.demands.opinion_sectors for a in speakers) and bool(
            {a.country for a in speakers} & {o.country for o in addressed})

    def _wish(self, found: _Found) -> Event | None:
        """A side's wish that another side act ('IAEA muốn Iran đình chỉ hoàn toàn việc làm
        giàu uranium', 'Washington luôn muốn Bình Nhưỡng phải …'): a demand from the wish's
        subject to the sides named right after the verb of wishing (an honorific between:
        'muốn ông Bush …'), before the act they are to do, as the development gold codes it.
        None where no side follows at once ('muốn đàm phán với Triều Tiên' wants the wisher's
        own talks, their own event), where the side is acted on ('muốn Iran bị trừng phạt')
        or wished well ('mong muốn ông Fidel Castro sớm hoàn toàn bình phục'), where nothing
        follows it in its clause, for a group named as one ('muốn hai nước …', whose parts
        the text does not name apart) or a list that holds the wisher ('mong muốn Việt Nam và
        Trung Quốc tăng cường hợp tác': a joint wish), and, as for a
        demand, for a private view of the wisher's own state. A negation before the wisher
        is another's doubt of the wish ('không tin Mỹ muốn …'): no demand either."""
        end = self._clause_end(found.last + 1)
        start = self._past(found.last + 1, "honorifics")
        after = self._candidates(start, end)
        if not after or after[0].first != start:
            return None
        addressee = self._coordinated(after[0], end)
        act = addressee[-1].last + 1
        if (act >= end or self._comma_before(act) or "passive" in self.markers.get(act, {})
                or self.coder.arguments.length_at(self.keys, act, "passive_openers")
                or any(p.mention.via is MentionVia.GROUP for p in addressee)
                or any(self.coder.demands.length_at(self.keys, at, "well_wishes")
                       for at in range(act, min(end, act + _WELL_WISH_REACH)))):
            return None
        wisher = self._clause_subjects(found, None, self.first)
        actors, others = _sides(wisher), _sides(addressee)
        if (not actors or any(_own_side(o, actors) for o in others)
                or self._between_private_persons(found.trigger, actors, others)
                or self._opinion_at(found.first) or self._private_view(actors, others)
                or (wisher and self._marker_near("negation", wisher[0].first,
                                                 _NEGATION_REACH))):
            return None
        text = self.article.text[self.tokens.starts[found.first]:self.tokens.ends[found.last]]
        event = self._coded(found, actors, others, None, text)
        return replace(event, status=self._status(found, event.date))

    def _denial(self, found: _Found) -> Event | None:
        """A denial told with no trigger word ('Syria khẳng định không liên quan đến vụ ám
        sát mới'): REJECT by the subject of the verb of assertion before the negation, aimed
        at the side the denied verb names ('khẳng định không đàm phán với phiến quân'), else
        at its place, as 'phủ nhận' is; none when no side asserts, or in an opinion."""
        report = self.coder.demands.denial_opening(self.keys, found.first, self.first)
        if report is None or self._opinion_at(report):
            return None
        said = _Found(report, report, found.trigger)
        actors = _sides(self._clause_subjects(said, None, self.first))
        if not actors or all(a.sector in self.coder.arguments.private_sectors for a in actors):
            # 'Viện trưởng Viện Thú y … khẳng định không hề tìm thấy …': a finding, not a
            # side's denial
            return None
        others = [o for o in _sides(self._after(found.last + 1, actors, None, "REJECT"))
                  if not _own_side(o, actors)] or self._unnamed_recipient(actors)
        if self._between_private_persons(found.trigger, actors, others):
            return None
        text = self.article.text[self.tokens.starts[report]:self.tokens.ends[found.last]]
        event = self._coded(found, actors, others, None, text)
        return replace(event, status=self._status(said, event.date))

    def _opinion_at(self, report: int) -> bool:
        """Whether the report is an opinion: a hypothetical marker ('giới phân tích cho
        rằng', 'tin rằng') starts a few words before the reporting verb at ``report`` and
        reaches it, or an analyst or commentator (``opinion_holders``) is named just before."""
        if any(self.markers.get(at, {}).get("hypothetical", 0) > report - at
               for at in range(max(self.first, report - _OPINION_REACH), report + 1)):
            return True
        # 'Nhiều nhà phân tích Mỹ cho rằng …': the holder named with a country between
        return any(self.coder.demands.length_at(self.keys, at, "opinion_holders")
                   for at in range(max(self.first, report - _OPINION_REACH - 2), report))

    def _demand_opening(self, addressee: int, plot: bool = False) -> tuple[int, int] | None:
        """The introducer ending right before the addressee that starts at word
        ``addressee`` (or before the mentions and a few other words apposed to it:
        'tổng thống Pakistan, Gen. Pervez Musharraf', 'nhóm ly khai ETA'), and the first word
        after it; for a plot, a warning introduces it too ('cảnh báo', ``plot_introducers``)."""
        covered = {at for p in self.actors for at in range(p.first, p.last + 1)}
        lists = ("introducers", "plot_introducers") if plot else ("introducers",)
        loose = 0
        at = addressee - 1
        while at >= self.first:
            for begin in range(max(self.first, at - 2), at + 1):
                if any(self.coder.demands.length_at(self.keys, begin, name) == at - begin + 1
                       for name in lists):
                    return begin, at + 1
            if at not in covered:
                loose += 1
                if loose > _LOOSE_BEFORE_ADDRESSEE:
                    return None
            at -= 1
        return None

    def _deployed(self, found: _Found, floor: int) -> tuple[list[_Placed], str | None]:
        """The armed forces or police right before a passive deployment ('binh sĩ Mỹ đã
        được triển khai'), and the mode their sector gives; no mode where what stands
        there is no force."""
        forces = self._nearest_before(found.first, floor)
        modes = self.coder.arguments.deployed_modes
        if not forces or any(p.mention.sector not in modes for p in forces):
            return [], None
        return forces, modes[str(forces[0].mention.sector)]

    def _held(self, trigger: Trigger, actors: list[EventActor]) -> bool:
        """Whether an arrest or detention names only private persons and no one they hold:
        then they are the held (``held_kinds``), as the state alone arrests."""
        return self.coder.arguments.held(trigger.type, trigger.mode,
                                         [a.sector for a in actors])

    def _noun_only(self, trigger: Trigger, text: str) -> bool:
        """Whether the implied sides of this trigger's type and mode are coded, when the
        text names neither, only for a noun ('vụ bắt giữ', not 'bắt'): ``alone: nominal``."""
        rule = self.coder.implied.missing(trigger.type, trigger.mode, MissingSide.ACTOR, text)
        return rule is not None and rule.alone_nominal

    def _told_passive(self, trigger: Trigger, text: str, passive: int) -> bool:
        """Whether a passive verb names the event as a noun would, for the implied sides of
        an event that names neither ('Cả hai đã bị bắt tạm giam'): ``alone:
        nominal-or-passive``; not a passive that opens its clause, whose patient and agent
        the sentence names around it ('40 năm sau, bị giam lỏng giữa vòng vây quân đội
        Israel, Arafat …')."""
        rule = self.coder.implied.missing(trigger.type, trigger.mode, MissingSide.ACTOR, text)
        clause = self._last_marker("clause_breaks", self.first, passive)
        opens = (passive == (self.first if clause is None else clause + 1)
                 or (passive > self.first and self._comma_before(passive)))
        return rule is not None and rule.alone_passive and not opens

    def _speaker_of_noun_attack(self, found: _Found, report: int,
                                subjects: list[_Placed]) -> bool:
        """Whether the only sides before an attack named as a noun are the speaker of the
        report before it ('Cảnh sát Czech chiều qua cho biết, vụ ném lựu đạn vào sòng bạc
        Royal …'), not its author: a speaker of the land the attack is told in (the
        sentence's place, else the article's), not one telling of a strike abroad ('Bộ
        Quốc phòng Israel cho biết, cuộc không kích … ở Gaza'); not a side that fights
        (``fighting_sectors``) or a country named alone ('Nga cho biết cuộc tấn công IRBM
        là để trả đũa …'); not for a raid (``own_raids``), nor where a verb of making it
        stands right before the noun ('… tuyên bố thực hiện vụ bắt cóc này': a claim) or a
        group's pronoun after the report stands for the speaker ('… cho biết họ sẽ sử
        dụng hành động quân sự')."""
        arguments, trigger = self.coder.arguments, found.trigger
        if (not subjects or trigger.type not in arguments.toll_types
                or not self._nominal(found)
                or any(raid in trigger.words.casefold() for raid in arguments.own_raids)
                or arguments.ends_before(self.keys, found.first, "author_verbs")
                or any(arguments.length_at(self.keys, at, "group_pronouns")
                       for at in range(report + 1, found.first))):
            return False
        land = self._sentence_place() or self._most_named(places=True)
        return all(p.last < report and p.mention.sector is not None
                   and p.mention.sector not in arguments.fighting_sectors
                   and p.mention.country == land for p in subjects)

    def _clause_subjects(self, found: _Found, report: int | None,
                         subject_from: int) -> list[_Placed]:
        """Who the trigger's clause says acts: its subject, or the subject of the clause a
        purpose ('để', 'nhằm') follows, or what a pronoun opening it stands for; the speaker
        for a first-person subject in quoted speech."""
        # 'Chỉ trích nghị quyết của Quốc hội Mỹ, Sudan mô tả …': a sentence that opens on
        # the verb tells its subject right after the comma that ends the verb's short phrase
        if (found.first == self.first and not found.trigger.nominal
                and not found.trigger.symmetric and not self._nominal(found)
                and (fronted := self._subject_after_verb_phrase(found))):
            return fronted
        clause_start = self._last_marker("clause_breaks", subject_from, found.first)
        floor = subject_from if clause_start is None else clause_start + 1
        subjects = (self._with_backed(found, self._nearest_before(found.first, floor), floor)
                    or self._owner_subject(found, floor))
        if subjects and self._past_opening_clause(found, clause_start, subjects):
            return []
        if subjects and (first_verb := self._first_verb(found, floor)) is not None:
            # 'Mỹ chỉ trích Iran và kêu gọi …': the second verb's subject is the first's,
            # not the first verb's object before 'và'
            # 'các tay súng … tuyên bố bắt cóc hơn 80 người … và đe doạ …': the first verb's
            # subject may stand before the report its object follows
            first_from = (subject_from if report is None
                          or self._candidates(report, first_verb.first) else self.first)
            subjects = self._clause_subjects(first_verb, report, first_from) or subjects
        if not subjects and clause_start is not None and self._last_marker(
                "pronouns", clause_start, found.first) is not None:
            subjects = self._nearest_before(clause_start, subject_from)
        if not subjects and clause_start is not None:
            # '… trao 300 triệu đồng cho MTTQ Việt Nam để cứu trợ đồng bào'
            subjects = (self._purpose_subject(found.trigger, clause_start, subject_from)
                        or self._shared_subject(found, clause_start, subject_from)
                        or self._subject_past_object_clause(found, clause_start, subject_from))
        if not subjects:
            # 'Bà khẳng định …', 'Năm 1997, y còn đánh bom …'
            subjects = self._antecedent(subject_from, found.first)
        elif (self._opens_with_phrase() and not self._subordinate_person(subjects)
              and self._comma_before_pronoun(subjects[-1].last + 1, found.first)):
            # 'Phát biểu trước các lãnh đạo thế giới …, ông lên án …': the pronoun after an
            # opening phrase is the subject, not a side the phrase names
            subjects = self._antecedent(subjects[-1].last + 1, found.first) or subjects
        if report is not None and self._first_person_subject(subjects, found.first):
            # 'Bà khẳng định …: Ngay từ đầu chúng tôi đã ủng hộ …': the speaker
            subjects = (self._nearest_before(report, self.first)
                        or self._antecedent(self.first, report) or subjects)
        elif (report is None and not self._nominal(found) and not self._after_between(found)
              and self._first_person_subject(subjects, found.first)):
            # '"… chúng tôi sẽ hợp tác với Tehran …", Putin phát biểu': the speaker at the end
            # (not of talks 'giữa Bắc Kinh và Đài Loan' the speaker welcomes)
            speaker = self._trailing_speaker(found)
            subjects = [p for p in self.actors if p.mention is speaker] or subjects
        return subjects

    def _owner_subject(self, found: _Found, floor: int) -> list[_Placed]:
        """The owner of armed forces or machines, or of a body or a person acting for it,
        that are no side, right before a verb ('xe bọc thép chở quân và máy ủi của quân đội
        Israel cũng tiến vào …', 'Máy bay chiến đấu của Mỹ đã ném bom …', 'Uỷ ban Đối ngoại
        của Thượng viện Mỹ hôm qua tán thành …'): the side whose forces or agents act; only
        fillers ('đã', 'cũng') between the owner and the verb, and not for a noun event,
        whose owner is its agent already."""
        if self._noun_event(found):
            return []
        owners = self._owners_between(floor, found.first)
        if not owners or self._subject_end(found.first, floor) != owners[-1].last + 1:
            return []
        # forces and machines ('armed_means') or agents ('acting_parts'), not a paper or a
        # budget of a country ('Tờ Frankfurter Allegemeine Zeitung của Đức chỉ trích …': no
        # German government)
        if not any(self._phrase_at(at, "armed_means") or (
                self._phrase_at(at, "acting_parts") and "của" not in self.keys[floor:at])
                   for at in range(floor, owners[-1].first)):
            # an agent heads its subject: not 'Gia đình của các chiến binh của Hamas'
            return []
        return self._coordinated(owners[-1], found.first)

    def _subject_end(self, index: int, floor: int) -> int:
        """Where the subject of the verb at word ``index`` would end: before the fillers
        and the time said between them ('Uỷ ban Đối ngoại của Thượng viện Mỹ hôm qua đã tán
        thành …')."""
        at = self.coder.arguments.before_fillers(self.keys, index, floor)
        starts = {self.tokens.index_at(end): self.tokens.index_at(start)
                  for start, end in self.timex_spans}
        if at in starts and floor <= starts[at] < at:
            at = self.coder.arguments.before_fillers(self.keys, starts[at], floor)
        return at

    def _relative_of_unnamed(self, found: _Found, subjects: list[_Placed]) -> bool:
        """Whether the trigger is the verb of a relative clause ('…, người đã nhận tội')
        whose head, the noun before its comma, is no side the actor stage knows ('Bush chụp
        ảnh chung với Jack Abramoff, người đã nhận tội'): its subject is that unknown
        person, not a side further back nor one the act implies (but for an attack, whose
        unnamed author the guide codes by its place). Not a passive clause, whose head
        undergoes the act."""
        floor = max(self.first, subjects[-1].last + 1) if subjects else self.first
        for at in range(found.first - 1, floor, -1):
            if self._comma_before(at + 1):
                return False  # the relative clause closed before the trigger
            width = self._phrase_at(at, "relative_heads")
            if (width and self._comma_before(at) and not any(p.first == at for p in self.actors)
                    and "passive" not in self.markers.get(at + width, {})):
                # not 'người đồng cấp …', a side of its own; not 'Khodorkovsky, người bị kết
                # án', whose head undergoes the act of a side the act implies
                return not subjects or subjects[-1].last != at - 1
        return False

    def _with_backed(self, found: _Found, subjects: list[_Placed], floor: int
                     ) -> list[_Placed]:
        """The side a backer backs, before the backer: 'các đơn vị cảnh sát đặc nhiệm được
        lực lượng Mỹ hỗ trợ đã phong toả …' is the police's blockade with the US forces',
        not the US forces' alone; the backing verb itself ('hỗ trợ' as aid) keeps its own."""
        if not subjects:
            return subjects
        arguments, backer = self.coder.arguments, subjects[0]
        opener = backer.first - 1
        if (opener <= floor or not arguments.length_at(self.keys, opener, "backers_before")
                or not arguments.length_at(self.keys, subjects[-1].last + 1, "backing_verbs")
                or found.first == subjects[-1].last + 1):
            return subjects
        head = [p for p in self._nearest_before(opener, floor) if p.last < opener]
        if not head or head[-1].last != opener - 1:
            return subjects
        return [*head, *subjects]

    def _backed(self, subjects: list[_Placed]) -> bool:
        """Whether the subjects hold a side and its backer ('các đơn vị cảnh sát … được lực
        lượng Mỹ hỗ trợ'): both act, neither receives."""
        return any(later.first - 2 == earlier.last and self.coder.arguments.length_at(
            self.keys, later.first - 1, "backers_before")
            for earlier, later in pairwise(subjects))

    def _first_verb(self, found: _Found, floor: int) -> _Found | None:
        """The verb trigger the trigger is joined to ('và', 'đồng thời': it follows them
        with no subject of its own) in the same clause from ``floor``, if any; a passive or
        noun trigger has no subject to share."""
        joiner = self.coder.arguments.joined_predicate(self.keys, found.first, floor)
        if joiner is None:
            return None
        embedding = self.coder.lexicon.embedding
        earlier = [f for f in self.found_at.values() if floor <= f.first and f.last < joiner]
        if found.trigger.type in embedding:
            # 'yêu cầu Syria triệt thoái quân đội khỏi Libăng và kêu gọi nhóm Hezbollah …':
            # a second demand joins the first, not the act demanded
            earlier = [f for f in earlier if f.trigger.type in embedding] or earlier
        verb = max(earlier, key=lambda f: f.first, default=None)
        if (verb is not None and found.trigger.type not in embedding
                and self.coder.arguments.content_side(verb.trigger.type) is not None
                and self._candidates(verb.last + 1, joiner)):
            # 'yêu cầu Iran tuân thủ các nghị quyết … và ngừng làm giàu urani': a second act
            # demanded of the side between (``content_sides``), joined to the first act (no
            # trigger), not to the demand; 'khởi tố bị can và bắt giam …' shares its subject
            return None
        if (verb is None or verb.trigger.nominal or self._nominal(verb)
                or self._passive_at(verb) is not None
                or joiner - (verb.tail[1] if verb.tail else verb.last) - 1 > _JOINED_OBJECT
                or self._last_marker("clause_breaks", verb.last + 1, joiner) is not None
                # 'bắt tên gây ra vụ cứa cổ … và hiếp dâm …': the criminal's own verbs
                or any(self._phrase_at(at, "author_verbs") for at in range(verb.last + 1, joiner))):
            return None
        return verb

    def _passive_at(self, found: _Found) -> int | None:
        """The word that makes the trigger passive ('bị', or its own opening 'được'), if
        any: the trigger's own first word counts ('bị bắt giữ')."""
        passive = self._last_marker("passive", max(self.first, found.first - _PASSIVE_REACH),
                                    found.first + 1)
        if passive is not None and (
                self._last_marker("clause_breaks", passive, found.first) is not None
                or any(self._passive_of_other(passive, at, other, found)
                       for at, other in self.found_at.items())):
            passive = None
        if passive is None and self._opens_passive(found):
            # 'Hai nhà báo đã được trả tự do': the freed stand before the trigger
            passive = found.first
        return passive

    def _passive_of_other(self, passive: int, at: int, other: _Found, found: _Found) -> bool:
        """Whether the 'bị' at ``passive`` belongs to ``other``, another act before the
        trigger: 'Mỹ bị chỉ trích vì đã tấn công Iraq', 'Pakistan bị Mỹ gây sức ép … phải
        truy quét'; or it is the other's own first word and a side is named between that
        act and the trigger, most often a new subject ('Hiện tên này vẫn đang bị giam tại
        Cuba và Bogota đang đàm phán với La Havana'). One right before shares it ('bị câu
        lưu thẩm vấn'), as do one of the same act ('bị tấn công bởi bom xe') and one joined
        to it with no side of its own ('bị tạm giam và khởi tố bị can')."""
        if not (passive <= at and other.last < found.first - 1
                and other.trigger.type != found.trigger.type):
            return False
        return passive < at or bool(self._candidates(other.last + 1, found.first))

    def _between_private_persons(self, trigger: Trigger, actors: list[EventActor],
                                 others: list[EventActor]) -> bool:
        """Talks between private sides ('GS-TS Trịnh Xuân Thuận nói chuyện … với sinh
        viên') or a crime between persons named by name ('Tùng thú nhận đã giết ông Vũ
        Xuân Trường'): no political event."""
        arguments, sides = self.coder.arguments, [*actors, *others]
        return arguments.between_private(trigger.type, [a.sector for a in sides]) or bool(
            actors and others and arguments.private_crime(
                trigger.type, trigger.mode, [(a.sector, a.name) for a in sides]))

    def _coded(self, found: _Found, actors: list[EventActor], others: list[EventActor],
               source: ActorMention | None, trigger_text: str) -> Event:
        """The event of the trigger with its sides; an arrest by armed groups is an
        abduction ('Phiến quân Iraq đã bắt giữ 3 nhân viên cứu trợ': hostages)."""
        trigger, arguments = found.trigger, self.coder.arguments
        evidence = Evidence(self.start, self.end, self.article.line_at(self.start))
        date = self._date(found)
        kind, mode, cameo = trigger.type, trigger.mode, trigger.cameo
        if arguments.abduction and arguments.abducts(kind, mode, [a.sector for a in actors]):
            kind, mode, cameo = arguments.abduction[1]
        return Event(
            event_id="", type=kind, mode=mode, actors=tuple(actors),
            recipients=tuple(others), date=date, status=self._status(found, date),
            location=self._location(), quad_code=self.coder.lexicon.quad[kind],
            cameo=cameo, evidence=evidence,
            trigger=trigger_text,
            symmetric=trigger.symmetric, source=_side(source) if source else None,
            mentions=(evidence,))

    def _official(self, sides: list[EventActor]) -> bool:
        """Whether sides are public ones that make or host a visit: of a country or an
        international body, and of no private sector (event_arguments.json
        private_sectors: residents, firms, the press do not host one)."""
        private = self.coder.arguments.private_sectors
        return bool(sides) and all(side.country is not None and side.sector not in private
                                   for side in sides)

    def _travels(self, found: _Found, subjects: list[_Placed]) -> bool:
        """Whether the side before a verb of motion is one whose travel is a visit (an
        official, a delegation, an international body), with only adverbs and status words
        between ('Thủ tướng … sẽ lên đường đi Israel'); a noun ('có chuyến đi Matxcơva')
        takes its clause's subject wherever it stands."""
        if not subjects:
            return False
        mention, arguments = subjects[-1].mention, self.coder.arguments
        if not (mention.sector in arguments.travellers or mention.country in NON_STATE
                or (mention.sector in arguments.named_travellers
                    and _names_a_person(mention))):
            return False
        if any(arguments.length_at(self.keys, at, "movers")
               for at in range(max(self.first, subjects[0].first - _MOVER_REACH),
                               subjects[0].first)):
            # 'đưa Arafat sang Paris điều trị': carried, not visiting
            return False
        if self._nominal(found):
            return True
        at = subjects[-1].last + 1
        while at < found.first:
            status = self.markers.get(at, {})
            width = max(arguments.length_at(self.keys, at, "fillers"),
                        *(status.get(name, 0) for name in _STATUS_MARKERS),
                        self._timex_width(at))
            if not width:
                return False
            at += width
        return True

    def _timex_width(self, at: int) -> int:
        """The words from ``at`` to the end of a time expression opening there ('Thủ tướng
        Junichiro Koizumi ngày mai tới Hàn Quốc'), else 0."""
        start = self.tokens.starts[at]
        end = next((end for first, end in self.timex_spans if first == start), None)
        return 0 if end is None else self.tokens.index_at(end) - at

    def _destinations(self, index: int) -> list[_Placed]:
        """The country or capital right after a verb of motion, with those listed after it
        ('đến Hàn Quốc, Mông Cổ, Kazakhstan và Litva'; 'tới thủ đô Rabat')."""
        index += self.coder.arguments.length_at(self.keys, index, "destination_heads")
        head = next((p for p in self.actors if p.first == index and _country_or_its_place(p)),
                    None)
        return self._listed_countries(head) if head is not None else []

    def _listed_countries(self, head: _Placed) -> list[_Placed]:
        """``head`` and the countries or places listed after it in its clause, where a
        visit's hosts or an attack's targets are named together ('Ả Rập Saudi, Morocco,
        Nigeria và Kenya'); not the subject of the next clause ('Israel không kích Dải Gaza,
        Ai Cập lập tức lên tiếng phản đối', '… ở Dải Gaza và Ai Cập lên án …')."""
        group = [head]
        end = self._clause_end(head.last + 1)
        for placed in self.actors:
            if placed.first <= group[-1].last or not _country_or_its_place(placed):
                continue
            gap = set(self.keys[group[-1].last + 1:placed.first])
            if (placed.first >= end or len(gap) > _JOINER_GAP or not gap <= _JOINERS
                    or self._opens_new_clause(placed) or placed.last + 1 in self.found_at):
                break
            group.append(placed)
        # a comma joins places only in a list that ends with 'và' ('A, B và C'): where the
        # last item follows a bare comma, the items after the head start the next clause
        if len(group) > 1 and not self.keys[group[-2].last + 1:group[-1].first]:
            return group[:1]
        return group

    def _after_between(self, found: _Found) -> bool:
        """Whether 'giữa' follows the trigger, before the parties it names."""
        return "giữa" in self.keys[found.last + 1:min(self.last, found.last + 2) + 1]

    def _opens_passive(self, found: _Found) -> bool:
        """Whether the trigger opens on a passive word other than 'bị' ('được trả tự do',
        'được thả'), or is a verb its subject undergoes ('ra toà', 'hầu toà'): who stands
        before it undergoes it, as before 'bị'."""
        arguments = self.coder.arguments
        width = arguments.length_at(self.keys, found.first, "passive_openers")
        return 0 < width <= found.last - found.first or arguments.length_at(
            self.keys, found.first, "undergone_verbs") == found.last - found.first + 1

    def _purpose_subject(self, trigger: Trigger, purpose: int, floor: int) -> list[_Placed]:
        """The author of an aid or a cooperation, or of any act told with its means, told as
        the purpose of what the clause before ``purpose`` ('để', 'nhằm') does: that
        clause's subject ('ông Đào Hồng Tuyển đã trao 300 triệu đồng cho MTTQ Việt Nam để
        cứu trợ đồng bào'), not its object."""
        if not self._phrase_at(purpose, "purpose") or (
                trigger.type not in self.coder.arguments.purpose_types
                and not self._after_means(purpose, "means_verbs")):
            # 'Syria cũng để ngỏ khả năng hợp tác': 'để ngỏ' (leave open) is no purpose; an
            # act told with its means ('Quân đội Mỹ đã sử dụng bom napalm để tấn công …') is
            # that of who uses them
            return []
        start = self._clause_start(floor, purpose)
        if start == self.first and self._opens_with_phrase():
            # 'Sau cuộc gặp Putin, Ngoại trưởng Mỹ bay tới Litva để tham dự …': the subject
            # after the opening phrase's comma, not a side the phrase names
            comma = next((at for at in range(start + 1, purpose) if self._comma_before(at)),
                         None)
            if comma is not None and self._candidates(comma, purpose):
                start = comma
        return self._first_side(start, purpose)

    def _clause_start(self, floor: int, at: int) -> int:
        """The first word of the clause word ``at`` is in, from ``floor`` on."""
        opening = self._last_marker("clause_breaks", floor, at)
        return floor if opening is None else opening + 1

    def _first_side(self, start: int, end: int) -> list[_Placed]:
        """The first side named in words start..end - 1, with those coordinated with it:
        the subject of that stretch of a clause."""
        candidates = self._candidates(start, end)
        return self._coordinated(candidates[0], end) if candidates else []

    def _shared_subject(self, found: _Found, conjunction: int, floor: int) -> list[_Placed]:
        """The subject of the clause before a contrast whose verb follows it at once, with
        adverbs at most between ('Hạ nghị sĩ Ann Cryer … thông cảm với những cảnh sát … nhưng
        tỏ ra lo lắng về …': she worries, not the police; ``shared_subject``); not where
        the contrast names a subject of its own the actors do not know ('… nhưng Glitter vẫn
        tìm cớ từ chối'), nor for a noun event ('nhưng cuộc họp thượng đỉnh của EU …'), nor
        after a passive, whose subject was acted on ('Lê Tấn Đạt … đã bị khởi tố nhưng cho
        tại ngoại')."""
        width = self._phrase_at(conjunction, "shared_subject")
        between = range(conjunction + width, found.first)
        arguments = self.coder.arguments
        if (not width or len(between) > _SHARED_SUBJECT_GAP or self._nominal(found)
                or any(self.tokens.text[self.tokens.starts[at]].isupper()
                       # 'nhưng hắn từ chối …': a subject of its own, not adverbs
                       or any(arguments.length_at(self.keys, at, name) for name in (
                           "nominalizers", "person_pronouns", "group_pronouns"))
                       for at in between)):
            return []
        start = self._clause_start(floor, conjunction)
        if self._last_marker("passive", start, conjunction) is not None:
            return []
        return self._first_side(start, conjunction)

    def _subject_past_object_clause(self, found: _Found, opening: int, floor: int
                                    ) -> list[_Placed]:
        """The subject of the verb whose object clause ('việc …': ``object_clauses``) a verb
        joined by 'và' follows with no subject of its own ('Nga thông báo trì hoãn việc khởi
        công nhà máy … và thúc giục Tehran …': Russia urges), the first side of the clause
        the object clause ends; not a noun event."""
        arguments = self.coder.arguments
        if (not self._phrase_at(opening, "object_clauses") or self._nominal(found)
                or arguments.joined_predicate(self.keys, found.first, opening + 1) is None):
            return []
        # the subject of the clause the object clause ends, not a side of a clause before it
        # ('… để đưa ra những biện pháp nhằm "chấm dứt việc sử dụng bạo lực và đe dọa …"')
        return self._first_side(self._clause_start(floor, opening), opening)

    def _received(self, found: _Found, subjects: list[_Placed]
                  ) -> tuple[list[_Placed], list[_Placed]] | None:
        """Aid received ('Ai Cập trở thành nước nhận nhiều viện trợ nhất của Mỹ', 'Dawa nhận
        tài trợ từ chính quyền … Iran'): its givers, named after 'của', 'từ' (none when the
        text names none), and its receivers, the clause's subjects; likewise criticism
        suffered ('vấp phải sự chỉ trích của …'); None when neither is told so."""
        arguments, keys = self.coder.arguments, self.keys
        if found.trigger.type in arguments.receiving_types:
            verbs = "receiving"
        elif found.trigger.type in arguments.suffering_types:
            verbs = "suffering"  # not 'nhận được đơn tố cáo': a complaint received
        else:
            return None
        for at in range(max(self.first, found.first - _RECEIVED_GAP - 2), found.first):
            width = arguments.length_at(keys, at, verbs)
            if (width and 0 <= found.first - (at + width) <= _RECEIVED_GAP
                    and not self.coder.boundaries.splits_word(self.tokens, at, at + width - 1)):
                return self._givers(found.last + 1), subjects
        return None

    def _givers(self, index: int) -> list[_Placed]:
        """The side named after a giver word ('của Mỹ', 'từ Nhật Bản') within a few words of
        ``index``, in the clause: a country named as a place gives too."""
        ceiling = min(self._clause_end(index), index + _OWNER_REACH + 1)
        arguments = self.coder.arguments
        for at in range(index, ceiling):
            width = arguments.length_at(self.keys, at, "givers")
            if not width or self.coder.boundaries.splits_word(self.tokens, at, at + width - 1):
                continue
            giver = next((p for p in self.actors if at < p.first <= at + width), None)
            if giver is None:
                return []
            return [giver, *self._coordinated(giver, self._clause_end(at))[1:]]
        return []

    def _ending_inside(self, found: _Found) -> list[_Placed]:
        """The side a trigger ends with ('ủng hộ đồng bào'): its recipient."""
        return [p for p in self._candidates(found.first + 1, found.last + 1)
                if p.last == found.last]

    def _inside_one_state(self, trigger: Trigger, sides: list[EventActor]) -> bool:
        """Whether aid or cooperation is between state bodies of one country ('Đoàn kiểm tra
        liên ngành … phối hợp với PC13, Công an TP.HCM'): routine inside a government, which
        the gold does not code; cooperation inside one country is routine too unless a
        party, the opposition or an armed group takes part."""
        arguments = self.coder.arguments
        if len(sides) < 2 or len({side.country for side in sides}) > 1:
            return False
        if trigger.type in arguments.domestic_types:
            # 'Sở Du lịch TPHCM phối hợp cùng Vietnam Airlines': no party or armed group
            return not any(side.sector in arguments.political_sectors for side in sides)
        return (arguments.inside_state(trigger.type, trigger.mode)
                and all(side.sector in arguments.state_sectors for side in sides))

    def _antecedent(self, first: int, last: int) -> list[_Placed]:
        """What a pronoun opening the clause before ``last`` stands for: the last person
        (for 'ông', 'bà', 'y', 'hắn' …) or the last side (for 'họ') named in the sentences
        just before; a pronoun opens a clause at the sentence's start or after a comma."""
        arguments, keys = self.coder.arguments, self.keys
        for at in range(first, last):
            if at > self.first and not self._comma_before(at):
                continue
            person = arguments.length_at(keys, at, "person_pronouns")
            group = arguments.length_at(keys, at, "group_pronouns")
            width = max(person, group)
            if (not width or self._candidates(at, last)
                    or self.coder.boundaries.splits_word(self.tokens, at, at + width - 1)):
                # 'họ hàng', 'bà con', 'y tế' are no pronouns
                continue
            after = at + width
            if keys[at] == "y" and (after > last or keys[after] in arguments.not_after_y):
                continue
            if self._last_marker("reporting", at, last) is not None:
                # 'Ông cho biết đã có ba vụ đánh bom': the speaker, not the bomber
                return []
            return self._person_before(keys[at]) if person else self._subject_before()
        return []

    def _distributive(self, subjects: list[_Placed], index: int) -> bool:
        """Whether 'đều' ('each', 'both') stands between coordinated subjects and the
        trigger at ``index``."""
        if len(subjects) < 2:
            return False
        arguments = self.coder.arguments
        return any(arguments.length_at(self.keys, at, "distributives")
                   for at in range(subjects[-1].last + 1, index))

    def _first_person_subject(self, subjects: list[_Placed], index: int) -> bool:
        """Whether a first-person pronoun ('tôi', 'chúng tôi') is the subject of the
        trigger at ``index``: it stands a few words before it, after any side named."""
        arguments, since = self.coder.arguments, subjects[-1].last + 1 if subjects else self.first
        for at in range(max(since, index - _FIRST_PERSON_REACH), index):
            width = arguments.length_at(self.keys, at, "first_person")
            if width and not self.coder.boundaries.splits_word(self.tokens, at, at + width - 1):
                return True
        return False

    def _person_before(self, pronoun: str) -> list[_Placed]:
        """The last person named in the sentences just before, the last one named after
        the honorific that opens the pronoun, ``pronoun`` ('bà Ba … thuê anh Hoàng bốc hài
        cốt. … Bà thú nhận', '… Bà ta thú nhận': she, not he)."""
        people = [placed for placed in self.before
                  if placed.mention.country is not None and _names_a_person(placed.mention)]
        titled = [placed for placed in people
                  if placed.first > 0 and self.keys[placed.first - 1] == pronoun]
        return (titled or people)[-1:]

    def _subject_before(self) -> list[_Placed]:
        """The first side named in the sentence before: its subject, not its object
        ('Hamas đã bắt cóc một binh sĩ Israel. Họ yêu cầu …' is Hamas)."""
        text = self.article.text
        opening = max(text.rfind(mark, 0, self.start - 1) for mark in ".!?\n") + 1
        for placed in self.before:
            mention = placed.mention
            if (self.tokens.starts[placed.first] >= opening and mention.country is not None
                    and mention.role is not ActorRole.LOCATION):
                return [placed]
        return []

    def _victims_before(self, found: _Found, subjects: list[_Placed]) -> bool:
        """Whether the clause's subject died or was hurt in the noun event after it ('Ít
        nhất 20 người thiệt mạng trong vụ đánh bom'): its victims, not its author."""
        arguments = self.coder.arguments
        return bool(subjects) and any(arguments.length_at(self.keys, at, "tolls")
                                      for at in range(subjects[-1].last + 1, found.first))

    def _named_by_place_or_day(self, found: _Found) -> bool:
        """Whether a noun event of a type known by its name (``named_types``) is followed at
        once by a day or a place, with no word between ('vụ tấn công 11/9', 'vụ đánh bom
        Madrid'; not 'vụ đánh bom ở Madrid', 'vụ đánh bom hôm 7/7'). A capital there is
        its place, not its government ('vụ khủng bố Madrid làm 191 người thiệt mạng')."""
        if found.trigger.type not in self.coder.arguments.named_types or found.last >= self.last:
            return False
        after = self.tokens.ends[found.last]
        gap = self.article.text[after:self.tokens.starts[found.last + 1]]
        if gap != " ":
            return False
        next_start = self.tokens.starts[found.last + 1]
        return (any(t.start == next_start and t.precision == Precision.DAY
                    and self.article.text[next_start].isdigit() for t in self.timexes)
                or any(p.first == found.last + 1 and (p.mention.role is ActorRole.LOCATION
                                                      or p.mention.via is MentionVia.METONYM)
                       for p in self.actors))

    def _time_anchor(self, found: _Found) -> bool:
        """Whether the noun event dates the clause ('8 ngày sau vụ khủng bố vào Trung tâm
        Thương mại Thế giới', 'kể từ vụ đánh bom'): its subject did not do it. Talks are
        another matter: 'phát biểu sau cuộc hội đàm' is by one who talked."""
        arguments = self.coder.arguments
        if found.trigger.type in arguments.fronted_types:
            return False
        start = self._noun_phrase_start(found.first)
        for at in range(max(self.first, start - _FRONTED_GAP - 2), start):
            width = arguments.length_at(self.keys, at, "time_anchors")
            # only counts between ('một ngày sau một loạt vụ tấn công'), not 'thông báo
            # trước về vụ tấn công' (in advance)
            if width and 0 <= start - (at + width) <= _FRONTED_GAP and all(
                    key in arguments.anchor_counts for key in self.keys[at + width:start]):
                return True
        return False

    def _noun_phrase_start(self, index: int) -> int:
        """The first word of the noun phrase a trigger heads ('vụ' of 'vụ khủng bố')."""
        width = next((w for w in range(2, 0, -1) if index - w >= self.first
                      and self.coder.arguments.length_at(self.keys, index - w, "nominalizers")
                      == w), 0)
        return index - width

    def _placed_by_preposition(self, found: _Found) -> bool:
        """Whether a noun event follows a word of place or time ('trong', 'sau', 'tại':
        ``settings``), determiners between ('trong cuộc họp Đại hội đồng', 'sau một cuộc
        họp'): a setting of its clause, no act of the clause's subject ('đã kết thúc cuộc
        họp' is one)."""
        at = found.first
        while at > self.first and self.coder.arguments.ends_before(
                self.keys, at, "subject_determiners", 1):
            at -= 1
        return self.coder.arguments.ends_before(self.keys, at, "settings")

    def _fronted(self, found: _Found) -> bool:
        """Whether the noun event stands in a phrase opening the sentence before its main
        clause: 'Trong cuộc điện đàm với …, Chủ tịch Trung Quốc khẳng định'."""
        return (found.trigger.type in self.coder.arguments.fronted_types
                and self._in_fronted_phrase(found))

    def _fronted_noun(self, found: _Found) -> bool:
        """Whether a noun event stands in a phrase opening the sentence ('Tại phiên xử sơ
        thẩm ngày 27/1/2005, TAND … đã tuyên phạt …'): it embeds nothing of the main
        clause; a verb after an opening phrase ('Sau đó, Israel cáo buộc …') is the main
        clause's own."""
        return (self._noun_event(found) and self._in_fronted_phrase(found))

    def _in_fronted_phrase(self, found: _Found) -> bool:
        """Whether the trigger stands in a phrase of place or time opening the sentence
        ('Trong cuộc điện đàm với …,', 'tại phiên xử sơ thẩm ngày 27/1/2005,')."""
        arguments = self.coder.arguments
        for start in dict.fromkeys((self.first, self._after_opener())):
            width = arguments.length_at(self.keys, start, "fronted")
            if width and 0 <= found.first - (start + width) <= _FRONTED_GAP:
                return True
        return False

    def _joined_to_report(self, found: _Found, report: int, subjects: list[_Placed]) -> bool:
        """Whether a speech act ('kêu gọi', 'bác bỏ': ``report_joined_types``) is joined by
        'và', 'đồng thời' (``report_joiners``) to the main clause's reporting verb, its
        subject a side of the report named between them, or none after a comma (the
        report's content ending in a purpose: 'nhấn mạnh Ápganixtan cần sự giúp đỡ … để tái
        thiết đất nước, đồng thời kêu gọi các quốc gia …'): the speaker's second act."""
        arguments, speaker = self.coder.arguments, self._nearest_before(report, self.first)
        return (found.trigger.type in arguments.report_joined_types and bool(speaker)
                and (report < subjects[0].first if subjects else any(
                    self._comma_before(at)
                    for at in range(max(self.first, found.first - 3), found.first + 1)))
                and arguments.ends_before(self.keys, found.first, "report_joiners")
                and self._last_marker("clause_breaks", self.first, speaker[0].first) is None)

    def _past_opening_clause(self, found: _Found, clause_start: int | None,
                             subjects: list[_Placed]) -> bool:
        """Whether an event named as a noun follows the comma that closes a clause of time
        or cause opening its sentence, the sides before it that clause's own ('Ngay trước
        khi Laura Bush đến Afghanistan, một vụ nổ bom ôtô xảy ra …': no attack by Bush)."""
        if clause_start is None or not self._nominal(found):
            return False
        opening = next((at for at in range(self.first, min(clause_start, self.first + 2) + 1)
                        if at + self._phrase_at(at, "subordinators") == clause_start + 1), None)
        return opening is not None and any(
            self._comma_before(at) for at in range(subjects[-1].last + 1, found.first + 1))

    def _opens_with_phrase(self) -> bool:
        """Whether the sentence opens with a phrase before its main clause: a place or time
        ('Tại hội nghị', 'Trong cuộc gặp với …') or a verb of speaking or meeting with no
        subject ('Phát biểu trước …', 'Trả lời phỏng vấn …': ``opener_verbs``)."""
        arguments = self.coder.arguments
        return any(arguments.length_at(self.keys, start, name)
                   for start in dict.fromkeys((self.first, self._after_opener()))
                   for name in ("fronted", "opener_verbs"))

    def _subordinate_person(self, subjects: list[_Placed]) -> bool:
        """Whether the sides open a clause after 'khi', 'sau khi' … and name a person by
        name: that clause's subject, whom a pronoun after its comma stands for ('Sau đó, khi
        Thứ trưởng Ngoại giao Mỹ John Bolton đến Matxcơva, ông yêu cầu Nga …' is Bolton)."""
        opening = self._last_marker("clause_breaks", self.first, subjects[0].first)
        if (opening is None or not self._phrase_at(opening, "subordinators")
                or not any(_names_a_person(p.mention) for p in subjects)):
            return False  # not after 'rằng', 'để', 'nhưng' …: no clause of time or cause
        # a title may stand between ('khi Thứ trưởng Ngoại giao … Mỹ John Bolton'), no verb
        # ('Sau khi gặp Tổng thống Bush, ông …': Bush is met, not the pronoun)
        return (subjects[0].first - opening <= _SUBORDINATE_SUBJECT_REACH
                and not any(opening < at < subjects[0].first for at in self.found_at)
                and not self._candidates(opening + 1, subjects[0].first))

    def _comma_before_pronoun(self, first: int, last: int) -> bool:
        """Whether a person pronoun opens a clause after a comma in words first..last-1."""
        return any(self._comma_before(at) and self.coder.arguments.length_at(
            self.keys, at, "person_pronouns") for at in range(max(first, self.first + 1), last))

    def _after_opener(self) -> int:
        """The first word after a short opener and its comma ('Tuy nhiên, sau cuộc gặp với
        …', 'Trong khi đó, trong cuộc điện đàm …') or after a longer one that only links the
        story ('Trong một diễn biến khác, nhân chuyến thăm Syria, ông Allawi …':
        ``discourse_openers``), else the sentence's first word."""
        width = self.coder.arguments.length_at(self.keys, self.first, "discourse_openers")
        if width and self.first + width <= self.last and self._comma_before(self.first + width):
            return self.first + width
        for at in range(self.first + 1, min(self.last, self.first + _OPENER_WORDS) + 1):
            if self._comma_before(at):
                return at
        return self.first

    def _subject_after_verb_phrase(self, found: _Found) -> list[_Placed]:
        """The side named right after the comma that closes a verb phrase opening the
        sentence, a few words long: not 'Bắt cóc dường như đang trở thành chiến lược …',
        a noun the sentence is about."""
        text, offset = self.article.text, self.tokens.ends[found.last]
        phrase_end, chained = found.last, False
        while (found_at := text.find(",", offset, self.end)) >= 0:
            comma = self.tokens.index_at(found_at)
            if comma - phrase_end > _VERB_PHRASE_WORDS:
                return []
            offset = found_at + 1
            after = self._candidates(comma, self.last + 1)
            if not after or after[0].first - comma > 2:
                if chained or not self._opens_verb_phrase(comma):
                    return []
                # 'Chỉ trích nghị quyết của Quốc hội Mỹ, mô tả những tội ác ở Darfur là
                # "diệt chủng", những người Ảrập ở Sudan …': a second verb phrase, read on
                phrase_end, chained = comma, True
                continue
            if self._listed_across(comma, after[0]):
                continue  # 'Thăm Nhật Bản, Trung Quốc và Hàn Quốc, …': a list, read on
            return self._coordinated(after[0], self._clause_end(after[0].last + 1))
        return []

    def _opens_verb_phrase(self, at: int) -> bool:
        """Whether word ``at``, after a comma, may open a second verb phrase of the
        sentence's opening: a small letter, no clause break, pronoun, joiner ('nhưng',
        'và') or plural that opens the next noun of a list ('các')."""
        if at > self.last:
            return False
        word = self.tokens.text[self.tokens.starts[at]:self.tokens.ends[at]]
        markers = self.markers.get(at, {})
        return (word[:1].islower() and "clause_breaks" not in markers
                and "pronouns" not in markers and self.keys[at] not in _PHRASE_JOINERS)

    def _listed_across(self, comma: int, side: _Placed) -> bool:
        """Whether the comma before word ``comma`` parts two names of one list: a name
        (a side or a place) ends right before it and ``side``, right after it, is followed
        by a joiner or another comma."""
        if not any(p.last == comma - 1 for p in self.actors) or side.first != comma:
            return False
        nxt = side.last + 1
        return nxt <= self.last and (self.keys[nxt] in _JOINERS or self._comma_before(nxt))

    def _main_subject(self, found: _Found) -> list[_Placed]:
        """The subject of the main clause after a fronted phrase: the first side named
        after the comma that ends the phrase, with those coordinated with it."""
        comma = self._comma_after(found)
        after = self._candidates(comma, self.last + 1) if comma is not None else []
        return self._coordinated(after[0], self._clause_end(after[0].last + 1)) if after else []

    def _comma_after(self, found: _Found) -> int | None:
        """The word at the first comma after the trigger in its sentence."""
        comma = self.article.text.find(",", self.tokens.ends[found.last], self.end)
        return self.tokens.index_at(comma) if comma >= 0 else None

    def _open_addressee(self, found: _Found) -> bool:
        """Whether the trigger addresses the many it names no one of ('kêu gọi các quốc
        gia', 'hối thúc đồng minh'), after adverbs at most, or, for a call, ends with them
        ('kêu gọi cộng đồng quốc tế', a trigger of its own; not 'hội nghị quốc tế')."""
        arguments = self.coder.arguments
        if found.trigger.type in arguments.addressed_types and any(
                arguments.length_at(self.keys, at, "open_addressees") == found.last - at + 1
                for at in range(found.first + 1, found.last + 1)):
            return True
        at = self._past(found.last + 1, "fillers")
        return at <= self.last and arguments.length_at(self.keys, at, "open_addressees") > 0

    def _referred(self, found: _Found, subjects: list[_Placed], earlier: list[_Found]) -> bool:
        """Whether a noun event is the topic or the object of what its clause's subject
        does ('Nhà Trắng từ chối bình luận về vụ không kích', 'Pakistan lên án mạnh mẽ vụ
        tấn công'): referred to, so the subject is not its agent. An event named further
        on takes the subject ('thảo luận sơ bộ vào tối 9/1 trước cuộc gặp chính'), as does
        the object of an agreement or a proposal ('nhất trí tổ chức cuộc gặp thượng đỉnh')."""
        since = subjects[-1].last if subjects else self.first
        between = [other for other in earlier if since < other.first and other.last < found.first]
        if between and self._after_marker("topics", found.first):
            # 'từ chối bình luận về vụ không kích'; not 'Hamas nhận trách nhiệm về vụ tấn công'
            return True
        return any(self.coder.arguments.addresses_author(other.trigger, found.trigger.type)
                   and found.first - other.last - 1 <= _OBJECT_GAP
                   for other in between) or self._judged(found)

    def _pair_after(self, found: _Found) -> bool:
        """Whether symmetric talks named as a noun name their sides right after it, two or
        more coordinated ('cuộc đàm phán song phương Việt Nam - Mỹ', 'cuộc gặp cấp cao Mỹ -
        TQ'), past the words of their kind (fillers)."""
        if not found.trigger.symmetric or not self._nominal(found):
            return False
        start = self._past(found.last + 1, "fillers")
        first = next((p for p in self._candidates(start, self._clause_end(start))
                      if p.first == start), None)
        return first is not None and len(
            self._coordinated(first, self._clause_end(start))) > 1

    def _judged_event(self, found: _Found, earlier: list[_Found]) -> _Found | None:
        """The noun event a judgement is about, when it names no side ('Bush nói vụ tấn
        công là tội ác'): the act ``_judged_act`` finds after the verb that speaks it,
        whose author a condemnation addresses."""
        if not self._judges(found):
            return None
        speaking = self._speaking_before(found.first)
        if speaking is None:
            return None
        act = self._judged_act(self._judged_from(speaking, found.first), found.first)
        return act if act is not None and self.coder.arguments.addresses_author(
            found.trigger, act.trigger.type) else None

    def _judged(self, found: _Found) -> bool:
        """Whether a noun event is what a side judges: the subject of a judgement later in
        its clause ('Bush nói vụ tấn công là tội ác'), or the object of a verb of judging
        that says what it is ('Tony Blair mô tả vụ tấn công là "một tội ác"'), or what it
        says it is ('mô tả các vụ nổ là "một cuộc tấn công đẫm máu"'); the judge is not
        its agent. Only the acts whose author a condemnation addresses
        (``referred_types``): a threat it is judged to be is the judge's ('coi các biện
        pháp trừng phạt là một lời tuyên chiến'). A side describing its own operation
        ('Phía Israel gọi cuộc tập kích này là chiến dịch tìm và diệt') is rarer in the news
        than one condemning another's, and loses its agent too."""
        if found.trigger.type not in self.coder.arguments.referred:
            return False
        judging = self._judging_verb_before(found.first)
        end = self._clause_end(found.last + 1)
        if judging is not None and (
                "là" in self.keys[max(judging, found.first - _OBJECT_GAP - 1):found.first]
                or (found.first - judging - self._phrase_at(judging, "judging_verbs")
                    <= _OBJECT_GAP and "là" in self.keys[found.last + 1:end])):
            # 'gọi vụ đặt bom … là một cuộc tấn công ghê tởm': the act judged, and what the
            # judge says it is
            return True
        # 'Bush nói vụ tấn công là tội ác': a verb that speaks the judgement stands before
        # the act, in its clause (not 'Quân đội Mỹ tiếp tục cuộc tấn công … và các giáo sĩ
        # Sunni nói đây là tội ác chiến tranh', the army's attack)
        speaking = self._speaking_before(found.first)
        opened = self._last_marker("clause_breaks", self.first, found.first)
        if speaking is None or (opened is not None and speaking < opened):
            return False
        return any(self._judges(other) for at, other in self.found_at.items()
                   if found.last < at < end)

    def _with_implied(self, trigger: Trigger, text: str, actors: list[EventActor],
                      others: list[EventActor], speaker: ActorMention | None = None,
                      nominal: bool = False, said: bool = True, undergone: bool = False,
                      at: int | None = None) -> tuple[list[EventActor], list[EventActor]]:
        """The side an event implies when the text names only the other one: the police
        of 'ba nghi phạm đã bị bắt', the government 'người biểu tình Thái Lan' protest
        against; the speaker, when of the implied side's sector, is that side ('các nghi
        phạm đã bị tóm, cảnh sát Anh cho biết'). ``undergone``: the event is told as a noun
        or a passive verb, the side named its patient ('hai quan chức … sẽ bị xét xử'), for
        the rules that need it. ``at``: the trigger's last word, after which a place in its
        clause is the event's own."""
        implied = self.coder.implied
        if not actors and not others:
            rule = implied.missing(trigger.type, trigger.mode, MissingSide.ACTOR, text)
            if (rule is None or not rule.alone or (rule.alone_nominal and not nominal)
                    or not (actor := self._implied_side(rule, [], at))):
                return actors, others
            # 'vụ đánh bom hôm 7/7 làm chết 52 người': the attacker of the place, against
            # its people; the other side as the recipient's rule gives it, if any
            rule = implied.missing(trigger.type, trigger.mode, MissingSide.RECIPIENT, text)
            return actor, self._implied_side(rule, [], at) if rule is not None else []
        if not actors and others:
            rule = implied.missing(trigger.type, trigger.mode, MissingSide.ACTOR, text,
                                   undergone=undergone)
            if (rule is not None and rule.sector is not None and speaker is not None
                    and speaker.country is not None and speaker.sector == rule.sector
                    and not _own_side(_side(speaker), others)):
                return [_side(speaker)], others
            if rule is not None and (actor := self._implied_side(rule, others, at)):
                return actor, others
        elif actors and not others:
            # 'said': the verb of the subject before it, not a noun nor a passive
            rule = implied.missing(trigger.type, trigger.mode, MissingSide.RECIPIENT, text,
                                   nominal or not said)
            side = self._implied_side(rule, actors, at) if rule is not None else []
            # a side of no sector is another one of the country ('giải tán quốc hội')
            if side and (side[0].sector is None or not _own_side(side[0], actors)):
                return actors, side
        return actors, others

    def _said_by_subject(self, found: _Found) -> bool:
        """Whether the trigger is the verb of the side or pronoun right before it, fillers
        between ('Bangkok cáo buộc', 'Ông cáo buộc', 'Các công tố viên đã buộc tội'), with
        words after it (its object): not a noun ('đơn tố cáo', 'thoát khỏi cáo buộc'), a
        passive ('bị cáo buộc') nor a verb that names nothing ('Ngoại trưởng Mỹ đã cáo
        buộc.')."""
        arguments = self.coder.arguments
        after = found.last + 1 if found.tail is None else found.tail[1] + 1
        if after > self.last or not any(c.isalnum() for c in self.keys[after]):
            return False
        at = arguments.before_fillers(self.keys, found.first, self.first)
        # not the agent of a 'bị' before it ('dù bị phe nổi dậy cáo buộc là độc tài')
        return any(p.last == at - 1 and p.mention.role is not ActorRole.LOCATION
                   and "passive" not in self.markers.get(p.first - 1, {})
                   for p in self.actors) or any(
            arguments.ends_before(self.keys, at, name)
            for name in ("person_pronouns", "group_pronouns"))

    def _format_sides(self, found: _Found, actors: list[EventActor], others: list[EventActor]
                      ) -> tuple[list[EventActor], list[EventActor]] | None:
        """The sides of talks the trigger names by a format whose members the text does not
        list ('vòng đàm phán 6 bên', 'thảo luận với EU3'): every member an actor beside the
        other parties named (about.md: talks of more than two parties list every party as
        an actor, no recipient); a member's refusal or withdrawal naming no other
        ('Bình Nhưỡng rút khỏi các cuộc thảo luận 6 bên') is aimed at the other members.
        None when the trigger names no format, or one the article's dispute does not
        concern."""
        trigger, formats = found.trigger, self.coder.formats
        start = self.tokens.starts[found.first]
        if (not formats.covers(trigger.type, trigger.mode)
                or formats.titled(self.article.text[self.start:start])):
            return None
        end = self.tokens.ends[found.last]
        named = formats.named_by(self.article.text[start:end], self.article.text[end:self.end])
        published = self.article.published
        if named is None or not named[0].held_in(
                published.value[:7] if published and not published.value.startswith("XXXX")
                else None) or not named[0].named_with & {m.country for m in self.article.actors}:
            return None
        form, label = named
        members = [EventActor(label, c, None if c in NON_STATE else "GOV", None)
                   for c in form.members]
        if trigger.symmetric:
            # a news agency that reports the talks is no party to them ('Hãng tin Yonhap
            # cho biết, bàn đàm phán 6 bên khai mạc ngày mai'), nor, at a closed table, one
            # that is no member ('Đại diện WFP … hy vọng vòng đàm phán 6 bên tới đây')
            sides = [a for a in (*actors, *others) if not is_implied(a) and a.sector != "MED"
                     and (not form.closed or a.country in form.members)]
            present = {a.country for a in sides}
            return [*sides, *(m for m in members if m.country not in present)], []
        if (not actors or any(not is_implied(o) for o in others)
                or not {a.country for a in actors} & set(form.members)):
            return None
        own = {a.country for a in actors}
        return actors, [m for m in members if m.country not in own]

    def _implied_side(self, rule: ImpliedSide, named: list[EventActor],
                      at: int | None = None) -> list[EventActor]:
        """The side ``rule`` implies, of the event's place; where a rule that wants a place
        finds none in the sentence, of the state whose civil officials or offices the other
        side are ('Thủ tướng Iraq bị ám sát', 'vụ khủng bố vào … Lầu Năm Góc': an attacker
        in that state, not in the place the article names most; soldiers are often abroad),
        else the article's place, else none; none against a side the rule's never acts on
        (``not_against``: a court tries no court, 'do đã bị xét xử' after 'TAND tỉnh').
        A place the trigger's own clause names after it comes first ('Phiên toà tại La Haye
        được bắt đầu một ngày sau khi xảy ra vụ đánh bom tự sát ở Jerusalem': Jerusalem's)."""
        if named and all(side.sector in rule.not_against for side in named):
            return []
        if rule.place_only:
            officials = named if rule.side is MissingSide.ACTOR else []
            country = self._place_after(at) or self._sentence_place() or next(
                (side.country for side in officials if side.sector in _AT_HOME_SECTORS
                 and _a_state(side.country) and not self._site_abroad(side)),
                None) or self._most_named(places=True)
        else:
            country = (_state_of(named) if rule.side_first else None) or (
                self._reporter_country(at) if rule.reporter_first else None) or (
                self._place_after(at)) or (
                self._aimed_place(named) if rule.side is MissingSide.RECIPIENT
                else self._agents_place(named, at, rule.held_by_land))
        return [EventActor(rule.label, country, rule.sector, None)] if country else []

    def _state_side(self, placed: _Placed) -> bool:
        """Whether a mention is a country or a body of its state ('Mỹ', 'sứ quán
        Australia'), which may own a site, not a capital naming one ('doanh trại
        Wellington', which the actor stage reads as New Zealand's government)."""
        mention = placed.mention
        return mention.via is not MentionVia.METONYM and (
            _names_a_country(mention) or mention.sector in self.coder.arguments.state_sectors)

    def _site_abroad(self, side: EventActor) -> bool:
        """Whether a side is a state's embassy, base or convoy ('lãnh sự quán Mỹ'), which
        stands in another land: an attack on it is no sign of where the attacker is."""
        return self.coder.arguments.length_at(phrase_keys(side.text), 0, "struck_sites") > 0

    def _reporter_country(self, at: int | None) -> str | None:
        """The country of the first side named before the reporting verb that tells the
        event at word ``at``, if a report tells it ('Văn phòng Thủ tướng Israel hôm qua cho
        biết …'); not an international body's."""
        report = self._report_before(at) if at is not None else None
        if report is None:
            return None
        return next((p.mention.country for p in self.actors
                     if self.first <= p.first < report and not self._is_place(p)
                     and _a_state(p.mention.country)),
                    None)

    def _private_refusal(self, trigger: Trigger, actors: list[EventActor]) -> bool:
        """A refusal naming no one it refuses, by private persons only ('gia đình nạn nhân
        không đồng ý giám định', 'anh Chen vẫn chống cự'): no political event, where a
        state's refusal ('Quốc hội bác bỏ đề xuất cải tổ') is aimed at its place, and a
        suspect's denial ('Hưng phủ nhận hành vi') answers the police."""
        arguments = self.coder.arguments
        return trigger.words.casefold() in arguments.private_refusals and all(
            a.sector in arguments.private_sectors for a in actors)

    def _aid_recipient(self, found: _Found, actors: list[EventActor]) -> list[EventActor]:
        """Who aid given or offered as a sum naming no recipient goes to
        (``placed_aid_cameos``, ``aid_sums``): the country the article names most as a
        place, not the donors' own ('Mỹ giúp 3 triệu USD' in news of bird flu in
        Indonesia). A donors' conference abroad names its host most as a place, whom the
        aid is not for: a known limit."""
        after = found.last if found.tail is None else found.tail[1]
        if found.trigger.cameo not in self.coder.arguments.placed_aid_cameos or not any(
                self._phrase_at(at, "aid_sums")
                for at in range(found.first, min(after + _AID_SUM_REACH, self.last) + 1)):
            return []
        country = self._most_named(places=True)
        if country is None or any(actor.country == country for actor in actors):
            return []
        return [EventActor(self.coder.implied.default_recipient.label, country, None, None)]

    def _unnamed_recipient(self, actors: list[EventActor]) -> list[EventActor]:
        """What a directed event the text gives no recipient is aimed at: its place
        ('Bộ trưởng … đã từ chức', 'quân đội … rút khỏi Iraq'), as the development gold codes
        it; not for an actor with no country, nor for an international body's (IGO, UN)."""
        if _state_of(actors) is None:
            return []
        return self._implied_side(self.coder.implied.default_recipient, actors)

    def _place_country(self, sides: list[EventActor]) -> str:
        """Where the event happens: a country named as a place in the sentence, else the
        named side's, else the article's most named (as a side, else as a place), else
        home."""
        return (self._sentence_place() or _state_of(sides) or self._most_named(places=False)
                or self._most_named(places=True) or HOME_COUNTRY)

    def _agents_place(self, named: list[EventActor], at: int | None = None,
                      held: bool = False) -> str:
        """Where an agent the text does not name acts on ``named``: as ``_place_country``,
        but foreigners (private persons of another country) in news from Vietnam, the
        country the article names most as a place, are acted on by Vietnam's police and
        courts, not their own country's ('Các thủ tục lấy lời khai … thẩm vấn bị can
        Glitter' in Vũng Tàu; a Taiwanese prosecuted in Ho Chi Minh City); not in their past
        the sentence tells with a year or 'từng' ('Năm 1999, Glitter từng bị kết án 4 tháng
        tù' in Britain). ``held``: so in news from any land, for who holds and frees
        captives ('3 nhà báo Czech mất tích hôm chủ nhật đã được phóng thích' in Iraq):
        elsewhere a land's police and courts act on foreigners less surely than Vietnam's
        in its own news ('Hơn 50 người bị bắt … tại khu định cư Neve Dekalim')."""
        land = self._most_named(places=True)
        if (named and land is not None and (land == HOME_COUNTRY or held)
                and self._sentence_place() is None and not self._told_of_the_past(at)
                and all(side.sector in self.coder.arguments.private_sectors
                        and side.country not in (None, land) for side in named)):
            return land
        return self._place_country(named)

    def _told_of_the_past(self, at: int | None) -> bool:
        """Whether the sentence dates what it tells by a year its words name ('Năm 1999',
        'tháng 8-2004'; not a day the page's own date resolves, 'hôm chủ nhật'), or tells it
        with 'từng' (once, ever) before word ``at``: a past that may have been anywhere."""
        return any(t.value is not None and t.value[:4].isdigit() and _YEAR.search(t.text)
                   for t in self.timexes) or (
            at is not None and "từng" in self.keys[self.first:at])

    def _aimed_place(self, actors: list[EventActor]) -> str:
        """Where what ``actors`` do lands, for a recipient the text does not name: as
        ``_place_country``, but an army's acts land where the article's places are, before
        its own state (soldiers are often abroad: 'Quân đội Mỹ cho hay họ đã giam giữ một
        số nghi phạm khủng bố' in news from Iraq holds Iraqis); not Vietnam's, whose border
        guards in home news act at home ('lực lượng biên phòng thu giữ được …')."""
        if actors and all(side.sector == "MIL" for side in actors) and _state_of(
                actors) != HOME_COUNTRY:
            return (self._sentence_place() or self._most_named(places=True)
                    or _state_of(actors) or HOME_COUNTRY)
        return self._place_country(actors)

    def _place(self) -> str | None:
        """A country named as a place in the sentence, else the one the article most names
        as a place."""
        return self._sentence_place() or self._most_named(places=True)

    def _place_after(self, at: int | None) -> str | None:
        """A country named as a place after word ``at`` in its clause, a few words after a
        locative ('ở', 'tại': ``event_locatives``), if any; not where something comes from
        or goes to ('từ Campuchia về VN', 'đưa về Mỹ')."""
        if at is None:
            return None
        end = self._clause_end(at + 1)
        return next((p.mention.country for p in self.actors
                     if at < p.first < end and self._is_place(p)
                     and _a_state(p.mention.country) and any(
                         self._phrase_at(w, "event_locatives")
                         for w in range(max(at + 1, p.first - _LOCATIVE_REACH), p.first))),
                    None)

    def _sentence_place(self) -> str | None:
        """The first state the sentence names as a place: not a region ('ở châu Âu'),
        where no one state's authorities act."""
        return next((p.mention.country for p in self.actors
                     if self._is_place(p) and _a_state(p.mention.country)), None)

    def _most_named(self, places: bool) -> str | None:
        """The country the article names most, as a place or as a side."""
        counts = Counter(m.country for m in self.article.actors
                         if _a_state(m.country)
                         and (m.role is ActorRole.LOCATION) == places
                         and not (places and self._neighbour(self.tokens.index_at(m.start))))
        return counts.most_common(1)[0][0] if counts else None

    def _trailing_speaker(self, found: _Found) -> ActorMention | None:
        """Who the sentence says reports it from its end ('…, cảnh sát Anh cho biết.'):
        the side between the last comma and a reporting verb that (nearly) ends it."""
        report = self._last_marker("reporting", found.last + 1, self.last + 1)
        if report is None or self.last - report > _TRAILING_REPORT:
            return None
        comma = self.article.text.rfind(",", self.tokens.ends[found.last],
                                        self.tokens.starts[report])
        if comma < 0:
            return None
        speaker = self._candidates(self.tokens.index_at(comma), report)
        return speaker[-1].mention if speaker else None

    def _attributed(self) -> ActorMention | None:
        """Who the sentence says it has the news from: 'Theo Reuters, …', '… theo Bộ Quốc
        phòng Nga' (the first actor named right after 'theo')."""
        for placed in self.actors:
            if self.first <= placed.first <= self.last and self._after_word("theo", placed.first):
                return placed.mention
        return None

    def _candidates(self, first: int, last: int) -> list[_Placed]:
        """Actor mentions in words first..last-1 that can take part (not topics or places)."""
        found = []
        for placed in self.actors:
            if not (first <= placed.first < last) or placed.mention.role is ActorRole.LOCATION:
                continue
            if self._after_marker("topics", placed.first) or self._after_word("theo", placed.first):
                continue
            if self._source_tag(placed.mention):
                continue
            found.append(placed)
        return found

    def _source_tag(self, mention: ActorMention) -> bool:
        """A paper named in brackets, the tag of a report's source ('(NLĐ)- Chi cục Quản lý
        thị trường … đã thu giữ'): a source, never a side (PLOVER-CODING.md)."""
        text = self.article.text
        return (mention.sector == "MED" and text[mention.start - 1:mention.start] == "("
                and text[mention.end:mention.end + 1] == ")")

    def _nearest_before(self, index: int, floor: int) -> list[_Placed]:
        """The nearest candidate before ``index`` and those coordinated with it."""
        candidates = self._candidates(floor, index)
        if not candidates:
            return []
        chosen = [candidates[-1]]
        listed = False
        front = chosen[0]  # the mention the next one back is joined to
        for placed in reversed(candidates[:-1]):
            if _apposed_people(placed, chosen[0]):
                chosen[0] = front = placed  # 'các du kích người Sunni': the guerrillas
                continue
            if front is chosen[0] and self._apposed_list(placed, front) and self._listed(chosen):
                front = placed  # '3 nước châu Âu là Anh, Pháp và Đức': the three
                continue
            gap = (self._uncounted(placed.last + 1, front.first) if _counted_people(placed, front)
                   else set(self.keys[placed.last + 1:front.first]))
            if placed.last < front.first and len(gap) <= _JOINER_GAP and gap <= _JOINERS:
                if not gap and not listed and self._comma_before(chosen[0].first):
                    # 'Sau cuộc gặp với Chủ tịch Hồ Cẩm Đào, Ngoại trưởng Powell sẽ …': a
                    # comma joins sides only in a list that ends with 'và' ('A, B và C')
                    break
                listed = listed or bool(gap)
                chosen.insert(0, placed)
                front = placed
            elif placed.first == chosen[0].first:
                chosen.insert(0, placed)  # the two sides of 'hai bên'
                front = placed
            else:
                break
        return [*self._owner_heading(chosen[0]), *chosen] if listed else chosen

    def _uncounted(self, start: int, end: int) -> set[str]:
        """The words start..end - 1 but the counts of people among them: a list of
        nationals counts its members ('năm con tin khác gồm hai người Ai Cập, hai người
        Thái Lan và một người Philippines được phóng thích': all three were freed)."""
        words: set[str] = set()
        at = start
        while at < end:
            if width := self.coder.arguments.length_at(self.keys, at, "person_counts"):
                at += width
                continue
            if not self.keys[at].isdigit():
                words.add(self.keys[at])
            at += 1
        return words

    def _owner_heading(self, listed: _Placed) -> list[_Placed]:
        """The side named right after 'của' that heads a list ending in ``listed``'s ('các
        nhà lãnh đạo ngành đường sắt của Nga, Iran và Azerbaijan gặp nhau': Russia meets
        too), which a topic marker kept from the candidates."""
        before = [p for p in self.actors if p.last < listed.first
                  and p.mention.role is not ActorRole.LOCATION]
        if not before:
            return []
        owner = before[-1]
        if (self.keys[owner.last + 1:listed.first] or not self._comma_before(listed.first)
                or not self.coder.arguments.ends_before(self.keys, owner.first, "owners")):
            return []
        return [owner]

    def _apposed_list(self, head: _Placed, listed: _Placed) -> bool:
        """Whether the list that begins at ``listed`` follows ``head`` after 'là' alone
        and says who it is ('các quan chức 3 nước EU là Anh, Pháp và Đức', 'giữa 6 bên là
        Mỹ, Bắc Triều Tiên …'): one side, told twice."""
        return (head.last + 1 < listed.first
                and self.keys[head.last + 1:listed.first] == ["là"])

    def _reciprocal_after(self, found: _Found) -> bool:
        """Whether 'nhau' (each other) follows the trigger within a few words ('cáo buộc
        nhau', 'đổ lỗi cho nhau')."""
        return "nhau" in self.keys[found.last + 1:min(self.last, found.last + 3) + 1]

    def _listed(self, group: list[_Placed]) -> bool:
        """Whether mentions are a list of several sides, each after a comma or 'và' ('Anh,
        Pháp và Đức'), not one noun phrase read as two ('cán bộ Công ty Xuất nhập khẩu'), nor
        the two sides one word stands for ('hai quốc gia')."""
        return len(group) > 1 and all(
            after.first > before.last and (self._comma_before(after.first)
                                           or "và" in self.keys[before.last + 1:after.first])
            for before, after in pairwise(group))

    def _comma_before(self, at: int) -> bool:
        """Whether a comma stands between word ``at`` and the word before it."""
        return "," in self.article.text[self.tokens.ends[at - 1]:self.tokens.starts[at]]

    def _after(self, index: int, subjects: list[EventActor], until: int | None = None,
               kind: str | None = None) -> list[_Placed]:
        """Recipients: the first candidate that is not on the subjects' side (another
        country, or another sector or person of theirs: 'Tổng thống Mỹ kêu gọi Quốc hội
        Mỹ', 'cảnh sát bắt giữ Nguyễn Văn A') after a recipient marker or right after the
        trigger, with those coordinated with it; nothing after a topic marker or past the
        end of the clause."""
        ceiling = min(self._clause_end(index), self.last + 1 if until is None else until)
        # 'chỉ trích gay gắt Trung Quốc': adverbs before the object do not distance it
        bare_from = self._past(self._past_coordinated_verb(index), "fillers")
        opened = self.coder.arguments.length_at(self.keys, bare_from, "open_addressees")
        if opened and bare_from + opened < ceiling and self._comma_before(bare_from + opened):
            # 'đề nghị cả hai phía, lực lượng an ninh và các phần tử …': the sides apposed
            bare_from += opened
        for placed in self._candidates(index, ceiling):
            if placed.first - index > _RECIPIENT_REACH or self._opens_new_clause(placed):
                break
            if not self._other_side(_side(placed.mention), subjects, kind):
                continue
            marker = self._last_marker("recipients", index, placed.first)
            if (marker is None and placed.first - bare_from > _BARE_RECIPIENT_GAP
                    and not self._person_head_between(bare_from, placed.first)):
                continue
            return self._coordinated(placed, ceiling)
        return [p for p in self._owner(index) if not _own_side(_side(p.mention), subjects)]

    def _home_group_object(self, found: _Found, actors: list[EventActor]
                           ) -> list[EventActor]:
        """The people a state's act names by a group noun only ('Cảnh sát Thái Lan buộc tội
        3 người mẫu', 'Sở GTCC yêu cầu các cơ sở phải …', 'đã tiếp xúc với gần 200 cử
        tri'): a count at most, then a head of ``home_groups`` right after the trigger, its
        fillers and a recipient marker; of the place named after them ('yêu cầu mọi người ở
        Gaza sơ tán'), else of the actor's country, as the development gold codes them; of
        the group's sector (``home_group_sectors``, else civilians). None for a type outside
        ``home_group_types`` (cooperation inside one state is routine), for a private actor,
        nor for a group named with a nationality (an actor of its own); a private person
        beside the state side ('Bí thư Thành ủy TPHCM và Nguyễn Đình Lộc') makes it none."""
        arguments = self.coder.arguments
        country = _state_of(actors)
        if (found.trigger.type not in arguments.home_group_types or country is None
                or not any(self._official([actor]) for actor in actors)):
            return []
        start = self._past(found.last + 1, "fillers")
        start += self.markers.get(start, {}).get("recipients", 0)
        if any(self._comma_before(word)
               for word in range(found.last + 1, min(start, self.last) + 1)):
            # 'phong trào … do thủ tướng Nhật Bản kêu gọi, hãng đồ lót Triumph đã …': the
            # next clause's subject, no object
            return []
        at = self._past_counts(start)
        width = self._phrase_at(at, "home_groups") if at <= self.last else 0
        if not width:
            return []
        last = at + width - 1
        text = self.article.text[self.tokens.starts[start]:self.tokens.ends[last]]
        head = " ".join(self.keys[at:last + 1])
        return [EventActor(text, self._place_after(last) or country,
                           arguments.home_group_sectors.get(head, _CIVILIANS), None)]

    def _past_counts(self, at: int) -> int:
        """The first word after the counts from word ``at`` on ('gần 200', 'hơn 30',
        'các'): numbers and ``person_counts``."""
        while at <= self.last and (self.keys[at].isdigit()
                                   or self._phrase_at(at, "person_counts")):
            at += max(1, self._phrase_at(at, "person_counts"))
        return at

    def _person_head_between(self, start: int, end: int) -> bool:
        """Whether only a count and a noun for a person (``person_counts``, ``person_heads``)
        stand between a verb and the nationality or name of its object ('bắn chết một chàng
        trai Brazil', 'ám sát thủ lĩnh tinh thần Ahmed Yassin'), or only a count ('giết hại
        hàng trăm thường dân Israel': a count in words, not a number, which may count
        anything): the object is the person."""
        at = start
        while at < end and (width := self._phrase_at(at, "person_counts")):
            at += width
        if at == end > start:
            return True
        at = min(self._past_counts(start), end)
        if at == end > start and (self._phrase_at(end, "person_classifiers")
                                  or self._phrase_at(end, "person_heads")):
            # 'phóng thích hơn 30 người Libăng', 'trả tự do cho gần 400 tù nhân Palestine':
            # a count, then the object, which opens with its noun for people
            return True
        width = self._phrase_at(at, "person_heads") if at < end else 0
        return bool(width) and at + width == end

    def _other_side(self, side: EventActor, actors: list[EventActor],
                    kind: str | None = None) -> bool:
        """Whether ``side`` is not the actors' own; the government a monarch addresses (a
        call, a criticism, a threat: ``addressed_types``) is another side ('Quốc vương
        Bhumibol Adulyadej đã hối thúc chính phủ …': ``monarchs``), where his other acts
        with it stay inside one state ('vua Gyanendra sa thải chính phủ')."""
        return not _own_side(side, actors) or (
            kind in self.coder.arguments.addressed_types
            and side.sector == "GOV" and side.name is None and any(
                a.country == side.country and self.coder.arguments.crowned(a.text)
                for a in actors))

    def _protested(self, found: _Found, subjects: list[EventActor]) -> list[_Placed]:
        """Whom a protest is aimed at when its purpose names them past its place ('tuần hành
        trên các đường phố Dublin, Ireland, để phản đối Bush'): the object after
        'để phản đối' within a few words of the trigger."""
        arguments = self.coder.arguments
        if found.trigger.type not in arguments.protest_types:
            return []
        for at in range(found.last + 1, min(self.last, found.last + _PROTEST_AIM_REACH) + 1):
            if width := arguments.length_at(self.keys, at, "protest_aims"):
                return self._after(at + width, subjects)
        return []

    def _next_speech_act(self, index: int) -> int:
        """The first word of the next trigger of a speech act after word ``index`` whose
        addressee is its own ('đã thực hiện vụ bắt cóc và đòi chính phủ Italy phải rút
        quân': Italy is asked, not kidnapped); the end of the sentence if none."""
        kinds = self.coder.arguments.addressed_types
        return min((at for at, other in self.found_at.items()
                    if at > index and other.trigger.type in kinds), default=self.last + 1)

    def _pronoun_object(self, index: int, subjects: list[EventActor]) -> list[_Placed]:
        """The person a pronoun right after the trigger stands for ('Cảnh sát cáo buộc ông
        ta đã liên tục gửi 2 tin nhắn'): the last person named by name before it, in its
        sentence or just before, who is not the subject. Not a pronoun before a name the
        actors do not know ('kêu gọi ông Kim Châng In'), nor a syllable of a word ('ông
        chủ', 'bà con')."""
        arguments, keys, at = self.coder.arguments, self.keys, self._past(index, "fillers")
        width = arguments.length_at(keys, at, "person_pronouns") if at <= self.last else 0
        after, text, starts = at + width, self.article.text, self.tokens.starts
        if (not width or self.coder.boundaries.splits_word(self.tokens, at, after - 1)
                # '… mong nhận được sự đề xuất", ông nói': the speaker, not an object
                or text[self.tokens.ends[at - 1]:starts[at]].strip()
                or (after <= self.last and text[starts[after]].isupper())
                or (keys[at] == "y"
                    and (after > self.last or keys[after] in arguments.not_after_y))):
            return []
        named = [*self.before, *self._candidates(self.first, index)]
        return next(([p] for p in reversed(named) if p.mention.country is not None
                     and _names_a_person(p.mention)
                     and not _own_side(_side(p.mention), subjects)), [])

    def _group_object(self, index: int, subjects: list[EventActor]) -> list[_Placed]:
        """The side a group pronoun right after a threat stands for ('bắt khoảng 150 người
        Shiite làm con tin và đe dọa giết họ': the hostages): the last side named before
        it in its sentence that is not the threatener's own (the sentences before seldom
        name the threatened: 'Những kẻ bắt cóc dọa hành quyết họ nếu Rumani …'). Not 'họ'
        before a name or in a word ('họ Nguyễn', 'họ hàng'), nor the subject of the threat's
        content ('cảnh báo họ sẽ tăng cường các cuộc biểu tình': ``clause_subject_marks``)."""
        arguments, keys, at = self.coder.arguments, self.keys, self._past(index, "fillers")
        width = arguments.length_at(keys, at, "group_pronouns") if at <= self.last else 0
        after = at + width
        if (not width or self.coder.boundaries.splits_word(self.tokens, at, after - 1)
                or (after <= self.last
                    and (self.article.text[self.tokens.starts[after]].isupper()
                         or arguments.length_at(keys, after, "clause_subject_marks")))):
            return []
        named = self._candidates(self.first, index)
        return next(([p] for p in reversed(named) if p.mention.country is not None
                     and not _own_side(_side(p.mention), subjects)), [])

    def _past_coordinated_verb(self, index: int) -> int:
        """Where the object of a verb coordinated with the next one starts: after that
        verb ('Taliban bắt cóc và giết chết một người Ấn Độ': both verbs take the Indian)."""
        if index + 1 > self.last or self.keys[index] not in _VERB_JOINERS:
            return index
        following = self.found_at.get(index + 1)
        return following.last + 1 if following is not None else index

    def _instrument_maker(self, found: _Found, actors: list[EventActor]) -> list[EventActor]:
        """The government of the place as the maker of a law or policy a reaction is about
        when the text names none ('bày tỏ quan ngại về luật mới này'): only a state makes
        them; never the actors' own government."""
        arguments = self.coder.arguments
        at = self._past(found.last + 1, "fillers")
        at += arguments.length_at(self.keys, at, "object_topics")
        at += arguments.length_at(self.keys, at, "nominalizers")
        if not self._phrase_at(at, "state_instruments"):
            return []  # not 'luật' of 'luật sư'
        country = self._sentence_place() or _state_of(actors) or self._place()
        if country is None:
            return []
        maker = EventActor(arguments.instrument_maker, country, "GOV", None)
        return [] if _own_side(maker, actors) else [maker]

    def _object_maker(self, index: int, subjects: list[EventActor]) -> list[_Placed]:
        """Who made what a reaction is about, named right after its object's head noun
        ('tỏ ý lo ngại về việc Mỹ bán vũ khí', 'bác bỏ điều kiện Bình Nhưỡng đưa ra') or as
        its owner ('bày tỏ mối lo lắng của Mỹ về lập trường hạt nhân của Triều Tiên'): the
        recipient of a criticism, a rejection or praise that names no other."""
        arguments, keys = self.coder.arguments, self.keys
        at = self._past(index, "fillers")
        if (own := self._owner(at)) and all(_own_side(_side(p.mention), subjects) for p in own):
            at = own[-1].last + 1  # the speaker's own worry: 'mối lo lắng của Mỹ về …'
        at += arguments.length_at(keys, at, "object_topics")
        head = self._past(at, "object_heads")
        if head == at:
            return []
        maker = self._actor_at(self._past(head, "honorifics"))
        if maker is None:
            # 'từ chối tham dự kế hoạch xây dựng hệ thống phòng thủ tên lửa quốc gia (NMD)
            # của Mỹ': a plan's owner may close a long phrase
            return [p for p in self._owner(head, reach=_OBJECT_OWNER_REACH)
                    if not _own_side(_side(p.mention), subjects)]
        if _own_side(_side(maker.mention), subjects):
            return []
        return self._coordinated(maker, self._clause_end(maker.last + 1))

    def _past(self, index: int, name: str) -> int:
        """The first word from ``index`` on that opens no phrase of list ``name``."""
        while index <= self.last and (width := self.coder.arguments.length_at(
                self.keys, index, name)):
            index += width
        return index

    def _actor_at(self, index: int) -> _Placed | None:
        """The side (not a place) whose mention starts at word ``index``."""
        return next((p for p in self.actors if p.first == index
                     and p.mention.role is not ActorRole.LOCATION), None)

    def _clause_end(self, index: int) -> int:
        for at in range(index, self.last + 1):
            entry = self.markers.get(at)
            if entry is not None and entry.get("clause_breaks") == max(entry.values()):
                return at
        return self.last + 1

    def _coordinated(self, placed: _Placed, ceiling: int) -> list[_Placed]:
        """``placed`` and the candidates joined to it ('Anh, Pháp, Đức và Nhật Bản')."""
        group = [placed]
        joiners = _BETWEEN_JOINERS if "giữa" in self.keys[
            max(self.first, placed.first - _BETWEEN_REACH):placed.first] else _JOINERS
        for other in self._candidates(placed.last + 1, ceiling):
            if _apposed_people(group[-1], other):
                continue
            if self._apposed_list(group[-1], other):
                listed = self._coordinated(other, ceiling)
                if self._listed(listed):
                    # '… và các quan chức 3 nước EU là Anh, Pháp và Đức': the three
                    return [*group[:-1], *listed]
            gap = set(self.keys[group[-1].last + 1:
                                self._counted_from(other, group[-1].last + 1)])
            if not gap and self._opens_new_clause(other):
                break
            if other.first == group[-1].first or (len(gap) <= _JOINER_GAP and gap <= joiners):
                group.append(other)
            else:
                break
        return group

    def _counted_from(self, side: _Placed, floor: int) -> int:
        """Where the count before a people named by 'người' and a nation begins, from
        ``floor`` on ('và một người Đức', 'và ít nhất 2 người Nhật'): the count is of the
        list's next item; not before 'người' alone ('phe đối lập, những người cố tình …'
        opens a relative clause)."""
        at = side.first
        if side.last == at or not self._phrase_at(at, "person_classifiers"):
            return at
        while at > floor:
            width = 1 if self.keys[at - 1].isdigit() else next(
                (n for n in (2, 1) if at - n >= floor
                 and self._phrase_at(at - n, "person_counts") == n), 0)
            if not width:
                break
            at -= width
        return at

    def _opens_new_clause(self, side: _Placed) -> bool:
        """Whether a side after a comma is the subject of the next clause, not the next of
        a list: a tense or a time follows it ('trao trả chủ quyền cho người Iraq, Tổng
        thống Mỹ Bush hôm qua bắt đầu …', 'dọa sẽ bắn con tin, Công an tỉnh Hà Tây đã …')."""
        after = side.last + 1
        if side.first == 0 or not self._comma_before(side.first) or after > self.last:
            return False
        width = self.coder.arguments.length_at(self.keys, after, "clause_subject_marks")
        # not a syllable of a longer word: 'phái viên của Nga cũng như …' lists on
        return width > 0 and not self.coder.boundaries.splits_word(self.tokens, after,
                                                                   after + width - 1)

    def _noun_event(self, found: _Found) -> bool:
        """Whether the trigger names its event as a noun, by the lexicon's nominal form or
        by the words around it (``_nominal``)."""
        return found.trigger.nominal or self._nominal(found)

    def _nominal(self, found: _Found) -> bool:
        """A trigger named as a noun: 'cuộc tấn công', 'chuyến thăm', 'các cáo buộc', or a
        demand or an accusation with its owner right after it ('phản đối yêu cầu của Nhà
        Trắng': the White House's demand, ``owned_types``)."""
        arguments, keys = self.coder.arguments, self.keys
        return (arguments.length_at(keys, found.first, "nominalizers") > 0
                or arguments.ends_before(keys, found.first, "nominalizers")
                or (arguments.owned(found.trigger.type, found.trigger.mode)
                    and found.last < self.last
                    and arguments.length_at(keys, found.last + 1, "owned_markers") > 0))

    def _owner(self, index: int, agent: bool = False, targeted: bool = False,
               reach: int = _OWNER_REACH) -> list[_Placed]:
        """The actor named after 'của', 'từ phía' within ``reach`` words of ``index``, in
        the clause, with those coordinated with it; a noun's ``agent`` stands before any
        recipient marker ('cuộc không kích nhắm vào các vị trí của Hezbollah': Hezbollah
        is the target), and, for an attack (``targeted``), before any named target."""
        ceiling = min(self._clause_end(index), index + reach + 1)
        arguments = self.coder.arguments
        for at in range(index, ceiling):
            markers = self.markers.get(at, {})
            if markers.get("topics", 0) > 1 or (agent and "recipients" in markers):
                # 'cuộc điện đàm theo sáng kiến của Washington': whose idea, not whose call
                return []
            width = arguments.length_at(self.keys, at, "owners")
            if not width or self.coder.boundaries.splits_word(self.tokens, at, at + width - 1):
                # 'do' (by) is no owner in 'máy bay do thám'
                continue
            if targeted and (self._named_object(index, at) or self._site_ends_near(index, at)):
                # 'vụ đánh bom tự sát tàu khu trục USS Cole của Mỹ': the ship's owner; 'vụ
                # tấn công … nhằm vào kho chứa đạn dược trong căn cứ của liên quân': the base's
                return []
            # the owner's mention may hold the owner word's last ('từ phía Mỹ': 'phía Mỹ'),
            # or follow an honorific it leaves out ('tuyên bố của ông Singh')
            reach = at + width + arguments.length_at(self.keys, at + width, "honorifics")
            owner = next((p for p in self.actors if at < p.first <= reach
                          and p.mention.role is not ActorRole.LOCATION), None)
            return self._coordinated(owner, self._clause_end(at)) if owner else []
        return []

    def _named_object(self, first: int, last: int) -> bool:
        """Whether words first..last - 1 hold a proper name no actor or place mention
        covers ('tàu khu trục USS Cole', 'khách sạn Radisson'): the object a noun event names
        before 'của', whose owner that 'của' names, not the event's author."""
        covered = {w for p in self.actors for w in range(p.first, p.last + 1)}
        text, starts = self.article.text, self.tokens.starts
        return any(w not in covered and text[starts[w]].isupper()
                   for w in range(max(first, self.first + 1), last))

    def _toll(self, found: _Found, trigger: Trigger) -> tuple[bool, list[_Placed]]:
        """Whether an attack is told with its toll, a verb of result then the dead or
        wounded in the clause ('cuộc không kích của Nga đã làm 37 dân thường thiệt mạng',
        'làm chết 16 lính Mỹ'), and who the toll names: the attack's victims."""
        arguments = self.coder.arguments
        if trigger.type not in arguments.toll_types:
            return False, []
        end = self._clause_end(found.last + 1)
        verb = next((at for at in range(found.last + 1,
                                        min(end, found.last + 1 + _TOLL_VERB_GAP))
                     if arguments.length_at(self.keys, at, "toll_verbs")), None)
        if verb is None:
            return False, []
        toll = next((at for at in range(verb + 1, min(end, verb + 1 + _TOLL_GAP))
                     if arguments.length_at(self.keys, at, "tolls")), None)
        if toll is None:
            return False, []
        if toll == verb + arguments.length_at(self.keys, verb, "toll_verbs"):
            # 'làm chết 16 lính Mỹ', 'làm bị thương 3 cảnh sát': the victims follow, up to
            # a comma ('làm chết 5 người, Bộ Nội vụ Iraq cho biết': not the source)
            after = toll + arguments.length_at(self.keys, toll, "tolls")
            limit = min(end, after + _TOLL_GAP)
            stop = next((at for at in range(after + 1, limit) if self._comma_before(at)), limit)
            return True, self._candidates(after, stop)
        return True, self._candidates(verb + 1, toll)

    def _author(self, index: int) -> list[_Placed]:
        """The author of a noun event named in a relative clause right after it: 'do' or
        'mà', the author, a verb of doing ('vụ đánh bom do Hamas tiến hành', 'trận bạo động
        mà những thanh niên nhập cư gây ra'). Both words also open other clauses ('do' is
        'because', 'mà' 'but'), so only the verb makes the actor the author."""
        arguments = self.coder.arguments
        at = self._clause_end(index)
        width = arguments.length_at(self.keys, at, "authored_by")
        if not width or at > index + _OWNER_REACH:
            return []
        author = next((p for p in self.actors if at + width <= p.first <= at + width + 1
                       and p.mention.role is not ActorRole.LOCATION), None)
        if author is None:
            return []
        group = self._coordinated(author, self._clause_end(at + width))
        end = group[-1].last + 1
        if any(arguments.length_at(self.keys, verb, "author_verbs")
               for verb in (end, end + 1) if verb <= self.last):
            return group
        return []

    # -- clause ----------------------------------------------------------------------------

    def _status(self, found: _Found, date: EventDate | None) -> EventStatus:
        if self.asks:
            return EventStatus.HYPOTHETICAL
        if (self._marker_near("negation", found.first, _NEGATION_REACH)
                or self._negated_alternative(found)):
            return EventStatus.DENIED
        hypothetical = self._last_marker("hypothetical", self._predicate_floor(found),
                                         found.first)
        if ((hypothetical is not None and not self._past_subordinate(hypothetical, found))
                or self._obliged(found, date) or self._purpose_of_another(found)):
            return EventStatus.HYPOTHETICAL
        if (self._planned_before(found) or self._still_to_come(found, date)
                or self._planned_after(found)):
            return (EventStatus.HYPOTHETICAL if self._on_condition(found)
                    else EventStatus.PLANNED)
        if self._marker_near("ongoing", found.first, _ONGOING_REACH):
            return EventStatus.ONGOING
        return EventStatus.OCCURRED

    def _predicate_floor(self, found: _Found) -> int:
        """Where the words that give a trigger its mood start: its sentence's start, or, for
        a speech act joined after a comma to the report it follows (``report_joiners``),
        that joiner: the speaker's second act ('nhấn mạnh Ápganixtan cần sự giúp đỡ trong
        nhiều năm, và có thể nhiều thập niên tới, đồng thời kêu gọi các quốc gia …': the
        call was made, whatever the 'có thể' of the report's content hedges). Any other
        act joined so shares the hedge ('Mỹ có thể rút quân khỏi Iraq, đồng thời tăng cường
        lực lượng ở Afghanistan')."""
        arguments = self.coder.arguments
        joiner = arguments.joined_predicate(self.keys, found.first, self.first)
        if (joiner is None or not self._comma_before(joiner)
                or found.trigger.type not in arguments.report_joined_types
                or not arguments.ends_before(self.keys, found.first, "report_joiners")
                or self._report_before(joiner) is None):
            return self.first
        return joiner

    def _planned_before(self, found: _Found) -> bool:
        """Whether a planned marker stands a few words before the trigger with no comma
        between: 'Sau 4 tiếng chờ, cảnh sát bắt giữ …' is an arrest made."""
        at = self._last_marker("planned", max(self.first, found.first - _PLANNED_REACH),
                               found.first)
        return at is not None and not any(self._comma_before(index)
                                          for index in range(at + 1, found.first + 1))

    def _past_subordinate(self, marker: int, found: _Found) -> bool:
        """Whether the trigger stands in a clause of cause or of past time that follows the
        verb a hypothetical marker governs ('Nỗi lo sợ lên cao khi các vụ đánh bom lẻ tẻ đã
        diễn ra tại Ankara', 'Các nhà đầu tư có thể đã nhẹ nhõm hơn, khi biết hai đảng Cộng
        sản từ chối tham gia chính phủ'): that clause tells a fact. Not a cause right after
        the marker ('có thể do Mỹ tấn công': a guess), nor a time clause with no past marker
        ('có thể trả đũa khi bị tấn công')."""
        for at in range(marker + 2, found.first):
            if self._phrase_at(at, "fact_clauses"):
                return True
            if width := self._phrase_at(at, "subordinators"):
                end = self._clause_end(found.last + 1)
                return self._last_marker("past", at + width, end) is not None
        return False

    def _on_condition(self, found: _Found) -> bool:
        """Whether a condition follows the trigger in its clause: what will be done 'nếu', 'trong
        trường hợp' something happens ('tuyên bố sẽ giết hai con tin nếu Đức không ngừng ủng hộ
        chính phủ Iraq') is threatened or offered, not planned."""
        for index in range(found.last + 1, self.last + 1):
            entry = self.markers.get(index, {})
            if "clause_breaks" in entry:
                return False
            if "conditions" in entry:
                return True
        return False

    def _negated_alternative(self, found: _Found) -> bool:
        """Whether the trigger is the second of two verbs 'hoặc', 'hay' join (``alternatives``)
        and the first is negated ('không trả tiền chuộc hoặc đàm phán với những kẻ bắt cóc'):
        neither took place."""
        joiner = self._last_marker("alternatives", max(self.first + 1, found.first - 2),
                                   found.first)
        if joiner is None:
            return False
        floor = max(self.first, joiner - _ALTERNATIVE_REACH)
        negation = self._last_marker("negation", floor, joiner)
        return negation is not None and self._last_marker(
            "clause_breaks", negation, joiner) is None

    def _planned_after(self, found: _Found) -> bool:
        """An event named as the subject of its clause, its status told after it and
        the sides it names ('một cuộc họp giữa Iran và các quan chức 3 nước EU là Anh, Pháp
        và Đức sẽ được tổ chức tại Vienne', ``planned_after``); not a noun that dates
        another clause ('Sau cuộc gặp với Bush, Putin sẽ …'), nor past a comma that ends
        no list of sides."""
        if not self._opens_clause(found.first):
            return False
        end = min(self._clause_end(found.last + 1), found.last + 1 + _PLANNED_AFTER_REACH)
        for at in range(found.last + 1, end):
            if at in self.found_at:
                return False  # the verb of another event
            if any(mark in self.article.text[self.tokens.ends[at - 1]:self.tokens.starts[at]]
                   for mark in ":;!?()"):
                return False  # 'Vụ “đầu độc” sông Thị Vải: Sẽ tìm cho được thủ phạm!'
            if self._phrase_at(at, "planned_after"):
                comma = next((i for i in range(at, found.last + 1, -1)
                              if self._comma_before(i)), None)
                return comma is None or "và" in self.keys[comma:at]
        return False

    def _opens_clause(self, index: int) -> bool:
        """Whether only determiners ('một', 'các', ``subject_determiners``) stand before
        word ``index`` in its clause, or after the reporting verb that opens it ('Larijani
        thông báo một cuộc họp …')."""
        start = self.first
        for name in ("clause_breaks", "reporting"):
            at = self._last_marker(name, start, index)
            if at is not None:
                start = at + self.markers[at][name]
        while start < index and (width := self._phrase_at(start, "subject_determiners")):
            start += width
        return start == index

    def _purpose_of_another(self, found: _Found) -> bool:
        """What another act is done for ('đòi khoản tiền chuộc để trả tự do cho các thuỷ
        thủ', 'gây sức ép nhằm buộc Iran ngừng …') is aimed at, not done; aid and
        cooperation told so are done by the act itself ('trao 300 triệu đồng … để cứu trợ
        đồng bào'), and so is an act told with its means ('dùng … để')."""
        arguments = self.coder.arguments
        if found.trigger.type in arguments.purpose_types or self._nominal(found):
            return False
        for at in range(max(self.first, found.first - _PURPOSE_REACH), found.first):
            width = self._phrase_at(at, "purpose")
            if width and at + width <= found.first:
                # 'đã dùng chất độc xyanua để sát hại 13 nạn nhân': the means of an act
                # done; 'đồng ý để bị can được tại ngoại': an act let happen
                # ('mã tấu, dao dùng để tấn công': tools for, no act; not 'dùng' of 'tiêu
                # dùng')
                return not self._after_means(at)
        return False

    def _after_means(self, purpose: int, means: str = "purpose_means") -> bool:
        """Whether the purpose word at ``purpose`` follows, a few words before, a verb of
        list ``means``: of means or letting ('dùng chất độc xyanua để', 'đồng ý để'), whose
        act after it is done; of means alone ('means_verbs'), whose user does it."""
        return any(self._phrase_at(before, means)
                   for before in range(max(self.first, purpose - _MEANS_REACH), purpose - 1))

    def _phrase_at(self, at: int, name: str) -> int:
        """The length of the phrase of list ``name`` at word ``at``, 0 where there is none
        or where it is part of a longer word ('dùng' of 'tiêu dùng', 'luật' of 'luật sư')."""
        width = self.coder.arguments.length_at(self.keys, at, name)
        if width and self.coder.boundaries.splits_word(self.tokens, at, at + width - 1):
            return 0
        return width

    def _obliged(self, found: _Found, date: EventDate | None = None) -> bool:
        """What someone must or should do ('Syria phải rút quân') is demanded, not done;
        what someone had to do ('đã phải lãnh án', 'đành phải đình công', 'hôm qua phải ban
        bố tình trạng khẩn cấp') was done. A capital inside the sentence is a name's ('Công
        an huyện Cần Giuộc')."""
        at = self._last_marker("obligation", max(self.first, found.first - _OBLIGATION_REACH),
                               found.first)
        if at is None or (at > self.first and self.tokens.text[self.tokens.starts[at]].isupper()):
            return False
        start = self.tokens.starts[at]
        dated = any(0 <= start - t.end <= 1 for t in self.timexes)
        return (not dated and not self._before_report(date)
                and not self._marker_near("obligation_met", at, _PAST_REACH))

    def _before_report(self, date: EventDate | None) -> bool:
        """A date the text gives that is before the report's own ('Năm 2003, quân đội Mỹ
        phải rút khỏi Somalia'): what had to be done then was done."""
        published = self._report_date_against(date)
        return date is not None and published is not None and (
            date.value < published[:len(date.value)])

    def _still_to_come(self, found: _Found, date: EventDate | None) -> bool:
        """Dated after the report and not told as done: 'Ngày 16/8, TAND Hà Nội đã tuyên
        phạt …' took place even where the report's own date was read too early."""
        return self._after_report(date) and not self._marker_near("past", found.first,
                                                                  _PAST_REACH)

    def _after_report(self, date: EventDate | None) -> bool:
        """A day after the report's own date is still to come."""
        published = self._report_date_against(date)
        return (date is not None and published is not None and len(date.value) >= 10
                and date.value > published[:10])

    def _report_date_against(self, date: EventDate | None) -> str | None:
        """The report's own date, where a date the text gives can be set against it: both
        with a year."""
        published = self.article.published
        if date is None or date.basis is not DateBasis.TIMEX or published is None:
            return None
        return None if "X" in date.value[:4] + published.value[:4] else published.value

    def _date(self, found: _Found) -> EventDate | None:
        """The sentence's timex nearest the trigger; never a 'kể từ …' date, nor the date of
        the report when the trigger follows the reporting verb ('… ngày 4/12 chia sẻ, hai
        quan chức đã thảo luận')."""
        report = self._last_marker("reporting", self.first, found.first)
        report_start = self.tokens.starts[report] if report is not None else -1
        candidates = [t for t in self.timexes if not self._since_before(t)
                      and not self._birth_year(t) and not self._statute_date(t)
                      and t.start > report_start]
        if candidates:
            start, end = self.tokens.starts[found.first], self.tokens.ends[found.last]
            # the nearest; on a tie the one after ('cuộc gặp … trong ngày 10/1')
            best = min(candidates, key=lambda t: (start - t.end, 1) if t.end <= start
                       else (t.start - end, 0))
            return _event_date(best, DateBasis.TIMEX)
        return self._published_date()

    def _first_since(self, event: Event) -> list[Event]:
        """'cuộc điện đàm đầu tiên … kể từ tháng 3-2023': the previous one was then."""
        if self._last_marker("first_since", self.first, self.last + 1) is None:
            return []
        earlier = [t for t in self.timexes if self._since_before(t)]
        if not earlier:
            return []
        date = _event_date(earlier[0], DateBasis.TIMEX)
        return [replace(event, date=date, status=EventStatus.OCCURRED)]

    def _birth_year(self, timex: Timex) -> bool:
        """'đối tượng Từ Bảo Khanh (SN 1983, …)': when a person was born dates nothing."""
        first = self.tokens.index_at(timex.start)
        # the marker opens the timex ('SN 1983') or stands just before it ('sinh năm 1983')
        return (self._marker_near("births", first + 1, _BIRTH_REACH)
                or self._bearer_year(timex, first))

    def _bearer_year(self, timex: Timex, first: int) -> bool:
        """'bắt tạm giam bị can Lê Văn Tiến (1985), Nguyễn Quốc Hưng (1975)', 'bắt giữ Peter
        Mueller (1937, quốc tịch Áo)': a bare year opening the parentheses after a person's
        name, alone or before another fact of the person (an address, a nationality, a
        trade: ``bearer_facts``), is the year the person was born, as Vietnamese law news
        writes it. Not after a place, a war or a body ('Trân Châu Cảng (1941)', 'Chiến
        tranh Vùng Vịnh (1991)'), nor before a fact of something else ('(1937, tháng 12)').
        ``first``: the timex's first word."""
        text = self.article.text
        if (timex.value is None or len(timex.value) != 4 or first == 0
                or not text[timex.start:timex.end].strip().isdigit()
                or not _PAREN_OPENS.fullmatch(text, self.tokens.ends[first - 1], timex.start)):
            return False
        named = any(p.last == first - 1 and _names_a_person(p.mention) for p in self.actors)
        after = self.tokens.index_at(timex.end)
        if after < len(self.keys) and _FACT_FOLLOWS.fullmatch(text, timex.end,
                                                              self.tokens.starts[after]):
            return named or "bearer_facts" in self.markers.get(after, {})
        return named and _PAREN_CLOSES.match(text, timex.end) is not None

    def _statute_date(self, timex: Timex) -> bool:
        """'áp dụng Khoản 1 Điều 42 BLHS năm 1999', 'Luật Đất đai năm 2003': a law's year,
        named after the law within its phrase (no comma, no trigger between), dates
        nothing."""
        first = self.tokens.index_at(timex.start)
        if self.keys[first] != "năm" or timex.value is None or len(timex.value) != 4:
            return False
        marker = self._last_marker("statutes", max(self.first, first - _STATUTE_REACH), first)
        return marker is not None and not any(
            self._comma_before(at) or at in self.found_at
            for at in range(marker + 1, first + 1))

    def _since_before(self, timex: Timex) -> bool:
        index = self.tokens.index_at(timex.start)
        return self._marker_near("since", index, _SINCE_REACH)

    def _struck_site(self, found: _Found) -> list[_Placed]:
        """The state whose embassy, base or convoy the attack or protest strikes or stands
        at, in its clause after it, no comma between ('vụ bom xe bên ngoài sứ quán Australia
        ở Jakarta', 'Đánh bom tự sát bên ngoài căn cứ quân sự của Mỹ ở Mosul', 'tấn công đoàn
        xe quân sự Mỹ', 'biểu tình trước đại sứ quán Đan Mạch'; not 'tại Vùng Xanh, nơi tập
        trung các sứ quán phương tây'), and those listed with it: the target, not the land
        around the site."""
        end = min(self._clause_end(found.last + 1), found.last + 1 + _SITE_REACH)
        end = next((at for at in range(found.last + 1, end) if self._comma_before(at)), end)
        for placed in self.actors:
            if not found.last < placed.first < end:
                continue
            if placed.mention.role is ActorRole.LOCATION:
                if self.keys[placed.first - 1] == "vào":
                    # 'bắn tên lửa tự tạo vào Israel và bắn vào đoàn xe ngoại giao Mỹ': the
                    # land struck, named first
                    break
                continue
            if self._state_side(placed) and self._site_of(placed, found.first):
                return self._coordinated(placed, end)
        return []

    def _site_of(self, placed: _Placed, first: int) -> bool:
        """Whether a state's site ('struck_sites') is named by the mention ('sứ quán
        Australia') or ends a few words before it, from word ``first`` on ('căn cứ quân sự
        của Mỹ', 'đoàn xe quân sự Mỹ', 'căn cứ Merez của Mỹ')."""
        return (self._phrase_at(placed.first, "struck_sites") > 0
                or self._site_ends_near(first, placed.first))

    def _site_ends_near(self, first: int, index: int) -> bool:
        """Whether a state's site ('struck_sites') ends a few words before word ``index``,
        from word ``first`` on: what follows names its owner ('căn cứ quân sự của Mỹ')."""
        for at in range(max(first, index - _SITE_LEAD), index):
            width = self._phrase_at(at, "struck_sites")
            if width and 0 <= index - (at + width) <= _SITE_GAP:
                return True
        return False

    def _places_after(self, index: int) -> list[_Placed]:
        """Countries named as places after an attack ('tấn công … ở Ukraine'): the target."""
        return [p for p in self.actors if p.first >= index and self._is_place(p)]

    def _is_place(self, placed: _Placed) -> bool:
        """A country named as a place, not as the neighbour of one ('tại tỉnh Narathiwat,
        giáp biên giới Malaysia')."""
        return placed.mention.role is ActorRole.LOCATION and not self._neighbour(placed.first)

    def _neighbour(self, first: int) -> bool:
        return self.coder.arguments.ends_before(self.keys, first, "neighbours",
                                                reach=_NEIGHBOUR_WORDS)

    def _location(self) -> str | None:
        places = [p.mention for p in self.actors if self._is_place(p)]
        return places[0].text if places else None

    # -- markers ----------------------------------------------------------------------------

    def _last_marker(self, name: str, first: int, last: int) -> int | None:
        """The last word of first..last - 1 where a marker of category ``name`` starts,
        looked for from the end."""
        for index in range(last - 1, first - 1, -1):
            entry = self.markers.get(index)
            if entry is not None and name in entry:
                return index
        return None

    def _marker_near(self, name: str, index: int, width: int) -> bool:
        return self._last_marker(name, max(self.first, index - width), index) is not None

    def _after_marker(self, name: str, index: int) -> bool:
        for back in range(1, _TOPIC_REACH + 1):
            entry = self.markers.get(index - back)
            # the category's phrase ends right before, and no longer marker starts there
            # ('về phía Israel' is a recipient, 'về vấn đề Ukraine' a topic)
            if entry is not None and entry.get(name) == back and max(entry.values()) == back:
                return True
        return False

    def _after_word(self, word: str, index: int) -> bool:
        return index > 0 and self.keys[index - 1] == word


def _name_spans(actors: list[_Placed]) -> list[tuple[int, int]]:
    """The first and last words of the names of people and bodies the gazetteer knows."""
    return [(p.first, p.last) for p in actors if _names_a_person(p.mention)
            or (p.mention.entity_id or "").startswith("org:")]


def _outside_names(found: list[_Found], names: list[tuple[int, int]]) -> list[_Found]:
    """The triggers but those inside a person's or a body's name (``names``: their first and
    last words, ``_name_spans``): 'Nguyễn Đình Công' is no
    'đình công' (a strike), 'Cục Điều tra liên bang' no investigation. Only a trigger the
    name holds whole goes: one that runs on past it ('Lê Văn Sang thăm …': 'sang thăm') was
    the longest phrase there and its last words may be a real trigger ('thăm'), which
    dropping it would lose. A description keeps its trigger: 'người biểu tình' tells of a
    protest (investigators named as persons, 'các nhà điều tra', are blocked instead:
    event_guards.json)."""
    if not names or not found:
        return found
    return [f for f in found
            if not any(start <= f.first and f.last <= end for start, end in names)]


def _otherwise_unnegated(markers: dict[int, dict[str, int]]) -> dict[int, dict[str, int]]:
    """The markers with 'otherwise' ('nếu không sẽ giết các con tin') read as a condition
    whose consequence follows: hypothetical, and its 'không' no negation."""
    opened = [(at, at + cats["otherwise"]) for at, cats in markers.items() if "otherwise" in cats]
    if not opened:
        return markers
    kept = {at: dict(cats) for at, cats in markers.items()}
    for start, end in opened:
        kept[start]["hypothetical"] = max(kept[start].get("hypothetical", 0), end - start)
        for at in range(start + 1, end):
            if at in kept:
                kept[at].pop("negation", None)
    return {at: cats for at, cats in kept.items() if cats}


def _markers_outside_mentions(markers: dict[int, dict[str, int]], actors: list[_Placed]
                              ) -> dict[int, dict[str, int]]:
    """The markers that are not words of an actor mention, a name or a description: 'Do'
    of 'Do Thái' is no 'do' (because), 'Từ' of 'Từ Bảo Khanh' no 'từ' (since), 'và' in
    'Bộ Lao động - Thương binh và Xã hội' joins no sides. At a mention's first word a
    marker stays when it is a pronoun ('nước này' refers back) or runs past the mention."""
    hit = [p for p in actors if any(p.first <= index <= p.last for index in markers)]
    if not hit:
        return markers
    kept = dict(markers)
    for placed in hit:
        for index in range(placed.first, placed.last + 1):
            if index not in kept:
                continue
            if index > placed.first:
                del kept[index]
                continue
            staying = {name: length for name, length in kept[index].items()
                       if name == "pronouns" or index + length - 1 > placed.last}
            if staying:
                kept[index] = staying
            else:
                del kept[index]
    return kept


def _place(mentions: tuple[ActorMention, ...], tokens: Words) -> list[_Placed]:
    """Mentions with the words they cover, in reading order."""
    placed = []
    for mention in mentions:
        first = tokens.index_at(mention.start)
        last = max(first, tokens.index_at(mention.end) - 1)
        placed.append(_Placed(first, last, mention))
    return sorted(placed, key=lambda p: p.first)


def _a_state(country: str | None) -> bool:
    """Whether ``country`` is a state's code, not a region's or an international body's."""
    return country is not None and country not in NON_STATE


def _state_of(sides: list[EventActor]) -> str | None:
    """The country of the first side that is a state's (not an international body's)."""
    return next((side.country for side in sides
                 if _a_state(side.country)), None)


def _apposed_people(head: _Placed, people: _Placed) -> bool:
    """Whether ``people`` ('người Sunni', 'người Palestine') stands right after ``head``
    and says who its members are ('các tay súng người Sunni'), a second side it is not."""
    return (people.first == head.last + 1 and people.mention.sector == "CVL"
            and head.mention.sector not in (None, "CVL")
            and people.mention.text.casefold().startswith("người "))


def _names_a_person(mention: ActorMention) -> bool:
    """A person named by name: not a country, body or group, nor a title alone."""
    return mention.name is not None and not (mention.entity_id or "").startswith(
        ("org:", "country:"))


def _side(mention: ActorMention) -> EventActor:
    return EventActor(mention.text, mention.country, mention.sector, mention.name)


def _asks(sentence: str) -> bool:
    """Whether a sentence is a question: it ends with '?', inside closing quotes too."""
    return sentence.rstrip().rstrip("\"'”’»)").endswith("?")


def _country_or_its_place(placed: _Placed) -> bool:
    """Whether a mention names a country or a place of one, not a side within it: what a
    visit or an attack may be aimed at as a place."""
    mention = placed.mention
    return mention.country is not None and (mention.role is ActorRole.LOCATION
                                            or _names_a_country(mention))


def _names_a_country(mention: ActorMention) -> bool:
    """Whether the mention is a country's name ('Israel'), not a city's or a body's."""
    return (mention.entity_id or "").startswith("country:")


def _named_country(mention: ActorMention) -> bool:
    """Whether the mention names its country in its own words ('lính Mỹ', 'người
    Palestine'), not by its context ('cảnh sát', 'người' of the nearest country named)."""
    return mention.via is not MentionVia.CONTEXT and (
        mention.name is not None or any(word[:1].isupper() for word in mention.text.split()))


def _sides(placed: list[_Placed]) -> list[EventActor]:
    seen: set[tuple[str | None, str | None, str | None]] = set()
    sides = []
    for p in placed:
        if p.mention.country is None and p.mention.sector != "REB":
            # an armed group of no known country is still a side ('phiến quân tấn công
            # binh sĩ Mỹ'); a name of no country is no side, nor are foreigners of no
            # country named ('người nước ngoài': on the development gold's tune splits
            # such sides added only false events)
            continue
        key = (p.mention.country, p.mention.sector, p.mention.name)
        if key not in seen:
            seen.add(key)
            sides.append(_side(p.mention))
    return sides


def _own_side(side: EventActor, actors: list[EventActor]) -> bool:
    """Whether ``side`` is one of the actors or stands for their own country: the country
    alone ('Mỹ' after 'Tổng thống Mỹ'), or the same sector with no other person. Another
    sector or person of the same country is another side (domestic politics: executive
    against legislature, police against protesters, a leader against his successor)."""
    for actor in actors:
        if actor.country != side.country:
            continue
        if side.sector is None and side.name is None:
            return True
        if actor.sector == side.sector and (not actor.name or not side.name
                                            or actor.name == side.name):
            if _two_parties(actor, side):
                continue
            return True
    return False


def _named_again(side: EventActor, actors: list[EventActor]) -> bool:
    """Whether ``side`` is one of the actors named again, or their country alone: not
    another office or body of their state, as ``_own_side`` takes one of the same sector."""
    return any(actor.country == side.country and (
        (side.sector is None and side.name is None) or actor.text == side.text
        or (side.name is not None and side.name == actor.name)) for actor in actors)


def _two_parties(one: EventActor, other: EventActor) -> bool:
    """Whether two parties of one country are two sides: a party the gazetteer knows by name
    and another named as a party by a name of its own ('đảng cầm quyền Likud đã cơ bản đạt
    thoả thuận với Công đảng đối lập', 'Đảng Dân chủ'); a party named again ('Đảng Likud'
    after 'Likud'), a description ('Đảng cầm quyền Israel') and the organs of one party
    ('Tổng Bí thư … làm việc với Tỉnh ủy Tây Ninh') are the same side."""
    if not one.sector == other.sector == "PTY" or bool(one.name) == bool(other.name):
        return False
    named, unnamed = (one, other) if one.name else (other, one)
    return (_party_name(unnamed.text) and (named.name or "") not in unnamed.text
            and named.text not in unnamed.text and unnamed.text not in named.text)


def _party_name(text: str) -> bool:
    """Whether ``text`` names a party by a name of its own: 'Công đảng' (Labour), or
    'đảng' before a capitalized word ('Đảng Dân chủ', 'đảng Lao động'), not before a
    description ('Đảng cầm quyền')."""
    words = text.split()
    return text.casefold() == "công đảng" or any(
        word.casefold() == "đảng" and following[:1].isupper()
        for word, following in pairwise(words))


def _split(actors: list[EventActor], others: list[EventActor],
           opposed: frozenset[str] = frozenset()) -> tuple[list[EventActor], list[EventActor]]:
    """When one side holds two countries and the other none ('X và Y điện đàm', 'cuộc điện
    đàm giữa X và Y'), the first country acts and the others receive; so do, in one
    country, a state and an armed group or the opposition (a sector in ``opposed``:
    'Chính phủ Nepal và phiến quân Maoist đã đạt được thỏa thuận ngừng bắn')."""
    if actors and others:
        return actors, others
    side = actors or others
    keys = [(a.country, False) for a in side]
    if len(set(keys)) < 2:
        keys = [(a.country, a.sector in opposed) for a in side]
    if len(set(keys)) < 2:
        return actors, others
    return ([a for a, key in zip(side, keys, strict=True) if key == keys[0]],
            [a for a, key in zip(side, keys, strict=True) if key != keys[0]])


def _event_date(timex: Timex, basis: DateBasis) -> EventDate:
    value = (timex.value or "").split("/")[0].split("T")[0]
    precision = timex.precision if timex.precision in _EVENT_PRECISIONS else Precision.DAY
    return EventDate(value, precision, timex.confidence, basis)


def _union(first: tuple[Evidence, ...], second: tuple[Evidence, ...]) -> tuple[Evidence, ...]:
    return tuple(dict.fromkeys((*first, *second)))


def _same_act(first: Event, second: Event) -> bool:
    """Whether two events of one type may be one interaction by their modes: PLOVER's unit
    is (type, mode, sides, date), so an arrest and a seizure by the same police are two
    events; a mode left open, or a mode of manner (``_MANNER_TYPES``), tells none apart."""
    return (first.mode == second.mode or first.mode is None or second.mode is None
            or first.type in _MANNER_TYPES)


def _merged(events: list[Event]) -> list[Event]:
    """One event per interaction: same type, sides and act, compatible dates."""
    kept: list[Event] = []
    by_key: dict[tuple[object, ...], list[int]] = {}
    for event in events:
        key = (event.type, event.status, *event.sides)
        for index in by_key.get(key, ()):
            other = kept[index]
            if _same_act(other, event) and dates_compatible(other.date, event.date,
                                                            same_article=True):
                specific = other if other.mode is not None or event.mode is None else event
                kept[index] = replace(other, date=better_date(other.date, event.date),
                                      mode=specific.mode, cameo=specific.cameo,
                                      mentions=_union(other.mentions, event.mentions))
                break
        else:
            by_key.setdefault(key, []).append(len(kept))
            kept.append(event)
    return kept


def _attached(events: list[Event]) -> list[Event]:
    """A trigger whose sentence names no side ('hội nghị thượng đỉnh trực tuyến hôm 7/12
    dường như …', 'vụ đánh bom làm 17 người chết') is another mention of the article's one
    event of that type, status and a compatible date, if there is exactly one. Otherwise it is
    dropped, no event without an actor, unless its type implies both its sides and no
    event of that type and date is in the article."""
    def headless(event: Event) -> bool:
        return not event.actors or all(map(is_implied, (*event.actors, *event.recipients)))

    out = [e for e in events if not headless(e)]
    by_type: dict[str, list[int]] = {}
    for index, event in enumerate(out):
        by_type.setdefault(event.type, []).append(index)
    for unnamed in (e for e in events if headless(e)):
        same = [i for i in by_type.get(unnamed.type, []) if out[i].status == unnamed.status
                and _same_act(out[i], unnamed)
                and dates_compatible(out[i].date, unnamed.date, same_article=True)]
        if not same and unnamed.actors:
            # 'vụ đánh bom hôm 7/7' beside the article's attack of 21/7: another attack
            out.append(unnamed)
        elif len(same) == 1:
            target = out[same[0]]
            out[same[0]] = replace(target, date=better_date(target.date, unnamed.date),
                                   mentions=_union(target.mentions, unnamed.mentions))
    return out


def _answered(referring: list[_Referring], events: list[Event]) -> list[Event]:
    """The referring events whose object is the article's one event of its type that
    took place with a named author ('Mỹ không kích làng Damadola … Pakistan lên án vụ
    tấn công'): that author is their recipient; an attacker the text does not name is
    the one the attack implies, of its place (PLOVER-CODING.md), when the article tells of
    no named one ('Washington lên án các vụ khủng bố' in Uzbekistan; Iraq's prime minister
    condemning a bombing in Baghdad: no side of his though of his country); a state body
    does not refer so to the unnamed authorities of its own state (a procuracy approving an
    arrest by its own police), the opposition or a private person may. With none, or
    several, the object's author is unknown and the referring event is not coded."""
    answered = []
    for waiting in referring:
        done = [e for e in events if e.type == waiting.named
                and e.status not in NOT_FACTS and e.actors]
        own_state = {a.country for a in waiting.event.actors if a.sector in _STATE_AGENTS}
        authors = ({tuple(e.actors) for e in done if not all(map(is_implied, e.actors))}
                   or {tuple(e.actors) for e in done
                       if not any(a.country in own_state and a.sector in _STATE_AGENTS
                                  for a in e.actors)})
        if len(authors) != 1:
            continue
        # an implied attacker is no one of the referring side, though of its country
        recipients = [a for a in next(iter(authors))
                      if not _own_side(a, list(waiting.event.actors)) or (
                          is_implied(a) and all((a.country, a.sector) != (b.country, b.sector)
                                                for b in waiting.event.actors))]
        if recipients:
            answered.append(replace(waiting.event, recipients=tuple(recipients)))
    return answered


def _answering_accusations(events: list[Event], answers: Mapping[str, frozenset[str]]
                           ) -> list[Event]:
    """A denial or refusal that names no one it answers ('Pakistan bác bỏ lời cáo buộc
    này', 'Tuy nhiên, Kiev từ chối đề nghị đó') answers the last accusation or demand told
    before it against its own side, by another: it is aimed at that accuser, not at its
    place (``answered_types``)."""
    out = list(events)
    for index, event in enumerate(events):
        answered = answers.get(event.type)
        if answered is None or not event.recipients or not all(
                map(is_implied, event.recipients)):
            continue
        own = list(event.actors)
        accusers = [e for e in events if e.type in answered and e.status not in NOT_FACTS
                    and e.evidence.start <= event.evidence.start and e is not event
                    and e.actors and not any(map(is_implied, e.actors))
                    and any(_same_side(r, own) for r in e.recipients if not is_implied(r))
                    and not any(_same_side(a, own) for a in e.actors)]
        if accusers:
            accuser = max(accusers, key=lambda e: e.evidence.start)
            out[index] = replace(event, recipients=accuser.actors)
    return out


# how a civilian of a named country is recognized: 'người Anh' (a title), 'công dân Nga'
_NATIONALS_VIA = frozenset({MentionVia.TITLE, MentionVia.GAZETTEER})


def _counted_people(earlier: _Placed, later: _Placed) -> bool:
    """Whether two mentions are civilians of named countries, whom a list may count ('hai
    người Ai Cập, hai người Thái Lan và một người Philippines'); not soldiers and civilians
    ('3 lính Mỹ và 2 người địa phương'), nor an apposition's article ('Salam al-Maliki, một
    nhà lập pháp khác')."""
    return all(p.mention.sector == "CVL" and p.mention.country is not None
               and p.mention.via in _NATIONALS_VIA for p in (earlier, later))


def _same_side(side: EventActor, actors: list[EventActor]) -> bool:
    """Whether ``side`` and one of the actors stand for each other: one is the other, or
    its country alone ('Pakistan' and 'Chính phủ Pakistan')."""
    return _own_side(side, actors) or any(_own_side(actor, [side]) for actor in actors)


def _paragraphs_told(event: Event, starts: list[int]) -> list[int]:
    """The indices of the paragraphs (starting at ``starts``) holding the sentences that
    report the event, the first one first (by offset: an HTML page's paragraphs have no
    line)."""
    found = [bisect_right(starts, span.start) - 1
             for span in (event.evidence, *event.mentions)]
    return list(dict.fromkeys(index for index in found if index >= 0))


def _with_related_dates(events: list[Event], article: Article) -> tuple[Event, ...]:
    """An event without its own date takes that of the dated interaction of the same sides
    told in its paragraph, else in the one before ('Trong cuộc điện đàm, Tướng Gerasimov
    đã cảnh báo …'); not one told further off, which is as often another occasion of the
    same sides (in home news every event has the same one: 'bị cấm hoạt động hồi tháng
    hai' dated none of the bombings and arrests of this week)."""
    starts = [paragraph.start for paragraph in article.paragraphs]
    same: dict[tuple[frozenset[str], int], Event] = {}
    before: dict[tuple[frozenset[str], int], Event] = {}
    for event in events:
        if event.date is not None and event.date.basis is DateBasis.TIMEX:
            for index in _paragraphs_told(event, starts):
                same.setdefault((event.countries, index), event)
                before.setdefault((event.countries, index + 1), event)
    out = []
    seen: dict[str, int] = {}
    for event in events:
        if event.date is None or event.date.basis is not DateBasis.TIMEX:
            told = _paragraphs_told(event, starts)
            related = next((found for index in told
                            if (found := same.get((event.countries, index))) is not None),
                           None) or next(
                (found for index in told
                 if (found := before.get((event.countries, index))) is not None), None)
            if related is not None and related.date is not None:
                confidence = round(related.date.confidence * _RELATED_DATE, 3)
                event = replace(event, date=replace(related.date, basis=DateBasis.RELATED,
                                                    confidence=confidence))
        identity = (f"{article.article_id}|{event.type}|{event.evidence.start}|"
                    f"{event.date.value if event.date else ''}|{event.trigger}|{event.status}")
        # two events can still agree on all of that ("hỗ trợ … cung cấp" twice in a
        # sentence): number the repeats so no event id is shared
        repeats = seen.get(identity, 0)
        seen[identity] = repeats + 1
        if repeats:
            identity += f"|{repeats}"
        out.append(replace(event, event_id=hashlib.sha1(identity.encode()).hexdigest()[:16]))
    return tuple(out)
