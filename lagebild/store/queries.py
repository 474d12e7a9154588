"""Read queries over the store. Each returns plain rows (dicts) for the CLI, API and report."""

from __future__ import annotations

import json
import math
import re
import sqlite3
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import closing
from typing import TYPE_CHECKING, Any

from lagebild.errors import ArticleNotFoundError, QueryError
from lagebild.record import normalise_date

if TYPE_CHECKING:
    from lagebild.analysis import ArticleAnalysis


def _rows(cursor: sqlite3.Cursor) -> list[dict[str, Any]]:
    return [dict(r) for r in cursor.fetchall()]


def date_bounds(date_from: str | None, date_to: str | None) -> tuple[str, str]:
    """Inclusive bounds on ISO dates of any precision: --to 2022-03 includes 2022-03-31.

    Each bound must be an ISO date with its precision (2022, 2022-03, 2022-03-05);
    anything else is a QueryError naming the value, never a silent "everything".
    """
    lo = _check_date(date_from, "--from") or "0000"
    hi = _check_date(date_to, "--to") or "9999"
    if lo > hi:
        raise QueryError(f"--from {date_from} is after --to {date_to}")
    return lo, hi + "\uffff"


def _check_date(value: str | None, option: str) -> str | None:
    if value is None:
        return None
    try:
        date = normalise_date(value)
    except ValueError as e:
        raise QueryError(f"{option} {value!r}: {e}") from None
    if date is None or "T" in value or date != value.strip():
        raise QueryError(f"{option} {value!r}: want YYYY, YYYY-MM or YYYY-MM-DD")
    return date


# A search string longer than this, or with more terms, is refused: FTS5 cost grows with
# both, and no analyst's question needs more.
MAX_QUERY_CHARS = 500
MAX_QUERY_TERMS = 32
_FTS_SYNTAX = re.compile(r'["*()^]|\b(AND|OR|NOT|NEAR)\b|\b(title|text)\s*:|\{[\w\s]+\}\s*:')


def fts_query(text: str) -> str:
    """Plain words become an AND of quoted terms; FTS5 syntax is kept as written.

    FTS5 syntax means: "phrases", prefix*, AND/OR/NOT, NEAR(a b, 5), ^initial tokens,
    and column filters (title:Putin, text:Nato, {title text}:Gipfel).
    """
    if len(text) > MAX_QUERY_CHARS:
        raise QueryError(
            f"search string too long: {len(text):,} characters, at most {MAX_QUERY_CHARS}"
        )
    terms = [t for t in re.findall(r"\w+", text) if t not in ("AND", "OR", "NOT", "NEAR")]
    if len(terms) > MAX_QUERY_TERMS:
        raise QueryError(f"search string has {len(terms)} terms, at most {MAX_QUERY_TERMS}")
    if _FTS_SYNTAX.search(text):
        return text
    query = " ".join(f'"{w}"' for w in re.findall(r"[\w-]+", text) if w.strip("-"))
    if not query:
        raise QueryError(f"search string {text!r} has no words")
    return query


# Ranking (bm25) reads every hit of every matching article: seconds for a query of
# common words over 20,000 articles. Beyond this many matches the newest are shown
# instead, and ``count_matches`` lets the caller say so.
MAX_RANKED_MATCHES = 2_000


def count_matches(conn: sqlite3.Connection, query: str) -> int:
    try:
        return conn.execute(
            "SELECT count(*) FROM articles_fts WHERE articles_fts MATCH ?", (fts_query(query),)
        ).fetchone()[0]
    except sqlite3.OperationalError as e:
        raise QueryError(f"bad search query {query!r} ({e})") from None


def search(conn: sqlite3.Connection, query: str, limit: int = 20) -> list[dict[str, Any]]:
    """Best matches first (the newest first when there are too many to rank), each with a
    snippet of its text around the first hit."""
    match = fts_query(query)
    order = "rank" if count_matches(conn, query) <= MAX_RANKED_MATCHES else "rowid DESC"
    try:  # rowids first: sorting whole rows would carry every matching text through the sort
        pks = conn.execute(
            f"SELECT rowid FROM articles_fts WHERE articles_fts MATCH ? ORDER BY {order} LIMIT ?",
            (match, limit),
        ).fetchall()
    except sqlite3.OperationalError as e:
        raise QueryError(f"bad search query {query!r} ({e})") from None
    rows = [
        dict(conn.execute("SELECT id, date, title, text FROM articles WHERE pk = ?", pk).fetchone())
        for pk in pks
    ]
    for row in rows:
        row["snippet"] = snippet(match, row["title"], row.pop("text"))
    return rows


# FTS5's snippet() costs grow with the square of the hits in a text (22 s for one
# 200,000-character article and a 32-word query), so it runs on a window of the text
# around the first hit instead: the same highlighting at a bounded cost.
SNIPPET_WINDOW = 1_500
_FOLD = {"a": "aäàáâ", "o": "oöòóô", "u": "uüùúû", "e": "eéèê", "i": "iíìî", "c": "cç"}


def snippet(match: str, title: str | None, text: str) -> str:
    start = _first_hit(match, text)
    lo, hi = max(0, start - SNIPPET_WINDOW), start + SNIPPET_WINDOW
    with closing(sqlite3.connect(":memory:")) as mem:
        mem.execute(
            "CREATE VIRTUAL TABLE s USING fts5(title, text,"
            " tokenize='unicode61 remove_diacritics 2')"
        )
        mem.execute("INSERT INTO s (title, text) VALUES (?, ?)", (title, text[lo:hi]))
        row = mem.execute(
            "SELECT snippet(s, 1, '[', ']', '…', 12) FROM s WHERE s MATCH ?", (match,)
        ).fetchone()
    found = row[0] if row and "[" in row[0] else " ".join(text[lo:hi].split()[:12]) + " …"
    if lo > 0 and not found.startswith("…"):
        found = "…" + found
    return found


