"""IPTC ninjs (1.x and 2.x) and dpa digitalwires entries, as JSON.

A file holds one item, a list of items, or a digitalwires answer ``{"entries": [...]}``.
Fields read:

| field | ninjs 1.x | ninjs 2.x | dpa digitalwires |
|---|---|---|---|
| id | ``uri`` | ``uri`` | ``urn`` |
| title | ``headline`` | ``headlines[0].value`` | ``headline`` |
| body | ``body_text`` / ``body_html`` | ``bodies[].value`` | ``article_html`` |
| date | ``firstcreated`` / ``versioncreated`` | same | ``version_created`` |
| version | ``version`` | ``version`` | ``version`` |
| place | ``located`` | ``located`` | ``dateline`` |
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any

from lagebild.analysis import Dateline
from lagebild.errors import ReadError
from lagebild.readers.dateline import parse_dateline
from lagebild.readers.decode import check_size, decode_text
from lagebild.readers.markup import html_to_text
from lagebild.record import Record, normalise_date

EXTENSIONS = (".json",)
# Keys that only ninjs or digitalwires items have (the Wikinews JSON has none of them).
_MARKERS = (b'"uri"', b'"urn"', b'"body_text"', b'"body_html"', b'"bodies"', b'"article_html"')


def sniff(head: bytes) -> bool:
    return b'"originalText"' not in head and any(m in head for m in _MARKERS)


def read(path: Path) -> Iterator[Record | ReadError]:
    check_size(path.stat().st_size, str(path), limit=50_000_000)
    source = str(path)
    try:
        doc = json.loads(decode_text(path.read_bytes(), source))
    except json.JSONDecodeError as e:
        raise ReadError(f"not valid JSON ({e.msg}, line {e.lineno})", source=source) from None
    items = _items(doc, source)
    for number, item in enumerate(items, start=1):
        position = number if len(items) > 1 else None
        try:
            yield record_from_item(item, source, position)
        except ReadError as error:
            yield error


def _items(doc: object, source: str) -> list[Any]:
    if isinstance(doc, Mapping) and isinstance(doc.get("entries"), list):
        return doc["entries"]
    if isinstance(doc, list):
        return doc
    if isinstance(doc, Mapping):
        return [doc]
    raise ReadError("not a ninjs item, a list of items or {'entries': [...]}", source=source)


def record_from_item(item: object, source: str, position: int | None = None) -> Record:
    if not isinstance(item, Mapping):
        raise ReadError("a ninjs item must be a JSON object", source=source, position=position)
    uri = _text(item.get("uri")) or _text(item.get("urn"))
    if not uri:
        raise ReadError("no 'uri' (ninjs) or 'urn' (dpa)", source=source, position=position)
    body = _body(item)
    if not body.strip():
        raise ReadError(f"{uri}: no body text", source=source, position=position)
    try:
        date = normalise_date(_date(item))
        version = _version(item.get("version"))
    except ValueError as e:
        raise ReadError(f"{uri}: {e}", source=source, position=position) from None
    agency = _agency(item, uri)
    return Record(
        text=body,
        id=uri,
        title=_headline(item),
        date=date,
        url=_link(item),
        source=agency,
        agency=agency,
        version=version,
        dateline=_dateline(item, body, agency),
        origin=source,
        position=position,
    )


def _headline(item: Mapping[str, Any]) -> str | None:
    if _text(item.get("headline")):
        return _text(item["headline"])
    for entry in _list(item.get("headlines")):
        if isinstance(entry, Mapping) and _text(entry.get("value")):
            return _text(entry["value"])
    return None


def _body(item: Mapping[str, Any]) -> str:
    """Plain text first (it is what the agency wrote), else the HTML turned into paragraphs."""
    if _text(item.get("body_text")):
        return str(item["body_text"]).strip()
    for key in ("body_html", "article_html"):
        if _text(item.get(key)):
            return html_to_text(str(item[key]))
    bodies = [
        b for b in _list(item.get("bodies")) if isinstance(b, Mapping) and _text(b.get("value"))
    ]
    plain = [b for b in bodies if "html" not in str(b.get("contenttype", "text/plain"))]
    if plain:
        return str(plain[0]["value"]).strip()
    return html_to_text(str(bodies[0]["value"])) if bodies else ""


def _date(item: Mapping[str, Any]) -> str | None:
    for key in ("firstcreated", "versioncreated", "version_created", "date_created"):
        if _text(item.get(key)):
            return _text(item[key])
    return None


def _version(value: object) -> int | None:
    if value is None or value == "":
        return None
    try:
        return int(str(value).strip())
    except ValueError:
        raise ValueError(f"version is not a whole number: {value!r}") from None


def _agency(item: Mapping[str, Any], uri: str) -> str | None:
    for source in _list(item.get("infosources")):  # ninjs 2.x
        if isinstance(source, Mapping) and _text(source.get("name")):
            return _text(source["name"])
    for key in ("copyrightholder", "creditline", "provider"):
        if _text(item.get(key)):
            return _text(item[key])
    # A dpa URN names its provider: urn:newsml:dpa.com:20090101:…
    return "dpa" if uri.startswith("urn:newsml:dpa.com:") else None


def _dateline(item: Mapping[str, Any], body: str, agency: str | None) -> Dateline | None:
    """The dateline of the body when it opens with one, else the item's place (not in the text)."""
    in_text = parse_dateline(body)
    if in_text:
        return in_text
    field = item.get("located") or item.get("dateline")
    if isinstance(field, Mapping):
        field = field.get("name") or field.get("city")
    place = _text(field)
    if not place:
        return None
    parsed = parse_dateline(place.rstrip() + " ")  # digitalwires: "Berlin (dpa) - "
    if parsed:
        return Dateline(places=parsed.places, agency=parsed.agency, start=0, end=0)
    return Dateline(places=[place], agency=agency, start=0, end=0)


def _link(item: Mapping[str, Any]) -> str | None:
    uri = _text(item.get("uri"))
    if uri and uri.startswith(("http://", "https://")):
        return uri
    return _text(item.get("url")) or _text(item.get("link"))


def _list(value: object) -> list:
    return value if isinstance(value, list) else []


def _text(value: object) -> str | None:
    if value is None or isinstance(value, Mapping | list):
        return None
    value = str(value).strip()
    return value or None
