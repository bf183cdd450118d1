"""Draws a second, fresh batch of development-gold articles, repeatably (issue 19).

The first gold's tune split had been read for three sessions, so its figures no longer say
how the coder does on news it has never seen. This batch is drawn from the same sections,
never from the first sample, coded blind by the same conventions, measured once before
anybody tunes on it, and then joins tuning as ``tune2.json``. Output:
``benchmarks/gold/fresh_sample.json`` (id, section, coder batch).
"""

from __future__ import annotations

import argparse
import json
import random
from pathlib import Path

from sample import DEFAULT_VNTC, HERE, sections  # type: ignore[import-not-found]

SEED = 20261203
QUOTAS_PER_BATCH: dict[str, int] = {"The gioi": 12, "Chinh tri Xa hoi": 5, "Phap luat": 3}
BATCHES = 2


def draw_fresh(by_section: dict[str, list[tuple[str, str]]], taken: set[str],
               seed: int = SEED, split: str = "tune2", batches: int = BATCHES
               ) -> list[dict[str, str]]:
    """Articles with text, outside the earlier samples, dealt to the coders' batches in
    turn; each batch holds 20 articles in the same section shares."""
    rng = random.Random(seed)
    sample: list[dict[str, str]] = []
    for section, count in quotas(batches).items():
        candidates = [(i, t) for i, t in by_section[section] if i not in taken and t.strip()]
        sample.extend({"id": i, "section": section} for i, _ in rng.sample(candidates, count))
    for number, article in enumerate(sample):
        article["batch"] = f"{split}-{number % batches + 1}" if split != "tune2" else (
            f"fresh{number % batches + 1}")
        article["split"] = split
    return sample


def quotas(batches: int) -> dict[str, int]:
    """Articles per section for ``batches`` coders, 20 each in the first sample's shares."""
    if batches < 1:
        raise ValueError(f"at least one coder's batch is needed, not {batches}")
    return {section: count * batches for section, count in QUOTAS_PER_BATCH.items()}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--corpus", type=Path, default=DEFAULT_VNTC)
    parser.add_argument("--out", type=Path, default=HERE / "fresh_sample.json")
    parser.add_argument("--seed", type=int, default=SEED)
    parser.add_argument("--split", default="tune2")
    parser.add_argument("--batches", type=int, default=BATCHES,
                        help="coders' batches of 20 articles each")
    parser.add_argument("--exclude", type=Path, nargs="*", default=[HERE / "sample.json"],
                        help="earlier sample files whose articles are not drawn again")
    args = parser.parse_args()
    taken = {a["id"] for path in args.exclude
             for a in json.loads(path.read_text("utf-8"))["articles"]}
    articles = draw_fresh(sections(args.corpus), taken, args.seed, args.split, args.batches)
    args.out.write_text(json.dumps({"seed": args.seed, "corpus": "vntc.jsonl.gz",
                                    "quotas": quotas(args.batches),
                                    "excludes": [f"benchmarks/gold/{p.name}" for p in args.exclude],
                                    "articles": articles}, ensure_ascii=False, indent=1) + "\n",
                        "utf-8")


if __name__ == "__main__":
    main()
