"""Encodings (issue 17.2): valid UTF-8 is never re-read as cp1252; a bad byte garbles nothing."""

from __future__ import annotations

import codecs
import csv
import io
import json

import pytest
from hypothesis import given
from hypothesis import strategies as st

from lagebild.errors import ReadError
from lagebild.ingest import ingest
from lagebild.readers import read_records
from lagebild.readers.decode import decode_text
from lagebild.record import Record
from lagebild.store import Store, queries

BODY = "Die Regierung in München stärkt den Rücken der Ärztinnen – „gut“, sagte sie."
BAD = b"\xff"


def _utf8_with_one_bad_byte(kind: str) -> bytes:
    """A file of ``kind`` whose body holds one byte that is not UTF-8."""
    body = BODY.encode() + b" Kaputt:" + BAD + b"."
    if kind == "txt":
        return b" date 2022-02 Titel\n\n" + body
    if kind == "jsonl":
        return b'{"id": "j1", "title": "Titel", "text": "' + body + b'"}\n'
    return b'id,title,text\nc1,Titel,"' + body + b'"\n'


@pytest.mark.parametrize("kind", ["txt", "jsonl", "csv"])
def test_one_bad_byte_is_replaced_alone_and_noted(tmp_path, kind):
    path = tmp_path / f"artikel.{kind}"
    path.write_bytes(_utf8_with_one_bad_byte(kind))
    (record,) = list(read_records([path]))
    assert isinstance(record, Record)
    assert record.text == BODY + " Kaputt:\ufffd."
    assert "Ã" not in record.text
    assert len(record.notes) == 1 and "1 undecodable" in record.notes[0]


def test_a_cp1252_file_is_read_as_cp1252_and_noted():
    text = decode_text(("Grüße aus Köln – „5 €“." * 3).encode("cp1252"), "x.txt", notes := [])
    assert text == "Grüße aus Köln – „5 €“." * 3
    assert notes == ["not UTF-8, read as cp1252"]


@given(st.text(min_size=1).filter(lambda t: t.strip() and not any(c < " " for c in t)))
def test_valid_utf8_is_always_read_as_itself_without_a_note(text):
    notes: list[str] = []
    assert decode_text(text.encode("utf-8"), "x.txt", notes) == text.removeprefix("\ufeff")
    assert notes == []


@pytest.mark.model
@pytest.mark.parametrize("kind", ["txt", "jsonl", "csv"])
def test_a_lossy_decode_is_stored_searchable_with_a_warning_row(nlp, tmp_path, kind):
    path = tmp_path / f"artikel.{kind}"
    path.write_bytes(_utf8_with_one_bad_byte(kind))
    with Store(tmp_path / "s.db") as store:
        summary = ingest([str(path)], store, nlp=nlp)
        assert (summary.new, summary.failed, summary.warnings) == (1, 0, 1)
        assert [r["title"] for r in queries.search(store.conn, "Rücken")] == ["Titel"]
        (warning,) = queries.failures(store.conn)
        assert warning["level"] == "warning" and "undecodable" in warning["reason"]
        assert warning["source"].endswith(f"artikel.{kind}")
        # fixed at the source: the warning is resolved, and shown only with --all
        path.write_bytes(_utf8_with_one_bad_byte(kind).replace(BAD, b"!"))
        ingest([str(path)], store, nlp=nlp)
        assert queries.failures(store.conn) == []
        assert queries.failures(store.conn, resolved=True)[0]["resolved"]


def test_csv_and_json_round_trip_umlauts_exactly(tmp_path):
    out = io.StringIO()
    csv.writer(out).writerows([["id", "text"], ["u1", BODY]])
    (tmp_path / "a.csv").write_text(out.getvalue(), encoding="utf-8")
    (tmp_path / "b.jsonl").write_text(json.dumps({"text": BODY}) + "\n", encoding="utf-8")
    assert [r.text for r in read_records([tmp_path])] == [BODY, BODY]


