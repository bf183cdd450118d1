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
from urllib.parse import urlencode, urlsplit

from fastapi import FastAPI, Request
from fastapi.responses import HTMLResponse, JSONResponse, Response
from fastapi.staticfiles import StaticFiles
from jinja2 import Environment, PackageLoader, select_autoescape

from sukien.errors import UsageError
from sukien.timeline import (
    TimelineQuery,
    entry_record,
    parse_dyad,
    parse_period,
    parse_types,
    side_text,
)
from sukien.web.catalog import PAGE_SIZE, QUAD_CLASSES, Catalog
from sukien.web.map import VIEWS, PlaceIndex, map_view

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
        query = query_from(request, catalog.places)
        number = page_number(request)
        matching = catalog.count(query)
        entries = catalog.timeline(query, PAGE_SIZE, (number - 1) * PAGE_SIZE)
        return page("timeline.html", entries=entries, params=request.query_params,
                    types=catalog.types, total=catalog.total, matching=matching,
                    page_number=number, pages=max(1, -(-matching // PAGE_SIZE)),
                    page_link=lambda n: page_link(request, n),
                    place=catalog.places.place(request.query_params.get("place", "")))

    @app.get("/api/timeline")
    def timeline_json(request: Request) -> list[dict[str, Any]]:
        params = request.query_params
        limit = _count_param(params.get("limit"), "limit", minimum=1)
        offset = _count_param(params.get("offset"), "offset", minimum=0) or 0
        query = query_from(request, catalog.places)
        return [entry_record(e) for e in catalog.timeline(query, limit, offset)]

    @app.get("/event/{story_id}", response_class=HTMLResponse)
    def event(story_id: str) -> HTMLResponse:
        story = catalog.story(story_id)
        if story is None:
            return page("error.html", 404, message=f"no event {story_id}")
        return page("event.html", story=story, reports=catalog.reports(story),
                    related=catalog.related(story_id))

    @app.get("/rejected", response_class=HTMLResponse)
    def rejected(request: Request, reason: str | None = None) -> HTMLResponse:
        number = page_number(request)
        rows = catalog.rejected(reason, PAGE_SIZE + 1, (number - 1) * PAGE_SIZE)
        return page("rejected.html", rows=rows[:PAGE_SIZE], reasons=catalog.rejected_reasons(),
                    reason=reason or "", page_number=number, more=len(rows) > PAGE_SIZE,
                    page_link=lambda n: page_link(request, n))

    @app.get("/chart", response_class=HTMLResponse)
    def chart(dyad: str | None = None) -> HTMLResponse:
        pair = parse_dyad(dyad, "dyad")
        return page("chart.html", bars=catalog.monthly(TimelineQuery(dyad=pair)),
                    dyad=dyad or "")

    # -- the map ---------------------------------------------------------------------------

    @app.get("/map", response_class=HTMLResponse)
    def world_map(request: Request) -> HTMLResponse:
        view = map_view(request.query_params.get("view"))
        drawn = catalog.event_map(query_from(request, catalog.places), view)
        return page("map.html", drawn=drawn, views=VIEWS, params=request.query_params,
                    types=catalog.types, total=catalog.total,
                    place_link=lambda place_id: filtered_link(request, "/", place=place_id),
                    view_link=lambda name: filtered_link(request, "/map", view=name))

    return app


def page_number(request: Request) -> int:
    return _count_param(request.query_params.get("page"), "page", minimum=1) or 1


def page_link(request: Request, number: int) -> str:
    """The URL of another page of the same list."""
    params = [(k, v) for k, v in request.query_params.multi_items() if k != "page"]
    return "?" + urlencode([*params, ("page", str(number))])


def filtered_link(request: Request, path: str, **changes: str) -> str:
    """A page with the request's filters and ``changes`` (a page number never carries
    over: the other page has its own)."""
    params = [(k, v) for k, v in request.query_params.multi_items()
              if k not in changes and k not in ("page", "view")]
    return path + "?" + urlencode([*params, *changes.items()])


def _count_param(value: str | None, name: str, minimum: int) -> int | None:
    if value is None or value == "":
        return None
    if not value.isdigit() or int(value) < minimum or int(value) > 10**9:
        raise UsageError(f"{name} wants a whole number from {minimum}, not {value!r}")
    return int(value)


def query_from(request: Request, places: PlaceIndex) -> TimelineQuery:
    """The one place where URL parameters become a query (the CLI's flags, by name; and
    ``place``, a place of the map, as the locations that name it)."""
    params = request.query_params
    quad = params.get("quad", "")
    if quad and (not quad.isdigit() or int(quad) not in QUAD_CLASSES):
        raise UsageError(f"quad wants 1, 2, 3 or 4, not {quad!r}")
    place = params.get("place") or None
    return TimelineQuery(
        locations=places.locations_of(place) if place else None,
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
