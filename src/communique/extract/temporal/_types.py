"""What a resolver is given and what it returns."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

NO_DATE = "no publication date"
"""``anchor`` of a relative expression whose value is ``None`` for want of a date."""


@dataclass(frozen=True, slots=True)
class Context:
    """The surroundings of one candidate: the text, its date and the day it may refer back to."""

    text: str
    start: int
    end: int
    published: date | None
    previous: tuple[int, date] | None
    """Offset and day of the nearest earlier day-level expression in the same paragraph."""
    recent: tuple[int, date] | None = None
    """Offset and day of the nearest earlier day-level expression anywhere before, if that day
    is within a week of publication: the day a report is about (``ended the day up 2%``)."""
    period: tuple[int, date, str] | None = None
    """Offset, first day and granularity (``day``, ``month`` or ``year``) of the nearest earlier
    expression in the same paragraph that names a day, a month or a year: what ``two years
    later`` or ``that year`` count from in a narrative."""
    before: tuple[int, date] | None = None
    """Offset and day of the nearest earlier day-level expression in this paragraph or the one
    before it: what an anaphoric ``that day`` or ``by that time`` may point back to when its
    own paragraph names no day."""


@dataclass(frozen=True, slots=True)
class Resolution:
    """A resolver's answer; a resolver returns ``None`` instead when the match is no date."""

    value: str | None
    granularity: str
    kind: str = "date"
    anchor: str | None = None
