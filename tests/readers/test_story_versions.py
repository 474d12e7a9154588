"""An updated agency story (same URN, higher version) replaces the older one; never the reverse."""

from __future__ import annotations

import pytest

from lagebild.analysis import ArticleAnalysis, Sentence
from lagebild.record import Record
from lagebild.store import Store

URN = "urn:newsml:dpa.com:20220616:220616-99-680123"


def story(version: int | None, text: str) -> Record:
    return Record(text=text, id=URN, title="Scholz in Kiew", date="2022-06-16", version=version)


def save(store: Store, record: Record) -> str:
    analysis = ArticleAnalysis(
        id=record.id, text=record.text, sentences=[Sentence(start=0, end=len(record.text))]
    )
    with store.transaction():
        return store.save(record, analysis)


def stored(store: Store) -> list[tuple]:
    rows = store.conn.execute("SELECT id, version, supersedes, text FROM articles").fetchall()
    return [tuple(r) for r in rows]


@pytest.fixture
def store(tmp_path):
    with Store(tmp_path / "versions.db") as s:
        yield s


def test_a_higher_version_replaces_the_story_and_says_which_it_superseded(store):
    assert save(store, story(1, "Kiew (dpa) - Scholz ist eingetroffen.")) == "new"
    assert save(store, story(2, "Kiew (dpa) - Scholz ist mit Macron eingetroffen.")) == "replaced"
    assert stored(store) == [(URN, 2, 1, "Kiew (dpa) - Scholz ist mit Macron eingetroffen.")]


@pytest.mark.parametrize("older", [1, None])
def test_an_older_version_arriving_late_changes_nothing(store, older):
    save(store, story(2, "Kiew (dpa) - Zweite Fassung."))
    late = story(older, "Kiew (dpa) - Erste Fassung.")
    assert store.is_unchanged(late)
    assert save(store, late) == "unchanged"
    assert stored(store) == [(URN, 2, None, "Kiew (dpa) - Zweite Fassung.")]


def test_stories_without_versions_are_replaced_by_changed_content_as_before(store):
    save(store, story(None, "Erste Fassung."))
    assert save(store, story(None, "Zweite Fassung.")) == "replaced"
    assert stored(store) == [(URN, None, None, "Zweite Fassung.")]
