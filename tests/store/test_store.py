"""The store against real SQLite files in temporary folders (no mocks)."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from lagebild.analysis import (
    Actor,
    ArticleAnalysis,
    ArticleMeta,
    CharSpan,
    Event,
    EventParticipant,
    Mention,
    Quote,
    Sentence,
    SpeakerRef,
)
from lagebild.errors import ArticleNotFoundError, ReadError, StoreError
from lagebild.record import Record
from lagebild.store import MIGRATIONS, Store, queries

TEXT = (
    "Moskau (dpa) - Russland fordert von der Nato ein Ende der Osterweiterung. "
    "«Wir warten», sagte Putin."
)


def make_analysis(record: Record) -> ArticleAnalysis:
    text = record.text
    rus = text.index("Russland")
    nato = text.index("Nato")
    putin = text.index("Putin")
    fordert = text.index("fordert")
    quote_start = text.index("«")
    return ArticleAnalysis.from_meta(
        ArticleMeta.from_record(record),
        text=text,
        sentences=[Sentence(start=0, end=len(text))],
        mentions=[
            Mention(start=rus, end=rus + 8, text="Russland", kind="name", actors=["RUS"]),
            Mention(start=nato, end=nato + 4, text="Nato", kind="name", actors=["NATO"]),
            Mention(start=putin, end=putin + 5, text="Putin", kind="name", actors=["Q7747"]),
        ],
        actors={
            "RUS": Actor(name="Russland", kind="state", code="RUS", sector="GOV"),
            "NATO": Actor(name="Nato", kind="organisation", code="NATO", sector="IGO"),
            "Q7747": Actor(
                name="Wladimir Putin", kind="person", code="RUS", sector="GOV", wikidata="Q7747"
            ),
        },
        quotes=[
            Quote(
                start=quote_start,
                end=quote_start + 12,
                text=text[quote_start : quote_start + 12],
                kind="direct",
                speaker=SpeakerRef(
                    start=putin, end=putin + 5, text="Putin", actor="Q7747", actors=["Q7747"]
                ),
                cue=CharSpan(start=putin - 6, end=putin - 1, text="sagte"),
            )
        ],
        events=[
            Event(
                type="REQUEST",
                mode="change",
                actor=[EventParticipant(code="RUS", sector="GOV", text="Russland", actor="RUS")],
                recipient=[EventParticipant(code="NATO", sector="IGO", text="Nato", actor="NATO")],
                quad="verbal_conflict",
                score=-3.0,
                trigger=CharSpan(start=fordert, end=fordert + 7, text="fordert"),
                sentence=Sentence(start=15, end=74),
                confidence=0.9,
            )
        ],
    )


def record(id="a1", text=TEXT, date="2022-02-04", title="Russland und die Nato"):
    return Record(text=text, id=id, title=title, date=date, origin="a1.txt")


def save(store: Store, rec: Record) -> str:
    with store.transaction():
        return store.save(make_analysis(rec))


@pytest.fixture
def store(tmp_path):
    with Store(tmp_path / "test.db") as s:
        yield s


def test_migrations_are_recorded_by_name_and_not_rerun(tmp_path):
    path = tmp_path / "m.db"
    Store(path).close()
    with Store(path) as again:
        rows = again.conn.execute("SELECT id, name FROM migrations ORDER BY id").fetchall()
    assert [tuple(r) for r in rows] == [(n, name) for n, name, _ in MIGRATIONS]


def test_database_uses_wal(store):
    assert store.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_same_article_twice_adds_nothing(store):
    assert save(store, record()) == "new"
    assert save(store, record()) == "unchanged"
    assert save(store, record(id="copy-under-other-name")) == "unchanged"
    assert queries.counts(store.conn)["articles"] == 1


def test_changed_article_replaces_its_old_analysis(store):
    save(store, record())
    changed = record(text=TEXT.replace("Putin", "Putin erneut"))
    assert save(store, changed) == "replaced"
    counts = queries.counts(store.conn)
    assert counts["articles"] == 1 and counts["quotes"] == 1 and counts["events"] == 1
    assert "erneut" in queries.get_article(store.conn, "a1").text


def test_crash_mid_batch_leaves_no_half_written_article(tmp_path):
    path = tmp_path / "crash.db"
    with Store(path) as store:
        save(store, record(id="committed"))
        with pytest.raises(RuntimeError), store.transaction():
            store.save(make_analysis(record(id="half", text=TEXT + " Mehr.")))
            raise RuntimeError("killed")
    with Store(path) as reopened:
        ids = [r["id"] for r in queries.list_articles(reopened.conn)]
        assert ids == ["committed"]
        assert queries.counts(reopened.conn)["events"] == 1


def test_fulltext_search_is_german_friendly(store):
    save(store, record())
    assert [r["id"] for r in queries.search(store.conn, "Osterweiterung")] == ["a1"]
    assert queries.search(store.conn, "osterweit*")
    assert queries.search(store.conn, "Russland Nato")
    assert not queries.search(store.conn, "Frankreich")


def test_bad_search_query_is_a_store_error(store):
    with pytest.raises(StoreError):
        queries.search(store.conn, 'NEAR("unbalanced')


def test_failures_are_recorded_with_file_position_and_reason(store):
    with store.transaction():
        store.record_failure(ReadError("not valid JSON", source="feed.jsonl", position=7))
    (row,) = queries.failures(store.conn)
    assert (row["source"], row["position"], row["code"]) == (
        str(Path("feed.jsonl").absolute()),
        7,
        "E001",
    )


def test_quotes_are_found_by_speaker_name_and_words(store):
    save(store, record())
    assert len(queries.search_quotes(store.conn, speaker="Putin", query="warten")) == 1
    assert len(queries.search_quotes(store.conn, speaker="Q7747", date_from="2022-01")) == 1
    assert queries.search_quotes(store.conn, speaker="Putin", date_from="2022-03") == []


def test_events_are_filtered_by_dyad_type_and_month(store):
    save(store, record())
    rows = queries.query_events(
        store.conn,
        actor="RUS",
        recipient="NATO",
        type="REQUEST",
        date_from="2022-01",
        date_to="2022-02",
    )
    assert len(rows) == 1 and rows[0]["actor"][0]["code"] == "RUS"
    assert queries.query_events(store.conn, actor="NATO") == []


def test_actor_profile_has_names_partners_quotes_and_events(store):
    save(store, record())
    actor = queries.find_actor(store.conn, "Putin")
    assert actor["id"] == "Q7747"
    profile = queries.actor_profile(store.conn, "Q7747")
    assert profile["names"][0]["name"] == "Putin"
    assert {p["id"] for p in profile["partners"]} == {"RUS", "NATO"}
    assert len(profile["quotes"]) == 1


def test_event_rows_are_one_per_actor_recipient_pair(store):
    rec = record()
    analysis = make_analysis(rec)
    analysis.events[0].actor.append(EventParticipant(code="CHN", sector="GOV", text="China"))
    with store.transaction():
        store.save(analysis)
    rows = list(queries.iter_event_rows(store.conn))
    assert [(r["actor_code"], r["recipient_code"]) for r in rows] == [
        ("RUS", "NATO"),
        ("CHN", "NATO"),
    ]
    assert "fordert" in rows[0]["evidence"]


def test_missing_article_is_a_clear_error(store):
    with pytest.raises(ArticleNotFoundError):
        queries.get_article(store.conn, "nope")


def test_a_file_that_is_not_a_database_is_a_clear_error(tmp_path):
    path = tmp_path / "not.db"
    path.write_bytes(b"this is not sqlite" * 100)
    with pytest.raises(StoreError) as info:
        Store(path)
    assert "not.db" in str(info.value)


def test_deleting_an_article_removes_everything_found_in_it(store):
    save(store, record())
    store.conn.execute("DELETE FROM articles")
    for table in ("mentions", "quotes", "quote_speakers", "events", "event_participants"):
        assert store.conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0] == 0
    assert isinstance(store.conn, sqlite3.Connection)
