"""Reworded copies: one article retold sentence by sentence in other words.

A copy that a person or a model "spun" keeps the article's sentences in their order and most of
their rare words (names, numbers, places) but few runs of five words, so the shingle
containment of :mod:`communique.clean._dedup` misses it. Two independent reports of one event
share facts too, but not the same sequence of sentences. So this check aligns sentences:

1. Each text becomes its sentences outside quotations (independent reports carry the same
   quotes), each a set of casefolded words; sentences under :data:`MIN_WORDS` words (bylines,
   captions, share buttons) are left out, and so is the crawler's `` date YYYY-MM-DD`` header.
2. Words are weighted by their rarity in the batch (a smoothed inverse document frequency), so
   sentences match on what they say (names, figures) rather than on function words or the
   story's common vocabulary.
3. A sentence of the text with fewer sentences *matches* its most similar sentence of the
   other when their shared weight reaches :data:`SENTENCE_MATCH` of the mean of their weights.
4. The matched sentences that keep their order (the longest increasing run of their partners)
   are the aligned ones: a copy has at least :data:`MIN_ALIGNED` of them, and they are at least
   :data:`MIN_SHARE` of the shorter text's sentences.

Measured on the three real dev stories (342 crawled page openings, 41 gold copy pairs): the
reworded and re-cut copies in one language align 3–10 sentences (shares 0.30–1.0), while the
closest pair of independent reports aligns 3 of 13 (0.23). Translations share no words and stay
unmarked: that needs a comparison of meaning.

Which pairs of documents are compared at all is for the caller to choose
(:mod:`communique.clean._dedup` indexes word pairs of these sentences), so that no step
compares every pair of documents.
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field

from communique.clean._statements import QUOTED

__all__ = [
    "MIN_ALIGNED",
    "MIN_SHARE",
    "MIN_WORDS",
    "SENTENCE_MATCH",
    "STRONG_MATCH",
    "Sentence",
    "Weights",
    "aligned",
    "aligned_pairs",
    "alignment",
    "is_reworded",
    "reworded",
    "scored_alignment",
    "scored_pairs",
    "scored_strong_pairs",
    "sentence_texts",
    "sentence_words",
    "sentences",
    "similarity",
    "strong_pairs",
]

SENTENCE_MATCH = 0.45
"""Shared weight, as a share of the mean weight of two sentences, at which they match."""
STRONG_MATCH = 0.66
"""Shared weight, as for :data:`SENTENCE_MATCH`, at which two sentences are told nearly word for
word: a few words recast, the names, figures and rare words all kept."""
MIN_ALIGNED = 3
"""Sentences in order that a reworded copy shares at the least (one or two are a quote's
paraphrase or a shared background line)."""
MIN_SHARE = 0.3
"""Share of the shorter text's sentences that must align."""
MIN_WORDS = 6
"""Shorter sentences (captions, bylines, menus) take no part."""
REFERENCE_BATCH = 20
"""Word rarity is taken as if the batch had at least this many documents: in a batch of two a
word in both would otherwise weigh nothing."""

Sentence = frozenset[str]

_TOKEN = re.compile(r"\w+")
_HEADER = re.compile(r"^\s*date \d{4}-\d\d-\d\d\s*")
# A quotation closed on its line (QUOTED), and one left open to the end of its line (a cut page).
_OPEN_QUOTE = re.compile(r"[\"“«„][^\"“”«»„\n]*$", re.MULTILINE)
# A sentence ends at . ! ? or the danda, with closing marks after it, or at a line break.
_SPLIT = re.compile(r"(?<=[.!?।])[\"”’»)]*\s+|\n+")


def sentence_texts(text: str) -> list[str]:
    """The text's unquoted sentences of :data:`MIN_WORDS` words or more, as written."""
    text = _OPEN_QUOTE.sub(" ", QUOTED.sub(" ", _HEADER.sub("", text)))
    parts = (part.strip() for part in _SPLIT.split(unicodedata.normalize("NFKC", text)))
    return [part for part in parts if len(_TOKEN.findall(part)) >= MIN_WORDS]


