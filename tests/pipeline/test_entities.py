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
        ("Die Bundesregierung schweigt .", []),
        ("Die Union streitet .", []),
    ],
    ids=["state-adjective", "demonym", "person-and-capital", "organisation",
         "compound-on-an-organisation", "institution-is-no-entity", "ambiguous-name"],
)  # fmt: skip
def test_adds_knowledge_base_entities_with_germeval_labels(nlp, complete, text, expected):
    doc = complete(nlp.make_doc(text))
    assert ents(doc) == expected


def test_keeps_the_models_entities_and_adds_none_over_them(nlp, complete):
    doc = nlp.make_doc("Wladimir Putin sprach mit russischen Soldaten .")
    doc.ents = [Span(doc, 0, 2, label="ORG")]  # wrong, but the model's call
    assert ents(complete(doc)) == [("Wladimir Putin", "ORG"), ("russischen", "LOCderiv")]
