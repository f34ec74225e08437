"""Resolvers for amounts of time, repetitions, clock times, anniversaries and vague references."""

from __future__ import annotations

import re

from communique.extract.temporal._calendar import PAST, duration_value, iso_day
from communique.extract.temporal._lexicon import SEASONS, UNITS, VAGUE_REFS, WEEKDAYS
from communique.extract.temporal._numbers import amount, unit_name
from communique.extract.temporal._tense import tense_near
from communique.extract.temporal._types import NO_DATE, Context, Resolution

_SET_ADVERBS = {
    "annually": "P1Y", "yearly": "P1Y", "annual": "P1Y", "daily": "P1D", "nightly": "P1D",
    "weekly": "P1W", "monthly": "P1M", "quarterly": "P3M", "hourly": "PT1H",
    "biannually": "P6M", "biweekly": "P2W",
}
_SET_PARTS = {"morning": "XXXX-XX-XXTMO", "evening": "XXXX-XX-XXTEV", "weekend": "P1WE",
              "season": "P3M"}
_SPACES = re.compile(r"\s+")
# Amounts that a year adds up ("annual loss", "annual sales"): after "annual" they measure a
# year, they do not recur in it.
_SUMMED_OVER_THE_YEAR = frozenset({
    "profit", "profits", "loss", "losses", "revenue", "revenues", "sales", "income", "earnings",
    "turnover", "output", "production", "growth", "inflation", "deficit", "surplus", "budget",
    "spending", "exports", "imports", "rainfall", "emissions", "salary", "pay", "wage", "wages",
    "increase", "decline", "rise", "fall", "gain", "gains", "drop", "result", "results",
})
_NEXT = re.compile(r"\s*([A-Za-z]+)")


def _next_word(text: str, end: int) -> str:
    """The word right after ``end``, lower case (empty when none follows)."""
    found = _NEXT.match(text, end)
    return found.group(1).lower() if found else ""


def _unit_code(word: str) -> str:
    """ISO designator of a duration unit word (``W`` for weeks, ``TH`` for hours)."""
    code = UNITS[unit_name(word)]
    # A weekend is counted as its own unit in TimeML; a fortnight is two weeks.
    return {"F": "W", "WE": "WE"}.get(code, code)


def duration(m: re.Match[str], ctx: Context) -> Resolution | None:
    """``15 years``, ``30-50 years``, ``two-day``, ``nearly four years``, ``a year and a half``."""
    unit = _unit_code(m.group("unit"))
    scale = 2.0 if unit_name(m.group("unit")) == "fortnight" else 1.0
    first = amount(m.group("n1"))
    half = 0.5 if (m.group("half") or m.group("after")) else 0.0
    if m.group("n2"):
        second = amount(m.group("n2"))
        if first is None or second is None or second <= first:
            return None
        value = f"{duration_value(first * scale, unit)}/{duration_value(second * scale, unit)}"
        return Resolution(value, "duration", kind="duration")
    total = None if first is None else (first + half) * scale
    if total == 0.5 and unit in _HALF_UNITS:
        # "half an hour" is thirty minutes, as TimeML writes it (PT30M rather than PT0.5H).
        return Resolution(_HALF_UNITS[unit], "duration", kind="duration")
    return Resolution(duration_value(total, unit), "duration", kind="duration")


_HALF_UNITS = {"TH": "PT30M", "TM": "PT30S", "D": "PT12H", "Y": "P6M", "DE": "P5Y",
               "CE": "P50Y"}


def vague_duration(m: re.Match[str], ctx: Context) -> Resolution | None:
    """``for years``, ``in recent months``: a duration of unknown length."""
    unit = _unit_code(m.group("unit").lower().removesuffix("s").replace("centurie", "century"))
    return Resolution(duration_value(None, unit), "duration", kind="duration")


def set_(m: re.Match[str], ctx: Context) -> Resolution | None:
    """``every day``, ``each year``, ``twice a week`` (the ``a week``), ``weekly``."""
    if m.group("adv"):
        adverb = m.group("adv").lower()
        if adverb == "annual" and _next_word(ctx.text, ctx.end) in _SUMMED_OVER_THE_YEAR:
            # "an annual profit" is one year's worth of profit, an amount over a stretch of
            # time; "its annual conference" comes back every year.
            return Resolution("P1Y", "duration", kind="duration")
        return Resolution(_SET_ADVERBS[adverb], "other", kind="set")
    word = (m.group("wds") or m.group("unit")).lower()
    if word in WEEKDAYS:
        # "every Sunday", "on Sundays": TimeML's weekly pattern XXXX-WXX-7.
        return Resolution(f"XXXX-WXX-{WEEKDAYS[word] + 1}", "other", kind="set")
    if word in _SET_PARTS:
        return Resolution(_SET_PARTS[word], "other", kind="set")
    if word in SEASONS:
        # "each summer": TimeML's yearly pattern XXXX-SU.
        return Resolution(f"XXXX-{SEASONS[word]}", "other", kind="set")
    number = amount(m.group("n")) if m.group("n") else 1.0
    return Resolution(duration_value(number, _unit_code(word)), "other", kind="set")


