"""The generated company layer from PETRARCH2: which companies, their names, their state."""

from __future__ import annotations

from pathlib import Path

import pytest

from lagebild.kb import companies
from lagebild.kb.loader import get_kb

DICTIONARIES = Path(__file__).resolve().parents[3] / "shared/data/reference/petrarch2_dictionaries"
STATES = {"USA", "DEU", "CHE"}
SAMPLE = """
SIEMENS_AG_\t[MNCDEU]\t# Consumer Electronics/Appliances\t$4,000,000,000
GOOGLE_\t[MNCUSAMED]\t# Computer Software\t$115,000,000,000
AAON_INC_\t[MNCUSA]\t# Industrial Machinery/Components\t$374,000,000
ABERDEEN_CHILE_FUND_\t[MNCUSA]\t# n/a\t$1,211,000,000
AFRICA_MEDIA_GROUP_\t[MNCAFRMED]\t# Newspapers\t$2,000,000,000
EARL_SLACK_\t[MNCUSA]# Union Carbide spokesman# NGO_Actors
GOLDMAN_SACHS_GROUP_\t[MNCUSA]\t# Investment Bankers\t$90,000,000,000
"""


def test_companies_need_a_state_a_billion_and_no_fund():
    found = companies.read_companies(SAMPLE, STATES)
    assert [(c["names"][0], c["state"], c["sector"]) for c in found] == [
        ("Siemens AG", "DEU", "BUS"),
        ("Google", "USA", "MED"),
        ("Goldman Sachs", "USA", "BUS"),
    ]


@pytest.mark.parametrize(
    ("name", "short"),
    [
        ("GOLDMAN_SACHS_GROUP_", "Goldman Sachs"),
        ("APPLE_INC_", "Apple Inc"),
        ("TEXAS_INSTRUMENTS_", "Texas Instruments"),
        ("GOOGLE_", "Google"),
    ],
)
def test_the_legal_form_goes_while_two_words_are_left(name, short):
    assert companies.short_name(name) == short


@pytest.mark.parametrize(
    ("name", "usable"),
    [("Google", True), ("Visa", False), ("Target", False), ("Ford Motor", True), ("IBM", False)],
)
def test_one_word_names_need_five_letters_and_no_german_word(name, usable):
    assert companies.usable(name, frozenset({"target"})) is usable


def test_a_name_two_companies_share_is_left_out():
    rows = [
        {"state": "USA", "sector": "BUS", "names": ["Acme Corp", "Acme"], "source": "a"},
        {"state": "DEU", "sector": "BUS", "names": ["Acme AG", "Acme"], "source": "b"},
    ]
    entries = companies.build(rows, frozenset())
    assert [(e["code"], e["names"], e["state"]) for e in entries] == [
        ("ACMEAG", ["Acme AG"], "DEU"),
        ("ACMECORP", ["Acme Corp"], "USA"),
    ]


@pytest.mark.parametrize(("surface", "state"), [("Siemens AG", "DEU"), ("Microsoft", "USA")])
def test_a_generated_company_acts_for_its_state_in_sector_bus(surface, state):
    kb = get_kb()
    (match,) = kb.lookup(surface)
    assert (kb.entries[match.entry_id].code, kb.entries[match.entry_id].sector) == (state, "BUS")


def test_generated_file_is_what_the_script_writes():
    if not DICTIONARIES.is_dir() or not companies.CORPUS.is_file():
        pytest.skip("the shared PETRARCH2 dictionaries or Bundestag corpus are not available")
    assert companies.main([str(DICTIONARIES), "--check"]) == 0


def test_a_missing_corpus_is_one_error(tmp_path, capsys):
    assert companies.main([str(DICTIONARIES), "--check", "--corpus", str(tmp_path / "x.gz")]) == 2
    assert "corpus not found" in capsys.readouterr().err