def _first_hit(match: str, text: str) -> int:
    """Where the first query word occurs (case and accents ignored, roughly as FTS5 does)."""
    words = [
        w
        for w in re.findall(r"\b\w+\b(?!\s*:)\*?", match)
        if w.rstrip("*") not in ("AND", "OR", "NOT", "NEAR")
    ]
    if not words:
        return 0
    patterns = []
    for word in words:
        body = "".join(
            f"[{_FOLD.get(c, c)}]" if c in _FOLD else re.escape(c) for c in word.rstrip("*").lower()
        )
        patterns.append(body + ("" if word.endswith("*") else r"\b"))
    m = re.search(r"\b(?:" + "|".join(patterns) + ")", text, re.IGNORECASE)
    return m.start() if m else 0


def list_articles(
    conn: sqlite3.Connection,
    limit: int = 50,
    date_from: str | None = None,
    date_to: str | None = None,
) -> list[dict[str, Any]]:
    lo, hi = date_bounds(date_from, date_to)
    return _rows(
        conn.execute(
            "SELECT a.id, a.date, a.title, a.source, a.words,"
            " (SELECT count(*) FROM quotes q WHERE q.article_pk = a.pk) AS quotes,"
            " (SELECT count(*) FROM events e WHERE e.article_pk = a.pk) AS events"
            " FROM articles a WHERE coalesce(a.date, '') BETWEEN ? AND ?"
            " ORDER BY a.date DESC, a.id LIMIT ?",
            (lo, hi, limit),
        )
    )


def get_article(conn: sqlite3.Connection, article_id: str) -> ArticleAnalysis:
    from lagebild.analysis import ArticleAnalysis

    row = conn.execute("SELECT text, analysis FROM articles WHERE id = ?", (article_id,)).fetchone()
    if row is None:
        raise ArticleNotFoundError(f"no article with id {article_id!r} in the store")
    data = json.loads(row["analysis"])
    data["text"] = row["text"]
    return ArticleAnalysis.model_validate(data)


def iter_articles(conn: sqlite3.Connection) -> Iterator[ArticleAnalysis]:
    from lagebild.analysis import ArticleAnalysis

    for row in conn.execute("SELECT text, analysis FROM articles ORDER BY date, id"):
        data = json.loads(row["analysis"])
        data["text"] = row["text"]
        yield ArticleAnalysis.model_validate(data)


def counts(conn: sqlite3.Connection) -> dict[str, int]:
    tables = ("articles", "failures", "actors", "mentions", "quotes", "events")
    return {t: conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in tables}


def articles_by_month(conn: sqlite3.Connection) -> list[dict[str, Any]]:
    return _rows(
        conn.execute(
            "SELECT coalesce(substr(date, 1, 7), 'undated') AS month, count(*) AS articles,"
            " sum(words) AS words FROM articles GROUP BY month ORDER BY month"
        )
    )


def top_sources(conn: sqlite3.Connection, limit: int = 10) -> list[dict[str, Any]]:
    return _rows(
        conn.execute(
            "SELECT coalesce(source, 'unknown') AS source, count(*) AS articles FROM articles"
            " GROUP BY source ORDER BY articles DESC, source LIMIT ?",
            (limit,),
        )
    )


def failures(
    conn: sqlite3.Connection, limit: int = 50, resolved: bool = False
) -> list[dict[str, Any]]:
    """Open failures and warnings, latest first; with ``resolved`` also the resolved ones."""
    return _rows(
        conn.execute(
            "SELECT source, position, level, code, reason, count AS times,"
            " first_failed_at AS first, failed_at AS last, resolved_at AS resolved"
            " FROM failures WHERE ? OR resolved_at IS NULL ORDER BY failed_at DESC, id DESC"
            " LIMIT ?",
            (resolved, limit),
        )
    )


# -- actors -----------------------------------------------------------------------------


def list_actors(
    conn: sqlite3.Connection, limit: int = 50, kind: str | None = None, code: str | None = None
) -> list[dict[str, Any]]:
    return _rows(
        conn.execute(
            "SELECT ac.id, ac.name, ac.kind, ac.code, ac.sector, ac.wikidata,"
            " count(aa.article_pk) AS articles, coalesce(sum(aa.mentions), 0) AS mentions"
            " FROM actors ac LEFT JOIN article_actors aa ON aa.actor_id = ac.id"
            " WHERE (? IS NULL OR ac.kind = ?) AND (? IS NULL OR ac.code = ?)"
            " GROUP BY ac.id, ac.name, ac.kind, ac.code, ac.sector, ac.wikidata"
            # the id breaks ties: actors built from the text share names (Beamter, Chef)
            " ORDER BY mentions DESC, ac.name, ac.id LIMIT ?",
            (kind, kind, code, code, limit),
        )
    )


def find_actor(conn: sqlite3.Connection, name: str) -> dict[str, Any] | None:
    """An actor by id, code, name, or a name seen in mentions (most mentioned first)."""
    row = conn.execute(
        "SELECT ac.* FROM actors ac WHERE ac.id = ? OR ac.code = ? AND ac.kind != 'person'"
        " OR lower(ac.name) = lower(?) LIMIT 1",
        (name, name.upper(), name),
    ).fetchone()
    if row is None:
        row = conn.execute(
            "SELECT ac.* FROM mentions m JOIN actors ac ON ac.id = m.actor_id"
            " WHERE m.text = ? OR ac.name LIKE ? GROUP BY ac.id, ac.name, ac.kind, ac.code,"
            " ac.sector, ac.wikidata, ac.in_kb, ac.roles, ac.as_of"
            " ORDER BY count(*) DESC, ac.id LIMIT 1",
            (name, f"%{name}%"),
        ).fetchone()
    return dict(row) if row else None


