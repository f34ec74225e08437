"""ASGI middleware guarding every request: security headers, body size and rate limits.

Written as plain ASGI (not Starlette's ``BaseHTTPMiddleware``) so that it also covers static
files, error responses and streamed bodies, and so that an oversized body is refused while it
arrives instead of after it has been read into memory. It also answers HEAD everywhere GET is
answered (the GET response's headers, no body), which FastAPI's routes do not.

Rate limits are per client: per token for a client that sends the server's token (clients
behind one address, a proxy or loopback, then do not share), else per address — the real
one behind a reverse proxy when the server trusts it (``serve --forwarded-allow-ips``).
"""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Awaitable, Callable, MutableMapping
from typing import Any

from communique.api._errors import RateLimited, TooLarge, error_body

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]

CSP = ("default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
       "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'")
"""The pages' policy: scripts and styles only from this server, never inline."""

SECURITY_HEADERS = {
    "x-content-type-options": "nosniff",
    "referrer-policy": "no-referrer",
    "x-frame-options": "DENY",
    "cross-origin-opener-policy": "same-origin",
}


class RateLimiter:
    """A token bucket per client: ``per_minute`` requests, refilled evenly over a minute."""

    def __init__(self, per_minute: int) -> None:
        self.per_minute = per_minute
        self._buckets: dict[str, tuple[float, float]] = {}
        self._lock = threading.Lock()

    def allow(self, client: str) -> float:
        """0 when the request may go ahead, else the seconds to wait before retrying."""
        if self.per_minute <= 0:
            return 0.0
        rate = self.per_minute / 60.0
        now = time.monotonic()
        with self._lock:
            tokens, last = self._buckets.get(client, (float(self.per_minute), now))
            tokens = min(float(self.per_minute), tokens + (now - last) * rate)
            if tokens < 1.0:
                self._buckets[client] = (tokens, now)
                return (1.0 - tokens) / rate
            self._buckets[client] = (tokens - 1.0, now)
            if len(self._buckets) > 10_000:
                # Forget full buckets so that many one-off clients cannot grow memory forever.
                self._buckets = {k: v for k, v in self._buckets.items()
                                 if v[0] < self.per_minute - 1}
            return 0.0


class _BodyTooLarge(Exception):
    """Raised inside ``receive`` when a streamed body passes the limit."""


class Guard:
    """Wrap an ASGI app with security headers, a body size limit and a rate limit."""

    def __init__(self, app: ASGIApp, *, max_body: int, rate_limit: int,
                 csp_overrides: dict[str, str] | None = None,
                 client_key: Callable[[Scope], str] | None = None) -> None:
        self.app = app
        self.max_body = max_body
        self.limiter = RateLimiter(rate_limit)
        self.csp_overrides = csp_overrides or {}
        self.client_key = client_key or client_address

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        csp = self.csp_overrides.get(scope.get("path", ""), CSP)
        head = scope.get("method") == "HEAD"
        if head:
            scope = {**scope, "method": "GET"}

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = [(k, v) for k, v in message.get("headers", [])
                           if k.decode("latin-1").lower() not in SECURITY_HEADERS
                           and k.decode("latin-1").lower() != "content-security-policy"]
                headers.append((b"content-security-policy", csp.encode()))
                headers.extend((k.encode(), v.encode()) for k, v in SECURITY_HEADERS.items())
                message["headers"] = headers
            elif head and message["type"] == "http.response.body":
                message = {**message, "body": b""}
            await send(message)

        wait = self.limiter.allow(self.client_key(scope))
        if wait:
            error = RateLimited(f"too many requests: at most {self.limiter.per_minute} a minute",
                                fix=f"retry after {int(wait) + 1} s")
            await _reply(send_with_headers, error.status, error.code, error.message, error.fix,
                         {"retry-after": str(int(wait) + 1)})
            return
        declared = _content_length(scope)
        if declared is not None and declared > self.max_body:
            await self._too_large(send_with_headers)
            return
        received = 0
        overflow = False
        replaced = False

        async def limited_receive() -> Message:
            nonlocal received, overflow
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > self.max_body:
                    overflow = True
                    raise _BodyTooLarge
            return message

        async def checked_send(message: Message) -> None:
            # The framework may catch _BodyTooLarge itself and answer 400 ("error parsing the
            # body"); whatever it answers after an overflow is replaced by our 413.
            nonlocal replaced
            if overflow:
                if message["type"] == "http.response.start" and not replaced:
                    replaced = True
                    await self._too_large(send_with_headers)
                return
            await send_with_headers(message)

        try:
            await self.app(scope, limited_receive, checked_send)
        except _BodyTooLarge:
            if not replaced:
                await self._too_large(send_with_headers)

    async def _too_large(self, send: Send) -> None:
        error = TooLarge(f"the request body is over {self.max_body} bytes",
                         fix="send a smaller article (or raise max_body)")
        await _reply(send, error.status, error.code, error.message, error.fix, {})


def client_address(scope: Scope) -> str:
    """The address a request came from (as the server was told to trust it)."""
    return str((scope.get("client") or ("unknown", 0))[0])


def _content_length(scope: Scope) -> int | None:
    """The declared Content-Length, or ``None`` (absent or malformed: counted while read)."""
    for key, value in scope.get("headers", []):
        if key.lower() == b"content-length":
            try:
                return int(value)
            except ValueError:
                return None
    return None


async def _reply(send: Send, status: int, code: str, message: str, fix: str | None,
                 extra: dict[str, str]) -> None:
    """Send a complete JSON error response."""
    body = json.dumps(error_body(code, message, fix)).encode()
    headers = [(b"content-type", b"application/json"),
               (b"content-length", str(len(body)).encode())]
    headers.extend((k.encode(), v.encode()) for k, v in extra.items())
    await send({"type": "http.response.start", "status": status, "headers": headers})
    await send({"type": "http.response.body", "body": body})
