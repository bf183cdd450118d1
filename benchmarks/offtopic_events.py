"""Facts coded per article in VNTC sections that carry next to no political news (sport,
computing, health, culture, life, science, business): nearly every such fact is a false
event (issue 19: at most 1 false event per 10 non-political articles). The development
gold's control pages are only 15; this measures the same on hundreds of articles.

    PYTHONPATH=. python benchmarks/offtopic_events.py [CORPUS.jsonl.gz] [--per-section 150]
        [--show TYPE] [--facts OUT.jsonl] [--judged benchmarks/offtopic_judged.jsonl]

The first ``--per-section`` records of each section go through ``Pipeline.process`` (no
repeated-lines pass); articles of the development gold (either split) are skipped, so
nothing here reads the check split's outputs. Prints facts (events that are not
hypothetical or denied) per article by section and by type; ``--show TYPE`` prints each
fact of that type with its sentence, for review. Some facts are real (trade talks and
sanctions in business news, a minister at a match): the figure is an upper bound.

``--facts`` writes every fact as a JSON line (article, section, type, sides, trigger,
sentence) for a reviewer, who adds ``"verdict": "real"`` or ``"false"`` (real: an event
PLOVER-CODING.md would code); ``--judged`` reads such a file and also prints false facts
per article, counting every fact the file does not judge as false: a new one, or one whose
type, mode or sides have changed since it was judged.
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


def _sentence(event: Event, text: str) -> str:
    return text[event.evidence.start:event.evidence.end].replace("\n", " ")


def _shown(event: Event, text: str) -> str:
    sentence = _sentence(event, text)[:200]
    return (f"[{event.type}/{event.mode}] {_sides(event.actors)} -> {_sides(event.recipients)}"
            f" ({event.trigger!r}) | {sentence}")


def fact_key(article_id: str, event: Event, sentence: str) -> str:
    """What names a fact across runs: its article, type and mode, trigger, sides and
    sentence, so a fact coded otherwise than when it was judged is judged again (not its
    offsets or id, which move when the coder changes elsewhere in the article)."""
    return "|".join((article_id, f"{event.type}/{event.mode}", event.trigger,
                     _sides(event.actors), _sides(event.recipients), sentence))


def fact_record(section: str, article_id: str, event: Event, sentence: str) -> dict[str, str]:
    """One fact for review, as ``--facts`` writes it."""
    return {"key": fact_key(article_id, event, sentence), "section": section,
            "type": f"{event.type}/{event.mode}", "actors": _sides(event.actors),
            "recipients": _sides(event.recipients), "trigger": event.trigger,
            "sentence": sentence}


def judged_verdicts(path: Path) -> dict[str, str]:
    """Verdicts by fact key; a line without a verdict of 'real' or 'false' is refused."""
    verdicts: dict[str, str] = {}
    for number, line in enumerate(path.read_text("utf-8").splitlines(), 1):
        if not line.strip():
            continue
        record = json.loads(line)
        if record.get("verdict") not in ("real", "false"):
            raise ValueError(f"{path}:{number}: verdict must be 'real' or 'false'")
        verdicts[record["key"]] = record["verdict"]
    return verdicts


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", nargs="?", default=str(DEFAULT_VNTC))
    parser.add_argument("--per-section", type=int, default=150)
    parser.add_argument("--show", default=None, help="print each fact of this PLOVER type")
    parser.add_argument("--facts", type=Path, default=None,
                        help="write every fact as a JSON line, for review")
    parser.add_argument("--judged", type=Path, default=None,
                        help="reviewed facts: also print false facts per article")
    args = parser.parse_args()
    verdicts = judged_verdicts(args.judged) if args.judged else {}
    false_facts: Counter[str] = Counter()
    unjudged = 0
    records: list[dict[str, str]] = []
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
                        fact = fact_record(section, record["id"], event,
                                           _sentence(event, article.text))
                        key = fact["key"]
                        if args.facts:
                            records.append(fact)
                        if verdicts.get(key) != "real":
                            false_facts[section] += 1
                            unjudged += key not in verdicts
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
    if args.judged:
        print(f"false facts per article (judged false, or not judged: {unjudged}): "
              f"{sum(false_facts.values()) / max(total, 1):.3f}")
    if args.facts:
        args.facts.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n"
                                      for r in records), "utf-8")


if __name__ == "__main__":
    main()
