"""The office-holder files (lagebild/kb/data/persons/*.yaml) are valid and consistent.

Reads the YAML and the JSON Schema directly (pyyaml + jsonschema), not through the
loader, so these checks say exactly which file and which person is wrong.
"""

from __future__ import annotations

import calendar
import datetime as dt
import json
import re
from collections import defaultdict
from functools import cache
from itertools import combinations
from pathlib import Path
from typing import Any

import pytest
import yaml
from jsonschema import Draft202012Validator
from referencing import Registry, Resource

KB_DIR = Path(__file__).resolve().parents[2] / "lagebild" / "kb"
PERSONS_DIR = KB_DIR / "data" / "persons"
SCHEMA_DIR = KB_DIR / "schema"
PERSON_FILES = sorted(PERSONS_DIR.glob("*.yaml"))
ISO_DATE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")
OPEN_END = dt.date.max

# Offices with one holder at a time per (code, title, org). Titles follow roles.yaml
# (Staatspräsident is written as Präsident).
EXCLUSIVE_TITLES = frozenset(
    {
        "Präsident",
        "Bundespräsident",
        "Bundeskanzler",
        "Premierminister",
        "Ministerpräsident",
        "König",
        "Oberster Führer",
        "Außenminister",
        "Verteidigungsminister",
        "Kommissionspräsident",
        "Ratspräsident",
        "Außenbeauftragter",
        "Bundestagspräsident",
    }
)

# Real overlaps, as (code, title, id, id) with the ids sorted: an acting head of state
# while the elected one was suspended during impeachment. Any other acting holder is
# entered from the day the predecessor left office, so it does not overlap.
ALLOWED_OVERLAPS = frozenset(
    {
        ("KOR", "Präsident", "p:hwang-kyo-ahn", "p:park-geun-hye"),  # 2016-12 bis 2017-03
        ("KOR", "Präsident", "p:han-duck-soo", "p:yoon-suk-yeol"),  # 2024-12 und 2025-03/04
        ("KOR", "Präsident", "p:choi-sang-mok", "p:yoon-suk-yeol"),  # 2024-12 bis 2025-03
    }
)


@cache
def read_persons(path: Path) -> list[dict[str, Any]]:
    with path.open(encoding="utf-8") as handle:
        return yaml.safe_load(handle) or []


@cache
def persons_validator() -> Draft202012Validator:
    resources = []
    for schema_path in sorted(SCHEMA_DIR.glob("*.schema.json")):
        schema = json.loads(schema_path.read_text(encoding="utf-8"))
        resources.append((schema["$id"], Resource.from_contents(schema)))
    schema = json.loads((SCHEMA_DIR / "persons.schema.json").read_text(encoding="utf-8"))
    return Draft202012Validator(schema, registry=Registry().with_resources(resources))


def all_persons() -> list[tuple[str, dict[str, Any]]]:
    return [(path.name, person) for path in PERSON_FILES for person in read_persons(path)]


def first_day(value: str) -> dt.date:
    """The first day an ISO date of any precision can mean (2022 -> 2022-01-01)."""
    year, month, day = ISO_DATE.match(value).groups()
    return dt.date(int(year), int(month or 1), int(day or 1))


def last_day(value: str) -> dt.date:
    """The last day an ISO date of any precision can mean (2022-02 -> 2022-02-28)."""
    year, month, day = ISO_DATE.match(value).groups()
    if day:
        return dt.date(int(year), int(month), int(day))
    if month:
        return dt.date(int(year), int(month), calendar.monthrange(int(year), int(month))[1])
    return dt.date(int(year), 12, 31)


def term(role: dict[str, Any]) -> tuple[dt.date, dt.date]:
    """A role as a half-open interval [start, end): the end day belongs to the successor."""
    end = role.get("end")
    return first_day(role["start"]), first_day(end) if end else OPEN_END


def holds(role: dict[str, Any], when: str) -> bool:
    """Whether the role was held at any time within the period ``when`` (ISO, any precision)."""
    start, end = term(role)
    return start <= last_day(when) and first_day(when) < end


def find_person(name: str) -> dict[str, Any]:
    matches = [person for _, person in all_persons() if person["name"] == name]
    assert len(matches) == 1, f"expected exactly one person named {name!r}, found {len(matches)}"
    return matches[0]


def test_there_are_persons_files_for_the_main_states_and_organisations():
    stems = {path.stem for path in PERSON_FILES}
    assert {"rus", "usa", "chn", "deu", "gbr", "fra", "ukr", "isr", "irn", "tur", "igo"} <= stems


@pytest.mark.parametrize("path", PERSON_FILES, ids=lambda path: path.name)
def test_persons_file_matches_the_schema(path: Path):
    errors = sorted(persons_validator().iter_errors(read_persons(path)), key=lambda e: e.path)
    assert not errors, "\n".join(f"{list(e.path)}: {e.message}" for e in errors[:10])


