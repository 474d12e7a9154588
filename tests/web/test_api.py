"""The JSON API and the pages through the ASGI test client, on a store ingested from examples/."""

from __future__ import annotations

import csv
import hashlib
import io
import re
import sqlite3
from html.parser import HTMLParser

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from tests.conftest import EXAMPLES

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("path", "key"),
    [
        ("/api/articles", "items"),
        ("/api/actors", "items"),
        ("/api/quotes", "items"),
        ("/api/events", "items"),
        ("/api/failures", "items"),
    ],
)
def test_lists_are_paginated_with_a_total(client, path, key):
    first = client.get(path, params={"limit": 2}).json()
    second = client.get(path, params={"limit": 2, "offset": 2}).json()
    assert first["total"] >= len(first[key]) and len(first[key]) <= 2
    assert first["limit"] == 2 and second["offset"] == 2
    if first["total"] > 2:
        assert first[key] != second[key]
    beyond = client.get(path, params={"offset": first["total"]}).json()
    assert beyond["items"] == [] and beyond["total"] == first["total"]


@pytest.mark.parametrize(
    ("params", "expected"),
    [
        ({"q": "Osterweiterung"}, {"putin-in-peking"}),
        ({"q": "Nato Osterweit*"}, {"putin-in-peking"}),
        ({"q": "Osterweiterung", "from": "2023"}, set()),
        ({"q": "Osterweiterung", "to": "2022-02"}, {"putin-in-peking"}),
        ({"q": "Osterweiterung", "type": "CONSULT"}, {"putin-in-peking"}),
        ({"q": "Osterweiterung", "type": "ASSAULT"}, set()),
        ({"q": "Osterweiterung", "speaker": "Putin"}, {"putin-in-peking"}),
        ({"q": "Osterweiterung", "actor": "Kasachstan"}, set()),
    ],
)
def test_article_search_combines_full_text_with_the_filters(client, params, expected):
    body = client.get("/api/articles", params=params).json()
    assert {a["id"] for a in body["items"]} == expected
    assert body["total"] == len(expected)


def test_article_filters_without_words_narrow_the_list(client):
    everything = client.get("/api/articles").json()["total"]
    russia = client.get("/api/articles", params={"actor": "RUS"}).json()
    assert 0 < russia["total"] < everything
    for item in russia["items"]:
        actors = client.get(f"/api/articles/{item['id']}").json()["actors"]
        assert any(a["code"] == "RUS" for a in actors.values())


@pytest.mark.parametrize("query", ['"', "Nato AND", "(Russland", "NEAR(", "Nato OR", "*"])
def test_a_malformed_full_text_query_is_a_400_with_a_message(client, query):
    for path in ("/api/articles", "/api/quotes", "/"):
        response = client.get(path, params={"q": query})
        assert response.status_code == 400, (path, query)
        assert "bad search query" in response.text


@pytest.mark.parametrize(
    "path",
    ["/api/articles/no-such-article", "/api/actors/NOPE", "/api/dyads?a=RUS&b=NOPE"],
)
def test_what_is_not_in_the_store_is_a_404(client, path):
    response = client.get(path)
    assert response.status_code == 404 and "NOPE" in response.text or "no-such" in response.text


def test_article_json_is_the_output_contract(client):
    body = client.get("/api/articles/putin-in-peking").json()
    assert body["id"] == "putin-in-peking" and body["text"].startswith("Peking (dpa)")
    assert body["quotes"] and body["events"] and body["actors"]["RUS"]["code"] == "RUS"


def test_events_filter_by_actor_and_sort_by_score(client):
    body = client.get(
        "/api/events", params={"actor": "RUS", "sort": "score", "desc": True, "limit": 200}
    ).json()
    assert body["items"]
    for event in body["items"]:
        assert any(p["code"] == "RUS" or p["actor_id"] == "RUS" for p in event["actor"])
    scores = [e["score"] for e in body["items"] if e["score"] is not None]
    assert scores == sorted(scores, reverse=True)


