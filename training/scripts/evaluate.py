"""Evaluate a pipeline on the held-out dev files (GermEval TSV + CoNLL-U).

    python evaluate.py MODEL_DIR NER_DEV.tsv UD_DEV.conllu OUT.json [UD_DEV_GSD.conllu]

XPOS is only meaningful on the GSD part (PUD's XPOS column is PTB-style, not
STTS), so with a fifth argument XPOS is also reported on the GSD-only file.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import spacy

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
import lagebild.models.components  # noqa: E402,F401  (registers custom factories)
from lagebild.evaluate.ner import evaluate_ner  # noqa: E402
from lagebild.evaluate.parse import evaluate_parse  # noqa: E402


def main(model: str, ner_dev: str, ud_dev: str, out: str, gsd_dev: str | None = None) -> None:
    nlp = spacy.load(model)
    res = {"model": model}
    if "ner" in nlp.pipe_names:
        res["ner"] = evaluate_ner(nlp, Path(ner_dev))
    res["parse"] = evaluate_parse(nlp, Path(ud_dev))
    if gsd_dev:
        res["parse_gsd"] = evaluate_parse(nlp, Path(gsd_dev))
    Path(out).write_text(json.dumps(res, indent=1), encoding="utf8")
    p = res["parse"]
    line = {k: round(p[k], 4) for k in ("upos", "xpos", "feats", "lemma", "uas", "las")}
    line["Case"] = round(p["per_feature"]["Case"]["accuracy_gold"], 4)
    line["Mood"] = round(p["per_feature"]["Mood"]["accuracy_gold"], 4)
    if gsd_dev:
        line["xpos_gsd"] = round(res["parse_gsd"]["xpos"], 4)
    if "ner" in res:
        line["ner_f1"] = round(res["ner"]["overall"]["f1"], 4)
        line["ner_main4_f1"] = round(res["ner"]["main4"]["f1"], 4)
    print(json.dumps(line))


if __name__ == "__main__":
    main(*sys.argv[1:6])
