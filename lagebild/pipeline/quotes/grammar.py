"""Grammar helpers over the parse: finiteness, mood, subjects, noun phrases, addressees."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar

from spacy.tokens import Doc, Token

from lagebild.codebook.quotes_loader import (
    ReportingLexicon,
    ReportingVerb,
    SourcePhrase,
)
from lagebild.german.marks import QUOTE_CLOSERS, QUOTE_PAIRS
from lagebild.german.pronouns import is_reflexive_pronoun, is_relative
from lagebild.german.verbs import (
    is_finite,
    is_passive,
    is_reflexive_verb,
    morph_values,
    particle_among,
)
from lagebild.german.words import (
    PREPOSITIONS,
)
from lagebild.pipeline.quotes.core import (
    ADDRESSEE_PREPS,
    EXPLETIVES,
    GENITIVE_DETERMINERS,
    MAX_FRAME_GAP,
    NOMINAL_POS,
    NOMINATIVE_PRONOUNS,
    NOT_SPEAKERS,
    SENT_END,
    SPEAKER_ENTITIES,
    SPEAKER_PRONOUN_TAGS,
    SUBJECT_DEPS,
    SearchState,
)


def is_preposition(token: Token) -> bool:
    # the closed class as a word list too: the small model tags "im", "zum" as DET at times
    return token.pos_ == "ADP" or token.lower_ in PREPOSITIONS


# The answers of ``reporting_verbs`` while one Doc's quotations are found: the frame, subject,
# source, indirect and reported-speech finders ask the same words again and again (10,000
# questions per 150 articles), each answer reads the clause for a particle, and the quotation
# finder changes no parse.
_KEPT: ContextVar[tuple[Doc, ReportingLexicon, dict[int, tuple[ReportingVerb, ...]]] | None] = (
    ContextVar("lagebild_reporting_verbs", default=None)
)


@contextmanager
def reporting_verbs_kept(doc: Doc, lexicon: ReportingLexicon) -> Iterator[None]:
    """Keep ``reporting_verbs``' answers about ``doc`` and ``lexicon`` until the block ends
    (only while no one changes the parse)."""
    reset = _KEPT.set((doc, lexicon, {}))
    try:
        yield
    finally:
        _KEPT.reset(reset)


def reporting_verbs(token: Token, lexicon: ReportingLexicon) -> tuple[ReportingVerb, ...]:
    """The lexicon's reporting verbs the word is (none for most words)."""
    kept = _KEPT.get()
    if kept is None or kept[0] is not token.doc or kept[1] is not lexicon:
        return _reporting_verbs(token, lexicon)
    answers = kept[2]
    found = answers.get(token.i)
    if found is None:
        found = answers[token.i] = _reporting_verbs(token, lexicon)
    return found


def _reporting_verbs(token: Token, lexicon: ReportingLexicon) -> tuple[ReportingVerb, ...]:
    if token.pos_ not in ("VERB", "AUX") and not token.tag_.startswith("V"):
        return ()
    if token.lower_ not in lexicon.verb_words and token.lemma_.lower() not in lexicon.verb_words:
        return ()  # no particle makes it one
    previous = token.doc[token.i - 1].lower_ if token.i > 0 else ""
    particle = particle_among(token, lexicon.particles, 2 * MAX_FRAME_GAP)
    verbs = lexicon.verbs_for(token.text, token.lemma_, particle)
    if not verbs and particle and particle not in lexicon.particles:
        # "sagte weiter": an adverb the parser took for a particle
        verbs = lexicon.verbs_for(token.text, token.lemma_, "")
    if verbs and all(v.reflexive for v in verbs) and not is_reflexive_verb(token):
        return ()  # "zeigte sich überzeugt" reports, "Studien zeigen" does not
    if (
        verbs
        and any(v.naming for v in verbs)
        and any(c.lower_ == "sich" and c.dep_ == "obj" for c in token.children)
    ):
        return ()  # "das nennt sich …", "bezeichnet sich als …": a name, not a report
    if (
        previous in ("wie", "als")
        and not is_finite(token)
        and all(v.type == "thought" for v in verbs)
    ):
        return ()  # "wie geplant", "als erwartet" (but "wie berichtet" reports)
    return verbs


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


