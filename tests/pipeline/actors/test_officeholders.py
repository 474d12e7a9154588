"""Office holders of the generated PETRARCH2 layer in an article: found by full name while
in office, their surname later in the article too; out of office, left to the text."""

from __future__ import annotations

import pytest

from lagebild.pipeline.actors import ActorLinker
from tests.pipeline.actors.test_actors import KB_FILES, kb_linker, make_doc

HOLDERS = """
- id: p:petrarch-desi-bouterse
  name: Desi Bouterse
  roles:
  - {code: RUS, sector: GOV, start: '1980-02-25', end: '1988-01-25'}
"""


@pytest.fixture(scope="module")
def linker(tmp_path_factory: pytest.TempPathFactory) -> ActorLinker:
    files = dict(KB_FILES, **{"officeholders.generated.yaml": HOLDERS})
    return kb_linker(tmp_path_factory, files)


@pytest.mark.parametrize(
    ("spec", "ents", "surname_at"),
    [
        # The surname NER marked.
        (
            "Desi/PROPN Bouterse/PROPN verlor/VERB ./PUNCT Bouterse/PROPN klagt/VERB ./PUNCT",
            [(0, 2, "PER"), (4, 5, "PER")],
            4,
        ),
        # The surname NER missed.
        (
            "Desi/PROPN Bouterse/PROPN verlor/VERB ./PUNCT"
            " Nun/ADV klagt/VERB Bouterse/PROPN ./PUNCT",
            [(0, 2, "PER")],
            6,
        ),
    ],
)
def test_a_generated_office_holder_and_his_surname_are_one_actor(linker, spec, ents, surname_at):
    doc = linker(make_doc(spec, ents, date="1985-06-02"))
    by_start = {m.start: m for m in doc._.mentions}
    full = by_start[0].actors
    assert full == ["p:petrarch-desi-bouterse"]
    assert [m.actors for m in doc._.mentions if doc[surname_at].idx == m.start] == [full]
    assert doc._.actors[full[0]].code == "RUS"


def test_out_of_office_a_generated_holder_is_a_text_person(linker):
    """PETRARCH2's offices end in 2014: a later title in the text says more than an old
    office, so the name is linked as the text's person."""
    spec = "Desi/PROPN Bouterse/PROPN verlor/VERB in/ADP Russland/PROPN ./PUNCT"
    doc = linker(make_doc(spec, [(0, 2, "PER"), (4, 5, "LOC")], date="2005-06-02"))
    assert doc._.mentions[0].actors == ["text:desi-bouterse"]


@pytest.mark.parametrize(
    ("title", "actor", "code"),
    [
        ("Ex-Präsident/NOUN", "p:petrarch-desi-bouterse", "RUS"),  # the text says: a past office
        ("ehemalige/ADJ Präsident/NOUN", "p:petrarch-desi-bouterse", "RUS"),
        ("Präsident/NOUN", "text:desi-bouterse", None),  # a title now: not the old office
    ],
)
def test_a_former_title_links_a_generated_holder_out_of_office(linker, title, actor, code):
    spec = f"Der/DET {title} Desi/PROPN Bouterse/PROPN klagt/VERB ./PUNCT"
    name = len(title.split()) + 1
    doc = linker(make_doc(spec, [(name, name + 2, "PER")], date="2005-06-02"))
    mention = next(m for m in doc._.mentions if m.text.endswith("Bouterse"))
    assert mention.actors[-1] == actor
    assert doc._.actors[actor].code == code
