"""Session 23, speed: answers asked once per form (and part of speech), words found by
comparison or off arrays instead of a Token per word.

Every change of the speed work kept the full output of 714 texts identical; these tests pin
each shortcut against the per-word rule it replaced, on cases of their own.
"""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc

from lagebild.german.scan import tokens_with_lemma_among
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


@pytest.mark.parametrize(
    "words",
    [
        frozenset({"landtag"}),
        frozenset({"landtag", "regierung"}),
        frozenset({"fehlt"}),
        frozenset(),
    ],
)
def test_words_by_lemma_are_those_of_the_per_word_scan(words):
    doc = Doc(
        spacy.blank("de").vocab,
        words=["Der", "Landtags", "Regierung", "und", "Landtag", "landtag"],
        lemmas=["der", "Landtag", "Regierung", "und", "LANDTAG", "landtag"],
    )
    expected = [t for t in doc if t.lemma_.lower() in words]
    assert tokens_with_lemma_among(doc, words) == expected
    assert tokens_with_lemma_among(spacy.blank("de")(""), words) == []


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "seats"),
    [
        # by the form, by the lemma of an inflected form, twice in one text; never the first word
        ("Die sächsische Staatsregierung lehnte den Antrag ab.", ["Dresden"]),
        ("Abgeordnete des bayerischen Landtags kritisierten die Pläne.", ["München"]),
        ("Die hessische Landesregierung und die bayerische Staatsregierung stritten.",
         ["Wiesbaden", "München"]),
        ("Landesregierung und Landtag schwiegen.", []),
    ],
)  # fmt: skip
def test_regional_seats_found_by_form_or_lemma(nlp, text, seats):
    from lagebild.geo.gazetteer import get_gazetteer
    from lagebild.pipeline.places import _regional_seats

    found = _regional_seats(nlp(text), get_gazetteer())
    assert [m.resolved.name for m in found] == seats


def _stranded_subject_per_word(verb):
    """``arguments._stranded_subject`` as it was: every word before the finite verb listed."""
    doc, start = verb.doc, verb.sent.start
    finite = min([verb, *(c for c in verb.children if c.dep_ in ("aux", "aux:pass"))],
                 key=lambda t: t.i)  # fmt: skip
    if start > 0 and not doc[start - 1].is_punct and doc[start - 1].pos_ in ("PROPN", "NOUN"):
        start = doc[start - 1].sent.start
    before = [t for t in doc[start : finite.i] if not t.is_punct]
    if before and before[-1].pos_ in ("PROPN", "NOUN") and before[-1] != verb:
        head = before[-1]
        if head.dep_.lower() in ("root", "dep") and head.head == head:
            return [head]
        clause_initial = head.i > 0 and head.nbor(-1).is_punct
        if head.dep_ in ("conj", "appos") and head.i == finite.i - 1 and clause_initial:
            return [head]
    return []


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "Deutschland hat der Ukraine weitere Panzer geliefert.",
        "Sagte der Sprecher, Großbritannien plane, die Hilfe auszuweiten.",
        "„Wir liefern“, – sagte Frankreich am Montag.",
        "Nach Angaben der Polizei, Berlin, wurden zwei Männer festgenommen.",
        "Japan. Hat gestern verhandelt, sagte ein Sprecher.",
    ],
)
def test_stranded_subject_walked_back_is_that_of_the_per_word_list(nlp, text):
    from lagebild.pipeline.events.arguments import _stranded_subject

    doc = nlp(text)
    for verb in doc:
        if verb.pos_ in ("VERB", "AUX"):
            assert _stranded_subject(verb) == _stranded_subject_per_word(verb)


def _quoted_organisations_per_word(finder, taken):
    """``NameFinder.quoted_organisations`` as it was: every word asked whether it opens."""
    from lagebild.kb.actor_words import actor_words
    from lagebild.pipeline.actors.core import CLOSING_QUOTES, MAX_QUOTED_NAME, OPENING_QUOTES

    doc, result, heads = finder.doc, [], actor_words().organisation_heads
    for i, tok in enumerate(doc[:-2]):
        if tok.text not in OPENING_QUOTES or doc[i + 1].text not in heads:
            continue
        end = next(
            (
                k
                for k in range(i + 2, min(len(doc), i + MAX_QUOTED_NAME + 2))
                if doc[k].text in CLOSING_QUOTES
            ),
            None,
        )
        if end is None or taken & set(range(i + 1, end)):
            continue
        found = finder.text_organisation(i + 1, end)
        if found is not None:
            result.append(found)
            taken.update(range(i + 1, end))
    return result


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "Die „Koalition für Einheit und Entwicklung“ forderte Neuwahlen.",
        "Sprecher der »Bewegung für Demokratie« und der „Partei der Arbeit“ protestierten.",
        "Er las das Buch „Der Weg“ und sagte „Partei",
        "„Allianz",
        "",
    ],
)
def test_quoted_organisations_found_from_their_marks_are_those_of_the_per_word_walk(nlp, text):
    from lagebild.kb.loader import get_kb
    from lagebild.pipeline.actors.names import NameFinder
    from lagebild.pipeline.actors.registry import ActorRegistry

    doc = nlp(text)
    kb = get_kb()
    finder = NameFinder(kb, ActorRegistry(kb, None), doc)
    expected = _quoted_organisations_per_word(finder, set())
    assert finder.quoted_organisations(set()) == expected


def test_strings_of_keys_are_those_of_the_store_in_every_vocab():
    """A key is its string's hash in every store: one table answers for all Docs."""
    from spacy.attrs import LEMMA, ORTH

    from lagebild.german import scan

    first = spacy.blank("de")("Die Polizei räumte den Platz, die Polizei ging.")
    second = spacy.blank("de")("Polizei und Platz")
    for doc in (first, second, first):
        for key in [*doc.to_array(ORTH).tolist(), *doc.to_array(LEMMA).tolist()]:
            assert scan.string_of(doc, key) == doc.vocab.strings[key]
    assert len(scan._STRINGS) <= scan.MAX_STRINGS
    key = first.to_array(ORTH).tolist()[1]
    assert scan._STRINGS[key] == "Polizei"  # kept: the store is not asked again
