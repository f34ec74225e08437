"""Publication dates: parse date strings as publishers write them, in several languages.

This module handles only *calendar dates as written* (metadata values, feed timestamps, bylines,
page stamps and fully specified dates in running text), and :class:`PartialDate`, a date known
to the day or only to the month. Relative expressions ("last week", "on Tuesday") belong to the
extract stage; datelines live in :mod:`communique.clean._datelines`.

Every public function is total: it returns ``None`` (or an empty list) for anything it cannot
read and never raises, because its inputs are whatever a crawler produced.
"""

from __future__ import annotations

import bisect
import calendar
import email.utils
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import date

from communique.clean import _datewords as words

__all__ = [
    "MAX_YEAR",
    "MIN_YEAR",
    "DateMention",
    "PartialDate",
    "WrittenDate",
    "find_dates",
    "make_date",
    "nearest_gap",
    "parse_date",
    "parse_partial",
    "resolve_near",
]

MIN_YEAR = 1990
"""Earliest year a date in running text may have to count as news (older years are history)."""
MAX_YEAR = 2100
"""Latest year accepted anywhere; larger numbers are ids, prices or typos."""

_PARSE_MIN_YEAR = 1800
"""parse_date is told explicitly that a string is a date, so it may accept archive years."""

_MAX_INPUT = 400
"""A date string longer than this is not a date string; only its start is looked at."""


@dataclass(frozen=True, slots=True, order=True)
class PartialDate:
    """A calendar date known to the day, or only to the month (``day`` is ``None``)."""

    year: int
    month: int
    day: int | None = None

    @classmethod
    def of(cls, value: date) -> PartialDate:
        """The full date ``value``."""
        return cls(value.year, value.month, value.day)

    @property
    def is_day(self) -> bool:
        """Whether the day is known."""
        return self.day is not None

    @property
    def first(self) -> date:
        """The earliest day this date may be."""
        return date(self.year, self.month, self.day or 1)

    @property
    def last(self) -> date:
        """The latest day this date may be."""
        if self.day is not None:
            return date(self.year, self.month, self.day)
        return date(self.year, self.month, calendar.monthrange(self.year, self.month)[1])

    @property
    def iso(self) -> str:
        """``YYYY-MM-DD``, or ``YYYY-MM`` when only the month is known."""
        head = f"{self.year:04d}-{self.month:02d}"
        return head if self.day is None else f"{head}-{self.day:02d}"

    def agrees(self, other: PartialDate, slack_days: int = 0) -> bool:
        """Whether two dates can be the same day (``slack_days`` either way for two days)."""
        if self.day is None or other.day is None:
            return self.first <= other.last and other.first <= self.last
        return abs((self.first - other.first).days) <= slack_days


@dataclass(frozen=True, slots=True)
class WrittenDate:
    """A date as a text writes it, perhaps without its year (``Feb. 14``) or month (``27``)."""

    year: int | None
    month: int | None
    day: int

    def resolve(self, reference: PartialDate | date | None = None) -> PartialDate | None:
        """The full date, its missing year (or month) taken from ``reference``.

        A missing year is the one that puts the day closest to the reference; a missing month
        is taken only from a reference known to the month alone (a URL's ``/2025/12/``), never
        guessed around a full day.
        """
        if self.year is not None and self.month is not None:
            found = make_date(self.year, self.month, self.day)
            return PartialDate.of(found) if found else None
        if reference is None:
            return None
        ref = reference if isinstance(reference, PartialDate) else PartialDate.of(reference)
        if self.month is None:
            if ref.is_day:
                return None
            found = make_date(ref.year, ref.month, self.day)
            return PartialDate.of(found) if found else None
        options = [d for year in (ref.year - 1, ref.year, ref.year + 1)
                   if (d := make_date(year, self.month, self.day)) is not None]
        if not options:
            return None
        return PartialDate.of(min(options, key=lambda d: abs((d - ref.first).days)))


def nearest_gap(day: date, days: Sequence[date]) -> int | None:
    """Days from ``day`` to the nearest of the sorted ``days`` (``None`` when there are none)."""
    if not days:
        return None
    index = bisect.bisect_left(days, day)
    near = [days[i] for i in (index - 1, index) if 0 <= i < len(days)]
    return min(abs((day - other).days) for other in near)


