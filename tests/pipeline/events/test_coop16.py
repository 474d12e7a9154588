"""Cooperative and verbal-cooperative events the coder missed (session 16): taking part in a
body's summit, a phone call told as the occasion of another act, and the tense such an
occasion takes from its clause, a commitment to a retreat, an adverbial participle read as
the finite verb. Full-pipeline sentences written for the construction (``model``), and a
hand-built parse reproducing the model's."""

from __future__ import annotations

import pytest

from lagebild.pipeline.events.repair import (
    repair_adjective_particles,
    repair_adverbial_participles,
    repair_verbs_conjoined_to_nouns,
)
from tests.german.test_grammar import parse, token
from tests.pipeline.events.test_wire_grammar_s14 import coded


@pytest.mark.parametrize(
    ("text", "actor", "recipient"),
    [
        ("Papst Franziskus nahm an dem G7-Gipfel teil.", "VAT", "G7"),
        (
            "Der chinesische Außenminister Wang nahm an dem Treffen der Brics-Staaten teil.",
            "CHN",
            "BRICS",
        ),
        ("Der indische Premierminister Modi nahm am Gipfel der G20 teil.", "IND", "G20"),
    ],
    ids=["compound", "genitive-group", "genitive-name"],
)
@pytest.mark.model
def test_taking_part_in_a_bodys_summit_meets_the_body(nlp, text, actor, recipient) -> None:
    found = {(t, a, r) for t, a, r, _ in coded(nlp, text)}
    assert ("CONSULT", (actor,), (recipient,)) in found


@pytest.mark.parametrize(
    ("text", "sides", "modality"),
    [
        (
            "Biden hatte Putin in einem Telefonat ein Gipfeltreffen vorgeschlagen.",
            (("USA",), ("RUS",)),
            "historical",
        ),
        (
            "Die Außenminister Indiens und Chinas vereinbarten in einem Telefongespräch, die "
            "Lage nicht eskalieren zu lassen.",
            (("CHN", "IND"), ()),
            "asserted",
        ),
    ],
    ids=["dative-addressee", "two-state-subject"],
)
@pytest.mark.model
def test_a_phone_call_told_as_the_occasion_of_an_act_is_a_call(nlp, text, sides, modality) -> None:
    # the other end of a call with someone of another state is its addressee (session 18)
    assert ("CONSULT", *sides, modality) in coded(nlp, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Russland verpflichtete sich, seine Truppen aus Moldau abzuziehen.",
            ("CONCEDE", ("RUS",), ("MDA",)),
        ),
        (
            "Die Hamas verpflichtete sich, alle Geiseln freizulassen.",
            ("CONCEDE", ("HAMAS",), ("",)),
        ),
    ],
    ids=["withdrawal", "release"],
)
@pytest.mark.model
def test_a_commitment_to_a_retreat_is_a_concession(nlp, text, expected) -> None:
    found = {(t, a, r) for t, a, r, _ in coded(nlp, text)}
    assert expected in found
    assert not any(t == "RETREAT" for t, _, _ in found)


@pytest.mark.model
def test_ratifying_anothers_accession_supports_it(nlp) -> None:
    text = "Die Türkei hat den Nato-Beitritt Schwedens ratifiziert."
    assert ("SUPPORT", ("TUR",), ("SWE",)) in {(t, a, r) for t, a, r, _ in coded(nlp, text)}


# "Die USA haben Israel wiederholt aufgefordert , die Angriffe einzustellen ." as the model
# parses it: the adverb "wiederholt" is the finite root, the subject hangs on the auxiliary
ADVERB_AS_FINITE_VERB = """
Die DET ART 2 det Case=Nom
USA PROPN NE 3 nsubj Case=Nom
haben AUX VAFIN 5 aux Mood=Ind|Number=Plur|VerbForm=Fin haben
Israel PROPN NE 5 nsubj Case=Dat
wiederholt VERB VVFIN 0 root Mood=Ind|Number=Sing|VerbForm=Fin wiederholen
aufgefordert VERB VVPP 5 xcomp VerbForm=Part auffordern
, PUNCT $, 10 punct
die DET ART 9 det Case=Acc
Angriffe NOUN NN 10 obj Case=Acc
einzustellen VERB VVIZU 5 xcomp VerbForm=Inf einstellen
. PUNCT $. 5 punct
"""


def test_a_participle_form_inside_the_verbal_bracket_is_an_adverb() -> None:
    doc = parse(ADVERB_AS_FINITE_VERB)
    assert [t.text for t in repair_adverbial_participles(doc)] == ["wiederholt"]
    verb = token(doc, "aufgefordert")
    assert verb.dep_ == "ROOT"
    assert {c.text for c in verb.children} >= {"USA", "haben", "Israel", "wiederholt"}
    assert token(doc, "wiederholt").dep_ == "advmod"


