"""Parse repairs before coding: a finite verb the tagger took for an adjective; an object
name the parser hung on the person's or state's name before it; the article of a masculine
state name taken for a plural's.

The small model sometimes tags a weak preterite after a fronted adverbial as an attribute of
the subject after it ("Zudem diskutierten[ADJ amod] UN-Mitarbeiter[ROOT] mit den Behörden"),
so no predicate is looked up and the clause has no verb to hang its arguments on. When the
form is a codebook verb's, the verb is restored as the clause's root: the noun it was hung on
becomes its subject and the prepositional phrases after that noun its obliques.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache
from weakref import WeakKeyDictionary

from spacy.attrs import HEAD, IDX, LENGTH
from spacy.tokens import Doc, MorphAnalysis, Span, Token

from lagebild.codebook.loader import Codebook
from lagebild.codebook.quotes_loader import load_lexicon
from lagebild.german.lexicon import german_words
from lagebild.german.memo import by_identity
from lagebild.german.names import looks_genitive
from lagebild.german.pronouns import nearest_antecedent
from lagebild.german.scan import tokens_among, tokens_with_dep, tokens_with_pos, tokens_with_tag
from lagebild.german.verbs import (
    PRETERITE_ENDINGS,
    infinitive_guesses,
    is_finite,
    is_infinitive,
    is_mistagged_preterite,
    is_participle_form,
    morph_values,
    verb_key,
    verb_keys,
)
from lagebild.german.words import ADJECTIVE_PARTICLES, RELATIVE_TAGS, SEPARABLE_PARTICLES
from lagebild.pipeline.events.arguments import is_time_noun

FINITE_PAST = {"Mood": "Ind", "Tense": "Past", "VerbForm": "Fin"}


# the forms of the particles the tagger reads as adjectives ("bereit" of "bereitstellen")
PARTICLE_FORMS = frozenset(ADJECTIVE_PARTICLES)
# The parts of speech the per-word tests below take first (a name re-hung is a proper noun; a
# mis-tagged preterite is an adjective or verb): only such words are asked at all.
NAME_POS = ("PROPN",)
MISTAGGED_PRETERITE_POS = ("ADJ", "VERB")
AND_FORMS = frozenset({"und"})


def repair_mistagged_preterites(doc: Doc, codebook: Codebook) -> list[Token]:
    """Restore every mis-tagged preterite of a codebook verb; the verbs restored."""
    found = [
        t
        for t in tokens_with_pos(doc, MISTAGGED_PRETERITE_POS)
        if is_mistagged_preterite(t)
        and any(codebook.verbs(k) for k in verb_keys(t, codebook.strong_forms))
    ]
    for verb in found:
        _restore(verb)
    return found


def repair_coordinated_preterites(doc: Doc, codebook: Codebook) -> list[Token]:
    """ "Die USA verurteilten den Angriff und sicherten[ADJ] Südkorea ihre Unterstützung zu":
    after "und" the tagger reads a weak preterite as an attribute of the noun after it. An
    attribute has no separable particle; when the clause ends in one that makes the form a
    codebook verb ("zu" + "sicherte" = "zusichern"), the word is the second verb of the
    coordination: it takes the bare phrases up to the particle as its dative and accusative
    objects and shares the subject of the verb before "und". The verbs restored."""
    found = []
    # only the word after each "und" is asked (a rare word: no pass over all tokens)
    for conjunction in tokens_among(doc, AND_FORMS):
        if conjunction.i + 1 >= len(doc):
            continue
        word = doc[conjunction.i + 1]
        strong = strong_separable_forms(codebook).get(word.lower_)
        prt = _coordinated_preterite_particle(word, strong is not None)
        guesses = [strong] if strong else infinitive_guesses(word.lower_)
        if prt is None or not any(codebook.verbs(prt.lower_ + k) for k in guesses):
            continue
        first = _governing_verb(word)
        if first is None:
            continue
        _restore_conjunct(word, first, prt)
        if strong:
            word.lemma_ = strong
        found.append(word)
    return found


# labels of the words a mis-tagged verb's clause hung on it or its old head that are no
# argument of their own (they keep their label)
_KEPT_LABELS = frozenset({"nsubj", "punct", "cc", "advmod", "compound:prt", "mark"})
# labels of the clause's parts (not of a noun's attributes) the parser hung on a noun it took
# for the root
_CLAUSE_LABELS = frozenset(
    {"punct", "compound:prt", "advmod", "obl", "nsubj", "mark", "advcl", "parataxis", "ccomp"}
)


def strong_separable_forms(codebook: Codebook) -> dict[str, str]:
    """The finite forms of the codebook's strong verbs that have a separable particle in
    the codebook ("lud" -> "laden" of "einladen", "bot" -> "bieten" of "anbieten"), each
    with its infinitive: a small set computed once per codebook."""
    return _strong_separable_of(codebook)[0]


def _strong_separable(codebook: Codebook) -> tuple[dict[str, str], frozenset[str]]:
    """``strong_separable_forms`` and the same forms as one set to look up."""
    forms = {
        form: infinitive
        for form, infinitive in codebook.strong_forms.items()
        if form != infinitive
        and form.isalpha()
        and not form.startswith("ge")
        and any(codebook.verbs(p + infinitive) for p in SEPARABLE_PARTICLES)
    }
    return forms, frozenset(forms)


# kept per codebook by its identity, the codebook held beside them: a table keyed by the bare
# id() would hand a later codebook at the same address the forms of a freed one
_strong_separable_of: Callable[[Codebook], tuple[dict[str, str], frozenset[str]]] = by_identity(
    _strong_separable, limit=16
)


def repair_strong_preterites(doc: Doc, codebook: Codebook) -> list[Token]:
    """ "Sie lud den Präsidenten zu Beratungen nach Berlin ein", "Er bot Indien eine
    Untersuchung an": the model does not know some rare strong preterites ("lud", "bot",
    "drangen") and tags them as adverb, article or adjective, so the clause has no verb and
    the invitation or offer is never coded (in raw_de "lud … ein" was mis-tagged in all
    three sentences). A strong finite form of a codebook verb whose particle closes the
    clause ("lud" + "ein" = "einladen") is that verb: it becomes the clause's finite verb,
    the particle its particle, and the phrases of its clause its subject, objects and
    obliques. The verbs restored."""
    forms, form_set = _strong_separable_of(codebook)
    found = []
    # only the words of that small set are asked (no pass over all tokens)
    for word in tokens_among(doc, form_set):
        if word.pos_ in ("VERB", "AUX") or not word.text.islower() or word.i == word.sent.start:
            continue
        prt = _closing_particle(word, forms[word.lower_], codebook)
        if prt is None:
            continue
        if not _restore_strong(word, prt, forms[word.lower_]):
            continue
        found.append(word)
    return found


def _closing_particle(word: Token, infinitive: str, codebook: Codebook) -> Token | None:
    """The particle closing the word's clause that makes the infinitive a codebook verb, or
    None: the word before a punctuation mark, up to the next verb or the clause's end (past
    the commas of an enumeration: "lud den Präsidenten, den Premier und Tusk … ein")."""
    doc = word.doc
    for tok in doc[word.i + 1 : word.sent.end]:
        if tok.pos_ in ("VERB", "AUX", "SCONJ"):
            return None
        if tok.is_punct:
            before = doc[tok.i - 1]
            if before.i > word.i + 1 and before.lower_ in SEPARABLE_PARTICLES:
                return before if codebook.verbs(before.lower_ + infinitive) else None
            if tok.text != ",":
                return None
    # the particle ends the sentence (the model may split off the full stop)
    last = doc[word.sent.end - 1]
    if last.i > word.i + 1 and last.lower_ in SEPARABLE_PARTICLES:
        return last if codebook.verbs(last.lower_ + infinitive) else None
    return None


def _restore_strong(verb: Token, prt: Token, infinitive: str) -> bool:
    """Make the word the finite verb of its clause; False (and nothing changed) when the
    clause is not the sentence's main clause from its start to the particle."""
    sent = verb.sent
    root = sent.root
    if prt.head == verb:
        _as_finite_verb(verb, infinitive)
        _dative_first([c for c in verb.children if c.dep_ == "obj"])
        return True  # the tree is right; only the tag was wrong
    clause = verb.doc[sent.start : prt.i + 1]
    if not sent.start <= root.i <= prt.i or any(
        t.pos_ in ("VERB", "AUX") and is_finite(t) for t in clause
    ):
        return False  # another verb: a coordination or a clause of its own
    _as_finite_verb(verb, infinitive)
    verb.head, verb.dep_ = verb, "ROOT"
    doc = verb.doc
    for token in doc[sent.start : prt.i + 1]:
        if token == verb:
            continue
        # what hung on the old root, and what after the verb hung on the first phrase before
        # it (the Vorfeld holds one phrase), is the verb's
        if token == root or (token.i > verb.i and token.head.i < verb.i):
            token.head = verb
        elif token.head == root and (token.i < verb.i or token.dep_ in _CLAUSE_LABELS):
            token.head = verb  # the old root's own attributes stay with it
    for token in doc[prt.i + 1 : sent.end]:
        if token.head == root and token != verb and token.dep_ in _CLAUSE_LABELS:
            token.head = verb
    prt.head, prt.dep_, prt.tag_ = verb, "compound:prt", "PTKVZ"
    _label_arguments(verb, prt)
    return True


def _as_finite_verb(verb: Token, infinitive: str) -> None:
    verb.pos_, verb.tag_, verb.lemma_ = "VERB", "VVFIN", infinitive
    verb.morph = MorphAnalysis(verb.vocab, FINITE_PAST)


def _label_arguments(verb: Token, prt: Token) -> None:
    """A phrase with a preposition is an oblique, a bare one an object; the subject keeps its
    label, and a bare phrase right before the verb is the subject when none is labelled."""
    for child in verb.children:
        if child == prt or child.pos_ not in ("NOUN", "PROPN", "PRON", "NUM"):
            continue
        if child.dep_ in _KEPT_LABELS and child.dep_ != "advmod":
            continue  # a noun is no adverb: "Gestern lud die Ministerin[advmod] …"
        if _has_preposition(child):
            child.dep_ = "obl"
        else:
            child.dep_ = "obj"
    objects = [c for c in verb.children if c.dep_ == "obj"]
    if objects and not any(c.dep_ == "nsubj" for c in verb.children):
        # a bare phrase before the verb fills the Vorfeld as the subject; after a fronted
        # adverbial the subject comes first after the verb, unless its case is accusative
        first = objects[0]
        if first.i < verb.i or not _accusative_form(first):
            first.dep_ = "nsubj"
            objects = objects[1:]
    _dative_first(objects)


def _dative_first(objects: list[Token]) -> None:
    if len(objects) > 1:
        objects[0].dep_ = "iobj"  # of two bare objects the first is the dative


_ACCUSATIVE_FORMS = frozenset({"den", "einen", "ihn", "mich", "dich", "uns", "euch"})


def _accusative_form(noun: Token) -> bool:
    """The phrase shows the accusative (not "den" before a plural, which is the dative)."""
    if noun.lower_ in _ACCUSATIVE_FORMS and noun.pos_ == "PRON":
        return True
    dets = [c.lower_ for c in noun.children if c.dep_ == "det" and c.i < noun.i]
    return "einen" in dets or ("den" in dets and "Sing" in morph_values(noun, "Number"))


def _coordinated_preterite_particle(word: Token, strong: bool = False) -> Token | None:
    """The clause-final particle after a weak preterite (or a strong finite form of a
    codebook verb, ``strong``: "und bot Gespräche an") tagged as an attribute right after
    "und", or None."""
    # tagged an attributive adjective, or a verb still hung on the noun as its attribute
    if word.dep_ != "amod" or not (word.tag_ == "ADJA" or word.pos_ == "VERB"):
        return None
    if not word.text.islower():
        return None
    if not (strong or word.lower_.endswith(PRETERITE_ENDINGS)) or word.i == 0:
        return None
    if word.doc[word.i - 1].lower_ != "und" or word.head.i <= word.i:
        return None
    for tok in word.doc[word.i + 1 : word.sent.end]:
        if tok.is_punct or tok.pos_ in ("VERB", "AUX", "SCONJ"):
            before = tok.doc[tok.i - 1]
            return before if before.tag_ == "PTKVZ" and before.i > word.head.i else None
    return None


def _governing_verb(word: Token) -> Token | None:
    """The finite verb before the word its noun hangs on (the first verb of the coordination)."""
    head = word.head
    for _ in range(4):
        head = head.head
        if head.pos_ in ("VERB", "AUX") and head.i < word.i and is_finite(head):
            return head
        if head.head == head:
            return None
    return None


def _restore_conjunct(verb: Token, first: Token, prt: Token) -> None:
    """Make the word the finite verb coordinated with ``first``, with its particle and the
    phrases before the particle as its arguments."""
    verb.pos_, verb.tag_ = "VERB", "VVFIN"
    verb.morph = MorphAnalysis(verb.vocab, FINITE_PAST)
    verb.head, verb.dep_ = first, "conj"
    doc = verb.doc
    doc[verb.i - 1].head = verb  # "und"
    prt.head, prt.dep_ = verb, "compound:prt"
    # the phrases between the verb and the particle whose heads lie outside them: the first
    # of two bare ones is the dative object, the last the accusative one
    phrases = [t for t in doc[verb.i + 1 : prt.i] if not (verb.i < t.head.i < prt.i) or t.head == t]
    bare = [t for t in phrases if not _has_preposition(t) and t.pos_ in ("NOUN", "PROPN")]
    for t in phrases:
        t.head, t.dep_ = verb, "obl" if _has_preposition(t) else "obj"
    if len(bare) > 1:
        bare[0].dep_ = "iobj"


