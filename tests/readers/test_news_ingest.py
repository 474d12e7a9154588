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


# One story of every format: (id, title, date, source, start of the stored body).
STORED = [
    (  # IPTC ninjs 1.x, dpa URN
        "urn:newsml:dpa.com:20220616:220616-99-680123",
        "Scholz, Macron und Draghi in Kiew eingetroffen",
        "2022-06-16",
        "dpa",
        "Kiew (dpa) - Bundeskanzler Olaf Scholz",
    ),
    (  # dpa digitalwires entry
        "urn:newsml:dpa.com:20220224:220224-99-250002",
        "Bundesregierung beruft Krisenstab ein",
        "2022-02-24",
        "dpa",
        "Die Bundesregierung hat",
    ),
    (  # NewsML-G2
        "urn:newsml:dpa.com:20220616:220616-99-680124",
        "Selenskyj dankt Scholz für Unterstützung",
        "2022-06-16",
        "dpa",
        "Der ukrainische Präsident Wolodymyr Selenskyj",
    ),
    (  # RSS 2.0, full text from content:encoded
        "https://www.beispielzeitung.example/politik#bz-1002",
        "Nato stockt Truppen im Osten auf",
        "2023-04-13",
        "Beispielzeitung Politik",
        "Brüssel (AFP) - Die Nato",
    ),
    (  # RSS 2.0, summary only
        "https://www.beispielzeitung.example/politik#bz-1003",
        "Macron empfängt Lula in Paris",
        "2023-04-14",
        "Beispielzeitung Politik",
        "Der französische Präsident Emmanuel Macron",
    ),
    (  # Atom
        "tag:zweite-zeitung.example,2023:ausland/2001",
        "Erdogan gewinnt Stichwahl",
        "2023-05-28",
        "Zweite Zeitung Ausland",
        "Ankara (Reuters) - Der türkische",
    ),
    (  # article page with <meta> date
        "https://www.beispielzeitung.example/politik/baerbock-nahost-2001",
        "Baerbock fordert Waffenruhe in Nahost",
        "2023-11-05",
        "Beispielzeitung",
        "Amman (dpa) - Außenministerin Annalena Baerbock",
    ),
    (  # article page with its date and URL only in JSON-LD
        "https://zweite-zeitung.example/ausland/g7-hiroshima",
        "G7-Gipfel: Staats- und Regierungschefs beraten über China",
        "2023-05-19",
        "Zweite Zeitung",
        "HIROSHIMA (AFP) – Die Staats- und Regierungschefs",
    ),
    (  # a page found only in the WARC crawl
        "https://www.beispielzeitung.example/inland/haushalt-3001",
        "Bundestag beschließt Haushalt",
        "2023-12-01",
        "beispielzeitung.example",
        "",
    ),
]


@pytest.mark.parametrize(
    "article_id, title, date, source, start", STORED, ids=[s[0] for s in STORED]
)
def test_stored_title_date_source_and_text(db, article_id, title, date, source, start):
    with Store(db) as store:
        row = store.conn.execute(
            "SELECT title, date, source, text FROM articles WHERE id = ?", (article_id,)
        ).fetchone()
    assert tuple(row)[:3] == (title, date, source)
    assert row["text"].startswith(start)
    read = {r.id: r.text for r in read_records([FIXTURES]) if hasattr(r, "id")}
    assert row["text"] == read[article_id]


FILES = sorted(p for p in FIXTURES.rglob("*") if p.is_file() and p.suffix not in {".py", ".md"})


def articles(db: Path) -> set[tuple]:
    with Store(db) as store:
        rows = store.conn.execute("SELECT id, title, date, source, url, text FROM articles")
        return {tuple(r) for r in rows}


def test_each_file_ingested_on_its_own_stores_what_the_directory_stores(db, tmp_path):
    alone = tmp_path / "by-file.db"
    for path in FILES:
        result = runner.invoke(app, ["ingest", str(path), "--db", str(alone)])
        assert result.exit_code == 0, f"{path.name}: {result.output}"
    assert {p.suffix for p in FILES} == {".json", ".xml", ".rss", ".atom", ".html", ".gz"}
    assert articles(alone) == articles(db)


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


def test_a_news_crawl_goes_through_dask_into_parquet_like_any_input(db, tmp_path):
    """--parquet (a Dask LocalCluster) stores the crawl's pages as the SQLite path does and
    says how many pages it skipped as not German."""
    from lagebild.store.parquet import connect

    crawl = FIXTURES / "crawl" / "news.warc.gz"
    out = tmp_path / "pq"
    result = runner.invoke(app, ["ingest", str(crawl), "--parquet", str(out), "--jobs", "1"])
    assert result.exit_code == 0, result.output
    assert "2 in other languages skipped" in result.output
    with connect(out) as duck:
        stored = {r["id"]: r["analysis"] for r in duck.execute("SELECT id, analysis FROM articles")}
    assert len(stored) == 3
    with Store(db) as one:
        marks = ",".join("?" * len(stored))
        expected = dict(
            one.conn.execute(f"SELECT id, analysis FROM articles WHERE id IN ({marks})", [*stored])
        )
    assert stored == expected


def test_malformed_xml_html_and_warc_each_give_one_line_and_the_rest_is_stored(tmp_path, nlp):
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    crawl = (FIXTURES / "crawl" / "news.warc.gz").read_bytes()
    broken = {
        "broken.xml": b'<newsItem xmlns="http://iptc.org/std/nar/2006-10-01/" guid="x"><',
        "broken.rss": b"<rss><channel><item><title>x",
        "menu.html": b"<html><body><nav>Home</nav></body></html>",
        "garbage.warc": b"this is not a WARC file at all\r\n\r\n" * 3,
        "cut.warc.gz": crawl[: len(crawl) * 3 // 4],
    }
    for name, data in broken.items():
        (inbox / name).write_bytes(data)
    (inbox / "story.json").write_bytes((FIXTURES / "agency" / "dpa-scholz-kiew.json").read_bytes())
    db = tmp_path / "bad.db"
    result = runner.invoke(app, ["ingest", str(inbox), "--db", str(db)])
    assert result.exit_code == 1
    errors = [line for line in result.output.splitlines() if line.startswith("error ")]
    assert {next(n for n in broken if n in line) for line in errors} == set(broken)
    # the WARC error names its record: file:record-number
    assert any(f"cut.warc.gz:{n}" in line for line in errors for n in range(2, 20))
    with Store(db) as store:
        stored = {r[0] for r in store.conn.execute("SELECT id FROM articles")}
        failed = {Path(r[0]).name for r in store.conn.execute("SELECT source FROM failures")}
    assert "urn:newsml:dpa.com:20220616:220616-99-680123" in stored
    assert len(stored) >= 3, "the story and the crawl's pages before the cut"
    assert failed >= set(broken)
