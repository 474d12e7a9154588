"""Two organisations that news and the coders write with the same short name act with it."""

from __future__ import annotations

from pathlib import Path

import pytest

from lagebild.kb.loader import KnowledgeBase


@pytest.fixture(scope="module")
def kb() -> KnowledgeBase:
    return KnowledgeBase.load()


@pytest.mark.parametrize(
    ("name", "entry_id", "code", "sector"),
    [
        ("Rapid Support Forces", "RAPIDSUPPORT", "RSF", "REB"),  # the Sudanese militia
        ("Reporter ohne Grenzen", "RSF", "RSF", "NGO"),  # Reporters sans frontières
    ],
)
def test_organisations_sharing_a_short_name_act_with_it(kb, name, entry_id, code, sector):
    [match] = kb.lookup(name)
    entry = kb.entries[match.entry_id]
    assert (entry.id, entry.code, entry.sector) == (entry_id, code, sector)


@pytest.mark.parametrize(
    ("entry_id", "home"),
    [("RAPIDSUPPORT", "SDN"), ("HAMAS", "PSE"), ("HEZBOLLAH", "LBN"), ("ETA", "ESP")],
)
def test_armed_groups_have_the_home_state_they_fight_in(kb, entry_id, home):
    assert kb.home_states[entry_id] == home


def test_an_id_lets_two_entries_share_a_code(tmp_path: Path):
    (tmp_path / "organisations.yaml").write_text(
        "- {code: RSF, id: RAPIDSUPPORT, kind: group, sector: REB, names: [Rapid Support Forces]}\n"
        "- {code: RSF, kind: organisation, sector: NGO, names: [Reporter ohne Grenzen]}\n",
        "utf-8",
    )
    (tmp_path / "roles.yaml").write_text(
        "sectors: [{code: REB, label: Rebellen}, {code: NGO, label: NGO}]\nwords: []\n", "utf-8"
    )
    kb = KnowledgeBase.load(tmp_path, use_cache=False)
    assert {e.id: e.code for e in kb.entries.values()} == {"RAPIDSUPPORT": "RSF", "RSF": "RSF"}