def actor_names(conn: sqlite3.Connection, actor_id: str, limit: int = 10) -> list[dict[str, Any]]:
    """The names an actor was mentioned by, most frequent first."""
    return _rows(
        conn.execute(
            "SELECT text AS name, count(*) AS mentions FROM mentions WHERE actor_id = ?"
            " GROUP BY text ORDER BY mentions DESC LIMIT ?",
            (actor_id, limit),
        )
    )


def actor_roles_by_date(conn: sqlite3.Connection, actor_id: str) -> list[dict[str, Any]]:
    """The codes and sectors an actor had in the articles, with first and last date."""
    return _rows(
        conn.execute(
            "SELECT aa.code, aa.sector, min(a.date) AS first, max(a.date) AS last,"
            " count(*) AS articles FROM article_actors aa JOIN articles a ON a.pk = aa.article_pk"
            " WHERE aa.actor_id = ? GROUP BY aa.code, aa.sector ORDER BY first",
            (actor_id,),
        )
    )


def actor_profile(conn: sqlite3.Connection, actor_id: str, limit: int = 10) -> dict[str, Any]:
    """Names seen, roles by date, partners, quotes and events of one actor."""
    names = actor_names(conn, actor_id, limit)
    roles_by_date = actor_roles_by_date(conn, actor_id)
    partners = _rows(
        conn.execute(
            "SELECT ac.id, ac.name, ac.code, count(*) AS articles FROM article_actors mine"
            " JOIN article_actors other ON other.article_pk = mine.article_pk"
            " AND other.actor_id != mine.actor_id JOIN actors ac ON ac.id = other.actor_id"
            " WHERE mine.actor_id = ? GROUP BY ac.id, ac.name, ac.code"
            " ORDER BY articles DESC, ac.id LIMIT ?",
            (actor_id, limit),
        )
    )
    return {
        "names": names,
        "roles_by_date": roles_by_date,
        "partners": partners,
        "quotes": search_quotes(conn, speaker=actor_id, limit=limit),
        "events": query_events(conn, actor=actor_id, limit=limit),
    }


# -- quotes -----------------------------------------------------------------------------


def search_quotes(
    conn: sqlite3.Connection,
    speaker: str | None = None,
    query: str | None = None,
    date_from: str | None = None,
    date_to: str | None = None,
    kind: str | None = None,
    limit: int = 50,
) -> list[dict[str, Any]]:
    """Quotes by speaker (actor id, code or any name the speaker was mentioned by) and text."""
    lo, hi = date_bounds(date_from, date_to)
    sql = (
        "SELECT q.id, a.id AS article, a.date, q.kind, q.speaker_text AS speaker,"
        " (SELECT group_concat(actor_id, ',') FROM quote_speakers s WHERE s.quote_id = q.id)"
        " AS speaker_actors, q.cue_text AS cue, q.text"
        " FROM quotes q JOIN articles a ON a.pk = q.article_pk"
        " WHERE coalesce(a.date, '') BETWEEN ? AND ? AND (? IS NULL OR q.kind = ?)"
    )
    params: list[Any] = [lo, hi, kind, kind]
    if speaker:
        sql += (
            " AND (q.speaker_text LIKE ? OR EXISTS (SELECT 1 FROM quote_speakers s"
            " JOIN actors ac ON ac.id = s.actor_id WHERE s.quote_id = q.id AND"
            " (ac.id = ? OR ac.code = ? AND ac.kind != 'person' OR ac.name LIKE ?"
            " OR EXISTS (SELECT 1 FROM mentions m WHERE m.actor_id = ac.id AND m.text = ?))))"
        )
        params += [f"%{speaker}%", speaker, speaker.upper(), f"%{speaker}%", speaker]
    if query:
        sql += " AND q.id IN (SELECT rowid FROM quotes_fts WHERE quotes_fts MATCH ?)"
        params.append(fts_query(query))
    sql += " ORDER BY a.date, a.id, q.start LIMIT ?"
    params.append(limit)
    try:
        return _rows(conn.execute(sql, params))
    except sqlite3.OperationalError as e:
        raise QueryError(f"bad quote query ({e})") from None


def top_speakers(conn: sqlite3.Connection, limit: int = 10) -> list[dict[str, Any]]:
    return _rows(
        conn.execute(
            "SELECT ac.id, ac.name, ac.code, count(*) AS quotes FROM quote_speakers s"
            " JOIN actors ac ON ac.id = s.actor_id GROUP BY ac.id, ac.name, ac.code"
            " ORDER BY quotes DESC, ac.id LIMIT ?",
            (limit,),
        )
    )


def quotes_by_kind(conn: sqlite3.Connection) -> list[dict[str, Any]]:
    return _rows(
        conn.execute(
            "SELECT kind, count(*) AS quotes FROM quotes GROUP BY kind ORDER BY quotes DESC, kind"
        )
    )


# -- events -----------------------------------------------------------------------------

# a total order that needs no store-specific key, so that either store answers alike
_EVENT_ORDER = "a.date, a.id, e.sentence_start, e.trigger_start, e.type, e.mode, e.modality"
_SIDE_MATCH = (
    " AND EXISTS (SELECT 1 FROM event_participants p LEFT JOIN actors ac ON ac.id = p.actor_id"
    " WHERE p.event_id = e.id AND p.role = ? AND (p.code = ? OR p.actor_id = ?"
    " OR ac.name LIKE ?))"
)


