"""Years of office as evidence for a publication year the article does not state.

"Bộ trưởng Quốc phòng Nga Andrei Belousov" can only be written after 14 May 2024;
with "người đồng cấp Mỹ Lloyd Austin" (until 20 January 2025) a day "4/12" falls in
2024 and no other year. Only a person named with one of their titles (or as the counterpart of
one) counts: a name alone may be a former office holder ("ông Obama").
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from sukien.actors.gazetteer import Entry, Gazetteer, Office
from sukien.model import ActorMention, MentionVia, PublishedDate

# below 0.5: a year found this way is reported as inferred, never as stated
TENURE_CONFIDENCE = 0.45


def year_from_offices(published: PublishedDate | None, mentions: Iterable[ActorMention],
                      gazetteer: Gazetteer, as_of: date) -> PublishedDate | None:
    """The publication date with its year, when the offices named in the article leave
    exactly one year for its month and day; None otherwise."""
    if published is None or not published.value.startswith("XXXX-") or len(published.value) < 10:
        return None
    month, day = int(published.value[5:7]), int(published.value[8:10])
    people = [(m, person) for m in mentions
              if m.entity_id and (person := gazetteer.person(m.entity_id)) is not None]
    titled = [(m, _titled_offices(person, m.text))
              for m, person in people if m.via is not MentionVia.COUNTERPART]
    titles = {o.title for _, offices in titled for o in offices}
    # 'người đồng cấp Mỹ Lloyd Austin' holds the office of the person it answers to
    titled += [(m, tuple(o for o in person.offices if o.title in titles))
               for m, person in people if m.via is MentionVia.COUNTERPART]
    years: set[int] | None = None
    evidence: list[str] = []
    for mention, offices in titled:
        if not offices:
            continue
        possible = {year for office in offices for year in _years_in(office, month, day, as_of)}
        years = possible if years is None else years & possible
        evidence.append(f"{mention.text} ({', '.join(_tenure(o) for o in offices)})")
    if years is None or len(years) != 1:
        return None
    year = years.pop()
    return PublishedDate(f"{year:04d}{published.value[4:]}", published.precision,
                         min(published.confidence, TENURE_CONFIDENCE),
                         f"{published.evidence}; year from offices held: " + "; ".join(evidence))


def _titled_offices(person: Entry, text: str) -> tuple[Office, ...]:
    named = text.casefold()
    return tuple(o for o in person.offices if o.title.casefold() in named)


def _years_in(office: Office, month: int, day: int, as_of: date) -> Iterable[int]:
    last = (office.end or as_of).year
    for year in range(office.start.year, last + 1):
        try:
            when = date(year, month, day)
        except ValueError:  # 29 February
            continue
        if office.valid_on(when) and when <= as_of:
            yield year


def _tenure(office: Office) -> str:
    end = office.end.isoformat() if office.end else "…"
    return f"{office.title} {office.start.isoformat()}–{end}"
