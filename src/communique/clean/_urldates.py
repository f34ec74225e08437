"""Publication dates written into a page's URL by its publishing system.

News CMSs put the day of publication into the path: ``/2026/02/07/slug``, ``/20260207/``,
``…_1_20260204-4148901.html``, ``/2025-06-27``, ``/2025/1222/``, ``/202512/27/``,
``/6feb2026/``, ``nid14102025``, ``?date=2025-04-12``, a 13-digit millisecond timestamp
closing the slug, or only the month: ``/2025/04/slug``, ``nachrichten-2025-04/``, ``/202602/``.
A month stays a month (:class:`PartialDate` without a day), never a made-up first day.

Only the path and query are read (host names hold digits that are no dates). Two patterns that
disagree on the day make the URL say nothing. Never raises.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime
from urllib.parse import unquote, urlsplit

from communique.clean._dates import MIN_YEAR, PartialDate, make_date
from communique.clean._datewords import month_number

__all__ = ["url_date"]

_Y = r"(?P<y>(?:19|20)\d\d)"
_M = r"(?P<m>0?[1-9]|1[0-2])"
_D = r"(?P<d>0?[1-9]|[12]\d|3[01])"
_SEP = r"[-_./]"
_EDGE_L = r"(?<![0-9])"
_EDGE_R = r"(?![0-9])"
# Day patterns, most explicit first.
_DAYS = (
    re.compile(rf"/{_Y}/{_M}/{_D}(?:/|$|[-_.](?!\d))"),                  # /2026/02/07/
    re.compile(rf"{_EDGE_L}{_Y}(?P<s>[-_.]){_M}(?P=s){_D}{_EDGE_R}"),      # 2026-02-07, 2026_02_07
    re.compile(rf"/{_Y}/(?P<m>0[1-9]|1[0-2])(?P<d>0[1-9]|[12]\d|3[01])/"),  # /2025/1222/
    re.compile(rf"/{_Y}(?P<m>0[1-9]|1[0-2])/{_D}/"),                       # /202512/27/
    # 20260207 alone or opening a longer run of digits (a time, a sequence number).
    re.compile(rf"{_EDGE_L}{_Y}(?P<m>0[1-9]|1[0-2])(?P<d>0[1-9]|[12]\d|3[01])(?:\d{{4,9}})?"
               rf"{_EDGE_R}"),
)
_DMY_COMPACT = re.compile(rf"(?<=[a-z]){_EDGE_L}(?P<d>0[1-9]|[12]\d|3[01])"
                          rf"(?P<m>0[1-9]|1[0-2]){_Y}{_EDGE_R}")          # nid14102025
_DAY_MONTHNAME = re.compile(rf"(?:^|[/_-]){_EDGE_L}(?P<d>[0-3]?\d)(?P<name>[a-z]{{3,9}})"
                            rf"{_Y}{_EDGE_R}(?:$|[/_.-])")                   # /6feb2026/
_EPOCH_MS = re.compile(r"-(?P<ms>1[5-9]\d{11})(?:\.[a-z]+)?$")            # slug-1753617343071
# Month patterns, tried only when no day was found.
_MONTHS = (
    re.compile(rf"/{_Y}/(?P<m>0[1-9]|1[0-2])(?:/|$)"),                     # /2025/04/slug
    re.compile(rf"{_EDGE_L}{_Y}-(?P<m>0[1-9]|1[0-2])(?:/|$)"),             # nachrichten-2025-04/
    re.compile(rf"/{_Y}(?P<m>0[1-9]|1[0-2])/"),                            # /page/202602/
)


def _target(url: str) -> str | None:
    """The decoded path and query of ``url``, lower-cased; ``None`` when it has none."""
    text = url.strip()
    if "://" not in text and not text.startswith("//"):
        text = "//" + text
    try:
        parts = urlsplit(text)
    except ValueError:
        return None
    target = unquote(parts.path) + ("?" + unquote(parts.query) if parts.query else "")
    return target.lower() or None


def _days(target: str) -> set[PartialDate]:
    """Every day the path writes, by any day pattern."""
    found: set[PartialDate] = set()
    for pattern in _DAYS:
        for match in pattern.finditer(target):
            day = make_date(int(match.group("y")), int(match.group("m")), int(match.group("d")),
                            MIN_YEAR)
            if day is not None:
                found.add(PartialDate.of(day))
    for match in _DMY_COMPACT.finditer(target):
        day = make_date(int(match.group("y")), int(match.group("m")), int(match.group("d")),
                        MIN_YEAR)
        if day is not None:
            found.add(PartialDate.of(day))
    for match in _DAY_MONTHNAME.finditer(target):
        month = month_number(match.group("name"), abbreviations=True)
        day = make_date(int(match.group("y")), month, int(match.group("d")), MIN_YEAR) if month \
            else None
        if day is not None:
            found.add(PartialDate.of(day))
    epoch = _EPOCH_MS.search(target.split("?")[0])
    if epoch is not None:
        moment = datetime.fromtimestamp(int(epoch.group("ms")) / 1000, tz=UTC)
        found.add(PartialDate.of(moment.date()))
    return found


def _months(target: str) -> set[PartialDate]:
    """Every month the path writes without a day."""
    found: set[PartialDate] = set()
    for pattern in _MONTHS:
        for match in pattern.finditer(target):
            if make_date(int(match.group("y")), int(match.group("m")), 1, MIN_YEAR):
                found.add(PartialDate(int(match.group("y")), int(match.group("m"))))
    return found


def url_date(url: str | None) -> PartialDate | None:
    """The publication date a URL's path writes: a day, a month, or ``None``.

    When several patterns match they must agree (a day and the month that holds it agree);
    otherwise the URL is ambiguous and says nothing.
    """
    if not isinstance(url, str) or not url.strip():
        return None
    target = _target(url)
    if target is None:
        return None
    days = _days(target)
    if len(days) > 1:
        return None
    months = _months(target)
    if days:
        day = next(iter(days))
        if any(not m.agrees(day) for m in months):
            return None
        return day
    return next(iter(months)) if len(months) == 1 else None
