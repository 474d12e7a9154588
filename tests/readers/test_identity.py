"""Record identity (issue 17.1): ids say where a record came from, and never collide silently."""

from __future__ import annotations

import io
import json

import pytest

from lagebild.ingest import ingest
from lagebild.readers import read_records, read_stdin
from lagebild.record import Record
from lagebild.store import Store, queries


def _article(title: str, body: str) -> bytes:
    return f" date 2022-02 {title}\n\n{body}\n".encode()


def _ids(*paths) -> list[str]:
    return [r.id for r in read_records(paths) if isinstance(r, Record)]


def test_same_file_name_in_two_folders_gets_two_ids(tmp_path):
    for folder in ("a", "b"):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "artikel.txt").write_bytes(_article(folder, f"Text {folder}."))
    assert _ids(tmp_path) == ["a/artikel", "b/artikel"]


@pytest.mark.parametrize(
    "data",
    [_article("T", "Erster Text."), b'{"title": "T", "text": "Erster Text."}\n'],
    ids=["record", "jsonl"],
)
def test_stdin_records_are_named_by_their_content(data):
    (first,) = read_stdin(io.BytesIO(data))
    (same,) = read_stdin(io.BytesIO(data))
    (other,) = read_stdin(io.BytesIO(data.replace(b"Erster", b"Zweiter")))
    assert first.id == same.id and first.id.startswith("stdin-")
    assert other.id != first.id


def test_jsonl_ids_hold_position_and_content_so_an_added_line_moves_nothing(tmp_path):
    path = tmp_path / "feed.jsonl"
    rows = [json.dumps({"title": f"T{i}", "text": f"Text {i}."}) for i in range(3)]
    path.write_text("\n".join(rows) + "\n")
    before = _ids(path)
    path.write_text("\n".join([json.dumps({"text": "Neu oben."}), *rows]) + "\n")
    after = _ids(path)
    assert len(set(after)) == 4
    assert not set(before) & set(after[:1])  # the new line takes no old id


def test_csv_ids_hold_position_and_content(tmp_path):
    path = tmp_path / "news.csv"
    path.write_text("title,text\nA,Text eins.\nB,Text zwei.\n")
    ids = _ids(path)
    assert ids[0].startswith("news.csv:2-") and ids[1].startswith("news.csv:3-")


def test_given_ids_are_kept(tmp_path):
    path = tmp_path / "feed.jsonl"
    path.write_text(json.dumps({"id": "dpa-123", "text": "Text."}) + "\n")
    assert _ids(path) == ["dpa-123"]


# -- through ingest and the store (the real model) ---------------------------------------


def _run(store: Store, nlp, *paths):
    return ingest([str(p) for p in paths], store, nlp=nlp)


def _stored_ids(store: Store) -> list[str]:
    return sorted(r["id"] for r in queries.list_articles(store.conn, limit=1000))


@pytest.mark.model
def test_two_folders_with_the_same_file_name_keep_both_articles(nlp, tmp_path):
    for folder in ("a", "b"):
        (tmp_path / "in" / folder).mkdir(parents=True)
        (tmp_path / "in" / folder / "artikel.txt").write_bytes(
            _article(folder, f"Berlin sagt {folder}.")
        )
    with Store(tmp_path / "s.db") as store:
        first = _run(store, nlp, tmp_path / "in")
        again = _run(store, nlp, tmp_path / "in")
        assert (first.new, again.unchanged, again.replaced) == (2, 2, 0)
        assert _stored_ids(store) == ["a/artikel", "b/artikel"]


@pytest.mark.model
def test_the_same_relative_name_from_two_roots_is_kept_twice(nlp, tmp_path):
    for folder in ("a", "b"):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "artikel.txt").write_bytes(_article(folder, f"Bonn meldet {folder}."))
    with Store(tmp_path / "s.db") as store:
        _run(store, nlp, tmp_path / "a")
        second = _run(store, nlp, tmp_path / "b")
        assert second.new == 1 and any("artikel" in n for n in second.notes)
        ids = _stored_ids(store)
        assert len(ids) == 2 and ids[0] == "artikel" and ids[1].startswith("artikel~")


@pytest.mark.model
def test_stdin_ingests_add_up_instead_of_replacing_each_other(nlp, tmp_path, monkeypatch):
    with Store(tmp_path / "s.db") as store:
        for body in ("Erster Text aus Rom.", "Zweiter Text aus Paris."):
            monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(_article("T", body))))
            assert _run(store, nlp, "-").new == 1
        assert len(_stored_ids(store)) == 2


@pytest.mark.model
def test_a_line_added_at_the_top_of_a_jsonl_file_loses_no_article(nlp, tmp_path):
    path = tmp_path / "feed.jsonl"
    rows = [json.dumps({"title": f"T{i}", "text": f"Paris meldet {i}."}) for i in range(3)]
    path.write_text("\n".join(rows) + "\n")
    with Store(tmp_path / "s.db") as store:
        _run(store, nlp, path)
        path.write_text("\n".join([json.dumps({"text": "Neu aus Rom."}), *rows]) + "\n")
        again = _run(store, nlp, path)
        assert (again.new, again.unchanged, again.replaced) == (1, 3, 0)
        assert queries.counts(store.conn)["articles"] == 4


@pytest.mark.model
def test_a_changed_file_replaces_its_article_and_the_summary_names_it(nlp, tmp_path):
    path = tmp_path / "artikel.txt"
    path.write_bytes(_article("T", "Alte Fassung aus Rom."))
    with Store(tmp_path / "s.db") as store:
        _run(store, nlp, path)
        path.write_bytes(_article("T", "Neue Fassung aus Rom."))
        again = _run(store, nlp, path)
        assert again.replaced == 1 and again.replaced_ids == ["artikel"]
        assert _stored_ids(store) == ["artikel"]


@pytest.mark.model
def test_two_different_records_with_one_given_id_are_not_both_stored_silently(nlp, tmp_path):
    path = tmp_path / "feed.jsonl"
    path.write_text(
        json.dumps({"id": "x", "text": "Rom meldet eins."})
        + "\n"
        + json.dumps({"id": "x", "text": "Rom meldet zwei."})
        + "\n"
    )
    with Store(tmp_path / "s.db") as store:
        summary = _run(store, nlp, path)
        assert (summary.new, summary.failed) == (1, 1)
        (failure,) = queries.failures(store.conn)
        assert "already used" in failure["reason"] and failure["position"] == 2


def test_a_store_from_an_older_version_keeps_its_ids_for_the_same_file(tmp_path, monkeypatch):
    """Older versions stored the origin as given (relative); the same file is no collision."""
    monkeypatch.chdir(tmp_path)
    with Store(tmp_path / "s.db") as store:
        store.conn.execute(
            "INSERT INTO articles (id, content_hash, origin, words, text, analysis, ingested_at)"
            " VALUES ('artikel', 'old', 'in/artikel.txt', 1, 'alt', '{}', 'then')"
        )
        same = Record(text="neu", id="artikel", origin="in/artikel.txt", derived_id=True)
        other = Record(text="neu", id="artikel", origin="b/artikel.txt", derived_id=True)
        assert store.claim_id(same) is None and same.id == "artikel"
        assert store.claim_id(other) and other.id.startswith("artikel~")
