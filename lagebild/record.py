"""A news record as read from any input format, before analysis."""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # a type only: readers and queries start without pydantic
    from lagebild.analysis import Dateline

_DATE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")


@dataclass
class Record:
    text: str
    id: str | None = None
    title: str | None = None
    date: str | None = None  # ISO with its precision: YYYY, YYYY-MM or YYYY-MM-DD
    url: str | None = None
    source: str | None = None  # agency or outlet
    dateline: Dateline | None = None
    origin: str | None = None  # file the record came from
    position: int | None = None  # line or item number within that file
    notes: list[str] = field(default_factory=list)  # non-fatal reading notes (e.g. cp1252)
    agency: str | None = None  # news agency named by the source (dpa, AFP), not the outlet
    version: int | None = None  # agency story version: a higher one replaces a lower one
    derived_id: bool = False  # id made by lagebild from path/position/hash, not given by the source

    @property
    def content_hash(self) -> str:
        """Key of the stored article: same title, date and text → same article."""
        h = hashlib.sha256()
        for part in (self.title or "", self.date or "", self.text):
            h.update(part.encode("utf-8"))
            h.update(b"\x00")
        return h.hexdigest()[:32]


def normalise_date(value: str | None) -> str | None:
    """Return an ISO date keeping its precision, or raise ValueError."""
    if value is None or not str(value).strip():
        return None
    value = str(value).strip()
    if "T" in value:  # ISO datetime: keep the day
        value = value.split("T", 1)[0]
    m = _DATE.match(value)
    if not m:
        raise ValueError(f"not a date (want YYYY, YYYY-MM or YYYY-MM-DD): {value!r}")
    year, month, day = m.groups()
    if month and not 1 <= int(month) <= 12:
        raise ValueError(f"month out of range: {value!r}")
    if day:
        import datetime

        datetime.date(int(year), int(month), int(day))  # raises ValueError when invalid
    return value


def date_precision(value: str | None) -> str | None:
    if not value:
        return None
    return {4: "year", 7: "month", 10: "day"}[len(value)]
