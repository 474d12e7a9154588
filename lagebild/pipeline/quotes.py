"""Quotations: who said what, in direct, indirect, free indirect and reported speech.

Finds, per article, the quoted content, its kind, the cue (reporting verb or source
phrase), the speaker mention and the addressee, and writes ``doc._.quotes`` as a list
of ``lagebild.analysis.Quote``. Spans follow the German Wikinews quotation corpus
(Petersen-Frey & Biemann 2024): direct quotes include their quotation marks; indirect
quotes are the reported clause without the frame and final punctuation; free indirect
and reported quotes are whole sentences. The speaker is the nearest mention naming the
speaker (a pronoun stays a pronoun; its actor comes from the actor linker's mentions).

The steps run in order of reliability, and a later step never takes tokens an earlier
one has taken: direct quotes, indirect speech (reporting verbs and source phrases),
free indirect speech (Konjunktiv continuing a report), reported speech acts.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from lagebild.analysis import CharSpan, Mention, Quote, QuoteKind, SpeakerRef
from lagebild.codebook.quotes_loader import (
    ReportingLexicon,
    ReportingVerb,
    SourcePhrase,
    load_lexicon,
)
from lagebild.pipeline import extensions  # noqa: F401  (registers Doc._ attributes)

# Opening mark -> the marks that close it. « and » open and close each other (both
# Swiss «…» and German »…« styles); “ closes „ but opens English “…”.
QUOTE_PAIRS: dict[str, str] = {
    "„": '“”"',
    "“": '”"',
    "»": "«",
    "«": "»",
    "‚": "‘’",
    "›": "‹",
    "‹": "›",
    '"': '"',
}
QUOTE_CLOSERS = frozenset('“”«»‘’‹›"')
_QUOTE_MARK = re.compile('[„“”»«‚‘’›‹"]')
_SINGLE = frozenset("‚‘’›‹")
_MAX_QUOTE_CHARS = 4000

SUBJECT_DEPS = frozenset({"nsubj", "nsubj:pass", "csubj"})
NOMINAL_POS = frozenset({"NOUN", "PROPN", "PRON", "X"})
SENT_END = frozenset({".", "!", "?", "…", ";"})
FINITE_TAGS = frozenset({"VVFIN", "VAFIN", "VMFIN"})
INFINITIVE_TAGS = frozenset({"VVINF", "VAINF", "VMINF", "VVIZU"})
EXPLETIVES = frozenset({"es", "sich"})
SPEAKER_PRONOUN_TAGS = frozenset({"PPER", "PDS", "PIS", "PRELS"})
NOMINATIVE_PRONOUNS = frozenset({"er", "sie", "ich", "wir", "ihr", "man", "dieser", "diese"})
# Subordinate-clause openers: a Konjunktiv clause starting with these is not reported speech
# on its own (…, die zur Krise geführt hätten; …, weil er krank gewesen sei).
SUBORDINATOR_TAGS = frozenset({"PRELS", "PRELAT", "PWS", "PWAV", "PWAT", "KOUI"})
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
PREPOSITIONS = frozenset(
    {
        "in",
        "im",
        "ins",
        "an",
        "am",
        "ans",
        "auf",
        "aus",
        "bei",
        "beim",
        "mit",
        "nach",
        "seit",
        "von",
        "vom",
        "zu",
        "zum",
        "zur",
        "für",
        "über",
        "unter",
        "vor",
        "gegen",
        "gegenüber",
        "durch",
        "wegen",
        "während",
        "trotz",
        "ohne",
        "um",
        "laut",
        "bis",
        "hinter",
        "neben",
        "zwischen",
    }
)
NARRATOR_CONJUNCTIONS = frozenset({"doch", "aber", "jedoch", "sondern", "denn", "während"})
SPEAKER_ENTITIES = frozenset({"PER", "ORG", "PERpart", "ORGpart"})
NOT_SPEAKERS = frozenset({"dass", "daß", "und", "oder", "aber", "so", "wie", "als", "was"})
ARTICLE_FORMS = frozenset(
    {"der", "die", "das", "dem", "den", "des", "ein", "eine", "einen", "einem", "einer", "eines"}
)
# verb-first conditionals: "Sollte sich das bestätigen, …", "Wäre das so, …"
CONDITIONAL_VERBS = frozenset({"sollte", "sollten", "wäre", "wären", "hätte", "hätten", "würde"})
REFLEXIVE_PRONOUNS = frozenset({"sich", "mich", "dich", "uns", "euch"})
FRAME_FILLER_POS = frozenset({"ADV", "ADP", "DET", "NOUN", "PROPN", "ADJ", "CCONJ", "PART"})
GENITIVE_DETERMINERS = frozenset({"des", "der", "eines", "einer", "dieses", "dieser"})
ANAPHORS = frozenset({"dies", "das", "dieses", "diese"})
PARTICLE_POS = frozenset({"ADP", "ADV", "PART", "ADJ"})
ZU_PARTICLES = (
    "ab", "an", "auf", "aus", "bei", "dar", "durch", "ein", "fest", "fort", "frei", "her",
    "hin", "los", "mit", "nach", "statt", "teil", "um", "vor", "weg", "zurück", "zusammen",
)  # fmt: skip
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
class _State:
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


# --------------------------------------------------------------------------- marks


def find_quotation_marks(text: str) -> list[tuple[int, int, bool]]:
    """Character spans (start, end, outermost) of text in matching quotation marks.

    Handles „…“, »…«, «…», "…", ‚…‘, ›…‹, “…” and quotes over several paragraphs, both
    where each paragraph reopens the quote (German convention) and where only the last
    one closes it. A mark still open when the next paragraph opens a new quote is dropped.
    """
    spans: list[tuple[int, int, bool]] = []
    stack: list[tuple[str, int]] = []
    last_break = -1
    for match in _QUOTE_MARK.finditer(text):
        mark, pos = match.group(), match.start()
        if stack:
            brk = text.rfind("\n", stack[-1][1], pos)
            if brk > last_break:
                last_break = brk
                reopens = mark == stack[0][0] and not text[brk:pos].strip()
                if reopens:
                    continue
                if mark not in QUOTE_PAIRS[stack[-1][0]]:
                    stack.clear()
        if stack and mark in QUOTE_PAIRS[stack[-1][0]]:
            _, start = stack.pop()
            if pos - start <= _MAX_QUOTE_CHARS:
                spans.append((start, pos + 1, not stack))
            continue
        if mark in _SINGLE and not stack:
            continue  # apostrophes and stray single marks outside quotes
        if mark in QUOTE_PAIRS:  # closing-only marks (’ as an apostrophe) never open
            stack.append((mark, pos))
    spans.sort()
    return spans


def mark_token_spans(doc: Doc) -> list[tuple[int, int]]:
    """Outermost quotation-mark spans as token spans (end exclusive)."""
    spans = []
    for start, end, outermost in find_quotation_marks(doc.text):
        if not outermost:
            continue
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is not None and len(span) >= 2:
            spans.append((span.start, span.end))
    return spans


# --------------------------------------------------------------------------- tokens


def is_finite(token: Token) -> bool:
    # Mood is only ever set on finite verbs; the small model's tags and VerbForm are less
    # reliable than its Mood
    morph = token.morph
    return (
        token.tag_ in FINITE_TAGS
        or "Fin" in morph.get("VerbForm")
        or (bool(morph.get("Mood")) and token.pos_ in ("VERB", "AUX"))
    )


def is_infinitive(token: Token) -> bool:
    return token.tag_ in INFINITIVE_TAGS or "Inf" in token.morph.get("VerbForm")


def is_relative(token: Token) -> bool:
    return token.tag_ in SUBORDINATOR_TAGS or bool(
        {"Rel", "Int"} & set(token.morph.get("PronType"))
    )


def is_preposition(token: Token) -> bool:
    # the closed class as a word list too: the small model tags "im", "zum" as DET at times
    return token.pos_ == "ADP" or token.lower_ in PREPOSITIONS


def is_reflexive(token: Token) -> bool:
    return token.tag_ == "PRF" or "Yes" in token.morph.get("Reflex") or token.lower_ == "sich"


def is_konjunktiv1(token: Token, lexicon: ReportingLexicon, by_ending: bool = False) -> bool:
    """Konjunktiv I (er sei, sie habe): the form lists and the model's Mood=Sub; with
    ``by_ending`` also a finite verb in -e that is not a past form in -te (die Entdeckung
    werfe), which is Konjunktiv I or a first person — used where a report is certain."""
    lower = token.lower_
    if lower in lexicon.konjunktiv_forms:
        return True
    if lower in lexicon.konjunktiv2_forms or not is_finite(token):
        return False
    if lower.endswith(("te", "ten")):
        return False
    if "Sub" in token.morph.get("Mood"):
        return True
    previous = token.doc[token.i - 1].lower_ if token.i > 0 else ""
    return (
        by_ending
        and lower.endswith("e")
        and len(lower) > 3
        and token.pos_ in ("VERB", "AUX")
        and previous != "ich"
        and not any(c.lower_ == "ich" for c in token.children)
    )


def is_konjunktiv(token: Token, lexicon: ReportingLexicon, by_ending: bool = False) -> bool:
    lower = token.lower_
    if lower in lexicon.konjunktiv2_forms:
        return True
    return is_konjunktiv1(token, lexicon, by_ending)


def particle_of(token: Token, particles: frozenset[str] = frozenset()) -> str:
    """The separable particle of a finite verb (teilte … mit): from the parse, else the
    last word of the clause when it is a known particle (the parse often misses it)."""
    for child in token.children:
        if child.dep_ == "compound:prt" or child.tag_ == "PTKVZ":
            return child.lower_
    doc = token.doc
    if particles and token.tag_ in ("VVINF", "VVPP") and token.i > 0:
        prev = doc[token.i - 1]
        if prev.lower_ in particles and prev.pos_ in PARTICLE_POS:
            return prev.lower_  # "will bekannt geben", "wurde bekannt gegeben"
    if not particles or not (is_finite(token) or token.tag_ in FINITE_TAGS | {"VVINF"}):
        return ""
    for i in range(token.i + 1, min(len(doc), token.i + 2 * MAX_FRAME_GAP)):
        t = doc[i]
        if t.is_punct or t.is_space or is_finite(t) or t.text in QUOTE_PAIRS:
            prev = doc[i - 1]
            if i - 1 > token.i and prev.lower_ in particles and prev.pos_ in PARTICLE_POS:
                return prev.lower_
            if t.text != ",":
                return ""
            # "gab der Leiter, Andreas Huber, bekannt": go on past an apposition
    return ""


def reporting_verbs(token: Token, lexicon: ReportingLexicon) -> tuple[ReportingVerb, ...]:
    if token.pos_ not in ("VERB", "AUX") and not token.tag_.startswith("V"):
        return ()
    previous = token.doc[token.i - 1].lower_ if token.i > 0 else ""
    particle = particle_of(token, lexicon.particles)
    verbs = lexicon.verbs_for(token.text, token.lemma_, particle)
    if not verbs and particle and particle not in lexicon.particles:
        # "sagte weiter": an adverb the parser took for a particle
        verbs = lexicon.verbs_for(token.text, token.lemma_, "")
    if verbs and all(v.reflexive for v in verbs) and not has_reflexive(token):
        return ()  # "zeigte sich überzeugt" reports, "Studien zeigen" does not
    if (
        previous in ("wie", "als")
        and not is_finite(token)
        and all(v.type == "thought" for v in verbs)
    ):
        return ()  # "wie geplant", "als erwartet" (but "wie berichtet" reports)
    return verbs


def has_reflexive(verb: Token) -> bool:
    doc = verb.doc
    if any(is_reflexive(c) for c in verb.children):
        return True
    window = doc[max(0, verb.i - 3) : min(len(doc), verb.i + 4)]
    return any(t.lower_ in REFLEXIVE_PRONOUNS for t in window)


def trim(doc: Doc, start: int, end: int) -> tuple[int, int]:
    """Shrink a span by punctuation and spaces at both edges."""
    while start < end and (doc[start].is_punct or doc[start].is_space):
        start += 1
    while end > start and (doc[end - 1].is_punct or doc[end - 1].is_space):
        end -= 1
    if end < len(doc) and doc[end].text == ")" and any(t.text == "(" for t in doc[start:end]):
        end += 1  # keep a closing bracket whose opening one is in the span
    elif (
        end < len(doc)
        and doc[end].text in QUOTE_CLOSERS
        and any(
            t.text in QUOTE_PAIRS and doc[end].text in QUOTE_PAIRS[t.text] for t in doc[start:end]
        )
    ):
        end += 1  # keep a closing quotation mark whose opening one is in the span
    return start, end


def trim_keep_final(doc: Doc, start: int, end: int) -> tuple[int, int]:
    """Like ``trim`` but keeps sentence-final punctuation (free indirect, reported)."""
    s, e = trim(doc, start, end)
    while e < end and doc[e].text in SENT_END | {"“", "«", "»", '"'}:
        e += 1
    return s, e


def noun_phrase(doc: Doc, head: Token, lo: int, hi: int) -> tuple[int, int]:
    """The phrase of ``head`` (its subtree) clipped to [lo, hi) and to a contiguous run."""
    start, end = head.left_edge.i, head.right_edge.i + 1
    start, end = max(start, lo), min(end, hi)
    if not start <= head.i < end:
        start, end = head.i, head.i + 1
    # cut at a finite verb (a misattached clause) on either side of the head
    for i in range(head.i + 1, end):
        if is_finite(doc[i]) or is_relative(doc[i]):
            end = i
            break
    for i in range(head.i - 1, start - 1, -1):
        if is_finite(doc[i]) or doc[i].text in (":", ";"):
            start = i + 1
            break
    start, end = trim(doc, start, end)
    while start < head.i and doc[start].dep_ == "case" and doc[start].head == head:
        start += 1  # "von dem Minister" as an agent: the speaker is "dem Minister"
    if start >= end:
        return head.i, head.i + 1
    return start, end


def plausible_speaker(token: Token, lexicon: ReportingLexicon) -> bool:
    """Could this token head a speaker mention? Not a prepositional phrase (am Montag,
    in einem Interview), not a time word, not an expletive or reflexive."""
    if token.lower_ in EXPLETIVES or token.lower_ in NOT_SPEAKERS or is_reflexive(token):
        return False
    if token.pos_ == "PRON":
        return token.tag_ in SPEAKER_PRONOUN_TAGS or bool(
            {"Prs", "Dem", "Ind", "Rel"} & set(token.morph.get("PronType"))
        )
    # a name the tagger did not know counts whatever its tag (Glos/ADV hatte gesagt)
    named = token.ent_type_ in SPEAKER_ENTITIES and token.text[:1].isupper()
    # nominalised adjectives: der 81-Jährige, die Grünen
    nominalised = token.pos_ == "ADJ" and token.i > 0 and token.doc[token.i - 1].pos_ == "DET"
    if not (named or nominalised or token.pos_ in ("NOUN", "PROPN", "X")):
        return False
    if token.text in lexicon.non_speakers or not token.is_alpha and not token.text[:1].isalpha():
        return False
    if any(c.dep_ == "case" and c.i < token.i for c in token.children):
        return False
    left = token.left_edge
    if left.i < token.i and is_preposition(left):
        return False
    i = token.i - 1
    doc = token.doc
    while i >= 0 and doc[i].pos_ in ("DET", "ADJ", "NUM", "PROPN") and token.i - i < 5:
        if is_preposition(doc[i]):
            return False
        i -= 1
    return not (i >= 0 and is_preposition(doc[i]) and doc[i].lower_ != "von")


def not_nominative(token: Token) -> bool:
    """The phrase is marked for another case (Den Unmut der CDU brachte sie zum Ausdruck)."""
    cases = set(token.morph.get("Case"))
    for child in token.children:
        if child.dep_ == "det" and child.i < token.i:
            cases |= set(child.morph.get("Case"))
    return bool(cases) and "Nom" not in cases


def subject_of(verb: Token, lo: int, hi: int, lexicon: ReportingLexicon) -> Token | None:
    """The verb's subject (its auxiliary's, for compound tenses) within [lo, hi), from the
    parse when plausible, else guessed from word order."""
    candidates = [verb]
    if verb.dep_ in ("aux", "aux:pass", "cop") or verb.pos_ == "AUX":
        candidates.append(verb.head)
    for v in list(candidates):
        candidates.extend(c for c in v.children if c.dep_ in ("aux", "aux:pass", "xcomp"))
    # the subject of a passive is what was said or done, except of "zitieren"
    # (X wird mit den Worten zitiert)
    cited = any(v.lemma == "zitieren" for v in reporting_verbs(verb, lexicon))
    for v in candidates:
        subjects = [
            child
            for child in v.children
            if (child.dep_ in SUBJECT_DEPS and (child.dep_ != "nsubj:pass" or cited))
            and lo <= child.i < hi
            and plausible_speaker(child, lexicon)
        ]
        if subjects:
            # two "subjects" (Die Anwendung … stellte der Vorsitzende in Frage): the one
            # the noun itself marks nominative, else the one after the verb
            subjects.sort(key=lambda t: ("Nom" not in t.morph.get("Case"), t.i < verb.i))
            child = subjects[0]
            if not_nominative(child):
                # the parser's "subject" is marked for another case: check word order
                return guess_subject(verb, lo, hi, lexicon) or child
            return child
        for child in v.children:
            if child.dep_ == "obl:agent" and lo <= child.i < hi:
                return child
    if is_passive(verb):
        return None  # "Ihm wird vorgeworfen, …": the dative is no speaker
    if verb.dep_ == "conj" and verb.head.pos_ in ("VERB", "AUX") and lo <= verb.head.i < hi:
        # "Er lobte X und fügte hinzu, …": the coordinated verbs share the subject
        shared = subject_of(verb.head, lo, hi, lexicon)
        if shared is not None and shared.i < verb.i:
            return shared
    return guess_subject(verb, lo, hi, lexicon)


def is_passive(verb: Token) -> bool:
    """wird vorgeworfen, wurde mitgeteilt: nobody named as saying it."""
    if "Pass" in verb.morph.get("Voice") or any(c.dep_ == "aux:pass" for c in verb.children):
        return True
    return (
        verb.tag_ == "VVPP"
        and verb.i > 0
        and any(
            t.lemma_ == "werden" and is_finite(t) for t in verb.doc[max(0, verb.i - 8) : verb.i]
        )
    )


def _finite_anchor(verb: Token, lo: int, hi: int) -> Token:
    if is_finite(verb):
        return verb
    for t in (*verb.children, verb.head):
        if is_finite(t) and lo <= t.i < hi:
            return t
    doc = verb.doc
    for i in range(verb.i - 1, max(lo - 1, verb.i - 12), -1):
        if is_finite(doc[i]):
            return doc[i]
        if doc[i].text in (",", ":", ";"):
            break
    return verb


def guess_subject(verb: Token, lo: int, hi: int, lexicon: ReportingLexicon) -> Token | None:
    """The subject by German word order: a pronoun right after the finite verb (sagte er),
    else the phrase before it (Der Minister sagte), else the first phrase after it."""
    doc = verb.doc
    anchor = _finite_anchor(verb, lo, hi)
    a = anchor.i
    if a + 1 < hi and doc[a + 1].lower_ in NOMINATIVE_PRONOUNS:
        return doc[a + 1]
    start = a
    while start - 1 >= lo and doc[start - 1].text not in (",", ":", ";", "(", ")"):
        start -= 1
    before = [t for t in doc[start:a] if plausible_speaker(t, lexicon)]
    if not before and start == a and start - 1 > lo and doc[start - 1].text == ",":
        # "Deiss, der sich … entschlossen hatte, sagte …": skip the relative clause
        before = _before_relative_clause(doc, start - 1, lo, lexicon)
    after = None
    for i in range(a + 1, min(hi, a + 10)):
        t = doc[i]
        if t.text in (",", ":", ";"):
            break
        if plausible_speaker(t, lexicon):
            after = _phrase_head(t)
            break
    if before and not (after is not None and inverted(_phrase_head(before[0]), after)):
        return _phrase_head(before[0])
    return after


def _before_relative_clause(
    doc: Doc, comma: int, lo: int, lexicon: ReportingLexicon
) -> list[Token]:
    i = comma - 1
    while i > lo and doc[i].text != ",":
        i -= 1
    if i <= lo or doc[i].text != "," or not is_relative(doc[i + 1]):
        return []
    start = i
    while start - 1 >= lo and doc[start - 1].text not in (",", ":", ";", "(", ")"):
        start -= 1
    return [t for t in doc[start:i] if plausible_speaker(t, lexicon)]


def inverted(first: Token, second: Token) -> bool:
    """Is the phrase before the verb an object and the one after it the subject?
    (Den Unmut der CDU brachte die Sprecherin zum Ausdruck.)"""
    return not_nominative(first) and not not_nominative(second)


def _phrase_head(token: Token) -> Token:
    # climb from a name part or attribute to the noun it belongs to (Boris -> Johnson)
    while token.dep_ in ("flat", "flat:name", "compound", "amod", "det", "nmod") and (
        token.head.pos_ in NOMINAL_POS and abs(token.head.i - token.i) <= 3
    ):
        if token.dep_ == "nmod" and token.head.i > token.i:
            break
        token = token.head
    return token


def addressee_of(verb: Token, verbs: tuple[ReportingVerb, ...], lo: int, hi: int) -> Token | None:
    for child in verb.children:
        if not lo <= child.i < hi:
            continue
        if child.dep_ == "iobj":
            return child
        if child.dep_ == "obj" and any(v.addressee_object for v in verbs):
            return child
        if child.dep_ == "obl" and any(
            c.dep_ == "case" and c.lower_ in ADDRESSEE_PREPS for c in child.children
        ):
            return child
    return None


# --------------------------------------------------------------------------- sentences


def sentence_bounds(doc: Doc) -> tuple[list[tuple[int, int]], list[int], list[int]]:
    """Sentence token spans, the sentence of every token and the paragraph of every sentence.

    The model's sentences, joined where one ends without final punctuation inside a
    paragraph (the small model splits at names and numbers: "… Meles | Zenawi hat …")."""
    if doc.has_annotation("SENT_START"):
        sents = []
        for s in doc.sents:
            if sents and _runs_on(doc, sents[-1][1]):
                sents[-1] = (sents[-1][0], s.end)
            else:
                sents.append((s.start, s.end))
    else:
        sents = [(0, len(doc))]
    sent_of = [0] * len(doc)
    para_of: list[int] = []
    para = 0
    for n, (s, e) in enumerate(sents):
        if s > 0 and "\n" in doc[s - 1].whitespace_ + (
            doc[s - 1].text if doc[s - 1].is_space else ""
        ):
            para += 1
        para_of.append(para)
        for i in range(s, e):
            sent_of[i] = n
    return sents, sent_of, para_of


def _runs_on(doc: Doc, boundary: int) -> bool:
    """Does the sentence ending before ``boundary`` go on in the next one?"""
    last = doc[boundary - 1]
    if last.text in SENT_END or last.text == ":" or last.is_space:
        return False
    if "\n" in last.whitespace_ or boundary >= len(doc):
        return False
    nxt = doc[boundary]
    if last.text in ("„", "‚"):
        return True  # German opening marks never end a sentence (schrieb „ | Die Zeit“)
    if last.text in QUOTE_PAIRS:
        # „…“ und „…“, heißt es: a closing mark is a boundary only before a new sentence
        before = doc[boundary - 2].text if boundary >= 2 else ""
        return before not in SENT_END and (nxt.is_lower or nxt.text == ",")
    return not nxt.is_space and (nxt.is_lower or nxt.pos_ in ("PROPN", "NOUN", "NUM"))


# --------------------------------------------------------------------------- direct


def looks_like_title(doc: Doc, start: int, end: int, lexicon: ReportingLexicon) -> bool:
    """A quoted name or title (der Film „…“, die Fähre „Eagle“), not a quotation."""
    inner = [t for t in doc[start + 1 : end - 1] if not t.is_punct]
    if not inner:
        return True
    before = doc[start - 1] if start > 0 else None
    if before is not None and before.text in lexicon.title_nouns:
        return True
    has_verb = any(is_finite(t) for t in inner)
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


def frame_verb(doc: Doc, lo: int, hi: int, lexicon: ReportingLexicon) -> Token | None:
    """The reporting verb of a frame, else its main verb."""
    main = None
    for i in range(lo, hi):
        t = doc[i]
        if reporting_verbs(t, lexicon):
            return t
        if main is None and t.pos_ in ("VERB", "AUX") and (t.dep_ == "ROOT" or is_finite(t)):
            main = t
    return main


def source_word(doc: Doc, lo: int, hi: int) -> Token | None:
    """ "so" introducing a source in a frame (…“, so der Minister.)."""
    for i in range(lo, min(hi, lo + 3)):
        if doc[i].lower_ == "so" and i + 1 < hi and doc[i + 1].lower_ not in ("dass", "daß"):
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
            sp_start, sp_end = _np_right(doc, _np_start(doc, sp_start, end), hi)
            return doc[i], trim(doc, sp_start, sp_end)
    return None


def attribute_from_frame(
    doc: Doc, frame: Span_, lexicon: ReportingLexicon, right: bool, quote: Span_
) -> tuple[Token | None, Span_ | None, Span_ | None]:
    """(cue, speaker span, addressee span) of a frame."""
    lo, hi = frame
    so = source_word(doc, lo, hi) if right else None
    if so is not None:
        sp = trim(doc, *_np_right(doc, so.i + 1, hi))
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
        return None, _span_of(doc, _phrase_head(doc[hi - 2]), *quote), None
    verb = frame_verb(doc, lo, hi, lexicon)
    if verb is None:
        if not right and doc[hi - 1].text == ":":
            # "Ein Sprecher der Polizei: „…“"
            for i in range(hi - 2, lo - 1, -1):
                if plausible_speaker(doc[i], lexicon):
                    return None, _span_of(doc, _phrase_head(doc[i]), *quote), None
        return None, None, None
    speaker = subject_of(verb, lo, hi, lexicon)
    addressee = addressee_of(verb, reporting_verbs(verb, lexicon), lo, hi)
    return verb, _span_of(doc, speaker, *quote), _addressee_span(doc, addressee, *quote)


def find_direct(state: _State, sents: list[tuple[int, int]], sent_of: list[int]) -> None:
    doc, lexicon = state.doc, state.lexicon
    for start, end in state.marks:
        if looks_like_title(doc, start, end, lexicon):
            continue
        full = is_full_quotation(doc, start, end)
        cue = speaker = addressee = None
        right = frame_right(doc, end)
        if right:
            cue, speaker, addressee = attribute_from_frame(
                doc, right, lexicon, right=True, quote=(start, end)
            )
        if speaker is None:
            left = frame_left(doc, start)
            if left:
                c, s, a = attribute_from_frame(doc, left, lexicon, right=False, quote=(start, end))
                if s is not None or (cue is None and c is not None):
                    cue, speaker, addressee = c, s, a
        # „Ein guter Start“, sagte er: a frame right after the comma makes any length a quote
        framed = (
            cue is not None
            and cue.i == end + 1
            and doc[end].text == ","
            and bool(reporting_verbs(cue, lexicon))
        )
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
                speaker = sentence_reporter(state, *sents[n - 1])
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


def _names_a_source(doc: Doc, start: int, end: int) -> bool:
    """A phrase in marks that is the subject or a source (Wie „heise online“ berichtet,
    laut „Welt“) is a name, not a quotation."""
    if start > 0 and (doc[start - 1].lower_ in ("wie", "laut") or is_preposition(doc[start - 1])):
        return doc[start - 1].lower_ in ("wie", "laut", "von", "bei", "gegenüber")
    return doc[start:end].root.dep_ in SUBJECT_DEPS


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
    if doc[start + 1].is_lower:
        return True
    # "nannte es einen „Militärputsch“", "bezeichnete ihn als „Verräter“" — not "nennt
    # „Twitter“": a capitalised phrase after a verb of naming and an article or "als"
    before = doc[start - 1] if start > 0 else None
    return (
        any(v.naming for v in verbs)
        and before is not None
        and (before.pos_ == "DET" or before.lower_ == "als")
    )


def _span_of(doc: Doc, head: Token | None, q_start: int, q_end: int) -> tuple[int, int] | None:
    if head is None:
        return None
    lo, hi = (0, q_start) if head.i < q_start else (q_end, len(doc))
    return noun_phrase(doc, head, lo, hi)


def _addressee_span(
    doc: Doc, head: Token | None, q_start: int, q_end: int
) -> tuple[int, int] | None:
    """The addressee's phrase without its preposition (gegenüber | Reportern)."""
    span = _span_of(doc, head, q_start, q_end)
    if span is None:
        return None
    start, end = span
    while start < end - 1 and is_preposition(doc[start]):
        start += 1
    return start, end


