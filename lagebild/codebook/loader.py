"""Load the PLOVER codebook (``plover.yaml``) into lookups the event coder uses.

The YAML groups lemmas that share a type, mode and argument frame; here every lemma
becomes one ``Predicate`` and the lemmas are indexed by part of speech. Nouns are also
found as the head of a compound ("Raketenangriff" -> "angriff").
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Literal

from jsonschema import Draft202012Validator

from lagebild.datafile import load_schema, read_yaml, validate
from lagebild.errors import DataFileError

CODEBOOK_DIR = Path(__file__).parent
DEFAULT_PATH = CODEBOOK_DIR / "plover.yaml"
SCHEMA_PATH = CODEBOOK_DIR / "schema" / "plover.schema.json"

PartOfSpeech = Literal["verb", "noun", "adj"]
EVENT_TYPES = (
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
    "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
)  # fmt: skip
# A compound's head must leave a real modifier in front ("Raketen|angriff", not "K|rieg").
_MIN_COMPOUND_MODIFIER = 3
_MIN_COMPOUND_HEAD = 4


@dataclass(frozen=True)
class Frame:
    actor: tuple[str, ...]
    recipient: tuple[str, ...]
    partners: tuple[str, ...] = ()


@dataclass(frozen=True)
class Predicate:
    """One lemma of the codebook with everything needed to code an event from it."""

    lemma: str
    pos: PartOfSpeech
    type: str
    frame: Frame
    mode: str | None = None
    reflexive: bool | None = None
    with_words: tuple[str, ...] = ()
    without_words: tuple[str, ...] = ()
    without_subject: tuple[str, ...] = ()
    with_pp: tuple[tuple[str, tuple[str, ...]], ...] = ()
    without_pp: tuple[tuple[str, tuple[str, ...]], ...] = ()
    intransitive: bool | None = None
    when_negated: str | None = None
    if_state_actor: str | None = None
    implicit_actor: str | None = None
    confidence: float | None = None

    @property
    def is_conditional(self) -> bool:
        """Light-verb and PP-bound entries are more specific than the plain verb."""
        return bool(self.with_words or self.with_pp)


@dataclass(frozen=True)
class EventTypeInfo:
    name: str
    quad: str
    score: float
    requires_recipient: bool
    modes: dict[str, float] = field(default_factory=dict)


@dataclass
class Codebook:
    version: str
    score_source: str
    types: dict[str, EventTypeInfo]
    predicates: list[Predicate]
    mode_cues: dict[str, dict[str, tuple[str, ...]]]
    noun_support_verbs: frozenset[str]
    noun_clause_prepositions: frozenset[str]
    noun_exceptions: frozenset[str]
    allegation_nouns: frozenset[str]
    condemning_words: frozenset[str]
    strong_forms: dict[str, str]  # irregular verb form -> infinitive
    modality: dict[str, frozenset[str]]
    contexts: dict[str, tuple[str, ...]]
    _by_pos: dict[PartOfSpeech, dict[str, list[Predicate]]] = field(default_factory=dict)

    def __post_init__(self) -> None:
        index: dict[PartOfSpeech, dict[str, list[Predicate]]] = {
            "verb": defaultdict(list),
            "noun": defaultdict(list),
            "adj": defaultdict(list),
        }
        for predicate in self.predicates:
            index[predicate.pos][predicate.lemma].append(predicate)
        for entries in (e for by_lemma in index.values() for e in by_lemma.values()):
            entries.sort(key=lambda p: not p.is_conditional)  # stable: YAML order otherwise
        self._by_pos = {pos: dict(by_lemma) for pos, by_lemma in index.items()}

    def verbs(self, lemma: str) -> list[Predicate]:
        return self._by_pos["verb"].get(lemma.lower(), [])

    def adjectives(self, lemma: str) -> list[Predicate]:
        return self._by_pos["adj"].get(lemma.lower(), [])

    def nouns(self, lemma: str) -> list[Predicate]:
        """Entries for a noun or for the head of a compound noun (longest head wins)."""
        word = lemma.lower()
        nouns = self._by_pos["noun"]
        if word in self.noun_exceptions or any(word.startswith(e) for e in self.noun_exceptions):
            return []
        if word in nouns:
            return nouns[word]
        for start in range(_MIN_COMPOUND_MODIFIER, len(word) - _MIN_COMPOUND_HEAD + 1):
            head = word[start:].lstrip("-")
            if head in nouns:
                return nouns[head]
        return []

    def score(self, event_type: str, mode: str | None) -> float:
        info = self.types[event_type]
        if mode and mode in info.modes:
            return info.modes[mode]
        return info.score

    def quad(self, event_type: str) -> str:
        return self.types[event_type].quad

    def entries_by_type(self) -> dict[str, int]:
        """How many lemma entries code each event type (the codebook's coverage)."""
        counts = Counter(p.type for p in self.predicates)
        return {t: counts.get(t, 0) for t in EVENT_TYPES}


@lru_cache(maxsize=4)
def load_codebook(path: Path | None = None) -> Codebook:
    """Read and validate the codebook; raises DataFileError naming the file and the problem."""
    path = Path(path) if path else DEFAULT_PATH
    data = _read_yaml(path)
    _validate(data, path)
    return _build(data, path)


def _read_yaml(path: Path) -> dict:
    return read_yaml(path, what="codebook")


def _validate(data: object, path: Path) -> None:
    validator = Draft202012Validator(load_schema(SCHEMA_PATH))
    validate(data, validator, path, SCHEMA_PATH.name)


def _build(data: dict, path: Path) -> Codebook:
    frames = {name: _frame(spec) for name, spec in data["frames"].items()}
    predicates: list[Predicate] = []
    for number, entry in enumerate(data["predicates"]):
        frame = entry["frame"]
        if isinstance(frame, str):
            if frame not in frames:
                raise DataFileError(
                    f"predicate {number} uses unknown frame {frame!r}", source=str(path)
                )
            frame = frames[frame]
        else:
            frame = _frame(frame)
        predicates.extend(_predicates(entry, frame))
    unknown = {p.type for p in predicates} | {
        t for p in predicates for t in (p.when_negated, p.if_state_actor) if t and t != "NONE"
    }
    types = {name: _type_info(name, spec) for name, spec in data["types"].items()}
    if missing := unknown - set(types):
        raise DataFileError(
            f"event types without a definition: {sorted(missing)}", source=str(path)
        )
    return Codebook(
        version=data["version"],
        score_source=data["score_source"],
        types=types,
        predicates=predicates,
        mode_cues={
            t: {mode: tuple(words) for mode, words in modes.items()}
            for t, modes in data["mode_cues"].items()
        },
        noun_support_verbs=frozenset(data["noun_support_verbs"]),
        noun_clause_prepositions=frozenset(data["noun_clause_prepositions"]),
        noun_exceptions=frozenset(data["noun_exceptions"]),
        allegation_nouns=frozenset(data["allegation_nouns"]),
        condemning_words=frozenset(data["condemning_words"]),
        strong_forms={
            form: infinitive
            for infinitive, forms in data["strong_verbs"].items()
            for form in (infinitive, *forms)
        },
        modality={name: frozenset(words) for name, words in data["modality"].items()},
        contexts={name: tuple(words) for name, words in data["contexts"].items()},
    )


def _frame(spec: dict) -> Frame:
    return Frame(
        actor=tuple(spec["actor"]),
        recipient=tuple(spec["recipient"]),
        partners=tuple(spec.get("partners", ())),
    )


def _type_info(name: str, spec: dict) -> EventTypeInfo:
    return EventTypeInfo(
        name=name,
        quad=spec["quad"],
        score=float(spec["score"]),
        requires_recipient=spec["requires_recipient"],
        modes={mode: float(score) for mode, score in spec["modes"].items()},
    )


def _pp(spec: dict | None) -> tuple[tuple[str, tuple[str, ...]], ...]:
    return tuple((prep, tuple(nouns)) for prep, nouns in (spec or {}).items())


def _predicates(entry: dict, frame: Frame) -> list[Predicate]:
    lemmas: list[tuple[str, PartOfSpeech]] = [
        *((lemma, "verb") for lemma in entry.get("verbs", ())),
        *((lemma, "noun") for lemma in entry.get("nouns", ())),
        *((lemma, "adj") for lemma in entry.get("adjectives", ())),
    ]
    seen: set[str] = set()
    result = []
    for lemma, pos in lemmas:
        if lemma in seen:  # a lemma listed twice in one entry is one predicate
            continue
        seen.add(lemma)
        result.append(
            Predicate(
                lemma=lemma,
                pos=pos,
                type=entry["type"],
                frame=frame,
                mode=entry.get("mode"),
                reflexive=entry.get("reflexive"),
                with_words=tuple(entry.get("with", ())),
                without_words=tuple(entry.get("without", ())),
                without_subject=tuple(entry.get("without_subject", ())),
                with_pp=_pp(entry.get("with_pp")),
                without_pp=_pp(entry.get("without_pp")),
                intransitive=entry.get("intransitive"),
                when_negated=entry.get("when_negated"),
                if_state_actor=entry.get("if_state_actor"),
                implicit_actor=entry.get("implicit_actor"),
                confidence=entry.get("confidence"),
            )
        )
    return result
