"""When a ceasefire took effect: outlets that give one truce different clock times.

A ceasefire takes effect at one moment, and outlets often say when in a sentence of their own
that the events stage links to no event (an aside in a report of the talks, a summary of the
joint statement). Two readings, each from one sentence, never from an event:

* **the local time on a day**: a sentence where a start word has the truce for subject or
  object and a clock time follows (:func:`~communique.merge._start_times.start_times_in`:
  *the truce took effect at noon on May 3*, *un cessez-le-feu à partir du samedi 3 mai à
  6 heures*) and that names exactly one day. Outlets that give that day's truce start times
  more than a few minutes apart contradict each other. A time without a day in its sentence
  (*from midnight tonight*) is left out: the day it falls on is not written; so is a time
  written in a named zone (*6 heures, heure de Paris*): it is not the place's own clock.
* **a conversion into a named zone**: *at midnight local time (19:00 GMT)* against *at
  midnight local time (17:00 GMT)*: the same local moment converted into the same zone twice,
  differently — one of the two conversions is wrong. Only a time the sentence calls local is
  read, and only articles written within :data:`_CONVERSION_DAYS` of each other (or undated)
  are compared: a truce months later may fall on the other side of a clock change.

Each article gives one value, else none; each outlet one side (an outlet whose articles
disagree takes none), so that an outlet is never set against itself.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from communique.lang._phrases import alternation
from communique.merge._corpus import NO_YEAR, Corpus
from communique.merge._modes import listing
from communique.merge._start_times import clock_agree, clock_label, clock_of, truce_starts
from communique.model import content_id
from communique.model.story import Contradiction, Evidence, Side, StoryEvent

_CONVERSION_DAYS = 7
# A time called local (the zone it is written in is the place's own).
_LOCAL = alternation("local_time_words")
# A time written in a named zone, in the languages whose start words are read ("6 heures, heure
# de Paris", "18 Uhr MEZ", "по московскому времени"): not the place's own clock, so no side.
_NAMED_ZONE = re.compile(
    rf"^[\s,(]{{0,3}}(?:{alternation('named_zone_times')}|CET|CEST|GMT|UTC|[A-Z]{{2,4}}T\b)")
# After the local time: its local mark and, in brackets, the same moment in a named zone.
_CONVERSION = re.compile(
    rf"^(?=[^()]{{0,40}}?{_LOCAL})[^()]{{0,40}}?\(\s*(?P<rest>[^()]{{1,24}}?)\s*\)",
    re.IGNORECASE)
_ZONE = re.compile(r"^(?P<clock>.+?)\s*(?P<zone>GMT|UTC)$", re.IGNORECASE)
_ZERO_HOUR = re.compile(r"^0?0[:.h]\s?00\b")


@dataclass(frozen=True, slots=True)
class _Told:
    """One article's truce start: the key it is compared under and its clock time."""

    key: str
    minutes: int
    evidence: Evidence
    exact: bool = False
    """A midnight written as a clock (*0h00*, *00:00*): the start of its day, where the word
    (*midnight on May 3*) may be that day's end."""
    numbered: bool = False
    """Its day written with a number (*May 3*), not a weekday alone."""


def truce_conversions_in(sentence: str) -> set[tuple[int, str, int]]:
    """Each truce start the sentence gives as a local time with its conversion into a named
    zone: ``(local minutes, zone, zone minutes)``."""
    found = set()
    for local, _, end in truce_starts(sentence):
        match = _CONVERSION.match(sentence[end:])
        zoned = _ZONE.match(match.group("rest")) if match else None
        converted = clock_of(zoned.group("clock")) if zoned else None
        if zoned is not None and converted is not None:
            found.add((local, zoned.group("zone").upper(), converted))
    return found


def _days(corpus: Corpus, doc_id: str, start: int, end: int) -> tuple[set[str], bool]:
    """The days the dates of a sentence name (a clock time's day included), and whether one
    of them is written with a number."""
    dates = corpus.days_in(doc_id, start, end)
    return ({day for day, _ in dates},
            any(c.isdigit() for _, d in dates if d.granularity == "day" for c in d.text))


