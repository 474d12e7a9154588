"""The grammar under the event rules (session 14): German constructions the small model
mis-parses, on hand-built parses that reproduce the model's labels."""

from __future__ import annotations

import pytest

from lagebild.pipeline.events.arguments import objects, subjects
from tests.german.test_grammar import parse, token

# "Der Iran soll Russland Drohnen geliefert haben ." as the model parses it: the modal with a
# perfect infinitive read as a passive, subject and object both labelled nsubj:pass
MODAL_PERFECT_TWO_PASSIVE_SUBJECTS = """
Der DET ART 2 det Case=Nom
Iran PROPN NE 6 nsubj:pass Case=Nom
soll AUX VMFIN 6 aux Mood=Ind|VerbForm=Fin sollen
Russland PROPN NE 5 det Case=Gen
Drohnen NOUN NN 6 nsubj:pass Case=Gen
geliefert VERB VVPP 0 root VerbForm=Part liefern
haben AUX VAFIN 6 aux:pass Mood=Ind|Tense=Pres haben
. PUNCT $. 6 punct
"""
# "Soldaten sollen drei Palästinenser getötet haben ." ("haben" labelled aux:pass)
MODAL_PERFECT_AS_PASSIVE = """
Soldaten NOUN NN 5 nsubj:pass Case=Nom
sollen AUX VMFIN 5 aux Mood=Ind|VerbForm=Fin sollen
drei NUM CARD 4 nummod _
Palästinenser NOUN NN 5 obj Case=Acc
getötet VERB VVPP 0 root VerbForm=Part töten
haben AUX VAFIN 5 aux:pass Mood=Ind|Tense=Pres haben
. PUNCT $. 5 punct
"""


@pytest.mark.parametrize(
    ("table", "verb", "subject", "obj"),
    [
        (MODAL_PERFECT_TWO_PASSIVE_SUBJECTS, "geliefert", ["Iran"], ["Drohnen"]),
        (MODAL_PERFECT_AS_PASSIVE, "getötet", ["Soldaten"], ["Palästinenser"]),
    ],
    ids=["two-passive-subjects", "haben-as-aux-pass"],
)
def test_a_modal_with_a_perfect_infinitive_is_active(
    table: str, verb: str, subject: list[str], obj: list[str]
) -> None:
    """ "soll … geliefert haben": "haben" never makes a passive, and of two phrases labelled
    passive subject the one before the finite modal is the subject."""
    word = token(parse(table), verb)
    assert [t.text for t in subjects(word)] == subject
    assert [t.text for t in objects(word)] == obj
