"""A source against the calendar: a weekday written beside a full date it does not fall on.

"Thursday, December 5, 2025" (a Friday), "ce jeudi 27 juin 2025" (a Friday): which of the two
the writer got wrong cannot be told from the text, so the article dates nothing by it. The
slip is reported as the source's ``inconsistency``; other outlets that write that day with its
right weekday, or the nearest day that falls on the written weekday (the day the writer may
have meant), are the other sides, so that a reader sees what the rest of the coverage says.
Only a weekday written right before a date with its year counts (``Thursday, 5 December
2025``, ``jeudi 27 juin 2025``): a year-less date takes its year from elsewhere, and a weekday
further away may belong to another day of the sentence. The one exception is a day written in
brackets right after its weekday, the way many outlets give the day of a weekday (``quinta-feira
(29)``, ``Thursday (October 30)``): such a day is within the week of the article's news, so it
is read as the one day of that number within a week of the day the article was written, else of
a story event the article reports — and is left unread when there is no such anchor or two days
fit.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from communique.clean._dates import find_dates
from communique.clean._datewords import (
    MONTH_NAME_ALT,
    WEEKDAY_ALT,
    WEEKDAY_LINK_ALT,
    month_number,
    weekday_number,
)
from communique.merge._corpus import Corpus
from communique.model import content_id
from communique.model.story import Contradiction, Side, StoryEvent

# The weekday, then at most an article or a comma before the date ("Thursday, the", "le").
_BEFORE = re.compile(rf"(?<!\w)({WEEKDAY_ALT})\W{{0,3}}(?:(?:{WEEKDAY_LINK_ALT})\s+)?$",
                     re.IGNORECASE)
# The date patterns may take the weekday in ("Wednesday, 17 September 2025").
_OPENING = re.compile(rf"({WEEKDAY_ALT})(?!\w)", re.IGNORECASE)
_LOOK_BACK = 24
# A weekday with its day in brackets, the month maybe with it: "quinta-feira (29)",
# "Thursday (October 30)", "jeudi (30 octobre)".
_BRACKETED = re.compile(
    rf"(?<!\w)(?P<weekday>{WEEKDAY_ALT})\s*\(\s*(?:(?P<before>{MONTH_NAME_ALT})\s+)?"
    rf"(?P<day>\d{{1,2}})(?:\s+(?:de\s+)?(?P<after>{MONTH_NAME_ALT}))?\s*\)",
    re.IGNORECASE)
# A bracketed day is within this many days of its anchor (the news of the week).
_WEEK = 7
_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


@dataclass(frozen=True, slots=True)
class _Written:
    """A full date written with a weekday."""

    article: str
    day: date
    weekday: int
    start: int
    end: int


def _written(doc_id: str, text: str) -> list[_Written]:
    """The full dates of a text written right after a weekday."""
    found = []
    for mention in find_dates(text):
        inside = _OPENING.match(text, mention.start, mention.end)
        if inside is not None:
            named, start = weekday_number(inside.group(1)), mention.start
        else:
            window = max(0, mention.start - _LOOK_BACK)
            before = _BEFORE.search(text[window : mention.start])
            named = weekday_number(before.group(1)) if before else None
            start = window + before.start() if before else mention.start
        if named is not None:
            found.append(_Written(doc_id, mention.day, named, start, mention.end))
    return found


WEEKDAYS_KIND = "weekdays/1"
"""The kind under which :func:`_written` is kept between runs (see
:class:`~communique.model.memo.TextMemo`); change its version when ``_written`` or the dates it
reads change."""


def _kept(doc_id: str, corpus: Corpus) -> list[_Written]:
    """:func:`_written` of an article, read back from the corpus memo when kept there."""
    text = corpus.text(doc_id)
    rows = corpus.memo.get(WEEKDAYS_KIND, doc_id, text, lambda: [
        [w.day.isoformat(), w.weekday, w.start, w.end] for w in _written(doc_id, text)])
    return [_Written(doc_id, date.fromisoformat(day), weekday, start, end)
            for day, weekday, start, end in rows]


def _near(day: int, month: int | None, anchors: Sequence[date]) -> set[date]:
    """The days numbered ``day`` (in ``month`` when given) within a week of an anchor."""
    return {near for anchor in anchors for offset in range(-_WEEK, _WEEK + 1)
            if (near := anchor + timedelta(days=offset)).day == day
            and (month is None or near.month == month)}


def _bracketed(doc_id: str, corpus: Corpus, anchors: Sequence[date]) -> list[_Written]:
    """The weekdays of a text written with their day in brackets, each read as the one day of
    that number within a week of an anchor (none when no day or two days fit)."""
    found = []
    for month, number, named, start, end in _brackets(doc_id, corpus) if anchors else ():
        days = _near(number, month, anchors)
        if len(days) == 1 and named is not None:
            found.append(_Written(doc_id, days.pop(), named, start, end))
    return found


BRACKETS_KIND = "bracketed-weekdays/1"
"""The kind under which :func:`_brackets` is kept between runs (see
:class:`~communique.model.memo.TextMemo`); change its version when ``_BRACKETED`` or what is
read from its matches changes."""


def _brackets(doc_id: str, corpus: Corpus
              ) -> list[tuple[int | None, int, int | None, int, int]]:
    """The weekdays a text writes with their day in brackets: (month, day, weekday, start,
    end), read from the text alone (the pattern scans every text on every merge) and kept in
    the corpus memo, so that an ``add`` scans only the new texts."""
    text = corpus.text(doc_id)

    def compute() -> list[list[int | None]]:
        rows: list[list[int | None]] = []
        for match in _BRACKETED.finditer(text):
            month_word = match.group("before") or match.group("after")
            month = month_number(month_word, abbreviations=False) if month_word else None
            rows.append([month, int(match.group("day")), weekday_number(match.group("weekday")),
                         match.start(), match.end()])
        return rows

    return [(None if month is None else int(month), int(number),
             None if named is None else int(named), int(start), int(end))
            for month, number, named, start, end in corpus.memo.get(BRACKETS_KIND, doc_id,
                                                                    text, compute)]


def _anchors(doc_id: str, corpus: Corpus, reported: dict[str, list[date]]) -> list[date]:
    """The day an article was written; unknown, the days of the story events it reports."""
    written = corpus.written(doc_id)
    return [written] if written is not None else reported.get(doc_id, [])


def _reported(events: Sequence[StoryEvent]) -> dict[str, list[date]]:
    """Each article's days of the events it backs that have exact dates."""
    days: dict[str, list[date]] = defaultdict(list)
    for event in events:
        if event.start and event.end and len(event.start) == 10 and len(event.end) == 10:
            ends = (date.fromisoformat(event.start), date.fromisoformat(event.end))
            for article in dict.fromkeys(e.article for e in event.evidence):
                days[article].extend(ends)
    return days


