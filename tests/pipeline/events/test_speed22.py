"""Session 22, speed: words found off one array instead of a Token per word.

Every change of the speed work kept the full output of 658 texts identical; these tests pin
each shortcut against the per-word scan it replaced, on cases of their own.
"""

from __future__ import annotations

from collections import Counter

import pytest
import spacy
from spacy.tokens import Doc

from lagebild.german.scan import tokens_where, tokens_with_dep, tokens_with_tag
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


def test_forms_tested_as_strings_kept_per_doc_and_read_again_after_retokenizing():
    """``tokens_where`` tests each form's string, made once per Doc and again when the Doc
    was merged to fewer tokens."""
    doc = spacy.blank("de")("Die Hauptstadt Kiew und die Hafenstadt Odessa, die Stadt.")

    def city(form: str) -> bool:
        return form.endswith("stadt")

    assert [t.i for t in tokens_where(doc, city)] == [1, 5, 9]
    assert tokens_where(doc, lambda form: form == "die") == [t for t in doc if t.lower_ == "die"]
    with doc.retokenize() as retokenizer:
        retokenizer.merge(doc[0:2])
    assert [t.i for t in tokens_where(doc, city)] == [0, 4, 8]


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "places"),
    [
        # a city after its kind noun, an unknown settlement after a state's adjective and
        # its kind: the kind nouns found among the words by form, then by tag
        ("Die Kämpfe erreichten die Hauptstadt Dili.", ["Dili"]),
        ("Kämpfe erreichten die ukrainische Stadt Wuhledarsk am Abend.", ["Wuhledarsk"]),
        # a seat the model itself took for a place is left to it
        ("Die Polizei Hamburg nahm zwei Männer fest.", []),
        # the kind noun last: no name after it
        ("Die Kämpfer verließen die Stadt", []),
    ],
)
def test_places_after_their_kind_noun_found_by_form(nlp, text, places):
    from lagebild.geo.gazetteer import get_gazetteer
    from lagebild.pipeline.places import (
        _authority_seats,
        _named_settlements,
        _unknown_settlements,
    )

    doc = nlp(text)
    gazetteer = get_gazetteer()
    found = (
        _authority_seats(doc, gazetteer)
        + _named_settlements(doc, gazetteer, Counter({"TLS": 1, "UKR": 1}))
        + _unknown_settlements(doc, gazetteer, [])
    )
    assert [m.text for m in found] == places


def _part_entities_per_word(doc: Doc, surfaces, kb) -> list[tuple[int, str]]:
    from lagebild.pipeline.entities import PART_LABELS, closed_part_label

    found = []
    for token in doc:
        head, sep, rest = token.text.partition("-")
        if sep:
            if not rest[:1].isupper() or surfaces.label_of(token.text):
                continue
            label = PART_LABELS.get(surfaces.label_of(head) or "")
        elif token.is_alpha and token.text[:1].isupper() and not surfaces.label_of(token.text):
            label = closed_part_label(kb, token.text)
        else:
            continue
        if label is not None:
            found.append((token.i, label))
    return found


@pytest.mark.parametrize(
    "text",
    [
        "Die Nato-Osterweiterung und die Russland-Politik: Nato-Osterweiterung, Irakkrieg.",
        "Beim Natogipfel sprach man über den Irakkrieg und den Irakkrieg-Film; x-Achse.",
        "",
    ],
)
def test_part_entities_asked_once_per_form_are_those_of_the_per_word_scan(text):
    from lagebild.kb.loader import get_kb
    from lagebild.pipeline.entities import KBSurfaces, part_entities

    kb = get_kb()
    surfaces = KBSurfaces({"LOC": frozenset({"Russland", "Irak"}), "ORG": frozenset({"Nato"})})
    doc = spacy.blank("de")(text)
    found = [(s.start, s.label_) for s in part_entities(doc, surfaces, kb)]
    assert found == _part_entities_per_word(doc, surfaces, kb)
    assert found or not text.startswith("Die")


def test_mentions_cut_from_the_text_are_the_spans_text():
    """A mention's text, cut from the Doc's text, is its span's, line breaks and spaces
    inside included and the last word's trailing space left out."""
    from lagebild.pipeline.actors.core import Found
    from lagebild.pipeline.actors.linker import _to_mention

    doc = spacy.blank("de")("Der Präsident  der\nUSA sagte,  Joe Biden komme. ")
    for start, end in [(0, 2), (1, 5), (7, 9), (9, 10), (0, len(doc)), (3, 3)]:
        span = doc[start:end]
        mention = _to_mention(doc, Found(start, end, "name", ["x"], start))
        assert (mention.start, mention.end, mention.text) == (
            span.start_char,
            span.end_char,
            span.text,
        )
