"""The generated nominalization candidates: how they are derived, the committed file."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest
import yaml

from lagebild.codebook.loader import CODEBOOK_DIR, load_codebook
from training.scripts import nominalizations as script

ROOT = Path(__file__).resolve().parents[2]
GENERATED = CODEBOOK_DIR / "plover_nominalizations.generated.yaml"

DING = """\
# Version :: test
Verhaftung {f}; Festnahme {f} | Verhaftungen {pl} :: arrest | arrests
Verhandlung {f} :: negotiation
verhaften {vt} :: to arrest
Deportation {f} :: deportation
"""


@pytest.mark.parametrize(
    ("verb", "nouns"),
    [
        ("verhaften", ["verhaftung"]),
        ("verhandeln", ["verhandlung"]),
        ("ändern", ["änderung"]),
        ("deportieren", ["deportierung", "deportation"]),
    ],
)
def test_a_verb_gives_its_action_nouns(verb, nouns):
    assert script.nominalizations(verb) == nouns


def test_ding_gives_one_word_noun_headwords_only(tmp_path):
    path = tmp_path / "de-en"
    path.write_text(DING, encoding="utf-8")
    assert script.ding_nouns(path) == {"verhaftung", "festnahme", "verhandlung", "deportation"}


@pytest.mark.parametrize(
    ("counts", "expected"),
    [
        ({"verhaftung": 15, "verhaftungen": 10, "deportation": 30}, {"verhaftung", "deportation"}),
        ({"verhaftung": 19}, set()),  # below the frequency threshold
        ({"verhaftungen": 25, "deportierung": 99}, {"verhaftung"}),  # not a Ding noun
    ],
)
def test_a_candidate_is_a_dictionary_noun_frequent_in_the_corpus(tmp_path, counts, expected):
    path = tmp_path / "de-en"
    path.write_text(DING, encoding="utf-8")
    found = script.build(load_codebook(), script.ding_nouns(path), Counter(counts), 20)
    assert {c["lemma"] for c in found} == expected
    assert all(c["type"] == "COERCE" for c in found)  # verhaften, deportieren


def test_the_committed_candidates_name_their_sources_and_keep_the_threshold():
    text = GENERATED.read_text(encoding="utf-8")
    header = text.split("candidates:")[0]
    for source in ("trans-de-en", "GPL-2+", "raw_de", "plover.yaml"):
        assert source in header
    codebook = load_codebook()
    for c in yaml.safe_load(text)["candidates"]:
        assert c["type"] in codebook.types and c["frequency"] >= script.MIN_FREQUENCY
        assert c["mode"] is None or c["mode"] in codebook.types[c["type"]].modes


def test_the_pipeline_never_reads_the_nominalization_candidates():
    for path in (ROOT / "lagebild").rglob("*.py"):
        assert "plover_nominalizations" not in path.read_text(encoding="utf-8"), path
