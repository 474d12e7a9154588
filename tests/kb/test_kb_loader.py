"""Loading a knowledge base: offices by date, clear errors for bad files, the cache."""

from __future__ import annotations

from pathlib import Path

import pytest

from lagebild.errors import DataFileError
from lagebild.kb.dates import date_bounds
from lagebild.kb.loader import KBError, KnowledgeBase, SurfaceMatch

STATES = """
- {code: DEU, names: [Deutschland], adjective: deutsch, demonyms: [Deutsche]}
- {code: RUS, names: [Russland], adjective: russisch, demonyms: [Russen],
   places: [{name: Moskau, sector: GOV}]}
"""
ORGANISATIONS = """
- {code: NATO, kind: organisation, sector: IGO, names: [Nato]}
"""
ROLES = """
sectors: [{code: GOV, label: Regierung}, {code: PTY, label: Partei}, {code: IGO, label: IO}]
person_compound_heads: [Regierung, Besuch]
words:
  - {word: Präsident, forms: [Präsident, Präsidentin], sector: GOV, kind: person}
  - {word: Regierungschef, forms: [Regierungschef], sector: GOV, kind: person,
     covers: [Ministerpräsident, Präsident]}
"""
PERSONS = """
- id: Q1
  name: Anna Beispiel
  aliases: [Beispiel]
  gender: f
  roles:
    - {title: Parteivorsitzender, code: DEU, sector: PTY, org: XYZ, start: "2001", end: "2012"}
    - {title: Ministerpräsident, code: RUS, sector: GOV, start: "2008-05-08", end: "2012-05-07"}
    - {title: Präsident, code: RUS, sector: GOV, start: "2012-05-07"}
    - {title: Präsident, code: RUS, sector: GOV, start: "2000-05-07", end: "2008-05-07"}
- id: p:bert-muster
  name: Bert Muster
  aliases: [Muster]
  gender: m
  roles:
    - {title: Präsident, code: RUS, sector: GOV, start: "2008-05-07", end: "2012-05-07"}
"""


def write_kb(folder: Path, overrides: dict[str, str] | None = None) -> Path:
    files = {
        "states.yaml": STATES,
        "organisations.yaml": ORGANISATIONS,
        "roles.yaml": ROLES,
        "persons/rus.yaml": PERSONS,
    }
    files.update(overrides or {})
    for name, text in files.items():
        path = folder / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    return folder


@pytest.fixture
def kb(tmp_path: Path) -> KnowledgeBase:
    return KnowledgeBase.load(write_kb(tmp_path), use_cache=False)


@pytest.mark.parametrize(
    ("date", "title", "code"),
    [
        ("2003-06-01", "Präsident", "RUS"),
        ("2010", "Ministerpräsident", "RUS"),
        ("2010-03", "Ministerpräsident", "RUS"),
        ("2008-05-07", "Präsident", "RUS"),
        ("2024-02-24", "Präsident", "RUS"),
        (None, "Präsident", "RUS"),
    ],
)
def test_role_at_picks_the_office_valid_at_the_date(
    kb: KnowledgeBase, date: str | None, title: str, code: str
) -> None:
    role = kb.role_at("Q1", date)
    assert role is not None
    assert (role.title, role.code) == (title, code)


@pytest.mark.parametrize(
    ("date", "bounds"),
    [
        ("2022", ("2022-01-01", "2022-12-31")),
        ("2022-02", ("2022-02-01", "2022-02-29")),
        ("2022-02-24", ("2022-02-24", "2022-02-24")),
        ("2022-02-24T10:00:00", ("2022-02-24", "2022-02-24")),
    ],
)
def test_date_bounds_cover_the_period_a_date_names(date: str, bounds: tuple[str, str]) -> None:
    assert date_bounds(date) == bounds


def test_role_at_prefers_a_government_office_over_a_party_role(kb: KnowledgeBase) -> None:
    role = kb.role_at("Q1", "2011-01")
    assert role is not None and role.sector == "GOV"


@pytest.mark.parametrize("date", ["1999-12-31", "1990"])
def test_role_at_is_none_before_any_office(kb: KnowledgeBase, date: str) -> None:
    assert kb.role_at("Q1", date) is None


def test_role_at_unknown_person_is_none(kb: KnowledgeBase) -> None:
    assert kb.role_at("Q999", "2020") is None


@pytest.mark.parametrize(
    ("title", "date", "names"),
    [
        ("Präsident", "2010-01-01", ["Bert Muster"]),
        ("Präsident", "2020", ["Anna Beispiel"]),
        ("Präsident", None, ["Anna Beispiel"]),
        ("Präsidentin", "2020", ["Anna Beispiel"]),
        ("Regierungschef", "2010-01-01", ["Anna Beispiel"]),
        ("Ministerpräsident", "2020", []),
    ],
)
def test_holders_of_an_office_at_a_date(
    kb: KnowledgeBase, title: str, date: str | None, names: list[str]
) -> None:
    assert [e.name for e in kb.holders("RUS", title, date)] == names