def repair_adverbial_participles(doc: Doc) -> list[Token]:
    """ "Die EU-Kommission habe Washington wiederholt eine Verhandlungslösung angeboten": the
    model reads the adverb "wiederholt" (a participle used as adverb, like "verstärkt",
    "gezielt") as the finite verb and hangs the clause on it. A German clause has one finite
    verb: a finite-tagged participle form after the clause's finite auxiliary and before its
    non-finite verb is in the middle field, an adverb. The non-finite verb takes its place and
    its dependents. The words repaired."""
    found = []
    for word in tokens_with_tag(doc, ("VVFIN",)):  # the first test of _bracketed_verb
        verb = _bracketed_verb(word)
        if verb is None:
            continue
        for child in list(word.children):
            if child != verb:
                child.head = verb
        for aux in [c for c in verb.children if c.dep_ == "aux"]:
            # the subject the parser hung on the auxiliary ("Die USA haben Israel …")
            for child in list(aux.children):
                child.head = verb
        if word.head == word:
            verb.head, verb.dep_ = verb, word.dep_
        else:
            verb.head, verb.dep_ = word.head, word.dep_
        word.head, word.dep_ = verb, "advmod"
        word.pos_, word.tag_, word.lemma_ = "ADV", "ADJD", word.lower_
        word.morph = MorphAnalysis(word.vocab, {})
        found.append(word)
    return found


def _bracketed_verb(word: Token) -> Token | None:
    """The non-finite verb closing the verbal bracket around ``word``, if ``word`` is a
    finite-tagged form in "-t" between its clause's finite auxiliary and that verb."""
    if word.tag_ != "VVFIN" or not word.lower_.endswith("t"):
        return None
    children = list(word.children)
    if not any(c.dep_ == "aux" and c.tag_ in ("VAFIN", "VMFIN") and c.i < word.i for c in children):
        return None
    closing = [
        c
        for c in children
        if c.i > word.i and c.tag_ in ("VVPP", "VVINF", "VVIZU") and c.dep_ in ("xcomp", "ccomp")
    ]
    if not closing:
        return None
    verb = closing[0]
    if any(t.is_punct or t.tag_ in ("KON", "KOUS") for t in _between(word, verb)):
        return None  # another clause in between: "hat gesagt, … wiederholt …"
    return verb


def repair_adjective_particles(doc: Doc) -> list[Token]:
    """ "stellt der Ukraine 500 Millionen Euro bereit": the model reads the particle of
    "bereitstellen" as a predicative adjective and hangs the object on it, so the verb is
    "stellen" with no object. At the end of the clause of one of its few verbs the word is
    the particle: it becomes one, and what hung on it the verb's. The particles repaired."""
    # only the words that may be such a particle are asked (their form never changes)
    particles = tokens_among(doc, PARTICLE_FORMS)
    for word in particles:
        _lift_verb_over_particle(word)
    found = [t for t in particles if _is_adjective_particle(t)]
    for word in found:
        verb = word.head
        for child in list(word.children):
            child.head = verb
        word.dep_, word.tag_ = "compound:prt", "PTKVZ"
    return found


def _lift_verb_over_particle(word: Token) -> None:
    """ "Die EU stellte Jordanien 200 Millionen Euro bereit" with "bereit" the root and
    "stellte" its auxiliary: a full verb is no auxiliary, so it heads the clause again and the
    clause-final word becomes its dependent (and then its particle)."""
    verbs = ADJECTIVE_PARTICLES.get(word.lower_)
    if not verbs:
        return
    lifted = [
        c
        for c in word.children
        if c.dep_ in ("aux", "cop") and c.i < word.i and c.lemma_.lower() in verbs
    ]
    if not lifted:
        return
    verb = lifted[0]
    verb.head, verb.dep_ = (verb, word.dep_) if word.head == word else (word.head, word.dep_)
    for child in list(word.children):
        if child != verb:
            child.head = verb
    word.head, word.dep_ = verb, "dep"


def _is_adjective_particle(word: Token) -> bool:
    verbs = ADJECTIVE_PARTICLES.get(word.lower_)
    if not verbs:
        return False  # first: most words are none, and their head need not be made
    verb = word.head
    if verb == word or verb.i > word.i or verb.lemma_.lower() not in verbs:
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
    cases = [morph_values(c, "Case") for c in token.children if c.dep_ == "det"]
    return "Gen" in morph_values(token, "Case") or any("Gen" in case for case in cases)


def _has_preposition(token: Token) -> bool:
    return any(c.dep_ == "case" and c.pos_ == "ADP" for c in token.children)


# labels under which the parser hangs a name on the name before it
NAME_ATTACHMENTS = frozenset({"flat", "flat:name", "appos", "nmod"})


def repair_names_after_person(doc: Doc) -> list[Token]:
    """After a fronted adverbial the subject follows the verb, and a bare object name may
    follow the subject: "Am Montag warf Selenskyj Russland Kriegsverbrechen vor", "Erneut
    forderte Scholz Russland zum Rückzug auf". The parser reads the two names as one (the
    state's as a part or apposition of the person's), so the verb had no object. A place's
    name that is an entity of its own (``entities.split_state_after_person``), right after a
    person's name that is the subject of the verb before both, is the verb's object; the
    tree is changed so that every reader of it sees the object. The names re-hung."""
    return _names_as_objects([t for t in tokens_with_pos(doc, NAME_POS) if _object_under_person(t)])


def _object_under_person(token: Token) -> bool:
    if token.dep_ not in NAME_ATTACHMENTS or token.pos_ != "PROPN":
        return False  # first: most words are none, and their heads need not be made
    person = token.head
    verb = person.head
    return (
        token.ent_iob_ == "B"
        and token.ent_type_ == "LOC"
        and person.ent_type_ == "PER"
        and token.i == person.right_edge.i  # nothing of its own after it, no comma between
        and token.i == person.i + 1 + sum(1 for c in person.children if person.i < c.i < token.i)
        and not any(c.dep_ in ("case", "det") for c in token.children)
        and person.dep_ in ("nsubj", "nsubj:pass")
        and verb.pos_ in ("VERB", "AUX")
        and verb.i < person.i
    )


def repair_names_under_pronouns(doc: Doc) -> list[Token]:
    """ "Zugleich warfen sie Peking unfaire Handelspraktiken vor": the parser hangs the bare
    name after a subject pronoun on it, as it hangs a name on a name. A personal pronoun takes
    no attribute or apposition of a name, so the name right after the subject pronoun is the
    verb's object. The names re-hung."""
    return _names_as_objects([t for t in tokens_with_pos(doc, NAME_POS) if _name_under_pronoun(t)])


def _name_under_pronoun(token: Token) -> bool:
    if token.dep_ not in NAME_ATTACHMENTS or token.pos_ != "PROPN":
        return False
    pronoun = token.head
    return (
        pronoun.pos_ == "PRON"
        and "Prs" in morph_values(pronoun, "PronType")
        and "Yes" not in morph_values(pronoun, "Reflex")
        and pronoun.dep_ in ("nsubj", "nsubj:pass")
        and pronoun.head.pos_ in ("VERB", "AUX")
        and token.i == pronoun.i + 1
        and not any(c.dep_ in ("case", "det") for c in token.children)
        and not looks_genitive(token)
    )


def repair_adjacent_actor_names(doc: Doc) -> list[Token]:
    """After a fronted adverbial the subject follows the verb, and a bare object name may
    follow it: "Zuvor hatte Deutschland Russland zum Rückzug aufgerufen", "Gestern warf Polen
    Belarus vor …", "hatte die Türkei Griechenland gedroht". The parser reads the second name
    as an apposition or part of the first, so the verb had no object. Two names side by
    side that the actor linker took for two actors are two phrases, and with no case to tell
    them apart German puts the subject first: the second is the verb's object, and the
    first, if the parser left it an adverbial, its subject. The names re-hung."""
    names = _actor_names(doc)
    candidates = tokens_with_pos(doc, NAME_POS)
    return _names_as_objects([t for t in candidates if _second_of_two_actors(t, names)])


def _names_as_objects(names: list[Token]) -> list[Token]:
    """Each name, hung by the parser on the phrase before it, becomes the object of that
    phrase's verb; the phrase, if the parser left it a bare adverbial, is the subject. The
    names re-hung."""
    for name in names:
        first = name.head
        name.head, name.dep_ = first.head, "obj"
        if first.dep_ == "obl":
            first.dep_ = "nsubj"
    return names


def _actor_names(doc: Doc) -> dict[int, frozenset[str]]:
    """The tokens that end an actor's name of one word (with its article: "die Türkei"),
    with its actors."""
    end = _token_ends(doc)
    found = {}
    for m in getattr(doc._, "mentions", None) or []:
        token = doc[end[m.end]] if m.end in end else None
        if token is not None and m.kind == "name" and m.start >= token.left_edge.idx:
            found[token.i] = frozenset(m.actors)
    return found


# the token ends of each Doc, with the Doc's length they were read at
_TOKEN_ENDS: WeakKeyDictionary[Doc, tuple[int, dict[int, int]]] = WeakKeyDictionary()


def _token_ends(doc: Doc) -> dict[int, int]:
    """The index of the token that ends at each character offset (a later one wins, as it
    did). Read off one array, not by making a Token of every word, and once per Doc: five
    repairs ask for it, and the offsets never change (no component retokenizes)."""
    kept = _TOKEN_ENDS.get(doc)
    if kept is not None and kept[0] == len(doc):
        return kept[1]
    offsets = doc.to_array([IDX, LENGTH])
    ends = dict(zip((offsets[:, 0] + offsets[:, 1]).tolist(), range(len(doc)), strict=True))
    _TOKEN_ENDS[doc] = (len(doc), ends)
    return ends


def _second_of_two_actors(token: Token, names: dict[int, frozenset[str]]) -> bool:
    if token.dep_ not in NAME_ATTACHMENTS or token.pos_ != "PROPN" or token.i not in names:
        return False  # first: most words are none
    first = token.head
    verb = first.head
    return (
        first.i == token.i - 1
        and first.pos_ == "PROPN"
        and names.get(first.i, names[token.i]) != names[token.i]
        and token.i == token.right_edge.i  # nothing of its own after it
        and not any(c.dep_ in ("case", "det") for c in token.children)
        and (first.dep_ in ("nsubj", "nsubj:pass") or _bare_adverbial(first))
        and _finite_before(verb, first)
    )


def repair_name_after_actor_noun(doc: Doc) -> list[Token]:
    """ "Am Montag warf die indische Regierung Pakistan vor", "Dennoch forderte die
    Bundesregierung Israel zur Zurückhaltung auf", "hatte der Kreml Kiew kritisiert": after
    the finite verb the subject, a noun standing for an actor, and then a bare state's name or
    capital, which the parser hangs on the noun as an apposition or reads as one name with it.
    A body of one state takes no other state's bare name as its apposition (that is a
    genitive, "die Regierung Pakistans"; "die Regierung Netanjahu" names a person and is one
    name), so the name is the verb's object. Only when the actor linker took the noun for one
    state's and the name, a word of its own, for another's. The names re-hung."""
    nouns, names = _actor_words(doc, nouns=True), _actor_words(doc, nouns=False)
    # the names' own words only: the first test of _state_name_after_actor_noun
    found = [doc[i] for i in sorted(names)]
    return _names_as_objects([t for t in found if _state_name_after_actor_noun(t, nouns, names)])


def _actor_words(doc: Doc, nouns: bool) -> dict[int, frozenset[str]]:
    """With ``nouns``, the words that end a mention of an actor other than by its name ("die
    indische Regierung", "die US-Regierung", "der Kreml"); else the proper nouns that are a
    mention of their own ("Pakistan", "Kiew"). Each with its states' codes."""
    end = _token_ends(doc)
    found = {}
    for m in getattr(doc._, "mentions", None) or []:
        token = doc[end[m.end]] if m.end in end else None
        if token is None or m.kind == "pronoun" or not m.actors:
            continue
        if _stands_for_actor(token, m.kind) if nouns else _own_name(token, m.start):
            found[token.i] = frozenset(code.split("/")[0] for code in m.actors)
    return found


def _stands_for_actor(token: Token, kind: str) -> bool:
    return token.pos_ == "NOUN" or (token.pos_ == "PROPN" and kind != "name")


def _own_name(token: Token, start: int) -> bool:
    return token.pos_ == "PROPN" and start == token.idx


def _state_name_after_actor_noun(
    token: Token, nouns: dict[int, frozenset[str]], names: dict[int, frozenset[str]]
) -> bool:
    if token.i not in names or token.dep_ not in NAME_ATTACHMENTS:
        return False  # first: most words are none
    noun = token.head
    return (
        noun.i == token.i - 1
        and noun.i in nouns
        and not nouns[noun.i] & names[token.i]
        and token.i == token.right_edge.i  # nothing of its own after it
        and not any(c.dep_ in ("case", "det") for c in token.children)
        and not looks_genitive(token)
        and (noun.dep_ in ("nsubj", "nsubj:pass") or _bare_adverbial(noun))
        and _finite_before(noun.head, noun.left_edge)
    )


