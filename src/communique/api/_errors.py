"""Errors of the REST API, and the one JSON shape every error response has.

Every error body is ``{"error": {"code", "message", "fix"}}``. Codes ``E7xx`` belong to the web
interface; errors the library raises keep their own codes (``E1xx`` … ``E9xx``) so that a client
sees the same code the CLI would print.
"""

from __future__ import annotations

from typing import Any

from communique.errors import CommuniqueError


class ApiError(CommuniqueError):
    """An error answered with an HTTP status (the request, not the server, is at fault)."""

    code = "E700"
    status = 400

    def __init__(self, message: str, *, fix: str | None = None,
                 headers: dict[str, str] | None = None) -> None:
        self.headers = headers or {}
        super().__init__(message, fix=fix)


class Unauthorized(ApiError):
    """No or a wrong bearer token."""

    code = "E701"
    status = 401


class WritesDisabled(ApiError):
    """The server has no token configured, so it accepts no writes at all."""

    code = "E702"
    status = 403


class NotFound(ApiError):
    """The article (or page) asked for does not exist."""

    code = "E703"
    status = 404


class InvalidRequest(ApiError):
    """The request's parameters or body do not validate."""

    code = "E704"
    status = 422


class TooLarge(ApiError):
    """The request body is over the configured limit."""

    code = "E705"
    status = 413


class RateLimited(ApiError):
    """The client sent more requests per minute than allowed."""

    code = "E706"
    status = 429


class NotReady(ApiError):
    """The store holds no story yet."""

    code = "E707"
    status = 409


class ExtractFailed(ApiError):
    """The article was read and cleaned but its extraction failed; nothing was stored."""

    code = "E302"
    status = 422


INTERNAL = "E799"
"""Code of an unexpected server error (a bug); the message never leaks a traceback."""


def error_body(code: str, message: str, fix: str | None = None) -> dict[str, Any]:
    """The JSON body of every error response."""
    return {"error": {"code": code, "message": message, "fix": fix}}
