"""Announced refusals (session 19, issue 13): a speaker's words that his side will not do
something answer the other side's demand as a REJECT, through the full pipeline."""

from __future__ import annotations

import pytest

from tests.pipeline.events.test_wire_grammar_s14 import coded

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Brüssel forderte Warschau auf, die Flüchtlingsquote zu erfüllen. Polens "
            "Regierungschef sagte, sein Land werde die Quote nicht umsetzen.",
            ("REJECT", ("POL",), ("EU",), "asserted"),
        ),
        (
            "Der Iran verlangte von Frankreich die Auslieferung des Dissidenten. «Wir werden "
            "ihn nicht ausliefern», sagte der französische Außenminister.",
            ("REJECT", ("FRA",), ("IRN",), "asserted"),
        ),
        (
            "Der russische Präsident sagte, Russland werde das Abkommen mit der Ukraine nicht "
            "verlängern.",
            ("REJECT", ("RUS",), ("UKR",), "asserted"),
        ),
    ],
)
def test_announced_refusal_rejects_the_other_side(nlp, text, expected) -> None:
    assert expected in coded(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        # a negated act of force is restraint, not refusal
        "Die Armee werde nicht in die Stadt einmarschieren, sagte der israelische "
        "Verteidigungsminister.",
        # a verb of omission negated asserts the act
        "Die Ukraine bat um Hilfe. «Wir werden die Ukraine nicht im Stich lassen», sagte "
        "der britische Premierminister.",
        # no other side named or told before: a statement of intent, no event
        "Die Regierung werde die Steuern nicht erhöhen, sagte der deutsche Finanzminister.",
    ],
)
def test_no_refusal_without_a_refused_side_or_with_omission(nlp, text) -> None:
    assert not any(t == "REJECT" for t, *_ in coded(nlp, text))
