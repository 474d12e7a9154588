"""Names news uses bare that the model misses (session 13): German firms without a legal
form and the Bundestag groups written as closed compounds."""

from __future__ import annotations

import pytest
import spacy

from lagebild.pipeline.actors import ActorLinker
from tests.pipeline.actors.test_actors import make_doc


@pytest.fixture(scope="module")
def linker() -> ActorLinker:
    return ActorLinker(spacy.blank("de"), "lagebild_actors")  # the packaged KB


@pytest.mark.parametrize(
    ("spec", "text", "actor"),
    [
        # The model tags Volkswagen a common noun (Volks|wagen): the KB names it.
        ("Volkswagen/NOUN will/AUX Werke/NOUN schließen/VERB ./PUNCT", "Volkswagen", "DEU/BUS"),
        ("Siemens/PROPN baut/VERB Stellen/NOUN ab/ADP ./PUNCT", "Siemens", "DEU/BUS"),
        # The Bundestag groups by their closed compounds (1,770 and 415 times in the speeches)
        ("Die/DET Unionsfraktion/NOUN kritisierte/VERB die/DET Regierung/NOUN ./PUNCT",
         "Unionsfraktion", "CDU"),
        ("Die/DET Linksfraktion/NOUN forderte/VERB einen/DET Ausschuss/NOUN ./PUNCT",
         "Linksfraktion", "LINKE"),
    ],
    ids=["volkswagen", "siemens", "unionsfraktion", "linksfraktion"],
)  # fmt: skip
def test_german_firms_and_bundestag_groups_news_names_bare_are_known(linker, spec, text, actor):
    doc = linker(make_doc(spec, date="2024-05-01"))
    mention = next(m for m in doc._.mentions if m.text == text)
    assert mention.actors == [actor]


@pytest.mark.parametrize(
    ("word", "code"),
    [("Bundestagspräsident", "DEU"), ("Bundestagspräsidentin", "DEU"),
     ("Landtagspräsidentin", "DEU")],
)  # fmt: skip
def test_the_president_of_a_chamber_is_the_legislature(linker, word, code):
    # The compound's head Präsident is GOV; a chamber's president presides over the
    # legislature (the gold codes Bundestagspräsident Lammert LEG).
    spec = f"Die/DET {word}/NOUN rügte/VERB die/DET Abgeordneten/NOUN ./PUNCT"
    doc = linker(make_doc(spec, date="2024-05-01", title="Deutschland: Streit im Parlament"))
    mention = next(m for m in doc._.mentions if m.text == f"Die {word}")
    actor = doc._.actors[mention.actors[0]]
    assert (actor.code, actor.sector) == (code, "LEG")
