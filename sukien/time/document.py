"""Infer an article's publication date from the page when no container gives it.

The day comes from the article's own dates: the latest day it reports as
past without its year ("Người phát ngôn … ngày 4/12 chia sẻ"), else the first day
it announces ("sẽ … vào tối 9/1"). A past day told with its year is backstory far
more often than the news ("ngày 7/5/1954" in a story of the anniversary; on the
development gold's tune splits such a day gave a wrong year 8 times of 9): it
bounds the year, it never anchors the day. The year comes, in order, from the
anchoring mention itself (a day announced with its year), from the page's
machine timestamps and datelines (the page was rendered after the article
appeared: an upper bound), or from the latest full date the article or its
captions state (a lower bound). Headlines in sidebars are never evidence:
"Giá vàng hôm nay 17/4/2024" says nothing about when this article appeared.
Without any of these the year stays unknown.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from sukien.model import Precision, PublishedDate
from sukien.time.calendar import PLACEHOLDER_YEAR, Point, safe_date
from sukien.time.grammar import TimeGrammar
from sukien.time.tagger import Mention, find_mentions

_HAS_DAY_MONTH = re.compile(r"\d{1,2}\s*[/\-]\s*\d{1,2}")
_SITE_CODE = re.compile(r"^\s*[A-ZĐ]{2,8}\s*[-–—]\s*")
_STAMP_RULES = frozenset({"timestamp", "dateline_clock"})

# The day is always a guess (the latest past day the article reports, or the first it
# announces); where the year comes from decides how much more of a guess the date is.
# the year stated with the day itself: only the day can be wrong
_YEAR_STATED = 0.85
# the latest fitting year before the page's stamps or crawl date: wrong only on pages a year late
_YEAR_FROM_UPPER = 0.6
# the first fitting year after a date the article states: tried after the upper bound, a notch below
_YEAR_FROM_LOWER = 0.55
# nothing gives the year (XXXX): only the day, itself a guess, is inferred
_YEAR_UNKNOWN = 0.25
# a past day reported with 'hôm' ('hôm 4/12'): published at least a day later
_REPORTED_PAST_LAG = 1
# months counted as 31 days keep a year's days in order on a circle; only gaps are compared
_MONTH_SLOTS = 31
# a day/month comes back on each weekday within 11 years (1901-2099): 12 years find it
_WEEKDAY_YEARS = 12
# ample: every day/month recurs within 8 years (29/2 across 1900 or 2100)
_YEAR_SEARCH = 30


@dataclass(frozen=True, slots=True)
class _Anchor:
    mention: Mention
    month: int
    day: int
    year: int | None
    lag: int


def infer_published(body_mentions: Sequence[Mention], captions: Sequence[str],
                    other_lines: Sequence[str], grammar: TimeGrammar,
                    horizon: date | None = None) -> PublishedDate | None:
    """``other_lines``: page lines outside the article; ``horizon``: a crawl date, if known."""
    lower = _lower_bound(body_mentions, captions, grammar)
    upper = _page_horizon(other_lines, grammar, lower)
    upper_source = "the page's timestamps and datelines"
    if horizon is not None and (upper is None or horizon < upper):
        upper, upper_source = horizon, "the crawl date"
    anchor = _anchor(body_mentions)
    if anchor is None:
        return None
    what = f"'{anchor.mention.text}' in the body"
    if anchor.year is not None:
        day = safe_date(anchor.year, anchor.month, anchor.day)
        if day is None:
            return None
        return _published(Point(day), anchor.lag, _YEAR_STATED, f"{what} (year stated)")
    if upper is not None:
        found = _latest_between(anchor, lower, upper)
        if found is not None:
            return _published(Point(found), anchor.lag, _YEAR_FROM_UPPER,
                              f"{what}; the year from {upper_source} (latest {upper})")
    if lower is not None:
        found = _earliest_after(anchor, lower)
        if found is not None:
            return _published(Point(found), anchor.lag, _YEAR_FROM_LOWER,
                              f"{what}; the year from the latest date the article states ({lower})")
    placeholder = safe_date(PLACEHOLDER_YEAR, anchor.month, anchor.day)
    if placeholder is None:
        return None
    return _published(Point(placeholder, False), anchor.lag, _YEAR_UNKNOWN,
                      f"{what}; nothing in the article gives the year")


def _published(point: Point, lag: int, confidence: float, evidence: str) -> PublishedDate:
    if lag:
        point = point.shifted("D", lag)
        evidence += "; reported as a past day ('hôm'), so published at least a day later"
    return PublishedDate(point.iso(), Precision.DAY, confidence, evidence)


def _anchor(mentions: Sequence[Mention]) -> _Anchor | None:
    """The latest past day the body reports without its year, else the first future day
    it announces.

    Days without a year are ordered around the calendar; the latest is the one
    before the widest gap, so 27/11, 1/12, 4/12 give 4/12 and 30/12, 2/1 give 2/1.
    """
    past: list[_Anchor] = []
    future: list[_Anchor] = []
    for mention in mentions:
        if mention.rule.kind != "date" or mention.group("day") is None:
            continue
        year = mention.group("year")
        reported_past_day = mention.tense == "past" and mention.text.lower().startswith("hôm")
        anchor = _Anchor(mention, int(mention.group("month") or 0), int(mention.group("day") or 0),
                         int(year) if year and len(year) == 4 else None,
                         _REPORTED_PAST_LAG if reported_past_day else 0)
        (future if mention.tense == "future" else past).append(anchor)
    # 'Ngày 27-4, TAND TPHCM đã tuyên phạt …' is the news, 'Ngày 10-10-2005' after it the
    # backstory
    undated = [anchor for anchor in past if anchor.year is None]
    if undated:
        return _circular_extreme(undated, latest=True)
    # a day announced after news told with its full date ('Ngày 29/11/2005, Quốc hội đã
    # thông qua Luật … Luật sẽ có hiệu lực từ ngày 1/6/2006') is no day of publication
    if future and not past:
        return _circular_extreme(future, latest=False)
    return None


def _circular_extreme(anchors: list[_Anchor], latest: bool) -> _Anchor:
    ordered = sorted(anchors, key=lambda a: (a.year or 0, a.month, a.day))
    if any(a.year is not None for a in ordered):
        dated = [a for a in ordered if a.year is not None]
        return dated[-1] if latest else dated[0]
    days = [(a.month - 1) * _MONTH_SLOTS + a.day for a in ordered]
    gaps = [((days[(i + 1) % len(days)] - days[i]) % (12 * _MONTH_SLOTS), i)
            for i in range(len(days))]
    _, widest = max(gaps)
    return ordered[widest] if latest else ordered[(widest + 1) % len(ordered)]


def _lower_bound(body_mentions: Sequence[Mention], captions: Sequence[str],
                 grammar: TimeGrammar) -> date | None:
    """The latest full date (year stated) the article or its captions give as not future."""
    mentions = list(body_mentions)
    for caption in captions:
        if _HAS_DAY_MONTH.search(caption) or re.search(r"\d{4}", caption):
            mentions.extend(find_mentions(caption, grammar))
    found: list[date] = []
    for mention in mentions:
        year = mention.group("year")
        if mention.tense == "future" or year is None or len(year) != 4:
            continue
        if mention.rule.kind == "date" and mention.group("day") and mention.group("month"):
            day = safe_date(int(year), int(mention.group("month") or 0),
                            int(mention.group("day") or 0))
        elif mention.rule.kind == "month" and mention.group("month"):
            day = safe_date(int(year), int(mention.group("month") or 0), 1)
        else:
            day = None
        if day is not None:
            found.append(day)
    return max(found) if found else None


def _page_horizon(lines: Sequence[str], grammar: TimeGrammar, lower: date | None) -> date | None:
    """The latest machine timestamp or line-opening dateline outside the article."""
    found: list[date] = []
    for line in lines:
        if not _HAS_DAY_MONTH.search(line):
            continue
        lead = _SITE_CODE.match(line)
        offset = lead.end() if lead else len(line) - len(line.lstrip())
        for mention in find_mentions(line, grammar):
            stamp = mention.rule.name in _STAMP_RULES
            dateline = mention.start <= offset and mention.group("weekday") is not None
            if (stamp or dateline) and (day := _stamp_day(mention, lower, grammar)) is not None:
                found.append(day)
    return max(found) if found else None


def _stamp_day(mention: Mention, lower: date | None, grammar: TimeGrammar) -> date | None:
    """A stamp's day; a weekday dateline without a year takes the first fitting year after
    the article's lower bound (weekdays recur on a date every few years)."""
    month, day = int(mention.group("month") or 0), int(mention.group("day") or 0)
    year = mention.group("year")
    if year is not None and len(year) == 4:
        return safe_date(int(year), month, day)
    weekday = mention.group("weekday")
    if weekday is None or lower is None:
        return None
    number = grammar.lookup("weekday", weekday)
    for candidate in range(lower.year, lower.year + _WEEKDAY_YEARS):
        found = safe_date(candidate, month, day)
        if found is not None and found >= lower and found.isoweekday() == number:
            return found
    return None


def _latest_between(anchor: _Anchor, lower: date | None, upper: date) -> date | None:
    for year in range(upper.year, upper.year - _YEAR_SEARCH, -1):
        day = safe_date(year, anchor.month, anchor.day)
        if day is None or day > upper:
            continue
        return day if lower is None or day >= lower else None
    return None


def _earliest_after(anchor: _Anchor, lower: date) -> date | None:
    for year in range(lower.year, lower.year + _YEAR_SEARCH):
        day = safe_date(year, anchor.month, anchor.day)
        if day is not None and day >= lower:
            return day
    return None
