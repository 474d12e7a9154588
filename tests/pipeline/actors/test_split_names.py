"""``Regierungssprecher Aziz | Mahamat Saleh``: two person entities NER split with nothing
between are one name; German writes no two persons side by side without a comma or ``und``
(session 15)."""

from __future__ import annotations

from tests.pipeline.actors.test_actors import make_doc
from tests.pipeline.actors.test_home import linker  # noqa: F401


def test_two_adjacent_person_entities_are_one_name(linker):  # noqa: F811
    # Alone, "Putin" would be the KB's Russian president.
    spec = "Regierungssprecher/NOUN Putin/PROPN Ali/PROPN Saleh/PROPN sprach/VERB ./PUNCT"
    doc = linker(make_doc(spec, [(1, 2, "PER"), (2, 4, "PER")]))
    names = [m for m in doc._.mentions if m.kind == "name"]
    assert [m.text for m in names] == ["Regierungssprecher Putin Ali Saleh"]
    assert all(doc._.actors[a].code != "RUS" for m in names for a in m.actors)


def test_person_entities_split_by_und_stay_two(linker):  # noqa: F811
    spec = "Putin/PROPN und/CCONJ Ali/PROPN Saleh/PROPN sprachen/VERB ./PUNCT"
    doc = linker(make_doc(spec, [(0, 1, "PER"), (2, 4, "PER")]))
    assert [m.text for m in doc._.mentions if m.kind == "name"] == ["Putin", "Ali Saleh"]
