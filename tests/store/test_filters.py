"""Strict filters, FTS5 syntax, bounded queries and failures that mean something (17.4, 17.5)."""

from __future__ import annotations

import pytest

from lagebild.errors import QueryError, ReadError
from lagebild.record import Record
from lagebild.store import Store, queries
from tests.store.test_store import TEXT, make_analysis

DATES = ["2014-03-01", "2014-03-31", "2014-04-01", "2014-08-15", "2014-03", "2014"]


@pytest.fixture
def store(tmp_path):
    with Store(tmp_path / "s.db") as s:
        with s.transaction():
            for i, date in enumerate(DATES):
                title = "Putin in Peking" if i == 0 else f"Meldung {i}"
                r = Record(text=f"{TEXT} Nummer {i}.", id=date, title=title, date=date)
                s.save(make_analysis(r))
        yield s


def _dates(rows) -> list[str]:
    return sorted(r["date"] for r in rows)


@pytest.mark.parametrize(
    "bounds",
    [
        ("2014-03", "foo"),
        ("2014-03", "2014-3"),
        ("2022-13", None),
        (None, "2014-02-30"),
        ("14", None),
        ("2014-03-05T10:00", None),
        (None, "2014/03"),
    ],
    ids=str,
)
@pytest.mark.parametrize("query", ["events", "articles", "quotes"])
def test_a_date_that_is_not_iso_with_precision_is_an_error_naming_it(store, bounds, query):
    date_from, date_to = bounds
    run = {
        "events": lambda: queries.query_events(store.conn, date_from=date_from, date_to=date_to),
        "articles": lambda: queries.list_articles(store.conn, 50, date_from, date_to),
        "quotes": lambda: queries.search_quotes(store.conn, date_from=date_from, date_to=date_to),
    }[query]
    bad = date_to if date_from in (None, "2014-03") else date_from
    with pytest.raises(QueryError, match=bad):
        run()


@pytest.mark.parametrize(
    ("date_from", "date_to", "expected"),
    [
        ("2014-03", "2014-03", ["2014-03", "2014-03-01", "2014-03-31"]),
        ("2014-03-31", "2014-04", ["2014-03-31", "2014-04-01"]),
        ("2014", "2014", DATES),
        (None, "2014-03-01", ["2014", "2014-03", "2014-03-01"]),
    ],
)
def test_to_means_the_end_of_its_period(store, date_from, date_to, expected):
    rows = queries.list_articles(store.conn, 50, date_from, date_to)
    assert _dates(rows) == sorted(expected)


def test_from_after_to_is_an_error(store):
    with pytest.raises(QueryError, match="after"):
        queries.list_articles(store.conn, 50, "2014-04", "2014-03")


@pytest.mark.parametrize(
    ("query", "count"),
    [
        ("title:Putin", 1),
        ("title:Meldung", 5),
        ("text:Osterweiterung", 6),
        ("{title text}:Peking", 1),
        ("NEAR(Russland Osterweiterung, 10)", 6),
        ("NEAR(Russland warten, 2)", 0),
        ('"Ende der Osterweiterung"', 6),
        ("Osterweit*", 6),
    ],
)
def test_fts5_column_filters_near_and_phrases_work(store, query, count):
    assert len(queries.search(store.conn, query, limit=50)) == count


@pytest.mark.parametrize(
    ("query", "reason"),
    [
        ("Putin " * 2000, "too long"),
        (" ".join(f"w{i}" for i in range(40)), "terms"),
        ("---", "no words"),
    ],
)
def test_oversized_or_empty_queries_are_refused_before_sqlite_runs(store, query, reason):
    # A progress handler called on every SQLite VM step: none may run for a refused query,
    # so its cost does not depend on the store (latency is benchmarks/search.py's to report).
    steps: list[int] = []
    store.conn.set_progress_handler(lambda: steps.append(1) or 0, 1)
    try:
        with pytest.raises(QueryError, match=reason):
            queries.search(store.conn, query)
    finally:
        store.conn.set_progress_handler(None, 1)
    assert steps == []


def test_fts5_syntax_errors_are_refused_with_the_query_named(store):
    with pytest.raises(QueryError, match="bad search query 'title:'"):
        queries.search(store.conn, "title:")


def test_snippets_of_long_articles_full_of_hits_read_only_a_window(tmp_path):
    """20 articles of 100,000 characters, each query word on every line, the largest query
    allowed: FTS5's snippet() over a whole text took 3 s per article here, so snippets are
    made from a window around the first hit. Cutting the text after the window changes no
    snippet (latency itself is measured by benchmarks/search.py)."""
    words = [f"Wort{i}" for i in range(queries.MAX_QUERY_TERMS)]
    text = (" ".join(words) + " Nato.\n") * 400
    with Store(tmp_path / "big.db") as s:
        s.conn.execute("BEGIN")
        s.conn.executemany(
            "INSERT INTO articles (id, content_hash, title, words, text, analysis, ingested_at)"
            " VALUES (?, ?, 'T', 1, ?, '{}', 'now')",
            ((f"a{i}", f"h{i}", text) for i in range(20)),
        )
        s.conn.execute("COMMIT")
        match = queries.fts_query(" OR ".join(words))
        rows = queries.search(s.conn, " OR ".join(words), limit=20)
    assert len(rows) == 20 and rows[0]["snippet"].startswith("[Wort0]")
    window = text[: 2 * queries.SNIPPET_WINDOW]
    assert queries.snippet(match, "T", window) == rows[0]["snippet"]


