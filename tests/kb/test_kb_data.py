"""The knowledge-base data files: valid, consistent, sorted, and complete where promised."""

from __future__ import annotations

import functools
from pathlib import Path
from typing import Any

import pytest

from lagebild.kb import build
from lagebild.kb.loader import DATA_DIR, get_kb, read_data_file

SCHEMAS = {
    "states.generated.yaml": "states.generated",
    "states.yaml": "states",
    "organisations.yaml": "organisations",
    "roles.yaml": "roles",
}
PERSON_FILES = sorted((DATA_DIR / "persons").glob("*.yaml"))
# City-states, whose capital is the state's own name, and Belgium, whose capital Brüssel
# stands for the EU, list no capital metonym.
NO_CAPITAL_METONYM = {"SGP", "MCO", "LUX", "SMR", "BEL"}


@functools.cache
def load(name: str) -> Any:
    return read_data_file(DATA_DIR / name, SCHEMAS[name])


@functools.cache
def persons(path: Path) -> list[dict[str, Any]]:
    return read_data_file(path, "persons") or []


def codes(items: list[dict[str, Any]]) -> list[str]:
    """Entry ids: the code, or ``id`` where two organisations share a code (RSF)."""
    return [item.get("id") or item["code"] for item in items]


def known_codes() -> set[str]:
    states = codes(load("states.generated.yaml")) + codes(load("states.yaml"))
    return set(states) | set(codes(load("organisations.yaml")))


def sectors_used(items: list[dict[str, Any]]) -> set[str]:
    found = {item["sector"] for item in items if "sector" in item}
    for item in items:
        for key in ("places", "institutions", "organs"):
            found |= {sub["sector"] for sub in item.get(key, ())}
    return found


@pytest.mark.parametrize("name", sorted(SCHEMAS))
def test_data_file_validates_against_its_schema(name: str) -> None:
    assert load(name)


@pytest.mark.parametrize("path", PERSON_FILES, ids=lambda p: p.name)
def test_persons_file_validates_against_its_schema(path: Path) -> None:
    read_data_file(path, "persons")  # raises KBError naming the file and reason


@pytest.mark.parametrize("name", ["states.generated.yaml", "states.yaml", "organisations.yaml"])
def test_codes_are_unique_and_sorted(name: str) -> None:
    found = codes(load(name))
    assert len(found) == len(set(found))
    assert found == sorted(found)


def test_organisation_codes_are_not_state_codes() -> None:
    states = set(codes(load("states.generated.yaml")) + codes(load("states.yaml")))
    assert not states & set(codes(load("organisations.yaml")))


def test_hand_layer_codes_are_generated_codes_except_kosovo() -> None:
    generated = set(codes(load("states.generated.yaml")))
    assert set(codes(load("states.yaml"))) - generated <= {"XKX"}


def test_person_ids_are_unique_across_files() -> None:
    ids = [p["id"] for path in PERSON_FILES for p in persons(path)]
    duplicates = {i for i in ids if ids.count(i) > 1}
    assert not duplicates


def test_every_domestic_organisation_belongs_to_a_known_state() -> None:
    states = set(codes(load("states.generated.yaml")) + codes(load("states.yaml")))
    domestic = [o for o in load("organisations.yaml") if "state" in o]
    assert domestic and {o["state"] for o in domestic} <= states


def test_entries_of_a_state_act_with_its_code() -> None:
    kb = get_kb()
    assert (kb.entries["SPD"].code, kb.entries["SPD"].sector) == ("DEU", "PTY")
    assert (kb.entries["NATO"].code, kb.entries["NATO"].sector) == ("NATO", "IGO")
    assert (kb.entries["RUS"].code, kb.entries["RUS"].sector) == ("RUS", None)


def test_every_role_word_code_is_a_state_or_organisation() -> None:
    roles = load("roles.yaml")
    used = {w["code"] for w in roles["words"] if w.get("code")}
    used |= {c["code"] for c in roles.get("compound_codes", ())}
    assert used - known_codes() == set()


