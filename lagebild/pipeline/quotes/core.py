"""Shared constants and the state of one search: a quote found (`Found`), tokens taken."""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Doc

from lagebild.analysis import QuoteKind
from lagebild.codebook.quotes_loader import (
    ReportingLexicon,
)

MAX_QUOTE_CHARS = 4000

SUBJECT_DEPS = frozenset({"nsubj", "nsubj:pass", "csubj"})
NOMINAL_POS = frozenset({"NOUN", "PROPN", "PRON", "X"})
SENT_END = frozenset({".", "!", "?", "…", ";"})
EXPLETIVES = frozenset({"es", "sich"})
SPEAKER_PRONOUN_TAGS = frozenset({"PPER", "PDS", "PIS", "PRELS"})
NOMINATIVE_PRONOUNS = frozenset({"er", "sie", "ich", "wir", "ihr", "man", "dieser", "diese"})
# Subordinate-clause openers: a Konjunktiv clause starting with these (or with one of the
# SUBORDINATOR_TAGS) is not reported speech on its own (…, die zur Krise geführt hätten;
# …, weil er krank gewesen sei).
SUBORDINATORS = frozenset(
    {
        "weil",
        "da",
        "obwohl",
        "nachdem",
        "während",
        "bevor",
        "damit",
        "sodass",
        "als",
        "wie",
        "um",
        "indem",
        "seit",
        "seitdem",
        "wenn",
        "falls",
        "sofern",
        "obgleich",
        "zumal",
    }
)
ADDRESSEE_PREPS = frozenset({"gegenüber", "an", "zu"})
NARRATOR_CONJUNCTIONS = frozenset({"doch", "aber", "jedoch", "sondern", "denn", "während"})
SPEAKER_ENTITIES = frozenset({"PER", "ORG", "PERpart", "ORGpart"})
NOT_SPEAKERS = frozenset({"dass", "daß", "und", "oder", "aber", "so", "wie", "als", "was"})
ARTICLE_FORMS = frozenset(
    {"der", "die", "das", "dem", "den", "des", "ein", "eine", "einen", "einem", "einer", "eines"}
)
# verb-first conditionals: "Sollte sich das bestätigen, …", "Wäre das so, …"
CONDITIONAL_VERBS = frozenset({"sollte", "sollten", "wäre", "wären", "hätte", "hätten", "würde"})
FRAME_FILLER_POS = frozenset({"ADV", "ADP", "DET", "NOUN", "PROPN", "ADJ", "CCONJ", "PART"})
GENITIVE_DETERMINERS = frozenset({"des", "der", "eines", "einer", "dieses", "dieser"})
ANAPHORS = frozenset({"dies", "das", "dieses", "diese"})
MAX_FRAME_GAP = 12  # tokens between a reporting verb and the comma opening its complement
FREE_INDIRECT_REACH = 3  # sentences after a report in which Konjunktiv continues it


@dataclass
class Found:
    """A quotation found in a Doc, in token indices (end exclusive)."""

    kind: QuoteKind
    start: int
    end: int
    cue: tuple[int, int] | None = None
    speaker: tuple[int, int] | None = None
    addressee: tuple[int, int] | None = None
    inherited: bool = False  # speaker taken over from an earlier quote
    gap: tuple[int, int] | None = None  # a source phrase inside the span, not quoted


@dataclass
class SearchState:
    """What the finding steps share: the Doc, the lexicon and the quotes so far."""

    doc: Doc
    lexicon: ReportingLexicon
    marks: list[tuple[int, int]]  # outermost quotation-mark spans (tokens, end exclusive)
    found: list[Found] = field(default_factory=list)
    taken: bytearray = field(default_factory=bytearray)

    def __post_init__(self) -> None:
        self.taken = bytearray(len(self.doc))

    def free(self, start: int, end: int) -> bool:
        return start < end and not any(self.taken[start:end])

    def add(self, quote: Found) -> bool:
        if not self.free(quote.start, quote.end):
            return False
        self.found.append(quote)
        self.taken[quote.start : quote.end] = b"\x01" * (quote.end - quote.start)
        return True
