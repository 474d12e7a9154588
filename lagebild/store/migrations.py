"""Numbered, named schema migrations. Applied in order, each recorded by name in ``migrations``.

Never edit a migration that has shipped: append a new one with a new name (the name, not
the number, says whether it has run, so migrations appended on two branches both apply).
"""

from __future__ import annotations

import re
import sqlite3
from datetime import UTC, datetime

MIGRATIONS: list[tuple[int, str, str]] = [
    (
        1,
        "articles_and_failures",
        """
        CREATE TABLE articles (
            pk INTEGER PRIMARY KEY,
            id TEXT NOT NULL UNIQUE,
            content_hash TEXT NOT NULL,
            title TEXT,
            date TEXT,
            date_precision TEXT,
            source TEXT,
            url TEXT,
            origin TEXT,
            dateline_places TEXT,
            dateline_agency TEXT,
            words INTEGER NOT NULL,
            text TEXT NOT NULL,
            analysis TEXT NOT NULL,
            ingested_at TEXT NOT NULL
        );
        CREATE INDEX articles_hash ON articles(content_hash);
        CREATE INDEX articles_date ON articles(date);

        -- German-friendly: ä/ö/ü/ß searchable with or without diacritics, hyphenated
        -- compounds split into their parts (Nato-Osterweiterung → nato, osterweiterung).
        CREATE VIRTUAL TABLE articles_fts USING fts5(
            title, text, content='articles', content_rowid='pk',
            tokenize="unicode61 remove_diacritics 2"
        );
        CREATE TRIGGER articles_ai AFTER INSERT ON articles BEGIN
            INSERT INTO articles_fts(rowid, title, text) VALUES (new.pk, new.title, new.text);
        END;
        CREATE TRIGGER articles_ad AFTER DELETE ON articles BEGIN
            INSERT INTO articles_fts(articles_fts, rowid, title, text)
            VALUES ('delete', old.pk, old.title, old.text);
        END;

        CREATE TABLE failures (
            id INTEGER PRIMARY KEY,
            source TEXT,
            position INTEGER,
            code TEXT NOT NULL,
            reason TEXT NOT NULL,
            failed_at TEXT NOT NULL
        );
        """,
    ),
    (
        2,
        "actors_and_mentions",
        """
        CREATE TABLE actors (
            id TEXT PRIMARY KEY,
            name TEXT NOT NULL,
            kind TEXT NOT NULL,
            code TEXT,
            sector TEXT,
            wikidata TEXT,
            in_kb INTEGER NOT NULL,
            roles TEXT NOT NULL DEFAULT '[]'
        );
        CREATE INDEX actors_code ON actors(code);
        -- One row per article and actor: the code and sector the actor had on that date.
        CREATE TABLE article_actors (
            article_pk INTEGER NOT NULL REFERENCES articles(pk) ON DELETE CASCADE,
            actor_id TEXT NOT NULL,
            code TEXT,
            sector TEXT,
            mentions INTEGER NOT NULL,
            PRIMARY KEY (article_pk, actor_id)
        );
        CREATE INDEX article_actors_actor ON article_actors(actor_id);
        CREATE TABLE mentions (
            article_pk INTEGER NOT NULL REFERENCES articles(pk) ON DELETE CASCADE,
            start INTEGER NOT NULL,
            "end" INTEGER NOT NULL,
            text TEXT NOT NULL,
            kind TEXT NOT NULL,
            actor_id TEXT NOT NULL
        );
        CREATE INDEX mentions_actor ON mentions(actor_id);
        CREATE INDEX mentions_article ON mentions(article_pk);
        CREATE INDEX mentions_text ON mentions(text);
        """,
    ),
    (
        3,
        "quotes",
        """
        CREATE TABLE quotes (
            id INTEGER PRIMARY KEY,
            article_pk INTEGER NOT NULL REFERENCES articles(pk) ON DELETE CASCADE,
            start INTEGER NOT NULL,
            "end" INTEGER NOT NULL,
            text TEXT NOT NULL,
            kind TEXT NOT NULL,
            speaker_text TEXT,
            speaker_start INTEGER,
            speaker_end INTEGER,
            cue_text TEXT,
            addressee_text TEXT
        );
        CREATE INDEX quotes_article ON quotes(article_pk);
        CREATE TABLE quote_speakers (
            quote_id INTEGER NOT NULL REFERENCES quotes(id) ON DELETE CASCADE,
            actor_id TEXT NOT NULL
        );
        CREATE INDEX quote_speakers_actor ON quote_speakers(actor_id);
        CREATE VIRTUAL TABLE quotes_fts USING fts5(
            text, content='quotes', content_rowid='id', tokenize="unicode61 remove_diacritics 2"
        );
        CREATE TRIGGER quotes_ai AFTER INSERT ON quotes BEGIN
            INSERT INTO quotes_fts(rowid, text) VALUES (new.id, new.text);
        END;
        CREATE TRIGGER quotes_ad AFTER DELETE ON quotes BEGIN
            INSERT INTO quotes_fts(quotes_fts, rowid, text) VALUES ('delete', old.id, old.text);
        END;
        """,
    ),
    (
        4,
        "events",
        """
        CREATE TABLE events (
            id INTEGER PRIMARY KEY,
            article_pk INTEGER NOT NULL REFERENCES articles(pk) ON DELETE CASCADE,
            type TEXT NOT NULL,
            mode TEXT,
            modality TEXT NOT NULL,
            quad TEXT NOT NULL,
            score REAL,
            confidence REAL NOT NULL,
            context TEXT NOT NULL,
            trigger_text TEXT NOT NULL,
            trigger_start INTEGER NOT NULL,
            sentence_start INTEGER NOT NULL,
            sentence_end INTEGER NOT NULL,
            evidence TEXT NOT NULL
        );
        CREATE INDEX events_article ON events(article_pk);
        CREATE INDEX events_type ON events(type);
        CREATE TABLE event_participants (
            event_id INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,
            role TEXT NOT NULL CHECK (role IN ('actor', 'recipient')),
            position INTEGER NOT NULL,
            code TEXT,
            sector TEXT,
            text TEXT NOT NULL,
            actor_id TEXT
        );
        CREATE INDEX event_participants_event ON event_participants(event_id);
        CREATE INDEX event_participants_code ON event_participants(role, code);
        """,
    ),
    (
        5,
        "indexes_for_reading",
        # What the web app and API look up on a 20,000-article store: a quote's speakers, an
        # actor's events and quotes, mention counts by actor, names by actor.
        """
        CREATE INDEX quote_speakers_quote ON quote_speakers(quote_id, actor_id);
        CREATE INDEX event_participants_actor ON event_participants(actor_id, role, event_id);
        CREATE INDEX event_participants_roles ON event_participants(event_id, role, actor_id);
        CREATE INDEX article_actors_mentions ON article_actors(actor_id, mentions);
        CREATE INDEX mentions_actor_text ON mentions(actor_id, text);
        """,
    ),
    (
        6,
        "event_locations",
        # Where each event took place (lagebild_places); GDELT's ActionGeo_* in spirit.
        """
        ALTER TABLE events ADD COLUMN location_text TEXT;
        ALTER TABLE events ADD COLUMN location_name TEXT;
        ALTER TABLE events ADD COLUMN location_country TEXT;
        ALTER TABLE events ADD COLUMN location_admin1 TEXT;
        ALTER TABLE events ADD COLUMN location_lat REAL;
        ALTER TABLE events ADD COLUMN location_lon REAL;
        ALTER TABLE events ADD COLUMN location_precision TEXT;
        ALTER TABLE events ADD COLUMN location_geonames_id INTEGER;
        CREATE INDEX events_location_country ON events(location_country);
        CREATE INDEX events_location_lat ON events(location_lat);
        """,
    ),
    (
        7,
        "actors_as_of",
        # The article (date, then id) whose code and sector an actor row holds: the latest
        # article wins, not the last one ingested, so every ingest order gives one store.
        """
        ALTER TABLE actors ADD COLUMN as_of TEXT;
        """,
    ),
    (
        8,
        "agency_story_versions",
        """
        -- An agency story (same URN) comes in versions; a higher one replaces a lower
        -- one, and the stored article says which version it superseded.
        ALTER TABLE articles ADD COLUMN version INTEGER;
        ALTER TABLE articles ADD COLUMN supersedes INTEGER;
        """,
    ),
    (
        9,
        "failures_once_per_source",
        """
        ALTER TABLE failures ADD COLUMN level TEXT NOT NULL DEFAULT 'error';
        ALTER TABLE failures ADD COLUMN count INTEGER NOT NULL DEFAULT 1;
        ALTER TABLE failures ADD COLUMN first_failed_at TEXT;
        ALTER TABLE failures ADD COLUMN resolved_at TEXT;
        -- Rows repeated by earlier re-runs become one row with a count.
        UPDATE failures SET
            count = (SELECT count(*) FROM failures f WHERE f.source IS failures.source
                     AND f.position IS failures.position AND f.code = failures.code
                     AND f.reason = failures.reason),
            first_failed_at = (SELECT min(failed_at) FROM failures f
                     WHERE f.source IS failures.source AND f.position IS failures.position
                     AND f.code = failures.code AND f.reason = failures.reason),
            failed_at = (SELECT max(failed_at) FROM failures f
                     WHERE f.source IS failures.source AND f.position IS failures.position
                     AND f.code = failures.code AND f.reason = failures.reason);
        DELETE FROM failures WHERE id NOT IN
            (SELECT min(id) FROM failures GROUP BY source, position, code, reason);
        CREATE UNIQUE INDEX failures_key
            ON failures(coalesce(source, ''), coalesce(position, -1), code, reason);
        CREATE INDEX articles_origin ON articles(origin);
        """,
    ),
]

