"""Session 24 (lead): a name in the genitive right after the noun of a prepositional phrase is
that noun's attribute (*im Norden Nigerias*), not the verb's object, which the model often makes
it, so that the place became the act's target."""

from __future__ import annotations

import pytest

from lagebild.pipeline.events.repair import repair_genitive_name_as_object
from tests.pipeline.events.test_parse23 import parsed

# the model's parse of "Rebellen verschleppten im Norden Nigerias 200 Schülerinnen."
MISREAD = (
    "Rebellen/NN/NOUN/2/nsubj verschleppten/VVFIN/VERB/0/ROOT im/APPRART/ADP/4/case "
    "Norden/NN/NOUN/2/obl Nigerias/NE/PROPN/2/obj/Case=Gen 200/CARD/NUM/7/nummod "
    "Schülerinnen/NN/NOUN/2/obl ./$./PUNCT/2/punct"
)


def test_a_genitive_name_after_a_phrase_noun_becomes_its_attribute(vocab) -> None:
    doc = parsed(vocab, MISREAD)
    assert [t.text for t in repair_genitive_name_as_object(doc)] == ["Nigerias"]
    assert (doc[4].dep_, doc[4].head.text) == ("nmod", "Norden")


KEPT = {
    # "besuchte im Süden Paris": the -s is the name's own, the morphology says accusative
    "own-s": "Er/PPER/PRON/2/nsubj besuchte/VVFIN/VERB/0/ROOT im/APPRART/ADP/4/case "
    "Süden/NN/NOUN/2/obl Paris/NE/PROPN/2/obj/Case=Acc ./$./PUNCT/2/punct",
    # no preposition before the noun: "nannte die Regierung Maduros …" is some other parse
    "no-phrase": "Er/PPER/PRON/2/nsubj kritisierte/VVFIN/VERB/0/ROOT die/ART/DET/4/det "
    "Regierung/NN/NOUN/2/obj Maduros/NE/PROPN/2/obj/Case=Gen ./$./PUNCT/2/punct",
    # a genitive or accusative form: nothing decides
    "ambiguous-case": "Er/PPER/PRON/2/nsubj traf/VVFIN/VERB/0/ROOT im/APPRART/ADP/4/case "
    "Norden/NN/NOUN/2/obl Peters/NE/PROPN/2/obj/Case=Acc,Gen ./$./PUNCT/2/punct",
}


@pytest.mark.parametrize("spec", KEPT.values(), ids=KEPT.keys())
def test_other_objects_stay(vocab, spec) -> None:
    assert repair_genitive_name_as_object(parsed(vocab, spec)) == []


@pytest.mark.parametrize(
    ("text", "recipient"),
    [
        (
            "Rebellen verschleppten im Norden Nigerias mehr als 200 Schülerinnen.",
            "200 Schülerinnen",
        ),
        ("Soldaten töteten im Norden Malis drei Zivilisten.", "drei Zivilisten"),
    ],
)
def test_the_place_is_not_the_target(nlp, text, recipient) -> None:
    events = [e for e in nlp(text)._.events if e.type == "ASSAULT"]
    assert [[p.text for p in e.recipient] for e in events] == [[recipient]]
