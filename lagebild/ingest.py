"""Read → analyse → store in batches: one transaction per batch, failures recorded."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from spacy.language import Language

from lagebild.errors import LagebildError
from lagebild.readers import read_records
from lagebild.record import Record
from lagebild.store import Store


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
    records: Iterable[Record | LagebildError] | None = None,
) -> IngestSummary:
    """Ingest every record under ``paths``; ``nlp`` may be a loader, called only when needed.

    ``records`` replaces reading ``paths`` when the records were read already (a fetched feed).
    """
    from lagebild import analyze_records, load

    summary = IngestSummary()
    started = time.perf_counter()
    pending: list[Record] = []
    errors: list[LagebildError] = []
    model: Language | None = None

    def flush() -> None:
        nonlocal model
        if pending and model is None:
            model = nlp() if callable(nlp) and not isinstance(nlp, Language) else (nlp or load())
        results = list(analyze_records(pending, model)) if pending else []
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
