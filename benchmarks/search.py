"""Search latency on a large store: the worst queries the limits allow, with snippets.

    python -m benchmarks.search [--articles 20000] [--long 20]

Builds a temporary store of N articles (the texts of examples/, cycled, each with a
number so none is a duplicate) plus ``--long`` articles of 200,000 characters (the
default --max-chars), then times each query (best of 3, seconds, limit 20).
"""

from __future__ import annotations

import argparse
import tempfile
import time
from pathlib import Path

from lagebild.readers import read_records
from lagebild.record import Record
from lagebild.store import Store, queries

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"
# The 31 most frequent German words: every article matches, every hit counts.
COMMON = [
    *("der", "die", "das", "und", "in", "zu", "den", "von", "mit", "sich", "des", "auf"),
    *("für", "ist", "im", "dem", "nicht", "ein", "eine", "als", "auch", "es", "an", "er"),
    *("hat", "aus", "bei", "nach", "wird", "am", "sie"),
][: queries.MAX_QUERY_TERMS]
QUERIES = {
    "two words": "Nato Osterweiterung",
    "column filter": "text:Peking",
    "NEAR": "NEAR(Putin China, 10)",
    "prefix": "Osterweit*",
    f"{len(COMMON)} common words, OR": " OR ".join(COMMON),
    "8 common words, AND": " ".join(COMMON[:8]),
}


def build(path: Path, n: int, long: int) -> None:
    texts = [r.text for r in read_records([EXAMPLES]) if isinstance(r, Record)]
    with Store(path) as store:
        store.conn.execute("BEGIN")
        store.conn.executemany(
            "INSERT INTO articles (id, content_hash, title, words, text, analysis, ingested_at)"
            " VALUES (?, ?, ?, 1, ?, '{}', 'now')",
            (
                (f"a{i}", f"h{i}", f"Meldung {i}", f"{texts[i % len(texts)]}\nNummer {i}.")
                for i in range(n)
            ),
        )
        big = ("\n".join(texts) * 100)[:200_000]
        store.conn.executemany(
            "INSERT INTO articles (id, content_hash, title, words, text, analysis, ingested_at)"
            " VALUES (?, ?, 'Lang', 1, ?, '{}', 'now')",
            ((f"long{i}", f"long{i}", f"{big}\n{i}") for i in range(long)),
        )
        store.conn.execute("COMMIT")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--articles", type=int, default=20_000)
    parser.add_argument("--long", type=int, default=20)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "bench.db"
        started = time.perf_counter()
        build(path, args.articles, args.long)
        print(
            f"store: {args.articles} articles + {args.long} of 200,000 characters, "
            f"built in {time.perf_counter() - started:.1f} s"
        )
        with Store(path) as store:
            for name, query in QUERIES.items():
                best = float("inf")
                for _ in range(3):
                    started = time.perf_counter()
                    rows = queries.search(store.conn, query, limit=20)
                    best = min(best, time.perf_counter() - started)
                print(f"{best:7.3f} s  {len(rows):3d} rows  {name}")


if __name__ == "__main__":
    main()
