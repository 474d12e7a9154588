"""The generated PP-verb candidates: the Ding phrase reading, the build chain on small
sources, the committed list."""

from __future__ import annotations

import argparse
import gzip
from pathlib import Path

import pytest
import yaml

from lagebild.codebook.loader import CODEBOOK_DIR, load_codebook
from training.scripts import plover_pp_verbs as script

ROOT = Path(__file__).resolve().parents[2]
GENERATED = CODEBOOK_DIR / "plover_pp_verbs.generated.yaml"

DING = """\
# Version :: test
etw. einleiten {vt} | gerichtlich gegen jdn. vorgehen :: to institute sth. | to sue sb.
auf etw. beharren; an etw. festhalten {vi} | beharrend :: to insist on sth. | insisting
sich gegen jdn./etw. aussprechen {vr} :: to oppose sb./sth.
jdn. loben {vt} :: to praise sb.
gegen jdn. (wirksam) vorgehen :: to sue sb.
"""

CAMEO = """\
####### VERB PATTERNS #######

---  SUE   [115]  ---
SUE

---  INSIST   [100]  ---
INSIST

---  OPPOSE   [120]  ---
OPPOSE
"""

PLOVER = """\
100: REQUEST, , diplomatic
115: ACCUSE, allege, legal
120: REJECT, , diplomatic
"""


@pytest.mark.parametrize(
    ("entry", "expected"),
    [
        ("verb with a fixed preposition", ("beharren", "auf", False, None, "insist on")),
        ("second phrase of the same sense", ("festhalten", "an", False, None, "insist on")),
        ("reflexive, two placeholders", ("aussprechen", "gegen", True, None, "oppose")),
        (
            "adverb before the preposition, in a later sense",
            ("vorgehen", "gegen", False, "gerichtlich", "sue"),
        ),
        ("bracketed adverb is left out", ("vorgehen", "gegen", False, None, "sue")),
    ],  # fmt: skip
)
def test_ding_phrases_give_pp_verbs_with_their_english_verb(tmp_path, entry, expected):
    path = tmp_path / "de-en"
    path.write_text(DING, encoding="utf-8")
    assert expected in set(script.ding_pp_verbs(path))


def test_a_verb_without_a_preposition_is_no_pp_verb(tmp_path):
    path = tmp_path / "de-en"
    path.write_text(DING, encoding="utf-8")
    assert "loben" not in {verb for verb, *_ in script.ding_pp_verbs(path)}


def test_candidates_are_kept_by_how_often_the_verb_goes_with_its_preposition(tmp_path):
    for name, text in (("de-en", DING), ("plover.txt", PLOVER)):
        (tmp_path / name).write_text(text, encoding="utf-8")
    (tmp_path / "cameo.txt").write_text(CAMEO, encoding="latin-1")
    corpus = tmp_path / "corpus.txt.gz"
    lines = (
        ["Wir beharren auf dem Recht."] * 3
        + ["Sie beharrt darauf."]
        + ["Er hält an dem Plan fest."]
    )  # separable forms are not counted: "festhalten" stays below the threshold
    with gzip.open(corpus, "wt", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")
    args = argparse.Namespace(
        cameo=tmp_path / "cameo.txt",
        plover=tmp_path / "plover.txt",
        ding=tmp_path / "de-en",
        corpus=corpus,
        min_cooccurrence=3,
    )
    entries = script.build(args)
    assert [(e["lemma"], e["preposition"], e["type"], e["cooccurrence"]) for e in entries] == [
        ("beharren", "auf", "REQUEST", 3)
    ]


def test_the_committed_candidates_name_their_sources_and_licences():
    header = GENERATED.read_text(encoding="utf-8").split("candidates:")[0]
    for source in ("trans-de-en", "GPL-2+", "CAMEO.2.0", "MIT", "CAMEO2PLOVER", "CC BY-SA"):
        assert source in header


def test_every_committed_candidate_has_a_codebook_type_a_preposition_and_counts():
    codebook = load_codebook()
    candidates = yaml.safe_load(GENERATED.read_text(encoding="utf-8"))["candidates"]
    assert len(candidates) > 100
    for c in candidates:
        assert c["type"] in codebook.types
        assert c["mode"] is None or c["mode"] in codebook.types[c["type"]].modes
        assert c["preposition"] in script.PREPOSITIONS
        assert c["cooccurrence"] >= script.MIN_COOCCURRENCE


def test_the_pipeline_never_reads_the_pp_verb_candidates():
    for path in (ROOT / "lagebild").rglob("*.py"):
        assert "plover_pp_verbs" not in path.read_text(encoding="utf-8"), path
