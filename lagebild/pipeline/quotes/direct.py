"""Direct quotes: text in quotation marks with the frame that attributes it."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from lagebild.codebook.quotes_loader import ReportingLexicon, ReportingVerb
from lagebild.german.marks import QUOTE_PAIRS
from lagebild.german.verbs import is_finite, is_konjunktiv1
from lagebild.pipeline.quotes.core import SENT_END, SUBJECT_DEPS, Found, SearchState
from lagebild.pipeline.quotes.grammar import (
    UNFRAMED_NON_REPORTING,
    addressee_of,
    is_preposition,
    match_phrase,
    noun_phrase,
    np_left,
    np_right,
    np_start,
    phrase_head,
    plausible_speaker,
    reporting_verbs,
    sentence_actor,
    sentence_reporter,
    subject_of,
    trim,
)


def looks_like_title(doc: Doc, start: int, end: int, lexicon: ReportingLexicon) -> bool:
    """A quoted name or title (der Film „…“, die Fähre „Eagle“), not a quotation."""
    inner = [t for t in doc[start + 1 : end - 1] if not t.is_punct]
    if not inner:
        return True
    before = doc[start - 1] if start > 0 else None
    if before is not None and before.text in lexicon.title_nouns:
        return True
    has_verb = any(is_finite(t) for t in inner)
    if not has_verb and len(inner) > 1 and 2 * sum(1 for t in inner if t.ent_type_) > len(inner):
        return True  # mostly a name: „Verband integrativer Kinderbetreuungseinrichtungen“
    if len(inner) <= 6 and not has_verb and inner[0].text[:1].isupper():
        if before is not None and before.pos_ in ("NOUN", "PROPN") and before.text[0].isupper():
            return True
        if all(t.text[:1].isupper() or not t.is_alpha for t in inner) and len(inner) > 1:
            return True
    return False


def is_full_quotation(doc: Doc, start: int, end: int) -> bool:
    """A clause or more in quotation marks (not a word or phrase taken over)."""
    inner = doc[start + 1 : end - 1]
    words = [t for t in inner if not t.is_punct]
    ends_sentence = any(t.text in SENT_END for t in inner[-2:])
    has_finite = any(is_finite(t) for t in inner)
    return ends_sentence or (has_finite and len(words) >= 3) or len(words) >= 8


def frame_right(doc: Doc, end: int) -> tuple[int, int] | None:
    """Tokens after a quote that attribute it (…“, sagte er.), up to the sentence end."""
    if end >= len(doc):
        return None
    first = doc[end]
    if first.text not in (",", "(") and not (first.is_lower and first.is_alpha):
        return None
    stop = end
    while stop < len(doc):
        t = doc[stop]
        if t.text in SENT_END or t.text in QUOTE_PAIRS or "\n" in t.text:
            break
        stop += 1
        if "\n" in t.whitespace_:
            break
    return (end, stop) if stop > end else None


def frame_left(doc: Doc, start: int) -> tuple[int, int] | None:
    """Tokens before a quote that introduce it (Er sagte: „…), back to the sentence start."""
    i = start - 1
    while i >= 0:
        t = doc[i]
        if t.text in SENT_END or t.text in QUOTE_PAIRS or "\n" in t.whitespace_ + t.text:
            break
        i -= 1
    return (i + 1, start) if i + 1 < start else None


def frame_verb(
    doc: Doc, lo: int, hi: int, lexicon: ReportingLexicon, right: bool = True
) -> Token | None:
    """The reporting verb of a frame nearest the quote, else its main verb."""
    reporting = [doc[i] for i in range(lo, hi) if reporting_verbs(doc[i], lexicon)]
    if reporting and not right:
        # "X wies das zurück, Y erklärte: „…“": of the main clauses, the one before the
        # quote introduces it (not a verb in a relative or adverbial clause)
        main_clauses = [t for t in reporting if t.dep_ in ("ROOT", "conj", "parataxis")]
        if main_clauses and main_clauses[-1].i > reporting[0].i:
            return main_clauses[-1]
    if reporting:
        return reporting[0]
    main = None
    for i in range(lo, hi):
        t = doc[i]
        if main is None and t.pos_ in ("VERB", "AUX") and (t.dep_ == "ROOT" or is_finite(t)):
            main = t
    if main is not None and (
        is_konjunktiv1(main, lexicon) or main.lower_ in lexicon.hearsay_modals
    ):
        # "Jeder Pädagoge könne „…“": a reported clause quoting its speaker's words;
        # its subject is what was said about, not who said it
        return None
    return main


def source_word(doc: Doc, lo: int, hi: int) -> Token | None:
    """ "so" introducing a source in a frame (…“, so der Minister.)."""
    for i in range(lo, min(hi, lo + 3)):
        if (
            doc[i].lower_ == "so"
            and i + 1 < hi
            and doc[i + 1].lower_ not in ("dass", "daß")
            and doc[i + 1].pos_ not in ("VERB", "AUX")  # "so urteilte X": a verb frame
        ):
            return doc[i]
    return None


Span_ = tuple[int, int]


def frame_source(
    doc: Doc, lo: int, hi: int, lexicon: ReportingLexicon
) -> tuple[Token, Span_] | None:
    """A source phrase in a frame (sagte die Kanzlerin einigen Teilnehmern zufolge:
    „…“; nach Angaben des Leiters „…“): the corpus makes the source the speaker."""
    for i in range(lo, hi):
        for phrase in lexicon.sources_by_word.get(doc[i].lower_, ()):
            if phrase.where != "inside" or phrase.speaker not in ("after", "before"):
                continue
            end = match_phrase(doc, lexicon, phrase, i, hi)
            if end is None:
                continue
            if phrase.speaker == "before":
                start = np_left(doc, i, lo)
                if start < i:
                    return doc[i], trim(doc, start, i)
                continue
            sp_start = i + 1 if phrase.words[-1] != "*" else end - 1
            sp_start, sp_end = np_right(doc, np_start(doc, sp_start, end), hi)
            return doc[i], trim(doc, sp_start, sp_end)
    return None


def attribute_from_frame(
    doc: Doc, frame: Span_, lexicon: ReportingLexicon, right: bool, quote: Span_
) -> tuple[Token | None, Span_ | None, Span_ | None]:
    """(cue, speaker span, addressee span) of a frame."""
    lo, hi = frame
    so = source_word(doc, lo, hi) if right else None
    if so is not None:
        sp = trim(doc, *np_right(doc, so.i + 1, hi))
        return so, (sp if sp[0] < sp[1] else None), None
    source = frame_source(doc, lo, hi, lexicon)
    if source is not None:
        return source[0], source[1], None
    # "Mohammed ElBaradei („…“)": the speaker right before the parenthesis
    if (
        not right
        and doc[hi - 1].text == "("
        and hi - 2 >= lo
        and plausible_speaker(doc[hi - 2], lexicon)
    ):
        return None, span_of(doc, phrase_head(doc[hi - 2]), *quote), None
    verb = frame_verb(doc, lo, hi, lexicon, right)
    if verb is None:
        if not right and doc[hi - 1].text == ":":
            # "Ein Sprecher der Polizei: „…“"
            for i in range(hi - 2, lo - 1, -1):
                if plausible_speaker(doc[i], lexicon):
                    return None, span_of(doc, phrase_head(doc[i]), *quote), None
        return None, None, None
    speaker = subject_of(verb, lo, hi, lexicon)
    addressee = addressee_of(verb, reporting_verbs(verb, lexicon), lo, hi)
    return verb, span_of(doc, speaker, *quote), addressee_span(doc, addressee, *quote)


def find_direct(state: SearchState, sents: list[tuple[int, int]], sent_of: list[int]) -> None:
    doc, lexicon = state.doc, state.lexicon
    for start, end in state.marks:
        full = is_full_quotation(doc, start, end)
        cue = speaker = addressee = None
        right = frame_right(doc, end)
        if right:
            cue, speaker, addressee = attribute_from_frame(
                doc, right, lexicon, right=True, quote=(start, end)
            )
        left = frame_left(doc, start)
        if left and (speaker is None or not full):
            before = attribute_from_frame(doc, left, lexicon, right=False, quote=(start, end))
            cue, speaker, addressee = with_frame_before(
                doc, start, (cue, speaker, addressee), before, lexicon
            )
        framed = cue is not None and _framed(doc, cue, start, end, lexicon)
        if not framed and looks_like_title(doc, start, end, lexicon):
            continue
        if (
            not full
            and not framed
            and (
                not _partial_is_quote(doc, start, cue, lexicon) or _names_a_source(doc, start, end)
            )
        ):
            continue
        inherited = False
        if speaker is None and cue is None and full and sent_of[start] > 0:
            # a quotation standing alone after "X äußerte sich zu …": X speaks
            n = sent_of[start]
            if sents[n][0] >= start - 1:
                speaker = sentence_reporter(state, *sents[n - 1]) or sentence_actor(
                    state, *sents[n - 1]
                )
                inherited = speaker is not None
        state.add(
            Found(
                "direct",
                start,
                end,
                cue=(cue.i, cue.i + 1) if cue is not None else None,
                speaker=speaker,
                addressee=addressee,
                inherited=inherited,
            )
        )


Attribution = tuple[Token | None, Span_ | None, Span_ | None]  # cue, speaker, addressee


def with_frame_before(
    doc: Doc, start: int, after: Attribution, before: Attribution, lexicon: ReportingLexicon
) -> Attribution:
    """Combine what the frames after and before a quote say."""
    cue, speaker, _ = after
    c, s, _ = before
    if speaker is not None:
        # a phrase in marks belongs to the verb before it (bezeichnete X als „…“ und
        # kündigte an, …), when that verb takes one
        return before if _partial_is_quote(doc, start, c, lexicon) else after
    if s is not None and cue is not None and c is not None:
        if c.lemma_ == "haben" and cue.tag_ == "VVPP":
            return cue, s, after[2]  # "X hatte die Vorwürfe als „falsch“ zurückgewiesen"
        if reporting_verbs(cue, lexicon) and not reporting_verbs(c, lexicon):
            return after  # not the main verb before a passive frame (… als „…“ bezeichnet)
    if s is not None or (cue is None and c is not None):
        return before
    return after


def _names_a_source(doc: Doc, start: int, end: int) -> bool:
    """A phrase in marks that is the subject or a source (Wie „heise online“ berichtet,
    laut „Welt“) is a name, not a quotation."""
    if start > 0 and (doc[start - 1].lower_ in ("wie", "laut") or is_preposition(doc[start - 1])):
        return doc[start - 1].lower_ in ("wie", "laut", "von", "bei", "gegenüber")
    return doc[start:end].root.dep_ in SUBJECT_DEPS


def _framed(doc: Doc, cue: Token, start: int, end: int, lexicon: ReportingLexicon) -> bool:
    """Does a reporting verb frame the marks directly, making any length a quote? After
    the comma („Ein guter Start“, sagte er; …“, so urteilte X — not „Wikiasari“, so heißt
    ein Projekt), or right before them when the verb takes only quotations."""
    verbs = reporting_verbs(cue, lexicon)
    if cue.i == start - 1:
        return _only_quotes(verbs)
    return (
        bool(verbs)
        and cue.i in (end + 1, end + 2)
        and doc[end].text == ","
        and (cue.i == end + 1 or doc[end + 1].lower_ == "so")
        and cue.lemma_ not in UNFRAMED_NON_REPORTING
    )


def _only_quotes(verbs: tuple[ReportingVerb, ...]) -> bool:
    """Verbs whose only complement is a quotation: what they frame is said, whatever its
    capitals (skandierten „Stoppt den Überwachungswahn“, riefen „Nieder mit …“)."""
    return bool(verbs) and all(v.complements == {"direct"} for v in verbs)


def _partial_is_quote(doc: Doc, start: int, cue: Token | None, lexicon: ReportingLexicon) -> bool:
    # A phrase in quotation marks is a quotation when a reporting verb frames it
    # (nannte die Beziehungen «beispiellos», warnte vor einem „Flächenbrand“). Phrases
    # starting with a capital are mostly names of papers, works or groups, except after
    # verbs of naming (nannte ihn einen „Vertrauensbruch“).
    if cue is None or cue.lower_ == "so":
        return cue is not None
    verbs = reporting_verbs(cue, lexicon)
    if not any("direct" in v.complements for v in verbs):
        return False
    if doc[start + 1].is_lower or _only_quotes(verbs):
        return True
    # "nannte es einen „Militärputsch“", "bezeichnete ihn als „Verräter“" — not "nennt
    # „Twitter“": a capitalised phrase after a verb of naming and an article or "als"
    before = doc[start - 1] if start > 0 else None
    return (
        any(v.naming for v in verbs)
        and before is not None
        and (before.pos_ == "DET" or before.lower_ == "als")
    )


def span_of(doc: Doc, head: Token | None, q_start: int, q_end: int) -> tuple[int, int] | None:
    if head is None:
        return None
    lo, hi = (0, q_start) if head.i < q_start else (q_end, len(doc))
    return noun_phrase(doc, head, lo, hi)


def addressee_span(
    doc: Doc, head: Token | None, q_start: int, q_end: int
) -> tuple[int, int] | None:
    """The addressee's phrase without its preposition (gegenüber | Reportern)."""
    span = span_of(doc, head, q_start, q_end)
    if span is None:
        return None
    start, end = span
    while start < end - 1 and is_preposition(doc[start]):
        start += 1
    return start, end
