"""The surface index: surfaces to matches, as written and folded."""

from __future__ import annotations

from typing import Any

from lagebild.kb.entries import (
    Matches,
    SurfaceMatch,
)
from lagebild.kb.forms import (
    fold,
    is_abbreviation,
)


def surface_parts(item: str | dict[str, Any]) -> tuple[str, list[str], bool, bool]:
    """(name, extra forms, ambiguous, prefix_only) of a surface given as string or object."""
    if isinstance(item, str):
        return item, [], False, False
    return (
        item["name"],
        list(item.get("forms", ())),
        bool(item.get("ambiguous", False)),
        bool(item.get("prefix_only", False)),
    )


def unique_surfaces(items: list[str | dict[str, Any]]) -> list[str | dict[str, Any]]:
    """First mention of each name wins: the hand layer's flags over a generated plain name."""
    seen: dict[str, str | dict[str, Any]] = {}
    for item in items:
        seen.setdefault(surface_parts(item)[0], item)
    return list(seen.values())


class SurfaceIndex:
    """Surfaces → matches: as written first, then case- and diacritic-insensitively.

    Case-folded keys are split by the case of the surface's first letter, so that a
    word written in lower case ("kurz", "lang") never finds a capitalised name (Kurz,
    Lang), while a capitalised or all-capital word finds either ("Russische",
    "RUSSLAND"). Abbreviations match only as written ("un" is not the UN).
    """

    def __init__(self) -> None:
        self.exact: dict[str, Matches] = {}
        self.folded_lower: dict[str, Matches] = {}
        self.folded_upper: dict[str, Matches] = {}

    def add(self, surface: str, match: SurfaceMatch) -> None:
        append_unique(self.exact, surface, match)
        if not is_abbreviation(surface) and not has_word_in_capitals(surface):
            folded = self.folded_lower if surface[:1].islower() else self.folded_upper
            append_unique(folded, fold(surface), match)

    def tables(self) -> tuple[dict[str, Matches], ...]:
        return (self.exact, self.folded_lower, self.folded_upper)

    def get(self, surface: str) -> list[SurfaceMatch]:
        hits = self.exact.get(surface)
        if hits:
            return list(hits)
        key = fold(surface)
        found = list(self.folded_lower.get(key, ()))
        if not surface[:1].islower():
            found += [m for m in self.folded_upper.get(key, ()) if m not in found]
        if not found and surface[:1].islower() and "-" in surface:
            # "ost-timoresische", "süd-koreanischen": the closed adjective, hyphenated
            return self.get(surface.replace("-", ""))
        return found


# A name that writes a German word in capitals as its brand ("Die PARTEI") matches only
# as written: folded, it is "die Partei", the common phrase of every story about any party.
# Shorter capitals are acronyms ("SVB Financial"), other words names ("Merrill LYNCH").
BRAND_CAPITALS = 4


def has_word_in_capitals(surface: str) -> bool:
    """Whether a surface, not all capitals itself, writes a German noun or adjective of
    ``BRAND_CAPITALS`` or more letters in capitals (``Die PARTEI``)."""
    from lagebild.kb.parlgov import common_nouns  # parlgov imports the loader

    return any(
        len(word) >= BRAND_CAPITALS
        and word.isalpha()
        and word.isupper()
        and word.casefold() in common_nouns()
        for word in surface.replace("-", " ").split()
    )


def append_unique(index: dict[str, Matches], key: str, match: SurfaceMatch) -> None:
    bucket = index.get(key, ())
    if match not in bucket:
        index[key] = (*bucket, match)
