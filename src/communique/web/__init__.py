"""Server-rendered pages of the dossier, mounted into the API's app by :func:`mount`.

Pages: overview, timeline, events, positions, claims (with contradictions), quotes, entities,
sources, search, and one page per article where ``#a-<start>-<end>`` is a highlighted evidence
passage. Templates autoescape; the only script is ``/static/app.js`` (allowed by the CSP).
"""

from __future__ import annotations

from pathlib import Path

from fastapi import FastAPI, Request
from fastapi.responses import Response
from fastapi.staticfiles import StaticFiles

from communique.web._pages import build_router, templates

HERE = Path(__file__).resolve().parent

__all__ = ["error_page", "mount"]


def mount(app: FastAPI) -> None:
    """Add the pages and ``/static`` to ``app``."""
    app.include_router(build_router())
    app.mount("/static", StaticFiles(directory=HERE / "static"), name="static")


def error_page(request: Request, status: int, code: str, message: str, fix: str | None,
               headers: dict[str, str] | None = None) -> Response:
    """An HTML error page (the API's errors stay JSON)."""
    return templates.TemplateResponse(
        request, "error.html",
        {"status": status, "code": code, "message": message, "fix": fix, "page": ""},
        status_code=status, headers=headers)
