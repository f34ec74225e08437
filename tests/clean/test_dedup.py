"""Tests for exact and near-duplicate detection (clean/_dedup.py)."""

from __future__ import annotations

import random
import re
import time
from datetime import date
from pathlib import Path

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from communique.clean import _dedup
from communique.clean._dedup import (
    DEFAULT_THRESHOLD,
    DedupItem,
    containment,
    find_duplicates,
    shingle_hashes,
)

_SENTENCE_END = re.compile(r"(?<=[.!?”\"])\s+(?=[A-Z“\"])")
_FILLER_WORDS = ("notably", "reportedly", "apparently", "meanwhile", "however", "indeed",
                 "officials", "sources", "leaders", "week", "recent", "major")


def _seed_texts(seeds_dir: Path) -> list[str]:
    """The raw text of every seed article, in file order."""
    return [p.read_text(encoding="utf-8") for p in sorted(seeds_dir.glob("*.txt"))]


def spin(text: str, rng: random.Random, replace_every: int = 25) -> str:
    """Reword ``text`` the way a content farm does: swap some adjacent sentences, replace about
    one word in ``replace_every``, drop the last tenth and wrap it in other boilerplate."""
    sentences = _SENTENCE_END.split(" ".join(text.split()))
    for index in range(0, len(sentences) - 1, 4):  # swap every other pair
        sentences[index], sentences[index + 1] = sentences[index + 1], sentences[index]
    sentences = sentences[: max(1, int(len(sentences) * 0.9))]
    words = " ".join(sentences).split(" ")
    for index in range(len(words)):
        if rng.randrange(replace_every) == 0:
            words[index] = rng.choice(_FILLER_WORDS)
    return ("Share this article: Facebook Twitter Email\nSubscribe to our daily newsletter\n"
            + " ".join(words)
            + "\nRead more: the latest stories from our newsroom.\n© All rights reserved.")


def _items(texts: list[str]) -> list[DedupItem]:
    return [DedupItem(f"d{i}", text, order=i) for i, text in enumerate(texts)]


# --- seeds -----------------------------------------------------------------------------------


def test_seed_articles_are_not_duplicates(seeds_dir: Path) -> None:
    # Five outlets reporting one story share quotes and names but are separate evidence.
    assert find_duplicates(_items(_seed_texts(seeds_dir))) == {}


def test_seed_pairs_are_far_below_the_threshold(seeds_dir: Path) -> None:
    shingles = [shingle_hashes(t) for t in _seed_texts(seeds_dir)]
    worst = max(containment(a, b)[0] for i, a in enumerate(shingles) for b in shingles[i + 1:])
    assert worst < DEFAULT_THRESHOLD / 2


@pytest.mark.parametrize("which", range(5))
def test_spun_copy_of_a_seed_is_a_near_duplicate(seeds_dir: Path, which: int) -> None:
    texts = _seed_texts(seeds_dir)
    spun = spin(texts[which], random.Random(which))
    assert spun != texts[which]
    items = [*_items(texts), DedupItem("spun", spun, order=len(texts))]
    assert find_duplicates(items) == {"spun": (f"d{which}", "near")}


def test_exact_copy_of_a_seed_is_an_exact_duplicate(seeds_dir: Path) -> None:
    texts = _seed_texts(seeds_dir)
    # Re-spacing does not make a copy different.
    copy = "  " + texts[2].replace("\n", "\n\n").replace(" ", "  ") + "\n"
    items = [*_items(texts), DedupItem("copy", copy, order=len(texts))]
    assert find_duplicates(items) == {"copy": ("d2", "exact")}


# --- earliest copy and chains ----------------------------------------------------------------

def sentences(rng: random.Random, vocabulary: list[str], count: int = 30, length: int = 24) -> str:
    """A synthetic article: ``count`` sentences of ``length`` random words (news-like lengths)."""
    return " ".join(" ".join(rng.choice(vocabulary) for _ in range(length)).capitalize() + "."
                    for _ in range(count))


