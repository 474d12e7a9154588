"""`lagebild watch`: a feed served on 127.0.0.1 by the test itself, polled round by round."""

from __future__ import annotations

import shutil
import threading
import time
from collections.abc import Iterator
from email.utils import formatdate
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import httpx
import pytest

from lagebild.store import Store
from lagebild.watch import USER_AGENT, Watcher, make_client, parse_interval

FIXTURES = Path(__file__).parent / "fixtures"
FEED = (FIXTURES / "feeds" / "politik.rss").read_bytes()


class FeedServer(ThreadingHTTPServer):
    """Serves FEED with an ETag; answers 503 to the first ``failures`` requests."""

    def __init__(self, failures: int = 0):
        super().__init__(("127.0.0.1", 0), FeedHandler)
        self.failures = failures
        self.delay = 0.0  # seconds before each answer
        self.body = FEED
        self.requests: list[dict[str, str]] = []

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.server_address[1]}/politik.rss"


class FeedHandler(BaseHTTPRequestHandler):
    server: FeedServer

    def do_GET(self) -> None:  # noqa: N802 — the name http.server calls
        self.server.requests.append(dict(self.headers))
        time.sleep(self.server.delay)
        etag = f'"{hash(self.server.body) & 0xFFFFFFFF:x}"'
        if self.server.failures > 0:
            self.server.failures -= 1
            self._answer(503, b"busy")
        elif self.headers.get("If-None-Match") == etag:
            self._answer(304, b"", etag)
        else:
            self._answer(200, self.server.body, etag)

    def _answer(self, status: int, body: bytes, etag: str | None = None) -> None:
        self.send_response(status)
        if etag:
            self.send_header("ETag", etag)
            self.send_header("Last-Modified", formatdate(usegmt=True))
        self.send_header("Content-Type", "application/rss+xml")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args: object) -> None:  # keep the test output clean
        pass


@pytest.fixture
def serve() -> Iterator:
    servers: list[FeedServer] = []

    def start(failures: int = 0) -> FeedServer:
        server = FeedServer(failures)
        threading.Thread(target=server.serve_forever, daemon=True).start()
        servers.append(server)
        return server

    yield start
    for server in servers:
        server.shutdown()
        server.server_close()


@pytest.mark.parametrize("text, seconds", [("30s", 30), ("15m", 900), ("1h", 3600), ("2", 2)])
def test_intervals_are_read_with_their_unit(text, seconds):
    assert parse_interval(text) == seconds


@pytest.mark.model
def test_a_feed_is_ingested_once_then_answered_with_304(tmp_path, serve, nlp):
    server = serve()
    with Store(tmp_path / "watch.db") as store:
        watcher = Watcher(server.url, store, nlp=nlp, backoff=0.01)
        rounds = []
        watcher.watch(every=0, rounds=2, on_round=rounds.append)
        count = store.conn.execute("SELECT count(*) FROM articles").fetchone()[0]
    first, second = rounds
    assert (first.fetched, first.summary.new, first.summary.failed) == ("200, 3 items", 3, 0)
    assert (second.fetched, second.summary.read) == ("304 not modified", 0)
    assert count == 3
    assert "round 2" in second.line() and "read 0" in second.line()
    # the second request was conditional, and every request said who is asking
    assert server.requests[1].get("If-None-Match") and server.requests[1].get("If-Modified-Since")
    assert all(r.get("User-Agent") == USER_AGENT for r in server.requests)


@pytest.mark.model
def test_a_busy_server_is_retried_with_back_off(tmp_path, serve, nlp):
    server = serve(failures=2)
    with Store(tmp_path / "watch.db") as store:
        result = Watcher(server.url, store, nlp=nlp, backoff=0.01).run_round()
    assert (result.fetched, result.summary.new) == ("200, 3 items", 3)
    assert len(server.requests) == 3


def test_a_server_that_stays_down_fails_the_round_with_one_line(tmp_path, serve):
    server = serve(failures=100)
    with Store(tmp_path / "watch.db") as store:
        errors = []
        watcher = Watcher(server.url, store, backoff=0.01, on_error=errors.append)
        result = watcher.run_round()
        failures = store.conn.execute("SELECT source, reason FROM failures").fetchall()
    assert (result.fetched, result.summary.failed) == ("failed", 1)
    assert len(server.requests) == 4
    assert [tuple(f) for f in failures] == [(server.url, "fetch failed after retries (HTTP 503)")]
    assert str(errors[0]).startswith(server.url) and "\n" not in str(errors[0])


@pytest.mark.model
def test_a_directory_is_polled_for_new_and_changed_files(tmp_path, nlp):
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    shutil.copy(FIXTURES / "agency" / "dpa-scholz-kiew.xml", inbox)
    with Store(tmp_path / "watch.db") as store:
        watcher = Watcher(str(inbox), store, nlp=nlp)
        first = watcher.run_round()
        idle = watcher.run_round()
        shutil.copy(FIXTURES / "feeds" / "politik.rss", inbox)
        third = watcher.run_round()
    assert (first.fetched, first.summary.new) == ("1 new or changed files", 1)
    assert (idle.fetched, idle.summary.read) == ("0 new or changed files", 0)
    assert (third.fetched, third.summary.new) == ("1 new or changed files", 3)


def test_a_source_that_is_neither_url_nor_directory_is_an_error(tmp_path):
    with Store(tmp_path / "watch.db") as store, pytest.raises(Exception, match="nor a directory"):
        Watcher(str(tmp_path / "missing"), store)


@pytest.mark.parametrize(
    "fixture, ids",
    [
        ("agency/dpa-scholz-kiew.xml", ["urn:newsml:dpa.com:20220616:220616-99-680124"]),
        ("feeds/ausland.atom", ["tag:zweite-zeitung.example,2023:ausland/2001"]),
    ],
)
def test_a_fetched_document_is_read_as_newsml_or_as_a_feed(fixture, ids):
    from lagebild.watch import read_document

    items = list(read_document((FIXTURES / fixture).read_bytes(), "http://127.0.0.1/x"))
    assert [i.id for i in items] == ids
    assert all(i.origin == "http://127.0.0.1/x" for i in items)


def test_a_server_that_does_not_answer_in_time_fails_the_round_after_retries(tmp_path, serve):
    server = serve()
    server.delay = 1.0
    client = make_client(httpx.Timeout(0.2))
    with Store(tmp_path / "watch.db") as store, client:
        result = Watcher(server.url, store, client=client, backoff=0.01).run_round()
    assert (result.fetched, result.summary.failed) == ("failed", 1)
    assert len(server.requests) >= 4, "each of the four tries timed out"
