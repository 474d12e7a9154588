"""Speech acts in wire copy, session 11 (issue 13, branch ``wirespeech11``).

Sentences are hand-parsed as the model parses them (see ``test_coder.make_doc``).
"""

from __future__ import annotations

import pytest

from tests.pipeline.events.test_coder import coded, make_doc

# "Großbritannien nannte die Angriffe der USA <judgement>."
JUDGING = (
    "Großbritannien/Großbritannien/PROPN/2/nsubj nannte/nennen/VERB/0/root "
    "die/der/DET/4/det/Case=Acc|Definite=Def|Number=Plur|PronType=Art "
    "Angriffe/Angriff/NOUN/2/obj der/der/DET/6/det/Case=Gen USA/USA/PROPN/4/nmod/Case=Gen "
    "{judgement} ././PUNCT/2/punct"
)
ACCUSE = ("ACCUSE", ("GBR",), ("USA",), "asserted")


@pytest.mark.parametrize(
    ("judgement", "accuses"),
    [
        # the strikes are what is judged ("angriff" is a judging word only as the judgement)
        ("notwendig/notwendig/ADJ/2/xcomp", False),
        ("inakzeptabel/inakzeptabel/ADJ/2/xcomp", True),
        # an indefinite second object is the judgement ("nannte … einen Angriff auf …")
        ("einen/ein/DET/8/det/Case=Acc|Definite=Ind|Number=Sing|PronType=Art "
         "Angriff/Angriff/NOUN/2/obj", True),
    ],
    ids=["definite object praised", "definite object condemned", "indefinite judgement noun"],
)  # fmt: skip
def test_the_definite_object_of_a_judging_verb_is_judged_not_the_judgement(
    vocab, judgement, accuses
):
    doc = make_doc(
        vocab, JUDGING.format(judgement=judgement), {"Großbritannien": ["GBR"], "USA": ["USA"]}
    )
    assert (ACCUSE in coded(doc)) is accuses
