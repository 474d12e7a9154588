"""Session 17 (issue 14): the Union's bodies and agencies act as the EU, and two capitals
after ``zwischen`` are the two sides of a relation. Full-pipeline sentences: the knowledge
base and the parse are the point."""

from __future__ import annotations

import pytest

import lagebild


def codes_of(nlp, text: str, words: str, date: str = "2024-03-12") -> list[str]:
    """Codes of the mentions whose text is ``words`` (sorted; empty when there is none)."""
    analysis = lagebild.analyze(text, date=date, nlp=nlp)
    return sorted(
        {
            code
            for m in analysis.mentions
            if m.text == words
            for a in m.actors
            if (code := analysis.actors[a].code)
        }
    )


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
