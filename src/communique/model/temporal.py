"""Temporal expressions found in a text and normalized against its publication date.

Offsets follow the project rule: a half-open ``[start, end)`` pair of character offsets into the
text that was searched, so ``text[start:end] == expression.text``.
"""

from __future__ import annotations

from dataclasses import dataclass

GRANULARITIES: frozenset[str] = frozenset(
    {"day", "range", "week", "month", "year", "duration", "anniversary", "time", "other"}
)
"""Allowed values of :attr:`TimeExpression.granularity`."""

KINDS: frozenset[str] = frozenset({"date", "duration", "set", "anniversary"})
"""Allowed values of :attr:`TimeExpression.kind`."""


@dataclass(frozen=True, slots=True)
class TimeExpression:
    """One temporal expression and its normalized value.

    ``value`` uses ISO-like forms: a day ``2026-02-17``, a range ``2026-02-17/2026-02-18``, an
    ISO week ``2026-W08``, a month ``2026-06``, a year ``2025``, a quarter ``2009-Q3``, a season
    ``2026-WI``, a decade ``199``, a century ``20``, a part of a day ``2026-02-17TMO``, a clock time
    ``2026-02-17T15:00``, a duration ``P15Y`` / ``PT2H`` (``X`` for an unknown amount, ``P30Y/P50Y``
    for a range of durations), a vague reference ``PAST_REF`` / ``PRESENT_REF`` / ``FUTURE_REF``.
    It is ``None`` when the value cannot be known from the text and its date; ``anchor`` then
    says why.
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
