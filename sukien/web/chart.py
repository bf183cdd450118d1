"""The chart of events over time, laid out on the server as numbers an SVG template draws.

The chart must stay readable whatever the range a query selects: a week of news or a
corpus whose dates reach back to 1849. Its width is fixed; months are grouped into
quarters, years or spans of years when there are more of them than bars fit; the y axis
gets a few round ticks; the x axis labels every bin only when the labels fit, else every
k-th. What is laid out here is counted in SQL (events per month and quad class).
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass

QUADS = (1, 2, 3, 4)
# bins a chart draws at most: a month each up to ten years, then coarser
MAX_BINS = 120
# year spans a bin may cover when a year each is still too many
_YEAR_STEPS = (1, 2, 5, 10, 20, 50, 100, 200, 500, 1000)


@dataclass(frozen=True, slots=True)
class Bin:
    """Events of one period by quad class (1-4)."""

    label: str
    counts: tuple[int, ...]

    @property
    def total(self) -> int:
        return sum(self.counts)


@dataclass(frozen=True, slots=True)
class Segment:
    """One quad class of one bar, in SVG units."""

    x: float
    y: float
    width: float
    height: float
    quad: int
    count: int
    label: str


@dataclass(frozen=True, slots=True)
class Tick:
    position: float
    label: str


@dataclass(frozen=True, slots=True)
class ChartLayout:
    """What the template draws: the box, the bars' segments and the labelled ticks."""

    width: int
    height: int
    left: int
    top: int
    bottom: float
    unit: str
    bins: int
    segments: tuple[Segment, ...]
    y_ticks: tuple[Tick, ...]
    x_ticks: tuple[Tick, ...]


def month_index(month: str) -> int:
    """Months since year 0 of a 'YYYY-MM' label."""
    return int(month[:4]) * 12 + int(month[5:7]) - 1


def bins_of(counts: Iterable[tuple[str, int, int]], max_bins: int = MAX_BINS
            ) -> tuple[str, list[Bin]]:
    """The bins of (YYYY-MM, quad class, events) rows and their unit: every month from the
    first to the last when they fit in ``max_bins`` (quiet months are gaps, not left
    out), else quarters, else spans of 1, 2, 5, 10... years."""
    by_month: Counter[tuple[int, int]] = Counter()
    for month, quad, n in counts:
        by_month[(month_index(month), quad)] += n
    if not by_month:
        return "month", []
    first = min(m for m, _ in by_month)
    last = max(m for m, _ in by_month)
    span = last - first + 1
    if span <= max_bins:
        return "month", _binned(by_month, 1, first, last, _month_label)
    if -(-span // 3) <= max_bins:
        return "quarter", _binned(by_month, 3, first, last, _quarter_label)
    years = next((y for y in _YEAR_STEPS if (last // 12) // y - (first // 12) // y < max_bins),
                 _YEAR_STEPS[-1])
    unit = "year" if years == 1 else f"{years} years"
    return unit, _binned(by_month, 12 * years, first, last,
                         lambda start: _years_label(start, years))


def _binned(by_month: Mapping[tuple[int, int], int], months: int, first: int, last: int,
            label: Callable[[int], str]) -> list[Bin]:
    start = first - first % months
    bins = []
    while start <= last:
        counts = tuple(sum(by_month.get((m, quad), 0) for m in range(start, start + months))
                       for quad in QUADS)
        bins.append(Bin(label(start), counts))
        start += months
    return bins


def _month_label(index: int) -> str:
    return f"{index // 12:04d}-{index % 12 + 1:02d}"


def _quarter_label(index: int) -> str:
    return f"{index // 12:04d}-Q{index % 12 // 3 + 1}"


def _years_label(index: int, years: int) -> str:
    year = index // 12
    return f"{year:04d}" if years == 1 else f"{year:04d}–{year + years - 1:04d}"


def nice_ticks(peak: int, wanted: int = 5) -> list[int]:
    """Round y values from 0 to at least ``peak``, about ``wanted`` of them, a step of
    1, 2 or 5 times a power of ten (never below 1: counts are whole)."""
    if peak <= 0:
        return [0, 1]
    raw = peak / wanted
    power = 10 ** math.floor(math.log10(raw))
    step = max(1, next(m * power for m in (1, 2, 5, 10) if m * power >= raw))
    top = -(-peak // step) * step
    return list(range(0, int(top) + 1, int(step)))


def chart_layout(unit: str, bins: Sequence[Bin], width: int = 960, height: int = 280,
                 label_width: int = 64) -> ChartLayout:
    """Stacked bars of ``bins`` in a box of ``width`` by ``height`` SVG units, whatever
    their number; the x axis labels every k-th bin, ``label_width`` units apart at least."""
    left, top, right, below = 48, 12, 12, 36
    plot_width, plot_height = width - left - right, height - top - below
    bottom = top + plot_height
    ticks = nice_ticks(max((b.total for b in bins), default=0))
    scale = plot_height / ticks[-1]
    slot = plot_width / max(1, len(bins))
    gap = min(4.0, slot * 0.2)
    segments = []
    for i, one in enumerate(bins):
        y = float(bottom)
        for quad, count in zip(QUADS, one.counts, strict=True):
            if count:
                h = count * scale
                y -= h
                segments.append(Segment(round(left + i * slot + gap / 2, 2), round(y, 2),
                                        round(slot - gap, 2), round(h, 2), quad, count,
                                        one.label))
    every = max(1, math.ceil(label_width / slot))
    # a span of years is labelled by its first year: the bar's title gives the span
    x_ticks = tuple(Tick(round(left + (i + 0.5) * slot, 2), one.label.split("–")[0])
                    for i, one in enumerate(bins) if i % every == 0)
    y_ticks = tuple(Tick(round(bottom - t * scale, 2), str(t)) for t in ticks)
    return ChartLayout(width, height, left, top, bottom, unit, len(bins), tuple(segments),
                       y_ticks, x_ticks)
