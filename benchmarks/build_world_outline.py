"""Build ``sukien/resources/world_outline.json``: one SVG path per country, for the map
page of ``sukien serve``.

Source: Natural Earth's Admin 0 countries at 1:110m (public domain), version 4.1.0, as
the TopoJSON ``countries-110m.json`` of the npm package world-atlas 2.0.2 (ISC licence,
Mike Bostock), fetched once with ``npm pack world-atlas@2``. The arcs are decoded
(delta-encoded, quantized), each ring is projected equirectangularly (x = longitude,
y = -latitude, in degrees, so north is up), rounded to 0.1 degree, and points that
rounding makes equal or collinear-redundant are dropped; rings that shrink below three
points vanish. Countries get their ISO 3166-1 alpha-3 code from the numeric id
(pycountry); the three shapes Natural Earth draws without an ISO code (N. Cyprus,
Somaliland, Kosovo) keep their outline with ``code: null``. ``centre`` is the area
centroid of a country's largest ring, where the map puts an event located only by its
country.

    cd /tmp && npm pack world-atlas@2 && tar xzf world-atlas-2.0.2.tgz
    python benchmarks/build_world_outline.py /tmp/package/countries-110m.json
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

import pycountry

ROOT = Path(__file__).resolve().parent.parent
OUTPUT = ROOT / "sukien" / "resources" / "world_outline.json"
# bump with sukien.web.map.WORLD_OUTLINE_VERSION whenever the output changes
VERSION = 1
DECIMALS = 1

Point = tuple[float, float]


def decoded_arcs(topology: dict[str, Any]) -> list[list[Point]]:
    """TopoJSON's quantized, delta-encoded arcs as longitude/latitude points."""
    (sx, sy), (tx, ty) = topology["transform"]["scale"], topology["transform"]["translate"]
    arcs = []
    for arc in topology["arcs"]:
        x = y = 0
        points = []
        for dx, dy in arc:
            x, y = x + dx, y + dy
            points.append((x * sx + tx, y * sy + ty))
        arcs.append(points)
    return arcs


def ring(arcs: list[list[Point]], indices: list[int]) -> list[Point]:
    """A ring from its arcs; a negative index ~i is arc i reversed; each arc after the
    first starts where the previous ended, so its first point is dropped."""
    points: list[Point] = []
    for index in indices:
        arc = arcs[index] if index >= 0 else arcs[~index][::-1]
        points.extend(arc if not points else arc[1:])
    return points


def projected(points: list[Point]) -> list[Point]:
    """Equirectangular, rounded, without repeated points or points on a straight line."""
    out: list[Point] = []
    for lon, lat in points:
        point = (round(lon, DECIMALS), round(-lat, DECIMALS))
        if out and point == out[-1]:
            continue
        if len(out) >= 2 and _collinear(out[-2], out[-1], point):
            out[-1] = point
            continue
        out.append(point)
    if len(out) > 1 and out[0] == out[-1]:
        out.pop()
    return out


def across_the_antimeridian(points: list[Point]) -> list[list[Point]]:
    """A ring as drawn on the flat map. One that crosses the antimeridian (Chukotka,
    Fiji) is made continuous past +-180 degrees and drawn twice, a world apart, so the
    map's edges cut it where they should; one around a pole (Antarctica, which the map
    does not show) is left out."""
    if not points:
        return []
    unwrapped = [points[0]]
    for x, y in points[1:]:
        previous = unwrapped[-1][0]
        while x - previous > 180:
            x -= 360
        while previous - x > 180:
            x += 360
        unwrapped.append((x, y))
    if abs(unwrapped[0][0] - unwrapped[-1][0]) > 180:
        return []
    if all(-180 <= x <= 180 for x, _ in unwrapped):
        return [unwrapped]
    shift = -360 if max(x for x, _ in unwrapped) > 180 else 360
    return [unwrapped, [(round(x + shift, DECIMALS), y) for x, y in unwrapped]]


def _collinear(a: Point, b: Point, c: Point) -> bool:
    return abs((b[0] - a[0]) * (c[1] - a[1]) - (b[1] - a[1]) * (c[0] - a[0])) < 1e-9


