"""German forms of names: declined multi-word names, genitives, adjective endings, and the
case- and diacritic-folded key they are looked up by."""

from __future__ import annotations

import re
import unicodedata

ADJECTIVE_ENDINGS = ("e", "en", "er", "es", "em")
# Stems that make a capitalised word inside a multi-word name an adjective
# ("Vereinigte Staaten", "Internationaler Währungsfonds", "Rotes Kreuz").
_ADJECTIVE_STEM = re.compile(r"(isch|ig|lich|t|al|är|iv|ell|eiß|ot|ün|eu|ar)$")


def adjective_forms(stem: str) -> list[str]:
    """``russisch`` → russisch, russische, russischen, russischer, russisches, russischem."""
    return [stem] + [stem + ending for ending in ADJECTIVE_ENDINGS]


def genitive(name: str) -> str | None:
    """Genitive of a name as written in German news: Russlands, Putins, Merz' (None for UN)."""
    last = name.rsplit(" ", 1)[-1]
    if last.isupper() or not last[-1].isalpha():
        return None
    if last[-1] in "sSzZxXß":
        return name + "'"
    return name + "s"


def _split_adjective(word: str) -> str | None:
    """Stem of a capitalised attributive adjective (``Vereinigte`` → ``Vereinigt``) or None.

    Names are written in the nominative, so only -e/-er/-es count (not Staat|en).
    """
    for ending in ("er", "es", "e"):
        if word.endswith(ending) and len(word) > len(ending) + 2:
            stem = word[: -len(ending)]
            if _ADJECTIVE_STEM.search(stem.lower()):
                return stem
            return None
    return None


def name_forms(name: str, *, person: bool = False) -> list[str]:
    """A name and its declined forms (Vereinten Nationen, Russlands; a multi-word name of an
    institution also in -es: Europäischen Gerichtshofes, not a person's)."""
    words = name.split(" ")
    variants = [name]
    if len(words) > 1 and words[-1][:1].isupper():
        stems = [_split_adjective(w) if w[:1].isupper() else None for w in words[:-1]]
        if any(stems):
            for ending in ADJECTIVE_ENDINGS:
                declined = [s + ending if s else w for s, w in zip(stems, words[:-1], strict=True)]
                variants.append(" ".join([*declined, words[-1]]))
    forms: list[str] = []
    for variant in variants:
        forms.append(variant)
        gen = genitive(variant)
        if gen:
            forms.append(gen)
        if len(words) > 1 and not person and _takes_es(words[-1]):
            forms.append(variant + "es")
    return list(dict.fromkeys(forms))


# Endings that never take -es: unstressed final syllables (des Senators, des Ministeriums)
# and the suffixes of feminine nouns, which take no genitive ending (der Kommission).
_NO_ES_ENDINGS = (
    *("er", "el", "en", "em", "or", "um", "ar", "ig", "ik", "ling", "ment", "ent"),
    *("ion", "ung", "heit", "keit", "schaft", "tät", "ei", "ur", "enz", "anz", "ät"),
)


def _takes_es(noun: str) -> bool:
    """Whether a masculine or neuter noun heading a multi-word name also has the genitive
    in -es (des Europäischen Gerichtshofes, des Obersten Gerichtes, des Weißen Hauses is
    irregular and written out): a capitalised noun ending in a stressed consonant."""
    return (
        noun[:1].isupper()
        and not noun.isupper()
        and noun[-1:].isalpha()
        and noun[-1] not in "aeiouyäöüsSzZxXß"
        and not noun.endswith(_NO_ES_ENDINGS)
    )


def is_abbreviation(surface: str) -> bool:
    letters = [c for c in surface if c.isalpha()]
    return bool(letters) and all(c.isupper() for c in letters)


def fold(surface: str) -> str:
    """Case-folded and without diacritics: news write foreign names with and without
    them (``Sao Tomé und Príncipe``, ``Sao Tome``, ``São Tomé``)."""
    folded = surface.casefold()
    if folded.isascii():
        return folded
    return "".join(c for c in unicodedata.normalize("NFKD", folded) if not unicodedata.combining(c))
