"""The application factory: REST API, web pages, docs, guards and error handlers in one app."""

from __future__ import annotations

import base64
import hashlib
import importlib.util
import logging
import os
import re
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.openapi.docs import get_swagger_ui_html
from fastapi.responses import FileResponse, HTMLResponse, JSONResponse, Response
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.routing import Match

from communique import __version__
from communique.api._access import AccessLog
from communique.api._auth import Access, rate_key
from communique.api._desk import build_desk_router
from communique.api._errors import INTERNAL, ApiError, error_body
from communique.api._guard import Guard
from communique.api._routes import build_router
from communique.api._service import StoryService
from communique.errors import CommuniqueError, InputError, MissingExtraError, StoreError

log = logging.getLogger("communique.api")

_STATUS_CODES = {404: "E703", 405: "E708", 413: "E705", 422: "E704", 429: "E706"}


DOCS_ASSETS = {
    "swagger-ui-bundle.js": "text/javascript",
    "swagger-ui.css": "text/css",
    "favicon-32x32.png": "image/png",
    "LICENSE": "text/plain",
}
"""Swagger UI's files served under ``/docs/`` from the swagger-ui-py package (nothing from a
CDN: the page works offline and its policy allows this server only)."""


def _docs_assets() -> Path:
    """The folder of Swagger UI's files in the installed swagger-ui-py package."""
    spec = importlib.util.find_spec("swagger_ui")  # found, not imported: only its files are used
    if spec is None or not spec.submodule_search_locations:
        raise MissingExtraError("the API docs page", "swagger-ui-py", "serve")
    return Path(next(iter(spec.submodule_search_locations))) / "static"


def _docs_page() -> tuple[HTMLResponse, str]:
    """FastAPI's Swagger UI page on local assets and a CSP allowing exactly its inline script
    (by hash), scripts and styles from this server only."""
    page = get_swagger_ui_html(openapi_url="/openapi.json", title="communique API",
                               swagger_js_url="/docs/swagger-ui-bundle.js",
                               swagger_css_url="/docs/swagger-ui.css",
                               swagger_favicon_url="/docs/favicon-32x32.png")
    html = bytes(page.body).decode()
    hashes = " ".join(
        "'sha256-" + base64.b64encode(hashlib.sha256(s.encode()).digest()).decode() + "'"
        for s in re.findall(r"<script>(.*?)</script>", html, flags=re.S))
    csp = (f"default-src 'self'; script-src 'self' {hashes}; style-src 'self'; "
           "img-src 'self' data:; object-src 'none'; base-uri 'none'; frame-ancestors 'none'")
    return page, csp


def _wants_html(request: Request) -> bool:
    """Pages get HTML errors; the API, docs and anything else get JSON."""
    path = request.url.path
    return not (path.startswith(("/api", "/openapi", "/docs", "/static")))


def create_app(store_url: str, *, token: str | None = None, open_reads: bool = True,
               max_body: int = 2_000_000, rate_limit: int = 120,
               allow_fetch: bool = False, fetch_private: bool = False) -> FastAPI:
    """Build the web application over the store at ``store_url``.

    ``token`` (else ``$COMMUNIQUE_TOKEN``) guards writes; without one, writes are refused.
    ``open_reads=False`` makes reads need the token too. ``max_body`` bytes per request
    (413 beyond), ``rate_limit`` requests a minute per client (429 beyond; 0 turns it off),
    ``allow_fetch`` lets ``POST /api/articles`` fetch a lone ``url`` (off by default), from
    public addresses only unless ``fetch_private``.
    """
    from communique import web

    token = token or os.environ.get("COMMUNIQUE_TOKEN") or None
    service = StoryService(store_url, allow_fetch=allow_fetch, fetch_private=fetch_private)

    @asynccontextmanager
    async def lifespan(_: FastAPI) -> AsyncIterator[None]:
        try:
            service.refresh()  # the first snapshot, before the first request needs it
        except StoreError as exc:
            log.warning("the store could not be read at start-up: %s", exc)
        yield
        service.close()

    app = FastAPI(title="communique", version=__version__, docs_url=None, redoc_url=None,
                  lifespan=lifespan,
                  description="The dossier of a negotiation: every item with its evidence.")
    access = Access(token=token, open_reads=open_reads)
    app.state.access = access
    app.state.service = service
    docs_page, docs_csp = _docs_page()

    assets = _docs_assets()

    @app.get("/docs", include_in_schema=False)
    def docs() -> HTMLResponse:
        return docs_page

    @app.get("/docs/{name}", include_in_schema=False)
    def docs_asset(name: str) -> FileResponse:
        if name not in DOCS_ASSETS:  # a fixed list: no path from the request reaches the disk
            raise StarletteHTTPException(404)
        return FileResponse(assets / name, media_type=DOCS_ASSETS[name])

    app.include_router(build_router())
    app.include_router(build_desk_router())
    web.mount(app)
    _add_error_handlers(app)
    # Guard wraps everything (errors included); the docs page alone may load Swagger UI.
    app.add_middleware(Guard, max_body=max_body, rate_limit=rate_limit,
                       csp_overrides={"/docs": docs_csp}, client_key=rate_key(access))
    app.add_middleware(AccessLog)
    return app


