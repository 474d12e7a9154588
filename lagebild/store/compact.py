"""Compaction of a Parquet store: many small partition files become one file per table and month.

An ingest writes one file per table, month and partition, so a store grows to thousands of
small files, and DuckDB spends its time opening them. ``compact`` rewrites what the readers
see (the latest version of every article, with its rows) as one new partition, ``c-<id>``,
and commits it like any partition. Its marker lists the partitions it replaces:

    OUT/_committed/c-<id>      compacted <n>\\n<part>\\n<part>…   (mtime: the newest replaced)

From the moment that marker exists, readers ignore the replaced partitions (their markers
and files are then deleted), so a kill at any step leaves the store readable and whole:
before the marker, the new files are invisible; after it, the old ones are. Partitions
committed while compaction ran are not replaced and keep their place in the commit order.
"""

from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass
from pathlib import Path

from lagebild.store.parquet import (
    BY_ARTICLE,
    BY_PARENT,
    COMPACTED_PREFIX,
    GLOBAL,
    committed_parts,
    connect,
    live_files,
    replaced_parts,
)

_MONTH = "substr(coalesce(nullif(a.date, ''), 'undated'), 1, 7)"


@dataclass
class CompactSummary:
    part: str | None
    replaced: int
    files_before: int
    files_after: int


def compact(out: str | Path) -> CompactSummary:
    """Rewrite the store at ``out`` as one partition per table and month; see the module doc."""
    out = Path(out)
    _remove_replaced(out, sorted(replaced_parts(out)))  # left by a compaction killed half-way
    parts = committed_parts(out)
    before = len(live_files(out, parts))
    if len(parts) < 2:
        return CompactSummary(None, 0, before, before)
    part = COMPACTED_PREFIX + hashlib.sha256("\n".join(parts).encode()).hexdigest()[:20]
    with connect(out) as conn:
        for table, select in _selects().items():
            _copy(conn.conn, select, out / table, part, by_month=table not in GLOBAL)
    _commit(out, part, parts)
    _remove_replaced(out, parts)
    return CompactSummary(part, len(parts), before, len(live_files(out, [part])))


def _selects() -> dict[str, str]:
    """What readers see of each table, with the month its rows are filed under."""
    selects = {"articles": f"SELECT a.*, {_MONTH} AS month FROM articles a"}
    for table in BY_ARTICLE:
        selects[table] = (
            f"SELECT t.*, {_MONTH} AS month FROM {table} t JOIN articles a ON t.article_pk = a.pk"
        )
    for table, key, parent in BY_PARENT:
        selects[table] = (
            f"SELECT t.*, {_MONTH} AS month FROM {table} t JOIN {parent} p ON t.{key} = p.id"
            " JOIN articles a ON p.article_pk = a.pk"
        )
    selects["actors"] = "SELECT * FROM actors"
    selects["failures"] = "SELECT * EXCLUDE (id) FROM failures"  # id: a row number of the view
    return selects


def _copy(conn: object, select: str, folder: Path, part: str, by_month: bool) -> None:
    """Write ``select`` under ``folder``; an empty table keeps its columns in one empty file."""
    folder.mkdir(parents=True, exist_ok=True)
    empty = not conn.execute(f"SELECT 1 FROM ({select}) LIMIT 1").fetchone()  # type: ignore[attr-defined]
    if by_month and not empty:
        conn.execute(  # type: ignore[attr-defined]
            f"COPY ({select}) TO '{folder}' (FORMAT parquet, PARTITION_BY (month),"
            f" FILENAME_PATTERN '{part}_{{i}}', OVERWRITE_OR_IGNORE true,"
            " WRITE_PARTITION_COLUMNS false)"
        )
        return
    columns = f"SELECT * EXCLUDE (month) FROM ({select})" if by_month else select
    tmp = folder / f"{part}.parquet.tmp"
    conn.execute(f"COPY ({columns}) TO '{tmp}' (FORMAT parquet)")  # type: ignore[attr-defined]
    os.replace(tmp, folder / f"{part}.parquet")


def _commit(out: Path, part: str, replaced: list[str]) -> None:
    """The marker, dated like the newest partition it replaces so the commit order holds."""
    markers = out / "_committed"
    newest = max((markers / p).stat().st_mtime_ns for p in replaced)
    tmp = markers / f".{part}.tmp"
    tmp.write_text(f"compacted {len(replaced)}\n" + "".join(f"{p}\n" for p in replaced))
    os.utime(tmp, ns=(newest, newest))
    os.replace(tmp, markers / part)


def _remove_replaced(out: Path, replaced: list[str]) -> None:
    for path in live_files(out, replaced):
        Path(path).unlink(missing_ok=True)
    for p in replaced:
        (out / "_committed" / p).unlink(missing_ok=True)
