"""Session 19 (issue 13, branch wire19): recall of SANCTION, RETREAT and MOBILIZE by the German
constructions that express them."""

from __future__ import annotations

import pytest

from tests.pipeline.events.test_types_s15 import coded

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Der kenianische Senat hat Vizepräsident Rigathi Gachagua seines Amtes enthoben.",
            ("SANCTION", ("KEN",), ("KEN",)),
        ),
        (
            "Das Innenministerium in Ankara enthob den Bürgermeister von Diyarbakır seines "
            "Postens.",
            ("SANCTION", ("TUR",), ("TUR",)),
        ),
        (
            "Ein pakistanisches Gericht enthob Premierminister Yousaf Raza Gilani seines Amtes.",
            ("SANCTION", ("PAK",), ("PAK",)),
        ),
    ],
    ids=["perfect", "preterite-posten", "preterite-amt"],
)
def test_removing_someone_from_office_is_a_sanction(nlp, text, expected) -> None:
    assert expected in coded(nlp, text)


def test_relieving_someone_of_a_duty_is_no_sanction(nlp) -> None:
    text = "Das Urteil enthebt die Regierung in Moskau nicht der Verantwortung für die Opfer."
    assert "SANCTION" not in {t for t, _, _ in coded(nlp, text)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Das Parlament in Lima setzte Präsident Pedro Castillo am Mittwoch ab.",
            ("SANCTION", ("PER",), ("PER",)),
        ),
        (
            "Perus Präsident Pedro Castillo war in der vergangenen Woche vom Parlament "
            "abgesetzt worden.",
            ("SANCTION", ("PER",), ("PER",)),
        ),
        (
            "Die Junta in Niamey hat Präsident Mohamed Bazoum abgesetzt und festgenommen.",
            ("SANCTION", ("NER",), ("NER",)),
        ),
    ],
    ids=["separated-particle", "passive-with-agent", "perfect-coordinated"],
)
def test_deposing_an_office_holder_is_a_sanction(nlp, text, expected) -> None:
    assert expected in coded(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "Der Ausschuss des Bundestags setzte den Antrag der Union von der Tagesordnung ab.",
        "Sri Lankas Präsident Gotabaya Rajapaksa hat sich ins Ausland abgesetzt.",
        "Die Bundesregierung hat den Plan für die Landwirte wieder abgesetzt.",
    ],
    ids=["agenda-item", "fled-reflexive", "plan-with-actor-under-it"],
)
def test_taking_off_things_or_fleeing_is_no_deposition(nlp, text) -> None:
    assert "SANCTION" not in {t for t, _, _ in coded(nlp, text)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Der brasilianische Justizminister Anderson Torres war bereits am Sonntag entlassen "
            "worden.",
            ("SANCTION", ("BRA",), ("BRA",)),
        ),
        (
            "In Kiew wurde der ukrainische Armeechef Walerij Saluschnyj entlassen.",
            ("SANCTION", ("UKR",), ("UKR",)),
        ),
    ],
    ids=["pluperfect-passive", "passive-with-place"],
)
def test_an_official_dismissed_in_the_passive_was_dismissed_by_his_state(
    nlp, text, expected
) -> None:
    assert expected in coded(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "Der russische Oppositionelle wurde am Freitag aus dem Krankenhaus in Moskau entlassen.",
        "Die französische Kolonie wurde 1960 in die Unabhängigkeit entlassen.",
        "In Wolfsburg wurden 300 Mitarbeiter des Konzerns entlassen.",
    ],
    ids=["hospital", "independence", "staff"],
)
def test_let_out_of_hospital_or_into_independence_is_no_dismissal(nlp, text) -> None:
    assert "SANCTION" not in {t for t, _, _ in coded(nlp, text)}
