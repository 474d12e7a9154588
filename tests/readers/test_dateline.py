from __future__ import annotations

import pytest

from lagebild.readers.dateline import parse_dateline


@pytest.mark.parametrize(
    ("text", "places", "agency"),
    [
        ("Peking (dpa) - Vor dem Hintergrund", ["Peking"], "dpa"),
        ("BERLIN (AFP) – Die Regierung", ["Berlin"], "AFP"),
        ("Washington/Moskau (Reuters) - Beide", ["Washington", "Moskau"], "Reuters"),
        ("Frankfurt am Main (dpa-AFX) - Der Dax", ["Frankfurt am Main"], "dpa-AFX"),
        ("(dpa) - Ohne Ort", [], "dpa"),
        ("Kiew (dpa/AFP) - Die", ["Kiew"], "dpa/AFP"),
        # a regional service after the agency
        ("München (dpa/lby) - Die Staatsregierung", ["München"], "dpa/lby"),
        # a date after the place
        ("Berlin, 5. Mai (Reuters) - Die", ["Berlin"], "Reuters"),
        ("Frankfurt, 12.03. (Reuters) - Der", ["Frankfurt"], "Reuters"),
        # a full stop instead of the dash
        ("Hannover (epd). Die Landeskirche", ["Hannover"], "epd"),
    ],
)
def test_dateline_gives_places_and_agency(text, places, agency):
    dateline = parse_dateline(text)
    assert dateline.places == places
    assert dateline.agency == agency
    assert text[dateline.end :][0].isupper()


@pytest.mark.parametrize(
    "text",
    [
        "Die Bundesregierung (CDU) - so hieß es - plant",
        "Israel startete am Samstagabend die Bodenoffensive.",
        "Den von Innenminister Wolfgang Schäuble (CDU) vorgeschlagenen Einsatz",
        "Die Regierung (CDU). Sie",  # a full stop after a party is no dateline
        "Kiew (AFP/Ukraine) - Die",  # a service code is short and lower case
        "Hannover (epd). und dann",  # after the full stop a sentence starts
    ],
)
def test_text_without_dateline_has_none(text):
    assert parse_dateline(text) is None
