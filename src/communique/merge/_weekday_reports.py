"""Reports of an event held that give only its weekday, read against the window its plans give.

An article without a publication day cannot date "the leaders concluded their meeting on
Thursday in Lindhaven": the weekday is all it says of the day. When plans of the same event
("expected to meet October 30 to November 1 in Veldra") give a window of a few days that holds
one day of that weekday, that day is the event's. This joins such reports, placed at a city,
to the one planned event of the city's country that names no city of its own, and narrows the
window to the day (:func:`on_reported_weekday`). Apart from clustering because it is about
what a weekday says, not about which mentions are one event.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from communique.merge._corpus import Corpus
from communique.merge._event_clusters import EventCluster
from communique.merge._event_mentions import says_begin, says_end
from communique.merge._event_weekdays import weekdays_in
from communique.merge._intervals import Interval
from communique.model.annotations import EventStatus

_REPORTED = (EventStatus.HELD, EventStatus.ONGOING)
# The longest planned window a weekday can pick a day from (a meeting of a few days).
_WINDOW_DAYS = 6


@dataclass(frozen=True, slots=True)
class _Weekdays:
    """The weekdays reports of an event held give it, and whether they say it ended or began
    on that day."""

    named: frozenset[int]
    ends: frozenset[bool]
    begins: frozenset[bool]


def _reported(cluster: EventCluster, corpus: Corpus) -> _Weekdays:
    named: set[int] = set()
    ends: set[bool] = set()
    begins: set[bool] = set()
    for item in cluster.mentions:
        if item.shared or item.mention.status not in _REPORTED:
            continue
        weekdays = weekdays_in(corpus.text(item.doc_id)[item.mention.start : item.mention.end])
        if weekdays:
            named |= weekdays
            ends.add(says_end(corpus, item.doc_id, item.mention))
            begins.add(says_begin(corpus, item.doc_id, item.mention))
    return _Weekdays(frozenset(named), frozenset(ends), frozenset(begins))


def _dated_by_reports(cluster: EventCluster) -> bool:
    return any(m.when is not None and m.when.precise and m.mention.status in _REPORTED
               for m in cluster.mentions)


def _the_day(window: Interval, named: frozenset[int]) -> date | None:
    """The one day of a window of a few days on the one weekday named, else ``None``."""
    length = (window.end - window.start).days
    if len(named) != 1 or not 0 < length <= _WINDOW_DAYS:
        return None
    days = [window.start + timedelta(days=i) for i in range(length + 1)
            if (window.start + timedelta(days=i)).weekday() in named]
    return days[0] if len(days) == 1 else None


def on_reported_weekday(when: Interval, cluster: EventCluster, corpus: Corpus) -> Interval:
    """A window that only plans date narrowed to its one day on the weekday that reports of
    the event held give it; a report that it ended (or began) that day keeps the window's
    start (or end). Reports that date the event themselves leave the window as it is."""
    if _dated_by_reports(cluster):
        return when
    weekdays = _reported(cluster, corpus)
    day = _the_day(when, weekdays.named)
    if day is None:
        return when
    if weekdays.ends == {True} and weekdays.begins == {False}:
        return Interval(when.start, day, "range" if day > when.start else "day")
    if weekdays.begins == {True} and weekdays.ends == {False}:
        return Interval(day, when.end, "range" if day < when.end else "day")
    return Interval(day, day, "day")


def join_weekday_reports(clusters: Sequence[EventCluster], block: str | None,
                         corpus: Corpus) -> list[EventCluster]:
    """The clusters of one block, each undated one whose reports name a city and a weekday
    joined to the block's one planned window placed by the country alone that holds one day
    of that weekday."""
    if block is None:
        return list(clusters)
    windows = [c for c in clusters if c.when is not None and c.when.precise
               and not _dated_by_reports(c)
               and all(m.mention.place in (None, block) for m in c.mentions)]
    joined: list[EventCluster] = []
    confirmed: set[int] = set()
    for cluster in clusters:
        if cluster.when is not None or not any(
                m.located and m.mention.place not in (None, block) for m in cluster.mentions):
            joined.append(cluster)
            continue
        named = _reported(cluster, corpus).named
        fits = [w for w in windows if w.when is not None and _the_day(w.when, named)]
        if len(fits) != 1:
            joined.append(cluster)
            continue
        fits[0].mentions.extend(cluster.mentions)
        confirmed.add(id(fits[0]))
    dated = [c for c in joined if c.when is not None]
    if len(dated) != 1 or id(dated[0]) not in confirmed:
        return joined
    # The block's one event, now placed and dated by its reports: its other undated mentions
    # (a preview naming another city of the country) mean it, as they would without dates.
    for cluster in joined:
        if cluster is not dated[0]:
            dated[0].mentions.extend(cluster.mentions)
    return dated
