"""Reworded-copy verdicts kept between runs, exact under the batch's changing word weights.

The reworded-copy test (:mod:`communique.clean._rewrites`) weighs words by their rarity in the
whole batch, so every article added changes every weight a little, and a verdict worked out
once cannot simply be read back: an add to a 1,000-article story aligned its ~10,000
candidate pairs again. Yet a small change of weights changes a verdict only when some score
lies close to a threshold (or to a rival sentence): this module keeps each pair's alignment
with its *margin* (:func:`~communique.clean._rewrites.scored_alignment`), bounds how far the
weights have moved since, and reads the alignment back only while that bound stays under the
margin. The answer is therefore exactly what a run from scratch gives — in any order of adding,
and for ``rebuild``, which works everything out afresh with the same rule.

The bound. A word of document frequency ``df`` in a batch of ``n`` documents weighs
``log(1 + max(n, 20) / df)``; between two runs each word's weight changes by a factor
``exp(ρ)``. A score is a ratio of sums of weights of two sentences' words, so it moves by a
factor within ``exp(±(max ρ − min ρ))`` over the words of the two texts, at most
``exp(±2 max |ρ|)``. Each run splits ``max |ρ|`` into a part ``γ`` that bounds every word whose
frequency did not change (they move only with ``n``: a few parts in ten thousand per article
added to a thousand) and, for each document holding a word whose frequency changed by more,
its excess over ``γ``. The sums over runs are kept: ``drift`` (the ``γ``s) for the batch and
``excess`` per document; a pair aligned when those stood at ``Γ₀, E₀(a), E₀(b)`` with margin
``m`` stands while ``2 (Γ − Γ₀ + E(a) − E₀(a) + E(b) − E₀(b)) < m`` (kept as ``bound`` =
``m + 2 (Γ₀ + E₀(a) + E₀(b))``). Only the documents that share a word with what was added
(or removed) gain excess, and mostly a little; a rare word's first repeat moves its weight by
a tenth, and the pairs of the few documents that hold it are aligned again.

Document frequencies are kept by 64-bit word hash (the hash that indexes shingles, so a
collision of two words is as unlikely as one of two shingles), with the documents they
count; a run that finds the counted documents changed in a way it cannot follow (a document
gone from the store) starts afresh.
"""

from __future__ import annotations

import json
import math
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date

import numpy as np
import numpy.typing as npt

from communique.clean._rewrites import REFERENCE_BATCH, Weights

__all__ = ["EPSILON", "RewordedMemo", "Rewording", "WeightState", "decode_days", "encode_days"]

Hashes = npt.NDArray[np.uint64]
Counts = npt.NDArray[np.int64]

EPSILON = 1e-9
"""Slack for rounding: a kept alignment is read back only while its margin exceeds the bound
by this much (scores are sums of a few hundred floats)."""


@dataclass(frozen=True, slots=True)
class Rewording:
    """What the reworded-copy test found for one ordered pair of documents."""

    run: tuple[tuple[int, int], ...]
    """The aligned sentence pairs ``(in first, in second)``."""
    strong: int
    """How many of them are told nearly word for word (-1: not asked, as the verdict did not
    need it)."""
    series: bool
    """Whether two aligned sentences give different full dates (weight-free)."""
    bound: float
    """Read back while ``2 (drift + excess of both)`` stays under this (module doc)."""


@dataclass(frozen=True, slots=True)
class WeightState:
    """The document frequencies the kept alignments were last measured against."""

    words: Hashes
    """Sorted distinct word hashes."""
    counts: Counts
    """Documents holding each word (none zero)."""
    documents: int
    """Documents in the batch (the weights' ``n``)."""
    drift: float
    """The summed ``γ`` of every run so far (module doc)."""


Hasher = Callable[[str, dict[str, int]], int]
"""A word's stable hash, memoised in the given dict (``communique.clean._dedup._word_hash``)."""


class _HashedFrequency(Mapping[str, int]):
    """Document frequencies by word, looked up through the word's hash."""

    def __init__(self, state: WeightState, hashes: dict[str, int], hash_word: Hasher) -> None:
        self.by_hash: dict[int, int] = dict(zip(state.words.tolist(), state.counts.tolist(),
                                                strict=True))
        self.hashes = hashes
        self.hash_word = hash_word

    def __getitem__(self, word: str) -> int:
        return self.by_hash[self.hash_word(word, self.hashes)]

    def get(self, word: str, default: int | None = None) -> int | None:  # type: ignore[override]
        return self.by_hash.get(self.hash_word(word, self.hashes), default)

    def __iter__(self) -> Iterator[str]:
        raise TypeError("hashed frequencies cannot list their words")

    def __len__(self) -> int:
        return len(self.by_hash)