@pytest.mark.parametrize(
    ("query", "highlighted"),
    [("Rucken", "[Rücken]"), ("osterweit*", "[Osterweiterung]"), ("NEAR(Nato Ende, 5)", "[Ende]")],
)
def test_snippets_highlight_the_hit_deep_in_a_long_text(tmp_path, query, highlighted):
    text = "Vorrede ohne Belang. " * 2_000 + "Der Rücken der Nato: ein Ende der Osterweiterung."
    with Store(tmp_path / "s.db") as s:
        s.conn.execute(
            "INSERT INTO articles (id, content_hash, title, words, text, analysis, ingested_at)"
            " VALUES ('a', 'h', 'T', 1, ?, '{}', 'now')",
            (text,),
        )
        (row,) = queries.search(s.conn, query)
    assert highlighted in row["snippet"] and row["snippet"].startswith("…")


# -- failures ---------------------------------------------------------------------------


def _fail(store: Store, reason: str = "not valid JSON", position: int | None = 7) -> None:
    with store.transaction():
        store.record_failure(ReadError(reason, source="feed.jsonl", position=position))


def test_a_failure_repeated_by_a_rerun_is_one_row_with_a_count(store):
    _fail(store)
    _fail(store)
    (row,) = queries.failures(store.conn)
    assert row["times"] == 2 and row["first"] <= row["last"]


def test_a_failure_is_resolved_when_its_source_later_reads_cleanly(store):
    _fail(store, position=7)
    _fail(store, "other line", position=8)
    with store.transaction():
        store.resolve_failures(Record(text="x", origin="feed.jsonl", position=7))
    assert [r["position"] for r in queries.failures(store.conn)] == [8]
    resolved = [r for r in queries.failures(store.conn, resolved=True) if r["resolved"]]
    assert [r["position"] for r in resolved] == [7]


def test_old_duplicate_failure_rows_are_merged_by_the_migration(tmp_path):
    import sqlite3

    from lagebild.store.migrations import MIGRATIONS, _statements

    db = tmp_path / "old.db"
    conn = sqlite3.connect(db, isolation_level=None)
    conn.execute(
        "CREATE TABLE migrations (id INTEGER PRIMARY KEY, name TEXT NOT NULL,"
        " applied_at TEXT NOT NULL)"
    )
    for number, name, sql in MIGRATIONS[:4]:
        for statement in _statements(sql):
            conn.execute(statement)
        conn.execute("INSERT INTO migrations VALUES (?, ?, 'then')", (number, name))
    for when in ("2026-01-01", "2026-01-02", "2026-01-03"):
        conn.execute(
            "INSERT INTO failures (source, position, code, reason, failed_at)"
            " VALUES ('/x.txt', NULL, 'E002', 'no header', ?)",
            (when,),
        )
    conn.close()
    with Store(db) as s:
        (row,) = queries.failures(s.conn)
    assert (row["times"], row["first"], row["last"]) == (3, "2026-01-01", "2026-01-03")


def test_too_many_matches_to_rank_show_the_newest_and_are_counted(store, monkeypatch):
    monkeypatch.setattr(queries, "MAX_RANKED_MATCHES", 2)
    assert queries.count_matches(store.conn, "Osterweiterung") == len(DATES)
    rows = queries.search(store.conn, "Osterweiterung", limit=3)
    assert [r["id"] for r in rows] == DATES[::-1][:3]


@pytest.mark.model
@pytest.mark.parametrize(
    ("name", "bad", "good"),
    [
        ("artikel.txt", "Nur Text ohne Kopfzeile.\n", " date 2022-02 T\n\nRom meldet etwas.\n"),
        ("leer.txt", "", " date 2022-02 T\n\nParis meldet etwas.\n"),
        ("feed.jsonl", '{"text": "Bonn meldet."}\n{"text": 1}\n', '{"text": "Bonn meldet."}\n'),
    ],
)
def test_a_rerun_of_a_bad_file_counts_up_one_row_and_fixing_it_resolves_the_row(
    nlp, tmp_path, name, bad, good
):
    """Through ingest, as `lagebild ingest` runs it: no duplicate row per re-run, and a
    source that later ingests cleanly leaves `lagebild failures` (kept for --all)."""
    from lagebild.ingest import ingest

    folder = tmp_path / "in"
    folder.mkdir()
    (folder / name).write_text(bad, encoding="utf-8")
    with Store(tmp_path / "s.db") as s:
        for _ in range(3):
            assert ingest([str(folder)], s, nlp=nlp).failed == 1
        (row,) = queries.failures(s.conn)
        assert (row["source"], row["times"]) == (str(folder / name), 3)
        (folder / name).write_text(good, encoding="utf-8")
        assert ingest([str(folder)], s, nlp=nlp).failed == 0
        assert queries.failures(s.conn) == []
        (resolved,) = queries.failures(s.conn, resolved=True)
        assert resolved["resolved"] and resolved["times"] == 3


def test_a_clean_stdin_record_resolves_no_failure_of_another_stdin_input(store):
    with store.transaction():
        store.record_failure(ReadError("empty input", source="<stdin>"))
        store.record_failure(ReadError("not valid JSON", source="<stdin>", position=2))
        for position in (None, 2):
            store.resolve_failures(Record(text="x", origin="<stdin>", position=position))
    assert len(queries.failures(store.conn)) == 2
