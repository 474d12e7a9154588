"""Session 20 (issue 14): actors in context, by construction. Full-pipeline sentences
written for the tests: the parse and the knowledge base are the point."""

from __future__ import annotations

import pytest

from tests.pipeline.actors.test_actors16 import codes_of as actors16_codes_of


def codes_of(nlp, text: str, words: str, date: str = "2019-05-20") -> list[str]:
    """Codes of the mentions whose text is ``words`` (sorted; empty when there is none)."""
    return actors16_codes_of(nlp, text, words, date)


# A person named in full is named by the surname alone from then on, also when the surname
# is a German word the recogniser does not take for a name.
@pytest.mark.parametrize(
    ("text", "words", "code"),
    [
        (
            "Wien (dpa) - Bundeskanzler Sebastian Kurz hat Neuwahlen angekündigt. Der "
            "Bundespräsident hatte Kurz am Vormittag empfangen.",
            "Kurz",
            "AUT",
        ),
        (
            "Düsseldorf (dpa) - Die SPD-Politikerin Hannelore Kraft hat die Wahl gewonnen. "
            "Die Regierung Kraft will die Studiengebühren abschaffen.",
            "Kraft",
            "DEU",
        ),
    ],
)
def test_bare_surname_after_full_name(nlp, text: str, words: str, code: str) -> None:
    assert codes_of(nlp, text, words) == [code]


def test_sentence_opening_word_is_no_surname(nlp) -> None:
    """``Kurz danach`` opens a sentence as the adverb, whoever was named before."""
    text = (
        "Wien (dpa) - Bundeskanzler Sebastian Kurz hat Neuwahlen angekündigt. Kurz danach "
        "trat der Vizekanzler zurück."
    )
    analysis_codes = codes_of(nlp, text, "Kurz")
    assert analysis_codes == []


# "in X lebend/ansässig": the place of a participle of residing says where someone lives,
# not whose he is; the person takes the story's state (or his own adjective).
@pytest.mark.parametrize(
    ("text", "words", "code"),
    [
        (
            "Kairo (dpa) - Ägypten hat einen in Katar lebenden Prediger zu lebenslanger Haft "
            "verurteilt. Der Prediger habe zur Gewalt aufgerufen.",
            "einen in Katar lebenden Prediger",
            "EGY",
        ),
        (
            "Bischkek (dpa) - Kirgistans Regierung hat den in Moskau lebenden "
            "Oppositionsführer Temir Sariyev zur Fahndung ausgeschrieben.",
            "den in Moskau lebenden Oppositionsführer Temir Sariyev",
            "KGZ",
        ),
    ],
)
def test_place_of_residence_is_not_the_state(nlp, text: str, words: str, code: str) -> None:
    assert codes_of(nlp, text, words) == [code]


# Two or three foreign name words after a person's title that the recogniser missed (tagged
# as nouns) are that person's name, and the surname later is that person.
@pytest.mark.parametrize(
    ("text", "words", "code"),
    [
        (
            "Addis Abeba (dpa) - Äthiopien und die Rebellen einigten sich. Der "
            "Chefunterhändler, Getachew Reda, dankte der AU für ihre Vermittlung.",
            "Getachew Reda",
            "ETH",
        ),
        (
            "Ankara (dpa) - Die Regierung beschuldigt den Prediger Fethullah Gülen, den "
            "Aufstand geplant zu haben.",
            "den Prediger Fethullah Gülen",
            "TUR",
        ),
    ],
)
def test_unrecognised_name_after_title(nlp, text: str, words: str, code: str) -> None:
    assert codes_of(nlp, text, words) == [code]


def test_german_nouns_after_title_are_no_name(nlp) -> None:
    """``Präsident Regierung …`` is no name: German nouns stop the name."""
    text = "Paris (dpa) - Der Präsident hat der Regierung Fehler vorgeworfen."
    assert codes_of(nlp, text, "Regierung Fehler") == []


# The seat of a government or parliament stands for it, as ``Regierungsgebäude`` did:
# stormed, occupied, the place protesters gather before.
@pytest.mark.parametrize(
    ("text", "words", "code"),
    [
        (
            "Kathmandu (dpa) - Demonstranten haben das Parlamentsgebäude in Brand gesetzt.",
            "das Parlamentsgebäude",
            "NPL",
        ),
        (
            "Colombo (dpa) - Tausende Menschen versammelten sich vor dem Präsidentenpalast "
            "und forderten Neuwahlen.",
            "dem Präsidentenpalast",
            "LKA",
        ),
        (
            "La Paz (dpa) - Meuternde Soldaten haben am Mittwoch den Regierungssitz umstellt.",
            "den Regierungssitz",
            "BOL",
        ),
    ],
)
def test_seat_of_government_stands_for_it(nlp, text: str, words: str, code: str) -> None:
    assert codes_of(nlp, text, words) == [code]
