"""Figures shared by the scores."""

from __future__ import annotations


def f1(precision: float, recall: float) -> float:
    return 2 * precision * recall / (precision + recall) if precision + recall else 0.0
