"""Session 23, speed: answers asked once per form (and part of speech), words found by
comparison, the morphology read off one array while the parse is fixed.

Every change of the speed work kept the full output of 714 texts identical; these tests pin
each shortcut against the per-word rule it replaced, on cases of their own.
"""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc

from lagebild.models.components import LemmaLookup

POS_TABLE = {"Gesprächen\tNOUN": "Gespräch", "sagte\tVERB": "sagen", "die\tDET": "der"}
FORM_TABLE = {"Verhandlungen": "Verhandlung", "drohten": "drohen", "sagte": "sagen_form"}


def _per_word(doc: Doc, pos_table: dict[str, str], form_table: dict[str, str]) -> list[str]:
    """The lemmas by the rule the component stood for: (form, POS), then the form alone for
    an open-class word, else the lemma the word had."""
    lemmas = []
    for token in doc:
        lemma = pos_table.get(f"{token.text}\t{token.pos_}")
        if lemma is None and token.pos_ in ("NOUN", "VERB", "ADJ", "AUX", "ADV"):
            lemma = form_table.get(token.text)
        lemmas.append(token.lemma_ if lemma is None else lemma)
    return lemmas


def _doc(words: list[str], pos: list[str], lemmas: list[str]) -> Doc:
    return Doc(spacy.blank("de").vocab, words=words, pos=pos, lemmas=lemmas)


@pytest.mark.parametrize(
    ("words", "pos", "lemmas"),
    [
        # the same pair twice, a pair with a table lemma equal to the word's own, a closed
        # class word only the form table knows (kept), the same form as another part of speech
        (["die", "Gesprächen", "sagte", "die", "Gesprächen"],
         ["DET", "NOUN", "VERB", "DET", "NOUN"],
         ["die", "Gesprächen", "sagen", "die", "Gespräche"]),
        (["Verhandlungen", "drohten", "sagte", "sagte"], ["NOUN", "VERB", "NOUN", "PRON"],
         ["Verhandlungen", "drohen", "sagte", "sagte"]),
        (["drohten", "Verhandlungen"], ["ADP", "PROPN"], ["x", "y"]),
    ],
)  # fmt: skip
def test_lemmas_asked_once_per_form_and_part_of_speech_are_those_of_the_per_word_rule(
    words, pos, lemmas
):
    lookup = LemmaLookup(spacy.blank("de"), "lemma_lookup")
    lookup.set_tables(POS_TABLE, FORM_TABLE)
    for _ in range(2):  # the second Doc is answered from what the first asked
        doc = _doc(words, pos, lemmas)
        expected = _per_word(doc, POS_TABLE, FORM_TABLE)
        assert [t.lemma_ for t in lookup(doc)] == expected


def test_new_tables_forget_the_remembered_answers():
    lookup = LemmaLookup(spacy.blank("de"), "lemma_lookup")
    lookup.set_tables(POS_TABLE, FORM_TABLE)
    assert lookup(_doc(["sagte"], ["VERB"], ["x"]))[0].lemma_ == "sagen"
    lookup.set_tables({"sagte\tVERB": "sagen2"}, {})
    assert lookup(_doc(["sagte"], ["VERB"], ["x"]))[0].lemma_ == "sagen2"


class _CountedTable(dict[str, str]):
    asked = 0

    def get(self, key, default=None):  # type: ignore[override]
        _CountedTable.asked += 1
        return super().get(key, default)


def test_each_form_and_part_of_speech_is_looked_up_once():
    """Two articles with the same three pairs (five words each): three look-ups, not ten."""
    lookup = LemmaLookup(spacy.blank("de"), "lemma_lookup")
    lookup.set_tables(POS_TABLE, FORM_TABLE)
    lookup.pos_table = _CountedTable(POS_TABLE)
    _CountedTable.asked = 0
    words = ["die", "Gesprächen", "sagte", "die", "Gesprächen"]
    pos = ["DET", "NOUN", "VERB", "DET", "NOUN"]
    for _ in range(2):
        lookup(_doc(words, pos, words))
    assert _CountedTable.asked == 3
