"""A dated mention without a place takes the place of the sentence right before it."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from datetime import date, timedelta

from communique.model.annotations import EventMention, EventStatus, EventType
from communique.model.temporal import TimeExpression

_GATHERINGS = (EventType.TALKS, EventType.MEETING, EventType.AGREEMENT)
_TAKING_PLACE = (EventStatus.HELD, EventStatus.ONGOING, None)


def _fits_dates(earlier: EventMention, later: EventMention, dated: bool) -> bool:
    """Whether an earlier mention's dates leave room for the later one's: none, or the same
    days ("talks in X this week" then "on Tuesday"; not "on April 25" then "on June 18").

    In an article without a publication date (``dated`` false) a date read against the
    article's day ("this past week") is a guess: it rules nothing out.
    """
    days = {d.value for d in later.dates}
    return all(d.value in days or (d.granularity != "day" and _within(d, days))
               or (not dated and d.anchor is not None)
               for d in earlier.dates)


def _within(expression: TimeExpression, days: set[str | None]) -> bool:
    """Whether every day in ``days`` lies inside a vaguer date (a week, a month, a range)."""
    span = _span(expression.value or "")
    if span is None:
        return False
    try:
        found = [date.fromisoformat(day) for day in days if day]
    except ValueError:
        return False
    return len(found) == len(days) and all(span[0] <= day <= span[1] for day in found)


def _span(value: str) -> tuple[date, date] | None:
    """First and last day of an ISO week (``2031-W11``), month, year or ``a/b`` range."""
    first, _, last = value.partition("/")
    try:
        if last:
            return date.fromisoformat(first[:10]), date.fromisoformat(last[:10])
        if re.fullmatch(r"\d{4}-W\d{2}", value):
            year, week = int(value[:4]), int(value[6:])
            return date.fromisocalendar(year, week, 1), date.fromisocalendar(year, week, 7)
        if re.fullmatch(r"\d{4}-\d{2}", value):
            start = date.fromisoformat(value + "-01")
            following = date(start.year + start.month // 12, start.month % 12 + 1, 1)
            return start, following - timedelta(days=1)
        if re.fullmatch(r"\d{4}", value):
            return date(int(value), 1, 1), date(int(value), 12, 31)
    except ValueError:
        return None
    return None


def place_from_previous(found: Sequence[EventMention], text: str, *, dated: bool = True
                        ) -> list[EventMention]:
    """Give a dated mention without a place the place of the sentence right before it.

    A report often places the event in one sentence and dates it in the next ("… after talks
    held in X. On June 18, the delegations initialed the text."). The earlier sentence must be
    the adjacent one, report a gathering taking place there, and give no other date; the later
    mention must name who meets, and no other sides than the earlier one names. A mention in
    the same sentence does not lend its place (its clause is another), and planned,
    cancelled or historical events lend nothing.
    """
    out = list(found)
    for i in range(1, len(out)):
        mention, previous = out[i], out[i - 1]
        if (
            mention.place is None
            and mention.dates
            and mention.type in _GATHERINGS
            and mention.status in _TAKING_PLACE
            and previous.type in _GATHERINGS
            and previous.status in _TAKING_PLACE
            and previous.place is not None
            and previous.end <= mention.start
            and not text[previous.end : mention.start].strip()
            and _fits_dates(previous, mention, dated)
            # Who meets says it is the same gathering, not another body's meeting that day.
            and mention.parties
            and (not previous.parties or set(previous.parties) & set(mention.parties))
        ):
            out[i] = replace(mention, place=previous.place,
                             place_country=previous.place_country)
    return out
