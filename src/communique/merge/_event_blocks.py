"""Event clusters within one block (one family, one country): mentions with exact dates swept
by date, vaguer ones joined to the events they overlap, dateless ones to the event nearest their
article's date in the direction of their tense; then the mentions with neither place nor date
given to their article's main event.

A step of event coreference (:mod:`communique.merge.events`); joins across blocks are in
:mod:`._event_joins`.
"""

from __future__ import annotations

import bisect
import re
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import replace
from datetime import date, timedelta

from communique.merge._corpus import Corpus
from communique.merge._event_clusters import EventCluster, Mention, parties_of
from communique.merge._intervals import Interval
from communique.merge._nearest import ArticleEvents, sides_fit
from communique.merge._weekday_reports import join_weekday_reports
from communique.model.annotations import EventStatus, EventType

# How far from an article's date an event may be for a dateless mention to mean it.
_ATTACH_DAYS = 21
_PAST_SLACK = 1
# A signing reported as done (a reader without a parse gives it no status).
_TAKING_PLACE = (EventStatus.HELD, EventStatus.ONGOING, None)
# Families whose event is the sides' own act (suspending a text, agreeing a ceasefire): a
# dateless report of it ("haben eine Waffenruhe vereinbart"), in an article that dates no such
# act, means the same sides' latest act before the article.
_ACT_FAMILIES = frozenset({"suspension", "ceasefire"})
_OTHER_EVENT = re.compile(
    r"\b(?:another|next|new|further|future|previous|earlier|prior|last)\s+"
    r"(?:[\w'’-]+\s+){0,3}?(?:rounds?|set|talks|meetings?|sessions?)$",
    re.IGNORECASE,
)


def _sweep(precise: list[Mention]) -> list[EventCluster]:
    """Merge mentions with exact dates of one block whose dates overlap."""
    clusters: list[EventCluster] = []
    for item in sorted(precise, key=lambda m: m.when.start if m.when else date.min):
        current = clusters[-1] if clusters else None
        if current is not None and current.when and item.when and current.when.overlaps(item.when):
            current.add(item)
        else:
            clusters.append(EventCluster(item.family, item.block, [], None))
            clusters[-1].add(item)
    return clusters


def _tense_fits(when: Interval, day: date | None, tense: str, family: str = "talks") -> bool:
    """Whether an event at ``when`` can be what a mention in this tense on ``day`` speaks of.

    Deadlines are exempt: a deadline is set (past tense) for a date to come.
    """
    if day is None or family == "deadline":
        return True
    if tense == "future":
        return (when.end - day).days >= -_PAST_SLACK
    if tense == "past":
        return (when.start - day).days <= _PAST_SLACK
    return True


def _nearest_in_time(
    clusters: Sequence[EventCluster], item: Mention, day: date | None
) -> EventCluster | None:
    """The cluster a dateless mention most likely means, given its article's date and tense.

    Events at the mention's own city come first; an event further than a few weeks from the
    article's date is not what the article means ("the talks in Lindhaven" in a story written
    months after an earlier round there), so none is chosen.
    """
    place = item.mention.place
    # Only dated events at the place count as its own: an undated one is where earlier
    # dateless mentions waited for want of a match, and taking it first would make which
    # mention came first decide where all the others go.
    same = [c for c in clusters if any(m.mention.place == place for m in c.mentions)]
    found = _in_time(same or list(clusters), item, day, bool(same))
    if found is None and same and place == item.block:
        # "Talks in Veldra": the events at the country's cities are the country's as much as
        # a stray one another article placed in the country only (a planned meeting there).
        found = _in_time(list(clusters), item, day, False)
    return found


