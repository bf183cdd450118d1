"""Mine candidate event triggers: the verbs and nouns that follow coded actors in the news.

    python benchmarks/mine_triggers.py [--vntc PATH] [--bkee PATH] [--limit N]
        [--topics "The gioi,Chinh tri Xa hoi,Phap luat"] [--out /tmp/trigger_candidates.tsv]

What it counts
--------------
VNTC (the topics given, the gold files' documents left out so that neither split is
mined): every article runs through sukien's own per-page pipeline (clean, time, actors).
In each clause (a sentence cut at commas, semicolons, colons and the coder's clause
words) the word n-grams of one to three syllables that start within the first four
words after a coded actor mention (not a place) are counted, as are those right after a
nominalizer ('cuộc', 'vụ', 'lệnh', 'chuyến', 'biện pháp'), which are how Vietnamese
names an event ('cuộc tấn công'). An n-gram is kept only when it is whole words by
``sukien.text.boundaries`` (no syllable cut out of a longer word), does not start or end
with a function word, and holds no digit or capitalized syllable (names are not verbs).

BKEE (CC BY-NC 4.0: read for counting only, nothing of its text goes into the
repository): the trigger words of its event annotations with their ACE types, counted.
They vouch for a candidate's event sense and give the ACE type to start from.

The output is a TSV, most frequent first: n-gram, count after an actor, count after a
nominalizer, the share of its occurrences that follow an actor (how often the phrase
is something an actor does, against its background frequency), its BKEE types with
counts, and what the lexicon already makes of it (type/mode, BLOCKED, or '-').

How a person reviews the list
-----------------------------
1. Work down the rows whose ``lexicon`` column is '-' (the new ones), most frequent
   first; rows with a high ``actor_share`` and a BKEE type are the likely events.
2. For each, grep a few of its sentences (``zcat vntc.jsonl.gz | grep -m 20 'PHRASE'``)
   and ask: in Vietnamese news *in general*, is this phrase mostly the event? Keep it
   only if yes. A phrase that is mostly something else (a modifier, a person noun, an
   idiom) goes to ``event_guards.json`` instead, or nowhere.
3. Type it with the PLOVER manual's tables (type and mode), its nearest CAMEO code
   (``data/plover/CAMEO2PLOVER-2021.txt``), whether it needs a recipient (dyadic) and
   whether either side may be the actor (symmetric), and add it to the entry of the
   same type/mode/CAMEO in ``sukien/resources/event_triggers_*.json`` with its verbal
   form under ``verbal`` and its nominal forms ('cuộc …', 'vụ …') under ``nominal``.
   Bump the file's ``version``.
4. Run ``tests/test_events.py`` and ``sukien eval events --gold
   benchmarks/gold/tune.json`` (never look at per-item output of check.json).
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
import tarfile
from collections import Counter, defaultdict
from pathlib import Path

from corpus import DEFAULT_VNTC

from sukien.events import load_event_lexicon
from sukien.model import ActorRole, Container, Page, PageKind, PageResult
from sukien.pipeline import Pipeline
from sukien.resources import load_word_list
from sukien.text import Words, words
from sukien.text.boundaries import WordBoundaries

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_BKEE = ROOT.parent / "shared" / "data" / "bkee" / "bkee-train-dev.tar.gz"
GOLD = (ROOT / "benchmarks" / "gold" / "tune.json", ROOT / "benchmarks" / "gold" / "check.json")
CLAUSE_PUNCTUATION = re.compile(r"[,;:()\"“”]")
NOMINALIZERS = ("cuộc", "vụ", "lệnh", "chuyến", "biện pháp", "hành động", "đợt")
# how far after an actor a candidate may start: 'Nga hôm qua đã tấn công'
REACH = 4
MAX_WORDS = 3
# words that end a clause for the miner (the coder's own clause breaks)
CLAUSE_WORDS = frozenset({"rằng", "nhưng", "khi", "vì", "do", "mà", "song", "nhằm", "để"})


def gold_ids() -> set[str]:
    ids: set[str] = set()
    for path in GOLD:
        if path.exists():
            ids |= {d["id"] for d in json.loads(path.read_text("utf-8"))["documents"]}
    return ids


def vntc_texts(path: Path, topics: set[str], limit: int, skip: set[str]) -> list[str]:
    texts = []
    with gzip.open(path, "rt", encoding="utf-8") as lines:
        for line in lines:
            record = json.loads(line)
            if record.get("topic") in topics and record["id"] not in skip:
                texts.append(record["text"])
                if len(texts) >= limit:
                    break
    return texts


def bkee_triggers(path: Path) -> dict[str, Counter[str]]:
    """Trigger words of BKEE (train and dev) and their ACE types, counted."""
    found: dict[str, Counter[str]] = defaultdict(Counter)
    if not path.exists():
        return found
    with tarfile.open(path) as archive:
        for member in archive:
            if not member.isfile() or not member.name.endswith(".ann"):
                continue
            handle = archive.extractfile(member)
            if handle is None:
                continue
            labels: dict[str, tuple[str, str]] = {}
            events: list[str] = []
            for line in handle.read().decode("utf-8").splitlines():
                fields = line.split("\t")
                if len(fields) >= 3 and fields[0].startswith("T"):
                    labels[fields[0]] = (fields[1].split(" ")[0], fields[2])
                elif len(fields) >= 2 and fields[0].startswith("E"):
                    events.append(fields[1].split(" ")[0])
            for head in events:
                kind, _, trigger_id = head.partition(":")
                if trigger_id in labels:
                    phrase = labels[trigger_id][1].replace("_", " ").casefold()
                    found[phrase][kind] += 1
    return found


class Miner:
    def __init__(self) -> None:
        self.pipeline = Pipeline()
        self.boundaries = WordBoundaries()
        self.function_words = load_word_list("vietnamese_function_words.txt",
                                             "vietnamese_function_words", 1)
        self.after_actor: Counter[str] = Counter()
        self.after_noun: Counter[str] = Counter()
        self.anywhere: Counter[str] = Counter()

    def mine(self, number: int, text: str) -> None:
        page = Page(f"vntc-{number}", f"vntc-{number}", PageKind.TEXT, Container.JSONL, text,
                    "utf-8", len(text.encode()))
        result = self.pipeline.process(page)
        if not isinstance(result, PageResult):
            return
        for article in result.articles:
            tokens = words(article.text)
            ends = {tokens.index_at(m.end) - 1 for m in article.actors
                    if m.role is not ActorRole.LOCATION}
            breaks = self._clause_breaks(tokens)
            for first in range(len(tokens)):
                for size in range(1, MAX_WORDS + 1):
                    gram = self._gram(tokens, first, size, breaks)
                    if gram is None:
                        continue
                    self.anywhere[gram] += 1
                    before = " ".join(tokens.keys[max(0, first - 2):first])
                    if any(before == n or before.endswith(" " + n) for n in NOMINALIZERS):
                        self.after_noun[gram] += 1
                    if any(first - REACH <= end < first and not breaks.intersection(
                            range(end + 1, first + 1)) for end in ends):
                        self.after_actor[gram] += 1

    def _clause_breaks(self, tokens: Words) -> set[int]:
        """Word indices that open a new clause (after punctuation or a clause word)."""
        found = set()
        for index in range(1, len(tokens)):
            gap = tokens.text[tokens.ends[index - 1]:tokens.starts[index]]
            if CLAUSE_PUNCTUATION.search(gap) or any(c in gap for c in ".!?\n"):
                found.add(index)
            if tokens.keys[index] in CLAUSE_WORDS:
                found.add(index)
        return found

    def _gram(self, tokens: Words, first: int, size: int, breaks: set[int]) -> str | None:
        last = first + size - 1
        if last >= len(tokens) or breaks.intersection(range(first + 1, last + 1)):
            return None
        keys = tokens.keys[first:last + 1]
        if keys[0] in self.function_words or keys[-1] in self.function_words:
            return None
        for index in range(first, last + 1):
            word = tokens.text[tokens.starts[index]:tokens.ends[index]]
            if not word.isalpha() or (word[0].isupper() and index > 0
                                      and index - 1 not in breaks):
                return None
        if self.boundaries.splits_word(tokens, first, last, known_name=False):
            return None
        return " ".join(keys)


def lexicon_labels() -> dict[str, str]:
    lexicon = load_event_lexicon()
    labels: dict[str, str] = {}
    for trigger in lexicon.all_triggers():
        label = trigger.type if trigger.mode is None else f"{trigger.type}/{trigger.mode}"
        labels.setdefault(" ".join(trigger.words.casefold().split()), label)
    return labels


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--vntc", default=str(DEFAULT_VNTC))
    parser.add_argument("--bkee", default=str(DEFAULT_BKEE))
    parser.add_argument("--topics", default="The gioi,Chinh tri Xa hoi,Phap luat")
    parser.add_argument("--limit", type=int, default=6000)
    parser.add_argument("--min-count", type=int, default=5)
    parser.add_argument("--out", default="/tmp/trigger_candidates.tsv")
    args = parser.parse_args()
    miner = Miner()
    texts = vntc_texts(Path(args.vntc), set(args.topics.split(",")), args.limit, gold_ids())
    for number, text in enumerate(texts):
        miner.mine(number, text)
    bkee = bkee_triggers(Path(args.bkee))
    labels = lexicon_labels()
    rows = []
    candidates = set(miner.after_actor) | set(miner.after_noun)
    for gram in candidates:
        actor, noun = miner.after_actor[gram], miner.after_noun[gram]
        if actor + noun < args.min_count and gram not in bkee:
            continue
        share = actor / miner.anywhere[gram] if miner.anywhere[gram] else 0.0
        types = ",".join(f"{k}:{v}" for k, v in bkee.get(gram, Counter()).most_common(3))
        rows.append((actor + noun, gram, actor, noun, share, types, labels.get(gram, "-")))
    rows.sort(key=lambda r: (-r[0], r[1]))
    with Path(args.out).open("w", encoding="utf-8") as out:
        out.write("ngram\tafter_actor\tafter_nominalizer\tactor_share\tbkee\tlexicon\n")
        for _, gram, actor, noun, share, types, label in rows:
            out.write(f"{gram}\t{actor}\t{noun}\t{share:.2f}\t{types or '-'}\t{label}\n")
    bkee_rows = sorted(bkee.items(), key=lambda item: -sum(item[1].values()))
    with Path(args.out).with_suffix(".bkee.tsv").open("w", encoding="utf-8") as out:
        out.write("trigger\tbkee_types\tlexicon\n")
        for phrase, kinds in bkee_rows:
            out.write(f"{phrase}\t{','.join(f'{k}:{v}' for k, v in kinds.most_common())}\t"
                      f"{labels.get(phrase, '-')}\n")


if __name__ == "__main__":
    main()
