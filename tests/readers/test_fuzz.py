"""Property-based fuzzing of every reader (issue 17.7).

Nothing may crash, every input is either a record or a recorded error, and no text
is garbled. ``make test`` runs a small budget; ``make fuzz`` runs 100,000 inputs per
reader (LAGEBILD_FUZZ_EXAMPLES).
"""

from __future__ import annotations

import csv
import io
import json
import os
import shutil
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from lagebild.errors import ReadError
from lagebild.readers import SUPPORTED_EXTENSIONS, read_records, read_stdin
from lagebild.record import Record

EXAMPLES = int(os.environ.get("LAGEBILD_FUZZ_EXAMPLES", "40"))
FUZZ = settings(
    max_examples=EXAMPLES,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
    database=None,
)
FIELDS = ["id", "title", "date", "text", "url", "source"]
# Letters, umlauts and ASCII punctuation: text whose cp1252 bytes are never valid UTF-8.
GERMAN = st.text(
    alphabet=st.sampled_from(
        list("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZäöüÄÖÜß .,;:-!?()'")
    ),
    min_size=1,
    max_size=200,
)
JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(), inner, max_size=3),
    max_leaves=8,
)


def _items(*paths) -> list[Record | ReadError]:
    items = list(read_records(paths))
    assert all(isinstance(i, Record | ReadError) for i in items)
    for item in items:
        if isinstance(item, Record):
            assert item.id and item.text.strip()
    return items


@pytest.fixture(scope="module")
def scratch():
    path = Path(tempfile.mkdtemp(prefix="lagebild-fuzz-"))
    yield path
    shutil.rmtree(path, ignore_errors=True)


@pytest.mark.parametrize("extension", SUPPORTED_EXTENSIONS)
@FUZZ
@given(data=st.binary(max_size=2000))
def test_random_bytes_never_crash_a_reader_and_are_recorded(scratch, extension, data):
    path = scratch / f"input{extension}"
    path.write_bytes(data)
    items = _items(path)
    assert items, "every file gives a record or an error"
    try:
        valid = data.decode("utf-8")
    except UnicodeDecodeError:
        return
    for item in items:  # valid UTF-8 is never garbled: no replacement, no mojibake
        if isinstance(item, Record) and "\ufffd" not in valid:
            assert "\ufffd" not in item.text and item.notes == []


@FUZZ
@given(data=st.binary(max_size=2000))
def test_random_bytes_on_stdin_never_crash(data):
    items = list(read_stdin(io.BytesIO(data))) if data.strip() else []
    assert all(isinstance(i, Record | ReadError) for i in items)


@FUZZ
@given(
    rows=st.lists(
        st.dictionaries(st.sampled_from(FIELDS) | st.text(max_size=5), JSON_VALUES, max_size=6)
        | JSON_VALUES,
        min_size=1,
        max_size=8,
    ),
    ascii_only=st.booleans(),
)
def test_random_json_lines_give_one_item_per_line_and_exact_text(scratch, rows, ascii_only):
    path = scratch / "feed.jsonl"
    lines = [json.dumps(r, ensure_ascii=ascii_only) for r in rows]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    items = _items(path)
    assert len(items) == len(rows)
    for row, item in zip(rows, items, strict=True):
        if isinstance(item, Record):
            assert item.text == row["text"]
        elif isinstance(row, dict) and isinstance(row.get("text"), str) and row["text"].strip():
            assert item.position is not None  # a failed line names its line


@FUZZ
@given(
    rows=st.lists(
        st.tuples(
            st.text(max_size=10),
            st.text(max_size=30),
            st.sampled_from(["", "2022", "2022-02", "2022-02-30", "gestern"]),
            st.text(max_size=300),
        ),
        min_size=1,
        max_size=8,
    )
)
def test_random_csv_gives_one_item_per_row_and_exact_text(scratch, rows):
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(["id", "title", "date", "text"])
    writer.writerows(rows)
    path = scratch / "news.csv"
    path.write_bytes(out.getvalue().encode("utf-8"))
    items = _items(path)
    if len(items) == 1 and items[0].position is None:
        return  # the whole file refused, with a reason (binary-looking, empty)
    assert len(items) == len(rows)
    for row, item in zip(rows, items, strict=True):
        if isinstance(item, Record):
            assert item.text == row[3]


ENCODINGS = ["utf-8", "utf-8-sig", "cp1252", "utf-16"]


@st.composite
def file_trees(draw):
    """Folders and files with random names, encodings, and links (to files, folders, loops)."""
    names = st.text(alphabet="abcäöüß XYZ-_1", min_size=1, max_size=8).filter(
        lambda n: n.strip() == n
    )
    folders = [Path(".")]
    for _ in range(draw(st.integers(0, 4))):
        folders.append(draw(st.sampled_from(folders)) / draw(names))
    files = []
    for _ in range(draw(st.integers(1, 6))):
        folder = draw(st.sampled_from(folders))
        ext = draw(st.sampled_from([".txt", ".jsonl", ".csv", ".json", ".md"]))
        files.append((folder / (draw(names) + ext), draw(GERMAN), draw(st.sampled_from(ENCODINGS))))
    links = draw(
        st.lists(
            st.tuples(
                st.sampled_from(folders), names, st.sampled_from(["folder", "file", "dangling"])
            ),
            max_size=3,
        )
    )
    return folders, files, links


def _content(path: Path, body: str) -> str:
    if path.suffix == ".txt":
        return f" date 2022-02 Titel\n\n{body}"
    if path.suffix == ".jsonl":
        return json.dumps({"text": body}, ensure_ascii=False) + "\n"
    if path.suffix == ".csv":
        return 'text\n"' + body.replace('"', '""') + '"\n'
    if path.suffix == ".json":
        return json.dumps({"documentName": "1 - T (2022-02-01)", "originalText": body})
    return body


@FUZZ
@given(tree=file_trees())
def test_random_file_trees_with_links_lose_and_garble_nothing(tree):
    folders, files, links = tree
    root = Path(tempfile.mkdtemp(prefix="lagebild-tree-"))
    try:
        expected: dict[str, tuple[str, str]] = {}
        for folder in folders:
            (root / folder).mkdir(parents=True, exist_ok=True)
        for path, body, encoding in files:
            (root / path).write_bytes(_content(path, body).encode(encoding))
            if path.suffix != ".md":
                expected[os.path.realpath(root / path)] = (body, encoding)
        for folder, name, kind in links:
            link = root / folder / (name + "-link")
            if link.exists() or link.is_symlink():
                continue
            target = {"folder": root, "file": root / files[0][0], "dangling": root / "nowhere"}
            link.symlink_to(target[kind])
        items = _items(root)
        seen = {
            os.path.realpath(i.origin if isinstance(i, Record) else i.source or "") for i in items
        }
        assert set(expected) <= seen, "every file is stored or recorded"
        for item in items:
            if isinstance(item, Record) and item.origin:
                body, encoding = expected[os.path.realpath(item.origin)]
                assert item.text == body, f"garbled ({encoding})"
    finally:
        shutil.rmtree(root, ignore_errors=True)
