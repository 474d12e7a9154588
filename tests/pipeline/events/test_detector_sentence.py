"""The confidence of a rule event mixes in what the sentence classifier says of its sentence
(``sentence_share``): whether the sentence's words tell of an act of the event's type."""

from __future__ import annotations

import pytest

from lagebild.codebook.loader import load_codebook
from lagebild.pipeline.events.detector import (
    SENTENCE_SHARE,
    DetectorModel,
    detect,
    with_sentence,
)
from tests.pipeline.events.test_detector import make_doc, model, rule_event

__all__ = ["model"]  # the trained fixture, shared


@pytest.mark.parametrize(
    ("told", "share", "expected"),
    [
        (0.9, 0.0, 0.5),  # no share: the confidence model alone
        (0.9, 0.2, 0.58),  # the sentence tells of such an act: more likely right
        (0.1, 0.2, 0.42),  # it does not: less likely
        (0.9, 1.0, 0.9),
    ],
)
def test_p_right_mixes_the_sentence_classifiers_p_of_the_type(told, share, expected):
    doc = make_doc()
    sents = list(doc.sents)
    event = rule_event(doc, 1, "ACCUSE")
    scores = [{"ACCUSE": 0.0}, {"ACCUSE": told, "COERCE": 0.3}, {"ACCUSE": 0.0}]
    (mixed,) = with_sentence([event], [0.5], sents, scores, share)
    assert mixed == pytest.approx(expected)


@pytest.mark.parametrize(
    ("type_", "sentence", "stays"), [("COERCE", 0, True), ("COERCE", 1, False)]
)
def test_a_rule_event_in_a_sentence_not_telling_of_its_type_is_dropped_sooner(
    model, type_, sentence, stays
):
    # the same event (same features, same P(right)) in the arrest sentence and in the
    # criticism sentence: with the sentence's share only the second falls below keep
    doc = make_doc()
    event = rule_event(doc, sentence, type_, ["DEU"])
    (right,) = model.rightness([event], doc)
    shared = DetectorModel(model.nlp, model.calibrator, 1.01, 0.0, 0.0, sentence_share=0.5)
    keep = right - 0.05
    found = detect(doc, [event], shared, load_codebook(), 1.01, keep, 0.0)
    assert bool(found) is stays


def test_the_share_is_saved_with_the_model(model, tmp_path):
    shared = DetectorModel(model.nlp, model.calibrator, 0.7, 0.3, 0.75, SENTENCE_SHARE)
    shared.to_disk(tmp_path / "detector")
    assert DetectorModel.from_disk(tmp_path / "detector").sentence_share == SENTENCE_SHARE
