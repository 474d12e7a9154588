"""Session 19 (issue 14): actors in context, by construction. Full-pipeline sentences
written for the tests: the parse and the knowledge base are the point."""

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
            "Baku (dpa) - Aserbaidschan hat eine Offensive begonnen. Armenien protestierte. "
            "In Eriwan versammelten sich Tausende Demonstranten vor dem Parlament.",
            "Demonstranten",
            "ARM",
        ),
        (
            "Moskau (dpa) - Russland hat neue Sanktionen gegen Belarus verhängt. In Minsk "
            "nahm die Polizei am Sonntag Dutzende Menschen fest.",
            "die Polizei",
            "BLR",
        ),
        # The counting word before the noun is of the same clause (parsed as its modifier).
        (
            "Washington (AP) - Die USA und Kanada streiten über Zölle. In Toronto "
            "demonstrierten am Samstag Tausende Menschen.",
            "Menschen",
            "CAN",
        ),
        (
            "Jerusalem (dpa) - Israel und die Türkei streiten weiter. In Ankara protestierten "
            "am Abend Hunderte Studenten.",
            "Hunderte Studenten",
            "TUR",
        ),
        # A state's body (not an office holder) is of the state named as its clause's place.
        (
            "Athen (dpa) - Griechenland und Nordmazedonien einigten sich. Nordmazedonien "
            "jubelt. In Skopje kündigte die Opposition Widerstand an.",
            "die Opposition",
            "MKD",
        ),
        # Control: a city whose state the text never names (Tripoli in Lebanon, by its name
        # the capital of Libya) does not give that state.
        (
            "Beirut (dpa) - Im Libanon eskaliert die Gewalt. In Tripoli lieferten sich "
            "Bewaffnete Gefechte.",
            "Bewaffnete",
            "LBN",
        ),
        # Control: an office holder takes no state from the place he acts in.
        (
            "Banjul (dpa) - Gambia hat gewählt, Senegal gratulierte. In Dakar wurde der "
            "Präsident vereidigt.",
            "der Präsident",
            "GMB",
        ),
    ],
)
def test_a_city_as_the_place_of_a_clause_gives_its_local_actors_the_city_state(
    nlp, text, words, code
):
    assert codes_of(nlp, text, words) == [code]


@pytest.mark.parametrize(
    ("text", "words", "codes"),
    [
        (
            "Moskau (dpa) - Russland und die Ukraine haben Gefangene ausgetauscht. Die Türkei "
            "vermittelte. Die beiden Kriegsparteien werfen sich gegenseitig Verstöße vor.",
            "beiden Kriegsparteien",
            ["RUS", "UKR"],
        ),
        (
            "Islamabad (dpa) - Indien und Pakistan streiten um Kaschmir. Die USA riefen beide "
            "Atommächte zur Zurückhaltung auf.",
            "beide Atommächte",
            ["IND", "PAK"],
        ),
        (
            "Riad (dpa) - Saudi-Arabien und der Iran nehmen wieder Beziehungen auf. China "
            "hatte vermittelt. Die beiden Rivalen wollen Botschaften eröffnen.",
            "Die beiden Rivalen",
            ["IRN", "SAU"],
        ),
        (
            "Tokio (dpa) - Japan und Südkorea streiten um Inseln. Die USA riefen ihre beiden "
            "Verbündeten zum Dialog auf.",
            "beiden Verbündeten",
            ["JPN", "KOR"],
        ),
    ],
)
def test_both_with_a_noun_of_conflict_power_or_relation_sums_up_two_states(nlp, text, words, codes):
    assert codes_of(nlp, text, words) == codes


@pytest.mark.parametrize(
    ("text", "words", "codes"),
    [
        (
            "Naypyidaw (dpa) - In Myanmar kämpfen Rebellen gegen die Armee. Die Vereinten "
            "Nationen riefen alle Seiten zur Zurückhaltung auf.",
            "alle Seiten",
            ["MMR"],
        ),
        (
            "Madrid (dpa) - Die Regierung in Madrid und die Regionalregierung in Barcelona "
            "streiten. Die EU-Kommission forderte alle Seiten zum Dialog auf.",
            "alle Seiten",
            ["ESP"],
        ),
        (
            "Kabul (dpa) - Nach der Wahl in Afghanistan sprach ein Beobachter von Betrug auf "
            "allen Seiten.",
            "allen Seiten",
            ["AFG"],
        ),
        # Control: the story's own government calling on all sides calls on its opponents.
        (
            "Almaty (dpa) - In Kasachstan eskalieren die Proteste. Die Regierung rief alle "
            "Seiten zur Ruhe auf.",
            "alle Seiten",
            [],
        ),
    ],
)
def test_all_sides_are_the_story_state_when_an_outsider_calls_on_them(nlp, text, words, codes):
    assert codes_of(nlp, text, words) == codes


@pytest.mark.parametrize(
    ("text", "words", "codes"),
    [
        (
            "Nairobi (dpa) - In Kenia sind Tausende Demonstranten gegen Steuererhöhungen auf "
            "die Straße gegangen. Die Polizei schoss mit scharfer Munition in die Menge.",
            "die Menge",
            ["KEN"],
        ),
        (
            "Eriwan (dpa) - Hunderte Demonstranten zogen vor das Parlament. Der "
            "Parlamentspräsident wurde von einer wütenden Menge aus seinem Auto gezerrt.",
            "einer wütenden Menge",
            ["ARM"],
        ),
        (
            "Niamey (dpa) - Mehrere tausend Anhänger der Junta versammelten sich vor der "
            "Botschaft. Soldaten trieben die Menge mit Tränengas auseinander.",
            "die Menge",
            ["NER"],
        ),
        # Controls: an amount, and "die Menge" with no crowd told of before.
        (
            "Berlin (dpa) - Demonstranten fordern Klimaschutz. Die Regierung will die Menge "
            "an Gas aus Russland senken.",
            "die Menge",
            [],
        ),
        (
            "Berlin (dpa) - Die Regierung will weniger Gas kaufen. Die Menge sei zu groß, "
            "sagte der Minister.",
            "Die Menge",
            [],
        ),
    ],
)
def test_the_crowd_is_the_protesters_told_of_before(nlp, text, words, codes):
    assert codes_of(nlp, text, words) == codes


@pytest.mark.parametrize(
    ("text", "words", "code"),
    [
        (
            "Lima (dpa) - Perus Präsidentin Dina Boluarte will Neuwahlen. Der Kongress "
            "lehnte den Vorschlag ab.",
            "Kongress",
            "PER",
        ),
        (
            "Brasília (dpa) - Anhänger Bolsonaros sind in den Kongress eingedrungen.",
            "Kongress",
            "BRA",
        ),
        (
            "Bogotá (dpa) - Kolumbiens Regierung hat ein Friedensabkommen geschlossen. Der "
            "Kongress muss es noch billigen.",
            "Kongress",
            "COL",
        ),
        # Control: in a story about the USA the Congress stays theirs.
        (
            "Washington (AP) - Präsident Joe Biden hat den Haushalt vorgelegt. Der Kongress "
            "muss zustimmen.",
            "Kongress",
            "USA",
        ),
    ],
)
def test_the_congress_is_that_of_the_congress_state_leading_the_story(nlp, text, words, code):
    assert codes_of(nlp, text, words) == [code]
