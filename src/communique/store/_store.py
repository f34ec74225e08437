"""The :class:`Store`: documents, annotations and the story, persisted and reloaded.

Concurrency: one writer at a time. Every write method is one transaction, begun with the write
lock already held (SQLite ``BEGIN IMMEDIATE``, a PostgreSQL advisory lock), so a second writer,
in this process or another, waits for the first to commit. Readers never wait (SQLite WAL,
PostgreSQL MVCC) and each read method sees one consistent snapshot.

Revisions: every write transaction that changes documents or annotations adds one to the store's
``revision`` and stamps the rows it wrote with it; saving a story records the revision it was
merged from (``story_covers``). Readers compare revisions, never clocks: :meth:`Store.state` is
one small query, and :meth:`Store.load_documents_since` returns only rows written after a given
revision. :meth:`Store.save_story` with ``covers`` refuses to replace a story that covers as much
or more, so concurrent writers that each merge what they saw leave the newest story in place.

Crash safety: a call either commits entirely or leaves nothing behind. ``add_documents(docs,
annotations)`` commits a batch of documents *with* their annotations, so a process killed between
batches loses only the batch in flight, and :meth:`Store.missing_annotations` lists the documents
still to annotate when the caller chose to annotate after storing.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date
from types import TracebackType
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Connection,
    Engine,
    Select,
    bindparam,
    insert,
    select,
    update,
)
from sqlalchemy.exc import SQLAlchemyError

from communique.clean._dedup import DedupCache
from communique.errors import StoreError
from communique.model import Document
from communique.model.annotations import Annotations
from communique.model.memo import TextMemo, text_digest
from communique.model.story import Story
from communique.store import (
    _codec,
    _dedup,
    _engine,
    _memo,
    _migrations,
    _rows,
    _search,
    _story,
    _watch,
)
from communique.store._schema import annotations_table, store_state
from communique.store._schema import documents as documents_table

_CHUNK = 500
"""Ids per ``IN (...)`` list: far below SQLite's bound-parameter limit on every version."""


@dataclass(frozen=True, slots=True)
class StoreState:
    """The store's write counters (see the module docstring)."""

    revision: int
    """Write transactions that changed documents or annotations so far."""
    story_revision: int
    """Stories saved so far."""
    story_covers: int | None
    """The revision the stored story was merged from; ``None`` when not known."""

    @property
    def story_current(self) -> bool:
        """Whether the stored story was merged from every stored document and annotation."""
        return self.story_covers == self.revision


@dataclass(frozen=True, slots=True)
class Corpus:
    """Every stored document and annotation, read in one transaction, and their revision."""

    documents: list[Document]
    annotations: list[Annotations]
    revision: int
    story_covers: int | None = None
    """The revision the stored story was merged from (see :class:`StoreState`)."""
    digests: dict[str, str] = field(default_factory=dict)
    """A digest of each document's stored annotations (of their JSON), by id: what keys the
    merge's per-article values that read annotations (:meth:`TextMemo.get_annotated`)."""


def _chunks(items: Sequence[str], size: int = _CHUNK) -> Iterator[Sequence[str]]:
    for start in range(0, len(items), size):
        yield items[start:start + size]


@contextmanager
def _database_errors(action: str) -> Iterator[None]:
    """Turn driver and SQLAlchemy errors into :class:`StoreError` (code E500)."""
    try:
        yield
    except SQLAlchemyError as exc:
        detail = str(getattr(exc, "orig", None) or exc).strip().splitlines()[0]
        raise StoreError(f"could not {action}: {detail}") from exc


