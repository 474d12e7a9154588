"""Role words of conflict and wire news that had no entry: each names its sector (roles.yaml)."""

from __future__ import annotations

import pytest

from lagebild.kb.loader import KnowledgeBase


@pytest.fixture(scope="module")
def kb() -> KnowledgeBase:
    return KnowledgeBase.load()


@pytest.mark.parametrize(
    ("word", "sector", "kind"),
    [
        ("Regierungstruppen", "MIL", "group"),  # a government's troops are its military
        ("Generalstab", "MIL", "group"),
        ("Bodentruppen", "MIL", "group"),
        ("Rekruten", "MIL", "person"),
        ("Rebellenführer", "REB", "person"),  # the leader, not the group
        ("Milizenchef", "REB", "person"),
        ("Dschihadistengruppe", "REB", "group"),
        ("Rebellenallianz", "REB", "group"),
        ("Polizeichef", "COP", "person"),
        ("Provinzgouverneur", "GOV", "person"),
        ("Konsul", "GOV", "person"),
        ("Chefunterhändler", "GOV", "person"),
        ("Thronfolger", "GOV", "person"),
        ("Oppositionsbündnis", "OPP", "group"),
        ("Binnenvertriebene", "CVL", "group"),
        ("Lehrer", "CVL", "person"),  # as the gold codes a teacher: a citizen
        ("Blogger", "CVL", "group"),
        ("Stammesältesten", "CVL", "group"),
        ("Bergleute", "LAB", "group"),
        ("Kleriker", "REL", "person"),
        ("Staatsagentur", "MED", "group"),
        ("Gangs", "REB", "group"),  # armed gangs as the guideline codes attackers (Banden)
        ("Bandenchef", "REB", "person"),
        ("Drogenkartell", "CVL", "group"),
    ],
)
def test_conflict_and_wire_role_words_name_their_sector(kb, word, sector, kind):
    role = kb.role_word(word)
    assert role is not None and (role.sector, role.kind) == (sector, kind)


@pytest.mark.parametrize("word", ["Gang", "Bande"])  # a walk, a gear; bonds
def test_singular_gang_and_bande_are_no_role_words(kb, word):
    assert kb.role_word(word) is None
