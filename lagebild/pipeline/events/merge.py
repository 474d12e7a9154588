"""One event per (type, actor codes, recipient codes, modality) per article, every supporting
sentence kept as evidence; and the PLOVER contexts of the article."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable

from spacy.tokens import Span

from lagebild.analysis import CharSpan, Event, Sentence
from lagebild.codebook.loader import Codebook
from lagebild.german.memo import by_identity
from lagebild.pipeline.events.candidates import (
    MATERIAL_TYPES,
    Candidate,
)

_CONTEXT_WORD = re.compile(r"[\wäöüß-]+", re.IGNORECASE)


def drop_partial_duplicates(candidates: list[Candidate]) -> list[Candidate]:
    """In one sentence, an event without recipient is the same event as one with recipient
    of the same type, actor and modality ("startete die Bodenoffensive in den Gazastreifen"
    coded from the verb and from the noun)."""
    complete = {_partial_key(c) for c in candidates if c.recipient}
    return [c for c in candidates if c.recipient or _partial_key(c) not in complete]


def _partial_key(c: Candidate) -> tuple:
    """Where an act without a target is the act coded with its target: in its sentence, or
    anywhere in the article for material acts (the arrests, attacks, protests a story tells
    are told again without their targets; speech acts without an addressee are often new)."""
    where = -1 if c.type in MATERIAL_TYPES else c.token.sent.start
    return (where, c.type, frozenset(p.code for p in c.actor), c.factuality.modality)


def merge_events(
    candidates: list[Candidate], codebook: Codebook, contexts: list[str]
) -> list[Event]:
    """One event per (type, actor codes, recipient codes, modality); all sentences kept."""
    merged: dict[tuple, Event] = {}
    for c in drop_partial_duplicates(candidates):
        key = (
            c.type,
            frozenset(p.code or p.actor for p in c.actor),
            frozenset(p.code or p.actor for p in c.recipient),
            c.factuality.modality,
        )
        sentence = _sentence(c.token.sent)
        event = merged.get(key)
        if event is None:
            merged[key] = Event(
                type=c.type,
                mode=c.mode,
                actor=c.actor,
                recipient=c.recipient,
                modality=c.factuality.modality,
                context=contexts,
                score=codebook.score(c.type, c.mode),
                quad=codebook.quad(c.type),
                trigger=CharSpan(
                    start=c.token.idx, end=c.token.idx + len(c.token), text=c.token.text
                ),
                sentence=sentence,
                confidence=round(c.confidence, 2),
                evidence=[sentence],
            )
            continue
        if sentence not in event.evidence:
            event.evidence.append(sentence)
        event.confidence = round(min(0.95, max(event.confidence, c.confidence) + 0.05), 2)
        if event.mode is None and c.mode:
            event.mode, event.score = c.mode, codebook.score(c.type, c.mode)
    return list(merged.values())


def _sentence(span: Span) -> Sentence:
    return Sentence(start=span.start_char, end=span.end_char)


def find_contexts(text: str, codebook: Codebook, min_hits: int = 2) -> list[str]:
    """Document-level PLOVER contexts: those whose keywords occur at least ``min_hits`` times.
    A keyword counts every occurrence of each word it begins or ends (a word once per keyword
    even if it does both); a keyword with ``_`` counts its phrase in the lower-cased text."""
    words = [w.lower() for w in _CONTEXT_WORD.findall(text)]
    index = _context_index(codebook.contexts)
    hits = [0] * len(index.names)
    for word, count in Counter(words).items():  # each distinct word once: articles repeat them
        for context in index.contexts_of(word):
            hits[context] += count
    if index.phrases:
        lowered = " ".join(words)
        for context, phrase in index.phrases:
            hits[context] += lowered.count(phrase)
    return [name for name, found in zip(index.names, hits, strict=True) if found >= min_hits]


class _ContextIndex:
    """The contexts' keywords by their length, so that a word finds the keywords it begins or
    ends with by one look-up per keyword length (about 20) instead of two bisections per
    keyword (about 370); the answer for each word is kept, as articles share most words."""

    WORD_LIMIT = 200_000  # words remembered before the table is cleared

    def __init__(self, contexts: dict[str, tuple[str, ...]]) -> None:
        self.names = list(contexts)
        self.phrases: list[tuple[int, str]] = []
        # keyword -> the contexts listing it, once per listing (a keyword listed twice counts
        # twice, as when each listing was tested on its own)
        self.keywords: dict[str, list[int]] = {}
        for number, keywords in enumerate(contexts.values()):
            for keyword in keywords:
                if "_" in keyword:
                    self.phrases.append((number, keyword.replace("_", " ")))
                else:
                    self.keywords.setdefault(keyword, []).append(number)
        self.lengths = sorted({len(k) for k in self.keywords if k})
        self.words: dict[str, tuple[int, ...]] = {}

    def contexts_of(self, word: str) -> tuple[int, ...]:
        """The context of each keyword ``word`` begins or ends with, once per keyword."""
        found = self.words.get(word)
        if found is None:
            if len(self.words) >= self.WORD_LIMIT:
                self.words.clear()
            found = self.words[word] = self._contexts_of(word)
        return found

    def _contexts_of(self, word: str) -> tuple[int, ...]:
        matched = {
            piece
            for length in self.lengths
            if length <= len(word)
            for piece in (word[:length], word[-length:])
            if piece in self.keywords
        }
        return tuple(c for keyword in sorted(matched) for c in self.keywords[keyword])


_context_index: Callable[[dict[str, tuple[str, ...]]], _ContextIndex] = by_identity(
    _ContextIndex, limit=8
)
