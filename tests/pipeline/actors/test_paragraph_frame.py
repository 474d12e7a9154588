"""``Im Tschad regiert eine Junta. … waren Dutzende Menschen getötet worden``: a paragraph
that opens with ``In``/``Im`` and a state sets the scene; its bodies and people without a
state are that state's, not the dateline's or the headline's (session 15)."""

from __future__ import annotations

import pytest

from tests.pipeline.actors.test_actors import make_doc
from tests.pipeline.actors.test_home import linker  # noqa: F401

FIRST = "Berlin/PROPN (/PUNCT dpa/PROPN )/PUNCT -/PUNCT Deutschland/PROPN protestierte/VERB ./PUNCT"


@pytest.mark.parametrize(
    ("second", "code"),
    [
        # The paragraph opens in Russia: its demonstrators are Russian (were DEU).
        ("¶/SPACE Im/ADP Russland/PROPN regiert/VERB Putin/PROPN ./PUNCT", "RUS"),
        ("¶/SPACE In/ADP der/DET Ukraine/PROPN regiert/VERB Selenskyj/PROPN ./PUNCT", "UKR"),
        # Not opening the paragraph: no frame, the article's state.
        ("¶/SPACE Putin/PROPN regiert/VERB in/ADP Russland/PROPN ./PUNCT", "DEU"),
    ],
)
def test_a_paragraph_opening_in_a_state_gives_its_people_that_state(linker, second, code):  # noqa: F811
    spec = f"{FIRST} {second} Demonstranten/NOUN protestierten/VERB ./PUNCT"
    words = [w.rsplit("/", 1)[0] for w in spec.split()]
    states = ("Deutschland", "Russland", "Ukraine")
    ents = [(i, i + 1, "LOC") for i, w in enumerate(words) if w in states]
    doc = linker(make_doc(spec, ents, title="Deutschland protestiert", dateline_end=4))
    found = next(m for m in doc._.mentions if m.text == "Demonstranten")
    assert [doc._.actors[a].code for a in found.actors] == [code]
