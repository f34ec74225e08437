"""A deadline stated as a length after something dated (``48 hours after the truce took effect
on Monday``): its date is that day plus the length.

Only a length whose next words are an offset preposition (``after``, ``following``, ``from``)
and a day written later in the same sentence, with no other length between them, make a date;
a length alone (``a 90-day deadline``) dates nothing here.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date, timedelta

from communique.model.temporal import TimeExpression

_LENGTH = re.compile(r"^P(?:T(?P<hours>\d+)H|(?P<days>\d+)D|(?P<weeks>\d+)W)$")
_HOURS_A_DAY = 24
_DAYS_A_WEEK = 7
# What may stand between the preposition and the day (``after the truce took effect on``).
_REACH = 80


def _days(value: str | None) -> int | None:
    """A length in whole days (``PT48H`` is 2, ``P2W`` 14); ``None`` for any other value."""
    match = _LENGTH.match(value or "")
    if match is None:
        return None
    if match.group("hours"):
        hours = int(match.group("hours"))
        return hours // _HOURS_A_DAY if hours % _HOURS_A_DAY == 0 else None
    if match.group("days"):
        return int(match.group("days"))
    return int(match.group("weeks")) * _DAYS_A_WEEK


def offset_dates(
    text: str,
    span: tuple[int, int],
    dates: Sequence[TimeExpression],
    prepositions: frozenset[str],
) -> tuple[TimeExpression, ...]:
    """The date of a deadline the span states as a length after a day, or nothing."""
    first, last = span
    inside = sorted((d for d in dates if first <= d.start and d.end <= last),
                    key=lambda d: d.start)
    for n, length in enumerate(inside):
        days = _days(length.value) if length.kind == "duration" else None
        if days is None:
            continue
        after = text[length.end : length.end + _REACH].split()
        if not after or after[0].lower() not in prepositions:
            continue
        for anchor in inside[n + 1 :]:
            if anchor.kind == "duration" or anchor.start - length.end > _REACH:
                break
            if anchor.granularity != "day" or not anchor.value or len(anchor.value) != 10:
                continue
            day = date.fromisoformat(anchor.value) + timedelta(days=days)
            return (TimeExpression(length.start, anchor.end, text[length.start : anchor.end],
                                   day.isoformat(), "day", "date", f"text:{anchor.start}"),)
    return ()
