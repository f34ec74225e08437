"""Bearer-token checks for writes (always) and reads (when the server is configured so)."""

from __future__ import annotations

import hmac
from collections.abc import Callable, MutableMapping
from dataclasses import dataclass
from typing import Any

from fastapi import Request

from communique.api._errors import Unauthorized, WritesDisabled
from communique.api._guard import client_address

_CHALLENGE = {"WWW-Authenticate": "Bearer"}


@dataclass(frozen=True, slots=True)
class Access:
    """Who may do what: the server's token (``None``: no writes) and whether reads are open."""

    token: str | None
    open_reads: bool


def _presented(request: Request) -> str | None:
    """The token of an ``Authorization: Bearer <token>`` header, if any."""
    return _bearer(request.headers.get("authorization", ""))


def _bearer(header: str) -> str | None:
    scheme, _, value = header.partition(" ")
    return value.strip() if scheme.lower() == "bearer" and value.strip() else None


def rate_key(access: Access) -> Callable[[MutableMapping[str, Any]], str]:
    """The rate-limit bucket of an ASGI request: the token's when it sends the server's
    token, else its address (an unchecked token would let a client pick a new bucket at will)."""

    def key(scope: MutableMapping[str, Any]) -> str:
        if access.token is not None:
            for name, value in scope.get("headers", ()):
                if name.lower() == b"authorization":
                    presented = _bearer(value.decode("latin-1"))
                    if presented and hmac.compare_digest(presented.encode(),
                                                         access.token.encode()):
                        return "token"
        return client_address(scope)

    return key


def _check(access: Access, request: Request) -> None:
    presented = _presented(request)
    if presented is None:
        raise Unauthorized("this request needs an Authorization: Bearer <token> header",
                           fix="send the server's token as a bearer token", headers=_CHALLENGE)
    assert access.token is not None
    # compare_digest: the time taken does not tell how much of a guessed token was right.
    if not hmac.compare_digest(presented.encode(), access.token.encode()):
        raise Unauthorized("the bearer token is wrong", fix="send the server's token",
                           headers=_CHALLENGE)


def require_write(request: Request) -> None:
    """Dependency of every write endpoint."""
    access: Access = request.app.state.access
    if access.token is None:
        raise WritesDisabled(
            "writes are disabled: the server was started without a token",
            fix="set COMMUNIQUE_TOKEN (or serve --token-file), then send that token")
    _check(access, request)


def require_read(request: Request) -> None:
    """Dependency of every read endpoint and page: open, or the same token as writes."""
    access: Access = request.app.state.access
    if access.open_reads:
        return
    if access.token is None:
        raise WritesDisabled("reads are closed and the server has no token",
                             fix="start it with a token or with open reads")
    _check(access, request)
