"""A source against the calendar: a weekday written beside a full date it does not fall on.

"Thursday, December 5, 2025" (a Friday), "ce jeudi 27 juin 2025" (a Friday): which of the two
the writer got wrong cannot be told from the text, so the article dates nothing by it. The
slip is reported as the source's ``inconsistency``; other outlets that write that day with its
right weekday, or the nearest day that falls on the written weekday (the day the writer may
have meant), are the other sides, so that a reader sees what the rest of the coverage says.
Only a weekday written right before a date with its year counts (``Thursday, 5 December
2025``, ``jeudi 27 juin 2025``): a year-less date takes its year from elsewhere, and a weekday
further away may belong to another day of the sentence.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from communique.clean._dates import find_dates
from communique.clean._datewords import WEEKDAY_ALT, weekday_number
from communique.merge._corpus import Corpus
from communique.model import content_id
from communique.model.story import Contradiction, Side

# The weekday, then at most an article or a comma before the date ("Thursday, the", "le").
_BEFORE = re.compile(rf"(?<!\w)({WEEKDAY_ALT})\W{{0,3}}(?:(?:the|le|el|il|der|den)\s+)?$",
                     re.IGNORECASE)
# The date patterns may take the weekday in ("Wednesday, 17 September 2025").
_OPENING = re.compile(rf"({WEEKDAY_ALT})(?!\w)", re.IGNORECASE)
_LOOK_BACK = 24
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


def weekday_slips(corpus: Corpus, articles: Sequence[str] | None = None) -> list[Contradiction]:
    """Each article that writes a weekday beside a date it does not fall on, set against the
    outlets that write that day with its right weekday."""
    written = [w for doc_id in (articles or corpus.order) for w in _kept(doc_id, corpus)]
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
