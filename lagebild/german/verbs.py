"""Verbs: finiteness, participles, passive, reflexive verbs, separable particles,
Konjunktiv, and infinitives read off word forms when the lemmatizer fails."""

from __future__ import annotations

from functools import lru_cache
from typing import Protocol

from spacy.tokens import Token

from lagebild.german.marks import QUOTE_PAIRS
from lagebild.german.memo import by_identity, per_token
from lagebild.german.words import (
    ADJECTIVE_PARTICLES,
    FINITE_TAGS,
    INFINITIVE_TAGS,
    MODAL_VERBS,
    PARTICLE_POS,
    RECIPROCAL_ADVERBS,
    REFLEXIVE_PRONOUNS,
    SEPARABLE_PARTICLES,
)

SUBJECT_DEPS = ("nsubj", "nsubj:outer")
PASSIVE_SUBJECT_DEPS = ("nsubj:pass", "csubj:pass")
# Verbs whose perfect takes "sein" (so "ist … -t/-en" is no Zustandspassiv); compounds
# match by their end ("zurücktreten", "einmarschieren"). A closed list of German grammar.
SEIN_PERFECT = frozenset(
    {"gehen", "kommen", "reisen", "fliegen", "fahren", "treten", "marschieren", "fallen",
     "fliehen", "sterben", "ziehen", "laufen", "rücken", "eilen", "folgen", "begegnen",
     "treffen", "werden", "bleiben", "geschehen", "gelingen", "scheitern", "wachsen",
     "sinken", "steigen", "springen", "knicken", "weichen", "eskalieren", "stürzen",
     "landen", "starten", "kehren", "wandern", "einreisen", "ausreisen", "flüchten", "sein",
     # motion ("sind in die Region Kursk eingedrungen", "in die Stadt vorgestoßen") and change
     # ("ist explodiert") take "sein" too; the parser calls that "sein" aux:pass as well
     "dringen", "stoßen", "schreiten", "strömen", "rennen", "kriechen", "klettern",
     "schwimmen", "segeln", "explodieren", "detonieren", "verschwinden", "ertrinken"}
)  # fmt: skip
# Endings of weak verb forms, longest first, to guess infinitives when the lemmatizer fails.
WEAK_ENDINGS = ("test", "tet", "ten", "te", "est", "et", "st", "en", "t", "e", "n", "")
STRONG_PAST_IN_E = frozenset({"wurde"})  # past forms in -e that are not -te
VERB_POS = ("VERB", "AUX")


class KonjunktivForms(Protocol):
    """The word lists Konjunktiv detection needs (the reporting lexicon has them)."""

    @property
    def konjunktiv_forms(self) -> frozenset[str]: ...

    @property
    def konjunktiv2_forms(self) -> frozenset[str]: ...


# --- finiteness and participles --------------------------------------------------------------


# The features of each morphological analysis by its key (the hash of its normalised string),
# split once: ``MorphAnalysis.get`` parses the analysis on every call (about 1,500 ns), and the
# rules ask features of most words many times; the key costs a tenth of ``str(morph)``
_FEATURES: dict[int, dict[str, tuple[str, ...]]] = {}


def morph_values(token: Token, field: str) -> tuple[str, ...]:
    """The values of one feature of the token's analysis, as ``token.morph.get(field)`` but a
    tuple (compare with tuples: ``== ("Plur",)``)."""
    morph = token.morph
    key = hash(morph)  # the analysis's key: equal analyses share it
    features = _FEATURES.get(key)
    if features is None:
        features = {k: tuple(v.split(",")) for k, v in morph.to_dict().items()}
        _FEATURES[key] = features
    return features.get(field, ())


def has_pluperfect_auxiliary(verb: Token, indicative: bool = False) -> bool:
    """A past-tense "haben"/"sein" auxiliary under the verb ("hatte … verhängt", "waren …
    ausgebrochen", whether the parser labels it aux or aux:pass): the Plusquamperfekt, the act
    told as background to the news. ``indicative`` leaves out "hätte"/"wäre", which reported
    speech uses for a reported perfect ("Die Proteste hätten am Morgen begonnen")."""
    return any(
        c.dep_.startswith("aux")
        and c.lemma_ in ("haben", "sein")
        and "Past" in morph_values(c, "Tense")
        and (not indicative or c.lower_.startswith(("hatte", "war")))
        for c in verb.children
    )