class Store:
    """A communique store: build with :func:`communique.store.open_store`, close when done.

    Usable as a context manager. Not safe to share between threads; open one per thread or
    process (the database serializes their writes).
    """

    def __init__(self, engine: Engine, backend: str, url: str) -> None:
        self._engine: Engine | None = engine
        self.backend = backend
        """``sqlite`` or ``postgresql``."""
        self.url = url
        """Where the store lives (password hidden)."""

    # -- life cycle -----------------------------------------------------------------------------

    def migrate(self) -> list[int]:
        """Apply missing schema migrations; return the versions applied (open_store calls it)."""
        with self._write("open the store") as connection:
            return _migrations.migrate(connection, self.backend)

    def close(self) -> None:
        """Release every connection; further calls raise :class:`StoreError`."""
        if self._engine is not None:
            self._engine.dispose()
            self._engine = None

    def __enter__(self) -> Store:
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"<Store {self.backend} {self.url}>"

    @contextmanager
    def _write(self, action: str) -> Iterator[Connection]:
        with _database_errors(action), _engine.write_transaction(self._live(), self.backend) as c:
            yield c

    @contextmanager
    def _read(self, action: str) -> Iterator[Connection]:
        with _database_errors(action), _engine.read_transaction(self._live(), self.backend) as c:
            yield c

    def _live(self) -> Engine:
        if self._engine is None:
            raise StoreError("the store is closed", fix="open it again with open_store()")
        return self._engine

    # -- documents and annotations --------------------------------------------------------------

    def add_documents(self, documents: Iterable[Document],
                      annotations: Iterable[Annotations] = ()) -> list[str]:
        """Store ``documents`` (and, in the same transaction, ``annotations``); return new ids.

        Upsert by id: an id already stored with the same content changes nothing (no row is
        written, the revision stays); one stored with different fields (say ``duplicate_of``
        after a later, older copy arrived) is updated in place and keeps its position. New
        documents are appended in the order given. Within one call the first document of each
        id wins.
        """
        rows: dict[str, dict[str, Any]] = {}
        for document in documents:
            rows.setdefault(document.id, _rows.document_row(document))
        batch = list(annotations)
        with self._write("store documents") as connection:
            new, changed = _document_changes(connection, rows)
            pending = _annotation_changes(connection, batch, {row["id"] for row in new})
            if new or changed or pending:
                revision = _bump(connection)
                _write_documents(connection, new, changed, revision)
                _write_annotations(connection, *pending)
        return [row["id"] for row in new]

    def save_annotations(self, annotations: Iterable[Annotations]) -> None:
        """Store annotations of stored documents, replacing earlier ones of the same document."""
        batch = list(annotations)
        if batch:
            with self._write("store annotations") as connection:
                pending = _annotation_changes(connection, batch)
                if pending:
                    _bump(connection)
                    _write_annotations(connection, *pending)

    def load_documents(self, ids: Iterable[str] | None = None) -> list[Document]:
        """Stored documents in dossier (insertion) order; only ``ids`` when given (unknown ids
        are left out)."""
        table = documents_table
        query = select(table.c.seq, table.c.text, table.c.data)
        with self._read("load documents") as connection:
            rows = _select_by(connection, query, table.c.id, ids, table.c.seq)
            return [_rows.document_from_row(text, data) for _, text, data in rows]

    def load_annotations(self, ids: Iterable[str] | None = None) -> list[Annotations]:
        """Stored annotations in dossier order of their documents; only of ``ids`` when given."""
        ann, doc = annotations_table, documents_table
        query = select(doc.c.seq, ann.c.data).join(doc, doc.c.id == ann.c.document_id)
        with self._read("load annotations") as connection:
            rows = _select_by(connection, query, ann.c.document_id, ids, doc.c.seq)
            return [_codec.loads(Annotations, data) for _, data in rows]

    def arrivals(self) -> dict[str, str]:
        """When each stored document was first added (ISO 8601, UTC), by id."""
        table = documents_table
        with self._read("list arrival times") as connection:
            return {row[0]: row[1] for row in
                    connection.execute(select(table.c.id, table.c.added_at))}

    def load_documents_since(self, revision: int) -> tuple[list[Document], int]:
        """Documents written after ``revision`` (new or changed) in dossier order, and the
        store's revision they bring the reader up to (one transaction)."""
        table = documents_table
        query = (select(table.c.text, table.c.data).where(table.c.rev > revision)
                 .order_by(table.c.seq))
        with self._read("load documents") as connection:
            current = _state(connection).revision
            rows = connection.execute(query)
            return [_rows.document_from_row(text, data) for text, data in rows], current

    def load_corpus(self) -> Corpus:
        """Every document and annotation and the revision they are at, in one transaction."""
        doc, ann = documents_table, annotations_table
        with self._read("load the corpus") as connection:
            state = _state(connection)
            documents = [_rows.document_from_row(text, data) for text, data in connection.execute(
                select(doc.c.text, doc.c.data).order_by(doc.c.seq))]
            annotations: list[Annotations] = []
            digests: dict[str, str] = {}
            for doc_id, data in connection.execute(
                    select(ann.c.document_id, ann.c.data)
                    .join(doc, doc.c.id == ann.c.document_id).order_by(doc.c.seq)):
                annotations.append(_codec.loads(Annotations, data))
                digests[doc_id] = text_digest(data)
        return Corpus(documents, annotations, state.revision, state.story_covers, digests)

    def state(self) -> StoreState:
        """The write counters: one small read, for deciding whether anything changed."""
        with self._read("read the store state") as connection:
            return _state(connection)

    def published_dates(self) -> list[date]:
        """The publication dates of the stored documents that have one."""
        column = documents_table.c.published
        with self._read("read publication dates") as connection:
            values = connection.scalars(select(column).where(column.is_not(None)))
            return [date.fromisoformat(value) for value in values]

    def known_ids(self, ids: Iterable[str]) -> set[str]:
        """Those of ``ids`` that are stored."""
        with self._read("look up documents") as connection:
            return set(_lookup(connection, documents_table.c.id, list(dict.fromkeys(ids))))

    def missing_annotations(self) -> list[str]:
        """Ids of stored documents without annotations, in dossier order (the resume set)."""
        ann, doc = annotations_table, documents_table
        query = (select(doc.c.id).outerjoin(ann, ann.c.document_id == doc.c.id)
                 .where(ann.c.document_id.is_(None)).order_by(doc.c.seq))
        with self._read("list documents without annotations") as connection:
            return list(connection.scalars(query))

    # -- duplicate index ------------------------------------------------------------------------

    def load_dedup_cache(self) -> DedupCache:
        """What duplicate detection learnt in earlier runs (hashes, pair verdicts)."""
        with self._read("read the duplicate index") as connection:
            return _dedup.read(connection)

    def save_dedup_cache(self, cache: DedupCache, *, everything: bool = False) -> None:
        """Store what ``cache`` learnt this run; with ``everything``, replace the whole index
        by ``cache`` (a rebuild). Changes no revision: the rows are derived from the texts."""
        memo = cache.reworded
        if everything or cache.fresh_documents or cache.fresh_links or memo.changed or (
                memo.fresh_documents or memo.touched or memo.fresh_rewordings or memo.dropped
                or memo.fresh_days):
            with self._write("store the duplicate index") as connection:
                _dedup.write(connection, self.backend, cache, everything=everything)

    def load_text_memo(self) -> TextMemo:
        """What merges read from each stored text alone in earlier runs (see
        :class:`~communique.merge.TextMemo`)."""
        with self._read("read the text memo") as connection:
            return _memo.read(connection)

    def save_text_memo(self, memo: TextMemo, *, everything: bool = False) -> None:
        """Store what ``memo`` computed this run; with ``everything``, replace every stored
        value by ``memo``'s (a rebuild). Changes no revision: the rows are derived from the
        texts."""
        if everything or memo.fresh or memo.fresh_blocks:
            with self._write("store the text memo") as connection:
                _memo.write(connection, self.backend, memo, everything=everything)

    # -- watch state ----------------------------------------------------------------------------

    def watch_source(self, source: str) -> _watch.SourceState | None:
        """What ``watch`` last learnt about ``source`` (validators, failures), if anything."""
        with self._read("read the watch state") as connection:
            return _watch.load_source(connection, source)

    def watch_items(self, keys: Sequence[str]) -> dict[str, _watch.ItemState]:
        """What became of the watched items among ``keys``."""
        with self._read("read the watch state") as connection:
            return _watch.load_items(connection, keys)

    def save_watch(self, source: _watch.SourceState | None = None,
                   items: Iterable[_watch.ItemState] = ()) -> None:
        """Record a source's state and item outcomes in one transaction."""
        with self._write("record the watch state") as connection:
            if source is not None:
                _watch.save_source(connection, source)
            _watch.save_items(connection, items)

    # -- story and search -----------------------------------------------------------------------

    def save_story(self, story: Story, *, covers: int | None = None,
                   documents: Sequence[Document] = (), again: bool = False) -> bool:
        """Replace the stored story with ``story`` atomically (readers see the old or the new).

        ``covers`` is the revision ``story`` was merged from (see :meth:`load_corpus`). With it,
        the story is saved only when it is newer than the stored one and nothing was written
        since that revision; ``documents`` (duplicate marks recomputed from the same corpus)
        are then updated in the same transaction. Returns whether the story was saved: when
        not, a newer story is stored or another writer, who wrote after ``covers``, will save
        one. Without ``covers`` the story replaces the stored one unconditionally. ``again``
        (a rebuild) replaces a stored story that covers as much, still only when nothing was
        written since ``covers``.
        """
        with self._write("store the story") as connection:
            state = _state(connection)
            if covers is not None and (state.revision != covers or (
                    not again and state.story_covers is not None
                    and state.story_covers >= covers)):
                return False
            if documents:
                rows = {d.id: _rows.document_row(d) for d in documents}
                new, changed = _document_changes(connection, rows)
                if new:
                    raise StoreError("save_story was given documents that are not stored",
                                     fix="store them with add_documents first")
                if changed:
                    covers = _bump(connection)
                    _write_documents(connection, [], changed, covers)
            _story.replace_story(connection, story)
            connection.execute(update(store_state).where(store_state.c.id == 1).values(
                story_revision=store_state.c.story_revision + 1, story_covers=covers))
        return True

    def load_story(self) -> Story | None:
        """The stored story, or ``None`` when none has been saved."""
        with self._read("load the story") as connection:
            return _story.read_story(connection)

    def search(self, q: str, limit: int = 20) -> list[tuple[str, str]]:
        """Articles whose title or text contain every word (or ``"quoted phrase"``) of ``q``.

        Returns ``(article id, snippet)`` pairs, best first, matches marked ``**like this**``.
        Any string is a valid query; one without letters or digits finds nothing.
        """
        with self._read("search") as connection:
            if self.backend == "sqlite":
                return _search.search_sqlite(connection, q, limit)
            return _search.search_postgresql(connection, q, limit)


