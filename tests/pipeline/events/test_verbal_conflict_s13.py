"""Accusations, demands and refusals in canonical wire sentences (session 13).

Hand-parsed Docs (``word/lemma/POS/head/dep[/morph]``, as in ``test_coder``) reproduce the
small model's mis-parse; the ``model`` tests run one sentence through the full pipeline.
"""

from __future__ import annotations

import pytest

from lagebild.codebook.loader import load_codebook
from lagebild.pipeline.events.matching import match_predicate
from tests.pipeline.events.test_coder import analysed, coded, make_doc

PAST = "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"

# "Selenskyj machte Russland für den Angriff verantwortlich" with the adjective labelled the
# verb's separable particle, as the model does
BLAME_WITH_ADJECTIVE_AS_PARTICLE = (
    f"Selenskyj/Selenskyj/PROPN/2/nsubj machte/machen/VERB/0/root/{PAST} "
    "Russland/Russland/PROPN/2/obj für/für/ADP/6/case den/der/DET/6/det "
    "Angriff/Angriff/NOUN/2/obl verantwortlich/verantwortlich/ADJ/2/compound:prt "
    "././PUNCT/2/punct"
)


@pytest.mark.parametrize(
    ("spec", "index", "expected"),
    [
        (BLAME_WITH_ADJECTIVE_AS_PARTICLE, 1, ("ACCUSE", "machen")),
        # a short adjective is a particle: "ließ … frei" is freilassen
        (
            f"Russland/Russland/PROPN/2/nsubj ließ/lassen/VERB/0/root/{PAST} "
            "Gefangene/Gefangene/NOUN/2/obj frei/frei/ADJ/2/compound:prt ././PUNCT/2/punct",
            1,
            ("RETREAT", "freilassen"),
        ),
        # a derived adverb labelled particle adds no entry the adjective does not name
        (
            f"Gesetze/Gesetz/NOUN/2/nsubj untersagten/untersagen/VERB/0/root/{PAST} "
            "Diskriminierung/Diskriminierung/NOUN/2/obj "
            "ausdrücklich/ausdrücklich/ADJ/2/compound:prt ././PUNCT/2/punct",
            1,
            None,
        ),
    ],
    ids=["derived-adjective", "short-adjective-particle", "derived-adverb"],
)
def test_a_derived_adjective_labelled_particle_is_the_verbs_complement(
    vocab, spec, index, expected
):
    doc = make_doc(vocab, spec, {})
    match = match_predicate(doc[index], load_codebook())
    assert (match and (match[0].type, match[0].lemma)) == expected


def test_blaming_with_the_adjective_labelled_particle_is_an_accusation(vocab):
    doc = make_doc(
        vocab, BLAME_WITH_ADJECTIVE_AS_PARTICLE, {"Selenskyj": ["UKR"], "Russland": ["RUS"]}
    )
    assert ("ACCUSE", ("UKR",), ("RUS",), "asserted") in coded(doc)


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Kiew (dpa) - Selenskyj machte Russland für den Angriff auf das Krankenhaus "
            "verantwortlich.",
            ("ACCUSE", "UKR", "RUS"),
        ),
        ("Moskau (dpa) - US-Präsident Biden machte Putin für den Tod verantwortlich.",
         ("ACCUSE", "USA", "RUS")),
    ],
    ids=["blame-adjective-particle", "blame-person"],
)  # fmt: skip
def test_wire_accusations_and_demands_name_their_target(nlp, text, expected):
    assert expected in analysed(nlp, text, "2024-05-01")
