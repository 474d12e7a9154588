"""``den deutschen Botschafter Jan Kricke aus N'Djamena (ausweisen)``: a title with a state
says whose the person is; ``aus`` after the name only where he comes from or is sent away
from, which gives a state only to a person no title gives one (session 15)."""

from __future__ import annotations

import pytest

from tests.pipeline.actors.test_actors import make_doc
from tests.pipeline.actors.test_home import linker  # noqa: F401


@pytest.mark.parametrize(
    ("spec", "ents", "code"),
    [
        # The title's state wins over "aus" (was GBR).
        (
            "Der/DET russische/ADJ Botschafter/NOUN Hans/PROPN Meier/PROPN aus/ADP"
            " Großbritannien/PROPN sprach/VERB ./PUNCT",
            [(1, 2, "LOCderiv"), (3, 5, "PER"), (6, 7, "LOC")],
            "RUS",
        ),
        # No state in the title: "aus" gives it.
        (
            "Der/DET Botschafter/NOUN Hans/PROPN Meier/PROPN aus/ADP Großbritannien/PROPN"
            " sprach/VERB ./PUNCT",
            [(2, 4, "PER"), (5, 6, "LOC")],
            "GBR",
        ),
    ],
)
def test_a_titles_state_wins_over_the_place_the_person_comes_from(linker, spec, ents, code):  # noqa: F811
    doc = linker(make_doc(spec, ents))
    person = next(m for m in doc._.mentions if m.text.endswith("Meier"))
    assert [doc._.actors[a].code for a in person.actors] == [code]


@pytest.mark.parametrize(
    ("spec", "ents", "code"),
    [
        # A state's ambassador to the UN acts for the state (was UN).
        (
            "Der/DET russische/ADJ UN-Botschafter/NOUN Hans/PROPN Meier/PROPN sprach/VERB ./PUNCT",
            [(1, 2, "LOCderiv"), (3, 5, "PER")],
            "RUS",
        ),
        # Without a state: the organisation's.
        ("UN-Botschafter/NOUN Hans/PROPN Meier/PROPN sprach/VERB ./PUNCT", [(1, 3, "PER")], "UN"),
    ],
)
def test_a_states_envoy_to_an_organisation_acts_for_the_state(linker, spec, ents, code):  # noqa: F811
    doc = linker(make_doc(spec, ents))
    person = next(m for m in doc._.mentions if m.text.endswith("Meier"))
    assert [doc._.actors[a].code for a in person.actors] == [code]
