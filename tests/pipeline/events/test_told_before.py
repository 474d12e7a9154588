"""News copy reports an act or a claim, then the reactions to it with the definite article:
"Israel bombardierte Beirut. … Der Iran verurteilte die Angriffe", "Frankreich kritisiert den
Iran. Der Iran weist die Vorwürfe zurück". The definite noun without a source of its own
refers back; the reaction is directed at the act's author or the claim's source
(EVENTS-GUIDELINES.md: condemnation targets the perpetrators, a rejection the source)."""

from __future__ import annotations

import pytest
from spacy.vocab import Vocab

from tests.pipeline.events.test_answered_claims import ACCUSATION, _denial
from tests.pipeline.events.test_coder import coded, make_doc

STRIKE = (
    "Israel/Israel/PROPN/2/nsubj bombardierte/bombardieren/VERB/0/root "
    "Ziele/Ziel/NOUN/2/obj ././PUNCT/2/punct "
)


def _condemnation(object_words: str) -> str:
    """ "Iran verurteilte <det> <noun>." after STRIKE (tokens 5-9); ``det`` carries its morph."""
    (det, det_lemma, dep, morph), (noun, noun_lemma) = (w.split("/") for w in object_words.split())
    return (
        STRIKE + "Iran/Iran/PROPN/6/nsubj verurteilte/verurteilen/VERB/0/root "
        f"{det}/{det_lemma}/DET/8/{dep}/{morph} {noun}/{noun_lemma}/NOUN/6/obj "
        "././PUNCT/6/punct "
    )


@pytest.mark.parametrize(
    ("name", "spec", "expected"),
    [
        (
            "the definite act noun targets the author of the act told before",
            _condemnation("die/der/det/Definite=Def Angriffe/Angriff"),
            True,
        ),
        (
            "a possessive names the act's author itself",
            _condemnation("seine/sein/det:poss/Poss=Yes Angriffe/Angriff"),
            False,
        ),
        (
            "a noun of no violent act refers to no attack",
            _condemnation("die/der/det/Definite=Def Entscheidung/Entscheidung"),
            False,
        ),
    ],
)
def test_condemning_an_act_told_before_targets_its_author(
    vocab: Vocab, name: str, spec: str, expected: bool
) -> None:
    doc = make_doc(vocab, spec, {"Israel": ["ISR"], "Iran": ["IRN"]})
    accusations = {e[2] for e in coded(doc) if e[0] == "ACCUSE" and e[1] == ("IRN",)}
    assert (("ISR",) in accusations) is expected


@pytest.mark.parametrize(
    ("name", "object_words", "expected"),
    [
        (
            "a definite claim noun answers the accuser",
            "die/der/Definite=Def Vorwürfe/Vorwurf",
            True,
        ),
        ("so does criticism", "die/der/Definite=Def Kritik/Kritik", True),
        ("a definite noun of no claim does not", "die/der/Definite=Def Reform/Reform", False),
    ],
)
def test_rejecting_a_claim_told_before_targets_its_source(
    vocab: Vocab, name: str, object_words: str, expected: bool
) -> None:
    doc = make_doc(
        vocab, ACCUSATION + _denial(5, object_words), {"Frankreich": ["FRA"], "Iran": ["IRN"]}
    )
    rejections = {e[2] for e in coded(doc) if e[0] == "REJECT" and e[1] == ("IRN",)}
    assert (("FRA",) in rejections) is expected


MEETING = (
    "Merkel/Merkel/PROPN/2/nsubj traf/treffen/VERB/0/root sich/sich/PRON/2/obj "
    "mit/mit/ADP/5/case Vertretern/Vertreter/NOUN/2/obl der/der/DET/7/det "
    "Opposition/Opposition/NOUN/5/nmod ././PUNCT/2/punct"
)


@pytest.mark.parametrize(
    ("name", "spec", "mentions", "expected"),
    [
        (
            "a partner of the same state is a second side",
            MEETING,
            {"Merkel": ["merkel"], "Opposition": ["DEU/OPP"]},
            True,
        ),
        (
            "a partner no actor stands for makes no meeting",
            MEETING,
            {"Merkel": ["merkel"]},
            False,
        ),
    ],
)
def test_meeting_with_a_named_partner_of_the_same_state(
    vocab: Vocab, name: str, spec: str, mentions: dict[str, list[str]], expected: bool
) -> None:
    doc = make_doc(vocab, spec, mentions)
    assert any(e[0] == "CONSULT" and set(e[1]) == {"DEU"} for e in coded(doc)) is expected


@pytest.mark.parametrize(
    ("name", "spec", "is_order"),
    [
        (
            "depending on something is no order",
            "Frankreich/Frankreich/PROPN/5/nsubj war/sein/AUX/5/aux auf/auf/ADP/4/case "
            "USA/USA/PROPN/5/obl angewiesen/anweisen/VERB/0/root ././PUNCT/5/punct",
            False,
        ),
        (
            "nor is depending on it with darauf",
            "Frankreich/Frankreich/PROPN/4/nsubj war/sein/AUX/4/aux darauf/darauf/ADV/4/advmod "
            "angewiesen/anweisen/VERB/0/root ././PUNCT/4/punct",
            False,
        ),
        (
            "instructing someone is",
            "Frankreich/Frankreich/PROPN/3/nsubj hat/haben/AUX/3/aux "
            "angewiesen/anweisen/VERB/0/root USA/USA/PROPN/3/obj ././PUNCT/3/punct",
            True,
        ),
    ],
)
def test_angewiesen_auf_is_dependence_not_an_order(
    vocab: Vocab, name: str, spec: str, is_order: bool
) -> None:
    from lagebild.codebook.loader import load_codebook
    from lagebild.pipeline.events.matching import match_predicate

    doc = make_doc(vocab, spec, {"Frankreich": ["FRA"], "USA": ["USA"]})
    verb = next(t for t in doc if t.lemma_ == "anweisen")
    match = match_predicate(verb, load_codebook())
    assert (match is not None and match[0].type == "REQUEST") is is_order
