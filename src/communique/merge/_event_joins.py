"""Event clusters of different blocks or days found to be one event: the same parties at the
same time, a place and a place inside it, one event reported day by day, and one event dated
differently by disjoint sources (a date contradiction).

A step of event coreference (:mod:`communique.merge.events`), after clustering within blocks
(:mod:`._event_blocks`).
"""

from __future__ import annotations

import itertools
from collections import Counter
from collections.abc import Callable
from datetime import date

from communique.merge._corpus import Corpus
from communique.merge._event_clusters import Conflict, EventCluster, parties_of
from communique.merge._intervals import Interval
from communique.model.annotations import EventStatus, EventType
from communique.model.entities import EntityLabel

_DATE_CONFLICT_DAYS = 3
# Articles two datings of one event may share (an article that dates it two ways).
_SHARED_REPORTS = 1
_SHARED_PARTIES = 2
# Event types that are the product of talks rather than the talks themselves.
_OUTCOMES = frozenset({EventType.AGREEMENT, EventType.STATEMENT})


def merge_same_parties(clusters: list[EventCluster]) -> list[EventCluster]:
    """Join events at differently named places with the same parties at the same time.

    The same delegations cannot negotiate in two places at once, so "talks in Lindhaven on
    March 18-19" and "talks in Norvell on March 18-19" between the same two or more parties are
    one event whose place is named at two levels (a city and its country).
    """
    return _join_overlapping(
        clusters, lambda a, b: len(parties_of(a) & parties_of(b)) >= _SHARED_PARTIES)


def _join_overlapping(
    clusters: list[EventCluster], joins: Callable[[EventCluster, EventCluster], bool]
) -> list[EventCluster]:
    """Join each precisely dated cluster into the earlier one of its family, from another
    block, whose days overlap it and that ``joins`` accepts; the others stay as they are."""
    dated = sorted(
        (c for c in clusters if c.when is not None and c.when.precise),
        key=lambda c: c.when.start if c.when else date.min,
    )
    absorbed: set[int] = set()
    for i, first in enumerate(dated):
        if id(first) in absorbed:
            continue
        for second in dated[i + 1 :]:
            if first.when is None or second.when is None or second.when.start > first.when.end:
                break
            if (
                id(second) in absorbed
                or second.family != first.family
                or second.block == first.block
                or not first.when.overlaps(second.when)
                or not joins(first, second)
            ):
                continue
            for item in second.mentions:
                first.add(item)
            absorbed.add(id(second))
    return [c for c in clusters if id(c) not in absorbed]


# Words for an administrative unit that a place's name may carry or drop ("Ostra Province",
# "Ostra"); canonical place names are English.
_UNIT_WORDS = frozenset({"province", "region", "prefecture", "district", "state", "county",
                         "oblast", "governorate", "department", "municipality"})


def place_key(name: str) -> str:
    """A place name without its unit word, for comparing "X Province" with "X"."""
    words = [w for w in name.lower().split() if w not in _UNIT_WORDS]
    return " ".join(words) or name.lower()


def nested_places(corpus: Corpus) -> set[tuple[str, str]]:
    """``(inner, outer)`` place keys the texts state as ``Place, Larger place`` (``Lindhaven,
    Ostra Province``, ``Ban X, Y district``): the first lies inside the second."""
    pairs: set[tuple[str, str]] = set()
    for doc_id, annotated in corpus.annotations.items():
        text = corpus.text(doc_id)
        mentions = sorted(
            ((m.start, m.end, e.canonical) for e in annotated.entities for m in e.mentions
             if m.label is EntityLabel.PLACE),
        )
        for (_, end, inner), (start, _, outer) in itertools.pairwise(mentions):
            if text[end:start].strip() == "," and place_key(inner) != place_key(outer):
                pairs.add((place_key(inner), place_key(outer)))
    return pairs


def _places_of(cluster: EventCluster) -> set[str]:
    return {place_key(m.mention.place) for m in cluster.mentions if m.mention.place}


def _nested(first: EventCluster, second: EventCluster, pairs: set[tuple[str, str]]) -> bool:
    """Whether one cluster's place lies inside the other's, or both name one place."""
    one, two = _places_of(first), _places_of(second)
    return bool(one & two) or any(
        (a, b) in pairs or (b, a) in pairs for a in one for b in two)


def merge_nested_places(clusters: list[EventCluster], pairs: set[tuple[str, str]]
                         ) -> list[EventCluster]:
    """Join events of one family at a place and at a place inside it whose exact dates overlap.

    "Talks in Ostra on March 17-18" and "the meeting held in Lindhaven on March 18", with
    some article writing "Lindhaven, Ostra Province", are one event named at two levels (a
    province and its city), as a city and its country are.
    """
    return _join_overlapping(clusters, lambda a, b: _nested(a, b, pairs))


def _signing(cluster: EventCluster) -> bool:
    return any(
        m.mention.type is EventType.AGREEMENT and m.mention.status is EventStatus.HELD
        for m in cluster.mentions
    )


def _city(cluster: EventCluster) -> str | None:
    places = Counter(
        m.mention.place for m in cluster.mentions if m.mention.place and m.mention.place != m.block
    )
    return places.most_common(1)[0][0] if places else None


