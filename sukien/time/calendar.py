"""Calendar arithmetic and ISO 8601 values to a precision, with the year possibly unknown."""

from __future__ import annotations

import calendar
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, timedelta
from types import MappingProxyType

from sukien.model import Precision

# Arithmetic on a page of unknown year runs in a leap year so that 29/2 exists;
# the year is never printed.
PLACEHOLDER_YEAR = 2000
HALF_YEAR = 183

# the unit codes of the grammar's lexicons (time_grammar.json) become precisions here
UNIT_PRECISION: Mapping[str, Precision] = MappingProxyType({
    "S": Precision.SECOND, "MIN": Precision.MINUTE, "H": Precision.HOUR, "D": Precision.DAY,
    "W": Precision.WEEK, "M": Precision.MONTH, "Q": Precision.QUARTER, "Y": Precision.YEAR,
    "DE": Precision.DECADE, "CE": Precision.CENTURY})


@dataclass(frozen=True, slots=True)
class Point:
    """A calendar day, with whether its year is known."""

    day: date
    year_known: bool = True

    def iso(self, precision: Precision = Precision.DAY) -> str:
        year = f"{self.day.year:04d}" if self.year_known else "XXXX"
        if precision is Precision.YEAR:
            return year
        if precision is Precision.DECADE:
            return year[:3]
        if precision is Precision.CENTURY:
            return year[:2]
        if precision is Precision.MONTH:
            return f"{year}-{self.day.month:02d}"
        if precision is Precision.QUARTER:
            return f"{year}-Q{(self.day.month - 1) // 3 + 1}"
        if precision is Precision.WEEK:
            iso_year, week, _ = self.day.isocalendar()
            if not self.year_known:
                # week numbers and weekdays depend on the year: without it, a day of the week
                return f"XXXX-{self.day.month:02d}-{self.day.day:02d}"
            return f"{iso_year:04d}-W{week:02d}"
        return f"{year}-{self.day.month:02d}-{self.day.day:02d}"

    def shifted(self, unit: str, amount: int) -> Point:
        return Point(shift(self.day, unit, amount), self.year_known)


def safe_date(year: int, month: int, day: int) -> date | None:
    if not (1 <= month <= 12) or not (1 <= day <= calendar.monthrange(year, month)[1]):
        return None
    return date(year, month, day)


def shift(day: date, unit: str, amount: int) -> date:
    if unit == "D":
        return day + timedelta(days=amount)
    if unit == "W":
        return day + timedelta(weeks=amount)
    months = {"M": 1, "Q": 3, "Y": 12, "DE": 120, "CE": 1200}.get(unit)
    if months is None:
        return day
    total = day.year * 12 + day.month - 1 + months * amount
    year, month = divmod(total, 12)
    year = max(1, min(9999, year))
    last = calendar.monthrange(year, month + 1)[1]
    return date(year, month + 1, min(day.day, last))


def nearest_year(month: int, day: int, reference: date, tense: str | None) -> date | None:
    """The year that puts a day/month nearest the reference in the tense's direction.

    Past: the latest such day not after the reference; future: the first not
    before it; no tense: the nearest, the past winning a tie. A tense that would
    put the day more than half a year away while the other direction is within
    it is overruled: news name days that far off with their year.
    """
    candidates = [d for y in range(reference.year - 4, reference.year + 5)
                  if (d := safe_date(y, month, day)) is not None]
    if not candidates:
        return None
    past = [d for d in candidates if d <= reference]
    future = [d for d in candidates if d >= reference]
    nearest = min(candidates, key=lambda d: (abs((d - reference).days), d > reference))
    chosen = nearest
    if tense == "past" and past:
        chosen = past[-1]
    elif tense == "future" and future:
        chosen = future[0]
    if abs((chosen - reference).days) > HALF_YEAR >= abs((nearest - reference).days):
        return nearest
    return chosen


def nearest_month(month: int, reference: date, tense: str | None) -> date:
    """Like :func:`nearest_year` at month precision (the first of the month)."""
    this = date(reference.year, month, 1)
    start = date(reference.year, reference.month, 1)
    candidates = [date(reference.year - 1, month, 1), this, date(reference.year + 1, month, 1)]
    if tense == "past":
        return max(d for d in candidates if d <= start)
    if tense == "future":
        return min(d for d in candidates if d >= start)
    return min(candidates, key=lambda d: (abs((d - start).days), d > start))


def weekday_year(month: int, day: int, weekday: int, near: date, span: int = 7) -> date | None:
    """The year, nearest ``near``, in which day/month falls on ``weekday`` (1 = Monday)."""
    matches = [d for y in range(near.year - span, near.year + span + 1)
               if (d := safe_date(y, month, day)) is not None and d.isoweekday() == weekday]
    return min(matches, key=lambda d: abs((d - near).days)) if matches else None
