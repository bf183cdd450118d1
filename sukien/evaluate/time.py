"""Scores of the time stage: publication dates and event dates against the gold file, and
TIME mentions of BKEE (recall by span overlap within the sentence)."""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from sukien.evaluate.bkee import BkeeDocument
from sukien.evaluate.content import processed
from sukien.evaluate.gold import GoldDocument, GoldEventDate, GoldPublished
from sukien.evaluate.metrics import f1
from sukien.model import Article, PublishedDate
from sukien.options import ProcessOptions

Span = tuple[int, int]


@dataclass(frozen=True, slots=True)
class PublishedCheck:
    page: str
    gold: GoldPublished | None
    found: PublishedDate | None
    correct: bool
    why: str


@dataclass(frozen=True, slots=True)
class PublishedScore:
    pages: tuple[PublishedCheck, ...]

    @property
    def precision(self) -> float:
        predicted = sum(p.found is not None for p in self.pages)
        return sum(p.correct for p in self.pages) / predicted if predicted else 0.0

    @property
    def recall(self) -> float:
        gold = sum(p.gold is not None for p in self.pages)
        return sum(p.correct for p in self.pages) / gold if gold else 0.0

    @property
    def f1(self) -> float:
        return f1(self.precision, self.recall)


def score_published(documents: list[GoldDocument], options: ProcessOptions) -> PublishedScore:
    checks = []
    for document, articles in processed(documents, options):
        found = articles[0].published if articles else None
        correct, why = check_published(document.published, found)
        checks.append(PublishedCheck(document.name, document.published, found, correct, why))
    return PublishedScore(tuple(checks))


def check_published(gold: GoldPublished | None, found: PublishedDate | None) -> tuple[bool, str]:
    """Right when the day is in the gold range; where gold says the year cannot be derived,
    only an unknown year (or a year flagged below 0.5 confidence) is right."""
    if gold is None or found is None:
        return False, "no gold" if gold is None else "no date found"
    value = found.value
    if len(value) < 10:
        return False, f"precision {found.precision}, gold wants a day"
    if value.startswith("XXXX"):
        if gold.derivable:
            return False, "year left unknown but the article gives it"
        in_range = gold.earliest[5:] <= value[5:10] <= gold.latest[5:]
        return in_range, "day in range, year rightly unknown" if in_range else "day out of range"
    if not gold.derivable and found.confidence >= 0.5:
        return False, "a year the article does not support, stated with confidence"
    in_range = gold.earliest <= value[:10] <= gold.latest
    return in_range, "in range" if in_range else "out of range"


@dataclass(frozen=True, slots=True)
class EventDateCheck:
    page: str
    event_id: str
    gold: str
    found: tuple[str, ...]
    correct: bool


def score_event_dates(documents: list[GoldDocument], options: ProcessOptions
                      ) -> tuple[EventDateCheck, ...]:
    """For each gold event with a date: is that date among the timexes of its lines?"""
    checks = []
    for document, articles in processed(documents, options):
        for event in document.event_dates:
            if event.date is None:
                continue
            values = _values_on_lines(articles, event.lines)
            correct = any(_date_matches(event, value) for value in values)
            checks.append(EventDateCheck(document.name, event.event_id, _gold_value(event),
                                         values, correct))
    return tuple(checks)


def _values_on_lines(articles: Sequence[Article], lines: Sequence[int]) -> tuple[str, ...]:
    return tuple(t.value for a in articles for t in a.timexes
                 if t.line in lines and t.value is not None)


def _gold_value(event: GoldEventDate) -> str:
    date = event.date or ""
    return date if event.derivable else "XXXX" + date[4:]


def _date_matches(event: GoldEventDate, value: str) -> bool:
    wanted = _gold_value(event)
    return value.split("T")[0].split("/")[0] == wanted or (
        not event.derivable and value[4:].split("T")[0] == wanted[4:])


# -- BKEE ---------------------------------------------------------------------------------

@dataclass(frozen=True, slots=True)
class SpanScore:
    system: str
    gold: int
    found: int
    predicted: int
    megabytes: float
    seconds: float

    @property
    def recall(self) -> float:
        return self.found / self.gold if self.gold else 0.0

    @property
    def throughput(self) -> float:
        return self.megabytes / self.seconds if self.seconds else 0.0


def per_line(find: Callable[[str], Sequence[Span]]) -> Callable[[str], list[Span]]:
    """Run a span finder sentence by sentence (BKEE has one sentence per line)."""
    def by_line(text: str) -> list[Span]:
        spans: list[Span] = []
        offset = 0
        for line in text.split("\n"):
            spans.extend((offset + s, offset + e) for s, e in find(line))
            offset += len(line) + 1
        return spans
    return by_line


def score_spans(system: str, documents: Sequence[BkeeDocument],
                find: Callable[[str], Sequence[Span]]) -> SpanScore:
    """Recall of gold spans: a gold span counts when a found span overlaps it."""
    gold = found = predicted = 0
    size = sum(len(d.text.encode("utf-8")) for d in documents) / 1e6
    started = time.perf_counter()
    outputs = [find(document.text) for document in documents]
    seconds = time.perf_counter() - started
    for document, spans in zip(documents, outputs, strict=True):
        predicted += len(spans)
        for start, end in document.times:
            gold += 1
            found += any(s < end and start < e for s, e in spans)
    return SpanScore(system, gold, found, predicted, size, seconds)
