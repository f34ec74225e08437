"""Weekday contradictions: an outlet that names a weekday for an event it fell on no day of.

"The talks took place on Sunday" in one outlet, for talks that others date to a Saturday (and
that the events stage dates to that Saturday), is a ``date`` contradiction at the precision of
the weekday. The weekday is read from the sentences that speak of the event alone (those the
format finder reads, :func:`communique.merge._modes.own_sentences`), and only where it is the
event's own day: an event word (*talks*, *meeting*, *Treffen*, *réunion*) and, within a few
words after it, a weekday (*the talks on Sunday*, *das Treffen soll am Donnerstag
stattfinden*), or the weekday's possessive before it (*Sunday's talks*). Nothing that reads as
someone speaking may stand between the two (*the talks, Veldra's envoy said on Tuesday*: the
day of the statement); a sentence that names two weekdays speaks of two days, and one that
says the event was moved or called off (*rescheduling the meeting planned for Saturday*), or
that it does not take place (*no meeting Sunday*), gives no day it took place on.

This reads the weekday from the words, not from a date worked out from it, so an article
whose publication day is unknown (whose *on Sunday* dates nothing) still says which weekday
it gives. Only an event with exact dates over less than a week is compared; an article fits
it when each weekday it names falls on one of the event's days, and is off when none does
(an article naming both takes no side); each outlet one side, never two.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence
from datetime import date, timedelta

from communique.clean._datewords import (
    CALLED_OFF_MARKER,
    MONTH_NAME_ALT,
    WEEKDAY_NAMES,
    WORD_LIKE_WEEKDAYS,
    weekday_number,
)
from communique.lang._phrases import alternation
from communique.merge._corpus import Corpus
from communique.merge._modes import by_outlet, listing, sides_of, values_by_article
from communique.model import content_id
from communique.model.story import Contradiction, Evidence, StoryEvent

_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
# Short names are also ordinary words ("sun", "sat", "mon"); so are the weekdays of
# WORD_LIKE_WEEKDAYS (Portuguese "quinta": fifth).
_WEEKDAY = "|".join(sorted(
    (re.escape(n) for n in WEEKDAY_NAMES if (len(n) > 4 and n not in WORD_LIKE_WEEKDAYS
     and n.isalpha()) or "-" in n),
    key=len, reverse=True))
_EVENT = alternation("event_nouns", "weekday_event_nouns")
# Someone speaking between the event word and the weekday: the weekday is the statement's;
# another clause ("could not wait for the talks and launched its attack on Saturday"), or a
# day the event is set against ("talks before Friday", "until Monday").
_SPEAKING = re.compile(
    rf"\b{alternation('statement_verbs', 'clause_conjunctions', 'time_relations')}\b",
    re.IGNORECASE)
_AFTER = re.compile(rf"\b{_EVENT}\b(?P<between>(?:\W+[\w'’-]+){{0,6}}?\W+)"
                    rf"(?P<day>{_WEEKDAY})(?!\w)", re.IGNORECASE)
_BEFORE = re.compile(rf"(?<!\w)(?P<day>{_WEEKDAY})['’]s?\s+(?:[\w-]+\s+)?{_EVENT}\b",
                     re.IGNORECASE)
# Someone confirming or announcing the event on a day ("confirmed the meeting on Tuesday").
_TOLD = re.compile(rf"\b{alternation('event_told_verbs')}\W+(?:[\w'’-]+\W+){{0,2}}$",
                   re.IGNORECASE)
# The other forms of moving or calling off ("rescheduling", "postponing").
_MOVED = re.compile(rf"\b{alternation('moved_words')}\b", re.IGNORECASE)
# An event said not to take place ("will not now take place", "findet nicht statt").
_NOT_HELD = re.compile(rf"\b{alternation('not_held_phrases')}", re.IGNORECASE)
# An event said not to take place that day ("there will be no meeting Sunday").
_NOT = re.compile(rf"\b{alternation('denials')}\W+(?:[\w'’-]+\W+){{0,2}}$", re.IGNORECASE)
# A weekday followed by its own day ("Thursday, 10 November", "quinta-feira (29)", "Thursday,
# November 10"): the weekday of that date, which the date finders read; its sentence may give
# the date of another event than the one it is filed under.
_OWN_DAY = re.compile(rf"\W{{0,3}}(?:(?:{MONTH_NAME_ALT})\s+)?\d{{1,2}}(?!\d)", re.IGNORECASE)
_ANY_WEEKDAY = re.compile(rf"(?<!\w)(?:{_WEEKDAY})(?!\w)", re.IGNORECASE)
# An event of a week or longer falls on every weekday.
_LONGEST = 6


def weekdays_in(sentence: str) -> set[int]:
    """The weekdays (0 = Monday) a sentence gives as the day of the event it speaks of; none
    when it names weekdays of two days."""
    named = {weekday_number(m.group(0)) for m in _ANY_WEEKDAY.finditer(sentence)}
    if (len(named) != 1 or CALLED_OFF_MARKER.search(sentence) or _MOVED.search(sentence)
            or _NOT_HELD.search(sentence)):
        return set()  # two days, or a day the event was moved from or called off for
    found: set[int] = set()
    for match in _AFTER.finditer(sentence):
        before = sentence[max(0, match.start() - 40) : match.start()]
        if not (_SPEAKING.search(match.group("between")) or _TOLD.search(before)
                or _NOT.search(before) or _OWN_DAY.match(sentence, match.end())):
            found.add(weekday_number(match.group("day")) or 0)
    for match in _BEFORE.finditer(sentence):
        if not (_NOT.search(sentence[max(0, match.start() - 40) : match.start()])
                or _OWN_DAY.match(sentence, match.end("day"))):
            found.add(weekday_number(match.group("day")) or 0)
    return found


def _days(event: StoryEvent) -> set[int] | None:
    """The weekdays of an event's days, when it has exact dates over less than a week."""
    if not event.start or not event.end or len(event.start) != 10 or len(event.end) != 10:
        return None
    start, end = date.fromisoformat(event.start), date.fromisoformat(event.end)
    if not 0 <= (end - start).days <= _LONGEST:
        return None
    return {(start + timedelta(days=i)).weekday() for i in range((end - start).days + 1)}


