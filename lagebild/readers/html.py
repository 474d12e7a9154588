"""Publishers' article pages (HTML), with trafilatura.

The main text (boilerplate, navigation and comments dropped) becomes the body, one
paragraph per block with a blank line between; the headline trafilatura repeats as
the first line is left out. Title and date come from trafilatura (which reads
``<meta>``, JSON-LD and the page); when it finds no date, the ``<meta>`` and JSON-LD
publication dates are read here. Id: the page's canonical URL, else (no URL) the file's
path below the ingest root, as for a record file.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlsplit

import trafilatura
from lxml import etree
from lxml import html as lxml_html

from lagebild.errors import ReadError
from lagebild.readers.dateline import parse_dateline
from lagebild.readers.decode import check_size
from lagebild.readers.markup import lines_to_paragraphs
from lagebild.record import Record, normalise_date

EXTENSIONS = (".html", ".htm")
# <meta property|name|itemprop="…"> that carry the publication date (compared lower-cased).
_META_DATES = frozenset(
    {
        "article:published_time",
        "og:article:published_time",
        "datepublished",
        "date",
        "dc.date",
        "dcterms.date",
        "pubdate",
    }
)
# Less main text than this is a menu, a teaser or an error page, not an article.
MIN_WORDS = 15
_ISO_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")


def read(path: Path) -> Iterator[Record]:
    check_size(path.stat().st_size, str(path))
    # No URL: the page is named by its path below the ingest root (never colliding), as a
    # record file is.
    yield record_from_html(path.read_bytes(), source=str(path))


def record_from_html(
    data: bytes,
    source: str,
    url: str | None = None,
    position: int | None = None,
) -> Record:
    """One article page as a Record, or a ReadError when it holds no article text."""
    if not data.strip():
        raise ReadError("empty page", source=source, position=position)
    document = extract(data, url)
    if document is None or not (document.text or "").strip():
        raise ReadError("no article text found in the HTML", source=source, position=position)
    body = page_text(document)
    words = len(body.split())
    if words < MIN_WORDS:
        reason = f"no article text found in the HTML ({words} words of main text)"
        raise ReadError(reason, source=source, position=position)
    page_url = url or document.url or json_ld_url(data)
    dateline = parse_dateline(body)
    return Record(
        text=body,
        id=page_url,  # None: named by its path (``lagebild.readers.read_path``)
        title=(document.title or "").strip() or None,
        date=_date(document.date) or meta_date(data),
        url=page_url,
        source=(document.sitename or "").strip() or _host(page_url),
        agency=dateline.agency if dateline else None,
        dateline=dateline,
        origin=source,
        position=position,
    )


def extract(data: bytes, url: str | None = None) -> trafilatura.settings.Document | None:
    try:
        document = trafilatura.bare_extraction(
            data,
            url=url,
            with_metadata=True,
            include_comments=False,
            include_tables=False,
            deduplicate=False,
        )
    except (ValueError, TypeError, etree.LxmlError):  # pages too broken to parse
        return None
    # a dict only with as_dict=True, which is not asked for
    return document if isinstance(document, trafilatura.settings.Document) else None


def page_text(document: trafilatura.settings.Document) -> str:
    """The main text, one paragraph per block, without the repeated headline."""
    body = lines_to_paragraphs(document.text or "")
    title = (document.title or "").strip()
    first, sep, rest = body.partition("\n\n")
    if title and first.strip() == title and rest.strip():
        return rest
    return body


def meta_date(data: bytes) -> str | None:
    """A publication date from ``<meta>`` tags or JSON-LD ``datePublished``, else None."""
    try:
        tree = lxml_html.fromstring(data)
    except (etree.LxmlError, ValueError):
        return None
    for meta in tree.iterfind(".//meta"):
        key = meta.get("property") or meta.get("name") or meta.get("itemprop") or ""
        if key.lower() in _META_DATES:
            day = _date(meta.get("content"))
            if day:
                return day
    for script in tree.xpath('//script[@type="application/ld+json"]'):
        day = _json_ld_date(script.text or "")
        if day:
            return day
    return None


def json_ld_url(data: bytes) -> str | None:
    """The ``url`` of the page's JSON-LD article, when trafilatura found no canonical URL."""
    try:
        tree = lxml_html.fromstring(data)
    except (etree.LxmlError, ValueError):
        return None
    for script in tree.xpath('//script[@type="application/ld+json"]'):
        url = _json_ld_value(script.text or "", ("url", "mainEntityOfPage"))
        if url and url.startswith(("http://", "https://")):
            return url
    return None


def _json_ld_date(text: str) -> str | None:
    return _date(_json_ld_value(text, ("datePublished", "dateCreated")))


def _json_ld_value(text: str, keys: tuple[str, ...]) -> str | None:
    """The first string under one of ``keys`` anywhere in a JSON-LD block."""
    try:
        data = json.loads(text)
    except json.JSONDecodeError:
        return None
    stack = [data]
    while stack:
        node = stack.pop()
        if isinstance(node, dict):
            for key in keys:
                if isinstance(node.get(key), str) and node[key].strip():
                    return node[key].strip()
            stack.extend(node.values())
        elif isinstance(node, list):
            stack.extend(node)
    return None


def _host(url: str | None) -> str | None:
    host = urlsplit(url).hostname if url else None
    return host.removeprefix("www.") if host else None


def _date(value: str | None) -> str | None:
    match = _ISO_DAY.match((value or "").strip())
    if not match:
        return None
    try:
        return normalise_date(match.group(0))
    except ValueError:
        return None
