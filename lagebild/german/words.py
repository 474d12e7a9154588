"""Closed word classes of German: these never need editing by an analyst, so they are code."""

from __future__ import annotations

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
FINITE_TAGS = frozenset({"VVFIN", "VAFIN", "VMFIN"})
INFINITIVE_TAGS = frozenset({"VVINF", "VAINF", "VMINF", "VVIZU"})
PARTICIPLE_TAGS = frozenset({"VVPP", "VAPP", "VMPP"})


def spellings(word: str) -> tuple[str, ...]:
    """The word, and with "ß" written "ss" when it has one: the lemma table is older than the
    spelling reform of 1996 and gives "Beschluß", "Kongreß", "Rußland" for the "Beschlüsse",
    "Kongresses", "Russland" of today's copy, whose dictionary words are spelled "ss". Both
    are tried, as "ß" stays after a long vowel ("Straße", "Maß")."""
    return (word, word.replace("ß", "ss")) if "ß" in word else (word,)


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
