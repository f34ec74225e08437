"""Dates of the dossier on a chart axis: partial ISO dates as day ranges, ticks, positions.

The dossier's dates may be days (``2031-03-17``), months (``2031-03``) or years (``2031``): each
becomes the range of days it covers, so a month-level event is drawn as wide as its month.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, timedelta

_ISO = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?")
_DRAWN_YEARS = range(1000, 9000)
"""Years a chart draws: an axis padded around year 1 or 9999 would run off the calendar
(OverflowError); no story's dates are near either end."""


def day_range(value: str | None) -> tuple[date, date] | None:
    """The first and last day a (partial) ISO date covers, or ``None`` when it is not one."""
    if not value:
        return None
    match = _ISO.match(value)
    if not match:
        return None
    year = int(match.group(1))
    month, day = (int(g) if g else None for g in match.groups()[1:])
    if year not in _DRAWN_YEARS:
        return None
    try:
        if month is None:
            return date(year, 1, 1), date(year, 12, 31)
        if day is None:
            last = calendar.monthrange(year, month)[1]
            return date(year, month, 1), date(year, month, last)
        one = date(year, month, day)
    except ValueError:
        return None
    return one, one


def span(start: str | None, end: str | None) -> tuple[date, date, bool] | None:
    """The days from ``start`` to ``end`` and whether both were given to the day."""
    first = day_range(start)
    if first is None:
        return None
    last = day_range(end) or first
    exact = bool(start and len(start) >= 10 and (not end or len(end) >= 10))
    low, high = min(first[0], last[0]), max(first[1], last[1])
    return low, high, exact


@dataclass(frozen=True, slots=True)
class Axis:
    """A linear date scale from ``low`` to ``high`` (inclusive) onto ``x0``…``x1`` pixels."""

    low: date
    high: date
    x0: float
    x1: float

    @property
    def days(self) -> int:
        """Days covered (at least 1)."""
        return max(1, (self.high - self.low).days + 1)

    def x(self, day: date) -> float:
        """The pixel position of the start of ``day``."""
        return self.x0 + (day - self.low).days * (self.x1 - self.x0) / self.days

    def width(self, first: date, last: date) -> float:
        """Pixels from the start of ``first`` to the end of ``last``."""
        return max(0.0, self.x(last + timedelta(days=1)) - self.x(first))

    def ticks(self) -> list[tuple[date, str]]:
        """Labelled tick days: every day, week, month or year, whichever fits about 8 ticks."""
        days = self.days
        if days <= 16:
            step = 1 if days <= 10 else 2
            return [(d, d.strftime("%d %b")) for d in _every(self.low, self.high, step)]
        if days <= 90:
            first = self.low + timedelta(days=(7 - self.low.weekday()) % 7)
            return [(d, d.strftime("%d %b")) for d in _every(first, self.high, 7)]
        months = _months(self.low, self.high)
        if len(months) <= 30:
            keep = max(1, len(months) // 8)
            return [(m, m.strftime("%b %Y")) for m in months[::keep]]
        return [(date(y, 1, 1), str(y)) for y in range(self.low.year + 1, self.high.year + 1)]


def grid(axis: Axis, top: float, bottom: float, label_y: float, width: float) -> list[str]:
    """Vertical lines at the axis ticks from ``top`` to ``bottom``, labelled at ``label_y``
    (a label that would run past ``width`` is left out)."""
    from communique.outputs.charts import _svg as svg

    parts = []
    for day, label in axis.ticks():
        x = axis.x(day)
        parts.append(svg.tag("line", x1=f"{x:.1f}", x2=f"{x:.1f}", y1=top, y2=bottom,
                             stroke="#e3e3e3"))
        if x + 3 + len(label) * 6.5 <= width:
            parts.append(svg.tag("text", svg.text(label), x=f"{x + 3:.1f}", y=label_y,
                                 fill="#666", font_size=11))
    return parts


def _every(first: date, last: date, step: int) -> list[date]:
    out = []
    day = first
    while day <= last:
        out.append(day)
        day += timedelta(days=step)
    return out


def _months(first: date, last: date) -> list[date]:
    out = []
    year, month = first.year, first.month
    if first.day != 1:
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    while date(year, month, 1) <= last:
        out.append(date(year, month, 1))
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return out


def padded(days: list[date]) -> tuple[date, date]:
    """The range of ``days`` widened by a little on both sides (at least a week in all)."""
    low, high = min(days), max(days)
    pad = max(1, (high - low).days // 20)
    low, high = low - timedelta(days=pad), high + timedelta(days=pad)
    if (high - low).days < 6:
        high = low + timedelta(days=6)
    return low, high
