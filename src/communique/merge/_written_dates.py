"""The dates of an undated article's event mentions that it can stand by.

An article without a publication day had its relative dates read against a guessed day, and
its days written without a year need one: this moves them to the years of the batch's dated
articles. Apart from event coreference because it is about dates, not events.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from dataclasses import replace
from datetime import date
from functools import partial

from communique.merge._intervals import interval
from communique.model.annotations import EventMention
from communique.model.temporal import TimeExpression

_DAY_NUMBER = re.compile(r"\b\d{1,2}(?:st|nd|rd|th)?\b")
_MONTHS = re.compile(
    r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b\.?", re.IGNORECASE
)
_YEARS = re.compile(r"(?<!\d)\d{4}(?!\d)")


def _add_years(years: int, match: re.Match[str]) -> str:
    return str(int(match.group(0)) + years)


def _batch_year(value: str, published: Sequence[date]) -> str | None:
    """A value moved to the year (the one before, the same, the one after) that puts it
    nearest to a day some article of the batch was published."""
    if not published:
        return value
    best: tuple[int, str] | None = None
    for shift in (0, -1, 1):
        moved = _YEARS.sub(partial(_add_years, shift), value)
        found = interval(moved)
        if found is None:
            continue
        i = bisect.bisect_left(published, found.start)
        gap = min(abs((p - found.start).days) for p in published[max(0, i - 1) : i + 1])
        if best is None or gap < best[0]:
            best = (gap, moved)
    return best[1] if best else None


def written_dates(mention: EventMention, published: Sequence[date]) -> EventMention:
    """A mention of an article without a publication day, with the dates it can stand by.

    Such an article's relative dates ("on Sunday", "today") were read against a day guessed
    from its text, which is a week or a year off as often as not: they date nothing. A day
    or a month written without its year ("May 23", "end of January") takes the year that puts
    it nearest the batch's dated articles. Dates that state their year, or lean on one that
    does, stay as they are.
    """
    kept = [e for e in (_stood(x, published) for x in mention.dates) if e is not None]
    return mention if kept == list(mention.dates) else replace(mention, dates=tuple(kept))


def _stood(expression: TimeExpression, published: Sequence[date]) -> TimeExpression | None:
    """One date of an article without a publication day as :func:`written_dates` keeps it,
    or None when it dates nothing."""
    if expression.anchor != "published":
        return _yearless(expression, published)
    if not expression.value or not (
        _DAY_NUMBER.search(expression.text) or _MONTHS.search(expression.text)
    ):
        return None
    value = _batch_year(expression.value, published)
    return None if value is None else replace(expression, value=value)


def stood_dates(expressions: Sequence[TimeExpression], published: Sequence[date],
                day: date | None) -> list[TimeExpression]:
    """The dates an article writes that it can stand by: read against its publication
    ``day`` (days without a year in that day's year); without a day, as :func:`written_dates`
    keeps them (``published``: the batch's publication days)."""
    if day is not None:
        found = [_yearless(x, [day]) for x in expressions]
    else:
        found = [e for e in (_stood(x, published) for x in expressions) if e is not None]
    return [x for x in found if x.value]


_YEARLESS = re.compile(r"XXXX(-\d\d-\d\d)(?:/XXXX(-\d\d-\d\d))?")


def _yearless(expression: TimeExpression, published: Sequence[date]) -> TimeExpression:
    """A day or a range of days written without its year in an article without a date
    (``XXXX-12-27``, ``XXXX-10-30/XXXX-11-01``), in the year that puts it nearest the given
    publication days; other expressions as they are."""
    found = _YEARLESS.fullmatch(expression.value or "")
    if found is None or not published:
        return expression
    year = published[len(published) // 2].year
    written = f"{year}{found.group(1)}"
    if found.group(2):
        written += f"/{year}{found.group(2)}"
    value = _batch_year(written, published)
    return expression if value is None else replace(expression, value=value)


def own_year(mention: EventMention, published: date) -> EventMention:
    """A mention of an article dated after extraction (by the events it reports), its
    year-less days placed by that date."""
    dates = tuple(_yearless(d, [published]) for d in mention.dates)
    return mention if dates == mention.dates else replace(mention, dates=dates)
