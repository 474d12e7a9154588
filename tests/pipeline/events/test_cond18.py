"""Conditional announced acts are threats (session 18, issue 13, branch cond18): a negative
act announced in the future or the conditional as the consequence of another party's act
("sollte X …, werde Y …", "Y werde …, falls X …") is PLOVER THREATEN from the announcer to
that party, however the parser hangs the condition and its consequence; the act itself is
not coded. Unconditional announcements and conditional concessions stay what they were."""

from __future__ import annotations

import pytest

from tests.pipeline.events.test_types_s15 import coded, types

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Russland erklärte, sollte die Ukraine der Nato beitreten, werde Moskau die "
            "diplomatischen Beziehungen zu Kiew abbrechen.",
            ("THREATEN", ("RUS",), ("UKR",)),
        ),
        (
            "Ankara erklärte, die Türkei werde aus dem Abkommen austreten, sollte die EU die "
            "Visafreiheit nicht gewähren.",
            ("THREATEN", ("TUR",), ("EU",)),
        ),
        (
            "Die iranische Regierung erklärte, falls Israel erneut angreife, werde Iran Tel "
            "Aviv bombardieren.",
            ("THREATEN", ("IRN",), ("ISR",)),
        ),
    ],
    ids=["sollte-consequence-under-condition", "sollte-after", "falls-sister-clauses"],
)
def test_a_negative_act_announced_on_a_condition_threatens(nlp, text, expected) -> None:
    found = coded(nlp, text)
    assert expected in found
    assert not {t for t, _, _ in found} & {"SANCTION", "ASSAULT"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Der französische Präsident sagte, Frankreich werde seinen Botschafter abziehen, "
            "sollte Algerien die Journalisten nicht freilassen.",
            ("THREATEN", ("FRA",), ("DZA",)),
        ),
        (
            "Peking kündigte an, den Botschafter auszuweisen, falls Japan an seinen Plänen "
            "festhalte.",
            ("THREATEN", ("CHN",), ("JPN",)),
        ),
    ],
    ids=["own-ambassador", "announced-zu-infinitive"],
)
def test_a_conditional_threat_is_aimed_at_the_condition_not_the_own_side(
    nlp, text, expected
) -> None:
    assert expected in coded(nlp, text)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        (
            "Der Minister sagte, die EU werde im kommenden Monat neue Sanktionen gegen "
            "Russland verhängen.",
            "SANCTION",
        ),
        (
            "Die Regierung erklärte, sollte der Waffenstillstand halten, werde man die "
            "Sanktionen gegen Serbien aufheben.",
            None,
        ),
    ],
    ids=["unconditional-announcement", "conditional-concession"],
)
def test_no_threat_without_a_condition_or_without_a_negative_act(nlp, text, kept) -> None:
    found = types(nlp, text)
    assert "THREATEN" not in found
    if kept:
        assert kept in found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Die Regierung in Ankara setzte Stockholm eine Frist bis Ende Mai. Andernfalls "
            "werde die Türkei den schwedischen Botschafter ausweisen.",
            ("THREATEN", ("TUR",), ("SWE",)),
        ),
        (
            "Paris gab Bamako eine Woche Zeit. Sonst werde Frankreich die Hilfe an Mali "
            "einstellen.",
            ("THREATEN", ("FRA",), ("MLI",)),
        ),
    ],
    ids=["andernfalls-expel", "sonst-suspend-aid"],
)
def test_otherwise_opens_a_threatened_consequence(nlp, text, expected) -> None:
    found = coded(nlp, text)
    assert expected in found
    assert "SANCTION" not in {t for t, _, _ in found}
