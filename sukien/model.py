"""Typed records that flow between pipeline stages.

Every record is a frozen dataclass: stages add new records, they never mutate
the ones they were given. Offsets are character offsets into ``Article.text``;
line numbers are 1-based lines of the input page (plain-text input).
"""

from __future__ import annotations

import bisect
import hashlib
from dataclasses import dataclass, field, fields
from datetime import date
from enum import StrEnum
from typing import Any


class PageKind(StrEnum):
    TEXT = "text"
    HTML = "html"


class Container(StrEnum):
    """The kind of input a page arrived in; decides which metadata it can carry."""

    TXT = "txt"
    HTML = "html"
    JSONL = "jsonl"
    WARC = "warc"
    STDIN = "stdin"


class RejectReason(StrEnum):
    """Why an input did not become a page. Stored as text; append, never rename."""

    BINARY = "binary"
    EMPTY = "empty"
    UNDECODABLE = "undecodable"
    TRUNCATED_GZIP = "truncated_gzip"
    MALFORMED_JSON = "malformed_json"
    MISSING_FIELD = "missing_field"
    MALFORMED_WARC = "malformed_warc"
    LINE_TOO_LONG = "line_too_long"
    PAGE_TOO_LARGE = "page_too_large"
    NOT_VIETNAMESE = "not_vietnamese"
    UNREADABLE = "unreadable"
    UNSUPPORTED_TYPE = "unsupported_type"
    NO_ARTICLE = "no_article"
    SYMLINK_LOOP = "symlink_loop"
    TRUNCATED_WARC = "truncated_warc"
    # a page of links and headlines with no sentence of prose at all
    ONLY_LINKS = "only_links"
    # a compressed input that decompresses past ReadOptions.max_uncompressed_bytes
    DECOMPRESSED_TOO_LARGE = "decompressed_too_large"
    # an input read for longer than ReadOptions.max_input_seconds
    TIMED_OUT = "timed_out"


class Record:
    """The base of the records: they pickle as their class and the fields their constructor
    takes (ingest's worker processes and Spark send them). A record compiled by mypyc
    (setup.py) unpickles no other way: its default ``__setstate__`` assigns through the
    frozen ``__setattr__``."""

    __slots__ = ()

    def __reduce__(self) -> tuple[Any, ...]:
        return type(self), tuple(getattr(self, f.name) for f in fields(self)  # type: ignore[arg-type]
                                 if f.init)


def content_hash(data: str | bytes) -> str:
    """Stable 80-bit key: enough to make collisions negligible for billions of pages."""
    raw = data.encode("utf-8") if isinstance(data, str) else data
    return hashlib.sha256(raw).hexdigest()[:20]


@dataclass(frozen=True, slots=True)
class Page(Record):
    """One decoded input document, before any cleaning."""

    source: str
    name: str
    kind: PageKind
    container: Container
    content: str
    encoding: str
    n_bytes: int
    url: str | None = None
    published: str | None = None
    external_id: str | None = None
    page_id: str = field(init=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "page_id", content_hash(self.content))


@dataclass(frozen=True, slots=True)
class Rejected(Record):
    """An input that could not become a page, with the reason a user can act on."""

    source: str
    reason: RejectReason
    detail: str
    n_bytes: int = 0
    reject_id: str = field(init=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "reject_id", content_hash(f"{self.source}\0{self.reason}"))


@dataclass(frozen=True, slots=True)
class InputDone(Record):
    """Marks that every record of one input file has been produced (resume point)."""

    path: str
    size: int
    mtime_ns: int


@dataclass(frozen=True, slots=True)
class Paragraph(Record):
    """A block of ``Article.text`` and the page line it came from (None for HTML)."""

    start: int
    end: int
    line: int | None


class Precision(StrEnum):
    """How much of the calendar a timex or date value fixes, finest first (``XXXX-10-21`` is
    a day whose year is unknown); ``unknown`` for vague references (``PAST_REF``).
    Stored as text."""

    SECOND = "second"
    MINUTE = "minute"
    HOUR = "hour"
    DAYPART = "daypart"
    DAY = "day"
    WEEK = "week"
    MONTH = "month"
    SEASON = "season"
    QUARTER = "quarter"
    YEAR = "year"
    DECADE = "decade"
    CENTURY = "century"
    UNKNOWN = "unknown"


