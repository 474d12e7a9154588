"""Participants that had no actor mention at all (session 10, round 2): units of a body
named by a compound, people and companies of word classes the role lexicon lacked."""

from __future__ import annotations

import pytest
import spacy

from lagebild.pipeline.actors import ActorLinker
from tests.pipeline.actors.test_actors import make_doc


@pytest.fixture(scope="module")
def linker() -> ActorLinker:
    return ActorLinker(spacy.blank("de"), "lagebild_actors")  # the packaged KB


def _role_actor(linker: ActorLinker, word: str) -> tuple[str | None, str | None] | None:
    spec = f"In/ADP Berlin/PROPN sprachen/VERB die/DET {word} ./PUNCT"
    doc = linker(make_doc(spec, [(1, 2, "LOC")]))
    mention = next((m for m in doc._.mentions if m.kind == "role"), None)
    if mention is None or not mention.actors:
        return None
    actor = doc._.actors[mention.actors[0]]
    return actor.code, actor.sector


@pytest.mark.parametrize(
    ("word", "sector"),
    [
        ("Polizeiinspektion/NOUN", "COP"),
        ("Polizeiwachen/NOUN", "COP"),
        ("Polizeidienststelle/NOUN", "COP"),
        ("Regierungspräsidium/NOUN", "GOV"),
        ("Demonstrationsbündnis/NOUN", "CVL"),  # an alliance of a kind of group
        ("Oppositionsbündnis/NOUN", "OPP"),
    ],
)
def test_a_unit_of_a_body_named_by_its_modifier_is_that_bodys_group(linker, word, sector):
    assert _role_actor(linker, word) == ("DEU", sector)


@pytest.mark.parametrize(
    "word", ["Mahnwache/NOUN", "Kohlerevier/NOUN", "Raumstation/NOUN", "Verteidigungsbündnis/NOUN"]
)
def test_a_unit_head_after_no_role_word_is_no_actor(linker, word):
    assert _role_actor(linker, word) is None


@pytest.mark.parametrize(
    ("word", "sector"),
    [
        ("Touristen/NOUN", "CVL"),
        ("Tagestouristen/NOUN", "CVL"),  # compounds of the head
        ("Urlauber/NOUN", "CVL"),
        ("Befürworter/NOUN", "CVL"),
        ("Kriegsbefürworter/NOUN", "CVL"),
        ("Tatverdächtigen/NOUN", "CVL"),  # compounds of the nominalised adjective
        ("Terrorverdächtigen/NOUN", "CVL"),
        ("Fluglinien/NOUN", "BUS"),
        ("Billigfluggesellschaften/NOUN", "BUS"),
    ],
)
def test_visitors_supporters_suspects_and_airlines_are_groups_of_the_story_state(
    linker, word, sector
):
    assert _role_actor(linker, word) == ("DEU", sector)


def test_unverdaechtige_is_no_suspect(linker):
    assert _role_actor(linker, "Unverdächtige/NOUN") is None


@pytest.mark.parametrize(
    ("word", "sector"),
    [
        ("Vermissten/NOUN", "CVL"),  # victims, as Verletzte and Tote
        ("Überlebenden/NOUN", "CVL"),
        ("Asylbewerber/NOUN", "CVL"),  # refugees
        ("Asylsuchenden/NOUN", "CVL"),
        ("Passagiere/NOUN", "CVL"),  # people
        ("Reisenden/NOUN", "CVL"),
        ("Obdachlosen/NOUN", "CVL"),
        ("Krawallmacher/NOUN", "CVL"),  # offenders, as Plünderer
        ("Chaoten/NOUN", "CVL"),
        ("Sanitäter/NOUN", "GOV"),  # rescue services, as Helfer
        ("Privatwirtschaft/NOUN", "BUS"),
        ("Sondereinsatzkommandos/NOUN", "COP"),  # SEK, MEK: police units
    ],
)
def test_nominalised_people_and_private_business_are_groups_of_the_story_state(
    linker, word, sector
):
    assert _role_actor(linker, word) == ("DEU", sector)


def test_the_bundeswehr_command_is_no_police_unit(linker):
    assert _role_actor(linker, "Einsatzführungskommando/NOUN") is None
