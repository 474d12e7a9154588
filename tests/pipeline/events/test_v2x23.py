"""The finite verb after a fronted phrase (session 23, issue 13): a German main clause puts
its finite verb right after the one fronted constituent. After a fronted prepositional phrase
of place or time the model reads a preterite before a plural subject as the subject's
attribute ("In Colombo drangen[amod] Demonstranten[ROOT] in das Parlament ein"), so no event
rule could fire; the repair restores the verb as the clause's head."""

from __future__ import annotations

import pytest

from tests.pipeline.events.test_types_s15 import coded

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "In Colombo drangen Demonstranten in das Parlament ein.",
            ("PROTEST", ("LKA",), ("LKA",)),
        ),
        (
            "In Paris gingen Zehntausende auf die Straße.",
            ("PROTEST", ("FRA",), ("FRA",)),
        ),
    ],
    ids=["drangen-ein-after-In-Colombo", "gingen-after-In-Paris"],
)
def test_strong_preterite_after_fronted_place_is_the_verb(nlp, text, expected) -> None:
    assert expected in coded(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "In Colombo drangen Demonstranten in das Parlament ein.",
        "In Paris gingen Zehntausende auf die Straße.",
    ],
    ids=["drangen", "gingen"],
)
def test_restored_verb_heads_its_clause(nlp, text) -> None:
    doc = nlp(text)
    verb = doc[2]
    assert (verb.pos_, verb.dep_) == ("VERB", "ROOT")
    assert doc[3].head == verb and doc[3].dep_ == "nsubj"
    assert doc[1].head == verb  # the fronted phrase


@pytest.mark.parametrize(
    ("text", "verb"),
    [
        ("In Nepal lebende Tibeter protestierten vor der Botschaft.", "protestierten"),
        ("In Kairo festgenommene Journalisten wurden am Montag freigelassen.", "freigelassen"),
        ("Nach Angaben örtlicher Behörden wurden drei Polizisten verletzt.", "wurden"),
    ],
    ids=["present-participle", "past-participle", "attribute-inside-phrase"],
)
def test_attribute_of_a_subject_with_its_own_verb_stays(nlp, text, verb) -> None:
    doc = nlp(text)
    assert not any(
        t.dep_ == "ROOT" and t.text in ("lebende", "festgenommene", "örtlicher") for t in doc
    )
    assert any(t.text == verb and t.pos_ in ("VERB", "AUX") for t in doc)
