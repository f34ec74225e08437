"""Persisted builds: save a build into a store, and add articles to a stored story.

``add`` is incremental where it costs: only articles the store has not seen are extracted
(the expensive, per-document stage) and committed (:func:`commit_documents`). Dossier order,
duplicate marks and the story are then recomputed from the stored annotations of every article
(:func:`settle_story`) — all linear in the corpus (blocking, no all-pairs comparison), so a
story built at once and one built by adding articles one by one are the same.

What is kept between runs is derived data only, each piece a pure function of stored texts:
duplicate detection's index (exact keys, shingle hashes, reworded-copy word pairs, verdicts of
the pairs compared, and the reworded-copy alignments with the margin by which the batch's word
weights may move under them; see :class:`~communique.clean._dedup.DedupCache` and
:mod:`communique.clean._reworded_memo`), so an ``add`` hashes and compares only what is new,
and the merge's text memo (what a merge step reads from one text alone, such as the weekdays
written beside dates; see :class:`~communique.model.memo.TextMemo`), so a merge reads only
the new texts for it; values a merge step reads from one article's text *and annotations*
(the countries it names) are kept the same way, keyed by the digests of
both (:meth:`~communique.model.memo.TextMemo.get_annotated`; the store digests each article's
annotations as it loads them); and the outputs of merge steps that split by block (each dated
event's participant contradictions, each article's claim facts), keyed by a digest of the
block's inputs and checked against the story-wide answers they read
(:mod:`communique.merge._blocks`, :mod:`communique.merge._fact_blocks`), so that a merge
works out only the blocks new articles reach. The steps that need the whole batch are
recomputed from it every time, cheaply: candidate pairs (a stock phrase's cut depends on every
article), batch dates and the roots of copy groups.
The merge is still redone over every stored annotation — every ``add`` is a full re-merge, the
fallback an incremental merge would keep for global changes — because each of its stages reads
something global: entity resolution settles one type per name and the country list over the
whole story, and every later stage (events, claims, quotes, positions, contradictions, the
timeline, the digest) reads the entities it resolved; sort orders and support counts span the
story. What keeps it affordable is that no stage compares more than it must (syndicated copies
are compared once per distinct text or statement), and the saved story is written row by row
only where it changed (:func:`communique.store._story.replace_story`).
:func:`rebuild_story` (``communique rebuild``) recomputes everything, the index included,
through the same :func:`_settled`: the story must come out unchanged.

Crash safety: new articles are extracted in batches and each batch is committed together with
its annotations, so a killed run loses at most the batch in flight; running the same ``add``
again skips what was committed and finishes the rest (documents stored without annotations are
picked up too). An article whose extraction fails is reported and not stored.

Concurrency: writers (``add`` runs, the API) may run at once, in any number of processes. Each
commits its articles, then *settles* the story: it reads every committed document and annotation
in one transaction, recomputes order and duplicate marks, merges, and saves the story together
with the changed documents only if nothing was committed since it read (:meth:`Store.save_story`
with ``covers``). When something was, the writer that committed it settles after it, so the
story saved last always covers every stored document; a writer whose articles a newer story
already covers does not merge at all.
"""

from __future__ import annotations

import gc
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from communique.clean._dedup import DedupCache
from communique.errors import StoreError
from communique.model import Document, Skipped
from communique.model.annotations import Annotations
from communique.model.memo import TextMemo
from communique.model.story import Story
from communique.pipeline import (
    BuildOptions,
    BuildResult,
    Progress,
    date_from_batch,
    ingest_and_clean,
    mark_duplicates,
    merge_dated,
    no_progress,
    split_failures,
)

if TYPE_CHECKING:
    from communique.extract import ExtractOptions, Extractor
    from communique.store import Corpus as StoredCorpus
    from communique.store import Store, StoreState

COMMIT_BATCH = 64
"""Articles extracted and committed together by ``add``."""


@dataclass(frozen=True, slots=True)
class UpdateResult:
    """What an ``add`` did: the whole stored corpus and story, and what was new."""

    documents: tuple[Document, ...]
    skipped: tuple[Skipped, ...]
    story: Story
    added: tuple[str, ...]
    extracted: tuple[str, ...]
    """Ids extracted by this run: the new articles plus any stored without annotations."""
    timings: dict[str, float]


