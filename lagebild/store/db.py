"""The embedded store: SQLite in WAL mode. ``Store.save`` is the one write path."""

from __future__ import annotations

import hashlib
import json
import os
import sqlite3
import time
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Literal, Protocol

from lagebild.errors import LagebildError, ReadWarning, StoreError
from lagebild.record import Record, date_precision
from lagebild.store.migrations import migrate

if TYPE_CHECKING:
    from lagebild.analysis import ArticleAnalysis, Place

SaveOutcome = Literal["new", "replaced", "unchanged"]
DEFAULT_DB = "lagebild.db"


class Identity(Protocol):
    """What identifies an article in the store: a ``Record`` before analysis, the
    ``ArticleMeta`` an ``ArticleAnalysis`` carries after it."""

    @property
    def id(self) -> str | None: ...
    @property
    def content_hash(self) -> str | None: ...
    @property
    def version(self) -> int | None: ...


@dataclass
class Existing:
    pk: int
    id: str
    content_hash: str
    origin: str | None
    version: int | None = None

    def is_newer_than(self, article: Identity) -> bool:
        """The stored version of an agency story is higher than the article's."""
        return self.version is not None and (article.version or 0) < self.version


BUSY_TIMEOUT_S = 60.0  # a writer waits this long for another process's transaction


def _open(path: Path) -> sqlite3.Connection:
    conn = sqlite3.connect(path, isolation_level=None, timeout=BUSY_TIMEOUT_S)
    try:
        conn.row_factory = sqlite3.Row
        conn.execute(f"PRAGMA busy_timeout={int(BUSY_TIMEOUT_S * 1000)}")
        conn.execute("PRAGMA journal_mode=WAL")
        conn.execute("PRAGMA foreign_keys=ON")
        conn.execute("PRAGMA synchronous=NORMAL")
        migrate(conn)
    except BaseException:
        conn.close()
        raise
    return conn


def _open_with_retry(path: Path) -> sqlite3.Connection:
    """Open, retrying while another process holds the file.

    SQLite answers some lock conflicts at start-up without calling the busy handler:
    switching a new file to WAL and WAL recovery after another process's open both return
    "database is locked" at once (seen in CI with five processes creating one store).
    """
    deadline = time.monotonic() + BUSY_TIMEOUT_S
    delay = 0.01
    while True:
        try:
            return _open(path)
        except sqlite3.OperationalError as e:
            locked = "locked" in str(e) or "busy" in str(e)
            if not locked or time.monotonic() + delay > deadline:
                raise
        time.sleep(delay)
        delay = min(delay * 2, 0.5)


