"""Session 18 (branch wire18): material acts the grammar hid.

Verbs of motion take "sein" in the perfect ("sind … eingedrungen"), which the parser labels a
passive auxiliary; read as a Zustandspassiv, the troops that advanced became the patient."""

from __future__ import annotations

import pytest

from tests.pipeline.events.test_coder import analysed


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Russische Truppen sind in der Nacht in die ukrainische Stadt Cherson eingedrungen.",
         ("ASSAULT", "RUS", "UKR")),
        ("Israelische Soldaten sind am Morgen in das Flüchtlingslager Dschenin vorgestoßen.",
         ("ASSAULT", "ISR", "PSE")),
        ("Türkische Bodentruppen seien bis zu 30 Kilometer tief in syrisches Gebiet "
         "vorgestoßen.", ("ASSAULT", "TUR", "SYR")),
    ],
    ids=["eingedrungen", "vorgestossen", "vorgestossen-reported"],
)  # fmt: skip
def test_troops_advancing_in_the_sein_perfect_are_the_actor(nlp, text, expected):
    assert expected in analysed(nlp, text, "2024-05-01")


@pytest.mark.model
def test_police_units_entering_homes_make_no_advance(nlp):
    text = (
        "Italienische Polizeieinheiten waren in die Häuser des Mafiaclans in Kalabrien "
        "vorgedrungen."
    )
    assert not any(e[0] == "ASSAULT" for e in analysed(nlp, text, "2024-05-01"))
