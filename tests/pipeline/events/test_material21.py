"""Session 21 (branch material21): material acts whose doer the sentence does not name.

- A sentence opened by "dabei" or "hierbei" tells what happened in the course of the act the
  sentence before told; an agentless killing it tells is an act of that sentence's subject
  ("Die Armee griff ein Lager der Rebellen an. Dabei wurden sechs Kämpfer getötet") if that
  subject is an armed one (a state, its forces, an armed group: not reporters or protesters),
  and a state named beside that subject is not the doer of the killing of its own people.
"""

from __future__ import annotations

import pytest

from tests.pipeline.events.test_coder import analysed


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Türkische Truppen rückten in der Nacht in das Dorf im Nordirak vor. Dabei sollen "
         "vier Kämpfer der PKK getötet worden sein.", ("ASSAULT", "TUR", "PKK")),
        ("Israelische Soldaten durchsuchten am Morgen ein Flüchtlingslager bei Nablus. Dabei "
         "wurden zwei Palästinenser erschossen.", ("ASSAULT", "ISR", "PSE")),
        ("Russische Kampfjets bombardierten am Sonntag mehrere Dörfer. Hierbei wurden nach "
         "Angaben von Helfern elf ukrainische Zivilisten getötet.", ("ASSAULT", "RUS", "UKR")),
    ],
    ids=["dabei-modal-passive", "dabei-search", "hierbei"],
)  # fmt: skip
def test_an_agentless_killing_opened_by_dabei_is_the_doer_of_the_sentence_before(
    nlp, text, expected
):
    assert expected in analysed(nlp, text, "2024-05-01")


@pytest.mark.model
def test_the_resumed_doer_leaves_out_the_state_of_the_victims(nlp):
    text = (
        "Seoul (Südkorea) – Nordkoreanische Artillerie hat am Dienstag eine südkoreanische "
        "Insel beschossen. Dabei wurden zwei südkoreanische Marinesoldaten getötet."
    )
    found = analysed(nlp, text, "2010-11-24")
    assert ("ASSAULT", "PRK", "KOR") in found
    # neither the dateline's state beside the doer nor the victims' state as the killer
    assert not any(t == "ASSAULT" and r == "KOR" and "KOR" in a.split(",") for t, a, r in found)


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        # "dabei" of another clause; no coded doer before
        "Die Regierung in Kiew legte am Montag ihren Haushalt vor. Dabei wurde betont, dass "
        "die Ausgaben steigen.",
        "Ein schweres Unwetter zog über das Land. Dabei wurden zwei Menschen getötet.",
        # the subject before is no armed actor: the killing during a report or a protest is
        # someone else's
        "Amnesty International berichtete über Proteste in Syrien. Dabei sollen drei "
        "Demonstranten erschossen worden sein.",
        "Anhänger der iranischen Opposition demonstrierten in Teheran. Dabei wurden zwei "
        "Menschen getötet.",
    ],
    ids=["no-killing", "no-doer", "reporter", "protesters"],
)  # fmt: skip
def test_no_attacker_is_resumed_without_a_killing_and_an_armed_doer(nlp, text):
    found = analysed(nlp, text, "2024-05-01")
    assert not any(t == "ASSAULT" and a for t, a, _ in found)
