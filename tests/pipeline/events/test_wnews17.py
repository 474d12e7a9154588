"""Session 17 (helper wnews17): the Wikinews register on the develop sets.

A head of state or government who dismisses his own government or cabinet sanctions his own
state's body: dismissal from office is done within a state, so the own state as target is no
state sanctioning itself (the codebook flag ``own_state_target``)."""

from __future__ import annotations

import pytest

from tests.pipeline.events.test_coder import analysed


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "date", "expected"),
    [
        ("Der kasachische Präsident entließ am Mittwoch die gesamte Regierung.", "2022-01-06",
         ("SANCTION", "KAZ", "KAZ")),
        ("Der tunesische Präsident hat die Regierung entlassen.", "2021-07-26",
         ("SANCTION", "TUN", "TUN")),
        ("Der brasilianische Präsident entließ das Kabinett.", "2019-01-10",
         ("SANCTION", "BRA", "BRA")),
    ],
    ids=["preterite-government", "perfect-government", "cabinet"],
)  # fmt: skip
def test_dismissing_the_own_government_is_a_sanction(nlp, text, date, expected):
    assert expected in analysed(nlp, text, date)


@pytest.mark.model
def test_a_firm_dismissing_staff_is_still_no_sanction(nlp):
    text = "Der Autokonzern Volkswagen entließ im Werk Emden 500 Mitarbeiter."
    assert not {e for e in analysed(nlp, text, "2019-01-10") if e[0] == "SANCTION"}
