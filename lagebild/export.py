"""Export the store: article analyses (JSON Lines), tables (CSV, Parquet), PLOVER records."""

from __future__ import annotations

import csv
import json
import sqlite3
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO, Any, Literal

from lagebild.errors import LagebildError
from lagebild.store import queries

ExportFormat = Literal["jsonl", "csv", "parquet", "plover"]
Table = Literal["events", "articles", "actors", "quotes", "mentions"]

_TABLE_SQL = {
    "articles": "SELECT id, date, title, source, url, words, dateline_places, dateline_agency,"
    " origin, ingested_at, version, supersedes FROM articles ORDER BY date, id",
    "actors": "SELECT ac.id, ac.name, ac.kind, ac.code, ac.sector, ac.wikidata, ac.in_kb,"
    " ac.roles, count(aa.article_pk) AS articles, coalesce(sum(aa.mentions), 0) AS mentions"
    " FROM actors ac LEFT JOIN article_actors aa ON aa.actor_id = ac.id GROUP BY ac.id"
    " ORDER BY mentions DESC",
    "quotes": "SELECT a.id AS article, a.date, q.kind, q.speaker_text AS speaker,"
    " (SELECT group_concat(actor_id, ',') FROM quote_speakers s WHERE s.quote_id = q.id)"
    ' AS speaker_actors, q.cue_text AS cue, q.addressee_text AS addressee, q.start, q."end",'
    " q.text FROM quotes q JOIN articles a ON a.pk = q.article_pk ORDER BY a.date, a.id, q.start",
    "mentions": 'SELECT a.id AS article, a.date, m.start, m."end", m.text, m.kind, m.actor_id'
    " FROM mentions m JOIN articles a ON a.pk = m.article_pk ORDER BY a.date, a.id, m.start",
}


def iter_table(conn: sqlite3.Connection, table: Table) -> Iterator[dict[str, Any]]:
    if table == "events":
        yield from queries.iter_event_rows(conn)
        return
    for row in conn.execute(_TABLE_SQL[table]):
        yield dict(row)


def export(
    conn: sqlite3.Connection, fmt: ExportFormat, output: str, table: Table | None = None
) -> int:
    """Write the export to ``output`` (``-`` is stdout); return the number of rows written."""
    if fmt == "parquet":
        if output == "-":
            raise LagebildError("Parquet is binary: name an output file with --output")
        return write_parquet(iter_table(conn, table or "events"), Path(output))
    with _open(output) as out:
        if fmt == "jsonl":
            return _write_jsonl(_analyses_or_rows(conn, table), out)
        if fmt == "plover":
            return _write_jsonl(_plover_records(conn), out)
        return write_csv(iter_table(conn, table or "events"), out)


def _analyses_or_rows(conn: sqlite3.Connection, table: Table | None) -> Iterator[dict[str, Any]]:
    if table is None:
        for analysis in queries.iter_articles(conn):
            yield analysis.model_dump(mode="json")
    else:
        yield from iter_table(conn, table)


def _plover_records(conn: sqlite3.Connection) -> Iterator[dict[str, Any]]:
    from lagebild.codebook.plover_export import to_plover_record

    for analysis in queries.iter_articles(conn):
        for event in analysis.events:
            yield to_plover_record(event, analysis)


def _write_jsonl(items: Iterator[dict[str, Any]], out: IO[str]) -> int:
    n = 0
    for item in items:
        out.write(json.dumps(item, ensure_ascii=False) + "\n")
        n += 1
    return n


def write_csv(rows: Iterator[dict[str, Any]], out: IO[str]) -> int:
    writer: csv.DictWriter | None = None
    n = 0
    for row in rows:
        if writer is None:
            writer = csv.DictWriter(out, fieldnames=list(row))
            writer.writeheader()
        writer.writerow(row)
        n += 1
    return n


def write_parquet(rows: Iterator[dict[str, Any]], path: Path) -> int:
    import pyarrow as pa
    import pyarrow.parquet as pq

    listed = list(rows)
    table = pa.Table.from_pylist(listed) if listed else pa.table({})
    tmp = path.with_name(path.name + ".part")
    pq.write_table(table, tmp)
    tmp.replace(path)  # never leave a half-written file under the real name
    return len(listed)


@contextmanager
def _open(output: str) -> Iterator[IO[str]]:
    if output == "-":
        yield sys.stdout
        return
    path = Path(output)
    tmp = path.with_name(path.name + ".part")
    with tmp.open("w", encoding="utf-8", newline="") as f:
        yield f
    tmp.replace(path)
