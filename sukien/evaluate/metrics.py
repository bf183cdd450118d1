"""Figures shared by the scores."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass


def f1(precision: float, recall: float) -> float:
    return 2 * precision * recall / (precision + recall) if precision + recall else 0.0


@dataclass(frozen=True, slots=True)
class Share:
    """How many of some checks hold: a recall, with its counts."""

    hits: int
    total: int

    @property
    def rate(self) -> float:
        return self.hits / self.total if self.total else 0.0

    def __str__(self) -> str:
        return f"{self.rate:.3f} ({self.hits}/{self.total})"


def share_of(flags: Iterable[bool]) -> Share:
    values = list(flags)
    return Share(sum(values), len(values))