def repair_masculine_name_before_plural(doc: Doc) -> list[Token]:
    """ "Am Montag hat der Iran Drohnen an Russland geliefert", "hat der Sudan Truppen …
    verlegt": the parser reads "der Iran Drohnen" as one phrase, the name an attribute of
    the plural noun and "der" its article. "der" before a plural is only a genitive, which
    no subject or object is, so "der" is the article of the name (der Iran, der Irak, der
    Kreml), and the name is a phrase of its own: after the finite verb the subject, and the
    plural the object. Only when the actor linker took the name for an actor. The names
    re-hung."""
    names = _actor_names(doc)
    found = [t for t in tokens_with_pos(doc, NAME_POS) if _masculine_name_before_plural(t, names)]
    for name in found:
        noun = name.head
        verb = noun.head
        article = doc[name.i - 1]
        article.head = name
        has_subject = any(c.dep_ in ("nsubj", "nsubj:pass") and c != noun for c in verb.children)
        name.head, name.dep_ = verb, "obj" if has_subject else "nsubj"
        if noun.dep_ in ("nsubj", "nsubj:pass"):
            noun.dep_ = "obj"
    return found


def repair_article_read_as_pronoun(doc: Doc) -> list[Token]:
    """ "Netanjahu sagte, der Iran habe einen Fehler gemacht": after a comma the parser reads
    "der" as a relative pronoun, makes it the subject and hangs the name on it (or on the
    comma). A pronoun takes no bare name as its attribute, and a name hung on a comma belongs
    to no phrase: "der" is the name's article, and the name the clause's subject. Only
    actor names the linker found right after "der/die/das". The names re-hung."""
    names = _actor_names(doc)
    found = []
    for name in [doc[i] for i in sorted(names)]:  # the names' words, not every word
        if name.i not in names or name.i == 0 or name.pos_ != "PROPN":
            continue
        article = doc[name.i - 1]
        if article.lower_ not in ("der", "die", "das") or not _main_clause_after_comma(name):
            continue
        if (
            name.head == article
            and name.dep_ in NAME_ATTACHMENTS
            and article.dep_ in ("nsubj", "nsubj:pass", "obj")
        ):
            name.head, name.dep_ = article.head, article.dep_
        elif (
            name.head.pos_ == "PUNCT"
            and article.head == name
            and (verb := name.head.head).pos_ in ("VERB", "AUX")
            and verb.i > name.i
            and not any(c.dep_ in ("nsubj", "nsubj:pass") for c in verb.children)
        ):
            name.head, name.dep_ = verb, "nsubj"
        else:
            continue
        article.head, article.dep_ = name, "det"
        found.append(name)
    return found


def _main_clause_after_comma(name: Token) -> bool:
    """ "sagte, der Iran habe …": after a comma that follows a verb (no antecedent noun) the
    finite verb comes right after the name, the order of a main clause; a relative clause
    ("Der Iran, der Israel gedroht hatte"; "eine Resolution, die Israel … auffordert") has
    an antecedent before the comma and its finite verb at the end."""
    doc = name.doc
    if name.i < 3 or doc[name.i - 2].text != "," or name.i + 1 >= len(doc):
        return False
    before, after = doc[name.i - 3], doc[name.i + 1]
    return (
        before.pos_ in ("VERB", "AUX")
        and after.pos_ in ("VERB", "AUX")
        and "Fin" in morph_values(after, "VerbForm")
    )


def _masculine_name_before_plural(token: Token, names: dict[int, frozenset[str]]) -> bool:
    if token.pos_ != "PROPN" or token.i not in names or token.i == 0:
        return False  # first: most words are none
    noun, article = token.head, token.doc[token.i - 1]
    verb = noun.head
    return (
        token.dep_ in NAME_ATTACHMENTS | {"amod", "compound"}
        and noun.i == token.i + 1
        and noun.pos_ == "NOUN"
        and morph_values(noun, "Number") == ("Plur",)
        and article.lower_ == "der"
        and article.head == noun
        and noun.dep_ in ("obj", "nsubj", "nsubj:pass")
        and _finite_before(verb, article)
    )


def _finite_before(verb: Token, word: Token) -> bool:
    """The verb or its auxiliary stands before the word: the word is in the middle field."""
    return verb.pos_ in ("VERB", "AUX") and any(
        v.i < word.i for v in (verb, *verb.children) if v is verb or v.dep_ == "aux"
    )


def _bare_adverbial(token: Token) -> bool:
    """A name labelled adverbial with no preposition: a slip for the subject."""
    return token.dep_ == "obl" and not any(c.dep_ == "case" for c in token.children)


# the entity labels of a state's, organisation's or group's name
ACTOR_NAME_LABELS = frozenset({"ORG", "LOC", "GPE"})
# the labels of phrases that are a verb's object or adverbial, not its subject
NON_SUBJECT_DEPS = frozenset({"obj", "iobj", "obl", "obl:arg", "nmod", "nmod:poss"})


def repair_names_after_actor(doc: Doc) -> list[Token]:
    """ "forderten die G7 China auf", "hatten die USA und die EU Moskau aufgefordert": the
    subject's name and a bare object name side by side, read by the parser as one name. A
    state's name that is an entity of its own (``entities.split_state_after_actor``), right
    after the name of another actor that is not itself an object or in a prepositional
    phrase, is the clause's object: re-hung on the verb the other name belongs to. The names
    re-hung."""
    found = []
    for token in tokens_with_pos(doc, NAME_POS):  # the repair changes heads, no tags
        verb = _object_name_verb(token)
        if verb is not None:
            token.head, token.dep_ = verb, "obj"
            found.append(token)
    return found


def _object_name_verb(token: Token) -> Token | None:
    if token.dep_ not in NAME_ATTACHMENTS or token.pos_ != "PROPN":
        return None  # first: most words are none, and their heads need not be made
    name = token.head
    if not (
        token.ent_iob_ == "B"
        and token.ent_type_ == "LOC"
        and name.ent_type_ in ACTOR_NAME_LABELS
        and name.ent_iob_ in ("B", "I")
        and name.i < token.i
        and token.i == token.right_edge.i  # nothing of its own after it
        and not any(c.dep_ in ("case", "det") for c in token.children)
        and not any(c.dep_ == "case" for c in name.children)
        and name.dep_ not in NON_SUBJECT_DEPS
        # a bare name is genitive only by its -s ("die EU Russlands" is rare, but no object)
        and not looks_genitive(token)
    ):
        return None
    # no comma, conjunction or other word between the two names' phrases
    if any(t.pos_ in ("PUNCT", "CCONJ") for t in token.doc[name.i + 1 : token.i]):
        return None
    verb = name.head
    while verb.pos_ not in ("VERB", "AUX") and verb.head != verb:
        verb = verb.head
    if verb.pos_ not in ("VERB", "AUX"):
        return None
    if verb.dep_.startswith("aux") or verb.dep_ == "cop":
        verb = verb.head  # the object is the main verb's
    return verb if verb.pos_ in ("VERB", "AUX") else None


def repair_name_after_plural_subject(doc: Doc) -> list[Token]:
    """ "werfen die Alliierten China vor", "forderten die Außenminister Russland auf": after
    the finite verb a plural subject and a bare object name meet, and the parser hangs the
    name on the noun as its apposition. One state's name is no apposition of a plural noun
    (the members a plural names are several: "die Sicherheitsratsmitglieder China und
    Indonesien"), so a single bare state name right after a plural common-noun subject that
    follows its verb is the verb's object. The names re-hung."""
    found = []
    for token in tokens_with_pos(doc, NAME_POS):  # the repair changes heads, no tags
        if _name_after_plural_subject(token):
            token.head, token.dep_ = token.head.head, "obj"
            found.append(token)
    return found


def _name_after_plural_subject(token: Token) -> bool:
    if token.dep_ not in NAME_ATTACHMENTS or token.pos_ != "PROPN":
        return False
    noun, verb = token.head, token.head.head
    return (
        token.ent_type_ in ACTOR_NAME_LABELS
        and noun.pos_ == "NOUN"
        and morph_values(noun, "Number") == ("Plur",)
        and noun.dep_ in ("nsubj", "nsubj:pass")
        and verb.pos_ in ("VERB", "AUX")
        and verb.i < noun.i
        and token.i == noun.i + 1
        and token.i == token.right_edge.i  # alone: no coordination, nothing after it
        and not any(c.dep_ in ("case", "det", "conj", "cc") for c in token.children)
        # a bare name is genitive only by its -s ("die Außenminister Russlands")
        and not looks_genitive(token)
    )


# relative pronouns that may be the subject (nominative); "der" only after a noun that is not
# feminine, where it is no dative ("die Ukraine, der Russland … vorwirft"); "die" and "das"
# only when the clause has another accusative object
SUBJECT_RELATIVES = frozenset({"der", "die", "das", "welcher", "welche", "welches"})
RELATIVE_CLAUSE_DEPS = frozenset({"acl:relcl", "acl"})


def repair_name_after_relative_pronoun(doc: Doc) -> list[Token]:
    """ "Polen, das Russland Spionage vorwirft", "der Iran, der Israel mit Vergeltung gedroht
    hatte": a bare name right after the relative pronoun that opens the clause is read by the
    parser as a second subject, a determiner or a genitive of the pronoun. The relative
    pronoun stands first in its clause; when its form can be the nominative, the unmarked
    reading makes it the subject and the name after it an object (a pronoun takes no
    attributes). The pronoun is made the verb's subject and the name its object. The names
    re-hung."""
    found = []
    for pronoun in tokens_among(doc, SUBJECT_RELATIVES):
        verb = _relative_clause_verb(pronoun)
        if verb is None:
            continue
        name = doc[pronoun.i + 1]
        if not _bare_actor_name(name) or verb not in name.ancestors:
            continue
        if pronoun.lower_ not in ("der", "welcher") and not _other_object(verb, name):
            # "die", "das" may be the accusative ("die Resolution, die Russland blockierte");
            # they are the subject only when another phrase is the accusative object
            continue
        pronoun.head, pronoun.dep_ = verb, "nsubj"
        if pronoun.pos_ == "DET":  # "das" tagged the article: it has no noun
            pronoun.pos_, pronoun.tag_ = "PRON", "PRELS"
        name.head, name.dep_ = verb, "obj"
        for other in verb.children:  # the pronoun is the only subject
            if other.dep_ == "nsubj" and other not in (pronoun, name) and other.i > name.i:
                other.dep_ = "obj"
        found.append(name)
    return found


def _relative_clause_verb(pronoun: Token) -> Token | None:
    """The verb of the relative clause this pronoun opens, if it may be its subject."""
    if pronoun.lower_ not in SUBJECT_RELATIVES or not 0 < pronoun.i < len(pronoun.doc) - 1:
        return None
    if pronoun.doc[pronoun.i - 1].text != ",":
        return None
    verb = pronoun.head
    if verb.pos_ not in ("VERB", "AUX") or verb.dep_ not in RELATIVE_CLAUSE_DEPS:
        verb = pronoun.head.head  # hung under the name: "der[nsubj] Israel[nmod]" is no case
    if verb.pos_ not in ("VERB", "AUX") or verb.dep_ not in RELATIVE_CLAUSE_DEPS:
        return None
    antecedent = verb.head
    if antecedent.i >= pronoun.i or verb.i < pronoun.i:
        return None
    if pronoun.lower_ == "der" and _feminine_singular(antecedent):
        return None  # the dative: "die Ukraine, der Russland … vorwirft"
    return verb


def _other_object(verb: Token, name: Token) -> bool:
    """A noun after the name in the clause that is the verb's object ("Russland Spionage")."""
    return any(
        t.i > name.i and t.pos_ == "NOUN" and t.dep_ in ("obj", "nsubj") and t.head in (verb, name)
        for t in verb.subtree
    )


def _feminine_singular(noun: Token) -> bool:
    dets = [c for c in noun.children if c.dep_ == "det"]
    if dets:
        return dets[0].lower_ in ("die", "eine") and morph_values(noun, "Number") != ("Plur",)
    return morph_values(noun, "Gender") == ("Fem",) and noun.pos_ == "NOUN"


def _bare_actor_name(name: Token) -> bool:
    return (
        name.pos_ == "PROPN"
        and name.ent_iob_ == "B"
        and name.ent_type_ in ACTOR_NAME_LABELS
        and not any(c.dep_ in ("case", "det") for c in name.children)
        # a genitive by its -s is an attribute ("dessen Russlands …" does not occur)
        and not looks_genitive(name)
    )


# the finite modal that opens a verb-first condition ("…, sollte die Nato … schicken")
CONDITION_MODALS = frozenset({"sollte", "sollten"})


def repair_main_clause_under_condition(doc: Doc) -> list[Token]:
    """ "Moskau drohte mit Gegenmaßnahmen, sollte die Nato Truppen schicken": the parser makes
    the verb-first condition after the comma the main clause and hangs the real main clause
    on it as an adverbial clause. A clause opened by a finite "sollte" after a comma is the
    condition of the clause before it, so the two swap places: the clause before takes the
    condition's place in the tree and the condition hangs on it (as the conditions of
    ``condition_holders`` are read). The main verbs restored."""
    found = []
    for modal in tokens_among(doc, CONDITION_MODALS):
        if modal.lower_ not in CONDITION_MODALS or modal.i == 0 or not modal.dep_.startswith("aux"):
            continue
        condition = modal.head
        if doc[modal.i - 1].text != "," or condition.i < modal.i:
            continue
        main = [
            c for c in condition.children
            if c.dep_ == "advcl" and c.i < modal.i and c.pos_ in ("VERB", "AUX")
            and not any(m.dep_ == "mark" for m in c.children)
        ]  # fmt: skip
        if len(main) != 1:
            continue
        verb = main[0]
        _main_over_condition(verb, condition)
        found.append(verb)
    return found


