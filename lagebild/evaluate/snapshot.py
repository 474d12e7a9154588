"""A checked-in snapshot of the scores on the gold data, and the check against it.

    python -m lagebild.evaluate.snapshot            # compare with the snapshot, exit 1 on a drop
    python -m lagebild.evaluate.snapshot --update   # rewrite the snapshot (an intended change)

Events, actors and event locations are scored on ``events-train.jsonl`` and ``events-dev.jsonl`` of
``../shared/gold``, quotations on the Wikinews dev split, exactly as ``lagebild evaluate``
runs them. The pipeline is deterministic, so any change is a change of behaviour; a score
may only drop by less than ``TOLERANCE`` (below one item on the smallest set) without the
snapshot being updated in the same commit.

Beside the scores, ``outputs.snapshot.json`` keeps what the pipeline finds in each gold
article of both splits, one line per event, quotation and actor, so that a change of
behaviour shows as a diff of that file even where the scores stay (a refactoring must leave it
identical; an intended change rewrites it in the same commit).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from spacy.language import Language

from lagebild.analysis import ArticleAnalysis, EventParticipant

ROOT = Path(__file__).resolve().parents[2]
SHARED = ROOT.parent / "shared"
SNAPSHOT = ROOT / "tests" / "evaluate" / "scores.snapshot.json"
OUTPUTS = ROOT / "tests" / "evaluate" / "outputs.snapshot.json"
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


def outputs(nlp: Language, shared: Path = SHARED) -> dict[str, list[str]]:
    """``split/article id`` -> its events, quotations and actors, one line each, as the
    shipped pipeline (with the event detector) finds them."""
    from lagebild import make_doc
    from lagebild.analysis import ArticleAnalysis
    from lagebild.evaluate.events import _record, read_gold

    found: dict[str, list[str]] = {}
    for split in GOLD_SPLITS:
        for article in read_gold(gold_events(split, shared)):
            doc = nlp(make_doc(nlp, _record(article)))
            found[f"{split}/{article['id']}"] = describe(ArticleAnalysis.from_doc(doc))
    return found


def describe(analysis: ArticleAnalysis) -> list[str]:
    """One line per event, quotation and actor: what a reader of the output would compare."""
    events = [
        f"event {e.trigger.start}:{e.trigger.end} {e.trigger.text!r} {e.type}"
        f"{'/' + e.mode if e.mode else ''} {e.modality}"
        f" {_participants(e.actor)} -> {_participants(e.recipient)}"
        f" conf {e.confidence:.2f} at {e.location.country if e.location else None}"
        for e in analysis.events
    ]
    quotes = [
        f"quote {q.start}:{q.end} {q.kind} speaker {q.speaker.actors if q.speaker else None}"
        f" cue {q.cue.text if q.cue else None!r}"
        for q in analysis.quotes
    ]
    actors = [
        f"actor {key} {a.kind} {a.code} {a.sector}" for key, a in sorted(analysis.actors.items())
    ]
    return events + quotes + actors


def _participants(participants: list[EventParticipant]) -> str:
    return ",".join(f"{p.code}/{p.sector}({p.actor})" for p in participants) or "-"


def changed_outputs(current: dict[str, list[str]], snapshot: dict[str, list[str]]) -> list[str]:
    """One line per article whose outputs differ from the snapshot: what went, what came."""
    found = []
    for key in sorted(set(current) | set(snapshot)):
        before, after = snapshot.get(key), current.get(key)
        if before is None or after is None:
            found.append(f"{key}: {'new article' if before is None else 'article missing'}")
        elif before != after:
            gone = [line for line in before if line not in after]
            came = [line for line in after if line not in before]
            found.append(f"{key}: lost {gone}, gained {came}")
    return found


def read_outputs(path: Path = OUTPUTS) -> dict[str, list[str]]:
    return json.loads(path.read_text(encoding="utf-8"))["outputs"]


def write_outputs(found: dict[str, list[str]], path: Path = OUTPUTS) -> None:
    data = {
        "about": "What the pipeline finds in each gold article; regenerate with "
        "`python -m lagebild.evaluate.snapshot --update` (or `make snapshot`) and give the "
        "reason in the commit.",
        "data": "../shared/gold/events-{train,dev}.jsonl",
        "outputs": found,
    }
    path.write_text(json.dumps(data, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")


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

    nlp = lagebild.load()
    current, found = measure(nlp), outputs(nlp)
    if args.update:
        write_snapshot(current)
        write_outputs(found)
        print(f"wrote {SNAPSHOT.relative_to(ROOT)} and {OUTPUTS.relative_to(ROOT)}")
        return 0
    problems = drops(current, read_snapshot())
    differences = changed_outputs(found, read_outputs())
    for line in problems + differences:
        print(line, file=sys.stderr)
    changed = current != read_snapshot()
    print("scores dropped" if problems else "scores changed" if changed else "scores unchanged")
    print(f"outputs changed in {len(differences)} articles" if differences else "outputs unchanged")
    return 1 if problems or differences else 0


if __name__ == "__main__":
    sys.exit(main())