def _batches(items: Sequence[Document], size: int) -> Iterable[list[Document]]:
    """Consecutive batches of ``items``."""
    for start in range(0, len(items), size):
        yield list(items[start : start + size])


def save_build(result: BuildResult, db: str) -> None:
    """Store every document and annotation of a finished build and settle the story.

    The build's own story is saved when the store holds exactly the build's documents (a new
    store, or the same build again); otherwise the story is merged from everything stored.
    """
    from communique.store import open_store

    annotations = {a.document_id: a for a in result.annotations}
    # Numbered in dossier order, as settle_story numbers what is stored.
    documents = [replace(d, order=i) for i, d in enumerate(result.documents)]
    with open_store(db) as store:
        for batch in _batches(documents, COMMIT_BATCH * 4):
            store.add_documents(batch, [annotations[d.id] for d in batch if d.id in annotations])
        if result.story is not None:
            settle_story(store, (documents, result.story))


@dataclass(frozen=True, slots=True)
class StoreUpdate:
    """What adding documents to an open store did."""

    documents: tuple[Document, ...]
    """Every stored document, duplicate marks recomputed, in dossier order."""
    story: Story
    added: tuple[str, ...]
    extracted: tuple[str, ...]
    timings: dict[str, float]
    failed: tuple[Skipped, ...] = ()
    """Articles whose extraction failed (reported, not stored)."""


@dataclass(frozen=True, slots=True)
class Committed:
    """What :func:`commit_documents` stored."""

    added: tuple[str, ...]
    """Ids new to the store."""
    extracted: tuple[str, ...]
    """Ids extracted and stored by this call (new, or stored earlier without annotations)."""
    failed: tuple[Skipped, ...]
    """Articles whose extraction failed (reported, not stored)."""
    revision: int
    """The store's revision once everything was committed."""


def update_store(
    store: Store,
    documents: Sequence[Document],
    options: ExtractOptions | None = None,
    *,
    load_extractor: Callable[[], Extractor] | None = None,
    progress: Progress = no_progress,
) -> StoreUpdate:
    """Add clean ``documents`` to an open store and update its story (the one write path):
    :func:`commit_documents`, then :func:`settle_story`."""
    t0 = time.perf_counter()
    committed = commit_documents(store, documents, options, load_extractor=load_extractor,
                                 progress=progress)
    timings = {"extract": time.perf_counter() - t0}
    t0 = time.perf_counter()
    final, story = settle_story(store, at_least=committed.revision, timings=timings)
    timings["merge"] = time.perf_counter() - t0
    return StoreUpdate(tuple(final), story, committed.added, committed.extracted, timings,
                       committed.failed)


def commit_documents(
    store: Store,
    documents: Sequence[Document],
    options: ExtractOptions | None = None,
    *,
    load_extractor: Callable[[], Extractor] | None = None,
    progress: Progress = no_progress,
) -> Committed:
    """Extract the documents the store lacks (and those stored without annotations) and commit
    them with their annotations, batch by batch. Reads no more of the store than the ids it
    needs: duplicate marks and dossier order are settled with the story.

    ``load_extractor`` is called only when something needs extracting (a server keeps one
    pipeline; the CLI loads it on demand).
    """
    from communique.extract import ExtractOptions

    options = options or ExtractOptions()
    unique = {d.id: d for d in reversed(documents)}  # the first of an id wins
    known = store.known_ids(list(unique))
    fresh = [d for d in documents if d.id not in known and unique.get(d.id) is d]
    if fresh:
        # Extraction reads dates against the publication date: a dateline without a year gets
        # it from the stored articles' dates before, as in a build of everything at once.
        fresh = date_from_batch(fresh, store.published_dates())
    resume = store.missing_annotations()
    todo = [*store.load_documents(resume), *fresh] if resume else fresh
    stored_now, failed = extract_into(store, todo, options, load_extractor=load_extractor,
                                      progress=progress) if todo else ([], [])
    added = set(stored_now)
    return Committed(tuple(d.id for d in fresh if d.id in added), tuple(stored_now),
                     tuple(failed), store.state().revision)


