"""Session 20, speed: answers kept per table or per Doc are the answers computed afresh.

Every change of the speed work kept the full output of 594 texts identical; these tests pin
the kept answers on cases of their own.
"""

from __future__ import annotations

import pytest
import spacy

from lagebild.geo.place_words import place_words
from lagebild.german.verbs import _strong_infinitives, strong_infinitives
from lagebild.kb.actor_words import actor_words
from lagebild.pipeline.actors.coref import MIN_SHORT_BODY, _endings, _head_key
from lagebild.pipeline.events.repair import _token_ends
from lagebild.pipeline.places import _visit_suffix

STRONG = {"gewiesen": "weisen", "geschlagen": "schlagen", "bot": "bieten"}


@pytest.mark.parametrize(
    "form", ["zurückgewiesen", "abgewiesen", "vorgeschlagen", "bot", "anbot", "forderten"]
)
def test_strong_infinitives_kept_are_those_found_afresh(form):
    """Asked twice, the kept answer is the computed one, and a caller's change of the list it
    got does not change the next answer."""
    first = strong_infinitives(form, STRONG)
    assert first == _strong_infinitives(form, STRONG)
    first.append("verändert")
    assert strong_infinitives(form, STRONG) == _strong_infinitives(form, STRONG)


def test_strong_infinitives_kept_per_table():
    """The same form read against another table answers by that table, not the first one's."""
    assert strong_infinitives("zurückgewiesen", STRONG) == ["zurückweisen"]
    assert strong_infinitives("zurückgewiesen", {"gewiesen": "wiesen"}) == ["zurückwiesen"]
    assert strong_infinitives("zurückgewiesen", {}) == []


def test_token_ends_read_once_and_again_after_retokenizing():
    """The token ending at each offset: kept for the Doc, read anew once its length changed."""
    doc = spacy.blank("de")("Die Vereinten Nationen protestierten.")
    assert _token_ends(doc) == {3: 0, 13: 1, 22: 2, 36: 3, 37: 4}
    assert _token_ends(doc) is _token_ends(doc)
    with doc.retokenize() as retokenizer:
        retokenizer.merge(doc[1:3])
    assert _token_ends(doc) == {3: 0, 22: 1, 36: 2, 37: 3}


@pytest.mark.parametrize(
    ("form", "suffix"),
    [("israelbesuch", "besuch"), ("japanbesuches", "besuches"), ("china-reise", "reise"),
     ("moskauvisite", "visite"), ("besuch", ""), ("reise", ""), ("reisende", "")],
)  # fmt: skip
def test_visit_words_told_by_their_form(form, suffix):
    """A visit compound is found by its lower-case form alone (so once per distinct form): a
    visit's noun after a first part; the bare noun is none."""
    assert _visit_suffix(form, place_words().visits) == suffix


def _head_key_by_scan(word: str, lasts: set[str]) -> str | None:
    """The reading before session 20: each form tested against every name word."""
    forms = [word]
    if word.endswith("s"):
        forms += [word[:-1], word[:-2]] if word.endswith("es") else [word[:-1]]
    for key in forms:
        fits = len(key) >= MIN_SHORT_BODY and key not in actor_words().short_body_skip
        if fits and any(last.endswith(key) for last in lasts):
            return key
    return None


NAME_WORDS = {"un-sicherheitsrat", "generalversammlung", "eu-kommission", "rat", "nato", "rates"}


@pytest.mark.parametrize(
    "word",
    ["rat", "rates", "rats", "sicherheitsrat", "versammlung", "kommission", "kommissionen",
     "land", "landes", "at", "es", "nato", "natos", "ates", "generalversammlung", "bank"],
)  # fmt: skip
def test_short_body_heads_found_by_the_names_endings(word):
    """A word's head form is found among the endings of the names' words exactly when some
    name word ends in it."""
    assert _head_key(word, _endings(NAME_WORDS)) == _head_key_by_scan(word, NAME_WORDS)


VERB_PROBES = [
    # a particle after the clause makes the key ("forderte … auf" -> auffordern)
    ("Die Regierung forderte die Rebellen zur Aufgabe auf.", "forderte"),
    # a strong form behind its particle ("wies … zurück" -> zurückweisen)
    ("Der Sprecher wies die Vorwürfe gestern entschieden zurück.", "wies"),
    # a participle with its particle in the word ("zurückgewiesen")
    ("Die Forderung wurde vom Ministerium zurückgewiesen.", "zurückgewiesen"),
    # a plain entry
    ("Die Armee griff die Stadt in der Nacht an.", "griff"),
    # a verb no entry names
    ("Die Delegation übernachtete in einem Hotel am Hafen.", "übernachtete"),
]


