"""Resolvers for calendar dates written with a month, a day or a year.

A missing year is taken from the publication date, backwards or forwards by the tense of the
clause; without a publication date such a value is ``None``.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from communique.extract.temporal._calendar import (
    iso_day,
    iso_month,
    iso_week,
    safe_date,
    year_for_month,
    year_for_month_day,
)
from communique.extract.temporal._lexicon import DAY_ORDINALS, MONTHS, WEEKDAYS
from communique.extract.temporal._tense import tense_near
from communique.extract.temporal._types import NO_DATE, Context, Resolution

_DAY_DIGITS = re.compile(r"\d+")
_SPACES = re.compile(r"\s+")


def month_number(name: str) -> int:
    """``Feb.`` → 2."""
    return MONTHS[name.rstrip(".").lower()]


def day_number(text: str) -> int:
    """``17th`` → 17, ``twenty-seventh`` → 27 (0 when it is neither)."""
    found = _DAY_DIGITS.match(text)
    if found:
        return int(found.group())
    return DAY_ORDINALS.get(_SPACES.sub("-", text.strip().lower()), 0)


def _year_of(m: re.Match[str], ctx: Context, month: int, day: int) -> int | None:
    """The written year of a date (either end of a range), else one guessed from its date.

    A range is placed by its last day, so that talks "scheduled for February 17-18" reported
    on the 18th stay in this year.
    """
    written = m.group("y1") or _group(m, "y2")
    if written:
        return int(written)
    if ctx.published is None:
        return None
    tense = tense_near(ctx.text, ctx.start, ctx.end)
    if _group(m, "d2"):
        month2 = month_number(_group(m, "m2") or m.group("m1"))
        year2 = year_for_month_day(month2, day_number(m.group("d2")), ctx.published, tense)
        return year2 - (1 if month2 < month else 0)
    year = year_for_month_day(month, day, ctx.published, tense)
    weekday = _group(m, "wd")
    return _year_of_weekday(year, month, day, weekday) if weekday else year


def _year_of_weekday(year: int, month: int, day: int, weekday: str) -> int:
    """The year next to ``year`` in which the day falls on the weekday the text gives with it
    ("Friday, Oct. 13" is in a year whose 13 October is a Friday); ``year`` when none does."""
    wanted = WEEKDAYS[weekday.lower()]
    for candidate in (year, year - 1, year + 1):
        found = safe_date(candidate, month, day)
        if found is not None and found.weekday() == wanted:
            return candidate
    return year


def _group(m: re.Match[str], name: str) -> str | None:
    """A named group's text, or ``None`` when the pattern has no such group or it is empty."""
    return m.group(name) if name in m.re.groupindex else None


def month_day(m: re.Match[str], ctx: Context) -> Resolution | None:
    """``Feb. 14``, ``February 14, 2026``, ``17 February``, ``February 17-18``, ``Feb. 3 and 4``."""
    month, day = month_number(m.group("m1")), day_number(m.group("d1"))
    year = _year_of(m, ctx, month, day)
    second = _group(m, "d2")
    if year is None:
        # TimeML writes the unknown year as XXXX: the day and month stay, and a later stage
        # that knows the batch's year (the story merge) can place them.
        known = safe_date(2000, month, day)  # a leap year: any stated day of a month is valid
        unknown = f"XXXX-{month:02d}-{day:02d}" if known else None
        if unknown is not None and second:
            unknown = _yearless_end(unknown, _group(m, "m2") or m.group("m1"), second)
        return Resolution(unknown, "range" if second else "day", anchor=NO_DATE)
    first = safe_date(year, month, day)
    if first is None:
        return None
    if not second:
        return Resolution(iso_day(first), "day", anchor=None if m.group("y1") else "published")
    month2 = month_number(_group(m, "m2") or m.group("m1"))
    year2 = int(_group(m, "y2") or (year + 1 if month2 < month else year))
    last = safe_date(year2, month2, day_number(second))
    if last is None or last <= first:
        return None
    anchor = None if (m.group("y1") or _group(m, "y2")) else "published"
    return Resolution(f"{iso_day(first)}/{iso_day(last)}", "range", anchor=anchor)


def _yearless_end(first: str, month_word: str, day_word: str) -> str | None:
    """A range of unknown year (``October 30 - November 1``) as ``XXXX-10-30/XXXX-11-01``;
    ``None`` when its end is not a later day of the same year (a range over New Year cannot
    be written without the year)."""
    month, day = month_number(month_word), day_number(day_word)
    if safe_date(2000, month, day) is None:
        return None
    last = f"XXXX-{month:02d}-{day:02d}"
    return f"{first}/{last}" if last > first else None


