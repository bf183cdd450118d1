"""Where BKEE's mention-level event errors come from, per type, in aggregate.

    PYTHONPATH=. python benchmarks/bkee_errors.py [--bkee PATH] [--split train|dev]
        [--words N]

Runs the shipped pipeline on every document of a split, as ``sukien eval events --bkee``
does, and sorts each missed gold mention (line, mapped PLOVER type) by its first cause:

- ``no trigger``: the lexicon finds no trigger of the type on the line (the BKEE trigger
  word is counted, so a person can review the most frequent ones: on TRAIN only);
- ``guarded``: a trigger of the type is in the lexicon's index on the line but the
  coder's guards or blocked phrases remove it;
- ``no actor``: a trigger of the type is found, but the line has no coded actor (with a
  country) at all: the shipped pipeline codes no event without one;
- ``no event``: a trigger and an actor, but no event of the type (no recipient for a
  dyadic trigger, a noun event with no target, the actor in another clause, a generic
  'các cuộc …'), counted by the trigger's kind;
- ``other type``: an event was coded on the line, of another mapped type.

False mentions are split by whether BKEE annotated anything on their line (it annotates
about a third of its sentences: a coded event on an unannotated line may be right) and
counted by trigger word. BKEE is CC BY-NC 4.0: this prints counts and trigger words only.
"""

from __future__ import annotations

import argparse
from collections import Counter, defaultdict
from pathlib import Path

from sukien.clean import NO_REPEATED_LINES
from sukien.evaluate.bkee import load_bkee
from sukien.evaluate.events import plover_type_of, scored_against_bkee
from sukien.events import load_event_lexicon
from sukien.events.coder import EventCoder
from sukien.model import Container, Page, PageKind, Rejected
from sukien.options import ProcessOptions
from sukien.processing import worker_pipeline
from sukien.text import words

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_BKEE = ROOT.parent / "shared" / "data" / "bkee" / "bkee-train-dev.tar.gz"
CAUSES = ("no trigger", "guarded", "no actor", "no event", "other type")