def _dated(cluster: EventCluster) -> list[EventType]:
    """The types of a cluster's exactly dated mentions (those that give it its dates)."""
    return [m.mention.type for m in cluster.mentions if m.when is not None and m.when.precise]


def _outcome_of(first: EventCluster, second: EventCluster) -> bool:
    """Whether the later cluster is the text that came out of the earlier one's talks.

    Talks dated to some days and an agreement or statement dated only to a day after them
    ("talks began on Saturday", "the accord concluded on the 12th") are two facts, the talks
    and what they produced, not one event dated two ways.
    """
    if first.when is None or second.when is None or second.when.start <= first.when.end:
        return False
    later = _dated(second)
    return (
        bool(later)
        and all(t in _OUTCOMES for t in later)
        and any(t not in _OUTCOMES for t in _dated(first))
    )


def _alike(first: EventCluster, second: EventCluster) -> bool:
    """Whether two nearby clusters can be one event told with different dates.

    Not when they are at different cities, when one is a signing and the other is not, when
    the later one is only the outcome of the earlier one's talks, or when they carry different
    round numbers: those are two events days apart.
    """
    cities = (_city(first), _city(second))
    numbers = (_numbers(first), _numbers(second))
    return (
        (None in cities or cities[0] == cities[1])
        and _signing(first) == _signing(second)
        and not _outcome_of(first, second)
        and not (all(numbers) and not numbers[0] & numbers[1])
    )


def _independent(first: set[str], second: set[str]) -> bool:
    """Whether two sets of articles tell of an event separately: disjoint, or sharing one
    article that gives both dates (a source that dates one event two ways) while each side
    has reports of its own."""
    shared = first & second
    return not shared or (len(shared) <= _SHARED_REPORTS and bool(first - shared)
                          and bool(second - shared))


def merge_date_conflicts(
    clusters: list[EventCluster],
) -> tuple[list[EventCluster], list[Conflict]]:
    """Join same-place events a few days apart told by disjoint articles (a date conflict)."""
    merged: list[EventCluster] = []
    conflicts = []
    for cluster in sorted(
        clusters,
        key=lambda c: (c.family, c.block or "", c.when or Interval(date.min, date.min, "day")),
    ):
        prev = merged[-1] if merged else None
        if (
            prev is not None
            and prev.block is not None
            and prev.block == cluster.block
            and prev.family == cluster.family
            and prev.when
            and cluster.when
            and prev.when.precise
            and cluster.when.precise
            and prev.when.overlaps(cluster.when, slack=_DATE_CONFLICT_DAYS)
            and _independent(prev.articles(), cluster.articles())
            and _alike(prev, cluster)
        ):
            # Keep each side's own mentions for the contradiction, then join the two.
            conflicts.append((prev, list(prev.mentions), list(cluster.mentions)))
            prev.mentions.extend(cluster.mentions)
            continue
        merged.append(cluster)
    return merged, conflicts


def _held(cluster: EventCluster) -> bool:
    """Whether some mention of a cluster reports it as taking place (not planned, not off)."""
    return any(
        m.mention.status in (EventStatus.HELD, EventStatus.ONGOING, None) for m in cluster.mentions
    )


def _numbers(cluster: EventCluster) -> set[int]:
    return {m.mention.ordinal for m in cluster.mentions if m.mention.ordinal is not None}


def _lasting(cluster: EventCluster) -> bool:
    """Whether some mention says the event lasts more than a day ("two-day talks", "March
    17-18", "talks continued for a second day")."""
    return any(
        (m.mention.days or 0) > 1
        or (m.when is not None and m.when.precise and m.when.end > m.when.start)
        for m in cluster.mentions
    )


def _consecutive(first: EventCluster, second: EventCluster) -> bool:
    """Whether two clusters are one event reported day by day.

    The same place (block), the second starting the day after the first ends, both reported as
    taking place, some report of it lasting more than a day, the same parties (two shared, or
    the same one) and no two round numbers; never the talks and the accord dated after them.
    """
    if (
        first.family != second.family
        or first.block is None
        or first.block != second.block
        or first.when is None
        or second.when is None
        or not (first.when.precise and second.when.precise)
        or (second.when.start - first.when.end).days != 1
        or not (_held(first) and _held(second))
        or _outcome_of(first, second)
    ):
        return False
    numbers = (_numbers(first), _numbers(second))
    if all(numbers) and numbers[0] != numbers[1]:
        return False
    if not (_lasting(first) or _lasting(second)):
        return False  # one day each: two dates for one event (a contradiction), or two events
    shared = parties_of(first) & parties_of(second)
    return len(shared) >= _SHARED_PARTIES or (
        bool(shared) and parties_of(first) == parties_of(second)
    )


def join_consecutive(clusters: list[EventCluster]) -> list[EventCluster]:
    """Join day-level reports of consecutive days at one place by the same parties."""
    ordered = sorted(
        clusters,
        key=lambda c: (c.family, c.block or "", c.when.start if c.when else date.max),
    )
    joined: list[EventCluster] = []
    for cluster in ordered:
        previous = joined[-1] if joined else None
        if previous is not None and _consecutive(previous, cluster):
            for item in cluster.mentions:
                previous.add(item)
            previous.consecutive = True
            continue
        joined.append(cluster)
    return joined
