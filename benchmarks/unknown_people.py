"""People the news names whom the actor gazetteer does not know: the worklist for
``sukien/resources/actor_people.json``.

    PYTHONPATH=. python benchmarks/unknown_people.py [--vntc PATH] [--topics "The gioi"
        "Chinh tri Xa hoi"] [--limit N] [--top 300] [--json OUT]

Runs the actor stage over the VNTC articles of the topics (the development gold's
articles, listed in benchmarks/gold/*sample*.json, left out) and counts two kinds of
unknown names:

- mentions coded from a personal name or a title (``MentionVia.NAME``, ``TITLE``) with
  no gazetteer entity: 'Tổng thống Chirac', or 'Trần Thủy Biển' read as a Vietnamese name;
- capitalised name runs right after a title word ('Tổng thống', 'Thủ tướng', 'lãnh
  đạo' …, and a country or institution after it) that no gazetteer person covers.

Names are ranked by mentions, with the articles they occur in, the titles written
before them and the countries coded for them or named in their sentence. The person's
country and offices are for a reviewer to add, from sources, not from this list.
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
from collections import Counter, defaultdict
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from corpus import DEFAULT_VNTC

from sukien.actors import ActorStage
from sukien.actors.gazetteer import EntryKind
from sukien.model import ActorMention, MentionVia
from sukien.text import phrase_keys

GOLD = Path(__file__).resolve().parent / "gold"
TOPICS = ("The gioi", "Chinh tri Xa hoi")
# title words after which a capitalised run names a person (case-folded, longest first)
TITLE_WORDS = ("phó tổng thống", "phó thủ tướng", "tổng thống", "thủ tướng", "ngoại trưởng",
               "bộ trưởng", "chủ tịch", "lãnh đạo", "thủ lĩnh", "tổng thư ký", "tổng bí thư",
               "quốc vương", "nhà vua", "vua", "thủ hiến", "tổng tư lệnh", "tư lệnh",
               "người phát ngôn", "phát ngôn viên", "đặc phái viên", "đại sứ", "lãnh tụ",
               "thượng nghị sĩ", "nghị sĩ", "tổng giám đốc", "giám đốc", "tướng", "đại tướng",
               "chỉ huy", "cựu tổng thống", "cựu thủ tướng", "thống đốc", "thị trưởng",
               "chánh văn phòng", "cố vấn", "trưởng đoàn", "đồng minh", "thái tử")
WORD = re.compile(r"[^\W\d_][\w'’-]*")
SENTENCE = re.compile(r"[^.!?\n]+[.!?]?")


@dataclass
class Tally:
    mentions: int = 0
    articles: set[str] = field(default_factory=set)
    titles: Counter[str] = field(default_factory=Counter)
    countries: Counter[str] = field(default_factory=Counter)
    coded: Counter[str] = field(default_factory=Counter)
    topics: Counter[str] = field(default_factory=Counter)


def gold_ids() -> set[str]:
    """The articles of every gold sample (tune and check splits and the fresh batches)."""
    return {str(a["id"]) for path in sorted(GOLD.glob("*sample*.json"))
            for a in json.loads(path.read_text("utf-8"))["articles"]}


def records(path: Path, topics: tuple[str, ...],
            limit: int) -> Iterator[tuple[str, str, str]]:
    """(id, topic, text) of the topics' articles, the gold's left out."""
    held_out = gold_ids()
    count = 0
    with gzip.open(path, "rt", encoding="utf-8") as lines:
        for line in lines:
            record = json.loads(line)
            if record["topic"] in topics and record["id"] not in held_out:
                count += 1
                if count > limit:
                    return
                yield record["id"], record["topic"], record["text"]


def _known_spans(mentions: list[ActorMention]) -> list[tuple[int, int]]:
    return [(m.start, m.end) for m in mentions
            if m.entity_id is not None and m.entity_id.startswith("person:")]


def _sentence_countries(text: str, start: int, mentions: list[ActorMention]) -> set[str]:
    for sentence in SENTENCE.finditer(text):
        if sentence.start() <= start < sentence.end():
            return {m.country for m in mentions
                    if m.country and m.entity_id and m.entity_id.startswith("country:")
                    and sentence.start() <= m.start < sentence.end()}
    return set()


def _capitalised_run(text: str, at: int, stage: ActorStage) -> tuple[int, str] | None:
    """The capitalised words starting at ``at`` (after spaces), with a leading country or
    institution skipped ('Tổng thống Pháp Jacques Chirac' gives 'Jacques Chirac')."""
    words = []
    for word in WORD.finditer(text, at):
        gap = text[(words[-1].end() if words else at):word.start()]
        if gap.strip(" -") or not word.group()[0].isupper() or (not words and len(gap) > 1):
            break
        words.append(word)
    while words:
        keys = phrase_keys(" ".join(w.group() for w in words))
        hit = stage.gazetteer.longest(keys, words[0].group(), 0)
        if hit is None or hit[1].entry.kind in (EntryKind.PERSON, EntryKind.BLOCKED):
            break
        words = words[hit[0]:] if hit[0] <= len(words) else []
    if not words or (len(words) == 1 and not _foreign_word(words[0].group())):
        return None  # 'Giám đốc Công an', 'Thủ tướng Chính phủ': a Vietnamese noun
    return words[0].start(), text[words[0].start():words[-1].end()]


def _foreign_word(word: str) -> bool:
    """A word of three or more Latin letters, not all capitals: a foreign name ('Chirac'),
    not a Vietnamese syllable or an acronym."""
    return word.isascii() and len(word) >= 3 and not word.isupper()


def _after_titles(text: str, stage: ActorStage) -> Iterator[tuple[int, str, str]]:
    """(start, name, title) of each capitalised run right after a title word."""
    lowered = text.casefold()
    for title in TITLE_WORDS:
        for found in re.finditer(rf"(?<!\w){re.escape(title)}(?!\w)", lowered):
            run = _capitalised_run(text, found.end(), stage)
            if run is not None:
                yield run[0], run[1], text[found.start():found.end()]


def mine(path: Path, topics: tuple[str, ...], limit: int) -> tuple[dict[str, Tally], int]:
    stage = ActorStage()
    tallies: dict[str, Tally] = defaultdict(Tally)
    articles = 0
    for ident, topic, text in records(path, topics, limit):
        articles += 1
        mentions = stage.mentions(text)
        known = _known_spans(mentions)
        seen: set[int] = set()
        for m in mentions:
            if m.via not in (MentionVia.NAME, MentionVia.TITLE) or m.entity_id or not m.name:
                continue
            tally = tallies[m.name]
            tally.mentions += 1
            tally.articles.add(ident)
            tally.topics[topic] += 1
            tally.coded[f"{m.country}/{m.sector}"] += 1
            title = text[m.start:m.end][: -len(m.name)].strip(" ,")
            if title:
                tally.titles[title] += 1
            tally.countries.update(_sentence_countries(text, m.start, mentions))
            seen.add(m.end)
        for start, name, title in _after_titles(text, stage):
            end = start + len(name)
            if end in seen or any(s < end and start < e for s, e in known):
                continue
            seen.add(end)
            tally = tallies[name]
            tally.mentions += 1
            tally.articles.add(ident)
            tally.topics[topic] += 1
            tally.coded["uncoded"] += 1
            tally.titles[title.casefold()] += 1
            tally.countries.update(_sentence_countries(text, start, mentions))
    return tallies, articles


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--vntc", type=Path, default=DEFAULT_VNTC)
    parser.add_argument("--topics", nargs="+", default=list(TOPICS))
    parser.add_argument("--limit", type=int, default=10**9)
    parser.add_argument("--top", type=int, default=300)
    parser.add_argument("--min-articles", type=int, default=2)
    parser.add_argument("--json", type=Path, help="write the ranked list here")
    args = parser.parse_args()
    tallies, articles = mine(args.vntc, tuple(args.topics), args.limit)
    ranked = sorted(((n, t) for n, t in tallies.items() if len(t.articles) >= args.min_articles),
                    key=lambda item: (-item[1].mentions, item[0]))[:args.top]
    print(f"{articles} articles of {', '.join(args.topics)}; {len(tallies)} unknown names")
    rows = []
    for name, tally in ranked:
        row = {"name": name, "mentions": tally.mentions, "articles": len(tally.articles),
               "titles": [t for t, _ in tally.titles.most_common(3)],
               "countries": [c for c, _ in tally.countries.most_common(3)],
               "coded": [c for c, _ in tally.coded.most_common(2)],
               "world": tally.topics[TOPICS[0]]}
        rows.append(row)
        print(f"{tally.mentions:5} {len(tally.articles):4} {row['world']:5}  {name:28} "
              f"{'; '.join(row['titles'])[:50]:50} {','.join(row['countries']):15} "
              f"{','.join(row['coded'])}")
    if args.json:
        args.json.write_text(json.dumps(rows, ensure_ascii=False, indent=1) + "\n", "utf-8")


if __name__ == "__main__":
    main()
