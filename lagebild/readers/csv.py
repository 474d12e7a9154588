"""CSV with a header row naming ``id, title, date, text`` (optional ``url, source``)."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from pathlib import Path

from lagebild.errors import ReadError
from lagebild.readers.decode import DAMAGED, REPLACEMENT, check_size, decode_text
from lagebild.readers.fields import record_from_fields
from lagebild.record import Record

EXTENSIONS = (".csv",)
REQUIRED = ("text",)


def read(path: Path) -> Iterator[Record | ReadError]:
    check_size(path.stat().st_size, str(path), limit=2_000_000_000)
    notes: list[str] = []
    text = decode_text(path.read_bytes(), str(path), notes)
    for item in read_text(text, str(path)):
        if isinstance(item, Record):
            item.notes.extend(note for note in notes if _concerns(note, item))
        yield item


def _concerns(note: str, record: Record) -> bool:
    # A repaired byte garbles only the row that holds it; a cp1252 read is a guess about every row.
    if not note.startswith(DAMAGED):
        return True
    fields = (record.text, record.title, record.id, record.url, record.source)
    return any(REPLACEMENT in (value or "") for value in fields)


def read_text(text: str, source: str) -> Iterator[Record | ReadError]:
    csv.field_size_limit(50_000_000)
    reader = csv.DictReader(io.StringIO(text, newline=""))
    missing = [c for c in REQUIRED if c not in (reader.fieldnames or [])]
    if missing:
        raise ReadError(
            f"CSV header lacks column(s): {', '.join(missing)}", source=source, position=1
        )
    number = 1
    rows = iter(reader)
    while True:
        number += 1
        try:
            row = next(rows)
        except StopIteration:
            break
        except csv.Error as e:  # the parser cannot go on past this (a NUL byte, say)
            yield ReadError(f"malformed CSV ({e})", source=source, position=number)
            return
        if None in row:  # more cells than header columns
            yield ReadError("row has more cells than the header", source=source, position=number)
            continue
        try:
            yield record_from_fields(row, source, number)
        except ReadError as error:
            yield error
    if number == 2:
        raise ReadError("no rows below the header", source=source)