@pytest.mark.parametrize("path", PERSON_FILES, ids=lambda path: path.name)
def test_role_dates_are_valid_iso_dates_with_start_before_end(path: Path):
    problems = []
    for person in read_persons(path):
        for role in person["roles"]:
            try:
                start = first_day(role["start"])
                end = last_day(role["end"]) if role.get("end") else OPEN_END
            except (KeyError, AttributeError, TypeError, ValueError) as error:
                problems.append(f"{person['name']}: {role} ({error!r})")
                continue
            if start > end:
                problems.append(f"{person['name']}: {role['title']} starts after it ends")
    assert not problems, "\n".join(problems)


def test_person_ids_are_unique_across_files():
    seen: dict[str, str] = {}
    duplicates = []
    for file_name, person in all_persons():
        if person["id"] in seen:
            duplicates.append(f"{person['id']} in {seen[person['id']]} and {file_name}")
        seen[person["id"]] = file_name
    assert not duplicates, "\n".join(duplicates)


@pytest.mark.parametrize("path", PERSON_FILES, ids=lambda path: path.name)
def test_aliases_are_not_repeated_and_differ_from_the_name(path: Path):
    problems = []
    for person in read_persons(path):
        aliases = person.get("aliases", [])
        if len(set(aliases)) != len(aliases) or person["name"] in aliases:
            problems.append(person["name"])
    assert not problems, f"repeated aliases or alias equal to the name: {problems}"


def test_exclusive_offices_have_one_holder_at_a_time():
    terms_by_office: dict[tuple[str, str, str | None], list[tuple[str, dt.date, dt.date]]]
    terms_by_office = defaultdict(list)
    for _, person in all_persons():
        for role in person["roles"]:
            if role["title"] in EXCLUSIVE_TITLES:
                office = (role["code"], role["title"], role.get("org"))
                terms_by_office[office].append((person["id"], *term(role)))
    clashes = []
    for office, terms in terms_by_office.items():
        for (id_a, start_a, end_a), (id_b, start_b, end_b) in combinations(terms, 2):
            overlapping = start_a < end_b and start_b < end_a
            pair = (office[0], office[1], *sorted((id_a, id_b)))
            if id_a != id_b and overlapping and pair not in ALLOWED_OVERLAPS:
                clashes.append(f"{office}: {id_a} {start_a}–{end_a} / {id_b} {start_b}–{end_b}")
    assert not clashes, "\n".join(clashes)


def office_terms(code: str, title: str) -> dict[str, list[tuple[dt.date, dt.date]]]:
    terms: dict[str, list[tuple[dt.date, dt.date]]] = defaultdict(list)
    for _, person in all_persons():
        for role in person["roles"]:
            if role["code"] == code and role["title"] == title:
                terms[person["id"]].append(term(role))
    return terms


@pytest.mark.parametrize("allowed", sorted(ALLOWED_OVERLAPS), ids=lambda pair: "/".join(pair))
def test_every_allowed_overlap_is_still_in_the_data(allowed: tuple[str, str, str, str]):
    code, title, id_a, id_b = allowed
    terms = office_terms(code, title)
    assert any(
        start_a < end_b and start_b < end_a
        for start_a, end_a in terms[id_a]
        for start_b, end_b in terms[id_b]
    ), f"{allowed} no longer overlaps: remove it from ALLOWED_OVERLAPS"


@pytest.mark.parametrize(
    ("code", "title"),
    [
        ("RUS", "Präsident"),
        ("USA", "Präsident"),
        ("CHN", "Präsident"),
        ("DEU", "Bundeskanzler"),
        ("DEU", "Bundespräsident"),
        ("DEU", "Außenminister"),
        ("DEU", "Verteidigungsminister"),
        ("GBR", "Premierminister"),
        ("FRA", "Präsident"),
        ("UKR", "Präsident"),
        ("ISR", "Ministerpräsident"),
        ("TUR", "Präsident"),
        ("IRN", "Oberster Führer"),
        ("NATO", "Generalsekretär"),
        ("UN", "Generalsekretär"),
        ("EU", "Kommissionspräsident"),
    ],
)
def test_main_offices_have_exactly_one_current_holder(code: str, title: str):
    current = [
        person_id
        for person_id, terms in office_terms(code, title).items()
        if any(end == OPEN_END for _, end in terms)
    ]
    assert len(current) == 1, f"current {title} ({code}): {current}"