def sentence_words(text: str) -> list[list[str]]:
    """The casefolded word lists of :func:`sentence_texts`, in order."""
    return [_TOKEN.findall(part.casefold()) for part in sentence_texts(text)]


def sentences(text: str) -> list[Sentence]:
    """The text's unquoted sentences (those of :func:`sentence_texts`), each as the set of its
    casefolded words."""
    return [frozenset(words) for words in sentence_words(text)]


@dataclass(frozen=True, slots=True)
class Weights:
    """Word weights from the batch: the rarer a word among the documents, the heavier."""

    frequency: Mapping[str, int]
    """How many documents of the batch hold each word (a mapping that answers ``get``)."""
    documents: int
    table: dict[str, float] = field(default_factory=dict, compare=False, repr=False)
    sentences: dict[Sentence, float] = field(default_factory=dict, compare=False, repr=False)
    """Each word's weight, worked out once when first asked for: the logarithm of each word
    of each compared pair of sentences, again and again, was most of a big batch's
    duplicate detection."""

    @classmethod
    def of(cls, texts: Iterable[Sequence[Sentence]]) -> Weights:
        """Weights from the sentences of every document of the batch."""
        frequency: Counter[str] = Counter()
        count = 0
        for text in texts:
            count += 1
            frequency.update(set().union(*text) if text else ())
        return cls(dict(frequency), count)

    def weight(self, words: Iterable[str]) -> float:
        """The summed weight of ``words`` (a word the batch never saw counts as rarest)."""
        table = self.table
        total = 0.0
        for word in words:
            value = table.get(word)
            if value is None:
                size = max(self.documents, REFERENCE_BATCH)
                value = table[word] = math.log(1 + size / self.frequency.get(word, 1))
            total += value
        return total

    def sentence(self, sentence: Sentence) -> float:
        """The weight of a whole sentence, kept: a document is compared with many others."""
        known = self.sentences.get(sentence)
        if known is None:
            known = self.sentences[sentence] = self.weight(sentence)
        return known