@dataclass(slots=True)
class RewordedMemo:
    """Per-document word hashes, the weights' state and kept alignments (see the module doc).

    Everything is derived data: a function of the stored texts and of the runs so far, each
    value read back only when it is exactly what a fresh run would compute.
    """

    words: dict[str, Hashes] = field(default_factory=dict)
    """Sorted distinct hashes of the words of each document's unquoted sentences."""
    sentences: dict[str, int] = field(default_factory=dict)
    """How many such sentences each document has."""
    days: dict[str, tuple[frozenset[date], ...]] = field(default_factory=dict)
    """The full dates each unquoted sentence of a document states, where asked for."""
    fresh_days: set[str] = field(default_factory=set)
    stored_days: dict[str, str] = field(default_factory=dict)
    """Days as stored (:func:`encode_days`), decoded when first asked for."""
    counted: set[str] = field(default_factory=set)
    """The documents whose words :attr:`state` counts."""
    excess: dict[str, float] = field(default_factory=dict)
    """Each document's summed excess drift (module doc); absent is 0."""
    state: WeightState | None = None
    generation: int | None = None
    """The stored state's generation when read (a writer keeps what it learnt only if no other
    writer stored a state meanwhile)."""
    rewordings: dict[tuple[str, str], Rewording] = field(default_factory=dict)
    fresh_documents: set[str] = field(default_factory=set)
    """Documents described this run (their whole row is new)."""
    touched: set[str] = field(default_factory=set)
    """Documents whose counted mark or excess this run changed."""
    fresh_rewordings: set[tuple[str, str]] = field(default_factory=set)
    dropped: set[str] = field(default_factory=set)
    """Documents whose kept alignments this run dropped (a word of theirs came or went
    entirely, which no finite bound covers): their rows go too."""
    changed: bool = False
    """Whether :attr:`state` changed this run."""
    reused: int = 0
    """Alignments read back this run (for measurements)."""
    computed: int = 0
    """Alignments worked out this run."""

    def describe(self, doc_id: str, words: Hashes, sentences: int) -> None:
        """Keep a document's word hashes and sentence count."""
        self.words[doc_id] = words
        self.sentences[doc_id] = sentences
        self.fresh_documents.add(doc_id)

    def keep_days(self, doc_id: str, days: tuple[frozenset[date], ...]) -> None:
        """Keep the days of a document's sentences."""
        self.days[doc_id] = days
        self.fresh_days.add(doc_id)

    def sentence_days(self, doc_id: str) -> tuple[frozenset[date], ...] | None:
        """The kept days of a document's sentences (read from their stored form when first
        asked for), or ``None``."""
        known = self.days.get(doc_id)
        if known is None:
            raw = self.stored_days.pop(doc_id, None)
            if raw is not None:
                known = self.days[doc_id] = decode_days(raw)
        return known

    def settle(self, live: Sequence[str], documents: int) -> None:
        """Bring :attr:`state` to the batch of ``documents`` whose ``live`` ones count their
        words (each described), adding the drift since the kept state to every document."""
        state = self.state
        live_set = set(live)
        if state is not None and not self._followable():
            state = None
        if state is None:
            self._start(live, documents)
            return
        added = [d for d in live if d not in self.counted]
        removed = [d for d in self.counted if d not in live_set]
        if not added and not removed and documents == state.documents:
            return
        plus = [self.words[d] for d in added]
        minus = [self.words[d] for d in removed]
        union, old, new = _recount(state, plus, minus)
        rho = _log_ratios(old, new, state.documents, documents)
        still = (old == new) & (old > 0)
        low, high = (float(rho[still].min()), float(rho[still].max())) if still.any() else (
            0.0, 0.0)
        moved = (old != new) & ((rho < low) | (rho > high))
        if moved.any():
            self._add_excess(union[moved], rho[moved], low, high)
        keep = new > 0
        self.state = WeightState(union[keep], new[keep], documents,
                                 state.drift + (high - low))
        self.touched.update(added)
        self.touched.update(removed)
        self.counted = live_set
        self.changed = True

    def _followable(self) -> bool:
        """Whether every counted document's words are at hand (else the counts cannot move)."""
        return all(d in self.words for d in self.counted)

    def _start(self, live: Sequence[str], documents: int) -> None:
        """A state from scratch: every kept alignment and drift dropped."""
        arrays = [self.words[d] for d in live]
        flat = np.concatenate(arrays) if arrays else np.zeros(0, dtype=np.uint64)
        words, counts = np.unique(flat, return_counts=True)
        self.state = WeightState(words, counts.astype(np.int64), documents, 0.0)
        self.rewordings.clear()
        self.excess.clear()
        self.counted = set(live)
        self.touched.update(self.words)
        self.fresh_rewordings.clear()
        self.changed = True

    def _add_excess(self, moved: Hashes, rho: npt.NDArray[np.float64], low: float,
                    high: float) -> None:
        """Widen the drift of each document holding a ``moved`` word (log-ratio ``rho``)
        beyond the interval ``[low, high]`` of the unmoved words; a document whose drift no
        finite bound covers loses its kept alignments instead."""
        order = np.argsort(moved)
        moved, rho = moved[order], rho[order]
        lost: set[str] = set()
        for doc_id, hashes in self.words.items():
            at = np.searchsorted(moved, hashes)
            at[at == moved.size] = 0
            hit = moved[at] == hashes
            if not hit.any():
                continue
            mine = rho[at[hit]]
            extra = max(high, float(mine.max())) - min(low, float(mine.min())) - (high - low)
            self.touched.add(doc_id)
            if math.isinf(extra):
                lost.add(doc_id)
                self.excess.pop(doc_id, None)
            else:
                self.excess[doc_id] = self.excess.get(doc_id, 0.0) + extra
        if lost:
            self.dropped |= lost
            for key in [k for k in self.rewordings if k[0] in lost or k[1] in lost]:
                del self.rewordings[key]
                self.fresh_rewordings.discard(key)

    def _spent(self, first: str, second: str) -> float:
        """``drift + excess of both``: what a pair's bound is measured against."""
        assert self.state is not None
        return self.state.drift + self.excess.get(first, 0.0) + self.excess.get(second, 0.0)

    def get(self, first: str, second: str) -> Rewording | None:
        """The kept alignment of the pair, if it still stands."""
        kept = self.rewordings.get((first, second))
        if kept is None or self._spent(first, second) >= kept.bound - EPSILON:
            return None
        self.reused += 1
        return kept

    def keep(self, first: str, second: str, run: Sequence[tuple[int, int]], strong: int,
             series: bool, margin: float) -> Rewording:
        """Keep a fresh alignment of the pair with its margin."""
        value = Rewording(tuple(run), strong, series, margin + self._spent(first, second))
        self.rewordings[(first, second)] = value
        self.fresh_rewordings.add((first, second))
        self.computed += 1
        return value

    def weights(self, hashes: dict[str, int], hash_word: Hasher) -> Weights:
        """The batch's word weights from :attr:`state` (as ``Weights.of`` over the texts)."""
        assert self.state is not None
        return Weights(_HashedFrequency(self.state, hashes, hash_word), self.state.documents)


