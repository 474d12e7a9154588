"""The store for corpora beyond one machine: a Parquet dataset, queried with DuckDB.

Layout, one file per table and partition, partitioned by the article's month::

    OUT/articles/month=2022-02/<part>.parquet    (likewise mentions, article_actors,
    OUT/events/month=2022-02/<part>.parquet       quotes, quote_speakers, events,
    …                                             event_participants)
    OUT/actors/<part>.parquet                     (actors and failures: not by month)
    OUT/_committed/<part>                         (written last: the partition is whole)

A partition is analysed into an in-memory SQLite store through the one write path
(``Store.save``), so the tables and columns are exactly those of the SQLite store. Its
integer keys, local to that partition, are replaced by keys derived from the article's
content hash, so they never collide across partitions or machines.

Readers see only committed partitions: a partition killed half-way has files but no
marker and is invisible until it is written again (same records, same part id, same
file names). ``connect`` opens DuckDB with one view per table under the SQLite names,
so the queries of ``lagebild.store.queries`` answer on either store.
"""

from __future__ import annotations

import hashlib
import os
import re
import sqlite3
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq

from lagebild.analysis import ArticleAnalysis
from lagebild.errors import LagebildError, StoreError
from lagebild.record import Record

# child tables: (table, column holding the article key)
BY_ARTICLE = ("article_actors", "mentions", "quotes", "events")
# grandchild tables: (table, key column, parent table)
BY_PARENT = (("quote_speakers", "quote_id", "quotes"), ("event_participants", "event_id", "events"))
GLOBAL = ("actors", "failures")
TABLES = ("articles", *BY_ARTICLE, *(t for t, _, _ in BY_PARENT), *GLOBAL)
# SQLite's words for what DuckDB says otherwise: LIKE ignores case (ILIKE), and a
# quote's speakers come in the order of SQLite's index on (quote_id, actor_id)
_DIALECT = (
    (re.compile(r"(?<![\w'])LIKE(?![\w'])"), "ILIKE"),
    (re.compile(r"group_concat\(actor_id, ','\)"), "string_agg(actor_id, ',' ORDER BY actor_id)"),
)
COMPACTED_PREFIX = "c-"
_NUMBERED = re.compile(r"_[0-9]+$")
_ARROW_TYPES = {"INTEGER": pa.int64(), "REAL": pa.float64(), "TEXT": pa.string()}


@dataclass
class PartitionSummary:
    part: str
    new: int = 0
    failed: int = 0
    words: int = 0
    warnings: int = 0


def part_id(records: Sequence[Record]) -> str:
    """The same records give the same id: a retried or re-run partition overwrites itself."""
    h = hashlib.sha256()
    for record in records:
        h.update(record.content_hash.encode())
    return h.hexdigest()[:20]


def stable_key(*parts: object) -> int:
    """A positive 63-bit integer key from a content hash and local numbers."""
    digest = hashlib.sha256(":".join(map(str, parts)).encode()).digest()
    return int.from_bytes(digest[:8], "big") >> 1


def write_partition(
    results: Iterable[ArticleAnalysis | LagebildError],
    out: str | Path,
    part: str,
    failures: Iterable[LagebildError] = (),
    warnings: Iterable[LagebildError] = (),
) -> PartitionSummary:
    """Write one partition's analyses, failures and warnings, then mark it committed.

    Each analysis carries its article's metadata (``ArticleMeta``), all the store needs.
    ``warnings`` are caveats of stored records (a lossy decode), kept as the SQLite store
    keeps them: ``failures`` rows of level ``warning``."""
    from lagebild.store.db import Store

    out = Path(out)
    summary = PartitionSummary(part)
    with Store(":memory:") as store, store.transaction():
        for result in results:
            if isinstance(result, LagebildError):
                store.record_failure(result)
                summary.failed += 1
            elif store.save(result) != "unchanged":
                summary.new += 1
                summary.words += len(result.text.split())
        for error in failures:
            store.record_failure(error)
            summary.failed += 1
        for warning in warnings:
            store.record_failure(warning, level="warning")
            summary.warnings += 1
        tables = _rekeyed_tables(store.conn)
    for table, (arrow, months) in tables.items():
        for month, rows in _by_month(arrow, months).items():
            folder = out / table / (f"month={month}" if month else "")
            _write_atomically(rows, folder / f"{part}.parquet")
    marker = out / "_committed" / part
    marker.parent.mkdir(parents=True, exist_ok=True)
    marker.write_text(f"{summary.new} {summary.failed}\n")
    return summary


