"""The REST endpoints under ``/api``: thin handlers over :class:`StoryService` and the queries.

Items are the dossier contract's objects (``docs/dossier.md``); lists are pages
``{"total", "limit", "offset", "items"}``.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Coroutine
from datetime import date
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Depends, Path, Query, Request, Response
from fastapi.routing import APIRoute
from pydantic import BaseModel, BeforeValidator, ConfigDict, Field

from communique.api._auth import require_read, require_write
from communique.api._errors import NotFound
from communique.api._query import Filters, page, select
from communique.api._service import NewArticle, StoryService, counts
from communique.api._snapshot import Snapshot

ARTICLE_ID = r"^a_[0-9a-f]{8,32}$"
ENTITY_ID = r"^e_[0-9a-f]{8,32}$"
"""Id patterns: anything else is refused before it reaches the store (no traversal, no SQL)."""

_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


def _iso_date(value: object) -> object:
    """Only ``YYYY-MM-DD`` is a date here: pydantic would also read ``0`` as 1970-01-01."""
    if isinstance(value, str) and _ISO_DATE.fullmatch(value):
        return value
    raise ValueError("a date is written YYYY-MM-DD")


IsoDate = Annotated[date, BeforeValidator(_iso_date)]
Limit = Annotated[int, Query(ge=1, le=500, description="page size")]
Offset = Annotated[int, Query(ge=0, le=1_000_000, description="items to skip")]
EntityId = Annotated[str | None, Query(pattern=ENTITY_ID, description="an entity id (e_…)")]
Since = Annotated[IsoDate | None, Query(description="items dated on or after (YYYY-MM-DD)")]
Until = Annotated[IsoDate | None, Query(description="items dated on or before (YYYY-MM-DD)")]
Kind = Annotated[str | None, Query(pattern=r"^[a-z_]{1,32}$",
                                   description="type, kind or stance, per section")]
ClaimStatus = Literal["corroborated", "single_source", "contradicted"]


class ErrorDetail(BaseModel):
    """What went wrong, its stable code, and what to do about it."""

    code: str = Field(description="stable error code (E1xx … E9xx)")
    message: str
    fix: str | None


class ErrorBody(BaseModel):
    """The body of every error response."""

    error: ErrorDetail


ERROR_RESPONSES: dict[int | str, dict[str, Any]] = {
    status: {"model": ErrorBody, "description": description}
    for status, description in (
        (401, "no token, or a wrong one"), (403, "writes are disabled on this server"),
        (404, "no such item"), (405, "method not allowed (see the Allow header)"),
        (413, "request body too large"), (422, "invalid parameters or body"),
        (429, "too many requests (see Retry-After)"), (503, "the store is unavailable"))
}
"""The errors every endpoint may answer, each with the one error body (documented in the
OpenAPI schema)."""


class AuthFirstRoute(APIRoute):
    """A route that checks the token before it reads the body (FastAPI parses the body first,
    so malformed JSON from a client without the token was a 422 instead of a 401)."""

    def get_route_handler(self) -> Callable[[Request], Coroutine[Any, Any, Response]]:
        """The route's handler, behind the access check for its method."""
        handler = super().get_route_handler()
        writes = bool((self.methods or set()) - {"GET", "HEAD"})

        async def checked(request: Request) -> Response:
            (require_write if writes else require_read)(request)
            return await handler(request)

        return checked


class ArticleIn(BaseModel):
    """An article to add: ``text`` or ``html`` (or only ``url``, fetched), plus metadata."""

    model_config = ConfigDict(extra="forbid")

    text: str | None = Field(None, description="plain-text body")
    html: str | None = Field(None, description="HTML page")
    url: str | None = Field(None, max_length=2000, description="where it was published")
    title: str | None = Field(None, max_length=1000)
    published: str | None = Field(None, max_length=100, description="publication date")
    outlet: str | None = Field(None, max_length=300)
    author: str | None = Field(None, max_length=300)


def _service(request: Request) -> StoryService:
    service: StoryService = request.app.state.service
    return service


def _snapshot(request: Request) -> Snapshot:
    return _service(request).snapshot()


def _brief(article: dict[str, Any]) -> dict[str, Any]:
    """An article record without its text (and the lists that only make sense with it)."""
    return {k: v for k, v in article.items() if k not in ("text", "headings", "captions",
                                                            "removed")}


