"""Temporal expressions: find dates, durations and anniversaries and normalize them.

Public API::

    expressions = find_dates(text, published=date(2026, 2, 18))
    # [TimeExpression(start, end, text, value="2026-02-18", granularity="day", kind="date", ...)]

Rules are general English patterns (:mod:`._patterns`) checked against look-alikes
(:mod:`._accept`: ``may`` the verb, counts and amounts); overlaps keep the longest expression.
Relative expressions count from ``published`` (``last week``, ``on Wednesday`` by the tense of
the clause, ``a June deadline``) or from an earlier day in the same paragraph (``the day
before``); without ``published`` their value is ``None``.
"""

from __future__ import annotations

from datetime import date

from communique.extract.temporal._find import find_expressions
from communique.model.temporal import TimeExpression

__all__ = ["TimeExpression", "find_dates"]


def find_dates(text: str, published: date | None, *, vague: bool = False) -> list[TimeExpression]:
    """Every temporal expression in ``text`` in text order, normalized against ``published``.

    ``vague`` also reports TimeML's vague references (``now``, ``recently``, ``the future``),
    which are left out by default because they anchor nothing on a timeline.
    """
    return find_expressions(text, published, vague=vague)
