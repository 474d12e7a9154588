"""ACCUSE, REJECT and THREATEN, session 9 round 2 (issue 13, branch ``evverbal2``): families
of German support-verb and idiom constructions that carry an accusation or a rejection, the
senses of the same words that carry none, and who cannot be the accuser in a detector proposal.

Sentences are hand-parsed as the model parses them (see ``test_coder.make_doc``).
"""

from __future__ import annotations

import pytest

from lagebild.codebook.loader import load_codebook
from lagebild.pipeline.events.detector import subject_is_not_speaker
from tests.pipeline.events.test_coder import coded, make_doc

OWN_TYPES = {"ACCUSE", "REJECT", "THREATEN"}
STATES = {"Frankreich": ["FRA"], "Frankreichs": ["FRA"], "Iran": ["IRN"], "Irans": ["IRN"]}


# (name, tokens, expected events of the three types)
CASES = [
    (
        "giving someone the blame is an accusation",
        "Frankreich/Frankreich/PROPN/2/nsubj gab/geben/VERB/0/root Iran/Iran/PROPN/2/iobj "
        "die/der/DET/5/det Schuld/Schuld/NOUN/2/obj ././PUNCT/2/punct",
        {("ACCUSE", ("FRA",), ("IRN",), "asserted")},
    ),
    (
        "giving someone something else accuses no one",
        "Frankreich/Frankreich/PROPN/2/nsubj gab/geben/VERB/0/root Iran/Iran/PROPN/2/iobj "
        "die/der/DET/5/det Zusage/Zusage/NOUN/2/obj ././PUNCT/2/punct",
        set(),
    ),
    (
        "anmelden is the support verb of an objection",
        "Frankreich/Frankreich/PROPN/2/nsubj meldete/melden/VERB/0/root "
        "Bedenken/Bedenken/NOUN/2/obj gegen/gegen/ADP/6/case den/der/DET/6/det "
        "Plan/Plan/NOUN/3/nmod Irans/Iran/PROPN/6/nmod/Case=Gen an/an/ADP/2/compound:prt "
        "././PUNCT/2/punct",
        {("ACCUSE", ("FRA",), ("IRN",), "asserted")},
    ),
    (
        "watching another's act with concern is a statement of concern",
        "Frankreich/Frankreich/PROPN/2/nsubj beobachtet/beobachten/VERB/0/root "
        "den/der/DET/4/det Plan/Plan/NOUN/2/obj Irans/Iran/PROPN/4/nmod/Case=Gen "
        "mit/mit/ADP/7/case Sorge/Sorge/NOUN/2/obl ././PUNCT/2/punct",
        {("ACCUSE", ("FRA",), ("IRN",), "asserted")},
    ),
    (
        "watching without a feeling is no statement",
        "Frankreich/Frankreich/PROPN/2/nsubj beobachtet/beobachten/VERB/0/root "
        "den/der/DET/4/det Plan/Plan/NOUN/2/obj Irans/Iran/PROPN/4/nmod/Case=Gen "
        "mit/mit/ADP/7/case Interesse/Interesse/NOUN/2/obl ././PUNCT/2/punct",
        set(),
    ),
    (
        "speaking of another's act as a provocation condemns it",
        "Frankreich/Frankreich/PROPN/2/nsubj sprach/sprechen/VERB/0/root von/von/ADP/5/case "
        "einer/ein/DET/5/det Provokation/Provokation/NOUN/2/obl Irans/Iran/PROPN/5/nmod/Case=Gen "
        "././PUNCT/2/punct",
        {("ACCUSE", ("FRA",), ("IRN",), "asserted")},
    ),
    (
        "speaking of another's success condemns nothing",
        "Frankreich/Frankreich/PROPN/2/nsubj sprach/sprechen/VERB/0/root von/von/ADP/5/case "
        "einem/ein/DET/5/det Erfolg/Erfolg/NOUN/2/obl Irans/Iran/PROPN/5/nmod/Case=Gen "
        "././PUNCT/2/punct",
        set(),
    ),
    (
        "pushing an accusation away from oneself rejects it",
        "Iran/Iran/PROPN/2/nsubj wies/weisen/VERB/0/root die/der/DET/4/det "
        "Vorwürfe/Vorwurf/NOUN/2/obj Frankreichs/Frankreich/PROPN/4/nmod/Case=Gen "
        "von/von/ADP/7/case sich/sich/PRON/2/obl ././PUNCT/2/punct",
        {("REJECT", ("IRN",), ("FRA",), "asserted"), ("ACCUSE", ("FRA",), ("IRN",), "asserted")},
    ),
    (
        "countering an accusation rejects it",
        "Iran/Iran/PROPN/2/nsubj trat/treten/VERB/0/root der/der/DET/4/det "
        "Darstellung/Darstellung/NOUN/2/iobj Frankreichs/Frankreich/PROPN/4/nmod/Case=Gen "
        "entgegen/entgegen/ADP/2/compound:prt ././PUNCT/2/punct",
        {("REJECT", ("IRN",), ("FRA",), "asserted")},
    ),
    (
        "contradicting another's account rejects it",
        "Iran/Iran/PROPN/2/nsubj widersprach/widersprechen/VERB/0/root der/der/DET/4/det "
        "Darstellung/Darstellung/NOUN/2/iobj Frankreichs/Frankreich/PROPN/4/nmod/Case=Gen "
        "././PUNCT/2/punct",
        {("REJECT", ("IRN",), ("FRA",), "asserted")},
    ),
    (
        "a policy contradicting a norm is a state of affairs, no rejection",
        "Die/der/DET/2/det Politik/Politik/NOUN/4/nsubj Irans/Iran/PROPN/2/nmod/Case=Gen "
        "widerspricht/widersprechen/VERB/0/root dem/der/DET/6/det "
        "Völkerrecht/Völkerrecht/NOUN/4/iobj ././PUNCT/4/punct",
        set(),
    ),
    (
        "suing someone in court is a legal accusation",
        "Frankreich/Frankreich/PROPN/2/nsubj zog/ziehen/VERB/0/root gegen/gegen/ADP/4/case "
        "Iran/Iran/PROPN/2/obl vor/vor/ADP/6/case Gericht/Gericht/NOUN/2/obl ././PUNCT/2/punct",
        {("ACCUSE", ("FRA",), ("IRN",), "asserted")},
    ),
    (
        "saying a curt no to someone rejects him",
        "Frankreich/Frankreich/PROPN/2/nsubj erteilte/erteilen/VERB/0/root Iran/Iran/PROPN/2/iobj "
        "eine/ein/DET/5/det Abfuhr/Abfuhr/NOUN/2/obj ././PUNCT/2/punct",
        {("REJECT", ("FRA",), ("IRN",), "asserted")},
    ),
    (
        "calling another's accusation baseless dismisses it: a rejection, not an accusation",
        "Iran/Iran/PROPN/2/nsubj bezeichnete/bezeichnen/VERB/0/root die/der/DET/4/det "
        "Vorwürfe/Vorwurf/NOUN/2/obj Frankreichs/Frankreich/PROPN/4/nmod/Case=Gen "
        "als/als/ADP/7/case haltlos/haltlos/ADJ/2/obl ././PUNCT/2/punct",
        {("REJECT", ("IRN",), ("FRA",), "asserted"), ("ACCUSE", ("FRA",), ("IRN",), "asserted")},
    ),
    (
        "calling another's plan dangerous condemns it",
        "Iran/Iran/PROPN/2/nsubj bezeichnete/bezeichnen/VERB/0/root den/der/DET/4/det "
        "Plan/Plan/NOUN/2/obj Frankreichs/Frankreich/PROPN/4/nmod/Case=Gen "
        "als/als/ADP/7/case gefährlich/gefährlich/ADJ/2/obl ././PUNCT/2/punct",
        {("ACCUSE", ("IRN",), ("FRA",), "asserted")},
    ),
    (
        "in Abrede stellen denies",
        "Iran/Iran/PROPN/2/nsubj stellte/stellen/VERB/0/root die/der/DET/4/det "
        "Vorwürfe/Vorwurf/NOUN/2/obj Frankreichs/Frankreich/PROPN/4/nmod/Case=Gen "
        "in/in/ADP/7/case Abrede/Abrede/NOUN/2/obl ././PUNCT/2/punct",
        {("REJECT", ("IRN",), ("FRA",), "asserted"), ("ACCUSE", ("FRA",), ("IRN",), "asserted")},
    ),
    (
        "resisting another's plan rejects it",
        "Iran/Iran/PROPN/2/nsubj sträubte/sträuben/VERB/0/root sich/sich/PRON/2/obj "
        "gegen/gegen/ADP/6/case den/der/DET/6/det Plan/Plan/NOUN/2/obl "
        "Frankreichs/Frankreich/PROPN/6/nmod/Case=Gen ././PUNCT/2/punct",
        {("REJECT", ("IRN",), ("FRA",), "asserted")},
    ),
    (
        "defending oneself against an attack is no rejection",
        "Iran/Iran/PROPN/2/nsubj wehrte/wehren/VERB/0/root sich/sich/PRON/2/obj "
        "gegen/gegen/ADP/6/case den/der/DET/6/det Angriff/Angriff/NOUN/2/obl "
        "Frankreichs/Frankreich/PROPN/6/nmod/Case=Gen ././PUNCT/2/punct",
        set(),
    ),
    (
        "swearing retaliation on someone threatens him",
        "Iran/Iran/PROPN/2/nsubj schwor/schwören/VERB/0/root Frankreich/Frankreich/PROPN/2/iobj "
        "Vergeltung/Vergeltung/NOUN/2/obj ././PUNCT/2/punct",
        {("THREATEN", ("IRN",), ("FRA",), "asserted")},
    ),
    (
        "a state planning military operations against another threatens it",
        "Frankreich/Frankreich/PROPN/2/nsubj plane/planen/VERB/0/root "
        "militärische/militärisch/ADJ/4/amod Operationen/Operation/NOUN/2/obj "
        "gegen/gegen/ADP/6/case Iran/Iran/PROPN/4/nmod ././PUNCT/2/punct",
        {("THREATEN", ("FRA",), ("IRN",), "asserted")},
    ),
    (
        "planning talks with another threatens no one",
        "Frankreich/Frankreich/PROPN/2/nsubj plane/planen/VERB/0/root "
        "Gespräche/Gespräch/NOUN/2/obj mit/mit/ADP/5/case Iran/Iran/PROPN/3/nmod "
        "././PUNCT/2/punct",
        set(),
    ),
    (
        "a trial against someone before a court is the court's accusation",
        "Der/der/DET/2/det Prozess/Prozess/NOUN/8/nsubj gegen/gegen/ADP/4/case "
        "Iran/Iran/PROPN/2/nmod vor/vor/ADP/7/case einem/ein/DET/7/det "
        "Gericht_Frankreichs/Gericht/NOUN/2/nmod begann/beginnen/VERB/0/root ././PUNCT/8/punct",
        {("ACCUSE", ("FRA",), ("IRN",), "asserted")},
    ),
    (
        "a trial without a named court is only a topic",
        "Der/der/DET/2/det Prozess/Prozess/NOUN/5/nsubj gegen/gegen/ADP/4/case "
        "Iran/Iran/PROPN/2/nmod begann/beginnen/VERB/0/root ././PUNCT/5/punct",
        set(),
    ),
    (
        "reacting outraged to another's act condemns it",
        "Iran/Iran/PROPN/2/nsubj reagierte/reagieren/VERB/0/root empört/empört/ADJ/2/advmod "
        "auf/auf/ADP/6/case den/der/DET/6/det Plan/Plan/NOUN/2/obl "
        "Frankreichs/Frankreich/PROPN/6/nmod/Case=Gen ././PUNCT/2/punct",
        {("ACCUSE", ("IRN",), ("FRA",), "asserted")},
    ),
    (
        "reacting quickly judges nothing",
        "Iran/Iran/PROPN/2/nsubj reagierte/reagieren/VERB/0/root schnell/schnell/ADJ/2/advmod "
        "auf/auf/ADP/6/case den/der/DET/6/det Plan/Plan/NOUN/2/obl "
        "Frankreichs/Frankreich/PROPN/6/nmod/Case=Gen ././PUNCT/2/punct",
        set(),
    ),
    (
        "refusing to tolerate another's interference rejects it",
        "Iran/Iran/PROPN/2/nsubj verbat/verbitten/VERB/0/root sich/sich/PRON/2/iobj "
        "die/der/DET/5/det Einmischung/Einmischung/NOUN/2/obj "
        "Frankreichs/Frankreich/PROPN/5/nmod/Case=Gen ././PUNCT/2/punct",
        {("REJECT", ("IRN",), ("FRA",), "asserted")},
    ),
]


