"""Actor coverage on world news, and the worklist for the gazetteer.

    python benchmarks/actor_coverage.py [--vntc PATH] [--topic "The gioi"] [--limit N] [--top 40]

Runs the per-page pipeline (clean, time, actors) on the VNTC articles of a topic
and prints: the share of sentences with at least one coded actor, the codes found
most often, the most frequent capitalized names left uncoded (what to add to
sukien/resources/actor_*.json next), and the actor stage's speed alone.
"""

from __future__ import annotations

import argparse
import re
import time
from collections import Counter
from pathlib import Path

from corpus import DEFAULT_VNTC, first_texts

from sukien.actors import ActorStage
from sukien.model import Container, Page, PageKind, PageResult
from sukien.pipeline import Pipeline

ROOT = Path(__file__).resolve().parent.parent
SENTENCE = re.compile(r"[^.!?\n]+[.!?]?")
WORD = re.compile(r"[^\W\d_][\w'’-]*")


def _names(text: str) -> list[tuple[int, int, str]]:
    """Runs of capitalized words: two or more, or one Latin-script word of 3+ letters
    (Vietnamese capitalizes only the first syllable of many common nouns: 'Quốc hội')."""
    runs: list[list[re.Match[str]]] = []
    for word in WORD.finditer(text):
        if not word.group()[0].isupper():
            continue
        if runs and text[runs[-1][-1].end():word.start()] == " ":
            runs[-1].append(word)
        else:
            runs.append([word])
    found = []
    for run in runs:
        first = run[0].group()
        if len(run) >= 2 or (first.isascii() and len(first) >= 3):
            found.append((run[0].start(), run[-1].end(), text[run[0].start():run[-1].end()]))
    return found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--vntc", default=str(DEFAULT_VNTC))
    parser.add_argument("--topic", default="The gioi")
    parser.add_argument("--limit", type=int, default=2000)
    parser.add_argument("--top", type=int, default=40)
    args = parser.parse_args()
    texts = first_texts(args.vntc, args.limit, args.topic)
    pipeline = Pipeline()
    sentences = with_actor = 0
    codes: Counter[str] = Counter()
    uncoded: Counter[str] = Counter()
    bodies: list[str] = []
    for number, text in enumerate(texts):
        page = Page(f"vntc-{number}", f"vntc-{number}", PageKind.TEXT, Container.JSONL, text,
                    "utf-8", len(text.encode()))
        result = pipeline.process(page)
        if not isinstance(result, PageResult):
            continue
        for article in result.articles:
            bodies.append(article.text)
            spans = [(m.start, m.end) for m in article.actors]
            for m in article.actors:
                codes[f"{m.country}/{m.sector or '-'}"] += 1
            for sentence in SENTENCE.finditer(article.text):
                if not sentence.group().strip():
                    continue
                sentences += 1
                with_actor += any(sentence.start() <= s < sentence.end() for s, _ in spans)
            for start, end, name in _names(article.text):
                if start == 0 or article.text[start - 2:start].strip() in (
                        "", ".", "!", "?", ":", "\"", "“"):
                    continue  # sentence-initial capitals say nothing
                if not any(s < end and start < e for s, e in spans):
                    uncoded[name] += 1
    stage = ActorStage()
    megabytes = sum(len(b.encode("utf-8")) for b in bodies) / 1e6
    started = time.perf_counter()
    for body in bodies:
        stage.mentions(body)
    seconds = time.perf_counter() - started
    print(f"VNTC topic {args.topic!r}: {len(texts)} articles, {sentences} sentences")
    print(f"sentences with at least one coded actor: {with_actor / max(sentences, 1):.1%}")
    print("most frequent codes: " + ", ".join(f"{c} {n}" for c, n in codes.most_common(12)))
    print(f"actor stage alone: {megabytes:.1f} MB in {seconds:.2f} s = "
          f"{megabytes / seconds:.2f} MB/s on one core")
    print(f"\nmost frequent capitalized names left uncoded (worklist, top {args.top}):")
    for name, count in uncoded.most_common(args.top):
        print(f"{count:6}  {name}")


if __name__ == "__main__":
    main()