def is_finite(token: Token) -> bool:
    # Mood is only ever set on finite verbs; the small model's tags and VerbForm are less
    # reliable than its Mood
    tag = token.tag_
    if tag == "ADJA":
        return False  # "200 feste Mitarbeiter": an attributive adjective the parser called VERB
    return (
        tag in FINITE_TAGS
        or "Fin" in morph_values(token, "VerbForm")
        or (bool(morph_values(token, "Mood")) and token.pos_ in VERB_POS)
    )


# The weak preterite ends like an inflected adjective ("appellierte", "diskutierten"), so the
# tagger may read it, before a noun, as an attribute ("Zudem diskutierten UN-Mitarbeiter …").
PRETERITE_ENDINGS = ("te", "ten")
# Words that open or continue a noun phrase: an attribute after them is inside the phrase
# ("die diskutierten Themen", "in besetzten Gebieten", "zwei verletzte Polizisten", "und
# verletzte Polizisten").
NOUN_PHRASE_POS = frozenset({"DET", "ADP", "ADJ", "NUM", "PRON", "CCONJ"})
PHRASE_INTERNAL_DEPS = frozenset({"det", "det:poss", "case", "amod", "nummod", "compound"})
CLAUSE_BREAKS = frozenset({",", ":", ";", "(", "–", "-"})


def is_mistagged_preterite(token: Token) -> bool:
    """A German main clause has a finite verb in second place. A weak preterite tagged as an
    attribute of the noun after it, behind a first constituent that is no part of that noun
    phrase, in a main clause with no other finite verb, is that verb: "Zudem diskutierten
    UN-Mitarbeiter mit den Behörden", "Laut faz.net appellierte Außenminister Steinmeier an …".
    Whether the form belongs to a known verb is for the caller to check."""
    # tagged ADJ, or tagged VERB and still hung on the noun as an attribute
    if token.pos_ not in ("ADJ", "VERB") or token.dep_ != "amod" or not token.text.islower():
        return False
    if not token.lower_.endswith(PRETERITE_ENDINGS) or token.i == token.sent.start:
        return False
    before = token.doc[token.i - 1]
    if before.pos_ in NOUN_PHRASE_POS or before.is_punct:
        return False
    if token.head.i <= token.i or token.head.pos_ not in ("NOUN", "PROPN"):
        return False
    if not _complete_first_constituent(token):
        return False
    return not any(is_finite(t) for t in _main_clause(token) if t.i != token.i)


def _complete_first_constituent(token: Token) -> bool:
    """What precedes the word is a whole first constituent of a main clause: the sentence
    starts with a capital and no subordinating conjunction ("Ob …" is verb-final), and no
    article, preposition or attribute before reaches past it into the noun phrase ("zu den
    damals verabschiedeten Erklärungen": "den" hangs on the noun, so the participle is
    inside the phrase; a fronted "am Montag" the parser hung on the noun is no part of it)."""
    first = next((t for t in token.sent if not t.is_punct), token)
    if not first.text[:1].isupper() or first.pos_ == "SCONJ":
        return False
    before = token.doc[token.sent.start : token.i]
    return not any(t.head.i > token.i and t.dep_ in PHRASE_INTERNAL_DEPS for t in before)


def _main_clause(token: Token) -> list[Token]:
    """The words from the sentence start to the first comma, colon or bracket after the token."""
    sent = token.sent
    end = next(
        (t.i for t in sent if t.i > token.i and (t.text in CLAUSE_BREAKS or t.pos_ == "SCONJ")),
        sent.end,
    )
    return list(token.doc[sent.start : end])


def is_infinitive(token: Token) -> bool:
    return token.tag_ in INFINITIVE_TAGS or "Inf" in morph_values(token, "VerbForm")


def is_participle_form(token: Token) -> bool:
    if "Part" in morph_values(token, "VerbForm") or token.tag_ == "VVPP":
        return True
    # the tagger's slip: "vorgeworfen" with finite features; ge- (after a particle) + -t/-en
    form = token.lower_
    return form.endswith(("t", "en")) and any(
        form.startswith(prefix + "ge") for prefix in ("", *SEPARABLE_PARTICLES)
    )


# --- passive -------------------------------------------------------------------------------