def weekday_contradictions(events: Sequence[StoryEvent], corpus: Corpus,
                           known: Sequence[Contradiction] = ()) -> list[Contradiction]:
    """For each event with exact dates, outlets that name a weekday it did not fall on, set
    against the outlets that name one it did; none for an event that ``known`` (the events
    stage's contradictions) already gives a date contradiction: its days are in dispute, and
    the weekdays would tell it twice."""
    found = []
    others = _weekdays_of_articles(events)
    placed = [(e, d) for e in events if e.place and (d := _days(e)) is not None]
    disputed = {c.about for c in known if c.kind == "date"}
    for event, per_article, evidence_of in values_by_article(events, corpus, weekdays_in):
        days = _days(event)
        if days is None or not per_article or event.id in disputed:
            continue
        # An article that names another event held on the weekday it gives may speak of that
        # one ("the talks began Monday" in a story of two rounds).
        per_article = {a: named for a, named in per_article.items()
                       if named <= days or not any(
                           named & weekdays for other, weekdays in others.get(a, ())
                           if other != event.id)}
        # So may one that names, anywhere in its text, the place of another event held on that
        # weekday: an undated preview's "talks begin Saturday" filed under the next meeting.
        per_article = {a: named for a, named in per_article.items()
                       if named <= days or not _names_another(a, named, event, placed, corpus)}
        made = _contradiction(event, days, per_article, evidence_of, corpus)
        if made is not None:
            found.append(made)
    return found


def _names_another(article: str, named: set[int], event: StoryEvent,
                   placed: Sequence[tuple[StoryEvent, set[int]]], corpus: Corpus) -> bool:
    """Whether an article names the place of another event (at another place) held on one of
    the weekdays it gives."""
    text = corpus.text(article)
    return any(other.id != event.id and other.place and other.place != event.place
               and named & weekdays
               and re.search(rf"(?<!\w){re.escape(other.place)}(?!\w)", text)
               for other, weekdays in placed)


def _weekdays_of_articles(events: Sequence[StoryEvent]
                          ) -> dict[str, list[tuple[str, set[int]]]]:
    """Each article's events with exact dates over less than a week, with their weekdays."""
    found: dict[str, list[tuple[str, set[int]]]] = defaultdict(list)
    for event in events:
        days = _days(event)
        if days is not None:
            for article in dict.fromkeys(e.article for e in event.evidence):
                found[article].append((event.id, days))
    return found


def _contradiction(event: StoryEvent, days: set[int], per_article: dict[str, set[int]],
                   evidence_of: dict[str, list[Evidence]], corpus: Corpus
                   ) -> Contradiction | None:
    """One contradiction: the articles off the event's days against those on them."""
    by_source = by_outlet(per_article, corpus)
    groups: dict[str, list[str]] = defaultdict(list)
    for article in per_article:
        named = by_source[corpus.source_key(article)]
        if named <= days or not named & days:  # on the event's days, or off all of them
            groups[_label(named)].append(article)
    on = [value for value in groups if _weekdays(value) <= days]
    if not on or len(groups) == len(on):
        return None
    sides = sides_of(groups, evidence_of, corpus)
    note = (f"Outlets give {event.title} different weekdays (it is dated "
            f"{_label(days)}): {listing(sides)}.")
    return Contradiction(content_id("x_", "date", "weekday", event.id), "date", event.id,
                         sides, note)


def _label(weekdays: set[int]) -> str:
    return " and ".join(_NAMES[d] for d in sorted(weekdays))


def _weekdays(label: str) -> set[int]:
    return {_NAMES.index(name) for name in label.split(" and ")}
