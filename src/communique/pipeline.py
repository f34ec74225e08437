"""The main job: read, clean, find duplicates, extract, merge — one batch, in order.

This module wires the stages together; each stage lives in its own package and knows nothing of
the others. Interfaces (CLI, API) call :func:`build` and never the stages directly, so that the
same run behaves the same wherever it is started from.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from typing import TYPE_CHECKING

from communique.clean._batchdates import date_batch
from communique.clean._dates import PartialDate
from communique.clean._dedup import DedupCache, DedupItem, find_duplicates
from communique.clean._document import clean_article
from communique.errors import CommuniqueError
from communique.ingest import IngestOptions, read_inputs
from communique.model import Document, RawArticle, Skipped
from communique.model.annotations import Annotations
from communique.model.article import PublishedBasis
from communique.model.story import Story

if TYPE_CHECKING:
    from communique.extract import ExtractOptions
    from communique.merge import Estimate, TextMemo

Progress = Callable[[str, int, int | None], None]
"""Called as ``progress(stage, done, total)``; ``total`` is ``None`` while unknown."""


@dataclass(frozen=True, slots=True)
class BuildOptions:
    """Options of one build run."""

    ingest: IngestOptions = field(default_factory=IngestOptions)
    strict: bool = False
    """Fail (after reading everything) when any input was skipped."""
    extract: ExtractOptions | None = None
    """How to run the extract stage (defaults: the bundled model, one process)."""
    story: bool = True
    """Run extract and merge; ``False`` stops after cleaning and duplicate detection."""


@dataclass(frozen=True, slots=True)
class BuildResult:
    """What a build produced: clean documents in input order, skipped inputs, stage timings."""

    documents: tuple[Document, ...]
    skipped: tuple[Skipped, ...]
    timings: dict[str, float]
    annotations: tuple[Annotations, ...] = ()
    story: Story | None = None


def no_progress(stage: str, done: int, total: int | None) -> None:
    """Progress sink used when the caller does not want progress."""


def ingest_and_clean(
    specs: Iterable[str], options: BuildOptions, progress: Progress = no_progress
) -> tuple[list[Document], list[Skipped], dict[str, float]]:
    """Read every input and clean it; a document that fails to clean is skipped, not fatal."""
    documents: list[Document] = []
    skipped: list[Skipped] = []
    timings = {"ingest": 0.0, "clean": 0.0}
    seen: set[str] = set()
    started = time.perf_counter()
    for item in read_inputs(specs, options.ingest):
        timings["ingest"] += time.perf_counter() - started
        if isinstance(item, Skipped):
            skipped.append(item)
        else:
            t0 = time.perf_counter()
            clean_one(item, documents, skipped, seen)
            timings["clean"] += time.perf_counter() - t0
        progress("read", len(documents) + len(skipped), None)
        started = time.perf_counter()
    return documents, skipped, timings


def read_batch(
    specs: Iterable[str], options: BuildOptions, progress: Progress = no_progress
) -> tuple[list[Document], list[Skipped], dict[str, float]]:
    """Read and clean every input, date the undated ones from the batch and mark duplicates:
    what a build does before extraction, wherever its results go (memory or a store)."""
    documents, skipped, timings = ingest_and_clean(specs, options, progress)
    t0 = time.perf_counter()
    documents = mark_duplicates(date_from_batch(documents))
    timings["dedup"] = time.perf_counter() - t0
    return documents, skipped, timings


def clean_one(
    raw: RawArticle, documents: list[Document], skipped: list[Skipped], seen: set[str]
) -> None:
    """Clean one article into ``documents``; report it in ``skipped`` when that fails."""
    try:
        doc = clean_article(raw)
    except CommuniqueError as exc:
        skipped.append(Skipped(raw.source, exc.message, exc.code))
        return
    if not doc.text.strip():
        skipped.append(Skipped(raw.source, "no article text left after cleaning", "E201"))
        return
    if doc.id in seen:
        # Same content and URL read twice (the same file named twice, or copied): one article.
        skipped.append(Skipped(raw.source, f"same content as article {doc.id}, read once", "E122"))
        return
    seen.add(doc.id)
    documents.append(doc)


def date_from_batch(documents: Sequence[Document], others: Sequence[date] = ()) -> list[Document]:
    """Date what only the batch can date, and set aside dates the batch makes implausible.

    See :func:`communique.clean._batchdates.date_batch`: year-less datelines and "today"s take
    their year from the batch's dated articles; a date a year from all of them is dropped.
    ``others`` are the dates of articles stored earlier, which belong to the batch too.
    """
    return date_batch(documents, others)


def mark_duplicates(documents: Sequence[Document], cache: DedupCache | None = None
                    ) -> list[Document]:
    """Return ``documents`` with ``duplicate_of`` set on exact and near copies of earlier ones.

    ``cache`` holds hashes and pair verdicts of earlier runs (a store keeps one); the marks are
    the same with it or without.
    """
    items = [DedupItem(d.id, d.text, d.published, d.order, d.url, d.language)
             for d in documents]
    found = find_duplicates(items, cache=cache)
    # Marks are recomputed from scratch: a newly added, older copy can turn an earlier root
    # into a duplicate, so a stale mark must not survive.
    return [
        replace(d, duplicate_of=found[d.id][0], duplicate_kind=found[d.id][1])
        if d.id in found
        else replace(d, duplicate_of=None, duplicate_kind=None)
        for d in documents
    ]


def date_from_event(document: Document, value: PartialDate) -> Document:
    """``document`` dated by the story events it reports (a day, or only a month)."""
    note = f"publication {'day' if value.is_day else 'month'} {value.iso} read from the " \
           "weekday of a story event the text reports"
    if value.is_day:
        return replace(document, published=value.first, published_month=None,
                       published_basis=PublishedBasis.INFERRED, notes=(*document.notes, note))
    return replace(document, published_month=value.iso, published_basis=PublishedBasis.INFERRED,
                   notes=(*document.notes, note))


_ESTIMATE_NOTE = "publication month estimated"
"""How a document's note of an estimated month begins (so a later run can take it back)."""


