"""Store start-up and concurrency (issue 17.3), with separate processes and kill -9."""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from lagebild.errors import StoreError
from lagebild.store import MIGRATIONS, Store, queries
from lagebild.store.migrations import _statements
from tests.conftest import ROOT
from tests.store.killer import statements
from tests.store.writer import main as write_articles

PYTHON = [sys.executable, "-m", "tests.store.writer"]
KILLER = [sys.executable, "-m", "tests.store.killer"]


def writer(db: Path, prefix: str, n: int = 10, batch: int = 5) -> subprocess.Popen:
    return subprocess.Popen(
        [*PYTHON, str(db), prefix, str(n), str(batch)],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )


def check_invariants(db: Path) -> int:
    """Integrity, foreign keys, full-text index, no duplicates, no article stored in part
    (its events and quotes as its analysis lists them); returns the article count.

    A store killed before its schema was committed has no tables at all: never a part.
    """
    conn = sqlite3.connect(db)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        tables = conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'").fetchall()
        if not tables:
            return 0
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []  # no orphans
        conn.execute("INSERT INTO articles_fts(articles_fts) VALUES('integrity-check')")
        conn.execute("INSERT INTO quotes_fts(quotes_fts) VALUES('integrity-check')")
        duplicates = conn.execute(
            "SELECT content_hash FROM articles GROUP BY content_hash HAVING count(*) > 1"
        ).fetchall()
        assert duplicates == []
        for table in ("events", "quotes"):  # no article written in part
            halves = conn.execute(
                f"SELECT a.id FROM articles a WHERE json_array_length(a.analysis, '$.{table}')"
                f" != (SELECT count(*) FROM {table} t WHERE t.article_pk = a.pk)"
            ).fetchall()
            assert halves == [], f"{table} missing: {halves}"
        names = [r[0] for r in conn.execute("SELECT name FROM migrations")]
        assert sorted(names) == sorted(m[1] for m in MIGRATIONS)
        return conn.execute("SELECT count(*) FROM articles").fetchone()[0]
    finally:
        conn.close()


def test_a_half_created_store_from_an_older_version_is_repaired(tmp_path):
    db = tmp_path / "half.db"
    conn = sqlite3.connect(db, isolation_level=None)
    conn.execute(
        "CREATE TABLE migrations (id INTEGER PRIMARY KEY, name TEXT NOT NULL,"
        " applied_at TEXT NOT NULL)"
    )
    for statement in _statements(MIGRATIONS[0][2])[:4]:  # killed after four statements
        conn.execute(statement)
    conn.close()
    Store(db).close()
    assert check_invariants(db) == 0


def test_a_half_created_store_that_holds_rows_names_the_fix(tmp_path):
    db = tmp_path / "half.db"
    conn = sqlite3.connect(db, isolation_level=None)
    conn.execute(_statements(MIGRATIONS[0][2])[0])  # CREATE TABLE articles
    conn.execute(
        "INSERT INTO articles (id, content_hash, words, text, analysis, ingested_at)"
        " VALUES ('x', 'h', 1, 't', '{}', 'now')"
    )
    conn.close()
    with pytest.raises(StoreError, match="move the file aside"):
        Store(db)


def test_a_missing_store_is_an_error_when_reading_and_nothing_is_created(tmp_path):
    with pytest.raises(StoreError, match="no store here"):
        Store(tmp_path / "typo.db", create=False)
    assert list(tmp_path.iterdir()) == []


def test_migrations_apply_in_one_transaction(tmp_path, monkeypatch):
    """A failing migration leaves the store as it was: no table of the earlier ones."""
    from lagebild.store import migrations

    broken = [*MIGRATIONS, (99, "broken", "CREATE TABLE x (a);\nSELECT * FROM nowhere;")]
    monkeypatch.setattr(migrations, "MIGRATIONS", broken)
    db = tmp_path / "s.db"
    with pytest.raises(StoreError):
        Store(db)
    conn = sqlite3.connect(db)
    tables = conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'").fetchall()
    assert tables == []


@pytest.mark.parametrize("processes", [6])
def test_several_processes_opening_a_new_store_at_once_all_succeed(tmp_path, processes):
    db = tmp_path / "new.db"
    running = [writer(db, f"p{i}", n=1, batch=1) for i in range(processes)]
    for p in running:
        _, err = p.communicate(timeout=120)
        assert p.returncode == 0, err.decode()
    assert check_invariants(db) == processes


def test_concurrent_ingests_into_a_new_store_lose_nothing(tmp_path):
    db = tmp_path / "new.db"
    running = [writer(db, f"run{i}", n=30, batch=10) for i in range(5)]
    for p in running:
        _, err = p.communicate(timeout=300)
        assert p.returncode == 0, err.decode()
    assert check_invariants(db) == 150


def _killed_at(statement: int, *command: str) -> subprocess.CompletedProcess:
    """``python -m COMMAND…`` killed with SIGKILL at its n-th SQL statement (0: counted)."""
    return subprocess.run(
        [*KILLER, str(statement), *command], cwd=ROOT, capture_output=True, timeout=600
    )


def _schema(db: Path) -> set[tuple[str, str]]:
    conn = sqlite3.connect(db)
    try:
        return set(conn.execute("SELECT type, name FROM sqlite_master"))
    finally:
        conn.close()