def _rekeyed_tables(conn: sqlite3.Connection) -> dict[str, tuple[pa.Table, list[str | None]]]:
    """Every table as Arrow with global keys, and each row's month (None: not by month)."""
    articles = _table(conn, "articles")
    hashes = dict(zip(articles["pk"], articles["content_hash"], strict=True))
    pk_of = {pk: stable_key(h) for pk, h in hashes.items()}
    month_of = {
        pk: (d or "undated")[:7] for pk, d in zip(articles["pk"], articles["date"], strict=True)
    }
    result: dict[str, tuple[pa.Table, list[str | None]]] = {}
    result["articles"] = (
        _arrow(conn, "articles", _rekey(articles, {"pk": pk_of})),
        [month_of[pk] for pk in articles["pk"]],
    )
    child_keys: dict[str, dict[int, int]] = {}
    child_months: dict[str, dict[int, str]] = {}
    for table in BY_ARTICLE:
        data = _table(conn, table)
        mapping = {"article_pk": pk_of}
        if "id" in data:  # quotes and events have their own keys
            ids = {
                i: stable_key(hashes[a], table, i)
                for i, a in zip(data["id"], data["article_pk"], strict=True)
            }
            child_keys[table] = ids
            child_months[table] = dict(
                zip(data["id"], (month_of[a] for a in data["article_pk"]), strict=True)
            )
            mapping["id"] = ids
        months = [month_of[a] for a in data["article_pk"]]
        result[table] = (_arrow(conn, table, _rekey(data, mapping)), months)
    for table, key, parent in BY_PARENT:
        data = _table(conn, table)
        months = [child_months[parent][k] for k in data[key]]
        rekeyed = _rekey(data, {key: child_keys[parent]})
        result[table] = (_arrow(conn, table, rekeyed), months)
    for table in GLOBAL:
        data = _table(conn, table)
        if table == "failures":
            data.pop("id")  # a local row number; the part file names the partition
        result[table] = (_arrow(conn, table, data), [None] * _length(data))
    return result


def _table(conn: sqlite3.Connection, table: str) -> dict[str, list[Any]]:
    cursor = conn.execute(f"SELECT * FROM {table}")  # noqa: S608 — a fixed table name
    names = [c[0] for c in cursor.description]
    rows = cursor.fetchall()
    return {name: [row[i] for row in rows] for i, name in enumerate(names)}


def _length(data: dict[str, list[Any]]) -> int:
    return len(next(iter(data.values()), []))


def _rekey(data: dict[str, list[Any]], mapping: dict[str, dict[int, int]]) -> dict[str, list]:
    return {
        col: [mapping[col][v] for v in values] if col in mapping else values
        for col, values in data.items()
    }


def _arrow(conn: sqlite3.Connection, table: str, data: dict[str, list[Any]]) -> pa.Table:
    """Typed from the SQLite schema, so that an empty partition has the same columns."""
    declared = {row[1]: row[2] for row in conn.execute(f"PRAGMA table_info({table})")}
    schema = pa.schema([(c, _ARROW_TYPES.get(declared[c], pa.string())) for c in data])
    return pa.table(data, schema=schema)


def _by_month(table: pa.Table, months: list[str | None]) -> dict[str | None, pa.Table]:
    """Rows grouped by month (None: the table's own folder)."""
    if table.num_rows == 0:
        return {None: table}  # an empty, typed file keeps every view's columns
    groups: dict[str | None, list[int]] = {}
    for i, month in enumerate(months):
        groups.setdefault(month, []).append(i)
    return {month: table.take(pa.array(idx)) for month, idx in groups.items()}


