"""Metric tests for lagebild.evaluate.parse on a tiny hand-made CoNLL-U file."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import spacy
from spacy.language import Language
from spacy.tokens import Doc

from lagebild.evaluate.parse import evaluate_parse, read_conllu

GOLD = """# sent_id = s1
# text = Er sagte, er komme zum Haus.
1\tEr\ter\tPRON\tPPER\tCase=Nom|Number=Sing|Person=3\t2\tnsubj\t_\t_
2\tsagte\tsagen\tVERB\tVVFIN\tMood=Ind|Tense=Past\t0\troot\t_\tSpaceAfter=No
3\t,\t,\tPUNCT\t$,\t_\t5\tpunct\t_\t_
4\ter\ter\tPRON\tPPER\tCase=Nom|Number=Sing|Person=3\t5\tnsubj\t_\t_
5\tkomme\tkommen\tVERB\tVVFIN\tMood=Sub|Tense=Pres\t2\tccomp\t_\t_
6-7\tzum\t_\t_\t_\t_\t_\t_\t_\t_
6\tzu\tzu\tADP\tAPPR\t_\t8\tcase\t_\t_
7\tdem\tder\tDET\tART\tCase=Dat|Number=Sing\t8\tdet\t_\t_
8\tHaus\tHaus\tNOUN\tNN\tCase=Dat|Number=Sing\t5\tobl:arg\t_\tSpaceAfter=No
9\t.\t.\tPUNCT\t$.\t_\t2\tpunct\t_\t_

"""

# What the fake component predicts per word (upos, xpos, feats, lemma, head, deprel)
PRED = [
    ("PRON", "PPER", "Case=Nom|Number=Sing|Person=3", "er", 2, "nsubj"),  # all right
    ("VERB", "VVFIN", "Mood=Ind|Tense=Past", "sagen", 0, "ROOT"),  # all right
    ("PUNCT", "$,", "", ",", 2, "punct"),  # wrong head
    ("PRON", "PPER", "Case=Acc|Number=Sing|Person=3", "er", 5, "nsubj"),  # wrong Case
    ("VERB", "VVFIN", "Mood=Ind|Tense=Pres", "kommen", 2, "ccomp"),  # wrong Mood
    ("ADP", "APPR", "", "zu", 8, "case"),
    ("DET", "ART", "Case=Dat|Number=Sing", "die", 8, "det"),  # wrong lemma
    ("NOUN", "NN", "Case=Dat|Number=Sing", "Haus", 5, "obl"),  # subtype missing
    ("PUNCT", "$(", "", ".", 2, "punct"),  # wrong xpos
]


@Language.component("_lagebild_test_fake_parse")
def fake_parse(doc: Doc) -> Doc:
    heads = [(h - 1 if h else i) for i, (*_, h, _r) in enumerate(PRED)]
    for tok, (upos, xpos, feats, lemma, _h, rel) in zip(doc, PRED, strict=True):
        tok.pos_ = upos
        tok.tag_ = xpos
        tok.set_morph(feats)
        tok.lemma_ = lemma
        tok.dep_ = rel
    for tok, h in zip(doc, heads, strict=True):
        tok.head = doc[h]
    return doc


@pytest.fixture()
def gold_file(tmp_path: Path) -> Path:
    path = tmp_path / "gold.conllu"
    path.write_text(GOLD, encoding="utf8")
    return path


def test_read_conllu_skips_multiword_ranges(gold_file: Path) -> None:
    (sent,) = read_conllu(gold_file)
    assert [w.form for w in sent.words] == [
        "Er",
        "sagte",
        ",",
        "er",
        "komme",
        "zu",
        "dem",
        "Haus",
        ".",
    ]
    assert [w.space_after for w in sent.words][:3] == [True, False, True]


def test_evaluate_parse_metrics(gold_file: Path, tmp_path: Path) -> None:
    nlp = spacy.blank("de")
    nlp.add_pipe("_lagebild_test_fake_parse")
    out = tmp_path / "pred.conllu"
    res = evaluate_parse(nlp, gold_file, write_predictions=out)
    json.dumps(res)
    n = 9
    assert res["words"] == n and res["sentences"] == 1
    assert res["upos"] == pytest.approx(1.0)
    assert res["xpos"] == pytest.approx(8 / n)
    assert res["feats"] == pytest.approx(7 / n)
    assert res["lemma"] == pytest.approx(8 / n)
    assert res["uas"] == pytest.approx(8 / n)
    assert res["las"] == pytest.approx(7 / n)  # "ROOT" == "root"; obl != obl:arg
    assert res["las_universal"] == pytest.approx(8 / n)
    case = res["per_feature"]["Case"]
    assert case["gold_count"] == 4
    assert case["accuracy_gold"] == pytest.approx(3 / 4)
    assert case["accuracy"] == pytest.approx(8 / n)
    assert res["per_feature"]["Mood"]["accuracy_gold"] == pytest.approx(1 / 2)

    written = out.read_text(encoding="utf8").splitlines()
    assert "6-7\tzum\t_\t_\t_\t_\t_\t_\t_\t_" in written
    row5 = next(line for line in written if line.startswith("5\t")).split("\t")
    assert row5[5] == "Mood=Ind|Tense=Pres" and row5[6] == "2"
    row2 = next(line for line in written if line.startswith("2\t")).split("\t")
    assert row2[6] == "0" and row2[7] == "root" and row2[9] == "SpaceAfter=No"
