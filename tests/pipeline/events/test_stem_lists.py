"""A word is matched against a codebook stem list by its endings (``matches_any``), with the
same answer as comparing it with every stem (``stem_matches``)."""

from __future__ import annotations

from hypothesis import example, given, settings
from hypothesis import strategies as st

from lagebild.codebook.loader import load_codebook
from lagebild.pipeline.events.matching import matches_any, stem_matches

LETTERS = "abehilnrstuäü"  # few letters: words and stems share endings often
words = st.text(alphabet=LETTERS, min_size=1, max_size=14)


@settings(max_examples=400, deadline=None)
@given(word=words, stems=st.lists(words, min_size=1, max_size=8))
@example(word="unruhen", stems=["ruhen"])  # the antonym is no compound
@example(word="landwirtschaft", stems=["haft", "wirtschaft"])
@example(word="rettungskräfte", stems=["rettungskraft"])  # umlauted plural
def test_a_stem_list_matches_as_its_stems_do_one_by_one(word: str, stems: list[str]) -> None:
    expected = any(stem_matches(word, stem) for stem in stems)
    assert matches_any(word, tuple(stems)) is expected


def test_the_codebooks_long_stem_lists_match_as_their_stems_do() -> None:
    codebook = load_codebook()
    lists = {p.without_words for p in codebook.predicates if len(p.without_words) > 100}
    words = [
        "unruhe",
        "ruhe",
        "landwirtschaft",
        "haft",
        "rettungskräfte",
        "angriffen",
        "unterstützung",
    ]
    for stems in lists:
        for word in words:
            assert matches_any(word, stems) is any(stem_matches(word, s) for s in stems)
