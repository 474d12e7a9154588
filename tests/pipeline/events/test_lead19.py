"""Session 19, lead review: blame takes no addressee from praise coordinated with it."""

import pytest

from tests.pipeline.events.test_types_s15 import coded

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "comforted"),
    [
        (
            "Der französische Präsident verurteilte die Tat und sicherte Deutschland seine "
            "Solidarität zu.",
            "DEU",
        ),
        (
            "Die spanische Regierung verurteilte den Anschlag scharf und sicherte Belgien "
            "ihre volle Unterstützung zu.",
            "BEL",
        ),
    ],
    ids=["solidaritaet", "unterstuetzung"],
)
def test_condemning_an_attack_does_not_accuse_the_comforted_country(nlp, text, comforted):
    events = coded(nlp, text)
    assert any(t == "SUPPORT" and comforted in r for t, _, r in events)
    assert not any(t == "ACCUSE" and comforted in r for t, _, r in events)


def test_readiness_after_a_rejection_still_takes_its_addressee(nlp):
    events = coded(
        nlp,
        "Die Ukraine wies die Forderungen Russlands zurück und bot Moskau zugleich Gespräche an.",
    )
    assert any(t == "AGREE" and "RUS" in r for t, _, r in events)


@pytest.mark.parametrize(
    ("text", "event"),
    [
        (
            "Die Bundesregierung sicherte der Ukraine ihre volle Unterstützung zu.",
            ("SUPPORT", ("DEU",), ("UKR",)),
        ),
        (
            "Die Regierung in Paris sicherte Marokko ihre Unterstützung zu.",
            ("SUPPORT", ("FRA",), ("MAR",)),
        ),
    ],
    ids=["ukraine", "marokko"],
)
def test_an_act_noun_as_object_of_its_own_verb_is_that_act(nlp, text, event):
    events = coded(nlp, text)
    assert event in events
    assert [e for e in events if e[0] == event[0]] == [event]
