"""The quote finder: all steps in order, speakers, and the spaCy component."""

from __future__ import annotations

import functools
from collections.abc import Iterable
from dataclasses import replace

from spacy.language import Language
from spacy.tokens import Doc, Span

from lagebild.analysis import CharSpan, Mention, Quote, SpeakerRef
from lagebild.codebook.quotes_loader import (
    ReportingLexicon,
    load_lexicon,
)
from lagebild.german.marks import QUOTE_PAIRS
from lagebild.kb.loader import get_kb
from lagebild.pipeline import extensions  # noqa: F401  (registers Doc._ attributes)
from lagebild.pipeline.quotes.core import SUBJECT_DEPS, Found, SearchState
from lagebild.pipeline.quotes.direct import find_direct
from lagebild.pipeline.quotes.free_indirect import find_free_indirect
from lagebild.pipeline.quotes.grammar import (
    closing_mark,
    is_passive,
    noun_phrase,
    np_right,
    phrase_head,
    plausible_speaker,
    reporting_verbs_kept,
)
from lagebild.pipeline.quotes.indirect import find_anaphoric, find_indirect, find_noun_complements
from lagebild.pipeline.quotes.marks import mark_token_spans
from lagebild.pipeline.quotes.reported import find_reported
from lagebild.pipeline.quotes.sentences import sentence_bounds
from lagebild.pipeline.quotes.sources import find_sources


@functools.cache
def default_lexicon() -> ReportingLexicon:
    """The reporting lexicon, with the knowledge base's words that open sentences
    capitalised but are no names (no speakers: *Sinngemäß hofft Musk, …*)."""
    return replace(load_lexicon(), common_words=get_kb().lowercase_words)


def find_quotes(doc: Doc, lexicon: ReportingLexicon | None = None) -> list[Found]:
    """All quotations of a Doc, in text order."""
    lexicon = lexicon or default_lexicon()
    if len(doc) == 0:
        return []
    with reporting_verbs_kept(doc, lexicon):
        return _find_quotes(doc, lexicon)


def _find_quotes(doc: Doc, lexicon: ReportingLexicon) -> list[Found]:
    sents, sent_of, para_of = sentence_bounds(doc)
    state = SearchState(doc, lexicon, mark_token_spans(doc))
    find_direct(state, sents, sent_of)
    find_sources(state, sents, sent_of)
    find_indirect(state, sents, sent_of)
    find_anaphoric(state, sents, para_of)
    find_noun_complements(state, sents, sent_of)
    inherit_speakers(state.found)
    find_free_indirect(state, sents, sent_of, para_of)
    find_reported(state, sents)
    state.found.sort(key=lambda f: f.start)
    inherit_speakers(state.found)
    fill_missing_speakers(doc, state.found, sents, sent_of, lexicon)
    nearest_mentions(doc, state.found, doc._.mentions, lexicon)
    return state.found


def fill_missing_speakers(
    doc: Doc,
    found: list[Found],
    sents: list[tuple[int, int]],
    sent_of: list[int],
    lexicon: ReportingLexicon,
) -> None:
    """Speakers the frame names other than as subject, and the last named source for free
    indirect speech far from its frame (Konjunktiv goes on with it)."""
    previous: Found | None = None
    for quote in found:
        if quote.speaker is None and quote.cue is not None:
            lo, hi = sents[sent_of[quote.cue[0]]]
            outside = [i for i in range(lo, hi) if not quote.start <= i < quote.end]
            quote.speaker = quoted_name_at_cue(doc, quote, outside, hi) or document_of_cue(
                doc, quote, outside, hi, lexicon
            )
        elif quote.speaker is None and quote.kind == "free_indirect" and previous is not None:
            quote.speaker = previous.speaker
        if quote.speaker is not None and quote.speaker != quote.cue:
            previous = quote


def quoted_name_at_cue(
    doc: Doc, quote: Found, outside: list[int], hi: int
) -> tuple[int, int] | None:
    """A name in quotation marks next to the cue: schrieb „Die Zeit“; wie „heise online“
    berichtet."""
    assert quote.cue is not None
    for i in outside:
        if abs(i - quote.cue[0]) > 4 or doc[i].text not in QUOTE_PAIRS:
            continue
        close = closing_mark(doc, i, hi, reach=8)
        if close is None or close - i < 2 or quote.start <= close < quote.end:
            continue
        named = doc[i + 1].text[:1].isupper() or doc[i + 1].pos_ in ("PROPN", "NOUN")
        if named or quote.cue[0] <= i < quote.cue[1]:
            return i, close + 1
    return None


def document_of_cue(
    doc: Doc, quote: Found, outside: list[int], hi: int, lexicon: ReportingLexicon
) -> tuple[int, int] | None:
    """For a passive or impersonal cue, the document it stands in: In einer
    Presseerklärung wurde verkündet, …; im Bericht heißt es, …"""
    assert quote.cue is not None
    verb = doc[quote.cue[0]]
    if not (is_passive(verb) or verb.lower_ in ("heißt", "hieß", "steht", "stand", "stehe")):
        return None
    for i in outside:
        # "In einer Erklärung heißt es", "…“, heißt es auf der Homepage"
        if doc[i].lower_ not in ("in", "im", "auf") or i + 1 >= hi or i > verb.i + 6:
            continue
        start, end = np_right(doc, i + 1, hi)
        head = doc[end - 1]
        if (
            head.pos_ in ("NOUN", "PROPN")
            and head.text not in lexicon.non_speakers
            and not quote.start <= start < quote.end
        ):
            return start, end
    return None


