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


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "Der kanadische Botschafter wurde ins Außenministerium einbestellt.",
        "Paris (AFP) - Frankreich kritisiert Italien. Der französische Botschafter sei ins "
        "Außenministerium einbestellt worden, hieß es.",
    ],
    ids=["bare-ministry", "ministry-in-own-capital-story"],
)
def test_a_summoned_envoy_is_not_summoned_by_his_own_state(nlp, text):
    # the ministry he is summoned to is the host's, not his own state's (implicit_actor: host)
    events = analysed(nlp, text, "2023-09-19")
    assert not {e for e in events if e[0] == "ACCUSE" and e[1] == e[2]}


@pytest.mark.model
def test_a_summoned_envoy_is_still_summoned_by_the_host_ministry(nlp):
    text = "Berlin (dpa) - Der russische Botschafter wurde ins Auswärtige Amt einbestellt."
    assert ("ACCUSE", "DEU", "RUS") in analysed(nlp, text, "2023-09-19")