# --------------------------------------------------------------------------- indirect


def clause_starts(doc: Doc, verb: Token, s_hi: int) -> list[int]:
    """Where the verb's complement may start: after each comma that follows the verb
    (and its particle) before another clause begins (…, Andreas Huber, bekannt, dass …)."""
    particle_end = verb.i
    for child in verb.children:
        if child.dep_ == "compound:prt" or child.tag_ == "PTKVZ":
            particle_end = max(particle_end, child.i)
    starts = []
    for i in range(verb.i + 1, min(s_hi, verb.i + 2 * MAX_FRAME_GAP)):
        t = doc[i]
        if t.text == "," and i >= particle_end:
            starts.append(i + 1)
        elif t.text in (":", ";") or t.text in QUOTE_PAIRS or is_finite(t):
            break
    return starts


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
        if is_finite(t) and not is_infinitive(t) and not t.lower_.endswith(("en", "rn", "ln")):
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
    depth = 0
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
        if verb is not None and is_konjunktiv(verb, lexicon, by_ending=True):
            return "konjunktiv", konjunktiv_end(doc, start, end, lexicon)
    if any(v.indicative for v in verbs) and doc[start].pos_ in ("DET", "NOUN", "PROPN", "PRON"):
        # "Die Universität teilte mit, der Planet begleitet den Stern": a main clause in
        # the indicative after a verb that reports one
        verb = main_clause_verb(doc, start, end, lexicon)
        if verb is not None and verb.i > start + 1 and not opens_subordinate_clause(doc[start]):
            return "indicative", konjunktiv_end(doc, start, end, lexicon)
    return None


