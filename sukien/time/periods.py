"""The calendar days a date value covers: its first and last day.

A date value (``sukien.time.calendar.Point.iso``) fixes a day, or only a week, month,
quarter, season, year, decade or century. Tables want real dates, so a value becomes the
period it names: ``2005`` is 2005-01-01 to 2005-12-31, ``2006-Q1`` 2006-01-01 to
2006-03-31, ``2006-W12`` the Monday to Sunday of ISO week 12. A value whose year is not
known (``XXXX-12-07``, ``XXXX-SU``) names no period of the calendar: it has none.
"""

from __future__ import annotations

import calendar
import re
from datetime import date, timedelta

# meteorological seasons of the northern hemisphere: (first month, months); winter runs
# from December of the year into February of the next
_SEASONS = {"SP": (3, 3), "SU": (6, 3), "FA": (9, 3), "WI": (12, 3)}

_DAY = re.compile(r"(\d{4})-(\d{2})-(\d{2})(?:T.*)?")
_MONTH = re.compile(r"(\d{4})-(\d{2})")
_QUARTER = re.compile(r"(\d{4})-Q([1-4])")
_WEEK = re.compile(r"(\d{4})-W(\d{2})")
_SEASON = re.compile(r"(\d{4})-(SP|SU|FA|WI)")
_YEAR = re.compile(r"\d{4}")
_DECADE = re.compile(r"\d{3}")
_CENTURY = re.compile(r"\d{2}")


def period_range(value: str) -> tuple[date, date] | None:
    """First and last day of the period a date value names; None when it names no period
    of the calendar (an unknown year, a vague reference, a day that does not exist)."""
    try:
        return _range(value)
    except ValueError:  # a day, week or year outside the calendar: 2005-02-30, 2005-W60
        return None


def _range(value: str) -> tuple[date, date] | None:
    if m := _DAY.fullmatch(value):
        day = date(int(m[1]), int(m[2]), int(m[3]))
        return day, day
    if m := _MONTH.fullmatch(value):
        return _months(int(m[1]), int(m[2]), 1)
    if m := _QUARTER.fullmatch(value):
        return _months(int(m[1]), 3 * int(m[2]) - 2, 3)
    if m := _SEASON.fullmatch(value):
        first, count = _SEASONS[m[2]]
        return _months(int(m[1]), first, count)
    if m := _WEEK.fullmatch(value):
        monday = date.fromisocalendar(int(m[1]), int(m[2]), 1)
        return monday, monday + timedelta(days=6)
    for pattern, years in ((_YEAR, 1), (_DECADE, 10), (_CENTURY, 100)):
        if pattern.fullmatch(value):
            first_year = int(value) * years
            return date(first_year, 1, 1), date(first_year + years - 1, 12, 31)
    return None


def _months(year: int, month: int, count: int) -> tuple[date, date]:
    """From the first day of ``month`` of ``year`` to the last of the ``count``-th month."""
    last_year, last_month = divmod(month - 1 + count - 1, 12)
    last_year, last_month = year + last_year, last_month + 1
    return (date(year, month, 1),
            date(last_year, last_month, calendar.monthrange(last_year, last_month)[1]))
