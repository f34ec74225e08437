"""Fixtures for the ingest tests: a local HTTP server on 127.0.0.1 and small helpers.

The server never leaves the machine: it binds 127.0.0.1 on a port the kernel picks, serves
routes a test registers, and runs in a daemon thread for the test session.
"""

from __future__ import annotations

import contextlib
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any, BinaryIO

import pytest

from communique.ingest import IngestOptions, read_inputs
from communique.model import RawArticle, Skipped


@dataclass
class Route:
    """What the server answers on one path."""

    body: bytes = b""
    status: int = 200
    content_type: str | None = "text/html; charset=utf-8"
    headers: dict[str, str] = field(default_factory=dict)
    delay: float = 0.0
    """Seconds to wait after the headers before sending the body."""
    chunks: int = 1
    """Send the body in this many pieces, ``chunk_pause`` seconds apart."""
    chunk_pause: float = 0.0
    send_length: bool = True
    """Send a Content-Length header (off: the body ends when the connection closes)."""


class LocalServer:
    """A tiny HTTP server for tests: register routes, then fetch ``url(path)``."""

    def __init__(self) -> None:
        self.routes: dict[str, Route] = {}
        self.hits: list[str] = []
        server = ThreadingHTTPServer(("127.0.0.1", 0), _handler_for(self))
        server.daemon_threads = True
        server.block_on_close = False
        self.server = server
        self.thread = threading.Thread(target=server.serve_forever, daemon=True)

    def url(self, path: str) -> str:
        """The absolute URL of ``path`` on this server."""
        host, port = self.server.server_address[:2]
        return f"http://{host!s}:{port}{path}"

    def add(self, path: str, body: bytes = b"", **settings: Any) -> str:
        """Serve ``body`` at ``path`` (``settings`` as in :class:`Route`) and return its URL."""
        self.routes[path] = Route(body, **settings)
        return self.url(path)


def _handler_for(owner: LocalServer) -> type[BaseHTTPRequestHandler]:
    """Build a request handler class bound to ``owner``'s routes."""

    class Handler(BaseHTTPRequestHandler):
        # HTTP/1.0: the connection closes after each response, so a body without
        # Content-Length is still well delimited.
        protocol_version = "HTTP/1.0"

        def do_GET(self) -> None:
            owner.hits.append(self.path)
            route = owner.routes.get(self.path)
            if route is None:
                route = Route(b"<h1>Not found</h1>", status=404)
            # The client may give up mid-answer (a timeout test); nothing to clean up then.
            with contextlib.suppress(BrokenPipeError, ConnectionResetError):
                self._answer(route)

        def _answer(self, route: Route) -> None:
            self.send_response(route.status)
            if route.content_type is not None:
                self.send_header("Content-Type", route.content_type)
            if route.send_length:
                self.send_header("Content-Length", str(len(route.body)))
            for name, value in route.headers.items():
                self.send_header(name, value)
            self.end_headers()
            self.wfile.flush()
            if route.delay:
                time.sleep(route.delay)
            size = max(1, -(-len(route.body) // route.chunks))
            for start in range(0, len(route.body), size):
                self.wfile.write(route.body[start : start + size])
                self.wfile.flush()
                if route.chunk_pause:
                    time.sleep(route.chunk_pause)

        def log_message(self, format: str, *args: object) -> None:
            # Keep pytest output clean.
            return

    return Handler


@pytest.fixture(scope="session")
def _session_server() -> Iterator[LocalServer]:
    server = LocalServer()
    server.thread.start()
    try:
        yield server
    finally:
        server.server.shutdown()
        server.server.server_close()


@pytest.fixture
def http_server(_session_server: LocalServer) -> Iterator[LocalServer]:
    """The local server with no routes registered (they are cleared after each test)."""
    _session_server.routes.clear()
    _session_server.hits.clear()
    yield _session_server
    _session_server.routes.clear()


ReadAll = Callable[..., tuple[list[RawArticle], list[Skipped]]]


def _read_all(
    specs: list[str], options: IngestOptions | None = None, *, stdin: BinaryIO | None = None
) -> tuple[list[RawArticle], list[Skipped]]:
    articles: list[RawArticle] = []
    skipped: list[Skipped] = []
    for item in read_inputs(specs, options, stdin=stdin):
        if isinstance(item, RawArticle):
            articles.append(item)
        else:
            skipped.append(item)
    return articles, skipped


@pytest.fixture
def read_all() -> ReadAll:
    """``read_inputs`` run to the end, split into ``(articles, skipped)``."""
    return _read_all
