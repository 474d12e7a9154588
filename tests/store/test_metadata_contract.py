"""One metadata object from the record to the store: ``ArticleMeta`` is made once from the
``Record`` (``lagebild.make_doc``), carried on the Doc and as the head of ``ArticleAnalysis``,
and ``Store.save(analysis)`` writes the article row from it alone, in SQLite and in Parquet."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import spacy
from spacy.language import Language

import lagebild
from lagebild.analysis import ArticleAnalysis, ArticleMeta, Dateline, Sentence
from lagebild.errors import StoreError
from lagebild.pipeline import extensions  # noqa: F401  (the lagebild_meta factory)
from lagebild.record import Record
from lagebild.store import Store, queries
from lagebild.store.parquet import connect, part_id, write_partition

TEXT = "Kiew (dpa) - Scholz ist mit Macron und Draghi in Kiew eingetroffen."
COLUMNS = (
    "id, content_hash, title, date, date_precision, source, url, origin, version,"
    " dateline_places, dateline_agency, text"
)


def agency_story(origin: Path) -> Record:
    return Record(
        text=TEXT,
        id="urn:newsml:dpa.com:20220616:220616-99-680123",
        title="Scholz in Kiew",
        date="2022-06-16",
        url="https://example.org/scholz-kiew",
        source="Deutsche Presse-Agentur",
        agency="dpa",
        version=3,
        dateline=Dateline(places=["Kiew"], agency="dpa", start=0, end=13),
        origin=str(origin),
        position=7,
    )


def bare_record(origin: Path) -> Record:
    return Record(text=TEXT, id="b1", date="2022-06", origin=str(origin))


def expected_row(record: Record) -> dict[str, object]:
    dateline = record.dateline
    return {
        "id": record.id,
        "content_hash": record.content_hash,
        "title": record.title,
        "date": record.date,
        "date_precision": {10: "day", 7: "month"}[len(record.date or "")],
        "source": record.source or (dateline.agency if dateline else None),
        "url": record.url,
        "origin": record.origin,
        "version": record.version,
        "dateline_places": json.dumps(dateline.places) if dateline else None,
        "dateline_agency": dateline.agency if dateline else None,
        "text": record.text,
    }


@pytest.fixture(scope="module")
def blank() -> Language:
    """No model: the metadata's path does not depend on what the components find."""
    nlp = spacy.blank("de")
    nlp.add_pipe("lagebild_meta")
    return nlp


@pytest.fixture(params=[agency_story, bare_record], ids=["agency story", "bare record"])
def record(request, tmp_path: Path) -> Record:
    return request.param(tmp_path / "in" / "article.xml")


def analysed(record: Record, nlp: Language) -> ArticleAnalysis:
    ((same, result),) = lagebild.analyze_records([record], nlp)
    assert same is record and isinstance(result, ArticleAnalysis), result
    return result


def test_every_metadata_field_is_an_attribute_of_the_record_by_the_same_name():
    assert all(hasattr(Record(text=""), name) for name in ArticleMeta.model_fields)


def test_the_analysis_carries_the_record_metadata_unchanged(record, blank):
    analysis = analysed(record, blank)
    for name in ArticleMeta.model_fields:
        assert getattr(analysis, name) == getattr(record, name), name


@pytest.mark.model
def test_the_full_pipeline_passes_the_metadata_through(record, nlp):
    analysis = analysed(record, nlp)
    assert ArticleMeta.from_record(record) == ArticleMeta(
        **{name: getattr(analysis, name) for name in ArticleMeta.model_fields}
    )


def test_a_record_arrives_in_the_sqlite_row_unchanged(record, blank, tmp_path):
    analysis = analysed(record, blank)
    with Store(tmp_path / "s.db") as store:
        with store.transaction():
            assert store.save(analysis) == "new"
        row = store.conn.execute(f"SELECT {COLUMNS} FROM articles").fetchone()  # noqa: S608
        assert dict(row) == expected_row(record)
        assert queries.get_article(store.conn, analysis.id or "") == analysis


def test_a_record_arrives_in_the_parquet_row_unchanged(record, blank, tmp_path):
    out = tmp_path / "pq"
    analysis = analysed(record, blank)
    write_partition([analysis], out, part_id([record]))
    with connect(out) as duck:
        (row,) = duck.execute(f"SELECT {COLUMNS} FROM articles").fetchall()  # noqa: S608
        assert dict(row) == expected_row(record)
        assert queries.get_article(duck, analysis.id or "") == analysis


def test_an_analysis_without_record_metadata_is_refused_and_nothing_is_written(tmp_path):
    analysis = ArticleAnalysis(id="x", text=TEXT, sentences=[Sentence(start=0, end=len(TEXT))])
    with Store(tmp_path / "s.db") as store:
        with pytest.raises(StoreError, match="no content hash"), store.transaction():
            store.save(analysis)
        assert queries.counts(store.conn)["articles"] == 0
