"""Source phrases: laut X, X zufolge, nach Angaben X, wie X mitteilte, so X, heißt es."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from lagebild.codebook.quotes_loader import (
    ReportingLexicon,
    SourcePhrase,
)
from lagebild.german.marks import QUOTE_PAIRS
from lagebild.german.scan import tokens_where, tokens_with_pos
from lagebild.german.verbs import is_konjunktiv
from lagebild.german.words import SUBORDINATOR_TAGS
from lagebild.pipeline.quotes.core import (
    FRAME_FILLER_POS,
    MAX_FRAME_GAP,
    SENT_END,
    Found,
    SearchState,
)
from lagebild.pipeline.quotes.direct import is_full_quotation
from lagebild.pipeline.quotes.grammar import (
    match_phrase,
    noun_phrase,
    np_left,
    np_right,
    np_start,
    reporting_verbs,
    subject_of,
    trim,
)
from lagebild.pipeline.quotes.indirect import (
    add_unless_inside_direct,
    clause_rest,
    complement_end,
    opens_subordinate_clause,
)


def _source_word_candidates(doc: Doc, lexicon: ReportingLexicon) -> list[Token]:
    """The words a source phrase can start at, in order: a phrase's first word, and any
    common noun (the phrases opened by a source noun, "Seiner Meinung nach"); found by their
    forms and tags, not by a Token of every word. The other words have no phrase."""
    found = {t.i for t in tokens_where(doc, lexicon.sources_by_word.__contains__)}
    found.update(t.i for t in tokens_with_pos(doc, ("NOUN",)))
    return [doc[i] for i in sorted(found)]


def find_sources(state: SearchState, sents: list[tuple[int, int]], sent_of: list[int]) -> None:
    """Source phrases from the lexicon: laut X, X zufolge, nach Angaben X, wie X mitteilte,
    …, so X, demnach, heißt es."""
    doc, lexicon = state.doc, state.lexicon
    for token in _source_word_candidates(doc, lexicon):
        phrases = lexicon.sources_by_word.get(token.lower_, ())
        if token.pos_ == "NOUN" and lexicon.source_noun(token.text) is not None:
            # "Seiner Meinung nach": phrases that start with a source noun
            phrases = (*phrases, *lexicon.sources_by_word.get("*", ()))
        if not phrases or state.taken[token.i] or _not_a_source_word(doc, token):
            continue
        s_lo, s_hi = sents[sent_of[token.i]]
        if _asks(doc, s_hi) or _refers_to_a_reporter(state, token, s_lo):
            continue
        for phrase in phrases:
            end = match_phrase(doc, lexicon, phrase, token.i, s_hi)
            if end is None:
                continue
            found = source_quote(state, phrase, token, end, s_lo, s_hi)
            if found is not None:
                add_unless_inside_direct(state, found)
                break


def _asks(doc: Doc, s_hi: int) -> bool:
    """A question (Welche Vorschläge sind Ihrer Meinung nach verfassungswidrig?) reports
    nothing."""
    return any(t.text == "?" for t in doc[max(0, s_hi - 2) : s_hi])


def _refers_to_a_reporter(state: SearchState, token: Token, s_lo: int) -> bool:
    """ "erklärte X, Nordkorea besitze seiner Meinung nach …": a possessive source phrase
    inside the complement of a reporting verb points back to its subject; the verb
    reports."""
    doc = state.doc
    start = token.i - 1 if token.i > 0 and doc[token.i - 1].tag_ == "PPOSAT" else token.i
    if doc[start].tag_ != "PPOSAT":
        return False
    verb = next((t for t in doc[s_lo:start] if reporting_verbs(t, state.lexicon)), None)
    return verb is not None and any(t.text == "," for t in doc[verb.i + 1 : start])


def _not_a_source_word(doc: Doc, token: Token) -> bool:
    """ "…, so wie …", "…, so: …", "…, so zeigen …" name no source, nor does the
    adjective "laut" (Kritik wurde laut; dachte laut über X nach)."""
    nxt = doc[token.i + 1] if token.i + 1 < len(doc) else None
    if token.lower_ == "laut":
        return nxt is None or nxt.pos_ in ("VERB", "AUX", "ADP") or nxt.text in (",", ".")
    if token.lower_ != "so":
        return False
    return (
        nxt is None
        or nxt.lower_ in ("wie", "dass", "daß")
        or nxt.text in (":", ",", ".")
        or nxt.pos_ in ("VERB", "AUX")
    )


def source_quote(
    state: SearchState, phrase: SourcePhrase, cue: Token, end: int, s_lo: int, s_hi: int
) -> Found | None:
    doc = state.doc
    if phrase.where == "after_comma":
        if cue.i - 1 <= s_lo or doc[cue.i - 1].text != ",":
            return None
        return _frame_after_content(state, phrase, cue, end, s_lo, s_hi)
    if phrase.where == "around":
        return _wie_frame(state, phrase, cue, end, s_lo, s_hi)
    if phrase.speaker == "after":
        sp_start = cue.i + 1 if phrase.words[-1] != "*" else end - 1
        sp_start, sp_end = np_right(doc, np_start(doc, sp_start, end), s_hi)
        return _source_quote(state, cue, (cue.i, sp_end), (sp_start, sp_end), s_lo, s_hi)
    if phrase.speaker == "before":
        # the phrase's last word is the postposition (zufolge; Meinung nach)
        return _source_before(state, doc[end - 1], s_lo, s_hi)
    speaker = (cue.i, end) if phrase.speaker == "self" else None
    if phrase.speaker == "self" and cue.i > 1 and doc[cue.i - 1].text == ",":
        # "eine Meldung der Times, wonach …": the phrase the relative adverb refers to
        # (the model may have started a sentence at "wonach")
        start = np_left(doc, cue.i - 1, max(0, cue.i - 16))
        if start < cue.i - 1:
            speaker = trim(doc, start, cue.i - 1)
    found = _source_quote(state, cue, (cue.i, end), speaker, s_lo, s_hi)
    if (
        found is not None
        and phrase.needs_konjunktiv
        and not any(is_konjunktiv(doc[i], state.lexicon) for i in range(found.start, found.end))
    ):
        return None
    return found


def _source_before(state: SearchState, cue: Token, s_lo: int, s_hi: int) -> Found | None:
    """X zufolge: the noun phrase right before the postposition."""
    doc = state.doc
    sp_start = np_left(doc, cue.i, s_lo)
    if sp_start >= cue.i:
        return None
    return _source_quote(state, cue, (sp_start, cue.i + 1), (sp_start, cue.i), s_lo, s_hi)


def _source_quote(
    state: SearchState,
    cue: Token,
    phrase: tuple[int, int],
    speaker: tuple[int, int] | None,
    s_lo: int,
    s_hi: int,
) -> Found | None:
    """The clause a source phrase stands in, without the phrase when it is at an edge."""
    doc = state.doc
    c_lo, c_hi = _clause_around(doc, cue, s_lo, s_hi)
    start, end = c_lo, c_hi
    if phrase[0] <= c_lo + 1:
        start = phrase[1]
        if start + 1 < end and doc[start].text == "," and opens_subordinate_clause(doc[start + 1]):
            # "Nach Angaben der Polizei, die … bestätigt wurden, kamen …": skip the clause
            after = verb_final_end(doc, start + 1, end)
            if after < end and doc[after].text == ",":
                start = after + 1
        elif (apposition := _apposition_end(doc, start, end)) is not None:
            # "Nach Angaben von X, einem Manager der Firma, wurde …": the apposition
            # belongs to the speaker
            if speaker is not None and speaker[1] == start:
                speaker = (speaker[0], apposition)
            start = apposition + 1
    elif phrase[1] >= c_hi - 1:
        end = phrase[0]
    start, end = trim(doc, start, end)
    if end - start < 3 or not any(doc[i].pos_ in ("VERB", "AUX") for i in range(start, end)):
        return None
    if any(
        f.kind == "direct" and f.start < end and start < f.end and _is_clause(doc, f)
        for f in state.found
    ):
        return None  # the phrase attributes a direct quote („…“, sagte X Y zufolge)
    gap = None
    if start < phrase[0] and phrase[1] < end:
        # "Die Regenzeit könnte nach Angaben X bis September andauern": X is not quoted
        gap = phrase
    return Found(
        "indirect",
        start,
        end,
        cue=(cue.i, cue.i + 1),
        speaker=trim(doc, *speaker) if speaker else None,
        gap=gap,
    )


def _apposition_end(doc: Doc, comma: int, end: int) -> int | None:
    """The comma closing a verbless noun phrase that opens at this comma, if any."""
    if comma + 2 >= end or doc[comma].text != ",":
        return None
    for i in range(comma + 1, min(end, comma + 12)):
        t = doc[i]
        if t.text == ",":
            return (
                i
                if i > comma + 1 and doc[comma + 1].pos_ in ("DET", "ADJ", "NOUN", "PROPN")
                else None
            )
        if t.pos_ in ("VERB", "AUX") or t.is_punct and t.text not in ("-", "–"):
            return None
    return None


def _is_clause(doc: Doc, quote: Found) -> bool:
    return is_full_quotation(doc, quote.start, quote.end)


def _clause_around(doc: Doc, token: Token, s_lo: int, s_hi: int) -> tuple[int, int]:
    """The clause a token belongs to: the sentence, or the subordinate clause it is in."""
    # by punctuation first: "…, die nach Aussagen der Organisationen nicht betroffen sind,"
    for i in range(token.i - 1, s_lo, -1):
        t = doc[i]
        if t.text in (",", ";", ":", "(") or t.text in QUOTE_PAIRS:
            if t.text == "," and i + 1 < token.i and opens_subordinate_clause(doc[i + 1]):
                end = next(
                    (j for j in range(token.i + 1, s_hi) if doc[j].text in SENT_END | {","}),
                    s_hi,
                )
                if end - i > 4:
                    return i + 1, end
            break
    if token.i > s_lo and doc[token.i - 1].text == "," and token.tag_ in SUBORDINATOR_TAGS:
        # "ein Bericht, wonach der Minister zurücktrete, wurde dementiert"
        return token.i, verb_final_end(doc, token.i, s_hi)
    node = token
    while node.head.i != node.i:
        node = node.head
        if node.pos_ in ("VERB", "AUX") and node.dep_ in ("acl:relcl", "acl", "advcl", "ccomp"):
            lo, hi = node.left_edge.i, node.right_edge.i + 1
            if s_lo <= lo and hi <= s_hi and hi - lo >= 4:
                return lo, hi
            break
    end = s_hi
    for i in range(token.i, s_hi):
        if doc[i].text in SENT_END or doc[i].text == ";":
            end = i
            break
    # "Die Veranstalter schätzten 2.000 Teilnehmer; nach Polizeiangaben waren es 1.000."
    start = next((i + 1 for i in range(token.i - 1, s_lo, -1) if doc[i].text == ";"), s_lo)
    return start, end


def verb_final_end(doc: Doc, start: int, s_hi: int) -> int:
    """End of a verb-final subordinate clause opening at start: the first comma or
    sentence end after a verb, skipping clauses nested in it."""
    depth = 0
    for j in range(start + 1, s_hi):
        t = doc[j]
        if t.text in SENT_END or t.text in (";", ":"):
            return j
        if t.text != ",":
            continue
        if j + 1 < s_hi and opens_subordinate_clause(doc[j + 1]):
            depth += 1
        elif doc[j - 1].pos_ in ("VERB", "AUX"):
            if not depth:
                return j
            depth -= 1
    return s_hi


def _frame_after_content(
    state: SearchState, phrase: SourcePhrase, cue: Token, end: int, s_lo: int, s_hi: int
) -> Found | None:
    """Y sei Z, so der Minister. / Y sei Z, heißt es in dem Bericht."""
    doc = state.doc
    speaker = None
    if end < s_hi and doc[end].lower_ in ("dass", "daß"):
        return None  # "so dass" is a conjunction
    if phrase.speaker == "after":
        sp_start, sp_end = np_right(doc, end, s_hi)
        if (
            sp_end < s_hi
            and doc[sp_end].text not in SENT_END | {",", "(", ")"}
            and doc[sp_end].pos_ not in ("ADV", "ADJ", "ADP")
        ):
            return None
        speaker = (sp_start, sp_end)
    start, q_end = trim(doc, s_lo, cue.i - 1)
    if q_end - start < 3 or not any(doc[i].pos_ in ("VERB", "AUX") for i in range(start, q_end)):
        return None
    if speaker is None:
        speaker = _in_source(doc, end, s_hi)
    frame_end = speaker[1] if speaker is not None and phrase.speaker == "after" else end
    return _go_on_after_frame(
        doc, Found("indirect", start, q_end, cue=(cue.i, end), speaker=speaker), frame_end, s_hi
    )


def _go_on_after_frame(doc: Doc, quote: Found, frame_end: int, s_hi: int) -> Found:
    """ "Der Präsident sei, so X, schuld daran": the clause goes on after the frame,
    which becomes the quote's gap."""
    rest = clause_rest(doc, (quote.start, quote.end), frame_end, s_hi)
    if rest is not None:
        comma = quote.end
        quote.end = trim(doc, frame_end + 1, rest)[1]
        quote.gap = (comma, frame_end + 1)
    return quote


