"""The library calls behind the interface: read a snapshot, search, add one article.

Handlers call these and nothing else, so the REST API, the web pages and any later interface
behave the same. Adding an article cleans it, marks duplicates against what is stored, extracts
only the new document, re-merges the story from the stored annotations and saves it.
"""

from __future__ import annotations

import threading
import time
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any

from communique.api._errors import ExtractFailed, InvalidRequest
from communique.api._snapshot import Snapshot, build_snapshot
from communique.clean._document import clean_article
from communique.ingest import IngestOptions, public_address, read_inputs, sanitize_article
from communique.model import RawArticle, Skipped
from communique.store import Store, open_store
from communique.update import update_store

if TYPE_CHECKING:
    from communique.extract import Extractor

SNAPSHOT_TTL = 2.0
"""Seconds a snapshot is reused before the store is read again. Writes through this service
refresh it at once; the short TTL picks up writes by other processes (``communique build``)."""


@dataclass(frozen=True, slots=True)
class NewArticle:
    """What a client sends to add an article (one of text, html or url is required)."""

    text: str | None = None
    html: str | None = None
    url: str | None = None
    title: str | None = None
    published: str | None = None
    outlet: str | None = None
    author: str | None = None


class StoryService:
    """One store, a cached snapshot of it, and the write path (one writer at a time)."""

    def __init__(self, store_url: str, *, allow_fetch: bool = False,
                 fetch_private: bool = False) -> None:
        self.store_url = store_url
        self.allow_fetch = allow_fetch
        self.fetch_private = fetch_private
        self._store: Store | None = None
        self._snapshot: Snapshot | None = None
        self._loaded_at = 0.0
        self._read_lock = threading.Lock()
        # Extract + merge + save must not interleave with another write: the merge reads every
        # stored annotation and a second writer's article would be lost from the saved story.
        self._write_lock = threading.Lock()
        self._extractor: Extractor | None = None

    @property
    def store(self) -> Store:
        """The open store (opened on first use, so creating the app stays cheap)."""
        if self._store is None:
            self._store = open_store(self.store_url)
        return self._store

    def close(self) -> None:
        """Close the store."""
        if self._store is not None:
            self._store.close()
            self._store = None

    def snapshot(self) -> Snapshot:
        """The current snapshot, rebuilt when older than :data:`SNAPSHOT_TTL`."""
        with self._read_lock:
            if self._snapshot is None or time.monotonic() - self._loaded_at > SNAPSHOT_TTL:
                self._snapshot = build_snapshot(self.store.load_documents(),
                                                self.store.load_story())
                self._loaded_at = time.monotonic()
            return self._snapshot

    def search(self, q: str, limit: int) -> list[tuple[str, str]]:
        """Full-text search through the store (bound parameters only)."""
        return self.store.search(q, limit)

    def add_article(self, payload: NewArticle) -> dict[str, Any]:
        """Clean, store, extract and merge one article; return its id and the story counts."""
        raw = sanitize_article(self._raw(payload))
        document = clean_article(raw)
        if not document.text.strip():
            raise InvalidRequest("no article text left after cleaning",
                                 fix="send the article body, not only navigation or boilerplate")
        with self._write_lock:
            # The same write path as ``communique add``: duplicates re-marked against what is
            # stored, only the new article extracted, the story re-merged and saved.
            update = update_store(self.store, [document], load_extractor=self._load_extractor)
            if update.failed:
                raise ExtractFailed(update.failed[0].reason,
                                    fix="nothing was stored; check the article's text")
            created = document.id in update.added
            with self._read_lock:
                self._snapshot = None
        snapshot = self.snapshot()
        record = snapshot.by_id.get(document.id, {})
        return {
            "id": document.id,
            "created": created,
            "duplicate_of": record.get("duplicate_of"),
            "counts": counts(snapshot),
        }

    def _raw(self, payload: NewArticle) -> RawArticle:
        """The :class:`RawArticle` a payload stands for (fetching a lone URL if allowed)."""
        if payload.text is not None and payload.html is not None:
            raise InvalidRequest("send either text or html, not both")
        body = payload.text if payload.text is not None else payload.html
        if body is not None:
            if not body.strip():
                raise InvalidRequest("the article text is empty", fix="send the article body")
            return RawArticle(
                source=payload.url or "api", text=payload.text, html=payload.html,
                url=payload.url, title=payload.title, published=payload.published,
                outlet=payload.outlet, author=payload.author,
                format="html" if payload.html is not None else "text")
        if payload.url is None:
            raise InvalidRequest("the article needs text, html or url",
                                 fix='send {"text": "..."} or {"html": "..."} or {"url": "..."}')
        return self._fetch(payload)

    def _fetch(self, payload: NewArticle) -> RawArticle:
        """Fetch an article page; only http(s) URLs, never a local path."""
        url = payload.url or ""
        if not url.lower().startswith(("http://", "https://")):
            raise InvalidRequest("url must start with http:// or https://")
        if not self.allow_fetch:
            raise InvalidRequest("this server does not fetch URLs",
                                 fix="send the article's text or html instead (the operator "
                                     "can allow fetching with communique serve --allow-fetch)")
        # IngestOptions keeps the fetch bounded (size and time); follow_feeds=False so a feed URL
        # cannot fan out into many fetches; only public addresses, checked on every connection,
        # unless the operator allowed private ones.
        options = IngestOptions(max_bytes=5_000_000, timeout=15.0, follow_feeds=False,
                                address_policy=None if self.fetch_private else public_address)
        for item in read_inputs([url], options):
            if isinstance(item, Skipped):
                raise InvalidRequest(f"could not read {url}: {item.reason}")
            return replace(item, title=payload.title or item.title,
                           published=payload.published or item.published,
                           outlet=payload.outlet or item.outlet,
                           author=payload.author or item.author)
        raise InvalidRequest(f"nothing to read at {url}")

    def _load_extractor(self) -> Extractor:
        """The spaCy pipeline, loaded on the first article that needs it and kept."""
        from communique.extract import Extractor

        if self._extractor is None:
            self._extractor = Extractor()
        return self._extractor


def counts(snapshot: Snapshot) -> dict[str, int]:
    """Number of articles and of items in each story section."""
    numbers = {"articles": len(snapshot.articles)}
    for name in ("entities", "events", "quotes", "claims", "positions", "contradictions",
                 "timeline"):
        numbers[name] = len(snapshot.sections[name])
    return numbers
