"""The plain record format of the example articles.

` date 2022-02 Putin in Peking`   (leading space optional)
``                                 (a blank line)
body …                             (kept byte for byte)
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

from lagebild.errors import HeaderError
from lagebild.readers.dateline import parse_dateline
from lagebild.readers.decode import check_size, decode_text
from lagebild.record import Record, normalise_date

EXTENSIONS = (".txt",)
_HEADER = re.compile(r"^ ?date[ \t]+(?P<date>\S+)[ \t]+(?P<title>\S.*?)\s*$")


def read(path: Path) -> Iterator[Record]:
    check_size(path.stat().st_size, str(path))
    yield parse_record(path.read_bytes(), source=str(path), id=None)


def parse_record(data: bytes, source: str, id: str | None) -> Record:
    notes: list[str] = []
    text = decode_text(data, source, notes)
    header, sep, body = text.partition("\n")
    m = _HEADER.match(header.rstrip("\r"))
    if not m:
        raise HeaderError(
            f"first line must be ' date YYYY-MM[-DD] Title', found {header[:60]!r}",
            source=source,
            position=1,
        )
    try:
        date = normalise_date(m.group("date"))
    except ValueError as e:
        raise HeaderError(str(e), source=source, position=1) from None
    # Body starts after the blank line that follows the header.
    if body.startswith("\r\n"):
        body = body[2:]
    elif body.startswith("\n"):
        body = body[1:]
    if not body.strip():
        raise HeaderError("the header is not followed by a body", source=source)
    return Record(
        text=body,
        id=id,
        title=m.group("title"),
        date=date,
        dateline=parse_dateline(body),
        origin=source,
        notes=notes,
    )
