"""Codebooks as data: the PLOVER event codebook (``plover.yaml``) and the reporting verbs
for quotations (``reporting_verbs.yaml``), each with a JSON Schema in ``schema/``."""

from lagebild.codebook.loader import Codebook, Predicate, load_codebook

__all__ = ["Codebook", "Predicate", "load_codebook"]
