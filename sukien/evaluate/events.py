"""Event scores: against the gold file (primary and secondary recall, precision) and
against BKEE (mention-level type P/R/F1 on the ACE types that map to PLOVER)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from sukien.clean import NO_REPEATED_LINES
from sukien.evaluate.bkee import BkeeDocument, BkeeEvent
from sukien.evaluate.content import processed
from sukien.evaluate.gold import GoldDocument, GoldEvent
from sukien.evaluate.metrics import f1, share_of
from sukien.events.implied import is_implied
from sukien.model import NOT_FACTS, Container, Event, Page, PageKind, Rejected
from sukien.options import ProcessOptions
from sukien.processing import worker_pipeline

# ACE/BKEE event types and the PLOVER type each maps to (PLOVER-CODING.md, else the PLOVER
# manual): an execution is an ASSAULT (the manual's 'targeted': "assassinations and
# executions"). Extradite is left out: the manual codes extraditions as COOPERATE (judicial
# cooperation, CAMEO 063), a type BKEE does not annotate otherwise, so it cannot be scored.
BKEE_TO_PLOVER = {"Meet": "CONSULT", "Phone-write": "CONSULT", "Attack": "ASSAULT",
                  "Execute": "ASSAULT", "Demonstrate": "PROTEST", "Arrest-jail": "COERCE",
                  "Release-parole": "RETREAT"}
# a death with a killer (an Agent who is not the Victim) is a killing, which the guide codes
# ASSAULT; a death with no agent (a casualty count) or a suicide is not coded
KILLING = ("Die", "ASSAULT")
BKEE_TYPES = frozenset(BKEE_TO_PLOVER.values()) | {KILLING[1]}
# ACE annotates arrests and releases, not the other modes of COERCE and RETREAT (bans,
# seizures, curfews, deportations; ceasefires, withdrawals, resignations), so sukien's events
# of those modes are neither right nor wrong against BKEE: only these modes are scored
BKEE_MODES = {"COERCE": frozenset({"arrest"}), "RETREAT": frozenset({"release"})}


def scored_against_bkee(event: Event) -> bool:
    """Whether BKEE annotates events of this event's type and mode."""
    modes = BKEE_MODES.get(event.type)
    return event.type in BKEE_TYPES and (modes is None or event.mode in modes)


def plover_type_of(event: BkeeEvent) -> str | None:
    """The PLOVER type a BKEE event annotation is scored as, if any."""
    if event.kind in BKEE_TO_PLOVER:
        return BKEE_TO_PLOVER[event.kind]
    if event.kind == KILLING[0]:
        agent, victim = event.argument("Agent-Arg"), event.argument("Victim-Arg")
        if agent is not None and victim is not None and agent != victim:
            return KILLING[1]
    return None


# the confusion table's row or column for "no event"
NONE = "-"


@dataclass(frozen=True, slots=True)
class GoldEventCheck:
    """``coded_as``: the type of the event coded on the gold event's lines with its sides
    (whatever its type), NONE when there is none; the confusion table's column."""

    page: str
    gold: GoldEvent
    found: bool
    coded_as: str = NONE


@dataclass(frozen=True, slots=True)
class CodedEventCheck:
    """An event sukien coded as a fact, and whether it matches a gold event of its page."""

    page: str
    event: Event
    correct: bool
    control: bool


@dataclass(frozen=True, slots=True)
class EventScore:
    checks: tuple[GoldEventCheck, ...]
    coded: tuple[CodedEventCheck, ...]
    control_pages: int = 0

    @property
    def predicted(self) -> int:
        return len(self.coded)

    @property
    def correct(self) -> int:
        return sum(c.correct for c in self.coded)

    def recall(self, tier: str) -> float:
        tiered = [c for c in self.checks if c.gold.tier == tier]
        return sum(c.found for c in tiered) / len(tiered) if tiered else 0.0

    @property
    def precision(self) -> float:
        return self.correct / self.predicted if self.predicted else 0.0

    def by_type(self) -> dict[str, tuple[int, int]]:
        """Gold events found and gold events, per gold type, most frequent first."""
        counts: Counter[str] = Counter(c.gold.types[0] for c in self.checks)
        found: Counter[str] = Counter(c.gold.types[0] for c in self.checks if c.found)
        return {kind: (found[kind], total) for kind, total in counts.most_common()}

    def confusion(self) -> Counter[tuple[str, str]]:
        """(gold type, coded type) counts: each gold event against what was coded on its
        lines with its sides, and each coded fact that matches no gold event as (NONE, type)."""
        table = Counter((c.gold.types[0], c.coded_as) for c in self.checks)
        table.update((NONE, c.event.type) for c in self.coded if not c.correct)
        return table

    @property
    def missing_recipient_rate(self) -> float:
        """Share of coded facts whose text names no recipient (symmetric events list both
        sides; an implied recipient, such as the place of an event aimed at no one named,
        is not named)."""
        return share_of(all(map(is_implied, c.event.recipients)) for c in self.coded).rate

    @property
    def control_events(self) -> int:
        """False facts coded on the gold's control pages (sport, business, culture): the
        events there that match no gold event (a few such pages do report one, e.g. WTO
        accession talks in business news)."""
        return sum(c.control and not c.correct for c in self.coded)


