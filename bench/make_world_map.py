"""Make kg/view/assets/world.json, the country outlines of the view's map panel.

Not a benchmark: run by hand when the outlines should change, never by the tests.

    npm pack world-atlas@2.0.2 && tar xzf world-atlas-2.0.2.tgz
    python bench/make_world_map.py package/countries-110m.json

The input is Natural Earth's 1:110m admin-0 countries (public domain), as the
TopoJSON of the world-atlas npm package (ISC licence, Michael Bostock). The
output keeps only the outlines: every ring as whole tenths of a degree,
delta-encoded (``[lon0, lat0, dlon1, dlat1, ...]``), with points that round
onto the previous one dropped, rings that round to fewer than four points
left out, and rings across the antimeridian made continuous (twice, once on
each side). That is about 70 KB, inlined into every page.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

OUT = Path(__file__).resolve().parents[1] / "kg" / "view" / "assets" / "world.json"


def arcs_of(topology: dict[str, Any]) -> list[list[tuple[float, float]]]:
    """The topology's arcs as lists of (longitude, latitude)."""
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


def ring(indices: list[int], arcs: list[list[tuple[float, float]]]) -> list[tuple[float, float]]:
    points: list[tuple[float, float]] = []
    for index in indices:
        arc = arcs[index] if index >= 0 else arcs[~index][::-1]
        points.extend(arc if not points else arc[1:])
    return points


def unwrapped(points: list[tuple[float, float]]) -> list[list[tuple[float, float]]]:
    """A ring that crosses the antimeridian made continuous, once on each side of it.

    Drawn as it is stored, its jump from 180 to -180 degrees would be a line
    across the whole map; continuous, it runs off one edge, and its copy
    shifted by 360 degrees fills in the other.
    """
    out = [points[0]]
    shift = 0.0
    for (lon0, _), (lon1, lat1) in zip(points, points[1:], strict=False):
        if lon1 - lon0 > 180:
            shift -= 360
        elif lon0 - lon1 > 180:
            shift += 360
        out.append((lon1 + shift, lat1))
    if all(-180 <= lon <= 180 for lon, _ in out):
        return [out]
    step = 360 if min(lon for lon, _ in out) < -180 else -360
    return [out, [(lon + step, lat) for lon, lat in out]]


def encode(points: list[tuple[float, float]]) -> list[int] | None:
    tenths = []
    for lon, lat in points:
        p = (round(lon * 10), round(lat * 10))
        if not tenths or p != tenths[-1]:
            tenths.append(p)
    if len(tenths) < 4:
        return None
    out = [tenths[0][0], tenths[0][1]]
    for (x0, y0), (x1, y1) in zip(tenths, tenths[1:], strict=False):
        out += [x1 - x0, y1 - y0]
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("topojson", type=Path, help="world-atlas's countries-110m.json")
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args()
    topology = json.loads(args.topojson.read_text(encoding="utf-8"))
    arcs = arcs_of(topology)
    rings = []
    for geometry in topology["objects"]["countries"]["geometries"]:
        polygons = {"Polygon": [geometry.get("arcs")], "MultiPolygon": geometry.get("arcs")}.get(
            geometry.get("type"), []
        )
        for polygon in polygons or []:
            for indices in polygon:
                for part in unwrapped(ring(indices, arcs)):
                    encoded = encode(part)
                    if encoded is not None:
                        rings.append(encoded)
    data = {
        "about": "Natural Earth 1:110m admin-0 countries (public domain), via world-atlas 2.0.2"
        " (ISC, Michael Bostock); tenths of a degree, delta-encoded rings",
        "rings": rings,
    }
    args.out.write_text(json.dumps(data, separators=(",", ":")) + "\n", encoding="utf-8")
    print(f"wrote {args.out}: {len(rings)} rings, {args.out.stat().st_size / 1000:.0f} KB")


if __name__ == "__main__":
    main()
