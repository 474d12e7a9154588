"""Every input format gives the same Record shape; bad rows fail alone."""

from __future__ import annotations

import io
import json

import pytest

from lagebild.errors import ReadError
from lagebild.readers import iter_directory, read_records, read_stdin


def _read(*paths):
    return list(read_records(paths))


def test_jsonl_reads_fields_and_optional_url_and_source(tmp_path):
    path = tmp_path / "feed.jsonl"
    row = {
        "id": "a1",
        "title": "T",
        "date": "2022-02-04",
        "text": "BERLIN (AFP) – Text.",
        "url": "https://example.org/a1",
        "source": "AFP",
    }
    path.write_text(json.dumps(row, ensure_ascii=False) + "\n", encoding="utf-8")
    (record,) = _read(path)
    assert (record.id, record.title, record.date, record.url, record.source) == (
        "a1",
        "T",
        "2022-02-04",
        "https://example.org/a1",
        "AFP",
    )
    assert record.dateline.places == ["Berlin"]


def test_truncated_json_line_fails_alone_and_the_rest_goes_on(tmp_path):
    path = tmp_path / "feed.jsonl"
    good = json.dumps({"id": "ok", "title": "T", "date": "2022", "text": "Ein Text."})
    path.write_text(good + "\n" + good[:25] + "\n" + good.replace("ok", "ok2") + "\n")
    items = _read(path)
    assert [type(i).__name__ for i in items] == ["Record", "ReadError", "Record"]
    assert "feed.jsonl:2" in str(items[1]) and "not valid JSON" in str(items[1])


def test_jsonl_id_defaults_to_file_line_and_content_hash(tmp_path):
    path = tmp_path / "feed.jsonl"
    path.write_text(json.dumps({"text": "Nur Text."}) + "\n")
    (record,) = _read(path)
    assert record.id == f"feed.jsonl:1-{record.content_hash[:8]}" and record.date is None


def test_csv_reads_rows_with_same_columns(tmp_path):
    path = tmp_path / "news.csv"
    path.write_text(
        'id,title,date,text\nx1,"Titel, mit Komma",2021-12,"Zeile eins.\nZeile zwei."\n'
    )
    (record,) = _read(path)
    assert record.title == "Titel, mit Komma"
    assert record.text == "Zeile eins.\nZeile zwei."
    assert record.date == "2021-12"


def test_csv_without_text_column_is_a_clear_error(tmp_path):
    path = tmp_path / "news.csv"
    path.write_text("id,title\n1,T\n")
    (error,) = _read(path)
    assert isinstance(error, ReadError) and "text" in str(error)


def test_wikinews_json_gives_id_title_and_date(tmp_path):
    path = tmp_path / "x.pretty.json"
    doc = {
        "documentName": "17905 - Gewerkschaft kritisiert Minister (2005-12-19)",
        "originalText": "Berlin (Deutschland), 19.12.2005 – Text.",
    }
    path.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    (record,) = _read(path)
    assert (record.id, record.title, record.date) == (
        "wikinews-17905",
        "Gewerkschaft kritisiert Minister",
        "2005-12-19",
    )
    assert record.text == doc["originalText"]


def test_real_wikinews_corpus_file_is_read(shared_data):
    path = next((shared_data / "quotes_wikinews" / "dev").glob("*.json"))
    (record,) = _read(path)
    assert record.id.startswith("wikinews-") and len(record.date) == 10


def test_directory_is_read_recursively_by_extension(tmp_path):
    (tmp_path / "sub").mkdir()
    (tmp_path / "a.txt").write_text(" date 2022-01 A\n\nText A.")
    (tmp_path / "sub" / "b.txt").write_text(" date 2022-01 B\n\nText B.")
    (tmp_path / "notes.md").write_text("ignored")
    (tmp_path / ".hidden.txt").write_text("ignored")
    assert [r.id for r in _read(tmp_path)] == ["a", "sub/b"]


def test_directory_with_10000_files_is_streamed(tmp_path):
    for i in range(10_000):
        (tmp_path / f"{i:05d}.txt").write_bytes(b" date 2022-01 T\n\nText.")
    paths = iter_directory(tmp_path)
    assert next(paths).name == "00000.txt"  # lazily: the first comes before all are read
    assert sum(1 for _ in read_records([tmp_path])) == 10_000


def test_stdin_jsonl_and_record_format_are_sniffed():
    jsonl = io.BytesIO(b'{"id": "s", "text": "Text."}\n')
    assert [r.id for r in read_stdin(jsonl)] == ["s"]
    record = io.BytesIO(b" date 2022-02 T\n\nText.")
    assert [r.title for r in read_stdin(record)] == ["T"]


def test_unknown_extension_and_missing_file_are_errors(tmp_path):
    (tmp_path / "x.docx").write_bytes(b"PK")
    items = _read(tmp_path / "x.docx", tmp_path / "missing.txt")
    assert all(isinstance(i, ReadError) for i in items)
    assert "unknown format .docx" in str(items[0])
    assert "missing.txt" in str(items[1])


@pytest.mark.parametrize("date", ["2022-02-04T10:00:00Z", "2022-02-04"])
def test_iso_datetime_keeps_the_day(tmp_path, date):
    path = tmp_path / "f.jsonl"
    path.write_text(json.dumps({"text": "T.", "date": date}) + "\n")
    assert _read(path)[0].date == "2022-02-04"