def weekday_slips(corpus: Corpus, articles: Sequence[str] | None = None,
                  events: Sequence[StoryEvent] = ()) -> list[Contradiction]:
    """Each article that writes a weekday beside a date it does not fall on, set against the
    outlets that write that day with its right weekday. ``events`` anchor the bracketed days
    of articles whose day of writing is unknown."""
    reported = _reported(events)
    written = []
    for doc_id in articles or corpus.order:
        kept = _kept(doc_id, corpus)
        bracketed = _bracketed(doc_id, corpus, _anchors(doc_id, corpus, reported))
        # A bracketed date with its year is a full date, read once.
        written += kept + [b for b in bracketed
                           if not any(k.start < b.end and b.start < k.end for k in kept)]
    right: dict[date, list[_Written]] = defaultdict(list)
    for item in written:
        if item.day.weekday() == item.weekday:
            right[item.day].append(item)
    found = []
    for item in written:
        if item.day.weekday() == item.weekday:
            continue
        found.append(_slip(item, right, corpus))
    return found


def _meant(item: _Written) -> date:
    """The day nearest the written date that falls on the written weekday (what the writer
    may have meant, if the date is the slip)."""
    ahead = (item.weekday - item.day.weekday()) % 7
    return item.day + timedelta(days=ahead if ahead <= 3 else ahead - 7)


def _slip(item: _Written, right: dict[date, list[_Written]], corpus: Corpus) -> Contradiction:
    """The inconsistency of one written date, with the outlets that write right the day it
    names and the day its weekday names."""
    source = corpus.source_key(item.article)
    written = corpus.text(item.article)[item.start : item.end]
    stated = f"{written} ({item.day.isoformat()} is a {_NAMES[item.day.weekday()]})"
    sides = [Side(stated, (corpus.sentence(item.article, item.start),),
                  corpus.outlets([item.article]))]
    for day in (item.day, _meant(item)):
        others = [w for w in right.get(day, []) if corpus.source_key(w.article) != source]
        if others:
            evidence = tuple(dict.fromkeys(corpus.sentence(w.article, w.start) for w in others))
            sides.append(Side(f"{_NAMES[day.weekday()]} {day.isoformat()}", evidence,
                              corpus.outlets(w.article for w in others)))
    outlet = ", ".join(sides[0].outlets)
    note = (f"{outlet} writes “{written}”, but {item.day.isoformat()} is a "
            f"{_NAMES[item.day.weekday()]}, not a {_NAMES[item.weekday]}.")
    return Contradiction(content_id("x_", "inconsistency", "weekday", item.article,
                                    str(item.start)),
                         "inconsistency", item.article, tuple(sides), note)
