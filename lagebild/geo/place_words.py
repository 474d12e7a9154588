"""The place resolver's word lists (``data/place_words.yaml``): German nouns and verbs whose
class a placing rule asks about (a part of a place before "von", a sea, a verb of meeting or
staying), kept as hand-written data beside the gazetteer's seats and courts and checked
against ``schema/place_words.schema.json``.

The rules of ``pipeline.places`` that read them are module functions, so the file is read
once per process: ``place_words()`` is cached and the rules read its attributes
(``place_words().seas``), bound before any loop over tokens. A frozenset is asked for
membership; a tuple keeps the file's order where a rule matches by a word's ending.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from pathlib import Path

from lagebild.datafile import read_word_lists, word_lists_as

GEO_DIR = Path(__file__).parent
DEFAULT_PATH = GEO_DIR / "data" / "place_words.yaml"
SCHEMA_PATH = GEO_DIR / "schema" / "place_words.schema.json"


@dataclass(frozen=True)
class PlaceWords:
    """One attribute per section of ``place_words.yaml`` (the file says what each is for)."""

    area_nouns: frozenset[str]
    area_adverbs: frozenset[str]
    seas: frozenset[str]
    sea_endings: tuple[str, ...]
    named_after_cities: frozenset[str]
    seated_authorities: tuple[str, ...]
    regional_governments: frozenset[str]
    meeting_verbs: frozenset[str]
    signing_verbs: frozenset[str]
    stay_verbs: frozenset[str]
    reflexive_stay_verbs: frozenset[str]
    saying_verbs: frozenset[str]
    attack_nouns: tuple[str, ...]
    an_argument_nouns: frozenset[str]
    an_figurative_nouns: frozenset[str]
    meetings: tuple[str, ...]
    speech_occasions: tuple[str, ...]
    visits: tuple[str, ...]


@functools.cache
def place_words() -> PlaceWords:
    """The bundled lists, read and validated once."""
    return load_place_words(DEFAULT_PATH)


def load_place_words(path: Path) -> PlaceWords:
    """Read and validate the lists; raises DataFileError naming the file and entry."""
    data = read_word_lists(path, SCHEMA_PATH, "place word lists")
    return word_lists_as(PlaceWords, data)
