"""The lemma table spells "ß" as before the 1996 reform; dictionary words are looked up in
both spellings."""

from __future__ import annotations

import pytest

from lagebild.codebook.loader import load_codebook
from lagebild.german.words import spelling_variants


@pytest.mark.parametrize(
    ("lemma", "expected"),
    [
        ("beschluß", ("beschluß", "beschluss")),
        ("straße", ("straße", "strasse")),
        ("angriff", ("angriff",)),
    ],
)
def test_a_lemma_with_eszett_is_also_tried_with_ss(lemma: str, expected: tuple[str, ...]) -> None:
    assert spelling_variants(lemma) == expected


@pytest.mark.parametrize(
    ("old", "new"), [("Beschuß", "Beschuss"), ("Artilleriebeschuß", "Artilleriebeschuss")]
)
def test_codebook_nouns_are_found_for_the_pre_reform_lemma(old: str, new: str) -> None:
    codebook = load_codebook()
    assert codebook.nouns(new)
    assert codebook.nouns(old) == codebook.nouns(new)
