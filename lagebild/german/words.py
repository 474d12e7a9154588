"""Closed word classes of German: these never need editing by an analyst, so they are code."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Doc

# Contracted prepositions ("beim Nachbarn", "im Irak") and their plain form.
CONTRACTIONS: dict[str, str] = {
    "am": "an", "ans": "an", "im": "in", "ins": "in", "beim": "bei", "vom": "von", "zum": "zu",
    "zur": "zu", "aufs": "auf", "übers": "über", "durchs": "durch", "fürs": "für",
    "unterm": "unter", "vors": "vor", "hinterm": "hinter", "überm": "über",
}  # fmt: skip
# Prepositions as a word list, contracted forms included: the tagger calls "im", "zum" DET
# at times.
PREPOSITIONS = frozenset(
    {"in", "im", "ins", "an", "am", "ans", "auf", "aus", "bei", "beim", "mit", "nach", "seit",
     "von", "vom", "zu", "zum", "zur", "für", "über", "unter", "vor", "gegen", "gegenüber",
     "durch", "wegen", "während", "trotz", "ohne", "um", "laut", "bis", "hinter", "neben",
     "zwischen"}
)  # fmt: skip
# Separable verb particles ("teilte … mit", "forderte … auf", "anzukündigen").
SEPARABLE_PARTICLES: tuple[str, ...] = (
    "zusammen", "zurück", "entgegen", "gegenüber", "nieder", "weiter", "wieder", "vorbei",
    "voran", "hinzu", "heraus", "fest", "fort", "frei", "statt", "teil", "nach", "über", "ab",
    "an", "auf", "aus", "bei", "dar", "ein", "her", "hin", "los", "mit", "vor", "weg", "zu",
)  # fmt: skip
# Parts of speech the tagger gives a separated particle: "mit" ADP, "fest" ADV, "bekannt" ADJ,
# "zu" PART.
PARTICLE_POS = frozenset({"ADP", "ADV", "PART", "ADJ"})
# Particles that take "zu" between them and the stem in the zu-infinitive ("anzukündigen",
# "bereitzustellen").
ZU_PARTICLES: tuple[str, ...] = (
    "ab", "an", "auf", "aus", "bei", "bereit", "dar", "durch", "ein", "entgegen", "fest",
    "fort", "frei", "heraus", "her", "hinzu", "hin", "hoch", "los", "mit", "nach", "nieder",
    "statt", "teil", "um", "voran", "vor", "weg", "weiter", "wieder", "zurück", "zusammen",
    "zu",
)  # fmt: skip
# Reflexive pronouns (accusative; "uns", "euch" are also the dative).
REFLEXIVE_PRONOUNS = frozenset({"sich", "mich", "dich", "uns", "euch"})
# STTS tags of relative pronouns (die, deren).
RELATIVE_TAGS = frozenset({"PRELS", "PRELAT"})
# STTS tags of words that open a subordinate clause: relative and interrogative pronouns,
# "um" before a zu-infinitive.
SUBORDINATOR_TAGS = frozenset({"PRELS", "PRELAT", "PWS", "PWAV", "PWAT", "KOUI"})
# Adverbs that make an act reciprocal: the subjects act on each other ("warfen sich
# gegenseitig … vor", "beschuldigten einander").
RECIPROCAL_ADVERBS = frozenset({"gegenseitig", "einander", "wechselseitig"})
# The modal verbs: next to one of them an auxiliary is an infinitive ("soll … getötet haben").
MODAL_VERBS = frozenset({"sollen", "wollen", "können", "müssen", "dürfen", "mögen", "möchten"})
FINITE_TAGS = frozenset({"VVFIN", "VAFIN", "VMFIN"})
INFINITIVE_TAGS = frozenset({"VVINF", "VAINF", "VMINF", "VVIZU"})
PARTICIPLE_TAGS = frozenset({"VVPP", "VAPP", "VMPP"})


def plain_preposition(word: str) -> str:
    """The plain form of a preposition: "im" -> "in", "zur" -> "zu", "mit" -> "mit"."""
    lower = word.lower()
    return CONTRACTIONS.get(lower, lower)


# Predicative adjectives that are the separable particle of a few verbs only: "stellt …
# bereit" (bereitstellen, bereithalten, bereitlegen); "erklärte sich bereit", "ist bereit"
# stay the adjective.
ADJECTIVE_PARTICLES: dict[str, frozenset[str]] = {
    "bereit": frozenset({"stellen", "halten", "legen"}),
}


def spelling_variants(word: str) -> tuple[str, ...]:
    """The word, and in the reformed spelling when it has "ß". The lemmatizer keeps the
    spelling before 1996, "ß" after a short vowel ("Beschlüsse" -> "Beschluß", "Beschuss" ->
    "Beschuß", "Ausschluss" -> "Ausschluß"), where word lists have "ss"; "ß" after a long
    vowel stays ("Maßnahme"), so the reformed form is only a second try."""
    reformed = word.replace("ß", "ss")
    return (word, reformed) if reformed != word else (word,)


# Endings of person nouns that form a feminine in -in ("Botschafter-in", "Diplomat-in",
# "Journalist-in", "Präsident-in", "Kommandant-in", "Ingenieur-in").
_ROLE_ENDINGS = ("er", "ist", "at", "ent", "ant", "eur", "ier", "oge")


def masculine_of_feminine(word: str) -> str | None:
    """The masculine person noun of a feminine one ("botschafterin" -> "botschafter",
    "diplomatinnen" -> "diplomat"), so that word lists written in the masculine find both;
    None for other words ("berlin", "termin" have no role ending before the "-in")."""
    for ending in ("innen", "in"):
        stem = word[: -len(ending)]
        if word.endswith(ending) and len(stem) >= 4 and stem.endswith(_ROLE_ENDINGS):
            return stem
    return None


# Prepositions that name where a movement goes, whatever the case: "nach Berlin", "ins Land".
GOAL_PREPOSITIONS = frozenset({"nach", "ins", "aufs", "ans"})
# Two-way prepositions: with the accusative a goal ("in die Hauptstadt geflogen", "auf die
# Malediven"), with the dative a place ("in der Hauptstadt").
TWO_WAY_PREPOSITIONS = frozenset({"in", "auf", "an"})
# What may stand between a preposition and its place: article, adjective, number, and the
# noun of a place before its name ("in die maledivische Hauptstadt Malé").
PHRASE_POS = frozenset({"DET", "ADJ", "NUM"})


def is_goal(doc: Doc, start: int, place_nouns: frozenset[str] = frozenset()) -> bool:
    """Whether the place starting at ``start`` is the goal of a movement (``nach Malé``,
    ``in die Hauptstadt Malé``, ``ins Nachbarland``), not where something happens: German
    names the goal with ``nach``, ``ins`` or a two-way preposition governing the accusative
    (the article's case says which); ``in Malé`` without an article is a place."""
    i = start - 1
    while i >= 0 and (doc[i].pos_ in PHRASE_POS or doc[i].text in place_nouns):
        i -= 1
    if i < 0 or i == start - 1 and doc[i].lower_ not in GOAL_PREPOSITIONS:
        return False  # "in Malé": no article to tell the case, a place
    preposition = doc[i].lower_
    if preposition in GOAL_PREPOSITIONS:
        return True
    article = doc[i + 1]
    return (
        preposition in TWO_WAY_PREPOSITIONS
        and article.pos_ == "DET"
        and "Acc" in article.morph.get("Case")
    )
