"""Session 21 (issue 14): actors of unseen news by class — a UN court with a name of its
own, German relief agencies, the European partners. Full-pipeline sentences written for the
tests: the parse and the knowledge base are the point."""

from __future__ import annotations

import pytest

from tests.pipeline.actors.test_actors16 import codes_of as actors16_codes_of


def codes_of(nlp, text: str, words: str, date: str = "2023-11-14") -> list[str]:
    """Codes of the mentions whose text is ``words`` (sorted; empty when there is none)."""
    return actors16_codes_of(nlp, text, words, date)


# The International Court of Justice is coded by its own name, as the ICC is, not as "the
# UN" whose principal organ it is; "das Gericht" after it is the court too. The Security
# Council stays the UN.
@pytest.mark.parametrize(
    ("text", "words", "code"),
    [
        (
            "Den Haag (dpa) - Der Internationale Gerichtshof hat Kolumbien im Grenzstreit mit "
            "Nicaragua recht gegeben.",
            "Internationale Gerichtshof",
            "ICJ",
        ),
        (
            "Die Ukraine hat vor dem IGH Klage gegen Russland eingereicht.",
            "IGH",
            "ICJ",
        ),
        (
            "Gambia hat Myanmar vor dem Internationalen Gerichtshof verklagt. Das Gericht "
            "forderte Myanmar auf, die Rohingya zu schützen.",
            "Das Gericht",
            "ICJ",
        ),
        (
            "Der UN-Sicherheitsrat forderte Israel zu einer Waffenruhe auf.",
            "UN-Sicherheitsrat",
            "UN",
        ),
    ],
)
def test_the_world_court_is_its_own_body(nlp, text: str, words: str, code: str) -> None:
    assert codes_of(nlp, text, words) == [code]


# German relief agencies are national NGOs, coded with their state: "die Caritas" in German
# news is the Deutscher Caritasverband (Caritas international its relief arm).
@pytest.mark.parametrize(
    ("text", "words"),
    [
        (
            "Die Hilfsorganisation Brot für die Welt forderte die Regierung in Khartum auf, "
            "Helfer ins Land zu lassen.",
            "Brot für die Welt",
        ),
        (
            "Die Diakonie Katastrophenhilfe kritisierte die Blockade der Hilfslieferungen.",
            "Diakonie Katastrophenhilfe",
        ),
        (
            "Auch die Caritas verurteilte die Angriffe auf Krankenhäuser im Gazastreifen.",
            "Caritas",
        ),
        (
            "Caritas international rief Israel auf, mehr Lastwagen passieren zu lassen.",
            "Caritas",
        ),
        (
            "Misereor warf der Regierung in Manila vor, Umweltschützer zu verfolgen.",
            "Misereor",
        ),
    ],
)
def test_german_relief_agencies_are_german(nlp, text: str, words: str) -> None:
    assert codes_of(nlp, text, words) == ["DEU"]


# "die europäischen Partner", "den Europäern": the states of the European Union acting
# together are the EU, with a definite or possessive determiner; a number or a quantifier
# names some of them, which are coded one by one.
@pytest.mark.parametrize(
    ("text", "words"),
    [
        (
            "Paris (dpa) - Frankreich will sich mit seinen europäischen Partnern auf eine "
            "Antwort auf die US-Zölle verständigen.",
            "seinen europäischen Partnern",
        ),
        (
            "Die europäischen Staaten forderten Teheran auf, die Urananreicherung zu stoppen.",
            "Die europäischen Staaten",
        ),
        (
            "Der türkische Präsident drohte den Europäern mit der Öffnung der Grenzen.",
            "den Europäern",
        ),
        (
            "Kiew (dpa) - Die Ukraine bittet die anderen europäischen Regierungen um mehr "
            "Flugabwehr.",
            "die anderen europäischen Regierungen",
        ),
    ],
)
def test_the_european_partners_are_the_union(nlp, text: str, words: str) -> None:
    assert codes_of(nlp, text, words) == ["EU"]


@pytest.mark.parametrize(
    ("text", "words"),
    [
        (
            "Die drei europäischen Staaten kritisierten den Iran scharf.",
            "Die drei europäischen Staaten",
        ),
        (
            "Einige europäische Staaten lehnten den Plan der Kommission ab.",
            "Einige europäische Staaten",
        ),
        (
            "Die europäischen Staaten der Nato wollen mehr für ihre Verteidigung ausgeben.",
            "Die europäischen Staaten",
        ),
    ],
)
def test_some_european_states_are_not_the_union(nlp, text: str, words: str) -> None:
    assert "EU" not in codes_of(nlp, text, words)


# "der Senat" is the upper chamber of the state leading the story, in every state whose upper
# chamber German calls so, as "der Kongress" is; never a city's government (Berliner Senat).
@pytest.mark.parametrize(
    ("text", "code"),
    [
        (
            "Port-au-Prince (dpa) - Der Senat hat den Präsidenten Haitis zum Rücktritt "
            "aufgefordert.",
            "HTI",
        ),
        ("Rom (dpa) - Der Senat hat das Gesetz der Regierung Meloni abgelehnt.", "ITA"),
        ("Brasília (dpa) - Der Senat stimmte für die Absetzung der Präsidentin Brasiliens.", "BRA"),
    ],
)
def test_the_senate_of_the_story_state(nlp, text: str, code: str) -> None:
    assert codes_of(nlp, text, "Senat") == [code]


def test_a_city_senate_is_no_state_chamber(nlp) -> None:
    text = (
        "Berlin (dpa) - Der Senat hat die Mietpreisbremse verlängert. Frankreich plant Ähnliches."
    )
    assert codes_of(nlp, text, "Senat") == []


# Austria and Switzerland name their offices "Bundes…" as Germany does: in a story datelined
# there, a federal office word without a state is theirs; elsewhere it stays Germany's.
@pytest.mark.parametrize(
    ("text", "words", "code"),
    [
        (
            "Wien (APA) - Der Bundespräsident hat am Montag die neue Regierung angelobt.",
            "Der Bundespräsident",
            "AUT",
        ),
        (
            "Wien (dpa) - Die Opposition warf dem Bundeskanzler Untätigkeit vor.",
            "dem Bundeskanzler",
            "AUT",
        ),
        (
            "Bern (dpa) - Der Bundespräsident lehnte die Forderungen der EU ab.",
            "Der Bundespräsident",
            "CHE",
        ),
        (
            "Berlin (dpa) - Der Bundespräsident hat Österreich besucht.",
            "Der Bundespräsident",
            "DEU",
        ),
    ],
)
def test_a_federal_office_of_the_dateline_federation(nlp, text, words, code) -> None:
    assert codes_of(nlp, text, words) == [code]
