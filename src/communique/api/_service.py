"""The library calls behind the interface: read a snapshot, search, add one article.

Handlers call these and nothing else, so the REST API, the web pages and any later interface
behave the same. Adding an article cleans it, extracts and commits it, and settles the story
(the write path of ``communique add``, :mod:`communique.update`).

Reads never wait for a rebuild: they get the current snapshot at once. At most every
:data:`CHECK_INTERVAL` seconds a read starts a background check of the store's revisions (one
small query); only when the store changed is the snapshot rebuilt — from the documents written
since and, if one was saved, the new story — and then swapped in. A writer refreshes it before
answering, so its client's next read sees the article. Concurrent writers share the work: the
spaCy pipeline is used by one at a time, and a writer whose article a story saved meanwhile
already covers neither merges nor rebuilds.
"""

from __future__ import annotations

import threading
import time
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any

from communique.api._errors import ExtractFailed, InvalidRequest
from communique.api._snapshot import Snapshot, SnapshotCache, assemble
from communique.clean._document import clean_article
from communique.errors import CommuniqueError
from communique.ingest import IngestOptions, public_address, read_inputs, sanitize_article
from communique.model import RawArticle, Skipped
from communique.store import Store, open_store
from communique.update import commit_documents, settle_story

if TYPE_CHECKING:
    from communique.extract import Extractor

CHECK_INTERVAL = 0.5
"""Seconds between checks for writes by other processes (``communique add``); writes through
this service refresh the snapshot at once."""


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
    """One store, an always-ready snapshot of it, and the write path."""

    def __init__(self, store_url: str, *, allow_fetch: bool = False,
                 fetch_private: bool = False) -> None:
        self.store_url = store_url
        self.allow_fetch = allow_fetch
        self.fetch_private = fetch_private
        self._store: Store | None = None
        self._open_lock = threading.Lock()
        self._snapshot: Snapshot | None = None
        self._cache = SnapshotCache()
        self._refresh_lock = threading.Lock()
        self._checked_at = 0.0
        self._checking = False
        # The spaCy pipeline is not thread-safe: one article is extracted at a time.
        self._extract_lock = threading.Lock()
        # One merge at a time in this process; writers queued behind it are usually covered.
        self._settle_lock = threading.Lock()
        self._extractor: Extractor | None = None

    @property
    def store(self) -> Store:
        """The open store (opened on first use, so creating the app stays cheap)."""
        with self._open_lock:
            if self._store is None:
                self._store = open_store(self.store_url)
            return self._store

    def close(self) -> None:
        """Close the store."""
        with self._open_lock:
            if self._store is not None:
                self._store.close()
                self._store = None

    def snapshot(self) -> Snapshot:
        """The current snapshot, at once; starts a background check when one is due.

        Only the very first call (nothing built yet) waits, for the first build.
        """
        current = self._snapshot
        if current is None:
            self.refresh()
            current = self._snapshot
            assert current is not None
        elif time.monotonic() - self._checked_at > CHECK_INTERVAL and not self._checking:
            self._checking = True
            threading.Thread(target=self._check, name="snapshot-refresh", daemon=True).start()
        return current

    def refresh(self, revision: int | None = None) -> None:
        """Bring the snapshot up to date with the store (up to ``revision`` at least: a
        refresh that covers it may have happened while this one waited)."""
        with self._refresh_lock:
            if revision is not None and self._snapshot is not None \
                    and self._cache.covers(revision):
                return
            fresh = self._cache.refresh(self.store)
            self._checked_at = time.monotonic()
            if fresh is not None or self._snapshot is None:
                self._snapshot = fresh or self._cache_snapshot()

    def _cache_snapshot(self) -> Snapshot:
        cache = self._cache
        return assemble(list(cache.documents.values()), list(cache.records.values()),
                        cache.story)

    def _check(self) -> None:
        """The background check (errors are left for the next read to meet)."""
        try:
            self.refresh()
        except CommuniqueError:
            pass  # the store is unreachable now: keep serving the snapshot we have
        finally:
            self._checking = False

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
        with self._extract_lock:
            committed = commit_documents(self.store, [document],
                                         load_extractor=self._load_extractor)
        if committed.failed:
            raise ExtractFailed(committed.failed[0].reason,
                                fix="nothing was stored; check the article's text")
        with self._settle_lock:
            settle_story(self.store, at_least=committed.revision)
        self.refresh(committed.revision)
        snapshot = self.snapshot()
        record = snapshot.by_id.get(document.id, {})
        return {
            "id": document.id,
            "created": document.id in committed.added,
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