def find_indirect_after(state: _State, verb: Token, verbs, s_lo: int, s_hi: int) -> Found | None:
    """X sagte, Y sei Z. / X teilte mit, dass … / X forderte Y auf, Z zu tun."""
    doc = state.doc
    starts = clause_starts(doc, verb, s_hi)
    dass = _dass_child(verb, s_hi)
    if dass is not None and dass not in starts:
        starts.append(dass)
    for start in starts:
        if start >= s_hi:
            continue
        end = complement_end(doc, start, s_hi)
        kind = classify_clause(doc, start, end, verbs, state.lexicon)
        if kind is not None:
            q_start, q_end = trim(doc, start, kind[1])
            return _indirect(doc, verb, verbs, (q_start, q_end), (s_lo, s_hi), state.lexicon)
    return None


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


def find_indirect_before(state: _State, verb: Token, verbs, s_lo: int, s_hi: int) -> Found | None:
    """Y sei Z, sagte X. / Y, sagte X, sei Z."""
    doc = state.doc
    if verb.i - 1 <= s_lo or doc[verb.i - 1].text != ",":
        return None
    start, end = s_lo, verb.i - 1
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
            or is_finite(verb)
        ):
            return None
    # the quote may go on after the frame: "Y, sagte X, sei Z."
    tails = clause_starts(doc, verb, s_hi)
    tail = tails[0] if tails else None
    gap = None
    if tail is not None:
        tail_end = complement_end(doc, tail, s_hi)
        if any(is_konjunktiv(doc[i], state.lexicon) for i in range(tail, tail_end)):
            end, gap = tail_end, (verb.i - 1, tail)
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
        speaker=_span_of(doc, speaker, q_start, q_end),
        addressee=_addressee_span(doc, addressee, q_start, q_end),
    )