@per_token
def is_passive(token: Token) -> bool:
    """Vorgangspassiv (wird vorgeworfen, wurde … gefunden und verhaftet) and Zustandspassiv
    (ist angeklagt): by the parse labels and auxiliaries, or by the verb's Voice and a
    finite "werden" a few words before its participle."""
    if _sein_perfect(token) or is_future_of_ambiguous_form(token):
        return False
    return _passive_by_labels(token) or _passive_by_voice(token)


def is_object_in_haben_perfect(token: Token) -> bool:
    """ "Russland hat die Hafenstadt Odessa angegriffen" with the object labelled passive
    subject: in a perfect with "haben" (active) a passive-subject label after the finite
    "haben" is the parser's slip for the object of the participle."""
    if token.dep_ not in PASSIVE_SUBJECT_DEPS or token.head == token:
        return False
    verb = token.head
    haben = [
        c for c in verb.children if c.dep_ in ("aux", "aux:pass") and c.lemma_.lower() == "haben"
    ]
    werden = any(c.lemma_.lower() == "werden" for c in verb.children if c.dep_.startswith("aux"))
    return bool(haben) and not werden and haben[0].i < token.i


PERFECT_AUXILIARIES = frozenset({"haben", "sein"})


def perfect_infinitive(verb: Token) -> Token | None:
    """The "haben"/"sein" of a perfect infinitive under a modal ("soll … getötet haben",
    "will … gesehen haben"): a clause has one finite verb, so next to a modal the perfect's
    auxiliary is the infinitive whatever its tag (the tagger calls "haben" VAFIN)."""
    auxiliaries = [c for c in verb.children if c.dep_ in ("aux", "aux:pass")]
    modal = any(a.lemma_.lower() in MODAL_VERBS for a in auxiliaries)
    if not modal or not is_participle_form(verb):
        return None
    return next((a for a in auxiliaries if a.lemma_.lower() in PERFECT_AUXILIARIES), None)


def _sein_perfect(token: Token) -> bool:
    """The perfect of a verb of motion or change ("sind … einmarschiert"), whatever the
    labels: "sein" with no "werden" before its participle, also when the parser calls the
    "sein" a copula ("Tausende Ärzte sind in den Streik getreten")."""
    auxiliaries = {c.lemma_.lower() for c in token.children if c.dep_ in ("aux", "aux:pass", "cop")}
    return "sein" in auxiliaries and "werden" not in auxiliaries and has_sein_perfect(token)


def is_plain_infinitive(token: Token) -> bool:
    """The verb is its own lemma in the infinitive ("verhängen"), so no participle: a strong
    participle without ge- ("beschlossen", tagged VVINF) differs from its lemma."""
    return token.lower_ == token.lemma_.lower() and (
        token.tag_ == "VVINF" or is_future_of_ambiguous_form(token)
    )


# "mit Macron beraten", "über die Lage beraten": the partner or topic of an active talk
ACTIVE_TALK_CASES = frozenset({"mit", "über"})


def is_future_of_ambiguous_form(verb: Token) -> bool:
    """ "er werde sich mit den Parteichefs beraten", "werden am Montag über die Lage beraten",
    "wird den Gast empfangen": some verbs' participle is their infinitive (beraten, empfangen,
    verlassen, erhalten, vertreten), which the tagger calls a participle after "werden". With
    a finite "werden", no second passive auxiliary and no von/durch agent, the form is the
    infinitive of the future when the clause shows an active subject: a reflexive, an
    accusative object, or a mit/über partner or topic of its subject (whatever its label: one
    is not "advised with Macron")."""
    if verb.lower_ != verb.lemma_.lower() or not is_participle_form(verb):
        return False
    auxiliaries = [c for c in verb.children if c.dep_ in ("aux", "aux:pass")]
    werden = [a for a in auxiliaries if a.lemma_.lower() == "werden"]
    if len(werden) != 1 or len(auxiliaries) != 1 or not is_finite(werden[0]):
        return False
    if any(
        c.lower_ in ("von", "durch") for p in verb.children for c in p.children if c.dep_ == "case"
    ):
        return False
    reflexive = any(c.tag_ == "PRF" for c in verb.children)
    accusative = any(
        c.dep_ == "obj" and c.tag_ != "PRF" and "Acc" in morph_values(c, "Case")
        for c in verb.children
    )
    talk = any(c.dep_ in ("nsubj", "nsubj:pass") for c in verb.children) and any(
        c.dep_ == "case" and c.lower_ in ACTIVE_TALK_CASES
        for p in verb.children
        if p.dep_ == "obl"
        for c in p.children
    )
    return reflexive or accusative or talk


