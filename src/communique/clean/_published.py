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
past day it names by its weekday (news copy names the weekday of days in the week of writing),
within the week of a past day it calls "this Friday" or "this 18 March" ("signent ce vendredi
25 avril", "reçus ce 18 mars"), and at most two weeks before a day ahead that it names by its
weekday ("on Sunday, 15 June", "signeront ce vendredi 25 avril": a future verb form puts the
day ahead like a future marker). When
the bounds fall in one month, that month is the estimate, never a day. A date written without
its year and said to be past ("8 février dernier") lies before the week of a "this" day; a day
"ahead" before the latest day reported as past gives way to a later day ahead.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import cache

from communique.clean._datelines import first_dateline
from communique.clean._dates import PartialDate, WrittenDate, find_dates
from communique.clean._datewords import (
    CALLED_OFF_MARKER,
    FUTURE_MARKER,
    LAPSE_MARKER,
    THIS_WEEK_ALT,
    UNREAL_MARKER,
    WEEKDAY_ALT,
    weekday_number,
)
from communique.clean._stamps import is_stamp_line, today_date
from communique.clean._yearless import YearlessDate, find_yearless
from communique.lang import read_language_file
from communique.lang._phrases import LANGUAGES
from communique.model.article import PublishedBasis

__all__ = [
    "PRIORITY",
    "WEEKS_AHEAD",
    "WEEK_AFTER",
    "DateCandidate",
    "Published",
    "TextBounds",
    "choose_published",
    "completed_bounds",
    "estimate_date",
    "sentences",
    "text_bounds",
    "text_candidates",
    "window_evidence",
    "writing_window",
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
its year; "today" in the text is the writer's word, read by communique. ``estimated`` is not
among them: the merge stage sets it after these are weighed, never as a candidate."""

_TIMEZONE_SLACK = timedelta(days=1)
"""A publication date one day before a reported event is a time-zone difference, not an error."""
WEEK_AFTER = timedelta(days=6)
"""A day a text names by its weekday lies at most this far before the day of writing."""
WEEKS_AHEAD = timedelta(days=13)
"""A day ahead that a text names by its weekday lies at most this far after the day of writing:
"on Sunday" is this week's, "next Sunday" at the latest the next week's."""
_THIS_BEFORE = re.compile(rf"(?<!\w)(?:{THIS_WEEK_ALT})\s+$", re.IGNORECASE)
"""A demonstrative right before a weekday or a date ("ce vendredi", "este sábado", "ce 18
mars")."""
_FUTURE_INFLECTION = re.compile(
    r"(?<!\w)\w{2,}(?:eront|iront|arán|erán|irán|ará|erá|irá|eranno|iranno|aranno|arà|erà|irà)"
    r"(?!\w)"
    r"|(?<!\w)\w*(?:iendra|iendront|faudra|pourra|pourront)(?!\w)"
    r"|(?<!\w)(?:va|vont|vai|vão|van\s+a|va\s+a)\s+(?:se\s+|s['’])?\w+(?:er|ir|re|ar)(?!\w)",
    re.IGNORECASE)
"""Simple future verb endings of French, Spanish, Portuguese and Italian ("signeront",
"firmarán", "firmerà"; irregular French ones such as "interviendra", "pourra") and the
future with "go" ("vont signer", "van a firmar", "vai assinar"): a "this Friday" beside one is
a preview, said before the day, and a date beside one ("la signature interviendra le 18 août")
lies ahead."""
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
    this_week: date | None = None
    """The latest day reported as past and called "this" day ("ce vendredi 25 avril", "ce 18
    mars"): the text was written in that day's week (Monday to Sunday), on it or after it."""
    weekday_ahead: date | None = None
    """The earliest day reported as ahead with its weekday beside it ("on Sunday, 15 June"):
    the text is at most :data:`WEEKS_AHEAD` earlier."""


@dataclass(frozen=True, slots=True)
class Published:
    """The chosen publication date (or none), where it came from, and what was set aside."""

    value: PartialDate | None
    basis: PublishedBasis
    notes: tuple[str, ...] = ()


def sentences(paragraph: str) -> Iterable[tuple[int, str]]:
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
        for _start, sentence in sentences(paragraph):
            days = [m.day for m in find_dates(sentence, numeric=True)
                    if not _unreal(sentence, m.start)]
            if not days:
                continue
            ahead = _ahead(sentence)
            if ahead and CALLED_OFF_MARKER.search(sentence):
                continue  # a plan called off or moved: its day bounds nothing
            (future if ahead else past).extend(days)
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
    read: list[tuple[_Days, bool]] = []
    for paragraph, caption in [*((p, False) for p in paragraphs), *((c, True) for c in captions)]:
        if is_stamp_line(paragraph):
            continue
        for _start, sentence in sentences(paragraph):
            photo = caption or bool(_PHOTO.search(sentence))
            for part, marked in _voices(sentence):
                if marked and CALLED_OFF_MARKER.search(part):
                    # "initially scheduled for May 3, was postponed": the day set is neither
                    # ahead of the writing nor, for all the text says, behind it.
                    continue
                found = _completed_days(part, complete)
                if found.days:
                    read.append((_Days(found.days) if photo else found, marked))
    ahead = {day for found, future in read if future for day in found.days}
    past: list[date] = []
    future: list[date] = []
    with_weekday: list[date] = []
    this_week: list[date] = []
    weekday_ahead: list[date] = []
    for found, marked in read:
        # A sentence without a future marker that names a day the text elsewhere puts ahead
        # speaks of the plan ("welcomed holding the meeting from August 4 to 7"), not the past.
        if marked or ahead.intersection(found.days):
            future.extend(found.days)
            weekday_ahead.extend(found.weekdays)
        else:
            past.extend(found.days)
            with_weekday.extend(found.weekdays)
            this_week.extend(found.this_week)
    week_end = [d + timedelta(days=6 - d.weekday()) for d in this_week]
    past = _past_before_news(past, {d for found, marked in read if not marked
                                    for d in found.said_past},
                             min(week_end, default=None))
    # A day "ahead" before the latest day reported as past is no bound where a later one is
    # ahead too: a cited report's date beside a future verb ("incorporará el informe fechado
    # el 31 de octubre de 2024") reads as ahead; the plan's own day ("el próximo 27 de junio")
    # bounds the writing.
    later = [d for d in future if past and d > max(past)]
    return TextBounds(max(past) if past else None, min(later or future) if future else None,
                      max(with_weekday) if with_weekday else None,
                      max(this_week) if this_week else None,
                      min(weekday_ahead) if weekday_ahead else None)


@dataclass(frozen=True, slots=True)
class _Days:
    """The days one sentence writes, those with their weekday, those called "this"
    weekday (outside a preview's future verb), and those written without a year and said to
    be past ("8 février dernier")."""

    days: list[date]
    weekdays: list[date] = field(default_factory=list)
    this_week: list[date] = field(default_factory=list)
    said_past: list[date] = field(default_factory=list)


@cache
def _past_words() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """Patterns of a word saying that a date written without its year is past, right before
    it ("el pasado 25 de abril", "last April 2") and right after it ("8 février dernier"), in
    every language's ``news_words.json`` (``past_date_words``)."""
    found = {w for code in LANGUAGES
             for w in (read_language_file(code, "news_words.json") or {}).get(
                 "past_date_words", ())}
    alternation = "|".join(re.escape(w) for w in sorted(found, key=len, reverse=True))
    return (re.compile(rf"(?<!\w)(?:{alternation})\s+$", re.IGNORECASE),
            re.compile(rf"^\s+(?:{alternation})(?!\w)", re.IGNORECASE))


def _said_past(sentence: str, mention: YearlessDate) -> bool:
    """Whether a word beside the date says it is past ("8 février dernier")."""
    before, after = _past_words()
    return bool(before.search(sentence[max(0, mention.start - 20):mention.start])
                or after.match(sentence[mention.end:mention.end + 20]))


def _year_before(day: date) -> date:
    """The same day a year earlier (28 February for a 29th)."""
    return day.replace(year=day.year - 1, day=min(day.day, 28 if day.month == 2 else day.day))


def _past_before_news(past: list[date], said_past: set[date], latest: date | None
                      ) -> list[date]:
    """The days reported as past, each one said to be past ("8 février dernier") moved a
    year back where its completed year (the batch's nearest) put it after ``latest``, the end
    of the week of a day the text calls "this" day (when it was written): it was past then. A
    day the text puts ahead is no such bound: a cited report's date beside a future verb
    ("incorporará el informe fechado el 31 de octubre de 2024") would move it wrongly."""
    if latest is None or not said_past:
        return past
    return [_year_before(d) if d in said_past and d > latest else d for d in past]


def _voices(sentence: str) -> list[tuple[str, bool]]:
    """The reporting frame of a sentence and each quotation in it, with their future marks.

    A quotation's tense is the speaker's, not the writer's: "'We will make a deal,' he told
    reporters on February 10" reports February 10 as past. A date inside a quotation is ahead
    when the quotation or its frame has a future marker ("he said talks will resume, calling
    March 2 'the day we return'"). Blanked with spaces, the frame keeps its offsets.
    """
    quotes = [m.span() for m in _QUOTE.finditer(sentence)]
    if not quotes:
        return [(sentence, _ahead(sentence))]
    frame = list(sentence)
    for start, end in quotes:
        frame[start:end] = " " * (end - start)
    framed = "".join(frame)
    frame_marked = _ahead(framed)
    return [(framed, frame_marked), *(
        (sentence[start:end], frame_marked or _ahead(sentence[start:end]))
        for start, end in quotes)]


def _ahead(text: str) -> bool:
    """Whether a sentence or quotation puts its dates ahead: a future marker, a future verb
    form ("signeront ce vendredi", "van a firmar este viernes"), or a term said to run out
    ("the truce expires on 10 May")."""
    return bool(FUTURE_MARKER.search(text) or _FUTURE_INFLECTION.search(text)
                or LAPSE_MARKER.search(text))


def _completed_days(sentence: str, complete: Completion) -> _Days:
    """The days a sentence writes (full, or completed), those written with their weekday, and
    those called "this" weekday."""
    found = _Days([])
    preview = bool(_FUTURE_INFLECTION.search(sentence))
    for full in find_dates(sentence, numeric=True):
        if _unreal(sentence, full.start):
            continue
        found.days.append(full.day)
        weekday, at = _written_weekday(sentence, full.start, full.end)
        if weekday == full.day.weekday():
            found.weekdays.append(full.day)
        if weekday in (None, full.day.weekday()) and not preview and _THIS_BEFORE.search(
                sentence, max(0, at - 12), at):
            # "ce vendredi 25 avril", and "ce 18 mars" without its weekday.
            found.this_week.append(full.day)
    for mention in find_yearless(sentence):
        value = complete(mention.written)
        if value is None or not value.is_day or _unreal(sentence, mention.start):
            continue
        if mention.weekday is not None:
            if value.first.weekday() != mention.weekday:
                continue
            found.weekdays.append(value.first)
        # The weekday, if any, opens the mention: a demonstrative right before it says "this"
        # ("ce samedi 19 juillet", "este 18 de marzo").
        if not preview and _THIS_BEFORE.search(sentence, max(0, mention.start - 12),
                                               mention.start):
            found.this_week.append(value.first)
        if _said_past(sentence, mention):
            found.said_past.append(value.first)
        found.days.append(value.first)
    return found


_UNREAL_REACH = 120
"""How far before a date a threat or a possibility still governs it ("the threat of 100%
tariffs on imported goods from 1 March"): about a clause."""


def _unreal(sentence: str, start: int) -> bool:
    """Whether the date at ``start`` is the day a threatened, possible or avoided measure would
    begin ("the threat of tariffs from 1 March"): neither behind the writing nor, for all the
    text says, ahead of it, so it bounds nothing."""
    return bool(UNREAL_MARKER.search(sentence, max(0, start - _UNREAL_REACH), start))


def _written_weekday(sentence: str, start: int, end: int) -> tuple[int | None, int]:
    """The weekday written just before a date or opening it ("Friday, 6 March 2026"), and
    where that weekday starts."""
    found = _WEEKDAY_OPENING.match(sentence, start, end)
    if found is not None:
        return weekday_number(found.group("weekday")), found.start("weekday")
    offset = max(0, start - 20)
    found = _WEEKDAY_BEFORE.search(sentence[offset:start])
    if found is None:
        return None, start
    return weekday_number(found.group("weekday")), offset + found.start("weekday")


def written_between(bounds: TextBounds) -> PartialDate | None:
    """The month an undated text was written in, when what it reports bounds it on both sides.

    From below, the latest day it reports as past, or two weeks before a day ahead it names
    with its weekday; from above, the earliest day it reports as ahead, the week after a past
    day it names with its weekday, or the end of the week of a past day it calls "this"
    weekday. When both fall in one month the text was written in it. A day reported both ways
    (the same date on either side) says nothing, nor do bounds that cross.
    """
    window = writing_window(bounds)
    if window is None:
        return None
    low, high = window
    if (low.year, low.month) != (high.year, high.month):
        return None
    return PartialDate(low.year, low.month)


def writing_window(bounds: TextBounds) -> tuple[date, date] | None:
    """The first and last day the text can have been written on, when bounded on both sides."""
    past, ahead = bounds.latest_past, bounds.earliest_future
    if past is not None and ahead is not None and not past < ahead:
        return None
    week_end = bounds.this_week and bounds.this_week + timedelta(
        days=6 - bounds.this_week.weekday())
    lows = [d for d in (past, bounds.weekday_ahead and bounds.weekday_ahead - WEEKS_AHEAD)
            if d is not None]
    highs = [d for d in (ahead, bounds.latest_weekday and bounds.latest_weekday + WEEK_AFTER,
                         week_end) if d is not None]
    if not lows or not highs or min(highs) < max(lows):
        return None
    return max(lows), min(highs)


def window_evidence(bounds: TextBounds) -> str:
    """What bounds the writing, in words, for the note on a document dated from its text."""
    parts = []
    if bounds.latest_past is not None:
        parts.append(f"it reports {bounds.latest_past} as past")
    if bounds.earliest_future is not None:
        parts.append(f"{'' if parts else 'it reports '}{bounds.earliest_future} as ahead")
    if bounds.latest_weekday is not None:
        parts.append(f"names {bounds.latest_weekday} by its weekday (so written within the "
                     "week after it)")
    if bounds.this_week is not None:
        parts.append(f"calls {bounds.this_week} 'this' weekday (so written in its week)")
    if bounds.weekday_ahead is not None:
        parts.append(f"names {bounds.weekday_ahead}, ahead, by its weekday (so written at "
                     "most two weeks before it)")
    return " and ".join(parts)


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
