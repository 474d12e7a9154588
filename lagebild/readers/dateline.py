"""Parse the dateline that opens an agency story: ``Peking (dpa) - ``.

Only known agencies count (``agencies.yaml``), so "Die Regierung (CDU) - so hieß es"
is no dateline.
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

import yaml

from lagebild.analysis import Dateline

AGENCIES_FILE = Path(__file__).with_name("agencies.yaml")
_PLACE = r"[A-ZÄÖÜ][\w.'’\-]*(?: [A-ZÄÖÜa-zäöü][\w.'’\-]*){0,3}"
_DATELINE = re.compile(
    rf"^(?P<places>{_PLACE}(?:\s*/\s*{_PLACE})*)?\s*"
    r"\((?P<agency>[A-Za-zÄÖÜäöü][\w./ -]{0,30})\)\s*[-–—:]\s+"
)


@cache
def known_agencies() -> frozenset[str]:
    data = yaml.safe_load(AGENCIES_FILE.read_text(encoding="utf-8"))
    return frozenset(a.lower() for a in data["agencies"])


def parse_dateline(text: str) -> Dateline | None:
    """Places and agency of a dateline at the very start of ``text``, else None."""
    m = _DATELINE.match(text[:200])
    if not m:
        return None
    agency = m.group("agency").strip()
    if not all(part.strip().lower() in known_agencies() for part in agency.split("/")):
        return None
    places = [_normalise_place(p) for p in (m.group("places") or "").split("/") if p.strip()]
    return Dateline(places=places, agency=agency, start=0, end=m.end())


def _normalise_place(place: str) -> str:
    place = place.strip()
    # Agencies write BERLIN or WASHINGTON; users search for Berlin.
    if place.isupper() and len(place) > 3:
        return " ".join(w.capitalize() for w in place.split(" "))
    return place
