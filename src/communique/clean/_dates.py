"""Publication dates: parse date strings, news datelines, and infer a date from the body.

This module handles only *calendar dates as publishers write them* (metadata values, feed
timestamps, bylines, datelines and fully specified dates in running text). Relative and partial
temporal expressions ("last week", "on Tuesday") belong to the extract stage.

Every public function is total: it returns ``None`` (or a pair of ``None``) for anything it
cannot read and never raises, because its inputs are whatever a crawler produced.
"""

from __future__ import annotations

import email.utils
import re
from datetime import date

__all__ = ["MAX_YEAR", "MIN_YEAR", "infer_published", "parse_date", "parse_dateline"]


def _words(text: str) -> frozenset[str]:
    """Turn a space-separated word list into a set (keeps long lexicons readable)."""
    return frozenset(text.split())

MIN_YEAR = 1990
"""Earliest year accepted by :func:`infer_published` (older years are history, not publication)."""
MAX_YEAR = 2100
"""Latest year accepted anywhere; larger numbers are ids, prices or typos."""

_PARSE_MIN_YEAR = 1800
"""parse_date is told explicitly that a string is a date, so it may accept archive years."""

_MAX_INPUT = 400
"""A date string longer than this is not a date string; only its start is looked at."""

_MONTHS: dict[str, int] = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
    "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8,
    "september": 9, "sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11, "nov": 11,
    "december": 12, "dec": 12,
}
# Longest names first so that "Sept" wins over "Sep" and "June" over "Jun".
_MONTH_ALT = "|".join(sorted(_MONTHS, key=len, reverse=True))
_MONTH = rf"(?P<month>{_MONTH_ALT})\.?"
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>\d{4})"
_WEEKDAY = r"(?:(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?\.?,?\s+)?"

_ISO = re.compile(r"(?<!\d)(?P<year>\d{4})-(?P<month>[01]?\d)-(?P<day>[0-3]?\d)(?!\d)")
_YMD_SLASH = re.compile(r"(?<!\d)(?P<year>\d{4})[/.](?P<month>[01]?\d)[/.](?P<day>[0-3]?\d)(?!\d)")
_COMPACT = re.compile(r"^\s*(?P<year>(?:19|20)\d\d)(?P<month>[01]\d)(?P<day>[0-3]\d)(?:T|\s|$)")
_DMY_DOTTED = re.compile(r"(?<![\d.])(?P<day>[0-3]?\d)\.(?P<month>[01]?\d)\.(?P<year>\d{4})(?!\d)")
_NUMERIC_SLASH = re.compile(r"(?<!\d)(?P<a>[01]?\d|[23]\d)/(?P<b>[0-3]?\d)/(?P<year>\d{4})(?!\d)")
# "February 18, 2026", "Feb. 18 2026", "Wed, February 18th, 2026"; also the end of a day range
# "February 17-18, 2026" (the later day is taken, it is what the text vouches for last).
_MDY = re.compile(
    rf"\b{_WEEKDAY}{_MONTH}\s+(?:[0-3]?\d\s*[-–]\s*)?{_DAY},?\s+{_YEAR}(?!\d)", re.IGNORECASE
)
# "18 February 2026", "Wed, 18 Feb 2026", "17-18 February 2026", "18 February, 2026".
_DMY = re.compile(
    rf"(?<![\d.]){_WEEKDAY}(?:[0-3]?\d\s*[-–]\s*)?{_DAY}\s+(?:of\s+)?{_MONTH},?\s+{_YEAR}(?!\d)",
    re.IGNORECASE,
)
# Month and day without a year, for datelines ("Feb. 14").
_MD = re.compile(rf"^{_WEEKDAY}{_MONTH}\s+{_DAY}(?!\d)", re.IGNORECASE)
_DM = re.compile(rf"^{_WEEKDAY}{_DAY}\s+{_MONTH}(?![a-z])", re.IGNORECASE)


def _make(year: int, month: int, day: int, low: int = _PARSE_MIN_YEAR) -> date | None:
    """Build a date if the numbers are a real calendar day in the accepted year range."""
    if not low <= year <= MAX_YEAR:
        return None
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _from_match(match: re.Match[str], low: int = _PARSE_MIN_YEAR) -> date | None:
    """Turn a match with named groups year/month/day (month as number or name) into a date."""
    month_text = match.group("month").lower().rstrip(".")
    month = _MONTHS.get(month_text) or (int(month_text) if month_text.isdigit() else 0)
    return _make(int(match.group("year")), month, int(match.group("day")), low)


def _numeric_slash(match: re.Match[str]) -> date | None:
    """Read ``a/b/yyyy`` only when it cannot be misread: US and European orders must agree."""
    first, second, year = int(match.group("a")), int(match.group("b")), int(match.group("year"))
    us = _make(year, first, second)
    eu = _make(year, second, first)
    if us and eu and us != eu:
        return None  # 03/04/2026 could be March 4 or April 3: refuse rather than guess.
    return us or eu


