"""Threats, sanctions, retreats and mobilisation, session 13 (issue 13, branch ``threat13``):
canonical agency sentences of these types whose German the coder misread.

Hand-parsed Docs reproduce the model's parse (see ``test_coder.make_doc``); the ``model``
sentences run the full pipeline, each with the reading it must not take.
"""

from __future__ import annotations

import pytest

from tests.pipeline.events.test_coder import analysed, coded, make_doc

# (name, tokens, mentions, expected events)
CASES = [
    (
        "in Alarmbereitschaft hung on the object is still the verb's complement",
        "Polen/Polen/PROPN/2/nsubj versetzte/versetzen/VERB/0/root seine/sein/DET/4/det:poss "
        "Armee/Armee/NOUN/2/obj in/in/ADP/6/case Alarmbereitschaft/Alarmbereitschaft/NOUN/4/nmod "
        "././PUNCT/2/punct",
        {"Polen": ["POL"]},
        {("MOBILIZE", ("POL",), (), "asserted")},
    ),
    (
        "in Aufruhr versetzen is no alert",
        "Polen/Polen/PROPN/2/nsubj versetzte/versetzen/VERB/0/root die/der/DET/4/det "
        "Börsen/Börse/NOUN/2/obj in/in/ADP/6/case Aufruhr/Aufruhr/NOUN/2/obl ././PUNCT/2/punct",
        {"Polen": ["POL"]},
        set(),
    ),
]


@pytest.mark.parametrize(
    ("spec", "mentions", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES]
)
def test_codes_the_construction(vocab, spec, mentions, expected) -> None:
    assert coded(make_doc(vocab, spec, mentions)) == expected


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected", "excluded"),
    [
        # the preterite: the parser hangs "in Alarmbereitschaft" on the object
        ("Nordkorea versetzte seine Armee in Alarmbereitschaft.", {("MOBILIZE", "PRK", "")}, set()),
        ("Der Iran versetzte seine Luftabwehr in höchste Alarmbereitschaft.",
         {("MOBILIZE", "IRN", "")}, set()),
    ],
)
def test_alert_is_mobilisation(nlp, text, expected, excluded) -> None:
    events = analysed(nlp, text, "2024-09-01")
    assert expected <= events
    assert not excluded & events
