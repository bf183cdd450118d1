"""Choose the near-duplicate settings by measurement.

    python benchmarks/duplicates.py [--vntc PATH] [--limit 4000] [--copies 400]

Positives: republications of VNTC articles made the way news sites copy a wire
story (a new headline, the last fifth of the sentences cut, one word in fifty
changed, navigation lines added, lines re-broken). Negatives: every other pair
of distinct articles, among them the five example pages, which all report the
same kind of call between the same two ministers and must stay apart.

For each shingle size it prints the exact Jaccard similarity of the copies (the
lowest and the 5th percentile) and of the most similar distinct pairs, then for
the chosen options the LSH recall and precision of the copies over the whole
sample, the pairs VNTC itself holds above the threshold, and the speed.
"""

from __future__ import annotations

import argparse
import itertools
import random
import re
import time
from pathlib import Path

from corpus import DEFAULT_VNTC, first_texts

from sukien.duplicates.minhash import Fingerprinter, similarity, word_shingles
from sukien.options import DuplicateOptions

ROOT = Path(__file__).resolve().parent.parent
SENTENCE = re.compile(r"(?<=[.!?])\s+")
NAVIGATION = ("Trang chủ", "Thời sự", "Thế giới", "Kinh tế", "Đọc thêm", "Tin liên quan",
              "Chia sẻ bài viết", "Theo dõi chúng tôi trên Google News")


def republished(text: str, rng: random.Random) -> str:
    sentences = SENTENCE.split(text)
    kept = sentences[:max(1, len(sentences) * 4 // 5)]
    words = " ".join(kept).split(" ")
    for index in rng.sample(range(len(words)), k=len(words) // 50):
        words[index] = rng.choice(("của", "đã", "này", "cho", "ông", "bà"))
    body = " ".join(words)
    lines = [body[i:i + 400] for i in range(0, len(body), 400)]
    return "\n".join(["Tin mới: " + " ".join(words[:8]), *rng.sample(NAVIGATION, 3), *lines,
                      *rng.sample(NAVIGATION, 2)])


def jaccard(a: set[str], b: set[str]) -> float:
    return len(a & b) / len(a | b) if a and b else 0.0


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--vntc", default=str(DEFAULT_VNTC))
    parser.add_argument("--limit", type=int, default=4000)
    parser.add_argument("--copies", type=int, default=400)
    args = parser.parse_args()
    rng = random.Random(7)
    texts = first_texts(args.vntc, args.limit)
    seeds = [p.read_text(encoding="utf-8")
             for p in sorted((ROOT / "sukien" / "examples").glob("*.txt"))]
    originals = list(range(args.copies))
    copies = [republished(texts[i], rng) for i in originals]

    print(f"{len(texts)} VNTC articles, {len(copies)} republished copies, {len(seeds)} seeds")
    print(f"{'k':>3} {'copy min':>9} {'copy p5':>8} {'seed max':>9} {'sample max':>11}")
    sample = rng.sample(range(len(texts)), 300)
    for size in (3, 4, 5, 7, 9):
        copy_scores = [jaccard(word_shingles(texts[i], size), word_shingles(c, size))
                       for i, c in zip(originals, copies, strict=True)]
        seed_sets = [word_shingles(s, size) for s in seeds]
        seed_max = max(jaccard(a, b) for a, b in itertools.combinations(seed_sets, 2))
        sample_sets = [word_shingles(texts[i], size) for i in sample]
        sample_max = max((jaccard(a, b) for a, b in itertools.combinations(sample_sets, 2)
                          if a != b), default=0.0)
        print(f"{size:>3} {min(copy_scores):>9.3f} {percentile(copy_scores, 0.05):>8.3f} "
              f"{seed_max:>9.3f} {sample_max:>11.3f}")

    options = DuplicateOptions()
    fingerprinter = Fingerprinter(options)
    started = time.perf_counter()
    prints = [fingerprinter.fingerprint(f"v{i}", t) for i, t in enumerate(texts)]
    elapsed = time.perf_counter() - started
    prints += [fingerprinter.fingerprint(f"c{i}", t) for i, t in zip(originals, copies,
                                                                      strict=True)]
    prints += [fingerprinter.fingerprint(f"s{i}", t) for i, t in enumerate(seeds)]
    buckets: dict[tuple[int, int], list[int]] = {}
    for index, fp in enumerate(prints):
        for band, key in enumerate(fp.band_keys):
            buckets.setdefault((band, key), []).append(index)
    candidates = {(a, b) for members in buckets.values()
                  for a, b in itertools.combinations(sorted(set(members)), 2)}
    confirmed = {(prints[a].article_id, prints[b].article_id) for a, b in candidates
                 if similarity(prints[a].signature, prints[b].signature) >= options.threshold}
    wanted = {(f"v{i}", f"c{i}") for i in originals}
    found = wanted & confirmed
    other = confirmed - wanted
    in_corpus = {p for p in other if p[0].startswith("v") and p[1].startswith("v")}
    print(f"\noptions: {options} (rows {options.rows})")
    print(f"copies found: {len(found)}/{len(wanted)} (recall {len(found) / len(wanted):.3f}); "
          f"candidate pairs {len(candidates)}; other confirmed pairs {len(other)} "
          f"(VNTC-VNTC {len(in_corpus)}, involving seeds "
          f"{sum(1 for a, b in other if a.startswith('s') or b.startswith('s'))})")
    exact = sorted((jaccard(word_shingles(texts[int(a[1:])], options.shingle_words),
                            word_shingles(texts[int(b[1:])], options.shingle_words)), a, b)
                   for a, b in in_corpus)
    print("the least similar VNTC pairs found (exact Jaccard; read them to judge):")
    for score, a, b in exact[:5]:
        first, second = texts[int(a[1:])], texts[int(b[1:])]
        print(f"  {a} {b} {score:.3f}: {first[:50]!r} / {second[:50]!r}")
    size = sum(len(t.encode()) for t in texts) / 1e6
    print(f"fingerprints: {len(texts) / elapsed:.0f} articles/s, {size / elapsed:.2f} MB/s "
          "on one core")


if __name__ == "__main__":
    main()
