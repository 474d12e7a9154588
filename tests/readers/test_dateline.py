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


@pytest.mark.parametrize(
    ("text", "places"),
    [
        # German Wikinews: the place, its state in brackets, the date
        ("Nairobi (Kenia), 28.02.2008 – Nach wochenlangen Verhandlungen", ["Nairobi"]),
        ("Rio de Janeiro (Brasilien), 14.07.2014 – Die deutsche", ["Rio de Janeiro"]),
        ("Neu-Delhi (Indien), 02.12.2008 – Nach den Anschlägen", ["Neu-Delhi"]),
        # a newspaper's own report: the place alone, or two
        ("Berlin – Die Bundesregierung will", ["Berlin"]),
        ("Moskau / Kiew – Im Streit um den Gaspreis", ["Moskau", "Kiew"]),
    ],
)
def test_dateline_without_agency_gives_its_places(text, places):
    dateline = parse_dateline(text)
    assert dateline.places == places
    assert dateline.agency is None
    assert text[dateline.end :][0].isupper()


@pytest.mark.parametrize(
    "text",
    [
        "Angela Merkel – die Kanzlerin – sagte am Montag",  # a person, no place
        "Angela Merkel – Die Kanzlerin sagte am Montag",
        "Mai – Der Monat begann kalt",  # a small town's name that is a word: no bare dateline
        "Deutschland – Die Regierung plant",  # a state is no dateline place
        "Die Regierung (CDU), 12.03.2019 – Die Partei",  # not a place before the brackets
        "Nairobi (Afrikanisch), 28.02.2008 – Nach",  # not a place in the brackets
    ],
)
def test_opening_without_agency_that_is_no_dateline(text):
    assert parse_dateline(text) is None