# pronoun forms that are never nominative, so never the subject that speaks
OBLIQUE_PRONOUNS = frozenset(
    {
        "dem",
        "denen",
        "den",
        "dessen",
        "deren",
        "derer",
        "ihm",
        "ihn",
        "ihnen",
        "mir",
        "mich",
        "uns",
        "euch",
    }
)


def plausible_speaker(token: Token, lexicon: ReportingLexicon) -> bool:
    """Could this token head a speaker mention? Not a prepositional phrase (am Montag,
    in einem Interview), not a time word, not an expletive or reflexive."""
    if token.lower_ in EXPLETIVES or token.lower_ in NOT_SPEAKERS or is_reflexive_pronoun(token):
        return False
    if token.pos_ == "PRON" or token.tag_ in ("PIS", "PDS"):  # also tagged DET: Einige der …
        if token.lower_ in OBLIQUE_PRONOUNS or any(c.dep_ == "case" for c in token.children):
            return False  # "von dem die Polizei glaubt", "denen X vorwirft"
        return token.tag_ in SPEAKER_PRONOUN_TAGS or bool(
            {"Prs", "Dem", "Ind", "Rel"} & set(morph_values(token, "PronType"))
        )
    # a name the tagger did not know counts whatever its tag (Glos/ADV hatte gesagt)
    named = token.ent_type_ in SPEAKER_ENTITIES and token.text[:1].isupper()
    # nominalised adjectives: der 81-Jährige, die Grünen
    nominalised = token.pos_ == "ADJ" and token.i > 0 and token.doc[token.i - 1].pos_ == "DET"
    if not (named or nominalised or token.pos_ in ("NOUN", "PROPN", "X")):
        return False
    if token.text in lexicon.non_speakers or not any(c.isalpha() for c in token.text):
        return False
    if (
        token.is_sent_start
        and not token.ent_type_
        and token.text[:1].lower() + token.text[1:] in lexicon.common_words
    ):
        return False  # "Sinngemäß hofft Musk, …": a common word opening the sentence
    if any(c.dep_ == "case" and c.i < token.i for c in token.children):
        return False
    left = token.left_edge
    if left.i < token.i and (is_preposition(left) or left.tag_ == "KOKOM"):
        return False  # "in einem Interview", "als Ursache"
    if token.dep_ == "conj" and token.head.i < token.i and token.head.pos_ in ("NOUN", "PROPN"):
        # "auf Spekulationen und den schwachen Dollar": a conjunct shares its head's role
        return plausible_speaker(token.head, lexicon)
    i = token.i - 1
    doc = token.doc
    while i >= 0 and doc[i].pos_ in ("DET", "ADJ", "NUM", "PROPN") and token.i - i < 5:
        if is_preposition(doc[i]):
            return False
        i -= 1
    return not (i >= 0 and is_preposition(doc[i]) and doc[i].lower_ != "von")


def names_an_actor(token: Token) -> bool:
    """Is the token inside a mention the actor linker found (a name, role or pronoun)?"""
    return any(m.start <= token.idx < m.end for m in token.doc._.mentions or [])


def not_nominative(token: Token) -> bool:
    """The phrase is marked for another case (Den Unmut der CDU brachte sie zum Ausdruck).
    A bare name carries no case marking the tagger could see (Russland warnte …)."""
    cases = set() if token.pos_ == "PROPN" else set(morph_values(token, "Case"))
    for child in token.children:
        if child.dep_ == "det" and child.i < token.i:
            cases |= set(morph_values(child, "Case"))
    return bool(cases) and "Nom" not in cases


