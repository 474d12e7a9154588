"""Events told by their noun as the subject of a verb of their course (session 23, issue 13):
"Die Proteste in Kenia halten an", "Die Gespräche … gehen weiter", "Die Verhandlungen …
begannen" report the acts as happening, as "fand statt" does; the Plusquamperfekt and
adverbial or relative clauses tell the backstory and code nothing."""

from __future__ import annotations

import dataclasses

import pytest

from tests.pipeline.events.test_types_s15 import coded

pytestmark = pytest.mark.model


def _without_course_verbs(nlp, monkeypatch) -> None:
    coder = nlp.get_pipe("lagebild_events")
    words = dataclasses.replace(coder.codebook.words, course_verbs=frozenset())
    monkeypatch.setattr(coder, "codebook", dataclasses.replace(coder.codebook, words=words))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Die Proteste in Georgien dauern an.", ("PROTEST", ("GEO",), ("GEO",))),
        (
            "Die Demonstrationen in Bangladesch hielten auch am Sonntag an.",
            ("PROTEST", ("BGD",), ("BGD",)),
        ),
        (
            "Die Gespräche zwischen Serbien und dem Kosovo gingen in Brüssel weiter.",
            ("CONSULT", ("SRB", "XKX"), ()),
        ),
        (
            "Die Verhandlungen zwischen Israel und der Hamas endeten ohne Einigung.",
            ("CONSULT", ("HAMAS", "ISR"), ()),
        ),
        (
            "Die Verhandlungen zwischen Kiew und Moskau begannen in Istanbul.",
            ("CONSULT", ("RUS", "UKR"), ()),
        ),
    ],
    ids=["dauern-an", "hielten-an", "gingen-weiter", "endeten", "begannen"],
)
def test_an_event_noun_as_subject_of_its_course_verb_is_reported(
    nlp, monkeypatch, text: str, expected
) -> None:
    assert expected in coded(nlp, text)
    _without_course_verbs(nlp, monkeypatch)
    assert expected not in coded(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "Die Proteste in Georgien hatten im November begonnen.",
        "Die Proteste in Georgien waren im November ausgebrochen.",
        "Die Gespräche, die zwischen Serbien und dem Kosovo am Montag begonnen hatten, blieben "
        "ergebnislos.",
        "Seit Beginn der Proteste in Georgien ist die Regierung unter Druck.",
    ],
    ids=["hatten-begonnen", "waren-ausgebrochen", "relative-clause", "seit-beginn"],
)
def test_the_backstory_of_an_events_course_codes_nothing(nlp, text: str) -> None:
    assert not {t for t, _, _ in coded(nlp, text)} & {"PROTEST", "CONSULT"}
