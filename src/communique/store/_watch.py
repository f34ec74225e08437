"""What ``communique watch`` remembers between cycles and runs, kept in the store itself.

``watch_sources``: per source (a feed, page or URL-list URL, a folder), the validators of its
last response (ETag, Last-Modified) for conditional GETs, when it was checked and how many
times in a row it failed (for the backoff). ``watch_items``: per item (a feed entry's link, a
listed URL, a file with its size and time), what became of it: ``stored`` (with the document
id), ``skipped`` (read but not an article; not tried again) or ``failed`` (tried again next
cycle, up to a bound). Items are recorded only *after* their documents are committed, so a
killed watch fetches them again and the store's idempotent add makes that harmless.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Column, Connection, Integer, Table, Text, insert, select, update

from communique.store._rows import utc_now
from communique.store._schema import metadata

watch_sources = Table(
    "watch_sources", metadata,
    Column("source", Text, primary_key=True),
    Column("etag", Text),
    Column("last_modified", Text),
    Column("signature", Text),
    Column("checked_at", Text),
    Column("failures", Integer, nullable=False, default=0),
    Column("last_error", Text),
)

watch_items = Table(
    "watch_items", metadata,
    Column("key", Text, primary_key=True),
    Column("source", Text, nullable=False),
    Column("state", Text, nullable=False),
    Column("document_id", Text),
    Column("attempts", Integer, nullable=False, default=0),
    Column("detail", Text),
    Column("seen_at", Text, nullable=False),
)

TABLES = (watch_sources, watch_items)
"""The tables migration 3 creates."""


@dataclass(frozen=True, slots=True)
class SourceState:
    """What was last learnt about one source."""

    source: str
    etag: str | None = None
    last_modified: str | None = None
    signature: str | None = None
    checked_at: str | None = None
    failures: int = 0
    last_error: str | None = None


@dataclass(frozen=True, slots=True)
class ItemState:
    """What became of one item: ``stored``, ``skipped`` or ``failed`` (``attempts`` so far)."""

    key: str
    source: str
    state: str
    document_id: str | None = None
    attempts: int = 0
    detail: str | None = None


def create(connection: Connection, backend: str) -> None:
    """Migration 3: the two watch tables."""
    metadata.create_all(connection, tables=list(TABLES))


def load_source(connection: Connection, source: str) -> SourceState | None:
    """The stored state of ``source``, if it was ever checked."""
    row = connection.execute(select(watch_sources).where(watch_sources.c.source == source)).first()
    return SourceState(**row._asdict()) if row else None


def save_source(connection: Connection, state: SourceState) -> None:
    """Insert or replace the state of one source."""
    values: dict[str, Any] = {
        "etag": state.etag, "last_modified": state.last_modified, "signature": state.signature,
        # Sub-second precision: the backoff of a fast watch is measured in fractions of one.
        "checked_at": state.checked_at or datetime.now(UTC).isoformat(),
        "failures": state.failures,
        "last_error": state.last_error}
    done = connection.execute(update(watch_sources)
                              .where(watch_sources.c.source == state.source).values(values))
    if not done.rowcount:
        connection.execute(insert(watch_sources).values(source=state.source, **values))


def load_items(connection: Connection, keys: Sequence[str]) -> dict[str, ItemState]:
    """The recorded items among ``keys``."""
    found: dict[str, ItemState] = {}
    for start in range(0, len(keys), 500):
        chunk = keys[start:start + 500]
        for row in connection.execute(select(watch_items).where(watch_items.c.key.in_(chunk))):
            fields = row._asdict()
            fields.pop("seen_at")
            found[row.key] = ItemState(**fields)
    return found


def save_items(connection: Connection, items: Iterable[ItemState]) -> None:
    """Insert or replace item records."""
    batch = {item.key: item for item in items}
    known = load_items(connection, list(batch))
    now = utc_now()
    for key, item in batch.items():
        values = {"source": item.source, "state": item.state, "document_id": item.document_id,
                  "attempts": item.attempts, "detail": item.detail, "seen_at": now}
        if key in known:
            connection.execute(update(watch_items).where(watch_items.c.key == key)
                               .values(values))
        else:
            connection.execute(insert(watch_items).values(key=key, **values))
