"""Codebooks as data: the PLOVER event codebook (``plover.yaml``), the event coder's word
lists (``event_words.yaml``, on the codebook as ``codebook.words``) and the reporting verbs
for quotations (``reporting_verbs.yaml``), each with a JSON Schema in ``schema/``."""

from lagebild.codebook.loader import Codebook, Predicate, load_codebook

__all__ = ["Codebook", "Predicate", "load_codebook"]
