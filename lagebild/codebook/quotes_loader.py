"""Load the reporting-verb lexicon (``reporting_verbs.yaml``) used to find quotations.

The YAML lists lemmas; this module turns them into lookups by surface form so the
quotation component does not depend on the model's lemmatizer alone: regular (weak)
forms are generated, irregular ones are listed in the YAML. Separable verbs are keyed
by their particle, so "teilte ... mit" finds ``mitteilen`` only when the particle is there.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Literal

from jsonschema import Draft202012Validator

from lagebild.datafile import load_schema, read_yaml, validate
from lagebild.errors import DataFileError

CODEBOOK_DIR = Path(__file__).parent
DEFAULT_PATH = CODEBOOK_DIR / "reporting_verbs.yaml"
SCHEMA_PATH = CODEBOOK_DIR / "schema" / "reporting_verbs.schema.json"

ReportType = Literal["speech", "thought", "writing"]
Complement = Literal["dass", "ob", "konjunktiv", "infinitive", "direct"]
SpeakerPosition = Literal["after", "before", "verb_subject", "self", "none"]
PhrasePosition = Literal["inside", "after_comma", "around"]

# Verbs with these prefixes (and -ieren verbs) form the participle without ge-.
_UNSTRESSED_PREFIXES = (
    "be",
    "ge",
    "er",
    "ver",
    "zer",
    "ent",
    "emp",
    "miss",
    "über",
    "unter",
    "wider",
    "hinter",
)


@dataclass(frozen=True)
class ReportingVerb:
    lemma: str
    type: ReportType
    complements: frozenset[str]
    particle: str = ""
    reflexive: bool = False
    speech_act: bool = False
    preposition: str = ""  # the reported use needs an object with it (sprechen von)
    indicative: bool = False  # reports indicative clauses too (Die Lage ist ernst, sagte er)
    naming: bool = False  # frames single capitalised words in marks (nannte es „Verrat“)
    addressee_object: bool = False  # its object is the addressee (forderte die Regierung auf)
    source_preposition: str = ""  # no subject: this phrase is the source (aus Kreisen verlautete)

    @property
    def base(self) -> str:
        """The verb without its separable particle (mitteilen -> teilen)."""
        return self.lemma[len(self.particle) :]


@dataclass(frozen=True)
class ReportingNoun:
    lemma: str
    type: ReportType
    complements: frozenset[str]
    source: bool = False


@dataclass(frozen=True)
class SourcePhrase:
    words: tuple[str, ...]
    speaker: SpeakerPosition
    type: ReportType = "speech"
    where: PhrasePosition = "inside"
    needs_konjunktiv: bool = False


@dataclass(frozen=True)
class ReportingLexicon:
    verbs: tuple[ReportingVerb, ...]
    # (particle or "", lower-cased form or lemma) -> verbs; a form that already contains
    # its particle (mitteilte, hingewiesen) is keyed with the empty particle.
    verb_index: dict[tuple[str, str], tuple[ReportingVerb, ...]]
    nouns: dict[str, ReportingNoun]  # any listed form -> noun
    sources: tuple[SourcePhrase, ...]
    konjunktiv_forms: frozenset[str]
    konjunktiv2_forms: frozenset[str]
    hearsay_modals: frozenset[str]
    title_nouns: frozenset[str]
    non_speakers: frozenset[str]
    particles: frozenset[str] = field(default_factory=frozenset)
    source_suffixes: dict[str, ReportingNoun] = field(default_factory=dict)
    sources_by_word: dict[str, tuple[SourcePhrase, ...]] = field(default_factory=dict)
    # words that open sentences capitalised but are no names (Sinngemäß, Besorgt); from the
    # knowledge base's lowercase_words, added by quotes.finder.default_lexicon()
    common_words: frozenset[str] = field(default_factory=frozenset)
    # every form and lemma of ``verb_index``, whatever the particle: a word not among them
    # is no reporting verb, and its particle need not be looked for
    verb_words: frozenset[str] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "verb_words", frozenset(word for _, word in self.verb_index))

    def verbs_for(self, form: str, lemma: str, particle: str = "") -> tuple[ReportingVerb, ...]:
        """Reporting verbs a token may be: by its form, else by its lemma, given its particle."""
        particle = particle.lower()
        found = self.verb_index.get((particle, form.lower()))
        if found:
            return found
        return self.verb_index.get((particle, lemma.lower()), ())

    def noun(self, word: str) -> ReportingNoun | None:
        return self.nouns.get(word)

    def source_noun(self, word: str) -> ReportingNoun | None:
        """A noun of a source phrase (nach Angaben …), also as the head of a compound
        (Polizeiangaben, Expertenmeinung)."""
        noun = self.nouns.get(word)
        if noun is not None:
            return noun if noun.source else None
        lower = word.lower()
        for size in range(min(len(lower) - 3, 16), 3, -1):
            noun = self.source_suffixes.get(lower[-size:])
            if noun is not None:
                return noun
        return None


def weak_forms(base: str) -> set[str]:
    """Present, past and participle forms of a regular verb (without particle)."""
    stem = base[:-2] if base.endswith("en") else base[:-1]
    # stems in -d/-t and consonant clusters take an -e- (begründet, berichtete, rechnet)
    e = "e" if stem.endswith(("d", "t", "chn", "ffn", "gn", "dm", "tm")) else ""
    forms = {
        base,
        stem + "e",
        stem + e + "st",
        stem + e + "t",
        stem + e + "te",
        stem + e + "ten",
        stem + e + "test",
        stem + e + "tet",
        stem + "est",
        stem + "et",
    }
    if base.endswith("ieren") or base.startswith(_UNSTRESSED_PREFIXES):
        forms.add(stem + e + "t")
    else:
        forms.add("ge" + stem + e + "t")
    return forms


def _verb_keys(verb: ReportingVerb, irregular: list[str]) -> set[tuple[str, str]]:
    forms = weak_forms(verb.base) | {f.lower() for f in irregular}
    keys: set[tuple[str, str]] = set()
    if not verb.particle:
        keys |= {("", f) for f in forms}
        return keys
    for f in forms:
        keys.add((verb.particle, f))
        # joined forms in subordinate clauses and participles: mitteilte, mitgeteilt
        keys.add(("", verb.particle + f))
    keys.add((verb.particle, verb.base))
    keys.add(("", verb.lemma))
    return keys


def _validate(data: object, path: Path) -> None:
    validate(data, Draft202012Validator(load_schema(SCHEMA_PATH)), path, SCHEMA_PATH.name)
    for entry in data["verbs"]:  # type: ignore[index]
        particle = entry.get("particle")
        if particle and not entry["lemma"].startswith(particle):
            raise DataFileError(
                f"verb {entry['lemma']!r}: lemma must start with its particle {particle!r}",
                source=str(path),
            )


def read_lexicon(path: Path = DEFAULT_PATH) -> ReportingLexicon:
    """Read and validate a reporting-verb YAML file."""
    data = read_yaml(path, what="reporting-verb file")
    _validate(data, path)
    verbs: list[ReportingVerb] = []
    index: dict[tuple[str, str], list[ReportingVerb]] = defaultdict(list)
    for entry in data["verbs"]:
        verb = ReportingVerb(
            lemma=entry["lemma"],
            type=entry["type"],
            complements=frozenset(entry["complements"]),
            particle=entry.get("particle", ""),
            reflexive=entry.get("reflexive", False),
            speech_act=entry.get("speech_act", False),
            preposition=entry.get("speech_act_preposition", ""),
            indicative=entry.get("indicative", False),
            naming=entry.get("naming", False),
            addressee_object=entry.get("addressee_object", False),
            source_preposition=entry.get("source_preposition", ""),
        )
        verbs.append(verb)
        for key in _verb_keys(verb, entry.get("forms", [])):
            index[key].append(verb)
    nouns: dict[str, ReportingNoun] = {}
    for entry in data["nouns"]:
        noun = ReportingNoun(
            lemma=entry["lemma"],
            type=entry["type"],
            complements=frozenset(entry["complements"]),
            source=entry.get("source", False),
        )
        for form in [entry["lemma"], *entry.get("forms", [])]:
            nouns[form] = noun
    source_suffixes = {
        form.lower(): noun for form, noun in nouns.items() if noun.source and len(form) > 4
    }
    sources = tuple(
        SourcePhrase(
            words=tuple(s["words"]),
            speaker=s["speaker"],
            type=s.get("type", "speech"),
            where=s.get("where", "inside"),
            needs_konjunktiv=s.get("needs_konjunktiv", False),
        )
        for s in data["sources"]
    )
    sources_by_word: dict[str, list[SourcePhrase]] = defaultdict(list)
    for phrase in sources:
        sources_by_word[phrase.words[0]].append(phrase)
    return ReportingLexicon(
        verbs=tuple(verbs),
        verb_index={k: tuple(v) for k, v in index.items()},
        nouns=nouns,
        sources=sources,
        konjunktiv_forms=frozenset(data["konjunktiv_forms"]),
        konjunktiv2_forms=frozenset(data.get("konjunktiv2_forms", [])),
        hearsay_modals=frozenset(data.get("hearsay_modals", [])),
        title_nouns=frozenset(data.get("title_nouns", [])),
        non_speakers=frozenset(data.get("non_speakers", [])),
        particles=frozenset(v.particle for v in verbs if v.particle),
        source_suffixes=source_suffixes,
        sources_by_word={k: tuple(v) for k, v in sources_by_word.items()},
    )


@lru_cache(maxsize=4)
def load_lexicon(path: Path = DEFAULT_PATH) -> ReportingLexicon:
    """The lexicon, read once per process."""
    return read_lexicon(path)
