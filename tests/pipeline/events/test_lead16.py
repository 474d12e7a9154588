"""The lead's changes of session 16: a state's bare name after a noun standing for another
state's actor (``repair.repair_name_after_actor_noun``)."""

from __future__ import annotations

import pytest

from tests.pipeline.events.test_coder import analysed


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Am Montag warf die indische Regierung Pakistan vor, die Angreifer unterstützt zu haben.",
         ("ACCUSE", "IND", "PAK")),
        ("Zuvor hatte das russische Außenministerium Frankreich scharf kritisiert.",
         ("ACCUSE", "RUS", "FRA")),
        ("Dennoch forderte die Bundesregierung Israel zur Zurückhaltung auf.",
         ("REQUEST", "DEU", "ISR")),
        ("Später warf die US-Regierung China Spionage vor.", ("ACCUSE", "USA", "CHN")),
        ("Zuvor hatte der Kreml Kiew scharf kritisiert.", ("ACCUSE", "RUS", "UKR")),
    ],
    ids=["role-name", "ministry-name", "metonym-noun-name", "compound-name", "metonym-capital"],
)  # fmt: skip
def test_a_state_name_after_another_states_body_is_the_object(nlp, text, expected):
    assert expected in analysed(nlp, text, "2020-05-01")


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a genitive names whose body it is, and the object follows it
        ("Am Montag hat die Regierung Pakistans Indien kritisiert.", ("ACCUSE", "PAK", "IND")),
        # a person's name after "Regierung" is the government's name, not an object
        ("Am Dienstag hat die Regierung Netanjahu Gespräche abgelehnt.", ("REJECT", "ISR", "ISR")),
    ],
    ids=["genitive", "government-of-a-person"],
)  # fmt: skip
def test_a_name_that_belongs_to_the_noun_stays_with_it(nlp, text, expected):
    assert expected in analysed(nlp, text, "2020-05-01")
