"""The offline gazetteer: place names → candidate places with coordinates.

Three layers, looked up together:
- ``data/places.generated.tsv``: GeoNames cities over 15,000 inhabitants with their
  alternate names, and the countries (``python -m lagebild.geo.build``; CC BY 4.0);
- ``data/regions.yaml``: hand-written first-level regions under their German names;
- the actor knowledge base: German country names in every form (Irak, Iraks), and the
  places it lists for a state (capitals, seats of government: Kiew, Kreml), which stand
  for the capital when the city table does not know the name.

``lookup`` only proposes candidates; choosing among them in context is the job of
``lagebild.pipeline.places``.
"""

from __future__ import annotations

import json
import math
import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, replace
from functools import lru_cache
from pathlib import Path
from typing import Literal

import yaml
from jsonschema import Draft202012Validator

from lagebild.errors import DataFileError
from lagebild.kb.loader import KnowledgeBase, get_kb

DATA_DIR = Path(__file__).resolve().parent / "data"
PLACES_FILE = DATA_DIR / "places.generated.tsv"
REGIONS_FILE = DATA_DIR / "regions.yaml"
ADMIN1_FILE = DATA_DIR / "admin1.generated.tsv"
COURTS_FILE = DATA_DIR / "courts.yaml"
SEATS_FILE = DATA_DIR / "seats.yaml"
# dependent territories with an ISO code of their own and the state that governs them
TERRITORIES_FILE = DATA_DIR / "territories.yaml"
# territories with an ISO code of their own that another state's forces hold (PSE: Israel)
OCCUPATIONS_FILE = DATA_DIR / "occupations.yaml"
# GeoNames' places of 1,000 to 15,000 inhabitants (``python -m lagebild.geo.build``), read
# only where the text calls a name a place and the article names its state
SMALL_PLACES_FILE = DATA_DIR / "small_places.generated.tsv"
# how German names a first-level region with its kind (in der Provinz Sindh)
ADMIN1_KINDS = ("Provinz", "Region", "Bundesstaat")
SCHEMA_DIR = Path(__file__).resolve().parent / "schema"
EARTH_RADIUS_KM = 6371.0
# L’Aquila, L′Aquila → L'Aquila, as geonames writes it
APOSTROPHES = str.maketrans({"’": "'", "′": "'", "`": "'", "ʼ": "'"})
# GeoNames' romanisations mark the Arabic ʿayn with a backtick or an opening quote (Al-`Ula,
# Al ‘Amārah, ‘Amrān, ‘Afrīn); German writes these names without the mark (Al-Ula, Amran,
# Afrin), as its transliteration does. An apostrophe stays: inside a word it separates
# syllables (Xi'an: Xian, Taian, Jian would be other words), and at the end it is a soft
# sign or hamza whose bare form is often a personal name (Usman').
TRANSLITERATION_MARKS = re.compile("[`‘ʿʾ]")

# compass points German compounds with a state's name for a part of it (Ostukraine, Nordirak,
# Südostasien is no state's); the longer first
COMPASS_PREFIXES = ("Nordost", "Nordwest", "Südost", "Südwest", "Nord", "Süd", "Ost", "West",
                    "Zentral", "Mittel")  # fmt: skip
# such compounds that name no part of the state (Amerika is the USA's name in the KB; Ost-
# and West-Aserbaidschan are Iranian provinces), written without hyphen, in lower case
NOT_PARTS_OF_STATES = frozenset(
    {"nordamerika", "südamerika", "mittelamerika", "zentralamerika", "westindien", "ostindien",
     "ostaserbaidschan", "westaserbaidschan", "nordkurdistan", "westkurdistan",
     "ostkurdistan", "südkurdistan"}
)  # fmt: skip

Precision = Literal["point", "admin1", "country"]
# A region named like a city of its country this large is the city when named bare (New York)
LARGE_CITY = 100_000
# German transliterates Arabic, Persian and Cyrillic names by German spelling rules, GeoNames
# (and English) by English ones: Schiraz/Shiraz, Dschalalabad/Jalalabad, Tschita/Chita,
# Chost/Khost, Katuniza/Katunitsa, Wolschski/Volzhskiy, Jaroslawl/Yaroslavl. Each rule is
# tried on and off (longest first), so a name yields a handful of English spellings.
TRANSLITERATIONS = (
    ("dsch", "j"), ("tsch", "ch"), ("sch", "sh"), ("(?<![st])ch", "kh"), ("z", "ts"),
    ("w", "v"), ("j", "y"),
)  # fmt: skip