def score_events(documents: list[GoldDocument], options: ProcessOptions,
                 corpus: Path | None = None) -> EventScore:
    """A primary gold event is found by an event of its type (or an alternative type), with
    its countries on the right sides (either way when symmetric), reported on one of its
    lines, and its date (month-day only where the gold says the year is not derivable).
    Secondary events need the same but the date. Precision counts the events coded as
    facts (not hypothetical or denied) that match a gold event."""
    checks: list[GoldEventCheck] = []
    coded: list[CodedEventCheck] = []
    control_pages = 0
    for document, articles in processed(documents, options, corpus):
        events = [e for a in articles for e in a.events]
        control_pages += document.control
        for gold in document.events:
            with_date = gold.tier == "primary"
            match = next((e for e in events if _matches(gold, e, with_date)), None)
            near = match or next((e for e in events if _same_sides(gold, e)), None)
            checks.append(GoldEventCheck(document.name, gold, match is not None,
                                         near.type if near is not None else NONE))
        for event in events:
            if event.status in NOT_FACTS:
                continue
            coded.append(CodedEventCheck(
                document.name, event, any(_matches(g, event, False) for g in document.events),
                document.control))
    return EventScore(tuple(checks), tuple(coded), control_pages)


def _matches(gold: GoldEvent, event: Event, with_date: bool) -> bool:
    return (event.type in gold.types and _same_sides(gold, event)
            and (not with_date or _date_matches(gold, event)))


def _same_sides(gold: GoldEvent, event: Event) -> bool:
    """Reported on one of the gold's lines, with the gold's countries on their sides."""
    lines = {m.line for m in event.mentions}
    if not lines & set(gold.lines):
        return False
    actors = {a.country for a in event.actors}
    recipients = {a.country for a in event.recipients}
    if gold.symmetric or event.symmetric:
        return (gold.actor_countries | gold.recipient_countries) <= actors | recipients
    return gold.actor_countries <= actors and gold.recipient_countries <= recipients


def _date_matches(gold: GoldEvent, event: Event) -> bool:
    if gold.date is None:
        return True
    if event.date is None:
        return False
    value = event.date.value
    if gold.derivable:
        return value.startswith(gold.date) and len(value) >= len(gold.date)
    year_unknown = value.startswith("XXXX") or event.date.confidence < 0.5
    return year_unknown and value[4:].startswith(gold.date[4:]) and len(value) >= len(gold.date)


@dataclass(frozen=True, slots=True)
class TypeScore:
    """Mention counts; ``annotated_false_positives`` are the false mentions on lines BKEE
    annotated at all (it annotates about a third of its sentences, so a mention on another
    line is unjudged rather than false: 'Cuộc biểu tình cho thấy …' after the annotated
    protest of the line before)."""

    true_positives: int
    false_positives: int
    false_negatives: int
    annotated_false_positives: int = 0

    @property
    def precision(self) -> float:
        found = self.true_positives + self.false_positives
        return self.true_positives / found if found else 0.0

    @property
    def recall(self) -> float:
        gold = self.true_positives + self.false_negatives
        return self.true_positives / gold if gold else 0.0

    @property
    def f1(self) -> float:
        return f1(self.precision, self.recall)

    @property
    def annotated_precision(self) -> float:
        """Precision judged on the annotated lines only."""
        found = self.true_positives + self.annotated_false_positives
        return self.true_positives / found if found else 0.0

    @property
    def annotated_f1(self) -> float:
        return f1(self.annotated_precision, self.recall)


def score_bkee_mentions(documents: Sequence[BkeeDocument], options: ProcessOptions
                        ) -> TypeScore:
    """Mention-level, with the shipped pipeline (``sukien extract`` on each document as a
    text page): every line on which an event sukien codes is mentioned, with the event's
    type, against the lines of BKEE's triggers of the types that map to PLOVER, over the
    whole text. ACE annotates event mentions whatever their modality, so hypothetical and
    denied events count. BKEE annotates about a third of its sentences, and its actors are
    often not political (a company, a private person): both cost precision here."""
    pipeline = worker_pipeline(options, NO_REPEATED_LINES)
    tp = fp = fn = annotated_fp = 0
    for document in documents:
        data = document.text.encode("utf-8")
        result = pipeline.process(Page("bkee", document.name, PageKind.TEXT, Container.TXT,
                                       document.text, "utf-8", len(data)))
        found = set() if isinstance(result, Rejected) else {
            (mention.line, event.type) for article in result.articles
            for event in article.events if scored_against_bkee(event)
            for mention in event.mentions}
        gold = {(_line_of(document.text, event.start), kind) for event in document.events
                if (kind := plover_type_of(event)) is not None}
        annotated = {_line_of(document.text, start) for start in document.annotated}
        tp += len(found & gold)
        fp += len(found - gold)
        fn += len(gold - found)
        annotated_fp += sum(line in annotated for line, _ in found - gold)
    return TypeScore(tp, fp, fn, annotated_fp)


def _line_of(text: str, offset: int) -> int:
    return text.count("\n", 0, offset) + 1