def date_estimated(document: Document, estimate: Estimate) -> Document:
    """``document`` with the publication month estimated from its text, story and coverage."""
    note = f"{_ESTIMATE_NOTE}: {estimate.month.iso}, where {estimate.evidence}"
    return replace(document, published_month=estimate.month.iso,
                   published_basis=PublishedBasis.ESTIMATED, notes=(*document.notes, note))


def _without_estimate(document: Document) -> Document:
    """``document`` without a month an earlier run estimated (basis and note taken back)."""
    if document.published_basis is not PublishedBasis.ESTIMATED:
        return document
    return replace(document, published_month=None, published_basis=PublishedBasis.UNKNOWN,
                   notes=tuple(n for n in document.notes if not n.startswith(_ESTIMATE_NOTE)))


def merge_dated(documents: Sequence[Document], annotations: Sequence[Annotations],
                memo: TextMemo | None = None) -> tuple[list[Document], Story]:
    """Merge the story; then date undated articles by the events they report and merge again,
    so that what compares articles by date (counts that grow day by day) sees the new dates.
    ``build``, ``add`` and ``rebuild`` all settle a story this way, so that they agree.
    ``memo`` (see :class:`~communique.merge.TextMemo`) spares work, never changes the story."""
    from communique.merge import (
        TextMemo,
        dates_from_events,
        estimate_months,
        finish,
        merge_events,
        place_aliases,
    )

    memo = memo if memo is not None else TextMemo()
    # A month estimated by an earlier run (an article stored before) is estimated afresh: what
    # it rests on (the story, the batch) may have changed, and no estimate rests on another.
    kept = [_without_estimate(d) for d in documents]
    by_document = {a.document_id: a for a in annotations}
    # Dating reads the events alone: the rest of the first merge is done only when it dates
    # nothing and its story is the one kept (the same story as a whole merge, half the work
    # of merging twice when it does date some).
    merged = merge_events(kept, annotations, memo)
    dated = dates_from_events(kept, by_document, merged.events)
    if dated:
        kept = [date_from_event(d, dated[d.id]) if d.id in dated else d for d in kept]
        merged = merge_events(kept, annotations, memo)
    story = finish(merged)
    # Estimated months come last and change no merge: the story reads publication days only.
    estimated = estimate_months(kept, by_document, story.events, place_aliases(story.entities),
                                story.entities)
    kept = [date_estimated(d, estimated[d.id]) if d.id in estimated else d for d in kept]
    return kept, story


def build(
    specs: Iterable[str], options: BuildOptions | None = None, progress: Progress = no_progress
) -> BuildResult:
    """Run ingest → clean → duplicates → extract → merge over ``specs``."""
    options = options or BuildOptions()
    documents, skipped, timings = read_batch(specs, options, progress)
    if not options.story or not documents:
        return BuildResult(tuple(documents), tuple(skipped), timings)
    extracted = annotate_and_merge(documents, options, progress, timings)
    return BuildResult(extracted.documents, (*skipped, *extracted.failed), timings,
                       extracted.annotations, extracted.story)


@dataclass(frozen=True, slots=True)
class Extracted:
    """The documents whose extraction succeeded, their annotations, the story, the failures."""

    documents: tuple[Document, ...]
    annotations: tuple[Annotations, ...]
    failed: tuple[Skipped, ...]
    story: Story


def split_failures(
    documents: Sequence[Document], results: Sequence[Annotations | Skipped]
) -> tuple[list[Document], list[Annotations], list[Skipped]]:
    """Pair extraction results with their documents: kept documents, annotations, failures."""
    kept: list[Document] = []
    annotations: list[Annotations] = []
    failed: list[Skipped] = []
    for document, result in zip(documents, results, strict=True):
        if isinstance(result, Skipped):
            failed.append(result)
        else:
            kept.append(document)
            annotations.append(result)
    return kept, annotations, failed


def annotate_and_merge(
    documents: Sequence[Document],
    options: BuildOptions,
    progress: Progress,
    timings: dict[str, float],
) -> Extracted:
    """Extract annotations from every document and merge them into the story.

    A document whose extraction fails is reported and left out; duplicate marks are then
    recomputed without it, so that no kept copy points at an article the dossier lacks.
    """
    # Imported here: spaCy takes seconds to import and only this step needs it.
    from communique.extract import ExtractOptions, extract_documents

    t0 = time.perf_counter()
    results = extract_documents(documents, options.extract or ExtractOptions(), progress)
    kept, annotations, failed = split_failures(documents, results)
    if failed:
        kept = mark_duplicates(kept)
    timings["extract"] = time.perf_counter() - t0
    t0 = time.perf_counter()
    kept, story = merge_dated(kept, annotations)
    timings["merge"] = time.perf_counter() - t0
    timings.update({f"merge.{k}": v for k, v in story.timings.items()})
    return Extracted(tuple(kept), tuple(annotations), tuple(failed), story)
