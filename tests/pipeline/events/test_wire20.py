"""THREATEN in agency German through the full pipeline (session 20, branch ``wire20``): an
answer announced to a hostile act is a deterrent threat, and a threat that names no one is
aimed at the state the story is about. Probe sentences written for these tests."""

from __future__ import annotations

import pytest

import lagebild

pytestmark = pytest.mark.model

Coded = set[tuple[str, tuple[str, ...], tuple[str, ...]]]


def coded(nlp, text: str) -> Coded:
    analysis = lagebild.analyze(text, date="2024-05-01", nlp=nlp)
    return {
        (
            e.type,
            tuple(sorted(p.code or "" for p in e.actor)),
            tuple(sorted(p.code or "" for p in e.recipient)),
        )
        for e in analysis.events
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Japan werde jeden Angriff Chinas auf seine Inseln mit aller Härte beantworten, "
            "sagte der Regierungssprecher in Tokio.",
            ("THREATEN", ("JPN",), ("CHN",)),
        ),
        (
            "Armenien werde auf jede Verletzung der Grenze durch Aserbaidschan militärisch "
            "antworten, sagte der armenische Regierungschef.",
            ("THREATEN", ("ARM",), ("AZE",)),
        ),
        (
            "Die Regierung in Teheran kündigte an, auf jede Aggression Israels mit voller Härte "
            "zu reagieren.",
            ("THREATEN", ("IRN",), ("ISR",)),
        ),
        (
            "Indien behalte sich das Recht vor, auf den Angriff Pakistans zu antworten, erklärte "
            "das Außenministerium in Neu-Delhi.",
            ("THREATEN", ("IND",), ("PAK",)),
        ),
        # an order to answer is the orderer's threat, not a demand on his own forces
        (
            "Der Präsident der Ukraine ordnete an, jeden weiteren Angriff Russlands sofort zu "
            "vergelten.",
            ("THREATEN", ("UKR",), ("RUS",)),
        ),
        # no doer named: whoever struck the actor's side before
        (
            "Die Hisbollah griff Israel mit Raketen an. Israel werde auf jeden Angriff "
            "reagieren, sagte Netanjahu.",
            ("THREATEN", ("ISR",), ("HEZBOLLAH",)),
        ),
    ],
)
def test_an_answer_announced_to_a_hostile_act_is_a_threat(nlp, text, expected) -> None:
    assert expected in coded(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        # the answer given is an act of its own, no threat
        "Israel reagierte auf den Angriff der Hisbollah mit Luftschlägen im Libanon.",
        # answering questions or criticism threatens no one
        "Der Minister werde jede Frage der Abgeordneten beantworten.",
        "Die Regierung werde auf die Kritik der Opposition reagieren, sagte der Sprecher.",
    ],
)
def test_an_answer_given_or_to_no_hostile_act_is_no_threat(nlp, text) -> None:
    assert not any(t == "THREATEN" for t, _, _ in coded(nlp, text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "In Guinea hat die Armee den Präsidenten abgesetzt und die Verfassung ausgesetzt. "
            "Die Europäische Union drohte mit Sanktionen.",
            ("THREATEN", ("EU",), ("GIN",)),
        ),
        (
            "In Mali haben Offiziere die Regierung gestürzt. Frankreich drohte mit dem Abzug "
            "seiner Soldaten.",
            ("THREATEN", ("FRA",), ("MLI",)),
        ),
        (
            "Die Armee hat in Niger den Präsidenten festgesetzt. Die USA drohten, die Hilfe "
            "einzufrieren.",
            ("THREATEN", ("USA",), ("NER",)),
        ),
        # coordinated with an act that names its addressee, the threat takes that one
        (
            "In Taiwan haben die Wähler einen neuen Präsidenten gewählt. Das Außenministerium "
            "in Peking warf Washington Einmischung vor und drohte mit Konsequenzen.",
            ("THREATEN", ("CHN",), ("USA",)),
        ),
    ],
)
def test_a_foreign_threat_naming_no_one_is_aimed_at_the_story_state(nlp, text, expected) -> None:
    assert expected in coded(nlp, text)
