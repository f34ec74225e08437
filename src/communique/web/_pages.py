"""The page routes: each reads the snapshot, arranges it (``_views``) and renders a template."""

from __future__ import annotations

import re
import threading
import time
from collections import Counter, OrderedDict
from pathlib import Path
from typing import Annotated, Any

import jinja2
from fastapi import APIRouter, Depends, Query, Request
from fastapi.responses import HTMLResponse
from fastapi.templating import Jinja2Templates

from communique.api._auth import require_read
from communique.api._errors import NotFound
from communique.api._routes import ARTICLE_ID
from communique.api._service import StoryService
from communique.api._snapshot import Snapshot
from communique.web import _annotated, _desk, _paging, _views
from communique.web._render import digest_html, marked_text, snippet_html

_ENV = jinja2.Environment(
    loader=jinja2.FileSystemLoader(Path(__file__).resolve().parent / "templates"),
    # Always on, whatever the file name: every string from an article is untrusted.
    autoescape=True,
    undefined=jinja2.StrictUndefined,
    trim_blocks=True,
    lstrip_blocks=True,
)
templates = Jinja2Templates(env=_ENV)

NAV = [("/", "Overview"), ("/timeline", "Timeline"), ("/events", "Events"),
       ("/network", "Who met whom"), ("/positions", "Positions"), ("/claims", "Claims"),
       ("/quotes", "Quotes"), ("/entities", "Entities"), ("/sources", "Sources"),
       ("/search", "Search"), ("/brief", "Brief")]
_ENV.globals["nav"] = NAV
_ENV.globals["link"] = _paging.link
_ENV.globals["outlet_link"] = _paging.outlet_link

PageNumber = Annotated[int, Query(ge=1, le=1_000_000)]
"""The page of a list page (past the end: the last page)."""

SINCE_CHOICES = [("1h", "the last hour"), ("24h", "24 hours"), ("7d", "7 days"),
                 ("30d", "30 days")]
"""The spans the overview offers for "what changed" (any ISO time works in the URL too)."""


LISTED_CHANGES = 50
"""At most this many new or updated items of each kind are listed by name on the overview
(the counts are always whole; a day of a busy story brings thousands of articles)."""


def _snapshot(request: Request) -> Snapshot:
    service: StoryService = request.app.state.service
    return service.snapshot()


def _render(request: Request, template: str, page: str, **context: Any) -> HTMLResponse:
    snap = context.pop("snap", None) or _snapshot(request)
    return templates.TemplateResponse(request, template,
                                      {"page": page, "snap": snap, **context})


CACHED_PAGES = 64
"""Rendered pages kept per snapshot (the most recently asked for)."""

_html_lock = threading.Lock()


def _render_kept(request: Request, template: str, page: str, snap: Snapshot,
                 **context: Any) -> HTMLResponse:
    """:func:`_render`, the page kept per snapshot and URL: a list page of a big story takes
    a tenth of a second or more to render, and many readers ask for the same ones. Only for
    pages that depend on nothing but the snapshot and the URL."""
    key = f"{request.url.path}?{request.url.query}"
    kept: OrderedDict[str, bytes] = _paging.kept(snap, "html", lambda s: OrderedDict())
    with _html_lock:
        body = kept.get(key)
        if body is not None:
            kept.move_to_end(key)
    if body is not None:
        return HTMLResponse(body)
    response = _render(request, template, page, snap=snap, **context)
    with _html_lock:
        kept[key] = bytes(response.body)
        while len(kept) > CACHED_PAGES:
            kept.popitem(last=False)
    return response


