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

PYTHON = [sys.executable, "-m", "tests.store.writer"]


def writer(db: Path, prefix: str, n: int = 10, batch: int = 5) -> subprocess.Popen:
    return subprocess.Popen(
        [*PYTHON, str(db), prefix, str(n), str(batch)],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )


def check_invariants(db: Path) -> int:
    """Integrity, foreign keys, full-text index, no duplicates; returns the article count.

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


def test_kill_9_while_the_store_is_created_leaves_a_store_that_opens(tmp_path):
    rng = random.Random(int(os.environ.get("LAGEBILD_KILL_SEED", "17")))
    for trial in range(4):
        db = tmp_path / f"k{trial}.db"
        p = writer(db, "k", n=20, batch=2)
        time.sleep(rng.uniform(0.05, 0.4))  # python start-up, then creation and writes
        p.send_signal(signal.SIGKILL)
        p.wait()
        Store(db).close()
        count = check_invariants(db)
        assert count % 2 == 0  # whole batches only


def _articles(folder: Path, n: int) -> None:
    folder.mkdir()
    for i in range(n):
        (folder / f"a{i:03d}.txt").write_text(
            f" date 2022-02-{1 + i % 28:02d} Meldung {i}\n\n"
            f"Berlin (dpa) - Die Regierung in Berlin fordert von Russland Gespräche über "
            f"die Lage in der Ukraine. Es ist die Meldung Nummer {i}.\n",
            encoding="utf-8",
        )


@pytest.mark.model
def test_kill_9_at_random_moments_of_an_ingest_loses_and_duplicates_nothing(tmp_path, nlp):
    folder, db, n = tmp_path / "in", tmp_path / "s.db", 40
    _articles(folder, n)
    rng = random.Random(int(os.environ.get("LAGEBILD_KILL_SEED", "9")))
    command = [sys.executable, "-m", "lagebild", "ingest", str(folder), "--db", str(db)]
    for _ in range(3):
        p = subprocess.Popen([*command, "--batch-size", "3"], cwd=ROOT, stderr=subprocess.PIPE)
        time.sleep(rng.uniform(0.3, 4.0))
        p.send_signal(signal.SIGKILL)
        p.wait()
        if db.exists():
            assert check_invariants(db) <= n
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
