"""German grammar under the event rules through the full pipeline (session 14): typical
agency sentences whose parse hid or distorted the event."""

from __future__ import annotations

import pytest

import lagebild

pytestmark = pytest.mark.model


def coded(nlp, text: str) -> set[tuple[str, tuple[str, ...], tuple[str, ...], str]]:
    analysis = lagebild.analyze(text, date="2024-05-01", nlp=nlp)
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
    ("text", "expected"),
    [
        (
            "Israelische Soldaten sollen im Westjordanland drei Palästinenser getötet haben.",
            ("ASSAULT", ("ISR",), ("PSE",), "asserted"),
        ),
        (
            "Russische Truppen sollen ein Dorf in der Region Charkiw angegriffen haben.",
            ("ASSAULT", ("RUS",), ("UKR",), "asserted"),
        ),
        (
            "Der Iran soll Russland Drohnen geliefert haben.",
            ("COOPERATE", ("IRN",), ("RUS",), "asserted"),
        ),
        (
            "China soll Russland Waffen geliefert haben, sagte ein Sprecher.",
            ("AID", ("CHN",), ("RUS",), "asserted"),
        ),
    ],
    ids=["getötet-haben", "angegriffen-haben", "geliefert-haben", "Russland-Waffen"],
)
def test_a_modal_with_a_perfect_infinitive_reports_a_past_act(nlp, text, expected) -> None:
    """ "soll … getötet haben" tells a reported past act, never a plan or a passive."""
    assert expected in coded(nlp, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Die Huthis, die weite Teile des Jemens kontrollieren, drohten Israel mit neuen "
            "Angriffen.",
            ("THREATEN", ("HOUTHI",), ("ISR",), "asserted"),
        ),
        (
            "Die Regierung in Teheran, die die Proteste niederschlagen ließ, wies die Kritik "
            "der EU zurück.",
            ("REJECT", ("IRN",), ("EU",), "asserted"),
        ),
    ],
    ids=["die-weite-Teile", "die-die-Proteste"],
)
def test_the_antecedent_of_a_relative_clause_acts_in_the_main_clause(nlp, text, expected) -> None:
    """The subject before a relative clause is the main verb's, never the relative verb's."""
    assert expected in coded(nlp, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Der iranische Präsident ließ den Botschafter Deutschlands einbestellen.",
            ("ACCUSE", ("IRN",), ("DEU",), "asserted"),
        ),
        (
            "Das Außenministerium in Peking ließ den US-Botschafter einbestellen.",
            ("ACCUSE", ("CHN",), ("USA",), "asserted"),
        ),
    ],
    ids=["Botschafter-Deutschlands", "US-Botschafter"],
)
def test_lassen_with_an_infinitive_acts_on_the_accusative(nlp, text, expected) -> None:
    """ "ließ den Botschafter einbestellen": the causer summons, the envoy is summoned."""
    assert expected in coded(nlp, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "UN-Generalsekretär Guterres rief zu einer sofortigen Waffenruhe auf.",
            ("REQUEST", ("UN",), (), "asserted"),
        ),
        ("Die EU verlangte eine unabhängige Untersuchung.", ("REQUEST", ("EU",), (), "asserted")),
    ],
    ids=["rief-zu-auf", "verlangte"],
)
def test_a_public_call_is_a_request_without_addressee(nlp, text, expected) -> None:
    """The guideline's REQUEST needs no recipient: a call to the world is an event."""
    assert expected in coded(nlp, text)


def test_an_earlier_act_does_not_take_the_clauses_place_as_its_attacker(nlp) -> None:
    """ "Nach Angriffen auf Handelsschiffe im Roten Meer": no Yemeni attack on Yemen from the
    later bombing's place."""
    found = coded(
        nlp,
        "Nach wochenlangen Angriffen auf Handelsschiffe im Roten Meer haben die USA Stellungen "
        "im Jemen bombardiert.",
    )
    assert ("ASSAULT", ("YEM",), ("YEM",), "asserted") not in found
    assert any(e[:3] == ("ASSAULT", ("USA",), ("YEM",)) for e in found)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Serbien und Kosovo warfen sich gegenseitig Provokationen vor.",
            ("ACCUSE", ("SRB", "XKX"), ("SRB", "XKX"), "asserted"),
        ),
        (
            "Armenien und Aserbaidschan werfen einander Angriffe vor.",
            ("ACCUSE", ("ARM", "AZE"), ("ARM", "AZE"), "asserted"),
        ),
    ],
    ids=["sich-gegenseitig", "einander"],
)
def test_sides_that_accuse_each_other_are_each_others_addressees(nlp, text, expected) -> None:
    """ "warfen sich gegenseitig … vor": each side accuses the other."""
    assert expected in coded(nlp, text)
