"""Event locations through the full pipeline (session 12): the object of an attack in a
haben-perfect the parser labelled passive subject, a place that describes what a statement
blames, and an organisation speaking from its seat."""

from __future__ import annotations

import pytest

import lagebild

pytestmark = pytest.mark.model


def _located(text: str) -> list[tuple[str, str | None]]:
    analysis = lagebild.analyze(text, date="2024-05-01")
    return [(e.type, e.location.name if e.location else None) for e in analysis.events]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the attacked city, named in apposition to the object, is where the attack struck
        (
            "Kiew (dpa) - Russland hat die ukrainische Hafenstadt Odessa mit Raketen angegriffen.",
            [("ASSAULT", "Odessa")],
        ),
        # "für sein Vorgehen im Gazastreifen" is what is blamed; the council speaks in Genf
        (
            "Genf (dpa) - Der UN-Menschenrechtsrat hat Israel für sein Vorgehen im "
            "Gazastreifen verurteilt.",
            [("ACCUSE", "Genf")],
        ),
        # an organisation speaks from its seat, the dateline city
        (
            "Brüssel (AFP) - Die EU-Kommission hat Ungarn zur Rücknahme des Gesetzes aufgefordert.",
            [("REQUEST", "Brüssel")],
        ),
    ],
)
def test_events_are_placed_where_they_happened(text, expected):
    assert _located(text) == expected
