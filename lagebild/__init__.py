"""lagebild: German news → actors, quotations and PLOVER events, offline."""

from __future__ import annotations

import gc
from collections.abc import Iterable, Iterator
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from lagebild.errors import AnalysisError
from lagebild.record import Record, normalise_date

# spaCy is imported where a model is needed, not here: query commands (search, events,
# report, --help) import this package and must start fast.
if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

    from lagebild.analysis import ArticleAnalysis

__version__ = "0.1.0"
__all__ = ["ArticleAnalysis", "Record", "analyze", "analyze_records", "load"]


@lru_cache(maxsize=4)
def load(model: str | Path | None = None) -> Language:
    """The full lagebild pipeline (loaded once per process and model), with the gazetteer
    its place resolution reads, both frozen out of the garbage collector's work."""
    from lagebild.geo.gazetteer import get_gazetteer
    from lagebild.pipeline import build_pipeline

    nlp = build_pipeline(model)
    get_gazetteer()  # else loaded at the first article, after the freeze
    freeze_loaded()
    return nlp


def freeze_loaded() -> None:
    """Leave what is loaded now out of the cyclic garbage collector's work (``gc.freeze``).

    The pipeline, knowledge base, codebook and gazetteer are a few hundred thousand objects
    kept for the life of the process (they are loaded once per process); every full
    collection would walk them all again (0.2–0.45 s each, 1–3 % of the time in steady
    state) and never free one. Garbage is collected first, so only live objects are frozen.
    Called by ``load`` (and the benchmark): a library function that merely returns a cached
    object (``get_gazetteer``) does not freeze the caller's whole process behind its back."""
    gc.collect()
    gc.freeze()


def __getattr__(name: str) -> object:
    """``lagebild.ArticleAnalysis`` without importing pydantic for every command."""
    if name == "ArticleAnalysis":
        from lagebild.analysis import ArticleAnalysis

        return ArticleAnalysis
    raise AttributeError(f"module 'lagebild' has no attribute {name!r}")


def analyze(
    text: str,
    title: str | None = None,
    date: str | None = None,
    id: str | None = None,
    nlp: Language | None = None,
) -> ArticleAnalysis:
    """Analyse one article body; ``date`` is ISO with its precision (YYYY, YYYY-MM, YYYY-MM-DD)."""
    from lagebild.analysis import ArticleAnalysis
    from lagebild.readers.dateline import parse_dateline

    record = Record(text=text, id=id, title=title, date=normalise_date(date))
    record.dateline = parse_dateline(text)
    nlp = nlp or load()
    return ArticleAnalysis.from_doc(nlp(make_doc(nlp, record)))


def analyze_records(
    records: Iterable[Record], nlp: Language | None = None, batch_size: int = 16
) -> Iterator[tuple[Record, ArticleAnalysis | AnalysisError]]:
    """Analyse a stream of records; a record that fails yields an AnalysisError, the rest go on."""
    nlp = nlp or load()
    batch: list[Record] = []
    for record in records:
        batch.append(record)
        if len(batch) >= batch_size:
            yield from _analyze_batch(nlp, batch)
            batch = []
    if batch:
        yield from _analyze_batch(nlp, batch)


def make_doc(nlp: Language, record: Record) -> Doc:
    """The Doc of ``record``'s text, with its metadata made once here (``doc._.meta``)."""
    from lagebild.analysis import ArticleMeta
    from lagebild.pipeline import MAX_CHARS

    if len(record.text) > MAX_CHARS:
        raise AnalysisError(
            f"article too long: {len(record.text):,} characters, the limit is {MAX_CHARS:,}",
            source=record.origin or record.id,
            position=record.position,
        )
    doc = nlp.make_doc(record.text)
    doc._.meta = ArticleMeta.from_record(record)
    return doc


def _analyze_batch(
    nlp: Language, batch: list[Record]
) -> Iterator[tuple[Record, ArticleAnalysis | AnalysisError]]:
    from lagebild.analysis import ArticleAnalysis

    try:
        docs = [make_doc(nlp, r) for r in batch]
        results = [ArticleAnalysis.from_doc(d) for d in nlp.pipe(docs)]
    except Exception:  # one bad record must not sink its batch: retry one by one
        yield from ((r, _analyze_one(nlp, r)) for r in batch)
        return
    yield from zip(batch, results, strict=True)


def _analyze_one(nlp: Language, record: Record) -> ArticleAnalysis | AnalysisError:
    from lagebild.analysis import ArticleAnalysis

    try:
        return ArticleAnalysis.from_doc(nlp(make_doc(nlp, record)))
    except AnalysisError as error:
        return error
    except Exception as e:  # noqa: BLE001 — reported per record, traceback with --debug
        failure = AnalysisError(
            f"analysis failed: {type(e).__name__}: {e}",
            source=record.origin or record.id,
            position=record.position,
        )
        failure.__cause__ = e
        return failure