_CREATED = re.compile(
    r"CREATE\s+(?:UNIQUE\s+)?(?:VIRTUAL\s+)?(TABLE|INDEX|TRIGGER)\s+(?:IF\s+NOT\s+EXISTS\s+)?(\w+)",
    re.IGNORECASE,
)
_MIGRATIONS_TABLE = (
    "CREATE TABLE IF NOT EXISTS migrations "
    "(id INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)"
)


def pending(conn: sqlite3.Connection) -> list[tuple[int, str, str]]:
    """The migrations this database lacks, by name (numbers only order them)."""
    has_table = conn.execute(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'migrations'"
    ).fetchone()
    done = {row[0] for row in conn.execute("SELECT name FROM migrations")} if has_table else set()
    return [m for m in MIGRATIONS if m[1] not in done]


def migrate(conn: sqlite3.Connection) -> list[str]:
    """Apply every migration the database lacks, all in one transaction; return their names.

    ``BEGIN IMMEDIATE`` takes the write lock before reading what is done, so a second
    process waits (busy timeout) and then finds the finished schema: nothing is applied
    twice, and a kill leaves either the old schema or the new one, never half of it.
    """
    if not pending(conn):
        return []
    conn.execute("BEGIN IMMEDIATE")
    try:
        conn.execute(_MIGRATIONS_TABLE)
        applied = []
        for _number, name, sql in pending(conn):
            _repair_half_created(conn, name, sql)
            for statement in _statements(sql):
                conn.execute(statement)
            conn.execute(
                "INSERT INTO migrations (name, applied_at) VALUES (?, ?)",
                (name, datetime.now(UTC).isoformat(timespec="seconds")),
            )
            applied.append(name)
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    conn.execute("COMMIT")
    return applied