_METHODS = ("GET", "POST", "PUT", "PATCH", "DELETE", "OPTIONS")


def allowed_methods(app: FastAPI, request: Request) -> list[str]:
    """Every method some route answers on the request's path (HEAD wherever GET is), found by
    asking the routes (routers nest, so their method lists cannot simply be read)."""
    methods = {method for method in _METHODS if any(
        route.matches({**request.scope, "method": method})[0] == Match.FULL
        for route in app.router.routes)}
    if "GET" in methods:
        methods.add("HEAD")
    return sorted(methods)


def _add_error_handlers(app: FastAPI) -> None:
    """Every error becomes ``{"error": {code, message, fix}}`` (or an HTML page for pages)."""
    from communique import web

    def reply(request: Request, status: int, code: str, message: str, fix: str | None,
              headers: dict[str, str] | None = None) -> Response:
        if _wants_html(request):
            return web.error_page(request, status, code, message, fix, headers)
        return JSONResponse(error_body(code, message, fix), status_code=status, headers=headers)

    @app.exception_handler(ApiError)
    async def api_error(request: Request, exc: ApiError) -> Response:
        return reply(request, exc.status, exc.code, exc.message, exc.fix, exc.headers)

    @app.exception_handler(RequestValidationError)
    async def invalid(request: Request, exc: RequestValidationError) -> Response:
        problems = "; ".join(
            f"{'.'.join(str(p) for p in e.get('loc', ()))}: {e.get('msg', 'invalid')}"
            for e in exc.errors()[:5])
        return reply(request, 422, "E704", f"invalid request: {problems}",
                     "see the parameters at /docs")

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException) -> Response:
        code = _STATUS_CODES.get(exc.status_code, f"E7{exc.status_code % 100:02d}")
        message = "not found" if exc.status_code == 404 else str(exc.detail)
        headers = dict(exc.headers or {})
        if exc.status_code == 405:
            # Starlette names the methods of the first route on the path only (GET, when POST
            # is another route on the same path).
            headers["Allow"] = ", ".join(allowed_methods(app, request))
        return reply(request, exc.status_code, code, message,
                     "see /docs for the endpoints" if exc.status_code in (404, 405) else None,
                     headers)

    @app.exception_handler(StoreError)
    async def store_error(request: Request, exc: StoreError) -> Response:
        # The details name the store's file or database host: for the server's log, not for
        # whoever sent the request.
        log.error("store error on %s: %s", request.url.path, exc)
        return reply(request, 503, exc.code, "the store is unavailable",
                     "try again later; the server's log has the details")

    @app.exception_handler(CommuniqueError)
    async def library_error(request: Request, exc: CommuniqueError) -> Response:
        # Bad input (an article that cannot be cleaned) is the client's fault.
        return reply(request, 422 if isinstance(exc, InputError) else 500, exc.code,
                     exc.message, exc.fix)

    @app.exception_handler(Exception)
    async def unexpected(request: Request, exc: Exception) -> Response:
        log.exception("unexpected error on %s", request.url.path)
        return reply(request, 500, INTERNAL, "internal server error",
                     "this is a bug; please report it with the server log")