TRUCE_STARTS_KIND = "truce-starts/1"
"""The kind under which :func:`_article_starts` is kept between runs (see
:meth:`~communique.model.memo.TextMemo.get_annotated`); change its version when what
:func:`_local_starts` or :func:`_conversions` read changes."""


def _article_starts(corpus: Corpus, doc_id: str) -> tuple[list[_Told], list[_Told]]:
    """An article's truce starts and conversions: a pure function of its text and annotations,
    read back from the corpus memo when kept there (reading every sentence of every article
    for a clock time was a sizeable part of merging a big story again)."""

    def compute() -> list[list[list[object]]]:
        return [[_row(told) for told in found]
                for found in (_local_starts(corpus, doc_id), _conversions(corpus, doc_id))]

    local, converted = corpus.memo.get_annotated(TRUCE_STARTS_KIND, doc_id,
                                                 corpus.text(doc_id), compute)
    return ([_told(corpus, doc_id, row) for row in local],
            [_told(corpus, doc_id, row) for row in converted])


def _row(told: _Told) -> list[object]:
    """``told`` as JSON data (its evidence by offsets)."""
    return [told.key, told.minutes, told.evidence.start, told.evidence.end, told.exact,
            told.numbered]


def _told(corpus: Corpus, doc_id: str, row: Sequence[Any]) -> _Told:
    """The reading a row of :func:`_row` keeps."""
    key, minutes, start, end, exact, numbered = row
    return _Told(str(key), int(minutes), corpus.evidence(doc_id, int(start), int(end)),
                 bool(exact), bool(numbered))


def _local_starts(corpus: Corpus, doc_id: str) -> Iterator[_Told]:
    """An article's truce starts, each keyed by the one day its sentence names."""
    text = corpus.text(doc_id)
    for span in corpus.annotations[doc_id].sentences:
        sentence = text[span.start : span.end]
        starts = truce_starts(sentence)
        times = {local for local, _, _ in starts}
        if len(times) != 1 or any(_NAMED_ZONE.match(sentence[end:]) for _, _, end in starts):
            continue
        days, numbered = _days(corpus, doc_id, span.start, span.end)
        years = {day[:4] for day in days} - {NO_YEAR}
        if len({day[5:] for day in days}) == 1:
            exact = all(_ZERO_HOUR.match(written) for _, written, _ in starts)
            # The day with its year when the sentence's dates write one ("2" < "X"); when they
            # read two years into one month and day, the year is not known.
            day = min(days) if len(years) <= 1 else NO_YEAR + min(days)[4:]
            yield _Told(day, times.pop(), corpus.evidence(doc_id, span.start, span.end),
                        exact, numbered)


def _conversions(corpus: Corpus, doc_id: str) -> Iterator[_Told]:
    """An article's local truce starts converted into a named zone, keyed by the local time
    and the zone."""
    text = corpus.text(doc_id)
    for span in corpus.annotations[doc_id].sentences:
        for local, zone, minutes in truce_conversions_in(text[span.start : span.end]):
            yield _Told(f"{clock_label(local)} local time in {zone}", minutes,
                        corpus.evidence(doc_id, span.start, span.end))


def _one_value(values: Sequence[int]) -> int | None:
    """The one time a set of readings gives, ``None`` when two disagree."""
    first = min(values)
    return first if all(clock_agree(first, v) for v in values) else None


def _close_in_time(articles: Sequence[str], corpus: Corpus) -> bool:
    """Whether the dated articles among ``articles`` were written within a few days."""
    days = [d for d in (corpus.written(a) for a in articles) if isinstance(d, date)]
    return not days or (max(days) - min(days)).days <= _CONVERSION_DAYS


def _sides(told: Sequence[_Told], corpus: Corpus) -> list[Side]:
    """One side per time, each outlet on one side at most."""
    by_outlet: dict[str, list[_Told]] = defaultdict(list)
    for item in told:
        by_outlet[corpus.source_key(item.evidence.article)].append(item)
    groups: dict[int, list[_Told]] = defaultdict(list)
    for items in by_outlet.values():
        value = _one_value([i.minutes for i in items])
        if value is None:
            continue
        anchor = next((g for g in groups if clock_agree(g, value)), value)
        groups[anchor] += items
    if len(groups) < 2 or any(clock_agree(a, b) for a in groups for b in groups if a != b):
        return []
    return [corpus.side(clock_label(value), (i.evidence for i in items))
            for value, items in sorted(groups.items())]


