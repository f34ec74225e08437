"""``the same period last year``, ``the year-earlier quarter``: an earlier period a year back.

Reports compare a period they have just named with the same one a year (or more) before:
``sales rose in February compared to the same month a year ago``. TimeML marks the whole phrase
as one DATE whose value is the named period with its year moved back (``2025-02``). The
resolver gives the plain year back from publication; :func:`shift_back` then replaces it by the
nearest earlier period of the right kind in the text, when there is one.
"""

from __future__ import annotations

import re
from dataclasses import replace

from communique.extract.temporal._numbers import amount
from communique.extract.temporal._types import NO_DATE, Context, Resolution
from communique.model.temporal import TimeExpression

SAME_PERIOD = "same-period:"
"""Prefix of the provisional ``anchor`` of such an expression: the years back follow it."""

# Which earlier values each unit word may take up (a "period" takes any span of a year or less).
_SHAPES = {
    "month": re.compile(r"^(?:FY)?\d{4}-\d{2}$"),
    "quarter": re.compile(r"^(?:FY)?\d{4}-Q[1-4]$"),
    "half": re.compile(r"^(?:FY)?\d{4}-H[12]$"),
    "season": re.compile(r"^\d{4}-(?:SP|SU|FA|WI)$"),
    "week": re.compile(r"^\d{4}-W\d{2}$"),
    "day": re.compile(r"^\d{4}-\d{2}-\d{2}$"),
    "period": re.compile(r"^(?:FY)?\d{4}-(?:\d{2}|Q[1-4]|H[12]|SP|SU|FA|WI|W\d{2})$"),
}
_YEAR = re.compile(r"\d{4}")
# How far back (in characters) the period compared with may be named.
_REACH = 600


def same_period(m: re.Match[str], ctx: Context) -> Resolution | None:
    """The year ``years`` back from publication, until :func:`shift_back` finds the period."""
    back = (m.group("n") or "one").lower()
    years = amount(back)
    if years is None or years < 1:
        return None
    if ctx.published is None:
        return Resolution(None, "year", anchor=NO_DATE)
    unit = (m.group("unit") or m.group("unit2")).lower()
    return Resolution(str(ctx.published.year - int(years)), "year",
                      anchor=f"{SAME_PERIOD}{int(years)}:{unit}")


def shift_back(found: list[TimeExpression]) -> list[TimeExpression]:
    """Give each ``same period`` expression the period named before it, years earlier."""
    for i, expression in enumerate(found):
        anchor = expression.anchor or ""
        if not anchor.startswith(SAME_PERIOD):
            continue
        years, unit = anchor.removeprefix(SAME_PERIOD).split(":")
        shape = _SHAPES.get(unit, _SHAPES["period"])
        earlier = next((e for e in reversed(found[:i])
                        if expression.start - e.end <= _REACH and e.value
                        and shape.match(e.value)), None)
        if earlier is None or earlier.value is None:
            found[i] = replace(expression, anchor="published")
            continue
        year = _YEAR.search(earlier.value)
        assert year is not None  # every shape holds a year
        value = (earlier.value[:year.start()] + str(int(year.group()) - int(years))
                 + earlier.value[year.end():])
        parts = tuple(replace(p, value=value) for p in expression.timex)
        found[i] = replace(expression, value=value, granularity=earlier.granularity,
                           anchor=f"text:{earlier.start}", timex=parts)
    return found
