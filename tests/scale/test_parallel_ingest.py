"""--jobs and the Dask path against the single-process path, on the bundled examples."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from lagebild.cluster import ingest_dask
from lagebild.ingest import ingest
from lagebild.store import Store, queries
from lagebild.store.parquet import connect
from tests.conftest import EXAMPLES

pytestmark = pytest.mark.model


@pytest.fixture(scope="module")
def one_process(tmp_path_factory, shipped_nlp) -> Path:
    db = tmp_path_factory.mktemp("one") / "one.db"
    with Store(db) as store:
        ingest([EXAMPLES], store, nlp=shipped_nlp)
    return db


def analyses(db: Path) -> dict[str, str]:
    with sqlite3.connect(db) as conn:
        return dict(conn.execute("SELECT id, analysis FROM articles"))


def test_two_jobs_store_the_same_analyses_as_one(one_process: Path, tmp_path: Path) -> None:
    with Store(tmp_path / "two.db") as store:
        summary = ingest([EXAMPLES], store, jobs=2)
    assert (summary.new, summary.failed) == (15, 0)
    assert analyses(tmp_path / "two.db") == analyses(one_process)


def without_ids(rows: list[dict]) -> list[dict]:
    return [{k: v for k, v in r.items() if k not in {"id", "event_id"}} for r in rows]


def test_dask_ingest_answers_as_the_single_process_path(one_process: Path, tmp_path: Path) -> None:
    out = tmp_path / "pq"
    summary = ingest_dask([EXAMPLES], out, workers=2, partition_size=4)
    assert (summary.read, summary.new, summary.failed) == (15, 15, 0)
    with Store(one_process) as store, connect(out) as duck:
        for query in (queries.query_events, queries.search_quotes, queries.list_actors):
            assert without_ids(query(duck, limit=1000)) == without_ids(
                query(store.conn, limit=1000)
            )
        assert queries.counts(duck) == queries.counts(store.conn)
    again = ingest_dask([EXAMPLES], out, workers=1, partition_size=4)
    assert (again.unchanged, again.new) == (15, 0)


def test_a_partition_that_keeps_failing_is_recorded(tmp_path: Path) -> None:
    out = tmp_path / "pq"
    summary = ingest_dask(
        [EXAMPLES / "putin-in-peking.txt"], out, workers=1, model=tmp_path / "no-model"
    )
    assert (summary.new, summary.failed) == (0, 1)
    with connect(out) as duck:
        (failure,) = queries.failures(duck)
    assert "partition failed after 3 tries" in failure["reason"]
    assert failure["source"].endswith("putin-in-peking.txt")


def test_a_lossy_decode_is_a_warning_row_in_both_stores(tmp_path: Path) -> None:
    source = tmp_path / "alt.txt"
    source.write_bytes(
        " date 2022-02 Titel\n\nDie Regierung in Köln begrüßte den Vorschlag.".encode("cp1252")
    )
    with Store(tmp_path / "s.db") as store:
        single = ingest([source], store)
        expected = [(r["level"], r["code"], r["reason"]) for r in queries.failures(store.conn)]
    summary = ingest_dask([source], tmp_path / "pq", workers=1)
    with connect(tmp_path / "pq") as duck:
        rows = [(r["level"], r["code"], r["reason"]) for r in queries.failures(duck)]
    assert expected == [("warning", "W001", "not UTF-8, read as cp1252")]
    assert rows == expected
    assert summary.warnings == single.warnings == 1