def _write_atomically(table: pa.Table, path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(".parquet.tmp")
    pq.write_table(table, tmp)
    os.replace(tmp, path)


# -- reading ---------------------------------------------------------------------------


def committed_parts(out: str | Path) -> list[str]:
    """Committed partitions, oldest first (a later one replaces an article of an earlier),
    without those a compaction has replaced (``lagebild.store.compact``)."""
    folder = Path(out) / "_committed"
    if not folder.is_dir():
        return []
    markers = [p for p in folder.iterdir() if not p.name.startswith(".")]
    replaced = replaced_parts(out)
    markers.sort(key=lambda p: (p.stat().st_mtime_ns, p.name))
    return [p.name for p in markers if p.name not in replaced]


def replaced_parts(out: str | Path) -> set[str]:
    """Partitions listed in a compacted partition's marker."""
    folder = Path(out) / "_committed"
    replaced: set[str] = set()
    for marker in folder.glob(f"{COMPACTED_PREFIX}*"):
        replaced.update(marker.read_text().split("\n")[1:])
    replaced.discard("")
    return replaced


def part_of_file(path: Path) -> str:
    """``<part>.parquet``, or ``<part>_<i>.parquet`` as DuckDB names a compaction's files."""
    return _NUMBERED.sub("", path.stem)


def table_files(out: str | Path, table: str, parts: Sequence[str]) -> list[str]:
    wanted = set(parts)
    root = Path(out) / table
    if not root.is_dir():
        return []
    return sorted(str(p) for p in root.rglob("*.parquet") if part_of_file(p) in wanted)


def live_files(out: str | Path, parts: Sequence[str]) -> list[str]:
    """Every file of these partitions, in every table."""
    return [f for table in TABLES for f in table_files(out, table, parts)]


def known_hashes(out: str | Path) -> set[str]:
    """Content hashes of every committed article: a re-run skips them."""
    conn = connect(out) if committed_parts(out) else None
    if conn is None:
        return set()
    return {row["content_hash"] for row in conn.execute("SELECT content_hash FROM articles")}


def known_versions(out: str | Path) -> dict[str, int]:
    """The stored version of every committed agency story: an older one is not read again."""
    if not committed_parts(out):
        return {}
    with connect(out) as conn:
        rows = conn.execute("SELECT id, version FROM articles WHERE version IS NOT NULL")
        return {row["id"]: row["version"] for row in rows}


class Rows:
    """A DuckDB result that reads like ``sqlite3`` rows: by name, by index, as a dict."""

    def __init__(self, cursor: Any) -> None:
        self.names = [d[0] for d in cursor.description] if cursor.description else []
        self.cursor = cursor

    def _row(self, values: tuple | None) -> Row | None:
        return None if values is None else Row(zip(self.names, values, strict=True))

    def fetchone(self) -> Row | None:
        return self._row(self.cursor.fetchone())

    def fetchall(self) -> list[Row]:
        return [Row(zip(self.names, v, strict=True)) for v in self.cursor.fetchall()]

    def __iter__(self):
        return iter(self.fetchall())


class Row(dict):
    def __getitem__(self, key: Any) -> Any:
        if isinstance(key, int):
            return list(self.values())[key]
        return super().__getitem__(key)


class ParquetConnection:
    """The part of ``sqlite3.Connection`` that ``queries`` uses, answered by DuckDB."""

    def __init__(self, conn: Any) -> None:
        self.conn = conn

    def execute(self, sql: str, params: Sequence[Any] = ()) -> Rows:
        import duckdb

        for pattern, replacement in _DIALECT:
            sql = pattern.sub(replacement, sql)
        try:
            return Rows(self.conn.execute(sql, list(params)))
        except duckdb.Error as e:
            raise sqlite3.OperationalError(str(e).splitlines()[0]) from None

    def close(self) -> None:
        self.conn.close()

    def __enter__(self) -> ParquetConnection:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def connect(out: str | Path) -> ParquetConnection:
    """DuckDB over the committed partitions, one view per table under its SQLite name."""
    import duckdb

    out = Path(out)
    parts = committed_parts(out)
    if not parts:
        raise StoreError("no Parquet store here (no committed partition)", source=str(out))
    conn = duckdb.connect()
    conn.execute("SET default_null_order = 'nulls_first'")  # as SQLite sorts
    conn.execute("CREATE TABLE parts (part VARCHAR, seq INTEGER)")  # commit order
    conn.executemany("INSERT INTO parts VALUES (?, ?)", [(p, i) for i, p in enumerate(parts)])
    for table in TABLES:
        files = table_files(out, table, parts)
        conn.execute(
            f"CREATE VIEW raw_{table} AS SELECT t.* EXCLUDE (filename), parts.seq AS part_seq"
            f" FROM read_parquet({files!r}, union_by_name = true, filename = true,"
            " hive_partitioning = false) t"
            " JOIN parts ON parts.part"
            " = regexp_extract(t.filename, '([^/]+?)(_[0-9]+)?[.]parquet$', 1)"
        )
    latest = "QUALIFY row_number() OVER (PARTITION BY id ORDER BY part_seq DESC) = 1"
    # the latest committed version of an article wins, and only its rows are seen
    # A partition's in-memory store never saw the version it replaces: the previous committed
    # row of the id gives it (a compacted row keeps the value it was written with).
    conn.execute(
        "CREATE VIEW articles AS SELECT * EXCLUDE (part_seq) REPLACE (coalesce(supersedes,"
        " lag(version) OVER (PARTITION BY id ORDER BY part_seq)) AS supersedes)"
        f" FROM raw_articles {latest}"
    )
    for table in BY_ARTICLE:
        conn.execute(
            f"CREATE VIEW {table} AS SELECT * EXCLUDE (part_seq) FROM raw_{table}"
            " WHERE article_pk IN (SELECT pk FROM articles)"
        )
    for table, key, parent in BY_PARENT:
        conn.execute(
            f"CREATE VIEW {table} AS SELECT * EXCLUDE (part_seq) FROM raw_{table}"
            f" WHERE {key} IN (SELECT id FROM {parent})"
        )
    # an actor's name, kind and code as of its latest article, as the SQLite store keeps them
    conn.execute(
        "CREATE VIEW actors AS SELECT * EXCLUDE (part_seq) FROM raw_actors QUALIFY row_number()"
        " OVER (PARTITION BY id ORDER BY as_of DESC NULLS LAST, part_seq DESC) = 1"
    )
    conn.execute(
        "CREATE VIEW failures AS SELECT row_number() OVER (ORDER BY part_seq) AS id,"
        " * EXCLUDE (part_seq) FROM raw_failures"
    )
    return ParquetConnection(conn)
