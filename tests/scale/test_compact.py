"""Compaction of the Parquet store, on real files: same answers, fewer files, safe to kill."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from lagebild.cli import app
from lagebild.errors import AnalysisError, StoreError
from lagebild.store import queries
from lagebild.store.compact import _commit, _copy, _selects, compact
from lagebild.store.parquet import (
    GLOBAL,
    committed_parts,
    connect,
    live_files,
    part_id,
    write_partition,
)
from tests.scale.test_parquet_store import QUERIES, record, results, without_ids
from tests.store.test_store import TEXT


def build(out: Path) -> None:
    """Three partitions over three months, a replaced article version and a failure."""
    first = [record(0, "2022-02-04"), record(1, "2022-03"), record(2, None)]
    second = [record(3, "2021"), record(4, "2022-02-01", text=TEXT + " Zwei.")]
    newer = [record(1, "2022-03", text=TEXT + " Neu.")]
    for chunk in (first, second, newer):
        write_partition(results(chunk), out, part_id(chunk))
    error = AnalysisError("analysis failed: boom", source="x.txt", position=3)
    write_partition([error], out, "failed")


def answers(out: Path) -> dict[str, list]:
    with connect(out) as duck:
        return {
            name: without_ids(query(duck)) for name, query in QUERIES if name != "export mentions"
        } | {"failures": [dict(r) for r in queries.failures(duck)]}


@pytest.fixture
def store(tmp_path: Path) -> Path:
    build(tmp_path / "pq")
    return tmp_path / "pq"


def test_a_compacted_store_answers_every_query_as_before(store: Path) -> None:
    before = answers(store)
    summary = compact(store)
    assert summary.replaced == 4 and committed_parts(store) == [summary.part]
    assert answers(store) == before


def test_compaction_leaves_one_file_per_table_and_month(store: Path) -> None:
    summary = compact(store)
    files = [Path(f) for f in live_files(store, [summary.part])]
    assert len(files) == summary.files_after < summary.files_before
    folders = [f.parent for f in files]
    assert len(folders) == len(set(folders))
    assert sorted(p.name for p in (store / "events").iterdir()) == [
        "month=2021",
        "month=2022-02",
        "month=2022-03",
        "month=undated",
    ]
    assert not any((store / "_committed").glob("[!c]*")), "replaced markers are removed"


def test_files_of_a_compaction_killed_before_its_marker_are_invisible(store: Path) -> None:
    before = answers(store)
    with connect(store) as conn:
        for table, select in _selects().items():
            _copy(conn.conn, select, store / table, "c-killed", by_month=table not in GLOBAL)
    assert answers(store) == before
    compact(store)
    assert answers(store) == before


def test_a_compaction_killed_after_its_marker_hides_the_replaced_parts(store: Path) -> None:
    before, parts = answers(store), committed_parts(store)
    with connect(store) as conn:
        for table, select in _selects().items():
            _copy(conn.conn, select, store / table, "c-half", by_month=table not in GLOBAL)
    _commit(store, "c-half", parts)  # killed here: old markers and files still on disk
    assert committed_parts(store) == ["c-half"]
    assert answers(store) == before
    compact(store)  # cleans up what the killed run left
    assert not live_files(store, parts)
    assert answers(store) == before


def test_a_partition_committed_after_compaction_still_replaces_an_article(store: Path) -> None:
    compact(store)
    newest = [record(1, "2022-03", text=TEXT + " Neuer.")]
    write_partition(results(newest), store, part_id(newest))
    with connect(store) as duck:
        assert queries.get_article(duck, "a1").text.endswith("Neuer.")
    compact(store)
    with connect(store) as duck:
        assert queries.get_article(duck, "a1").text.endswith("Neuer.")
        assert duck.execute("SELECT count(*) FROM articles").fetchone()[0] == 5


def test_a_store_of_one_partition_is_left_alone(tmp_path: Path) -> None:
    write_partition(results([record(1)]), tmp_path, "p1")
    summary = compact(tmp_path)
    assert summary.part is None and committed_parts(tmp_path) == ["p1"]


def test_compact_command_reports_the_files_it_saved(tmp_path: Path) -> None:
    build(tmp_path)
    result = CliRunner().invoke(app, ["compact", "--parquet", str(tmp_path)])
    assert result.exit_code == 0, result.output
    assert "4 partitions compacted" in result.output


def test_compact_command_without_a_store_is_a_store_error(tmp_path: Path) -> None:
    result = CliRunner().invoke(app, ["compact", "--parquet", str(tmp_path / "missing")])
    assert isinstance(result.exception, StoreError)
    assert "no Parquet store here" in str(result.exception)
    assert not (tmp_path / "missing").exists()
