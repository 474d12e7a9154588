"""Read → analyse → store in batches: one transaction per batch, failures recorded."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable
from contextlib import ExitStack
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, cast

from lagebild.errors import LagebildError, ReadError
from lagebild.readers import read_records
from lagebild.record import Record
from lagebild.store import Store
from lagebild.store.db import source_key
from lagebild.workers import ProcessAnalyser

if TYPE_CHECKING:
    from spacy.language import Language

# News articles are far shorter (a long feature has 30,000 characters); the pipeline's
# memory grows with the text (measured peak 0.67 GB for a 199,000-character article, 2.6 GB
# for 990,000), so longer input is refused unless asked for (--max-chars).
DEFAULT_MAX_CHARS = 200_000
PIPELINE_MAX_CHARS = 1_000_000


@dataclass
class IngestSummary:
    read: int = 0
    new: int = 0
    replaced: int = 0
    unchanged: int = 0
    failed: int = 0
    warnings: int = 0
    analysed: int = 0
    words: int = 0
    seconds: float = 0.0
    replaced_ids: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)

    @property
    def articles_per_second(self) -> float:
        return self.analysed / self.seconds if self.seconds else 0.0


def ingest(
    paths: Iterable[str | Path],
    store: Store,
    nlp: Language | Callable[[], Language] | None = None,
    batch_size: int = 32,
    on_error: Callable[[LagebildError], None] | None = None,
    on_progress: Callable[[IngestSummary], None] | None = None,
    on_note: Callable[[str], None] | None = None,
    max_chars: int = DEFAULT_MAX_CHARS,
    jobs: int = 1,
    model: str | Path | None = None,
    records: Iterable[Record | LagebildError] | None = None,
) -> IngestSummary:
    """Ingest every record under ``paths``; ``nlp`` may be a loader, called only when needed.

    Each record keeps the id its reader gave it; a second, different record with the same
    id in one run is a failure, not a silent replacement. Lossy decodes are stored as
    warnings; a source that now reads cleanly has its earlier failures resolved.

    With ``jobs`` > 1 the articles are analysed in that many worker processes (each loads
    ``model``, the bundled one by default) and this process only reads and writes.
    ``records`` replaces reading ``paths`` when the records were read already (a fetched feed).
    """
    with ExitStack() as stack:
        pool = stack.enter_context(ProcessAnalyser(jobs, model)) if jobs > 1 else None
        if pool is not None:
            batch_size = max(batch_size, 16 * jobs)  # keep every worker busy between writes
        source = read_records(paths) if records is None else records
        return _ingest(
            source, store, nlp, batch_size, on_error, on_progress, on_note, max_chars, pool
        )


def _ingest(
    source: Iterable[Record | LagebildError],
    store: Store,
    nlp: Language | Callable[[], Language] | None,
    batch_size: int,
    on_error: Callable[[LagebildError], None] | None,
    on_progress: Callable[[IngestSummary], None] | None,
    on_note: Callable[[str], None] | None,
    max_chars: int,
    pool: ProcessAnalyser | None,
) -> IngestSummary:
    summary = IngestSummary()
    started = time.perf_counter()
    # sources with open failures that this run reads: rows it does not record again are
    # gone from their source once it has been read whole
    open_sources, sources = store.sources_with_open_failures(), set()
    recorded: set[int] = set()  # the failure rows this run recorded (again)
    pending: list[Record] = []
    settled: list[Record] = []  # unchanged records: only their failures/warnings to update
    errors: list[LagebildError] = []
    seen: dict[str, tuple[str, str]] = {}  # id -> (content hash, where) in this run
    model: Language | None = None

    def tick() -> None:
        summary.seconds = time.perf_counter() - started
        if on_progress:
            on_progress(summary)

    def note(record: Record, text: str) -> None:
        where = record.origin or record.id or "<input>"
        if record.position is not None:
            where = f"{where}:{record.position}"
        summary.notes.append(f"{where}: {text}")
        if on_note:
            on_note(summary.notes[-1])

    def settle(record: Record) -> None:
        store.resolve_failures(record)
        for text in record.notes:
            recorded.add(store.record_warning(record, text))
            summary.warnings += 1

    def flush() -> None:
        nonlocal model
        if pending and model is None and pool is None:
            model = _load_model(nlp)
        results = []
        analysed = pool(pending) if pool is not None and pending else _analyse(pending, model)
        for record, result in analysed:
            results.append((record, result))
            summary.analysed += not isinstance(result, LagebildError)
            tick()
        with store.transaction():
            for record, result in results:
                if isinstance(result, LagebildError):
                    errors.append(result)
                    continue
                outcome = store.save(result)
                setattr(summary, outcome, getattr(summary, outcome) + 1)
                if outcome == "replaced":
                    summary.replaced_ids.append(record.id or "")
                summary.words += len(record.text.split())
                settle(record)
            for record in settled:
                settle(record)
            for error in errors:
                recorded.add(store.record_failure(error))
                summary.failed += 1
                if on_error:
                    on_error(error)
        pending.clear()
        settled.clear()
        errors.clear()
        tick()

    for item in source:
        origin = source_key(item.origin if isinstance(item, Record) else item.source)
        if origin in open_sources:
            sources.add(origin)
        if isinstance(item, Record):
            summary.read += 1
            item = _check(item, store, seen, max_chars)
        if isinstance(item, LagebildError):
            errors.append(item)
        else:
            for text in item.notes:
                note(item, text)
            if store.is_unchanged(item):
                summary.unchanged += 1
                settled.append(item)
            else:
                pending.append(item)
        if len(pending) >= batch_size or len(errors) + len(settled) >= batch_size:
            flush()
        elif summary.read % 16 == 0:
            tick()
    flush()
    if sources:
        with store.transaction():
            store.resolve_stale_failures(sources, recorded)
    summary.seconds = time.perf_counter() - started
    return summary


def _check(
    record: Record, store: Store, seen: dict[str, tuple[str, str]], max_chars: int
) -> Record | LagebildError:
    """The record with an id no other record of this run or file holds, or why not."""
    where = record.origin or "<input>"
    if record.position is not None:
        where = f"{where}:{record.position}"
    if len(record.text) > max_chars:
        return ReadError(
            f"article too long: {len(record.text):,} characters, the limit is {max_chars:,} "
            f"(raise it with --max-chars, at most {PIPELINE_MAX_CHARS:,})",
            source=record.origin,
            position=record.position,
        )
    renamed = store.claim_id(record)
    if renamed:
        record.notes.append(renamed)
    key = record.id or record.content_hash
    first = seen.setdefault(key, (record.content_hash, where))
    if first[0] != record.content_hash:
        return ReadError(
            f"id {key!r} was already used in this run by {first[1]} for another article; "
            "skipped (ids must be unique)",
            source=record.origin,
            position=record.position,
        )
    return record


def _load_model(nlp: Language | Callable[[], Language] | None) -> Language:
    if nlp is None:
        from lagebild import load

        return load()
    # A Language is callable too; a loader is anything callable without a ``pipe``.
    if hasattr(nlp, "pipe"):
        return cast("Language", nlp)
    return cast("Callable[[], Language]", nlp)()


def _analyse(records: list[Record], model: Language | None):
    if not records:
        return iter(())
    from lagebild import analyze_records

    return analyze_records(records, model)
