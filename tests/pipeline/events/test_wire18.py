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


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Aserbaidschan schickte am Dienstag weitere Panzer an die Grenze zu Armenien.",
         ("MOBILIZE", "AZE", "")),
        ("Die Türkei schickte Kampfjets und Soldaten in die Grenzregion.",
         ("MOBILIZE", "TUR", "")),
        ("Moskau schickte Panzer und Truppen nach Transnistrien.", ("MOBILIZE", "RUS", "")),
    ],
    ids=["weapons-to-border", "weapons-to-region", "weapons-with-troops"],
)  # fmt: skip
def test_weapons_sent_with_troops_or_to_a_front_are_a_deployment(nlp, text, expected):
    found = analysed(nlp, text, "2024-05-01")
    assert (expected[0], expected[1]) in {(t, a) for t, a, _ in found}
    assert not any(t == "AID" for t, _, _ in found)


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Frankreich schickte weitere Panzer an die Ukraine.", ("AID", "FRA", "UKR")),
        ("Die Niederlande liefern Kiew Raketen und Munition.", ("AID", "NLD", "UKR")),
    ],
    ids=["an-state", "dative"],
)  # fmt: skip
def test_weapons_sent_to_another_party_stay_aid(nlp, text, expected):
    assert expected in analysed(nlp, text, "2024-05-01")
