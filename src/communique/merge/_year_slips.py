"""A year slip: one outlet giving the event it reports a year it was not held in.

"The Lindhaven meeting marks the fourth such meeting in 2029", in an article written days
before the Lindhaven talks that it and other outlets date to 2031, makes an event of its own: a
meeting in Lindhaven in 2029 that nobody else reports. It is the article's event under a wrong
year, a ``date`` contradiction with the outlets that give the event its exact dates. Only when
every sign points to a slip: the sentence names the event as the article's own (*the
Lindhaven meeting*, *this meeting in Lindhaven*: the place as its name, never *talks in
Lindhaven in 2029*, which may be an earlier round); it dates it by a year or a month alone;
one outlet reports that dated event; nothing in the sentence puts it in the past (*back in
2029*, *the earlier Lindhaven meeting*); and the same article reports an event at the same
place with exact dates in another year, at most two years away, within a month of when the
article was written.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from communique.merge._corpus import Corpus
from communique.merge._event_conflicts import Stated, span_value
from communique.merge._intervals import Interval
from communique.merge._numbered_rounds import Built
from communique.model import content_id
from communique.model.story import Contradiction

_WORDS = r"(?:meeting|talks|round|summit|negotiations|session|conference|signing|ceremony)"
_NEAR_DAYS = 31
# A slip of the pen is a year or two off; an event decades earlier is history.
_MOST_YEARS = 2
# Words that put an event in the past rather than misdate the present one.
_PAST = re.compile(r"\b(?:earlier|previous|prior|last|past|former|ago|then|also|again|once|"
                   r"back\s+in|since|history|historic)\b", re.IGNORECASE)
_REPORTED = ("held", "ongoing", "planned")


def _names_as_its_own(text: str, place: str) -> bool:
    """Whether a sentence names the event by its place, as the one it speaks of."""
    place = re.escape(place)
    return re.search(
        rf"\b(?:the|this)\s+{place}\s+(?:[\w-]+\s+)?{_WORDS}\b|\bthis\s+{_WORDS}\s+in\s+{place}\b",
        text, re.IGNORECASE) is not None


def _slips(items: Sequence[Stated], corpus: Corpus) -> list[Stated]:
    """The mentions of a vaguely dated event that name it as the article's own event, and not
    as one of the past ("back in 2029", "the earlier Lindhaven meeting")."""
    found = []
    for item in items:
        text = corpus.text(item.doc_id)[item.mention.start : item.mention.end]
        if item.mention.place and _names_as_its_own(text, item.mention.place) and not (
                _PAST.search(text)):
            found.append(item)
    return found


def year_slips(built: Sequence[Built], corpus: Corpus) -> list[Contradiction]:
    """Events dated by one outlet to a year or month alone that its own article reports,
    at the same place, with exact dates in another year."""
    found = []
    reported = [(e, s, w) for e, s, w in built
                if w is not None and w.precise and e.status in _REPORTED]
    for _, items, when in built:
        if when is None or when.precise or len({corpus.source_key(i.doc_id) for i in items}) != 1:
            continue
        for slip in _slips(items, corpus):
            other = _reported_there(slip, when, reported, corpus)
            made = _contradiction(slip, when, other, corpus) if other is not None else None
            if made is not None:
                found.append(made)
                break
    return found


def _reported_there(slip: Stated, when: Interval, reported: Sequence[Built], corpus: Corpus
                    ) -> Built | None:
    """The event with exact dates outside ``when`` that the slip's article reports at its
    place, when the article was written within a month of it."""
    for event, items, dates in reported:
        assert dates is not None
        if dates.overlaps(when) or abs(dates.start.year - when.start.year) > _MOST_YEARS or not any(
                i.doc_id == slip.doc_id and i.mention.place == slip.mention.place for i in items):
            continue
        if _near(slip.doc_id, dates, corpus):
            return event, items, dates
    return None


def _near(doc_id: str, dates: Interval, corpus: Corpus) -> bool:
    """Whether an article was written within a month of an event's dates."""
    written = corpus.written(doc_id)
    return written is not None and min(
        abs((written - dates.start).days), abs((written - dates.end).days)) <= _NEAR_DAYS


def _contradiction(slip: Stated, when: Interval, other: Built, corpus: Corpus
                   ) -> Contradiction | None:
    """The slip's year against the outlets giving the event its exact dates (none when no
    other outlet does), and those naming it at its place in an article written within a month
    of it: they report it as the news of that time."""
    event, items, dates = other
    if dates is None:
        return None
    source = corpus.source_key(slip.doc_id)
    exact = [i for i in items if i.when is not None and i.when.precise
             and dates.start <= i.when.start and i.when.end <= dates.end
             and corpus.source_key(i.doc_id) != source]
    if not exact:
        return None
    current = [i for i in items if i.when is None and i.mention.place == slip.mention.place
               and corpus.source_key(i.doc_id) != source and _near(i.doc_id, dates, corpus)]
    value = str(when.start.year) if when.granularity == "year" else span_value(when)
    sides = (
        corpus.side(value, [corpus.evidence(slip.doc_id, slip.mention.start, slip.mention.end)]),
        corpus.side(span_value(dates), (
            corpus.evidence(i.doc_id, i.mention.start, i.mention.end) for i in exact + current)),
    )
    label = event.title.split(",")[0]
    note = "; ".join(f"{', '.join(side.outlets)}: {side.value}" for side in sides)
    return Contradiction(content_id("x_", "date", "year", event.id, slip.doc_id), "date",
                         event.id, sides, f"Sources date {label} in different years — {note}.")
