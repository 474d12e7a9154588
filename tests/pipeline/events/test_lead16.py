"""The lead's changes of session 16: a state's bare name after a noun standing for another
state's actor (``repair.repair_name_after_actor_noun``); "drohen" with an unpunctuated
zu-infinitive looms (``matching.looms_by_infinitive``)."""

from __future__ import annotations

import pytest

from tests.pipeline.events.test_coder import analysed


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Am Montag warf die indische Regierung Pakistan vor, die Angreifer unterstützt zu haben.",
         ("ACCUSE", "IND", "PAK")),
        ("Zuvor hatte das russische Außenministerium Frankreich scharf kritisiert.",
         ("ACCUSE", "RUS", "FRA")),
        ("Dennoch forderte die Bundesregierung Israel zur Zurückhaltung auf.",
         ("REQUEST", "DEU", "ISR")),
        ("Später warf die US-Regierung China Spionage vor.", ("ACCUSE", "USA", "CHN")),
        ("Zuvor hatte der Kreml Kiew scharf kritisiert.", ("ACCUSE", "RUS", "UKR")),
    ],
    ids=["role-name", "ministry-name", "metonym-noun-name", "compound-name", "metonym-capital"],
)  # fmt: skip
def test_a_state_name_after_another_states_body_is_the_object(nlp, text, expected):
    assert expected in analysed(nlp, text, "2020-05-01")


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a genitive names whose body it is, and the object follows it
        ("Am Montag hat die Regierung Pakistans Indien kritisiert.", ("ACCUSE", "PAK", "IND")),
        # a person's name after "Regierung" is the government's name, not an object
        ("Am Dienstag hat die Regierung Netanjahu Gespräche abgelehnt.", ("REJECT", "ISR", "ISR")),
    ],
    ids=["genitive", "government-of-a-person"],
)  # fmt: skip
def test_a_name_that_belongs_to_the_noun_stays_with_it(nlp, text, expected):
    assert expected in analysed(nlp, text, "2020-05-01")


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "Die Ukraine droht den Krieg zu verlieren.",
        "Der Premierminister sagte, Japan drohe international isoliert zu werden.",
        "Die Regierung warnte, dass die Lage zu eskalieren drohe.",
    ],
    ids=["infinitive-after", "passive-infinitive", "infinitive-before"],
)
def test_drohen_with_an_unpunctuated_infinitive_looms_and_threatens_no_one(nlp, text):
    assert not {e for e in analysed(nlp, text, "2020-05-01") if e[0] == "THREATEN"}


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Russland drohte, die Gaslieferungen an die Ukraine einzustellen.",
         ("THREATEN", "RUS", "UKR")),
        ("Nordkorea drohte den USA, einen Atomtest durchzuführen.", ("THREATEN", "PRK", "USA")),
    ],
    ids=["comma", "dative-and-comma"],
)  # fmt: skip
def test_drohen_with_an_infinitive_set_off_by_a_comma_threatens(nlp, text, expected):
    assert expected in analysed(nlp, text, "2020-05-01")