def subject_of(verb: Token, lo: int, hi: int, lexicon: ReportingLexicon) -> Token | None:
    """The verb's subject (its auxiliary's, for compound tenses) within [lo, hi), from the
    parse when plausible, else guessed from word order."""
    candidates = [verb]
    if verb.dep_ in ("aux", "aux:pass", "cop") or verb.pos_ == "AUX":
        candidates.append(verb.head)
    for v in list(candidates):
        candidates.extend(c for c in v.children if c.dep_ in ("aux", "aux:pass", "xcomp"))
    entries = reporting_verbs(verb, lexicon)
    # the subject of a passive is what was said or done, except of "zitieren"
    # (X wird mit den Worten zitiert)
    cited = any(e.lemma == "zitieren" for e in entries)
    in_passive = is_passive(verb)
    # the parser often calls a passive's subject nsubj (Er wird beschuldigt, …)
    passive = not cited and in_passive
    for v in candidates:
        subjects = [
            child
            for child in v.children
            if (
                child.dep_ in SUBJECT_DEPS and not passive and (child.dep_ != "nsubj:pass" or cited)
            )
            and lo <= child.i < hi
            and plausible_speaker(child, lexicon)
        ]
        if subjects:
            # two "subjects" (Die Anwendung … stellte der Vorsitzende in Frage): the one
            # the noun itself marks nominative, else the one after the verb
            finite = _finite_anchor(verb, lo, hi)
            subjects.sort(
                key=lambda t: (
                    not agrees(t, finite),
                    not names_an_actor(t),
                    "Nom" not in morph_values(t, "Case"),
                    t.i < verb.i,
                )
            )
            child = subjects[0]
            if child.i > finite.i and any(e.addressee_object for e in entries):
                # "X forderte Y auf, …", "X hat Y gebeten, …": after the verb stands the
                # one addressed; the phrase before it speaks
                before = guess_subject(verb, lo, hi, lexicon)
                if (
                    before is not None
                    and before.i < finite.i
                    and before.pos_ in NOMINAL_POS
                    and agrees(before, finite)
                ):
                    return before
            if not_nominative(child):
                # the parser's "subject" is marked for another case: check word order
                return guess_subject(verb, lo, hi, lexicon) or child
            return child
        for child in v.children:
            if child.dep_ == "obl:agent" and lo <= child.i < hi:
                return child
    # "Aus Militärkreisen verlautete, …": the phrase a subjectless verb reports from
    sources = frozenset(e.source_preposition for e in entries) - {""}
    source = _phrase_with(sources, candidates, lo, hi) if sources else None
    if source is not None:
        return source
    if in_passive:
        # "Ihm wird vorgeworfen, …": the dative is no speaker; "von der Feuerwehr
        # aufgefordert": the agent is, whatever relation the parser gave it — but not
        # what is spoken of ("Von Desinformation wird gesprochen")
        if any(e.preposition == "von" for e in entries):
            return None
        return _phrase_with(frozenset({"von", "vom"}), candidates, lo, hi)
    if verb.dep_ == "conj" and verb.head.pos_ in ("VERB", "AUX") and lo <= verb.head.i < hi:
        # "Er lobte X und fügte hinzu, …": the coordinated verbs share the subject
        shared = subject_of(verb.head, lo, hi, lexicon)
        if shared is not None and shared.i < verb.i:
            return shared
    return guess_subject(verb, lo, hi, lexicon)


def agrees(subject: Token, finite: Token) -> bool:
    """Does the subject agree in number with the finite verb? (Einige Moslems haben
    Premierminister Blair geschrieben: the singular noun is no subject of "haben".)"""
    verb_number = set(morph_values(finite, "Number"))
    noun_number = set(morph_values(subject, "Number"))
    for child in subject.children:
        if child.dep_ == "conj":
            return True  # X und Y sagten
        if child.dep_ == "det" and child.i < subject.i and morph_values(child, "Number"):
            # "der UN-Gesandte" tagged plural: the tagger's guess for the noun is unsure
            noun_number &= set(morph_values(child, "Number"))
    if len(verb_number) != 1 or len(noun_number) != 1:
        return True
    return verb_number == noun_number


