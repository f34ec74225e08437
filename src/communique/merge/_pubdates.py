"""Publication dates of undated articles, read off the story's dated events they report.

Many crawled pages carry no date at all, but they report an event the rest of the coverage
dates: "the talks concluded on Sunday", "Kravel confirmed on Thursday that the round will
be held", "today, Saturday, in Lindhaven". When a sentence that the events stage tied to a story
event names the weekday that event fell on, and no full date, the article was written within
the week around it: up to six days after an event it reports as held, up to six days before
one it reports as ahead, and on the day itself when the sentence also says "today". Every such
sentence gives a window; the article's date is where all its windows meet: the day when they
meet in one day, else the month when they fit in one month, else nothing. A sentence in the
writer's own words that says the event it reports took place "today" ("the truce signed today
in X"), without a weekday, puts the writing on the event's days.

Only a weekday that matches the event's own day counts: a weekday that does not (a source's
error, or another day of the story) dates nothing, nor does an anniversary or a cited source's
date, since those are never the weekday of the event the sentence reports. A weekday before
the event word counts only when no reporting verb stands before it ("X and Y on Saturday signed
a truce", not "On Monday, X said talks ..."). An event the text's own dates rule out (its week
lies before a day the text reports as past, or after one it puts ahead) or whose signed text is
another one ("a declaration of principles", not "the framework"), or whose day is not the one
written beside the weekday ("samedi 19 juillet"), is not the one a sentence reports, which
tells apart two signings at one place on the same weekday months apart.

Sentences in other languages come without a parse, so their tense and status are guesses: they
count only by what needs neither (the day itself with "today", the day's week with "this" —
"ce samedi", "este sábado" — else six days either side of it). Articles that already have a
publication day or month are left as they are.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from communique.clean._bounds import completed_bounds
from communique.clean._dates import PartialDate, find_dates, iso_day, resolve_near
from communique.clean._datewords import THIS_WEEK_ALT, TODAY_ALT, WEEKDAY_ALT, weekday_number
from communique.clean._yearless import find_yearless
from communique.lang._phrases import alternation
from communique.model.annotations import Annotations, EventMention
from communique.model.article import Document
from communique.model.story import StoryEvent

__all__ = ["EventWindow", "dates_from_events", "telling_words"]

_WEEK = timedelta(days=6)
_WEEKDAY = re.compile(rf"(?<!\w)(?:{WEEKDAY_ALT})(?!\w)", re.IGNORECASE)
_TODAY = re.compile(rf"(?<!\w)(?:{TODAY_ALT})(?!\w)", re.IGNORECASE)
_SIGNATURE = re.compile(r"\s*[—–-].{0,80}\(@\w+\)")
"""The signature line under an embedded post: "— Name (@handle) May 3, 2026"."""
_QUOTE_MARK = re.compile(r"[“”\"«»„]|''|(?<!\w)‘|’(?!\w)")
"""A double quotation mark, or a single one that is no apostrophe."""
_THIS = re.compile(rf"(?<!\w)(?:{THIS_WEEK_ALT})\s+$", re.IGNORECASE)
"""A demonstrative right before a weekday ("ce samedi", "este sábado")."""
_SAID = re.compile(rf"(?<!\w){alternation('reporting_verbs')}(?!\w)", re.IGNORECASE)
"""A reporting verb: a weekday in the words before the event word of a sentence with one
more often dates the saying ("On Monday, X said talks ...") than the event."""
_AHEAD = frozenset({"planned", "future"})
_DATED_STATUSES = frozenset({"held", "ongoing", "planned"})
_CALLED_OFF = frozenset({"cancelled", "postponed"})
_TOOK_PLACE = frozenset({"held", "ongoing"})


@dataclass(frozen=True, slots=True)
class EventWindow:
    """The days an article may have been written on, and the event sentence that says so."""

    first: date
    last: date



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


def window_of(sentence: str, mention: EventMention, event: StoryEvent,
              frame: str | None = None) -> EventWindow | None:
    """The window a sentence about ``event`` puts its article's writing in, if any.

    ``frame`` is the sentence when it is the writer's own words (:func:`_writer_frame`), else
    empty; without it the whole sentence counts as the writer's.
    """
    start, end = iso_day(event.start), iso_day(event.end or event.start)
    if start is None or end is None:
        return None
    weekday = _weekday(sentence)
    if weekday is None:
        return _today_window(sentence if frame is None else frame, mention, event, start, end)
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


def foreign_window(sentence: str, event: StoryEvent) -> EventWindow | None:
    """The window a sentence in another language than English puts its writing in, if any.

    Such sentences come without a parse, so whether they report the event as held or ahead is
    a guess: only what needs no tense counts. A weekday that names the event's day puts the
    writing on that day when the sentence says "today" ("اليوم السبت"), in that day's week
    (Monday to Sunday) when a demonstrative says "this" ("signé ce samedi"), else within six
    days of it on either side.
    """
    start, end = iso_day(event.start), iso_day(event.end or event.start)
    weekday = _weekday(sentence)
    if start is None or end is None or weekday is None:
        return None
    matching = [d for d in (start + timedelta(days=k) for k in range((end - start).days + 1))
                if d.weekday() == weekday]
    if len(matching) != 1:
        return None
    day = matching[0]
    if _TODAY.search(sentence):
        return EventWindow(day, day)
    named = next(m for m in _WEEKDAY.finditer(sentence) if weekday_number(m.group()) == weekday)
    if _THIS.search(sentence, max(0, named.start() - 12), named.start()):
        monday = day - timedelta(days=day.weekday())
        return EventWindow(monday, monday + _WEEK)
    return EventWindow(day - _WEEK, day + _WEEK)


def _today_window(frame: str, mention: EventMention, event: StoryEvent, start: date,
                  end: date) -> EventWindow | None:
    """The event's own days, when the writer says it takes or took place "today".

    Only the writer's "today" counts (a quotation's is the speaker's, who may be quoted days
    later), only without a full date (which is absolute), and only for an event the sentence
    reports as held or under way within one week: "the truce signed today in X".
    """
    if (end - start > _WEEK or find_dates(frame) or _said(mention) in _CALLED_OFF
            or _ahead(mention, event)):
        return None
    if _said(mention) not in _TOOK_PLACE and mention.tense != "past":
        return None
    return EventWindow(start, end) if _TODAY.search(frame) else None


def _writer_frame(text: str, mention: EventMention) -> str:
    """The sentence from the event word on, when it is the writer's own words; else ``""``.

    A sentence with a quotation mark may open or close a quotation the sentence splitter cut,
    one right after a colon is often the statement it introduces, set off without marks, and
    a paragraph followed by a signature line ("— Name (@handle) May 3") is an embedded post:
    whose "today" any of these says is unclear, so none counts.
    """
    before = text[:mention.start].rstrip()
    sentence = text[mention.start : mention.end]
    paragraph_end = text.find("\n", mention.end)
    following = text[paragraph_end + 1:].split("\n", 1)[0] if paragraph_end >= 0 else ""
    if (_QUOTE_MARK.search(sentence) or before.endswith((":", "“", "\"", "«", "‘"))
            or _SIGNATURE.match(following)):
        return ""
    return text[mention.trigger_start : mention.end]


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
        self.dated = [e for e in events if iso_day(e.start) and e.place]

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


def _from_event_word(text: str, mention: EventMention, first: bool = True) -> str:
    """The part of a mention's sentence whose weekday may date its event.

    A weekday after the event word counts ("wrapped up talks in Veldra on Sunday") up to a
    reporting verb; one before it only when no reporting verb stands there too: "Veldra and
    Korvania on Saturday signed a truce" dates the signing, "On Monday, X said that talks ..."
    and "X will attend the talks, the ministry confirmed on Sunday" the saying. Only the
    sentence's first event word (``first``) takes a weekday before it: in "X and Y met on
    Friday and agreed to meet again", Friday is the meeting's.
    """
    before = text[mention.start : mention.trigger_start]
    start = mention.start if first and not _SAID.search(before) else mention.trigger_start
    # A reporting verb after the event word ends what may date it: "X will attend the meeting,
    # the ministry confirmed on Sunday" dates the confirming.
    said = _SAID.search(text, mention.trigger_end, mention.end)
    return text[start : said.start() if said else mention.end]


_WORD = re.compile(r"[^\W\d_]{3,}")
_ANY_TEXT = frozenset({
    "agreement", "agreements", "accord", "accords", "deal", "pact", "protocol", "treaty",
    "document", "text", "new", "final", "peace", "joint", "the", "this", "that"})
"""Words any signed text may be called by: they tell no two texts apart."""


def telling_words(signed: str | None) -> frozenset[str]:
    """The words of a signed text's name that tell it from other texts ("declaration",
    "principles"; "framework"), lower-cased: not those any text may be called by."""
    return frozenset(w.casefold() for w in _WORD.findall(signed or "")) - _ANY_TEXT


def _same_text(mention: EventMention, event: StoryEvent) -> bool:
    """Whether a signing sentence may report the event, by what was signed: a "declaration of
    principles" is not the "framework" signed at the same place on another Saturday. Texts
    that share a word ("a new agreement", "the cooperation agreement") may be one, and either
    side without a signed text keeps the event."""
    if not mention.signed or not event.signed:
        return True
    said, known = telling_words(mention.signed), telling_words(event.signed)
    return not said or not known or bool(said & known)


def _on_its_day(sentence: str, event: StoryEvent) -> bool:
    """Whether the days a sentence writes without their year ("samedi 19 juillet") include one
    of the event's: the weekday of another month's signing does not report this one. A
    sentence that writes no such day keeps every event."""
    written = {(m.written.month, m.written.day) for m in find_yearless(sentence)}
    start, end = iso_day(event.start), iso_day(event.end or event.start)
    if not written or start is None or end is None:
        return True
    days = (start + timedelta(days=k) for k in range((end - start).days + 1))
    return any((d.month, d.day) in written for d in days)


def _within(window: EventWindow, bounds: tuple[date | None, date | None]) -> bool:
    """Whether a window leaves a day that the text's own dates allow: not before a day it
    reports as past (a day's slack for time zones), and before one it reports as ahead (a
    truce "set to expire August 12" was written before that day)."""
    past, ahead = bounds
    return ((past is None or window.last >= past - timedelta(days=1))
            and (ahead is None or window.first < ahead))


def _windows(document: Document, annotated: Annotations, events: _Events,
             bounds: tuple[date | None, date | None] = (None, None)) -> list[EventWindow]:
    """The windows each event sentence of an undated article gives (one event each).

    ``bounds`` are the latest day the text reports as past and the earliest it puts ahead: an
    event whose window falls outside them is not the one the sentence reports (two signings
    on Saturdays months apart, one before and one after a deadline the text still awaits).
    """
    english = document.language in (None, "en")
    windows: list[tuple[EventWindow, frozenset[str]]] = []
    unknown: set[str] = set()
    for mention in annotated.events:
        joined = next(iter(events.by_sentence.get((document.id, mention.start), ())), None)
        first = not any(other.start == mention.start and other.trigger_start
                        < mention.trigger_start for other in annotated.events)
        sentence = _from_event_word(document.text, mention, first)
        if english:
            frame = _writer_frame(document.text, mention)
            candidates = events.candidates(mention, joined)
            unknown.update(_not_on_its_weekday(sentence, mention, candidates))
            fitting = _agreeing(mention, [
                (e, w) for e in candidates
                if (w := window_of(sentence, mention, e, frame)) is not None])
        else:
            # Other languages' mentions come without a parse: their status and tense are
            # guesses, so every candidate stays and only tense-free windows count.
            fitting = [(e, w) for e in events.candidates(mention, joined)
                       if (w := foreign_window(sentence, e)) is not None]
        fitting = [(e, w) for e, w in fitting
                   if _within(w, bounds) and _same_text(mention, e) and _on_its_day(sentence, e)]
        found = {w for _, w in fitting}
        # After _agreeing, a called-off sentence keeps only called-off events.
        if len(found) == 1 and (_said(mention) in _CALLED_OFF
                                or all(e.status in _DATED_STATUSES for e, _ in fitting)):
            windows.append((found.pop(), frozenset(e.id for e, _ in fitting)))
    # An event the text reports as held on a weekday none of the story's events at that place
    # fell on is one the story dates wrongly or not at all: those events date nothing here.
    return [w for w, ids in windows if not ids & unknown]


def _not_on_its_weekday(sentence: str, mention: EventMention,
                        candidates: Sequence[StoryEvent]) -> set[str]:
    """The candidates' ids when the sentence reports its event as held on a weekday that none
    of them fell on, else nothing.

    "Talks were held in Veldra on Monday" while the story dates the only Veldra talks to a
    Tuesday (a deadline's day taken for the talks', or a day-by-day report split wrongly):
    the story's days at Veldra are not the ones this text reports, so another of its
    sentences ("talks resume Tuesday") fitting one of them by its weekday proves nothing.
    """
    weekday = _weekday(sentence)
    held = _said(mention) in _TOOK_PLACE or (_said(mention) is None and mention.tense == "past")
    if weekday is None or not held or _TODAY.search(sentence) or not candidates:
        return set()
    for event in candidates:
        start, end = iso_day(event.start), iso_day(event.end or event.start)
        if start is None or end is None:
            return set()
        if any((start + timedelta(days=k)).weekday() == weekday
               for k in range(min((end - start).days, 6) + 1)):
            return set()
    return {e.id for e in candidates}


def dates_from_events(
    documents: Sequence[Document],
    annotations: Mapping[str, Annotations],
    events: Sequence[StoryEvent],
) -> dict[str, PartialDate]:
    """Document id → the publication day or month its reported events give, for documents
    without any publication date."""
    known = _Events(events, annotations)
    days = sorted(d.published for d in documents if d.published is not None)
    found: dict[str, PartialDate] = {}
    for document in documents:
        if document.published is not None or document.published_month:
            continue
        annotated = annotations.get(document.id)
        if annotated is None:
            continue
        read = completed_bounds(document.text.split("\n"),
                                lambda written: resolve_near(written, days), document.captions,
                                document.language)
        windows = _windows(document, annotated, known,
                           (read.latest_past, read.earliest_future))
        dated = _meet(windows) if windows else None
        if dated is not None:
            found[document.id] = dated
    return found