@pytest.mark.parametrize(
    ("name", "title", "code", "when"),
    [
        ("Wladimir Putin", "Ministerpräsident", "RUS", "2010-01-01"),
        ("Wladimir Putin", "Präsident", "RUS", "2026-11"),
        ("Olaf Scholz", "Bundeskanzler", "DEU", "2022-02-04"),
        ("Olaf Scholz", "Finanzminister", "DEU", "2019"),
        ("Xi Jinping", "Präsident", "CHN", "2022"),
        ("Boris Johnson", "Premierminister", "GBR", "2022-02"),
        ("Angela Merkel", "Bundeskanzler", "DEU", "2015-09-04"),
        ("Friedrich Merz", "Bundeskanzler", "DEU", "2026-11"),
        ("Wolodymyr Selenskyj", "Präsident", "UKR", "2022-02-24"),
        ("Benjamin Netanjahu", "Ministerpräsident", "ISR", "2023-10-07"),
        ("Recep Tayyip Erdoğan", "Ministerpräsident", "TUR", "2010"),
        ("Recep Tayyip Erdoğan", "Präsident", "TUR", "2020"),
        ("Donald Trump", "Präsident", "USA", "2019-06"),
        ("Emmanuel Macron", "Präsident", "FRA", "2024"),
        ("Jens Stoltenberg", "Generalsekretär", "NATO", "2022-02"),
        ("Ursula von der Leyen", "Kommissionspräsident", "EU", "2024"),
        ("Sergej Lawrow", "Außenminister", "RUS", "2014-03"),
        ("Péter Magyar", "Ministerpräsident", "HUN", "2026-06"),
        ("Modschtaba Chamenei", "Oberster Führer", "IRN", "2026-11"),
        ("Kyrylo Budanow", "Leiter des Präsidialamts", "UKR", "2026-02"),
        ("Evo Morales", "Präsident", "BOL", "2007-04-17"),
        ("Rafael Correa", "Präsident", "ECU", "2007-04"),
        ("Radovan Karadžić", "Präsident der Republika Srpska", "BIH", "1995-07"),
        ("Ali Akbar Welajati", "Außenminister", "IRN", "1990"),
        ("Ali Akbar Welajati", "Berater des Obersten Führers", "IRN", "2009-07-10"),
        ("Robert Mugabe", "Präsident", "ZWE", "2008-06"),
        ("Ivo Sanader", "Ministerpräsident", "HRV", "2008"),
        ("Sheikh Hasina", "Ministerpräsident", "BGD", "2024-07"),
        ("Mohammed Shahabuddin", "Präsident", "BGD", "2024-08"),
        ("Ali Bongo Ondimba", "Präsident", "GAB", "2023-08-29"),
        ("Assimi Goïta", "Präsident", "MLI", "2023"),
        ("Ibrahim Traoré", "Präsident", "BFA", "2024"),
        ("Hassan Sheikh Mohamud", "Präsident", "SOM", "2015"),
        ("Edi Rama", "Ministerpräsident", "ALB", "2020"),
        ("Micheál Martin", "Premierminister", "IRL", "2021"),
        ("Anutin Charnvirakul", "Ministerpräsident", "THA", "2025-10"),
        ("Tô Lâm", "Generalsekretär", "VNM", "2025"),
        ("Najla Bouden", "Ministerpräsident", "TUN", "2022"),
    ],
)
def test_person_held_office_at_date(name: str, title: str, code: str, when: str):
    roles = find_person(name)["roles"]
    assert any(
        role["title"] == title and role["code"] == code and holds(role, when) for role in roles
    ), f"{name} is not {title} ({code}) in {when}"


@pytest.mark.parametrize(
    ("name", "title", "code", "when"),
    [
        ("Angela Merkel", "Bundeskanzler", "DEU", "2022-02-04"),
        ("Dmitri Medwedew", "Präsident", "RUS", "2013"),
        ("Donald Trump", "Präsident", "USA", "2022"),
        ("Olaf Scholz", "Bundeskanzler", "DEU", "2025-06"),
        ("Boris Johnson", "Premierminister", "GBR", "2023"),
        ("Viktor Orbán", "Ministerpräsident", "HUN", "2026-06"),
        ("Ali Chamenei", "Oberster Führer", "IRN", "2026-03-10"),
        ("Sheikh Hasina", "Ministerpräsident", "BGD", "2024-09"),
        ("Ali Bongo Ondimba", "Präsident", "GAB", "2023-10"),
        ("Hassan Sheikh Mohamud", "Präsident", "SOM", "2019"),
        ("Micheál Martin", "Premierminister", "IRL", "2023"),
        ("Mohamed Bazoum", "Präsident", "NER", "2024"),
    ],
)
def test_person_did_not_hold_office_at_date(name: str, title: str, code: str, when: str):
    roles = find_person(name)["roles"]
    assert not any(
        role["title"] == title and role["code"] == code and holds(role, when) for role in roles
    ), f"{name} should not be {title} ({code}) in {when}"


@pytest.mark.parametrize(
    ("when", "first", "last"),
    [("2022", "2022-01-01", "2022-12-31"), ("2024-02", "2024-02-01", "2024-02-29")],
)
def test_date_precision_is_widened_to_the_whole_period(when: str, first: str, last: str):
    assert (first_day(when), last_day(when)) == (
        dt.date.fromisoformat(first),
        dt.date.fromisoformat(last),
    )
