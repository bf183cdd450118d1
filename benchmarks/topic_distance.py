"""Calibrates the clean stage's topic signal (``sukien.clean.topic``) on VNTC.

For each article with at least five paragraphs: its last two paragraphs against
the paragraphs above them (the same topic: an intertitle section at the end) and
against the paragraphs of the next such article but its last two (another
story below an article). Prints the share of
each judged off topic at several thresholds, and writes them as JSON.

    python -m benchmarks.topic_distance [--corpus PATH] [--limit N]

``--write-common N`` instead writes the N syllables found in most documents of
the corpus (after the first ``--limit``, so the calibration is held out) as
``sukien/resources/vietnamese_common_syllables.txt``.
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from itertools import islice
from pathlib import Path

from benchmarks.corpus import DEFAULT_VNTC, iter_texts
from sukien.clean.topic import OFF_TOPIC_BELOW, SYLLABLE, load_topic_model

COMMON_FILE = (Path(__file__).resolve().parent.parent / "sukien" / "resources"
               / "vietnamese_common_syllables.txt")

THRESHOLDS = (0.05, 0.1, 0.15, 0.2, 0.25, 0.3)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--corpus", default=str(DEFAULT_VNTC))
    parser.add_argument("--limit", type=int, default=20000)
    parser.add_argument("--out", default="benchmarks/results/topic-distance.json")
    parser.add_argument("--write-common", type=int, metavar="N", default=None)
    args = parser.parse_args()
    if args.write_common:
        write_common_syllables(args.corpus, args.limit, args.write_common)
        return
    model = load_topic_model()
    articles = [lines for text in iter_texts(args.corpus, args.limit)
                if len(lines := [line for line in text.split("\n") if line.strip()]) >= 5]
    same: list[float] = []
    other: list[float] = []
    for index, lines in enumerate(articles):
        block = lines[-2:]
        for shares, reference in ((same, lines[:-2]),
                                  (other, articles[(index + 1) % len(articles)][:-2])):
            share = model.overlap(block, reference)
            if share is not None:
                shares.append(share)
    rows = [{"threshold": t,
             "same_article_off_topic": sum(s < t for s in same) / len(same),
             "other_article_off_topic": sum(s < t for s in other) / len(other)}
            for t in THRESHOLDS]
    print(f"{len(articles)} articles of 5+ paragraphs; blocks judged: {len(same)} same, "
          f"{len(other)} other (threshold in use: {OFF_TOPIC_BELOW})")
    print(f"{'threshold':>9} {'same article off topic':>23} {'other article off topic':>24}")
    for row in rows:
        print(f"{row['threshold']:>9} {row['same_article_off_topic']:>23.3f} "
              f"{row['other_article_off_topic']:>24.3f}")
    Path(args.out).parent.mkdir(parents=True, exist_ok=True)
    Path(args.out).write_text(json.dumps({"articles": len(articles), "rows": rows}, indent=2))


def write_common_syllables(corpus: str, skip: int, count: int) -> None:
    documents: Counter[str] = Counter()
    texts = islice(iter_texts(corpus, 10**9), skip, None)
    total = 0
    for text in texts:
        documents.update(set(SYLLABLE.findall(text.lower())))
        total += 1
    header = [
        "# sukien resource: vietnamese_common_syllables v1",
        f"# The {count} syllables found in most documents of VNTC (84k Vietnamese news",
        f"# articles, 2004-2006; {total} documents after the first {skip}), most common first:",
        "# the syllables two unrelated articles share by chance. Written by",
        "# benchmarks/topic_distance.py --write-common; lowercase NFC, one per line.",
    ]
    common = [syllable for syllable, _ in documents.most_common(count)]
    COMMON_FILE.write_text("\n".join([*header, *common]) + "\n", "utf-8")
    print(f"wrote {len(common)} syllables to {COMMON_FILE}")


if __name__ == "__main__":
    main()
