"""Exact and near-duplicate detection across documents (syndicated and spun copies).

A wire story republished by ten sites is one piece of evidence, not ten. Exact copies share the
hash of their normalised text. Near copies on real pages are the same article with other site
clutter around it, cut at another point, a lede reworked or a paragraph added: their texts differ
in length, so a symmetric measure (Jaccard) falls with every cut while the copied part stays
whole. communique therefore asks how much of the *shorter* text the longer one contains:

1. Each text becomes the set of its word 5-shingles (casefolded word tokens, punctuation ignored)
   outside quotations: independent reports of one event share the quotes they carry, a copy
   shares its narration. Five words make a shingle that two writers rarely produce apart.
2. Candidates: every shingle whose stable hash falls in one of :data:`SAMPLE_EVERY` residue
   classes goes into an inverted index; documents that share at least
   :data:`MIN_SAMPLED_HITS` indexed shingles become a candidate pair. Shingles shared by more
   than :data:`MAX_POSTING` documents are stock phrases and index nothing. No step compares
   every pair of documents.
3. Exact check: the containment ``|A ∩ B| / min(|A|, |B|)`` must reach
   :data:`DEFAULT_THRESHOLD`, with at least :data:`MIN_SHARED` shared shingles.
4. Two texts that each state a full date the other never mentions are two reports of a series
   (the press briefings of two days written on one template), not copies; so are two items
   whose opening datelines give two days (:mod:`communique.clean._dateline_days`: an agency's
   items of two days that share their background paragraphs).
5. Copies are grouped (union-find): every member of a group maps to its earliest copy
   (earliest ``published``, then lowest ``order``, then id), so chains A~B~C resolve to one root.

6. Reworded copies keep few 5-word runs; :mod:`communique.clean._rewrites` finds them by
   aligning their unquoted sentences in order (word overlap weighted by rarity in the batch).
   Its candidates come from an index of word pairs; since the weights depend on the whole
   batch, its alignments are kept with the margin by which the weights may move before one
   must be worked out again (:mod:`communique.clean._reworded_memo`), so that a run aligns
   only the pairs the change of the batch reaches and still finds what a fresh run finds. A
   pair it finds is a series instead of a copy only when two aligned sentences give different
   full dates: a spin may drop one date and add another.
   A rewrite of a story whose copies are cut at different points may keep too few sentences
   of any one copy, yet different ones of each: :mod:`communique.clean._pooled` pools what it
   aligns with each member of a group of copies, once every pair test has run. A short copy
   re-cut and lightly reworded may fall just short of both tests: a pair that aligns one
   sentence less than the reworded test asks (still its share of the shorter text) is a copy
   when its containment reaches :data:`PART_CONTAINMENT`, two thirds of the threshold; one
   whose sentences are stronger evidence (the full run of the reworded test, however small a
   share of two long texts, or two sentences that are half the shorter text) is a copy at
   :data:`LOW_CONTAINMENT`, half the threshold (see :func:`_both_in_part`). A brief of three
   or four sentences copied with its clauses recast has too few shingles for any containment
   and too few sentences for the reworded test: it is a copy when half its sentences or more
   (two at least) are told nearly word for word, in order
   (:data:`~communique.clean._rewrites.STRONG_MATCH`; see :func:`_nearly_word_for_word`).
   A brief that is mostly one quotation (a minister's post relayed) has too little outside
   its quotations to compare: :mod:`communique.clean._statements` compares it quotations
   included, at the same threshold, with the texts that hold it.
7. A site's addresses name some copies that share no words: the language editions of one
   article (``/en/…`` and ``/de/…`` with one slug or article number) and the pages of one
   article under one headline; :mod:`communique.clean._editions` finds them from an index of
   address keys and first lines (pages that report a series stay apart, as in step 4).

Threshold — :data:`DEFAULT_THRESHOLD` = 0.3, measured on the three real dev stories (342
articles, 40 gold copy pairs; texts crawled with their clutter): different reports of one event
reach at most 0.19 once their quotes are set aside (0.48 with quotes kept: a short report that
is mostly one statement), while wire copies cut or re-clutter reach 0.32–1.0. Reworded copies
("spun" by a person or a model) keep few 5-word runs (0.1–0.25): step 6 marks those that keep
three sentences or more recognisable, with one copy or pooled over a group of copies. Both
signals at part strength (two aligned sentences, a third of the shorter text, and a
containment of 0.2) mark one gold pair more; independent reports that align two such
sentences reach a containment of 0.12 at most, and those that reach 0.19 align one sentence.
On four dev stories (429 articles, 59 gold copy pairs), pairs that are no copies and align
three sentences in order (no series) reach a containment of 0.08 at most, and those whose two
aligned sentences are half the shorter text 0.10; the later version of a wire story that
keeps its opening (four sentences, a quarter of each text) and two items of a news agency
sharing a statement's paragraphs (two of three sentences) reach 0.18 and 0.16: half the
threshold marks them.
Of the pairs that are no copies and align two sentences or more that are half the shorter
text, none has a second aligned sentence above 0.51 of shared weight (0.64 and 0.51, 0.59 and
0.51 at best), while the two-sentence copies reach 0.80–0.82 (the short brief no other test
marks) and 0.67–0.98 (those marked already): :data:`~communique.clean._rewrites.STRONG_MATCH`
= 0.66 lies between; in the pairs that are no copies, two sentences that reach it are a third
of the shorter text at most, under :data:`HALF_SHARE`.
Heavier rewrites (one wire report retold sentence by sentence in new words: 11 gold pairs on
the four dev stories) stay unmarked, since no signal measured keeps them apart from
independent reports of the same event: their best order-keeping alignment, summing each
sentence pair's shared weight from 0.2 up, is 0.02–0.22 of the shorter text, where
independent short reports reach 0.45; quotes matched in order give them 0–2, independent
reports up to 3; rare names and figures in order (each held by at most one document in 25 of
the batch) 0–7, independent reports in one language 7 and more (14 at most).
Measured since on the 15 same-language pairs of them left unmarked (four dev stories, pairs
in one language that are no copies and no series for comparison), none of these keeps them
apart either: unquoted word 3-grams that no third group of the batch holds, 0–18 per missed
pair, up to 25 between independent reports (5 pairs reach 18); the longest order-keeping
alignment counting sentence pairs that share 0.2, 0.25 or 0.3 of their weight (instead of
:data:`~communique.clean._rewrites.SENTENCE_MATCH`), 1–8, 0–7 and 0–6 sentences against 8, 6
and 5 for independent reports: one missed pair clears them by a single sentence, the rest lie
among them; word weights taken from the documents of the pair's language alone, 3 aligned
sentences at most, as between independent reports; a batch-weighted word-vector cosine within
one language, 0.24–0.63, exceeded by 37 pairs that are no copies (0.93 at most; in English
the best missed pair 0.51, independent reports 0.72); pooling over a group at a sentence
match of 0.35, 2–3 sentences against 5. What the gold calls a rewrite of one source and what
it calls two reports of one release (each retelling the same communiqué or wire item in its
own sentences) look alike on all of them.
Translations share no words: step 7 marks those a site publishes as editions of one article; a
translation on another site stays unmarked. Names and figures alone do not tell it from an
independent report of the same event: on the dev stories the order-preserving,
rarity-weighted overlap of transliterated names and figures reaches 0.39–0.46 between
independent reports in two languages, and 0.10–0.31 for most gold translations; aligned
sentence by sentence on their numbers and capitalised words (folded to four letters),
independent reports in two languages align up to 3 sentences (a third of the shorter text),
as many as the one faithful translation and more than the rewrites into another language (2);
adding the first five letters of long words (cognates) dilutes the sentences until no pair
aligns two; and the rarity-weighted longest common subsequence of figures and folded
Latin-script names over whole texts covers 0.05–0.56 of the shorter text's weight for gold
translations and up to 0.56–0.80 for independent reports with five or more shared items.
Measured since on all four dev stories (23 of 59 gold pairs unmarked), two more signals fail
as well. Words cut to their first five letters in the reworded test (a rewrite's
"purchasing" meets "purchase") align 4–5 sentences (a third of the shorter text) in the two
rewrites it would add, and as many in reports of one release that no gold line pairs (a joint
statement relayed by several sites, a government's summary of it): 9 false marks for 2 found.
Sentences aligned in order on language-independent anchors only (figures; number, ordinal,
weekday and month words mapped to one key through the language packs; capitalised names
folded to four letters of :func:`~communique.lang.names.spelling_key` and kept when two
languages of the batch hold them; a sentence pair counting when it shares half the weight of
the heavier, two anchors, one held by at most a quarter of the batch): the two cross-site
translations it would add align 3 sentences, 0.31–0.34 of the longer text's anchor weight,
while independent reports in two languages align 3 as well at 0.27–0.29, and two retellings
of one wire report that no gold line pairs 0.38. Neither is used.
On the synthetic spins of ``tests/clean/test_dedup.py``
(sentence swaps, one word in 25 replaced, clutter added, the last tenth dropped) containment
stays above 0.5.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Generic, TypeVar

import numpy as np
import numpy.typing as npt

from communique.clean._dateline_days import other_datelines
from communique.clean._dates import find_dates
from communique.clean._editions import edition_pairs, headline_pairs
from communique.clean._pooled import Partial, pooled_links
from communique.clean._reworded_memo import RewordedMemo, Rewording
from communique.clean._rewrites import (
    MIN_ALIGNED,
    MIN_SHARE,
    Sentence,
    Weights,
    is_reworded,
    scored_pairs,
    scored_strong_pairs,
    sentence_texts,
    sentence_words,
    strong_pairs,
)
from communique.clean._statements import QUOTED, statement_links
from communique.model.ids import normalize_for_hash

_T = TypeVar("_T")

__all__ = [
    "DEFAULT_THRESHOLD",
    "HALF_SHARE",
    "LOW_CONTAINMENT",
    "MIN_SHARED",
    "PART_CONTAINMENT",
    "SHINGLE",
    "DedupCache",
    "DedupItem",
    "containment",
    "find_duplicates",
    "shingle_hashes",
]

SHINGLE = 5
"""Words per shingle."""
DEFAULT_THRESHOLD = 0.3
"""Containment at or above which two documents are copies (see module doc)."""
MIN_SHARED = 15
"""Fewer shared shingles than this never make a copy, whatever the ratio (two tiny texts)."""
SAMPLE_EVERY = 2
"""One shingle in this many (by hash) goes into the candidate index."""
MIN_SAMPLED_HITS = 2
"""Indexed shingles two documents must share to be compared at all."""
MAX_POSTING = 50
"""A shingle in more documents than this is a stock phrase and indexes nothing, so a batch of
thousands of pages sharing a footer cannot make the run quadratic."""
PART_CONTAINMENT = 0.2
"""Shingle containment (two thirds of :data:`DEFAULT_THRESHOLD`) at which a pair that aligns
one sentence too few to be a reworded copy is a copy all the same (see the module doc)."""
LOW_CONTAINMENT = 0.15
"""Shingle containment (half of :data:`DEFAULT_THRESHOLD`) at which a pair with a stronger
sentence alignment is a copy all the same (see :func:`_both_in_part`)."""
HALF_SHARE = 0.5
"""Share of the shorter text's sentences aligned at which :data:`LOW_CONTAINMENT` suffices."""
REWORDED_HITS = 8
"""Indexed word pairs (of unquoted sentences) two documents must share to be compared as
reworded copies: a spin keeps names and figures side by side, seldom five words in a row."""