def _lookup(connection: Connection, key: ColumnElement[str], ids: Sequence[str],
            *columns: ColumnElement[Any]) -> dict[str, tuple[Any, ...]]:
    """``{id: (column values…)}`` for those ``ids`` that are stored."""
    found: dict[str, tuple[Any, ...]] = {}
    for chunk in _chunks(ids):
        for row in connection.execute(select(key, *columns).where(key.in_(chunk))):
            found[row[0]] = tuple(row[1:])
    return found


def _select_by(connection: Connection, query: Select[Any], key: ColumnElement[str],
               ids: Iterable[str] | None, order: ColumnElement[int]) -> list[Any]:
    """Run ``query`` for every row, or for ``ids`` in chunks; rows sorted by ``order`` first."""
    if ids is None:
        return list(connection.execute(query.order_by(order)))
    wanted = list(dict.fromkeys(ids))
    rows: list[Any] = []
    for chunk in _chunks(wanted):
        rows.extend(connection.execute(query.where(key.in_(chunk))))
    return sorted(rows, key=lambda row: row[0])


def _state(connection: Connection) -> StoreState:
    row = connection.execute(select(store_state.c.revision, store_state.c.story_revision,
                                    store_state.c.story_covers)
                             .where(store_state.c.id == 1)).one()
    return StoreState(int(row[0]), int(row[1]), None if row[2] is None else int(row[2]))


