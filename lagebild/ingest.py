"""Read → analyse → store in batches: one transaction per batch, failures recorded."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable
from contextlib import ExitStack
from dataclasses import dataclass, field
from pathlib import Path

from spacy.language import Language

from lagebild.errors import LagebildError
from lagebild.readers import read_records
from lagebild.record import Record
from lagebild.store import Store
from lagebild.workers import ProcessAnalyser


@dataclass
class IngestSummary:
    read: int = 0
    new: int = 0
    replaced: int = 0
    unchanged: int = 0
    failed: int = 0
    words: int = 0
    seconds: float = 0.0
    notes: list[str] = field(default_factory=list)

    @property
    def articles_per_second(self) -> float:
        analysed = self.new + self.replaced
        return analysed / self.seconds if self.seconds else 0.0


def ingest(
    paths: Iterable[str | Path],
    store: Store,
    nlp: Language | Callable[[], Language] | None = None,
    batch_size: int = 32,
    on_error: Callable[[LagebildError], None] | None = None,
    on_progress: Callable[[IngestSummary], None] | None = None,
    jobs: int = 1,
    model: str | Path | None = None,
    records: Iterable[Record | LagebildError] | None = None,
) -> IngestSummary:
    """Ingest every record under ``paths``; ``nlp`` may be a loader, called only when needed.
    ``records`` replaces reading ``paths`` when the records were read already (a fetched feed).

    With ``jobs`` > 1 the articles are analysed in that many worker processes (each loads
    ``model``, the bundled one by default) and this process only reads and writes.
    """
    with ExitStack() as stack:
        pool = stack.enter_context(ProcessAnalyser(jobs, model)) if jobs > 1 else None
        if pool is not None:
            batch_size = max(batch_size, 16 * jobs)  # keep every worker busy between writes
        return _ingest(paths, store, nlp, batch_size, on_error, on_progress, pool, records)


def _ingest(
    paths: Iterable[str | Path],
    store: Store,
    nlp: Language | Callable[[], Language] | None,
    batch_size: int,
    on_error: Callable[[LagebildError], None] | None,
    on_progress: Callable[[IngestSummary], None] | None,
    pool: ProcessAnalyser | None,
    records: Iterable[Record | LagebildError] | None,
) -> IngestSummary:
    from lagebild import analyze_records, load

    summary = IngestSummary()
    started = time.perf_counter()
    pending: list[Record] = []
    errors: list[LagebildError] = []
    model: Language | None = None

    def flush() -> None:
        nonlocal model
        if pending and model is None and pool is None:
            model = nlp() if callable(nlp) and not isinstance(nlp, Language) else (nlp or load())
        if not pending:
            results = []
        elif pool is not None:
            results = pool(pending)
        else:
            results = list(analyze_records(pending, model))
        with store.transaction():
            for record, result in results:
                if isinstance(result, LagebildError):
                    errors.append(result)
                    continue
                outcome = store.save(record, result)
                setattr(summary, outcome, getattr(summary, outcome) + 1)
                summary.words += len(record.text.split())
            for error in errors:
                store.record_failure(error)
                summary.failed += 1
                if on_error:
                    on_error(error)
        pending.clear()
        errors.clear()
        summary.seconds = time.perf_counter() - started
        if on_progress:
            on_progress(summary)

    for item in read_records(paths) if records is None else records:
        if isinstance(item, LagebildError):
            errors.append(item)
        else:
            summary.read += 1
            summary.notes.extend(item.notes)
            if store.is_unchanged(item):
                summary.unchanged += 1
            else:
                pending.append(item)
        if len(pending) >= batch_size or len(errors) >= batch_size:
            flush()
    flush()
    summary.seconds = time.perf_counter() - started
    return summary
