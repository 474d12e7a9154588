"""Session 19, speed: the readers made faster answer exactly as the per-word scans they replace.

Every change of the speed work kept the full output of 562 texts identical; these tests pin
the readers themselves on sentences of their own.
"""

from __future__ import annotations

from types import SimpleNamespace

import pytest
import spacy

from lagebild.german.scan import tokens_among, tokens_where, tokens_with_pos
from lagebild.german.verbs import _clause_final_particle
from lagebild.kb.loader import get_kb
from lagebild.pipeline.entities import SurfaceIndex, _closed_part_label, closed_part_label
from lagebild.pipeline.events.merge import find_contexts
from lagebild.pipeline.places import _is_institution_word

PROBES = [
    "Der Minister, dem die Opposition misstraut, sollte am Freitag zurücktreten.",
    "Die Demonstranten, denen die Polizei den Weg versperrte, zogen vor das Parlament.",
    "Sollten die Gespräche scheitern, werde Athen die Grenze zu Nordmazedonien schließen.",
]


@pytest.mark.model
@pytest.mark.parametrize("text", PROBES)
def test_forms_found_again_in_the_same_doc_are_the_same(nlp, text):
    """The positions of the forms are read once per Doc; asking again, or for other forms,
    answers as the per-word scan does."""
    doc = nlp(text)
    for words in (frozenset({"der", "dem", "denen"}), frozenset({"sollte", "sollten"}),
                  frozenset({"der", "dem", "denen"}), frozenset({"nicht"})):  # fmt: skip
        assert tokens_among(doc, words) == [t for t in doc if t.lower_ in words]


def test_forms_read_again_when_the_doc_was_retokenized():
    """A Doc merged to fewer tokens after a first scan is scanned anew, not by its old
    positions."""
    doc = spacy.blank("de")("Die Vereinten Nationen und die Europäische Union protestierten.")
    words = frozenset({"die", "und"})
    assert [t.i for t in tokens_among(doc, words)] == [0, 3, 4]
    with doc.retokenize() as retokenizer:
        retokenizer.merge(doc[1:3])
    assert [t.i for t in tokens_among(doc, words)] == [0, 2, 3]


@pytest.mark.parametrize("tags", [("PROPN",), ("NOUN", "PROPN"), ("X",), ("SPACE",)])
def test_parts_of_speech_found_by_their_table(tags):
    doc = spacy.blank("de")("Berlin kritisiert Moskau scharf .")
    for token, pos in zip(doc, ("PROPN", "VERB", "PROPN", "ADV", "PUNCT"), strict=True):
        token.pos_ = pos
    assert tokens_with_pos(doc, tags) == [t for t in doc if t.pos_ in tags]


CONTEXTS = {
    "military": ("militär", "truppe", "luft_angriff"),
    "protest": ("protest", "demonstr", "streik", "protest"),
    "election": ("wahl",),
}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a keyword begins the word ("Truppenabzug") or ends it ("Militär" in "Zivilmilitär")
        ("Der Truppenabzug beginnt. Die Truppen der Zivilmilitärs warten.", ["military"]),
        # a keyword listed twice counts twice: one word is enough
        ("Der Protest blieb friedlich.", ["protest"]),
        # a word that begins and ends with the keyword counts once per keyword
        ("Wahlrechtswahl ist kein Wort.", []),
        ("Wahlrechtswahl und Wahlkampf.", ["election"]),
        # a phrase is counted in the text, its words joined by spaces
        ("Nach dem Luft angriff und einem zweiten Luft Angriff.", ["military"]),
        ("Demonstranten und Streikende; die Wahl.", ["protest"]),
    ],
)
def test_contexts_counted_by_the_words_their_keywords_begin_or_end(text, expected):
    codebook = SimpleNamespace(contexts=CONTEXTS)
    assert find_contexts(text, codebook) == expected  # type: ignore[arg-type]


@pytest.mark.parametrize(
    "text",
    [
        "Im US-Kongress und im Bundestag stritten die Abgeordneten über das Gesetz.",
        "Vor dem EU-Parlament protestierten Bauern; im Parlament blieb es ruhig.",
        "Die Nahost-Gespräche in Kairo wurden vertagt.",
    ],
)
def test_forms_passing_a_test_are_the_per_word_scan(text):
    doc = spacy.blank("de")(text)
    for test in (_is_institution_word, lambda form: "-" in form):
        assert tokens_where(doc, test) == [t for t in doc if test(t.lower_)]


@pytest.mark.parametrize(
    ("form", "expected"),
    [("bundestag", True), ("us-kongress", True), ("u.s.-kongress", True),
     ("eu-parlament", True), ("parlamentarier", False), ("nahost-gespräche", False)],
)  # fmt: skip
def test_institution_words_bare_and_as_the_end_of_a_compound(form, expected):
    assert _is_institution_word(form) is expected


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "verb", "expected"),
    [
        ("Moskau forderte Kiew erneut zu Gesprächen auf, meldete Tass.", "forderte", "auf"),
        ("Die Polizei nahm am Abend drei Demonstranten fest.", "nahm", "fest"),
        ("Der Minister wies die Vorwürfe am Dienstag zurück.", "wies", "zurück"),
        # another verb before any particle: a new clause began
        ("Die Regierung sagte, sie werde die Hilfen aufstocken.", "sagte", ""),
    ],
)
def test_clause_final_particle_read_from_the_end_of_the_clause(nlp, text, verb, expected):
    doc = nlp(text)
    token = next(t for t in doc if t.text == verb)
    assert _clause_final_particle(token) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # longest first at every token; a first word opens surfaces of its own lengths only
        ("Die Vereinten Nationen und die Europäische Union", [("Vereinten Nationen", "ORG"),
                                                              ("Europäische Union", "ORG")]),
        ("Die Europäische Zentralbank in Frankfurt am Main", [("Europäische Zentralbank", "ORG"),
                                                              ("Frankfurt am Main", "LOC")]),
        ("Frankfurt und Vereinten", [("Frankfurt", "LOC")]),
        ("", []),
    ],
)  # fmt: skip
def test_known_surfaces_matched_longest_first(text, expected):
    nlp = spacy.blank("de")
    surfaces = SimpleNamespace(by_label={
        "ORG": ["Vereinten Nationen", "Europäische Union", "Europäische Zentralbank"],
        "LOC": ["Frankfurt", "Frankfurt am Main"],
    })  # fmt: skip
    index = SurfaceIndex(nlp, surfaces)  # type: ignore[arg-type]
    assert [(s.text, s.label_) for s in index.match(nlp(text))] == expected


@pytest.mark.parametrize("word", ["Irakkrieg", "Natogipfel", "Russlandreise", "Kartoffelsalat"])
def test_closed_part_labels_remembered_as_found(word):
    kb = get_kb()
    first = closed_part_label(kb, word)
    assert closed_part_label(kb, word) == first == _closed_part_label(kb, word)
