"""The merge's text memo in the store (see :class:`communique.model.memo.TextMemo`).

Derived data, as the duplicate index is (:mod:`communique.store._dedup`): writing it changes no
revision, two writers may write the same rows (the second keeps the first's, the same value),
and ``communique rebuild`` replaces them all.
"""

from __future__ import annotations

import json

from sqlalchemy import Connection, delete, select, tuple_
from sqlalchemy.dialects import postgresql, sqlite

from communique.model.memo import TextMemo
from communique.store._schema import text_memo

_BATCH = 500


def read(connection: Connection) -> TextMemo:
    """Every stored value, as a memo a merge can use."""
    memo = TextMemo()
    table = text_memo
    for kind, doc_id, digest, data in connection.execute(
            select(table.c.kind, table.c.document_id, table.c.digest, table.c.data)):
        memo.values[(kind, doc_id)] = (digest, json.loads(data))
    return memo


def write(connection: Connection, backend: str, memo: TextMemo, *, everything: bool = False
          ) -> None:
    """Store what ``memo`` computed this run (or all it holds, replacing every row)."""
    table = text_memo
    if everything:
        connection.execute(delete(table))
        keys = sorted(memo.values)
    else:
        keys = sorted(set(memo.fresh))
        # A kept value of an earlier text of the same id (ids are meant to name one text; the
        # digest makes sure) is replaced, not kept.
        for start in range(0, len(keys), _BATCH):
            chunk = keys[start : start + _BATCH]
            connection.execute(delete(table).where(
                tuple_(table.c.kind, table.c.document_id).in_(chunk)))
    rows = [{"kind": kind, "document_id": doc_id, "digest": memo.values[(kind, doc_id)][0],
             "data": json.dumps(memo.values[(kind, doc_id)][1], separators=(",", ":"))}
            for kind, doc_id in keys]
    dialect = postgresql if backend == "postgresql" else sqlite
    statement = dialect.insert(table).on_conflict_do_nothing()
    for start in range(0, len(rows), _BATCH):
        connection.execute(statement, rows[start : start + _BATCH])
    memo.fresh.clear()


__all__ = ["read", "write"]