def _passive_by_labels(token: Token) -> bool:
    deps = {child.dep_ for child in token.children}
    if any(c.dep_ == "aux:pass" and c.lemma_.lower() != "haben" for c in token.children):
        # the parser also calls the perfect's "haben" aux:pass, and the future's "werden"
        # before a plain infinitive ("werden die USA Sanktionen verhängen"): a passive needs
        # a participle
        return not is_plain_infinitive(token)
    # a passive-subject label next to an active subject is a slip ("China hatte der EU
    # gedroht" with "der EU" as nsubj:pass)
    # (with "haben" it is an active perfect whatever the labels: "hat … abgelehnt")
    # ("sollen … getötet haben" with "haben" labelled aux:pass: "haben" never makes a passive)
    has_haben = any(
        c.dep_ in ("aux", "aux:pass") and c.lemma_.lower() == "haben" for c in token.children
    )
    if deps & set(PASSIVE_SUBJECT_DEPS) and not deps & set(SUBJECT_DEPS) and not has_haben:
        return True
    # "Ihr wird … vorgeworfen" with "wird" labelled plain aux: werden + participle;
    # Zustandspassiv "ist angeklagt", "sei befristet" (not the perfect "ist zurückgetreten")
    auxiliaries = {c.lemma_.lower() for c in token.children if c.dep_ in ("aux", "cop")}
    if is_participle_form(token) and (
        "werden" in auxiliaries
        or ("sein" in auxiliaries and not has_haben and not has_sein_perfect(token))
    ):
        return True
    # "wurde … gefunden und verhaftet": a participle conjunct of a passive is passive too
    return (
        token.dep_ == "conj"
        and "Part" in morph_values(token, "VerbForm")
        and not any(c.dep_ in SUBJECT_DEPS for c in token.children)
        and any(c.dep_ == "aux:pass" for c in token.head.children)
    )


def _passive_by_voice(verb: Token) -> bool:
    """Voice=Pass, a passive auxiliary other than "haben", or a participle after a finite
    "werden" a few words before it (the parse missed the auxiliary)."""
    if "Pass" in morph_values(verb, "Voice"):
        return True
    if any(c.dep_ == "aux:pass" and c.lemma_ != "haben" for c in verb.children):
        # the parser also calls the perfect's "haben" aux:pass, and the future's "werden"
        return not is_plain_infinitive(verb)
    return (
        verb.tag_ == "VVPP"
        and verb.i > 0
        and any(
            t.lemma_ == "werden" and is_finite(t) for t in verb.doc[max(0, verb.i - 8) : verb.i]
        )
    )


def has_sein_perfect(token: Token) -> bool:
    """Verbs of motion and change that form the perfect with sein: "ist zurückgetreten"."""
    lemma = verb_key(token)
    return lemma in SEIN_PERFECT or any(lemma.endswith(v) for v in SEIN_PERFECT)


def is_mutual(verb: Token) -> bool:
    """ "warfen sich gegenseitig Provokationen vor", "beschuldigten einander": the subjects
    act on each other (the adverb may hang on the verb or on its reflexive pronoun)."""
    words = [*verb.children, *(g for c in verb.children for g in c.children)]
    return any(w.lower_ in RECIPROCAL_ADVERBS for w in words)


# --- reflexive verbs -----------------------------------------------------------------------


def is_reflexive_verb(token: Token) -> bool:
    """Does the verb take a reflexive pronoun as its object (sich einigen, sich zeigen)?"""
    for child in _with_auxiliary_dependents(token):
        if child.dep_ == "expl:pv":
            return True
        if child.pos_ == "PRON" and (
            child.lower_ == "sich"
            or "Yes" in morph_values(child, "Reflex")
            or (child.lower_ in REFLEXIVE_PRONOUNS and child.dep_ in ("obj", "expl", "iobj"))
        ):
            return True
    return False


def _with_auxiliary_dependents(verb: Token) -> list[Token]:
    """The verb's dependents and those the parser hung on its auxiliaries: after a fronted
    adverbial a small parser may attach the pronoun to the finite auxiliary ("Nach zwei
    Jahren Krieg haben sich die Regierung und die Rebellen … geeinigt"); an auxiliary takes
    no object, so the pronoun is the main verb's."""
    children = list(verb.children)
    return children + [g for c in children if c.dep_ in ("aux", "aux:pass") for g in c.children]


