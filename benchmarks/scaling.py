"""Ingest on every core, on a Dask cluster, and queries on the Parquet store.

    python -m benchmarks.scaling jobs [--limit 200]          # 1 vs 2 jobs: efficiency, memory
    python -m benchmarks.scaling corpus OUT.jsonl --articles 100000   # synthesise a corpus
    python -m benchmarks.scaling dask OUT.jsonl --parquet DIR [--workers 2]
    python -m benchmarks.scaling queries DIR --events 1000000 # dyad timeline / actor counts

``jobs`` ingests the same articles into fresh SQLite stores with ``--jobs 1`` and
``--jobs 2`` and prints the marginal articles/s and words/s (fixed start-up costs cancel),
the scaling efficiency (speed at 2 jobs divided by twice the speed at 1) and the peak
memory of a worker. ``corpus`` writes a
JSON Lines corpus: Wikinews articles from ``../shared/data/quotes_wikinews`` and the
bundled examples, each copy with its own id and date, and its paragraphs shuffled with
sentences from the raw German corpus so that no two articles share a content hash.
``queries`` writes synthetic event rows (random dyads among 200 codes over 20 years)
straight to Parquet and times the two queries an analyst runs most.
"""

from __future__ import annotations

import argparse
import contextlib
import gzip
import json
import random
import resource
import statistics
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
WIKINEWS = ROOT.parent / "shared/data/quotes_wikinews"
RAW = ROOT.parent / "shared/data/raw_de"


def _records(limit: int) -> list:
    from lagebild.readers import read_records
    from lagebild.record import Record

    found = []
    for item in read_records([WIKINEWS]):
        if isinstance(item, Record):
            found.append(item)
        if len(found) >= limit:
            break
    return found


def bench_jobs(limit: int) -> dict:
    """Ingest with 1 and with 2 worker processes: the marginal rate, so fixed costs (loading
    the model in each worker, starting the pool) cancel out: ``limit`` articles are ingested,
    then ``2 * limit`` others into a new store, and the rate is ``limit`` over the difference
    of the two times. Peak memory of a worker is read while it runs."""
    from lagebild.ingest import ingest
    from lagebild.store import Store

    folder = Path(tempfile.mkdtemp())
    records = _records(3 * limit)
    small, large = folder / "small.jsonl", folder / "large.jsonl"
    for path, part in ((small, records[:limit]), (large, records[limit:])):
        with path.open("w") as f:
            for r in part:
                row = {"id": r.id, "title": r.title, "date": r.date, "text": r.text}
                f.write(json.dumps(row, ensure_ascii=False) + "\n")
    words = {
        p: sum(len(json.loads(line)["text"].split()) for line in p.open()) for p in (small, large)
    }
    result: dict = {"articles": [limit, 2 * limit]}
    ingest([small], Store(folder / "warm.db"))  # loads the model in this process once
    for jobs in (1, 2):
        times = {}
        watcher = _PeakWorkerMemory() if jobs > 1 else None
        for path in (small, large):
            with Store(folder / f"jobs{jobs}-{path.stem}.db") as store:
                start = time.perf_counter()
                ingest([path], store, jobs=jobs)
                times[path] = time.perf_counter() - start
        marginal = times[large] - times[small]
        result[f"jobs{jobs}"] = {
            "seconds": [round(times[small], 1), round(times[large], 1)],
            "articles_per_s": round(limit / marginal, 1),
            "words_per_s": round((words[large] - words[small]) / marginal),
        }
        if watcher is not None:
            result["peak_worker_mb"] = watcher.stop()
    one, two = result["jobs1"]["words_per_s"], result["jobs2"]["words_per_s"]
    result["efficiency"] = round(two / (2 * one), 3)
    result["peak_main_mb"] = round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)
    return result


class _PeakWorkerMemory:
    """The largest resident memory of any descendant process, sampled every 0.2 s."""

    def __init__(self) -> None:
        import threading

        import psutil  # comes with distributed

        self.peak = 0
        self.done = threading.Event()
        me = psutil.Process()

        def sample() -> None:
            while not self.done.wait(0.2):
                for child in me.children(recursive=True):
                    with contextlib.suppress(psutil.Error):  # a worker that just ended
                        self.peak = max(self.peak, child.memory_info().rss)

        self.thread = threading.Thread(target=sample, daemon=True)
        self.thread.start()

    def stop(self) -> int:
        self.done.set()
        self.thread.join()
        return round(self.peak / 2**20)


def write_corpus(out: Path, articles: int, seed: int = 7, dates: str = "sorted") -> dict:
    """A synthetic corpus of distinct German articles, dated over 2000–2024.

    ``sorted``: in date order, as a feed or crawl delivers news (a partition spans a few
    days); ``random``: every article on a random day (the worst case for file counts).
    """
    rng = random.Random(seed)
    base = [(r.title, r.text) for r in _records(2000)]
    filler = _raw_sentences(20000, rng)
    with out.open("w") as f:
        for i in range(articles):
            title, text = base[i % len(base)]
            paragraphs = text.split("\n\n")
            paragraphs.append(" ".join(rng.sample(filler, 2)))
            date = _synthetic_date(i, articles) if dates == "sorted" else _random_date(rng)
            record = {
                "id": f"synth-{i}",
                "title": title,
                "date": date,
                "text": "\n\n".join(paragraphs),
            }
            f.write(json.dumps(record, ensure_ascii=False) + "\n")
    return {"articles": articles, "bytes": out.stat().st_size}


def _random_date(rng: random.Random) -> str:
    return f"{rng.randint(2000, 2024)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"


def _synthetic_date(i: int, articles: int) -> str:
    """The i-th of ``articles`` days spread evenly over 2000–2024."""
    day = date(2000, 1, 1) + timedelta(days=int(i * 9131 / max(1, articles)))
    return day.isoformat()


