"""IPTC NewsML-G2 news items (``newsItem``, or several in a ``newsMessage``), with lxml.

Read: ``@guid`` (id) and ``@version``, ``itemMeta/firstCreated`` (else ``versionCreated``),
``itemMeta/provider``, ``contentMeta/headline``, ``contentMeta/dateline``,
``contentMeta/located``, and the body from ``contentSet``: NITF (``body.content``),
XHTML (``body``) or plain ``inlineData``.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from lxml import etree

from lagebild.analysis import Dateline
from lagebild.errors import ReadError
from lagebild.readers.dateline import parse_dateline
from lagebild.readers.decode import check_size
from lagebild.readers.markup import element_to_text
from lagebild.record import Record, normalise_date

EXTENSIONS = (".xml", ".newsml")
NAR = "http://iptc.org/std/nar/2006-10-01/"
_NS = {"g": NAR}


def sniff(head: bytes) -> bool:
    return NAR.encode() in head or b"<newsItem" in head or b"<newsMessage" in head


def read(path: Path) -> Iterator[Record | ReadError]:
    check_size(path.stat().st_size, str(path), limit=50_000_000)
    yield from read_bytes(path.read_bytes(), str(path))


def read_bytes(data: bytes, source: str) -> Iterator[Record | ReadError]:
    root = parse_xml(data, source)
    if etree.QName(root).localname == "newsItem":
        items = [root]
    else:
        items = root.findall(".//g:newsItem", _NS)
    if not items:
        raise ReadError("no NewsML-G2 newsItem in this XML", source=source)
    for number, item in enumerate(items, start=1):
        position = number if len(items) > 1 else None
        try:
            yield record_from_item(item, source, position)
        except ReadError as error:
            yield error


def parse_xml(data: bytes, source: str) -> etree._Element:
    """Parse XML safely (no entities resolved, no network), or say where it is broken."""
    if not data.strip():
        raise ReadError("empty file", source=source)
    parser = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False)
    try:
        root = etree.fromstring(data, parser)
    except etree.XMLSyntaxError as e:
        where = "" if "line" in (e.msg or "") else f", line {e.lineno}"  # libxml2 names it
        raise ReadError(f"malformed XML ({e.msg}{where})", source=source) from None
    if root is None:
        raise ReadError("malformed XML (no root element)", source=source)
    return root


def record_from_item(item: etree._Element, source: str, position: int | None) -> Record:
    guid = (item.get("guid") or "").strip()
    if not guid:
        raise ReadError("newsItem without a guid", source=source, position=position)
    body = _body(item)
    if not body.strip():
        raise ReadError(f"{guid}: no body text in contentSet", source=source, position=position)
    try:
        date = normalise_date(
            _first_text(item, "g:itemMeta/g:firstCreated", "g:itemMeta/g:versionCreated")
        )
        version = int(item.get("version")) if item.get("version") else None
    except ValueError as e:
        raise ReadError(f"{guid}: {e}", source=source, position=position) from None
    agency = _provider(item)
    return Record(
        text=body,
        id=guid,
        title=_first_text(item, "g:contentMeta/g:headline"),
        date=date,
        url=_link(item),
        source=agency,
        agency=agency,
        version=version,
        dateline=_dateline(item, body, agency),
        origin=source,
        position=position,
    )


def _body(item: etree._Element) -> str:
    for inline in item.iterfind("g:contentSet/g:inlineXML", _NS):
        # NITF keeps the story in body.content; XHTML in body; else take all of it.
        content = inline.find(".//{*}body.content")
        if content is None:
            content = inline.find(".//{*}body")
        text = element_to_text(content if content is not None else inline)
        if text:
            return text
    for inline in item.iterfind("g:contentSet/g:inlineData", _NS):
        if inline.text and inline.text.strip():
            return inline.text.strip()
    return ""


def _provider(item: etree._Element) -> str | None:
    provider = item.find("g:itemMeta/g:provider", _NS)
    if provider is None:
        return _first_text(item, "g:contentMeta/g:creditline")
    name = provider.findtext("g:name", namespaces=_NS)
    literal = provider.get("literal") or (name.strip() if name else None)
    if literal:
        return literal
    qcode = provider.get("qcode") or ""  # nprov:DPA
    return qcode.split(":", 1)[-1].lower() or None


def _dateline(item: etree._Element, body: str, agency: str | None) -> Dateline | None:
    """The dateline opening the body when there is one, else ``located`` or ``dateline``."""
    in_text = parse_dateline(body)
    if in_text:
        return in_text
    located = item.find("g:contentMeta/g:located", _NS)
    place = None
    if located is not None:
        place = located.findtext("g:name", namespaces=_NS) or located.get("literal")
    place = (place or "").strip() or _first_text(item, "g:contentMeta/g:dateline")
    if not place:
        return None
    parsed = parse_dateline(place + " ")
    if parsed:
        return Dateline(places=parsed.places, agency=parsed.agency, start=0, end=0)
    return Dateline(places=[place.strip(" ,-–")], agency=agency, start=0, end=0)


def _link(item: etree._Element) -> str | None:
    for link in item.iterfind("g:itemMeta/g:link", _NS):
        href = link.get("href") or ""
        if href.startswith(("http://", "https://")) and link.get("rel", "").endswith("canonical"):
            return href
    guid = item.get("guid") or ""
    return guid if guid.startswith(("http://", "https://")) else None


def _first_text(item: etree._Element, *paths: str) -> str | None:
    for path in paths:
        element = item.find(path, _NS)
        if element is not None:
            text = " ".join("".join(element.itertext()).split())
            if text:
                return text
    return None