def _in_marks(doc: Doc, start: int, end: int) -> bool:
    """The clause is all in quotation marks: a direct quote, not an indirect one."""
    if start == 0 or end >= len(doc):
        return False
    opener = doc[start - 1].text
    return opener in QUOTE_PAIRS and doc[end].text in QUOTE_PAIRS[opener]


def find_indirect(state: _State, sents: list[tuple[int, int]], sent_of: list[int]) -> None:
    doc, lexicon = state.doc, state.lexicon
    for token in doc:
        if state.taken[token.i]:
            continue
        verbs = reporting_verbs(token, lexicon)
        if not verbs:
            continue
        s_lo, s_hi = sents[sent_of[token.i]]
        found = find_indirect_after(state, token, verbs, s_lo, s_hi)
        if found is None:
            found = find_indirect_before(state, token, verbs, s_lo, s_hi)
        if found is not None:
            _add_unless_inside_direct(state, found)


def _add_unless_inside_direct(state: _State, quote: Found) -> None:
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


def find_noun_complements(state: _State, sents: list[tuple[int, int]], sent_of: list[int]) -> None:
    """der Vorwurf, er habe …; die Forderung, X zu tun; mit der Begründung, dass …"""
    doc, lexicon = state.doc, state.lexicon
    for token in doc:
        if token.pos_ != "NOUN" or state.taken[token.i]:
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