@pytest.mark.parametrize("path", PERSON_FILES, ids=lambda p: p.name)
def test_every_office_code_is_a_state_or_organisation(path: Path) -> None:
    used = {role["code"] for person in persons(path) for role in person["roles"]}
    assert used - known_codes() == set()


def test_every_sector_used_is_declared_in_roles() -> None:
    roles = load("roles.yaml")
    declared = {s["code"] for s in roles["sectors"]}
    used = sectors_used(load("states.yaml")) | sectors_used(load("organisations.yaml"))
    used |= {w["sector"] for w in roles["words"]} | {s["sector"] for s in roles["suffixes"]}
    used |= {
        role["sector"]
        for path in PERSON_FILES
        for person in persons(path)
        for role in person["roles"]
    }
    assert used - declared == set()


def test_each_role_word_form_belongs_to_one_word() -> None:
    forms = [form for word in load("roles.yaml")["words"] for form in word["forms"]]
    assert sorted({f for f in forms if forms.count(f) > 1}) == []


def test_all_un_members_have_adjective_demonyms_and_capital() -> None:
    members = [s for s in load("states.yaml") if s.get("un_member")]
    assert len(members) == 193
    incomplete = [
        s["code"]
        for s in members
        if not s.get("adjective")
        or not s.get("demonyms")
        or (not s.get("places") and s["code"] not in NO_CAPITAL_METONYM)
    ]
    assert incomplete == []


def test_capitals_are_places_with_a_sector() -> None:
    for state in load("states.yaml"):
        for place in state.get("places", ()):
            assert place["sector"] in {"GOV", "MIL", "LEG", "IGO", "REL"}, state["code"]


def test_generated_file_is_what_the_build_script_writes() -> None:
    assert build.main(["--check"]) == 0


def test_no_person_alias_is_the_name_of_a_state_or_organisation() -> None:
    kb = get_kb()
    clashes = set()
    for surface in kb.surfaces():
        kinds = {kb.entries[m.entry_id].kind for m in kb.lookup(surface)}
        if "person" in kinds and kinds - {"person"}:
            clashes.add(surface)
    assert clashes == set()


def test_ambiguous_role_forms_are_forms_of_their_word() -> None:
    strays = {
        (word["word"], form)
        for word in load("roles.yaml")["words"]
        for form in word.get("ambiguous", ())
        if form not in word["forms"]
    }
    assert strays == set()


def test_every_common_name_is_an_alias_of_some_person() -> None:
    aliases = {
        alias for path in PERSON_FILES for p in persons(path) for alias in p.get("aliases", ())
    }
    assert set(load("roles.yaml")["common_names"]) - aliases == set()


@pytest.mark.parametrize(
    ("name", "alternates", "expected"),
    [
        # The qualifier goes; names of more than three words are descriptions.
        ("Halle (Saale)", ["Halle an der Saale", "Halle-Neustadt"], {"Halle", "Halle-Neustadt"}),
        # German exonyms stay; airport codes, other alphabets and diacritics do not.
        ("Munich", ["MUC", "München", "Мюнхен", "Múnich", "mwnykh"], {"Munich", "München"}),
        ("Beijing", ["Peking", "Pékin", "BJS", "Bei"], {"Beijing", "Peking"}),
    ],
)
def test_city_names_keep_the_spellings_german_text_uses(
    name: str, alternates: list[str], expected: set[str]
) -> None:
    assert build.city_names(name, alternates) == expected


@pytest.mark.parametrize(
    ("city", "code"),
    [
        ("Mannheim", "DEU"),
        ("München", "DEU"),
        ("Ludwigshafen", "DEU"),
        ("Gütersloh", "DEU"),  # a German town of 100,000: German cities down to 50,000
        ("Mailand", "ITA"),
        ("Neapel", "ITA"),
        ("Basra", "IRQ"),
        ("Sankt Petersburg", "RUS"),
        ("Barcelona", "ESP"),
        ("Peking", "CHN"),
    ],
)
def test_packaged_cities_name_their_state(city: str, code: str) -> None:
    assert get_kb().city_state(city) == code
