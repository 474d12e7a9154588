"""Harm with a natural cause is no one's act: no attacker is implied by the place.

The sentences are real Wikinews wording (the tsunami and Unwetter sentences) or built after
it; the attacks keep the state of the place as their unnamed agent (EVENTS-GUIDELINES.md).
"""

from __future__ import annotations

import pytest

from tests.pipeline.events.test_coder import analysed

CASES = [
    ("an earthquake as subject", "Ein Erdbeben hat in der Türkei 300 Menschen getötet.", set()),
    ("a typhoon as subject", "In Japan hat ein Taifun mindestens 20 Menschen getötet.", set()),
    (
        "a tsunami in a durch phrase",
        "Am zweiten Weihnachtstag 2004 waren durch den Tsunami allein in Thailand 5500 "
        "Menschen getötet worden.",
        set(),
    ),
    (
        "the genitive of a durch phrase",
        "Mindestens 81 Menschen wurden in Japan durch die Auswirkungen schwerer Unwetter getötet.",
        set(),
    ),
    (
        "a compound of Unglück in a bei phrase",
        "Bei einem Grubenunglück in China wurden 30 Bergleute getötet.",
        set(),
    ),
    (
        "an attack keeps its unnamed attacker",
        "In Bagdad wurden bei einem Anschlag 30 Menschen getötet.",
        {("ASSAULT", "IRQ", "IRQ")},
    ),
    (
        "unknown attackers keep the place's state",
        "Unbekannte haben in Kabul zwei Polizisten erschossen.",
        {("ASSAULT", "AFG", "AFG")},
    ),
]


@pytest.mark.model
@pytest.mark.parametrize(("name", "text", "expected"), CASES, ids=[c[0] for c in CASES])
def test_harm_with_a_natural_cause_implies_no_attacker(nlp, name, text, expected):
    assert analysed(nlp, text, "2010-05-01") == expected
