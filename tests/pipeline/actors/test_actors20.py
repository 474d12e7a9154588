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
