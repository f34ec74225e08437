"""Kept reworded-copy alignments (clean/_reworded_memo.py): read back only while exact."""

from __future__ import annotations

import random

import numpy as np

from communique.clean._dedup import DedupCache, DedupItem, find_duplicates, shingle_hashes
from communique.clean._reworded_memo import RewordedMemo, Rewording
from communique.clean._rewrites import (
    Weights,
    scored_pairs,
    scored_strong_pairs,
    sentences,
)

from support.reworded_corpus import corpus as _corpus


def _check_kept(items: list[DedupItem], cache: DedupCache) -> int:
    """Every kept alignment that still stands equals a fresh one; returns how many stand."""
    live = [i for i in items if cache.shingles.get(i.id) is not None
            and cache.shingles[i.id].size >= 15]
    told = {i.id: sentences(i.text) for i in live}
    weights = Weights.of([told.get(i.id, []) for i in items])
    memo = cache.reworded
    standing = 0
    for (a, b) in list(memo.rewordings):
        kept = memo.get(a, b)
        if kept is None or a not in told or b not in told:
            continue
        run, _ = scored_pairs(told[a], told[b], weights)
        strong, _ = scored_strong_pairs(run, told[a], told[b], weights)
        assert tuple(run) == kept.run
        assert kept.strong in (strong, -1)  # -1: the verdict did not need it
        standing += 1
    return standing


def test_adding_in_steps_gives_the_fresh_answer_and_reads_alignments_back() -> None:
    items = _corpus(4, stories=40, spins=3, rare_words=3000)
    cache = DedupCache()
    reused = 0
    for end in (*range(8, 30, 3), *range(150, 156)):
        batch = items[:end]
        cache.reworded.reused = cache.reworded.computed = 0
        assert find_duplicates(batch, cache=cache) == find_duplicates(batch)
        reused += cache.reworded.reused
        _check_kept(batch, cache)
    assert reused > 0
    assert find_duplicates(items, cache=cache) == find_duplicates(items)


def test_the_fresh_answer_in_any_order_of_adding() -> None:
    items = _corpus(5, stories=5, spins=3)
    expected = find_duplicates(items)
    for seed in range(3):
        order = list(items)
        random.Random(seed).shuffle(order)
        cache = DedupCache()
        start = 0
        rng = random.Random(seed + 100)
        while start < len(order):
            start += rng.randint(1, 5)
            find_duplicates(sorted(order[:start], key=lambda i: i.order), cache=cache)
        assert find_duplicates(items, cache=cache) == expected


def test_a_kept_alignment_is_read_back_only_within_its_bound() -> None:
    items = _corpus(7, stories=3, spins=2)
    cache = DedupCache()
    find_duplicates(items, cache=cache)
    memo = cache.reworded
    key = next(iter(memo.rewordings))
    # A planted verdict (every sentence aligned, no series) under a bound that holds is read
    # back; under a spent bound it is worked out again.
    planted = Rewording(tuple((i, i) for i in range(12)), 12, False, 1e9)
    memo.rewordings[key] = planted
    assert memo.get(*key) is planted
    memo.rewordings[key] = Rewording(planted.run, 12, False, 0.0)
    assert memo.get(*key) is None


def test_drift_falls_on_the_documents_that_share_a_moved_word() -> None:
    memo = RewordedMemo()
    words = {name: np.array(sorted(values), dtype=np.uint64) for name, values in
             {"a": {1, 2, 3}, "b": {1, 4}, "c": {5, 6}, "new": {4, 7}}.items()}
    for name in ("a", "b", "c"):
        memo.describe(name, words[name], 3)
    memo.settle(["a", "b", "c"], 3)
    assert memo.state is not None and memo.state.drift == 0
    memo.describe("new", words["new"], 3)
    memo.settle(["a", "b", "c", "new"], 4)
    # Below the reference batch the weights of untouched words do not move at all; word 4's
    # count rose (b holds it), word 7 is new (only the new document holds it).
    assert memo.state.drift == 0
    assert memo.excess.get("b", 0) > 0
    assert "a" not in memo.excess and "c" not in memo.excess
    assert "new" in memo.dropped


def test_a_spun_copy_stays_found_as_the_batch_grows() -> None:
    items = _corpus(11, stories=4, spins=3)
    cache = DedupCache()
    for end in range(4, len(items) + 1):
        find_duplicates(items[:end], cache=cache)
    found = find_duplicates(items, cache=cache)
    assert found == find_duplicates(items)
    assert found  # the corpus has reworded copies to find
    assert all(shingle_hashes(i.text).size for i in items)
