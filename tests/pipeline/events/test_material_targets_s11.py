"""Targets of force and repression (session 11, branch ``evmaterial11``): a town or region
named as the target of an ASSAULT or COERCE act that no actor mention covers falls on the
people of its state, by the place resolver ("Luftangriffe gegen Bengasi" → LBY).

Hand-parsed sentences (see ``test_coder.make_doc``) where the parse is the point; the full
pipeline (``model`` marker) on sentences written for the purpose.
"""

from __future__ import annotations

import pytest

from tests.pipeline.events.test_coder import analysed, coded, make_doc

# (name, tokens, mentions, expected events)
CASES = [
    (
        "troops marching into a region fall on the region's state",
        "Truppen/Truppe/NOUN/6/nsubj Russlands/Russland/PROPN/1/nmod/Case=Gen "
        "sind/sein/AUX/6/aux in/in/ADP/5/case Charkiw/Charkiw/PROPN/6/obl "
        "einmarschiert/einmarschieren/VERB/0/root ././PUNCT/6/punct",
        {"Russlands": ["RUS"]},
        {("ASSAULT", ("RUS",), ("UKR",), "asserted")},
    ),
    (
        "an arrest in a town is no act against the town: the place is not the target",
        "Die/der/DET/2/det Polizei/Polizei/NOUN/4/nsubj Russlands/Russland/PROPN/2/nmod/Case=Gen "
        "nahm/nehmen/VERB/0/root in/in/ADP/6/case Charkiw/Charkiw/PROPN/4/obl "
        "Sportler/Sportler/NOUN/4/obj fest/fest/ADP/4/compound:prt ././PUNCT/4/punct",
        {"Russlands": ["RUS"]},
        {("COERCE", ("RUS",), ("RUS",), "asserted")},
    ),
    (
        "after a fronted adverbial the subject of an intransitive verb, taken for its object, "
        "is its subject",
        "Heute/heute/ADV/2/advmod "
        "demonstrierten/demonstrieren/VERB/0/root/Mood=Ind|Number=Plur|VerbForm=Fin "
        "in/in/ADP/4/case Teheran/Teheran/PROPN/2/obl Tausende/tausend/NUM/6/nummod "
        "Menschen/Mensch/NOUN/2/obj/Number=Plur ././PUNCT/2/punct",
        {},
        {("PROTEST", ("IRN",), ("IRN",), "asserted")},
    ),
    (
        "... only when it agrees with the verb in number",
        "Heute/heute/ADV/2/advmod "
        "demonstrierten/demonstrieren/VERB/0/root/Mood=Ind|Number=Plur|VerbForm=Fin "
        "in/in/ADP/4/case Teheran/Teheran/PROPN/2/obl "
        "Einigkeit/Einigkeit/NOUN/2/obj/Number=Sing ././PUNCT/2/punct",
        {},
        set(),
    ),
    (
        "... and when the verb has no subject of its own",
        "Heute/heute/ADV/2/advmod "
        "demonstrierten/demonstrieren/VERB/0/root/Mood=Ind|Number=Plur|VerbForm=Fin "
        "in/in/ADP/4/case Teheran/Teheran/PROPN/2/obl die/der/DET/6/det "
        "Präsidenten/Präsident/NOUN/2/nsubj/Number=Plur "
        "Einigkeit/Einigkeit/NOUN/2/obj/Number=Plur ././PUNCT/2/punct",
        {},
        set(),
    ),
]


@pytest.mark.parametrize(("name", "spec", "mentions", "expected"), CASES, ids=[c[0] for c in CASES])
def test_material_construction_s11(vocab, name, spec, mentions, expected):
    doc = make_doc(vocab, spec, mentions)
    assert coded(doc) == expected


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Die libysche Luftwaffe hat am Donnerstag Luftangriffe gegen Bengasi geflogen.",
            {("ASSAULT", "LBY", "LBY")},
        ),
        (
            "Die russische Armee hat die Stadt Charkiw mit Artillerie beschossen.",
            {("ASSAULT", "RUS", "UKR")},
        ),
    ],
)
def test_pipeline_codes_the_state_of_an_attacked_town(nlp, text, expected):
    assert analysed(nlp, text, "2023-05-10") == expected


# "räumen" of ground held is a withdrawal; of a building or a venue, an evacuation
@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "types"),
    [
        ("Die russischen Truppen haben ihre Stellungen bei Kiew geräumt.", {"RETREAT"}),
        ("Der Botschafter musste nach einer Bombendrohung sein Gebäude räumen.", set()),
        ("Die Polizei ließ nach einer Bombendrohung den Bahnhof räumen.", set()),
    ],
)
def test_clearing_a_building_is_no_withdrawal(nlp, text, types):
    assert {t for t, _, _ in analysed(nlp, text, "2023-05-10")} == types


# a protest noun naming neither protesters nor target is a topic unless told as taking place
@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "types"),
    [
        ("Der Reporter wurde verhaftet, als er in Kairo eine Demonstration filmte.", {"COERCE"}),
        ("In Kairo kam es zu Protesten gegen die Regierung.", {"PROTEST"}),
        ("Bei einer Demonstration in Kairo wurden zwei Menschen verletzt.", {"PROTEST"}),
        ("Eine Demonstration gegen die Regierung in Kairo wurde verboten.", {"PROTEST", "COERCE"}),
    ],
)
def test_protest_noun_as_topic_is_no_protest(nlp, text, types):
    assert {t for t, _, _ in analysed(nlp, text, "2023-05-10")} == types


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "types"),
    [
        # the time after a protest presupposes it ("nach einer Demonstration")
        ("Nach einer Demonstration in Kairo gab es die ersten Verletzten.", {"PROTEST"}),
        # a looming strike or one the signs point to has not happened
        ("In Berlin droht jetzt ein Streik.", set()),
        ("Der Minister verließ die Sitzung in Kairo unter Protest.", set()),
    ],
)
def test_protest_noun_told_as_happened(nlp, text, types):
    assert {t for t, _, _ in analysed(nlp, text, "2023-05-10")} == types


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # what came after an attack presupposes it; its unnamed agent is the place's
        (
            "Einen Tag nach dem Anschlag auf eine Polizeikaserne in der nordspanischen Stadt "
            "Burgos hat es eine weitere Explosion vor einem Polizeigebäude gegeben.",
            {("ASSAULT", "ESP", "ESP")},
        ),
        # after a meeting no unnamed agent is added (the coded set names a host, not
        # co-actors); the meeting itself is the subject's, with its mit-partner
        ("Nach dem Treffen mit Merkel reiste Macron ab.", {("CONSULT", "FRA", "DEU")}),
    ],
)
def test_attack_told_as_what_came_after(nlp, text, expected):
    assert analysed(nlp, text, "2023-05-10") == expected