Hashes = npt.NDArray[np.uint64]

_TOKEN = re.compile(r"\w+")
_MULT = np.uint64(0x100000001B3)  # FNV-64 prime, odd: a bijective step in the window polynomial


@dataclass(frozen=True, slots=True)
class DedupItem:
    """One document as duplicate detection needs it."""

    id: str
    text: str
    published: date | None = None
    order: int = 0
    """Position in the batch; breaks ties between copies published the same day (or undated)."""
    url: str | None = None
    """The address it was read from: language editions of one article share it in part."""
    language: str | None = None
    """The language of its text, when known."""


def _splitmix(values: Hashes) -> Hashes:
    """The splitmix64 finaliser: a fast, well-mixing bijection on 64-bit integers."""
    with np.errstate(over="ignore"):
        z = values.copy()
        z ^= z >> np.uint64(30)
        z *= np.uint64(0xBF58476D1CE4E5B9)
        z ^= z >> np.uint64(27)
        z *= np.uint64(0x94D049BB133111EB)
        z ^= z >> np.uint64(31)
    return z


def _word_hash(word: str, cache: dict[str, int]) -> int:
    """Stable 64-bit hash of a word (BLAKE2b), memoised for the run."""
    value = cache.get(word)
    if value is None:
        value = int.from_bytes(hashlib.blake2b(word.encode("utf-8"), digest_size=8).digest(),
                               "little")
        cache[word] = value
    return value


