"""Could a learned filter tell the coder's false events from its true ones? (issue 19)

Every event the shipped pipeline codes on the development gold's tune splits becomes a row
of surface features (trigger words, type and mode, status, the sides' sectors, whether they
share a country, how precise the date is, the line, how many mentions, quotes around it)
labelled by whether it matches a gold event (type and sides, as precision counts it). A
logistic regression is trained on all tune splits but one and applied to the one left out,
for each in turn; the held-out events it keeps are scored as ``sukien eval events`` scores
them (precision of facts, primary recall with the date, secondary without), pooled over the
splits, for a few thresholds. Never reads the check split.

    PYTHONPATH=. python benchmarks/event_filter_cv.py [--corpus vntc.jsonl.gz] [--l2 3]

Thirteenth session (778543a): held out, a threshold of 0.25 took precision from 0.594 to
0.612 and primary recall from 0.497 to 0.478 (secondary 0.415 to 0.388); 0.40 gave 0.655
for 0.439: the filter buys precision with as much recall and was not shipped.
"""

from __future__ import annotations

import argparse
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from corpus import DEFAULT_VNTC

from sukien.evaluate.content import processed
from sukien.evaluate.events import _matches
from sukien.evaluate.gold import load_gold
from sukien.model import NOT_FACTS, Article, Event
from sukien.options import ProcessOptions

GOLD = Path(__file__).resolve().parent / "gold"
QUOTES = ('"', "“", "”")
THRESHOLDS = (0.0, 0.1, 0.2, 0.25, 0.3, 0.4)
NEWTON_STEPS = 30


@dataclass(frozen=True, slots=True)
class Coded:
    """An event the pipeline coded on a tune split: a fact or not, right or not."""

    split: str
    fact: bool
    right: bool
    features: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Wanted:
    """A gold event and the coded events (their indices) that find it."""

    split: str
    primary: bool
    found_by: tuple[int, ...]


def features(event: Event, article: Article) -> tuple[str, ...]:
    """What the filter may learn from: the event's surface, not its meaning."""
    kind, trigger = event.type, event.trigger.lower()
    actors = {a.country for a in event.actors}
    recipients = {a.country for a in event.recipients}
    shared = bool(actors & recipients)
    date = event.date
    text = article.text[event.evidence.start:event.evidence.end]
    found = [f"type={kind}", f"mode={kind}/{event.mode}", f"status={event.status.value}",
             f"trigger={trigger}", f"first={trigger.split()[0]}",
             f"recipients={min(len(event.recipients), 2)}",
             f"actors={min(len(event.actors), 2)}", f"shared={shared}",
             f"type_shared={kind}|{shared}", f"home={'VNM' in actors | recipients}",
             "date=" + ("none" if date is None else "noyear" if date.value.startswith("XXXX")
                        else str(len(date.value))),
             f"line={min(event.evidence.line, 8)}", f"mentions={min(len(event.mentions), 3)}",
             f"source={event.source is not None}", f"symmetric={event.symmetric}",
             f"quoted={any(q in text for q in QUOTES)}", f"length={min(len(text) // 80, 4)}"]
    for side, sectors in (("actor", event.actors), ("recipient", event.recipients)):
        for sector in sorted({a.sector or "-" for a in sectors}) or ["none"]:
            found += [f"{side}={sector}", f"{side}_type={kind}|{sector}"]
    return tuple(found)


def collect(corpus: Path) -> tuple[list[Coded], list[Wanted]]:
    """The coded and the gold events of every tune split, scored as precision and recall
    score them (``_matches``: type, sides and lines, and the date for primary events)."""
    coded: list[Coded] = []
    wanted: list[Wanted] = []
    for path in sorted(GOLD.glob("tune*.json")):
        for document, articles in processed(load_gold(path), ProcessOptions(), corpus):
            events = [(e, a) for a in articles for e in a.events]
            first = len(coded)
            coded += [Coded(path.stem, e.status not in NOT_FACTS,
                            any(_matches(g, e, False) for g in document.events),
                            features(e, a)) for e, a in events]
            wanted += [Wanted(path.stem, g.tier == "primary", tuple(
                first + i for i, (e, _) in enumerate(events)
                if _matches(g, e, g.tier == "primary"))) for g in document.events]
    return coded, wanted


def fit(rows: list[Coded], l2: float) -> tuple[dict[str, int], np.ndarray]:
    """Weights of a logistic regression over the features seen twice or more (Newton)."""
    counts = Counter(f for r in rows for f in r.features)
    vocabulary = {f: n for n, f in enumerate(f for f, c in counts.items() if c >= 2)}
    x = np.zeros((len(rows), len(vocabulary) + 1))
    x[:, -1] = 1.0
    for n, row in enumerate(rows):
        for f in row.features:
            if f in vocabulary:
                x[n, vocabulary[f]] = 1.0
    y = np.array([r.right for r in rows], dtype=float)
    penalty = l2 * np.eye(x.shape[1])
    penalty[-1, -1] = 0.0
    weights = np.zeros(x.shape[1])
    for _ in range(NEWTON_STEPS):
        p = 1.0 / (1.0 + np.exp(-x @ weights))
        gradient = x.T @ (p - y) + penalty @ weights
        hessian = (x * (p * (1.0 - p))[:, None]).T @ x + penalty + 1e-6 * np.eye(x.shape[1])
        weights -= np.linalg.solve(hessian, gradient)
    return vocabulary, weights


def probability(row: Coded, vocabulary: dict[str, int], weights: np.ndarray) -> float:
    """How likely the fitted filter finds the event right."""
    z = weights[-1] + sum(weights[vocabulary[f]] for f in row.features if f in vocabulary)
    return float(1.0 / (1.0 + np.exp(-z)))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--corpus", type=Path, default=DEFAULT_VNTC)
    parser.add_argument("--l2", type=float, default=3.0)
    args = parser.parse_args()
    coded, wanted = collect(args.corpus)
    totals = {t: Counter[str]() for t in THRESHOLDS}
    for split in sorted({r.split for r in coded}):
        vocabulary, weights = fit([r for r in coded if r.split != split], args.l2)
        held = {i: probability(r, vocabulary, weights)
                for i, r in enumerate(coded) if r.split == split}
        for threshold, total in totals.items():
            kept = {i for i, p in held.items() if p >= threshold}
            total["facts"] += sum(coded[i].fact for i in kept)
            total["right"] += sum(coded[i].fact and coded[i].right for i in kept)
            for w in wanted:
                if w.split == split:
                    tier = "primary" if w.primary else "secondary"
                    total[tier] += 1
                    total[f"{tier} found"] += any(i in kept for i in w.found_by)
    for threshold, total in totals.items():
        print(f"threshold {threshold:.2f}: {total['facts']} facts, precision "
              f"{_share(total['right'], total['facts'])}, primary recall "
              f"{_share(total['primary found'], total['primary'])}, secondary recall "
              f"{_share(total['secondary found'], total['secondary'])}")


def _share(part: int, whole: int) -> str:
    return f"{part / whole:.3f}" if whole else "-"


if __name__ == "__main__":
    main()
