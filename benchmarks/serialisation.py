"""Analysed Docs across process boundaries: the same analyses from one and two processes, and
after `doc.to_bytes()` and `DocBin(store_user_data=True)`, on every article of the gold sets.

    python -m benchmarks.serialisation [--splits train dev] [--processes 2]

Prints how many of the articles give identical `ArticleAnalysis` JSON each way, and the wall
time of one and of N processes (on a shared machine, more processes need not be faster).
Exits 1 when any differs. Results are in `docs/architecture.md`.
"""

from __future__ import annotations

import argparse
import json
import sys
import time

from spacy.tokens import Doc, DocBin

import lagebild
from lagebild import make_doc
from lagebild.analysis import ArticleAnalysis
from lagebild.evaluate.events import _record, read_gold
from lagebild.evaluate.snapshot import gold_events


def _dumps(docs: list[Doc]) -> list[dict]:
    return [ArticleAnalysis.from_doc(doc).model_dump(mode="json") for doc in docs]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--splits", nargs="+", default=["train", "dev"])
    parser.add_argument("--processes", type=int, default=2)
    args = parser.parse_args(argv)
    nlp = lagebild.load()
    records = [_record(a) for split in args.splits for a in read_gold(gold_events(split))]
    start = time.perf_counter()
    docs = list(nlp.pipe(make_doc(nlp, r) for r in records))
    one_s = time.perf_counter() - start
    reference = _dumps(docs)
    start = time.perf_counter()
    parallel = nlp.pipe((make_doc(nlp, r) for r in records), n_process=args.processes)
    several = _dumps(list(parallel))
    several_s = time.perf_counter() - start
    from_bytes = _dumps([Doc(nlp.vocab).from_bytes(doc.to_bytes()) for doc in docs])
    docbin = DocBin(store_user_data=True, docs=docs).to_bytes()
    from_docbin = _dumps(list(DocBin(store_user_data=True).from_bytes(docbin).get_docs(nlp.vocab)))
    result = {
        "articles": len(docs),
        f"n_process={args.processes} identical": sum(map(dict.__eq__, reference, several)),
        "to_bytes identical": sum(map(dict.__eq__, reference, from_bytes)),
        "DocBin identical": sum(map(dict.__eq__, reference, from_docbin)),
        "one process s": round(one_s, 1),
        f"{args.processes} processes s": round(several_s, 1),
    }
    print(json.dumps(result, indent=2))
    counts = [v for k, v in result.items() if k.endswith("identical")]
    return 0 if all(c == len(docs) for c in counts) else 1


if __name__ == "__main__":
    sys.exit(main())