def _segments(text: str, quotes: bool = False) -> list[list[str]]:
    """Casefolded word tokens of the text outside quotations, one list per unquoted stretch
    (with ``quotes``, of the whole text as one stretch)."""
    folded = unicodedata.normalize("NFKC", text).casefold()
    if quotes:
        return [_TOKEN.findall(folded)]
    return [_TOKEN.findall(part) for part in QUOTED.split(folded)]


def _window_hashes(words: list[str], cache: dict[str, int], width: int = SHINGLE) -> Hashes:
    """Hashes of the word ``width``-windows of one stretch (none if it is shorter)."""
    if len(words) < width:
        return np.zeros(0, dtype=np.uint64)
    hashes = np.array([_word_hash(w, cache) for w in words], dtype=np.uint64)
    count = len(hashes) - width + 1
    with np.errstate(over="ignore"):
        window = hashes[:count].copy()
        for offset in range(1, width):
            window = window * _MULT + hashes[offset : offset + count]
    return _splitmix(window)


def _pair_hashes(sentences_words: list[list[str]], cache: dict[str, int]) -> Hashes:
    """Sorted distinct hashes of the word pairs within each sentence (none across two)."""
    words = [w for sentence in sentences_words for w in sentence]
    if len(words) < 2:
        return np.zeros(0, dtype=np.uint64)
    pairs = _window_hashes(words, cache, 2)
    # A pair whose second word opens a sentence spans two sentences: left out.
    opens = np.cumsum([len(sentence) for sentence in sentences_words])[:-1]
    keep = np.ones(pairs.size, dtype=bool)
    keep[opens - 1] = False
    return np.unique(pairs[keep])