@pytest.mark.parametrize(
    ("surface", "match"),
    [
        ("Beispiel", SurfaceMatch("Q1", "surname", None)),
        ("Beispiels", SurfaceMatch("Q1", "surname", None)),
        ("Anna Beispiels", SurfaceMatch("Q1", "name", None)),
        ("Musters", SurfaceMatch("p:bert-muster", "surname", None)),
    ],
)
def test_person_names_and_genitives_are_indexed(
    kb: KnowledgeBase, surface: str, match: SurfaceMatch
) -> None:
    assert kb.lookup(surface) == [match]


@pytest.mark.parametrize(
    ("compound", "expected"),
    [
        ("Beispiel-Regierung", ["Q1"]),
        ("Beispiel-Regierungsplan", ["Q1"]),
        ("Beispiel-Muster-Stiftung", []),
        ("Beispiel-Joachim", []),
        ("Beispiel-Institut", []),
        ("Moskau-Besuch", ["RUS"]),
        ("Moskau-Institut", ["RUS"]),
    ],
)
def test_person_opens_only_compounds_with_a_known_head(
    kb: KnowledgeBase, compound: str, expected: list[str]
) -> None:
    assert [m.entry_id for m in kb.lookup_prefix(compound)] == expected


@pytest.mark.parametrize("word", ["beispiel", "musters"])
def test_lowercase_words_do_not_find_capitalised_names(kb: KnowledgeBase, word: str) -> None:
    assert kb.lookup(word) == []


def test_person_entry_carries_gender_and_wikidata(kb: KnowledgeBase) -> None:
    entry = kb.entries["Q1"]
    assert (entry.kind, entry.gender, entry.wikidata, entry.code) == ("person", "f", "Q1", None)
    assert kb.entries["p:bert-muster"].wikidata is None


BAD_FILES = [
    ("states.yaml", "- {code: DEU, names: [Deutschland\n", "states.yaml", "not valid YAML"),
    ("states.yaml", "- {code: deu, names: [Deutschland]}\n", "states.yaml", "states.schema"),
    (
        "organisations.yaml",
        "- {code: NATO, kind: club, sector: IGO, names: [Nato]}\n",
        "organisations.yaml",
        "kind",
    ),
    ("roles.yaml", "sectors: []\n", "roles.yaml", "'words' is a required property"),
    (
        "persons/rus.yaml",
        "- {id: Q1, name: Xaver, roles: [{title: Präsident, code: RUS}]}\n",
        "rus.yaml",
        "'sector' is a required property",
    ),
    (
        "persons/rus.yaml",
        "- {id: Q1, name: Xaver, roles: [{title: Präsident, code: RUS, sector: GOV,"
        " start: 2020-13-1}]}\n",
        "rus.yaml",
        "start",
    ),
    ("persons/igo.yaml", "- {id: Q1, name: Doppelt, roles: []}\n", "", "duplicate id 'Q1'"),
    (
        "states.yaml",
        "- {code: DEU, names: [A]}\n- {code: DEU, names: [B]}\n",
        "states.yaml",
        "duplicate state code 'DEU'",
    ),
]


@pytest.mark.parametrize(("name", "text", "file_named", "reason"), BAD_FILES)
def test_malformed_file_gives_a_clear_error_naming_the_file(
    tmp_path: Path, name: str, text: str, file_named: str, reason: str
) -> None:
    write_kb(tmp_path, {name: text})
    with pytest.raises(KBError) as caught:
        KnowledgeBase.load(tmp_path, use_cache=False)
    message = str(caught.value)
    assert isinstance(caught.value, DataFileError)
    assert file_named in message and reason in message and "[E030]" in message


def test_schema_error_names_the_entry(tmp_path: Path) -> None:
    bad = PERSONS.replace('start: "2012-05-07"}', 'start: "2012-5-7"}')
    write_kb(tmp_path, {"persons/rus.yaml": bad})
    with pytest.raises(KBError, match=r"at 0 \(id=Q1\)/roles/2 \(title=Präsident\)/start"):
        KnowledgeBase.load(tmp_path, use_cache=False)


def test_first_names_are_read_and_checked_against_their_schema(tmp_path: Path) -> None:
    kb = KnowledgeBase.load()
    assert {"Angela", "Wladimir", "Kevin"} <= kb.first_names
    assert {"momentan", "besorgt", "unterdessen"} <= kb.lowercase_words
    assert not {"grüne", "merkel"} & kb.lowercase_words
    write_kb(tmp_path, {"first_names.generated.yaml": "- Kevin\n- ernst\n"})
    with pytest.raises(KBError, match=r"first_names.generated.yaml.*at 1"):
        KnowledgeBase.load(tmp_path, use_cache=False)


