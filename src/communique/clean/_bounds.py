"""What a text reports bounds its writing: after the days it reports as past, before those it
puts ahead, and near the days it names by their weekday.

News copy reports what has happened and what is to come, so the latest day a text reports as
past and the earliest it puts ahead (:func:`text_bounds`; with the dates written without a
year completed from the batch, :func:`completed_bounds`) bound the day it was written. Tighter
bounds come from weekdays: news copy names the weekday of days in the week of writing, so a
past day named by its weekday lies at most :data:`WEEK_AFTER` before the writing, a day it
calls "this Friday" or "this 18 March" ("signent ce vendredi 25 avril", "reçus ce 18 mars") lies
in the week of writing, and a day ahead named by its weekday ("on Sunday, 15 June", "signeront
ce vendredi 25 avril": a future verb form puts the day ahead like a future marker) lies at most
:data:`WEEKS_AHEAD` after it. A date written without its year and said to be past ("8 février
dernier") lies before the week of a "this" day; a day "ahead" before the latest day reported as
past gives way to a later day ahead. :mod:`communique.clean._window` turns the bounds into a
month.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import cache

from communique.clean._dates import PartialDate, WrittenDate, find_dates
from communique.clean._datewords import (
    CALLED_OFF_MARKER,
    PHOTO_MARKER,
    THIS_WEEK_ALT,
    WEEKDAY_ALT,
    WEEKDAY_LINK_ALT,
    weekday_number,
)
from communique.clean._sentences import (
    inflected_future,
    puts_ahead,
    sentences,
    unreal,
    unwrapped,
    voices,
)
from communique.clean._stamps import is_stamp_line
from communique.clean._yearless import YearlessDate, find_yearless
from communique.lang import read_language_file
from communique.lang._phrases import LANGUAGES, alternation

__all__ = ["WEEKS_AHEAD", "WEEK_AFTER", "Completion", "TextBounds", "completed_bounds",
           "text_bounds"]

WEEK_AFTER = timedelta(days=6)
"""A day a text names by its weekday lies at most this far before the day of writing."""
WEEKS_AHEAD = timedelta(days=13)
"""A day ahead that a text names by its weekday lies at most this far after the day of writing:
"on Sunday" is this week's, "next Sunday" at the latest the next week's."""
_THIS_BEFORE = re.compile(rf"(?<!\w)(?:{THIS_WEEK_ALT})\s+$", re.IGNORECASE)
"""A demonstrative right before a weekday or a date ("ce vendredi", "este sábado", "ce 18
mars")."""
_WEEKDAY_BEFORE = re.compile(
    rf"(?<!\w)(?P<weekday>{WEEKDAY_ALT})\.?,?\s+(?:(?:{WEEKDAY_LINK_ALT})\s+)?$", re.IGNORECASE)
_WEEKDAY_OPENING = re.compile(rf"(?P<weekday>{WEEKDAY_ALT})(?!\w)", re.IGNORECASE)


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



def text_bounds(paragraphs: Sequence[str], language: str | None = None) -> TextBounds:
    """The latest day ``paragraphs`` report as past and the earliest they report as ahead.

    A sentence with a future marker ("will", "scheduled", "prochain", "soll") puts its dates
    ahead; any other fully written date is past or present. ``language``, the text's, adds the
    future endings only its words end in as futures ("commencera"). Stamp lines are left out:
    they are the candidates being checked, not the text.
    """
    past: list[date] = []
    future: list[date] = []
    for paragraph in _unwrapped(paragraphs):
        if is_stamp_line(paragraph):
            continue
        for _start, sentence in sentences(paragraph):
            days = [m.day for m in find_dates(sentence, numeric=True)
                    if not unreal(sentence, m.start)]
            if not days:
                continue
            ahead = puts_ahead(sentence, language)
            if ahead and CALLED_OFF_MARKER.search(sentence):
                continue  # a plan called off or moved: its day bounds nothing
            (future if ahead else past).extend(days)
    return TextBounds(max(past) if past else None, min(future) if future else None)


def _unwrapped(paragraphs: Sequence[str]) -> list[str]:
    """The paragraphs, those of a hard-wrapped text joined across the line breaks inside its
    sentences (:func:`communique.clean._sentences.unwrapped`): a date may be broken over two
    lines ("of 8" / "April")."""
    return unwrapped("\n".join(paragraphs)).split("\n")


Completion = Callable[[WrittenDate], PartialDate | None]
"""How a date written without its year (or month) is completed."""


def completed_bounds(paragraphs: Sequence[str], complete: Completion,
                     captions: Sequence[str] = (), language: str | None = None) -> TextBounds:
    """Like :func:`text_bounds`, with the dates written without a year counted too.

    ``complete`` gives each its year (the batch's, :func:`communique.clean._dates.resolve_near`);
    a date whose weekday, written beside it, does not fall on the completed day is left out
    (a source's error or another year). Photo captions (``captions``, and sentences that speak
    of a photo) bound the writing from below like any text, but their weekdays do not date it:
    a file photo's caption names its own day with its weekday, however old.
    """
    read: list[tuple[_Days, bool]] = []
    for paragraph, caption in [*((p, False) for p in _unwrapped(paragraphs)),
                               *((c, True) for c in captions)]:
        if is_stamp_line(paragraph):
            continue
        for _start, sentence in sentences(paragraph):
            photo = caption or bool(PHOTO_MARKER.search(sentence))
            for part, marked in voices(sentence, language):
                if marked and CALLED_OFF_MARKER.search(part):
                    # "initially scheduled for May 3, was postponed": the day set is neither
                    # ahead of the writing nor, for all the text says, behind it.
                    continue
                found = _completed_days(part, complete, language)
                for days, ahead_of in _said_apart(found, marked):
                    read.append((_Days(days.days) if photo else days, ahead_of))
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
    said_on: list[date] = field(default_factory=list)
    """The days right after a reporting verb ("announced on Saturday, 13 September"): the day
    of the saying, past whatever the sentence says is to come."""


def _said_apart(found: _Days, marked: bool) -> list[tuple[_Days, bool]]:
    """``found`` with its future mark; in a sentence marked as ahead, the days of the saying
    set apart as past: "officials announced on Saturday (September 13th) that Greer will join
    the talks" reports 13 September as past, the talks ahead."""
    if not found.days:
        return []
    said = set(found.said_on) if marked else set()
    if not said:
        return [(found, marked)]
    rest = _Days([d for d in found.days if d not in said],
                 [d for d in found.weekdays if d not in said], found.this_week, found.said_past)
    saying = _Days([d for d in found.days if d in said], [d for d in found.weekdays if d in said])
    return [(saying, False), *([(rest, True)] if rest.days else [])]


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


_SAID_ON = re.compile(
    rf"(?<!\w){alternation('reporting_verbs')}\s+"
    rf"(?:{alternation('month_day_leads', 'day_month_leads')}\s+)?$", re.IGNORECASE)
"""A reporting verb right before a date or its weekday ("announced on", "said", "a annoncé
le")."""
_SAID_REACH = 40
"""How far before a date a reporting verb is looked for."""


def _said_on(sentence: str, start: int) -> bool:
    """Whether a reporting verb stands right before the date (or its weekday) at ``start``."""
    return bool(_SAID_ON.search(sentence, max(0, start - _SAID_REACH), start))


def _completed_days(sentence: str, complete: Completion, language: str | None = None) -> _Days:
    """The days a sentence writes (full, or completed), those written with their weekday,
    those called "this" weekday, and those right after a reporting verb."""
    found = _Days([])
    preview = inflected_future(sentence, language)
    for full in find_dates(sentence, numeric=True):
        if unreal(sentence, full.start):
            continue
        found.days.append(full.day)
        weekday, at = _written_weekday(sentence, full.start, full.end)
        if weekday == full.day.weekday():
            found.weekdays.append(full.day)
        if weekday in (None, full.day.weekday()) and not preview and _THIS_BEFORE.search(
                sentence, max(0, at - 12), at):
            # "ce vendredi 25 avril", and "ce 18 mars" without its weekday.
            found.this_week.append(full.day)
        if _said_on(sentence, at):
            found.said_on.append(full.day)
    for mention in find_yearless(sentence):
        value = complete(mention.written)
        if value is None or not value.is_day or unreal(sentence, mention.start):
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
        if _said_on(sentence, mention.start):
            found.said_on.append(value.first)
        found.days.append(value.first)
    return found



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
