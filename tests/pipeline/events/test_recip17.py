"""Session 17, recipients (branch recip17): a bare definite noun takes up the organisation
named before by its head word (``participants.taken_up_bodies``)."""

from __future__ import annotations

import pytest

from tests.pipeline.events.test_coder import analysed


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Der UN-Sicherheitsrat verlängerte das Mandat der Blauhelme im Südsudan. "
         "Die Regierung in Juba hatte den Rat zuvor aufgefordert, die Truppen abzuziehen.",
         ("REQUEST", "SSD", "UN")),
        ("Die EU-Kommission legte am Montag neue Regeln für Autos vor. "
         "Polen forderte die Kommission auf, die Pläne zu überarbeiten.",
         ("REQUEST", "POL", "EU")),
    ],
    ids=["council", "commission"],
)  # fmt: skip
def test_a_bare_definite_noun_takes_up_the_body_named_before(nlp, text, expected):
    assert expected in analysed(nlp, text, "2023-05-01")


@pytest.mark.model
def test_a_noun_with_its_own_attribute_takes_up_nothing(nlp):
    text = ("Der UN-Sicherheitsrat tagte am Montag in New York. "
            "Die Regierung in Juba forderte den Rat der Ältesten auf, zu vermitteln.")  # fmt: skip
    assert not {e for e in analysed(nlp, text, "2023-05-01") if e[2] == "UN"}


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Die Regierung in Juba will die Blauhelme loswerden. Der Außenminister des "
         "Südsudan verlangte vor dem UN-Sicherheitsrat den Abzug der Truppen.",
         ("REQUEST", "SSD", "UN")),
        ("Der Weltsicherheitsrat beriet am Montag über die Lage im Südsudan. Der "
         "Außenminister des Landes hatte vor dem Rat ein Ende der Mission verlangt.",
         ("REQUEST", "SSD", "UN")),
    ],
    ids=["named-body", "body-taken-up"],
)  # fmt: skip
def test_a_demand_made_before_a_body_is_addressed_to_it(nlp, text, expected):
    assert expected in analysed(nlp, text, "2023-05-01")


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "Die Regierung in Juba forderte kurz vor dem Ende der UN-Mission mehr Hilfe.",
        "Der Präsident des Südsudan warnte vor der Nato.",
    ],
    ids=["time-phrase", "warn-of"],
)
def test_a_vor_phrase_of_time_or_danger_is_no_audience(nlp, text):
    found = analysed(nlp, text, "2023-05-01")
    assert not {e for e in found if e[2] in ("UN", "NATO")}


@pytest.mark.model
def test_criticising_a_decision_told_by_verlaengern_is_addressed_to_its_maker(nlp):
    text = (
        "New York (dpa) - Der UN-Sicherheitsrat hat die Sanktionen gegen den Südsudan um "
        "ein Jahr verlängert. Der Außenminister des Südsudan kritisierte den Beschluss."
    )
    assert ("ACCUSE", "SSD", "UN") in analysed(nlp, text, "2023-05-01")
