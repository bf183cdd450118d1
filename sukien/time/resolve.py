"""Normalize a mention to an ISO 8601 value against a reference date.

Group names used by the rules of ``time_grammar.json``:
day, month, year, day2, month2, year2, month_word, weekday, week_shift, daypart,
deictic, deictic_daypart, anchored, hour, minute, second, minute_words, approx,
approx_inner, part, unit, shift, shift_word, year_shift, anchor_shift, number, number2,
direction, preposition, quarter, season, decade4, decade2, century, holiday, frequency,
ordinal, vague.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import date

from sukien.model import Precision, TimexKind
from sukien.time.calendar import (
    HALF_YEAR,
    PLACEHOLDER_YEAR,
    UNIT_PRECISION,
    Point,
    nearest_month,
    nearest_year,
    safe_date,
    shift,
    weekday_year,
)
from sukien.time.grammar import TimeGrammar, lexicon_key
from sukien.time.tagger import Mention

# How sure each reading is; the matching rule's own confidence (time_grammar.json) caps
# it, and the factors below multiply the reference's confidence. A date below 0.5 counts
# as of unknown year (eval published, eval events).

# a day or month of unknown year (XXXX): below the 0.5 that counts as a stated year
UNKNOWN_YEAR_CONFIDENCE = 0.3
# a reference day given outright (Reference.of: tests, benchmarks) is taken as sure
_GIVEN_REFERENCE = 1.0
# no value, or no reference to vouch for one
_UNRESOLVED = 0.0
# a year the text writes out ('4/12/2024', 'năm 2024') is almost never wrong
_EXPLICIT_YEAR = 0.95
# a clock time no day goes with (XXXX-XX-XXT15:00) fixes less than a day of unknown year
_CLOCK_WITHOUT_DAY = 0.2
# a day/month falls on one weekday once in 5-11 years: 'thứ Hai, 4/11' all but fixes the year
_WEEKDAY_YEAR = 0.9
# within half a year of the reference in the clause's tense: how news name days without a year
_NEAR_YEAR = 0.85
# more than half a year away: news name such days with their year (nearest_year), so shaky
_FAR_YEAR = 0.6
# 'cùng ngày', 'hôm sau' follow the last day named: the likeliest antecedent, not a sure one
_LAST_DAY = 0.85
# 'cùng ngày' with no day named before it: the reference stands in for that day
_NO_LAST_DAY = 0.8
# 'thứ Hai tuần trước': the week is named, so the day follows from the reference
_WEEKDAY_OF_WEEK = 0.85
# a bare weekday: the nearest in the clause's tense, a guess at which week is meant
_WEEKDAY_NEAREST = 0.75
# a month without a year: the nearest such month in the tense, as sure as for a day/month
_NEAR_MONTH = 0.85
# 'năm ngoái', 'tháng trước': the reference moved by the units named, surer than a nearest guess
_REFERENCE_SHIFT = 0.9
# a decade may lack its century ('những năm 90' is put in the 1900s): a notch below a year
_EXPLICIT_DECADE = 0.9
# 'Tết 2024': the year is stated, but the lunar holiday's day is not worked out
_LUNAR_HOLIDAY_YEAR = 0.7
# 'tháng đó': counted from the last day named (else the reference), maybe not the day meant
_ANCHORED_UNIT = 0.7
# an offset that cannot be placed ('vài ngày sau') is kept as the stretch it names
_OFFSET_AS_DURATION = 0.6
# 'hai ngày sau đó' with no day before it: the stretch is kept, not the day the text means
_NO_ORIGIN = 0.5
# 'hai năm qua': the stretch from the reference to the day counted, as sure as a duration
_REFERENCE_RANGE = 0.8
# 'cách đây 5 tháng': a day counted from its origin, approximate (mod APPROX)
_COUNTED_OFFSET = 0.75
# 'hai năm', 'mỗi 3 tháng': count and unit as written, nothing to resolve
_DURATION = 0.8
# 'vài tháng': the unit only, the count left X
_VAGUE_DURATION = 0.6
# 'hằng năm': a fixed word for a fixed period
_FREQUENCY = 0.9
# 'ngày thứ 10 của …': counted from an origin the text does not give, so no value
_ORDINAL = 0.5
# 'gần đây', 'hiện nay': only which side of now (PAST_REF, PRESENT_REF, FUTURE_REF)
_VAGUE_REF = 0.6
# two-digit years ('98', '24') are read in 1970-2069, the century around today's news
_TWO_DIGIT_PIVOT = 70

_CLOCK_UNIT = {"S": "S", "MIN": "M", "H": "H"}
# precisions whose value needs the year: nothing to give on a page of unknown year
_YEAR_BOUND = (Precision.YEAR, Precision.DECADE, Precision.QUARTER)
_CLOCK_PRECISIONS = (Precision.SECOND, Precision.MINUTE, Precision.HOUR)


@dataclass(frozen=True, slots=True)
class Reference:
    """The day that deictic and year-less expressions are resolved against."""

    point: Point
    confidence: float = _GIVEN_REFERENCE

    @classmethod
    def of(cls, day: date, confidence: float = _GIVEN_REFERENCE) -> Reference:
        return cls(Point(day, True), confidence)


@dataclass(frozen=True, slots=True)
class Resolved:
    kind: TimexKind
    value: str | None
    precision: Precision
    confidence: float
    how: str
    mod: str | None = None
    point: Point | None = None


def resolve_all(mentions: Sequence[Mention], reference: Reference | None,
                grammar: TimeGrammar) -> Iterator[tuple[Mention, Resolved]]:
    """Resolve in reading order; 'cùng ngày', 'hôm sau', 'năm đó' follow the last day named."""
    resolver = _Resolver(grammar, reference)
    for mention in mentions:
        resolved = resolver.resolve(mention)
        if resolved.point is not None:
            resolver.last = resolved.point
        yield mention, resolved


class _Resolver:
    def __init__(self, grammar: TimeGrammar, reference: Reference | None) -> None:
        self.grammar = grammar
        self.reference = reference
        self.last: Point | None = None

    # -- dispatch -------------------------------------------------------------------------

    def resolve(self, m: Mention) -> Resolved:
        handler = getattr(self, f"_{m.rule.kind}")
        resolved: Resolved = handler(m)
        # built field by field: ``dataclasses.replace`` looks the fields up on every call
        return Resolved(resolved.kind, resolved.value, resolved.precision,
                        round(min(resolved.confidence, m.rule.confidence), 3),
                        f"{m.rule.name}:{resolved.how}", resolved.mod or self._approx(m),
                        resolved.point)

    # -- points ---------------------------------------------------------------------------

    def _date(self, m: Mention) -> Resolved:
        point, how, confidence = self._day_of(m)
        clock = self._clock(m)
        if point is None:
            if clock is None:
                return Resolved(TimexKind.DATE, None, Precision.DAY, _UNRESOLVED, how)
            return Resolved(TimexKind.TIME, f"XXXX-XX-XX{clock[0]}", clock[1], _CLOCK_WITHOUT_DAY,
                            how)
        if clock is None:
            return Resolved(TimexKind.DATE, point.iso(), Precision.DAY, confidence, how,
                            point=point)
        return Resolved(TimexKind.TIME, point.iso() + clock[0], clock[1], confidence, how,
                        point=point)

    def _day_of(self, m: Mention) -> tuple[Point | None, str, float]:
        day, month = m.group("day"), m.group("month")
        if day is not None and month is not None:
            return self._day_month(int(day), int(month), m.group("year"), m.group("weekday"),
                                   m.tense)
        if (word := m.group("deictic_daypart")) is not None:
            offset = self.grammar.lookup("deictic_daypart", word)
            assert isinstance(offset, list)
            return self._from_reference(int(offset[0]), "deictic")
        if (word := m.group("deictic")) is not None:
            return self._from_reference(int(self._number_value("deictic_day", word)), "deictic")
        if (word := m.group("anchored")) is not None:
            return self._from_last(int(self._number_value("anchored_day", word)))
        if (word := m.group("weekday")) is not None:
            return self._weekday(int(self._number_value("weekday", word)), m)
        return self._from_last(0)

    def _day_month(self, day: int, month: int, year: str | None, weekday: str | None,
                   tense: str | None) -> tuple[Point | None, str, float]:
        if year is not None:
            found = safe_date(_full_year(year), month, day)
            return ((Point(found), "explicit_year", _EXPLICIT_YEAR) if found
                    else (None, "invalid_date", _UNRESOLVED))
        if safe_date(PLACEHOLDER_YEAR, month, day) is None:
            return None, "invalid_date", _UNRESOLVED
        ref = self.reference
        if weekday is not None and ref is not None:
            number = int(self._number_value("weekday", weekday))
            found = weekday_year(month, day, number, ref.point.day)
            if found is not None and ref.point.year_known:
                return Point(found), "weekday_year", _WEEKDAY_YEAR * ref.confidence
        if ref is None or not ref.point.year_known:
            return (Point(date(PLACEHOLDER_YEAR, month, day), False), "year_unknown",
                    UNKNOWN_YEAR_CONFIDENCE)
        found = nearest_year(month, day, ref.point.day, tense)
        if found is None:
            return None, "invalid_date", _UNRESOLVED
        far = abs((found - ref.point.day).days) > HALF_YEAR
        confidence = (_FAR_YEAR if far else _NEAR_YEAR) * ref.confidence
        return Point(found), f"year_{tense or 'nearest'}", confidence

    def _from_reference(self, days: int, how: str) -> tuple[Point | None, str, float]:
        if self.reference is None:
            return None, "no_reference", _UNRESOLVED
        ref = self.reference
        confidence = ref.confidence if ref.point.year_known else UNKNOWN_YEAR_CONFIDENCE
        return ref.point.shifted("D", days), f"{how}{days:+d}d", confidence

    def _from_last(self, days: int) -> tuple[Point | None, str, float]:
        if self.last is None:
            point, how, confidence = self._from_reference(days, "reference")
            return point, how, confidence * _NO_LAST_DAY
        confidence = _LAST_DAY if self.last.year_known else UNKNOWN_YEAR_CONFIDENCE
        return self.last.shifted("D", days), f"last_day{days:+d}d", confidence

    def _weekday(self, weekday: int, m: Mention) -> tuple[Point | None, str, float]:
        ref = self.reference
        if ref is None:
            return None, "no_reference", _UNRESOLVED
        base = ref.point.day
        week_shift = lexicon_key(m.group("week_shift") or "")
        if week_shift in ("tuần trước",):
            base = shift(base, "W", -1)
        elif week_shift in ("tuần tới", "tuần sau"):
            base = shift(base, "W", 1)
        if week_shift.startswith("tuần"):
            day = shift(base, "D", weekday - base.isoweekday())
            return (Point(day, ref.point.year_known), "weekday_of_week",
                    _WEEKDAY_OF_WEEK * ref.confidence)
        delta = weekday - base.isoweekday()
        if m.tense == "future" or week_shift == "tới":
            delta = delta if delta > 0 else delta + 7
        else:
            delta = delta if delta <= 0 else delta - 7
        return (Point(shift(base, "D", delta), ref.point.year_known), "weekday_nearest",
                _WEEKDAY_NEAREST * ref.confidence)

    def _clock(self, m: Mention) -> tuple[str, Precision] | None:
        hour = m.group("hour")
        if hour is not None:
            minute = m.group("minute") or m.group("minute_words")
            second = m.group("second")
            if second is not None and minute is not None:
                return f"T{int(hour):02d}:{int(minute):02d}:{int(second):02d}", Precision.SECOND
            if minute is not None:
                return f"T{int(hour):02d}:{int(minute):02d}", Precision.MINUTE
            return f"T{int(hour):02d}:00", Precision.HOUR
        word = m.group("daypart")
        if word is None and (deictic := m.group("deictic_daypart")) is not None:
            value = self.grammar.lookup("deictic_daypart", deictic)
            assert isinstance(value, list)
            return f"T{value[1]}", Precision.DAYPART
        if word is not None:
            return f"T{self.grammar.lookup('daypart', word)}", Precision.DAYPART
        return None

    # -- stretches of the calendar -----------------------------------------------------

    def _date_range(self, m: Mention) -> Resolved:
        month2 = int(m.group("month2") or 0)
        end, how, confidence = self._day_month(int(m.group("day2") or 0), month2,
                                               m.group("year2"), None, m.tense)
        if end is None:
            return Resolved(TimexKind.RANGE, None, Precision.DAY, _UNRESOLVED, how)
        month = int(m.group("month") or month2)
        year = m.group("year")
        if year is not None:
            start_day = safe_date(_full_year(year), month, int(m.group("day") or 0))
        else:
            start_day = safe_date(end.day.year, month, int(m.group("day") or 0))
            if start_day is not None and start_day > end.day:
                start_day = safe_date(end.day.year - 1, month, start_day.day)
        if start_day is None:
            return Resolved(TimexKind.RANGE, None, Precision.DAY, _UNRESOLVED, "invalid_date")
        start = Point(start_day, end.year_known)
        return Resolved(TimexKind.RANGE, f"{start.iso()}/{end.iso()}", Precision.DAY, confidence,
                        how, point=start)

    def _year_range(self, m: Mention) -> Resolved:
        first, second = int(m.group("year") or 0), int(m.group("year2") or 0)
        if second < first:
            return Resolved(TimexKind.RANGE, None, Precision.YEAR, _UNRESOLVED, "reversed_years")
        return Resolved(TimexKind.RANGE, f"{first:04d}/{second:04d}", Precision.YEAR,
                        _EXPLICIT_YEAR, "explicit_year")

    def _month(self, m: Mention) -> Resolved:
        word = m.group("month_word")
        month = int(self._number_value("month_word", word)) if word else int(m.group("month") or 0)
        mod = self._part(m)
        year = self._year_of(m)
        ref = self.reference
        if year is not None:
            point, confidence, how = Point(date(year[0], month, 1)), year[1], year[2]
        elif ref is None or not ref.point.year_known:
            point, how = Point(date(PLACEHOLDER_YEAR, month, 1), False), "year_unknown"
            confidence = UNKNOWN_YEAR_CONFIDENCE
        else:
            tense = _shift_tense(self._shift(m.group("shift_word")), m.tense)
            found = nearest_month(month, ref.point.day, tense)
            point, confidence = Point(found), _NEAR_MONTH * ref.confidence
            how = f"year_{tense or 'nearest'}"
        return Resolved(TimexKind.DATE, point.iso(Precision.MONTH), Precision.MONTH, confidence,
                        how, mod)

    def _quarter(self, m: Mention) -> Resolved:
        quarter = int(self._number_value("quarter", m.group("quarter") or ""))
        year = self._year_of(m)
        if year is None:
            return Resolved(TimexKind.DATE, f"XXXX-Q{quarter}", Precision.QUARTER,
                            UNKNOWN_YEAR_CONFIDENCE, "year_unknown")
        return Resolved(TimexKind.DATE, f"{year[0]:04d}-Q{quarter}", Precision.QUARTER, year[1],
                        year[2])

    def _season(self, m: Mention) -> Resolved:
        code = self.grammar.lookup("season", m.group("season") or "")
        year = self._year_of(m)
        if year is None:
            return Resolved(TimexKind.DATE, f"XXXX-{code}", Precision.SEASON,
                            UNKNOWN_YEAR_CONFIDENCE, "year_unknown")
        return Resolved(TimexKind.DATE, f"{year[0]:04d}-{code}", Precision.SEASON, year[1],
                        year[2])

    def _year_of(self, m: Mention) -> tuple[int, float, str] | None:
        """An explicit year, else the reference's year moved by 'năm nay/ngoái/tới…'."""
        if (year := m.group("year")) is not None:
            return int(year), _EXPLICIT_YEAR, "explicit_year"
        ref = self.reference
        shift_word = m.group("year_shift")
        if ref is None or not ref.point.year_known or shift_word is None:
            return None
        offset = self._shift(shift_word)
        return (ref.point.day.year + offset, _REFERENCE_SHIFT * ref.confidence,
                f"reference_year{offset:+d}")

    def _shift(self, word: str | None) -> int:
        return int(self._number_value("unit_shift", word)) if word else 0

    def _decade(self, m: Mention) -> Resolved:
        if (full := m.group("decade4")) is not None:
            decade = int(full) // 10
        else:
            century = (m.group("century") or "").upper()
            base = {"21": 200, "XXI": 200, "19": 180, "XIX": 180}.get(century, 190)
            decade = base + int(m.group("decade2") or 0) // 10
        return Resolved(TimexKind.DATE, f"{decade:03d}", Precision.DECADE, _EXPLICIT_DECADE,
                        "explicit_decade", self._part(m))

    def _year(self, m: Mention) -> Resolved:
        year = int(m.group("year") or 0)
        return Resolved(TimexKind.DATE, f"{year:04d}", Precision.YEAR, _EXPLICIT_YEAR,
                        "explicit_year", self._part(m))

    def _holiday(self, m: Mention) -> Resolved:
        month_day = str(self.grammar.lookup("holiday", m.group("holiday") or ""))
        year = m.group("year")
        if not month_day:
            if year is not None:
                return Resolved(TimexKind.DATE, year, Precision.YEAR, _LUNAR_HOLIDAY_YEAR,
                                "lunar_holiday_year")
            return Resolved(TimexKind.DATE, None, Precision.DAY, _UNRESOLVED, "lunar_holiday")
        month, day = (int(x) for x in month_day.split("-"))
        point, how, confidence = self._day_month(day, month, year, None, m.tense)
        return Resolved(TimexKind.DATE, point.iso() if point else None, Precision.DAY, confidence,
                        how, point=point)

    def _relative_unit(self, m: Mention) -> Resolved:
        unit = str(self.grammar.lookup("calendar_unit", m.group("unit") or ""))
        offset = int(self._number_value("unit_shift", m.group("shift") or ""))
        precision = UNIT_PRECISION[unit]
        if self.reference is None:
            return Resolved(TimexKind.DATE, None, precision, _UNRESOLVED, "no_reference")
        ref = self.reference
        target = ref.point.shifted(unit, offset)
        if precision in _YEAR_BOUND and not ref.point.year_known:
            return Resolved(TimexKind.DATE, None, precision, _UNRESOLVED, "year_unknown")
        value = target.iso(precision)
        mod = self._part(m)
        if unit == "W" and mod == "END" and ref.point.year_known:
            value, mod = value + "-WE", None
        confidence = ref.confidence if ref.point.year_known else UNKNOWN_YEAR_CONFIDENCE
        return Resolved(TimexKind.DATE, value, precision, _REFERENCE_SHIFT * confidence,
                        f"reference{offset:+d}{unit}", mod)

    def _anchored_unit(self, m: Mention) -> Resolved:
        unit = str(self.grammar.lookup("calendar_unit", m.group("unit") or ""))
        offset = int(self._number_value("unit_anchor", m.group("anchor_shift") or ""))
        precision = UNIT_PRECISION[unit]
        anchor = self.last or (self.reference.point if self.reference else None)
        if anchor is None or (precision is not Precision.WEEK and not anchor.year_known
                              and precision in _YEAR_BOUND):
            return Resolved(TimexKind.DATE, None, precision, _UNRESOLVED, "no_anchor")
        target = anchor.shifted(unit, offset)
        return Resolved(TimexKind.DATE, target.iso(precision), precision, _ANCHORED_UNIT,
                        f"last{offset:+d}{unit}", self._part(m))

    # -- durations, offsets, sets, the rest --------------------------------------------

    def _offset(self, m: Mention) -> Resolved:
        """'cách đây 5 tháng', '90 ngày nữa', 'hai năm sau', '50 ngày tới', 'hai năm qua'.

        The direction lexicon says what the count is measured from (the reference
        or the last day named) and whether it names a point or the stretch to it.
        """
        unit = str(self.grammar.lookup("unit", m.group("unit") or ""))
        amount = self._amount(m.group("number"))
        word = m.group("direction")
        if m.rule.name == "offset_ago":
            direction = "reference-"
        elif word is not None:
            direction = str(self.grammar.lookup("direction", word))
        elif lexicon_key(m.group("preposition") or "") == "sau":
            direction = "last+"
        else:
            return self._duration(m)
        precision = UNIT_PRECISION[unit]
        duration = _duration_value(amount, unit)
        if amount is None or (precision in _CLOCK_PRECISIONS
                              and not direction.startswith("reference")):
            return Resolved(TimexKind.DURATION, duration, precision, _OFFSET_AS_DURATION,
                            "vague_offset")
        origin, sign = direction[:-1], (1 if direction.endswith("+") else -1)
        count = sign * int(amount)
        if origin == "range":
            if self.reference is None:
                return Resolved(TimexKind.DURATION, duration, precision, _OFFSET_AS_DURATION,
                                "no_reference")
            ref = self.reference.point
            first, second = sorted((ref, ref.shifted(unit, count)), key=lambda p: p.day)
            return Resolved(TimexKind.RANGE, f"{first.iso()}/{second.iso()}", Precision.DAY,
                            _REFERENCE_RANGE * self._ref_confidence(),
                            f"reference_range{count:+d}{unit}")
        reference = self.reference.point if self.reference else None
        anchor = self.last if origin == "last" else reference
        if anchor is None:
            return Resolved(TimexKind.DURATION, duration, precision, _NO_ORIGIN, f"no_{origin}")
        if not anchor.year_known and (precision in _YEAR_BOUND or precision is Precision.CENTURY):
            return Resolved(TimexKind.DATE, None, precision, _UNRESOLVED, "year_unknown")
        shown = precision if precision not in _CLOCK_PRECISIONS else Precision.DAY
        return Resolved(TimexKind.DATE, anchor.shifted(unit, count).iso(shown), shown,
                        _COUNTED_OFFSET * self._ref_confidence(), f"{origin}{count:+d}{unit}",
                        "APPROX")

    def _duration(self, m: Mention) -> Resolved:
        unit = str(self.grammar.lookup("unit", m.group("unit") or ""))
        amount = self._amount(m.group("number"))
        return Resolved(TimexKind.DURATION, _duration_value(amount, unit), UNIT_PRECISION[unit],
                        _DURATION if amount is not None else _VAGUE_DURATION, "duration")

    def _set(self, m: Mention) -> Resolved:
        if (word := m.group("frequency")) is not None:
            value = str(self.grammar.lookup("frequency", word))
            return Resolved(TimexKind.SET, value, UNIT_PRECISION[value[-1]], _FREQUENCY,
                            "frequency")
        unit = str(self.grammar.lookup("unit", m.group("unit") or ""))
        return Resolved(TimexKind.SET, _duration_value(self._amount(m.group("number")), unit),
                        UNIT_PRECISION[unit], _DURATION, "every")

    def _ordinal(self, m: Mention) -> Resolved:
        return Resolved(TimexKind.ORDINAL, None, Precision.DAY, _ORDINAL,
                        "count_from_unstated_origin")

    def _ref(self, m: Mention) -> Resolved:
        value = str(self.grammar.lookup("vague_ref", m.group("vague") or ""))
        return Resolved(TimexKind.REF, value, Precision.UNKNOWN, _VAGUE_REF, "vague")

    # -- helpers -----------------------------------------------------------------------

    def _ref_confidence(self) -> float:
        ref = self.reference
        if ref is None:
            return _UNRESOLVED
        return ref.confidence if ref.point.year_known else UNKNOWN_YEAR_CONFIDENCE

    def _number_value(self, lexicon: str, text: str) -> float:
        value = self.grammar.lookup(lexicon, text)
        if not isinstance(value, int | float):
            raise ValueError(f"{lexicon}: {text!r} has no number")
        return value

    def _amount(self, text: str | None) -> float | None:
        if text is None:
            return None
        if text[0].isdigit():
            return float(text.replace(",", "."))
        value = self.grammar.lookup("number_word", text)
        return float(value) if isinstance(value, int | float) else None

    def _part(self, m: Mention) -> str | None:
        word = m.group("part")
        return str(self.grammar.lookup("part", word)) if word else None

    def _approx(self, m: Mention) -> str | None:
        word = m.group("approx") or m.group("approx_inner")
        return str(self.grammar.lookup("approx", word)) if word else None


def _shift_tense(shift: int, tense: str | None) -> str | None:
    """'tháng 4 vừa qua' is past and 'tháng 5 tới' future whatever the clause says."""
    if shift < 0:
        return "past"
    if shift > 0:
        return "future"
    return tense


def _full_year(text: str) -> int:
    year = int(text)
    if len(text) == 2:
        return 2000 + year if year < _TWO_DIGIT_PIVOT else 1900 + year
    return year


def _duration_value(amount: float | None, unit: str) -> str:
    size = "X" if amount is None else (f"{amount:g}" if amount % 1 else f"{int(amount)}")
    if unit in ("S", "MIN", "H"):
        return f"PT{size}{_CLOCK_UNIT[unit]}"
    return f"P{size}{unit}"
