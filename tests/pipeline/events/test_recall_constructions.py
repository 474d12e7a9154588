"""Constructions through which German news reports acts whose actor or target the frame
alone does not give: domestic statements, existential event nouns, fronted objects,
conditional threats, the sein-perfect and the passive subject labelled as object.

Sentences are hand-parsed as the model parses them (see ``test_coder.make_doc``); the
article's home state is set by hand, as ``lagebild_actors`` would.
"""

from __future__ import annotations

import pytest

from lagebild.pipeline.actors.home import HomeState
from tests.pipeline.events.test_coder import coded, make_doc

# (name, tokens, mentions, home state, expected events)
CASES = [
    (
        "a domestic rejection naming no one addresses the other side at home",
        "Die/der/DET/2/det Opposition/Opposition/NOUN/3/nsubj wies/weisen/VERB/0/root "
        "die/der/DET/5/det Vorwürfe/Vorwurf/NOUN/3/obj zurück/zurück/ADP/3/compound:prt "
        "././PUNCT/3/punct",
        {"Opposition": ["DEU/OPP"]},
        "DEU",
        {("REJECT", ("DEU",), ("DEU",), "asserted")},
    ),
    (
        "without a home state the same rejection is a statement to no one",
        "Die/der/DET/2/det Opposition/Opposition/NOUN/3/nsubj wies/weisen/VERB/0/root "
        "die/der/DET/5/det Vorwürfe/Vorwurf/NOUN/3/obj zurück/zurück/ADP/3/compound:prt "
        "././PUNCT/3/punct",
        {"Opposition": ["DEU/OPP"]},
        None,
        set(),
    ),
    (
        "offering one's resignation to a domestic addressee is a concession to the other side",
        "Der/der/DET/2/det Premier/Premier/NOUN/3/nsubj bot/bieten/VERB/0/root "
        "der/der/DET/5/det Opposition/Opposition/NOUN/3/iobj/Case=Dat "
        "seinen/sein/DET/7/det Rücktritt/Rücktritt/NOUN/3/obj an/an/ADP/3/compound:prt "
        "././PUNCT/3/punct",
        {"Premier": ["scholz"]},
        "DEU",
        {("CONCEDE", ("DEU",), ("DEU",), "asserted")},
    ),
    (
        "foreign criticism of something uncoded is addressed to the home state",
        "Die/der/DET/2/det EU/EU/PROPN/3/nsubj kritisierte/kritisieren/VERB/0/root "
        "das/der/DET/5/det Verfahren/Verfahren/NOUN/3/obj ././PUNCT/3/punct",
        {"EU": ["EU"]},
        "UKR",
        {("ACCUSE", ("EU",), ("UKR",), "asserted")},
    ),
    (
        "es kam zu Festnahmen reports arrests by the home state's police",
        "Vereinzelt/vereinzelt/ADV/2/advmod kam/kommen/VERB/0/root es/es/PRON/2/nsubj "
        "zu/zu/ADP/5/case Festnahmen/Festnahme/NOUN/2/obl ././PUNCT/2/punct",
        {},
        "DEU",
        {("COERCE", ("DEU",), ("DEU",), "asserted")},
    ),
    (
        "a count of arrests reports arrests",
        "41/41/NUM/2/nummod Verhaftungen/Verhaftung/NOUN/0/root ././PUNCT/2/punct",
        {},
        "DEU",
        {("COERCE", ("DEU",), ("DEU",), "asserted")},
    ),
    (
        "an arrest named as a topic reports none",
        "Die/der/DET/2/det Festnahme/Festnahme/NOUN/3/nsubj war/sein/AUX/0/root "
        "umstritten/umstritten/ADJ/3/xcomp ././PUNCT/3/punct",
        {},
        "DEU",
        set(),
    ),
    (
        "a fronted demand is the object of the rejection, not its subject",
        "Eine/ein/DET/2/det Forderung/Forderung/NOUN/5/nsubj der/der/DET/4/det "
        "EU/EU/PROPN/2/nmod lehnte/lehnen/VERB/0/root Israel/Israel/PROPN/5/obj "
        "ab/ab/ADP/5/compound:prt ././PUNCT/5/punct",
        {"EU": ["EU"], "Israel": ["ISR"]},
        None,
        {("REJECT", ("ISR",), ("EU",), "asserted")},
    ),
    (
        "a fronted 'das' is what is rejected, the name after the verb who rejects it",
        "Das/der/PRON/2/nsubj lehnte/lehnen/VERB/0/root Israel/Israel/PROPN/2/obj "
        "jedoch/jedoch/ADV/2/advmod ab/ab/ADP/2/compound:prt ././PUNCT/2/punct",
        {"Israel": ["ISR"]},
        "ISR",
        {("REJECT", ("ISR",), ("ISR",), "asserted")},
    ),
    (
        "a conditional threat is aimed at the subject of its condition",
        "Israel/Israel/PROPN/3/nsubj werde/werden/AUX/3/aux angreifen/angreifen/VERB/0/root "
        ",/,/PUNCT/9/punct wenn/wenn/SCONJ/9/mark die/der/DET/7/det Hamas/Hamas/PROPN/9/nsubj "
        "nicht/nicht/PART/9/advmod aufhöre/aufhören/VERB/3/advcl ././PUNCT/3/punct",
        {"Israel": ["ISR"], "Hamas": ["PSE"]},
        None,
        {("THREATEN", ("ISR",), ("PSE",), "asserted")},
    ),
    (
        "the sein-perfect of a motion verb is active whatever the labels",
        "Russische/russisch/ADJ/2/amod Soldaten/Soldat/NOUN/7/nsubj:pass "
        "sind/sein/AUX/7/aux:pass in/in/ADP/6/case die/der/DET/6/det "
        "Ukraine/Ukraine/PROPN/7/obl einmarschiert/einmarschieren/VERB/0/root "
        "././PUNCT/7/punct",
        {"Russische Soldaten": ["RUS"], "Ukraine": ["UKR"]},
        None,
        {("ASSAULT", ("RUS",), ("UKR",), "asserted")},
    ),
    (
        "an active conjunct of a passive clause shares its passive subject",
        "Israelische/israelisch/ADJ/2/amod Soldaten/Soldat/NOUN/4/nsubj:pass "
        "seien/sein/AUX/4/aux beschossen/beschießen/VERB/0/root worden/werden/AUX/4/aux:pass "
        "und/und/CCONJ/7/cc erwiderten/erwidern/VERB/4/conj das/der/DET/9/det "
        "Feuer/Feuer/NOUN/7/obj auf/auf/ADP/12/case die/der/DET/12/det Hamas/Hamas/PROPN/7/obl "
        "././PUNCT/4/punct",
        {"Israelische Soldaten": ["ISR"], "Hamas": ["PSE"]},
        None,
        {("ASSAULT", ("ISR",), ("PSE",), "asserted")},
    ),
    (
        "a future word describing a place does not date the act",
        "Soldaten/Soldat/NOUN/3/nsubj sind/sein/AUX/3/aux einmarschiert/einmarschieren/VERB/0/root "
        "in/in/ADP/6/case die/der/DET/6/det Nähe/Nähe/NOUN/3/obl der/der/DET/10/det "
        "künftigen/künftig/ADJ/10/amod und/und/CCONJ/8/cc Grenze/Grenze/NOUN/6/nmod "
        "zur/zu/ADP/12/case Ukraine/Ukraine/PROPN/10/nmod ././PUNCT/3/punct",
        {"Soldaten": ["USA/MIL"], "Ukraine": ["UKR"]},
        None,
        {("ASSAULT", ("USA",), ("UKR",), "asserted")},
    ),
    (
        "a passive subject labelled obj is the passive subject, the von-phrase the agent",
        "Vom/von/ADP/2/case Europarat/Europarat/NOUN/5/nsubj werden/werden/AUX/5/aux:pass "
        "Konsequenzen/Konsequenz/NOUN/5/obj gefordert/fordern/VERB/0/root ././PUNCT/5/punct",
        {"Europarat": ["EU"]},
        "UKR",
        {("REQUEST", ("EU",), ("UKR",), "asserted")},
    ),
]