# --- separable particles -------------------------------------------------------------------


COMPARISON_PARTICLES = frozenset({"als", "wie"})


def particle(token: Token) -> str:
    """The separable particle of a verb ("fordert … auf" -> "auf")."""
    for child in token.children:
        # "als" and "wie" compare ("lobte Trump als «Mann des Friedens»"); no verb has them
        # as a particle, whatever the label; nor is a derived adjective or adverb one
        # ("begrüßte die Entscheidung ausdrücklich", see ADJECTIVE_SUFFIXES)
        if (
            child.dep_ in ("compound:prt", "svp")
            and child.lower_ not in COMPARISON_PARTICLES
            and not is_derived_adjective(child)
        ):
            return child.lower_
    # a particle mislabelled as adverb or complement: a bare "zurück" after the verb
    for child in token.children:
        if (
            child.i > token.i
            and child.lower_ in SEPARABLE_PARTICLES
            and child.dep_ in ("advmod", "xcomp", "dep", "mark", "obl")
            and child.n_lefts == 0
            and child.n_rights == 0
            and not marks_infinitive(child)
            and _ends_clause(child)
        ):
            return child.lower_
    return _clause_final_particle(token)


def _ends_clause(word: Token) -> bool:
    """A separated particle closes its clause ("stellte fest, dass", "nahm ihn fest und"); a
    word with more of the clause after it is an adverb ("stehen fest an der Seite der
    Ukraine" is no "feststehen")."""
    nxt = word.doc[word.i + 1] if word.i + 1 < len(word.doc) else None
    return nxt is None or nxt.is_punct or nxt.pos_ == "CCONJ" or nxt.tag_ == "$("


# Derivational suffixes of adjectives. An adjective so derived never joins a verb as its
# separable particle: "verantwortlich machen", "haftbar machen" stay two words, unlike the
# short particles "frei", "fest", "bekannt" (freilassen, festnehmen). The parser labels such
# a predicative "compound:prt" at times ("machte Russland für den Angriff verantwortlich"),
# which makes the verb "verantwortlichmachen", a verb no lexicon has.
ADJECTIVE_SUFFIXES = ("lich", "bar", "isch", "los", "sam")


def is_derived_adjective(word: Token) -> bool:
    """An adjective or adverb formed with a derivational suffix ("ausdrücklich", "haftbar"),
    longer than the suffix itself: "los" is a particle (loslassen), "bedingungslos" is not."""
    form = word.lower_
    return (
        word.pos_ in ("ADJ", "ADV")
        and form.endswith(ADJECTIVE_SUFFIXES)
        and form not in SEPARABLE_PARTICLES
    )


def adjective_particle(token: Token) -> Token | None:
    """The derived adjective the parser labelled the verb's particle ("verantwortlich",
    "haftbar"), a complement whatever its label; None if there is none. So is an adjective
    that is the particle of a few verbs only, on any other verb: "erklärte sich zu Gesprächen
    bereit" is "erklären" with "bereit", not "bereiterklären" (ADJECTIVE_PARTICLES)."""
    for child in token.children:
        if child.dep_ in ("compound:prt", "svp") and (
            (child.pos_ == "ADJ" and child.lower_.endswith(ADJECTIVE_SUFFIXES))
            or _adjective_on_other_verb(child, token)
        ):
            return child
    return None


def _adjective_on_other_verb(word: Token, verb: Token) -> bool:
    verbs = ADJECTIVE_PARTICLES.get(word.lower_)
    return verbs is not None and verb.lemma_.lower() not in verbs


def marks_infinitive(token: Token) -> bool:
    """A "zu" right before an infinitive marks it, whatever it hangs on: in "Hilfe leisten zu
    wollen", "verhandeln zu können" it belongs to the modal, so "leisten" is no "zuleisten"
    (a separable "zu" stands at the clause end: "gibt … zu", "stimmte zu, …")."""
    if token.lower_ != "zu" or token.i + 1 >= len(token.doc):
        return False
    return "Inf" in morph_values(token.nbor(), "VerbForm")


