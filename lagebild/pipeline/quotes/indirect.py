"""Indirect speech after (or before) a reporting verb, and reporting nouns."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from lagebild.codebook.quotes_loader import (
    ReportingLexicon,
    ReportingVerb,
)
from lagebild.german.marks import QUOTE_CLOSERS, QUOTE_PAIRS
from lagebild.german.pronouns import is_relative
from lagebild.german.scan import tokens_with_pos, verb_like
from lagebild.german.verbs import has_subjunctive_mood, is_finite, is_infinitive, is_konjunktiv
from lagebild.german.words import ZU_PARTICLES
from lagebild.pipeline.quotes.core import (
    ANAPHORS,
    ARTICLE_FORMS,
    MAX_FRAME_GAP,
    NARRATOR_CONJUNCTIONS,
    SENT_END,
    SUBJECT_DEPS,
    SUBORDINATORS,
    Found,
    SearchState,
)
from lagebild.pipeline.quotes.direct import addressee_span, span_of
from lagebild.pipeline.quotes.grammar import (
    addressee_of,
    closing_mark,
    noun_phrase,
    reporting_verbs,
    subject_of,
    trim,
)


def clause_starts(doc: Doc, verb: Token, s_hi: int) -> list[int]:
    """Where the verb's complement may start: after each comma that follows the verb
    (and its particle) before another clause begins (…, Andreas Huber, bekannt, dass …)."""
    particle_end = verb.i
    for child in verb.children:
        if child.dep_ == "compound:prt" or child.tag_ == "PTKVZ":
            particle_end = max(particle_end, child.i)
    starts = []
    i = verb.i + 1
    while i < min(s_hi, verb.i + 2 * MAX_FRAME_GAP):
        t = doc[i]
        if t.text == "," and i >= particle_end:
            starts.append(i + 1)
        elif t.text in QUOTE_PAIRS and (close := _name_in_marks_end(doc, i, s_hi)):
            i = close  # "sagte zum „Algemeen Dagblad“, …": a name in the frame
        elif is_finite(t) and starts and doc[starts[-1]].lower_ == "wie":
            pass  # "erklärte der Rat, wie sich die Junta nennt, …": an aside
        elif t.text in (":", ";") or t.text in QUOTE_PAIRS or is_finite(t):
            break
        i += 1
    return starts


def _name_in_marks_end(doc: Doc, i: int, s_hi: int) -> int | None:
    """The closing mark of a short capitalised name in quotation marks opening at i."""
    close = closing_mark(doc, i, s_hi, reach=10)
    if close is None:
        return None
    inner = doc[i + 1 : close]
    named = len(inner) > 0 and inner[0].text[:1].isupper()
    return close if named and not any(is_finite(t) for t in inner) else None


def complement_end(doc: Doc, start: int, s_hi: int) -> int:
    """End of a reported clause: the sentence end, or a frame that follows it (…, so X)."""
    for i in range(start, s_hi):
        t = doc[i]
        if t.text in SENT_END:
            return i
        if (
            t.text == ","
            and i + 1 < s_hi
            and doc[i + 1].lower_ == "so"
            and (i + 2 < s_hi and doc[i + 2].pos_ in ("DET", "PROPN", "NOUN", "PRON"))
        ):
            return i
    return s_hi


def clause_rest(doc: Doc, part: tuple[int, int], comma: int, s_hi: int) -> int | None:
    """ "Die Kürzung verstoße, wie X entschied, gegen den Grundsatz": where a clause that a
    frame interrupts goes on after the comma closing the frame. The part before the frame
    must stop right after its finite verb or the verb's subject (an unfinished clause),
    and the part after it must have no finite verb of its own (not "…, so X, der am
    Montag sprach")."""
    first = comma + 1
    if comma >= s_hi or doc[comma].text != "," or first >= s_hi or not _unfinished(doc, *part):
        return None
    opener = doc[first]
    if opener.is_punct or opener.pos_ in ("CCONJ", "SCONJ") or opens_subordinate_clause(opener):
        return None
    if not _verbless_segment(doc, first, s_hi):
        return None
    end = complement_end(doc, first, s_hi)
    return end if end > first else None


def _unfinished(doc: Doc, start: int, end: int) -> bool:
    """Does a V2 clause stop after its finite verb, or after the verb and its subject
    (Der Präsident sei | Zur Finanzierung bekomme das Unternehmen)?"""
    verb = next((t for t in doc[start:end] if is_finite(t)), None)
    if verb is None:
        return False
    subject = {t.i for c in verb.children if c.dep_ in SUBJECT_DEPS for t in c.subtree}
    return all(t.is_punct or t.i in subject for t in doc[verb.i + 1 : end])


def clause_cut(doc: Doc, start: int, end: int) -> int:
    """Where a verb-final clause (dass …, ob …) ends when the main clause goes on after it
    (…, dass er nicht schuldig sei, lege aber keine Beweise vor). Relative and other
    subordinate clauses inside it are skipped."""
    depth = 0
    for i in range(start + 1, end - 2):
        t = doc[i]
        if t.text == "," and (opens_subordinate_clause(doc[i + 1]) or doc[i + 1].pos_ == "SCONJ"):
            depth += 1
            continue
        if not is_finite(t) or doc[i + 1].text != ",":
            continue
        if depth:
            depth -= 1
            continue
        nxt = doc[i + 2]
        if is_finite(nxt) or (
            nxt.lower_ in ("und", "aber", "doch", "sondern")
            and i + 3 < end
            and is_finite(doc[i + 3])
        ):
            return i + 1
    return end


def opens_subordinate_clause(token: Token) -> bool:
    doc = token.doc
    # "der Iran habe …" is an article before a noun, not a relative pronoun
    if (
        token.lower_ in ARTICLE_FORMS
        and token.i + 1 < len(doc)
        and doc[token.i + 1].pos_ in ("NOUN", "PROPN", "ADJ", "NUM")
    ):
        return False
    if token.lower_ in SUBORDINATORS and token.i + 1 < len(doc) and is_finite(doc[token.i + 1]):
        return False  # "damit solle …", "da sei …": an adverb in a main clause
    return is_relative(token) or token.lower_ in SUBORDINATORS


def is_zu_infinitive(token: Token) -> bool:
    """anzugreifen, vorzugehen (the tagger's VVIZU, or an infinitive with -zu- inside)."""
    if token.tag_ == "VVIZU":
        return True
    lower = token.lower_
    if not (
        token.pos_ in ("VERB", "AUX")
        and len(lower) > 6
        and "zu" in lower[1:-3]
        and (lower.endswith(("en", "rn", "ln")))
    ):
        return False
    # a finite tag is trusted unless a separable particle stands before the "zu"
    # (einzutreten, abzuziehen: the tagger's VVFIN is wrong)
    return not is_finite(token) or any(lower.startswith(p + "zu") for p in ZU_PARTICLES)


def infinitive_end(doc: Doc, start: int, end: int) -> int | None:
    """End of a zu-infinitive clause opening at start (…, Koalitionsgespräche zu führen)."""
    if doc[start].lower_ in NARRATOR_CONJUNCTIONS or doc[start].lower_ in SUBORDINATORS:
        return None
    for i in range(start, end):
        t = doc[i]
        if t.text in SENT_END or t.text in (":", ";", ","):
            return None
        perfect = i + 2 < end and doc[i + 1].lower_ == "zu"  # "spioniert zu haben"
        if (
            is_finite(t)
            and not is_infinitive(t)
            and not t.lower_.endswith(("en", "rn", "ln"))
            and not perfect
        ):
            # a clear finite verb (sagte, sei); "-en" forms may be infinitives mistagged
            return None
        if is_zu_infinitive(t):
            return i + 1
        if (
            t.lower_ == "zu"
            and i + 1 < end
            and (is_infinitive(doc[i + 1]) or doc[i + 1].pos_ in ("VERB", "AUX"))
            and doc[i + 1].lower_.endswith(("en", "rn", "ln", "tun", "sein"))
        ):
            return i + 2
    return None


def infinitive_clause_end(doc: Doc, stop: int, end: int) -> int:
    """Extend an infinitive clause over what depends on it: a subordinate clause
    (…, zu prüfen, ob …), another infinitive (…, zu verstärken, um … fertigzuwerden) or a
    coordinated one (… zu haben und … zu sein), up to where the main clause resumes."""
    while stop < end - 1:
        sep, nxt = doc[stop], doc[stop + 1]
        if sep.text == "," and (opens_subordinate_clause(nxt) or nxt.pos_ == "SCONJ"):
            return clause_cut(doc, stop, end)
        if sep.text == "," or sep.lower_ in ("und", "oder"):
            more = infinitive_end(doc, stop + 1, end)
            if more is None:
                return stop
            stop = more
            continue
        return stop
    return stop


def main_clause_verb(
    doc: Doc, start: int, end: int, lexicon: ReportingLexicon | None = None
) -> Token | None:
    """The first finite verb of [start, end) outside subordinate clauses set off by commas
    (with the lexicon, Konjunktiv forms count as finite whatever the tagger says)."""
    forms = lexicon.konjunktiv_forms | lexicon.konjunktiv2_forms if lexicon else frozenset()
    first = doc[start] if start < end else None
    # "Was die Einwohner wollten, sei …": a clause that opens the sentence comes first
    depth = int(
        first is not None
        and (first.pos_ == "SCONJ" or first.tag_ in ("PWS", "PWAV", "KOUS"))
        and _has_comma_after_verb(doc, start, end)
    )
    for i in range(start, end):
        t = doc[i]
        if (
            t.text == ","
            and i + 1 < end
            and (opens_subordinate_clause(doc[i + 1]) or doc[i + 1].pos_ == "SCONJ")
        ):
            depth += 1
            continue
        if not is_finite(t) and t.lower_ not in forms:
            continue
        if depth:
            # the subordinate clause ends with its finite verb
            depth -= 1
            continue
        return t
    return None


def _has_comma_after_verb(doc: Doc, start: int, end: int) -> bool:
    """Does a clause opening at start end with its verb and a comma (Was X wollte, …)?"""
    return any(
        doc[i].text == "," and (is_finite(doc[i - 1]) or is_infinitive(doc[i - 1]))
        for i in range(start + 2, end)
    )


def konjunktiv_end(doc: Doc, start: int, end: int, lexicon: ReportingLexicon) -> int:
    """A Konjunktiv clause ends where the narrator takes over (…, doch der Sprecher …;
    …, erkannte das Gericht aber nicht an)."""
    for i in range(start + 2, end - 1):
        if doc[i].text == ";":
            return i
        if doc[i].text != ",":
            continue
        nxt = doc[i + 1]
        if nxt.lower_ in NARRATOR_CONJUNCTIONS:
            return i
        if is_finite(nxt) and not is_konjunktiv(nxt, lexicon) and nxt.tag_ != "VVIZU":
            return i
    for i in range(start + 2, end - 1):
        # "…, sie müssten X aufgeben und bemühte das Bild …": the narrator's verb
        nxt = doc[i + 1]
        if doc[i].lower_ == "und" and is_finite(nxt) and not is_konjunktiv(nxt, lexicon):
            return i
    return end


def classify_clause(
    doc: Doc, start: int, end: int, verbs: tuple[ReportingVerb, ...], lexicon: ReportingLexicon
) -> tuple[str, int] | None:
    """What kind of complement [start, end) is for these verbs, and where it ends."""
    complements = frozenset().union(*(v.complements for v in verbs))
    first = doc[start].lower_ if start < end else ""
    if first in ("dass", "daß") and "dass" in complements:
        return "dass", clause_cut(doc, start, end)
    if first == "ob" and "ob" in complements:
        return "ob", clause_cut(doc, start, end)
    if "infinitive" in complements:
        stop = infinitive_end(doc, start, end)
        if stop is not None:
            return "infinitive", infinitive_clause_end(doc, stop, end)
    if "konjunktiv" in complements and not opens_subordinate_clause(doc[start]):
        verb = main_clause_verb(doc, start, end, lexicon)
        if verb is not None and (
            is_konjunktiv(verb, lexicon, by_ending=True) or verb.lower_ in lexicon.hearsay_modals
        ):
            # "…, 300 Mitarbeiter sollen entlassen werden": the modal of hearsay reports too
            return "konjunktiv", konjunktiv_end(doc, start, end, lexicon)
    if any(v.indicative for v in verbs) and doc[start].pos_ in ("DET", "NOUN", "PROPN", "PRON"):
        # "Die Universität teilte mit, der Planet begleitet den Stern": a main clause in
        # the indicative after a verb that reports one
        verb = main_clause_verb(doc, start, end, lexicon)
        if verb is not None and verb.i > start + 1 and not opens_subordinate_clause(doc[start]):
            return "indicative", konjunktiv_end(doc, start, end, lexicon)
    return None


def find_indirect_after(
    state: SearchState, verb: Token, verbs, s_lo: int, s_hi: int
) -> Found | None:
    """X sagte, Y sei Z. / X teilte mit, dass … / X forderte Y auf, Z zu tun."""
    doc = state.doc
    starts = clause_starts(doc, verb, s_hi)
    dass = _dass_child(verb, s_hi)
    if dass is not None and (not starts or _verbless_segment(doc, starts[0], s_hi)):
        # "sagte Li Fei, der Vorsitzende des Ausschusses, dass …": the dass-clause, not
        # the apposition before it
        starts = [dass, *(s for s in starts if s != dass)]
    elif dass is not None and dass not in starts:
        starts.append(dass)
    if verb.tag_ in ("VVPP", "VVINF") and verb.i + 1 < s_hi and doc[verb.i + 1].text != ",":
        # "hat angekündigt, die Preise zu erhöhen" is often written without the comma
        starts.append(verb.i + 1)
    for start in starts:
        if start >= s_hi:
            continue
        end = complement_end(doc, start, s_hi)
        kind = classify_clause(doc, start, end, verbs, state.lexicon)
        if kind is not None and start == verb.i + 1 and kind[0] != "infinitive":
            continue
        if kind is not None:
            q_start, q_end = trim(doc, start, kind[1])
            found = _indirect(doc, verb, verbs, (q_start, q_end), (s_lo, s_hi), state.lexicon)
            if found is not None and kind[0] == "konjunktiv":
                join_fronted_part(state, found, verb, s_lo)
            return found
    return None


def _verbless_segment(doc: Doc, start: int, s_hi: int) -> bool:
    """Is there no finite verb between start and the next comma (an apposition)?"""
    for t in doc[start:s_hi]:
        if t.text in (",", ";", ":") or t.text in SENT_END:
            return True
        if is_finite(t):
            return False
    return True


def join_fronted_part(state: SearchState, quote: Found, verb: Token, s_lo: int) -> None:
    """ "Die Lage, sagte er, sei ernst": the clause began before the frame. When the
    complement starts with its finite verb and the words before the frame's comma have
    none, they are the clause's first part; the frame becomes the quote's gap."""
    doc = state.doc
    comma = frame_comma(doc, verb, s_lo)
    if comma is None or comma - s_lo < 1 or not is_finite(doc[quote.start]):
        return
    if opens_subordinate_clause(doc[s_lo]) or doc[s_lo].pos_ in ("SCONJ", "VERB", "AUX"):
        return
    if any(is_finite(doc[i]) or state.taken[i] for i in range(s_lo, comma)):
        return
    if any(doc[i].text in QUOTE_PAIRS or doc[i].text in (":", ";") for i in range(s_lo, comma)):
        return
    if quote.speaker is not None and quote.speaker[0] < comma:
        # the subject was taken from the words that now open the quote
        head = subject_of(verb, comma + 1, quote.start, state.lexicon)
        quote.speaker = noun_phrase(doc, head, comma + 1, quote.start) if head else None
    quote.gap = (comma, quote.start)
    quote.start = s_lo


def _dass_child(verb: Token, s_hi: int) -> int | None:
    # "geht davon aus, dass …", "wies darauf hin, dass …": the clause hangs below
    # a pronominal adverb or directly below the verb
    for child in verb.children:
        if child.i < verb.i or child.i >= s_hi:
            continue
        nodes = [child, *child.children]
        for node in nodes:
            left = node.left_edge
            if left.lower_ in ("dass", "daß") and left.i > verb.i:
                return left.i
    return None


def frame_comma(doc: Doc, verb: Token, s_lo: int) -> int | None:
    """The comma that opens a frame after its clause: right before the reporting verb
    (…, sagte er) or before its finite auxiliary (…, hatte Obama am Montag gewarnt)."""
    if verb.i - 1 > s_lo and doc[verb.i - 1].text == ",":
        return verb.i - 1
    if verb.i - 2 > s_lo and doc[verb.i - 1].lower_ == "so" and doc[verb.i - 2].text == ",":
        return verb.i - 2  # "…, so sagte er."
    for i in range(verb.i - 1, max(s_lo + 1, verb.i - MAX_FRAME_GAP), -1):
        t = doc[i]
        if t.text in (",", ";", ":") or t.text in QUOTE_PAIRS:
            return None
        if (
            doc[i - 1].text == ","
            and t.lemma_ in ("haben", "werden")
            and is_finite(t)
            and not has_subjunctive_mood(t)
            and verb.tag_ == "VVPP"
            and (
                t.lemma_ == "werden"
                or any(w.pos_ in ("NOUN", "PROPN", "PRON") for w in doc[i + 1 : verb.i])
            )
        ):
            return i - 1
    return None


def find_indirect_before(
    state: SearchState, verb: Token, verbs, s_lo: int, s_hi: int
) -> Found | None:
    """Y sei Z, sagte X. / Y, sagte X, sei Z."""
    doc = state.doc
    comma = frame_comma(doc, verb, s_lo)
    if comma is None:
        return None
    start, end = s_lo, comma
    if doc[end - 1].text in QUOTE_CLOSERS:
        return None  # „…“, sagte er: the frame of a direct quote
    complements = frozenset().union(*(v.complements for v in verbs))
    if not complements & {"konjunktiv", "dass"}:
        return None
    if doc[start].lower_ not in ("dass", "daß"):
        # "Die Lage sei ernst, sagte er." – not "Falls X zustimmt, steht Y offen."
        main = main_clause_verb(doc, start, end, state.lexicon)
        if main is None or opens_subordinate_clause(doc[start]):
            return None
        # a frame that starts with its finite verb right after the comma (…, kündigte die
        # Regierung an.) reports the clause before it in any mood
        if not (
            is_konjunktiv(main, state.lexicon)
            or main.lower_ in state.lexicon.hearsay_modals
            or any(v.indicative for v in verbs)
            or is_finite(doc[comma + 1])
            or doc[comma + 1].lower_ == "so"
        ):
            return None
    # the quote may go on after the frame: "Y, sagte X, sei Z."
    tails = clause_starts(doc, verb, s_hi)
    tail = tails[0] if tails else None
    gap = None
    if tail is not None:
        tail_end = complement_end(doc, tail, s_hi)
        if any(is_konjunktiv(doc[i], state.lexicon) for i in range(tail, tail_end)):
            end, gap = tail_end, (comma, tail)
        elif (rest := clause_rest(doc, (start, end), tail - 1, s_hi)) is not None:
            end, gap = rest, (comma, tail)  # "Y sei, sagte X, sehr ernst"
    q_start, q_end = trim(doc, start, end)
    found = _indirect(doc, verb, verbs, (q_start, q_end), (s_lo, s_hi), state.lexicon)
    if found is not None and gap is not None and found.start < gap[0] and gap[1] < found.end:
        found.gap = gap  # "Y, sagte X, sei Z": the frame is not quoted
    return found


def _indirect(
    doc: Doc,
    verb: Token,
    verbs,
    quote: tuple[int, int],
    sentence: tuple[int, int],
    lexicon: ReportingLexicon,
) -> Found | None:
    q_start, q_end = quote
    if q_end - q_start < 2 or _in_marks(doc, q_start, q_end):
        return None
    # the frame: the side of the quote the verb stands on
    lo, hi = (sentence[0], q_start) if verb.i < q_start else (q_end, sentence[1])
    speaker = subject_of(verb, lo, hi, lexicon)
    addressee = addressee_of(verb, verbs, lo, hi)
    return Found(
        "indirect",
        q_start,
        q_end,
        cue=(verb.i, verb.i + 1),
        speaker=span_of(doc, speaker, q_start, q_end),
        addressee=addressee_span(doc, addressee, q_start, q_end),
    )


def _in_marks(doc: Doc, start: int, end: int) -> bool:
    """The clause is all in quotation marks: a direct quote, not an indirect one."""
    if start == 0 or end >= len(doc):
        return False
    opener = doc[start - 1].text
    return opener in QUOTE_PAIRS and doc[end].text in QUOTE_PAIRS[opener]


def find_indirect(state: SearchState, sents: list[tuple[int, int]], sent_of: list[int]) -> None:
    doc, lexicon = state.doc, state.lexicon
    for token in verb_like(doc):  # no other word is a reporting verb (``reporting_verbs``)
        if state.taken[token.i]:
            continue
        verbs = reporting_verbs(token, lexicon)
        if not verbs or is_stative_passive(token):
            continue
        s_lo, s_hi = sents[sent_of[token.i]]
        found = find_indirect_after(state, token, verbs, s_lo, s_hi)
        if found is None:
            found = find_indirect_before(state, token, verbs, s_lo, s_hi)
        if found is not None:
            add_unless_inside_direct(state, found)


def is_stative_passive(verb: Token) -> bool:
    """ "Es ist verboten, …", "ist geplant, …": a state, not something said (reporting
    verbs form their perfect with haben, so sein + participle is passive)."""
    auxiliaries = [c.lemma_ for c in verb.children if c.dep_.startswith("aux") or c.dep_ == "cop"]
    return verb.tag_ in ("VVPP", "ADJD") and "sein" in auxiliaries and "werden" not in auxiliaries


def add_unless_inside_direct(state: SearchState, quote: Found) -> None:
    """Add an indirect quote; quotations in quotation marks inside it are nested in it
    (es müsse «…» und «…», heißt es) unless they make up nearly all of it."""
    size = quote.end - quote.start
    inner = [
        f
        for f in state.found
        if f.kind == "direct"
        and 2 * (min(f.end, quote.end) - max(f.start, quote.start)) >= f.end - f.start
    ]
    if any(5 * (f.end - f.start) >= 4 * size for f in inner):
        return
    for f in inner:
        state.found.remove(f)
        state.taken[f.start : f.end] = bytes(f.end - f.start)
    state.add(quote)


def find_noun_complements(
    state: SearchState, sents: list[tuple[int, int]], sent_of: list[int]
) -> None:
    """der Vorwurf, er habe …; die Forderung, X zu tun; mit der Begründung, dass …"""
    doc, lexicon = state.doc, state.lexicon
    for token in tokens_with_pos(doc, ("NOUN",)):
        if state.taken[token.i]:
            continue
        noun = lexicon.noun(token.text)
        if noun is None:
            continue
        s_lo, s_hi = sents[sent_of[token.i]]
        comma = next(
            (
                i
                for i in range(token.i + 1, min(s_hi, token.i + 8))
                if doc[i].text == "," or is_finite(doc[i])
            ),
            None,
        )
        if comma is None or doc[comma].text != "," or comma + 1 >= s_hi:
            continue
        kind = _noun_clause(doc, comma + 1, s_hi, noun.complements, lexicon)
        if kind is None:
            continue
        q_start, q_end = trim(doc, comma + 1, kind)
        if q_end - q_start < 2:
            continue
        speaker = None
        between = doc[token.i + 1 : comma]
        if (
            len(between)
            and between[0].pos_ in ("DET", "PROPN", "NOUN", "ADP")
            and any(t.pos_ in ("NOUN", "PROPN") for t in between)
        ):
            # the genitive or von-phrase of the noun: der Vorwurf der Opposition, …
            speaker = trim(doc, token.i + 1, comma)
        else:
            # the subject of the clause the noun stands in (X ist der Meinung, dass …)
            verb = token.head if token.head.pos_ in ("VERB", "AUX") else None
            if verb is None:
                verb = next(
                    (doc[i] for i in range(token.i - 1, s_lo - 1, -1) if is_finite(doc[i])), None
                )
            head = subject_of(verb, s_lo, token.i, lexicon) if verb is not None else None
            speaker = noun_phrase(doc, head, s_lo, token.i) if head is not None else None
        if speaker is None:
            # "Es gab Hinweise, dass …", "die Bitte, …": with no one named, the corpus
            # makes the noun itself the source
            speaker = noun_phrase(doc, token, s_lo, token.i + 1)
        state.add(Found("indirect", q_start, q_end, cue=(token.i, token.i + 1), speaker=speaker))


def _noun_clause(
    doc: Doc, start: int, s_hi: int, complements: frozenset[str], lexicon: ReportingLexicon
) -> int | None:
    """End of the clause a reporting noun introduces, or None."""
    first = doc[start].lower_
    if first in ("dass", "daß") and "dass" in complements:
        return clause_cut(doc, start, complement_end(doc, start, s_hi))
    if "infinitive" in complements:
        stop = infinitive_end(doc, start, s_hi)
        if stop is not None:
            return stop
    if "konjunktiv" in complements and not opens_subordinate_clause(doc[start]):
        verb = main_clause_verb(doc, start, s_hi)
        if verb is not None and is_konjunktiv(verb, lexicon) and verb.i - start <= 4:
            for i in range(verb.i + 1, s_hi):
                if doc[i].text == "," or doc[i].text in SENT_END:
                    return i
            return s_hi
    return None


def find_anaphoric(state: SearchState, sents: list[tuple[int, int]], para_of: list[int]) -> None:
    """X habe Y getan. Dies teilte ein Sprecher mit. – the sentence before is the quote."""
    doc, lexicon = state.doc, state.lexicon
    for n in range(1, len(sents)):
        lo, hi = sents[n]
        if hi - lo < 3 or doc[lo].lower_ not in ANAPHORS or para_of[n - 1] != para_of[n]:
            continue
        verb = next(
            (doc[i] for i in range(lo + 1, min(hi, lo + 3)) if reporting_verbs(doc[i], lexicon)),
            None,
        )
        if verb is None:
            continue
        p_lo, p_hi = trim(doc, *sents[n - 1])
        if p_hi - p_lo < 3 or not state.free(p_lo, p_hi):
            continue
        head = subject_of(verb, verb.i + 1, hi, lexicon)
        speaker = noun_phrase(doc, head, verb.i + 1, hi) if head is not None else None
        state.add(Found("indirect", p_lo, p_hi, cue=(verb.i, verb.i + 1), speaker=speaker))
