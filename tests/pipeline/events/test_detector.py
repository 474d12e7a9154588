"""The learned event detector: training, saving, gates and rescoring, on hand-built Docs."""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc

from lagebild.analysis import CharSpan, Event, EventParticipant, Sentence
from lagebild.codebook.loader import load_codebook
from lagebild.errors import ModelNotFoundError
from lagebild.pipeline.events.detector import (
    DetectorModel,
    detect,
    sentence_words,
    training_examples,
)

VOCAB = spacy.blank("de").vocab
SENTENCES = [
    (["Die", "Polizei", "nahm", "Demonstranten", "fest", "."], "festnehmen", {"COERCE"}),
    (["Der", "Minister", "kritisierte", "die", "Regierung", "."], "kritisieren", {"ACCUSE"}),
    (["Es", "regnete", "am", "Montag", "."], "regnen", set()),
]


def make_doc(sentences=SENTENCES) -> Doc:
    words, lemmas, starts = [], [], []
    for sentence, verb, _ in sentences:
        words += sentence
        lemmas += [verb if i == 2 else w.lower() for i, w in enumerate(sentence)]
        starts += [True] + [False] * (len(sentence) - 1)
    return Doc(VOCAB, words=words, lemmas=lemmas, sent_starts=starts)


@pytest.fixture(scope="module")
def model() -> DetectorModel:
    doc = make_doc()
    labelled = zip(doc.sents, SENTENCES, strict=True)
    examples = [(sentence_words(sent), types) for sent, (*_, types) in labelled] * 20
    return DetectorModel.train(examples, {"COERCE", "ACCUSE"}, epochs=5)


def rule_event(doc: Doc, sentence_index: int, type_: str, confidence: float = 0.7) -> Event:
    sent = list(doc.sents)[sentence_index]
    sentence = Sentence(start=sent.start_char, end=sent.end_char)
    return Event(
        type=type_,
        actor=[EventParticipant(code="DEU", text="Polizei")],
        quad="material_conflict",
        trigger=CharSpan(start=sent.start_char, end=sent.start_char + 3, text="Die"),
        sentence=sentence,
        confidence=confidence,
        evidence=[sentence],
    )


def test_sentence_words_are_lemmas_and_the_root():
    doc = make_doc()
    words = sentence_words(next(iter(doc.sents)))
    assert "festnehmen" in words and "." not in words
    assert any(w.startswith("root=") for w in words)


def test_trained_model_tells_the_types_apart(model):
    coerce, accuse, weather = model.scores(list(make_doc().sents))
    assert coerce["COERCE"] > 0.5 > coerce["ACCUSE"]
    assert accuse["ACCUSE"] > 0.5 > accuse["COERCE"]
    assert max(weather.values()) < 0.5


def test_saved_model_keeps_scores_and_gates(model, tmp_path):
    model.threshold, model.keep, model.weight = 0.6, 0.1, 0.25
    model.to_disk(tmp_path / "detector", {"articles": 1})
    loaded = DetectorModel.from_disk(tmp_path / "detector")
    assert (loaded.threshold, loaded.keep, loaded.weight) == (0.6, 0.1, 0.25)
    sents = list(make_doc().sents)
    assert loaded.scores(sents)[0]["COERCE"] == pytest.approx(model.scores(sents)[0]["COERCE"])


def test_missing_model_is_a_clear_error(tmp_path):
    with pytest.raises(ModelNotFoundError, match="events-detector"):
        DetectorModel.from_disk(tmp_path)


@pytest.mark.parametrize(
    ("threshold", "keep", "weight", "active"),
    [(1.01, 0.0, 0.0, False), (0.5, 0.0, 0.0, True), (1.01, 0.1, 0.0, True), (1.01, 0, 0.5, True)],
)
def test_model_is_active_when_a_gate_is_on(model, threshold, keep, weight, active):
    gated = DetectorModel(model.nlp, threshold, keep, weight)
    assert gated.active is active


@pytest.mark.parametrize(
    ("sentence_index", "type_", "keep", "stays"),
    [(0, "COERCE", 0.5, True), (1, "COERCE", 0.5, False), (1, "COERCE", 0.0, True)],
)
def test_rule_events_the_detector_finds_unlikely_are_dropped(
    model, sentence_index, type_, keep, stays
):
    doc = make_doc()
    events = [rule_event(doc, sentence_index, type_)]
    found = detect(doc, events, model, load_codebook(), threshold=1.01, keep=keep, weight=0.0)
    assert bool(found) is stays


@pytest.mark.parametrize("weight", [0.0, 0.5, 1.0])
def test_confidence_mixes_rule_and_detector(model, weight):
    doc = make_doc()
    p = model.scores(list(doc.sents))[0]["COERCE"]
    (event,) = detect(doc, [rule_event(doc, 0, "COERCE", 0.7)], model, load_codebook(), 1.01, 0.0,
                      weight=weight)  # fmt: skip
    assert event.confidence == pytest.approx(round((1 - weight) * 0.7 + weight * p, 2))


def test_inactive_model_leaves_rule_events_as_they_are(model):
    doc = make_doc()
    events = [rule_event(doc, 1, "COERCE", 0.7)]
    inactive = DetectorModel(model.nlp, 1.01, 0.0, 0.0)
    assert detect(doc, events, inactive, load_codebook()) == events


def test_training_examples_label_gold_evidence_sentences():
    doc = make_doc()
    gold = [{"type": "COERCE", "evidence": "Die Polizei nahm Demonstranten fest ."}]
    examples = training_examples(doc, gold)
    assert [types for _, types in examples] == [{"COERCE"}, set(), set()]
