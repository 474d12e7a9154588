"""Session 25, speed: work the event coder skips where its answer cannot change.

Every change of the speed work kept the full output of the read, verify and benchmark texts
identical; these tests pin each shortcut against the rule it replaces, on sentences of their
own (every word of each asked).
"""

from __future__ import annotations

import pytest
from spacy.tokens import Doc
from spacy.vocab import Vocab

from lagebild.codebook.loader import load_codebook
from lagebild.german.verbs import verb_keys
from lagebild.pipeline.events.matching import (
    MATCHED_POS,
    _adjective_complement_entries,
    _may_hold,
    _needed_stems,
    _stems_of_word,
    _verb_entries_ending,
    match_predicate,
    matchable_words,
    matches_any,
    stems_present,
)


@pytest.fixture(scope="module")
def codebook():
    return load_codebook()


# (words, lemmas, pos, heads, deps): hand-parsed, so the tagger's mood cannot change them
PARSES = [
    # a verb with entries, a noun without ("Tisch"), an adverb without an adjective entry
    (["Russland", "kritisierte", "gestern", "den", "Tisch", "."],
     ["Russland", "kritisieren", "gestern", "der", "Tisch", "."],
     ["PROPN", "VERB", "ADV", "DET", "NOUN", "PUNCT"],
     [1, 1, 1, 4, 1, 1],
     ["nsubj", "ROOT", "advmod", "det", "obj", "punct"]),
    # a mistagged verb: a lower-case "noun" marked by "zu"; an event noun
    (["Die", "Regierung", "droht", ",", "Soldaten", "zu", "senden", "."],
     ["der", "Regierung", "drohen", ",", "Soldat", "zu", "senden", "."],
     ["DET", "NOUN", "VERB", "PUNCT", "NOUN", "PART", "NOUN", "PUNCT"],
     [1, 2, 2, 6, 6, 6, 2, 2],
     ["det", "nsubj", "ROOT", "punct", "obj", "mark", "xcomp", "punct"]),
    # a capitalised "noun" marked by "zu", an attributive participle, a predicative adjective
    (["Die", "von", "Israel", "verhängte", "Angriffe", "ist", "bereit", "Zu", "Senden", "."],
     ["der", "von", "Israel", "verhängen", "Angriff", "sein", "bereit", "zu", "Senden", "."],
     ["DET", "ADP", "PROPN", "VERB", "NOUN", "AUX", "ADJ", "PART", "NOUN", "PUNCT"],
     [4, 2, 3, 4, 6, 6, 6, 8, 6, 6],
     ["det", "case", "obl:agent", "amod", "nsubj", "cop", "ROOT", "mark", "xcomp", "punct"]),
]  # fmt: skip


def _doc(vocab: Vocab, words, lemmas, pos, heads, deps) -> Doc:
    return Doc(vocab, words=words, lemmas=lemmas, pos=pos, heads=heads, deps=deps)


@pytest.mark.parametrize(("words", "lemmas", "pos", "heads", "deps"), PARSES)
def test_every_word_match_predicate_codes_is_a_matchable_word(
    vocab: Vocab, codebook, words, lemmas, pos, heads, deps
):
    doc = _doc(vocab, words, lemmas, pos, heads, deps)
    kept = {t.i for t in matchable_words(doc, codebook)}
    for token in doc:
        if match_predicate(token, codebook) is not None:
            assert token.i in kept, token.text
    # and no word outside the parts of speech match_predicate takes
    assert all(doc[i].pos_ in MATCHED_POS for i in kept)


@pytest.mark.parametrize(
    ("sentence", "word", "kept"),
    [
        (0, "kritisierte", True),  # its lemma names a verb entry
        (0, "Tisch", False),  # no noun entry under its lemma, form or stem
        (0, "gestern", False),  # an adverb without an adjective entry
        (0, "Russland", False),
        (1, "senden", True),  # lower-case noun marked by "zu": maybe a verb
        (1, "Regierung", False),
        (2, "Senden", True),  # capitalised, but "zu" marks it
        (2, "verhängte", True),  # an attributive participle: the parse decides
        (2, "bereit", True),  # every adjective is asked
        (2, "Angriffe", True),  # an event noun
    ],
)
def test_matchable_words_turn_away_only_words_no_entry_can_name(
    vocab: Vocab, codebook, sentence, word, kept
):
    doc = _doc(vocab, *PARSES[sentence])
    found = {t.text for t in matchable_words(doc, codebook)}
    assert (word in found) is kept