def build_router() -> APIRouter:
    """All ``/api`` routes; reads depend on :func:`require_read`, writes on ``require_write``."""
    router = APIRouter(prefix="/api", dependencies=[Depends(require_read)],
                       route_class=AuthFirstRoute, responses=ERROR_RESPONSES)

    @router.get("/articles", summary="List articles (without text unless full=1)")
    def list_articles(request: Request, limit: Limit = 50, offset: Offset = 0,
                      entity: EntityId = None, since: Since = None, until: Until = None,
                      full: Annotated[bool, Query(description="include the clean text")] = False,
                      ) -> dict[str, Any]:
        snap = _snapshot(request)
        chosen = select(snap, "articles", snap.articles,
                        Filters(entity=entity, since=since, until=until))
        result = page(chosen, limit, offset)
        if not full:
            result["items"] = [_brief(a) for a in result["items"]]
        return result

    @router.get("/articles/{article_id}", summary="One article with its clean text")
    def get_article(request: Request,
                    article_id: Annotated[str, Path(pattern=ARTICLE_ID)]) -> dict[str, Any]:
        record = _snapshot(request).by_id.get(article_id)
        if record is None:
            raise NotFound(f"no article {article_id}", fix="list ids with GET /api/articles")
        return record

    # 200 is documented beside 201: posting an article that is already stored is not an error
    # (the write is idempotent), and the schema must say so for clients and schema tests.
    @router.post("/articles", status_code=201, dependencies=[Depends(require_write)],
                 summary="Add an article: clean, store, extract, re-merge the story",
                 responses={200: {"description": "Already stored; nothing changed"}})
    def add_article(request: Request, response: Response, body: ArticleIn) -> dict[str, Any]:
        result = _service(request).add_article(NewArticle(**body.model_dump()))
        if not result["created"]:
            response.status_code = 200
        return result

    def section_route(name: str, summary: str, *, with_status: bool = False) -> None:
        def handler(request: Request, limit: Limit = 50, offset: Offset = 0,
                    entity: EntityId = None, since: Since = None, until: Until = None,
                    kind: Kind = None) -> dict[str, Any]:
            snap = _snapshot(request)
            filters = Filters(entity=entity, since=since, until=until, kind=kind)
            return page(select(snap, name, snap.sections[name], filters), limit, offset)

        def claims_handler(request: Request, limit: Limit = 50, offset: Offset = 0,
                           entity: EntityId = None, since: Since = None, until: Until = None,
                           status: ClaimStatus | None = None) -> dict[str, Any]:
            snap = _snapshot(request)
            filters = Filters(entity=entity, since=since, until=until, status=status)
            return page(select(snap, name, snap.sections[name], filters), limit, offset)

        chosen: Callable[..., dict[str, Any]] = claims_handler if with_status else handler
        router.add_api_route(f"/{name}", chosen, methods=["GET"], summary=summary,
                             name=f"list_{name}")

    section_route("entities", "Entities with aliases and roles")
    section_route("events", "Events and rounds")
    section_route("quotes", "Quotes with speakers")
    section_route("claims", "Claims with corroboration status", with_status=True)
    section_route("positions", "Positions of the parties on the issues")
    section_route("contradictions", "Contradictions between sources")
    section_route("timeline", "The timeline")

    @router.get("/search", summary="Full-text search over titles and texts")
    def search(request: Request,
               q: Annotated[str, Query(min_length=1, max_length=500)],
               limit: Annotated[int, Query(ge=1, le=100)] = 20) -> dict[str, Any]:
        snap = _snapshot(request)
        items = [{"article": aid, "title": snap.by_id.get(aid, {}).get("title"),
                  "outlet": snap.outlet(aid), "snippet": snippet}
                 for aid, snippet in _service(request).search(q, limit)]
        return {"query": q, "total": len(items), "items": items}

    @router.get("/digest", summary="The digest (Markdown), its references and corpus counts")
    def digest(request: Request) -> dict[str, Any]:
        snap = _snapshot(request)
        return {
            "digest": snap.sections["digest"],
            "references": {str(n): aid for aid, n in snap.numbers.items()},
            "corpus": snap.corpus,
            "counts": counts(snap),
        }

    return router
