"""The REST API and web UI of a store: ``create_app`` builds the app, ``serve`` runs it.

Public API::

    from communique.api import create_app, serve

    app = create_app("story.db", token="s3cret")        # a FastAPI app (ASGI)
    serve("story.db", "127.0.0.1", 8000, token=None, open_reads=True)

Needs the optional ``serve`` extra (``pip install 'communique[serve]'``): FastAPI, uvicorn,
Jinja2 and python-multipart. Importing this package works without it; calling either function
then raises :class:`~communique.errors.MissingExtraError`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from communique.errors import MissingExtraError

if TYPE_CHECKING:
    from fastapi import FastAPI

__all__ = ["create_app", "serve"]


def _require(package: str) -> None:
    """Raise :class:`MissingExtraError` when ``package`` of the serve extra is missing."""
    import importlib.util

    if importlib.util.find_spec(package) is None:
        raise MissingExtraError("the web server", package, "serve")


def create_app(store_url: str, *, token: str | None = None, open_reads: bool = True,
               max_body: int = 2_000_000, rate_limit: int = 120,
               **options: Any) -> FastAPI:
    """Build the FastAPI app over the store at ``store_url`` (see :mod:`communique.api._app`)."""
    for package in ("fastapi", "jinja2", "swagger_ui"):
        _require(package)
    from communique.api._app import create_app as build

    return build(store_url, token=token, open_reads=open_reads, max_body=max_body,
                 rate_limit=rate_limit, **options)


def serve(db: str, host: str, port: int, token: str | None, open_reads: bool, *,
          rate_limit: int = 120, max_body: int = 2_000_000, log_format: str = "text",
          log_level: str = "info", forwarded_allow_ips: str | None = None,
          **options: Any) -> None:
    """Run the app with uvicorn until interrupted (the ``communique serve`` command).

    Logs are structured (``log_format`` text or json): one record per request on
    ``communique.api.access``, uvicorn's own messages through the same handler.
    ``forwarded_allow_ips`` names the reverse proxies whose ``X-Forwarded-For`` is believed (so
    that clients behind them are told apart); none by default. ``options`` go to
    :func:`create_app` (``allow_fetch``, ``fetch_private``).
    """
    for package in ("fastapi", "jinja2", "swagger_ui", "uvicorn"):
        _require(package)
    import uvicorn

    from communique._logs import setup_logging

    setup_logging(log_format, log_level)
    app = create_app(db, token=token, open_reads=open_reads, rate_limit=rate_limit,
                     max_body=max_body, **options)
    uvicorn.run(app, host=host, port=port, server_header=False, log_config=None,
                access_log=False, proxy_headers=forwarded_allow_ips is not None,
                forwarded_allow_ips=forwarded_allow_ips)
