"""The diagnostic that names the coder stage losing a missed event (session 24, frame24b)."""

from __future__ import annotations

import pytest

from lagebild.codebook.loader import load_codebook
from lagebild.evaluate.lost import cause, trigger_losses


@pytest.mark.parametrize(
    ("gold_type", "triggers", "expected"),
    [
        ("SUPPORT", [], "no codebook trigger in the sentence"),
        ("SUPPORT", [{"type": "ASSAULT", "lost": "L1: x"}], "only other-type triggers"),
        (
            "SUPPORT",
            [{"type": "ASSAULT", "lost": "L1: x"}, {"type": "SUPPORT", "lost": "L2: y"}],
            "L2: y",
        ),
    ],
)
def test_the_cause_is_the_first_trigger_of_the_gold_type(gold_type, triggers, expected) -> None:
    assert cause(gold_type, triggers) == expected


def test_a_trigger_without_an_actor_names_the_line_that_dropped_it(nlp) -> None:
    doc = nlp("Die Firma lobte das Ergebnis des Quartals.")
    found = trigger_losses(doc, list(doc), load_codebook())
    assert [t["type"] for t in found] == ["SUPPORT"]
    assert found[0]["lost"].startswith("L")


def test_a_coded_event_is_no_loss_of_code_predicate(nlp) -> None:
    doc = nlp("Frankreich unterstützt die Ukraine.")
    found = trigger_losses(doc, list(doc), load_codebook())
    assert found and found[0]["lost"].startswith("candidate SUPPORT")