def _clause_final_particle(verb: Token) -> str:
    """A finite verb's particle stands at the end of its clause, before a comma or the full
    stop ("rufen China und Russland die USA auf, keine …"), whatever the parser made of it."""
    if "Fin" not in morph_values(verb, "VerbForm") and "Ind" not in morph_values(verb, "Mood"):
        return ""
    for tok in verb.doc[verb.i + 1 :]:
        if tok.is_sent_start:  # the sentence ended (not ``verb.sent``: slow to find)
            return ""
        if tok.pos_ in VERB_POS and tok.i != verb.i:
            return ""  # another verb: a new clause began
        # the form first: most words are no particle, and the next word costs a Token
        if tok.lower_ not in SEPARABLE_PARTICLES:
            continue
        nxt = tok.nbor() if tok.i + 1 < len(tok.doc) else None
        clause_end = nxt is None or nxt.text in (",", ".", ";", ":", "!", "?")
        if clause_end and tok.n_lefts == 0:
            return tok.lower_
    return ""


def particle_among(token: Token, particles: frozenset[str], reach: int) -> str:
    """The separable particle of a verb, taken from the clause only when it is one of
    ``particles`` (a lexicon's: the reporting verbs' "mit", "bekannt", "hin"): from the parse;
    right before an infinitive or participle ("will bekannt geben", "wurde bekannt gegeben");
    else the last word of the clause within ``reach`` tokens, past an apposition ("gab der
    Leiter, Andreas Huber, bekannt"). ``particle`` instead finds any particle of German for
    the event codebook's keys; this one never reads a word outside the lexicon as one."""
    for child in token.children:
        if child.dep_ == "compound:prt" or child.tag_ == "PTKVZ":
            return child.lower_
    doc = token.doc
    if particles and token.tag_ in ("VVINF", "VVPP", "VAINF", "VAPP") and token.i > 0:
        prev = doc[token.i - 1]
        if prev.lower_ in particles and prev.pos_ in PARTICLE_POS:
            return prev.lower_
    if not particles or not (is_finite(token) or token.tag_ in FINITE_TAGS | {"VVINF"}):
        return ""
    for i in range(token.i + 1, min(len(doc), token.i + reach)):
        t = doc[i]
        if t.is_punct or t.is_space or is_finite(t) or t.text in QUOTE_PAIRS:
            prev = doc[i - 1]
            if i - 1 > token.i and prev.lower_ in particles and prev.pos_ in PARTICLE_POS:
                return prev.lower_
            if t.text != ",":
                return ""
            # a comma: go on past an apposition
    return ""


# --- infinitives from word forms -------------------------------------------------------------


def verb_key(token: Token) -> str:
    """Infinitive with its separable particle: "fordert … auf" -> "auffordern"."""
    return _with_particle(token.lemma_.lower(), particle(token))


def verb_keys(token: Token, strong_forms: dict[str, str] | None = None) -> list[str]:
    """The lemma key first, then infinitives read off the word form, for when the
    lemmatizer fails ("forderten" -> "forderen"): irregular forms from the codebook
    ("zurückgewiesen" -> zurückweisen), then regular ones (fordern, einkaufen)."""
    prt = particle(token)  # found once: it reads the clause
    form = token.lower_
    keys = [_with_particle(token.lemma_.lower(), prt)]
    for strong in strong_infinitives(form, strong_forms or {}):
        keys.append(_with_particle(strong, prt))
    keys += [_with_particle(guess, prt) for guess in infinitive_guesses(form)]
    return list(dict.fromkeys(keys))


def strong_infinitives(form: str, strong_forms: dict[str, str]) -> list[str]:
    """Infinitives of an irregular form, also behind a separable particle (zurückgewiesen).
    Kept per table and form: asked for every verb, each asking all separable particles, and
    the codebook's table is fixed once loaded."""
    if not strong_forms:
        return []
    known = _strong_answers(strong_forms)
    found = known.get(form)
    if found is None:
        if len(known) >= 65536:
            known.clear()
        found = known[form] = tuple(_strong_infinitives(form, strong_forms))
    return list(found)


def _no_answers(strong_forms: dict[str, str]) -> dict[str, tuple[str, ...]]:
    return {}


# the answers of ``strong_infinitives`` per table of strong forms (by its identity)
_strong_answers = by_identity(_no_answers, limit=16)