def area_and_centroid(points: list[Point]) -> tuple[float, Point]:
    area = cx = cy = 0.0
    for (x0, y0), (x1, y1) in zip(points, points[1:] + points[:1], strict=True):
        cross = x0 * y1 - x1 * y0
        area += cross
        cx += (x0 + x1) * cross
        cy += (y0 + y1) * cross
    if abs(area) < 1e-12:
        xs, ys = [p[0] for p in points], [p[1] for p in points]
        return 0.0, (sum(xs) / len(xs), sum(ys) / len(ys))
    return abs(area) / 2, (cx / (3 * area), cy / (3 * area))


def svg_path(rings: list[list[Point]]) -> str:
    return "".join("M" + "L".join(f"{_num(x)} {_num(y)}" for x, y in r) + "Z" for r in rings)


def _num(value: float) -> str:
    text = f"{value:.{DECIMALS}f}".rstrip("0").rstrip(".")
    return "0" if text in ("-0", "") else text


def country_code(numeric: str | None) -> str | None:
    if numeric is None:
        return None
    found = pycountry.countries.get(numeric=numeric)
    return str(found.alpha_3) if found is not None else None


def countries(topology: dict[str, Any]) -> list[dict[str, Any]]:
    arcs = decoded_arcs(topology)
    out = []
    for geometry in topology["objects"]["countries"]["geometries"]:
        polygons = (geometry["arcs"] if geometry["type"] == "MultiPolygon"
                    else [geometry["arcs"]] if geometry["type"] == "Polygon" else [])
        rings = [r for polygon in polygons for indices in polygon
                 for r in across_the_antimeridian(projected(ring(arcs, indices)))]
        rings = [r for r in rings if len(r) >= 3]
        if not rings:
            continue
        # the centre of the largest outer ring (holes are smaller than their outer ring)
        _, centre = max((area_and_centroid(r) for r in rings), key=lambda found: found[0])
        out.append({"code": country_code(geometry.get("id")),
                    "name": geometry["properties"]["name"],
                    "centre": [round(centre[0], 1), round(centre[1], 1)],
                    "path": svg_path(rings)})
    return sorted(out, key=lambda c: (c["code"] is None, c["code"] or "", c["name"]))


def formatted(resource: dict[str, Any]) -> str:
    """Indented JSON with one line per country, so a rebuild's diff names the countries."""
    head = {k: v for k, v in resource.items() if k != "countries"}
    lines = json.dumps(head, ensure_ascii=False, indent=1)[:-2]
    rows = ",\n".join("  " + json.dumps(c, ensure_ascii=False) for c in resource["countries"])
    return f'{lines},\n "countries": [\n{rows}\n ]\n}}\n'


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("topojson", type=Path, help="world-atlas countries-110m.json")
    parser.add_argument("--output", type=Path, default=OUTPUT)
    args = parser.parse_args()
    topology = json.loads(args.topojson.read_text(encoding="utf-8"))
    found = countries(topology)
    codes = [c["code"] for c in found if c["code"]]
    assert len(codes) == len(set(codes)), "a code twice"
    resource = {
        "resource": "world_outline",
        "version": VERSION,
        "about": (
            "Country outlines for the map page of sukien serve. Coordinates are an "
            "equirectangular projection in degrees: x = longitude (-180 to 180), "
            "y = -latitude (north up), rounded to 0.1 degree; 'path' is an SVG path "
            "(M, L, Z; one subpath per ring), 'centre' the centroid of the largest ring, "
            "where an event located only by its country is drawn. 'code' is ISO 3166-1 "
            "alpha-3 (pycountry, from Natural Earth's numeric id), null for the shapes "
            "without one (N. Cyprus, Somaliland, Kosovo). Built by "
            "benchmarks/build_world_outline.py."),
        "source": ("Natural Earth, Admin 0 - Countries, 1:110m, version 4.1.0 "
                   "(https://www.naturalearthdata.com/), as TopoJSON in the npm package "
                   "world-atlas 2.0.2 (countries-110m.json)"),
        "licence": ("Natural Earth data are in the public domain "
                    "(https://www.naturalearthdata.com/about/terms-of-use/); the world-atlas "
                    "packaging is under the ISC licence, Copyright 2013-2019 Michael Bostock"),
        "bounds": {"x": [-180, 180], "y": [-90, 90]},
        "countries": found,
    }
    args.output.write_text(formatted(resource), encoding="utf-8")
    size = args.output.stat().st_size
    print(f"{len(found)} countries ({len(codes)} with a code), {size / 1024:.0f} KB "
          f"-> {args.output}")


if __name__ == "__main__":
    main()
