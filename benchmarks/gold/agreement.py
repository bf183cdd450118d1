"""Agreement of two coders on the same articles: event-level precision/recall/F1 of coder B
against coder A, under the matching ``sukien eval events`` uses (same type or an
alternative of either, the countries of each side, either way round when symmetric), one
event matched at most once; with and without the date.

    python benchmarks/gold/agreement.py A.json B.json

Both files are lists of documents (a gold file, or a coder's batch file) keyed by ``id``;
only the articles both coded are compared.
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from pathlib import Path
from typing import Any

Event = dict[str, Any]


def documents(path: Path) -> dict[str, list[Event]]:
    data = json.loads(path.read_text("utf-8"))
    return {d["id"]: d.get("events") or [] for d in data["documents"]}


def types(event: Event) -> set[str]:
    return {event["type"], *(event.get("alt_types") or [])}


def countries(sides: list[dict[str, Any]] | None) -> frozenset[str]:
    return frozenset(s["country"] for s in sides or [] if s.get("country"))


def agree(a: Event, b: Event, with_date: bool) -> bool:
    if not types(a) & types(b):
        return False
    symmetric = a.get("symmetric") or b.get("symmetric")
    if symmetric:
        same = (countries(a.get("actors")) | countries(a.get("recipients"))
                == countries(b.get("actors")) | countries(b.get("recipients")))
    else:
        same = (countries(a.get("actors")) == countries(b.get("actors"))
                and countries(a.get("recipients")) == countries(b.get("recipients")))
    if not same:
        return False
    return not with_date or (a.get("date") or "")[5:] == (b.get("date") or "")[5:]


def matched(first: list[Event], second: list[Event], with_date: bool) -> list[tuple[Event, Event]]:
    pairs: list[tuple[Event, Event]] = []
    free = list(second)
    for event in first:
        other = next((e for e in free if agree(event, e, with_date)), None)
        if other is not None:
            free.remove(other)
            pairs.append((event, other))
    return pairs


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("a", type=Path)
    parser.add_argument("b", type=Path)
    args = parser.parse_args()
    a, b = documents(args.a), documents(args.b)
    shared = sorted(a.keys() & b.keys())
    print(f"{len(shared)} articles coded by both; events: A {sum(len(a[i]) for i in shared)}, "
          f"B {sum(len(b[i]) for i in shared)}")
    for with_date in (False, True):
        pairs = [p for i in shared for p in matched(a[i], b[i], with_date)]
        n_a = sum(len(a[i]) for i in shared)
        n_b = sum(len(b[i]) for i in shared)
        p = len(pairs) / n_b if n_b else 0.0
        r = len(pairs) / n_a if n_a else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        label = "type+sides+month-day" if with_date else "type+sides"
        print(f"{label}: {len(pairs)} events agree; B vs A precision {p:.2f} recall {r:.2f} "
              f"F1 {f:.2f}")
        if not with_date:
            tiers = Counter((x.get("tier"), y.get("tier")) for x, y in pairs)
            status = sum(x.get("status") == y.get("status") for x, y in pairs)
            print(f"  of these: same tier {sum(v for (x, y), v in tiers.items() if x == y)}, "
                  f"same status {status}")
    primary = [(i, e) for i in shared for e in a[i] if e.get("tier") == "primary"]
    found = sum(any(agree(e, o, False) for o in b[i]) for i, e in primary)
    print(f"A's primary events that B also coded: {found}/{len(primary)}")
    empty = sum(1 for i in shared if not a[i] and not b[i])
    print(f"articles both coded as eventless: {empty}; "
          f"eventless for one coder only: {sum(1 for i in shared if bool(a[i]) != bool(b[i]))}")


if __name__ == "__main__":
    main()
