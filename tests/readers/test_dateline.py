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
    ],
)
def test_text_without_dateline_has_none(text):
    assert parse_dateline(text) is None
