"""Cooperation, session 12 (issue 13, branch ``agree12``): classes of German constructions
behind missed or wrong cooperative events, each with the readings it must not take.

Full-pipeline sentences (``model`` marker): the participants come from the linker and the
article's story state, which is the point of these rules.
"""

from __future__ import annotations

import pytest

from tests.pipeline.events.test_coder import analysed, assert_codes

HAITI = (
    "Nach dem schweren Erdbeben in Haiti sind Hunderttausende obdachlos. Die Regierung Haitis "
    "bat die Welt um Unterstützung. "
)
SPAIN = (
    "Nach den Überschwemmungen in Spanien werden noch Dutzende Menschen vermisst. Spaniens "
    "Regierung rief den Notstand aus. Auch Frankreich bot seine Hilfe an. "
)


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected", "excluded"),
    [
        # aid sent or pledged to no one named goes to the state the story is about
        (
            HAITI + "Auch Frankreich bot Hilfe an und schickte Rettungskräfte.",
            {("AID", "FRA", "HTI"), ("AGREE", "FRA", "HTI")},
            set(),
        ),
        (
            HAITI + "Kanadas Premierminister sagte weitere finanzielle Hilfe zu.",
            {("AGREE", "CAN", "HTI")},
            set(),
        ),
        # a state helping at home helps its own people, not the other state named
        (
            SPAIN + "Die spanische Regierung schickte weitere Rettungskräfte in die Region "
            "Valencia.",
            set(),
            {("AID", "ESP", "FRA")},
        ),
        # "bezahlen" is paying a price or for goods, never giving aid
        (
            "Netanjahu sagte, der Iran habe einen großen Fehler gemacht und werde dafür bezahlen.",
            set(),
            {("AGREE", "ISR", "IRN"), ("AID", "IRN", "")},
        ),
    ],
)
def test_unaddressed_aid_goes_to_the_story_state(nlp, text, expected, excluded) -> None:
    assert_codes(nlp, text, "2024-11-02", expected, excluded)


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected", "excluded"),
    [
        # a declared readiness is the intended act: future talks are AGREE
        (
            "Die Regierung Israels ist bereit, mit der Hamas zu verhandeln.",
            {("AGREE", "ISR", "HAMAS")},
            set(),
        ),
        # an intended resignation or release is CONCEDE (PLOVER: announced retreat)
        (
            "Der russische Präsident erklärte sich bereit, zurückzutreten.",
            {("CONCEDE", "RUS", "")},
            set(),
        ),
        # a promise of a retreat is CONCEDE; a promised investigation is the promise's content
        (
            "Russland versprach, seine Truppen aus Georgien abzuziehen.",
            {("CONCEDE", "RUS", "GEO")},
            set(),
        ),
        (
            "Der russische Präsident versprach der Ukraine, alle Todesfälle zu untersuchen.",
            set(),
            {("ACCUSE", "RUS", "RUS"), ("ACCUSE", "RUS", "UKR")},
        ),
        # refusing to be ready is no concession
        (
            "Die Regierung Israels war nicht bereit, die Gefangenen freizulassen.",
            set(),
            {("CONCEDE", "ISR", "ISR"), ("CONCEDE", "ISR", ""), ("RETREAT", "ISR", "ISR")},
        ),
    ],
)
def test_declared_readiness_codes_the_intended_act(nlp, text, expected, excluded) -> None:
    assert_codes(nlp, text, "2024-11-02", expected, excluded)


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected", "excluded"),
    [
        # the zu-infinitive of an intention noun is an act intended: announced retreat
        (
            "Die russische Regierung bekräftigte ihre Absicht, die Truppen aus Syrien abzuziehen.",
            {("CONCEDE", "RUS", "SYR")},
            {("RETREAT", "RUS", "SYR")},
        ),
        # "hatten Pläne, … zu verüben" tells a past plot, no threat made to anyone
        (
            "Die Rechtsterroristen aus Zwickau hatten möglicherweise Pläne, Anschläge gegen "
            "Politiker in Deutschland zu verüben.",
            set(),
            {("THREATEN", "DEU", "DEU")},
        ),
    ],
)
def test_intention_noun_makes_its_infinitive_future(nlp, text, expected, excluded) -> None:
    assert_codes(nlp, text, "2024-11-02", expected, excluded)


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a bare name before the article-bearing object is the dative: the host of a visit
        # paid ("einen Besuch abstatten") and the addressee of what is pledged
        (
            "Bundeskanzlerin Merkel stattete am Montag China einen Besuch ab.",
            {("CONSULT", "DEU", "CHN")},
        ),
        (
            "Der französische Präsident Macron stattete der Ukraine einen Besuch ab.",
            {("CONSULT", "FRA", "UKR")},
        ),
        ("Die USA sicherten Südkorea ihre volle Unterstützung zu.", {("SUPPORT", "USA", "KOR")}),
        (
            "Die EU stellte Syrien Hilfen in Höhe von 100 Millionen Euro bereit.",
            {("AID", "EU", "SYR")},
        ),
        (
            "Die EU hatte Serbien den Abschluss eines Abkommens angeboten.",
            {("AGREE", "EU", "SRB")},
        ),
    ],
)
def test_bare_name_before_object_is_the_dative(nlp, text, expected) -> None:
    assert expected <= analysed(nlp, text, "2024-11-02")


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # mediating (CAMEO 045, PLOVER CONSULT): the mediator meets the sides it mediates between
        ("Katar vermittelte zwischen Israel und der Hamas.", {("CONSULT", "QAT", "HAMAS,ISR")}),
        (
            "Die Türkei vermittelt zwischen Russland und der Ukraine.",
            {("CONSULT", "TUR", "RUS,UKR")},
        ),
        # between things, no one is met
        ("Die Ausbildungsgarantie vermittelt zwischen Angebot und Nachfrage.", set()),
    ],
)
def test_mediator_meets_the_sides(nlp, text, expected) -> None:
    events = analysed(nlp, text, "2024-11-02")
    assert expected <= events
    assert expected or not {e for e in events if e[0] == "CONSULT"}
