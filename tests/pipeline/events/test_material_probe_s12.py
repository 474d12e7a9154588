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

