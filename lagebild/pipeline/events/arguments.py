"""Arguments of an event predicate from the dependency parse (UD German labels).

A frame in the codebook names grammatical *slots* (``subj``, ``obj``, ``dat``, ``gen``,
``poss``, ``pp:<preposition>``, ``content``, ``governor_subj``); ``slot_heads`` finds
the head tokens of the phrases filling a slot, taking voice into account: in a passive
``subj`` is the von/durch agent and ``obj`` the passive subject. Subjects missing from
coordinated, infinitive or relative clauses are taken from the clause they depend on.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from spacy.tokens import Token

from lagebild.codebook.quotes_loader import load_lexicon
from lagebild.german.lexicon import german_words
from lagebild.german.memo import per_token
from lagebild.german.pronouns import is_reflexive_pronoun as _is_reflexive_pronoun
from lagebild.german.pronouns import is_relative_pronoun, nearest_antecedent
from lagebild.german.verbs import (  # noqa: F401  (args.verb_key, args.verb_keys)
    COMPARISON_PARTICLES,
    PASSIVE_SUBJECT_DEPS,
    SUBJECT_DEPS,
    is_participle_form,
    is_passive,
    marks_infinitive,
    morph_values,
    perfect_infinitive,
    verb_key,
    verb_keys,
)
from lagebild.german.verbs import is_reflexive_verb as is_reflexive  # noqa: F401  (args.)
from lagebild.german.words import CONTRACTIONS

PP_DEPS = frozenset({"obl", "obl:arg", "nmod", "obl:agent", "obl:tmod"})
OBJECT_DEPS = ("obj",)
DATIVE_DEPS = frozenset({"iobj", "obl:arg", "obl", "obj", "nmod"})
DATIVE_ARTICLES = frozenset({"dem", "der", "den", "einem", "einer"})
NAME_PART_DEPS = frozenset({"compound", "flat", "flat:name"})
CLAUSAL_DEPS = frozenset({"acl", "acl:relcl", "ccomp", "advcl", "xcomp", "parataxis", "csubj"})
CONTENT_DEPS = frozenset({"obj", "ccomp", "xcomp", "obl:arg", "csubj", "nmod", "acl"})
# "seitens" names the agent in official German ("wurde seitens der Regierung abgelehnt")
AGENT_PREPOSITIONS = frozenset({"von", "durch", "seitens"})
# Prepositional phrases that say where, when or by whom, never what.
# (a "wie"-phrase compares: "begrüßte das Urteil ebenso wie Schäuble" names a second
# welcomer, "Staaten wie Iran" examples; a "trotz"-phrase concedes: "findet trotz des
# Austritts von Henkel Anklang": never what the act is about)
NOT_CONTENT_PREPOSITIONS = AGENT_PREPOSITIONS | {
    "in", "bei", "während", "nach", "vor", "seit", "wie", "trotz", "ungeachtet"
}  # fmt: skip
# Prepositions that relate a phrase to someone else ("Spannungen mit den USA"); others can be
# part of a name or title ("Sprecher von Johnson", "Organisation für Sicherheit … in Europa").
RELATIONAL_PREPOSITIONS = frozenset(
    {"mit", "gegen", "zwischen", "über", "auf", "an", "nach", "vor", "wegen", "trotz", "seit",
     "gegenüber", "bei", "um", "zu", "unter", "durch", "ohne", "aus"}
)  # fmt: skip
NAME_DEPS = frozenset(
    {"flat", "flat:name", "appos", "compound", "amod", "det", "nmod:poss", "det:poss", "nummod"}
)
# Personal pronouns that are only nominative.
NOMINATIVE_PRONOUNS = frozenset({"er", "ich", "wir", "du"})
# Personal pronouns that are never nominative: "verurteilte ihn ein Gericht".
OBLIQUE_PRONOUNS = frozenset({"ihn", "ihm", "ihnen", "mich", "mir", "dich", "dir", "euch"})


@per_token
def preposition(token: Token) -> str | None:
    """The preposition heading a nominal (its `case` child), in plain form. A contracted
    preposition the tagger took for an article ("vom" as DET) counts too."""
    children = list(token.children)  # walked once: each walk makes a Token per child
    for child in children:
        if child.dep_ == "case" and not _quantity_als(child):
            word = child.lower_
            return CONTRACTIONS.get(word, word)
    for child in children:
        if child.i < token.i and child.lower_ in CONTRACTIONS:
            return CONTRACTIONS[child.lower_]
    # "Laut der New York Times" with "Laut" hung on "York", a part of the name before its head
    for child in children:
        if child.i < token.i and child.dep_ in NAME_PART_DEPS:
            return preposition(child)
    # "gegen Zehntausende Demonstranten", "mit Hunderten Anhängern": the parser hangs the
    # phrase's preposition on the quantity noun before the counted noun
    for child in children:
        if child.i == token.i - 1 and _is_quantity_noun(child):
            return preposition(child)
    return _comparison_before(token)


# "mehr als 200 Menschen", "weniger als 50 Personen": the comparative before "als" makes it
# part of a quantifier, not a preposition
QUANTITY_COMPARATIVES = frozenset({"mehr", "weniger"})


def is_claim_source(token: Token) -> bool:
    """A source adverbial citing someone's account: "laut dem Militär", "dem Sprecher zufolge",
    "nach israelischen Militärangaben" (with "nach" only a source noun of the reporting
    lexicon, as the quotation finder reads them: "nach" is mostly temporal or directional).
    Such a phrase says who tells of the act, so it is never one of the act's arguments
    ("stellt nach Angaben von Außenminister Maas 20 Millionen Euro bereit")."""
    prep = preposition(token)
    if prep in ("laut", "zufolge"):
        return True
    return prep == "nach" and load_lexicon().source_noun(token.text) is not None


def _quantity_als(word: Token) -> bool:
    """ "nahm mehr als 200 Menschen fest": "als" between a comparative and a number belongs to
    the quantifier of the noun phrase (the parser labels it case or cc), which stays an object
    or a subject; a comparison ("mehr als Russland") has no number after it."""
    if word.lower_ != "als" or word.i == 0 or word.i + 1 >= len(word.doc):
        return False
    before, after = word.doc[word.i - 1], word.doc[word.i + 1]
    return before.lower_ in QUANTITY_COMPARATIVES and after.pos_ == "NUM"


def _quantified_objects(verb: Token) -> list[Token]:
    """ "Die Polizei nahm mehr als 200 Menschen fest" with the object labelled obl and "als"
    cc, or hung as a conjunct on "mehr": a noun with no preposition counted by "mehr/weniger
    als" is an argument, not an adverbial (unless it counts time: "mehr als drei Stunden")."""
    found = []
    for c in arguments(verb):
        if c.dep_ == "obl":
            found.append(c)
        elif c.dep_ == "advmod" and c.lower_ in QUANTITY_COMPARATIVES:
            found += [n for n in c.children if n.dep_ in ("conj", "obl", "nmod")]
    return [
        n
        for n in found
        if n.pos_ == "NOUN"
        and preposition(n) is None
        and not is_time_noun(n)
        and any(_quantity_als(c) for c in n.children)
    ]


# "Tausende, Zehntausende, Hunderte, Dutzende Menschen": nouns that count the noun after them
QUANTITY_NOUN_ENDINGS = ("tausend", "tausende", "hundert", "hunderte", "dutzend", "dutzende")


def _is_quantity_noun(token: Token) -> bool:
    lemma = token.lemma_.lower()
    return token.pos_ == "NOUN" and lemma.endswith(QUANTITY_NOUN_ENDINGS)


def _comparison_before(token: Token) -> str | None:
    """ "lobte Trump als «Mann des Friedens»" with "als" hung on the verb as a particle: the
    phrase right after it (quotation marks between) is its predicative, no object."""
    doc = token.doc
    i = token.left_edge.i - 1
    before = doc[i] if i >= 0 else None  # each word made once (asked ~15,000 times a run)
    while before is not None and before.is_punct and before.is_quote:
        i -= 1
        before = doc[i] if i >= 0 else None
    if (
        before is not None
        and before.lower_ in COMPARISON_PARTICLES
        and before.head == token.head
        and before.dep_ in ("compound:prt", "svp")
    ):
        return before.lower_
    return None


@per_token
def arguments(verb: Token) -> list[Token]:
    """The verb's dependents, and those the parser hung on its particle instead
    ("wies [die Vorwürfe der USA] zurück" with the object under "zurück")."""
    own = list(verb.children)
    children = list(own)
    for child in own:
        if child.dep_ in ("compound:prt", "svp", "aux", "aux:pass"):
            children.extend(c for c in child.children if c.dep_ != "punct")
        children.extend(_partners_on_time(child))
    return children


# Prepositions of a partner, topic or place, which a noun of time never governs: "seit Wochen
# mit der Hamas" is "with Hamas for weeks", not "weeks with Hamas"; "am Sonntag in Teheran"
# says where the act was, not which Sunday.
PARTNER_PREPOSITIONS = frozenset({"mit", "zwischen", "gegen", "über", "in", "nach"})


def _partners_on_time(adverbial: Token) -> list[Token]:
    """ "Israel verhandelt seit Wochen mit der Hamas", "vermittelt seit Wochen zwischen
    Israel und der Hamas", "will sich in der kommenden Woche mit Xi treffen": the parser
    hangs the phrase after a time adverbial on its noun; a time has no partner or topic, so
    such a phrase is the verb's."""
    if adverbial.dep_ not in ("obl", "obl:tmod") or not is_time_noun(adverbial):
        return []
    return [
        c
        for c in adverbial.children
        if c.dep_ == "nmod" and c.i > adverbial.i and preposition(c) in PARTNER_PREPOSITIONS
    ]


