"""The world outline the web map draws: decoded from TopoJSON, shipped, and shaped like land."""

from __future__ import annotations

import json

import pytest

from lagebild.geo.build_world import OUTPUT, rings


def _inside(lon: float, lat: float, ring: list[list[float]]) -> bool:
    """Ray casting: whether the point lies inside the ring."""
    inside = False
    for (x1, y1), (x2, y2) in zip(ring, ring[1:] + ring[:1], strict=True):
        if (y1 > lat) != (y2 > lat) and lon < x1 + (lat - y1) * (x2 - x1) / (y2 - y1):
            inside = not inside
    return inside


def test_topojson_arcs_are_decoded_into_rings_with_reversed_arcs():
    # a square from two arcs: 0 goes (0,0)→(10,0)→(10,10), ~1 is arc 1 reversed
    topology = {
        "type": "Topology",
        "transform": {"scale": [1, 1], "translate": [0, 0]},
        "arcs": [[[0, 0], [10, 0], [0, 10]], [[0, 0], [0, 10], [10, 0]]],
        "objects": {"land": {"type": "GeometryCollection",
                             "geometries": [{"type": "Polygon", "arcs": [[0, ~1]]}]}},
    }  # fmt: skip
    assert rings(topology) == [[[0, 0], [10, 0], [10, 10], [0, 10], [0, 0]]]


@pytest.fixture(scope="module")
def outline():
    return json.loads(OUTPUT.read_text(encoding="utf-8"))["rings"]


@pytest.mark.parametrize(
    ("place", "lon", "lat", "land"),
    [("Berlin", 13.4, 52.5, True), ("Bagdad", 44.4, 33.3, True), ("Kinshasa", 15.3, -4.3, True),
     ("Brasília", -47.9, -15.8, True), ("mid-Atlantic", -30.0, 30.0, False),
     ("Pacific", -150.0, 0.0, False), ("Mediterranean", 18.0, 35.0, False)],
)  # fmt: skip
def test_shipped_outline_has_land_where_cities_are_and_sea_between(outline, place, lon, lat, land):
    assert any(_inside(lon, lat, ring) for ring in outline) == land, place