@pytest.mark.parametrize(("spec", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_codes_the_accusation_or_rejection_family(vocab, spec, expected):
    doc = make_doc(vocab, spec, STATES)
    assert {e for e in coded(doc) if e[0] in OWN_TYPES} == expected


SPEAKERS = [
    (
        "the subject of a blame adjective is the blamed",
        "Iran/Iran/PROPN/3/nsubj ist/sein/AUX/3/cop verantwortlich/verantwortlich/ADJ/0/root "
        "././PUNCT/3/punct",
        True,
    ),
    (
        "the subject of a psych verb is the cause of the annoyance",
        "Die/der/DET/2/det Wahl/Wahl/NOUN/3/nsubj verstimmte/verstimmen/VERB/0/root "
        "Frankreich/Frankreich/PROPN/3/obj ././PUNCT/3/punct",
        True,
    ),
    (
        "the reflexive psych verb is the speaker's own outrage",
        "Frankreich/Frankreich/PROPN/2/nsubj empörte/empören/VERB/0/root sich/sich/PRON/2/obj "
        "././PUNCT/2/punct",
        False,
    ),
    (
        "the subject of a verb of criticism speaks",
        "Frankreich/Frankreich/PROPN/2/nsubj kritisierte/kritisieren/VERB/0/root "
        "Iran/Iran/PROPN/2/obj ././PUNCT/2/punct",
        False,
    ),
]


@pytest.mark.parametrize(
    ("spec", "expected"), [c[1:] for c in SPEAKERS], ids=[c[0] for c in SPEAKERS]
)
def test_a_detector_proposal_never_makes_the_blamed_or_the_cause_the_accuser(vocab, spec, expected):
    doc = make_doc(vocab, spec, STATES)
    root = next(t for t in doc if t.dep_ == "root")
    assert subject_is_not_speaker(root, load_codebook()) is expected


@pytest.mark.parametrize(
    ("word", "lemma", "condemns"),
    [("Skandal", "Skandal", True), ("Schande", "Schande", True), ("Partner", "Partner", False)],
)
def test_a_quotation_calling_it_a_scandal_condemns_whom_it_names(vocab, word, lemma, condemns):
    doc = make_doc(
        vocab,
        f"Er/er/PRON/3/nsubj sei/sein/AUX/3/cop {word}/{lemma}/NOUN/0/root ,/,/PUNCT/5/punct "
        "sagte/sagen/VERB/3/parataxis Frankreich/Frankreich/PROPN/5/nsubj "
        "über/über/ADP/8/case Iran/Iran/PROPN/5/obl ././PUNCT/3/punct",
        STATES,
        {"text": f"Er sei {word}", "speaker": "Frankreich", "actors": ["FRA"]},
    )
    assert (("ACCUSE", ("FRA",), ("IRN",), "asserted") in coded(doc)) is condemns
