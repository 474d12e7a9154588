"""RSS 0.9x/1.0/2.0 and Atom feeds, with feedparser.

An item's text is its full content (``content:encoded``, Atom ``content``) when the
feed carries it, else its summary, with a note that only the summary was read.
Id: the item's ``guid``/Atom ``id``, else its link.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from xml.sax import SAXParseException

import feedparser

from lagebild.errors import ReadError
from lagebild.readers.dateline import parse_dateline
from lagebild.readers.decode import check_size
from lagebild.readers.markup import html_to_text
from lagebild.record import Record

EXTENSIONS = (".rss", ".atom", ".xml")


def sniff(head: bytes) -> bool:
    lowered = head.lower()
    return any(tag in lowered for tag in (b"<rss", b"<feed", b"<rdf:rdf", b"<channel"))


def read(path: Path) -> Iterator[Record | ReadError]:
    check_size(path.stat().st_size, str(path), limit=50_000_000)
    yield from read_bytes(path.read_bytes(), str(path))


def read_bytes(data: bytes, source: str) -> Iterator[Record | ReadError]:
    """Every item of a feed document; ``source`` names it in errors (a file or a URL)."""
    if not data.strip():
        raise ReadError("empty file", source=source)
    # feedparser never fetches here: it is given bytes, not a URL.
    parsed = feedparser.parse(data, sanitize_html=False, resolve_relative_uris=False)
    if not parsed.entries:
        reason = getattr(parsed.get("bozo_exception"), "getMessage", lambda: None)()
        reason = reason or str(parsed.get("bozo_exception") or "no items")
        raise ReadError(f"not a readable RSS/Atom feed ({reason})", source=source)
    outlet = (parsed.feed.get("title") or "").strip() or None
    home = (parsed.feed.get("link") or parsed.feed.get("id") or source).strip()
    for number, entry in enumerate(parsed.entries, start=1):
        try:
            yield record_from_entry(entry, source, number, outlet, home)
        except ReadError as error:
            yield error
    broken = parsed.get("bozo_exception")
    if isinstance(broken, SAXParseException):
        # feedparser reads what it can of broken XML; the items after the break are lost.
        reason = f"malformed XML ({broken.getMessage()}); {len(parsed.entries)} items before it"
        yield ReadError(reason, source=source, position=broken.getLineNumber())


def record_from_entry(
    entry: Any, source: str, position: int, outlet: str | None, home: str
) -> Record:
    link = (entry.get("link") or "").strip() or None
    item_id = (entry.get("id") or "").strip() or link
    if item_id and ":" not in item_id:
        # A bare guid ("1001") is unique only within its feed: qualify it by the feed.
        item_id = f"{home}#{item_id}"
    if not item_id:
        raise ReadError("item has neither a guid/id nor a link", source=source, position=position)
    text, notes = _text(entry, item_id)
    if not text:
        reason = f"{item_id}: item has no content and no summary"
        raise ReadError(reason, source=source, position=position)
    dateline = parse_dateline(text)
    return Record(
        text=text,
        id=item_id,
        title=(entry.get("title") or "").strip() or None,
        date=_date(entry),
        url=link,
        source=outlet,
        agency=dateline.agency if dateline else None,
        dateline=dateline,
        origin=source,
        position=position,
        notes=notes,
    )


def _text(entry: Any, item_id: str) -> tuple[str, list[str]]:
    for content in entry.get("content") or []:
        text = _markup_text(content.get("value"), content.get("type"))
        if text:
            return text, []
    detail = entry.get("summary_detail") or {}
    summary = _markup_text(entry.get("summary"), detail.get("type"))
    return summary, [f"{item_id}: the feed has only a summary, not the full text"]


def _markup_text(value: str | None, content_type: str | None) -> str:
    value = value or ""
    if not value.strip():
        return ""
    if content_type and "html" not in content_type:
        return value.strip()
    return html_to_text(value)


def _date(entry: Any) -> str | None:
    """The item's day (published, else updated); feedparser gives it as UTC."""
    for key in ("published", "updated"):
        # Asked for only when present: feedparser maps a missing one to the other, with a warning.
        value = entry.get(f"{key}_parsed") if key in entry else None
        if isinstance(value, time.struct_time):
            return time.strftime("%Y-%m-%d", value)
    return None
