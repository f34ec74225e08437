"""Which event a sentence reports: read off the events the events stage built.

The events stage keeps, as each event's evidence, the sentences that mention it. A claim or a
format word in one of those sentences is about that event; a sentence that mentions no event
falls back on the article's main event (the one it mentions most often, when that is clear).
Claims and contradictions are then ``about`` the event ids the events stage produced, so the
two stages never disagree on what an event is.

An undated event that names only a place gathers every round held there: a sentence attached
to it says no more than *talks in Lindhaven*. Read against the day its article was written,
it is the one held event at that place (or in a city of that country) that ended that day or
the day before, when there is exactly one (see :meth:`EventAnchors.on_day`).
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Mapping, Sequence
from datetime import date, timedelta

from communique.clean._dates import iso_day
from communique.model.story import StoryEvent

# A report of a meeting's outcome appears the day it ends or the next (time zones, late news).
_REPORTED_WITHIN = timedelta(days=1)
_HELD = ("held", "ongoing")


def _span(event: StoryEvent) -> tuple[str, str] | None:
    """An event's first and last possible day as ISO text (``2025-05`` runs from
    ``2025-05-01`` to ``2025-05-31``, compared as text: ``-00`` sorts first, ``-99`` last)."""
    if not event.start:
        return None
    end = event.end or event.start
    return _pad(event.start, "00"), _pad(end, "99")


def _pad(value: str, fill: str) -> str:
    """A partial ISO date padded to a full one with ``fill`` for each missing part."""
    parts = value.split("-")
    return "-".join([*parts, *[fill] * (3 - len(parts))])


class EventAnchors:
    """Sentence → event ids, and each article's main event."""

    def __init__(self, events: Sequence[StoryEvent] = (),
                 countries: Mapping[str, str] | None = None) -> None:
        """``countries``: place → the country it lies in, as the texts state it (``Lindhaven,
        Veldra``), so that an undated event in a country stands for one held in its city."""
        self._events = {event.id: event for event in events}
        self._held_at: dict[str, list[tuple[date, date, str]]] = defaultdict(list)
        within = {k.casefold(): v.casefold() for k, v in (countries or {}).items()}
        self._within = within
        for event in events:
            start, end = iso_day(event.start), iso_day(event.end)
            if event.place and start and end and event.status in _HELD:
                place = event.place.casefold()
                for key in {place, within.get(place, place)}:
                    self._held_at[key].append((start, end, event.id))
        self._at: dict[tuple[str, int], set[str]] = defaultdict(set)
        per_article: dict[str, Counter[str]] = defaultdict(Counter)
        for event in events:
            for evidence in event.evidence:
                self._at[(evidence.article, evidence.start)].add(event.id)
                per_article[evidence.article][event.id] += 1
        self._main: dict[str, str] = {}
        for article, counts in per_article.items():
            ranked = counts.most_common(2)
            if len(ranked) == 1 or ranked[0][1] > ranked[1][1]:
                self._main[article] = ranked[0][0]

    def of_sentence(self, article: str, start: int) -> str | None:
        """The one event the sentence at ``start`` mentions (``None``: none, or several)."""
        found = self._at.get((article, start), set())
        return next(iter(found)) if len(found) == 1 else None

    def mentions_several(self, article: str, start: int) -> bool:
        """Whether the sentence mentions more than one event (a list of rounds, say)."""
        return len(self._at.get((article, start), ())) > 1

    def main(self, article: str) -> str | None:
        """The event an article mentions most often, when one stands out."""
        return self._main.get(article)

    def held_on(self, article: str, start: int, written: date | None) -> str | None:
        """Of the events the sentence at ``start`` mentions, the one held event that ended the
        day ``written`` or the day before, when exactly one did (*the third round in Lindhaven
        on Saturday, a week after the second*: the others are background)."""
        if written is None:
            return None
        found = set()
        for ident in self._at.get((article, start), ()):
            event = self._events[ident]
            first, last = iso_day(event.start), iso_day(event.end)
            if (first and last and event.status in _HELD
                    and first <= written <= last + _REPORTED_WITHIN):
                found.add(ident)
        return next(iter(found)) if len(found) == 1 else None

    def may_be_one(self, a: str, b: str) -> bool:
        """Whether two events may be one meeting the events stage left in pieces: the same
        place (or a city and the country it lies in, when built with those links) or one
        without a place, and dates that overlap at the precision of both (*talks
        in May 2025* and *talks in Lindhaven on 2025-05-11*); an undated one is one with an
        event at its place (*talks in Lindhaven*). Two that share neither place nor date are
        two: nothing says they are one."""
        if a == b:
            return True
        first, second = self._events.get(a), self._events.get(b)
        if first is None or second is None:
            return False
        places = {e.place.casefold() for e in (first, second) if e.place}
        if len(places) > 1 and not self._one_place(*places):
            return False
        one_place = bool(first.place and second.place)
        spans = [_span(e) for e in (first, second)]
        if spans[0] is None or spans[1] is None:
            return one_place
        return spans[0][0] <= spans[1][1] and spans[1][0] <= spans[0][1]

    def _one_place(self, a: str, b: str) -> bool:
        """Whether two places (case folded) may name one venue: the same, or a city and the
        country it lies in (*talks in Veldra* on the day of *talks in Lindhaven*)."""
        return a == b or self._within.get(a) == b or self._within.get(b) == a

    def clash(self, a: str, b: str) -> bool:
        """Whether two events are surely two: different places, or dates that cannot overlap
        (an event this index does not know is another one)."""
        if a == b:
            return False
        first, second = self._events.get(a), self._events.get(b)
        if first is None or second is None:
            return True
        if first.place and second.place and not self._one_place(first.place.casefold(),
                                                                  second.place.casefold()):
            return True
        spans = [_span(e) for e in (first, second)]
        if spans[0] is None or spans[1] is None:
            return False
        return spans[0][0] > spans[1][1] or spans[1][0] > spans[0][1]

    def on_day(self, event_id: str | None, written: date | None) -> str | None:
        """``event_id``, or the dated held event it stands for in an article written on
        ``written``: an undated event at a place read as the one held event there that ended
        that day or the day before (``event_id`` itself when there is none or several)."""
        event = self._events.get(event_id or "")
        if event is None or iso_day(event.start) is not None:
            return event_id
        if written is None or not event.place:
            return event_id
        found = {ident for start, end, ident in self._held_at.get(event.place.casefold(), ())
                 if start <= written <= end + _REPORTED_WITHIN}
        return next(iter(found)) if len(found) == 1 else event_id

    def begun(self, event_id: str | None, written: date | None) -> bool:
        """Whether an event had begun by the day an article was written (``True`` when either
        day is unknown): an article cannot report how long a meeting lasted before it met."""
        event = self._events.get(event_id or "")
        first = iso_day(event.start) if event is not None else None
        return first is None or written is None or first <= written

    def held_then(self, written: date | None) -> str | None:
        """The one held event of the story that ended the day ``written`` or the day before,
        when exactly one did: what an article that names no event most likely reports."""
        if written is None:
            return None
        found = {ident for spans in self._held_at.values() for start, end, ident in spans
                 if start <= written <= end + _REPORTED_WITHIN}
        return next(iter(found)) if len(found) == 1 else None