@pytest.mark.parametrize(
    ("spec", "mentions", "home", "expected"),
    [c[1:] for c in CASES],
    ids=[c[0] for c in CASES],
)
def test_codes_acts_the_frame_alone_misses(vocab, spec, mentions, home, expected):
    doc = make_doc(vocab, spec, mentions)
    doc._.home_state = HomeState(home, "dateline (3)") if home else None
    assert coded(doc) == expected


# "Russland vereinbarte mit der Ukraine, die Truppen zurückzuziehen ." with the infinitive
# parsed as a conjunct of the verb of agreeing
AGREED_WITHDRAWAL = (
    "Russland/Russland/PROPN/2/nsubj vereinbarte/vereinbaren/VERB/0/root mit/mit/ADP/5/case "
    "der/der/DET/5/det Ukraine/Ukraine/PROPN/2/obl ,/,/PUNCT/9/punct die/der/DET/8/det "
    "Truppen/Truppe/NOUN/9/obj zurückzuziehen/zurückziehen/VERB/2/{dep} ././PUNCT/2/punct"
)


@pytest.mark.parametrize("dep", ["xcomp", "conj", "acl"])
def test_a_zu_infinitive_under_a_verbal_act_is_its_content_whatever_its_label(vocab, dep):
    doc = make_doc(
        vocab, AGREED_WITHDRAWAL.format(dep=dep), {"Russland": ["RUS"], "Ukraine": ["UKR"]}
    )
    assert {event[0] for event in coded(doc)} == {"AGREE"}