def _main_over_condition(main: Token, condition: Token) -> None:
    """The main clause's verb takes the condition's place in the tree (the root, or the
    condition's head and label), and the condition hangs on it as its adverbial clause."""
    main.head = main if condition.head == condition else condition.head
    main.dep_ = condition.dep_  # the root's label as the parser gives it
    condition.head, condition.dep_ = main, "advcl"


# quotation marks: a clause in quotation marks before "…, sagte er" is what is said
QUOTATION_MARKS = frozenset('«»„“”"‹›')
# the labels the parser gives a clause before the comma that it takes for a said content
FRONTED_CONTENT_DEPS = frozenset({"ccomp", "parataxis"})


def repair_verb_first_conjuncts(doc: Doc) -> list[Token]:
    """ "Erdan begrüßte die Verlängerung, warf der Schiitenmiliz aber vor, …", "Hilfswerke
    begrüßten die Erklärung, warfen Australien aber vor, …": a verb-first clause after a
    complete indicative main clause, without a conjunction, is its second conjunct and shares
    its subject. The parser reads the pair as a said content and its speaker ("Die Lage sei
    ernst, sagte der Minister") and takes the noun after the second verb for its subject. A
    said content is reported in the Konjunktiv or quoted, and the verb of saying has no other
    content; a second verb with a content clause of its own after it cannot be saying the
    clause before. The first clause takes the second's place in the tree, the second hangs on
    it as its conjunct, and the noun after the second verb becomes its object (the dative
    with "der"/"dem": the nominative is the shared subject). The conjuncts re-hung."""
    found = []
    for second in tokens_with_pos(doc, ("VERB",)):  # the first test of _fronted_main_clause
        first = _fronted_main_clause(second)
        if first is None:
            continue
        subject = next((c for c in second.children if c.dep_ == "nsubj" and c.i > second.i), None)
        _main_over_condition(first, second)
        second.dep_ = "conj"
        if subject is not None:
            dative = any(c.dep_ == "det" and c.lower_ in ("der", "dem") for c in subject.children)
            subject.dep_ = "iobj" if dative else "obj"
        found.append(second)
    return found


@lru_cache(maxsize=1)
def _speaker_frame_verbs() -> frozenset[str]:
    """Verbs of plain saying that frame reported speech ("…, sagte er", "…, betonte sie"); not
    the speech acts ("warf … vor", "wies … zurück"), whose content is their own object."""
    return frozenset(
        v.lemma for v in load_lexicon().verbs if "konjunktiv" in v.complements and not v.speech_act
    )


def _continues_clause(second: Token) -> bool:
    """The verb after the comma continues the clause before rather than framing it as said:
    "Er bot Indien eine Untersuchung an, lehnte eine Auslieferung jedoch ab" (no subject of
    its own, neither before nor after it: "…, sagte er" names its speaker), "Russland wies die
    Vorwürfe zurück, warf der Ukraine[nsubj] Provokationen[obj] vor" (an accusative object of
    its own after the noun taken for its subject: a verb framing the clause before has that
    clause as its object). Never a verb of plain saying, whose subject the parser may have
    taken for an object."""
    if verb_key(second) in _speaker_frame_verbs():
        return False
    subjects = [c for c in second.children if c.dep_ in ("nsubj", "nsubj:pass", "expl")]
    if not subjects:
        return True
    return any(c.dep_ == "obj" and c.i > subjects[0].i > second.i for c in second.children)


def _fronted_main_clause(second: Token) -> Token | None:
    """The complete indicative main clause right before "…, <second verb>" that the parser
    hung on the second verb as its content, when the second verb has a subject after it and
    a content clause of its own."""
    doc = second.doc
    if second.pos_ != "VERB" or not is_finite(second) or second.i < 2:
        return None
    if doc[second.i - 1].text != "," or "Ind" not in morph_values(second, "Mood"):
        return None
    if not _continues_clause(second):
        if not any(c.dep_ == "nsubj" and c.i > second.i for c in second.children):
            return None
        if not any(c.dep_ in ("xcomp", "ccomp") and c.i > second.i for c in second.children):
            return None  # "…, sagte der Minister": the clause before is what is said
    firsts = [
        c for c in second.children
        if c.dep_ in FRONTED_CONTENT_DEPS and c.i < second.i and c.pos_ == "VERB"
        and "Ind" in morph_values(c, "Mood")
        and any(s.dep_ == "nsubj" and s.i < c.i for s in c.children)
        and not any(m.dep_ == "mark" for m in c.children)
    ]  # fmt: skip
    if len(firsts) != 1:
        return None
    first = firsts[0]
    opening = min(t.i for t in first.subtree)
    if any(QUOTATION_MARKS.intersection(t.text) for t in doc[opening : second.i]):
        return None  # a quotation: what is said
    return first


# adverbs that open a list of members after a comma: "…, darunter Argentinien und Chile"
MEMBER_LIST_ADVERBS = frozenset({"darunter"})


def repair_particle_of_conjunct(doc: Doc, codebook: Codebook) -> list[Token]:
    """ "machte die PKK verantwortlich und bot eine gemeinsame Untersuchung an": a separable
    particle closes the clause of the nearest finite verb before it, so a clause-final
    particle after "und" + a finite verb is that verb's, not the first verb's the parser gave
    it ("an" + "machte" = "anmachen"). Re-hung, with the phrases between the second verb and
    the particle, when particle and verb make a codebook verb ("anbieten"). The particles
    re-hung."""
    found = []
    # only the word after each "und" is asked (a rare word: no pass over all tokens)
    for conjunction in tokens_among(doc, AND_FORMS):
        if conjunction.i + 1 >= len(doc):
            continue
        verb = doc[conjunction.i + 1]
        if verb.pos_ != "VERB" or not is_finite(verb):
            continue
        prt = _clause_final_particle(verb)
        first = prt.head if prt is not None else None
        if prt is None or first is None or first.i >= verb.i:
            continue
        if not codebook.verbs(prt.lower_ + verb.lemma_.lower()):
            continue
        prt.head = verb
        if verb.head.pos_ not in ("VERB", "AUX"):
            verb.head, verb.dep_ = first, "conj"
        for t in doc[verb.i + 1 : prt.i]:
            if t.head == first and t.dep_ in ("obj", "iobj", "obl"):
                t.head = verb
        found.append(prt)
    return found


def _clause_final_particle(verb: Token) -> Token | None:
    """The separable particle that ends the verb's clause, or None."""
    for tok in verb.doc[verb.i + 1 : verb.sent.end]:
        if tok.is_punct or tok.pos_ in ("VERB", "AUX", "SCONJ"):
            before = tok.doc[tok.i - 1]
            return before if before.dep_ == "compound:prt" and before.i > verb.i else None
    return None


def repair_particle_before_comma(doc: Doc) -> list[Token]:
    """ "wies die Diplomaten von sieben Ländern aus, darunter Argentinien, Chile und Peru":
    a preposition never stands before a comma, so a word the parser made the preposition of
    a phrase after the comma is the separated particle of the finite verb before it (which
    had none); a phrase after the comma opened by "darunter" lists members of the verb's
    object. The particles re-hung."""
    found = []
    for particle in tokens_with_dep(doc, ("case",)):  # relabels only the word it is at
        if particle.dep_ != "case" or particle.i + 1 >= len(doc) or doc[particle.i + 1].text != ",":
            continue
        phrase = particle.head
        verb = phrase.head
        if (
            phrase.i <= particle.i
            or verb.pos_ not in ("VERB", "AUX")
            or verb.i > particle.i
            or not particle.is_lower
            or any(c.dep_ == "compound:prt" for c in verb.children)
        ):
            continue
        particle.head, particle.dep_ = verb, "compound:prt"
        listed = any(c.lower_ in MEMBER_LIST_ADVERBS for c in phrase.children)
        owners = [c for c in verb.children if c.dep_ == "obj" and c.i < particle.i]
        if listed and owners:
            phrase.head, phrase.dep_ = owners[0], "appos"
        found.append(particle)
    return found


# the arguments of the clause the parser opened at a mis-tagged adverb ("die Kritik" as its
# subject): the finite verb's, with the labels of a main verb's arguments
_MOVED_LABELS = {"nsubj": "obj", "obj": "obj", "iobj": "iobj", "obl": "obl", "advmod": "advmod"}


def repair_particle_under_adverb(doc: Doc) -> list[Token]:
    """A separated particle belongs to the finite verb of its main clause: only the finite
    verb in second place leaves its particle at the clause end (in a verb-final clause, an
    infinitive or a participle the particle is written with the verb). The parser takes a
    participle used as an adverb before the particle for a second verb and hangs the
    particle and the object on it: "wies die Kritik der EU entschieden[VVFIN xcomp]
    zurück", "wies die Darstellung Moskaus entschlossen zurück". Such a word (no
    conjunction, no complementiser, no comma before it) is an adverb: the particle and the
    arguments hung on it go to the finite verb. The adverbs repaired."""
    found = [t for t in tokens_with_pos(doc, ("VERB",)) if _adverb_with_particle(t)]
    for adverb in found:
        verb = adverb.head
        for child in list(adverb.children):
            if child.dep_ in ("compound:prt", "svp"):
                child.head = verb
            elif child.dep_ in _MOVED_LABELS:
                child.head, child.dep_ = verb, _MOVED_LABELS[child.dep_]
        adverb.dep_, adverb.pos_ = "advmod", "ADV"
    return found


def _adverb_with_particle(token: Token) -> bool:
    verb = token.head
    if token.dep_ not in ("xcomp", "advcl", "conj", "dep") or token.pos_ != "VERB":
        return False
    if not (verb.pos_ == "VERB" and is_finite(verb) and verb.i < token.i):
        return False
    if any(c.dep_ in ("compound:prt", "svp") for c in verb.children):
        return False  # the finite verb has its particle
    if any(c.dep_ in ("mark", "cc", "aux", "aux:pass", "cop") for c in token.children):
        return False  # a clause of its own: "…, dass sie es zurückwiesen", "und lehnten ab"
    if any(t.text in (",", ";", ":") for t in _between(verb, token)):
        return False
    particles = [c for c in token.children if c.dep_ in ("compound:prt", "svp")]
    return len(particles) == 1 and particles[0].i == token.i + 1 and particles[0].tag_ == "PTKVZ"


def _between(left: Token, right: Token) -> list[Token]:
    return list(left.doc[left.i + 1 : right.i])


# d-words that open a relative clause after a comma: the nominative/accusative/dative
# pronouns ("die … kontrollieren"), and the genitive ones before their noun ("dessen Land …")
RELATIVE_D_WORDS = frozenset({"der", "die", "das", "den", "dem", "denen", "dessen", "deren"})
# labels under which the parser hangs an antecedent inside its relative clause
STOLEN_ANTECEDENT_DEPS = frozenset({"nsubj", "nsubj:pass", "obj", "iobj"})


def repair_antecedents_in_relative_clauses(doc: Doc) -> list[Token]:
    """ "Die Huthis, die weite Teile des Jemens kontrollieren, drohten …": a clause set off by
    commas after a noun, opened by a d-word, with its finite verb last, is a relative clause
    (a German clause with the verb last needs a subordinator, and after a noun the d-word is
    one). The antecedent belongs to the clause around it, never to its relative clause; the
    parser made it the relative verb's subject and that clause a csubj/advcl of the main verb,
    so the main verb lost its subject. When the finite main verb follows the closing comma,
    the antecedent becomes its subject, the relative clause an attribute of the antecedent,
    and a d-word read as an article the relative pronoun. The antecedents re-hung."""
    found = []
    for word in tokens_among(doc, RELATIVE_D_WORDS):  # the others are no d-word
        repaired = _repair_relative_clause(word)
        if repaired is not None:
            found.append(repaired)
    return found


def _repair_relative_clause(relative: Token) -> Token | None:
    doc = relative.doc
    if relative.lower_ not in RELATIVE_D_WORDS or relative.i < 2 or doc[relative.i - 1].text != ",":
        return None
    clause = _comma_clause(relative)
    if clause is None:
        return None
    verb, main = clause
    antecedent = _phrase_head(doc[relative.i - 2], relative.i - 1)
    if (
        antecedent is None
        or antecedent.head != verb
        or antecedent.dep_ not in STOLEN_ANTECEDENT_DEPS
        # "die Grenze zu Indonesien, das …": a noun inside a phrase is no subject
        or _has_preposition(antecedent)
    ):
        return None
    finite = _next_word(verb)
    if any(c.dep_ in ("nsubj", "nsubj:pass") for c in main.children if c.i < finite.i):
        return None  # the main clause has its subject before the finite verb
    if verb.is_ancestor(main):
        # the parser hung the main clause inside the relative one ("Toledo, der Peru …
        # regierte, wird beschuldigt" with "beschuldigt" under "regierte"): re-hanging the
        # antecedent on it would make a cycle
        return None
    antecedent.head, antecedent.dep_ = main, "nsubj"
    # the clause hangs on the noun its pronoun stands for: the nearest before the comma when
    # it agrees ("die Grenze zu Indonesien, das …") and is in the antecedent's phrase, else
    # the phrase's head ("der Führer Irans, der …")
    nearest = nearest_antecedent(relative)
    if nearest is None or not (nearest == antecedent or antecedent.is_ancestor(nearest)):
        nearest = antecedent
    verb.head, verb.dep_ = nearest, "acl:relcl"
    own_subject = any(c.dep_ in ("nsubj", "nsubj:pass") for c in verb.children)
    if relative.dep_ == "det" and relative.lower_ not in ("dessen", "deren") and not own_subject:
        # "die weite Teile … kontrollieren": "die" with a bare plural is no article (that
        # would be "die weiten Teile"), but the relative pronoun
        relative.head, relative.dep_ = verb, "nsubj"
        relative.pos_, relative.tag_ = "PRON", "PRELS"
    return antecedent


