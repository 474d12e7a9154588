"""Session 22, speed: words found off one array instead of a Token per word.

Every change of the speed work kept the full output of 658 texts identical; these tests pin
each shortcut against the per-word scan it replaced, on cases of their own.
"""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc

from lagebild.german.scan import tokens_with_dep, tokens_with_tag
from lagebild.pipeline.sentences import (
    SENTENCE_END_CHARS,
    find_continuations,
    find_line_starts,
)

WORDS = ["Gestern", "hat", "die", "Polizei", "den", "Platz", "scharf", "geräumt", "."]
DEPS = ["advmod", "aux", "det", "nsubj", "det", "obj", "conj", "ROOT", "punct"]
TAGS = ["ADV", "VAFIN", "ART", "NN", "ART", "NN", "ADJD", "VVPP", "$."]


def _labelled() -> Doc:
    doc = Doc(spacy.blank("de").vocab, words=WORDS, deps=DEPS, tags=TAGS)
    return doc


@pytest.mark.parametrize(
    "labels",
    [("nsubj",), ("det",), ("conj", "obj"), ("xcomp",), ("nsubj:pass", "case"), ()],
)
def test_words_with_a_label_are_those_of_the_per_word_scan(labels):
    doc = _labelled()
    assert tokens_with_dep(doc, labels) == [t for t in doc if t.dep_ in labels]


@pytest.mark.parametrize("tags", [("ADJD",), ("VVFIN",), ("ART", "NN"), ("$.",)])
def test_words_with_a_tag_are_those_of_the_per_word_scan(tags):
    doc = _labelled()
    assert tokens_with_tag(doc, tags) == [t for t in doc if t.tag_ in tags]


def test_labels_are_read_at_the_call():
    """A repair that relabels words is seen by the next look-up."""
    doc = _labelled()
    doc[5].dep_ = "nsubj"
    assert [t.i for t in tokens_with_dep(doc, ("nsubj",))] == [3, 5]
    assert tokens_with_dep(spacy.blank("de")(""), ("nsubj",)) == []


def _line_starts_per_word(doc: Doc) -> list[int]:
    starts = []
    after_break = False
    for token in doc:
        if token.is_space or not token.text.strip():
            after_break = after_break or "\n" in token.text
        else:
            if after_break and token.i > 0:
                starts.append(token.i)
            after_break = "\n" in token.whitespace_
    return starts


def _continuations_per_word(doc: Doc) -> list[int]:
    found = []
    for token in doc[1:]:
        prev = doc[token.i - 1]
        if token.is_space or prev.is_space or "\n" in prev.whitespace_:
            continue
        if prev.text and prev.text[-1] not in SENTENCE_END_CHARS:
            found.append(token.i)
    return found


TEXTS = [
    "",
    "Kiew\n\nDie Armee meldet Gefechte",
    "Warschau  (dpa) -  Polen schließt die Grenze.\nNeu-Delhi\nwies die Vorwürfe zurück",
    "\n\nDer Rat tagt\n \n „Wir warten“, sagte sie.\r\nGestern hat eine Sprecherin …",
    "Ende.",
    "Titel ohne Punkt\n\t\nText (mit Klammer) und Abk. danach",
]


@pytest.mark.parametrize("text", TEXTS)
def test_line_starts_and_continuations_are_those_of_the_per_word_scan(text):
    """Read off one array of forms and space flags, as the per-word scan found them."""
    doc = spacy.blank("de")(text)
    assert find_line_starts(doc) == _line_starts_per_word(doc)
    assert find_continuations(doc) == _continuations_per_word(doc)
