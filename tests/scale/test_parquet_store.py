"""The Parquet store against real files in temporary folders: same answers as SQLite."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from lagebild.analysis import ArticleAnalysis
from lagebild.errors import AnalysisError, StoreError
from lagebild.export import iter_table
from lagebild.record import Record
from lagebild.report import build_report
from lagebild.store import Store, queries
from lagebild.store.parquet import committed_parts, connect, known_hashes, part_id, write_partition
from tests.store.test_store import TEXT, make_analysis


def record(i: int, date: str = "2022-02-04", text: str = TEXT) -> Record:
    return Record(text=text, id=f"a{i}", title=f"Artikel {i}", date=date, origin=f"a{i}.txt")


def results(records: list[Record]) -> list[ArticleAnalysis]:
    return [make_analysis(r) for r in records]


@pytest.fixture
def both(tmp_path: Path):
    """The same five articles in a SQLite store and, in two partitions, a Parquet store."""
    records = [
        record(i, date)
        for i, date in enumerate(["2022-02-04", "2022-03", None, "2021", "2022-02-01"])
    ]
    with Store(tmp_path / "s.db") as store, store.transaction():
        for analysis in results(records):
            store.save(analysis)
    out = tmp_path / "pq"
    for chunk in (records[:2], records[2:]):
        write_partition(results(chunk), out, part_id(chunk))
    sqlite = Store(tmp_path / "s.db")
    with connect(out) as duck:
        yield sqlite.conn, duck
    sqlite.close()


def without_ids(rows: list[dict]) -> list[dict]:
    drop = {"id", "event_id"}
    return [{k: v for k, v in r.items() if k not in drop} for r in rows]


QUERIES = [
    ("events", lambda c: queries.query_events(c)),
    ("events by actor", lambda c: queries.query_events(c, actor="rus", date_from="2022-02")),
    ("events by recipient", lambda c: queries.query_events(c, recipient="NATO", limit=2)),
    ("quotes", lambda c: queries.search_quotes(c)),
    ("quotes by speaker", lambda c: queries.search_quotes(c, speaker="putin", date_to="2022-02")),
    ("dyad timeline", lambda c: queries.dyad_timeline(c, "rus", "NATO")),
    ("actors", lambda c: queries.list_actors(c)),
    ("actor", lambda c: [queries.find_actor(c, "Putin")]),
    ("articles", lambda c: queries.list_articles(c, date_from="2022")),
    ("report", lambda c: [build_report(c)]),
    ("export events", lambda c: list(iter_table(c, "events"))),
    ("export mentions", lambda c: list(iter_table(c, "mentions"))),
]


@pytest.mark.parametrize(("name", "query"), QUERIES, ids=[q[0] for q in QUERIES])
def test_parquet_store_answers_as_the_sqlite_store(both, name, query) -> None:
    sqlite, duck = both
    expected = without_ids(query(sqlite))
    assert expected, f"{name}: the fixture should give rows"
    assert without_ids(query(duck)) == expected


def test_tables_are_partitioned_by_month(tmp_path: Path) -> None:
    records = [record(1, "2022-02-04"), record(2, "2022-03"), record(3, None)]
    write_partition(results(records), tmp_path, "p1")
    months = sorted(p.name for p in (tmp_path / "events").iterdir())
    assert months == ["month=2022-02", "month=2022-03", "month=undated"]
    assert (tmp_path / "actors" / "p1.parquet").exists()


def test_a_partition_without_its_commit_marker_is_invisible(tmp_path: Path) -> None:
    write_partition(results([record(1)]), tmp_path, "p1")
    write_partition(results([record(2, text=TEXT + " Mehr.")]), tmp_path, "p2")
    (tmp_path / "_committed" / "p2").unlink()  # as if killed before the marker was written
    with connect(tmp_path) as duck:
        assert [r["id"] for r in queries.list_articles(duck)] == ["a1"]
        assert queries.counts(duck)["events"] == 1
    assert committed_parts(tmp_path) == ["p1"]


def test_a_new_version_of_an_article_replaces_the_old_one_and_its_rows(tmp_path: Path) -> None:
    write_partition(results([record(1)]), tmp_path, "p1")
    write_partition(results([record(1, text=TEXT + " Neu.")]), tmp_path, "p2")
    with connect(tmp_path) as duck:
        (article,) = queries.list_articles(duck)
        assert queries.get_article(duck, "a1").text.endswith("Neu.")
        assert queries.counts(duck)["quotes"] == 1
        assert article["events"] == 1


def test_known_hashes_are_the_committed_articles(tmp_path: Path) -> None:
    records = [record(1), record(2, text=TEXT + " B.")]
    assert known_hashes(tmp_path) == set()
    write_partition(results(records), tmp_path, part_id(records))
    assert known_hashes(tmp_path) == {r.content_hash for r in records}


def test_failures_are_stored_with_source_and_reason(tmp_path: Path) -> None:
    error = AnalysisError("analysis failed: boom", source="x.txt", position=3)
    write_partition([error], tmp_path, "p1")
    with connect(tmp_path) as duck:
        (row,) = queries.failures(duck)
    # sources are stored as absolute paths, as in the SQLite store
    assert (row["source"], row["position"], row["code"]) == (os.path.abspath("x.txt"), 3, "E010")


def test_keys_never_collide_across_partitions(tmp_path: Path) -> None:
    for i in range(3):
        write_partition(results([record(i, text=f"{TEXT} {i}.")]), tmp_path, f"p{i}")
    with connect(tmp_path) as duck:
        pks = [r[0] for r in duck.execute("SELECT pk FROM articles").fetchall()]
        ids = [r[0] for r in duck.execute("SELECT id FROM events").fetchall()]
    assert len(set(pks)) == 3 and len(set(ids)) == 3


def test_no_store_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="no Parquet store"):
        connect(tmp_path / "missing")


def test_a_bad_query_is_an_operational_error_like_sqlite(tmp_path: Path) -> None:
    import sqlite3

    write_partition(results([record(1)]), tmp_path, "p1")
    with connect(tmp_path) as duck, pytest.raises(sqlite3.OperationalError):
        duck.execute("SELECT nonsense FROM articles")


def test_errors_keep_source_and_position_across_processes() -> None:
    import pickle

    error = pickle.loads(pickle.dumps(AnalysisError("failed", source="f.txt", position=2)))
    assert (error.reason, error.source, error.position, str(error)) == (
        "failed",
        "f.txt",
        2,
        "f.txt:2: failed [E010]",
    )


def test_rows_read_by_name_index_and_as_dict(tmp_path: Path) -> None:
    write_partition(results([record(1)]), tmp_path, "p1")
    with connect(tmp_path) as duck:
        row = duck.execute("SELECT id, title FROM articles").fetchone()
    assert (row["id"], row[1], json.dumps(dict(row))) == (
        "a1",
        "Artikel 1",
        json.dumps({"id": "a1", "title": "Artikel 1"}),
    )


@pytest.mark.parametrize("per_query", [1, 2])
def test_participants_fetched_in_batches_are_those_of_each_event(both, monkeypatch, per_query):
    """One query per batch of events, not per event: the batch edges lose or mix nothing."""
    sqlite, duck = both
    expected = {
        "events": queries.query_events(sqlite),
        "rows": list(queries.iter_event_rows(sqlite)),
    }
    monkeypatch.setattr(queries, "PARTICIPANTS_PER_QUERY", per_query)
    for conn in (sqlite, duck):
        got = {"events": queries.query_events(conn), "rows": list(queries.iter_event_rows(conn))}
        assert without_ids(got["events"]) == without_ids(expected["events"])
        assert without_ids(got["rows"]) == without_ids(expected["rows"])
    assert len(expected["events"]) > 2
