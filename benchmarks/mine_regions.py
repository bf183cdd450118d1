"""Count the ISO 3166-2 subdivision names that VNTC writes as capitalised word runs: the first
step of benchmarks/places_regions.json (the hand list of regions in resources/places.json).

    PYTHONPATH=. python benchmarks/mine_regions.py [CORPUS.jsonl.gz] [--out FILE] [--min 3]

Every subdivision name of pycountry (ISO 3166-2) and its translations in pycountry's locales
(Latin script only), with and without its type words ('Province', 'Sheng', 'Respublika',
'Al-') and without diacritics, is looked up over the corpus's words; a run counts when every
word of it is capitalised. Prints, most frequent first, the name, its count in all sections
and in the political ones (world, politics, law), how often a one-word name is written in
lower case (a common word), the subdivisions it may name, and whether the gazetteer already
has it (a Vietnamese province, a city, a country). The list is for reading, not for use as
it is: most names it finds are people, words and cities ('Nam', 'Paul', 'Milan'), and the
Vietnamese spellings of regions (Tây Tạng, Tân Cương) are not in pycountry; they were
counted by hand after 'tỉnh', 'bang', 'vùng', 'khu tự trị'.
"""

from __future__ import annotations

import argparse
import gettext
import gzip
import json
import re
import unicodedata
from collections import Counter, defaultdict
from pathlib import Path

import pycountry
from corpus import DEFAULT_VNTC

WORD = re.compile(r"\w+")
POLITICAL = ("The gioi", "Chinh tri Xa hoi", "Phap luat")
TYPE_WORDS = frozenset((
    "province", "provinsi", "provincia", "state", "region", "governorate", "oblast", "kray",
    "krai", "respublika", "republic", "republik", "autonomous", "zizhiqu", "uygur", "zhuangzu",
    "sheng", "shi", "prefecture", "department", "departamento", "district", "county",
    "municipality", "city", "territory", "union", "special", "administrative", "of", "de",
    "del", "la", "the", "al", "el", "ad", "an", "ar", "as", "ash", "at", "az",
))
ROOT = Path(__file__).resolve().parent.parent


def fold(text: str) -> str:
    text = text.replace("đ", "d").replace("Đ", "D")
    return "".join(c for c in unicodedata.normalize("NFD", text)
                   if unicodedata.category(c) != "Mn")


def latin(text: str) -> bool:
    return all("LATIN" in unicodedata.name(c, "") or not c.isalpha() for c in text)


def variants(name: str) -> set[str]:
    """The name, without a parenthesis, without type words at either end, without 'Al-',
    and each without diacritics."""
    out = {name, re.sub(r"\s*\(.*?\)", "", name).strip()}
    for text in list(out):
        words = text.replace("-", " ").split()
        first, last = 0, len(words)
        while first < last and words[first].casefold().strip(",'") in TYPE_WORDS:
            first += 1
        while last > first and words[last - 1].casefold().strip(",'") in TYPE_WORDS:
            last -= 1
        if first < last:
            out.add(" ".join(words[first:last]))
    out |= {fold(text) for text in out}
    return {text for text in out if len(text) > 2}


def candidates() -> tuple[dict[tuple[str, ...], set[str]], dict[tuple[str, ...], str]]:
    locales = Path(pycountry.LOCALES_DIR)
    translations = [gettext.translation("iso3166-2", str(locales), languages=[d.name])
                    for d in sorted(locales.iterdir())
                    if (d / "LC_MESSAGES" / "iso3166-2.mo").exists()]
    codes: dict[tuple[str, ...], set[str]] = defaultdict(set)
    spelled: dict[tuple[str, ...], str] = {}
    for subdivision in pycountry.subdivisions:
        # the ISO name first: a name is printed as the first subdivision name that gives it
        names = [subdivision.name, *sorted({t.gettext(subdivision.name) for t in translations})]
        for name in filter(latin, names):
            for text in variants(name):
                key = tuple(w.casefold() for w in WORD.findall(text))
                if 0 < len(key) <= 5:
                    codes[key].add(subdivision.code)
                    spelled.setdefault(key, text)
    return codes, spelled


def known_names() -> dict[tuple[str, ...], str]:
    resources = ROOT / "sukien" / "resources"
    places = json.loads((resources / "places.json").read_text("utf-8"))
    known: dict[tuple[str, ...], str] = {}
    for key, what in (("vietnam_provinces_until_2025_06_30", "VN province"),
                      ("vietnam_provinces_from_2025_07_01", "VN province"),
                      ("cities", "city"), ("regions", "region")):
        for place in places.get(key, []):
            for name in place["names"]:
                known.setdefault(tuple(w.casefold() for w in WORD.findall(name)), what)
    countries = json.loads((resources / "actor_countries.json").read_text("utf-8"))
    for country in countries["countries"]:
        for name in country["names"] + country["capitals"]:
            known[tuple(w.casefold() for w in WORD.findall(name))] = "country"
    return known


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("corpus", nargs="?", default=str(DEFAULT_VNTC))
    parser.add_argument("--out", type=Path, default=None)
    parser.add_argument("--min", type=int, default=3, help="least count in political sections")
    args = parser.parse_args()
    codes, spelled = candidates()
    longest = max(map(len, codes))
    counts: Counter[tuple[str, ...]] = Counter()
    political: Counter[tuple[str, ...]] = Counter()
    lower: Counter[tuple[str, ...]] = Counter()
    with gzip.open(args.corpus, "rt", encoding="utf-8") as lines:
        for line in lines:
            record = json.loads(line)
            words = WORD.findall(record["text"])
            keys = [w.casefold() for w in words]
            for at in range(len(words)):
                for size in range(1, min(longest, len(words) - at) + 1):
                    key = tuple(keys[at:at + size])
                    if key not in codes:
                        continue
                    if all(w[0].isupper() for w in words[at:at + size]):
                        counts[key] += 1
                        political[key] += record["topic"] in POLITICAL
                    elif size == 1:
                        lower[key] += 1
    known = known_names()
    rows = [f"{counts[k]:6d} {political[k]:6d} {lower[k]:6d}  {spelled[k]:30s} "
            f"{known.get(k, ''):12s} {' '.join(sorted(codes[k])[:4])}"
            for k, _ in counts.most_common() if political[k] >= args.min]
    text = "count political lower name known codes\n" + "\n".join(rows) + "\n"
    if args.out:
        args.out.write_text(text, "utf-8")
    else:
        print(text, end="")


if __name__ == "__main__":
    main()
