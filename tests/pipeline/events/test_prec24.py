"""Events where there is none (session 24, issue 13 point 4, branch prec24): an act hoped or
wished for is not told as done, and prices and markets that "give way" concede nothing."""

from __future__ import annotations

import pytest

from tests.pipeline.events.test_types_s15 import coded, types

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    "text",
    [
        "Die Regierung in Dhaka hofft, dass der Papst den Druck auf Myanmar erhöht.",
        "Kiew hofft, dass Deutschland der Ukraine Panzer liefert.",
        "Selenskyj äußerte die Hoffnung, dass die USA weitere Waffen an die Ukraine liefern.",
        "Die Palästinenser hoffen, dass Israel seine Truppen aus dem Gazastreifen abzieht.",
        "Merkel wünscht sich, dass China die Sanktionen gegen Litauen aufhebt.",
        "Die Regierung in Manila hofft, dass Washington die Philippinen unterstützt und "
        "Soldaten entsendet.",
        "Der Minister sagte, er hoffe, dass Russland und die Ukraine bald verhandeln.",
    ],
    ids=["hofft", "liefert", "Hoffnung", "abzieht", "wünscht", "conjunct", "hoffe"],  # fmt: skip
)
def test_an_act_hoped_for_is_no_event(nlp, text) -> None:
    assert coded(nlp, text) == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Israel befürchtet, dass der Iran das Land angreift.", "ACCUSE"),
        ("Die Regierung erklärte, dass die USA der Ukraine Panzer geliefert hätten.", "AID"),
        (
            "Kiew hofft, dass Deutschland Panzer liefert, und forderte Berlin zu raschem "
            "Handeln auf.",
            "REQUEST",
        ),
        (
            "Der Kanzler hofft auf eine Einigung und traf sich am Montag mit Macron in Paris.",
            "CONSULT",
        ),
        (
            "Obwohl die Regierung hoffte, die Proteste würden abflauen, nahm die Polizei in "
            "Teheran Hunderte Demonstranten fest.",
            "COERCE",
        ),
        ("Russland bestätigte, dass seine Truppen die Stadt angegriffen hätten.", "ASSAULT"),
    ],
    ids=["feared", "declared", "hoper-demands", "hoper-meets", "despite-hope", "confirmed"],
)
def test_acts_told_beside_a_hope_keep_their_event(nlp, text, expected) -> None:
    assert expected in types(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "Der Börsenkurs chinesischer Autobauer gab in Hongkong leicht nach.",
        "Dagegen gaben die Kurse von Fluggesellschaften nach, Lufthansa verloren fast drei "
        "Prozent.",
        "Die Aktie von Siemens gab in Frankfurt deutlich nach.",
        "Der russische Rubel gab gegenüber dem Dollar stark nach.",
        "Die Rendite der griechischen Anleihen gab nach.",
        "Der Börsenwert von Gazprom gab um zehn Prozent nach.",
        "Der Ölpreis gab am Montag in London leicht nach.",
    ],
    ids=["Börsenkurs", "Kurse", "Aktie", "Rubel", "Rendite", "Börsenwert", "Ölpreis"],
)
def test_a_price_giving_way_concedes_nothing(nlp, text) -> None:
    assert coded(nlp, text) == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Russland gab in dem Streit mit der Ukraine nach.", "CONCEDE"),
        ("Die Regierung in Belgrad gab schließlich nach.", "CONCEDE"),
        ("Die türkische Regierung gab dem Druck der EU nach.", "CONCEDE"),
        ("Peking gab in der Frage der Zölle nach.", "CONCEDE"),
        ("Die Regierung in Athen werde nicht nachgeben, sagte Tsipras.", "REJECT"),
    ],
    ids=["Russland", "Belgrad", "Druck", "Peking", "nicht-nachgeben"],
)
def test_a_government_giving_way_still_concedes(nlp, text, expected) -> None:
    assert expected in types(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "Im Land ist die Fünfte Flotte der US-Marine stationiert.",
        "Der Oppositionsführer Imran Khan ist seit August in Rawalpindi inhaftiert.",
        "Der Journalist Evan Gershkovich war seit März in Moskau inhaftiert.",
        "In Deutschland sind rund 35.000 US-Soldaten stationiert.",
        "Das Verfahren fand im Gefängnis Adiala statt, in dem Khan seit August inhaftiert ist.",
    ],
    ids=["Flotte", "Khan", "Gershkovich", "US-Soldaten", "relative"],
)
def test_a_stative_passive_of_basing_or_detaining_is_no_event(nlp, text) -> None:
    assert coded(nlp, text) == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Russland hat neue Raketen in Kaliningrad stationiert.", "MOBILIZE"),
        ("Die USA stationieren 3000 Soldaten in Polen.", "MOBILIZE"),
        ("Die Polizei in Islamabad hat Imran Khan inhaftiert.", "COERCE"),
        ("Imran Khan wurde am Dienstag in Islamabad inhaftiert.", "COERCE"),
        ("Die Junta in Niger hat den Präsidenten Bazoum interniert.", "COERCE"),
        (
            "Die russischen Friedenstruppen, die seit 2020 in Bergkarabach stationiert sind, "
            "zogen ab.",
            "RETREAT",
        ),
    ],
    ids=[
        "hat-stationiert",
        "stationieren",
        "hat-inhaftiert",
        "wurde-inhaftiert",
        "hat-interniert",
        "beside-a-state",
    ],  # fmt: skip
)
def test_basing_and_detaining_told_as_acts_keep_their_event(nlp, text, expected) -> None:
    assert expected in types(nlp, text)
