"""Conflictual events the coder missed (session 16, branch conf16): threats told as what an
act will draw after it, "der" read as a pronoun before a state's name, and lexical gaps of
the material conflict types. Full-pipeline sentences (the model's parse is the point)."""

from __future__ import annotations

import pytest

from tests.pipeline.events.test_wire_constructions import events

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the payer of a deed is threatened (wire-08)
        (
            "Netanjahu sagte, der Iran habe einen großen Fehler gemacht und werde dafür bezahlen.",
            ("THREATEN", ("ISR",), ("IRN",)),
        ),
        # an act that will not stay unanswered threatens its doer
        (
            "Die Beschlagnahme russischer Vermögenswerte durch die EU werde nicht ohne Antwort "
            "bleiben, sagte Kremlsprecher Dmitri Peskow.",
            ("THREATEN", ("RUS",), ("EU",)),
        ),
        (
            "Präsidentenberater Podoljak warnte, jede Provokation Russlands werde eine "
            "sofortige militärische Antwort nach sich ziehen.",
            ("THREATEN", ("UKR",), ("RUS",)),
        ),
        # … or whoever struck the speaker's side before
        (
            "Russland hat die Ukraine angegriffen. Selenskyj sagte, der Angriff werde nicht "
            "ohne Antwort bleiben.",
            ("THREATEN", ("UKR",), ("RUS",)),
        ),
    ],
)
def test_foretold_answer_is_a_threat(nlp, text: str, expected: tuple) -> None:
    assert expected in events(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        # a sum paid is a cost, a modal "kann nicht ohne Folgen bleiben" a demand
        "Der Finanzminister sagte, Deutschland werde 30 Milliarden Euro dafür bezahlen.",
        "Der Minister sagte, das könne nicht ohne Folgen für Russland bleiben.",
    ],
)
def test_cost_or_demand_is_no_threat(nlp, text: str) -> None:
    assert not any(e[0] == "THREATEN" for e in events(nlp, text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Er sagte, der Iran habe Israel angegriffen.", ("ASSAULT", ("IRN",), ("ISR",))),
        ("Netanjahu sagte, der Iran werde dafür bezahlen.", ("THREATEN", ("ISR",), ("IRN",))),
    ],
)
def test_article_before_name_is_no_pronoun(nlp, text: str, expected: tuple) -> None:
    assert expected in events(nlp, text)
