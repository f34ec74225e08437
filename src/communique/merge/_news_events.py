"""The story event an undated article reports as its news, and so the month it was written in.

A news report opens with its news: the title and first sentences say what happened ("the two
sides signed on Friday in Lindhaven", "Korvania y Veldra firmaron el domingo ...", "cessez-le-feu
à partir du samedi 27 décembre"), in past or present tense, in any language. When such a lead
sentence names the kind of a dated story event (a signing, talks, a ceasefire: the words of
``lang/<code>/news_words.json`` and of the language pack) together with that event's place (as
written, or another name the entity stage joined) or all of its parties, the event is what the
article reports, and its month the article's.

Several events may fit (one capital hosts three signings); a weekday the sentence names, or a
day and month it writes, keeps only the events held on it, and the text's own dates keep only
the events that fall between the latest day it reports as past and the earliest it puts
ahead. The vote is given only when every event left falls in one month. It is *strong* when
the sentence's own weekday or day picked the event (news copy names the weekday of days in the
week of writing), which the month estimate may use alone; otherwise it needs another estimate
to agree. A round the sentence numbers ("the fourth round") is that round whatever kind the
event stage gave it. A lead that puts a story event ahead instead dates a preview
(:func:`preview_month`): it was written in the week before that event.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache

from communique.clean._bounds import TextBounds
from communique.clean._dates import PartialDate, find_dates, iso_day
from communique.clean._datewords import (
    CALLED_OFF_MARKER,
    WEEKDAY_ALT,
    weekday_number,
)
from communique.clean._sentences import sentences, unwrapped
from communique.clean._yearless import find_yearless
from communique.merge._news_words import (
    background,
    names_any,
    news_kinds,
    place_ending,
    planned,
    round_number,
)
from communique.merge._pubdates import telling_words
from communique.model.story import StoryEvent

__all__ = ["AMBIGUOUS", "HELD", "LEAD_SENTENCES", "WIDE", "Chosen", "NewsVote", "event_days",
           "event_round", "lead_sentences", "news_month", "preview_month", "story_events",
           "written_days"]

LEAD_SENTENCES = 3
"""How many sentences after the title make the lead: the news comes first."""
AMBIGUOUS = 2
"""The most months the events the lead names may leave (two signings in one capital, two
truces between the same sides) for any other estimate, the coverage too, to pick one of them."""
WIDE = 4
"""The most months the events the lead names may leave at all: of more than
:data:`AMBIGUOUS`, only the text's or the story's own estimates may pick one (the most similar
dated article is most often another report from the same place)."""
HELD = frozenset({"held", "ongoing"})
_LONGEST = timedelta(days=6)
"""An event longer than a week is a process, not the day's news."""
_WEEKDAY = re.compile(rf"(?<!\w)(?:{WEEKDAY_ALT})(?!\w)", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class NewsVote:
    """The months the story event an article's lead reports may fall in (one, or
    up to :data:`WIDE`), and whether the lead's own weekday picked the event
    (``strong``)."""

    months: frozenset[PartialDate]
    strong: bool

    @property
    def month(self) -> PartialDate | None:
        """The month, when only one fits."""
        return next(iter(self.months)) if len(self.months) == 1 else None


def event_round(event: StoryEvent) -> int | None:
    """The number most sources give the event (its round), if any."""
    counted = Counter(o.value for o in event.ordinals)
    return counted.most_common(1)[0][0] if counted else None


def _lead(text: str, title: str | None) -> list[str]:
    """The title (when the document has one apart from its text) and the first sentences."""
    return [sentence for _, sentence in lead_sentences(text, title)]


def lead_sentences(text: str, title: str | None) -> list[tuple[int | None, str]]:
    """The title (when the document has one apart from its text; offset ``None``) and the
    first sentences of ``text`` with their offsets in it."""
    found: list[tuple[int | None, str]] = [(None, title)] if title else []
    at = 0
    # A hard-wrapped text's first sentence runs over several lines.
    for paragraph in unwrapped(text).split("\n"):
        for offset, sentence in sentences(paragraph):
            if sentence.strip():
                found.append((at + offset, sentence))
            if len(found) > LEAD_SENTENCES:
                return found
        at += len(paragraph) + 1
    return found


def event_days(event: StoryEvent) -> list[date]:
    """The days of an event of a week at most (none for a longer or undated one)."""
    start = iso_day(event.start)
    end = iso_day(event.end) or start
    if start is None or end is None or end < start or end - start > _LONGEST:
        return []
    return [start + timedelta(days=k) for k in range((end - start).days + 1)]


@lru_cache(maxsize=4096)
def _sentence_days(sentence: str) -> tuple[frozenset[int], frozenset[tuple[int, int]]]:
    """The weekdays the sentence names (when it names one) and the (month, day) pairs it
    writes, with or without a year (kept for the latest sentences: a merge asks it of each
    lead sentence for held events, then for plans, then whether it tells its event apart)."""
    named = {weekday_number(m.group()) for m in _WEEKDAY.finditer(sentence)}
    weekdays = frozenset(d for d in named if d is not None) if len(named) == 1 else frozenset()
    written = {(d.day.month, d.day.day) for d in find_dates(sentence)}
    written |= {(y.written.month, y.written.day) for y in find_yearless(sentence)
                if y.written.month is not None}
    return weekdays, frozenset(written)


def written_days(sentence: str) -> frozenset[tuple[int, int]]:
    """The (month, day) pairs the sentence writes, with or without a year."""
    return _sentence_days(sentence)[1]


def _open(month: PartialDate, bounds: TextBounds) -> bool:
    """Whether the text's own dates leave room for writing in ``month``."""
    past, ahead = bounds.latest_past, bounds.earliest_future
    return ((past is None or month.first >= date(past.year, past.month, 1))
            and (ahead is None or month.first <= ahead))


def news_month(text: str, title: str | None, language: str | None,
               events: Sequence[StoryEvent], places: Mapping[str, Sequence[str]],
               names: Mapping[str, Sequence[str]], bounds: TextBounds) -> NewsVote | None:
    """The month of the held story event the lead of ``text`` reports, when one month fits.

    ``places`` maps the story's place names to their other names (a country is no place here:
    every event between its parties is "in" it); ``names`` maps a party's entity id to every
    name it goes by; ``bounds`` are the text's own dates.
    """
    language = (language or "en").split("-")[0].casefold()
    held = [(e, days) for e in events if e.status in HELD and (days := event_days(e))]
    first: list[list[date]] = []
    for sentence in _lead(text, title):
        if first:
            # A later sentence whose own weekday picks one of the news' events ("the
            # ministers signed it on Saturday").
            weekdays = _weekdays(sentence, language)
            picked = _months([[d for d in days if d.weekday() in weekdays] for days in first],
                             bounds)
            if weekdays and len(picked) == 1:
                return NewsVote(frozenset(picked), True)
            continue
        chosen, strong = _sentence_events(sentence, language, held, places, names)
        months = _months(chosen, bounds)
        if len(months) == 1:
            return NewsVote(frozenset(months), strong)
        # The first sentence that speaks of a story event reports the news; a later one may
        # cite an earlier event ("the declaration signed in Lindhaven on 19 July").
        first = [days for days in chosen if _months([days], bounds)]
    months = _months(first, bounds)
    if 1 < len(months) <= WIDE:
        return NewsVote(frozenset(months), False)
    return None


_PREVIEW_DAYS = 7
"""How many days before the event it announces a preview is written, at most."""


def preview_month(text: str, title: str | None, language: str | None,
                  events: Sequence[StoryEvent], places: Mapping[str, Sequence[str]],
                  names: Mapping[str, Sequence[str]], bounds: TextBounds) -> PartialDate | None:
    """The month a preview was written in: that of the week before the story event its lead
    puts ahead, when the lead's first sentence about a story event is a plan ("the two sides
    will meet in Lindhaven on Saturday", "vont signer ce vendredi à Port Alcyne").

    The event is found as :func:`news_month` finds a held one (by kind and place or parties,
    a weekday or day the sentence writes picking among several), among the dated events that
    begin after the latest day the text reports as past. A preview is written in the days
    before what it announces, so the week before each event's first day must lie in one month,
    and every event found in the same one; otherwise ``None``.
    """
    language = (language or "en").split("-")[0].casefold()
    dated = [(e, days) for e in events if e.status in (*HELD, "planned") and (days := event_days(e))
             and (bounds.latest_past is None or days[0] > bounds.latest_past)]
    held = [(e, days) for e, days in dated if e.status in HELD]
    for sentence in _lead(text, title):
        if _sentence_events(sentence, language, held, places, names)[0]:
            # The lead reports a held event first: it is no preview.
            return None
        chosen, _ = _sentence_events(sentence, language, dated, places, names, plans=True)
        if not chosen:
            continue
        months = {m for days in chosen if (m := _week_before(days[0])) is None
                  or _open(m, bounds)}
        return months.pop() if len(months) == 1 else None
    return None


def _week_before(day: date) -> PartialDate | None:
    """The month of the :data:`_PREVIEW_DAYS` days before ``day``, when they lie in one."""
    first, last = day - timedelta(days=_PREVIEW_DAYS), day - timedelta(days=1)
    if (first.year, first.month) != (last.year, last.month):
        return None
    return PartialDate(first.year, first.month)


def _months(chosen: Iterable[Sequence[date]], bounds: TextBounds) -> set[PartialDate]:
    """The months of the days that the text's own dates leave open."""
    return {m for days in chosen for d in days if _open(m := PartialDate(d.year, d.month), bounds)}


def _weekdays(sentence: str, language: str) -> frozenset[int]:
    """The one weekday a sentence about an event of the news names as past or present, with
    no date beside it (none for a plan, background, or a sentence of no event's kind)."""
    if (not news_kinds(sentence, language) or CALLED_OFF_MARKER.search(sentence)
            or background(sentence, language) or planned(sentence, language)):
        return frozenset()
    weekdays, written = _sentence_days(sentence)
    return frozenset() if written else weekdays


def _sentence_events(sentence: str, language: str,
                     held: Sequence[tuple[StoryEvent, list[date]]],
                     places: Mapping[str, Sequence[str]], names: Mapping[str, Sequence[str]],
                     plans: bool = False, cited: bool = False) -> tuple[list[list[date]], bool]:
    """The days of the held events that the sentence names by kind and by place (or, when it
    names no event's place, by all their parties), and whether its own weekday picked them;
    with ``plans``, those of the events a sentence that puts its event ahead names; with
    ``cited``, those of the events a sentence cites as background ("signed last month"), whose
    weekday, if any, is the news' rather than theirs."""
    chosen = story_events(sentence, language, held, places, names, plans, cited)
    return [days for _, days, _ in chosen], bool(chosen) and all(p for _, _, p in chosen)


Chosen = tuple[StoryEvent, list[date], bool]
"""A story event a sentence names, the days of it the sentence leaves, and whether the
sentence's own weekday picked it."""


def story_events(sentence: str, language: str, held: Sequence[tuple[StoryEvent, list[date]]],
                 places: Mapping[str, Sequence[str]], names: Mapping[str, Sequence[str]],
                 plans: bool = False, cited: bool = False,
                 rounds: Mapping[int, int | None] | None = None) -> list[Chosen]:
    """The events of ``held`` (each with its days) that the sentence names by kind and by place
    (or, when it names no event's place, by all their parties), with the days of each that a
    day or weekday the sentence writes leaves; with ``plans``, those a sentence that puts its
    event ahead names; with ``cited``, those a sentence cites as background, whose weekday, if
    any, is the news' rather than theirs. None for background (unless ``cited``), a plan called
    off, or a sentence of the other tense. ``rounds`` may give each event's
    :func:`event_round` by ``id()``, for a caller that asks about the same events again and
    again."""
    kinds = news_kinds(sentence, language)
    if not kinds or CALLED_OFF_MARKER.search(sentence) or (
            not cited and background(sentence, language)):
        return []
    weekdays, written = _sentence_days(sentence)
    if cited:
        weekdays = frozenset()
    if planned(sentence, language) != plans:
        # "is set to meet on Monday": the sentence speaks of a plan, not of a held event (and
        # a sentence reporting a held event announces nothing).
        return []
    ordinal = round_number(sentence, language)
    at_place: list[tuple[StoryEvent, list[date], bool]] = []
    between: list[tuple[StoryEvent, list[date], bool]] = []
    for event, days in held:
        # "the fourth round in Lindhaven" is not the first one held there, nor a meeting no
        # source numbers; the round a sentence numbers is that round, whatever kind the event
        # stage gave it (a round that closed with a signing). An event's round is counted
        # only for a sentence that numbers one.
        if ordinal:
            number = rounds[id(event)] if rounds is not None else event_round(event)
            if number != ordinal:
                continue
        elif event.type not in kinds:
            continue
        place = event.place or ""
        if place in places and names_any(sentence, (place, *places[place]), language,
                                      place_ending(language)):
            found = at_place
        elif len(event.parties) > 1 and all(names_any(sentence, names.get(p, ()), language)
                                            for p in event.parties):
            found = between
        else:
            continue
        # A day the sentence writes picks the events held on it (a written day that is no
        # event's day leaves none: the sentence speaks of something else); a weekday, when
        # it writes none, picks the events held on that weekday.
        picked = not written and bool(weekdays)
        if written:
            days = [d for d in days if (d.month, d.day) in written]
        elif picked:
            days = [d for d in days if d.weekday() in weekdays]
        if days:
            found.append((event, days, picked))
    # A place the sentence names is surer than parties it names: the parties meet again.
    return _told(sentence, at_place or between, names)


_COGNATE = 7
"""How many first letters (accents aside) two long words must share to be taken for one word
in two languages ("déclaration" and "declaration", "principes" and "principles")."""
_LETTERS = re.compile(r"[^\W\d_]{3,}")


def _told(sentence: str, chosen: Sequence[Chosen], names: Mapping[str, Sequence[str]]
          ) -> list[Chosen]:
    """The events among ``chosen`` that the sentence tells apart from the others, by what was
    signed ("the framework", not the "declaration of principles" signed at the same place) or
    by who led a side ("Presidents Arlo and Brenn signed", not their ministers' signing of
    the month before); all of them when it tells none apart."""
    said = {_plain(w) for w in _LETTERS.findall(sentence)}
    told = [c for c in chosen if _tells(said, sentence, c[0], names)]
    return told if told and len(told) < len(chosen) else list(chosen)


def _tells(said: set[str], sentence: str, event: StoryEvent,
           names: Mapping[str, Sequence[str]]) -> bool:
    """Whether the sentence names what was signed at the event, or the head of one of its
    sides."""
    heads = [h for side in event.delegations.values() for h in side.get("heads", ())]
    if any(names_any(sentence, names.get(h, ())) for h in heads):
        return True
    return any(_cognate(_plain(w), said) for w in telling_words(event.signed))


def _plain(word: str) -> str:
    """A word folded to lower case without its accents."""
    return "".join(c for c in unicodedata.normalize("NFD", word.casefold())
                   if not unicodedata.combining(c))


def _cognate(word: str, said: set[str]) -> bool:
    """Whether ``said`` holds ``word``, or a word of its first :data:`_COGNATE` letters when
    both are that long."""
    if word in said:
        return True
    return len(word) >= _COGNATE and any(
        len(w) >= _COGNATE and w[:_COGNATE] == word[:_COGNATE] for w in said)
