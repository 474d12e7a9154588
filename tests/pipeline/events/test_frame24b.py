"""Session 24 (frame24b): the verb is there, the event is not (issue 13).

Welcoming the outcome of a vote, talks or a summit told before ("begrüßte die Abstimmung",
"lobte das Ergebnis", "begrüßte den Ausgang") had no addressee and was dropped as a SUPPORT
directed at no one: a vote is a decision (``decision_nouns``), an outcome names the news told
(``news_act_nouns``), and the welcome supports whoever took the decision or did the act.

Probe sentences written for these tests, not taken from the articles."""

from __future__ import annotations

import pytest

import lagebild


def coded(nlp, text: str, date: str) -> set[tuple[str, tuple[str, ...], tuple[str, ...], str]]:
    analysis = lagebild.analyze(text, date=date, nlp=nlp)
    return {
        (
            e.type,
            tuple(sorted(p.code or "" for p in e.actor)),
            tuple(sorted(p.code or "" for p in e.recipient)),
            e.modality,
        )
        for e in analysis.events
    }


@pytest.mark.parametrize(
    ("date", "text", "etype", "actor", "recipient"),
    [
        (
            "2024-02-27",
            (
                "Das ungarische Parlament hat dem Nato-Beitritt Schwedens zugestimmt. "
                "Nato-Generalsekretär Jens Stoltenberg begrüßte die Abstimmung."
            ),
            "SUPPORT",
            "NATO",
            "HUN",
        ),
        (
            "2014-09-19",
            (
                "Die Schotten haben in einem Referendum gegen die Unabhängigkeit von "
                "Großbritannien gestimmt. EU-Kommissionspräsident José Manuel Barroso "
                "begrüßte den Ausgang."
            ),
            "SUPPORT",
            "EU",
            "GBR",
        ),
        (
            "2017-09-12",
            (
                "Der UN-Sicherheitsrat hat einstimmig neue Sanktionen gegen Nordkorea "
                "beschlossen. Die US-Botschafterin Nikki Haley begrüßte das Votum."
            ),
            "SUPPORT",
            "USA",
            "UN",
        ),
        (
            "2023-03-20",
            (
                "Die französische Nationalversammlung hat das Gesetz zur Rentenreform "
                "gebilligt. Die EU-Kommission begrüßte das Ergebnis."
            ),
            "SUPPORT",
            "EU",
            "FRA",
        ),
        (
            "2014-09-16",
            (
                "Das ukrainische Parlament hat das Abkommen mit der EU ratifiziert. "
                "Bundeskanzlerin Angela Merkel begrüßte die Abstimmung."
            ),
            "SUPPORT",
            "DEU",
            "UKR",
        ),
        (
            "2022-03-02",
            (
                "Die UN-Vollversammlung hat die Resolution gegen Russland mit großer "
                "Mehrheit angenommen. Der ukrainische Außenminister Dmytro Kuleba "
                "begrüßte das Votum."
            ),
            "SUPPORT",
            "UKR",
            "UN",
        ),
        (
            "2013-02-20",
            (
                "Der Bundestag hat dem Einsatz der Bundeswehr in Mali zugestimmt. Die "
                "Regierung Malis begrüßte die Abstimmung."
            ),
            "SUPPORT",
            "MLI",
            "DEU",
        ),
        (
            "2015-12-12",
            (
                "Die Teilnehmerstaaten der UN-Klimakonferenz in Paris haben sich auf "
                "ein Abkommen geeinigt. Bundeskanzlerin Angela Merkel lobte das "
                "Ergebnis."
            ),
            "SUPPORT",
            "DEU",
            "*",
        ),
        (
            "2018-04-27",
            (
                "Die Staatschefs von Nord- und Südkorea haben sich auf eine Erklärung "
                "zur Abrüstung geeinigt. Die US-Regierung begrüßte das Ergebnis."
            ),
            "SUPPORT",
            "USA",
            "*",
        ),
        (
            "2016-06-24",
            (
                "Die Briten haben in einem Referendum für den Austritt aus der EU "
                "gestimmt. Der französische Präsident François Hollande würdigte den "
                "Ausgang."
            ),
            "SUPPORT",
            "FRA",
            "GBR",
        ),
    ],
)
def test_welcoming_a_vote_or_outcome_told_before_supports_who_produced_it(
    nlp, date: str, text: str, etype: str, actor: str, recipient: str
) -> None:
    found = coded(nlp, text, date)
    assert any(
        t == etype and actor in a and (recipient == "*" or recipient in r) and m == "asserted"
        for t, a, r, m in found
    ), found


@pytest.mark.parametrize(
    ("text", "etype"),
    [
        ("Der Fußballverein begrüßte das Ergebnis.", "SUPPORT"),
        ("Die Abstimmung im Parlament wurde auf Freitag verschoben.", "SUPPORT"),
        ("Die Firma lobte das Ergebnis des Quartals.", "SUPPORT"),
        ("Der Trainer begrüßte den Ausgang des Spiels.", "SUPPORT"),
        ("Das Ergebnis der Abstimmung wird am Sonntag erwartet.", "SUPPORT"),
    ],
)
def test_an_outcome_with_its_own_owner_or_no_political_welcomer_is_no_support(
    nlp, text: str, etype: str
) -> None:
    found = coded(nlp, text, "2020-01-01")
    assert not any(t == etype for t, _, _, _ in found), found
