"""Offices and state bodies named European act as the EU (session 14): ``viele europäische
Außenminister``, ``die europäischen Polizeibehörden`` are coded EU by the event gold; a
European NGO is not the EU, nor a name with the word inside."""

from __future__ import annotations

import pytest


def _codes(nlp, text: str, mention_text: str) -> set[str | None]:
    import lagebild

    analysis = lagebild.analyze(text, date="2024-03-10", nlp=nlp)
    mention = next(m for m in analysis.mentions if m.text == mention_text)
    return {analysis.actors[a].code for a in mention.actors}


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "mention"),
    [
        (
            "Brüssel (dpa) - Die europäischen Außenminister haben neue Sanktionen beschlossen.",
            "Die europäischen Außenminister",
        ),
        (
            "Rom (dpa) - Die Ermittler kritisierten, die europäischen Polizeibehörden hätten "
            "nicht reagiert.",
            "die europäischen Polizeibehörden",
        ),
    ],
)
def test_european_offices_and_state_bodies_act_as_the_eu(nlp, text, mention):
    assert _codes(nlp, text, mention) == {"EU"}


@pytest.mark.model
def test_a_european_ngo_is_not_the_eu(nlp):
    text = (
        "Peking (dpa) - Ein Mitarbeiter einer europäischen Nichtregierungsorganisation "
        "wurde in China festgenommen."
    )
    assert "EU" not in _codes(nlp, text, "einer europäischen Nichtregierungsorganisation")