@dataclass(frozen=True, slots=True)
class PublishedDate(Record):
    value: str
    precision: Precision
    confidence: float
    evidence: str

    @property
    def day(self) -> date | None:
        """The calendar day, when the value has a known year and a day."""
        if self.value.startswith("XXXX"):
            return None
        try:
            return date.fromisoformat(self.value[:10])
        except ValueError:
            return None


class TimexKind(StrEnum):
    """TimeML's split: points (date, time), stretches (duration, range), repetitions (set),
    vague references (``PAST_REF``), and counts whose origin the text does not give."""

    DATE = "date"
    TIME = "time"
    DURATION = "duration"
    RANGE = "range"
    SET = "set"
    REF = "ref"
    ORDINAL = "ordinal"


@dataclass(frozen=True, slots=True)
class Timex(Record):
    """A temporal expression of ``Article.text`` and its ISO 8601 value.

    ``value`` is None when nothing in the text fixes it (an ordinal day, a lunar
    holiday, a relative year on a page of unknown year); a year that is not known
    is written ``XXXX``. ``rule`` names the pattern and the resolution step.
    """

    start: int
    end: int
    line: int | None
    text: str
    kind: TimexKind
    value: str | None
    precision: Precision
    confidence: float
    rule: str
    mod: str | None = None
    tense: str | None = None


class ActorRole(StrEnum):
    """What an actor mention is in its sentence: a side that acts, a place, or a group
    word that stands for several sides ("hai bên")."""

    ACTOR = "actor"
    LOCATION = "location"
    GROUP = "group"


class MentionVia(StrEnum):
    """How an actor mention was coded."""

    GAZETTEER = "gazetteer"
    TITLE = "title"
    COREFERENCE = "coreference"
    METONYM = "metonym"
    GROUP = "group"
    COUNTERPART = "counterpart"
    # an institution or person whose country the text leaves to its context
    CONTEXT = "context"
    # a personal name outside the gazetteer, known by its form ('Nguyễn Văn Tám')
    NAME = "name"
    # people or an institution the text calls foreign ('người nước ngoài', 'công ty nước
    # ngoài'): of no country it names; it ends a list's item, but no event takes it as a side
    FOREIGN = "foreign"


@dataclass(frozen=True, slots=True)
class ActorMention(Record):
    """A span of ``Article.text`` coded as a political actor (or, with role 'location',
    a country or capital named as a place).

    ``via`` says how it was coded: gazetteer, title (an unknown person coded from
    title and country), coreference, metonym, group ('hai bên'), counterpart.
    """

    start: int
    end: int
    line: int | None
    text: str
    country: str | None
    sector: str | None
    name: str | None
    entity_id: str | None
    role: ActorRole
    via: MentionVia


@dataclass(frozen=True, slots=True)
class EventActor(Record):
    """One side of an event, as the article names it."""

    text: str
    country: str | None
    sector: str | None
    name: str | None


class EventStatus(StrEnum):
    """Whether an event happened, as the text tells it (PLOVER-CODING.md, Status)."""

    OCCURRED = "occurred"
    ONGOING = "ongoing"
    PLANNED = "planned"
    HYPOTHETICAL = "hypothetical"
    DENIED = "denied"


# statuses of events that did not happen (or not yet as facts): kept, never counted as facts
NOT_FACTS = frozenset({EventStatus.HYPOTHETICAL, EventStatus.DENIED})
# the country of an institution or title the article leaves unqualified when it names no
# country at all: sukien reads Vietnamese press, whose home news does not say "Vietnam"
HOME_COUNTRY = "VNM"


class DateBasis(StrEnum):
    """Where an event's date comes from, best supported first: the clause's own timex, the
    dated interaction of the same two sides the sentence continues, the report's date."""

    TIMEX = "timex"
    RELATED = "related"
    PUBLISHED = "published"


# how well an event date is supported, best first
DATE_BASES = {basis: rank for rank, basis in enumerate(DateBasis)}


@dataclass(frozen=True, slots=True)
class EventDate(Record):
    value: str
    precision: Precision
    confidence: float
    basis: DateBasis

    @property
    def year_known(self) -> bool:
        return not self.value.startswith("XXXX")


