"""Entity completion from the knowledge base, on blank-model Docs (no statistical NER)."""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Span

from lagebild.pipeline.entities import EntityCompleter


@pytest.fixture(scope="module")
def nlp():
    return spacy.blank("de")


@pytest.fixture(scope="module")
def complete(nlp):
    return EntityCompleter(nlp)


def ents(doc):
    return [(e.text, e.label_) for e in doc.ents]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Die russische Regierung tagte .", [("russische", "LOCderiv")]),
        ("Die Franzosen wählen .", [("Franzosen", "LOCderiv")]),
        ("Wladimir Putin reiste nach Peking .", [("Wladimir Putin", "PER"), ("Peking", "LOC")]),
        ("Die Nato lehnt das ab .", [("Nato", "ORG")]),
        ("Sie kritisiert die Nato-Osterweiterung .", [("Nato-Osterweiterung", "ORGpart")]),
        ("Der Irakkrieg begann 2003 .", [("Irakkrieg", "LOCpart")]),
        ("Vor dem Natogipfel tagten sie .", [("Natogipfel", "ORGpart")]),
        ("Die Irakerin protestiert .", [("Irakerin", "LOCderiv")]),
        ("Die Bundesregierung schweigt .", []),
        ("Die Union streitet .", []),
    ],
    ids=["state-adjective", "demonym", "person-and-capital", "organisation",
         "compound-on-an-organisation", "closed-compound-on-a-state",
         "closed-compound-on-an-organisation", "derivation-is-no-compound",
         "institution-is-no-entity", "ambiguous-name"],
)  # fmt: skip
def test_adds_knowledge_base_entities_with_germeval_labels(nlp, complete, text, expected):
    doc = complete(nlp.make_doc(text))
    assert ents(doc) == expected


def test_keeps_the_models_entities_and_adds_none_over_them(nlp, complete):
    doc = nlp.make_doc("Putin sprach mit russischen Soldaten .")
    doc.ents = [Span(doc, 0, 1, label="ORG")]  # wrong, but the model's call
    assert ents(complete(doc)) == [("Putin", "ORG"), ("russischen", "LOCderiv")]


def doc_with(nlp, text, model_ents, propn=()):
    """A Doc with the model's entities as (start, end, label) and PROPN at given indices."""
    doc = nlp.make_doc(text)
    doc.ents = [Span(doc, start, end, label=label) for start, end, label in model_ents]
    for i in propn:
        doc[i].pos_ = "PROPN"
    return doc


@pytest.mark.parametrize(
    ("text", "model_ents", "propn", "expected"),
    [
        ("Trainer Kevin Schmidt lobte das Team .", [(2, 3, "PER")], (), [("Kevin Schmidt", "PER")]),
        ("Der Gärtner Gilles Clément plante den Park .", [(2, 4, "LOC")], (),
         [("Gilles Clément", "PER")]),
        ("Dann kam Mathilde zurück .", [(2, 3, "LOC")], (), [("Mathilde", "PER")]),
        ("Dann sprach Hiltrud Bährens im Rat .", [], (3,), [("Hiltrud Bährens", "PER")]),
        ("Dann sprach Hiltrud Bährens im Rat .", [], (), []),
        ("Kevin ging nach Hause .", [], (), []),
        ("Dann sprach Anna Maria Bährens .", [], (3, 4), [("Anna Maria Bährens", "PER")]),
        ("Die Israel Defense Forces rücken vor .", [(1, 4, "ORG")], (),
         [("Israel Defense Forces", "ORG")]),
        ("Im August Berlin zu besuchen , lohnt .", [(2, 3, "LOC")], (), [("Berlin", "LOC")]),
    ],
    ids=["first-name-before-a-surname-the-model-found", "first-name-opens-a-mislabelled-name",
         "lone-first-name-mislabelled", "first-name-before-an-unlabelled-proper-noun",
         "first-name-before-a-common-noun", "first-name-alone", "two-first-names",
         "first-name-that-is-a-place", "first-name-before-another-entity"],
)  # fmt: skip
def test_a_known_first_name_opens_a_person_name(nlp, complete, text, model_ents, propn, expected):
    doc = complete(doc_with(nlp, text, model_ents, propn))
    assert ents(doc) == expected


