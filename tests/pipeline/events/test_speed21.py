"""Session 21, speed: work left undone where its answer could not change the output.

Every change of the speed work kept the full output of 626 texts identical; these tests pin
each shortcut on cases of their own.
"""

from __future__ import annotations

import gc
import weakref

import numpy
import pytest
import spacy
from spacy.language import Language
from spacy.strings import get_string_id
from spacy.tokens import Doc

from lagebild import freeze_loaded
from lagebild.codebook.loader import load_codebook
from lagebild.geo.gazetteer import get_gazetteer
from lagebild.pipeline.events.detector import (
    DetectorModel,
    _bag_of_words_layers,
    _word_counts,
    detect,
    predict_cats,
)
from lagebild.pipeline.events.repair import strong_separable_forms
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


ROWS = [
    ["festnehmen", "polizei", "root=festnehmen"],
    ["kritisieren", "minister", "regierung", "regierung", "root=kritisieren"],
    ["nie", "gesehen", "wort"],
    ["-"],
]


def _cats_by_docs(nlp: Language, rows: list[list[str]], batch_size: int) -> list[dict]:
    docs = (Doc(nlp.vocab, words=r) for r in rows)
    return [dict(doc.cats) for doc in nlp.pipe(docs, batch_size=batch_size)]


@pytest.mark.parametrize("batch_size", [1, 2, 64])
def test_bag_of_words_scores_without_docs_are_those_of_the_docs(model, batch_size):  # noqa: F811
    """The classifier's and the confidence model's scores computed from the words' keys are
    the numbers (and the label order) the pipe gives its Docs, bit for bit."""
    for nlp in (model.nlp, model.calibrator):
        expected = _cats_by_docs(nlp, ROWS, batch_size)
        found = predict_cats(nlp, ROWS, batch_size)
        assert [list(c.items()) for c in found] == [list(c.items()) for c in expected]


@pytest.mark.parametrize("row", [*ROWS, ["a", "b", "a", "a", "c", "b"], ["ä", "Ä", "ä"]])
def test_word_counts_are_those_of_numpy_unique(row):
    """The keys in ascending order with their counts, as ``extract_ngrams`` gets them."""
    keys, counts = numpy.unique(
        numpy.array([get_string_id(w) for w in row], dtype=numpy.uint64), return_counts=True
    )
    assert _word_counts(row) == (keys.tolist(), counts.tolist())


def test_another_architecture_is_read_by_its_docs():
    """A classifier that reads more than unigram counts (here bigrams) is left to its Docs."""
    nlp = spacy.blank("xx")
    config = {
        "model": {
            "@architectures": "spacy.TextCatBOW.v3",
            "exclusive_classes": False,
            "ngram_size": 2,
            "no_output_layer": False,
            "length": 2**10,
        }
    }
    textcat = nlp.add_pipe("textcat_multilabel", config=config)
    textcat.add_label("ACCUSE")
    nlp.initialize()
    assert _bag_of_words_layers(textcat.model) is None
    assert predict_cats(nlp, ROWS, 8) == _cats_by_docs(nlp, ROWS, 8)


class _Node:
    """An object in a reference cycle: only the cyclic collector frees it."""

    def __init__(self) -> None:
        self.me = self


def test_freezing_collects_the_garbage_first():
    """What is frozen is what is alive: a cycle that is already garbage is freed, not kept."""
    kept, dropped = _Node(), _Node()
    gone = weakref.ref(dropped)
    del dropped
    freeze_loaded()
    assert gone() is None
    assert gc.get_freeze_count() > 0
    assert not any(o is kept for o in gc.get_objects())  # frozen: no collection walks it


def test_the_pipeline_loaded_for_the_process_is_frozen(shipped_nlp):
    """``lagebild.load`` keeps its pipeline for the process: full collections leave it out."""
    assert not any(o is shipped_nlp for o in gc.get_objects())


def test_the_gazetteer_is_loaded_with_the_pipeline_and_frozen(shipped_nlp):
    """``lagebild.load`` loads the gazetteer before it freezes, not at the first article."""
    gazetteer = get_gazetteer()
    assert not any(o is gazetteer for o in gc.get_objects())


class _Codebook:
    """The two things the strong separable forms are read from: strong forms and verbs."""

    def __init__(self, strong_forms: dict[str, str], verbs: set[str]) -> None:
        self.strong_forms = strong_forms
        self._verbs = verbs

    def verbs(self, lemma: str) -> list[str]:
        return [lemma] if lemma in self._verbs else []


@pytest.mark.parametrize(
    ("first", "second", "expected"),
    [
        (({"lud": "laden"}, {"einladen"}), ({"bot": "bieten"}, {"anbieten"}), {"bot": "bieten"}),
        (({"lud": "laden"}, {"einladen"}), ({"lud": "laden"}, set()), {}),
    ],
)
def test_strong_separable_forms_are_those_of_the_codebook_asked(first, second, expected):
    """Forms kept per codebook belong to that codebook, even one made where a freed codebook
    stood (a table keyed by the bare id() answered for the freed one)."""
    codebook = _Codebook(*first)
    assert strong_separable_forms(codebook) != expected  # type: ignore[arg-type]
    del codebook
    for _ in range(3):  # a new object of the same size mostly takes the freed address
        later = _Codebook(*second)
        assert strong_separable_forms(later) == expected  # type: ignore[arg-type]
        del later