VOCABULARY = [f"v{i}" for i in range(3000)]
BASE = sentences(random.Random(0), VOCABULARY)
CHAIN_SPIN = 6
"""One word in six replaced per spin: each spin stays a copy of the one it was made from, two
spins away it is not."""


def test_earliest_published_copy_is_the_original() -> None:
    items = [
        DedupItem("late", BASE, date(2026, 2, 18), order=0),
        DedupItem("early", BASE, date(2026, 2, 16), order=1),
        DedupItem("undated", BASE, None, order=2),
    ]
    assert find_duplicates(items) == {"late": ("early", "exact"), "undated": ("early", "exact")}


def test_lowest_order_breaks_ties() -> None:
    items = [DedupItem("b", BASE, order=5), DedupItem("a", BASE, order=2)]
    assert find_duplicates(items) == {"b": ("a", "exact")}


def test_chains_resolve_to_the_root() -> None:
    # Each heavy spin is close to the one it was made from but far from the original, so "c"
    # reaches "a" only through "b".
    first = spin(BASE, random.Random(1), replace_every=CHAIN_SPIN)
    second = spin(first, random.Random(2), replace_every=CHAIN_SPIN)
    third = spin(second, random.Random(3), replace_every=CHAIN_SPIN)
    direct, _shared = containment(shingle_hashes(first), shingle_hashes(third))
    assert direct < DEFAULT_THRESHOLD
    items = [DedupItem("c", third, date(2026, 2, 3), 0),
             DedupItem("b", second, date(2026, 2, 2), 1),
             DedupItem("a", first, date(2026, 2, 1), 2)]
    assert find_duplicates(items) == {"b": ("a", "near"), "c": ("a", "near")}


def test_exact_and_near_kinds_are_relative_to_the_root() -> None:
    near = spin(BASE, random.Random(1))
    items = [DedupItem("orig", BASE, order=0), DedupItem("copy", BASE, order=1),
             DedupItem("spun", near, order=2)]
    assert find_duplicates(items) == {"copy": ("orig", "exact"), "spun": ("orig", "near")}


# --- hostile input ---------------------------------------------------------------------------


def test_empty_and_tiny_texts_are_never_duplicates() -> None:
    items = _items(["", "", "   ", "\n", "Hi", "Hi", "ok then"])
    found = find_duplicates(items)
    assert not {"d0", "d1", "d2", "d3"} & set(found)


def test_no_items() -> None:
    assert find_duplicates([]) == {}


def test_unrelated_texts_are_not_duplicates() -> None:
    rng = random.Random(3)
    vocabulary = [f"w{i}" for i in range(2000)]
    texts = [" ".join(rng.choice(vocabulary) for _ in range(200)) for _ in range(50)]
    assert find_duplicates(_items(texts)) == {}


def test_shingles_are_stable_and_deterministic() -> None:
    first = shingle_hashes(BASE)
    assert first.size == len(BASE.split()) - 4  # every 5-word window of distinct words
    assert np.array_equal(first, shingle_hashes(BASE))
    # Punctuation, case and spacing do not change the shingles.
    assert np.array_equal(first, shingle_hashes(BASE.upper().replace(".", " ;")))


def test_containment_is_exact() -> None:
    words = [f"t{i}" for i in range(400)]
    ratio, shared = containment(shingle_hashes(" ".join(words[:300])),
                                shingle_hashes(" ".join(words[100:])))
    assert shared == 196  # 5-shingles: 296 and 296 of them, 196 shared
    assert ratio == pytest.approx(196 / 296)


