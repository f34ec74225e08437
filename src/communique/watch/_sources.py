"""What ``watch`` polls: feeds and pages (a URL), URL lists (a file of URLs) and folders.

Each source's :meth:`poll` returns what it found that is new: items keyed so that the same
thing is never fetched twice (a feed entry by its link, a listed URL by itself, a file by its
path, size and modification time, a page by its URL and content hash). Nothing is recorded
here; the loop records items and validators only after their documents are committed.
"""

from __future__ import annotations

import hashlib
import io
import os
from dataclasses import dataclass, field, replace
from typing import Any, Protocol

import feedparser

from communique.errors import InputError
from communique.ingest import IngestOptions, read_inputs
from communique.ingest._codes import BAD_FEED, EMPTY, fail
from communique.ingest._feeds import _full_content, _http_link, _looks_like_feed, _text
from communique.ingest._files import Target, expand
from communique.ingest._formats import format_of_mime, items_from_bytes
from communique.model import RawArticle, Skipped
from communique.store import Store
from communique.store._watch import ItemState, SourceState
from communique.watch._fetch import PoliteFetcher, Reply
from communique.watch._options import WatchOptions


@dataclass(slots=True)
class Found:
    """One new item: its articles, or why none could be had (``retry``: try next cycle)."""

    key: str
    articles: list[RawArticle] = field(default_factory=list)
    problem: str | None = None
    retry: bool = False


@dataclass(slots=True)
class Poll:
    """What one poll of a source brought: new items and the source's state to record."""

    state: SourceState
    found: list[Found] = field(default_factory=list)
    modified: bool = True


@dataclass(frozen=True, slots=True)
class Context:
    """What sources poll with."""

    fetcher: PoliteFetcher
    store: Store
    options: WatchOptions


class Source(Protocol):
    """A thing to poll."""

    name: str

    def poll(self, ctx: Context) -> Poll:
        """Fetch what is new (raise :class:`InputError` when the source itself fails)."""
        ...


def _due(ctx: Context, source: str, keys: list[str]) -> list[str]:
    """The keys never seen, or failed fewer times than allowed."""
    known = ctx.store.watch_items(keys)
    return [k for k in keys if k not in known or
            (known[k].state == "failed" and known[k].attempts < ctx.options.item_attempts)]


def _page(ctx: Context, url: str, meta: dict[str, str | None] | None = None) -> Found:
    """Fetch one article page (a feed entry's link, a listed URL) into a :class:`Found`."""
    try:
        reply = ctx.fetcher.get(url)
        return Found(url, _articles(reply, url, ctx.options, meta))
    except InputError as error:
        retry = error.code in ("E110", "E112") or "HTTP 5" in error.reason \
            or "HTTP 429" in error.reason
        return Found(url, problem=f"{error.reason} [{error.code}]", retry=retry)


def _articles(reply: Reply, url: str, options: WatchOptions,
              meta: dict[str, str | None] | None = None) -> list[RawArticle]:
    fmt = format_of_mime(reply.mime)
    if fmt not in (None, "html", "text", "markdown") or _looks_like_feed(reply.data):
        raise fail(url, f"{reply.mime or 'a feed'} is not an article page", "E113")
    found = []
    for item in items_from_bytes(reply.data, url, fmt, options.max_bytes,
                                 declared=reply.charset):
        if isinstance(item, RawArticle):
            extra = meta or {}
            found.append(replace(item, url=reply.url, format="url",
                                 title=extra.get("title") or item.title,
                                 published=extra.get("published") or item.published,
                                 author=extra.get("author") or item.author,
                                 outlet=extra.get("outlet") or item.outlet))
    if not found:
        raise fail(url, "the page holds no article", "E113")
    return found


class UrlSource:
    """An RSS/Atom feed (its new entries), or one page (when its content changes)."""

    def __init__(self, url: str) -> None:
        self.name = url

    def poll(self, ctx: Context) -> Poll:
        """Conditional GET of the URL, then its new entries (or the page itself)."""
        old = ctx.store.watch_source(self.name) or SourceState(self.name)
        reply = ctx.fetcher.get(self.name, old.etag, old.last_modified)
        if not reply.modified:
            return Poll(replace(old, failures=0, last_error=None, checked_at=None),
                        modified=False)
        signature = hashlib.sha256(reply.data).hexdigest()[:32]
        state = SourceState(self.name, reply.etag, reply.last_modified, signature)
        if signature == old.signature:
            return Poll(state, modified=False)
        if format_of_mime(reply.mime) == "feed" or _looks_like_feed(reply.data):
            return Poll(state, self._entries(ctx, reply))
        key = f"{self.name}@{signature}"
        if not _due(ctx, self.name, [key]):
            return Poll(state)
        return Poll(state, [Found(key, _articles(reply, self.name, ctx.options))])

    def _entries(self, ctx: Context, reply: Reply) -> list[Found]:
        parsed = feedparser.parse(io.BytesIO(reply.data), response_headers={
            "content-type": reply.mime or "application/xml", "content-location": reply.url})
        if not parsed.get("version"):
            problem = parsed.get("bozo_exception")
            raise fail(self.name, f"not an RSS or Atom feed{f': {problem}' if problem else ''}",
                       BAD_FEED)
        outlet = _text(parsed.get("feed", {}).get("title"))
        entries: dict[str, Any] = {}
        for number, entry in enumerate(parsed.get("entries") or [], start=1):
            link = _http_link(entry.get("link"))
            ident = _text(entry.get("id")) or _text(entry.get("title")) or str(number)
            entries.setdefault(link or f"{self.name}#{ident}", entry)
        due = _due(ctx, self.name, list(entries))[: ctx.options.max_items]
        return [self._entry(ctx, key, entries[key], outlet) for key in due]

    def _entry(self, ctx: Context, key: str, entry: Any, outlet: str | None) -> Found:
        meta: dict[str, str | None] = {"title": _text(entry.get("title")),
                "published": _text(entry.get("published") or entry.get("updated")),
                "author": _text(entry.get("author")), "outlet": outlet}
        link = _http_link(entry.get("link"))
        found = _page(ctx, link, meta) if link else Found(key, problem="no link")
        if not found.articles:
            content = _full_content(entry)
            if content is not None:
                text, is_html = content
                article = RawArticle(source=link or key, url=link,
                                     text=None if is_html else text,
                                     html=text if is_html else None, format="feed",
                                     title=meta["title"], published=meta["published"],
                                     author=meta["author"], outlet=meta["outlet"])
                return Found(key, [article])
        found.key = key
        return found


