"""A local HTTP server of RSS feeds that change while a watch runs (tests and the soak script).

Each feed publishes numbered items; ``publish(name)`` adds one. A feed's mode decides how it
answers: ``ok``; ``fail`` (HTTP 500 every time); ``garbage`` (200 with bytes that are no feed);
``slow`` (waits ``slow`` seconds before answering); ``flaky`` (503 with Retry-After every other
request). Feeds honour ``If-None-Match`` and ``If-Modified-Since`` with 304. Every request is
logged (time, path, status, conditional headers) for the tests to check.
"""

from __future__ import annotations

import threading
import time
from dataclasses import dataclass, field
from email.utils import formatdate
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

PLACES = ("Norvell", "Lindhaven", "Port Alcyne", "Istrava", "Calder")


def article_html(feed: str, number: int) -> str:
    """A small article page whose text is unique to (feed, number)."""
    place = PLACES[number % len(PLACES)]
    return (
        f"<!doctype html><html><head><title>Round {number} of talks</title>"
        f'<meta property="article:published_time" content="2031-03-{1 + number % 27:02d}">'
        f"</head><body><article><h1>Talks in {place}: update {number} from {feed}</h1>"
        f"<p>{place} – Negotiators from Veldra and Korvania met on Monday for session "
        f"{number} reported by the {feed} desk, officials said.</p>"
        f"<p>A spokesman said item {feed}-{number} covered the exchange of prisoners and the "
        f"Kestrin Dam, and that {number * 7 + 3} observers attended.</p></article></body></html>"
    )


@dataclass
class Feed:
    """One feed's items and how it answers."""

    name: str
    mode: str = "ok"
    slow: float = 0.0
    items: list[int] = field(default_factory=list)
    version: int = 0
    changed: float = field(default_factory=time.time)
    hits: int = 0


class FeedServer:
    """The server, run in a daemon thread on 127.0.0.1 and an ephemeral port."""

    def __init__(self) -> None:
        self.feeds: dict[str, Feed] = {}
        self.log: list[dict[str, Any]] = []
        self.lock = threading.Lock()
        server = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args: Any) -> None:
                return

            def do_GET(self) -> None:
                server.answer(self)

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.httpd.daemon_threads = True
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)

    @property
    def url(self) -> str:
        """The base URL."""
        return f"http://127.0.0.1:{self.httpd.server_address[1]}"

    def feed_url(self, name: str) -> str:
        """The URL of feed ``name``."""
        return f"{self.url}/feeds/{name}.xml"

    def __enter__(self) -> FeedServer:
        self.thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()

    def add_feed(self, name: str, mode: str = "ok", items: int = 0, slow: float = 0.0) -> Feed:
        """Create a feed with ``items`` items published."""
        with self.lock:
            feed = self.feeds[name] = Feed(name, mode, slow)
        for _ in range(items):
            self.publish(name)
        return feed

    def publish(self, name: str) -> int:
        """Publish the next item of feed ``name``; return its number."""
        with self.lock:
            feed = self.feeds[name]
            number = len(feed.items) + 1
            feed.items.append(number)
            feed.version += 1
            feed.changed = time.time()
            return number

    def published(self) -> set[str]:
        """The URLs of every article page published so far."""
        with self.lock:
            return {f"{self.url}/articles/{f.name}/{n}.html" for f in self.feeds.values()
                    for n in f.items}

    def requests(self, prefix: str = "") -> list[dict[str, Any]]:
        """Logged requests whose path starts with ``prefix``."""
        with self.lock:
            return [r for r in self.log if r["path"].startswith(prefix)]

    # -- answering -------------------------------------------------------------------------

    def answer(self, handler: BaseHTTPRequestHandler) -> None:
        path = handler.path
        entry = {"time": time.monotonic(), "path": path,
                 "if_none_match": handler.headers.get("If-None-Match"),
                 "if_modified_since": handler.headers.get("If-Modified-Since")}
        status, headers, body = self._route(path, handler)
        entry["status"] = status
        with self.lock:
            self.log.append(entry)
        try:
            handler.send_response(status)
            for key, value in headers.items():
                handler.send_header(key, value)
            handler.send_header("Content-Length", str(len(body)))
            handler.end_headers()
            handler.wfile.write(body)
        except (BrokenPipeError, ConnectionResetError):
            return

    def _route(self, path: str, handler: BaseHTTPRequestHandler
               ) -> tuple[int, dict[str, str], bytes]:
        parts = path.strip("/").split("/")
        if len(parts) == 2 and parts[0] == "feeds" and parts[1].endswith(".xml"):
            return self._feed(parts[1][:-4], handler)
        if len(parts) == 3 and parts[0] == "articles" and parts[2].endswith(".html"):
            name, number = parts[1], parts[2][:-5]
            feed = self.feeds.get(name)
            if feed is None or not number.isdigit() or int(number) not in feed.items:
                return 404, {}, b"not found"
            body = article_html(name, int(number)).encode()
            return 200, {"Content-Type": "text/html; charset=utf-8"}, body
        return 404, {}, b"not found"

    def _feed(self, name: str, handler: BaseHTTPRequestHandler
              ) -> tuple[int, dict[str, str], bytes]:
        feed = self.feeds.get(name)
        if feed is None:
            return 404, {}, b"no such feed"
        with self.lock:
            feed.hits += 1
            hits, version, items, changed = feed.hits, feed.version, list(feed.items), \
                feed.changed
        if feed.mode == "slow":
            time.sleep(feed.slow)
        if feed.mode == "fail":
            return 500, {}, b"internal error"
        if feed.mode == "garbage":
            return 200, {"Content-Type": "application/rss+xml"}, b"\x00\x01{{ not a feed at all"
        if feed.mode == "flaky" and hits % 2 == 1:
            return 503, {"Retry-After": "1"}, b"busy"
        etag = f'"{name}-v{version}"'
        modified = formatdate(changed, usegmt=True)
        if handler.headers.get("If-None-Match") == etag:
            return 304, {"ETag": etag, "Last-Modified": modified}, b""
        entries = "".join(
            f"<item><title>Update {n} from {name}</title>"
            f"<link>{self.url}/articles/{name}/{n}.html</link>"
            f"<guid>{name}-{n}</guid><pubDate>{formatdate(changed, usegmt=True)}</pubDate></item>"
            for n in reversed(items[-20:]))
        body = (f'<?xml version="1.0"?><rss version="2.0"><channel><title>{name} desk</title>'
                f"<link>{self.url}</link><description>test</description>{entries}"
                f"</channel></rss>").encode()
        return 200, {"Content-Type": "application/rss+xml", "ETag": etag,
                     "Last-Modified": modified}, body
