"""Quotation marks in every German style (and the English and typewriter ones)."""

from __future__ import annotations

import re

# Opening mark -> the marks that close it. « and » open and close each other (both
# Swiss «…» and German »…« styles); “ closes „ but opens English “…”.
QUOTE_PAIRS: dict[str, str] = {
    "„": '“”"',
    "“": '”"',
    "»": "«",
    "«": "»",
    "‚": "‘’",
    "›": "‹",
    "‹": "›",
    '"': '"',
}
QUOTE_CLOSERS = frozenset('“”«»‘’‹›"')
QUOTE_MARK = re.compile('[„“”»«‚‘’›‹"]')
# Single marks: also apostrophes, so they open a quote only inside another one.
SINGLE_MARKS = frozenset("‚‘’›‹")


def closes(opening: str, mark: str) -> bool:
    """Does ``mark`` close a quotation opened by ``opening``?"""
    return mark in QUOTE_PAIRS.get(opening, "")
