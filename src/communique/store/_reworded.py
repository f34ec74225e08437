"""The reworded-copy test's kept alignments in the store (migration 8).

See :mod:`communique.clean._reworded_memo`. Derived data, like the rest of the duplicate index
(:mod:`communique.store._dedup`): writing it changes no revision, and ``communique rebuild``
replaces it all. The word counts and the drift every kept alignment is measured against are one
state; a writer stores what it learnt only when the state is still the one it read (its
generation), so two writers never mix their alignments with each other's counts.
"""

from __future__ import annotations

import json
from typing import Any

import numpy as np
from sqlalchemy import Connection, Table, bindparam, delete, func, insert, or_, select, update
from sqlalchemy.dialects import postgresql, sqlite

from communique.clean._reworded_memo import RewordedMemo, Rewording, WeightState, encode_days
from communique.store._schema import document_words, reworded_pairs, reworded_state

_WORDS = np.dtype("<u8")
_COUNTS = np.dtype("<i8")
_BATCH = 500


def read(connection: Connection) -> RewordedMemo:
    """Everything stored; a state whose counted documents are not all at hand is dropped (a
    document left the store), and the alignments with it."""
    memo = RewordedMemo()
    table = document_words
    for doc_id, blob, sentences, counted, excess, days in connection.execute(select(
            table.c.document_id, table.c.words, table.c.sentences, table.c.counted,
            table.c.excess, table.c.days)):
        if days is not None:
            memo.stored_days[doc_id] = days
        memo.words[doc_id] = np.frombuffer(blob, dtype=_WORDS).astype(np.uint64)
        memo.sentences[doc_id] = int(sentences)
        if counted:
            memo.counted.add(doc_id)
        if excess:
            memo.excess[doc_id] = float(excess)
    row = connection.execute(select(reworded_state)).first()
    if row is None:
        return _without_state(memo, None)
    memo.generation = int(row.generation)
    if int(row.counted) != len(memo.counted):
        return _without_state(memo, memo.generation)
    memo.state = WeightState(np.frombuffer(row.words, dtype=_WORDS).astype(np.uint64),
                             np.frombuffer(row.counts, dtype=_COUNTS).astype(np.int64),
                             int(row.documents), float(row.drift))
    pairs = reworded_pairs
    for first, second, run, strong, series, bound in connection.execute(select(
            pairs.c.first, pairs.c.second, pairs.c.run, pairs.c.strong, pairs.c.series,
            pairs.c.bound)):
        memo.rewordings[(first, second)] = Rewording(
            tuple((i, j) for i, j in json.loads(run)), int(strong), bool(series), float(bound))
    return memo


def _without_state(memo: RewordedMemo, generation: int | None) -> RewordedMemo:
    """The memo with its texts' words only: the next run counts afresh."""
    memo.counted.clear()
    memo.excess.clear()
    memo.generation = generation
    return memo


