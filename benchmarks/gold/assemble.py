"""Assembles the development gold from the coders' batch files: one document per sampled
article, split into ``tune.json`` and ``check.json`` by ``sample.json``; each event's
``lines`` are the article lines its verbatim evidence quote is on (line 1 the title).

    python benchmarks/gold/assemble.py BATCH.json... [--corpus vntc.jsonl.gz]
    python benchmarks/gold/assemble.py fresh1.json fresh2.json --sample fresh_sample.json --prefix f
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from sukien.evaluate.gold_check import corpus_texts

HERE = Path(__file__).resolve().parent
DEFAULT_VNTC = HERE.parent.parent.parent / "shared" / "data" / "vntc" / "vntc.jsonl.gz"
CONTROL_SECTIONS = {"The thao", "Kinh doanh", "Van hoa"}
ABOUT_FILE = HERE / "about.md"
EVENT_KEYS = ("id", "tier", "type", "alt_types", "mode", "symmetric", "actors", "recipients",
              "date", "precision", "derivable", "date_range", "status", "location",
              "evidence", "lines", "note")


def evidence_lines(text: str, evidence: str) -> list[int]:
    lines = [n for n, line in enumerate(text.split("\n"), start=1) if evidence in line]
    if not lines:
        raise ValueError(f"evidence not verbatim in its article: {evidence!r}")
    return lines


def document(doc: dict[str, object], text: str, number: int, section: str,
             prefix: str = "g") -> dict[str, object]:
    events = []
    for index, raw in enumerate(doc.get("events") or [], start=1):  # type: ignore[union-attr]
        event = dict(raw)
        event["id"] = f"{prefix}{number:03d}-{index}"
        event["lines"] = evidence_lines(text, str(event["evidence"]))
        event.setdefault("alt_types", [])
        events.append({k: event[k] for k in EVENT_KEYS if k in event and
                       (k != "note" or event[k])})
    out: dict[str, object] = {"id": doc["id"], "section": section}
    if section in CONTROL_SECTIONS:
        out["control"] = True
    out["published"] = doc.get("published")
    if doc.get("note"):
        out["note"] = doc["note"]
    out["events"] = events
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("batches", nargs="+", type=Path)
    parser.add_argument("--corpus", type=Path, default=DEFAULT_VNTC)
    parser.add_argument("--sample", default="sample.json",
                        help="the sample file under benchmarks/gold naming articles and splits")
    parser.add_argument("--prefix", default="g", help="first letter of the gold event ids")
    args = parser.parse_args()
    sample = json.loads((HERE / args.sample).read_text("utf-8"))
    coded: dict[str, dict[str, object]] = {}
    for batch in args.batches:
        for doc in json.loads(batch.read_text("utf-8"))["documents"]:
            if doc["id"] in coded:
                raise SystemExit(f"{doc['id']} coded twice")
            coded[doc["id"]] = doc
    order = [a for a in sample["articles"]]
    missing = [a["id"] for a in order if a["id"] not in coded]
    if missing:
        raise SystemExit(f"{len(missing)} sampled articles not coded, e.g. {missing[0]}")
    article_texts = corpus_texts(args.corpus, {a["id"] for a in order})
    about = ABOUT_FILE.read_text("utf-8").strip()
    for split in sorted({a["split"] for a in order}):
        documents = [document(coded[a["id"]], article_texts[a["id"]], number, a["section"],
                              args.prefix)
                     for number, a in enumerate(order, start=1) if a["split"] == split]
        payload = {"schema": "gold/1", "split": split, "corpus": "vntc.jsonl.gz",
                   "sample": f"benchmarks/gold/{args.sample}", "about": about,
                   "documents": documents}
        (HERE / f"{split}.json").write_text(
            json.dumps(payload, ensure_ascii=False, indent=1) + "\n", "utf-8")
        print(split, len(documents), "articles",
              sum(len(d["events"]) for d in documents), "events")  # type: ignore[arg-type]


if __name__ == "__main__":
    main()
