"""URLs the user gave: an article page, or an RSS/Atom feed whose entries are then read.

A feed is recognised by its content type, or, when the server calls it something vague
(``text/xml``, ``text/html``, none at all), by its root element. Each entry's page is fetched
(the page is the article; the entry is a pointer with metadata); when that fails or
``follow_feeds`` is off, an entry carrying full content is read from the feed instead.
"""

from __future__ import annotations

import io
import re
from collections.abc import Iterator
from dataclasses import dataclass, replace
from typing import Any

import feedparser
import httpx

from communique.errors import InputError
from communique.ingest._codes import BAD_FEED, CONTENT_TYPE, fail
from communique.ingest._formats import format_of_mime, items_from_bytes
from communique.ingest._http import Page, fetch
from communique.ingest._jsonl import Item
from communique.ingest._options import IngestOptions
from communique.model import RawArticle, Skipped

_FEED_ROOT = re.compile(rb"<(rss|feed|rdf:RDF)[\s>]")
_HTML_ROOT = re.compile(rb"<(!doctype\s+html|html)[\s>]", re.I)
_ARTICLE_FORMATS = frozenset({"html", "text", "markdown"})


@dataclass(frozen=True, slots=True)
class _EntryMeta:
    """What a feed entry says about its article."""

    title: str | None
    published: str | None
    author: str | None
    outlet: str | None


def read_url(client: httpx.Client, url: str, options: IngestOptions) -> Iterator[Item]:
    """Yield the article at ``url``, or the articles of the feed at ``url``."""
    page = fetch(client, url, options)
    fmt = format_of_mime(page.mime)
    if fmt == "feed" or (fmt in (None, "html", "text") and _looks_like_feed(page.data)):
        yield from _read_feed(client, page, url, options)
        return
    for item in items_from_bytes(page.data, url, fmt, options.max_bytes, declared=page.charset):
        yield _as_page_item(item, page)


def _as_page_item(item: Item, page: Page) -> Item:
    """Record the final URL on articles read from a page."""
    if not isinstance(item, RawArticle):
        return item
    fmt = "url" if item.format in _ARTICLE_FORMATS else item.format
    return replace(item, url=item.url or page.url, format=fmt)


def _looks_like_feed(data: bytes) -> bool:
    """True when the document's root element is an RSS, Atom or RDF feed."""
    head = data[:2048]
    return bool(_FEED_ROOT.search(head)) and not _HTML_ROOT.search(head)


def _read_feed(client: httpx.Client, page: Page, url: str, options: IngestOptions
               ) -> Iterator[Item]:
    """Parse the feed and yield one item per entry."""
    # A stream, never a string: feedparser treats a string as a URL or path and would open it.
    parsed = feedparser.parse(
        io.BytesIO(page.data),
        response_headers={"content-type": page.mime or "application/xml",
                          "content-location": page.url},
    )
    if not parsed.get("version"):
        problem = parsed.get("bozo_exception")
        raise fail(url, f"not an RSS or Atom feed{f': {problem}' if problem else ''}", BAD_FEED)
    entries = parsed.get("entries") or []
    if not entries:
        raise fail(url, "the feed has no entries", BAD_FEED)
    outlet = _text(parsed.get("feed", {}).get("title"))
    for number, entry in enumerate(entries, start=1):
        yield _entry_item(client, entry, f"{url}#{number}", outlet, options)


def _entry_item(client: httpx.Client, entry: Any, fallback: str, outlet: str | None,
                options: IngestOptions) -> Item:
    """Read one feed entry: its page when allowed and reachable, else its full content."""
    link = _http_link(entry.get("link"))
    source = link or fallback
    meta = _EntryMeta(
        title=_text(entry.get("title")),
        published=_text(entry.get("published") or entry.get("updated")),
        author=_text(entry.get("author")),
        outlet=outlet,
    )
    failure: InputError | None = None
    if link and options.follow_feeds:
        try:
            return _fetch_entry_page(client, link, options, meta)
        except InputError as error:
            failure = error
    content = _full_content(entry)
    if content is not None:
        text, is_html = content
        return RawArticle(source=source, url=link, text=None if is_html else text,
                          html=text if is_html else None, format="feed", title=meta.title,
                          published=meta.published, author=meta.author, outlet=meta.outlet)
    if failure is not None:
        return Skipped(source, failure.reason, failure.code)
    if not link:
        return Skipped(source, "feed entry has neither a link nor full content", BAD_FEED)
    return Skipped(source, "feed entry has no full content and follow_feeds is off", BAD_FEED)


def _fetch_entry_page(client: httpx.Client, link: str, options: IngestOptions,
                      meta: _EntryMeta) -> RawArticle:
    """Fetch an entry's page and return it with the entry's metadata; raise on failure."""
    page = fetch(client, link, options)
    fmt = format_of_mime(page.mime)
    if fmt not in (None, *_ARTICLE_FORMATS) or _looks_like_feed(page.data):
        raise fail(link, f"entry link is {page.mime or 'a feed'}, not an article page",
                   CONTENT_TYPE)
    for item in items_from_bytes(page.data, link, fmt, options.max_bytes, declared=page.charset):
        if isinstance(item, RawArticle):
            return replace(item, url=page.url, format="feed", title=meta.title,
                           published=meta.published, author=meta.author, outlet=meta.outlet)
    raise fail(link, "entry page holds no article", CONTENT_TYPE)


def _full_content(entry: Any) -> tuple[str, bool] | None:
    """Return ``(content, is_html)`` when the entry carries its full body (not a summary)."""
    for content in entry.get("content") or []:
        value = _text(content.get("value"))
        if value:
            kind = str(content.get("type") or "text/html").lower()
            return value, "html" in kind
    return None


def _http_link(value: object) -> str | None:
    """An entry's http(s) link, or ``None``.

    feedparser falls back to an Atom entry's ``id`` for its link, and ids are often ``urn:`` or
    ``tag:`` URIs; neither those nor a hostile feed's ``file:`` links are pages to fetch.
    """
    link = _text(value)
    return link if link and link.lower().startswith(("http://", "https://")) else None


def _text(value: object) -> str | None:
    """A non-blank string, stripped, or ``None``."""
    return value.strip() or None if isinstance(value, str) else None
