"""The HTML pages: rendered on the server from templates; every mark and row links on."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Depends, Query, Request
from fastapi.responses import HTMLResponse

from lagebild.report import build_report
from lagebild.store import queries
from lagebild.web import charts, geomap
from lagebild.web.api import (
    DATE,
    ActorKind,
    AllFailures,
    EventFilters,
    Sort,
    Text,
    actor_or_404,
)
from lagebild.web.app import Conn, cached
from lagebild.web.marks import article_marks, render_text

router = APIRouter(include_in_schema=False, default_response_class=HTMLResponse)

PageNo = Annotated[int, Query(ge=1, le=10_000)]
From = Annotated[str | None, Query(alias="from", pattern=DATE + "|^$")]
To = Annotated[str | None, Query(alias="to", pattern=DATE + "|^$")]
PAGE_SIZE = 25


def render(request: Request, template: str, **context: Any) -> HTMLResponse:
    return request.app.state.templates.TemplateResponse(request, template, context)


def pager(total: int, page: int, size: int = PAGE_SIZE) -> dict[str, int]:
    return {"page": page, "pages": max(1, -(-total // size)), "total": total, "size": size}


@router.get("/")
def search(
    request: Request,
    conn: Conn,
    q: Annotated[str | None, Query(max_length=500)] = None,
    date_from: From = None,
    date_to: To = None,
    actor: Text = None,
    speaker: Text = None,
    type: Annotated[str | None, Query(max_length=40)] = None,
    page: PageNo = 1,
) -> HTMLResponse:
    rows, total = queries.search_articles(
        conn,
        q or None,
        date_from or None,
        date_to or None,
        actor or None,
        speaker or None,
        type or None,
        PAGE_SIZE,
        (page - 1) * PAGE_SIZE,
    )
    return render(
        request,
        "search.html",
        rows=rows,
        pager=pager(total, page),
        types=event_types(request, conn),
        counts=cached(request, "counts", queries.counts),
    )


@router.get("/articles/{article_id:path}")
def article(request: Request, conn: Conn, article_id: str) -> HTMLResponse:
    analysis = queries.get_article(conn, article_id)
    mentions: dict[str, int] = {}
    for m in analysis.mentions:
        for a in m.actors:
            mentions[a] = mentions.get(a, 0) + 1
    actors = sorted(analysis.actors.items(), key=lambda kv: (-mentions.get(kv[0], 0), kv[1].name))
    return render(
        request,
        "article.html",
        a=analysis,
        text=render_text(analysis.text, article_marks(analysis)),
        actors=actors,
        mentions=mentions,
    )


@router.get("/actors")
def actors(
    request: Request,
    conn: Conn,
    name: Text = None,
    kind: Annotated[ActorKind | None, Query()] = None,
    code: Annotated[str | None, Query(max_length=40)] = None,
    page: PageNo = 1,
) -> HTMLResponse:
    rows, total = queries.actors_page(
        conn, name or None, kind, code or None, PAGE_SIZE * 2, (page - 1) * PAGE_SIZE * 2
    )
    return render(request, "actors.html", rows=rows, pager=pager(total, page, PAGE_SIZE * 2))


@router.get("/actors/{actor_id}")
def actor(request: Request, conn: Conn, actor_id: str) -> HTMLResponse:
    found = actor_or_404(conn, actor_id)
    profile = cached(request, ("summary", actor_id), lambda c: queries.actor_summary(c, actor_id))
    events, total = queries.events_page(
        conn, actor=actor_id, exact=True, sort="date", descending=True, limit=15
    )
    by_month = cached(
        request, ("by_month", actor_id), lambda c: queries.actor_events_by_month(c, actor_id)
    )
    return render(
        request,
        "actor.html",
        actor=found,
        profile=profile,
        chart=charts.stacked_bars(by_month),
        rows=events,
        events_total=total,
        counterparts=cached(
            request, ("counterparts", actor_id), lambda c: queries.actor_counterparts(c, actor_id)
        ),
    )


@router.get("/dyad")
def dyad(
    request: Request,
    conn: Conn,
    a: Annotated[str, Query(max_length=200)],
    b: Annotated[str, Query(max_length=200)],
) -> HTMLResponse:
    source, target = actor_or_404(conn, a), actor_or_404(conn, b)
    events = queries.dyad_events(conn, a, b)
    points = queries.dyad_points(conn, a, b)
    reverse = queries.dyad_events(conn, b, a, limit=1)
    scores = [e["score"] for e in points if e["score"] is not None]
    return render(
        request,
        "dyad.html",
        source=source,
        target=target,
        events=events,
        total=len(points),
        has_reverse=bool(reverse),
        mean=round(sum(scores) / len(scores), 2) if scores else None,
        chart=charts.score_timeline(points),
    )


@router.get("/events")
def events(
    request: Request,
    filters: Annotated[EventFilters, Depends()],
    conn: Conn,
    sort: Sort = "date",
    desc: bool = False,
    page: PageNo = 1,
) -> HTMLResponse:
    args = filters.args(blank_as_none=True)
    rows, total = queries.events_page(
        conn, **args, sort=sort, descending=desc, limit=PAGE_SIZE, offset=(page - 1) * PAGE_SIZE
    )
    return render(
        request,
        "events.html",
        rows=rows,
        pager=pager(total, page),
        sort=sort,
        desc=desc,
        types=event_types(request, conn),
    )


MAP_LIMIT = 5_000  # events drawn at most: the latest


@router.get("/map")
def event_map(
    request: Request,
    conn: Conn,
    filters: Annotated[EventFilters, Depends()],
    country: Annotated[str | None, Query(max_length=3, description="ISO3")] = None,
) -> HTMLResponse:
    """Events at their places on a world outline shipped with the package (offline)."""
    args = filters.args(blank_as_none=True)
    rows = queries.query_events(
        conn, actor=args["actor"], recipient=args["recipient"], type=args["type"],
        date_from=args["date_from"], date_to=args["date_to"], modality=args["modality"],
        limit=MAP_LIMIT, country=country or None,
    )  # fmt: skip
    spots = geomap.spots(rows)
    return render(
        request,
        "map.html",
        svg=geomap.world_svg(spots),
        spots=spots,
        shown=len(rows),
        located=sum(len(s.events) for s in spots),
        limit=MAP_LIMIT,
        types=event_types(request, conn),
    )


@router.get("/network")
def network(
    request: Request,
    conn: Conn,
    date_from: From = None,
    date_to: To = None,
    edges: Annotated[int, Query(ge=1, le=300)] = 60,
) -> HTMLResponse:
    graph = cached(
        request,
        ("network", date_from or None, date_to or None, edges),
        lambda c: queries.event_network(c, date_from or None, date_to or None, edges),
    )
    return render(request, "network.html", graph=graph, chart=charts.network(graph), edges=edges)


@router.get("/report")
def report(request: Request, conn: Conn) -> HTMLResponse:
    return render(request, "report.html", r=cached(request, "report", build_report))


@router.get("/failures")
def failures(
    request: Request, conn: Conn, page: PageNo = 1, all_: AllFailures = False
) -> HTMLResponse:
    rows, total = queries.failures_page(conn, PAGE_SIZE * 2, (page - 1) * PAGE_SIZE * 2, all_)
    pages = pager(total, page, PAGE_SIZE * 2)
    return render(request, "failures.html", rows=rows, pager=pages, show_all=all_)


def event_types(request: Request, conn: Any) -> list[str]:
    return cached(
        request,
        "event_types",
        lambda c: [r[0] for r in c.execute("SELECT DISTINCT type FROM events ORDER BY type")],
    )