def shingle_hashes(text: str, cache: dict[str, int] | None = None, quotes: bool = False
                   ) -> Hashes:
    """Return the sorted distinct 64-bit hashes of the unquoted word 5-shingles of ``text``.

    Shingles never span a quotation: the words before and after one are separate stretches.
    Case, punctuation, quote styles and spacing do not matter. With ``quotes`` the words inside
    quotations count too (see :mod:`communique.clean._statements`).
    """
    memo = cache if cache is not None else {}
    parts = [_window_hashes(words, memo) for words in _segments(text, quotes)]
    if not parts:
        return np.zeros(0, dtype=np.uint64)
    return np.unique(np.concatenate(parts))


def containment(first: Hashes, second: Hashes) -> tuple[float, int]:
    """The share of the smaller shingle set found in the larger, and the shared count."""
    if first.size == 0 or second.size == 0:
        return 0.0, 0
    shared = int(np.intersect1d(first, second, assume_unique=True).size)
    return shared / min(first.size, second.size), shared


@dataclass(slots=True)
class DedupCache:
    """What duplicate detection learnt about documents and pairs, kept between runs.

    Everything here is a pure function of document texts (keyed by document id, and ids name
    one text for good): a document's exact key and shingle hashes, and whether a candidate pair
    is a copy (containment and the series test, at :data:`DEFAULT_THRESHOLD`). Reworded copies'
    alignments are kept in :attr:`reworded` and read back only while the batch's word weights
    have moved less than each one's margin (:mod:`communique.clean._reworded_memo`). A run given a
    cache reads what it holds and computes only what is missing, so it finds exactly what a run
    from scratch finds; candidate pairs are still chosen over the whole batch each time (the
    :data:`MAX_POSTING` cut depends on every document), which is cheap once nothing is hashed.
    ``fresh_*`` list what this run added, for the caller to persist.
    """

    keys: dict[str, str] = field(default_factory=dict)
    shingles: dict[str, Hashes] = field(default_factory=dict)
    links: dict[tuple[str, str], bool] = field(default_factory=dict)
    """Verdicts of candidate pairs, keyed by the two ids in sorted order."""
    pairs: dict[str, Hashes] = field(default_factory=dict)
    """The reworded-copy index of each text: hashes of the word pairs of its sentences."""
    reworded: RewordedMemo = field(default_factory=RewordedMemo)
    """Kept reworded-copy alignments and what reading them back needs."""
    fresh_documents: set[str] = field(default_factory=set)
    fresh_links: list[tuple[str, str]] = field(default_factory=list)

    def key(self, item: DedupItem) -> str:
        """The exact key of ``item``'s text."""
        value = self.keys.get(item.id)
        if value is None:
            value = self.keys[item.id] = _exact_key(item.text)
            self.fresh_documents.add(item.id)
        return value

    def hashes(self, item: DedupItem, words: dict[str, int]) -> Hashes:
        """The shingle hashes of ``item``'s text."""
        value = self.shingles.get(item.id)
        if value is None:
            value = self.shingles[item.id] = shingle_hashes(item.text, words)
            self.fresh_documents.add(item.id)
        return value

    def sentence_pairs(self, item: DedupItem, words: dict[str, int]) -> Hashes:
        """The word-pair hashes of ``item``'s unquoted sentences (empty when it has none)."""
        value = self.pairs.get(item.id)
        if value is None:
            found = sentence_words(item.text)
            value = self.pairs[item.id] = (_pair_hashes(found, words) if found
                                           else np.zeros(0, dtype=np.uint64))
            self.fresh_documents.add(item.id)
        return value

    def linked(self, first: DedupItem, second: DedupItem, a: Hashes, b: Hashes,
               threshold: float) -> bool:
        """Whether two candidate documents are copies (looked up, else decided and kept)."""
        if threshold != DEFAULT_THRESHOLD:
            return _copies(first, second, a, b, threshold)
        pair = (first.id, second.id) if first.id <= second.id else (second.id, first.id)
        value = self.links.get(pair)
        if value is None:
            value = self.links[pair] = _copies(first, second, a, b, threshold)
            self.fresh_links.append(pair)
        return value


def _copies(first: DedupItem, second: DedupItem, a: Hashes, b: Hashes, threshold: float
            ) -> bool:
    """Whether two documents are copies: containment, shared count, and no series."""
    ratio, shared = containment(a, b)
    return (ratio >= threshold and shared >= MIN_SHARED
            and not _series(first.text, second.text))


