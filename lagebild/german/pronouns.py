"""Relative and reflexive pronouns."""

from __future__ import annotations

from spacy.tokens import Token

from lagebild.german.verbs import morph_values
from lagebild.german.words import RELATIVE_TAGS, SUBORDINATOR_TAGS


def is_relative_pronoun(token: Token) -> bool:
    """A relative pronoun (die, deren) by its tag or morphology."""
    return token.tag_ in RELATIVE_TAGS or "Rel" in morph_values(token, "PronType")


# Relative words that stand for a clause or a place, not a noun ("alles, was …", "dort, wo …")
NON_NOMINAL_RELATIVES = frozenset({"was", "wo", "wobei", "womit", "worauf", "wodurch"})
NAME_PART_DEPS = frozenset({"flat", "flat:name", "compound"})


def nearest_antecedent(pronoun: Token) -> Token | None:
    """The noun a d-relative pronoun stands for, read off the word order when the parse has
    lost it: German sets a relative clause off by a comma right after its antecedent, or after
    the clause's last verb or predicative ("Clark war anwesend, der …"), so the antecedent is
    the nearest noun before the comma that agrees with the pronoun in number and gender."""
    if pronoun.lower_ in NON_NOMINAL_RELATIVES or pronoun.i == 0:
        return None
    if pronoun.doc[pronoun.i - 1].text != ",":
        return None
    for token in reversed(pronoun.doc[pronoun.sent.start : pronoun.i - 1]):
        if token.pos_ in ("NOUN", "PROPN") and token.dep_ not in NAME_PART_DEPS:
            return token if _agrees(pronoun, token) else None
    return None


def _agrees(pronoun: Token, noun: Token) -> bool:
    for feature in ("Number", "Gender"):
        mine, its = set(morph_values(pronoun, feature)), set(morph_values(noun, feature))
        if mine and its and not mine & its:
            return False
    return True


def is_relative(token: Token) -> bool:
    """A word that opens a relative or interrogative clause (die, deren, wer, wo, um)."""
    if token.lower_.startswith(("ein", "kein")):
        return False  # "ein solcher Dialog": an article the tagger called PRELS
    return token.tag_ in SUBORDINATOR_TAGS or bool(
        {"Rel", "Int"} & set(morph_values(token, "PronType"))
    )


def is_reflexive_pronoun(token: Token) -> bool:
    """sich, or a pronoun the tagger marks reflexive (PRF, Reflex=Yes)."""
    return token.tag_ == "PRF" or "Yes" in morph_values(token, "Reflex") or token.lower_ == "sich"
