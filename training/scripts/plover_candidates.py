"""Build the generated candidate lexicon: German verbs and event nouns -> PLOVER type and mode.

Not needed at run time; rebuild it when a source changes::

    apt-get install -y trans-de-en      # Ding German-English dictionary (GPL-2+)
    .venv/bin/python -m training.scripts.plover_candidates \
        --cameo ../shared/data/reference/petrarch2_dictionaries/CAMEO.2.0.txt \
        --plover ../shared/data/reference/CAMEO2PLOVER-2021.txt \
        --ding /usr/share/trans/de-en \
        --corpus ../shared/data/raw_de/bundestag-wp20-speeches.txt.gz

The chain is German headword --Ding--> English verb --PETRARCH2 CAMEO verb dictionary-->
CAMEO code --CAMEO2PLOVER--> PLOVER type and mode. Each candidate keeps the English verb and
CAMEO code it came through and its frequency in the German corpus, so that a reviewer can
judge it; only reviewed entries go into ``plover.yaml`` (with frames and conditions). The
output ``lagebild/codebook/plover_candidates.generated.yaml`` is committed and never read by
the pipeline.
"""

from __future__ import annotations

import argparse
import re
from collections import Counter, defaultdict
from dataclasses import dataclass
from pathlib import Path

import yaml

from lagebild.codebook.loader import load_codebook
from lagebild.german.corpus import word_counts as corpus_counts

OUT = Path(__file__).resolve().parents[2] / "lagebild/codebook/plover_candidates.generated.yaml"
# A [---] verb block carries no code of its own; its patterns decide when one code dominates.
MIN_PATTERN_SHARE = 0.5
MIN_FREQUENCY = 5
_HEADER = re.compile(r"^---\s+(\S+)\s+\[([^\]]+)\]")
_CODE = re.compile(r"\[([0-9:]+)\]")
_WORD = re.compile(r"[\wäöüß]+")
_NOUN_GENDER = re.compile(r"\{[fmn](?:; ?pl)?\}|\{pl\}")
_BRACKETS = re.compile(r"\{[^}]*\}|\[[^\]]*\]|\([^)]*\)")
# Ding marks objects with these; they are not part of the headword.
_PLACEHOLDERS = {
    "jdn.",
    "jdm.",
    "jds.",
    "etw.",
    "sich",
    "jd.",
    "sb.",
    "sth.",
    "sb.'s",
    "to",
    "oneself",
}


@dataclass(frozen=True)
class CameoVerb:
    verb: str
    code: str
    block: str
    derived: str  # "verb", "block" or "patterns (share)"


def read_cameo(path: Path) -> dict[str, CameoVerb]:
    """English verb -> its CAMEO code: the verb's own code, else its block's, else the
    dominant code of the block's patterns."""
    blocks: list[tuple[str, str, list[tuple[str, str | None]], Counter[str]]] = []
    in_verbs = False
    for raw in path.read_text(encoding="latin-1").splitlines():
        line = raw.split("#", 1)[0].rstrip()
        if "VERB PATTERNS" in raw:
            in_verbs = True
            continue
        if not in_verbs or not line.strip():
            continue
        if m := _HEADER.match(line):
            blocks.append((m.group(1), m.group(2), [], Counter()))
        elif not blocks:
            continue
        elif line.startswith("-"):
            if m := _CODE.search(line):
                blocks[-1][3][m.group(1).split(":")[0]] += 1
        elif line[0].isalpha():
            word = line.split()[0]
            own = _CODE.search(line)
            blocks[-1][2].append((word, own.group(1).split(":")[0] if own else None))
    verbs: dict[str, CameoVerb] = {}
    for name, code, words, patterns in blocks:
        fallback, derived = code, "block"
        if code == "---" and patterns:
            best, count = patterns.most_common(1)[0]
            share = count / sum(patterns.values())
            fallback = best if share >= MIN_PATTERN_SHARE else "---"
            derived = f"patterns ({share:.2f})"
        for word, own in words:
            chosen = own or fallback
            if chosen != "---":
                verbs.setdefault(
                    word.lower().replace("_", " "),
                    CameoVerb(word.lower(), chosen, name, "verb" if own else derived),
                )
    return verbs


def read_cameo2plover(path: Path, modes: dict[str, set[str]]) -> dict[str, tuple[str, str | None]]:
    """CAMEO code -> (PLOVER type, mode); modes the codebook does not know are dropped."""
    table: dict[str, tuple[str, str | None]] = {}
    for raw in path.read_text(encoding="utf-8").splitlines():
        line = raw.split("#", 1)[0]
        if ":" not in line:
            continue
        code, rest = (p.strip() for p in line.split(":", 1))
        fields = [f.strip() for f in rest.split(",")]
        if not code.isdigit() or len(fields) < 2 or fields[0] not in modes:
            continue
        mode = fields[1] if fields[1] in modes[fields[0]] else None
        table[code] = (fields[0], mode)
    return table


def plover_of(code: str, table: dict[str, tuple[str, str | None]]) -> tuple[str, str | None] | None:
    """The most specific row for a code (0841, then 084, then 08 ...)."""
    for length in range(len(code), 1, -1):
        if code[:length] in table:
            return table[code[:length]]
    return None