def parse_date(value: str) -> date | None:
    """Parse a publication-date string into a calendar date, or return ``None``.

    Reads ISO dates and timestamps (any time zone; the calendar date *as written* is kept, since
    that is the publisher's local day), ``2026/02/18``, ``18.02.2026``, ``February 18, 2026``,
    ``Feb. 18, 2026``, ``18 February 2026``, RFC 2822 feed dates such as
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
    for pattern in (_ISO, _YMD_SLASH, _MDY, _DMY, _DMY_DOTTED):
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
    return _make(parsed[0], parsed[1], parsed[2])


def infer_published(text: str) -> date | None:
    """Return the latest fully specified date (day, month and year) mentioned in ``text``.

    A fallback for articles with no metadata: news reports rarely mention a full date later than
    their own publication day, so the latest one is a lower bound that is usually the day itself
    or the day before. Only years from :data:`MIN_YEAR` to :data:`MAX_YEAR` count. Callers should
    pass photo captions too: a caption's "Feb. 14, 2026" is often the only full date there is.
    """
    if not isinstance(text, str) or not text:
        return None
    found: list[date] = []
    for pattern in (_MDY, _DMY, _ISO, _YMD_SLASH, _DMY_DOTTED):
        for match in pattern.finditer(text):
            parsed = _from_match(match, MIN_YEAR)
            if parsed:
                found.append(parsed)
    return max(found) if found else None


# --- datelines -------------------------------------------------------------------------------

# A capitalised place word: "MUNICH", "NEW", "Geneva", "D.C.", "ST.", "O'HARE", "Rio-de".
# Each word ends at a word boundary: without the look-ahead, backtracking could split "March"
# into a region "Ma" and a date "rch 1".
_CAPS_WORD = r"(?:[A-Z][A-Z.'’\-]*[A-Z.]|[A-Z])(?![A-Za-z])"
_TITLE_WORD = r"[A-Z][a-zA-Z.'’\-]*(?![A-Za-z])"
_PLACE_CAPS = rf"(?P<caps>(?:{_CAPS_WORD})(?:[ \t]+(?:{_CAPS_WORD})){{0,3}})"
_PLACE_TITLE = rf"(?P<title>(?:{_TITLE_WORD})(?:[ \t]+(?:{_TITLE_WORD})){{0,2}})"
_REGION = rf"(?P<region>(?:{_TITLE_WORD})(?:[ \t]+(?:{_TITLE_WORD})){{0,2}})"
_AGENCY = r"(?P<agency>\((?:[A-Z][\w.&’' \-/]{0,40})\))"
_DASH = r"(?:--|[-–—‒―])"
_DATE_PART = r"(?P<date>(?<![A-Za-z])[A-Za-z]{3,10}\.?,?\s+[0-3]?\d(?:st|nd|rd|th)?(?:,?\s+\d{4})?"
_DATE_PART += r"|[0-3]?\d\s+[A-Za-z]{3,10}\.?(?:,?\s+\d{4})?)"

_DATELINE = re.compile(
    rf"^\s*(?:{_PLACE_CAPS}|{_PLACE_TITLE})"
    rf"(?:,[ \t]*{_REGION})?"
    rf"(?:,?[ \t]*{_DATE_PART})?"
    rf"(?:[ \t]*{_AGENCY})?"
    rf"[ \t]*{_DASH}[ \t]*(?=\S)"
)


# Capitalised words that open a paragraph before a dash without being places.
_NOT_PLACES = _words(
    "breaking exclusive update updated watch live opinion analysis editorial video photos "
    "photo file comment review correction advisory listen read note warning urgent flash "
    "alert sponsored advertisement exclusive: factbox explainer"
)


def _place_name(words: str) -> str:
    """Title-case an all-capitals place ("NEW YORK" -> "New York"); keep mixed case as is."""
    if any(ch.islower() for ch in words):
        return words
    return " ".join(w if "." in w and len(w) <= 5 else w.title() for w in words.split())


def _dateline_date(text: str, reference_year: int | None) -> tuple[date | None, bool]:
    """Read a dateline's date part; return (date, whether the text really was a date)."""
    full = parse_date(text)
    if full:
        return full, True
    match = _MD.match(text) or _DM.match(text)
    if not match or match.group("month").lower().rstrip(".") not in _MONTHS:
        return None, False
    if reference_year is None:
        return None, True
    month = _MONTHS[match.group("month").lower().rstrip(".")]
    return _make(reference_year, month, int(match.group("day"))), True


def parse_dateline(paragraph: str, reference_year: int | None) -> tuple[date | None, str | None]:
    """Read a news dateline at the start of a body paragraph: ``(date or None, place or None)``.

    Recognises ``MUNICH, Feb. 14 –``, ``KYIV (Reuters) -``, ``GENEVA, Switzerland, February 17,
    2026 —`` and ``Geneva, Feb 17 (Reuters) -``. A place in capitals needs only the dash after it;
    a place in ordinary title case must be followed by a date or an agency, because a title-case
    word before a dash is usually just a sentence. The year comes from the dateline, else from
    ``reference_year``; without either the date is ``None``. The place is returned with its
    region ("Geneva, Switzerland"), capitals turned into title case.
    """
    if not isinstance(paragraph, str) or not paragraph:
        return None, None
    match = _DATELINE.match(paragraph[:_MAX_INPUT])
    if not match:
        return None, None
    published: date | None = None
    if match.group("date"):
        published, is_date = _dateline_date(match.group("date"), reference_year)
        if not is_date:
            return None, None
    caps = match.group("caps")
    if caps is None and not (match.group("date") or match.group("agency")):
        return None, None
    if caps is not None and len(caps.replace(".", "")) < 2:
        return None, None  # a lone capital ("A – ...") is not a place
    if caps is not None and caps.split()[0].lower() in _NOT_PLACES:
        return None, None
    place = _place_name(caps if caps is not None else match.group("title"))
    region = match.group("region")
    if region and region.split()[0].lower().rstrip(".") not in _MONTHS:
        place = f"{place}, {_place_name(region)}"
    return published, place