PROBES = [
    "Die Regierung in Moskau kritisierte am Montag die Sanktionen der Europäischen Union scharf.",
    "Der Präsident drohte, Soldaten nach Osteuropa zu senden, falls die Gespräche scheitern.",
    "Tausende Menschen demonstrierten in Berlin gegen den Krieg; die Polizei nahm zwölf fest.",
    "Die von Israel verhängte Blockade dauert an, erklärte ein Sprecher der Vereinten Nationen.",
    "Frankreich ist bereit, der Ukraine weitere Waffen zu liefern, sagte der Minister.",
    "Beim Treffen in Genf einigten sich beide Seiten auf einen Waffenstillstand.",
]


@pytest.mark.parametrize("text", PROBES)
def test_matchable_words_keep_every_match_of_the_model_parse(nlp, text):
    codebook = nlp.get_pipe("lagebild_events").codebook
    doc = nlp(text)
    kept = {t.i for t in matchable_words(doc, codebook)}
    matched = {t.i for t in doc if match_predicate(t, codebook) is not None}
    assert matched <= kept
    assert len(kept) < len([t for t in doc if t.pos_ in MATCHED_POS])


# words of both kinds a stem list holds: whole words ("Haft"), compound heads, the antonym
# prefix, plurals with umlaut, the reformed "ß", feminine person nouns, and words of no entry
WORDS = [
    "haft", "landwirtschaft", "unruhe", "ruhe", "kritik", "kritiker", "rettungskräfte",
    "beschuß", "beschuss", "botschafterin", "gesprächsbereit", "unzuverlässig", "einsatz",
    "kampfeinsatz", "waffenstillstand", "sanktionen", "tisch", "rückendeckung", "hilfe",
    "militärhilfe", "gespräche", "bereit", "truppen", "",
]  # fmt: skip


@pytest.mark.parametrize("word", WORDS)
def test_stems_of_a_word_are_those_matches_any_finds(codebook, word):
    found = _stems_of_word(word, codebook)
    for stems in {s for table in _needed_stems(codebook).values() for s in table}:
        assert matches_any(word, tuple(stems)) == (not found.isdisjoint(stems)), sorted(stems)[:5]


@pytest.mark.parametrize("text", PROBES)
def test_entries_passed_over_for_want_of_a_word_would_not_have_matched(nlp, text):
    codebook = nlp.get_pipe("lagebild_events").codebook
    doc = nlp(text)
    present = stems_present(doc, codebook)
    for token in doc:
        assert match_predicate(token, codebook, present) == match_predicate(token, codebook)


def test_an_entry_is_passed_over_only_without_a_word_for_its_stems(vocab: Vocab, codebook):
    # "übt Kritik an": the entry of "üben" with "Kritik" needs a word ending in its stem
    doc = _doc(vocab, *PARSES[0])
    present = stems_present(doc, codebook)
    entries = [p for p in codebook.verbs("üben") if "kritik" in p.with_words]
    assert entries
    assert not any(_may_hold(p, present, codebook) for p in entries)
    with_criticism = Doc(vocab, words=["Kritik"], lemmas=["Kritik"], pos=["NOUN"])
    assert all(_may_hold(p, stems_present(with_criticism, codebook), codebook) for p in entries)


@pytest.mark.parametrize("text", PROBES)
def test_verb_entries_by_ending_hold_every_entry_a_verb_key_names(nlp, text):
    codebook = nlp.get_pipe("lagebild_events").codebook
    for token in nlp(text):
        if token.pos_ not in ("VERB", "AUX"):
            continue
        named = [p for key in verb_keys(token, codebook.strong_forms) for p in codebook.verbs(key)]
        named += _adjective_complement_entries(token, codebook)
        ending = _verb_entries_ending(token.lemma_.lower(), token.lower_, codebook)
        assert all(p in ending for p in named), token.text


@pytest.mark.parametrize(
    ("lemma", "form", "has_entries"),
    [("sein", "ist", True), ("haben", "hat", False), ("fordern", "forderten", True)],
)
def test_verb_entries_by_ending_of_auxiliaries_and_verbs(codebook, lemma, form, has_entries):
    assert bool(_verb_entries_ending(lemma, form, codebook)) is has_entries
