"""Token-level helpers: words of a Doc, the dateline, places, subjects, titles, plurals."""

from __future__ import annotations

import re

from spacy.attrs import IS_PUNCT, IS_SPACE, ORTH, POS, SPACY
from spacy.parts_of_speech import NAMES as POS_NAMES
from spacy.tokens import Doc, Token

from lagebild.german.scan import form_places, string_of
from lagebild.german.verbs import morph_values
from lagebild.kb.actor_words import actor_words
from lagebild.kb.loader import KnowledgeBase, RoleWord
from lagebild.pipeline.actors.core import (
    DETERMINERS,
    LOCATIVE_PREPOSITIONS,
    SINGULAR_ARTICLES,
    SUBJECT_DEPS,
    Found,
)
from lagebild.pipeline.actors.registry import Words

WORDS_KEY = "lagebild_actors_words"
_POS_NAMES = {int(k): v for k, v in POS_NAMES.items()}


def words_of(doc: Doc) -> Words:
    """The Doc's ``Words``, built once while ``lagebild_actors`` runs."""
    cached = doc.user_data.get(WORDS_KEY)
    if cached is not None and len(cached.text) == len(doc):
        return cached
    # One array call instead of a Token object per word.
    rows = doc.to_array([ORTH, POS, IS_PUNCT, IS_SPACE, SPACY]).tolist() if len(doc) else []
    text = [string_of(doc, row[0]) for row in rows]
    pos = [_POS_NAMES.get(row[1], "") for row in rows]
    after = [" " if row[4] else "" for row in rows]
    skip = [bool(row[2] or row[3]) for row in rows]
    # the same positions german.scan keeps for the repairs and places, keyed by the form
    by_lower = {string_of(doc, key): at for key, at in form_places(doc).items()}
    sentence = [(0, len(doc))] * len(doc)
    if doc.has_annotation("SENT_START") or doc.has_annotation("DEP"):
        for sent in doc.sents:
            sentence[sent.start : sent.end] = [(sent.start, sent.end)] * (sent.end - sent.start)
    words = Words(text, pos, after, skip, by_lower, sentence)
    doc.user_data[WORDS_KEY] = words
    return words


# --- tokens (helpers) ----------------------------------------------------------------------------


def dateline_tokens(doc: Doc) -> set[int]:
    """Tokens of the dateline (``Peking (dpa) -``): nothing there is an actor mention."""
    dateline = doc._.meta.dateline
    if dateline is None or dateline.end <= dateline.start:
        return set()
    # The text's length without building doc.text (a join over every token).
    text_end = doc[-1].idx + len(doc[-1].text_with_ws) if len(doc) else 0
    span = doc.char_span(dateline.start, min(dateline.end, text_end), alignment_mode="contract")
    return set(range(span.start, span.end)) if span is not None else set()


def is_place_use(doc: Doc, start: int) -> bool:
    """A name after a locative preposition is a place: ``in Peking``, ``nach Moskau``,
    ``in der russischen Hauptstadt Moskau`` (articles, adjectives and one noun between)."""
    i = start - 1
    nouns = 0
    while i >= 0 and i >= start - 4:
        tok = doc[i]
        low = tok.lower_
        if low in LOCATIVE_PREPOSITIONS:
            return not _owner_of_bare_noun(doc, i, start)
        if low in DETERMINERS or tok.pos_ == "ADJ" or tok.pos_ == "NOUN" and nouns == 0:
            nouns += tok.pos_ == "NOUN"
            i -= 1
            continue
        return False
    return False


def _owner_of_bare_noun(doc: Doc, preposition: int, start: int) -> bool:
    """``nach Angaben Kiews``, ``auf Drängen Bamakos``, ``auf Druck der USA``: ``nach`` or
    ``auf`` with a bare noun (no article) is a source or a cause, not a place; the name after
    the noun is whose it is. (A place takes the article: ``im Zentrum Kiews``, ``auf dem
    Maidan``; ``nach`` names a goal by the bare name: ``nach Moskau``.)"""
    if doc[preposition].lower_ not in SOURCE_PREPOSITIONS or preposition + 1 >= start:
        return False  # "nach Moskau": the name itself
    noun = doc[preposition + 1]
    return noun.pos_ == "NOUN" and noun.text[:1].isupper()


