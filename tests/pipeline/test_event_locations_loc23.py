"""Event locations (session 23, loc23): phrases that look like places and are not; regions
of a state that another state's forces hold."""

from __future__ import annotations

import pytest

from lagebild.geo.gazetteer import OCCUPATIONS_FILE, get_gazetteer, read_data_file
from tests.pipeline.test_event_locations_s16 import located


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "unwanted"),
    [
        # "an der Seite + genitive" is the German formula of solidarity, not a place
        (
            "Kairo (dpa) - Der Bundeskanzler sagte, Deutschland stehe fest an der Seite Israels.",
            "ISR",
        ),
        (
            "Rom (dpa) - Die Außenministerin versicherte, man stehe an der Seite der Ukraine.",
            "UKR",
        ),
        # soldiers fighting alongside a state fight where the war is, not in that state
        (
            "Kiew (dpa) - Nordkoreanische Soldaten griffen an der Seite Russlands ukrainische "
            "Stellungen an.",
            "RUS",
        ),
    ],
)
def test_an_der_seite_of_a_state_is_no_place(text: str, unwanted: str) -> None:
    found = located(text)
    assert found
    assert all(country != unwanted for _, country, _ in found)


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the guard: "an der" before a place's own noun (a coast, a border) is a place
        (
            "Berlin (dpa) - Rebellen griffen am Montag an der Küste Somalias ein Schiff an.",
            ("ASSAULT", "SOM"),
        ),
        # and where the statement was said still places it
        (
            "Rom (dpa) - Die Außenministerin versicherte in Warschau, Deutschland stehe an der "
            "Seite Polens.",
            ("SUPPORT", "POL"),
        ),
    ],
)
def test_an_der_before_a_place_noun_is_still_a_place(text: str, expected: tuple[str, str]) -> None:
    assert expected in [(kind, country) for kind, country, _ in located(text)]


def _admin1_regions() -> set[tuple[str, str]]:
    """Every (state, first-level region) the gazetteer gives a place: a city's GeoNames
    code (UKR.11) or a region entry's own name (Krim)."""
    gazetteer = get_gazetteer()
    places = [*gazetteer.cities, *gazetteer.regions.values()]
    return {(p.country, p.admin1) for p in places if p.admin1}


HELD_REGIONS = [
    (entry["territory"], region, entry["state"])
    for entry in read_data_file(OCCUPATIONS_FILE, "occupations.schema.json", "occupied territories")
    for region in entry.get("admin1", ())
]


@pytest.mark.parametrize(("state", "region", "holder"), HELD_REGIONS)
def test_every_held_region_is_a_region_of_the_gazetteer(
    state: str, region: str, holder: str
) -> None:
    """The list names regions by the gazetteer's own admin1, never by hand per place."""
    assert (state, region) in _admin1_regions()
    assert holder in get_gazetteer().ruling_states(state, region)


@pytest.mark.parametrize(
    ("place", "states"),
    [
        ("Simferopol", {"UKR", "RUS"}),  # the Crimea, held by Russia since 2014
        ("Sewastopol", {"UKR", "RUS"}),
        ("Krim", {"UKR", "RUS"}),
        ("Suchumi", {"GEO", "RUS"}),  # Abkhazia
        ("Tiraspol", {"MDA", "RUS"}),  # Transnistria
        ("Kyrenia", {"CYP", "TUR"}),  # Northern Cyprus
        ("Golanhöhen", {"SYR", "ISR"}),
        ("Lwiw", {"UKR"}),  # the state's other regions: its own ground only
        ("Tiflis", {"GEO"}),
        ("Limassol", {"CYP"}),
    ],
)
def test_a_region_a_foreign_state_holds_is_its_ground_too(place: str, states: set[str]) -> None:
    gazetteer = get_gazetteer()
    found = gazetteer.best(place)
    assert found is not None
    assert gazetteer.ruling_states(found.country, found.admin1) == states


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the holder's police and authorities act where the story is: the place keeps the
        # state's own code, as the guideline codes the Crimea UKR
        (
            "Kiew (dpa) - In Sewastopol haben Unbekannte ein Denkmal beschädigt. Die russischen "
            "Behörden nahmen daraufhin mehrere Ukrainer fest.",
            ("COERCE", "UKR", "Sewastopol"),
        ),
        (
            "Chisinau (dpa) - In Tiraspol gingen Hunderte Menschen auf die Straße. Die "
            "russischen Behörden nahmen mehrere Aktivisten fest.",
            ("COERCE", "MDA", "Tiraspol"),
        ),
        (
            "Nikosia (dpa) - In Kyrenia protestierten Hunderte Menschen gegen den Bau einer "
            "Moschee. Die türkische Polizei nahm mehrere Demonstranten fest.",
            ("COERCE", "CYP", "Kyrenia"),
        ),
        # the guard: a state's police in a region its forces do not hold act at home
        (
            "Tiflis (dpa) - In Georgien gab es erneut Proteste. Die russische Polizei nahm "
            "Hunderte Demonstranten fest.",
            ("COERCE", "RUS", "Russland"),
        ),
    ],
)
def test_authorities_coerce_in_a_region_their_state_holds(
    text: str, expected: tuple[str, str, str]
) -> None:
    assert expected in located(text)


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # regions German names with an article, where the model sees no place: the
        # gazetteer's German regions know them
        (
            "Kiew (dpa) - Auf der Krim ist es erneut zu Protesten gekommen. Die russischen "
            "Behörden nahmen mehrere Krimtataren fest.",
            ("COERCE", "UKR", "Krim"),
        ),
        (
            "Rom (dpa) - In der Lombardei gingen Tausende gegen die Regierung auf die Straße.",
            ("PROTEST", "ITA", "Lombardei"),
        ),
        # auf + accusative on a deployment's verb: the destination
        (
            "Berlin (dpa) - Russland verlegte weitere Truppen auf die Krim.",
            ("MOBILIZE", "UKR", "Krim"),
        ),
        (
            "Beirut (dpa) - Israel schickte zusätzliche Truppen auf die Golanhöhen.",
            ("MOBILIZE", "SYR", "Golanhöhen"),
        ),
    ],
)
def test_a_region_named_with_its_article_is_a_place(
    text: str, expected: tuple[str, str, str]
) -> None:
    assert expected in located(text)


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        # auf + accusative on a noun names a target, not a destination
        "Berlin (dpa) - Moskau verlegte mit Blick auf die Krim weitere Truppen.",
        "Berlin (dpa) - Russland verlegte nach den Angriffen auf die Krim weitere Truppen.",
    ],
)
def test_auf_die_on_a_noun_is_no_destination(text: str) -> None:
    assert all(kind != "MOBILIZE" or country != "UKR" for kind, country, _ in located(text))