def test_quotations_are_left_out_of_the_shingles() -> None:
    narration = "the minister spoke to reporters after the meeting in the capital"
    quoted = "we have made real progress on every point of the framework agreement"
    with_quote = shingle_hashes(f'{narration} "{quoted}" {narration}.')
    # No shingle of the quote, none across it: the two stretches of narration are all there is.
    assert np.array_equal(with_quote, shingle_hashes(narration))
    assert np.array_equal(with_quote, shingle_hashes(f"{narration} “{quoted}” {narration}"))


@settings(max_examples=50)
@given(st.lists(st.text(max_size=200), max_size=12))
def test_find_duplicates_never_raises_and_points_at_members(texts: list[str]) -> None:
    found = find_duplicates(_items(texts))
    ids = {f"d{i}" for i in range(len(texts))}
    for duplicate, (root, kind) in found.items():
        assert duplicate in ids and root in ids and duplicate != root
        assert root not in found  # chains resolved
        assert kind in ("exact", "near")


@settings(max_examples=30)
@given(st.permutations(range(6)))
def test_result_does_not_depend_on_input_order(permutation: list[int]) -> None:
    rng = random.Random(11)
    texts = [BASE, spin(BASE, rng), BASE, "An unrelated text about something else " * 5,
             spin(BASE, rng, replace_every=15), ""]
    items = [DedupItem(f"d{i}", texts[i], order=i) for i in range(6)]
    expected = find_duplicates(items)
    assert find_duplicates([items[i] for i in permutation]) == expected


# --- scale -----------------------------------------------------------------------------------


def test_five_thousand_documents_complete(capsys: pytest.CaptureFixture[str]) -> None:
    rng = random.Random(2026)
    vocabulary = [f"v{i}" for i in range(20_000)]
    texts = [sentences(rng, vocabulary, count=12) for _ in range(4800)]
    texts += texts[:100]  # exact copies
    texts += [spin(t, rng) for t in texts[100:200]]  # near copies
    items = _items(texts)
    start = time.perf_counter()
    found = find_duplicates(items)
    elapsed = time.perf_counter() - start
    with capsys.disabled():
        print(f"\nfind_duplicates on {len(items)} documents: {elapsed:.2f} s")
    assert len(items) == 5000
    exact = {k for k, (_, kind) in found.items() if kind == "exact"}
    near = {k for k, (_, kind) in found.items() if kind == "near"}
    assert exact == {f"d{i}" for i in range(4800, 4900)}
    assert near == {f"d{i}" for i in range(4900, 5000)}


def _candidates_one_by_one(shingles: list[np.ndarray | None], least: int) -> list[tuple[int, int]]:
    """The candidate rule spelt out: sampled hashes, postings of 2 to MAX_POSTING documents,
    every pair of a posting's distinct documents counted once per posting."""
    postings: dict[int, list[int]] = {}
    for index, hashes in enumerate(shingles):
        if hashes is None:
            continue
        for value in hashes.tolist():
            if value % _dedup.SAMPLE_EVERY == 0:
                postings.setdefault(value, []).append(index)
    hits: dict[tuple[int, int], int] = {}
    for members in postings.values():
        if 1 < len(members) <= _dedup.MAX_POSTING:
            distinct = sorted(set(members))
            for i, first in enumerate(distinct):
                for second in distinct[i + 1 :]:
                    hits[(first, second)] = hits.get((first, second), 0) + 1
    return sorted(pair for pair, count in hits.items() if count >= least)


@settings(max_examples=60, deadline=None)
@given(st.lists(st.one_of(st.none(), st.lists(st.integers(0, 40), max_size=30)), max_size=70),
       st.integers(1, 3))
def test_candidate_pairs_are_those_counted_one_by_one(
        raw: list[list[int] | None], least: int) -> None:
    # Hash lists may repeat a value (a document listed twice in one posting counts once), and
    # seventy documents over forty values make postings beyond MAX_POSTING, which are skipped.
    shingles = [None if values is None else np.array(values, dtype=np.uint64) for values in raw]
    assert _dedup._candidates(shingles, least) == _candidates_one_by_one(shingles, least)
