"""The corpus the benchmarks read: the first texts of a JSON-lines file (gzipped or not)
with a ``text`` field; VNTC by default (outside the repository)."""

from __future__ import annotations

import gzip
import json
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_VNTC = ROOT.parent / "shared" / "data" / "vntc" / "vntc.jsonl.gz"


def first_texts(path: str | Path, limit: int, topic: str | None = None) -> list[str]:
    """The first ``limit`` texts, of one ``topic`` field value when given."""
    return list(iter_texts(path, limit, topic))


def iter_texts(path: str | Path, limit: int, topic: str | None = None) -> Iterator[str]:
    """``first_texts`` one at a time, for runs whose memory is measured."""
    count = 0
    opener = gzip.open if str(path).endswith(".gz") else open
    with opener(path, "rt", encoding="utf-8") as lines:
        for line in lines:
            if count >= limit:
                break
            record = json.loads(line)
            if topic is None or record.get("topic") == topic:
                count += 1
                yield record["text"]
