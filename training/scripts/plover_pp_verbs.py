"""Build the generated candidate list of German prepositional verbs (PP-verbs) per PLOVER type.

Not needed at run time; rebuild it when a source changes::

    apt-get install -y trans-de-en      # Ding German-English dictionary (GPL-2+)
    .venv/bin/python -m training.scripts.plover_pp_verbs \
        --cameo ../shared/data/reference/petrarch2_dictionaries/CAMEO.2.0.txt \
        --plover ../shared/data/reference/CAMEO2PLOVER-2021.txt \
        --ding /usr/share/trans/de-en \
        --corpus ../shared/data/raw_de/bundestag-wp20-speeches.txt.gz

Many acts of German news are verbs with a fixed preposition ("gegen jdn. vorgehen", "sich
gegen etw. aussprechen", "an etw. festhalten", "auf etw. beharren"): the verb alone has
another sense, so ``plover_candidates.py`` (one-word headwords, first sense only) misses
them. Ding writes them as phrases of every sense ("gerichtlich gegen jdn. vorgehen :: to take
legal steps against sb."). The chain is Ding phrase [adverb] PREP jdn./etw. [adverb] VERB
--its English "to ..." translation--> English verb --PETRARCH2 CAMEO verb dictionary-->
CAMEO code --CAMEO2PLOVER--> PLOVER type and mode. Each candidate keeps the adverb (the
manner that may decide the type), the English verb and CAMEO code, the verb's frequency and
how many lines of the German corpus hold a form of the verb with the preposition. Only
reviewed entries go into ``plover.yaml``; the output
``lagebild/codebook/plover_pp_verbs.generated.yaml`` is committed and never read by the
pipeline.
"""

from __future__ import annotations

import argparse
import gzip
import re
from collections import Counter, defaultdict
from pathlib import Path

from lagebild.codebook.loader import Codebook, load_codebook
from lagebild.german.corpus import WORD
from lagebild.german.corpus import word_counts as corpus_counts
from training.scripts.plover_candidates import (
    _english_head,
    candidate_parser,
    frequency,
    plover_of,
    read_cameo,
    read_cameo2plover,
    write_candidates,
)

OUT = Path(__file__).resolve().parents[2] / "lagebild/codebook/plover_pp_verbs.generated.yaml"
MIN_COOCCURRENCE = 3
PREPOSITIONS = ("gegen", "an", "auf", "für", "über", "mit", "zu", "von", "vor", "um", "bei", "aus")
# "[adverb] [sich] PREP jdn./etw. [adverb] VERB", Ding's way of writing a PP-verb
_PHRASE = re.compile(
    r"^(?:(?!sich )(?P<adv1>[a-zäöüß]+) )?(?P<refl>sich )?"
    r"(?P<prep>" + "|".join(PREPOSITIONS) + r") "
    r"(?:jdn|jdm|etw)\.(?:/(?:jdn|jdm|etw)\.)? (?:(?P<adv2>[a-zäöüß]+) )?"
    r"(?P<verb>[a-zäöüß]+(?:en|ern|eln))$"
)
_BRACKETS = re.compile(r"\{[^}]*\}|\[[^\]]*\]|\([^)]*\)")
# "sb./sth." is one placeholder
_ALTERNATIVES = re.compile(r"\b(sb|sth)\./(?:sb|sth)\.")


def ding_pp_verbs(path: Path) -> list[tuple[str, str, bool, str | None, str]]:
    """(verb, preposition, reflexive, adverb, English head verb) of every Ding sense written
    as a PP-verb phrase; the German and English senses of an entry are aligned by " | "."""
    found = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("#") or " :: " not in line:
            continue
        german, english = line.split(" :: ", 1)
        for de_sense, en_sense in zip(german.split(" | "), english.split(" | "), strict=False):
            heads = [_english_head(_ALTERNATIVES.sub(r"\1.", e)) for e in en_sense.split(";")]
            verbs_en = [head for head, is_verb in heads if head and is_verb]
            for term in de_sense.split(";"):
                m = _PHRASE.match(" ".join(_BRACKETS.sub(" ", term).split()))
                if m is None:
                    continue
                adverb = m["adv1"] or m["adv2"]
                for head in verbs_en:
                    found.append((m["verb"], m["prep"], bool(m["refl"]), adverb, head))
    return found


