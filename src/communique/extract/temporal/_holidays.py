"""Named days of the calendar: ``Christmas``, ``New Year's Day``, ``Thanksgiving``, ``Easter``.

TimeML marks them as DATEs with the day they fall on. Without a written year the year is chosen
as for a yearless ``month day``: by the tense of the clause, else the nearest one.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date, timedelta

from communique.extract.temporal._calendar import iso_day, year_for_month_day
from communique.extract.temporal._tense import tense_near
from communique.extract.temporal._types import NO_DATE, Context, Resolution

HOLIDAY = (r"(?:Christmas(?:\s+Eve|\s+Day)?|New\s+Year['’]s\s+(?:Day|Eve)|Thanksgiving(?:\s+Day)?"
           r"|Easter(?:\s+Sunday|\s+Monday)?|Good\s+Friday|Halloween|Valentine['’]s\s+Day"
           r"|Boxing\s+Day|Memorial\s+Day|Labou?r\s+Day)")
"""Named days whose date every year is known (fixed, or counted from the calendar)."""


def easter(year: int) -> date:
    """Easter Sunday of ``year`` in the Gregorian calendar (the computus, in integers)."""
    golden = year % 19
    century, rest = divmod(year, 100)
    leap_skips, leap_rest = divmod(century, 4)
    moon_fix = (century + 8) // 25
    moon = (century - moon_fix + 1) // 3
    epact = (19 * golden + century - leap_skips - moon + 15) % 30
    quarter, rest_4 = divmod(rest, 4)
    weekday = (32 + 2 * leap_rest + 2 * quarter - epact - rest_4) % 7
    late = (golden + 11 * epact + 22 * weekday) // 451
    month, day = divmod(epact + weekday - 7 * late + 114, 31)
    return date(year, month, day + 1)


def _nth_weekday(year: int, month: int, weekday: int, n: int) -> date:
    """The ``n``-th ``weekday`` (0 = Monday) of a month; ``n = -1`` is the last one."""
    if n > 0:
        first = date(year, month, 1)
        return first + timedelta(days=(weekday - first.weekday()) % 7 + 7 * (n - 1))
    last = date(year + month // 12, month % 12 + 1, 1) - timedelta(days=1)
    return last - timedelta(days=(last.weekday() - weekday) % 7)


_FIXED: dict[str, tuple[int, int]] = {
    "christmas": (12, 25), "christmas day": (12, 25), "christmas eve": (12, 24),
    "new year's day": (1, 1), "new year's eve": (12, 31), "halloween": (10, 31),
    "valentine's day": (2, 14), "boxing day": (12, 26),
}
_COUNTED: dict[str, Callable[[int], date]] = {
    "thanksgiving": lambda y: _nth_weekday(y, 11, 3, 4),
    "thanksgiving day": lambda y: _nth_weekday(y, 11, 3, 4),
    "memorial day": lambda y: _nth_weekday(y, 5, 0, -1),
    "labor day": lambda y: _nth_weekday(y, 9, 0, 1),
    "labour day": lambda y: _nth_weekday(y, 9, 0, 1),
    "easter": easter, "easter sunday": easter,
    "easter monday": lambda y: easter(y) + timedelta(days=1),
    "good friday": lambda y: easter(y) - timedelta(days=2),
}
_SPACES = re.compile(r"\s+")


def day_of(name: str, year: int) -> date | None:
    """The day a named holiday falls on in ``year`` (``None`` for a name not known)."""
    key = _SPACES.sub(" ", name.lower().replace("’", "'"))
    if key in _FIXED:
        month, day = _FIXED[key]
        return date(year, month, day)
    counted = _COUNTED.get(key)
    return counted(year) if counted else None


def holiday(m: re.Match[str], ctx: Context) -> Resolution | None:
    """``Christmas``, ``Thanksgiving 2012``, ``on Easter Monday``: the day it falls on."""
    name = m.group("name")
    if m.group("y"):
        day = day_of(name, int(m.group("y")))
        return Resolution(iso_day(day), "day") if day else None
    if ctx.published is None:
        return Resolution(None, "day", anchor=NO_DATE)
    this_year = day_of(name, ctx.published.year)
    if this_year is None:
        return None
    tense = tense_near(ctx.text, ctx.start, ctx.end)
    year = year_for_month_day(this_year.month, this_year.day, ctx.published, tense)
    day = day_of(name, year)
    return Resolution(iso_day(day), "day", anchor="published") if day else None
