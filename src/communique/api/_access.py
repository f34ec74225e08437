"""One structured log record per request: method, path, status, milliseconds, client.

The query string is left out (it may hold search terms), and so is any header: tokens never
reach the log.
"""

from __future__ import annotations

import logging
import time

from communique.api._guard import ASGIApp, Message, Receive, Scope, Send

log = logging.getLogger("communique.api.access")


class AccessLog:
    """ASGI middleware writing the access log on the ``communique.api.access`` logger."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        started = time.perf_counter()
        status = 0

        async def sending(message: Message) -> None:
            nonlocal status
            if message["type"] == "http.response.start":
                status = int(message["status"])
            await send(message)

        try:
            await self.app(scope, receive, sending)
        finally:
            client = (scope.get("client") or ("-", 0))[0]
            log.info("request", extra={"fields": {
                "method": scope.get("method"), "path": scope.get("path"), "status": status,
                "ms": round((time.perf_counter() - started) * 1000, 1), "client": client}})
