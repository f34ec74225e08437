"""The months an undated article may have been written in, from how long ago its lead says a
story event was ("the deal signed last month in Lindhaven", "the move comes two weeks after
the truce was signed in Port Alcyne", "signé il y a trois jours à Lindhaven").

A lead often reports its news against an earlier story event. When a lead sentence names a
held story event by kind and place (or by all its parties), as :func:`._news_events.news_month`
finds the event a lead reports — or names only its kind ("the deal"), after a lead sentence
that named one — and says how long before the writing that event was, the
writing lies that long after the event's first day: in the month after the event's month for
"last month", a number of weeks later (give or take :data:`_WEEK_SLACK` days) for "two weeks
ago" or "comes two weeks after", a number of days later (give or take :data:`_DAY_SLACK`)
for "three days ago". The months those windows touch, for every event the sentence may name,
are returned; the month estimate (:mod:`._pubmonths`) counts them like the lead's news, so one
of them needs another estimate to agree.

The words are data: ``since_last_month`` (phrases saying "last month"), ``since_weeks`` and
``since_days`` (regular-expression fragments with ``{n}`` where the number stands, a digit or a
cardinal word of :func:`communique.lang._phrases.number_words`) in each language's
``news_words.json``. Only phrases anchored on the writing count: "ago", "since", and "comes ...
after" in the present; "came three days after" relates two past events to each other.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from datetime import date, timedelta
from functools import cache

from communique.clean._bounds import TextBounds
from communique.clean._dates import PartialDate
from communique.lang._phrases import number_words
from communique.merge._news_events import HELD, _lead, _open, _sentence_events, event_days
from communique.merge._news_words import _news_data, news_kinds
from communique.model.story import StoryEvent

__all__ = ["since_months"]

_WEEK_SLACK = 3
"""Days either way that "two weeks ago" may be off: news rounds to the week."""
_DAY_SLACK = 1
"""Days either way that "three days ago" may be off (time zones, the hour of writing)."""
_MOST = 12
"""The largest number of weeks or days read: a longer span is rounded too coarsely."""

Shift = Callable[[date], set[PartialDate]]


def _month(day: date) -> PartialDate:
    return PartialDate(day.year, day.month)


def _next_month(day: date) -> set[PartialDate]:
    """The month after ``day``'s ("signed last month")."""
    return {_month(day.replace(day=28) + timedelta(days=7))}


def _later(days: int, slack: int) -> Shift:
    """The months of the days ``days`` after an event's day, give or take ``slack``."""
    def shift(day: date) -> set[PartialDate]:
        return {_month(day + timedelta(days=days - slack)),
                _month(day + timedelta(days=days + slack))}
    return shift


_Patterns = tuple[re.Pattern[str], ...]


@cache
def _patterns(language: str) -> tuple[_Patterns, _Patterns, _Patterns]:
    """The language's patterns of "last month", of a number of weeks, and of a number of
    days before the writing (one a phrase: each names its number ``n``)."""
    data = _news_data(language)
    numbers = "|".join(re.escape(w) for w in sorted(_cardinals(), key=len, reverse=True))
    count = rf"(?P<n>\d{{1,2}}|{numbers})"

    def each(key: str, template: bool) -> _Patterns:
        phrases = [p.replace("{n}", count, 1) if template else re.escape(p)
                   for p in data.get(key, ())]
        return tuple(re.compile(rf"(?<!\w)(?:{p})(?!\w)", re.IGNORECASE) for p in phrases)

    return each("since_last_month", False), each("since_weeks", True), each("since_days", True)


@cache
def _cardinals() -> dict[str, int]:
    return number_words(_MOST)


def _number(word: str) -> int | None:
    if word.isdigit():
        return int(word)
    return _cardinals().get(word.casefold())


def _shifts(sentence: str, language: str) -> list[Shift]:
    """How long before the writing the sentence says its event was."""
    last_month, weeks, days = _patterns(language)
    found: list[Shift] = []
    if any(p.search(sentence) for p in last_month):
        found.append(_next_month)
    for patterns, unit, slack in ((weeks, 7, _WEEK_SLACK), (days, 1, _DAY_SLACK)):
        for match in (m for p in patterns for m in p.finditer(sentence)):
            n = _number(match.group("n"))
            if n is not None and 0 < n <= _MOST:
                found.append(_later(n * unit, slack))
    return found


def since_months(text: str, title: str | None, language: str | None,
                 events: Sequence[StoryEvent], places: Mapping[str, Sequence[str]],
                 names: Mapping[str, Sequence[str]], bounds: TextBounds
                 ) -> frozenset[PartialDate]:
    """The months the writing may fall in, from the first lead sentence that names a held
    story event and says how long ago it was (none when no sentence does); months the text's
    own dates rule out are left out."""
    language = (language or "en").split("-")[0].casefold()
    held = [(e, days) for e in events if e.status in HELD and (days := event_days(e))]
    earlier: list[list[date]] = []
    for sentence in _lead(text, title):
        shifts = _shifts(sentence, language)
        if not shifts:
            earlier = _sentence_events(sentence, language, held, places, names)[0] or earlier
            continue
        # A sentence that names no place or parties ("two weeks after the deal was signed")
        # speaks of the event the lead has just reported.
        chosen = _sentence_events(sentence, language, held, places, names, cited=True)[0] or (
            earlier if news_kinds(sentence, language) else [])
        months = {m for days in chosen for shift in shifts for m in shift(days[0])
                  if _open(m, bounds)}
        if months:
            return frozenset(months)
    return frozenset()