def extract_into(
    store: Store,
    documents: Sequence[Document],
    options: ExtractOptions,
    *,
    load_extractor: Callable[[], Extractor] | None = None,
    progress: Progress = no_progress,
) -> tuple[list[str], list[Skipped]]:
    """Extract ``documents`` and commit them with their annotations as the results stream in,
    :data:`COMMIT_BATCH` at a time, in the order given; return the ids stored and the failures.

    Nothing is held beyond the batch being committed and the batches in flight, so memory does
    not grow with the corpus (see :func:`communique.extract._pool.extract_stream`).
    """
    from communique.extract._pool import extract_stream

    extractor = None
    if options.engine == "local":
        from communique.extract import Extractor

        extractor = load_extractor() if load_extractor else Extractor(options.model)
    failed: list[Skipped] = []
    stored: list[str] = []
    ready: list[Document] = []
    annotated: list[Annotations] = []
    for batch, results in extract_stream(documents, options, progress, extractor):
        kept, found, bad = split_failures(batch, results)
        ready += kept
        annotated += found
        failed += bad
        if len(ready) >= COMMIT_BATCH:
            store.add_documents(ready, annotated)
            stored += [d.id for d in ready]
            ready, annotated = [], []
    if ready:
        store.add_documents(ready, annotated)
        stored += [d.id for d in ready]
    return stored, failed


def settle_story(store: Store, candidate: tuple[Sequence[Document], Story] | None = None,
                 *, at_least: int | None = None, timings: dict[str, float] | None = None,
                 ) -> tuple[list[Document], Story]:
    """Merge everything committed and save it as the story unless a newer one is stored.

    Reads the documents and annotations in one transaction, numbers them in dossier order,
    recomputes duplicate marks, merges (or takes ``candidate``'s story when its documents are
    exactly the stored ones) and saves the story with the changed documents (see the module
    docstring). Nothing is merged when the stored story already covers everything stored, or
    revision ``at_least`` (what the caller committed). Returns the documents and the story as
    this writer computed them, or the stored story when a newer one won. ``timings`` receives
    the seconds of each part (``settle.load``, ``.dedup``, ``.merge``, ``.save``).
    """
    with _collector_paused():
        return _settle(store, candidate, at_least, _Clock(timings))


