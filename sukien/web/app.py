"""``sukien serve``: a read-only local web UI over a database.

Crawled text is untrusted. Every value goes through Jinja's autoescaping, links
to sources are kept only when they are http(s), and every response carries a
Content-Security-Policy that allows no script at all: the pages are plain HTML
forms and server-drawn SVG, so an injected ``<script>`` could not run even if it
got past the escaping.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Iterator, Mapping
from importlib import resources
from typing import Any, TypeVar
from urllib.parse import quote, urlencode, urlsplit

from fastapi import FastAPI, Request
from fastapi.responses import HTMLResponse, JSONResponse, Response, StreamingResponse
from fastapi.staticfiles import StaticFiles
from jinja2 import Environment, PackageLoader, select_autoescape

from sukien.errors import UsageError
from sukien.export import events_csv_chunks, plover_jsonl_chunks
from sukien.model import EventActor
from sukien.store.stories import ActorOrder, StoryOrder
from sukien.timeline import (
    TimelineQuery,
    entry_record,
    parse_dyad,
    parse_period,
    parse_types,
    side_text,
)
from sukien.web.catalog import PAGE_SIZE, QUAD_CLASSES, Catalog
from sukien.web.chart import bins_of, chart_layout
from sukien.web.map import VIEWS, PlaceIndex, map_view

CONTENT_SECURITY_POLICY = ("default-src 'none'; style-src 'self'; img-src 'self'; "
                           "form-action 'self'; base-uri 'none'; frame-ancestors 'none'")
SECURITY_HEADERS = {
    "Content-Security-Policy": CONTENT_SECURITY_POLICY,
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "X-Frame-Options": "DENY",
}
T = TypeVar("T")
# the timeline's orders and the actors' by the names the URL gives them
STORY_SORTS = {"oldest": StoryOrder.TIMELINE, "newest": StoryOrder.NEWEST,
               "reported": StoryOrder.MOST_REPORTED}
ACTOR_SORTS = {"events": ActorOrder.EVENTS, "name": ActorOrder.NAME}
# mentions whose article an event page shows at once; actors a page lists; counterparts
REPORTS_PER_PAGE = 20
ACTORS_PER_PAGE = 50
COUNTERPARTS = 20


def create_app(catalog: Catalog) -> FastAPI:
    app = FastAPI(title="sukien", docs_url=None, redoc_url=None, openapi_url=None)
    templates = Environment(loader=PackageLoader("sukien.web", "templates"),
                            autoescape=select_autoescape(default=True, default_for_string=True))
    templates.globals.update(quad_classes=QUAD_CLASSES, side_text=side_text, safe_url=safe_url,
                             actor_href=actor_href, side_codes=side_codes,
                             story_sorts=STORY_SORTS, actor_sorts=ACTOR_SORTS)
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
        order = choice(request, "sort", STORY_SORTS)
        number = page_number(request)
        matching = catalog.count(query)
        entries = catalog.timeline(query, PAGE_SIZE, (number - 1) * PAGE_SIZE, order)
        return page("timeline.html", entries=entries, params=request.query_params,
                    types=catalog.types, total=catalog.total, matching=matching,
                    page_number=number, pages=max(1, -(-matching // PAGE_SIZE)),
                    page_link=lambda n: page_link(request, n),
                    download_query=same_list(request),
                    place=catalog.places.place(request.query_params.get("place", "")))

    @app.get("/api/timeline")
    def timeline_json(request: Request) -> list[dict[str, Any]]:
        params = request.query_params
        limit = _count_param(params.get("limit"), "limit", minimum=1)
        offset = _count_param(params.get("offset"), "offset", minimum=0) or 0
        query = query_from(request, catalog.places)
        return [entry_record(e) for e in catalog.timeline(
            query, limit, offset, choice(request, "sort", STORY_SORTS))]

    @app.get("/download.csv")
    def download_csv(request: Request) -> StreamingResponse:
        """The events the timeline's filters select, one CSV row each (the export's
        events table), streamed a batch at a time."""
        query = query_from(request, catalog.places)
        stories = catalog.stream(query, choice(request, "sort", STORY_SORTS))
        return download(events_csv_chunks(stories, catalog.export_sources(query)),
                        "text/csv; charset=utf-8", "sukien-events.csv")

    @app.get("/download.jsonl")
    def download_jsonl(request: Request) -> StreamingResponse:
        """The same events as PLOVER records, one JSON object a line."""
        query = query_from(request, catalog.places)
        stories = catalog.stream(query, choice(request, "sort", STORY_SORTS))
        return download(plover_jsonl_chunks(stories, catalog.export_sources(query)),
                        "application/x-ndjson; charset=utf-8", "sukien-events.jsonl")

    @app.get("/event/{story_id}", response_class=HTMLResponse)
    def event(request: Request, story_id: str) -> HTMLResponse:
        story = catalog.story(story_id)
        if story is None:
            return page("error.html", 404, message=f"no event {story_id}")
        number = page_number(request)
        start = (number - 1) * REPORTS_PER_PAGE
        reports = catalog.reports(story, start, start + REPORTS_PER_PAGE)
        citations = catalog.citations(list(dict.fromkeys(m.article_id
                                                         for m in story.mentions)))
        return page("event.html", story=story, reports=reports, citations=citations,
                    related=catalog.related(story_id), page_number=number,
                    per_page=REPORTS_PER_PAGE,
                    pages=max(1, -(-len(story.mentions) // REPORTS_PER_PAGE)),
                    page_link=lambda n: page_link(request, n))

    @app.get("/actors", response_class=HTMLResponse)
    def actors(request: Request) -> HTMLResponse:
        params = request.query_params
        number = page_number(request)
        name = (params.get("name") or "").strip()
        found = catalog.actors(TimelineQuery(facts_only=params.get("all") != "1"),
                               choice(request, "sort", ACTOR_SORTS, default="events"),
                               name or None, ACTORS_PER_PAGE, (number - 1) * ACTORS_PER_PAGE)
        return page("actors.html", actors=found.actors, matching=found.matching, search=name,
                    params=params, page_number=number,
                    pages=max(1, -(-found.matching // ACTORS_PER_PAGE)),
                    page_link=lambda n: page_link(request, n),
                    sort_link=lambda key: page_link(request, 1, sort=key))

    @app.get("/actor/{code:path}", response_class=HTMLResponse)
    def actor(request: Request, code: str) -> HTMLResponse:
        params = request.query_params
        query = TimelineQuery(sides=(code,), facts_only=params.get("all") != "1")
        found = catalog.actor(query, code)
        if found is None:
            return page("error.html", 404, message=f"no event has the actor {code}")
        order = choice(request, "sort", STORY_SORTS)
        number = page_number(request)
        unit, bins = bins_of(catalog.monthly(query))
        return page("actor.html", actor=found, params=params,
                    counterparts=catalog.counterparts(query, code, COUNTERPARTS),
                    entries=catalog.timeline(query, PAGE_SIZE, (number - 1) * PAGE_SIZE, order),
                    chart=chart_layout(unit, bins, width=720, height=180),
                    without_month=catalog.without_month(query), page_number=number,
                    pages=max(1, -(-found.events // PAGE_SIZE)),
                    page_link=lambda n: page_link(request, n),
                    pair_link=lambda other: pair_link(found.code, found.kind, other.code,
                                                      other.kind, params.get("all") == "1"))

    @app.get("/rejected", response_class=HTMLResponse)
    def rejected(request: Request, reason: str | None = None) -> HTMLResponse:
        number = page_number(request)
        rows = catalog.rejected(reason, PAGE_SIZE + 1, (number - 1) * PAGE_SIZE)
        return page("rejected.html", rows=rows[:PAGE_SIZE], reasons=catalog.rejected_reasons(),
                    reason=reason or "", page_number=number, more=len(rows) > PAGE_SIZE,
                    page_link=lambda n: page_link(request, n))

    @app.get("/chart", response_class=HTMLResponse)
    def chart(request: Request) -> HTMLResponse:
        query = query_from(request, catalog.places)
        unit, bins = bins_of(catalog.monthly(query))
        return page("chart.html", chart=chart_layout(unit, bins), params=request.query_params,
                    types=catalog.types, matching=catalog.count(query),
                    without_month=catalog.without_month(query),
                    timeline_query=same_list(request))

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


def _query(request: Request, dropped: tuple[str, ...], **changed: str) -> str:
    """The request's query string without its ``dropped`` parameters, and with
    ``changed`` ones set anew (after the others)."""
    params = [(k, v) for k, v in request.query_params.multi_items()
              if k not in dropped and k not in changed]
    return urlencode([*params, *changed.items()])


def page_link(request: Request, number: int, **changed: str) -> str:
    """The URL of another page of the same list (``changed``: parameters set anew)."""
    return "?" + _query(request, ("page",), **changed, page=str(number))


def same_list(request: Request) -> str:
    """The query string of a list without its page: the same selection elsewhere (its
    download, its chart)."""
    return _query(request, ("page",))


def choice(request: Request, name: str, choices: Mapping[str, T], default: str = "") -> T:
    """The value a parameter names among ``choices`` (the first when it is absent)."""
    value = request.query_params.get(name) or default or next(iter(choices))
    if value not in choices:
        names = list(choices)
        raise UsageError(f"{name} wants {', '.join(names[:-1])} or {names[-1]}, not {value!r}")
    return choices[value]


def download(chunks: Iterator[str], media_type: str, filename: str) -> StreamingResponse:
    return StreamingResponse((chunk.encode("utf-8") for chunk in chunks), media_type=media_type,
                             headers={"Content-Disposition":
                                      f'attachment; filename="{filename}"'})


def actor_href(code: str) -> str:
    """The actor page of a code: a country code or a whole name, quoted as one segment."""
    return "/actor/" + quote(code, safe="")


def side_codes(sides: tuple[EventActor, ...]) -> list[str]:
    """The actor codes of sides: each side's name when it has one, and its country code."""
    codes = [code for side in sides for code in (side.name, side.country) if code]
    return list(dict.fromkeys(codes))


def pair_link(code: str, kind: str, other: str, other_kind: str, everything: bool) -> str:
    """The timeline of the events of two actors: the dyad's when both are PLOVER codes."""
    params = ([("dyad", f"{code},{other}")] if kind == other_kind == "code"
              and _is_dyad(f"{code},{other}") else [("side", code), ("side", other)])
    return "/?" + urlencode([*params, *([("all", "1")] if everything else [])])


def filtered_link(request: Request, path: str, **changes: str) -> str:
    """A page with the request's filters and ``changes`` (a page number never carries
    over: the other page has its own)."""
    return path + "?" + _query(request, ("page", "view"), **changes)


def _count_param(value: str | None, name: str, minimum: int) -> int | None:
    if value is None or value == "":
        return None
    if not value.isdigit() or int(value) < minimum or int(value) > 10**9:
        raise UsageError(f"{name} wants a whole number from {minimum}, not {value!r}")
    return int(value)


def _is_dyad(value: str) -> bool:
    try:
        return parse_dyad(value, "dyad") is not None
    except UsageError:
        return False


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
        sides=tuple(dict.fromkeys(a.strip() for a in params.getlist("side") if a.strip())),
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
