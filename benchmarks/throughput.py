"""Throughput of the lagebild pipeline against the bare model on the same texts.

    python -m benchmarks.throughput [--limit N] [--repeat 3] [PATH ...]
    OMP_NUM_THREADS=1 OPENBLAS_NUM_THREADS=1 python -m benchmarks.throughput   # one core

Default input: the Wikinews articles in ../shared/data/quotes_wikinews/. Prints
words/s and articles/s for the full pipeline and for the bare trained model
(tagger, parser, NER only), their ratio, each lagebild component's share of
the time, the load time and peak memory.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import time
from pathlib import Path

DEFAULT_INPUT = Path(__file__).resolve().parents[2] / "shared/data/quotes_wikinews"


def _texts(paths: list[str], limit: int) -> list[str]:
    from lagebild.readers import read_records
    from lagebild.record import Record

    texts = []
    for item in read_records(paths):
        if isinstance(item, Record):
            texts.append(item.text)
        if len(texts) >= limit:
            break
    return texts


def _time_pipe(nlp, texts: list[str], batch_size: int) -> float:
    start = time.perf_counter()
    for _ in nlp.pipe(texts, batch_size=batch_size):
        pass
    return time.perf_counter() - start


def _component_times(nlp, texts: list[str]) -> dict[str, float]:
    """Seconds per component, running them one by one on the same docs."""
    totals = {name: 0.0 for name in nlp.pipe_names}
    for text in texts:
        doc = nlp.make_doc(text)
        for name, proc in nlp.pipeline:
            start = time.perf_counter()
            doc = proc(doc)
            totals[name] += time.perf_counter() - start
    return totals


def run(paths: list[str], limit: int, batch_size: int, repeat: int = 3) -> dict:
    from lagebild.pipeline import build_pipeline

    start = time.perf_counter()
    full = build_pipeline()
    load_seconds = time.perf_counter() - start
    bare = build_pipeline(bare=True)
    # as lagebild.load does for the CLI and the workers: the gazetteer is loaded with the
    # pipeline, and what is loaded for the process is left out of the garbage collector's
    # full collections
    from lagebild import freeze_loaded
    from lagebild.geo.gazetteer import get_gazetteer

    get_gazetteer()
    freeze_loaded()
    texts = _texts(paths, limit)
    words = sum(len(t.split()) for t in texts)
    # warm both up the same way: first calls fill caches (lemmas, codebook look-ups), a
    # one-off cost that would otherwise fall on each pipeline's first timed run only
    _time_pipe(bare, texts[:5], batch_size)
    _time_pipe(full, texts[:5], batch_size)
    # alternate the two and keep each one's best run (as timeit does): other load on a
    # shared machine only ever slows a run down
    bare_runs, full_runs = [], []
    for _ in range(max(1, repeat)):
        bare_runs.append(_time_pipe(bare, texts, batch_size))
        full_runs.append(_time_pipe(full, texts, batch_size))
    bare_s, full_s = min(bare_runs), min(full_runs)
    components = _component_times(full, texts[: min(len(texts), 100)])
    component_total = sum(components.values()) or 1.0
    return {
        "articles": len(texts),
        "words": words,
        "threads": os.environ.get("OMP_NUM_THREADS", "default"),
        "load_seconds": round(load_seconds, 2),
        "repeat": len(bare_runs),
        "bare_model": {
            "seconds": round(bare_s, 2),
            "words_per_s": round(words / bare_s),
            "words_per_s_each_run": [round(words / s) for s in bare_runs],
        },
        "full_pipeline": {
            "seconds": round(full_s, 2),
            "words_per_s": round(words / full_s),
            "articles_per_s": round(len(texts) / full_s, 2),
            "words_per_s_each_run": [round(words / s) for s in full_runs],
        },
        "ratio_full_to_bare": round(full_s / bare_s, 3),
        "component_share": {k: round(v / component_total, 3) for k, v in components.items()},
        "peak_memory_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024),
    }


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawTextHelpFormatter
    )
    parser.add_argument("paths", nargs="*", default=[str(DEFAULT_INPUT)])
    parser.add_argument("--limit", type=int, default=300, help="articles to read (default 300)")
    parser.add_argument("--batch-size", type=int, default=16)
    parser.add_argument(
        "--repeat", type=int, default=3, help="timed runs of each; the best counts (default 3)"
    )
    args = parser.parse_args()
    print(json.dumps(run(args.paths, args.limit, args.batch_size, args.repeat), indent=2))


if __name__ == "__main__":
    main()
