"""Placeholder events resolved by the days their articles write beside them.

A mention with a place but no date of its own that no dated event took in (its article has no
date, or a date too far from the event, or the place saw several events that month) waits in
an undated event at its place: "Signing in Lindhaven", no date, beside the dated signing there.
Its article often writes the day just after, in words no parse tied to the mention ("Summit in
Lindhaven from October 26-28", "The ceremony was held on Oct. 26"): an article that writes,
in a waiting mention's sentence or just after it, the day of exactly one of the dated events
at that place means that event, and its waiting mentions join it. A day written further off
tells of another event of the article (an earlier truce it recalls); an article that writes
the days of several events there, or of none, stays where it was.

A step of event coreference (:mod:`communique.merge.events`), after clustering and before the
mentions without place or date follow their article's events.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from datetime import date

from communique.merge._corpus import Corpus
from communique.merge._event_clusters import EventCluster, Mention, parties_of
from communique.merge._intervals import Interval, interval
from communique.merge._written_dates import stood_dates

# How far after a mention's sentence a day it leaves out may be written (about a sentence).
FOLLOW_CHARS = 250

_Written = list[tuple[int, Interval]]


def _written_days(corpus: Corpus, doc_id: str, published: Sequence[date]) -> _Written:
    """The exact days (and ranges of days) an article writes, with where each begins."""
    annotations = corpus.annotations.get(doc_id)
    if annotations is None:
        return []
    found = stood_dates(annotations.dates, published, corpus.published(doc_id))
    return [(x.start, i) for x in found if (i := interval(x.value)) is not None and i.precise]


def _beside(item: Mention, written: _Written) -> list[Interval]:
    """The days written in a mention's sentence or just after it."""
    start, end = item.mention.start, item.mention.end + FOLLOW_CHARS
    return [when for at, when in written if start <= at < end]


def _candidates(cluster: EventCluster, item: Mention, dated: Sequence[EventCluster]
                ) -> list[EventCluster]:
    """The exactly dated events of the placeholder's family and block at the mention's own
    place (or, for a mention naming the block itself, anywhere in it)."""
    place = item.mention.place
    same = [c for c in dated if c.family == cluster.family and c.block == cluster.block]
    if place is None or place == cluster.block:
        return same
    return [c for c in same if any(m.mention.place == place for m in c.mentions)]


def _target(cluster: EventCluster, items: Sequence[Mention], written: _Written,
            dated: Sequence[EventCluster]) -> EventCluster | None:
    """The one dated event whose day an article writes beside its waiting mentions."""
    targets = {
        id(c): c
        for item in items if item.mention.place is not None
        for days in [_beside(item, written)] if days
        for c in _candidates(cluster, item, dated)
        if c.when is not None and any(c.when.overlaps(day) for day in days)
    }
    return next(iter(targets.values())) if len(targets) == 1 else None


def resolve_placeholders(clusters: list[EventCluster], corpus: Corpus) -> list[EventCluster]:
    """Move the mentions of undated placed events into the dated event at their place whose
    day their article writes beside them (exactly one such event); drop the undated events
    left empty."""
    dated = [c for c in clusters if c.when is not None and c.when.precise]
    if not dated:
        return clusters
    published = sorted(d for d in (corpus.published(i) for i in corpus.order) if d)
    emptied = False
    for cluster in clusters:
        if cluster.when is not None or cluster.block is None:
            continue
        by_article: dict[str, list[Mention]] = defaultdict(list)
        for item in cluster.mentions:
            by_article[item.doc_id].append(item)
        for doc_id, items in by_article.items():
            target = _target(cluster, items, _written_days(corpus, doc_id, published), dated)
            if target is None:
                continue
            # A mention naming a side the event does not have tells of another meeting at the
            # place ("the envoy will also meet the host's ministers"): it stays.
            sides = parties_of(target)
            moved = [m for m in items if set(m.mention.parties) <= sides]
            target.mentions.extend(moved)
            cluster.mentions = [m for m in cluster.mentions if not any(m is x for x in moved)]
            emptied = emptied or not cluster.mentions
    return [c for c in clusters if c.mentions] if emptied else clusters