SENTENCE_LINKS = frozenset({"denn", "und", "aber", "doch", "auch", "so"})


def _opens_sentence(doc: Doc, i: int, s_lo: int) -> bool:
    """Only punctuation or a linking word before i in its sentence (Denn wie X berichtete)."""
    return all(
        doc[k].is_punct or (k == s_lo and doc[k].lower_ in SENTENCE_LINKS) for k in range(s_lo, i)
    )


def _sentence_end_after(doc: Doc, i: int) -> int:
    """The end of the sentence starting at i, by punctuation, within the paragraph."""
    while i < len(doc):
        t = doc[i]
        if t.text in SENT_END or t.is_space or "\n" in t.whitespace_:
            return i + 1
        i += 1
    return len(doc)


def _in_source(doc: Doc, lo: int, hi: int) -> tuple[int, int] | None:
    """ "in dem Bericht", "bei Russland Aktuell", "auf der Homepage", "aus Regierungskreisen"
    next to "heißt es": who says it."""
    for i in range(lo, min(hi, lo + 8)):
        t = doc[i]
        if t.lower_ in ("in", "bei", "auf", "aus", "von", "vom") and i + 1 < hi:
            return np_right(doc, i + 1, hi)
        if t.lower_ in ("im", "beim") and i + 1 < hi:
            return np_right(doc, i, hi)
        if t.text in SENT_END or t.text == ",":
            break
    return None