def _repair_half_created(conn: sqlite3.Connection, name: str, sql: str) -> None:
    """Drop what an interrupted, unrecorded migration left (versions before 0.2 ran each
    statement on its own); refuse if those tables already hold rows."""
    existing = {
        row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE sql IS NOT NULL")
    }
    created = [(kind.upper(), obj) for kind, obj in _CREATED.findall(sql) if obj in existing]
    for kind, obj in created:
        if kind == "TABLE" and conn.execute(f'SELECT 1 FROM "{obj}" LIMIT 1').fetchone():
            raise sqlite3.DatabaseError(
                f"half-created schema: migration {name!r} is not recorded but table {obj!r} "
                "holds rows; move the file aside and ingest again into a new store"
            )
    for kind, obj in created:
        still_there = conn.execute("SELECT 1 FROM sqlite_master WHERE name = ?", (obj,)).fetchone()
        if still_there:  # dropping a table also drops its indexes and triggers
            conn.execute(f'DROP {kind} "{obj}"')


def _statements(sql: str) -> list[str]:
    """Split a script into statements, keeping trigger bodies whole."""
    statements, current = [], ""
    for line in sql.strip().splitlines():
        if line.strip().startswith("--"):
            continue
        current += line + "\n"
        if sqlite3.complete_statement(current):
            statements.append(current.strip())
            current = ""
    return statements