def _strong_infinitives(form: str, strong_forms: dict[str, str]) -> list[str]:
    found = [strong_forms[form]] if form in strong_forms else []
    for prefix in SEPARABLE_PARTICLES:
        rest = form[len(prefix) :]
        if form.startswith(prefix) and rest in strong_forms:
            found.append(prefix + strong_forms[rest])
    return found


def infinitive_guesses(form: str) -> list[str]:
    """Regular (weak) infinitives a German verb form may belong to."""
    return list(_infinitive_guesses(form))


@lru_cache(maxsize=65536)
def _infinitive_guesses(form: str) -> tuple[str, ...]:
    """Cached: a pure function of the form, asked for every verb."""
    stems = [form]
    for prefix in ("", *SEPARABLE_PARTICLES):
        # participles: gefordert -> fordert, eingekauft -> einkauft
        # (strong participles in -en come from the codebook: "geraten" is not "raten")
        if form.startswith(prefix + "ge") and len(form) > len(prefix) + 5 and form.endswith("t"):
            stems.append(prefix + form[len(prefix) + 2 :])
    guesses = []
    for stem in stems:
        for suffix in WEAK_ENDINGS:
            if stem.endswith(suffix) and len(stem) - len(suffix) >= 3:
                base = stem[: len(stem) - len(suffix)] if suffix else stem
                guesses += [base + "en", base + "n"] if not base.endswith("e") else [base + "n"]
    return tuple(guesses)


def _with_particle(lemma: str, prt: str) -> str:
    return prt + lemma if prt and not lemma.startswith(prt) else lemma


# --- Konjunktiv ----------------------------------------------------------------------------


def has_subjunctive_mood(token: Token) -> bool:
    """The model marks the form Konjunktiv (Mood=Sub: "müsse", "solle", "müssten")."""
    return "Sub" in morph_values(token, "Mood")


def is_konjunktiv1(token: Token, forms: KonjunktivForms, by_ending: bool = False) -> bool:
    """Konjunktiv I (er sei, sie habe): the form lists and the model's Mood=Sub; with
    ``by_ending`` also a finite verb in -e that is not a past form in -te (die Entdeckung
    werfe), which is Konjunktiv I or a first person — used where a report is certain."""
    lower = token.lower_
    if _first_person_singular(token) and not lower.startswith("sei"):
        return False  # "Für bedenklich halte ich …", "ich habe": indicative
    if lower in forms.konjunktiv_forms:
        return True
    if lower in forms.konjunktiv2_forms or not is_finite(token):
        return False
    if lower.endswith(("te", "ten")) and not _present_stem_in_e(token):
        return False  # a past form (sagte), not "warte", "gelte" (stem in -t)
    if has_subjunctive_mood(token):
        return True
    return (
        by_ending
        and lower.endswith("e")
        and lower not in STRONG_PAST_IN_E
        and len(lower) > 3
        and (token.pos_ in VERB_POS or token.tag_.startswith("V"))  # prüfe as ADP
    )


def is_konjunktiv(token: Token, forms: KonjunktivForms, by_ending: bool = False) -> bool:
    """Konjunktiv I or II (sei, wäre, hätte)."""
    if token.lower_ in forms.konjunktiv2_forms:
        return True
    return is_konjunktiv1(token, forms, by_ending)


def may_be_konjunktiv1(token: Token) -> bool:
    """Konjunktiv I by the model's Mood=Sub or by the bare ending of the third person singular
    (lehne, habe, sei), without the form lists: a past in -e (wurde) or a first person passes
    too, so it serves only where the clause is known to be reported ("man" in a report)."""
    if has_subjunctive_mood(token):
        return True
    return token.pos_ in VERB_POS and (token.lower_.endswith("e") or token.lower_ == "sei")


def _present_stem_in_e(token: Token) -> bool:
    """warte (warten), gelte (gelten): the present stem plus -e, not a past in -te."""
    lemma = token.lemma_.lower()
    stem = lemma[:-2] if lemma.endswith("en") else lemma[:-1] if lemma.endswith("n") else ""
    return bool(stem) and stem.endswith("t") and token.lower_ in (stem + "e", stem + "en")


def _first_person_singular(token: Token) -> bool:
    doc = token.doc
    neighbours = [doc[i] for i in (token.i - 1, token.i + 1) if 0 <= i < len(doc)]
    return any(t.lower_ == "ich" for t in (*neighbours, *token.children))
