"""The generated organisation layer from PETRARCH2's actor dictionaries: parsing, codes
and names as the event guideline writes them, German spellings, and the hand layer winning."""

from __future__ import annotations

from pathlib import Path

import pytest

from lagebild.kb import petrarch
from lagebild.kb.loader import KnowledgeBase

SHARED = Path(__file__).resolve().parents[3] / "shared" / "data" / "reference"
DICTIONARIES = SHARED / "petrarch2_dictionaries"

SAMPLE = """
# comment line
LORD'S_RESISTANCE_ARMY [CFRREB] #  kkl 21 Mar 13

TALIBAN_ [AFGREB]
+TALEBAN_

ADEN_ABYAN_ISLAMIC_ARMY_(AAIA)_ [YEMREB]
+ADEN_ISLAMIC_ARMY_
KOFI_ANNAN_
+K._ANNAN_
\t[IGOUNO 970101-061231]
"""


def test_dictionary_entries_keep_synonyms_and_codes():
    blocks = petrarch.parse_dictionary(SAMPLE)
    assert [b.names for b in blocks] == [
        ["LORD'S_RESISTANCE_ARMY"],
        ["TALIBAN_", "TALEBAN_"],
        ["ADEN_ABYAN_ISLAMIC_ARMY_(AAIA)_", "ADEN_ISLAMIC_ARMY_"],
        ["KOFI_ANNAN_", "K._ANNAN_"],
    ]
    assert [b.codes[0] for b in blocks] == ["CFRREB", "AFGREB", "YEMREB", "IGOUNO"]


@pytest.mark.parametrize(
    ("name", "code", "shown"),
    [
        ("LORD'S_RESISTANCE_ARMY", "LRA", "Lord's Resistance Army"),
        ("TALIBAN_", "TALIBAN", "Taliban"),
        ("AL_QA'IDA", "ALQAIDA", "Al Qa'ida"),
        ("ADEN_ABYAN_ISLAMIC_ARMY_(AAIA)_", "AAIA", "Aden Abyan Islamic Army (AAIA)"),
        ("HUMAN_RIGHTS_WATCH", "HRW", "Human Rights Watch"),
    ],
)
def test_codes_are_acronyms_single_words_or_initials(name, code, shown):
    assert petrarch.code_for(name) == code
    assert petrarch.display(name) == shown


@pytest.mark.parametrize(
    ("name", "organisation"),
    [
        ("LORD'S_RESISTANCE_ARMY", True),
        ("TALIBAN_", True),
        ("KOFI_ANNAN_", False),  # a person
        ("ETA", False),  # a one-word name this short is a German word or name as well
    ],
)
def test_persons_and_short_words_are_no_organisations(name, organisation):
    assert petrarch.is_organisation(name) is organisation


@pytest.mark.parametrize(
    ("english", "german"),
    [
        ("Janjaweed", "Dschandschawid"),
        ("Al Shabaab", "Al-Schabab"),
        ("Taliban", None),
        ("Human Rights Watch", None),
    ],
)
def test_german_spelling_of_arabic_and_african_names(english, german):
    assert petrarch.german_form(english) == german


def test_hand_layer_wins_over_the_generated_one(tmp_path: Path):
    (tmp_path / "states.yaml").write_text("- {code: DEU, names: [Deutschland]}\n", "utf-8")
    (tmp_path / "organisations.yaml").write_text(
        "- {code: HRW, kind: organisation, sector: NGO, names: [Human Rights Watch]}\n", "utf-8"
    )
    (tmp_path / "organisations.generated.yaml").write_text(
        "- {code: HRW, kind: organisation, sector: NGO, names: [HRW Generated]}\n"
        "- {code: HRWX, kind: organisation, sector: NGO, names: [Human Rights Watch]}\n"
        "- {code: LRA, kind: group, sector: REB, names: [Lord's Resistance Army],"
        " source: 'x'}\n",
        "utf-8",
    )
    (tmp_path / "roles.yaml").write_text(
        "sectors: [{code: NGO, label: NGO}, {code: REB, label: Rebellen}]\nwords: []\n", "utf-8"
    )
    kb = KnowledgeBase.load(tmp_path, use_cache=False)
    assert [m.entry_id for m in kb.lookup("Human Rights Watch")] == ["HRW"]
    assert kb.lookup("HRW Generated") == [] and "HRWX" not in kb.entries
    assert [(m.entry_id, m.sector) for m in kb.lookup("Lord's Resistance Army")] == [("LRA", "REB")]


def test_generated_file_is_what_the_script_writes():
    if not DICTIONARIES.is_dir():
        pytest.skip("the shared PETRARCH2 dictionaries are not available")
    assert petrarch.main([str(DICTIONARIES), "--check"]) == 0


@pytest.mark.parametrize(
    ("synonym", "kept"),
    [("Taleban", True), ("Youth", False), ("Taliban Movement", True)],
)
def test_one_word_synonyms_must_spell_the_primary_name(synonym, kept):
    assert petrarch._same_name(synonym, "Taliban") is kept


