"""Build the shipped fixtures of short items from VNTC (issue 22), so tests need no corpus:

- ``tests/data/feed_items.jsonl``: what a news feed gives, a headline and a teaser (the
  first one or two sentences), for the first VNTC articles of each section whose text opens
  with a headline line followed by prose;
- ``tests/data/short_articles.jsonl``: whole VNTC records the clean stage used to reject
  as navigation: obituaries, readers' questions with their answers, articles around a
  list, one-paragraph briefs (chosen by id below, texts verbatim, cut to 1,500 characters
  at a line end).

    python benchmarks/build_short_fixtures.py [CORPUS.jsonl.gz]
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
from pathlib import Path

from corpus import DEFAULT_VNTC

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "tests" / "data"
FEED_PER_SECTION = 10
_MAX_CHARS = 1500
_SENTENCE_END = re.compile(r"(?<=[.!?…])\s+(?=[A-ZÀ-Ỹ\"“])")
_HEADLINE_MAX_WORDS = 20

SHORT_ARTICLES = {
    "obituary": [
        "vntc/train/Chinh tri Xa hoi/XH_NLD_ (4742).txt",
        "vntc/train/Chinh tri Xa hoi/XH_TT_ (3614).txt",
        "vntc/train/Van hoa/VH_NLD_ (4142).txt",
        "vntc/test/Van hoa/VH_VNE_T_ (3680).txt",
        "vntc/test/Van hoa/VH_VNE_T_ (4183).txt",
    ],
    "question": [
        "vntc/train/Chinh tri Xa hoi/XH_NLD_ (4932).txt",
        "vntc/train/Chinh tri Xa hoi/XH_NLD_ (4551).txt",
        "vntc/train/Chinh tri Xa hoi/XH_NLD_ (4859).txt",
        "vntc/train/Chinh tri Xa hoi/XH_NLD_ (4882).txt",
        "vntc/train/Chinh tri Xa hoi/XH_NLD_ (4888).txt",
        "vntc/train/Chinh tri Xa hoi/XH_NLD_ (4898).txt",
        "vntc/train/Chinh tri Xa hoi/XH_NLD_ (5020).txt",
        "vntc/train/Chinh tri Xa hoi/XH_NLD_ (3700).txt",
    ],
    "list": [
        "vntc/train/Chinh tri Xa hoi/XH_NLD_ (5276).txt",
        "vntc/train/Chinh tri Xa hoi/XH_TN_ (1738).txt",
        "vntc/train/Chinh tri Xa hoi/XH_TT_ (2681).txt",
        "vntc/train/Chinh tri Xa hoi/XH_NLD_ (4075).txt",
        "vntc/train/Chinh tri Xa hoi/XH_TT_ (3634).txt",
    ],
    "brief": [
        "vntc/train/Chinh tri Xa hoi/XH_TN_ (1456).txt",
        "vntc/train/Chinh tri Xa hoi/XH_TN_ (1540).txt",
        "vntc/train/Chinh tri Xa hoi/XH_TN_ (1581).txt",
        "vntc/train/Chinh tri Xa hoi/XH_TN_ (1785).txt",
        "vntc/train/Chinh tri Xa hoi/XH_NLD_ (4593).txt",
        "vntc/train/Chinh tri Xa hoi/XH_NLD_ (4022).txt",
        "vntc/train/Chinh tri Xa hoi/XH_NLD_ (4644).txt",
    ],
}


def _cut(text: str) -> str:
    """The text up to the last line end before ``_MAX_CHARS`` (the whole text if shorter)."""
    if len(text) <= _MAX_CHARS:
        return text
    end = text.rfind("\n", 0, _MAX_CHARS)
    return text[:end] if end > 0 else text[:_MAX_CHARS]


def _feed_item(record: dict[str, str]) -> dict[str, str] | None:
    """A headline and its teaser, when the record opens with a headline line and prose."""
    lines = [line.strip() for line in record["text"].split("\n") if line.strip()]
    if len(lines) < 2:
        return None
    headline, body = lines[0], lines[1]
    if len(headline.split()) > _HEADLINE_MAX_WORDS or headline.endswith((".", ":", "?")):
        return None
    sentences = _SENTENCE_END.split(body)
    teaser = " ".join(sentences[:1 if len(sentences[0]) >= 120 else 2])
    if len(teaser.split()) < 8 or not teaser.endswith((".", "!", "?", "…", "\"", "”")):
        return None  # a feed's teaser is a sentence
    return {"id": record["id"], "title": headline, "summary": teaser}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("corpus", nargs="?", type=Path, default=DEFAULT_VNTC)
    args = parser.parse_args()
    wanted = {record_id: kind for kind, ids in SHORT_ARTICLES.items() for record_id in ids}
    found: dict[str, dict[str, str]] = {}
    feed: list[dict[str, str]] = []
    per_section: dict[str, int] = {}
    with gzip.open(args.corpus, "rt", encoding="utf-8") as lines:
        for line in lines:
            record = json.loads(line)
            if record["id"] in wanted:
                found[record["id"]] = {"id": record["id"], "kind": wanted[record["id"]],
                                       "text": _cut(record["text"])}
            section = record["topic"]
            if per_section.get(section, 0) < FEED_PER_SECTION:
                item = _feed_item(record)
                if item is not None:
                    feed.append(item)
                    per_section[section] = per_section.get(section, 0) + 1
    missing = sorted(set(wanted) - set(found))
    if missing:
        raise SystemExit(f"not in {args.corpus}: {missing}")
    DATA.mkdir(exist_ok=True)
    with (DATA / "feed_items.jsonl").open("w", encoding="utf-8") as out:
        for item in feed:
            out.write(json.dumps(item, ensure_ascii=False) + "\n")
    with (DATA / "short_articles.jsonl").open("w", encoding="utf-8") as out:
        for record_id in wanted:
            out.write(json.dumps(found[record_id], ensure_ascii=False) + "\n")
    print(f"{len(feed)} feed items, {len(found)} short articles -> {DATA}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