@pytest.mark.parametrize("params", [{}, {"actor": "RUS"}, {"quad": "verbal_conflict"}])
def test_csv_and_json_downloads_hold_the_filtered_events(client, params):
    total = client.get("/api/events", params=params).json()["total"]
    as_csv = client.get("/api/events/export", params={**params, "format": "csv"})
    as_json = client.get("/api/events/export", params={**params, "format": "json"})
    assert as_csv.headers["content-type"].startswith("text/csv")
    assert "attachment" in as_csv.headers["content-disposition"]
    rows = list(csv.DictReader(io.StringIO(as_csv.text)))
    assert len(rows) == len(as_json.json()) == total > 0
    if "quad" in params:
        assert {r["quad"] for r in rows} == {params["quad"]}


def test_actor_api_has_events_by_month_and_counterparts(client):
    body = client.get("/api/actors/RUS").json()
    assert body["actor"]["wikidata"] == "Q159"
    assert sum(m["events"] for m in body["events_by_month"]) > 0
    assert body["counterparts"] and all(c["id"] != "RUS" for c in body["counterparts"])


def test_dyad_has_every_event_from_a_to_b_with_evidence(client):
    body = client.get("/api/dyads", params={"a": "Q7747", "b": "CHN"}).json()
    assert body["events"]
    for event in body["events"]:
        assert any(p["actor_id"] == "Q7747" for p in event["actor"])
        assert any(p["actor_id"] == "CHN" for p in event["recipient"])
        assert event["evidence"] and all(event["evidence"])


def test_network_edges_join_known_actors(client):
    body = client.get("/api/network", params={"edges": 10}).json()
    ids = {n["id"] for n in body["nodes"]}
    assert 0 < len(body["edges"]) <= 10
    assert all(e["source"] in ids and e["target"] in ids for e in body["edges"])
    narrow = client.get("/api/network", params={"from": "2022-02", "to": "2022-02"}).json()
    assert 0 < len(narrow["edges"]) < len(client.get("/api/network").json()["edges"])


def test_report_is_what_the_cli_report_holds(client, web_db):
    from lagebild.report import build_report

    with sqlite3.connect(web_db) as conn:
        conn.row_factory = sqlite3.Row
        expected = build_report(conn)
    assert client.get("/api/report").json() == expected


@pytest.mark.parametrize(
    "params", [{"limit": 0}, {"limit": 201}, {"offset": -1}, {"offset": 10**9}, {"from": "Mai"}]
)
def test_page_size_and_parameters_are_bounded(client, params):
    assert client.get("/api/events", params=params).status_code == 422


def test_the_store_is_opened_read_only(client, app, web_db):
    from lagebild.web.db import connect

    before = hashlib.sha256(web_db.read_bytes()).hexdigest()
    for path in ("/api/articles", "/api/events", "/api/report", "/", "/events", "/network"):
        assert client.get(path).status_code == 200
    assert hashlib.sha256(web_db.read_bytes()).hexdigest() == before
    conn = connect(web_db, timeout=5)
    with pytest.raises(sqlite3.OperationalError, match="readonly"):
        conn.execute("DELETE FROM articles")
    conn.close()


def test_a_query_over_its_time_limit_is_a_503(web_db):
    from fastapi.testclient import TestClient

    from lagebild.web import create_app
    from lagebild.web.app import Limits

    with TestClient(create_app(web_db, Limits(query_seconds=0.0), warm_up=False)) as slow:
        response = slow.get("/api/events", params={"actor": "RUS", "limit": 200})
    assert response.status_code == 503 and "longer than" in response.json()["detail"]


def test_the_time_limit_interrupts_a_long_statement(web_db):
    from lagebild.web.db import connect

    conn = connect(web_db, timeout=0.2)
    with pytest.raises(sqlite3.OperationalError, match="interrupted"):
        conn.execute(
            "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n) SELECT max(i) FROM n"
        ).fetchone()
    conn.close()


def test_a_missing_or_foreign_database_fails_at_start(tmp_path):
    from lagebild.errors import StoreError
    from lagebild.web import create_app

    with pytest.raises(StoreError, match="no such database"):
        create_app(tmp_path / "missing.db")
    (tmp_path / "other.db").write_text("not sqlite at all " * 100)
    with pytest.raises(StoreError, match="not a lagebild database"):
        create_app(tmp_path / "other.db")


