"""Session 24, speed: walks over words made once or read off the forms as strings.

Every change of the speed work kept the full output of the read, verify and benchmark texts
identical; these tests pin each shortcut against the per-word rule it replaced, on hand-built
sentences of their own (every word of each asked).
"""

from __future__ import annotations

import pytest
from spacy.tokens import Doc, Token
from spacy.vocab import Vocab

from lagebild.pipeline.actors.context import paragraph_frame
from lagebild.pipeline.actors.core import DEFINITE, IN_PLACE, Found
from lagebild.pipeline.events.arguments import COMPARISON_PARTICLES, _comparison_before


def _comparison_before_per_word(token: Token) -> str | None:
    """``arguments._comparison_before`` as it was: ``doc[i]`` asked up to three times a step."""
    i = token.left_edge.i - 1
    while i >= 0 and token.doc[i].is_punct and token.doc[i].is_quote:
        i -= 1
    before = token.doc[i] if i >= 0 else None
    if (
        before is not None
        and before.lower_ in COMPARISON_PARTICLES
        and before.head == token.head
        and before.dep_ in ("compound:prt", "svp")
    ):
        return before.lower_
    return None


# (words, heads, deps): a particle before a quoted phrase, quotes back to the first word,
# the particle hung elsewhere, a particle with another label, no quotes at all
PARSES = [
    (["Er", "lobte", "Trump", "als", "«", "Mann", "des", "Friedens", "»"],
     [1, 1, 1, 1, 5, 1, 7, 5, 5],
     ["nsubj", "ROOT", "obj", "compound:prt", "punct", "obj", "det", "nmod", "punct"]),
    (["«", "„", "Mann", "»", "lobte", "wie", "„", "Held", "“"],
     [2, 2, 4, 2, 4, 4, 7, 4, 7],
     ["punct", "punct", "nsubj", "punct", "ROOT", "svp", "punct", "obj", "punct"]),
    (["Sie", "sah", "ihn", "als", "„", "Gegner", "“", "an"],
     [1, 1, 1, 5, 5, 1, 5, 1],
     ["nsubj", "ROOT", "obj", "case", "punct", "obl", "punct", "compound:prt"]),
    (["Sie", "nannte", "ihn", "als", "Partner", "."],
     [1, 1, 1, 4, 1, 1],
     ["nsubj", "ROOT", "obj", "compound:prt", "obj", "punct"]),
]  # fmt: skip


@pytest.mark.parametrize(("words", "heads", "deps"), PARSES)
def test_comparison_particle_before_a_phrase_is_that_of_the_per_word_rule(
    vocab: Vocab, words, heads, deps
):
    doc = Doc(vocab, words=words, heads=heads, deps=deps)
    for token in doc:
        assert _comparison_before(token) == _comparison_before_per_word(token), token.text


def test_comparison_particle_found_across_quotation_marks(vocab: Vocab):
    words, heads, deps = PARSES[0]
    doc = Doc(vocab, words=words, heads=heads, deps=deps)
    assert _comparison_before(doc[5]) == "als"  # «Mann des Friedens» after "als"
    assert _comparison_before(doc[2]) is None  # "Trump" after "lobte"


def _paragraph_frame_per_word(doc: Doc, f: Found, places: dict[int, str]) -> str | None:
    """``context.paragraph_frame`` as it was: a Token per word walked back."""
    start = f.start
    while start > 0 and "\n" not in doc[start - 1].text:
        start -= 1
    if start >= f.start or doc[start].lower_ not in IN_PLACE:
        return None
    for i in range(start + 1, min(start + 3, f.start)):
        if i in places:
            return places[i]
        if doc[i].lower_ not in DEFINITE:
            break
    return None


# paragraphs opened by "Im"/"In" and a state (with an article between or not), a paragraph
# opened otherwise, a first paragraph without a break before it
TEXTS = [
    (["Im", "Tschad", "regiert", "eine", "Junta", ".", "\n\n", "In", "der", "Türkei",
      "protestierten", "Studenten", ".", "Die", "Polizei", "griff", "ein", ".", "\n", "Die",
      "Regierung", "schwieg", "."],
     {1: "TCD", 9: "TUR"}),
    (["In", "Mali", "\n", "Im", "Sudan", "kämpfen", "Milizen", "\n\n", "Gestern", "sprach", "der",
      "Minister"],
     {1: "MLI", 4: "SDN"}),
]  # fmt: skip


@pytest.mark.parametrize(("words", "places"), TEXTS)
def test_paragraph_scene_is_that_of_the_per_word_walk(vocab: Vocab, words, places):
    spaces = [False] * len(words)
    for start in range(len(words)):
        doc = Doc(vocab, words=words, spaces=spaces)  # a fresh Doc: no forms kept from before
        found = Found(start, start + 1, "role", [], start)
        expected = _paragraph_frame_per_word(doc, found, places)
        assert paragraph_frame(doc, found, places) == expected, (start, words[start])


def test_paragraph_opened_by_a_state_sets_its_scene(vocab: Vocab):
    words, places = TEXTS[0]
    doc = Doc(vocab, words=words, spaces=[False] * len(words))
    assert paragraph_frame(doc, Found(14, 15, "role", [], 14), places) == "TUR"  # Die Polizei
    assert paragraph_frame(doc, Found(20, 21, "role", [], 20), places) is None  # Die Regierung
