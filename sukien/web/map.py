"""The map page: where the events a query keeps happened, drawn by the server as SVG.

An event's location is the text of the first place its mentions name ('Hà Nội',
'TP.HCM', 'Washington', 'Ukraine'), as the actor recognizer found it. The map finds
that text again in the same gazetteer (``sukien.actors.gazetteer``), so a name the
recognizer took for a place is the same place here: a province of Vietnam or a city
(with their coordinates in ``resources/places.json``), a capital (its city), or a
country named as a place, drawn at the centre of its outline. The outlines are
Natural Earth's, vendored in ``resources/world_outline.json``
(``benchmarks/build_world_outline.py``), so the page needs nothing from the internet
and no script: circles sized by the square root of their count, countries shaded by
the events located in them.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from enum import StrEnum

from sukien.actors.gazetteer import PLACES_VERSION, EntryKind, Gazetteer, load_gazetteer
from sukien.errors import UsageError
from sukien.resources import ResourceError, load_json_resource
from sukien.text.phrases import phrase_keys

WORLD_OUTLINE_VERSION = 1
# the width the SVG is drawn at, in pixels: circle radii are given in pixels
MAP_WIDTH_PX = 960
SMALLEST_RADIUS_PX = 3.0
LARGEST_RADIUS_PX = 20.0
# country fills: 0 (no located event) and then SHADES classes on a log scale
SHADES = 5


@dataclass(frozen=True, slots=True)
class CountryOutline:
    """A country's outline as an SVG path in map units (x = longitude, y = -latitude)."""

    code: str | None
    name: str
    centre: tuple[float, float]
    path: str


def load_world_outline() -> tuple[CountryOutline, ...]:
    data = load_json_resource("world_outline.json", "world_outline", WORLD_OUTLINE_VERSION)
    try:
        return tuple(CountryOutline(raw["code"], str(raw["name"]),
                                    (float(raw["centre"][0]), float(raw["centre"][1])),
                                    str(raw["path"]))
                     for raw in data["countries"])
    except (KeyError, TypeError, ValueError, IndexError) as exc:
        raise ResourceError(f"world_outline.json: {exc}") from exc


class PlaceKind(StrEnum):
    PROVINCE = "province"
    CITY = "city"
    COUNTRY = "country"


@dataclass(frozen=True, slots=True)
class Place:
    """A place an event can be drawn at: ``place_id`` is what the timeline's ``place``
    filter takes ('place:vn-ha-noi', 'place:paris', 'country:UKR')."""

    place_id: str
    name: str
    kind: PlaceKind
    country: str | None
    x: float
    y: float


@dataclass(frozen=True, slots=True)
class Places:
    """Locations as written, found again in the gazetteer, with their coordinates."""

    gazetteer: Gazetteer
    by_entity: Mapping[str, Place]
    capitals: Mapping[str, Place]
    outline: tuple[CountryOutline, ...]

    def place_of(self, location: str) -> Place | None:
        """The place a location names; None when the gazetteer takes the whole text for no
        place (or for a place without coordinates)."""
        keys = phrase_keys(location)
        if not keys:
            return None
        found = self.gazetteer.longest(keys, location.split()[0], 0)
        if found is None or found[0] != len(keys):
            return None
        entry = found[1].entry
        if entry.kind is EntryKind.PLACE and entry.entity_id is not None:
            place = self.by_entity.get(entry.entity_id)
            if place is None and entry.country is not None:
                # a foreign region has no coordinates: it is drawn as its country, under the
                # country's name (one mark per country, whichever region named it first)
                return self._country(entry.country, None)
            return place
        if entry.kind is EntryKind.CAPITAL and entry.country is not None:
            return self.capitals.get(entry.country)
        if entry.kind is EntryKind.COUNTRY and entry.country is not None:
            return self._country(entry.country, entry.name)
        return None

    def _country(self, code: str, name: str | None) -> Place | None:
        """The country's mark, named ``name`` or, for None, as the map names it."""
        outline = next((c for c in self.outline if c.code == code), None)
        if outline is not None:
            return Place(f"country:{code}", name or outline.name, PlaceKind.COUNTRY, code,
                         *outline.centre)
        capital = self.capitals.get(code)
        if capital is not None:
            return Place(f"country:{code}", name or code, PlaceKind.COUNTRY, code, capital.x,
                         capital.y)
        return None


def load_places(outline: Sequence[CountryOutline] | None = None) -> Places:
    """The gazetteer and the coordinates of places.json, keyed as the gazetteer's entries."""
    data = load_json_resource("places.json", "places", PLACES_VERSION)
    by_entity: dict[str, Place] = {}
    capitals: dict[str, Place] = {}
    try:
        # the 63 first, as the gazetteer does: a name in both lists gives the unit of the 63
        for key in ("vietnam_provinces_former", "vietnam_provinces_from_2025_07_01",
                    "vietnam_provinces_until_2025_06_30"):
            for raw in data[key]:
                unit = Place(f"place:vn-{raw['id']}", str(raw["names"][0]),
                             PlaceKind.PROVINCE, "VNM", float(raw["lon"]), -float(raw["lat"]))
                by_entity[unit.place_id] = unit
                if raw.get("capital"):
                    capitals["VNM"] = unit
        for raw in data["cities"]:
            city = Place(f"place:{raw['id']}", str(raw["names"][0]), PlaceKind.CITY,
                         str(raw["country"]), float(raw["lon"]), -float(raw["lat"]))
            by_entity[city.place_id] = city
            if raw.get("capital"):
                capitals[city.country or ""] = city
    except (KeyError, TypeError, ValueError, IndexError) as exc:
        raise ResourceError(f"places.json: {exc}") from exc
    return Places(load_gazetteer(), by_entity, capitals,
                  tuple(outline if outline is not None else load_world_outline()))


