"""Session 22 (wire22): a quotation that names who is behind a harmful act is the speaker's
allegation against that author ("Hinter dem Anschlag stecke die PKK, sagte der Minister"); a
clause-final particle after "und" + a finite verb is that verb's, not the first verb's.

Probe sentences written for these tests, not taken from the articles. The datelines keep the
sentences from drawing a default recipient out of a one-sentence text."""

from __future__ import annotations

import pytest

from lagebild.codebook.loader import load_codebook
from lagebild.pipeline.events.repair import repair_particle_of_conjunct
from tests.pipeline.events.test_coder import make_doc
from tests.pipeline.events.test_wire_grammar_s14 import coded


@pytest.mark.parametrize(
    ("text", "actor", "recipient"),
    [
        (
            "Ankara (dpa) - Hinter dem Anschlag stecke die PKK, sagte der Innenminister.",
            "TUR",
            "PKK",
        ),
        (
            "Kinshasa (AFP) - Der Präsident sagte, Ruanda stecke hinter dem Angriff auf den "
            "Konvoi.",
            "COD",
            "RWA",
        ),
        (
            "Kiew (dpa) - Russland sei für den Tod der Zivilisten verantwortlich, sagte Selenskyj.",
            "UKR",
            "RUS",
        ),
        (
            "Teheran (dpa) - Der iranische Außenminister sagte, Israel trage die Verantwortung "
            "für den Anschlag auf den Wissenschaftler.",
            "IRN",
            "ISR",
        ),
        (
            'Kiew (dpa) - "Russland steckt hinter diesem feigen Anschlag", sagte der '
            "ukrainische Präsident.",
            "UKR",
            "RUS",
        ),
    ],
)
def test_authorship_of_a_harm_in_a_quotation_is_an_allegation(
    nlp, text: str, actor: str, recipient: str
) -> None:
    found = coded(nlp, text)
    assert any(
        t == "ACCUSE" and actor in a and recipient in r and m == "asserted" for t, a, r, m in found
    ), found


@pytest.mark.parametrize(
    "text",
    [
        # told by the narrator, the authorship has no accuser
        "Ankara (dpa) - Hinter dem Anschlag steckt nach Ermittlerangaben die PKK.",
        # an office one is responsible for is no harm
        "Berlin (dpa) - Der Minister sei für die Sicherheit verantwortlich, sagte der Sprecher.",
        # a denied authorship
        "Kairo (dpa) - Die Muslimbruderschaft sei nicht für die Anschläge verantwortlich, "
        "sagte ihr Sprecher.",
    ],
)
def test_no_allegation_without_a_speaker_a_harm_or_with_a_denial(nlp, text: str) -> None:
    found = coded(nlp, text)
    assert not [e for e in found if e[0] == "ACCUSE"], found


def test_backing_a_state_is_no_allegation(nlp) -> None:
    found = coded(nlp, "Berlin (dpa) - Der Innenminister sagte, Russland stehe hinter Serbien.")
    assert not [e for e in found if e[0] == "ACCUSE"], found


FINITE = "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"
# the parse the model gave s14b-18's sentence, in new words: "an" hung on "machte"
# ("anmachen"), "bot" on the adjective, the object of "bot" on "machte"
STOLEN_PARTICLE = (
    "Der/der/DET/2/det Minister/Minister/NOUN/3/nsubj "
    f"machte/machen/VERB/0/root/{FINITE} die/der/DET/5/det Rebellen/Rebell/NOUN/3/obj "
    "verantwortlich/verantwortlich/ADJ/3/xcomp und/und/CCONJ/8/cc "
    f"bot/bieten/VERB/6/conj/{FINITE} Gespräche/Gespräch/NOUN/3/obj "
    "an/an/ADP/3/compound:prt ././PUNCT/3/punct"
)


def test_a_clause_final_particle_after_und_is_the_second_verbs(vocab) -> None:
    doc = make_doc(vocab, STOLEN_PARTICLE, {})
    found = repair_particle_of_conjunct(doc, load_codebook())
    assert [t.text for t in found] == ["an"]
    assert doc[9].head == doc[7] and doc[9].dep_ == "compound:prt"
    assert doc[7].head == doc[2] and doc[7].dep_ == "conj"
    assert doc[8].head == doc[7]


def test_a_particle_that_makes_no_codebook_verb_stays(vocab) -> None:
    # "bot … ein" makes no codebook verb: nothing re-hung
    spec = STOLEN_PARTICLE.replace("an/an/ADP", "ein/ein/ADP")
    doc = make_doc(vocab, spec, {})
    assert repair_particle_of_conjunct(doc, load_codebook()) == []
    assert doc[9].head == doc[2]
