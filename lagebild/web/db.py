"""The store opened read-only, one connection per request, with a limit on query time."""

from __future__ import annotations

import sqlite3
import time
from pathlib import Path
from urllib.parse import quote

from lagebild.errors import StoreError


class QueryTimeout(Exception):
    """A query ran longer than the server allows."""


def check_store(path: Path) -> None:
    """Fail at start-up, with one line, when the file is missing or not a lagebild store."""
    if not path.is_file():
        raise StoreError("no such database file", source=str(path))
    conn = connect(path, timeout=5.0)
    try:
        conn.execute("SELECT 1 FROM articles LIMIT 1").fetchall()
        conn.execute("SELECT 1 FROM event_participants LIMIT 1").fetchall()
    except sqlite3.DatabaseError as e:
        raise StoreError(f"not a lagebild database ({e})", source=str(path)) from None
    finally:
        conn.close()


def connect(path: Path, timeout: float) -> sqlite3.Connection:
    """A read-only connection (mode=ro: SQLite itself refuses every write).

    A progress handler interrupts any statement still running `timeout` seconds after the
    connection was opened, so one request cannot hold a worker for long.
    """
    uri = f"file:{quote(str(path.resolve()))}?mode=ro"
    conn = sqlite3.connect(uri, uri=True, check_same_thread=False)
    conn.row_factory = sqlite3.Row
    deadline = time.monotonic() + timeout
    conn.set_progress_handler(lambda: int(time.monotonic() > deadline), 1_000)
    return conn
