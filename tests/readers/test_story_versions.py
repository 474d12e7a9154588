"""An updated agency story (same URN, higher version) replaces the older one; never the reverse."""

from __future__ import annotations

import pytest

from lagebild.analysis import ArticleAnalysis, ArticleMeta, Sentence
from lagebild.record import Record
from lagebild.store import Store

URN = "urn:newsml:dpa.com:20220616:220616-99-680123"


def story(version: int | None, text: str) -> Record:
    return Record(text=text, id=URN, title="Scholz in Kiew", date="2022-06-16", version=version)


def save(store: Store, record: Record) -> str:
    analysis = ArticleAnalysis.from_meta(
        ArticleMeta.from_record(record),
        text=record.text,
        sentences=[Sentence(start=0, end=len(record.text))],
    )
    with store.transaction():
        return store.save(analysis)


def stored(store: Store) -> list[tuple]:
    rows = store.conn.execute("SELECT id, version, supersedes, text FROM articles").fetchall()
    return [tuple(r) for r in rows]


@pytest.fixture
def store(tmp_path):
    with Store(tmp_path / "versions.db") as s:
        yield s


def test_a_higher_version_replaces_the_story_and_says_which_it_superseded(store):
    assert save(store, story(1, "Kiew (dpa) - Scholz ist eingetroffen.")) == "new"
    assert save(store, story(2, "Kiew (dpa) - Scholz ist mit Macron eingetroffen.")) == "replaced"
    assert stored(store) == [(URN, 2, 1, "Kiew (dpa) - Scholz ist mit Macron eingetroffen.")]


@pytest.mark.parametrize("older", [1, None])
def test_an_older_version_arriving_late_changes_nothing(store, older):
    save(store, story(2, "Kiew (dpa) - Zweite Fassung."))
    late = story(older, "Kiew (dpa) - Erste Fassung.")
    assert store.is_unchanged(late)
    assert save(store, late) == "unchanged"
    assert stored(store) == [(URN, 2, None, "Kiew (dpa) - Zweite Fassung.")]


def test_stories_without_versions_are_replaced_by_changed_content_as_before(store):
    save(store, story(None, "Erste Fassung."))
    assert save(store, story(None, "Zweite Fassung.")) == "replaced"
    assert stored(store) == [(URN, None, None, "Zweite Fassung.")]


@pytest.mark.model
def test_an_updated_story_ingested_from_files_replaces_the_old_and_the_export_says_so(
    tmp_path, nlp
):
    import csv
    import io
    import json
    from pathlib import Path

    from typer.testing import CliRunner

    from lagebild.cli import app

    fixture = Path(__file__).parent / "fixtures" / "agency" / "dpa-scholz-kiew.json"
    item = json.loads(fixture.read_text(encoding="utf-8"))
    db, runner = str(tmp_path / "agency.db"), CliRunner()
    for version, extra in [(1, ""), (3, "<p>Später traf Scholz auch Selenskyj.</p>"), (2, "")]:
        path = tmp_path / f"v{version}.json"
        path.write_text(json.dumps(item | {"version": str(version)} | {
            "body_html": item["body_html"] + extra}), encoding="utf-8")  # fmt: skip
        result = runner.invoke(app, ["ingest", str(path), "--db", db])
        assert result.exit_code == 0, result.output
        if version == 3:
            assert f"replaced (changed since the last run): {item['uri']}" in result.output
    result = runner.invoke(app, ["export", "--format", "csv", "--table", "articles", "--db", db])
    (row,) = csv.DictReader(io.StringIO(result.stdout))
    assert (row["id"], row["version"], row["supersedes"]) == (item["uri"], "3", "1")


def parquet_story(version: int | None, text: str) -> Record:
    from tests.store.test_store import TEXT

    return Record(text=f"{TEXT} {text}", id=URN, title="Scholz in Kiew", version=version)


@pytest.mark.parametrize("late", [1, None])
def test_the_parquet_path_skips_an_older_version_of_a_stored_story(tmp_path, late):
    """ingest --parquet: what the store holds in a higher version is not analysed again,
    nor is an older version read after a newer one in the same run."""
    from lagebild.cluster import partitions
    from lagebild.ingest import IngestSummary
    from lagebild.store.parquet import known_hashes, known_versions, write_partition
    from tests.store.test_store import make_analysis

    stored = parquet_story(2, "Zweite Fassung.")
    write_partition([make_analysis(stored)], tmp_path, "p1")
    assert known_versions(tmp_path) == {URN: 2}
    summary = IngestSummary()
    arriving = [parquet_story(late, "Erste Fassung."), parquet_story(3, "Dritte Fassung.")]
    arriving.append(parquet_story(late, "Erste Fassung, nochmals."))
    batches = list(
        partitions(arriving, known_hashes(tmp_path), 1, summary, [], known_versions(tmp_path))
    )
    assert [[r.version for r in batch] for batch in batches] == [[3]]
    assert (summary.read, summary.unchanged) == (3, 2)


@pytest.mark.parametrize(
    ("first", "second", "supersedes"), [(1, 3, 1), (2, 5, 2), (None, 2, None), (None, None, None)]
)
def test_the_parquet_store_says_which_version_a_story_replaced(tmp_path, first, second, supersedes):
    """As the SQLite store: the replacing row's ``supersedes`` is the replaced row's version."""
    from lagebild.store.parquet import connect, write_partition
    from tests.store.test_store import make_analysis

    write_partition([make_analysis(parquet_story(first, "Erste Fassung."))], tmp_path, "p1")
    write_partition([make_analysis(parquet_story(second, "Neue Fassung."))], tmp_path, "p2")
    with Store(tmp_path / "s.db") as store, store.transaction():
        for version, text in ((first, "Erste Fassung."), (second, "Neue Fassung.")):
            store.save(make_analysis(parquet_story(version, text)))
        expected = store.conn.execute("SELECT version, supersedes FROM articles").fetchall()
    with connect(tmp_path) as duck:
        rows = duck.execute("SELECT version, supersedes FROM articles").fetchall()
    pairs = [(r["version"], r["supersedes"]) for r in rows]
    assert pairs == [(r["version"], r["supersedes"]) for r in expected] == [(second, supersedes)]