# Offsets from universal time of the zones whose abbreviation names one zone only ("CST" is
# both China and the American Central zone, "ET" either of two; those stay local times).
_ZONE_OFFSETS = {
    "EST": "-05", "EDT": "-04", "MST": "-07", "MDT": "-06", "PST": "-08", "PDT": "-07",
    "CET": "+01", "CEST": "+02", "BST": "+01", "EET": "+02", "EEST": "+03", "MSK": "+03",
    "JST": "+09", "KST": "+09", "HKT": "+08", "SGT": "+08", "AEST": "+10", "AEDT": "+11",
}
_UNIVERSAL_OFFSET = re.compile(r"(?:GMT|UTC)\s*([+\-−–])\s*(\d{1,2})(?::?(\d\d))?$")


def zone_offset(zone: str) -> str:
    """A zone written after a clock time as TimeML (ISO 8601) writes it after the time.

    ``Z`` for universal time, ``+08`` or ``-05:30`` for an offset, nothing for a zone whose
    offset is not known (``ET``, ``local time``), which leaves the local clock time.
    """
    name = re.sub(r"\s+", " ", zone.strip().upper())
    if name in {"GMT", "UTC"}:
        return "Z"
    if name in _ZONE_OFFSETS:
        return _ZONE_OFFSETS[name]
    found = _UNIVERSAL_OFFSET.match(name)
    if found is None:
        return ""
    sign = "-" if found.group(1) != "+" else "+"
    hours, minutes = int(found.group(2)), int(found.group(3) or 0)
    if hours > 14 or minutes >= 60:
        return ""
    if hours == 0 and minutes == 0:
        return "Z"
    return f"{sign}{hours:02d}" + (f":{minutes:02d}" if minutes else "")


def clock(m: re.Match[str], ctx: Context) -> Resolution | None:
    """``3 p.m.``, ``15:30 GMT``, ``noon``: a time on the publication day."""
    if ctx.published is None:
        return Resolution(None, "time", anchor=NO_DATE)
    day = ctx.previous[1] if ctx.previous else ctx.published
    fixed = (m.group("fixed") or "").lower()
    if fixed:
        hour, minute = (12, 0) if fixed == "noon" else (0, 0)
    elif m.group("h2") is not None:
        hour, minute = int(m.group("h2")), int(m.group("mi2"))
    elif m.group("h3") is not None:
        hour, minute = int(m.group("h3")), int(m.group("mi3"))
    else:
        hour, minute = int(m.group("h")), int(m.group("mi") or 0)
        meridiem = _SPACES.sub("", m.group("ap")).lower().replace(".", "")
        if hour > 12 or hour == 0:
            return None
        hour = hour % 12 + (12 if meridiem == "pm" else 0)
    zone = next((m.group(g) for g in ("tz", "tzb", "tz2", "tz2b", "tz3") if m.group(g)), "")
    value = f"{iso_day(day)}T{hour:02d}:{minute:02d}{zone_offset(zone)}"
    return Resolution(value, "time", anchor=f"text:{ctx.previous[0]}" if ctx.previous
                      else "published")


def anniversary(m: re.Match[str], ctx: Context) -> Resolution | None:
    """``the fourth anniversary``: its day depends on an event the text names, so no value."""
    return Resolution(None, "anniversary", kind="anniversary",
                      anchor="date of the commemorated event unknown")


def vague(m: re.Match[str], ctx: Context) -> Resolution | None:
    """``now``, ``recently``, ``the future``: TimeML's vague references."""
    word = _SPACES.sub(" ", m.group("w").lower())
    return Resolution(VAGUE_REFS.get(word, "PRESENT_REF"), "other")


def later(m: re.Match[str], ctx: Context) -> Resolution | None:
    """``will decide later``, ``at a later date``: TimeML's ``FUTURE_REF``, a time after now.

    In a clause about the past (``later revealed that…``) the time comes after an earlier event,
    not after publication: it is some day that the text does not name (``XXXX-XX-XX``).
    """
    if tense_near(ctx.text, ctx.start, ctx.end) == PAST:
        return Resolution(None, "other", anchor="a day after an earlier event, not named")
    return Resolution("FUTURE_REF", "other")
