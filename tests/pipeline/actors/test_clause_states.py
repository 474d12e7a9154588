"""A role's state from the state acting in its sentence, clause by clause (session 12)."""

from __future__ import annotations

import pytest
import spacy

from lagebild.pipeline.actors import ActorLinker
from tests.pipeline.actors.test_actors import make_doc


@pytest.fixture(scope="module")
def linker() -> ActorLinker:
    return ActorLinker(spacy.blank("de"), "lagebild_actors")  # the packaged KB


def _codes_of(doc, text: str) -> set[str]:
    mention = next(m for m in doc._.mentions if m.text == text)
    return {doc._.actors[a].code for a in mention.actors}


@pytest.mark.parametrize(
    ("spec", "deps", "role", "code"),
    [
        # The speaker reporting what the state's clause says is not of that state: the
        # story (its title) is German.
        (
            "Die/DET Ukraine/PROPN brauche/VERB Hilfe/NOUN ,/PUNCT sagte/VERB der/DET"
            " Oppositionsführer/NOUN ./PUNCT",
            {1: ("nsubj", 2), 5: ("parataxis", 2), 7: ("nsubj", 5)},
            "der Oppositionsführer",
            "DEU",
        ),
        # A role inside the state's clause is the state's.
        (
            "Großbritannien/PROPN plane/VERB ,/PUNCT Soldaten/NOUN zu/PART senden/VERB ./PUNCT",
            {0: ("nsubj", 1), 3: ("obj", 5), 5: ("xcomp", 1)},
            "Soldaten",
            "GBR",
        ),
    ],
)
def test_a_speaker_is_not_of_the_state_his_reported_clause_names(linker, spec, deps, role, code):
    state = 1 if spec.startswith("Die/DET Ukraine") else 0
    doc = make_doc(spec, [(state, state + 1, "LOC")], deps=deps, title="Deutschland streitet")
    assert _codes_of(linker(doc), role) == {code}


@pytest.mark.parametrize("opening", ["zu/ADP", "zu/ADP der/DET"])
def test_a_state_after_a_preposition_is_no_subject_before_a_finite_verb(linker, opening):
    # "an der Grenze zu Belarus will Polen …": the parse-error fallback (a finite verb right
    # after a state makes it the subject) does not apply to a preposition's noun.
    spec = (
        f"Nach/ADP dem/DET Tod/NOUN eines/DET Soldaten/NOUN an/ADP der/DET Grenze/NOUN {opening}"
        " Belarus/PROPN will/AUX Polen/PROPN eine/DET Zone/NOUN einrichten/VERB ./PUNCT"
    )
    belarus = spec.split().index("Belarus/PROPN")
    doc = make_doc(
        spec,
        [(belarus, belarus + 1, "LOC"), (belarus + 2, belarus + 3, "LOC")],
        morphs={belarus + 1: "VerbForm=Fin"},
        title="Polen verstärkt die Grenze",
    )
    assert _codes_of(linker(doc), "eines Soldaten") == {"POL"}


def test_an_attacker_the_text_does_not_name_is_of_the_state_where_his_clause_happens(linker):
    # The guideline: unnamed attackers take "the code of the state where they act".
    spec = (
        "In/ADP Tunesien/PROPN hatte/AUX ein/DET Extremist/NOUN Touristen/NOUN"
        " erschossen/VERB ./PUNCT"
    )
    deps = {0: ("case", 1), 1: ("obl", 6), 2: ("aux", 6), 3: ("det", 4), 4: ("nsubj", 6)}
    doc = make_doc(spec, [(1, 2, "LOC")], deps=deps, title="Großbritannien verschärft Gesetze")
    assert _codes_of(linker(doc), "ein Extremist") == {"TUN"}