def is_dative(token: Token) -> bool:
    """Dative by the article's case if it has one (it is tagged more reliably), else its own."""
    for child in token.children:
        if child.dep_ == "det" and morph_values(child, "Case"):
            if _der_before_feminine(child, token) and token.dep_ in ("obj", "iobj"):
                return True
            if _der_attribute_of_verb(child, token):
                return True
            if token.dep_ in SUBJECT_DEPS and _der_before_sure_feminine(child, token):
                return True
            if child.lower_ == "den" and _plural_acronym(token):
                return True
            if _den_before_singular(child, token):
                return False
            return "Dat" in morph_values(child, "Case")
    return "Dat" in morph_values(token, "Case")


def _der_attribute_of_verb(det: Token, noun: Token) -> bool:
    """ "Redwan Hussien dankte der AU für ihre Vermittlung" with "der AU" labelled a genitive
    attribute (nmod) of the verb: a verb has no genitive attribute, and with its subject
    named elsewhere a singular "der" phrase after it is the dative object."""
    verb = noun.head
    return (
        det.lower_ == "der"
        and det.i == noun.left_edge.i
        and noun.dep_ == "nmod"
        and verb.pos_ in ("VERB", "AUX")
        and noun.i > verb.i
        and morph_values(noun, "Number") != ("Plur",)
        and any(s is not noun for s in subjects(verb))
    )


def _der_before_feminine(det: Token, noun: Token) -> bool:
    """ "sagte der Ukraine Hilfe zu": before a feminine singular noun "der" is dative or
    genitive, never nominative or accusative (those are "die"), whatever case the tagger gave
    the article; as an object of the verb it is the dative (genitive objects are rare)."""
    return (
        det.lower_ == "der"
        and morph_values(noun, "Gender") == ("Fem",)
        and morph_values(noun, "Number") == ("Sing",)
    )


# Endings that make a German noun feminine (Regierung, Mehrheit, Partnerschaft, Kommission)
FEMININE_SUFFIXES = ("ung", "heit", "keit", "schaft", "ion", "tät", "ei", "ie", "ik", "enz", "anz")


def _der_before_sure_feminine(det: Token, noun: Token) -> bool:
    """ "Der Ukraine sagte Deutschland Hilfe zu", "Der Regierung in Kiew sicherte Scholz …
    zu" with the fronted dative labelled subject: "der" before a feminine singular is never
    nominative. The tagger's gender follows the article ("Der Regierung" tagged masculine),
    so the noun's own ending decides: a feminine suffix, or a name in -e or -ei (Ukraine,
    Türkei; not common nouns in -e: "der Russe")."""
    if (
        det.lower_ != "der"
        or det.i != noun.left_edge.i
        or morph_values(noun, "Number") == ("Plur",)
    ):
        return False
    word = noun.lower_.rsplit("-", 1)[-1]
    if noun.pos_ == "NOUN":
        return word.endswith(FEMININE_SUFFIXES)
    return noun.pos_ == "PROPN" and word.endswith(("e", "ei"))


def _den_before_singular(det: Token, noun: Token) -> bool:
    """ "hat den russischen Botschafter ausgewiesen": "den" is the accusative singular or the
    dative plural, and a dative plural noun ends in -n or -s (den Botschaftern, den Autos); a
    noun without that ending, or a singular, makes "den" accusative, whatever case the tagger
    gave the article."""
    if det.lower_ != "den":
        return False
    return (
        morph_values(noun, "Number") == ("Sing",)
        or not noun.lower_.endswith(("n", "s"))
        or _named_person(noun)
    )


def _named_person(noun: Token) -> bool:
    """ "den argentinischen Präsidenten Milei": a title noun followed by one person's name is
    singular, whatever number the tagger gave the weak noun (Präsidenten, Kollegen and
    Kandidaten end in -en in the accusative singular as in the dative plural)."""
    names = [c for c in noun.children if c.dep_ in ("appos", "flat", "flat:name") and c.i > noun.i]
    return (
        noun.pos_ == "NOUN"
        and len(names) == 1
        and names[0].pos_ == "PROPN"
        and names[0].i == noun.i + 1
        and not any(c.dep_ == "conj" for c in names[0].children)
    )


def _plural_acronym(noun: Token) -> bool:
    """ "drohte den USA", "dankte den VAE": a plural name written as an acronym has no
    dative -n, so after "den" (only dative in the plural) it is the dative whatever its
    ending or the article's tag."""
    return (
        noun.pos_ == "PROPN"
        and noun.text.isupper()
        and len(noun.text) > 1
        and morph_values(noun, "Number") == ("Plur",)
    )


def is_genitive(token: Token) -> bool:
    if "Gen" in morph_values(token, "Case"):
        return True
    if any(
        c.dep_ in ("det", "det:poss") and "Gen" in morph_values(c, "Case") for c in token.children
    ):
        return True
    # without an article the genitive shows only on the adjective: "die Entführung deutscher
    # Bergsteiger", "die Rechte ausländischer Journalisten"
    if not any(c.dep_ in ("det", "det:poss") for c in token.children) and any(
        c.dep_ == "amod" and c.i < token.i and "Gen" in morph_values(c, "Case")
        for c in token.children
    ):
        return True
    # "Forderungen Russlands", "Kritik Venezuelas": a proper name in -s after its noun
    return token.pos_ == "PROPN" and token.lower_.endswith("s") and token.i > token.head.i


# "nach (eigenen) Angaben", "laut Informationen", "nach Berichten": the source of a report,
# its noun one of the reporting lexicon's source nouns (reporting_verbs.yaml, source: true)
SOURCE_PREPOSITIONS = frozenset({"nach", "laut"})


def source_phrase_objects(verb: Token) -> list[Token]:
    """ "Die USA haben nach eigenen Angaben Sanktionen … verhängt", "hat nach Angaben aus Kiew
    Truppen … verlegt" with the object hung on the source noun: the source of a report takes
    a genitive or a von/aus phrase ("nach Angaben der Polizei", "Angaben Kiews"), never a
    bare noun after it, which is the verb's object."""
    return [
        c
        for source in arguments(verb)
        if preposition(source) in SOURCE_PREPOSITIONS
        and load_lexicon().source_noun(source.text) is not None
        for c in source.children
        if c.dep_ in ("nmod", "obj", "appos")
        # right after the source noun: after its genitive a name may go on ("nach Angaben
        # der Stiftung Deutsche Depressionshilfe")
        and c.left_edge.i == source.i + 1
        and c.pos_ in ("NOUN", "PROPN")
        and preposition(c) is None
        and not is_genitive(c)
    ]


@per_token
def subjects(verb: Token, depth: int = 0) -> list[Token]:
    """Who acts: the subject, the von/durch agent of a passive, or a borrowed subject."""
    if depth > 4:
        return []
    if is_passive(verb):
        return agents(verb) or _borrowed(verb, depth, passive=True)
    own = _comma_clause_subject(verb)
    if own:
        return own
    if _verb_first_conjunct(verb):
        # "wies die Darstellung zurück und warf Scholz … vor": the conjunct shares the subject
        return _borrowed(verb, depth)
    controller = _borrowed(verb, depth) if _dependent_zu_infinitive(verb) else []
    if controller:
        # a zu-infinitive has no subject of its own: a "subject" is a mislabelled object
        # ("angekündigt, keine Hilfe(Acc) mehr leisten zu wollen"); it takes the governor's
        return controller
    found = _labelled_subjects(verb)
    if not found:  # an active clause: a "passive subject" label is a slip for the subject
        found = [
            c
            for c in arguments(verb)
            if c.dep_ in PASSIVE_SUBJECT_DEPS
            and "Acc" not in _case(c)
            and (not is_dative(c) or _genitive_determined(c))
        ]
        found = _before_perfect_finite(verb, found) or found
    if not found:
        # "Spaniens Regierungschef Sánchez ist … eingetroffen" labelled an adverbial
        found = [
            c
            for c in arguments(verb)
            if c.dep_ == "obl"
            and preposition(c) is None
            and _genitive_determined(c)
            and morph_values(c, "Case") == ("Nom",)
            and c.i < verb.i
        ]
    # a small parser sometimes hangs the subject on the auxiliary ("Russland will … verkaufen")
    found += [
        g
        for c in arguments(verb)
        if c.dep_ in ("aux", "aux:pass", "cop")
        for g in c.children
        if g.dep_ in SUBJECT_DEPS
    ]
    found = [t for t in found if preposition(t) is None and not _compared(t)]
    # case beats label: "verurteilte ihn(Acc) ein Gericht(Nom)", "hat … die Gewerkschaft(Nom)
    # abgelehnt" with subject and object labels swapped or missing
    verb_objects = [c for c in arguments(verb) if c.dep_ == "obj"]
    if found and all(t.lower_ in OBLIQUE_PRONOUNS for t in found):
        found = [c for c in verb_objects if _maybe_nominative(c)] or found
    elif not found and not _borrowed(verb, depth):
        found = _subject_among_objects(verb, verb_objects)
    if len(found) > 1:  # two "subjects": the parser took an object for one; likeliest first
        likely = _likely_subject(found, _finite_number(verb))
        found = likely + [t for t in found if t not in likely]
    if len(found) == 1 and is_relative_pronoun(found[0]):
        found = _agreeing_subject(found[0], verb, verb_objects)
    if found:
        return [_antecedent(t, verb) for t in found]
    return _borrowed(verb, depth) or _stranded_subject(verb)


def _genitive_determined(noun: Token) -> bool:
    """ "Kolumbiens Regierung", "Spaniens Regierungschef": a name's prenominal genitive
    stands for the article, and the noun after it shows no case (a feminine noun none at
    all), so the tagger's case is a guess."""
    return noun.pos_ == "NOUN" and any(
        c.i == noun.i - 1
        and c.pos_ == "PROPN"
        and c.dep_ in ("dep", "nmod:poss", "nmod", "det:poss")
        and c.lower_.endswith("s")
        for c in noun.children
    )


