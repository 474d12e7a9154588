"""The event map: events at their places over a world outline shipped with the package.

An inline SVG in plate carrée (x = longitude, y = −latitude), drawn on the server: no tiles,
no script and nothing fetched at run time. The outline is Natural Earth's 1:110m land
(``geo/data/world.generated.json``, rebuilt by ``python -m lagebild.geo.build_world``).
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass, field
from functools import lru_cache
from html import escape
from pathlib import Path
from typing import Any

from markupsafe import Markup

OUTLINE = Path(__file__).resolve().parent.parent / "geo" / "data" / "world.generated.json"


@dataclass
class Spot:
    """One place on the map with the events located there."""

    name: str
    country: str | None
    lat: float
    lon: float
    events: list[dict[str, Any]] = field(default_factory=list)

    @property
    def label(self) -> str:
        types = sorted({e["type"] for e in self.events})
        where = f"{self.name} ({self.country})" if self.country else self.name
        return f"{where}: {len(self.events)} events: {', '.join(types)}"


def spots(rows: list[dict[str, Any]]) -> list[Spot]:
    """Events with coordinates grouped by place (same point to 0.01 degree), most first."""
    found: dict[tuple[float, float], Spot] = {}
    for row in rows:
        lat, lon = row.get("location_lat"), row.get("location_lon")
        if lat is None or lon is None:
            continue
        key = (round(lat, 2), round(lon, 2))
        spot = found.setdefault(
            key, Spot(row.get("location") or "?", row.get("location_country"), lat, lon)
        )
        spot.events.append(row)
    return sorted(found.values(), key=lambda s: (-len(s.events), s.name))


@lru_cache(maxsize=1)
def land_path() -> str:
    """The world outline as one SVG path (read once: 5,000 points)."""
    rings = json.loads(OUTLINE.read_text(encoding="utf-8"))["rings"]
    return " ".join(
        "M" + " ".join(f"{lon:g},{-lat:g}" for lon, lat in ring) + "Z" for ring in rings
    )


def world_svg(places: list[Spot]) -> Markup:
    """The map: land, and a circle per place (area by event count) linking to its events."""
    marks = []
    for spot in places:
        radius = 0.8 + 0.8 * math.sqrt(len(spot.events))
        article = escape(str(spot.events[0]["article"]), quote=True)
        marks.append(
            f'<a href="/articles/{article}"><circle class="spot" cx="{spot.lon:.2f}"'
            f' cy="{-spot.lat:.2f}" r="{radius:.1f}"><title>{escape(spot.label)}</title>'
            "</circle></a>"
        )
    return Markup(
        '<svg class="world" viewBox="-180 -90 360 180" role="img"'
        ' aria-label="events on a world map">'
        f'<path class="land" d="{land_path()}"/>{"".join(marks)}</svg>'
    )
