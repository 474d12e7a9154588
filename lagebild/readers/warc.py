"""News crawls as WARC / WARC.gz files (Common Crawl's CC-NEWS), with warcio.

Every HTML ``response`` record with status 200 is read as an article page
(``lagebild.readers.html``): its ``WARC-Target-URI`` is id and url of the record.
Pages that are not German are skipped and counted. Most of a news crawl is not
German, so two cheap checks come before the extraction: the ``<html lang>`` a page
declares, and, where it declares none, py3langid (which ships its model) on the text
of its ``<p>`` elements; the extracted text of the rest is checked again. The file
is streamed record by record, and a page's payload is read up to ``MAX_PAGE_BYTES``,
so memory stays bounded whatever the size of the file.

A page without article text gives a ReadError naming the file, the record number
and its URL, and the next record is read. A broken WARC header or a record cut short
ends that file with one such error (the next record cannot be found again).
"""

from __future__ import annotations

import re
import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from warcio.archiveiterator import ArchiveIterator
from warcio.exceptions import ArchiveLoadFailed

from lagebild.errors import ReadError
from lagebild.readers.html import record_from_html
from lagebild.record import Record

EXTENSIONS = (".warc", ".warc.gz")
MAX_PAGE_BYTES = 5_000_000
LANGUAGE = "de"
PREVIEW_BYTES = 300_000
_PARAGRAPH = re.compile(rb"<p[\s>](.{20,2000}?)</p>", re.IGNORECASE | re.DOTALL)
_TAG = re.compile(rb"<[^>]*>")
_HTML_LANG = re.compile(rb"<html[^>]*?\slang\s*=\s*[\"']?([A-Za-z]{2,3})", re.IGNORECASE)


@dataclass
class WarcCounts:
    """What one file held; filled while it is read (see ``read_counted``)."""

    records: int = 0
    pages: int = 0
    kept: int = 0
    other_language: int = 0
    failed: int = 0


def read(path: Path) -> Iterator[Record | ReadError]:
    """The German pages; the last one carries a note with the file's counts.

    One record is held back so that the counts, known only at the end, reach the
    ingest summary; a crawl with no German page at all is reported as an error.
    """
    counts = WarcCounts()
    held: Record | None = None
    for item in read_counted(path, counts):
        if isinstance(item, Record):
            if held is not None:
                yield held
            held = item
        else:
            yield item
    if held is not None:
        held.notes.append(f"{path}: {summary(counts)}")
        yield held
    elif counts.pages:
        yield ReadError(f"no German page: {summary(counts)}", source=str(path))
    elif not counts.failed:
        yield ReadError("no HTML response record in this WARC file", source=str(path))


def summary(counts: WarcCounts) -> str:
    return (
        f"{counts.records} WARC records, {counts.pages} HTML pages, {counts.kept} German "
        f"pages kept, {counts.other_language} in other languages skipped, "
        f"{counts.failed} unreadable"
    )


def read_counted(path: Path, counts: WarcCounts) -> Iterator[Record | ReadError]:
    """Every German article page of the crawl, updating ``counts`` as it goes."""
    source = str(path)
    with path.open("rb") as stream:
        records = iter(ArchiveIterator(stream))
        while True:
            try:
                warc_record = next(records)
                payload = _payload(warc_record)
            except StopIteration:
                return
            except (ArchiveLoadFailed, ValueError, EOFError, OSError, zlib.error) as e:
                yield _broken(source, counts, _one_line(e))
                return
            except (AttributeError, TypeError, IndexError, KeyError) as e:
                # warcio trips over some broken headers (a missing URI, a bad length)
                yield _broken(source, counts, f"{type(e).__name__}: {_one_line(e)}")
                return
            counts.records += 1
            if warc_record.format != "warc":  # warcio falls back to ARC on garbage
                yield _broken(source, counts, "not a WARC record header", counts.records)
                return
            if getattr(warc_record.raw_stream, "limit", 0) > 0:  # fewer bytes than announced
                yield _broken(source, counts, "the file ends inside it", counts.records)
                return
            if payload is not None:
                item = _page(payload, warc_record, source, counts)
                if item is not None:
                    yield item


def _payload(warc_record) -> bytes | None:
    """The HTTP body of an HTML 200 response (at most MAX_PAGE_BYTES), else None.

    The rest of the record is read past here, so that a truncated record shows.
    """
    payload = None
    headers = warc_record.http_headers
    if warc_record.rec_type == "response" and headers is not None:
        content_type = (headers.get_header("Content-Type") or "").lower()
        if headers.get_statuscode() == "200" and "html" in content_type:
            payload = warc_record.content_stream().read(MAX_PAGE_BYTES)
    while warc_record.raw_stream.read(1 << 16):
        pass
    return payload


def _broken(source: str, counts: WarcCounts, why: str, number: int | None = None) -> ReadError:
    counts.failed += 1
    return ReadError(
        f"broken WARC record ({why}); the rest of the file is skipped",
        source=source,
        position=number or counts.records + 1,
    )


def _page(data: bytes, warc_record, source: str, counts: WarcCounts) -> Record | ReadError | None:
    counts.pages += 1
    url = warc_record.rec_headers.get_header("WARC-Target-URI")
    if not is_german_markup(data):
        counts.other_language += 1
        return None
    try:
        record = record_from_html(data, source=source, url=url, position=counts.records)
    except ReadError as error:
        counts.failed += 1
        error.reason = f"record {counts.records} ({url or 'no WARC-Target-URI'}): {error.reason}"
        return error
    if not is_german(record.text):
        counts.other_language += 1
        return None
    counts.kept += 1
    return record


def is_german_markup(data: bytes) -> bool:
    """False when the page declares another language in ``<html lang>``, or declares none
    and the text of its ``<p>`` elements is plainly not German; the cheap checks that
    spare the extraction of most foreign pages. The extracted text is checked again."""
    match = _HTML_LANG.search(data[:4096])
    if match is not None:
        return match.group(1).lower().decode() == LANGUAGE
    paragraphs = b" ".join(_PARAGRAPH.findall(data[:PREVIEW_BYTES]))
    text = _TAG.sub(b" ", paragraphs).decode("utf-8", errors="replace")
    # Too little paragraph text to judge (pages built of divs): leave it to the extraction.
    return len(text.strip()) < 200 or is_german(text)


def is_german(text: str) -> bool:
    return _classifier()(text[:2000]) == LANGUAGE


@cache
def _classifier():
    import py3langid

    return lambda text: py3langid.classify(text)[0]


def _one_line(error: BaseException) -> str:
    return " ".join(str(error).split())[:200] or type(error).__name__
