"""Session 19 (wnews19): judgements by an evaluative noun. The nouns that condemn the act they
name are one shared codebook list (``judgement_nouns.condemning``) that "bezeichnete X als …",
"sprach von …" and a quotation's copula all read; a judging noun that names the act just told
is addressed to whoever did it, never to the party the noun says was harmed
(``derived.judged_by_name``)."""

from __future__ import annotations

import pytest
import yaml

from lagebild.codebook.loader import DEFAULT_PATH, load_codebook
from lagebild.datafile import DataFileError
from tests.pipeline.events.test_coder import analysed


@pytest.fixture(scope="module")
def codebook():
    return load_codebook()


def _accepted(codebook, verb: str, event_type: str) -> set[str]:
    """Every noun an entry of the verb accepts, as complement or in a PP."""
    return {
        word
        for p in codebook.verbs(verb)
        if p.type == event_type
        for word in (*p.with_words, *(n for _, nouns in p.with_pp for n in nouns))
    }


@pytest.mark.parametrize("noun", ["verletzung", "verstoß", "angriff", "bedrohung", "skandal",
                                  "völkerrechtsbruch", "unrecht"])  # fmt: skip
def test_the_condemning_nouns_are_one_list_for_bezeichnen_and_sprechen(codebook, noun):
    shared = codebook.judgement_nouns["condemning"]
    assert noun in shared
    assert noun in _accepted(codebook, "bezeichnen", "ACCUSE")
    assert noun in _accepted(codebook, "sprechen", "ACCUSE")


@pytest.mark.parametrize("noun", ["terrorist", "fehler", "katastrophe"])
def test_nouns_that_also_describe_are_judgements_only_after_als(codebook, noun):
    assert noun in _accepted(codebook, "bezeichnen", "ACCUSE")
    assert noun not in _accepted(codebook, "sprechen", "ACCUSE")


def test_a_list_the_codebook_does_not_share_is_an_error(tmp_path):
    data = yaml.safe_load(DEFAULT_PATH.read_text(encoding="utf-8"))
    data["predicates"][0]["with"] = ["@nonexistent"]
    path = tmp_path / "plover.yaml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    with pytest.raises(DataFileError, match="no shared list"):
        load_codebook(path)


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Kambodschanische Soldaten drangen in ein Grenzdorf ein. Der thailändische "
         "Regierungschef sprach von einer Verletzung der Souveränität seines Landes.",
         ("ACCUSE", "THA", "KHM")),
        ("Nordkorea beschoss eine Insel im Gelben Meer. Präsident Lee Myung-bak sprach von "
         "einem Angriff auf südkoreanisches Territorium.", ("ACCUSE", "KOR", "PRK")),
        ("Russland hat die Halbinsel Krim annektiert. Die Bundesregierung sprach von einem "
         "Verstoß gegen das Völkerrecht.", ("ACCUSE", "DEU", "RUS")),
        ("Die Türkei hat Truppen nach Syrien geschickt. Der syrische Außenminister sprach von "
         "einer Bedrohung für die Region.", ("ACCUSE", "SYR", "TUR")),
        ("Ecuadorianische Polizisten stürmten die mexikanische Botschaft. Präsident López "
         "Obrador sprach von einer eklatanten Verletzung des Völkerrechts.",
         ("ACCUSE", "MEX", "ECU")),
    ],
    ids=["souveraenitaet-genitive", "angriff-auf-adjective", "verstoss-gegen",
         "bedrohung-fuer", "verletzung-genitive"],
)  # fmt: skip
def test_a_judging_noun_names_the_act_told_before_and_accuses_its_doer(nlp, text, expected):
    found = analysed(nlp, text, "2020-05-01")
    assert expected in found
    # never the harmed party, the speaker's own state
    assert (expected[0], expected[1], expected[1]) not in found


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "Die Polizei sprach von einem gezielten Angriff auf die Beamten.",
        "Der Arzt sprach von schweren Verletzungen.",
    ],
    ids=["no-act-told", "injury"],
)
def test_a_judging_noun_with_no_one_to_address_is_no_event(nlp, text):
    assert not {e for e in analysed(nlp, text, "2020-05-01") if e[0] == "ACCUSE"}


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Die Ukraine sprach von einem Angriff Russlands auf die Hafenstadt.",
         ("ACCUSE", "UKR", "RUS")),
        ("Peking sprach von einer Einmischung Washingtons.", ("ACCUSE", "CHN", "USA")),
    ],
    ids=["angriff-genitive-name", "einmischung-genitive-name"],
)  # fmt: skip
def test_a_name_in_the_genitive_of_an_act_noun_is_its_doer_not_its_victim(nlp, text, expected):
    assert expected in analysed(nlp, text, "2020-05-01")


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ein Gericht in Phnom Penh verurteilte den Oppositionsführer zu 27 Jahren Haft. Der "
         "US-Botschafter nannte das Urteil einen Justizirrtum.", ("ACCUSE", "USA", "KHM")),
        ("Ein Gericht in Minsk verurteilte die Oppositionspolitikerin zu elf Jahren Haft. Die "
         "Bundesregierung nannte das Urteil ein Fehlurteil.", ("ACCUSE", "DEU", "BLR")),
    ],
    ids=["justizirrtum", "fehlurteil"],
)  # fmt: skip
def test_an_act_named_a_wrong_in_law_accuses_its_doer(nlp, text, expected):
    assert expected in analysed(nlp, text, "2020-05-01")