SOURCE_PREPOSITIONS = frozenset({"nach", "auf"})


def is_aimed_at(doc: Doc, start: int) -> bool:
    """``Druck auf Belgrad``, ``Hoffnung auf Berlin``, ``Angriffe auf Kiew``: ``auf`` right
    before a capital names whom pressure, hope or an attack is aimed at, never where
    something is (German says ``in Belgrad``; ``auf`` takes islands, which are states' names,
    and squares, which take an article: ``auf dem Maidan``)."""
    return start > 0 and doc[start - 1].lower_ == "auf"


# The impersonal report of news ("hieß es", "verlautete"): actor_words.yaml, report_verbs.


def is_reported_from(doc: Doc, start: int, end: int) -> bool:
    """``In Seoul hieß es, …``, ``In Peking verlautete …``, ``hieß es in Washington``: a
    capital after ``in`` right next to the verb of an impersonal report names who spoke —
    news write a government by its seat when they give no speaker."""
    if start == 0 or doc[start - 1].lower_ != "in":
        return False
    return _impersonal_report(doc, end) or _impersonal_report(doc, start - 3)


def _impersonal_report(doc: Doc, i: int) -> bool:
    """Whether ``hieß es``/``heißt es`` or ``verlautete``/``verlautet`` begins at ``i``."""
    if i < 0 or i >= len(doc) or doc[i].lower_ not in actor_words().report_verbs:
        return False
    if doc[i].lower_.startswith("verlautet"):
        return True
    return i + 1 < len(doc) and doc[i + 1].lower_ == "es"


def is_subjectish(token: Token) -> bool:
    """Subject, or the agent of a passive ("von einer Armeesprecherin bestätigt") even when
    the parser calls it a plain ``obl``."""
    if token.dep_ in SUBJECT_DEPS:
        return True
    if token.dep_ != "obl" or not any(
        c.dep_ == "case" and c.lower_ in ("von", "vom", "durch") for c in token.children
    ):
        return False
    return any(c.dep_ in ("aux:pass", "auxpass") for c in token.head.children)


def phrase_head(doc: Doc, found: Found) -> Token:
    """The token the parser hangs the mention's phrase on. For a titled name (``Der
    türkische Präsident Recep Tayyip Erdogan``, ``Kremlsprecher Dmitri Peskow``) that is
    the title: German puts the name after it as an apposition (appos/flat), so the name's
    last word, the mention's head for linking, is never the subject; the title is."""
    token = doc[found.head]
    while found.start <= token.head.i < found.end and token.head.i != token.i:
        token = token.head
    return token


def is_subject(doc: Doc, found: Found) -> bool:
    """Whether the mention's phrase is the subject (or a passive's agent) of its clause."""
    return is_subjectish(phrase_head(doc, found))


def acts_in(doc: Doc, found: Found) -> bool:
    """The mention is the subject, by the parse or (when the parse is wrong) because a
    finite verb follows right after it: "Großbritannien plane, ..."."""
    if is_subjectish(doc[found.head]):
        return True
    if _after_preposition(doc, found.start):
        return False  # "an der Grenze zu Belarus will Polen …": a preposition's noun is no subject
    nxt = doc[found.end] if found.end < len(doc) else None
    return (
        nxt is not None and nxt.pos_ in ("VERB", "AUX") and "Fin" in morph_values(nxt, "VerbForm")
    )


def _after_preposition(doc: Doc, start: int) -> bool:
    """Whether a preposition opens the phrase starting at ``start`` (``zu Belarus``, ``in
    der Ukraine``)."""
    before = start - 1
    if before > 0 and doc[before].pos_ == "DET":
        before -= 1
    return before >= 0 and doc[before].pos_ == "ADP"


def is_capitalised(text: str) -> bool:
    return text[:1].isupper()


def gender_of(token: Token) -> str | None:
    gender = morph_values(token, "Gender")
    return {"Masc": "m", "Fem": "f", "Neut": "n"}.get(gender[0]) if len(gender) == 1 else None