class UrlListSource:
    """A text file of URLs, one a line (``#`` comments): each new URL is fetched once."""

    def __init__(self, path: str) -> None:
        self.name = path

    def poll(self, ctx: Context) -> Poll:
        """Read the list again and fetch the URLs not seen yet."""
        urls = read_url_list(self.name)
        if urls is None:
            raise fail(self.name, "the URL list is gone or no longer a list of URLs", EMPTY)
        due = _due(ctx, self.name, urls)[: ctx.options.max_items]
        return Poll(SourceState(self.name), [_page(ctx, url) for url in due])


class FolderSource:
    """A folder (walked recursively) or one file: files are read when new or changed."""

    def __init__(self, path: str) -> None:
        self.name = path
        self.ingest = IngestOptions(allow_network=False)

    def poll(self, ctx: Context) -> Poll:
        """Read the files whose (path, size, modification time) was not seen before."""
        keys: dict[str, str] = {}
        for target in expand(self.name, self.ingest):
            if isinstance(target, Skipped):
                if target.code == EMPTY:
                    continue
                raise InputError(target.source, target.reason, code=target.code)
            if isinstance(target, Target):
                keys[_file_key(target.path)] = target.path
        due = _due(ctx, self.name, list(keys))[: ctx.options.max_items]
        return Poll(SourceState(self.name), [self._read(key, keys[key]) for key in due])

    def _read(self, key: str, path: str) -> Found:
        articles: list[RawArticle] = []
        problems: list[str] = []
        for item in read_inputs([path], self.ingest):
            if isinstance(item, Skipped):
                problems.append(f"{item.reason} [{item.code}]")
            else:
                articles.append(item)
        return Found(key, articles, "; ".join(problems) or None)


def _file_key(path: str) -> str:
    try:
        info = os.stat(path)
    except OSError:
        return f"file:{os.path.realpath(path)}"
    return f"file:{os.path.realpath(path)}:{info.st_size}:{info.st_mtime_ns}"


def read_url_list(path: str) -> list[str] | None:
    """The URLs of a URL-list file, or ``None`` when the file is not one (or unreadable).

    A URL list holds only http(s) URLs, one a line, besides blank lines and ``#`` comments.
    """
    try:
        with open(path, encoding="utf-8") as handle:
            lines = [line.strip() for line in handle.read(1_000_000).splitlines()]
    except (OSError, UnicodeDecodeError):
        return None
    urls = [line for line in lines if line and not line.startswith("#")]
    if not urls or not all(u.lower().startswith(("http://", "https://")) and " " not in u
                           for u in urls):
        return None
    return list(dict.fromkeys(urls))


def make_sources(specs: list[str]) -> list[Source]:
    """One source per spec: a URL, a URL-list file, or a folder or file; checked up front."""
    if not specs:
        raise InputError("watch", "nothing to watch", code="E120",
                         fix="give feeds, page URLs, URL-list files or folders")
    sources: list[Source] = []
    for spec in dict.fromkeys(specs):
        if spec.lower().startswith(("http://", "https://")):
            sources.append(UrlSource(spec))
        elif "://" in spec:
            raise InputError(spec, "only http and https URLs can be watched", code="E106")
        elif not os.path.exists(spec):
            raise InputError(spec, "no such file or directory", code="E101",
                             fix="create the folder first, or check the path")
        elif os.path.isfile(spec) and read_url_list(spec) is not None:
            sources.append(UrlListSource(spec))
        else:
            sources.append(FolderSource(spec))
    return sources


def item_states(source: str, found: list[Found], stored: dict[str, str],
                attempts: dict[str, int], limit: int) -> list[ItemState]:
    """Item records after a cycle: ``stored``/``skipped``/``failed``/``given_up``."""
    states = []
    for item in found:
        document = next((stored[a.source] for a in item.articles if a.source in stored), None)
        if document is not None:
            states.append(ItemState(item.key, source, "stored", document))
        elif item.retry:
            tries = attempts.get(item.key, 0) + 1
            states.append(ItemState(item.key, source, "failed" if tries < limit else "given_up",
                                    None, tries, item.problem))
        else:
            states.append(ItemState(item.key, source, "skipped", None, 0,
                                    item.problem or "no article text"))
    return states
