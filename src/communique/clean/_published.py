"""Choose an article's publication date from every candidate, cross-checked, or none at all.

Candidates come from the crawler header, the URL, HTML or JSON metadata, page stamps (bylines),
the dateline and what the text calls "today", trusted in that order (:data:`PRIORITY`). Before
one is used it is checked:

* against the text: a publication date earlier than a day the text reports as past cannot be
  right (a page's stale date, another article's stamp) — it is noted and skipped;
* against the other candidates: a day within a more trusted month refines it (the URL says
  ``/2025/12/``, the dateline ``MADRID, 27``); a candidate that disagrees with the chosen date is
  noted on the document, never silently dropped;
* against the batch (in :func:`communique.pipeline.date_from_batch`): a date a year or more
  from every other dated article is dropped, with a note.

An article is better left undated than dated wrongly: the text's own dates only bound its
writing (:mod:`communique.clean._bounds`, :mod:`communique.clean._window`), and the day the text
calls "today" and its dateline are its only candidates (:func:`text_candidates`).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import timedelta

from communique.clean._bounds import Completion, TextBounds
from communique.clean._datelines import first_dateline
from communique.clean._dates import PartialDate
from communique.clean._stamps import today_date
from communique.model.article import PublishedBasis

__all__ = [
    "PRIORITY",
    "DateCandidate",
    "Published",
    "choose_published",
    "text_candidates",
]

PRIORITY: tuple[PublishedBasis, ...] = (
    PublishedBasis.HEADER,
    PublishedBasis.URL,
    PublishedBasis.META,
    PublishedBasis.BYLINE,
    PublishedBasis.DATELINE,
    PublishedBasis.INFERRED,
)
"""Bases from most to least trusted. A crawler header or JSON ``published`` field is the
publisher's own statement passed through; the URL's date is written by the publishing system
when the page is created; HTML metadata is machine-written but often carries the last update;
a byline stamp is visible to readers but shares the page with other dates; a dateline may lack
its year; "today" in the text is the writer's word, read by communique. ``estimated`` is not
among them: the merge stage sets it after these are weighed, never as a candidate."""

_TIMEZONE_SLACK = timedelta(days=1)
"""A publication date one day before a reported event is a time-zone difference, not an error."""

@dataclass(frozen=True, slots=True)
class DateCandidate:
    """One source's claim about the publication date."""

    basis: PublishedBasis
    value: PartialDate


@dataclass(frozen=True, slots=True)
class Published:
    """The chosen publication date (or none), where it came from, and what was set aside."""

    value: PartialDate | None
    basis: PublishedBasis
    notes: tuple[str, ...] = ()

def _too_early(candidate: DateCandidate, bounds: TextBounds) -> bool:
    """Whether the candidate lies before a day the text reports as past."""
    return (bounds.latest_past is not None
            and candidate.value.last < bounds.latest_past - _TIMEZONE_SLACK)


def choose_published(
    candidates: Iterable[DateCandidate], bounds: TextBounds | None = None
) -> Published:
    """Pick the publication date by trust (:data:`PRIORITY`), after the cross-checks.

    The most trusted candidate that survives the checks wins; when it is known only to the
    month, the most trusted surviving day inside that month refines it. Within one basis the
    first candidate counts. With nothing usable the answer is ``(None, UNKNOWN)``.
    """
    bounds = bounds or TextBounds()
    order = {basis: index for index, basis in enumerate(PRIORITY)}
    seen: set[PublishedBasis] = set()
    usable: list[DateCandidate] = []
    notes: list[str] = []
    for candidate in sorted(candidates, key=lambda c: order.get(c.basis, len(order))):
        if candidate.basis in seen or candidate.basis not in order:
            continue
        seen.add(candidate.basis)
        if _too_early(candidate, bounds):
            notes.append(f"{candidate.basis.value} date {candidate.value.iso} not used: before "
                         f"{bounds.latest_past}, which the text reports as past")
        else:
            usable.append(candidate)
    if not usable:
        return Published(None, PublishedBasis.UNKNOWN, tuple(notes))
    chosen = usable[0]
    if not chosen.value.is_day:
        chosen = next((c for c in usable[1:] if c.value.is_day and chosen.value.agrees(c.value)),
                      chosen)
    for other in usable:
        if other is not chosen and not other.value.agrees(chosen.value, _TIMEZONE_SLACK.days):
            notes.append(f"{other.basis.value} date {other.value.iso} disagrees with the "
                         f"{chosen.basis.value} date {chosen.value.iso}, which is kept")
    return Published(chosen.value, chosen.basis, tuple(notes))


def text_candidates(paragraphs: Sequence[str], complete: Completion) -> list[DateCandidate]:
    """The dateline's date and the day the text calls "today", completed by ``complete``.

    Both often lack their year; ``complete`` takes it from a more trusted candidate or from the
    batch. A "today" without a year may also take it from the dateline. Nothing else in the
    text dates it: the latest day a text reports as past is its publication month only four
    times in five on the dev stories, too often wrong to be offered as a date.
    """
    found: list[DateCandidate] = []
    dateline = first_dateline(paragraphs)
    dated = complete(dateline.written) if dateline and dateline.written else None
    if dated is not None:
        found.append(DateCandidate(PublishedBasis.DATELINE, dated))
    today = today_date("\n".join(paragraphs))
    said = (complete(today) or (today.resolve(dated) if dated else None)) if today else None
    if said is not None:
        found.append(DateCandidate(PublishedBasis.INFERRED, said))
    return found
