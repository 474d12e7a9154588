"""The REST JSON API (`/api/…`, OpenAPI at `/docs`): the CLI's filters, paginated."""

from __future__ import annotations

import csv
import io
import json
import threading
from typing import Annotated, Any, Literal, TypedDict

import anyio
from fastapi import APIRouter, Depends, HTTPException, Query, Request
from fastapi.responses import Response
from pydantic import BaseModel, Field

from lagebild.analysis import ArticleAnalysis
from lagebild.report import build_report
from lagebild.store import queries
from lagebild.web.app import Conn, NotFound, cached

router = APIRouter(prefix="/api", tags=["api"])

DATE = r"^\d{4}(-\d{2}(-\d{2})?)?$"
MAX_OFFSET = 100_000
EXPORT_ROWS = 50_000

Text = Annotated[str | None, Query(max_length=200)]
From = Annotated[str | None, Query(alias="from", pattern=DATE, description="YYYY[-MM[-DD]]")]
To = Annotated[str | None, Query(alias="to", pattern=DATE, description="inclusive")]
Limit = Annotated[int, Query(ge=1, le=200)]
Offset = Annotated[int, Query(ge=0, le=MAX_OFFSET)]
Quad = Literal["verbal_cooperation", "material_cooperation", "verbal_conflict", "material_conflict"]
Modality = Literal["asserted", "future", "hypothetical", "negated", "historical"]
QuoteKind = Literal["direct", "indirect", "free_indirect", "reported", "mixed"]
ActorKind = Literal["state", "organisation", "person", "group"]
Sort = Literal["date", "type", "quad", "score", "confidence", "article"]


class Page(BaseModel):
    total: int = Field(description="rows matching the filters")
    limit: int
    offset: int
    items: list[dict[str, Any]]


def page(rows: list[dict[str, Any]], total: int, limit: int, offset: int) -> Page:
    return Page(total=total, limit=limit, offset=offset, items=rows)


class EventArgs(TypedDict):
    actor: str | None
    recipient: str | None
    type: str | None
    modality: str | None
    quad: str | None
    date_from: str | None
    date_to: str | None
    country: str | None
    near: tuple[float, float, float] | None


class EventFilters:
    """The filters of `lagebild events`, shared by the list, the export and the pages."""

    def __init__(
        self,
        actor: Annotated[str | None, Query(max_length=200, description="code, id or name")] = None,
        recipient: Annotated[str | None, Query(max_length=200)] = None,
        type: Annotated[str | None, Query(max_length=40, description="PLOVER type")] = None,
        modality: Modality | None = None,
        quad: Quad | None = None,
        date_from: From = None,
        date_to: To = None,
        country: Annotated[
            str | None, Query(pattern="^([A-Za-z]{3})?$", description="where: ISO 3166-1 alpha-3")
        ] = None,
        near: Annotated[
            str | None, Query(max_length=200, description="where: near this place, e.g. Bagdad")
        ] = None,
        radius: Annotated[float, Query(gt=0, le=20_000, description="km around `near`")] = 100.0,
    ) -> None:
        self.actor, self.recipient, self.type = actor, recipient, type
        self.modality, self.quad = modality, quad
        self.date_from, self.date_to = date_from, date_to
        self.country = country
        # Resolved here, while FastAPI solves the dependencies in the order of the route's
        # parameters: routes name `filters` before `conn`, so loading the gazetteer (about 2 s,
        # once) does not count against the connection's query deadline.
        self.near = near_circle(near, radius) if near else None

    def args(self, blank_as_none: bool = False) -> EventArgs:
        """The filters as keyword arguments of `queries.events_page`; an HTML form sends
        an empty field as "", which ``blank_as_none`` reads as no filter."""

        def value(v: str | None) -> str | None:
            return (v or None) if blank_as_none else v

        return EventArgs(
            actor=value(self.actor),
            recipient=value(self.recipient),
            type=value(self.type),
            modality=value(self.modality),
            quad=value(self.quad),
            date_from=value(self.date_from),
            date_to=value(self.date_to),
            country=value(self.country),
            near=self.near,
        )


