"""Event types told apart by the construction (session 17, issue 13): taking someone's side
with "sich auf die Seite … stellen" backs them (SUPPORT) as "sich an die Seite … stellen"
does, and refusing to take it rejects them."""

from __future__ import annotations

import pytest

import lagebild

pytestmark = pytest.mark.model

Coded = set[tuple[str, tuple[str, ...], tuple[str, ...]]]


def coded(nlp, text: str) -> Coded:
    analysis = lagebild.analyze(text, date="2024-05-01", nlp=nlp)
    return {
        (
            e.type,
            tuple(sorted(p.code or "" for p in e.actor)),
            tuple(sorted(p.code or "" for p in e.recipient)),
        )
        for e in analysis.events
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Frankreich stellte sich in dem Konflikt klar auf die Seite der Ukraine.",
            ("SUPPORT", ("FRA",), ("UKR",)),
        ),
        (
            "Die Türkei hat sich auf die Seite der syrischen Opposition gestellt.",
            ("SUPPORT", ("TUR",), ("SYR",)),
        ),
        (
            "Die Regierung in Rom stellte sich nicht auf die Seite der EU-Kommission.",
            ("REJECT", ("ITA",), ("EU",)),
        ),
    ],
    ids=["stellte-sich-auf-die-Seite", "perfect", "negated"],
)
def test_taking_someones_side_with_auf_backs_them(nlp, text, expected) -> None:
    assert expected in coded(nlp, text)
