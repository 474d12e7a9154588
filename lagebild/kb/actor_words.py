"""The actor linker's word lists (``data/actor_words.yaml``): German nouns and words whose
class a linking rule asks about (a place noun before a name, an organisation's head noun, a
counterpart's role word), kept as hand-written data beside the knowledge base's entries and
checked against ``schema/actor_words.schema.json``.

The linking helpers that read them are module functions called from many places, most of
them without the knowledge base at hand, so the file is read once per process:
``actor_words()`` is cached and the rules read its attributes
(``actor_words().place_nouns``). A frozenset is asked for membership; a tuple keeps the
file's order where a rule matches by a word's ending, start or part.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from lagebild.datafile import read_word_lists, word_lists_as

KB_DIR = Path(__file__).parent
DEFAULT_PATH = KB_DIR / "data" / "actor_words.yaml"
SCHEMA_PATH = KB_DIR / "schema" / "actor_words.schema.json"
# attributes built from a section, not sections of the file
DERIVED = frozenset({"legal_forms_lower", "members_lower"})


@dataclass(frozen=True)
class ActorWords:
    """One attribute per section of ``actor_words.yaml`` (the file says what each is for)."""

    # names and their kind
    place_nouns: frozenset[str]
    organisation_heads: frozenset[str]
    generic_party_words: frozenset[str]
    legal_forms: frozenset[str]
    legal_forms_lower: frozenset[str]  # the legal_forms lower-cased
    land_nouns: frozenset[str]
    place_named_documents: tuple[str, ...]
    report_verbs: frozenset[str]
    # role words
    spokesperson_suffixes: tuple[str, ...]
    counterparts: tuple[str, ...]
    former_markers: tuple[str, ...]
    residence_participles: tuple[str, ...]
    domestic_officials: frozenset[str]
    insurgent_titles: frozenset[str]
    envoy_titles: tuple[str, ...]
    deployed_titles: tuple[str, ...]
    federal_titles: frozenset[str]
    # references to states and bodies named before (coref)
    state_nouns: frozenset[str]
    relation_nouns: frozenset[str]
    state_compound_heads: tuple[str, ...]
    conflict_sides: frozenset[str]
    side_compounds: tuple[str, ...]
    neighbour_states: tuple[str, ...]
    member_nouns: frozenset[str]
    summit_nouns: frozenset[str]
    members_lower: frozenset[str]  # member_nouns and summit_nouns lower-cased
    european_members: frozenset[str]
    europeans: frozenset[str]
    member_office_endings: tuple[str, ...]
    plural_office_endings: tuple[str, ...]
    body_nouns: frozenset[str]
    bare_country: frozenset[str]
    crowd_titles: frozenset[str]
    short_body_skip: frozenset[str]
    document_nouns: frozenset[str]
    document_verbs: frozenset[str]
    lead_act_nouns: frozenset[str]
    reaction_verbs: frozenset[str]


@functools.cache
def actor_words() -> ActorWords:
    """The bundled lists, read and validated once."""
    return load_actor_words(DEFAULT_PATH)


def load_actor_words(path: Path) -> ActorWords:
    """Read and validate the lists; raises DataFileError naming the file and entry."""
    data = read_word_lists(path, SCHEMA_PATH, "actor word lists")
    return _build(data)


def _build(data: dict[str, Any]) -> ActorWords:
    lists = dict(data)
    lists["legal_forms_lower"] = [form.lower() for form in data["legal_forms"]]
    members = [*data["member_nouns"], *data["summit_nouns"]]
    lists["members_lower"] = [noun.lower() for noun in members]
    return word_lists_as(ActorWords, lists)
