"""One event per (type, actor codes, recipient codes, modality) per article, every supporting
sentence kept as evidence; and the PLOVER contexts of the article."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter
from collections.abc import Iterator

from spacy.tokens import Span

from lagebild.analysis import CharSpan, Event, Sentence
from lagebild.codebook.loader import Codebook
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
    """Document-level PLOVER contexts: those whose keywords occur at least ``min_hits`` times."""
    words = [w.lower() for w in _CONTEXT_WORD.findall(text)]
    lowered = " ".join(words)
    counts = Counter(words)  # each distinct word once: articles repeat their words
    # Sorted words and sorted reversed words turn prefix and suffix tests into bisections.
    forward = sorted(counts)
    backward = sorted(w[::-1] for w in counts)
    found = []
    for context, keywords in codebook.contexts.items():
        hits = 0
        for keyword in keywords:
            if "_" in keyword:
                hits += lowered.count(keyword.replace("_", " "))
            else:
                matched = set(_with_prefix(forward, keyword))
                matched.update(w[::-1] for w in _with_prefix(backward, keyword[::-1]))
                hits += sum(counts[w] for w in matched)
            if hits >= min_hits:
                break  # found: the remaining keywords can only add hits
        if hits >= min_hits:
            found.append(context)
    return found


def _with_prefix(sorted_words: list[str], prefix: str) -> Iterator[str]:
    i = bisect_left(sorted_words, prefix)
    while i < len(sorted_words) and sorted_words[i].startswith(prefix):
        yield sorted_words[i]
        i += 1
