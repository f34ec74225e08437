"""The month an undated text was written in, from what it reports (:mod:`._bounds`).

An article is better left undated than dated wrongly: nothing here guesses from the latest date
a text happens to mention (an anniversary, a cited source's date, a future deadline). What the
text reports can still bound its writing on both sides (:func:`written_between`): when the
bounds fall in one month, that month is the estimate, never a day. The latest day it reports as
past is still the best day to read its relative dates against (:func:`estimate_date`).
"""

from __future__ import annotations

from datetime import date, timedelta

from communique.clean._bounds import WEEK_AFTER, WEEKS_AHEAD, TextBounds
from communique.clean._dates import PartialDate

__all__ = ["estimate_date", "window_evidence", "writing_window", "written_between"]


def written_between(bounds: TextBounds) -> PartialDate | None:
    """The month an undated text was written in, when what it reports bounds it on both sides.

    From below, the latest day it reports as past, or two weeks before a day ahead it names
    with its weekday; from above, the earliest day it reports as ahead, the week after a past
    day it names with its weekday, or the end of the week of a past day it calls "this"
    weekday. When both fall in one month the text was written in it. A day reported both ways
    (the same date on either side) says nothing, nor do bounds that cross.
    """
    window = writing_window(bounds)
    if window is None:
        return None
    low, high = window
    if (low.year, low.month) != (high.year, high.month):
        return None
    return PartialDate(low.year, low.month)


def writing_window(bounds: TextBounds) -> tuple[date, date] | None:
    """The first and last day the text can have been written on, when bounded on both sides."""
    past, ahead = bounds.latest_past, bounds.earliest_future
    if past is not None and ahead is not None and not past < ahead:
        return None
    week_end = bounds.this_week and bounds.this_week + timedelta(
        days=6 - bounds.this_week.weekday())
    lows = [d for d in (past, bounds.weekday_ahead and bounds.weekday_ahead - WEEKS_AHEAD)
            if d is not None]
    highs = [d for d in (ahead, bounds.latest_weekday and bounds.latest_weekday + WEEK_AFTER,
                         week_end) if d is not None]
    if not lows or not highs or min(highs) < max(lows):
        return None
    return max(lows), min(highs)


def window_evidence(bounds: TextBounds) -> str:
    """What bounds the writing, in words, for the note on a document dated from its text."""
    parts = []
    if bounds.latest_past is not None:
        parts.append(f"it reports {bounds.latest_past} as past")
    if bounds.earliest_future is not None:
        parts.append(f"{'' if parts else 'it reports '}{bounds.earliest_future} as ahead")
    if bounds.latest_weekday is not None:
        parts.append(f"names {bounds.latest_weekday} by its weekday (so written within the "
                     "week after it)")
    if bounds.this_week is not None:
        parts.append(f"calls {bounds.this_week} 'this' weekday (so written in its week)")
    if bounds.weekday_ahead is not None:
        parts.append(f"names {bounds.weekday_ahead}, ahead, by its weekday (so written at "
                     "most two weeks before it)")
    return " and ".join(parts)



def estimate_date(value: PartialDate | None, bounds: TextBounds) -> date | None:
    """The day to read an undated text's relative dates against, or ``None``.

    Only for a text without a publication day: the latest day it reports as past (within the
    publication month when that is known). That day is the publication day only about four
    times in ten on the dev stories, so it is never offered as one; but "on Tuesday" and "next
    week" read against it land on the right days far more often than not read at all.
    """
    latest = bounds.latest_past
    if latest is None or (value is not None and value.is_day):
        return None
    if value is not None and not value.first <= latest <= value.last:
        return None
    return latest