def _labelled_subjects(verb: Token) -> list[Token]:
    """The phrases labelled subject, corrected where the label contradicts German grammar: a
    phrase after a focus particle before the finite verb (``Auch der Iran drohte …``); no
    phrase with an oblique article (``Den Vorschlag lehnte die Regierung ab``); the nominative
    before a perfect's ``haben`` (``Die EU-Kommission hat Ungarn … gedroht``); an age noun
    before the verb (``Der 70-Jährige warf der Regierung … vor``)."""
    found = _focused_vorfeld(verb) or [c for c in arguments(verb) if _is_subject(c)]
    found = _without_oblique_articles(verb, found)
    # the phrase labelled subject after the finite "haben" is then an object
    found = _vorfeld_subject(verb, found) or found
    found = _subject_by_agreement(verb, found) or found
    return _age_reference_subject(verb, found) + found


def _subject_among_objects(verb: Token, verb_objects: list[Token]) -> list[Token]:
    """No phrase labelled subject: case beats label among the objects. A nominative object
    ("verurteilte ihn ein Gericht(Nom)"); beside an accusative, a possibly nominative one
    ("Den … Einsatz(Acc) hat die Gewerkschaft abgelehnt"); of two objects the one nominative
    ("rufen China(Nom) und Russland die USA(Acc) auf"); else the inverted subject behind a
    fronted adverbial."""
    number = _finite_number(verb)
    # a subject agrees with the finite verb: "Am Montag haben(Pl) israelische Soldaten ein
    # Flüchtlingslager(Sg) angegriffen" with both phrases tagged nominative objects
    found = [c for c in verb_objects if _is_nominative(c) and _agrees_in_number(c, number)]
    accusatives = [
        c
        for c in arguments(verb)
        if c.dep_ in ("obj", "obl", "nsubj:pass") and preposition(c) is None and "Acc" in _case(c)
    ]
    if not found and accusatives:
        found = [
            c
            for c in verb_objects
            if _maybe_nominative(c) and c not in accusatives and _agrees_in_number(c, number)
        ]
    if not found and len(verb_objects) > 1:
        nominative = [c for c in verb_objects if morph_values(c, "Case") == ("Nom",)]
        if len(nominative) == 1 and any("Acc" in _case(c) for c in verb_objects):
            found = nominative
    if not found and len(verb_objects) > 1:
        found = _inverted_subject(verb, verb_objects)
    if not found and len(verb_objects) == 1 and verb_objects[0].pos_ == "PROPN":
        # "Nach Angaben des Präsidialamts telefonierte Macron am Abend mit …": a finite
        # clause has a subject, and with the Vorfeld filled it follows the verb; the one
        # name labelled object there is it
        found = _inverted_subject(verb, verb_objects)
    return found


def _inverted_subject(verb: Token, verb_objects: list[Token]) -> list[Token]:
    """ "Bei einer Razzia töteten israelische Soldaten drei Palästinenser" with both phrases
    after the finite verb labelled objects: behind a fronted adverbial the subject stands
    right after the finite verb, and of two full noun phrases in the Mittelfeld the
    nominative comes first (the unmarked order). So the first of two objects after a finite
    verb with its Vorfeld filled is the subject when it may be nominative and agrees with the
    verb in number (a verb with two accusatives excepted: "nannte ihn einen Lügner"). In a
    perfect the finite verb is the auxiliary ("Am Montag haben israelische Soldaten …")."""
    finite = _finite_form(verb)
    if finite is None or verb.lemma_.lower() in german_words().double_accusative_verbs:
        return []
    first, *rest = sorted(verb_objects, key=lambda t: t.i)
    vorfeld = [t for t in verb.doc[verb.sent.start : finite.i] if not t.is_punct]
    agrees = _finite_number(verb) in morph_values(first, "Number")
    if (
        vorfeld
        and first.i > finite.i
        and first.pos_ in ("NOUN", "PROPN")
        and preposition(first) is None
        # a bare name shows no case: the tagger's is a guess ("richtete Saudi-Arabien(Gen)
        # sieben Männer hin")
        and (_maybe_nominative(first) or (first.pos_ == "PROPN" and _without_article(first)))
        and not is_dative(first)
        and agrees
        and all(o.i > first.i for o in rest)
    ):
        return [first]
    return []


# Articles that are never nominative: "den" (accusative singular, dative plural), "dem",
# "einen", "einem". A phrase with one is never the subject, whatever its label.
OBLIQUE_ARTICLES = frozenset({"den", "dem", "einen", "einem"})


def has_oblique_article(token: Token) -> bool:
    return token.pos_ in ("NOUN", "PROPN") and any(
        c.dep_ == "det"
        and (
            c.lower_ in OBLIQUE_ARTICLES
            or (token.dep_ in SUBJECT_DEPS and _der_before_sure_feminine(c, token))
        )
        for c in token.children
    )


def _without_oblique_articles(verb: Token, found: list[Token]) -> list[Token]:
    """ "Den Vorschlag lehnte die Regierung in Moskau ab" parsed with the fronted object as
    the subject (or as a second object) and the subject as the object: German puts the object
    before the finite verb freely, and its article ("den", "dem") says it is no subject. The
    subject is then the one bare phrase after the finite verb whose article may be nominative
    ("die", "das", "der") or a bare name."""
    rest = [t for t in found if not has_oblique_article(t)]
    if rest or not _fronted_oblique(verb):
        return rest
    others = [
        c
        for c in arguments(verb)
        if c.dep_ in ("obj", *PASSIVE_SUBJECT_DEPS)
        and c.i > verb.i
        and c.pos_ in ("NOUN", "PROPN")
        and preposition(c) is None
        and not has_oblique_article(c)
        and not is_dative(c)
    ]
    return others[:1] if len(others) == 1 else []


def _subject_by_agreement(verb: Token, found: list[Token]) -> list[Token]:
    """ "Die Angriffe hat Frankreich verurteilt", "Die Vorwürfe wies der Kreml zurück" parsed
    with the fronted object as the subject: German fronts the object freely, and the article
    "die" does not tell the case. The subject agrees with the finite verb in number, so a
    fronted common noun of the other number (a plural before "hat") is the object, and the
    subject is the one bare phrase after the finite verb that agrees."""
    finite = _finite_form(verb)
    number = _finite_number(verb)
    if finite is None or number is None or len(found) != 1:
        return []
    fronted = found[0]
    if not (fronted.i < finite.i and _number_shown(fronted) not in (None, number)):
        return []
    others = [
        c
        for c in arguments(verb)
        if c.dep_ in ("obj", "iobj", "obl:arg", *PASSIVE_SUBJECT_DEPS)
        and c.i > finite.i
        and preposition(c) is None
        and _may_follow_as_subject(c, number)
    ]
    return others if len(others) == 1 else []


def _number_shown(noun: Token) -> str | None:
    """The number of a common noun phrase where its form leaves no doubt: the tagger's guess
    for a plain noun, not for a name (tagged a noun at times: "Qin"), a coordination
    (plural), a person's title before a name, an adjectival noun ("der Beamte", "die
    Vorsitzende" look plural), or a phrase whose article or weak adjective is singular
    ("die stellvertretende …": a plural would be "stellvertretenden")."""
    if (
        noun.pos_ != "NOUN"
        or noun.ent_type_
        or any(c.dep_ in ("conj", "appos", "flat") for c in noun.children)
        or (noun.lower_.endswith("e") and noun.lemma_.lower() == noun.lower_)
        or not morph_values(noun, "Number")
    ):
        return None
    number = morph_values(noun, "Number")[0]
    words = [c for c in noun.children if c.i < noun.i and c.dep_ in ("det", "amod")]
    singular = any(w.lower_ in SINGULAR_ARTICLES or w.lower_ == "der" for w in words) or any(
        w.dep_ == "amod" and w.lower_.endswith("e") for w in words
    )
    return None if number == "Plur" and singular else number


def _may_follow_as_subject(phrase: Token, number: str) -> bool:
    """A phrase after the finite verb that may be its subject: a name, or a noun with a
    definite article that may be nominative and agrees with the verb ("wies der Kreml …
    zurück"); an indefinite one is the object in news copy ("nahm eine Einladung an")."""
    if phrase.pos_ == "PROPN":
        return not has_oblique_article(phrase) and _agrees_in_number(phrase, number)
    articles = [c.lower_ for c in phrase.children if c.dep_ == "det"]
    return (
        phrase.pos_ == "NOUN"
        and bool(articles)
        and all(a in NOMINATIVE_ARTICLES for a in articles)
        and morph_values(phrase, "Number") == (number,)
    )


def _fronted_oblique(verb: Token) -> bool:
    """A finite verb of a main clause with a "den"/"dem" phrase before it (the Vorfeld)."""
    return (
        _finite_by_morph(verb)
        and verb.dep_ != "conj"
        and any(
            c.i < verb.i and c.dep_ in ("obj", *SUBJECT_DEPS) and has_oblique_article(c)
            for c in arguments(verb)
        )
    )


COORDINATORS = frozenset({"und", "oder", "aber", "sowie"})


def _verb_first_conjunct(verb: Token) -> bool:
    """ "Lindner wies die Darstellung zurück und warf Scholz einen Bruch vor": a finite verb
    right after "und" shares the subject of the clause before (German puts a conjunct's own
    subject before its verb: "und die Ukraine wehrte ab", or after an adverb: "und dann warf
    Washington …"); a name after the verb, which the parser labels its subject, is its object.
    So does a conjunct whose finite auxiliary or modal stands right after "und" ("Indien macht
    Pakistan verantwortlich und hatte ein Abkommen ausgesetzt", "und will Sanktionen
    verhängen"): the finite verb opens the conjunct, its Vorfeld is empty."""
    finite = _conjunct_finite(verb)
    if finite is None:
        return False
    return any(c.dep_ in SUBJECT_DEPS and c.i < verb.head.i for c in verb.head.children) and all(
        c.i > finite.i for c in verb.children if c.dep_ in SUBJECT_DEPS
    )


