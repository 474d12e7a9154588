"""Event locations (session 21, loc21): parts of states and regions named with a compass
compound (im Ostkongo, im Nordsinai, Nord-Darfur)."""

from __future__ import annotations

import pytest

from lagebild.geo.gazetteer import get_gazetteer
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
