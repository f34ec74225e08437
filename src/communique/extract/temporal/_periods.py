"""Resolvers for longer calendar periods: decades, centuries, quarters, halves and seasons."""

from __future__ import annotations

import re
from datetime import date

from communique.extract.temporal._calendar import FUTURE, PAST, quarter_of, season_of, season_year
from communique.extract.temporal._numbers import ordinal
from communique.extract.temporal._tense import tense_near
from communique.extract.temporal._types import NO_DATE, Context, Resolution

_SEASONS = {"spring": "SP", "summer": "SU", "autumn": "FA", "fall": "FA", "winter": "WI"}
# Month that opens each season, in calendar order (winter opens in December).
_SEASON_START = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}
_QUARTER_WORDS = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3,
                  "fourth": 4, "4th": 4, "final": 4}


def decade(m: re.Match[str], ctx: Context) -> Resolution | None:
    """``the 1990s``, ``the '90s``: the value drops the last digit (``199``)."""
    digits = m.group("dec").lstrip("'")
    if len(digits) == 2:
        # A two-digit decade is last century's unless it is still to come in this one.
        now = ctx.published.year if ctx.published else 2000
        century = now // 100 * 100
        full = century + int(digits) if century + int(digits) <= now else century - 100 + int(
            digits)
        return Resolution(str(full)[:3], "other")
    return Resolution(digits[:3], "other")


def short_year(m: re.Match[str], ctx: Context) -> Resolution | None:
    """``'82``: the year with those last two digits nearest before (or just after) publication."""
    now = ctx.published.year if ctx.published else 2000
    year = now // 100 * 100 + int(m.group("yy"))
    if year > now + 1:
        year -= 100
    return Resolution(str(year), "year")


def century(m: re.Match[str], ctx: Context) -> Resolution | None:
    """``the 21st century`` → ``20`` (the first two digits of its years)."""
    number = ordinal(m.group("ord"))
    if number is None or number < 1:
        return None
    return Resolution(f"{number - 1:02d}", "other")


def quarter(m: re.Match[str], ctx: Context) -> Resolution | None:
    """``the third quarter of 2009``, ``the last quarter`` (the one before publication)."""
    word = m.group("q").lower()
    base = _relative_year(m, ctx)
    if word == "last" and base is None:
        if ctx.published is None:
            return Resolution(None, "other", anchor=NO_DATE)
        index = ctx.published.year * 4 + quarter_of(ctx.published) - 2
        return Resolution(f"{index // 4}-Q{index % 4 + 1}", "other", anchor="published")
    number = _QUARTER_WORDS.get(word, 4)
    if base is not None:
        return Resolution(f"{base}-Q{number}", "other")
    if ctx.published is None:
        return Resolution(None, "other", anchor=NO_DATE)
    return Resolution(f"{_quarter_year(number, ctx)}-Q{number}", "other", anchor="published")


def _quarter_year(number: int, ctx: Context) -> int:
    """The year of a yearless quarter: by the tense, else the nearest such quarter."""
    assert ctx.published is not None
    current = ctx.published.year * 4 + quarter_of(ctx.published) - 1
    options = [(year, year * 4 + number - 1) for year in range(ctx.published.year - 1,
                                                                ctx.published.year + 2)]
    tense = tense_near(ctx.text, ctx.start, ctx.end)
    if tense == PAST:
        return max(o for o in options if o[1] <= current)[0]
    if tense == FUTURE:
        return min(o for o in options if o[1] >= current)[0]
    # Ties go to the past: results are reported once a quarter is over.
    return min(options, key=lambda o: (abs(o[1] - current), o[1] - current > 0))[0]


def quarter_code(m: re.Match[str], ctx: Context) -> Resolution | None:
    """``Q3 2009``; a bare ``Q3`` takes the publication year."""
    year = m.group("y") or (str(ctx.published.year) if ctx.published else None)
    if year is None:
        return Resolution(None, "other", anchor=NO_DATE)
    return Resolution(f"{year}-Q{m.group('q')}", "other")


def half(m: re.Match[str], ctx: Context) -> Resolution | None:
    """``the first half of 2009`` → ``2009-H1``; ``of fiscal 2014`` → ``FY2014-H1``."""
    number = 1 if m.group("h").lower() == "first" else 2
    if m.group("fy"):
        return Resolution(f"FY{m.group('fy')}-H{number}", "other")
    year = _relative_year(m, ctx)
    if year is None:
        return Resolution(None, "other", anchor=NO_DATE)
    return Resolution(f"{year}-H{number}", "other")


# How many fiscal years from the one of publication a determiner points.
_FISCAL_STEPS = {"previous": -1, "past": -1, "last": -1, "next": 1, "coming": 1}


def fiscal(m: re.Match[str], ctx: Context) -> Resolution | None:
    """``fiscal 2012``, ``the 2012 fiscal year``, ``FY12`` → TimeML's ``FY2012``; ``this
    fiscal year`` is the one named after the year of publication, ``last fiscal year`` the one
    before it."""
    if m.group("rel"):
        if ctx.published is None:
            return Resolution(None, "other", anchor=NO_DATE)
        step = _FISCAL_STEPS.get(m.group("rel").lower().split()[-1], 0)
        return Resolution(f"FY{ctx.published.year + step}", "other", anchor="published")
    written = m.group("y") or m.group("y2") or m.group("y3")
    if len(written) == 2:
        # "FY12": the fiscal year with those last digits nearest to publication.
        now = ctx.published.year if ctx.published else 2000
        year = now // 100 * 100 + int(written)
        written = str(year - 100 if year > now + 10 else year)
    return Resolution(f"FY{written}", "other")


def _relative_year(m: re.Match[str], ctx: Context) -> int | None:
    """A written year, or ``this``/``last``/``next year`` from the publication date."""
    if m.group("y"):
        return int(m.group("y"))
    rel = (m.group("rel") or "").lower()
    if not rel or ctx.published is None:
        return None
    # "the first half of the year": the year of publication, as "this year".
    return ctx.published.year + {"this": 0, "the": 0, "last": -1, "next": 1}[rel]


def season(m: re.Match[str], ctx: Context) -> Resolution | None:
    """``last summer``, ``the winter months`` → ``2026-WI`` (winter counts in its January)."""
    code = _SEASONS[m.group("s").lower()]
    if m.group("y"):
        return Resolution(f"{m.group('y')}-{code}", "other")
    if ctx.published is None:
        return Resolution(None, "other", anchor=NO_DATE)
    det = (m.group("det") or "").lower()
    tense = tense_near(ctx.text, ctx.start, ctx.end)
    step = {"last": -1, "next": 1}.get(det, 0)
    start = _season_start(code, ctx.published, step, tense)
    return Resolution(f"{season_year(code, start)}-{code}", "other", anchor="published")


def _season_start(code: str, published: date, step: int, tense: str) -> date:
    """The first day of the season meant: this one, or the previous or next of its name."""
    options = [date(y, _SEASON_START[code], 1)
               for y in range(published.year - 2, published.year + 2)]
    before = [d for d in options if d <= published]
    if step == 0 and code == season_of(published):
        return max(before)
    if code == season_of(published):
        # The season under way is neither the last nor the next one of its name.
        before = before[:-1]
    after = [d for d in options if d > published]
    if step < 0 or (step == 0 and tense == PAST):
        return max(before)
    return min(after)