def _raw_sentences(n: int, rng: random.Random) -> list[str]:
    sentences: list[str] = []
    for path in sorted(RAW.rglob("*.txt.gz"))[:3]:
        with gzip.open(path, "rt", encoding="utf-8", errors="replace") as f:
            for line in f:
                line = line.strip()
                if 60 < len(line) < 200 and line.endswith("."):
                    sentences.append(line)
                if len(sentences) >= n:
                    return sentences
    return sentences or ["Die Regierung kündigte am Montag neue Gespräche an."]


def bench_dask(corpus: Path, parquet: Path, workers: int) -> dict:
    from lagebild.cluster import ingest_dask

    start = time.perf_counter()
    summary = ingest_dask([corpus], parquet, workers=workers)
    seconds = time.perf_counter() - start
    return {
        "read": summary.read,
        "new": summary.new,
        "failed": summary.failed,
        "seconds": round(seconds, 1),
        "articles_per_s": round(summary.new / seconds, 1),
        "words_per_s": round(summary.words / seconds),
    }


def write_events(out: Path, events: int, seed: int = 7) -> None:
    """Synthetic rows in the Parquet store's layout: articles, events, participants."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    rng = random.Random(seed)
    codes = [f"C{i:03d}" for i in range(200)]
    types = ["CONSULT", "REQUEST", "ACCUSE", "AID", "ASSAULT", "SUPPORT", "REJECT", "COERCE"]
    per_article = 5
    n_articles = events // per_article
    dates = [
        f"{rng.randint(2005, 2024)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
        for _ in range(n_articles)
    ]
    articles = pa.table(
        {
            "pk": list(range(n_articles)),
            "id": [f"a{i}" for i in range(n_articles)],
            "content_hash": [f"h{i}" for i in range(n_articles)],
            "title": ["t"] * n_articles,
            "date": dates,
            "text": [""] * n_articles,
            "ingested_at": ["2026-01-01T00:00:00"] * n_articles,
        }
    )
    events_t = pa.table(
        {
            "id": list(range(events)),
            "article_pk": [i // per_article for i in range(events)],
            "type": [rng.choice(types) for _ in range(events)],
            "quad": ["verbal_conflict"] * events,
            "score": [round(rng.uniform(-10, 10), 1) for _ in range(events)],
            "modality": ["asserted"] * events,
        }
    )
    actor = [
        rng.choice(codes[:20]) if rng.random() < 0.5 else rng.choice(codes) for _ in range(events)
    ]
    recipient = [rng.choice(codes) for _ in range(events)]
    # sorted by role and code, as a compacted store would be: row-group statistics then
    # let a dyad query skip almost every row group
    participants = pa.table(
        {
            "event_id": list(range(events)) * 2,
            "role": ["actor"] * events + ["recipient"] * events,
            "code": actor + recipient,
        }
    ).sort_by([("role", "ascending"), ("code", "ascending")])
    for name, table in (
        ("articles", articles),
        ("events", events_t),
        ("event_participants", participants),
    ):
        (out / name).mkdir(parents=True, exist_ok=True)
        pq.write_table(table, out / name / "synthetic.parquet", row_group_size=50_000)


ACTOR_COUNTS = (
    "SELECT code, count(*) AS events FROM event_participants WHERE role = 'actor'"
    " GROUP BY code ORDER BY events DESC LIMIT 20"
)


def bench_queries(folder: Path, events: int, runs: int = 50) -> dict:
    import duckdb

    from lagebild.store import queries

    if not (folder / "events").exists():
        write_events(folder, events)
    conn = duckdb.connect()
    for name in ("articles", "events", "event_participants"):
        conn.execute(
            f"CREATE VIEW {name} AS SELECT * FROM read_parquet('{folder / name}/*.parquet')"
        )
    rng = random.Random(1)
    result = {}
    for label, sql, params in (
        (
            "dyad_timeline",
            queries.DYAD_TIMELINE,
            lambda: [f"C{rng.randint(0, 19):03d}", f"C{rng.randint(0, 199):03d}"],
        ),
        ("actor_counts", ACTOR_COUNTS, lambda: []),
    ):
        times = []
        for _ in range(runs):
            start = time.perf_counter()
            conn.execute(sql, params()).fetchall()
            times.append((time.perf_counter() - start) * 1000)
        times.sort()
        result[label] = {
            "p50_ms": round(statistics.median(times), 1),
            "p95_ms": round(times[int(0.95 * len(times)) - 1], 1),
        }
    result["events"] = conn.execute("SELECT count(*) FROM events").fetchone()[0]
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="command", required=True)
    p = sub.add_parser("jobs")
    p.add_argument("--limit", type=int, default=200)
    p = sub.add_parser("corpus")
    p.add_argument("out", type=Path)
    p.add_argument("--articles", type=int, default=100_000)
    p.add_argument("--dates", choices=("sorted", "random"), default="sorted")
    p = sub.add_parser("dask")
    p.add_argument("corpus", type=Path)
    p.add_argument("--parquet", type=Path, required=True)
    p.add_argument("--workers", type=int, default=2)
    p = sub.add_parser("queries")
    p.add_argument("folder", type=Path)
    p.add_argument("--events", type=int, default=1_000_000)
    args = parser.parse_args()
    if args.command == "jobs":
        result = bench_jobs(args.limit)
    elif args.command == "corpus":
        result = write_corpus(args.out, args.articles, dates=args.dates)
    elif args.command == "dask":
        result = bench_dask(args.corpus, args.parquet, args.workers)
    else:
        result = bench_queries(args.folder, args.events)
    print(json.dumps(result, indent=2))


if __name__ == "__main__":
    main()