@dataclass(frozen=True)
class GeoPlace:
    """One gazetteer entry."""

    name: str
    country: str
    precision: Precision
    lat: float | None = None
    lon: float | None = None
    admin1: str | None = None
    population: int = 0
    geonames_id: int | None = None
    # GeoNames feature class: P populated place, A country or region
    feature_class: str = "P"


@dataclass(frozen=True)
class Candidate:
    place: GeoPlace
    # how the name was found: "name" (the entry's own name or a German one),
    # "alternate" (one of geonames' names in any language), "capital" (a KB place name),
    # "small" (a place of the small places' layer, by its own name)
    via: str


def distance_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle (haversine) distance."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * EARTH_RADIUS_KM * math.asin(min(1.0, math.sqrt(a)))


class Gazetteer:
    def __init__(self, kb: KnowledgeBase | None = None) -> None:
        self.kb = kb
        self.cities: list[GeoPlace] = []
        self._by_name: dict[str, list[int]] = {}  # primary names
        self._by_alternate: dict[str, list[int]] = {}
        self.countries: dict[str, GeoPlace] = {}
        self.capitals: dict[str, str] = {}  # ISO3 → capital's geonames name
        self.regions: dict[str, GeoPlace] = {}
        self._german_regions: dict[str, GeoPlace] = {}  # regions.yaml's admin1 by German name
        self._german_region_places: set[GeoPlace] = set()  # regions.yaml's admin1 entries
        self._generated_regions: list[GeoPlace] = []
        self._capital_cache: dict[str, GeoPlace | None] = {}
        self._seats: dict[str, GeoPlace] = {}  # a region's adjective → its seat of government
        self._courts: list[tuple[re.Pattern[str], GeoPlace]] = []  # longest name first
        # (ISO3, parliament|government) → its city, where that is not the capital
        self._state_seats: dict[tuple[str, str], GeoPlace] = {}
        self._governed_by: dict[str, str] = {}  # a dependent territory's ISO3 → its state's
        self._held_by: dict[str, str] = {}  # an occupied territory's ISO3 → the holding state's
        # (a state's ISO3, one of its first-level regions) → the state whose forces hold it
        self._held_in: dict[tuple[str, str], str] = {}
        self._small: dict[str, list[str]] | None = None  # folded name → small places' lines

    # -- loading ----------------------------------------------------------------------

    @classmethod
    def load(cls, kb: KnowledgeBase | None = None) -> Gazetteer:
        gazetteer = cls(kb)
        gazetteer._read_places(PLACES_FILE)
        gazetteer._read_regions(REGIONS_FILE)
        gazetteer._add_generated_regions()
        gazetteer._add_admin1(ADMIN1_FILE)
        gazetteer._read_courts(COURTS_FILE)
        gazetteer._read_state_seats(SEATS_FILE)
        gazetteer._read_territories(TERRITORIES_FILE)
        gazetteer._read_occupations(OCCUPATIONS_FILE)
        return gazetteer

    def _read_places(self, path: Path) -> None:
        for line in path.read_text(encoding="utf-8").splitlines():
            if not line or line.startswith("#"):
                continue
            gid, name, code, admin1, lat, lon, population, feature, names = line.split("\t")
            if feature == "A":
                self.countries[code] = GeoPlace(
                    name, code, "country", population=int(population), geonames_id=int(gid),
                    feature_class="A",
                )  # fmt: skip
                self.capitals[code] = names
                continue
            if feature == "R":
                self._generated_regions.append(
                    GeoPlace(
                        name,
                        code,
                        "admin1",
                        float(lat),
                        float(lon),
                        f"{code}.{admin1}",
                        int(population),
                        int(gid),
                        "A",
                    )  # fmt: skip
                )
                continue
            place = GeoPlace(
                name, code, "point", float(lat), float(lon), f"{code}.{admin1}" if admin1 else None,
                int(population), int(gid), "P",
            )  # fmt: skip
            index = len(self.cities)
            self.cities.append(place)
            self._by_name.setdefault(name, []).append(index)
            for spelling in unmarked_spellings(name):
                self._by_name.setdefault(spelling, []).append(index)
            for alternate in names.split("|") if names else ():
                self._by_alternate.setdefault(alternate, []).append(index)

    def _add_generated_regions(self) -> None:
        """The US states under their names and as *Bundesstaat X*, after the hand-written
        regions (Kalifornien), which win. A state named like a large city of its country (New
        York, Washington) is only *Bundesstaat New York*: in the news the bare name is the
        city. Named like a city abroad (Virginia in South Africa), the bare name is the state."""
        for region in self._generated_regions:
            forms = [f"Bundesstaat {region.name}", f"US-Bundesstaat {region.name}"]
            named = (*self._by_name.get(region.name, ()), *self._by_alternate.get(region.name, ()))
            cities = [self.cities[i] for i in named if self.cities[i].country == region.country]
            if all(c.population < LARGE_CITY for c in cities):
                forms.append(region.name)
            for form in forms:
                self.regions.setdefault(form, region)

    def _add_admin1(self, path: Path) -> None:
        """Every country's first-level regions (``build_admin1``), after every other layer:
        with its kind (*Provinz Kandahar*) always, under the bare name (Sindh, Queensland)
        only where no city, state or region has it, so a region never displaces a place the
        news means (Kandahar the city, Ontario in California stays as it was)."""
        for line in path.read_text(encoding="utf-8").splitlines():
            if not line or line.startswith("#"):
                continue
            name, code, lat, lon, _ = line.split("\t")
            bare = _without_admin_kind(name)
            region = GeoPlace(bare, code, "admin1", float(lat), float(lon), bare, 0, None, "A")
            for surface in {name, bare}:
                for kind in ADMIN1_KINDS:
                    self.regions.setdefault(f"{kind} {surface}", region)
                if surface not in self.regions and not self._known(surface):
                    self.regions[surface] = region

    def _known(self, name: str) -> bool:
        return bool(
            self._by_name.get(name) or self._by_alternate.get(name)
            or self._countries_named(name) or self._capital_named(name)
        )  # fmt: skip

    def _read_regions(self, path: Path) -> None:
        for item in read_regions(path):
            place = GeoPlace(
                item["name"], item["country"], item["precision"], item["lat"], item["lon"],
                item["name"] if item["precision"] == "admin1" else None, 0, None, "A",
            )  # fmt: skip
            for surface in (item["name"], *item.get("names", ())):
                self.regions[surface] = place
            if item["precision"] == "admin1":
                self._german_regions[item["name"]] = place
                self._german_region_places.add(place)
            seat = self._seat(item)
            if seat is not None:
                self._seats |= {a.lower(): seat for a in item.get("adjectives", ())}

    def _seat(self, item: dict) -> GeoPlace | None:
        """The city a region's government sits in: the most populous of the name there."""
        if "seat" not in item:
            return None
        named = (*self._by_name.get(item["seat"], ()), *self._by_alternate.get(item["seat"], ()))
        cities = [self.cities[i] for i in named if self.cities[i].country == item["country"]]
        city = max(cities, key=lambda c: c.population, default=None)
        return None if city is None else replace(city, name=item["seat"])

    def _read_courts(self, path: Path) -> None:
        names: list[tuple[str, GeoPlace]] = []
        for item in read_data_file(path, "courts.schema.json", "courts"):
            seat = self._seat(item)
            if seat is not None:
                names += [(name, seat) for name in (item["name"], *item.get("names", ()))]
        # the longest name first: Europäischer Gerichtshof für Menschenrechte (Straßburg)
        # before Europäischer Gerichtshof (Luxemburg)
        names.sort(key=lambda pair: -len(pair[0]))
        self._courts = [(re.compile(rf"\b{re.escape(n)}", re.IGNORECASE), s) for n, s in names]

    def _read_state_seats(self, path: Path) -> None:
        for item in read_data_file(path, "seats.schema.json", "seats of government"):
            seat = self._seat(item)
            if seat is not None:
                self._state_seats.update({(item["country"], kind): seat for kind in item["of"]})

    def _read_territories(self, path: Path) -> None:
        for item in read_data_file(path, "territories.schema.json", "dependent territories"):
            self._governed_by[item["territory"]] = item["state"]

    def _read_occupations(self, path: Path) -> None:
        for item in read_data_file(path, "occupations.schema.json", "occupied territories"):
            if "admin1" not in item:
                self._held_by[item["territory"]] = item["state"]
            for region in item.get("admin1", ()):
                self._held_in[(item["territory"], region)] = item["state"]

    def governing_state(self, code: str) -> str:
        """The state whose authorities rule a place of this code: the governing state of a
        dependent territory (NCL → FRA, HKG → CHN, GRL → DNK), else the code itself."""
        return self._governed_by.get(code, code)

    def ruling_states(self, code: str, admin1: str | None = None) -> frozenset[str]:
        """The states whose authorities and forces act on a place of this code as on their own
        ground: its own, the state governing it (NCL → FRA) and the state holding it (PSE →
        ISR), or holding the place's first-level region (``admin1``: the Crimea, UKR.11 →
        RUS; the Golan → ISR). The territory keeps its own code; only where authorities act
        is asked."""
        held = self._held_by.get(code) or (
            self._held_in.get((code, admin1)) if admin1 is not None else None
        )
        return frozenset((code, self.governing_state(code), *((held,) if held else ())))

    def german_region(self, surface: str) -> GeoPlace | None:
        """A first-level region of ``regions.yaml`` by one of its German names (Krim,
        Golanhöhen, Gazastreifen), not a generated admin1 name: the hand-written layer names
        the regions the news writes in German, many with an article (die Krim, das
        Westjordanland)."""
        place = self.regions.get(surface)
        return place if place is not None and place in self._german_region_places else None

    def seat_of_state(self, code: str, kind: str) -> GeoPlace | None:
        """Where a state's parliament or government (``kind``) sits: the capital, unless
        ``seats.yaml`` names another city (the Dutch parliament: Den Haag, not Amsterdam;
        the Chilean Congress: Valparaíso)."""
        return self._state_seats.get((code, kind)) or self.capital(code)

    def seat_of_court(self, text: str) -> GeoPlace | None:
        """The seat of the court a text names (des Bundesverfassungsgerichts: Karlsruhe; der
        Internationale Strafgerichtshof: Den Haag), from ``courts.yaml``."""
        return next((seat for pattern, seat in self._courts if pattern.search(text)), None)

    def seat_of_adjective(self, word: str) -> GeoPlace | None:
        """The seat of the region an adjective names, in any declined form (die
        niedersächsische Landesregierung: Hannover; Tiroler is not declined)."""
        word = word.lower()
        for ending in ("", "e", "en", "er", "es", "em"):
            if word.endswith(ending) and word[: len(word) - len(ending)] in self._seats:
                return self._seats[word[: len(word) - len(ending)]]
        return None

    # -- lookup -----------------------------------------------------------------------

    def lookup(self, surface: str) -> list[Candidate]:
        """Every entry a place name may denote, as written; a genitive -s is tried too, and
        the dative -n of a plural state or region (in den Niederlanden, Philippinen stays)."""
        surface = " ".join(surface.split()).translate(APOSTROPHES)
        found = self._lookup_exact(surface)
        if not found and len(surface) > 3 and surface[-1] == "s":
            found = self._lookup_exact(surface[:-1])
        if not found and surface.endswith("en"):  # a plural name in the dative: Niederlanden
            found = [c for c in self._lookup_exact(surface[:-1]) if c.place.precision != "point"]
        return found

    def lookup_transliterated(self, surface: str) -> list[Candidate]:
        """A city under its English spelling when the German one is not known (Schiraz →
        Shiraz). Found as ``alternate``: a small place needs the article's support."""
        surface = " ".join(surface.split()).translate(APOSTROPHES)
        found: list[Candidate] = []
        for spelling in english_spellings(surface):
            for index in (*self._by_name.get(spelling, ()), *self._by_alternate.get(spelling, ())):
                if all(c.place.geonames_id != self.cities[index].geonames_id for c in found):
                    found.append(Candidate(self.cities[index], "alternate"))
        return found

    def small_places(self, surface: str) -> list[Candidate]:
        """The places of 1,000 to 15,000 inhabitants a name may denote (Srebrenica,
        Dörverden, Davos), by their own name without accents (Kljuc: Ključ). No English
        spelling is tried: made of a German word it finds small towns (Waren: Varen)."""
        if self._small is None:
            self._small = _read_small_places(SMALL_PLACES_FILE)
        folded = fold(" ".join(surface.split()).translate(APOSTROPHES))
        return [Candidate(_small_place(line), "small") for line in self._small.get(folded, ())]

    def lookup_exact(self, surface: str) -> list[Candidate]:
        """Every entry a place name denotes, exactly as written (no genitive -s)."""
        return self._lookup_exact(" ".join(surface.split()).translate(APOSTROPHES))

    def lists_name(self, surface: str, place: GeoPlace) -> bool:
        """Whether ``surface``, exactly as written, is one of the city's own or alternate
        names (Paris, Damaskus), as opposed to a form the lookup derives (a genitive)."""
        ids = (*self._by_name.get(surface, ()), *self._by_alternate.get(surface, ()))
        return any(self.cities[i].geonames_id == place.geonames_id for i in ids)

    def knows(self, surface: str) -> bool:
        """Whether a name, exactly as written, is in the gazetteer."""
        return bool(self._lookup_exact(surface))

    def _lookup_exact(self, surface: str) -> list[Candidate]:
        if surface in self.regions:
            return [Candidate(self.regions[surface], "name")]
        countries = self._countries_named(surface)
        if countries:
            return [self._city_state(surface, c) for c in countries]
        found = [Candidate(self.cities[i], "name") for i in self._by_name.get(surface, ())]
        seen = {c.place.geonames_id for c in found}
        found += [
            Candidate(self.cities[i], "alternate")
            for i in self._by_alternate.get(surface, ())
            if self.cities[i].geonames_id not in seen
        ]
        if not found:
            found = self._capital_named(surface)
        if not found:
            found = [Candidate(c, "name") for c in self._part_of_state(surface)]
        return found

    def _part_of_state(self, surface: str) -> list[GeoPlace]:
        """A state named with a compass point before it (Ostukraine, Nordirak, Südlibanon,
        Nordost-Syrien): German compounds the part of a state so, and it lies in that state.
        Not the continents (Südamerika, Nordamerikas) or the Indies (Westindien), nor Iran's
        Ost-Aserbaidschan; Nordirland and Südtirol are regions of their own, found before."""
        prefix = next((p for p in COMPASS_PREFIXES if surface.startswith(p)), "")
        rest = surface[len(prefix) :].lstrip("-")
        whole = surface.replace("-", "").lower()
        if not prefix or len(rest) < 3 or whole.removesuffix("s") in NOT_PARTS_OF_STATES:
            return []
        rest = rest[0].upper() + rest[1:]
        # a region is compounded alike (Nordsinai, Nord-Darfur, Osttirol, Südengland) and lies
        # where the region does; only the hand-written German names: GeoNames' bare admin1
        # names would make Ostfriesland Dutch (Friesland) and the Westbalkan Turkmen (Balkan)
        region = self._german_regions.get(rest)
        return [region] if region is not None else self._countries_named(rest)

    def part_named(self, surface: str) -> list[GeoPlace]:
        """The state or region a compass compound names a part of (Ostkongo, Nordsinai), or
        nothing when ``surface`` is no such compound."""
        return self._part_of_state(surface)

    def _countries_named(self, surface: str) -> list[GeoPlace]:
        """The states a name names: one (Irak, Iraks), several or an ambiguous one (Kongo),
        which context must decide; a state name is never read as a city elsewhere."""
        if self.kb is None:
            return []
        found = []
        for match in self.kb.lookup(surface):
            entry = self.kb.entries.get(match.entry_id)
            if entry and entry.kind == "state" and match.form == "name":
                country = self.country(entry.code or entry.id, entry.name)
                if country is not None and country not in found:
                    found.append(country)
        return found

    def _city_state(self, surface: str, country: GeoPlace) -> Candidate:
        """Hongkong, Singapur, Monaco: a state that is one city is a point, its city."""
        names = {surface, surface.removesuffix("s"), country.name}
        cities = [self.cities[i] for n in names for i in self._by_name.get(n, ())]
        cities += [self.cities[i] for n in names for i in self._by_alternate.get(n, ())]
        for city in cities:
            if city.country == country.country and city.population * 2 > country.population:
                return Candidate(city, "name")
        return Candidate(country, "name")

    def cities_named(self, surface: str) -> list[Candidate]:
        """The cities called ``surface`` or *surface City* in English (Gaza, Luxemburg,
        Kuwait City, Guatemala City), past the state of that name that shadows them in
        ``lookup``; a state's namesake city only within that state (Gaza City, not a Gaza
        elsewhere). For a dateline and for German *X-Stadt* (Gaza-Stadt, Kuwait-Stadt),
        which name a city."""
        surface = " ".join(surface.split())
        states = {c.country for c in self._countries_named(surface)}
        found: list[Candidate] = []
        for name in (surface, f"{surface} City", f"{surface.replace('-', ' ')} City"):
            for index in (*self._by_name.get(name, ()), *self._by_alternate.get(name, ())):
                city = self.cities[index]
                if states and city.country not in states:
                    continue
                if all(c.place.geonames_id != city.geonames_id for c in found):
                    found.append(Candidate(city, "name"))
        return found

    def _capital_named(self, surface: str) -> list[Candidate]:
        """A KB place of a state (Kiew, Kreml) the city table lacks: the state's capital."""
        if self.kb is None:
            return []
        for match in self.kb.lookup(surface):
            entry = self.kb.entries.get(match.entry_id)
            if entry and entry.kind == "state" and match.form == "place" and not match.ambiguous:
                capital = self.capital(entry.code or entry.id)
                if capital:
                    return [Candidate(capital, "capital")]
        return []

    def country(self, code: str, name: str | None = None) -> GeoPlace | None:
        """The country entry of an ISO3 code, under its German name when given."""
        place = self.countries.get(code)
        if place is None:
            return None
        if name is None and self.kb is not None and code in self.kb.entries:
            name = self.kb.entries[code].name
        return GeoPlace(
            name or place.name, code, "country", population=place.population,
            geonames_id=place.geonames_id, feature_class="A",
        )  # fmt: skip

    def capital(self, code: str) -> GeoPlace | None:
        """A state's capital under its German name (Athen, not geonames' Athens), as every
        other resolved place is named."""
        if code not in self._capital_cache:
            self._capital_cache[code] = self._find_capital(code)
        return self._capital_cache[code]

    def _find_capital(self, code: str) -> GeoPlace | None:
        name = self.capitals.get(code)
        if not name:
            return None
        capital = self._city_of_country(name, code)
        if capital is None or self.kb is None:
            return capital
        for german in self.kb.state_places.get(code, ()):
            named = (*self._by_name.get(german, ()), *self._by_alternate.get(german, ()))
            if any(self.cities[i].geonames_id == capital.geonames_id for i in named):
                return replace(capital, name=german)
        return capital

    def _city_of_country(self, name: str, code: str) -> GeoPlace | None:
        """The most populous city of ``code`` the country table's capital name denotes: by
        its name, else an alternate name (Nur-Sultan: Astana, Ulaanbaatar: Ulan Bator), else
        its name without accents, as the country table writes it in ASCII (Brasilia,
        Bogota, Yaounde, Reykjavik for Brasília, Bogotá, Yaoundé, Reykjavík)."""
        for ids in (self._by_name.get(name, ()), self._by_alternate.get(name, ())):
            in_country = [self.cities[i] for i in ids if self.cities[i].country == code]
            if in_country:
                return max(in_country, key=lambda p: p.population)
        folded = fold(name)
        in_country = [p for p in self.cities if p.country == code and fold(p.name) == folded]
        return max(in_country, key=lambda p: p.population, default=None)

    def best(self, surface: str) -> GeoPlace | None:
        """The most populous entry a name denotes, for a query such as ``--near Bagdad``."""
        candidates = self.lookup(surface)
        if not candidates:
            return None
        return max(candidates, key=lambda c: (c.via == "name", c.place.population)).place