def test_analyze_returns_the_analysis_of_a_posted_text(client):
    text = "Moskau (dpa) - Russland hat die Nato aufgefordert, ihre Truppen abzuziehen."
    response = client.post("/api/analyze", json={"text": text, "date": "2022-02-01"})
    assert response.status_code == 200
    body = response.json()
    assert body["date"] == "2022-02-01" and body["text"] == text
    assert {"RUS", "NATO"} <= set(body["actors"])


@pytest.mark.parametrize(
    ("body", "status"),
    [
        ({"text": ""}, 422),
        ({"text": "x", "date": "2022-13"}, 422),
        ({"text": "x", "date": "gestern"}, 422),
        ({"title": "no text"}, 422),
        ({"text": "x" * 100_001}, 422),
        ({"text": "x" * 300_000}, 413),
    ],
)
def test_analyze_refuses_bad_or_oversized_input(client, body, status):
    assert client.post("/api/analyze", json=body).status_code == status


@pytest.mark.parametrize(
    "path",
    [
        "/",
        "/?q=Nato&from=2022&type=REQUEST",
        "/articles/putin-in-peking",
        "/actors",
        "/actors?kind=state",
        "/actors/RUS",
        "/dyad?a=Q7747&b=CHN",
        "/events?actor=RUS&sort=score&desc=1&page=1",
        "/network?from=2022",
        "/map",
        "/map?country=CHN&type=CONSULT",
        "/report",
        "/failures",
        "/docs",
    ],
)
def test_pages_render_offline(client, path):
    response = client.get(path)
    assert response.status_code == 200 and response.headers["content-type"].startswith("text/html")
    # nothing is loaded from elsewhere: every script, style, image and font is local
    remote = re.findall(r'(?:src|href)="(https?://[^"]+)"', response.text)
    assert all(url.startswith("https://www.wikidata.org/") for url in remote), remote
    for asset in re.findall(r'(?:src|href)="(/(?:static|swagger-ui)/[^"]+)"', response.text):
        assert client.get(asset).status_code == 200, asset


def test_a_missing_page_is_a_404_page(client):
    response = client.get("/articles/nothing-here")
    assert response.status_code == 404 and "nothing-here" in response.text
    assert response.headers["content-type"].startswith("text/html")


def test_serve_names_a_missing_store_in_one_line(tmp_path):
    import os
    import subprocess
    import sys

    done = subprocess.run(
        [sys.executable, "-m", "lagebild", "serve", "--db", str(tmp_path / "none.db")],
        capture_output=True,
        text=True,
        timeout=60,
        env={**os.environ, "COLUMNS": "500"},  # rich wraps long lines at 80 columns
    )
    assert done.returncode == 1
    assert done.stderr.strip().count("\n") == 0 and "no such database file" in done.stderr


@pytest.fixture(scope="module")
def failures_client(tmp_path_factory):
    """A store with an open failure, a warning and a failure resolved by a later clean read."""
    from fastapi.testclient import TestClient

    from lagebild.errors import ReadError
    from lagebild.record import Record
    from lagebild.store import Store
    from lagebild.web import create_app

    path = tmp_path_factory.mktemp("failures") / "failures.db"
    with Store(path) as store:
        for source in ("inbox/leer.txt", "inbox/kaputt.txt", "inbox/kaputt.txt"):
            store.record_failure(ReadError("empty file", source=source, position=None))
        store.record_failure(ReadError("cp1252", source="inbox/alt.txt"), level="warning")
        store.resolve_failures(Record(text="jetzt lesbar", origin="inbox/leer.txt"))
    with TestClient(create_app(path, warm_up=False)) as c:
        yield c


@pytest.mark.parametrize(
    ("params", "sources"),
    [
        ({}, {"kaputt.txt", "alt.txt"}),
        ({"all": "true"}, {"kaputt.txt", "alt.txt", "leer.txt"}),
    ],
)
def test_failures_are_the_open_ones_unless_all_as_in_the_cli(failures_client, params, sources):
    from pathlib import Path

    body = failures_client.get("/api/failures", params=params).json()
    by_source = {Path(f["source"]).name: f for f in body["items"]}  # the store keeps full paths
    assert set(by_source) == sources and body["total"] == len(sources)
    assert by_source["kaputt.txt"]["times"] == 2
    assert by_source["alt.txt"]["level"] == "warning"
    page = failures_client.get("/failures", params=params).text
    assert all(s in page for s in sources)
    assert ("leer.txt" in page) == ("all" in params)