def near_circle(place: str, radius_km: float) -> tuple[float, float, float]:
    """(lat, lon, km) of a place named as in `lagebild events --near`; unknown places are a 400."""
    from lagebild.errors import LagebildError
    from lagebild.geo.gazetteer import get_gazetteer

    found = get_gazetteer().best(place)
    if found is None or found.lat is None or found.lon is None:
        raise LagebildError(f"near={place!r}: no such place with coordinates in the gazetteer")
    return found.lat, found.lon, radius_km


@router.get("/articles", response_model=Page, summary="Search articles")
def articles(
    conn: Conn,
    q: Annotated[str | None, Query(max_length=500, description="words or an FTS5 query")] = None,
    date_from: From = None,
    date_to: To = None,
    actor: Text = None,
    speaker: Text = None,
    type: Annotated[str | None, Query(max_length=40)] = None,
    limit: Limit = 20,
    offset: Offset = 0,
) -> Page:
    rows, total = queries.search_articles(
        conn, q, date_from, date_to, actor, speaker, type, limit, offset
    )
    for row in rows:  # the snippet marks matches with control characters; JSON gets brackets
        if row["snippet"]:
            row["snippet"] = row["snippet"].replace("\x02", "[").replace("\x03", "]")
    return page(rows, total, limit, offset)


@router.get("/articles/{article_id:path}", response_model=ArticleAnalysis, summary="One article")
def article(conn: Conn, article_id: str) -> ArticleAnalysis:
    return queries.get_article(conn, article_id)


@router.get("/actors", response_model=Page, summary="List actors")
def actors(
    conn: Conn,
    name: Text = None,
    kind: ActorKind | None = None,
    code: Annotated[str | None, Query(max_length=40)] = None,
    limit: Limit = 50,
    offset: Offset = 0,
) -> Page:
    rows, total = queries.actors_page(conn, name, kind, code, limit, offset)
    return page(rows, total, limit, offset)


def actor_or_404(conn: Any, actor_id: str) -> dict[str, Any]:
    row = conn.execute("SELECT * FROM actors WHERE id = ?", (actor_id,)).fetchone()
    if row is None:
        raise NotFound(f"no actor with id {actor_id!r} in the store")
    found = dict(row)
    found["roles"] = json.loads(found.get("roles") or "[]")
    return found


@router.get("/actors/{actor_id}", summary="One actor: roles, events by month, quotes, partners")
def actor(request: Request, conn: Conn, actor_id: str) -> dict[str, Any]:
    found = actor_or_404(conn, actor_id)
    events, total = queries.events_page(conn, actor=actor_id, exact=True, descending=True, limit=20)
    return {
        "actor": found,
        **cached(request, ("summary", actor_id), lambda c: queries.actor_summary(c, actor_id)),
        "events": events,
        "events_total": total,
        "events_by_month": cached(
            request, ("by_month", actor_id), lambda c: queries.actor_events_by_month(c, actor_id)
        ),
        "counterparts": cached(
            request, ("counterparts", actor_id), lambda c: queries.actor_counterparts(c, actor_id)
        ),
    }


@router.get("/quotes", response_model=Page, summary="Search quotations")
def quotes(
    conn: Conn,
    speaker: Text = None,
    q: Annotated[str | None, Query(max_length=500)] = None,
    kind: QuoteKind | None = None,
    date_from: From = None,
    date_to: To = None,
    limit: Limit = 50,
    offset: Offset = 0,
) -> Page:
    rows, total = queries.quotes_page(conn, speaker, q, kind, date_from, date_to, limit, offset)
    return page(rows, total, limit, offset)


@router.get("/events", response_model=Page, summary="Query events")
def events(
    filters: Annotated[EventFilters, Depends()],
    conn: Conn,
    sort: Sort = "date",
    desc: bool = False,
    limit: Limit = 50,
    offset: Offset = 0,
) -> Page:
    rows, total = queries.events_page(
        conn, **filters.args(), sort=sort, descending=desc, limit=limit, offset=offset
    )
    return page(rows, total, limit, offset)


@router.get(
    "/events/export",
    summary=f"Download events as CSV or JSON (same filters, at most {EXPORT_ROWS:,} rows)",
    response_class=Response,
)
def export_events(
    filters: Annotated[EventFilters, Depends()],
    conn: Conn,
    format: Literal["csv", "json"] = "csv",
    sort: Sort = "date",
    desc: bool = False,
) -> Response:
    rows, _ = queries.events_page(
        conn, **filters.args(), sort=sort, descending=desc, limit=EXPORT_ROWS
    )
    headers = {"Content-Disposition": f'attachment; filename="events.{format}"'}
    if format == "json":
        body = json.dumps(rows, ensure_ascii=False, indent=1)
        return Response(body, media_type="application/json", headers=headers)
    return Response(events_csv(rows), media_type="text/csv; charset=utf-8", headers=headers)