def month_week(m: re.Match[str], ctx: Context) -> Resolution | None:
    """``the last week of March``: the ISO week holding that week's Thursday."""
    number = month_number(m.group("m1"))
    if m.group("y1"):
        year = int(m.group("y1"))
    elif ctx.published is None:
        return Resolution(None, "week", anchor=NO_DATE)
    else:
        year = _month_year(number, "", ctx)
    word = m.group("w").lower()
    if word in {"last", "final"}:
        last = safe_date(year, number, 31, clamp=True)
        assert last is not None
        thursday = last - timedelta(days=(last.weekday() - 3) % 7)
    else:
        first = date(year, number, 1)
        thursday = first + timedelta(days=(3 - first.weekday()) % 7)
        thursday += timedelta(weeks={"first": 0, "second": 1, "third": 2, "fourth": 3}[word])
    return Resolution(iso_week(thursday), "week",
                      anchor=None if m.group("y1") else "published")


def numeric(m: re.Match[str], ctx: Context) -> Resolution | None:
    """``17/02/2026`` or ``2/17/2026``: month first unless the first part cannot be a month."""
    a, b, year = int(m.group("a")), int(m.group("b")), int(m.group("y"))
    if year < 100:
        # "7/8/07": the century that puts the year nearest before (or just after) publication.
        now = ctx.published.year if ctx.published else 2000
        year += now // 100 * 100
        year -= 100 if year > now + 1 else 0
    month, day = (b, a) if a > 12 else (a, b)
    found = safe_date(year, month, day)
    return Resolution(iso_day(found), "day") if found else None


def iso(m: re.Match[str], ctx: Context) -> Resolution | None:
    """``2026-02-17``."""
    found = safe_date(int(m.group("y")), int(m.group("m")), int(m.group("d")))
    return Resolution(iso_day(found), "day") if found else None


def month_year(m: re.Match[str], ctx: Context) -> Resolution | None:
    """``August 2025``."""
    return Resolution(iso_month(int(m.group("y1")), month_number(m.group("m1"))), "month")


def month_rel_year(m: re.Match[str], ctx: Context) -> Resolution | None:
    """``October of next year``."""
    if ctx.published is None:
        return Resolution(None, "month", anchor=NO_DATE)
    step = {"this": 0, "last": -1, "next": 1}[m.group("rel").lower()]
    return Resolution(iso_month(ctx.published.year + step, month_number(m.group("m1"))),
                      "month", anchor="published")


def month(m: re.Match[str], ctx: Context) -> Resolution | None:
    """``June``, ``last June``, ``next March``: the year from the modifier or the tense."""
    number = month_number(m.group("m1"))
    if ctx.published is None:
        return Resolution(None, "month", anchor=NO_DATE)
    year = _month_year(number, (m.group("mod") or "").lower(), ctx)
    return Resolution(iso_month(year, number), "month", anchor="published")


def _month_year(number: int, modifier: str, ctx: Context) -> int:
    """The year of a yearless month seen from the publication date."""
    assert ctx.published is not None
    current = ctx.published.month
    if modifier in {"last", "past"}:
        return ctx.published.year - (1 if number >= current else 0)
    if modifier in {"next", "coming"}:
        return ctx.published.year + (1 if number <= current else 0)
    if modifier == "this":
        return ctx.published.year
    return year_for_month(number, ctx.published, tense_near(ctx.text, ctx.start, ctx.end))


def month_edge(m: re.Match[str], ctx: Context) -> Resolution | None:
    """``the end of January``, ``the end of January and beginning of February``."""
    first = month_number(m.group("m1"))
    if m.group("y1"):
        year = int(m.group("y1"))
    elif ctx.published is None:
        return Resolution(None, "range" if m.group("m2") else "month", anchor=NO_DATE)
    else:
        year = _month_year(first, "", ctx)
    anchor = None if m.group("y1") or m.group("y2") else "published"
    if not m.group("m2"):
        return Resolution(iso_month(year, first), "month", anchor=anchor)
    second = month_number(m.group("m2"))
    year2 = int(m.group("y2")) if m.group("y2") else year + (1 if second < first else 0)
    if (year2, second) <= (year, first):
        return None
    value = f"{iso_month(year, first)}/{iso_month(year2, second)}"
    return Resolution(value, "range", anchor=anchor)


def year(m: re.Match[str], ctx: Context) -> Resolution | None:
    """``2014``, ``mid-2025``, ``pre-2014`` (the prefix stays outside the span)."""
    return Resolution(m.group("y"), "year")


def year_range(m: re.Match[str], ctx: Context) -> Resolution | None:
    """``2014-2016``, ``between 2014 and 2016``, ``2014-16``."""
    first = int(m.group("y1"))
    tail = m.group("y2")
    last = int(tail) if len(tail) == 4 else first // 100 * 100 + int(tail)
    if last <= first:
        return None
    return Resolution(f"{first}/{last}", "range")