def test_empty_persons_file_has_no_entries(tmp_path: Path) -> None:
    write_kb(tmp_path, {"persons/empty.yaml": "# nobody yet\n"})
    assert "Q1" in KnowledgeBase.load(tmp_path, use_cache=False).entries


def test_missing_directory_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(KBError, match="directory not found"):
        KnowledgeBase.load(tmp_path / "nowhere", use_cache=False)


def test_cache_is_reused_and_invalidated_by_an_edit(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("LAGEBILD_CACHE_DIR", str(tmp_path / "cache"))
    folder = write_kb(tmp_path / "kb")
    assert KnowledgeBase.load(folder).lookup("Moskau")
    assert len(list((tmp_path / "cache").glob("kb-*.pickle"))) == 1
    assert KnowledgeBase.load(folder).lookup("Moskau")
    states = STATES.replace("Moskau", "Kreml")
    (folder / "states.yaml").write_text(states, encoding="utf-8")
    reloaded = KnowledgeBase.load(folder)
    assert reloaded.lookup("Moskau") == [] and reloaded.lookup("Kreml")
    assert len(list((tmp_path / "cache").glob("kb-*.pickle"))) == 1


def test_packaged_kb_loads_from_the_cache_without_building_again(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Its load time is measured by the benchmark (benchmarks/throughput.py), not here: what
    # keeps it short is that the validated, indexed KB is read back from the cache.
    monkeypatch.setenv("LAGEBILD_CACHE_DIR", str(tmp_path))
    KnowledgeBase.load()

    def no_build(*args: object) -> None:
        raise AssertionError("the packaged KB was built again")

    monkeypatch.setattr(KnowledgeBase, "_build", classmethod(no_build))
    kb = KnowledgeBase.load()
    assert len(kb.entries) > 400


GENERATED_WITH_CITIES = """
- {code: DEU, alpha2: DE, names: [Deutschland], capital: Berlin,
   cities: [Mannheim, Moskau, Augsburg]}
- {code: RUS, alpha2: RU, names: [Russland], capital: Moscow, cities: [Samara]}
"""


@pytest.mark.parametrize(
    ("name", "code"),
    [
        ("Mannheim", "DEU"),
        ("Mannheims", "DEU"),  # genitive: "Mannheims Oberbürgermeister"
        ("Samara", "RUS"),
        ("Moskau", None),  # names another state's capital: not a German city
        ("Mannheimer", None),
        ("Russland", None),  # a state, not a city
    ],
)
def test_city_state_tells_which_state_a_city_is_in(
    tmp_path: Path, name: str, code: str | None
) -> None:
    folder = write_kb(tmp_path, {"states.generated.yaml": GENERATED_WITH_CITIES})
    kb = KnowledgeBase.load(folder, use_cache=False)
    assert kb.city_state(name) == code


def test_cities_are_not_surfaces_of_actors(tmp_path: Path) -> None:
    folder = write_kb(tmp_path, {"states.generated.yaml": GENERATED_WITH_CITIES})
    kb = KnowledgeBase.load(folder, use_cache=False)
    assert kb.lookup("Mannheim") == []
    assert kb.lookup_prefix("Mannheim-Neckarau") == []


@pytest.mark.parametrize(
    ("alias", "ambiguous"), [("Kurz", True), ("Kurz'", True), ("Muster", False)]
)
def test_common_names_among_aliases_are_marked_ambiguous(
    tmp_path: Path, alias: str, ambiguous: bool
) -> None:
    persons = (
        PERSONS
        + """
- id: p:sebastian-kurz
  name: Sebastian Kurz
  aliases: [Kurz]
  roles:
    - {title: Bundeskanzler, code: DEU, sector: GOV, start: "2017-12-18", end: "2021-10-11"}
"""
    )
    roles = ROLES + "common_names: [Kurz]\n"
    folder = write_kb(tmp_path, {"persons/rus.yaml": persons, "roles.yaml": roles})
    matches = KnowledgeBase.load(folder, use_cache=False).lookup(alias)
    assert matches and all(m.ambiguous == ambiguous for m in matches)


@pytest.mark.parametrize(
    ("word", "ambiguous"),
    [("Spitze", True), ("Präsident", False), ("US-Spitze", False), ("Präsidentin", False)],
)
def test_role_forms_that_are_common_words_are_marked(
    tmp_path: Path, word: str, ambiguous: bool
) -> None:
    roles = ROLES + (
        "  - {word: Chef, forms: [Chef, Spitze], ambiguous: [Spitze], sector: GOV, kind: person}\n"
    )
    states = STATES + "- {code: USA, names: [USA, {name: US, prefix_only: true}]}\n"
    folder = write_kb(tmp_path, {"roles.yaml": roles, "states.yaml": states})
    role = KnowledgeBase.load(folder, use_cache=False).role_word(word)
    assert role is not None and role.ambiguous == ambiguous
