"""The store opened read-only, with a limit on query time and a cache of slow aggregates."""

from __future__ import annotations

import sqlite3
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any
from urllib.parse import quote

from lagebild.errors import StoreError

MMAP_BYTES = 1 << 30  # read pages through the OS's cache instead of copying them
AGGREGATE_SECONDS = 60.0  # a cached aggregate over the whole store may take this long, once


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


def lacks_read_indexes(path: Path) -> bool:
    """True for a store made before migration 5 (its pages work, but slowly on a large store)."""
    conn = _open(path)
    try:
        return conn.execute("SELECT count(*) FROM migrations WHERE id = 5").fetchone()[0] == 0
    except sqlite3.DatabaseError:
        return True
    finally:
        conn.close()


def connect(path: Path, timeout: float) -> sqlite3.Connection:
    """A read-only connection (mode=ro: SQLite itself refuses every write).

    A progress handler interrupts any statement still running `timeout` seconds after the
    connection was opened, so one request cannot hold a worker for long.
    """
    conn = _open(path)
    deadline = time.monotonic() + timeout
    conn.set_progress_handler(lambda: int(time.monotonic() > deadline), 1_000)
    return conn


def _open(path: Path) -> sqlite3.Connection:
    uri = f"file:{quote(str(path.resolve()))}?mode=ro"
    conn = sqlite3.connect(uri, uri=True, check_same_thread=False)
    conn.row_factory = sqlite3.Row
    conn.execute(f"PRAGMA mmap_size = {MMAP_BYTES}")
    return conn


class Pool:
    """Read-only connections kept open between requests, so SQLite's page cache and the
    memory map stay warm; each request takes one to itself and sets its own deadline."""

    def __init__(self, path: Path, timeout: float) -> None:
        self.path, self.timeout = path, timeout
        self._idle: list[tuple[sqlite3.Connection, list[float]]] = []
        self._cache: dict[Any, tuple[tuple[int, ...], Any]] = {}
        self._lock = threading.Lock()

    def acquire(self) -> tuple[sqlite3.Connection, list[float]]:
        with self._lock:
            item = self._idle.pop() if self._idle else None
        if item is None:
            conn, deadline = _open(self.path), [0.0]
            conn.set_progress_handler(lambda: int(time.monotonic() > deadline[0]), 1_000)
            item = (conn, deadline)
        item[1][0] = time.monotonic() + self.timeout
        return item

    def release(self, item: tuple[sqlite3.Connection, list[float]]) -> None:
        with self._lock:
            if len(self._idle) < 16:
                self._idle.append(item)
                return
        item[0].close()

    def version(self) -> tuple[int, ...]:
        """Changes whenever another process writes to the store (file or its WAL)."""
        stamp: list[int] = []
        for suffix in ("", "-wal"):
            try:
                st = Path(f"{self.path}{suffix}").stat()
                stamp += [st.st_mtime_ns, st.st_size]
            except FileNotFoundError:
                stamp += [0, 0]
        return tuple(stamp)

    def cached(self, key: Any, compute: Callable[[sqlite3.Connection], Any]) -> Any:
        """An aggregate over the whole store (the report, the network), computed on a connection
        of its own with a longer time limit, and again only after the store changed."""
        version = self.version()
        with self._lock:
            hit = self._cache.get(key)
        if hit and hit[0] == version:
            return hit[1]
        item = self.acquire()
        item[1][0] = time.monotonic() + max(self.timeout, AGGREGATE_SECONDS)
        try:
            value = compute(item[0])
        finally:
            self.release(item)
        with self._lock:
            if len(self._cache) > 256:
                self._cache.clear()
            self._cache[key] = (version, value)
        return value
