"""``KnowledgeBase.adjective_state``: the one look-up "state adjective → state code" that
places, the actor context and unknown organisations' names share."""

from __future__ import annotations

import pytest

from lagebild.kb.loader import KnowledgeBase, get_kb


@pytest.fixture(scope="module")
def kb() -> KnowledgeBase:
    return get_kb()


@pytest.mark.parametrize(
    ("word", "state"),
    [
        ("chilenischen", "CHL"),
        ("russische", "RUS"),
        ("Russischen", "RUS"),  # capitalised at a sentence's start
        ("süd-koreanischen", "KOR"),  # the closed adjective, hyphenated
        ("kongolesischen", None),  # two Congos: no one state
        ("Brüsseler", None),  # the EU's place adjective: a body's, not a state's
        ("südamerikanischen", None),  # a continent's part, no state
        ("Russland", None),  # the name, not an adjective
        ("rohstoffreichen", None),
    ],
)
def test_adjective_names_one_state(kb: KnowledgeBase, word: str, state: str | None) -> None:
    assert kb.adjective_state(word) == state


@pytest.mark.parametrize(
    ("word", "code"),
    [("Brüsseler", "EU"), ("russischen", "RUS"), ("kongolesischen", None)],
)
def test_with_bodies_a_body_place_adjective_names_the_body(
    kb: KnowledgeBase, word: str, code: str | None
) -> None:
    assert kb.adjective_state(word, bodies=True) == code


@pytest.mark.parametrize(
    ("word", "expected"),
    [("Brüsseler", True), ("kongolesischen", True), ("chilenischen", True), ("Chile", False)],
)
def test_is_adjective_of_any_entry(kb: KnowledgeBase, word: str, expected: bool) -> None:
    assert kb.is_adjective(word) is expected