def query_events(
    conn: sqlite3.Connection,
    actor: str | None = None,
    recipient: str | None = None,
    type: str | None = None,
    date_from: str | None = None,
    date_to: str | None = None,
    modality: str | None = None,
    limit: int = 100,
    country: str | None = None,
    near: tuple[float, float, float] | None = None,
) -> list[dict[str, Any]]:
    """Events filtered by actor/recipient (code, actor id or name), type, date and modality,
    and by location: ``country`` (ISO3) or ``near`` = (lat, lon, radius in km)."""
    lo, hi = date_bounds(date_from, date_to)
    sql = (
        "SELECT e.id, a.id AS article, a.date, e.type, e.mode, e.modality, e.quad, e.score,"
        " e.location_name AS location, e.location_country, e.location_lat, e.location_lon,"
        " e.location_precision,"
        " e.confidence, e.trigger_text AS trigger, substr(a.text, e.sentence_start + 1,"
        " e.sentence_end - e.sentence_start) AS sentence FROM events e"
        " JOIN articles a ON a.pk = e.article_pk"
        " WHERE coalesce(a.date, '') BETWEEN ? AND ?"
        " AND (? IS NULL OR e.type = ?) AND (? IS NULL OR e.modality = ?)"
    )
    params: list[Any] = [lo, hi, type, type, modality, modality]
    for role, value in (("actor", actor), ("recipient", recipient)):
        if value:
            sql += _SIDE_MATCH
            params += [role, value.upper(), value, f"%{value}%"]
    if country:
        sql += " AND e.location_country = ?"
        params.append(country.upper())
    if near:
        sql += _NEAR_BOX
        params += _bounding_box(*near)
    sql += f" ORDER BY {_EVENT_ORDER}"
    if near:  # the box is coarse: keep what lies within the radius, then limit
        rows = [r for r in _rows(conn.execute(sql, params)) if _within(r, *near)][:limit]
    else:
        rows = _rows(conn.execute(sql + " LIMIT ?", [*params, limit]))
    by_event = participants_of(conn, [r["id"] for r in rows])
    for row in rows:
        row.update(by_event[row["id"]])
    return rows


_NEAR_BOX = " AND e.location_lat BETWEEN ? AND ? AND e.location_lon BETWEEN ? AND ?"


def _bounding_box(lat: float, lon: float, radius_km: float) -> list[float]:
    """A lat/lon box around the circle (wider than the circle; the poles and the date line
    only widen it)."""
    dlat = radius_km / 111.2
    dlon = radius_km / max(111.2 * math.cos(math.radians(lat)), 1e-6)
    if lon - dlon < -180 or lon + dlon > 180:
        return [lat - dlat, lat + dlat, -180.0, 180.0]
    return [lat - dlat, lat + dlat, lon - dlon, lon + dlon]


def _within(row: dict[str, Any], lat: float, lon: float, radius_km: float) -> bool:
    from lagebild.geo.gazetteer import distance_km

    return distance_km(row["location_lat"], row["location_lon"], lat, lon) <= radius_km


PARTICIPANTS_PER_QUERY = 500  # event ids in one IN (…): far below SQLite's variable limit


def participants_of(
    conn: sqlite3.Connection, ids: list[int], names: bool = False
) -> dict[int, dict[str, list[dict[str, Any]]]]:
    """Each event's ``actor`` and ``recipient`` lists (code, sector, text, actor_id, and the
    actor's ``name`` with ``names``), in one query per 500 events: on the Parquet store every
    query is a scan, so one per event would be one scan per row."""
    by_event: dict[int, dict[str, list[dict[str, Any]]]] = {
        i: {"actor": [], "recipient": []} for i in ids
    }
    name = ", ac.name" if names else ""
    join = " LEFT JOIN actors ac ON ac.id = p.actor_id" if names else ""
    for start in range(0, len(ids), PARTICIPANTS_PER_QUERY):
        chunk = ids[start : start + PARTICIPANTS_PER_QUERY]
        for p in conn.execute(
            f"SELECT p.event_id, p.role, p.code, p.sector, p.text, p.actor_id{name}"
            f" FROM event_participants p{join} WHERE p.event_id IN {_in(chunk)}"
            " ORDER BY p.event_id, p.role, p.position",
            chunk,
        ):
            part = dict(p)
            by_event[part.pop("event_id")][part["role"]].append(part)
    return by_event


DYAD_TIMELINE = (
    "SELECT coalesce(substr(a.date, 1, 7), 'undated') AS month, count(*) AS events,"
    " round(avg(e.score), 2) AS mean_score FROM events e JOIN articles a ON a.pk = e.article_pk"
    " JOIN event_participants s ON s.event_id = e.id AND s.role = 'actor' AND s.code = ?"
    " JOIN event_participants r ON r.event_id = e.id AND r.role = 'recipient' AND r.code = ?"
    " GROUP BY month ORDER BY month"
)


def dyad_timeline(conn: sqlite3.Connection, actor: str, recipient: str) -> list[dict[str, Any]]:
    """Events of ``actor`` towards ``recipient`` (codes) by month, with the mean score."""
    return _rows(conn.execute(DYAD_TIMELINE, (actor.upper(), recipient.upper())))


def events_by_month_and_quad(conn: sqlite3.Connection) -> list[dict[str, Any]]:
    return _rows(
        conn.execute(
            "SELECT coalesce(substr(a.date, 1, 7), 'undated') AS month, e.quad, count(*) AS events"
            " FROM events e JOIN articles a ON a.pk = e.article_pk"
            " GROUP BY month, e.quad ORDER BY month, e.quad"
        )
    )


def top_dyads(conn: sqlite3.Connection, limit: int = 10) -> list[dict[str, Any]]:
    return _rows(
        conn.execute(
            "SELECT s.code AS actor, r.code AS recipient, count(DISTINCT e.id) AS events,"
            " round(avg(e.score), 2) AS mean_score FROM events e"
            " JOIN event_participants s ON s.event_id = e.id AND s.role = 'actor'"
            " JOIN event_participants r ON r.event_id = e.id AND r.role = 'recipient'"
            " WHERE s.code IS NOT NULL AND r.code IS NOT NULL AND s.code != r.code"
            " GROUP BY s.code, r.code ORDER BY events DESC, s.code, r.code LIMIT ?",
            (limit,),
        )
    )


