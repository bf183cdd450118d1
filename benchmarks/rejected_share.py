"""The share of VNTC pages the pipeline rejects, by reason: every VNTC record is a news
article, so a rejection is a loss (issue 22: the share must not rise when the clean stage
learns to keep short items, obituaries, Q&As and lists).

    python benchmarks/rejected_share.py [CORPUS.jsonl.gz] [--limit 2000] [--list]

The first ``--limit`` records go through ``sukien.page_results`` with the options of
``sukien ingest`` (repeated lines included). Prints the share, the count per reason,
throughput and peak memory; ``--list`` also prints each rejected record's id and opening.
"""

from __future__ import annotations

import argparse
import gzip
import json
import resource
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

from corpus import DEFAULT_VNTC

from sukien import page_results
from sukien.model import Rejected
from sukien.options import ProcessOptions

_OPENING_CHARS = 160


def _first_records(corpus: Path, limit: int, out: Path) -> dict[int, tuple[str, str]]:
    """The first ``limit`` records written to ``out``; their id and opening by line number."""
    openings: dict[int, tuple[str, str]] = {}
    opener = gzip.open if corpus.suffix == ".gz" else open
    with opener(corpus, "rt", encoding="utf-8") as lines, out.open("w", encoding="utf-8") as f:
        for number, line in enumerate(lines, start=1):
            if number > limit:
                break
            record = json.loads(line)
            openings[number] = (str(record.get("id")),
                                " | ".join(str(record["text"]).split("\n"))[:_OPENING_CHARS])
            f.write(line)
    return openings


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("corpus", nargs="?", type=Path, default=DEFAULT_VNTC)
    parser.add_argument("--limit", type=int, default=2000)
    parser.add_argument("--list", action="store_true", help="print every rejected record")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        sample = Path(tmp) / "sample.jsonl"
        openings = _first_records(args.corpus, args.limit, sample)
        started = time.perf_counter()
        reasons: Counter[str] = Counter()
        rejected: list[tuple[int, str, str]] = []
        total = 0
        for result in page_results([str(sample)], ProcessOptions()):
            total += 1
            if isinstance(result, Rejected):
                reasons[result.reason.value] += 1
                number = int(result.source.rsplit(":", 1)[1])
                rejected.append((number, result.reason.value, result.detail))
        seconds = time.perf_counter() - started
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    share = sum(reasons.values()) / len(openings) if openings else 0.0
    print(f"{args.corpus.name}, first {len(openings)} records: {sum(reasons.values())} "
          f"rejected ({share:.2%}); {total} results")
    for reason, count in reasons.most_common():
        print(f"  {reason}: {count}")
    print(f"{len(openings) / seconds:.0f} records/s, peak RSS {peak_mb:.0f} MB")
    if args.list:
        for number, reason, detail in sorted(rejected):
            record_id, opening = openings[number]
            print(f"{number}\t{reason}\t{record_id}\t{detail}\n\t{opening}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
