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

An article is better left undated than dated wrongly: nothing here guesses from the latest date
a text happens to mention (an anniversary, a cited source's date, a future deadline). What the
text reports can still bound its writing on both sides (:func:`written_between`): after the
latest day it reports as past, before the earliest it puts ahead, and within the week after a
past day it names by its weekday (news copy names the weekday of days in the week of writing).
When both bounds fall in one month, that month is the estimate, never a day.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from communique.clean._datelines import first_dateline
from communique.clean._dates import PartialDate, WrittenDate, find_dates
from communique.clean._datewords import FUTURE_MARKER, WEEKDAY_ALT, weekday_number
from communique.clean._stamps import is_stamp_line, today_date
from communique.clean._yearless import find_yearless
from communique.model.article import PublishedBasis

__all__ = [
    "PRIORITY",
    "WEEK_AFTER",
    "DateCandidate",
    "Published",
    "TextBounds",
    "choose_published",
    "completed_bounds",
    "estimate_date",
    "text_bounds",
    "text_candidates",
    "written_between",
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
its year; "today" in the text is the writer's word, read by communique."""

_TIMEZONE_SLACK = timedelta(days=1)
"""A publication date one day before a reported event is a time-zone difference, not an error."""
WEEK_AFTER = timedelta(days=6)
"""A day a text names by its weekday lies at most this far before the day of writing."""
_WEEKDAY_BEFORE = re.compile(
    rf"(?<!\w)(?P<weekday>{WEEKDAY_ALT})\.?,?\s+(?:(?:le|el|the|den|il|on)\s+)?$", re.IGNORECASE)
_WEEKDAY_OPENING = re.compile(rf"(?P<weekday>{WEEKDAY_ALT})(?!\w)", re.IGNORECASE)
_QUOTE = re.compile(r"“[^”\n]*”|«[^»\n]*»|„[^“”\n]*[“”]|\"[^\"\n]*\"|''[^'\n]*''")
"""A quotation: curly, straight, guillemet and low-high double quotes, and doubled single ones."""
_PHOTO = re.compile(
    r"(?<!\w)(?:photos?|pictures?|pictured|image|foto|fotos|фото|صورة|الصورة)(?!\w)", re.IGNORECASE)
"""A sentence that speaks of a photo is a caption, whatever day it names."""
_SENTENCE_END = re.compile(r"(?<=[.!?。])[\"”’»)]*\s+(?=[\"“‘«(]?[^\W\d_])")
_ABBREVIATION = re.compile(
    r"(?:^|[\s(])(?:[A-Za-z]|[A-Z][a-z]{0,2}|Sept|(?:[A-Za-z]\.)+[A-Za-z])\.$")
"""A full stop after an initial, a short capitalised word or a dotted acronym ("Feb.", "Mr.",
"U.S.") rarely ends a sentence."""


@dataclass(frozen=True, slots=True)
class DateCandidate:
    """One source's claim about the publication date."""

    basis: PublishedBasis
    value: PartialDate


@dataclass(frozen=True, slots=True)
class TextBounds:
    """What the text itself says about when it was written."""

    latest_past: date | None = None
    """The latest fully written day the text reports as past or present."""
    earliest_future: date | None = None
    """The earliest fully written day the text reports as still ahead."""
    latest_weekday: date | None = None
    """The latest day reported as past with its weekday beside it ("on Friday, March 6"):
    news copy names the weekday of days in the week of writing, so the text is at most
    :data:`WEEK_AFTER` later."""


@dataclass(frozen=True, slots=True)
class Published:
    """The chosen publication date (or none), where it came from, and what was set aside."""

    value: PartialDate | None
    basis: PublishedBasis
    notes: tuple[str, ...] = ()


def _sentences(paragraph: str) -> Iterable[tuple[int, str]]:
    """The sentences of a paragraph with their start offsets."""
    start = 0
    for match in _SENTENCE_END.finditer(paragraph):
        if _ABBREVIATION.search(paragraph, max(0, match.start() - 12), match.start()):
            continue
        yield start, paragraph[start:match.start()]
        start = match.end()
    yield start, paragraph[start:]


def text_bounds(paragraphs: Sequence[str]) -> TextBounds:
    """The latest day ``paragraphs`` report as past and the earliest they report as ahead.

    A sentence with a future marker ("will", "scheduled", "prochain", "soll") puts its dates
    ahead; any other fully written date is past or present. Stamp lines are left out: they are
    the candidates being checked, not the text.
    """
    past: list[date] = []
    future: list[date] = []
    for paragraph in paragraphs:
        if is_stamp_line(paragraph):
            continue
        for _start, sentence in _sentences(paragraph):
            days = [m.day for m in find_dates(sentence)]
            if not days:
                continue
            (future if FUTURE_MARKER.search(sentence) else past).extend(days)
    return TextBounds(max(past) if past else None, min(future) if future else None)


Completion = Callable[[WrittenDate], PartialDate | None]
"""How a date written without its year (or month) is completed."""


def completed_bounds(paragraphs: Sequence[str], complete: Completion,
                     captions: Sequence[str] = ()) -> TextBounds:
    """Like :func:`text_bounds`, with the dates written without a year counted too.

    ``complete`` gives each its year (the batch's, :func:`communique.clean._dates.resolve_near`);
    a date whose weekday, written beside it, does not fall on the completed day is left out
    (a source's error or another year). Photo captions (``captions``, and sentences that speak
    of a photo) bound the writing from below like any text, but their weekdays do not date it:
    a file photo's caption names its own day with its weekday, however old.
    """
    read: list[tuple[list[date], list[date], bool]] = []
    for paragraph, caption in [*((p, False) for p in paragraphs), *((c, True) for c in captions)]:
        if is_stamp_line(paragraph):
            continue
        for _start, sentence in _sentences(paragraph):
            photo = caption or bool(_PHOTO.search(sentence))
            for part, marked in _voices(sentence):
                days, weekdays = _completed_days(part, complete)
                if days:
                    read.append((days, [] if photo else weekdays, marked))
    ahead = {day for days, _weekdays, future in read if future for day in days}
    past: list[date] = []
    future: list[date] = []
    with_weekday: list[date] = []
    for days, weekdays, marked in read:
        # A sentence without a future marker that names a day the text elsewhere puts ahead
        # speaks of the plan ("welcomed holding the meeting from August 4 to 7"), not the past.
        if marked or ahead.intersection(days):
            future.extend(days)
        else:
            past.extend(days)
            with_weekday.extend(weekdays)
    return TextBounds(max(past) if past else None, min(future) if future else None,
                      max(with_weekday) if with_weekday else None)


def _voices(sentence: str) -> list[tuple[str, bool]]:
    """The reporting frame of a sentence and each quotation in it, with their future marks.

    A quotation's tense is the speaker's, not the writer's: "'We will make a deal,' he told
    reporters on February 10" reports February 10 as past. A date inside a quotation is ahead
    when the quotation or its frame has a future marker ("he said talks will resume, calling
    March 2 'the day we return'"). Blanked with spaces, the frame keeps its offsets.
    """
    quotes = [m.span() for m in _QUOTE.finditer(sentence)]
    if not quotes:
        return [(sentence, bool(FUTURE_MARKER.search(sentence)))]
    frame = list(sentence)
    for start, end in quotes:
        frame[start:end] = " " * (end - start)
    framed = "".join(frame)
    frame_marked = bool(FUTURE_MARKER.search(framed))
    return [(framed, frame_marked), *(
        (sentence[start:end], frame_marked or bool(FUTURE_MARKER.search(sentence[start:end])))
        for start, end in quotes)]


def _completed_days(sentence: str, complete: Completion) -> tuple[list[date], list[date]]:
    """The days a sentence writes (full, or completed), and those written with their weekday."""
    days: list[date] = []
    weekdays: list[date] = []
    for full in find_dates(sentence):
        days.append(full.day)
        if _written_weekday(sentence, full.start, full.end) == full.day.weekday():
            weekdays.append(full.day)
    for mention in find_yearless(sentence):
        value = complete(mention.written)
        if value is None or not value.is_day:
            continue
        if mention.weekday is not None:
            if value.first.weekday() != mention.weekday:
                continue
            weekdays.append(value.first)
        days.append(value.first)
    return days, weekdays


def _written_weekday(sentence: str, start: int, end: int) -> int | None:
    """The weekday written just before a date or opening it ("Friday, 6 March 2026")."""
    found = _WEEKDAY_OPENING.match(sentence, start, end) or _WEEKDAY_BEFORE.search(
        sentence[max(0, start - 20):start])
    return weekday_number(found.group("weekday")) if found else None


def written_between(bounds: TextBounds) -> PartialDate | None:
    """The month an undated text was written in, when what it reports bounds it on both sides.

    From below, the latest day it reports as past; from above, the earliest day it reports as
    ahead, or the week after a past day it names with its weekday. When both fall in one month
    the text was written in it. A day reported both ways (the same date on either side) says
    nothing, nor do bounds that cross.
    """
    low, ahead = bounds.latest_past, bounds.earliest_future
    if low is None or (ahead is not None and not low < ahead):
        return None
    highs = [d for d in (ahead, bounds.latest_weekday and bounds.latest_weekday + WEEK_AFTER)
             if d is not None]
    if not highs:
        return None
    high = min(highs)
    if high < low or (low.year, low.month) != (high.year, high.month):
        return None
    return PartialDate(low.year, low.month)


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



def estimate_date(value: PartialDate | None, bounds: TextBounds) -> date | None:
    """The day to read an undated text's relative dates against, or ``None``.

    Only for a text without a publication day: the latest day it reports as past (within the
    publication month when that is known). That day is the publication day only about four
    times in ten on the dev stories, so it is never offered as one; but "on Tuesday" and "next
    week" read against it land on the right days far more often than not read at all.
    """
    latest = bounds.latest_past
    if latest is None or (value is not None and value.is_day):
        return None
    if value is not None and not value.first <= latest <= value.last:
        return None
    return latest
