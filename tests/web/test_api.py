"""The JSON API and the pages through the ASGI test client, on a store ingested from examples/."""

from __future__ import annotations

import csv
import hashlib
import io
import re
import sqlite3

import pytest

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