@pytest.mark.parametrize(
    ("text", "model_ents", "expected"),
    [
        ("Momentan sagte er nichts .", [(0, 1, "PER")], []),
        ("Besorgt reagierte die Nato .", [(0, 1, "PER"), (3, 4, "ORG")], [("Nato", "ORG")]),
        ("Merkel sagte nichts .", [(0, 1, "PER")], [("Merkel", "PER")]),
        ("Er sagte Momentan nichts .", [(2, 3, "PER")], [("Momentan", "PER")]),
        ("Russische Truppen rücken vor .", [(0, 1, "LOCderiv")], [("Russische", "LOCderiv")]),
    ],
    ids=["common-word-opening-the-sentence", "only-the-common-word-goes", "a-name-stays",
         "only-at-the-start-of-a-sentence", "derived-adjectives-stay"],
)  # fmt: skip
def test_a_common_word_opening_a_sentence_is_no_entity(nlp, complete, text, model_ents, expected):
    doc = complete(doc_with(nlp, text, model_ents))
    assert ents(doc) == expected


@pytest.mark.parametrize(
    ("text", "model_ents", "expected"),
    [
        ("Anführer Abu Mohammed al-Dscholani sprach .", [(1, 3, "PER"), (3, 4, "PER")],
         [("Abu Mohammed al-Dscholani", "PER")]),
        ("Ministerpräsident Mohammed al-Dschalali sprach .", [(2, 3, "PER")],
         [("Mohammed al-Dschalali", "PER")]),
        ("Dann hat Scholz Selenskyj empfangen .", [(2, 3, "PER"), (3, 4, "PER")],
         [("Scholz", "PER"), ("Selenskyj", "PER")]),
    ],
    ids=["particle-surname-after-a-name", "particle-surname-after-a-first-name",
         "two-persons-side-by-side"],
)  # fmt: skip
def test_a_surname_opening_with_a_particle_belongs_to_the_name_before(
    nlp, complete, text, model_ents, expected
):
    doc = complete(doc_with(nlp, text, model_ents))
    assert ents(doc) == expected


@pytest.mark.parametrize(
    ("text", "model_ents", "expected"),
    [
        # The model's cut at the particle: [Ursula von der]PER [Leyen]ORG.
        ("Präsidentin Ursula von der Leyen sprach .", [(1, 4, "PER"), (4, 5, "ORG")],
         [("Ursula von der Leyen", "PER")]),
        # A name the model began late: [Hossein Mussawi]PER of Mir Hossein Mussawi.
        ("Kandidat Mir Hossein Mussawi sprach .", [(2, 4, "PER")],
         [("Mir Hossein Mussawi", "PER")]),
        # A model entity reaching beyond the known name is the model's call.
        ("Die Ursula von der Leyen Stiftung half .", [(1, 6, "ORG")],
         [("Ursula von der Leyen Stiftung", "ORG")]),
    ],
    ids=["particle-name-cut-into-two-entities", "first-name-left-out",
         "longer-model-entity-stays"],
)  # fmt: skip
def test_a_person_name_the_kb_knows_whole_wins_over_the_models_pieces(
    nlp, complete, text, model_ents, expected
):
    doc = complete(doc_with(nlp, text, model_ents))
    assert ents(doc) == expected


@pytest.mark.parametrize(
    ("last", "expected"),
    [
        # "gegen [Bolsonaro Anklage]PER erhoben": an act noun is no surname
        ("Anklage", [("Bolsonaro", "PER")]),
        # a surname the tagger took for a common noun stays ("Hannelore Kraft")
        ("Kraft", [("Bolsonaro Kraft", "PER")]),
    ],
    ids=["act-noun-cut-off", "other-noun-kept"],
)
def test_a_person_name_ends_before_a_noun_that_names_an_act(nlp, complete, last, expected):
    doc = doc_with(nlp, f"Sie haben gegen Bolsonaro {last} erhoben .", [(3, 5, "PER")], (3,))
    doc[4].pos_, doc[4].lemma_ = "NOUN", last
    assert ents(complete(doc)) == expected