def _recount(state: WeightState, plus: list[Hashes], minus: list[Hashes]
             ) -> tuple[Hashes, Counts, Counts]:
    """Every word of the state or of ``plus``/``minus``, its old count and its new count."""
    parts = [state.words, *plus, *minus]
    steps = [state.counts * 0, *(np.ones(p.size, np.int64) for p in plus),
             *(-np.ones(m.size, np.int64) for m in minus)]
    union, inverse = np.unique(np.concatenate(parts), return_inverse=True)
    old = np.zeros(union.size, dtype=np.int64)
    old[inverse[: state.words.size]] = state.counts
    new = old + np.bincount(inverse, weights=np.concatenate(steps),
                            minlength=union.size).astype(np.int64)
    return union, old, new


def _log_ratios(old: Counts, new: Counts, before: int, after: int) -> npt.NDArray[np.float64]:
    """``log(new weight / old weight)`` of each word (infinite where either count is 0)."""
    size_old = max(before, REFERENCE_BATCH)
    size_new = max(after, REFERENCE_BATCH)
    out = np.full(old.size, math.inf)
    both = (old > 0) & (new > 0)
    with np.errstate(divide="ignore"):
        out[both] = np.log(np.log1p(size_new / new[both]) / np.log1p(size_old / old[both]))
    return out


def encode_days(days: Sequence[frozenset[date]]) -> str:
    """The days of each sentence as JSON: a list of day ordinals per sentence."""
    return json.dumps([sorted(d.toordinal() for d in found) for found in days])


def decode_days(text: str) -> tuple[frozenset[date], ...]:
    """What :func:`encode_days` wrote."""
    return tuple(frozenset(date.fromordinal(o) for o in found) for found in json.loads(text))
