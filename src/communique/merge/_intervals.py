"""Turn normalized temporal values into date intervals, so mentions can be compared by time."""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, timedelta

# A day, or a time or part of a day on it ("2025-12-04TAF", "2025-12-04T15:00").
_DAY = re.compile(r"^(\d{4})-(\d{2})-(\d{2})(?:T[\w:]+)?$")
_WEEK = re.compile(r"^(\d{4})-W(\d{2})$")
_MONTH = re.compile(r"^(\d{4})-(\d{2})$")
_YEAR = re.compile(r"^(\d{4})$")

PRECISE = frozenset({"day", "range"})


@dataclass(frozen=True, slots=True, order=True)
class Interval:
    """A closed interval of days with the granularity it came from."""

    start: date
    end: date
    granularity: str

    @property
    def precise(self) -> bool:
        """Day or range of days, as opposed to a week, month or year."""
        return self.granularity in PRECISE

    def overlaps(self, other: Interval, slack: int = 0) -> bool:
        """Whether the two intervals share a day (or come within ``slack`` days)."""
        pad = timedelta(days=slack)
        return self.start <= other.end + pad and other.start <= self.end + pad

    def union(self, other: Interval) -> Interval:
        """The smallest interval covering both, keeping the finer granularity."""
        granularity = "range" if self.precise or other.precise else self.granularity
        return Interval(min(self.start, other.start), max(self.end, other.end), granularity)


def _one(value: str) -> Interval | None:
    """The interval of a single (non-range) value."""
    if m := _DAY.match(value):
        try:
            day = date(int(m[1]), int(m[2]), int(m[3]))
        except ValueError:
            return None
        return Interval(day, day, "day")
    if m := _WEEK.match(value):
        try:
            monday = date.fromisocalendar(int(m[1]), int(m[2]), 1)
        except ValueError:
            return None
        return Interval(monday, monday + timedelta(days=6), "week")
    if m := _MONTH.match(value):
        year, month = int(m[1]), int(m[2])
        if not 1 <= month <= 12:
            return None
        last = calendar.monthrange(year, month)[1]
        return Interval(date(year, month, 1), date(year, month, last), "month")
    if m := _YEAR.match(value):
        year = int(m[1])
        return Interval(date(year, 1, 1), date(year, 12, 31), "year")
    return None


def interval(value: str | None) -> Interval | None:
    """The interval of an ISO-like value (``2026-02-17``, ``…/…``, ``2026-W08``, ``2026-06``)."""
    if not value:
        return None
    if "/" in value:
        first, _, last = value.partition("/")
        a, b = _one(first), _one(last)
        if a is None or b is None or b.end < a.start:
            return None
        return Interval(a.start, b.end, "range" if a.precise and b.precise else a.granularity)
    return _one(value)


def stretch(day: Interval, days: int | None, *, ends: bool) -> Interval:
    """Extend a single day to an event ``days`` long that ends (or starts) on it."""
    if days is None or days < 2 or day.granularity != "day":
        return day
    if ends:
        return Interval(day.start - timedelta(days=days - 1), day.end, "range")
    return Interval(day.start, day.end + timedelta(days=days - 1), "range")
