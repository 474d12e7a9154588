"""The ASGI app: HTML pages and a JSON API over one store, opened read-only."""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Annotated, Any
from urllib.parse import urlencode

from fastapi import Depends, FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.openapi.docs import get_swagger_ui_html
from fastapi.responses import HTMLResponse, JSONResponse
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from lagebild.errors import ArticleNotFoundError, LagebildError
from lagebild.web import charts
from lagebild.web.db import Pool, check_store
from lagebild.web.marks import actor_href

HERE = Path(__file__).parent


class Limits:
    """What one request may cost; `lagebild serve` options set them."""

    def __init__(
        self,
        query_seconds: float = 2.0,
        analyze_seconds: float = 30.0,
        body_bytes: int = 256_000,
        analyze_chars: int = 100_000,
    ) -> None:
        self.query_seconds = query_seconds
        self.analyze_seconds = analyze_seconds
        self.body_bytes = body_bytes
        self.analyze_chars = analyze_chars


def create_app(db: str | Path, limits: Limits | None = None, warm_up: bool = True) -> FastAPI:
    from lagebild.web import api, pages

    path = Path(db)
    check_store(path)
    app = FastAPI(
        title="lagebild",
        description="German news → actors, quotations and PLOVER events. Read-only over "
        f"`{path.name}`. Every list is paginated (`limit`, `offset`) and takes the CLI's filters.",
        version="1",
        docs_url=None,
        redoc_url=None,
    )
    app.state.db = path
    app.state.limits = limits or Limits()
    app.state.pool = Pool(path, app.state.limits.query_seconds)
    if warm_up:
        threading.Thread(target=warm, args=(app.state.pool,), daemon=True).start()
    app.state.templates = _templates()
    app.add_middleware(BodyLimit, max_bytes=app.state.limits.body_bytes)
    app.mount("/static", StaticFiles(directory=HERE / "static"), name="static")
    app.mount("/swagger-ui", StaticFiles(directory=_swagger_dir()), name="swagger")
    app.include_router(api.router)
    app.include_router(pages.router)
    _add_error_handlers(app)

    @app.get("/docs", include_in_schema=False)
    def docs() -> HTMLResponse:
        return get_swagger_ui_html(
            openapi_url="/openapi.json",
            title="lagebild API",
            swagger_js_url="/swagger-ui/swagger-ui-bundle.js",
            swagger_css_url="/swagger-ui/swagger-ui.css",
            swagger_favicon_url="/static/favicon.svg",
        )

    return app


def _swagger_dir() -> Path:
    import swagger_ui_bundle

    return Path(swagger_ui_bundle.swagger_ui_path)


def _templates() -> Jinja2Templates:
    templates = Jinja2Templates(directory=HERE / "templates")
    env = templates.env
    env.globals.update(
        actor_href=actor_href, quad_colours=charts.QUAD_COLOURS, with_params=with_params
    )
    env.filters["quad_label"] = lambda q: (q or "").replace("_", " ")
    return templates


def with_params(request: Request, path: str | None = None, **changes: Any) -> str:
    """The current URL (or `path`) with some query parameters changed; empty ones dropped."""
    params = dict(request.query_params)
    params.update({k.rstrip("_"): v for k, v in changes.items()})
    kept = {k: v for k, v in params.items() if v not in (None, "")}
    query = urlencode(kept)
    return (path or request.url.path) + (f"?{query}" if query else "")


def get_conn(request: Request) -> Iterator[sqlite3.Connection]:
    pool = request.app.state.pool
    item = pool.acquire()
    try:
        yield item[0]
    finally:
        pool.release(item)


def cached(request: Request, key: Any, compute: Callable[[sqlite3.Connection], Any]) -> Any:
    return request.app.state.pool.cached(key, compute)


def warm(pool: Pool) -> None:
    """Compute the whole-store aggregates once at start, so no visitor waits for them."""
    from lagebild.report import build_report
    from lagebild.store import queries

    pool.cached("report", build_report)
    pool.cached("counts", queries.counts)
    pool.cached(("network", None, None, 60), queries.event_network)


Conn = Annotated[sqlite3.Connection, Depends(get_conn)]


# -- errors: a message, never a traceback; JSON for the API, a page for people ------------


class NotFound(LookupError):
    pass


def _add_error_handlers(app: FastAPI) -> None:
    def reply(request: Request, status: int, message: str) -> JSONResponse | HTMLResponse:
        if request.url.path.startswith("/api/") or request.url.path == "/openapi.json":
            return JSONResponse({"detail": message}, status_code=status)
        return request.app.state.templates.TemplateResponse(
            request, "error.html", {"status": status, "message": message}, status_code=status
        )

    @app.exception_handler(sqlite3.OperationalError)
    def bad_query(request: Request, e: sqlite3.OperationalError) -> Any:
        if "interrupted" in str(e):
            seconds = request.app.state.limits.query_seconds
            return reply(request, 503, f"the query took longer than {seconds:g} s; narrow it")
        # Every statement is fixed SQL; what SQLite can reject is the user's FTS5 query.
        return reply(request, 400, f"bad search query: {e}")

    @app.exception_handler(ArticleNotFoundError)
    def no_article(request: Request, e: ArticleNotFoundError) -> Any:
        return reply(request, 404, e.reason if hasattr(e, "reason") else str(e))

    @app.exception_handler(NotFound)
    def not_found(request: Request, e: NotFound) -> Any:
        return reply(request, 404, str(e))

    @app.exception_handler(LagebildError)
    def lagebild_error(request: Request, e: LagebildError) -> Any:
        return reply(request, 400, str(e))

    @app.exception_handler(RequestValidationError)
    def invalid(request: Request, e: RequestValidationError) -> Any:
        if request.url.path.startswith("/api/"):
            return JSONResponse({"detail": _plain(e.errors())}, status_code=422)
        first = e.errors()[0]
        where = ".".join(str(p) for p in first.get("loc", ())[1:])
        return reply(request, 422, f"{where}: {first.get('msg')}")

    @app.exception_handler(StarletteHTTPException)
    def http_error(request: Request, e: StarletteHTTPException) -> Any:
        return reply(request, e.status_code, str(e.detail))


def _plain(errors: Any) -> list[dict[str, Any]]:
    """Validation errors without the raw input (which may not be JSON-serialisable)."""
    return [{k: v for k, v in err.items() if k in ("loc", "msg", "type")} for err in errors]


class BodyLimit:
    """Refuses request bodies over `max_bytes` with 413, by header and while streaming."""

    def __init__(self, app: ASGIApp, max_bytes: int) -> None:
        self.app, self.max_bytes = app, max_bytes

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        length = dict(scope.get("headers") or []).get(b"content-length", b"0")
        if not length.isdigit() or int(length) > self.max_bytes:
            await self._refuse(send)
            return
        seen = 0

        async def limited() -> Message:
            nonlocal seen
            message = await receive()
            seen += len(message.get("body", b""))
            if seen > self.max_bytes:
                raise _TooLarge
            return message

        try:
            await self.app(scope, limited, send)
        except _TooLarge:
            await self._refuse(send)

    async def _refuse(self, send: Send) -> None:
        body = f'{{"detail": "request body over {self.max_bytes} bytes"}}'.encode()
        await send(
            {
                "type": "http.response.start",
                "status": 413,
                "headers": [(b"content-type", b"application/json")],
            }
        )
        await send({"type": "http.response.body", "body": body})


class _TooLarge(Exception):
    pass
