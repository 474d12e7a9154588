"""African regional bodies and a press NGO that wire copy of 2015–2026 names: their own
codes (the guideline's upper-case short name for a body it does not list)."""

from __future__ import annotations

import pytest

from lagebild.kb.loader import KnowledgeBase


@pytest.fixture(scope="module")
def kb() -> KnowledgeBase:
    return KnowledgeBase.load()


@pytest.mark.parametrize(
    ("name", "code", "sector"),
    [
        ("Entwicklungsgemeinschaft des südlichen Afrika", "SADC", "IGO"),
        ("Ostafrikanische Gemeinschaft", "EAC", "IGO"),
        ("IGAD", "IGAD", "IGO"),
        ("Allianz der Sahelstaaten", "AES", "IGO"),
        ("Komitee zum Schutz von Journalisten", "CPJ", "NGO"),
    ],
)
def test_regional_bodies_have_their_own_codes(kb, name, code, sector):
    [match] = kb.lookup(name)
    entry = kb.entries[match.entry_id]
    assert (entry.code, entry.sector) == (code, sector)