def ding_pairs(path: Path) -> list[tuple[str, str, str]]:
    """(German headword, part of speech, English head verb) from the first sense of each
    Ding entry: German verbs translated by an English "to ..." verb, German nouns by an
    English noun that is also a verb ("Festnahme" -> "arrest")."""
    pairs = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("#") or " :: " not in line:
            continue
        german, english = line.split(" :: ", 1)
        german, english = german.split(" | ")[0], english.split(" | ")[0]
        heads_en = [_english_head(e) for e in english.split(";")]
        for term in german.split(";"):
            is_noun = bool(_NOUN_GENDER.search(term))
            words = [w for w in _BRACKETS.sub(" ", term).split() if w not in _PLACEHOLDERS]
            if len(words) != 1 or not _WORD.fullmatch(words[0]):
                continue
            word = words[0]
            pos = "noun" if is_noun and word[0].isupper() else "verb"
            if pos == "verb" and not (word.islower() and word.endswith(("en", "ern", "eln"))):
                continue
            for head, is_verb in heads_en:
                if head and (is_verb or pos == "noun"):
                    pairs.append((word.lower(), pos, head))
    return pairs


def _english_head(english: str) -> tuple[str, bool]:
    words = _BRACKETS.sub(" ", english).split()
    is_verb = bool(words) and words[0] == "to"
    words = [w for w in words if w not in _PLACEHOLDERS]
    return (" ".join(words[:2]) if len(words) > 1 else (words[0] if words else "")), is_verb


def frequency(word: str, pos: str, counts: Counter[str]) -> int:
    """Citation form plus the forms that show its use (noun plural, verb 3rd person and
    participle), a rough but comparable count."""
    if pos == "noun":
        return sum(counts[word + s] for s in ("", "en", "n", "e", "s"))
    stem = word[:-2] if word.endswith("en") else word[:-1]
    return counts[word] + counts[stem + "t"] + counts["ge" + stem + "t"]


def build(args: argparse.Namespace) -> list[dict]:
    codebook = load_codebook()
    modes = {name: set(info.modes) for name, info in codebook.types.items()}
    cameo = read_cameo(args.cameo)
    table = read_cameo2plover(args.plover, modes)
    counts = corpus_counts(args.corpus)
    found: dict[tuple[str, str, str], dict] = {}
    sources: dict[tuple[str, str, str], set[str]] = defaultdict(set)
    for german, pos, english in ding_pairs(args.ding):
        verb = cameo.get(english) or cameo.get(english.split()[0])
        if verb is None or (mapped := plover_of(verb.code, table)) is None:
            continue
        key = (german, pos, mapped[0])
        sources[key].add(f"{verb.verb} [{verb.code}]")
        if key in found:
            continue
        freq = frequency(german, pos, counts)
        if freq < args.min_frequency:
            continue
        found[key] = {
            "lemma": german,
            "pos": pos,
            "type": mapped[0],
            "mode": mapped[1],
            "cameo": verb.code,
            "english": verb.verb,
            "code_from": verb.derived,
            "frequency": freq,
            "in_codebook": _in_codebook(codebook, german, pos),
        }
    for key, entry in found.items():
        entry["english_all"] = sorted(sources[key])
        # several English event verbs of one type leading to the same German word are
        # better evidence than one (often of another sense: "haben" <- "hold")
        entry["support"] = len(sources[key])
    return sorted(
        found.values(), key=lambda e: (e["type"], -e["support"], -e["frequency"], e["lemma"])
    )


def _in_codebook(codebook, lemma: str, pos: str) -> bool:
    return bool(codebook.verbs(lemma) if pos == "verb" else codebook.nouns(lemma))


HEADER = """\
# GENERATED by training/scripts/plover_candidates.py -- do not edit; rebuild instead.
# Candidate German verbs and event nouns per PLOVER type and mode, for review into plover.yaml.
# Never read by the pipeline.
#
# Chain: German headword --Ding de-en (first sense)--> English verb --PETRARCH2 CAMEO.2.0
# verb dictionary--> CAMEO code --CAMEO2PLOVER-2021--> PLOVER type, mode.
# frequency: count of the citation form and typical inflected forms in the 22M-word German
# corpus (Bundestag speeches, shared/data/raw_de); entries below {min_frequency} are left out.
# support: how many English CAMEO verbs of the type lead to the lemma (english_all lists them);
# candidates are sorted by type, support and frequency.
# in_codebook: whether the reviewed codebook already has an entry for the lemma.
#
"""

# the sources of every candidate list built from Ding x CAMEO x CAMEO2PLOVER
SOURCES = """\
# Sources and licences:
#   Ding German-English dictionary (Debian package trans-de-en), Frank Richter, GPL-2+
#   PETRARCH2 CAMEO.2.0.txt verb dictionary, Open Event Data Alliance, MIT
#   CAMEO2PLOVER-2021.txt, PLOVER manual draft 0.8, Open Event Data Alliance, CC BY-SA 4.0
# This derived list is distributed under the GPL-2+ of its Ding part.
"""


def candidate_parser(description: str) -> argparse.ArgumentParser:
    """The sources every Ding x CAMEO candidate build reads."""
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("--cameo", type=Path, required=True)
    parser.add_argument("--plover", type=Path, required=True)
    parser.add_argument("--ding", type=Path, default=Path("/usr/share/trans/de-en"))
    parser.add_argument("--corpus", type=Path, required=True)
    return parser


def write_candidates(out: Path, header: str, entries: list[dict]) -> None:
    """Write the candidate list under its header and the sources, and say what it holds."""
    body = yaml.safe_dump({"candidates": entries}, allow_unicode=True, sort_keys=False, width=100)
    out.write_text(header + SOURCES + body, encoding="utf-8")
    by_type = Counter(e["type"] for e in entries)
    print(f"{len(entries)} candidates -> {out}: {dict(sorted(by_type.items()))}")


def main() -> None:
    parser = candidate_parser(__doc__.split("\n")[0])
    parser.add_argument("--min-frequency", type=int, default=MIN_FREQUENCY)
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args()
    write_candidates(args.out, HEADER.format(min_frequency=args.min_frequency), build(args))


if __name__ == "__main__":
    main()
