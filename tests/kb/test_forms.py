"""German forms of names, as the knowledge base indexes them."""

from __future__ import annotations

import pytest

from lagebild.kb.forms import adjective_forms, fold, genitive, is_abbreviation


@pytest.mark.parametrize(
    ("name", "expected"),
    [("Russland", "Russlands"), ("Merz", "Merz'"), ("Paris", "Paris'"), ("UN", None)],
)
def test_a_name_has_the_genitive_news_write(name: str, expected: str | None) -> None:
    assert genitive(name) == expected


@pytest.mark.parametrize(
    ("surface", "expected"),
    [("São Tomé", "sao tome"), ("RUSSLAND", "russland"), ("Türkei", "turkei")],
)
def test_a_surface_is_folded_without_case_and_diacritics(surface: str, expected: str) -> None:
    assert fold(surface) == expected


@pytest.mark.parametrize(
    ("surface", "expected"), [("UN", True), ("EU-", True), ("Nato", False), ("12", False)]
)
def test_only_capitals_make_an_abbreviation(surface: str, expected: bool) -> None:
    assert is_abbreviation(surface) is expected


def test_an_adjective_stem_takes_every_ending() -> None:
    assert adjective_forms("russisch") == [
        "russisch", "russische", "russischen", "russischer", "russisches", "russischem",
    ]  # fmt: skip