def _conjunct_finite(verb: Token) -> Token | None:
    """The finite word that opens ``verb``'s conjunct right after its coordinator: the verb
    itself or its auxiliary; None when the conjunct opens otherwise."""
    if verb.dep_ != "conj" or verb.i == 0 or verb.head.i > verb.i:
        return None
    finite: Token | None = verb
    if not _finite_by_morph(verb):  # a perfect or a modal: the auxiliary carries the form
        finite = next(
            (c for c in verb.children if c.dep_ in ("aux", "aux:pass") and c.i < verb.i), None
        )
        if finite is None or not _finite_by_morph(finite) or is_passive(verb):
            return None
    if finite is None or finite.i == 0 or finite.i <= verb.head.i:
        return None
    before = verb.doc[finite.i - 1]
    if (
        before.dep_ != "cc"
        or before.head not in (verb, finite)
        or before.lower_ not in COORDINATORS
    ):
        return None
    return finite


# Focus particles: they stand before a phrase in the one place before the finite verb
# ("Auch Ungarn lehnt …", "Nur Polen stimmte …") and do not change its role.
FOCUS_PARTICLES = frozenset({"auch", "nur", "selbst", "sogar", "ebenfalls", "gerade"})


def _focused_vorfeld(verb: Token) -> list[Token]:
    """ "Auch Russland wies die Vorwürfe zurück" parsed with the particle as if it were a
    preposition and the name labelled an adverbial (obl): a bare phrase after a focus
    particle at the start of a main clause, right before the finite verb, is its subject
    unless its article says otherwise."""
    finite = _finite_by_morph(verb)
    if not finite or verb.dep_ not in ("ROOT", "root", "conj", "parataxis"):
        return []
    for c in arguments(verb):
        if c.dep_ != "obl" or c.pos_ not in ("NOUN", "PROPN") or c.i > verb.i:
            continue
        first = c.doc[c.left_edge.i]
        particle = c.doc[c.left_edge.i - 1] if c.left_edge.i > 0 else None
        if first.lower_ in FOCUS_PARTICLES:
            particle = first
        if (
            particle is not None
            and particle.lower_ in FOCUS_PARTICLES
            and particle.pos_ == "ADV"
            and (particle.i == 0 or particle.is_sent_start or particle.nbor(-1).is_punct)
            and c.right_edge.i == verb.i - 1
            and preposition(c) is None
            and not is_dative(c)
            and not has_oblique_article(c)
        ):
            return [c]
    return []


def _names_after_plural_subject(found: list[Token]) -> list[Token]:
    """ "forderten die G7-Staaten Russland zum Rückzug auf" with the name hung on the subject
    as if a genitive: a bare name right after a plural noun is no attribute of it (a genitive
    name ends in -s, "der Staaten Europas"; a close apposition names one thing, "die Regierung
    Netanjahu"), but the verb's next object."""
    return [
        c
        for subject in found
        if subject.pos_ == "NOUN"
        and morph_values(subject, "Number") == ("Plur",)
        # with its article or an attribute ("russische Truppen Kiew"): a bare title before a
        # name is one with it ("Vize-Premier David Lidington")
        and any(d.dep_ in ("det", "amod") and d.i < subject.i for d in subject.children)
        for c in subject.children
        if c.dep_ in ("nmod", "nmod:poss", "appos")
        and c.pos_ == "PROPN"
        and c.left_edge.i == subject.i + 1
        and preposition(c) is None
        and not any(d.dep_ in ("det", "conj", "case") for d in c.children)
        and not c.lower_.endswith(("s", "x", "z"))
    ]


def _conjunct_objects(verb: Token) -> list[Token]:
    """The phrases the parser labelled subject of a verb-first conjunct, or of a clause
    whose subject stands after a focus particle: its objects."""
    if not _verb_first_conjunct(verb) and not _focused_vorfeld(verb):
        return []
    finite = _conjunct_finite(verb) or verb
    return [
        c
        for c in verb.children
        if c.dep_ in SUBJECT_DEPS and c.pos_ in ("NOUN", "PROPN") and c.i > finite.i
    ]


def _finite_by_morph(verb: Token) -> bool:
    """Finite by the morphologizer alone (VerbForm or Mood), whatever the tag: the repairs
    below read clauses whose finite verb the tagger took for an adjective ("Bei einer Razzia
    töteten[ADJA] israelische Soldaten …"), which ``german.verbs.is_finite`` rightly refuses
    elsewhere."""
    return "Fin" in morph_values(verb, "VerbForm") or bool(morph_values(verb, "Mood"))


def _finite_form(verb: Token) -> Token | None:
    """The finite verb of the clause: the verb itself or its auxiliary."""
    if _finite_by_morph(verb):
        return verb
    auxiliaries = (c for c in verb.children if c.dep_ in ("aux", "aux:pass"))
    return next((c for c in auxiliaries if _finite_by_morph(c)), None)


# Articles only of the singular, and words only of the plural: the tagger's Number of a
# noun is a guess for names and foreign plurals ("die Huthis" tagged singular), its article's
# or numeral's number is not.
SINGULAR_ARTICLES = frozenset({"ein", "eine", "einen", "einem", "einer", "eines", "das", "dem"})
# the definite articles a subject may have
NOMINATIVE_ARTICLES = frozenset({"der", "die", "das"})
PLURAL_QUANTIFIERS = frozenset(
    {"zwei", "drei", "vier", "fünf", "sechs", "sieben", "acht", "neun", "zehn", "zwölf",
     "zwanzig", "hundert", "tausend", "dutzende", "hunderte", "tausende", "mehrere", "viele",
     "einige", "zahlreiche", "beide", "alle"}
)  # fmt: skip


def _agrees_in_number(token: Token, number: str | None) -> bool:
    """Whether a nominal may be the subject of a finite verb in ``number``, by what shows
    number for sure: a singular article before a plural verb ("haben … ein Flüchtlingslager"),
    a numeral or quantifier before a singular one; coordinated phrases are plural."""
    words = [c for c in token.children if c.i < token.i and c.dep_ in ("det", "nummod", "amod")]
    if number == "Plur":
        coordinated = any(c.dep_ == "conj" for c in token.children)
        return coordinated or not any(w.lower_ in SINGULAR_ARTICLES for w in words)
    if number == "Sing":
        return not any(w.lower_ in PLURAL_QUANTIFIERS or w.like_num for w in words)
    return True


def _haben_auxiliary(verb: Token) -> Token | None:
    """The finite verb of an active perfect with "haben", if the verb has one: "hat" in
    "hat … angegriffen", the modal in "soll … angegriffen haben" (the perfect infinitive).
    The parser labels "haben" aux:pass at times, though it never forms a passive."""
    haben = next(
        (c for c in verb.children if c.dep_ in ("aux", "aux:pass") and c.lemma_.lower() == "haben"),
        None,
    )
    infinitive = perfect_infinitive(verb)
    if haben is None or infinitive is None:
        return haben
    return _finite_form(verb) or haben


def _before_perfect_finite(verb: Token, found: list[Token]) -> list[Token]:
    """Of several phrases labelled passive subject in an active perfect ("Der Iran soll
    Russland Drohnen(nsubj:pass) geliefert haben"), the one before the finite verb: the one
    place before it holds one phrase, the subject, and the rest are in the Mittelfeld."""
    finite = _haben_auxiliary(verb)
    if finite is None or len(found) < 2:
        return []
    return [t for t in found if t.i < finite.i]


def _vorfeld_subject(verb: Token, found: list[Token]) -> list[Token]:
    """ "Die EU-Kommission hat Ungarn mit Konsequenzen gedroht" parsed with the first
    phrase as a passive subject (or a bare oblique) and the dative as the subject: a perfect
    with "haben" is active, and the nominative phrase before the finite "haben" (the one place
    before the finite verb) is the subject when the "subject" stands after it."""
    haben = _haben_auxiliary(verb)
    if haben is None or not found or any(t.i < haben.i for t in found):
        return []
    return [
        c
        for c in arguments(verb)
        if (c.dep_ in PASSIVE_SUBJECT_DEPS or _bare_nominative_oblique(c))
        and c.i < haben.i
        and c.pos_ in ("NOUN", "PROPN")
        and preposition(c) is None
        and not is_dative(c)
        and "Acc" not in _case(c)
    ][:1]


def _displaced_subjects(verb: Token, chosen: list[Token]) -> list[Token]:
    """A bare name labelled subject after the finite verb when the subject (``chosen``, the
    verb's subjects) is another phrase before it ("Indiens Premierminister Modi hat
    Pakistan(nsubj) … gedroht"): with the one place before the finite verb taken by the
    subject, it is an object."""
    if is_passive(verb):
        return []
    finite = _finite_form(verb)
    if finite is None or not chosen or any(t.i > finite.i for t in chosen):
        return []
    return [
        c
        for c in arguments(verb)
        if c.dep_ in SUBJECT_DEPS
        and c not in chosen
        and c.i > finite.i
        and c.pos_ == "PROPN"
        and _without_article(c)
    ]


def _bare_nominative_oblique(token: Token) -> bool:
    """ "Indiens Premierminister Modi hat Pakistan … gedroht" with the title labelled an
    oblique: a phrase with no preposition, tagged nominative, naming no time ("Vergangene
    Woche" is an accusative of time) is no adverbial."""
    return (
        token.dep_ in ("obl", "dep")
        and morph_values(token, "Case") == ("Nom",)
        and not is_time_noun(token)
    )


# "der 70-Jährige", "die 45-Jährige", "des 62-Jährigen": news refers to a person by age
_AGE_REFERENCE = re.compile(r"\d+-[Jj]ährige[nr]?")


