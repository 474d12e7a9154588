"""Build the generated list of German evaluative words (praise, condemnation) for the
codebook's "bezeichnete X als …" entries.

Not needed at run time; rebuild it when a source changes::

    apt-get install -y trans-de-en      # Ding German-English dictionary (GPL-2+)
    .venv/bin/pip install vaderSentiment==3.3.2   # the VADER lexicon (MIT)
    .venv/bin/python -m training.scripts.evaluative_words \
        --corpus ../shared/data/raw_de/bundestag-wp20-speeches.txt.gz

Calling something "hilfreich", "mutig" or "grauenvoll" is praise or condemnation of it.
Chain: German adjective --Ding de-en (first sense)--> English
words --VADER lexicon--> valence (-4 .. +4, the mean rating of ten human raters). A German
word is kept when every English word of its first sense that VADER rates has the same sign,
their mean is at least ``--min-valence`` in size, and it occurs at least ``--min-frequency``
times in the raw corpus. The output ``lagebild/codebook/evaluative_words.generated.yaml`` is
read by the codebook loader: entries with ``with_evaluative: positive`` (or ``negative``)
accept these words as their complement besides their own ``with`` list.
"""

from __future__ import annotations

import argparse
import re
from collections import Counter
from pathlib import Path

import yaml

from lagebild.german.corpus import word_counts as corpus_counts

OUT = Path(__file__).resolve().parents[2] / "lagebild/codebook/evaluative_words.generated.yaml"
MIN_VALENCE = 1.8
MIN_FREQUENCY = 20
# The codebook matches a complement by its ending ("Kabinett" ends in "nett"), so short words
# are left out.
MIN_LENGTH = 6
# Reviewed out: another word's sense (schwer, reich), comparatives and adverbs (stärker,
# später, tatsächlich), feelings of the speaker (glücklich, empört) and words that describe a
# state rather than judge it (gestorben, verwundet, stillgelegt).
NOT_EVALUATIVE = frozenset({
    "schwer", "stärker", "überlegen", "später", "besser", "tatsächlich", "original",
    "umsonst", "kostenlos", "geistig", "gewaltig", "bedeutend", "entwickelt", "nutzbar",
    "vorsichtig", "bewertet", "bevorzugt", "geflissentlich", "erkämpft", "privilegiert",
    "gestorben", "definitiv", "stillgelegt", "verzögert", "gespielt", "ungenutzt",
    "kleinlaut", "angegriffen", "verwundet", "bedroht", "beschädigt", "abgehängt",
    "niedergeschlagen", "erschrocken", "entsetzt", "aufgebracht", "heimgesucht", "vergiftet",
    "handlungsunfähig", "machtlos", "ohnmächtig", "zersetzt", "unglücklich", "fassungslos",
    "beschämt", "empört", "traurig", "euphorisch", "freudig", "fröhlich", "glücklich",
    "zufrieden", "dankbar", "lustig", "amüsant", "witzig", "energetisch", "profitabel",
    "leistungsfähig", "beliebt", "populär", "kundig", "getreu", "gefällig",
})  # fmt: skip
_WORD = re.compile(r"[\wäöüß]+")
_ADJECTIVE = re.compile(r"\{adj\}")
_BRACKETS = re.compile(r"\{[^}]*\}|\[[^\]]*\]|\([^)]*\)|<[^>]*>")


def read_vader(path: Path) -> dict[str, float]:
    """English word -> mean valence (VADER lexicon: word, mean, sd, ratings; tab-separated)."""
    lexicon = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        fields = line.split("\t")
        if len(fields) >= 2 and fields[0].isalpha():
            lexicon[fields[0].lower()] = float(fields[1])
    return lexicon