def _next_word(verb: Token) -> Token:
    """The word after the comma that closes the relative clause of ``verb``: the finite verb
    of the main clause."""
    comma = next(t for t in verb.doc[verb.i : verb.sent.end] if t.text == ",")
    return verb.doc[comma.i + 1]


def _comma_clause(relative: Token) -> tuple[Token, Token] | None:
    """The verb of a verb-last clause from ``relative`` to the next comma, and the finite
    verb right after that comma (the main clause's, in second place)."""
    doc, sent = relative.doc, relative.sent
    end = next((t.i for t in doc[relative.i : sent.end] if t.text == ","), None)
    if end is None or end + 1 >= sent.end or end - 1 <= relative.i:
        return None
    last, main = doc[end - 1], doc[end + 1]
    if last.pos_ not in ("VERB", "AUX") or not is_finite(last) or not is_finite(main):
        return None
    if any(is_finite(t) for t in doc[relative.i : end - 1]):
        return None  # a finite verb inside: a main clause, "sagte, die Lage sei ernst"
    verb = last if last.dep_ not in ("aux", "aux:pass", "cop") else last.head
    if not relative.i < verb.i < end or main.pos_ not in ("VERB", "AUX"):
        return None
    if main.dep_ in ("aux", "aux:pass", "cop") and main.head.i > main.i:
        main = main.head  # "…, wurde geschlossen": the subject is the participle's
    return verb, main


def _phrase_head(noun: Token, comma: int) -> Token | None:
    """The head of the noun phrase that ends at ``noun`` before the comma (a genitive or a
    name part hangs on it: "der oberste Führer Irans")."""
    if noun.pos_ not in ("NOUN", "PROPN"):
        return None
    head = noun
    while head.dep_ in ("nmod", "flat", "flat:name", "appos", "compound") and head.head.i < comma:
        if head.head == head:
            break
        head = head.head
    return head


def repair_causative_objects(doc: Doc) -> list[Token]:
    """ "Der Präsident ließ den Botschafter einbestellen": with "lassen" and an infinitive
    whose causee goes unnamed, the one accusative before the infinitive is the infinitive's
    object, which the parser hangs on "lassen" (so "einbestellen" had no "Botschafter" for
    its entry). It is moved to the infinitive; the objects moved."""
    found = []
    for verb in tokens_with_dep(doc, ("xcomp",)):  # moves heads, relabels nothing
        causer = verb.head
        if verb.dep_ != "xcomp" or causer.lemma_.lower() != "lassen" or not is_infinitive(verb):
            continue
        if any(c.dep_ == "obj" for c in verb.children):
            continue
        accusatives = [
            c
            for c in causer.children
            if c.dep_ == "obj" and c.i < verb.i and c.pos_ in ("NOUN", "PROPN")
            and "Dat" not in morph_values(c, "Case")
        ]  # fmt: skip
        if len(accusatives) == 1:
            accusatives[0].head = verb
            found.append(accusatives[0])
    return found


# Determiners that end in -en before a noun: the accusative singular (masculine), or the
# dative plural ("ihren Botschafter" / "ihren Botschaftern")
_EN_DETERMINERS = frozenset(
    {"den", "einen", "keinen", "ihren", "seinen", "unseren", "euren", "meinen", "deinen",
     "diesen", "jenen", "jeden", "welchen"}
)  # fmt: skip


def repair_verbs_conjoined_to_nouns(doc: Doc) -> list[Token]:
    """ "Die EU verurteilte die Gewalt und sicherte der Regierung ihre Solidarität zu": the
    model may hang the second finite verb as a conjunct of a word of the first clause: its
    object, a pronoun object ("Der Kreml bestreitet das und hält den USA vor"), its separable
    particle ("wies die Kritik zurück und beorderte den Botschafter zurück") or its predicative
    ("machte Gülen verantwortlich und forderte Washington auf"). A finite verb coordinates
    with a verb, never with a noun, a particle or an adjective: it is a conjunct of the clause
    verb the word depends on (and so shares its subject). The verbs re-hung."""
    found = []
    for verb in tokens_with_dep(doc, ("conj",)):  # moves heads, relabels nothing
        word = verb.head
        if verb.dep_ != "conj" or not _finite_conjunct(verb):
            continue
        if word.pos_ in ("VERB", "AUX") or word.head.pos_ not in ("VERB", "AUX"):
            continue
        if word.head == word or word.head.i > verb.i or not _non_verbal_dependent(word):
            continue
        verb.head = word.head
        found.append(verb)
    return found


# finite full verbs ("sicherte", "sagt"); a participle or infinitive may head a noun's clause
FINITE_VERB_TAGS = frozenset({"VVFIN"})
# the words of a clause a second finite verb may be hung on by mistake: nominal arguments, a
# pronoun or demonstrative standing alone, a separable particle, a predicative adjective
NON_VERBAL_POS = frozenset({"NOUN", "PROPN", "PRON"})
STANDALONE_DETERMINER_TAGS = frozenset({"PDS", "PIS", "PPOSS", "PRELS"})
PREDICATIVE_DEPS = frozenset({"xcomp", "advmod"})


def _finite_conjunct(verb: Token) -> bool:
    """A finite full verb, or a participle or infinitive whose finite auxiliary opens its
    conjunct right after the coordinator ("und hat den Botschafter einbestellt")."""
    if verb.tag_ in FINITE_VERB_TAGS:
        return True
    finite = _opening_auxiliary(verb)
    return finite is not None


def _opening_auxiliary(verb: Token) -> Token | None:
    """The finite auxiliary or modal of ``verb`` that stands right after a coordinator
    ("und hatte … ausgesetzt", "und will … verhängen"), or None."""
    for aux in verb.children:
        if aux.dep_ not in ("aux", "aux:pass") or aux.i == 0 or aux.i > verb.i:
            continue
        before = verb.doc[aux.i - 1]
        if before.pos_ == "CCONJ" and before.lower_ in CONJUNCT_COORDINATORS and is_finite(aux):
            return aux
    return None


# the coordinators of clauses that share their subject ("und", "aber", "sowie", "oder")
CONJUNCT_COORDINATORS = frozenset({"und", "aber", "sowie", "oder"})


def _non_verbal_dependent(word: Token) -> bool:
    """A noun, pronoun or standalone determiner, a separable particle, or a predicative
    adjective of its clause verb; not a predicate with its own copula, which heads a clause
    of its own ("die Monteure waren freundlich und haben nicht gemurrt": UD hangs the second
    verb on the predicate, and so does the model, rightly)."""
    if any(c.dep_ == "cop" for c in word.children):
        return False
    if word.pos_ in NON_VERBAL_POS:
        return True
    if word.pos_ == "DET":
        return word.tag_ in STANDALONE_DETERMINER_TAGS or word.dep_ != "det"
    if word.dep_ == "compound:prt":
        return True
    return word.pos_ == "ADJ" and word.dep_ in PREDICATIVE_DEPS


def repair_conjuncts_opened_by_auxiliary(doc: Doc) -> list[Token]:
    """ "Die EU kritisierte die Wahl und will neue Sanktionen verhängen": the model may hang
    the verb of a conjunct whose finite modal or auxiliary stands right after "und" as the
    first verb's infinitive complement (xcomp), so that the second act reads as the content
    of the first. A complement infinitive has no finite verb of its own; a verb with a finite
    auxiliary opening its clause after a coordinator is a second clause, coordinated with the
    first (and sharing its subject). The verbs relabelled."""
    found = []
    for verb in tokens_with_dep(doc, COMPLEMENT_CLAUSE_DEPS):  # relabels only the word it is at
        head = verb.head
        if verb.dep_ not in COMPLEMENT_CLAUSE_DEPS or head.pos_ not in ("VERB", "AUX"):
            continue
        if head.i > verb.i or any(c.dep_ == "mark" for c in verb.children):
            continue
        opening = _opening_auxiliary(verb)
        if opening is None or opening.i <= head.i:
            continue
        verb.dep_ = "conj"
        found.append(verb)
    return found


# the labels under which the model hangs a coordinated clause as a complement
COMPLEMENT_CLAUSE_DEPS = ("xcomp", "ccomp", "advcl")


def repair_coordinated_participles(doc: Doc) -> list[Token]:
    """ "Die Bundesregierung hat die Festnahme verurteilt, und seine Freilassung gefordert":
    the model may label a participle whose conjunct opens with "und" an adverbial clause of
    the first participle, and a noun before it the first participle's conjunct ("hat die Wahl
    kritisiert und Washington vor Einmischung gewarnt"). A clause that opens with a
    coordinating conjunction is a conjunct, not an adverbial clause (which opens with its
    subordinator, or is a bare participle phrase); and a noun coordinates with a noun, never
    with a verb: a noun the model made a verb's conjunct, right after the coordinator and
    before the next participle of the same verb, is that participle's object. The participle
    conjunct shares the first one's auxiliary and subject. The words re-hung or relabelled."""
    found = []
    for verb in tokens_with_dep(doc, ("advcl", "conj")):  # relabels words after the first
        if verb.dep_ == "advcl" and _coordinated_participle_clause(verb):
            verb.dep_ = "conj"
            found.append(verb)
        elif verb.dep_ == "conj" and verb.pos_ in ("NOUN", "PROPN"):
            second = _participle_after_noun_conjunct(verb)
            if second is not None:
                verb.head, verb.dep_ = second, "obj"
                found.append(verb)
    return found


def _coordinated_participle_clause(verb: Token) -> bool:
    """A participle labelled adverbial clause of a participle before it, whose clause opens
    (after a comma) with a coordinator of its own and has no subordinator."""
    head = verb.head
    if not is_participle_form(verb) or not is_participle_form(head) or head.i > verb.i:
        return False
    if any(c.dep_ in ("mark", "aux", "aux:pass", "cop") for c in verb.children):
        return False
    opening = [t for t in verb.subtree if not t.is_punct][:1]
    return (
        bool(opening)
        and opening[0].dep_ == "cc"
        and opening[0].head == verb
        and (opening[0].lower_ in CONJUNCT_COORDINATORS)
    )


def _participle_after_noun_conjunct(noun: Token) -> Token | None:
    """The participle a noun labelled conjunct of a participle belongs to: the noun stands
    right after the coordinator, and the next conjunct participle of the same verb follows it
    in the same stretch without comma; None otherwise."""
    first = noun.head
    if not is_participle_form(first) or first.i > noun.i or noun.i == 0:
        return None
    before = noun.doc[noun.i - 1]
    if before.pos_ != "CCONJ" or before.lower_ not in CONJUNCT_COORDINATORS:
        return None
    if any(c.dep_ in ("case", "conj", "cc") for c in noun.children if c.i > noun.i):
        return None
    later = [c for c in first.children if c.dep_ == "conj" and c.i > noun.i]
    second = later[0] if later else None
    if second is None or not is_participle_form(second) or second.pos_ != "VERB":
        return None
    if any(t.text in (",", ";", ":") for t in noun.doc[noun.i : second.i]):
        return None
    return second


def repair_nominal_clause_labels(doc: Doc) -> list[Token]:
    """ "US-Außenminister Antony Blinken, der am Montag in Kairo eintraf, rief beide Seiten
    zur Zurückhaltung auf": with a relative clause between them, the model may label the
    subject at the head of the sentence a clausal complement (ccomp) of the verb after it, and
    the main clause's act loses its actor. A noun is no clause: a bare noun phrase labelled
    ccomp that opens its sentence before a finite verb with no subject of its own is that
    verb's subject. The subjects relabelled."""
    found = []
    for noun in tokens_with_dep(doc, ("ccomp",)):  # relabels only the word it is at
        verb = noun.head
        if noun.dep_ != "ccomp" or noun.pos_ not in ("NOUN", "PROPN") or verb.i < noun.i:
            continue
        if noun.left_edge.i != noun.sent.start or not is_finite(verb):
            continue
        if any(c.dep_ in ("nsubj", "nsubj:pass", "expl", "mark", "case") for c in verb.children):
            continue
        if any(c.dep_ in ("case", "mark") for c in noun.children):
            continue
        noun.dep_ = "nsubj"
        found.append(noun)
    return found


def repair_object_under_subject(doc: Doc) -> list[Token]:
    """ "Nach der Hinrichtung … hat die Bundesregierung[obj] ihren Botschafter[nmod] … zurück-
    gerufen": behind a fronted phrase the model may take the subject after the finite verb
    for the object and hang the real object on it. A bare noun phrase with an accusative
    singular article ("ihren Botschafter", "den Plan") modifies no noun, so it is the verb's
    object, and the phrase it hung on (nominative-capable, the verb having no subject) is the
    subject. The objects re-hung."""
    found = []
    for verb in tokens_with_pos(doc, ("VERB", "AUX")):  # retags nothing
        if verb.pos_ not in ("VERB", "AUX") or any(
            c.dep_ in ("nsubj", "nsubj:pass") for c in verb.children
        ):
            continue
        for subject in [c for c in verb.children if c.dep_ == "obj" and _may_be_nominative(c)]:
            objects = [c for c in subject.rights if c.dep_ == "nmod" and _accusative_phrase(c)]
            if objects:
                subject.dep_ = "nsubj"
                objects[0].head, objects[0].dep_ = verb, "obj"
                found.append(objects[0])
                break
    return found


