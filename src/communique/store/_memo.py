"""The merge's text memo in the store (see :class:`communique.model.memo.TextMemo`): the
values per article (``text_memo``) and the outputs per block (``merge_blocks``).

Derived data, as the duplicate index is (:mod:`communique.store._dedup`): writing it changes no
revision, two writers may write the same rows (the second keeps the first's, the same value),
and ``communique rebuild`` replaces them all.
"""

from __future__ import annotations

import json

from sqlalchemy import Connection, Table, delete, select, tuple_
from sqlalchemy.dialects import postgresql, sqlite

from communique.model.memo import JSONData, TextMemo
from communique.store._schema import merge_blocks, text_memo

_BATCH = 500


def read(connection: Connection) -> TextMemo:
    """Every stored value and block, as a memo a merge can use."""
    memo = TextMemo()
    table = text_memo
    for kind, doc_id, digest, data in connection.execute(
            select(table.c.kind, table.c.document_id, table.c.digest, table.c.data)):
        memo.values[(kind, doc_id)] = (digest, json.loads(data))
    blocks = merge_blocks
    for kind, block, digest, data in connection.execute(
            select(blocks.c.kind, blocks.c.block, blocks.c.digest, blocks.c.data)):
        memo.blocks[(kind, block)] = (digest, json.loads(data))
    return memo


def write(connection: Connection, backend: str, memo: TextMemo, *, everything: bool = False
          ) -> None:
    """Store what ``memo`` computed this run (or all it holds, replacing every row)."""
    _write(connection, backend, text_memo, memo.values,
           None if everything else memo.fresh)
    _write(connection, backend, merge_blocks, memo.blocks,
           None if everything else memo.fresh_blocks)
    memo.fresh.clear()
    memo.fresh_blocks.clear()


def _write(connection: Connection, backend: str, table: Table,
           values: dict[tuple[str, str], tuple[str, JSONData]],
           fresh: list[tuple[str, str]] | None) -> None:
    """Store the ``fresh`` keys of ``values`` in ``table`` (``None``: replace every row)."""
    kind_column, key_column = table.c.kind, table.c[_KEY[table.name]]
    if fresh is None:
        connection.execute(delete(table))
        keys = sorted(values)
    else:
        keys = sorted(set(fresh))
        # A kept value of an earlier text of the same id (ids are meant to name one text; the
        # digest makes sure), or of a block's earlier inputs, is replaced, not kept.
        for start in range(0, len(keys), _BATCH):
            chunk = keys[start : start + _BATCH]
            connection.execute(delete(table).where(
                tuple_(kind_column, key_column).in_(chunk)))
    rows = [{"kind": kind, key_column.name: key, "digest": values[(kind, key)][0],
             "data": json.dumps(values[(kind, key)][1], separators=(",", ":"))}
            for kind, key in keys]
    dialect = postgresql if backend == "postgresql" else sqlite
    statement = dialect.insert(table).on_conflict_do_nothing()
    for start in range(0, len(rows), _BATCH):
        connection.execute(statement, rows[start : start + _BATCH])


_KEY = {text_memo.name: "document_id", merge_blocks.name: "block"}
"""The column of each memo table that holds what a value is of (an article, a block)."""


__all__ = ["read", "write"]