def article_gender(doc: Doc, start: int) -> str | None:
    """The gender of the article that opens a name (``die 22-jährige Mahsa Amini``, ``eine
    junge Iranerin``: the article and its adjectives agree with the person, whom German
    names with an article only after an attribute). The tagger reads foreign names by
    their ending (``Amini`` Masc), the article by its form; None without a singular
    article right before the name and its adjectives."""
    i = start - 1
    while i >= 0 and (doc[i].pos_ == "ADJ" or doc[i].tag_ == "ADJA"):
        i -= 1  # "22-jährige" is ADJA, but the parser may call it NOUN
    if i < 0 or i == start - 1 or doc[i].pos_ != "DET":
        return None
    if morph_values(doc[i], "Number") != ("Sing",):
        return None
    return gender_of(doc[i])


def sentence_bounds(doc: Doc, i: int) -> tuple[int, int]:
    """Start and end token of the sentence of token ``i`` (the whole Doc without sentence
    boundaries)."""
    return words_of(doc).sentence[i]


def sentence_start(doc: Doc, i: int) -> int:
    return sentence_bounds(doc, i)[0]


# What ends a sentence for real; the parser of the small model also starts sentences
# after a dateline or a title ("Kinshasa (dpa) - EU-Kommissar | Louis Michel besuchte").
SENTENCE_END = frozenset('.!?:;…"“”»«')


def clause_start(doc: Doc, i: int) -> int:
    """The start of token ``i``'s sentence, reaching back over sentence starts the parser
    put where no sentence ended (no final punctuation, no line break before them)."""
    start = sentence_start(doc, i)
    while (
        start > 0 and doc[start - 1].text[-1:] not in SENTENCE_END and not doc[start - 1].is_space
    ):
        start = sentence_start(doc, start - 1)
    return start


def is_former(token: Token) -> bool:
    """``der frühere Präsident``, ``Ex-Kanzler``: not the office holder at the date."""
    if token.lower_.startswith(("ex-", "alt-")):
        return True
    former = actor_words().former_markers
    return any(t.lower_.startswith(former) for t in token.doc[max(0, token.i - 3) : token.i])


def is_plural(token: Token, word: RoleWord) -> bool:
    """``Soldaten``, ``Diplomaten``: a person role word used in the plural is a group.
    The article decides where it can (``der Bürgermeister`` is one)."""
    for child in token.doc[max(0, token.i - 3) : token.i]:
        if child.lower_ in SINGULAR_ARTICLES:
            return False
        if child.lower_ in DETERMINERS and morph_values(child, "Number"):
            return morph_values(child, "Number") == ("Plur",)
    number = morph_values(token, "Number")
    if number:
        return number == ("Plur",)
    return token.text.endswith(("en", "innen")) and not word.title.endswith(("en", "e"))


def is_spokesperson(word: RoleWord) -> bool:
    return word.title.lower().endswith("sprecher")


def title_gender(title_text: str, word: RoleWord) -> str | None:
    """``Präsidentin`` → f, ``Präsident`` → m (the title as written, against its base form)."""
    if title_text.endswith(("in", "innen")) and not word.title.endswith(("in", "innen")):
        return "f"
    return "m" if title_text[:1].isupper() else None


def title_states(title: str | None, kb: KnowledgeBase) -> list[str]:
    """States the headline names or is set in (``Mannheim: Friedensmarsch`` → DEU)."""
    if not title:
        return []
    codes: list[str] = []
    words = re.findall(r"[\wÄÖÜäöüß-]+", title)
    i = 0
    while i < len(words):
        # Longest first: "Republik Kongo" is COG, "Kongo" alone COD.
        for n in (3, 2, 1):
            word = " ".join(words[i : i + n])
            hits = kb.lookup(word) or (kb.lookup_prefix(word) if "-" in word and n == 1 else [])
            state = next(
                (
                    kb.entries[hit.entry_id]
                    for hit in hits
                    if kb.entries[hit.entry_id].kind == "state"
                    and hit.form in ("name", "adjective", "place")
                    and (n == 1 or not hit.ambiguous)
                ),
                None,
            )
            city = kb.city_state(word) if state is None and not hits else None
            if state is not None or city is not None:
                codes.append(city or state.code or state.id)  # type: ignore[union-attr]
                break
        i += n if (state is not None or city is not None) else 1
    return codes