class _Groups:
    """Union-find over document positions, so that duplicate chains share one root."""

    def __init__(self, size: int) -> None:
        self.parent = list(range(size))

    def find(self, index: int) -> int:
        """Return the representative of ``index``'s group (with path halving)."""
        parent = self.parent
        while parent[index] != index:
            parent[index] = parent[parent[index]]
            index = parent[index]
        return index

    def union(self, first: int, second: int) -> None:
        """Merge the groups of two positions."""
        a, b = self.find(first), self.find(second)
        if a != b:
            self.parent[max(a, b)] = min(a, b)


def _exact_key(text: str) -> str:
    """Exact-duplicate key: SHA-256 of the text with white space folded."""
    return hashlib.sha256(normalize_for_hash(text).encode("utf-8")).hexdigest()


def _candidates(shingles: Sequence[Hashes | None], least: int = MIN_SAMPLED_HITS
                ) -> list[tuple[int, int]]:
    """Pairs of documents that share at least ``least`` indexed shingles.

    Postings (the documents of one sampled hash) are turned into pairs with array operations,
    a batch of postings of one size at a time, and the pairs counted by sorting: counting them
    one by one in Python was most of duplicate detection in a big story.
    """
    keys: list[Hashes] = []
    owners: list[npt.NDArray[np.int64]] = []
    for index, hashes in enumerate(shingles):
        if hashes is None:
            continue
        sampled = hashes[hashes % np.uint64(SAMPLE_EVERY) == 0]
        keys.append(sampled)
        owners.append(np.full(sampled.size, index, dtype=np.int64))
    if not keys:
        return []
    flat = np.concatenate(keys)
    who = np.concatenate(owners)
    order = np.argsort(flat, kind="stable")
    flat, who = flat[order], who[order]
    starts = np.flatnonzero(np.r_[True, flat[1:] != flat[:-1]])
    sizes = np.diff(np.r_[starts, flat.size])
    chosen = (sizes > 1) & (sizes <= MAX_POSTING)
    codes, counts = _pair_counts(_postings(who, starts[chosen], sizes[chosen]), len(shingles))
    found = codes[counts >= least]
    return list(zip((found // len(shingles)).tolist(), (found % len(shingles)).tolist(),
                    strict=True))


_PAIRS_AT_ONCE = 4_000_000
"""About how many document pairs :func:`_postings` hands out at once (memory, not results)."""


def _postings(who: npt.NDArray[np.int64], starts: npt.NDArray[np.intp],
              sizes: npt.NDArray[np.intp]) -> Iterator[npt.NDArray[np.int64]]:
    """The distinct owners of each chosen posting, as one matrix per posting size (a row per
    posting, owners ascending; a document listed twice in a posting counts once)."""
    for size in np.unique(sizes).tolist():
        first = starts[sizes == size]
        # A batch of postings at a time: the pairs of a big story's postings at once would
        # hold hundreds of megabytes.
        step = max(1, _PAIRS_AT_ONCE // (size * size))
        for at in range(0, first.size, step):
            rows = who[first[at : at + step][:, None] + np.arange(size)]
            rows.sort(axis=1)
            repeated = (rows[:, 1:] == rows[:, :-1]).any(axis=1)
            for row in rows[repeated]:
                distinct = np.unique(row)
                if distinct.size > 1:
                    yield distinct[None, :]
            if not repeated.all():
                yield rows[~repeated]


def _pair_counts(postings: Iterable[npt.NDArray[np.int64]], total: int
                 ) -> tuple[npt.NDArray[np.int64], npt.NDArray[np.int64]]:
    """Each pair of documents that share a posting, coded ``first * total + second`` (first <
    second), ascending, with the number of postings it shares.

    Postings with the same documents (copies share most of their hashes) are counted once,
    weighted by how many there are, before their pairs are made.
    """
    codes: list[npt.NDArray[np.int64]] = []
    weights: list[npt.NDArray[np.int64]] = []
    for rows in postings:
        distinct, times = np.unique(rows, axis=0, return_counts=True)
        first, second = np.triu_indices(rows.shape[1], 1)
        codes.append((distinct[:, first] * total + distinct[:, second]).ravel())
        weights.append(np.repeat(times.astype(np.int64), first.size))
    if not codes:
        empty = np.zeros(0, dtype=np.int64)
        return empty, empty
    flat = np.concatenate(codes)
    order = np.argsort(flat, kind="stable")
    flat = flat[order]
    starts = np.flatnonzero(np.r_[True, flat[1:] != flat[:-1]])
    return flat[starts], np.add.reduceat(np.concatenate(weights)[order], starts)


def _series(first: str, second: str) -> bool:
    """Whether each text states a full date the other never mentions, or their datelines give
    two days (two reports of a series)."""
    return other_datelines(first, second) or _differ(
        frozenset(m.day for m in find_dates(first)), frozenset(m.day for m in find_dates(second)))


def _differ(a: frozenset[date], b: frozenset[date]) -> bool:
    """Whether each set of days holds one the other lacks (see :func:`_series`)."""
    return bool(a - b) and bool(b - a)


def _link_near(items: Sequence[DedupItem], shingles: Sequence[Hashes | None], groups: _Groups,
               threshold: float, cache: DedupCache) -> None:
    """Join candidate pairs whose containment reaches the threshold and that are no series."""
    for first, second in _candidates(shingles):
        if groups.find(first) == groups.find(second):
            continue
        a, b = shingles[first], shingles[second]
        if a is None or b is None:
            continue
        if cache.linked(items[first], items[second], a, b, threshold):
            groups.union(first, second)


def _link_statements(items: Sequence[DedupItem], compared: Sequence[str | None],
                     groups: _Groups, words: dict[str, int], threshold: float) -> None:
    """Join a text that is mostly quotation with a text that holds it, quotations included
    (see :mod:`communique.clean._statements`), at the threshold of ordinary copies."""

    def copies(first: int, second: int, a: Hashes, b: Hashes) -> bool:
        return (groups.find(first) != groups.find(second)
                and _copies(items[first], items[second], a, b, threshold))

    for first, second in statement_links(
            compared, lambda text: shingle_hashes(text, words, quotes=True), _candidates, copies):
        groups.union(first, second)


def _link_reworded(items: Sequence[DedupItem], shingles: Sequence[Hashes | None],
                   groups: _Groups, words: dict[str, int], cache: DedupCache
                   ) -> tuple[list[Partial], list[int]]:
    """Join candidate pairs that tell the same sentences in other words and are no series.

    The word weights depend on the whole batch, so a kept alignment is read back only while
    the weights have moved less than its margin allows
    (:mod:`communique.clean._reworded_memo`): the answer is a fresh run's. The index of each
    text is kept (``cache``), and its sentences are read only when one of its pairs is to be
    aligned afresh. Returns the pairs that align too few sentences to be copies alone (none of
    them a series), for :func:`communique.clean._pooled.pooled_links`, and each document's
    sentence count.
    """
    index = [cache.sentence_pairs(item, words) if hashes is not None else None
             for item, hashes in zip(items, shingles, strict=True)]
    pairs = [(a, b) for a, b in _candidates(index, REWORDED_HITS)
             if groups.find(a) != groups.find(b)]
    if not pairs:
        return [], []
    memo = cache.reworded
    texts = _PerText([item.text for item in items], _sentence_sets)
    live = [i for i, hashes in enumerate(shingles) if hashes is not None]
    for position in live:
        if items[position].id not in memo.words:
            told = texts.of(position)
            memo.describe(items[position].id, _set_hashes(told, words), len(told))
    memo.settle([items[i].id for i in live], len(items))
    counts = [memo.sentences[item.id] if hashes is not None else 0
              for item, hashes in zip(items, shingles, strict=True)]
    weights: Weights | None = None
    days = _SentenceDays(items, memo)
    partials: list[Partial] = []
    for first, second in pairs:
        if groups.find(first) == groups.find(second):
            continue
        a, b = items[first].id, items[second].id
        found = memo.get(a, b)
        if found is None:
            weights = weights or memo.weights(words, _word_hash)
            found = _rewording(memo, (a, b), (texts.of(first), texts.of(second)), weights,
                               (days.of(first), days.of(second)),
                               (shingles[first], shingles[second]))
        run = found.run
        if not run or found.series or other_datelines(items[first].text, items[second].text):
            continue
        if _copy_by_run(run, counts[first], counts[second], shingles[first], shingles[second]
                        ) or _strong_enough(found.strong, counts[first], counts[second]):
            groups.union(first, second)
        else:
            partials.append(Partial(first, second, frozenset(i for i, _ in run),
                                    frozenset(j for _, j in run)))
    return partials, counts


def _copy_by_run(run: Sequence[tuple[int, int]], first: int, second: int, a: Hashes | None,
                 b: Hashes | None) -> bool:
    """Whether an alignment alone (with the shingles, no weight) makes two texts of ``first``
    and ``second`` sentences a copy."""
    return is_reworded(run, first, second) or _both_in_part(run, first, second, a, b)


def _rewording(memo: RewordedMemo, ids: tuple[str, str],
               told: tuple[Sequence[Sentence], Sequence[Sentence]], weights: Weights,
               days: tuple[Sequence[frozenset[date]], Sequence[frozenset[date]]],
               shingles: tuple[Hashes | None, Hashes | None]) -> Rewording:
    """Align a pair afresh and keep the result with its margin.

    How many sentences are told nearly word for word is worked out only when the verdict
    asks (a copy neither by its run nor a series): while the run stands, so does that need.
    """
    first, second = told
    run, margin = scored_pairs(first, second, weights)
    series = bool(run) and _series_sentences(days[0], days[1], run)
    strong = -1
    if run and not series and not _copy_by_run(run, len(first), len(second), *shingles):
        strong, strong_margin = scored_strong_pairs(run, first, second, weights)
        margin = min(margin, strong_margin)
    return memo.keep(*ids, run, strong, series, margin)


def _set_hashes(found: Sequence[Sentence], words: dict[str, int]) -> Hashes:
    """Sorted distinct hashes of the words of a text's sentences."""
    distinct = set().union(*found) if found else set()
    return np.unique(np.array([_word_hash(w, words) for w in distinct], dtype=np.uint64))


class _PerText(Generic[_T]):
    """What ``read`` makes of each text, read once per text when first asked for.

    A text meets many others (every page under a shared headline meets every other page of
    it): reading both texts once per pair read each text thousands of times over in a big
    story.
    """

    def __init__(self, texts: Sequence[str], read: Callable[[str], _T]) -> None:
        self.texts = texts
        self.read = read
        self.found: dict[int, _T] = {}

    def of(self, position: int) -> _T:
        """What ``read`` makes of the text at ``position``."""
        if position not in self.found:
            self.found[position] = self.read(self.texts[position])
        return self.found[position]


def _sentence_sets(text: str) -> list[Sentence]:
    """A text's unquoted sentences (:func:`sentence_words`) as word sets."""
    return [frozenset(s) for s in sentence_words(text)]


def _stated_days(text: str) -> frozenset[date]:
    """The full dates a text states."""
    return frozenset(m.day for m in find_dates(text))


def _link_editions(items: Sequence[DedupItem], shingles: Sequence[Hashes | None],
                   groups: _Groups) -> None:
    """Join the language editions and the pages of one article on one site (see
    :mod:`communique.clean._editions`); pages under one headline that report a series stay
    apart."""
    live = [i for i, hashes in enumerate(shingles) if hashes is not None]
    urls = [items[i].url for i in live]
    texts = [items[i].text for i in live]
    for first, second in edition_pairs(urls, texts, [items[i].language for i in live]):
        groups.union(live[first], live[second])
    days = _PerText(texts, _stated_days)
    for first, second in headline_pairs(urls, texts):
        # A pair already joined (as copies, or through a third page) has nothing to decide:
        # joining it again changes nothing, and reading its dates cost more than all the rest.
        if groups.find(live[first]) != groups.find(live[second]) and not _differ(
                days.of(first), days.of(second)) and not other_datelines(texts[first],
                                                                          texts[second]):
            groups.union(live[first], live[second])


def _both_in_part(run: Sequence[tuple[int, int]], first: int, second: int,
                  a: Hashes | None, b: Hashes | None) -> bool:
    """Whether two texts are a copy on two signals that each fall short alone.

    A short copy re-cut and lightly reworded keeps some 5-word runs and some sentences, too
    few of either for one test; an independent report that comes close on one signal is far
    from the other (see the module doc, step 6). The more one signal gives, the less the other
    must (both with at least :data:`MIN_SHARED` shared shingles):

    * one sentence less than :data:`communique.clean._rewrites.MIN_ALIGNED`, still
      :data:`MIN_SHARE` of the shorter text, with a containment of :data:`PART_CONTAINMENT`;
    * as many sentences, but half the shorter text or more (:data:`HALF_SHARE`), or the full
      :data:`~communique.clean._rewrites.MIN_ALIGNED` sentences whatever their share (a later
      version of a wire story keeps its opening but grows other paragraphs), with a
      containment of :data:`LOW_CONTAINMENT`.
    """
    if a is None or b is None or len(run) < MIN_ALIGNED - 1:
        return False
    share = len(run) / max(1, min(first, second))
    if share < MIN_SHARE and len(run) < MIN_ALIGNED:
        return False
    ratio, shared = containment(a, b)
    if shared < MIN_SHARED or ratio < LOW_CONTAINMENT:
        return False
    return ratio >= PART_CONTAINMENT or len(run) >= MIN_ALIGNED or share >= HALF_SHARE


def _nearly_word_for_word(run: Sequence[tuple[int, int]], first: Sequence[Sentence],
                          second: Sequence[Sentence], weights: Weights) -> bool:
    """Whether half a short text or more is told nearly word for word by the other, in order.

    A brief of three or four sentences copied with its clauses recast keeps too few 5-word
    runs for any containment test (its shingles are few to begin with) and too few sentences
    for the reworded test, yet each sentence it keeps matches its source almost whole. At
    least :data:`~communique.clean._rewrites.MIN_ALIGNED` − 1 aligned sentences must reach
    :data:`~communique.clean._rewrites.STRONG_MATCH`, and they must be at least
    :data:`HALF_SHARE` of the shorter text (see the module doc for the margin).
    """
    return _strong_enough(strong_pairs(run, first, second, weights), len(first), len(second))


def _strong_enough(strong: int, first: int, second: int) -> bool:
    """Whether ``strong`` sentences told nearly word for word make texts of ``first`` and
    ``second`` sentences a copy (see :func:`_nearly_word_for_word`)."""
    return strong >= MIN_ALIGNED - 1 and strong >= HALF_SHARE * max(1, min(first, second))


class _SentenceDays:
    """The full dates each unquoted sentence of a text states, read once per text when first
    asked for (a text meets many others: reading its sentences' dates once per pair was a
    third of duplicate detection in a big batch), and kept with the text's words."""

    def __init__(self, items: Sequence[DedupItem], memo: RewordedMemo) -> None:
        self.items = items
        self.memo = memo

    def of(self, position: int) -> Sequence[frozenset[date]]:
        """The days of each sentence (:func:`sentence_texts`) of the text at ``position``."""
        doc_id = self.items[position].id
        known = self.memo.sentence_days(doc_id)
        if known is None:
            known = tuple(frozenset(m.day for m in find_dates(sentence))
                          for sentence in sentence_texts(self.items[position].text))
            self.memo.keep_days(doc_id, known)
        return known


def _series_sentences(first: Sequence[frozenset[date]], second: Sequence[frozenset[date]],
                      run: Sequence[tuple[int, int]]) -> bool:
    """Whether two aligned sentences give different full dates (one template, two days):
    ``first`` and ``second`` are the days of each sentence of the two texts.

    A reworded copy keeps a date or drops it, and may add one elsewhere; two reports of a
    series written on one template differ in the dates of the sentences that correspond.
    """
    for i, j in run:
        days_a, days_b = first[i], second[j]
        if days_a and days_b and days_a.isdisjoint(days_b):
            return True
    return False


def _sort_key(item: DedupItem) -> tuple[int, date, int, str]:
    """Earliest copy first: dated before undated, then by date, order and id."""
    return (item.published is None, item.published or date.max, item.order, item.id)


def find_duplicates(
    items: Sequence[DedupItem], threshold: float = DEFAULT_THRESHOLD,
    cache: DedupCache | None = None,
) -> dict[str, tuple[str, str]]:
    """Map each duplicate's id to ``(id of the earliest copy, "exact" | "near")``.

    Documents that are nobody's duplicate are absent from the answer, and so is each group's
    earliest copy. ``exact`` means the same text once white space is folded; ``near`` means a
    containment of at least ``threshold`` on unquoted word shingles with some member of the
    group. Empty texts are never duplicates. Runs in time roughly linear in the number of
    documents. ``cache`` (see :class:`DedupCache`) spares the hashing and the pair checks of
    earlier runs; the answer is the same with it or without.
    """
    cache = cache if cache is not None else DedupCache()
    groups = _Groups(len(items))
    first_by_key: dict[str, int] = {}
    keys: list[str] = []
    shingles: list[Hashes | None] = []
    words: dict[str, int] = {}
    compared: list[str | None] = []  # the texts compared at all (no empty text, no twin)
    for index, item in enumerate(items):
        key = cache.key(item)
        keys.append(key)
        if not normalize_for_hash(item.text):
            shingles.append(None)
            compared.append(None)
            continue
        if key in first_by_key:
            groups.union(first_by_key[key], index)
            shingles.append(None)  # its twin already stands for it in the index
            compared.append(None)
            continue
        compared.append(item.text)
        first_by_key[key] = index
        hashes = cache.hashes(item, words)
        shingles.append(hashes if hashes.size >= MIN_SHARED else None)
    _link_near(items, shingles, groups, threshold, cache)
    _link_statements(items, compared, groups, words, threshold)
    partials, sentence_counts = _link_reworded(items, shingles, groups, words, cache)
    _link_editions(items, shingles, groups)
    # Last, once the groups stand: a rewrite that each copy of its source shows only in part.
    for document, member in pooled_links(partials, groups.find, sentence_counts):
        groups.union(document, member)
    return _resolve(items, groups, keys)


def _resolve(
    items: Sequence[DedupItem], groups: _Groups, keys: list[str]
) -> dict[str, tuple[str, str]]:
    """Point every non-root member of each group at the group's earliest copy."""
    members: dict[int, list[int]] = {}
    for index in range(len(items)):
        members.setdefault(groups.find(index), []).append(index)
    result: dict[str, tuple[str, str]] = {}
    for group in members.values():
        if len(group) < 2:
            continue
        root = min(group, key=lambda i: _sort_key(items[i]))
        for index in group:
            if index != root:
                kind = "exact" if keys[index] == keys[root] else "near"
                result[items[index].id] = (items[root].id, kind)
    return result