def _by_month_day(by_day: dict[str, list[_Told]]) -> dict[str, list[_Told]]:
    """Days whose year is not written joined to the one dated day of the same month and day
    (*May 3* in an undated article is the *2031-05-03* of the others); a month and day written
    with two different years stays apart, the year-less ones with neither."""
    years: dict[str, list[str]] = defaultdict(list)
    for day in by_day:
        years[day[5:]].append(day)
    joined: dict[str, list[_Told]] = {}
    for days in years.values():
        known = [d for d in days if not d.startswith(NO_YEAR)]
        if len(known) > 1:
            joined.update((d, by_day[d]) for d in known)
            continue
        key = known[0] if known else days[0]
        joined[key] = [item for d in days for item in by_day[d]]
    return joined


def _about(key: str, events: Sequence[StoryEvent], sides: Sequence[Side]) -> str:
    """The ceasefire event of the day compared, else the first article of the first side."""
    for event in events:
        if event.type == "ceasefire" and event.start == key:
            return event.id
    return sides[0].evidence[0].article


def truce_start_contradictions(events: Sequence[StoryEvent], corpus: Corpus
                               ) -> list[Contradiction]:
    """Outlets that give one truce different start times, or convert its local start time
    into one zone differently (see the module doc)."""
    by_day: dict[str, list[_Told]] = defaultdict(list)
    by_conversion: dict[str, list[_Told]] = defaultdict(list)
    for doc_id in corpus.order:
        if doc_id not in corpus.annotations:
            continue
        local, converted = _article_starts(corpus, doc_id)
        for item in local:
            by_day[item.key].append(item)
        for item in converted:
            by_conversion[item.key].append(item)
    found = []
    joined = _by_month_day(by_day)
    for day, told in sorted(joined.items()):
        sides = _sides(told, corpus)
        if sides:
            note = f"Outlets give different times for the ceasefire of {day}: {listing(sides)}."
            found.append(Contradiction(content_id("x_", "date", "truce", day), "date",
                                       _about(day, events, sides), tuple(sides), note))
    found += _midnights(joined, corpus)
    for key, told in sorted(by_conversion.items()):
        sides = _sides(told, corpus)
        articles = [e.article for side in sides for e in side.evidence]
        if sides and _close_in_time(articles, corpus):
            note = (f"Outlets convert the ceasefire's start at {key} differently: "
                    f"{listing(sides)}.")
            found.append(Contradiction(content_id("x_", "date", "truce", key), "date",
                                       sides[0].evidence[0].article, tuple(sides), note))
    return found


def _midnights(joined: dict[str, list[_Told]], corpus: Corpus) -> list[Contradiction]:
    """A truce said to take effect at 00:00 on one day by some outlets, and at midnight (or
    00:00) of the next day by others: the clock names the start of its day, so the two are a
    day apart. *Midnight on May 3* is left out of both: it may be either."""
    found = []
    for day, told in sorted(joined.items()):
        exact = [i for i in told if i.exact and i.numbered and i.minutes == 0]
        if day.startswith(NO_YEAR) or not exact:
            continue
        after = (date.fromisoformat(day) + timedelta(days=1)).isoformat()
        later = [i for key in (after, NO_YEAR + after[4:]) for i in joined.get(key, [])
                 if i.numbered and i.minutes == 0]
        sides = _two_sides((f"00:00 on {day}", exact), (f"midnight of {after}", later),
                           corpus=corpus)
        if sides:
            note = (f"Outlets give the ceasefire's start a day apart: {listing(sides)}.")
            found.append(Contradiction(content_id("x_", "date", "truce", "midnight", day),
                                       "date", _about(day, [], sides), tuple(sides), note))
    return found


def _two_sides(*groups: tuple[str, Sequence[_Told]], corpus: Corpus) -> list[Side]:
    """A side for each group, outlets found in several taken off all; none unless each keeps
    one. Sides come in the order of their values (:meth:`Corpus.sides`)."""
    sides = corpus.sides({value: [i.evidence for i in items] for value, items in groups})
    return sides if len(sides) == len(groups) else []
