"""Rebuild ``geo/data/world.generated.json``, the world outline the web map draws, offline.

    npm pack world-atlas@2.0.2 && tar xzf world-atlas-2.0.2.tgz
    python -m lagebild.geo.build_world package/land-110m.json            # writes the file
    python -m lagebild.geo.build_world package/land-110m.json --check    # exits 1 if stale

Source: Natural Earth 1:110m land (public domain, https://www.naturalearthdata.com) as
TopoJSON in the npm package ``world-atlas`` 2.0.2 (ISC, Mike Bostock). The TopoJSON arcs
are decoded (quantised, delta-coded) into the land polygons' rings, each a list of
``[lon, lat]`` rounded to 0.1 degree (about 11 km, below what a world map shows), and
written as JSON. Nothing is read from the network at run time.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from lagebild.datafile import write_generated

OUTPUT = Path(__file__).resolve().parent / "data" / "world.generated.json"
SOURCE = "Natural Earth 1:110m land (public domain) via the npm package world-atlas 2.0.2 (ISC)"
REBUILD = "python -m lagebild.geo.build_world PATH/TO/world-atlas/land-110m.json"

Ring = list[list[float]]


def decode_arcs(topology: dict[str, Any]) -> list[Ring]:
    """The arcs as absolute lon/lat: TopoJSON stores quantised deltas with a transform."""
    (sx, sy), (tx, ty) = topology["transform"]["scale"], topology["transform"]["translate"]
    arcs = []
    for arc in topology["arcs"]:
        x = y = 0
        points = []
        for dx, dy in arc:
            x, y = x + dx, y + dy
            points.append([x * sx + tx, y * sy + ty])
        arcs.append(points)
    return arcs


def ring(arcs: list[Ring], indices: list[int]) -> Ring:
    """One ring from its arcs: a negative index ~i is arc i reversed; arcs share endpoints."""
    points: Ring = []
    for index in indices:
        arc = arcs[index] if index >= 0 else arcs[~index][::-1]
        points.extend(arc[1:] if points else arc)
    return points


def rings(topology: dict[str, Any]) -> list[Ring]:
    """Every ring of every polygon of every object, rounded to 0.1 degree."""
    arcs = decode_arcs(topology)
    found = []
    for obj in topology["objects"].values():
        for geometry in obj.get("geometries", [obj]):
            multi = geometry["type"] == "MultiPolygon"
            polygons = geometry["arcs"] if multi else [geometry["arcs"]]
            for polygon in polygons:
                found += [_rounded(ring(arcs, indices)) for indices in polygon]
    return [r for r in found if len(r) >= 4]


def _rounded(points: Ring) -> Ring:
    out: Ring = []
    for lon, lat in points:
        point = [round(lon, 1), round(lat, 1)]
        if not out or point != out[-1]:
            out.append(point)
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("topojson", type=Path, help="land-110m.json of the world-atlas package")
    parser.add_argument("--check", action="store_true", help="compare with the committed file")
    args = parser.parse_args(argv)
    outline = rings(json.loads(args.topojson.read_text(encoding="utf-8")))
    text = json.dumps({"source": SOURCE, "rings": outline}, separators=(",", ":")) + "\n"
    summary = f"{len(outline)} rings, {sum(map(len, outline))} points"
    ok = write_generated(OUTPUT, text, check=args.check, rebuild=REBUILD, summary=summary)
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