def cooccurrences(path: Path, wanted: dict[str, set[str]]) -> Counter[tuple[str, str]]:
    """(verb form, preposition) -> lines of the corpus holding both, for the forms asked."""
    counts: Counter[tuple[str, str]] = Counter()
    preps = set(PREPOSITIONS)
    with gzip.open(path, "rt", encoding="utf-8") as f:
        for line in f:
            if line.startswith("#"):
                continue
            words = {w.lower() for w in WORD.findall(line)}
            present = words & preps
            if not present:
                continue
            for form in words & wanted.keys():
                for prep in wanted[form] & present:
                    counts[(form, prep)] += 1
    return counts


def verb_forms(verb: str) -> tuple[str, ...]:
    """Infinitive, 3rd person and participle, as ``plover_candidates.frequency`` counts them."""
    stem = verb[:-2] if verb.endswith("en") else verb[:-1]
    return (verb, stem + "t", "ge" + stem + "t")


def build(args: argparse.Namespace) -> list[dict]:
    codebook = load_codebook()
    modes = {name: set(info.modes) for name, info in codebook.types.items()}
    cameo = read_cameo(args.cameo)
    table = read_cameo2plover(args.plover, modes)
    counts = corpus_counts(args.corpus)
    found: dict[tuple, dict] = {}
    sources: dict[tuple, set[str]] = defaultdict(set)
    for verb, prep, reflexive, adverb, english in ding_pp_verbs(args.ding):
        cameo_verb = cameo.get(english) or cameo.get(english.split()[0])
        if cameo_verb is None or (mapped := plover_of(cameo_verb.code, table)) is None:
            continue
        key = (verb, prep, reflexive, adverb, mapped[0])
        sources[key].add(f"{cameo_verb.verb} [{cameo_verb.code}]")
        found.setdefault(key, {
            "lemma": verb, "preposition": prep, "reflexive": reflexive, "adverb": adverb,
            "type": mapped[0], "mode": mapped[1], "cameo": cameo_verb.code,
            "english": cameo_verb.verb, "frequency": frequency(verb, "verb", counts),
        })  # fmt: skip
    wanted: dict[str, set[str]] = defaultdict(set)
    for entry in found.values():
        for form in verb_forms(entry["lemma"]):
            wanted[form].add(entry["preposition"])
    together = cooccurrences(args.corpus, wanted)
    entries = []
    for key, entry in found.items():
        entry["cooccurrence"] = sum(
            together[(form, entry["preposition"])] for form in verb_forms(entry["lemma"])
        )
        if entry["cooccurrence"] < args.min_cooccurrence:
            continue
        entry["english_all"] = sorted(sources[key])
        entry["in_codebook"] = in_codebook(codebook, entry["lemma"], entry["preposition"])
        entries.append(entry)
    return sorted(entries, key=lambda e: (e["type"], -e["cooccurrence"], e["lemma"]))


def in_codebook(codebook: Codebook, lemma: str, prep: str) -> bool:
    """Whether a reviewed entry of the verb names the preposition (as condition or slot)."""
    return any(
        any(p == prep for p, _ in entry.with_pp)
        or any(slot == f"pp:{prep}" for slot in (*entry.frame.actor, *entry.frame.recipient))
        for entry in codebook.verbs(lemma)
    )


HEADER = """\
# GENERATED by training/scripts/plover_pp_verbs.py -- do not edit; rebuild instead.
# Candidate German prepositional verbs (PP-verbs) per PLOVER type and mode, for review into
# plover.yaml. Never read by the pipeline.
#
# Chain: Ding de-en phrase "[adverb] [sich] PREP jdn./etw. [adverb] VERB" (every sense) --its
# English "to ..." verb--> PETRARCH2 CAMEO.2.0 verb dictionary --> CAMEO code -->
# CAMEO2PLOVER-2021 --> PLOVER type, mode.
# frequency: the verb's infinitive, 3rd person and participle in the 22M-word German corpus
# (Bundestag speeches, shared/data/raw_de); cooccurrence: corpus lines holding one of these
# forms and the preposition (entries below {min_cooccurrence} are left out). A separable verb's
# split forms ("geht ... vor") are not counted, so its counts are low.
# in_codebook: whether a reviewed entry of the verb names the preposition.
#
"""


def main() -> None:
    parser = candidate_parser(__doc__.split("\n")[0])
    parser.add_argument("--min-cooccurrence", type=int, default=MIN_COOCCURRENCE)
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args()
    header = HEADER.format(min_cooccurrence=args.min_cooccurrence)
    write_candidates(args.out, header, build(args))


if __name__ == "__main__":
    main()
