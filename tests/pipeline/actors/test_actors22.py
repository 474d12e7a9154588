"""Session 22 (issue 14): actors of unseen news by class — the goal of a movement is not
where a story happens, a form of government names its state. Full-pipeline sentences
written for the tests (the parse and the knowledge base are the point), and hand-made
parses for the grammar helper."""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc

from lagebild.german.words import is_goal
from tests.pipeline.actors.test_actors16 import codes_of as actors16_codes_of


def codes_of(nlp, text: str, words: str, date: str = "2023-07-20") -> list[str]:
    """Codes of the mentions whose text is ``words`` (sorted; empty when there is none)."""
    return actors16_codes_of(nlp, text, words, date)


# Where a movement goes ("in die maledivische Hauptstadt Malé geflogen", "nach Paris
# gereist") is not where the story happens: the police and protesters of a story datelined
# Colombo stay Sri Lanka's when its president flies to the Maldives.
@pytest.mark.parametrize(
    ("text", "words", "code"),
    [
        (
            "Colombo (AFP) - Der Präsident ist in die maledivische Hauptstadt Malé geflogen. "
            "In Colombo protestierten Tausende Demonstranten. Die Polizei setzte Tränengas ein.",
            "Die Polizei",
            "LKA",
        ),
        (
            "Bamako (AFP) - Der Übergangspräsident ist nach Paris gereist, dann in die "
            "französische Hafenstadt Marseille. Die Polizei löste eine Kundgebung auf.",
            "Die Polizei",
            "MLI",
        ),
        # A place after "in" with the dative is where it happens: the setting as before.
        (
            "Kiew (dpa) - In der polnischen Hauptstadt Warschau protestierten Bauern. Die "
            "Polizei nahm mehrere Demonstranten fest.",
            "Die Polizei",
            "POL",
        ),
    ],
)
def test_a_goal_is_not_the_setting(nlp, text: str, words: str, code: str) -> None:
    assert codes_of(nlp, text, words) == [code]


def parsed(words: list[str], pos: list[str], cases: list[str]) -> Doc:
    """A hand-made parse: words with their part of speech and case ("" for none)."""
    morphs = [f"Case={c}" if c else "" for c in cases]
    return Doc(spacy.blank("de").vocab, words=words, pos=pos, morphs=morphs)


@pytest.mark.parametrize(
    ("words", "pos", "cases", "goal"),
    [
        (["flog", "nach", "Paris"], ["VERB", "ADP", "PROPN"], ["", "", ""], True),
        (["reiste", "ins", "Nachbarland"], ["VERB", "ADP", "NOUN"], ["", "", ""], True),
        (
            ["in", "die", "maledivische", "Hauptstadt", "Malé"],
            ["ADP", "DET", "ADJ", "NOUN", "PROPN"],
            ["", "Acc", "Acc", "Acc", ""],
            True,
        ),
        (
            ["in", "der", "maledivischen", "Hauptstadt", "Malé"],
            ["ADP", "DET", "ADJ", "NOUN", "PROPN"],
            ["", "Dat", "Dat", "Dat", ""],
            False,
        ),
        (["in", "Malé"], ["ADP", "PROPN"], ["", ""], False),
        (
            ["besuchte", "die", "Stadt", "Malé"],
            ["VERB", "DET", "NOUN", "PROPN"],
            ["", "Acc", "Acc", ""],
            False,
        ),
    ],
)
def test_is_goal_reads_the_case_of_a_two_way_preposition(
    words: list[str], pos: list[str], cases: list[str], goal: bool
) -> None:
    doc = parsed(words, pos, cases)
    assert is_goal(doc, len(words) - 1, frozenset({"Hauptstadt", "Stadt"})) is goal


# A noun of a form of government ("das Emirat", "dem Königreich", "das Sultanat") is the
# state of that form named before, with or without an adjective — not the last state named
# if that one is no emirate or kingdom, and not a place after "im".
@pytest.mark.parametrize(
    ("text", "words", "codes"),
    [
        (
            "Saudi-Arabien, die Vereinigten Arabischen Emirate und Bahrain haben ihre "
            "Beziehungen zu Katar abgebrochen. Die drei Staaten werfen dem Emirat vor, "
            "Terroristen zu unterstützen.",
            "dem Emirat",
            ["QAT"],
        ),
        (
            "Iran hat Saudi-Arabien scharf kritisiert. Teheran warf dem Königreich vor, die "
            "Region zu destabilisieren.",
            "dem Königreich",
            ["SAU"],
        ),
        (
            "Saudi-Arabien hat Iran scharf kritisiert. Das Königreich warf Teheran vor, die "
            "Region zu destabilisieren.",
            "Das Königreich",
            ["SAU"],
        ),
        (
            "Oman vermittelt zwischen Iran und den USA. Das Sultanat hatte schon früher "
            "Gespräche ermöglicht.",
            "Das Sultanat",
            ["OMN"],
        ),
        ("Katar richtet die Spiele aus. Im Emirat wird seit Jahren gebaut.", "Im Emirat", []),
        (
            "Polen hat Deutschland kritisiert. Warschau warf dem Königreich vor, die Region "
            "zu destabilisieren.",
            "dem Königreich",
            [],
        ),
    ],
)
def test_a_form_of_government_names_its_state(nlp, text: str, words: str, codes: list[str]) -> None:
    assert codes_of(nlp, text, words) == codes


# Unnamed critics are the story's own people, as its protesters are ("Kritiker warfen dem
# Präsidenten vor …"); bare "der Gegner" stays no actor (the enemy in a war).
@pytest.mark.parametrize(
    ("text", "words", "codes"),
    [
        (
            "Tegucigalpa (dpa) - Präsident Zelaya will die Verfassung ändern. Kritiker warfen "
            "ihm vor, eine zweite Amtszeit anzustreben.",
            "Kritiker",
            ["HND"],
        ),
        (
            "Mexiko-Stadt (dpa) - Das Parlament hat die Wahlbehörde beschnitten. Kritiker "
            "befürchten, dass die Regierungspartei die Wahlen kontrollieren will.",
            "Kritiker",
            ["MEX"],
        ),
        ("Die Armee rückte vor. Der Gegner zog sich zurück.", "Der Gegner", []),
    ],
)
def test_unnamed_critics_are_the_storys_own(nlp, text: str, words: str, codes: list[str]) -> None:
    assert codes_of(nlp, text, words) == codes


# "der Norden" of a divided state is that state unless a genitive follows ("der Norden des
# Landes", "der Süden der Halbinsel"): an article of another case after it begins the
# clause's next phrase ("sollte der Norden die Lage verschärfen").
@pytest.mark.parametrize(
    ("text", "words", "codes"),
    [
        (
            "Nordkorea hat das Verbindungsbüro gesprengt. Seoul warnte, sollte der Norden die "
            "Lage weiter verschärfen, werde Südkorea reagieren.",
            "der Norden",
            ["PRK"],
        ),
        (
            "Nordkorea und Südkorea verhandeln. Der Süden der Halbinsel ist dicht besiedelt.",
            "Der Süden",
            [],
        ),
    ],
)
def test_a_half_before_a_non_genitive_article_is_the_state(
    nlp, text: str, words: str, codes: list[str]
) -> None:
    assert codes_of(nlp, text, words) == codes
