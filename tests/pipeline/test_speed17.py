"""Session 17 (issue 13, speed): the per-doc work that grew with the article's length squared
or was repeated per repair is done once, with the same outputs."""

from __future__ import annotations

import pytest
import spacy

import lagebild.pipeline.sentences  # noqa: F401  (registers the component)
from lagebild.pipeline.sentences import set_annotations, set_continuations


@pytest.fixture(scope="module")
def blank():
    return spacy.blank("de")


@pytest.mark.parametrize(
    ("text", "starts", "continuations", "expected"),
    [
        (
            "Zeile eins\nZeile zwei geht weiter",
            [3],
            [1, 4, 5],
            [True, False, True, False, False, None],
        ),
        ("Ein Satz. Noch einer.", [], [4], [True, None, None, None, False, None]),
        ("Kurz", [], [], [True]),
    ],
)
def test_sentence_starts_set_as_the_token_setter_sets_them(
    blank, text, starts, continuations, expected
):
    doc = blank(text)
    set_annotations(doc, starts)
    set_continuations(doc, continuations)
    assert [t.is_sent_start for t in doc if not t.is_space] == expected


def test_continuations_are_set_across_a_long_article(blank):
    # one array write for every index (spaCy's setter, called per word, scanned the whole Doc
    # each time); how long it takes is measured by benchmarks/, not asserted here
    doc = blank("und " * 60_000)
    set_continuations(doc, list(range(1, len(doc))))
    assert doc[1].is_sent_start is False and doc[len(doc) - 1].is_sent_start is False


def test_sentence_starts_refuse_a_parsed_doc(blank):
    doc = blank("Ein Satz hier")
    doc[1].dep_ = "nsubj"
    with pytest.raises(ValueError):
        set_continuations(doc, [1])


@pytest.mark.parametrize(
    "text",
    ["Die Türkei und Pakistan", "Sie sagte: «Nein.»\n\nDann  ging sie.", "Erdoğan's Amt", "x"],
)
def test_token_ends_map_each_end_offset_to_its_token(blank, text):
    from lagebild.pipeline.events.repair import _token_ends

    doc = blank(text)
    assert _token_ends(doc) == {t.idx + len(t.text): t.i for t in doc}


def test_reading_the_meta_builds_no_model_when_one_is_set(blank, monkeypatch):
    import lagebild.pipeline.extensions as extensions
    from lagebild.analysis import ArticleMeta

    doc = blank("Ein Satz.")
    meta = ArticleMeta(id="a1")
    doc._.meta = meta

    def refuse() -> None:
        raise AssertionError("an ArticleMeta was built on a read")

    monkeypatch.setattr(extensions, "ArticleMeta", refuse)
    assert doc._.meta is meta and doc._.meta is meta


@pytest.mark.parametrize(
    ("text", "keywords"),
    [("Der Krieg und wieder Krieg.", ["krieg"]), ("Truppen und Panzer", ["truppe", "panzer"])],
)
def test_a_codebooks_keywords_are_read_once_not_per_article(text, keywords):
    """Session 19 replaced the early stop per article by an index of the keywords built once
    per codebook (``merge._context_index``): the next article reads none of them again."""
    from types import SimpleNamespace

    from lagebild.pipeline.events import merge

    contexts = {"military": tuple(keywords)}
    codebook = SimpleNamespace(contexts=contexts)
    assert merge.find_contexts(text, codebook) == ["military"]  # type: ignore[arg-type]
    index = merge._context_index(contexts)
    assert merge.find_contexts(text, codebook) == ["military"]  # type: ignore[arg-type]
    assert merge._context_index(contexts) is index


@pytest.mark.parametrize("pos", ["DET", "ADP", "PUNCT", "PRON", "CCONJ", "NUM", "PART"])
def test_words_of_no_matched_part_of_speech_match_no_entry(pos):
    from spacy.tokens import Doc
    from spacy.vocab import Vocab

    from lagebild.codebook.loader import load_codebook
    from lagebild.pipeline.events.matching import MATCHED_POS, match_predicate

    doc = Doc(Vocab(), words=["angriff", "Angriff"], pos=[pos, "NOUN"], deps=["amod", "ROOT"])
    assert pos not in MATCHED_POS
    assert match_predicate(doc[0], load_codebook(None)) is None


@pytest.mark.parametrize(
    ("morph", "field"),
    [
        ("Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin", "VerbForm"),
        ("Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin", "Mood"),
        ("Case=Acc,Nom|Gender=Fem|Number=Sing", "Case"),
        ("Case=Acc,Nom|Gender=Fem|Number=Sing", "VerbForm"),
        ("", "Mood"),
    ],
)
def test_morph_values_read_as_the_analysis_reads_them(morph, field):
    from spacy.tokens import Doc
    from spacy.vocab import Vocab

    from lagebild.german.verbs import morph_values

    doc = Doc(Vocab(), words=["Wort", "zwei"], morphs=[morph, morph])
    assert sorted(morph_values(doc[0], field)) == sorted(doc[0].morph.get(field))
    assert morph_values(doc[1], field) == morph_values(doc[0], field)  # kept by the analysis
