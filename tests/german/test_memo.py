"""``per_token`` answers once per token while a Doc's parse is fixed, and only then."""

from __future__ import annotations

from collections.abc import Callable

import spacy
from spacy.tokens import Doc, Token

from lagebild.german.memo import by_identity, fixed_parse, per_token

NLP = spacy.blank("de")


def _counting() -> tuple[list[int], Callable[..., list[str]]]:
    calls: list[int] = []

    @per_token
    def neighbours(token: Token, reach: int = 1) -> list[str]:
        calls.append(token.i)
        return [t.text for t in token.doc[token.i + 1 : token.i + 1 + reach]]

    return calls, neighbours


def test_answers_once_per_token_while_the_parse_is_fixed() -> None:
    calls, neighbours = _counting()
    doc = NLP("Russland hat Truppen verlegt")
    with fixed_parse(doc):
        for _ in range(3):
            assert neighbours(doc[0]) == ["hat"]
            assert neighbours(doc[0], 2) == ["hat", "Truppen"]
    assert calls == [0, 0]  # once per (token, further argument)


def test_computes_each_time_outside_a_fixed_parse() -> None:
    calls, neighbours = _counting()
    doc = NLP("Russland hat Truppen verlegt")
    neighbours(doc[1])
    neighbours(doc[1])
    assert calls == [1, 1]


def test_another_doc_is_not_answered_from_the_fixed_one() -> None:
    calls, neighbours = _counting()
    fixed, other = NLP("China droht Taiwan"), NLP("Iran warnt Israel")
    with fixed_parse(fixed):
        assert neighbours(fixed[0]) == ["droht"]
        assert neighbours(other[0]) == ["warnt"]
        assert neighbours(other[0]) == ["warnt"]
    assert calls == [0, 0, 0]


def test_a_list_answer_is_handed_out_as_a_copy() -> None:
    _, neighbours = _counting()
    doc: Doc = NLP("Die EU verhängt Sanktionen")
    with fixed_parse(doc):
        first = neighbours(doc[1])
        first.append("changed")
        assert neighbours(doc[1]) == ["verhängt"]


def test_answers_are_forgotten_when_the_block_ends() -> None:
    calls, neighbours = _counting()
    doc = NLP("Die EU verhängt Sanktionen")
    with fixed_parse(doc):
        neighbours(doc[2])
    with fixed_parse(doc):  # the parse may have changed in between
        neighbours(doc[2])
    assert calls == [2, 2]


def test_by_identity_makes_once_per_object_and_not_for_an_equal_one() -> None:
    made: list[tuple[str, ...]] = []
    sizes = by_identity(lambda stems: made.append(stems) or len(stems), limit=8)
    stems, equal = ("angriff", "anschlag"), tuple(["angriff", "anschlag"])
    assert sizes(stems) == sizes(stems) == 2
    assert sizes(equal) == 2
    assert len(made) == 2  # the equal tuple is another object: made again, never confused


def test_by_identity_makes_again_after_its_table_is_cleared() -> None:
    made: list[object] = []
    ids = by_identity(lambda key: made.append(key) or id(key), limit=2)
    keys = [object() for _ in range(3)]
    for key in keys:
        assert ids(key) == id(key)
    assert ids(keys[0]) == id(keys[0])  # forgotten at the limit, made again
    assert len(made) == 4
