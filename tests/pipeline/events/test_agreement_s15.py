"""Subject and verb agree in number (session 15): a parser reads the fronted object of
"Die Angriffe hat Frankreich verurteilt" as the subject, and the finite verb's number says
which phrase is the subject.

Hand-parsed sentences (see ``test_coder.make_doc``) that reproduce the model's mis-parse;
the full pipeline (``model`` marker) on sentences written for the purpose.
"""

from __future__ import annotations

import pytest

from tests.pipeline.events.test_coder import analysed, coded, make_doc

# "Die Stellungen der Ukraine hat Russland angegriffen" as the model parses it: the
# fronted object labelled subject, the name after the finite verb labelled object
FRONTED_OBJECT = (
    "Die/der/DET/2/det/Case=Nom {noun}/{noun}/NOUN/7/nsubj/Case=Nom|Number={number} "
    "der/der/DET/4/det/Case=Gen Ukraine/Ukraine/PROPN/2/nmod/Case=Gen "
    "hat/haben/AUX/7/aux/Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin "
    "Russland/Russland/PROPN/7/obj/Case=Dat|Number=Sing "
    "angegriffen/angreifen/VERB/0/root/VerbForm=Part ././PUNCT/7/punct"
)


@pytest.mark.parametrize(
    ("noun", "number", "expected"),
    [
        ("Stellungen", "Plur", {("ASSAULT", ("RUS",), ("UKR",), "asserted")}),
        # a singular agrees with "hat": "Die Armee der Ukraine hat Russland angegriffen"
        ("Armee", "Sing", {("ASSAULT", ("UKR",), ("RUS",), "asserted")}),
    ],
)
def test_a_fronted_plural_before_a_singular_verb_is_the_object(vocab, noun, number, expected):
    spec = FRONTED_OBJECT.format(noun=noun, number=number)
    doc = make_doc(vocab, spec, {"Russland": ["RUS"], "Ukraine": ["UKR"]})
    assert coded(doc) == expected


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Die Vorwürfe wies der Kreml am Montag zurück.", {("REJECT", "RUS", "RUS")}),
        ("Die Angriffe hat Frankreich scharf verurteilt.", {("ACCUSE", "FRA", "FRA")}),
    ],
)
def test_pipeline_finds_the_subject_after_a_fronted_object(nlp, text, expected):
    assert analysed(nlp, text, "2024-03-01") == expected


# "Zuvor hatte Deutschland Russland zur Zurückhaltung aufgerufen" as the model parses it:
# the second name hung on the first as {label}, the first an adverbial or the subject
ADJACENT_NAMES = (
    "Zuvor/zuvor/ADV/7/advmod hatte/haben/AUX/7/aux/Mood=Ind|Number=Sing|VerbForm=Fin "
    "Deutschland/Deutschland/PROPN/7/{first} {second}/{second}/PROPN/3/{label} "
    "zur/zu/ADP/6/case Zurückhaltung/Zurückhaltung/NOUN/7/obl "
    "aufgerufen/aufrufen/VERB/0/root/VerbForm=Part ././PUNCT/7/punct"
)


@pytest.mark.parametrize(
    ("first", "label", "mentions", "expected"),
    [
        ("obl", "appos", {"Russland": ["RUS"]}, {("REQUEST", ("DEU",), ("RUS",), "historical")}),
        ("nsubj", "flat", {"Russland": ["RUS"]}, {("REQUEST", ("DEU",), ("RUS",), "historical")}),
        # a name the linker did not take for an actor of its own stays part of the first
        ("nsubj", "flat", {}, set()),
    ],
)
def test_the_second_of_two_actor_names_after_the_verb_is_its_object(
    vocab, first, label, mentions, expected
):
    spec = ADJACENT_NAMES.format(first=first, second="Russland", label=label)
    doc = make_doc(vocab, spec, {"Deutschland": ["DEU"], **mentions})
    assert coded(doc) == expected


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Gestern warf Polen Belarus vor, Migranten an die Grenze zu schleusen.",
            {("ACCUSE", "POL", "BLR")},
        ),
        (
            "Erst vor einer Woche hatte die Türkei Griechenland mit Konsequenzen gedroht.",
            {("THREATEN", "TUR", "GRC")},
        ),
    ],
)
def test_pipeline_finds_the_object_name_after_the_subject_name(nlp, text, expected):
    assert analysed(nlp, text, "2024-03-01") == expected


# "Am Montag hat der Iran Stellungen angegriffen" as the model parses it: "der Iran
# Stellungen" one phrase, the name an attribute of the plural and "der" its article
NAME_BEFORE_PLURAL = (
    "Am/an/ADP/2/case Montag/Montag/PROPN/7/obl "
    "hat/haben/AUX/7/aux/Mood=Ind|Number=Sing|VerbForm=Fin der/der/DET/6/det "
    "Iran/Iran/PROPN/6/{label} Stellungen/Stellung/NOUN/7/obj/Number={number} "
    "angegriffen/angreifen/VERB/0/root/VerbForm=Part ././PUNCT/7/punct"
)


