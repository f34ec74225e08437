"""Publication dates that only the whole batch can give or refute.

A wire dateline often lacks its year ("NESSA, March 21 –", "DUBAI, May 6 (Reuters) –"), and so
does a "today" ("hoy sábado 12 de abril"); a story's articles cluster in time, so the year is the
one that puts the day nearest an article the batch already dates. The same year completes the
dates a text writes without one ("talks on May 11", "le 12 avril"): when what the text reports
as past and as ahead brackets one month, that month is its publication month (with the two days
in a note), never a day. Conversely a date a year or more away from every other dated article
is a stale page date or a misread, not the story's: it is dropped, with a note on the document.
Crawler headers (the publisher's own word) are never dropped.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from datetime import date

from communique.clean._bounds import completed_bounds, text_bounds
from communique.clean._dates import nearest_gap, resolve_near
from communique.clean._published import choose_published, text_candidates
from communique.clean._window import estimate_date, window_evidence, written_between
from communique.model import Document, PublishedBasis

__all__ = ["OUTLIER_DAYS", "OUTLIER_MIN_BATCH", "date_batch"]

OUTLIER_DAYS = 365
"""A date this many days from every other dated article of the batch is not the story's."""
OUTLIER_MIN_BATCH = 5
"""Fewer dated articles than this say too little about when the story happened."""


def date_batch(documents: Sequence[Document], others: Sequence[date] = ()) -> list[Document]:
    """``documents`` dated from the batch where they lack a date, outlying dates set aside.

    ``others`` are the publication dates of more articles of the batch (stored earlier) that
    are not to be changed themselves.
    """
    known = sorted([*(d.published for d in documents if d.published), *others])
    if not known:
        return list(documents)
    result = [_date_from_neighbours(doc, known)
              if doc.published is None and doc.published_month is None else doc
              for doc in documents]
    known = sorted([*(d.published for d in result if d.published), *others])
    return [_outlier_checked(doc, known) for doc in result]


def _date_from_neighbours(doc: Document, known: Sequence[date]) -> Document:
    """``doc`` dated by its dateline or "today", completed from the batch's dated articles."""
    paragraphs = doc.text.split("\n")
    bounds = text_bounds([*paragraphs, *doc.captions], doc.language)
    found = text_candidates(paragraphs, lambda written: resolve_near(written, known))
    if not found:
        return _month_from_bounds(doc, known)
    chosen = choose_published(found, bounds)
    notes = doc.notes + chosen.notes
    if chosen.value is None:
        return replace(doc, notes=notes)
    return replace(doc, published=chosen.value.first if chosen.value.is_day else None,
                   published_month=None if chosen.value.is_day else chosen.value.iso,
                   published_basis=chosen.basis, notes=notes,
                   estimated_date=estimate_date(chosen.value, bounds))


def _month_from_bounds(doc: Document, known: Sequence[date]) -> Document:
    """``doc`` dated to the month that what it reports as past and as ahead both fall in."""
    bounds = completed_bounds(doc.text.split("\n"), lambda written: resolve_near(written, known),
                              doc.captions, doc.language)
    month = written_between(bounds)
    if month is None:
        return doc
    note = f"publication month {month.iso} read from the text: {window_evidence(bounds)}"
    # The day relative dates are read against stays what it was without the month (the
    # latest full date reported as past): dates written without a year complete the month's
    # bounds, but reading "on Monday" against them moved events and cost real contradictions
    # on the dev stories.
    return replace(doc, published_month=month.iso, published_basis=PublishedBasis.INFERRED,
                   notes=(*doc.notes, note), estimated_date=doc.estimated_date)


def _outlier_checked(doc: Document, known: Sequence[date]) -> Document:
    """``doc`` without its date when that date lies a year or more from the rest of the batch."""
    if doc.published is None or doc.published_basis is PublishedBasis.HEADER:
        return doc
    others = list(known)
    others.remove(doc.published)
    if len(others) < OUTLIER_MIN_BATCH:
        return doc
    gap = nearest_gap(doc.published, others)
    if gap is None or gap < OUTLIER_DAYS:
        return doc
    note = (f"{doc.published_basis.value} date {doc.published.isoformat()} not used: {gap} days "
            f"from every other dated article of the batch")
    bounds = text_bounds([*doc.text.split("\n"), *doc.captions], doc.language)
    return replace(doc, published=None, published_basis=PublishedBasis.UNKNOWN,
                   notes=(*doc.notes, note), estimated_date=estimate_date(None, bounds))
