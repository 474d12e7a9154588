"""The generated evaluative adjectives: how they are derived, the committed file, and the
codebook entries that accept them ("bezeichnete X als rücksichtslos")."""

from __future__ import annotations

from collections import Counter

import pytest
import spacy
import yaml

from lagebild.codebook.loader import EVALUATIVE_PATH, load_codebook
from tests.pipeline.events.test_coder import coded, make_doc
from training.scripts import evaluative_words as script

DING = """\
# Version :: test
rücksichtslos {adj}; skrupellos {adj} | rücksichtsloser :: reckless; ruthless | more reckless
hervorragend {adj} :: excellent; outstanding
zwiespältig {adj} :: ambivalent; good; bad
Schande {f} :: disgrace
"""
VADER = {"ruthless": -2.3, "reckless": -1.9, "excellent": 2.7, "good": 1.9, "bad": -2.5,
         "disgrace": -2.2}  # fmt: skip


@pytest.fixture(scope="module")
def senses(tmp_path_factory):
    path = tmp_path_factory.mktemp("ding") / "de-en"
    path.write_text(DING, encoding="utf-8")
    return script.ding_senses(path)


def test_ding_gives_adjectives_with_their_first_english_sense(senses):
    assert senses == {
        "rücksichtslos": ["reckless", "ruthless"],
        "skrupellos": ["reckless", "ruthless"],
        "hervorragend": ["excellent", "outstanding"],
        "zwiespältig": ["ambivalent", "good", "bad"],
    }


@pytest.mark.parametrize(
    ("english", "expected"),
    [
        (["reckless", "ruthless"], -2.1),
        (["ambivalent", "good", "bad"], None),  # rated words of both signs
        (["ambivalent"], None),  # not rated
    ],
)
def test_valence_is_the_mean_of_rated_words_that_agree_in_sign(english, expected):
    score = script.valence(english, VADER)
    assert score == (pytest.approx(expected) if expected is not None else None)


@pytest.mark.parametrize(
    ("counts", "positive", "negative"),
    [
        ({"rücksichtslos": 50, "hervorragend": 50, "skrupellos": 50},
         {"hervorragend"}, {"rücksichtslos", "skrupellos"}),
        ({"rücksichtslos": 19, "hervorragend": 50}, {"hervorragend"}, set()),  # too rare
    ],
)  # fmt: skip
def test_a_word_is_kept_by_valence_and_corpus_frequency(senses, counts, positive, negative):
    found = script.build(senses, VADER, Counter(counts), 1.8, 20)
    assert {w["word"] for w in found["positive"]} == positive
    assert {w["word"] for w in found["negative"]} == negative


def test_the_committed_list_names_its_sources_and_is_reviewed():
    text = EVALUATIVE_PATH.read_text(encoding="utf-8")
    for source in ("trans-de-en", "GPL-2+", "VADER", "MIT", "raw_de"):
        assert source in text.split("positive:")[0]
    data = yaml.safe_load(text)
    for polarity, words in data.items():
        for w in words:
            assert len(w["word"]) >= script.MIN_LENGTH and w["word"] not in script.NOT_EVALUATIVE
            assert (w["valence"] > 0) == (polarity == "positive")


def test_entries_with_evaluative_take_the_generated_words():
    codebook = load_codebook()
    support = [p for p in codebook.verbs("bezeichnen") if p.type == "SUPPORT"]
    accuse = [p for p in codebook.verbs("bezeichnen") if p.type == "ACCUSE"]
    assert "eindrucksvoll" in support[0].with_words and "eindrucksvoll" not in accuse[0].with_words
    assert "rücksichtslos" in accuse[0].with_words


def test_calling_an_act_by_a_generated_negative_word_is_criticism():
    doc = make_doc(
        spacy.blank("de").vocab,
        "Russland/Russland/PROPN/2/nsubj nannte/nennen/VERB/0/root die/der/DET/4/det "
        "Politik/Politik/NOUN/2/obj der/der/DET/6/det/Case=Gen USA/USA/PROPN/4/nmod/Case=Gen "
        "rücksichtslos/rücksichtslos/ADJ/2/xcomp ././PUNCT/2/punct",
        {"Russland": ["RUS"], "USA": ["USA"]},
    )
    assert coded(doc) == {("ACCUSE", ("RUS",), ("USA",), "asserted")}