def _without_admin_kind(name: str) -> str:
    """A Chinese province's name as the news writes it: GeoNames adds the kind in pinyin
    (Gansu Sheng, Xinjiang Uygur Zizhiqu), German news names it bare (Gansu, Xinjiang)."""
    if name.endswith(" Sheng"):
        return name.removesuffix(" Sheng")
    if name.endswith(" Zizhiqu"):
        return name.split()[0]
    return name


def _read_small_places(path: Path) -> dict[str, list[str]]:
    """The small places' layer: its lines by folded name (``fold``, the file's second
    column), made into places only when looked up (130,000 at load would take seconds)."""
    index: dict[str, list[str]] = {}
    if not path.exists():
        return index
    for line in path.read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            index.setdefault(line.split("\t", 2)[1], []).append(line)
    return index


def _small_place(line: str) -> GeoPlace:
    gid, _, name, code, lat, lon, population = line.split("\t")
    return GeoPlace(name, code, "point", float(lat), float(lon), None, int(population), int(gid),
                    "P")  # fmt: skip


def unmarked_spellings(name: str) -> list[str]:
    """A romanised name as German writes it, without the transliteration's marks (a doubled
    space or hyphen closed), also without its accents: Al-`Ula → Al-Ula, ‘Amrān → Amrān,
    Amran. None for a name without such marks."""
    if not TRANSLITERATION_MARKS.search(name):
        return []
    bare = re.sub(r"([ -])\1+", r"\1", TRANSLITERATION_MARKS.sub("", name)).strip(" -")
    decomposed = unicodedata.normalize("NFKD", bare)
    plain = unicodedata.normalize(
        "NFC", "".join(c for c in decomposed if not unicodedata.combining(c))
    )
    return [form for form in dict.fromkeys((bare, plain)) if len(form) > 3]