@pytest.mark.parametrize(
    ("label", "number", "expected"),
    [
        ("amod", "Plur", {("ASSAULT", ("IRN",), (), "asserted")}),
        ("compound", "Plur", {("ASSAULT", ("IRN",), (), "asserted")}),
        # "der" before a singular may be a dative or genitive of the noun: left as parsed
        ("amod", "Sing", set()),
    ],
)
def test_der_before_a_name_and_a_plural_is_the_names_article(vocab, label, number, expected):
    spec = NAME_BEFORE_PLURAL.format(label=label, number=number)
    assert coded(make_doc(vocab, spec, {"Iran": ["IRN"]})) == expected


@pytest.mark.model
def test_pipeline_finds_the_masculine_state_before_a_plural_object(nlp):
    text = "Im Streit um das Atomprogramm hat der Iran Gespräche mit den USA abgelehnt."
    assert analysed(nlp, text, "2024-03-01") == {("REJECT", "IRN", "USA")}


# "Charkiw wurde in der Nacht von Russland angegriffen" as the model parses it: the agent
# hung on the time noun before it
AGENT_ON_TIME = (
    "Charkiw/Charkiw/PROPN/8/nsubj:pass wurde/werden/AUX/8/aux:pass/Mood=Ind|VerbForm=Fin "
    "in/in/ADP/5/case der/der/DET/5/det {time}/{time}/NOUN/8/obl von/von/ADP/7/case "
    "{agent}/{agent}/PROPN/5/nmod angegriffen/angreifen/VERB/0/root/VerbForm=Part "
    "././PUNCT/8/punct"
)


@pytest.mark.parametrize(
    ("time", "agent", "expected"),
    [
        ("Nacht", "Russland", {("ASSAULT", ("RUS",), ("UKR",), "asserted")}),
        ("Woche", "Russland", {("ASSAULT", ("RUS",), ("UKR",), "asserted")}),
        # "in der Nacht von Samstag …" names a time, not who attacked
        ("Nacht", "Samstag", set()),
    ],
)
def test_a_von_phrase_on_a_time_noun_is_the_passive_agent(vocab, time, agent, expected):
    spec = AGENT_ON_TIME.format(time=time, agent=agent)
    doc = make_doc(vocab, spec, {"Charkiw": ["UKR"], "Russland": ["RUS"]})
    assert coded(doc) == expected


# "Der iranische Botschafter wurde ins Auswärtige Amt einbestellt"
SUMMONED_TO = (
    "Der/der/DET/3/det iranische/iranisch/ADJ/3/amod Botschafter/Botschafter/NOUN/8/nsubj:pass "
    "wurde/werden/AUX/8/aux:pass/Mood=Ind|VerbForm=Fin {prep}/{prep}/ADP/7/case "
    "Auswärtige/auswärtig/ADJ/7/amod Amt/Amt/NOUN/8/obl "
    "einbestellt/einbestellen/VERB/0/root/VerbForm=Part ././PUNCT/8/punct"
)


@pytest.mark.parametrize(
    ("prep", "expected"),
    [
        ("ins", {("ACCUSE", ("DEU",), ("IRN",), "asserted")}),
        # "im Auswärtigen Amt" says where, not before whom: no actor
        ("im", set()),
    ],
)
def test_the_body_a_diplomat_is_summoned_to_summons_him(vocab, prep, expected):
    spec = SUMMONED_TO.format(prep=prep)
    doc = make_doc(vocab, spec, {"Auswärtige Amt": ["DEU"], "iranische": ["IRN"]})
    assert coded(doc) == expected


@pytest.mark.parametrize(
    ("verb", "lemma", "expected"),
    [
        # pressing for something is a demand, with or without an addressee
        ("drängt", "drängen", {("REQUEST", ("EU",), (), "asserted")}),
        ("pocht", "pochen", {("REQUEST", ("EU",), (), "asserted")}),
    ],
)
def test_pressing_for_something_is_a_request_without_addressee(vocab, verb, lemma, expected):
    spec = (
        f"Die/der/DET/2/det EU/EU/PROPN/3/nsubj {verb}/{lemma}/VERB/0/root/Mood=Ind|VerbForm=Fin "
        "auf/auf/ADP/5/case Reformen/Reform/NOUN/3/obl ././PUNCT/3/punct"
    )
    assert coded(make_doc(vocab, spec, {"EU": ["EU"]})) == expected


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Das israelische Militär teilte mit, es habe in der Nacht Ziele der Hisbollah "
            "im Südlibanon angegriffen.",
            {("ASSAULT", "ISR", "HEZBOLLAH")},
        ),
        # "es gebe": an expletive, which stands for no one
        ("Das israelische Militär teilte mit, es gebe keine Hinweise auf Opfer.", set()),
    ],
)
def test_es_in_reported_speech_is_the_neuter_speaker(nlp, text, expected):
    assert analysed(nlp, text, "2024-03-01") == expected
