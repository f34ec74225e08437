"""The reworded-copy alignments kept in the store (migration 8): round trip, one state per
writer, upgrade."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from communique.clean._dedup import DedupCache, find_duplicates
from communique.store import Store, open_store
from store.store_helpers import synthetic_batch

from support.reworded_corpus import corpus as _corpus


def test_kept_alignments_round_trip_and_give_the_fresh_answer(store: Store) -> None:
    items = _corpus(4, stories=10, spins=3, rare_words=3000)
    docs, anns = synthetic_batch(0, len(items))
    ids = {i.id: d.id for i, d in zip(items, docs, strict=True)}
    items = [type(i)(ids[i.id], i.text, None, i.order) for i in items]
    store.add_documents(docs, anns)
    cache = DedupCache()
    find_duplicates(items[:-3], cache=cache)
    assert cache.reworded.rewordings
    store.save_dedup_cache(cache)
    loaded = store.load_dedup_cache()
    memo, kept = loaded.reworded, cache.reworded
    assert memo.rewordings == kept.rewordings
    assert memo.excess == kept.excess and memo.counted == kept.counted
    assert {i: memo.sentence_days(i) for i in kept.days} == kept.days and kept.days
    assert memo.state is not None and kept.state is not None
    assert (memo.state.words == kept.state.words).all()
    assert (memo.state.counts == kept.state.counts).all()
    assert memo.state.drift == kept.state.drift and memo.generation == 1
    # The same batch again reads every alignment back; an add finds what a fresh run finds.
    assert find_duplicates(items[:-3], cache=loaded) == find_duplicates(items[:-3])
    assert loaded.reworded.reused > 0 and loaded.reworded.computed == 0
    assert find_duplicates(items, cache=loaded) == find_duplicates(items)
    # A writer that read an older generation keeps nothing of its alignments.
    stale = store.load_dedup_cache()
    store.save_dedup_cache(loaded)
    find_duplicates(items[:-1], cache=stale)
    store.save_dedup_cache(stale)
    again = store.load_dedup_cache().reworded
    assert again.rewordings == loaded.reworded.rewordings
    assert again.generation == 2
    # A rebuild replaces it all.
    fresh = DedupCache()
    find_duplicates(items, cache=fresh)
    store.save_dedup_cache(fresh, everything=True)
    assert store.load_dedup_cache().reworded.rewordings == fresh.reworded.rewordings


def test_a_store_from_before_the_alignments_is_migrated(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    docs, anns = synthetic_batch(0, 3)
    with open_store(str(path)) as store:
        store.add_documents(docs, anns)
    with sqlite3.connect(path) as connection:  # back to what migrations 1 to 7 made
        connection.executescript(
            "DROP TABLE document_words; DROP TABLE reworded_pairs; DROP TABLE reworded_state;"
            " DELETE FROM schema_migrations WHERE version = 8;")
    with open_store(str(path)) as store:
        assert store.load_documents() == docs
        assert not store.load_dedup_cache().reworded.rewordings