@dataclass(frozen=True, slots=True)
class PlaceIndex:
    """The places of a store's locations: what the map draws, and the names the
    timeline's ``place`` filter turns into (``TimelineQuery.locations``)."""

    places: Mapping[str, Place]
    names: Mapping[str, tuple[str, ...]]
    outline: tuple[CountryOutline, ...]

    def place_of(self, location: str) -> Place | None:
        return self.places.get(location)

    def place(self, place_id: str) -> Place | None:
        """The place of this id that some story names."""
        location = next(iter(self.names.get(place_id, ())), None)
        return self.places[location] if location is not None else None

    def locations_of(self, place_id: str) -> tuple[str, ...]:
        """The locations, as written, that name a place ('Hà Nội', 'Hanoi'); none for a
        place no story names."""
        return self.names.get(place_id, ())


def index_places(locations: Iterable[str], places: Places) -> PlaceIndex:
    found: dict[str, Place] = {}
    names: dict[str, list[str]] = {}
    for location in locations:
        place = places.place_of(location)
        if place is not None:
            found[location] = place
            names.setdefault(place.place_id, []).append(location)
    return PlaceIndex(found, {k: tuple(v) for k, v in names.items()}, places.outline)


@dataclass(frozen=True, slots=True)
class MapView:
    """A part of the world shown: its viewBox in map units."""

    name: str
    label: str
    x: float
    y: float
    width: float
    height: float

    @property
    def view_box(self) -> str:
        return f"{self.x:g} {self.y:g} {self.width:g} {self.height:g}"

    @property
    def height_px(self) -> int:
        return round(MAP_WIDTH_PX * self.height / self.width)

    @property
    def unit_per_px(self) -> float:
        return self.width / MAP_WIDTH_PX


# the world without Antarctica, and Vietnam with its seas (the Paracel and Spratly islands)
VIEWS: Mapping[str, MapView] = {
    "world": MapView("world", "World", -180, -84, 360, 144),
    "vietnam": MapView("vietnam", "Vietnam", 98.5, -24, 18, 17),
}


@dataclass(frozen=True, slots=True)
class Mark:
    """A circle: a place and the events located there."""

    place: Place
    count: int
    radius: float


@dataclass(frozen=True, slots=True)
class CountryShade:
    outline: CountryOutline
    count: int
    shade: int


@dataclass(frozen=True, slots=True)
class EventMap:
    view: MapView
    countries: tuple[CountryShade, ...]
    marks: tuple[Mark, ...]
    events: int
    # events whose mentions name no place, and those naming one the map cannot draw
    unlocated: int
    unplaced: int

    @property
    def located(self) -> int:
        return self.events - self.unlocated - self.unplaced


def event_map(counts: Iterable[tuple[str | None, int]], index: PlaceIndex,
              view: MapView) -> EventMap:
    """The map of stories counted by location (``Store.location_counts``)."""
    per_place: dict[str, int] = {}
    places: dict[str, Place] = {}
    per_country: dict[str, int] = {}
    events = unlocated = unplaced = 0
    for location, count in counts:
        events += count
        if location is None:
            unlocated += count
            continue
        place = index.place_of(location)
        if place is None:
            unplaced += count
            continue
        places[place.place_id] = place
        per_place[place.place_id] = per_place.get(place.place_id, 0) + count
        if place.country:
            per_country[place.country] = per_country.get(place.country, 0) + count
    largest = max(per_place.values(), default=0)
    marks = tuple(Mark(places[i], n, radius(n, largest) * view.unit_per_px)
                  for i, n in per_place.items())
    busiest = max(per_country.values(), default=0)
    shades = tuple(CountryShade(c, per_country.get(c.code or "", 0),
                                shade(per_country.get(c.code or "", 0), busiest))
                   for c in index.outline)
    # big circles first, so the small ones drawn after stay on top and can be pointed at
    return EventMap(view, shades, tuple(sorted(marks, key=lambda m: (-m.count, m.place.name))),
                    events, unlocated, unplaced)


def radius(count: int, largest: int) -> float:
    """A circle's radius in pixels: its area grows with the count."""
    if largest <= 0:
        return SMALLEST_RADIUS_PX
    return SMALLEST_RADIUS_PX + (LARGEST_RADIUS_PX - SMALLEST_RADIUS_PX) * math.sqrt(
        count / largest)


def shade(count: int, busiest: int) -> int:
    """0 for a country without events, else 1 to SHADES on a log scale."""
    if count <= 0 or busiest <= 0:
        return 0
    return max(1, math.ceil(SHADES * math.log1p(count) / math.log1p(busiest)))


def map_view(name: str | None) -> MapView:
    view = VIEWS.get(name or "world")
    if view is None:
        raise UsageError(f"view wants {' or '.join(VIEWS)}, not {name!r}")
    return view
