"""A separate writer process for the concurrency and kill tests: ``python -m tests.store.writer
DB PREFIX N BATCH`` opens (and so creates) the store, then saves N articles in batches."""

from __future__ import annotations

import sys

from lagebild.record import Record
from lagebild.store import Store
from tests.store.test_store import TEXT, make_analysis


def main(db: str, prefix: str, n: int, batch: int) -> None:
    with Store(db) as store:
        for start in range(0, n, batch):
            with store.transaction():
                for i in range(start, min(start + batch, n)):
                    record = Record(
                        text=f"{TEXT} Meldung {prefix} {i}.",
                        id=f"{prefix}-{i}",
                        title=f"{prefix} {i}",
                        date="2022-02-04",
                        origin=f"{prefix}.jsonl",
                        position=i,
                    )
                    store.save(make_analysis(record))


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4]))