def ding_senses(path: Path) -> dict[str, list[str]]:
    """One-word German adjective headwords -> the one-word English words of their first sense
    (the first Ding entry that has the headword). Adjectives only: the evaluative nouns of
    news ("ein Skandal", "eine Provokation") are few and listed by hand."""
    senses: dict[str, list[str]] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("#") or " :: " not in line:
            continue
        german, english = line.split(" :: ", 1)
        first_de, first_en = german.split(" | ")[0], english.split(" | ")[0]
        words_en = [w.strip().lower() for w in _BRACKETS.sub(" ", first_en).split(";")]
        words_en = [w for w in words_en if w.isalpha()]
        for term in first_de.split(";"):
            words = _BRACKETS.sub(" ", term).split()
            if not _ADJECTIVE.search(term) or len(words) != 1 or not _WORD.fullmatch(words[0]):
                continue
            senses.setdefault(words[0].lower(), words_en)
    return senses


def valence(english: list[str], lexicon: dict[str, float]) -> float | None:
    """The mean VADER valence of the rated words, None when unrated or of mixed sign."""
    rated = [lexicon[w] for w in english if w in lexicon]
    if not rated or (min(rated) < 0 < max(rated)):
        return None
    return sum(rated) / len(rated)


def build(
    senses: dict[str, list[str]],
    lexicon: dict[str, float],
    counts: Counter[str],
    min_valence: float,
    min_frequency: int,
) -> dict[str, list[dict]]:
    found: dict[str, list[dict]] = {"positive": [], "negative": []}
    for german, english in senses.items():
        score = valence(english, lexicon)
        if score is None or abs(score) < min_valence or counts[german] < min_frequency:
            continue
        if len(german) < MIN_LENGTH or german in NOT_EVALUATIVE:
            continue
        polarity = "positive" if score > 0 else "negative"
        found[polarity].append({"word": german, "valence": round(score, 2),
                                "english": [w for w in english if w in lexicon],
                                "frequency": counts[german]})  # fmt: skip
    for words in found.values():
        words.sort(key=lambda w: (-abs(w["valence"]), w["word"]))
    return found


HEADER = """\
# GENERATED by training/scripts/evaluative_words.py -- do not edit; rebuild instead.
# German evaluative adjectives by polarity, read by the codebook loader for the
# entries with `with_evaluative` ("bezeichnete X als hilfreich / grauenvoll").
#
# Chain: German headword --Ding de-en (first sense)--> English words --VADER lexicon-->
# valence; kept when the rated words agree in sign, |mean| >= {min_valence}, the word
# occurs at least {min_frequency} times in the 22M-word German corpus (shared/data/raw_de),
# has at least 6 letters and is not in the script's reviewed NOT_EVALUATIVE list (feelings
# of the speaker, states, comparatives, another word's sense).
#
# Sources and licences:
#   Ding German-English dictionary (Debian package trans-de-en), Frank Richter, GPL-2+
#   VADER sentiment lexicon (vaderSentiment 3.3.2, vader_lexicon.txt), C.J. Hutto, MIT
# This derived list is distributed under the GPL-2+ of its Ding part.
"""


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--ding", type=Path, default=Path("/usr/share/trans/de-en"))
    parser.add_argument("--vader", type=Path, default=None)
    parser.add_argument("--corpus", type=Path, required=True)
    parser.add_argument("--min-valence", type=float, default=MIN_VALENCE)
    parser.add_argument("--min-frequency", type=int, default=MIN_FREQUENCY)
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args()
    vader = args.vader
    if vader is None:
        import vaderSentiment  # a build-time source only, never imported by the package

        vader = Path(vaderSentiment.__file__).parent / "vader_lexicon.txt"
    found = build(ding_senses(args.ding), read_vader(vader), corpus_counts(args.corpus),
                  args.min_valence, args.min_frequency)  # fmt: skip
    header = HEADER.format(min_valence=args.min_valence, min_frequency=args.min_frequency)
    body = yaml.safe_dump(found, allow_unicode=True, sort_keys=False)
    args.out.write_text(header + body, encoding="utf-8")
    print(f"wrote {len(found['positive'])} positive, {len(found['negative'])} negative words")


if __name__ == "__main__":
    main()
