"""Analysis on every core: worker processes analyse, the calling process writes.

spaCy's ``nlp.pipe(n_process=…)`` would have to send analysed ``Doc`` objects between
processes; lagebild's workers send back the finished ``ArticleAnalysis`` instead (a
pydantic model, pickled), so only plain data crosses the process boundary and the one
write path (``Store.save``) stays in one process.

Each worker loads the pipeline once, in its initializer. Workers start from a fork
server where the platform has one: a plain fork of a process that runs threads (the
progress display) can copy a held lock into the child.
"""

from __future__ import annotations

import multiprocessing
import os
from collections.abc import Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from typing import TYPE_CHECKING

from lagebild.record import Record

if TYPE_CHECKING:
    from spacy.language import Language

    from lagebild.analysis import ArticleAnalysis
    from lagebild.errors import AnalysisError

Result = tuple[Record, "ArticleAnalysis | AnalysisError"]

_worker_nlp: Language | None = None


def default_jobs() -> int:
    """All cores this process may use."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def _init_worker(model: str | None) -> None:
    global _worker_nlp
    from lagebild import load

    _worker_nlp = load(model)


def _analyse_in_worker(record: Record) -> Result:
    from lagebild import analyze_records

    assert _worker_nlp is not None, "worker not initialised"
    return next(analyze_records([record], _worker_nlp, batch_size=1))


class ProcessAnalyser:
    """A pool of ``jobs`` processes, each with its own pipeline; use as a context manager."""

    def __init__(self, jobs: int, model: str | Path | None = None) -> None:
        methods = multiprocessing.get_all_start_methods()
        context = multiprocessing.get_context("forkserver" if "forkserver" in methods else "spawn")
        self.jobs = jobs
        self.pool = ProcessPoolExecutor(
            max_workers=jobs,
            mp_context=context,
            initializer=_init_worker,
            initargs=(str(model) if model else None,),
        )

    def __call__(self, records: list[Record]) -> list[Result]:
        # small chunks: articles differ tenfold in length, so big chunks leave a core idle
        return list(self.pool.map(_analyse_in_worker, records, chunksize=2))

    def __enter__(self) -> ProcessAnalyser:
        return self

    def __exit__(self, *exc: object) -> None:
        self.pool.shutdown(wait=True, cancel_futures=True)


def analyse_stream(
    records: Iterable[Record], jobs: int, model: str | Path | None = None, batch_size: int = 64
) -> Iterator[Result]:
    """Analyse a stream of records on ``jobs`` processes, in input order."""
    with ProcessAnalyser(jobs, model) as analyse:
        batch: list[Record] = []
        for record in records:
            batch.append(record)
            if len(batch) >= batch_size:
                yield from analyse(batch)
                batch = []
        if batch:
            yield from analyse(batch)