def _bump(connection: Connection) -> int:
    """Add one to the store's revision (inside the caller's write transaction); return it."""
    connection.execute(update(store_state).where(store_state.c.id == 1)
                       .values(revision=store_state.c.revision + 1))
    return _state(connection).revision


def _document_changes(connection: Connection, rows: dict[str, dict[str, Any]]
                      ) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """Rows to insert and rows to update (those whose text or data differ from the stored)."""
    table = documents_table
    stored = _lookup(connection, table.c.id, list(rows), table.c.text, table.c.data)
    new = [row for key, row in rows.items() if key not in stored]
    changed = [{**row, "b_id": key} for key, row in rows.items()
               if key in stored and stored[key] != (row["text"], row["data"])]
    return new, changed


def _write_documents(connection: Connection, new: list[dict[str, Any]],
                     changed: list[dict[str, Any]], revision: int) -> None:
    table = documents_table
    if new:
        now = _rows.utc_now()
        connection.execute(insert(table), [dict(row, added_at=now, rev=revision) for row in new])
    if changed:
        names = (*_rows.DOCUMENT_COLUMNS, "text", "data")
        values: dict[str, Any] = {name: bindparam(name) for name in names}
        values["rev"] = revision
        connection.execute(
            update(table).where(table.c.id == bindparam("b_id")).values(values), changed)


def _annotation_changes(connection: Connection, batch: list[Annotations],
                        arriving: set[str] | None = None,
                        ) -> tuple[list[dict[str, Any]], list[dict[str, Any]]] | tuple[()]:
    """Annotation rows to insert and to update (last of a document in ``batch`` wins), or an
    empty tuple when nothing differs from what is stored. ``arriving`` are ids of documents
    inserted in the same transaction."""
    if not batch:
        return ()
    data = {a.document_id: _rows.annotations_data(a) for a in batch}
    ids = list(data)
    known = _lookup(connection, documents_table.c.id, ids)
    unknown = sorted(key for key in ids if key not in known and key not in (arriving or ()))
    if unknown:
        raise StoreError(f"annotations for {len(unknown)} document(s) that are not stored, "
                         f"e.g. {unknown[0]}", fix="store the documents first (add_documents)")
    table = annotations_table
    stored = _lookup(connection, table.c.document_id, ids, table.c.data)
    now = _rows.utc_now()
    new = [{"document_id": i, "data": d, "saved_at": now} for i, d in data.items()
           if i not in stored]
    changed = [{"b_id": i, "data": d, "saved_at": now} for i, d in data.items()
               if i in stored and stored[i] != (d,)]
    return (new, changed) if new or changed else ()


def _write_annotations(connection: Connection, new: list[dict[str, Any]] | None = None,
                       changed: list[dict[str, Any]] | None = None) -> None:
    table = annotations_table
    if new:
        connection.execute(insert(table), new)
    if changed:
        connection.execute(update(table).where(table.c.document_id == bindparam("b_id"))
                           .values(data=bindparam("data"), saved_at=bindparam("saved_at")),
                           changed)