def _lines(text: str) -> list[tuple[int, int]]:
    """(start, end) of every line, numbered from 1 by position."""
    spans, start = [], 0
    for line in text.split("\n"):
        spans.append((start, start + len(line)))
        start += len(line) + 1
    return spans


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--bkee", type=Path, default=DEFAULT_BKEE)
    parser.add_argument("--split", default="train")
    parser.add_argument("--words", type=int, default=40, help="trigger words listed per type")
    args = parser.parse_args()
    pipeline = worker_pipeline(ProcessOptions(), NO_REPEATED_LINES)
    lexicon = load_event_lexicon()
    coder = EventCoder(lexicon)
    tp: Counter[str] = Counter()
    fp: Counter[str] = Counter()
    fp_annotated: Counter[str] = Counter()
    fn: Counter[tuple[str, str]] = Counter()
    missed_words: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)
    false_words: dict[tuple[str, bool], Counter[str]] = defaultdict(Counter)
    gold_total: Counter[str] = Counter()
    no_event: Counter[tuple[str, str]] = Counter()
    actorless: Counter[str] = Counter()
    for document in load_bkee(args.bkee, args.split):
        text = document.text
        spans = _lines(text)
        result = pipeline.process(Page("bkee", document.name, PageKind.TEXT, Container.TXT,
                                       text, "utf-8", len(text.encode("utf-8"))))
        articles = [] if isinstance(result, Rejected) else list(result.articles)
        found: dict[tuple[int, str], str] = {}
        for article in articles:
            for event in article.events:
                if scored_against_bkee(event):
                    for mention in event.mentions:
                        found.setdefault((mention.line, event.type), event.trigger or "")
        actor_lines = {m.line for a in articles for m in a.actors
                       if m.country is not None and m.line is not None}
        annotated_lines = {text.count("\n", 0, start) + 1 for start in document.annotated}
        gold: dict[tuple[int, str], str] = {}
        for annotation in document.events:
            kind = plover_type_of(annotation)
            if kind is not None:
                gold.setdefault((text.count("\n", 0, annotation.start) + 1, kind),
                                document.trigger_words(annotation).lower())
        for (line, kind), trigger in gold.items():
            gold_total[kind] += 1
            if line not in actor_lines:
                actorless[kind] += 1
            if (line, kind) in found:
                tp[kind] += 1
                continue
            first, last = spans[line - 1]
            tokens = words(text[first:last])
            triggers = [f.trigger for f in coder.triggers(tokens) if f.trigger.type == kind]
            indexed = {t.type for at in range(len(tokens.keys))
                       for _, t in lexicon.triggers.matches_at(tokens.keys, at)}
            if kind not in indexed:
                cause = "no trigger"
            elif not triggers:
                cause = "guarded"
            elif line not in actor_lines:
                cause = "no actor"
            elif any(other_line == line for other_line, _ in found):
                cause = "other type"
            else:
                cause = "no event"
                no_event[(kind, "dyadic" if all(t.dyadic for t in triggers) else
                          "noun" if all(t.nominal for t in triggers) else "other")] += 1
            fn[(kind, cause)] += 1
            missed_words[(kind, cause)][trigger] += 1
        for (line, kind), trigger in found.items():
            if (line, kind) not in gold:
                fp[kind] += 1
                fp_annotated[kind] += line in annotated_lines
                false_words[(kind, line in annotated_lines)][trigger.lower()] += 1
    print(f"BKEE {args.split}: mention-level errors by mapped type (shipped pipeline)")
    header = ["type", "gold", "tp", "fp", "fp annotated", "P", "R", "F1", "no actor on line",
              *CAUSES]
    print("\t".join(header))
    for kind in sorted(gold_total, key=lambda k: -gold_total[k]):
        p = tp[kind] / (tp[kind] + fp[kind]) if tp[kind] + fp[kind] else 0.0
        r = tp[kind] / gold_total[kind]
        f = 2 * p * r / (p + r) if p + r else 0.0
        row = [kind, gold_total[kind], tp[kind], fp[kind], fp_annotated[kind], f"{p:.3f}",
               f"{r:.3f}", f"{f:.3f}", actorless[kind], *(fn[(kind, c)] for c in CAUSES)]
        print("\t".join(str(x) for x in row))
    total_tp, total_fp, total_gold = sum(tp.values()), sum(fp.values()), sum(gold_total.values())
    p = total_tp / (total_tp + total_fp) if total_tp + total_fp else 0.0
    r = total_tp / total_gold if total_gold else 0.0
    print(f"all: P {p:.3f} R {r:.3f} F1 {2 * p * r / (p + r) if p + r else 0.0:.3f}; "
          f"{sum(actorless.values())}/{total_gold} gold mentions on a line with no coded actor")
    annotated_fp = sum(fp_annotated.values())
    p = total_tp / (total_tp + annotated_fp) if total_tp + annotated_fp else 0.0
    print(f"counting only false mentions on annotated lines: P {p:.3f} "
          f"F1 {2 * p * r / (p + r) if p + r else 0.0:.3f}")
    print("'no event' by trigger: dyadic (needs a recipient), a noun (needs its target), other: "
          + "; ".join(f"{kind} {n}/{w}/{o}" for kind in sorted(gold_total) for n, w, o in [(
              no_event[(kind, "dyadic")], no_event[(kind, "noun")], no_event[(kind, "other")])]))
    if not args.words:
        return
    for (kind, cause), counter in sorted(missed_words.items()):
        print(f"\nmissed {kind} / {cause}: {sum(counter.values())}")
        print(", ".join(f"{w} {n}" for w, n in counter.most_common(args.words)))
    for (kind, annotated), counter in sorted(false_words.items()):
        where = "annotated line" if annotated else "unannotated line"
        print(f"\nfalse {kind} on an {where}: {sum(counter.values())}")
        print(", ".join(f"{w} {n}" for w, n in counter.most_common(args.words)))


if __name__ == "__main__":
    main()
