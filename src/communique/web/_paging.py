"""Pages of long lists, and links that find an item on whichever page shows it.

A story of ten thousand articles has thousands of claims, quotes and entities; rendering them
all on one page took tens of seconds per request and megabytes per response. The list pages
show :data:`PAGE_SIZE` items at a time, in the same order as before. Links to an item (from
charts, evidence notes, other pages) must still land on it, so they are made here, from the
position of the item in its page's order: ``/claims#c_…`` while the item is on the first page
(every item of a small story), ``/claims?page=3#c_…`` after. What the pages derive from a
snapshot (these positions, quotes by speaker, the charts, rendered pages) is kept with the
current snapshot (:func:`kept`): it is worked out once per change of the store, not per reader.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, TypeVar

from communique.api._snapshot import Snapshot
from communique.web import _views

PAGE_SIZE = 100
"""Items per page of a list page."""

T = TypeVar("T")


@dataclass(frozen=True)
class Page:
    """One page of a list: its items, its number (from 1) and how many pages there are."""

    items: list[Any]
    number: int
    pages: int
    total: int

    @property
    def first(self) -> int:
        """The 1-based position of the page's first item in the whole list."""
        return (self.number - 1) * PAGE_SIZE + 1 if self.items else 0

    @property
    def last(self) -> int:
        """The 1-based position of the page's last item in the whole list."""
        return self.first + len(self.items) - 1 if self.items else 0


def paginate(items: Sequence[T], number: int) -> Page:
    """Page ``number`` of ``items`` (a number past the end gives the last page)."""
    pages = max(1, -(-len(items) // PAGE_SIZE))
    number = min(max(1, number), pages)
    start = (number - 1) * PAGE_SIZE
    return Page(list(items[start : start + PAGE_SIZE]), number, pages, len(items))


def regroup(items: Sequence[tuple[str, T]]) -> list[tuple[str, list[T]]]:
    """``(group, item)`` pairs in order → consecutive groups (a group cut by a page boundary
    shows on both pages)."""
    groups: list[tuple[str, list[T]]] = []
    for name, item in items:
        if not groups or groups[-1][0] != name:
            groups.append((name, []))
        groups[-1][1].append(item)
    return groups


def kept(snap: Snapshot, name: str, make: Callable[[Snapshot], T]) -> T:
    """``make(snap)``, made once per snapshot: the arrangements of a big story (quotes by
    speaker, outlets ranked, the charts) take seconds and change only with the snapshot."""
    made = _index(snap).made
    if name not in made:
        made[name] = make(snap)
    return made[name]  # type: ignore[no-any-return]


def flat_quotes(snap: Snapshot) -> list[tuple[str, dict[str, Any]]]:
    """Every quote as ``(speaker, quote)`` in the order of the quotes page."""
    return kept(snap, "quotes", lambda s: [
        (who, q) for who, quotes in _views.quotes_by_speaker(s) for q in quotes])


def flat_entities(snap: Snapshot) -> list[tuple[str, dict[str, Any]]]:
    """Every entity as ``(type, entity)`` in the order of the entities page."""
    return kept(snap, "entities", lambda s: [
        (kind, e) for kind, entities in _views.entity_groups(s) for e in entities])


def flat_sources(snap: Snapshot) -> list[tuple[str, dict[str, Any]]]:
    """Every article as ``(outlet anchor, outlet and article)`` in the sources page's order."""
    return kept(snap, "sources", lambda s: [
        (outlet["anchor"], {**outlet, "item": item})
        for outlet in _views.sources(s) for item in outlet["articles"]])


_ORDERS: dict[str, tuple[str, Callable[[Snapshot], list[str]]]] = {
    "events": ("/events", lambda snap: [e["id"] for e in snap.sections["events"]]),
    "claims": ("/claims", lambda snap: [c["id"] for c in snap.sections["claims"]]),
    "quotes": ("/quotes", lambda snap: [q["id"] for _, q in flat_quotes(snap)]),
    "entities": ("/entities", lambda snap: [e["id"] for _, e in flat_entities(snap)]),
}
"""Each paged section: its page and the ids in the order that page shows them."""

_UNPAGED = {"positions": "/positions", "contradictions": "/claims"}
"""Sections shown whole (contradictions open the first claims page)."""


class _Index:
    """What the pages derive from one snapshot: where each item is shown, and arrangements
    kept by :func:`kept`."""

    def __init__(self) -> None:
        self._where: dict[str, tuple[str, int]] | None = None
        self._outlets: dict[str, int] | None = None
        self.made: dict[str, Any] = {}

    def where(self, snap: Snapshot) -> dict[str, tuple[str, int]]:
        """Item id → (page path, page number), made when first asked."""
        if self._where is None:
            where: dict[str, tuple[str, int]] = {}
            for path, order in _ORDERS.values():
                for position, ref in enumerate(order(snap)):
                    where.setdefault(ref, (path, position // PAGE_SIZE + 1))
            self._where = where
        return self._where

    def outlet_pages(self, snap: Snapshot) -> dict[str, int]:
        """Outlet anchor → the sources page its articles begin on (made when first asked:
        only the sources chart and table need it)."""
        if self._outlets is None:
            pages: dict[str, int] = {}
            for position, (anchor, _) in enumerate(flat_sources(snap)):
                pages.setdefault(anchor, position // PAGE_SIZE + 1)
            self._outlets = pages
        return self._outlets


_cache: dict[int, tuple[Snapshot, _Index]] = {}
_lock = threading.Lock()


def _index(snap: Snapshot) -> _Index:
    # Snapshots are replaced, never changed, so the index of the current one is kept; the
    # snapshot itself is held with it so that its id cannot be reused by a newer one.
    with _lock:
        held = _cache.get(id(snap))
        if held is not None and held[0] is snap:
            return held[1]
    index = _Index()
    with _lock:
        _cache.clear()
        _cache[id(snap)] = (snap, index)
    return index


def outlet_link(snap: Snapshot, anchor: str) -> str:
    """The URL of the sources page (and anchor) where the outlet's articles begin."""
    number = _index(snap).outlet_pages(snap).get(anchor, 1)
    return f"/sources?page={number}#{anchor}" if number > 1 else f"/sources#{anchor}"


def link(snap: Snapshot, ref: str) -> str:
    """The URL of the page (and anchor) that shows the story item ``ref``."""
    found = _index(snap).where(snap).get(ref)
    if found is None:
        page = _UNPAGED.get(snap.kinds.get(ref, ""))
        return f"{page}#{ref}" if page else snap.link(ref)
    path, number = found
    return f"{path}?page={number}#{ref}" if number > 1 else f"{path}#{ref}"
