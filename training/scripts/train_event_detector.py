"""Train the learned event detector and choose its gates by cross-validation over articles.

    python training/scripts/train_event_detector.py [--gold FILE…] [--folds K] [--out DIR]

Runs the pipeline without the detector over the gold articles, cross-validates the detector
by article (K folds, retrained per fold) over a grid of proposal thresholds and least
probabilities for rule events, keeps the pair the cross-validation chooses (see
``lagebild.evaluate.events.cross_validate``), trains on every article and writes the model
with its scores to ``lagebild/models/event_detector/``.
"""

from __future__ import annotations

import argparse
import json
import time
from pathlib import Path

from lagebild.codebook.loader import load_codebook
from lagebild.evaluate.events import (
    DETECTOR,
    analyse_docs,
    cross_validate,
    read_gold,
    train_detector,
)
from lagebild.pipeline import build_pipeline
from lagebild.pipeline.events.detector import DETECTOR_PATH, training_examples

ROOT = Path(__file__).resolve().parents[2]
GOLD = ROOT.parent / "shared" / "gold" / "events-train.jsonl"
CODED = ROOT / "training" / "events-coded" / "events-coded.jsonl"  # the project's own coding
CODED_S10 = CODED.with_name("events-coded-s10.jsonl")  # 17 more, coded in session 10
WIRE = ROOT / "training" / "events-wire" / "events-wire.jsonl"  # 30 wire-style, session 11


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--gold", type=Path, nargs="+", default=[GOLD, CODED, CODED_S10, WIRE])
    parser.add_argument("--folds", type=int, default=5)
    parser.add_argument("--out", type=Path, default=DETECTOR_PATH)
    args = parser.parse_args()
    started = time.time()
    nlp = build_pipeline(exclude=(DETECTOR,))
    gold = [article for path in args.gold for article in read_gold(path)]
    docs = analyse_docs(nlp, gold)
    rules = {key: list(doc._.events) for key, doc in docs.items()}
    cv = cross_validate(docs, rules, gold, args.folds, load_codebook())
    model = train_detector(docs, gold)
    chosen = cv["chosen"]
    model.threshold, model.keep, model.weight = (
        chosen["threshold"],
        chosen["keep"],
        chosen["weight"],
    )
    examples = [x for a in gold for x in training_examples(docs[a["id"]], a["events"])]
    meta = {
        "trained_on": [path.name for path in args.gold],
        "articles": len(gold),
        "sentences": len(examples),
        "positive_sentences": sum(1 for _, types in examples if types),
        "cross_validation": {
            k: cv[k] for k in ("folds", "rules", "min_gain", "best", "chosen", "confidence")
        },
    }
    model.to_disk(args.out, meta)
    print(json.dumps(meta, indent=2))
    print(f"written to {args.out} in {time.time() - started:.0f} s")


if __name__ == "__main__":
    main()