def _changes(request: Request, snap: Snapshot, since: str) -> dict[str, Any]:
    """What changed since ``since``; for the offered spans, kept for a minute per snapshot:
    on a big story it takes about a second to work out, and every visit to the overview asks."""
    from communique.api._desk import story_changes

    service = request.app.state.service
    if since not in dict(SINCE_CHOICES):
        return story_changes(service, since)
    minute = int(time.time() // 60)
    held: dict[str, tuple[int, dict[str, Any]]] = _paging.kept(snap, "changes", lambda s: {})
    if since not in held or held[since][0] != minute:
        held[since] = (minute, story_changes(service, since))
    return held[since][1]


def build_router() -> APIRouter:
    """The HTML pages (not part of the OpenAPI schema)."""
    router = APIRouter(include_in_schema=False, dependencies=[Depends(require_read)],
                       default_response_class=HTMLResponse)

    @router.get("/")
    def overview(request: Request,
                 since: Annotated[str, Query(max_length=40)] = "24h") -> HTMLResponse:
        snap = _snapshot(request)
        ids = {n: aid for aid, n in snap.numbers.items()}
        return _render(request, "overview.html", "/", snap=snap,
                       numbers=_views.overview(snap),
                       digest=digest_html(snap.sections["digest"], ids.get),
                       changes=_changes(request, snap, since),
                       since=since, spans=SINCE_CHOICES, listed=LISTED_CHANGES,
                       charts=_desk.charts(snap, "timeline"))

    @router.get("/timeline")
    def timeline(request: Request, page: PageNumber = 1) -> HTMLResponse:
        snap = _snapshot(request)
        listing = _paging.paginate(snap.sections["timeline"], page)
        return _render_kept(request, "timeline.html", "/timeline", snap=snap, listing=listing,
                       charts=_desk.charts(snap, "timeline") if listing.number == 1 else {})

    @router.get("/network")
    def network(request: Request) -> HTMLResponse:
        snap = _snapshot(request)
        return _render_kept(request, "network.html", "/network", snap=snap,
                       charts=_desk.charts(snap, "network"), events=_desk.network_edges(snap))

    @router.get("/brief")
    def brief(request: Request) -> HTMLResponse:
        snap = _snapshot(request)
        ids = {n: aid for aid, n in snap.numbers.items()}
        context = _desk.brief_context(request, snap)
        context["digest"] = digest_html("\n".join(context.pop("digest_lines")), ids.get)
        return _render_kept(request, "brief.html", "/brief", snap=snap, **context)

    @router.get("/events")
    def events(request: Request, page: PageNumber = 1) -> HTMLResponse:
        snap = _snapshot(request)
        return _render_kept(request, "events.html", "/events", snap=snap,
                       listing=_paging.paginate(snap.sections["events"], page))

    @router.get("/positions")
    def positions(request: Request) -> HTMLResponse:
        snap = _snapshot(request)
        return _render_kept(request, "positions.html", "/positions", snap=snap,
                       matrix=_views.positions_matrix(snap),
                       charts=_desk.charts(snap, "positions"))

    @router.get("/claims")
    def claims(request: Request, page: PageNumber = 1) -> HTMLResponse:
        snap = _snapshot(request)
        return _render_kept(request, "claims.html", "/claims", snap=snap,
                       listing=_paging.paginate(snap.sections["claims"], page))

    @router.get("/quotes")
    def quotes(request: Request, page: PageNumber = 1) -> HTMLResponse:
        snap = _snapshot(request)
        every = _paging.flat_quotes(snap)
        shown = _paging.paginate(every, page)
        totals = _paging.kept(snap, "quote totals", lambda s: Counter(who for who, _ in every))
        return _render_kept(request, "quotes.html", "/quotes", snap=snap, listing=shown,
                       groups=_paging.regroup(shown.items), totals=totals)

    @router.get("/entities")
    def entities(request: Request, page: PageNumber = 1) -> HTMLResponse:
        snap = _snapshot(request)
        shown = _paging.paginate(_paging.flat_entities(snap), page)
        return _render_kept(request, "entities.html", "/entities", snap=snap, listing=shown,
                       groups=_paging.regroup(shown.items))

    @router.get("/sources")
    def sources(request: Request, page: PageNumber = 1) -> HTMLResponse:
        snap = _snapshot(request)
        listing = _paging.paginate(_paging.flat_sources(snap), page)
        first = listing.number == 1
        return _render_kept(request, "sources.html", "/sources", snap=snap, listing=listing,
                       outlets=[{**rows[0], "articles": [row["item"] for row in rows]}
                                for _, rows in _paging.regroup(listing.items)],
                       ranking=_desk.ranking(snap) if first else [],
                       charts=_desk.charts(snap, "sources") if first else {})

    @router.get("/search")
    def search(request: Request,
               q: Annotated[str, Query(max_length=500)] = "") -> HTMLResponse:
        service: StoryService = request.app.state.service
        hits = [(aid, snippet_html(snippet)) for aid, snippet in service.search(q, 50)] \
            if q.strip() else []
        return _render(request, "search.html", "/search", q=q, hits=hits)

    @router.get("/articles/{article_id}")
    def article(request: Request, article_id: str) -> HTMLResponse:
        snap = _snapshot(request)
        # Checked here, not by a route pattern, so that a bad id gets the HTML 404 page.
        record = snap.by_id.get(article_id) if re.fullmatch(ARTICLE_ID, article_id) else None
        if record is None:
            raise NotFound("no such article", fix="pick one from the sources page")
        service: StoryService = request.app.state.service
        stored = service.store.load_annotations([article_id])
        notes = _annotated.build_notes(snap, article_id, stored[0] if stored else None)
        body = marked_text(record["text"], snap.spans.get(article_id, ()),
                           _annotated.pieces_of(notes))
        return _render(request, "article.html", "/sources", snap=snap, article=record,
                       body=body, number=snap.numbers[article_id],
                       notes=_annotated.grouped(notes), plural=_annotated.PLURAL)

    return router
