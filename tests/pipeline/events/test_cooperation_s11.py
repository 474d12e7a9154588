"""Cooperation the coder missed, session 11 (issue 13 point 1, branch ``evcoop11``): German
constructions that tell a meeting, a readiness or an approval through an event noun and its
participants, with the readings they must not take.

Full-pipeline sentences (``model`` marker): the participants come from the linker, which is the
point of these constructions.
"""

from __future__ import annotations

import pytest

from tests.pipeline.events.test_coder import analysed, coded, make_doc


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the sides of "ein Treffen zwischen X und Y" meet, with no other actor named
        (
            "Am Donnerstag fand ein Treffen zwischen dem russischen Präsidenten Putin und dem "
            "türkischen Präsidenten Erdogan statt.",
            {("CONSULT", "RUS,TUR", "")},
        ),
        # "in / nach einem Gespräch mit X": the clause's subject met X
        (
            "Bundespräsident Christian Wulff hat in einem Gespräch mit seinem israelischen "
            "Amtskollegen Schimon Peres bekräftigt, Deutschland stehe zu Israel.",
            {("CONSULT", "DEU", "ISR")},
        ),
        (
            "In einem Telefonat mit dem französischen Präsidenten Sarkozy kündigte Merkel "
            "weitere Hilfe an.",
            {("CONSULT", "DEU", "FRA")},
        ),
        (
            "Nach einem Treffen mit Präsident Obama sagte der russische Präsident Medwedew, die "
            "Beziehungen seien gut.",
            {("CONSULT", "RUS", "USA")},
        ),
        # within one state the phrase names labour, sport or business talks, or an interview
        (
            "Anfang Mai fanden zwischen dem 1. FC Köln und dem FC Bayern München Verhandlungen "
            "über einen Wechsel des Nationalspielers Lukas Podolski statt.",
            set(),
        ),
        (
            "Bei den Tarifverhandlungen zwischen den Beschäftigten und dem Energiekonzern RWE "
            "stehen die Zeichen auf Streik.",
            set(),
        ),
        (
            "Der Aufsichtsratschef der Deutschen Bank dachte in einem Gespräch mit der "
            "„Financial Times“ bereits laut über mögliche Nachfolger für Ackermann nach.",
            set(),
        ),
        # without a partner the occasion need not have been attended
        ("Nach den Verhandlungen sagte Merkel, Deutschland werde helfen.", set()),
        # talking to a newspaper is an interview, no meeting
        (
            "Merkel sagte bei einem Gespräch mit der Süddeutschen Zeitung, die Regierung werde "
            "die Steuern nicht erhöhen.",
            set(),
        ),
        (
            "Merkel sagte im Gespräch mit der Süddeutschen Zeitung, die Regierung werde die "
            "Steuern nicht erhöhen.",
            set(),
        ),
    ],
)
def test_meeting_noun_names_its_sides(nlp, text, expected):
    assert {e for e in analysed(nlp, text, "2010-05-01") if e[0] == "CONSULT"} == expected


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # gegenüber names whom a readiness, solidarity or approval is shown to
        (
            "Irans Präsident Ahmadinedschad signalisierte gegenüber der EU "
            "Verhandlungsbereitschaft.",
            {("AGREE", "IRN", "EU")},
        ),
        (
            "Außenminister Steinmeier bekundete seine Solidarität gegenüber der Ukraine.",
            {("SUPPORT", "DEU", "UKR")},
        ),
        ("Die Türkei zeigte sich gegenüber der EU kompromissbereit.", {("AGREE", "TUR", "EU")}),
        # the medium a statement is told to is no addressee: coded as without it (the
        # default target at home), never towards AFP
        (
            "Irans Präsident Ahmadinedschad signalisierte gegenüber der Nachrichtenagentur AFP "
            "Verhandlungsbereitschaft.",
            {("AGREE", "IRN", "IRN")},
        ),
    ],
)
def test_gegenueber_names_the_addressee_of_an_attitude(nlp, text, expected):
    assert analysed(nlp, text, "2010-05-01") == expected


# "der" before a feminine singular object is its dative, whatever case the tagger gave it
PROMISE = (
    "Die/der/DET/2/det/Case=Nom EU/EU/PROPN/3/nsubj/Case=Nom sagte/sagen/VERB/0/root "
    "der/der/DET/5/det/Case=Nom Ukraine/Ukraine/PROPN/3/obj/Case=Dat|Gender=Fem|Number=Sing "
    "Hilfe/Hilfe/NOUN/3/obj/Case=Acc|Gender=Fem|Number=Sing zu/zu/ADP/3/compound:prt "
    "././PUNCT/3/punct"
)


@pytest.mark.parametrize(
    ("spec", "expected"),
    [
        (PROMISE, {("AGREE", ("EU",), ("UKR",), "asserted")}),
        # a masculine noun after "der" is nominative: no dative, no addressee, no offer
        (
            PROMISE.replace("Gender=Fem", "Gender=Masc", 1),
            set(),
        ),
    ],
)
def test_der_before_a_feminine_object_is_its_dative(vocab, spec, expected):
    doc = make_doc(vocab, spec, {"EU": ["EU"], "Ukraine": ["UKR"]})
    assert coded(doc) == expected


@pytest.mark.model
def test_offering_talks_is_an_offer_not_a_demand(nlp):
    text = "Venezuelas Präsident Maduro bot der kolumbianischen Regierung Gespräche an."
    assert analysed(nlp, text, "2014-05-01") == {("AGREE", "VEN", "COL")}


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the sides a zwischen-phrase names are the actors of a mutual act told in the passive
        (
            "Zwischen Israel und der Hamas wurde eine Waffenruhe vereinbart.",
            {("AGREE", "HAMAS,ISR", "")},
        ),
        (
            "Die Einigung zwischen Serbien und dem Kosovo wurde in Brüssel erzielt.",
            {("AGREE", "SRB,XKX", "")},
        ),
        # the passive of its support verb tells a meeting noun's act done
        (
            "Die Verhandlungen zwischen Israel und den Palästinensern wurden fortgesetzt.",
            {("CONSULT", "ISR,PSE", "")},
        ),
        # with no sides named there is no one to code
        ("Die Gespräche wurden am Montag fortgesetzt.", set()),
    ],
)
def test_mutual_act_in_the_passive_takes_the_sides_between(nlp, text, expected):
    assert analysed(nlp, text, "2010-05-01") == expected


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a zu the parser labels "case" on the modal still marks the infinitive, whose subject
        # is the governing verb's; "der Ukraine" hung on the object before it is the dative
        (
            "Deutschland signalisierte, der Ukraine Hilfe leisten zu wollen.",
            {("AGREE", "DEU", "UKR")},
        ),
        (
            "Deutschland signalisierte, Hilfe für die Ukraine leisten zu wollen.",
            {("AGREE", "DEU", "UKR")},
        ),
    ],
)
def test_announced_aid_in_a_verb_complex_is_an_offer(nlp, text, expected):
    assert analysed(nlp, text, "2010-05-01") == expected
