"""Session 20, speed: answers kept per table or per Doc are the answers computed afresh.

Every change of the speed work kept the full output of 594 texts identical; these tests pin
the kept answers on cases of their own.
"""

from __future__ import annotations

import pytest
import spacy

from lagebild.german.verbs import _strong_infinitives, strong_infinitives
from lagebild.pipeline.events.repair import _token_ends
from lagebild.pipeline.places import _is_visit_word, _visit_suffix

STRONG = {"gewiesen": "weisen", "geschlagen": "schlagen", "bot": "bieten"}


@pytest.mark.parametrize(
    "form", ["zurückgewiesen", "abgewiesen", "vorgeschlagen", "bot", "anbot", "forderten"]
)
def test_strong_infinitives_kept_are_those_found_afresh(form):
    """Asked twice, the kept answer is the computed one, and a caller's change of the list it
    got does not change the next answer."""
    first = strong_infinitives(form, STRONG)
    assert first == _strong_infinitives(form, STRONG)
    first.append("verändert")
    assert strong_infinitives(form, STRONG) == _strong_infinitives(form, STRONG)


def test_strong_infinitives_kept_per_table():
    """The same form read against another table answers by that table, not the first one's."""
    assert strong_infinitives("zurückgewiesen", STRONG) == ["zurückweisen"]
    assert strong_infinitives("zurückgewiesen", {"gewiesen": "wiesen"}) == ["zurückwiesen"]
    assert strong_infinitives("zurückgewiesen", {}) == []


def test_token_ends_read_once_and_again_after_retokenizing():
    """The token ending at each offset: kept for the Doc, read anew once its length changed."""
    doc = spacy.blank("de")("Die Vereinten Nationen protestierten.")
    assert _token_ends(doc) == {3: 0, 13: 1, 22: 2, 36: 3, 37: 4}
    assert _token_ends(doc) is _token_ends(doc)
    with doc.retokenize() as retokenizer:
        retokenizer.merge(doc[1:3])
    assert _token_ends(doc) == {3: 0, 22: 1, 36: 2, 37: 3}


@pytest.mark.parametrize(
    ("form", "suffix"),
    [("israelbesuch", "besuch"), ("japanbesuches", "besuches"), ("china-reise", "reise"),
     ("moskauvisite", "visite"), ("besuch", ""), ("reise", ""), ("reisende", "")],
)  # fmt: skip
def test_visit_words_told_by_their_form(form, suffix):
    """A visit compound is found by its lower-case form alone (so once per distinct form): a
    visit's noun after a first part; the bare noun is none."""
    assert _visit_suffix(form) == suffix
    assert _is_visit_word(form) == bool(suffix)
