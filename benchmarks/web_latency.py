"""Latency of `lagebild serve`: p50/p95 of every page and API call, on a real server.

    python -m benchmarks.web_latency build --db bench-20k.db [--articles 20000] [--source demo.db]
    python -m benchmarks.web_latency measure --db bench-20k.db [--repeat 20] [--json out.json]

`build` makes a large store without running the pipeline 20,000 times: it copies the analyses
of the articles in `--source` (a store ingested from examples/, e.g. `make demo`'s demo.db),
each copy with its own id, a date drawn from 2000-2024 and a marker appended to the text (so
every offset stays valid and every copy is a distinct article), and saves them through
`Store.save`, the store's one write path. The text is therefore synthesised from the examples;
the actors, quotes and events are theirs, repeated.

`measure` starts `lagebild serve` on a free port, waits until the server has computed its
whole-store aggregates (report, network), then requests each URL once ("first": this URL's
caches are empty) and `--repeat` more times, one request at a time, and prints p50/p95/max per
URL and over all pages and all API calls (milliseconds, wall clock at the client, keep-alive).
"""

from __future__ import annotations

import argparse
import json
import random
import socket
import statistics
import subprocess
import sys
import time
from pathlib import Path

PAGES = [
    "/",
    "/?q=Nato",
    "/?q=Russland&actor=USA&from=2010",
    "/?speaker=Putin&type=REQUEST",
    "/?page=400",
    "/articles/{article}",
    "/actors",
    "/actors?kind=person&page=3",
    "/actors/RUS",
    "/actors/Q7747",
    "/dyad?a=Q7747&b=CHN",
    "/events",
    "/events?actor=RUS&sort=score&desc=1",
    "/events?type=REQUEST&from=2015&to=2016&page=3",
    "/events?page=1000",
    "/events?near=Peking&radius=50",
    "/network",
    "/network?from=2022&to=2022",
    "/report",
    "/failures",
]
API = [
    "/api/articles?q=Nato",
    "/api/articles?speaker=Putin&limit=100",
    "/api/articles/{article}",
    "/api/actors?name=Putin",
    "/api/actors/RUS",
    "/api/quotes?speaker=Putin",
    "/api/quotes?q=Sicherheit&from=2020",
    "/api/events?actor=RUS&recipient=USA",
    "/api/events?type=REQUEST&offset=1000&limit=200",
    "/api/events?country=IRQ&from=2020",
    "/api/events?near=Bagdad&radius=200",
    "/api/dyads?a=Q7747&b=CHN",
    "/api/network",
    "/api/report",
    "/api/failures",
]
DOWNLOADS = [
    "/api/events/export?format=csv&actor=RUS&from=2020",
    "/api/events/export?format=json&type=REQUEST&from=2020",
]


def build(db: Path, source: Path, articles: int, seed: int = 15) -> None:
    from lagebild.store import Store, queries

    if db.exists():
        sys.exit(f"{db}: exists; remove it first")
    with Store(source) as src:
        originals = list(queries.iter_articles(src.conn))
    if not originals:
        sys.exit(f"{source}: no articles (run `make demo` first)")
    rng = random.Random(seed)
    started = time.perf_counter()
    with Store(db) as store:
        for first in range(0, articles, 1000):
            with store.transaction():
                for i in range(first, min(first + 1000, articles)):
                    store.save(_copy(originals[i % len(originals)], i, rng))
    seconds = time.perf_counter() - started
    print(f"{articles:,} articles from {len(originals)} originals in {seconds:.0f} s -> {db}")


def _copy(original, i: int, rng: random.Random):
    """A copy of a stored analysis under a new id and date, with the metadata of its record."""
    from lagebild.analysis import ArticleMeta
    from lagebild.record import Record

    day = f"{rng.randint(2000, 2024)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
    text = f"{original.text}\n\n[synthetische Kopie {i}]"
    record = Record(
        text=text,
        id=f"synth-{i:05d}-{original.id}",
        title=original.title,
        date=day,
        dateline=original.dateline,
        source=original.source,
    )
    return original.model_copy(update={**dict(ArticleMeta.from_record(record)), "text": text})


