"""Fetching one URL with httpx: redirects followed, a total deadline, a size limit while streaming.

The limit is enforced on the bytes as they arrive (after content decoding), not only on the
``Content-Length`` header, because servers omit or misstate it; the deadline is checked between
chunks, so a server trickling bytes is cut off within about one read timeout of it.
"""

from __future__ import annotations

import time
from dataclasses import dataclass

import httpx

from communique.ingest._codes import (
    ADDRESS_REFUSED,
    CONTENT_TYPE,
    FETCH_FAILED,
    HTTP_STATUS,
    TIMEOUT,
    TOO_LARGE,
    fail,
)
from communique.ingest._formats import UNSUPPORTED_MIME, format_of_mime, parse_content_type
from communique.ingest._netguard import AddressRefused, guarded_transport
from communique.ingest._options import IngestOptions


@dataclass(frozen=True, slots=True)
class Page:
    """A fetched response body and what the server said about it."""

    url: str
    """The final URL, after redirects."""
    mime: str
    charset: str | None
    data: bytes


def make_client(options: IngestOptions) -> httpx.Client:
    """Return the HTTP client one batch shares (connection reuse across feed entries)."""
    policy = options.address_policy
    return httpx.Client(
        follow_redirects=True,
        max_redirects=10,
        timeout=httpx.Timeout(options.timeout),
        headers={"User-Agent": options.user_agent},
        transport=guarded_transport(policy) if policy is not None else None,
        trust_env=policy is None,
    )


def fetch(client: httpx.Client, url: str, options: IngestOptions) -> Page:
    """GET ``url``; raise ``FetchError``/``InputError`` for errors, slowness, size or type."""
    deadline = time.monotonic() + options.timeout
    try:
        with client.stream("GET", url) as response:
            _check_response(response, url, options)
            mime, charset = parse_content_type(response.headers.get("Content-Type"))
            data = _read_body(response, url, options.max_bytes, deadline)
            return Page(str(response.url), mime, charset, data)
    except httpx.TimeoutException as error:
        raise fail(url, f"timed out after {options.timeout:g} s", TIMEOUT) from error
    except httpx.ConnectError as error:
        if isinstance(error.__cause__, AddressRefused):
            raise fail(url, f"refused: {error.__cause__}", ADDRESS_REFUSED,
                       fix="the server's operator can allow private addresses") from error
        raise fail(url, f"could not be fetched: {error or type(error).__name__}",
                   FETCH_FAILED) from error
    except (httpx.HTTPError, httpx.InvalidURL, httpx.StreamError) as error:
        raise fail(url, f"could not be fetched: {error or type(error).__name__}",
                   FETCH_FAILED) from error


def _check_response(response: httpx.Response, url: str, options: IngestOptions) -> None:
    """Refuse an error status, an announced oversize body or a non-text type before reading."""
    if response.status_code >= 400:
        raise fail(url, f"HTTP {response.status_code} {response.reason_phrase}".rstrip(),
                   HTTP_STATUS)
    length = response.headers.get("Content-Length", "")
    if length.isdigit() and int(length) > options.max_bytes:
        raise fail(url, f"{length} bytes is over the limit of {options.max_bytes}", TOO_LARGE)
    mime, _ = parse_content_type(response.headers.get("Content-Type"))
    if format_of_mime(mime) == UNSUPPORTED_MIME:
        raise fail(url, f"content type {mime} is not text, HTML or a feed", CONTENT_TYPE)


def _read_body(response: httpx.Response, url: str, max_bytes: int, deadline: float) -> bytes:
    """Collect the body, stopping as soon as it passes ``max_bytes`` or the deadline."""
    chunks: list[bytes] = []
    total = 0
    for chunk in response.iter_bytes():
        total += len(chunk)
        if total > max_bytes:
            raise fail(url, f"response over the limit of {max_bytes} bytes", TOO_LARGE)
        if time.monotonic() > deadline:
            raise fail(url, "too slow: the response did not finish in time", TIMEOUT)
        chunks.append(chunk)
    return b"".join(chunks)
