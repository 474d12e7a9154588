"""The Wikinews quotation-attribution JSON (Petersen-Frey & Biemann 2024).

``originalText`` is the body; ``documentName`` is ``ID - Title (YYYY-MM-DD)``.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from pathlib import Path

from lagebild.errors import ReadError
from lagebild.readers.dateline import parse_dateline
from lagebild.readers.decode import check_size, decode_text
from lagebild.record import Record, normalise_date

EXTENSIONS = (".json",)
_NAME = re.compile(r"^(?P<id>\d+) - (?P<title>.*) \((?P<date>\d{4}-\d{2}-\d{2})\)$")


def read(path: Path) -> Iterator[Record]:
    check_size(path.stat().st_size, str(path), limit=50_000_000)
    source = str(path)
    notes: list[str] = []
    try:
        doc = json.loads(decode_text(path.read_bytes(), source, notes))
    except json.JSONDecodeError as e:
        raise ReadError(f"not valid JSON ({e.msg}, line {e.lineno})", source=source) from None
    record = record_from_document(doc, source)
    record.notes.extend(notes)
    yield record


def record_from_document(doc: object, source: str, stem: str | None = None) -> Record:
    """The record of one document; without a Wikinews id the id is ``stem`` (or derived)."""
    if not isinstance(doc, dict) or not isinstance(doc.get("originalText"), str):
        raise ReadError("not a Wikinews quotation document (no 'originalText')", source=source)
    name = str(doc.get("documentName", ""))
    m = _NAME.match(name)
    text = doc["originalText"]
    if not text.strip():
        raise ReadError("empty 'originalText'", source=source)
    return Record(
        text=text,
        id=f"wikinews-{m.group('id')}" if m else stem,
        title=m.group("title") if m else (name or None),
        date=normalise_date(m.group("date")) if m else None,
        source="Wikinews",
        dateline=parse_dateline(text),
        origin=source,
    )
