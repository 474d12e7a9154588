"""The generated PLOVER candidate lexicon: its build chain on small data, the committed file."""

from __future__ import annotations

import importlib.util
import sys
from collections import Counter
from pathlib import Path

import pytest
import yaml

from lagebild.codebook.loader import CODEBOOK_DIR, load_codebook

ROOT = Path(__file__).resolve().parents[2]
GENERATED = CODEBOOK_DIR / "plover_candidates.generated.yaml"


def _script():
    path = ROOT / "training" / "scripts" / "plover_candidates.py"
    spec = importlib.util.spec_from_file_location("plover_candidates", path)
    module = importlib.util.module_from_spec(spec)
    sys.modules["plover_candidates"] = module
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def script():
    return _script()


CAMEO = """\
####### VERB PATTERNS #######

---  APPREHEND   [171]  ---
APPREHEND [173]
ARREST [173]
CAPTURE
- * CITY [192]

---  PRAISE   [---]  ---
PRAISE {PRAISES PRAISED}
- * EFFORTS [051]
- * GOVERNMENT [051]
- * RESULT [010]

---  SAY   [---]  ---
SAY
- * X [010]
- * Y [020]
- * Z [112]
"""

PLOVER = """\
051: SUPPORT,  , diplomatic # Praise or endorse
171: COERCE, seize, human_security    # Seize or damage property
173: COERCE, arrest, legal            # Arrest, detain
"""

DING = """\
# Version :: test
jdn. festnehmen; verhaften {vt} | festnehmend | festgenommen :: to arrest sb. | arresting | arrested
Festnahme {f}; Verhaftung {f} (von jdm.) | Festnahmen vornehmen :: arrest (of sb.) | to make arrests
loben; preisen {vt} | lobend :: to praise | praising
sagen {vt} :: to say
Haus {n} :: house
"""


def test_a_verb_takes_its_own_code_then_its_block_then_dominant_patterns(script, tmp_path):
    path = tmp_path / "cameo.txt"
    path.write_text(CAMEO, encoding="latin-1")
    verbs = script.read_cameo(path)
    assert verbs["arrest"].code == "173"  # own code
    assert verbs["capture"].code == "171"  # the block's
    assert verbs["praise"].code == "051"  # 2 of 3 patterns
    assert "say" not in verbs  # no code dominates


def test_cameo_codes_map_to_the_most_specific_plover_row(script, tmp_path):
    path = tmp_path / "plover.txt"
    path.write_text(PLOVER, encoding="utf-8")
    modes = {name: set(info.modes) for name, info in load_codebook().types.items()}
    table = script.read_cameo2plover(path, modes)
    assert script.plover_of("1731", table) == ("COERCE", "arrest")
    assert script.plover_of("051", table) == ("SUPPORT", None)
    assert script.plover_of("010", table) is None  # statements are no PLOVER event


def test_ding_gives_german_verbs_and_nouns_with_their_english_head(script, tmp_path):
    path = tmp_path / "de-en"
    path.write_text(DING, encoding="utf-8")
    pairs = set(script.ding_pairs(path))
    assert {("festnehmen", "verb", "arrest"), ("verhaften", "verb", "arrest"),
            ("festnahme", "noun", "arrest"), ("verhaftung", "noun", "arrest"),
            ("loben", "verb", "praise")} <= pairs  # fmt: skip


def test_the_committed_candidates_name_their_sources_and_licences():
    header = GENERATED.read_text(encoding="utf-8").split("candidates:")[0]
    for source in ("trans-de-en", "GPL-2+", "CAMEO.2.0", "MIT", "CAMEO2PLOVER", "CC BY-SA"):
        assert source in header


def test_every_candidate_has_a_codebook_type_and_mode():
    codebook = load_codebook()
    candidates = yaml.safe_load(GENERATED.read_text(encoding="utf-8"))["candidates"]
    assert len(candidates) > 1000
    for c in candidates:
        assert c["type"] in codebook.types
        assert c["mode"] is None or c["mode"] in codebook.types[c["type"]].modes
        assert c["pos"] in ("verb", "noun") and c["frequency"] >= 5 and c["support"] >= 1
    assert set(Counter(c["type"] for c in candidates)) == set(codebook.types)


def test_the_pipeline_never_reads_the_candidates():
    for path in (ROOT / "lagebild").rglob("*.py"):
        assert "plover_candidates" not in path.read_text(encoding="utf-8"), path
