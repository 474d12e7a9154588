"""Relative and reflexive pronouns."""

from __future__ import annotations

from spacy.tokens import Token

from lagebild.german.words import RELATIVE_TAGS, SUBORDINATOR_TAGS


def is_relative_pronoun(token: Token) -> bool:
    """A relative pronoun (die, deren) by its tag or morphology."""
    return token.tag_ in RELATIVE_TAGS or "Rel" in token.morph.get("PronType")


def is_relative(token: Token) -> bool:
    """A word that opens a relative or interrogative clause (die, deren, wer, wo, um)."""
    if token.lower_.startswith(("ein", "kein")):
        return False  # "ein solcher Dialog": an article the tagger called PRELS
    return token.tag_ in SUBORDINATOR_TAGS or bool(
        {"Rel", "Int"} & set(token.morph.get("PronType"))
    )


def is_reflexive_pronoun(token: Token) -> bool:
    """sich, or a pronoun the tagger marks reflexive (PRF, Reflex=Yes)."""
    return token.tag_ == "PRF" or "Yes" in token.morph.get("Reflex") or token.lower_ == "sich"
