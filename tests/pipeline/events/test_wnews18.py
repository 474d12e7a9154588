"""Threats and warnings (session 18, issue 13, branch wnews18): a warning that a further act
would be answered (an answer in kind, war, isolation, sanctions) is a coercive warning, PLOVER
THREATEN, not a criticism; a warning of a danger or a harm stays what it was."""

from __future__ import annotations

import pytest

from tests.pipeline.events.test_types_s15 import coded, types

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Die Regierung in Seoul warnte Pjöngjang, jeder weitere Raketentest werde harte "
            "Konsequenzen haben.",
            ("THREATEN", ("KOR",), ("PRK",)),
        ),
        (
            "Die Bundesregierung warnte Moskau, ein Einmarsch in die Ukraine hätte "
            "schwerwiegende Folgen.",
            ("THREATEN", ("DEU",), ("RUS",)),
        ),
        (
            "Der venezolanische Präsident warnte Kolumbien, ein erneuter Grenzübertritt wäre "
            "ein Grund für einen Krieg.",
            ("THREATEN", ("VEN",), ("COL",)),
        ),
        (
            "Der amerikanische Außenminister warnte, eine weitere Provokation werde die "
            "Isolation Nordkoreas vertiefen.",
            ("THREATEN", ("USA",), ("PRK",)),
        ),
    ],
    ids=["jeder-weitere-Konsequenzen", "hätte-Folgen", "erneuter-Krieg", "weitere-Isolation"],
)
def test_a_warning_that_a_further_act_would_be_answered_threatens(nlp, text, expected) -> None:
    assert expected in coded(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "Der UN-Generalsekretär warnte, eine weitere Eskalation würde die ganze Region "
        "destabilisieren.",
        "Amnesty International warnte, die neue Sperrzone werde Hilfe für Flüchtlinge "
        "unmöglich machen.",
        "Der Verteidigungsminister warnte, der Krieg werde noch Jahre dauern.",
    ],
    ids=["danger", "harm", "forecast"],
)
def test_a_warning_of_a_danger_or_a_harm_is_no_threat(nlp, text) -> None:
    assert "THREATEN" not in types(nlp, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Die EU drohte Belarus, man werde neue Sanktionen verhängen.",
            ("THREATEN", ("EU",), ("BLR",)),
        ),
        (
            "Washington drohte Teheran, jeder Angriff auf amerikanische Soldaten werde vergolten.",
            ("THREATEN", ("USA",), ("IRN",)),
        ),
        (
            "Kim Yo-jong drohte Seoul, die Armee werde Truppen an die Grenze verlegen.",
            ("THREATEN", ("PRK",), ("KOR",)),
        ),
    ],
    ids=["EU-Belarus", "Washington-Teheran", "Kim-Seoul"],
)
def test_a_name_before_the_clause_of_drohen_is_the_one_threatened(nlp, text, expected) -> None:
    assert expected in coded(nlp, text)


def test_a_danger_that_impends_stays_no_threat(nlp) -> None:
    assert "THREATEN" not in types(nlp, "Russland droht eine schwere Wirtschaftskrise.")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Die EU drohte, sollte Minsk die Migranten an die Grenze bringen, werde man neue "
            "Sanktionen verhängen.",
            ("THREATEN", ("EU",), ("BLR",)),
        ),
        (
            "Die Türkei drohte, sollte Griechenland die Inseln bewaffnen, werde Ankara reagieren.",
            ("THREATEN", ("TUR",), ("GRC",)),
        ),
    ],
    ids=["sollte-Minsk", "sollte-Griechenland"],
)
def test_a_sollte_condition_after_drohen_names_the_one_threatened(nlp, text, expected) -> None:
    assert expected in coded(nlp, text)
