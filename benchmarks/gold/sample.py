"""Draws the development gold's 160 VNTC articles and their two splits, repeatably.

Run once to fix the sample (``python benchmarks/gold/sample.py``); the output,
``benchmarks/gold/sample.json``, lists each article's id, section and split. Rerunning
gives the same file: the seed and the counts below are the whole procedure.
"""

from __future__ import annotations

import argparse
import gzip
import json
import random
from collections import defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
DEFAULT_VNTC = HERE.parent.parent.parent / "shared" / "data" / "vntc" / "vntc.jsonl.gz"
SEED = 20261202

# section -> (articles drawn, of which in the check split); the non-political sections
# share one quota, drawn as 5 from each
QUOTAS: dict[str, tuple[int, int]] = {
    "The gioi": (90, 28),
    "Chinh tri Xa hoi": (35, 11),
    "Phap luat": (20, 6),
    "The thao": (5, 2),
    "Kinh doanh": (5, 1),
    "Van hoa": (5, 2),
}


def sections(path: Path) -> dict[str, list[tuple[str, str]]]:
    """(id, text) of every record, by section, in file order."""
    by_section: dict[str, list[tuple[str, str]]] = defaultdict(list)
    with gzip.open(path, "rt", encoding="utf-8") as lines:
        for line in lines:
            record = json.loads(line)
            if record["topic"] in QUOTAS:
                by_section[record["topic"]].append((record["id"], record["text"]))
    return by_section


def draw(by_section: dict[str, list[tuple[str, str]]]) -> tuple[list[dict[str, str]], list[str]]:
    """The sample (id, section, split) and the ids skipped for having no text."""
    rng = random.Random(SEED)
    sample: list[dict[str, str]] = []
    skipped: list[str] = []
    for section, (count, check) in QUOTAS.items():
        order = list(range(len(by_section[section])))
        rng.shuffle(order)
        chosen: list[str] = []
        for index in order:
            record_id, text = by_section[section][index]
            if not text.strip():
                skipped.append(record_id)
                continue
            chosen.append(record_id)
            if len(chosen) == count:
                break
        in_check = set(rng.sample(chosen, check))
        sample.extend({"id": i, "section": section, "split": "check" if i in in_check else "tune"}
                      for i in chosen)
    return sample, skipped


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--corpus", type=Path, default=DEFAULT_VNTC)
    parser.add_argument("--out", type=Path, default=HERE / "sample.json")
    args = parser.parse_args()
    sample, skipped = draw(sections(args.corpus))
    args.out.write_text(json.dumps({"seed": SEED, "corpus": "vntc.jsonl.gz",
                                    "quotas": {k: {"articles": v[0], "check": v[1]}
                                               for k, v in QUOTAS.items()},
                                    "skipped_no_text": skipped, "articles": sample},
                                   ensure_ascii=False, indent=1) + "\n", "utf-8")


if __name__ == "__main__":
    main()