def measure(db: Path, repeat: int, out: Path | None) -> dict:
    import httpx

    port = _free_port()
    server = subprocess.Popen(
        [sys.executable, "-m", "lagebild", "serve", "--db", str(db), "--port", str(port)],
        stderr=subprocess.DEVNULL,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        with httpx.Client(base_url=base, timeout=60) as client:
            _wait(client)
            client.get("/api/report")  # returns once the start-up aggregates are computed
            article = client.get("/api/articles", params={"limit": 1}).json()["items"][0]["id"]
            results = {
                group: {u: _time(client, u.format(article=article), repeat) for u in urls}
                for group, urls in (("pages", PAGES), ("api", API), ("downloads", DOWNLOADS))
            }
    finally:
        server.terminate()
        server.wait(timeout=10)
    report = {"db": str(db), "repeat": repeat, **_summary(results)}
    _print(report)
    if out:
        out.write_text(json.dumps(report, indent=2))
    return report


def _time(client, url: str, repeat: int) -> tuple[float, list[float]]:
    """The first request (cold: caches of this URL empty) and `repeat` more."""
    start = time.perf_counter()
    assert client.get(url).status_code == 200, url
    first = (time.perf_counter() - start) * 1000
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        response = client.get(url)
        times.append((time.perf_counter() - start) * 1000)
        assert response.status_code == 200, (url, response.status_code)
    return first, times


def _summary(results: dict) -> dict:
    out = {}
    for group, by_url in results.items():
        every = [t for _, times in by_url.values() for t in times]
        out[group] = {
            "p50": round(statistics.median(every), 1),
            "p95": round(_p95(every), 1),
            "max": round(max(every), 1),
            "first_max": round(max(first for first, _ in by_url.values()), 1),
            "urls": {
                u: {
                    "first": round(first, 1),
                    "p50": round(statistics.median(t), 1),
                    "p95": round(_p95(t), 1),
                }
                for u, (first, t) in by_url.items()
            },
        }
    return out


def _p95(values: list[float]) -> float:
    return (
        statistics.quantiles(values, n=20, method="inclusive")[-1] if len(values) > 1 else values[0]
    )


def _print(report: dict) -> None:
    print(f"store {report['db']}, {report['repeat']} requests per URL after the first (ms)")
    for group in ("pages", "api", "downloads"):
        g = report[group]
        print(
            f"\n{group}: p50 {g['p50']}  p95 {g['p95']}  max {g['max']}  first<= {g['first_max']}"
        )
        print(f"  {'first':>8} {'p50':>8} {'p95':>8}")
        for url, s in g["urls"].items():
            print(f"  {s['first']:8.1f} {s['p50']:8.1f} {s['p95']:8.1f}  {url}")


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _wait(client) -> None:
    import httpx

    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            client.get("/api/failures")
            return
        except httpx.TransportError:
            time.sleep(0.2)
    sys.exit("the server did not start")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    sub = parser.add_subparsers(dest="command", required=True)
    b = sub.add_parser("build", help="make a large store from the analyses of a small one")
    b.add_argument("--db", type=Path, required=True)
    b.add_argument("--source", type=Path, default=Path("demo.db"))
    b.add_argument("--articles", type=int, default=20_000)
    m = sub.add_parser("measure", help="p50/p95 latency of every page and API call")
    m.add_argument("--db", type=Path, required=True)
    m.add_argument("--repeat", type=int, default=20)
    m.add_argument("--json", type=Path)
    args = parser.parse_args()
    if args.command == "build":
        build(args.db, args.source, args.articles)
    else:
        measure(args.db, args.repeat, args.json)


if __name__ == "__main__":
    main()