@contextmanager
def _collector_paused() -> Iterator[None]:
    """Pause Python's cyclic garbage collector while a story is settled.

    Loading a big story allocates millions of long-lived objects (every stored annotation), and
    each full collection walks all of them again: at 10,000 articles that was a tenth of the
    settle. What a settle leaves behind is freed by reference counting; the collector runs again
    afterwards (and is left off if the caller had turned it off).
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def _settle(store: Store, candidate: tuple[Sequence[Document], Story] | None,
            at_least: int | None, clock: _Clock) -> tuple[list[Document], Story]:
    """The work of :func:`settle_story`, the collector paused."""
    if candidate is None and _covered(store.state(), at_least):
        # Merged from all the caller needs: nothing to do, and no annotation to read.
        stored = store.load_story()
        if stored is not None:
            return store.load_documents(), stored
    corpus = store.load_corpus()
    cache = store.load_dedup_cache()
    memo = store.load_text_memo()
    clock.lap("settle.load")
    documents, story = _settled(corpus, cache, candidate, clock, memo)
    store.save_dedup_cache(cache)
    store.save_text_memo(memo)
    before = {d.id: d for d in corpus.documents}
    changed = [d for d in documents if d != before[d.id]]
    saved = store.save_story(story, covers=corpus.revision, documents=changed)
    clock.lap("settle.save")
    if saved:
        return documents, story
    newer = store.load_story()
    return documents, newer if newer is not None else story


def _covered(state: StoreState, at_least: int | None) -> bool:
    """Whether the stored story covers every stored document, or revision ``at_least``."""
    covers = state.story_covers
    return covers is not None and (
        covers == state.revision or (at_least is not None and covers >= at_least))


class _Clock:
    """Laps of wall time into a timings dict (or nowhere)."""

    def __init__(self, timings: dict[str, float] | None) -> None:
        self.timings = timings
        self.last = time.perf_counter()

    def lap(self, name: str) -> None:
        """Record the seconds since the last lap under ``name``."""
        now = time.perf_counter()
        if self.timings is not None:
            self.timings[name] = self.timings.get(name, 0.0) + now - self.last
        self.last = now


def _settled(corpus: StoredCorpus, cache: DedupCache,
             candidate: tuple[Sequence[Document], Story] | None = None,
             clock: _Clock | None = None, memo: TextMemo | None = None,
             ) -> tuple[list[Document], Story]:
    """The documents (numbered, dated from the batch, duplicates marked) and the story of a
    stored corpus: the one computation that ``add`` and ``rebuild`` share (``cache`` and
    ``memo`` spare work and are filled in; they never change the answer)."""
    clock = clock or _Clock(None)
    numbered = [d if d.order == i else replace(d, order=i)
                for i, d in enumerate(corpus.documents)]
    documents = mark_duplicates(date_from_batch(numbered), cache)
    clock.lap("settle.dedup")
    if candidate is not None and list(candidate[0]) == documents:
        return documents, candidate[1]
    annotated = _annotated_only(documents, corpus.annotations)
    if memo is not None:
        # What the merge keeps per article from its annotations is keyed by their digest.
        memo.annotations = dict(corpus.digests)
    documents, story = merge_dated(documents, annotated, memo)
    clock.lap("settle.merge")
    return documents, story


def same_story(first: Story, second: Story) -> bool:
    """Whether two stories say the same (their merge timings aside)."""
    return replace(first, timings={}) == replace(second, timings={})


@dataclass(frozen=True, slots=True)
class Rebuilt:
    """What a full re-merge did."""

    documents: tuple[Document, ...]
    story: Story
    unchanged: bool
    """Whether the story (and every duplicate mark and date) came out as stored."""
    seconds: float


def rebuild_story(store: Store, *, tries: int = 5) -> Rebuilt:
    """Re-merge the story from the stored documents and annotations alone, recomputing the
    duplicate index from the texts, and store it (with any changed documents).

    What ``add`` keeps between runs is derived data; this recomputes all of it and must find
    what ``add`` found. When another writer commits meanwhile, it starts again (at most
    ``tries`` times; that writer settles the story after it anyway).
    """
    started = time.perf_counter()
    with _collector_paused():
        for _ in range(tries):
            rebuilt = _rebuild_once(store, started)
            if rebuilt is not None:
                return rebuilt
    raise StoreError("the story could not be rebuilt: other writers kept committing",
                     fix="run rebuild again when the store is quiet")


def _rebuild_once(store: Store, started: float) -> Rebuilt | None:
    """One try of :func:`rebuild_story`; ``None`` when another writer committed meanwhile."""
    corpus = store.load_corpus()
    cache = DedupCache()
    memo = TextMemo()
    documents, story = _settled(corpus, cache, memo=memo)
    before = {d.id: d for d in corpus.documents}
    changed = [d for d in documents if d != before[d.id]]
    stored = store.load_story()
    unchanged = not changed and stored is not None and same_story(stored, story)
    store.save_dedup_cache(cache, everything=True)
    store.save_text_memo(memo, everything=True)
    if store.save_story(story, covers=corpus.revision, documents=changed, again=True):
        return Rebuilt(tuple(documents), story, unchanged, time.perf_counter() - started)
    return None


def _annotated_only(documents: Sequence[Document], annotations: Sequence[Annotations]
                    ) -> list[Annotations]:
    """The annotations, in document order (documents without any contribute nothing)."""
    by_id = {a.document_id: a for a in annotations}
    return [by_id[d.id] for d in documents if d.id in by_id]


def add_to_store(
    specs: Iterable[str],
    db: str,
    options: BuildOptions | None = None,
    progress: Progress = no_progress,
) -> UpdateResult:
    """Add the articles in ``specs`` to the story stored at ``db`` and update the story."""
    from communique.store import open_store

    options = options or BuildOptions()
    documents, skipped, timings = ingest_and_clean(specs, options, progress)
    with open_store(db) as store:
        update = update_store(store, documents, options.extract, progress=progress)
    return UpdateResult(
        update.documents,
        (*skipped, *update.failed),
        update.story,
        update.added,
        update.extracted,
        {**timings, **update.timings},
    )
