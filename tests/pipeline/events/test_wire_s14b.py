"""Constructions of the wire development set s14b (session 14) through the full pipeline:
each is a general fact of German news copy that the coder got wrong."""

from __future__ import annotations

import pytest

from tests.pipeline.events.test_wire_constructions import events

pytestmark = pytest.mark.model


def support_and_judgements(nlp, text: str) -> set[tuple[str, tuple[str, ...], tuple[str, ...]]]:
    return {e for e in events(nlp, text) if e[0] in ("SUPPORT", "ACCUSE", "REJECT")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Tiflis (AFP) - Die Regierungspartei hat ein umstrittenes Gesetz zurückgezogen. "
            "Die EU begrüßte die Rücknahme.",
            ("SUPPORT", ("EU",), ("GEO",)),
        ),
        (
            "Moskau (Reuters) - Russland zieht seine Truppen von der Grenze zur Ukraine ab. "
            "Der ukrainische Präsident Wolodymyr Selenskyj begrüßte die Ankündigung.",
            ("SUPPORT", ("UKR",), ("RUS",)),
        ),
        (
            "Brüssel (AFP) - Die Europäische Union hat Strafmaßnahmen gegen die Türkei "
            "beschlossen. Der türkische Außenminister wies die Beschlüsse zurück.",
            ("REJECT", ("TUR",), ("EU",)),
        ),
    ],
)
def test_judging_a_told_act_is_addressed_to_whoever_did_it(nlp, text, expected) -> None:
    assert expected in support_and_judgements(nlp, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Deutschland unterstützt die Ukraine militärisch.", ("AID", ("DEU",), ("UKR",))),
        ("Die USA haben Israel finanziell unterstützt.", ("AID", ("USA",), ("ISR",))),
        (
            "Frankreich unterstützt die Regierung in Bamako mit Hubschraubern.",
            ("AID", ("FRA",), ("MLI",)),
        ),
    ],
)
def test_support_by_money_or_arms_is_aid(nlp, text, expected) -> None:
    assert expected in events(nlp, text)
    assert ("SUPPORT", expected[1], expected[2]) not in events(nlp, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "In zahlreichen russischen Städten gingen am Abend Menschen gegen die Mobilmachung "
            "auf die Straße.",
            "PROTEST",
        ),
        ("Frankreich unterstützt die Regierung in Bamako mit Hubschraubern.", "AID"),
    ],
)
def test_a_closing_pp_hung_on_the_noun_before_it_is_the_verbs(nlp, text, expected) -> None:
    assert expected in {t for t, _, _ in events(nlp, text)}


def test_a_protest_addressed_gegenueber_someone_is_a_complaint(nlp) -> None:
    found = events(
        nlp,
        "Berlin (AFP) - Die Bundesregierung hat den iranischen Botschafter einbestellt. Man "
        "habe gegenüber der iranischen Seite „in aller Schärfe“ protestiert.",
    )
    assert ("ACCUSE", ("DEU",), ("IRN",)) in found
    assert not any(t == "PROTEST" for t, _, _ in found)


@pytest.mark.parametrize(
    "text",
    [
        "Berlin (AFP) - Die Bundesregierung hat ihren Botschafter in Teheran zu Konsultationen "
        "nach Berlin zurückgerufen.",
        # the subject after "hat" behind a fronted phrase, parsed as the object
        "Berlin (AFP) - Nach der Hinrichtung des Deutsch-Iraners Jamshid Sharmahd im Iran hat "
        "die Bundesregierung ihren Botschafter in Teheran zu Konsultationen nach Berlin "
        "zurückgerufen.",
    ],
)
def test_recalling_an_ambassador_withdraws_from_the_state_of_his_post(nlp, text) -> None:
    assert ("SANCTION", ("DEU",), ("IRN",)) in events(nlp, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "UN-Generalsekretär António Guterres rief zu einer sofortigen Waffenruhe auf.",
            {("REQUEST", ("UN",), ())},
        ),
        (
            "Die Vereinten Nationen riefen zu einem friedlichen Übergang auf.",
            {("REQUEST", ("UN",), ())},
        ),
        # an order is no public call: with no addressee it stays no event
        ("Der Präsident ordnete eine dreitägige Staatstrauer an.", set()),
    ],
)
def test_a_public_call_to_no_one_named_is_a_request(nlp, text, expected) -> None:
    assert {e for e in events(nlp, text) if e[0] == "REQUEST"} == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Tiflis (AFP) - Die georgische Regierung hat das umstrittene Gesetz über "
            "ausländische Agenten zurückgezogen.",
            "CONCEDE",
        ),
        ("Russland hat seine Truppen aus Cherson zurückgezogen.", "RETREAT"),
    ],
)
def test_a_bill_withdrawn_is_a_concession_troops_withdrawn_a_retreat(nlp, text, expected) -> None:
    assert {t for t, _, _ in events(nlp, text)} == {expected}


def test_rejecting_das_answers_the_accuser_not_a_default_addressee(nlp) -> None:
    found = events(
        nlp,
        "Washington (dpa) - Die Nato wirft China vor, Russland zu unterstützen. Peking wies "
        "das umgehend zurück.",
    )
    assert ("REJECT", ("CHN",), ("NATO",)) in found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Berlin (AFP) - Nach der Hinrichtung des Deutsch-Iraners Jamshid Sharmahd im Iran "
            "hat die Bundesregierung ihren Botschafter einbestellt.",
            ("ASSAULT", ("IRN",), ("DEU",)),
        ),
        (
            "Manila (dpa) - Nach der Entführung deutscher Touristen durch die Abu Sayyaf "
            "verhängte die Regierung den Ausnahmezustand.",
            ("ASSAULT", ("ABUSAYYAF",), ("DEU",)),
        ),
    ],
)
def test_the_genitive_of_a_killing_or_abduction_is_its_victim(nlp, text, expected) -> None:
    assert expected in events(nlp, text)
