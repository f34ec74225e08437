"""Operational and "what changed" endpoints: ``/healthz`` and ``GET /api/changes?since=``.

``/healthz`` answers without a token (a load balancer or a watchdog has none) and so says only
whether the server can read its store: ``{"status": "ok", "version", "articles"}`` when reads
are open, without the count when they are closed. It never names the store's path or host.
"""

from __future__ import annotations

import logging
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Query, Request
from fastapi.responses import JSONResponse
from pydantic import BaseModel

from communique import __version__
from communique.api._auth import require_read
from communique.api._errors import InvalidRequest
from communique.api._routes import ERROR_RESPONSES
from communique.api._service import StoryService
from communique.errors import CommuniqueError, ConfigError
from communique.outputs.changes import changes_since, parse_since

log = logging.getLogger("communique.api")


def story_changes(service: StoryService, since: str) -> dict[str, Any]:
    """:func:`changes_since` over the service's snapshot and the store's arrival times."""
    try:
        moment = parse_since(since)
    except ConfigError as exc:
        raise InvalidRequest(exc.message, fix=exc.fix) from exc
    snap = service.snapshot()
    dossier = {"articles": snap.articles, **snap.sections}
    return changes_since(dossier, service.store.arrivals(), moment)


class Health(BaseModel):
    """What ``/healthz`` answers: ``ok`` (with the article count when reads are open) or
    ``unavailable`` with the error code."""

    status: str
    version: str
    articles: int | None = None
    code: str | None = None


def build_desk_router() -> APIRouter:
    """The health check (open) and ``/api/changes`` (a read)."""
    router = APIRouter()

    @router.get("/healthz", summary="Is the server up and its store readable?", tags=["ops"],
                responses={200: {"model": Health}, 429: ERROR_RESPONSES[429],
                           503: {"model": Health, "description": "the store cannot be read"}})
    def health(request: Request) -> JSONResponse:
        service: StoryService = request.app.state.service
        body: dict[str, Any] = {"status": "ok", "version": __version__}
        try:
            articles = len(service.snapshot().articles)
        except CommuniqueError as exc:
            log.warning("health check failed: %s", exc.code)
            return JSONResponse({"status": "unavailable", "version": __version__,
                                 "code": exc.code}, status_code=503)
        if request.app.state.access.open_reads:
            body["articles"] = articles
        return JSONResponse(body)

    @router.get("/api/changes", dependencies=[Depends(require_read)], responses=ERROR_RESPONSES,
                summary="What is new since a time: articles, and the items they made or updated")
    def changes(request: Request,
                since: Annotated[str, Query(
                    min_length=1, max_length=40,
                    description="ISO date or time (2031-03-18, 2031-03-18T09:00Z), or a span "
                                "back from now: 30m, 24h, 7d, 2w")]) -> dict[str, Any]:
        return story_changes(request.app.state.service, since)

    return router