@pytest.mark.parametrize(
    ("name", "code"),
    [
        ("BOKO_HARAM", "BOKOHARAM"),  # a proper name is written as one word (guideline)
        ("ANSAR_AL-ISLAM_", "ANSARALISLAM"),
        ("JEMAAH_ISLAMIYA_(JI)_", "JI"),  # the acronym first
        ("LORD'S_RESISTANCE_ARMY", "LRA"),  # a name of organisation words: initials
        ("ABU_SAYYAF_GROUP", "ASG"),
    ],
)
def test_proper_names_of_groups_are_joined_into_their_code(name, code):
    assert petrarch.code_for(name) == code


@pytest.mark.parametrize(
    ("name", "codes", "source", "group"),
    [
        ("JEMAAH_ISLAMIYA_(JI)_", ["SEAREB"], "Phoenix.MilNonState.actors.txt", True),
        ("BOKO_HARAM", ["NGAREB"], "Phoenix.MilNonState.actors.txt", True),
        # persons of the militarized-groups part end in two underscores
        ("ABU_BAKAR__", ["IMGSEAMUSJMA"], "Phoenix.MilNonState.actors.txt", False),
        ("SHOKO_ASHAHARA__", ["BUDREB"], "Phoenix.MilNonState.actors.txt", False),
        ("KACH_", ["MEAREB"], "Phoenix.MilNonState.actors.txt", False),  # one short word
        ("KOFI_ANNAN_", ["IGOUNO"], "Phoenix.International.actors.txt", False),
    ],
)
def test_every_named_armed_group_of_the_tops_part_is_a_group(name, codes, source, group):
    assert petrarch.named_group(name, codes, source) is group


@pytest.mark.parametrize(
    ("shown", "short"),
    [
        ("Basque Fatherland and Freedom (ETA)", ["Basque Fatherland and Freedom", "ETA"]),
        ("Egyptian Islamic Jihad (EIJ)", ["Egyptian Islamic Jihad", "EIJ"]),
        ("Jemaah Islamiya (JI)", ["Jemaah Islamiya"]),  # two letters: a German word as often
        ("National Liberation Army (BOLIVIA)", []),  # a qualifier, no acronym
        ("Lord's Resistance Army", []),
    ],
)
def test_a_name_with_its_acronym_is_found_by_either(shown, short):
    assert petrarch.short_names(shown) == short


@pytest.mark.parametrize("acronym", ["ETA", "KKK", "LTTE"])
def test_acronyms_have_no_german_spelling(acronym):
    assert petrarch.german_form(acronym) is None


def test_acronyms_german_text_uses_otherwise_are_no_names(tmp_path: Path):
    (tmp_path / "Phoenix.MilNonState.actors.txt").write_text(
        "IRISH_REPUBLICAN_ARMY_(IRA)_ [GBRREB]\n"
        "LIBERATION_TIGERS_OF_TAMIL_EELAM_(LTTE)_ [LKAREB]\n",
        "utf-8",
    )
    (tmp_path / "Phoenix.International.actors.txt").write_text("", "utf-8")
    built = {e["code"]: e["names"] for e in petrarch.build(tmp_path, frozenset({"IRA"}))}
    assert "IRA" not in built["IRA"] and "Irish Republican Army" in built["IRA"]
    assert "LTTE" in built["LTTE"]


@pytest.mark.parametrize(
    ("codes", "kind", "home"),
    [
        (["IRQREB"], "group", "IRQ"),  # an armed group: the state it fights in
        (["PSEREB"], "group", "PSE"),
        (["SASREB"], "group", None),  # a region (South Asia), no state
        (["CFRREB"], "group", None),
        (["NGOUSAEDU"], "organisation", "USA"),  # an NGO: its seat
        (["NGOHRI"], "organisation", None),  # an NGO coded by its field only
        (["IGOUNO"], "organisation", None),  # international bodies have no home
    ],
)
def test_home_state_is_read_from_the_petrarch_code(codes, kind, home):
    assert petrarch.home_of(codes, kind, {"IRQ", "PSE", "USA", "DEU"}) == home


def test_home_state_is_kept_apart_from_the_code(tmp_path: Path):
    (tmp_path / "states.yaml").write_text("- {code: IRQ, names: [Irak]}\n", "utf-8")
    (tmp_path / "organisations.yaml").write_text(
        "- {code: AAA, home: IRQ, kind: group, sector: REB, names: [Ansar al-Sunna]}\n", "utf-8"
    )
    (tmp_path / "roles.yaml").write_text(
        "sectors: [{code: REB, label: Rebellen}]\nwords: []\n", "utf-8"
    )
    kb = KnowledgeBase.load(tmp_path, use_cache=False)
    assert kb.entries["AAA"].code == "AAA" and kb.home_states == {"AAA": "IRQ"}
