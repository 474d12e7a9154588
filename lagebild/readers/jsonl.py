"""JSON Lines: one object per line with ``id, title, date, text`` (optional ``url, source``)."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from pathlib import Path

from lagebild.errors import ReadError
from lagebild.readers.decode import check_size, decode_text, wide_encoding
from lagebild.readers.fields import record_from_fields
from lagebild.record import Record

EXTENSIONS = (".jsonl", ".ndjson")


def read(path: Path) -> Iterator[Record | ReadError]:
    """Yield a Record per good line and a ReadError per bad one: one bad line spoils nothing."""
    with path.open("rb") as f:
        if wide_encoding(f.read(4)):
            yield from _read_wide(path)
            return
        f.seek(0)
        yield from read_lines(f, source=str(path))


def _read_wide(path: Path) -> Iterator[Record | ReadError]:
    # UTF-16/32 lines cannot be split on the newline byte: decode the whole file first.
    try:
        check_size(path.stat().st_size, str(path))
        text = decode_text(path.read_bytes(), str(path))
    except ReadError as error:
        yield error
        return
    lines = (line.encode("utf-8") for line in text.split("\n"))
    yield from read_lines(lines, source=str(path))


def read_lines(lines: Iterable[bytes], source: str) -> Iterator[Record | ReadError]:
    """A record or an error per non-blank line; a file without any is an error, not silence."""
    empty = True
    for number, raw in enumerate(lines, start=1):
        if not raw.strip():
            continue
        empty = False
        try:
            yield parse_line(raw, source, number)
        except ReadError as error:
            yield error
    if empty:
        yield ReadError("empty file, no JSON lines", source=source)


def parse_line(raw: bytes, source: str, number: int) -> Record:
    notes: list[str] = []
    try:
        text = decode_text(raw, f"{source}:{number}", notes)
    except ReadError as error:
        raise ReadError(error.reason, source=source, position=number) from None
    try:
        row = json.loads(text)
    except json.JSONDecodeError as e:
        raise ReadError(f"not valid JSON ({e.msg})", source=source, position=number) from None
    if not isinstance(row, dict):
        raise ReadError("a line must hold a JSON object", source=source, position=number)
    record = record_from_fields(row, source, number)
    record.notes.extend(notes)
    return record
