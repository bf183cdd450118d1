"""Does a refactoring keep the output? ``sukien extract`` on the seed pages and on 2,000
VNTC articles (1,000 world, 1,000 politics; the development gold's articles left out),
hashed per input so a change shows where it is.

    python benchmarks/same_output.py --save before.json    # on the old code
    python benchmarks/same_output.py --compare before.json # on the new code
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import json
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_VNTC = ROOT.parent / "shared" / "data" / "vntc" / "vntc.jsonl.gz"
GOLD_SAMPLE = ROOT / "benchmarks" / "gold" / "sample.json"
PER_TOPIC = {"The gioi": 1000, "Chinh tri Xa hoi": 1000}


def vntc_slice(corpus: Path, out: Path) -> int:
    """The first articles of each topic, minus the gold's, as one JSON-lines file."""
    held_out = {a["id"] for a in json.loads(GOLD_SAMPLE.read_text("utf-8"))["articles"]}
    left = dict(PER_TOPIC)
    written = 0
    with gzip.open(corpus, "rt", encoding="utf-8") as lines, out.open("w", encoding="utf-8") as f:
        for line in lines:
            record = json.loads(line)
            if left.get(record["topic"], 0) > 0 and record["id"] not in held_out:
                left[record["topic"]] -= 1
                f.write(line)
                written += 1
    return written


def extract(inputs: list[str]) -> list[str]:
    command = [sys.executable, "-m", "sukien", "extract", "--format", "jsonl", *inputs]
    done = subprocess.run(command, capture_output=True, text=True, check=True)
    return done.stdout.splitlines()


def digests(corpus: Path) -> dict[str, str]:
    """sha256 of each output line, keyed by page and article, and of the whole output."""
    seeds = sorted(str(p) for p in (ROOT / "examples").glob("*.txt"))
    with tempfile.TemporaryDirectory() as tmp:
        sliced = Path(tmp) / "vntc-2000.jsonl"
        vntc_slice(corpus, sliced)
        lines = extract(seeds) + extract([str(sliced)])
    keyed: dict[str, str] = {}
    for number, line in enumerate(lines):
        record = json.loads(line)
        key = f"{Path(str(record['page'])).name}#{record['article']}#{number}"
        keyed[key] = hashlib.sha256(line.encode("utf-8")).hexdigest()
    keyed["*all*"] = hashlib.sha256("\n".join(lines).encode("utf-8")).hexdigest()
    return keyed


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--corpus", type=Path, default=DEFAULT_VNTC)
    group = parser.add_mutually_exclusive_group(required=True)
    group.add_argument("--save", type=Path)
    group.add_argument("--compare", type=Path)
    args = parser.parse_args()
    now = digests(args.corpus)
    if args.save:
        args.save.write_text(json.dumps(now, indent=0) + "\n", "utf-8")
        print(f"{len(now) - 1} articles, output sha256 {now['*all*']}")
        return 0
    before = json.loads(args.compare.read_text("utf-8"))
    changed = sorted(k for k in before.keys() | now.keys() if before.get(k) != now.get(k))
    print(f"{len(now) - 1} articles now, {len(before) - 1} before; "
          f"{len(changed)} differ" + (f": {changed[:10]}" if changed else " (byte-identical)"))
    return 1 if changed else 0


if __name__ == "__main__":
    sys.exit(main())
