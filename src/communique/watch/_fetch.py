"""Polite HTTP for ``watch``: conditional GETs, a delay per host, timeouts, bounded retries.

- **Conditional**: a source's last ``ETag`` and ``Last-Modified`` go out as ``If-None-Match``
  and ``If-Modified-Since``; a ``304`` costs the server (and us) almost nothing.
- **Per host**: two requests to the same host are at least ``delay`` seconds apart, whichever
  source they come from.
- **Bounded retries**: timeouts, connection errors, ``429`` and ``5xx`` are tried again up to
  ``retries`` times after ``backoff``, ``2·backoff``, … seconds (a ``Retry-After`` header wins
  when longer), never longer than ``max_backoff``; other errors fail at once.
- **Stoppable**: every wait is on the stop event, so a signal ends a wait at once.
"""

from __future__ import annotations

import random
import threading
import time
from dataclasses import dataclass
from email.utils import parsedate_to_datetime
from urllib.parse import urlsplit

import httpx

from communique.errors import InputError
from communique.ingest._codes import FETCH_FAILED, HTTP_STATUS, TIMEOUT, TOO_LARGE, fail
from communique.ingest._formats import parse_content_type
from communique.ingest._http import _read_body
from communique.watch._options import WatchOptions

RETRY_STATUS = frozenset({429, 500, 502, 503, 504})


class Stopped(Exception):
    """Raised inside a cycle when the stop event is set: the cycle ends where it is."""


@dataclass(frozen=True, slots=True)
class Reply:
    """A response: ``status`` 200 with a body, or 304 (not modified) without one."""

    status: int
    url: str
    mime: str = ""
    charset: str | None = None
    data: bytes = b""
    etag: str | None = None
    last_modified: str | None = None

    @property
    def modified(self) -> bool:
        """False for a 304."""
        return self.status != 304


class _Retry(Exception):
    def __init__(self, error: InputError, wait: float = 0.0) -> None:
        super().__init__(error.message)
        self.error = error
        self.wait = wait


class PoliteFetcher:
    """One HTTP client for a watch run, shared by every source (connection reuse)."""

    def __init__(self, options: WatchOptions, stop: threading.Event,
                 transport: httpx.BaseTransport | None = None) -> None:
        self.options = options
        self.stop = stop
        self.client = httpx.Client(follow_redirects=True, max_redirects=5,
                                   timeout=httpx.Timeout(options.timeout), transport=transport,
                                   headers={"User-Agent": options.user_agent})
        self._last: dict[str, float] = {}
        self.requests = 0
        self.retried = 0

    def close(self) -> None:
        """Close the connections."""
        self.client.close()

    def pause(self, seconds: float) -> None:
        """Wait ``seconds`` unless stopped first (then raise :class:`Stopped`)."""
        if self.stop.wait(max(0.0, seconds)):
            raise Stopped

    def _turn(self, url: str) -> None:
        """Wait until this host may be asked again."""
        host = urlsplit(url).netloc.lower()
        last = self._last.get(host)
        if last is not None:
            self.pause(last + self.options.delay - time.monotonic())
        elif self.stop.is_set():
            raise Stopped
        self._last[host] = time.monotonic()

    def get(self, url: str, etag: str | None = None, last_modified: str | None = None) -> Reply:
        """GET ``url`` politely; raise an :class:`InputError` (a ``FetchError``) on failure."""
        attempt = 0
        while True:
            self._turn(url)
            try:
                return self._once(url, etag, last_modified)
            except _Retry as retry:
                if attempt >= self.options.retries:
                    raise retry.error from None
                wait = self.options.backoff * 2 ** attempt * random.uniform(0.8, 1.2)
                self.retried += 1
                attempt += 1
                self.pause(min(self.options.max_backoff, max(wait, retry.wait)))

    def _once(self, url: str, etag: str | None, last_modified: str | None) -> Reply:
        headers = {}
        if etag:
            headers["If-None-Match"] = etag
        if last_modified:
            headers["If-Modified-Since"] = last_modified
        deadline = time.monotonic() + self.options.timeout
        self.requests += 1
        try:
            with self.client.stream("GET", url, headers=headers) as response:
                return self._reply(response, url, deadline)
        except httpx.TimeoutException as error:
            raise _Retry(fail(url, f"timed out after {self.options.timeout:g} s", TIMEOUT)
                         ) from error
        except (httpx.TransportError, httpx.StreamError) as error:
            raise _Retry(fail(url, f"could not be fetched: {error or type(error).__name__}",
                              FETCH_FAILED)) from error
        except httpx.HTTPError as error:
            raise fail(url, f"could not be fetched: {error or type(error).__name__}",
                       FETCH_FAILED) from error

    def _reply(self, response: httpx.Response, url: str, deadline: float) -> Reply:
        final = str(response.url)
        validators = {"etag": response.headers.get("ETag"),
                      "last_modified": response.headers.get("Last-Modified")}
        if response.status_code == 304:
            return Reply(304, final, **validators)
        if response.status_code >= 400:
            error = fail(url, f"HTTP {response.status_code} {response.reason_phrase}".rstrip(),
                         HTTP_STATUS)
            if response.status_code in RETRY_STATUS:
                raise _Retry(error, _retry_after(response.headers.get("Retry-After")))
            raise error
        length = response.headers.get("Content-Length", "")
        if length.isdigit() and int(length) > self.options.max_bytes:
            raise fail(url, f"{length} bytes is over the limit of {self.options.max_bytes}",
                       TOO_LARGE)
        mime, charset = parse_content_type(response.headers.get("Content-Type"))
        data = _read_body(response, url, self.options.max_bytes, deadline)
        return Reply(200, final, mime, charset, data, **validators)


def _retry_after(value: str | None) -> float:
    """Seconds a ``Retry-After`` header asks for (a number or an HTTP date); 0 if none."""
    if not value:
        return 0.0
    if value.strip().isdigit():
        return float(value.strip())
    try:
        moment = parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return 0.0
    from datetime import UTC, datetime

    return max(0.0, (moment - datetime.now(UTC)).total_seconds())
