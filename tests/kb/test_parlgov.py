"""The generated party layer from ParlGov: which parties and names are kept, German
parties winning a shared name, and the hand layer winning over the generated one."""

from __future__ import annotations

import gzip
from pathlib import Path

import pytest

from lagebild.kb import parlgov
from lagebild.kb.loader import get_kb

SOURCE = Path(__file__).resolve().parents[2] / "training" / "data" / "parlgov"

PARTIES = """country,id,name_short,name,name_english,foundation_date,dissolution_date
DEU,1,NPD,Nationaldemokratische Partei Deutschlands,National Democratic Party,,
JPN,2,NPD,Shintō Daichi,New Party Daichi,,
GRC,3,PASOK,Panellinio Sosialistikó Kínima,Panhellenic Socialist Movement,,
AUS,4,LP,Liberal Party,Liberal Party,,
CAN,5,LPC,Liberal Party,Liberal Party of Canada,,
HUN,6,Jobbik,Jobbik Magyarországért Mozgalom,Jobbik Movement for a Better Hungary,,
DEU,7,Grau,Die Grauen – Graue Panther,The Grays -- Gray Panthers,,
DEU,8,DNVP,Deutschnationale Volkspartei,German National People's Party,,
"""
ELECTIONS = """country,date,type,party_id,seats
DEU,2014-05-25,ep,1,1
JPN,2012-12-16,parliament,2,1
GRC,2009-10-04,parliament,3,160
AUS,2010-08-21,parliament,4,1
CAN,2011-05-02,parliament,5,34
HUN,2010-04-11,parliament,6,47
DEU,1990-12-02,parliament,7,0
DEU,1928-05-20,parliament,8,73
"""


@pytest.fixture
def source(tmp_path: Path) -> Path:
    (tmp_path / "view_party.csv").write_text(PARTIES, encoding="utf-8")
    (tmp_path / "view_election.csv").write_text(ELECTIONS, encoding="utf-8")
    return tmp_path


@pytest.fixture
def built(source: Path) -> dict[str, list[str]]:
    return {e["code"]: e["names"] for e in parlgov.build(source)}


@pytest.mark.parametrize(
    ("short", "name", "expected"),
    [
        ("PASOK", "Panellinio Sosialistikó Kínima", ["PASOK"]),
        ("PS", "Parti socialiste", []),  # two letters: too many things
        ("Grau", "Die Grauen", []),  # ParlGov's own abbreviation
        ("Jobbik", "Jobbik Magyarországért Mozgalom", ["Jobbik"]),
        ("PDS|Li", "PDS | Die Linke", ["PDS"]),
    ],
)
def test_short_names_are_acronyms_or_the_names_first_word(short, name, expected):
    assert parlgov.short_names(short, name) == expected


@pytest.mark.parametrize(
    ("short", "name", "expected"),
    [
        ("ODP", "Ökologisch-Demokratische Partei", "ÖDP"),
        ("OVP", "Österreichische Volkspartei", "ÖVP"),  # a letter inside a compound
        ("CSSD", "Česká strana sociálně demokratická", "ČSSD"),
        ("MIEP", "Magyar Igazság és Élet Pártja", "MIÉP"),  # "és" is no initial
        ("PASOK", "Panellinio Sosialistikó Kínima", None),  # no diacritic on an initial
        ("DIKO", "Dimokratikó Kómma", None),  # a diacritic inside a word is not taken
        ("NEOS", "NEOS – Das Neue Österreich", None),  # a word of the name, no initials
        ("PLUS", "Partidul Libertate, Unitate și Solidaritate", None),
    ],
)
def test_an_acronym_takes_the_diacritics_of_the_native_names_initials(short, name, expected):
    assert parlgov.with_diacritics(short, name) == expected


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Fidesz – Magyar Polgári Szövetség", ["Fidesz – Magyar Polgári Szövetség", "Fidesz"]),
        ("PDS | Die Linke", ["Die Linke"]),  # PDS: a one-word name must have five letters
        ("Christlich Soziale Allianz (Liste Karl Habsburg)", ["Christlich Soziale Allianz"]),
        ("no party affiliation", []),
    ],
)
def test_native_names_split_renames_dashes_and_parentheses(name, expected):
    assert parlgov.native_names(name) == expected


def test_only_parties_with_a_seat_since_1990_are_kept(built):
    assert "PARLGOV7" not in built  # no seat
    assert "PARLGOV8" not in built  # a seat only before 1990
    assert "PARLGOV3" in built and "PARLGOV1" in built  # a seat in the European Parliament


def test_a_name_two_states_share_is_left_out_unless_one_is_german(built):
    assert "PARLGOV4" not in built and "PARLGOV5" in built  # Liberal Party gone, LPC stays
    assert built["PARLGOV5"] == ["LPC"]
    assert "NPD" in built["PARLGOV1"] and built["PARLGOV2"] == ["Shintō Daichi"]


def test_one_word_names_that_are_german_words_are_left_out(source):
    names = {n for e in parlgov.build(source, frozenset({"jobbik"})) for n in e["names"]}
    assert "Jobbik" not in names and "Jobbik Magyarországért Mozgalom" in names


@pytest.mark.parametrize(
    ("abbreviation", "kept"),
    [("PASOK", False), ("NPD", True)],  # a German party keeps a German acronym
)
def test_foreign_party_acronyms_german_text_uses_are_left_out(source, abbreviation, kept):
    built = parlgov.build(source, abbreviations=frozenset({abbreviation}))
    names = {n for e in built for n in e["names"]}
    assert (abbreviation in names) is kept


def test_german_abbreviations_are_counted_in_the_corpus(tmp_path):
    corpus = tmp_path / "speeches.txt.gz"
    with gzip.open(corpus, "wt", encoding="utf-8") as handle:
        handle.write("Das RKI meldet. " * parlgov.MIN_GERMAN_USES + "Die PASOK regiert.\n")
    assert parlgov.german_abbreviations(corpus) == frozenset({"RKI"})


@pytest.mark.parametrize(
    ("surface", "entry", "state"),
    [
        ("PASOK", "PARLGOV1338", "GRC"),
        ("Jobbik", "PARLGOV600", "HUN"),
        ("NPD", "PARLGOV1537", "DEU"),
        ("ÖDP", "PARLGOV2736", "DEU"),
        ("BZÖ", "PARLGOV1536", "AUT"),
    ],
)
def test_generated_parties_act_for_their_state_in_sector_pty(surface, entry, state):
    kb = get_kb()
    assert [m.entry_id for m in kb.lookup(surface)] == [entry]
    assert (kb.entries[entry].code, kb.entries[entry].sector) == (state, "PTY")


@pytest.mark.parametrize(("surface", "entry"), [("SPD", "SPD"), ("Likud", "LIKUD"), ("AKP", "AKP")])
def test_the_hand_layer_wins_over_parlgov(surface, entry):
    assert [m.entry_id for m in get_kb().lookup(surface)] == [entry]


def test_generated_file_is_what_the_script_writes():
    if not parlgov.CORPUS.is_file():
        pytest.skip("the shared Bundestag corpus is not available")
    assert parlgov.main([str(SOURCE), "--check"]) == 0


def test_a_missing_corpus_is_one_error(tmp_path, capsys):
    assert parlgov.main([str(SOURCE), "--check", "--corpus", str(tmp_path / "x.gz")]) == 2
    assert "corpus not found" in capsys.readouterr().err
