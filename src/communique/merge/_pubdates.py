"""Publication dates of undated articles, read off the story's dated events they report.

Many crawled pages carry no date at all, but they report an event the rest of the coverage
dates: "the talks concluded on Sunday", "Albusaidi confirmed on Thursday that the round will
be held", "today, Saturday, in Muscat". When a sentence that the events stage tied to a story
event names the weekday that event fell on, and no full date, the article was written within
the week around it: up to six days after an event it reports as held, up to six days before
one it reports as ahead, and on the day itself when the sentence also says "today". Every such
sentence gives a window; the article's date is where all its windows meet: the day when they
meet in one day, else the month when they fit in one month, else nothing.

Only a weekday that matches the event's own day counts: a weekday that does not (a source's
error, or another day of the story) dates nothing, nor does an anniversary or a cited source's
date, since those are never the weekday of the event the sentence reports. Articles that
already have a publication day or month are left as they are, and so are articles in other
languages (their event mentions come without a parse).
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from communique.clean._dates import PartialDate, find_dates
from communique.clean._datewords import TODAY_ALT, WEEKDAY_ALT, weekday_number
from communique.model.annotations import Annotations, EventMention
from communique.model.article import Document
from communique.model.story import StoryEvent

__all__ = ["EventWindow", "dates_from_events"]

_WEEK = timedelta(days=6)
_WEEKDAY = re.compile(rf"(?<!\w)(?:{WEEKDAY_ALT})(?!\w)", re.IGNORECASE)
_TODAY = re.compile(rf"(?<!\w)(?:{TODAY_ALT})(?!\w)", re.IGNORECASE)
_AHEAD = frozenset({"planned", "future"})
_DATED_STATUSES = frozenset({"held", "ongoing", "planned"})
_CALLED_OFF = frozenset({"cancelled", "postponed"})
_TOOK_PLACE = frozenset({"held", "ongoing"})


@dataclass(frozen=True, slots=True)
class EventWindow:
    """The days an article may have been written on, and the event sentence that says so."""

    first: date
    last: date


def _day(text: str | None) -> date | None:
    if not text or len(text) < 10:
        return None
    try:
        return date.fromisoformat(text[:10])
    except ValueError:
        return None


def _ahead(mention: EventMention, event: StoryEvent) -> bool:
    """Whether the sentence reports the event as still to come."""
    status = mention.status.value if mention.status is not None else None
    return status in _AHEAD or (status is None and mention.tense == "future") or (
        status is None and event.status == "planned")


def _said(mention: EventMention) -> str | None:
    """The status the sentence itself gives its event."""
    return mention.status.value if mention.status is not None else None


def _agreeing(mention: EventMention, fitting: Sequence[tuple[StoryEvent, EventWindow]]
              ) -> list[tuple[StoryEvent, EventWindow]]:
    """The fitting events whose fate agrees with what the sentence says became of its event.

    A sentence saying talks were held ("wrapped up talks on Sunday") does not report a round
    the story knows was called off on another Sunday, and one saying talks were called off
    does not report a round that took place. A sentence that says neither keeps them all, so
    that a weekday fitting a called-off round as well leaves it ambiguous.
    """
    said = _said(mention)
    if said in _CALLED_OFF:
        return [(e, w) for e, w in fitting if e.status in _CALLED_OFF]
    if said in _TOOK_PLACE:
        return [(e, w) for e, w in fitting if e.status not in _CALLED_OFF]
    return list(fitting)


def _weekday(sentence: str) -> int | None:
    """The one weekday a sentence names without a full date, else ``None``."""
    if find_dates(sentence):
        return None  # a full date is absolute: it does not place the writer in the week
    named = {weekday_number(m.group()) for m in _WEEKDAY.finditer(sentence)}
    named.discard(None)
    return named.pop() if len(named) == 1 else None


def window_of(sentence: str, mention: EventMention, event: StoryEvent) -> EventWindow | None:
    """The window a sentence about ``event`` puts its article's writing in, if any."""
    start, end = _day(event.start), _day(event.end or event.start)
    weekday = _weekday(sentence)
    if start is None or end is None or weekday is None:
        return None
    days = [start + timedelta(days=k) for k in range((end - start).days + 1)]
    matching = [d for d in days if d.weekday() == weekday]
    if len(matching) != 1:
        return None
    day = matching[0]
    if _TODAY.search(sentence):
        return EventWindow(day, day)
    if _said(mention) in _CALLED_OFF:
        # "will not take place on Sunday", "was called off": said in the days before the day
        # as often as after it.
        return EventWindow(day - _WEEK, day + _WEEK)
    if _ahead(mention, event):
        return EventWindow(day - _WEEK, day)
    return EventWindow(day, day + _WEEK)


