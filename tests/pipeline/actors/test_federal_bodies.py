"""``die äthiopische Bundesregierung``, ``die Bundesregierung in Addis Abeba``: German calls
any federation's bodies ``Bundes…``; the KB's Bundesregierung is Germany's only when the
text names no other state for it (session 15)."""

from __future__ import annotations

from pathlib import Path

import pytest
import spacy

from lagebild.pipeline.actors import ActorLinker
from tests.pipeline.actors.test_actors import KB_FILES, make_doc

INSTITUTIONS = (
    "institutions: [{name: Bundeswehr, sector: MIL}, {name: Bundesregierung, sector: GOV},"
    " {name: Bundespolizei, sector: COP}]"
)


@pytest.fixture(scope="module")
def linker(tmp_path_factory: pytest.TempPathFactory) -> ActorLinker:
    root: Path = tmp_path_factory.mktemp("kb")
    states = KB_FILES["states.yaml"].replace(
        "institutions: [{name: Bundeswehr, sector: MIL}]", INSTITUTIONS
    )
    for name, text in dict(KB_FILES, **{"states.yaml": states}).items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text.lstrip(), encoding="utf-8")
    return ActorLinker(spacy.blank("de"), "lagebild_actors", kb_path=str(root))


ADJ = [(1, 2, "LOCderiv")]
BODY = "Bundesregierung"
LAST = [(3, 4, "LOC")]
LATER = [(4, 5, "LOC")]


@pytest.mark.parametrize(
    ("spec", "ents", "body", "code"),
    [
        # Another state's adjective before it: that state's (was DEU).
        ("Die/DET russische/ADJ Bundesregierung/NOUN sprach/VERB ./PUNCT", ADJ, BODY, "RUS"),
        ("Die/DET russische/ADJ Bundespolizei/NOUN sprach/VERB ./PUNCT", ADJ, "Bundespolizei",
         "RUS"),
        # Its seat after "in": that state's (was DEU).
        ("Die/DET Bundesregierung/NOUN in/ADP Moskau/PROPN sprach/VERB ./PUNCT", LAST, BODY, "RUS"),
        # Germany's own, named or not, stays DEU.
        ("Die/DET deutsche/ADJ Bundesregierung/NOUN sprach/VERB ./PUNCT", ADJ, BODY, "DEU"),
        ("Die/DET Bundesregierung/NOUN war/VERB in/ADP Moskau/PROPN ./PUNCT", LATER, BODY, "DEU"),
    ],
)  # fmt: skip
def test_a_federal_body_is_the_state_the_text_gives_it(linker, spec, ents, body, code):
    doc = linker(make_doc(spec, ents))
    found = [m for m in doc._.mentions if m.text == body]
    assert [doc._.actors[a].code for m in found for a in m.actors] == [code]