def write(connection: Connection, memo: RewordedMemo, *, everything: bool = False) -> None:
    """Store what ``memo`` learnt this run (or all it holds, replacing every row)."""
    current = connection.execute(select(reworded_state.c.generation)).scalar()
    if everything:
        connection.execute(delete(document_words))
        connection.execute(delete(reworded_pairs))
        connection.execute(delete(reworded_state))
        ids = sorted(memo.words)
        keys = sorted(memo.rewordings)
    else:
        if not (memo.changed or memo.fresh_documents or memo.touched or memo.fresh_rewordings
                or memo.dropped):
            return
        if current != memo.generation:
            # Another writer stored a state since this one read it: its alignments were
            # measured against other counts. It keeps none of it (the next run works out
            # again what it needs).
            _clear(memo)
            return
        ids = sorted(i for i in memo.fresh_documents if i in memo.words)
        marks = sorted(i for i in memo.touched - memo.fresh_documents if i in memo.words)
        keys = sorted(k for k in memo.fresh_rewordings if k in memo.rewordings)
        if memo.dropped:
            lost = sorted(memo.dropped)
            for start in range(0, len(lost), _BATCH):
                part = lost[start : start + _BATCH]
                connection.execute(delete(reworded_pairs).where(or_(
                    reworded_pairs.c.first.in_(part), reworded_pairs.c.second.in_(part))))
        dated = sorted(i for i in memo.fresh_days - memo.fresh_documents if i in memo.days)
        if dated:
            statement = (update(document_words)
                         .where(document_words.c.document_id == bindparam("key"))
                         .values(days=bindparam("found")))
            connection.execute(statement, [{"key": i, "found": encode_days(memo.days[i])}
                                           for i in dated])
        if marks:
            # Documents already stored: only their counted mark and excess change.
            statement = (update(document_words)
                         .where(document_words.c.document_id == bindparam("key"))
                         .values(counted=bindparam("counted"), excess=bindparam("excess")))
            connection.execute(statement, [
                {"key": i, "counted": int(i in memo.counted), "excess": memo.excess.get(i, 0.0)}
                for i in marks])
    backend = connection.dialect.name
    _upsert(connection, backend, document_words, ["document_id"], [
        {"document_id": i, "words": np.asarray(memo.words[i], dtype=_WORDS).tobytes(),
         "sentences": memo.sentences[i], "counted": int(i in memo.counted),
         "excess": memo.excess.get(i, 0.0), "days": _days(memo, i)} for i in ids])
    _upsert(connection, backend, reworded_pairs, ["first", "second"], [
        {"first": a, "second": b, "run": json.dumps([list(p) for p in value.run]),
         "strong": value.strong, "series": int(value.series), "bound": value.bound}
        for (a, b) in keys for value in (memo.rewordings[(a, b)],)])
    _store_state(connection, memo, current, fresh=everything or current is None)
    _clear(memo)


def _store_state(connection: Connection, memo: RewordedMemo, current: int | None, *,
                 fresh: bool) -> None:
    """Write the state with the next generation (every writer bumps it)."""
    state = memo.state
    if state is None:
        return
    generation = max(current or 0, memo.generation or 0) + 1
    values = {"generation": generation, "documents": state.documents, "drift": state.drift,
              "words": np.asarray(state.words, dtype=_WORDS).tobytes(),
              "counts": np.asarray(state.counts, dtype=_COUNTS).tobytes(),
              "counted": len(memo.counted)}
    if fresh:
        connection.execute(delete(reworded_state))
        connection.execute(insert(reworded_state).values(id=1, **values))
    else:
        connection.execute(update(reworded_state).where(reworded_state.c.id == 1)
                           .values(**values))
    memo.generation = generation


def _days(memo: RewordedMemo, doc_id: str) -> str | None:
    """A document's days as stored (kept as read when never decoded)."""
    found = memo.days.get(doc_id)
    return encode_days(found) if found is not None else memo.stored_days.get(doc_id)


def _clear(memo: RewordedMemo) -> None:
    memo.fresh_days.clear()
    memo.fresh_documents.clear()
    memo.touched.clear()
    memo.fresh_rewordings.clear()
    memo.dropped.clear()
    memo.changed = False


def _upsert(connection: Connection, backend: str, table: Table, keys: list[str],
            rows: list[dict[str, Any]]) -> None:
    """Insert ``rows``, replacing the row of the same key (a value worked out again)."""
    if not rows:
        return
    dialect = postgresql if backend == "postgresql" else sqlite
    statement = dialect.insert(table)
    statement = statement.on_conflict_do_update(
        index_elements=keys,
        set_={c.name: statement.excluded[c.name] for c in table.columns if c.name not in keys})
    for start in range(0, len(rows), _BATCH):
        connection.execute(statement, rows[start : start + _BATCH])


def count(connection: Connection) -> int:
    """How many alignments are kept (for tests and measurements)."""
    return int(connection.execute(select(func.count()).select_from(reworded_pairs)).scalar()
               or 0)


__all__ = ["count", "read", "write"]
