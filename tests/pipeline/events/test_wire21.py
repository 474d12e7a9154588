"""Session 21 (wire21): a veto cast is a rejection with no addressee, and a possessive
determiner is bound to the subject of its own clause.

Probe sentences written for these tests, not taken from the articles. The datelines keep the
sentences from drawing a default recipient out of a one-sentence text."""

from __future__ import annotations

import pytest

from tests.pipeline.events.test_wire_grammar_s14 import coded


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        (
            "New York (dpa) - Frankreich hat den Vorschlag der Kommission mit seinem Veto "
            "gestoppt.",
            "FRA",
        ),
        (
            "New York (AFP) - Die USA verhinderten mit ihrem Veto am Dienstag eine Verurteilung "
            "im Sicherheitsrat.",
            "USA",
        ),
        (
            "Genf (dpa) - Russland und China hatten den Entwurf am Freitag mit ihrem Veto "
            "blockiert.",
            "CHN",
        ),
    ],
)
def test_a_veto_cast_is_a_rejection_without_an_addressee(nlp, text: str, actor: str) -> None:
    found = coded(nlp, text)
    assert any(t == "REJECT" and actor in a for t, a, _, _ in found), found


@pytest.mark.parametrize(
    "text",
    [
        # an announced veto is a threat to someone, not a rejection of no one
        "Warschau (dpa) - Polen werde jeden Beschluss gegen Ungarn mit seinem Veto verhindern, "
        "sagte der Regierungschef.",
        # citizens have no veto in a body's procedure
        "Zürich (dpa) - Die Bürger haben das Projekt mit ihrem Veto gestoppt.",
    ],
)
def test_no_rejection_without_addressee_for_an_announced_or_civilian_veto(nlp, text: str) -> None:
    found = coded(nlp, text)
    assert not [e for e in found if e[0] == "REJECT" and not e[2] and e[3] == "asserted"], found


@pytest.mark.parametrize(
    ("text", "actor", "not_actor"),
    [
        # the council is nearer to "seinem", the subject binds it
        (
            "New York (dpa) - Russland hat im Sicherheitsrat mit seinem Veto die Verlängerung "
            "des Mandats verhindert.",
            "RUS",
            "UN",
        ),
        (
            "Brüssel (dpa) - Ungarn hat in der Nato mit seinem Veto den Beitritt lange "
            "aufgehalten.",
            "HUN",
            "NATO",
        ),
    ],
)
def test_a_possessive_is_bound_to_its_clause_subject(
    nlp, text: str, actor: str, not_actor: str
) -> None:
    found = coded(nlp, text)
    rejections = [a for t, a, _, _ in found if t == "REJECT"]
    assert any(actor in a for a in rejections), found
    assert not any(not_actor in a for a in rejections), found