def cooperation_conflict_balance(conn: sqlite3.Connection) -> dict[str, Any]:
    row = conn.execute(
        "SELECT sum(quad LIKE '%cooperation') AS cooperation, sum(quad LIKE '%conflict')"
        " AS conflict, round(avg(score), 2) AS mean_score FROM events"
        " WHERE modality IN ('asserted', 'historical', 'future')"
    ).fetchone()
    coop, conflict = row["cooperation"] or 0, row["conflict"] or 0
    total = coop + conflict
    return {
        "cooperation": coop,
        "conflict": conflict,
        "balance": round((coop - conflict) / total, 3) if total else None,
        "mean_score": row["mean_score"],
    }


def iter_event_rows(conn: sqlite3.Connection) -> Iterator[dict[str, Any]]:
    """Events one row per actor × recipient pair (GDELT style), with source and evidence."""
    events = conn.execute(
        "SELECT e.*, a.id AS article, a.date, a.title, a.source, a.url, a.text AS article_text"
        f" FROM events e JOIN articles a ON a.pk = e.article_pk ORDER BY {_EVENT_ORDER}"
    )
    for chunk in _batches(events, PARTICIPANTS_PER_QUERY):
        by_event = participants_of(conn, [e["id"] for e in chunk])
        for e in chunk:
            yield from _event_rows(e, by_event[e["id"]])


def _batches(rows: Iterable[Any], size: int) -> Iterator[list[Any]]:
    batch: list[Any] = []
    for row in rows:
        batch.append(row)
        if len(batch) == size:
            yield batch
            batch = []
    if batch:
        yield batch


def _event_rows(e: Any, sides: dict[str, list[dict[str, Any]]]) -> Iterator[dict[str, Any]]:
    """One row per actor × recipient pair of one event."""
    recipients: list[dict[str, Any] | None] = [*sides["recipient"]] or [None]
    evidence = json.loads(e["evidence"]) or [
        {"start": e["sentence_start"], "end": e["sentence_end"]}
    ]
    text = " | ".join(e["article_text"][s["start"] : s["end"]] for s in evidence)
    actors: list[dict[str, Any] | None] = [*sides["actor"]] or [None]
    for actor in actors:
        for recipient in recipients:
            yield {
                "event_id": e["id"],
                "date": e["date"],
                "actor_code": actor and actor["code"],
                "actor_sector": actor and actor["sector"],
                "actor_name": actor and actor["text"],
                "actor_id": actor and actor["actor_id"],
                "recipient_code": recipient and recipient["code"],
                "recipient_sector": recipient and recipient["sector"],
                "recipient_name": recipient and recipient["text"],
                "recipient_id": recipient and recipient["actor_id"],
                "type": e["type"],
                "mode": e["mode"],
                "modality": e["modality"],
                "quad": e["quad"],
                "score": e["score"],
                "confidence": e["confidence"],
                "trigger": e["trigger_text"],
                # GDELT's ActionGeo_*: full name, country, ADM1, lat/long, feature id, type
                "location_text": e["location_text"],
                "location_name": e["location_name"],
                "location_country": e["location_country"],
                "location_admin1": e["location_admin1"],
                "location_lat": e["location_lat"],
                "location_lon": e["location_lon"],
                "location_geonames_id": e["location_geonames_id"],
                "location_precision": e["location_precision"],
                "article": e["article"],
                "title": e["title"],
                "source": e["source"],
                "url": e["url"],
                "evidence": text,
            }


# -- paginated reads for the web app and REST API ----------------------------------------
# Every filter is a bound parameter; sort columns come from a fixed whitelist.

EVENT_SORTS = {
    "date": "a.date",
    "type": "e.type",
    "quad": "e.quad",
    "score": "e.score",
    "confidence": "e.confidence",
    "article": "a.id",
}
QUADS = ("verbal_cooperation", "material_cooperation", "verbal_conflict", "material_conflict")


def actor_ids(conn: sqlite3.Connection, value: str, limit: int = 500) -> list[str]:
    """Actors a filter value can mean: an id, a code (not of a person) or part of a name."""
    return [
        r[0]
        for r in conn.execute(
            "SELECT id FROM actors WHERE id = ? OR (code = ? AND kind != 'person')"
            " OR name LIKE ? ESCAPE '\\' LIMIT ?",
            (value, value.upper(), f"%{_like(value)}%", limit),
        )
    ]


def _like(value: str) -> str:
    return value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def _in(ids: Sequence[object]) -> str:
    return "(" + ",".join("?" * len(ids)) + ")" if ids else "(NULL)"


def _dates(date_from: str | None, date_to: str | None) -> tuple[list[str], list[Any]]:
    """A date condition only when asked for, written so the index on articles(date) serves it
    (undated articles then drop out)."""
    if not (date_from or date_to):
        return [], []
    lo, hi = date_bounds(date_from, date_to)
    return ["a.date BETWEEN ? AND ?"], [lo, hi]