def repair_object_under_adverbial(doc: Doc) -> list[Token]:
    """ "hat die Polizei am Dienstagnachmittag den Olympiaturm[nmod] … räumen lassen": the
    model may hang the object on the time or place phrase before it. A bare noun phrase with
    an accusative singular article modifies no noun (a noun's modifier without preposition is
    a genitive), so it is the object of the verb whose adverbial it hung on, when that verb
    has none. The objects re-hung."""
    found = []
    for noun in tokens_with_dep(doc, ("nmod",)):  # relabels only the word it is at
        adverbial = noun.head
        if (
            noun.dep_ != "nmod"
            or not _accusative_phrase(noun)
            or adverbial.dep_ not in ("obl", "nmod")
        ):
            continue
        verb = adverbial.head
        while verb.dep_ == "nmod" and verb.head != verb:  # "in München am Dienstagnachmittag"
            verb = verb.head
        if verb.dep_ in ("obl", "nsubj"):
            verb = verb.head
        if verb.pos_ != "VERB" or any(c.dep_ in ("obj", "nsubj:pass") for c in verb.children):
            continue
        noun.head, noun.dep_ = verb, "obj"
        found.append(noun)
    return found


# determiners that are only ever dative (singular masculine or neuter): never a genitive
_EM_DETERMINERS = frozenset(
    {"dem", "einem", "keinem", "ihrem", "seinem", "unserem", "eurem", "meinem", "deinem",
     "diesem", "jenem", "jedem", "welchem"}
)  # fmt: skip
# the argument labels of a noun phrase of the verb that may carry a wrongly hung dative
_ARGUMENT_DEPS = frozenset({"nsubj", "nsubj:pass", "obj"})


def repair_dative_under_argument(doc: Doc) -> list[Token]:
    """ "dankte die Regierung Nicaraguas dem Heiligen Stuhl[nmod] für …": the model may hang the
    dative object on the subject or object before it, as if it were its attribute. A noun's
    attribute without a preposition is a genitive, and "dem", "einem", "seinem" … are only
    ever dative, so such a phrase is the verb's dative object (``iobj``) when the verb has
    none. The datives re-hung."""
    found = []
    # only nouns with such an article are asked (one array read, not every word), in order
    for noun in sorted({d.head for d in tokens_among(doc, _EM_DETERMINERS)}, key=lambda n: n.i):
        argument = noun.head
        if (
            noun.dep_ != "nmod"
            or noun.pos_ not in ("NOUN", "PROPN")
            or argument.dep_ not in _ARGUMENT_DEPS
            or argument.i > noun.i
            or not _dative_phrase(noun)
        ):
            continue
        verb = argument.head
        if verb.pos_ not in ("VERB", "AUX") or any(c.dep_ == "iobj" for c in verb.children):
            continue
        noun.head, noun.dep_ = verb, "iobj"
        found.append(noun)
    return found


def _dative_phrase(noun: Token) -> bool:
    """A noun phrase without a preposition whose article is only ever dative."""
    if any(c.dep_ == "case" for c in noun.children) or is_time_noun(noun):
        return False
    return any(
        c.dep_ in ("det", "det:poss") and c.i < noun.i and c.lower_ in _EM_DETERMINERS
        for c in noun.children
    )


def _may_be_nominative(noun: Token) -> bool:
    cases = morph_values(noun, "Case")
    return noun.pos_ in ("NOUN", "PROPN") and (not cases or "Nom" in cases)


def _accusative_phrase(noun: Token) -> bool:
    """A noun phrase whose article is accusative singular, without a preposition, and not
    the accusative of time ("den ganzen Tag", "jeden Montag")."""
    if noun.pos_ != "NOUN" or any(c.dep_ == "case" for c in noun.children) or is_time_noun(noun):
        return False
    dets = [c for c in noun.children if c.dep_ in ("det", "det:poss") and c.i < noun.i]
    return any(
        d.lower_ in _EN_DETERMINERS
        and (morph_values(noun, "Number") == ("Sing",) or not noun.lower_.endswith(("n", "s")))
        for d in dets
    )


def has_cycle(doc: Doc) -> bool:
    """Whether some word is its own ancestor: a repair that re-hangs words on a parse it did
    not foresee can make one, and every walk up or down such a tree (``subtree``, ``head``
    chains) never ends."""
    offsets = doc.to_array(HEAD).astype("int64").tolist()  # stored unsigned: -1 wraps
    heads = [i + offset for i, offset in enumerate(offsets)]
    state = [0] * len(heads)  # 0 unseen, 1 on the current path, 2 known to reach a root
    for start in range(len(heads)):
        path = []
        node = start
        while state[node] == 0:
            state[node] = 1
            path.append(node)
            if heads[node] == node:
                break
            node = heads[node]
        if state[node] == 1 and heads[node] != node:
            return True
        for visited in path:
            state[visited] = 2
    return False


# Words that open a fronted condition: the subordinators, and verb-first "sollte(n)".
CONDITION_OPENERS = frozenset({"wenn", "falls", "sofern", "sollte", "sollten"})
VERB_FIRST_CONDITION = frozenset({"sollte", "sollten"})


def repair_fronted_conditions(doc: Doc) -> list[Token]:
    """ "Sollte erneut ein Koran verbrannt werden, werde Bagdad die Beziehungen abbrechen",
    "Falls Russland angreift, werden die USA Sanktionen verhängen": a clause that opens the
    sentence with a subordinator (or verb-first "sollte") fills the Vorfeld, so the finite verb
    right after its closing comma is the main clause's, in second place. The model often makes
    the condition the root and hangs the main clause under it (in raw_de one such sentence in
    five), so the main act looked like a dependent of the condition and no threat was seen.
    The main clause becomes the head, the condition its adverbial clause; an opener the model
    labelled otherwise (*Falls* as a preposition, *Sollte* as a subject) is the condition's
    marker or auxiliary. The main verbs re-hung."""
    found = []
    for sent in doc.sents:
        main = _repair_fronted_condition(sent)
        if main is not None:
            found.append(main)
    return found


def _repair_fronted_condition(sent: Span) -> Token | None:
    words = [t for t in sent if not t.is_punct]
    if not words or words[0].lower_ not in CONDITION_OPENERS:
        return None
    opener = words[0]
    comma = next(
        (t for t in sent if t.text == "," and t.i + 1 < sent.end and _finite_verb(t.doc[t.i + 1])),
        None,
    )
    if comma is None:
        return None
    condition = _condition_verb(opener, comma)
    if condition is None:
        return None
    finite = sent.doc[comma.i + 1]
    main = finite.head if finite.dep_ in ("aux", "aux:pass", "cop") else finite
    if main.i <= comma.i or not condition.is_ancestor(main):
        return None
    _main_over_condition(main, condition)
    for token in sent:
        if token.head == condition and token.i > comma.i and token != main:
            token.head = main  # what follows the comma belongs to the main clause
    return main


def _condition_verb(opener: Token, comma: Token) -> Token | None:
    """The verb of the fronted condition: the one the opener marks when the model labelled it
    so, else the one word of the clause that hangs outside it (and the opener is relabelled)."""
    if opener.dep_ == ("aux" if opener.lower_ in VERB_FIRST_CONDITION else "mark"):
        verb = opener.head
        return verb if opener.i < verb.i < comma.i and verb.pos_ in ("VERB", "AUX") else None
    clause = opener.doc[opener.i : comma.i]
    roots = [
        t
        for t in clause
        if t != opener and (t.head == t or not clause.start <= t.head.i < clause.end)
    ]
    if len(roots) != 1 or roots[0].pos_ not in ("VERB", "AUX") or opener.head.i >= comma.i:
        return None
    _label_opener(opener, roots[0])
    return roots[0]


def _finite_verb(token: Token) -> bool:
    return token.pos_ in ("VERB", "AUX") and is_finite(token)


def _label_opener(opener: Token, condition: Token) -> None:
    """The opener is the condition's marker ("falls") or its auxiliary ("sollte")."""
    for child in list(opener.children):
        child.head = condition
    opener.head = condition
    if opener.lower_ in VERB_FIRST_CONDITION:
        opener.dep_ = "aux"
    else:
        opener.dep_, opener.pos_, opener.tag_ = "mark", "SCONJ", "KOUS"


# Articles only an accusative takes: "einen" (masculine), "den" before a singular noun
# ("den" before a plural is the dative).
ACCUSATIVE_ONLY_ARTICLES = frozenset({"einen", "den"})


def repair_fronted_accusative_objects(doc: Doc) -> list[Token]:
    """ "Einen Rücktritt lehnte sie ab", "Den Vorschlag lehnte die Regierung ab": a fronted
    phrase whose article is accusative-only is the object, however the model labels it; the
    model, reading the first phrase as the subject, labels the real subject after the finite
    verb the object. The two labels are swapped. The objects repaired."""
    found = []
    # the phrase after the finite verb made the subject was found not accusative-only, so
    # the subjects at the start are all it can repair
    for word in tokens_with_dep(doc, ("nsubj",)):
        if word.dep_ != "nsubj" or not _accusative_only(word):
            continue
        verb = word.head
        finite = _finite_of(verb)
        if finite is None or not word.i < finite.i:
            continue
        other = [c for c in verb.children if c.dep_ == "obj" and c.i > finite.i]
        if len(other) != 1 or _accusative_only(other[0]) or other[0].tag_ == "PRF":
            continue
        word.dep_, other[0].dep_ = "obj", "nsubj"
        found.append(word)
    return found


def repair_name_subject_after_fronted_object(doc: Doc) -> list[Token]:
    """ "Die von Moldau abtrünnige Region Transnistrien hat Russland um Schutz gebeten"
    parsed with the fronted phrase as the object and the bare name after the finite verb as
    the subject. Where neither phrase shows its case (a bare name; "die" before a feminine
    singular, "das", no article) and the fronted one agrees with the finite verb, German puts
    the subject first: the first phrase of the clause is the subject and the name after the
    finite verb the object (an object is fronted when its case shows it: "Den Vorschlag
    lehnte Russland ab"). The subjects restored."""
    found = []
    for name in tokens_with_dep(doc, ("nsubj",)):  # makes subjects only of words before
        if name.dep_ != "nsubj" or not _caseless_name(name):
            continue
        verb = name.head
        finite = _finite_of(verb)
        if finite is None or name.i <= finite.i:
            continue
        fronted = [c for c in verb.children if c.dep_ == "obj" and c.i < finite.i]
        if len(fronted) != 1 or not _caseless_first_phrase(fronted[0], finite):
            continue
        fronted[0].dep_, name.dep_ = "nsubj", "obj"
        found.append(fronted[0])
    return found


def _caseless_name(name: Token) -> bool:
    """A bare name, which shows no case (not a genitive in -s)."""
    return (
        name.pos_ == "PROPN"
        and not any(c.dep_ in ("case", "det", "det:poss") for c in name.children)
        and not looks_genitive(name)
    )


# the articles of a phrase that may be the nominative or the accusative alike
NOMINATIVE_OR_ACCUSATIVE = frozenset({"die", "das", "eine"})


def _caseless_first_phrase(noun: Token, finite: Token) -> bool:
    """The phrase opens its clause, may be nominative or accusative alike and is singular
    with a singular finite verb (a plural before "hat" is the object: "Die Vorwürfe wies
    Russland zurück")."""
    if noun.pos_ not in ("NOUN", "PROPN") or min(t.i for t in noun.subtree) != finite.sent.start:
        return False
    if morph_values(noun, "Number") != ("Sing",) or morph_values(finite, "Number") != ("Sing",):
        return False
    dets = [c for c in noun.children if c.dep_ in ("det", "det:poss") and c.i < noun.i]
    heads = [noun] + [c for c in noun.children if c.dep_ == "compound" and c.i < noun.i]
    dets += [d for h in heads[1:] for d in h.children if d.dep_ == "det"]
    if not dets:
        return _caseless_name(noun)
    if len(dets) != 1 or dets[0].lower_ not in NOMINATIVE_OR_ACCUSATIVE:
        return False
    # "die" before a singular common noun only if feminine; a name after "die" with a
    # singular verb is one ("die Ukraine", "die Türkei")
    gender = next((morph_values(h, "Gender") for h in heads if h.pos_ == "NOUN"), ("Fem",))
    return dets[0].lower_ != "die" or gender == ("Fem",)


def _accusative_only(noun: Token) -> bool:
    article = next((c for c in noun.children if c.dep_ == "det" and c.i < noun.i), None)
    if article is None or article.lower_ not in ACCUSATIVE_ONLY_ARTICLES:
        return False
    # "den" is the accusative singular only before a singular noun
    return article.lower_ == "einen" or "Sing" in morph_values(noun, "Number")


def _finite_of(verb: Token) -> Token | None:
    """The finite verb of the clause: the verb itself or its finite auxiliary."""
    return verb if is_finite(verb) else _finite_auxiliary(verb)


def _finite_auxiliary(verb: Token) -> Token | None:
    return next((c for c in verb.children if c.dep_ in ("aux", "aux:pass") and is_finite(c)), None)


def repair_objects_of_coordinated_participles(doc: Doc) -> list[Token]:
    """ "Die WHO hat den Austritt bedauert und Washington zum Umdenken aufgefordert": a
    participle coordinated with another shares its auxiliary (the "hat" is said once), so
    after an active perfect with "haben" the second participle is active too and its subject
    is the first one's. The model, seeing a participle with no auxiliary of its own, labels
    its object a passive subject, so the act loses its actor and its addressee. Such a label
    in the second conjunct is the object. The objects repaired."""
    found = []
    for word in tokens_with_dep(doc, ("nsubj:pass",)):  # relabels only the word it is at
        second = word.head
        if word.dep_ != "nsubj:pass" or second.dep_ != "conj" or not _bare_participle(second):
            continue
        first = second.head
        if word.i < first.i or not is_participle_form(first) or not _haben_perfect(first):
            continue
        word.dep_ = "obj"
        found.append(word)
    return found