def _in_time(pool: Sequence[EventCluster], item: Mention, day: date | None, same: bool
             ) -> EventCluster | None:
    """:func:`_nearest_in_time` within ``pool`` (``same``: the pool's events are at the
    mention's own place)."""
    place, tense = item.mention.place, item.mention.tense
    dated = [c for c in pool if c.when is not None]
    if not dated:
        return pool[0] if pool else None
    if day is None:
        # Without the article's date only the one event at the mention's own city will do,
        # or the one the story reports there far more than any other; a mention naming only
        # the country ("talks in Veldra") may mean the country's one such event. An article
        # known to its month only means the one event there that month, if there is one.
        if not (same or place == item.block):
            return None
        that_month = [c for c in dated if item.month is not None and c.when is not None
                      and c.when.overlaps(item.month)]
        if len(that_month) > 1:
            that_month = _narrowed(that_month, item)
        if len(that_month) == 1:
            return that_month[0]
        # Of several events there that month, the one the story reports far more than the
        # others that month (a stray report a day off is no rival of the signing).
        found = _dominant(that_month, place if same else None) if that_month else None
        if found is not None:
            return found
        found = _dominant(dated, place if same else None)
        if found is None and same and item.mention.ordinal is not None and not that_month:
            numbered = [c for c in dated if _numbered(c) == item.mention.ordinal]
            found = numbered[0] if len(numbered) == 1 else None
        return found
    if tense == "future":
        ahead = [c for c in dated if c.when and (c.when.end - day).days >= -_PAST_SLACK]
        dated = ahead or dated
    elif tense == "past":
        behind = [c for c in dated if c.when and (c.when.start - day).days <= _PAST_SLACK]
        dated = behind or dated
    best = min(dated, key=lambda c: abs(((c.when.start if c.when else day) - day).days))
    if best.when is not None and min(
        abs((best.when.start - day).days), abs((best.when.end - day).days)
    ) > _ATTACH_DAYS:
        return None
    return best


def _narrowed(clusters: list[EventCluster], item: Mention) -> list[EventCluster]:
    """Of several events at a place in an undated article's month, those it can mean: not one
    the story reports called off or put off when it tells of talks held, and the one its
    round number names ("zum fünften Mal", "le troisième cycle") when it gives one."""
    if item.mention.tense != "future":
        clusters = [c for c in clusters if not _called_off(c)] or clusters
    if item.mention.ordinal is not None:
        clusters = [c for c in clusters if _numbered(c) == item.mention.ordinal] or clusters
    return clusters


# It takes twice as many reports of an event held as of it called off to outvote them (as
# in :mod:`._event_status`).
_OUTVOTE = 2


def _called_off(cluster: EventCluster) -> bool:
    """Whether the articles reporting an event call it off or put it off more than they
    report it held (each article counted once)."""
    off = {m.doc_id for m in cluster.mentions if not m.shared
           and m.mention.status in (EventStatus.CANCELLED, EventStatus.POSTPONED)}
    held = {m.doc_id for m in cluster.mentions if not m.shared
            and m.mention.status in (EventStatus.HELD, EventStatus.ONGOING)}
    return bool(off) and len(held) < _OUTVOTE * len(off)


def _numbered(cluster: EventCluster) -> int | None:
    """The round number most of an event's numbered reports give it."""
    numbers = Counter(m.mention.ordinal for m in cluster.mentions
                      if m.mention.ordinal is not None and not m.shared)
    return numbers.most_common(1)[0][0] if numbers else None


# How many times more articles the main event at a city must have than all others there for
# an undated article's mention of the city's talks to mean it.
_DOMINANT_REACH = 3


def _dominant(dated: Sequence[EventCluster], place: str | None = None
              ) -> EventCluster | None:
    """The one cluster, or the one reported by ``_DOMINANT_REACH`` times as many articles as
    all the others together (a stray dated mention at the city is not a rival round; several
    rounds there leave the mention to none).

    Failing that, with ``place``, only the articles that put each event at that place count:
    a later round's report that names the country in passing does not make it a rival of the
    event the story places there again and again.
    """
    if len(dated) == 1:
        return dated[0]
    for where in (None, place) if place is not None else (None,):
        reach = sorted(((_reach(c, where), i) for i, c in enumerate(dated)), reverse=True)
        (top, first), rest = reach[0], sum(n for n, _ in reach[1:])
        if top >= _DOMINANT_REACH * max(rest, 1):
            return dated[first]
    return None


def _reach(cluster: EventCluster, place: str | None) -> int:
    """How many articles report ``cluster`` (at ``place``, when given)."""
    if place is None:
        return len(cluster.articles())
    return len({m.doc_id for m in cluster.mentions if m.mention.place == place})


def cluster_block(items: list[Mention], corpus: Corpus) -> list[EventCluster]:
    """Cluster the anchored mentions (place and/or date) of one family and block."""
    precise = [m for m in items if m.when is not None and m.when.precise]
    vague = [m for m in items if m.when is not None and not m.when.precise]
    undated = [m for m in items if m.when is None]
    clusters = _sweep(precise)
    for item in vague:
        assert item.when is not None
        day = item.day
        hits = [
            c
            for c in clusters
            if c.when is not None
            and c.when.overlaps(item.when)
            and _tense_fits(c.when, day, item.mention.tense, item.family)
        ]
        if len(hits) == 1:
            hits[0].mentions.append(item)
        elif hits:
            # "the 2025 talks", "talks there this month": several events fit, so the mention
            # says where they were, but not that any one of them was held, nor who took part.
            for hit in hits:
                hit.mentions.append(replace(item, shared=True))
        else:
            clusters.append(EventCluster(item.family, item.block, [], None))
            clusters[-1].add(item)
    undated_at: dict[str | None, EventCluster] = {}
    for item in undated:
        target = _nearest_in_time(clusters, item, item.day)
        if target is None:
            target = undated_at.get(item.mention.place)
        if target is None:
            target = EventCluster(item.family, item.block)
            undated_at[item.mention.place] = target
            clusters.append(target)
        target.add(item)
    return join_weekday_reports(clusters, items[0].block if items else None, corpus)


