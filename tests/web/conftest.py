"""A real store ingested from examples/ once per session, an ASGI client, and a live server."""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.conftest import EXAMPLES

SCREENSHOTS = Path(__file__).parent / "screenshots"


@pytest.fixture(scope="session")
def web_db(nlp, tmp_path_factory) -> Path:
    from lagebild.ingest import ingest
    from lagebild.store import Store

    path = tmp_path_factory.mktemp("web") / "examples.db"
    with Store(path) as store:
        summary = ingest([EXAMPLES], store, nlp=nlp)
        store.record_failure(_example_failure())
    assert summary.failed == 0 and summary.new == len(list(EXAMPLES.glob("*.txt")))
    return path


def _example_failure():
    from lagebild.errors import ReadError

    return ReadError("empty file", source="inbox/leer.txt", position=None)


@pytest.fixture(scope="session")
def app(web_db):
    from lagebild.web import create_app

    return create_app(web_db)


@pytest.fixture(scope="session")
def client(app):
    from fastapi.testclient import TestClient

    with TestClient(app) as c:
        yield c


@pytest.fixture(scope="session")
def live_server(app) -> Iterator[str]:
    """The app under uvicorn on a free local port, in a thread."""
    import uvicorn

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not server.started:
        if time.monotonic() > deadline:
            pytest.fail("the test server did not start")
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    server.should_exit = True
    thread.join(timeout=10)
