"""Names in the parse: person names with particles ("von der Leyen", "Van der Bellen", "de
Maizière"), and common nouns the parser took into a name.

The parser reads the particle of such a name as a preposition and the name as a
prepositional phrase ("[Von]case der Leyen" hung on the verb as ``obl``), most of all at the
start of a sentence, where the particle is capitalised. The clause then has no subject, and
"Von der Leyen kritisierte China" gives no actor. Inside a person's name a particle is part
of the name, not a preposition, and its article says nothing of the name's case.
"""

from __future__ import annotations

from spacy.tokens import Doc, MorphAnalysis, Span, Token

from lagebild.german.scan import tokens_with_dep
from lagebild.german.verbs import (
    PASSIVE_SUBJECT_DEPS,
    SUBJECT_DEPS,
    VERB_POS,
    is_finite,
    morph_values,
)

# Particles of German, Dutch, French, Italian, Spanish and Portuguese family names.
NAME_PARTICLES = frozenset(
    {"von", "vom", "zu", "zum", "zur", "van", "ver", "de", "der", "den", "des", "del", "della",
     "di", "da", "do", "dos", "du", "la", "le", "ten", "ter"}
)  # fmt: skip
PREPOSITIONAL_DEPS = frozenset({"obl", "nmod", "obl:arg"})


def repair_name_particles(doc: Doc) -> list[Token]:
    """Give every person name read as a prepositional phrase its role back; the names'
    heads repaired."""
    repaired = []
    for ent in doc.ents:
        head = _name_read_as_phrase(ent)
        if head is not None:
            _repair(head, ent)
            repaired.append(head)
    return repaired


def _name_read_as_phrase(ent: Span) -> Token | None:
    """The name's head when its particle is labelled the preposition of the name."""
    if ent.label_ != "PER" or len(ent) < 2:
        return None
    head = ent.root
    # the name's own words before its head: particles and first names ("Ursula von der")
    inside = [t for t in ent if t.i < head.i and t.head.i == head.i]
    marked = [t for t in inside if t.dep_ in ("case", "det")]
    if not any(t.dep_ == "case" for t in marked) or head.dep_ not in PREPOSITIONAL_DEPS:
        return None
    return head if all(t.text.lower() in NAME_PARTICLES for t in marked) else None


def _repair(head: Token, ent: Span) -> None:
    for token in ent:
        if token.i < head.i and token.head.i == head.i and token.dep_ in ("case", "det"):
            token.dep_ = "flat:name"
    _drop_case(head)  # the particle's article ("der" tagged dative) gave the name its case
    head.dep_ = _role(head)


def _drop_case(token: Token) -> None:
    features = {k: v for k, v in token.morph.to_dict().items() if k != "Case"}
    token.morph = MorphAnalysis(token.vocab, features)


def _role(head: Token) -> str:
    """Subject when the clause has none, or when the name stands before the finite verb and
    the only subject after it is a bare name, which may be any case (in news the unmarked
    order puts the subject first); otherwise object."""
    verb = head.head
    if verb.pos_ not in VERB_POS:
        return "nmod" if head.dep_ == "nmod" else "obl"
    subjects = [c for c in verb.children if c.dep_ in SUBJECT_DEPS + PASSIVE_SUBJECT_DEPS]
    if not subjects:
        return "nsubj"
    finite = _finite_of(verb)
    if (
        finite is not None
        and head.i < finite.i
        and all(_bare_name_after(s, finite) for s in subjects)
    ):
        for subject in subjects:  # its nominative was read off the missing subject
            subject.dep_ = "obj"
            _drop_case(subject)
        return "nsubj"
    return "obj"


def _finite_of(verb: Token) -> Token | None:
    if is_finite(verb):
        return verb
    return next((c for c in verb.children if c.dep_.startswith("aux") and is_finite(c)), None)


def _bare_name_after(token: Token, finite: Token) -> bool:
    return (
        token.i > finite.i
        and token.pos_ == "PROPN"
        and not any(c.dep_ == "det" for c in token.children)
    )


def looks_genitive(name: Token) -> bool:
    """A name in the genitive by its -s, which the lemmatizer strips ("Russlands", "Moskaus"):
    a name that ends in -s of its own ("Belarus", "Laos") keeps it in its lemma."""
    return name.lower_.endswith("s") and name.lemma_ != name.text


NAME_DEPS = frozenset({"flat", "flat:name"})


def repair_nouns_in_names(doc: Doc) -> list[Token]:
    """ "hat gegen Bolsonaro Anklage erhoben" parsed with "Anklage" as a further word of the
    name: a common noun outside the name's entity is no part of a name but a phrase of its
    own, here the object of the name's verb (the dative if tagged so). The nouns moved."""
    moved = []
    for token in tokens_with_dep(doc, NAME_DEPS):  # relabels only the word it is at
        if token.dep_ not in NAME_DEPS or token.pos_ != "NOUN":
            continue
        name = token.head
        verb = _phrase_head(name).head
        if (
            name.pos_ == "PROPN"
            and token.i > name.i
            and not _same_entity(token, name)
            and verb.pos_ in VERB_POS
            and not any(c.dep_ == "det" for c in token.children)
            and not _saxon_genitive(name, token)
        ):
            token.head = verb
            token.dep_ = "iobj" if morph_values(token, "Case") == ("Dat",) else "obj"
            moved.append(token)
    return moved


def _saxon_genitive(name: Token, noun: Token) -> bool:
    """ "schrieb Obamas Sonderberaterin", "Ken Saro-|Wiwa": a name in the genitive right before
    a noun is that noun's attribute (the noun heads the phrase, it is no object of its own),
    and a word after a hyphen the tokenizer split off is part of the name (treebank: both
    readings were the name repair's only changes there, none of them right)."""
    before = noun.doc[noun.i - 1]
    if before.text == "-" and not before.whitespace_:
        return True
    return before == name and looks_genitive(name)


def _same_entity(token: Token, name: Token) -> bool:
    return bool(token.ent_type_) and token.ent_iob_ != "B" and name.ent_type_ == token.ent_type_


def _phrase_head(name: Token) -> Token:
    """The head of the phrase a name ends: "den früheren Präsidenten Bolsonaro" ends in
    the apposition of "Präsidenten"."""
    while name.dep_ in ("appos", "flat", "flat:name") and name.head != name:
        name = name.head
    return name