def cluster_placeless(items: list[Mention]) -> list[EventCluster]:
    """Events for dated mentions that name no place and fit no placed event.

    Exact dates are swept like a block; vaguer ones (a month, a week) are grouped by their
    interval, because without a place nothing else says which of many events they mean.
    """
    clusters = _sweep([m for m in items if m.when is not None and m.when.precise])
    vague: dict[tuple[date, date], EventCluster] = {}
    for item in items:
        if item.when is not None and not item.when.precise:
            key = (item.when.start, item.when.end)
            if key not in vague:
                vague[key] = EventCluster(item.family, None)
            vague[key].add(item)
    return clusters + list(vague.values())


def _recent_act(clusters: Sequence[EventCluster], item: Mention, day: date | None
                ) -> int | None:
    """The dated act of one side (a suspension) that a dateless report of the same act by the
    same side means: the latest such act in the weeks before the article (written on ``day``),
    not after it; in an article known to its month only, the one such act of that month."""
    if item.mention.tense == "future" or (day is None and item.month is None):
        return None
    own = set(item.mention.parties)
    signing = item.mention.type is EventType.AGREEMENT
    fits = [
        i for i, c in enumerate(clusters)
        if c.family == item.family and c.when is not None
        and _before(c.when, day, item.month)
        and (item.when is None or c.when.overlaps(item.when))
        and (not signing or _signed(c))
        and (not own or own & {p for m in c.mentions for p in m.mention.parties})
    ]
    if day is None and len(fits) != 1:
        return None  # the article's month holds several such acts: which one is unsure
    return max(fits, key=lambda i: clusters[i].when or Interval(date.min, date.min, "day"),
               default=None)


# How far before the month of an article known to its month only an act it reports may lie
# ("signed on Thursday" in an article of the first days of the month).
_MONTH_LEAD = 7


def _before(when: Interval, day: date | None, month: Interval | None) -> bool:
    """Whether an act dated ``when`` lies in the weeks before an article written on ``day``;
    for an article known to its ``month`` only, in that month or the days just before it."""
    if day is not None:
        return 0 <= (day - when.start).days <= _ATTACH_DAYS
    assert month is not None
    return month.start - timedelta(days=_MONTH_LEAD) <= when.start <= month.end


def _signed(cluster: EventCluster) -> bool:
    """Whether a cluster is a signing: a mention of it reports a text signed."""
    return any(m.mention.type is EventType.AGREEMENT and m.mention.status in _TAKING_PLACE
               for m in cluster.mentions)


def _act(item: Mention) -> bool:
    """Whether a mention reports the sides' own act (a suspension, a ceasefire agreed, a text
    signed) rather than a gathering: said without a date, it means their latest such act."""
    return item.family in _ACT_FAMILIES or (
        item.mention.type is EventType.AGREEMENT and item.mention.status in _TAKING_PLACE)


