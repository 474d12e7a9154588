"""A checked-in snapshot of the scores on the gold data, and the check against it.

    python -m lagebild.evaluate.snapshot            # compare with the snapshot, exit 1 on a drop
    python -m lagebild.evaluate.snapshot --update   # rewrite the snapshot (an intended change)

Events, actors and event locations are scored on ``events-train.jsonl`` and ``events-dev.jsonl`` of
``../shared/gold``, quotations on the Wikinews dev split, exactly as ``lagebild evaluate``
runs them. The pipeline is deterministic, so any change is a change of behaviour; a score
may only drop by less than ``TOLERANCE`` (below one item on the smallest set) without the
snapshot being updated in the same commit.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from spacy.language import Language

ROOT = Path(__file__).resolve().parents[2]
SHARED = ROOT.parent / "shared"
SNAPSHOT = ROOT / "tests" / "evaluate" / "scores.snapshot.json"
TOLERANCE = 0.005
GOLD_SPLITS = ("train", "dev")


def gold_events(split: str, shared: Path = SHARED) -> Path:
    return shared / "gold" / f"events-{split}.jsonl"


def wikinews_dev(shared: Path = SHARED) -> Path:
    return shared / "data" / "quotes_wikinews" / "dev"


def measure(nlp: Language, shared: Path = SHARED) -> dict[str, dict[str, float]]:
    """The scores the snapshot keeps, by data set (``events/train``, ``quotes/dev``, …)."""
    from lagebild.evaluate.actors import evaluate_actors
    from lagebild.evaluate.events import evaluate_events
    from lagebild.evaluate.locations import evaluate_locations
    from lagebild.evaluate.quotes import evaluate_quotes

    scores: dict[str, dict[str, float]] = {}
    for split in GOLD_SPLITS:
        events = evaluate_events(nlp, gold_events(split, shared))
        scores[f"events/{split}"] = _pick(events, ("events", "triples"))
        actors = evaluate_actors(nlp, gold_events(split, shared))
        scores[f"actors/{split}"] = {"accuracy": round(actors["accuracy"], 4)}
        locations = evaluate_locations(nlp, gold_events(split, shared))
        scores[f"locations/{split}"] = {
            metric: round(locations[metric], 4)
            for metric in ("country_accuracy", "points_within_50km")
        }
    quotes = evaluate_quotes(nlp, wikinews_dev(shared))["overall"]
    scores["quotes/dev"] = {
        "tokens_f1": quotes["tokens"]["f1"],
        "quotes_f1": quotes["quotes"]["f1"],
        "speaker_accuracy": quotes["speaker_accuracy"],
        "joint_f1": quotes["joint"]["f1"],
    }
    return scores


def _pick(result: dict[str, Any], levels: tuple[str, ...]) -> dict[str, float]:
    return {
        f"{level}_{metric}": round(result[level][metric], 4)
        for level in levels
        for metric in ("precision", "recall", "f1")
    }


def drops(
    current: dict[str, dict[str, float]],
    snapshot: dict[str, dict[str, float]],
    tolerance: float = TOLERANCE,
) -> list[str]:
    """Each score that fell by more than ``tolerance`` (or went missing), as one line."""
    found = []
    for dataset, metrics in snapshot.items():
        for metric, before in metrics.items():
            after = current.get(dataset, {}).get(metric)
            if after is None:
                found.append(f"{dataset} {metric}: missing (snapshot {before})")
            elif after < before - tolerance:
                found.append(f"{dataset} {metric}: {before} -> {after}")
    return found


def read_snapshot(path: Path = SNAPSHOT) -> dict[str, dict[str, float]]:
    return json.loads(path.read_text(encoding="utf-8"))["scores"]


def write_snapshot(scores: dict[str, dict[str, float]], path: Path = SNAPSHOT) -> None:
    data = {
        "about": "Scores of the current code; regenerate with "
        "`python -m lagebild.evaluate.snapshot --update` (or `make snapshot`).",
        "data": {
            "events/*, actors/*, locations/*": "../shared/gold/events-{train,dev}.jsonl",
            "quotes/dev": "../shared/data/quotes_wikinews/dev",
        },
        "tolerance": TOLERANCE,
        "scores": scores,
    }
    path.write_text(json.dumps(data, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--update", action="store_true", help="rewrite the snapshot")
    args = parser.parse_args(argv)
    import lagebild

    current = measure(lagebild.load())
    if args.update:
        write_snapshot(current)
        print(f"wrote {SNAPSHOT.relative_to(ROOT)}")
        return 0
    problems = drops(current, read_snapshot())
    for line in problems:
        print(line, file=sys.stderr)
    changed = current != read_snapshot()
    print("scores dropped" if problems else "scores changed" if changed else "scores unchanged")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
