"""Events of the wrong type (session 22, issue 13, branch prec22): a crowd's storming or
arson is a riot, support given in money is aid."""

from __future__ import annotations

import pytest

from tests.pipeline.events.test_types_s15 import coded, types

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    "text",
    [
        "Demonstranten stürmten in Bagdad die schwedische Botschaft.",
        "Hunderte Protestierende haben in Lima den Regierungspalast gestürmt.",
        "Eine wütende Menge attackierte die Polizeiwache in Dhaka.",
        "In Nairobi griffen aufgebrachte Demonstranten das Parlament an.",
        "Protestierende hatten in Tiflis das Rathaus in Brand gesetzt.",
    ],
    ids=["stürmten", "gestürmt", "Menge", "griffen-an", "in-Brand"],
)
def test_a_crowds_storming_or_arson_is_a_riot(nlp, text) -> None:
    found = types(nlp, text)
    assert "PROTEST" in found
    assert "ASSAULT" not in found


@pytest.mark.parametrize(
    "text",
    [
        "Soldaten stürmten das Parlamentsgebäude in Niamey.",
        "Die Polizei griff die Demonstranten in Minsk an.",
        "In Kairo griffen Soldaten die Menge mit Schlagstöcken an.",
        "Kämpfer der Hamas griffen einen israelischen Grenzposten an.",
    ],
    ids=["soldiers", "police-on-crowd", "soldiers-on-crowd", "fighters"],
)
def test_force_by_armed_or_organised_actors_stays_an_assault(nlp, text) -> None:
    found = types(nlp, text)
    assert "ASSAULT" in found
    assert "PROTEST" not in found


@pytest.mark.parametrize(
    ("text", "recipient"),
    [
        ("Japan unterstützt die Ukraine mit einem Darlehen in Milliardenhöhe.", "UKR"),
        ("Die EU hatte Griechenland mit Milliardenbeträgen unterstützt.", "GRC"),
        ("Kanada unterstützte Jordanien mit Zuschüssen für die Flüchtlingslager.", "JOR"),
        ("Norwegen unterstützt die Palästinenser mit Spenden.", "PSE"),
    ],
    ids=["Darlehen", "Milliardenbeträge", "Zuschüsse", "Spenden"],
)
def test_support_given_in_money_is_aid(nlp, text, recipient) -> None:
    found = coded(nlp, text)
    assert any(t == "AID" and recipient in r for t, _, r in found)
    assert not any(t == "SUPPORT" for t, _, _ in found)


@pytest.mark.parametrize(
    "text",
    ["Frankreich unterstützt den Plan der EU-Kommission.", "Polen unterstützt die Ukraine."],
    ids=["a-plan", "a-state"],
)
def test_support_without_money_stays_support(nlp, text) -> None:
    assert "SUPPORT" in types(nlp, text)


@pytest.mark.parametrize(
    ("text", "ending", "ended"),
    [
        ("Ägypten und Katar haben ihren Boykott gegen Israel beendet.", "RETREAT", "PROTEST"),
        ("Die USA heben ihre Sanktionen gegen Venezuela auf.", "RETREAT", "SANCTION"),
        ("Die Regierung in Bangkok hob die Ausgangssperre auf.", "CONCEDE", "COERCE"),
    ],
    ids=["Boykott-beendet", "Sanktionen-aufgehoben", "Ausgangssperre-aufgehoben"],
)
def test_the_act_a_retreat_ends_is_not_told_as_done(nlp, text, ending, ended) -> None:
    found = types(nlp, text)
    assert ending in found
    assert ended not in found


@pytest.mark.parametrize(
    ("text", "act"),
    [("Die Regierung in Bangkok verhängte eine Ausgangssperre.", "COERCE")],
    ids=["Ausgangssperre-verhängt"],
)
def test_an_act_imposed_is_still_told_as_done(nlp, text, act) -> None:
    assert act in types(nlp, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Saudi-Arabien verhängte einen Boykott gegen Katar.", "SANCTION"),
        ("Chinesische Verbraucher riefen zu einem Boykott japanischer Waren auf.", "REQUEST"),
    ],
    ids=["by-a-state", "called-for"],
)
def test_a_states_boycott_is_a_sanction(nlp, text, expected) -> None:
    found = types(nlp, text)
    assert expected in found
    assert "PROTEST" not in found or expected != "SANCTION"