def test_a_finite_verb_without_an_auxiliary_before_it_stays() -> None:
    doc = parse(ADVERB_AS_FINITE_VERB.replace("5 aux Mood", "5 nsubj Mood"))
    assert repair_adverbial_participles(doc) == []


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Die EU-Kommission habe Washington wiederholt eine Verhandlungslösung angeboten.",
            ("AGREE", ("EU",), ("USA",)),
        ),
        (
            "Die USA haben Israel wiederholt aufgefordert, die Angriffe einzustellen.",
            ("REQUEST", ("USA",), ("ISR",)),
        ),
    ],
    ids=["offer", "call"],
)
def test_acts_told_with_an_adverbial_participle(nlp, text, expected) -> None:
    assert expected in {(t, a, r) for t, a, r, _ in coded(nlp, text)}


# "Die EU verurteilte die Gewalt und sicherte der Regierung ihre Solidarität zu ." as the model
# parses it: the second finite verb a conjunct of the first verb's object
VERB_CONJOINED_TO_OBJECT = """
Die DET ART 2 det Case=Nom
EU PROPN NE 3 nsubj Case=Nom
verurteilte VERB VVFIN 0 root Mood=Ind|VerbForm=Fin verurteilen
die DET ART 5 det Case=Acc
Gewalt NOUN NN 3 obj Case=Acc
und CCONJ KON 7 cc
sicherte VERB VVFIN 5 conj Mood=Ind|VerbForm=Fin sichern
der DET ART 9 det Case=Gen
Regierung NOUN NN 7 obj Case=Gen
ihre DET PPOSAT 11 det:poss Case=Acc
Solidarität NOUN NN 7 obj Case=Acc
zu ADP PTKVZ 7 compound:prt
. PUNCT $. 3 punct
"""


def test_a_finite_verb_conjoined_to_a_noun_is_the_clause_verbs_conjunct() -> None:
    doc = parse(VERB_CONJOINED_TO_OBJECT)
    assert [t.text for t in repair_verbs_conjoined_to_nouns(doc)] == ["sicherte"]
    assert token(doc, "sicherte").head.text == "verurteilte"


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Die Bundesregierung verurteilte den Angriff und sicherte Israel ihre Solidarität zu.",
            ("SUPPORT", ("DEU",), ("ISR",)),
        ),
        (
            "Der Kreml zeigte sich offen für Verhandlungen mit der Ukraine.",
            ("AGREE", ("RUS",), ("UKR",)),
        ),
    ],
    ids=["coordinated-promise", "open-for-talks-with"],
)
def test_promises_and_readiness_reach_their_addressee(nlp, text, expected) -> None:
    assert expected in {(t, a, r) for t, a, r, _ in coded(nlp, text)}


# "Die EU stellte Jordanien 200 Millionen Euro bereit ." as the model parses it: "bereit" the
# root, the full verb "stellte" its auxiliary
PARTICLE_AS_ROOT = """
Die DET ART 2 det Case=Nom
EU PROPN NE 3 nsubj Case=Nom
stellte VERB VVFIN 8 aux Mood=Ind|VerbForm=Fin stellen
Jordanien PROPN NE 3 obj Case=Dat
200 NUM CARD 6 nummod
Millionen NOUN NN 7 nmod Case=Acc
Euro NOUN NN 8 obj Case=Acc
bereit ADJ ADJD 0 root Degree=Pos
. PUNCT $. 8 punct
"""


def test_a_full_verb_taken_for_the_auxiliary_of_its_particle_heads_the_clause() -> None:
    doc = parse(PARTICLE_AS_ROOT)
    assert [t.text for t in repair_adjective_particles(doc)] == ["bereit"]
    verb = token(doc, "stellte")
    assert verb.dep_ == "ROOT"
    assert token(doc, "Euro").head == verb
    assert token(doc, "bereit").dep_ == "compound:prt"


@pytest.mark.model
def test_money_made_available_to_a_bare_state_name_is_aid(nlp) -> None:
    text = "Die EU stellte Jordanien 200 Millionen Euro bereit."
    assert ("AID", ("EU",), ("JOR",)) in {(t, a, r) for t, a, r, _ in coded(nlp, text)}


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "Deutschland liefert der Ukraine weitere Luftabwehrsysteme.",
        "Die Ukraine erhielt von Deutschland weitere Luftabwehrsysteme.",
    ],
    ids=["delivered", "received"],
)
def test_a_weapon_system_delivered_is_military_aid(nlp, text) -> None:
    assert ("AID", ("DEU",), ("UKR",)) in {(t, a, r) for t, a, r, _ in coded(nlp, text)}