def _age_reference_subject(verb: Token, found: list[Token]) -> list[Token]:
    """ "Der 70-Jährige warf der Regierung in Stockholm vor …" with the age noun tagged as a
    number and labelled a time, and the dative labelled subject: a person's age noun
    with its article before the verb is the subject when no nominative one is found."""
    if any(not is_dative(t) and "Acc" not in _case(t) for t in found):
        return []
    return [
        c
        for c in arguments(verb)
        if c.i < verb.i
        and c not in found
        and _AGE_REFERENCE.fullmatch(c.text)
        and any(d.dep_ == "det" and "Nom" in morph_values(d, "Case") for d in c.children)
    ][:1]


def _compared(token: Token) -> bool:
    """A nominal after "wie", whatever its label ("wie Olaf Henkel" parsed as a subject with
    "wie" as cc): an example or a comparison, not who acts."""
    return any(c.lower_ == "wie" and c.i < token.i for c in token.children)


def _agreeing_subject(pronoun: Token, verb: Token, verb_objects: list[Token]) -> list[Token]:
    """The relative pronouns "die" and "das" are nominative or accusative alike, so the finite
    verb's number decides which is the subject: in "Opfer, die ein Amokläufer erschossen
    hatte" singular "hatte" cannot agree with plural "die"; the singular "ein Amokläufer",
    parsed as the object, is the subject."""
    finite = _finite_number(verb)
    antecedent = _antecedent(pronoun, verb)
    own = morph_values(antecedent, "Number") or morph_values(pronoun, "Number")
    if not finite or not own or finite in own:
        return [pronoun]
    agreeing = [
        o for o in verb_objects
        if o.pos_ in ("NOUN", "PROPN") and morph_values(o, "Number") == (finite,)
        and _maybe_nominative(o)
    ]  # fmt: skip
    return agreeing[:1] or [pronoun]


def finite_number(verb: Token) -> str | None:
    """Singular or plural of the finite form of the verb's clause, if it shows one."""
    return _finite_number(verb)


def _finite_number(verb: Token) -> str | None:
    """Singular or plural of the finite form of the verb's clause (itself or its auxiliary)."""
    for tok in [verb, *(c for c in verb.children if c.dep_ in ("aux", "aux:pass", "cop"))]:
        finite = _finite_by_morph(tok)
        if finite and morph_values(tok, "Number"):
            return morph_values(tok, "Number")[0]
    return None


def _comma_clause_subject(verb: Token) -> list[Token]:
    """ "teilte mit, Nordkorea habe Truppen an die Grenze verlegt" parsed with the name as a
    complement of "mitteilen" and the participle as its conjunct: a clause after a comma
    whose own finite auxiliary follows a bare name is that name's clause (German verb-second:
    the one phrase before the finite verb), so the name is its subject, not the other
    clause's subject (a verb-first conjunct, "und hat … verlegt", shares that)."""
    if verb.dep_ != "conj":
        return []
    finite = [c for c in verb.children if c.dep_ == "aux" and _finite_by_morph(c)]
    if not finite or finite[0].i < 2:
        return []
    name = verb.doc[finite[0].i - 1]
    if (
        name.pos_ == "PROPN"
        and name.nbor(-1).text == ","
        and name.head != verb
        and _without_article(name)
        and preposition(name) is None
    ):
        return [name]
    return []


def _stranded_subject(verb: Token) -> list[Token]:
    """A name the parser left unattached before the finite verb ("Deutschland hat … geliefert"
    with "Deutschland" as a root of its own): in German main clauses that is the subject."""
    doc, start = verb.doc, verb.sent.start
    finite = min([verb, *(c for c in verb.children if c.dep_ in ("aux", "aux:pass"))],
                 key=lambda t: t.i)  # fmt: skip
    # the parser may even have cut the name off as a "sentence" of its own
    if start > 0 and not doc[start - 1].is_punct and doc[start - 1].pos_ in ("PROPN", "NOUN"):
        start = doc[start - 1].sent.start
    # the last word before the finite verb that is no punctuation (walked back to it, not
    # every word of the clause before it)
    head = next((doc[i] for i in range(finite.i - 1, start - 1, -1) if not doc[i].is_punct), None)
    if head is not None and head.pos_ in ("PROPN", "NOUN") and head != verb:
        if head.dep_.lower() in ("root", "dep") and head.head == head:
            return [head]
        # "sagte der Sprecher, Großbritannien plane, …" with the name as conjunct of
        # "Sprecher": a name right before the subjectless finite verb is its subject
        clause_initial = head.i > 0 and head.nbor(-1).is_punct
        if head.dep_ in ("conj", "appos") and head.i == finite.i - 1 and clause_initial:
            return [head]
    return []


def _without_article(token: Token) -> bool:
    """A name or noun with no article or possessive, whose case its form seldom shows, so
    the tagger's case is a guess ("besuchte Moskau", "erschossen neun Polizisten")."""
    return token.pos_ in ("NOUN", "PROPN") and not any(
        c.dep_ in ("det", "det:poss", "nmod:poss") for c in token.children
    )


def has_zu(verb: Token) -> bool:
    """An infinitive with zu, separate or inside a particle verb ("auszurufen")."""
    if any(c.lower_ == "zu" and c.dep_ == "mark" for c in verb.children):
        return True
    # in a verb complex zu stands before the last verb, the modal: "Hilfe leisten zu wollen"
    # (the parser may label that zu "case": it is still the infinitive's marker)
    if any(
        g.lower_ == "zu" and (g.dep_ == "mark" or (g.dep_ == "case" and marks_infinitive(g)))
        for c in verb.children
        if c.dep_ == "aux" and c.i > verb.i
        for g in c.children
    ):
        return True
    form, lemma = verb.lower_, verb.lemma_.lower()
    return any(
        form[i : i + 2] == "zu" and form[:i] + form[i + 2 :] == lemma for i in range(1, len(form))
    )


def _adjective_complement(verb: Token) -> bool:
    """ "Die Regierung ist bereit, mit der Hamas zu verhandeln": the zu-infinitive of a
    predicative adjective, which the parser often labels its clausal subject, is its
    complement and has the adjective's subject."""
    return (
        verb.dep_ in ("csubj", "ccomp", "acl", "advcl")
        and verb.head.pos_ == "ADJ"
        and any(c.dep_ == "cop" for c in verb.head.children)
        and is_bare_zu_infinitive(verb)
    )


def _dependent_zu_infinitive(verb: Token) -> bool:
    """A zu-infinitive hung on a governing verb as its complement. Not "haben/sein + zu"
    ("Er hat … zu zeigen", "ist zu prüfen"), whose subject is the finite verb's and which
    the parser may hang on the infinitive."""
    return (
        (
            (verb.dep_ in ("ccomp", "xcomp", "acl", "advcl") and verb.head.pos_ in ("VERB", "AUX"))
            or _adjective_complement(verb)
        )
        and is_bare_zu_infinitive(verb)
        and not any(
            c.dep_ in ("aux", "cop") and c.lemma_ in ("haben", "sein") for c in verb.children
        )
    )


def is_bare_zu_infinitive(verb: Token) -> bool:
    """An infinitive with zu and no conjunction before it: a complement, whatever clause label
    the parser gave it; "um/ohne/statt … zu" makes an adverbial."""
    marks = {c.lower_ for c in verb.children if c.dep_ == "mark"}
    return has_zu(verb) and not marks - {"zu"}


def _is_nominative(token: Token) -> bool:
    """Nominative by its own form and by its article (the tagger errs on either alone)."""
    det_case = [morph_values(c, "Case") for c in token.children if c.dep_ == "det"]
    return (
        token.pos_ in ("NOUN", "PROPN")
        and morph_values(token, "Case") == ("Nom",)
        and any(det_case)
        and all("Nom" in case for case in det_case if case)
    )


def _maybe_nominative(token: Token) -> bool:
    det_case = [case for c in token.children if c.dep_ == "det" for case in morph_values(c, "Case")]
    return "Nom" in morph_values(token, "Case") or "Nom" in det_case


def _is_subject(token: Token) -> bool:
    # "Deutschland liefert …" with the name labelled expl: only "es" is an expletive;
    # "als US-Soldaten das Feuer eröffneten" with the noun labelled aux: a noun is never an
    # auxiliary, and the nominal before the finite verb with no other label is its subject
    nominal = token.pos_ in ("PROPN", "NOUN")
    return (
        token.dep_ in SUBJECT_DEPS
        or (token.dep_ == "expl" and nominal and token.lower_ != "es")
        or (token.dep_ in ("aux", "aux:pass") and nominal and _bare_nominal(token))
    )


def _bare_nominal(token: Token) -> bool:
    """A bare nominal: no preposition, not in the accusative or dative by its article."""
    return preposition(token) is None and "Acc" not in _case(token) and not is_dative(token)


def _likely_subject(found: list[Token], number: str | None = None) -> list[Token]:
    """The nominative one ("der EU", "denen" are datives), else the first. "er", "ich",
    "wir" and "du" are nominative by their form, while "die Arbeit" may be either case:
    "Die Arbeit der Koalition lobte er" has its object first. First of all the subject agrees
    with the finite verb in ``number``: "Huthi-Rebellen griffen ein US-Kriegsschiff an" has
    a singular article before the object of a plural verb."""
    agreeing = [t for t in found if _agrees_in_number(t, number)]
    if agreeing and len(agreeing) < len(found):
        found = agreeing
    pronouns = [t for t in found if t.lower_ in NOMINATIVE_PRONOUNS]
    if pronouns:
        return pronouns[:1]
    fronted = fronted_name_before_der(found)
    if fronted:
        return fronted
    nominative = [
        t for t in found if (not is_dative(t) or bare_name_in_vorfeld(t)) and "Acc" not in _case(t)
    ]
    return nominative[:1] or found[:1]


