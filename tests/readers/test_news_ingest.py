"""`lagebild ingest` takes every news format by file or directory; offsets index the stored body."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from lagebild.cli import app
from lagebild.readers import read_records
from lagebild.store import Store, queries

FIXTURES = Path(__file__).parent / "fixtures"
runner = CliRunner()

pytestmark = pytest.mark.model


@pytest.fixture(scope="module")
def db(tmp_path_factory, nlp) -> Path:
    path = tmp_path_factory.mktemp("news") / "news.db"
    result = runner.invoke(app, ["ingest", str(FIXTURES), "--db", str(path)])
    assert result.exit_code == 0, result.output
    return path


def test_a_directory_of_every_format_is_stored_once_per_story(db):
    expected = {r.id for r in read_records([FIXTURES]) if hasattr(r, "id")}
    with Store(db) as store:
        ids = {r[0] for r in store.conn.execute("SELECT id FROM articles")}
    # the two pages are in the crawl too: same URL, same text, stored once
    assert ids == expected and len(ids) == 11


@pytest.mark.parametrize(
    "article_id, title, date, source",
    [
        (
            "urn:newsml:dpa.com:20220616:220616-99-680124",
            "Selenskyj dankt Scholz für Unterstützung",
            "2022-06-16",
            "dpa",
        ),
        (
            "https://zweite-zeitung.example/ausland/g7-hiroshima",
            "G7-Gipfel: Staats- und Regierungschefs beraten über China",
            "2023-05-19",
            "Zweite Zeitung",
        ),
        (
            "https://www.beispielzeitung.example/politik#bz-1003",
            "Macron empfängt Lula in Paris",
            "2023-04-14",
            "Beispielzeitung Politik",
        ),
    ],
)
def test_stored_title_date_and_source(db, article_id, title, date, source):
    with Store(db) as store:
        row = store.conn.execute(
            "SELECT title, date, source FROM articles WHERE id = ?", (article_id,)
        ).fetchone()
    assert tuple(row) == (title, date, source)


def test_every_offset_indexes_into_the_stored_body(db):
    with Store(db) as store:
        analyses = list(queries.iter_articles(store.conn))
        bodies = dict(store.conn.execute("SELECT id, text FROM articles").fetchall())
    assert analyses
    for analysis in analyses:
        text = bodies[analysis.id]
        assert analysis.text == text
        spans = [*analysis.entities, *analysis.mentions, *analysis.quotes]
        assert all(text[s.start : s.end] == s.text for s in spans)
        assert all(text[e.trigger.start : e.trigger.end] == e.trigger.text for e in analysis.events)


def test_ingesting_the_same_files_again_adds_nothing(db):
    result = runner.invoke(app, ["ingest", str(FIXTURES), "--db", str(db)])
    assert result.exit_code == 0 and "new 0" in result.output


def test_watch_on_a_directory_prints_a_line_per_round(tmp_path, nlp):
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    (inbox / "story.json").write_bytes((FIXTURES / "agency" / "dpa-scholz-kiew.json").read_bytes())
    args = ["watch", str(inbox), "--every", "0s", "--rounds", "2", "--db", str(tmp_path / "w.db")]
    result = runner.invoke(app, args)
    assert result.exit_code == 0, result.output
    assert "round 1" in result.output and "new 1" in result.output
    assert "round 2" in result.output and "0 new or changed files" in result.output


def test_a_news_crawl_goes_through_worker_processes_like_any_input(db, tmp_path):
    """--jobs 2 stores the crawl's pages with the same analyses as one process."""
    crawl = FIXTURES / "crawl" / "news.warc.gz"
    parallel = tmp_path / "crawl.db"
    result = runner.invoke(app, ["ingest", str(crawl), "--db", str(parallel), "--jobs", "2"])
    assert result.exit_code == 0, result.output
    with Store(parallel) as two, Store(db) as one:
        stored = dict(two.conn.execute("SELECT id, analysis FROM articles"))
        assert stored, "the crawl's German pages are stored"
        marks = ",".join("?" * len(stored))
        expected = dict(
            one.conn.execute(f"SELECT id, analysis FROM articles WHERE id IN ({marks})", [*stored])
        )
    assert stored == expected
