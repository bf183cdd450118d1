"""``sukien serve``: a read-only local web UI over a database.

Crawled text is untrusted. Every value goes through Jinja's autoescaping, links
to sources are kept only when they are http(s), and every response carries a
Content-Security-Policy that allows no script at all: the pages are plain HTML
forms and server-drawn SVG, so an injected ``<script>`` could not run even if it
got past the escaping.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from importlib import resources
from typing import Any
from urllib.parse import urlsplit

from fastapi import FastAPI, Request
from fastapi.responses import HTMLResponse, JSONResponse, Response
from fastapi.staticfiles import StaticFiles
from jinja2 import Environment, PackageLoader, select_autoescape

from sukien.errors import UsageError
from sukien.timeline import (
    TimelineQuery,
    build_timeline,
    entry_record,
    parse_dyad,
    parse_period,
    parse_types,
    side_text,
)
from sukien.web.catalog import QUAD_CLASSES, Catalog, monthly_counts, passages

CONTENT_SECURITY_POLICY = ("default-src 'none'; style-src 'self'; img-src 'self'; "
                           "form-action 'self'; base-uri 'none'; frame-ancestors 'none'")
SECURITY_HEADERS = {
    "Content-Security-Policy": CONTENT_SECURITY_POLICY,
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "X-Frame-Options": "DENY",
}


def create_app(catalog: Catalog) -> FastAPI:
    app = FastAPI(title="sukien", docs_url=None, redoc_url=None, openapi_url=None)
    templates = Environment(loader=PackageLoader("sukien.web", "templates"),
                            autoescape=select_autoescape(default=True, default_for_string=True))
    templates.globals.update(quad_classes=QUAD_CLASSES, side_text=side_text, safe_url=safe_url)
    static = resources.files("sukien.web") / "static"
    app.mount("/static", StaticFiles(directory=str(static)), name="static")

    @app.middleware("http")
    async def secure(request: Request,
                     call_next: Callable[[Request], Awaitable[Response]]) -> Response:
        response = await call_next(request)
        response.headers.update(SECURITY_HEADERS)
        return response

    def page(name: str, status: int = 200, **context: Any) -> HTMLResponse:
        return HTMLResponse(templates.get_template(name).render(**context), status_code=status)

    @app.exception_handler(UsageError)
    async def bad_query(request: Request, exc: UsageError) -> Response:
        if request.url.path.startswith("/api/"):
            return JSONResponse({"error": str(exc)}, status_code=400)
        return page("error.html", 400, message=str(exc))

    @app.get("/", response_class=HTMLResponse)
    def timeline(request: Request) -> HTMLResponse:
        query = query_from(request)
        entries = build_timeline(catalog.stories, query)
        return page("timeline.html", entries=entries, params=request.query_params,
                    types=catalog.types, total=len(catalog.stories))

    @app.get("/api/timeline")
    def timeline_json(request: Request) -> list[dict[str, Any]]:
        return [entry_record(e) for e in build_timeline(catalog.stories, query_from(request))]

    @app.get("/event/{story_id}", response_class=HTMLResponse)
    def event(story_id: str) -> HTMLResponse:
        story = catalog.story(story_id)
        if story is None:
            return page("error.html", 404, message=f"no event {story_id}")
        reports = []
        for mention in story.mentions:
            stored = catalog.articles[mention.article_id]
            reports.append((mention, stored, passages(stored.article, mention.event.evidence),
                            catalog.copies.get(mention.article_id, ())))
        related = [s for s in (catalog.story(i) for i in catalog.links.get(story_id, ())) if s]
        return page("event.html", story=story, reports=reports, articles=catalog.articles,
                    related=related)

    @app.get("/rejected", response_class=HTMLResponse)
    def rejected(reason: str | None = None) -> HTMLResponse:
        rows = [r for r in catalog.rejected if not reason or r.reason == reason]
        reasons = sorted({r.reason for r in catalog.rejected})
        return page("rejected.html", rows=rows, reasons=reasons, reason=reason or "")

    @app.get("/chart", response_class=HTMLResponse)
    def chart(dyad: str | None = None) -> HTMLResponse:
        pair = parse_dyad(dyad, "dyad")
        stories = [e.story for e in build_timeline(catalog.stories, TimelineQuery(dyad=pair))]
        return page("chart.html", bars=monthly_counts(stories), dyad=dyad or "")

    return app


def query_from(request: Request) -> TimelineQuery:
    """The one place where URL parameters become a query (the CLI's flags, by name)."""
    params = request.query_params
    quad = params.get("quad", "")
    if quad and (not quad.isdigit() or int(quad) not in QUAD_CLASSES):
        raise UsageError(f"quad wants 1, 2, 3 or 4, not {quad!r}")
    return TimelineQuery(
        dyad=parse_dyad(params.get("dyad"), "dyad"),
        actors=tuple(a for a in params.getlist("actor") if a.strip()),
        types=parse_types(params.getlist("type"), "type"),
        quads=(int(quad),) if quad else (),
        since=parse_period(params.get("since"), "since"),
        until=parse_period(params.get("until"), "until"),
        text=params.get("q") or None,
        facts_only=params.get("all") != "1")


def safe_url(url: str | None) -> str | None:
    """A source URL fit for an href: http(s) only, so ``javascript:`` stays text."""
    if not url:
        return None
    return url if urlsplit(url.strip()).scheme.lower() in ("http", "https") else None
