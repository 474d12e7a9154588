"""The committed German pipeline loads offline and annotates a sentence."""

from __future__ import annotations

from pathlib import Path

import pytest
import spacy

import lagebild.models.components  # noqa: F401  (registers the lemma lookup factory)

MODEL_DIR = Path(__file__).resolve().parents[2] / "lagebild" / "models" / "de_lagebild"
GERMEVAL_LABELS = {
    f"{base}{suffix}" for base in ("PER", "ORG", "LOC", "OTH") for suffix in ("", "deriv", "part")
}

pytestmark = pytest.mark.model


@pytest.fixture(scope="module")
def nlp() -> spacy.language.Language:
    if not (MODEL_DIR / "meta.json").exists():
        pytest.skip("model not built yet")
    return spacy.load(MODEL_DIR)  # its load time is the model card's to report


def test_pipeline_components(nlp: spacy.language.Language) -> None:
    for name in ("tagger", "morphologizer", "trainable_lemmatizer", "parser", "ner"):
        assert name in nlp.pipe_names
    assert set(nlp.get_pipe("ner").labels) == GERMEVAL_LABELS


def test_annotates_german_sentence(nlp: spacy.language.Language) -> None:
    doc = nlp(
        "Bundeskanzler Olaf Scholz sagte am Montag in Berlin, die russische Regierung "
        "müsse die Angriffe auf die Ukraine sofort beenden."
    )
    assert all(tok.pos_ for tok in doc)
    assert all(tok.tag_ for tok in doc)
    assert all(tok.lemma_ for tok in doc)
    assert any(tok.morph.get("Case") for tok in doc)
    assert doc.has_annotation("DEP")
    roots = [tok for tok in doc if tok.dep_.lower() == "root"]
    assert roots
    assert all(tok.head.i < len(doc) for tok in doc)
    assert len(doc.ents) >= 1
    assert {ent.label_ for ent in doc.ents} <= GERMEVAL_LABELS
    # A sentence built from gold tokens (as in the evaluation code) works too
    from spacy.tokens import Doc

    doc2 = nlp(Doc(nlp.vocab, words=["Merkel", "traf", "Macron", "in", "Paris", "."]))
    assert doc2.has_annotation("DEP") and doc2.has_annotation("TAG")
