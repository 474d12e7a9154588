"""Parse repair before coding: a finite verb the tagger took for an adjective.

The small model sometimes tags a weak preterite after a fronted adverbial as an attribute of
the subject after it ("Zudem diskutierten[ADJ amod] UN-Mitarbeiter[ROOT] mit den Behörden"),
so no predicate is looked up and the clause has no verb to hang its arguments on. When the
form is a codebook verb's, the verb is restored as the clause's root: the noun it was hung on
becomes its subject and the prepositional phrases after that noun its obliques.
"""

from __future__ import annotations

from spacy.tokens import Doc, MorphAnalysis, Token

from lagebild.codebook.loader import Codebook
from lagebild.german.verbs import is_mistagged_preterite, verb_keys
from lagebild.german.words import ADJECTIVE_PARTICLES

FINITE_PAST = {"Mood": "Ind", "Tense": "Past", "VerbForm": "Fin"}


def repair_mistagged_preterites(doc: Doc, codebook: Codebook) -> list[Token]:
    """Restore every mis-tagged preterite of a codebook verb; the verbs restored."""
    found = [
        t
        for t in doc
        if is_mistagged_preterite(t)
        and any(codebook.verbs(k) for k in verb_keys(t, codebook.strong_forms))
    ]
    for verb in found:
        _restore(verb)
    return found


def repair_adjective_particles(doc: Doc) -> list[Token]:
    """ "stellt der Ukraine 500 Millionen Euro bereit": the model reads the particle of
    "bereitstellen" as a predicative adjective and hangs the object on it, so the verb is
    "stellen" with no object. At the end of the clause of one of its few verbs the word is
    the particle: it becomes one, and what hung on it the verb's. The particles repaired."""
    found = [t for t in doc if _is_adjective_particle(t)]
    for word in found:
        verb = word.head
        for child in list(word.children):
            child.head = verb
        word.dep_, word.tag_ = "compound:prt", "PTKVZ"
    return found


def _is_adjective_particle(word: Token) -> bool:
    verb = word.head
    verbs = ADJECTIVE_PARTICLES.get(word.lower_)
    if not verbs or verb == word or verb.i > word.i or verb.lemma_.lower() not in verbs:
        return False
    # the last word of the clause ("… bereit." / "… bereit, um …"), not "bereit zu"
    nxt = word.doc[word.i + 1] if word.i + 1 < len(word.doc) else None
    return word.dep_ in ("xcomp", "advmod", "dep") and (nxt is None or nxt.is_punct)


def _restore(verb: Token) -> None:
    subject, root = verb.head, verb.sent.root
    verb.pos_, verb.tag_ = "VERB", "VVFIN"
    verb.morph = MorphAnalysis(verb.vocab, FINITE_PAST)
    verb.head, verb.dep_ = verb, "ROOT"
    for token in verb.sent:
        if token.head.i == root.i and token.i not in (root.i, verb.i):
            token.head = verb
    if root.i != verb.i:
        root.head, root.dep_ = verb, "obl"  # "Laut faz.net" taken for the root
    # prepositional phrases after the subject belong to the verb ("appellierte Steinmeier
    # an die Teilnehmer", "diskutierten UN-Mitarbeiter mit den Behörden"); a genitive stays
    for child in list(subject.children):
        if child.i > subject.i and child.dep_ == "nmod" and _has_preposition(child):
            child.head, child.dep_ = verb, "obl"
        # a bare phrase after the subject that is no genitive is the object ("töteten
        # israelische Soldaten drei Palästinenser" with the object hung on the subject)
        elif child.i > subject.i and child.dep_ == "nmod" and not _genitive(child):
            child.head, child.dep_ = verb, "obj"
    subject.head, subject.dep_ = verb, "nsubj"


def _genitive(token: Token) -> bool:
    cases = [c.morph.get("Case") for c in token.children if c.dep_ == "det"]
    return "Gen" in token.morph.get("Case") or any("Gen" in case for case in cases)


def _has_preposition(token: Token) -> bool:
    return any(c.dep_ == "case" and c.pos_ == "ADP" for c in token.children)
