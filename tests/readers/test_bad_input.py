"""Bad input gives one line naming the file and the reason; readers never crash."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from lagebild.errors import ReadError
from lagebild.readers import read_records
from lagebild.readers.decode import MAX_BYTES
from lagebild.record import Record


def _only(path):
    (item,) = list(read_records([path]))
    return item


def test_empty_file_is_an_error(tmp_path):
    path = tmp_path / "empty.txt"
    path.write_bytes(b"")
    assert "empty file" in str(_only(path))


def test_binary_file_is_an_error(tmp_path):
    path = tmp_path / "image.txt"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" * 20)
    assert "binary" in str(_only(path))


def test_cp1252_is_read_when_it_decodes_cleanly_and_said(tmp_path):
    path = tmp_path / "legacy.txt"
    path.write_bytes(" date 2022-02 Überschrift\n\nMünchen – „Zitat“ für 5 €.".encode("cp1252"))
    record = _only(path)
    assert isinstance(record, Record)
    assert record.text == "München – „Zitat“ für 5 €."
    assert any("cp1252" in note for note in record.notes)


def test_bytes_that_are_neither_utf8_nor_cp1252_are_replaced_and_noted(tmp_path):
    path = tmp_path / "broken.txt"
    path.write_bytes(b" date 2022-02 T\n\nText \x81\x8d\x8f\x90 kaputt.")
    record = _only(path)
    assert isinstance(record, Record) and record.text.startswith("Text \ufffd")
    assert any("UTF-8" in note for note in record.notes)


def test_50_mb_article_is_refused_without_reading_it(tmp_path):
    path = tmp_path / "huge.txt"
    with path.open("wb") as f:
        f.write(b" date 2022-02 Riesig\n\n")
        f.truncate(50_000_000)
    error = _only(path)
    assert isinstance(error, ReadError)
    assert "too large" in str(error) and "huge.txt" in str(error)
    assert MAX_BYTES < 50_000_000


def test_messages_are_one_line_and_name_the_file(tmp_path):
    paths = []
    for name, data in [("a.txt", b""), ("b.txt", b"\x00\x01"), ("c.jsonl", b"{broken\n")]:
        (tmp_path / name).write_bytes(data)
        paths.append(tmp_path / name)
    for path, item in zip(paths, read_records(paths), strict=True):
        assert isinstance(item, ReadError)
        assert str(item).startswith(str(path)) and "\n" not in str(item)


@settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(data=st.binary(max_size=600), suffix=st.sampled_from([".txt", ".jsonl", ".csv", ".json"]))
def test_readers_never_crash_on_arbitrary_bytes(tmp_path, data, suffix):
    path = tmp_path / f"fuzz{suffix}"
    path.write_bytes(data)
    for item in read_records([path]):
        assert isinstance(item, Record | ReadError)
        if isinstance(item, ReadError):
            assert "\n" not in str(item)


@settings(
    max_examples=100, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    title=st.text(min_size=1, max_size=40).filter(
        lambda t: t.strip() and "\n" not in t and "\r" not in t
    ),
    body=st.text(min_size=1, max_size=300).filter(lambda b: b.strip()),
)
def test_record_body_round_trips_exactly(tmp_path, title, body):
    path = tmp_path / "r.txt"
    path.write_bytes(f" date 2022-02 {title}\n\n{body}".encode())
    item = _only(path)
    if isinstance(item, Record):
        assert item.text == body


# -- issue 17.5: feedback that means something --------------------------------------------


def test_a_symlinked_folder_is_read_and_a_loop_is_reported(tmp_path):
    real = tmp_path / "real"
    real.mkdir()
    (real / "a.txt").write_text(" date 2022 T\n\nText A.")
    root = tmp_path / "root"
    root.mkdir()
    (root / "linked").symlink_to(real)
    (root / "loop").symlink_to(root)
    items = list(read_records([root]))
    assert [i.id for i in items if isinstance(i, Record)] == ["linked/a"]
    (loop,) = [i for i in items if isinstance(i, ReadError)]
    assert "loop" in str(loop)


def test_a_missing_path_is_reported_as_missing_not_as_a_format(tmp_path):
    (error,) = list(read_records([tmp_path / "nope.txt"]))
    assert "no such file" in str(error) and "format" not in str(error)


def test_the_size_error_names_no_option_that_does_not_exist(tmp_path):
    path = tmp_path / "huge.txt"
    with path.open("wb") as f:
        f.truncate(MAX_BYTES + 1)
    (error,) = list(read_records([path]))
    assert "too large" in str(error) and "--max-bytes" not in str(error)


def test_an_empty_jsonl_file_is_an_error_not_silence(tmp_path):
    path = tmp_path / "feed.jsonl"
    path.write_text("\n\n")
    (error,) = list(read_records([path]))
    assert isinstance(error, ReadError) and "empty" in str(error)
