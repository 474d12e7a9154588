"""Session 17 (branch wire17): actors of passives whose doer the clause implies.

Killings told in the agentless passive inside a fight the clause names (``unnamed.clash_sides``):
"Bei Zusammenstößen zwischen X und Y wurden … getötet" names who fought, and the fallen of one
side fell to the other; at home both sides are the state's."""

from __future__ import annotations

import pytest

from tests.pipeline.events.test_coder import analysed


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Bei Grenzgefechten mit Aserbaidschan wurden nach Angaben aus Eriwan 15 armenische "
         "Soldaten getötet.", ("ASSAULT", "AZE", "ARM")),
        ("Bei Kämpfen mit der ukrainischen Armee sind nach russischen Angaben zwölf russische "
         "Soldaten getötet worden.", ("ASSAULT", "UKR", "RUS")),
        ("Bei einem Zusammenstoß zwischen Indien und China sind im Grenzgebiet drei indische "
         "Soldaten getötet worden.", ("ASSAULT", "CHN", "IND")),
        ("Bei Zusammenstößen zwischen der Polizei und Demonstranten in Nairobi sind am Dienstag "
         "mindestens drei Menschen getötet worden.", ("ASSAULT", "KEN,KEN", "KEN")),
    ],
    ids=["mit-other-state", "mit-army", "zwischen-states", "zwischen-at-home"],
)  # fmt: skip
def test_the_fallen_of_a_fight_fell_to_the_other_side(nlp, text, expected):
    assert expected in analysed(nlp, text, "2022-05-01")


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        # the fallen are of neither side: who killed them the clause does not tell
        "Bei heftigen Kämpfen zwischen Israel und der Hisbollah wurden im Südlibanon mehrere "
        "libanesische Zivilisten getötet.",
    ],
    ids=["fallen-of-neither-side"],
)
def test_a_fight_does_not_tell_who_killed_people_of_neither_side(nlp, text):
    events = analysed(nlp, text, "2022-05-01")
    assert not {e for e in events if e[0] == "ASSAULT" and e[1] in ("ISR", "HEZBOLLAH")}
