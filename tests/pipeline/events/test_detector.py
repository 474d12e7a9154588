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
    event_examples,
    event_features,
    hold_gate_open,
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


def rule_event(
    doc: Doc, sentence_index: int, type_: str, recipients=(), confidence: float = 0.7
) -> Event:
    sent = list(doc.sents)[sentence_index]
    sentence = Sentence(start=sent.start_char, end=sent.end_char)
    return Event(
        type=type_,
        actor=[EventParticipant(code="DEU", text="Polizei")],
        recipient=[EventParticipant(code=c, text=c) for c in recipients],
        quad="material_conflict",
        trigger=CharSpan(start=sent.start_char, end=sent.start_char + 3, text="Die"),
        sentence=sentence,
        confidence=confidence,
        evidence=[sentence],
    )


@pytest.fixture(scope="module")
def model() -> DetectorModel:
    doc = make_doc()
    labelled = zip(doc.sents, SENTENCES, strict=True)
    sentences = [(sentence_words(sent), types) for sent, (*_, types) in labelled] * 20
    # coercion of a named target is right, an accusation of nobody is wrong
    events = [
        (event_features(rule_event(doc, 0, "COERCE", ["DEU"])), True),
        (event_features(rule_event(doc, 1, "ACCUSE")), False),
    ] * 20
    return DetectorModel.train(sentences, {"COERCE", "ACCUSE"}, events)


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


def test_confidence_model_tells_right_rule_events_from_wrong(model):
    doc = make_doc()
    right, wrong = model.rightness(
        [rule_event(doc, 0, "COERCE", ["DEU"]), rule_event(doc, 1, "ACCUSE")]
    )
    assert right > 0.5 > wrong


def test_saved_model_keeps_scores_and_gates(model, tmp_path):
    gated = DetectorModel(model.nlp, model.calibrator, 0.6, 0.1, 0.25)
    gated.to_disk(tmp_path / "detector", {"articles": 1})
    loaded = DetectorModel.from_disk(tmp_path / "detector")
    assert (loaded.threshold, loaded.keep, loaded.weight) == (0.6, 0.1, 0.25)
    doc = make_doc()
    sents, events = list(doc.sents), [rule_event(doc, 1, "ACCUSE")]
    assert loaded.scores(sents)[0]["COERCE"] == pytest.approx(model.scores(sents)[0]["COERCE"])
    assert loaded.rightness(events) == pytest.approx(model.rightness(events))


def test_missing_model_is_a_clear_error(tmp_path):
    with pytest.raises(ModelNotFoundError, match="events-detector"):
        DetectorModel.from_disk(tmp_path)


@pytest.mark.parametrize(
    ("threshold", "keep", "weight", "calibrated", "active"),
    [
        (1.01, 0.0, 0.0, True, False),
        (0.5, 0.0, 0.0, True, True),
        (1.01, 0.1, 0.0, True, True),
        (1.01, 0.0, 0.5, True, True),
        (1.01, 0.1, 0.5, False, False),  # without a confidence model keep and weight do nothing
    ],
)
def test_model_is_active_when_a_gate_is_on(model, threshold, keep, weight, calibrated, active):
    calibrator = model.calibrator if calibrated else None
    assert DetectorModel(model.nlp, calibrator, threshold, keep, weight).active is active


@pytest.mark.parametrize(
    ("type_", "recipients", "keep", "stays"),
    [
        ("COERCE", ["DEU"], 0.5, True),
        ("ACCUSE", [], 0.5, False),
        ("ACCUSE", [], 0.0, True),
    ],
)
def test_rule_events_the_confidence_model_finds_wrong_are_dropped(
    model, type_, recipients, keep, stays
):
    doc = make_doc()
    events = [rule_event(doc, 0, type_, recipients)]
    found = detect(doc, events, model, load_codebook(), threshold=1.01, keep=keep, weight=0.0)
    assert bool(found) is stays


@pytest.mark.parametrize("weight", [0.0, 0.5, 1.0])
def test_confidence_mixes_rule_and_confidence_model(model, weight):
    doc = make_doc()
    event = rule_event(doc, 0, "COERCE", ["DEU"], confidence=0.7)
    (right,) = model.rightness([event], doc)  # detect reads the event in its Doc
    (found,) = detect(doc, [event], model, load_codebook(), 1.01, 0.0, weight)
    assert found.confidence == pytest.approx(round((1 - weight) * 0.7 + weight * right, 2))


def test_inactive_model_leaves_rule_events_as_they_are(model):
    doc = make_doc()
    events = [rule_event(doc, 1, "COERCE", confidence=0.7)]
    inactive = DetectorModel(model.nlp, model.calibrator, 1.01, 0.0, 0.0)
    assert detect(doc, events, inactive, load_codebook()) == events


def test_rule_events_are_labelled_by_the_gold():
    doc = make_doc()
    doc._.events = [
        rule_event(doc, 0, "COERCE", ["DEU"]),  # matches a required event: right
        rule_event(doc, 1, "ACCUSE"),  # matches nothing: wrong
        rule_event(doc, 2, "REJECT"),  # matches only an optional event: left out
    ]
    gold = [
        {"type": "COERCE", "actor": [{"code": "DEU"}], "recipient": [{"code": "DEU"}]},
        {"type": "REJECT", "actor": [{"code": "DEU"}], "recipient": [], "optional": True},
    ]
    examples = event_examples(doc, gold)
    assert [(words[0], right) for words, right in examples] == [
        ("type=COERCE", True),
        ("type=ACCUSE", False),
    ]


def test_training_examples_label_gold_evidence_sentences():
    doc = make_doc()
    gold = [{"type": "COERCE", "evidence": "Die Polizei nahm Demonstranten fest ."}]
    examples = training_examples(doc, gold)
    assert [types for _, types in examples] == [{"COERCE"}, set(), set()]


def test_a_gate_held_open_proposes_and_drops_nothing_but_still_scores(model):
    doc = make_doc()
    wrong = rule_event(doc, 1, "ACCUSE")  # no recipient: the confidence model doubts it
    pipeline = spacy.blank("de")
    detector = pipeline.add_pipe("lagebild_event_detector")
    detector.model = DetectorModel(model.nlp, model.calibrator, 0.3, 0.9, 0.5)
    assert detect(doc, [wrong], detector.model, load_codebook()) != [wrong]
    hold_gate_open(pipeline)
    (kept,) = detect(doc, [wrong], detector.model, load_codebook())
    assert kept.type == "ACCUSE" and kept.confidence != wrong.confidence
