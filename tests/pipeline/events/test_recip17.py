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