def _meet(windows: Sequence[EventWindow]) -> PartialDate | None:
    """The day or month all windows share, else ``None``."""
    first = max(w.first for w in windows)
    last = min(w.last for w in windows)
    if first > last:
        return None
    if first == last:
        return PartialDate.of(first)
    if (first.year, first.month) == (last.year, last.month):
        return PartialDate(first.year, first.month)
    return None


class _Events:
    """The story's dated events, and where each took place (city and country)."""

    def __init__(self, events: Sequence[StoryEvent], annotations: Mapping[str, Annotations]):
        self.by_sentence: dict[tuple[str, int], list[StoryEvent]] = defaultdict(list)
        for event in events:
            for evidence in event.evidence:
                self.by_sentence[(evidence.article, evidence.start)].append(event)
        votes: dict[str, Counter[str]] = defaultdict(Counter)
        for doc_id, annotated in annotations.items():
            for mention in annotated.events:
                for joined in self.by_sentence.get((doc_id, mention.start), ()):
                    if mention.place_country and mention.place == joined.place:
                        votes[joined.id][mention.place_country] += 1
        self.country = {eid: vote.most_common(1)[0][0] for eid, vote in votes.items()}
        # Called-off and postponed events stay candidates: a weekday that fits one of them
        # as well makes the sentence ambiguous.
        self.dated = [e for e in events if _day(e.start) and e.place]

    def _ordinal(self, event: StoryEvent) -> int | None:
        counts = Counter(o.value for o in event.ordinals)
        return counts.most_common(1)[0][0] if counts else None

    def _at(self, event: StoryEvent, place: str, country: str | None) -> bool:
        """Whether a mention's place names the event's city, or only its country."""
        if (event.place or "").casefold() == place.casefold():
            return True
        home = self.country.get(event.id)
        return home is not None and place == home and (country in (None, home))

    def candidates(self, mention: EventMention, joined: StoryEvent | None) -> list[StoryEvent]:
        """The dated events a mention may report: those at its place (or its event's), of its
        round number. The event the mention joined is not trusted alone: a sentence about one
        round joins another at the same place often enough."""
        place = mention.place or (joined.place if joined is not None else None)
        if not place:
            return []
        ordinal = mention.ordinal
        return [e for e in self.dated if self._at(e, place, mention.place_country)
                and (ordinal is None or self._ordinal(e) in (None, ordinal))]


def _windows(document: Document, annotated: Annotations, events: _Events) -> list[EventWindow]:
    """The windows each event sentence of an undated article gives (one event each)."""
    windows = []
    for mention in annotated.events:
        joined = next(iter(events.by_sentence.get((document.id, mention.start), ())), None)
        # The weekday must follow the event word ("wrapped up talks in Oman on Sunday"): one
        # before it is more often the day something was said ("On Monday, X said that ...").
        sentence = document.text[mention.trigger_start : mention.end]
        fitting = _agreeing(mention, [(e, w) for e in events.candidates(mention, joined)
                                      if (w := window_of(sentence, mention, e)) is not None])
        found = {w for _, w in fitting}
        # After _agreeing, a called-off sentence keeps only called-off events.
        if len(found) == 1 and (_said(mention) in _CALLED_OFF
                                or all(e.status in _DATED_STATUSES for e, _ in fitting)):
            windows.append(found.pop())
    return windows


def dates_from_events(
    documents: Sequence[Document],
    annotations: Mapping[str, Annotations],
    events: Sequence[StoryEvent],
) -> dict[str, PartialDate]:
    """Document id → the publication day or month its reported events give, for documents
    without any publication date."""
    known = _Events(events, annotations)
    found: dict[str, PartialDate] = {}
    for document in documents:
        if document.published is not None or document.published_month:
            continue
        if document.language not in (None, "en"):
            # Event mentions in other languages come without a parse: their tense and
            # status are guesses, too weak to date an article by (measured on drc-m23).
            continue
        annotated = annotations.get(document.id)
        windows = _windows(document, annotated, known) if annotated is not None else []
        dated = _meet(windows) if windows else None
        if dated is not None:
            found[document.id] = dated
    return found
