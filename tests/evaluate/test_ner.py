"""Metric tests for lagebild.evaluate.ner on tiny hand-made GermEval files."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import spacy

from lagebild.evaluate.ner import chunks, evaluate_ner, read_germeval, score_chunks

GOLD = """#\thttp://example.org/a\t[2010-01-01]
1\tAngela\tB-PER\tO
2\tMerkel\tI-PER\tO
3\tbesucht\tO\tO
4\tBerlin\tB-LOC\tO
5\t.\tO\tO

#\thttp://example.org/b\t[2010-01-02]
1\tDie\tO\tO
2\trussische\tB-LOCderiv\tO
3\tRegierung\tO\tO
4\tkritisiert\tO\tO
5\tdie\tO\tO
6\tNato-Osterweiterung\tB-ORGpart\tB-ORG
7\t.\tO\tO
"""


@pytest.fixture()
def gold_file(tmp_path: Path) -> Path:
    path = tmp_path / "gold.tsv"
    path.write_text(GOLD, encoding="utf8")
    return path


def ruler_nlp(patterns: list[dict]) -> spacy.language.Language:
    nlp = spacy.blank("de")
    ruler = nlp.add_pipe("entity_ruler")
    ruler.add_patterns(patterns)
    return nlp


def test_chunks_conlleval_style() -> None:
    assert chunks(["B-PER", "I-PER", "O", "B-LOC"]) == {(0, 2, "PER"), (3, 4, "LOC")}
    # I- after O starts a chunk; a type change inside a chunk splits it
    assert chunks(["O", "I-ORG", "I-LOC"]) == {(1, 2, "ORG"), (2, 3, "LOC")}
    # B- directly after a chunk of the same type starts a new chunk
    assert chunks(["B-PER", "B-PER"]) == {(0, 1, "PER"), (1, 2, "PER")}
    assert chunks(["O", "O"]) == set()


def test_partial_span_is_wrong_under_strict_scoring() -> None:
    gold = [chunks(["B-PER", "I-PER", "O"])]
    pred = [chunks(["O", "B-PER", "O"])]  # only "Merkel"
    s = score_chunks(gold, pred)
    assert s["overall"]["correct"] == 0
    assert s["overall"]["f1"] == 0.0
    assert s["per_label"]["PER"]["predicted"] == 1


def test_evaluate_ner_perfect_and_partial(gold_file: Path, tmp_path: Path) -> None:
    perfect = ruler_nlp(
        [
            {"label": "PER", "pattern": [{"ORTH": "Angela"}, {"ORTH": "Merkel"}]},
            {"label": "LOC", "pattern": "Berlin"},
            {"label": "LOCderiv", "pattern": "russische"},
            {"label": "ORGpart", "pattern": "Nato-Osterweiterung"},
        ]
    )
    res = evaluate_ner(perfect, gold_file)
    assert res["overall"]["f1"] == pytest.approx(1.0)
    assert res["sentences"] == 2 and res["tokens"] == 12
    json.dumps(res)  # JSON-serialisable

    # "Merkel" alone (partial span), LOCderiv mislabelled as LOC, Berlin right
    partial = ruler_nlp(
        [
            {"label": "PER", "pattern": "Merkel"},
            {"label": "LOC", "pattern": "Berlin"},
            {"label": "LOC", "pattern": "russische"},
        ]
    )
    out = tmp_path / "pred.tsv"
    res = evaluate_ner(partial, gold_file, write_predictions=out)
    o = res["overall"]
    assert (o["correct"], o["predicted"], o["gold"]) == (1, 3, 4)
    assert o["precision"] == pytest.approx(1 / 3)
    assert o["recall"] == pytest.approx(1 / 4)
    assert o["f1"] == pytest.approx(2 * (1 / 3) * (1 / 4) / (1 / 3 + 1 / 4))
    assert res["per_label"]["LOC"]["precision"] == pytest.approx(0.5)
    assert res["per_label"]["LOCderiv"]["recall"] == 0.0
    # main4: only PER/ORG/LOC/OTH entities: gold PER+LOC, predicted PER,LOC,LOC
    assert res["main4"]["correct"] == 1 and res["main4"]["gold"] == 2
    # collapsed: LOCderiv -> LOC, so "russische" LOC now counts
    assert res["collapsed"]["correct"] == 2

    written = read_germeval(out)
    assert [s.outer for s in written] == [
        ["O", "B-PER", "O", "B-LOC", "O"],
        ["O", "B-LOC", "O", "O", "O", "O", "O"],
    ]
    assert written[0].comment is not None and written[0].comment.startswith("#\thttp")
    assert written[1].rows[5][3] == "B-ORG"  # inner column kept
