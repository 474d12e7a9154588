"""Armed groups of the conflicts after 2014, which PETRARCH2's dictionaries (January 2014)
do not hold: found by the names German news gives them, with their own code and home."""

from __future__ import annotations

import pytest

from lagebild.kb.loader import KnowledgeBase


@pytest.fixture(scope="module")
def kb() -> KnowledgeBase:
    return KnowledgeBase.load()


@pytest.mark.parametrize(
    ("name", "code", "home"),
    [
        ("JNIM", "JNIM", "MLI"),
        ("Gruppe zur Unterstützung des Islams und der Muslime", "JNIM", "MLI"),
        ("Fano-Miliz", "FANO", "ETH"),
        ("Viv Ansanm", "VIVANSANM", "HTI"),
        ("Polisario-Front", "POLISARIO", "ESH"),
        ("Nusra-Front", "NUSRA", "SYR"),
        ("Belutschistan-Befreiungsarmee", "BLA", "PAK"),
        ("Arakan Army", "ARAKANARMY", "MMR"),
        ("Mai-Mai-Milizen", "MAIMAI", "COD"),
    ],
)
def test_armed_groups_after_2014_are_known_by_their_german_names(kb, name, code, home):
    [match] = kb.lookup(name)
    assert (kb.entries[match.entry_id].code, kb.home_states[match.entry_id]) == (code, home)


@pytest.mark.parametrize("word", ["Fano"])  # an Italian town: only "Fano-Miliz" is the group
def test_a_group_named_after_a_place_is_not_the_place(kb, word):
    assert kb.lookup(word) == []