CSV_COLUMNS = [
    "id", "date", "article", "type", "mode", "quad", "modality", "score", "confidence",
    "actor_codes", "actor_names", "recipient_codes", "recipient_names", "trigger", "evidence",
    "location", "location_country",
]  # fmt: skip


def events_csv(rows: list[dict[str, Any]]) -> str:
    out = io.StringIO()
    writer = csv.DictWriter(out, CSV_COLUMNS, extrasaction="ignore")
    writer.writeheader()
    for row in rows:
        flat = dict(row)
        for side in ("actor", "recipient"):
            flat[f"{side}_codes"] = "; ".join(p["code"] or "" for p in row[side])
            flat[f"{side}_names"] = "; ".join(p["name"] or p["text"] for p in row[side])
        writer.writerow(flat)
    return out.getvalue()


@router.get(
    "/dyads",
    summary="Actor a → actor b (ids): every event's date, type and score (`points`) and the "
    "latest 100 events with evidence",
)
def dyad(
    conn: Conn,
    a: Annotated[str, Query(max_length=200)],
    b: Annotated[str, Query(max_length=200)],
) -> dict[str, Any]:
    source, target = actor_or_404(conn, a), actor_or_404(conn, b)
    return {
        "source": source,
        "target": target,
        "points": queries.dyad_points(conn, a, b),
        "events": queries.dyad_events(conn, a, b),
    }


@router.get("/network", summary="Actor → recipient edges by quad class, for a date range")
def network(
    request: Request,
    conn: Conn,
    date_from: From = None,
    date_to: To = None,
    edges: Annotated[int, Query(ge=1, le=300)] = 60,
) -> dict[str, Any]:
    return cached(
        request,
        ("network", date_from, date_to, edges),
        lambda c: queries.event_network(c, date_from, date_to, edges),
    )


@router.get("/report", summary="What `lagebild report` prints")
def report(request: Request, conn: Conn) -> dict[str, Any]:
    return cached(request, "report", build_report)


AllFailures = Annotated[
    bool, Query(alias="all", description="also those resolved by a later clean ingest")
]


@router.get(
    "/failures",
    response_model=Page,
    summary="Records that could not be read or analysed, and warnings (as `lagebild failures`)",
)
def failures(conn: Conn, limit: Limit = 50, offset: Offset = 0, all_: AllFailures = False) -> Page:
    rows, total = queries.failures_page(conn, limit, offset, all_)
    return page(rows, total, limit, offset)


# -- analysis on demand -------------------------------------------------------------------


class AnalyzeRequest(BaseModel):
    text: str = Field(min_length=1, max_length=100_000, description="the article body")
    title: str | None = Field(None, max_length=500)
    date: str | None = Field(None, pattern=DATE, description="YYYY[-MM[-DD]]")


_ANALYZE_LOCK = threading.Lock()  # one analysis at a time: the pipeline is not shared safely


def _analyze(body: AnalyzeRequest, wait: float) -> ArticleAnalysis:
    import lagebild

    if not _ANALYZE_LOCK.acquire(timeout=wait):
        raise HTTPException(503, "the analyser is busy; try again")
    try:
        return lagebild.analyze(body.text, title=body.title, date=body.date)
    finally:
        _ANALYZE_LOCK.release()


@router.post(
    "/analyze",
    response_model=ArticleAnalysis,
    summary="Analyse a text (nothing is stored); limits on size and time",
)
async def analyze(request: Request, body: AnalyzeRequest) -> ArticleAnalysis:
    from lagebild.record import normalise_date

    try:
        normalise_date(body.date)
    except ValueError as e:
        raise HTTPException(422, str(e)) from None
    seconds = request.app.state.limits.analyze_seconds
    try:
        with anyio.fail_after(seconds):
            return await anyio.to_thread.run_sync(_analyze, body, seconds, abandon_on_cancel=True)
    except TimeoutError:
        raise HTTPException(504, f"analysis took longer than {seconds:g} s") from None
