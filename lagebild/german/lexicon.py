"""Open-class words of German a parse helper asks about (``lexicon.yaml``): the nouns of
time, the verbs with two accusatives, the verbs of success. Unlike the closed classes in
``words.py`` an analyst may extend them, so they are data, checked against
``schema/lexicon.schema.json``.

The helpers that read them (``events.arguments``, ``events.matching``, ``actors.coref``)
hold no codebook and German is German under any codebook, so the file is read once per
process:
``german_words()`` is cached and the rules read its attributes (``german_words().weekdays``).
A frozenset is asked for membership, a tuple keeps the file's order where a rule matches by
a word's start (``startswith``).
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from lagebild.datafile import read_word_lists, word_lists_as

DEFAULT_PATH = Path(__file__).parent / "lexicon.yaml"
SCHEMA_PATH = Path(__file__).parent / "schema" / "lexicon.schema.json"


@dataclass(frozen=True)
class GermanWords:
    """One attribute per section of ``lexicon.yaml`` (the file says what each is for)."""

    time_of_day_nouns: frozenset[str]
    weekdays: tuple[str, ...]
    time_appositions: frozenset[str]  # with the time_of_day_nouns
    time_span_nouns: frozenset[str]  # with the time_appositions
    double_accusative_verbs: frozenset[str]
    achievement_verbs: frozenset[str]
    bare_predicative_verbs: frozenset[str]
    expletive_es_verbs: frozenset[str]
    companion_adverbs: frozenset[str]
    nominative_pronouns: frozenset[str]
    accusative_pronouns: frozenset[str]


@functools.cache
def german_words() -> GermanWords:
    """The bundled lists, read and validated once."""
    return load_german_words(DEFAULT_PATH)


def load_german_words(path: Path) -> GermanWords:
    """Read and validate the lists; raises DataFileError naming the file and entry."""
    data = read_word_lists(path, SCHEMA_PATH, "German word lists")
    return _build(data)


def _build(data: dict[str, Any]) -> GermanWords:
    lists = dict(data)
    # a day's apposition is a time of day or one of its own; a span is any of these or its own
    lists["time_appositions"] = [*data["time_of_day_nouns"], *data["time_appositions"]]
    lists["time_span_nouns"] = [*lists["time_appositions"], *data["time_span_nouns"]]
    return word_lists_as(GermanWords, lists)