def _phrase_with(
    prepositions: frozenset[str], candidates: list[Token], lo: int, hi: int
) -> Token | None:
    """The first oblique phrase of the verbs with one of these prepositions."""
    return next(
        (
            c
            for v in candidates
            for c in v.children
            if c.dep_.startswith("obl")
            and lo <= c.i < hi
            and any(g.dep_ == "case" and g.lower_ in prepositions for g in c.children)
        ),
        None,
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
        # "Deiss, der sich … entschlossen hatte, sagte …": skip the inserted phrase
        before = _before_inserted_phrase(doc, start - 1, lo, lexicon)
    after = None
    for i in range(a + 1, min(hi, a + 10)):
        t = doc[i]
        if t.text in (",", ":", ";"):
            break
        if plausible_speaker(t, lexicon):
            after = phrase_head(t)
            break
    if (
        before
        and after is not None
        and names_an_actor(after)
        and not any(names_an_actor(t) for t in before)
    ):
        return after  # "Eine Verschiebung bezeichnete der UN-Gesandte …": the actor speaks
    if before and not (after is not None and inverted(phrase_head(before[0]), after)):
        return phrase_head(before[0])
    return after


def _before_inserted_phrase(
    doc: Doc, comma: int, lo: int, lexicon: ReportingLexicon
) -> list[Token]:
    """Speaker candidates before a relative clause or a verbless apposition that ends at
    ``comma`` (Deiss, der sich … entschlossen hatte, sagte …; Kakamara, 30, beschrieb …)."""
    i = comma - 1
    while i > lo and doc[i].text != ",":
        i -= 1
    if i <= lo or doc[i].text != ",":
        return []
    if not is_relative(doc[i + 1]) and any(is_finite(t) for t in doc[i + 1 : comma]):
        return []  # a clause of its own, not an inserted phrase
    start = i
    while start - 1 >= lo and doc[start - 1].text not in (",", ":", ";", "(", ")"):
        start -= 1
    return [t for t in doc[start:i] if plausible_speaker(t, lexicon)]


def inverted(first: Token, second: Token) -> bool:
    """Is the phrase before the verb an object and the one after it the subject?
    (Den Unmut der CDU brachte die Sprecherin zum Ausdruck.)"""
    return not_nominative(first) and not not_nominative(second)


def phrase_head(token: Token) -> Token:
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
            noun = source_noun_after(doc, lexicon, j, s_hi)
            if noun is None:
                return None
            j = noun + 1
        elif doc[j].lower_ == word:
            j += 1
        else:
            return None
    return j


def np_start(doc: Doc, noun: int, floor: int) -> int:
    # include the noun's own determiners and adjectives (nach israelischen Angaben)
    i = noun
    while i - 1 >= floor and doc[i - 1].pos_ in ("DET", "ADJ") and doc[i - 1].lower_ != "nach":
        i -= 1
    return i


def source_noun_after(doc: Doc, lexicon: ReportingLexicon, i: int, s_hi: int) -> int | None:
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


def closing_mark(doc: Doc, i: int, hi: int, reach: int) -> int | None:
    """The mark closing the quotation mark at i, fewer than ``reach`` tokens on (names in
    marks are short: laut „Welt“)."""
    closers = QUOTE_PAIRS[doc[i].text]
    return next((k for k in range(i + 1, min(hi, i + reach)) if doc[k].text in closers), None)


def _attributed_noun(doc: Doc, start: int, s_hi: int) -> int | None:
    """The noun after an attribute that starts with "von" (vom Kreml veröffentlichten
    Dokument): an adjective followed by a noun within a few words."""
    for k in range(start, min(s_hi - 1, start + 6)):
        if doc[k].pos_ == "ADJ" and doc[k + 1].pos_ in ("NOUN", "PROPN"):
            return k + 1
        if doc[k].is_punct or is_finite(doc[k]):
            return None
    return None


def _after_von(doc: Doc, i: int, j: int) -> bool:
    return any(t.lower_ in ("von", "vom") for t in doc[i:j])


def np_right(doc: Doc, i: int, s_hi: int) -> tuple[int, int]:
    """A noun phrase starting at i: determiners, adjectives, nouns, names, genitives."""
    j = i
    while j < s_hi:
        t = doc[j]
        after_noun = j > i and doc[j - 1].pos_ in ("NOUN", "PROPN")
        if after_noun and (t.pos_ == "ADJ" or t.text in QUOTE_PAIRS):
            break  # adjectives and quoted names after the noun start the clause
        if t.text in QUOTE_PAIRS and j + 1 < s_hi:
            # a name in quotation marks: laut „Welt“
            close = closing_mark(doc, j, s_hi, reach=9)
            if close is not None:
                j = close + 1
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
            and t.ent_iob_ != "I"  # inside one name: United States Geological Survey
            and (
                t.pos_ in ("NUM", "NOUN")
                and not (t.pos_ == "NOUN" and doc[j - 1].pos_ == "PROPN")
                or t.pos_ == "DET"
                and t.lower_ not in GENITIVE_DETERMINERS
            )
        ):
            break  # a new phrase starts (nach anderen Angaben | neun Stunden)
        if t.lower_ in ("von", "vom") and j > i and doc[j - 1].pos_ == "DET":
            # "dem vom Kreml veröffentlichten Dokument": an attribute before the noun
            head = _attributed_noun(doc, j + 1, s_hi)
            if head is not None:
                j = head + 1
                continue
        if t.pos_ == "NOUN" and doc[j - 1].pos_ == "PROPN" and _after_von(doc, i, j):
            break  # "nach Ansicht von ai | Disziplinarmaßnahmen"
        if (
            j > i
            and t.lower_ == "der"
            and j + 1 < s_hi
            and doc[j + 1].pos_ == "ADJ"
            and doc[j + 1].lower_.endswith("e")
        ):
            break  # a genitive adjective ends in -en: "Nachricht | der ursprüngliche X"
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