def find_anaphoric(state: _State, sents: list[tuple[int, int]], para_of: list[int]) -> None:
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


# --------------------------------------------------------------------------- sources


def find_sources(state: _State, sents: list[tuple[int, int]], sent_of: list[int]) -> None:
    """Source phrases from the lexicon: laut X, X zufolge, nach Angaben X, wie X mitteilte,
    …, so X, demnach, heißt es."""
    doc, lexicon = state.doc, state.lexicon
    for token in doc:
        phrases = lexicon.sources_by_word.get(token.lower_, ())
        if token.pos_ == "NOUN" and lexicon.source_noun(token.text) is not None:
            # "Seiner Meinung nach": phrases that start with a source noun
            phrases = (*phrases, *lexicon.sources_by_word.get("*", ()))
        if not phrases or state.taken[token.i]:
            continue
        s_lo, s_hi = sents[sent_of[token.i]]
        for phrase in phrases:
            end = match_phrase(doc, lexicon, phrase, token.i, s_hi)
            if end is None:
                continue
            found = source_quote(state, phrase, token, end, s_lo, s_hi)
            if found is not None:
                _add_unless_inside_direct(state, found)
                break


def match_phrase(
    doc: Doc, lexicon: ReportingLexicon, phrase: SourcePhrase, i: int, s_hi: int
) -> int | None:
    """End of the phrase's words from token i ('*' = a source noun after up to two
    determiners or adjectives), or None."""
    j = i
    for word in phrase.words:
        if j >= s_hi:
            return None
        if word == "*":
            noun = _source_noun_after(doc, lexicon, j, s_hi)
            if noun is None:
                return None
            j = noun + 1
        elif doc[j].lower_ == word:
            j += 1
        else:
            return None
    return j


