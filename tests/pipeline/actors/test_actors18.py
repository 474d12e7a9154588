"""Session 18 (issue 14): the dateline's first place is the story's home, and a body that
a state judges is not that state's. Full-pipeline sentences written for the tests: the
parse and the knowledge base are the point."""

from __future__ import annotations

import pytest

from tests.pipeline.actors.test_actors16 import codes_of as actors16_codes_of


def codes_of(nlp, text: str, words: str, date: str = "2024-03-12") -> list[str]:
    """Codes of the mentions whose text is ``words`` (sorted; empty when there is none)."""
    return actors16_codes_of(nlp, text, words, date)


@pytest.mark.parametrize(
    ("text", "words", "code"),
    [
        (
            "Tiflis/Moskau (dpa) - Russische Soldaten haben Stellungen nahe der Grenze bezogen. "
            "Tausende Demonstranten zogen durch die Innenstadt.",
            "Tausende Demonstranten",
            "GEO",
        ),
        (
            "Manila/Peking (AFP) - Ein chinesisches Schiff hat ein Boot gerammt. Peking wies "
            "die Vorwürfe zurück. Die Küstenwache veröffentlichte ein Video.",
            "Die Küstenwache",
            "PHL",
        ),
        (
            "Almaty/Moskau (dpa) - Russische Fallschirmjäger sind in Kasachstan gelandet. "
            "Randalierer steckten ein Rathaus in Brand.",
            "Randalierer",
            "KAZ",
        ),
        # Control: one place, the story's home as before.
        (
            "Stockholm (dpa) - Hunderte Menschen haben vor der irakischen Botschaft "
            "protestiert. Die Polizei setzte Tränengas ein.",
            "Die Polizei",
            "SWE",
        ),
    ],
)
def test_the_first_place_of_a_dateline_is_the_story_home(nlp, text, words, code):
    assert codes_of(nlp, text, words) == [code]


@pytest.mark.parametrize(
    ("text", "words", "code"),
    [
        (
            "Tripolis (dpa) - Frankreich forderte die Milizen zur Zurückhaltung auf.",
            "die Milizen",
            "LBY",
        ),
        (
            "Caracas (dpa) - Spanien kritisierte die Festnahme der Oppositionspolitiker scharf.",
            "der Oppositionspolitiker",
            "VEN",
        ),
        (
            "Teheran (AFP) - Frankreich verurteilte den Umgang der Polizei mit den Demonstranten.",
            "der Polizei",
            "IRN",
        ),
        # The parser labels both noun phrases subjects: the state before the verb is the one.
        (
            "Khartum (dpa) - Großbritannien warf den Soldaten schwere "
            "Menschenrechtsverletzungen vor.",
            "den Soldaten",
            "SDN",
        ),
        # Control: soldiers a state plans to send are its own.
        (
            "Rom (dpa) - Großbritannien plant, Soldaten nach Estland zu senden.",
            "Soldaten",
            "GBR",
        ),
    ],
)
def test_a_body_a_state_accuses_or_calls_on_is_not_that_state_s(nlp, text, words, code):
    assert codes_of(nlp, text, words) == [code]


@pytest.mark.parametrize(
    ("text", "words", "code"),
    [
        ("Kabul (dpa) - Der Brite John Miller wurde entführt.", "John Miller", "GBR"),
        (
            "Kabul (dpa) - Die US-Amerikanerin Jane Rowley wurde freigelassen.",
            "Jane Rowley",
            "USA",
        ),
        ("Moskau (dpa) - Der Amerikaner Paul Whelan sitzt in Haft.", "Paul Whelan", "USA"),
        ("Teheran (dpa) - Die Schwedin Anna Berg wurde verurteilt.", "Anna Berg", "SWE"),
        (
            "Peking (dpa) - Das Gericht verurteilte den Kanadier Michael Kovrig.",
            "Michael Kovrig",
            "CAN",
        ),
        # Control: a person named without a demonym takes the story's state, as before.
        (
            "Kabul (dpa) - Der Helfer John Miller wurde entführt.",
            "Der Helfer John Miller",
            "AFG",
        ),
    ],
)
def test_a_demonym_before_a_name_gives_the_person_its_state(nlp, text, words, code):
    assert codes_of(nlp, text, words) == [code]


@pytest.mark.parametrize(
    ("text", "words", "codes"),
    [
        (
            "Seoul (dpa) - Nordkorea hat eine Insel beschossen. In Seoul hieß es, die Armee "
            "habe lediglich ein Manöver abgehalten.",
            "Seoul",
            ["KOR"],
        ),
        (
            "Berlin (dpa) - China hat Sanktionen verhängt. In Peking verlautete, man reagiere "
            "auf Provokationen.",
            "Peking",
            ["CHN"],
        ),
        (
            "Berlin (dpa) - Die Ukraine meldet Angriffe. Dagegen hieß es in Moskau, die "
            "Angriffe gingen weiter.",
            "Moskau",
            ["RUS"],
        ),
        # Control: a capital after "in" elsewhere is a place, no actor.
        ("Berlin (dpa) - In Paris regnete es am Montag.", "Paris", []),
    ],
)
def test_a_capital_an_impersonal_report_comes_from_is_its_government(nlp, text, words, codes):
    assert codes_of(nlp, text, words) == codes
