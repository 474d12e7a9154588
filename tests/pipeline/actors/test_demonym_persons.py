"""A definite demonym after a named person is that person (session 14): wire copy refers
back to the person it has named by nationality (``Der Franzose sicherte … zu``, ``Die Estin
forderte …``); the person keeps the code of their office (Kallas: the EU's, Guterres: the
UN's), not the nationality's."""

from __future__ import annotations

import pytest


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "demonym", "code"),
    [
        (
            "Brüssel (dpa) - Die Außenbeauftragte Kaja Kallas hat neue Sanktionen gegen Iran "
            "angekündigt. Die Estin forderte zudem mehr Hilfe für die Ukraine.",
            "Estin",
            "EU",
        ),
        (
            "New York (dpa) - UN-Generalsekretär António Guterres hat einen Waffenstillstand "
            "gefordert. Der Portugiese warnte vor einer Katastrophe.",
            "Portugiese",
            "UN",
        ),
    ],
    ids=["kallas-eu", "guterres-un"],
)
def test_a_definite_demonym_is_the_person_named_before(nlp, text, demonym, code):
    import lagebild

    analysis = lagebild.analyze(text, date="2025-03-01", nlp=nlp)
    mention = next(m for m in analysis.mentions if m.text == demonym)
    assert {analysis.actors[a].code for a in mention.actors} == {code}


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        # a demonym before its noun, and a plural: no person referred back to
        "Bern (dpa) - Bundesrat Ignazio Cassis traf den Schweizer Botschafter in Washington.",
        "Ankara (dpa) - Präsident Erdogan kritisierte Armenien. Die Türken feierten.",
    ],
    ids=["before-noun", "plural"],
)
def test_a_demonym_before_a_noun_or_in_the_plural_is_no_person_named_before(nlp, text):
    import lagebild

    analysis = lagebild.analyze(text, date="2025-03-01", nlp=nlp)
    word = "Schweizer" if "Schweizer" in text else "Türken"
    for mention in (m for m in analysis.mentions if m.text == word):
        actors = [analysis.actors[a] for a in mention.actors]
        assert not any(actor.kind == "person" and actor.in_kb for actor in actors)
