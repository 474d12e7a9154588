"""What a demand asks for is its content, not an act of its own (session 21, issue 13,
branch prec21)."""

from __future__ import annotations

import pytest

from tests.pipeline.events.test_types_s15 import types

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "Zugleich verlangt der Sicherheitsrat, dass Teheran auf weitere Raketentests "
            "verzichtet und an den Verhandlungstisch zurückkehrt.",
            "CONCEDE",
        ),
        ("Zudem forderte der Rat, dass Damaskus die Gefangenen freilässt.", "RETREAT"),
        (
            "Außerdem fordern die Grünen, dass die Regierung in Ankara die Journalisten freilässt.",
            "RETREAT",
        ),
    ],
    ids=["on-the-subject", "adverbial", "as-relative-clause"],
)
def test_a_dass_clause_hung_anywhere_is_the_demands_content(nlp, text, content) -> None:
    assert content not in types(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "UN-Generalsekretär Guterres forderte Äthiopien auf, seine Soldaten aus Tigray "
        "abzuziehen und die Angriffe einzustellen.",
    ],
    ids=["abzuziehen"],
)
def test_a_particle_verbs_zu_infinitive_is_the_demands_content(nlp, text) -> None:
    found = types(nlp, text)
    assert "REQUEST" in found
    assert "RETREAT" not in found


@pytest.mark.parametrize(
    "text",
    [
        "Präsident Arce befahl dem General, die Soldaten abzuziehen.",
        "Putin befahl der Armee, die Truppen aus Cherson abzuziehen.",
    ],
    ids=["Arce", "Putin"],
)
def test_an_ordered_withdrawal_by_zu_infinitive_is_the_withdrawal(nlp, text) -> None:
    assert "RETREAT" in types(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "Der ehemalige Präsident müsse sofort zurücktreten, sagte Oppositionsführerin "
        "Tichanowskaja.",
        "Präsident Toqajew müsse ohne Bedingungen zurücktreten, sagte Oppositionsführer Ablyasow.",
        "Die Regierung in Bischkek müsse alle Gefangenen freilassen, sagte Präsidentin Otunbajewa.",
    ],
    ids=["Tichanowskaja", "Ablyasow", "Otunbajewa"],
)
def test_what_a_speaker_says_a_compatriot_must_do_did_not_happen(nlp, text) -> None:
    assert "RETREAT" not in types(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "Das Oberste Gericht Kenias erklärte die Präsidentenwahl für ungültig.",
        "Das Verfassungsgericht in Kiew hat das Gesetz für verfassungswidrig erklärt.",
        "Die Regierung in Bamako erklärte das Abkommen mit Frankreich für null und nichtig.",
    ],
    ids=["Wahl-ungültig", "Gesetz-verfassungswidrig", "Abkommen-nichtig"],
)
def test_a_thing_declared_void_is_rejected_not_punished(nlp, text) -> None:
    found = types(nlp, text)
    assert "REJECT" in found
    assert "SANCTION" not in found


def test_a_person_declared_guilty_stays_convicted(nlp) -> None:
    assert "SANCTION" in types(nlp, "Ein Gericht in Moskau erklärte den Journalisten für schuldig.")


@pytest.mark.parametrize(
    ("text", "act"),
    [
        ("Washington plant nicht, Truppen nach Haiti zu entsenden.", "MOBILIZE"),
        (
            "Die Regierung in Paris beabsichtigt nicht, den russischen Botschafter auszuweisen.",
            "SANCTION",
        ),
        ("Die Bundesregierung erwägt nicht, Sanktionen gegen China zu verhängen.", "SANCTION"),
    ],
    ids=["plant-nicht", "beabsichtigt-nicht", "erwägt-nicht"],
)
def test_a_plan_denied_announces_no_act(nlp, text, act) -> None:
    assert act not in types(nlp, text)


def test_a_plan_stays_an_announced_act(nlp) -> None:
    assert "MOBILIZE" in types(nlp, "Washington plant, Truppen nach Haiti zu entsenden.")
