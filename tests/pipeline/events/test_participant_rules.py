"""Who fills an event's actor and recipient (session 9): rules of German and of the guideline
about the phrases that name the participants.

Sentences are hand-parsed as the model parses them (see ``test_coder.make_doc``); mentions,
their kinds and the article's home state are set by hand, as ``lagebild_actors`` would.
"""

from __future__ import annotations

import pytest
import spacy

from lagebild.pipeline.actors.home import HomeState
from tests.pipeline.events.test_coder import coded, make_doc


@pytest.fixture(scope="module")
def vocab():
    return spacy.blank("de").vocab


THREAT = (
    "Israel/Israel/PROPN/2/nsubj drohte/drohen/VERB/0/root mit/mit/ADP/4/case "
    "Angriffen/Angriff/NOUN/2/obl ,/,/PUNCT/10/punct wenn/wenn/SCONJ/10/mark "
    "die/der/DET/8/det Hamas/Hamas/PROPN/10/nsubj nicht/nicht/PART/10/advmod "
    "aufhöre/aufhören/VERB/2/advcl ././PUNCT/2/punct"
)


@pytest.mark.parametrize(
    ("home", "expected"),
    [
        # in a story about Israel the threat is still aimed at the condition's subject,
        # not at a default addressee at home (the opposition)
        ("ISR", {("THREATEN", ("ISR",), ("PSE",), "asserted")}),
        (None, {("THREATEN", ("ISR",), ("PSE",), "asserted")}),
    ],
    ids=["story-about-the-threatening-state", "no-home-state"],
)
def test_a_conditional_threat_is_aimed_at_the_condition_before_any_default_addressee(
    vocab, home, expected
):
    doc = make_doc(vocab, THREAT, {"Israel": ["ISR"], "Hamas": ["PSE"]})
    doc._.home_state = HomeState(home, "dateline (3)") if home else None
    assert coded(doc) == expected
