"""``die Moldau`` is the river, ``Moldau`` the state: a state's name that is also a river's
(ambiguous in the KB) names the state without an article, or where the article names the
state otherwise; its own occurrences are no such evidence (session 15)."""

from __future__ import annotations

import pytest

from lagebild.pipeline.actors import ActorLinker
from tests.pipeline.actors.test_actors import KB_FILES, kb_linker, make_doc

MOLDOVA = """
- code: MDA
  name: Republik Moldau
  names: [Republik Moldau, {name: Moldau, ambiguous: true}]
  adjective: moldauisch
  places: [{name: Chisinau, sector: GOV}]
"""


@pytest.fixture(scope="module")
def linker(tmp_path_factory: pytest.TempPathFactory) -> ActorLinker:
    files = dict(KB_FILES, **{"states.yaml": KB_FILES["states.yaml"] + MOLDOVA})
    return kb_linker(tmp_path_factory, files)


@pytest.mark.parametrize(
    ("spec", "codes"),
    [
        # After an article, nothing else naming the state: the river (was MDA).
        ("Die/DET Moldau/PROPN fließt/VERB durch/ADP Prag/PROPN ./PUNCT", []),
        ("Das/DET Hochwasser/NOUN der/DET Moldau/PROPN stieg/VERB ./PUNCT", []),
        # Bare, as the state's name goes: the state.
        ("Russland/PROPN verhandelt/VERB mit/ADP Moldau/PROPN ./PUNCT", ["MDA"]),
        # After an article where the text names the state otherwise: the state.
        (
            "Die/DET moldauische/ADJ Regierung/NOUN klagt/VERB ./PUNCT"
            " Die/DET Moldau/PROPN protestierte/VERB ./PUNCT",
            ["MDA"],
        ),
    ],
)
def test_a_state_name_that_is_a_river_needs_no_article_or_other_evidence(linker, spec, codes):
    words = [w.rsplit("/", 1)[0] for w in spec.split()]
    ents = [(i, i + 1, "LOC") for i, w in enumerate(words) if w in ("Moldau", "Russland")]
    ents += [(i, i + 1, "LOCderiv") for i, w in enumerate(words) if w == "moldauische"]
    doc = linker(make_doc(spec, sorted(ents)))
    found = [m for m in doc._.mentions if m.text == "Moldau"]
    assert [doc._.actors[a].code for m in found for a in m.actors] == codes


@pytest.mark.parametrize(("name", "code"), [("Moldau", "MDA"), ("Niger", "NER")])
def test_the_short_names_of_states_named_like_rivers_are_known_and_marked(name, code):
    # "Moldau" is the short name the Auswärtiges Amt and dpa give the Republic of Moldova.
    from lagebild.kb.loader import get_kb

    hits = get_kb().lookup(name)
    assert [(get_kb().entries[h.entry_id].code, h.ambiguous) for h in hits] == [(code, True)]
