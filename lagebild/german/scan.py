"""The few words of a Doc a rule is about, found without a Token object per word.

A rule that looks at every word for a handful of forms ("als", the d-words that open a
relative clause, the particles the tagger reads as adjectives) or for one part of speech pays
for a Token object and its ``lower_`` or ``pos_`` (250–400 ns) at every word, and most words
are none of them. One array of the Doc's keys and a set test find the few; the rule then asks
its other questions of those only. Tags are read at the call, so a repair that changed a tag
before is seen; the forms (``LOWER``) never change (no component retokenizes), so where each
form stands is read once per Doc and kept while the Doc lives.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from functools import lru_cache
from weakref import WeakKeyDictionary

import numpy
from spacy.attrs import DEP, LEMMA, LOWER, POS, TAG
from spacy.parts_of_speech import IDS as POS_IDS
from spacy.strings import get_string_id
from spacy.tokens import Doc, Token

# where each lower-case form stands, per Doc, with the Doc's length it was read at
_FORM_PLACES: WeakKeyDictionary[Doc, tuple[int, dict[int, list[int]]]] = WeakKeyDictionary()


@lru_cache(maxsize=256)
def _word_keys(words: frozenset[str]) -> tuple[int, ...]:
    return tuple(get_string_id(w) for w in words)


@lru_cache(maxsize=64)
def _pos_table(tags: frozenset[str]) -> numpy.ndarray:
    """True at the ids of ``tags``: one indexing answers for every word (an ``isin`` costs
    ten times as much on an article's few hundred words)."""
    table = numpy.zeros(max(POS_IDS.values()) + 1, dtype=bool)
    table[[POS_IDS[t] for t in tags]] = True
    return table


# the string of each key asked for: a key is its string's hash in every string store, so one
# table serves all Docs; a store makes a new str from its bytes on each look-up (~235 ns against
# ~90 ns here). Emptied when full, so memory stays flat over a long run.
_STRINGS: dict[int, str] = {}
MAX_STRINGS = 200_000


def string_of(doc: Doc, key: int) -> str:
    """``doc.vocab.strings[key]`` for a key of the Doc's words (a form, a lemma)."""
    found = _STRINGS.get(key)
    if found is None:
        if len(_STRINGS) >= MAX_STRINGS:
            _STRINGS.clear()
        found = _STRINGS[key] = doc.vocab.strings[key]
    return found


def _tokens_at(doc: Doc, hits: numpy.ndarray) -> list[Token]:
    return [doc[i] for i in numpy.flatnonzero(hits).tolist()]


def form_places(doc: Doc) -> dict[int, list[int]]:
    """The positions of each lower-case form of the Doc (by its string key), read once: several
    repairs, the places and the actors' word table each ask for forms."""
    kept = _FORM_PLACES.get(doc)
    if kept is not None and kept[0] == len(doc):
        return kept[1]
    places: dict[int, list[int]] = {}
    for i, key in enumerate(doc.to_array(LOWER).tolist()):
        places.setdefault(key, []).append(i)
    _FORM_PLACES[doc] = (len(doc), places)
    return places


# the text of each Doc, with the Doc's length it was built at
_TEXTS: WeakKeyDictionary[Doc, tuple[int, str]] = WeakKeyDictionary()


def doc_text(doc: Doc) -> str:
    """``doc.text``, built once per Doc: spaCy joins every token's text anew on each access
    (a Token per word), and the words never change (no component retokenizes)."""
    kept = _TEXTS.get(doc)
    if kept is not None and kept[0] == len(doc):
        return kept[1]
    text = doc.text
    _TEXTS[doc] = (len(doc), text)
    return text


def tokens_among(doc: Doc, words: frozenset[str]) -> list[Token]:
    """The tokens whose lower-case form is one of ``words``, in order: the same as
    ``[t for t in doc if t.lower_ in words]``."""
    if not len(doc):
        return []
    places = form_places(doc)
    found = [i for key in _word_keys(words) for i in places.get(key, ())]
    return [doc[i] for i in sorted(found)]


def tokens_with_lemma_among(doc: Doc, words: frozenset[str]) -> list[Token]:
    """The tokens whose lower-cased lemma is one of ``words``, in order: the same as ``[t for t
    in doc if t.lemma_.lower() in words]``, each distinct lemma lowered once. Lemmas are read
    at the call (the event repairs set some)."""
    if not len(doc):
        return []
    lemmas = doc.to_array(LEMMA).tolist()
    hits = {key for key in set(lemmas) if string_of(doc, key).lower() in words}
    return [doc[i] for i, key in enumerate(lemmas) if key in hits] if hits else []


def tokens_with_pos(doc: Doc, tags: Iterable[str]) -> list[Token]:
    """The tokens whose coarse part of speech is one of ``tags``, in order: the same as
    ``[t for t in doc if t.pos_ in tags]``."""
    if not len(doc):
        return []
    return _tokens_at(doc, _pos_table(frozenset(tags))[doc.to_array(POS)])


@lru_cache(maxsize=64)
def _label_keys(labels: frozenset[str]) -> numpy.ndarray:
    return numpy.array([get_string_id(label) for label in labels], dtype=numpy.uint64)


def _tokens_labelled(doc: Doc, attr: int, labels: Iterable[str]) -> list[Token]:
    if not len(doc):
        return []
    values = doc.to_array(attr)
    # a comparison per label: the few labels asked for cost less than ``numpy.isin`` (which
    # sorts), ~1 µs against ~15 µs an article
    hits = numpy.zeros(len(values), dtype=bool)
    for key in _label_keys(frozenset(labels)):
        hits |= values == key
    return _tokens_at(doc, hits)


def tokens_with_dep(doc: Doc, deps: Iterable[str]) -> list[Token]:
    """The tokens whose dependency label is one of ``deps``, in order: the same as ``[t for t
    in doc if t.dep_ in deps]``. Labels are read at the call: a repair that relabels words
    and then looks for a label must ask again (or relabel only words it has passed)."""
    return _tokens_labelled(doc, DEP, deps)


def tokens_with_tag(doc: Doc, tags: Iterable[str]) -> list[Token]:
    """The tokens whose fine-grained tag is one of ``tags``, in order: the same as ``[t for t
    in doc if t.tag_ in tags]`` (read at the call, as ``tokens_with_dep``)."""
    return _tokens_labelled(doc, TAG, tags)


VERB_POS = _pos_table(frozenset({"VERB", "AUX"}))


def verb_like(doc: Doc) -> list[Token]:
    """The tokens tagged as verbs by either tagger, in order: the same as ``[t for t in doc if
    t.pos_ in ("VERB", "AUX") or t.tag_.startswith("V")]``."""
    if not len(doc):
        return []
    rows = doc.to_array([POS, TAG])
    strings = doc.vocab.strings
    verb_tags = [h for h in set(rows[:, 1].tolist()) if strings[h].startswith("V")]
    hits = VERB_POS[rows[:, 0]]
    if verb_tags:
        hits |= numpy.isin(rows[:, 1], numpy.array(verb_tags, dtype=numpy.uint64))
    return _tokens_at(doc, hits)


def tokens_where(doc: Doc, test: Callable[[str], bool]) -> list[Token]:
    """The tokens whose lower-case form passes ``test``, in order: the same as ``[t for t in
    doc if test(t.lower_)]``, with the test asked once per distinct form (a pure test of the
    form: compounds ending in a word, forms with a hyphen)."""
    if not len(doc):
        return []
    found = [i for form, at in _form_words(doc) if test(form) for i in at]
    return [doc[i] for i in sorted(found)]


# each lower-case form of a Doc as a string, with where it stands, and the Doc's length
_FORM_WORDS: WeakKeyDictionary[Doc, tuple[int, list[tuple[str, list[int]]]]] = WeakKeyDictionary()


def _form_words(doc: Doc) -> list[tuple[str, list[int]]]:
    """The forms of ``form_places`` as strings, made once per Doc: a string from the store
    costs more than most tests of it, and several rules test the same forms."""
    kept = _FORM_WORDS.get(doc)
    if kept is not None and kept[0] == len(doc):
        return kept[1]
    words = [(string_of(doc, key), at) for key, at in form_places(doc).items()]
    _FORM_WORDS[doc] = (len(doc), words)
    return words
