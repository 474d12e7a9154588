"""Event locations (session 21, loc21): parts of states and regions named with a compass
compound (im Ostkongo, im Nordsinai, Nord-Darfur); a dependent territory is its governing
state's ground when authorities coerce there (Nouméa, Hongkong)."""

from __future__ import annotations

import pytest

from lagebild.geo.gazetteer import TERRITORIES_FILE, get_gazetteer, read_data_file
from tests.pipeline.test_event_locations_s16 import located


@pytest.mark.parametrize(
    ("name", "found"),
    [
        ("Nordsinai", ("Sinai", "EGY")),
        ("Nord-Darfur", ("Darfur", "SDN")),
        ("Osttirol", ("Tirol", "AUT")),
        ("Südengland", ("England", "GBR")),
        ("Ostkongo", ("Demokratische Republik Kongo", "COD")),
    ],
)
def test_a_compass_compound_of_a_region_or_state_lies_in_it(
    name: str, found: tuple[str, str]
) -> None:
    places = get_gazetteer().lookup_exact(name)
    assert [(c.place.name, c.place.country) for c in places] == [found]


@pytest.mark.parametrize("name", ["Ostfriesland", "Westbalkan", "Westkurdistan", "Nordamerika"])
def test_a_compass_compound_of_no_part_of_that_place_is_not_resolved_by_it(name: str) -> None:
    # Ostfriesland is German (GeoNames' Friesland is Dutch), the Westbalkan no Turkmen
    # province (Balkan), Westkurdistan Syrian (the gazetteer's Kurdistan is Iraq's)
    assert get_gazetteer().part_named(name) == []


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # states and regions that take an article take it in the compound, so no bare
        # preposition vouches for them: im Westniger, im Ostkongo, im Nordsinai
        (
            "Paris (AFP) - Dschihadisten haben im Westniger einen Militärposten der Armee "
            "angegriffen.",
            ("ASSAULT", "NER", "Niger"),
        ),
        (
            "Genf (dpa) - Rebellen haben im Ostkongo ein Lager für Vertriebene angegriffen.",
            ("ASSAULT", "COD", "Demokratische Republik Kongo"),
        ),
        (
            "Jerusalem (dpa) - Extremisten haben im Nordsinai einen Kontrollposten der Armee "
            "angegriffen.",
            ("ASSAULT", "EGY", "Sinai"),
        ),
        (
            "London (dpa) - Bewaffnete haben im Zentralirak einen Konvoi angegriffen.",
            ("ASSAULT", "IRQ", "Irak"),
        ),
    ],
)
def test_a_compass_part_of_a_state_after_its_article_is_the_place(
    text: str, expected: tuple[str, str, str]
) -> None:
    assert expected in located(text)


@pytest.mark.parametrize(
    "entry", read_data_file(TERRITORIES_FILE, "territories.schema.json", "dependent territories")
)
def test_every_listed_territory_and_its_state_are_known_to_the_gazetteer(
    entry: dict[str, str],
) -> None:
    gazetteer = get_gazetteer()
    assert gazetteer.country(entry["state"]) is not None
    assert entry["territory"] != entry["state"]
    assert gazetteer.governing_state(entry["territory"]) == entry["state"]


@pytest.mark.parametrize(("code", "state"), [("NCL", "FRA"), ("HKG", "CHN"), ("FRA", "FRA")])
def test_a_dependent_territory_is_governed_by_its_state(code: str, state: str) -> None:
    assert get_gazetteer().governing_state(code) == state


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a state's authorities coerce on their ground, and a dependent territory with an
        # ISO code of its own is their ground: the scene stays, not the state at large
        (
            "Nouméa (AFP) - In Neukaledonien hält die Gewalt an. Die französischen Behörden "
            "nahmen in der Nacht mehr als 60 Menschen fest.",
            ("COERCE", "NCL", "Neukaledonien"),
        ),
        (
            "Paris (dpa) - In Nouméa ist es erneut zu Unruhen gekommen. Die französische "
            "Polizei nahm Dutzende Demonstranten fest.",
            ("COERCE", "NCL", "Nouméa"),
        ),
        (
            "Hongkong (dpa) - Tausende demonstrierten in Hongkong. Die chinesischen Behörden "
            "nahmen mehrere Aktivisten fest.",
            ("COERCE", "HKG", "Hongkong"),
        ),
        # a foreign state's police still act at home (session 18's rule)
        (
            "Madrid (dpa) - Spanien hat gegen die Festnahme protestiert. Die venezolanische "
            "Polizei hatte den Journalisten festgenommen.",
            ("COERCE", "VEN", "Venezuela"),
        ),
    ],
)
def test_authorities_coerce_in_a_territory_their_state_governs(
    text: str, expected: tuple[str, str, str]
) -> None:
    assert expected in located(text)


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the UN Security Council and General Assembly act only in session, in New York
        (
            "Genf (dpa) - Der UN-Sicherheitsrat hat am Freitag eine sofortige Waffenruhe im "
            "Sudan gefordert.",
            ("REQUEST", "USA", "New York"),
        ),
        (
            "Kiew (dpa) - Die UN-Vollversammlung hat den russischen Angriff auf die Ukraine "
            "mit großer Mehrheit verurteilt.",
            ("ACCUSE", "USA", "New York"),
        ),
        (
            "Pjöngjang (dpa) - Der Sicherheitsrat der Vereinten Nationen hat neue Sanktionen "
            "gegen Nordkorea verhängt.",
            ("SANCTION", "USA", "New York"),
        ),
        # a national security council is no UN body: the dateline's place
        (
            "Teheran (dpa) - Der Nationale Sicherheitsrat des Iran hat den Angriff scharf "
            "verurteilt.",
            ("ACCUSE", "IRN", "Teheran"),
        ),
    ],
)
def test_a_un_council_or_assembly_acts_in_new_york(
    text: str, expected: tuple[str, str, str]
) -> None:
    assert expected in located(text)