def test_kill_9_at_any_statement_of_creating_the_store_leaves_all_or_nothing(tmp_path):
    """Killed at random statements of the first start (PRAGMAs, each migration, COMMIT):
    the file holds no schema or all of it, opens, and takes writes."""
    rng = random.Random(int(os.environ.get("LAGEBILD_KILL_SEED", "17")))
    Store(tmp_path / "full.db").close()
    full = _schema(tmp_path / "full.db")
    counted = _killed_at(0, "tests.store.writer", str(tmp_path / "count.db"), "k", "0", "1")
    creation = statements(counted.stderr)  # a writer of no articles only creates the store
    for trial, statement in enumerate(rng.sample(range(1, creation + 1), 6)):
        db = tmp_path / f"k{trial}.db"
        run = _killed_at(statement, "tests.store.writer", str(db), "k", "4", "2")
        assert run.returncode == -signal.SIGKILL, f"not killed at statement {statement}"
        assert _schema(db) in (set(), full), f"half a schema after statement {statement}"
        write_articles(str(db), "k", 4, 2)
        assert check_invariants(db) == 4


def _articles(folder: Path, n: int) -> None:
    folder.mkdir()
    for i in range(n):
        (folder / f"a{i:03d}.txt").write_text(
            f" date 2022-02-{1 + i % 28:02d} Meldung {i}\n\n"
            f"Berlin (dpa) - Die Regierung in Berlin fordert von Russland Gespräche über "
            f"die Lage in der Ukraine. Es ist die Meldung Nummer {i}.\n",
            encoding="utf-8",
        )


def _articles_stored(db: Path) -> int:
    """What a reader sees now, 0 before the schema exists (the writer may be mid-start)."""
    try:
        conn = sqlite3.connect(db, timeout=1)
        try:
            return conn.execute("SELECT count(*) FROM articles").fetchone()[0]
        finally:
            conn.close()
    except sqlite3.OperationalError:
        return 0


def _kill_once_writing(command: list[str], db: Path, rng: random.Random) -> None:
    """Start an ingest, wait until it has committed an article, kill it a moment later."""
    before = _articles_stored(db) if db.exists() else 0
    p = subprocess.Popen(command, cwd=ROOT, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 300
    while p.poll() is None and time.monotonic() < deadline:
        if db.exists() and _articles_stored(db) > before:
            break
        time.sleep(0.02)
    time.sleep(rng.uniform(0, 0.5))
    p.send_signal(signal.SIGKILL)
    p.wait()


@pytest.mark.model
def test_kill_9_at_random_moments_of_an_ingest_loses_and_duplicates_nothing(tmp_path, nlp):
    """Three kills at random SQL statements of the real `lagebild ingest` (inside and
    between its transactions, the first one possibly while it creates the store) and
    one at a random moment while it writes, each resumed by the next run; then a run
    that completes. A delay from the start alone would kill while the model loads."""
    folder, db, n = tmp_path / "in", tmp_path / "s.db", 40
    _articles(folder, n)
    rng = random.Random(int(os.environ.get("LAGEBILD_KILL_SEED", "9")))
    ingest = ["lagebild", "ingest", str(folder), "--batch-size", "3", "--db"]
    total = statements(_killed_at(0, *ingest, str(tmp_path / "count.db")).stderr)
    stored = []
    for trial in range(3):
        statement = rng.randint(1, total)
        run = _killed_at(statement, *ingest, str(db))
        # the first run replays the counted one, so its kill always lands
        assert trial > 0 or run.returncode == -signal.SIGKILL, run.stderr.decode()[-500:]
        stored.append(check_invariants(db) if db.exists() else 0)
    _kill_once_writing([sys.executable, "-m", *ingest, str(db)], db, rng)
    stored.append(check_invariants(db))
    assert all(count <= n for count in stored)
    command = [sys.executable, "-m", *ingest, str(db)]
    done = subprocess.run(command, cwd=ROOT, capture_output=True, timeout=600)
    assert done.returncode == 0, done.stderr.decode()
    assert check_invariants(db) == n
    with Store(db) as store:
        ids = {r["id"] for r in queries.list_articles(store.conn, limit=1000)}
    assert ids == {f"a{i:03d}" for i in range(n)}


@pytest.mark.parametrize("failures", [1, 3])
def test_a_store_locked_at_start_up_is_opened_once_the_lock_is_gone(
    tmp_path, monkeypatch, failures
):
    """SQLite returns "database is locked" at start-up without waiting (WAL switch, recovery)."""
    from lagebild.store import db as store_db

    real_open, calls = store_db._open, []

    def locked_at_first(path):
        calls.append(path)
        if len(calls) <= failures:
            raise sqlite3.OperationalError("database is locked")
        return real_open(path)

    monkeypatch.setattr(store_db, "_open", locked_at_first)
    with Store(tmp_path / "s.db") as store:
        assert store.conn.execute("SELECT count(*) FROM articles").fetchone()[0] == 0
    assert len(calls) == failures + 1


def test_a_file_that_is_not_a_database_is_not_retried(tmp_path, monkeypatch):
    from lagebild.store import db as store_db

    real_open, calls = store_db._open, []
    monkeypatch.setattr(store_db, "_open", lambda path: calls.append(path) or real_open(path))
    bad = tmp_path / "bad.db"
    bad.write_bytes(b"no sqlite here" * 100)
    with pytest.raises(StoreError, match="not a lagebild database"):
        Store(bad)
    assert len(calls) == 1