def bare_name_in_vorfeld(token: Token) -> bool:
    """A bare name before its finite verb: it shows no case, so the tagger's dative is a
    guess ("Israel(Dat) wies die Forderung der UN … zurück" with both labelled subject), and
    the one phrase before the verb is the subject in the plain order of news copy."""
    return (
        (token.pos_ == "PROPN" or _bare_plural(token))
        and token.i < token.head.i
        and _without_article(token)
        and preposition(token) is None
    )


def _bare_plural(token: Token) -> bool:
    """A plural noun without article and without an adjective in -en ("Huthi-Rebellen",
    "israelische Soldaten", not "russischen Soldaten"): it shows no case either."""
    return (
        token.pos_ == "NOUN"
        and morph_values(token, "Number") == ("Plur",)
        and not any(c.dep_ == "amod" and c.lower_.endswith("en") for c in token.children)
    )


def fronted_name_before_der(found: list[Token]) -> list[Token]:
    """ "Israel droht der Hisbollah mit einem Krieg" with both labelled subject and the bare
    name tagged dative: a bare name's case is the tagger's guess, and "der" after the verb is
    as often the dative or genitive of a feminine (der Hisbollah, der Nato, der EU) as the
    nominative of a masculine; news puts the subject first, so the name before the verb is
    the subject."""
    names = [t for t in found if bare_name_in_vorfeld(t)]
    others = [t for t in found if t not in names]
    if len(names) != 1 or not others:
        return []
    after_der = all(
        t.i > t.head.i and any(c.dep_ == "det" and c.lower_ == "der" for c in t.children)
        for t in others
    )
    return names if after_der else []


def _case(token: Token) -> tuple[str, ...]:
    for child in token.children:
        # "Den französischen Botschafter wies die Regierung aus": "den" before a singular is
        # the accusative, whatever case the tagger gave it (see _den_before_singular)
        if child.dep_ == "det" and _den_before_singular(child, token):
            return ("Acc",)
        if child.dep_ == "det" and morph_values(child, "Case"):
            return morph_values(child, "Case")
    return morph_values(token, "Case")


def _borrowed(verb: Token, depth: int, passive: bool = False) -> list[Token]:
    """The subject of the clause a subjectless predicate shares it with."""
    if any(c.dep_ == "expl" or c.lower_ == "es" for c in verb.children if c.i < verb.i + 3):
        return []  # impersonal: "Es drohe ein Rüstungswettlauf"
    head = verb.head
    # "haben … zurückgewiesen, sich aber gesprächsbereit gezeigt": conjuncts share a subject;
    # "plane, Soldaten zu senden": the infinitive's subject is the governing verb's.
    # (an infinitive with zu labelled acl, ccomp or adverbial clause of a verb is a complement
    # all the same: "kündigte an, militärisch gegen … vorzugehen", "hat angekündigt, von seinem
    # Amt zurückzutreten"; a zu-infinitive has no subject of its own; not with um/ohne/statt)
    infinitive = (
        verb.dep_ in ("acl", "ccomp", "advcl")
        and head.pos_ in ("VERB", "AUX")
        and is_bare_zu_infinitive(verb)
    ) or _adjective_complement(verb)
    if head != verb and (
        verb.dep_ in ("conj", "xcomp")
        or infinitive
        or (verb.dep_ == "aux" and verb.pos_ == "VERB")  # a full verb mislabelled aux
        or (verb.pos_ == "ADJ" and verb.dep_ in ("advmod", "obl"))
    ):
        if passive and not is_passive(head):
            return []
        if infinitive or verb.dep_ == "xcomp":
            # "Der Polizei gelang es, den Mann zu verhaften": who succeeds is the dative
            achiever = _dative_achiever(head)
            if achiever:
                return achiever
        if not passive and verb.dep_ == "conj" and is_passive(head):
            # "IDF-Soldaten seien beschossen worden und erwiderten das Feuer": conjuncts share
            # the grammatical subject, which in the passive conjunct is its passive subject
            return [c for c in head.children if c.dep_ in PASSIVE_SUBJECT_DEPS]
        return subjects(head, depth + 1)
    if passive:
        return []
    # the parser may make the first conjunct a dependent of the second
    for child in verb.children:
        if (
            child.dep_ in ("advcl", "conj")
            and child.pos_ in ("VERB", "AUX")
            and not any(g.dep_ == "mark" for g in child.children)
        ):
            own = [g for g in child.children if g.dep_ in SUBJECT_DEPS]
            if own:
                return own
    return []


def _dative_achiever(head: Token) -> list[Token]:
    """The dative of a verb of success ("gelingen", "glücken", "misslingen"), which is the
    subject of its zu-infinitive; the verb's own subject is an expletive "es"."""
    if (head.lemma_ or head.text).lower() not in german_words().achievement_verbs:
        return []
    return [c for c in datives(head) if c.lower_ != "es"][:1]


@per_token
def agents(verb: Token) -> list[Token]:
    found = [
        c
        for c in arguments(verb)
        if (c.dep_ == "obl:agent" and _may_be_agent(c))
        or (c.dep_ not in CLAUSAL_DEPS and preposition(c) in AGENT_PREPOSITIONS)
    ]
    return found or _agents_on_time(verb)


def _agents_on_time(verb: Token) -> list[Token]:
    """ "Charkiw wurde in der Nacht von russischen Truppen angegriffen": the parser hangs the
    agent after a time adverbial on its noun. A time is not "of" an actor ("in der Nacht von
    Samstag auf Sonntag" names another time), so a von/durch phrase of a time noun that names
    no time is the passive's agent."""
    return [
        c
        for adverbial in verb.children
        if adverbial.dep_ in ("obl", "obl:tmod") and is_time_noun(adverbial)
        for c in adverbial.children
        if c.dep_ == "nmod"
        and c.i > adverbial.i
        and preposition(c) in AGENT_PREPOSITIONS
        and c.pos_ in ("NOUN", "PROPN")
        and not is_time_noun(c)
        and not any(w.like_num for w in c.subtree)
    ]


def _may_be_agent(token: Token) -> bool:
    """The agent of a German passive is a von/durch phrase: an "agent" with another
    preposition ("am Samstag") or an adverb ("dort") is a slip of the parser's label."""
    prep = preposition(token)
    return token.pos_ in ("NOUN", "PROPN", "PRON") and (prep is None or prep in AGENT_PREPOSITIONS)


@per_token
def objects(verb: Token) -> list[Token]:
    if is_passive(verb):
        # in a passive a plain "nsubj" is the parser's slip for the passive subject
        found = [
            c
            for c in arguments(verb)
            if c.dep_ in PASSIVE_SUBJECT_DEPS or (c.dep_ in SUBJECT_DEPS and not is_dative(c))
        ]
        # "wurde … gefunden und verhaftet": the second conjunct shares the passive subject
        if not found and verb.dep_ == "conj" and is_passive(verb.head):
            found = [c for c in verb.head.children if c.dep_ in PASSIVE_SUBJECT_DEPS]
        # "Vom Europarat werden Konsequenzen gefordert" with the agent labelled nsubj and the
        # passive subject obj
        found = [c for c in found if preposition(c) is None]
        if not found:
            found = [c for c in arguments(verb) if c.dep_ == "obj" and not is_dative(c)]
    else:
        found = [
            c
            for c in arguments(verb)
            if c.dep_ in OBJECT_DEPS
            and not _is_reflexive_pronoun(c)
            # a bare name's or noun's case is the tagger's guess ("besuchte Moskau",
            # "erschossen neun Polizisten" tagged dative)
            and (not is_dative(c) or _without_article(c))
        ]
        found += [c for c in arguments(verb) if _accusative_oblique_argument(c)]
        found += _quantified_objects(verb)
        chosen_subjects = subjects(verb)
        found = [c for c in found if c not in chosen_subjects]
        found += [a for s in chosen_subjects for a in _accusative_appositions(s) if a not in found]
        # "verurteilte ihn ein Gericht": an accusative pronoun labelled nsubj is the object;
        # so is a relative pronoun the verb's number took the subject role from
        found += [
            c
            for c in arguments(verb)
            if c.dep_ in SUBJECT_DEPS
            and c not in chosen_subjects
            and (c.lower_ in OBLIQUE_PRONOUNS or (is_relative_pronoun(c) and chosen_subjects))
        ]
        found += [c for c in _conjunct_objects(verb) if c not in found]
        found += [c for c in _names_after_plural_subject(chosen_subjects) if c not in found]
        # "Den Vorschlag lehnte die Regierung ab", "Die Vorwürfe wies der Kreml zurück": the
        # fronted object labelled subject, told by its article or its number
        found += [
            c
            for c in arguments(verb)
            if c.dep_ in SUBJECT_DEPS
            and c not in chosen_subjects
            and c not in found
            and ((has_oblique_article(c) and not is_dative(c)) or _subject_by_agreement(verb, [c]))
        ]
        # "Der Iran hat Israel … angegriffen": in a perfect with "haben" and its own subject
        # a "passive subject" is the parser's label for the object of the participle (not
        # otherwise: "Der Gipfel, ein Atomgipfel …, war … geplant" is an apposition)
        # Only after the finite "haben" (the Mittelfeld): before it, in the one place before
        # the finite verb, it is a conjunct of the subject ("Die Sozialdemokraten und die
        # Fünf-Sterne-Bewegung haben sich geeinigt")
        haben = _haben_auxiliary(verb)
        if chosen_subjects and not found and haben is not None:
            found = [
                c
                for c in arguments(verb)
                if c.dep_ in PASSIVE_SUBJECT_DEPS
                and c.i > haben.i
                and c not in chosen_subjects
                and c.pos_ in ("NOUN", "PROPN")
                and (not is_dative(c) or _without_article(c))
            ]
        # "bat die EU um Hilfe" with "die EU" labelled nsubj next to the real subject
        # (the dateline is never one: "Sanaa/Washington (AFP) - … haben die USA …")
        candidates = [c for c in arguments(verb) if c.dep_ in SUBJECT_DEPS and not _in_dateline(c)]
        if candidates and _subject_under_dateline(verb):
            # "Tel Aviv (dpa) - Der Iran hat Israel … angegriffen" with "Der Iran" hung under
            # the dateline: that is the subject, a further "subject" is the object
            found += [c for c in candidates if not is_dative(c) or _without_article(c)]
        elif len(candidates) > 1:
            chosen = _likely_subject(candidates, _finite_number(verb))
            found += [
                c
                for c in candidates
                if c not in chosen
                # a bare name's case is the tagger's guess ("Tel Aviv (dpa) - Der Iran hat
                # Israel(Dat) … angegriffen" with the dateline taken for the subject)
                and (not is_dative(c) or _without_article(c))
                and c.pos_ in ("NOUN", "PROPN", "PRON")
                and abs(c.i - chosen[0].i) > 1  # "Tausende Menschen" is one phrase
            ]
        found += [c for c in _displaced_subjects(verb, chosen_subjects) if c not in found]
        if chosen_subjects and not found:
            found = source_phrase_objects(verb)
        if chosen_subjects and not found:
            found = [c for c in arguments(verb) if _bare_owned_oblique(c)]
        if chosen_subjects and not found:
            found = [a for c in arguments(verb) for a in _time_appositions(c)]
        if chosen_subjects and not found:
            found = [a for c in arguments(verb) for a in _accusatives_hung_on_attribute(c)]
    if not found and _shares_object(verb):
        # "konnte den Mann zur Aufgabe überreden und verhaften": an object before coordinated
        # verbs at the end of the clause is the object of each
        found = [o for o in objects(verb.head) if o.i < verb.head.i]
    # a nominal with a preposition is never the object, whatever its label ("vom Parlament")
    return [_antecedent(t, verb) for t in found if preposition(t) is None]


