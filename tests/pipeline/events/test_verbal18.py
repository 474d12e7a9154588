"""Recall of the statement types (session 18, issue 13): offering one's mediation (AGREE
between parties), granting a state a status in a body (SUPPORT), a visit announced as "wird in
X erwartet" (AGREE)."""

from __future__ import annotations

import pytest

from tests.pipeline.events.test_types_s15 import coded

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Der Präsident Brasiliens bot sich als Vermittler an.", ("AGREE", ("BRA",), ())),
        ("Die Schweiz bot sich erneut als Vermittlerin im Konflikt an.", ("AGREE", ("CHE",), ())),
        (
            "Der türkische Präsident Erdogan bot seine Vermittlung zwischen Russland und der "
            "Ukraine an.",
            ("AGREE", ("TUR",), ("RUS", "UKR")),
        ),
    ],
    ids=["sich-als-Vermittler", "Vermittlerin", "seine-Vermittlung-zwischen"],
)
def test_offering_ones_mediation_is_agree_between_parties(nlp, text, expected) -> None:
    assert expected in coded(nlp, text)


def test_offering_mediation_in_private_matters_is_no_event(nlp) -> None:
    assert not coded(nlp, "Der Sprecher bot sich als Vermittler für den Kauf der Wohnung an.")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Die Generalversammlung der Vereinten Nationen hat Palästina den Status eines "
            "Beobachterstaates zuerkannt.",
            ("SUPPORT", ("UN",), ("PSE",)),
        ),
        ("Die EU-Staaten verliehen Moldau den Kandidatenstatus.", ("SUPPORT", ("EU",), ("MDA",))),
        (
            "Die EU-Außenminister wollen Serbien den Kandidatenstatus zusprechen.",
            ("AGREE", ("EU",), ("SRB",)),
        ),
    ],
    ids=["Status-eines-Beobachterstaates", "Kandidatenstatus", "announced"],
)
def test_granting_a_state_a_status_recognises_it(nlp, text, expected) -> None:
    assert expected in coded(nlp, text)


def test_a_persons_protection_status_is_no_recognition(nlp) -> None:
    text = "Das Bundesamt hat den Flüchtlingen aus Syrien einen Schutzstatus zuerkannt."
    assert not coded(nlp, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "US-Außenministerin Condoleezza Rice wird am Mittwoch in Neu-Delhi erwartet.",
            ("AGREE", ("USA",), ("IND",)),
        ),
        (
            "Der französische Präsident wird am Freitag zu einem Staatsbesuch in Peking erwartet.",
            ("AGREE", ("FRA",), ("CHN",)),
        ),
        (
            "Eine hochrangige Delegation der EU wird noch in dieser Woche in Kiew erwartet.",
            ("AGREE", ("EU",), ("UKR",)),
        ),
    ],
    ids=["Außenministerin", "Staatsbesuch", "Delegation"],
)
def test_an_official_expected_abroad_is_an_announced_visit(nlp, text, expected) -> None:
    assert expected in coded(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "In Berlin werden am Wochenende Tausende Demonstranten erwartet.",
        "Eine Entscheidung des Gerichts wird in Brüssel im Juni erwartet.",
        "Bundeskanzler Olaf Scholz wird am Montag in München erwartet.",
        # told in the past, the expectation does not say the visit took place
        "Der russische Außenminister Lawrow wurde am Montag in Ankara erwartet.",
    ],
    ids=["crowd", "decision", "own-country", "past"],
)
def test_expected_crowds_decisions_and_past_plans_are_no_visit(nlp, text) -> None:
    assert not coded(nlp, text)

