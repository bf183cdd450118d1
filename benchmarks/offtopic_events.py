"""Facts coded per article in VNTC sections that carry next to no political news (sport,
computing, health, culture, life, science, business): nearly every such fact is a false
event (issue 19: at most 1 false event per 10 non-political articles). The development
gold's control pages are only 15; this measures the same on hundreds of articles.

    PYTHONPATH=. python benchmarks/offtopic_events.py [CORPUS.jsonl.gz] [--per-section 150]
        [--show TYPE]

The first ``--per-section`` records of each section go through ``Pipeline.process`` (no
repeated-lines pass); articles of the development gold (either split) are skipped, so
nothing here reads the check split's outputs. Prints facts (events that are not
hypothetical or denied) per article by section and by type; ``--show TYPE`` prints each
fact of that type with its sentence, for review. Some facts are real (trade talks and
sanctions in business news, a minister at a match): the figure is an upper bound.
"""

from __future__ import annotations

import argparse
import gzip
import json
from collections import Counter
from pathlib import Path

from corpus import DEFAULT_VNTC

from sukien.model import NOT_FACTS, Container, Event, EventActor, Page, PageKind, Rejected
from sukien.pipeline import Pipeline

SECTIONS = ("The thao", "Vi tinh", "Suc khoe", "Van hoa", "Doi song", "Khoa hoc", "Kinh doanh")
GOLD = Path(__file__).resolve().parent / "gold"


def gold_ids() -> set[str]:
    """Ids of the development gold's articles, left out of the count."""
    ids: set[str] = set()
    for split in ("tune.json", "check.json"):
        path = GOLD / split
        if path.exists():
            ids |= {str(d["id"]) for d in json.loads(path.read_text("utf-8"))["documents"]}
    return ids


def _sides(actors: tuple[EventActor, ...]) -> str:
    return ", ".join(f"{a.country}/{a.sector}:{a.text[:30]}" for a in actors)


def _shown(event: Event, text: str) -> str:
    sentence = text[event.evidence.start:event.evidence.end].replace("\n", " ")[:200]
    return (f"[{event.type}/{event.mode}] {_sides(event.actors)} -> {_sides(event.recipients)}"
            f" ({event.trigger!r}) | {sentence}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", nargs="?", default=str(DEFAULT_VNTC))
    parser.add_argument("--per-section", type=int, default=150)
    parser.add_argument("--show", default=None, help="print each fact of this PLOVER type")
    args = parser.parse_args()
    skip = gold_ids()
    pipeline = Pipeline()
    articles: Counter[str] = Counter()
    facts: Counter[str] = Counter()
    types: Counter[str] = Counter()
    with gzip.open(args.corpus, "rt", encoding="utf-8") as lines:
        for line in lines:
            record = json.loads(line)
            section = record.get("topic")
            if (section not in SECTIONS or articles[section] >= args.per_section
                    or record["id"] in skip):
                continue
            articles[section] += 1
            text = record["text"]
            result = pipeline.process(Page("vntc", record["id"], PageKind.TEXT, Container.TXT,
                                           text, "utf-8", len(text.encode("utf-8"))))
            if not isinstance(result, Rejected):
                for article in result.articles:
                    for event in article.events:
                        if event.status in NOT_FACTS:
                            continue
                        facts[section] += 1
                        types[event.type] += 1
                        if event.type == args.show:
                            print(_shown(event, article.text))
            if all(articles[s] >= args.per_section for s in SECTIONS):
                break
    for section in SECTIONS:
        if articles[section]:
            print(f"{section:12} {articles[section]:5} articles "
                  f"{facts[section] / articles[section]:.3f} facts per article")
    total = sum(articles.values())
    print(f"{'all':12} {total:5} articles {sum(facts.values()) / max(total, 1):.3f} facts per "
          f"article")
    print("by type:", ", ".join(f"{kind} {count}" for kind, count in types.most_common()))


if __name__ == "__main__":
    main()
