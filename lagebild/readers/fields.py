"""Build a Record from the fields of a structured row (JSON Lines, CSV)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from lagebild.errors import ReadError
from lagebild.readers.dateline import parse_dateline
from lagebild.record import Record, normalise_date

OPTIONAL_FIELDS = ("url", "source")


def record_from_fields(row: Mapping[str, Any], source: str, position: int) -> Record:
    """A record with the row's own ``id`` if it has one; else ``read_records`` derives one."""
    text = row.get("text")
    if not isinstance(text, str) or not text.strip():
        raise ReadError("no 'text' (or it is empty)", source=source, position=position)
    try:
        date = normalise_date(_as_str(row.get("date")))
    except ValueError as e:
        raise ReadError(str(e), source=source, position=position) from None
    return Record(
        text=text,
        id=_as_str(row.get("id")),
        title=_as_str(row.get("title")),
        date=date,
        url=_as_str(row.get("url")),
        source=_as_str(row.get("source")),
        dateline=parse_dateline(text),
        origin=source,
        position=position,
    )


def _as_str(value: Any) -> str | None:
    if value is None:
        return None
    value = str(value).strip()
    return value or None
