"""Session 25 (issue 14): actors of unseen news — a name in apposition to a noun takes the
noun's gender for a later pronoun, and an act noun alone takes up the lead's act.
Full-pipeline sentences written for the tests (the parse and the knowledge base are the
point)."""

from __future__ import annotations

import pytest

from tests.pipeline.actors.test_actors16 import codes_of as actors16_codes_of


def codes_of(nlp, text: str, words: str, date: str = "2023-07-20") -> list[str]:
    """Codes of the mentions whose text is ``words`` (sorted; empty when there is none)."""
    return actors16_codes_of(nlp, text, words, date)


# A name in apposition to a noun ("die Staatengemeinschaft Ecowas", "die Schwester …,
# Kim Yo-jong,"): the noun is no rival antecedent of its own, and its gender is the one a
# later "sie" agrees with.
@pytest.mark.parametrize(
    ("text", "code"),
    [
        (
            "Ouagadougou (AFP) - Die westafrikanische Staatengemeinschaft Ecowas verurteilte "
            "die Machtübernahme als «unangemessen». Sie verlangte, dass die Militärs an dem "
            "vereinbarten Zeitplan festhalten.",
            "ECOWAS",
        ),
        (
            "Addis Abeba (AFP) - Die Regionalorganisation Igad hat die Kämpfe im Sudan "
            "verurteilt. Sie rief beide Seiten zu einer sofortigen Waffenruhe auf.",
            "IGAD",
        ),
        (
            "Seoul (dpa) - Die einflussreiche Schwester von Machthaber Kim Jong-un, Kim "
            "Yo-jong, hatte am Samstag angekündigt, man werde das Büro bald zusammenbrechen "
            "sehen. Sie hatte Südkorea zudem mit militärischen Schritten gedroht.",
            "PRK",
        ),
        (
            "Washington (AFP) - Die Ehefrau des Präsidenten, Jill Biden, hat die Ukraine "
            "besucht. Sie traf in Kiew mit Olena Selenska zusammen.",
            "USA",
        ),
    ],
)
def test_pronoun_finds_name_in_apposition_to_a_noun(nlp, text, code):
    assert codes_of(nlp, text, "Sie") == [code]


# Controls: a noun of another gender before the name ("Der Konzern Airbus … Sie", "Das
# Regionalbündnis Ecowas … Sie") gives the name its gender: "sie" is someone else.
@pytest.mark.parametrize(
    "text",
    [
        "Paris (AFP) - Der Konzern Airbus hat Russland kritisiert. Sie forderte die Rückgabe "
        "der Flugzeuge.",
        "Abuja (AFP) - Das Regionalbündnis Ecowas hat Niger mit einer Intervention gedroht. "
        "Sie forderte die Freilassung von Präsident Bazoum.",
    ],
)
def test_pronoun_not_linked_across_a_disagreeing_noun(nlp, text):
    assert codes_of(nlp, text, "Sie") == []