def _opening_mark(doc: Doc, close: int, floor: int) -> int | None:
    """The opening mark of a short name in marks that closes at ``close``."""
    for k in range(close - 2, max(floor, close - 9) - 1, -1):
        if doc[k].text in QUOTE_CLOSERS and doc[k].text not in QUOTE_PAIRS:
            return None
        if doc[k].text in QUOTE_PAIRS and doc[close].text in QUOTE_PAIRS[doc[k].text]:
            return k
    return None


def np_left(doc: Doc, end: int, floor: int) -> int:
    """Start of the noun phrase that ends before ``end`` (Angaben der Polizei | zufolge).
    A noun followed by an adjective or another common noun starts a new phrase
    (im vergangenen Jahr | eigenen Angaben)."""
    i = end - 1
    while i >= floor:
        t = doc[i]
        if t.text in QUOTE_CLOSERS and (opening := _opening_mark(doc, i, floor)) is not None:
            i = opening - 1  # a name in marks: dem „Figaro“ zufolge
            continue
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


UNFRAMED_NON_REPORTING = frozenset({"stehen", "besagen", "hervorgehen", "heißen", "lauten"})


def sentence_reporter(state: SearchState, lo: int, hi: int) -> tuple[int, int] | None:
    """The subject of a reporting verb in a sentence (Die IAEA wirft dem Iran vor, …):
    the speaker that Konjunktiv sentences after it continue."""
    doc = state.doc
    for i in range(lo, hi):
        t = doc[i]
        verbs = reporting_verbs(t, state.lexicon) if t.pos_ in ("VERB", "AUX") else ()
        # "Räumfahrzeuge standen bereit", "als der Bus hielt": verbs that only report
        # with a complement name no speaker on their own
        if verbs and any(v.lemma not in UNFRAMED_NON_REPORTING for v in verbs):
            head = subject_of(t, lo, hi, state.lexicon)
            if head is not None:
                return noun_phrase(doc, head, lo, hi)
            if is_passive(t) and (document := _document_in(state, lo, hi)) is not None:
                return document
    return None


def _document_in(state: SearchState, lo: int, hi: int) -> tuple[int, int] | None:
    """ "Im Bericht wird die Lage als ernst bezeichnet.": the document a passive report
    stands in (a source noun after in/im) speaks for what follows."""
    doc = state.doc
    for i in range(lo, hi - 1):
        if doc[i].lower_ not in ("in", "im"):
            continue
        start, end = np_right(doc, i + 1, hi)
        if any(state.lexicon.source_noun(t.text) for t in doc[start:end] if t.pos_ == "NOUN"):
            return start, end
    return None


def sentence_actor(state: SearchState, lo: int, hi: int) -> tuple[int, int] | None:
    """The subject of a sentence's main verb when it names an actor (Gabriela X, die
    Vorsitzende des Verbands, verteidigte sein Vorgehen): Konjunktiv after it is theirs."""
    doc = state.doc
    root = next((t for t in doc[lo:hi] if t.dep_ == "ROOT" and t.pos_ in ("VERB", "AUX")), None)
    if root is None:
        return None
    head = subject_of(root, lo, hi, state.lexicon)
    if head is None or head.pos_ == "PRON":
        return None
    mentions = doc._.mentions or []
    if not any(m.start <= head.idx < m.end and m.kind in ("name", "role") for m in mentions):
        return None
    return noun_phrase(doc, head, lo, hi)
