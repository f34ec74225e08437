"""Contradictions about one event: its date, place, round number, and a source's own error.

Each contradiction sets independent outlets against each other on the same attribute of the same
event; an outlet is never set against itself (an outlet on both sides is left out of both, and
a contradiction left with one side is none). A source that contradicts itself — a weekday that
does not match the date it gives — is an ``inconsistency``, reported with that one source.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

from communique.merge._corpus import Corpus
from communique.merge._intervals import Interval
from communique.model import content_id
from communique.model.annotations import EventMention, EventStatus
from communique.model.story import Contradiction, Evidence, Side, StoryEvent

# A source gives its round number for the event it reports, not for an earlier one it names
# in passing: numbers count from mentions with their own place or date, or from articles
# published within this many days of the event.
_NUMBERING_DAYS = 10


_TOOK_PLACE = (EventStatus.HELD, EventStatus.ONGOING)


@dataclass(frozen=True, slots=True)
class Stated:
    """One mention of an event as the contradiction finders need it."""

    doc_id: str
    mention: EventMention
    when: Interval | None
    country: str | None
    """The country the mention's place lies in, when it names one."""


def _evidence(corpus: Corpus, item: Stated) -> Evidence:
    return corpus.evidence(item.doc_id, item.mention.start, item.mention.end)


def _sides(groups: dict[str, list[Stated]], corpus: Corpus) -> list[Side]:
    """Sides for each value, leaving out outlets that state more than one value."""
    return corpus.sides({value: [_evidence(corpus, i) for i in items]
                         for value, items in groups.items()})


def _contradiction(kind: str, event: StoryEvent, sides: Sequence[Side], note: str) -> Contradiction:
    return Contradiction(content_id("x_", kind, event.id), kind, event.id, tuple(sides), note)


def _from_groups(
    kind: str,
    event: StoryEvent,
    groups: dict[str, list[Stated]],
    corpus: Corpus,
    lead: str,
    prefix: str = "",
) -> list[Contradiction]:
    """A contradiction of ``kind`` when at least two values keep outlets of their own."""
    sides = _sides(groups, corpus)
    if len(sides) < 2:
        return []
    note = "; ".join(f"{', '.join(s.outlets)}: {prefix}{s.value}" for s in sides)
    return [_contradiction(kind, event, sides, f"{lead} — {note}.")]


def _label(event: StoryEvent) -> str:
    return event.title.split(",")[0]


def ordinal_conflict(
    event: StoryEvent, items: Sequence[Stated], when: Interval | None, corpus: Corpus
) -> list[Contradiction]:
    """Sources numbering the same event differently (``third round`` vs ``second round``).

    Only for a dated event: an undated one gathers mentions of every round held at a place.
    """
    if when is None:
        return []
    groups: dict[str, list[Stated]] = defaultdict(list)
    for item in items:
        if item.mention.ordinal is None or not _numbers_this(item, when, corpus):
            continue
        groups[str(item.mention.ordinal)].append(item)
    return _from_groups("ordinal", event, groups, corpus, "Sources number this event differently",
                        "round ")


def _numbers_this(item: Stated, when: Interval | None, corpus: Corpus) -> bool:
    """Whether a mention's round number is the source's number for this very event."""
    if item.mention.place or item.mention.dates:
        return True
    published = corpus.published(item.doc_id)
    return when is not None and published is not None and (
        abs((published - when.end).days) <= _NUMBERING_DAYS
    )


def span_value(when: Interval) -> str:
    """An interval as an ISO value (a day, or ``start/end``)."""
    if when.start == when.end:
        return when.start.isoformat()
    return f"{when.start.isoformat()}/{when.end.isoformat()}"


def _date_contradiction(event: StoryEvent, sides: Sequence[Side]) -> Contradiction:
    note = "; ".join(f"{', '.join(s.outlets)}: {s.value}" for s in sides)
    return _contradiction("date", event, sides,
                          f"Sources date {_label(event)} differently — {note}.")


