"""Material acts in canonical wire sentences (session 12, branch ``material12``): parse
errors of German constructions that hide the target of an attack, an arrest or a sanction.

Hand-parsed sentences (see ``test_coder.make_doc``) that reproduce the model's mis-parse;
the full pipeline (``model`` marker) on sentences written for the purpose.
"""

from __future__ import annotations

import pytest

from tests.pipeline.events.test_coder import analysed, coded, make_doc

# "Russland hat am Samstag Kiew angegriffen" as the model parses it: the object right after
# the time adverbial hung on it as an apposition
TIME_APPOSITION = (
    "Russland/Russland/PROPN/6/nsubj hat/haben/AUX/6/aux am/an/ADP/4/case "
    "{time}/{time}/PROPN/6/obl {name}/{name}/PROPN/4/appos "
    "angegriffen/angreifen/VERB/0/root ././PUNCT/6/punct"
)


@pytest.mark.parametrize(
    ("time", "name", "expected"),
    [
        ("Samstag", "Kiew", {("ASSAULT", ("RUS",), ("UKR",), "asserted")}),
        ("Sonntagabend", "Kiew", {("ASSAULT", ("RUS",), ("UKR",), "asserted")}),
        ("Wochenende", "Kiew", {("ASSAULT", ("RUS",), ("UKR",), "asserted")}),
        # a time of the day is the day's apposition: "am Montag Abend angegriffen"
        ("Montag", "Abend", {("ASSAULT", ("RUS",), (), "asserted")}),
        # a place is named by an apposition: "am Standort Ukraine" is no object
        ("Standort", "Kiew", {("ASSAULT", ("RUS",), (), "asserted")}),
    ],
)
def test_a_name_after_a_time_adverbial_is_the_object_not_its_apposition(
    vocab, time, name, expected
):
    doc = make_doc(
        vocab, TIME_APPOSITION.format(time=time, name=name), {"Russland": ["RUS"], "Kiew": ["UKR"]}
    )
    assert coded(doc) == expected


def test_a_comma_keeps_the_apposition_of_a_date(vocab):
    # "am Samstag, dem Tag Kiews, angegriffen": with a comma it is an apposition
    spec = (
        "Russland/Russland/PROPN/10/nsubj hat/haben/AUX/10/aux am/an/ADP/4/case "
        "Samstag/Samstag/PROPN/10/obl ,/,/PUNCT/7/punct dem/der/DET/7/det Tag/Tag/NOUN/4/appos "
        "Kiews/Kiew/PROPN/7/nmod/Case=Gen ,/,/PUNCT/7/punct "
        "angegriffen/angreifen/VERB/0/root ././PUNCT/10/punct"
    )
    doc = make_doc(vocab, spec, {"Russland": ["RUS"], "Kiews": ["UKR"]})
    assert coded(doc) == {("ASSAULT", ("RUS",), (), "asserted")}


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Die Hamas hat am Samstag Israel mit Tausenden Raketen angegriffen.",
            {("ASSAULT", "HAMAS", "ISR")},
        ),
        ("Die Türkei hat am Wochenende Syrien bombardiert.", {("ASSAULT", "TUR", "SYR")}),
        (
            "Israel hat am Sonntagabend Ziele im Libanon bombardiert.",
            {("ASSAULT", "ISR", "LBN")},
        ),
    ],
)
def test_pipeline_finds_the_target_after_a_time_adverbial(nlp, text, expected):
    assert analysed(nlp, text, "2024-03-01") == expected


# "Bei einer Razzia töteten israelische Soldaten drei Palästinenser" as the model parses it:
# the subject after the fronted adverbial labelled an object like the object after it
INVERTED_SUBJECT = (
    "Bei/bei/ADP/3/case einer/ein/DET/3/det Razzia/Razzia/NOUN/4/obl "
    "{verb}/töten/VERB/0/root/Mood=Ind|Number={number}|Person=3|Tense=Past|VerbForm=Fin "
    "israelische/israelisch/ADJ/6/amod Soldaten/Soldat/NOUN/4/obj/Case=Nom|Number=Plur "
    "drei/drei/NUM/8/nummod Palästinenser/Palästinenser/NOUN/4/obj/Case=Nom|Number=Plur "
    "././PUNCT/4/punct"
)