def fold(name: str) -> str:
    """The name without accents and in lower case (Bogotá → bogota, Lomé → lome)."""
    decomposed = unicodedata.normalize("NFKD", name)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).lower()


def english_spellings(name: str) -> list[str]:
    """The spellings a German transliteration may have in English (without the name
    itself): every combination of the rules of ``TRANSLITERATIONS`` that apply."""
    spellings = {name}
    for german, english in TRANSLITERATIONS:
        pattern = re.compile(german, re.IGNORECASE)
        spellings |= {pattern.sub(_replacer(english), s) for s in spellings}
    spellings.discard(name)
    return sorted(spellings)


def _replacer(english: str) -> Callable[[re.Match[str]], str]:
    """The English letters, capitalised where the German ones were."""
    return lambda m: english.capitalize() if m.group()[:1].isupper() else english


def read_regions(path: Path = REGIONS_FILE) -> list[dict]:
    """The hand-written regions, validated; a ``DataFileError`` names the file and reason."""
    return read_data_file(path, "regions.schema.json", "regions")


def read_data_file(path: Path, schema_name: str, what: str) -> list[dict]:
    """A hand-written YAML list, validated against its schema; a ``DataFileError`` names
    the file and reason."""
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or []
    except (OSError, yaml.YAMLError) as err:
        raise DataFileError(f"cannot read {what} ({err})", source=str(path)) from None
    schema = json.loads((SCHEMA_DIR / schema_name).read_text(encoding="utf-8"))
    errors = sorted(Draft202012Validator(schema).iter_errors(data), key=lambda e: list(e.path))
    if errors:
        where = "/".join(str(p) for p in errors[0].absolute_path)
        raise DataFileError(
            f"does not match {schema_name} at {where or 'top'}: {errors[0].message}",
            source=str(path),
        )
    return data


@lru_cache(maxsize=1)
def get_gazetteer() -> Gazetteer:
    """The packaged gazetteer with the packaged knowledge base, loaded once per process
    (``lagebild.load`` loads it with the pipeline and freezes both)."""
    return Gazetteer.load(get_kb())