def _wie_frame(
    state: SearchState, phrase: SourcePhrase, cue: Token, end: int, s_lo: int, s_hi: int
) -> Found | None:
    """Wie X mitteilte, sei Y. / Y sei Z, wie X berichtete. / In dem Bericht heißt es, Y."""
    doc = state.doc
    verb: Token | None = None
    if phrase.speaker == "verb_subject":
        if not (_opens_sentence(doc, cue.i, s_lo) or doc[cue.i - 1].text == ","):
            return None
        for i in range(end, min(s_hi, end + MAX_FRAME_GAP)):
            t = doc[i]
            if t.text == "," or t.text in SENT_END:
                break
            if reporting_verbs(t, state.lexicon) or t.lower_ == "bekannt":
                verb = t
        if verb is None or any(v.naming for v in reporting_verbs(verb, state.lexicon)):
            return None  # "wie sich die Junta selbst nennt": a name, not a source
        if verb.tag_ == "VVINF":
            return None  # "wie X behaupten konnte": a question, not a source
        end = verb.i + 1
    while end < s_hi and (
        doc[end].tag_ == "PTKVZ"
        or doc[end].pos_ == "AUX"
        or doc[end - 1].lower_ == "bekannt"  # "Wie X bekannt gab, …"
        and doc[end].pos_ == "VERB"
    ):
        end += 1
    if phrase.speaker == "none":
        # "In dem Bericht heißt es, …" vs "…, heißt es in dem Bericht."
        at_start = not (cue.i > s_lo and doc[cue.i - 1].text == ",")
    else:
        at_start = _opens_sentence(doc, cue.i, s_lo)
    frame_end = end
    if at_start and phrase.speaker == "none":
        # "Zugleich hieß es aber in der Erklärung: …"
        while frame_end < min(s_hi, end + 8) and doc[frame_end].pos_ in FRAME_FILLER_POS:
            frame_end += 1
    if at_start:
        if frame_end < s_hi and doc[frame_end].text == ":" and frame_end + 1 >= s_hi:
            s_hi = _sentence_end_after(doc, frame_end + 1)  # the model ended it at the colon
        if frame_end >= s_hi or doc[frame_end].text not in (",", ":"):
            return None
        start, q_end = trim(doc, frame_end, complement_end(doc, frame_end, s_hi))
    else:
        if doc[cue.i - 1].text != ",":
            return None
        start, q_end = trim(doc, s_lo, cue.i)
        frame_end = end
    if q_end - start < 3 or not any(doc[i].pos_ in ("VERB", "AUX") for i in range(start, q_end)):
        return None
    speaker: tuple[int, int] | None = None
    if verb is not None:
        lo, hi = cue.i + 1, end
        head = subject_of(verb, lo, hi, state.lexicon)
        if head is not None:
            speaker = noun_phrase(doc, head, lo, hi)
        elif source := _in_source(doc, cue.i + 1, verb.i):
            speaker = source  # "wie es in dem Bericht hieß", "wie vom Gericht entschieden"
        elif verb.i > cue.i + 1 and any(
            t.pos_ in ("NOUN", "PROPN", "X") or t.text[:1].isupper()
            for t in doc[cue.i + 1 : verb.i]
        ):
            # "Wie t-online.de berichtet": what stands between "wie" and the verb
            speaker = trim(doc, cue.i + 1, verb.i)
    elif phrase.speaker == "none":
        speaker = (
            (_in_source(doc, end, frame_end) or _in_source(doc, s_lo, cue.i))
            if (at_start)
            else _in_source(doc, end, s_hi)
        )
    found = Found("indirect", start, q_end, cue=(cue.i, end), speaker=speaker)
    return found if at_start else _go_on_after_frame(doc, found, frame_end, s_hi)
