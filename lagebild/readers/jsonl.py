"""JSON Lines: one object per line with ``id, title, date, text`` (optional ``url, source``)."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from pathlib import Path

from lagebild.errors import ReadError
from lagebild.readers.decode import decode_text
from lagebild.readers.fields import record_from_fields
from lagebild.record import Record

EXTENSIONS = (".jsonl", ".ndjson")


def read(path: Path) -> Iterator[Record | ReadError]:
    """Yield a Record per good line and a ReadError per bad one: one bad line spoils nothing."""
    with path.open("rb") as f:
        yield from read_lines(f, source=str(path))


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
