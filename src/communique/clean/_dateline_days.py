"""The day an item's opening dateline gives: two items of a series carry two days.

A wire item opens with its place and day (``LINDHAVEN, Dec 21 —``, ``MADRID, 14 Oct. 2025
(Europa Press) -``); a site that reprints it keeps the dateline, and so does a later version of
the same item. Two items of one agency on two days share their background paragraphs word for
word (the truce of last month, the toll of the war) while each reports its own day's news: their
datelines name two days, and they are no copies (:mod:`communique.clean._dedup`, step 4). On the
four dev stories the two such pairs that other tests join are the only pairs with two dated
datelines that differ; the one copy with two dated datelines keeps the same day.
"""

from __future__ import annotations

from functools import lru_cache

from communique.clean._datelines import first_dateline

__all__ = ["dateline_day", "other_datelines"]

_OPENING = 1200
"""Characters of a text searched for its first paragraphs (a dateline opens one of them)."""


@lru_cache(maxsize=8192)
def dateline_day(text: str) -> tuple[int, int] | None:
    """The month and day the text's opening dateline writes, ``None`` when it writes none."""
    paragraphs = [p for p in text[:_OPENING].split("\n") if p.strip()]
    line = first_dateline(paragraphs)
    written = line.written if line is not None else None
    if written is None or written.month is None:
        return None
    return written.month, written.day


def other_datelines(first: str, second: str) -> bool:
    """Whether both texts open with a dated dateline and the two give different days."""
    a, b = dateline_day(first), dateline_day(second)
    return a is not None and b is not None and a != b
