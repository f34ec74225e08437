"""A tiny HTTP server on 127.0.0.1 for tests that fetch URLs: it never leaves the machine.

It binds 127.0.0.1 on a port the kernel picks, serves routes a test registers, records the paths
it was asked for, and runs in a daemon thread.
"""

from __future__ import annotations

import contextlib
import threading
import time
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any


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

    def __init__(self, host: str = "127.0.0.1") -> None:
        self.routes: dict[str, Route] = {}
        self.hits: list[str] = []
        server = ThreadingHTTPServer((host, 0), _handler_for(self))
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