@pytest.mark.parametrize(
    ("params", "cli"),
    [
        ({"country": "IRQ"}, {"country": "IRQ"}),
        ({"country": "chn", "actor": "RUS"}, {"country": "chn", "actor": "RUS"}),
        ({"near": "Bagdad"}, {"near": "Bagdad"}),
        (
            {"near": "Peking", "radius": 50, "from": "2022"},
            {"near": "Peking", "radius": 50, "date_from": "2022"},
        ),
    ],
)
def test_events_filter_by_place_as_the_cli_does(client, web_db, params, cli):
    from lagebild.store import queries
    from lagebild.web.api import near_circle

    if "near" in cli:
        cli["near"] = near_circle(cli["near"], cli.pop("radius", 100.0))
    with sqlite3.connect(web_db) as conn:
        conn.row_factory = sqlite3.Row
        expected = {e["id"] for e in queries.query_events(conn, limit=10_000, **cli)}
    body = client.get("/api/events", params={**params, "limit": 200}).json()
    assert expected and {e["id"] for e in body["items"]} == expected
    assert body["total"] == len(expected)
    exported = client.get("/api/events/export", params={**params, "format": "json"}).json()
    assert {e["id"] for e in exported} == expected
    page = client.get("/events", params=params)
    assert page.status_code == 200 and f"{len(expected)} rows" in page.text


@pytest.mark.parametrize(
    ("params", "status"),
    [({"near": "Nirgendwostadt"}, 400), ({"country": "Irak"}, 422), ({"radius": 0}, 422)],
)
def test_an_unknown_place_or_bad_country_is_a_client_error(client, params, status):
    response = client.get("/api/events", params=params)
    assert response.status_code == status and response.json()["detail"]


def test_an_analysis_over_its_time_limit_is_a_504(web_db, nlp):
    from fastapi.testclient import TestClient

    from lagebild.web import create_app
    from lagebild.web.app import Limits

    text = "Russland hat die Nato aufgefordert, ihre Truppen abzuziehen. " * 200
    with TestClient(create_app(web_db, Limits(analyze_seconds=0.01), warm_up=False)) as slow:
        response = slow.post("/api/analyze", json={"text": text})
    assert response.status_code == 504 and "longer than 0.01 s" in response.json()["detail"]


def test_serve_binds_to_localhost_8000_by_default_and_takes_host_and_port(web_db):
    import os
    import socket
    import subprocess
    import sys
    import time

    import httpx

    env = {**os.environ, "COLUMNS": "500"}
    usage = subprocess.run(
        [sys.executable, "-m", "lagebild", "serve", "--help"],
        capture_output=True, text=True, timeout=60, env=env,
    ).stdout  # fmt: skip
    assert re.search(r"--host .*\[default: 127\.0\.0\.1\]", usage)
    assert re.search(r"--port .*\[default: 8000\]", usage)
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    command = ["serve", "--db", str(web_db), "--host", "127.0.0.1", "--port", str(port)]
    server = subprocess.Popen(
        [sys.executable, "-m", "lagebild", *command],
        stderr=subprocess.PIPE, text=True, env=env,
    )  # fmt: skip
    try:
        deadline, response = time.monotonic() + 60, None
        while response is None and time.monotonic() < deadline and server.poll() is None:
            try:
                response = httpx.get(f"http://127.0.0.1:{port}/api/articles?limit=1", timeout=5)
            except httpx.TransportError:
                time.sleep(0.2)
        assert response is not None and response.status_code == 200, server.poll()
        assert response.json()["total"] > 0
    finally:
        server.terminate()
        _, stderr = server.communicate(timeout=30)
    assert f"read-only on http://127.0.0.1:{port}" in stderr


