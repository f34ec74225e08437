"""Temporal expressions: find dates, durations and anniversaries and normalize them.

Public API::

    expressions = find_dates(text, published=date(2026, 2, 18))
    # [TimeExpression(start, end, text, value="2026-02-18", granularity="day", kind="date",
    #                 timex=(Timex3(start, end, text, type="DATE", value="2026-02-18"),)), ...]
    find_timex(text, published)   # the TimeML TIMEX3 expressions alone (timexes(expressions))

Rules are general English patterns (:mod:`._patterns`) checked against look-alikes
(:mod:`._accept`: ``may`` the verb, counts and amounts); overlaps keep the longest expression.
Relative expressions count from ``published`` (``last week``, ``on Wednesday`` by the tense of
the clause, ``a June deadline``) or from an earlier day in the same paragraph (``the day
before``); without ``published`` their value is ``None``.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from communique.extract.temporal._find import find_expressions
from communique.model.temporal import TimeExpression, Timex3

__all__ = ["TimeExpression", "Timex3", "find_dates", "find_timex", "timexes"]


def find_dates(text: str, published: date | None, *, vague: bool = True) -> list[TimeExpression]:
    """Every temporal expression in ``text`` in text order, normalized against ``published``.

    ``vague`` (the default, as TimeML does) also reports vague references (``now``,
    ``recently``, ``the past``); ``vague=False`` leaves them out, keeping only what can be
    placed on a timeline or measured.
    """
    return find_expressions(text, published, vague=vague)


def timexes(expressions: Iterable[TimeExpression]) -> list[Timex3]:
    """The TimeML TIMEX3 expressions of ``expressions``, in text order."""
    return [part for expression in expressions for part in expression.timex]


def find_timex(text: str, published: date | None) -> list[Timex3]:
    """Every TimeML TIMEX3 expression in ``text`` (types, values and extents as TimeML has them)."""
    return timexes(find_dates(text, published))
