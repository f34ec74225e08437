"""Calendar arithmetic and ISO-like value formatting for temporal normalization."""

from __future__ import annotations

import calendar
from datetime import date, timedelta

PAST = "past"
FUTURE = "future"
NEUTRAL = "neutral"


def iso_day(d: date) -> str:
    """``2026-02-17``."""
    return d.isoformat()


def iso_month(year: int, month: int) -> str:
    """``2026-06``."""
    return f"{year:04d}-{month:02d}"


def iso_week(d: date) -> str:
    """The ISO week holding ``d``: ``2026-W08``."""
    year, week, _ = d.isocalendar()
    return f"{year:04d}-W{week:02d}"


def add_months(year: int, month: int, delta: int) -> tuple[int, int]:
    """Shift a (year, month) pair by ``delta`` months."""
    index = year * 12 + (month - 1) + delta
    return index // 12, index % 12 + 1


def shift_day(d: date, amount: int, unit: str) -> date:
    """Move ``d`` by ``amount`` units of D, W, M or Y, clamping the day of the month."""
    if unit == "D":
        return d + timedelta(days=amount)
    if unit == "W":
        return d + timedelta(weeks=amount)
    months = amount * 12 if unit == "Y" else amount
    year, month = add_months(d.year, d.month, months)
    return safe_date(year, month, d.day, clamp=True) or d


def safe_date(year: int, month: int, day: int, *, clamp: bool = False) -> date | None:
    """A ``date`` or ``None`` when the parts do not make one (clamping the day if asked)."""
    if not (1 <= month <= 12 and 1 <= year <= 9999 and day >= 1):
        return None
    last = calendar.monthrange(year, month)[1]
    if day > last:
        if not clamp:
            return None
        day = last
    return date(year, month, day)


def year_for_month_day(month: int, day: int, published: date, tense: str) -> int:
    """The year a yearless ``month day`` most likely means, seen from ``published``.

    Past tense picks the latest such day on or before publication, future the earliest on or
    after, and no cue the nearest; news rarely points more than half a year away without a year.
    """
    candidates = []
    for year in (published.year - 1, published.year, published.year + 1):
        d = safe_date(year, month, day, clamp=True)
        if d is not None:
            candidates.append(d)
    if tense == PAST:
        before = [d for d in candidates if d <= published]
        if before:
            return max(before).year
    elif tense == FUTURE:
        after = [d for d in candidates if d >= published]
        if after:
            return min(after).year
    return min(candidates, key=lambda d: abs((d - published).days)).year


def year_for_month(month: int, published: date, tense: str) -> int:
    """The year a yearless month name most likely means (same rules as a month and day)."""
    current = published.year * 12 + published.month - 1
    options = [(y, y * 12 + month - 1) for y in (published.year - 1, published.year,
                                                  published.year + 1)]
    if tense == PAST:
        past = [o for o in options if o[1] <= current]
        if past:
            return max(past, key=lambda o: o[1])[0]
    elif tense == FUTURE:
        future = [o for o in options if o[1] >= current]
        if future:
            return min(future, key=lambda o: o[1])[0]
    return min(options, key=lambda o: (abs(o[1] - current), -o[1]))[0]


def weekday_date(weekday: int, published: date, tense: str, modifier: str) -> date:
    """The day a weekday name means in a text published on ``published``.

    ``last``/``next`` step strictly back/forward; otherwise the publication day itself when it
    is that weekday, else the nearest one in the direction of the tense (past by default: news
    mostly reports what already happened).
    """
    back = (published.weekday() - weekday) % 7
    forward = (weekday - published.weekday()) % 7
    if modifier == "last":
        return published - timedelta(days=back or 7)
    if modifier == "next":
        return published + timedelta(days=forward or 7)
    if modifier in {"this", "coming"} and tense != PAST:
        return published + timedelta(days=forward)
    if tense == FUTURE:
        return published + timedelta(days=forward)
    return published - timedelta(days=back)


def quarter_of(d: date) -> int:
    """1..4."""
    return (d.month - 1) // 3 + 1


def season_year(season: str, d: date) -> int:
    """The year a season is filed under: winter belongs to the year of its January."""
    if season == "WI" and d.month == 12:
        return d.year + 1
    return d.year


def season_of(d: date) -> str:
    """The (northern) meteorological season holding ``d``."""
    return ("WI", "WI", "SP", "SP", "SP", "SU", "SU", "SU", "FA", "FA", "FA", "WI")[d.month - 1]


def duration_value(amount: float | None, unit: str) -> str:
    """An ISO 8601 duration; ``amount`` None gives an unknown amount ``X``."""
    if amount is None:
        number = "X"
    elif float(amount).is_integer():
        number = str(int(amount))
    else:
        number = f"{amount:g}"
    if unit == "DE":
        return f"P{number}0Y" if number != "X" and float(amount or 0).is_integer() else (
            f"P{number}DE")
    if unit == "CE":
        return f"P{number}00Y" if number != "X" and float(amount or 0).is_integer() else (
            f"P{number}CE")
    if unit.startswith("T"):
        return f"PT{number}{unit[1:]}"
    return f"P{number}{unit}"
