"""Sentence starts at line breaks, so headlines and sub-headings without final
punctuation do not run into the next sentence, and after an agency's dateline
(``Peking (dpa) -``), so the parser does not take the dateline's place for the lead's
subject. Runs before the parser, which keeps boundaries already set and decides the rest."""

from __future__ import annotations

from typing import cast

import numpy
from spacy.attrs import IS_SPACE, ORTH, SENT_START
from spacy.errors import Errors
from spacy.language import Language
from spacy.tokens import Doc
from thinc.types import Ints2d


@Language.factory(
    "lagebild_sentences",
    requires=[],
    assigns=["token.is_sent_start"],
)
def make_sentence_breaks(nlp: Language, name: str) -> LineBreakSentences:
    return LineBreakSentences()


class LineBreakSentences:
    def __call__(self, doc: Doc) -> Doc:
        set_annotations(doc, find_line_starts(doc))
        set_continuations(doc, find_continuations(doc) + find_dateline_inside(doc))
        set_annotations(doc, find_lead_start(doc))
        return doc


def find_line_starts(doc: Doc) -> list[int]:
    """Indices of the first non-space token after every line break."""
    starts = []
    after_break = False
    for i, (blank, breaks) in enumerate(_blanks(doc)):
        if blank:
            after_break = after_break or breaks
        else:
            if after_break and i > 0:
                starts.append(i)
            # a word's own trailing whitespace is one space or none: a line break after it
            # is a token of its own
            after_break = False
    return starts


def _blanks(doc: Doc) -> list[tuple[bool, bool]]:
    """Per word: whether it is only whitespace (or empty), and whether it holds a line break;
    read off one array and asked once per distinct form, not through a Token per word."""
    strings = doc.vocab.strings
    kinds: dict[int, tuple[bool, bool]] = {}
    found = []
    for key, space in doc.to_array([ORTH, IS_SPACE]).tolist():
        kind = kinds.get(key)
        if kind is None:
            text = strings[key]
            kind = kinds[key] = (not text.strip(), "\n" in text)
        found.append((bool(space) or kind[0], kind[1]))
    return found


def _dateline_end(doc: Doc) -> int:
    meta = doc._.get("meta") if doc.has_extension("meta") else None
    dateline = getattr(meta, "dateline", None)
    return dateline.end if dateline is not None else 0


def find_lead_start(doc: Doc) -> list[int]:
    """The lead's first token when a dateline opens the text (``Peking (dpa) - China hat …``).

    The dateline is no part of the lead's grammar; parsed with it, the place became the
    lead's subject ("Peking … hat Truppen verlegt") and the real subject hung under the
    agency. The dateline is left a sentence of its own."""
    end = _dateline_end(doc)
    first = next((t.i for t in doc if t.idx >= end and not t.is_space), None) if end else None
    return [first] if first else []


def find_dateline_inside(doc: Doc) -> list[int]:
    """Tokens inside the dateline after its first: one sentence, not cut after "(dpa)"."""
    end = _dateline_end(doc)
    return [t.i for t in doc[1:] if t.idx < end] if end else []


# What a sentence of news copy ends with: its final punctuation, a closing quote or bracket
# (also glued to a word: "2009.", "Abk.")
SENTENCE_END_CHARS = frozenset(".!?:;…\"'«»“”„‘’)]")


def find_continuations(doc: Doc) -> list[int]:
    """Indices of tokens that cannot start a sentence: on the same line after a word that
    ends with no punctuation. The parser otherwise cuts a paragraph's first word off its
    sentence ("Neu-Delhi | wies die Vorwürfe zurück", "Gestern | hat eine Sprecherin …")."""
    rows = doc.to_array([ORTH, IS_SPACE]).tolist()
    strings = doc.vocab.strings
    open_ends: dict[int, bool] = {}  # per form: whether a sentence cannot end after it
    found = []
    # (a word's trailing whitespace is one space or none: a line break is a token of its own)
    for i in range(1, len(rows)):
        key, prev_space = rows[i - 1]
        if rows[i][1] or prev_space:
            continue
        open_end = open_ends.get(key)
        if open_end is None:
            text = strings[key]
            open_end = open_ends[key] = bool(text) and text[-1] not in SENTENCE_END_CHARS
        if open_end:
            found.append(i)
    return found


def set_continuations(doc: Doc, indices: list[int]) -> None:
    _set_sent_starts(doc, indices, -1)


def set_annotations(doc: Doc, starts: list[int]) -> None:
    _set_sent_starts(doc, starts, 1)


def _set_sent_starts(doc: Doc, indices: list[int], value: int) -> None:
    """``is_sent_start`` set to ``value`` (1 a start, -1 none) at ``indices``, in one array
    write: spaCy's setter scans the whole Doc for a parse on every call, which made the
    continuations (most tokens of an article) quadratic in its length."""
    if not indices:
        return
    if doc.has_annotation("DEP"):
        raise ValueError(Errors.E043)  # as the setter: a parse decides the sentences
    starts = doc.to_array(SENT_START).view(numpy.int64)
    starts[indices] = value
    doc.from_array([SENT_START], cast(Ints2d, starts.view(numpy.uint64)))
