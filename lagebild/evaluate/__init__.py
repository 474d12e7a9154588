"""Evaluation of the language model: GermEval NER and UD tagging/parsing."""