def _bare_participle(verb: Token) -> bool:
    """A participle with no auxiliary and no subject of its own in its conjunct."""
    return is_participle_form(verb) and not any(
        c.dep_ in ("aux", "aux:pass", "nsubj", "cop") for c in verb.children
    )


def _haben_perfect(verb: Token) -> bool:
    auxiliaries = [c.lemma_.lower() for c in verb.children if c.dep_ in ("aux", "aux:pass")]
    return "haben" in auxiliaries and "werden" not in auxiliaries


def repair_adverbs_as_conjuncts(doc: Doc) -> list[Token]:
    """ "Die EU verurteilte den Einsatz der Armee scharf": a clause-final adverbial adjective
    ("scharf", "heftig", "entschieden") that the model makes a conjunct of the verb takes the
    verb's object with it, and the condemnation loses its target. A conjunct needs a
    conjunction or a comma before it; an adjective with neither, after the verb of its
    clause, is the verb's adverb, and what hangs on it is the verb's. The adverbs repaired."""
    found = []
    for word in tokens_with_tag(doc, ("ADJD",)):  # retags nothing, relabels words before
        verb = word.head
        if word.tag_ != "ADJD" or word.dep_ != "conj" or verb.pos_ != "VERB" or verb.i > word.i:
            continue
        if any(c.dep_ in ("cc", "cop", "nsubj", "mark") for c in word.children):
            continue
        if any(t.text in (",", ";", ":") or t.pos_ == "CCONJ" for t in _between(verb, word)):
            continue
        for child in list(word.children):
            if child.dep_ in _MOVED_LABELS and child.i < word.i:
                child.head, child.dep_ = verb, _MOVED_LABELS[child.dep_]
        word.dep_ = "advmod"
        found.append(word)
    return found


# "als" opening a clause: after a comma or at the sentence's start it is the subordinator of a
# temporal or comparative clause ("…, als pakistanische Flugzeuge Ziele bombardierten")
CLAUSE_ALS = frozenset({"als"})
SUBJECT_DEPS = frozenset({"nsubj", "nsubj:pass", "sb"})


def repair_als_clause_subjects(doc: Doc) -> list[Token]:
    """ "Die Feuerpause war gebrochen worden, als pakistanische Flugzeuge Ziele bombardierten":
    the model reads the subordinator "als" as the "als" of a role ("als Vermittler") and hangs
    the clause's first noun phrase on its verb as an oblique, or makes it a first object
    beside the real one, so the verb has no subject. A clause opened by "als" after a comma
    (or at the sentence's start) puts its verb last (Nebensatz order) and its subject first,
    so a bare noun phrase right after "als" on a later verb without a subject is that subject
    (as an object only when the verb has a second object after it: subject, object, verb),
    and "als" the clause's marker. Not a phrase marked as another case than the nominative.
    The subjects re-hung."""
    found = []
    for als in tokens_among(doc, CLAUSE_ALS):
        noun = _phrase_after_als(als)
        if noun is None or not _opens_clause(als) or not _nominative(noun):
            continue
        verb = noun.head
        if verb.pos_ not in ("VERB", "AUX") or verb.i < noun.i:
            continue
        if any(c.dep_ in SUBJECT_DEPS for c in verb.children):
            continue
        oblique = als.dep_ == "case" and noun.dep_ in ("obl", "nmod")
        first_object = (
            als.dep_ == "mark"
            and als.head == verb
            and noun.dep_ == "obj"
            and any(c.dep_ == "obj" and c.i > noun.i for c in verb.children)
        )
        if not (oblique or first_object):
            continue
        noun.dep_ = "nsubj"
        als.head, als.dep_ = verb, "mark"
        found.append(noun)
    return found


def _phrase_after_als(als: Token) -> Token | None:
    """The head noun of the phrase that follows "als", with only its own article and
    adjectives between."""
    doc = als.doc
    for i in range(als.i + 1, min(als.i + 5, len(doc))):
        word = doc[i]
        if word.pos_ in ("NOUN", "PROPN"):
            between = range(als.i + 1, i)
            return word if all(doc[j].head == word for j in between) else None
        if word.pos_ not in ("DET", "ADJ", "NUM"):
            return None
    return None


def _opens_clause(als: Token) -> bool:
    return als.is_sent_start or (als.i > 0 and als.doc[als.i - 1].text == ",")


def _nominative(noun: Token) -> bool:
    cases = morph_values(noun, "Case")
    return not cases or "Nom" in cases


# --- weak finite forms of separable verbs tagged as adjectives (session 21, parse21) --------

FINITE_PRESENT = {"Mood": "Ind", "Tense": "Pres", "VerbForm": "Fin"}


def _weak_separable_forms(codebook: Codebook) -> frozenset[str]:
    """The 3rd-person finite forms (present and preterite) of the codebook's weak verbs with a
    separable particle, without the particle ("schränkt", "schränkte", "ordnet", "ordnete" of
    "einschränken", "anordnen"): the only words the repair below asks."""
    strong = set(codebook.strong_forms.values())
    forms: set[str] = set()
    for lemma in {p.lemma for p in codebook.predicates if p.pos == "verb"}:
        prt = max((p for p in SEPARABLE_PARTICLES if lemma.startswith(p)), key=len, default="")
        base = lemma[len(prt) :]
        if not prt or len(base) < 4 or not base.endswith("n") or _strong_stem(base, strong):
            continue
        forms |= _weak_finite_forms(base)
    return frozenset(forms)


# a small set computed once per codebook, kept by the codebook's identity as the strong
# separable forms are (a table keyed by the bare id() would serve a freed codebook's forms)
weak_separable_forms: Callable[[Codebook], frozenset[str]] = by_identity(
    _weak_separable_forms, limit=16
)


def _strong_stem(base: str, strong: set[str]) -> bool:
    """The verb is strong, or a strong verb with a further particle ("aufnehmen")."""
    return any(base.endswith(infinitive) for infinitive in strong if len(infinitive) > 3)


def _weak_finite_forms(base: str) -> set[str]:
    """ "einschränken" -> "schränkt", "schränkte", "schränkten" (and the forms with a linking
    -e-, "ordnet", "ordnete": the ones a verb does not have are no words and never asked)."""
    stem = base[:-2] if base.endswith("en") else base[:-1]
    return {stem + e + ending for e in ("", "e") for ending in ("t", "te", "ten")}


def repair_separable_adjectives(doc: Doc, codebook: Codebook) -> list[Token]:
    """ "Die EU schränkt die Einfuhr russischer Kohle ein", "Peking ordnet die Schließung der
    Grenze an": the model tags a weak finite form that ends like an adjective or participle
    ("schränkt", "ordnet") as an adjective, though it parses the clause around it as a verb's
    (root or conjunct, the particle its "compound:prt"); in raw_de "schränkt … ein" was an
    adjective in 16 of 16 sentences, "ordnet … an" in 3 of 3. An adjective takes no separable
    particle: a lower-case such form whose particle hangs on it and makes a codebook verb is
    that verb's finite form. Of two subjects the parser gave it, the one after the verb is its
    object (one subject per clause; the Vorfeld holds it). The verbs restored."""
    found = []
    # only the words of that small set are asked (no pass over all tokens)
    for word in tokens_among(doc, weak_separable_forms(codebook)):
        if word.pos_ in ("VERB", "AUX") or not word.text.islower() or word.i == word.sent.start:
            continue
        infinitive = _particle_infinitive(word, codebook)
        if infinitive is None:
            continue
        word.pos_, word.tag_, word.lemma_ = "VERB", "VVFIN", infinitive
        past = word.lower_.endswith(PRETERITE_ENDINGS)
        word.morph = MorphAnalysis(word.vocab, FINITE_PAST if past else FINITE_PRESENT)
        _one_subject(word)
        found.append(word)
    return found


def _particle_infinitive(word: Token, codebook: Codebook) -> str | None:
    """The infinitive (without particle) of the codebook verb the word's particle makes, or
    None when no separable particle hangs on the word."""
    for prt in word.children:
        if prt.dep_ != "compound:prt" or prt.i < word.i or prt.lower_ not in SEPARABLE_PARTICLES:
            continue
        for guess in infinitive_guesses(word.lower_):
            if codebook.verbs(prt.lower_ + guess):
                return guess
    return None


def _one_subject(verb: Token) -> None:
    """A clause has one subject: when the parser hung a subject before the verb and another
    after it, the one after is the object ("Die EU[nsubj] schränkt die Einfuhr[nsubj→obj] …")."""
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    if len(subjects) == 2 and subjects[0].i < verb.i < subjects[1].i:
        subjects[1].dep_ = "obj"


# the labels under which the parser hangs a bare noun on the phrase before it
_ATTRIBUTE_DEPS = ("flat", "nmod")
# the labels of the words that may mark a noun phrase's case (an article, an adjective)
_CASE_MARKER_DEPS = frozenset({"det", "det:poss", "amod"})


def repair_object_after_place_phrase(doc: Doc) -> list[Token]:
    """ "Russland zog an der Grenze zur Ukraine Truppen[flat] zusammen", "Serbien brachte an
    der Grenze zum Kosovo Panzer[flat] in Stellung": the model hangs a bare noun after a
    prepositional phrase on that phrase's last noun, as a further word of its name or as its
    attribute. A common noun (STTS ``NN``) continues no name of another entity, and a noun's
    attribute without a preposition is a genitive, which a common noun shows by an article or
    adjective ("die Lage sozialistischer Regimes"): a bare common noun after the phrase is
    a phrase of its own, the object of the verb the prepositional phrase belongs to, when that
    verb has none. The objects re-hung."""
    found = []
    # the words of the two labels only, and of those only common nouns (no pass over all words)
    for noun in tokens_with_dep(doc, _ATTRIBUTE_DEPS):  # relabels only the word it is at
        if noun.tag_ != "NN" or noun.i < noun.head.i or not _bare_noun(noun):
            continue
        verb = _verb_of_phrase(noun.head)
        if verb is None or any(c.dep_ in ("obj", "nsubj:pass") for c in verb.children):
            continue
        noun.head, noun.dep_ = verb, "obj"
        found.append(noun)
    return found


def repair_genitive_name_as_object(doc: Doc) -> list[Token]:
    """ "Rebellen verschleppten im Norden Nigerias 200 Schülerinnen", "Die Armee griff im Osten
    Kongos …": the model takes a name in the genitive right after the noun of a prepositional
    phrase for the verb's object, and the place becomes the act's target. German has few
    genitive objects and none of them follows a prepositional phrase's noun without an article;
    a genitive name right after a noun is that noun's attribute (*die Hauptstadt Frankreichs*,
    *im Norden Malis*). Only a form the morphology reads as genitive alone is moved, so an
    object ending in -s of its own (*besuchte im Süden Paris*) stays. The names re-hung."""
    found = []
    for name in tokens_with_dep(doc, ("obj",)):  # relabels only the word it is at
        if name.pos_ != "PROPN" or name.i == 0 or name.morph.get("Case") != ["Gen"]:
            continue
        noun = doc[name.i - 1]
        if noun.pos_ != "NOUN" or not any(c.dep_ == "case" for c in noun.children):
            continue
        name.head, name.dep_ = noun, "nmod"
        found.append(name)
    return found


def _bare_noun(noun: Token) -> bool:
    """A common noun with no preposition, article or adjective of its own and no noun of time
    or month ("Ende Juli", "Mitte Dezember"). The recogniser often takes the noun into the
    name before it ("Ukraine Truppen" as one place), so the entity is not asked: a name and a
    common noun make one name only hyphenated ("SPD-Politiker"), and a word after a hyphen
    split off ("Rugby-|Meisterschaft") is a compound's part."""
    before = noun.doc[noun.i - 1]
    if (before.text == "-" and not before.whitespace_) or is_time_noun(noun):
        return False
    return not any(c.dep_ == "case" or c.dep_ in _CASE_MARKER_DEPS for c in noun.children)


def _verb_of_phrase(word: Token) -> Token | None:
    """The verb whose prepositional phrase the word ends ("zur Ukraine" in "an der Grenze zur
    Ukraine" in "zog … zusammen"), or None when the word is in no such phrase."""
    for _ in range(4):  # a phrase's nouns nest a few deep at most
        if word.dep_ == "obl" and any(c.dep_ == "case" for c in word.children):
            return word.head if word.head.pos_ in ("VERB", "AUX") else None
        if word.dep_ not in ("nmod", "flat", "appos") or word.head == word:
            return None
        word = word.head
    return None


# the words that compare a phrase with another, which then takes that one's case
COMPARISON_WORDS = frozenset({"wie", "als"})


def repair_two_subjects(doc: Doc) -> list[Token]:
    """ "Die Vorwürfe wies er zurück", "Diese Forderung lehnte er ab": with an object fronted
    and a pronoun subject after the finite verb the model labels both phrases subjects, or
    the pronoun the object. A clause has one subject, and a personal pronoun whose form is
    nominative only ("er", "wir", "man") is it, so the other phrase is the object; a pronoun
    whose form is accusative only ("ihn") is the object itself. The objects relabelled."""
    nominatives = german_words().nominative_pronouns
    accusatives = german_words().accusative_pronouns
    found = []
    # only the words of the two short pronoun lists are asked (no pass over all tokens)
    for pronoun in tokens_among(doc, nominatives | accusatives):
        nominative = pronoun.lower_ in nominatives
        other = _other_argument(pronoun, nominative)
        if other is None or not _may_be_object(other, pronoun, nominative):
            continue
        obj = other if nominative else pronoun
        pronoun.dep_ = "nsubj" if nominative else "obj"
        other.dep_ = "obj" if nominative else "nsubj"
        found.append(obj)
    return found