def source_quote(
    state: _State, phrase: SourcePhrase, cue: Token, end: int, s_lo: int, s_hi: int
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
        sp_start, sp_end = _np_right(doc, _np_start(doc, sp_start, end), s_hi)
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


def _np_start(doc: Doc, noun: int, floor: int) -> int:
    # include the noun's own determiners and adjectives (nach israelischen Angaben)
    i = noun
    while i - 1 >= floor and doc[i - 1].pos_ in ("DET", "ADJ") and doc[i - 1].lower_ != "nach":
        i -= 1
    return i


def _source_noun_after(doc: Doc, lexicon: ReportingLexicon, i: int, s_hi: int) -> int | None:
    """Index of a source noun after "nach" (nach Angaben, nach israelischen Angaben)."""
    for j in range(i, min(s_hi, i + 3)):
        t = doc[j]
        noun = lexicon.source_noun(t.text)
        if noun is not None:
            return j
        if t.pos_ not in ("DET", "ADJ", "PRON") and not (t.pos_ == "PROPN" and j == i):
            # "nach Grupps Meinung": a name in the genitive may precede the noun
            return None
    return None


def _np_right(doc: Doc, i: int, s_hi: int) -> tuple[int, int]:
    """A noun phrase starting at i: determiners, adjectives, nouns, names, genitives."""
    j = i
    while j < s_hi:
        t = doc[j]
        after_noun = j > i and doc[j - 1].pos_ in ("NOUN", "PROPN")
        if after_noun and (t.pos_ == "ADJ" or t.text in QUOTE_PAIRS):
            break  # adjectives and quoted names after the noun start the clause
        if t.text in QUOTE_PAIRS and j + 1 < s_hi:
            # a name in quotation marks: laut „Welt“
            k = j + 1
            while k < s_hi and doc[k].text not in QUOTE_PAIRS[t.text] and k - j < 8:
                k += 1
            if k < s_hi and doc[k].text in QUOTE_PAIRS[t.text]:
                j = k + 1
            break  # a name in marks ends the phrase
        if t.text == "(":
            k = j + 1
            while k < s_hi and doc[k].text != ")":
                k += 1
            if k < s_hi and k - j < 6:
                j = k + 1
                continue
            break
        if (
            j > i
            and doc[j - 1].pos_ in ("NOUN", "PROPN")
            and (
                t.pos_ in ("NUM", "NOUN")
                and not (t.pos_ == "NOUN" and doc[j - 1].pos_ == "PROPN")
                or t.pos_ == "DET"
                and t.lower_ not in GENITIVE_DETERMINERS
            )
        ):
            break  # a new phrase starts (nach anderen Angaben | neun Stunden)
        if t.pos_ in ("DET", "ADJ", "NOUN", "PROPN", "NUM", "X") or (
            t.lower_ in ("von", "des", "der", "vom") and j > i
        ):
            j += 1
            continue
        if t.text in ("-", "–") or (
            t.pos_ == "CCONJ"
            and j > i
            and j + 1 < s_hi
            and doc[j + 1].pos_ in ("DET", "PROPN", "NOUN")
        ):
            j += 1
            continue
        break
    return i, max(j, i + 1)


def _source_before(state: _State, cue: Token, s_lo: int, s_hi: int) -> Found | None:
    """X zufolge: the noun phrase right before the postposition."""
    doc = state.doc
    sp_start = np_left(doc, cue.i, s_lo)
    if sp_start >= cue.i:
        return None
    return _source_quote(state, cue, (sp_start, cue.i + 1), (sp_start, cue.i), s_lo, s_hi)


def np_left(doc: Doc, end: int, floor: int) -> int:
    """Start of the noun phrase that ends before ``end`` (Angaben der Polizei | zufolge).
    A noun followed by an adjective or another common noun starts a new phrase
    (im vergangenen Jahr | eigenen Angaben)."""
    i = end - 1
    while i >= floor:
        t = doc[i]
        if (
            not (
                t.pos_ in ("DET", "ADJ", "NOUN", "PROPN", "NUM", "X")
                or t.lower_ in ("von", "des", "der", "vom")
            )
            or is_preposition(t)
            and t.lower_ != "von"
        ):
            break
        if i + 1 < end and t.pos_ in ("NOUN", "PROPN"):
            nxt = doc[i + 1]
            if (
                nxt.pos_ == "ADJ"
                or (nxt.pos_ == "NOUN" and t.pos_ == "NOUN")
                or (nxt.pos_ == "DET" and nxt.lower_ not in GENITIVE_DETERMINERS)
            ):
                break
        i -= 1
    return i + 1


def _source_quote(
    state: _State,
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
        if doc[i].text in SENT_END:
            end = i
            break
    return s_lo, end


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
    state: _State, phrase: SourcePhrase, cue: Token, end: int, s_lo: int, s_hi: int
) -> Found | None:
    """Y sei Z, so der Minister. / Y sei Z, heißt es in dem Bericht."""
    doc = state.doc
    speaker = None
    if end < s_hi and doc[end].lower_ in ("dass", "daß"):
        return None  # "so dass" is a conjunction
    if phrase.speaker == "after":
        sp_start, sp_end = _np_right(doc, end, s_hi)
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
    return Found("indirect", start, q_end, cue=(cue.i, end), speaker=speaker)


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
        if t.lower_ in ("in", "bei", "auf", "aus", "von") and i + 1 < hi:
            return _np_right(doc, i + 1, hi)
        if t.lower_ in ("im", "beim") and i + 1 < hi:
            return _np_right(doc, i, hi)
        if t.text in SENT_END or t.text == ",":
            break
    return None


def _wie_frame(
    state: _State, phrase: SourcePhrase, cue: Token, end: int, s_lo: int, s_hi: int
) -> Found | None:
    """Wie X mitteilte, sei Y. / Y sei Z, wie X berichtete. / In dem Bericht heißt es, Y."""
    doc = state.doc
    verb: Token | None = None
    if phrase.speaker == "verb_subject":
        if not (cue.i == s_lo or doc[cue.i - 1].text == ","):
            return None
        for i in range(end, min(s_hi, end + MAX_FRAME_GAP)):
            t = doc[i]
            if t.text == "," or t.text in SENT_END:
                break
            if reporting_verbs(t, state.lexicon) or t.lower_ == "bekannt":
                verb = t
        if verb is None:
            return None
        end = verb.i + 1
    while end < s_hi and (doc[end].tag_ == "PTKVZ" or doc[end].pos_ == "AUX"):
        end += 1
    if phrase.speaker == "none":
        # "In dem Bericht heißt es, …" vs "…, heißt es in dem Bericht."
        at_start = not (cue.i > s_lo and doc[cue.i - 1].text == ",")
    else:
        at_start = all(doc[i].is_punct for i in range(s_lo, cue.i))
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
    if q_end - start < 3 or not any(doc[i].pos_ in ("VERB", "AUX") for i in range(start, q_end)):
        return None
    speaker: tuple[int, int] | None = None
    if verb is not None:
        lo, hi = cue.i + 1, end
        head = subject_of(verb, lo, hi, state.lexicon)
        if head is not None:
            speaker = noun_phrase(doc, head, lo, hi)
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
    return Found("indirect", start, q_end, cue=(cue.i, end), speaker=speaker)


# --------------------------------------------------------------------------- free indirect


def konjunktiv_sentence(doc: Doc, lo: int, hi: int, lexicon: ReportingLexicon) -> str | None:
    """The mood of a sentence's main clause: 'k1' for Konjunktiv I (Das Bündnis müsse …),
    'k2' for Konjunktiv II, 'hearsay' for the modal of reported claims with a perfect
    infinitive (Er soll … bestochen haben), 'plan' for the same modal without one (Der
    Start soll im Mai stattfinden), None otherwise. Verbs in quotation marks and in
    subordinate clauses do not count."""
    start = lo
    while start < hi and (doc[start].is_punct or doc[start].is_space):
        start += 1
    if start >= hi or doc[start].text in QUOTE_PAIRS:
        return None
    verb = main_clause_verb(doc, start, hi)
    if verb is None or verb.i == start and verb.lower_ in CONDITIONAL_VERBS:
        return None
    if _inside_marks(doc, lo, verb.i):
        return None
    if is_konjunktiv1(verb, lexicon):
        return "k1"
    if verb.lower_ in lexicon.hearsay_modals:
        # a perfect infinitive makes it a claim about the past (soll … getötet
        # worden sein), without one it may be a plan (soll im Mai beginnen)
        tail = [x.lower_ for x in doc[max(lo, hi - 4) : hi]]
        return "hearsay" if "sein" in tail or "haben" in tail else "plan"
    if verb.lower_ in lexicon.konjunktiv2_forms and doc[start].lower_ not in ("wenn", "falls"):
        return "k2"
    return None


def _inside_marks(doc: Doc, lo: int, i: int) -> bool:
    """Is token i inside quotation marks opened in this sentence?"""
    stack: list[str] = []
    for t in doc[lo:i]:
        if stack and t.text in QUOTE_PAIRS[stack[-1]]:
            stack.pop()
        elif t.text in QUOTE_PAIRS:
            stack.append(t.text)
    return bool(stack)


def sentence_reporter(state: _State, lo: int, hi: int) -> tuple[int, int] | None:
    """The subject of a reporting verb in a sentence (Die IAEA wirft dem Iran vor, …):
    the speaker that Konjunktiv sentences after it continue."""
    doc = state.doc
    for i in range(lo, hi):
        t = doc[i]
        if t.pos_ in ("VERB", "AUX") and reporting_verbs(t, state.lexicon):
            head = subject_of(t, lo, hi, state.lexicon)
            if head is not None:
                return noun_phrase(doc, head, lo, hi)
    return None


def find_free_indirect(
    state: _State, sents: list[tuple[int, int]], sent_of: list[int], para_of: list[int]
) -> None:
    """Konjunktiv sentences that go on with a report without a frame of their own."""
    doc = state.doc
    report_sents = {sent_of[f.end - 1]: f for f in sorted(state.found, key=lambda f: f.start)}
    last_speaker: tuple[int, int] | None = None
    last_sent = -10
    chain: Found | None = None
    for n, (lo, hi) in enumerate(sents):
        if n in report_sents:
            report = report_sents[n]
            if report.speaker != report.cue or last_speaker is None:
                # "demnach" names no one: the source named before it goes on
                last_speaker = report.speaker
            last_sent = n
        if hi - lo < 4 or not state.free(lo, hi):
            chain = None
            continue
        mood = konjunktiv_sentence(doc, lo, hi, state.lexicon)
        if mood is None:
            chain = None
            continue
        reporter = None
        if n > 0 and last_sent != n - 1 and para_of[n - 1] >= para_of[n] - 1:
            reporter = sentence_reporter(state, *sents[n - 1])
        if reporter is not None:
            last_speaker, last_sent = reporter, n - 1
        near = n - last_sent <= FREE_INDIRECT_REACH and para_of[last_sent] >= para_of[n] - 1
        # Konjunktiv I and claims with "soll … haben" are reported speech even without a
        # report before them (the speaker is then unknown); Konjunktiv II and plans with
        # "soll" only continue a report
        if not (
            mood == "plan"
            and near
            or mood == "k2"
            and n - last_sent == 1
            or mood in ("k1", "hearsay")
        ):
            chain = None
            continue
        speaker = last_speaker if near else None
        start, end = trim_keep_final(doc, lo, hi)
        if chain is not None and para_of[sent_of[chain.end - 1]] == para_of[n]:
            state.taken[chain.end : end] = b"\x01" * (end - chain.end)
            chain.end = end
        else:
            chain = Found("free_indirect", start, end, speaker=speaker, inherited=True)
            if not state.add(chain):
                chain = None
                continue
        last_sent = n


# --------------------------------------------------------------------------- reported


def find_reported(state: _State, sents: list[tuple[int, int]]) -> None:
    """Speech acts without content: Die Nato hat die Forderungen Russlands zurückgewiesen.
    Each main clause of a sentence counts on its own (Die Veranstalter sprachen von
    7.000 Teilnehmern, die Polizei spricht von 4.000)."""
    doc, lexicon = state.doc, state.lexicon
    for lo, hi in sents:
        if hi - lo < 4:
            continue
        root = next((t for t in doc[lo:hi] if t.dep_ == "ROOT"), None)
        if root is None:
            continue
        clauses = main_clauses(doc, root, lo, hi)
        for verb, c_lo, c_hi in clauses:
            if c_hi - c_lo < 4 or not state.free(c_lo, c_hi):
                continue
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
        return any(c.dep_ in ("obj", "obl", "ccomp", "xcomp") for c in verb.children)
    return any(
        t.lower_ == entry.preposition or t.lower_ == "da" + entry.preposition
        for t in verb.doc[lo:hi]
    )


# --------------------------------------------------------------------------- main


def find_quotes(doc: Doc, lexicon: ReportingLexicon | None = None) -> list[Found]:
    """All quotations of a Doc, in text order."""
    lexicon = lexicon or load_lexicon()
    if len(doc) == 0:
        return []
    sents, sent_of, para_of = sentence_bounds(doc)
    state = _State(doc, lexicon, mark_token_spans(doc))
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
    previous: Found | None = None
    for quote in state.found:
        if quote.speaker is None and quote.cue is not None:
            quote.speaker = frame_source_span(doc, quote, sents[sent_of[quote.cue[0]]], lexicon)
        elif quote.speaker is None and quote.kind == "free_indirect" and previous is not None:
            # Konjunktiv far from its frame still goes on with the last named source
            quote.speaker = previous.speaker
        if quote.speaker is not None and quote.speaker != quote.cue:
            previous = quote
    nearest_mentions(doc, state.found, doc._.mentions, lexicon)
    return state.found


def frame_source_span(
    doc: Doc, quote: Found, sentence: tuple[int, int], lexicon: ReportingLexicon
) -> tuple[int, int] | None:
    """A speaker the parse does not give as subject: a name in quotation marks next to the
    cue (schrieb „Die Zeit“; wie „heise online“ berichtet) or, for a passive or impersonal
    cue, the document it stands in (In einer Presseerklärung wurde verkündet, …)."""
    assert quote.cue is not None
    lo, hi = sentence
    cue = quote.cue[0]
    outside = [i for i in range(lo, hi) if not quote.start <= i < quote.end]
    for i in outside:
        if abs(i - cue) > 4 or doc[i].text not in QUOTE_PAIRS:
            continue
        close = next(
            (k for k in range(i + 1, min(hi, i + 8)) if doc[k].text in QUOTE_PAIRS[doc[i].text]),
            None,
        )
        if close is not None and close - i > 1 and not quote.start <= close < quote.end:
            named = doc[i + 1].text[:1].isupper() or doc[i + 1].pos_ in ("PROPN", "NOUN")
            if named or quote.cue[0] <= i < quote.cue[1]:
                return i, close + 1
    verb = doc[cue]
    if is_passive(verb) or verb.lower_ in ("heißt", "hieß", "steht", "stand", "stehe"):
        for i in outside:
            if doc[i].lower_ in ("in", "im") and i + 1 < hi and i < cue:
                start, end = _np_right(doc, i + 1, hi)
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
    start, end = quote.speaker
    names = [t for t in doc[start:end] if t.pos_ in ("PROPN", "NOUN")]
    if not names:
        return None
    word = names[-1].lower_
    for i in range(quote.start - 1, end - 1, -1):
        t = doc[i]
        if t.lower_ == word:
            sent = t.sent
            return noun_phrase(doc, _phrase_head(t), sent.start, sent.end)
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
    requires=["token.dep", "token.morph"],
    assigns=["doc._.quotes"],
)
def make_quotes(nlp: Language, name: str) -> QuoteFinder:
    return QuoteFinder()


class QuoteFinder:
    """spaCy component: ``doc._.quotes``."""

    def __init__(self, lexicon: ReportingLexicon | None = None) -> None:
        self.lexicon = lexicon or load_lexicon()

    def __call__(self, doc: Doc) -> Doc:
        set_annotations(doc, find_quotes(doc, self.lexicon))
        return doc
