"""Session 19 (issue 14): a named body referred to later by the head of its compound name
(``den Rat`` after ``der UN-Sicherheitsrat``). Full-pipeline sentences written for the tests:
the parse and the knowledge base are the point."""

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
            "New York (dpa) - Der UN-Sicherheitsrat hat am Montag über Syrien beraten. "
            "Russland forderte den Rat auf, die Sanktionen aufzuheben.",
            "den Rat",
            "UN",
        ),
        (
            "New York (AP) - Die UN-Generalversammlung stimmte am Donnerstag ab. Die "
            "Versammlung verurteilte den Angriff auf die Ukraine.",
            "Die Versammlung",
            "UN",
        ),
        # A word inside the name ends in the noun, not only the last one.
        (
            "Genf (AFP) - Die Generalversammlung der Vereinten Nationen tagt seit Montag. "
            "Danach rief Abbas die Versammlung zur Anerkennung auf.",
            "die Versammlung",
            "UN",
        ),
        (
            "Brüssel (dpa) - Der EU-Gipfel ging am Freitag zu Ende. Ungarn blockierte "
            "zuvor stundenlang. Am Abend einigte sich der Gipfel auf neue Hilfen.",
            "der Gipfel",
            "EU",
        ),
        # A state's institution standing for its state.
        (
            "Teheran (dpa) - Der Wächterrat hat Hunderte Kandidaten ausgeschlossen. Der Rat "
            "nannte keine Gründe.",
            "Der Rat",
            "IRN",
        ),
    ],
)
def test_short_head_is_the_body_named_before(nlp, text: str, words: str, code: str) -> None:
    assert codes_of(nlp, text, words) == [code]


@pytest.mark.parametrize(
    ("text", "words"),
    [
        # No body of that head named before.
        ("Berlin (dpa) - Der Rat der Stadt tagte am Montag. Der Rat vertagte sich.", "Der Rat"),
        # A capitalised modifier names another body.
        (
            "New York (dpa) - Der UN-Sicherheitsrat hat über Syrien beraten. Der Europäische "
            "Rat will am Freitag entscheiden.",
            "Der Europäische Rat",
        ),
        # A part inside the compound is its modifier, not its head.
        (
            "Genf (AFP) - Die Weltgesundheitsorganisation warnt vor Masern. Sie gefährden "
            "die Gesundheit von Kindern.",
            "die Gesundheit",
        ),
    ],
)
def test_short_head_control(nlp, text: str, words: str) -> None:
    assert "UN" not in codes_of(nlp, text, words)
    assert "WHO" not in codes_of(nlp, text, words)
