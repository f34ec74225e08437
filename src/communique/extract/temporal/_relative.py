"""Resolvers for expressions relative to the publication date or to an earlier date.

``yesterday``, ``last week`` and ``on Wednesday`` count from the publication date; ``the day
before`` and ``the following week`` count from the nearest earlier day in the same paragraph
when there is one, since narrative text moves its own clock.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from communique.extract.temporal._calendar import (
    add_months,
    duration_value,
    iso_day,
    iso_month,
    iso_week,
    quarter_of,
    shift_day,
    weekday_date,
)
from communique.extract.temporal._lexicon import PARTS_OF_DAY, UNITS, WEEKDAYS
from communique.extract.temporal._numbers import amount, unit_name
from communique.extract.temporal._tense import tense_near
from communique.extract.temporal._types import NO_DATE, Context, Resolution

_DAY_WORDS = {"today": 0, "tonight": 0, "yesterday": -1, "tomorrow": 1}
_STEPS = {"this": 0, "current": 0, "last": -1, "past": -1, "previous": -1, "preceding": -1,
          "prior": -1, "latest": -1, "next": 1, "coming": 1, "following": 1, "same": 0, "that": 0}
_BACKWARD = frozenset({"before", "earlier", "prior", "ago", "previously", "beforehand",
                       "previous"})
# Units counted in years when an offset lands on a year ("a decade ago").
_LONG_UNITS = {"DE": 10, "CE": 100}
_SPACES = re.compile(r"\s+")


def _day_part(day: date, part: str | None) -> Resolution:
    """A day, or a part of it (``2026-02-17TMO``) when one is named."""
    if part:
        return Resolution(f"{iso_day(day)}T{PARTS_OF_DAY[part.lower()]}", "time",
                          anchor="published")
    return Resolution(iso_day(day), "day", anchor="published")


def weekday(m: re.Match[str], ctx: Context) -> Resolution | None:
    """``on Wednesday``: the latest such day up to publication, or the next one in the future."""
    if ctx.published is None:
        return Resolution(None, "day", anchor=NO_DATE)
    tense = tense_near(ctx.text, ctx.start, ctx.end)
    modifier = (m.group("mod") or "").lower()
    day = weekday_date(WEEKDAYS[m.group("wd").lower()], ctx.published, tense, modifier)
    return _day_part(day, m.group("part"))


def rel_day(m: re.Match[str], ctx: Context) -> Resolution | None:
    """``yesterday``, ``today``, ``tomorrow``, ``tonight``, ``earlier today``."""
    if ctx.published is None:
        return Resolution(None, "day", anchor=NO_DATE)
    word = m.group("w").lower()
    day = ctx.published + timedelta(days=_DAY_WORDS[word])
    return _day_part(day, m.group("part") or ("night" if word == "tonight" else None))


def part_day(m: re.Match[str], ctx: Context) -> Resolution | None:
    """``this morning``; ``last night`` is the night before publication; ``morning trading``
    is on the day the paragraph names, else on the day of publication."""
    if ctx.published is None:
        return Resolution(None, "time", anchor=NO_DATE)
    if m.group("part2"):
        # The day the report is about, as for "ended the day": named in this paragraph or,
        # near publication, in an earlier one.
        base = _base(ctx)
        if ctx.previous is None and ctx.recent is not None:
            base = ctx.recent[1], f"text:{ctx.recent[0]}"
        assert base is not None  # published is known
        part = PARTS_OF_DAY[m.group("part2").lower()]
        return Resolution(f"{iso_day(base[0])}T{part}", "time", anchor=base[1])
    last = m.group("w").lower() == "last"
    return _day_part(ctx.published - timedelta(days=1 if last else 0), m.group("part"))


def rel_period(m: re.Match[str], ctx: Context) -> Resolution | None:
    """``last week``, ``later this month``, ``the end of next year``; ``the past year`` lasts."""
    unit = m.group("unit").lower()
    det = m.group("det").lower()
    if unit == "fortnight" or (m.group("the") and det in {"past", "last"} and not m.group(
            "edge")):
        # "over the past year" measures a stretch of time rather than naming a calendar year.
        count = 2 if unit == "fortnight" else 1
        return Resolution(duration_value(count, _unit_code(unit)), "duration", kind="duration")
    if ctx.published is None:
        return Resolution(None, _granularity(unit), anchor=NO_DATE)
    return _period(ctx.published, unit, _STEPS[det], "published")


def _unit_code(unit: str) -> str:
    """ISO designator of a calendar unit (``W`` for a fortnight's weeks)."""
    return "W" if unit == "fortnight" else UNITS.get(unit, "X")


def _granularity(unit: str) -> str:
    """The granularity named after a unit, or ``other``."""
    return unit if unit in {"day", "week", "month", "year"} else "other"


def _period(base: date, unit: str, step: int, anchor: str) -> Resolution:
    """The calendar period of ``unit`` that is ``step`` periods away from ``base``."""
    if unit == "day":
        return Resolution(iso_day(base + timedelta(days=step)), "day", anchor=anchor)
    if unit in {"week", "weekend"}:
        week = iso_week(base + timedelta(weeks=step))
        return Resolution(week + ("-WE" if unit == "weekend" else ""), _granularity(unit),
                          anchor=anchor)
    if unit == "month":
        return Resolution(iso_month(*add_months(base.year, base.month, step)), "month",
                          anchor=anchor)
    if unit == "quarter":
        index = base.year * 4 + quarter_of(base) - 1 + step
        return Resolution(f"{index // 4}-Q{index % 4 + 1}", "other", anchor=anchor)
    if unit == "decade":
        return Resolution(str(base.year // 10 + step), "other", anchor=anchor)
    if unit == "century":
        return Resolution(f"{base.year // 100 + step:02d}", "other", anchor=anchor)
    return Resolution(str(base.year + step), "year", anchor=anchor)


def _base(ctx: Context) -> tuple[date, str] | None:
    """The day a back-reference counts from: an earlier day in the paragraph, else publication."""
    if ctx.previous is not None:
        return ctx.previous[1], f"text:{ctx.previous[0]}"
    if ctx.published is not None:
        return ctx.published, "published"
    return None


# What a month or year may count from besides a day: a month counts from a named month, a year
# from a named month or year ("In 2005 … that year", "in March 2009 … two years later").
_COARSE = {"year": frozenset({"year", "month", "day"}), "month": frozenset({"month", "day"})}


def _base_for(ctx: Context, unit: str) -> tuple[date, str] | None:
    """The day a back-reference in ``unit`` counts from: the nearest earlier day, or month or
    year precise enough for the unit, in the paragraph, else publication."""
    base = _base(ctx)
    period = ctx.period
    if period is None or period[2] not in _COARSE.get(unit, ()):
        return base
    if ctx.previous is not None and ctx.previous[0] >= period[0]:
        return base
    return period[1], f"text:{period[0]}"


def ref_unit(m: re.Match[str], ctx: Context) -> Resolution | None:
    """``the next day``, ``the previous week``, ``that day``, ``the same morning``,
    ``that year`` and ``the entire year`` (the year the paragraph is about)."""
    unit = m.group("unit").lower()
    base = _base_for(ctx, unit)
    if unit == "time" and not m.group("that"):
        return None  # "at the same time" relates two events; it names no time
    if unit == "time":
        # "by that time": the day the paragraph (or the one before) last named, else some time
        # in the past.
        if ctx.previous is None and ctx.before is not None:
            base = ctx.before[1], f"text:{ctx.before[0]}"
        elif ctx.previous is None or base is None:
            return Resolution("PAST_REF", "other")
        return Resolution(iso_day(base[0]), "day", anchor=base[1])
    det = (m.group("det") or "").lower()
    if m.group("that") and ctx.previous is None and ctx.before is not None and unit in {
            "day", "morning", "afternoon", "evening", "night"}:
        # "That day, …" points back at the day the paragraph before named.
        base = ctx.before[1], f"text:{ctx.before[0]}"
    elif unit == "day" and ctx.previous is None and ctx.recent is not None and det in {"", "same"} \
            and not m.group("that"):
        # "ended the day": the day the report is about, named in an earlier paragraph.
        base = ctx.recent[1], f"text:{ctx.recent[0]}"
    if base is None:
        return Resolution(None, _granularity(unit), anchor=NO_DATE)
    step = _STEPS[(m.group("det") or "that").lower()]
    if unit in PARTS_OF_DAY:
        # "the next morning" is the morning of the day after.
        day = base[0] + timedelta(days=step)
        return Resolution(f"{iso_day(day)}T{PARTS_OF_DAY[unit]}", "time", anchor=base[1])
    return _period(base[0], unit, step, base[1])


def edge_unit(m: re.Match[str], ctx: Context) -> Resolution | None:
    """``the beginning of the year``, ``the rest of the week``: the current year or week."""
    unit = m.group("unit").lower()
    base = _base(ctx)
    if base is None:
        return Resolution(None, _granularity(unit), anchor=NO_DATE)
    return _period(base[0], unit, 0, base[1])


def streak(m: re.Match[str], ctx: Context) -> Resolution | None:
    """``a second straight day``, ``fourth week in a row``, ``best week since``: now's period."""
    unit = (m.group("unit") or m.group("unit2") or m.group("unit3")).lower()
    unit = "day" if unit == "session" else unit
    if ctx.published is None:
        return Resolution(None, _granularity(unit), anchor=NO_DATE)
    base = ctx.recent or ctx.previous
    day, anchor = (base[1], f"text:{base[0]}") if base else (ctx.published, "published")
    return _period(day, unit, 0, anchor)


def rel_offset(m: re.Match[str], ctx: Context) -> Resolution | None:
    """``two days ago``, ``the day before``, ``a year later``."""
    name = unit_name(m.group("unit"))
    unit = UNITS[name]
    number = 1.0 if m.group("the") else amount(m.group("n"))
    direction = _SPACES.sub(" ", m.group("dir").lower())
    if unit in _LONG_UNITS and number is not None:
        # "a decade ago" is ten years ago: a year, as TimeML writes it.
        number, unit = number * _LONG_UNITS[unit], "Y"
    if unit not in {"D", "W", "M", "Y"}:
        return Resolution(None, "time", anchor="clock time not resolved")
    if number is None or not number.is_integer():
        return Resolution(None, _granularity(name), anchor="vague amount")
    if direction in {"ago", "from now", "from today"}:
        base = (ctx.published, "published") if ctx.published else None
    else:
        base = _base_for(ctx, {"Y": "year", "M": "month"}.get(unit, "day"))
    if base is None:
        return Resolution(None, _granularity(name), anchor=NO_DATE)
    sign = -1 if direction in _BACKWARD else 1
    day = shift_day(base[0], sign * int(number), unit)
    # A whole number of days or weeks from a known day lands on one day.
    return _period(day, {"D": "day", "W": "day", "M": "month", "Y": "year"}[unit], 0, base[1])

