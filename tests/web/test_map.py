"""The event map: events grouped by place and drawn on the shipped world outline."""

from __future__ import annotations

import re

import pytest

from lagebild.store import Store, queries
from lagebild.web.geomap import spots, world_svg


def row(article, type_, lat, lon, name="Bagdad", country="IRQ"):
    return {"article": article, "type": type_, "location": name, "location_country": country,
            "location_lat": lat, "location_lon": lon}  # fmt: skip


@pytest.mark.parametrize(
    ("rows", "expected"),
    [([row("a", "ASSAULT", 33.34, 44.40), row("b", "PROTEST", 33.341, 44.401),
       row("c", "CONSULT", 55.75, 37.62, "Moskau", "RUS")], [("Bagdad", 2), ("Moskau", 1)]),
     # a country or an unresolved name has no point to draw
     ([row("a", "ASSAULT", None, None, "Irak"), row("b", "ASSAULT", None, None, "Mardscha")], [])],
)  # fmt: skip
def test_events_are_grouped_by_their_point_most_first(rows, expected):
    assert [(s.name, len(s.events)) for s in spots(rows)] == expected


def test_each_place_is_a_circle_at_its_coordinates_over_the_land():
    svg = world_svg(spots([row("a", "ASSAULT", 33.34, 44.40), row("b", "ASSAULT", 55.75, 37.62)]))
    circles = re.findall(r'<circle class="spot" cx="([-\d.]+)" cy="([-\d.]+)"', svg)
    assert sorted(circles) == [("37.62", "-55.75"), ("44.40", "-33.34")]
    assert '<path class="land" d="M' in svg and 'href="/articles/a"' in svg


def test_the_map_page_draws_every_located_event_of_the_store(client, web_db):
    with Store(web_db) as store:
        located = [r for r in queries.query_events(store.conn, limit=5000)
                   if r["location_lat"] is not None]  # fmt: skip
    page = client.get("/map").text
    drawn = re.findall(r"<title>[^<]*: (\d+) events", page)
    assert located and sum(map(int, drawn)) == len(located)
    assert page.count('<circle class="spot"') == len(spots(located))
