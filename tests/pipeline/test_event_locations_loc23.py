"""Event locations (session 23, loc23): phrases that look like places and are not."""

from __future__ import annotations

import pytest

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
