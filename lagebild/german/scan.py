"""The few words of a Doc a rule is about, found without a Token object per word.

A rule that looks at every word for a handful of forms ("als", the d-words that open a
relative clause, the particles the tagger reads as adjectives) or for one part of speech pays
for a Token object and its ``lower_`` or ``pos_`` (250–400 ns) at every word, and most words
are none of them. One array of the Doc's keys and a set test find the few; the rule then asks
its other questions of those only. The arrays are read at the call, so a repair that changed
a tag before is seen; the forms (``LOWER``) never change.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache

import numpy
from spacy.attrs import LOWER, POS, TAG
from spacy.parts_of_speech import IDS as POS_IDS
from spacy.strings import get_string_id
from spacy.tokens import Doc, Token


@lru_cache(maxsize=256)
def _word_keys(words: frozenset[str]) -> numpy.ndarray:
    return numpy.array(sorted(get_string_id(w) for w in words), dtype=numpy.uint64)


@lru_cache(maxsize=64)
def _pos_ids(tags: frozenset[str]) -> numpy.ndarray:
    return numpy.array(sorted(POS_IDS[t] for t in tags), dtype=numpy.uint64)


def _tokens_at(doc: Doc, hits: numpy.ndarray) -> list[Token]:
    return [doc[i] for i in numpy.flatnonzero(hits).tolist()]


def tokens_among(doc: Doc, words: frozenset[str]) -> list[Token]:
    """The tokens whose lower-case form is one of ``words``, in order: the same as
    ``[t for t in doc if t.lower_ in words]``."""
    if not len(doc):
        return []
    return _tokens_at(doc, numpy.isin(doc.to_array(LOWER), _word_keys(words)))


def tokens_with_pos(doc: Doc, tags: Iterable[str]) -> list[Token]:
    """The tokens whose coarse part of speech is one of ``tags``, in order: the same as
    ``[t for t in doc if t.pos_ in tags]``."""
    if not len(doc):
        return []
    return _tokens_at(doc, numpy.isin(doc.to_array(POS), _pos_ids(frozenset(tags))))


VERB_POS_IDS = numpy.array([POS_IDS["VERB"], POS_IDS["AUX"]], dtype=numpy.uint64)


def verb_like(doc: Doc) -> list[Token]:
    """The tokens tagged as verbs by either tagger, in order: the same as ``[t for t in doc if
    t.pos_ in ("VERB", "AUX") or t.tag_.startswith("V")]``."""
    if not len(doc):
        return []
    rows = doc.to_array([POS, TAG])
    strings = doc.vocab.strings
    verb_tags = [h for h in set(rows[:, 1].tolist()) if strings[h].startswith("V")]
    hits = numpy.isin(rows[:, 0], VERB_POS_IDS)
    if verb_tags:
        hits |= numpy.isin(rows[:, 1], numpy.array(verb_tags, dtype=numpy.uint64))
    return _tokens_at(doc, hits)