def search_articles(
    conn: sqlite3.Connection,
    query: str | None = None,
    date_from: str | None = None,
    date_to: str | None = None,
    actor: str | None = None,
    speaker: str | None = None,
    type: str | None = None,
    limit: int = 20,
    offset: int = 0,
) -> tuple[list[dict[str, Any]], int]:
    """Articles by full text, date range, actor mentioned, speaker quoted and event type.

    `actor` and `speaker` are an actor id, a code or part of a resolved actor's name.
    Returns one page of rows and the number of all matching articles.
    """
    where, params = _dates(date_from, date_to)
    if actor:
        ids = actor_ids(conn, actor)
        where.append(
            f"a.pk IN (SELECT article_pk FROM article_actors WHERE actor_id IN {_in(ids)})"
        )
        params += ids
    if speaker:
        ids = actor_ids(conn, speaker)
        where.append(
            "a.pk IN (SELECT q.article_pk FROM quotes q WHERE q.id IN"
            f" (SELECT quote_id FROM quote_speakers WHERE actor_id IN {_in(ids)}))"
        )
        params += ids
    if type:
        where.append("a.pk IN (SELECT article_pk FROM events WHERE type = ?)")
        params.append(type.upper())
    source = "articles a"
    snippet, order = "NULL", "a.date DESC, a.pk DESC"
    if query:
        source = "articles_fts JOIN articles a ON a.pk = articles_fts.rowid"
        where.insert(0, "articles_fts MATCH ?")
        params.insert(0, fts_query(query))
        snippet, order = "snippet(articles_fts, 1, '\x02', '\x03', '…', 16)", "rank"
    clause = (" WHERE " + " AND ".join(where)) if where else ""
    total = conn.execute(f"SELECT count(*) FROM {source}{clause}", params).fetchone()[0]
    rows = _rows(
        conn.execute(
            f"SELECT a.id, a.date, a.title, a.source, a.words, {snippet} AS snippet,"
            " (SELECT count(*) FROM quotes q WHERE q.article_pk = a.pk) AS quotes,"
            " (SELECT count(*) FROM events e WHERE e.article_pk = a.pk) AS events"
            f" FROM {source}{clause} ORDER BY {order} LIMIT ? OFFSET ?",
            [*params, limit, offset],
        )
    )
    return rows, total


def _event_filters(
    conn: sqlite3.Connection,
    actor: str | None,
    recipient: str | None,
    type: str | None,
    modality: str | None,
    quad: str | None,
    date_from: str | None,
    date_to: str | None,
    exact: bool = False,
    country: str | None = None,
    near: tuple[float, float, float] | None = None,
) -> tuple[list[str], list[Any]]:
    """Conditions on events `e` (and `a`, its article, when dates are asked for).

    A side matches by code, or by any actor `actor_ids` finds; with `exact`, by actor id only.
    `country` (ISO3) and `near` = (lat, lon, radius in km) filter by the event's location.
    """
    where, params = _dates(date_from, date_to)
    where += _place_filters(conn, country, near)
    params += _place_params(country, near)
    for column, value in (("e.type", type and type.upper()), ("e.modality", modality),
                          ("e.quad", quad)):  # fmt: skip
        if value:
            where.append(f"{column} = ?")
            params.append(value)
    for role, value in (("actor", actor), ("recipient", recipient)):
        if not value:
            continue
        if exact:
            where.append(
                "e.id IN (SELECT event_id FROM event_participants WHERE actor_id = ? AND role = ?)"
            )
            params += [value, role]
            continue
        ids = actor_ids(conn, value)
        where.append(
            "e.id IN (SELECT event_id FROM event_participants WHERE role = ? AND code = ?"
            f" UNION SELECT event_id FROM event_participants WHERE actor_id IN {_in(ids)}"
            " AND role = ?)"
        )
        params += [role, value.upper(), *ids, role]
    return where, params


def _place_filters(
    conn: sqlite3.Connection, country: str | None, near: tuple[float, float, float] | None
) -> list[str]:
    where = ["e.location_country = ?"] if country else []
    if near:
        # the box lets SQLite skip most rows cheaply; the distance is the exact test
        conn.create_function("lagebild_within", 2, _within_circle(*near), deterministic=True)
        where.append(_NEAR_BOX.removeprefix(" AND "))
        where.append("lagebild_within(e.location_lat, e.location_lon)")
    return where


def _place_params(country: str | None, near: tuple[float, float, float] | None) -> list[Any]:
    params: list[Any] = [country.upper()] if country else []
    if near:
        params += _bounding_box(*near)
    return params


def _within_circle(lat: float, lon: float, radius_km: float) -> Callable[[Any, Any], int]:
    """An SQL function: 1 when (lat, lon) lies within the circle (haversine, as distance_km).

    The centre's terms are computed once: a near= query may test tens of thousands of rows.
    """
    from lagebild.geo.gazetteer import EARTH_RADIUS_KM

    p2, l2, cos2 = math.radians(lat), math.radians(lon), math.cos(math.radians(lat))
    limit = math.sin(min(radius_km / (2 * EARTH_RADIUS_KM), math.pi / 2)) ** 2

    def within(lat1: Any, lon1: Any) -> int:
        if lat1 is None or lon1 is None:
            return 0
        p1 = math.radians(lat1)
        a = (
            math.sin((p2 - p1) / 2) ** 2
            + math.cos(p1) * cos2 * math.sin((l2 - math.radians(lon1)) / 2) ** 2
        )
        return int(min(1.0, a) <= limit)

    return within


def events_page(
    conn: sqlite3.Connection,
    actor: str | None = None,
    recipient: str | None = None,
    type: str | None = None,
    modality: str | None = None,
    quad: str | None = None,
    date_from: str | None = None,
    date_to: str | None = None,
    sort: str = "date",
    descending: bool = False,
    limit: int = 50,
    offset: int = 0,
    exact: bool = False,
    country: str | None = None,
    near: tuple[float, float, float] | None = None,
) -> tuple[list[dict[str, Any]], int]:
    """One page of events with participants and evidence, and the number of all matches."""
    where, params = _event_filters(
        conn, actor, recipient, type, modality, quad, date_from, date_to, exact, country, near
    )
    clause = (" WHERE " + " AND ".join(where)) if where else ""
    # the article is joined for counting only when its date is filtered on
    counted = "events e" + (
        " JOIN articles a ON a.pk = e.article_pk" if date_from or date_to else ""
    )
    total = conn.execute(f"SELECT count(*) FROM {counted}{clause}", params).fetchone()[0]
    direction = "DESC" if descending else "ASC"
    column = EVENT_SORTS.get(sort, "a.date")
    order = f"{column} {direction}, a.pk {direction}, e.id {direction}"
    rows = _rows(
        conn.execute(
            "SELECT e.id, a.id AS article, a.title, a.date, e.type, e.mode, e.modality, e.quad,"
            " e.score, e.confidence, e.trigger_text AS trigger, e.trigger_start,"
            " e.location_name AS location, e.location_country,"
            " substr(a.text, e.sentence_start + 1, e.sentence_end - e.sentence_start)"
            f" AS evidence FROM events e JOIN articles a ON a.pk = e.article_pk{clause}"
            f" ORDER BY {order} LIMIT ? OFFSET ?",
            [*params, limit, offset],
        )
    )
    attach_participants(conn, rows)
    return rows, total


