"""Session 17 (issue 14): the Union's bodies and agencies act as the EU, and two capitals
after ``zwischen`` are the two sides of a relation. Full-pipeline sentences: the knowledge
base and the parse are the point."""

from __future__ import annotations

import pytest

from tests.pipeline.actors.test_actors16 import codes_of as actors16_codes_of


def codes_of(nlp, text: str, words: str, date: str = "2024-03-12") -> list[str]:
    """Codes of the mentions whose text is ``words`` (sorted; empty when there is none)."""
    return actors16_codes_of(nlp, text, words, date)


@pytest.mark.parametrize(
    ("text", "words"),
    [
        (
            "Luxemburg (dpa) - Die Europäische Investitionsbank sagte Moldau einen Kredit "
            "über 200 Millionen Euro zu.",
            "Europäische Investitionsbank",
        ),
        (
            "Brüssel (dpa) - Der Europäische Rechnungshof rügte die Vergabe der Hilfsgelder.",
            "Europäische Rechnungshof",
        ),
        (
            "Amsterdam (dpa) - Die Europäische Arzneimittel-Agentur empfahl die Zulassung "
            "des Mittels.",
            "Europäische Arzneimittel-Agentur",
        ),
        (
            "Rom (dpa) - Die Europäische Staatsanwaltschaft ermittelt gegen zwei Beamte.",
            "Europäische Staatsanwaltschaft",
        ),
    ],
)
def test_a_body_or_agency_of_the_union_acts_as_the_eu(nlp, text, words):
    assert codes_of(nlp, text, words) == ["EU"]


@pytest.mark.parametrize(
    ("text", "words", "codes"),
    [
        (
            "Ankara (dpa) - Erdogan bot erneut an, zwischen Moskau und Kiew zu vermitteln.",
            "Moskau",
            ["RUS"],
        ),
        (
            "Brüssel (dpa) - Die Gespräche zwischen Belgrad und Pristina stocken seit Monaten.",
            "Belgrad",
            ["SRB"],
        ),
        # A route names a city that is no capital: both stay places (as before).
        (
            "Berlin (dpa) - Die Bahn baut die Strecke zwischen Berlin und Potsdam aus.",
            "Berlin",
            [],
        ),
        # A capital after another preposition stays a place (as before).
        ("Kiew (dpa) - Der Präsident reiste in Moskau und Kiew.", "Moskau", []),
    ],
)
def test_two_capitals_after_zwischen_are_the_sides_of_a_relation(nlp, text, words, codes):
    assert codes_of(nlp, text, words) == codes


@pytest.mark.parametrize(
    ("text", "words", "codes"),
    [
        (
            "Jakarta (dpa) - Indonesien hat den Vorsitz des südostasiatischen Staatenbundes "
            "Asean übernommen.",
            "des südostasiatischen Staatenbundes",
            ["ASEAN"],
        ),
        (
            "Nairobi (dpa) - Die Hilfsorganisation Oxfam warnte vor einer Hungersnot.",
            "Die Hilfsorganisation",
            ["OXFAM"],
        ),
        # A body before a state's name is that state's (as before).
        (
            "Nairobi (dpa) - Die Regierung Kenias wies die Vorwürfe zurück.",
            "Die Regierung Kenias",
            ["KEN"],
        ),
    ],
)
def test_a_noun_before_an_organisations_name_is_that_organisation(nlp, text, words, codes):
    assert codes_of(nlp, text, words) == codes


@pytest.mark.parametrize(
    ("text", "words", "code"),
    [
        (
            "Suva (dpa) - Das Pazifische Inselforum forderte mehr Geld für den Klimaschutz.",
            "Pazifische Inselforum",
            "PIF",
        ),
        (
            "Port-au-Prince (dpa) - Die Karibische Gemeinschaft schickte Wahlbeobachter.",
            "Karibische Gemeinschaft",
            "CARICOM",
        ),
        (
            "Libreville (dpa) - Die Wirtschaftsgemeinschaft Zentralafrikanischer Staaten "
            "setzte Gabuns Mitgliedschaft aus.",
            "Wirtschaftsgemeinschaft Zentralafrikanischer Staaten",
            "ECCAS",
        ),
    ],
)
def test_a_regional_organisation_with_un_observer_status_is_known(nlp, text, words, code):
    assert codes_of(nlp, text, words) == [code]
