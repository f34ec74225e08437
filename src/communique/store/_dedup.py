"""Duplicate detection's memory in the store: shingle hashes and reworded-copy word pairs per
document, verdicts per pair.

See :class:`communique.clean._dedup.DedupCache`. The rows are derived data (a pure function of
the stored texts), so writing them changes no revision, two writers may write the same rows
(the second finds them there and keeps them), and ``communique rebuild`` replaces them all.
"""

from __future__ import annotations

from typing import Any

import numpy as np
from sqlalchemy import Connection, Table, delete, select
from sqlalchemy.dialects import postgresql, sqlite

from communique.clean._dedup import DedupCache, Hashes
from communique.store import _reworded
from communique.store._schema import document_pairs, document_shingles, duplicate_pairs

_WIRE = np.dtype("<u8")
"""Shingle hashes as stored: unsigned 64-bit little-endian, whatever the machine."""


def read(connection: Connection) -> DedupCache:
    """Everything stored, as a cache duplicate detection can use."""
    cache = DedupCache()
    table = document_shingles
    for doc_id, key, blob in connection.execute(
            select(table.c.document_id, table.c.exact_key, table.c.shingles)):
        cache.keys[doc_id] = key
        if blob is not None:
            cache.shingles[doc_id] = _hashes(blob)
    pairs = duplicate_pairs
    for first, second, linked in connection.execute(
            select(pairs.c.first, pairs.c.second, pairs.c.linked)):
        cache.links[(first, second)] = bool(linked)
    words = document_pairs
    for doc_id, blob in connection.execute(select(words.c.document_id, words.c.pairs)):
        cache.pairs[doc_id] = _hashes(blob)
    cache.reworded = _reworded.read(connection)
    return cache


def _hashes(blob: bytes) -> Hashes:
    return np.frombuffer(blob, dtype=_WIRE).astype(np.uint64)


def write(connection: Connection, backend: str, cache: DedupCache, *, everything: bool = False
          ) -> None:
    """Store what ``cache`` learnt this run (or all it holds, replacing every row)."""
    if everything:
        connection.execute(delete(document_shingles))
        connection.execute(delete(duplicate_pairs))
        connection.execute(delete(document_pairs))
        ids: list[str] = sorted(cache.keys)
        pairs = sorted(cache.links)
        indexed = sorted(cache.pairs)
    else:
        ids = sorted(i for i in cache.fresh_documents if i in cache.keys)
        pairs = list(dict.fromkeys(cache.fresh_links))
        indexed = sorted(i for i in cache.fresh_documents if i in cache.pairs)
    documents = [{"document_id": i, "exact_key": cache.keys[i],
                  "shingles": _blob(cache.shingles.get(i))} for i in ids]
    if not everything and documents:
        # A row may exist without shingles (an exact copy) and gain them now: replace it.
        connection.execute(delete(document_shingles)
                           .where(document_shingles.c.document_id.in_(ids)))
    _insert_new(connection, backend, document_shingles, documents)
    _insert_new(connection, backend, duplicate_pairs,
                [{"first": a, "second": b, "linked": int(cache.links[(a, b)])} for a, b in pairs])
    _insert_new(connection, backend, document_pairs,
                [{"document_id": i, "pairs": _blob(cache.pairs[i])} for i in indexed])
    _reworded.write(connection, cache.reworded, everything=everything)
    cache.fresh_documents.clear()
    cache.fresh_links.clear()


def _blob(hashes: Hashes | None) -> bytes | None:
    return None if hashes is None else np.asarray(hashes, dtype=_WIRE).tobytes()


def _insert_new(connection: Connection, backend: str, table: Table,
                rows: list[dict[str, Any]]) -> None:
    """Insert ``rows``, keeping a row another writer stored first (the same derived value)."""
    if not rows:
        return
    dialect = postgresql if backend == "postgresql" else sqlite
    statement = dialect.insert(table).on_conflict_do_nothing()
    for start in range(0, len(rows), 500):
        connection.execute(statement, rows[start : start + 500])


__all__ = ["read", "write"]