class Store:
    def __init__(self, path: str | Path = DEFAULT_DB, create: bool = True):
        """Open (and migrate) the store; with ``create=False`` a missing file is an error."""
        self.path = Path(path)
        if not create and not self.path.is_file():
            raise StoreError(
                "no store here (create one with `lagebild ingest FILES --db "
                f"{self.path}`, or name the right one with --db)",
                source=str(self.path),
            )
        try:
            self.conn = _open_with_retry(self.path)
        except sqlite3.DatabaseError as e:
            raise StoreError(f"not a lagebild database ({e})", source=str(self.path)) from None

    def close(self) -> None:
        self.conn.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @contextmanager
    def transaction(self) -> Iterator[None]:
        """All writes inside are committed together or not at all."""
        self.conn.execute("BEGIN IMMEDIATE")
        try:
            yield
        except BaseException:
            self.conn.execute("ROLLBACK")
            raise
        self.conn.execute("COMMIT")

    # -- the write path -------------------------------------------------------------

    def find_existing(self, article: Identity) -> Existing | None:
        """The stored article with the same id, else one with the same content."""
        row = self.conn.execute(
            "SELECT pk, id, content_hash, origin, version FROM articles WHERE id = ? UNION ALL"
            " SELECT pk, id, content_hash, origin, version FROM articles WHERE content_hash = ?"
            " LIMIT 1",
            (article.id, article.content_hash),
        ).fetchone()
        return Existing(*row) if row else None

    def claim_id(self, record: Record) -> str | None:
        """Keep a derived id from colliding with a record from another file.

        Ids from paths are relative to the ingest root, so ``a/x.txt`` ingested from ``a``
        and ``b/x.txt`` from ``b`` would both be ``x``; the second becomes ``x~<hash>``.
        Returns a note when the id changed.
        """
        if not record.derived_id or not record.origin or not record.id:
            return None
        origin = source_key(record.origin) or record.origin
        row = self.conn.execute("SELECT origin FROM articles WHERE id = ?", (record.id,)).fetchone()
        if row is None or row["origin"] is None or source_key(row["origin"]) == origin:
            return None
        taken = record.id
        record.id = f"{taken}~{hashlib.sha256(origin.encode()).hexdigest()[:8]}"
        return f"id {taken!r} belongs to {row['origin']}; this record is stored as {record.id!r}"

    def is_unchanged(self, article: Identity) -> bool:
        existing = self.find_existing(article)
        return existing is not None and (
            existing.content_hash == article.content_hash or existing.is_newer_than(article)
        )

    def save(self, analysis: ArticleAnalysis) -> SaveOutcome:
        """Insert or replace one article with everything found in it. Call inside a transaction.

        Identity and provenance come from the metadata the analysis carries (``ArticleMeta``,
        made once from the record by ``lagebild.make_doc``); nothing else is needed.
        """
        if analysis.content_hash is None:
            raise StoreError(
                "the analysis carries no content hash: analyse a Record (lagebild.make_doc, "
                "analyze_records), or give the ArticleMeta from ArticleMeta.from_record",
                source=analysis.origin or analysis.id,
            )
        existing = self.find_existing(analysis)
        if existing and (
            existing.content_hash == analysis.content_hash or existing.is_newer_than(analysis)
        ):
            return "unchanged"
        if existing:
            self.conn.execute("DELETE FROM articles WHERE pk = ?", (existing.pk,))
        pk = self._insert_article(analysis, analysis.content_hash)
        if analysis.version is not None or (existing and existing.version is not None):
            self.conn.execute(
                "UPDATE articles SET version = ?, supersedes = ? WHERE pk = ?",
                (analysis.version, existing.version if existing else None, pk),
            )
        self._insert_actors(pk, analysis, analysis.id or analysis.content_hash)
        self._insert_quotes(pk, analysis)
        self._insert_events(pk, analysis)
        return "replaced" if existing else "new"

    def record_failure(self, error: LagebildError, level: str = "error") -> int:
        """One row per source, position and reason: a repeat counts up and reopens it.
        Returns the row's id."""
        key = (source_key(error.source), error.position, error.code, error.reason)
        now = _now()
        updated = self.conn.execute(
            "UPDATE failures SET count = count + 1, failed_at = ?, resolved_at = NULL,"
            " level = ? WHERE coalesce(source, '') = coalesce(?, '')"
            " AND coalesce(position, -1) = coalesce(?, -1) AND code = ? AND reason = ?"
            " RETURNING id",
            (now, level, *key),
        ).fetchone()
        if updated is not None:
            return updated[0]
        cursor = self.conn.execute(
            "INSERT INTO failures (source, position, code, reason, level, failed_at,"
            " first_failed_at) VALUES (?,?,?,?,?,?,?)",
            (*key, level, now, now),
        )
        assert cursor.lastrowid is not None  # an INSERT always sets it
        return cursor.lastrowid

    def record_warning(self, record: Record, note: str) -> int:
        """A record stored with a caveat (a lossy decode): kept next to the failures."""
        return self.record_failure(
            ReadWarning(note, source=record.origin, position=record.position), level="warning"
        )

    def resolve_failures(self, record: Record) -> None:
        """The source of ``record`` read cleanly now: its earlier failures are resolved.

        A record without a position is its whole file, so every failure of the file goes
        (a missing header was at line 1); one of many resolves its own position and the
        file's. Stdin is no source that is read again: its failures stay.
        """
        source = source_key(record.origin)
        if not source or source.startswith("<"):
            return
        self.conn.execute(
            "UPDATE failures SET resolved_at = ? WHERE resolved_at IS NULL AND source = ?"
            " AND (position IS NULL OR ? IS NULL OR position = ?)",
            (_now(), source, record.position, record.position),
        )

    def sources_with_open_failures(self) -> set[str]:
        """Sources (as stored) with failures or warnings not yet resolved; stdin is none."""
        rows = self.conn.execute("SELECT DISTINCT source FROM failures WHERE resolved_at IS NULL")
        return {r[0] for r in rows if r[0] and not r[0].startswith("<")}

    def resolve_stale_failures(self, sources: set[str], recorded: set[int]) -> None:
        """``sources`` (as stored) were read whole by a run that recorded the rows
        ``recorded``: their other open rows are gone from the source (a bad line deleted,
        a feed repaired), so they are resolved."""
        rows = self.conn.execute("SELECT id, source FROM failures WHERE resolved_at IS NULL")
        now = _now()
        stale = [(now, r[0]) for r in rows.fetchall() if r[1] in sources and r[0] not in recorded]
        self.conn.executemany("UPDATE failures SET resolved_at = ? WHERE id = ?", stale)

    def _insert_article(self, analysis: ArticleAnalysis, content_hash: str) -> int:
        dateline = analysis.dateline
        stored = analysis.model_dump(mode="json", exclude={"text"})
        cursor = self.conn.execute(
            "INSERT INTO articles (id, content_hash, title, date, date_precision, source, url,"
            " origin, dateline_places, dateline_agency, words, text, analysis, ingested_at)"
            " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
            (
                analysis.id or content_hash,
                content_hash,
                analysis.title,
                analysis.date,
                date_precision(analysis.date),
                analysis.source or (dateline.agency if dateline else None),
                analysis.url,
                source_key(analysis.origin),
                json.dumps(dateline.places, ensure_ascii=False) if dateline else None,
                dateline.agency if dateline else None,
                len(analysis.text.split()),
                analysis.text,
                json.dumps(stored, ensure_ascii=False),
                _now(),
            ),
        )
        assert cursor.lastrowid is not None  # an INSERT always sets it
        return cursor.lastrowid

    def _insert_actors(self, pk: int, analysis: ArticleAnalysis, article_id: str) -> None:
        counts = Counter(a for m in analysis.mentions for a in m.actors)
        as_of = f"{analysis.date or ''}\x1f{article_id}"
        for actor_id, actor in analysis.actors.items():
            self.conn.execute(
                "INSERT INTO actors (id, name, kind, code, sector, wikidata, in_kb, roles, as_of)"
                " VALUES (?,?,?,?,?,?,?,?,?) ON CONFLICT(id) DO UPDATE SET"
                " name=excluded.name, kind=excluded.kind, wikidata=excluded.wikidata,"
                " roles=excluded.roles, in_kb=excluded.in_kb, as_of=excluded.as_of,"
                # the code/sector of the latest article (by date, then id), whatever the order
                # of ingest, so that parallel and distributed ingests agree; roles by date
                # live in article_actors
                " code=excluded.code, sector=excluded.sector"
                " WHERE actors.as_of IS NULL OR excluded.as_of >= actors.as_of",
                (
                    actor_id,
                    actor.name,
                    actor.kind,
                    actor.code,
                    actor.sector,
                    actor.wikidata,
                    int(actor.in_kb),
                    json.dumps([r.model_dump() for r in actor.roles], ensure_ascii=False),
                    as_of,
                ),
            )
            self.conn.execute(
                "INSERT INTO article_actors (article_pk, actor_id, code, sector, mentions)"
                " VALUES (?,?,?,?,?)",
                (pk, actor_id, actor.code, actor.sector, counts.get(actor_id, 0)),
            )
        self.conn.executemany(
            'INSERT INTO mentions (article_pk, start, "end", text, kind, actor_id)'
            " VALUES (?,?,?,?,?,?)",
            [
                (pk, m.start, m.end, m.text, m.kind, actor_id)
                for m in analysis.mentions
                for actor_id in m.actors
            ],
        )

    def _insert_quotes(self, pk: int, analysis: ArticleAnalysis) -> None:
        for q in analysis.quotes:
            speaker = q.speaker
            cursor = self.conn.execute(
                'INSERT INTO quotes (article_pk, start, "end", text, kind, speaker_text,'
                " speaker_start, speaker_end, cue_text, addressee_text)"
                " VALUES (?,?,?,?,?,?,?,?,?,?)",
                (
                    pk,
                    q.start,
                    q.end,
                    q.text,
                    q.kind,
                    speaker.text if speaker else None,
                    speaker.start if speaker else None,
                    speaker.end if speaker else None,
                    q.cue.text if q.cue else None,
                    q.addressee.text if q.addressee else None,
                ),
            )
            actor_ids = (
                (speaker.actors or ([speaker.actor] if speaker.actor else [])) if speaker else []
            )
            self.conn.executemany(
                "INSERT INTO quote_speakers (quote_id, actor_id) VALUES (?, ?)",
                [(cursor.lastrowid, a) for a in dict.fromkeys(actor_ids)],
            )

    def _insert_events(self, pk: int, analysis: ArticleAnalysis) -> None:
        for e in analysis.events:
            cursor = self.conn.execute(
                "INSERT INTO events (article_pk, type, mode, modality, quad, score, confidence,"
                " context, trigger_text, trigger_start, sentence_start, sentence_end, evidence)"
                " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)",
                (
                    pk,
                    e.type,
                    e.mode,
                    e.modality,
                    e.quad,
                    e.score,
                    e.confidence,
                    json.dumps(e.context),
                    e.trigger.text,
                    e.trigger.start,
                    e.sentence.start,
                    e.sentence.end,
                    json.dumps([s.model_dump() for s in e.evidence]),
                ),
            )
            event_id = cursor.lastrowid
            assert event_id is not None  # an INSERT always sets it
            if e.location is not None:
                self._insert_location(event_id, e.location)
            self.conn.executemany(
                "INSERT INTO event_participants (event_id, role, position, code, sector, text,"
                " actor_id) VALUES (?,?,?,?,?,?,?)",
                [
                    (event_id, role, i, p.code, p.sector, p.text, p.actor)
                    for role, side in (("actor", e.actor), ("recipient", e.recipient))
                    for i, p in enumerate(side)
                ],
            )

    def _insert_location(self, event_id: int, place: Place) -> None:
        self.conn.execute(
            "UPDATE events SET location_text = ?, location_name = ?, location_country = ?,"
            " location_admin1 = ?, location_lat = ?, location_lon = ?, location_precision = ?,"
            " location_geonames_id = ? WHERE id = ?",
            (place.text, place.name, place.country, place.admin1, place.lat, place.lon,
             place.precision, place.geonames_id, event_id),
        )  # fmt: skip


def source_key(source: str | None) -> str | None:
    """Sources as stored: absolute paths, so the same file matches from any working folder;
    a URL (a watched feed) and a stand-in (``<stdin>``) as they are."""
    if source is None or source.startswith("<") or "://" in source:
        return source
    return os.path.abspath(source)


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")