def resolve_near(written: WrittenDate, days: Sequence[date]) -> PartialDate | None:
    """Complete a year-less date with the year that puts it nearest one of the sorted ``days``.

    A story's articles cluster in time, so the nearest dated neighbour is a better guide than
    one central date: ``Feb. 17`` in a batch running from April to the next February is the
    February near the batch's last articles, not the one two months before its first.
    """
    if written.year is not None or written.month is None or not days:
        return written.resolve(days[len(days) // 2] if days else None)
    options = [PartialDate.of(d) for year in range(days[0].year - 1, days[-1].year + 2)
               if (d := make_date(year, written.month, written.day)) is not None]
    scored = [(gap, option) for option in options
              if (gap := nearest_gap(option.first, days)) is not None]
    return min(scored)[1] if scored else None


def make_date(year: int, month: int, day: int, low: int = _PARSE_MIN_YEAR) -> date | None:
    """Build a date if the numbers are a real calendar day in the accepted year range."""
    if not low <= year <= MAX_YEAR:
        return None
    try:
        return date(year, month, day)
    except ValueError:
        return None


# --- patterns --------------------------------------------------------------------------------

_NAME = rf"(?:{words.MONTH_NAME_ALT})"
_ABBR = rf"(?:{words.MONTH_ABBR_ALT})"
_MONTH_WORD = rf"(?P<month>{_NAME}|{_ABBR}\.?)"
_WEEKDAY = rf"(?:(?:{words.WEEKDAY_ALT})\.?,?\s+)?"
_ORDINAL = r"(?:st|nd|rd|th|er|e|º|°)?"
_DAY = rf"(?P<day>[0-3]?\d){_ORDINAL}"
_YEAR = r"(?P<year>\d{4})"
_RANGE = r"(?:[0-3]?\d\s*[-–]\s*)?"  # "17-18 February": the later day is the one vouched for
_BEFORE = r"(?<![\w.])"
_AFTER = r"(?!\d)"

_ISO = re.compile(r"(?<!\d)(?P<year>\d{4})-(?P<month>[01]?\d)-(?P<day>[0-3]?\d)(?!\d)")
_YMD_SLASH = re.compile(r"(?<!\d)(?P<year>\d{4})[/.](?P<month>[01]?\d)[/.](?P<day>[0-3]?\d)(?!\d)")
_COMPACT = re.compile(r"^\s*(?P<year>(?:19|20)\d\d)(?P<month>[01]\d)(?P<day>[0-3]\d)(?:T|\s|$)")
_DMY_DOTTED = re.compile(r"(?<![\d.])(?P<day>[0-3]?\d)\.(?P<month>[01]?\d)\.(?P<year>\d{4})(?!\d)")
_NUMERIC_SLASH = re.compile(r"(?<!\d)(?P<a>[01]?\d|[23]\d)/(?P<b>[0-3]?\d)/(?P<year>\d{4})(?!\d)")
_CJK = re.compile(r"(?<!\d)(?P<year>\d{4})\s*[年년]\s*(?P<month>[01]?\d)\s*[月월]\s*"
                  r"(?P<day>[0-3]?\d)\s*[日일]?")
# "February 18, 2026", "Feb. 18 2026", "Wed, February 18th, 2026", "February 17-18, 2026".
_MDY = re.compile(
    rf"{_BEFORE}{_WEEKDAY}{_MONTH_WORD}\s+{_RANGE}{_DAY},?\s+{_YEAR}{_AFTER}", re.IGNORECASE
)
# "18 February 2026", "17-18 février 2026", "12 de abril de 2025", "27. Juni 2025",
# "28-Jun-2025", "30 December,2025", "18 of February, 2026", "19 أبريل 2025".
_DMY = re.compile(
    rf"{_BEFORE}{_WEEKDAY}{_RANGE}{_DAY}\.?(?:\s*[-/]\s*|\s+(?:(?:{words.DAY_MONTH_LINK_ALT})\s+)?)"
    rf"{_MONTH_WORD}(?:\s*[-/,]\s*|\s+(?:(?:{words.MONTH_YEAR_LINK_ALT})\s+)?){_YEAR}{_AFTER}",
    re.IGNORECASE,
)
_PATTERNS = (_ISO, _YMD_SLASH, _MDY, _DMY, _DMY_DOTTED, _CJK)
"""Patterns that read a full date on their own, most specific first."""


def _month_of(text: str) -> int:
    """A month group's number, whether written as digits or as a name (0 when unknown)."""
    if text.isdigit():
        return int(text)
    return words.month_number(text) or 0


def _from_match(match: re.Match[str], low: int = _PARSE_MIN_YEAR) -> date | None:
    """Turn a match with named groups year/month/day into a date."""
    month = _month_of(match.group("month"))
    return make_date(int(match.group("year")), month, int(match.group("day")), low)


def _numeric_slash(match: re.Match[str]) -> date | None:
    """Read ``a/b/yyyy`` only when it cannot be misread: US and European orders must agree."""
    first, second, year = int(match.group("a")), int(match.group("b")), int(match.group("year"))
    us = make_date(year, first, second)
    eu = make_date(year, second, first)
    if us and eu and us != eu:
        return None  # 03/04/2026 could be March 4 or April 3: refuse rather than guess.
    return us or eu


_ISO_DAY = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
"""The extended ISO day only: ``date.fromisoformat`` also reads ``20310509`` and week dates
(``2031-W19-1``), which no event bound or TimeML day value is."""


def iso_day(text: str | None) -> date | None:
    """The full day an ISO date string starts with (``2031-05-09``; a timestamp, a part of a
    day or a range after it too: ``2031-05-09T14:00``, ``2031-05-09TEV``,
    ``2031-05-09/2031-05-11``); ``None`` for a month or a year alone, a missing value, another
    ISO form (basic, week date) or one that is no calendar day. The one reading of a day for
    event bounds and date values in every stage."""
    if not text or not _ISO_DAY.match(text):
        return None
    try:
        return date.fromisoformat(text[:10])
    except ValueError:
        return None


def parse_date(value: str) -> date | None:
    """Parse a publication-date string into a calendar date, or return ``None``.

    Reads ISO dates and timestamps (any time zone; the calendar date *as written* is kept, since
    that is the publisher's local day), ``2026/02/18``, ``18.02.2026``, ``February 18, 2026``,
    ``18 February 2026`` and the same with month names of other languages (``12 avril 2025``,
    ``27. Juni 2025``, ``12 de abril de 2025``), ``2026年2月18日``, RFC 2822 feed dates such as
    ``Wed, 18 Feb 2026 10:00:00 GMT``, and unambiguous ``m/d/yyyy``. Surrounding words
    ("Published", "Updated at 10:00") are ignored; the first date found wins.
    """
    if not isinstance(value, str):
        return None
    text = value.strip()[:_MAX_INPUT]
    if not text:
        return None
    compact = _COMPACT.match(text)
    if compact:
        return _from_match(compact)
    for pattern in _PATTERNS:
        match = pattern.search(text)
        if match:
            found = _from_match(match)
            if found:
                return found
    slash = _NUMERIC_SLASH.search(text)
    if slash:
        found = _numeric_slash(slash)
        if found:
            return found
    return _rfc2822(text)


def _rfc2822(text: str) -> date | None:
    """Fall back on the e-mail date parser (feeds with two-digit years, odd spacing)."""
    try:
        parsed = email.utils.parsedate_tz(text)
    except (TypeError, ValueError, IndexError, OverflowError):
        return None
    if not parsed:
        return None
    return make_date(parsed[0], parsed[1], parsed[2])


_YEAR_MONTH = re.compile(r"^\s*(?P<year>\d{4})[-/.](?P<month>[01]?\d)\s*$")


def parse_partial(value: str) -> PartialDate | None:
    """Parse a date that may be known only to the month (``2025-05``), else as :func:`parse_date`.

    Crawlers sometimes write only the year and month of a page; that is worth keeping as a
    month, never as a made-up first day.
    """
    if not isinstance(value, str):
        return None
    month_only = _YEAR_MONTH.match(value[:_MAX_INPUT])
    if month_only:
        year, month = int(month_only.group("year")), int(month_only.group("month"))
        if make_date(year, month, 1, MIN_YEAR) is None:
            return None
        return PartialDate(year, month)
    found = parse_date(value)
    return PartialDate.of(found) if found is not None else None


# --- dates mentioned in running text ---------------------------------------------------------


@dataclass(frozen=True, slots=True)
class DateMention:
    """A fully specified date written in a text, and where."""

    day: date
    start: int
    end: int


_WESTERN_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "01234567890123456789")


def western_digits(text: str) -> str:
    """``text`` with Arabic-Indic and Persian digits written as 0–9, one for one (offsets stay),
    so that "۱۵ ژوئن" reads like "15 juin"."""
    return text.translate(_WESTERN_DIGITS)


def find_dates(text: str, low: int = MIN_YEAR, numeric: bool = False) -> list[DateMention]:
    """Every fully specified date (day, month and year) in ``text``, in text order.

    Years before ``low`` are history, not news, and are left out. Overlapping matches of
    different patterns count once. Arabic-Indic and Persian digits count like 0–9. With
    ``numeric``, ``a/b/yyyy`` dates written with their weekday count too (:func:`_slash_in_text`):
    the publication dating reads them to bound the writing; the story's readers leave them
    out.
    """
    if not isinstance(text, str) or not text:
        return []
    text = western_digits(text)
    found: list[DateMention] = []
    taken: list[tuple[int, int]] = []
    for match in _iter_matches(text):
        start, end = match.span()
        if any(start < e and s < end for s, e in taken):
            continue
        day = _from_match(match, low)
        if day is not None:
            taken.append((start, end))
            found.append(DateMention(day, start, end))
    for match in _numeric_in_text(text) if numeric else ():
        start, end = match.span()
        day = _slash_in_text(text, match, low)
        if day is not None and not any(start < e and s < end for s, e in taken):
            taken.append((start, end))
            found.append(DateMention(day, start, end))
    return sorted(found, key=lambda m: m.start)


_SLASH_IN_TEXT = re.compile(
    r"(?<![\w/.,])(?P<a>[0-3]?\d)/(?P<b>[0-3]?\d)/(?P<year>(?:19|20)\d\d)(?![\d.,]\d|\d)")
"""``a/b/yyyy`` in running text, not inside a path ("/12/05/2025/") or a longer number."""
_WEEKDAY_RIGHT_BEFORE = re.compile(
    rf"(?<!\w)(?P<weekday>{words.WEEKDAY_ALT})\.?,?\s*(?:\(\s*)?$", re.IGNORECASE)
"""A weekday written right before a numeric date: "Monday, 10/11/2025", "Senin (3/2/2031)"."""


def _numeric_in_text(text: str) -> Iterator[re.Match[str]]:
    """Numeric ``a/b/yyyy`` dates near the four-digit numbers of ``text``."""
    for start, end in _windows(text):
        yield from _SLASH_IN_TEXT.finditer(text, start, min(end, len(text)))


def _slash_in_text(text: str, match: re.Match[str], low: int) -> date | None:
    """The day a numeric date in running text stands for, when only one reading fits.

    Read only with a weekday written right before it that falls on one reading alone: US
    (month first) and European (day first) orders disagree on ``3/2/2031``, and "Senin
    (3/2/2031)" picks 3 February 2031, a Monday (2 March is a Sunday). Without its
    weekday a numeric date is mostly a photo credit's or a caption's ("photographed on
    13/7/2021"), an old day that would bound the writing far too early: left unread.
    """
    first, second, year = int(match.group("a")), int(match.group("b")), int(match.group("year"))
    orders = (make_date(year, first, second, low), make_date(year, second, first, low))
    named = _WEEKDAY_RIGHT_BEFORE.search(text, max(0, match.start() - 25), match.start())
    weekday = words.weekday_number(named.group("weekday")) if named else None
    readings = {d for d in orders if d is not None and d.weekday() == weekday}
    return readings.pop() if len(readings) == 1 else None


_YEARISH = re.compile(r"(?<!\d)\d{4}(?!\d)")
_BEFORE_YEAR = 60
"""Characters a written date may take before its year ("Wednesday, 17–18 September 2025")."""
_AFTER_YEAR = 20
"""Characters a date may take after its year ("2025-04-12", "2025年4月12日")."""


def _windows(text: str) -> list[tuple[int, int]]:
    """Stretches of ``text`` around four-digit numbers: the only places a full date can be."""
    windows: list[tuple[int, int]] = []
    for match in _YEARISH.finditer(text):
        start, end = max(0, match.start() - _BEFORE_YEAR), match.end() + _AFTER_YEAR
        if windows and start <= windows[-1][1]:
            windows[-1] = (windows[-1][0], end)
        else:
            windows.append((start, end))
    return windows


def _iter_matches(text: str) -> Iterator[re.Match[str]]:
    """Matches of every full-date pattern near the four-digit numbers of ``text``.

    Every full date holds its year, so the patterns (long alternations of month and weekday
    names) run only around four-digit numbers instead of over the whole text; look-behinds
    still see the text before a window.
    """
    for start, end in _windows(text):
        for pattern in (_MDY, _DMY, _ISO, _YMD_SLASH, _DMY_DOTTED, _CJK):
            yield from pattern.finditer(text, start, min(end, len(text)))
