"""Parse the dateline that opens an agency story: ``Peking (dpa) - ``.

Only known agencies count (``agencies.yaml``), so "Die Regierung (CDU) - so hieß es"
is no dateline. The forms agencies use: a regional service after the agency
(``München (dpa/lby) -``), a date after the place (``Berlin, 5. Mai (Reuters) -``), a
full stop instead of the dash (``Frankfurt (epd).``).

Reports of a newspaper's or a wiki's own have a dateline without an agency: German
Wikinews writes the place, its state in brackets and the date (``Nairobi (Kenia),
28.02.2008 – ``, also with the month written out: ``5. Mai 2024``), newspapers the place
alone (``Berlin – ``, ``Moskau / Kiew – ``, ``BERLIN. ``). Some agencies (KNA, epd) set
no dash after their name (``Bonn (KNA) Der Papst``).
Without an agency to recognise, every place there must be in the gazetteer, and a bare
place (no state, no date) a city of some size, so "Angela Merkel – die Kanzlerin" or a
village's name doubling as a word is no dateline.
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

import yaml

from lagebild.analysis import Dateline

if TYPE_CHECKING:
    from lagebild.geo.gazetteer import Candidate

AGENCIES_FILE = Path(__file__).with_name("agencies.yaml")
_PLACE = r"[A-ZÄÖÜ][\w.'’\-]*(?: [A-ZÄÖÜa-zäöü][\w.'’\-]*){0,3}"
_DAY = r"\d{1,2}\.\s*(?:[A-ZÄÖÜ][a-zäöü]+\.?|\d{1,2}\.)(?:\s*\d{4})?"
_DATELINE = re.compile(
    rf"^(?P<places>{_PLACE}(?:\s*/\s*{_PLACE})*)?(?:,\s*{_DAY})?\s*"
    r"\((?P<agency>[A-Za-zÄÖÜäöü][\w./ -]{0,30})\)\s*(?:[-–—:]\s+|\.?\s+(?=[A-ZÄÖÜ„»«\"]))"
)
_OWN_DATELINE = re.compile(
    rf"^(?P<places>{_PLACE}(?:\s*/\s*{_PLACE})*)(?:\s+\((?P<state>[A-ZÄÖÜ][^()]{{1,40}})\))?"
    rf"(?:,\s*(?P<date>\d{{1,2}}\.\d{{1,2}}\.\d{{2,4}}|{_DAY}))?\s+[-–—]\s+(?=[A-ZÄÖÜ„»«\"])"
)
# a newspaper's place and a full stop (BERLIN. Die Bundesregierung …, Düsseldorf. Der …)
_PLACE_STOP = re.compile(
    r"^(?P<places>[A-ZÄÖÜ][\w'’\-]*(?: [A-ZÄÖÜ][\w'’\-]*){0,2})\.\s+(?=[A-ZÄÖÜ„»«\"])"
)
# a bare place as dateline names a city a reader knows (Berlin, Kiew), as the agencies' do
MIN_BARE_POPULATION = 100_000
# a regional or topic service after the agency's name: dpa/lby, dpa/lnw, dpa/tmn
_SERVICE = re.compile(r"[a-z]{2,4}")


@cache
def known_agencies() -> frozenset[str]:
    data = yaml.safe_load(AGENCIES_FILE.read_text(encoding="utf-8"))
    return frozenset(a.lower() for a in data["agencies"])


def parse_dateline(text: str) -> Dateline | None:
    """Places and agency of a dateline at the very start of ``text``, else None."""
    m = _DATELINE.match(text[:200])
    if not m:
        return _own_dateline(text)
    agency = m.group("agency").strip()
    if not _is_agency(agency):
        return None
    places = [_normalise_place(p) for p in (m.group("places") or "").split("/") if p.strip()]
    return Dateline(places=places, agency=agency, start=0, end=m.end())


def _own_dateline(text: str) -> Dateline | None:
    """A dateline without an agency (Wikinews', a newspaper's): places the gazetteer knows."""
    m = _OWN_DATELINE.match(text[:200])
    if not m:
        return _place_and_stop(text)
    from lagebild.geo.gazetteer import get_gazetteer  # loaded only for such an opening

    gazetteer = get_gazetteer()
    places = [p.strip() for p in m.group("places").split("/")]
    bare = m.group("state") is None and m.group("date") is None
    known = [gazetteer.lookup_exact(p) for p in places]
    if m.group("state") is not None and not gazetteer.lookup_exact(m.group("state").strip()):
        return None
    if not all(known) or bare and not all(_is_city(found) for found in known):
        return None
    return Dateline(places=places, agency=None, start=0, end=m.end())


def _place_and_stop(text: str) -> Dateline | None:
    """A newspaper's dateline with a full stop (BERLIN. Die Bundesregierung …): a bare
    place, so it must be a city of some size, as in ``Berlin – ``; a first sentence of a
    lone place name is no sentence of news."""
    m = _PLACE_STOP.match(text[:80])
    if not m:
        return None
    from lagebild.geo.gazetteer import get_gazetteer

    place = _normalise_place(m.group("places"))
    if not _is_city(get_gazetteer().lookup_exact(place)):
        return None
    return Dateline(places=[place], agency=None, start=0, end=m.end())


def _is_city(candidates: list[Candidate]) -> bool:
    return any(
        c.place.precision == "point" and c.place.population >= MIN_BARE_POPULATION
        for c in candidates
    )


def _is_agency(agency: str) -> bool:
    """Known agencies joined by "/", each maybe followed by its services (dpa/lby)."""
    first, *rest = (part.strip() for part in agency.split("/"))
    known = known_agencies()
    return first.lower() in known and all(
        part.lower() in known or _SERVICE.fullmatch(part) for part in rest
    )


def _normalise_place(place: str) -> str:
    place = place.strip()
    # Agencies write BERLIN or WASHINGTON; users search for Berlin.
    if place.isupper() and len(place) > 3:
        return " ".join(w.capitalize() for w in place.split(" "))
    return place
