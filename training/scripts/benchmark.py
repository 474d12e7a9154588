"""Load time and single-thread throughput of a pipeline on Wikinews article texts.

OMP_NUM_THREADS=1 OPENBLAS_NUM_THREADS=1 python benchmark.py MODEL_DIR WIKINEWS_DIR [N_DOCS]
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path


def main(model: str, wikinews: str, n_docs: int = 150) -> dict:
    t0 = time.perf_counter()
    import spacy

    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
    import lagebild.models.components  # noqa: F401

    t1 = time.perf_counter()
    nlp = spacy.load(model)
    load_s = time.perf_counter() - t1
    texts = []
    for path in sorted(Path(wikinews).glob("*.json"))[:n_docs]:
        texts.append(json.loads(path.read_text(encoding="utf8"))["originalText"])
    list(nlp.pipe(texts[:5]))  # warm-up
    start = time.perf_counter()
    cpu_start = time.process_time()
    n_words = 0
    for doc in nlp.pipe(texts, batch_size=64):
        n_words += sum(1 for t in doc if not t.is_space)
    secs = time.perf_counter() - start
    cpu_secs = time.process_time() - cpu_start
    result = {
        "model": model,
        "docs": len(texts),
        "words": n_words,
        "seconds": round(secs, 2),
        "words_per_second": round(n_words / secs),
        "cpu_seconds": round(cpu_secs, 2),
        "words_per_cpu_second": round(n_words / cpu_secs),
        "load_seconds": round(load_s, 2),
        "import_spacy_seconds": round(t1 - t0, 2),
        "size_mb": round(
            sum(p.stat().st_size for p in Path(model).rglob("*") if p.is_file()) / 1e6, 1
        ),
    }
    print(json.dumps(result))
    return result


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2], int(sys.argv[3]) if len(sys.argv) > 3 else 150)
