"""Event locations through the full pipeline (session 13): a region named with its kind
after a state's adjective, a city named *X-Stadt*, a dateline that names a state, an event
at sea, a meeting in an adverbial's genitive, a city read as a person, a place after a
topic, a city coordinated with an attack's object."""

from __future__ import annotations

import pytest

import lagebild
from tests.conftest import rules_pipeline

pytestmark = pytest.mark.model


def located(text: str, field: str = "text") -> list[tuple[str, str | None, str | None, str | None]]:
    """Each event's type and its location's country, precision and ``field`` (its text as
    written, or the gazetteer's ``name``)."""
    analysis = lagebild.analyze(text, date="2024-05-01", nlp=rules_pipeline())
    return [
        (e.type, e.location.country if e.location else None,
         e.location.precision if e.location else None,
         getattr(e.location, field) if e.location else None)
        for e in analysis.events
    ]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # in der russischen Region Belgorod: the region, in Russia, not the Kiew dateline
        (
            "Kiew (dpa) - Die Ukraine hat nach eigenen Angaben eine Ölraffinerie in der "
            "russischen Region Belgorod angegriffen.",
            [("ASSAULT", "RUS", "admin1")],
        ),
        # Gaza-Stadt is the city Gaza
        (
            "Gaza-Stadt (dpa) - Israelische Soldaten haben in Gaza-Stadt ein Krankenhaus gestürmt.",
            [("ASSAULT", "PSE", "point")],
        ),
        # a dateline names the city reported from: Gaza the city, not the territories
        (
            "Gaza (dpa) - Israelische Soldaten haben ein Krankenhaus gestürmt.",
            [("ASSAULT", "PSE", "point")],
        ),
        # at sea: neither the dateline city nor any state
        (
            "Sanaa (AFP) - Die Huthi-Miliz hat im Roten Meer ein Handelsschiff angegriffen.",
            [("ASSAULT", None, None)],
        ),
        # the meeting in the adverbial's genitive is where the statement was made
        (
            "Moskau (dpa) - Der russische Außenminister Lawrow hat am Rande eines Treffens in "
            "Neu-Delhi die Nato kritisiert.",
            [("ACCUSE", "IND", "point")],
        ),
        # Tel Aviv, read as a person by the model, after a bare *in*
        (
            "Washington (dpa) - US-Außenminister Blinken hat Israel vor Journalisten in Tel "
            "Aviv zur Zurückhaltung aufgerufen.",
            [("REQUEST", "ISR", "point")],
        ),
        # im + a state's adjective + a region's kind: the region, not the dateline city
        (
            "Abuja (AFP) - Bewaffnete haben im nigerianischen Bundesstaat Zamfara mehr als 100 "
            "Schüler entführt.",
            [("ASSAULT", "NGA", "admin1")],
        ),
        # zum Frieden in der Ukraine is what the call is about, not where it was made
        (
            "Rom (dpa) - Papst Franziskus hat zum Frieden in der Ukraine aufgerufen.",
            [("REQUEST", None, None)],
        ),
        # Chan Junis, read as a person, in German spelling (Khan Yunis)
        (
            "Gaza (dpa) - Bei israelischen Angriffen in Chan Junis sind 20 Menschen getötet "
            "worden.",
            [("ASSAULT", "PSE", "point", "Chan Junis")],
        ),
        # a city coordinated with the attack's object (the first read as a person)
        (
            "Kiew (dpa) - Russland hat Saporischschja und Dnipro mit Raketen angegriffen.",
            [("ASSAULT", "UKR", "point", "Dnipro")],
        ),
        # Kritik an der Ukraine is what the criticism is about: the meeting is at Washington,
        # and so is the criticism (coded since parse23 re-hangs "Kritik" from "Oval Office")
        (
            "Washington (AFP) - Präsident Trump hat bei einem Treffen mit Selenskyj im Oval "
            "Office Kritik an der Ukraine geübt.",
            [("CONSULT", "USA", "point", "Washington"), ("ACCUSE", "USA", "point", "Washington")],
        ),
        # the attacked cities named after their kind noun, parsed as its modifier
        (
            "Kiew (dpa) - Die russische Armee hat die Städte Charkiw und Sumy mit Gleitbomben "
            "angegriffen.",
            [("ASSAULT", "UKR", "point", "Charkiw")],
        ),
    ],
)
def test_events_are_placed_where_they_happened(text, expected):
    got = located(text)  # the location's text only where the case names it
    assert len(got) == len(expected)
    assert [g[: len(x)] for g, x in zip(got, expected, strict=True)] == expected
