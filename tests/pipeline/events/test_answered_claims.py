"""A rejection of a claim referred back to by a demonstrative ("Der Iran bestreitet dies") is
directed at whoever made the claim in the sentences before (EVENTS-GUIDELINES.md, Actors and
recipients: a rejection targets the source of what is rejected)."""

from __future__ import annotations

import pytest
from spacy.vocab import Vocab

from tests.pipeline.events.test_coder import coded, make_doc

ACCUSATION = (
    "Frankreich/Frankreich/PROPN/2/nsubj kritisiert/kritisieren/VERB/0/root "
    "Iran/Iran/PROPN/2/obj ././PUNCT/2/punct "
)
FILLER = (
    "Das/der/DET/6/det Programm/Programm/NOUN/7/nsubj läuft/laufen/VERB/0/root "
    "seit/seit/ADP/9/case Jahren/Jahr/NOUN/7/obl ././PUNCT/7/punct "
)


def _denial(first: int, object_words: str) -> str:
    """ "Iran bestreitet <object>." numbered from token ``first`` (1-based); the object is
    ``word/lemma/morph`` tokens, a pronoun or a determiner and a noun."""
    verb = first + 1
    words = [w.split("/") for w in object_words.split()]
    spec = f"Iran/Iran/PROPN/{verb}/nsubj bestreitet/bestreiten/VERB/0/root "
    if len(words) == 1:
        ((word, lemma, morph),) = words
        spec += f"{word}/{lemma}/PRON/{verb}/obj/{morph} "
    else:
        (det, det_lemma, morph), (noun, noun_lemma) = words
        spec += (
            f"{det}/{det_lemma}/DET/{first + 3}/det/{morph} {noun}/{noun_lemma}/NOUN/{verb}/obj "
        )
    return spec + f"././PUNCT/{verb}/punct "


@pytest.mark.parametrize(
    ("name", "spec", "expected_recipient"),
    [
        (
            "a demonstrative pronoun answers the accuser",
            ACCUSATION + _denial(5, "dies/dies/PronType=Dem"),
            ("FRA",),
        ),
        (
            "a demonstrative determiner answers the accuser",
            ACCUSATION + _denial(5, "diese/dieser/PronType=Dem Vorwürfe/Vorwurf"),
            ("FRA",),
        ),
        (
            "the claim may lie one sentence further back",
            ACCUSATION + FILLER + _denial(11, "dies/dies/PronType=Dem"),
            ("FRA",),
        ),
        (
            "an object that does not refer back names no source",
            ACCUSATION + _denial(5, "jede/jeder/PronType=Ind Beteiligung/Beteiligung"),
            None,
        ),
        (
            "a claim three sentences back is out of reach",
            ACCUSATION
            + FILLER
            + FILLER.replace("/6/", "/12/").replace("/7/", "/13/").replace("/9/", "/15/")
            + _denial(17, "dies/dies/PronType=Dem"),
            None,
        ),
    ],
)
def test_rejection_of_a_claim_told_before_targets_its_source(
    vocab: Vocab, name: str, spec: str, expected_recipient: tuple[str, ...] | None
) -> None:
    doc = make_doc(vocab, spec, {"Frankreich": ["FRA"], "Iran": ["IRN"]})
    rejections = {e[2] for e in coded(doc) if e[0] == "REJECT" and e[1] == ("IRN",)}
    if expected_recipient is None:
        assert ("FRA",) not in rejections
    else:
        assert rejections == {expected_recipient}


@pytest.mark.parametrize(
    ("name", "denial"),
    [
        (
            "a bare 'das' tagged as article is the demonstrative object",
            "Iran/Iran/PROPN/6/nsubj bestreitet/bestreiten/VERB/0/root "
            "das/der/DET/6/obj/Case=Acc|PronType=Art ././PUNCT/6/punct ",
        ),
        (
            "labelled a second subject after the verb, it is still the object",
            "Iran/Iran/PROPN/6/nsubj bestreitet/bestreiten/VERB/0/root "
            "das/der/DET/6/nsubj/Case=Nom|PronType=Art ././PUNCT/6/punct ",
        ),
    ],
)
def test_a_bare_das_refers_back_to_the_claim(vocab: Vocab, name: str, denial: str) -> None:
    doc = make_doc(vocab, ACCUSATION + denial, {"Frankreich": ["FRA"], "Iran": ["IRN"]})
    rejections = {e[2] for e in coded(doc) if e[0] == "REJECT" and e[1] == ("IRN",)}
    assert rejections == {("FRA",)}