def attach_unanchored(loose: list[Mention], clusters: list[EventCluster], corpus: Corpus) -> None:
    """Give mentions without place or date ("the talks") to their article's main event; one
    that names delegates goes to the event the article named just before it
    (:mod:`communique.merge._nearest`).

    The main event of an article is, among the events it names with a place or a date, the one
    most articles report (then the one it names most). A mention of *another* or the *next*
    round is a different event and is left out rather than guessed.
    """
    named: dict[str, Counter[int]] = defaultdict(Counter)
    numbered: dict[tuple[int, str], set[int]] = defaultdict(set)
    for index, cluster in enumerate(clusters):
        for item in cluster.mentions:
            named[item.doc_id][index] += 1
            if item.mention.ordinal is not None:
                numbered[(index, item.doc_id)].add(item.mention.ordinal)
    reach = [len(c.articles()) for c in clusters]
    near = ArticleEvents((m.doc_id, m.mention.start, m.mention.end, c.family, i)
                         for i, c in enumerate(clusters) for m in c.mentions)
    parties = _Parties(clusters)
    reported = _reported_days(clusters)
    for item in loose:
        mention = item.mention
        lead = corpus.text(item.doc_id)[
            max(mention.start, mention.trigger_start - 30) : mention.trigger_end
        ]
        if _OTHER_EVENT.search(lead):
            continue
        options = [i for i in named.get(item.doc_id, {}) if clusters[i].family == item.family]
        if not options and _act(item):
            day = item.day or reported.get(item.doc_id)
            act = _recent_act(clusters, item, day)
            if act is not None:
                clusters[act].mentions.append(item)
                parties.added(act, item)
            continue
        if options:
            # Who led whose delegation is told of the event just reported; other loose
            # mentions ("the talks were indirect") recall the article's main event.
            main = near.just_before(item.doc_id, mention.start, item.family) \
                if mention.delegates else None
            if main is not None and not sides_fit(mention, parties.of(main)):
                main = None
            if main is None:
                main = max(options, key=lambda i: (named[item.doc_id][i], reach[i], -i))
            when = clusters[main].when
            day = item.day or reported.get(item.doc_id)
            if item.when is not None and (when is None or not when.overlaps(item.when)):
                continue  # its own date is another day's, or would date an undated event
            own = numbered.get((main, item.doc_id), set())
            if item.mention.ordinal is not None and own - {item.mention.ordinal}:
                continue  # one article does not number one event two ways: another round
            if when is None or _tense_fits(when, day, item.mention.tense, item.family):
                clusters[main].mentions.append(item)
                parties.added(main, item)


def _reported_days(clusters: Sequence[EventCluster]) -> dict[str, date]:
    """For each article, the last day of the latest exactly dated event it reports as taken
    place: an article without a date of its own was written on or after it, so its undated
    report of an act ("both sides agreed a ceasefire") means one of the days after."""
    days: dict[str, date] = {}
    for cluster in clusters:
        if cluster.when is None or not cluster.when.precise:
            continue
        for item in cluster.mentions:
            if item.shared or item.mention.tense == "future" or item.mention.status not in (
                    None, EventStatus.HELD, EventStatus.ONGOING):
                continue
            if item.doc_id not in days or days[item.doc_id] < cluster.when.end:
                days[item.doc_id] = cluster.when.end
    return days


class _Parties:
    """:func:`parties_of` each cluster, worked out once and kept up to date as loose mentions
    join: a big event gathers thousands of mentions, and asking again for every loose mention
    that names delegates walked them all each time."""

    def __init__(self, clusters: Sequence[EventCluster]) -> None:
        self.clusters = clusters
        self.known: dict[int, set[str]] = {}

    def of(self, index: int) -> set[str]:
        """The parties named in cluster ``index``'s mentions (the caller only reads them)."""
        found = self.known.get(index)
        if found is None:
            found = self.known[index] = parties_of(self.clusters[index])
        return found

    def added(self, index: int, item: Mention) -> None:
        """Cluster ``index`` has gained ``item``."""
        found = self.known.get(index)
        if found is not None:
            found.update(item.mention.parties)


class _DatedIndex:
    """Clusters with exact dates, sorted by start, for overlap lookups without a full scan."""

    def __init__(self, clusters: Sequence[EventCluster]) -> None:
        dated = [c for c in clusters if c.when is not None and c.when.precise]
        self.clusters = sorted(dated, key=lambda c: c.when.start if c.when else date.min)
        self.starts = [c.when.start for c in self.clusters if c.when]
        self.longest = max(
            ((c.when.end - c.when.start).days for c in self.clusters if c.when), default=0
        )

    def overlapping(self, when: Interval, family: str) -> list[EventCluster]:
        """Clusters of ``family`` whose exact dates overlap ``when``."""
        first = bisect.bisect_left(self.starts, when.start - timedelta(days=self.longest))
        stop = bisect.bisect_right(self.starts, when.end)
        return [
            c
            for c in self.clusters[first:stop]
            if c.family == family and c.when is not None and c.when.overlaps(when)
        ]


def dateless_into_dated(placeless: list[Mention], clusters: list[EventCluster]) -> list[Mention]:
    """Put dated mentions without a place into the one placed event they overlap; return rest."""
    rest = []
    index = _DatedIndex(clusters)
    for item in placeless:
        hits = index.overlapping(item.when, item.family) if item.when else []
        if len(hits) == 1:
            hits[0].mentions.append(item)
        else:
            rest.append(item)
    return rest
