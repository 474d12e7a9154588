"""``lagebild watch``: poll a feed URL or a directory and ingest what is new, round by round.

A URL is fetched with httpx: timeouts, a user-agent, conditional requests (the
``ETag`` / ``Last-Modified`` of the last answer, so an unchanged feed costs a 304)
and, with tenacity, retries with exponential back-off on network errors, 429 and 5xx.
The answer is read as NewsML-G2 when it is one, else as an RSS/Atom feed. A
directory is re-read for files that are new or changed since the last round. What
was stored before is recognised by the store (same id and content) and not analysed
again, so a restart costs one full read, never a duplicate.
"""

from __future__ import annotations

import re
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import httpx
from tenacity import (
    retry,
    retry_if_exception,
    stop_after_attempt,
    wait_exponential,
)

from lagebild import __version__
from lagebild.errors import LagebildError, ReadError
from lagebild.ingest import IngestSummary, ingest
from lagebild.readers import feed, iter_directory, newsml
from lagebild.record import Record
from lagebild.store import Store

USER_AGENT = f"lagebild/{__version__} (news reader; polite polling with conditional requests)"
TIMEOUT = httpx.Timeout(20.0, connect=10.0)
RETRIED_STATUS = frozenset({429, 500, 502, 503, 504})
_EVERY = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*([smhd]?)\s*$")
_UNITS = {"": 1, "s": 1, "m": 60, "h": 3600, "d": 86400}


def parse_interval(text: str) -> float:
    """Seconds in ``30s``, ``15m``, ``1h``, ``1d`` (a bare number is seconds)."""
    m = _EVERY.match(text.lower())
    if not m:
        raise ValueError(f"not an interval (want e.g. 30s, 15m, 1h): {text!r}")
    return float(m.group(1)) * _UNITS[m.group(2)]


@dataclass
class Round:
    number: int
    source: str
    fetched: str  # what the source said: "200, 3 items", "304 not modified", "2 changed files"
    summary: IngestSummary

    def line(self) -> str:
        s = self.summary
        return (
            f"round {self.number} · {time.strftime('%H:%M:%S')} · {self.source}: {self.fetched}"
            f" · read {s.read}, new {s.new}, replaced {s.replaced}, unchanged {s.unchanged},"
            f" failed {s.failed}"
        )


class HttpStatusError(Exception):
    def __init__(self, status: int):
        super().__init__(f"HTTP {status}")
        self.status = status


@dataclass
class FeedPoller:
    """Fetches one URL, remembering its validators between rounds."""

    url: str
    client: httpx.Client
    attempts: int = 4
    backoff: float = 1.0  # first wait in seconds; doubles with each retry, at most 60 s
    etag: str | None = None
    last_modified: str | None = None

    def fetch(self) -> httpx.Response | None:
        """The new document, or None when the server says it has not changed (304)."""
        response = self._retrying()(self._get)()
        if response.status_code == 304:
            return None
        self.etag = response.headers.get("ETag") or self.etag
        self.last_modified = response.headers.get("Last-Modified") or self.last_modified
        return response

    def _retrying(self) -> Callable:
        return retry(
            retry=retry_if_exception(_is_transient),
            stop=stop_after_attempt(self.attempts),
            wait=wait_exponential(multiplier=self.backoff, max=60),
            reraise=True,
        )

    def _get(self) -> httpx.Response:
        headers = {}
        if self.etag:
            headers["If-None-Match"] = self.etag
        if self.last_modified:
            headers["If-Modified-Since"] = self.last_modified
        response = self.client.get(self.url, headers=headers)
        if response.status_code in RETRIED_STATUS:
            raise HttpStatusError(response.status_code)
        if response.status_code not in (200, 304):
            reason = f"HTTP {response.status_code} {response.reason_phrase}"
            raise ReadError(reason, source=self.url)
        return response


def _is_transient(error: BaseException) -> bool:
    return isinstance(error, httpx.TransportError | HttpStatusError)


@dataclass
class DirectoryPoller:
    """Finds the files of a directory that are new or changed since the last round."""

    root: Path
    seen: dict[Path, tuple[int, int]] = field(default_factory=dict)

    def changed(self) -> list[Path]:
        changed = []
        for path in iter_directory(self.root):
            if not isinstance(path, Path):
                continue  # a symlink loop: reported by the ingest of the files themselves
            try:
                stat = path.stat()
            except OSError:
                continue  # removed between listing and stat
            key = (stat.st_mtime_ns, stat.st_size)
            if self.seen.get(path) != key:
                self.seen[path] = key
                changed.append(path)
        return changed


class Watcher:
    """One source, polled round by round into one store."""

    def __init__(
        self,
        source: str,
        store: Store,
        nlp: Callable | None = None,
        client: httpx.Client | None = None,
        backoff: float = 1.0,
        on_error: Callable[[LagebildError], None] | None = None,
    ):
        self.source = source
        self.store = store
        self.nlp = nlp
        self.on_error = on_error
        self.rounds = 0
        if source.startswith(("http://", "https://")):
            self.client = client or make_client()
            self.feed: FeedPoller | None = FeedPoller(source, self.client, backoff=backoff)
            self.directory: DirectoryPoller | None = None
        else:
            root = Path(source)
            if not root.is_dir():
                raise ReadError("not a URL (http/https) nor a directory", source=source)
            self.feed, self.directory = None, DirectoryPoller(root)

    def run_round(self) -> Round:
        self.rounds += 1
        if self.directory is not None:
            paths = self.directory.changed()
            summary = self._ingest(paths=paths)
            return Round(self.rounds, self.source, f"{len(paths)} new or changed files", summary)
        return self._feed_round()

    def _feed_round(self) -> Round:
        assert self.feed is not None
        try:
            response = self.feed.fetch()
        except (httpx.HTTPError, HttpStatusError) as e:
            error = ReadError(f"fetch failed after retries ({e})", source=self.source)
            return Round(self.rounds, self.source, "failed", self._ingest(items=iter([error])))
        except ReadError as error:
            return Round(self.rounds, self.source, "failed", self._ingest(items=iter([error])))
        if response is None:
            return Round(self.rounds, self.source, "304 not modified", IngestSummary())
        items = list(read_document(response.content, self.source))
        records = sum(isinstance(i, Record) for i in items)
        fetched = f"{response.status_code}, {records} items"
        return Round(self.rounds, self.source, fetched, self._ingest(items=iter(items)))

    def _ingest(self, paths: list[Path] | None = None, items: Iterator | None = None):
        return ingest(paths or [], self.store, nlp=self.nlp, on_error=self.on_error, records=items)

    def watch(self, every: float, rounds: int = 0, on_round: Callable[[Round], None] = print):
        """Poll every ``every`` seconds, ``rounds`` times (0: until interrupted)."""
        while True:
            started = time.monotonic()
            on_round(self.run_round())
            if rounds and self.rounds >= rounds:
                return
            time.sleep(max(0.0, every - (time.monotonic() - started)))


def make_client(timeout: httpx.Timeout = TIMEOUT) -> httpx.Client:
    # Retries on connect errors at transport level too; tenacity retries the rest.
    transport = httpx.HTTPTransport(retries=1)
    return httpx.Client(
        timeout=timeout,
        headers={"User-Agent": USER_AGENT},
        follow_redirects=True,
        transport=transport,
    )


def read_document(data: bytes, source: str) -> Iterator[Record | ReadError]:
    """A fetched document: NewsML-G2 when it is one, else RSS/Atom."""
    reader = newsml if newsml.sniff(data[:8192]) else feed
    try:
        yield from reader.read_bytes(data, source)
    except ReadError as error:
        yield error