def inherit_speakers(found: list[Found]) -> None:
    """A quote without frame continues the report before it (…“ „…“)."""
    found.sort(key=lambda f: f.start)
    previous: Found | None = None
    for quote in found:
        if quote.speaker is None and previous is not None and quote.cue is None:
            quote.speaker = previous.speaker
            quote.inherited = True
        if quote.speaker is not None and quote.speaker != quote.cue:
            # "demnach", "wonach" name no one a later quote could go on with
            previous = quote


def nearest_mentions(
    doc: Doc, found: list[Found], mentions: list[Mention] | None, lexicon: ReportingLexicon
) -> None:
    """Move an inherited speaker to the mention of the same speaker nearest before the
    quote (Larson sagte … Larson erklärte … Konjunktiv), as the corpus annotates."""
    inherited = [
        q for q in found if q.inherited and q.speaker is not None and q.speaker[1] <= q.start
    ]
    if not inherited:
        return
    candidates = _speaker_mentions(doc, found, mentions or [], lexicon)
    for quote in inherited:
        moved = _nearest_same_actor(doc, quote, mentions or [], candidates)
        if moved is None:
            moved = _nearest_same_word(doc, quote)
        if moved is not None:
            quote.speaker = moved


def _speaker_mentions(
    doc: Doc, found: list[Found], mentions: list[Mention], lexicon: ReportingLexicon
) -> list[tuple[int, int, frozenset[str]]]:
    """Mentions that could name a speaker where they stand: subjects outside quotes, as
    token spans with their actors, in text order."""
    taken = bytearray(len(doc))
    for f in found:
        taken[f.start : f.end] = b"\x01" * (f.end - f.start)
    spans = []
    for m in mentions:
        if not m.actors:
            continue
        span = doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is None or taken[span.start]:
            continue
        head = span.root
        if head.dep_ in SUBJECT_DEPS and plausible_speaker(head, lexicon):
            spans.append((span.start, span.end, frozenset(m.actors)))
    spans.sort(key=lambda x: x[1])
    return spans


def _nearest_same_actor(
    doc: Doc,
    quote: Found,
    mentions: list[Mention],
    candidates: list[tuple[int, int, frozenset[str]]],
) -> tuple[int, int] | None:
    """The last speaker-like mention of the speaker's actors between the speaker and the
    quote."""
    assert quote.speaker is not None  # called for quotes with a speaker only
    sp = doc[quote.speaker[0] : quote.speaker[1]]
    actors = set(_actors_in(sp, mentions))
    if not actors:
        return None
    best: tuple[int, int] | None = None
    for start, end, mention_actors in candidates:
        if end > quote.start:
            break
        if start >= quote.speaker[1] and actors & mention_actors:
            best = (start, end)
    return best


def _nearest_same_word(doc: Doc, quote: Found) -> tuple[int, int] | None:
    assert quote.speaker is not None  # called for quotes with a speaker only
    start, end = quote.speaker
    names = [t for t in doc[start:end] if t.pos_ in ("PROPN", "NOUN")]
    if not names:
        return None
    word = names[-1].lower_
    for i in range(quote.start - 1, end - 1, -1):
        t = doc[i]
        if t.lower_ == word:
            sent = t.sent
            return noun_phrase(doc, phrase_head(t), sent.start, sent.end)
    return None


def resolve_speaker(
    doc: Doc, span: tuple[int, int] | None, mentions: list[Mention] | None
) -> SpeakerRef | None:
    if span is None:
        return None
    s = doc[span[0] : span[1]]
    actors: list[str] = []
    if mentions is not None:
        actors = _actors_in(s, mentions)
    return SpeakerRef(
        start=s.start_char,
        end=s.end_char,
        text=s.text,
        actor=actors[0] if actors else None,
        actors=actors,
    )


def _actors_in(span: Span, mentions: Iterable[Mention]) -> list[str]:
    """Actors of the mention that best covers the speaker span (the longest overlap)."""
    best: Mention | None = None
    best_overlap = 0
    for m in mentions:
        overlap = min(m.end, span.end_char) - max(m.start, span.start_char)
        if overlap > best_overlap and m.actors:
            best, best_overlap = m, overlap
    return list(best.actors) if best is not None else []


def set_annotations(doc: Doc, found: list[Found]) -> None:
    mentions = doc._.mentions
    quotes = []
    for f in found:
        span = doc[f.start : f.end]
        cue = doc[f.cue[0] : f.cue[1]] if f.cue else None
        gap = doc[f.gap[0] : f.gap[1]] if f.gap else None
        text = span.text
        if gap is not None:
            before, after = doc[f.start : gap.start].text, doc[gap.end : f.end].text
            text = f"{before} {after}"
        quotes.append(
            Quote(
                start=span.start_char,
                end=span.end_char,
                text=text,
                interruption=CharSpan(start=gap.start_char, end=gap.end_char, text=gap.text)
                if gap is not None
                else None,
                kind=f.kind,
                speaker=resolve_speaker(doc, f.speaker, mentions),
                cue=CharSpan(start=cue.start_char, end=cue.end_char, text=cue.text)
                if cue is not None
                else None,
                addressee=resolve_speaker(doc, f.addressee, mentions),
            )
        )
    doc._.quotes = quotes


@Language.factory(
    "lagebild_quotes",
    requires=["token.dep", "token.morph", "doc._.mentions"],
    assigns=["doc._.quotes"],
)
def make_quotes(nlp: Language, name: str) -> QuoteFinder:
    return QuoteFinder()


class QuoteFinder:
    """spaCy component: ``doc._.quotes``."""

    def __init__(self, lexicon: ReportingLexicon | None = None) -> None:
        self.lexicon = lexicon or default_lexicon()

    def __call__(self, doc: Doc) -> Doc:
        set_annotations(doc, find_quotes(doc, self.lexicon))
        return doc