def _increasing_run(pairs: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    """The longest run of ``pairs`` (in order of their first member) whose second members
    strictly increase; texts are page openings, a few dozen sentences, so quadratic is cheap."""
    if not pairs:
        return []
    best = [1] * len(pairs)
    back = [-1] * len(pairs)
    for index, (_, partner) in enumerate(pairs):
        for earlier in range(index):
            if pairs[earlier][1] < partner and best[earlier] + 1 > best[index]:
                best[index], back[index] = best[earlier] + 1, earlier
    at = max(range(len(pairs)), key=best.__getitem__)
    run: list[tuple[int, int]] = []
    while at >= 0:
        run.append(pairs[at])
        at = back[at]
    return run[::-1]


def similarity(first: Sentence, second: Sentence, weights: Weights) -> float:
    """The weight two sentences share, as a share of the mean of their weights (0 for two
    sentences that weigh nothing)."""
    mean = (weights.sentence(first) + weights.sentence(second)) / 2
    return weights.weight(first & second) / mean if mean > 0 else 0.0


def alignment(short: Sequence[Sentence], long: Sequence[Sentence], weights: Weights
              ) -> list[tuple[int, int]]:
    """The sentences of ``short`` that match one of ``long`` in the same order, as pairs of
    positions ``(in short, in long)``."""
    return scored_alignment(short, long, weights)[0]


MARGIN_CAP = 1e6
"""The margin of an alignment that no change of weights can alter (no sentence shares a word)."""


def _log_ratio(value: float, limit: float) -> float:
    """``|log(value / limit)|``: how far (as a factor) a score lies from a threshold or rival."""
    if value <= 0 or limit <= 0:
        return MARGIN_CAP if value != limit else 0.0
    return abs(math.log(value / limit))


def scored_alignment(short: Sequence[Sentence], long: Sequence[Sentence], weights: Weights
                     ) -> tuple[list[tuple[int, int]], float]:
    """:func:`alignment`, with its *margin*: the largest change of every score, as a factor
    ``exp(±margin)``, that leaves every decision of the alignment as it is (each sentence's
    match against :data:`SENTENCE_MATCH`, and its partner against the runner-up).

    A change of word weights by factors within ``exp(±d)`` moves every score by a factor
    within ``exp(±2d)`` at most (a score is a ratio of sums of weights), so a kept alignment
    stands while its margin exceeds that (see :mod:`communique.clean._reworded_memo`).
    """
    # The loop of :func:`similarity`, with each sentence's weight looked up once: this is
    # the inner loop of duplicate detection.
    long_weights = [weights.sentence(s) for s in long]
    matches: list[tuple[int, int]] = []
    margin = MARGIN_CAP
    for position, sentence in enumerate(short):
        own = weights.sentence(sentence)
        best, partner, second = 0.0, -1, 0.0
        for index, other in enumerate(long):
            mean = (own + long_weights[index]) / 2
            if mean <= 0:
                continue
            score = weights.weight(sentence & other) / mean
            if score > best:
                best, partner, second = score, index, best
            elif score > second:
                second = score
        if best >= SENTENCE_MATCH:
            matches.append((position, partner))
            # A rival exactly as good (margin 0) always asks for a fresh alignment.
            rival = _log_ratio(best, second) / 2 if second > 0 else MARGIN_CAP
            margin = min(margin, _log_ratio(best, SENTENCE_MATCH), rival)
        elif best > 0:
            margin = min(margin, _log_ratio(best, SENTENCE_MATCH))
    return _increasing_run(matches), margin


def aligned(short: Sequence[Sentence], long: Sequence[Sentence], weights: Weights) -> int:
    """How many sentences of ``short`` match one of ``long`` in the same order."""
    return len(alignment(short, long, weights))


def aligned_pairs(first: Sequence[Sentence], second: Sequence[Sentence], weights: Weights
                  ) -> list[tuple[int, int]]:
    """The sentences the two texts tell in the same order, as pairs of positions ``(in first,
    in second)``, however few (the text with fewer sentences is matched into the other)."""
    return scored_pairs(first, second, weights)[0]


def scored_pairs(first: Sequence[Sentence], second: Sequence[Sentence], weights: Weights
                 ) -> tuple[list[tuple[int, int]], float]:
    """:func:`aligned_pairs` with the margin of :func:`scored_alignment`."""
    swap = len(first) > len(second)
    short, long = (second, first) if swap else (first, second)
    run, margin = scored_alignment(short, long, weights)
    return ([(b, a) for a, b in run] if swap else run), margin


def is_reworded(run: Sequence[tuple[int, int]], first: int, second: int) -> bool:
    """Whether an alignment ``run`` (see :func:`aligned_pairs`) of two texts of ``first`` and
    ``second`` sentences makes them a reworded copy (see the module doc)."""
    short = min(first, second)
    return (short >= MIN_ALIGNED and len(run) >= MIN_ALIGNED
            and len(run) >= MIN_SHARE * short)


def reworded(first: Sequence[Sentence], second: Sequence[Sentence], weights: Weights
             ) -> list[tuple[int, int]]:
    """The aligned sentence pairs ``(in first, in second)`` when two texts tell the same
    sentences in the same order (see the module doc), else an empty list."""
    if min(len(first), len(second)) < MIN_ALIGNED:
        return []
    run = aligned_pairs(first, second, weights)
    return run if is_reworded(run, len(first), len(second)) else []


def strong_pairs(run: Sequence[tuple[int, int]], first: Sequence[Sentence],
                 second: Sequence[Sentence], weights: Weights) -> int:
    """How many aligned pairs ``(in first, in second)`` of ``run`` are told nearly word for word
    (a :func:`similarity` of :data:`STRONG_MATCH` or more)."""
    return scored_strong_pairs(run, first, second, weights)[0]


def scored_strong_pairs(run: Sequence[tuple[int, int]], first: Sequence[Sentence],
                        second: Sequence[Sentence], weights: Weights) -> tuple[int, float]:
    """:func:`strong_pairs` with its margin (as :func:`scored_alignment`'s, against
    :data:`STRONG_MATCH`)."""
    count, margin = 0, MARGIN_CAP
    for i, j in run:
        score = similarity(first[i], second[j], weights)
        count += score >= STRONG_MATCH
        margin = min(margin, _log_ratio(score, STRONG_MATCH))
    return count, margin