def overlap_conflict(
    event: StoryEvent, items: Sequence[Stated], when: Interval | None, corpus: Corpus
) -> list[Contradiction]:
    """ "March 17-18" in one source, "March 18-19" in others: one event, a date contradiction.

    Mentions whose exact dates lie inside the event's chosen dates agree with them; stated
    ranges that overlap without fitting inside are the other sides. A plan whose span holds
    the dates the event took place on is not one: it was what was expected ("talks on
    December 28-29" announced, "held on December 29" reported).
    """
    if when is None:
        return []
    groups: dict[str, list[Stated]] = defaultdict(list)
    others = False
    for item in items:
        stated = item.when
        if stated is None or not stated.precise:
            continue
        if when.start <= stated.start and stated.end <= when.end:
            groups[span_value(when)].append(item)
        elif stated.start != stated.end:
            if (item.mention.status not in _TOOK_PLACE and stated.start <= when.start
                    and when.end <= stated.end):
                continue
            groups[span_value(stated)].append(item)
            others = True
    sides = _sides(groups, corpus)
    return [_date_contradiction(event, sides)] if others and len(sides) > 1 else []


def date_conflict(
    event: StoryEvent, first: Sequence[Stated], second: Sequence[Stated], corpus: Corpus
) -> list[Contradiction]:
    """Two sets of sources giving the same event dates a few days apart."""
    groups: dict[str, list[Stated]] = defaultdict(list)
    for items in (first, second):
        precise = [i for i in items if i.when and i.when.precise]
        if precise and precise[0].when is not None:
            value = span_value(precise[0].when)
            groups[value] += [i for i in precise if i.when == precise[0].when]
    sides = _sides(groups, corpus)
    return [_date_contradiction(event, sides)] if len(sides) > 1 else []


def place_conflict(
    event: StoryEvent, items: Sequence[Stated], corpus: Corpus
) -> list[Contradiction]:
    """Sources placing one event in different cities or countries.

    A country and a city in it are one place at two levels ("Veldra", "Lindhaven"); two cities, or
    two countries, are a contradiction. A place whose country is not known is left out: it may
    be the other place's country or region.
    """
    placed = [i for i in items if i.mention.place and i.country]
    cities_by_country: dict[str | None, set[str]] = defaultdict(set)
    for item in placed:
        if item.mention.place != item.country:
            cities_by_country[item.country].add(item.mention.place or "")
    groups: dict[str, list[Stated]] = defaultdict(list)
    spelled: dict[str, str] = {}
    for item in placed:
        place = item.mention.place or ""
        cities = cities_by_country.get(place, set()) if place == item.country else set()
        if len(cities) == 1:
            place = next(iter(cities))  # a country the story names one city of: that city
        elif cities:
            continue  # a country that holds several of the cities named sides with none
        # "CAIRO" and "Cairo" are one place, shown as most sources write it.
        groups[spelled.setdefault(place.casefold(), place)].append(item)
    labelled = _planned_apart(groups)
    lead = (f"Sources place {_label(event)} differently" if labelled is groups
            else f"A preview placed {_label(event)} elsewhere than it was held")
    return _from_groups("place", event, labelled, corpus, lead)


def _planned_apart(groups: dict[str, list[Stated]]) -> dict[str, list[Stated]]:
    """Places only previews give (a mention planned, none held) labelled ``expected: ...``,
    and the others ``held: ...`` beside them: a preview's place that the event was not held
    in is a plan that changed or a guess, which a reader must not take for two reports of the
    held event disagreeing. Unlabelled when no place is a preview's alone."""
    def planned(items: list[Stated]) -> bool:
        statuses = {i.mention.status for i in items}
        return EventStatus.PLANNED in statuses and not statuses & set(_TOOK_PLACE)

    plans = {place for place, items in groups.items() if planned(items)}
    if not plans or len(plans) == len(groups):
        return groups
    return {f"{'expected' if place in plans else 'held'}: {place}": items
            for place, items in groups.items()}


def inconsistencies(
    event: StoryEvent, items: Sequence[Stated], corpus: Corpus
) -> list[Contradiction]:
    """A source against itself: a weekday that does not match the date it gives."""
    found = []
    for item in items:
        note = item.mention.inconsistency
        if not note:
            continue
        evidence = (_evidence(corpus, item),)
        outlets = corpus.outlets([item.doc_id])
        sides = (Side(note, evidence, outlets),)
        found.append(Contradiction(
            content_id("x_", "inconsistency", event.id, item.doc_id, str(item.mention.start)),
            "inconsistency", event.id, sides,
            f"{', '.join(outlets)} contradicts itself about {_label(event)}: {note}.",
        ))
    return found