def _other_argument(pronoun: Token, nominative: bool) -> Token | None:
    """The one other subject of the pronoun's verb when the pronoun is labelled its subject
    and the verb has no object; for a nominative pronoun labelled the object, the verb's one
    subject."""
    verb = pronoun.head
    subjects = [c for c in verb.children if c.dep_ == "nsubj" and c != pronoun]
    if len(subjects) != 1:
        return None
    if pronoun.dep_ == "nsubj" and not any(c.dep_ == "obj" for c in verb.children):
        return subjects[0]
    return subjects[0] if nominative and pronoun.dep_ == "obj" else None


def _may_be_object(other: Token, pronoun: Token, nominative: bool) -> bool:
    """The other subject is a phrase that shows no case of its own against the pronoun: not
    a pronoun of the same lists, no comparison ("Wie Kohl sei er der Ansicht": "wie" takes the
    case of what it compares), and not a relative pronoun before a first or second person
    ("meine Frau und ich, die wir um die Ecke wohnen": the relative pronoun is the subject)."""
    words = german_words()
    if other.lower_ in words.nominative_pronouns | words.accusative_pronouns:
        return False
    if any(c.lower_ in COMPARISON_WORDS for c in other.children):
        return False
    if nominative and other.tag_ in RELATIVE_TAGS and morph_values(pronoun, "Person") != ("3",):
        return False
    return other.pos_ in ("NOUN", "PROPN", "PRON", "DET", "NUM")


def repair_verb_after_fronted_phrase(doc: Doc, codebook: Codebook) -> list[Token]:
    """ "In Colombo drangen Demonstranten in das Parlament ein", "In Paris gingen Zehntausende
    auf die Straße": a German main clause puts its finite verb right after the one fronted
    constituent. After a fronted prepositional phrase the model reads a preterite before a
    plural subject as the subject's attribute (amod), so the clause has no verb. An attribute
    never follows a whole prepositional phrase and precedes its noun without article in a
    clause that has no finite verb: when the word is a finite form of a codebook verb (a
    strong form from the verb table, or a weak preterite), it is the clause's verb and the
    noun it hung on its subject. Only attributes are asked (no pass over all tokens)."""
    found = []
    for word in tokens_with_dep(doc, ("amod",)):
        infinitive = _finite_after_fronted_phrase(word, codebook)
        if infinitive is None:
            continue
        _restore(word)
        if infinitive:
            word.lemma_ = infinitive
        prt = _closing_particle(word, infinitive, codebook) if infinitive else None
        if prt is not None:
            prt.head, prt.dep_, prt.tag_ = word, "compound:prt", "PTKVZ"
        found.append(word)
    return found


def _finite_after_fronted_phrase(word: Token, codebook: Codebook) -> str | None:
    """The infinitive of the strong verb the attribute is a finite form of, "" for a weak
    preterite of a codebook verb, None when the word is no verb after a fronted phrase."""
    if not word.text.islower() or word.i <= word.sent.start + 1 or word.head.i <= word.i:
        return None
    if word.head.pos_ not in ("NOUN", "PROPN") or not _closes_fronted_phrase(word.doc[word.i - 1]):
        return None
    if is_participle_form(word) or any(
        is_finite(t) and t.pos_ in ("VERB", "AUX")
        for t in word.doc[word.sent.start : word.head.i]
        if t != word
    ):
        return None
    strong = codebook.strong_forms.get(word.lower_)
    if strong and strong != word.lower_:
        prt = _closing_particle(word, strong, codebook)
        return strong if codebook.verbs(strong) or prt is not None else None
    if word.lower_.endswith(PRETERITE_ENDINGS) and any(
        codebook.verbs(k) for k in verb_keys(word, codebook.strong_forms)
    ):
        return ""
    return None


def _closes_fronted_phrase(last: Token) -> bool:
    """The word ends a prepositional phrase that opens the sentence ("In Kairo", "Am Montag",
    "Nach dem Urteil gegen den Oppositionsführer"): the phrase's head has a preposition of its
    own and its words run from the sentence's start to this word."""
    top = last
    while top.head != top and top.head.i < last.i + 1 and top.head.i >= last.sent.start:
        top = top.head
    return (
        last.pos_ in ("NOUN", "PROPN")
        and top.pos_ in ("NOUN", "PROPN")
        and _has_preposition(top)
        and top.left_edge.i == last.sent.start
        and top.right_edge.i == last.i
    )


# the parts of speech the tagger gives a Konjunktiv I form it does not know: "drohe" as
# preposition or adverb, "lehne" as preposition, "greife" as adjective
_SUBJUNCTIVE_MISTAGS = frozenset({"ADP", "ADV", "ADJ", "NOUN", "X"})
# the tags of the words that open a dependent clause, whose verb stands last
_CLAUSE_OPENERS = frozenset({"PRELS", "PRELAT", "PWS", "PWAT", "KOUS"})
SUBJUNCTIVE_PRESENT = {"Mood": "Sub", "Tense": "Pres", "VerbForm": "Fin"}


def subjunctive_forms(codebook: Codebook) -> dict[str, tuple[tuple[str, str], ...]]:
    """The Konjunktiv I 3rd person singular of every codebook verb ("drohen" -> "drohe",
    "fordern" -> "fordere", "ablehnen" -> "lehne" with particle "ab"), each with its
    (particle, infinitive) readings: a small table computed once per codebook."""
    return _subjunctive_forms_of(codebook)[0]


def _subjunctive_forms(
    codebook: Codebook,
) -> tuple[dict[str, tuple[tuple[str, str], ...]], frozenset[str]]:
    forms: dict[str, list[tuple[str, str]]] = {}
    for lemma in {p.lemma for p in codebook.predicates if p.pos == "verb"}:
        if not lemma.isalpha() or not lemma.endswith(("en", "ern")) or lemma.endswith("eln"):
            continue
        prt = next((p for p in SEPARABLE_PARTICLES if lemma.startswith(p) and p != lemma), "")
        infinitive = lemma[len(prt) :]
        if len(infinitive) < 5:
            continue  # "sein", "tun": no such form; short stems are other words
        # "drohen" -> "drohe"; "fordern" -> "fordere"
        form = infinitive[:-1] if infinitive.endswith("en") else infinitive[:-1] + "e"
        forms.setdefault(form, []).append((prt, infinitive))
    table = {form: tuple(readings) for form, readings in forms.items()}
    return table, frozenset(table)


_subjunctive_forms_of: Callable[
    [Codebook], tuple[dict[str, tuple[tuple[str, str], ...]], frozenset[str]]
] = by_identity(_subjunctive_forms, limit=16)


def repair_mistagged_subjunctives(doc: Doc, codebook: Codebook) -> list[Token]:
    """ "Moskau drohe Kiew mit Vergeltung", "Israel lehne einen Waffenstillstand ab": agency
    prose tells acts in reported speech, in Konjunktiv I, and the model does not know many of
    its forms: it tags "drohe" as preposition or adverb, "lehne" as preposition, "verhänge" as
    adverb, so the clause has no verb and the act is never coded. A Konjunktiv I form of a
    codebook verb (with its particle closing the clause when the verb has one) tagged as no
    verb, right after the noun phrase that is its subject, in a clause with no finite verb of
    its own, is the clause's finite verb: it takes the subject before it and the phrases
    after it up to the clause's end. The verbs restored."""
    forms, form_set = _subjunctive_forms_of(codebook)
    found = []
    # only the words of that small set are asked (no pass over all tokens)
    for word in tokens_among(doc, form_set):
        if word.pos_ not in _SUBJUNCTIVE_MISTAGS or not word.text.islower():
            continue
        if word.i == word.sent.start or word.tag_ == "ADJA" and word.dep_ == "amod":
            continue  # an attribute ("die nötige Mehrheit") is an adjective
        subject = _subject_before(word)
        if subject is None:
            continue
        end = _clause_end(word)
        if end is None:
            continue
        infinitive, prt = _subjunctive_reading(word, forms[word.lower_], end, codebook)
        if infinitive is None:
            continue
        _restore_subjunctive(word, subject, end, prt)
        word.lemma_ = infinitive
        found.append(word)
    return found


def _subject_before(word: Token) -> Token | None:
    """The head of the noun phrase that ends right before the word ("die Regierung in
    Ankara lehne" -> Regierung), or None when the word before is no noun or pronoun."""
    before = word.doc[word.i - 1]
    if before.pos_ not in ("NOUN", "PROPN", "PRON") or before.tag_ in ("PRELS", "PWS"):
        return None
    head = before
    # up the noun phrase: attributes ("in Ankara") hang on the noun before them
    while head.head != head and head.head.i < word.i and head.head.pos_ in ("NOUN", "PROPN"):
        if head.dep_ not in ("nmod", "flat", "appos", "compound"):
            break
        head = head.head
    if _has_preposition(head):
        return None  # a fronted adverbial ("Nach Angaben des Sprechers drohe …"): left alone
    # the subject opens the clause (after the colon or comma of the report, or "und"): in a
    # clause opened by a conjunction the verb stands last, and the noun before it is no subject
    first = _phrase_start(head)
    if any(t.tag_ in _CLAUSE_OPENERS or t.pos_ == "SCONJ" for t in word.doc[first : head.i]):
        return None  # "…, das polnische Bauern schütze": a relative clause's object
    if first > word.sent.start and not (
        word.doc[first - 1].is_punct or word.doc[first - 1].lower_ in AND_FORMS
    ):
        return None
    return head


def _phrase_start(head: Token) -> int:
    """Where the noun phrase of ``head`` begins: its left edge past the comma the parser
    may have hung on it."""
    first = head.left_edge.i
    while first < head.i and head.doc[first].is_punct:
        first += 1
    return first


def _clause_end(word: Token) -> Token | None:
    """The last word of the word's clause (before the next punctuation mark other than a
    comma of an enumeration, or the sentence's end), or None when the clause has a finite
    verb or a subordinating conjunction of its own after the word."""
    doc = word.doc
    last = word
    for tok in doc[word.i + 1 : word.sent.end]:
        if is_finite(tok) and tok.pos_ in ("VERB", "AUX") or tok.pos_ == "SCONJ":
            return None
        if tok.is_punct:
            break
        last = tok
    return last


def _subjunctive_reading(
    word: Token, readings: tuple[tuple[str, str], ...], end: Token, codebook: Codebook
) -> tuple[str | None, Token | None]:
    """The infinitive (without particle) and the closing particle of the reading the clause
    bears out: a particle verb's particle must end the clause ("lehne … ab")."""
    for prt, infinitive in readings:
        if prt and end.i > word.i and end.lower_ == prt:
            return infinitive, end
    for prt, infinitive in readings:
        if not prt and codebook.verbs(infinitive):
            return infinitive, None
    return None, None


def _restore_subjunctive(verb: Token, subject: Token, end: Token, prt: Token | None) -> None:
    """Make the word the finite verb of the clause from its subject to ``end``: the clause's
    words hung outside it hang on the verb, the verb on what the clause hung on (or it
    becomes the root)."""
    doc = verb.doc
    start = _phrase_start(subject)
    inside = range(start, end.i + 1)
    outer = next((t for t in (subject, *subject.ancestors) if t.i not in inside), None)
    if outer is None:
        outer = next((t for t in (verb, *verb.ancestors) if t.i not in inside), None)
    verb.pos_, verb.tag_ = "VERB", "VVFIN"
    # "ich lehne … ab" in a quotation is the same form, in the indicative
    mood = FINITE_PRESENT if subject.lower_ == "ich" else SUBJUNCTIVE_PRESENT
    verb.morph = MorphAnalysis(verb.vocab, mood)
    old_root = verb.sent.root
    if outer is None:  # the clause held the root: the verb is the sentence's root now
        verb.head, verb.dep_ = verb, "ROOT"
        if old_root != verb and old_root.i in inside:
            old_root.head = verb
        for token in doc[end.i + 1 : verb.sent.end]:
            if token.head == old_root and token.dep_ in _CLAUSE_LABELS:
                token.head = verb
    else:
        verb.head = outer
        verb.dep_ = "ccomp" if outer.pos_ in ("VERB", "AUX") else "parataxis"
    for token in doc[start : end.i + 1]:
        if token == verb:
            continue
        # the subject, what hung outside the clause, and the phrases after the verb hung on
        # a word before it (they are no attributes of the subject)
        if token == subject or token.head.i not in inside or token.head.i < verb.i < token.i:
            token.head = verb
    subject.dep_ = "nsubj"
    if prt is not None:
        prt.head, prt.dep_, prt.tag_ = verb, "compound:prt", "PTKVZ"
    _label_subjunctive_arguments(verb, subject, prt)


def _label_subjunctive_arguments(verb: Token, subject: Token, prt: Token | None) -> None:
    """After the verb, a phrase with a preposition is an oblique, a bare one an object (of
    two, the first the dative)."""
    objects = []
    for child in verb.rights:
        if child == prt or child.pos_ not in ("NOUN", "PROPN", "PRON", "NUM"):
            continue
        if _has_preposition(child):
            child.dep_ = "obl"
        else:
            child.dep_ = "obj"
            objects.append(child)
    _dative_first(objects)