@pytest.mark.parametrize(
    ("verb", "number", "expected"),
    [
        ("töteten", "Plur", {("ASSAULT", ("ISR",), ("PSE",), "asserted")}),
        # a singular verb cannot agree with plural "Soldaten": no subject is guessed
        ("tötete", "Sing", set()),
    ],
)
def test_the_first_of_two_objects_after_a_fronted_adverbial_is_the_subject(
    vocab, verb, number, expected
):
    spec = INVERTED_SUBJECT.format(verb=verb, number=number)
    doc = make_doc(vocab, spec, {"israelische Soldaten": ["ISR"], "Palästinenser": ["PSE"]})
    assert coded(doc) == expected


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Bei einer Razzia im Westjordanland töteten israelische Soldaten drei Palästinenser.",
            {("ASSAULT", "ISR", "PSE")},
        ),
    ],
)
def test_pipeline_finds_the_subject_after_a_fronted_adverbial(nlp, text, expected):
    assert analysed(nlp, text, "2024-03-01") == expected


# "Den französischen Botschafter wies die russische Regierung aus" as the model parses it:
# both phrases labelled subject, the fronted accusative with its article tagged dative plural
FRONTED_DEN_OBJECT = (
    "Den/der/DET/3/det/Case=Dat|Number=Plur französischen/französisch/ADJ/3/amod "
    "{noun}/{noun}/NOUN/4/nsubj/Case=Nom|Number={number} "
    "wies/weisen/VERB/0/root/Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin "
    "die/der/DET/7/det/Case=Nom russische/russisch/ADJ/7/amod "
    "Regierung/Regierung/NOUN/4/nsubj/Case=Acc|Number=Sing aus/aus/ADP/4/compound:prt "
    "././PUNCT/4/punct"
)


@pytest.mark.parametrize(
    ("noun", "number", "expected"),
    [
        ("Botschafter", "Sing", {("SANCTION", ("RUS",), ("FRA",), "asserted")}),
        # "den … Diplomaten" (plural) is the dative: no one expelled
        ("Diplomaten", "Plur", set()),
    ],
)
def test_a_fronted_den_phrase_before_a_singular_is_no_subject(vocab, noun, number, expected):
    spec = FRONTED_DEN_OBJECT.format(noun=noun, number=number)
    mentions = {f"französischen {noun}": ["FRA"], "russische Regierung": ["RUS"]}
    assert coded(make_doc(vocab, spec, mentions)) == expected


@pytest.mark.model
def test_pipeline_expels_the_fronted_accusative(nlp):
    text = "Den französischen Botschafter wies die nigrische Regierung aus."
    assert analysed(nlp, text, "2024-03-01") == {("SANCTION", "NER", "FRA")}


def test_a_bare_name_after_the_finite_verb_is_the_subject_whatever_its_tagged_case(vocab):
    # "Trotz internationaler Kritik richtete Russland sieben Männer hin" with the name tagged
    # genitive and labelled object, and no feature VerbForm on the preterite
    spec = (
        "Trotz/trotz/ADP/3/case internationaler/international/ADJ/3/amod "
        "Kritik/Kritik/NOUN/4/obl richtete/richten/VERB/0/root/Mood=Ind|Number=Sing|Tense=Past "
        "Russland/Russland/PROPN/4/obj/Case=Gen|Number=Sing sieben/sieben/NUM/7/nummod "
        "Männer/Mann/NOUN/4/obj/Case=Acc|Number=Plur hin/hin/ADV/4/compound:prt "
        "././PUNCT/4/punct"
    )
    events = coded(make_doc(vocab, spec, {"Russland": ["RUS"]}))
    assert {(t, actors) for t, actors, _, _ in events} == {("ASSAULT", ("RUS",))}