class _ArticleText(HTMLParser):
    """Per character of the article text: the classes of the marks around it and its link."""

    def __init__(self) -> None:
        super().__init__()
        self.inside, self.in_tag = False, False
        self.stack: list[tuple[str, str, str | None]] = []
        self.chars: list[tuple[str, set[str], str | None]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        attributes = dict(attrs)
        if attributes.get("id") == "article-text":
            self.inside = True
        elif self.inside:
            self.stack.append((tag, attributes.get("class") or "", attributes.get("href")))

    def handle_endtag(self, tag: str) -> None:
        if self.inside and not self.stack:
            self.inside = False
        elif self.inside:
            self.stack.pop()

    def handle_data(self, data: str) -> None:
        if not self.inside or any(tag == "sup" for tag, _, _ in self.stack):
            return  # the event-type tags after a trigger are not part of the text
        classes = {c for _, css, _ in self.stack for c in css.split()}
        href = next((h for _, _, h in reversed(self.stack) if h), None)
        self.chars += [(ch, classes, href) for ch in data]


@pytest.mark.parametrize("article_id", sorted(p.stem for p in EXAMPLES.glob("*.txt")))
def test_every_mark_is_in_the_text_and_every_resolved_one_links_to_its_actor(client, article_id):
    from lagebild.web.marks import actor_href

    analysis = client.get(f"/api/articles/{article_id}").json()
    parser = _ArticleText()
    parser.feed(client.get(f"/articles/{article_id}").text)
    assert "".join(ch for ch, _, _ in parser.chars) == analysis["text"]
    speakers = [q["speaker"] for q in analysis["quotes"] if q["speaker"]]

    def marked(span: dict, css: str) -> bool:
        return all(css in parser.chars[i][1] for i in range(span["start"], span["end"]))

    def links(span: dict) -> set[str | None]:
        return {parser.chars[i][2] for i in range(span["start"], span["end"])}

    resolved = [m for m in analysis["entities"] + speakers if m["actor"]]

    def own_link_or_a_narrower_one(span: dict) -> bool:
        width = span["end"] - span["start"]
        for i in range(span["start"], span["end"]):
            narrower = {
                actor_href(m["actor"])
                for m in resolved
                if m["start"] <= i < m["end"] and m["end"] - m["start"] <= width
            }
            if parser.chars[i][2] not in narrower:
                return False
        return actor_href(span["actor"]) in links(span)

    for entity in analysis["entities"]:
        assert marked(entity, f"ent-{entity['label'][:3]}"), entity
    for speaker in speakers:
        assert marked(speaker, "speaker"), speaker
    for mark in resolved:
        assert own_link_or_a_narrower_one(mark), mark
    for quote in analysis["quotes"]:
        if quote["cue"]:
            assert marked(quote["cue"], "cue"), quote
    for event in analysis["events"]:
        assert marked(event["trigger"], f"tr-{event['quad']}"), event
        for span in event["evidence"] or [event["sentence"]]:
            assert marked(span, "evidence"), event


def test_loading_the_gazetteer_for_near_does_not_count_against_the_query_time(web_db):
    from fastapi.testclient import TestClient

    from lagebild.geo.gazetteer import get_gazetteer
    from lagebild.web import create_app
    from lagebild.web.app import Limits

    get_gazetteer.cache_clear()  # as in a fresh server: the first near= loads it (about 1-2 s)
    # with an actor, the query runs long enough for the deadline check to see a spent budget
    with TestClient(create_app(web_db, Limits(query_seconds=0.2), warm_up=False)) as fresh:
        response = fresh.get("/api/events", params={"near": "Bagdad", "actor": "IRQ"})
    assert response.status_code == 200, response.text


@settings(max_examples=300, deadline=None)
@given(
    st.floats(-90, 90), st.floats(-180, 180), st.floats(-90, 90), st.floats(-180, 180),
    st.floats(0.001, 25_000),
)  # fmt: skip
def test_the_sql_near_test_agrees_with_the_gazetteers_distance(lat, lon, lat0, lon0, km):
    from lagebild.geo.gazetteer import distance_km
    from lagebild.store.queries import _within_circle

    distance = distance_km(lat, lon, lat0, lon0)
    assume(abs(distance - km) > 1e-6 * max(km, 1))  # not on the rim, where rounding decides
    assert _within_circle(lat0, lon0, km)(lat, lon) == (distance <= km)