@pytest.mark.model
@pytest.mark.parametrize("kind", ["txt", "csv"])
def test_a_lossy_decode_is_printed_as_a_warning_naming_the_file(nlp, tmp_path, kind):
    from typer.testing import CliRunner

    from lagebild.cli import app

    path = tmp_path / f"artikel.{kind}"
    path.write_bytes(_utf8_with_one_bad_byte(kind))
    result = CliRunner().invoke(app, ["ingest", str(path), "--db", str(tmp_path / "s.db")])
    assert result.exit_code == 0, result.output
    err = " ".join(result.stderr.split())
    assert f"warning {path}" in err and "1 undecodable byte(s) replaced by U+FFFD" in err
    assert "failed 0, warnings 1" in err


WIDE = ["utf-16", "utf-16-le", "utf-16-be", "utf-32", "utf-32-le", "utf-32-be"]


def _with_mark(text: str, encoding: str) -> bytes:
    """The bytes a Windows editor saves: the byte-order mark, then the text."""
    if encoding in ("utf-16", "utf-32"):
        return text.encode(encoding)  # Python writes the mark itself
    return "\ufeff".encode(encoding) + text.encode(encoding)


@pytest.mark.parametrize("encoding", WIDE)
@pytest.mark.parametrize("kind", ["txt", "jsonl", "csv"])
def test_a_file_with_a_utf16_or_utf32_mark_is_read_exactly_without_a_note(tmp_path, kind, encoding):
    content = {
        "txt": f" date 2022-02 Titel\n\n{BODY}",
        "jsonl": json.dumps({"id": "j1", "title": "T", "text": BODY}, ensure_ascii=False)
        + "\n"
        + json.dumps({"id": "j2", "title": "T", "text": BODY + "\u2028"}, ensure_ascii=False),
        "csv": f'id,title,text\nc1,Titel,"{BODY}"\n',
    }[kind]
    path = tmp_path / f"artikel.{kind}"
    path.write_bytes(_with_mark(content, encoding))
    records = list(read_records([path]))
    assert all(isinstance(r, Record) for r in records), records
    assert records[0].text == BODY
    assert all(r.notes == [] for r in records)
    assert len(records) == (2 if kind == "jsonl" else 1)


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (codecs.BOM_UTF16_LE + b"\x00\xd8A\x00", "not valid UTF-16"),  # a lone surrogate
        (codecs.BOM_UTF16_LE + " \n".encode("utf-16-le"), "empty file"),
        (codecs.BOM_UTF16_LE + "\x01\x02\x03".encode("utf-16-le") * 50, "binary"),
    ],
)
def test_a_bad_file_with_a_utf16_mark_is_refused_with_the_reason(data, reason):
    with pytest.raises(ReadError, match=reason):
        decode_text(data, "x.txt")


def test_utf16_without_a_mark_is_not_guessed():
    with pytest.raises(ReadError, match="binary"):
        decode_text(BODY.encode("utf-16-le"), "x.txt")


@given(st.text(min_size=1).filter(lambda t: t.strip() and not any(c < " " for c in t)))
def test_text_with_a_utf16_mark_is_always_read_as_itself(text):
    assert decode_text(text.encode("utf-16"), "x.txt") == text


def test_a_bad_byte_in_one_csv_row_warns_on_that_row_only(tmp_path):
    path = tmp_path / "viele.csv"
    rows = [b"c1,Eins,Gut.", b"c2,Zwei,Kaputt:" + BAD + b".", b'c3,Drei,"' + BODY.encode() + b'"']
    path.write_bytes(b"id,title,text\n" + b"\n".join(rows) + b"\n")
    records = {r.id: r for r in read_records([path]) if isinstance(r, Record)}
    assert [len(records[i].notes) for i in ("c1", "c2", "c3")] == [0, 1, 0]
    assert records["c2"].text == "Kaputt:\ufffd."


def test_a_cp1252_csv_notes_every_row(tmp_path):
    path = tmp_path / "alt.csv"
    path.write_bytes("id,title,text\nc1,Eins,Grüße.\nc2,Zwei,Köln.\n".encode("cp1252"))
    records = [r for r in read_records([path]) if isinstance(r, Record)]
    assert [r.notes for r in records] == [["not UTF-8, read as cp1252"]] * 2