def attach_participants(conn: sqlite3.Connection, rows: list[dict[str, Any]]) -> None:
    """Add `actor` and `recipient` lists (code, sector, text, actor_id, name) to event rows."""
    by_event = participants_of(conn, [r["id"] for r in rows], names=True)
    for row in rows:
        row.update(by_event[row["id"]])


def actor_events_by_month(conn: sqlite3.Connection, actor_id: str) -> list[dict[str, Any]]:
    """Events the actor takes part in (either side), by month and quad class."""
    return _rows(
        conn.execute(
            "SELECT coalesce(substr(a.date, 1, 7), 'undated') AS month, e.quad,"
            " count(DISTINCT e.id) AS events FROM event_participants p"
            " JOIN events e ON e.id = p.event_id JOIN articles a ON a.pk = e.article_pk"
            " WHERE p.actor_id = ? GROUP BY month, e.quad ORDER BY month, e.quad",
            (actor_id,),
        )
    )


def actor_counterparts(
    conn: sqlite3.Connection, actor_id: str, limit: int = 15
) -> list[dict[str, Any]]:
    """The actors most often on the other side of this actor's events, with the balance."""
    return _rows(
        conn.execute(
            "SELECT other.actor_id AS id, ac.name, ac.code, ac.kind,"
            " sum(me.role = 'actor') AS outgoing, sum(me.role = 'recipient') AS incoming,"
            " sum(e.quad LIKE '%cooperation') AS cooperation,"
            " sum(e.quad LIKE '%conflict') AS conflict, count(DISTINCT e.id) AS events"
            " FROM event_participants me JOIN event_participants other"
            " ON other.event_id = me.event_id AND other.role != me.role"
            " JOIN events e ON e.id = me.event_id JOIN actors ac ON ac.id = other.actor_id"
            " WHERE me.actor_id = ? AND other.actor_id != me.actor_id"
            " GROUP BY other.actor_id ORDER BY events DESC, ac.name LIMIT ?",
            (actor_id, limit),
        )
    )


def dyad_events(
    conn: sqlite3.Connection, source: str, target: str, limit: int = 100
) -> list[dict[str, Any]]:
    """Events in which actor `source` acts on actor `target`, newest first, with evidence."""
    rows = _rows(
        conn.execute(
            "SELECT e.id, a.id AS article, a.title, a.date, e.type, e.mode, e.modality, e.quad,"
            " e.score, e.confidence, e.trigger_text AS trigger, e.evidence AS spans,"
            " e.sentence_start, e.sentence_end, a.text AS article_text FROM events e"
            " JOIN articles a ON a.pk = e.article_pk"
            " WHERE e.id IN (SELECT event_id FROM event_participants"
            " WHERE actor_id = ? AND role = 'actor')"
            " AND e.id IN (SELECT event_id FROM event_participants"
            " WHERE actor_id = ? AND role = 'recipient')"
            " ORDER BY a.date DESC, a.pk DESC, e.id DESC LIMIT ?",
            (source, target, limit),
        )
    )
    for row in rows:
        text = row.pop("article_text")
        spans = json.loads(row.pop("spans")) or [
            {"start": row["sentence_start"], "end": row["sentence_end"]}
        ]
        row["evidence"] = [text[s["start"] : s["end"]] for s in spans]
        del row["sentence_start"], row["sentence_end"]
    attach_participants(conn, rows)
    return rows


def dyad_points(conn: sqlite3.Connection, source: str, target: str) -> list[dict[str, Any]]:
    """Date, type, quad and score of every event from `source` to `target` (for a chart)."""
    return _rows(
        conn.execute(
            "SELECT a.date, e.type, e.quad, e.score FROM events e"
            " JOIN articles a ON a.pk = e.article_pk"
            " WHERE e.id IN (SELECT event_id FROM event_participants"
            " WHERE actor_id = ? AND role = 'actor')"
            " AND e.id IN (SELECT event_id FROM event_participants"
            " WHERE actor_id = ? AND role = 'recipient') ORDER BY a.date, a.pk, e.id",
            (source, target),
        )
    )


