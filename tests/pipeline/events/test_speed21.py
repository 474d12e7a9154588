"""Session 21, speed: work left undone where its answer could not change the output.

Every change of the speed work kept the full output of 626 texts identical; these tests pin
each shortcut on cases of their own.
"""

from __future__ import annotations

import pytest

from lagebild.codebook.loader import load_codebook
from lagebild.pipeline.events.detector import DetectorModel, detect
from tests.pipeline.events.test_detector import make_doc, model, rule_event  # noqa: F401


def _counting(trained: DetectorModel, threshold: float) -> tuple[DetectorModel, list[int]]:
    """``trained`` with a gate at ``threshold``, counting the sentences its classifier scores."""
    counted: list[int] = []
    gated = DetectorModel(trained.nlp, trained.calibrator, threshold, 0.0, 0.0)
    scores_of = gated.scores_of

    def counting(words: list[list[str]]) -> list[dict[str, float]]:
        counted.append(len(words))
        return scores_of(words)

    gated.scores_of = counting  # type: ignore[method-assign]
    return gated, counted


@pytest.mark.parametrize(
    ("ruled", "scored"),
    [((), 3), ((0,), 2), ((0, 1), 1), ((0, 1, 2), 0)],
)
def test_the_classifier_scores_only_sentences_without_a_rule_event(model, ruled, scored):  # noqa: F811
    """Only a sentence without a rule event can get a proposal, so only those are scored."""
    doc = make_doc()
    events = [rule_event(doc, i, "COERCE", ["DEU"]) for i in ruled]
    gated, counted = _counting(model, 0.3)
    detect(doc, events, gated, load_codebook())
    assert sum(counted) == scored


@pytest.mark.parametrize("ruled", [(), (0,), (1,), (0, 2)])
def test_proposals_are_those_made_with_every_sentence_scored(model, ruled):  # noqa: F811
    """Given the scores of all sentences (as cross-validation passes them) or scoring the open
    ones itself, the detector proposes the same events."""
    doc = make_doc()
    events = [rule_event(doc, i, "ACCUSE", ["DEU"]) for i in ruled]
    gated = DetectorModel(model.nlp, model.calibrator, 0.3, 0.0, 0.0)
    every = gated.scores(list(doc.sents))
    codebook = load_codebook()
    assert detect(doc, events, gated, codebook) == detect(
        doc, events, gated, codebook, scores=every
    )
