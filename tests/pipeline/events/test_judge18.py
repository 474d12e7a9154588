"""Judgements of an act told before (session 18, issue 13): news names a reported act again by
its noun ("Der Angriff", "die Festnahmen"), and a statement that judges it is addressed to
whoever did it. A quotation's copula judging such a noun condemns its doer; an event noun of
the codebook names an act of its own type, and a claim ("die Vorwürfe") is no act."""

from __future__ import annotations

import pytest

from lagebild.codebook.loader import load_codebook
from lagebild.pipeline.events.derived import told_acts
from tests.pipeline.events.test_types_s15 import coded

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Russische Truppen haben ukrainische Stellungen im Donbass angegriffen. "
            "Der Angriff sei ein Verbrechen, sagte der ukrainische Außenminister.",
            ("ACCUSE", ("UKR",), ("RUS",)),
        ),
        (
            "Russische Truppen haben ukrainische Stellungen im Donbass angegriffen. "
            "Der Angriff sei völkerrechtswidrig, sagte der ukrainische Außenminister.",
            ("ACCUSE", ("UKR",), ("RUS",)),
        ),
        (
            "Die Armee Aserbaidschans hat armenische Dörfer beschossen. "
            "Der Beschuss sei eine Provokation, erklärte das armenische Außenministerium.",
            ("ACCUSE", ("ARM",), ("AZE",)),
        ),
    ],
    ids=["noun-predicate", "adjective-predicate", "condemning-noun"],
)
def test_a_quoted_judgement_of_a_told_act_condemns_its_doer(nlp, text, expected) -> None:
    assert expected in coded(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "Die Lage an der Grenze sei gefährlich, sagte der litauische Verteidigungsminister.",
        "Die Zahl der Flüchtlinge sei alarmierend, sagte der litauische Verteidigungsminister.",
    ],
    ids=["no-act-judged", "no-act-told"],
)
def test_a_judging_adjective_about_no_told_act_is_no_event(nlp, text) -> None:
    assert not {e for e in coded(nlp, text) if e[0] == "ACCUSE"}


def _objects_judged(nlp, text: str, verb: str) -> list[str]:
    doc = nlp(text)
    token = next(t for t in doc if t.text == verb)
    return [t.lemma_ for t in told_acts(token, load_codebook())]


@pytest.mark.parametrize(
    ("text", "verb", "expected"),
    [
        (
            "Die Polizei hat Oppositionelle festgenommen. Die EU kritisierte die Festnahme.",
            "kritisierte",
            ["Festnahme"],
        ),
        (
            "Die Nato hat Truppen ins Baltikum verlegt. China kritisierte die Verlegung.",
            "kritisierte",
            ["Verlegung"],
        ),
        (
            "Kiew warf Moskau Kriegsverbrechen vor. Der Kreml wies die Vorwürfe zurück.",
            "wies",
            [],
        ),
    ],
    ids=["arrest", "troop-move", "claim-is-no-act"],
)
def test_an_event_noun_names_a_told_act_a_claim_does_not(nlp, text, verb, expected) -> None:
    assert _objects_judged(nlp, text, verb) == expected