# Articles only accusative: "einen" (masculine singular), "den" before a singular noun
# (see _den_before_singular; as a dative "den" is plural).
def _bare_accusative_phrase(token: Token) -> bool:
    """A nominal with no preposition whose article is only accusative."""
    return (
        token.pos_ in ("NOUN", "PROPN")
        and preposition(token) is None
        and any(
            c.dep_ == "det" and (c.lower_ == "einen" or _den_before_singular(c, token))
            for c in token.children
        )
    )


def _accusative_oblique_argument(token: Token) -> bool:
    """ "Erdogan empfing den ungarischen Ministerpräsidenten Orban" with the object labelled
    obl:arg, GSD's label for the dative object: a phrase whose article is never dative
    ("einen", "den" before a singular) is the accusative object whatever its label."""
    return token.dep_ == "obl:arg" and _bare_accusative_phrase(token)


def _accusative_appositions(subject: Token) -> list[Token]:
    """ "Am Dienstag empfing der chinesische Staatschef Xi den spanischen Regierungschef
    Sánchez": the object after the inverted subject hung on it as an apposition. An
    apposition agrees in case with its noun, and an accusative-only article ("einen", "den"
    before a singular) is never that of a subject: the phrase is the verb's object."""
    return [
        a
        for a in subject.children
        if a.dep_ == "appos" and a.i > subject.i and _bare_accusative_phrase(a)
    ]


def _accusatives_hung_on_attribute(adverbial: Token) -> list[Token]:
    """ "Selenskyj traf am Rande des Gipfels den polnischen Präsidenten" with the object hung
    on "Gipfels": a phrase attached to a noun without a preposition is its genitive, and an
    accusative-only article ("den" before a singular, "einen") is never genitive, so the
    phrase is the verb's object."""
    if adverbial.dep_ not in ("obl", "obl:tmod") or preposition(adverbial) is None:
        return []
    return [t for t in adverbial.subtree if t.dep_ == "nmod" and _bare_accusative_phrase(t)]


def _in_dateline(token: Token) -> bool:
    dateline = token.doc._.meta.dateline
    return dateline is not None and dateline.start <= token.idx < dateline.end


def _subject_under_dateline(verb: Token) -> bool:
    """The parser took the dateline for the subject and hung the real subject under it."""
    return any(
        c.dep_ in SUBJECT_DEPS
        and _in_dateline(c)
        and any(not _in_dateline(g) and g.pos_ in ("NOUN", "PROPN") for g in c.children)
        for c in arguments(verb)
    )


def _bare_owned_oblique(token: Token) -> bool:
    """ "haben … Stellungen der Huthi-Miliz im Jemen bombardiert" with the object labelled
    obl: a noun with no preposition and no article that has a genitive owner is the object,
    not an adverbial (bare adverbials are times and measures: "diese Woche", "drei Tage")."""
    return (
        token.dep_ == "obl"
        and token.pos_ == "NOUN"
        and preposition(token) is None
        and _without_article(token)
        and any(c.dep_ == "nmod" and is_genitive(c) for c in token.children)
    )


def is_time_noun(token: Token) -> bool:
    lemma = token.lemma_.lower()
    time = german_words()  # lexicon.yaml: the nouns of time
    return token.pos_ in ("NOUN", "PROPN") and (
        lemma in time.time_span_nouns or lemma.startswith(time.weekdays)
    )


def _time_appositions(token: Token) -> list[Token]:
    """ "Russland hat am Montag Kiew angegriffen", "hat in der Nacht Odessa angegriffen", "am
    Sonntagabend Ziele im Libanon bombardiert": the parser hangs the object right after a time
    adverbial on it as an apposition. A day or time of day is never named by an apposition
    without a comma ("am Samstag, dem 3. März" has one), so a noun or name right after it,
    with no preposition and no comma between, is a phrase of the verb: its object. So in a
    bare accusative of time with its determiner or adjective ("dass Biden nächste Woche
    Japan besuchen werde", "hat diese Woche Peking besucht")."""
    if token.dep_ not in ("obl", "obl:tmod"):
        return []
    if preposition(token) is None and not any(
        c.dep_ in ("det", "amod") and c.i < token.i for c in token.children
    ):
        return []
    lemma = token.lemma_.lower()
    time = german_words()  # lexicon.yaml: the nouns of time
    if lemma not in time.time_of_day_nouns and not lemma.startswith(time.weekdays):
        return []
    return [
        c
        for c in token.children
        if c.dep_ == "appos"
        and c.pos_ in ("NOUN", "PROPN")
        and c.lemma_.lower() not in time.time_appositions
        and preposition(c) is None
        and c.left_edge.i == token.i + 1
        and not c.left_edge.is_punct
    ]


def _shares_object(verb: Token) -> bool:
    """A second verb coordinated at the end of the clause, with no subject or object of its
    own, in an active clause: its phrases are those before the first verb."""
    head = verb.head
    return (
        verb.dep_ == "conj"
        and head.i < verb.i
        and head.pos_ == "VERB"
        and verb.pos_ == "VERB"
        and not is_passive(head)
        and not any(c.dep_ in (*SUBJECT_DEPS, *OBJECT_DEPS) for c in verb.children)
        and all(t.dep_ in ("cc", "punct") for t in verb.doc[head.i + 1 : verb.i])
    )


@per_token
def datives(verb: Token) -> list[Token]:
    verb_subjects = subjects(verb)  # read by three of the rules below
    found = []
    for child in arguments(verb):
        # obl:arg without preposition is GSD's label for the dative object
        if (
            child.dep_ in ("iobj", "obl:arg")
            and preposition(child) is None
            and not _accusative_oblique_argument(child)
            or (
                (child.dep_ in DATIVE_DEPS | set(SUBJECT_DEPS) | set(PASSIVE_SUBJECT_DEPS))
                and preposition(child) is None
                and is_dative(child)
                and not _is_reflexive_pronoun(child)
            )
        ):
            found.append(_antecedent(child, verb))
    # a second "subject" next to the real one is most often the dative object
    # ("Die EU leistet der Türkei Hilfe" with both labelled nsubj)
    candidates = [c for c in arguments(verb) if c.dep_ in SUBJECT_DEPS and c.lower_ != "es"]
    if len(candidates) > 1 and not is_passive(verb):
        chosen = _likely_subject(candidates, _finite_number(verb))
        # the subject is no dative, whatever case the tagger guessed for a bare name
        found = [c for c in found if c not in chosen]
        found += [c for c in candidates if c not in chosen and c not in found]
    found += [c for c in _displaced_subjects(verb, verb_subjects) if c not in found]
    # "der Ukraine Hilfe leisten" with "der Ukraine" hung on the object: a nominal with its
    # article before the noun it is hung on is no genitive (modern German puts only bare
    # names there: "Putins Rede"), but the verb's dative object; whatever labels the parser
    # gave the two ("hat der Türkei[amod] Hilfe[xcomp] zugesagt")
    found += [
        g
        for c in arguments(verb)
        if c.dep_ in ("obj", "xcomp") and c.pos_ == "NOUN"
        for g in c.children
        if g.dep_ in ("nmod:poss", "nmod", "amod", "compound")
        and g.pos_ in ("NOUN", "PROPN")
        and g.i < c.i
        and preposition(g) is None
        and any(d.dep_ == "det" and d.lower_ in DATIVE_ARTICLES for d in g.children)
        and g not in found
    ]
    found += [c for c in _names_before_objects(verb) if c not in found]
    found += [c for c in _bare_first_objects(verb) if c not in found]
    found += [c for c in _bare_names_in_perfect(verb) if c not in found]
    found += [c for c in _conjunct_objects(verb) if c not in found]
    found += [c for c in _names_after_plural_subject(verb_subjects) if c not in found]
    # or an attribute of a name subject: "Deutschland will der Ukraine Panzer liefern"
    for subject in verb_subjects:
        if subject.pos_ == "PROPN":
            found += [
                c
                for c in subject.children
                if c.dep_ == "nmod" and preposition(c) is None and c.i > subject.i + 1
            ]
    return [c for c in found if not _opens_clause(c, verb)]


