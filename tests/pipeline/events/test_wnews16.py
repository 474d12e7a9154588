"""Session 16, Wikinews-style set n16: what its register showed (see docs/codebook.md,
"Session 16: Wikinews-style set n16")."""

from __future__ import annotations

import pytest

import lagebild
from tests.pipeline.test_event_locations_s13 import located


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a Wikinews dateline: a speech act of the local government is placed at its city
        (
            "Doha (Katar), 06.06.2017 – Das katarische Außenministerium wies die Vorwürfe "
            "Saudi-Arabiens zurück.",
            ("REJECT", "QAT", "point", "Doha"),
        ),
        (
            "Seoul (Südkorea), 24.11.2010 – Präsident Lee Myung-bak verurteilte den Angriff "
            "Nordkoreas scharf.",
            ("ACCUSE", "KOR", "point", "Seoul"),
        ),
        # a newspaper's bare dateline with two places: the speaker's city of the two
        (
            "Moskau / Kiew – Die ukrainische Regierung wies die Vorwürfe Russlands zurück.",
            ("REJECT", "UKR", "point", "Kiew"),
        ),
    ],
)
def test_speech_act_under_a_dateline_without_agency_is_placed_at_its_city(text, expected):
    assert expected in located(text, "name")


def typed_actors(text: str) -> list[tuple[str, tuple[str, ...]]]:
    """Each event's type and its actor codes."""
    analysis = lagebild.analyze(text, date="2010-11-24")
    return [(e.type, tuple(sorted({p.code for p in e.actor if p.code}))) for e in analysis.events]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # calling an act beyond pardon condemns it
        (
            "Nordkorea hat am Dienstag die Insel Yeonpyeong beschossen. Der japanische "
            "Ministerpräsident Naoto Kan nannte den Angriff „unverzeihlich“.",
            ("ACCUSE", ("JPN",)),
        ),
        # calling a decision counterproductive judges it by its harm
        (
            "US-Außenministerin Hillary Clinton nannte die Abstimmung „kontraproduktiv“.",
            ("ACCUSE", ("USA",)),
        ),
        # "sprach von Staatsterrorismus" names the act as "Staatsterror" does
        (
            "Ministerpräsident Recep Tayyip Erdoğan sprach von „Staatsterrorismus“.",
            ("ACCUSE", ("TUR",)),
        ),
    ],
)
def test_calling_an_act_unforgivable_or_counterproductive_is_an_accusation(text, expected):
    assert expected in typed_actors(text)