@pytest.mark.model
@pytest.mark.parametrize(("text", "word"), VERB_PROBES)
def test_verbs_without_a_possible_entry_are_skipped_before_their_particle(nlp, text, word):
    """A verb is skipped before its particle is found only when none of its keys could name
    an entry: whenever a key of ``verb_keys`` has entries, the readings end an entry's lemma."""
    from lagebild.pipeline.events import arguments as args
    from lagebild.pipeline.events.matching import _may_have_verb_entries

    codebook = nlp.get_pipe("lagebild_events").codebook
    doc = nlp(text)
    for token in doc:
        if token.pos_ not in ("VERB", "AUX"):
            continue
        has_entries = any(codebook.verbs(k) for k in args.verb_keys(token, codebook.strong_forms))
        assert not has_entries or _may_have_verb_entries(token, codebook)
        if token.text == word:
            assert _may_have_verb_entries(token, codebook) == (word != "übernachtete")


@pytest.mark.parametrize(
    "words",
    [frozenset({"man"}), frozenset({"er", "sie", "ihn", "dieser"}), frozenset({"alle", "nie"}),
     frozenset(), frozenset("abcdefghijklmnopqrstuvwxyz") | {"sie", "man", "es", "."},
     {"beide": 2, "drei": 3}.keys()],
)  # fmt: skip
def test_words_among_a_set_are_those_found_by_the_test(words):
    """A few words are looked up in the article's table of forms, many are tested form by
    form: either way the indices are those of the test ``w in words``."""
    from lagebild.pipeline.actors.words import words_of

    doc = spacy.blank("de")(
        "Man sagt, er und sie hätten ihn gesehen; Dieser sagt es, Er nie. Alle drei."
    )
    words_of_doc = words_of(doc)
    assert words_of_doc.among(words) == words_of_doc.find(lambda w: w in words)


@pytest.mark.model
def test_reporting_verbs_kept_only_for_their_doc_and_lexicon(nlp):
    """While one Doc's quotations are found, a word's reporting verbs are kept: the same as
    found afresh, and never handed to another Doc's word at the same place."""
    from lagebild.pipeline.quotes.grammar import (
        _reporting_verbs,
        reporting_verbs,
        reporting_verbs_kept,
    )

    lexicon = nlp.get_pipe("lagebild_quotes").lexicon
    said = nlp("Der Minister teilte mit, man werde die Gespräche fortsetzen.")
    other = nlp("Der Minister besuchte am Montag die Hauptstadt.")
    with reporting_verbs_kept(said, lexicon):
        for token in said:
            assert reporting_verbs(token, lexicon) == _reporting_verbs(token, lexicon)
            assert reporting_verbs(token, lexicon) == _reporting_verbs(token, lexicon)
        assert reporting_verbs(said[2], lexicon)  # "teilte … mit"
        assert not reporting_verbs(other[2], lexicon)  # "besuchte": not "teilte" kept at 2


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "Laut dem Ministerium wurden drei Soldaten verletzt, wie die Armee mitteilte.",
        "Seiner Meinung nach ist die Lage ernst, so der Sprecher. Dem Bericht zufolge stieg sie.",
    ],
)
def test_source_phrases_start_only_at_the_words_found_by_form_and_tag(nlp, text):
    """Every word a source phrase can start at (one of the lexicon's first words, or a common
    noun) is among the candidates, in order, and no other word is."""
    from lagebild.pipeline.quotes.sources import _source_word_candidates

    lexicon = nlp.get_pipe("lagebild_quotes").lexicon
    doc = nlp(text)
    expected = [t for t in doc if t.lower_ in lexicon.sources_by_word or t.pos_ == "NOUN"]
    assert _source_word_candidates(doc, lexicon) == expected
    assert any(t.lower_ in lexicon.sources_by_word for t in expected)


def test_doc_text_built_once_and_again_after_retokenizing():
    """The Doc's text is kept for the Doc (the same string object when asked again) and built
    anew once the Doc's length changed."""
    from lagebild.german.scan import doc_text

    doc = spacy.blank("de")("Die Vereinten Nationen  protestierten.\\n\\nNeuer Absatz.")
    assert doc_text(doc) == doc.text
    assert doc_text(doc) is doc_text(doc)
    with doc.retokenize() as retokenizer:
        retokenizer.merge(doc[1:3])
    assert doc_text(doc) == doc.text
