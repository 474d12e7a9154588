"""Person names with particles are names, not prepositional phrases."""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc, Span
from spacy.vocab import Vocab

import lagebild
from lagebild.german.names import looks_genitive, repair_name_particles, repair_nouns_in_names


def parsed(spec: str, person: tuple[int, int]) -> Doc:
    """A Doc from ``word/POS/head/dep[/morph]`` tokens (heads 1-based, 0 = root) with one
    PER entity over the token range ``person``."""
    rows = [token.split("/") for token in spec.split()]
    doc = Doc(
        Vocab(),
        words=[r[0] for r in rows],
        pos=[r[1] for r in rows],
        heads=[int(r[2]) - 1 if r[2] != "0" else i for i, r in enumerate(rows)],
        deps=[r[3] for r in rows],
        morphs=[r[4] if len(r) > 4 else "" for r in rows],
    )
    doc.ents = [Span(doc, *person, label="PER")]
    return doc


FIN = "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"
DAT = "Case=Dat|Gender=Fem|Number=Sing"
# the model's reading: "[Von]case der Leyen" an oblique of the verb, the clause subjectless
FRONTED = (
    f"Von/ADP/3/case der/DET/3/det/{DAT} Leyen/PROPN/4/obl/{DAT} kritisierte/VERB/0/ROOT/{FIN} "
    "China/PROPN/4/obj ./PUNCT/4/punct"
)
AFTER_VERB = (
    f"Am/ADP/2/case Montag/PROPN/3/obl kritisierte/VERB/0/ROOT/{FIN} von/ADP/6/case "
    f"der/DET/6/det/{DAT} Leyen/PROPN/3/obl/{DAT} China/PROPN/3/obj ./PUNCT/3/punct"
)
# "Von der Leyen hat Russland … gedroht": the bare state name took the free subject label
BEFORE_HABEN = (
    f"Von/ADP/3/case der/DET/3/det/{DAT} Leyen/PROPN/6/obl/{DAT} hat/AUX/6/aux/{FIN} "
    "Russland/PROPN/6/nsubj/Case=Nom gedroht/VERB/0/ROOT/VerbForm=Part ./PUNCT/6/punct"
)
# a real preposition before a name stays one: "mit Van der Bellen" has its own "mit"
OBJECT_OF_SUBJECT = (
    f"Xi/PROPN/2/nsubj empfing/VERB/0/ROOT/{FIN} von/ADP/5/case der/DET/5/det/{DAT} "
    f"Leyen/PROPN/2/obl/{DAT} ./PUNCT/2/punct"
)


@pytest.mark.parametrize(
    ("spec", "person", "roles"),
    [
        (FRONTED, (0, 3), {"Leyen": "nsubj", "China": "obj"}),
        (AFTER_VERB, (3, 6), {"Leyen": "nsubj", "China": "obj"}),
        (BEFORE_HABEN, (0, 3), {"Leyen": "nsubj", "Russland": "obj"}),
        (OBJECT_OF_SUBJECT, (2, 5), {"Xi": "nsubj", "Leyen": "obj"}),
    ],
)
def test_a_name_particle_read_as_a_preposition_gives_the_name_its_role(spec, person, roles):
    doc = parsed(spec, person)
    repair_name_particles(doc)
    assert {t.text: t.dep_ for t in doc if t.text in roles} == roles
    particles = [t for t in doc[person[0] : person[1]] if t.text.lower() in ("von", "der")]
    assert {t.dep_ for t in particles} == {"flat:name"}
    assert "Case" not in doc[person[1] - 1].morph.to_dict()


@pytest.mark.parametrize(
    ("spec", "person"),
    [
        # "mit Merkel": a preposition outside the name
        ("Er/PRON/2/nsubj sprach/VERB/0/ROOT mit/ADP/4/case Merkel/PROPN/2/obl", (3, 4)),
        # "Mit Ursula": the preposition is no particle
        ("Mit/ADP/2/case Ursula/PROPN/3/obl sprach/VERB/0/ROOT er/PRON/3/nsubj", (0, 2)),
    ],
)
def test_a_preposition_that_is_no_name_particle_is_left_alone(spec, person):
    doc = parsed(spec, person)
    labels = [t.dep_ for t in doc]
    assert repair_name_particles(doc) == []
    assert [t.dep_ for t in doc] == labels


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Von der Leyen kritisierte China scharf.", ("ACCUSE", ["EU"], ["CHN"])),
        (
            "Am Montag kritisierte von der Leyen die chinesische Regierung.",
            ("ACCUSE", ["EU"], ["CHN"]),
        ),
        (
            "Brüssel (dpa) - Von der Leyen hat Russland mit weiteren Sanktionen gedroht.",
            ("THREATEN", ["EU"], ["RUS"]),
        ),
    ],
)
def test_a_sentence_led_by_a_name_with_particle_codes_its_actor(nlp, text, expected):
    analysis = lagebild.analyze(text, date="2024-05-01", nlp=nlp)
    assert [
        (e.type, [p.code for p in e.actor], [p.code for p in e.recipient]) for e in analysis.events
    ] == [expected]


@pytest.mark.parametrize(
    ("noun_morph", "dep"),
    [("Case=Acc", "obj"), ("Case=Dat", "iobj")],
)
def test_a_common_noun_hung_on_a_name_is_a_phrase_of_its_verb(noun_morph, dep):
    # "hat gegen den Präsidenten Bolsonaro Anklage erhoben", "Anklage" a word of the name
    spec = (
        "hat/AUX/7/aux gegen/ADP/4/case den/DET/4/det Präsidenten/NOUN/7/obl "
        f"Bolsonaro/PROPN/4/appos Anklage/NOUN/5/flat/{noun_morph} erhoben/VERB/0/ROOT"
    )
    doc = parsed(spec, (4, 5))

    assert [t.text for t in repair_nouns_in_names(doc)] == ["Anklage"]
    assert (doc[5].head.text, doc[5].dep_) == ("erhoben", dep)


def test_a_noun_inside_the_names_entity_stays_in_the_name():
    spec = "Er/PRON/2/nsubj lobte/VERB/0/ROOT Bolsonaro/PROPN/2/obj Stiftung/NOUN/3/flat"
    doc = parsed(spec, (2, 4))

    assert repair_nouns_in_names(doc) == []


@pytest.mark.parametrize(
    ("word", "lemma", "expected"),
    [("Russlands", "Russland", True), ("Moskaus", "Moskau", True), ("Belarus", "Belarus", False),
     ("Russland", "Russland", False)],
)  # fmt: skip
def test_a_name_looks_genitive_by_an_s_its_lemma_lacks(word, lemma, expected):
    doc = Doc(spacy.blank("de").vocab, words=[word], lemmas=[lemma])
    assert looks_genitive(doc[0]) is expected
