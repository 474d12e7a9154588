"""The event coder's word lists (``event_words.yaml``): German words whose class a rule of
the coder asks about ("an answering verb", "a noun of an answer"), kept as data an analyst
edits, beside the codebook's entries, and checked against ``schema/event_words.schema.json``.

Each section becomes one attribute of ``EventWords``, held by the ``Codebook`` the pipeline
passes around (``codebook.words.answer_verbs``): read once with the codebook, looked up as
the module constants they replace were. A frozenset is asked for membership; a tuple keeps
the file's order where a rule matches by word ending or start (``matches_any``,
``startswith``).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from lagebild.datafile import read_word_lists, word_lists_as

FILE_NAME = "event_words.yaml"
DEFAULT_PATH = Path(__file__).parent / FILE_NAME
SCHEMA_PATH = Path(__file__).parent / "schema" / "event_words.schema.json"


@dataclass(frozen=True)
class EventWords:
    """One attribute per section of ``event_words.yaml`` (the file says what each is for)."""

    # acts (candidates)
    violent_acts: tuple[str, ...]
    # warnings of an answer (coder.warns_of_answer)
    answer_nouns: tuple[str, ...]
    warned_answers: tuple[str, ...]  # answer_nouns and the further answers of the file
    answer_verbs: frozenset[str]
    hypothetical_act_modifiers: tuple[str, ...]
    # acts answered and acts forced (derived)
    paying_verbs: frozenset[str]
    suffering_verbs: frozenset[str]
    suffered_answers: tuple[str, ...]  # answer_nouns and the further answers of the file
    foretelling_verbs: frozenset[str]
    followed_acts: tuple[str, ...]  # warned_answers and the further acts of the file
    breaching_verbs: frozenset[str]
    breached_norms: tuple[str, ...]
    reserving_verbs: frozenset[str]
    return_fire_verbs: frozenset[str]
    exchange_words: frozenset[str]
    no_choice_nouns: frozenset[str]
    # the coder's own rules (coder)
    occurrence_verbs: frozenset[str]
    course_verbs: frozenset[str]
    presence_verbs: frozenset[str]
    ordering_verbs: frozenset[str]
    promising_verbs: frozenset[str]
    planning_verbs: frozenset[str]
    conflict_side_nouns: frozenset[str]
    habitual_adverbs: frozenset[str]
    exercise_words: tuple[str, ...]
    # participants (unnamed, participants, frames)
    casualty_verbs: frozenset[str]
    resuming_adverbs: frozenset[str]
    clash_stems: tuple[str, ...]
    time_spans: frozenset[str]
    visit_nouns: frozenset[str]
    vor_governing_verbs: frozenset[str]
    source_verbs: frozenset[str]
    naming_verbs: frozenset[str]
    omission_verbs: frozenset[str]
    denial_verbs: frozenset[str]
    behind_verbs: frozenset[str]
    bearing_verbs: frozenset[str]
    blame_nouns: frozenset[str]
    authored_harms: tuple[str, ...]
    ngo_heads: tuple[str, ...]
    body_organs: tuple[str, ...]
    mission_nouns: tuple[str, ...]


def load_event_words(path: Path | None = None) -> EventWords:
    """Read and validate the word lists; raises DataFileError naming the file and entry."""
    path = Path(path) if path else DEFAULT_PATH
    data = read_word_lists(path, SCHEMA_PATH, "event word lists")
    return _build(data)


def beside(codebook_path: Path) -> Path:
    """The word lists next to a codebook file, else the bundled ones: a codebook copied with
    its lists is read with them, a codebook alone with the lists shipped."""
    own = codebook_path.parent / FILE_NAME
    return own if own.exists() else DEFAULT_PATH


def _build(data: dict[str, Any]) -> EventWords:
    lists = dict(data)
    # a further act's answer is an answer noun or one of the file's further answers
    lists["warned_answers"] = [*data["answer_nouns"], *data["warned_answers"]]
    # an answer suffered or following is an answer noun or one of the further ones
    lists["suffered_answers"] = [*data["answer_nouns"], *data["suffered_answers"]]
    lists["followed_acts"] = [*lists["warned_answers"], *data["followed_acts"]]
    return word_lists_as(EventWords, lists)
