"""The merge's text memo kept in the store (migration 6): round trip, rebuild, upgrade."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from communique.model.memo import TextMemo, text_digest
from communique.store import Store, open_store
from store.store_helpers import synthetic_batch


def _memo(store: Store) -> TextMemo:
    """A memo with one value per stored document, as a merge leaves it."""
    docs, anns = synthetic_batch(0, 3)
    store.add_documents(docs, anns)
    memo = TextMemo()
    for n, d in enumerate(docs):
        memo.get("kind/1", d.id, d.text, lambda n=n: [["2031-06-27", n, 0, 10]] if n else [])
    return memo


def test_the_memo_round_trips_and_changes_no_revision(store: Store) -> None:
    memo = _memo(store)
    revision = store.state().revision
    store.save_text_memo(memo)
    assert not memo.fresh
    loaded = store.load_text_memo()
    assert loaded.values == memo.values
    # A second writer that computed the same (a race) stores it again without error.
    again = TextMemo({key: value for key, value in memo.values.items()},
                     list(memo.values))
    store.save_text_memo(again)
    assert store.load_text_memo().values == memo.values
    assert store.state().revision == revision


def test_a_value_computed_for_another_text_is_replaced(store: Store) -> None:
    memo = _memo(store)
    store.save_text_memo(memo)
    kept = store.load_text_memo()
    key = next(iter(sorted(kept.values)))
    assert kept.get(key[0], key[1], "another text", lambda: ["new"]) == ["new"]
    store.save_text_memo(kept)
    assert store.load_text_memo().values[key] == (text_digest("another text"), ["new"])


def test_a_rebuild_replaces_the_whole_memo(store: Store) -> None:
    store.save_text_memo(_memo(store))
    store.save_text_memo(TextMemo(), everything=True)
    assert not store.load_text_memo().values


def test_a_store_from_before_the_memo_is_migrated(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    docs, anns = synthetic_batch(0, 3)
    with open_store(str(path)) as store:
        store.add_documents(docs, anns)
    with sqlite3.connect(path) as connection:  # back to what migrations 1 to 5 made
        connection.executescript(
            "DROP TABLE text_memo; DROP TABLE document_pairs;"
            " DELETE FROM schema_migrations WHERE version = 6;")
    with open_store(str(path)) as store:
        assert store.load_documents() == docs
        assert not store.load_text_memo().values  # filled by the next add
        assert not store.load_dedup_cache().pairs


def test_a_value_read_from_annotations_is_kept_only_for_the_same_annotations(
        store: Store) -> None:
    docs, anns = synthetic_batch(0, 2)
    store.add_documents(docs, anns)
    corpus = store.load_corpus()
    # Every stored annotation has its digest, and two different annotations differ.
    assert set(corpus.digests) == {a.document_id for a in anns}
    assert len(set(corpus.digests.values())) == len(anns)
    doc = docs[0]
    calls: list[int] = []

    def compute() -> list[int]:
        calls.append(1)
        return [len(calls)]

    # Without the annotations' digest nothing is kept: the value could be of others.
    memo = TextMemo()
    assert memo.get_annotated("kind/1", doc.id, doc.text, compute) == [1]
    assert not memo.values and not memo.fresh
    # With it, the value is kept and read back for the same text and annotations …
    memo.annotations = dict(corpus.digests)
    assert memo.get_annotated("kind/1", doc.id, doc.text, compute) == [2]
    assert memo.get_annotated("kind/1", doc.id, doc.text, compute) == [2]
    # … and worked out again when the annotations (or the text) change.
    memo.annotations[doc.id] = corpus.digests[docs[1].id]
    assert memo.get_annotated("kind/1", doc.id, doc.text, compute) == [3]
    assert memo.get_annotated("kind/1", doc.id, doc.text + " more", compute) == [4]
    assert memo.fresh == [("kind/1", doc.id)] * 3


def _blocks(memo: TextMemo) -> TextMemo:
    """Two blocks kept as a merge step keeps them (outputs with the reads they rest on)."""
    for n, key in enumerate(("ev_1", "ev_2")):
        memo.get_checked("block-kind/1", key, f"digest-{n}", lambda _: True,
                         lambda n=n: {"reads": [["outlet", "a1", "one.example"]], "out": [n]})
    return memo


def test_blocks_round_trip_apart_from_the_values_of_articles(store: Store) -> None:
    memo = _blocks(_memo(store))
    store.save_text_memo(memo)
    assert not memo.fresh and not memo.fresh_blocks
    loaded = store.load_text_memo()
    assert loaded.blocks == memo.blocks and loaded.values == memo.values
    # A block worked out again for other inputs replaces the kept one.
    assert loaded.get_checked("block-kind/1", "ev_1", "digest-9", lambda _: True,
                              lambda: {"reads": [], "out": ["new"]}) == {"reads": [],
                                                                         "out": ["new"]}
    store.save_text_memo(loaded)
    assert store.load_text_memo().blocks[("block-kind/1", "ev_1")] == (
        "digest-9", {"reads": [], "out": ["new"]})
    # A rebuild replaces them all.
    store.save_text_memo(TextMemo(), everything=True)
    assert not store.load_text_memo().blocks


def test_a_kept_block_is_read_back_only_while_its_check_accepts_it() -> None:
    memo = _blocks(TextMemo())
    memo.fresh_blocks.clear()
    kept = memo.blocks[("block-kind/1", "ev_1")][1]
    assert memo.get_checked("block-kind/1", "ev_1", "digest-0", lambda _: True,
                            lambda: ["computed"]) == kept
    assert memo.get_checked("block-kind/1", "ev_1", "digest-0", lambda _: False,
                            lambda: ["computed"]) == ["computed"]
    assert memo.fresh_blocks == [("block-kind/1", "ev_1")]


def test_a_store_from_before_the_blocks_is_migrated(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    docs, anns = synthetic_batch(0, 3)
    with open_store(str(path)) as store:
        store.add_documents(docs, anns)
    with sqlite3.connect(path) as connection:  # back to what migrations 1 to 6 made
        connection.executescript(
            "DROP TABLE merge_blocks; DELETE FROM schema_migrations WHERE version = 7;")
    with open_store(str(path)) as store:
        assert store.load_documents() == docs
        assert not store.load_text_memo().blocks  # filled by the next add
        store.save_text_memo(_blocks(TextMemo()))
        assert len(store.load_text_memo().blocks) == 2
