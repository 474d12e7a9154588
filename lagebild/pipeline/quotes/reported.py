"""Reported speech acts without content (Die Nato hat Forderungen zurückgewiesen)."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from lagebild.codebook.quotes_loader import (
    ReportingVerb,
)
from lagebild.german.scan import tokens_with_dep
from lagebild.pipeline.quotes.core import NOMINAL_POS, SUBJECT_DEPS, Found, SearchState
from lagebild.pipeline.quotes.grammar import (
    noun_phrase,
    reporting_verbs,
    subject_of,
    trim,
    trim_keep_final,
)


def find_reported(state: SearchState, sents: list[tuple[int, int]]) -> None:
    """Speech acts without content: Die Nato hat die Forderungen Russlands zurückgewiesen.
    Each main clause of a sentence counts on its own (Die Veranstalter sprachen von
    7.000 Teilnehmern, die Polizei spricht von 4.000)."""
    doc, lexicon = state.doc, state.lexicon
    cues = {f.cue[0] for f in state.found if f.cue is not None and f.end <= f.cue[0]}
    # the Doc's roots, found once (the quotation finder changes no label), not a Token per word
    all_roots = tokens_with_dep(doc, ("ROOT",))
    for lo, hi in sents:
        if hi - lo < 4:
            continue
        roots = [t for t in all_roots if lo <= t.i < hi]
        # the parser may split a sentence into several roots (China | hat … zurückgewiesen)
        root = next((t for t in roots if t.pos_ in ("VERB", "AUX")), roots[0] if roots else None)
        if root is None:
            continue
        clauses = main_clauses(doc, root, lo, hi)
        for verb, c_lo, c_hi in clauses:
            if c_hi - c_lo < 4 or not state.free(c_lo, c_hi) or verb.i in cues:
                continue  # a frame (…, hatte Obama gewarnt) reports the quote it frames
            verbs = [v for v in reporting_verbs(verb, lexicon) if v.speech_act]
            if not verbs or not any(_has_object(verb, v, c_lo, c_hi) for v in verbs):
                continue
            subject = subject_of(verb, c_lo, c_hi, lexicon)
            if subject is None or subject.pos_ not in NOMINAL_POS:
                continue
            if len(clauses) == 1:
                start, end = trim_keep_final(doc, c_lo, c_hi)
            else:
                start, end = trim(doc, c_lo, c_hi)
            state.add(
                Found(
                    "reported",
                    start,
                    end,
                    cue=(verb.i, verb.i + 1),
                    speaker=noun_phrase(doc, subject, c_lo, c_hi),
                )
            )


def main_clauses(doc: Doc, root: Token, lo: int, hi: int) -> list[tuple[Token, int, int]]:
    """The sentence's main clauses: the root's, and each coordinated verb's that has a
    subject of its own, as (verb, start, end)."""
    conjuncts = [
        c
        for c in root.children
        if c.dep_ in ("conj", "parataxis")
        and c.pos_ in ("VERB", "AUX")
        and c.i > root.i
        and lo < c.left_edge.i < hi
        and any(g.dep_ in SUBJECT_DEPS for g in c.children)
    ]
    if not conjuncts:
        return [(root, lo, hi)]
    clauses = []
    start, verb = lo, root
    for c in sorted(conjuncts, key=lambda t: t.left_edge.i):
        end = c.left_edge.i
        clauses.append((verb, start, end))
        start, verb = end, c
        while start < hi and (doc[start].is_punct or doc[start].pos_ == "CCONJ"):
            start += 1
    clauses.append((verb, start, hi))
    return [(v, a, b) for v, a, b in clauses if a <= v.i < b]


def _has_object(verb: Token, entry: ReportingVerb, lo: int, hi: int) -> bool:
    """The speech act's object: any object, or one with the entry's preposition
    (sprach von einem Risiko, not sprach mit seiner Frau)."""
    if not entry.preposition:
        children = list(verb.children)
        if any(c.dep_ in ("obj", "iobj", "obl", "ccomp", "xcomp") for c in children):
            return True
        # "Die Behörden werfen Luna Menschenhandel vor": the parser often takes the
        # objects of a ditransitive verb for a second subject
        return sum(c.dep_ in SUBJECT_DEPS and c.pos_ in NOMINAL_POS for c in children) > 1
    return any(
        t.lower_ == entry.preposition or t.lower_ == "da" + entry.preposition
        for t in verb.doc[lo:hi]
    )
