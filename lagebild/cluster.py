"""Ingest on a Dask cluster into the Parquet store (``lagebild.store.parquet``).

This process reads the records, drops those already stored (by content hash), cuts the
rest into partitions and submits one task per partition. A worker analyses its partition
with the pipeline it loaded once (``lagebild.load`` is cached per process) and writes the
partition's Parquet files itself, then marks them committed; only small summaries travel
back. A task that fails is retried twice by Dask; a partition that still fails is
recorded, record by record, in the store's ``failures``. At most two partitions per
worker are in flight, so memory stays bounded however large the input.

The output folder must be one that every worker can write (a local path for a
``LocalCluster``, shared storage for a real cluster).
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

from lagebild.errors import AnalysisError, LagebildError, ReadWarning
from lagebild.ingest import IngestSummary
from lagebild.readers import read_records
from lagebild.record import Record
from lagebild.store.parquet import (
    PartitionSummary,
    known_hashes,
    known_versions,
    part_id,
    write_partition,
)

RETRIES = 2


def analyse_partition(
    records: list[Record], out: str, part: str, model: str | None = None
) -> PartitionSummary:
    """Runs on a worker: analyse, write, commit."""
    from lagebild import analyze_records, load

    analysed = (result for _, result in analyze_records(records, load(model)))
    warnings = [
        ReadWarning(note, source=r.origin, position=r.position) for r in records for note in r.notes
    ]
    return write_partition(analysed, out, part, warnings=warnings)


def partitions(
    items: Iterable[Record | LagebildError],
    known: set[str],
    size: int,
    summary: IngestSummary,
    errors: list[LagebildError],
    versions: dict[str, int] | None = None,
) -> Iterator[list[Record]]:
    """New records in partitions of ``size``; read errors and skipped records are counted.

    ``versions`` (id -> agency story version, stored or read in this run) drops an older
    version of a story, as the SQLite store does; the latest committed partition wins.
    """
    batch: list[Record] = []
    versions = {} if versions is None else versions
    for item in items:
        if isinstance(item, LagebildError):
            errors.append(item)
            continue
        summary.read += 1
        summary.notes.extend(item.notes)
        newest = versions.get(item.id or "")
        if item.content_hash in known or (newest is not None and (item.version or 0) < newest):
            summary.unchanged += 1
            continue
        known.add(item.content_hash)  # the same article twice in one run is stored once
        if item.id and item.version is not None:
            versions[item.id] = item.version
        batch.append(item)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


def ingest_dask(
    paths: Iterable[str | Path],
    out: str | Path,
    scheduler: str | None = None,
    workers: int | None = None,
    partition_size: int = 256,
    model: str | Path | None = None,
    on_progress: Callable[[IngestSummary], None] | None = None,
) -> IngestSummary:
    """Ingest ``paths`` into the Parquet store ``out`` on the cluster at ``scheduler``
    (a ``LocalCluster`` of ``workers`` processes when no address is given)."""
    from distributed import Client, LocalCluster, as_completed

    from lagebild.workers import default_jobs

    out = Path(out).resolve()
    out.mkdir(parents=True, exist_ok=True)
    started = time.perf_counter()
    summary = IngestSummary()
    errors: list[LagebildError] = []
    cluster = None
    if scheduler is None:
        cluster = LocalCluster(
            n_workers=workers or default_jobs(),
            threads_per_worker=1,  # the pipeline is single-threaded; one process per core
            processes=True,
            dashboard_address=None,
        )
    client = Client(cluster or scheduler)
    try:
        window = 2 * max(1, len(client.scheduler_info()["workers"]))
        pending = as_completed()
        batches = {}
        source = partitions(
            read_records(paths),
            known_hashes(out),
            partition_size,
            summary,
            errors,
            known_versions(out),
        )
        for batch in source:
            part = part_id(batch)
            future = client.submit(
                analyse_partition,
                batch,
                str(out),
                part,
                model and str(model),
                retries=RETRIES,
                key=f"lagebild-{part}",
                pure=False,
            )
            batches[future.key] = batch
            pending.add(future)
            while pending.count() >= window:
                _collect(next(pending), batches, out, summary)
                _progress(summary, started, on_progress)
        for future in pending:
            _collect(future, batches, out, summary)
            _progress(summary, started, on_progress)
    finally:
        client.close()
        if cluster is not None:
            cluster.close()
    if errors:  # read errors: one committed partition of failures
        write_partition([], out, f"failures-{part_id([])}-{time.time_ns()}", failures=errors)
        summary.failed += len(errors)
    summary.seconds = time.perf_counter() - started
    return summary


def _collect(future, batches: dict, out: Path, summary: IngestSummary) -> None:
    batch = batches.pop(future.key)
    if future.status == "finished":
        result: PartitionSummary = future.result()
        summary.new += result.new
        summary.analysed += result.new
        summary.failed += result.failed
        summary.words += result.words
        summary.warnings += result.warnings
        return
    reason = f"partition failed after {RETRIES + 1} tries: {future.exception()}"
    failures: list[LagebildError] = [
        AnalysisError(reason, source=r.origin or r.id, position=r.position) for r in batch
    ]
    write_partition([], out, part_id(batch), failures=failures)
    summary.failed += len(batch)


def _progress(
    summary: IngestSummary, started: float, on_progress: Callable[[IngestSummary], None] | None
) -> None:
    summary.seconds = time.perf_counter() - started
    if on_progress:
        on_progress(summary)