def dates_compatible(a: EventDate | None, b: EventDate | None, *, same_article: bool) -> bool:
    """Whether two reports can be of one event. Two dates agree at the coarser precision
    ("tháng 3-2023" and 2023-03-15), a date of unknown year matching that day or month of
    any year (XXXX-10-21 and 2022-10-21). Within one article, a date that is not the
    event's own (none, or borrowed from a related event or from the report) contradicts
    nothing: it says when the article reports, and the article reports one event once.
    Across articles it is compared like any other, and a report without a date joins only
    another without one: two reports dated by their publication in 2019 and 2024 are two
    events."""
    if a is None or b is None:
        return same_article or a is b
    if same_article and (a.basis != DateBasis.TIMEX or b.basis != DateBasis.TIMEX):
        return True
    first, second = a.value, b.value
    if not (a.year_known and b.year_known):
        first, second = first[4:], second[4:]
    shorter = min(len(first), len(second))
    return first[:shorter] == second[:shorter]


def date_rank(date: EventDate | None) -> tuple[int, int, int, float]:
    """Sort key of the best-supported date, best first: a known year, the event's own date,
    the finer precision, the surer; no date last."""
    if date is None:
        return (2, len(DATE_BASES), 0, 0.0)
    return (0 if date.year_known else 1, DATE_BASES[date.basis], -len(date.value),
            -date.confidence)


def better_date(a: EventDate | None, b: EventDate | None) -> EventDate | None:
    """The better supported of two dates of one event (``date_rank``); the first on a tie."""
    if b is None or (a is not None and date_rank(a) <= date_rank(b)):
        return a
    return b


@dataclass(frozen=True, slots=True)
class Evidence(Record):
    start: int
    end: int
    line: int | None


@dataclass(frozen=True, slots=True)
class Event(Record):
    """A PLOVER event of one article; ``mentions`` are all sentences that report it."""

    event_id: str
    type: str
    mode: str | None
    actors: tuple[EventActor, ...]
    recipients: tuple[EventActor, ...]
    date: EventDate | None
    status: EventStatus
    location: str | None
    quad_code: int
    cameo: str
    evidence: Evidence
    trigger: str
    symmetric: bool
    source: EventActor | None = None
    mentions: tuple[Evidence, ...] = ()

    @property
    def countries(self) -> frozenset[str]:
        return frozenset(a.country for a in (*self.actors, *self.recipients) if a.country)

    @property
    def sides(self) -> tuple[frozenset[str], ...]:
        """Who is on which side; either way round for symmetric events."""
        if self.symmetric:
            return (self.countries,)
        return (frozenset(a.country for a in self.actors if a.country),
                frozenset(a.country for a in self.recipients if a.country))


@dataclass(frozen=True, slots=True)
class Article(Record):
    page_id: str
    index: int
    title: str
    title_line: int | None
    text: str
    paragraphs: tuple[Paragraph, ...]
    url: str | None = None
    published: PublishedDate | None = None
    caption_lines: tuple[int, ...] = ()
    author: str | None = None
    agency: str | None = None
    timexes: tuple[Timex, ...] = ()
    actors: tuple[ActorMention, ...] = ()
    events: tuple[Event, ...] = ()

    @property
    def article_id(self) -> str:
        return f"{self.page_id}-{self.index}"

    @property
    def body_lines(self) -> tuple[int, ...]:
        return tuple(p.line for p in self.paragraphs if p.line is not None)

    def line_at(self, offset: int) -> int | None:
        """Page line of a character offset, so any span can be traced to its input line."""
        index = bisect.bisect_right(self.paragraphs, offset, key=_paragraph_start) - 1
        if index < 0:
            return None
        paragraph = self.paragraphs[index]
        return paragraph.line if offset <= paragraph.end else None


def _paragraph_start(paragraph: Paragraph) -> int:
    return paragraph.start


@dataclass(frozen=True, slots=True)
class Fingerprint(Record):
    """An article's MinHash signature and LSH band keys (``sukien.duplicates``);
    empty for an article too short to compare."""

    article_id: str
    signature: tuple[int, ...]
    band_keys: tuple[int, ...]


@dataclass(frozen=True, slots=True)
class PageResult(Record):
    """A page with the articles the pipeline found in it, and their fingerprints."""

    page: Page
    articles: tuple[Article, ...]
    fingerprints: tuple[Fingerprint, ...] = ()


IngestItem = Page | Rejected | InputDone
ProcessedItem = PageResult | Rejected | InputDone
