"""``nach Angaben Kiews``, ``auf Drängen Bamakos``: ``nach`` and ``auf`` with a bare noun
name a source or a cause, not a place; the capital after the noun is the actor whose
statement or pressure it is (session 15)."""

from __future__ import annotations

import pytest

from tests.pipeline.actors.test_actors import make_doc
from tests.pipeline.actors.test_home import linker  # noqa: F401


@pytest.mark.parametrize(
    ("spec", "codes"),
    [
        # A source or a cause: the capital is who said or pressed (was no mention).
        ("Nach/ADP Angaben/NOUN Moskaus/PROPN starben/VERB drei/NUM ./PUNCT", ["RUS"]),
        ("Auf/ADP Drängen/NOUN Moskaus/PROPN endete/VERB die/DET Mission/NOUN ./PUNCT", ["RUS"]),
        # A goal or a place stays a place.
        ("Er/PRON reiste/VERB nach/ADP Moskau/PROPN ./PUNCT", []),
        ("Sie/PRON wohnt/VERB im/ADP Zentrum/NOUN Moskaus/PROPN ./PUNCT", []),
        ("Sie/PRON landeten/VERB auf/ADP dem/DET Flughafen/NOUN Moskaus/PROPN ./PUNCT", []),
    ],
)
def test_a_capital_after_a_bare_noun_of_nach_or_auf_is_the_owner_not_a_place(
    linker,  # noqa: F811
    spec,
    codes,
):
    words = [w.rsplit("/", 1)[0] for w in spec.split()]
    i = next(j for j, w in enumerate(words) if w.startswith("Moskau"))
    doc = linker(make_doc(spec, [(i, i + 1, "LOC")]))
    found = [m for m in doc._.mentions if m.text.startswith("Moskau")]
    assert [doc._.actors[a].code for m in found for a in m.actors] == codes
