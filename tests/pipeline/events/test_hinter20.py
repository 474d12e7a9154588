"""Backing someone with "hinter" (session 20, issue 13): "sich hinter X stellen" and "hinter X
stehen" back X, a state or capital too ("stellte sich hinter London": "hinter" names no place
in news), and the author of a decision ("hinter die Entscheidung Washingtons"); standing
behind an act ("steht hinter dem Anschlag") says who did it and backs no one."""

from __future__ import annotations

import pytest

from tests.pipeline.events.test_types_s15 import coded

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Die Regierung in Rom stellte sich am Dienstag hinter Paris.",
            ("SUPPORT", ("ITA",), ("FRA",)),
        ),
        ("Auch Kanada stellte sich hinter Kiew.", ("SUPPORT", ("CAN",), ("UKR",))),
        ("Frankreich steht fest hinter Kiew.", ("SUPPORT", ("FRA",), ("UKR",))),
        (
            "Die Regierung in Warschau stellte sich hinter den Beschluss Berlins.",
            ("SUPPORT", ("POL",), ("DEU",)),
        ),
        (
            "Die Nato stellte sich ausdrücklich hinter die Entscheidung Ankaras.",
            ("SUPPORT", ("NATO",), ("TUR",)),
        ),
    ],
    ids=["capital", "capital-short", "steht-hinter-capital", "decision-genitive", "decision-nato"],
)
def test_a_capital_after_hinter_is_whom_one_backs(nlp, text, expected) -> None:
    assert expected in coded(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "Russland steht hinter dem Anschlag.",
        "Nach Ansicht Londons steht Moskau hinter dem Giftanschlag auf den Ex-Agenten.",
        "Die Ermittler glauben, dass Teheran hinter den Cyberangriffen steht.",
    ],
    ids=["anschlag", "giftanschlag", "cyberangriffe"],
)
def test_standing_behind_an_act_is_no_support(nlp, text) -> None:
    assert "SUPPORT" not in {t for t, _, _ in coded(nlp, text)}
