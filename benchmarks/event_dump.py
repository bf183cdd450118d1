"""Every event of N random political VNTC articles outside the development gold, one JSON
line each, and the difference between two such dumps: how a rule was judged on news no
gold covers (issue 19: keep a change only if what it adds or removes there is mostly
right by PLOVER-CODING.md).

    PYTHONPATH=. python benchmarks/event_dump.py dump OUT.jsonl [--limit 2500] [CORPUS]
    python benchmarks/event_dump.py diff BEFORE.jsonl AFTER.jsonl
    python benchmarks/event_dump.py sample DUMP.jsonl OUT.jsonl [--size 80] [--seed N]
        [--exclude EARLIER.jsonl ...]

``dump`` shuffles the 'The gioi', 'Chinh tri Xa hoi' and 'Phap luat' records with a fixed
seed, skips every article any gold split under ``benchmarks/gold/`` names (tune, check and
the fresh batches), and writes article id, evidence start, type, mode, sides, date,
status, trigger and sentence. ``diff`` prints, per article, position and type, the events
that differ, old then new, with their sentence. ``sample`` draws events at random from a
dump for a precision audit: each is judged by hand against its article and
PLOVER-CODING.md (right; right event with wrong sides, status or type; no event).
"""

from __future__ import annotations

import argparse
import gzip
import json
import random
import re
from pathlib import Path

from corpus import DEFAULT_VNTC

from sukien.model import Container, EventActor, Page, PageKind, PageResult
from sukien.pipeline import Pipeline

POLITICAL = ("The gioi", "Chinh tri Xa hoi", "Phap luat")
GOLD = Path(__file__).resolve().parent / "gold"
SEED = 4242
_GOLD_ID = re.compile(r'"(vntc/[^"]+\.txt)"')


def gold_ids() -> set[str]:
    """Ids of every article in any gold split or sample, coded or to be coded."""
    ids: set[str] = set()
    for path in GOLD.glob("*.json"):
        ids.update(_GOLD_ID.findall(path.read_text("utf-8")))
    return ids


def _sides(actors: tuple[EventActor, ...]) -> str:
    return ",".join(f"{a.country}/{a.sector}" for a in actors)


def dump(corpus: Path, out: Path, limit: int) -> int:
    """Writes the events of the first ``limit`` shuffled articles; returns how many."""
    skip = gold_ids()
    records = []
    with gzip.open(corpus, "rt", encoding="utf-8") as handle:
        for line in handle:
            record = json.loads(line)
            if record["topic"] in POLITICAL and record["id"] not in skip:
                records.append(record)
    random.Random(SEED).shuffle(records)
    pipeline = Pipeline()
    written = 0
    with out.open("w", encoding="utf-8") as sink:
        for record in records[:limit]:
            text = str(record["text"])
            page = Page("vntc", record["id"], PageKind.TEXT, Container.JSONL, text, "utf-8",
                        len(text), external_id=record["id"])
            result = pipeline.process(page)
            if not isinstance(result, PageResult):
                continue
            for article in result.articles:
                for event in article.events:
                    sentence = article.text[event.evidence.start:event.evidence.end]
                    row = [record["id"], event.evidence.start, event.type, event.mode,
                           _sides(event.actors), _sides(event.recipients),
                           event.date.value if event.date else None, str(event.status),
                           event.trigger, sentence.replace("\n", " ")[:400]]
                    sink.write(json.dumps(row, ensure_ascii=False) + "\n")
                    written += 1
    return written


def _rows(path: Path) -> dict[tuple[str, int, str], list[list[object]]]:
    rows: dict[tuple[str, int, str], list[list[object]]] = {}
    for line in path.read_text("utf-8").splitlines():
        row = json.loads(line)
        rows.setdefault((str(row[0]), int(row[1]), str(row[2])), []).append(row)
    return rows


def differences(before: Path, after: Path) -> list[str]:
    """Old and new events at each article, position and type where the dumps differ."""
    old, new = _rows(before), _rows(after)
    lines: list[str] = []
    for number, key in enumerate(sorted(k for k in set(old) | set(new)
                                        if old.get(k) != new.get(k)), start=1):
        was, now = old.get(key), new.get(key)
        lines.append(f"{number} {key[0].split('/')[-1]} OLD {[r[2:9] for r in was or []]}")
        lines.append(f"   NEW {[r[2:9] for r in now or []]}")
        lines.append(f"    {str((was or now or [[''] * 10])[0][9])[:300]}")
    return lines


def audit_sample(dump_path: Path, size: int, seed: int,
                 excluded: list[Path]) -> list[list[object]]:
    """``size`` events drawn at random from a dump, none of those in the earlier samples
    ``excluded``: what a person judges by hand for precision on news no gold covers."""
    seen = {(str(row[0]), int(row[1]), str(row[2])) for path in excluded
            for row in map(json.loads, path.read_text("utf-8").splitlines())}
    rows = [row for row in map(json.loads, dump_path.read_text("utf-8").splitlines())
            if (str(row[0]), int(row[1]), str(row[2])) not in seen]
    return random.Random(seed).sample(rows, min(size, len(rows)))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    commands = parser.add_subparsers(dest="command", required=True)
    dumping = commands.add_parser("dump")
    dumping.add_argument("out", type=Path)
    dumping.add_argument("corpus", nargs="?", type=Path, default=DEFAULT_VNTC)
    dumping.add_argument("--limit", type=int, default=2500)
    diffing = commands.add_parser("diff")
    diffing.add_argument("before", type=Path)
    diffing.add_argument("after", type=Path)
    sampling = commands.add_parser("sample")
    sampling.add_argument("dump", type=Path)
    sampling.add_argument("out", type=Path)
    sampling.add_argument("--size", type=int, default=80)
    sampling.add_argument("--seed", type=int, default=SEED)
    sampling.add_argument("--exclude", type=Path, nargs="*", default=[],
                          help="earlier samples whose events are not drawn again")
    args = parser.parse_args()
    if args.command == "sample":
        rows = audit_sample(args.dump, args.size, args.seed, args.exclude)
        args.out.write_text("".join(json.dumps(row, ensure_ascii=False) + "\n"
                                    for row in rows), "utf-8")
        print(f"{len(rows)} events written to {args.out}")
    elif args.command == "dump":
        print(f"{dump(args.corpus, args.out, args.limit)} events written to {args.out}")
    else:
        lines = differences(args.before, args.after)
        print("\n".join(lines) if lines else "no difference")


if __name__ == "__main__":
    main()