def event_network(
    conn: sqlite3.Connection,
    date_from: str | None = None,
    date_to: str | None = None,
    limit: int = 60,
) -> dict[str, list[dict[str, Any]]]:
    """Actor → recipient edges weighted by events and split by quad class; the top edges only.

    Only actors the store describes are drawn (a participant may carry an id with no row).
    """
    where, params = _dates(date_from, date_to)
    # CROSS JOIN fixes the loop order: events (by date when asked), then their two sides
    # through the (event_id, role, actor_id) index; actors are checked once per edge.
    source = "articles a CROSS JOIN events e ON e.article_pk = a.pk" if where else "events e"
    sums = ", ".join(f"sum(e.quad = '{q}') AS {q}" for q in QUADS)
    edges = _rows(
        conn.execute(
            "SELECT g.* FROM (SELECT s.actor_id AS source, r.actor_id AS target,"
            f" count(DISTINCT e.id) AS events, {sums}, round(avg(e.score), 2) AS mean_score"
            f" FROM {source} CROSS JOIN event_participants s"
            " ON s.event_id = e.id AND s.role = 'actor' CROSS JOIN event_participants r"
            " ON r.event_id = e.id AND r.role = 'recipient' WHERE s.actor_id != r.actor_id"
            + "".join(f" AND {w}" for w in where)
            + " GROUP BY s.actor_id, r.actor_id) g JOIN actors sa ON sa.id = g.source"
            " JOIN actors ra ON ra.id = g.target ORDER BY g.events DESC, g.source, g.target"
            " LIMIT ?",
            [*params, limit],
        )
    )
    ids = sorted({e["source"] for e in edges} | {e["target"] for e in edges})
    nodes = _rows(
        conn.execute(
            f"SELECT id, name, kind, code FROM actors WHERE id IN {_in(ids)} ORDER BY id", ids
        )
    )
    return {"nodes": nodes, "edges": edges}


def failures_page(
    conn: sqlite3.Connection, limit: int = 50, offset: int = 0, resolved: bool = False
) -> tuple[list[dict[str, Any]], int]:
    """One page of what `failures` lists (open ones; with ``resolved`` also the resolved)."""
    where = " WHERE ? OR resolved_at IS NULL"
    total = conn.execute(f"SELECT count(*) FROM failures{where}", (resolved,)).fetchone()[0]
    rows = _rows(
        conn.execute(
            "SELECT id, source, position, level, code, reason, count AS times,"
            " first_failed_at AS first, failed_at AS last, resolved_at AS resolved"
            f" FROM failures{where} ORDER BY failed_at DESC, id DESC LIMIT ? OFFSET ?",
            (resolved, limit, offset),
        )
    )
    return rows, total


def actors_page(
    conn: sqlite3.Connection,
    name: str | None = None,
    kind: str | None = None,
    code: str | None = None,
    limit: int = 50,
    offset: int = 0,
) -> tuple[list[dict[str, Any]], int]:
    """Actors by part of their name, kind and code, most mentioned first."""
    where = (
        " WHERE (? IS NULL OR ac.name LIKE ? ESCAPE '\\' OR ac.id = ?)"
        " AND (? IS NULL OR ac.kind = ?) AND (? IS NULL OR ac.code = ?)"
    )
    pattern = f"%{_like(name)}%" if name else None
    code = code.upper() if code else None
    params = [name, pattern, name, kind, kind, code, code]
    total = conn.execute(f"SELECT count(*) FROM actors ac{where}", params).fetchone()[0]
    rows = _rows(
        conn.execute(
            "SELECT ac.id, ac.name, ac.kind, ac.code, ac.sector, ac.wikidata,"
            " coalesce(n.articles, 0) AS articles, coalesce(n.mentions, 0) AS mentions"
            " FROM actors ac LEFT JOIN (SELECT actor_id, count(*) AS articles,"
            " sum(mentions) AS mentions FROM article_actors GROUP BY actor_id) n"
            f" ON n.actor_id = ac.id{where} ORDER BY mentions DESC, ac.name LIMIT ? OFFSET ?",
            [*params, limit, offset],
        )
    )
    return rows, total


def actor_summary(conn: sqlite3.Connection, actor_id: str, limit: int = 15) -> dict[str, Any]:
    """Names seen, code and sector by date, and the latest quotes of one actor, matched by its
    id only (an index on each table serves every part)."""
    names = actor_names(conn, actor_id, limit)
    roles_by_date = actor_roles_by_date(conn, actor_id)
    quotes = _rows(
        conn.execute(
            "SELECT q.id, a.id AS article, a.date, q.kind, q.speaker_text AS speaker,"
            " q.cue_text AS cue, q.text FROM quotes q JOIN articles a ON a.pk = q.article_pk"
            " WHERE q.id IN (SELECT quote_id FROM quote_speakers WHERE actor_id = ?)"
            " ORDER BY a.date DESC, a.pk DESC, q.start LIMIT ?",
            (actor_id, limit),
        )
    )
    return {"names": names, "roles_by_date": roles_by_date, "quotes": quotes}


def quotes_page(
    conn: sqlite3.Connection,
    speaker: str | None = None,
    query: str | None = None,
    kind: str | None = None,
    date_from: str | None = None,
    date_to: str | None = None,
    limit: int = 50,
    offset: int = 0,
) -> tuple[list[dict[str, Any]], int]:
    """Quotes by resolved speaker (an actor id, a code or part of a name), words, kind and date."""
    where, params = _dates(date_from, date_to)
    where.append("(? IS NULL OR q.kind = ?)")
    params += [kind, kind]
    if speaker:
        ids = actor_ids(conn, speaker)
        where.append(f"q.id IN (SELECT quote_id FROM quote_speakers WHERE actor_id IN {_in(ids)})")
        params += ids
    if query:
        where.append("q.id IN (SELECT rowid FROM quotes_fts WHERE quotes_fts MATCH ?)")
        params.append(fts_query(query))
    clause = " FROM quotes q JOIN articles a ON a.pk = q.article_pk WHERE " + " AND ".join(where)
    total = conn.execute("SELECT count(*)" + clause, params).fetchone()[0]
    rows = _rows(
        conn.execute(
            "SELECT q.id, a.id AS article, a.date, q.kind, q.speaker_text AS speaker,"
            " (SELECT group_concat(actor_id, ',') FROM quote_speakers s WHERE s.quote_id = q.id)"
            " AS speaker_actors, q.cue_text AS cue, q.text"
            + clause
            + " ORDER BY a.date DESC, a.pk DESC, q.start LIMIT ? OFFSET ?",
            [*params, limit, offset],
        )
    )
    return rows, total
