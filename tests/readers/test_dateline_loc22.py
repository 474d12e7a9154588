"""Dateline forms of German news that session 22 (loc22) added: Wikinews' date with the
month written out, an agency without a dash after its name (KNA, epd), a newspaper's
place with a full stop (BERLIN. Die …)."""

from __future__ import annotations

import pytest

from lagebild.readers.dateline import parse_dateline


@pytest.mark.parametrize(
    ("text", "places", "agency"),
    [
        # the place, its state in brackets and a date with the month written out
        ("Lima (Peru), 3. April 2023 – Die Regierung", ["Lima"], None),
        ("Hamburg, 12. Juni – Der Senat", ["Hamburg"], None),
        # KNA and epd set no dash after their name
        ("Bonn (KNA) Der Papst hat", ["Bonn"], "KNA"),
        ("Stuttgart (epd) Die Landeskirche", ["Stuttgart"], "epd"),
        # a newspaper's place and a full stop, in capitals or not
        ("BERLIN. Die Bundesregierung will", ["Berlin"], None),
        ("Düsseldorf. Der Landtag hat", ["Düsseldorf"], None),
    ],
)
def test_more_dateline_forms_give_their_places(
    text: str, places: list[str], agency: str | None
) -> None:
    dateline = parse_dateline(text)
    assert dateline is not None
    assert dateline.places == places
    assert dateline.agency == agency
    assert text[dateline.end :][0].isupper()


@pytest.mark.parametrize(
    "text",
    [
        "Deutschland. Die Regierung plant",  # a state is no dateline place
        "Mai. Der Monat begann kalt",  # a word, no city of size
        "Hallo. Wie geht es",
        "Die Regierung (CDU) Die Partei",  # no agency without a dash either
        "Berlin (dpa) die Regierung",  # no sentence after the agency
    ],
)
def test_openings_like_those_forms_that_are_no_dateline(text: str) -> None:
    assert parse_dateline(text) is None
