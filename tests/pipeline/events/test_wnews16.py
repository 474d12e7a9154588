"""Session 16, Wikinews-style set n16: what its register showed (see docs/codebook.md,
"Session 16: Wikinews-style set n16")."""

from __future__ import annotations

import pytest

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
