"""Temporal expressions found in a text and normalized against its publication date.

Offsets follow the project rule: a half-open ``[start, end)`` pair of character offsets into the
text that was searched, so ``text[start:end] == expression.text``.

Two levels: a :class:`TimeExpression` is what the text states as one time (``February 17-18``
is one stretch of two days, the unit events and the dossier use); its :attr:`~TimeExpression.timex`
holds the TimeML TIMEX3 expressions it is made of (``February 17`` and ``18``), with TimeML
types and values, the unit standard TimeML scorers count.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

GRANULARITIES: frozenset[str] = frozenset(
    {"day", "range", "week", "month", "year", "duration", "anniversary", "time", "other"}
)
"""Allowed values of :attr:`TimeExpression.granularity`."""

KINDS: frozenset[str] = frozenset({"date", "duration", "set", "anniversary"})
"""Allowed values of :attr:`TimeExpression.kind`."""

TIMEX_TYPES: frozenset[str] = frozenset({"DATE", "TIME", "DURATION", "SET"})
"""TimeML's TIMEX3 types."""

TIMEX_MODS: frozenset[str] = frozenset({
    "BEFORE", "AFTER", "ON_OR_BEFORE", "ON_OR_AFTER", "LESS_THAN", "MORE_THAN", "EQUAL_OR_LESS",
    "EQUAL_OR_MORE", "START", "MID", "END", "APPROX",
})
"""TimeML's TIMEX3 ``mod`` values."""

_NUMBER = r"(?:\d+(?:\.\d+)?|X)"
_DURATION = (rf"P(?:{_NUMBER}(?:Y|M|W|D|Q|DE|CE|ML|WE))+(?:T(?:{_NUMBER}[HMS])+)?"
             rf"|PT(?:{_NUMBER}[HMS])+")
# A fiscal year is written FY2012 (FY2012-Q1, FY2012-H2 for its parts).
_YEAR = r"(?:FY\d{4}|\d{4}|\d{3}X|\d{2}XX|XXXX)"
_ZONE = r"(?:Z|[+-]\d{2}(?::?\d{2})?)?"
_CLOCK = rf"T(?:MO|AF|EV|NI|DT|(?:\d{{2}}|XX)(?::(?:\d{{2}}|XX)(?::\d{{2}}(?:\.\d+)?)?)?{_ZONE})"
_CALENDAR = (
    rf"{_YEAR}(?:-(?:\d{{2}}|XX)(?:-(?:\d{{2}}|XX))?(?:{_CLOCK})?"
    rf"|-W(?:\d{{2}}|XX)(?:-(?:[1-7]|X|WE))?(?:{_CLOCK})?"
    r"|-Q[1-4X]|-H[12X]|-(?:SP|SU|FA|WI))?"
)
_TIMEML_VALUE = re.compile(
    rf"(?:PRESENT_REF|PAST_REF|FUTURE_REF|\d{{3}}|\d{{2}}|{_CALENDAR}|{_DURATION}|{_CLOCK})"
)


def is_timeml_value(value: str) -> bool:
    """Whether ``value`` is written the way TimeML writes TIMEX3 values.

    Calendar points (``2013-03-22``, ``2013-W11``, ``2013-W11-WE``, ``2013-Q1``, ``2013-SU``,
    ``2013-03-22T15:00``, ``XXXX-WXX-7``), a decade ``201`` or century ``20``, durations
    (``P3D``, ``PT2H``, ``PXY``, ``P1DE``) and the vague ``PRESENT_REF``, ``PAST_REF`` and
    ``FUTURE_REF``.
    """
    return _TIMEML_VALUE.fullmatch(value) is not None


@dataclass(frozen=True, slots=True)
class Timex3:
    """One TimeML TIMEX3: its extent, type, value and (optional) modifier."""

    start: int
    end: int
    text: str
    type: str
    """One of :data:`TIMEX_TYPES`."""
    value: str
    """A TimeML value (see :func:`is_timeml_value`); unknown parts are ``X`` (``XXXX-02-17``)."""
    mod: str | None = None
    """One of :data:`TIMEX_MODS` (``early 2009`` → ``START``), or ``None``."""


@dataclass(frozen=True, slots=True)
class TimeExpression:
    """One temporal expression as the text states it, its normalized value and its TIMEX3 parts.

    ``value`` uses ISO-like forms: a day ``2026-02-17``, a range ``2026-02-17/2026-02-18``, an
    ISO week ``2026-W08``, a month ``2026-06``, a year ``2025``, a quarter ``2009-Q3``, a season
    ``2026-WI``, a fiscal year ``FY2026``, a decade ``199``, a century ``20``, a part of a day
    ``2026-02-17TMO``, a clock time ``2026-02-17T15:00``, a duration ``P15Y`` / ``PT2H`` (``X``
    for an unknown amount, ``P30Y/P50Y`` for a range of durations), a vague reference
    ``PAST_REF`` / ``PRESENT_REF`` / ``FUTURE_REF``. It is ``None`` when the value cannot be
    known from the text and its date; ``anchor`` then says why.
    """

    start: int
    end: int
    text: str
    value: str | None
    granularity: str
    """One of :data:`GRANULARITIES`."""
    kind: str
    """One of :data:`KINDS`."""
    anchor: str | None
    """What a relative value was computed from: ``"published"``, ``"text:<start>"`` (an earlier
    expression at that offset), or the reason the value is ``None``; ``None`` for absolute
    expressions."""
    timex: tuple[Timex3, ...] = ()
    """The TimeML TIMEX3 expressions this one is made of, in text order, inside its extent: one
    for most, two for a range stated as one (``February 17-18``), none for what TimeML does not
    mark (``the fourth anniversary``)."""
