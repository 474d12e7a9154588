"""``das Gericht`` after ``der Internationale Strafgerichtshof``: a definite singular body
word that a named organisation's name ends in (or holds) is that organisation, not the
story's state (session 15)."""

from __future__ import annotations

import pytest

from lagebild.pipeline.actors import ActorLinker
from tests.pipeline.actors.test_actors import KB_FILES, kb_linker, make_doc

COURT = """
- code: ICC
  kind: organisation
  sector: IGO
  names: [Internationaler Strafgerichtshof, Internationale Strafgerichtshof]
"""
COURT_WORDS = (
    "  - {word: Gericht, forms: [Gericht, Gerichts, Gerichte], sector: JUD, kind: group}\n"
    "  - {word: Teilnehmer,"
)


@pytest.fixture(scope="module")
def linker(tmp_path_factory: pytest.TempPathFactory) -> ActorLinker:
    files = dict(
        KB_FILES,
        **{
            "organisations.yaml": KB_FILES["organisations.yaml"] + COURT,
            "roles.yaml": KB_FILES["roles.yaml"].replace("  - {word: Teilnehmer,", COURT_WORDS),
        },
    )
    return kb_linker(tmp_path_factory, files)


COURT_NAMED = (
    "Der/DET Internationale/ADJ Strafgerichtshof/NOUN verurteilte/VERB Russland/PROPN ./PUNCT"
)
ENTS = [(1, 3, "ORG"), (4, 5, "LOC")]


@pytest.mark.parametrize(
    ("spec", "codes"),
    [
        # Named before: that court (was the state acting in the story, RUS).
        (COURT_NAMED + " Moskau/PROPN kritisierte/VERB das/DET Gericht/NOUN ./PUNCT", ["ICC"]),
        (COURT_NAMED + " Das/DET Urteil/NOUN des/DET Gerichts/NOUN gilt/VERB ./PUNCT", ["ICC"]),
        # Plural courts are others.
        (COURT_NAMED + " Moskau/PROPN kritisierte/VERB die/DET Gerichte/NOUN ./PUNCT", ["RUS"]),
    ],
)
def test_a_definite_body_word_is_the_organisation_named_with_it(linker, spec, codes):
    ents = ENTS + [(6, 7, "LOC")] if "Moskau" in spec else ENTS
    morphs = {i: "Number=Plur" for i, w in enumerate(spec.split()) if w.startswith("Gerichte/")}
    doc = linker(make_doc(spec, ents, morphs=morphs))
    found = [m for m in doc._.mentions if m.text.split()[-1].startswith("Gericht")]
    assert [doc._.actors[a].code for m in found for a in m.actors] == codes
