"""Precision of the event coder: what is no political event, and who the participants are.

Sentences are hand-parsed Docs (``word/lemma/POS/head/dep[/morph]``, as in ``test_coder``),
so each test shows one rule of German or of the guideline, not the model's parse.
"""

from __future__ import annotations

import pytest
import spacy

from lagebild.codebook.loader import load_codebook
from lagebild.pipeline.events import find_events
from tests.pipeline.events.test_coder import make_doc


@pytest.fixture(scope="module")
def vocab():
    return spacy.blank("de").vocab


def dyads(doc) -> set[tuple]:
    """(type, actor codes, recipient codes) of every event found, modality left aside."""
    return {
        (e.type, tuple(sorted(p.code for p in e.actor)), tuple(sorted(p.code for p in e.recipient)))
        for e in find_events(doc, load_codebook())
    }


ROBBERY = (
    "Zwei/zwei/NUM/2/nummod Männer/Mann/NOUN/3/nsubj überfielen/überfallen/VERB/0/root "
    "{object} ././PUNCT/3/punct"
)


@pytest.mark.parametrize(
    ("obj", "mentions", "expected"),
    [
        # private people acting on private people: a crime story, not a political event
        (
            "drei/drei/NUM/5/nummod Jugendliche/Jugendliche/NOUN/3/obj",
            {"Zwei Männer": ["DEU/CVL"], "Jugendliche": ["DEU/CVL"]},
            set(),
        ),
        # … but acting on a political entity they are coded
        (
            "die/der/DET/5/det Polizei/Polizei/NOUN/3/obj",
            {"Zwei Männer": ["DEU/CVL"], "die Polizei": ["DEU/COP"]},
            {("ASSAULT", ("DEU",), ("DEU",))},
        ),
    ],
    ids=["civilians-on-civilians", "civilians-on-police"],
)
def test_unnamed_private_people_act_politically_only_on_a_political_entity(
    vocab, obj, mentions, expected
):
    doc = make_doc(vocab, ROBBERY.format(object=obj), mentions)
    assert dyads(doc) == expected


RELATIVE_CLAUSE = (
    "Er/er/PRON/2/nsubj nannte/nennen/VERB/0/root die/der/DET/4/det "
    "Zivilisten/Zivilist/NOUN/2/obj/Case=Acc|Number=Plur ,/,/PUNCT/10/punct "
    "die/der/PRON/10/nsubj/Case=Nom|Number=Plur|PronType=Rel "
    "ein/ein/DET/8/det/Case=Nom|Number=Sing "
    "US-Soldat/US-Soldat/NOUN/10/obj/Case=Acc|Number=Sing heute/heute/ADV/10/advmod "
    "erschossen/erschießen/VERB/4/acl:relcl/VerbForm=Part "
    "hatte/haben/AUX/10/aux/Mood=Ind|Number={n} "
    "././PUNCT/2/punct"
)


@pytest.mark.parametrize(
    ("number", "expected"),
    [
        # "die ein US-Soldat erschossen hatte": singular "hatte" agrees with the soldier
        ("Sing", {("ASSAULT", ("USA",), ("IRQ",))}),
        # "die einen US-Soldaten erschossen hatten": plural agrees with the pronoun
        ("Plur", {("ASSAULT", ("IRQ",), ("USA",))}),
    ],
)
def test_the_finite_verb_s_number_picks_the_subject_of_a_relative_clause(vocab, number, expected):
    mentions = {"US-Soldat": ["USA/MIL"], "Zivilisten": ["IRQ/CVL"]}
    doc = make_doc(vocab, RELATIVE_CLAUSE.format(n=number), mentions)
    assert dyads(doc) == expected