def _opens_clause(phrase: Token, verb: Token) -> bool:
    """A phrase right after a comma and right before the rest of the verb's extraposed clause
    ("Die USA werfen China vor, [Russland] mit Waffen zu unterstützen"): the clause's first
    phrase, which the parser hung on the main verb. German puts no argument of the main
    clause between the comma that opens a zu-infinitive or a dass clause and its words."""
    left = min(t.i for t in phrase.subtree if not t.is_punct)  # the comma may hang on it
    if phrase.i < verb.i or left == 0 or phrase.doc[left - 1].text != ",":
        return False
    return any(
        c.dep_ in ("xcomp", "ccomp", "advcl") and c.left_edge.i == phrase.right_edge.i + 1
        for c in verb.children
    )


def _names_before_objects(verb: Token) -> list[Token]:
    """ "hat Russland Unterstützung zugesagt" with "Russland" hung on the object as its
    determiner or genitive: a name before a noun is its genitive only with the genitive -s
    ("Russlands Unterstützung"); a bare name without it is a phrase of its own, the dative.
    The object may carry the passive-subject label of a perfect ("soll Russland Drohnen
    geliefert haben")."""
    return [
        g
        for c in arguments(verb)
        if (c.dep_ == "obj" or _object_in_perfect(verb, c)) and c.pos_ == "NOUN"
        for g in c.children
        if g.dep_ in ("det", "nmod:poss", "nmod")
        and g.pos_ == "PROPN"
        and g.i == c.left_edge.i
        and g.i < c.i
        and preposition(g) is None
        and not g.lower_.endswith(("s", "x", "z", "'"))
        and not any(d.dep_ in ("det", "case") for d in g.children)
    ]


def _bare_names_in_perfect(verb: Token) -> list[Token]:
    """ "China soll Russland Waffen geliefert haben" with "Russland" labelled passive subject:
    in an active perfect a bare name after the finite verb and before the accusative object
    is the dative (German puts the dative first; a name shows no case)."""
    nouns = [c for c in arguments(verb) if c.dep_ == "obj" and c.pos_ == "NOUN"]
    return [
        c
        for c in arguments(verb)
        if _object_in_perfect(verb, c)
        and c.pos_ == "PROPN"
        and _without_article(c)
        and any(o.i > c.i for o in nouns)
    ]


def _object_in_perfect(verb: Token, phrase: Token) -> bool:
    """A phrase labelled passive subject after the finite verb of an active perfect
    ("hat / soll … geliefert haben"): the object (see ``objects``)."""
    finite = _haben_auxiliary(verb)
    return finite is not None and phrase.dep_ in PASSIVE_SUBJECT_DEPS and phrase.i > finite.i


def _bare_first_objects(verb: Token) -> list[Token]:
    """ "stattete China einen Besuch ab", "stellte Syrien Hilfen bereit": of two objects the
    parser labelled accusative, a bare name before a noun is the dative (German has two
    accusatives only with a handful of verbs, and puts the dative first); a name has no
    article to show its case, so the tagger guesses."""
    if verb.lemma_.lower() in german_words().double_accusative_verbs:
        return []
    found = [c for c in arguments(verb) if c.dep_ == "obj" and not _is_reflexive_pronoun(c)]
    if len(found) != 2:
        return []
    first, second = sorted(found, key=lambda t: t.i)
    bare_name = first.pos_ == "PROPN" and not any(d.dep_ == "det" for d in first.children)
    return [first] if bare_name and second.pos_ == "NOUN" else []


def prepositional(heads: Iterable[Token], prep: str, passive: bool = False) -> list[Token]:
    found = []
    for head in heads:
        for child in arguments(head):
            # the preposition is the evidence; the label may be a parser error ("punct")
            if child.dep_ in CLAUSAL_DEPS or preposition(child) != prep:
                continue
            if passive and prep in AGENT_PREPOSITIONS and head.pos_ in ("VERB", "AUX"):
                continue  # the agent of a passive is the actor, not a recipient
            found.append(child)
    return found


def genitives(noun: Token) -> list[Token]:
    return [
        c
        for c in noun.children
        if c.dep_ in ("nmod", "nmod:poss") and preposition(c) is None and is_genitive(c)
    ]


def genitive_name_as_apposition(token: Token) -> bool:
    """ "den Nato-Beitritt Schwedens" with the name labelled an apposition: an apposition
    names the same thing in the same case, and a bare name in -s right after a common noun,
    tagged genitive, is its genitive attribute."""
    return (
        token.dep_ == "appos"
        and token.pos_ == "PROPN"
        and token.head.pos_ == "NOUN"
        and token.i == token.head.i + 1
        and "Gen" in morph_values(token, "Case")
        and token.lower_.endswith("s")
    )


def possessives(noun: Token) -> list[Token]:
    return [c for c in noun.children if c.dep_ in ("det:poss", "nmod:poss")]


def adjective_attributes(noun: Token) -> list[Token]:
    """Adjectives before an action noun: a state's adjective names its agent ("ein
    israelischer Luftangriff", "die russische Invasion"); the caller keeps those that name
    an actor."""
    return [c for c in noun.children if c.dep_ == "amod" and c.pos_ == "ADJ" and c.i < noun.i]


def content_roots(predicate: Token, passive: bool) -> list[Token]:
    """Phrases that say *what* is demanded, rejected, criticised ...: their actors are targets."""
    roots = [
        c
        for c in arguments(predicate)
        if (c.dep_ in CONTENT_DEPS | {"dep"} or is_that_adverbial(c)) and preposition(c) is None
    ]
    # the passive subject; in an active clause the label is a slip for the object
    roots += [c for c in arguments(predicate) if c.dep_ in PASSIVE_SUBJECT_DEPS]
    if passive:  # "die Zeit … sei befristet": a plain subject label in a (stative) passive
        roots += [c for c in arguments(predicate) if c.dep_ in SUBJECT_DEPS]
    # von/durch name the agent only in a passive ("die Leugnung … durch Irans Präsident")
    excluded = (
        NOT_CONTENT_PREPOSITIONS if passive else NOT_CONTENT_PREPOSITIONS - AGENT_PREPOSITIONS
    )
    roots += [
        c
        for c in arguments(predicate)
        if c.dep_ in ("obl", "nmod") and preposition(c) not in excluded
    ]
    return [r for r in roots if not _is_reflexive_pronoun(r)]


# complementisers of a content clause, and words before "dass" that make it adverbial
# ("so dass", "ohne dass")
THAT_MARKS = frozenset({"dass", "daß", "ob"})
ADVERBIAL_DASS = frozenset({"so", "ohne", "statt", "anstatt", "außer", "als"})


def is_that_adverbial(clause: Token) -> bool:
    """A dass/ob clause the parser labelled adverbial is the verb's content clause
    ("begrüßte, dass Polen die Grenze öffnet" with "öffnet" as advcl): German has no
    adverbial clause opened by a bare "dass"; only "so dass", "ohne dass" and the like."""
    if clause.dep_ != "advcl":
        return False
    marks = [m for m in clause.children if m.dep_ == "mark"]
    if not marks or any(m.lower_ not in THAT_MARKS for m in marks):
        return False
    first = min(marks, key=lambda m: m.i)
    return first.i == 0 or first.doc[first.i - 1].lower_ not in ADVERBIAL_DASS


def phrase_tokens(head: Token) -> list[Token]:
    """The phrase of a head without clauses hanging on it (relative clauses, complements)."""
    tokens = [head]
    for child in head.children:
        if child.dep_ in CLAUSAL_DEPS or child.dep_ == "punct":
            continue
        tokens.extend(phrase_tokens(child))
    return tokens


def name_tokens(head: Token) -> list[Token]:
    """The words that can name who a phrase is: the head with its name parts, appositions,
    adjectives and genitives ("die Außenminister der OSZE", "britische Regierung"), but not
    its prepositional attributes ("Spannungen mit den USA")."""
    tokens = [head]
    for child in head.children:
        if child.dep_ in NAME_DEPS or (
            child.dep_ == "nmod" and preposition(child) not in RELATIONAL_PREPOSITIONS
        ):
            tokens.extend(name_tokens(child))
    return tokens


def is_event_noun(token: Token) -> bool:
    return token.pos_ in ("NOUN", "PROPN") and not is_mistagged_verb(token)


def is_mistagged_verb(token: Token) -> bool:
    """German nouns are capitalised: a lower-case "noun" inside a sentence, or one with an
    infinitive's zu, is a verb the tagger missed ("… Soldaten nach Osteuropa zu senden")."""
    if token.pos_ not in ("NOUN", "PROPN", "ADJ"):
        return False
    if any(c.dep_ == "mark" and c.lower_ == "zu" for c in token.children):
        return True
    if token.pos_ == "ADJ":  # an "adjective" with a subject and an object is a verb
        deps = {c.dep_ for c in token.children}
        return "nsubj" in deps and bool(deps & {"obj", "obl", "iobj"}) and token.text.islower()
    return token.text.islower() and not token.is_sent_start


def coordinated(head: Token) -> list[Token]:
    """A head and the heads coordinated with it ("Moskau und Peking")."""
    heads = [head]
    for child in head.children:
        if child.dep_ == "conj":
            heads.extend(coordinated(child))
    return heads


def _antecedent(token: Token, verb: Token) -> Token:
    """A relative pronoun stands for the noun its clause hangs on ("Lehrerin, die …")."""
    if is_relative_pronoun(token):
        clause = verb
        while clause.dep_ in ("conj", "xcomp") and clause.head != clause:
            clause = clause.head
        if clause.dep_ == "acl:relcl" or clause.dep_ == "acl":
            return clause.head
        # the parser hung the relative clause elsewhere ("anwesend, der … vorwarf" as advcl)
        return nearest_antecedent(token) or token
    return token
