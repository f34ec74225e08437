"""The duplicate index kept in the store (migration 5): round trip, idempotent writes, upgrade."""

from __future__ import annotations

import sqlite3
from dataclasses import replace
from pathlib import Path

import numpy as np

from communique.clean._dedup import DedupCache, DedupItem, find_duplicates
from communique.store import Store, open_store
from store.store_helpers import synthetic_batch


def _learnt(store: Store) -> tuple[DedupCache, list[DedupItem]]:
    """A cache filled by duplicate detection over three stored documents, two of them copies."""
    docs, anns = synthetic_batch(0, 3)
    copy = replace(docs[0], id="a_0000000000c0ffee",
                   text=docs[0].text + " One more closing line for the copy.")
    store.add_documents([*docs, copy], anns)
    items = [DedupItem(d.id, d.text, None, i) for i, d in enumerate([*docs, copy])]
    cache = DedupCache()
    find_duplicates(items, cache=cache)
    return cache, items


def test_the_index_round_trips_and_writing_it_again_changes_nothing(store: Store) -> None:
    cache, items = _learnt(store)
    revision = store.state().revision
    store.save_dedup_cache(cache)
    assert not cache.fresh_documents and not cache.fresh_links
    loaded = store.load_dedup_cache()
    assert loaded.keys == cache.keys
    assert loaded.links == cache.links
    assert set(loaded.shingles) == set(cache.shingles)
    for key, hashes in cache.shingles.items():
        assert loaded.shingles[key].dtype == np.uint64
        assert np.array_equal(loaded.shingles[key], hashes)
    # The reworded-copy index of every hashed text comes back too (migration 6).
    assert set(loaded.pairs) == set(cache.pairs) and cache.pairs
    for key, hashes in cache.pairs.items():
        assert loaded.pairs[key].dtype == np.uint64
        assert np.array_equal(loaded.pairs[key], hashes)
    # A second writer that learnt the same (a race) stores it again without error.
    again = DedupCache()
    find_duplicates(items, cache=again)
    store.save_dedup_cache(again)
    assert store.load_dedup_cache().links == cache.links
    # Derived data: no revision counts it, so no story goes stale for it.
    assert store.state().revision == revision


def test_a_kept_index_gives_the_answer_of_a_fresh_run(store: Store) -> None:
    cache, items = _learnt(store)
    store.save_dedup_cache(cache)
    kept = store.load_dedup_cache()
    assert find_duplicates(items, cache=kept) == find_duplicates(items)
    assert not kept.fresh_documents and not kept.fresh_links


def test_a_rebuild_replaces_the_whole_index(store: Store) -> None:
    cache, _ = _learnt(store)
    store.save_dedup_cache(cache)
    store.save_dedup_cache(DedupCache(), everything=True)
    empty = store.load_dedup_cache()
    assert not empty.keys and not empty.links and not empty.pairs


def test_a_store_from_before_the_index_is_migrated(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    docs, anns = synthetic_batch(0, 3)
    with open_store(str(path)) as store:
        store.add_documents(docs, anns)
    with sqlite3.connect(path) as connection:  # back to what migrations 1 to 4 made
        connection.executescript(
            "DROP TABLE document_shingles; DROP TABLE duplicate_pairs;"
            " DELETE FROM schema_migrations WHERE version = 5;")
    with open_store(str(path)) as store:
        assert store.load_documents() == docs
        assert not store.load_dedup_cache().keys  # filled by the next add
