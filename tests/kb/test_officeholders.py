"""The generated office holders from PETRARCH2's country dictionary: dates, offices, names,
and the hand-written persons winning."""

from __future__ import annotations

from pathlib import Path

import pytest

from lagebild.kb import officeholders
from lagebild.kb.loader import get_kb

DICTIONARIES = Path(__file__).resolve().parents[3] / "shared/data/reference/petrarch2_dictionaries"
SAMPLE = """
FIJI_  [FJI]
+FIJIAN_
LAISENIA_QARASE_  # CountryInfo.txt
+PRIME_MINISTER_QARASE
\t[FJIELI 580101-000704]
\t[FJIGOV 000704-010314]
\t[FJIGOVBUS >070105]
JOHN_DOE_  # CountryInfo.txt
\t[FJIELI]
FRANK_BAINIMARAMA_  # CountryInfo.txt
\t[FJIMIL 990301-061205]
\t[XYZGOV 990301-061205]
"""


@pytest.mark.parametrize(
    ("raw", "iso"),
    [("051122", "2005-11-22"), ("420101", "1942-01-01"), ("19991231", "1999-12-31")],
)
def test_two_digit_years_up_to_30_are_this_century(raw, iso):
    assert officeholders.iso_date(raw) == iso


@pytest.mark.parametrize(
    ("dates", "bounds"),
    [
        ("000704-010314", ("2000-07-04", "2001-03-14")),
        (">070105", ("2007-01-05", None)),
        ("<070105", (None, "2007-01-05")),
        ("", (None, None)),
    ],
)
def test_dates_of_an_office(dates, bounds):
    assert officeholders.span(dates) == bounds


@pytest.mark.parametrize(
    ("code", "sector"), [("GOV", "GOV"), ("GOVBUS", "GOV"), ("MIL", "MIL"), ("ELI", None)]
)
def test_offices_give_a_sector_elites_none(code, sector):
    assert officeholders.office(code) == sector


def test_persons_with_an_office_of_a_known_state_only():
    persons = officeholders.read_persons(SAMPLE, {"FJI"})
    assert [
        (p["primary"], [(r["code"], r["sector"], r["start"]) for r in p["roles"]]) for p in persons
    ] == [
        ("LAISENIA_QARASE_", [("FJI", "GOV", "2000-07-04"), ("FJI", "GOV", "2007-01-05")]),
        ("FRANK_BAINIMARAMA_", [("FJI", "MIL", "1999-03-01")]),
    ]


def test_a_name_two_persons_share_is_left_out():
    role = {"code": "FJI", "sector": "GOV", "start": None, "end": None}
    persons = [
        {"primary": "JOHN_SMITH_", "roles": [role]},
        {"primary": "JOHN_SMITH", "roles": [role]},
        {"primary": "JANE_ROE_", "roles": [role, role]},
    ]
    assert officeholders.build(persons) == [
        {"id": "p:petrarch-jane-roe", "name": "Jane Roe", "roles": [role]}
    ]


@pytest.mark.parametrize(("name", "code"), [("Jimmy Carter", "USA"), ("Laisenia Qarase", "FJI")])
def test_a_generated_office_holder_is_found_by_full_name_not_by_surname(name, code):
    kb = get_kb()
    (match,) = kb.lookup(name)
    entry = kb.entries[match.entry_id]
    assert entry.kind == "person" and {r.code for r in entry.roles} == {code}
    assert match.entry_id not in {m.entry_id for m in kb.lookup(name.split()[-1])}


def test_hand_written_persons_win_over_generated_ones():
    assert [m.entry_id for m in get_kb().lookup("Angela Merkel")] == ["Q567"]


def test_generated_office_holders_hold_no_office_for_role_words():
    holders = get_kb().holders("FJI", "Regierungsmitglied", "2004-01-01")
    assert holders == []


def test_generated_file_is_what_the_script_writes():
    if not DICTIONARIES.is_dir():
        pytest.skip("the shared PETRARCH2 dictionaries are not available")
    assert officeholders.main([str(DICTIONARIES), "--check"]) == 0
